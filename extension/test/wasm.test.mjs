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
