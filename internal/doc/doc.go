// Package doc turns a page into crossread's document model: an ordered list of
// blocks, each a run of text the reader sees as one unit (a paragraph, a heading,
// a list item, a caption, one line of a plain-text report).
//
// Two inputs, one model:
//
//	ParseHTML(r, url)  // a serialized page (outerHTML from the shim, or a saved file)
//	ParseText(s)       // a plain-text report: one block per non-empty line
//
// Every block carries what the later layers need and nothing they would have to
// get from the DOM again: its text (whitespace collapsed the way the shim
// collapses it), the tag path and class/id hints of its ancestors, link and word
// counts, and an anchor (Path, Offset) that the shim resolves in the live page.
//
// Files: doc.go (the model), html.go (HTML → blocks), text.go (plain text →
// blocks), meta.go (publication metadata: meta tags, JSON-LD, <time>),
// anchor.go (the whitespace and offset rules shared with the shim).
//
// Security: the input is untrusted page markup. It is parsed by x/net/html (an
// HTML5 parser that never executes anything); the model holds only text and
// attribute-derived hints, never markup, so nothing from it can be turned back
// into HTML by a later stage. Depth and size are bounded by the parser's input.
package doc

import (
	"crypto/sha256"
	"encoding/hex"
)

// Block is one unit of text as a reader sees it.
type Block struct {
	ID   int    // index in Document.Blocks
	Line int    // 1-based source line where the block starts (text input; HTML: line of its first text)
	Text string // whitespace-collapsed text (see Normalize)
	Tag  string // tag of the element that holds the text ("p", "li", "h2", "td", "pre", "div", "text")

	// Anchor in the live DOM: Path is the list of element-child indexes from
	// <html> down to the container element; Offset is the code-point offset of
	// Text inside the container's normalized text (see Normalize). Empty Path for
	// plain-text input.
	Path   []int
	Offset int
	// At is the code-point index of the block's first character in the whole
	// page's stream (the same rules, over everything): with it, neighbouring
	// blocks can be joined into their common ancestor's text exactly.
	At int

	Ancestors []string // tag names from <body> down to the container, e.g. ["div","article","p"]
	Hints     string   // lower-cased class and id values of the container and its ancestors, space separated
	Role      string   // ARIA role or landmark hint found on the way down ("navigation", "complementary", ...)

	Words     int // words in Text
	LinkWords int // words inside <a> elements
	Links     int // number of <a href> elements touched by the block
	Heading   int // 1..6 for h1..h6, else 0
	InList    bool
	Bullet    bool // text report: the line starts with a bullet such as "•"
}

// Document is a parsed page.
type Document struct {
	Blocks []Block
	Title  string // <title> or og:title; first line for text input
	URL    string
	IsText bool   // plain-text input (or a page that is one <pre> report)
	Meta   Meta   // publication metadata
	Lang   string // <html lang>
}

// Meta holds the publication metadata a page declares about itself.
type Meta struct {
	Published string // raw value: article:published_time, JSON-LD datePublished, <time datetime>, ...
	Source    string // where Published came from: "meta", "jsonld", "time"
	SiteName  string
}

// Texts returns the blocks' texts, the form the text layers take.
func (d *Document) Texts() []string {
	out := make([]string, len(d.Blocks))
	for i, b := range d.Blocks {
		out[i] = b.Text
	}
	return out
}

// Digest identifies the document's text, so a page can recognise itself in the
// corpus (the same report stored earlier) whatever its markup.
func (d *Document) Digest() string {
	h := sha256.New()
	for _, b := range d.Blocks {
		h.Write([]byte(b.Text))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
