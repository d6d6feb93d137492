// sites.js: the "run on every site" registration follows the permission and
// runs at document_end, moving an older document_idle registration there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { EXT } from './helpers.mjs';

function load(granted, registered) {
  const calls = [];
  const reg = registered ? [{ ...registered }] : [];
  const chrome = {
    permissions: { contains: async () => granted },
    scripting: {
      getRegisteredContentScripts: async () => reg.map((r) => ({ ...r })),
      registerContentScripts: async (a) => { calls.push(['register', a]); reg.push(...a); },
      updateContentScripts: async (a) => { calls.push(['update', a]); Object.assign(reg[0], a[0]); },
      unregisterContentScripts: async (a) => { calls.push(['unregister', a]); reg.length = 0; },
    },
  };
  const ctx = vm.createContext({ chrome });
  ctx.globalThis = ctx;
  vm.runInContext(readFileSync(path.join(EXT, 'sites.js'), 'utf8'), ctx);
  return { sites: ctx.crossreadSites, calls, reg };
}

test('granted: registered once, at document_end', async () => {
  const { sites, calls, reg } = load(true, null);
  assert.equal(await sites.sync(), true);
  assert.equal(calls.length, 1);
  assert.equal(calls[0][0], 'register');
  assert.equal(reg[0].runAt, 'document_end');
  await sites.sync();
  assert.equal(calls.length, 1, 'a second sync registers nothing more');
});

test('an earlier document_idle registration is moved to document_end', async () => {
  const { sites, calls, reg } = load(true, { id: 'crossread', runAt: 'document_idle' });
  await sites.sync();
  assert.deepEqual(calls.map((c) => c[0]), ['update']);
  assert.equal(reg[0].runAt, 'document_end');
});

test('revoked: the registration goes', async () => {
  const { sites, calls, reg } = load(false, { id: 'crossread', runAt: 'document_end' });
  assert.equal(await sites.sync(), false);
  assert.deepEqual(calls.map((c) => c[0]), ['unregister']);
  assert.equal(reg.length, 0);
});
