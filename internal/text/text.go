// Package text owns what every text layer (officials, dates, events) must
// agree on about English news text, so that they cut it the same way: the
// calendar words (weekdays and months with their abbreviations), the
// abbreviations whose period does not end a sentence, and the sentence
// boundary rule built on them. Each layer keeps its own tokenizer, tuned to
// its job; none keeps its own copy of these lists.
package text

import (
	"strings"
	"unicode"
)

// Weekdays are the days' names, Monday first (ISO order: index+1 is the ISO weekday).
var Weekdays = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// Months are the months' names, January first.
var Months = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// WeekdayAbbrevs maps the written short forms of weekdays to their ISO number.
var WeekdayAbbrevs = map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
	"fri": 5, "sat": 6, "sun": 7}

// MonthAbbrevs maps the written short forms of months to their number.
var MonthAbbrevs = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// TitleAbbrevs are the abbreviated titles and ranks written before a name
// ("Gen.", "Sen.", "Sgt."), whose period ends no sentence.
var TitleAbbrevs = set(`mr mrs ms dr prof gen lt col maj brig adm capt cmdr cdr sgt cpl pvt sen rep gov supt
	insp det atty dist const sens reps govs gens`)

// otherAbbrevs end no sentence either: name suffixes, saints, companies, "vs", "No. 5".
var otherAbbrevs = set(`st jr sr vs inc corp co no`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// IsAbbrev reports whether a period right after word (lower case, without
// the period) closes an abbreviation rather than a sentence: an initial
// ("W."), a title ("Gen."), a short month or weekday ("Feb.", "Thurs."), a
// suffix ("Jr."), or a dotted form ("U.S").
func IsAbbrev(word string) bool {
	if len([]rune(word)) == 1 {
		return true
	}
	if TitleAbbrevs[word] || otherAbbrevs[word] {
		return true
	}
	if _, ok := MonthAbbrevs[word]; ok {
		return true
	}
	if _, ok := WeekdayAbbrevs[word]; ok {
		return true
	}
	return strings.Contains(word, ".")
}

// EndsSentence reports whether rs[i], a '.', '!' or '?', ends a sentence:
// followed by a space or the end (or a closing quote), and not the period of
// an abbreviation.
func EndsSentence(rs []rune, i int) bool {
	r := rs[i]
	if r != '.' && r != '!' && r != '?' {
		return false
	}
	if i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && rs[i+1] != '"' && rs[i+1] != '”' {
		return false
	}
	return r != '.' || !IsAbbrev(strings.ToLower(wordBefore(rs, i)))
}

// wordBefore is the run of letters and periods that ends at rs[i] ("U.S" before the last period of "U.S.").
func wordBefore(rs []rune, i int) string {
	j := i
	for j > 0 && (unicode.IsLetter(rs[j-1]) || rs[j-1] == '.' && j-1 > 0 && unicode.IsLetter(rs[j-2])) {
		j--
	}
	return string(rs[j:i])
}

// Span is a half-open range of code points.
type Span struct{ Start, End int }

// Sentences cuts a block into sentences: after a sentence end (EndsSentence)
// that a capital letter follows. Offsets are code points.
func Sentences(rs []rune) []Span {
	var out []Span
	start := 0
	for i := range rs {
		if i+2 < len(rs) && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) && EndsSentence(rs, i) {
			out = append(out, Span{start, i + 1})
			start = i + 2
		}
	}
	if start < len(rs) {
		out = append(out, Span{start, len(rs)})
	}
	return out
}
