package doc

import "testing"

// FuzzParse: any bytes under any name give a document or an error, never a
// panic, and every block keeps the invariants the shim's anchoring relies on
// (normalized text, a non-negative offset, a path of child indexes).
func FuzzParse(f *testing.F) {
	f.Add([]byte("<html><body><nav><a href=/>Home</a></nav><article><p>First <b>line</b><br>second&nbsp;line</p></article></body></html>"), "page.html")
	f.Add([]byte("Headline\n\n  • Home\nMr. Austin said on Feb. 18 that\tthe call lasted about an hour.\n"), "r.txt")
	f.Add([]byte("<pre>a\r\nb \u202e\U0001F600</pre>"), "page.html")
	f.Add([]byte("<table><tr><td>x<template><p>y</p></template><svg><text>z</text></svg></td></tr></table>"), "page.html")
	f.Add([]byte("<div dir=rtl>\u200fقال<p>\x00\xff</p></div><!--crossread--><script>alert(1)</script>"), "page.html")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		d, err := Parse(data, name, "")
		if err == nil {
			checkBlocks(t, d)
		}
		// The same bytes as the shim's spelled-out tree (what any extension
		// page could send the wasm): a document or an error, never a panic.
		if d, err = ParseTree(data, ""); err == nil {
			checkBlocks(t, d)
		}
	})
}

func checkBlocks(t *testing.T, d *Document) {
	t.Helper()
	for i, b := range d.Blocks {
		if b.Text == "" || Normalize(b.Text) != b.Text {
			t.Fatalf("block %d text not normalized: %q", i, b.Text)
		}
		if b.Offset < 0 {
			t.Fatalf("block %d offset %d", i, b.Offset)
		}
		for _, p := range b.Path {
			if p < 0 {
				t.Fatalf("block %d path %v", i, b.Path)
			}
		}
	}
}
