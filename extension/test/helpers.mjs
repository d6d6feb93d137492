// Shared test helpers: load shim sources into a jsdom window (as the browser
// would load the content scripts) and run the Go CLI for the core's view.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const EXT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(EXT, '..');

// window returns a jsdom window with the named shim files evaluated in it.
export function window(html, files = ['shim/anchor.js'], url = 'http://127.0.0.1/test.html') {
  const dom = new JSDOM(html, { runScripts: 'outside-only', url, pretendToBeVisual: true });
  // Tests read the panel through shadowRoot, as on crossread's own pages.
  if (files.includes('shim/panel.js') && !files.includes('shim/open-shadow.js')) files = ['shim/open-shadow.js', ...files];
  // The panel's view as crossread's own pages show it (a column): the extension's side panel renders the same view.
  if (files.includes('shim/panel.js')) dom.window.eval("(globalThis.crossreadShim = globalThis.crossreadShim || {}).panelMode = 'column';");
  for (const f of files) dom.window.eval(readFileSync(path.join(EXT, f), 'utf8'));
  return dom.window;
}

let cli;
// annotate runs the native core (the same Go code the wasm runs) on a file.
export function annotate(file, args = []) {
  if (!cli) {
    const dir = mkdtempSync(path.join(tmpdir(), 'crossread-cli-'));
    cli = path.join(dir, 'crossread');
    execFileSync('go', ['build', '-o', cli, './internal/cmd/crossread'], { cwd: ROOT, stdio: 'inherit' });
  }
  return JSON.parse(execFileSync(cli, ['annotate', ...args, file], { cwd: ROOT, maxBuffer: 64 << 20 }).toString());
}

export function tmpFile(name, content) {
  const dir = mkdtempSync(path.join(tmpdir(), 'crossread-test-'));
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

// textPlainView is how Chromium and Firefox show a text/plain response: one <pre> in the body.
export function textPlainView(text) {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html><head></head><body><pre>${esc}</pre></body></html>`;
}
