// content.js — the extension's transport for shim.js: pages go to the
// background (which owns the wasm), settings live in storage.local.
(function () {
  'use strict';
  if (globalThis.__crossreadContent) return; // injected twice (e.g. after an update): keep one
  globalThis.__crossreadContent = true;
  // A `make serve` page runs the same shim itself: one painter per page.
  if (document.querySelector('script[src$="/_crossread/page/transport.js"]')) return;
  const api = globalThis.browser || globalThis.chrome;
  const transport = {
    async annotate(page, meta) {
      const r = await api.runtime.sendMessage({ type: 'crossread:annotate', page, meta });
      if (!r || r.error) throw new Error(r ? r.error : 'no answer from the background');
      return r.json;
    },
    async getSettings() {
      const o = await api.storage.local.get('settings');
      return o.settings;
    },
    onSettings(cb) {
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && changes.settings) cb(changes.settings.newValue);
      });
    },
  };
  globalThis.crossreadShim.start(transport);
})();
