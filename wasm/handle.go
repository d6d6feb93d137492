package main

import (
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/corpus"
)

// meta is what the shim sends beside the page.
type meta struct {
	URL    string          `json:"url"`
	DCT    string          `json:"dct"`
	Name   string          `json:"name"`
	Layers map[string]bool `json:"layers"`
	Corpus []corpus.Report `json:"corpus"`
	// Compact: neighbouring boilerplate blocks come as one (annotate.Options.MergeBoilerplate).
	Compact bool `json:"compact"`
	// Lean: boilerplate blocks as length and hash, not text (annotate.Options.LeanBoilerplate).
	Lean bool `json:"lean"`
	// Tree: the page spells its tree out (the shim's writer): annotate.Options.Tree.
	Tree bool `json:"tree"`
}

// handle is the whole boundary, free of syscall/js so it is fuzzed natively:
// any page and any meta string give a JSON result or {"error"}, never a panic.
func handle(page, metaJSON string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(fmt.Sprintf("internal error: %v", r))
		}
	}()
	var m meta
	if metaJSON != "" {
		if err := json.Unmarshal([]byte(metaJSON), &m); err != nil {
			return errorJSON("annotate: meta is not valid JSON: " + err.Error())
		}
	}
	name := m.Name
	if name == "" {
		name = "page.html"
	}
	off := func(k string) bool { v, ok := m.Layers[k]; return ok && !v }
	opt := annotate.Options{DCT: m.DCT, URL: m.URL, Layers: annotate.Layers{
		NoBoilerplate: off("boilerplate"), NoOfficials: off("officials"), NoDates: off("dates"), NoEvents: off("events")},
		MergeBoilerplate: m.Compact, LeanBoilerplate: m.Lean, Tree: m.Tree}
	if len(m.Corpus) > 0 {
		opt.Corpus = annotate.NewCorpus(append(corpus.Seeds(), m.Corpus...))
	}
	res, err := annotate.Bytes([]byte(page), name, opt)
	if err != nil {
		return errorJSON(err.Error())
	}
	b, err := json.Marshal(res)
	if err != nil {
		return errorJSON(err.Error())
	}
	return string(b)
}

func errorJSON(msg string) string {
	b, _ := json.Marshal(map[string]string{"error": msg})
	return string(b)
}

// seedReport is one built-in report as the reader view shows it.
type seedReport struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	HTML  bool   `json:"html"`
	DCT   string `json:"dct,omitempty"`
	URL   string `json:"url,omitempty"`
}

// report returns the seed report id (a link's "report", with or without
// ".txt") as JSON, or {"error"}: the reader view has no other copy of the
// seeds, which are embedded in the wasm.
func report(id string) string {
	for _, r := range corpus.Seeds() {
		if r.ID == id || r.ID == id+".txt" {
			b, err := json.Marshal(seedReport{ID: r.ID, Title: r.Title, Text: r.Text, HTML: r.HTML, DCT: r.DCT, URL: r.URL})
			if err != nil {
				return errorJSON(err.Error())
			}
			return string(b)
		}
	}
	return errorJSON("report: no built-in report " + strconv.Quote(id))
}

// warm annotates built-in report i (mod the number of seeds) as a small HTML
// page, and drops the result. A fresh wasm instance runs its first pages in
// the browser's baseline tier, several times slower than the optimized code
// the engine compiles once a function is hot; a few of these right after
// instantiation, while no page is waiting, make the reader's first page fast.
// It also builds the seed corpus once, as the first linkable page would.
func warm(i int) string {
	seeds := corpus.Seeds()
	if len(seeds) == 0 {
		return ""
	}
	r := seeds[(i%len(seeds)+len(seeds))%len(seeds)]
	// Markup like a news page's, spelled out as the shim writes it, so the
	// code real pages take (attributes, lists, tables, landmarks, the head's
	// metadata, the tree parser, merging) is the code that gets hot.
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>warm</title>` +
		`<meta property="og:site_name" content="Warm"><meta name="description" content="warm">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-13T10:00:00Z"}</script></head>` +
		`<body class="page"><header id="top" class="site-header"><nav role="navigation" class="menu"><ul>`)
	for k := 0; k < 12; k++ {
		fmt.Fprintf(&b, `<li class="menu-item"><a href>Section %d</a></li>`, k)
	}
	b.WriteString(`</ul></nav></header><main id="main"><article class="story"><div class="byline"><span>By Warm Writer</span> <time datetime="2022-05-13">May 13, 2022</time></div>`)
	for k, line := range strings.Split(r.Text, "\n") {
		if k%7 == 3 {
			b.WriteString(`<figure><figcaption class="caption">Photo: <em>Warm</em> / Pool</figcaption></figure>`)
		}
		b.WriteString(`<p class="para">`)
		b.WriteString(html.EscapeString(line))
		b.WriteString(`</p>`)
	}
	b.WriteString(`<table><tbody><tr><td>one</td><td>two</td></tr></tbody></table></article>` +
		`<aside class="related"><h2>Related</h2><ul>`)
	for k := 0; k < 20; k++ {
		fmt.Fprintf(&b, `<li><a href>Related story %d about the markets</a> <span class="date">2 hours ago</span></li>`, k)
	}
	b.WriteString(`</ul></aside></main><footer class="site-footer"><p>© 2022 Warm</p><p><a href>Privacy</a> <a href>Terms</a></p></footer></body></html>`)
	meta := `{"name":"warm.html","tree":true,"compact":true,"lean":true}`
	if i%4 == 3 {
		meta = `{"name":"warm.html"}` // the HTML5 parser's way too (pages the tree writer did not write)
	}
	out := handle(b.String(), meta)
	if strings.HasPrefix(out, `{"error"`) {
		return out
	}
	return ""
}
