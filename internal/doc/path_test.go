package doc

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// Every block's Path leads, through element children from <html>, to an
// element of the block's tag whose text holds the block's text: the walk the
// shim does in the live page. goquery gives an independent walk to check it.
func TestPathsResolve(t *testing.T) {
	src := `<!doctype html><html><head><title>x</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav></header>
<main><article><h1>Title here</h1><figure><img src=a.jpg><figcaption>A caption</figcaption></figure>
<p>One <em>two</em> three.</p><div>Loose text<p>Nested para</p>after</div>
<table><tr><td>cell one</td><td>cell two</td></tr></table></article></main>
<footer><p>© 2022 Site</p></footer></body></html>`
	d, err := ParseHTML(strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	q, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		sel := q.Find("html")
		for _, i := range b.Path {
			sel = sel.Children().Eq(i)
		}
		if sel.Length() != 1 || goquery.NodeName(sel) != b.Tag {
			t.Errorf("block %q: path %v leads to %q", b.Text, b.Path, goquery.NodeName(sel))
			continue
		}
		if !strings.Contains(Normalize(sel.Text()), b.Text) {
			t.Errorf("block %q not inside %q", b.Text, Normalize(sel.Text()))
		}
	}
	if len(d.Blocks) != 11 {
		t.Errorf("%d blocks", len(d.Blocks))
	}
}
