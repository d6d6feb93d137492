package officials

import "strings"

// Role kinds, from the most to the least formal evidence.
const (
	kTitle       = iota // title before the name: "Russian Defense Minister Sergei Shoigu"
	kAppositive         // after or before the name, set off by commas: "Oleksii Reznikov, Ukraine's defense minister"
	kCounterpart        // "his Russian counterpart Sergei Shoigu"
	kRecord             // no office in the text: the record of heads of state and government (leaders.go)
)

// roleInfo is one piece of evidence about a person's office.
type roleInfo struct {
	text     string // as it will be shown: "Russian Defense Minister"
	key      string // folded lower-case text, for bare-role mentions
	country  string // ISO-like code, "" if unknown
	named    bool   // text already names the country (explicitly, a state, or "Pentagon"/"Kremlin")
	rankOnly bool   // only a rank: "Lt. Gen.", "Air Force General"
	kind     int
	tag      string // party and state of a US legislator: "D-Ill."
	alt      string // the informal key a synonym replaced: "pentagon chief"
}

// class returns the vocabulary classes of a word token, looking through
// "then-"/"ex-" prefixes and hyphenated compounds ("Vice-President").
func class(t tok) uint32 { return t.cls }

func classOf(t tok) uint32 {
	if !t.word || t.poss {
		return 0
	}
	k := t.key
	if t.upper && upperGov[k] {
		return cOrg | cGov
	}
	if c, ok := vocab[k]; ok {
		return c
	}
	for _, p := range []string{"then-", "ex-", "former-"} {
		if strings.HasPrefix(k, p) {
			return vocab[k[len(p):]]
		}
	}
	if i := strings.LastIndexByte(k, '-'); i > 0 {
		// "Russian-backed", "Kremlin-appointed": not titles. Only a compound
		// whose parts are both title words counts ("vice-admiral").
		a, b := vocab[k[:i]], vocab[k[i+1:]]
		if a&(cMod|cRank|cHead) != 0 && b&(cHead|cRank) != 0 {
			return b
		}
		if a&(cMod|cOrg) != 0 && b&(cMod|cOrg) != 0 {
			return cMod // "foreign-policy adviser", "national-security aide"
		}
	}
	return 0
}

// countryEndingAt reports a country form ending at token k: its country and
// how many tokens it spans (0 if none).
func countryEndingAt(ts []tok, k int) (country, int) {
	return ts[k].cte, int(ts[k].ce)
}

// countryStartingAt reports a country form starting at token i.
func countryStartingAt(ts []tok, i int) (country, int) {
	if i >= len(ts) {
		return country{}, 0
	}
	return ts[i].cty, int(ts[i].cs)
}

func countryAt(ts []tok, i, n int) (country, bool) {
	for j, t := range ts[i : i+n] {
		inner := j > 0 && j < n-1
		if t.poss {
			if !inner || j != 1 {
				return country{}, false
			}
			continue
		}
		if !t.word || !t.cap && !(inner && (t.key == "of" || t.key == "the" || t.key == "and")) {
			return country{}, false // only inside: "People's Republic of China", "Republic of the Congo"
		}
	}
	if n == 1 {
		k := ts[i].key
		if k == "us" && ts[i].text != "US" { // the pronoun
			return country{}, false
		}
		if k == "eu" && ts[i].text != "EU" {
			return country{}, false
		}
		c, ok := countries[k]
		return c, ok
	}
	// n > 1: the keys joined by spaces, built on the stack (this runs for
	// every capitalized word); a joined key never equals "us".
	var arr [64]byte
	c, ok := countries[string(joinKeys(arr[:0], ts[i:i+n]))]
	return c, ok
}

// joinKeys appends the tokens' keys, space separated, to buf.
func joinKeys(buf []byte, ts []tok) []byte {
	for k := range ts {
		if k > 0 && !ts[k].poss {
			buf = append(buf, ' ')
		}
		buf = append(buf, ts[k].key...)
	}
	return buf
}

func stateEndingAt(ts []tok, k int) int { return int(ts[k].se) }

func stateAt(ts []tok, i, n int) bool {
	for k := i; k < i+n; k++ {
		if t := &ts[k]; !t.word || t.poss || !t.cap {
			return false
		}
	}
	var arr [64]byte
	return states[string(joinKeys(arr[:0], ts[i:i+n]))]
}

// titleish: may token k stand inside a title phrase?
func titleish(ts []tok, k int) bool {
	t := ts[k]
	if !t.word {
		return false
	}
	if t.poss {
		// "the Mayor's spokeswoman": an office's own staff
		return k > 0 && (class(ts[k-1])&(cOrg|cMod) != 0 || class(ts[k-1])&cStrong != 0 && ts[k-1].cap && class(ts[k-1])&cRank == 0 || isCountryTok(ts, k-1) || ts[k-1].key == "country" || ts[k-1].key == "nation" ||
			// "the Russian President's Spokesperson": a country's office, capitalized
			k > 1 && class(ts[k-1])&cHead != 0 && ts[k-1].cap && isCountryTok(ts, k-2))
	}
	if class(t)&(cHead|cMod|cOrg|cRank|cService|cConn) != 0 {
		return true
	}
	if t.key == "most" && k+1 < len(ts) && class(ts[k+1])&cMod != 0 {
		return true // "China's most senior foreign-policy official"
	}
	if t.key == "white" && k+1 < len(ts) && ts[k+1].key == "house" {
		return true
	}
	if t.cap && localGov[t.key] || t.key == "medical" && k+1 < len(ts) && ts[k+1].key == "examiner" {
		return true
	}
	if isCountryTok(ts, k) {
		return true
	}
	return false
}

func isCountryTok(ts []tok, k int) bool { return ts[k].inPlace }

// staffTitles serve someone: "spokesperson for General X" is not the general's title.
var staffTitles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true,
	"adviser": true, "advisor": true, "assistant": true, "lawyer": true, "attorney": true, "counsel": true}

// titleStart walks back from a name starting at token a over title words and
// returns where the title begins (a if there is none). Leading "the/of/for"
// are not part of the title.
func titleStart(ts []tok, a int) int {
	j := a
	for j > 0 && titleish(ts, j-1) && a-j < 14 {
		j--
	}
	// a body's name joined by "and" in front of the office: "Health and
	// Human Services Secretary"; it must hold a government word, so
	// "Johnson and Johnson President" stays out
	if j < a && j > 0 && ts[j-1].word && ts[j-1].cap {
		m, and, gov := j, false, false
		for m > 0 && j-m < 5 && ts[m-1].word && !ts[m-1].poss && (ts[m-1].cap || ts[m-1].key == "and" && m >= 2 && ts[m-2].cap) {
			and = and || ts[m-1].key == "and"
			gov = gov || ts[m-1].cap && class(ts[m-1])&cOrg != 0
			m--
		}
		if and && gov && (m == 0 || !ts[m-1].word || !ts[m-1].cap) && class(ts[m])&cCommon == 0 {
			j = m
		}
	}
	// "aide to Vice President Mike Pence", "a spokesperson for General Ann
	// Lee": an office after "to" (or after "for" behind a staff title) is the
	// name's own; the one before it is someone else's. "National Security
	// Advisor to the US President Jake Sullivan" is one title: after "to the"
	// comes the office served, not the name's.
	for k := a - 1; k > j; k-- {
		if ts[k].key == "to" || ts[k].key == "for" && k > 0 && staffTitles[ts[k-1].key] {
			if k+1 < a && ts[k+1].key == "the" {
				break
			}
			for m := k + 1; m < a; m++ {
				if class(ts[m])&(cHead|cRank) != 0 {
					j = k + 1
					break
				}
			}
			break
		}
	}
	for {
		for j < a && (class(ts[j])&cConn != 0 || ts[j].poss) {
			j++
		}
		// "administration of US President Donald Trump": an office starts with
		// its own office noun, so a part before "of" without one is not in it
		o := -1
		for k := j; k < a; k++ {
			if ts[k].key == "of" || ts[k].key == "for" {
				o = k
				break
			}
		}
		if o < 0 {
			return j
		}
		head := false
		for k := j; k < o; k++ {
			head = head || class(ts[k])&cHead != 0
		}
		if head {
			return j
		}
		j = o + 1
	}
}

// analysis of a title phrase ts[p:q].
type phrase struct {
	head     int  // index of the last office noun, -1 if none
	strong   bool // a strong head or a rank
	gov      bool // names a government: country, state, Pentagon, Army, press ...
	rankOnly bool
	country  country
	hasCtry  bool
	named    bool
}

func analyse(ts []tok, p, q int) phrase {
	ph := phrase{head: -1, rankOnly: true}
	anyRank := false
	for k := p; k < q; k++ {
		t := ts[k]
		c := class(t)
		if c&cHead != 0 {
			ph.head = k
			if c&cStrong != 0 {
				ph.strong = true
			}
		}
		if c&cRank != 0 {
			anyRank = true
		}
		if !(c&(cRank|cService) != 0 || t.key == "vice" || t.key == "rear" || t.key == "staff" || t.key == "master" || t.key == "first" || t.key == "field" || t.key == "chief" && k+1 < q && class(ts[k+1])&cRank != 0) {
			ph.rankOnly = false
		}
		if c&cOrg != 0 || t.key == "press" || t.key == "white" || t.cap && localGov[t.key] {
			ph.gov = true
		}
		if impliedUS[t.key] || t.key == "house" && k > p && ts[k-1].key == "white" ||
			t.key == "department" && k > p && ts[k-1].key == "state" && ts[k-1].cap {
			ph.named = true
			if !ph.hasCtry {
				ph.country, ph.hasCtry = countries["u.s"], true
			}
		}
		if impliedRU[t.key] {
			ph.named = true
			if !ph.hasCtry {
				ph.country, ph.hasCtry = countries["russian"], true
			}
		}
	}
	for k := p; k < q; k++ {
		if c, n := countryStartingAt(ts, k); n > 0 && k+n <= q {
			if !ph.named {
				ph.country, ph.hasCtry = c, true
			}
			ph.named, ph.gov = true, true
			break
		}
		if n := stateEndingAt(ts, k); n > 0 {
			ph.country, ph.hasCtry, ph.named, ph.gov = countries["u.s"], true, true, true
			break
		}
	}
	if !anyRank {
		ph.rankOnly = false
	}
	if ph.rankOnly {
		ph.strong = true
	}
	if !ph.hasCtry {
		// US-only title forms: "Secretary of State", "Defense Secretary" (British spelling is Defence)
		low := " " + phraseKey(ts, p, q) + " "
		for _, f := range []string{" secretary of defense ", " secretary of state ", " defense secretary ", " secretary of homeland ",
			" attorney general ", " secretary of the ", " national security adviser ", " sen. ", " rep. ", " sens. ", " reps. ",
			" congressman ", " congresswoman ", " house speaker ", " senate majority leader ", " senate minority leader ",
			" house majority leader ", " house minority leader "} {
			if strings.Contains(low, " state ") && !strings.Contains(low, " of state ") {
				break // a state senator is not a U.S. one
			}
			if strings.Contains(low, f) {
				ph.country, ph.hasCtry = countries["u.s"], true
				break
			}
		}
	}
	return ph
}

func phraseKey(ts []tok, p, q int) string {
	var b strings.Builder
	for k := p; k < q; k++ {
		t := ts[k]
		if !t.word {
			continue
		}
		if t.poss {
			b.WriteString("'s")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
		if t.dot {
			b.WriteByte('.')
		}
	}
	return b.String()
}

// roleText writes ts[p:q] as a role: a leading country noun or possessive
// becomes the adjective ("Russia's Defense Minister" → "Russian Defense
// Minister"), civil abbreviations are spelled out, the rest is as written.
func roleText(ts []tok, p, q int) string {
	var parts []string
	k := p
	if c, n := countryStartingAt(ts, p); n > 0 && p+n <= q {
		parts = append(parts, c.Adj)
		k = p + n
		if k < q && ts[k].poss {
			k++
		}
	}
	for ; k < q; k++ {
		t := ts[k]
		if (t.key == "new" || t.key == "incumbent") && !t.inPlace && len(parts)+1 < q-p {
			continue // "the new police commissioner" holds the office
		}
		if styleWords[t.key] && len(parts) > 0 {
			continue // "Speaker ... Rt. Hon.": a style, not part of the office
		}
		if !t.word {
			if t.key == "-" || t.key == "," {
				parts = append(parts, t.text)
			}
			continue
		}
		if t.poss && len(parts) > 0 {
			parts[len(parts)-1] += "'s"
			continue
		}
		if t.key == "pm" && t.upper {
			parts = append(parts, "Prime Minister")
			continue
		}
		if e, ok := expand[t.key]; ok && t.dot {
			parts = append(parts, e)
			continue
		}
		if e, ok := rankExpand[t.key]; ok && t.cap {
			parts = append(parts, e)
			continue
		}
		parts = append(parts, t.text)
	}
	s := strings.Join(parts, " ")
	s = strings.ReplaceAll(s, " ,", ",")
	return s
}

// titleRole turns a title phrase into a role, or ok=false when the words do
// not make an official (no office noun, a company in front of a weak title,
// a lower-case "director" with no government in sight ...).
func titleRole(ts []tok, p, q int, kind int) (roleInfo, bool) {
	if p >= q {
		return roleInfo{}, false
	}
	ph := analyse(ts, p, q)
	if ph.head < 0 {
		return roleInfo{}, false
	}
	h := ts[ph.head]
	if class(ts[q-1])&cConn != 0 {
		return roleInfo{}, false // "King of Monitors", "Head of Platform Solutions": the "name" is an object
	}
	if last := ts[q-1]; kind == kTitle && (last.poss || adjectival[last.key] ||
		class(last)&(cHead|cRank|cMod|cOrg|cService) == 0 && !isCountryTok(ts, q-1)) {
		// a title ends in an office or a body: "head of Iran's [Seismic
		// Research Center]", "director of the [National Human Genome ...]"
		return roleInfo{}, false
	}
	if _, n := countryEndingAt(ts, q-1); n == 1 && q-2 >= p && ts[q-2].key == "the" &&
		ts[q-1].key != "netherlands" && ts[q-1].key != "philippines" && ts[q-1].key != "us" {
		// "spokesman for the American [Cancer Society]": "the" + a country
		// adjective starts an organization's name
		return roleInfo{}, false
	}
	if kind == kTitle && class(h)&cRank != 0 && class(h)&cMod == 0 && !h.cap {
		return roleInfo{}, false // "the major Internet providers"
	}
	if h.key == "chief" && hasKey(ts, p, q, "executive") && !ph.gov {
		return roleInfo{}, false // a company's Chief Executive
	}
	svcRank := false // a public service's rank written in lower case: "chief fire officer"
	switch h.key {
	case "sen", "rep", "gov", "sens", "reps", "govs":
		if !h.cap {
			return roleInfo{}, false // a sales rep
		}
	case "counterpart":
		return roleInfo{}, false
	case "leader":
		if !ph.gov && !hasKey(ts, p, q, "majority", "minority", "supreme", "squadron") {
			return roleInfo{}, false
		}
	case "chairman", "chairwoman", "chairperson", "commissioner":
		// a bare capitalized "Chairman Schiff" is an office unless a company
		// is in sight (checked below)
		if !ph.gov && !(h.cap && q-p == 1) && !hasKey(ts, p, q, "high") {
			return roleInfo{}, false
		}
	case "officer":
		// "public information officer" of a named department, not a police
		// patrolman or a company's "Chief Security Officer"
		gov := false
		for k := p; k < q; k++ {
			gov = gov || ts[k].cap && (class(ts[k])&cGov != 0 || localGov[ts[k].key])
		}
		// a public service's "chief fire officer" is a rank
		svcRank = hasKey(ts, p, q, "chief") && hasKey(ts, p, q, "fire", "police")
		if !gov && !hasKey(ts, p, q, "petty", "warrant") && !svcRank {
			return roleInfo{}, false
		}
	case "whip":
		// a parliamentary whip, not a party's or a kitchen's
		if !ph.gov && !hasKey(ts, p, q, "chief", "majority", "minority", "government", "opposition") {
			return roleInfo{}, false
		}
	case "agent":
		// a federal agent, not a sports or estate agent
		if !ph.gov && !hasKey(ts, p, q, "special", "federal") {
			return roleInfo{}, false
		}
	case "examiner", "defender":
		// "Medical Examiner", "Public Defender"; not the Washington Examiner
		if !hasKey(ts, p, q, "medical", "public") {
			return roleInfo{}, false
		}
	case "executive":
		// "County Executive", "Hong Kong Chief Executive"; a company's chief
		// executive is not an office
		if !ph.gov || !ph.hasCtry && !clearGov(ts, p, q) && !hasLocalGov(ts, p, q) {
			return roleInfo{}, false
		}
	case "deputy", "warden", "auditor", "assessor", "bailiff":
		// "sheriff's deputy", "State Auditor", "Deputy John Reyes": a
		// capitalized title or a government word
		if !ph.gov && !ph.strong && !(h.cap && ph.head == q-1) {
			return roleInfo{}, false
		}
	case "official", "aide":
		if !ph.gov {
			return roleInfo{}, false
		}
	case "director", "chair", "representative":
		if !ph.gov || !ph.hasCtry && !clearGov(ts, p, q) {
			return roleInfo{}, false
		}
	case "expert", "specialist":
		// staff of a government body: "Ukraine specialist on the National
		// Security Council", not "a defense expert at a think tank"
		if !hasKey(ts, p, q, "council", "house", "department", "ministry", "agency", "pentagon", "kremlin", "nsc",
			"administration", "embassy", "commission") {
			return roleInfo{}, false
		}
	case "attorney", "atty":
		// a public prosecutor ("U.S. Attorney", "district attorney"), not a
		// lawyer ("defense attorney", "his attorney")
		us := false
		for k := p; k < q; k++ {
			us = us || ts[k].cs > 0 && ts[k].cty.Code == "US"
		}
		if hasKey(ts, p, q, "defense", "defence", "private", "personal", "trial") ||
			!us && !hasKey(ts, p, q, "district", "dist", "county", "city", "state", "general") {
			return roleInfo{}, false
		}
	case "counsel":
		// a government's lawyer ("White House Counsel"), not a defendant's
		if !ph.gov || hasKey(ts, p, q, "defense", "defence", "private", "personal", "trial", "legal") {
			return roleInfo{}, false
		}
	case "captain":
		// a team has captains too: "England captain Harry Kane"; an army,
		// navy or police captain names the service
		svc := false
		for k := p; k < q; k++ {
			svc = svc || class(ts[k])&(cService|cGov) != 0 || ts[k].key == "police"
		}
		if !svc {
			return roleInfo{}, false
		}
	case "prince":
		if !hasKey(ts, p, q, "crown") {
			return roleInfo{}, false
		}
	}
	// Lower-case rank words ("the general said") are not titles on their own.
	start := p
	switch {
	case ph.gov && !(ts[p].cap && localGov[ts[p].key]):
	case ph.strong || ph.gov || svcRank:
		// a place or body in front of a strong title belongs to it: "San Francisco Mayor"
		for start > 0 && start > p-3 && nameable(ts, start-1) {
			start--
		}
	case p > 0 && ts[p-1].word && ts[p-1].cap && class(ts[p-1])&(cCommon|cDay|cMonth) == 0:
		return roleInfo{}, false // "Microsoft President Brad Smith", "Teachers Association President"
	case h.cap:
		// a bare "President Lawrence Perlman said" in a paragraph about a company
		if h.key != "secretary" && companyContext(ts) {
			return roleInfo{}, false
		}
	default:
		return roleInfo{}, false
	}
	r := roleInfo{text: roleText(ts, start, q), kind: kind, rankOnly: ph.rankOnly && start == p}
	if ph.hasCtry {
		r.country = ph.country.Code
	}
	r.named = ph.named
	r.key = strings.ToLower(fold(r.text))
	if syn, ok := roleSynonyms[r.key]; ok {
		r.alt = r.key
		r.text, r.named, r.country = syn, true, "US"
		r.key = strings.ToLower(fold(syn))
	}
	if !r.named && r.country != "" && !r.rankOnly {
		r.text = withCountry(r.text, r.country)
		r.named = true
		r.key = strings.ToLower(fold(r.text))
	}
	return r, true
}

// isFormer: an office no longer held ("former President", "retired Gen.",
// "ex-minister"). Such people are not acting in a public office.
func isFormer(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w == "former" || w == "retired" || w == "onetime" || w == "late" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

func allFormer(roles []roleInfo) bool {
	for _, r := range roles {
		if !isFormer(r.text) {
			return false
		}
	}
	return len(roles) > 0
}

// withCountry puts the country adjective in front of an office, after
// "former"/"acting": "former U.S. National Security Adviser".
func withCountry(text, code string) string {
	adj := adjOf(code)
	for _, p := range []string{"former ", "Former ", "acting ", "Acting ", "then-", "interim ", "Interim "} {
		if strings.HasPrefix(text, p) {
			return p + adj + " " + text[len(p):]
		}
	}
	return adj + " " + text
}

// adjectival government words never end a title before a name.
var adjectival = map[string]bool{"national": true, "federal": true, "central": true, "supreme": true, "joint": true,
	"armed": true, "special": true, "foreign": true, "presidential": true, "nuclear": true, "atomic": true,
	"diplomatic": true, "legislative": true, "european": true, "naval": true, "military": true}

// companyContext: the block talks about a company, so a bare capitalized
// "President" or "Chairman" is most likely the company's.
func companyContext(ts []tok) bool {
	for _, t := range ts {
		switch t.key {
		case "company", "corp", "inc", "shareholders", "firm", "ceo", "subsidiary", "co", "ltd", "plc":
			return true
		}
	}
	return false
}

// titleRoleGov is titleRole for a title whose owner is known to be in
// government ("Putin's spokesman").
func titleRoleGov(ts []tok, p, q int) (roleInfo, bool) {
	ph := analyse(ts, p, q)
	if ph.head < 0 || ts[ph.head].key == "counterpart" || class(ts[q-1])&cHead == 0 {
		return roleInfo{}, false
	}
	r := roleInfo{text: roleText(ts, p, q), kind: kTitle}
	r.key = strings.ToLower(fold(r.text))
	return r, true
}

// clearGov: does a government word in ts[p:q] mark a public office? Policy
// areas written in lower case ("intelligence director", "security
// official") are jobs in companies too; capitalized ("Intelligence
// Director") or an institution ("police", "Pentagon") they are government.
func clearGov(ts []tok, p, q int) bool {
	for k := p; k < q; k++ {
		t := ts[k]
		if class(t)&cOrg != 0 && (t.cap || !lcWeakOrg[t.key]) || t.key == "press" || t.inPlace {
			return true
		}
	}
	return false
}

var lcWeakOrg = map[string]bool{"intelligence": true, "security": true, "health": true, "education": true,
	"finance": true, "trade": true, "commerce": true, "energy": true, "agriculture": true, "labor": true,
	"labour": true, "transport": true, "transportation": true, "environment": true, "emergency": true,
	"operations": true, "infrastructure": true, "climate": true, "budget": true, "economy": true, "home": true,
	"affairs": true, "central": true, "reserve": true, "national": true, "state": true, "house": true,
	"space": true, "council": true,
	"commission": true, "assembly": true, "command": true, "staff": true, "agency": true, "department": true}

func hasHead(ts []tok, p, q int) bool {
	for k := p; k < q; k++ {
		if class(ts[k])&cHead != 0 {
			return true
		}
	}
	return false
}

// hasLocalGov: a capitalized local government word ("County", "City") in ts[p:q].
func hasLocalGov(ts []tok, p, q int) bool {
	for k := p; k < q; k++ {
		if ts[k].cap && localGov[ts[k].key] {
			return true
		}
	}
	return false
}

func hasKey(ts []tok, p, q int, keys ...string) bool {
	for k := p; k < q; k++ {
		for _, w := range keys {
			if ts[k].key == w {
				return true
			}
		}
	}
	return false
}

func adjOf(code string) string { return byCode[code].Adj }

// finishRole combines the evidence gathered for one person into the role
// shown: a rank and an office join ("Lt. Gen., head of the Defense
// Intelligence Agency"); among offices the one naming a country wins, then
// the most formal, then the first.
func finishRole(roles []roleInfo) (string, string) {
	// the record speaks only where the text says nothing
	for i := range roles {
		if roles[i].kind != kRecord {
			var said []roleInfo
			for _, r := range roles {
				if r.kind != kRecord {
					said = append(said, r)
				}
			}
			roles = said
			break
		}
	}
	if !allFormer(roles) {
		var cur []roleInfo
		for _, r := range roles {
			if !isFormer(r.text) {
				cur = append(cur, r)
			}
		}
		roles = cur
	}
	var rank, office *roleInfo
	ctry := ""
	tagCtry := ""
	for i := range roles {
		r := &roles[i]
		if r.tag != "" {
			tagCtry = r.country // a party tag says US, but "U.S. Governor" would be wrong
		} else if ctry == "" && r.country != "" {
			ctry = r.country
		}
		if r.rankOnly {
			if rank == nil {
				rank = r
			}
			continue
		}
		if office == nil || score(r) > score(office) {
			office = r
		}
	}
	text, tag := "", ""
	for _, r := range roles {
		if r.tag != "" && tag == "" {
			tag = r.tag
		}
	}
	if office != nil && office.tag != "" {
		// the party tag alone is a weak office; a title found elsewhere wins
		for i := range roles {
			if !roles[i].rankOnly && roles[i].tag == "" && roles[i].kind == kTitle {
				office = &roles[i]
				break
			}
		}
	}
	if office != nil {
		text = office.text
		if !office.named && ctry != "" {
			text = withCountry(text, ctry)
		}
	}
	if rank != nil {
		if text == "" {
			text = rank.text
		} else if !strings.Contains(strings.ToLower(text), strings.ToLower(rank.text)) {
			text = rank.text + ", " + text
		}
	}
	if tag != "" && !strings.Contains(text, tag) {
		text += " (" + tag + ")"
	}
	if ctry == "" {
		ctry = tagCtry
	}
	return text, ctry
}

func score(r *roleInfo) int {
	s := 0
	if r.named {
		s += 4
	}
	switch r.kind {
	case kTitle:
		s += 3
	case kAppositive:
		s += 2
	}
	if len(strings.Fields(r.text)) > 1 {
		s++
	}
	return s
}
