//go:build js && wasm

// Command wasm is the js/wasm entry: it exports one function to JavaScript,
//
//	globalThis.crossread.annotate(page string, meta string) → string (JSON)
//
// where meta is JSON {"url", "dct", "name", "layers": {"boilerplate": false, ...},
// "corpus": [{"id","title","text","html","dct","url"}]} and the result is the
// annotate.Result JSON, or {"error": "..."} — never a thrown panic: a bug in a
// layer is reported to the shim, which then leaves the page untouched.
// The work is in handle.go, which has no syscall/js and is fuzzed natively.
package main

import "syscall/js"

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

func main() {
	api := js.Global().Get("Object").New()
	api.Set("annotate", js.FuncOf(annotateJS))
	api.Set("ready", true)
	js.Global().Set("crossread", api)
	select {} // keep the instance alive: one warm instance serves every page
}
