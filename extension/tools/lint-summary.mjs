// lint-summary.mjs — reads `web-ext lint --output json` on stdin, prints one
// line per finding, exits 1 on any error or on a warning not in EXPECTED.
const EXPECTED = new Set([
  'MANIFEST_PERMISSIONS',              // "offscreen" is Chrome's; Firefox ignores it
  'BACKGROUND_SERVICE_WORKER_IGNORED', // Chrome's worker; Firefox uses background.scripts
  'UNSUPPORTED_API',                   // chrome.offscreen, only called where it exists
]);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const r = JSON.parse(input);
let bad = 0;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of r[kind]) {
    const ok = kind === 'notices' || (kind === 'warnings' && EXPECTED.has(m.code));
    if (!ok) bad++;
    console.log(`${ok ? 'expected' : 'FAIL'} ${kind.slice(0, -1)} ${m.code} ${m.file || ''}: ${m.message}`);
  }
}
console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices; ${bad ? bad + ' unexpected' : 'all expected'}`);
process.exit(bad ? 1 : 0);
