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

  function highlightsSupported() {
    return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  }

  class Painter {
    constructor(doc) {
      this.doc = doc;
      this.dimmed = [];  // elements we set ATTR on
      this.items = [];   // {range?, el?, kind, tip} for tooltips
      this.counts = { officials: 0, dates: 0, boilerplate: 0, dimmedElements: 0 };
    }

    // paint shows state (see shim.js) for the layers switched on.
    paint(state, layers) {
      this.clear();
      const { res, anchors } = state;
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
      if (layers.boilerplate) this.boilerplate(res, anchors, sets.boilerplate);
      if (highlightsSupported()) {
        for (const [kind, ranges] of Object.entries(sets)) {
          if (ranges.length) CSS.highlights.set(HL[kind], new Highlight(...ranges));
        }
      }
      this.counts.officials = sets.official.length;
      this.counts.dates = sets.date.length;
    }

    boilerplate(res, anchors, out) {
      // keep: elements that hold (or contain) a block the reader keeps; never dimmed as a whole.
      const keep = new Set();
      const groups = new Map();
      res.blocks.forEach((b, i) => {
        const a = anchors.blocks[i];
        if (!a || !a.el) return;
        if (!b.boilerplate) {
          for (let e = a.el; e; e = e.parentElement) keep.add(e);
          return;
        }
        if (!groups.has(a.el)) groups.set(a.el, []);
        groups.get(a.el).push(i);
      });
      const doc = this.doc;
      res.blocks.forEach((b, i) => {
        const a = anchors.blocks[i];
        if (!b.boilerplate || !a) return;
        this.counts.boilerplate++;
        const tip = `Dimmed: ${b.reason || b.label || 'boilerplate'}`;
        const el = a.el;
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
      this.dimmed = [];
      this.items = [];
      this.counts = { officials: 0, dates: 0, boilerplate: 0, dimmedElements: 0 };
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

  Object.assign(NS, { Painter, HL, ATTR, highlightsSupported });
})(globalThis);
