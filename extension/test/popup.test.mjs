// The popup in jsdom with a fake storage: each toggle writes the settings the
// content script listens for, and the master switch disables the layer list.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { EXT } from './helpers.mjs';

function popup(stored) {
  const html = readFileSync(path.join(EXT, 'popup.html'), 'utf8').replace(/<script[^>]*><\/script>/, '');
  const dom = new JSDOM(html, { runScripts: 'outside-only' });
  const w = dom.window;
  const writes = [];
  w.chrome = { storage: { local: {
    get: async () => (stored ? { settings: stored } : {}),
    set: async (o) => { writes.push(o); },
  } } };
  w.eval(readFileSync(path.join(EXT, 'popup.js'), 'utf8'));
  return { w, writes };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('popup shows stored settings and writes every change', async () => {
  const { w, writes } = popup({ enabled: true, layers: { dates: false } });
  await tick();
  const f = w.document.getElementById('settings');
  assert.equal(f.elements.dates.checked, false);
  assert.equal(f.elements.officials.checked, true);
  f.elements.officials.click();
  assert.deepEqual(JSON.parse(JSON.stringify(writes.at(-1))), { settings: { enabled: true,
    layers: { boilerplate: true, officials: false, dates: false, links: true } } });
  w.document.getElementById('enabled').click();
  assert.equal(writes.at(-1).settings.enabled, false);
  assert.equal(w.document.getElementById('layers').disabled, true);
});
