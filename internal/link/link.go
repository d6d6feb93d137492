// Package link groups a set of reports by the event they report: the
// grouping `crossread link` prints and the batch pipeline (batch/) repeats
// block by block. Both call the same functions here so their groups agree.
package link

import (
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

// Sim is the similarity of two weighted reports for events.Cluster, given
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

// Group returns a group number per weighted report: average-link clustering
// (events.Cluster) over all pairs of rs. calls are rs's CallGroups.
func Group(rs []Report, calls []int) []int {
	rs = withVecs(rs)
	return events.Cluster(len(rs), func(i, j int) float64 {
		return Sim(&rs[i], &rs[j], calls[i], calls[j])
	}, events.TextThreshold)
}
