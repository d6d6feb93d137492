package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/doc"
	"github.com/crossread/crossread/internal/events"
	"github.com/crossread/crossread/internal/link"
)

// Rep is one report as the linking stages see it.
type Rep struct {
	URL    string
	Event  events.Fingerprint
	Terms  map[string]float64 // words; weighted by the crawl's frequencies after weighFn
	Title  string
	DCT    string
	Digest string
	Sig    []uint64 // minhash of its article text's shingles (syndicated copies)
	Call   string   // its call group ("" when the call linker has no say)
	Keys   []string // its block keys, sorted: a pair is compared in the first block they share only

	vec events.Vec // Terms numbered by blockFn's dictionary; not encoded (blockFn's own)
}

// Stored is a report in the extension's corpus shape (corpus-store.js).
type Stored struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	HTML  bool   `json:"html"`
	DCT   string `json:"dct"`
	URL   string `json:"url"`
}

// Meta is what an events.jsonl line shows of a member report.
type Meta struct {
	Title string
	DCT   string
	Event events.Fingerprint
}

// Lite is a report in the syndication stage: only its shingle signature.
type Lite struct {
	URL string
	Sig []uint64
	Key string // its fingerprint: copies must agree on the event too
}

// PartyLite is a call report in the party-blocking stage.
type PartyLite struct {
	URL     string
	Parties []events.Party
}

// Edge joins two reports: one connected component is clustered at once.
type Edge struct{ A, B string }

// Near is a report compared with another: its url and their link.Sim.
type Near struct {
	URL string
	Sim float64
}

// Tag is a report's event group and, for a syndicated copy, its original.
type Tag struct {
	Group  string
	CopyOf string
}

// Member is a report of one event group with what the outputs need.
type Member struct {
	URL    string
	CopyOf string
	Meta   Meta
	Stored []Stored // zero or one
}

// Line is one output line with its sort key.
type Line struct {
	Key  string
	Text string
}

// Config steers the linking stages (flags; the defaults are what the tests check).
type Config struct {
	Today     string // reading day for pages that give no date (YYYY-MM-DD): reruns agree
	CapBlock  int    // a candidate block larger than this is split by time window
	CapComp   int    // a component larger than this is clustered in time-ordered chunks
	TopTerms  int    // salient words a report is blocked under
	Shingle   int    // words per shingle
	Bands     int    // minhash bands (rows = len(Sig)/Bands)
	CopySim   float64
	MaxHeads  int // originals a copy is compared with in one minhash bucket
	OutputDir string
}

var (
	cParseFails = beam.NewCounter("crossread", "parse_failures")
	cPanics     = beam.NewCounter("crossread", "panics")
	cReports    = beam.NewCounter("crossread", "reports")
	cCopies     = beam.NewCounter("crossread", "syndicated_copies")
	cCopyCmp    = beam.NewCounter("crossread", "copy_comparisons")
	cPartyCmp   = beam.NewCounter("crossread", "party_comparisons")
	cPartyBlk   = beam.NewCounter("crossread", "party_blocks")
	cBlocks     = beam.NewCounter("crossread", "blocks")
	cSplit      = beam.NewCounter("crossread", "blocks_split")
	cCmp        = beam.NewCounter("crossread", "comparisons")
	cEdges      = beam.NewCounter("crossread", "edges")
	cNear       = beam.NewCounter("crossread", "pairs_at_floor")
	cSideLoads  = beam.NewCounter("crossread", "side_input_loads")
	cComps      = beam.NewCounter("crossread", "components")
	cCompSplit  = beam.NewCounter("crossread", "components_split")
	cClusterCmp = beam.NewCounter("crossread", "cluster_comparisons")
	cEvents     = beam.NewCounter("crossread", "events")
	dBlock      = beam.NewDistribution("crossread", "block_size")
	dComp       = beam.NewDistribution("crossread", "component_size")
)

func init() {
	for _, t := range []any{Page{}, Rep{}, Stored{}, Meta{}, Lite{}, PartyLite{}, Edge{}, Near{}, Tag{}, Member{}, Line{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Page), error](&readFileFn{})
	register.DoFn6x0[context.Context, Page, func(string, string), func(Rep), func(string, Stored), func(string, Meta)](&annotateFn{})
	register.DoFn3x0[Rep, func(*DF) bool, func(Rep)](&weighFn{})
	register.Emitter1[Page]()
	register.Emitter1[Rep]()
	register.Emitter1[Edge]()
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Emitter2[string, Stored]()
	register.Emitter2[string, Meta]()
	register.Emitter2[string, Lite]()
	register.Emitter2[string, PartyLite]()
	register.Emitter2[string, Rep]()
	register.Emitter2[string, Tag]()
	register.Emitter2[string, Member]()
	register.Emitter2[int, Line]()
	register.Emitter2[string, Edge]()
	register.Emitter2[string, Near]()
	register.Iter1[string]()
	register.Iter1[Rep]()
	register.Iter1[Lite]()
	register.Iter1[PartyLite]()
	register.Iter1[Edge]()
	register.Iter1[Near]()
	register.Iter1[Tag]()
	register.Iter1[Member]()
	register.Iter1[Meta]()
	register.Iter1[Stored]()
	register.Iter1[Line]()
	register.Iter1[DF]()
	register.Combiner2[DF, Rep](&dfFn{})
	register.Function2x0(sigKeys)
	register.DoFn4x0[context.Context, string, func(*Lite) bool, func(Edge)](&copyFn{})
	register.Function3x0(unionFind)
	register.Function6x0(splitCopies)
	register.Function2x0(partyKeys)
	register.Function4x0(partyEdges)
	register.Function5x0(joinBlock)
	register.DoFn5x0[context.Context, string, func(*Rep) bool, func(Rep), func(Edge)](&callGroupsFn{})
	register.DoFn2x0[Rep, func(string, string)](&candKeysFn{})
	register.DoFn5x0[context.Context, string, func(*string) bool, func(*Rep) bool, func(string, Near)](&blockFn{})
	register.Function4x0(nearestEdges)
	register.Function4x0(joinComponent)
	register.DoFn4x0[context.Context, string, func(*Rep) bool, func(string, Tag)](&clusterFn{})
	register.Function4x0(expandCopies)
	register.Function5x0(joinMembers)
	register.DoFn5x0[context.Context, string, func(*Member) bool, func(int, Line), func(int, Line)](&eventFn{})
	register.Function3x0(annLine)
	register.DoFn3x1[context.Context, int, func(*Line) bool, error](&writeFn{})
	register.Function2x0(edgeKey)
	register.Function2x0(keyRep)
	register.Function2x0(dropSig)
}

// Build adds the whole job to s: pages matched by the globs in, outputs under cfg.OutputDir.
func Build(s beam.Scope, globs []string, cfg Config) {
	var files []beam.PCollection
	for _, g := range globs {
		files = append(files, fileio.MatchFiles(s, g))
	}
	matches := fileio.ReadMatches(s, beam.Flatten(s, files...))
	pages := beam.ParDo(s.Scope("read"), &readFileFn{}, matches)
	anns, reps, stored, metas := beam.ParDo4(s.Scope("annotate"), &annotateFn{Today: cfg.Today, Shingle: cfg.Shingle}, pages)

	// Word weights over the whole crawl, as `crossread link` weighs over its set.
	df := beam.Combine(s.Scope("df"), &dfFn{}, reps)
	weighed := beam.ParDo(s.Scope("weigh"), &weighFn{}, reps, beam.SideInput{Input: df})

	// Syndicated copies: minhash buckets, each copy joins its original.
	bucketed := beam.GroupByKey(s, beam.ParDo(s.Scope("minhash"), sigKeys, weighed))
	copyEdges := beam.ParDo(s.Scope("copies"), &copyFn{Sim: cfg.CopySim, MaxHeads: cfg.MaxHeads}, bucketed)
	copyOf := globalUF(s.Scope("copies-uf"), copyEdges)
	originals, copies := beam.ParDo2(s, splitCopies, beam.CoGroupByKey(s, beam.ParDo(s, keyRep, weighed), copyOf))
	originals = beam.ParDo(s, dropSig, originals)

	// Calls: party blocks (names folded and matched as the call linker does), then call groups per block.
	pb := beam.GroupByKey(s, beam.ParDo(s.Scope("party-keys"), partyKeys, originals))
	partyBlock := globalUF(s.Scope("party-uf"), beam.ParDo(s.Scope("party-blocks"), partyEdges, pb))
	inBlock, outside := beam.ParDo2(s, joinBlock, beam.CoGroupByKey(s, beam.ParDo(s, keyRep, originals), partyBlock))
	called, callEdges := beam.ParDo2(s.Scope("call-groups"), &callGroupsFn{Cap: cfg.CapBlock}, beam.GroupByKey(s, inBlock))
	all := beam.Flatten(s, called, outside)

	// Candidate blocks: parties of an event and salient words; compared within only.
	blocks := beam.GroupByKey(s, beam.ParDo(s.Scope("block-keys"), &candKeysFn{Top: cfg.TopTerms}, all))
	near := beam.ParDo(s.Scope("compare"), &blockFn{Cap: cfg.CapBlock, Top: cfg.TopTerms, Run: runID()}, blocks, beam.SideInput{Input: all})
	edges := beam.ParDo(s.Scope("nearest"), nearestEdges, beam.GroupByKey(s, near))
	comp := globalUF(s.Scope("components"), beam.Flatten(s, edges, callEdges))
	byComp := beam.ParDo(s, joinComponent, beam.CoGroupByKey(s, beam.ParDo(s, keyRep, all), comp))
	tags := beam.ParDo(s.Scope("cluster"), &clusterFn{Cap: cfg.CapComp}, beam.GroupByKey(s, byComp))
	tags = beam.ParDo(s, expandCopies, beam.CoGroupByKey(s, tags, copies))
	members := beam.ParDo(s, joinMembers, beam.CoGroupByKey(s, tags, metas, stored))
	evLines, bundle := beam.ParDo2(s.Scope("events"), &eventFn{}, beam.GroupByKey(s, members))

	write := func(name string, col beam.PCollection, open, sep, end string) {
		beam.ParDo0(s.Scope("write-"+name), &writeFn{Path: cfg.OutputDir + "/" + name, Open: open, Sep: sep, End: end}, beam.GroupByKey(s, col))
	}
	write("annotations.jsonl", beam.ParDo(s, annLine, anns), "", "\n", "\n")
	write("events.jsonl", evLines, "", "\n", "\n")
	write("corpus.json", bundle, "[\n", ",\n", "\n]\n")
}

type readFileFn struct{}

func (*readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Page)) error {
	return readFile(ctx, f, emit)
}

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

type annotateFn struct {
	Today   string
	Shingle int
}

// ProcessElement annotates one page: its annotate JSON (the CLI's), its
// linking report, its corpus entry and what an event line shows of it. A page
// that fails to parse, or panics in the core, is one error row and a count.
func (fn *annotateFn) ProcessElement(ctx context.Context, p Page, ann func(string, string), rep func(Rep), stored func(string, Stored), meta func(string, Meta)) {
	errRow := func(why string) {
		b, _ := json.Marshal(map[string]string{"url": p.URL, "error": why})
		ann(p.URL, string(b))
	}
	if p.Err != "" {
		errRow(p.Err)
		return
	}
	defer func() {
		if r := recover(); r != nil {
			cPanics.Inc(ctx, 1)
			errRow(fmt.Sprintf("internal error: %v", r))
			_ = debug.Stack
		}
	}()
	opt := annotate.Options{}
	if day, ok := strings.CutPrefix(p.Date, "fetched:"); ok && isoDay.MatchString(day) {
		opt.Today, _ = time.Parse("2006-01-02", day)
	} else if isoDay.MatchString(p.Date) {
		opt.DCT = p.Date
	}
	if opt.Today.IsZero() && fn.Today != "" {
		opt.Today, _ = time.Parse("2006-01-02", fn.Today)
	}
	url := ""
	if strings.HasPrefix(p.URL, "http://") || strings.HasPrefix(p.URL, "https://") {
		url = p.URL
	}
	d, err := doc.Parse(p.Body, p.Name, url)
	if err != nil {
		cParseFails.Inc(ctx, 1)
		errRow(err.Error())
		return
	}
	r, res := link.Read(d, opt)
	if res.Event.Kind != "" {
		// Only a page with an event kind links to the built-in corpus; for the
		// rest the run without links is the whole annotation.
		res = annotate.Run(d, opt)
	}
	res.URL = p.URL
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		errRow(err.Error())
		return
	}
	ann(p.URL, strings.TrimSuffix(b.String(), "\n"))
	cReports.Inc(ctx, 1)
	kind := r.Event.Kind
	if kind == "" {
		kind = "none"
	}
	beam.NewCounter("crossread", "reports_kind_"+kind).Inc(ctx, 1)
	rep(Rep{URL: p.URL, Event: r.Event, Terms: r.Terms, Title: r.Title, DCT: r.DCT, Digest: r.Digest, Sig: minhash(articleWords(res), fn.Shingle)})
	meta(p.URL, Meta{Title: r.Title, DCT: r.DCT, Event: r.Event})
	if st, ok := storedOf(res); ok {
		stored(p.URL, st)
	}
}

// articleWords are the lower-cased words of the blocks that are not boilerplate.
func articleWords(res *annotate.Result) []string {
	var out []string
	for _, b := range res.Blocks {
		if !b.Boilerplate {
			out = append(out, strings.Fields(strings.ToLower(b.Text))...)
		}
	}
	return out
}

var space = regexp.MustCompile(`\s+`)

// notOwnDate are the dct sources corpus-store.js does not keep as a report's
// date: the reading day, the event's day, a day the body names, and a wire
// dateline whose year was taken from elsewhere.
var notOwnDate = map[string]bool{"today": true, "event": true, "body": true, "wire": true}

// storedOf is corpus-store.js fromResult: the article text of a report of an
// event with a kind and parties, in the shape the extension keeps its corpus.
func storedOf(res *annotate.Result) (Stored, bool) {
	if res.Event.Kind == "" || len(res.Event.Parties) == 0 {
		return Stored{}, false
	}
	one := func(s string) string { return strings.TrimSpace(space.ReplaceAllString(s, " ")) }
	title := one(res.Title)
	var lines []string
	for _, b := range res.Blocks {
		if t := one(b.Text); !b.Boilerplate && t != "" {
			lines = append(lines, t)
		}
	}
	if len(lines) == 0 {
		return Stored{}, false
	}
	if title != "" && lines[0] != title {
		lines = append([]string{title}, lines...)
	}
	if title == "" {
		title = lines[0]
	}
	url, id := "", "batch:"+res.URL
	if strings.HasPrefix(res.URL, "http://") || strings.HasPrefix(res.URL, "https://") {
		url, _, _ = strings.Cut(res.URL, "#")
		id = url
	}
	dct := ""
	if isoDay.MatchString(res.DCT) && !notOwnDate[res.DCTSource] {
		dct = res.DCT
	}
	return Stored{ID: id, Title: title, Text: strings.Join(lines, "\n") + "\n", DCT: dct, URL: url}, true
}

// DF is the document frequency of each word over the crawl: how many reports
// hold it, and how many reports there are.
type DF struct {
	Docs  int
	Words map[string]int
}

// dfFn counts DF as one combine: each bundle adds its reports into one map
// and the maps are merged. (A count per word, stats.Count, sent one element per
// distinct word and bundle through the runner: 72k on 1k reports, 750k on 10k.)
type dfFn struct{}

func (*dfFn) CreateAccumulator() DF { return DF{Words: map[string]int{}} }

func (*dfFn) AddInput(a DF, r Rep) DF {
	a.Docs++
	for w := range r.Terms {
		a.Words[w]++
	}
	return a
}

func (*dfFn) MergeAccumulators(a, b DF) DF {
	if len(b.Words) > len(a.Words) {
		a, b = b, a
	}
	a.Docs += b.Docs
	for w, n := range b.Words {
		a.Words[w] += n
	}
	return a
}

type weighFn struct{ ix *events.Index }

func (fn *weighFn) ProcessElement(r Rep, df func(*DF) bool, emit func(Rep)) {
	if fn.ix == nil {
		var d DF
		df(&d)
		fn.ix = events.IndexOf(d.Words, d.Docs)
	}
	r.Terms = fn.ix.Vector(r.Terms)
	emit(r)
}

func keyRep(r Rep, emit func(string, Rep)) { emit(r.URL, r) }

func dropSig(r Rep, emit func(Rep)) {
	r.Sig = nil
	emit(r)
}

// minhash signs a text by the smallest hash of its shingles under 32 hash
// functions: two texts agree on a signature entry with probability equal to
// the Jaccard similarity of their shingle sets. Short texts get none.
func minhash(words []string, k int) []uint64 {
	const n = 32
	if len(words) < k+10 {
		return nil
	}
	sig := make([]uint64, n)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for i := 0; i+k <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+k] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for j := range sig {
			if v := mix(x ^ seeds[j]); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

var seeds = func() []uint64 {
	s := make([]uint64, 32)
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// mix is splitmix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func eventKey(e events.Fingerprint) string {
	b, _ := json.Marshal(e)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:8])
}

const bands = 8

func sigKeys(r Rep, emit func(string, Lite)) {
	if len(r.Sig) == 0 {
		return
	}
	rows := len(r.Sig) / bands
	l := Lite{URL: r.URL, Sig: r.Sig, Key: eventKey(r.Event)}
	for b := 0; b < bands; b++ {
		h := fnv.New64a()
		for _, v := range r.Sig[b*rows : (b+1)*rows] {
			fmt.Fprintf(h, "%x,", v)
		}
		emit(fmt.Sprintf("%d:%x", b, h.Sum64()), l)
	}
}

// copyFn links the copies in one minhash bucket to an original: each member
// is compared with the bucket's first few distinct texts only (its heads), so
// a wire story on hundreds of sites costs hundreds of comparisons, not their square.
type copyFn struct {
	Sim      float64
	MaxHeads int
}

func (fn *copyFn) ProcessElement(ctx context.Context, _ string, iter func(*Lite) bool, emit func(Edge)) {
	var ls []Lite
	var l Lite
	for iter(&l) {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].URL < ls[j].URL })
	var heads []Lite
	var n int64
	for _, m := range ls {
		joined := false
		for _, h := range heads {
			n++
			if h.Key == m.Key && agree(h.Sig, m.Sig) >= fn.Sim {
				emit(Edge{h.URL, m.URL})
				joined = true
				break
			}
		}
		if !joined && len(heads) < fn.MaxHeads {
			heads = append(heads, m)
		}
	}
	cCopyCmp.Inc(ctx, n)
}

func agree(a, b []uint64) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// globalUF turns edges into (report, component) pairs, the component named
// by its smallest URL. It runs on one worker: its input is the edges found
// within blocks (a few per report), never pairs of the whole crawl.
func globalUF(s beam.Scope, edges beam.PCollection) beam.PCollection {
	return beam.ParDo(s, unionFind, beam.GroupByKey(s, beam.ParDo(s, edgeKey, edges)))
}

func edgeKey(e Edge, emit func(string, Edge)) { emit("", e) }

func unionFind(_ string, iter func(*Edge) bool, emit func(string, string)) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		for p != x {
			parent[x] = parent[p]
			x, p = p, parent[p]
		}
		return x
	}
	var e Edge
	for iter(&e) {
		a, b := find(e.A), find(e.B)
		if a < b {
			parent[b] = a
		} else if b < a {
			parent[a] = b
		}
	}
	for x := range parent {
		emit(x, find(x))
	}
}

// splitCopies: a report whose component (copyOf) is another URL is a copy;
// the rest are originals and go on to linking.
func splitCopies(ctx context.Context, url string, reps func(*Rep) bool, roots func(*string) bool, orig func(Rep), copies func(string, string)) {
	var root string
	for roots(&root) {
	}
	var r Rep
	for reps(&r) {
		if root != "" && root != url {
			cCopies.Inc(ctx, 1)
			copies(root, url)
			continue
		}
		orig(r)
	}
}

func partyKeys(r Rep, emit func(string, PartyLite)) {
	if !events.IsCall(r.Event) {
		return
	}
	seen := map[string]bool{}
	for _, t := range events.PartyTokens(r.Event.Parties) {
		if !seen[t] {
			seen[t] = true
			emit(t, PartyLite{URL: r.URL, Parties: r.Event.Parties})
		}
	}
}

// partyEdges joins call reports naming the same two people (events.SameParties).
// Reports spelling the names alike are chained, not compared; distinct
// spellings are few.
func partyEdges(ctx context.Context, _ string, iter func(*PartyLite) bool, emit func(Edge)) {
	byKey := map[string][]string{}
	parties := map[string][]events.Party{}
	var l PartyLite
	for iter(&l) {
		k := spelling(l.Parties)
		byKey[k] = append(byKey[k], l.URL)
		parties[k] = l.Parties
	}
	keys := make([]string, 0, len(byKey))
	for k, us := range byKey {
		keys = append(keys, k)
		sort.Strings(us)
		for _, u := range us {
			emit(Edge{us[0], u}) // u with itself too: every call report gets a block
		}
	}
	sort.Strings(keys)
	var n int64
	for i, a := range keys {
		for _, b := range keys[i+1:] {
			n++
			if events.SameParties(parties[a], parties[b]) {
				emit(Edge{byKey[a][0], byKey[b][0]})
			}
		}
	}
	cPartyCmp.Inc(ctx, n)
}

func spelling(ps []events.Party) string {
	var b strings.Builder
	for i, p := range ps {
		if i == 2 {
			break
		}
		b.WriteString(p.Name)
		b.WriteByte('|')
	}
	return b.String()
}

func joinBlock(url string, reps func(*Rep) bool, blocks func(*string) bool, in func(string, Rep), out func(Rep)) {
	var blk string
	for blocks(&blk) {
	}
	var r Rep
	for reps(&r) {
		if blk != "" {
			in(blk, r)
		} else {
			out(r)
		}
	}
}

// callGroupsFn groups one party block's reports by call (link.CallGroups, the
// call linker `crossread link` runs), in URL order as link runs in file order.
type callGroupsFn struct{ Cap int }

func (fn *callGroupsFn) ProcessElement(ctx context.Context, blk string, iter func(*Rep) bool, emit func(Rep), edge func(Edge)) {
	rs := collect(iter)
	cPartyBlk.Inc(ctx, 1)
	dBlock.Update(ctx, int64(len(rs)))
	for ci, chunk := range chunks(rs, fn.Cap) {
		if len(chunk) > 1 {
			lr := make([]link.Report, len(chunk))
			for i := range chunk {
				lr[i] = toLink(&chunk[i])
			}
			first := map[int]string{}
			for i, g := range link.CallGroups(lr) {
				if g < 0 {
					continue
				}
				chunk[i].Call = fmt.Sprintf("%s#%d.%d", blk, ci, g)
				if f, ok := first[g]; ok {
					edge(Edge{f, chunk[i].URL})
				} else {
					first[g] = chunk[i].URL
				}
			}
		}
		for _, r := range chunk {
			emit(r)
		}
	}
	if len(rs) > fn.Cap {
		cSplit.Inc(ctx, 1)
	}
}

func collect(iter func(*Rep) bool) []Rep {
	var rs []Rep
	var r Rep
	for iter(&r) {
		rs = append(rs, r)
		r = Rep{}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].URL < rs[j].URL })
	return rs
}

// anchor is the day a report is placed in time by, for splitting big blocks.
func anchor(r *Rep) string {
	switch {
	case r.Event.Day != "":
		return r.Event.Day
	case r.Event.Reported != "":
		return r.Event.Reported
	}
	return r.DCT
}

// chunks splits rs (in URL order) when it is larger than limit: by time
// (anchor day), then into runs of limit, each run in URL order. Blocks within
// the limit stay whole, so results equal the all-pairs linker's there.
func chunks(rs []Rep, limit int) [][]Rep {
	if len(rs) <= limit {
		return [][]Rep{rs}
	}
	s := append([]Rep(nil), rs...)
	sort.SliceStable(s, func(i, j int) bool { return anchor(&s[i]) < anchor(&s[j]) })
	var out [][]Rep
	for i := 0; i < len(s); i += limit {
		c := append([]Rep(nil), s[i:min(i+limit, len(s))]...)
		sort.Slice(c, func(a, b int) bool { return c[a].URL < c[b].URL })
		out = append(out, c)
	}
	return out
}

func toLink(r *Rep) link.Report {
	return link.Report{Event: r.Event, Terms: r.Terms, Title: r.Title, DCT: r.DCT, Digest: r.Digest, Vec: r.vec}
}

// candKeysFn keys a report by what two reports of one event share: the
// event's kind and each party's name words (the fingerprint's verdict needs a
// shared person), and its Top most weighted words (the words' verdict needs
// shared rare words); Top 0 takes as many as make the blocking exact.
//
// A block holds urls only; blockFn finds the reports in its side input. A
// report has ~18 keys and its words are most of its bytes: sent once per key,
// the reports in the blocks were most of the runner's memory (2.3 GB live at
// 10k reports), sent once they are a copy of the crawl's reports.
type candKeysFn struct{ Top int }

func (fn *candKeysFn) ProcessElement(r Rep, emit func(string, string)) {
	for _, k := range fn.keys(&r) {
		emit(k, r.URL)
	}
}

// keys are r's block keys, sorted.
func (fn *candKeysFn) keys(r *Rep) []string {
	keys := fn.unsorted(r)
	sort.Strings(keys)
	return keys
}

func (fn *candKeysFn) unsorted(r *Rep) []string {
	var keys []string
	seen := map[string]bool{}
	key := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	if r.Event.Kind != "" {
		for _, p := range r.Event.Parties {
			for _, t := range events.PartyTokens([]events.Party{p}) {
				key("p:" + r.Event.Kind + ":" + t)
			}
		}
	}
	type tw struct {
		t string
		w float64
	}
	ts := make([]tw, 0, len(r.Terms))
	for t, w := range r.Terms {
		ts = append(ts, tw{t, w})
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].w > ts[j].w || ts[i].w == ts[j].w && ts[i].t < ts[j].t })
	if fn.Top > 0 {
		top := fn.Top + len(ts)/perExtraKey
		for i := 0; i < len(ts) && i < top; i++ {
			key("t:" + ts[i].t)
		}
		return keys
	}
	// Exact: the heaviest words until the rest weighs under half the
	// threshold. Two unit vectors whose rests both weigh under t/2 and who
	// share none of these words have a cosine under t/2 + t/2 (Cauchy-Schwarz
	// on each part), so every pair the clustering could join shares a key.
	rest := 0.0
	for _, x := range ts {
		rest += x.w * x.w
	}
	half := link.WordFloor / 2
	for _, x := range ts {
		if rest < half*half {
			break
		}
		key("t:" + x.t)
		rest -= x.w * x.w
	}
	return keys
}

// runID names one Build, so that blockFn instances of two pipelines built in
// one process never share an index.
func runID() string {
	return fmt.Sprintf("%d-%d", os.Getpid(), runSeq.Add(1))
}

var runSeq atomic.Int64

// perExtraKey: a report is blocked under one more word per this many of
// its distinct words. A long page's weight is spread over hundreds of words,
// and the few it shares with its neighbours may lie below its heaviest 16
// (one ECB+ report of 1,058 tokens missed all four of its neighbours so).
var perExtraKey = 25

// blockFn compares the reports of one block pairwise with link.Sim and emits,
// keyed by each of the two, the pairs at link.WordFloor or above: the
// candidates for each report's neighbours (nearestEdges).
// The reports come from the side input, read into a map by url once per run
// and process (sideIndex; the global window's side input is the same for
// every bundle). The map keeps each report's words as ids numbered by one
// dictionary (vec), not as a map of strings: at 100k reports the maps took
// the run past 24 GB.
type blockFn struct {
	Cap, Top int
	Run      string // one Build: its instances in one process share one index (sideIndex)
	byURL    map[string][]*Rep
}

// sideIndex is the side input read into a map by url, built by the first
// blockFn instance of a run in this process and shared by the others: each
// instance built its own before, and the reading (word ids, keys) was
// repeated per instance, a cost that grew with the crawl. It lives as long
// as the process, which runs one pipeline (main.go).
type sideIndex struct {
	once  sync.Once
	byURL map[string][]*Rep
}

var sideIndexes sync.Map // Run → *sideIndex

func (fn *blockFn) index(ctx context.Context, all func(*Rep) bool) map[string][]*Rep {
	v, _ := sideIndexes.LoadOrStore(fn.Run, &sideIndex{})
	ix := v.(*sideIndex)
	ix.once.Do(func() {
		cSideLoads.Inc(ctx, 1)
		ix.byURL = map[string][]*Rep{}
		kf := candKeysFn{Top: fn.Top}
		d := events.NewDict()
		var r Rep
		for all(&r) {
			c := r
			c.Keys = kf.keys(&c)
			c.vec = d.Vec(c.Terms)
			c.Terms = nil
			ix.byURL[c.URL] = append(ix.byURL[c.URL], &c)
			r = Rep{}
		}
	})
	return ix.byURL
}

func (fn *blockFn) ProcessElement(ctx context.Context, key string, urls func(*string) bool, all func(*Rep) bool, emit func(string, Near)) {
	if fn.byURL == nil {
		fn.byURL = fn.index(ctx, all)
	}
	seen := map[string]bool{}
	var rs []Rep
	var u string
	for urls(&u) {
		if !seen[u] {
			seen[u] = true
			for _, r := range fn.byURL[u] {
				rs = append(rs, *r)
			}
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].URL < rs[j].URL })
	cBlocks.Inc(ctx, 1)
	dBlock.Update(ctx, int64(len(rs)))
	if len(rs) > fn.Cap {
		cSplit.Inc(ctx, 1)
	}
	var n, e int64
	for _, c := range chunks(rs, fn.Cap) {
		lr := make([]link.Report, len(c))
		for i := range c {
			lr[i] = toLink(&c[i])
		}
		for i := range c {
			for j := i + 1; j < len(c); j++ {
				if firstShared(c[i].Keys, c[j].Keys) != key {
					continue // compared in an earlier block of theirs
				}
				n++
				gi, gj := callIDs(c[i].Call, c[j].Call)
				if v := link.Sim(&lr[i], &lr[j], gi, gj); v >= link.WordFloor {
					e++
					emit(c[i].URL, Near{c[j].URL, v})
					emit(c[j].URL, Near{c[i].URL, v})
				}
			}
		}
	}
	cCmp.Inc(ctx, n)
	cNear.Inc(ctx, e)
}

// nearestEdges keeps, of the reports compared with url at link.WordFloor or
// above, its neighbours as link.Group takes them (link.NeighbourCut) as
// edges. Two reports link.Group can join are neighbours or share one (their
// words weigh nothing otherwise), so they fall in one component; and each
// report's neighbours are in its component, so clustering a component alone
// weighs its words as over the whole set. Fewer edges than every pair at the
// floor: chains of pairs at 0.15 made one component of half a 100k crawl.
func nearestEdges(ctx context.Context, url string, iter func(*Near) bool, emit func(Edge)) {
	var ns []Near
	var n Near
	for iter(&n) {
		ns = append(ns, n)
	}
	vs := make([]float64, len(ns))
	for i, x := range ns {
		vs[i] = x.Sim
	}
	cut := link.NeighbourCut(vs)
	for _, x := range ns {
		if x.Sim >= cut {
			cEdges.Inc(ctx, 1)
			emit(Edge{url, x.URL})
		}
	}
}

// firstShared is the smallest key in both sorted lists.
func firstShared(a, b []string) string {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return a[i]
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return ""
}

// callIDs are two reports' call groups as link.Sim takes them.
func callIDs(a, b string) (int, int) {
	ga, gb := -1, -1
	if a != "" {
		ga = 0
	}
	if b != "" {
		gb = 1
		if b == a {
			gb = 0
		}
	}
	return ga, gb
}

func joinComponent(url string, reps func(*Rep) bool, comps func(*string) bool, emit func(string, Rep)) {
	c := url
	var x string
	for comps(&x) {
		c = x
	}
	var r Rep
	for reps(&r) {
		emit(c, r)
	}
}

// clusterFn runs link's clustering (link.Group) over one connected component:
// a group never spans two components, since joining two groups needs a pair
// at link.WordFloor, and a report's nearest neighbours (at or above it) are
// all in its component, so this equals clustering the whole set at once.
type clusterFn struct{ Cap int }

func (fn *clusterFn) ProcessElement(ctx context.Context, _ string, iter func(*Rep) bool, emit func(string, Tag)) {
	rs := collect(iter)
	cComps.Inc(ctx, 1)
	dComp.Update(ctx, int64(len(rs)))
	if len(rs) > fn.Cap {
		cCompSplit.Inc(ctx, 1)
	}
	for _, c := range chunks(rs, fn.Cap) {
		lr := make([]link.Report, len(c))
		calls := make([]int, len(c))
		ids := map[string]int{}
		for i := range c {
			lr[i] = toLink(&c[i])
			calls[i] = -1
			if c[i].Call != "" {
				if _, ok := ids[c[i].Call]; !ok {
					ids[c[i].Call] = len(ids)
				}
				calls[i] = ids[c[i].Call]
			}
		}
		cClusterCmp.Inc(ctx, int64(len(c)*(len(c)-1)/2))
		group := link.Group(lr, calls)
		name := map[int]string{}
		for i, g := range group {
			if _, ok := name[g]; !ok {
				name[g] = c[i].URL // URL order: the group's smallest URL
			}
			emit(c[i].URL, Tag{Group: name[g]})
		}
	}
}

func expandCopies(url string, tags func(*Tag) bool, copies func(*string) bool, emit func(string, Tag)) {
	var t Tag
	found := false
	for tags(&t) {
		found = true
		emit(url, t)
	}
	if !found {
		return
	}
	var c string
	for copies(&c) {
		emit(c, Tag{Group: t.Group, CopyOf: url})
	}
}

func joinMembers(url string, tags func(*Tag) bool, metas func(*Meta) bool, stored func(*Stored) bool, emit func(string, Member)) {
	var t Tag
	found := false
	for tags(&t) {
		found = true
	}
	if !found {
		return
	}
	m := Member{URL: url, CopyOf: t.CopyOf}
	metas(&m.Meta)
	var st Stored
	if stored(&st) {
		m.Stored = []Stored{st}
	}
	emit(t.Group, m)
}

// eventFn writes one event: its reports (copies marked), the fingerprint
// they agree on, and the facts across reports (which report says which day,
// initiator, duration, "first since").
type eventFn struct{}

type eventReport struct {
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	CopyOf string `json:"copy_of,omitempty"`
}

type eventLine struct {
	ID          string                         `json:"id"`
	Fingerprint events.Fingerprint             `json:"fingerprint"`
	Reports     []eventReport                  `json:"reports"`
	Facts       map[string]map[string][]string `json:"facts"`
}

func (fn *eventFn) ProcessElement(ctx context.Context, _ string, iter func(*Member) bool, lines func(int, Line), bundle func(int, Line)) {
	var ms []Member
	var m Member
	for iter(&m) {
		ms = append(ms, m)
		m = Member{}
	}
	if len(ms) < 2 {
		return
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].URL < ms[j].URL })
	cEvents.Inc(ctx, 1)
	ev := eventLine{Facts: map[string]map[string][]string{}}
	h := sha256.New()
	best := -1
	for i, m := range ms {
		h.Write([]byte(m.URL + "\n"))
		ev.Reports = append(ev.Reports, eventReport{URL: m.URL, Title: m.Meta.Title, Date: m.Meta.DCT, CopyOf: m.CopyOf})
		f := m.Meta.Event
		fact := func(name, v string) {
			if v == "" {
				return
			}
			if ev.Facts[name] == nil {
				ev.Facts[name] = map[string][]string{}
			}
			ev.Facts[name][v] = append(ev.Facts[name][v], m.URL)
		}
		fact("kind", f.Kind)
		fact("day", f.Day)
		fact("weekday", f.Weekday)
		fact("initiator", f.Initiator)
		fact("duration", f.Duration)
		for _, s := range f.Since {
			fact("first_since", s)
		}
		for _, p := range f.Parties {
			fact("party", p.Name)
		}
		if best < 0 || score(f) > score(ms[best].Meta.Event) {
			best = i
		}
		for _, st := range m.Stored {
			b, _ := json.Marshal(st)
			bundle(0, Line{Key: m.URL, Text: string(b)})
		}
	}
	ev.ID = hex.EncodeToString(h.Sum(nil)[:8])
	ev.Fingerprint = ms[best].Meta.Event
	ev.Fingerprint.Evidence = ""
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(ev)
	lines(0, Line{Key: ev.ID, Text: strings.TrimSuffix(b.String(), "\n")})
}

// score: the member whose fingerprint says most stands for the event.
func score(f events.Fingerprint) int {
	n := 0
	for _, s := range []string{f.Kind, f.Day, f.Initiator, f.Duration} {
		if s != "" {
			n += 2
		}
	}
	return n + len(f.Parties) + len(f.Since)
}

func annLine(url, js string, emit func(int, Line)) { emit(0, Line{Key: url, Text: js}) }

// writeFn writes one output file, lines sorted by key: a rerun over the same
// input writes the same bytes.
type writeFn struct {
	Path           string
	Open, Sep, End string
}

func (fn *writeFn) ProcessElement(ctx context.Context, _ int, iter func(*Line) bool) error {
	var ls []Line
	var l Line
	for iter(&l) {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].Key < ls[j].Key || ls[i].Key == ls[j].Key && ls[i].Text < ls[j].Text })
	return writeLines(ctx, fn.Path, ls, fn.Open, fn.Sep, fn.End)
}
