// sidepanel.js — crossread's list in the browser's side panel (Chrome
// side_panel, Firefox sidebar_action), or the same page in a tab
// (sidepanel.html?tab=ID) where the side panel cannot be shown. It follows the
// active tab of its window: the tab's content script sends each new render
// (crossread:panel) and answers what the panel asks (content.js). Nothing
// leaves the browser: messages only.
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const view = globalThis.crossreadShim.panelView;
  const box = document.getElementById('panel');
  const empty = document.getElementById('empty');
  const form = document.getElementById('layers');
  const LAYERS = ['boilerplate', 'officials', 'dates', 'links'];
  let tabId = Number(new URLSearchParams(location.search).get('tab')) || null;
  let model = null, self = null, windowId = null;

  const ask = (msg) => api.tabs.sendMessage(tabId, msg).then((r) => { if (r && r.error) throw new Error(r.error); return r; });

  const act = {
    pick: (kind, i, scroll) => { ask({ type: 'crossread:panel-pick', kind, i, scroll }).catch(() => {}); },
    unpick: () => { ask({ type: 'crossread:panel-unpick' }).catch(() => {}); },
    openReport: (id) => { api.runtime.sendMessage({ type: 'crossread:open', report: id }).catch(() => {}); },
    exportAnnotations: async () => (await ask({ type: 'crossread:panel-export' })).json,
    importFile: async (text) => (await ask({ type: 'crossread:panel-import', text })).stats,
  };

  function show(m) {
    model = m;
    box.setAttribute('aria-busy', 'false');
    document.body.setAttribute('data-tab', String(tabId));
    if (!m) {
      box.replaceChildren();
      empty.hidden = false;
      document.body.setAttribute('data-state', 'empty');
      return;
    }
    empty.hidden = true;
    document.getElementById('site').textContent = m.host || 'this site';
    view.render(document, box, m, act);
    document.body.setAttribute('data-state', 'ready');
    settings();
  }

  // load asks the followed tab for its panel (none: crossread has not run there).
  async function load() {
    if (tabId == null) return show(null);
    try { show((await ask({ type: 'crossread:panel-get' })).model || null); } catch { show(null); }
  }

  // The switches are the site's settings (as the popup's) and the control's dismissal.
  async function settings() {
    if (!model) return;
    const o = await api.storage.local.get(['settings', 'siteSettings', 'controlOff']);
    const s = (o.siteSettings || {})[model.host] || o.settings || {};
    for (const n of LAYERS) form.elements[n].checked = !s.layers || s.layers[n] !== false;
    form.elements.control.checked = !(o.controlOff || {})[model.host];
  }
  form.addEventListener('change', async (e) => {
    if (!model) return;
    const host = model.host;
    if (e.target.name === 'control') {
      const o = await api.storage.local.get('controlOff');
      const off = Object.assign({}, o.controlOff || {});
      if (e.target.checked) delete off[host]; else off[host] = true;
      await api.storage.local.set({ controlOff: off });
      return;
    }
    const o = await api.storage.local.get(['settings', 'siteSettings']);
    const cur = (o.siteSettings || {})[host] || o.settings || {};
    const s = { enabled: cur.enabled !== false, layers: {} };
    for (const n of LAYERS) s.layers[n] = form.elements[n].checked;
    await api.storage.local.set({ siteSettings: Object.assign({}, o.siteSettings || {}, { [host]: s }) });
  });

  api.runtime.onMessage.addListener((msg, sender) => {
    if (msg && msg.type === 'crossread:panel' && sender.tab && sender.tab.id === tabId) show(msg.model);
    return false;
  });
  // Follow the active tab of this window (never this page's own tab, when it is one).
  api.tabs.onActivated.addListener((info) => {
    if (info.tabId === self || (windowId != null && info.windowId !== windowId)) return;
    tabId = info.tabId;
    load();
  });
  api.tabs.onUpdated.addListener((id, change) => { if (id === tabId && change.status === 'complete') load(); });

  (async () => {
    try { const t = await api.tabs.getCurrent(); if (t) { self = t.id; windowId = t.windowId; } } catch { /* a side panel is no tab */ }
    if (windowId == null) { try { windowId = (await api.windows.getCurrent()).id; } catch { /* any window */ } }
    if (tabId == null) {
      const [t] = await api.tabs.query({ active: true, currentWindow: true });
      tabId = t ? t.id : null;
    }
    load();
  })();
})();
