package boilerplate

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/doc"
)

// Degenerate inputs must not panic and must give one verdict per block.
func TestEdgeCases(t *testing.T) {
	if vs := Classify(nil); vs != nil {
		t.Errorf("Classify(nil) = %v", vs)
	}
	if vs := Classify(&doc.Document{}); len(vs) != 0 {
		t.Errorf("empty document: %v", vs)
	}
	texts := []string{
		"",
		"one line",
		"Home\nNews\nSport\n",
		strings.Repeat("The same sentence of the report, said again and again by the page. ", 3) + "\n",
		strings.Repeat("x ", 5000),
		"日本語の記事です。これは長い段落で、単語の間に空白がありません。ですから文字数で数えます。\n短い行\n",
	}
	for _, s := range texts {
		d := doc.ParseText(s)
		if vs := Classify(d); len(vs) != len(d.Blocks) {
			t.Errorf("ParseText(%.20q): %d verdicts for %d blocks", s, len(vs), len(d.Blocks))
		}
	}
	pages := []string{
		"<html><body></body></html>",
		"<p>one short paragraph</p>",
		"<nav><a href=/>Home</a> <a href=/n>News</a></nav><footer>© 2024</footer>",
		"<div class=comments><p>" + strings.Repeat("A long comment that reads like prose and goes on. ", 10) + "</p></div>",
		"<table><tr><td>1</td><td>2</td></tr></table>",
	}
	for _, p := range pages {
		d, err := doc.Parse([]byte(p), "x.html", "")
		if err != nil {
			t.Fatal(err)
		}
		vs := Classify(d)
		if len(vs) != len(d.Blocks) {
			t.Errorf("%.30q: %d verdicts for %d blocks", p, len(vs), len(d.Blocks))
		}
		for i, v := range vs {
			if v.Boilerplate != (v.Label == "boilerplate") || v.Boilerplate && v.Reason == "" {
				t.Errorf("%.30q block %d: inconsistent verdict %+v", p, i, v)
			}
		}
	}
}

// The verdicts do not depend on map order or on earlier calls.
func TestDeterministic(t *testing.T) {
	d, err := doc.Parse([]byte(fixturePage(t, "related-list")), "x.html", "")
	if err != nil {
		t.Fatal(err)
	}
	first := Classify(d)
	for k := 0; k < 20; k++ {
		again := Classify(d)
		for i := range first {
			if first[i] != again[i] {
				t.Fatalf("run %d block %d: %+v then %+v", k, i, first[i], again[i])
			}
		}
	}
}

// TestTextReportHead: a text report's headline, its deck, a standfirst and the page's time stamp
// above the body are the report's, not "before the article"; a menu above them is not.
func TestTextReportHead(t *testing.T) {
	lines := []string{
		"Home",
		"World",
		"Politics",
		"Two leaders are holding a phone conversation on trade and energy after weeks of talks between their ministers.",
		"Leaders call for dialogue and diplomacy in a call on trade and energy",
		"The call comes days after speculation began about a summit that was called off",
		"March 3, 2021 09:15 am | Updated 11:02 am IST - Mumbai",
		"The prime minister on Wednesday held a telephone conversation with the president and reiterated the need for dialogue and diplomacy, the ministry said in a statement.",
		"The two leaders reviewed several aspects of the relationship, including trade, energy, defence and the situation in the region, officials said after the call.",
		"They agreed to remain in touch, the statement added, and to meet at the next summit of the group later this year in the capital.",
	}
	v := Classify(doc.ParseText(strings.Join(lines, "\n")))
	want := []bool{true, true, true, false, false, false, false, false, false, false}
	for i := range lines {
		if v[i].Boilerplate != want[i] {
			t.Errorf("line %d %q: boilerplate %v (%s), want %v", i+1, lines[i], v[i].Boilerplate, v[i].Reason, want[i])
		}
	}
	if v[4].Label != "heading" || v[6].Label != "dateline" {
		t.Errorf("labels: headline %q, stamp %q", v[4].Label, v[6].Label)
	}
}
