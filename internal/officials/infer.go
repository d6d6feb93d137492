package officials

import "strings"

// Offices stated away from the name. Pass 1 reads only evidence next to a
// name; reporters often give the office in the next sentence instead
// ("Deval Patrick ... The former Massachusetts governor added") or through
// a pronoun ("Her spokesman, Bill Roe, said"). These readers run after pass
// 1, so the officials it found can veto or anchor them, and before the
// merge, so what they introduce is linked like any other introduction.

// backWindow is how many tokens before a description its antecedent may
// stand: about two sentences. Further back, a description more likely
// starts a new topic.
const backWindow = 60

// subjectConj may open a sentence before a description: "But the senator".
var subjectConj = map[string]bool{"but": true, "and": true, "yet": true, "still": true, "meanwhile": true}

// notBeforePerson: a span after these is a place or an object of a
// preposition ("flew to Des Moines"), not a person the report talks about.
var notBeforePerson = map[string]bool{"in": true, "at": true, "to": true, "from": true, "of": true, "near": true,
	"into": true, "across": true, "the": true, "a": true, "an": true, "outside": true, "around": true}

// staffPronouns own a staff title whose owner is the official just named:
// "Her spokesman, Bill Roe".
var staffPronouns = map[string]bool{"his": true, "her": true}

// ref is a name span somewhere in the report.
type ref struct{ bi, si int }

func (f *finder) inferAcross() {
	var prev ref // the most recent name span in reading order, bi < 0 if none
	prev.bi = -1
	var seen map[string]bool // surnames of the full names read so far
	for bi, b := range f.bs {
		if b == nil {
			continue
		}
		if b.title {
			continue // headlines blur names into verbs; they start no reference chain
		}
		ts := b.ts
		si := 0
		for k := 0; k < len(ts); k++ {
			for si < len(b.spans) && b.spans[si].b <= k {
				// a lone capitalized word is a reference only as the surname of a
				// name written before ("Don't", "Columbia" are not)
				if sp := b.spans[si]; sp.b-sp.a >= 2 {
					if seen == nil {
						seen = map[string]bool{}
					}
					seen[ts[sp.b-1].key] = true
					prev = ref{bi, si}
				} else if seen[ts[sp.a].key] {
					prev = ref{bi, si}
				}
				si++
			}
			if si < len(b.spans) && b.spans[si].a == k {
				f.staffOfPronoun(bi, si, prev)
				f.predecessorOf(bi, si, prev)
				f.putInCharge(bi, si)
				continue
			}
			if propelVerbs[ts[k].key] {
				f.propelledInto(bi, k, si, prev)
			}
			if ts[k].key == "the" && (ts[k].sent || k > 0 && ts[k-1].sent && subjectConj[ts[k-1].key]) {
				f.describedBack(bi, k, prev)
			}
		}
	}
}

// describedBack: a definite description opening a sentence ("The former
// Massachusetts governor added", "But the senator is eager") names the
// office of the person named last before it, when that person is a
// person, has no office yet and no official of the report holds an office
// with the same head (the description could be theirs).
func (f *finder) describedBack(bi, k int, last ref) {
	ts := f.bs[bi].ts
	j := k + 1
	// one plain adjective may precede the title: "the veteran senator"
	if j+1 < len(ts) && ts[j].word && !ts[j].cap && class(ts[j]) == 0 && titleish(ts, j+1) {
		j++
	}
	e := j
	for e < len(ts) && e-j < 6 && titleish(ts, e) && class(ts[e])&cConn == 0 {
		e++
	}
	if e < len(ts) && e > j && class(ts[e-1])&cHead != 0 && ts[e-1].cap && ts[e].key == "of" {
		f.officeOfCountry(bi, k, j, e)
		return
	}
	if e == j || e >= len(ts) || class(ts[e-1])&cHead == 0 || ts[e-1].cap && class(ts[e-1])&cStrong == 0 {
		return // no office noun; a capitalized weak one ("The President") is a title of someone else
	}
	if !verbLike(ts[e]) {
		return // not the subject of a verb: "the governor's spokesman", "the police chief in Kodiak", "the general manager"
	}
	if h := ts[e-1]; !h.cap && class(h)&cRank != 0 && class(h)&cMod == 0 {
		return // "the general", "the major": ranks in lower case are ordinary words too
	}
	ph := analyse(ts, j, e)
	if ph.head < 0 || !ph.strong && !ph.gov {
		return // "the president", "the spokesman": whose?
	}
	if !ph.strong && ph.head == j {
		return
	}
	r, ok := titleRole(ts, j, e, kAppositive)
	if !ok {
		return
	}
	head := ts[ph.head].key
	for _, p := range f.people {
		for _, pr := range p.roles {
			if strings.Contains(pr.key, head) {
				return // an official of the report could be the one described
			}
		}
	}
	if !f.onlyCandidate(bi, ts[k].s, last) {
		return
	}
	f.introduceRef(bi, ts[k].s, last, r)
}

// verbLike: may t be the verb after a subject? A lower-case word that is a
// speech verb, an auxiliary, or has a verb ending; nouns such as "manager"
// and prepositions are not.
func verbLike(t tok) bool {
	if !t.word || t.cap || t.poss {
		return false
	}
	if speechVerbs[t.key] || auxVerbs[t.key] {
		return true
	}
	return len(t.key) > 3 && (strings.HasSuffix(t.key, "ed") || strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss"))
}

var auxVerbs = map[string]bool{"is": true, "was": true, "has": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "did": true, "does": true, "may": true, "might": true, "should": true, "must": true}

// onlyCandidate: within backWindow tokens before rune offset at of block bi,
// every name is the same person as last, and none is an official's.
func (f *finder) onlyCandidate(bi, at int, last ref) bool {
	if last.bi < 0 {
		return false
	}
	lb := f.bs[last.bi]
	want := lb.ts[lb.spans[last.si].b-1].key
	if f.known[want] {
		return false
	}
	for b := bi; b >= 0 && b >= last.bi-1; b-- {
		ob := f.bs[b]
		if ob == nil || ob.title {
			continue
		}
		for s2 := len(ob.spans) - 1; s2 >= 0; s2-- {
			sp := ob.spans[s2]
			if b == bi && ob.ts[sp.a].s >= at {
				continue
			}
			if f.tokDist(ref{b, s2}, bi, at) > backWindow {
				break
			}
			k := ob.ts[sp.b-1].key
			if k != want && (sp.b-sp.a >= 2 || f.known[k]) {
				return false // another person (or a place the rules cannot tell from one)
			}
		}
	}
	return true
}

// newFullName: span si of block bi is a full name of 2-4 words not yet
// introduced, and a name came before it (last) for a pronoun to point to.
func (f *finder) newFullName(bi, si int, last ref) bool {
	b := f.bs[bi]
	sp := b.spans[si]
	return !b.intro[si] && sp.b-sp.a >= 2 && sp.b-sp.a <= 4 && last.bi >= 0
}

// staffOfPronoun: "Her spokesman, Bill Roe, said" / "his spokesman Bill
// Roe": a staff title owned by a pronoun whose referent, the name just
// before, is an official of the report.
func (f *finder) staffOfPronoun(bi, si int, last ref) {
	if !f.newFullName(bi, si, last) {
		return
	}
	b := f.bs[bi]
	ts, sp := b.ts, b.spans[si]
	ta := sp.a
	if ta >= 1 && ts[ta-1].key == "," {
		// set off by commas: the name must close the apposition
		if sp.b < len(ts) && ts[sp.b].key != "," {
			return
		}
		ta--
	}
	p := titleStart(ts, ta)
	if p == ta || p < 1 || !staffPronouns[ts[p-1].key] {
		return
	}
	r, ok := titleRoleGov(ts, p, ta)
	if !ok || class(ts[ta-1])&cStrong != 0 {
		return // "his fellow senator X" is an office of X's own, read by pass 1 if at all
	}
	lb := f.bs[last.bi]
	lsp := lb.spans[last.si]
	if !f.known[lb.ts[lsp.b-1].key] {
		return // the referent is not an official
	}
	if f.tokDist(last, bi, ts[p].s) > backWindow {
		return
	}
	r.text = lb.ts[lsp.b-1].text + "'s " + r.text
	r.key = strings.ToLower(fold(r.text))
	f.addIntro(bi, si, r, p)
}

// introduceRef gives role r to the name span last, which must end within
// backWindow tokens before rune offset at of block bi, be a person's name
// (not a place after "in", not an organization) and have no office yet.
func (f *finder) introduceRef(bi, at int, last ref, r roleInfo) {
	if last.bi < 0 {
		return
	}
	lb := f.bs[last.bi]
	lsp := lb.spans[last.si]
	ts := lb.ts
	dist := f.tokDist(last, bi, at)
	if dist > backWindow || credit(ts, lsp) || lsp.b-lsp.a > 4 {
		return
	}
	if lsp.a > 0 && notBeforePerson[ts[lsp.a-1].key] {
		return
	}
	if lsp.b < len(ts) && ts[lsp.b].word && ts[lsp.b].cap {
		return // runs into an organization's name
	}
	if lsp.b+1 < len(ts) && ts[lsp.b].key == "," && (ts[lsp.b+1].key == "a" || ts[lsp.b+1].key == "an" || ts[lsp.b+1].key == "the") {
		return // described otherwise: "Ann Roe, a nurse,"
	}
	// a surname alone stands for the full name written earlier
	fb, fs := last.bi, last.si
	if lsp.b-lsp.a == 1 {
		fb = -1
		key := ts[lsp.a].key
		for b2 := last.bi; b2 >= 0 && fb < 0; b2-- {
			ob := f.bs[b2]
			if ob == nil || ob.title {
				continue
			}
			for s2 := len(ob.spans) - 1; s2 >= 0; s2-- {
				if sp := ob.spans[s2]; sp.b-sp.a >= 2 && sp.b-sp.a <= 4 && ob.ts[sp.b-1].key == key && (b2 < last.bi || s2 < last.si) {
					fb, fs = b2, s2
					break
				}
			}
		}
		if fb < 0 {
			return
		}
	}
	ob := f.bs[fb]
	fsp := ob.spans[fs]
	keys, _ := nameWords(ob.ts, fsp)
	if i, ok := f.byName[strings.Join(keys, " ")]; ok && len(f.people[i].roles) > 0 {
		return // already an official: the office may be a second one, or someone else's
	}
	if ob.intro[fs] || fsp.b-fsp.a < 2 {
		return
	}
	f.addIntro(fb, fs, r, fsp.a)
}

// addIntro introduces span si of block bi with role r; the mention starts at
// token start (a title in front, or the name).
func (f *finder) addIntro(bi, si int, r roleInfo, start int) {
	b := f.bs[bi]
	sp := b.spans[si]
	keys, words := nameWords(b.ts, sp)
	if len(keys) == 0 {
		return
	}
	r.kind = kAppositive
	pi := f.get(keys, words)
	f.people[pi].roles = append(f.people[pi].roles, r)
	b.intro[si] = true
	f.ments = append(f.ments, cand{p: pi, blk: bi, s: start, e: sp.b, intro: start < sp.a})
	f.known[keys[len(keys)-1]] = true
}

// tokDist counts the tokens between the end of span last and rune offset at
// of block bi (later in the report).
func (f *finder) tokDist(last ref, bi, at int) int {
	lb := f.bs[last.bi]
	n := len(lb.ts) - lb.spans[last.si].b
	if last.bi == bi {
		n = 0
		for k := lb.spans[last.si].b; k < len(lb.ts) && lb.ts[k].s < at; k++ {
			n++
		}
		return n
	}
	for b := last.bi + 1; b < bi && n <= backWindow; b++ {
		if f.bs[b] != nil {
			n += len(f.bs[b].ts)
		}
	}
	for _, t := range f.bs[bi].ts {
		if t.s >= at || n > backWindow {
			break
		}
		n++
	}
	return n
}

// officeOfCountry: "The President of Russia warmly congratulated …" opening a
// sentence, the style of official readouts, after "Vladimir Putin had a
// telephone conversation with Prime Minister Narendra Modi": the office
// belongs to the one person named just before who holds none yet. ts[k] is
// "The", ts[j:e] the office words, ts[e] "of".
func (f *finder) officeOfCountry(bi, k, j, e int) {
	ts := f.bs[bi].ts
	c := e + 1
	if c < len(ts) && ts[c].key == "the" {
		c++
	}
	if c >= len(ts) || ts[c].cs == 0 {
		return
	}
	end := c + int(ts[c].cs)
	v := end
	if v+1 < len(ts) && strings.HasSuffix(ts[v].key, "ly") && !ts[v].cap {
		v++ // "warmly congratulated"
	}
	if v >= len(ts) || !verbLike(ts[v]) {
		return
	}
	r, ok := titleRole(ts, j, end, kAppositive)
	if !ok {
		return
	}
	r.country, r.named = ts[c].cty.Code, true
	if who, ok := f.oneUnplaced(bi, ts[k].s); ok {
		f.introduceRef(bi, ts[k].s, who, r)
	}
}

// oneUnplaced is the one person without an office named within backWindow
// tokens before rune offset at of block bi, when there is exactly one (the
// officials named there do not count).
func (f *finder) oneUnplaced(bi, at int) (ref, bool) {
	var who ref
	who.bi = -1
	want := ""
	for b := bi; b >= 0; b-- {
		ob := f.bs[b]
		if ob == nil || ob.title {
			continue
		}
		for s2 := len(ob.spans) - 1; s2 >= 0; s2-- {
			sp := ob.spans[s2]
			if b == bi && ob.ts[sp.a].s >= at {
				continue
			}
			if f.tokDist(ref{b, s2}, bi, at) > backWindow {
				return who, who.bi >= 0
			}
			key := ob.ts[sp.b-1].key
			if f.known[key] || sp.b-sp.a < 2 && key != want {
				continue // an official, or a lone word that is not the person's surname
			}
			if want != "" && key != want {
				return ref{}, false // two people it could be
			}
			want = key
			if sp.b-sp.a >= 2 {
				who = ref{b, s2}
			}
		}
	}
	return who, who.bi >= 0
}
