package officials

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Mention is one place a report names an official.
type Mention struct {
	Block      int    // index into the blocks slice passed to Find
	Start, End int    // half-open code-point (rune) offsets into that block's text
	Text       string // the block text between Start and End, e.g. "Defense Secretary Lloyd Austin", "Austin", "Mr. Austin"
}

// Official is a person the report names in a public office or military rank.
type Official struct {
	Name     string    // canonical full name, e.g. "Lloyd Austin"
	Role     string    // the office, e.g. "U.S. Secretary of Defense", "Russian Defense Minister", "Pentagon press secretary"
	Country  string    // optional: "US", "RU", "UA", ... when known (used to match "his Russian counterpart")
	Mentions []Mention // every mention, in document order
}

type span struct{ a, b int } // name tokens [a, b)

type block struct {
	rs    []rune
	ts    []tok
	title bool // headline case: names run into capitalized verbs, so only known names are linked
	spans []span
	intro []bool // per span: already a mention from pass 1
}

type person struct {
	keys  []string // folded name tokens, suffix dropped
	words []string // as written
	roles []roleInfo
	cps   []cpRef
	hint  string // country from an unnamed counterpart in the same sentence
}

type cpRef struct {
	blk, rune int
	ctry      string
	s, e      int // tokens of the phrase, for an unnamed one: "Russian counterpart"
}

type cand struct {
	p, blk, s, e int  // person; block; token range [s, e)
	intro        bool // introduced here with a title
}

// nameable: can token k be part of a person's name?
func nameable(ts []tok, k int) bool {
	t := ts[k]
	if !t.word || t.poss || !t.cap {
		return false
	}
	if t.dot && len(t.key) == 1 && !t.sent {
		return true // a middle initial: "Mark A. Milley"
	}
	if t.dot && initials(t.key) && k+1 < len(ts) && ts[k+1].word && ts[k+1].cap && !ts[k+1].upper && class(ts[k+1])&cClassNotName == 0 && !ts[k+1].inPlace {
		return true // joined first initials before a surname: "P.J. Crowley"
	}
	c := class(t)
	if t.upper && c&cSuffix == 0 && !capitalInitials(ts, k) {
		return false // NATO, TASS, POOL
	}
	if r := []rune(t.text)[0]; unicode.IsDigit(r) {
		return false
	}
	if c&(cCommon|cHead|cMod|cOrg|cConn|cHonor|cDay|cNotName|cCorp|cService|cRank) != 0 {
		return false
	}
	// Countries and two-word states ("Dakota" of South Dakota) are not
	// names; one-word states may be ("Rep. Virginia Foxx").
	if t.inPlace && !(t.se == 1 && t.cs == 0 && t.ce == 0 && (k+1 >= len(ts) || ts[k+1].se != 2)) && !countryFirstName(ts, k) {
		return false
	}
	return true
}

// capitalInitials: two initials written as one capitalized word, between a
// title and a surname: "Vice President JD Vance", "Gen. CQ Brown".
func capitalInitials(ts []tok, k int) bool {
	t := ts[k]
	return len(t.key) == 2 && !t.dot && !t.inPlace && class(t) == 0 && k > 0 && ts[k-1].cap &&
		(class(ts[k-1])&cRank == 0 && class(ts[k-1])&(cHead|cHonor) != 0 || class(ts[k-1])&cRank != 0 && ts[k-1].dot) && k+1 < len(ts) && ts[k+1].word && ts[k+1].cap &&
		!ts[k+1].upper && !ts[k+1].inPlace && class(ts[k+1])&cClassNotName == 0
}

// countryFirstName: a one-word country that is a first name, between an
// office and a surname: "Defense Minister Israel Katz".
func countryFirstName(ts []tok, k int) bool {
	return ts[k].cs == 1 && k > 0 && class(ts[k-1])&cHead != 0 && ts[k-1].cap &&
		k+1 < len(ts) && ts[k+1].word && ts[k+1].cap && !ts[k+1].inPlace && class(ts[k+1])&cClassNotName == 0
}

// cClassNotName are the classes that keep a word out of a name.
const cClassNotName = cCommon | cHead | cMod | cOrg | cConn | cHonor | cDay | cNotName | cCorp | cService | cRank

// initials: "p.j", "j.r" — single letters joined by periods (not "u.s", which
// is a country, nor "a.m").
func initials(key string) bool {
	if len(key) != 3 || key[1] != '.' || key == "a.m" || key == "p.m" {
		return false
	}
	return unicode.IsLetter(rune(key[0])) && unicode.IsLetter(rune(key[2]))
}

func findSpans(ts []tok, title bool) []span {
	var out []span
	for k := 0; k < len(ts); {
		if !nameable(ts, k) || class(ts[k])&cSuffix != 0 ||
			class(ts[k])&cMonth != 0 && (ts[k].dot || k+1 >= len(ts) || !nameable(ts, k+1) || class(ts[k+1])&cMonth != 0) {
			k++
			continue
		}
		e := k + 1
		for e < len(ts) {
			if nameable(ts, e) {
				if class(ts[e])&cMonth != 0 && e+1 < len(ts) && ts[e+1].word && unicode.IsDigit([]rune(ts[e+1].text)[0]) {
					break
				}
				e++
				continue
			}
			// a short function word capitalized inside a sentence is a name's
			// last part: "Vice Premier Liu He said"
			if t := ts[e]; !title && t.cap && !t.sent && !t.dot && !t.upper && len(t.key) == 2 && class(t)&cCommon != 0 &&
				(e+1 >= len(ts) || !ts[e+1].word || !ts[e+1].cap) {
				e++
				break
			}
			// office words that are also surnames end a name: "Gov. Jim Justice",
			// "Sen. Angus King", "John Major" (not "Justice Department")
			if surnameTitles[ts[e].key] && ts[e].cap && !ts[e].dot && (e+1 >= len(ts) || !ts[e+1].word || !ts[e+1].cap) {
				e++
				break
			}
			// a quoted nickname inside a name: Luis Gerardo "Jerry" Ortiz
			if nickAt(ts, e) && e+3 < len(ts) && nameable(ts, e+3) {
				e += 4
				continue
			}
			// van der Hoek, bin Salman: lower-case particles before a name word
			f := e
			for f < len(ts) && f-e < 3 && !ts[f].cap && class(ts[f])&cParticle != 0 {
				f++
			}
			if f > e && f < len(ts) && nameable(ts, f) {
				e = f + 1
				continue
			}
			break
		}
		if e+1 < len(ts) && e > k && ts[e].key == "," && class(ts[e+1])&cSuffix != 0 && ts[e+1].cap {
			e += 2 // "CQ Brown, Jr.": the suffix after a comma is the name's
		}
		out = append(out, span{k, e})
		k = e
	}
	return out
}

var surnameTitles = map[string]bool{"king": true, "justice": true, "major": true, "marshal": true, "judge": true, "bishop": true}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"for": true, "to": true, "and": true, "or": true, "but": true, "by": true, "with": true, "from": true, "as": true,
	"vs": true, "via": true, "nor": true, "per": true, "into": true, "over": true, "up": true}

// titleCase: a headline written in title case ("Lloyd Austin Speaks With
// Russia Defense Minister"), where capitalization no longer marks names.
func titleCase(ts []tok) bool {
	caps := 0
	for _, t := range ts {
		if !t.word || t.poss || !unicode.IsLetter([]rune(t.text)[0]) {
			continue
		}
		if t.cap {
			caps++
		} else if !smallWords[t.key] && class(t)&cParticle == 0 {
			return false
		}
	}
	return caps >= 2
}

// nickAt: a one-word nickname in quotes starts at token k (`"Jerry"`).
func nickAt(ts []tok, k int) bool {
	return k+2 < len(ts) && isQuoteTok(ts[k]) && isQuoteTok(ts[k+2]) && ts[k+1].word && ts[k+1].cap &&
		!ts[k+1].upper && !ts[k+1].poss && ts[k+1].s == ts[k].e && ts[k+2].s == ts[k+1].e && class(ts[k+1]) == 0
}

func isQuoteTok(t tok) bool {
	return !t.word && (t.text == "\"" || t.text == "“" || t.text == "”" || t.text == "'" || t.text == "‘" || t.text == "’")
}

// nameWords returns the keys of span sp without a trailing suffix, and its
// words as written. A name with a quoted nickname (Luis Gerardo "Jerry"
// Ortiz) is the nickname and the surname, the name the report goes on to
// use ("Jerry Ortiz").
func nameWords(ts []tok, sp span) (keys, words []string) {
	for k := sp.a; k+3 < sp.b; k++ {
		if nickAt(ts, k) {
			keys, words = nameWords(ts, span{k + 3, sp.b})
			return append([]string{ts[k+1].key}, keys...), append([]string{ts[k+1].text}, words...)
		}
	}
	b := sp.b
	for b-sp.a > 1 && class(ts[b-1])&cSuffix != 0 {
		b--
	}
	if b > sp.a { // sized at once: no regrowth
		keys, words = make([]string, 0, b-sp.a), make([]string, 0, sp.b-sp.a)
	}
	for k := sp.a; k < b; k++ {
		keys = append(keys, ts[k].key)
		words = append(words, ts[k].text)
	}
	for k := b; k < sp.b; k++ {
		// "Elizabeth II", "James Kennedy Jr.": the suffix is part of the
		// name as written, not of the surname
		words = append(words, ts[k].text)
	}
	return
}

// credit: a photo or byline credit ("Grigory Sysoyev / POOL / TASS").
func credit(ts []tok, sp span) bool {
	if sp.b < len(ts) && ts[sp.b].key == "/" {
		return true
	}
	if sp.a > 0 && (ts[sp.a-1].key == "/" || ts[sp.a-1].key == "©") {
		return true
	}
	// "By Mary Webber" opening a byline, not "hosted by Lloyd Austin, the ..."
	return sp.a > 0 && ts[sp.a-1].key == "by" && ts[sp.a-1].cap
}

// Find returns the officials named in blocks (one block = one paragraph/line of a news report), in order of
// first mention. skip[i]==true marks block i as boilerplate: nothing in it is reported (skip may be nil/shorter).
func Find(blocks []string, skip []bool) []Official {
	return FindAt(blocks, skip, time.Time{})
}

// FindAt is Find for a report of the given day: a name the text gives no
// office that the record of heads of state and government places in one on
// that day is an official too (leaders.go). A zero day leaves the record out.
func FindAt(blocks []string, skip []bool, day time.Time) []Official {
	f := &finder{bs: make([]*block, len(blocks)), byName: map[string]int{}, known: map[string]bool{}, day: dayKey(day)}
	for i, s := range blocks {
		if i < len(skip) && skip[i] {
			continue
		}
		rs := []rune(s)
		src := ""
		if utf8.ValidString(s) {
			src = s
		}
		ts := tokenizeSrc(rs, src)
		title := titleCase(ts)
		b := &block{rs: rs, ts: ts, title: title, spans: findSpans(ts, title)}
		b.intro = make([]bool, len(b.spans))
		f.bs[i] = b
	}
	f.learnAcronyms()       // "California Public Utilities Commission" makes "CPUC" a government body
	f.introduce()           // pass 1: names with an office next to them
	f.pluralPlaces()        // "The presidents of Poland and Hungary ... Poland's Ann Roe and Bo Lee"
	f.inferAcross()         // offices stated in the next sentence or through "her spokesman"
	f.fromRecord()          // "Putin" with no office in the text, on a day he held one
	f.merge()               // "President Biden" is Joe Biden
	f.linkNames()           // pass 2: the surname, Mr. + surname, title + surname
	f.resolveCounterparts() // "his Russian counterpart Sergei Shoigu"
	f.finishRoles()
	f.qualifyBareRoles() // "Gov. Ann Roe" ... "the governor of South Dakota"
	f.linkCounterparts() // "Austin spoke with his Russian counterpart"
	f.linkBareRoles()    // pass 3: "Russian Defense Minister" alone
	return f.assemble()
}

// finder holds one run of Find.
type finder struct {
	bs      []*block // nil for skipped blocks
	day     string   // the report's date, YYYY-MM-DD, "" unknown
	people  []*person
	byName  map[string]int
	ments   []cand
	pending []cpRef         // counterparts no name follows: "spoke with his Russian counterpart Friday"
	known   map[string]bool // surnames introduced so far

	alias     []int // person → the person it was merged into (itself if none)
	bySurname map[string][]int
	byFamily  map[string]int // short first words of names, family name first: "Xi" of Xi Jinping
	roleOf    []string
	ctryOf    []string
	roleKeys  map[string][]int // role key → officials introduced with it
	former    map[int]bool     // former office holders: reported, but no counterpart or bare role is theirs
}

func (f *finder) get(keys, words []string) int {
	k := strings.Join(keys, " ")
	if i, ok := f.byName[k]; ok {
		return i
	}
	f.byName[k] = len(f.people)
	f.people = append(f.people, &person{keys: keys, words: words})
	return len(f.people) - 1
}

// introduce is pass 1: introductions — a name with evidence of an office
// next to it. Headlines in title case go last (round 1), and there only
// two-word names no body introduced that end at punctuation: "Lloyd Austin
// Speaks With" has run into the headline's verbs.
func (f *finder) introduce() {
	for round := 0; round < 2; round++ {
		for bi, b := range f.bs {
			if b == nil || b.title != (round == 1) {
				continue
			}
			var carry *roleInfo // a plural title over a coordination: "Sens. Ann Roe and Bo Lee"
			end := 0
			plural := pluralOffices(b.ts, b.spans)
			for si, r := range pairedOffices(b.ts, b.spans) {
				if plural == nil {
					plural = map[int]roleInfo{}
				}
				plural[si] = r
			}
			for si, sp := range b.spans {
				if r, ok := plural[si]; ok {
					f.introduceWith(bi, b, si, sp, r)
					carry, end = nil, sp.b
					continue
				}
				if carry != nil && sp.a == end+1 && (b.ts[end].key == "and" || b.ts[end].key == ",") && sp.b-sp.a >= 2 && sp.b-sp.a <= 4 {
					f.introduceWith(bi, b, si, sp, *carry)
					end = sp.b
					continue
				}
				if b.intro[si] {
					continue // a "member" coordinated before this name gave it its office
				}
				carry, end = f.introduceSpan(bi, b, si, sp), sp.b
				if b.intro[si] && sp.a > 0 {
					// "House of Representatives Speaker, Ann Roe and member, Bo Lee"
					ta := sp.a
					if b.ts[ta-1].key == "," {
						ta--
					}
					if p := titleStart(b.ts, ta); p < ta {
						if sj, r, ok := memberAfter(b.ts, b.spans, si, p, ta); ok && !b.intro[sj] {
							f.introduceWith(bi, b, sj, b.spans[sj], r)
						}
					}
				}
			}
			f.unnamedCounterparts(bi, b.ts)
		}
	}
}

// earlierOffice: a bare staff title before a name ("said spokesman Ken
// Bard") takes the qualified office the report introduced earlier without a
// name ("A Pentagon spokesman said ..."), when it introduced exactly one.
func (f *finder) earlierOffice(bi, p, ta int) (roleInfo, bool) {
	ts := f.bs[bi].ts
	if ta-p != 1 || !staffHeads[ts[p].key] {
		return roleInfo{}, false
	}
	var found roleInfo
	n := 0
	for i := 0; i <= bi; i++ {
		b := f.bs[i]
		if b == nil {
			continue
		}
		for k, t := range b.ts {
			if i == bi && k >= p {
				break
			}
			if t.key != ts[p].key || k+1 < len(b.ts) && b.ts[k+1].word && b.ts[k+1].cap {
				continue // a title before a name is that name's own
			}
			q := titleStart(b.ts, k+1)
			if q >= k || !analyse(b.ts, q, k+1).gov {
				continue
			}
			if r, ok := titleRole(b.ts, q, k+1, kTitle); ok && r.key != found.key {
				found, n = r, n+1
			}
		}
	}
	if n == 0 && !ts[p].cap && p > 0 && (ts[p-1].key == "”" || ts[p-1].key == "\"" || ts[p-1].key == ",") && f.governmentReport() {
		// ",” spokesman Ned Price said": the quote is attributed to a spokesman of
		// the government the report is about, whose body it does not repeat
		r := roleInfo{text: ts[p].text, kind: kTitle}
		r.key = ts[p].key
		return r, true
	}
	return found, n == 1
}

// governmentReport: the report has introduced an official of a country
// before (a report about a government, where a bare spokesman speaks for it).
func (f *finder) governmentReport() bool {
	for _, p := range f.people {
		for _, r := range p.roles {
			if r.country != "" && !isFormer(r.text) {
				return true
			}
		}
	}
	return false
}

var staffHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// victimTitle: a rank-and-file deputy, agent or trooper named as the victim
// of a crime ("the murder of Sheriff's Deputy X", "killing off-duty Customs
// Agent Y") is reported as a private person, not acting in an office; one
// with a rank ("killing Sgt. Z") still is.
func victimTitle(ts []tok, p int, ph phrase) bool {
	if ph.head < 0 || !lowRank[ts[ph.head].key] {
		return false
	}
	for k := p; k <= ph.head; k++ {
		if class(ts[k])&cRank != 0 {
			return false
		}
	}
	k := p - 1
	for k >= 0 && p-k < 8 && (victimSkip[ts[k].key] || ts[k].word && ts[k].cap && class(ts[k])&cCommon == 0) {
		k-- // "of the", "off-duty", a place before the title ("Los Angeles")
	}
	return k >= 0 && victimWords[ts[k].key]
}

var (
	lowRank     = map[string]bool{"deputy": true, "agent": true, "trooper": true, "patrolman": true, "patrolwoman": true, "officer": true}
	victimWords = map[string]bool{"murder": true, "murdered": true, "killing": true, "killed": true, "slaying": true,
		"slain": true, "shot": true, "shooting": true, "death": true, "funeral": true, "kill": true}
	victimSkip = map[string]bool{"of": true, "the": true, "a": true, "an": true, "off-duty": true, "next": true, "day": true}
)

var placePreps = map[string]bool{"in": true, "near": true, "outside": true, "across": true, "throughout": true}

// introduceSpan introduces the name sp when there is evidence of an
// office next to it. It returns the role of a plural title before the name
// ("Sens."), which the names coordinated after it share.
func (f *finder) introduceSpan(bi int, b *block, si int, sp span) (plural *roleInfo) {
	ts := b.ts
	n := sp.b - sp.a
	for k := sp.a; k+3 < sp.b; k++ {
		if nickAt(ts, k) {
			n -= 3 // the nickname and its quotes
		}
	}
	if n > 4 || credit(ts, sp) || n == 1 && len([]rune(ts[sp.a].key)) == 1 {
		return // "Lt. Col. A.": an initial alone withholds the name
	}
	if sp.b < len(ts) && ts[sp.b].word && ts[sp.b].cap && class(ts[sp.b])&(cNotName|cOrg|cGov) != 0 {
		return // "House [Natural Resources] Committee": part of an organization's name
	}
	if b.title {
		if n != 2 || sp.b < len(ts) && ts[sp.b].word {
			return
		}
		for k := sp.a; k < sp.b; k++ {
			if f.known[ts[k].key] {
				return // linked in pass 2
			}
		}
	}
	keys, words := nameWords(ts, sp)
	// the title ends at ta: the name, or a spoken false start before it
	// ("Secretary Do- Donna Shalala" in a transcript)
	ta := sp.a
	if sp.a >= 2 && ts[sp.a-1].key == "-" && ts[sp.a-2].word && ts[sp.a-2].e == ts[sp.a-1].s && ts[sp.a-1].e < ts[sp.a].s &&
		strings.HasPrefix(ts[sp.a].key, ts[sp.a-2].key) {
		ta = sp.a - 2
	}
	p := titleStart(ts, ta)
	var roles []roleInfo
	var cp *cpRef
	start := sp.a
	if p < ta {
		ph := analyse(ts, p, ta)
		if ph.head >= 0 && ts[ph.head].key == "counterpart" && ph.head == ta-1 {
			c := ""
			if ph.hasCtry {
				c = ph.country.Code
			}
			cp = &cpRef{blk: bi, rune: ts[p].s, ctry: c}
		} else if r, ok := titleRole(ts, p, ta, kTitle); ok && !victimTitle(ts, p, ph) {
			// "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder":
			// an office, then a rank — two pieces of evidence
			if k := rankTail(ts, p, ta); k > p {
				o, ok1 := titleRole(ts, p, k, kTitle)
				rk, ok2 := titleRole(ts, k, ta, kTitle)
				if ok1 && ok2 && rk.rankOnly {
					r = o
					roles = append(roles, rk)
				}
			}
			if r.country == "" && sp.b+1 < len(ts) && ts[sp.b].key == "of" && ts[sp.b+1].cs > 0 {
				r.country = ts[sp.b+1].cty.Code // "Defense Minister Benny Gantz of Israel"
			}
			roles = append(roles, r)
			if pluralTitles[ts[ta-1].key] {
				plural = &r
			}
			start = p
			if p >= 2 && ts[p-1].key == "," && ts[p-2].key == "counterpart" {
				// "his Russian counterpart, Gen. Valery Gerasimov"
				q := titleStart(ts, p-1)
				if ph := analyse(ts, q, p-1); ph.hasCtry {
					cp = &cpRef{blk: bi, rune: ts[q].s, ctry: ph.country.Code}
				}
			}
			if br, ok := beforeRole(ts, p); ok {
				roles = append(roles, br)
			}
		} else if p >= 2 && ts[p-1].poss && f.known[ts[p-2].key] {
			// "Putin's spokesman Dmitry Peskov": an official's own staff
			if r, ok := titleRoleGov(ts, p, ta); ok {
				r.text = ts[p-2].text + "'s " + r.text
				r.key = strings.ToLower(fold(r.text))
				roles = append(roles, r)
				start = p
			}
		} else if r, s0, ok := oppositionLeader(ts, ta); ok {
			roles = append(roles, r)
			start = s0
		} else if r, ok := f.earlierOffice(bi, p, ta); ok {
			roles = append(roles, r)
			start = p
		}
	} else if sp.a >= 2 && ts[sp.a-1].key == "," && ts[sp.a-2].key == "counterpart" {
		// "his Russian counterpart, Sergei Shoigu"
		q := titleStart(ts, sp.a-1)
		ph := analyse(ts, q, sp.a-1)
		c := ""
		if ph.hasCtry {
			c = ph.country.Code
		}
		cp = &cpRef{blk: bi, rune: ts[q].s, ctry: c}
	} else if br, ok := beforeRole(ts, sp.a); ok && n >= 2 {
		roles = append(roles, br)
	}
	if len(roles) == 0 && cp == nil && n >= 2 && (si == 0 || !b.intro[si-1]) {
		// "Minister of Communications and Information Technology Tareq
		// Kamel": a portfolio joined by "and" runs into the name, whose
		// last two words are then the person
		a := sp.a
		if n >= 3 {
			a = sp.b - 2
		}
		if st, o := portfolioTitle(ts, a); st >= 0 {
			if r, ok := titleRole(ts, st, o, kTitle); ok {
				r.text = roleText(ts, st, a)
				r.key = strings.ToLower(fold(r.text))
				roles = append(roles, r)
				start = st
				keys, words = nameWords(ts, span{a, sp.b})
			}
		}
	}
	if n >= 2 && !(sp.a > 0 && placePreps[ts[sp.a-1].key] && len(roles) == 0) {
		// "in San Diego, a Highway Patrol officer said": a name after "in" is a
		// place, and what follows the comma is a new clause's subject
		roles = append(roles, afterRole(ts, sp.b, len(roles) > 0)...)
		if len(roles) == 0 && cp == nil {
			if r, ok := ofBody(ts, sp.b); ok {
				roles = append(roles, r)
			} else if r, ok := predRole(ts, sp.b); ok {
				roles = append(roles, r)
			}
		}
	} else if sp.a > 0 && class(ts[sp.a-1])&cHonor != 0 {
		// one word is a name only after Mr./Ms.: "Mr. Kolev, the defense minister,"
		if ar := afterRole(ts, sp.b, false); len(ar) > 0 {
			roles = append(roles, ar...)
			start = sp.a - 1
		}
	}
	if len(roles) == 0 && cp == nil {
		return
	}
	if n == 1 && sp.b < len(ts) && ts[sp.b].word && !ts[sp.b].poss && ts[sp.b].cap {
		return // "President Ascom North America": a company, not a surname
	}
	pi := f.get(keys, words)
	pp := f.people[pi]
	pp.roles = append(pp.roles, roles...)
	if cp != nil {
		pp.cps = append(pp.cps, *cp)
	}
	b.intro[si] = true
	f.ments = append(f.ments, cand{p: pi, blk: bi, s: start, e: sp.b, intro: start < sp.a})
	f.known[keys[len(keys)-1]] = true
	return plural
}

// portfolioTitle: does a title "<office> of <Portfolio> and <Portfolio>" end
// right before token a? It returns the title's start and its "of", or -1.
func portfolioTitle(ts []tok, a int) (int, int) {
	j, and := a, false
	for j > 0 && a-j < 10 {
		t := ts[j-1]
		if t.key == "and" && j < a && ts[j].cap && j >= 2 && ts[j-2].cap {
			and = true
		} else if !(titleish(ts, j-1) || t.word && t.cap && !t.poss) {
			break
		}
		j--
	}
	if !and {
		return -1, -1
	}
	for o := j + 1; o < a; o++ {
		if ts[o].key == "of" && class(ts[o-1])&cHead != 0 && ts[o-1].cap {
			return titleStart(ts, o), o
		}
		if ts[o].key == "and" {
			break // the office comes before the portfolio
		}
	}
	return -1, -1
}

// pluralOffices finds names coordinated after a plural office noun, each
// with its own country: "foreign ministers Ann Roe of Poland, Bo Lee of
// Hungary and Cy Ng of the Czech Republic", "the three defense ministers,
// Ann Roe and Bo Lee". It returns span index → role; nil (the common case,
// no plural office in the block) costs one scan of the tokens.
func pluralOffices(ts []tok, spans []span) map[int]roleInfo {
	var out map[int]roleInfo
	for i, t := range ts {
		if !t.word || len(t.key) < 5 || t.key[len(t.key)-1] != 's' || len(spans) < 2 {
			continue
		}
		sing := t.key[:len(t.key)-1]
		if c := vocab[sing]; c&cStrong == 0 || c&cRank != 0 {
			continue // only offices that need no qualifier: not a company's "presidents"
		}
		p := i
		for p > 0 && i-p < 4 && titleish(ts, p-1) && class(ts[p-1])&cConn == 0 && !ts[p-1].poss {
			p--
		}
		k := i + 1
		if k < len(ts) && (ts[k].key == "of" || ts[k].key == ",") {
			k++
		}
		si := sort.Search(len(spans), func(j int) bool { return spans[j].a >= k })
		var got map[int]roleInfo
		for si < len(spans) && spans[si].a == k && spans[si].b-spans[si].a >= 2 {
			e := spans[si].b
			head := roleText(ts, p, i) + " " + strings.TrimSuffix(t.text, "s")
			r := roleInfo{text: strings.TrimSpace(head), kind: kTitle}
			if ph := analyse(ts, p, i+1); ph.hasCtry {
				r.country, r.named = ph.country.Code, true
			}
			if e+1 < len(ts) && ts[e].key == "of" {
				j := e + 1
				if ts[j].key == "the" && j+1 < len(ts) {
					j++
				}
				if ts[j].cs == 0 {
					break
				}
				n := int(ts[j].cs)
				r.text += " of " + blockText(ts, e+1, j+n)
				r.country, r.named = ts[j].cty.Code, true
				e = j + n
			}
			r.key = strings.ToLower(fold(r.text))
			if got == nil {
				got = map[int]roleInfo{}
			}
			got[si] = r
			if e >= len(ts) || ts[e].key != "," && ts[e].key != "and" {
				break
			}
			k = e + 1
			if k < len(ts) && ts[k].key == "and" {
				k++
			}
			si++
		}
		if len(got) >= 2 { // one name after a plural is likely something else
			if out == nil {
				out = got
			} else {
				for j, r := range got {
					out[j] = r
				}
			}
		}
	}
	return out
}

// pairedOffices finds two names after a plural office shared by two
// countries, each name taking its country in order: "Russian and Turkish
// Presidents Ann Roe and Bo Lee", "the Presidents of Chile and the United
// States Ann Roe and Bo Lee", "the foreign ministers of Chile and Peru, Ann
// Roe and Bo Lee". The countries qualify the office, so a weak one
// ("presidents") counts. It returns span index → role, like pluralOffices.
func pairedOffices(ts []tok, spans []span) map[int]roleInfo {
	var out map[int]roleInfo
	for i, t := range ts {
		if !t.word || len(t.key) < 5 || t.key[len(t.key)-1] != 's' || len(spans) < 2 {
			continue
		}
		sing, text := singular(t)
		if vocab[sing]&cHead == 0 || vocab[sing]&cRank != 0 {
			continue
		}
		var cs [2]country
		var places [2]string
		p := i // where the shared title words start: "Foreign" in "Russian and Turkish Foreign Ministers"
		for p > 0 && i-p < 3 && class(ts[p-1])&(cMod|cOrg) != 0 && ts[p-1].ce == 0 {
			p--
		}
		k := i + 1
		switch {
		case p >= 3 && ts[p-1].ce > 0 && ts[p-1-int(ts[p-1].ce)].key == "and":
			a := p - 1 - int(ts[p-1].ce) // "and"
			if a < 1 || ts[a-1].ce == 0 {
				continue
			}
			cs = [2]country{ts[a-1].cte, ts[p-1].cte}
		case k+2 < len(ts) && ts[k].key == "of":
			j := k + 1
			for n := 0; n < 2; n++ {
				if n == 1 {
					if ts[j].key != "and" {
						break
					}
					j++
				}
				q := j
				if ts[q].key == "the" && q+1 < len(ts) {
					q++
				}
				if ts[q].cs == 0 {
					break
				}
				cs[n], places[n] = ts[q].cty, blockText(ts, j, q+int(ts[q].cs))
				j = q + int(ts[q].cs)
				if j >= len(ts) {
					break
				}
			}
			if places[1] == "" {
				continue
			}
			k = j
		default:
			continue
		}
		if k < len(ts) && ts[k].key == "," {
			k++
		}
		si := sort.Search(len(spans), func(j int) bool { return spans[j].b > k })
		if si+1 >= len(spans) || spans[si].a != k && !(spans[si].a == i && k == i+1 && spans[si].b-k >= 2) ||
			spans[si].b+1 != spans[si+1].a || ts[spans[si].b].key != "and" {
			continue
		}
		spans[si].a = k // "Presidents Vladimir Putin": the office is not part of the name
		mods := strings.TrimSpace(roleText(ts, p, i) + " " + text)
		for n := 0; n < 2; n++ {
			r := roleInfo{text: cs[n].Adj + " " + mods, kind: kTitle, country: cs[n].Code, named: true}
			if places[n] != "" {
				r.text = mods + " of " + places[n]
			}
			r.key = strings.ToLower(fold(r.text))
			if out == nil {
				out = map[int]roleInfo{}
			}
			out[si+n] = r
		}
	}
	return out
}

// singular is a plural office word's key and text in the singular:
// "Presidents" → "president", "President"; "Secretaries" → "secretary".
func singular(t tok) (key, text string) {
	if strings.HasSuffix(t.key, "ies") {
		return t.key[:len(t.key)-3] + "y", t.text[:len(t.text)-3] + "y"
	}
	return t.key[:len(t.key)-1], t.text[:len(t.text)-1]
}

// blockText is the words of ts[p:q] joined by spaces.
func blockText(ts []tok, p, q int) string {
	var parts []string
	for k := p; k < q; k++ {
		parts = append(parts, ts[k].text)
	}
	return strings.Join(parts, " ")
}

// pluralTitles head a coordination of names: "Sens. Ann Roe and Bo Lee".
var pluralTitles = map[string]bool{"sens": true, "reps": true, "govs": true, "gens": true}

// introduceWith introduces the name sp with a role found before another
// name: "Bo Lee" in "Sens. Ann Roe and Bo Lee".
func (f *finder) introduceWith(bi int, b *block, si int, sp span, r roleInfo) {
	ts := b.ts
	keys, words := nameWords(ts, sp)
	pi := f.get(keys, words)
	f.people[pi].roles = append(f.people[pi].roles, r)
	b.intro[si] = true
	f.ments = append(f.ments, cand{p: pi, blk: bi, s: sp.a, e: sp.b})
	f.known[keys[len(keys)-1]] = true
}

// learnAcronyms marks the acronyms of government bodies the report names
// in full ("California Public Utilities Commission" ... "CPUC President
// Ann Roe") as government words for this report.
func (f *finder) learnAcronyms() {
	acr := map[string]bool{}
	for _, b := range f.bs {
		if b == nil {
			continue
		}
		ts := b.ts
		for k := 0; k < len(ts); {
			if !ts[k].word || !ts[k].cap || ts[k].poss || ts[k].upper || class(ts[k])&cCommon != 0 {
				k++ // "The" before a body's name
				continue
			}
			var init []byte
			gov := false
			e := k
			for e < len(ts) && e-k < 8 {
				t := ts[e]
				if t.word && t.cap && !t.poss && !t.upper {
					init = append(init, t.key[0])
					gov = gov || class(t)&cGov != 0
					e++
					continue
				}
				if (t.key == "of" || t.key == "and" || t.key == "for") && e+1 < len(ts) && ts[e+1].cap {
					e++
					continue
				}
				break
			}
			if gov && len(init) >= 3 {
				acr[string(init)] = true
			}
			k = max(e, k+1)
		}
	}
	if len(acr) == 0 {
		return
	}
	for _, b := range f.bs {
		if b == nil {
			continue
		}
		for k := range b.ts {
			if t := &b.ts[k]; t.upper && t.cls == 0 && acr[t.key] {
				t.cls |= cOrg | cGov
			}
		}
	}
}

// unnamedCounterparts records "his Russian counterpart" with no name after it.
func (f *finder) unnamedCounterparts(bi int, ts []tok) {
	for k, t := range ts {
		if t.key != "counterpart" || (k+1 < len(ts) && nameable(ts, k+1)) ||
			(k+2 < len(ts) && ts[k+1].key == "," && (nameable(ts, k+2) || class(ts[k+2])&cRank != 0)) {
			continue
		}
		p := titleStart(ts, k+1)
		if ph := analyse(ts, p, k+1); ph.hasCtry {
			f.pending = append(f.pending, cpRef{blk: bi, rune: t.s, ctry: ph.country.Code, s: p, e: k + 1})
		}
	}
}

func surname(p *person) string { return p.keys[len(p.keys)-1] }

// familyFirst: does the name look like a Chinese or Korean one, family name
// first? Short syllables ("Xi Jinping", "Wang Yi", "Kim Jong Un") or a
// hyphenated given name ("Yoon Suk-yeol"); "Matt Bevin" is not.
func familyFirst(keys []string) bool {
	n := len(keys)
	short := func(k string, max int) bool { return len([]rune(k)) <= max }
	switch {
	case n < 2 || n > 3 || !short(keys[0], 4):
		return false
	case short(keys[0], 3), strings.Contains(keys[n-1], "-"), n == 2 && short(keys[1], 3):
		return true
	case n == 3:
		return short(keys[1], 4) && short(keys[2], 4)
	}
	return false
}

// oneFull is the one full name (two words or more) other than people[i] that
// fits, or -1 when none or several do.
func oneFull(people []*person, alias []int, i int, fits func(*person) bool) int {
	found := -1
	for j, q := range people {
		if j != i && len(q.keys) > 1 && (alias == nil || alias[j] == j) && fits(q) {
			if found >= 0 {
				return -1
			}
			found = j
		}
	}
	return found
}

// preferred: of two spellings of one name with as many words, the one shown is
// the one with the fuller first name ("Michael Waltz" over "Mike Waltz"), else
// the one introduced first.
func preferred(q, p *person, j, i int) bool {
	if lq, lp := len(q.keys[0]), len(p.keys[0]); lq != lp {
		return lq > lp
	}
	return j < i
}

// merge folds one-word introductions ("President Biden") into the full
// name, and shorter full names into longer ones ("Tayyip Erdogan" into
// "Recep Tayyip Erdogan").
func (f *finder) merge() {
	people := f.people
	f.alias = make([]int, len(people))
	for i := range people {
		f.alias[i] = i
	}
	into := func(i, j int) {
		f.alias[i] = j
		people[j].roles = append(people[j].roles, people[i].roles...)
		people[j].cps = append(people[j].cps, people[i].cps...)
	}
	for i, p := range people {
		if len(p.keys) < 2 || f.alias[i] != i {
			continue
		}
		for j, q := range people {
			if j == i || f.alias[j] != j || len(q.keys) < len(p.keys) || !slip(nameKey(surname(q)), nameKey(surname(p))) {
				continue
			}
			if len(q.keys) == len(p.keys) && !preferred(q, p, j, i) {
				continue // the same name spelled two ways: fold into the preferred spelling
			}
			if len(q.keys[0]) == 1 && len(p.keys[0]) > 1 {
				continue // "Benjamin Nzeribe" is not folded into "B. U. Nzeribe", the other way round below
			}
			if firstCompatible(q.keys[0], p.keys[0]) || q.keys[len(q.keys)-len(p.keys)] == p.keys[0] {
				into(i, j)
				break
			}
		}
	}
	for i, p := range people {
		if len(p.keys) != 1 {
			continue
		}
		if j := oneFull(people, f.alias, i, func(q *person) bool { return nameKey(surname(q)) == nameKey(p.keys[0]) }); j >= 0 {
			into(i, j)
		} else if j := oneFull(people, f.alias, i, func(q *person) bool {
			// "Chairman Xi", "General Wei": the family name of "Xi Jinping", "Wei Fenghe"
			return familyFirst(q.keys) && nameKey(q.keys[0]) == nameKey(p.keys[0])
		}); j >= 0 {
			into(i, j)
		} else if j := oneFull(people, f.alias, i, func(q *person) bool { return slip(nameKey(surname(q)), nameKey(p.keys[0])) }); j >= 0 {
			into(i, j)
		}
	}
	// "B. U. Nzeribe" is "Benjamin Nzeribe": initials for the first name
	for i, p := range people {
		if len(p.keys) < 2 || f.alias[i] != i || len([]rune(p.keys[0])) != 1 {
			continue
		}
		for j, q := range people {
			if j != i && f.alias[j] == j && len(q.keys) >= 2 && len(q.keys[0]) > 1 && q.keys[0][0] == p.keys[0][0] &&
				nameKey(surname(q)) == nameKey(surname(p)) {
				into(i, j)
				break
			}
		}
	}
	for i := range f.ments {
		f.ments[i].p = f.alias[f.ments[i].p]
	}
	f.bySurname = map[string][]int{}
	for i, p := range people {
		if f.alias[i] == i {
			k := nameKey(surname(p))
			f.bySurname[k] = append(f.bySurname[k], i)
		}
	}
	// Chinese and Korean names put the family name first ("Xi Jinping",
	// "Kim Jong Un"); a short first word used alone later is that name.
	f.byFamily = map[string]int{}
	for i, p := range people {
		if k := p.keys[0]; f.alias[i] == i && familyFirst(p.keys) && len(f.bySurname[k]) == 0 {
			if _, dup := f.byFamily[k]; dup {
				f.byFamily[k] = -1 // two officials share it: ambiguous
			} else {
				f.byFamily[k] = i
			}
		}
	}
}

// slipOf is the one official whose surname key is a slip away from k (see
// slip), or -1.
func (f *finder) slipOf(k string) int {
	found := -1
	for s, ids := range f.bySurname {
		if s != k && k != s+"s" && slip(s, k) { // "the Mitchells" are a family
			if found >= 0 || len(ids) != 1 {
				return -1
			}
			found = ids[0]
		}
	}
	return found
}

// linkNames is pass 2: later mentions — the full name again, the surname
// alone, with Mr./Ms. or a title in front.
func (f *finder) linkNames() {
	for bi, b := range f.bs {
		if b == nil {
			continue
		}
		ts := b.ts
		for si, sp := range b.spans {
			if b.intro[si] {
				continue
			}
			best, from, to := matchSpan(ts, sp, b.title, f.people, f.bySurname)
			if id, ok := f.byFamily[ts[sp.a].key]; best < 0 && ok && id >= 0 && sp.b-sp.a == 1 {
				best, from, to = id, sp.a, sp.b
			}
			if best < 0 && sp.b-sp.a == 1 && !b.title {
				if id := f.slipOf(nameKey(ts[sp.a].key)); id >= 0 {
					best, from, to = id, sp.a, sp.b // "Gerasimo" for Gerasimov
				}
			}
			if best >= 0 && b.title && len(f.people[best].keys) == 1 && sp.b-sp.a >= 2 && sp.b-sp.a <= 5 {
				// the headline writes in full a name the body gives as a surname with
				// a title ("Readout of Secretary of Defense Lloyd J. Austin III's Call"):
				// the fullest form is the name shown
				if keys, words := nameWords(ts, sp); len(keys) >= 2 && keys[len(keys)-1] == f.people[best].keys[0] {
					f.people[best].keys, f.people[best].words = keys, words
					from, to = sp.a, sp.b
				}
			}
			if best >= 0 {
				s := from
				if from == sp.a {
					s = mentionStart(ts, sp.a)
				}
				f.ments = append(f.ments, cand{p: best, blk: bi, s: s, e: to})
			}
		}
		// a surname that is also an office word is no span of its own:
		// "Justice said" after "Gov. Jim Justice"
		for k, t := range ts {
			if ids := f.bySurname[t.key]; len(ids) > 0 && surnameTitles[t.key] && t.cap && !t.dot &&
				(k == 0 || !nameable(ts, k-1)) && (k+1 >= len(ts) || !ts[k+1].word || !ts[k+1].cap) {
				f.ments = append(f.ments, cand{p: ids[0], blk: bi, s: mentionStart(ts, k), e: k + 1})
			}
		}
	}
	sortCands(f.ments)
}

// resolveCounterparts gives a counterpart the referent's office in its own
// country: the referent is the official mentioned last before, in that
// block or the one before it.
func (f *finder) resolveCounterparts() {
	for i, p := range f.people {
		if f.alias[i] != i {
			continue
		}
		for _, cp := range p.cps {
			ref := refBefore(f.bs, f.ments, cp, i)
			if ref < 0 {
				if cp.ctry != "" {
					p.roles = append(p.roles, roleInfo{text: adjOf(cp.ctry) + " official", country: cp.ctry, named: true, kind: kCounterpart})
				}
				continue
			}
			rr, _ := finishRole(f.people[ref].roles)
			if i := strings.Index(rr, ", "); i >= 0 {
				rr = rr[i+2:] // the office, without the referent's rank
			}
			fn := officeFunction(rr)
			if cp.ctry == "" {
				p.roles = append(p.roles, roleInfo{text: "counterpart of the " + rr, kind: kCounterpart})
				continue
			}
			t := counterpartOffice(fn, byCode[cp.ctry])
			if fn == "" {
				// no office we know the foreign name of: say whose counterpart
				t = adjOf(cp.ctry) + " counterpart of the " + rr
			}
			p.roles = append(p.roles, roleInfo{text: t, key: strings.ToLower(fold(t)), country: cp.ctry, named: true, kind: kCounterpart})
		}
	}
	// An unnamed "his Russian counterpart" earlier in a block lends its
	// country to the official introduced with a title right after it:
	// "spoke with his Russian counterpart Friday, ... with Defense Minister
	// Sergei Shoigu".
	for _, cp := range f.pending {
		for _, m := range f.ments {
			if m.blk != cp.blk || f.bs[m.blk].ts[m.s].s < cp.rune {
				continue
			}
			if p := f.people[m.p]; m.intro && p.hint == "" {
				if _, c := finishRole(p.roles); c == "" {
					p.hint = cp.ctry
				}
			}
			break
		}
	}
}

// finishRoles writes each official's role; former office holders keep
// theirs ("former German President") but lend no key to bare roles.
func (f *finder) finishRoles() {
	n := len(f.people)
	f.roleOf, f.ctryOf = make([]string, n), make([]string, n)
	f.roleKeys, f.former = map[string][]int{}, map[int]bool{}
	for i, p := range f.people {
		if f.alias[i] != i {
			continue
		}
		if allFormer(p.roles) && len(p.cps) == 0 {
			f.former[i] = true
			f.roleOf[i], f.ctryOf[i] = finishRole(p.roles)
			continue
		}
		if p.hint != "" {
			hasC := false
			for _, r := range p.roles {
				hasC = hasC || r.country != ""
			}
			if !hasC {
				for j := range p.roles {
					if !p.roles[j].rankOnly && !p.roles[j].named {
						p.roles[j].text = adjOf(p.hint) + " " + p.roles[j].text
						p.roles[j].key = strings.ToLower(fold(p.roles[j].text))
						p.roles[j].named = true
					}
					p.roles[j].country = p.hint
				}
			}
		}
		f.roleOf[i], f.ctryOf[i] = finishRole(p.roles)
		seen := map[string]bool{}
		for _, k := range append(roleKeysOf(p.roles), strings.ToLower(fold(f.roleOf[i]))) {
			if !seen[k] && len(strings.Fields(k)) >= 2 {
				seen[k] = true
				f.roleKeys[k] = append(f.roleKeys[k], i)
			}
		}
	}
}

// qualifyBareRoles completes a one-word role ("Governor", "Ambassador")
// from a description elsewhere in the report that names its place: "the
// governor of South Dakota", "his ambassador to the European Union" — when
// exactly one official of the report holds that bare role.
func (f *finder) qualifyBareRoles() {
	bare := map[string]int{}
	for i := range f.people {
		r := f.roleOf[i]
		if f.alias[i] != i || f.former[i] || r == "" || strings.ContainsAny(r, " -") {
			continue
		}
		// strong offices only: "the president of Ukraine" is often
		// someone else than the report's "President Trump"
		if k := strings.ToLower(fold(r)); vocab[k]&(cStrong|cRank) == cStrong {
			bare[k] = i
		}
	}
	for i := range f.people {
		// another official whose office has the same noun makes it ambiguous
		for _, w := range strings.Fields(strings.ToLower(fold(f.roleOf[i]))) {
			if j, ok := bare[w]; ok && j != i && f.alias[i] == i && f.roleOf[i] != "" {
				bare[w] = -1
			}
		}
	}
	if len(bare) == 0 {
		return
	}
	// "the governor of X" may be someone else's office ("The governor of
	// California did nothing" in a report on Gov. Palin): with "the", X must
	// be the state (or country) the report names most; "his ambassador to X"
	// is a description of the person.
	places := map[string]int{} // country code, or "st:" + state
	for _, b := range f.bs {
		if b == nil {
			continue
		}
		for k, t := range b.ts {
			if t.cs > 0 {
				places[t.cty.Code]++
			}
			if n := int(t.se); n > 0 {
				places["st:"+phraseKey(b.ts, k-n+1, k+1)]++
			}
		}
	}
	most := func(p string) bool {
		for q, n := range places {
			if q != p && strings.HasPrefix(q, "st:") == strings.HasPrefix(p, "st:") && n >= places[p] {
				return false
			}
		}
		return true
	}
	for _, b := range f.bs {
		if b == nil {
			continue
		}
		ts := b.ts
		for k := 1; k+2 < len(ts); k++ {
			id, ok := bare[ts[k].key]
			if !ok || id < 0 || !ts[k].word || ts[k].poss || ts[k].dot || !descDets[ts[k-1].key] ||
				ts[k+1].key != "of" && ts[k+1].key != "to" {
				continue
			}
			j := k + 2
			if ts[j].key == "the" {
				j++
			}
			c, n := countryStartingAt(ts, j)
			e, place := j+n, c.Code
			if n == 0 {
				for e = j; e < len(ts) && e-j < 2 && ts[e].word && ts[e].cap && !ts[e].poss; e++ {
				}
				if e == j || stateEndingAt(ts, e-1) != e-j {
					continue
				}
				c, place = byCode["US"], "st:"+phraseKey(ts, j, e)
			}
			if ts[k-1].key == "the" && !most(place) {
				continue
			}
			if e < len(ts) && ts[e].word && ts[e].cap {
				continue // the place runs on into a longer name
			}
			f.roleOf[id] = roleText(ts, k, e)
			if f.ctryOf[id] == "" {
				f.ctryOf[id] = c.Code
			}
			delete(bare, ts[k].key)
		}
	}
}

var descDets = map[string]bool{"the": true, "his": true, "her": true, "its": true, "their": true}

// linkCounterparts: an unnamed counterpart is a mention of the one official
// of its country holding the referent's office — "Austin spoke with his
// Russian counterpart" is about the Russian defense minister.
func (f *finder) linkCounterparts() {
	for _, cp := range f.pending {
		ref := refBefore(f.bs, f.ments, cp, -1)
		fn := ""
		if ref >= 0 {
			fn = officeFunction(f.roleOf[ref])
		}
		hit := -1
		for j := range f.people {
			if f.alias[j] != j || f.former[j] || j == ref || f.ctryOf[j] != cp.ctry || fn != "" && officeFunction(f.roleOf[j]) != fn {
				continue
			}
			if hit >= 0 {
				hit = -2
				break
			}
			hit = j
		}
		if hit >= 0 {
			f.ments = append(f.ments, cand{p: hit, blk: cp.blk, s: cp.s, e: cp.e})
		}
	}
}

// linkBareRoles is pass 3: a bare role used as a name ("Russian Defense
// Minister, U.S. Counterpart Discuss Ukraine") when exactly one official
// holds it.
func (f *finder) linkBareRoles() {
	for bi, b := range f.bs {
		if b == nil {
			continue
		}
		ts := b.ts
		for k := 0; k < len(ts); k++ {
			if !titleish(ts, k) || class(ts[k])&cConn != 0 || (k > 0 && titleish(ts, k-1) && class(ts[k-1])&cConn == 0) {
				continue
			}
			e := k
			for e < len(ts) && titleish(ts, e) && e-k < 10 {
				e++
			}
			for e > k && class(ts[e-1])&cConn != 0 {
				e--
			}
			if e < len(ts) && (nameable(ts, e) || class(ts[e])&cHonor != 0 || ts[e].poss) {
				continue
			}
			// the longest prefix that is some official's role: "Russian defense
			// minister for first time" → "Russian defense minister"
			for g := e; g > k; g-- {
				if ids := f.roleKeys[strings.ToLower(fold(roleText(ts, k, g)))]; len(ids) == 1 {
					f.ments = append(f.ments, cand{p: ids[0], blk: bi, s: k, e: g})
					k = g
					break
				}
			}
		}
	}
}

// assemble lists the officials in order of first mention, each with its
// mentions in document order and without overlaps.
func (f *finder) assemble() []Official {
	sortCands(f.ments)
	out := []Official{}
	idx := map[int]int{}
	lastEnd := make([]int, len(f.bs)) // block → rune end of the last accepted mention
	for _, m := range f.ments {
		b := f.bs[m.blk]
		s, e := b.ts[m.s].s, b.ts[m.e-1].e
		if s < lastEnd[m.blk] {
			continue
		}
		lastEnd[m.blk] = e
		j, ok := idx[m.p]
		if !ok {
			j = len(out)
			idx[m.p] = j
			out = append(out, Official{Name: strings.ReplaceAll(strings.Join(f.people[m.p].words, " "), " ,", ","), Role: f.roleOf[m.p], Country: f.ctryOf[m.p]})
		}
		out[j].Mentions = append(out[j].Mentions, Mention{Block: m.blk, Start: s, End: e, Text: string(b.rs[s:e])})
	}
	return out
}

// refBefore: the official mentioned last before a counterpart phrase, in
// its block or the one before ("Austin ... his Russian counterpart").
// ments must be sorted.
func refBefore(bs []*block, ments []cand, cp cpRef, self int) int {
	ref := -1
	for _, m := range ments {
		if m.p == self || m.blk > cp.blk || m.blk < cp.blk-1 {
			continue
		}
		if m.blk == cp.blk && bs[m.blk].ts[m.s].s >= cp.rune {
			continue
		}
		ref = m.p
	}
	return ref
}

// roleKeysOf lists the keys a bare role may match: each office as
// introduced, the informal form a synonym replaced ("pentagon chief") and
// the office without its country ("defense secretary" for "U.S. Defense
// Secretary"; linked only while no other official holds it).
func roleKeysOf(rs []roleInfo) []string {
	var out []string
	for _, r := range rs {
		if r.rankOnly || r.key == "" || r.kind == kCounterpart && !r.named {
			continue
		}
		out = append(out, r.key)
		if r.alt != "" {
			out = append(out, r.alt)
		}
		if a := strings.ToLower(fold(adjOf(r.country) + " ")); r.country != "" && strings.HasPrefix(r.key, a) {
			out = append(out, r.key[len(a):])
		}
	}
	return out
}

// mentionStart extends a later mention over the title or Mr./Ms. in front
// of it: "Secretary Austin", "Defense Secretary Austin", "Mr. Austin".
func mentionStart(ts []tok, a int) int {
	if a > 0 && class(ts[a-1])&cHonor != 0 {
		return a - 1
	}
	if a > 0 && class(ts[a-1])&cConn != 0 {
		return a // "a top aide to Zelensky": the name is the object
	}
	p := titleStart(ts, a)
	if p < a {
		ph := analyse(ts, p, a)
		if ph.head < 0 || ts[ph.head].key == "counterpart" {
			return a
		}
	}
	return p
}

func equalKeys(ts []tok, s int, keys []string) bool {
	if s < 0 || s+len(keys) > len(ts) {
		return false
	}
	for i, k := range keys {
		if ts[s+i].key != k {
			return false
		}
	}
	return true
}

func sortCands(ms []cand) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].blk != ms[j].blk {
			return ms[i].blk < ms[j].blk
		}
		if ms[i].s != ms[j].s {
			return ms[i].s < ms[j].s
		}
		return ms[i].e > ms[j].e
	})
}

// matchSpan links a name span that introduced no one to a known official:
// the full name, first name + surname, or the surname alone. In a title-case
// headline the span may have run on ("Lloyd Austin Speaks"), so the name may
// sit anywhere in it.
func matchSpan(ts []tok, sp span, title bool, people []*person, bySurname map[string][]int) (int, int, int) {
	keys, _ := nameWords(ts, sp)
	last := sp.b - 1
	for last > sp.a && class(ts[last])&cSuffix != 0 {
		last--
	}
	for k := sp.a; k < sp.b; k++ {
		ids := bySurname[nameKey(ts[k].key)]
		if len(ids) == 0 {
			continue
		}
		if !title && k != last {
			continue // the surname must end the name
		}
		for _, id := range ids {
			p := people[id]
			n := len(p.keys)
			if !title && slices.Equal(keys, p.keys) {
				return id, sp.a, k + 1 // also with a nickname: Luis "Jerry" Ortiz
			}
			if s := k - n + 1; s >= sp.a && equalKeys(ts, s, p.keys) && (title || s == sp.a) {
				return id, s, k + 1
			}
			if n >= 2 && k > sp.a && (firstCompatible(ts[sp.a].key, p.keys[0]) || initialOf(ts[sp.a], p.keys[0])) {
				return id, sp.a, k + 1 // "Benjamin Nzeribe" again, or "B. U. Nzeribe"
			}
		}
		if k == sp.a {
			return ids[0], k, k + 1
		}
	}
	return -1, 0, 0
}

// initialOf: is t an initial ("B.") standing for the first name first?
func initialOf(t tok, first string) bool {
	return t.dot && len(t.key) == 1 && len(first) > 1 && first[0] == t.key[0]
}
