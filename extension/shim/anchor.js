// anchor.js — re-finds the core's blocks and spans in the live DOM.
//
// The Go side (internal/doc/anchor.go) describes each block as an element path
// from <html> plus a code-point offset into that element's normalized text
// stream. This file rebuilds the same stream with the same rules and maps
// stream positions back to (text node, UTF-16 offset) pairs for DOM Ranges:
//
//   - text under SKIP_TAGS (and under non-HTML elements: svg, math) does not count;
//   - a run of ASCII whitespace counts as one space; leading/trailing runs count for nothing;
//   - offsets count code points, so astral characters (emoji) are one each.
//
// Order of trust, as in hypothesis' anchoring: path + offset if the text there
// equals the block's text; else the text searched in the container's stream;
// else in <body>'s stream, nearest the position where the previous block was.
// Classic script (content scripts cannot be modules): exports on globalThis.crossreadShim.
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});

  const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe',
    'object', 'embed', 'textarea', 'select', 'canvas', 'video', 'audio', 'head']);
  const XHTML = 'http://www.w3.org/1999/xhtml';
  // crossread's own nodes never count: the page was serialized without them.
  const OWN = 'crossread-panel';

  function isSpace(c) { return c === 32 || c === 9 || c === 10 || c === 13 || c === 12; }

  function skipped(el) {
    return el.namespaceURI !== XHTML || SKIP_TAGS.has(el.localName) || el.localName === OWN;
  }

  // Stream is one container's normalized text. str is the stream as a JS
  // string; cp[i] is the UTF-16 index in str of code point i (cp[n] = str.length);
  // node[u]/off[u] say where str's unit u came from in the DOM.
  class Stream {
    constructor(container) {
      this.container = container;
      const nodes = [];
      const units = [];  // str as char codes
      const nodeIdx = [];
      const nodeOff = [];
      // A whitespace run becomes one space only once a character follows it;
      // the space maps back to the run's first whitespace character.
      let pending = false, pendNode = 0, pendOff = 0;
      const walk = (el) => {
        for (let c = el.firstChild; c; c = c.nextSibling) {
          if (c.nodeType === 1) {
            if (!skipped(c)) walk(c);
          } else if (c.nodeType === 3 || c.nodeType === 4) {
            const data = c.data;
            let ni = -1;
            for (let i = 0; i < data.length; i++) {
              const code = data.charCodeAt(i);
              if (ni < 0) { ni = nodes.length; nodes.push(c); }
              if (isSpace(code)) {
                if (units.length > 0 && !pending) { pending = true; pendNode = ni; pendOff = i; }
                continue;
              }
              if (pending) {
                units.push(32); nodeIdx.push(pendNode); nodeOff.push(pendOff);
                pending = false;
              }
              units.push(code); nodeIdx.push(ni); nodeOff.push(i);
            }
          }
        }
      };
      // Any node works as the container (an element, or a fragment in tests).
      if (container.nodeType !== 1 || !skipped(container)) walk(container);
      this.nodes = nodes;
      this.nodeIdx = Int32Array.from(nodeIdx);
      this.nodeOff = Int32Array.from(nodeOff);
      // Build str in chunks: String.fromCharCode(...units) overflows the stack on big pages.
      let s = '';
      for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode.apply(null, units.slice(i, i + 8192));
      this.str = s;
      const cp = [];
      for (let u = 0; u < s.length; u++) {
        cp.push(u);
        const c = s.charCodeAt(u);
        if (c >= 0xd800 && c <= 0xdbff && u + 1 < s.length) {
          const d = s.charCodeAt(u + 1);
          if (d >= 0xdc00 && d <= 0xdfff) u++;
        }
      }
      cp.push(s.length);
      this.cp = Int32Array.from(cp);
      this.length = cp.length - 1; // in code points
    }

    // slice returns code points [a, b) as a string.
    slice(a, b) {
      if (a < 0 || b > this.length || a > b) return null;
      return this.str.slice(this.cp[a], this.cp[b]);
    }

    // cpIndex converts a UTF-16 index in str to a code-point index.
    cpIndex(u) {
      let lo = 0, hi = this.cp.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cp[mid] < u) lo = mid + 1; else hi = mid;
      }
      return lo;
    }

    // find returns the code-point index of the occurrence of text nearest hint, or -1.
    find(text, hint) {
      if (!text) return -1;
      let best = -1, bestDist = Infinity;
      for (let u = this.str.indexOf(text); u >= 0; u = this.str.indexOf(text, u + 1)) {
        const i = this.cpIndex(u);
        const d = Math.abs(i - hint);
        if (d < bestDist) { best = i; bestDist = d; }
        if (i > hint) break; // later matches are only farther
      }
      return best;
    }

    // range maps code points [a, b) to a DOM Range, or null when out of bounds.
    range(a, b) {
      if (a < 0 || b > this.length || a >= b) return null;
      const u0 = this.cp[a], u1 = this.cp[b] - 1;
      const r = this.nodes[0].ownerDocument.createRange();
      r.setStart(this.nodes[this.nodeIdx[u0]], this.nodeOff[u0]);
      r.setEnd(this.nodes[this.nodeIdx[u1]], this.nodeOff[u1] + 1);
      return r;
    }
  }

  function cpLen(s) { let n = 0; for (const _ of s) n++; return n; }

  // byPath follows element-child indexes from <html>; null when the page changed shape.
  function byPath(doc, path) {
    let el = doc.documentElement;
    if (!el || !Array.isArray(path)) return null;
    for (const i of path) {
      el = el.children[i];
      if (!el) return null;
    }
    return el;
  }

  // Anchorer resolves blocks of one annotate.Result against one document,
  // caching a stream per container.
  class Anchorer {
    constructor(doc) {
      this.doc = doc;
      this.streams = new Map();
      this.bodyHint = 0;
      this.stats = { path: 0, container: 0, body: 0, missed: 0 };
    }

    stream(el) {
      let s = this.streams.get(el);
      if (!s) { s = new Stream(el); this.streams.set(el, s); }
      return s;
    }

    // block returns {stream, start, end, el, how} for a block, or null.
    block(b) {
      const text = b.text || '';
      const n = cpLen(text);
      const el = b.path && b.path.length ? byPath(this.doc, b.path) : null;
      if (el) {
        const s = this.stream(el);
        if (s.slice(b.offset, b.offset + n) === text) {
          this.stats.path++;
          return { stream: s, start: b.offset, end: b.offset + n, el, how: 'path' };
        }
        const i = s.find(text, b.offset);
        if (i >= 0) {
          this.stats.container++;
          return { stream: s, start: i, end: i + n, el, how: 'container' };
        }
      }
      const body = this.doc.body || this.doc.documentElement;
      if (body) {
        const s = this.stream(body);
        const i = s.find(text, this.bodyHint);
        if (i >= 0) {
          this.bodyHint = i + n;
          this.stats.body++;
          return { stream: s, start: i, end: i + n, el: null, how: 'body' };
        }
      }
      this.stats.missed++;
      return null;
    }
  }

  // anchorResult anchors every block and span of an annotate.Result.
  // Returns {blocks: [anchor|null], officials: [{official, ranges}], dates: [{date, range}], stats}.
  function anchorResult(doc, res) {
    const a = new Anchorer(doc);
    const blocks = (res.blocks || []).map((b) => a.block(b));
    const span = (m) => {
      const ba = blocks[m.block];
      if (!ba) return null;
      const r = ba.stream.range(ba.start + m.start, ba.start + m.end);
      return r;
    };
    const officials = (res.officials || []).map((o) => ({
      official: o,
      ranges: (o.mentions || []).map(span).filter(Boolean),
    }));
    const dates = (res.dates || []).map((d) => ({ date: d, range: span(d) }));
    return { blocks, officials, dates, stats: a.stats };
  }

  // normalize is the Go side's doc.Normalize: collapse ASCII whitespace, trim.
  function normalize(s) {
    return s.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
  }

  Object.assign(NS, { Stream, Anchorer, anchorResult, byPath, normalize, cpLen, SKIP_TAGS });
})(globalThis);
