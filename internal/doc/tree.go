package doc

import (
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseTree builds the model from markup that spells its tree out: every
// element closed explicitly, nothing implied — what the shim writes from the
// live DOM (extension/shim/serialize.js). Such markup needs no HTML5 tree
// construction (implied tags, foster parenting, adoption agency), which is
// half of html.Parse's time in the wasm; a stack is enough, and the tree is
// the live DOM's exactly, even where scripts built one the parser would not
// (a <div> inside a <p>). Markup that is not so spelled out still gives a
// tree, only not the one a browser would build: an end tag closes the
// nearest open element of its name and is ignored when there is none.
func ParseTree(data []byte, url string) (*Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, ErrNotText
	}
	root := &html.Node{Type: html.DocumentNode}
	open := []*html.Node{root}
	texts := 0
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				// Each text node holds at most one block's start, but most
				// hold whitespace only: half is room enough, then append grows.
				return fromNode(root, url, texts/2), nil
			}
			return nil, z.Err()
		case html.TextToken:
			top := open[len(open)-1]
			if top == root {
				continue // text outside <html>: the DOM has none
			}
			text := string(z.Text())
			if last := top.LastChild; last != nil && last.Type == html.TextNode {
				last.Data += text // one DOM text node the tokenizer cut at an entity
				continue
			}
			top.AppendChild(&html.Node{Type: html.TextNode, Data: text})
			texts++
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := &html.Node{Type: html.ElementNode, Data: string(name)}
			n.DataAtom = atom.Lookup(name)
			switch n.Data {
			case "svg", "math":
				// Foreign content: one element, no text (see the writer).
				n.Namespace = n.Data
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
			}
			if len(open) == 1 && n.Data != "html" {
				// Everything lives under <html>, as in a DOM: the walk expects it.
				h := root.LastChild
				if h == nil || h.Data != "html" {
					h = &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
					root.AppendChild(h)
				}
				open = append(open, h)
			}
			open[len(open)-1].AppendChild(n)
			if tt == html.StartTagToken && !voidElements[n.Data] && n.Namespace == "" {
				open = append(open, n)
			} else if tt == html.StartTagToken && n.Namespace != "" {
				open = append(open, n) // closed by its own end tag
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(open) - 1; i > 0; i-- {
				if open[i].Data == string(name) {
					open = open[:i]
					break
				}
			}
		}
	}
}

// voidElements have no end tag and no children.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true, "basefont": true, "bgsound": true, "frame": true,
}
