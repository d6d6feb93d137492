// shim.js — the one flow shared by the extension and `make serve`:
// serialize the page → transport.annotate → anchor → paint + panel, and
// repaint or undo when the reader's settings change.
//
// A transport is the only thing that differs between the two:
//   annotate(page, metaJSON) → Promise<string>   the core's JSON
//   getSettings() → Promise<settings>
//   onSettings(cb)                                 cb(settings) on every change
// settings: {enabled: bool, layers: {boilerplate, officials, dates, links: bool}}
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});
  const MAX_PAGE = 32 << 20; // characters; bigger pages are left alone

  const DEFAULTS = { enabled: true, layers: { boilerplate: true, officials: true, dates: true, links: true } };

  function withDefaults(s) {
    s = s || {};
    return { enabled: s.enabled !== false, layers: Object.assign({}, DEFAULTS.layers, s.layers || {}) };
  }

  // serialize returns the page as the core reads it, without crossread's own nodes.
  function serialize(doc, panel) {
    const attached = panel && panel.host.isConnected;
    if (attached) panel.host.remove();
    try { return doc.documentElement.outerHTML; } finally { if (attached) panel.attach(); }
  }

  function start(transport, doc = root.document) {
    if (!doc || !doc.documentElement || doc.documentElement.localName !== 'html' || !doc.body) return null;
    const { Painter, Panel, anchorResult } = NS;
    const painter = new Painter(doc);
    const panel = new Panel(doc);
    let state = null, running = null, settings = withDefaults();
    const ctl = { state: () => state, painter, panel, timings: {} };

    async function annotate() {
      if (state) return state;
      if (!running) {
        running = (async () => {
          const t0 = performance.now();
          const page = serialize(doc, panel);
          if (page.length > MAX_PAGE) throw new Error('page too large');
          // All layers run once; the reader's toggles only choose what is painted.
          const meta = { url: doc.location ? doc.location.href : '', name: 'page.html',
            layers: { boilerplate: true, officials: true, dates: true, events: true } };
          const json = await transport.annotate(page, JSON.stringify(meta));
          const t1 = performance.now();
          const res = JSON.parse(json);
          if (res.error) throw new Error(res.error);
          const anchors = anchorResult(doc, res);
          ctl.timings = { annotate: t1 - t0, anchor: performance.now() - t1 };
          state = { res, anchors };
          return state;
        })();
      }
      return running;
    }

    function onPick(range, tip, scroll) {
      if (!range) return;
      const el = range.startContainer.parentElement;
      if (scroll && el) el.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      if (r.bottom < 0 || r.top > root.innerHeight) return; // off screen: no tooltip pointing nowhere
      panel.showTip(tip, r.left, r.bottom - 12);
    }

    async function apply(s) {
      settings = withDefaults(s);
      if (!settings.enabled) { undo(); return; }
      try {
        await annotate();
      } catch (e) {
        // The page stays untouched; the reason goes to the console, not the page.
        console.warn('crossread:', e && e.message ? e.message : e);
        return;
      }
      if (!settings.enabled) return; // switched off while the core ran
      painter.paint(state, settings.layers);
      panel.render(state, settings.layers, painter.counts, onPick);
      // Timings for the e2e and for readers curious about cost (no page text in attributes).
      panel.host.setAttribute('data-annotate-ms', String(Math.round(ctl.timings.annotate || 0)));
      panel.host.setAttribute('data-anchor-ms', String(Math.round(ctl.timings.anchor || 0)));
      const st = state.anchors.stats;
      panel.host.setAttribute('data-anchors', `path=${st.path} container=${st.container} body=${st.body} missed=${st.missed}`);
      panel.attach();
    }

    function undo() {
      painter.clear();
      panel.hideTip();
      panel.remove();
    }

    // Tooltips: one rAF-throttled pointer listener, on the painted items only.
    let pending = null;
    doc.addEventListener('pointermove', (e) => {
      if (!settings.enabled || !state) return;
      const { clientX: x, clientY: y, target } = e;
      if (pending) return;
      pending = root.requestAnimationFrame(() => {
        pending = null;
        if (target === panel.host) return;
        const it = painter.itemAt(x, y, target);
        if (it) panel.showTip(it.tip, x, y); else panel.hideTip();
      });
    }, { passive: true });

    ctl.apply = apply;
    ctl.undo = undo;
    ctl.ready = transport.getSettings().then(apply);
    transport.onSettings((s) => { ctl.ready = apply(s); });
    return ctl;
  }

  Object.assign(NS, { start, serialize, withDefaults, DEFAULTS });
})(globalThis);
