package events

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/dates"
)

// This file reads who took part in a contact, what kind of contact it was and
// on which day, from the report's own words: the people named as acting in the
// sentences that say there was a call (not those quoted about it, nor those of
// a call it recaps), the cue words of a call against those of an in-person
// meeting, and the date attached to the call rather than to what it followed.

// person is one person the report names, with every mention.
type person struct {
	name, role, country string
	official            bool // found by the officials layer
	titled              bool // named right after a title somewhere
	mentions            []span2
	toks                []string // nameTokens(name), kept: persons compares every name with every person
}

type span2 struct{ block, start, end int }

// persons gathers the officials the officials layer found and the names the
// report gives in the shape of a person's name (see scanNames), merged by
// SamePerson, with every mention of each.
func persons(in Input) []*person {
	var ps []*person
	find := func(toks []string) *person {
		for _, p := range ps {
			if sameTokens(p.toks, toks) {
				return p
			}
		}
		return nil
	}
	for _, o := range in.Officials {
		toks := nameTokens(o.Name)
		p := find(toks)
		if p == nil {
			p = &person{name: o.Name, role: o.Role, country: o.Country, official: true, toks: toks}
			ps = append(ps, p)
		} else if p.country == "" {
			p.country = o.Country
		}
		for _, m := range o.Mentions {
			p.mentions = append(p.mentions, span2{m.Block, m.Start, m.End})
		}
	}
	names, words := scanNames(in.Blocks, in.Skip)
	for _, n := range names {
		toks := nameTokens(n.text)
		p := find(toks)
		if p == nil {
			p = &person{name: n.text, toks: toks}
			ps = append(ps, p)
		} else if len(toks) > len(p.toks) && !p.official {
			p.name, p.toks = n.text, toks
		}
		p.mentions = append(p.mentions, n.span2)
		p.titled = p.titled || n.titled
	}
	// Single capitalised words naming one of them ("Putin", "Xi", "Erdoğan").
	for _, w := range words {
		toks := nameTokens(w.text)
		var hit *person
		n := 0
		for _, p := range ps {
			if sameTokens(p.toks, toks) {
				hit = p
				n++
			}
		}
		if n == 1 && !insideMention(ps, w.span2) {
			hit.mentions = append(hit.mentions, w.span2)
			hit.titled = hit.titled || w.titled
		}
	}
	return ps
}

// insideMention: a word within a longer mention ("Lars" of "Lars Berg said").
func insideMention(ps []*person, w span2) bool {
	for _, p := range ps {
		for _, m := range p.mentions {
			if m.block == w.block && m.start <= w.start && w.end <= m.end && m.end-m.start > w.end-w.start {
				return true
			}
		}
	}
	return false
}

type nameAt struct {
	text string
	span2
	titled bool // right after a title: "President Trump", "the Presidents of … Volodymyr Zelensky" is not
}

// scanNames finds person-shaped names: runs of capitalised words right after a
// title ("President Recep Tayyip Erdoğan", "Prime Benjamin Netanyahu"), or runs
// of two or three capitalised words whose last word recurs in the report (a
// surname is used again: "Vladimir Putin … Putin said"). It also returns every
// capitalised word, for single-word mentions.
func scanNames(blocks []string, skip []bool) (names, words []nameAt) {
	type word struct {
		text       string
		start, end int
		title, cap bool
		gapBefore  string
	}
	count := map[string]int{}
	var all [][]word
	for bi, b := range blocks {
		if bi < len(skip) && skip[bi] {
			all = append(all, nil)
			continue
		}
		rs := []rune(b)
		var ws []word
		prevEnd := 0
		for i := 0; i < len(rs); {
			if !unicode.IsLetter(rs[i]) {
				i++
				continue
			}
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || (rs[j] == '\'' || rs[j] == '’' || rs[j] == '-') && j+1 < len(rs) && unicode.IsLetter(rs[j+1])) {
				j++
			}
			t := string(rs[i:j])
			c := unicode.IsUpper(rs[i]) && !(j-i > 1 && strings.ToUpper(t) == t)
			lt := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s"))
			ws = append(ws, word{text: t, start: i, end: j, cap: c, title: titleWords[lt], gapBefore: string(rs[prevEnd:i])})
			if c {
				count[FoldName(strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s"))]++
			}
			prevEnd = j
			i = j
		}
		all = append(all, ws)
	}
	for bi, ws := range all {
		// A headline in title case capitalises every word: its names are
		// only the single-word mentions of people named elsewhere.
		long, capd := 0, 0
		for _, w := range ws {
			if len([]rune(w.text)) >= 4 {
				long++
				if w.cap {
					capd++
				}
			}
		}
		titleCase := long >= 3 && capd == long // no lower-case word of four letters or more
		for i := 0; i < len(ws) && !titleCase; {
			w := ws[i]
			if !w.cap || w.title || nonNameWords[strings.ToLower(w.text)] {
				i++
				continue
			}
			afterTitle := i > 0 && ws[i-1].title && (ws[i-1].cap || strings.ToLower(ws[i-1].text) == ws[i-1].text) && strings.TrimSpace(w.gapBefore) == ""
			j := i + 1
			for j < len(ws) && ws[j].cap && !ws[j].title && !nonNameWords[strings.ToLower(ws[j].text)] && ws[j].gapBefore == " " && !possessive(ws[j-1].text) {
				j++
			}
			run := ws[i:j]
			if len(run) > 3 {
				run = run[len(run)-2:]
			}
			last := run[len(run)-1]
			lastText := strings.TrimSuffix(strings.TrimSuffix(last.text, "'s"), "’s")
			ok := !nonPersonLast[strings.ToLower(lastText)] && (afterTitle && ws[i-1].cap ||
				len(run) >= 2 && count[FoldName(lastText)] >= 2)
			if ok {
				var parts []string
				for _, r := range run {
					parts = append(parts, r.text)
				}
				text := strings.Join(parts, " ")
				text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
				names = append(names, nameAt{text, span2{bi, run[0].start, run[0].start + utf8.RuneCountInString(text)}, afterTitle})
			}
			i = j
		}
		for x, w := range ws {
			if w.cap && !w.title && !nonNameWords[strings.ToLower(w.text)] {
				t := strings.TrimSuffix(strings.TrimSuffix(w.text, "'s"), "’s")
				titled := x > 0 && ws[x-1].title && strings.TrimSpace(w.gapBefore) == ""
				words = append(words, nameAt{t, span2{bi, w.start, w.start + utf8.RuneCountInString(t)}, titled})
			}
		}
	}
	return names, words
}

func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// contact is what one sentence says about a contact.
type contact struct {
	call, meeting, party bool // cue words of a call, of an in-person meeting, of any contact ("discuss", "told")
	recap                bool // about an earlier contact ("their last call", "yesterday's call with")
}

func contactOf(s sentence, rs []rune) contact {
	t := s.text
	var c contact
	// A one-word cue is in t when one of t's words is that cue: t's cue words,
	// listed once, spare a search of t for each of the lists' hundred cues.
	var buf [16]string
	present := cueWordsIn(t, buf[:0])
	absent := func(cue string) bool { return oneWordCue[cue] && !slices.Contains(present, cue) }
	for _, cue := range callCues {
		if absent(cue) {
			continue
		}
		if i := wordIndex(t, cue); i >= 0 && !notACall(t, i, cue, rs, s) {
			c.call = true
			break
		}
	}
	for _, cue := range meetingCues {
		if absent(cue) {
			continue
		}
		if i := wordIndex(t, cue); i >= 0 {
			if virtualBefore(t, i) || virtualAfter(t[i+len(cue):]) {
				c.call = true // "a virtual meeting", "meets virtually", "met via video link"
				continue
			}
			c.meeting = true
			break
		}
	}
	for _, cue := range partyCues {
		if !absent(cue) && wordIndex(t, cue) >= 0 {
			c.party = true
			break
		}
	}
	for _, cue := range recapCues {
		if strings.Contains(t, cue) {
			c.recap = true
			break
		}
	}
	return c
}

// oneWordCue holds the cues of callCues, meetingCues and partyCues that are
// one word (letters and digits only).
var oneWordCue = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range [][]string{callCues, meetingCues, partyCues} {
		for _, c := range l {
			if wordLen(c, 0) == len(c) {
				m[c] = true
			}
		}
	}
	return m
}()

// cueWordsIn appends the words of t that are one-word cues, each once.
func cueWordsIn(t string, out []string) []string {
	for i := 0; i < len(t); {
		n := wordLen(t, i)
		if n == 0 {
			i++
			continue
		}
		if w := t[i : i+n]; oneWordCue[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
		i += n
	}
	return out
}

// wordLen is the length of the run of word bytes at t[i:].
func wordLen(t string, i int) int {
	j := i
	for j < len(t) && isWordByte(t[j]) {
		j++
	}
	return j - i
}

// notACall rejects "call for a ceasefire", "called it very good", "spoke to reporters".
func notACall(t string, i int, cue string, rs []rune, s sentence) bool {
	next := strings.Fields(t[i+len(cue):])
	nw := func(k int) string {
		if k < len(next) {
			return strings.Trim(next[k], `,.;:"“”'`)
		}
		return ""
	}
	switch cue {
	case "call", "calls":
		if nw(0) == "on" || nw(0) == "for" {
			// "a call on Wednesday", "a call on Aug. 2", "a call for an hour": a call
			n := nw(1)
			if weekdayName(n) != "" || isMonthWord(n) || n != "" && n[0] >= '0' && n[0] <= '9' || n == "the" && nw(2) == "phone" {
				return false
			}
			if nw(0) == "for" && (n == "about" || n == "nearly" || n == "over" || n == "more" || n == "an" || n == "almost") {
				return false
			}
		}
		return callNotNext[nw(0)]
	case "called":
		// "called up", "called his counterpart", "called <Name>": a call;
		// "called for", "called it", "called the attack": not.
		n := nw(0)
		if n == "up" || n == "his" || n == "her" || n == "their" {
			return false
		}
		// the original text: a capitalised word follows
		at := s.start + utf8.RuneCountInString(t[:i+len(cue)])
		for at < s.end && at < len(rs) && rs[at] == ' ' {
			at++
		}
		return !(at < len(rs) && unicode.IsUpper(rs[at]))
	case "spoke", "speaks", "spoken", "talked", "speaking":
		for k := 0; k < 4 && k < len(next); k++ {
			switch nw(k) {
			case "with", "by", "over":
				return false
			case "to":
				switch nw(k + 1) {
				case "reporters", "journalists", "the", "media", "a", "an", "press", "cnn", "fox", "nbc", "abc", "cbs", "bbc", "state":
					return true
				}
				return false
			}
		}
		return true
	}
	return false
}

func virtualBefore(t string, i int) bool {
	b := strings.TrimRight(t[:i], " ")
	for _, v := range []string{"virtual", "video", "online", "videoconference", "remote"} {
		if strings.HasSuffix(b, v) {
			return true
		}
	}
	return false
}

func virtualAfter(t string) bool {
	t = strings.TrimLeft(t, " ")
	for _, v := range []string{"virtually", "via video", "by video", "online", "via videoconference", "via teleconference", "via video teleconference", "by videoconference", "remotely"} {
		if strings.HasPrefix(t, v) {
			return true
		}
	}
	return false
}

// callNotNext: words after "call(s)" that make it a demand, not a phone call.
var callNotNext = map[string]bool{"for": true, "on": true, "upon": true, "it": true, "them": true, "him": true, "her": true, "to": true}

// lead is the report's first sentences with at least leadMin words: the
// headline and lead say what happened.
func lead(sents []sentence, n int) []int {
	var out []int
	for i, s := range sents {
		if strings.Count(s.text, " ") < 3 {
			continue
		}
		out = append(out, i)
		if len(out) >= n {
			break
		}
	}
	return out
}

// background reports a sentence about something well before the report: it
// names a day or month ending more than a week before the report's date ("an
// in-person meeting in September", a photo caption "on June 25").
func background(s sentence, ds []dates.Timex, dct time.Time, sure bool) bool {
	if !sure || dct.IsZero() {
		return false
	}
	for _, d := range ds {
		if d.Block != s.block || d.Start < s.start || d.End > s.end || d.Type != "DATE" {
			continue
		}
		if end, ok := periodEnd(d.Value); ok && end.Before(dct.AddDate(0, 0, -7)) {
			return true
		}
	}
	return false
}

func periodEnd(v string) (time.Time, bool) {
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, true
		}
	}
	if len(v) == 7 {
		if t, err := time.Parse("2006-01", v); err == nil {
			return t.AddDate(0, 1, -1), true
		}
	}
	return time.Time{}, false
}

// sureDCT: the report's date came from the page itself, so a "Friday" or a
// "July 4" resolved against it is a day; otherwise only the weekday or the
// month and day are known.
func sureDCT(src string, dct time.Time) bool {
	if dct.IsZero() {
		return false
	}
	switch src {
	case "body", "today", "", "wire":
		return false
	}
	return true
}

// readCall fills kind, parties and day from the report's words. It returns
// false when the report says nothing of a call or meeting between people.
func readCall(in Input, sents []sentence, fp *Fingerprint) bool {
	if len(sents) == 0 {
		return false
	}
	sure := sureDCT(in.DCTSource, in.DCT)
	if sure {
		fp.Reported = in.DCT.Format("2006-01-02")
	}
	runes := make([][]rune, len(in.Blocks))
	rsOf := func(b int) []rune {
		if runes[b] == nil {
			runes[b] = []rune(in.Blocks[b])
		}
		return runes[b]
	}
	// A report says who spoke with whom, and when, in its first sentences; a
	// long page's rest is not read (its cost grows with the page, not the report).
	if len(sents) > maxReadSentences {
		sents = sents[:maxReadSentences]
	}
	if n := sents[len(sents)-1].block + 1; n < len(in.Blocks) {
		in.Blocks = in.Blocks[:n]
	}
	// What each sentence says about a contact, read lazily: the lead's now (most
	// pages are not reports of a contact, and the vote below ends their
	// reading), the others only where they name someone.
	cs := make([]contact, len(sents))
	read := make([]bool, len(sents))
	ld := lead(sents, 10)
	for _, i := range ld {
		cs[i], read[i] = contactOf(sents[i], rsOf(sents[i].block)), true
	}
	// Kind: a vote of the lead's sentences, earlier ones weigh more;
	// sentences about something well before the report do not vote.
	var callW, meetW float64
	for r, i := range ld {
		if background(sents[i], in.Dates, in.DCT, sure) || cs[i].recap {
			continue
		}
		w := 1 / float64(1+r)
		switch {
		case cs[i].call:
			callW += w
		case cs[i].meeting:
			meetW += w
		}
	}
	switch {
	case callW > 0 && callW >= meetW:
		fp.Kind = "call"
	case meetW > 0:
		fp.Kind = "meeting"
	default:
		return false
	}
	ps := persons(in)
	// who is mentioned (not as a source) in which sentence
	in2 := make([][]*person, len(sents))
	fac := make([]map[*person]float64, len(sents)) // how much a mention there counts as taking part
	for _, p := range ps {
		for _, m := range p.mentions {
			if m.block >= len(in.Blocks) || isSource2(rsOf(m.block), m) {
				continue
			}
			for i, s := range sents {
				if s.block == m.block && m.start >= s.start && m.end <= s.end {
					if fac[i] == nil {
						fac[i] = map[*person]float64{}
					}
					f := partFactor(s, m, rsOf(m.block))
					if old, ok := fac[i][p]; !ok {
						in2[i] = append(in2[i], p)
						fac[i][p] = f
					} else if f > old {
						fac[i][p] = f
					}
					break
				}
			}
		}
	}
	// Parties: weighted presence in the sentences that say there was a
	// contact, earlier ones first; a recap weighs little.
	score := map[*person]float64{}
	co := map[[2]*person]float64{} // the two named together in one contact sentence
	first := map[*person]int{}
	rank := 0
	var contactSents []int
	for i, s := range sents {
		if len(in2[i]) == 0 {
			continue
		}
		if !read[i] { // only sentences naming someone are read past the lead
			cs[i], read[i] = contactOf(s, rsOf(s.block)), true
		}
		c := cs[i]
		if !(c.call || c.meeting || c.party) {
			continue
		}
		if rank >= 12 {
			break
		}
		w := 1 / float64(1+rank)
		if c.recap {
			w *= 0.25
		}
		if !c.call && !c.meeting {
			w *= 0.5
		}
		rank++
		contactSents = append(contactSents, i)
		for _, p := range in2[i] {
			score[p] += w * fac[i][p]
			if _, ok := first[p]; !ok {
				first[p] = i
			}
		}
		for x, p := range in2[i] {
			for _, q := range in2[i][x+1:] {
				co[[2]*person{p, q}] += w * min(fac[i][p], fac[i][q])
				co[[2]*person{q, p}] += w * min(fac[i][p], fac[i][q])
			}
		}
	}
	var order []*person
	for _, p := range ps { // in the report's order, so that ties keep it (a map has none)
		if _, ok := score[p]; ok {
			order = append(order, p)
		}
	}
	sortPersons(order, score, first)
	// The parties are the pair named most as taking part, and most together:
	// a recap's own pair ("Biden met with Xi in November") stays apart.
	if len(order) > 2 {
		cands := order[:min(len(order), 4)]
		bi, bj, best := 0, 1, -1.0
		for i := range cands {
			for j := i + 1; j < len(cands); j++ {
				v := score[cands[i]] + score[cands[j]] + 2*co[[2]*person{cands[i], cands[j]}]
				if v > best+1e-9 {
					bi, bj, best = i, j, v
				}
			}
		}
		order = []*person{cands[bi], cands[bj]}
	}
	if len(order) < 2 {
		// one side named in the contact sentences: the other is the person
		// the lead names most
		cnt := map[*person]int{}
		for _, i := range lead(sents, 6) {
			for _, p := range in2[i] {
				cnt[p]++
			}
		}
		var best *person
		for _, p := range ps {
			if len(order) == 1 && p == order[0] || cnt[p] == 0 {
				continue
			}
			if best == nil || cnt[p] > cnt[best] {
				best = p
			}
		}
		if best != nil {
			order = append(order, best)
		}
	}
	if len(order) > 2 {
		order = order[:2]
	}
	// "The Presidents of … X and Y", "the two leaders": the named are in office.
	for i, s := range sents {
		if hasCue(s.text, pluralTitles) {
			for _, p := range in2[i] {
				p.titled = true
			}
		}
	}
	// A contact between officials: at least one side holds an office the
	// officials layer recognised (a "call" between a 911 caller and a
	// dispatcher, or a boxer "talking" to his rival, is not one).
	officials := 0
	for _, p := range order {
		if p.official && p.role != "" || p.titled {
			officials++
		}
	}
	if len(order) < 2 || officials < minOfficials {
		return false
	}
	for _, p := range order {
		role := p.role
		if role == "" && p.titled {
			role = "official"
		}
		fp.Parties = append(fp.Parties, Party{Name: p.name, Role: role, Country: p.country})
	}
	isParty := func(p *person) bool {
		for _, q := range order {
			if q == p {
				return true
			}
		}
		return false
	}
	// Day: the date attached to the call in the contact sentences.
	leadSet := map[int]bool{}
	for _, i := range lead(sents, 3) {
		leadSet[i] = true
	}
	type cand struct {
		d     dates.Timex
		score float64
	}
	var best *cand
	consider := func(i int, weight float64, fallback bool) {
		s := sents[i]
		party, other := false, false
		for _, p := range in2[i] {
			if isParty(p) {
				party = true
			} else {
				other = true
			}
		}
		nParty := 0
		for _, p := range in2[i] {
			if isParty(p) {
				nParty++
			}
		}
		if other && nParty < 2 && (!party || len(order) == 2) {
			return // a contact with someone else ("the last time Erdogan spoke with Zelenskyy")
		}
		cues := cuePositions(s.text)
		for _, d := range in.Dates {
			if d.Block != s.block || d.Start < s.start || d.End > s.end || (d.Type != "DATE" && d.Type != "TIME") {
				continue
			}
			if !isDay(d.Value) && !isMonthDay(d.Value) && weekdayName(d.Text) == "" {
				continue
			}
			bl := in.Blocks[d.Block]
			if fallback && sure && isDay(d.Value) {
				// outside the contact sentences, only a day just before the report
				if x := DaysBetween(d.Value[:10], in.DCT.Format("2006-01-02")); x < 0 || x > 7 {
					continue
				}
			}
			if dateline(bl, d) {
				continue // the report's own dateline, not the call's day
			}
			skipIt := false
			for _, w := range []string{"since", "until", "after", "before", "following", "by", "from"} {
				if precededBy(bl, d.Start, w) {
					skipIt = true
				}
			}
			if skipIt {
				continue
			}
			ds := byteAt(s.text, d.Start-s.start)
			de := byteAt(s.text, d.End-s.start)
			// the words just before the date say what it is the date of
			// ("negotiations in Istanbul on May 16", "the attacks on June 1")
			pre := strings.Fields(s.text[:ds])
			if len(pre) > 4 {
				pre = pre[len(pre)-4:]
			}
			if hasCue(strings.Join(pre, " "), attachBreakers) {
				continue
			}
			// "…, the presidency said on Thursday": the day it was made known,
			// the call's day in a same-day report, whatever the sentence says between
			announced := false
			if len(pre) > 0 {
				last := pre[len(pre)-1]
				if last == "on" && len(pre) > 1 {
					last = pre[len(pre)-2]
				}
				announced = last == "said" || last == "announced" || last == "says"
			}
			dist := -1
			if announced {
				if !sure {
					continue // "said on Monday that he spoke": the day it was said, on an undated page
				}
				dist = 8
			}
			for _, c := range cues {
				var between string
				if c < ds {
					between = s.text[c:ds]
					if hasCue(between, attachBreakers) {
						continue
					}
				} else if c > de {
					between = s.text[de:c]
				} else {
					continue
				}
				n := strings.Count(between, " ")
				if dist < 0 || n < dist {
					dist = n
				}
			}
			if dist < 0 {
				if len(cues) > 0 {
					continue
				}
				dist = 12
			}
			sc := weight / (1 + float64(dist)/4)
			if best == nil || sc > best.score {
				best = &cand{d, sc}
			}
		}
	}
	for r, i := range contactSents {
		if cs[i].recap {
			continue
		}
		consider(i, 1/float64(1+r), false)
	}
	if best == nil {
		for r, i := range lead(sents, 4) {
			consider(i, 0.3/float64(1+r), true)
		}
	}
	if best != nil {
		d := best.d
		for _, s := range sents {
			if s.block == d.Block && d.Start >= s.start && d.End <= s.end {
				fp.Late = hasCue(s.text, lateCues)
			}
		}
		explicitYear := hasYear(d.Text)
		wd := weekdayName(d.Text)
		switch {
		case isDay(d.Value) && (sure || explicitYear):
			fp.Day = d.Value[:10]
			if !explicitYear && !hasMonth(d.Text) {
				fp.DayFrom = "relative"
			} else {
				fp.DayFrom = "date"
			}
		case wd != "":
			fp.Weekday = wd
			if (isDay(d.Value) || isMonthDay(d.Value)) && hasMonth(d.Text) {
				fp.MonthDay = d.Value[5:10]
			}
		case (isDay(d.Value) || isMonthDay(d.Value)) && hasMonth(d.Text):
			fp.MonthDay = d.Value[5:10]
		}
	}
	if len(contactSents) > 0 {
		c := sents[contactSents[0]]
		fp.Evidence = string(rsOf(c.block)[c.start:c.end])
	}
	return true
}

// partFactor: a name in a clause about something else ("hours after Donald
// Trump was sworn in", "after Trump's inauguration") is not a party to the
// call the sentence reports.
func partFactor(s sentence, m span2, rs []rune) float64 {
	at := byteAt(s.text, m.start-s.start)
	before := s.text[:at]
	first := -1
	for _, c := range cuePositions(s.text) {
		if first < 0 || c < first {
			first = c
		}
	}
	f := 1.0
	if first >= 0 && first < at {
		for _, w := range subordinators {
			if j := strings.LastIndex(before, " "+w+" "); j >= first {
				f = 0.2
				break
			}
		}
	}
	if m.end+2 <= len(rs) && (rs[m.end] == '\'' || rs[m.end] == '’') && rs[m.end+1] == 's' {
		after := strings.ToLower(string(rs[m.end+2 : min(len(rs), m.end+40)]))
		for _, w := range []string{" readout", " statement", " office", " spokesman", " spokeswoman", " spokesperson", " press"} {
			if strings.HasPrefix(after, w) {
				return 0 // "Ryder's readout": the one who told of the call
			}
		}
		if !hasCue(after, callCues) && !hasCue(after, meetingCues) {
			f = min(f, 0.3)
		}
	}
	return f
}

var subordinators = []string{"after", "following", "before", "since", "ahead of", "amid", "when", "as", "while", "like"}

// dateline: a date at the head of a block followed by the agency or a colon
// ("Beijing, 5 February 2023 (TDI): …", "MOSCOW, Aug. 2 /TASS/ -").
func dateline(block string, d dates.Timex) bool {
	if d.Start > 48 {
		return false
	}
	rs := []rune(block)
	after := strings.TrimLeft(string(rs[d.End:min(len(rs), d.End+8)]), " ")
	return strings.HasPrefix(after, "(") || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "/") ||
		strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "--")
}

func sortPersons(ps []*person, score map[*person]float64, first map[*person]int) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0; j-- {
			a, b := ps[j-1], ps[j]
			if score[b] > score[a] || score[b] == score[a] && first[b] < first[a] {
				ps[j-1], ps[j] = b, a
			}
		}
	}
}

// isSource2: a mention of someone quoted about the contact ("…, Kirby said",
// "Trump told reporters", "according to Peskov"), not taking part in it.
func isSource2(rs []rune, m span2) bool {
	if m.end > len(rs) {
		return false
	}
	after := strings.ToLower(string(rs[m.end:min(len(rs), m.end+60)]))
	if strings.HasPrefix(after, ", ") {
		// an appositive first: "Patrick Ryder, Pentagon spokesman, said"
		if j := strings.Index(after[2:], ","); j >= 0 && j < 40 && !strings.ContainsAny(after[2:2+j], ".;:\"“”") {
			after = after[2+j:]
		}
	}
	after = strings.TrimLeft(after, " ,")
	if len(after) > 30 {
		after = after[:30]
	}
	for _, v := range []string{"said", "says", "added", "noted", "wrote", "tweeted", "confirmed", "according", "announced", "posted", "stated", "explained", "commented", "told reporters", "told journalists", "told the ", "told a ", "told cnn", "told fox", "told nbc", "told abc", "told cbs", "told bbc"} {
		if strings.HasPrefix(after, v) {
			// "Gallant said on Monday that he spoke with Austin": the speaker took part
			tail := strings.ToLower(string(rs[m.end:min(len(rs), m.end+90)]))
			for _, p := range []string{" he ", " she ", " they ", " he'd ", " she'd "} {
				if i := strings.Index(tail, p); i >= 0 && (hasCue(tail[i:], callCues) || hasCue(tail[i:], meetingCues)) {
					return false
				}
			}
			return true
		}
	}
	before := strings.ToLower(string(rs[max(0, m.start-16):m.start]))
	return strings.HasSuffix(strings.TrimSpace(before), "according to")
}

func cuePositions(t string) []int {
	var out []int
	for _, cue := range append(callCues, meetingCues...) {
		for i := 0; ; {
			j := wordIndex(t[i:], cue)
			if j < 0 {
				break
			}
			out = append(out, i+j)
			i += j + len(cue)
		}
	}
	return out
}

// byteAt is the byte offset of code point r in s.
func byteAt(s string, r int) int {
	if r <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == r {
			return i
		}
		n++
	}
	return len(s)
}

func isDay(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[:4]) && isDigits(v[5:7]) && isDigits(v[8:10])
}

// isMonthDay: a day with no year, "XXXX-08-02".
func isMonthDay(v string) bool {
	return len(v) >= 10 && v[:5] == "XXXX-" && v[7] == '-' && isDigits(v[5:7]) && isDigits(v[8:10])
}

func hasYear(t string) bool {
	n := 0
	for _, r := range t {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

func hasMonth(t string) bool {
	l := strings.ToLower(t)
	for _, m := range monthWords {
		if wordIndex(l, m) >= 0 {
			return true
		}
	}
	// 29.07, 07/29
	return strings.ContainsAny(t, "0123456789") && (strings.Contains(t, ".") || strings.Contains(t, "/") || strings.Contains(t, "-"))
}

func isMonthWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, m := range monthWords {
		if w == m {
			return true
		}
	}
	return false
}

var pluralTitles = []string{"presidents", "leaders", "ministers", "counterparts", "heads of state", "prime ministers", "secretaries"}

var lateCues = []string{"late", "overnight", "night", "evening", "tonight", "midnight"}

var monthWords = []string{"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
	"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}

// maxReadSentences bounds how much of a page readCall reads.
const maxReadSentences = 120

// minOfficials: how many of the two parties must be named with an office or
// title somewhere in the report for it to be read as a call between officials.
var minOfficials = 1
