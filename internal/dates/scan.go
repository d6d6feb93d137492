package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/ascii"
	"github.com/crossread/crossread/internal/text"
)

// Token kinds. The scanner is hand-written so that tagging is one linear pass with no regexp work.
const (
	tWord = iota
	tNum
	tPunct
)

// token is one word, digit run or punctuation rune. Offsets are rune offsets.
type token struct {
	s, e  int
	bs    int // byte offset of s in the block text (scanInto with src only)
	text  string
	low   string
	kind  int
	num   int  // value of a digit run (capped), or -1
	ndig  int  // number of digits of a digit run
	gap   bool // whitespace precedes the token
	nl    bool // a line break precedes the token
	sent  int  // sentence index, for tense cues
	upper bool // first letter is upper case
}

// scan splits runes into tokens. Sentence indices advance after ". ! ?" that are followed by
// whitespace and are not the period of a known abbreviation, and at line breaks.
func scan(rs []rune) []token {
	return scanInto(make([]token, 0, len(rs)/4), rs, "")
}

// scanInto is scan appending to toks. When src is the text rs was decoded
// from and is valid UTF-8, token texts are slices of src, not copies (one
// allocation per word less, which costs most in the wasm).
func scanInto(toks []token, rs []rune, src string) []token {
	sent := 0
	b := 0 // byte offset of rs[i] in src
	// The block with A-Z lower-cased, once: the key of an ASCII word is a
	// slice of it (one allocation per block, not one per capitalized word).
	lowered := ""
	if src != "" {
		lowered = ascii.Lower(src)
	}
	gap, nl := true, true
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\r' {
				if !nl {
					sent++
				}
				nl = true
			}
			gap = true
			b += utf8.RuneLen(r)
			i++
			continue
		}
		j := i + 1
		kind := tPunct
		switch {
		case unicode.IsLetter(r):
			kind = tWord
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
		case r >= '0' && r <= '9':
			kind = tNum
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
		}
		var text string
		bj := b
		if src != "" {
			for _, r := range rs[i:j] {
				bj += utf8.RuneLen(r)
			}
			text = src[b:bj]
		} else {
			text = string(rs[i:j])
		}
		t := token{s: i, e: j, bs: b, text: text, kind: kind, num: -1, gap: gap, nl: nl, sent: sent}
		switch kind {
		case tWord:
			if lowered != "" && ascii.Is(text) {
				t.low = lowered[b:bj] // strings.ToLower(text)
			} else {
				t.low = strings.ToLower(text)
			}
			t.upper = unicode.IsUpper(r)
		case tNum:
			t.low = text
			t.ndig = j - i
			n := 0
			for _, d := range text {
				if n < 1e8 {
					n = n*10 + int(d-'0')
				}
			}
			t.num = n
		default:
			t.low = text
			if r == '’' || r == '‘' {
				t.low = "'"
			}
			if r == '–' || r == '—' || r == '‐' || r == '‑' {
				t.low = "-"
				if r != '‐' && r != '‑' {
					t.low = "--"
				}
			}
		}
		toks = append(toks, t)
		// Sentence end: . ! ? followed by space, unless the period closes an abbreviation such as
		// "Feb." or "a.m." or an initial ("U.S.").
		if kind == tPunct && (r == '.' || r == '!' || r == '?') && (j >= len(rs) || unicode.IsSpace(rs[j]) || rs[j] == '"' || rs[j] == '”') {
			if !(r == '.' && len(toks) >= 2 && isAbbrev(toks[len(toks)-2])) {
				sent++
			}
		}
		gap, nl = false, false
		i, b = j, bj
	}
	return toks
}

// isAbbrev: the word before a period that does not end a sentence (internal/text decides).
func isAbbrev(t token) bool {
	return t.kind == tWord && text.IsAbbrev(t.low)
}
