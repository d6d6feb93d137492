package doc

import (
	"io"
	"strings"

	"golang.org/x/net/html"
)

// ParseHTML parses a serialized page into blocks.
func ParseHTML(r io.Reader, url string) (*Document, error) {
	root, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return FromNode(root, url), nil
}

// FromNode builds the model from an already parsed tree.
func FromNode(root *html.Node, url string) *Document {
	return fromNode(root, url, 0)
}

// fromNode is FromNode with room for about blocks blocks made up front: a
// page of 70,000 list items would otherwise copy the growing slice of
// 200-byte blocks again and again (allocations cost most in the wasm).
func fromNode(root *html.Node, url string, blocks int) *Document {
	d := &Document{URL: url, Blocks: make([]Block, 0, blocks)}
	readHead(root, d)
	w := walker{d: d}
	if pre := soleText(root); pre != nil {
		// A text/plain report as the browser shows it: one <pre> holding the
		// whole file. Its lines are the blocks, as with ParseText.
		d.IsText = true
		w.textLines = true
	}
	w.walk(root, 0)
	w.flush()
	if d.IsText && d.Title == "" && len(d.Blocks) > 0 {
		d.Title = d.Blocks[0].Text
	}
	return d
}

// frame is one open element on the walk's stack.
type frame struct {
	tag   string
	path  []int
	start int // stream index of the element's first character; -1 until one is seen
	hints int // the element's hints are walker.hints[:hints]
	role  string
	block bool
}

// walker emits the normalized text stream described in anchor.go and cuts it
// into blocks at block-level elements, <br> and (in a text report) newlines.
type walker struct {
	d     *Document
	stack []frame
	// hints holds the class/id hints of the open elements, each frame's
	// extending its parent's (a frame keeps only its length): one buffer
	// instead of a string per element. paths is a slab the frames' paths
	// are cut from, for the same reason (allocations cost most in the wasm).
	hints     []byte
	paths     []int
	ancs      []string
	unset     int  // stack[unset:] have start == -1
	n         int  // code points emitted to the stream so far
	pending   bool // a whitespace run is waiting for the next character
	textLines bool

	cur      []rune // the block being built
	curStart int    // stream index of cur[0]
	curFrame int    // stack index of the block's container
	curSpace bool   // last rune appended to cur was a collapsed space (for trimming)
	words    int
	linkW    int
	links    int
	inWord   bool
	linkDep  int
	line     int // text reports: current 1-based line
	curLine  int
}

func (w *walker) walk(n *html.Node, childIdx int) {
	switch n.Type {
	case html.DocumentNode:
		idx := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, idx)
			if c.Type == html.ElementNode {
				idx++
			}
		}
		return
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	tag := n.Data
	if n.Namespace != "" || skipTags[tag] {
		return
	}
	var path []int
	if len(w.stack) > 0 {
		path = w.path(w.stack[len(w.stack)-1].path, childIdx)
	} else {
		path = []int{}
	}
	w.hints = w.hints[:0]
	role := ""
	if len(w.stack) > 0 {
		w.hints = w.hints[:w.stack[len(w.stack)-1].hints]
		role = w.stack[len(w.stack)-1].role
	}
	isLink := false
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			if v := strings.TrimSpace(a.Val); v != "" && len(w.hints) < 600 {
				w.hints = append(w.hints, ' ')
				w.hints = appendLower(w.hints, v)
			}
		case "role":
			role = strings.ToLower(a.Val)
		case "href":
			isLink = tag == "a"
		case "hidden":
			w.hints = append(w.hints, " hidden"...)
		case "aria-hidden":
			if a.Val == "true" {
				w.hints = append(w.hints, " aria-hidden"...)
			}
		}
	}
	hints := len(w.hints)
	switch tag {
	case "nav", "aside", "footer", "header", "form":
		// The innermost landmark names the block: a <nav> inside a page-wide
		// <form> (ASP.NET wraps whole pages in one) is navigation.
		if !hasRoleAttr(n) {
			role = tag
		}
	}
	isBlock := blockTags[tag]
	if isBlock {
		w.flush()
	}
	if tag == "br" || tag == "hr" {
		return
	}
	w.stack = append(w.stack, frame{tag: tag, path: path, start: -1, hints: hints, role: role, block: isBlock})
	if isLink {
		w.linkDep++
		w.links++
	}
	idx := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, idx)
		if c.Type == html.ElementNode {
			idx++
		}
	}
	if isLink {
		w.linkDep--
	}
	if isBlock {
		w.flush()
	}
	w.stack = w.stack[:len(w.stack)-1]
	if w.unset > len(w.stack) {
		w.unset = len(w.stack)
	}
}

func (w *walker) text(s string) {
	for _, r := range s {
		if r == '\n' && w.textLines {
			w.line++
			w.flush()
		}
		if IsSpace(r) {
			if w.n > 0 {
				w.pending = true
			}
			w.inWord = false
			continue
		}
		if w.pending {
			w.n++
			w.pending = false
			if len(w.cur) > 0 {
				w.cur = append(w.cur, ' ')
			}
		}
		for ; w.unset < len(w.stack); w.unset++ {
			w.stack[w.unset].start = w.n
		}
		if len(w.cur) == 0 {
			w.curStart = w.n
			w.curFrame = w.container()
			w.curLine = w.line + 1
		}
		w.cur = append(w.cur, r)
		if !w.inWord {
			w.inWord = true
			w.words++
			if w.linkDep > 0 {
				w.linkW++
			}
		}
		w.n++
	}
}

// container is the innermost block-level element on the stack.
func (w *walker) container() int {
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].block {
			return i
		}
	}
	return 0
}

func (w *walker) flush() {
	w.inWord = false
	if len(w.cur) == 0 {
		w.words, w.linkW, w.links = 0, 0, 0
		return
	}
	if w.curFrame >= len(w.stack) {
		// Text with no element left to hold it (a tree not rooted at <html>):
		// no anchor to give it, so no block.
		w.cur = w.cur[:0]
		w.words, w.linkW, w.links = 0, 0, 0
		return
	}
	// cur never ends in a space: spaces are only added before a following rune.
	f := w.stack[w.curFrame]
	// anc is cut from a slab, as the paths are (full slice expression).
	if cap(w.ancs)-len(w.ancs) < w.curFrame+1 {
		w.ancs = make([]string, 0, max(1024, w.curFrame+1))
	}
	l := len(w.ancs)
	anc := w.ancs[l : l : l+w.curFrame+1]
	for i := 0; i <= w.curFrame; i++ {
		if t := w.stack[i].tag; t != "html" && t != "body" {
			anc = append(anc, t)
		}
	}
	anc = anc[:len(anc):len(anc)]
	w.ancs = w.ancs[:l+len(anc)]
	b := Block{
		ID:        len(w.d.Blocks),
		Text:      string(w.cur),
		Tag:       f.tag,
		Path:      f.path,
		Offset:    w.curStart - f.start,
		At:        w.curStart,
		Ancestors: anc,
		Hints:     strings.TrimSpace(string(w.hints[:f.hints])),
		Role:      f.role,
		Words:     w.words,
		LinkWords: w.linkW,
		Links:     w.links,
	}
	if w.textLines {
		b.Line = w.curLine
		b.Tag = "text"
		b.Bullet = isBullet(b.Text)
	}
	for _, t := range anc {
		if t == "li" {
			b.InList = true
		}
	}
	if len(f.tag) == 2 && f.tag[0] == 'h' && f.tag[1] >= '1' && f.tag[1] <= '6' {
		b.Heading = int(f.tag[1] - '0')
	}
	w.d.Blocks = append(w.d.Blocks, b)
	w.cur = w.cur[:0]
	w.words, w.linkW, w.links = 0, 0, 0
}

// soleText reports the <pre> of a page whose body holds nothing else with text:
// how browsers show a text/plain document.
func soleText(root *html.Node) *html.Node {
	body := find(root, "body")
	if body == nil {
		return nil
	}
	var pre *html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if c.Data == "pre" && pre == nil {
				pre = c
				continue
			}
			if skipTags[c.Data] || c.Data == "crossread-panel" {
				continue
			}
			return nil
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	return pre
}

func find(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func hasRoleAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "role" && a.Val != "" && a.Val != "presentation" && a.Val != "none" {
			return true
		}
	}
	return false
}

// path returns parent's path with idx appended, cut from the walker's slab
// (full slice expression: an append to one path cannot reach the next).
func (w *walker) path(parent []int, idx int) []int {
	n := len(parent) + 1
	if cap(w.paths)-len(w.paths) < n {
		w.paths = make([]int, 0, max(1024, n))
	}
	l := len(w.paths)
	p := w.paths[l : l+n : l+n]
	w.paths = w.paths[:l+n]
	copy(p, parent)
	p[n-1] = idx
	return p
}

// appendLower appends strings.ToLower(s) to b, without the string when s is ASCII.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
