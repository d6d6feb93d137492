// The shim's MutationObserver in jsdom: a re-render that replaces the article
// nodes is re-anchored without calling the core; appended articles make it
// annotate again; its own painting never wakes it; off means off.
import test from 'node:test';
import assert from 'node:assert/strict';
import { window } from './helpers.mjs';

const FILES = ['shim/anchor.js', 'shim/serialize.js', 'shim/paint.js', 'shim/panel-view.js', 'shim/panel.js', 'shim/shim.js'];
const TEXT = 'Defense Secretary Lloyd Austin spoke Friday with his counterpart for an hour.';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const w = window(`<html><head></head><body><nav>Menu</nav><article><p>${TEXT}</p></article></body></html>`, FILES);
  let calls = 0, cb;
  const transport = {
    annotate: async () => {
      calls++;
      return JSON.stringify({ blocks: [
        { id: 0, text: 'Menu', boilerplate: true, reason: 'navigation', path: [1, 0], offset: 0 },
        { id: 1, text: TEXT, boilerplate: false, path: [1, 1, 0], offset: 0 }],
      officials: [{ name: 'Lloyd Austin', mentions: [{ block: 1, start: 18, end: 30, text: 'Lloyd Austin' }] }],
      dates: [], links: [] });
    },
    getSettings: async () => null,
    onSettings: (f) => { cb = f; },
  };
  const ctl = w.crossreadShim.start(transport, w.document);
  return { w, ctl, calls: () => calls, set: (s) => cb(s) };
}

const official = (ctl) => ctl.painter.items.find((i) => i.kind === 'official');

test('a re-render is re-anchored on the new nodes, without a second core call or a loop', async () => {
  const { w, ctl, calls } = setup();
  await ctl.ready;
  assert.equal(calls(), 1);
  const old = w.document.querySelector('article');
  old.replaceWith(old.cloneNode(true)); // what a framework's re-render does
  assert.equal(official(ctl).range.toString(), ''); // a live Range collapses when its nodes go
  await sleep(500);
  const r = official(ctl).range;
  assert.ok(r.startContainer.isConnected, 'not re-anchored');
  assert.equal(r.toString(), 'Lloyd Austin');
  assert.equal(calls(), 1);
  assert.equal(w.document.querySelector('[data-crossread-boilerplate]').textContent, 'Menu');
  await sleep(500);
  assert.equal(calls(), 1, 'the observer woke on its own painting');
});

test('appended articles (infinite scroll) are annotated again', async () => {
  const { w, ctl, calls } = setup();
  await ctl.ready;
  const more = w.document.createElement('article');
  more.textContent = 'Secretary of State Antony Blinken said on Monday that talks would resume. '.repeat(20);
  w.document.body.append(more);
  for (let i = 0; i < 40 && calls() < 2; i++) await sleep(100);
  assert.equal(calls(), 2);
  await ctl.ready;
  assert.ok(official(ctl).range.startContainer.isConnected);
});

test('switched off: marks go and later changes are ignored', async () => {
  const { w, ctl, calls, set } = setup();
  await ctl.ready;
  set({ enabled: false });
  await ctl.ready;
  assert.equal(w.document.querySelector('[data-crossread-boilerplate]'), null);
  assert.equal(w.document.querySelector('crossread-panel'), null);
  const more = w.document.createElement('article');
  more.textContent = 'More text. '.repeat(200);
  w.document.body.append(more);
  await sleep(2000);
  assert.equal(calls(), 1);
  assert.equal(ctl.painter.items.length, 0);
});
