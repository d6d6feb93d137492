// size.mjs FILE... — raw, gzip -9 and brotli q11 sizes (node's zlib: no brotli CLI needed).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
for (const f of process.argv.slice(2)) {
  const b = readFileSync(f);
  const gz = gzipSync(b, { level: 9 }).length;
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${f}: raw ${b.length} bytes, gzip ${gz}, brotli ${br}`);
}
