package annotate

import (
	"strings"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/doc"
)

// mergeBoilerplate joins runs of neighbouring boilerplate blocks with the same
// verdict into one block on the element that holds exactly them: a "more
// stories" <nav> of fifty links becomes one block on the <nav>, not fifty on
// its <li>s. The reader sees the same marks (the shim dims the block's
// element); the shim gets far fewer blocks to receive, parse, anchor and
// paint — a page of 10 MB of link lists goes from ~74,000 blocks to ~1,500.
//
// A merged block's text is its element's whole normalized text, built from
// the blocks' page-stream positions (doc.Block.At), so the shim's check
// (the text at path + offset equals the block's text) holds as for any other
// block. Mentions and dates inside merged blocks are moved onto the merged
// block. Only the shim asks for this (wasm meta "compact"); the CLI keeps one
// block per paragraph, which the external scorers count.
func mergeBoilerplate(res *Result, d *doc.Document) {
	n := len(res.Blocks)
	if n < 2 || len(d.Blocks) != n {
		return
	}
	m := merger{res: res, d: d, where: make([]moved, n)}
	for i := 0; i < n; {
		j := i
		if m.mergeable(i) {
			for j+1 < n && m.mergeable(j+1) && sameVerdict(res.Blocks[i], res.Blocks[j+1]) {
				j++
			}
		}
		m.split(i, j)
		i = j + 1
	}
	if len(m.out) == n {
		return
	}
	for k := range m.out {
		m.out[k].ID = k
	}
	res.Blocks = m.out
	for oi := range res.Officials {
		for mi := range res.Officials[oi].Mentions {
			mm := &res.Officials[oi].Mentions[mi]
			mm.Block, mm.Start, mm.End = m.move(mm.Block, mm.Start, mm.End)
		}
	}
	for di := range res.Dates {
		dd := &res.Dates[di]
		dd.Block, dd.Start, dd.End = m.move(dd.Block, dd.Start, dd.End)
	}
}

// moved says where an old block went: new block index and the code-point
// shift of its text inside the new block's text.
type moved struct{ block, shift int }

type merger struct {
	res   *Result
	d     *doc.Document
	out   []Block
	where []moved
}

func (m *merger) mergeable(i int) bool {
	return m.res.Blocks[i].Boilerplate && len(m.d.Blocks[i].Path) > 0
}

func sameVerdict(a, b Block) bool {
	return a.Reason == b.Reason && a.Label == b.Label
}

func (m *merger) move(block, start, end int) (int, int, int) {
	if block < 0 || block >= len(m.where) {
		return block, start, end
	}
	w := m.where[block]
	return w.block, start + w.shift, end + w.shift
}

// split emits blocks i..j (one verdict, document order) as few blocks as it
// can: all of them on their common ancestor when they are all of its text,
// else each group under one child of that ancestor, recursively.
func (m *merger) split(i, j int) {
	if i == j {
		m.keep(i)
		return
	}
	a := m.d.Blocks[i].Path
	same := true
	for k := i + 1; k <= j; k++ {
		p := m.d.Blocks[k].Path
		if !equalInts(p, a) {
			same = false
		}
		a = commonPrefix(a, p)
	}
	if same {
		// Neighbours in one container: one block at the first one's offset.
		if m.join(i, j, a, m.d.Blocks[i].Offset, m.res.Blocks[i].Tag) {
			return
		}
		for k := i; k <= j; k++ {
			m.keep(k)
		}
		return
	}
	if (i == 0 || !under(m.d.Blocks[i-1].Path, a)) && (j+1 >= len(m.d.Blocks) || !under(m.d.Blocks[j+1].Path, a)) {
		// The blocks are all the text the ancestor holds: one block on it.
		if m.join(i, j, a, 0, tagAt(m.d.Blocks[i], len(a))) {
			return
		}
	}
	// Group by the ancestor's child each block is under; blocks directly in
	// the ancestor group with their direct neighbours.
	for k := i; k <= j; {
		l := k
		for l+1 <= j && sameChild(m.d.Blocks[k].Path, m.d.Blocks[l+1].Path, len(a)) {
			l++
		}
		if l-k == j-i {
			// No progress possible (cannot happen: the paths differ below a).
			for x := k; x <= l; x++ {
				m.keep(x)
			}
			return
		}
		m.split(k, l)
		k = l + 1
	}
}

// sameChild reports whether p and q lie under the same child of the ancestor
// at depth d, or are both directly in it.
func sameChild(p, q []int, d int) bool {
	if len(p) == d || len(q) == d {
		return len(p) == d && len(q) == d
	}
	return p[d] == q[d]
}

func (m *merger) keep(i int) {
	m.where[i] = moved{len(m.out), 0}
	m.out = append(m.out, m.res.Blocks[i])
}

// join emits blocks i..j as one block at path/offset, its text rebuilt from
// their stream positions; false when the positions do not add up.
func (m *merger) join(i, j int, path []int, offset int, tag string) bool {
	var sb strings.Builder
	first := m.d.Blocks[i].At
	end := first
	for k := i; k <= j; k++ {
		b := m.d.Blocks[k]
		switch b.At - end {
		case 0:
		case 1:
			sb.WriteByte(' ')
		default:
			return false
		}
		sb.WriteString(b.Text)
		end = b.At + utf8.RuneCountInString(b.Text)
	}
	nb := m.res.Blocks[i]
	nb.Text, nb.Path, nb.Offset, nb.Tag = sb.String(), path, offset, tag
	for k := i; k <= j; k++ {
		m.where[k] = moved{len(m.out), m.d.Blocks[k].At - first}
	}
	m.out = append(m.out, nb)
	return true
}

// tagAt is the tag of the block's ancestor at path depth depth: Ancestors
// starts below <body>, which is depth 1.
func tagAt(b doc.Block, depth int) string {
	if k := depth - 2; k >= 0 && k < len(b.Ancestors) {
		return b.Ancestors[k]
	}
	return "div"
}

func under(p, a []int) bool {
	return len(p) >= len(a) && equalInts(p[:len(a)], a)
}

func commonPrefix(a, b []int) []int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
