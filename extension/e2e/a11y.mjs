// e2e for issue 10: Web Annotation export → reload → import round trip, axe-core
// over the annotated seed page (panel shadow root included) and the popup, the
// dark-page palette, reduced motion, and screenshots (light, dark, forced colors).
//
// run.mjs calls a11y(kind, {openPage, openPopup, check, shots}) once per browser;
// openPopup is null where the browser cannot open the popup as a tab (Firefox).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import assert from 'node:assert/strict';

const SEED = '000_f39a18dfd17b5c2f';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Injected with evaluate (devtools/BiDi evaluation is not subject to the page's CSP).
const AXE_LOAD = `(() => { if (!window.axe) { ${AXE}\n } return typeof window.axe; })()`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(page, fn, arg, what, timeout = 30000) {
  const end = Date.now() + timeout;
  let v;
  while (Date.now() < end) {
    v = await page.evaluate(fn, arg);
    if (v) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ready = (page) => until(page, () => {
  const h = document.querySelector('crossread-panel');
  return !!(h && h.isConnected && h.getAttribute('data-state') === 'ready');
}, null, 'the panel');

// axe returns the serious/critical violations (all rules, shadow roots included) and a summary of the rest.
async function axe(page) {
  assert.equal(await page.evaluate(AXE_LOAD), 'object', 'axe did not load');
  const out = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary || ''}`.slice(0, 300)) }));
  });
  return { bad: out.filter((v) => v.impact === 'serious' || v.impact === 'critical'), minor: out.filter((v) => v.impact !== 'serious' && v.impact !== 'critical') };
}

function assertAxe(res, where, log) {
  if (res.minor.length) log(`     ${where}: axe minor/moderate: ${res.minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  assert.deepEqual(res.bad, [], `${where}: axe serious/critical violations`);
}

// darkPage styles the seed page dark before crossread paints (document_idle), as a dark news site would be.
function darkPage() {
  document.addEventListener('DOMContentLoaded', () => {
    const s = document.createElement('style');
    s.textContent = 'html,body{background:#16181d !important;color:#e4e4e4 !important}';
    document.head.append(s);
  });
}

// panelReady waits until the side panel's page shows its tab's list.
const panelReady = (panel) => until(panel, () => document.body.getAttribute('data-state') === 'ready' && document.querySelectorAll('ul.officials li').length > 0, null, 'the side panel');

export async function a11y(kind, { openPage, openPopup, check, shots, panelFor, log = console.log }) {
  const chromium = kind === 'chromium';
  const shot = (name) => path.join(shots, `${kind}-a11y-${name}.png`);

  await check(`${kind}: export as Web Annotation JSON-LD, reload, import: every annotation re-anchors`, async () => {
    const page = await openPage(`/e2e/seed/${SEED}.html`);
    try {
      await ready(page);
      const panel = await panelFor(page);
      try {
        await panelReady(panel);
        // The export is made in the page (its ranges) and downloaded from the side panel as a Blob URL.
        const json = await panel.evaluate(async () => {
          document.querySelector('button.export').click();
          let a;
          for (let i = 0; i < 50 && !(a = document.querySelector('a.download')); i++) await new Promise((r) => setTimeout(r, 50));
          if (!a) throw new Error('no download link');
          return (await fetch(a.href)).text();
        });
        const doc = JSON.parse(json);
        assert.equal(doc['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
        const n = doc.first.items.length;
        assert.ok(n > 10 && doc.total === n, `exported ${n}`);
        const kinds = new Set(doc.first.items.map((a) => a['crossread:kind']));
        assert.deepEqual([...kinds].sort(), ['boilerplate', 'date', 'official']);
        await page.reload();
        await ready(page);
        await panelReady(panel);
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'crossread-export-')), 'export.jsonld');
        writeFileSync(file, json);
        if (chromium) {
          await panel.locator('input[type=file]').setInputFiles(file);
        } else {
          const input = await panel.$('input[type=file]');
          await input.uploadFile(file);
        }
        const got = await until(page, () => document.querySelector('crossread-panel').getAttribute('data-imported'), null, 'the import');
        assert.equal(got, `${n}/${n}`);
        const status = await until(panel, () => document.querySelector('.status').textContent, null, 'the import status');
        assert.match(status, new RegExp(`^Imported ${n} of ${n} annotations \\(${n} in place, 0 found by quote\\)$`));
      } finally { await panel.close(); }
    } finally { await page.close(); }
  });

  await check(`${kind}: axe-core finds no serious or critical violation on the annotated seed page and its panel`, async () => {
    const page = await openPage(`/e2e/seed/${SEED}.html`);
    try {
      await ready(page);
      assertAxe(await axe(page), 'seed page', log);
      const panel = await panelFor(page);
      try {
        await panelReady(panel);
        assertAxe(await axe(panel), 'side panel', log);
        // The side panel: a labelled landmark, labelled buttons and switches, headings, a visible focus ring.
        const p = await panel.evaluate(() => {
          const b = document.querySelector('button.export');
          b.focus();
          const cs = getComputedStyle(b);
          return { label: document.querySelector('main').getAttribute('aria-label'),
            buttons: [...document.querySelectorAll('button')].every((x) => x.textContent.trim() || x.getAttribute('aria-label')),
            outline: `${cs.outlineStyle} ${cs.outlineWidth}`, headings: document.querySelectorAll('h2').length };
        });
        assert.ok(p.label);
        assert.ok(p.buttons, 'a button without a name');
        assert.ok(p.headings > 0);
        // Keyboard: Tab reaches the switches and the list's buttons.
        if (chromium) {
          assert.match(p.outline, /^solid [1-9]/, `focus ring: ${p.outline}`);
          await panel.screenshot({ path: shot('sidepanel-focus') });
        }
      } finally { await panel.close(); }
    } finally { await page.close(); }
  });

  if (chromium) {
    await check(`${kind}: light, dark-page and forced-colors views (screenshots; axe on the dark page)`, async () => {
      let url, ctx;
      const page = await openPage(`/e2e/seed/${SEED}.html`);
      try {
        await ready(page);
        url = page.url();
        ctx = page.context();
        const light = await page.evaluate(() => ({ theme: document.documentElement.getAttribute('data-crossread-theme'),
          panel: document.querySelector('crossread-panel').getAttribute('data-theme') }));
        assert.deepEqual(light, { theme: null, panel: 'light' });
        await page.screenshot({ path: shot('light') });
        await page.emulateMedia({ forcedColors: 'active' });
        await page.screenshot({ path: shot('forced-colors') });
        await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
        await page.screenshot({ path: shot('forced-colors-dark') });
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
        // The side panel's page, light and dark (prefers-color-scheme), axe on both.
        const panel = await panelFor(page);
        try {
          await panelReady(panel);
          await panel.setViewportSize({ width: 360, height: 900 });
          // The panel follows the reader's colour scheme: its background's luminance, light then dark.
          const lum = () => panel.evaluate(() => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
          });
          await panel.emulateMedia({ colorScheme: 'light' });
          await panel.screenshot({ path: shot('sidepanel-light') });
          assert.ok(await lum() > 0.8, 'the side panel is not light in a light scheme');
          await panel.emulateMedia({ colorScheme: 'dark' });
          await panel.screenshot({ path: shot('sidepanel-dark') });
          assert.ok(await lum() < 0.2, 'the side panel is not dark in a dark scheme');
          assertAxe(await axe(panel), 'side panel, dark', log);
          await panel.emulateMedia({ forcedColors: 'active' });
          await panel.screenshot({ path: shot('sidepanel-forced-colors') });
        } finally { await panel.close(); }
      } finally { await page.close(); }
      // A dark site in a dark OS theme: the page's own background decides crossread's palette.
      const page2 = await ctx.newPage();
      try {
        await page2.addInitScript(darkPage);
        await page2.emulateMedia({ colorScheme: 'dark' });
        await page2.goto(url);
        await ready(page2);
        const st = await page2.evaluate(() => ({ theme: document.documentElement.getAttribute('data-crossread-theme'),
          panel: document.querySelector('crossread-panel').getAttribute('data-theme') }));
        assert.deepEqual(st, { theme: 'dark', panel: 'dark' });
        await page2.screenshot({ path: shot('dark') });
        assertAxe(await axe(page2), 'dark seed page', log);
      } finally { await page2.close(); }
    });
  }

  if (openPopup) {
    await check(`${kind}: axe-core finds no serious or critical violation in the popup`, async () => {
      const popup = await openPopup();
      try {
        await popup.waitForSelector('#enabled');
        assertAxe(await axe(popup), 'popup', log);
      } finally { await popup.close(); }
    });
  }
}
