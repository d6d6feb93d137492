// core.js — loads crossread.wasm once and keeps the instance warm.
// Runs where wasm is allowed: Chrome's offscreen document, Firefox's
// background page, and the Web Worker of `make serve`. Needs wasm_exec.js first.
(function (root) {
  'use strict';
  let ready = null, boot = null, warmed = 0;
  let module = null;  // compiled once; a new instance reuses it
  let memory = null;  // the live instance's linear memory
  // The wasm's memory only grows: one 10 MB page leaves ~170 MB behind. Past
  // this much, the instance is stopped after its call and the next call
  // starts a fresh one from the compiled module (~10-20 ms, then warm-up).
  const MAX_MEMORY = 96 << 20;

  function load(url) {
    if (!ready) {
      ready = (async () => {
        const t0 = performance.now();
        const go = new root.Go();
        let instance, t1 = t0;
        if (module) {
          instance = await WebAssembly.instantiate(module, go.importObject);
        } else {
          try {
            // Compiles while the bytes arrive (needs the application/wasm type).
            ({ module, instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject));
          } catch {
            const bytes = await (await fetch(url)).arrayBuffer();
            t1 = performance.now();
            ({ module, instance } = await WebAssembly.instantiate(bytes, go.importObject));
          }
        }
        const t2 = performance.now();
        // go.run returns once main blocks; crossread.annotate is set by then.
        const before = root.crossread;
        go.run(instance).catch((e) => console.error('crossread: core stopped', e));
        if (!root.crossread || root.crossread === before || typeof root.crossread.annotate !== 'function') throw new Error('crossread: core did not start');
        memory = instance.exports.mem;
        // What a cold start costs, for the bench (data-timings "boot").
        boot = { fetch: t1 - t0, compile: t2 - t1, start: performance.now() - t2, at: t0 };
        warmed = 0;
        warm(root.crossread, ++generation);
        return root.crossread;
      })();
      ready.catch(() => { ready = null; }); // let a later call retry
    }
    return ready;
  }

  // recycle drops an instance whose memory grew past MAX_MEMORY.
  function recycle(api) {
    if (!memory || memory.buffer.byteLength <= MAX_MEMORY) return false;
    ready = null;
    memory = null;
    recycled++;
    generation++; // warm-up pages still queued for the old instance stop
    if (typeof api.stop === 'function') api.stop();
    return true;
  }
  let recycled = 0, generation = 0;

  // warm annotates a few built-in pages, one per task so that a reader's page
  // can run in between: the engine starts the wasm in its baseline tier and
  // optimizes what runs hot, and a reader's first page should not pay for that.
  const WARM_PAGES = 40;
  function warm(api, gen, i = 0) {
    if (typeof api.warm !== 'function' || i >= WARM_PAGES) return;
    setTimeout(() => {
      if (gen !== generation) return;
      const err = api.warm(i);
      warmed = i + 1;
      if (err) { console.warn('crossread: warm', err); return; }
      warm(api, gen, i + 1);
    }, 0);
  }

  async function annotate(url, page, meta) {
    const api = await load(url);
    const out = api.annotate(page, meta);
    recycle(api);
    return out;
  }

  // report returns a built-in (seed) report as JSON, for the reader view.
  async function report(url, id) {
    const api = await load(url);
    return api.report(id);
  }

  // state says how far the instance got: its boot times and the warm pages done.
  function state() { return { boot, warmed, recycled, memory: memory ? memory.buffer.byteLength : 0 }; }

  root.crossreadCore = { load, annotate, report, state };
})(globalThis);
