// Package events reads one report's annotations (its officials, its resolved
// dates and the words around them) and builds the fingerprint of the event it
// reports: what kind of contact, between whom, on which day, who initiated it,
// how long it lasted, and the "first since …" it claims. Compare then decides
// whether two fingerprints describe the same event or only the same topic.
//
// The decision is deliberately strict about the day: two calls between the same
// two ministers days apart are different events, however alike their words.
//
// Files: events.go (fingerprint), compare.go (same event or not), tables.go (cue words).
package events

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/officials"
	"github.com/crossread/crossread/internal/text"
)

// Fingerprint is what a report says about the event it covers.
type Fingerprint struct {
	Kind      string   `json:"kind"`                // "call", "meeting", "visit", "statement" or ""
	Parties   []Party  `json:"parties"`             // who took part, canonical names
	Day       string   `json:"day,omitempty"`       // YYYY-MM-DD the event happened, "" when unknown
	Weekday   string   `json:"weekday,omitempty"`   // weekday named for it, when the day is not resolved
	MonthDay  string   `json:"month_day,omitempty"` // MM-DD named for it when the year is not known ("July 4" on an undated page)
	DayFrom   string   `json:"day_from,omitempty"`  // "date" (a date the report prints) or "relative" ("on Friday" against the report's date)
	Reported  string   `json:"reported,omitempty"`  // the report's own date, when the page gives it: a call it reports is not after it, nor long before
	Late      bool     `json:"late,omitempty"`      // the call was late, overnight or in the evening: another time zone's report may give the next day
	Initiator string   `json:"initiator,omitempty"` // country code or surname of the side that initiated it
	Duration  string   `json:"duration,omitempty"`  // TIMEX3 duration, e.g. PT1H
	Since     []string `json:"since,omitempty"`     // "first since X": TIMEX3 values of X
	Evidence  string   `json:"evidence,omitempty"`  // the sentence the fingerprint was read from
}

// Party is one participant.
type Party struct {
	Name    string `json:"name"`
	Role    string `json:"role,omitempty"`
	Country string `json:"country,omitempty"`
}

// Input is one report's annotations, as produced by the earlier layers.
type Input struct {
	Blocks    []string
	Skip      []bool // boilerplate blocks
	Officials []officials.Official
	Dates     []dates.Timex
	DCT       time.Time
	// DCTSource says where DCT came from (annotate's dct_source): read from
	// "today" or from the latest day the "body" names, a weekday or a year-less
	// date resolved against it is not a day.
	DCTSource string
}

// sentence is a stretch of one block, in code points.
type sentence struct {
	block      int
	start, end int
	text       string // lower-cased
}

// Build reads the fingerprint of the event a report covers.
func Build(in Input) Fingerprint {
	var fp Fingerprint
	sents := splitSentences(in.Blocks, in.Skip)
	var call Fingerprint
	read := readCall(in, sents, &call)
	if read && call.Kind == "call" {
		fp = call
		fp.Since = sinceOf(sents, in.Dates, in.Blocks)
		fp.Initiator = initiatorOf(sents, fp.Parties)
		fp.Duration = durationOf(sents, in.Dates)
		return fp
	}
	fp.Kind = kindOf(sents)
	if call.Kind == "meeting" && fp.Kind == "call" {
		fp.Kind = "meeting" // the lead says they met; a later "talks" or "conversation" does not make it a call
	}
	if fp.Kind == "" {
		return fp
	}
	// The contact sentences: the first ones naming the kind of contact. The
	// parties are the officials acting in them, not those quoted about them.
	seen := map[string]bool{}
	var contact []sentence
	for _, s := range sents {
		if len(contact) >= maxContactSentences {
			break
		}
		if hasCue(s.text, kindCues[fp.Kind]) {
			contact = append(contact, s)
		}
	}
	for _, s := range contact {
		if len(fp.Parties) >= 2 {
			break
		}
		for _, o := range in.Officials {
			for _, m := range o.Mentions {
				if m.Block != s.block || m.Start < s.start || m.End > s.end || isSource(in.Blocks[m.Block], m) {
					continue
				}
				if !seen[o.Name] {
					seen[o.Name] = true
					fp.Parties = append(fp.Parties, Party{Name: o.Name, Role: o.Role, Country: o.Country})
				}
			}
		}
	}
	fp.Day, fp.Weekday = dayOf(contact, in.Dates, in.Blocks)
	if len(contact) > 0 {
		c := contact[0]
		fp.Evidence = string([]rune(in.Blocks[c.block])[c.start:c.end])
	}
	fp.Since = sinceOf(sents, in.Dates, in.Blocks)
	fp.Initiator = initiatorOf(sents, fp.Parties)
	fp.Duration = durationOf(sents, in.Dates)
	return fp
}

// splitSentences cuts the non-boilerplate blocks into sentences (internal/text's rule). A
// block that ends without a full stop (a headline) is one sentence.
func splitSentences(blocks []string, skip []bool) []sentence {
	var out []sentence
	for bi, b := range blocks {
		if bi < len(skip) && skip[bi] {
			continue
		}
		rs := []rune(b)
		// A sentence's text is a slice of b when b is valid UTF-8 (byteAt maps rune
		// offsets to byte offsets), not a copy.
		var byteAt []int
		if utf8.ValidString(b) {
			byteAt = make([]int, 0, len(rs)+1)
			for i := range b {
				byteAt = append(byteAt, i)
			}
			byteAt = append(byteAt, len(b))
		}
		for _, sp := range text.Sentences(rs) {
			t := ""
			if byteAt != nil {
				t = b[byteAt[sp.Start]:byteAt[sp.End]]
			} else {
				t = string(rs[sp.Start:sp.End])
			}
			out = append(out, sentence{bi, sp.Start, sp.End, strings.ToLower(t)})
		}
	}
	return out
}

func hasCue(s string, cues []string) bool {
	for _, c := range cues {
		if containsWord(s, c) {
			return true
		}
	}
	return false
}

// containsWord finds cue in s at word boundaries.
func containsWord(s, cue string) bool { return wordIndex(s, cue) >= 0 }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}

// kindOf picks the kind of contact whose cues come first in the report: the
// headline and lead say what happened; later paragraphs drift to background.
// Short lines (menus, labels that slipped past the boilerplate layer) are not
// read: a headline or a lead sentence has a verb and some words around it.
func kindOf(sents []sentence) string {
	read := 0
	for _, s := range sents {
		if strings.Count(s.text, " ") < minLeadWords-1 {
			continue
		}
		if read++; read > leadSentences {
			break
		}
		for _, k := range kindOrder {
			if hasCue(s.text, kindCues[k]) {
				return k
			}
		}
	}
	return ""
}

// isSource reports a mention of someone quoted about the event ("…, Kirby said"),
// not taking part in it.
func isSource(block string, m officials.Mention) bool {
	rs := []rune(block)
	after := strings.ToLower(string(rs[m.End:min(len(rs), m.End+24)]))
	after = strings.TrimLeft(after, " ,")
	for _, v := range sourceVerbs {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	before := strings.ToLower(string(rs[max(0, m.Start-16):m.Start]))
	return strings.HasSuffix(strings.TrimSpace(before), "according to")
}

// dayOf is the first resolved day named in the contact sentences, skipping the
// "since" date of a "first since" claim.
func dayOf(contact []sentence, ds []dates.Timex, blocks []string) (day, weekday string) {
	for _, s := range contact {
		for _, d := range ds {
			if d.Block != s.block || d.Start < s.start || d.End > s.end || (d.Type != "DATE" && d.Type != "TIME") {
				continue
			}
			if precededBy(blocks[d.Block], d.Start, "since") || precededBy(blocks[d.Block], d.Start, "until") {
				continue
			}
			if len(d.Value) >= 10 && d.Value[4] == '-' && d.Value[7] == '-' && isDigits(d.Value[:4]) && isDigits(d.Value[5:7]) && isDigits(d.Value[8:10]) {
				return d.Value[:10], ""
			}
			if w := weekdayName(d.Text); w != "" && weekday == "" {
				weekday = w
			}
		}
	}
	return "", weekday
}

func weekdayName(s string) string {
	t := strings.ToLower(s)
	for _, w := range text.Weekdays {
		if strings.Contains(t, w) {
			return w
		}
	}
	return ""
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// precededBy reports whether the word before code point start is word.
func precededBy(block string, start int, word string) bool {
	rs := []rune(block)
	before := strings.ToLower(strings.TrimRight(string(rs[max(0, start-len(word)-12):start]), " "))
	before = strings.TrimSuffix(before, " the")
	return strings.HasSuffix(before, word)
}

// sinceOf collects the anchors of "first … since X" claims: a date, or a known
// anchor event ("since the invasion").
func sinceOf(sents []sentence, ds []dates.Timex, blocks []string) []string {
	var out []string
	add := func(v string) {
		for _, x := range out {
			if x == v {
				return
			}
		}
		out = append(out, v)
	}
	for _, s := range sents {
		if !strings.Contains(s.text, "first") || !strings.Contains(s.text, "since") {
			continue
		}
		found := false
		for _, d := range ds {
			if d.Block == s.block && d.Start >= s.start && d.End <= s.end && d.Type == "DATE" && precededBy(blocks[d.Block], d.Start, "since") {
				add(d.Value)
				found = true
			}
		}
		if !found {
			for cue, v := range anchorEvents {
				if strings.Contains(s.text, "since "+cue) {
					add(v)
				}
			}
		}
	}
	return out
}

// initiatorOf reads who asked for the contact: "at the initiative of the
// American side" (the side named after the cue), "Austin, who initiated the
// call", "the U.S. initiated the call" (the side named nearest before it).
func initiatorOf(sents []sentence, parties []Party) string {
	for _, s := range sents {
		for _, cue := range initiativeCues {
			at := wordIndex(s.text, cue)
			if at < 0 {
				continue
			}
			// "the initiative of the American side", but "the American side's initiative"
			after := cue == "initiative" && !possessiveBefore(s.text[:at])
			best, bestDist := "", len(s.text)+1
			consider := func(word, side string) {
				for i := 0; ; {
					j := wordIndex(s.text[i:], word)
					if j < 0 {
						return
					}
					j += i
					dist := at - j
					if after {
						dist = j - at
					}
					if dist > 0 && dist < bestDist {
						best, bestDist = side, dist
					}
					i = j + 1
				}
			}
			for _, p := range parties {
				side := p.Country
				if side == "" {
					side = surname(p.Name)
				}
				consider(surname(p.Name), side)
			}
			for _, w := range sideWordsIn(s.text) {
				if code, ok := officials.CountryOf(w); ok {
					consider(w, code) // "the American side", "at the Kremlin's request"
				}
			}
			if best != "" {
				return best
			}
		}
	}
	return ""
}

// possessiveBefore: the word just before ends in 's or ’s.
func possessiveBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

// sideWordsIn lists the words and word pairs of a lower-case sentence, in order, once each: the
// candidates for a side named without a person.
func sideWordsIn(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '.') })
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		w = strings.Trim(w, ".")
		if w == "u.s" || w == "u.s." {
			w = "u.s"
		}
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i, w := range words {
		if w != "u.s." && w != "u.s" {
			w = strings.Trim(w, ".")
		}
		add(w)
		if i+1 < len(words) {
			add(w + " " + strings.Trim(words[i+1], "."))
		}
	}
	return out
}

// wordIndex is the byte index of cue in s at word boundaries, or -1.
func wordIndex(s, cue string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], cue)
		if j < 0 {
			return -1
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(cue) >= len(s) || !isWordByte(s[j+len(cue)])
		if before && after {
			return j
		}
		i = j + 1
	}
}

func durationOf(sents []sentence, ds []dates.Timex) string {
	for _, s := range sents {
		if !hasCue(s.text, kindCues["call"]) && !strings.Contains(s.text, "lasted") {
			continue
		}
		for _, d := range ds {
			if d.Type == "DURATION" && d.Block == s.block && d.Start >= s.start && d.End <= s.end && strings.HasPrefix(d.Value, "PT") {
				return d.Value
			}
		}
	}
	return ""
}

func surname(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
