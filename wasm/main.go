//go:build js && wasm

// Command wasm is the js/wasm entry: it exports to JavaScript
//
//	globalThis.crossread.annotate(page string, meta string) → string (JSON)
//	globalThis.crossread.report(id string) → string (JSON {id, title, text, html, dct, url} of a seed, or {error})
//	globalThis.crossread.warm(i number) → "" or {error}: annotates built-in page i to make the engine optimize the code
//	globalThis.crossread.stop(): ends the program (core.js drops an instance whose memory grew large)
//
// where meta is JSON {"url", "dct", "name", "layers": {"boilerplate": false, ...},
// "corpus": [{"id","title","text","html","dct","url"}]} and the result is the
// annotate.Result JSON, or {"error": "..."} — never a thrown panic: a bug in a
// layer is reported to the shim, which then leaves the page untouched.
// The work is in handle.go, which has no syscall/js and is fuzzed natively.
package main

import (
	"runtime/debug"
	"sync"
	"syscall/js"
)

func annotateJS(_ js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return errorJSON("annotate(page, meta): page must be a string")
	}
	metaJSON := ""
	if len(args) > 1 && args[1].Type() == js.TypeString {
		metaJSON = args[1].String()
	}
	return handle(args[0].String(), metaJSON)
}

// reportJS gives the reader view a seed report's text (the seeds live only in the wasm).
func reportJS(_ js.Value, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return errorJSON("report(id): id must be a string")
	}
	return report(args[0].String())
}

// warmJS runs warm(i) (handle.go): the shim's core.js calls it a few times after load.
func warmJS(_ js.Value, args []js.Value) any {
	i := 0
	if len(args) > 0 && args[0].Type() == js.TypeNumber {
		i = args[0].Int()
	}
	return warm(i)
}

func main() {
	// A page's garbage is mostly the parse tree, dead once annotate returns;
	// the default GOGC=100 on a heap of a few MB collects several times per
	// page, which in the wasm costs ~15% of annotate's CPU. 300 takes most
	// of that back for ~9 MB more linear memory (17 → 26 MB over 60 DEV pages).
	debug.SetGCPercent(300)
	api := js.Global().Get("Object").New()
	api.Set("annotate", js.FuncOf(annotateJS))
	api.Set("report", js.FuncOf(reportJS))
	api.Set("warm", js.FuncOf(warmJS))
	// stop ends the program, so the instance and its memory can go: the wasm's
	// linear memory only grows, and after a huge page core.js starts afresh.
	done := make(chan struct{})
	var once sync.Once
	api.Set("stop", js.FuncOf(func(js.Value, []js.Value) any {
		once.Do(func() { close(done) })
		return nil
	}))
	api.Set("ready", true)
	js.Global().Set("crossread", api)
	<-done // until then the instance stays alive: one warm instance serves every page
}
