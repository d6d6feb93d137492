package doc

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"
)

// ParseText reads a plain-text report: one block per non-empty line, Line set
// to its 1-based line number, the way the seed reports are written.
func ParseText(s string) *Document {
	d := &Document{IsText: true}
	s = dumpDate(s, d)
	line := 0
	for len(s) > 0 || line == 0 {
		line++
		l := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			l, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		t := Normalize(l)
		if t == "" {
			if s == "" {
				break
			}
			continue
		}
		d.Blocks = append(d.Blocks, Block{ID: len(d.Blocks), Line: line, Text: t, Tag: "text",
			Words: len(strings.Fields(t)), Bullet: isBullet(t)})
	}
	if len(d.Blocks) > 0 {
		d.Title = d.Blocks[0].Text
	}
	return d
}

// isBullet reports a line that starts with a list bullet.
func isBullet(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '•', '·', '▪', '■', '◦', '‣', '–', '»', '›':
		return true
	}
	return false
}

// ErrNotText is returned for input that is not text (binary, or not UTF-8).
var ErrNotText = errors.New("input is not text (binary or not UTF-8)")

// Parse chooses HTML or plain text for data: by the name's extension when it
// has one, else by sniffing the first bytes. url is the page's address, if known.
func Parse(data []byte, name, url string) (*Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, ErrNotText
	}
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".txt"):
		return ParseText(string(data)), nil
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), LooksLikeHTML(data):
		return ParseHTML(bytes.NewReader(data), url)
	}
	return ParseText(string(data)), nil
}

// LooksLikeHTML sniffs markup: the first non-space byte opens a tag and an
// HTML element name appears early.
func LooksLikeHTML(data []byte) bool {
	head := bytes.TrimLeft(data, " \t\r\n")
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	if len(head) > 1024 {
		head = head[:1024]
	}
	h := bytes.ToLower(head)
	for _, t := range []string{"<!doctype html", "<html", "<head", "<body", "<p", "<div", "<article", "<meta", "<title"} {
		if bytes.Contains(h, []byte(t)) {
			return true
		}
	}
	return false
}

// dumpDate takes the date a page dump records before its first line (" date 2022-05-13 …": a
// space, the word, an ISO day) as the page's metadata, not as text of the report, and returns
// the text without it.
func dumpDate(s string, d *Document) string {
	const tag = " date "
	if len(s) < len(tag)+10 || s[:len(tag)] != tag {
		return s
	}
	v := s[len(tag) : len(tag)+10]
	for i := 0; i < 10; i++ {
		if want := i == 4 || i == 7; want != (v[i] == '-') || !want && (v[i] < '0' || v[i] > '9') {
			return s
		}
	}
	rest := s[len(tag)+10:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\n' && rest[0] != '\t' && rest[0] != '\r' {
		return s
	}
	d.Meta.Published, d.Meta.Source = v, "meta"
	// Spaces keep the rest of the line on line 1 and its offsets as they were after the date.
	return strings.Repeat(" ", len(tag)+10) + rest
}
