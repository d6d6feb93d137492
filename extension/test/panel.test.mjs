// The panel and painter in jsdom: page text stays text, Escape collapses,
// undo leaves the DOM as it was. (jsdom has no CSS.highlights; the browsers'
// highlight painting is covered by the e2e.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { window, EXT } from './helpers.mjs';

const FILES = ['shim/anchor.js', 'shim/serialize.js', 'shim/paint.js', 'shim/panel-view.js', 'shim/panel.js', 'shim/shim.js'];
const HOSTILE = '<img src=x onerror="window.pwned=1">';

function fakeResult() {
  return {
    title: HOSTILE, dct: '2022-05-13', dct_source: 'text',
    blocks: [
      { id: 0, text: 'Menu', boilerplate: true, reason: 'navigation', path: [1, 0], offset: 0 },
      { id: 1, text: `Lloyd Austin spoke Friday. ${HOSTILE}`, boilerplate: false, path: [1, 1], offset: 0 },
      { id: 2, text: 'You May Also Like', boilerplate: true, reason: 'link list', path: [1, 2], offset: 0 },
    ],
    officials: [{ name: 'Lloyd Austin', role: HOSTILE, mentions: [{ block: 1, start: 0, end: 12, text: 'Lloyd Austin' }] }],
    dates: [{ block: 1, start: 19, end: 25, text: 'Friday', value: '2022-05-13', words: 'Friday 13 May 2022' }],
    links: [{ report: '001_x.txt', title: HOSTILE, day: '2022-05-13' }], related: [],
  };
}

function page(over = {}) {
  const w = window(`<html><head></head><body><nav>Menu</nav><p>Lloyd Austin spoke Friday. ${HOSTILE.replace(/</g, '&lt;')}</p><aside>You May Also Like</aside></body></html>`, FILES);
  const before = w.document.documentElement.outerHTML;
  let settingsCb;
  const transport = {
    annotate: async () => JSON.stringify({ ...fakeResult(), ...over }),
    getSettings: async () => null,
    onSettings: (cb) => { settingsCb = cb; },
  };
  const ctl = w.crossreadShim.start(transport, w.document);
  return { w, ctl, before, set: (s) => settingsCb(s) };
}

test('panel lists officials, dates, links; page text is never parsed as HTML', async () => {
  const { w, ctl } = page();
  await ctl.ready;
  const host = w.document.querySelector('crossread-panel');
  assert.equal(host.getAttribute('data-state'), 'ready');
  assert.equal(host.parentNode, w.document.documentElement, 'host must sit outside <body>');
  const sr = host.shadowRoot;
  assert.equal(sr.querySelectorAll('img').length, 0, 'an <img> was created from page text');
  assert.equal(w.document.querySelectorAll('img').length, 0);
  assert.equal(w.pwned, undefined);
  assert.ok(sr.textContent.includes(HOSTILE), 'hostile text should show as text');
  assert.deepEqual([...sr.querySelectorAll('ul.officials li')].map((li) => li.getAttribute('data-name')), ['Lloyd Austin']);
  assert.ok(sr.querySelector('ul.dates').textContent.includes('Friday → Friday 13 May 2022'));
  assert.equal(sr.querySelector('p.dct').textContent, 'Dates read against 2022-05-13, from the byline or dateline.');
  assert.deepEqual([...sr.querySelectorAll('ul.links li')].map((li) => li.getAttribute('data-report')), ['001_x.txt']);
  assert.equal(sr.querySelector('.dimmed').textContent, '2 blocks dimmed');
  assert.equal(w.document.querySelector('nav').getAttribute('data-crossread-boilerplate'), 'navigation');
  assert.equal(w.document.querySelector('aside').getAttribute('data-crossread-boilerplate'), 'link list');
  assert.equal(w.document.querySelector('p').hasAttribute('data-crossread-boilerplate'), false);
});

test('a page with no date says its dates are read against today', async () => {
  const { w, ctl } = page({ dct: '2026-12-05', dct_source: 'today' });
  await ctl.ready;
  const p = w.document.querySelector('crossread-panel').shadowRoot.querySelector('p.dct');
  assert.equal(p.getAttribute('data-source'), 'today');
  assert.equal(p.textContent, 'This page shows no date: dates are read against today, 2026-12-05.');
});

test('a wire dateline whose year came from elsewhere is named as such', async () => {
  const { w, ctl } = page({ dct: '2022-05-13', dct_source: 'wire' });
  await ctl.ready;
  const p = w.document.querySelector('crossread-panel').shadowRoot.querySelector('p.dct');
  assert.equal(p.getAttribute('data-source'), 'wire');
  assert.match(p.textContent, /^Dates read against 2022-05-13, from a wire dateline whose year/);
});

test('in-page fallback: the control expands the panel without a side panel; Escape collapses it to the control', async () => {
  const { w, ctl } = page();
  await ctl.ready;
  // The extension's mode: the list is in the side panel; here the browser has none (no NS.openPanel).
  w.crossreadShim.panelMode = 'side';
  const p = new w.crossreadShim.Panel(w.document);
  p.render(ctl.state(), w.crossreadShim.DEFAULTS.layers, ctl.painter.counts, () => {}, 'light');
  p.attach();
  const box = p.shadow.querySelector('.panel');
  assert.ok(box.hidden, 'the panel starts collapsed');
  await p.open();
  assert.ok(!box.hidden && box.querySelector('ul.officials li'), 'the control did not expand the panel');
  box.dispatchEvent(new w.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  assert.ok(box.hidden);
  assert.equal(p.control.getAttribute('aria-expanded'), 'false');
});

test('switching off restores the page exactly; layers switch independently', async () => {
  const { w, ctl, before, set } = page();
  await ctl.ready;
  set({ enabled: false });
  await ctl.ready;
  assert.equal(w.document.documentElement.outerHTML, before);
  set({ enabled: true, layers: { boilerplate: false } });
  await ctl.ready;
  assert.equal(w.document.querySelectorAll('[data-crossread-boilerplate]').length, 0);
  const sr = w.document.querySelector('crossread-panel').shadowRoot;
  assert.equal(sr.querySelector('.dimmed'), null);
  assert.ok(sr.querySelector('ul.officials'));
});

test('the page as sent (serialize.js) leaves crossread\'s own nodes and marks out, and moves nothing', async () => {
  const { w, ctl, before } = page();
  await ctl.ready;
  const host = w.document.querySelector('crossread-panel');
  const next = host.nextSibling;
  const s = await w.crossreadShim.reducedSliced(w.document);
  assert.ok(!s.includes('crossread-panel') && !s.includes('data-crossread'), s.slice(0, 200));
  assert.ok(host.isConnected && host.nextSibling === next, 'the panel host moved');
  assert.equal(s, w.crossreadShim.reduced(new w.DOMParser().parseFromString(before, 'text/html')));
});

test('keyboard focus on a panel entry shows its tooltip', async () => {
  const { w, ctl } = page();
  await ctl.ready;
  // jsdom has no layout: give ranges a box on screen.
  w.Range.prototype.getBoundingClientRect = () => ({ left: 10, top: 10, right: 50, bottom: 30, width: 40, height: 20 });
  const sr = w.document.querySelector('crossread-panel').shadowRoot;
  sr.querySelector('ul.dates li button').focus();
  const tip = sr.querySelector('.tip');
  assert.equal(tip.hidden, false);
  assert.equal(tip.textContent, 'Friday → Friday 13 May 2022');
  sr.querySelector('ul.dates li button').blur();
  assert.equal(tip.hidden, true);
});

test('timeline in calendar order; an official steps through mentions; facts list who says what', async () => {
  const res = fakeResult();
  res.blocks[1].text = 'Lloyd Austin spoke Friday. Austin said on Feb. 18 it lasted an hour.';
  res.officials[0].mentions.push({ block: 1, start: 27, end: 33, text: 'Austin' });
  res.dates = [
    { block: 1, start: 19, end: 25, text: 'Friday', value: '2022-05-13', words: 'Friday 13 May 2022' },
    { block: 1, start: 42, end: 49, text: 'Feb. 18', value: '2022-02-18', words: 'Friday 18 February 2022' },
    { block: 1, start: 60, end: 67, text: 'an hour', value: 'PT1H', words: '1 hour' },
  ];
  res.facts = [{ fact: 'duration', value: 'PT1H', reports: ['003_x.txt'], agree: true },
    { fact: 'initiator', value: 'US', reports: ['', '001_x.txt'], agree: false }];
  const w = window(`<html><head></head><body><nav>Menu</nav><p>${res.blocks[1].text}</p><aside>You May Also Like</aside></body></html>`, FILES);
  w.Range.prototype.getBoundingClientRect = () => ({ left: 10, top: 10, right: 50, bottom: 30, width: 40, height: 20 });
  w.Element.prototype.scrollIntoView = () => {};
  const ctl = w.crossreadShim.start({ annotate: async () => JSON.stringify(res), getSettings: async () => null, onSettings: () => {} }, w.document);
  await ctl.ready;
  const sr = w.document.querySelector('crossread-panel').shadowRoot;
  assert.deepEqual([...sr.querySelectorAll('ul.dates li')].map((li) => li.getAttribute('data-value')), ['2022-02-18', '2022-05-13', 'PT1H']);
  const btn = sr.querySelector('ul.officials li button'), tip = sr.querySelector('.tip');
  btn.click();
  assert.match(tip.textContent, /mention 1 of 2/);
  btn.click();
  assert.match(tip.textContent, /mention 2 of 2/);
  const facts = [...sr.querySelectorAll('ul.facts li')].map((li) => li.textContent);
  assert.deepEqual(facts, ['duration: PT1H — 003', 'initiator: US — this page, 001 (reports differ)']);
});

test('on web pages the panel\'s shadow root is closed: the page cannot read what crossread shows', async () => {
  const html = `<html><head></head><body><nav>Menu</nav><p>Lloyd Austin spoke Friday. ${HOSTILE.replace(/</g, '&lt;')}</p><aside>You May Also Like</aside></body></html>`;
  const w = window(html, ['shim/anchor.js']);
  for (const f of ['shim/serialize.js', 'shim/paint.js', 'shim/panel-view.js', 'shim/panel.js', 'shim/shim.js']) w.eval(readFileSync(path.join(EXT, f), 'utf8'));
  const ctl = w.crossreadShim.start({ annotate: async () => JSON.stringify(fakeResult()), getSettings: async () => null, onSettings: () => {} }, w.document);
  await ctl.ready;
  const host = w.document.querySelector('crossread-panel');
  assert.equal(host.getAttribute('data-state'), 'ready');
  assert.equal(host.shadowRoot, null, 'a page script could read the panel');
  assert.ok(ctl.panel.shadow.querySelector('button.control') && ctl.panel.model.officials.length, 'the control and the side panel model model are there for crossread itself');
});
