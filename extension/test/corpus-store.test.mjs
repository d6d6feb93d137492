// The opt-in corpus of read reports (corpus-store.js): caps by count and by
// bytes with the oldest dropped first, one entry per page, article text only,
// and writes serialised through one queue. No browser: a fake storage.local.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { EXT } from './helpers.mjs';

function store() {
  const ctx = vm.createContext({ TextEncoder });
  ctx.globalThis = ctx;
  vm.runInContext(readFileSync(path.join(EXT, 'corpus-store.js'), 'utf8'), ctx);
  return ctx.crossreadStore;
}

function fakeStorage(init = {}) {
  const data = structuredClone(init);
  return {
    data,
    async get(k) { const ks = Array.isArray(k) ? k : [k]; return Object.fromEntries(ks.filter((x) => x in data).map((x) => [x, structuredClone(data[x])])); },
    async set(o) { await new Promise((r) => setTimeout(r, 1)); Object.assign(data, structuredClone(o)); },
    async remove(k) { delete data[k]; },
  };
}

const rep = (id, n = 10) => ({ id, title: id, text: 'x'.repeat(n), html: false, dct: '', url: id });
const ids = (list) => list.map((r) => r.id);

test('add caps the number of reports, dropping the oldest', () => {
  const S = store();
  let list = [];
  for (let i = 0; i < 5; i++) list = S.add(list, rep(`r${i}`), { reports: 3, bytes: 1e6 }).list;
  assert.deepEqual(ids(list), ['r2', 'r3', 'r4']);
});

test('add caps the total size in UTF-8 bytes, dropping the oldest', () => {
  const S = store();
  const one = S.sizeOf(rep('a', 100));
  const limits = { reports: 100, bytes: one * 2 + 10 };
  let r = S.add([], rep('a', 100), limits);
  r = S.add(r.list, rep('b', 100), limits);
  r = S.add(r.list, rep('c', 100), limits);
  assert.deepEqual(ids(r.list), ['b', 'c']);
  assert.deepEqual([...r.dropped], ['a']);
  // Multi-byte text counts by its bytes, not its characters.
  assert.ok(S.sizeOf(rep('é', 0)) > S.sizeOf(rep('e', 0)));
  const big = S.add(r.list, rep('d', 150), limits);
  assert.deepEqual(ids(big.list), ['d'], 'a big report pushes out as many old ones as needed');
});

test('a report over the byte limit on its own is refused, the list kept', () => {
  const S = store();
  const list = [rep('a')];
  const r = S.add(list, rep('huge', 5000), { reports: 10, bytes: 1000 });
  assert.equal(r.added, false);
  assert.deepEqual(ids(r.list), ['a']);
});

test('reading a page again replaces its entry and makes it the newest', () => {
  const S = store();
  let list = [rep('a'), rep('b'), rep('c')];
  list = S.add(list, { ...rep('a'), text: 'new' }).list;
  assert.deepEqual(ids(list), ['b', 'c', 'a']);
  assert.equal(list[2].text, 'new');
});

test('fromResult keeps the article text of a page with an event, and nothing else', () => {
  const S = store();
  const page = {
    url: 'https://news.example/a#comments', title: 'Austin  calls Shoigu', dct: '2022-05-13', dct_source: 'meta',
    event: { kind: 'call', parties: [{ name: 'Lloyd Austin' }, { name: 'Sergei Shoigu' }] },
    blocks: [{ text: 'Menu', boilerplate: true }, { text: 'Austin calls Shoigu', boilerplate: false },
      { text: 'Lloyd Austin spoke\nFriday  with Sergei Shoigu.', boilerplate: false }, { text: '<b>Subscribe</b>', boilerplate: true }],
  };
  const r = S.fromResult(page);
  assert.deepEqual({ ...r }, { id: 'https://news.example/a', title: 'Austin calls Shoigu',
    text: 'Austin calls Shoigu\nLloyd Austin spoke Friday with Sergei Shoigu.\n', html: false, dct: '2022-05-13', url: 'https://news.example/a' });
  assert.equal(S.fromResult({ ...page, event: { kind: '', parties: [] } }), null, 'no event kind: not stored');
  assert.equal(S.fromResult({ ...page, event: { kind: 'call', parties: [] } }), null, 'no parties: not stored');
  assert.equal(S.fromResult({ ...page, url: 'chrome-extension://x/reader.html' }), null, 'only web pages');
  assert.equal(S.fromResult({ ...page, dct_source: 'today' }).dct, '', 'the reading day is not the report\'s date');
  assert.equal(S.fromResult({ ...page, dct_source: 'body' }).dct, '', 'a day the body names is not the report\'s date');
  assert.equal(S.fromResult({ ...page, dct_source: 'wire' }).dct, '', 'a wire dateline\'s guessed year is not relied on');
});

test('remember and forget go through storage in order; the flag is off by default', async () => {
  const S = store();
  const st = fakeStorage();
  assert.equal(await S.enabled(st), false);
  st.data.remember = true;
  assert.equal(await S.enabled(st), true);
  // Concurrent adds (two tabs) both land; a forget issued after them wins.
  await Promise.all([S.remember(st, rep('a')), S.remember(st, rep('b')), S.remember(st, rep('c'), { reports: 2, bytes: 1e6 })]);
  assert.deepEqual(ids(st.data.corpus), ['b', 'c']);
  assert.deepEqual({ ...S.stats(await S.load(st)) }, { reports: 2, bytes: S.sizeOf(rep('b')) + S.sizeOf(rep('c')) });
  const p = S.remember(st, rep('d'));
  await S.forget(st);
  await p;
  assert.equal(st.data.corpus, undefined);
  assert.equal((await S.load(st)).length, 0);
});
