package events

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Terms is a report's bag of content words, the evidence for events that are
// not contacts between officials (an earthquake, an arrest): two reports of the
// same event share its rare words — names, places, numbers — far more than two
// reports of another event of the same kind.
type Terms map[string]float64

// TermsOf counts the content words of the non-boilerplate blocks. Capitalised
// words inside a sentence (names, places) and numbers count extra: they tell
// one earthquake from another; "earthquake" does not.
func TermsOf(blocks []string, skip []bool) Terms {
	t := Terms{}
	for bi, b := range blocks {
		if bi < len(skip) && skip[bi] {
			continue
		}
		first := true
		for _, w := range strings.FieldsFunc(b, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
		}) {
			w = strings.Trim(w, "'’")
			if w == "" {
				continue
			}
			lw := strings.ToLower(w)
			if stopwords[lw] || len([]rune(lw)) < 2 {
				first = false
				continue
			}
			weight := 1.0
			r := []rune(w)
			switch {
			case unicode.IsUpper(r[0]) && !first:
				weight = nameWeight
			case unicode.IsDigit(r[0]):
				weight = numberWeight
			}
			t[lw] += weight
			first = false
		}
	}
	return t
}

const (
	nameWeight   = 5.0 // names and places tell two events of one kind apart more than any other word
	numberWeight = 2.0
)

// Index holds document frequencies over a set of reports, so common words
// weigh little.
type Index struct {
	df    map[string]int
	n     int
	extra Terms // one more document's words (With)
}

// NewIndex counts in how many of docs each term appears.
func NewIndex(docs []Terms) *Index {
	ix := &Index{df: map[string]int{}, n: len(docs)}
	for _, d := range docs {
		for w := range d {
			ix.df[w]++
		}
	}
	return ix
}

// IndexOf is the index of n documents with the given document frequencies
// (counted elsewhere: the batch pipeline sums them over a crawl).
func IndexOf(df map[string]int, n int) *Index { return &Index{df: df, n: n} }

// With is the index with one more document counted (a page read against a
// corpus); ix itself is not changed.
func (ix *Index) With(t Terms) *Index {
	return &Index{df: ix.df, n: ix.n + 1, extra: t}
}

// backgroundDocs: documents counted as if they held none of the words. With
// only the set being linked, two reports of one call linked alone shared every
// word with the only other document, so each word weighed nothing and their
// words never agreed; on a large set ten more documents change nothing.
const backgroundDocs = 10

// Vector weighs t by inverse document frequency and normalises it.
func (ix *Index) Vector(t Terms) Terms {
	v := make(Terms, len(t))
	for w, c := range t {
		df := ix.df[w]
		if _, ok := ix.extra[w]; ok {
			df++
		}
		idf := math.Log(float64(ix.n+1+backgroundDocs) / float64(df+1))
		if idf <= 0 {
			continue
		}
		v[w] = (1 + math.Log(c)) * idf
	}
	if n := norm(v); n > 0 {
		for w := range v {
			v[w] /= n
		}
	}
	return v
}

// Sums over a map run in a random order, and float addition is not
// associative: the same two reports got cosines a bit apart from run to run,
// and where reports tie (a crawl's replicas) average-link clustering merged
// in another order each run, so a rerun over a crawl gave other events. The
// sums below are order-free: a norm adds its words in sorted order (once per
// report), a cosine adds products rounded onto a fixed grid, exactly, as
// integers (per pair: no sort).

// norm is the Euclidean length of v, summed in word order.
func norm(v Terms) float64 {
	ws := make([]string, 0, len(v))
	for w := range v {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	var s float64
	for _, w := range ws {
		s += v[w] * v[w]
	}
	return math.Sqrt(s)
}

// grid is the fixed point of dot products of normalised vectors (each sum is
// at most 1, far under the 2^23 an int64 holds at this scale); its step, 1e-12,
// is far finer than any threshold.
const grid = 1 << 40

// fixed rounds x onto the grid.
func fixed(x float64) int64 { return int64(math.Round(x * grid)) }

// Cosine of two normalised vectors.
func Cosine(a, b Terms) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var s int64
	for w, x := range a {
		if y, ok := b[w]; ok {
			s += fixed(x * y)
		}
	}
	return float64(s) / grid
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of in on at to for from by with about as into over after
	before under between through during without within against among is are was were be been being am has have had do
	does did will would shall should can could may might must this that these those it its it's he she they them his
	her their our we us you your i me my who whom whose which what when where why how not no nor so than too very
	also just only said says say told according news report reported reports one two three first last new more most
	other some such any all each both few many much own same then there here now up out off again further once s t
	mr mrs ms monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december year years day days week weeks month months time people`) {
		m[w] = true
	}
	return m
}()

// PartyCosine is the cosine of two reports' word vectors without the words
// naming the parties of either, renormalised: what the call linker compares
// within a block. Every report of a block names the same two people, so their
// names tell none of the pair's calls from another, and counted in they make
// any two of its reports alike (with them, undated reports of a pair's other
// calls were linked 22 times in TestCallsLinkingUndated; without, 14).
func PartyCosine(a, b Terms, fa, fb Fingerprint) float64 {
	skip := map[string]bool{}
	for _, t := range append(PartyTokens(fa.Parties), PartyTokens(fb.Parties)...) {
		skip[t] = true
	}
	var dot, na, nb int64
	for w, x := range a {
		if skip[FoldName(w)] {
			continue
		}
		na += fixed(x * x)
		dot += fixed(x * b[w])
	}
	for w, y := range b {
		if !skip[FoldName(w)] {
			nb += fixed(y * y)
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return float64(dot) / math.Sqrt(float64(na)*float64(nb))
}

// Dict numbers words so that a set of vectors compared many times over (a
// block, a component: every pair) is compared by a merge of sorted ids, not
// by a map lookup per word: the same sum on the same grid as Cosine, a few
// times faster.
type Dict struct{ ids map[string]uint32 }

// NewDict is an empty dictionary.
func NewDict() *Dict { return &Dict{ids: map[string]uint32{}} }

// Vec is a vector of Dict's ids in increasing order with their weights.
type Vec struct {
	dict *Dict
	ids  []uint32
	w    []float64
}

// Vec numbers t's words.
func (d *Dict) Vec(t Terms) Vec {
	type iw struct {
		id uint32
		w  float64
	}
	ps := make([]iw, 0, len(t))
	for w, x := range t {
		id, ok := d.ids[w]
		if !ok {
			id = uint32(len(d.ids))
			d.ids[w] = id
		}
		ps = append(ps, iw{id, x})
	}
	slices.SortFunc(ps, func(a, b iw) int { return cmp.Compare(a.id, b.id) })
	v := Vec{dict: d, ids: make([]uint32, len(ps)), w: make([]float64, len(ps))}
	for i, p := range ps {
		v.ids[i], v.w[i] = p.id, p.w
	}
	return v
}

// CosineVec is Cosine of the vectors a and b were made from; ok is false
// when they were not numbered by one Dict.
func CosineVec(a, b Vec) (cos float64, ok bool) {
	if a.dict == nil || a.dict != b.dict {
		return 0, false
	}
	var s int64
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch x, y := a.ids[i], b.ids[j]; {
		case x == y:
			s += fixed(a.w[i] * b.w[j])
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return float64(s) / grid, true
}
