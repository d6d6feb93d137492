// core.js — loads crossread.wasm once and keeps the instance warm.
// Runs where wasm is allowed: Chrome's offscreen document, Firefox's
// background page, and the Web Worker of `make serve`. Needs wasm_exec.js first.
(function (root) {
  'use strict';
  let ready = null, boot = null, warmed = 0;

  function load(url) {
    if (!ready) {
      ready = (async () => {
        const t0 = performance.now();
        const go = new root.Go();
        let instance, t1;
        try {
          // Compiles while the bytes arrive (needs the application/wasm type).
          ({ instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject));
          t1 = t0;
        } catch {
          const bytes = await (await fetch(url)).arrayBuffer();
          t1 = performance.now();
          ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
        }
        const t2 = performance.now();
        // go.run returns once main blocks (select {}); crossread.annotate is set by then.
        go.run(instance).catch((e) => console.error('crossread: core stopped', e));
        if (!root.crossread || typeof root.crossread.annotate !== 'function') throw new Error('crossread: core did not start');
        // What a cold start costs, for the bench (data-timings "boot").
        boot = { fetch: t1 - t0, compile: t2 - t1, start: performance.now() - t2, at: t0 };
        warm(root.crossread);
        return root.crossread;
      })();
      ready.catch(() => { ready = null; }); // let a later call retry
    }
    return ready;
  }

  // warm annotates a few built-in pages, one per task so that a reader's page
  // can run in between: the engine starts the wasm in its baseline tier and
  // optimizes what runs hot, and a reader's first page should not pay for that.
  const WARM_PAGES = 40;
  function warm(api, i = 0) {
    if (typeof api.warm !== 'function' || i >= WARM_PAGES) return;
    setTimeout(() => {
      const err = api.warm(i);
      warmed = i + 1;
      if (err) { console.warn('crossread: warm', err); return; }
      warm(api, i + 1);
    }, 0);
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

  // state says how far the instance got: its boot times and the warm pages done.
  function state() { return { boot, warmed }; }

  root.crossreadCore = { load, annotate, report, state };
})(globalThis);
