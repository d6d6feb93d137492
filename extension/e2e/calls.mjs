// calls.mjs — issue 16 in the browsers: a few reports of one call between two
// officials are imported into the corpus (as a folder of saved reports would
// be: their text, no date given); a page of another report of that call shows
// them in the panel, and a page of the same two officials' other call does not
// (it shows its own call's imported reports instead).
//
// The reports are real ones of ../shared/bench/calls, read at test time and
// served by run.mjs's proxy at /e2e/calls/NNN.txt (text/plain); they are not
// ours to copy into the repository. Without that folder the check is skipped
// (and fails under CI).
//
// run.mjs calls callsChecks once per browser with what it already has (see
// reader.mjs): storage is written from an extension page: the popup in
// Chromium, the reader view the panel opens in Firefox (BiDi cannot navigate
// to moz-extension://, but evaluates in a tab the extension opened).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CALLS = path.resolve(ROOT, '../shared/bench/calls');

// issue 17: the corpus bundle `make batch` writes from ../shared/bench/calls
// (dist/batch/calls/corpus.json, the extension's corpus shape).
export const BUNDLE = path.resolve(ROOT, 'dist/batch/calls/corpus.json');

// One DEV call of trump-putin and the pair's other DEV call three months later.
const CALL = { event: 'trump-putin-2025-02-12', imported: ['087.txt', '090.txt'], page: '043.txt' };
const OTHER = { event: 'trump-putin-2025-05-19', imported: ['011.txt', '017.txt'], page: '029.txt' };

// callsFile answers the proxy's /e2e/calls/NNN.txt, or null.
export function callsFile(pathname) {
  const m = /^\/e2e\/calls\/(\d{3}\.txt)$/.exec(pathname);
  if (!m || !existsSync(path.join(CALLS, m[1]))) return null;
  return readFileSync(path.join(CALLS, m[1]));
}

function imported(file) {
  const text = readFileSync(path.join(CALLS, file), 'utf8');
  const title = (text.split('\n').find((l) => l.trim()) || file).trim();
  return { id: 'import:' + file, title, text, html: false, dct: '', url: '' };
}

async function untilTrue(fn, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => false);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function callsChecks({ kind, check, waitFor, openPage, openPopup, nextPage, panelFor }) {
  if (!existsSync(path.join(CALLS, 'labels.json'))) {
    if (process.env.CI) throw new Error(`no ${CALLS}`);
    console.log(`SKIP ${kind}: no ${CALLS} beside this checkout (issue 16 corpus import check)`);
    return;
  }
  const labels = JSON.parse(readFileSync(path.join(CALLS, 'labels.json'), 'utf8')).reports;
  for (const c of [CALL, OTHER]) {
    for (const f of [...c.imported, c.page]) {
      assert.equal(labels.find((r) => r.file === f).event, c.event, `${f} is not a report of ${c.event}`);
    }
  }
  const corpus = [...CALL.imported, ...OTHER.imported].map(imported);

  // An extension page to write storage from.
  let ext;
  let opener;
  const extPage = async () => {
    if (openPopup) return openPopup();
    // Firefox: the side panel's page, opened in a tab by the page's control.
    opener = await openPage('/e2e/seed/000_f39a18dfd17b5c2f.html');
    await waitFor(opener, (s) => s.ready, 'the panel of seed 000');
    const p = await panelFor(opener);
    await untilTrue(() => p.evaluate(() => document.readyState === 'complete' && /extension:/.test(location.href)), 'the side panel page');
    return p;
  };
  const setStorage = (page, items) => page.evaluate((o) => (globalThis.browser || chrome).storage.local.set(o), items);
  const clearStorage = (page) => page.evaluate(() => (globalThis.browser || chrome).storage.local.remove(['corpus', 'remember']));

  // sideLists: the same-event and other-call lists of the side panel's page for page p (issue 18: the lists live there).
  const sideLists = async (p, name) => {
    await waitFor(p, (s) => s.ready, `the panel of ${name}`);
    const sp = await panelFor(p);
    try {
      return await untilTrue(() => sp.evaluate(() => document.body.getAttribute('data-state') === 'ready' && {
        links: [...document.querySelectorAll('ul.links li')].map((li) => li.getAttribute('data-report')),
        related: [...document.querySelectorAll('ul.related li')].map((li) => li.getAttribute('data-report')) }), `the side panel of ${name}`);
    } finally { await sp.close(); }
  };
  await check(`${kind}: reports of one call imported into the corpus (by hand, then the bundle of make batch): another report of it links them, a report of the pair's other call does not`, async () => {
    ext = await extPage();
    try {
      await setStorage(ext, { remember: true, corpus });
      const same = async (c, other) => {
        const p = await openPage(`/e2e/calls/${c.page}`);
        try {
          const st = await sideLists(p, c.page);
          for (const f of c.imported) {
            assert.ok(st.links.includes('import:' + f), `${c.page} (${c.event}) does not link ${f}: links ${JSON.stringify(st.links)}`);
          }
          for (const f of other.imported) {
            assert.ok(!st.links.includes('import:' + f), `${c.page} (${c.event}) links ${f} of ${other.event}: ${JSON.stringify(st.links)}`);
          }
          // the pair's other call is named as such, not as the same call
          assert.ok(other.imported.every((f) => st.related.includes('import:' + f)),
            `${c.page}: the other call's reports are not listed as another call: ${JSON.stringify(st.related)}`);
        } finally {
          await p.close();
        }
      };
      await same(CALL, OTHER);
      await same(OTHER, CALL);
      if (!existsSync(BUNDLE)) {
        if (process.env.CI) throw new Error(`no ${BUNDLE}: make batch writes it`);
        console.log(`SKIP ${kind}: no ${BUNDLE} (make batch)`);
        return;
      }
      // The crawl's bundle imported: the page of one call lists every other report of it in the crawl.
      await setStorage(ext, { remember: true, corpus: JSON.parse(readFileSync(BUNDLE, 'utf8')) });
      const p = await openPage(`/e2e/calls/${CALL.page}`);
      try {
        const st = await sideLists(p, `${CALL.page} with the crawl's bundle`);
        for (const r of labels.filter((x) => x.file !== CALL.page && (x.event === CALL.event || x.event === OTHER.event))) {
          assert.equal(st.links.includes('batch:' + r.file), r.event === CALL.event,
            `${CALL.page} with the bundle: ${r.file} (${r.event}): links ${JSON.stringify(st.links)}`);
        }
      } finally {
        await p.close();
      }
    } finally {
      await clearStorage(ext).catch(() => {});
      await ext.close();
      if (opener) await opener.close();
    }
  });
}
