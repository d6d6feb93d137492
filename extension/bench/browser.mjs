// Browser bench (issue 8): the built extension in headless Chromium over the
// extraction DEV pages served from loopback, and Readability.js parsing a clone
// of the same document in the same page, in the same run. Prints medians, p95
// and the ratio crossread / Readability.
//
//   node extension/bench/browser.mjs --dist dist/extension --pages ../shared/bench/extraction/html [--n 60]
//
// crossread's time is what the shim measures from serializing the page to
// having every annotation anchored (request → annotations ready, wasm call and
// messaging included); "first mark" is from the page's load event to the panel
// being painted. Long tasks are the page main thread's, observed from before
// load: crossread's anchoring and painting run there, its wasm does not.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const DIST = path.resolve(args.dist || 'dist/extension');
const PAGES = path.resolve(args.pages || '../shared/bench/extraction/html');
const N = Number(args.n || 60);
const READABILITY = fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const names = fs.readdirSync(PAGES).filter((n) => n.endsWith('.html.gz')).sort().slice(0, N);
const server = http.createServer((req, res) => {
  const id = decodeURIComponent(req.url.replace(/^\/p\//, '').replace(/\.html$/, ''));
  const file = path.join(PAGES, id + '.html.gz');
  if (!req.url.startsWith('/p/') || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(zlib.gunzipSync(fs.readFileSync(file)));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-bench-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, bypassCSP: true,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: ['--no-sandbox', `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
});
// The pages' own images, fonts and scripts point at the internet, which this
// machine does not reach: refuse them at once so every page loads alike.
await ctx.route((url) => !url.href.startsWith(base), (route) => route.abort());
await ctx.addInitScript(() => {
  window.__long = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no long task API: none recorded */ }
  window.__ready = 0;
  new MutationObserver(() => {
    const h = document.querySelector('crossread-panel');
    if (h && h.getAttribute('data-state') === 'ready' && !window.__ready) window.__ready = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
});
if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15000 }).catch(() => {});

const rows = [];
const page = await ctx.newPage();
for (const n of names) {
  const id = n.replace(/\.html\.gz$/, '');
  try {
    await page.goto(`${base}/p/${id}.html`, { waitUntil: 'load', timeout: 30000 });
    await page.waitForFunction(() => window.__ready > 0, null, { timeout: 20000 });
    const r = await page.evaluate((src) => {
      const host = document.querySelector('crossread-panel');
      const load = performance.getEntriesByType('navigation')[0].loadEventEnd || 0;
      (0, eval)(src); // Readability's own file, in the page, as Reader View runs it
      const t0 = performance.now();
      new window.Readability(document.cloneNode(true)).parse();
      const readability = performance.now() - t0;
      const ready = window.__ready;
      const long = window.__long.filter(([s, d]) => s + d >= load && s <= ready).map(([, d]) => d);
      return {
        crossread: +host.getAttribute('data-annotate-ms') + +host.getAttribute('data-anchor-ms'),
        firstMark: ready - load, readability, longMax: long.length ? Math.max(...long) : 0,
        bytes: document.documentElement.outerHTML.length,
        timings: Object.fromEntries((host.getAttribute('data-timings') || '').split(' ').filter(Boolean).map((kv) => { const [k, v] = kv.split('='); return [k, +v]; })),
      };
    }, READABILITY);
    rows.push({ id, ...r });
  } catch (e) {
    rows.push({ id, error: String(e.message || e).split('\n')[0] });
  }
}
await ctx.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

const ok = rows.filter((r) => !r.error);
const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };
const f = (x) => x.toFixed(1);
const cr = ok.map((r) => r.crossread), rd = ok.map((r) => r.readability);
console.log(`pages: ${ok.length} measured, ${rows.length - ok.length} failed${rows.length - ok.length ? ' (' + rows.filter((r) => r.error).slice(0, 3).map((r) => r.error).join('; ') + ')' : ''}`);
console.log(`crossread annotate (request → anchored)  median ${f(q(cr, 0.5))} ms  p95 ${f(q(cr, 0.95))} ms`);
console.log(`Readability.js parse (clone + parse)     median ${f(q(rd, 0.5))} ms  p95 ${f(q(rd, 0.95))} ms`);
console.log(`first mark after load                    median ${f(q(ok.map((r) => r.firstMark), 0.5))} ms  p95 ${f(q(ok.map((r) => r.firstMark), 0.95))} ms`);
console.log(`longest main-thread task while annotating median ${f(q(ok.map((r) => r.longMax), 0.5))} ms  max ${f(Math.max(0, ...ok.map((r) => r.longMax)))} ms`);
const parts = Object.keys((ok[0] || {}).timings || {});
if (parts.length) console.log('where crossread\'s time goes (medians): ' + parts.map((k) => `${k} ${f(q(ok.map((r) => r.timings[k] || 0), 0.5))} ms`).join(', '));
console.log(`ratio crossread / Readability: median ${(q(cr, 0.5) / q(rd, 0.5)).toFixed(2)}x  p95 ${(q(cr, 0.95) / q(rd, 0.95)).toFixed(2)}x (Chromium, same pages, same run)`);
