// Package crossread holds what must live at the module root: the seed reports,
// embedded from testdata/seeds so the corpus ships inside the binary and the
// wasm (go:embed cannot reach above a package's own directory).
package crossread

import "embed"

// Seeds holds testdata/seeds/*.txt and corpus.json (each seed's publication
// metadata: the date and address a crawler would have stored with the page).
// gold.json is deliberately not embedded: it is the answer key, used by tests only.
//
//go:embed testdata/seeds/*.txt testdata/seeds/corpus.json
var Seeds embed.FS
