package annotate

import (
	"hash/maphash"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/corpus"
	"github.com/crossread/crossread/internal/doc"
	"github.com/crossread/crossread/internal/events"
)

// Corpus is a set of reports with their event fingerprints, computed once by
// this same pipeline (so a stored report is read exactly as a page would be).
type Corpus struct {
	once    sync.Once
	reports []corpus.Report
	entries []entry

	indexOnce sync.Once
	index     map[string][]int // folded name word → entries of calls naming it

	dfOnce sync.Once
	df     *events.Index // document frequencies of the entries' words
}

type entry struct {
	id, title string
	lines     textSet
	fp        events.Fingerprint
	terms     events.Terms // its words, to tell one call of a pair from another when a day is missing
}

// NewCorpus wraps reports; their fingerprints are computed on first use.
func NewCorpus(reports []corpus.Report) *Corpus {
	return &Corpus{reports: reports}
}

var seeds = NewCorpus(corpus.Seeds())

// Seeds is the built-in corpus: the seed reports.
func Seeds() *Corpus { return seeds }

func (c *Corpus) load() {
	c.once.Do(func() {
		for _, r := range c.reports {
			k := memoKeyOf(r)
			if e, ok := memo.get(k); ok {
				c.entries = append(c.entries, e)
				continue
			}
			name := r.ID
			if r.HTML {
				name = "page.html"
			} else if !strings.HasSuffix(name, ".txt") {
				name += ".txt"
			}
			d, err := doc.Parse([]byte(r.Text), name, r.URL)
			if err != nil {
				continue // a stored report that no longer parses links to nothing
			}
			res := Run(d, Options{DCT: r.DCT, URL: r.URL, NoLink: true, Today: time.Unix(0, 0)})
			t := res.Title
			if t == "" {
				t = r.Title
			}
			skip := make([]bool, len(res.Blocks))
			for i, b := range res.Blocks {
				skip[i] = b.Boilerplate
			}
			e := entry{id: r.ID, title: t, lines: linesOf(d), fp: res.Event, terms: events.TermsOf(d.Texts(), skip)}
			memo.put(k, e)
			c.entries = append(c.entries, e)
		}
	})
}

// memo keeps the entries of reports read before: the extension sends the
// reader's stored reports (up to 200) with every page, and reading each one
// again per page cost ~0.4 s natively. Keyed by the report's content; entries
// are never modified after they are built, so they are shared.
var memo = entryMemo{m: map[memoKey]entry{}}

const memoMax = 1024 // reports; past it the memo starts over

type memoKey struct {
	id, dct, url string
	html         bool
	n            int
	sum          uint64
}

var memoSeed = maphash.MakeSeed()

func memoKeyOf(r corpus.Report) memoKey {
	return memoKey{r.ID, r.DCT, r.URL, r.HTML, len(r.Text), maphash.String(memoSeed, r.Text)}
}

type entryMemo struct {
	sync.Mutex
	m map[memoKey]entry
}

func (m *entryMemo) get(k memoKey) (entry, bool) {
	m.Lock()
	defer m.Unlock()
	e, ok := m.m[k]
	return e, ok
}

func (m *entryMemo) put(k memoKey, e entry) {
	m.Lock()
	defer m.Unlock()
	if len(m.m) >= memoMax {
		m.m = map[memoKey]entry{}
	}
	m.m[k] = e
}

// Links returns the reports of the same event as fp (best first), and those of
// another contact between the same parties. self holds the page's own lines: a
// page never links to itself, whether it is read as text or as a web page.
func (c *Corpus) Links(fp events.Fingerprint, self textSet) (same, related []Link) {
	return c.LinksWith(fp, nil, self)
}

// LinksWith is Links with the page's words (events.TermsOf), which tell one
// call of a pair from another when a report gives no day.
//
// A call between two named people is compared only with the corpus reports
// naming the same two people (the block, found through an index of their
// names' words, not by reading every report): within it, reports are grouped
// by the call's day, and a report with no day joins the group its weekday,
// date, stated facts and words fit (events.CallGroups). Other events are
// compared fingerprint to fingerprint.
func (c *Corpus) LinksWith(fp events.Fingerprint, terms events.Terms, self textSet) (same, related []Link) {
	c.load()
	same, related = []Link{}, []Link{}
	inBlock := map[int]bool{}
	if events.IsCall(fp) {
		var block []int
		for _, i := range c.byParties(fp.Parties) {
			if !c.entries[i].lines.within(self) {
				block = append(block, i)
				inBlock[i] = true
			}
		}
		if len(block) > 0 {
			// Word weights from the whole corpus and the page: what is rare
			// among all of them tells one call from another (a block of
			// three reports alone would weigh their shared words nothing).
			ix := c.wordIndex(terms)
			fps := []events.Fingerprint{fp}
			vecs := []events.Terms{ix.Vector(terms)}
			for _, i := range block {
				fps = append(fps, c.entries[i].fp)
				vecs = append(vecs, ix.Vector(c.entries[i].terms))
			}
			cos := func(a, b int) float64 { return events.PartyCosine(vecs[a], vecs[b], fps[a], fps[b]) }
			group := events.CallGroups(fps, cos)
			for k, i := range block {
				e := c.entries[i]
				if group[0] >= 0 && group[k+1] == group[0] {
					score := 0.7
					if fp.Day != "" && fp.Day == e.fp.Day {
						score = 1
					}
					same = append(same, Link{Report: e.id, Title: e.title, Score: score, Day: e.fp.Day, Note: events.WhySame(fp, e.fp, cos(0, k+1))})
				} else {
					related = append(related, Link{Report: e.id, Title: e.title, Day: e.fp.Day, Note: events.WhyOther(fp, e.fp)})
				}
			}
		}
	}
	for i, e := range c.entries {
		if inBlock[i] || e.lines.within(self) {
			continue
		}
		if events.IsCall(fp) && events.IsCall(e.fp) {
			continue // another two people's call
		}
		m := events.Compare(fp, e.fp)
		switch {
		case m.Same:
			same = append(same, Link{Report: e.id, Title: e.title, Score: round2(m.Score), Day: e.fp.Day, Note: m.Note})
		case m.Related:
			related = append(related, Link{Report: e.id, Title: e.title, Day: e.fp.Day, Note: m.Note})
		case fp.Kind != e.fp.Kind && fp.Kind != "" && e.fp.Kind != "" && events.SameParties(fp.Parties, e.fp.Parties):
			related = append(related, Link{Report: e.id, Title: e.title, Day: e.fp.Day, Note: events.WhyOther(fp, e.fp)})
		}
	}
	sort.SliceStable(same, func(i, j int) bool { return same[i].Score > same[j].Score })
	return same, related
}

// wordIndex is the document frequencies of the corpus's reports and the page.
func (c *Corpus) wordIndex(page events.Terms) *events.Index {
	c.dfOnce.Do(func() {
		docs := make([]events.Terms, len(c.entries))
		for i, e := range c.entries {
			docs[i] = e.terms
		}
		c.df = events.NewIndex(docs)
	})
	return c.df.With(page)
}

// byParties lists the corpus reports of a call between the same two people,
// through an index from each name's folded words to the reports naming it.
func (c *Corpus) byParties(ps []events.Party) []int {
	c.indexOnce.Do(func() {
		c.index = map[string][]int{}
		for i, e := range c.entries {
			if !events.IsCall(e.fp) {
				continue
			}
			seen := map[string]bool{}
			for _, t := range events.PartyTokens(e.fp.Parties) {
				if !seen[t] {
					seen[t] = true
					c.index[t] = append(c.index[t], i)
				}
			}
		}
	})
	seen := map[int]bool{}
	var out []int
	for _, t := range events.PartyTokens(ps) {
		for _, i := range c.index[t] {
			if !seen[i] && events.SameParties(ps, c.entries[i].fp.Parties) {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// DayFor finds the day of fp's event from the corpus, for a report with no date
// of its own: the reports that match it (same kind, parties, weekday, no
// contradicting fact) must all agree on one day.
func (c *Corpus) DayFor(fp events.Fingerprint, self textSet) (time.Time, bool) {
	c.load()
	var day string
	for _, e := range c.entries {
		if e.lines.within(self) || e.fp.Day == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", e.fp.Day)
		if err != nil {
			continue
		}
		if fp.Weekday != "" && strings.ToLower(t.Weekday().String()) != fp.Weekday {
			continue
		}
		if !events.Compare(fp, e.fp).Same {
			continue
		}
		if day != "" && day != e.fp.Day {
			return time.Time{}, false // two candidate days: no answer rather than a guess
		}
		day = e.fp.Day
	}
	if day == "" {
		return time.Time{}, false
	}
	t, _ := time.Parse("2006-01-02", day)
	return t, true
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// fingerprints returns the fingerprints of the linked reports, by id.
func (c *Corpus) fingerprints(ls []Link) map[string]events.Fingerprint {
	c.load()
	out := map[string]events.Fingerprint{}
	for _, l := range ls {
		for _, e := range c.entries {
			if e.id == l.Report {
				out[e.id] = e.fp
			}
		}
	}
	return out
}

// textSet holds hashes of a report's longer lines (blocks of at least
// selfMinWords words), enough to recognise the same report in other markup.
type textSet map[uint64]bool

const (
	selfMinWords = 4
	selfShare    = 0.8 // share of a stored report's lines a page must contain to be that report
)

func linesOf(d *doc.Document) textSet {
	s := textSet{}
	for _, b := range d.Blocks {
		// Unicode spaces folded: one copy of a report may keep a trailing
		// no-break space that another trimmed.
		if h, n := fieldsHash(b.Text); n >= selfMinWords {
			s[h] = true
		}
	}
	return s
}

// fieldsHash is the FNV-1a hash of strings.Join(strings.Fields(text), " ")
// and the number of fields, computed without building either.
func fieldsHash(text string) (h uint64, n int) {
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h = offset64
	add := func(s string) {
		if n > 0 {
			h = (h ^ ' ') * prime64
		}
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime64
		}
		n++
	}
	start := -1
	for i := 0; i < len(text); {
		// ASCII bytes without decoding (every block of a page is hashed, and
		// the wasm pays for each rune decoded); other runes as strings.Fields.
		space, size := false, 1
		if c := text[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				add(text[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		add(text[start:])
	}
	return h, n
}

// asciiSpace is unicode.IsSpace over ASCII.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// within reports whether most of s's lines are in page.
func (s textSet) within(page textSet) bool {
	if len(s) == 0 {
		return false
	}
	n := 0
	for h := range s {
		if page[h] {
			n++
		}
	}
	return float64(n) >= selfShare*float64(len(s))
}

// LinksForDoc is Links for a parsed document, recognising it when it is itself
// a corpus report; terms are its words (events.TermsOf over its article
// blocks), nil to read them from every block.
func (c *Corpus) LinksForDoc(d *doc.Document, fp events.Fingerprint, terms events.Terms) (same, related []Link) {
	if terms == nil {
		terms = events.TermsOf(d.Texts(), nil)
	}
	return c.LinksWith(fp, terms, linesOf(d))
}
