// Package ascii holds the byte-level text helpers the text layers share on
// their hot paths (dates, officials): most news text is ASCII, and treating
// it as bytes spares the rune decoding and the allocations.
package ascii

import (
	"strings"
	"unicode/utf8"
)

// Lower maps A-Z to a-z and keeps every other byte, so offsets into the
// result are offsets into s; it is s itself when s has no A-Z.
func Lower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder // one allocation
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// ContainsLower reports whether s holds sub with A-Z of s read as a-z: a
// case-insensitive search for a lower-case ASCII sub with no lower-cased copy of s.
func ContainsLower(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// Is reports whether s is all ASCII.
func Is(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Fold writes Latin letters with diacritics as their base letter ("Erdoğan" →
// "Erdogan", "Zelenskyy" unchanged) and typographic apostrophes as "'": the
// spellings one name takes on English pages. Letters it does not know stay.
func Fold(s string) string {
	if Is(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldTable covers Latin-1 and Latin Extended-A, the letters of European and
// Turkish names in English text, built once from runs of one base letter.
var foldTable = func() map[rune]string {
	runs := []struct{ base, letters string }{
		{"A", "ÀÁÂÃÄÅĀĂĄ"}, {"a", "àáâãäåāăą"}, {"C", "ÇĆĈĊČ"}, {"c", "çćĉċč"},
		{"D", "ĎĐ"}, {"d", "ďđ"}, {"E", "ÈÉÊËĒĔĖĘĚ"}, {"e", "èéêëēĕėęě"},
		{"G", "ĜĞĠĢ"}, {"g", "ĝğġģ"}, {"H", "ĤĦ"}, {"h", "ĥħ"}, {"I", "ÌÍÎÏĨĪĬĮİ"},
		{"i", "ìíîïĩīĭįı"}, {"J", "Ĵ"}, {"j", "ĵ"}, {"K", "Ķ"}, {"k", "ķ"},
		{"L", "ĹĻĽĿŁ"}, {"l", "ĺļľŀł"}, {"N", "ÑŃŅŇ"}, {"n", "ñńņň"},
		{"O", "ÒÓÔÕÖØŌŎŐ"}, {"o", "òóôõöøōŏő"}, {"R", "ŔŖŘ"}, {"r", "ŕŗř"},
		{"S", "ŚŜŞŠ"}, {"s", "śŝşš"}, {"T", "ŢŤŦ"}, {"t", "ţťŧ"},
		{"U", "ÙÚÛÜŨŪŬŮŰŲ"}, {"u", "ùúûüũūŭůűų"}, {"W", "Ŵ"}, {"w", "ŵ"},
		{"Y", "ÝŶŸ"}, {"y", "ýÿŷ"}, {"Z", "ŹŻŽ"}, {"z", "źżž"},
		{"'", "’‘ʼ`´"}, {"ss", "ß"}, {"Ae", "Æ"}, {"ae", "æ"}, {"Oe", "Œ"}, {"oe", "œ"},
	}
	m := make(map[rune]string, 300)
	for _, r := range runs {
		for _, c := range r.letters {
			m[c] = r.base
		}
	}
	return m
}()
