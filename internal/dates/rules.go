package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The rules. Each takes the token index where an expression could start and returns the match
// (end token, type, value) or ok=false. They only look a bounded number of tokens ahead, so a
// scan over a text stays linear.

// tense looks for the nearest verb cue in the same sentence, counting words: backwards up to 12
// ("spoke Friday", "since May", "will meet on Thursday") and forwards up to 6 ("Friday, Kirby
// said"), a forward cue counting one word further than a backward one at the same distance. It
// returns -1 past, +1 future, 0 unknown.
func (c *ctx) tense(a, b int) int {
	if a >= len(c.toks) {
		return 0
	}
	// "by May", "through January", "effective Feb. 1" set deadlines, which news reports mostly
	// ahead of time.
	switch c.low(a - 1) {
	case "by", "through", "effective":
		return 1
	case "since":
		return strictPast // "since Oct. 7": never after the report
	case "until", "till":
		if !c.toks[a-1].upper {
			return 1 // "postponed until Tuesday"; a sentence-initial "Until" usually looks back
		}
	}
	sent := c.toks[a].sent
	back, backD := 0, 1<<20
	words := 0
	for k := a - 1; k >= 0 && words < 15; k-- {
		if c.toks[k].sent != sent {
			break
		}
		if c.toks[k].kind == tWord {
			words++
		}
		if v := c.cue(k); v != 0 {
			back, backD = v, words
			break
		}
	}
	words = 0
	for k := b; k < len(c.toks) && words < 6 && words+1 < backD; k++ {
		if c.toks[k].sent != sent {
			break
		}
		if c.toks[k].kind == tWord {
			words++
		}
		if futureNouns.get(c.low(k)) {
			continue // "vacation plans", "the schedule": nouns after the expression
		}
		if l := c.low(k); l == "\"" || l == "”" || l == "'" || l == ")" || l == "`" {
			break // a closing quote: what follows ("..., Castro said") is the reporting clause
		}
		if c.low(k) == "that" && k == b && backD < 1<<20 {
			break // "told X on Wednesday that … will": the reported clause has its own tense
		}
		if v := c.cue(k); v != 0 {
			return v
		}
	}
	return back
}

// cue classifies one token as a past (-1) or future (+1) tense cue.
func (c *ctx) cue(k int) int {
	t := c.toks[k]
	if t.kind != tWord {
		return 0
	}
	w := t.low
	if futureCues.get(w) {
		switch w {
		case "set", "going":
			if c.low(k+1) != "to" {
				return 0
			}
		case "ll":
			if c.low(k-1) != "'" {
				return 0
			}
		}
		if c.low(k-1) == "been" && c.low(k-2) == "had" {
			return -1 // "had been scheduled to expire Friday": a plan that is over
		}
		return 1
	}
	if w == "to" {
		switch c.low(k - 1) {
		case "is", "are", "likely", "ready", "about":
			return 1 // "is to resume", "likely to vote"
		}
		return 0
	}
	if pastCues.get(w) {
		if participles.get(w) {
			switch c.low(k - 1) {
			case "be", "been", "being", "is", "are", "am":
				return 0 // "will be paid", "is held": a passive participle, not the past
			}
		}
		return -1
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !edExceptions.get(w) {
		// An -ed word after an article is an adjective, before "by" a passive participle
		// ("a summit hosted by Indonesia"); capitalised mid-sentence it is part of a name.
		p := c.low(k - 1)
		switch p {
		case "be", "been", "being", "is", "are", "am":
			return 0 // passive: tense comes from the auxiliary
		}
		if p == "the" || p == "a" || p == "an" || c.low(k+1) == "by" || (t.upper && !t.nl && k > 0 && c.toks[k-1].sent == t.sent) {
			return 0
		}
		return -1
	}
	return 0
}

// suffix skips an ordinal suffix glued to a number ("24th").
func (c *ctx) suffix(k int) int {
	switch c.low(k) {
	case "st", "nd", "rd", "th":
		if c.adj(k) {
			return k + 1
		}
	}
	return k
}

// possessive skips "'s" glued to the previous token.
func (c *ctx) possessive(k int) int {
	if c.low(k) == "'" && c.adj(k) && c.low(k+1) == "s" && c.adj(k+1) {
		return k + 2
	}
	return k
}

// yearAt reads a four-digit year at k (1000..2099) that is not part of a larger number.
func (c *ctx) yearAt(k int) (int, bool) {
	if !c.isNum(k) || c.toks[k].ndig != 4 {
		return 0, false
	}
	y := c.toks[k].num
	if y < 1000 || y > 2099 {
		return 0, false
	}
	// "2,000", "1.2000", "$1990", "G2000"
	if p := c.low(k - 1); c.adj(k) && (p == "," || p == "." || p == "$" || c.isWord(k-1) || c.isNum(k-1)) {
		return 0, false
	}
	if p := c.low(k - 1); p == "$" || p == "#" || p == "no" {
		return 0, false
	}
	// "202-751-1500": the end of a phone number
	if p := c.low(k - 1); (p == "-" || p == ".") && c.adj(k) && c.isNum(k-2) && c.adj(k-1) {
		return 0, false
	}
	// "RTX 2060", "GTX 1060": a model number after an all-caps name
	if p := k - 1; c.isWord(p) && len(c.toks[p].text) >= 2 && c.toks[p].text == strings.ToUpper(c.toks[p].text) && months.get(c.toks[p].low) == 0 {
		return 0, false
	}
	n := c.low(k + 1)
	if n == "%" || yearBlockers.get(n) || (n == ":" || n == "," || n == ".") && c.adj(k+1) && c.isNum(k+2) && c.adj(k+2) {
		return 0, false
	}
	far := 2050
	if c.hasDCT {
		far = c.dct.Year() + 20
	}
	switch {
	case y < 1900:
		// Old years need a temporal preposition to be told from quantities ("of 1080 pixels").
		switch c.low(k - 1) {
		case "in", "since", "until", "by", "before", "after", "year", "mid", "early", "late", "around", "circa", "between", "through":
		case "the":
			if c.low(k+1) != "s" || !c.adj(k+1) {
				return 0, false // "the 1300s" is fine, "the 1080 pixels" is not
			}
		default:
			return 0, false
		}
	case y > far:
		// So do far-future ones ("a total score of 2072", but "in 2047", "until 2050").
		switch p := c.low(k - 1); {
		case p == "in" || p == "until" || p == "by" || p == "before" || p == "after" || p == "year" ||
			p == "to" || p == "through" || p == "mid" || p == "early" || p == "late" || p == "beyond":
		case p == "," && c.isNum(k-2) || months.get(p) > 0 || p == "." && months.get(c.low(k-2)) > 0:
			// a full date: "due March 1, 2011", "Nov. 2040"
		default:
			return 0, false
		}
	}
	return y, true
}

// ampm reads "a.m.", "p.m", "am", "pm" at k; returns the token after it.
func (c *ctx) ampm(k int) (end int, pm bool, ok bool) {
	w := c.low(k)
	switch w {
	case "am", "pm":
		return k + 1, w == "pm", true
	case "a", "p":
		if c.low(k+1) == "." && c.adj(k+1) && c.low(k+2) == "m" && c.adj(k+2) {
			end = k + 3
			if c.low(end) == "." && c.adj(end) {
				end++
			}
			return end, w == "p", true
		}
	}
	return k, false, false
}

// numeric handles dates, times, years and decades that start with digits.
func (c *ctx) numeric(j int) (match, bool) {
	t := c.toks[j]
	if t.kind == tPunct { // '90s
		k := j + 1
		if c.low(k+1) == "s" && c.adj(k+1) {
			return match{end: k + 2, typ: "DATE", val: fmt.Sprintf("19%d", c.toks[k].num/10)}, true
		}
		return match{}, false
	}
	if m, ok := c.numericDate(j); ok {
		return m, true
	}
	// clock times: 10:35 a.m., 6 a.m., 14:00; not a UTC offset ("UTC+04:00")
	if t.ndig <= 2 && t.num <= 24 && !c.utcOffset(j) {
		k, h, mi := j+1, t.num, -1
		if c.low(k) == ":" && c.adj(k) && c.isNum(k+1) && c.adj(k+1) && c.toks[k+1].ndig == 2 && c.toks[k+1].num < 60 {
			mi = c.toks[k+1].num
			k += 2
		}
		e, pm, ok := c.ampm(k)
		if !ok && mi >= 0 {
			// A game clock, not a time of day: "2:55 into overtime", "the final 4:29 of regulation".
			switch c.low(k) {
			case "into", "of", "left", "remaining", "mark":
				return match{}, false
			}
			if p := c.low(j - 1); p == "final" || p == "last" || p == "first" {
				return match{}, false
			}
		}
		if ok || mi >= 0 {
			if ok {
				if h > 12 || h == 0 {
					return match{}, false
				}
				if pm && h < 12 {
					h += 12
				}
				if !pm && h == 12 {
					h = 0
				}
				k = e
			}
			if mi < 0 {
				mi = 0
			}
			if c.low(k) == "o" && c.low(k+1) == "'" && c.low(k+2) == "clock" {
				k += 3
			}
			clock := fmt.Sprintf("T%02d:%02d", h, mi)
			return c.timeWithDay(j, k, clock)
		}
		if c.low(k) == "o" && c.low(k+1) == "'" && c.low(k+2) == "clock" {
			return c.timeWithDay(j, k+3, fmt.Sprintf("T%02d:00", h))
		}
		// "4 in the morning", "9 at night"
		if (c.low(k) == "in" && c.low(k+1) == "the" || c.low(k) == "at") && h >= 1 && h <= 12 {
			e := k + 2
			if c.low(k) == "at" {
				e = k + 1
			}
			switch c.low(e) {
			case "morning":
				return c.timeWithDay(j, e+1, fmt.Sprintf("T%02d:00", h%12))
			case "afternoon", "evening", "night":
				if c.low(e) != "night" || h >= 6 {
					return c.timeWithDay(j, e+1, fmt.Sprintf("T%02d:00", h%12+12))
				}
			}
		}
	}
	// ordinal century: "20th century"
	if t.ndig <= 2 {
		k := c.suffix(j + 1)
		if k > j+1 && (c.low(k) == "century" || c.low(k) == "centuries") {
			return match{end: k + 1, typ: "DATE", val: fmt.Sprintf("%02d", t.num-1)}, true
		}
	}
	y, ok := c.yearAt(j)
	if !ok {
		return match{}, false
	}
	// decades: 1990s, 1990's
	if y%10 == 0 {
		if c.low(j+1) == "s" && c.adj(j+1) {
			return match{end: j + 2, typ: "DATE", val: strconv.Itoa(y / 10)}, true
		}
		if k := c.possessive(j + 1); k > j+1 && (c.toks[k-1].e == c.toks[j].e+2) {
			return match{end: k, typ: "DATE", val: strconv.Itoa(y / 10)}, true
		}
	}
	// "1989 third quarter"
	if q, ok := c.ordinalPeriod(j+1, y, false); ok {
		return q, true
	}
	return match{end: j + 1, typ: "DATE", val: strconv.Itoa(y)}, true
}

// numericDate reads a day written in digits: ISO 2022-10-21 (also with / or .), US 10/21/2022 and
// 11/02/89 (day first where the first number can be no month: 13/05/2022), the day-first dotted
// 19.05.2025 of European and Russian pages (month first where it must be: 05.13.2022), and 13-May-2022.
func (c *ctx) numericDate(j int) (match, bool) {
	t := c.toks[j]
	if t.kind != tNum {
		return match{}, false
	}
	// ISO 2022-10-21, and 2022/10/21, 2022.10.21: a four-digit year first is always year, month, day
	if sep := c.low(j + 1); t.ndig == 4 && (sep == "-" || sep == "/" || sep == ".") && c.adj(j+1) && c.isNum(j+2) && c.adj(j+2) && c.toks[j+2].ndig <= 2 &&
		c.low(j+3) == sep && c.adj(j+3) && c.isNum(j+4) && c.adj(j+4) && c.toks[j+4].ndig <= 2 {
		m, d := c.toks[j+2].num, c.toks[j+4].num
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return match{end: j + 5, typ: "DATE", val: dayVal(date(t.num, m, d))}, true
		}
	}
	// US 10/21/2022, 11/02/89
	if t.ndig <= 2 && c.low(j+1) == "/" && c.adj(j+1) && c.isNum(j+2) && c.adj(j+2) && c.toks[j+2].ndig <= 2 &&
		c.low(j+3) == "/" && c.adj(j+3) && c.isNum(j+4) && c.adj(j+4) {
		m, d, y := t.num, c.toks[j+2].num, c.toks[j+4].num
		switch c.toks[j+4].ndig {
		case 2:
			if y >= 50 {
				y += 1900
			} else {
				y += 2000
			}
		case 4:
		default:
			return match{}, false
		}
		if m > 12 && d >= 1 && d <= 12 {
			m, d = d, m // 13/05/2022: no month 13, so day first, as British and European pages write it
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return match{end: j + 5, typ: "DATE", val: dayVal(date(y, m, d))}, true
		}
	}
	// dotted, day first: 19.05.2025
	if t.ndig <= 2 && c.low(j+1) == "." && c.adj(j+1) && c.isNum(j+2) && c.adj(j+2) && c.toks[j+2].ndig <= 2 &&
		c.low(j+3) == "." && c.adj(j+3) && c.isNum(j+4) && c.adj(j+4) && c.toks[j+4].ndig == 4 {
		d, m, y := t.num, c.toks[j+2].num, c.toks[j+4].num
		if m > 12 && d >= 1 && d <= 12 {
			d, m = m, d // 05.13.2022: no month 13, so month first
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 {
			return match{end: j + 5, typ: "DATE", val: dayVal(date(y, m, d))}, true
		}
	}
	// 13-May-2022, as some bylines and archives write it
	if t.ndig <= 2 && c.low(j+1) == "-" && c.adj(j+1) && c.adj(j+2) {
		if m, e, ok := c.monthAt(j + 2); ok && e == j+3 && c.low(e) == "-" && c.adj(e) && c.isNum(e+1) && c.adj(e+1) && c.toks[e+1].ndig == 4 {
			if d := t.num; d >= 1 && d <= 31 {
				return match{end: e + 2, typ: "DATE", val: dayVal(date(c.toks[e+1].num, m, d))}, true
			}
		}
	}
	return match{}, false
}

// utcOffset reports digits that are a time zone's offset ("UTC+04:00", "GMT-5"), not a time.
func (c *ctx) utcOffset(j int) bool {
	p := c.low(j - 1)
	return (p == "+" || p == "-" || p == "−") && c.adj(j) && timezones.get(c.low(j-2))
}

// withClock extends a day by the clock time written right after it, as a byline writes it:
// "December 16, 2022 04:13 pm", "18.03.2025 20:30", "Oct 24, 2022 6:29 AM CDT", "May 13, 2022,
// at 12:49 p.m." — one TIME, as TimeML marks a date and time that name one instant.
func (c *ctx) withClock(m match) match {
	k := m.end
	if l := c.low(k); l == "," || l == "-" || l == "--" || l == "at" {
		k++
	}
	if c.low(k) == "at" {
		k++
	}
	if !c.isNum(k) || c.toks[k].ndig > 2 || c.utcOffset(k) {
		return m
	}
	colon := c.low(k+1) == ":" && c.adj(k+1) && c.isNum(k+2) && c.adj(k+2) && c.toks[k+2].ndig == 2
	if _, _, ok := c.ampm(k + 1); !colon && !ok {
		return m // "May 13, 2022, 12 people": a number, not a time
	}
	save := c.lastDay
	c.lastDay = "" // the clock must not take another day
	t, ok := c.numeric(k)
	c.lastDay = save
	if !ok || t.typ != "TIME" {
		return m
	}
	at := strings.IndexByte(t.val, 'T')
	if at < 0 {
		return m
	}
	return match{end: t.end, typ: "TIME", val: m.val[:10] + t.val[at:], mod: m.mod}
}

// timeWithDay finishes a clock time: optional time zone, then an optional day ("10 p.m.
// Wednesday", "5 p.m. EST, Nov. 6"); without one the time is on the publication date.
func (c *ctx) timeWithDay(start, k int, clock string) (match, bool) {
	if timezones.get(c.low(k)) {
		k++
	}
	day := ""
	end := k
	kk := k
	if c.low(kk) == "," {
		kk++
	}
	if c.low(kk) == "on" {
		kk++
	}
	c.tenseFrom = start
	m, ok := c.weekdayExpr(kk)
	c.tenseFrom = -1
	if ok && len(m.val) >= 10 && m.typ == "DATE" {
		day, end = m.val[:10], m.end
	} else if m, ok := c.monthExpr(kk); ok && len(m.val) == 10 {
		day, end = m.val, m.end
	} else if m, ok := c.deictic(kk); ok && len(m.val) >= 10 {
		day, end = m.val[:10], m.end
	} else if m, ok := c.dayFirst(kk); ok {
		day, end = m.val, m.end // "14:34 GMT 19.05.2025", "09:20, 5 June 2025"
	}
	if day == "" && c.low(k) == "(" {
		// "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis still dates the time
		for p := k + 1; p < len(c.toks) && p < k+6; p++ {
			if c.low(p) == ")" {
				if m, ok := c.weekdayExpr(p + 1); ok && m.typ == "DATE" && len(m.val) == 10 {
					day = m.val
				}
				break
			}
		}
	}
	if day == "" {
		day = c.anchorDay(start)
	}
	return match{end: end, typ: "TIME", val: day + clock}, true
}

// anchorDay is the day a bare time of day belongs to: the last day named in this or the previous
// sentence ("... exploded Friday. The blast occurred at 10:35 a.m."), else the publication date.
func (c *ctx) anchorDay(at int) string {
	if c.lastDay != "" && at < len(c.toks) && c.toks[at].sent-c.lastDaySent <= 1 {
		return c.lastDay
	}
	if c.hasDCT {
		return dayVal(c.dct)
	}
	return "XXXX-XX-XX"
}

// monthAt recognises a month word at k, returning the month and the index after it (and after
// the period of an abbreviation). Ambiguous words must be capitalised; abbreviations need their
// period or a following number.
func (c *ctx) monthAt(k int) (int, int, bool) {
	if !c.isWord(k) {
		return 0, 0, false
	}
	t := c.toks[k]
	m, ok := months.lookup(t.low)
	if !ok {
		return 0, 0, false
	}
	end := k + 1
	abbrev := len(t.low) <= 4 && t.low != "may" && t.low != "june" && t.low != "july"
	if c.low(end) == "." && c.adj(end) && (abbrev || t.upper && c.dayYearAt(end+1)) {
		end++ // "Feb. 18"; and "May. 13, 2022", as some bylines write every month
	} else if abbrev && !(c.isNum(end) && t.upper) {
		return 0, 0, false
	}
	if ambiguousMonths.get(t.low) && !t.upper {
		return 0, 0, false
	}
	return m, end, true
}

// dayYearAt: a day of month at k and a four-digit year after it ("13, 2022"): what makes
// "May." before it a month, not the end of a sentence.
func (c *ctx) dayYearAt(k int) bool {
	_, e, ok := c.dayNum(k)
	if !ok {
		return false
	}
	if c.low(e) == "," {
		e++
	}
	return c.isNum(e) && c.toks[e].ndig == 4
}

// dayNum reads a day of month at k (1..31, optional "th"); not a clock time or a quantity.
func (c *ctx) dayNum(k int) (int, int, bool) {
	if !c.isNum(k) || c.toks[k].ndig > 2 || c.toks[k].num < 1 || c.toks[k].num > 31 {
		return 0, 0, false
	}
	e := c.suffix(k + 1)
	switch c.low(e) {
	case ":", "%", "/", ".":
		if c.adj(e) && c.isNum(e+1) && c.adj(e+1) {
			return 0, 0, false // 10:35, 3.5, 1/2
		}
		if c.low(e) == "%" {
			return 0, 0, false
		}
	}
	if c.isNum(e) && c.adj(e) {
		return 0, 0, false
	}
	return c.toks[k].num, e, true
}

// monthExpr: "Feb. 18", "October 21, 2022", "March 1996", "May", "January this year".
func (c *ctx) monthExpr(j int) (match, bool) {
	m, k, ok := c.monthAt(j)
	if !ok {
		return match{}, false
	}
	if d, e, ok := c.dayNum(k); ok && !(c.low(e) == "," && c.isNum(e+1) && c.toks[e+1].ndig <= 2) {
		// year after the day: ", 2022" or " 2022"
		yk := e
		if c.low(yk) == "," {
			yk++
		}
		if y, ok := c.yearAt(yk); ok {
			return match{end: yk + 1, typ: "DATE", val: dayVal(date(y, m, d))}, true
		}
		if !c.hasDCT {
			return match{end: e, typ: "DATE", val: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
		}
		y := pickYear(c.dct, m, d, c.tense(j, e))
		return match{end: e, typ: "DATE", val: dayVal(date(y, m, d))}, true
	}
	// month + year: "March 1996", "March, 1996", "March of 1996", "May '89"
	yk := k
	if c.low(yk) == "," || c.low(yk) == "of" {
		yk++
	}
	if y, ok := c.yearAt(yk); ok {
		return match{end: yk + 1, typ: "DATE", val: monthVal(y, m)}, true
	}
	if y, e, ok := c.spelledYear(yk); ok {
		return match{end: e, typ: "DATE", val: monthVal(y, m)}, true
	}
	if c.low(k) == "'" && c.isNum(k+1) && c.toks[k+1].ndig == 2 && c.adj(k+1) {
		return match{end: k + 2, typ: "DATE", val: monthVal(1900+c.toks[k+1].num, m)}, true
	}
	// "January this year", "June last year"
	if r := c.low(k); (r == "this" || r == "last" || r == "next") && c.low(k+1) == "year" {
		n := relWords.get(r)
		if !c.hasDCT {
			return match{end: k + 2, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		return match{end: k + 2, typ: "DATE", val: monthVal(c.dct.Year()+n, m)}, true
	}
	if !c.bareMonthOK(j, k) {
		return match{}, false
	}
	if !c.hasDCT {
		return match{end: k, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	y := pickYear(c.dct, m, 0, c.tense(j, k))
	return match{end: k, typ: "DATE", val: monthVal(y, m)}, true
}

// bareMonthOK rejects a month word standing alone when it reads as a name ("Theresa May",
// "April Ryan") or as the modal at a sentence start ("May be").
func (c *ctx) bareMonthOK(j, k int) bool {
	t := c.toks[j]
	if !ambiguousMonths.get(t.low) || len(t.low) <= 4 && t.low != "may" {
		return true
	}
	if c.isWord(k) && c.toks[k].upper && c.toks[k].sent == t.sent {
		return false
	}
	if p := j - 1; p >= 0 && c.isWord(p) && c.toks[p].upper && c.toks[p].sent == t.sent {
		switch c.toks[p].low {
		case "in", "since", "by", "until", "early", "late", "mid", "last", "next", "this", "through", "during", "from", "before", "after", "of", "on", "end":
		default:
			return false
		}
	}
	switch c.low(k) {
	case "be", "have", "not", "also", "well", "help", "need", "want", "take", "make", "still", "never", "i", "we", "you", "he", "she", "it", "they", "for", "of", "on", "against":
		return false // the modal ("May be"), the verb ("march on"), or a name ("March for Life")
	}
	if t.low == "may" && (j == 0 || c.toks[j-1].sent != t.sent) && c.isWord(k) {
		return false // sentence-initial "May the best team win"
	}
	return true
}

// dayMonth: "21 October 2022", "21st of October".
func (c *ctx) dayMonth(j int) (match, bool) {
	d, k, ok := c.dayNum(j)
	if !ok {
		return match{}, false
	}
	if c.low(k) == "of" {
		k++
	}
	m, e, ok := c.monthAt(k)
	if !ok {
		return match{}, false
	}
	if y, ok := c.yearAt(e); ok {
		return match{end: e + 1, typ: "DATE", val: dayVal(date(y, m, d))}, true
	}
	if c.low(e) == "," && c.isNum(e+1) && c.toks[e+1].ndig == 4 {
		if y, ok := c.yearAt(e + 1); ok {
			return match{end: e + 2, typ: "DATE", val: dayVal(date(y, m, d))}, true // "04th February, 2023"
		}
	}
	// A wire slug's two-digit year: "13 MAY 22 12:01 ET" (capitals, a clock right after).
	if mt := c.toks[e-1]; mt.text == strings.ToUpper(mt.text) && c.isNum(e) && c.toks[e].ndig == 2 &&
		c.isNum(e+1) && c.low(e+2) == ":" {
		return match{end: e + 1, typ: "DATE", val: dayVal(date(2000+c.toks[e].num, m, d))}, true
	}
	if !c.hasDCT {
		return match{end: e, typ: "DATE", val: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
	}
	y := pickYear(c.dct, m, d, c.tense(j, e))
	return match{end: e, typ: "DATE", val: dayVal(date(y, m, d))}, true
}

// dayFirst reads a whole day written day first, in words or digits: "16 September 2024",
// "19.05.2025", "2023-02-04"; nothing partial.
func (c *ctx) dayFirst(k int) (match, bool) {
	if k >= len(c.toks) || !c.isNum(k) {
		return match{}, false
	}
	if m, ok := c.numericDate(k); ok {
		return m, true
	}
	if m, ok := c.dayMonth(k); ok && len(m.val) == 10 && m.val[0] != 'X' && c.isNum(m.end-1) {
		return m, true
	}
	return match{}, false
}

// weekdayAt recognises a weekday word; abbreviations need a capital and a period.
func (c *ctx) weekdayAt(k int) (int, int, bool) {
	if !c.isWord(k) {
		return 0, 0, false
	}
	t := c.toks[k]
	wd, ok := weekdays.lookup(t.low)
	if !ok {
		return 0, 0, false
	}
	if len(t.low) <= 5 && !strings.HasSuffix(t.low, "day") {
		if !t.upper || c.low(k+1) != "." || !c.adj(k+1) {
			return 0, 0, false
		}
		return wd, k + 2, true
	}
	return wd, k + 1, true
}

// weekdayExpr: "Friday", "Friday morning", "Friday's", "Friday, Oct. 23", "Mondays".
func (c *ctx) weekdayExpr(j int) (match, bool) {
	if wd, ok := weekdayPlural.lookup(c.low(j)); ok {
		k, part := j+1, ""
		if p := strings.TrimSuffix(c.low(k), "s"); p != c.low(k) && len(dayParts.get(p)) == 2 {
			k, part = k+1, "T"+dayParts.get(p)
		}
		return match{end: k, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d%s", wd, part)}, true
	}
	wd, k, ok := c.weekdayAt(j)
	if !ok || c.namePart(j, k) {
		return match{}, false
	}
	switch c.low(j - 1) {
	case "good", "black", "cyber", "holy", "ash", "easter", "super":
		return match{}, false // part of a holiday name the holiday rule did not take
	}
	// "Friday's" keeps the "'s" outside, as TimeML does.
	// explicit date after it
	kk := k
	if c.low(kk) == "," {
		kk++
	}
	if m, ok := c.monthExpr(kk); ok && len(m.val) == 10 {
		return m, true
	}
	if m, ok := c.dayFirst(kk); ok {
		return m, true // "Monday, 16 September 2024", "Monday 16.09.2024"
	}
	if m, ok := c.dayMonth(kk); ok && len(m.val) == 10 {
		return m, true // "Friday, 29 July"
	}
	from := j
	if c.tenseFrom >= 0 {
		from = c.tenseFrom // a clock time before the weekday: "4 a.m. EDT Thursday"
	}
	tense := c.tense(from, k)
	dir := -1
	if tense > 0 {
		dir = 1
	}
	val := fmt.Sprintf("XXXX-WXX-%d", wd)
	if c.hasDCT {
		val = dayVal(weekdayFrom(c.dct, wd, dir, false))
	}
	return c.withDayPart(k, val)
}

// namePart reports a day word [j, k) that begins a proper name such as "the Sunday Times" or
// "the Good Friday Agreement" (a name word from nameFollowers comes next). "Sunday Mass" stays a
// day, so the list is short and explicit rather than "any capitalised word".
func (c *ctx) namePart(j, k int) bool {
	return c.isWord(k) && c.toks[k].upper && nameFollowers.get(c.toks[k].low)
}

// withDayPart extends a day by a following part of day: "Friday morning" -> 2022-10-21TMO.
// TimeBank writes evenings and nights as the plain day, so TimeML mode does too.
func (c *ctx) withDayPart(k int, val string) (match, bool) {
	if p, ok := dayParts.lookup(c.low(k)); ok && len(p) == 2 {
		if c.opt.PlainNights && p == "NI" {
			return match{end: k + 1, typ: "DATE", val: val}, true
		}
		return match{end: k + 1, typ: "TIME", val: val + "T" + p}, true
	}
	return match{end: k, typ: "DATE", val: val}, true
}

// deictic: today, yesterday, tomorrow, tonight, this morning, last night, noon.
func (c *ctx) deictic(j int) (match, bool) {
	w := c.low(j)
	off, ok := dayWords.lookup(w)
	if ok && c.toks[j].upper && j > 0 && c.isWord(j-1) && c.toks[j-1].upper && c.toks[j-1].sent == c.toks[j].sent && !c.toks[j].nl {
		return match{}, false // a name: "VOA Today", "USA Today"
	}
	if ok {
		k := j + 1
		val := c.shift("D", off)
		if w == "tonight" {
			if c.opt.PlainNights {
				return match{end: k, typ: "DATE", val: val}, true
			}
			return match{end: k, typ: "TIME", val: val + "TNI"}, true
		}
		return c.withDayPart(k, val)
	}
	if w == "this" || w == "last" {
		if p, ok := dayParts.lookup(c.low(j + 1)); ok && len(p) == 2 && (w == "this" || p == "NI" || p == "EV") {
			off := 0
			if w == "last" {
				off = -1
			}
			return match{end: j + 2, typ: "TIME", val: c.shift("D", off) + "T" + p}, true
		}
	}
	if w == "the" && c.low(j+1) == "day" && (c.low(j+2) == "before" || c.low(j+2) == "after") {
		if d := c.low(j + 3); d == "yesterday" || d == "tomorrow" {
			off := -2
			if d == "tomorrow" {
				off = 2
			}
			return match{end: j + 4, typ: "DATE", val: c.shift("D", off)}, true
		}
	}
	if p, ok := dayParts.lookup(w); ok && len(p) == 5 && c.low(j-1) != "high" {
		return c.timeWithDay(j, j+1, "T"+p)
	}
	// "mid-afternoon yesterday", "morning Friday", "mid-morning"
	k := j
	mid := false
	if w == "mid" {
		mid = true
		k++
		if c.hyph(k) {
			k++
		}
	}
	if p, ok := dayParts.lookup(c.low(k)); ok && len(p) == 2 {
		if m, ok := c.deictic(k + 1); ok && m.typ == "DATE" && len(m.val) == 10 {
			return match{end: m.end, typ: "TIME", val: m.val + "T" + p}, true
		}
		if m, ok := c.weekdayExpr(k + 1); ok && m.typ == "DATE" && len(m.val) == 10 {
			return match{end: m.end, typ: "TIME", val: m.val + "T" + p}, true
		}
		if mid && (p == "AF" || p == "MO") {
			return match{end: k + 1, typ: "TIME", val: c.shift("D", 0) + "T" + p}, true
		}
	}
	return match{}, false
}

// relative: "last week", "this year", "next month", "the past year", "last Friday", "last fall",
// "the following day", "this year's third quarter".
func (c *ctx) relative(j int) (match, bool) {
	k := j
	if c.low(k) == "the" {
		k++
	}
	r := c.low(k)
	n, ok := relWords.lookup(r)
	if !ok {
		return match{}, false
	}
	if k == j && (r == "past" || r == "following" || r == "previous" || r == "prior" || r == "same") {
		return match{}, false // "past year" without "the" is rare and ambiguous
	}
	if (r == "following" || r == "previous" || r == "prior" || r == "same") && c.low(k+1) == "year" && c.anchorYear > 0 {
		return match{}, false // narrative: periodPhrase resolves it against the last year written out
	}
	if k > j && r == "this" {
		return match{}, false
	}
	if t := c.toks[k]; t.upper && c.isWord(k+1) && c.toks[k+1].upper && !t.nl && k > 0 && c.toks[k-1].sent == t.sent && c.low(k-1) != "." {
		return match{}, false // a title in running text: ABC's "This Week"
	}
	k++
	if r == "this" && (c.low(k) == "past" || c.low(k) == "coming") {
		// "this past spring", "this coming Sunday"
		if c.low(k) == "past" {
			n = -1
		} else {
			n = 1
		}
		k++
	}
	if c.low(k) == "fiscal" {
		k++
	}
	w := c.low(k)
	end := k + 1
	if u, ok := units.lookup(w); ok && !strings.HasSuffix(w, "s") {
		switch {
		case u.letter == "WE":
			if !c.hasDCT {
				return match{end: end, typ: "DATE", val: "XXXX-WXX-WE"}, true
			}
			var sat time.Time
			switch n {
			case -1:
				sat = weekdayFrom(c.dct, 6, -1, true)
			case 1:
				sat = weekdayFrom(c.dct, 6, 1, true)
			default:
				sat = weekdayFrom(c.dct, 6, 1, false)
			}
			return match{end: end, typ: "DATE", val: weekVal(sat) + "-WE"}, true
		case u.years == 10:
			if r == "past" {
				return match{end: end, typ: "DURATION", val: "P10Y"}, true // "the past decade"
			}
			return match{end: end, typ: "DATE", val: c.shift("DE", n)}, true
		case u.years == 100:
			return match{end: end, typ: "DATE", val: c.shift("CE", n)}, true
		case u.time:
			return match{}, false
		}
		letter := u.letter
		val := c.shift(letter, n)
		if letter == "D" && k > j && r != "this" && c.lastDay != "" && c.toks[j].sent-c.lastDaySent <= 1 {
			// "the following day", "the previous day": next to the day just named
			if d, err := time.Parse("2006-01-02", c.lastDay); err == nil {
				val = dayVal(d.AddDate(0, 0, n))
			}
		}
		if letter == "Y" || letter == "Q" {
			// "this year's third quarter"
			if e := c.possessive(end); e > end {
				y := c.dct.Year() + n
				if q, ok := c.ordinalPeriod(e, y, false); ok && c.hasDCT {
					return q, true
				}
			}
		}
		typ := "DATE"
		return match{end: end, typ: typ, val: val}, true
	}
	if code, ok := seasons.lookup(w); ok {
		return match{end: end, typ: "DATE", val: c.seasonVal(code, n, c.tense(j, end))}, true
	}
	if wd, e, ok := c.weekdayAt(k); ok {
		if !c.hasDCT {
			return match{end: e, typ: "DATE", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
		}
		var d time.Time
		switch n {
		case -1:
			d = weekdayFrom(c.dct, wd, -1, true)
		case 1:
			d = weekdayFrom(c.dct, wd, 1, true)
		default:
			dir := -1
			if c.tense(j, e) > 0 {
				dir = 1
			}
			d = weekdayFrom(c.dct, wd, dir, false)
		}
		return c.withDayPart(e, dayVal(d))
	}
	if m, e, ok := c.monthAt(k); ok && r != "past" && r != "current" {
		if !c.hasDCT {
			return match{end: e, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		y := c.dct.Year()
		dm := int(c.dct.Month())
		switch n {
		case -1:
			// "last February" said in March means a year ago: the month just gone is "in February".
			if m >= dm-1 {
				y--
			}
		case 1:
			if m <= dm {
				y++
			}
		}
		if d, de, ok := c.dayNum(e); ok {
			if n < 0 && date(y, m, d).After(c.dct) {
				y--
			}
			return match{end: de, typ: "DATE", val: dayVal(date(y, m, d))}, true
		}
		return match{end: e, typ: "DATE", val: monthVal(y, m)}, true
	}
	return match{}, false
}

// ordinalPeriod reads "third quarter", "first half", "third-quarter", "fiscal first quarter" at k
// in year y, plus an optional "of 1989".
func (c *ctx) ordinalPeriod(k int, y int, implicit bool) (match, bool) {
	fiscal := c.low(k-1) == "fiscal"
	if c.low(k) == "fiscal" {
		fiscal = true
		k++
		if c.hyph(k) {
			k++
		}
	}
	start := k
	o, ok := ordinals.lookup(c.low(k))
	if !ok || o > 4 || o == 0 {
		return match{}, false
	}
	k++
	if c.hyph(k) {
		k++
	}
	p := c.low(k)
	if p != "quarter" && p != "half" {
		return match{}, false
	}
	end := k + 1
	if c.low(end) == "of" {
		if yy, ok := c.yearAt(end + 1); ok {
			y, end, implicit = yy, end+2, false
		} else if c.low(end+1) == "fiscal" {
			if yy, ok := c.yearAt(end + 2); ok {
				y, end, implicit = yy, end+3, false
			}
		}
	}
	if p == "half" {
		if o < 0 {
			o = 2
		}
		if o > 2 {
			return match{}, false
		}
		if y == 0 {
			return match{end: end, typ: "DATE", val: fmt.Sprintf("XXXX-H%d", o)}, true
		}
		return match{end: end, typ: "DATE", val: fmt.Sprintf("%04d-H%d", y, o)}, true
	}
	if o < 0 {
		o = 4
	}
	if y == 0 {
		return match{end: end, typ: "DATE", val: fmt.Sprintf("XXXX-Q%d", o)}, true
	}
	// Early in a year, a late quarter told in the past tense is last year's ("profits for the
	// fourth quarter fell", said in January).
	if c.hasDCT && y == c.dct.Year() && implicit && o-((int(c.dct.Month())-1)/3+1) >= 2 && c.tense(start, end) < 0 {
		y--
	}
	val := quarterVal(y, o)
	switch {
	case fiscal:
		// A fiscal quarter is not a calendar quarter: later "the quarter" stays unresolved.
		c.lastQuarter = fmt.Sprintf("%04d-QX", y)
	case c.hasDCT && y*4+o-1 < c.dct.Year()*4+(int(c.dct.Month())-1)/3:
		// Only a completed quarter can be the one a report is about.
		c.lastQuarter = val
	}
	return match{end: end, typ: "DATE", val: val}, true
}

// quarterExpr: "the third quarter", "third-quarter", "fiscal 1989", "the quarter", "the
// year-earlier period", "year-end".
func (c *ctx) quarterExpr(j int) (match, bool) {
	k := j
	if c.low(k) == "the" {
		k++
	}
	y := 0
	if c.hasDCT {
		y = c.dct.Year()
	}
	if m, ok := c.ordinalPeriod(k, y, true); ok {
		return m, true
	}
	w := c.low(k)
	if w == "fiscal" {
		kk := k + 1
		if c.low(kk) == "year" {
			kk++
		}
		if yy, ok := c.yearAt(kk); ok {
			if m, ok := c.ordinalPeriod(kk+1, yy, false); ok {
				return m, true
			}
			return match{end: kk + 1, typ: "DATE", val: strconv.Itoa(yy)}, true
		}
	}
	// "the quarter", "the latest quarter", "the latest period": the quarter being reported.
	if k > j && (w == "quarter" || ((w == "latest" || w == "most") && (c.low(k+1) == "quarter" || c.low(k+1) == "period"))) {
		end := k + 1
		if w == "latest" {
			end = k + 2
		} else if w == "most" {
			if c.low(k+1) != "recent" {
				return match{}, false
			}
			end = k + 3
		}
		// "the quarter a year ago"
		if c.low(end) == "a" && c.low(end+1) == "year" && (c.low(end+2) == "ago" || c.low(end+2) == "earlier") {
			return match{end: end + 3, typ: "DATE", val: minusYear(c.reportQuarter(), 1)}, true
		}
		return match{end: end, typ: "DATE", val: c.reportQuarter()}, true
	}
	// year-earlier / year-ago (+ quarter|period)
	if w == "year" && c.hyph(k+1) && (c.low(k+2) == "earlier" || c.low(k+2) == "ago") {
		end := k + 3
		if c.hasDCT {
			if m, ok := c.ordinalPeriod(end, c.dct.Year()-1, false); ok {
				return m, true
			}
		}
		if p := c.low(end); p == "quarter" || p == "period" || p == "level" || p == "levels" {
			end++
		} else if k > j {
			return match{}, false
		}
		if c.lastQuarter != "" {
			return match{end: end, typ: "DATE", val: minusYear(c.lastQuarter, 1)}, true
		}
		return match{end: end, typ: "DATE", val: c.shift("Y", -1)}, true
	}
	if w == "year" && c.hyph(k+1) && c.low(k+2) == "end" {
		if !c.hasDCT {
			return match{end: k + 3, typ: "DATE", val: "XXXX-12-31"}, true
		}
		y := c.dct.Year()
		if c.tense(j, k+3) < 0 && c.dct.Month() < 12 {
			y-- // "since year-end": the last one
		}
		return match{end: k + 3, typ: "DATE", val: fmt.Sprintf("%04d-12-31", y)}, true
	}
	// "the 1988 period", "the 1988 third quarter"
	if k > j {
		if yy, ok := c.yearAt(k); ok {
			if m, ok := c.ordinalPeriod(k+1, yy, false); ok {
				return m, true
			}
			if p := c.low(k + 1); p == "period" || p == "quarter" {
				if c.lastQuarter != "" && p == "quarter" {
					return match{end: k + 2, typ: "DATE", val: fmt.Sprintf("%04d", yy) + c.lastQuarter[4:]}, true
				}
				return match{end: k + 2, typ: "DATE", val: strconv.Itoa(yy)}, true
			}
		}
	}
	// "the 1990s", "the year 2000"
	if k > j {
		kk := k
		if w == "year" {
			kk++
		}
		if c.isNum(kk) {
			if m, ok := c.numeric(kk); ok && m.typ == "DATE" && (len(m.val) == 3 || (w == "year" && len(m.val) == 4)) {
				return m, true
			}
		}
	}
	return match{}, false
}

// reportQuarter is the quarter a financial report is about: the last one mentioned, else the
// last complete quarter before publication.
func (c *ctx) reportQuarter() string {
	if c.lastQuarter != "" {
		return c.lastQuarter
	}
	return c.shift("Q", -1)
}

// amount reads a count at k: digits, number words ("twenty-four"), "a"/"an", or a vague
// quantity ("several", "a few"). count is "X" for vague ones.
func (c *ctx) amount(k int) (count string, n int, end int, ok bool) {
	count, n, end, ok = c.amount1(k)
	if !ok || count == "X" || c.low(k) == "a" || c.low(k) == "an" {
		return
	}
	// a range: "2–3 hours", "two to three weeks", "one-to-seven days" (TimeML keeps the lower bound)
	e := end
	switch c.low(e) {
	case "-", "--", "to", "or":
		e++
		if c.low(e) == "to" && c.low(e-1) == "-" {
			e++
			if c.low(e) == "-" {
				e++
			}
		}
		if c.low(e) == "a" || c.low(e) == "an" {
			return
		}
		if _, _, e2, ok2 := c.amount1(e); ok2 {
			if _, isUnit := units.lookup(c.low(e2)); isUnit || c.hyph(e2) {
				end = e2
			}
		}
	}
	return
}

// amount1 reads one count: see amount.
func (c *ctx) amount1(k int) (count string, n int, end int, ok bool) {
	w := c.low(k)
	switch {
	case c.isNum(k):
		t := c.toks[k]
		if p := c.low(k - 1); (p == "," || p == ".") && c.adj(k) && c.isNum(k-2) && c.adj(k-1) {
			return "", 0, 0, false // the tail of "6,000" or "1.5"
		}
		if t.ndig > 4 || t.ndig == 4 && t.num >= 1900 && t.num < 2100 {
			return "", 0, 0, false // "the 1988 quarter" is a year
		}
		n, end = t.num, k+1
		if c.low(end) == "½" && c.adj(end) {
			return strconv.Itoa(n) + ".5", n, end + 1, true // "2½"
		}
		// "2 1/2", "1.5"
		if c.isNum(end) && c.low(end+1) == "/" && c.adj(end+1) && c.isNum(end+2) && c.toks[end].num == 1 && c.toks[end+2].num == 2 {
			return strconv.Itoa(n) + ".5", n, end + 3, true
		}
		if c.low(end) == "." && c.adj(end) && c.isNum(end+1) && c.adj(end+1) {
			return t.text + "." + c.toks[end+1].text, n, end + 2, true
		}
		if c.low(end) == "," && c.adj(end) && c.isNum(end+1) && c.adj(end+1) {
			return "", 0, 0, false
		}
		return strconv.Itoa(n), n, end, true
	case w == "half" && (c.low(k+1) == "a" || c.low(k+1) == "an"):
		return "0.5", 0, k + 2, true // "half an hour"
	case w == "a" || w == "an":
		switch c.low(k + 1) {
		case "few":
			return "X", 0, k + 2, true
		case "couple":
			if c.low(k+2) == "of" {
				return "2", 2, k + 3, true
			}
			return "2", 2, k + 2, true
		case "dozen":
			return "12", 12, k + 2, true
		case "half":
			if c.low(k+2) == "dozen" {
				return "6", 6, k + 3, true
			}
		case "hundred":
			return "100", 100, k + 2, true
		}
		return "1", 1, k + 1, true
	case vagueQuantity.get(w):
		if w == "couple" {
			if p := c.low(k - 1); c.low(k+1) == "of" && (p == "next" || p == "past" || p == "last") {
				return "2", 2, k + 2, true // "the next couple of years"
			}
			return "", 0, 0, false
		}
		return "X", 0, k + 1, true
	case numberWords.get(w) > 0:
		n, end = numberWords.get(w), k+1
		if tens.get(w) {
			if c.hyph(end) && numberWords.get(c.low(end+1)) > 0 && numberWords.get(c.low(end+1)) < 10 {
				n += numberWords.get(c.low(end + 1))
				end += 2
			} else if numberWords.get(c.low(end)) > 0 && numberWords.get(c.low(end)) < 10 {
				n += numberWords.get(c.low(end))
				end++
			}
		}
		if c.low(end) == "hundred" {
			n *= 100
			end++
		}
		if c.low(end) == "and" && c.low(end+1) == "a" && c.low(end+2) == "half" {
			return strconv.Itoa(n) + ".5", n, end + 3, true
		}
		return strconv.Itoa(n), n, end, true
	case w == "dozens" || w == "hundreds" || w == "thousands":
		if c.low(k+1) == "of" {
			return "X", 0, k + 2, true
		}
	}
	return "", 0, 0, false
}

// quantity: durations ("79 days", "about an hour", "the past three years", "two-year") and
// anchored offsets ("three months ago", "a year earlier", "two weeks later").
func (c *ctx) quantity(j int) (match, bool) {
	k := j
	hasThe := false
	if c.low(k) == "the" {
		k++
		hasThe = true
	}
	lead := ""
	if durLead.get(c.low(k)) && (hasThe || c.low(k) == "past" || c.low(k) == "last" || c.low(k) == "next") {
		lead = c.low(k)
		k++
	}
	count, n, k2, ok := c.amount(k)
	if !ok && lead == "" && !hasThe {
		// written as one word: "an hourlong meeting", "a weeklong visit"
		if w := c.low(k); strings.HasSuffix(w, "long") && len(w) > 4 {
			if u, isUnit := units.lookup(w[:len(w)-4]); isUnit && u.letter != "WE" && !strings.HasSuffix(w[:len(w)-4], "s") {
				return match{end: k + 1, typ: "DURATION", val: durVal("1", u)}, true
			}
		}
		// "an hour-long call" has its count; "hour-long", "day-long", "decades-long" do not
		if u, isUnit := units.lookup(c.low(k)); isUnit && u.letter != "WE" && c.hyph(k+1) && c.low(k+2) == "long" {
			cnt := "1"
			if strings.HasSuffix(c.low(k), "s") {
				cnt = "X"
			}
			return match{end: k + 3, typ: "DURATION", val: durVal(cnt, u)}, true
		}
	}
	if !ok {
		// "the weeks ahead", "over the years" (TimeML only)
		if c.opt.Vague && hasThe && lead == "" {
			if u, ok := units.lookup(c.low(k)); ok && strings.HasSuffix(c.low(k), "s") && u.letter != "WE" && u.letter != "Q" {
				if c.low(k+1) == "ahead" {
					return match{end: k + 2, typ: "DURATION", val: durVal("X", u)}, true
				}
				if p := c.low(j - 1); (p == "over" || p == "through") && u.letter == "Y" && u.years == 0 {
					return match{end: k + 1, typ: "DURATION", val: "PXY"}, true
				}
			}
		}
		// "years", "for decades": unquantified plurals (TimeML only)
		if c.opt.Vague && lead == "" && !hasThe {
			if u, ok := units.lookup(c.low(k)); ok && strings.HasSuffix(c.low(k), "s") && u.letter != "WE" && u.letter != "Q" {
				switch c.low(k - 1) {
				case "for", "over", "within", "in":
					return match{end: k + 1, typ: "DURATION", val: durVal("X", u)}, true
				}
			}
		}
		// "the past year" is handled by relative(); "the last few" needs a count.
		return match{}, false
	}
	if hasThe && lead == "" && (c.low(k) == "a" || c.low(k) == "an") {
		return match{}, false
	}
	article := c.low(k) == "a" || c.low(k) == "an"
	k = k2
	for c.low(k) == "more" || c.low(k) == "full" || c.low(k) == "straight" || c.low(k) == "consecutive" || c.low(k) == "long" || c.low(k) == "additional" || c.low(k) == "extra" {
		k++
	}
	hy := false
	if c.hyph(k) {
		if hasThe && lead == "" {
			return match{}, false // "the three-day visit": the adjective starts after "the"
		}
		k++
		hy = true
	}
	w := c.low(k)
	u, ok := units.lookup(w)
	if !ok {
		return match{}, false
	}
	plural := strings.HasSuffix(w, "s")
	if (w == "second" || w == "seconds") && (article || count == "1") {
		return match{}, false // "a second time", "one second-round"
	}
	if u.letter == "WE" {
		return match{}, false
	}
	if hy && plural && w != "decades" && w != "years" {
		return match{}, false
	}
	if count == "1" && plural && !c.isNum(j) {
		return match{}, false
	}
	end := k + 1
	// "decades-long"; ages ("6-year-old", "52 years old") are not time expressions in TimeML
	if c.hyph(end) && c.low(end+1) == "long" {
		end += 2
	}
	if c.hyph(end) && (c.low(end+1) == "earlier" || c.low(end+1) == "ago" || c.low(end+1) == "end") {
		return match{}, false // "a year-earlier loss": the adjective rule takes it
	}
	if c.low(end) == "old" || c.hyph(end) && c.low(end+1) == "old" {
		return match{}, false
	}
	// "a minute and a half", "an hour and a half"
	if c.low(end) == "and" && c.low(end+1) == "a" && c.low(end+2) == "half" {
		end += 3
		if count == "1" && u.time && u.letter == "M" {
			return match{end: end, typ: "DURATION", val: "PT1M30S"}, true
		}
		if a := c.low(end); count == "1" && a != "ago" && a != "later" && a != "earlier" {
			return match{end: end, typ: "DURATION", val: halfDur(count, u)}, true
		}
	}
	// "one hour and 15 minutes", "two hours and ten minutes": one duration
	if u.time && u.letter == "H" && c.low(end) == "and" {
		if mc, _, mk, ok := c.amount(end + 1); ok && mc != "X" && !strings.Contains(mc, ".") {
			if mu, ok := units.lookup(c.low(mk)); ok && mu.time && mu.letter == "M" {
				return match{end: mk + 1, typ: "DURATION", val: "PT" + count + "H" + mc + "M"}, true
			}
		}
	}
	if u.letter == "Q" && c.low(end) == "of" && !c.isNum(end+1) && count != "X" && n <= 3 {
		return match{}, false // "a quarter of the market" is a fraction
	}
	// "a week or so ago", "the next year or so"
	if c.low(end) == "or" && c.low(end+1) == "so" {
		end += 2
	}
	after := c.low(end)
	gran := u.letter
	if u.years == 10 {
		gran = "Y"
		n *= 10
	} else if u.years == 100 {
		gran = "Y"
		n *= 100
	}
	if u.time {
		// The publication date has no time of day, so "an hour ago" can only be placed on a day.
		gran = "T"
	}
	// "three days later", "a day earlier": TimeML marks only the duration, anchored to an event.
	if (after == "later" || after == "earlier") && !(gran == "Y" && n == 1) && !hy && lead == "" && !hasThe {
		return match{end: end, typ: "DURATION", val: durVal(count, u)}, true
	}
	// anchored: "three months ago", "a year earlier", "two weeks later"
	if !hy && lead == "" && !hasThe && (after == "ago" || after == "earlier" || after == "later" || after == "hence" || (after == "from" && c.low(end+1) == "now")) {
		dir := -1
		if after == "later" || after == "hence" || after == "from" {
			dir = 1
		}
		e := end + 1
		if after == "from" {
			e++
		}
		if count == "X" {
			if dir < 0 {
				return match{end: e, typ: "DATE", val: "PAST_REF"}, true
			}
			return match{end: e, typ: "DATE", val: "FUTURE_REF"}, true
		}
		if (after == "earlier" || after == "ago") && gran == "Y" && n == 1 && c.lastQuarter != "" {
			return match{end: e, typ: "DATE", val: minusYear(c.lastQuarter, 1)}, true
		}
		if gran == "T" {
			return match{end: e, typ: "DATE", val: c.shift("D", 0)}, true
		}
		return match{end: e, typ: "DATE", val: c.shift(gran, dir*n)}, true
	}
	// SET: "twice a year", "once a week", "per year"
	if article && !hasThe && lead == "" {
		switch p := c.low(j - 1); {
		case p == "once" || p == "twice" || p == "times" || p == "thrice":
			return match{end: end, typ: "SET", val: durVal("1", u)}, true
		case c.isNum(j-1) || p == "million" || p == "billion" || p == "thousand" || p == "%" || p == "percent" || p == "cents" ||
			len(p) > 3 && strings.HasSuffix(p, "s") && units.get(p).letter == "":
			// a rate ("$500 million a year", "700 seats a week"), not a time expression
			return match{}, false
		}
	}
	if c.toks[k].upper && !c.toks[k].nl && c.toks[k].sent == c.toks[j].sent && k > j && c.toks[j].upper == false {
		return match{}, false // a title: "60 Minutes"
	}
	if strings.HasSuffix(count, ".5") {
		return match{end: end, typ: "DURATION", val: halfDur(count, u)}, true
	}
	return match{end: end, typ: "DURATION", val: durVal(count, u)}, true
}

// setExpr: "every Friday", "each week", "every other day", "daily".
func (c *ctx) setExpr(j int) (match, bool) {
	w := c.low(j)
	if v, ok := setAdverbs.lookup(w); ok {
		return match{end: j + 1, typ: "SET", val: v}, true
	}
	if w == "per" {
		if u, ok := units.lookup(c.low(j + 1)); ok && !u.time || c.low(j+1) == "hour" {
			return match{end: j + 2, typ: "SET", val: durVal("1", u)}, true
		}
		return match{}, false
	}
	if w != "every" && w != "each" {
		return match{}, false
	}
	k := j + 1
	count := "1"
	if c.low(k) == "other" {
		count = "2"
		k++
	} else if cnt, _, e, ok := c.amount(k); ok && cnt != "X" && c.low(k) != "a" {
		count, k = cnt, e
	}
	if u, ok := units.lookup(c.low(k)); ok && u.letter != "WE" {
		return match{end: k + 1, typ: "SET", val: durVal(count, u)}, true
	}
	if wd, e, ok := c.weekdayAt(k); ok {
		if p, ok := dayParts.lookup(c.low(e)); ok && len(p) == 2 {
			return match{end: e + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%dT%s", wd, p)}, true
		}
		return match{end: e, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if m, e, ok := c.monthAt(k); ok {
		return match{end: e, typ: "SET", val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	if p, ok := dayParts.lookup(c.low(k)); ok && len(p) == 2 {
		return match{end: k + 1, typ: "SET", val: "XXXX-XX-XXT" + p}, true
	}
	if s, ok := seasons.lookup(c.low(k)); ok {
		return match{end: k + 1, typ: "SET", val: "XXXX-" + s}, true
	}
	return match{}, false
}

// refExpr: now, currently, recently, the past, the future, recent years (TimeML only).
func (c *ctx) refExpr(j int) (match, bool) {
	if !c.opt.RefWords {
		return match{}, false
	}
	w := c.low(j)
	if w == "recent" || w == "coming" {
		if u, ok := units.lookup(c.low(j + 1)); ok && strings.HasSuffix(c.low(j+1), "s") && !u.time {
			// "recent years": an unspecified stretch of years (TimeML PXY)
			return match{end: j + 2, typ: "DURATION", val: durVal("X", u)}, true
		}
	}
	if w == "right" && c.low(j+1) == "now" {
		return match{end: j + 2, typ: "DATE", val: "PRESENT_REF"}, true
	}
	if v, ok := refWords.lookup(w); ok {
		return match{end: j + 1, typ: "DATE", val: v}, true
	}
	k := j
	if w == "the" {
		k++
		switch c.low(k) {
		case "near", "distant", "immediate", "not":
			if c.low(k) == "not" && c.low(k+1) == "too" {
				k += 2
			}
			k++
		}
		switch c.low(k) {
		case "future":
			return match{end: k + 1, typ: "DATE", val: "FUTURE_REF"}, true
		case "past":
			if _, ok := units.lookup(c.low(k + 1)); ok {
				return match{}, false
			}
			return match{end: k + 1, typ: "DATE", val: "PAST_REF"}, true
		case "present":
			return match{end: k + 1, typ: "DATE", val: "PRESENT_REF"}, true
		}
		return match{}, false
	}
	if w == "these" && c.low(j+1) == "days" {
		return match{end: j + 2, typ: "DATE", val: "PRESENT_REF"}, true
	}
	if w == "future" && (c.low(j-1) == "in" || c.low(j-1) == "near") {
		return match{end: j + 1, typ: "DATE", val: "FUTURE_REF"}, true
	}
	return match{}, false
}

// holiday: Christmas, Thanksgiving, New Year's Day, Election Day.
func (c *ctx) holiday(j int) (match, bool) {
	w := c.low(j)
	if !c.isWord(j) || !c.toks[j].upper {
		return match{}, false
	}
	end := j + 1
	var m, d int
	switch w {
	case "christmas", "halloween":
		md := fixedHolidays.get(w)
		m, d = md[0], md[1]
		if c.low(end) == "day" {
			end++
		} else if c.low(end) == "eve" {
			end++
			d--
		}
	case "thanksgiving", "election":
		if w == "election" && c.low(end) != "day" {
			return match{}, false
		}
		if c.low(end) == "day" {
			end++
		}
		m = 11
	case "black", "cyber":
		// the shopping days after Thanksgiving
		if w == "black" && c.low(end) != "friday" || w == "cyber" && c.low(end) != "monday" {
			return match{}, false
		}
		end++
		m = 11
	case "easter", "good":
		if w == "good" && c.low(end) != "friday" {
			return match{}, false
		}
		if w == "good" || c.low(end) == "sunday" || c.low(end) == "day" || c.low(end) == "week" {
			end++
		}
		m = 3 // movable: computed below
	case "new":
		if c.low(j+1) != "year" || c.possessive(j+2) == j+2 {
			return match{}, false
		}
		end = c.possessive(j + 2)
		m, d = 1, 1
		switch c.low(end) {
		case "day":
			end++
		case "eve":
			end++
			m, d = 12, 31
		default:
			return match{}, false
		}
	default:
		return match{}, false
	}
	if c.namePart(j, end) {
		return match{}, false // "the Good Friday Agreement"
	}
	if !c.hasDCT {
		return match{end: end, typ: "DATE", val: "XXXX-XX-XX"}, true
	}
	tense := c.tense(j, end)
	if d == 0 {
		// Thanksgiving: fourth Thursday (Black Friday +1, Cyber Monday +4); Election Day: Tuesday
		// after the first Monday; Easter by the Gregorian computus (Good Friday -2).
		y := c.dct.Year()
		calc := func(y int) time.Time {
			thanks := weekdayFrom(date(y, 11, 1), 4, 1, false).AddDate(0, 0, 21)
			switch w {
			case "thanksgiving":
				return thanks
			case "black":
				return thanks.AddDate(0, 0, 1)
			case "cyber":
				return thanks.AddDate(0, 0, 4)
			case "easter":
				return easter(y)
			case "good":
				return easter(y).AddDate(0, 0, -2)
			}
			return weekdayFrom(date(y, 11, 1), 1, 1, false).AddDate(0, 0, 1)
		}
		if yy, ok := c.yearAt(end); ok {
			return match{end: end + 1, typ: "DATE", val: dayVal(calc(yy))}, true // "Black Friday 2019"
		}
		t := calc(y)
		// A holiday within six weeks of publication is that one, whatever the verbs say.
		near := t.Sub(c.dct) < 42*24*time.Hour && c.dct.Sub(t) < 42*24*time.Hour
		if tense < 0 && t.After(c.dct) && !near {
			t = calc(y - 1)
		} else if tense > 0 && t.Before(c.dct) && !near {
			t = calc(y + 1)
		}
		if c.low(end-1) == "week" {
			return match{end: end, typ: "DATE", val: weekVal(t)}, true // Holy Week ends on Easter Sunday
		}
		return match{end: end, typ: "DATE", val: dayVal(t)}, true
	}
	y := pickYear(c.dct, m, d, tense)
	return match{end: end, typ: "DATE", val: dayVal(date(y, m, d))}, true
}

// periodPhrase covers the remaining noun phrases: spelled-out years ("nineteen ninety-six"),
// "year end", narrative years ("that year", "the following year"), "the end of the month",
// seasons with "the", "the weekend", and "for the year" / "the year ended June 30".
func (c *ctx) periodPhrase(j int) (match, bool) {
	if y, e, ok := c.spelledYear(j); ok {
		return match{end: e, typ: "DATE", val: strconv.Itoa(y)}, true
	}
	w := c.low(j)
	// "year end", "year's end"
	if w == "year" {
		k := c.possessive(j + 1)
		if c.low(k) == "end" {
			return match{end: k + 1, typ: "DATE", val: c.shift("Y", 0)}, true
		}
	}
	// "that year", "the following year", "later that year": relative to the last year written out.
	if (w == "that" || w == "the") && c.anchorYear > 0 {
		k := j + 1
		off, ok := narrativeYear.lookup(c.low(k))
		if w == "that" && c.low(k) != "year" && c.low(k) != "same" {
			ok = false
		}
		if w == "the" && (c.low(k) == "year" || c.low(k) == "next") {
			ok = false // "the year" alone is handled below; "the next year" is ambiguous
		}
		if ok {
			if c.low(k) != "year" {
				k++
			}
			if c.low(k) == "year" {
				return match{end: k + 1, typ: "DATE", val: strconv.Itoa(c.anchorYear + off)}, true
			}
		}
	}
	// "the year 2000", "the year two thousand"
	if w == "the" && c.low(j+1) == "year" {
		if y, e, ok := c.spelledYear(j + 2); ok {
			return match{end: e, typ: "DATE", val: strconv.Itoa(y)}, true
		}
	}
	// "the week of March 6": the week containing that day
	if w == "the" && c.low(j+1) == "week" && c.low(j+2) == "of" {
		if m, ok := c.monthExpr(j + 3); ok && len(m.val) == 10 {
			if d, ok := parseDay(m.val); ok {
				return match{end: m.end, typ: "DATE", val: weekVal(d)}, true
			}
		}
	}
	// "the end of the month", "the beginning of the year": the current one
	if w == "the" && c.low(j-1) == "of" && positionMods.get(c.low(j-2)) != "" {
		switch c.low(j + 1) {
		case "week":
			return match{end: j + 2, typ: "DATE", val: c.shift("W", 0)}, true
		case "month":
			return match{end: j + 2, typ: "DATE", val: c.shift("M", 0)}, true
		case "year":
			return match{end: j + 2, typ: "DATE", val: c.shift("Y", 0)}, true
		}
	}
	// "the summer", "over the summer", "the winter of 1994" (position words come from the prefix)
	if w == "the" {
		if code, ok := seasons.lookup(c.low(j + 1)); ok {
			if c.low(j+2) == "of" {
				if y, ok := c.yearAt(j + 3); ok {
					return match{end: j + 4, typ: "DATE", val: fmt.Sprintf("%04d-%s", y, code)}, true
				}
				if y, e, ok := c.spelledYear(j + 3); ok {
					return match{end: e, typ: "DATE", val: fmt.Sprintf("%04d-%s", y, code)}, true
				}
				return match{}, false // "the fall of the Soviet Union", "the spring of discontent"
			}
			if c.low(j+1) == "fall" {
				// "the fall" is mostly a decline; the season needs a preposition of time before it
				switch c.low(j - 1) {
				case "in", "during", "by", "until", "through", "over", "since", "this", "last", "next":
				default:
					return match{}, false
				}
				if c.low(j+2) == "in" {
					return match{}, false // "in the fall in prices"
				}
			}
			return match{end: j + 2, typ: "DATE", val: c.seasonVal(code, 0, c.tense(j, j+2))}, true
		}
	}
	if code, ok := seasons.lookup(w); ok && positionMods.get(c.low(j-1)) != "" && c.low(j-2) == "the" {
		return match{end: j + 1, typ: "DATE", val: c.seasonVal(code, 0, c.tense(j, j+1))}, true
	}
	// "the weekend", "over the weekend", "Ukraine's weekend drone attack": the one before
	// publication unless the verb is future.
	if w == "the" && c.low(j+1) == "weekend" || w == "weekend" && (c.low(j-1) == "s" && c.low(j-2) == "'" || c.low(j-1) == "its" || c.low(j-1) == "their") && c.isWord(j+1) && !c.toks[j+1].upper {
		e := j + 1
		if w == "the" {
			e++
		}
		if !c.hasDCT {
			return match{end: e, typ: "DATE", val: "XXXX-WXX-WE"}, true
		}
		sat := weekdayFrom(c.dct, 6, -1, false)
		if w == "the" && c.tense(j, e) > 0 { // a possessive's weekend has happened
			sat = weekdayFrom(c.dct, 6, 1, false)
		}
		return match{end: e, typ: "DATE", val: weekVal(sat) + "-WE"}, true
	}
	// "earlier in the day", "later in the day": the day last named, else the report's.
	// TimeBank marks neither this nor the next form (TimeML mode keeps to it).
	if (w == "earlier" || w == "later") && c.low(j+1) == "in" && c.low(j+2) == "the" && c.low(j+3) == "day" && !c.opt.PlainNights {
		return match{end: j + 4, typ: "DATE", val: c.anchorDay(j)}, true
	}
	// "the evening of February 3, 2023", "the morning of May 13": that day's part
	if w == "the" && c.low(j+2) == "of" && !c.opt.PlainNights {
		if p, ok := dayParts.lookup(c.low(j + 1)); ok && len(p) == 2 {
			if m, ok := c.monthExpr(j + 3); ok && isDay(m.val) {
				return match{end: m.end, typ: "TIME", val: m.val + "T" + p}, true
			}
			if m, ok := c.dayFirst(j + 3); ok {
				return match{end: m.end, typ: "TIME", val: m.val + "T" + p}, true
			}
		}
	}
	// "for the year", "the fiscal year ended June 30", "the full year"
	if w == "the" {
		k := j + 1
		switch c.low(k) {
		case "full", "fiscal", "current", "entire", "whole":
			k++
		}
		if c.low(k) != "year" {
			return match{}, false
		}
		switch c.low(k + 1) {
		case "ended", "ending", "ends":
			return match{end: k + 1, typ: "DURATION", val: "P1Y"}, true
		}
		switch c.low(j - 1) {
		case "for", "of", "during", "through", "throughout":
			if c.low(k+1) == "'" || c.low(k+1) == "ago" || c.low(k+1) == "before" || c.low(k+1) == "earlier" {
				return match{}, false
			}
			return match{end: k + 1, typ: "DATE", val: c.shift("Y", 0)}, true
		}
	}
	return match{}, false
}

// spelledYear reads years written out, as transcripts do: "nineteen ninety-six",
// "nineteen seventy-nine", "two thousand".
func (c *ctx) spelledYear(k int) (int, int, bool) {
	century := 0
	switch c.low(k) {
	case "nineteen":
		century = 1900
	case "eighteen":
		century = 1800
	case "two":
		if c.low(k+1) == "thousand" {
			y, e := 2000, k+2
			if c.low(e) == "and" {
				e++
			}
			if n := numberWords.get(c.low(e)); n > 0 && n < 20 {
				return y + n, e + 1, true
			}
			if c.low(k-1) == "year" || c.low(k-1) == "in" || c.low(k-1) == "by" || c.low(k-1) == "until" {
				return y, e, true
			}
		}
		return 0, 0, false
	default:
		return 0, 0, false
	}
	w := c.low(k + 1)
	n := numberWords.get(w)
	switch {
	case tens.get(w):
		e := k + 2
		if c.hyph(e) && numberWords.get(c.low(e+1)) > 0 && numberWords.get(c.low(e+1)) < 10 {
			n += numberWords.get(c.low(e + 1))
			e += 2
		}
		return century + n, e, true
	case n >= 10 && n < 20:
		return century + n, k + 2, true
	case w == "oh" && numberWords.get(c.low(k+2)) > 0 && numberWords.get(c.low(k+2)) < 10:
		return century + numberWords.get(c.low(k+2)), k + 3, true
	}
	return 0, 0, false
}
