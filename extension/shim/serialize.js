// serialize.js — the page as the core reads it, and no more.
//
// The core needs the element tree (for the anchor paths), the visible text and
// a few attributes (internal/doc: class, id, role, href, hidden, aria-hidden;
// the head: <title>, <meta>, JSON-LD, <time datetime>, <html lang>). A news
// page's outerHTML is mostly everything else: scripts, inline JSON state,
// styles, SVG icons, data-* attributes. Sending it costs twice — copying it
// across two processes and parsing it in the wasm — so the shim writes a
// reduced HTML instead: every element is kept (element-child indexes, and so
// the paths, stay those of the live DOM), the contents the core skips are
// dropped, and only the attributes it reads are written.
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});
  const XHTML = 'http://www.w3.org/1999/xhtml';
  const OWN = 'crossread-panel';

  const ATTRS = new Set(['class', 'id', 'role', 'href', 'hidden', 'aria-hidden', 'lang', 'datetime',
    'name', 'property', 'itemprop', 'content', 'type']);
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
    'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'bgsound', 'frame']);
  // Written as empty elements: the core reads nothing inside them (its SKIP
  // tags) or the parser would read their contents as raw text.
  const EMPTY = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed',
    'textarea', 'select', 'canvas', 'video', 'audio', 'xmp', 'noembed', 'noframes']);

  const TEXT_ANY = /[&<>]/, TEXT_ALL = /[&<>]/g;
  const ATTR_ANY = /[&"]/, ATTR_ALL = /[&"]/g;
  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  const esc = (c) => ESC[c];

  // reduced returns doc's reduced HTML, without crossread's own panel host
  // (a child of <html> after <body>: no path into the page moves).
  function reduced(doc) {
    const out = [];
    // The parser's mode decides how some markup nests (a <table> closes an open
    // <p> only in standards mode): parse it the way this document was parsed.
    if (doc.compatMode === 'CSS1Compat') out.push('<!DOCTYPE html>');
    element(doc.documentElement, out);
    return out.join('');
  }

  function element(el, out) {
    let tag = el.localName;
    if (el.namespaceURI !== XHTML) {
      // Foreign content (SVG, MathML) counts as one element and no text.
      out.push(tag === 'math' ? '<math></math>' : '<svg></svg>');
      return;
    }
    if (tag === 'plaintext') tag = 'pre'; // <plaintext> would swallow the rest of the page
    let s = '<' + tag;
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (!ATTRS.has(a.name)) continue;
      if (a.name === 'type' && tag !== 'script') continue;
      const v = a.value;
      s += ' ' + a.name + '="' + (ATTR_ANY.test(v) ? v.replace(ATTR_ALL, esc) : v) + '"';
    }
    out.push(s + '>');
    if (VOID.has(tag)) return;
    if (EMPTY.has(tag)) {
      if (tag === 'script' && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') || '')) {
        out.push(el.textContent.replace(/<\/(script)/gi, '<\\/$1'));
      }
      out.push('</' + tag + '>');
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const t = c.nodeType;
      if (t === 1) {
        if (c.localName !== OWN) element(c, out);
      } else if (t === 3 || t === 4) {
        const d = c.data;
        out.push(TEXT_ANY.test(d) ? d.replace(TEXT_ALL, esc) : d);
      }
    }
    out.push('</' + tag + '>');
  }

  NS.reduced = reduced;
})(globalThis);
