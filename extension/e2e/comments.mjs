// comments.mjs — issue 18: a news page whose article is followed by ~10 MB of
// reader comments (generated markup, no scripts), made at test time and served
// by run.mjs's proxy at /e2e/comments.html (never committed). The article's
// marks must show within 1 s of the load event.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The article of the hostile pages (testdata/hostile/*: seed 000's story), read
// from one of them rather than written again.
const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../testdata/hostile/huge/source.html');
const ARTICLE = readFileSync(HOSTILE, 'utf8').match(/<article>[\s\S]*?<\/article>/)[0];

const WORDS = ('the a government minister said people think really this that we they market price war peace talks ' +
  'call week because never always maybe agree disagree article report news read wrote point why how what ' +
  'country city money tax school road election vote party leader policy plan').split(' ');

// commentsPage returns the page's HTML: the hostile pages' article, then
// n bytes of comments. Deterministic (a fixed LCG), so runs are comparable.
export function commentsPage(n = 10 << 20) {
  let seed = 1;
  const rnd = (k) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k; };
  const out = [`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Austin speaks with Russian counterpart for first time since invasion</title>
<meta property="article:published_time" content="2022-05-13T16:00:00Z">
<style>body{font:18px/1.55 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222;background:#fff}
.comment{border-top:1px solid #ddd;margin:.5em 0}.meta{font-size:.8em;color:#555}</style>
</head><body>
<nav><a href="#home">Home</a> <a href="#world">World</a> <a href="#politics">Politics</a></nav>
${ARTICLE}
<section id="comments"><h2>Comments</h2><ol class="comments">
`];
  let size = out[0].length;
  for (let i = 0; size < n; i++) {
    const words = [];
    for (let w = 8 + rnd(40); w > 0; w--) words.push(WORDS[rnd(WORDS.length)]);
    const s = `<li class="comment" id="c${i}"><div class="meta"><span class="author">reader${rnd(5000)}</span> · <span class="ago">${1 + rnd(23)} hours ago</span></div>` +
      `<p>${words.join(' ')}.</p><div class="actions"><a href="#c${i}">Reply</a> <a href="#c${i}">Like</a></div></li>\n`;
    out.push(s);
    size += s.length;
  }
  out.push('</ol></section>\n<footer><p>© News Corp</p></footer>\n</body></html>\n');
  return out.join('');
}
