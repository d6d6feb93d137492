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
  const NONE = [];

  // Writer walks the page without recursion, so the walk can stop at a
  // deadline and go on in a later task: a page of 100,000 elements takes
  // hundreds of ms to write, which must not be one long task.
  class Writer {
    constructor(doc) {
      this.out = [];
      // The parser's mode decides how some markup nests (a <table> closes an open
      // <p> only in standards mode): parse it the way this document was parsed.
      this.doctype = doc && doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
      if (this.doctype) this.out.push(this.doctype);
      this.open = [];  // elements whose children are being written
      this.tags = [];  // their tags as written
      this.next = null;
      this.text = 0;   // characters of text written in this part
      const root = doc && doc.documentElement;
      if (root && this.start(root)) this.next = root.firstChild;
    }

    // run writes until done (true), until deadline (a performance.now() time)
    // passes (false), or, with a budget, until this part holds that many
    // characters of text ('budget'): it then stops before the next element, so
    // that part() is a page of its own and resume() goes on from there.
    run(deadline, budget = Infinity) {
      const { out, open, tags } = this;
      let n = 0;
      while (open.length) {
        const c = this.next;
        if (c === null) {
          out.push('</' + tags.pop() + '>');
          const el = open.pop();
          this.next = open.length ? el.nextSibling : null;
          continue;
        }
        const t = c.nodeType;
        if (t === 1 && this.text >= budget) { this.cut = new Set(open); return 'budget'; }
        this.next = c.nextSibling;
        if (t === 1) {
          if (c.localName !== OWN && this.start(c)) this.next = c.firstChild;
        } else if (t === 3 || t === 4) {
          const d = c.data;
          this.text += d.length;
          out.push(TEXT_ANY.test(d) ? d.replace(TEXT_ALL, esc) : d);
        }
        if ((++n & 511) === 0 && performance.now() > deadline) return false;
      }
      return true;
    }

    // part is what was written since the start (or the last resume), every
    // open element closed: a page the core reads on its own.
    part() {
      let s = this.out.join('');
      for (let i = this.tags.length - 1; i >= 0; i--) s += '</' + this.tags[i] + '>';
      return s;
    }

    // resume starts the next part where run stopped: the open elements again,
    // <head> whole (title, dates), and every element before the stopping point
    // as an empty element of its tag, so that element-child indexes, and so
    // the core's paths, stay those of the live DOM.
    resume() {
      const out = (this.out = []);
      this.text = 0;
      if (this.doctype) out.push(this.doctype);
      const { open, tags } = this;
      this.open = [];
      this.tags = [];
      for (let i = 0; i < open.length; i++) {
        const el = open[i], upto = i + 1 < open.length ? open[i + 1] : this.next;
        this.start(el);
        for (let c = el.firstChild; c && c !== upto; c = c.nextSibling) {
          if (c.nodeType !== 1 || c.localName === OWN) continue;
          if (c.localName === 'head') { out.push(whole(c)); continue; }
          // Its tag only: no attribute is read (a part may start after 20,000 comments).
          let t = c.localName;
          if (foreign(c, t)) t = t === 'math' ? 'math' : 'svg';
          else if (t === 'plaintext') t = 'pre';
          out.push(VOID.has(t) ? '<' + t + '>' : '<' + t + '></' + t + '>');
        }
      }
      this.open = open;
      this.tags = tags;
    }

    // start writes el's start tag (and the whole element when it has no
    // children to write); true when its children come next.
    start(el) {
      const out = this.out;
      let tag = el.localName;
      if (foreign(el, tag)) {
        // Foreign content (SVG, MathML) counts as one element and no text.
        out.push(tag === 'math' ? '<math></math>' : '<svg></svg>');
        return false;
      }
      if (tag === 'plaintext') tag = 'pre'; // <plaintext> would swallow the rest of the page
      let s = '<' + tag;
      const attrs = el.hasAttributes() ? el.attributes : NONE;
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i];
        if (!ATTRS.has(a.name)) continue;
        if (a.name === 'type' && tag !== 'script') continue;
        // A link's target is never read, only that it is a link.
        if (a.name === 'href') { s += ' href'; continue; }
        const v = a.value;
        s += ' ' + a.name + '="' + (ATTR_ANY.test(v) ? v.replace(ATTR_ALL, esc) : v) + '"';
      }
      out.push(s + '>');
      if (VOID.has(tag)) return false;
      if (EMPTY.has(tag)) {
        if (tag === 'script' && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') || '')) {
          out.push(el.textContent.replace(/<\/(script)/gi, '<\\/$1'));
        }
        out.push('</' + tag + '>');
        return false;
      }
      this.open.push(el);
      this.tags.push(tag);
      return true;
    }

    result() { return this.out.join(''); }
  }

  // foreign: el (whose localName is tag) is a root of foreign content, SVG or
  // MathML. It starts at <svg> or <math> (the parser makes no other foreign
  // roots): asking every element its namespace costs a DOM call each.
  function foreign(el, tag) {
    return (tag === 'svg' || tag === 'math' || tag.includes(':')) && el.namespaceURI !== XHTML;
  }

  // whole returns one element written completely (resume's <head>).
  function whole(el) {
    const w = new Writer(null);
    if (w.start(el)) { w.next = el.firstChild; w.run(Infinity); }
    return w.out.join('');
  }

  // reduced returns doc's reduced HTML, without crossread's own panel host
  // (a child of <html> after <body>: no path into the page moves).
  function reduced(doc) {
    const w = new Writer(doc);
    w.run(Infinity);
    return w.result();
  }

  // reducedSliced is reduced in slices of about sliceMs, yielding to the page
  // between them. The page may change in between; the shim's anchoring
  // checks every block's text, and its observer looks again after changes.
  async function reducedSliced(doc, sliceMs = 30) {
    const w = new Writer(doc);
    while (!w.run(performance.now() + sliceMs)) await NS.yieldTask();
    return w.result();
  }

  // yieldTask lets the page's own tasks (input, rendering) run.
  NS.yieldTask = NS.yieldTask || (() => (root.scheduler && typeof root.scheduler.yield === 'function'
    ? root.scheduler.yield() : new Promise((r) => setTimeout(r, 0))));

  // partSliced runs w in slices until it is done or its part holds budget
  // characters of text; true when done.
  async function partSliced(w, budget, sliceMs = 30) {
    for (;;) {
      const r = w.run(performance.now() + sliceMs, budget);
      if (r === true) return true;
      if (r === 'budget') return false;
      await NS.yieldTask();
    }
  }

  Object.assign(NS, { reduced, reducedSliced, partSliced, Writer });
})(globalThis);
