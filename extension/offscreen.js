// offscreen.js — Chrome only: the warm wasm instance. Answers only messages
// addressed to it by background.js.
'use strict';
const WASM = chrome.runtime.getURL('crossread.wasm');
chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.target !== 'offscreen' || msg.type !== 'crossread:annotate') return false;
  const t0 = performance.now();
  crossreadCore.annotate(WASM, msg.page, msg.meta)
    // Wall-clock marks (timeOrigin-based, comparable across processes) let the
    // shim tell the trip there, the core and the trip back apart.
    .then((json) => sendResponse({ json, ms: performance.now() - t0, got: performance.timeOrigin + t0, sent: performance.timeOrigin + performance.now(),
      core: crossreadCore.state() }), (e) => sendResponse({ error: String(e && e.message || e) }));
  return true;
});
// The reader view's seed text (issue 7): the seeds live only in the wasm.
chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.target !== 'offscreen' || msg.type !== 'crossread:report') return false;
  crossreadCore.report(WASM, String(msg.id))
    .then((json) => sendResponse({ json }), (e) => sendResponse({ error: String(e && e.message || e) }));
  return true;
});
crossreadCore.load(WASM).catch((e) => console.error('crossread:', e));
