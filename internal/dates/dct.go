package dates

import (
	"strings"
	"time"
	"unicode"

	"github.com/crossread/crossread/internal/ascii"
)

// DCTFromText finds the publication date a report prints about itself: a byline or dateline
// ("December 16, 2022 04:13 pm | Updated 08:29 pm IST", "By Jane Doe July 4, 2025 4:47 PM",
// "14:34 GMT 19.05.2025", "Published Date: 2/15/2024", "Xinhua) 09:20, June 05, 2025",
// "Beijing, 5 February 2023 (TDI):", a date alone on a line), else a wire dateline without a
// year ("WASHINGTON, May 13 (Reuters) -", "Oct. 10 (UPI) --") with the year from elsewhere in
// the report. It returns the block the date came from; ok=false if the report prints none.
//
// The article's blocks are read first, in order (a byline comes before the body's dates);
// boilerplate blocks only after them, and only those that come before the article's last
// block: a byline the classifier dimmed still counts, a "More stories" list of dated headlines
// after the article never does.
func DCTFromText(blocks []string, skip []bool) (day time.Time, block int, ok bool) {
	day, block, _, ok = DCTFromTextHow(blocks, skip)
	return day, block, ok
}

// DCTFromTextHow is DCTFromText that also says how the date was read: "dateline" (a whole
// date where a page prints its own) or "wire" (a wire dateline's month and day, the year
// taken from the first year the text names: often the report's, but a year named for
// something earlier gives the wrong one, so a reader of it should not rely on the year).
func DCTFromTextHow(blocks []string, skip []bool) (day time.Time, block int, how string, ok bool) {
	// Tag the candidate blocks in reading order, stopping at the first whole day in a dateline's
	// place (most pages print it near the top: the rest is never tagged); then the wire datelines.
	order := readingOrder(blocks, skip)
	c := newCtx(time.Time{}, HighlightOptions)
	var xs []Timex
	for _, bi := range order {
		b := datelineText(blocks[bi])
		if b == "" {
			continue
		}
		n := len(xs)
		xs = c.run(b, bi, xs)
		for _, x := range xs[n:] {
			if isDay(prefix10(x.Value)) && plausibleYear(x.Value) && datelinePlace(blocks[x.Block], x) {
				d, _ := parseDay(x.Value[:10])
				return d, x.Block, "dateline", true
			}
		}
	}
	// A wire dateline names the day but not the year.
	for _, x := range xs {
		v := x.Value
		if len(v) < 10 || v[:5] != "XXXX-" || !isDay("2000"+v[4:10]) || !wireDateline(blocks[x.Block], x) {
			continue
		}
		if y, found := yearElsewhere(blocks, skip); found {
			if d, ok := parseDay(itoa4(y) + v[4:10]); ok {
				return d, x.Block, "wire", true
			}
		}
	}
	return time.Time{}, -1, "", false
}

// BodyDate is the last resort before the reading day: the latest whole day (a year written out)
// that the article's own text names. A report is written on or after every day it reports, so
// this is a lower bound of its date, usually the day of the event or the day before
// publication; far better than the reading day for resolving "Friday" in an old report.
func BodyDate(blocks []string, skip []bool) (day time.Time, block int, ok bool) {
	c := newCtx(time.Time{}, HighlightOptions)
	var xs []Timex
	block = -1
	for bi, b := range blocks {
		if bi < len(skip) && skip[bi] {
			continue
		}
		xs = c.run(b, bi, xs[:0])
		for _, x := range xs {
			if x.Type != "DATE" && x.Type != "TIME" || !isDay(prefix10(x.Value)) || !plausibleYear(x.Value) {
				continue
			}
			if d, good := parseDay(x.Value[:10]); good && d.After(day) {
				day, block, ok = d, bi, true
			}
		}
	}
	return day, block, ok
}

// readingOrder lists the blocks a dateline may be in: the article's, then the boilerplate
// blocks among them or just above them (a page's menus and link lists, thousands of blocks on
// a big page, are not read).
func readingOrder(blocks []string, skip []bool) []int {
	skipped := func(i int) bool { return i < len(skip) && skip[i] }
	first, last := -1, -1
	order := make([]int, 0, len(blocks))
	for i := range blocks {
		if !skipped(i) {
			order = append(order, i)
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := max(0, first-headWindow); i < last; i++ {
		if skipped(i) {
			order = append(order, i)
		}
	}
	return order
}

// headWindow is how many blocks above the article a dimmed byline may sit.
const headWindow = 30

// datelineText is the part of a block that may hold a dateline: all of a short block, or of one
// that says "published"/"updated"; the first words of a long one (a dateline opens its
// paragraph). Tagging only that keeps the search from tagging every paragraph twice.
func datelineText(b string) string {
	if len(b) <= datelineMaxBytes || hasPublishWord(b) {
		return b
	}
	cut := datelineMaxBytes
	for cut > 0 && b[cut] != ' ' {
		cut--
	}
	return b[:cut]
}

// datelineMaxBytes bounds the blocks read whole: a byline with a name, a date, a time, a zone
// and an "Updated" fits.
const datelineMaxBytes = 160

func hasPublishWord(b string) bool {
	for w := range publishWords.m {
		if ascii.ContainsLower(b, w) { // no lower-cased copy of every long paragraph
			return true
		}
	}
	return false
}

// datelinePlace reports a whole day x that stands where a page prints its own date: most of a
// short block; after "Published"/"Updated"; opening its block; in a byline ("By …") or a
// "|"-separated line; after a place and a comma, before "(" or ":" or a dash; after an agency's
// closing parenthesis. A date inside a sentence of the body is the date of something reported.
func datelinePlace(block string, x Timex) bool {
	rs := []rune(block)
	before := strings.TrimSpace(string(rs[:min(x.Start, len(rs))]))
	after := strings.TrimSpace(string(rs[min(x.End, len(rs)):]))
	words := countWords(block)
	if words <= 12 && (countWords(before) == 0 || zoneOnly(after) || strings.HasPrefix(after, "|")) {
		return true // "Updated Feb. 18, 2023", "June 30, 2023 20:53 IST", not "the May 1, 2021 meeting"
	}
	lowBefore := strings.ToLower(before)
	if tail := lastWords(lowBefore, 3); hasPublishWord(tail) || strings.Contains(tail, "date") {
		return true
	}
	if words > 30 {
		return placeDateline(before, after) || agencyParen(before)
	}
	switch {
	case countWords(before) == 0:
		return true
	case strings.HasPrefix(lowBefore, "by ") || lowBefore == "by":
		return true
	case strings.Contains(block, "|"):
		return true
	}
	return placeDateline(before, after) || agencyParen(before)
}

// wireDateline reports a day without a year where a wire story prints its dateline:
// "WASHINGTON, May 13 (Reuters) -", "Oct. 10 (UPI) --", or "New Delhi, December 16" alone.
func wireDateline(block string, x Timex) bool {
	rs := []rune(block)
	before := strings.TrimSpace(string(rs[:min(x.Start, len(rs))]))
	after := strings.TrimSpace(string(rs[min(x.End, len(rs)):]))
	if countWords(before) == 0 && opensAside(after) {
		return true
	}
	if countWords(block) <= 6 && strings.HasSuffix(before, ",") && after == "" {
		return true
	}
	return placeDateline(before, after)
}

// placeDateline: up to five words of place ending in a comma, then the date, then "(", ":",
// "/" or a dash: "WASHINGTON, May 13 (Reuters) -", "Beijing/Washington DC, 5 February 2023
// (TDI):".
func placeDateline(before, after string) bool {
	n := countWords(before)
	return n >= 1 && n <= 5 && strings.HasSuffix(before, ",") && opensAside(after)
}

func opensAside(after string) bool {
	for _, p := range []string{"(", ":", "/", "-", "–", "—", ". /", ". ("} { // ". /TASS/."
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// agencyParen: "Xinhua) 09:20, June 05, 2025" — the tail of "(Xinhua)" before the date.
func agencyParen(before string) bool {
	return strings.HasSuffix(before, ")") && countWords(before) <= 4
}

// zoneOnly: nothing but punctuation and a time zone ("IST", "(UTC+04:00)") follows.
func zoneOnly(after string) bool {
	for _, w := range strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 4 || strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// lastWords is the end of s holding its last n words.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

func prefix10(v string) string {
	if len(v) < 10 {
		return v
	}
	return v[:10]
}

// plausibleYear keeps page dates to the web's years: "1812" in a history aside is not a byline.
func plausibleYear(v string) bool {
	return len(v) >= 4 && v[:4] >= "1990" && v[:4] <= "2099"
}

func itoa4(y int) string {
	b := []byte("0000")
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	return string(b)
}

func parseDay(v string) (time.Time, bool) {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v)
	return t, err == nil
}

// yearElsewhere returns the first explicit year written in the report's own blocks, falling back
// to the boilerplate (copyright lines carry it).
func yearElsewhere(blocks []string, skip []bool) (int, bool) {
	c := newCtx(time.Time{}, HighlightOptions)
	for pass := 0; pass < 2; pass++ {
		for bi, b := range blocks {
			if (bi < len(skip) && skip[bi]) != (pass == 1) {
				continue
			}
			c.toks = scan([]rune(b))
			for i := range c.toks {
				if y, ok := c.yearAt(i); ok && y >= 1900 {
					return y, true
				}
			}
		}
	}
	return 0, false
}
