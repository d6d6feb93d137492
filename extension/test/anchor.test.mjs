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
    if (!b.text && b.chars) {
      // A lean block (--lean): its length and hash stand for its text.
      const t = normalize(r);
      assert.equal(w.crossreadShim.cpLen(t), b.chars, `block ${i} length`);
      assert.equal(w.crossreadShim.textHash(t), b.hash, `block ${i} hash`);
    } else {
      assert.equal(normalize(r), b.text, `block ${i}`);
    }
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
    ${navs}<footer><p>© 2022 News 😀 Ünïcode</p><p>Published Friday, May 13, 2022</p></footer></body></html>`);
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
    // And as the extension receives them: dimmed blocks as length and hash.
    const lean = annotate(f, ['--compact', '--lean']);
    assert.deepEqual(lean.blocks.map((b) => b.boilerplate ? [b.path, b.offset, b.text, b.chars > 0] : [b.path, b.offset, b.text]),
      res.blocks.map((b) => b.boilerplate ? [b.path, b.offset, '', true] : [b.path, b.offset, b.text]), f);
    checkAll(window(html), lean);
    if (f === lists) {
      assert.ok(res.blocks.length <= plain.blocks.length - 100, `only ${plain.blocks.length} → ${res.blocks.length} blocks`);
      assert.ok(res.blocks.some((b) => b.boilerplate && b.text.startsWith('More stories: headline 0.0 More stories: headline 0.1')), 'no list merged');
    }
  }
});

// The stream keeps where its text came from per run, not per character: every
// unit must still map to its DOM point and back, whatever the whitespace.
test('stream runs map every character to its DOM point and back', () => {
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pieces = ['a', 'bc', ' ', '  ', '\n\t', 'é', '😀', 'x y', ' z '];
  for (let round = 0; round < 40; round++) {
    const kids = Array.from({ length: 1 + rnd(6) }, () => {
      const t = Array.from({ length: 1 + rnd(5) }, () => pieces[rnd(pieces.length)]).join('');
      return rnd(3) === 0 ? `<b>${t}</b>` : t.replace(/</g, '');
    });
    const w = window(`<html><body><p>${kids.join('')}</p></body></html>`);
    const p = w.document.querySelector('p');
    const s = new w.crossreadShim.Stream(p);
    const want = p.textContent.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
    assert.equal(s.str, want, JSON.stringify(kids));
    for (let u = 0; u < s.str.length; u++) {
      const [node, off] = s.at(u);
      const c = node.data[off];
      assert.ok(s.str[u] === c || (s.str[u] === ' ' && /[ \t\n\r\f]/.test(c)), `unit ${u} of ${JSON.stringify(s.str)}`);
      if (s.str[u] !== ' ') assert.equal(s.unitOf(node, off), u);
    }
    for (let i = 0; i < s.length; i++) {
      const r = s.range(i, i + 1);
      assert.equal(new w.crossreadShim.Stream(r.cloneContents()).str || ' ', s.slice(i, i + 1) || ' ');
    }
  }
});

test('anchorResultSliced: in many slices, the same anchors as in one go', async () => {
  const file = path.join(ROOT, 'testdata/pages/anchoring/source.html');
  const res = annotate(file, ['--compact']);
  const w = window(readFileSync(file, 'utf8'));
  const one = w.crossreadShim.anchorResult(w.document, res);
  const sliced = await w.crossreadShim.anchorResultSliced(w.document, res, 0);
  assert.deepEqual(sliced.stats, one.stats);
  assert.equal(sliced.blocks.length, one.blocks.length);
  sliced.blocks.forEach((a, i) => {
    const b = one.blocks[i];
    assert.ok(a && b && a.el === b.el && a.start === b.start && a.end === b.end && a.how === b.how, `block ${i}`);
  });
  assert.deepEqual(sliced.dates.map((d) => d.range && d.range.toString()), one.dates.map((d) => d.range && d.range.toString()));
});

test('a lean dimmed block whose text changed is left alone, not dimmed elsewhere', () => {
  const html = `<html><body><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Business</a></li></ul></nav>
    <article><h1>Austin and Shoigu speak</h1><p>Defense Secretary Lloyd Austin spoke on Friday with Russian Defense Minister Sergei Shoigu, the Pentagon said in a statement released after the call.</p>
    <p>Austin urged an immediate cease-fire, the statement said. The two men last spoke on Feb. 18, nearly three months ago.</p></article>
    <footer><p>© 2022 News</p><p>Terms of use</p></footer></body></html>`;
  const res = annotate(tmpFile('lean.html', html), ['--compact', '--lean']);
  const lean = res.blocks.filter((b) => b.boilerplate && b.chars);
  assert.ok(lean.length >= 2, JSON.stringify(res.blocks));
  const w = window(html);
  w.document.querySelector('footer').textContent = '© 2023 Other News, changed by a script';
  const got = w.crossreadShim.anchorResult(w.document, res);
  const footer = res.blocks.findIndex((b) => b.boilerplate && b.path.join() === [1, 2].join());
  assert.ok(footer >= 0, 'no footer block');
  assert.equal(got.blocks[footer], null, 'a changed footer was anchored');
  assert.ok(got.stats.missed >= 1);
  const nav = res.blocks.findIndex((b) => b.boilerplate && b.path[1] === 0);
  assert.ok(got.blocks[nav] && got.blocks[nav].how === 'path', 'the unchanged nav did not anchor');
});
