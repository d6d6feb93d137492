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
  // string; where its characters came from in the DOM is kept per run, not
  // per character: a run is a stretch of str copied 1:1 from one text node
  // (segU/segNode/segOff: its first unit in str, its node's index in nodes,
  // the offset there). Runs break only at node boundaries and at whitespace
  // the stream collapses, so a page of megabytes costs thousands of runs,
  // not millions of array entries. cp maps code points to UTF-16 units and
  // is built only when str holds astral characters (else it is the identity).
  const WS = /[ \t\n\r\f]+/g;
  const ASTRAL = /[\ud800-\udbff]/;
  class Stream {
    constructor(container) {
      this.container = container;
      const nodes = [], parts = [];
      const segU = [], segNode = [], segOff = [];
      let len = 0;
      // A whitespace run becomes one space only once a character follows it;
      // the space maps back to the run's first whitespace character.
      let pending = false, pendNode = 0, pendOff = 0;
      let lastNode = -1, lastEnd = -1; // where the newest run ends in its node
      const emit = (ni, data, a, b) => {
        if (pending) {
          pending = false;
          if (pendNode === ni && pendOff === lastEnd && lastNode === ni && data.charCodeAt(pendOff) === 32 && a === pendOff + 1) {
            // A single plain space between two stretches of one node: one run.
            parts.push(data.slice(pendOff, b));
            len += b - pendOff;
            lastEnd = b;
            return;
          }
          parts.push(' ');
          segU.push(len); segNode.push(pendNode); segOff.push(pendOff);
          len++;
          lastNode = -1;
        }
        parts.push(a === 0 && b === data.length ? data : data.slice(a, b));
        segU.push(len); segNode.push(ni); segOff.push(a);
        len += b - a;
        lastNode = ni; lastEnd = b;
      };
      const walk = (el) => {
        for (let c = el.firstChild; c; c = c.nextSibling) {
          if (c.nodeType === 1) {
            if (!skipped(c)) walk(c);
          } else if (c.nodeType === 3 || c.nodeType === 4) {
            const data = c.data;
            if (!data) continue;
            const ni = nodes.length;
            nodes.push(c);
            let pos = 0;
            WS.lastIndex = 0;
            for (let m = WS.exec(data); m; m = WS.exec(data)) {
              if (m.index > pos) emit(ni, data, pos, m.index);
              if (len > 0 && !pending) { pending = true; pendNode = ni; pendOff = m.index; }
              pos = m.index + m[0].length;
            }
            if (pos < data.length) emit(ni, data, pos, data.length);
          }
        }
      };
      // Any node works as the container (an element, or a fragment in tests).
      if (container.nodeType !== 1 || !skipped(container)) walk(container);
      this.nodes = nodes;
      this.segU = Int32Array.from(segU);
      this.segNode = Int32Array.from(segNode);
      this.segOff = Int32Array.from(segOff);
      const str = parts.join('');
      this.str = str;
      if (ASTRAL.test(str)) {
        const cp = [];
        for (let u = 0; u < str.length; u++) {
          cp.push(u);
          const c = str.charCodeAt(u);
          if (c >= 0xd800 && c <= 0xdbff && u + 1 < str.length) {
            const d = str.charCodeAt(u + 1);
            if (d >= 0xdc00 && d <= 0xdfff) u++;
          }
        }
        cp.push(str.length);
        this.cp = Int32Array.from(cp);
        this.length = cp.length - 1; // in code points
      } else {
        this.cp = null;
        this.length = str.length;
      }
    }

    // unit converts a code-point index to a UTF-16 index in str.
    unit(i) { return this.cp ? this.cp[i] : i; }

    // seg returns the run holding unit u.
    seg(u) {
      const s = this.segU;
      let lo = 0, hi = s.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (s[mid] <= u) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    // at returns [text node, offset] that unit u of str came from.
    at(u) {
      const k = this.seg(u);
      return [this.nodes[this.segNode[k]], this.segOff[k] + (u - this.segU[k])];
    }

    // unitOf returns the first unit of str that comes from text node node at
    // or after offset off, or -1: the way back from a DOM point.
    unitOf(node, off) {
      if (!this.nodeOf) this.nodeOf = new Map(this.nodes.map((n, k) => [n, k]));
      const ni = this.nodeOf.get(node);
      if (ni === undefined) return -1;
      const { segU, segNode, segOff } = this;
      // Runs are in node order: start at the node's first run.
      let lo = 0, hi = segU.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segNode[mid] < ni) lo = mid + 1; else hi = mid;
      }
      for (let k = lo; k < segU.length && segNode[k] === ni; k++) {
        const end = k + 1 < segU.length ? segU[k + 1] : this.str.length;
        const n = end - segU[k];
        if (segOff[k] + n - 1 >= off) return segU[k] + Math.max(0, off - segOff[k]);
      }
      return -1;
    }

    // slice returns code points [a, b) as a string.
    slice(a, b) {
      if (a < 0 || b > this.length || a > b) return null;
      return this.str.slice(this.unit(a), this.unit(b));
    }

    // cpIndex converts a UTF-16 index in str to a code-point index.
    cpIndex(u) {
      if (!this.cp) return u;
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
      const [n0, o0] = this.at(this.unit(a));
      const [n1, o1] = this.at(this.unit(b) - 1);
      const r = n0.ownerDocument.createRange();
      r.setStart(n0, o0);
      r.setEnd(n1, o1 + 1);
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
      const el = b.path && b.path.length ? byPath(this.doc, b.path) : null;
      if (this.skip && (!el || this.skip.has(el))) { this.stats.missed++; return null; }
      if (!text && b.chars > 0) return this.lean(b, el);
      const n = cpLen(text);
      if (el) {
        if (b.boilerplate && b.offset === 0 && !this.streams.has(el)) {
          // A dimmed block that is its element's whole text (the core merges
          // boilerplate neighbours so): compare with the element's text as the
          // browser gives it, and build the stream only if someone asks for a
          // range. When skipped text (a script, an SVG title) is inside, the
          // texts differ and the stream below decides.
          const t = el.textContent;
          if (t.length >= text.length && normalize(t) === text) {
            this.stats.path++;
            const self = this;
            return { get stream() { return self.stream(el); }, get built() { return self.streams.has(el); }, start: 0, end: n, el, how: 'path' };
          }
        }
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
      if (body && !this.skip) {
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

  // Anchorer.lean anchors a dimmed block the core sent as its length and hash
  // (annotate.Options.LeanBoilerplate): by its path only, the text there
  // checked by length and hash. No quote search: without its text a dimmed
  // block that moved is left undimmed, which costs the reader nothing.
  Anchorer.prototype.lean = function (b, el) {
    if (el) {
      const self = this, n = b.chars;
      if (b.offset === 0 && !this.streams.has(el)) {
        const t = normalize(el.textContent);
        if (t.length >= n && textHash(t) === b.hash && cpLen(t) === n) {
          this.stats.path++;
          return { get stream() { return self.stream(el); }, get built() { return self.streams.has(el); }, start: 0, end: n, el, how: 'path' };
        }
      }
      const s = this.stream(el);
      const t = s.slice(b.offset, b.offset + n);
      if (t !== null && textHash(t) === b.hash) {
        this.stats.path++;
        return { stream: s, start: b.offset, end: b.offset + n, el, how: 'path' };
      }
    }
    this.stats.missed++;
    return null;
  };

  // textHash is annotate.TextHash: FNV-1a (32 bits) over code points.
  function textHash(s) {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000; i++; }
      }
      h = Math.imul(h ^ c, 16777619) >>> 0;
    }
    return h;
  }

  // anchorResult anchors every block and span of an annotate.Result.
  // Returns {blocks: [anchor|null], officials: [{official, ranges}], dates: [{date, range}], stats}.
  function anchorResult(doc, res) {
    const a = new Anchorer(doc);
    return spans(a, (res.blocks || []).map((b) => a.block(b)), res);
  }

  // anchorResultSliced is anchorResult in slices of about sliceMs, yielding
  // to the page between them (a page of thousands of blocks).
  // skip (a big page's part, shim.js): the elements the part holds only in
  // part (open where it was cut): their streams, and <body>'s, would be the
  // whole page's text; blocks there are left unanchored instead.
  async function anchorResultSliced(doc, res, sliceMs = 30, skip = null) {
    const a = new Anchorer(doc);
    a.skip = skip;
    const bs = res.blocks || [], blocks = [];
    let deadline = performance.now() + sliceMs;
    for (let i = 0; i < bs.length; i++) {
      blocks.push(a.block(bs[i]));
      if ((i & 31) === 31 && performance.now() > deadline) {
        await NS.yieldTask();
        deadline = performance.now() + sliceMs;
      }
    }
    return spans(a, blocks, res);
  }

  function spans(a, blocks, res) {
    const span = (m) => {
      const ba = blocks[m.block];
      if (!ba) return null;
      return ba.stream.range(ba.start + m.start, ba.start + m.end);
    };
    const officials = (res.officials || []).map((o) => ({
      official: o,
      ranges: (o.mentions || []).map(span).filter(Boolean),
    }));
    const dates = (res.dates || []).map((d) => ({ date: d, range: span(d) }));
    return { blocks, officials, dates, stats: a.stats };
  }

  NS.yieldTask = NS.yieldTask || (() => (root.scheduler && typeof root.scheduler.yield === 'function'
    ? root.scheduler.yield() : new Promise((r) => setTimeout(r, 0))));

  // normalize is the Go side's doc.Normalize: collapse ASCII whitespace, trim.
  function normalize(s) {
    return s.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
  }

  Object.assign(NS, { Stream, Anchorer, anchorResult, anchorResultSliced, byPath, normalize, cpLen, textHash, SKIP_TAGS });
})(globalThis);
