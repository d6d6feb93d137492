// panel-view.js — what crossread's panel shows, in two steps: model() turns
// the shim's state into plain data (it crosses from the page's content script
// to the side panel page by messaging), and render() builds the panel's DOM
// from it, with DOM calls and textContent only (page text is never parsed as
// HTML). The side panel page, `make serve`'s column, the reader view and the
// in-page fallback all render the same model.
(function (root) {
  'use strict';
  const NS = (root.crossreadShim = root.crossreadShim || {});

  // dctNote says which day relative dates were resolved against and where it came from.
  const DCT_FROM = { given: 'as given', meta: "from the page's metadata", jsonld: "from the page's metadata",
    time: "from the page's metadata", url: 'from the address', text: 'from the byline or dateline',
    body: 'the latest date the article names (it shows no publication date)', event: 'the day of the event it reports',
    wire: "from a wire dateline whose year is taken from elsewhere on the page" };
  function dctNote(dct, source) {
    if (source === 'today') return `This page shows no date: dates are read against today, ${dct}.`;
    return `Dates read against ${dct}, ${DCT_FROM[source] || 'from the page'}.`;
  }

  // model: the panel's content for state {res, anchors} (shim.js) and the painter's counts.
  function model(state, layers, counts, doc) {
    const { res, anchors } = state;
    const onCalendar = (v) => /^\d{4}/.test(v || '');
    // A timeline (issue 6): calendar dates in calendar order, then durations and values with no place on the calendar.
    const dates = anchors.dates.map((x, i) => ({ i, text: x.date.text, value: x.date.value, words: x.date.words || x.date.value, live: !!x.range }))
      .sort((a, b) => {
        const ka = onCalendar(a.value) ? a.value : '~', kb = onCalendar(b.value) ? b.value : '~';
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
    const why = new Map();
    res.blocks.forEach((b, i) => { if (b.boilerplate && anchors.blocks[i]) why.set(b.reason || 'boilerplate', (why.get(b.reason || 'boilerplate') || 0) + 1); });
    const words = res.blocks.reduce((n, b) => n + (b.boilerplate ? 0 : b.text ? b.text.split(' ').length : Math.round((b.chars || 0) / 6)), 0);
    const link = (l) => ({ report: l.report, title: l.title || l.report, day: l.day || '', note: l.note || '' });
    return {
      host: (doc && doc.location && doc.location.host) || '',
      title: res.title || '', layers: Object.assign({}, layers), article: words >= 40 ? 'yes' : 'none',
      officials: anchors.officials.map(({ official: o, ranges }, i) => ({ i, name: o.name, role: o.role || '', mentions: (o.mentions || []).length, live: ranges.filter(Boolean).length })),
      dates, dct: res.dct ? { text: dctNote(res.dct, res.dct_source), source: res.dct_source || '' } : null,
      links: (res.links || []).map(link), related: (res.related || []).map(link),
      facts: (res.facts || []).map((f) => ({ fact: f.fact, value: f.value, reports: f.reports || [], agree: !!f.agree })),
      dimmed: counts.boilerplate, unpainted: counts.unpainted || 0,
      why: [...why].sort((x, y) => y[1] - x[1]),
      parts: state.parts || 1,
    };
  }

  function h(doc, tag, props, ...kids) {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') el.className = v; else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) el.append(typeof k === 'string' ? doc.createTextNode(k) : k);
    return el;
  }

  // short names who states a fact: a seed by its number, a stored page by its site.
  function short(r) {
    if (!r) return 'this page';
    if (/^\d{3}_/.test(r)) return r.slice(0, 3);
    try { return new URL(r).hostname || r; } catch { return r; }
  }

  // render fills box from m (model above). act: {pick(kind, i, scroll), unpick(),
  // openReport(id)?, exportAnnotations()?, importFile(file)?}; each optional one
  // shows its control only when given.
  function render(doc, box, m, act) {
    box.replaceChildren();
    const body = h(doc, 'div', { class: 'body' });
    box.append(body);
    const section = (name, cls, items) => {
      if (!items.length) return;
      body.append(h(doc, 'h2', {}, name), h(doc, 'ul', { class: cls }, ...items));
    };
    if (m.title) body.append(h(doc, 'div', { class: 'title' }, m.title));
    if (m.article === 'none') body.append(h(doc, 'p', { class: 'note' }, 'This page does not read as an article.'));
    if (m.layers.officials) {
      // Each click steps to the official's next mention (issue 5); focus shows the current one.
      section('Officials', 'officials', m.officials.map((o) => {
        const b = h(doc, 'button', { type: 'button', onclick: () => act.pick('official', o.i, true),
          onfocus: () => act.pick('official', o.i, false), onblur: () => act.unpick() });
        b.append(h(doc, 'span', { class: 'name' }, o.name), o.role ? h(doc, 'span', { class: 'role' }, `, ${o.role}`) : null,
          h(doc, 'span', { class: 'count' }, ` · ${o.mentions} mention${o.mentions === 1 ? '' : 's'}`));
        return h(doc, 'li', { 'data-name': o.name }, b);
      }));
    }
    if (m.layers.dates) {
      section('Timeline', 'dates', m.dates.map((d) => {
        const b = h(doc, 'button', { type: 'button', onclick: () => act.pick('date', d.i, true),
          onfocus: () => act.pick('date', d.i, false), onblur: () => act.unpick() }, `${d.text} → ${d.words}`);
        return h(doc, 'li', { 'data-value': d.value }, b);
      }));
      // Which day "Friday" was counted from: a reader must know when the page showed no date.
      if (m.dct) body.append(h(doc, 'p', { class: 'dct', 'data-source': m.dct.source }, m.dct.text));
    }
    if (m.layers.links) {
      const link = (l) => {
        const head = [h(doc, 'span', { class: 'title' }, l.title), l.day ? h(doc, 'span', { class: 'day' }, ` · ${l.day}`) : null];
        return h(doc, 'li', { 'data-report': l.report },
          act.openReport ? h(doc, 'button', { type: 'button', class: 'open', title: 'Open in the crossread reader view',
            onclick: () => act.openReport(l.report) }, ...head) : h(doc, 'div', {}, ...head),
          h(doc, 'div', { class: 'id' }, l.report), l.note ? h(doc, 'div', { class: 'note' }, l.note) : null);
      };
      section('Same event', 'links', m.links.map(link));
      // What the linked reports say, and who says it (issue 7).
      section('Facts across reports', 'facts', m.facts.map((f) =>
        h(doc, 'li', { 'data-fact': f.fact, class: f.agree ? 'agree' : 'differ' },
          `${f.fact}: ${f.value} — ${f.reports.map(short).join(', ')}${f.agree ? '' : ' (reports differ)'}`)));
      section('Other contacts', 'related', m.related.map(link));
    }
    if (m.layers.boilerplate) {
      body.append(h(doc, 'p', { class: 'dimmed' }, `${m.dimmed} block${m.dimmed === 1 ? '' : 's'} dimmed`));
      // Why, by reason: dimmed blocks carry no per-block announcement, so this line is where a
      // screen-reader user learns what was dimmed.
      if (m.why.length) body.append(h(doc, 'p', { class: 'dimmed-why role' }, m.why.map(([r, n]) => `${r}: ${n}`).join(' · ')));
      if (m.unpainted) body.append(h(doc, 'p', { class: 'role unpainted' }, `${m.unpainted} of them further down this very long page are counted, not dimmed.`));
    }
    if (act.exportAnnotations) body.append(footer(doc, box, act));
  }

  // footer: export the annotations as a .jsonld file (a Blob URL made here, no
  // network) and import one back; the result is announced in a polite live region.
  function footer(doc, box, act) {
    const status = h(doc, 'p', { class: 'status', role: 'status' });
    const file = h(doc, 'input', { type: 'file', accept: '.jsonld,.json,application/ld+json,application/json',
      hidden: '', tabindex: '-1', 'aria-hidden': 'true' });
    file.addEventListener('change', async () => {
      const f = file.files && file.files[0];
      if (!f) return;
      try {
        const st = await act.importFile(await f.text());
        status.textContent = `Imported ${st.total - st.missed} of ${st.total} annotation${st.total === 1 ? '' : 's'} (${st.position} in place, ${st.quote} found by quote)`;
        box.setAttribute('data-imported', `${st.total - st.missed}/${st.total}`);
      } catch (e) {
        status.textContent = `Import failed: not a crossread export (${e && e.message ? e.message : e})`;
        box.setAttribute('data-imported', 'error');
      }
      file.value = '';
    });
    const exp = h(doc, 'button', { type: 'button', class: 'export', onclick: async () => {
      const json = await act.exportAnnotations();
      const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/ld+json' }));
      const a = h(doc, 'a', { href: url, download: `crossread-${json.host || 'page'}.jsonld`, class: 'download', hidden: '' });
      box.append(a);
      a.click();
      // Firefox reads the Blob URL after click() returns: revoke it later, not now.
      setTimeout(() => { a.remove(); URL.revokeObjectURL(url); }, 15000);
      status.textContent = `Exported ${json.total} annotation${json.total === 1 ? '' : 's'}`;
    } }, 'Export annotations');
    const imp = h(doc, 'button', { type: 'button', class: 'import', onclick: () => file.click() }, 'Import annotations…');
    return h(doc, 'div', { class: 'foot' }, exp, imp, file, status);
  }

  NS.panelView = { model, render, h, dctNote };
})(globalThis);
