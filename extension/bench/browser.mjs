// Browser bench (issue 8): the built extension (e2e build: host permission
// granted, bench hook injected) in headless Chromium over the extraction DEV
// pages served from loopback, with Readability.js in the same pages and run.
//
//   node extension/bench/browser.mjs --dist dist/extension-e2e --pages ../shared/bench/extraction/html [--n 60]
//
// Per page:
//   - at load: crossread annotates as it does for a reader (request → every
//     annotation anchored, and the first mark painted after the load event),
//     while the browser is still busy with the page it just loaded;
//   - settled: three rounds, alternating which goes first, of Readability.js
//     parsing a clone of the document (as Reader View does) and crossread
//     annotating the same page again the whole way (bench/hook.js: serialize →
//     wasm in the offscreen document → anchor → paint). The ratio compares
//     these, each timed on the same settled page, in the same run.
// The bench waits by polling every 50 ms, not every animation frame: a frame
// loop in the page would compete for the two cores with what it measures.
// Then: cold starts (a fresh profile, the first page right away: the wasm's
// instantiation included) on the DEV page nearest 200 KB, and a 10 MB page
// (a DEV page padded with the inline JSON state and link lists that make real
// pages big), with the longest main-thread task while crossread works on it.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const DIST = path.resolve(args.dist || 'dist/extension-e2e');
const PAGES = path.resolve(args.pages || '../shared/bench/extraction/html');
const N = Number(args.n || 60);
const COLD = Number(args.cold || 3);
const READABILITY = fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const all = fs.readdirSync(PAGES).filter((n) => n.endsWith('.html.gz')).sort();
const names = all.slice(0, N);
const html = (id) => zlib.gunzipSync(fs.readFileSync(path.join(PAGES, id + '.html.gz')));

// pad returns about n bytes of what makes real news pages big: a framework's
// inline JSON state and long "more stories" link lists.
function pad(n) {
  const out = ['<script type="application/json" id="__STATE__">{"stories":['];
  let size = out[0].length;
  for (let i = 0; size < n / 2; i++) {
    const s = `{"id":${i},"title":"Story number ${i} about the markets","url":"/story/${i}"},`;
    out.push(s); size += s.length;
  }
  out.push('{}]}</script>\n');
  for (let i = 0; size < n; i++) {
    if (i % 50 === 0) out.push(`${i ? '</ul></nav>\n' : ''}<nav class="more-stories" aria-label="More stories ${i / 50}"><ul>`);
    const s = `<li><a href="/story/${i}">More stories: headline number ${i}</a></li>`;
    out.push(s); size += s.length;
  }
  out.push('</ul></nav>\n');
  return out.join('');
}
const BIG_ID = names[0].replace(/\.html\.gz$/, '');
const big = Buffer.from(html(BIG_ID).toString('utf8').replace(/<\/body>/i, () => pad(10 << 20) + '</body>'));
// The cold page: the DEV page nearest 200 KB.
const coldId = all.map((n) => n.replace(/\.html\.gz$/, ''))
  .map((id) => [id, Math.abs(html(id).length - 200e3)]).sort((a, b) => a[1] - b[1])[0][0];

const server = http.createServer((req, res) => {
  if (req.url === '/big.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(big); return; }
  const id = decodeURIComponent(req.url.replace(/^\/p\//, '').replace(/\.html$/, ''));
  const file = path.join(PAGES, id + '.html.gz');
  if (!req.url.startsWith('/p/') || !/^[0-9a-f]{64}$/.test(id) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html(id));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

async function launch() {
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
  await ctx.addInitScript(recordBefore);
  return { ctx, done: async () => { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

// recordBefore runs in the page before its own scripts: long tasks, and the
// moment the panel says the marks are ready.
function recordBefore() {
  {
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
  }
}

// loaded reads what the shim recorded for the annotation made at load.
const loaded = () => {
  const host = document.querySelector('crossread-panel');
  const load = performance.getEntriesByType('navigation')[0].loadEventEnd || 0;
  const t = Object.fromEntries((host.getAttribute('data-timings') || '').split(' ').filter(Boolean).map((kv) => { const [k, v] = kv.split('='); return [k, +v]; }));
  // Long tasks while crossread worked: from its request to its marks.
  const long = window.__long.filter(([s, d]) => s + d >= t.started && s <= window.__ready).map(([, d]) => d);
  return { t, firstMark: window.__ready - load, began: t.started - load, longMax: long.length ? Math.max(...long) : 0, anchors: host.getAttribute('data-anchors') };
};

// coldPage opens the cold-start page and reads what the shim recorded.
async function coldPage(page) {
  try {
    await page.goto(`${base}/p/${coldId}.html`, { waitUntil: 'load', timeout: 30000 });
    await page.waitForFunction(() => window.__ready > 0, null, { timeout: 30000, polling: 50 });
    return await page.evaluate(loaded);
  } catch (e) {
    return { error: String(e.message || e).split('\n')[0] };
  }
}

// settled times both on the page, alternating which goes first. waitFor(fn,
// arg) is the driver's wait: Playwright and Puppeteer order its arguments
// differently (playwrightWait, and the Firefox loop's own).
const playwrightWait = (page) => (fn, arg) => page.waitForFunction(fn, arg, { timeout: 20000, polling: 50 });
async function settled(page, rounds, waitFor = playwrightWait(page)) {
  await page.evaluate((src) => { (0, eval)(src); }, READABILITY);
  const ts = [], rd = [];
  for (let k = 0; k < rounds; k++) {
    const readability = () => page.evaluate(() => {
      const t0 = performance.now();
      new window.Readability(document.cloneNode(true)).parse();
      return performance.now() - t0;
    });
    const crossread = async () => {
      await page.evaluate(() => document.dispatchEvent(new CustomEvent('crossread-bench')));
      await waitFor((n) => +(document.querySelector('crossread-panel').getAttribute('data-bench') || 0) >= n, k + 1);
      return page.evaluate(() => Object.fromEntries(document.querySelector('crossread-panel').getAttribute('data-timings').split(' ').map((kv) => { const [k, v] = kv.split('='); return [k, +v]; })));
    };
    if (k % 2) { ts.push(await crossread()); rd.push(await readability()); } else { rd.push(await readability()); ts.push(await crossread()); }
  }
  // The round with the median total stands for the page.
  const mid = [...ts].sort((a, b) => a.total - b.total)[ts.length >> 1];
  return { crossread: mid.total, settledParts: mid, readability: med(rd) };
}

const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };
const med = (xs) => q(xs, 0.5);
const f = (x) => x.toFixed(1);

// ---- the DEV pages, warm ----
const rows = [], reopened = [];
{
  const { ctx, done } = await launch();
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  // The worker registers the content script as it starts: pages before that get none.
  await sw.evaluate(async () => {
    for (let i = 0; i < 300 && !(await chrome.scripting.getRegisteredContentScripts()).length; i++) await new Promise((r) => setTimeout(r, 100));
  });
  const page = await ctx.newPage();
  for (const n of names) {
    const id = n.replace(/\.html\.gz$/, '');
    try {
      await page.goto(`${base}/p/${id}.html`, { waitUntil: 'load', timeout: 30000 });
      await page.waitForFunction(() => window.__ready > 0, null, { timeout: 20000, polling: 50 });
      const at = await page.evaluate(loaded);
      const quiet = await settled(page, 3);
      rows.push({ id, ...at, ...quiet });
    } catch (e) {
      rows.push({ id, error: String(e.message || e).split('\n')[0] });
    }
  }
  // ---- the 10 MB page, in the same warm browser ----
  var bigRow;
  try {
    await page.goto(`${base}/big.html`, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.__ready > 0, null, { timeout: 120000, polling: 50 });
    bigRow = await page.evaluate(loaded);
    bigRow.bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
  } catch (e) {
    bigRow = { error: String(e.message || e).split('\n')[0] };
  }
  // ---- a cold instance in a running browser: the offscreen document closed
  // (as after an update, or when the browser reclaims it), then a page ----
  for (let i = 0; i < COLD; i++) {
    try {
      await sw.evaluate(async () => { if (await chrome.offscreen.hasDocument()) await chrome.offscreen.closeDocument(); });
    } catch { /* none to close */ }
    reopened.push(await coldPage(page));
  }
  await done();
}

// ---- cold starts ----
const cold = [];
for (let i = 0; i < COLD; i++) {
  const { ctx, done } = await launch();
  cold.push(await coldPage(ctx.pages()[0] || await ctx.newPage()));
  await done();
}
// ---- Firefox: the same settled rounds (its wasm runs in the background page) ----
const FIREFOX_PAGES = Math.min(N, Number(args.firefox ?? 30));
const ffRows = [];
if (FIREFOX_PAGES > 0 && fs.existsSync(process.env.FIREFOX || '/usr/bin/firefox-esr')) {
  const puppeteer = (await import('puppeteer-core')).default;
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true,
      // The pages' own resources point at the internet: a closed proxy port refuses them at once.
      extraPrefsFirefox: { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 65000,
        'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 65000, 'network.proxy.no_proxies_on': '127.0.0.1' },
    });
    await browser.installExtension(DIST);
    for (const n of names.slice(0, FIREFOX_PAGES)) {
      const id = n.replace(/\.html\.gz$/, '');
      const page = await browser.newPage();
      try {
        await page.evaluateOnNewDocument(recordBefore);
        try {
          await page.goto(`${base}/p/${id}.html`, { waitUntil: 'load', timeout: 30000 });
        } catch (e) {
          // Firefox's BiDi reports a refused sub-resource (an iframe to the
          // internet) as the navigation failing; the page itself loads.
          if (!/Address rejected/.test(String(e.message))) throw e;
          await page.waitForFunction(() => document.readyState === 'complete', { timeout: 30000, polling: 50 });
        }
        await page.waitForFunction(() => window.__ready > 0, { timeout: 20000, polling: 50 });
        const quiet = await settled(page, 3, (fn, arg) => page.waitForFunction(fn, { timeout: 20000, polling: 50 }, arg));
        ffRows.push({ id, crossread: quiet.crossread, readability: quiet.readability });
      } catch (e) {
        ffRows.push({ id, error: String(e.message || e).split('\n')[0] });
      }
      await page.close();
    }
  } catch (e) {
    ffRows.push({ id: 'firefox', error: String(e.message || e).split('\n')[0] });
  } finally {
    if (browser) await browser.close();
  }
}
server.close();

const ok = rows.filter((r) => !r.error);
const failed = rows.filter((r) => r.error);
console.log(`pages: ${ok.length} measured, ${failed.length} failed${failed.length ? ' (' + failed.slice(0, 3).map((r) => `${r.id.slice(0, 8)}: ${r.error}`).join('; ') + ')' : ''}`);
const cr = ok.map((r) => r.crossread), rd = ok.map((r) => r.readability);
console.log('settled page, same run (median of 3 alternating rounds per page):');
console.log(`  crossread annotate (request → anchored)  median ${f(med(cr))} ms  p95 ${f(q(cr, 0.95))} ms`);
console.log(`  Readability.js parse (clone + parse)     median ${f(med(rd))} ms  p95 ${f(q(rd, 0.95))} ms`);
console.log(`  ratio crossread / Readability: median ${(med(cr) / med(rd)).toFixed(2)}x  p95 ${(q(cr, 0.95) / q(rd, 0.95)).toFixed(2)}x  (per page: median ${f(med(ok.map((r) => r.crossread / r.readability)))}x)`);
const parts = ['serialize', 'there', 'core', 'back', 'parse', 'anchor', 'paint', 'panel'];
console.log('  where it goes (medians): ' + parts.map((k) => `${k} ${f(med(ok.map((r) => r.settledParts[k] || 0)))}`).join(', ') + ' ms');
const atLoad = ok.map((r) => r.t.total);
console.log('at load (the page still settling, as a reader meets it):');
console.log(`  crossread annotate (request → anchored)  median ${f(med(atLoad))} ms  p95 ${f(q(atLoad, 0.95))} ms  (vs settled Readability: ${(med(atLoad) / med(rd)).toFixed(2)}x)`);
console.log(`  first mark after the load event          median ${f(med(ok.map((r) => r.firstMark)))} ms  p95 ${f(q(ok.map((r) => r.firstMark), 0.95))} ms`);
console.log(`  longest main-thread task while annotating median ${f(med(ok.map((r) => r.longMax)))} ms  max ${f(Math.max(0, ...ok.map((r) => r.longMax)))} ms`);
console.log('  where it goes (medians): ' + parts.map((k) => `${k} ${f(med(ok.map((r) => r.t[k] || 0)))}`).join(', ') + ' ms');
const cok = cold.filter((r) => !r.error);
if (COLD) console.log(`cold start (fresh profile, first page right away, ${Math.round(html(coldId).length / 1024)} KB page ${coldId.slice(0, 8)}): ` +
  (cok.length ? `first mark after the load event median ${f(med(cok.map((r) => r.firstMark)))} ms (runs: ${cok.map((r) => f(r.firstMark)).join(', ')} ms; ` +
    `crossread began ${cok.map((r) => f(r.began)).join(', ')} ms after load, took ${cok.map((r) => f(r.t.total)).join(', ')} ms; the core's call ${cok.map((r) => f(r.t.core)).join(', ')} ms, after ${cok.map((r) => r.t.warmed).join(', ')} warm pages; wasm fetch ${cok.map((r) => f(r.t.fetch || 0)).join(', ')}, ` +
    `compile ${cok.map((r) => f(r.t.compile || 0)).join(', ')}, start ${cok.map((r) => f(r.t.start || 0)).join(', ')} ms)` : 'failed') +
  (cold.length > cok.length ? `; ${cold.length - cok.length} failed: ${cold.find((r) => r.error).error}` : ''));
const rok = reopened.filter((r) => !r.error);
if (COLD) console.log(`cold instance in a running browser (offscreen document closed, then the same page): ` +
  (rok.length ? `first mark after the load event median ${f(med(rok.map((r) => r.firstMark)))} ms (runs: ${rok.map((r) => f(r.firstMark)).join(', ')} ms; ` +
    `compile ${rok.map((r) => f(r.t.compile || 0)).join(', ')}, start ${rok.map((r) => f(r.t.start || 0)).join(', ')}, the core's call ${rok.map((r) => f(r.t.core)).join(', ')} ms)` : 'failed') +
  (reopened.length > rok.length ? `; ${reopened.length - rok.length} failed: ${reopened.find((r) => r.error).error}` : ''));
if (bigRow.error) console.log(`10 MB page: failed: ${bigRow.error}`);
else {
  const t = bigRow.t;
  console.log(`10 MB page (${(bigRow.bytes / 1048576).toFixed(1)} MB of markup): request → anchored ${f(t.total)} ms, first mark after load ${f(bigRow.firstMark)} ms, ` +
    `longest main-thread task meanwhile ${f(bigRow.longMax)} ms; serialize ${f(t.serialize)} (sliced), core ${f(t.core)}, transport ${f(t.transport - t.core)}, anchor ${f(t.anchor)} (sliced), paint ${f(t.paint)} ms; ${bigRow.anchors}`);
}
if (ffRows.length) {
  const fok = ffRows.filter((r) => !r.error), fcr = fok.map((r) => r.crossread), frd = fok.map((r) => r.readability);
  const ferr = ffRows.filter((r) => r.error);
  console.log(`Firefox, settled page, same run (${fok.length} pages${ferr.length ? `, ${ferr.length} failed: ${ferr[0].error}` : ''}): ` +
    (fok.length ? `crossread median ${f(med(fcr))} ms p95 ${f(q(fcr, 0.95))} ms, Readability.js median ${f(med(frd))} ms p95 ${f(q(frd, 0.95))} ms, ` +
      `ratio median ${(med(fcr) / med(frd)).toFixed(2)}x p95 ${(q(fcr, 0.95) / q(frd, 0.95)).toFixed(2)}x` : ''));
}
