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
		if k := ts[j].key; k == "of" || k == "for" || k == "at" || k == "to" {
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
		if capOnlyGov[ts[j].key] && !ts[j].cap {
			continue // "house production", "state of the art"
		}
		if c := class(ts[j]); c&cHead != 0 && ts[j].cap && (c&cStrong != 0 || ts[j].key == "president") {
			return true, pre.strong // "aide to Vice President Mike Pell"
		}
		if class(ts[j])&cGov != 0 || impliedUS[ts[j].key] || impliedRU[ts[j].key] {
			return true, pre.strong
		}
	}
	return false, pre.strong
}

// capOnlyGov are government bodies only as capitalized names ("the House").
var capOnlyGov = map[string]bool{"house": true, "state": true, "assembly": true, "council": true, "commission": true,
	"command": true, "staff": true, "corps": true, "guard": true, "republic": true, "kingdom": true}

var legalWords = map[string]bool{"team": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "counsel": true}

// officeNouns after a possessive make the possessor's body: "the
// prosecutor's office", "the sheriff's department".
var officeNouns = map[string]bool{"office": true, "department": true, "ministry": true, "administration": true, "agency": true}

// endPreps may follow a role phrase: "X, a top aide to the governor, on
// Tuesday", "X, the police chief, in a statement".
var endPreps = map[string]bool{"on": true, "in": true, "at": true, "during": true, "since": true,
	"over": true, "after": true, "before": true}

var leadVerbs = map[string]string{"leads": "head of", "heads": "head of", "led": "head of", "headed": "head of",
	"runs": "head of", "ran": "head of", "directs": "director of", "oversees": "head of", "chairs": "chair of",
	"commands": "commander of", "commanded": "commander of"}

var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true,
	"tweeted": true, "noted": true, "announced": true, "stated": true, "explained": true, "warned": true}

// npRole parses a role noun phrase starting at token k ("the deputy press
// secretary", "Ukraine's defense minister", "a spokesman for the Pentagon",
// "Columbus Police Department spokesman", "the Health and Human Services
// secretary", "deputy associate administrator for exploration in NASA's
// science mission directorate"). It returns the role and the token after
// the phrase. official: the person already has a title (a rank), so a weak
// office needs no government object ("Cmdr. X, a spokesperson for
// Inherent Resolve").
func npRole(ts []tok, k int, official bool) (roleInfo, int, bool) {
	for k < len(ts) && (ts[k].key == "the" || ts[k].key == "a" || ts[k].key == "an" || ts[k].key == "another") {
		k++
	}
	if k+1 < len(ts) && ordinal(ts[k].key) {
		k++ // "the 47th president of the United States"
	}
	if k >= len(ts) || class(ts[k])&cConn != 0 {
		return roleInfo{}, k, false
	}
	needGov := false
	if !titleish(ts, k) {
		// a place or body name before a government word: "Columbus Police
		// ...", "Essex County prosecutor"
		j := k
		for j < len(ts) && j-k < 3 && ts[j].word && ts[j].cap && !ts[j].poss && !titleish(ts, j) {
			j++
		}
		switch {
		case j > k && j+1 < len(ts) && ts[j].poss && titleish(ts, j+1) && class(ts[j+1])&cConn == 0:
			// a person's possessive: "Nixon's White House chief of staff";
			// the office then needs a government word of its own
			// ("Acme's chief", "United's captain" are not offices)
			k = j + 1
			needGov = true
		case j == k || j >= len(ts) || class(ts[j])&cOrg == 0 && !(ts[j].cap && localGov[ts[j].key]):
			return roleInfo{}, k, false
		}
	}
	e := k
	inOrg := false
	for e < len(ts) && e-k < 14 {
		t := ts[e]
		if titleish(ts, e) {
			if t.key == "of" || t.key == "for" || t.key == "the" || t.key == "to" {
				inOrg = true
			}
			e++
			continue
		}
		if t.word && t.cap && !t.poss && (inOrg || capsBeforeOffice(ts, e)) {
			e++ // a body's name: "Inherent Resolve", "Health and Human Services secretary"
			continue
		}
		if t.key == "and" && e > k && ts[e-1].cap && e+1 < len(ts) && ts[e+1].cap && bodyAfterAnd(ts, e+1) {
			e++ // "Health and Human Services", not "... Security and Alex Azar"
			continue
		}
		if t.key == "at" || t.key == "in" || t.key == "on" {
			// "at the State Department", "specialist on the National Security Council"
			j := e + 1
			if j < len(ts) && ts[j].key == "the" {
				j++
			} else if t.key == "on" {
				break // "aide to Vice President Pence on Trump's call"
			}
			if j < len(ts) && ts[j].cap && class(ts[j])&(cDay|cMonth) == 0 && (inOrg || hasHead(ts, k, e)) {
				e = j
				inOrg = true
				continue
			}
		}
		if inOrg && t.word && !t.poss && t.text == t.key && class(t)&cCommon == 0 && !speechVerbs[t.key] {
			e++ // the object of "for", "of": "for exploration in NASA's science mission directorate"
			continue
		}
		break
	}
	for e > k && class(ts[e-1])&cConn != 0 {
		e--
	}
	if e+1 < len(ts) && ts[e].poss && officeNouns[ts[e+1].key] {
		e += 2 // "attorney for the prosecutor's office"
	}
	if e < len(ts) {
		n := ts[e]
		if n.poss || n.word && !speechVerbs[n.key] && !endPreps[n.key] && n.key != "who" && n.key != "and" {
			return roleInfo{}, e, false // "the governor's spokeswoman" is not the governor
		}
	}
	ph := analyse(ts, k, e)
	if ph.head < 0 || ts[ph.head].key == "counterpart" || ph.head-k > 7 {
		return roleInfo{}, e, false
	}
	if gov, strong := govObject(ts, k, e); !gov && (!strong || needGov) {
		if !official || needGov {
			return roleInfo{}, e, false
		}
		r := roleInfo{text: roleText(ts, k, e), kind: kAppositive}
		r.key = strings.ToLower(fold(r.text))
		return r, e, true
	}
	r, ok := titleRole(ts, k, e, kAppositive)
	return r, e, ok
}

// afterRole looks for appositives after a name: ", Ukraine's defense
// minister", ", the deputy press secretary,", ", who leads all U.S. forces",
// ", D-Ill.", ", a retired Navy rear admiral who is now the Pentagon press
// secretary".
func afterRole(ts []tok, b int, official bool) []roleInfo {
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
	r, e, ok := npRole(ts, k, official)
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

// predRole: the office as a predicate right after the name: "Ann Roe has
// been named acting secretary of the Navy", "Ann Roe was appointed as ...",
// "Ann Roe is the state's attorney general".
func predRole(ts []tok, b int) (roleInfo, bool) {
	k := b
	if k < len(ts) && (ts[k].key == "has" || ts[k].key == "had") && k+1 < len(ts) && ts[k+1].key == "been" {
		k += 2
	} else if k < len(ts) && (ts[k].key == "is" || ts[k].key == "was") {
		k++
	} else {
		return roleInfo{}, false
	}
	if k+1 < len(ts) && ts[k].key == "serving" && ts[k+1].key == "as" {
		// "Ann Roe was serving as the President's physician"
		if r, ok := possStaff(ts, k+2); ok {
			return r, true
		}
		r, _, ok := npRole(ts, k+2, false)
		return r, ok
	}
	if k < len(ts) && appointVerbs[ts[k].key] {
		k++
		if k+1 < len(ts) && ts[k].key == "in" && ts[k-1].key == "sworn" {
			k++
		}
		if k < len(ts) && ts[k].key == "as" {
			k++
		}
	} else if k >= len(ts) || ts[k].key != "the" || k == b+2 {
		return roleInfo{}, false // "is the ..." only: "was born", "has been a critic"
	}
	r, _, ok := npRole(ts, k, false)
	return r, ok
}

var appointVerbs = map[string]bool{"named": true, "appointed": true, "elected": true, "confirmed": true,
	"sworn": true, "installed": true, "promoted": true}

// oppositionLeader: "opposition Labour Party leader Jeremy Corbyn" — the
// Leader of the Opposition is an office in a parliament; a party leader
// alone ("Labour leader") is not.
func oppositionLeader(ts []tok, a int) (roleInfo, int, bool) {
	k := a - 1
	if k < 1 || ts[k].key != "leader" {
		return roleInfo{}, 0, false
	}
	j := k - 1
	for j > 0 && k-j <= 3 && ts[j].word && ts[j].cap && !ts[j].poss && ts[j].key != "opposition" {
		j--
	}
	if ts[j].key != "opposition" {
		return roleInfo{}, 0, false
	}
	r := roleInfo{text: roleText(ts, j, a), kind: kTitle}
	r.key = strings.ToLower(fold(r.text))
	return r, j, true
}

// ofBody: "Dr. Ann Roe of the Michigan Department of Health says" — a name
// followed by "of the" and the capitalized name of a government body, then
// a speech verb or punctuation. The role is "official of" that body.
func ofBody(ts []tok, b int) (roleInfo, bool) {
	if b+2 >= len(ts) || ts[b].key != "of" || ts[b+1].key != "the" {
		return roleInfo{}, false
	}
	s, e, inst := b+2, b+2, false
	for e < len(ts) && e-s < 10 {
		t := ts[e]
		if t.word && t.cap && !t.poss || (t.key == "of" || t.key == "and" || t.key == "for") && e > s && e+1 < len(ts) && ts[e+1].cap {
			inst = inst || bodyWords[t.key] && t.cap
			e++
			continue
		}
		break
	}
	if !inst || e < len(ts) && ts[e].word && !speechVerbs[ts[e].key] && ts[e].key != "who" {
		return roleInfo{}, false
	}
	ph := analyse(ts, s, e)
	r := roleInfo{text: "official of the " + roleText(ts, s, e), kind: kAppositive, named: ph.named}
	if ph.hasCtry {
		r.country = ph.country.Code
	}
	r.key = strings.ToLower(fold(r.text))
	return r, true
}

// bodyWords name a government institution (not a policy area or a
// chamber): "of the Justice Department", "of the FBI".
var bodyWords = map[string]bool{"department": true, "ministry": true, "agency": true, "embassy": true,
	"consulate": true, "police": true, "pentagon": true, "kremlin": true, "fbi": true, "cia": true, "nsa": true,
	"nasa": true, "epa": true, "fda": true, "cdc": true, "nih": true, "fema": true}

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
	if (v == "has" || v == "had") && k+1 < len(ts) && ts[k+1].key == "been" {
		k++
		v = "was" // "who has been named ...": only an appointment follows
	}
	if v == "is" || v == "was" || v == "serves" || v == "served" || v == "became" {
		s := k + 1
		if s < len(ts) && appointVerbs[ts[s].key] && ts[s].key != "confirmed" && ts[s].key != "sworn" {
			// "who was appointed/named [as] head of the ministry"
			s++
			if s < len(ts) && ts[s].key == "as" {
				s++
			}
			r, _, ok := npRole(ts, s, false)
			return r, ok
		}
		if s+3 < len(ts) && ts[s].key == "put" && ts[s+1].key == "in" && ts[s+2].key == "charge" && ts[s+3].key == "of" {
			// "who was put in charge of the Bureau of Prisons": head of a government body
			e := s + 4
			for e < len(ts) && ts[e].word && e-s < 14 && ts[e].key != "and" && ts[e].key != "but" && ts[e].key != "after" {
				e++
			}
			if e == s+4 {
				return roleInfo{}, false
			}
			if gov, _ := govObject(ts, s+3, e); !gov {
				return roleInfo{}, false
			}
			r := roleInfo{text: "head of " + roleText(ts, s+4, e), kind: kAppositive}
			if c, ok := firstCountry(ts, s+4, e); ok {
				r.country, r.named = c.Code, true
			}
			r.key = strings.ToLower(fold(r.text))
			return r, true
		}
		for s < len(ts) && (ts[s].key == "as" || ts[s].key == "now" || ts[s].key == "also") {
			s++
		}
		if s+2 < len(ts) && ts[s].key == "then" && ts[s+1].key == "serving" {
			s++ // "who was then serving as ..."
		}
		if s+1 < len(ts) && ts[s].key == "serving" && ts[s+1].key == "as" {
			// "who was then serving as the President's physician"
			if r, ok := possStaff(ts, s+2); ok {
				return r, true
			}
			s += 2
		}
		r, _, ok := npRole(ts, s, false)
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
		if !t.cap && class(t)&cCommon == 0 && objectAfterPrep(ts, s-1) {
			s-- // "deputy director of public prosecutions"
			continue
		}
		break
	}
	for s < e && (class(ts[s])&cConn != 0 || ts[s].key == "a" || ts[s].key == "an") {
		s++ // "the prospects of [Taiwan's president], Tsai Ing-wen"
	}
	if s >= e || !titleish(ts, s) {
		return roleInfo{}, false
	}
	// the descriptive form: an office noun followed by of/for/at
	ofAt := -1
	for j := s; j < e-1; j++ {
		if k := ts[j].key; k == "of" || k == "for" || k == "at" || k == "to" {
			ofAt = j
			break
		}
	}
	if last := ts[e-1]; ofAt < 0 || last.cap && class(last)&cHead != 0 {
		// "The White House national security adviser, Jake Sullivan",
		// "Russia's defense minister, Sergei Shoigu", "former House of
		// Representatives Speaker, Benjamin Nzeribe": a whole title ending
		// in its office noun, after "the", naming its country or capitalized
		if class(last)&cHead == 0 || last.key == "counterpart" {
			return roleInfo{}, false
		}
		if ph := analyse(ts, s, e); (s == 0 || ts[s-1].key != "the") && !ph.hasCtry && !last.cap {
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

// bodyAfterAnd: do the capitalized words at k, after "and", continue a
// body's name ("Human Services") rather than start a person's ("Alex Azar")?
func bodyAfterAnd(ts []tok, k int) bool {
	for j := k; j < len(ts) && j-k < 4 && ts[j].word && ts[j].cap; j++ {
		if class(ts[j])&(cOrg|cGov|cNotName|cHead) != 0 || ts[j].inPlace {
			return true
		}
	}
	return false
}

// capsBeforeOffice: does the run of capitalized words at k lead to an
// office or government word ("Human Services secretary"), rather than to
// a company or a job outside government ("Manager of ...", "Ascom North
// America,")?
func capsBeforeOffice(ts []tok, k int) bool {
	for j := k; j < len(ts) && j-k < 4; j++ {
		if t := ts[j]; t.key == "and" || t.word && t.cap && !t.poss && !titleish(ts, j) {
			continue
		}
		return titleish(ts, j) && (class(ts[j])&(cHead|cOrg) != 0 || ts[j].cap && localGov[ts[j].key])
	}
	return false
}

// objectAfterPrep: is the lower-case word ts[i] part of the object of a
// preposition a few words before it ("of public prosecutions")?
func objectAfterPrep(ts []tok, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		switch ts[j].key {
		case "of", "for", "to", "at":
			return true
		}
		if !ts[j].word || ts[j].cap || class(ts[j])&cCommon != 0 && class(ts[j])&cMod == 0 {
			return false
		}
	}
	return false
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

// personalStaff serve an office holder in person; after a capitalized
// office's possessive they are a post of that office ("the President's
// physician"), after anyone else's a private job.
var personalStaff = map[string]bool{"physician": true, "doctor": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "aide": true, "adviser": true, "advisor": true, "secretary": true, "counsel": true}

// possStaff: "the President's physician" at ts[k] — a capitalized office
// noun, its possessive, a personal staff noun, and the phrase ends there.
func possStaff(ts []tok, k int) (roleInfo, bool) {
	if k < len(ts) && ts[k].key == "the" {
		k++
	}
	j := k
	for j < len(ts) && j-k < 3 && ts[j].word && ts[j].cap && !ts[j].poss {
		j++
	}
	if j == k || j+2 > len(ts) || !ts[j].poss || j+1 >= len(ts) || !personalStaff[ts[j+1].key] {
		return roleInfo{}, false
	}
	if c, h := class(ts[j-1]), ts[j-1].key; c&cRank != 0 || c&cStrong == 0 && h != "president" && h != "chancellor" && h != "speaker" {
		return roleInfo{}, false // "the company's doctor", "the Captain's aide": a head that needs no qualifier only
	}
	if e := j + 2; e < len(ts) && ts[e].word && !endPreps[ts[e].key] && !speechVerbs[ts[e].key] && ts[e].key != "and" {
		return roleInfo{}, false
	}
	r := roleInfo{text: roleText(ts, k, j) + "'s " + ts[j+1].text, kind: kAppositive}
	r.key = strings.ToLower(fold(r.text))
	return r, true
}

// ordinal: "47th", "1st", "22nd", "3rd" (a count of office holders, not part of the office).
func ordinal(key string) bool {
	n := 0
	for n < len(key) && key[n] >= '0' && key[n] <= '9' {
		n++
	}
	if n == 0 || n+2 != len(key) {
		return false
	}
	switch key[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
