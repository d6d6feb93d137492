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
