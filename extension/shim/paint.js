// paint.js — shows anchored annotations without changing the page's layout.
//
// Officials and dates: CSS Custom Highlight API ranges (no DOM change at all),
// styled by ::highlight() rules in crossread.css. Boilerplate: when a container
// element holds only boilerplate blocks (and no kept block below it), one
// attribute on it, dimmed by opacity (no box change); otherwise a highlight
// range. Everything is recorded so clear() undoes it exactly.
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});

  const HL = { official: 'crossread-official', date: 'crossread-date', boilerplate: 'crossread-boilerplate' };
  const ATTR = 'data-crossread-boilerplate';

  // THEME on <html> switches crossread.css's highlight palette to the dark one on dark pages.
  const THEME = 'data-crossread-theme';

  // pageTheme says whether the page reads dark or light: the first opaque
  // background of <body>, then <html> (relative luminance < 0.35 is dark; the
  // panel's text colours are chosen for either); with neither, the canvas, which is
  // dark only if the page opts into color-scheme: dark and the reader prefers dark.
  function pageTheme(doc) {
    const win = doc.defaultView;
    if (!win || !win.getComputedStyle) return '';
    for (const el of [doc.body, doc.documentElement]) {
      if (!el) continue;
      const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/.exec(win.getComputedStyle(el).backgroundColor || '');
      if (!m) continue;
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      if (alpha < 0.5) continue;
      const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      const L = 0.2126 * lin(+m[1]) + 0.7152 * lin(+m[2]) + 0.0722 * lin(+m[3]);
      return L < 0.35 ? 'dark' : 'light';
    }
    const scheme = win.getComputedStyle(doc.documentElement).colorScheme || '';
    const prefersDark = win.matchMedia && win.matchMedia('(prefers-color-scheme: dark)').matches;
    return /dark/.test(scheme) && (prefersDark || !/light/.test(scheme)) ? 'dark' : 'light';
  }

  function highlightsSupported() {
    return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  }

  class Painter {
    constructor(doc) {
      this.doc = doc;
      this.dimmed = [];  // elements we set ATTR on
      this.items = [];   // {range?, el?, kind, tip} for tooltips
      this.keep = new Set();
      this.counts = { officials: 0, dates: 0, boilerplate: 0, dimmedElements: 0, unpainted: 0 };
    }

    // paint shows state (see shim.js) for the layers switched on.
    paint(state, layers) {
      this.clear();
      // Only set on dark pages (and removed by clear): light pages keep their <html> untouched.
      // Read once, before any mark changes styles: a computed style read after
      // the marks would make the browser restyle the whole page on the spot
      // (seconds on a page of 100,000 elements). The panel reuses it.
      this.theme = pageTheme(this.doc);
      if (this.theme === 'dark') this.doc.documentElement.setAttribute(THEME, 'dark');
      this.add(state.res, state.anchors, layers, state.firstBlocks);
    }

    // add paints one more part of a big page (shim.js annotates the article
    // first and the rest in parts) on top of what is painted.
    add(res, anchors, layers, partFrom = Infinity) {
      const sets = { official: [], date: [], boilerplate: [] };
      if (layers.officials) {
        for (const { official: o, ranges } of anchors.officials) {
          const tip = o.role ? `${o.name} — ${o.role}` : o.name;
          for (const r of ranges) { sets.official.push(r); this.items.push({ range: r, kind: 'official', tip }); }
        }
      }
      if (layers.dates) {
        for (const { date: d, range } of anchors.dates) {
          if (!range) continue;
          const tip = `${d.text} → ${d.words || d.value}`;
          sets.date.push(range);
          this.items.push({ range, kind: 'date', tip });
        }
      }
      if (layers.boilerplate) this.boilerplate(res, anchors, sets.boilerplate, partFrom);
      if (highlightsSupported()) {
        for (const [kind, ranges] of Object.entries(sets)) {
          if (!ranges.length) continue;
          // A new Highlight, filled before it is registered: adding ranges one
          // by one to a registered one costs Chromium a pass over all of them
          // each time (minutes for a big page's thousands of dates).
          const had = CSS.highlights.get(HL[kind]);
          const h = new Highlight();
          if (had) for (const r of had) h.add(r);
          for (const r of ranges) h.add(r);
          CSS.highlights.set(HL[kind], h);
        }
      }
      this.counts.officials += sets.official.length;
      this.counts.dates += sets.date.length;
    }

    // Blocks from partFrom on come from a big page's later parts: counted, not
    // painted: a translucent element is a compositing effect of its own
    // (Chromium took half a minute to lay out each part's 2,000 more on a page
    // of 28,000 comments), and as many highlight ranges cost a second a part.
    boilerplate(res, anchors, out, partFrom = Infinity) {
      // keep: elements that hold (or contain) a block the reader keeps; never
      // dimmed as a whole (kept across the parts of a big page).
      const keep = this.keep;
      const groups = new Map();
      res.blocks.forEach((b, i) => {
        const a = anchors.blocks[i];
        if (!a || !a.el) return;
        if (!b.boilerplate) {
          for (let e = a.el; e && !keep.has(e); e = e.parentElement) keep.add(e);
          return;
        }
        if (!groups.has(a.el)) groups.set(a.el, []);
        groups.get(a.el).push(i);
      });
      const doc = this.doc;
      // outermost: the highest ancestor that holds no kept block (and is no
      // article/main/body): one dimmed element per menu or footer instead of one
      // per link; tens of thousands of translucent elements stall a big page's style.
      const stop = (e) => !e || keep.has(e) || e === doc.body || e === doc.documentElement || e.localName === 'article' || e.localName === 'main';
      const outermost = (e) => {
        if (keep.has(e)) return e;
        while (!stop(e.parentElement)) e = e.parentElement;
        return e;
      };
      res.blocks.forEach((b, i) => {
        const a = anchors.blocks[i];
        if (!b.boilerplate || !a) return;
        this.counts.boilerplate++;
        const tip = `Dimmed: ${b.reason || b.label || 'boilerplate'}`;
        const el = a.el && outermost(a.el);
        if (i >= partFrom) { this.counts.unpainted++; return; }
        if (el && !keep.has(el) && el !== doc.body && el !== doc.documentElement) {
          if (!el.hasAttribute(ATTR)) {
            el.setAttribute(ATTR, b.reason || 'boilerplate');
            this.dimmed.push(el);
            this.items.push({ el, kind: 'boilerplate', tip });
          }
          return;
        }
        const r = a.stream.range(a.start, a.end);
        if (r) { out.push(r); this.items.push({ range: r, kind: 'boilerplate', tip }); }
      });
      this.counts.dimmedElements = this.dimmed.length;
    }

    clear() {
      if (highlightsSupported()) for (const name of Object.values(HL)) CSS.highlights.delete(name);
      for (const el of this.dimmed) el.removeAttribute(ATTR);
      this.doc.documentElement.removeAttribute(THEME);
      this.dimmed = [];
      this.items = [];
      this.keep = new Set();
      this.counts = { officials: 0, dates: 0, boilerplate: 0, dimmedElements: 0, unpainted: 0 };
    }

    // itemAt returns the painted item under the viewport point (x, y), or null.
    itemAt(x, y, target) {
      const doc = this.doc;
      let node = null, off = 0;
      if (doc.caretPositionFromPoint) {
        const p = doc.caretPositionFromPoint(x, y);
        if (p) { node = p.offsetNode; off = p.offset; }
      } else if (doc.caretRangeFromPoint) {
        const r = doc.caretRangeFromPoint(x, y);
        if (r) { node = r.startContainer; off = r.startOffset; }
      }
      const inRects = (range) => {
        for (const q of range.getClientRects()) {
          if (x >= q.left && x <= q.right && y >= q.top && y <= q.bottom) return true;
        }
        return false;
      };
      let dimmed = null;
      for (const it of this.items) {
        if (it.range) {
          // caretPositionFromPoint snaps to the nearest caret; the rects say whether the pointer is on the text.
          if (node && it.range.isPointInRange(node, off) && inRects(it.range)) return it;
        } else if (target && it.el.contains(target)) {
          dimmed = it;
        }
      }
      return dimmed;
    }
  }

  Object.assign(NS, { Painter, HL, ATTR, THEME, pageTheme, highlightsSupported });
})(globalThis);
