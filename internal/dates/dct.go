package dates

import (
	"strconv"
	"strings"
	"time"
)

// DCTFromText finds a publication date written in the report itself (a dateline such as
// "October 21, 2022" alone on a line, "Published May 13, 2022", "WASHINGTON, May 13 (Reuters) -"
// with a year elsewhere), returning the block index it came from; ok=false if none.
func DCTFromText(blocks []string, skip []bool) (day time.Time, block int, ok bool) {
	skipped := func(i int) bool { return i < len(skip) && skip[i] }
	c := newCtx(time.Time{}, HighlightOptions)
	// Pass 1: a complete date that is the block, or follows a "published" word.
	for bi, b := range blocks {
		if skipped(bi) || !mayHoldDateline(b) {
			continue
		}
		rs := []rune(b)
		c.toks = scan(rs)
		words := 0
		for _, t := range c.toks {
			if t.kind != tPunct {
				words++
			}
		}
		for i := 0; i < len(c.toks); i++ {
			m, found := c.matchAt(i)
			if !found {
				continue
			}
			if d, isDay := parseDay(m.val); isDay {
				span := 0
				for _, t := range c.toks[i:m.end] {
					if t.kind != tPunct {
						span++
					}
				}
				lead := i > 0 && publishWords.get(c.low(i-1)) || i > 1 && publishWords.get(c.low(i-2))
				if span*2 >= words || words <= 10 || lead {
					return d, bi, true
				}
			}
			i = m.end - 1
		}
	}
	// Pass 2: a wire dateline "CITY, May 13 (Reuters) -" near the top, year from elsewhere.
	for bi, b := range blocks {
		if skipped(bi) {
			continue
		}
		c.toks = scan([]rune(b))
		for i := 1; i < len(c.toks) && i < 8; i++ {
			if c.low(i-1) != "," {
				continue
			}
			m, found := c.monthExpr(i)
			if !found || len(m.val) != 10 || m.val[:4] != "XXXX" {
				continue
			}
			if n := c.low(m.end); n != "(" && n != "-" && n != "--" && n != "/" {
				continue
			}
			y, ok := yearElsewhere(blocks, skip)
			if !ok {
				continue
			}
			mo, _ := strconv.Atoi(m.val[5:7])
			d, _ := strconv.Atoi(m.val[8:10])
			return date(y, mo, d), bi, true
		}
	}
	return time.Time{}, -1, false
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

// mayHoldDateline is a cheap test before tokenizing a block: pass 1 only takes
// a date that is most of a short block or follows a publication word, so long
// blocks without such a word cannot hold one. Without it the search tags every
// paragraph of the page a second time.
func mayHoldDateline(b string) bool {
	if len(b) <= datelineMaxBytes {
		return true
	}
	low := strings.ToLower(b)
	for w := range publishWords.m {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// datelineMaxBytes bounds the blocks read whole: ten words of a dateline with
// punctuation fit easily.
const datelineMaxBytes = 120
