package boilerplate

import (
	"unicode"

	"github.com/crossread/crossread/internal/doc"
)

// Verdict is the decision for one block.
type Verdict struct {
	Label       string // "article", "heading", "byline", "dateline", "caption", or "boilerplate"
	Boilerplate bool   // true when the reader can skip the block
	Reason      string // for boilerplate: short human reason, e.g. "link list: 9 links, 2 words each", "repeats paragraph 3, cut off", "newsletter sign-up"
}

// Classify returns one verdict per block of d, in order.
func Classify(d *doc.Document) []Verdict {
	if d == nil || len(d.Blocks) == 0 {
		return nil
	}
	blocks := countWords(d.Blocks)
	if d.IsText {
		return classifyText(blocks)
	}
	return classifyHTML(blocks)
}

// countWords returns the blocks with Words (and LinkWords, in proportion)
// counted so that every length threshold means the same in scripts written
// without spaces: a run of Han, Kana or Hangul counts one word per
// cjkRunesPerWord characters. The input is not modified; the slice is only
// copied when some block needs it.
func countWords(blocks []doc.Block) []doc.Block {
	var out []doc.Block
	for i := range blocks {
		b := &blocks[i]
		cjk := 0
		for _, r := range b.Text {
			if r >= cjkMin && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)) {
				cjk++
			}
		}
		if cjk < cjkRunesPerWord*2 {
			continue
		}
		if out == nil {
			out = make([]doc.Block, len(blocks))
			copy(out, blocks)
		}
		w := b.Words + cjk/cjkRunesPerWord
		out[i].LinkWords = b.LinkWords * w / max(b.Words, 1)
		out[i].Words = w
	}
	if out == nil {
		return blocks
	}
	return out
}

// Body reports whether the block is the report's body text: label
// "article". Headline, byline, date line and captions are neither body nor
// boilerplate; a main-text extractor prints only Body blocks.
func (v Verdict) Body() bool { return v.Label == "article" }

// cjkMin is the lowest rune of the CJK scripts countWords counts: the
// runes below it (all of most pages) skip the four table searches.
var cjkMin = func() rune {
	m := rune(unicode.MaxRune)
	for _, t := range []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul} {
		if len(t.R16) > 0 {
			m = min(m, rune(t.R16[0].Lo))
		} else if len(t.R32) > 0 {
			m = min(m, rune(t.R32[0].Lo))
		}
	}
	return m
}()
