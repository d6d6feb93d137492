// popup.js — one master toggle and one per layer, kept in storage.local
// under "settings"; every open page repaints from the storage change.
'use strict';
const api = globalThis.browser || globalThis.chrome;
const form = document.getElementById('settings');
const master = document.getElementById('enabled');
const layers = document.getElementById('layers');
const NAMES = ['boilerplate', 'officials', 'dates', 'links'];

function read() {
  const s = { enabled: master.checked, layers: {} };
  for (const n of NAMES) s.layers[n] = form.elements[n].checked;
  return s;
}

function show(s) {
  s = s || {};
  master.checked = s.enabled !== false;
  for (const n of NAMES) form.elements[n].checked = !s.layers || s.layers[n] !== false;
  layers.disabled = !master.checked;
}

// Settings are remembered per site (issue 10): the popup edits those of the
// active tab's site, and the defaults ("settings") where it has none or the tab
// is not a web page.
let site = '', activeTab = null;
const ready = (async () => {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    activeTab = tab || null;
    const u = tab && tab.url ? new URL(tab.url) : null;
    if (u && (u.protocol === 'http:' || u.protocol === 'https:')) site = u.host;
  } catch { /* no tab or no URL (no activeTab yet): the defaults */ }
  const o = await api.storage.local.get(['settings', 'siteSettings']);
  const sites = o.siteSettings || {};
  if (site) master.parentElement.lastChild.textContent = ` On for ${site}`;
  show(site && sites[site] ? sites[site] : o.settings);
})();
form.addEventListener('change', async () => {
  const s = read();
  layers.disabled = !s.enabled;
  await ready;
  if (!site) { api.storage.local.set({ settings: s }); return; }
  const o = await api.storage.local.get('siteSettings');
  api.storage.local.set({ siteSettings: Object.assign({}, o.siteSettings || {}, { [site]: s }) });
});

// Where crossread runs (sites.js). Opening the popup is the reader's click on
// the toolbar button: activeTab lets us inject into that one tab, so we do.
const sites = globalThis.crossreadSites;
const everywhere = document.getElementById('everywhere');
const siteStatus = document.getElementById('site-status');

async function annotateHere(explicit) {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (!tab) return;
    const injected = await sites.injectTab(tab.id);
    if (explicit) siteStatus.textContent = injected ? 'Annotating this page.' : 'Already on this page.';
  } catch {
    // Browser pages, the web store, PDFs: no script may run there.
    if (explicit) siteStatus.textContent = 'crossread cannot run on this page.';
  }
}

document.getElementById('annotate').addEventListener('click', () => annotateHere(true));
everywhere.addEventListener('change', () => {
  // permissions.request must be called right in the click (a user gesture), before any await.
  const ask = everywhere.checked
    ? api.permissions.request({ origins: sites.ORIGINS })
    : api.permissions.remove({ origins: sites.ORIGINS }).then(() => false);
  ask.then((granted) => {
    everywhere.checked = granted;
    siteStatus.textContent = granted ? 'crossread runs on every site you open.' : 'crossread runs when you click its button.';
    return sites.sync(); // the background does this too (permissions.onAdded/onRemoved); the popup may outlive it
  }).catch((e) => { siteStatus.textContent = String(e && e.message || e); });
});
sites.everywhere().then((on) => { everywhere.checked = on; }).catch(() => {});
// Also with every site on: a tab opened before the permission was granted has no shim yet.
annotateHere(false);

// The list lives in the browser's side panel (issue 18). Opened right in the
// click (both browsers require the reader's action); without one, the page's
// own control expands instead.
document.getElementById('side').addEventListener('click', () => {
  let p = null;
  if (globalThis.browser && browser.sidebarAction) p = browser.sidebarAction.open();
  else if (globalThis.chrome && chrome.sidePanel && activeTab) p = chrome.sidePanel.open({ tabId: activeTab.id });
  else if (activeTab) p = api.tabs.sendMessage(activeTab.id, { type: 'crossread:command', command: 'open-panel' });
  Promise.resolve(p).then(() => window.close(), (e) => { siteStatus.textContent = String(e && e.message || e); });
});
