// corpus-store.js — the opt-in corpus of reports the reader has read, kept in
// storage.local only (never sent anywhere). Loaded by the background (the one
// writer, so two tabs cannot overwrite each other's additions), the reader view
// and the popup; the list logic is pure so node tests it without a browser.
//
// storage.local keys:
//   remember: bool     the popup's opt-in, off unless set
//   corpus: [report]   oldest first; report = {id, title, text, html, dct, url},
//                      the shape the core takes as meta.corpus
(function (root) {
  'use strict';
  const KEY = 'corpus';
  const FLAG = 'remember';
  // Chrome's storage.local holds 10 MB without "unlimitedStorage"; 8 MB leaves
  // room for the settings. Reports are article text, ~5-20 kB each.
  const LIMITS = { reports: 200, bytes: 8 << 20 };

  const enc = new TextEncoder();
  // sizeOf counts a report as storage counts it: UTF-8 bytes of its JSON.
  function sizeOf(r) { return enc.encode(JSON.stringify(r)).length; }

  // add returns a new list with report as the newest entry (replacing an older
  // copy of the same id), dropping the oldest until both limits hold. A report
  // over the byte limit on its own is refused (the list comes back unchanged).
  function add(list, report, limits = LIMITS) {
    list = Array.isArray(list) ? list : [];
    const size = sizeOf(report);
    if (size > limits.bytes) return { list, dropped: [], added: false };
    const out = list.filter((r) => r && r.id !== report.id);
    out.push(report);
    let total = out.reduce((n, r) => n + sizeOf(r), 0);
    const dropped = [];
    while (out.length > limits.reports || total > limits.bytes) {
      const old = out.shift();
      total -= sizeOf(old);
      dropped.push(old.id);
    }
    return { list: out, dropped, added: true };
  }

  // fromResult makes the stored report of an annotated page: its article text
  // (the blocks the core did not call boilerplate, one per line, as a .txt
  // report reads), or null when the page reports no event with a kind and
  // parties, or is not a web page. Text only: nothing of the page's markup is
  // kept, so the reader view never has page HTML to render.
  function fromResult(page) {
    if (!page || typeof page.url !== 'string' || !/^(https?|file):/.test(page.url)) return null;
    const ev = page.event || {};
    if (!ev.kind || !Array.isArray(ev.parties) || !ev.parties.length) return null;
    const one = (s) => String(s || '').replace(/\s+/g, ' ').trim();
    const title = one(page.title);
    const lines = (page.blocks || []).filter((b) => b && !b.boilerplate).map((b) => one(b.text)).filter(Boolean);
    if (!lines.length) return null;
    if (title && lines[0] !== title) lines.unshift(title);
    const url = page.url.replace(/#.*$/, '');
    // A date the page states; not the reading day, a lower bound read from the body, a wire dateline whose
    // year was taken from elsewhere in the text, or one the corpus
    // guessed, which would then vouch for itself.
    const dct = /^\d{4}-\d{2}-\d{2}$/.test(page.dct || '') && !['today', 'event', 'body', 'wire'].includes(page.dct_source) ? page.dct : '';
    return { id: url, title: title || lines[0], text: lines.join('\n') + '\n', html: false, dct, url };
  }

  async function load(storage) {
    const o = await storage.get(KEY);
    return Array.isArray(o[KEY]) ? o[KEY] : [];
  }

  async function enabled(storage) {
    const o = await storage.get(FLAG);
    return o[FLAG] === true;
  }

  // Writes go through one queue so an add and a forget never interleave.
  let queue = Promise.resolve();
  function serial(fn) {
    const p = queue.then(fn);
    queue = p.catch(() => {});
    return p;
  }

  function remember(storage, report, limits = LIMITS) {
    return serial(async () => {
      const r = add(await load(storage), report, limits);
      if (r.added) await storage.set({ [KEY]: r.list });
      return r;
    });
  }

  function forget(storage) {
    return serial(() => storage.remove(KEY));
  }

  // stats for the popup: how many reports, how many bytes.
  function stats(list) {
    return { reports: list.length, bytes: list.reduce((n, r) => n + sizeOf(r), 0) };
  }

  root.crossreadStore = { KEY, FLAG, LIMITS, sizeOf, add, fromResult, load, enabled, remember, forget, stats };
})(globalThis);
