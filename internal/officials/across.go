package officials

import "strings"

// More offices stated in another clause than the name: a predecessor of an
// official, a post someone was "propelled into", "A put X in charge", a
// plural office over two countries whose holders are named after it, and
// a generic "member" coordinated after a chamber's office. Each reader is
// called from inferAcross or introduce and anchors on a shape rare enough
// to be checked only where its trigger word stands.

// personOf is the official a name span stands for: by full name, or by a
// surname that exactly one official of the report carries. -1 if none.
func (f *finder) personOf(r ref) int {
	b := f.bs[r.bi]
	sp := b.spans[r.si]
	if sp.b-sp.a >= 2 {
		keys, _ := nameWords(b.ts, sp)
		if i, ok := f.byName[strings.Join(keys, " ")]; ok && len(f.people[i].roles) > 0 {
			return i
		}
		return -1
	}
	key, found := b.ts[sp.a].key, -1
	for i, p := range f.people {
		if len(p.roles) > 0 && surname(p) == key {
			if found >= 0 {
				return -1 // two officials share it: whose predecessor?
			}
			found = i
		}
	}
	return found
}

// predecessorOf: "He said his predecessor, Ann Roe, ..." — the possessor is
// the official named just before, so the name after held that office before.
func (f *finder) predecessorOf(bi, si int, last ref) {
	if !f.newFullName(bi, si, last) {
		return
	}
	b := f.bs[bi]
	ts, sp := b.ts, b.spans[si]
	j := sp.a
	if j >= 1 && ts[j-1].key == "," {
		j--
	}
	if j < 2 || ts[j-1].key != "predecessor" || !staffPronouns[ts[j-2].key] {
		return
	}
	// "his" is the one name before it in its sentence: "He asked Roe about
	// his predecessor"; with none or two, whose predecessor is unclear
	if last.bi != bi || !sameSentence(ts, b.spans[last.si].b, j-2) {
		return
	}
	if last.si > 0 && sameSentence(ts, b.spans[last.si-1].b, j-2) {
		return
	}
	pi := f.personOf(last)
	if pi < 0 {
		return
	}
	var r roleInfo
	for _, pr := range f.people[pi].roles {
		if !pr.rankOnly && pr.tag == "" {
			r = pr
			break
		}
	}
	if r.text == "" {
		return // a rank or a party tag is not an office one succeeds to
	}
	if !isFormer(r.text) {
		r.text = "former " + r.text
		r.key = strings.ToLower(fold(r.text))
	}
	f.addIntro(bi, si, r, sp.a)
}

// propelVerbs move someone into a post: "propelled him into the deputy
// prime minister post".
var propelVerbs = map[string]bool{"propel": true, "propels": true, "propelled": true, "catapult": true,
	"catapulted": true, "catapults": true, "elevate": true, "elevated": true, "elevates": true, "swept": true, "vaulted": true}

// postNouns close an office used as a modifier: "the deputy prime minister post".
var postNouns = map[string]bool{"post": true, "office": true, "job": true, "role": true, "position": true, "seat": true}

// propelledInto: "<verb> him/her/NAME into the <office> post" or "into the
// post of <office>". A pronoun stands for the name just before, in the
// same sentence. k is the verb; si the first span at or after it.
func (f *finder) propelledInto(bi, k, si int, last ref) {
	ts := f.bs[bi].ts
	if !propelVerbs[ts[k].key] || k+4 >= len(ts) {
		return
	}
	var who ref
	j := k + 1
	if ts[j].key == "him" || ts[j].key == "her" {
		if last.bi != bi {
			return
		}
		if !sameSentence(ts, f.bs[bi].spans[last.si].b, k) {
			return // the pronoun's referent is in another sentence
		}
		who = last
		j++
	} else if sps := f.bs[bi].spans; si < len(sps) && sps[si].a == j {
		who = ref{bi, si}
		j = sps[si].b
	} else {
		return
	}
	if j+2 >= len(ts) || ts[j].key != "into" && ts[j].key != "to" || ts[j+1].key != "the" {
		return
	}
	s := j + 2
	var r roleInfo
	if postNouns[ts[s].key] && s+1 < len(ts) && ts[s+1].key == "of" {
		rr, _, ok := npRole(ts, s+2, false)
		if !ok {
			return
		}
		r = rr
	} else {
		e := s
		for e < len(ts) && e-s < 6 && titleish(ts, e) && class(ts[e])&cConn == 0 {
			e++
		}
		if e == s || e >= len(ts) || !postNouns[ts[e].key] {
			return
		}
		if ph := analyse(ts, s, e); ph.head < 0 || !ph.strong && !ph.gov {
			return // "the team captain role", "the top job"
		}
		rr, ok := titleRole(ts, s, e, kAppositive)
		if !ok {
			return
		}
		r = rr
	}
	if who.bi == bi && who.si == si && f.bs[bi].spans[si].a == k+1 {
		// the object itself: no earlier office can be its own
		if sp := f.bs[bi].spans[si]; f.bs[bi].intro[si] || sp.b-sp.a < 2 || sp.b-sp.a > 4 {
			return
		}
		f.addIntro(bi, si, r, f.bs[bi].spans[si].a)
		return
	}
	f.introduceRef(bi, ts[k].s, who, r)
}

// chargeOf reads "in charge of <government body>" at ts[s] == "in": the
// head of that body. The body must be a government one.
func chargeOf(ts []tok, s int) (roleInfo, bool) {
	if s+3 >= len(ts) || ts[s].key != "in" || ts[s+1].key != "charge" || ts[s+2].key != "of" {
		return roleInfo{}, false
	}
	e := s + 3
	for e < len(ts) && ts[e].word && e-s < 14 && ts[e].key != "and" && ts[e].key != "but" && ts[e].key != "after" {
		e++
	}
	if e == s+3 {
		return roleInfo{}, false
	}
	if gov, _ := govObject(ts, s+2, e); !gov {
		return roleInfo{}, false
	}
	r := roleInfo{text: "head of " + roleText(ts, s+3, e), kind: kAppositive}
	if c, ok := firstCountry(ts, s+3, e); ok {
		r.country, r.named = c.Code, true
	}
	r.key = strings.ToLower(fold(r.text))
	return r, true
}

// putInCharge: "Barr put Ann Roe in charge of the Bureau of Prisons", or
// "... a shakeup at the federal Bureau of Prisons. Barr put Ann Roe in
// charge." — with no object, the body is the last government body named
// in the sentence before or this one, capitalized (a proper name: "in
// charge of the defense" on a team is no body).
func (f *finder) putInCharge(bi, si int) {
	b := f.bs[bi]
	ts, sp := b.ts, b.spans[si]
	if b.intro[si] || sp.b-sp.a < 2 || sp.b-sp.a > 4 || sp.a < 1 || sp.b+2 >= len(ts) {
		return
	}
	if v := ts[sp.a-1].key; v != "put" && v != "placed" {
		return
	}
	if ts[sp.b].key != "in" || ts[sp.b+1].key != "charge" {
		return
	}
	if ts[sp.b+2].key == "of" {
		if r, ok := chargeOf(ts, sp.b); ok && capGov(ts, sp.b+3, len(ts)) {
			f.addIntro(bi, si, r, sp.a)
		}
		return
	}
	if ts[sp.b+2].word && ts[sp.b+2].key != "and" {
		return // "in charge today of ...": read no further
	}
	// the sentence before: back to the second sentence start
	starts := 0
	p := sp.a - 1
	for p > 0 && starts < 2 {
		p--
		if ts[p].sent {
			starts++
		}
	}
	bs, be := -1, -1
	for q := p; q < sp.a-1; q++ {
		if !ts[q].cap || !ts[q].word || ts[q].poss || ts[q].sent && ts[q].key != "the" {
			continue
		}
		e := q
		for e < sp.a-1 && (ts[e].word && ts[e].cap && !ts[e].poss || (ts[e].key == "of" || ts[e].key == "for") && e+1 < len(ts) && ts[e+1].cap) {
			e++
		}
		if e-q >= 2 && bodyHead(ts, q, e) {
			bs, be = q, e
		}
		q = e
	}
	if bs < 0 {
		return
	}
	r := roleInfo{text: "head of the " + roleText(ts, bs, be), kind: kAppositive}
	if c, ok := firstCountry(ts, bs, be); ok {
		r.country, r.named = c.Code, true
	}
	r.key = strings.ToLower(fold(r.text))
	f.addIntro(bi, si, r, sp.a)
}

// bodyNouns head the name of a government body: "Bureau of Prisons".
var bodyNouns = map[string]bool{"bureau": true, "department": true, "agency": true, "ministry": true,
	"service": true, "administration": true, "commission": true, "authority": true, "office": true, "directorate": true}

// bodyHead: is ts[q:e] a capitalized body name — a body noun, and a
// government word in it or a lower-case "federal"/"state" before it?
func bodyHead(ts []tok, q, e int) bool {
	noun := false
	for k := q; k < e; k++ {
		noun = noun || bodyNouns[ts[k].key]
	}
	if !noun {
		return false
	}
	if q > 0 && (ts[q-1].key == "federal" || ts[q-1].key == "national") {
		return true
	}
	return capGov(ts, q, e)
}

// capGov: a capitalized government word in ts[q:e] ("the Defense
// Department"), which a lower-case policy area ("the defense") is not.
func capGov(ts []tok, q, e int) bool {
	for k := q; k < e && k < len(ts); k++ {
		if ts[k].cap && class(ts[k])&cGov != 0 {
			return true
		}
		if k > q && ts[k].word && !ts[k].cap && ts[k].key != "of" && ts[k].key != "the" && ts[k].key != "for" && ts[k].key != "and" {
			break
		}
	}
	return false
}

// chamberWords name a legislature a generic "member" may belong to.
var chamberWords = map[string]bool{"house": true, "senate": true, "parliament": true, "assembly": true,
	"congress": true, "council": true, "legislature": true, "representatives": true, "commons": true}

// memberAfter: "former House of Representatives Speaker, Ann Roe and
// member, Bo Lee" — the chamber that qualifies the first office qualifies
// a bare "member" coordinated after it. sp is the first name, introduced
// with title tokens ts[p:ta]; it returns the second name's span index and
// role.
func memberAfter(ts []tok, spans []span, si, p, ta int) (int, roleInfo, bool) {
	sp := spans[si]
	k := sp.b
	if k+2 >= len(ts) || ts[k].key != "and" || ts[k+1].key != "member" {
		return 0, roleInfo{}, false
	}
	k += 2
	if ts[k].key == "," {
		k++
	}
	if si+1 >= len(spans) || spans[si+1].a != k || spans[si+1].b-spans[si+1].a < 2 || spans[si+1].b-spans[si+1].a > 4 {
		return 0, roleInfo{}, false
	}
	// the chamber: a capitalized run with a chamber word in the title,
	// which may begin before the office noun's own title ("House of
	// Representatives Speaker")
	lo := p
	for lo > 0 && p-lo < 6 && (ts[lo-1].word && ts[lo-1].cap && !ts[lo-1].poss || ts[lo-1].key == "of" || ts[lo-1].key == "former") {
		lo--
	}
	p = lo
	cs, ce := -1, -1
	for q := p; q < ta; q++ {
		if ts[q].cap && chamberWords[ts[q].key] {
			if cs < 0 {
				cs = q
			}
			ce = q + 1
		}
	}
	if cs < 0 {
		return 0, roleInfo{}, false
	}
	for cs > p && ts[cs-1].cap && !ts[cs-1].poss && class(ts[cs-1])&cHead == 0 && class(ts[cs-1])&cMod == 0 {
		cs-- // "Nigerian House", "State Assembly"
	}
	for ce+1 < ta && ts[ce].key == "of" && ts[ce+1].cap && class(ts[ce+1])&cHead == 0 {
		ce += 2 // "House of Representatives"
	}
	text := "member of the " + roleText(ts, cs, ce)
	if isFormer(roleText(ts, p, ta)) {
		text = "former " + text
	}
	r := roleInfo{text: text, kind: kAppositive}
	r.key = strings.ToLower(fold(r.text))
	return si + 1, r, true
}

// pluralPlaces: "The presidents of Poland and the Czech Republic signed
// ... Poland's Ann Roe and Bo Lee signed" or "... Ann Roe of Poland and
// Bo Lee of the Czech Republic": a plural office over two countries, then
// within the next sentences two names tied to them, each the office of
// its country. The plural must stand on its own, not as the object of
// another noun ("the wives of the presidents of ...").
func (f *finder) pluralPlaces() {
	for bi, b := range f.bs {
		if b == nil || b.title {
			continue
		}
		ts := b.ts
		for i := 1; i+3 < len(ts); i++ {
			t := ts[i]
			if !t.word || len(t.key) < 6 || t.key[len(t.key)-1] != 's' || ts[i+1].key != "of" {
				continue
			}
			sing := t.key[:len(t.key)-1]
			c := vocab[sing]
			if !(c&cStrong != 0 && c&cRank == 0 || sing == "president" || sing == "chancellor") {
				continue
			}
			if ts[i-1].key == "of" || i >= 2 && ts[i-1].key == "the" && ts[i-2].key == "of" || ts[i-1].poss {
				continue
			}
			p := i
			for p > 0 && i-p < 3 && titleish(ts, p-1) && class(ts[p-1])&cConn == 0 && !ts[p-1].poss {
				p--
			}
			j := i + 2
			if ts[j].key == "the" {
				j++
			}
			if j >= len(ts) || ts[j].cs == 0 {
				continue
			}
			a, ae := ts[j].cty, j+int(ts[j].cs)
			aText := blockText(ts, i+2, ae)
			if ae+1 >= len(ts) || ts[ae].key != "and" {
				continue
			}
			j = ae + 1
			if ts[j].key == "the" && j+1 < len(ts) {
				j++
			}
			if ts[j].cs == 0 || ts[j].cty.Code == a.Code {
				continue
			}
			bc, be := ts[j].cty, j+int(ts[j].cs)
			cText := blockText(ts, ae+1, be)
			office := roleText(ts, p, i)
			if office != "" {
				office += " "
			}
			office += strings.TrimSuffix(t.text, "s")
			office = strings.ToUpper(office[:1]) + office[1:]
			f.namesOfPlaces(bi, be, [2]country{a, bc}, [2]string{aText, cText}, office)
		}
	}
}

// namesOfPlaces looks for the two names of pluralPlaces from token k of
// block bi on, within backWindow tokens, and introduces them.
func (f *finder) namesOfPlaces(bi, k int, cs [2]country, names [2]string, office string) {
	a, c := cs[0], cs[1]
	n := 0
	for b2 := bi; b2 < len(f.bs) && n <= backWindow; b2++ {
		ob := f.bs[b2]
		if ob == nil || ob.title {
			continue
		}
		ts := ob.ts
		for si := 0; si+1 < len(ob.spans); si++ {
			sp, sq := ob.spans[si], ob.spans[si+1]
			if b2 == bi && sp.a < k {
				continue
			}
			if d := n + sp.a; b2 == bi && d-k > backWindow || b2 != bi && d > backWindow {
				return
			}
			if ob.intro[si] || ob.intro[si+1] || sp.b-sp.a < 2 || sq.b-sq.a < 2 || sp.b-sp.a > 4 || sq.b-sq.a > 4 {
				continue
			}
			var ok bool
			switch {
			case sp.a >= 2 && ts[sp.a-1].poss && ts[sp.a-2].ce > 0 && ts[sp.a-2].cte.Code == a.Code &&
				sp.b < len(ts) && ts[sp.b].key == "and" && sq.a == sp.b+1:
				ok = true // "Poland's Ann Roe and Bo Lee"
			case sp.b+2 < len(ts) && ts[sp.b].key == "of" && placeAt(ts, sp.b+1) == a.Code &&
				sq.a >= 2 && ts[sq.a-1].key == "and" && sq.b+2 <= len(ts) && sq.b < len(ts) && ts[sq.b].key == "of" && placeAt(ts, sq.b+1) == c.Code:
				ok = true // "Ann Roe of Poland and Bo Lee of Hungary"
			}
			if !ok {
				continue
			}
			for x := 0; x < 2; x++ {
				r := roleInfo{text: office + " of " + names[x], country: cs[x].Code, named: true, kind: kAppositive}
				r.key = strings.ToLower(fold(r.text))
				f.addIntro(b2, si+x, r, ob.spans[si+x].a)
			}
			return
		}
		if b2 == bi {
			n = len(ts) - k
		} else {
			n += len(ts)
		}
	}
}

// placeAt is the code of a country named at ts[j] ("the" skipped), or "".
func placeAt(ts []tok, j int) string {
	if j < len(ts) && ts[j].key == "the" {
		j++
	}
	if j < len(ts) && ts[j].cs > 0 {
		return ts[j].cty.Code
	}
	return ""
}

// sameSentence: no sentence ends between tokens a and b (a quote opening
// marks its first word as a start too, but does not end the sentence).
func sameSentence(ts []tok, a, b int) bool {
	for q := a; q < b && q < len(ts); q++ {
		if q > 0 && ts[q].sent && (ts[q-1].key == "." || ts[q-1].key == "?" || ts[q-1].key == "!") {
			return false
		}
	}
	return true
}
