// The shim's anchoring (shim/anchor.js) against the Go core's anchors
// (internal/doc/anchor.go): every block and span the core reports must
// re-anchor, by path+offset, to exactly its text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { window, annotate, tmpFile, textPlainView, ROOT } from './helpers.mjs';

function checkAll(w, res, { how = 'path' } = {}) {
  const { anchorResult, Stream } = w.crossreadShim;
  // The text a range covers, by the stream rules (a range over an <svg> holds its text in toString()).
  const normalize = (r) => new Stream(r.cloneContents()).str;
  const got = anchorResult(w.document, res);
  assert.ok(res.blocks.length > 0, 'core found no blocks');
  res.blocks.forEach((b, i) => {
    const a = got.blocks[i];
    assert.ok(a, `block ${i} ${JSON.stringify(b.text)} not anchored`);
    if (how) assert.equal(a.how, how, `block ${i} ${JSON.stringify(b.text)} anchored by ${a.how}`);
    const r = a.stream.range(a.start, a.end);
    assert.equal(normalize(r), b.text, `block ${i}`);
  });
  for (const o of got.officials) {
    assert.equal(o.ranges.length, o.official.mentions.length, o.official.name);
    o.ranges.forEach((r, j) => assert.equal(normalize(r), o.official.mentions[j].text));
  }
  for (const d of got.dates) {
    assert.ok(d.range, `date ${d.date.text}`);
    assert.equal(normalize(d.range), d.date.text);
  }
  return got;
}

test('fixture page: every block, official and date anchors by path', () => {
  const file = path.join(ROOT, 'testdata/pages/anchoring/source.html');
  const res = annotate(file);
  const w = window(readFileSync(file, 'utf8'));
  const got = checkAll(w, res);
  assert.ok(got.officials.some((o) => o.official.name === 'Lloyd Austin'));
  assert.ok(got.dates.some((d) => d.date.text === 'Friday'));
});

test('every test page anchors by path', () => {
  const dir = path.join(ROOT, 'testdata/pages');
  for (const slug of readdirSync(dir)) {
    const file = path.join(dir, slug, 'source.html');
    let html;
    try { html = readFileSync(file, 'utf8'); } catch { continue; }
    checkAll(window(html), annotate(file));
  }
});

test('text/plain seed reports (one <pre>) anchor line by line', () => {
  const seeds = path.join(ROOT, 'testdata/seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const html = textPlainView(readFileSync(path.join(seeds, f), 'utf8'));
    const res = annotate(tmpFile('report.html', html), ['--dct', '2022-05-13']);
    assert.ok(res.is_text, `${f}: core did not see a text report`);
    const got = checkAll(window(html), res);
    assert.ok(got.blocks.every((a) => a.el && a.el.localName === 'pre'), f);
  }
});

test('falls back to the quote when the page changed after serialization', () => {
  const file = path.join(ROOT, 'testdata/pages/anchoring/source.html');
  const res = annotate(file);
  // A page script adds text before the first paragraph's text: that block is found in its container.
  let w = window(readFileSync(file, 'utf8'));
  w.document.querySelector('article p').prepend('Updated: ');
  let got = checkAll(w, res, { how: null });
  assert.deepEqual({ ...got.stats }, { path: res.blocks.length - 1, container: 1, body: 0, missed: 0 });
  // A banner inserted at the top of <body> shifts every path: all blocks are found in <body>.
  w = window(readFileSync(file, 'utf8'));
  const banner = w.document.createElement('div');
  banner.textContent = 'Breaking: a banner';
  w.document.body.prepend(banner);
  got = checkAll(w, res, { how: null });
  assert.equal(got.stats.missed, 0);
  assert.ok(got.stats.body > 0, JSON.stringify(got.stats));
});

test('stream rules: whitespace, skipped tags, code points', () => {
  const w = window('<body><p id="p">  a\n\t b<script>x</script><b> 😀</b>c <svg><text>s</text></svg> d  </p></body>');
  const s = new w.crossreadShim.Stream(w.document.getElementById('p'));
  assert.equal(s.str, 'a b 😀c d');
  assert.equal(s.length, 8);
  assert.equal(s.slice(4, 6), '😀c');
  assert.equal(s.range(4, 5).toString(), '😀');
  assert.equal(s.find('d', 0), 7);
  assert.equal(s.find('zz', 0), -1);
});

// The extension asks the core for merged boilerplate blocks (--compact): each
// merged block sits on the element holding exactly its blocks, so it must
// anchor by path to exactly its text, like any other block.
test('merged boilerplate blocks (--compact) anchor by path to exactly their text', () => {
  const pages = [path.join(ROOT, 'testdata/pages/anchoring/source.html')];
  for (const d of readdirSync(path.join(ROOT, 'testdata/hostile'))) {
    const f = path.join(ROOT, 'testdata/hostile', d, 'source.html');
    if (d !== 'huge' && d !== 'pre' && existsSync(f)) pages.push(f);
  }
  // A page of link lists, the shape of the 10 MB hostile page, small.
  const navs = Array.from({ length: 6 }, (_, n) => `<nav class="more-stories"><ul>${Array.from({ length: 20 }, (_, i) =>
    `<li><a href="/s/${n}/${i}">More stories: headline ${n}.${i}</a></li>`).join('\n')}</ul></nav>`).join('\n');
  const lists = tmpFile('lists.html', `<!DOCTYPE html><html><body><header><a href="/">Home</a> <a href="/world">World</a></header>
    <article><h1>Austin and Shoigu speak</h1><p>Defense Secretary Lloyd Austin spoke on Friday with Russian Defense Minister Sergei Shoigu, the Pentagon said in a statement released after the call.</p>
    <p>Austin urged an immediate cease-fire, the statement said. The two men last spoke on Feb. 18, nearly three months ago.</p></article>
    ${navs}<footer><p>© 2022 News</p><p>Published Friday, May 13, 2022</p></footer></body></html>`);
  pages.push(lists);
  for (const f of pages) {
    const html = readFileSync(f, 'utf8');
    const plain = annotate(f);
    const res = annotate(f, ['--compact']);
    assert.ok(res.blocks.length <= plain.blocks.length, f);
    assert.deepEqual(res.blocks.filter((b) => !b.boilerplate).map((b) => b.text), plain.blocks.filter((b) => !b.boilerplate).map((b) => b.text), `${f}: article blocks changed`);
    assert.equal(res.officials.length, plain.officials.length, f);
    assert.equal(res.dates.length, plain.dates.length, f);
    checkAll(window(html), res);
    if (f === lists) {
      assert.ok(res.blocks.length <= plain.blocks.length - 100, `only ${plain.blocks.length} → ${res.blocks.length} blocks`);
      assert.ok(res.blocks.some((b) => b.boilerplate && b.text.startsWith('More stories: headline 0.0 More stories: headline 0.1')), 'no list merged');
    }
  }
});
