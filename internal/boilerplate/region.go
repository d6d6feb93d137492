package boilerplate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/doc"
)

// blockState is what the classifier knows about one block while it works.
type blockState struct {
	reasons []string // boilerplate signals that fired, in order
	end     bool     // an end marker: comments, related list, newsletter, appeal
	final   bool     // an end marker nothing of the report follows: comments, newsletter, appeal
	weak    bool     // a signal that only counts outside the article (a cut-off teaser)
	label   string   // "heading", "byline", "dateline", "caption" when recognised
	// dup is 1 + the index of the block this one repeats word for word (0:
	// none), and dupReason the reason that added; an article may repeat its
	// own lines (a recipe, a refrain), which is forgiven inside the body.
	dup       int
	dupReason string
}

// drop removes reason r.
func (s *blockState) drop(r string) {
	for k, x := range s.reasons {
		if x == r {
			s.reasons = append(s.reasons[:k], s.reasons[k+1:]...)
			return
		}
	}
}

func (s *blockState) add(r string) {
	if r == "" {
		return
	}
	for _, x := range s.reasons {
		if x == r {
			return
		}
	}
	s.reasons = append(s.reasons, r)
}

func (s *blockState) flagged() bool { return len(s.reasons) > 0 }

// signals runs the text-only signals, the ones both inputs share (HTML adds
// structure on top, html.go). Blocks are examined on demand, so a page's
// hundreds of menu entries outside the article cost nothing.
type signals struct {
	blocks []doc.Block
	st     []blockState
	rep    []int
	done   []bool
}

func newSignals(blocks []doc.Block) *signals {
	return &signals{blocks: blocks, st: make([]blockState, len(blocks)), rep: Repeats(blocks), done: make([]bool, len(blocks))}
}

// textSignals runs every text signal on every block.
func textSignals(blocks []doc.Block) []blockState {
	g := newSignals(blocks)
	for i := range blocks {
		g.run(i)
	}
	return g.st
}

// run examines block i once.
func (g *signals) run(i int) {
	if g.done[i] {
		return
	}
	g.done[i] = true
	blocks, rep := g.blocks, g.rep
	{
		b := &blocks[i]
		s := &g.st[i]
		t := b.Text
		if b.Bullet {
			t = stripBullet(t) // "• Facebook" is the share button "Facebook"
		}
		for _, f := range [...]func(string) string{CommentPrompt, NewsletterSignup, DonationAppeal} {
			if r := f(t); r != "" {
				s.add(r)
				s.end, s.final = true, true
				break // "Your email address will not be published": one reason is enough
			}
		}
		if r := RelatedHeading(t); r != "" {
			s.add(r)
			s.end = true // but a "Read more" box may sit inside the report
		}
		if r := PageNote(t); r != "" {
			s.add(r)
			s.end = b.Words >= shortWords // a long note closes the report; "Home" does not
		}
		s.add(ShareButtons(t))
		s.add(PromoLine(t))
		s.add(Copyright(t))
		if b.Tag != "td" && b.Tag != "th" {
			s.add(Counter(t)) // a number in a table is data
		}
		if rep[i] >= 0 {
			r := fmt.Sprintf("repeats paragraph %d", blockNumber(blocks, rep[i]))
			if key(t, 1<<20) == key(blocks[rep[i]].Text, 1<<20) {
				s.dup, s.dupReason = rep[i]+1, r
			} else if !endsSentence(t) {
				r += ", cut off"
			}
			s.add(r)
		} else if b.Words >= bodyThreshold && Truncated(t) {
			s.weak = true
		}
		switch {
		case Dateline(t):
			s.label = "dateline"
		case Byline(t, b.Words):
			s.label = "byline"
		case Caption(t):
			s.label = "caption"
		}
	}
}

// blockNumber is how a reason names a block: its line in a text report, its
// 1-based position otherwise.
func blockNumber(blocks []doc.Block, i int) int {
	if blocks[i].Line > 0 {
		return blocks[i].Line
	}
	return i + 1
}

// densestRun finds the run of blocks [s, e] with the highest sum of
// score(i): the main content region, where long paragraphs outweigh the
// short and flagged blocks between them. Kadane's algorithm, linear.
// ok is false when no block scores above zero.
func densestRun(n int, score func(i int) int) (s, e int, ok bool) {
	best, cur, cs := 0, 0, 0
	s, e = -1, -1
	for i := 0; i < n; i++ {
		if cur <= 0 {
			cur, cs = 0, i
		}
		cur += score(i)
		if cur > best {
			best, s, e = cur, cs, i
		}
	}
	return s, e, best > 0
}

// cutAtEndMarker ends the region before the first end marker (comment
// prompt, related heading, newsletter, appeal) that comes after most of the
// region's words: what follows such a marker at the end of a report belongs
// to the page, not to the report. An early marker is left alone: it is an
// inline promo, handled as a single block.
//
// With resume set (pages), a marker after which the report resumes — at
// least endResumeShare as much prose as came before it — is an inline box
// ("Read more: ..." between two paragraphs), not the end.
func cutAtEndMarker(blocks []doc.Block, st []blockState, s, e int, resume bool) int {
	total := 0
	for i := s; i <= e; i++ {
		if !st[i].flagged() {
			total += blocks[i].Words
		}
	}
	// after[i-s] is the prose from block i to e: a suffix sum, so the
	// resume test stays linear however many markers there are.
	var after []int
	if resume {
		after = make([]int, e-s+2)
		for i := e; i >= s; i-- {
			after[i-s] = after[i-s+1]
			if isProse(&blocks[i], &st[i]) {
				after[i-s] += blocks[i].Words
			}
		}
	}
	seen := 0
	for i := s; i <= e; i++ {
		if st[i].end && float64(seen) >= endMarkerShare*float64(total) {
			if !resume || float64(after[i-s+1]) < endResumeShare*float64(seen) {
				return i - 1
			}
		}
		if !st[i].flagged() {
			seen += blocks[i].Words
		}
	}
	return e
}

// titleBefore finds the report's headline among the blocks just before the
// body start s: the nearest unflagged block of headline length.
func titleBefore(blocks []doc.Block, st []blockState, s int) int {
	for i := s - 1; i >= 0 && i >= s-titleWindow; i-- {
		b := &blocks[i]
		if st[i].flagged() || st[i].label != "" {
			continue
		}
		if b.Words >= titleMinWords && b.Words <= titleMaxWords && !strings.HasSuffix(b.Text, ":") {
			return i
		}
	}
	return -1
}

// menuRuns marks runs of at least three consecutive short blocks (menus,
// category lists, button rows) in [from, to).
func menuRuns(blocks []doc.Block, st []blockState, from, to int) {
	for i := from; i < to; {
		j := i
		for j < to && blocks[j].Words <= shortWords && st[j].label == "" {
			j++
		}
		if j-i >= menuMinLines {
			for k := i; k < j; k++ {
				if !st[k].flagged() {
					st[k].add(reasonMenu)
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// datedHeadlines marks headline-sized blocks next to a date-only block in
// [from, to): the sidebars of other stories with their dates.
func datedHeadlines(blocks []doc.Block, st []blockState, from, to int) {
	for i := from; i < to; i++ {
		if !Dateline(blocks[i].Text) && !(blocks[i].Words <= datedMaxWords && dateInRe.MatchString(blocks[i].Text)) {
			continue
		}
		st[i].add(reasonDated)
		for k := i - datedBefore; k <= i+datedAfter; k++ {
			if k >= from && k < to && blocks[k].Words <= titleMaxWords {
				st[k].add(reasonDated)
			}
		}
	}
}

// stripBullet drops a leading list bullet and the space after it.
func stripBullet(t string) string {
	_, n := utf8.DecodeRuneInString(t)
	return strings.TrimLeft(t[n:], " ")
}
