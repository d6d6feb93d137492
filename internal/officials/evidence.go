package officials

import (
	"strings"
	"unicode"
)

// Evidence of an office other than a title right before the name:
// appositives after it, descriptive phrases before it, relative clauses,
// party tags, a rank after an office. Each returns a role or nothing; Find
// decides what to do with it.

// govObject: is the phrase ts[s:e] an office in government? For the
// descriptive form "head of X" the object X must name a government body
// or be a country; a company or lobby with a country adjective in its name
// ("the American Farm Bureau") is not.
func govObject(ts []tok, s, e int) (gov, strong bool) {
	o := -1
	for j := s; j < e; j++ {
		if k := ts[j].key; k == "of" || k == "for" || k == "at" {
			o = j
			break
		}
	}
	if o < 0 {
		ph := analyse(ts, s, e)
		return ph.gov, ph.strong
	}
	pre := analyse(ts, s, o)
	if pre.gov || pre.hasCtry {
		return true, pre.strong
	}
	j := o + 1
	for j < e && ts[j].key == "the" {
		j++
	}
	if _, n := countryStartingAt(ts, j); n > 0 && j+n == e {
		return true, pre.strong
	}
	if stateEndingAt(ts, e-1) > 0 && e-1-j < 2 {
		return true, pre.strong
	}
	for ; j < e; j++ {
		if (ts[j].key == "defense" || ts[j].key == "defence") && j+1 < e && legalWords[ts[j+1].key] {
			continue // a defense team is a lawyer's
		}
		if class(ts[j])&cGov != 0 || impliedUS[ts[j].key] || impliedRU[ts[j].key] {
			return true, pre.strong
		}
	}
	return false, pre.strong
}

var legalWords = map[string]bool{"team": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "counsel": true}

var leadVerbs = map[string]string{"leads": "head of", "heads": "head of", "led": "head of", "headed": "head of",
	"runs": "head of", "ran": "head of", "directs": "director of", "oversees": "head of", "chairs": "chair of",
	"commands": "commander of", "commanded": "commander of"}

var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true,
	"tweeted": true, "noted": true, "announced": true, "stated": true, "explained": true, "warned": true}

// npRole parses a role noun phrase starting at token k ("the deputy press
// secretary", "Ukraine's defense minister", "a spokesman for the Pentagon").
// It returns the role and the token after the phrase.
func npRole(ts []tok, k int) (roleInfo, int, bool) {
	for k < len(ts) && (ts[k].key == "the" || ts[k].key == "a" || ts[k].key == "an") {
		k++
	}
	if k >= len(ts) || !titleish(ts, k) || class(ts[k])&cConn != 0 {
		return roleInfo{}, k, false
	}
	e := k
	inOrg := false
	for e < len(ts) && e-k < 14 {
		t := ts[e]
		if titleish(ts, e) {
			if t.key == "of" || t.key == "for" || t.key == "the" {
				inOrg = true
			}
			e++
			continue
		}
		if inOrg && t.word && t.cap {
			e++
			continue
		}
		if inOrg && t.word && (t.key == "at" || t.key == "in") && e+1 < len(ts) && ts[e+1].cap {
			e++
			continue
		}
		break
	}
	for e > k && class(ts[e-1])&cConn != 0 {
		e--
	}
	if e < len(ts) {
		n := ts[e]
		if n.word && !n.poss && !speechVerbs[n.key] && n.key != "who" && n.key != "and" {
			return roleInfo{}, e, false
		}
	}
	ph := analyse(ts, k, e)
	if ph.head < 0 || ts[ph.head].key == "counterpart" || ph.head-k > 5 {
		return roleInfo{}, e, false
	}
	if gov, strong := govObject(ts, k, e); !gov && !strong {
		return roleInfo{}, e, false
	}
	r, ok := titleRole(ts, k, e, kAppositive)
	return r, e, ok
}

// afterRole looks for appositives after a name: ", Ukraine's defense
// minister", ", the deputy press secretary,", ", who leads all U.S. forces",
// ", D-Ill.", ", a retired Navy rear admiral who is now the Pentagon press
// secretary".
func afterRole(ts []tok, b int) []roleInfo {
	if b >= len(ts) || (ts[b].key != "," && ts[b].key != "(") {
		return nil
	}
	k := b + 1
	if k >= len(ts) {
		return nil
	}
	if t := ts[k]; len(t.text) >= 3 && strings.ContainsRune("DRI", rune(t.text[0])) && t.text[1] == '-' && unicode.IsUpper(rune(t.text[2])) {
		// D-Ill., R-W.Va., D-N.Y.: glue the pieces written without spaces
		tag := t.text
		for j := k + 1; j < len(ts) && ts[j].s == ts[j-1].e && (ts[j].key == "." || ts[j].word); j++ {
			tag += ts[j].text
		}
		return []roleInfo{{text: "U.S. lawmaker (" + tag + ")", country: "US", named: true, kind: kAppositive, tag: tag}}
	}
	if ts[k].key == "who" {
		if r, ok := whoRole(ts, k); ok {
			return []roleInfo{r}
		}
		return nil
	}
	r, e, ok := npRole(ts, k)
	if !ok {
		return nil
	}
	out := []roleInfo{r}
	if e < len(ts) && ts[e].key == "," {
		e++
	}
	if e < len(ts) && ts[e].key == "who" {
		if r, ok := whoRole(ts, e); ok {
			out = append(out, r)
		}
	}
	return out
}

// whoRole reads a relative clause at ts[k] == "who": "who leads all U.S.
// forces on the continent", "who is now the Pentagon press secretary".
func whoRole(ts []tok, k int) (roleInfo, bool) {
	k++
	for k < len(ts) && (ts[k].key == "now" || ts[k].key == "also" || ts[k].key == "currently") {
		k++
	}
	if k >= len(ts) {
		return roleInfo{}, false
	}
	v := ts[k].key
	if pre, ok := leadVerbs[v]; ok {
		s := k + 1
		e := s
		for e < len(ts) && ts[e].word && e-s < 12 && ts[e].key != "and" && ts[e].key != "but" {
			e++
		}
		if e == s {
			return roleInfo{}, false
		}
		gov := false
		for j := s; j < e; j++ {
			if ts[j].key == "forces" || ts[j].key == "troops" {
				pre = "commander of"
			}
			gov = gov || class(ts[j])&cGov != 0
		}
		if !gov {
			return roleInfo{}, false
		}
		r := roleInfo{text: pre + " " + roleText(ts, s, e), kind: kAppositive}
		if c, ok := firstCountry(ts, s, e); ok {
			r.country, r.named = c.Code, true
		}
		r.key = strings.ToLower(fold(r.text))
		return r, true
	}
	if v == "is" || v == "was" || v == "serves" || v == "served" || v == "became" {
		s := k + 1
		for s < len(ts) && (ts[s].key == "as" || ts[s].key == "now" || ts[s].key == "also") {
			s++
		}
		r, _, ok := npRole(ts, s)
		return r, ok
	}
	return roleInfo{}, false
}

func firstCountry(ts []tok, s, e int) (country, bool) {
	for j := s; j < e; j++ {
		if c, n := countryStartingAt(ts, j); n > 0 {
			return c, true
		}
	}
	return country{}, false
}

// beforeRole: "The head of the Defense Intelligence Agency, Lt. Gen. Scott
// Berrier" — a descriptive phrase set off by a comma before the title/name
// starting at token p.
func beforeRole(ts []tok, p int) (roleInfo, bool) {
	if p < 2 || ts[p-1].key != "," {
		return roleInfo{}, false
	}
	e := p - 1
	s := e
	for s > 0 && e-s < 14 {
		t := ts[s-1]
		if !t.word {
			break
		}
		if titleish(ts, s-1) || t.cap || t.key == "a" || t.key == "an" || t.key == "at" {
			s--
			continue
		}
		break
	}
	for s < e && (ts[s].key == "the" || ts[s].key == "a" || ts[s].key == "an") {
		s++
	}
	if s >= e || !titleish(ts, s) {
		return roleInfo{}, false
	}
	// the descriptive form: an office noun followed by of/for/at
	ofAt := -1
	for j := s; j < e-1; j++ {
		if k := ts[j].key; k == "of" || k == "for" || k == "at" {
			ofAt = j
			break
		}
	}
	if ofAt < 0 {
		// "The White House national security adviser, Jake Sullivan",
		// "Russia's defense minister, Sergei Shoigu": a whole title ending
		// in its office noun, after "the" or naming its country
		if class(ts[e-1])&cHead == 0 || ts[e-1].key == "counterpart" {
			return roleInfo{}, false
		}
		if ph := analyse(ts, s, e); (s == 0 || ts[s-1].key != "the") && !ph.hasCtry {
			return roleInfo{}, false
		}
		if gov, strong := govObject(ts, s, e); !gov && !strong {
			return roleInfo{}, false
		}
		return phraseRole(ts, s, e), true
	}
	ph := analyse(ts, s, ofAt)
	if ph.head < 0 || ts[ph.head].key == "counterpart" {
		return roleInfo{}, false
	}
	if gov, strong := govObject(ts, s, e); !gov && !strong {
		return roleInfo{}, false
	}
	return phraseRole(ts, s, e), true
}

// phraseRole writes a descriptive phrase as a role, with the country it
// names or implies ("White House ..." is American).
func phraseRole(ts []tok, s, e int) roleInfo {
	ph := analyse(ts, s, e)
	r := roleInfo{text: roleText(ts, s, e), kind: kAppositive, named: ph.named}
	if ph.hasCtry {
		r.country = ph.country.Code
	}
	r.key = strings.ToLower(fold(r.text))
	return r
}

// rankTail returns where a trailing rank starts in the title ts[p:q]
// ("... Air Force Brig. Gen."), or p if the title does not end in one.
func rankTail(ts []tok, p, q int) int {
	k := q
	for k > p {
		t := ts[k-1]
		c := class(t)
		if c&(cRank|cService) != 0 || t.key == "vice" || t.key == "rear" || t.key == "staff" || t.key == "master" {
			k--
			continue
		}
		break
	}
	if k == q {
		return p
	}
	for k < q && class(ts[k])&cRank == 0 && class(ts[k])&cService == 0 {
		k++
	}
	if k == q-1 && ts[k].key == "general" {
		return p // "secretary general", "attorney general": one office
	}
	return k
}
