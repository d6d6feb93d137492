// Package server is the `make serve` dev server and the e2e tests' page
// server. It shows the seed reports and the test pages with the same shim and
// wasm the extension runs (page mode: the page loads the shim plus a
// transport that runs the wasm in a same-origin Web Worker), so annotations
// can be looked at without installing anything.
//
//	/                         index: seed reports and test pages
//	/seed/NAME.html           a seed report as an article page, with the dev shim
//	/seed/NAME.pre.html       a seed report as browsers show text/plain (one <pre>), with the dev shim
//	/seed/NAME.txt            the seed report as text/plain
//	/page/SLUG/               testdata/pages/SLUG/source.html with the dev shim
//	/e2e/page/SLUG/           the same page as saved (no shim), CSP script-src 'self'
//	/e2e/seed/NAME.html       the article page WITHOUT the shim, CSP script-src 'self', one own script
//	                          (?csp=strict: default-src, script-src and style-src all 'self')
//	/e2e/seed/NAME.txt        text/plain, for the extension's e2e
//	/e2e/page.js              that own script (sets a flag, counts button clicks)
//	/reports/ID               crossread's reader view of a seed report (ID as a link names it,
//	                          with or without .txt), with the dev shim: where the panel's links go
//	/_crossread/...           the built extension (dist/extension) and page-mode files (dist/page)
//	/hostile/SLUG/[FILE]      testdata/hostile/SLUG/FILE (default source.html) as saved, no shim, with
//	                          the headers in that folder's headers.json (see hostile.go)
//
// Files are read from disk on each request, so edits show on reload.
package server

import (
	"bytes"
	"encoding/json"
	"html/template"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Config says where the files are.
type Config struct {
	Root string // repository root (testdata/ is read from it)
	Dist string // build output (dist/), holding extension/ and page/
}

// New returns the server's handler.
func New(c Config) http.Handler {
	s := &srv{c}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /seed/{file}", s.seed(false))
	mux.HandleFunc("GET /e2e/seed/{file}", s.seed(true))
	mux.HandleFunc("GET /e2e/page.js", s.pageScript)
	mux.HandleFunc("GET /page/{slug}/{$}", s.page(false))
	mux.HandleFunc("GET /e2e/page/{slug}/{$}", s.page(true))
	mux.HandleFunc("GET /reports/{id}", s.report)
	mux.HandleFunc("GET /_crossread/{file...}", s.asset)
	mux.HandleFunc("GET /hostile/{slug}/{file...}", s.hostile)
	return mux
}

type srv struct{ c Config }

func (s *srv) seedsDir() string { return filepath.Join(s.c.Root, "testdata", "seeds") }

// seeds lists the seed report files (NNN_hash.txt) in order.
func (s *srv) seeds() []string {
	m, _ := filepath.Glob(filepath.Join(s.seedsDir(), "*.txt"))
	out := make([]string, 0, len(m))
	for _, f := range m {
		out = append(out, filepath.Base(f))
	}
	sort.Strings(out)
	return out
}

func (s *srv) pages() []string {
	m, _ := filepath.Glob(filepath.Join(s.c.Root, "testdata", "pages", "*", "source.html"))
	out := make([]string, 0, len(m))
	for _, f := range m {
		out = append(out, filepath.Base(filepath.Dir(f)))
	}
	sort.Strings(out)
	return out
}

var indexTmpl = template.Must(template.New("index").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>crossread dev server</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48em;margin:2em auto;padding:0 1em}
li{margin:.3em 0}code{font-size:.9em}</style></head>
<body><h1>crossread dev server</h1>
<p>Each page below loads the same shim and wasm as the extension (no install needed).</p>
<h2>Seed reports</h2><ul>
{{range .Seeds}}<li><a href="/seed/{{.Base}}.html">{{.File}}</a> — {{.Title}}
 (<a href="/seed/{{.Base}}.pre.html">as text/plain view</a>, <a href="/seed/{{.Base}}.txt">raw .txt</a>)</li>
{{end}}</ul>
<h2>Test pages</h2><ul>
{{range .Pages}}<li><a href="/page/{{.}}/">{{.}}</a></li>
{{else}}<li>none</li>{{end}}</ul>
</body></html>
`))

func (s *srv) index(w http.ResponseWriter, r *http.Request) {
	type seed struct{ File, Base, Title string }
	var seeds []seed
	for _, f := range s.seeds() {
		lines := s.lines(f)
		t := ""
		if len(lines) > 0 {
			t = headline(lines)
		}
		seeds = append(seeds, seed{f, strings.TrimSuffix(f, ".txt"), t})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	indexTmpl.Execute(w, map[string]any{"Seeds": seeds, "Pages": s.pages()})
}

// headline picks the first line that reads like a headline (seeds start with
// site chrome such as "Connect with us"), for the index and <title>.
func headline(lines []string) string {
	for _, l := range lines {
		if len(strings.Fields(l)) >= 8 {
			return l
		}
	}
	return lines[0]
}

// lines returns the non-empty lines of a seed report.
func (s *srv) lines(file string) []string {
	b, err := os.ReadFile(filepath.Join(s.seedsDir(), file))
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// dct reads a report's publication date from testdata/seeds/corpus.json.
func (s *srv) dct(file string) string {
	b, err := os.ReadFile(filepath.Join(s.seedsDir(), "corpus.json"))
	if err != nil {
		return ""
	}
	var c struct {
		Reports map[string]struct {
			DCT string `json:"dct"`
		} `json:"reports"`
	}
	if json.Unmarshal(b, &c) != nil {
		return ""
	}
	return c.Reports[file].DCT
}

// pageTmpl holds the seed views and the dev shim they share.
var pageTmpl = template.Must(template.New("pages").Parse(`
{{define "article"}}<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
{{if .DCT}}<meta property="article:published_time" content="{{.DCT}}">{{end}}
{{if .Shim}}<link rel="stylesheet" href="/_crossread/crossread.css">{{end}}
<style>body{font:18px/1.55 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222;background:#fff}
h1{font-size:1.6em;line-height:1.25}</style>
</head>
<body>{{if .Reader}}<header><p>crossread reader view · <a href="/">all reports</a></p></header>
{{end}}<article>
{{range $i, $l := .Lines}}{{if eq $i 0}}<h1>{{$l}}</h1>{{else}}<p>{{$l}}</p>{{end}}
{{end}}</article>
{{if .E2E}}<p><button id="e2e-button" type="button">Clicked <span id="e2e-count">0</span> times</button></p>
<script>window.inlineScriptRan = true; /* must NOT run: the CSP allows only 'self' */</script>
<script src="/e2e/page.js"></script>
{{end}}{{if .Shim}}{{template "shim"}}{{end}}</body></html>
{{end}}
{{define "pre"}}<html><head><link rel="stylesheet" href="/_crossread/crossread.css"></head><body><pre>{{.}}</pre>{{template "shim"}}</body></html>{{end}}
{{define "shim"}}<script src="/_crossread/shim/anchor.js"></script>
<script src="/_crossread/shim/serialize.js"></script>
<script src="/_crossread/shim/paint.js"></script>
<script src="/_crossread/shim/open-shadow.js"></script>
<script src="/_crossread/shim/panel-view.js"></script>
<script src="/_crossread/shim/panel.js"></script>
<script src="/_crossread/shim/export.js"></script>
<script src="/_crossread/shim/shim.js"></script>
<script src="/_crossread/page/transport.js"></script>
{{end}}`))

func (s *srv) seed(e2e bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		file := r.PathValue("file")
		base, kind := file, ""
		for _, k := range []string{".pre.html", ".html", ".txt"} {
			if strings.HasSuffix(file, k) {
				base, kind = strings.TrimSuffix(file, k), k
				break
			}
		}
		name := base + ".txt"
		if kind == "" || strings.ContainsAny(base, `/\`) || !contains(s.seeds(), name) || (e2e && kind == ".pre.html") {
			http.NotFound(w, r)
			return
		}
		if e2e {
			// The strict policy news sites use: no inline script, no eval, no wasm.
			csp := "script-src 'self'"
			if r.URL.Query().Get("csp") == "strict" {
				// Stricter still: no inline styles either (the panel's shadow-root <style> must survive it).
				csp = "default-src 'self'; script-src 'self'; style-src 'self'"
			}
			w.Header().Set("Content-Security-Policy", csp)
		}
		switch kind {
		case ".txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			http.ServeFile(w, r, filepath.Join(s.seedsDir(), name))
		case ".pre.html":
			b, _ := os.ReadFile(filepath.Join(s.seedsDir(), name))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			pageTmpl.ExecuteTemplate(w, "pre", string(b))
		default:
			lines := s.lines(name)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			pageTmpl.ExecuteTemplate(w, "article", map[string]any{"Title": headline(lines), "Lines": lines, "DCT": s.dct(name),
				"E2E": e2e, "Shim": !e2e})
		}
	}
}

// report is the reader view of a seed: the article page with the dev shim and
// a header saying where the reader is; the panel's links open it.
func (s *srv) report(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSuffix(r.PathValue("id"), ".txt") + ".txt"
	if strings.ContainsAny(name, `/\`) || !contains(s.seeds(), name) {
		http.NotFound(w, r)
		return
	}
	lines := s.lines(name)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	pageTmpl.ExecuteTemplate(w, "article", map[string]any{"Title": headline(lines), "Lines": lines, "DCT": s.dct(name),
		"Shim": true, "Reader": true})
}

const pageScript = `// The page's own script: the e2e checks it still runs beside crossread.
window.pageScriptRan = true;
document.getElementById('e2e-button').addEventListener('click', function () {
  var c = document.getElementById('e2e-count');
  c.textContent = String(Number(c.textContent) + 1);
});
`

func (s *srv) pageScript(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Write([]byte(pageScript))
}

// page serves a saved test page with the dev shim added before </body>, or
// (e2e) as saved, under the strict CSP, for the extension.
func (s *srv) page(e2e bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { s.servePage(w, r, e2e) }
}

func (s *srv) servePage(w http.ResponseWriter, r *http.Request, e2e bool) {
	slug := r.PathValue("slug")
	if !contains(s.pages(), slug) {
		http.NotFound(w, r)
		return
	}
	b, err := os.ReadFile(filepath.Join(s.c.Root, "testdata", "pages", slug, "source.html"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if e2e {
		w.Header().Set("Content-Security-Policy", "script-src 'self'")
		w.Write(b)
		return
	}
	var shim bytes.Buffer
	shim.WriteString(`<link rel="stylesheet" href="/_crossread/crossread.css">`)
	pageTmpl.ExecuteTemplate(&shim, "shim", nil)
	// Appended at the end of <body>: no earlier element's path changes.
	if i := bytes.LastIndex(bytes.ToLower(b), []byte("</body>")); i >= 0 {
		b = append(b[:i:i], append(shim.Bytes(), b[i:]...)...)
	} else {
		b = append(b, shim.Bytes()...)
	}
	w.Write(b)
}

// asset serves the built files: dist/page first for /_crossread/page/, else dist/extension.
func (s *srv) asset(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.PathValue("file"))
	dir := filepath.Join(s.c.Dist, "extension")
	if rest, ok := strings.CutPrefix(p, "/page/"); ok {
		dir, p = filepath.Join(s.c.Dist, "page"), "/"+rest
	}
	f := filepath.Join(dir, filepath.FromSlash(p))
	if st, err := os.Stat(f); err != nil || st.IsDir() {
		http.Error(w, "not built: run `make build` ("+p+")", http.StatusNotFound)
		return
	}
	if strings.HasSuffix(f, ".wasm") {
		w.Header().Set("Content-Type", "application/wasm")
	}
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFile(w, r, f)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
