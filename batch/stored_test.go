package main

import (
	"testing"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/events"
)

// The bundle keeps a report's date as the extension's corpus-store.js
// fromResult does: only a date the page itself shows.
func TestStoredOfKeepsOnlyThePagesOwnDate(t *testing.T) {
	for src, want := range map[string]string{"meta": "2022-05-13", "text": "2022-05-13",
		"today": "", "event": "", "body": "", "wire": ""} {
		res := &annotate.Result{URL: "a.txt", Title: "Austin calls Shoigu", DCT: "2022-05-13", DCTSource: src,
			Event:  events.Fingerprint{Kind: "call", Parties: []events.Party{{Name: "Lloyd Austin"}}},
			Blocks: []annotate.Block{{Text: "Austin spoke with Shoigu on Friday."}}}
		st, ok := storedOf(res)
		if !ok || st.DCT != want {
			t.Errorf("dct_source %q: stored dct %q (ok %v), want %q", src, st.DCT, ok, want)
		}
	}
}
