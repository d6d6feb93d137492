// Package annotate is the pipeline: it is the only place that knows the order
// of the layers. A page goes in (HTML or a text report), the document model is
// built once, then boilerplate → officials → dates → events run over it, and
// one Result comes out, ready to be written as the JSON the CLI prints and the
// shim paints.
//
//	res, err := annotate.Bytes(page, "report.txt", annotate.Options{DCT: "2022-05-13"})
//
// The CLI (internal/cmd/crossread), the dev server (internal/server) and the
// wasm entry (wasm/main.go) all call this package, so all three give the same
// annotations for the same page.
package annotate

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/crossread/crossread/internal/boilerplate"
	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/doc"
	"github.com/crossread/crossread/internal/events"
	"github.com/crossread/crossread/internal/officials"
)

// Options steer one run. The zero value works: no DCT given, the built-in corpus.
type Options struct {
	DCT    string    // YYYY-MM-DD publication date, when the caller knows it
	URL    string    // the page's address
	Today  time.Time // the reading day, the last fallback for the DCT; zero: now
	Corpus *Corpus   // reports to link to; nil: the built-in seeds
	Layers Layers    // layers switched off by the reader
	NoLink bool      // skip linking (used while building the corpus itself)
	// MergeBoilerplate joins neighbouring boilerplate blocks into one block on
	// the element holding them (merge.go): for the shim, not the CLI.
	MergeBoilerplate bool
	// LeanBoilerplate sends a boilerplate block's text as its length in code
	// points and a hash (Block.Chars, Block.Hash) instead: the shim only needs
	// to check the element it dims, and dimmed text is most of a big page's
	// result (2.8 of 3 MB on the 10 MB page). For the shim, not the CLI.
	LeanBoilerplate bool
	// Tree: the HTML spells its tree out (the shim's serialization), parse it
	// with doc.ParseTree instead of the HTML5 tree builder.
	Tree bool
}

// Layers lists layers to skip; all run by default.
type Layers struct {
	NoBoilerplate, NoOfficials, NoDates, NoEvents bool
}

// Result is the annotations of one page. Field names and order are the CLI
// contract (see README): extend, never break.
type Result struct {
	DCT       string     `json:"dct"`
	DCTSource string     `json:"dct_source"`
	Title     string     `json:"title"`
	URL       string     `json:"url,omitempty"`
	IsText    bool       `json:"is_text"`
	Blocks    []Block    `json:"blocks"`
	Officials []Official `json:"officials"`
	Dates     []Date     `json:"dates"`
	Event     Event      `json:"event"`
	Links     []Link     `json:"links"`
	Related   []Link     `json:"related"`
	Facts     []Fact     `json:"facts"`
}

// Block is one block with its verdict and its anchor in the page.
type Block struct {
	ID          int    `json:"id"`
	Line        int    `json:"line,omitempty"`
	Text        string `json:"text"`
	Boilerplate bool   `json:"boilerplate"`
	Reason      string `json:"reason,omitempty"`
	Label       string `json:"label"`
	Tag         string `json:"tag"`
	Path        []int  `json:"path,omitempty"`
	Offset      int    `json:"offset"`
	// With Options.LeanBoilerplate, a boilerplate block's Text is empty and
	// these stand for it (TextHash).
	Chars int    `json:"chars,omitempty"`
	Hash  uint32 `json:"hash,omitempty"`
}

// TextHash returns s's length in code points and its 32-bit FNV-1a hash over
// code points, the check the shim repeats (anchor.js textHash) on the text
// it finds at a lean block's place.
func TextHash(s string) (chars int, hash uint32) {
	hash = 2166136261
	for _, r := range s {
		hash ^= uint32(r)
		hash *= 16777619
		chars++
	}
	return chars, hash
}

// Official is a person in office with every mention of them.
type Official struct {
	Name     string    `json:"name"`
	Role     string    `json:"role"`
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is a span of a block; Start and End count code points.
type Mention struct {
	Block int    `json:"block"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Date is a temporal expression with its resolved value.
type Date struct {
	Block int    `json:"block"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	Words string `json:"words,omitempty"` // the value for a reader: "Friday 13 May 2022"
}

// Event is the fingerprint of the event the report covers.
type Event = events.Fingerprint

// Link points to another report.
type Link struct {
	Report string  `json:"report"`
	Title  string  `json:"title"`
	Score  float64 `json:"score"`
	Day    string  `json:"day,omitempty"`
	Note   string  `json:"note,omitempty"`
}

// Bytes parses data (HTML or text, chosen by name's extension or by sniffing)
// and annotates it.
func Bytes(data []byte, name string, opt Options) (*Result, error) {
	parse := doc.Parse
	if opt.Tree {
		parse = func(data []byte, _, url string) (*doc.Document, error) { return doc.ParseTree(data, url) }
	}
	d, err := parse(data, name, opt.URL)
	if err != nil {
		return nil, err
	}
	return Run(d, opt), nil
}

// Run annotates a parsed document.
func Run(d *doc.Document, opt Options) *Result {
	res := &Result{URL: d.URL, IsText: d.IsText, Blocks: make([]Block, len(d.Blocks)),
		Officials: []Official{}, Dates: []Date{}, Links: []Link{}, Related: []Link{}, Facts: []Fact{}}
	texts := d.Texts()
	skip := make([]bool, len(d.Blocks))

	var verdicts []boilerplate.Verdict
	if !opt.Layers.NoBoilerplate {
		verdicts = boilerplate.Classify(d)
	}
	for i, b := range d.Blocks {
		rb := Block{ID: i, Line: b.Line, Text: b.Text, Label: "article", Tag: b.Tag, Path: b.Path, Offset: b.Offset}
		if i < len(verdicts) {
			v := verdicts[i]
			rb.Boilerplate, rb.Reason, rb.Label = v.Boilerplate, v.Reason, v.Label
			skip[i] = v.Boilerplate
		}
		res.Blocks[i] = rb
	}
	res.Title = title(d, res.Blocks)

	dct, src := findDCT(d, opt, texts, skip)

	var offs []officials.Official
	if !opt.Layers.NoOfficials {
		offs = officials.FindAt(texts, skip, dct)
		for _, o := range offs {
			ro := Official{Name: o.Name, Role: o.Role, Country: o.Country, Mentions: make([]Mention, len(o.Mentions))}
			for j, m := range o.Mentions {
				ro.Mentions[j] = Mention{m.Block, m.Start, m.End, m.Text}
			}
			res.Officials = append(res.Officials, ro)
		}
	}

	var ds []dates.Timex
	tag := func() {
		ds = nil
		if !opt.Layers.NoDates {
			ds = dates.Tag(texts, dct, skip)
		}
	}
	tag()

	if !opt.Layers.NoEvents {
		in := events.Input{Blocks: texts, Skip: skip, Officials: offs, Dates: ds, DCT: dct, DCTSource: src}
		res.Event = events.Build(in)
		// Only an event with a kind can match a corpus report; skipping the
		// rest spares most pages the corpus's first load (the wasm's cold start).
		if !opt.NoLink && res.Event.Kind != "" {
			c := opt.Corpus
			if c == nil {
				c = Seeds()
			}
			self := linesOf(d)
			if dct.IsZero() {
				// No date anywhere: take it from the event the report is about,
				// when the corpus has exactly one candidate day for it.
				if day, ok := c.DayFor(res.Event, self); ok {
					dct, src = day, "event"
					tag()
					in.Dates, in.DCT, in.DCTSource = ds, dct, src
					res.Event = events.Build(in)
				}
			}
			res.Links, res.Related = c.LinksWith(res.Event, events.TermsOf(texts, skip), self)
			if len(res.Links) > 0 {
				res.Facts = factsOf(res.Event, c.fingerprints(res.Links))
			}
		}
	}
	if dct.IsZero() {
		// The last resort: the day it is read. Relative dates now resolve
		// against it, which is right for a page read on the day it appears.
		dct, src = today(opt), "today"
		tag()
	}
	res.DCT, res.DCTSource = dct.Format("2006-01-02"), src
	for _, t := range ds {
		res.Dates = append(res.Dates, Date{Block: t.Block, Start: t.Start, End: t.End, Text: t.Text,
			Type: t.Type, Value: t.Value, Mod: t.Mod, Words: words(t)})
	}
	if opt.MergeBoilerplate {
		mergeBoilerplate(res, d)
	}
	if opt.LeanBoilerplate {
		for i := range res.Blocks {
			if b := &res.Blocks[i]; b.Boilerplate && b.Text != "" {
				b.Chars, b.Hash = TextHash(b.Text)
				b.Text = ""
			}
		}
	}
	return res
}

func today(opt Options) time.Time {
	t := opt.Today
	if t.IsZero() {
		t = time.Now()
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// title is the page's headline: the first heading-labelled block, else the
// first article block, else the document title.
func title(d *doc.Document, bs []Block) string {
	for _, b := range bs {
		if b.Label == "heading" && !b.Boilerplate {
			return b.Text
		}
	}
	if d.Title != "" && !d.IsText {
		return d.Title
	}
	for _, b := range bs {
		if !b.Boilerplate {
			return b.Text
		}
	}
	return d.Title
}

// urlDate finds /2022/05/13/ or 2022-05-13 in an address.
var urlDate = regexp.MustCompile(`(20\d\d|19\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\D|$)`)

// findDCT decides the report's creation date, most trusted source first.
func findDCT(d *doc.Document, opt Options, texts []string, skip []bool) (time.Time, string) {
	if t, err := time.Parse("2006-01-02", strings.TrimSpace(opt.DCT)); err == nil {
		return t, "given"
	}
	if t, ok := parseDay(d.Meta.Published); ok {
		return t, d.Meta.Source
	}
	if m := urlDate.FindStringSubmatch(opt.URL + " " + d.URL); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			return t, "url"
		}
	}
	// Boilerplate is skipped: a sidebar of dated headlines is not the report's date.
	if t, _, how, ok := dates.DCTFromTextHow(texts, skip); ok {
		if how == "wire" {
			return t, "wire"
		}
		return t, "text"
	}
	// No byline or dateline: the latest day the report names is a lower bound of its date,
	// and a far better anchor for "Friday" than the day it is read.
	if t, _, ok := dates.BodyDate(texts, skip); ok {
		return t, "body"
	}
	return time.Time{}, ""
}

// parseDay reads the day of a page's published-date metadata: the date part of an ISO-8601
// timestamp, a compact 20220513, or any shape a byline takes ("May 13, 2022", "Fri, 13 May 2022
// 16:49:00 GMT"), which the dateline reader knows.
func parseDay(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	if len(s) == 8 {
		if t, err := time.Parse("20060102", s); err == nil {
			return t, true
		}
	}
	if s == "" || len(s) > 80 {
		return time.Time{}, false
	}
	t, _, ok := dates.DCTFromText([]string{s}, nil)
	return t, ok
}

// words renders a value for a reader: "Friday 13 May 2022", "May 2022 (late)".
func words(t dates.Timex) string {
	v := t.Value
	var s string
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		if d, err := time.Parse("2006-01-02", v[:10]); err == nil {
			s = d.Format("Monday 2 January 2006")
			if len(v) > 10 {
				s += " " + partOfDay(v[10:])
			}
		}
	case len(v) == 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q':
		if d, err := time.Parse("2006-01", v); err == nil {
			s = d.Format("January 2006")
		}
	case len(v) >= 8 && v[4:6] == "-W":
		s = "week " + strings.TrimLeft(v[6:], "0") + " of " + v[:4]
	case strings.HasPrefix(v, "P"):
		s = durationWords(v)
	}
	if s == "" {
		s = v
	}
	if t.Mod != "" {
		s += " (" + strings.ToLower(t.Mod) + ")"
	}
	return strings.TrimSpace(s)
}

func partOfDay(s string) string {
	switch strings.TrimPrefix(s, "T") {
	case "MO":
		return "morning"
	case "AF":
		return "afternoon"
	case "EV":
		return "evening"
	case "NI":
		return "night"
	}
	return strings.TrimPrefix(s, "T")
}

var durUnits = map[byte]string{'Y': "year", 'M': "month", 'W': "week", 'D': "day", 'H': "hour"}

func durationWords(v string) string {
	body := strings.TrimPrefix(strings.TrimPrefix(v, "P"), "T")
	if len(body) < 2 {
		return ""
	}
	unit := body[len(body)-1]
	n := body[:len(body)-1]
	name, ok := durUnits[unit]
	if strings.HasPrefix(v, "PT") && unit == 'M' {
		name, ok = "minute", true
	}
	if !ok {
		return ""
	}
	if n == "X" {
		return name + "s"
	}
	if n != "1" {
		name += "s"
	}
	return fmt.Sprintf("%s %s", n, name)
}
