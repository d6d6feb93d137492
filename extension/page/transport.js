// transport.js — `make serve`'s transport for shim.js: the page itself runs
// the wasm in a Web Worker (same origin), settings live in localStorage.
// Loaded after the shim files, exactly as the extension loads content.js.
(function () {
  'use strict';
  const KEY = 'crossread-settings';
  const base = document.currentScript.src.replace(/[^/]*$/, '');
  const worker = new Worker(base + 'worker.js');
  const waiting = new Map();
  let seq = 0;
  worker.onmessage = (e) => {
    const { id, json, error } = e.data;
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    if (error) w.reject(new Error(error)); else w.resolve(json);
  };
  const transport = {
    annotate(page, meta) {
      return new Promise((resolve, reject) => {
        const id = ++seq;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, page, meta });
      });
    },
    async getSettings() {
      try { return JSON.parse(localStorage.getItem(KEY)); } catch { return null; }
    },
    onSettings(cb) {
      addEventListener('storage', (e) => { if (e.key === KEY) { try { cb(JSON.parse(e.newValue)); } catch { /* ignore */ } } });
    },
  };
  // A panel link opens the dev server's reader view of that report (issue 7).
  globalThis.crossreadShim.openReport = (id) => { open('/reports/' + encodeURIComponent(id), '_blank', 'noopener'); };
  // The dev viewer has no browser side panel: the panel's view in a column beside the article.
  globalThis.crossreadShim.panelMode = 'column';
  globalThis.crossreadPage = globalThis.crossreadShim.start(transport);
})();
