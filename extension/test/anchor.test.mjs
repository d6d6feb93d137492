// The shim's anchoring (shim/anchor.js) against the Go core's anchors
// (internal/doc/anchor.go): every block and span the core reports must
// re-anchor, by path+offset, to exactly its text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
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
