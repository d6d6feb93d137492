// panel.js — the in-page panel and the tooltip, in a shadow root on a host
// element appended to <html> (outside <body>, position: fixed: no layout
// change). Built with DOM calls and textContent only: page text is never
// parsed as HTML. The shadow root is closed on web pages (see open-shadow.js
// for where it is open).
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});
  const HOST = 'crossread-panel';

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
  border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.25);
  transition: width .15s ease; }
.panel:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.head strong { font-size: 14px; }
button { font: inherit; color: inherit; background: var(--btn); border: 1px solid var(--line);
  border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.collapsed .body { display: none; }
.collapsed { width: auto; }
h2 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--head); }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
li button { all: unset; cursor: pointer; display: block; width: 100%; border-radius: 3px; }
li button:hover { background: var(--btn); }
.role, .day, .note, .id { color: var(--muted); }
.id { font: 11px ui-monospace, monospace; }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 10px; padding-top: 8px;
  border-top: 1px solid var(--line); }
.status { flex-basis: 100%; color: var(--ok); }
.status { margin: 0; }
.dimmed { margin: 10px 0 0; } .dimmed-why { margin: 2px 0 0; }
.tip { position: fixed; z-index: 2147483647; max-width: 340px; padding: 4px 8px; border-radius: 4px;
  font: 12px/1.4 system-ui, sans-serif; background: #1a1a1a; color: #fff; pointer-events: none; }
.tip[hidden] { display: none; }
@media (forced-colors: active) {
  :host { forced-color-adjust: auto; }
  .panel, .tip { border: 1px solid CanvasText; box-shadow: none; }
  button { border: 1px solid ButtonText; }
  .panel:focus-visible, button:focus-visible { outline: 3px solid Highlight; }
  li button:hover { background: none; outline: 1px solid Highlight; }
}
@media (prefers-reduced-motion: reduce) { .panel { transition: none; } }
`;

  // dctNote says which day relative dates were resolved against and where it came from.
  const DCT_FROM = { given: 'as given', meta: "from the page's metadata", jsonld: "from the page's metadata",
    time: "from the page's metadata", url: 'from the address', text: 'from the byline or dateline',
    body: 'the latest date the article names (it shows no publication date)', event: 'the day of the event it reports' };
  function dctNote(dct, source) {
    if (source === 'today') return `This page shows no date: dates are read against today, ${dct}.`;
    return `Dates read against ${dct}, ${DCT_FROM[source] || 'from the page'}.`;
  }

  function h(doc, tag, props, ...kids) {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') el.className = v; else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) el.append(typeof k === 'string' ? doc.createTextNode(k) : k);
    return el;
  }

  class Panel {
    constructor(doc) {
      this.doc = doc;
      this.host = doc.createElement(HOST);
      this.shadow = this.host.attachShadow({ mode: NS.shadowMode === 'open' ? 'open' : 'closed' });
      const style = doc.createElement('style');
      style.textContent = CSS_TEXT;
      this.box = h(doc, 'section', { class: 'panel', tabindex: '0', role: 'complementary', 'aria-label': 'crossread' });
      this.tip = h(doc, 'div', { class: 'tip', role: 'tooltip', hidden: '' });
      this.shadow.append(style, this.box, this.tip);
      this.box.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') { this.collapse(true); this.box.focus(); e.stopPropagation(); }
      });
    }

    attach() {
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    }

    remove() { this.host.remove(); }

    // reveal expands the panel and moves keyboard focus into it (the
    // "open the panel" shortcut).
    reveal() {
      this.attach();
      this.collapse(false);
      this.box.focus();
    }

    collapse(on) {
      this.box.classList.toggle('collapsed', on);
      if (this.toggleBtn) {
        this.toggleBtn.textContent = on ? 'Show' : 'Hide';
        this.toggleBtn.setAttribute('aria-expanded', String(!on));
      }
    }

    // render fills the panel from an annotate.Result. onPick(item) is called
    // when the reader picks an entry (click / Enter) with its first range.
    // theme is the page's, as the painter read it (pageTheme), else read here.
    render(state, layers, counts, onPick, theme) {
      const doc = this.doc, { res, anchors } = state;
      this.box.replaceChildren();
      this.toggleBtn = h(doc, 'button', { type: 'button', 'aria-expanded': 'true',
        onclick: () => this.collapse(!this.box.classList.contains('collapsed')) }, 'Hide');
      const body = h(doc, 'div', { class: 'body' });
      this.box.append(h(doc, 'div', { class: 'head' }, h(doc, 'strong', {}, 'crossread'), this.toggleBtn), body);
      const section = (name, cls, items) => {
        if (!items.length) return;
        body.append(h(doc, 'h2', {}, name), h(doc, 'ul', { class: cls }, ...items));
      };
      // Click/Enter scrolls to the first mention; keyboard focus shows its tooltip where it is.
      const pick = (range, tip) => h(doc, 'button', { type: 'button',
        onclick: () => onPick(range, tip, true), onfocus: () => onPick(range, tip, false), onblur: () => this.hideTip() });

      if (res.title) body.append(h(doc, 'div', { class: 'title' }, res.title));
      if (layers.officials) {
        // Each click steps to the official's next mention (issue 5); focus shows the current one.
        section('Officials', 'officials', anchors.officials.map(({ official: o, ranges }) => {
          let at = 0;
          const live = ranges.filter(Boolean);
          const tip = () => `${o.role ? `${o.name} — ${o.role}` : o.name}${live.length > 1 ? ` (mention ${at + 1} of ${live.length})` : ''}`;
          const b = h(doc, 'button', { type: 'button',
            onclick: () => { onPick(live[at], tip(), true); at = (at + 1) % Math.max(1, live.length); },
            onfocus: () => onPick(live[at], tip(), false), onblur: () => this.hideTip() });
          b.append(h(doc, 'span', { class: 'name' }, o.name),
            o.role ? h(doc, 'span', { class: 'role' }, `, ${o.role}`) : null,
            h(doc, 'span', { class: 'count' }, ` · ${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'}`));
          return h(doc, 'li', { 'data-name': o.name }, b);
        }));
      }
      if (layers.dates) {
        // A timeline (issue 6): calendar dates in calendar order, then
        // durations and values with no place on the calendar, in reading order.
        const onCalendar = (v) => /^\d{4}/.test(v || '');
        const items = anchors.dates.slice().sort((a, b) => {
          const ka = onCalendar(a.date.value) ? a.date.value : '~', kb = onCalendar(b.date.value) ? b.date.value : '~';
          return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
        section('Timeline', 'dates', items.map(({ date: d, range }) => {
          const b = pick(range, `${d.text} → ${d.words || d.value}`);
          b.append(`${d.text} → ${d.words || d.value}`);
          return h(doc, 'li', { 'data-value': d.value }, b);
        }));
        // Which day "Friday" was counted from, and why: a reader must know when the page showed
        // no date and the dates are read against today.
        if (res.dct) body.append(h(doc, 'p', { class: 'dct', 'data-source': res.dct_source || '' }, dctNote(res.dct, res.dct_source)));
      }
      if (layers.links) {
        // A linked report opens in crossread's reader view when the transport
        // set NS.openReport (extension: via the background; make serve: /reports/ID).
        const link = (l) => {
          const head = [h(doc, 'span', { class: 'title' }, l.title || l.report),
            l.day ? h(doc, 'span', { class: 'day' }, ` · ${l.day}`) : null];
          return h(doc, 'li', { 'data-report': l.report },
            NS.openReport ? h(doc, 'button', { type: 'button', class: 'open', title: 'Open in the crossread reader view',
              onclick: () => NS.openReport(l.report) }, ...head) : h(doc, 'div', {}, ...head),
            h(doc, 'div', { class: 'id' }, l.report),
            l.note ? h(doc, 'div', { class: 'note' }, l.note) : null);
        };
        section('Same event', 'links', (res.links || []).map(link));
        // What the linked reports say, and who says it (issue 7): a seed by its
        // number, a stored page by its site.
        const short = (r) => {
          if (!r) return 'this page';
          if (/^\d{3}_/.test(r)) return r.slice(0, 3);
          try { return new URL(r).hostname || r; } catch { return r; }
        };
        const who = (rs) => rs.map(short).join(', ');
        section('Facts across reports', 'facts', (res.facts || []).map((f) =>
          h(doc, 'li', { 'data-fact': f.fact, class: f.agree ? 'agree' : 'differ' },
            `${f.fact}: ${f.value} — ${who(f.reports)}${f.agree ? '' : ' (reports differ)'}`)));
        section('Other contacts', 'related', (res.related || []).map(link));
      }
      if (layers.boilerplate) {
        body.append(h(doc, 'p', { class: 'dimmed' }, `${counts.boilerplate} block${counts.boilerplate === 1 ? '' : 's'} dimmed`));
        // Why, by reason: dimmed blocks carry no per-block announcement (it would repeat on every
        // menu and footer), so this line is where a screen-reader user learns what was dimmed.
        const why = new Map();
        res.blocks.forEach((b, i) => { if (b.boilerplate && anchors.blocks[i]) why.set(b.reason || 'boilerplate', (why.get(b.reason || 'boilerplate') || 0) + 1); });
        if (why.size) body.append(h(doc, 'p', { class: 'dimmed-why role' }, [...why].sort((x, y) => y[1] - x[1]).map(([r, n]) => `${r}: ${n}`).join(' · ')));
      }
      if (NS.exportAnnotations) body.append(this.footer(state));
      // The page's own background picks the palette (a dark page in a light OS theme, and back).
      if (theme === undefined) theme = NS.pageTheme ? NS.pageTheme(doc) : '';
      if (theme) this.host.setAttribute('data-theme', theme); else this.host.removeAttribute('data-theme');
      this.host.setAttribute('data-state', 'ready');
    }

    // footer: export the annotations as a .jsonld file (a Blob URL made here, no
    // network) and import one back, re-anchored in this page; the result is
    // announced in a polite live region.
    footer(state) {
      const doc = this.doc;
      const status = h(doc, 'p', { class: 'status', role: 'status' });
      const file = h(doc, 'input', { type: 'file', accept: '.jsonld,.json,application/ld+json,application/json',
        hidden: '', tabindex: '-1', 'aria-hidden': 'true' });
      file.addEventListener('change', async () => {
        const f = file.files && file.files[0];
        if (!f) return;
        try {
          const got = NS.importAnnotations(await f.text(), doc);
          const st = got.stats;
          status.textContent = `Imported ${st.total - st.missed} of ${st.total} annotation${st.total === 1 ? '' : 's'} (${st.position} in place, ${st.quote} found by quote)`;
          this.host.setAttribute('data-imported', `${st.total - st.missed}/${st.total}`);
          this.imported = got;
        } catch (e) {
          status.textContent = `Import failed: not a crossread export (${e && e.message ? e.message : e})`;
          this.host.setAttribute('data-imported', 'error');
        }
        file.value = '';
      });
      const exp = h(doc, 'button', { type: 'button', class: 'export', onclick: () => {
        const json = NS.exportAnnotations(state, doc);
        const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/ld+json' }));
        const host = (doc.location && doc.location.hostname) || 'page';
        const a = h(doc, 'a', { href: url, download: `crossread-${host}.jsonld`, class: 'download', hidden: '' });
        this.shadow.append(a);
        a.click();
        // Firefox reads the Blob URL after click() returns: revoke it later, not now.
        setTimeout(() => { a.remove(); URL.revokeObjectURL(url); }, 15000);
        status.textContent = `Exported ${json.total} annotation${json.total === 1 ? '' : 's'}`;
      } }, 'Export annotations');
      const imp = h(doc, 'button', { type: 'button', class: 'import', onclick: () => file.click() }, 'Import annotations…');
      return h(doc, 'div', { class: 'foot' }, exp, imp, file, status);
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

  Object.assign(NS, { Panel, HOST });
})(globalThis);
