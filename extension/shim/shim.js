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

  function start(transport, doc = root.document) {
    if (!doc || !doc.documentElement || doc.documentElement.localName !== 'html' || !doc.body) return null;
    const { Painter, Panel, anchorResult, anchorResultSliced } = NS;
    const painter = new Painter(doc);
    const panel = new Panel(doc);
    let state = null, running = null, busy = false, settings = withDefaults(), started = 0, generation = 0;
    const ctl = { state: () => state, painter, panel, timings: {} };

    // A big page (an article, then megabytes of reader comments) is read in
    // parts: the first FIRST characters of text, where the article is, are
    // annotated and painted at once; the rest follows in parts of PART
    // characters (rest below), each a page of its own for the core, so no
    // message, core run, parse or paint grows with the page.
    const FIRST = 60000, PART = 200000;
    const meta = (first) => JSON.stringify({ url: doc.location ? doc.location.href : '', name: 'page.html', compact: true, lean: true, tree: true,
      layers: { boilerplate: true, officials: true, dates: true, events: first } });
    // All layers run once; the reader's toggles only choose what is painted.
    // compact: neighbouring boilerplate blocks come as one block on their common element.
    // tree: the writer closes every element, so the core parses it as written (doc.ParseTree).
    // lean: dimmed blocks come as length and hash, checked where they are (anchor.js).
    async function core(page, first) {
      if (page.length > MAX_PAGE) throw new Error('page too large');
      const res = JSON.parse(await transport.annotate(page, meta(first)));
      if (res.error) throw new Error(res.error);
      return res;
    }

    async function annotate() {
      if (state) return state;
      if (!running) {
        running = (async () => {
          const t0 = performance.now();
          started = started || t0;
          lastAnnotate = Date.now();
          const gen = generation;
          // In slices, as the anchoring below: neither may be a long task on a big page.
          const w = new NS.Writer(doc);
          const whole = await NS.partSliced(w, FIRST);
          const textLen = whole ? textLength() : -1; // a big page's is read once the rest is done
          const page = w.part();
          if (page.length > MAX_PAGE) throw new Error('page too large'); // before it is sent, as core() does
          const ts = performance.now();
          const json = await transport.annotate(page, meta(true));
          const t1 = performance.now();
          const res = JSON.parse(json);
          if (res.error) throw new Error(res.error);
          const t2 = performance.now();
          const anchors = await anchorResultSliced(doc, res, 30, whole ? null : w.cut);
          // Where the time goes (make bench prints these): the core's own time
          // comes from the side that ran the wasm, when the transport knows it.
          ctl.timings = { started, annotate: t1 - t0, anchor: performance.now() - t1, serialize: ts - t0,
            transport: t1 - ts, core: transport.lastCoreMs || 0,
            there: transport.lastTrip ? transport.lastTrip.there : 0, back: transport.lastTrip ? transport.lastTrip.back : 0,
            boot: transport.lastTrip && transport.lastTrip.core ? transport.lastTrip.core.boot : null,
            warmed: transport.lastTrip && transport.lastTrip.core ? transport.lastTrip.core.warmed : -1, parse: t2 - t1, anchorOnly: performance.now() - t2 };
          if (gen !== generation) throw new Error('superseded');
          state = { res, anchors, textLen, rest: whole ? null : w, parts: 1, firstBlocks: (res.blocks || []).length };
          return state;
        })();
        busy = true;
        running.then((st) => { if (!st.rest) busy = false; }, () => { busy = false; });
      }
      return running;
    }

    // rest annotates and paints the rest of a big page, part by part, after
    // its first part is painted; the panel follows each part.
    async function rest(st) {
      const w = st.rest, gen = generation;
      st.rest = null;
      try {
        for (let done = false; !done;) {
          await NS.yieldTask();
          w.resume();
          const open = new Set(w.open); // written in part at this part's start too
          done = await NS.partSliced(w, PART);
          if (!done) for (const el of w.cut) open.add(el);
          const res = await core(w.part(), false);
          const anchors = await anchorResultSliced(doc, res, 30, open);
          if (gen !== generation || state !== st) return;
          NS.mergeResult(st, res, anchors);
          st.parts++;
          if (settings.enabled) {
            painter.add(res, anchors, settings.layers, 0);
            panel.render(st, settings.layers, painter.counts, onPick, painter.theme);
          }
        }
        await NS.yieldTask();
        st.textLen = textLength();
        if (panel.host) panel.host.setAttribute('data-parts', String(st.parts));
      } catch (e) {
        console.warn('crossread:', e && e.message ? e.message : e);
      } finally {
        if (gen === generation) busy = false;
      }
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
      paintAll();
      observe();
      if (state.rest) rest(state);
      schedule(DEBOUNCE); // switched back on: the page may have changed while we were not looking
    }

    function paintAll() {
      const p0 = performance.now();
      painter.paint(state, settings.layers);
      const p1 = performance.now();
      // A user-timing mark (DevTools' performance panel, the e2e): when this
      // page's marks were first handed to the browser to draw.
      if (!ctl.painted) {
        ctl.painted = true;
        try { performance.mark('crossread:painted'); } catch (e) { /* no User Timing: nothing to mark */ }
      }
      panel.render(state, settings.layers, painter.counts, onPick, painter.theme);
      ctl.timings.paint = p1 - p0;
      ctl.timings.panel = performance.now() - p1;
      // Timings for the e2e and for readers curious about cost (no page text in attributes).
      panel.host.setAttribute('data-annotate-ms', String(Math.round(ctl.timings.annotate || 0)));
      panel.host.setAttribute('data-anchor-ms', String(Math.round(ctl.timings.anchor || 0)));
      const t = ctl.timings, ms = (x) => (x || 0).toFixed(1);
      panel.host.setAttribute('data-timings', `total=${ms((t.annotate || 0) + (t.anchor || 0))} serialize=${ms(t.serialize)} transport=${ms(t.transport)} core=${ms(t.core)} there=${ms(t.there)} back=${ms(t.back)} parse=${ms(t.parse)} anchor=${ms(t.anchorOnly)} paint=${ms(t.paint)} panel=${ms(t.panel)} started=${ms(t.started)} warmed=${t.warmed}` +
        (t.boot ? ` fetch=${ms(t.boot.fetch)} compile=${ms(t.boot.compile)} start=${ms(t.boot.start)}` : ''));
      const st = state.anchors.stats;
      panel.host.setAttribute('data-anchors', `path=${st.path} container=${st.container} body=${st.body} missed=${st.missed}`);
      // Hardly any kept text (an app shell, an article inside a shadow root the
      // serialization cannot see): say "no article" rather than guess.
      const words = (state.res.blocks || []).reduce((n, b) => n + (b.boilerplate ? 0 : (b.text || '').split(' ').length), 0);
      panel.host.setAttribute('data-article', words >= 40 ? 'yes' : 'none');
      panel.attach();
    }

    // ---- re-render and infinite scroll ----
    // Frameworks replace the article's nodes after load and feeds append more;
    // highlight ranges on detached nodes paint nothing. One debounced observer
    // re-anchors the same result (path → container → quote search) when the
    // text is about the same, and annotates again when it changed substantially.
    // crossread's own painting never reaches it: highlights and the boilerplate
    // attribute are not childList/characterData changes (attributes are not
    // observed), the panel draws inside its own shadow root, and the panel host
    // being attached is filtered out below.
    const DEBOUNCE = 300, MAX_WAIT = 2000, MIN_REANNOTATE = 1500, MAX_REANNOTATE = 30;
    let timer = 0, since = 0, lastAnnotate = 0, reannotations = 0;
    const observer = typeof root.MutationObserver === 'function' ? new root.MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList' && Array.prototype.every.call(r.addedNodes, own) && Array.prototype.every.call(r.removedNodes, own)) continue;
        schedule(DEBOUNCE);
        return;
      }
    }) : null;
    function own(n) { return n === panel.host; }
    function textLength() { return doc.body ? doc.body.textContent.length : 0; }

    function observe() {
      if (observer) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    }

    // schedule debounces, but a page that never stops changing still gets a look every MAX_WAIT.
    function schedule(ms) {
      if (timer) {
        if (Date.now() - since > MAX_WAIT) return;
        root.clearTimeout(timer);
      } else since = Date.now();
      timer = root.setTimeout(() => { timer = 0; recheck(); }, ms);
    }

    // live: the block's element and first text node are still in the page.
    // A dimmed block whose stream was never needed is its element: building
    // streams here for thousands of them would make every DOM change of an
    // endless page a long task.
    function live(a) {
      if (!a) return true;
      if (a.el && !a.el.isConnected) return false;
      if (a.built === false) return true;
      const s = a.stream;
      if (!s.str.length) return true;
      const [n] = s.at(s.unit(a.start));
      return !n || n.isConnected;
    }

    function recheck() {
      if (!settings.enabled) return;
      if (busy) { schedule(DEBOUNCE); return; } // the core is running: look again once it is done
      if (!state) return; // the core failed on this page: leave it alone
      if (state.textLen < 0) return; // a big page's rest is still being read
      const len = textLength();
      const changed = Math.abs(len - state.textLen) > Math.max(200, state.textLen * 0.1);
      if (!changed) {
        if (state.anchors.blocks.every(live)) return;
        const anchors = anchorResult(doc, state.res);
        if (anchors.stats.missed - state.anchors.stats.missed <= Math.max(2, state.res.blocks.length * 0.2)) {
          state = Object.assign({}, state, { anchors });
          paintAll();
          return;
        }
      }
      if (reannotations >= MAX_REANNOTATE) return; // a page rewriting itself forever: keep what we have
      const wait = lastAnnotate + MIN_REANNOTATE - Date.now();
      if (wait > 0) { schedule(wait); return; }
      reannotations++;
      generation++;
      state = null;
      running = null;
      ctl.ready = apply(settings);
    }

    function undo() {
      generation++; // a big page's remaining parts stop
      busy = false;
      if (observer) observer.disconnect();
      if (timer) { root.clearTimeout(timer); timer = 0; }
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
    // reannotate: the whole way again, as if the page had changed.
    ctl.reannotate = () => {
      if (busy && running) return running.then(() => ctl.reannotate(), () => ctl.reannotate());
      generation++;
      state = null;
      running = null;
      return (ctl.ready = apply(settings));
    };
    ctl.ready = transport.getSettings().then(apply);
    transport.onSettings((s) => { ctl.ready = apply(s); });
    return ctl;
  }

  // mergeResult adds a later part's result and anchors to a big page's state:
  // its blocks after the others (the spans' block numbers shifted with them),
  // an official named again gets the new mentions.
  function mergeResult(st, res, anchors) {
    const base = st.res.blocks.length;
    const shift = (m) => Object.assign({}, m, { block: m.block + base });
    for (const b of res.blocks || []) st.res.blocks.push(b);
    for (const a of anchors.blocks) st.anchors.blocks.push(a);
    const byName = new Map(st.anchors.officials.map((x) => [x.official.name, x]));
    (res.officials || []).forEach((o, i) => {
      const mentions = (o.mentions || []).map(shift), had = byName.get(o.name);
      if (had) {
        for (const m of mentions) had.official.mentions.push(m);
        for (const r of anchors.officials[i].ranges) had.ranges.push(r);
      } else {
        const official = Object.assign({}, o, { mentions });
        st.res.officials = st.res.officials || [];
        st.res.officials.push(official);
        st.anchors.officials.push({ official, ranges: anchors.officials[i].ranges });
      }
    });
    (res.dates || []).forEach((d, i) => {
      const date = shift(d);
      st.res.dates = st.res.dates || [];
      st.res.dates.push(date);
      st.anchors.dates.push({ date, range: anchors.dates[i].range });
    });
    for (const k of Object.keys(st.anchors.stats)) st.anchors.stats[k] += anchors.stats[k] || 0;
  }

  Object.assign(NS, { start, withDefaults, DEFAULTS, mergeResult });
})(globalThis);
