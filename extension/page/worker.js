// worker.js — `make serve` only: the core in a Web Worker of the page.
/* global importScripts, crossreadCore */
importScripts('../wasm_exec.js', '../core.js');
const WASM = new URL('../crossread.wasm', self.location.href).href;
self.onmessage = async (e) => {
  const { id, page, meta } = e.data;
  try {
    self.postMessage({ id, json: await crossreadCore.annotate(WASM, page, meta) });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message || err) });
  }
};
crossreadCore.load(WASM).catch(() => {});
