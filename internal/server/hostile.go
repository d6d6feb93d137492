package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// hostile serves the pages crossread must never break (issue 9): each folder
// of testdata/hostile holds source.html, the files it loads, and headers.json,
// a flat {"Header": "value"} object sent with every file of the folder (CSP,
// Trusted Types, Content-Type...).
//
// A page may hold one <!--crossread:pad N--> comment: it is replaced by N
// bytes of generated site chrome (link lists, inline JSON state), so a 10 MB
// page is made at request time instead of committed.
func (s *srv) hostile(w http.ResponseWriter, r *http.Request) {
	slug, file := r.PathValue("slug"), r.PathValue("file")
	if file == "" {
		file = "source.html"
	}
	if !safeName.MatchString(slug) || !safeName.MatchString(file) || file == "headers.json" {
		http.NotFound(w, r)
		return
	}
	dir := filepath.Join(s.c.Root, "testdata", "hostile", slug)
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	h, err := hostileHeaders(dir)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	ct := mime.TypeByExtension(filepath.Ext(file))
	if ct == "" || strings.HasPrefix(ct, "text/html") {
		ct = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-cache")
	for k, v := range h {
		w.Header().Set(k, v)
	}
	if m := padRE.FindSubmatchIndex(b); m != nil {
		n, _ := strconv.Atoi(string(b[m[2]:m[3]]))
		var out bytes.Buffer
		out.Grow(len(b) + n)
		out.Write(b[:m[0]])
		pad(&out, n)
		out.Write(b[m[1]:])
		b = out.Bytes()
	}
	w.Write(b)
}

var (
	safeName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	padRE    = regexp.MustCompile(`<!--crossread:pad (\d{1,9})-->`)
)

func hostileHeaders(dir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "headers.json"))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var h map[string]string
	if err := json.Unmarshal(b, &h); err != nil {
		return nil, fmt.Errorf("%s/headers.json: %w", filepath.Base(dir), err)
	}
	return h, nil
}

// pad writes about n bytes of what makes real news pages big: a framework's
// inline JSON state and long "more stories" link lists. Deterministic.
func pad(w *bytes.Buffer, n int) {
	start := w.Len()
	w.WriteString(`<script type="application/json" id="__STATE__">{"stories":[`)
	for i := 0; w.Len()-start < n/2; i++ {
		fmt.Fprintf(w, `{"id":%d,"title":"Story number %d about the markets","url":"/story/%d"},`, i, i, i)
	}
	w.WriteString(`{}]}</script>` + "\n")
	for i := 0; w.Len()-start < n; i++ {
		if i%50 == 0 {
			if i > 0 {
				w.WriteString("</ul></nav>\n")
			}
			fmt.Fprintf(w, `<nav class="more-stories" aria-label="More stories %d"><ul>`, i/50)
		}
		fmt.Fprintf(w, `<li><a href="/story/%d">More stories: headline number %d</a></li>`, i, i)
	}
	w.WriteString("</ul></nav>\n")
}
