// core.js — loads crossread.wasm once and keeps the instance warm.
// Runs where wasm is allowed: Chrome's offscreen document, Firefox's
// background page, and the Web Worker of `make serve`. Needs wasm_exec.js first.
(function (root) {
  'use strict';
  let ready = null;

  function load(url) {
    if (!ready) {
      ready = (async () => {
        const go = new root.Go();
        const bytes = await (await fetch(url)).arrayBuffer();
        const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
        // go.run returns once main blocks (select {}); crossread.annotate is set by then.
        go.run(instance).catch((e) => console.error('crossread: core stopped', e));
        if (!root.crossread || typeof root.crossread.annotate !== 'function') throw new Error('crossread: core did not start');
        return root.crossread;
      })();
      ready.catch(() => { ready = null; }); // let a later call retry
    }
    return ready;
  }

  async function annotate(url, page, meta) {
    const api = await load(url);
    return api.annotate(page, meta);
  }

  // report returns a built-in (seed) report as JSON, for the reader view.
  async function report(url, id) {
    const api = await load(url);
    return api.report(id);
  }

  root.crossreadCore = { load, annotate, report };
})(globalThis);
