// serialize.js: the reduced page must give the core exactly what the page's
// outerHTML gives it — the same blocks, paths, offsets, officials and dates —
// while dropping what the core never reads.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { window, annotate, tmpFile, ROOT } from './helpers.mjs';

const FILES = ['shim/anchor.js', 'shim/serialize.js'];

// The core's view of a page, minus nothing a reader would see.
function core(html, args = []) {
  const r = annotate(tmpFile('page.html', html), ['--url', 'http://127.0.0.1/page.html', ...args]);
  return {
    title: r.title, dct: r.dct, dct_source: r.dct_source,
    blocks: r.blocks.map((b) => [b.text, b.path, b.offset, b.boilerplate, b.reason]),
    officials: r.officials, dates: r.dates, event: r.event,
  };
}

function same(html, name) {
  const w = window(html, FILES);
  const doctype = w.document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  const full = doctype + w.document.documentElement.outerHTML;
  const reduced = w.crossreadShim.reduced(w.document);
  assert.ok(reduced.length <= full.length, `${name}: reduced is longer than the page`);
  // The extension's way (--tree: the page parsed as written) and the HTML5 parser's.
  assert.deepEqual(core(reduced, ['--tree']), core(full), `${name}: the core reads the reduced page differently`);
  assert.deepEqual(core(reduced), core(full), `${name}: the HTML5 parser reads the reduced page differently`);
  return { full, reduced };
}

// Paths are element-child indexes: every element must survive, text or not,
// and nothing must re-nest when the reduced page is parsed again (inside what
// the core skips — SVG, <select>, <noscript> — nothing counts).
function shape(doc) {
  const out = [];
  const skip = doc.defaultView.crossreadShim.SKIP_TAGS;
  const walk = (el, d) => {
    out.push(d + el.localName);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || skip.has(el.localName)) return;
    for (const c of el.children) walk(c, d + ' ');
  };
  walk(doc.documentElement, '');
  return out.join('\n');
}

const TRICKY = `<!DOCTYPE html><html lang="en"><head><title>A &amp; B &lt;tag&gt;</title>
<meta property="article:published_time" content="2022-05-13T10:00:00Z"><meta name="viewport" content="width=device-width">
<style>p { color: red }</style><script>var x = "</p><p>not text";</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"x </script-ish>","datePublished":"2022-05-13"}</script>
</head><body data-x="1" class="page"><nav role="navigation" aria-label="Main"><ul><li><a href="/a?x=1&amp;y=&quot;2&quot;">Home</a></li><li><a href="/b">World</a></li></ul></nav>
<article id="main"><h1 data-track="h">Austin &amp; Shoigu speak</h1>
<p>Defense Secretary Lloyd Austin spoke on Friday with <b>Russian Defense Minister Sergei Shoigu</b>, the Pentagon said &lt;in a statement&gt;.</p>
<svg viewBox="0 0 10 10"><title>icon</title><text>not text</text></svg><p>Austin&nbsp;urged an immediate cease-fire.<math><mi>x</mi></math> Mr. Austin last spoke to Shoigu on Feb. 18.</p>
<table><tr><td>cell one</td><td>cell two</td></tr></table><p hidden>hidden text</p><div aria-hidden="true">Share this</div>
<noscript><img src="x.gif"></noscript><template><p>template</p></template><textarea>typed</textarea><select><option>one</option></select>
<p>After<br>a break<wbr>here <time datetime="2022-05-13">Friday</time>.</p><iframe srcdoc="<p>frame</p>"></iframe></article>
<footer class="site-footer"><p>© 2022 News Corp</p></footer></body></html>`;

test('reduced: the core reads a tricky page exactly as it reads its outerHTML', () => {
  const w = window(TRICKY, FILES);
  const { reduced } = same(TRICKY, 'tricky');
  for (const gone of ['data-x', 'data-track', 'color: red', 'not text', 'x.gif', '>template<', 'typed', 'srcdoc', 'aria-label']) {
    assert.ok(!reduced.includes(gone), `reduced still has ${gone}`);
  }
  for (const kept of ['datePublished', 'article:published_time', 'role="navigation"', 'aria-hidden="true"', 'datetime="2022-05-13"', 'lang="en"', 'class="site-footer"']) {
    assert.ok(reduced.includes(kept), `reduced lost ${kept}`);
  }
  const again = window(reduced, FILES);
  assert.equal(shape(again.document), shape(w.document), 'elements re-nest when the reduced page is parsed');
});

test('reduced: quirks-mode pages are parsed in quirks mode', () => {
  // Without a doctype a <table> does not close an open <p>; with one it does.
  const html = '<html><body><p>Lloyd Austin spoke.<table><tr><td>Secretary of State Antony Blinken</td></tr></table></p></body></html>';
  const w = window(html, FILES);
  assert.equal(w.document.compatMode, 'BackCompat');
  const reduced = w.crossreadShim.reduced(w.document);
  assert.ok(!reduced.startsWith('<!DOCTYPE'));
  assert.equal(shape(window(reduced, FILES).document), shape(w.document));
  same(html, 'quirks');
});

test('reduced: every fixture page and seed view reads the same', () => {
  const pages = [path.join(ROOT, 'testdata/pages/anchoring/source.html')];
  const hostile = path.join(ROOT, 'testdata/hostile');
  for (const d of readdirSync(hostile)) {
    const f = path.join(hostile, d, 'source.html');
    if (existsSync(f) && d !== 'huge') pages.push(f);
  }
  let n = 0;
  for (const f of pages) {
    const { full, reduced } = same(readFileSync(f, 'utf8'), path.relative(ROOT, f));
    if (reduced.length < full.length) n++;
  }
  assert.ok(n >= pages.length / 2, `only ${n} of ${pages.length} pages got smaller`);
});

test('reducedSliced: written in many slices, the same page as in one go', async () => {
  const lists = Array.from({ length: 40 }, (_, n) => `<nav class="more"><ul>${Array.from({ length: 50 }, (_, i) =>
    `<li><a href="/s/${n}/${i}">Story &amp; ${n}.${i}</a> <svg><title>x</title></svg></li>`).join('')}</ul></nav>`).join('\n');
  const w = window(`<!DOCTYPE html><html><head><title>t</title></head><body><p>Lead</p>${lists}<p>End</p></body></html>`, FILES);
  let yields = 0;
  const y = w.crossreadShim.yieldTask;
  w.crossreadShim.yieldTask = () => { yields++; return y(); };
  const sliced = await w.crossreadShim.reducedSliced(w.document, 0);
  assert.ok(yields >= 5, `only ${yields} slices`);
  assert.equal(sliced, w.crossreadShim.reduced(w.document));
});
