package events

import (
	"strings"
	"unicode"

	"github.com/crossread/crossread/internal/officials"
)

// People are told apart by their names, spelled many ways: Zelensky, Zelenskyy
// and Zelenskiy; Shoigu and Shoygu; Andrey and Andrei; Erdoğan and Erdogan;
// Lloyd J. Austin III and Lloyd Austin; "Xi" and "Xi Jinping". PersonKey folds
// one spelling to a key, and SamePerson decides whether two names are one person.

// FoldName folds one word of a name to the officials layer's spelling key (officials.FoldWord:
// no diacritics, kh→h, x→ks, y→i, doubled letters single), letters and digits only: the linker
// and the reader of one report fold names the same way ("Zelenskyy" → "zelenski").
func FoldName(w string) string {
	var b strings.Builder
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return officials.FoldWord(b.String())
}

// nameTokens are a name's folded words without initials ("J."), honorifics
// and generational suffixes ("III", "Jr.").
func nameTokens(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		f := FoldName(w)
		if len([]rune(f)) < 2 || nameSuffixes[f] {
			continue
		}
		out = append(out, f)
	}
	return out
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "i": true, "ii": true, "iii": true, "iv": true, "mr": true, "mrs": true, "ms": true, "dr": true}

// PersonKey is the folded last word of a name: what two spellings of one
// person's name share in most reports ("Volodymyr Zelenskyy" → "zelenski").
func PersonKey(name string) string {
	t := nameTokens(name)
	if len(t) == 0 {
		return FoldName(name)
	}
	return t[len(t)-1]
}

// SamePerson decides whether two names are one person: the same last word and
// no contradicting first word ("Lloyd J. Austin III", "Lloyd Austin"), or one
// name is a single word of the other ("Xi", "Xi Jinping"; "Erdogan", "Recep
// Tayyip Erdoğan").
func SamePerson(a, b string) bool {
	return sameTokens(nameTokens(a), nameTokens(b))
}

func sameTokens(x, y []string) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 1 {
		for _, w := range y {
			if w == x[0] {
				return true
			}
		}
		return false
	}
	if x[len(x)-1] != y[len(y)-1] {
		return false
	}
	if x[0] == y[0] {
		return true
	}
	// every word of the shorter name in the longer one ("Tayyip Erdogan")
	for _, w := range x {
		found := false
		for _, v := range y {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// SameParties reports whether two fingerprints name the same two people.
func SameParties(a, b []Party) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	return SamePerson(a[0].Name, b[0].Name) && SamePerson(a[1].Name, b[1].Name) ||
		SamePerson(a[0].Name, b[1].Name) && SamePerson(a[1].Name, b[0].Name)
}

// PartyTokens are the folded words of the first two parties' names: the keys
// a report is indexed under so that only reports naming the same people are
// compared (blocking).
func PartyTokens(ps []Party) []string {
	var out []string
	for i, p := range ps {
		if i >= 2 {
			break
		}
		out = append(out, nameTokens(p.Name)...)
	}
	return out
}
