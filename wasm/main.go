//go:build js && wasm

// Command wasm is the js/wasm entry: it exports one function to JavaScript,
//
//	globalThis.crossread.annotate(page string, meta string) → string (JSON)
//
// where meta is JSON {"url", "dct", "name", "layers": {"boilerplate": false, ...},
// "corpus": [{"id","title","text","html","dct","url"}]} and the result is the
// annotate.Result JSON, or {"error": "..."} — never a thrown panic: a bug in a
// layer is reported to the shim, which then leaves the page untouched.
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/corpus"
)

type meta struct {
	URL    string          `json:"url"`
	DCT    string          `json:"dct"`
	Name   string          `json:"name"`
	Layers map[string]bool `json:"layers"`
	Corpus []corpus.Report `json:"corpus"`
}

func annotateJS(_ js.Value, args []js.Value) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(fmt.Sprintf("internal error: %v", r))
		}
	}()
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return errorJSON("annotate(page, meta): page must be a string")
	}
	var m meta
	if len(args) > 1 && args[1].Type() == js.TypeString && args[1].String() != "" {
		if err := json.Unmarshal([]byte(args[1].String()), &m); err != nil {
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
	res, err := annotate.Bytes([]byte(args[0].String()), name, opt)
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

func main() {
	api := js.Global().Get("Object").New()
	api.Set("annotate", js.FuncOf(annotateJS))
	api.Set("ready", true)
	js.Global().Set("crossread", api)
	select {} // keep the instance alive: one warm instance serves every page
}
