// background.js — routes the content script's pages to the core.
// Chrome (service worker): the wasm runs in one offscreen document, created
// once and kept warm; the worker only relays. Firefox (background page, with
// wasm_exec.js and core.js loaded before this file): the wasm runs right here.
'use strict';
const api = globalThis.browser || globalThis.chrome;
const OFFSCREEN = 'offscreen.html';
let creating = null;

async function ensureOffscreen() {
  const url = chrome.runtime.getURL(OFFSCREEN);
  if (chrome.runtime.getContexts) {
    const have = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (have.length) return;
  }
  if (!creating) {
    creating = chrome.offscreen.createDocument({
      url: OFFSCREEN,
      reasons: ['DOM_PARSER'],
      justification: 'Parse and annotate the page in WebAssembly; page CSPs forbid wasm in content scripts.',
    }).catch((e) => { if (!/single offscreen/i.test(String(e))) throw e; }).finally(() => { creating = null; });
  }
  await creating;
}

async function annotate(page, meta) {
  if (globalThis.chrome && chrome.offscreen) {
    await ensureOffscreen();
    const r = await chrome.runtime.sendMessage({ target: 'offscreen', type: 'crossread:annotate', page, meta });
    if (!r || r.error) throw new Error(r ? r.error : 'no answer from the offscreen document');
    return r.json;
  }
  return globalThis.crossreadCore.annotate(api.runtime.getURL('crossread.wasm'), page, meta);
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.target === 'offscreen' || msg.type !== 'crossread:annotate') return false;
  annotate(msg.page, msg.meta).then((json) => sendResponse({ json }), (e) => sendResponse({ error: String(e && e.message || e) }));
  return true; // answer asynchronously
});

// Warm the core at start so the first page does not wait for instantiation.
function warm() {
  if (globalThis.chrome && chrome.offscreen) ensureOffscreen().catch(() => {});
  else if (globalThis.crossreadCore) globalThis.crossreadCore.load(api.runtime.getURL('crossread.wasm')).catch(() => {});
}
api.runtime.onStartup.addListener(warm);
api.runtime.onInstalled.addListener(warm);
warm();
