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

api.storage.local.get('settings').then((o) => show(o.settings));
form.addEventListener('change', () => {
  const s = read();
  layers.disabled = !s.enabled;
  api.storage.local.set({ settings: s });
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
