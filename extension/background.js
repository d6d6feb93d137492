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
    return r;
  }
  const t0 = performance.now();
  const json = await globalThis.crossreadCore.annotate(api.runtime.getURL('crossread.wasm'), page, meta);
  return { json, ms: performance.now() - t0 };
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.target === 'offscreen' || msg.type !== 'crossread:annotate') return false;
  annotate(msg.page, msg.meta).then((r) => sendResponse({ json: r.json, ms: r.ms, got: r.got, sent: r.sent, core: r.core }), (e) => sendResponse({ error: String(e && e.message || e) }));
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

// Site access (sites.js): the every-site content script follows the optional
// host permission. Registration happens here, not in the popup: Chrome may
// close the popup while its permission prompt is up.
if (typeof importScripts === 'function' && !globalThis.crossreadSites) importScripts('sites.js'); // Chrome's worker
function syncSites() { globalThis.crossreadSites.sync().catch((e) => console.warn('crossread: site access', e)); }
api.permissions.onAdded.addListener(syncSites);
api.permissions.onRemoved.addListener(syncSites);
syncSites();

// ---- issue 7: reader view and the opt-in corpus of read reports ----------
if (typeof importScripts === 'function' && !globalThis.crossreadStore) importScripts('corpus-store.js'); // Chrome's worker

// seedReport asks the core for a built-in report's text (JSON string).
async function seedReport(id) {
  if (globalThis.chrome && chrome.offscreen) {
    await ensureOffscreen();
    const r = await chrome.runtime.sendMessage({ target: 'offscreen', type: 'crossread:report', id });
    if (!r || r.error) throw new Error(r ? r.error : 'no answer from the offscreen document');
    return r.json;
  }
  return globalThis.crossreadCore.report(api.runtime.getURL('crossread.wasm'), id);
}

// readerReport finds a report for the reader view: a stored one by its id
// (a page URL), else a seed.
async function readerReport(id) {
  const stored = (await globalThis.crossreadStore.load(api.storage.local)).find((r) => r.id === id);
  return stored ? JSON.stringify(stored) : seedReport(id);
}

const readerHandlers = {
  // A panel link: the reader view in a new tab (content scripts cannot open extension pages in every browser).
  'crossread:open': async (msg, sender) => {
    const opts = { url: api.runtime.getURL('reader.html?report=' + encodeURIComponent(String(msg.report))) };
    if (sender.tab && sender.tab.id != null) opts.openerTabId = sender.tab.id;
    await api.tabs.create(opts);
    return {};
  },
  'crossread:report': async (msg) => ({ json: await readerReport(String(msg.id)) }),
  // An annotated page offered for the corpus: kept only when the reader opted in.
  'crossread:remember': async (msg) => {
    const store = globalThis.crossreadStore;
    if (!(await store.enabled(api.storage.local))) return { stored: false };
    const report = store.fromResult(msg.page);
    if (!report) return { stored: false };
    const r = await store.remember(api.storage.local, report);
    return { stored: r.added, dropped: r.dropped.length };
  },
  // Through here, not straight from the popup: one queue orders it after pending adds.
  'crossread:forget': async () => { await globalThis.crossreadStore.forget(api.storage.local); return {}; },
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const h = msg && msg.target !== 'offscreen' && Object.hasOwn(readerHandlers, msg.type) && readerHandlers[msg.type];
  if (!h || sender.id !== api.runtime.id) return false;
  h(msg, sender).then(sendResponse, (e) => sendResponse({ error: String(e && e.message || e) }));
  return true;
});

// ---- issue 18: the list lives in the browser's side panel -----------------
// Chrome: sidePanel (manifest side_panel); Firefox: sidebarAction (manifest
// sidebar_action). Both open only in answer to a reader's action, so the call
// comes first, before anything is awaited.
function openSide(tab) {
  if (globalThis.browser && browser.sidebarAction) return browser.sidebarAction.open();
  if (globalThis.chrome && chrome.sidePanel && tab && tab.id != null) return chrome.sidePanel.open({ tabId: tab.id });
  return null; // this browser has no side panel: the page's control expands in the page
}
const hasSide = () => !!((globalThis.browser && browser.sidebarAction) || (globalThis.chrome && chrome.sidePanel));
// panelTab opens the side panel's page in a tab beside the page, for that
// page: where the browser refuses to open its side panel from here (Firefox
// from a click in the page, which it does not count as the reader's action).
function panelTab(tab) {
  return api.tabs.create({ url: api.runtime.getURL(`sidepanel.html?tab=${tab.id}`), openerTabId: tab.id, index: tab.index + 1 });
}
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.type !== 'crossread:open-panel' || sender.id !== api.runtime.id || !sender.tab) return false;
  const p = openSide(sender.tab);
  if (!p) { sendResponse({ opened: false }); return false; }
  Promise.resolve(p).then(() => ({ opened: true }), () => panelTab(sender.tab).then(() => ({ opened: true, tab: true })))
    .then(sendResponse, (e) => sendResponse({ opened: false, error: String(e && e.message || e) }));
  return true;
});

// Keyboard shortcuts (issue 10). A shortcut grants activeTab like a click on
// the toolbar button, so the shim is injected first when the tab has none;
// the tab's content script then does the work (content.js, crossread:command).
api.commands.onCommand.addListener(async (command, tab) => {
  // The side panel first, while this still counts as the reader's action.
  const side = command === 'open-panel' && hasSide() ? Promise.resolve(openSide(tab)).catch((e) => console.warn('crossread: side panel', e)) : null;
  try {
    if (!tab) [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id == null) return;
    await globalThis.crossreadSites.injectTab(tab.id);
    if (side) return; // the side panel shows the tab's list
    await api.tabs.sendMessage(tab.id, { type: 'crossread:command', command });
  } catch (e) {
    console.warn('crossread: shortcut', command, e && e.message ? e.message : e); // browser pages refuse scripts
  }
});
