// Readability.js on the extraction pages, for `make bench`: writes OUTDIR/<id>.txt
// (the article's text, paragraphs blank-line separated) for score-extraction,
// and prints the median and p95 parse time per page (jsdom in node: the
// browser bench in issue 8 times it beside crossread in the same browser).
//
//   node extension/bench/readability.mjs HTMLDIR OUTDIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: readability.mjs HTMLDIR OUTDIR');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const quiet = new VirtualConsole(); // pages log CSS and script errors; they are not ours
const times = [];
let retried = 0;
let cssErrors = 0;
// jsdom's CSS parser also throws later, from its own timers, on SCSS left in
// <style> elements; that is jsdom's failure, not Readability's: count and go on.
process.on('uncaughtException', () => { cssErrors++; });
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.html.gz') && !name.endsWith('.html')) continue;
  const id = name.replace(/\.html(\.gz)?$/, '');
  let html = fs.readFileSync(path.join(dir, name));
  if (name.endsWith('.gz')) html = zlib.gunzipSync(html);
  let dom;
  try {
    dom = new JSDOM(html.toString('utf8'), { virtualConsole: quiet });
  } catch {
    // jsdom's CSS parser throws on some stylesheets and style attributes (SCSS
    // left in the markup); Readability reads only display/visibility from
    // styles, so the page is parsed again without them rather than dropped.
    retried++;
    try {
      dom = new JSDOM(html.toString('utf8').replace(/<style[\s\S]*?<\/style>/gi, '')
        .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, ''), { virtualConsole: quiet });
    } catch {
      fs.writeFileSync(path.join(out, id + '.txt'), '');
      continue;
    }
  }
  const t0 = performance.now();
  let text = '';
  try {
    const article = new Readability(dom.window.document).parse();
    // textContent is what Readability's own benchmark figures score.
    if (article) text = article.textContent || '';
  } catch {
    text = '';
  }
  times.push(performance.now() - t0);
  fs.writeFileSync(path.join(out, id + '.txt'), text);
  dom.window.close();
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(`readability.js parse (jsdom, node) median ${q(0.5)} ms p95 ${q(0.95)} ms over ${times.length} pages (${retried} re-parsed without style attributes, ${cssErrors} jsdom CSS errors ignored)`);
