package officials

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/ascii"
	"github.com/crossread/crossread/internal/text"
)

// tok is one word or punctuation mark of a block, with rune offsets so
// mentions can point back into the text the shim highlights.
type tok struct {
	s, e  int    // half-open rune offsets in the block
	text  string // as written (a possessive "'s" is its own token)
	key   string // lower-case, diacritics folded, straight apostrophes, no trailing period
	word  bool   // letters/digits (not punctuation)
	cap   bool   // starts with an upper-case letter (or "al-Assad" style particle + capital)
	upper bool   // two or more letters, all upper-case (acronyms: NATO, TASS)
	poss  bool   // the possessive marker "'s"
	dot   bool   // written with a trailing period ("Gen.", "U.S.")
	sent  bool   // first word of a sentence, quote or clause after a colon

	// computed once per token by prepare, so the passes do map look-ups once
	cls      uint32  // vocabulary classes (see class)
	cs, ce   int8    // length in tokens of a country name starting / ending here (0: none)
	cty, cte country // those countries
	se       int8    // length of a US state name ending here
	inPlace  bool    // inside a country or US state name ("Arab" in "United Arab Emirates")
}

// asciiAlnum is unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
// for an ASCII c, without IsMark's table search (the space that ends most
// words would take it).
func asciiAlnum(c rune) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// hyphenIndex is strings.IndexAny(w, "-‐‑"), a byte search when w is ASCII.
func hyphenIndex(w string) int {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '-':
			return i
		case c >= utf8.RuneSelf:
			return strings.IndexAny(w, "-‐‑")
		}
	}
	return -1
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }
func isHyph(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// abbrevs take a trailing period as part of the word, so "Gen. Milley" does
// not end a sentence.
var abbrevs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr prof gen lt col sen rep gov jr sr maj brig adm capt sgt cmdr
		cdr cpl pvt st rev sec amb supt insp det ft mt jan feb mar apr aug sep sept oct nov dec inc corp co ltd
		no vs atty dist const sens reps govs gens hon rt`) {
		abbrevs[w] = true
	}
}

// spacedAbbrevs are the title abbreviations that a tokenized corpus writes
// with the period split off ("Sgt . Don Lee", "Gov . Ann Poe"); only these
// join a following " ." (a surname or a month before " ." ends a sentence).
var spacedAbbrevs = text.TitleAbbrevs

// tokenizeSrc splits rs into tokens. src, when not "", is the valid UTF-8 text
// rs was decoded from: token texts are then slices of it rather than copies
// (allocations cost most in the wasm).
func tokenizeSrc(rs []rune, src string) []tok {
	ts := make([]tok, 0, len(rs)/5+1)
	n := len(rs)
	b := 0 // byte offset of rs[i] in src
	// The block with A-Z lower-cased, once: the key of an ASCII word is a
	// slice of it (one allocation per block, not one per capitalized word).
	lowered := ""
	if src != "" {
		lowered = ascii.Lower(src)
	}
	// sub is string(rs[i:j]) where rs[i] is at byte b of src.
	sub := func(i, j, b int) string {
		if src == "" {
			return string(rs[i:j])
		}
		e := b
		for _, r := range rs[i:j] {
			e += utf8.RuneLen(r)
		}
		return src[b:e]
	}
	for i := 0; i < n; {
		r := rs[i]
		if unicode.IsSpace(r) {
			b += utf8.RuneLen(r)
			i++
			continue
		}
		if isApos(r) && i+1 < n && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !unicode.IsLetter(rs[i+2])) &&
			len(ts) > 0 && ts[len(ts)-1].word && !ts[len(ts)-1].poss {
			// a possessive set off by a space, as tokenized corpora write it: "Palin 's church"
			text := sub(i, i+2, b)
			ts = append(ts, tok{s: i, e: i + 2, text: text, key: "'s", word: true, poss: true})
			b += len(text)
			i += 2
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			text := sub(i, i+1, b)
			k := text
			if isApos(r) {
				k = "'"
			}
			ts = append(ts, tok{s: i, e: i + 1, text: text, key: k})
			b += utf8.RuneLen(r)
			i++
			continue
		}
		j, seg := i+1, 1
		for j < n {
			c := rs[j]
			switch {
			case c < utf8.RuneSelf && asciiAlnum(c), c >= utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)):
				j++
				seg++
				continue
			case (isApos(c) || isHyph(c)) && j+1 < n && unicode.IsLetter(rs[j+1]):
				j++
				seg = 0
				continue
			case c == '.' && seg == 1 && j+1 < n && unicode.IsLetter(rs[j+1]) && (j+2 >= n || !unicode.IsLetter(rs[j+2])):
				// U.S, D.C, U.K: single letters joined by periods
				j++
				seg = 0
				continue
			}
			break
		}
		w := sub(i, j, b)
		bj := b + len(w) // byte offset of rs[j]
		if src == "" {
			bj = -1 // unused
		}
		// split a possessive 's off the word: Russia's → Russia + 's
		var poss *tok
		if m := j - i; m > 2 && (rs[j-1] == 's' || rs[j-1] == 'S') && isApos(rs[j-2]) {
			pl := utf8.RuneLen(rs[j-2]) + 1 // bytes of the apostrophe and the s
			if src != "" {
				poss = &tok{s: j - 2, e: j, text: w[len(w)-pl:], key: "'s", word: true, poss: true}
				w = w[:len(w)-pl]
			} else {
				poss = &tok{s: j - 2, e: j, text: string(rs[j-2 : j]), key: "'s", word: true, poss: true}
				w = string(rs[i : j-2])
			}
		}
		we := j
		if poss != nil {
			we = j - 2
		}
		t := tok{s: i, e: we, text: w, word: true}
		if lowered != "" && ascii.Is(w) && strings.IndexByte(w, '`') < 0 {
			// keyOf(w) for an ASCII w, which is src[b:b+len(w)]
			t.key = strings.TrimSuffix(lowered[b:b+len(w)], ".")
		} else {
			t.key = keyOf(w)
		}
		if poss == nil && j < n && rs[j] == '.' && (abbrevs[t.key] || (seg == 1 && unicode.IsUpper(rs[j-1]))) {
			t.e++
			if src != "" {
				t.text = src[b : bj+1] // the word and its period
			} else {
				t.text += "."
			}
			t.dot = true
			j++
			bj++
		} else if poss == nil && j+3 < n && rs[j] == ' ' && rs[j+1] == '.' && rs[j+2] == ' ' && unicode.IsUpper(rs[i]) &&
			unicode.IsUpper(rs[j+3]) && (spacedAbbrevs[t.key] || j-i == 1 && len(ts) > 0 && ts[len(ts)-1].word &&
			ts[len(ts)-1].cap && !ts[len(ts)-1].poss && !(ts[len(ts)-1].dot && len(ts[len(ts)-1].key) == 1)) {
			// A period split off by a tokenized corpus, before a capital, joins
			// the word when the word is a title abbreviation ("Sgt . Don Lee"
			// is "Sgt. Don Lee") or a middle initial ("George W . Bush" is one
			// name; but "D . A ." is an abbreviation, not two initials), not a
			// sentence end.
			t.e += 2
			if src != "" {
				t.text = src[b : bj+2]
			} else {
				t.text += " ."
			}
			t.dot = true
			j += 2
			bj += 2
		}
		t.cap = unicode.IsUpper(rs[i])
		if !t.cap {
			// al-Assad, bin-Salman: a lower-case particle glued to a capitalized name
			if k := hyphenIndex(w); k > 0 && vocab[strings.ToLower(w[:k])]&cParticle != 0 {
				rest := []rune(w[k+1:])
				t.cap = len(rest) > 0 && unicode.IsUpper(rest[0])
			}
		}
		letters, uppers := 0, 0
		for _, c := range w {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					uppers++
				}
			}
		}
		t.upper = letters >= 2 && letters == uppers
		ts = append(ts, t)
		if poss != nil {
			ts = append(ts, *poss)
		}
		i, b = j, bj
	}
	prepare(ts)
	for k := range ts {
		if !ts[k].word || ts[k].poss {
			continue
		}
		if k == 0 {
			ts[k].sent = true
			continue
		}
		switch ts[k-1].key {
		case ".", "!", "?", ":", "“", "\"", "(", "—", "–", ";", "”", "'", "[", "|", "•":
			ts[k].sent = true
		}
	}
	return ts
}

// prepare fills the per-token look-up caches.
func prepare(ts []tok) {
	for k := range ts {
		ts[k].cls = classOf(ts[k])
		if ts[k].key == "pm" && ts[k].upper && (k == 0 || ts[k-1].key == "" || !unicode.IsDigit(rune(ts[k-1].key[len(ts[k-1].key)-1]))) {
			ts[k].cls = cHead | cStrong // "PM Modi", not "4 PM"
		}
	}
	for k := range ts {
		if !ts[k].word || !ts[k].cap || ts[k].poss {
			continue // countries and states start with a capital
		}
		for n := maxCountryWords; n >= 1; n-- {
			if k+n > len(ts) {
				continue
			}
			if c, ok := countryAt(ts, k, n); ok {
				ts[k].cs, ts[k].cty = int8(n), c
				for j := k; j < k+n; j++ {
					ts[j].inPlace = true
				}
				e := k + n - 1
				if ts[e].ce < int8(n) {
					ts[e].ce, ts[e].cte = int8(n), c
				}
				break
			}
		}
		for n := 2; n >= 1; n-- {
			if k+n > len(ts) {
				continue
			}
			if stateAt(ts, k, n) {
				for j := k; j < k+n; j++ {
					ts[j].inPlace = true
				}
				e := k + n - 1
				if ts[e].se < int8(n) {
					ts[e].se = int8(n)
				}
			}
		}
	}
}

// keyOf lower-cases, folds diacritics and straight-ens apostrophes.
func keyOf(w string) string {
	w = strings.TrimSuffix(w, ".")
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c == '`' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range w {
		if isApos(r) {
			b.WriteByte('\'')
			continue
		}
		if isHyph(r) {
			b.WriteByte('-')
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.IsMark(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func fold(s string) string { return keyOf(s) }

var foldMap = map[rune]string{}

func init() {
	for _, p := range strings.Fields(`àáâãäåāăą:a çćĉċč:c ďđ:d èéêëēĕėęě:e ĝğġģ:g ĥħ:h ìíîïĩīĭįı:i ĵ:j ķ:k
		ĺļľŀł:l ñńņňŉ:n òóôõöøōŏő:o ŕŗř:r śŝşšș:s ţťŧț:t ùúûüũūŭůűų:u ŵ:w ýÿŷ:y źżž:z ß:ss æ:ae œ:oe`) {
		k := strings.LastIndexByte(p, ':')
		for _, r := range p[:k] {
			foldMap[r] = p[k+1:]
		}
	}
}
