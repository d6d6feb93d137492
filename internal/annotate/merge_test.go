package annotate

import (
	"strings"
	"testing"
)

// The shim's options: merged neighbours, lean dimmed blocks. Article blocks
// and spans are untouched; every dimmed block's length and hash are those of
// the text it stands for.
func TestCompactLean(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>`)
	for i := 0; i < 30; i++ {
		b.WriteString(`<li><a href="/s">More stories: headline</a></li>`)
	}
	b.WriteString(`</ul></nav><article><h1>Austin and Shoigu speak</h1><p>Defense Secretary Lloyd Austin spoke on Friday with Russian Defense Minister Sergei Shoigu, the Pentagon said.</p>` +
		`<p>Austin urged an immediate cease-fire. The two men last spoke on Feb. 18.</p></article><footer><p>© 2022 News 😀</p><p>Terms of use</p></footer></body></html>`)
	page := []byte(b.String())
	plain, err := Bytes(page, "p.html", Options{DCT: "2022-05-13"})
	if err != nil {
		t.Fatal(err)
	}
	merged, _ := Bytes(page, "p.html", Options{DCT: "2022-05-13", MergeBoilerplate: true})
	lean, _ := Bytes(page, "p.html", Options{DCT: "2022-05-13", MergeBoilerplate: true, LeanBoilerplate: true})
	if len(merged.Blocks) >= len(plain.Blocks)-20 {
		t.Fatalf("merging left %d of %d blocks", len(merged.Blocks), len(plain.Blocks))
	}
	if len(lean.Blocks) != len(merged.Blocks) {
		t.Fatalf("lean has %d blocks, merged %d", len(lean.Blocks), len(merged.Blocks))
	}
	for i, m := range merged.Blocks {
		l := lean.Blocks[i]
		if !m.Boilerplate {
			if l.Text != m.Text || l.Chars != 0 || l.Hash != 0 {
				t.Fatalf("article block %d changed: %+v", i, l)
			}
			continue
		}
		chars, hash := TextHash(m.Text)
		if l.Text != "" || l.Chars != chars || l.Hash != hash || chars == 0 {
			t.Fatalf("dimmed block %d: %+v, want chars %d hash %d", i, l, chars, hash)
		}
	}
	if len(lean.Officials) != len(plain.Officials) || len(lean.Dates) != len(plain.Dates) {
		t.Fatalf("spans changed: %d/%d officials, %d/%d dates", len(lean.Officials), len(plain.Officials), len(lean.Dates), len(plain.Dates))
	}
	for _, o := range lean.Officials {
		for _, m := range o.Mentions {
			if got := string([]rune(lean.Blocks[m.Block].Text)[m.Start:m.End]); got != m.Text {
				t.Fatalf("mention %q indexes %q", m.Text, got)
			}
		}
	}
}

func TestTextHash(t *testing.T) {
	// The shim's textHash gives the same (extension/test/anchor.test.mjs checks it on real pages).
	if n, h := TextHash(""); n != 0 || h != 2166136261 {
		t.Fatalf("empty: %d %d", n, h)
	}
	if n, _ := TextHash("a😀é"); n != 3 {
		t.Fatalf("code points: %d", n)
	}
	if _, h1 := TextHash("ab"); func() bool { _, h2 := TextHash("ba"); return h1 == h2 }() {
		t.Fatal("order-blind hash")
	}
}
