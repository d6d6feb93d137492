// export.js — crossread's annotations as W3C Web Annotation JSON-LD, and back.
//
// Text positions (TextPositionSelector start/end) count Unicode code points in
// the normalized text stream of document.body, built by anchor.js's Stream:
// text under SKIP_TAGS (script, style, svg, …) and crossread's own panel does
// not count, a run of ASCII whitespace counts as one space, leading/trailing
// runs count for nothing. `end` is exclusive. TextQuoteSelector's exact,
// prefix and suffix are slices of that same stream (prefix/suffix: up to
// CONTEXT code points each side), so a quote never depends on the page's
// indentation.
//
// Import re-anchors each annotation as Hypothesis does: the position first if
// the text there still equals the quote; else every occurrence of the quote is
// scored by how well its context matches prefix/suffix and how near it is to
// the old position, and the best one wins.
// Classic script (content scripts cannot be modules): exports on globalThis.crossreadShim.
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});

  const CONTEXT = 32;
  const CR = 'https://crossread.invalid/ns#';
  const CONTEXTS = ['http://www.w3.org/ns/anno.jsonld', { crossread: CR }];
  const POSITIONS = 'Unicode code points in the normalized text of document.body: text in script, style, ' +
    'svg and similar elements excluded, each run of ASCII whitespace one space, leading and trailing runs removed; end exclusive.';

  // BodyIndex maps DOM points to positions in body's stream (and back).
  class BodyIndex {
    constructor(doc) {
      this.stream = new NS.Stream(doc.body || doc.documentElement);
    }

    // unit returns the stream unit for character `off` of text node `node`, or -1.
    unit(node, off) {
      return this.stream.unitOf(node, off);
    }

    // position returns {start, end} in code points for a Range built by Stream.range, or null.
    position(range) {
      if (!range) return null;
      const u0 = this.unit(range.startContainer, range.startOffset);
      const u1 = this.unit(range.endContainer, range.endOffset - 1);
      if (u0 < 0 || u1 < u0) return null;
      const s = this.stream;
      return { start: s.cpIndex(u0), end: s.cpIndex(u1 + 1) };
    }
  }

  function quote(s, start, end) {
    return {
      type: 'TextQuoteSelector',
      exact: s.slice(start, end),
      prefix: s.slice(Math.max(0, start - CONTEXT), start),
      suffix: s.slice(end, Math.min(s.length, end + CONTEXT)),
    };
  }

  function sourceOf(doc) {
    const href = doc.location ? doc.location.href : '';
    return href.replace(/#.*$/, '');
  }

  // exportAnnotations returns an AnnotationCollection for shim state {res, anchors}:
  // one Annotation per official mention, date and boilerplate block that anchored.
  function exportAnnotations(state, doc) {
    const { res, anchors } = state;
    const idx = new BodyIndex(doc);
    const s = idx.stream;
    const source = sourceOf(doc);
    const items = [];
    const add = (range, motivation, text, fields) => {
      const p = idx.position(range);
      if (!p) return;
      items.push(Object.assign({
        type: 'Annotation',
        id: `urn:crossread:${items.length + 1}`,
        motivation,
        body: { type: 'TextualBody', value: text, format: 'text/plain', purpose: 'describing' },
        target: { source, selector: [quote(s, p.start, p.end), { type: 'TextPositionSelector', start: p.start, end: p.end }] },
      }, fields));
    };
    // The span range comes from the block's anchor, so a mention keeps its place even
    // when anchorResult dropped another mention that did not anchor.
    const span = (m) => {
      const ba = anchors.blocks[m.block];
      return ba ? ba.stream.range(ba.start + m.start, ba.start + m.end) : null;
    };
    for (const o of res.officials || []) {
      const text = o.role ? `${o.name} — ${o.role}` : o.name;
      for (const m of o.mentions || []) {
        add(span(m), 'identifying', text, { 'crossread:kind': 'official', 'crossread:name': o.name, 'crossread:role': o.role || '' });
      }
    }
    for (const d of res.dates || []) {
      add(span(d), 'describing', `${d.text} → ${d.words || d.value}`, {
        'crossread:kind': 'date', 'crossread:type': d.type || '', 'crossread:value': d.value || '', 'crossread:words': d.words || '',
      });
    }
    (res.blocks || []).forEach((b, i) => {
      const ba = anchors.blocks[i];
      if (!b.boilerplate || !ba) return;
      add(ba.stream.range(ba.start, ba.end), 'classifying', `Boilerplate: ${b.reason || b.label || 'boilerplate'}`, {
        'crossread:kind': 'boilerplate', 'crossread:reason': b.reason || '', 'crossread:label': b.label || '',
      });
    });
    return {
      '@context': CONTEXTS,
      type: 'AnnotationCollection',
      label: `crossread annotations${res.title ? `: ${res.title}` : ''}`,
      'crossread:textPositions': POSITIONS,
      'crossread:dct': res.dct || '',
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    };
  }

  // itemsOf accepts a collection (first.items), a page (items), a list, or one annotation.
  function itemsOf(json) {
    if (Array.isArray(json)) return json;
    if (!json || typeof json !== 'object') return [];
    if (json.first && Array.isArray(json.first.items)) return json.first.items;
    if (Array.isArray(json.items)) return json.items;
    if (json.type === 'Annotation') return [json];
    return [];
  }

  function selectorsOf(a) {
    const t = Array.isArray(a.target) ? a.target[0] : a.target;
    const sel = t && t.selector;
    const list = Array.isArray(sel) ? sel : sel ? [sel] : [];
    return {
      quote: list.find((x) => x && x.type === 'TextQuoteSelector'),
      position: list.find((x) => x && x.type === 'TextPositionSelector'),
    };
  }

  // Context similarity: how many characters of want touch the match, counted
  // outwards from it (prefix from its end, suffix from its start), as a fraction.
  function common(a, b, fromEnd) {
    const n = Math.min(a.length, b.length);
    let i = 0;
    if (fromEnd) while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
    else while (i < n && a[i] === b[i]) i++;
    return i;
  }

  // findQuote returns the best start (code points) for q in stream s, or -1.
  // Weights: a context match outweighs nearness; nearness breaks ties.
  function findQuote(s, q, hint) {
    const exact = q.exact || '';
    if (!exact) return -1;
    const prefix = q.prefix || '', suffix = q.suffix || '';
    const n = NS.cpLen(exact);
    let best = -1, bestScore = -Infinity;
    for (let u = s.str.indexOf(exact); u >= 0; u = s.str.indexOf(exact, u + 1)) {
      const i = s.cpIndex(u);
      let score = 0;
      if (prefix) score += 20 * common(s.slice(Math.max(0, i - NS.cpLen(prefix)), i), prefix, true) / prefix.length;
      if (suffix) score += 20 * common(s.slice(i + n, Math.min(s.length, i + n + NS.cpLen(suffix))), suffix, false) / suffix.length;
      if (hint >= 0) score += 2 * (1 - Math.min(1, Math.abs(i - hint) / Math.max(1, s.length)));
      if (score > bestScore) { best = i; bestScore = score; }
    }
    return best;
  }

  // importAnnotations re-anchors a JSON-LD export (object or string) in doc.
  // Returns {anchored: [{annotation, kind, range, how}], missed: [annotation], stats}.
  function importAnnotations(json, doc) {
    if (typeof json === 'string') json = JSON.parse(json);
    const s = new NS.Stream(doc.body || doc.documentElement);
    const anchored = [], missed = [];
    const stats = { total: 0, position: 0, quote: 0, missed: 0 };
    for (const a of itemsOf(json)) {
      if (!a || typeof a !== 'object') continue;
      stats.total++;
      const { quote: q, position: p } = selectorsOf(a);
      const exact = q ? q.exact || '' : null;
      let start = -1, how = '';
      if (p && Number.isInteger(p.start) && Number.isInteger(p.end) && (exact === null || s.slice(p.start, p.end) === exact)) {
        start = p.start; how = 'position';
      } else if (q) {
        start = findQuote(s, q, p && Number.isInteger(p.start) ? p.start : -1);
        how = 'quote';
      }
      const end = start < 0 ? -1 : exact !== null ? start + NS.cpLen(exact) : p.end;
      const range = start >= 0 ? s.range(start, end) : null;
      if (!range) { stats.missed++; missed.push(a); continue; }
      stats[how]++;
      anchored.push({ annotation: a, kind: a['crossread:kind'] || '', range, how });
    }
    return { anchored, missed, stats };
  }

  Object.assign(NS, { exportAnnotations, importAnnotations, findQuote, EXPORT_CONTEXT: CONTEXTS });
})(globalThis);
