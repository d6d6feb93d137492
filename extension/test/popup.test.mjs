// The popup in jsdom with a fake storage: each toggle writes the settings the
// content script listens for, and the master switch disables the layer list.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { EXT } from './helpers.mjs';

function popup(stored, site = {}) {
  const html = readFileSync(path.join(EXT, 'popup.html'), 'utf8').replace(/<script[^>]*><\/script>/, '');
  const dom = new JSDOM(html, { runScripts: 'outside-only' });
  const w = dom.window;
  const writes = [];
  w.chrome = { storage: { local: {
    get: async () => Object.assign(stored ? { settings: stored } : {}, site.siteSettings ? { siteSettings: site.siteSettings } : {}),
    set: async (o) => { writes.push(o); },
  } } };
  Object.assign(w.chrome, sitesFake(site));
  w.eval(readFileSync(path.join(EXT, 'sites.js'), 'utf8'));
  w.eval(readFileSync(path.join(EXT, 'popup.js'), 'utf8'));
  return { w, writes, calls: site.calls };
}

// sitesFake: permissions, tabs and scripting as the popup sees them (site.granted: every site is on).
function sitesFake(site) {
  const calls = (site.calls = []);
  let registered = false;
  return {
    permissions: {
      contains: async () => !!site.granted,
      request: (p) => { calls.push(['request', p.origins]); site.granted = true; return Promise.resolve(true); },
      remove: (p) => { calls.push(['remove', p.origins]); site.granted = false; return Promise.resolve(true); },
    },
    tabs: { query: async () => [{ id: 7, url: site.url }] },
    scripting: {
      executeScript: async (o) => { calls.push(['execute', o.target.tabId, o.files || 'probe']); return [{ result: !!site.present }]; },
      insertCSS: async (o) => { calls.push(['css', o.target.tabId, o.files]); },
      getRegisteredContentScripts: async () => (registered ? [{ id: 'crossread' }] : []),
      registerContentScripts: async (s) => { registered = true; calls.push(['register', s[0].matches]); },
      unregisterContentScripts: async () => { registered = false; calls.push(['unregister']); },
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('popup shows stored settings and writes every change', async () => {
  const { w, writes } = popup({ enabled: true, layers: { dates: false } });
  await tick();
  const f = w.document.getElementById('settings');
  assert.equal(f.elements.dates.checked, false);
  assert.equal(f.elements.officials.checked, true);
  f.elements.officials.click();
  await tick(); await tick();
  assert.deepEqual(JSON.parse(JSON.stringify(writes.at(-1))), { settings: { enabled: true,
    layers: { boilerplate: true, officials: false, dates: false, links: true } } });
  w.document.getElementById('enabled').click();
  await tick(); await tick();
  assert.equal(writes.at(-1).settings.enabled, false);
  assert.equal(w.document.getElementById('layers').disabled, true);
});

test('opening the popup injects the shim into the active tab once (activeTab)', async () => {
  const { calls } = popup(null);
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(calls.map((c) => c.slice(0, 2)), [['execute', 7], ['css', 7], ['execute', 7]]);
  const files = calls.at(-1)[2];
  assert.ok(files[0] === 'shim/anchor.js' && files.at(-1) === 'content.js', JSON.stringify(files));
  const again = popup(null, { present: true }); // already there: only the probe runs
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(again.calls, [['execute', 7, 'probe']]);
});

test('"Run on every site" requests the optional host permission and registers; unticking removes both', async () => {
  const { w, calls } = popup(null, { present: true });
  for (let i = 0; i < 5; i++) await tick();
  const box = w.document.getElementById('everywhere');
  assert.equal(box.checked, false);
  box.click();
  for (let i = 0; i < 5; i++) await tick();
  const plain = (x) => JSON.parse(JSON.stringify(x)); // arrays from the jsdom realm
  assert.deepEqual(plain(calls.slice(1)), [['request', ['http://*/*', 'https://*/*']], ['register', ['http://*/*', 'https://*/*']]]);
  assert.equal(box.checked, true);
  box.click();
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(plain(calls.slice(3)), [['remove', ['http://*/*', 'https://*/*']], ['unregister']]);
  assert.equal(box.checked, false);
});

test('on a web page the popup shows and writes that site\'s settings, keeping other sites\'', async () => {
  const other = { enabled: false, layers: {} };
  const { w, writes } = popup({ enabled: true, layers: {} },
    { present: true, url: 'https://news.example/story', siteSettings: { 'news.example': { enabled: true, layers: { dates: false } }, 'other.example': other } });
  for (let i = 0; i < 5; i++) await tick();
  const f = w.document.getElementById('settings');
  assert.equal(f.elements.dates.checked, false, 'the site\'s own settings are shown');
  assert.match(w.document.querySelector('label.master').textContent, /On for news\.example/);
  w.document.getElementById('enabled').click();
  for (let i = 0; i < 5; i++) await tick();
  const last = JSON.parse(JSON.stringify(writes.at(-1)));
  assert.equal(last.settings, undefined, 'the defaults are left alone');
  assert.equal(last.siteSettings['news.example'].enabled, false);
  assert.deepEqual(last.siteSettings['other.example'], other);
});
