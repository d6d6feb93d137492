package doc

import (
	"os"
	"strings"
	"testing"
)

func TestParseHTMLBlocksAndOffsets(t *testing.T) {
	src := `<html><head><title>T</title><script>var x=1</script></head><body>
<nav><a href="/">Home</a> <a href="/w">World</a></nav>
<article><h1>Austin  calls
 Shoigu</h1><p>First <b>line</b><br>second&nbsp;line</p>
<div>lead <p>inner</p> tail</div><style>p{}</style></article></body></html>`
	d, err := ParseHTML(strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Tag+":"+b.Text)
	}
	want := []string{"nav:Home World", "h1:Austin calls Shoigu", "p:First line", "p:second\u00a0line", "div:lead", "p:inner", "div:tail"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("blocks\n got %q\nwant %q", got, want)
	}
	// Offsets index the container's collapsed text, the stream the shim rebuilds.
	if b := d.Blocks[3]; b.Offset != len([]rune("First line")) {
		t.Errorf("second line offset %d", b.Offset)
	}
	if b := d.Blocks[6]; b.Offset != len([]rune("lead inner ")) {
		t.Errorf("tail offset %d", b.Offset)
	}
	if d.Blocks[0].Links != 2 || d.Blocks[0].LinkWords != 2 || d.Blocks[0].Role != "nav" {
		t.Errorf("nav block %+v", d.Blocks[0])
	}
	if d.Blocks[1].Heading != 1 || d.Title != "T" {
		t.Errorf("heading %d title %q", d.Blocks[1].Heading, d.Title)
	}
	// body is child 1 of html; article is child 1 of body; h1 is child 0 of article.
	if p := d.Blocks[1].Path; len(p) != 3 || p[0] != 1 || p[1] != 1 || p[2] != 0 {
		t.Errorf("h1 path %v", p)
	}
}

func TestPreIsTextReport(t *testing.T) {
	d, err := ParseHTML(strings.NewReader("<html><body><pre>Title line\n\n  • Home\nBody text here.</pre></body></html>"), "")
	if err != nil {
		t.Fatal(err)
	}
	if !d.IsText || len(d.Blocks) != 3 || d.Blocks[1].Line != 3 || !d.Blocks[1].Bullet || d.Blocks[2].Offset != len([]rune("Title line • Home ")) {
		t.Fatalf("%+v", d.Blocks)
	}
}

func TestSeedTextMatchesPre(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seeds/004_c79bbc219009e25d.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := ParseText(string(raw))
	b, _ := ParseHTML(strings.NewReader("<pre>"+strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(string(raw))+"</pre>"), "")
	if len(a.Blocks) != len(b.Blocks) {
		t.Fatalf("%d vs %d blocks", len(a.Blocks), len(b.Blocks))
	}
	for i := range a.Blocks {
		if a.Blocks[i].Text != b.Blocks[i].Text || a.Blocks[i].Line != b.Blocks[i].Line {
			t.Fatalf("block %d: %q@%d vs %q@%d", i, a.Blocks[i].Text, a.Blocks[i].Line, b.Blocks[i].Text, b.Blocks[i].Line)
		}
	}
}

func TestParseRejectsBinary(t *testing.T) {
	if _, err := Parse([]byte{0x89, 'P', 'N', 'G', 0, 1}, "x.txt", ""); err != ErrNotText {
		t.Fatalf("err = %v", err)
	}
}

func TestMetaPublished(t *testing.T) {
	d, _ := ParseHTML(strings.NewReader(`<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-05-13T18:00:00Z"}]}</script></head><p>x</p>`), "")
	if d.Meta.Published != "2022-05-13T18:00:00Z" || d.Meta.Source != "jsonld" {
		t.Fatalf("%+v", d.Meta)
	}
}
