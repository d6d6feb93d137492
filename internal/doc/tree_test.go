package doc

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func blockView(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, fmt.Sprintf("%s @%v+%d", b.Text, b.Path, b.Offset))
	}
	return out
}

// Markup as the shim writes it (every element closed) reads as the HTML5
// parser reads it when the tree is one the parser would build.
func TestParseTreeAgreesWithParserOnParsedTrees(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title><meta property="article:published_time" content="2022-05-13"></head>` +
		`<body><nav role="navigation"><ul><li><a href>Home</a></li><li><a href>World</a></li></ul></nav>` +
		`<article><h1>Austin speaks</h1><p>Defense Secretary <b>Lloyd Austin</b> spoke on Friday.<br>Second line &lt;x&gt;</p>` +
		`<svg></svg><table><tbody><tr><td>cell</td></tr></tbody></table><pre>a
b</pre></article><footer><p>© 2022</p></footer></body></html>`
	a, err := ParseHTML(strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseTree([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(blockView(a), blockView(b)) {
		t.Fatalf("parser %q\ntree   %q", blockView(a), blockView(b))
	}
	if a.Title != b.Title || a.Lang != b.Lang || a.Meta != b.Meta {
		t.Fatalf("head: %q %q %+v vs %q %q %+v", a.Title, a.Lang, a.Meta, b.Title, b.Lang, b.Meta)
	}
}

// A tree scripts built, which the parser would re-nest, keeps its shape:
// the paths must be the live DOM's.
func TestParseTreeKeepsScriptBuiltShapes(t *testing.T) {
	page := `<html><head></head><div id="modal">Sign up</div><body><p>Lead <div>inside a p</div> tail</p></body></html>`
	d, err := ParseTree([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	got := blockView(d)
	want := []string{"Sign up @[1]+0", "Lead @[2 0]+0", "inside a p @[2 0 0]+0", "tail @[2 0]+16"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestParseTreeBadInput(t *testing.T) {
	for _, s := range []string{"", "</p></html>", "<p><b>unclosed", "text only", "<html><body><p>a</b></i></p></body>", "<svg><p>x</p></svg>after",
		"<script type=application/ld+json>{\"datePublished\":\"2022-05-13\"}", "\x00"} {
		if _, err := ParseTree([]byte(s), ""); err != nil && s != "\x00" {
			t.Errorf("%q: %v", s, err)
		}
	}
}
