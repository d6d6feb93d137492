// Issue 10 in jsdom: the page's background picks the palette; the panel's
// Export/Import footer is labelled and an import reports what re-anchored.
import test from 'node:test';
import assert from 'node:assert/strict';
import { window } from './helpers.mjs';

const FILES = ['shim/anchor.js', 'shim/serialize.js', 'shim/paint.js', 'shim/panel-view.js', 'shim/panel.js', 'shim/export.js', 'shim/shim.js'];

function result() {
  return {
    title: 'T', dct: '2022-05-13',
    blocks: [
      { id: 0, text: 'Menu', boilerplate: true, reason: 'navigation', path: [1, 0], offset: 0 },
      { id: 1, text: 'Lloyd Austin spoke Friday.', boilerplate: false, path: [1, 1], offset: 0 },
    ],
    officials: [{ name: 'Lloyd Austin', role: 'Defense Secretary', mentions: [{ block: 1, start: 0, end: 12, text: 'Lloyd Austin' }] }],
    dates: [{ block: 1, start: 19, end: 25, text: 'Friday', type: 'DATE', value: '2022-05-13', words: 'Friday 13 May 2022' }],
    links: [], related: [],
  };
}

function start(bodyStyle = '') {
  const w = window(`<html><head></head><body style="${bodyStyle}"><nav>Menu</nav><p>Lloyd Austin spoke Friday.</p></body></html>`, FILES);
  const ctl = w.crossreadShim.start({ annotate: async () => JSON.stringify(result()), getSettings: async () => null, onSettings: () => {} }, w.document);
  return { w, ctl };
}

test('pageTheme: dark and light backgrounds, transparent falls back to the canvas', () => {
  const t = (style) => { const { w } = start(style); return w.crossreadShim.pageTheme(w.document); };
  assert.equal(t('background-color: #111318'), 'dark');
  assert.equal(t('background-color: rgb(250, 250, 250)'), 'light');
  assert.equal(t('background-color: rgba(0, 0, 0, 0)'), 'light');
  assert.equal(t(''), 'light');
});

test('a dark page gets the dark palette; undo removes every trace', async () => {
  const { w, ctl } = start('background-color: #16181d');
  await ctl.ready;
  assert.equal(w.document.documentElement.getAttribute('data-crossread-theme'), 'dark');
  assert.equal(w.document.querySelector('crossread-panel').getAttribute('data-theme'), 'dark');
  ctl.undo();
  assert.equal(w.document.documentElement.hasAttribute('data-crossread-theme'), false);
});

test('panel: landmark, labelled Export/Import buttons, import announces the result', async () => {
  const { w, ctl } = start();
  await ctl.ready;
  const host = w.document.querySelector('crossread-panel');
  assert.equal(host.getAttribute('data-theme'), 'light');
  const sr = host.shadowRoot;
  const box = sr.querySelector('.panel');
  assert.equal(box.getAttribute('role'), 'complementary');
  assert.ok(box.getAttribute('aria-label'));
  assert.equal(sr.querySelector('button.export').textContent, 'Export annotations');
  assert.equal(sr.querySelector('button.import').textContent, 'Import annotations…');
  // What Export would download, fed back through the file input.
  const json = JSON.stringify(w.crossreadShim.exportAnnotations(ctl.state(), w.document));
  const input = sr.querySelector('input[type=file]');
  Object.defineProperty(input, 'files', { value: [{ text: async () => json }] });
  input.dispatchEvent(new w.Event('change'));
  for (let i = 0; i < 50 && !host.hasAttribute('data-imported'); i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(host.getAttribute('data-imported'), '3/3');
  const status = sr.querySelector('.status');
  assert.equal(status.getAttribute('role'), 'status');
  assert.equal(status.textContent, 'Imported 3 of 3 annotations (3 in place, 0 found by quote)');
});
