package boilerplate

import (
	"sort"
	"strings"

	"github.com/crossread/crossread/internal/doc"
)

// node is one element of the page as seen through its blocks' paths: a trie
// of Path prefixes, holding the sums the container search needs.
type node struct {
	kids   []*node // in document order
	idx    int     // index among the parent's element children (doc.Block.Path)
	parent *node
	depth  int
	prose  int     // words of prose paragraphs below
	junk   int     // words of link lists and flagged blocks below
	near   float64 // prose words below, decayed with distance (see decay)
	first  int     // first and last block index below
	last   int
	hints  string // common prefix of the hints of the blocks below
	role   string
	nhints bool // hints not yet set
	// reason is the element's own hint reason once known (reasonSet), as
	// pathHints reads it: a field, not a map keyed by node, since every
	// block looks up every element on its path.
	reason    string
	reasonSet bool
}

// child returns the child with element index i, making it if needed.
// Blocks arrive in document order, so the child sought is almost always the
// last one.
// New nodes are cut from pool, refilled a chunk at a time (one allocation
// per chunk, not per element: allocations cost most in the wasm).
func (n *node) child(i int, pool *[]node) *node {
	if c := n.kid(i); c != nil {
		return c
	}
	if len(*pool) == cap(*pool) {
		*pool = make([]node, 0, 128)
	}
	*pool = append(*pool, node{idx: i, parent: n, depth: n.depth + 1, first: -1, nhints: true})
	c := &(*pool)[len(*pool)-1]
	n.kids = append(n.kids, c)
	return c
}

// kid returns the child with element index i, or nil. Kids are made in
// document order, so idx increases: a binary search, because a page-wide
// container may hold thousands of them (a 10 MB page of link lists).
func (n *node) kid(i int) *node {
	if l := len(n.kids); l > 0 && n.kids[l-1].idx == i {
		return n.kids[l-1]
	}
	k := sort.Search(len(n.kids), func(k int) bool { return n.kids[k].idx >= i })
	if k < len(n.kids) && n.kids[k].idx == i {
		return n.kids[k]
	}
	return nil
}

// isProse reports a block that reads as a paragraph of the report: long
// enough, few links, not a heading and no text signal against it.
func isProse(b *doc.Block, s *blockState) bool {
	if b.Words < longWords || b.Heading > 0 || s.flagged() || s.weak {
		return false
	}
	return float64(b.LinkWords) <= proseMaxDensity*float64(b.Words)
}

// commonPrefix returns the longest common prefix of a and b that ends at a
// hint boundary.
func commonPrefix(a, b string) string {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	if i == len(a) && i == len(b) {
		return a
	}
	if i == n && (i == len(a) && b[i] == ' ' || i == len(b) && a[i] == ' ') {
		return a[:i]
	}
	for i > 0 && a[i-1] != ' ' {
		i--
	}
	return strings.TrimRight(a[:i], " ")
}

// buildTree folds the blocks' paths into a trie; leaf[i] is the node of
// block i's container element.
func buildTree(blocks []doc.Block) (root *node, leaf []*node) {
	root = &node{first: -1, nhints: true}
	leaf = make([]*node, len(blocks))
	var pool []node
	for i := range blocks {
		b := &blocks[i]
		n := root
		n.see(i, b)
		for _, k := range b.Path {
			n = n.child(k, &pool)
			n.see(i, b)
		}
		leaf[i] = n
	}
	return root, leaf
}

func (n *node) see(i int, b *doc.Block) {
	if n.first < 0 {
		n.first = i
	}
	n.last = i
	if n.nhints {
		n.hints, n.role, n.nhints = b.Hints, b.Role, false
		return
	}
	if h := b.Hints; len(h) >= len(n.hints) && h[:len(n.hints)] == n.hints && (len(h) == len(n.hints) || h[len(n.hints)] == ' ') {
		// the usual case, a block under the same element: hints (a
		// prefix of the block's, ending at a boundary) stay as they are,
		// and the string compare beats commonPrefix's byte loop
	} else {
		n.hints = commonPrefix(n.hints, h)
	}
	if n.role != b.Role {
		n.role = ""
	}
}

// ownHint runs the Hint signal on the class/id values the element adds to
// its parent's, so a hint high up the page (body class="has-sidebar") does
// not taint every block below it.
func (n *node) ownHint() string {
	if n.depth < 2 {
		// <html> and <body> classes describe the page, not a part of it.
		return ""
	}
	own := n.hints
	if strings.HasPrefix(own, n.parent.hints) {
		own = own[len(n.parent.hints):]
	}
	return Hint(strings.TrimSpace(own))
}

// hintPath is the furniture hint on a block's path: the depth and reason of
// the deepest hinted element, and the same for label hints (caption, byline).
type hintPath struct {
	negDepth, labelDepth   int
	negReason, labelReason string
}

// captionNear reports a caption or credit hint on the block's own element or
// its parent: a long caption is still not prose.
func (h hintPath) captionNear(b *doc.Block) bool {
	return h.labelReason == "caption" && h.labelDepth >= len(b.Path)-1
}

func pathHints(root *node, b *doc.Block) hintPath {
	h := hintPath{negDepth: -1, labelDepth: -1}
	n := root
	for _, k := range b.Path {
		n = n.kid(k)
		if !n.reasonSet {
			n.reason, n.reasonSet = n.ownHint(), true
		}
		r := n.reason
		switch {
		case r == "":
		case labelHintReasons[r] != "":
			h.labelDepth, h.labelReason = n.depth, r
		default:
			h.negDepth, h.negReason = n.depth, r
		}
	}
	return h
}

// scoreTree sums, for every element, the prose below it that no hinted
// element separates from it, and the junk (link lists, flagged and hinted
// blocks) below it.
func scoreTree(root *node, blocks []doc.Block, st []blockState, hp []hintPath, useHints bool) {
	var reset func(n *node)
	reset = func(n *node) {
		n.prose, n.junk, n.near = 0, 0, 0
		for _, c := range n.kids {
			reset(c)
		}
	}
	reset(root)
	for i := range blocks {
		b := &blocks[i]
		prose := isProse(b, &st[i]) && !hp[i].captionNear(b)
		junk := st[i].flagged() || isLinkList(b)
		n := root
		for d := 0; ; d++ {
			switch {
			case junk:
				n.junk += b.Words
			case useHints && hp[i].negDepth >= d:
				// prose in a hinted element (comments, sidebar) neither
				// helps nor hurts the elements above it
			case prose:
				n.prose += b.Words
				n.near += float64(b.Words) * decay(len(b.Path)-d)
			}
			if d == len(b.Path) {
				break
			}
			n = n.kid(b.Path[d])
		}
	}
}

// classifyHTML handles a page: the text signals, plus structure (link
// density, landmarks, class/id hints) and the article container.
func classifyHTML(blocks []doc.Block) []Verdict {
	sig := newSignals(blocks)
	st := sig.st
	for i := range blocks {
		if blocks[i].Words >= longWords {
			sig.run(i) // the prose candidates: the container search needs them
		}
	}
	root, leaf := buildTree(blocks)
	hp := make([]hintPath, len(blocks))
	scoreTree(root, blocks, st, hp, false)
	all := root.prose
	// A wrapper around the article found without hints is layout, whatever
	// its class says ("page-ad-margins", "penci_sidebar"), unless the class
	// names something that never wraps a report (comments, related, footer).
	for n := findContainer(root); n != nil; n = n.parent {
		r := n.ownHint()
		if layoutReasons[r] {
			r = ""
		}
		n.reason, n.reasonSet = r, true
	}
	for i := range blocks {
		hp[i] = pathHints(root, &blocks[i])
	}
	scoreTree(root, blocks, st, hp, true)
	cont := findContainer(root)
	if float64(cont.prose) < minHintedShare*float64(all) && cont.prose < minHintedWords {
		// The hints took away most of the prose: they are wrong about this
		// page (a layout class that looks like "sidebar"). Go without them.
		scoreTree(root, blocks, st, hp, false)
		cont = findContainer(root)
	}
	// Siblings of the container that hold a good share of its prose are
	// more of the article: a body split by an ad slot or a pull quote.
	members := []*node{cont}
	top := cont
	for top.parent != nil && top.parent.prose == top.prose {
		top = top.parent // wrappers that add no prose
	}
	if p := top.parent; p != nil {
		for _, c := range p.kids {
			if c == top || maxNear(c) < siblingShare*cont.near || float64(c.junk) > siblingJunk*float64(c.prose) || c.ownHint() != "" {
				continue
			}
			if sig.run(c.first); st[c.first].end {
				continue // opens with "More stories", "Comments" ...
			}
			members = append(members, c)
		}
	}
	member := make(map[*node]bool, len(members))
	first := cont.first
	for _, m := range members {
		member[m] = true
		first = min(first, m.first)
	}
	out := make([]Verdict, len(blocks))
	if cont.prose == 0 {
		for i := range blocks {
			out[i] = verdict(&st[i], "")
		}
		return out
	}
	// Structure signals, judged relative to the container: a hint or a
	// landmark the whole article sits in says nothing about its blocks.
	in := make([]bool, len(blocks))
	firstProse, lastIn := -1, -1
	for i := range blocks {
		b := &blocks[i]
		s := &st[i]
		m := leaf[i]
		for m != nil && !member[m] {
			m = m.parent
		}
		if m == nil {
			continue
		}
		in[i] = true
		sig.run(i)
		lastIn = i
		prose := isProse(b, s)
		if firstProse < 0 && prose {
			firstProse = i
		}
		boxed := false // in an inline box (aside, hinted element) of the article
		if b.Role != m.role && Landmark(b.Role) != "" {
			s.add(Landmark(b.Role))
			boxed = true
		}
		s.add(LinkList(b))
		if hp[i].negDepth > m.depth {
			s.add(hp[i].negReason)
			boxed = true
		}
		if boxed {
			s.end = false // "Read more" in a box ends the box, not the article
		}
		if h := hp[i]; h.labelDepth > m.depth && h.labelDepth >= len(b.Path)-labelReach && s.label == "" {
			// A caption, byline or date class on the block or just above it.
			switch l := labelHintReasons[h.labelReason]; {
			case l == "caption":
				s.label = l
			case prose:
			case l != "heading" || b.Heading > 0 && firstProse < 0:
				s.label = l
			}
		}
		if captionTags[b.Tag] || hasAncestor(b, "figcaption") {
			s.label = "caption"
		}
	}
	for i := range blocks {
		if d := st[i].dup - 1; in[i] && d >= 0 && in[d] {
			st[i].drop(st[i].dupReason) // the article repeats itself: its business
		}
	}
	end := lastIn
	if firstProse >= 0 {
		end = cutAtEndMarker(blocks, st, firstProse, lastIn, true)
	}
	// The article's header often sits beside the body, not in it: between
	// the headline and the body, bylines, dates and captions keep their
	// labels.
	headerStart := headline(blocks, firstProse)
	for i := headerStart + 1; headerStart >= 0 && i < first; i++ {
		sig.run(i)
		b := &blocks[i]
		if captionTags[b.Tag] || hasAncestor(b, "figcaption") || hp[i].labelReason == "caption" && hp[i].labelDepth >= len(b.Path)-labelReach {
			st[i].label = "caption"
		} else if st[i].label == "" && hp[i].labelDepth >= len(b.Path)-labelReach && b.Words <= titleMaxWords {
			st[i].label = labelHintReasons[hp[i].labelReason]
		}
		if st[i].label == "heading" {
			st[i].label = ""
		}
		if st[i].label != "" && !st[i].flagged() {
			in[i] = true
		}
	}
	for i := range blocks {
		switch {
		case i == headerStart:
			out[i] = Verdict{Label: "heading"}
		case in[i] && i <= end:
			out[i] = verdict(&st[i], "")
		case in[i]:
			out[i] = verdict(&st[i], reasonAfter)
		default:
			out[i] = verdict(&st[i], reasonOutside)
		}
	}
	return out
}

// headline finds the report's headline: the last <h1> before the body's
// first paragraph, close to it, that is not a link. -1 when there is none.
func headline(blocks []doc.Block, firstProse int) int {
	if firstProse < 0 {
		return -1
	}
	for i := firstProse - 1; i >= 0 && i >= firstProse-headlineWindow; i-- {
		if b := &blocks[i]; b.Heading == 1 && 2*b.LinkWords < b.Words {
			return i
		}
	}
	return -1
}

func hasAncestor(b *doc.Block, tag string) bool {
	for _, a := range b.Ancestors {
		if a == tag {
			return true
		}
	}
	return false
}

// findContainer picks the element whose subtree best separates the article
// from the rest: the most prose for the least junk.
func findContainer(root *node) *node {
	best := root
	bestScore := score(root)
	var walk func(n *node)
	walk = func(n *node) {
		for _, c := range n.kids {
			if c.prose == 0 {
				continue
			}
			// ties go to the deeper element, then to the earlier one
			if s := score(c); s > bestScore || s == bestScore && (c.depth > best.depth || c.depth == best.depth && c.first < best.first) {
				best, bestScore = c, s
			}
			walk(c)
		}
	}
	walk(root)
	return best
}

func score(n *node) float64 {
	return n.near - junkWeight*float64(n.junk)
}

// decay weighs a paragraph's words for an element level steps above it, as
// Readability does: the paragraph's parent gets them all, the grandparent
// half, an ancestor level ≥ 3 steps up 1/(3·(level−1)). Paragraphs that sit
// together under one parent (an article body) then outweigh as many words
// spread over separate cards (a list of teasers).
func decay(level int) float64 {
	switch {
	case level <= 1:
		return 1
	case level == 2:
		return decayGrandparent
	}
	return 1 / (decayPerLevel * float64(level-1))
}

// maxNear is the best near score inside n: how dense its densest run of
// paragraphs is, however deep it sits.
func maxNear(n *node) float64 {
	m := n.near
	for _, c := range n.kids {
		if c.prose > 0 {
			m = max(m, maxNear(c))
		}
	}
	return m
}
