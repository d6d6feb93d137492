// Package link groups a set of reports by the event they report: the
// grouping `crossread link` prints and the batch pipeline (batch/) repeats
// block by block. Both call the same functions here so their groups agree.
package link

import (
	"slices"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/doc"
	"github.com/crossread/crossread/internal/events"
)

// Report is what grouping needs of one report.
type Report struct {
	Event  events.Fingerprint
	Terms  events.Terms // its words; weighted by Weigh before grouping
	Title  string
	DCT    string
	Digest string     // the same text twice is one report, not two reports of one event
	Vec    events.Vec // Terms numbered by a Dict shared with the reports it is compared with (optional: speed only)
}

// withVecs numbers the reports' words by one dictionary, for Group's
// all-pairs work (the batch's blocks number theirs once for the whole input).
func withVecs(rs []Report) []Report {
	d := events.NewDict()
	out := make([]Report, len(rs))
	for i, r := range rs {
		r.Vec = d.Vec(r.Terms)
		out[i] = r
	}
	return out
}

// cosine is the reports' word cosine, by their Vecs where one Dict made both.
func cosine(a, b *Report) float64 {
	if c, ok := events.CosineVec(a.Vec, b.Vec); ok {
		return c
	}
	return events.Cosine(a.Terms, b.Terms)
}

// Read annotates d without corpus links (the fingerprint of the page alone)
// and keeps what grouping needs; res is the annotation it was read from. opt
// gives a DCT or reading day where the input knows them; NoLink is forced.
func Read(d *doc.Document, opt annotate.Options) (r Report, res *annotate.Result) {
	opt.NoLink = true
	res = annotate.Run(d, opt)
	skip := make([]bool, len(res.Blocks))
	for j, b := range res.Blocks {
		skip[j] = b.Boilerplate
	}
	return Report{Event: res.Event, Terms: events.TermsOf(d.Texts(), skip), Title: res.Title, DCT: res.DCT, Digest: d.Digest()}, res
}

// Weigh replaces each report's words by their weights over the set: what is
// rare in it tells events apart.
func Weigh(rs []Report) {
	terms := make([]events.Terms, len(rs))
	for i := range rs {
		terms[i] = rs[i].Terms
	}
	ix := events.NewIndex(terms)
	for i := range rs {
		rs[i].Terms = ix.Vector(rs[i].Terms)
	}
}

// CallGroups: calls between two named people, blocked by parties and grouped
// by day within the block (events.CallGroups); -1 for the other reports.
func CallGroups(rs []Report) []int {
	fps := make([]events.Fingerprint, len(rs))
	for i := range rs {
		fps[i] = rs[i].Event
	}
	return events.CallGroups(fps, func(i, j int) float64 {
		if rs[i].Digest == rs[j].Digest {
			return 0
		}
		return events.PartyCosine(rs[i].Terms, rs[j].Terms, fps[i], fps[j])
	})
}

// Sim is the similarity of two weighted reports for Group, given
// their call groups (CallGroups): the call linker decides where it has a say,
// everything else by the fingerprint and words.
func Sim(a, b *Report, ga, gb int) float64 {
	if a.Digest == b.Digest {
		return -1 // the same text twice is one report, not two reports of one event
	}
	if v, ok := events.CallSimilarity(a.Event, b.Event, ga, gb); ok {
		return v
	}
	if events.Unsure(a.Event) || events.Unsure(b.Event) || events.IsCall(a.Event) != events.IsCall(b.Event) {
		// the only call report of its people against a report of no call
		// between two people: only the words can tell
		return cosine(a, b)
	}
	return events.Similarity(a.Event, b.Event, cosine(a, b))
}

// Two reports are joined by their words (where no fingerprint decides) as
// far as their words agree and their nearest reports are the same ones:
// the word cosine times the share of neighbours they have in common
// (shared nearest neighbours, Jarvis & Patrick 1973). A plain cosine
// threshold fails both ways on general news: two events of one kind (two
// earthquakes on one island, two players' DUI arrests) share enough words to
// pass it, while one event's long pages, their vectors diluted by asides,
// fall under it. Their nearest reports still tell: a report's closest
// neighbours are of its own event (760 of ECB+'s 772), so reports whose
// neighbourhoods overlap are one event whatever the absolute level of their
// cosines. Tuned on ECB+ DEV (pairwise F1 0.877 with a cosine threshold of
// 0.22; 0.940 here: the train topics 0.866 → 0.919, the dev topics 0.906 →
// 1.000; testdata/calls-links/ERRORS.md).
const (
	// WordFloor: a word cosine under it never joins two reports, and a
	// report under it is no neighbour. The batch's blocks compare every
	// pair that could reach it (a pair that joins is at or above it).
	WordFloor = 0.15
	// neighbours: how many nearest reports (at or above WordFloor, all
	// those tied with the last) make a report's neighbourhood, itself included.
	neighbours = 4
	// GroupThreshold: two groups join while their mean of cosine × shared
	// share reaches it (average link, events.ClusterMatrix).
	GroupThreshold = 0.02
)

// Group returns a group number per weighted report: average-link clustering
// over all pairs of rs, the words weighed by shared neighbours (above). calls
// are rs's CallGroups. A verdict (1 or -1, a fingerprint's) stands as it is.
func Group(rs []Report, calls []int) []int {
	rs = withVecs(rs)
	n := len(rs)
	s := make([][]float64, n)
	for i := range s {
		s[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			v := Sim(&rs[i], &rs[j], calls[i], calls[j])
			s[i][j], s[j][i] = v, v
		}
	}
	near := nearest(s)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			v := s[i][j]
			if v < 0 || v >= 1 {
				continue // a verdict
			}
			if v < WordFloor {
				v = 0
			} else {
				v *= min(1, float64(sharedCount(near[i], near[j]))/float64(neighbours+1))
			}
			s[i][j], s[j][i] = v, v
		}
	}
	return events.ClusterMatrix(s, GroupThreshold)
}

// nearest lists, per report, itself and its nearest reports by s, in index
// order (NeighbourCut).
func nearest(s [][]float64) [][]int {
	out := make([][]int, len(s))
	vs := make([]float64, 0, len(s))
	for i, row := range s {
		vs = vs[:0]
		for j, v := range row {
			if j != i && v >= WordFloor {
				vs = append(vs, v)
			}
		}
		cut := NeighbourCut(vs)
		for j, v := range row {
			if j == i || v >= cut {
				out[i] = append(out[i], j)
			}
		}
	}
	return out
}

// NeighbourCut: given one report's similarities at or above WordFloor to the
// others (in any order; vs is sorted in place), its neighbours are those at
// or above the cut: the nearest few, and every report tied with the last of
// them, so the neighbours do not depend on the order of the input. The batch
// keeps the same neighbours as its edges.
func NeighbourCut(vs []float64) float64 {
	if len(vs) <= neighbours {
		return WordFloor
	}
	slices.Sort(vs)
	return vs[len(vs)-neighbours]
}

// sharedCount counts the indices in both sorted lists.
func sharedCount(a, b []int) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
