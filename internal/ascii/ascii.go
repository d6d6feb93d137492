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

// Is reports whether s is all ASCII.
func Is(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
