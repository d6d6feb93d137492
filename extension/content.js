// content.js — the extension's transport for shim.js: pages go to the
// background (which owns the wasm), settings live in storage.local.
(function () {
  'use strict';
  if (globalThis.__crossreadContent) return; // injected twice (e.g. after an update): keep one
  globalThis.__crossreadContent = true;
  // A `make serve` page runs the same shim itself: one painter per page.
  if (document.querySelector('script[src$="/_crossread/page/transport.js"]')) return;
  const api = globalThis.browser || globalThis.chrome;
  // One read of storage at start, again only when it changes: each read is a
  // round trip to the browser process, several ms on a busy page.
  const KEYS = ['settings', 'siteSettings', 'remember', 'corpus'];
  let stored = null;
  const read = () => (stored = stored || api.storage.local.get(KEYS).catch((e) => { stored = null; throw e; }));
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEYS.some((k) => changes[k])) stored = null;
  });
  read();
  const transport = {
    async annotate(page, meta) {
      const o = await read();
      const remember = o.remember === true; // opt-in (popup): off unless set
      if (remember && Array.isArray(o.corpus) && o.corpus.length) {
        // Reports read earlier, so links grow with reading (issue 7); the page itself is recognised by the core.
        const m = JSON.parse(meta);
        m.corpus = o.corpus;
        meta = JSON.stringify(m);
      }
      const t0 = performance.timeOrigin + performance.now();
      const r = await core(page, meta);
      if (!r || r.error) throw new Error(r ? r.error : 'no answer from the background');
      transport.lastCoreMs = r.ms;
      transport.lastTrip = r.got ? { there: r.got - t0, back: performance.timeOrigin + performance.now() - r.sent, core: r.core } : null;
      if (remember) offer(r.json);
      return r.json;
    },
    // This site's settings when the reader set some (popup, shortcut), else the defaults.
    async getSettings() {
      const o = await read();
      return (o.siteSettings || {})[location.host] || o.settings;
    },
    onSettings(cb) {
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && (changes.settings || changes.siteSettings)) transport.getSettings().then(cb);
      });
    },
  };
  // core sends the page to the warm wasm. In Chrome that is the offscreen
  // document: straight to it, one hop each way; only when it is not there
  // (first page after a browser start, or it was closed) through the worker,
  // which creates it. Firefox (no offscreen documents) runs the wasm in its
  // background page.
  const direct = api.runtime.getURL('').startsWith('chrome-extension:');
  async function core(page, meta) {
    if (direct) {
      try {
        const r = await api.runtime.sendMessage({ target: 'offscreen', type: 'crossread:annotate', page, meta });
        if (r) return r;
      } catch { /* no offscreen document yet: the worker makes one */ }
    }
    return api.runtime.sendMessage({ type: 'crossread:annotate', page, meta });
  }
  // offer hands the annotated page to the background, which keeps it (article
  // text only, in storage.local) when it reports an event with a kind and parties.
  function offer(json) {
    let res;
    try { res = JSON.parse(json); } catch { return; }
    const ev = res.event || {};
    if (res.error || !ev.kind || !(ev.parties || []).length) return;
    const page = { url: location.href, title: res.title, dct: res.dct, dct_source: res.dct_source, event: { kind: ev.kind, parties: ev.parties },
      blocks: (res.blocks || []).map((b) => ({ text: b.text, boilerplate: b.boilerplate })) };
    api.runtime.sendMessage({ type: 'crossread:remember', page }).catch(() => {});
  }
  // A panel link opens crossread's reader view in a new tab, through the background.
  const NS = globalThis.crossreadShim;
  NS.openReport = (id) => { api.runtime.sendMessage({ type: 'crossread:open', report: id }).catch(() => {}); };
  // The list lives in the browser's side panel (sidepanel.html); the page's
  // control asks the background to open it, and expands in the page where the
  // browser has none (the answer is then false).
  NS.panelMode = 'side';
  NS.openPanel = async () => !!(await api.runtime.sendMessage({ type: 'crossread:open-panel' }) || {}).opened;
  // The side panel follows this tab: each new render is sent to it (no listener: no side panel open).
  NS.onPanel = (model) => { api.runtime.sendMessage({ type: 'crossread:panel', model }).catch(() => {}); };
  // The control can be dismissed for a site (side panel or the control's own panel).
  NS.setControl = (on) => api.storage.local.get('controlOff').then((o) => {
    const off = Object.assign({}, o.controlOff || {});
    if (on) delete off[location.host]; else off[location.host] = true;
    return api.storage.local.set({ controlOff: off });
  });
  const ctl = NS.start(transport);
  if (ctl) {
    const sync = () => api.storage.local.get('controlOff').then((o) => ctl.panel.showControl(!(o.controlOff || {})[location.host]));
    sync();
    api.storage.onChanged.addListener((c, area) => { if (area === 'local' && c.controlOff) ctl.ready.then(sync); });
  }
  globalThis.crossreadShim.ctl = ctl; // this world only: the page cannot reach it
  // Keyboard shortcuts, forwarded by the background (manifest "commands"):
  // the switch is the reader's setting, stored like the popup's master toggle.
  api.runtime.onMessage.addListener((msg, sender) => {
    if (!ctl || !msg || msg.type !== 'crossread:command' || sender.id !== api.runtime.id) return false;
    if (msg.command === 'toggle-crossread') {
      // Remembered for this site, like the popup's switch.
      Promise.all([transport.getSettings(), api.storage.local.get('siteSettings')]).then(([cur, o]) => {
        const s = globalThis.crossreadShim.withDefaults(cur);
        s.enabled = !s.enabled;
        return api.storage.local.set({ siteSettings: Object.assign({}, o.siteSettings || {}, { [location.host]: s }) });
      });
    } else if (msg.command === 'open-panel') {
      ctl.ready.then(() => ctl.panel.reveal()); // the background found no side panel
    }
    return false;
  });
  // The side panel page asks this tab for its panel and acts on it (tabs.sendMessage from an extension page).
  const panelHandlers = {
    'crossread:panel-get': () => ({ model: ctl.panel.model }),
    'crossread:panel-pick': (msg) => { ctl.panel.pick(msg.kind, msg.i, msg.scroll); return {}; },
    'crossread:panel-unpick': () => { ctl.panel.hideTip(); return {}; },
    'crossread:panel-export': () => ({ json: ctl.panel.exportAnnotations() }),
    'crossread:panel-import': (msg) => ({ stats: ctl.panel.importAnnotations(String(msg.text)) }),
  };
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const f = ctl && msg && sender.id === api.runtime.id && Object.hasOwn(panelHandlers, msg.type) && panelHandlers[msg.type];
    if (!f) return false;
    try { sendResponse(f(msg)); } catch (e) { sendResponse({ error: String(e && e.message || e) }); }
    return false;
  });
})();
