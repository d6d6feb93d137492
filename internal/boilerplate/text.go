package boilerplate

import (
	"strings"

	"github.com/crossread/crossread/internal/doc"
)

// classifyText handles a plain-text report: one block per line, no markup,
// so everything rests on the text signals and on where a line sits relative
// to the densest run of long lines.
func classifyText(blocks []doc.Block) []Verdict {
	st := textSignals(blocks)
	s, e, ok := firstDenseRun(blocks, st, func(i int) int {
		switch {
		case st[i].dup > 0 && len(st[i].reasons) == 1:
			return 0 // a line said twice: the report's refrain or the page's menu, decided below
		case st[i].flagged() || st[i].weak:
			return -flaggedCost
		case datedLine(&blocks[i], &st[i]):
			// a date alone on its line inside the body is a teaser card's
			// (the report's own date sits above the body)
			return -flaggedCost
		}
		return blocks[i].Words - bodyThreshold
	})
	out := make([]Verdict, len(blocks))
	if !ok {
		// No prose at all: keep everything the signals do not reject.
		for i := range blocks {
			out[i] = verdict(&st[i], "")
		}
		return out
	}
	for i := s; i <= e; i++ {
		if d := st[i].dup - 1; d >= s && d <= e {
			st[i].drop(st[i].dupReason) // the report repeats itself: its business
		}
	}
	menuRuns(blocks, st, 0, s)
	datedHeadlines(blocks, st, e+1, len(blocks))
	menuRuns(blocks, st, e+1, len(blocks))
	title := titleBefore(blocks, st, s)
	if title >= 0 && endsSentence(blocks[title].Text) {
		// a sentence right above the body is the standfirst; the headline, if the
		// page has one, is the line of headline shape above it
		for i := title - 1; i >= 0 && i >= s-titleWindow; i-- {
			if headlineLike(&blocks[i], &st[i]) {
				title = i
				break
			}
		}
	}
	deck := -1
	if title > 0 && headlineLike(&blocks[title-1], &st[title-1]) && headlineLike(&blocks[title], &st[title]) {
		// two headline-shaped lines in a row: the headline, then its deck
		deck, title = title, title-1
	}
	if next := nextUnlabelled(st, s+1, e); title < 0 && next >= 0 && headlineLike(&blocks[s], &st[s]) && blocks[next].Words > blocks[s].Words {
		// The run may open with the headline itself: a sentence without
		// its full stop, followed by the longer lead.
		title, s = s, s+1
	}
	for i := range blocks {
		b := &blocks[i]
		switch {
		case i >= s && i <= e:
			out[i] = verdict(&st[i], "")
		case i == title:
			out[i] = Verdict{Label: "heading"}
		case i == deck:
			out[i] = Verdict{Label: "article"}
		case i < s && (i > title && title >= 0 || title < 0 && i >= s-titleWindow) && !st[i].flagged() && (st[i].label == "dateline" || st[i].label == "byline"):
			// Between the headline and the body (or just above the body): the report's own date and author.
			out[i] = Verdict{Label: st[i].label}
		case i < s && (i > title || i == title-1) && title >= 0 && !st[i].flagged() && st[i].label == "" && blocks[i].Words >= titleMinWords && endsSentence(b.Text):
			// Between the headline and the body, or right above the headline, a
			// sentence: the standfirst or the page's summary of the report.
			out[i] = Verdict{Label: "article"}
		case i > e && i <= e+creditWindow && st[i].label == "byline" && !st[i].flagged() && !strings.HasPrefix(b.Text, "by "):
			// A credit line right after the body is the report's own.
			out[i] = Verdict{Label: "byline"}
		case i < s:
			out[i] = verdict(&st[i], reasonBefore)
		default:
			if st[i].weak {
				st[i].add("teaser, cut off")
			}
			out[i] = verdict(&st[i], reasonAfter)
		}
	}
	return out
}

// verdict turns a block's state into its Verdict. outside is the reason to
// give when the block is boilerplate for its position alone ("" inside the
// article, where only the block's own signals count).
func verdict(s *blockState, outside string) Verdict {
	if s.flagged() {
		return Verdict{Label: "boilerplate", Boilerplate: true, Reason: strings.Join(s.reasons, ", ")}
	}
	if outside != "" {
		return Verdict{Label: "boilerplate", Boilerplate: true, Reason: outside}
	}
	if s.label != "" {
		return Verdict{Label: s.label}
	}
	return Verdict{Label: "article"}
}

// firstDenseRun splits the report at its end markers (comment prompts,
// related headings, newsletter and donation pleas) and at short dated lines
// (the date of a teaser card), and returns the densest
// run of the first part that holds a run at least earliestShare as dense as
// the best one. A report comes before its comments and its "You May Also
// Like": a long comment thread or a column of teasers further down must not
// win over a shorter report above it.
func firstDenseRun(blocks []doc.Block, st []blockState, score func(int) int) (s, e int, ok bool) {
	type run struct{ s, e, sum, wall int } // wall: the end marker that opens the part, or -1
	var runs []run
	best := 0
	thread := false // inside a comment thread
	for from := 0; from < len(blocks); {
		to := from
		for to < len(blocks) && (to == from || !st[to].end && !datedLine(&blocks[to], &st[to])) {
			to++
		}
		rs, re, rok := densestRun(to-from, func(i int) int { return score(from + i) })
		if rok {
			sum := 0
			for i := rs; i <= re; i++ {
				sum += score(from + i)
			}
			if thread {
				// a comment is prose too, but comes after the report
				sum = int(threadWeight * float64(sum))
			}
			wall := -1
			if st[from].end || datedLine(&blocks[from], &st[from]) {
				wall = from
			}
			runs = append(runs, run{from + rs, from + re, sum, wall})
			best = max(best, sum)
		}
		for i := from; i < to && !thread; i++ {
			thread = CommentThread(blocks[i].Text)
		}
		from = to
	}
	for k, r := range runs {
		if float64(r.sum) < earliestShare*float64(best) {
			continue
		}
		// A related box inside the report: a "Read more" heading, a few
		// headlines, and the report resumes. Join the parts.
		for k+1 < len(runs) {
			n := runs[k+1]
			if n.wall < 0 || st[n.wall].final || n.wall <= r.e || n.s-n.wall > boxMaxLines || float64(n.sum) < boxResumeShare*float64(r.sum) {
				break
			}
			r.e = n.e
			k++
		}
		return r.s, r.e, true
	}
	return -1, -1, false
}

// datedLine reports a short line that carries a date: a teaser card's date
// or "By X | Nov 19, 2019". The signature line of an embedded post
// ("— Name (@handle) October 9, 2018") is the report's quote, not a card.
func datedLine(b *doc.Block, s *blockState) bool {
	if s.label != "dateline" && (b.Words > datedMaxWords || !dateInRe.MatchString(b.Text)) {
		return false
	}
	return !strings.Contains(b.Text, "(@") && !strings.HasPrefix(b.Text, "—")
}

// headlineLike reports a line of headline length that does not end like a
// sentence.
func headlineLike(b *doc.Block, s *blockState) bool {
	return !s.flagged() && s.label == "" && b.Words >= titleMinWords && b.Words <= titleMaxWords && !endsSentence(b.Text)
}

// nextUnlabelled returns the first block in [from, to] without a label
// (caption, byline, date), or -1.
func nextUnlabelled(st []blockState, from, to int) int {
	for i := from; i <= to; i++ {
		if st[i].label == "" {
			return i
		}
	}
	return -1
}
