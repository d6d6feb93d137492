// popup-corpus.js — the opt-in corpus of read reports (issue 7): one toggle
// (storage.local "remember", off by default) and a button that forgets every
// stored report. The count shown is read from storage, never from elsewhere.
'use strict';
(function () {
  const api = globalThis.browser || globalThis.chrome;
  const store = globalThis.crossreadStore;
  const remember = document.getElementById('remember');
  const forget = document.getElementById('forget');
  const status = document.getElementById('corpus-status');

  async function refresh() {
    const st = store.stats(await store.load(api.storage.local));
    const kb = Math.round(st.bytes / 1024);
    status.textContent = st.reports
      ? `${st.reports} report${st.reports === 1 ? '' : 's'} stored (${kb} kB).`
      : 'No reports stored.';
    forget.disabled = !st.reports;
  }

  store.enabled(api.storage.local).then((on) => { remember.checked = on; }).catch(() => {});
  refresh().catch(() => {});
  // Pages read while the popup is open change the count.
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[store.KEY]) refresh().catch(() => {});
  });
  remember.addEventListener('change', () => {
    api.storage.local.set({ [store.FLAG]: remember.checked }).then(refresh).catch(() => {});
  });
  forget.addEventListener('click', async () => {
    // Through the background, which orders it after pending adds; if it does not answer, here.
    const r = await api.runtime.sendMessage({ type: 'crossread:forget' }).catch(() => null);
    if (!r || r.error) await store.forget(api.storage.local);
    await refresh();
    status.textContent = 'Stored reports forgotten.';
  });
})();
