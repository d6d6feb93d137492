package boilerplate

import "github.com/crossread/crossread/internal/doc"

// Verdict is the decision for one block.
type Verdict struct {
	Label       string // "article", "heading", "byline", "dateline", "caption", or "boilerplate"
	Boilerplate bool   // true when the reader can skip the block
	Reason      string // for boilerplate: short human reason
}

// Classify returns one verdict per block of d, in order.
func Classify(d *doc.Document) []Verdict {
	out := make([]Verdict, len(d.Blocks))
	for i := range out {
		out[i] = Verdict{Label: "article"}
	}
	return out
}
