// sites.js — where crossread may run, shared by the background and the popup.
//
// Shipped with no host permission: the reader clicks the toolbar button (the
// popup opens, activeTab grants that one tab) and the shim is injected into it.
// "Run on every site" is the optional host permission; while it is granted the
// same files are registered as a content script, and unregistered when revoked.
(function (root) {
  'use strict';
  const api = root.browser || root.chrome;
  const ID = 'crossread';
  // The order a content script would load them in; content.js starts the shim.
  const JS = ['shim/anchor.js', 'shim/serialize.js', 'shim/paint.js', 'shim/panel-view.js', 'shim/panel.js', 'shim/export.js', 'shim/shim.js', 'content.js'];
  const CSS = ['crossread.css'];
  const ORIGINS = ['http://*/*', 'https://*/*'];
  // document_end (the DOM is parsed), not document_idle: on a big page Firefox
  // waits out the page's first layout (0.9 s for an article and 10 MB of
  // comments) before an idle script runs; the shim needs only the DOM, and
  // re-renders after it are the observer's job.
  const RUN_AT = 'document_end';

  function everywhere() {
    return api.permissions.contains({ origins: ORIGINS });
  }

  // sync makes the registration follow the permission (the reader may revoke
  // it in the browser's own settings, where only permissions.onRemoved tells us).
  async function sync() {
    const on = await everywhere();
    const reg = await api.scripting.getRegisteredContentScripts({ ids: [ID] });
    const have = reg.length > 0;
    if (on && !have) {
      await api.scripting.registerContentScripts([{ id: ID, matches: ORIGINS, js: JS, css: CSS,
        runAt: RUN_AT, persistAcrossSessions: true }]);
    } else if (on && reg[0].runAt && reg[0].runAt !== RUN_AT) {
      // An earlier version registered it at document_idle: registrations persist, so move it.
      await api.scripting.updateContentScripts([{ id: ID, runAt: RUN_AT }]).catch(() => {});
    } else if (!on && have) {
      await api.scripting.unregisterContentScripts({ ids: [ID] });
    }
    return on;
  }

  // injectTab runs the shim in one tab (activeTab). A tab that already has it
  // (registered script, or an earlier click) is left alone: one painter per page.
  async function injectTab(tabId) {
    const [probe] = await api.scripting.executeScript({ target: { tabId }, func: () => !!globalThis.__crossreadContent });
    if (probe && probe.result) return false;
    await api.scripting.insertCSS({ target: { tabId }, files: CSS });
    await api.scripting.executeScript({ target: { tabId }, files: JS });
    return true;
  }

  root.crossreadSites = { ID, JS, CSS, ORIGINS, everywhere, sync, injectTab };
})(globalThis);
