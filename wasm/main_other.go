//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main exists so the package builds (and its tests run) natively; the real
// entry is main.go under GOOS=js GOARCH=wasm.
func main() {
	fmt.Fprintln(os.Stderr, "wasm: build with GOOS=js GOARCH=wasm (make build)")
	os.Exit(2)
}
