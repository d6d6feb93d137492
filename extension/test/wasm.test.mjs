// The built wasm (dist/extension/crossread.wasm) under node, as esbuild's
// wasm-tests do: it must give the same annotations as the native CLI for the
// same page — the extension and `make serve` paint what the CLI prints.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { annotate, tmpFile, textPlainView, ROOT } from './helpers.mjs';

const WASM = path.join(ROOT, 'dist/extension/crossread.wasm');
const EXEC = path.join(ROOT, 'dist/extension/wasm_exec.js');

async function core() {
  vm.runInThisContext(readFileSync(EXEC, 'utf8'), { filename: EXEC }); // defines globalThis.Go
  const go = new globalThis.Go();
  const { instance } = await WebAssembly.instantiate(readFileSync(WASM), go.importObject);
  go.run(instance);
  assert.equal(typeof globalThis.crossread.annotate, 'function');
  return globalThis.crossread;
}

test('wasm annotate matches the native CLI', { skip: !existsSync(WASM) && 'run make build first' }, async () => {
  const cr = await core();
  const cases = [
    ['testdata/pages/anchoring/source.html', readFileSync(path.join(ROOT, 'testdata/pages/anchoring/source.html'), 'utf8')],
  ];
  const seed = readFileSync(path.join(ROOT, 'testdata/seeds/000_f39a18dfd17b5c2f.txt'), 'utf8');
  cases.push([tmpFile('seed000.html', textPlainView(seed)), textPlainView(seed)]);
  for (const [file, html] of cases) {
    const want = annotate(path.isAbsolute(file) ? file : path.join(ROOT, file), ['--dct', '2022-05-13']);
    const got = JSON.parse(cr.annotate(html, JSON.stringify({ dct: '2022-05-13', name: 'page.html' })));
    assert.equal(got.error, undefined, got.error);
    for (const k of ['blocks', 'officials', 'dates', 'links', 'related', 'event', 'dct', 'title']) {
      assert.deepEqual(got[k], want[k], `${file}: ${k} differs between wasm and CLI (stale dist? run make build)`);
    }
  }
  const bad = JSON.parse(cr.annotate(42, ''));
  assert.match(bad.error, /page must be a string/);
});

// core.js (what the offscreen document and Firefox's background page run):
// after a page that leaves the wasm's memory large, the instance is stopped
// and the next call gets a fresh one, with the same answers.
test('core.js starts a fresh instance after a memory-heavy page', { skip: !existsSync(WASM) && 'run make build first' }, async () => {
  vm.runInThisContext(readFileSync(EXEC, 'utf8'), { filename: EXEC });
  vm.runInThisContext(readFileSync(path.join(ROOT, 'extension/core.js'), 'utf8'));
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => new Response(readFileSync(WASM), { headers: { 'content-type': 'application/wasm' } });
  try {
    const core = globalThis.crossreadCore;
    const meta = JSON.stringify({ dct: '2022-05-13', name: 'page.html', compact: true, lean: true, tree: true });
    const small = '<!DOCTYPE html><html><head></head><body><p>Defense Secretary Lloyd Austin spoke on Friday.</p></body></html>';
    const first = JSON.parse(await core.annotate('x.wasm', small, meta));
    assert.equal(first.officials[0].name, 'Lloyd Austin');
    const mem0 = core.state().memory;
    // About 6 MB of link lists: the heap grows well past the limit.
    const items = Array.from({ length: 90000 }, (_, i) => `<li><a href>More stories: headline number ${i}</a></li>`).join('');
    const big = `<!DOCTYPE html><html><head></head><body><p>Defense Secretary Lloyd Austin spoke on Friday.</p><nav><ul>${items}</ul></nav></body></html>`;
    const res = JSON.parse(await core.annotate('x.wasm', big, meta));
    assert.equal(res.error, undefined);
    assert.equal(core.state().recycled, 1, `memory ${mem0} → ${core.state().memory}: not recycled`);
    const again = JSON.parse(await core.annotate('x.wasm', small, meta));
    assert.deepEqual(again.officials, first.officials);
    assert.ok(core.state().memory < 96 << 20, 'the fresh instance is small again');
    await new Promise((r) => setTimeout(r, 50)); // queued warm-up pages of the old instance find it gone
  } finally {
    globalThis.fetch = realFetch;
  }
});
