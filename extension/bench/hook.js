// hook.js — in the e2e build only (buildext's e2eVariant injects it after
// content.js): the browser bench dispatches a `crossread-bench` event on the
// settled page, and crossread annotates the page again, the whole way
// (serialize → core → anchor → paint); data-bench on the panel host counts the
// runs done. Readability.js is timed on the same settled page between runs.
(function () {
  'use strict';
  const NS = globalThis.crossreadShim;
  let runs = 0;
  document.addEventListener('crossread-bench', () => {
    const ctl = NS && NS.ctl;
    if (!ctl || typeof ctl.reannotate !== 'function') return;
    ctl.reannotate().then(() => {
      const host = document.querySelector('crossread-panel');
      if (host) host.setAttribute('data-bench', String(++runs));
    });
  });
})();
