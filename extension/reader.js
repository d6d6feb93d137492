// reader.js — crossread's reader view of one report (reader.html?report=ID):
// a seed (its text comes from the wasm, through the background) or a report
// the reader chose to keep (storage.local). The report is laid out as the dev
// server lays out a seed (first line a heading, one paragraph per line), with
// DOM calls and textContent only, then annotated by the same shim as any page.
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const id = new URLSearchParams(location.search).get('report') || '';
  const article = document.getElementById('report');

  async function send(msg) {
    const r = await api.runtime.sendMessage(msg);
    if (!r || r.error) throw new Error(r ? r.error : 'no answer from the background');
    return r;
  }

  // headline: the first line that reads like one (seeds start with site chrome), as the dev server picks it.
  function headline(lines) {
    return lines.find((l) => l.split(/\s+/).length >= 8) || lines[0] || id;
  }

  function show(report) {
    const lines = String(report.text || '').split('\n').map((l) => l.trim()).filter(Boolean);
    document.title = `${headline(lines)} — crossread reader`;
    if (report.dct) {
      // The report's own date, read by the core as a news page's would be.
      const m = document.createElement('meta');
      m.setAttribute('property', 'article:published_time');
      m.setAttribute('content', report.dct);
      document.head.append(m);
    }
    lines.forEach((l, i) => {
      const el = document.createElement(i === 0 ? 'h1' : 'p');
      el.textContent = l;
      article.append(el);
    });
    if (/^https?:/.test(report.url || '')) {
      const a = document.createElement('a');
      a.href = report.url;
      a.rel = 'noreferrer';
      a.textContent = new URL(report.url).hostname;
      document.getElementById('source').append(' · from ', a);
    }
    article.removeAttribute('aria-busy');
  }

  const transport = {
    async annotate(page, meta) {
      const store = globalThis.crossreadStore;
      if (await store.enabled(api.storage.local)) {
        const corpus = await store.load(api.storage.local);
        if (corpus.length) { const m = JSON.parse(meta); m.corpus = corpus; meta = JSON.stringify(m); }
      }
      return (await send({ type: 'crossread:annotate', page, meta })).json;
    },
    async getSettings() { return (await api.storage.local.get('settings')).settings; },
    onSettings(cb) {
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && changes.settings) cb(changes.settings.newValue);
      });
    },
  };

  (async () => {
    try {
      const report = JSON.parse((await send({ type: 'crossread:report', id })).json);
      if (report.error) throw new Error(report.error);
      show(report);
    } catch (e) {
      article.removeAttribute('aria-busy');
      const p = document.createElement('p');
      p.textContent = `crossread could not open this report: ${e && e.message || e}`;
      article.append(p);
      return;
    }
    // crossread's own page: the panel in a column beside the report.
    globalThis.crossreadShim.panelMode = 'column';
    globalThis.crossreadShim.openReport = (next) => { send({ type: 'crossread:open', report: next }).catch(() => {}); };
    globalThis.crossreadReader = globalThis.crossreadShim.start(transport);
  })();
})();
