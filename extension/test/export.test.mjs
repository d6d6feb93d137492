// Web Annotation export/import (shim/export.js): an export re-anchors 100 %
// on the same page, and survives a paragraph inserted before the article.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { window, annotate, ROOT } from './helpers.mjs';

const FILES = ['shim/anchor.js', 'shim/export.js'];
const FIXTURE = path.join(ROOT, 'testdata/pages/anchoring/source.html');

function exported() {
  const res = annotate(FIXTURE);
  const w = window(readFileSync(FIXTURE, 'utf8'), FILES);
  const anchors = w.crossreadShim.anchorResult(w.document, res);
  // Through JSON, as a saved file would be.
  const json = JSON.parse(JSON.stringify(w.crossreadShim.exportAnnotations({ res, anchors }, w.document)));
  return { res, json };
}

// The text a range covers by the stream rules.
const text = (w, r) => new w.crossreadShim.Stream(r.cloneContents()).str;

test('export is Web Annotation JSON-LD with quote and position selectors and crossread fields', () => {
  const { res, json } = exported();
  assert.equal(json['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(typeof json['@context'][1].crossread, 'string');
  assert.equal(json.type, 'AnnotationCollection');
  const items = json.first.items;
  const mentions = res.officials.reduce((n, o) => n + o.mentions.length, 0);
  const boiler = res.blocks.filter((b) => b.boilerplate).length;
  assert.equal(items.length, mentions + res.dates.length + boiler);
  assert.equal(json.total, items.length);
  const friday = items.find((a) => a['crossread:kind'] === 'date' && a.target.selector[0].exact === 'Friday');
  assert.ok(friday, 'no "Friday" date');
  assert.match(friday['crossread:value'], /^\d{4}-\d{2}-\d{2}$/);
  const austin = items.find((a) => a['crossread:kind'] === 'official' && a['crossread:name'] === 'Lloyd Austin');
  assert.ok(austin && austin['crossread:role'], 'no Lloyd Austin with a role');
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    const [q, p] = a.target.selector;
    assert.equal(q.type, 'TextQuoteSelector');
    assert.equal(p.type, 'TextPositionSelector');
    assert.ok(q.exact.length > 0 && p.end > p.start);
    assert.ok([...q.prefix].length <= 32 && [...q.suffix].length <= 32);
  }
});

test('import on the same page re-anchors 100 % by position, to the exported quotes', () => {
  const { json } = exported();
  const w = window(readFileSync(FIXTURE, 'utf8'), FILES);
  const got = w.crossreadShim.importAnnotations(JSON.stringify(json), w.document);
  assert.equal(got.stats.total, json.first.items.length);
  assert.equal(got.stats.missed, 0);
  assert.equal(got.stats.position, got.stats.total);
  for (const a of got.anchored) assert.equal(text(w, a.range), a.annotation.target.selector[0].exact);
});

test('import survives a paragraph inserted before the article (quote + context)', () => {
  const { json } = exported();
  const w = window(readFileSync(FIXTURE, 'utf8'), FILES);
  const p = w.document.createElement('p');
  p.textContent = 'Editor\'s note: Lloyd Austin and Friday are mentioned here too, before the article.';
  const at = w.document.querySelector('article') || w.document.body.firstElementChild;
  at.parentNode.insertBefore(p, at);
  const got = w.crossreadShim.importAnnotations(json, w.document);
  assert.equal(got.stats.missed, 0, JSON.stringify(got.stats));
  assert.ok(got.stats.quote > 0, JSON.stringify(got.stats));
  for (const a of got.anchored) {
    assert.equal(text(w, a.range), a.annotation.target.selector[0].exact);
    // The note's own "Lloyd Austin"/"Friday" must not win over the article's.
    assert.ok(!p.contains(a.range.startContainer), `${a.annotation.target.selector[0].exact} anchored in the inserted note`);
  }
});

test('quote search prefers matching context over nearness; accepts a bare list', () => {
  const w = window('<body><p>the cat sat. the cat ran. a dog ran.</p></body>', FILES);
  const a = { type: 'Annotation', target: { selector: [
    { type: 'TextQuoteSelector', exact: 'cat', prefix: 'sat. the ', suffix: ' ran' },
    { type: 'TextPositionSelector', start: 0, end: 3 }] } };
  const got = w.crossreadShim.importAnnotations([a], w.document);
  assert.equal(got.stats.quote, 1);
  const r = got.anchored[0].range;
  assert.equal(r.startOffset, 17);
  const none = w.crossreadShim.importAnnotations({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'zebra' } } }, w.document);
  assert.deepEqual({ ...none.stats }, { total: 1, position: 0, quote: 0, missed: 1 });
});
