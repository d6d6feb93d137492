package dates

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// Timex is one temporal expression found in a block of text.
type Timex struct {
	Block      int    // index into the blocks slice passed to Tag
	Start, End int    // half-open code-point (rune) offsets into that block's text
	Text       string // the block text between Start and End
	Type       string // DATE | TIME | DURATION | SET
	Value      string // TIMEX3 value: 2022-05-13, 2022-05, 2022-W19, 2022-Q2, P79D, PT1H, XXXX-WXX-5, ...
	Mod        string // "", START, MID, END, APPROX (TIMEX3 mod)
}

// Options select what is tagged beyond concrete dates, times, durations and sets.
type Options struct {
	// RefWords tags deictic words with reference values: now, currently, current ->
	// PRESENT_REF; recently, the past -> PAST_REF; the future -> FUTURE_REF (TimeML annotates
	// them; "soon" and "previously" are left out, TimeBank marks too few of them).
	RefWords bool
	// Vague tags unquantified plural units ("for years" -> PXY, "recent weeks").
	Vague bool
	// PlainNights writes "Friday night" and "tonight" as the plain day (TimeBank's usual
	// annotation) instead of 2022-10-21TNI.
	PlainNights bool
}

// HighlightOptions is what Tag uses: a reader wants the concrete dates marked, not every "now".
var HighlightOptions = Options{}

// TimeMLOptions is what TagDoc uses: the TimeML annotation conventions of TimeBank.
var TimeMLOptions = Options{RefWords: true, Vague: true, PlainNights: true}

// Tag finds the temporal expressions in blocks (one block = one paragraph/line of an article) and
// resolves relative ones against dct (the report's publication date). A zero dct means unknown:
// relative values then stay underspecified. skip[i]==true means block i is boilerplate.
func Tag(blocks []string, dct time.Time, skip []bool) []Timex {
	return TagWith(blocks, dct, skip, HighlightOptions)
}

// TagWith is Tag with explicit options.
func TagWith(blocks []string, dct time.Time, skip []bool, opt Options) []Timex {
	c := newCtx(dct, opt)
	var out []Timex
	for bi, b := range blocks {
		if bi < len(skip) && skip[bi] {
			continue
		}
		out = c.run(b, bi, out)
	}
	return out
}

// TagDoc tags one running text (newlines included) with TimeML conventions; offsets are code
// points into the whole text and Block is 0.
func TagDoc(text string, dct time.Time) []Timex {
	c := newCtx(dct, TimeMLOptions)
	return c.run(text, 0, nil)
}

// ctx carries what one tagging call knows: the anchor date, options, and the tokens of the
// block being scanned.
type ctx struct {
	dct    time.Time
	hasDCT bool
	opt    Options
	toks   []token
	// lastQuarter is the most recent quarter value mentioned; financial reports say "a year
	// earlier" meaning that quarter a year before.
	lastQuarter string
	// tenseFrom, when >= 0, is where tense cues are measured from (the start of a longer
	// expression that a nested rule is resolving).
	tenseFrom int
	// anchorYear is the last year written out in full ("in 1995"), for "that year" and "the
	// following year".
	anchorYear int
	// lastDay is the last single day tagged (YYYY-MM-DD) and lastDaySent its sentence index, for
	// clock times without a day.
	lastDay     string
	lastDaySent int
	// runes and the toks array are reused from block to block.
	runes []rune
}

func newCtx(dct time.Time, opt Options) *ctx {
	c := &ctx{opt: opt, tenseFrom: -1}
	if !dct.IsZero() {
		c.dct = date(dct.Year(), int(dct.Month()), dct.Day())
		c.hasDCT = true
	}
	return c
}

// match is one recognised expression: tokens [i, end).
type match struct {
	end           int
	typ, val, mod string
}

func (c *ctx) run(text string, block int, out []Timex) []Timex {
	rs := c.runes[:0]
	for _, r := range text { // as []rune(text), into the reused buffer
		rs = append(rs, r)
	}
	c.runes = rs
	src := ""
	if utf8.ValidString(text) {
		src = text // then token texts and Timex texts are slices of it
	}
	c.toks = scanInto(c.toks[:0], rs, src)
	c.lastDay = "" // sentence indices restart with every block
	for i := 0; i < len(c.toks); {
		m, ok := c.matchAt(i)
		if !ok {
			i++
			continue
		}
		s, e := c.toks[i].s, c.toks[m.end-1].e
		var tx string
		if src != "" {
			last := c.toks[m.end-1]
			tx = src[c.toks[i].bs : last.bs+len(last.text)]
		} else {
			tx = string(rs[s:e])
		}
		out = append(out, Timex{Block: block, Start: s, End: e, Text: tx, Type: m.typ, Value: m.val, Mod: m.mod})
		if len(m.val) >= 10 && m.val[4] == '-' && m.val[7] == '-' && m.val[0] != 'X' {
			c.lastDay, c.lastDaySent = m.val[:10], c.toks[i].sent
		}
		if c.isExplicitYear(i, m) {
			c.anchorYear, _ = strconv.Atoi(m.val[:4])
		}
		i = m.end
	}
	return out
}

// token access helpers; out-of-range indices read as empty.
func (c *ctx) low(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.toks[i].low
}

// adj reports whether token i is glued to token i-1 (no whitespace between).
func (c *ctx) adj(i int) bool { return i > 0 && i < len(c.toks) && !c.toks[i].gap }

func (c *ctx) isNum(i int) bool { return i >= 0 && i < len(c.toks) && c.toks[i].kind == tNum }

func (c *ctx) isWord(i int) bool { return i >= 0 && i < len(c.toks) && c.toks[i].kind == tWord }

// hyph reports a hyphen glued on both sides at i ("mid-April", "two-year").
func (c *ctx) hyph(i int) bool {
	return c.low(i) == "-" && c.adj(i) && c.adj(i+1)
}

// matchAt tries every rule at token i, after optional modifier prefixes, and keeps the longest.
func (c *ctx) matchAt(i int) (match, bool) {
	// Handles and tags are names, not dates: "@sunday_woman", "#May2022".
	if p := c.low(i - 1); c.adj(i) && (p == "@" || p == "#" || p == "_") || c.low(i+1) == "_" && c.adj(i+1) {
		return match{}, false
	}
	j, mod, pos := c.prefix(i)
	m, ok := c.core(j)
	if !ok {
		if j != i {
			// The prefix may itself start an expression ("the" in "the past", "late" alone is nothing).
			m, ok = c.core(i)
			if ok {
				return m, true
			}
		}
		return m, false
	}
	if mod != "" && (pos || m.mod == "") {
		// Position words only make sense on calendar periods, not on durations.
		if !(pos && m.typ == "DURATION") {
			m.mod = mod
		}
	}
	return m, true
}

// prefix consumes modifier words: approximation (about, nearly), bounds (more than, at least,
// up to) and position (early, mid-, late, the end of). pos reports a position modifier.
func (c *ctx) prefix(i int) (j int, mod string, pos bool) {
	j = i
	for k := 0; k < 3; k++ {
		w := c.low(j)
		switch {
		case w == "just" && (c.low(j+1) == "over" || c.low(j+1) == "under"):
			j++
		case approxWords.get(w) && w != "some" && weekdays.get(c.low(j+1)) == 0:
			mod = "APPROX"
			j++
		case w == "some" && (c.isNum(j+1) || numberWords.get(c.low(j+1)) > 0):
			mod = "APPROX"
			j++
		case (w == "more" || w == "less" || w == "fewer") && c.low(j+1) == "than":
			j += 2
		case w == "no" && (c.low(j+1) == "more" || c.low(j+1) == "less") && c.low(j+2) == "than":
			j += 3
		case w == "at" && (c.low(j+1) == "least" || c.low(j+1) == "most"):
			j += 2
		case w == "up" && c.low(j+1) == "to":
			j += 2
		case boundWords.get(w) && (c.low(j+1) == "a" || c.low(j+1) == "an"):
			j++
		case w == "the" && positionMods.get(c.low(j+1)) != "" && c.low(j+1) != "later" && c.low(j+1) != "earlier":
			j++
		case (w == "end" || w == "beginning" || w == "start" || w == "middle") && c.low(j+1) == "of":
			mod, pos = positionMods.get(w), true
			j += 2
		case w == "mid" || ((w == "early" || w == "late") && c.hyph(j+1)):
			mod, pos = positionMods.get(w), true
			j++
			if c.hyph(j) {
				j++
			}
		case w == "early" || w == "late":
			mod, pos = positionMods.get(w), true
			j++
		case (w == "earlier" || w == "later") && (c.low(j+1) == "this" || c.low(j+1) == "that" || c.low(j+1) == "yesterday"):
			mod, pos = positionMods.get(w), true
			j++
		default:
			return j, mod, pos
		}
	}
	return j, mod, pos
}

// core runs the expression rules at j and keeps the longest match.
func (c *ctx) core(j int) (match, bool) {
	if j >= len(c.toks) {
		return match{}, false
	}
	best := match{}
	found := false
	try := func(m match, ok bool) {
		if ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	t := c.toks[j]
	switch t.kind {
	case tNum:
		try(c.numeric(j))
		try(c.quantity(j))
		try(c.dayMonth(j))
	case tWord:
		try(c.monthExpr(j))
		try(c.weekdayExpr(j))
		try(c.deictic(j))
		try(c.relative(j))
		try(c.quantity(j))
		try(c.quarterExpr(j))
		try(c.setExpr(j))
		try(c.refExpr(j))
		try(c.holiday(j))
		try(c.periodPhrase(j))
	case tPunct:
		if t.low == "'" && c.isNum(j+1) && c.toks[j+1].ndig == 2 && c.adj(j+1) {
			try(c.numeric(j))
		}
	}
	if found && best.typ == "DATE" && isDay(best.val) {
		best = c.withClock(best)
	}
	return best, found
}

// isExplicitYear reports whether match m at token i wrote its year in digits ("1995",
// "May 22, 1995"), so later "that year" can refer to it.
func (c *ctx) isExplicitYear(i int, m match) bool {
	if len(m.val) < 4 || m.val[0] < '0' || m.val[0] > '9' || m.val[3] < '0' || m.val[3] > '9' {
		return false
	}
	for k := i; k < m.end; k++ {
		if c.toks[k].kind == tNum && c.toks[k].ndig == 4 {
			return true
		}
	}
	return false
}

// isDay reports a value that is one calendar day, YYYY-MM-DD.
func isDay(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' && v[0] >= '0' && v[0] <= '9'
}
