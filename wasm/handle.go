package main

import (
	"encoding/json"
	"fmt"
	"strconv"

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
		NoBoilerplate: off("boilerplate"), NoOfficials: off("officials"), NoDates: off("dates"), NoEvents: off("events")}}
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
