// Issue 7 in jsdom: the panel's linked reports open the reader view through
// the transport's hook; facts name seeds by number and stored pages by site;
// the reader view lays a report out as text (never HTML) and hands it to the
// shim; the popup's corpus toggle is off by default and "Forget" clears it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { EXT, window } from './helpers.mjs';

const FILES = ['shim/anchor.js', 'shim/serialize.js', 'shim/paint.js', 'shim/panel-view.js', 'shim/panel.js', 'shim/shim.js'];
const HOSTILE = '<img src=x onerror="window.pwned=1">';
const tick = () => new Promise((r) => setTimeout(r, 0));

function result() {
  return {
    title: 'T', dct: '2022-05-13', blocks: [{ id: 0, text: 'Lloyd Austin spoke Friday.', boilerplate: false, path: [1, 0], offset: 0 }],
    officials: [], dates: [],
    links: [{ report: '003_x.txt', title: HOSTILE, day: '2022-05-13', note: 'same call' }],
    related: [{ report: 'https://news.example/other', title: 'Another call', day: '2022-05-15' }],
    facts: [{ fact: 'duration', value: 'PT1H', reports: ['003_x.txt'], agree: true },
      { fact: 'first since', value: '2022-02-18', reports: ['', '003_x.txt', 'https://news.example/a'], agree: true }],
  };
}

async function panel(openReport) {
  const w = window('<html><head></head><body><p>Lloyd Austin spoke Friday.</p></body></html>', FILES);
  if (openReport) w.crossreadShim.openReport = openReport;
  const ctl = w.crossreadShim.start({ annotate: async () => JSON.stringify(result()), getSettings: async () => null, onSettings: () => {} }, w.document);
  await ctl.ready;
  return { w, sr: w.document.querySelector('crossread-panel').shadowRoot };
}

test('linked reports open in the reader view through the hook', async () => {
  const opened = [];
  const { w, sr } = await panel((id) => opened.push(id));
  const btn = sr.querySelector('ul.links li[data-report="003_x.txt"] button.open');
  assert.ok(btn, 'no open button');
  assert.equal(btn.querySelector('.title').textContent, HOSTILE, 'the title stays text');
  assert.equal(sr.querySelectorAll('img').length, 0);
  btn.click();
  sr.querySelector('ul.related li button.open').click();
  assert.deepEqual(opened, ['003_x.txt', 'https://news.example/other']);
  assert.equal(w.pwned, undefined);
});

test('without a hook the links are plain text; facts name their sources briefly', async () => {
  const { sr } = await panel(null);
  assert.equal(sr.querySelector('ul.links button'), null);
  assert.ok(sr.querySelector('ul.links li .title'));
  assert.deepEqual([...sr.querySelectorAll('ul.facts li')].map((li) => li.textContent),
    ['duration: PT1H — 003', 'first since: 2022-02-18 — this page, 003, news.example']);
});

test('the reader view shows a report as text lines and starts the shim on it', async () => {
  const html = readFileSync(path.join(EXT, 'reader.html'), 'utf8').replace(/<script[^>]*><\/script>/g, '');
  const dom = new JSDOM(html, { runScripts: 'outside-only', url: 'chrome-extension://id/reader.html?report=003_x.txt', pretendToBeVisual: true });
  const w = dom.window;
  const sent = [];
  const report = { id: '003_x.txt', title: 'x', text: `Connect with us\n\nU.S. Defense Secretary Lloyd Austin speaks with his Russian counterpart today\n${HOSTILE}\n`, dct: '2022-05-13' };
  w.chrome = {
    runtime: { sendMessage: async (m) => { sent.push(m); return m.type === 'crossread:report' ? { json: JSON.stringify(report) } : { json: JSON.stringify(result()) }; } },
    storage: { onChanged: { addListener() {} }, local: { get: async () => ({}) }, onChanged: { addListener() {} } },
  };
  for (const f of [...FILES, 'corpus-store.js', 'reader.js']) w.eval(readFileSync(path.join(EXT, f), 'utf8'));
  for (let i = 0; i < 20 && !w.crossreadReader; i++) await tick();
  await w.crossreadReader.ready;
  const a = w.document.getElementById('report');
  assert.deepEqual([...a.children].map((e) => `${e.localName}:${e.textContent}`), ['h1:Connect with us',
    'p:U.S. Defense Secretary Lloyd Austin speaks with his Russian counterpart today', `p:${HOSTILE}`]);
  assert.equal(w.document.querySelectorAll('img').length, 0);
  assert.equal(w.document.title, 'U.S. Defense Secretary Lloyd Austin speaks with his Russian counterpart today — crossread reader');
  assert.equal(w.document.querySelector('meta[property="article:published_time"]').getAttribute('content'), '2022-05-13');
  assert.deepEqual(sent.map((m) => m.type), ['crossread:report', 'crossread:annotate']);
  assert.equal(JSON.parse(sent[1].meta).corpus, undefined, 'no stored corpus unless the reader opted in');
  assert.ok(sent[1].page.includes('Lloyd Austin speaks'), 'the shim serialised the report');
  w.crossreadShim.openReport('000_y.txt');
  assert.deepEqual({ ...sent.at(-1) }, { type: 'crossread:open', report: '000_y.txt' });
});

test('popup: remembering is off by default; the toggle and Forget write storage', async () => {
  const html = readFileSync(path.join(EXT, 'popup.html'), 'utf8');
  const dom = new JSDOM(html, { runScripts: 'outside-only' });
  const w = dom.window;
  const data = { corpus: [{ id: 'https://a.example/1', title: 'a', text: 'x', html: false, dct: '', url: 'https://a.example/1' }] };
  const messages = [];
  w.chrome = {
    storage: { onChanged: { addListener() {} }, local: {
      get: async (k) => Object.fromEntries([].concat(k).filter((x) => x in data).map((x) => [x, data[x]])),
      set: async (o) => { Object.assign(data, o); },
      remove: async (k) => { delete data[k]; },
    } },
    runtime: { sendMessage: async (m) => { messages.push(m); delete data.corpus; return {}; } },
  };
  for (const f of ['corpus-store.js', 'popup-corpus.js']) w.eval(readFileSync(path.join(EXT, f), 'utf8'));
  for (let i = 0; i < 5; i++) await tick();
  const remember = w.document.getElementById('remember');
  assert.equal(remember.checked, false);
  assert.match(w.document.getElementById('corpus-status').textContent, /^1 report stored/);
  remember.click();
  await tick();
  assert.equal(data.remember, true);
  w.document.getElementById('forget').click();
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(messages.map((m) => ({ ...m })), [{ type: 'crossread:forget' }]);
  assert.equal(data.corpus, undefined);
  assert.equal(w.document.getElementById('corpus-status').textContent, 'Stored reports forgotten.');
});
