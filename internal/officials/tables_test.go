package officials

import (
	"strings"
	"testing"
)

// Every row of the tables must work in a sentence, not just be present.

func TestEveryCountryQualifiesATitle(t *testing.T) {
	seen := map[string]bool{}
	for _, line := range strings.Split(countryTable, "\n") {
		f := strings.Split(line, "|")
		code, adj := f[0], f[1]
		if seen[code] {
			t.Errorf("country %s listed twice", code)
		}
		seen[code] = true
		got := Find([]string{adj + " Foreign Minister Ana Pilar met reporters."}, nil)
		if len(got) != 1 || got[0].Country != code || !strings.HasPrefix(got[0].Role, adj+" ") {
			t.Errorf("%s: got %s", adj, summary(got))
		}
		// possessive of the first noun form: "Russia's President"
		if f[2] != "" {
			noun := strings.Split(f[2], ",")[0]
			noun = titleWords(noun)
			got = Find([]string{noun + "'s President Ana Pilar spoke."}, nil)
			if len(got) != 1 || got[0].Country != code {
				t.Errorf("%s's: got %s", noun, summary(got))
			}
		}
	}
}

func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if w == "of" {
			continue
		}
		if strings.Contains(w, ".") || len(w) <= 3 {
			ws[i] = strings.ToUpper(w)
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

func TestEveryRankAbbreviation(t *testing.T) {
	for _, r := range []string{"Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Adm.", "Vice Adm.", "Rear Adm.", "Col.",
		"Lt. Col.", "Maj.", "Capt.", "Lt.", "Sgt.", "Staff Sgt.", "Cmdr.", "Cpl.", "Pvt.", "Brigadier General",
		"Lieutenant General", "Major General", "Colonel", "Admiral", "Air Chief Marshal", "Field Marshal"} {
		got := Find([]string{"Later " + r + " Ana Pilar inspected the troops."}, nil)
		want := spelled(r)
		if len(got) != 1 || got[0].Role != want {
			t.Errorf("%s: got %s", r, summary(got))
		}
	}
}

func TestEveryStrongHead(t *testing.T) {
	for _, w := range strings.Fields(strongHeads) {
		if w == "sen" || w == "rep" || w == "gov" {
			w += "."
		}
		title := strings.ToUpper(w[:1]) + w[1:]
		got := Find([]string{"Yesterday " + title + " Ana Pilar spoke."}, nil)
		if len(got) != 1 || !nameMatch("Ana Pilar", got[0].Name) {
			t.Errorf("%s: got %s", title, summary(got))
		}
	}
}

// The tables ship in the wasm: keep them small.
func TestTablesAreSmall(t *testing.T) {
	n := len(strongHeads) + len(weakHeads) + len(ranks) + len(mods) + len(orgs) + len(services) + len(commons) +
		len(notNames) + len(govWords) + len(countryTable) + len(usStates) + len(particles) + len(leaderRecord)
	if n > 24000 {
		t.Errorf("tables hold %d bytes of text", n)
	}
	t.Logf("tables: %d bytes of text, %d vocabulary words, %d country forms", n, len(vocab), len(countries))
}

func TestNoConflictingClasses(t *testing.T) {
	// a head that is also a common word could never start a title
	for w, c := range vocab {
		if c&cHead != 0 && c&cCommon != 0 {
			t.Errorf("%q is both an office noun and a common word", w)
		}
		if c&cParticle != 0 && c&(cHead|cOrg) != 0 {
			t.Errorf("%q is both a name particle and a title word", w)
		}
	}
}

func TestNoDuplicateWords(t *testing.T) {
	for name, list := range map[string]string{"strongHeads": strongHeads, "weakHeads": weakHeads, "ranks": ranks,
		"mods": mods, "orgs": orgs, "govWords": govWords, "commons": commons, "notNames": notNames} {
		seen := map[string]bool{}
		for _, w := range strings.Fields(list) {
			if seen[w] {
				t.Errorf("%s lists %q twice", name, w)
			}
			seen[w] = true
		}
	}
}

// spelled writes a rank with its abbreviations spelled out ("Lt. Col." →
// "Lieutenant Colonel"), as roles show it.
func spelled(r string) string {
	ws := strings.Fields(r)
	for i, w := range ws {
		if e, ok := rankExpand[strings.ToLower(strings.TrimSuffix(w, "."))]; ok {
			ws[i] = e
		}
	}
	return strings.Join(ws, " ")
}

// Known is what the batch benchmark keeps when it renames a page's words.
func TestKnown(t *testing.T) {
	for _, w := range []string{"Minister", "secretary", "Russian", "Israel", "Pentagon", "Friday", "Gen."} {
		if !Known(w) {
			t.Errorf("Known(%q) = false", w)
		}
	}
	for _, w := range []string{"Netanyahu", "Gidob", "earthquake"} {
		if Known(w) {
			t.Errorf("Known(%q) = true", w)
		}
	}
}
