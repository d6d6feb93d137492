// panel.js — what crossread puts in the page besides its marks: the tooltip
// and at most one small control, in a shadow root on a host element appended
// to <html> (outside <body>, position: fixed: no layout change). The list
// itself lives in the browser's side panel (sidepanel.html, fed by messages);
// the control opens it. Modes (NS.panelMode):
//   'side'    (extension) the control, collapsed, placed off the article's text
//             column and off the page's own fixed and sticky elements, or not
//             shown at all when no such place exists. Where the browser has no
//             side panel, it expands into the panel in the page on demand.
//   'column'  (`make serve`, the reader view: crossread's own pages) the panel
//             in a column beside the article, which the page makes room for.
// Built with DOM calls and textContent only. The shadow root is closed on web
// pages (see open-shadow.js for where it is open).
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});
  const HOST = 'crossread-panel';
  const COLUMN = 360; // px, the column mode's width
  const SIZE = 32;    // px, the control

  // Colours come in pairs checked for >= 4.5:1 (text on its own background).
  // Theme: the host's data-theme, from the page's own background (pageTheme in
  // paint.js), wins; without it, prefers-color-scheme decides.
  const CSS_TEXT = `
:host { all: initial; --fg: #1a1a1a; --bg: #fffdf6; --muted: #4a4a4a; --head: #5a4d16; --line: #7a6a2a;
  --btn: #f1ecd9; --focus: #1a5fb4; --ok: #1d5e20; }
:host([data-theme="dark"]) { --fg: #f0f0f0; --bg: #24211a; --muted: #c8c8c8; --head: #e3cf7a; --line: #c9b15a;
  --btn: #3a3526; --focus: #8cb8ff; --ok: #9fdc9f; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme])) { --fg: #f0f0f0; --bg: #24211a; --muted: #c8c8c8; --head: #e3cf7a; --line: #c9b15a;
    --btn: #3a3526; --focus: #8cb8ff; --ok: #9fdc9f; }
}
.panel { position: fixed; top: 12px; right: 12px; z-index: 2147483647; box-sizing: border-box;
  width: 320px; max-height: calc(100vh - 24px); overflow: auto; padding: 10px 12px;
  font: 13px/1.4 system-ui, sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.panel[hidden], .control[hidden] { display: none; }
.panel.column { top: 0; right: 0; bottom: 0; width: ${COLUMN}px; max-height: none; border-radius: 0; box-shadow: none;
  border-width: 0 0 0 1px; }
.panel:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.head strong { font-size: 14px; }
button { font: inherit; color: inherit; background: var(--btn); border: 1px solid var(--line);
  border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.control { position: fixed; z-index: 2147483647; width: ${SIZE}px; height: ${SIZE}px; padding: 0; border-radius: 50%;
  font: bold 12px/1 system-ui, sans-serif; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  box-shadow: 0 1px 4px rgba(0,0,0,.3); opacity: .85; }
.control:hover, .control:focus-visible { opacity: 1; }
h2 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--head); }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
li button { all: unset; cursor: pointer; display: block; width: 100%; border-radius: 3px; }
li button:hover { background: var(--btn); }
.role, .day, .note, .id { color: var(--muted); }
.id { font: 11px ui-monospace, monospace; }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 10px; padding-top: 8px;
  border-top: 1px solid var(--line); }
.status { flex-basis: 100%; color: var(--ok); margin: 0; }
.dimmed { margin: 10px 0 0; } .dimmed-why { margin: 2px 0 0; }
.tip { position: fixed; z-index: 2147483647; max-width: 340px; padding: 4px 8px; border-radius: 4px;
  font: 12px/1.4 system-ui, sans-serif; background: #1a1a1a; color: #fff; pointer-events: none; }
.tip[hidden] { display: none; }
@media (forced-colors: active) {
  :host { forced-color-adjust: auto; }
  .panel, .tip, .control { border: 1px solid CanvasText; box-shadow: none; }
  button { border: 1px solid ButtonText; }
  .panel:focus-visible, button:focus-visible { outline: 3px solid Highlight; }
  li button:hover { background: none; outline: 1px solid Highlight; }
}
`;

  class Panel {
    constructor(doc) {
      this.doc = doc;
      this.mode = NS.panelMode === 'column' ? 'column' : 'side';
      this.host = doc.createElement(HOST);
      this.shadow = this.host.attachShadow({ mode: NS.shadowMode === 'open' ? 'open' : 'closed' });
      const style = doc.createElement('style');
      style.textContent = CSS_TEXT;
      const h = NS.panelView.h;
      this.box = h(doc, 'section', { class: this.mode === 'column' ? 'panel column' : 'panel', tabindex: '0', role: 'complementary', 'aria-label': 'crossread' });
      this.tip = h(doc, 'div', { class: 'tip', role: 'tooltip', hidden: '' });
      this.control = h(doc, 'button', { type: 'button', class: 'control', hidden: '', 'aria-label': 'cr: show crossread\'s panel',
        title: 'Show crossread\'s panel', 'aria-expanded': 'false', onclick: () => this.open() }, 'cr');
      if (this.mode === 'side') this.box.hidden = true;
      this.shadow.append(style, this.box, this.control, this.tip);
      this.box.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && this.mode === 'side') { this.collapse(); this.control.focus(); e.stopPropagation(); }
      });
      this.model = null;
      this.controlOff = false; // the reader dismissed the control for this site
      if (this.mode !== 'column') {
        let t = 0;
        const later = () => { if (!t) t = root.setTimeout(() => { t = 0; this.place(); }, 250); };
        root.addEventListener('resize', later, { passive: true });
        root.addEventListener('scroll', later, { passive: true }); // sticky elements move as the page scrolls
      }
    }

    attach() {
      // crossread's own pages make room for the column: the article is never under it.
      if (this.mode === 'column') this.doc.documentElement.style.setProperty('margin-right', `${COLUMN}px`);
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
      if (this.mode === 'side') this.place();
    }

    remove() {
      this.host.remove();
      if (this.mode === 'column') {
        this.doc.documentElement.style.removeProperty('margin-right');
        if (!this.doc.documentElement.getAttribute('style')) this.doc.documentElement.removeAttribute('style');
      }
    }

    // open: the side panel when the browser has one (NS.openPanel, set by the
    // extension, answers false where it has none), else the panel in the page.
    async open() {
      const opened = NS.openPanel ? await NS.openPanel().catch(() => false) : false;
      if (!opened) this.expand();
    }

    // reveal shows the panel and moves keyboard focus into it (the in-page fallback of "open the panel").
    reveal() {
      this.attach();
      if (this.mode === 'side') this.expand(); else this.box.focus();
    }

    expand() {
      this.box.hidden = false;
      this.control.setAttribute('aria-expanded', 'true');
      this.host.setAttribute('data-expanded', 'true');
      this.draw();
      this.box.focus();
    }

    collapse() {
      if (this.mode !== 'side') return;
      this.box.hidden = true;
      this.control.setAttribute('aria-expanded', 'false');
      this.host.removeAttribute('data-expanded');
    }

    // showControl: false hides the control for this site (the reader's choice, kept by the extension).
    showControl(on) {
      this.controlOff = !on;
      if (!on) this.collapse();
      this.place();
    }

    // render takes the shim's state: the model for the side panel (NS.onPanel),
    // and the panel in the page where it shows. theme is the page's (pageTheme).
    render(state, layers, counts, onPick, theme) {
      const doc = this.doc;
      this.state = state;
      this.onPick = onPick;
      this.model = NS.panelView.model(state, layers, counts, doc);
      if (theme === undefined) theme = NS.pageTheme ? NS.pageTheme(doc) : '';
      if (theme) this.host.setAttribute('data-theme', theme); else this.host.removeAttribute('data-theme');
      this.host.setAttribute('data-state', 'ready');
      this.host.setAttribute('data-article', this.model.article);
      this.draw();
      if (NS.onPanel) NS.onPanel(this.model);
    }

    draw() {
      if (!this.model || (this.mode === 'side' && this.box.hidden)) return;
      const doc = this.doc, h = NS.panelView.h;
      NS.panelView.render(doc, this.box, this.model, this.actions());
      const head = h(doc, 'div', { class: 'head' }, h(doc, 'strong', {}, 'crossread'));
      if (this.mode === 'side') {
        head.append(h(doc, 'button', { type: 'button', class: 'hide-site', onclick: () => { if (NS.setControl) NS.setControl(false); this.showControl(false); } }, 'Hide on this site'),
          h(doc, 'button', { type: 'button', class: 'close', onclick: () => { this.collapse(); this.control.focus(); } }, 'Close'));
      }
      this.box.prepend(head);
    }

    // actions: what the panel's buttons do, here in the page (the side panel sends the same by message).
    actions() {
      const steps = new Map();
      return {
        pick: (kind, i, scroll) => this.pick(kind, i, scroll, steps),
        unpick: () => this.hideTip(),
        openReport: NS.openReport ? (id) => NS.openReport(id) : null,
        exportAnnotations: NS.exportAnnotations ? () => this.exportAnnotations() : null,
        importFile: async (text) => this.importAnnotations(text),
      };
    }

    // pick shows an official's next mention (each click steps on) or a date, in the page.
    pick(kind, i, scroll, steps = this.steps || (this.steps = new Map())) {
      const st = this.state;
      if (!st || !this.onPick) return;
      if (kind === 'official') {
        const x = st.anchors.officials[i];
        if (!x) return;
        const live = x.ranges.filter(Boolean), o = x.official;
        const at = (steps.get(i) || 0) % Math.max(1, live.length);
        const tip = `${o.role ? `${o.name} — ${o.role}` : o.name}${live.length > 1 ? ` (mention ${at + 1} of ${live.length})` : ''}`;
        this.onPick(live[at], tip, scroll);
        if (scroll) steps.set(i, at + 1);
      } else if (kind === 'date') {
        const x = st.anchors.dates[i];
        if (x) this.onPick(x.range, `${x.date.text} → ${x.date.words || x.date.value}`, scroll);
      }
    }

    exportAnnotations() {
      const json = NS.exportAnnotations(this.state, this.doc);
      json.host = (this.doc.location && this.doc.location.hostname) || 'page';
      return json;
    }

    importAnnotations(text) {
      const got = NS.importAnnotations(text, this.doc);
      this.imported = got;
      const st = got.stats;
      this.host.setAttribute('data-imported', `${st.total - st.missed}/${st.total}`);
      return st;
    }

    // place puts the control where it covers neither the article's text
    // column nor any fixed or sticky element of the page, trying spots along
    // both side edges; with none free it is not shown.
    place() {
      const c = this.control;
      if (this.mode !== 'side' || this.controlOff || !this.state || !this.host.isConnected) { c.hidden = true; this.host.setAttribute('data-control', 'hidden'); return; }
      const doc = this.doc, win = doc.defaultView;
      const vw = doc.documentElement.clientWidth, vh = doc.documentElement.clientHeight;
      const col = this.column();
      const M = 8;
      const spots = [];
      for (const fy of [0.3, 0.7, 0.15, 0.85, 0.4, 0.6]) {
        const y = Math.round(vh * fy - SIZE / 2);
        spots.push([vw - SIZE - M, y], [M, y]);
      }
      c.hidden = true; // not in the way of its own probes
      for (const [x, y] of spots) {
        if (y < M || y + SIZE > vh - M || x < 0) continue;
        if (col && x < col.right + M && x + SIZE > col.left - M) continue;
        if (this.covered(win, doc, x - M, y - M, SIZE + 2 * M)) continue;
        c.style.left = `${x}px`;
        c.style.top = `${y}px`;
        c.hidden = false;
        this.host.setAttribute('data-control', `${x},${y}`);
        return;
      }
      this.host.setAttribute('data-control', 'hidden');
    }

    // column: the horizontal extent of the article's kept blocks (the first
    // ones: a big page's comments are not the article), in viewport pixels.
    column() {
      const st = this.state;
      let left = Infinity, right = -Infinity, n = 0;
      const blocks = st.res.blocks;
      for (let i = 0; i < blocks.length && n < 200; i++) {
        const a = st.anchors.blocks[i];
        if (blocks[i].boilerplate || !a || !a.el || !a.el.isConnected) continue;
        const r = a.el.getBoundingClientRect();
        if (!r.width) continue;
        left = Math.min(left, r.left); right = Math.max(right, r.right); n++;
      }
      return n ? { left, right } : null;
    }

    // covered: is any element at the square's corners or centre fixed or sticky (or inside one)?
    covered(win, doc, x, y, size) {
      for (const [px, py] of [[x, y], [x + size, y], [x, y + size], [x + size, y + size], [x + size / 2, y + size / 2]]) {
        for (const el of doc.elementsFromPoint(px, py)) {
          if (el === this.host || el === doc.documentElement || el === doc.body) continue;
          for (let e = el; e && e !== doc.body; e = e.parentElement) {
            const p = win.getComputedStyle(e).position;
            if (p === 'fixed' || p === 'sticky') return true;
          }
        }
      }
      return false;
    }

    showTip(text, x, y) {
      this.tip.textContent = text;
      this.tip.hidden = false;
      const w = this.doc.documentElement.clientWidth || 800;
      this.tip.style.left = `${Math.max(4, Math.min(x + 12, w - 350))}px`;
      this.tip.style.top = `${y + 16}px`;
    }

    hideTip() { this.tip.hidden = true; }
  }

  Object.assign(NS, { Panel, HOST, PANEL_CSS: CSS_TEXT });
})(globalThis);
