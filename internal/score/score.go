// Package score computes the figures of `score-crossread reports` (../shared/bench) in Go, on
// crossread's own results: officials precision and recall, roles, mentions, and dates found
// with their values. Tests hold labelled sets to a floor with it, and the bench prints it; the
// matching rules are the external scorer's, so the two agree on every set.
package score

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/ascii"
)

// Gold is one report's labels (testdata/calls-reports/LABELLING.md).
type Gold struct {
	DCT          string         `json:"dct"`
	DCTFrom      string         `json:"dct_from"`
	DCTLine      *int           `json:"dct_line"`
	DCTText      *string        `json:"dct_text"`
	Officials    []GoldOfficial `json:"officials"`
	NotOfficials []string       `json:"not_officials"`
	Dates        []GoldDate     `json:"dates"`
}

// GoldOfficial is one labelled official.
type GoldOfficial struct {
	Name       string   `json:"name"`
	Role       string   `json:"role"`
	Mentions   []string `json:"mentions"`
	RoleSource string   `json:"role_source,omitempty"`
}

// GoldDate is one labelled temporal expression.
type GoldDate struct {
	Line     int    `json:"line"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	Optional bool   `json:"optional,omitempty"`
}

// Tally adds up one set; the error lists name what went wrong, per report.
type Tally struct {
	OffGold, OffFound, OffPred, RoleOK, MenGold, MenFound    int
	DateGold, DateFound, DateVal, DatePred                   int
	Miss, RoleBad, MenMiss, FP, DateMiss, DateValBad, DateFP []string
}

// Figures are the headline ratios of a tally.
type Figures struct {
	P, R, Role, Mentions, DateP, DateR, DateValue float64
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Figures computes the ratios the external scorer prints.
func (t *Tally) Figures() Figures {
	return Figures{
		P:         ratio(t.OffPred-len(t.FP), t.OffPred),
		R:         ratio(t.OffFound, t.OffGold),
		Role:      ratio(t.RoleOK, t.OffFound),
		Mentions:  ratio(t.MenFound, t.MenGold),
		DateP:     ratio(t.DatePred-len(t.DateFP), t.DatePred),
		DateR:     ratio(t.DateFound, t.DateGold),
		DateValue: ratio(t.DateVal, t.DateFound),
	}
}

func (f Figures) String() string {
	return fmt.Sprintf("officials P %.3f R %.3f role %.3f mentions %.3f | dates P %.3f R %.3f value %.3f",
		f.P, f.R, f.Role, f.Mentions, f.DateP, f.DateR, f.DateValue)
}

// Add scores one report's result against its labels; name prefixes the errors.
func (t *Tally) Add(name string, g Gold, res *annotate.Result) {
	offs, dates := content(res)
	used := map[int]bool{}
	for _, go_ := range g.Officials {
		t.OffGold++
		hit := -1
		for i, p := range offs {
			if !used[i] && nameMatch(go_.Name, p.Name) {
				hit = i
				break
			}
		}
		if hit < 0 {
			t.Miss = append(t.Miss, name+": "+go_.Name)
			continue
		}
		used[hit] = true
		t.OffFound++
		p := offs[hit]
		if RoleOK(go_.Role, p.Role) {
			t.RoleOK++
		} else {
			t.RoleBad = append(t.RoleBad, fmt.Sprintf("%s: %s: %q vs %q", name, go_.Name, go_.Role, p.Role))
		}
		for _, gm := range go_.Mentions {
			t.MenGold++
			found := false
			for _, m := range p.Mentions {
				if overlap(gm, m.Text) {
					found = true
					break
				}
			}
			if found {
				t.MenFound++
			} else {
				t.MenMiss = append(t.MenMiss, fmt.Sprintf("%s: %s: %q", name, go_.Name, gm))
			}
		}
	}
	for i, p := range offs {
		t.OffPred++
		if !used[i] {
			t.FP = append(t.FP, name+": "+p.Name+" ("+p.Role+")")
		}
	}
	usedD := map[int]bool{}
	for _, gd := range g.Dates {
		hit := -1
		for i, d := range dates {
			if !usedD[i] && overlap(gd.Text, d.Text) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if !gd.Optional {
				t.DateGold++
				t.DateMiss = append(t.DateMiss, fmt.Sprintf("%s: L%d %q", name, gd.Line, gd.Text))
			}
			continue
		}
		usedD[hit] = true
		t.DateGold++
		t.DateFound++
		if dates[hit].Value == gd.Value {
			t.DateVal++
		} else {
			t.DateValBad = append(t.DateValBad, fmt.Sprintf("%s: %q: %s vs %s", name, gd.Text, gd.Value, dates[hit].Value))
		}
	}
	for i, d := range dates {
		if !usedD[i] {
			t.DateFP = append(t.DateFP, fmt.Sprintf("%s: %q=%s", name, d.Text, d.Value))
		}
	}
	t.DatePred += len(dates)
}

// content keeps the officials with a mention outside boilerplate (only those mentions) and the
// dates outside boilerplate, as the external scorer does.
func content(res *annotate.Result) ([]annotate.Official, []annotate.Date) {
	bp := map[int]bool{}
	for _, b := range res.Blocks {
		bp[b.ID] = b.Boilerplate
	}
	var offs []annotate.Official
	for _, o := range res.Officials {
		var ms []annotate.Mention
		for _, m := range o.Mentions {
			if !bp[m.Block] {
				ms = append(ms, m)
			}
		}
		if len(ms) > 0 {
			o.Mentions = ms
			offs = append(offs, o)
		}
	}
	var ds []annotate.Date
	for _, d := range res.Dates {
		if !bp[d.Block] {
			ds = append(ds, d)
		}
	}
	return offs, ds
}

var space = regexp.MustCompile(`\s+`)

// norm folds diacritics and apostrophes, lower-cases and collapses spaces.
func norm(s string) string {
	return strings.TrimSpace(space.ReplaceAllString(strings.ToLower(ascii.Fold(s)), " "))
}

func nameMatch(gold, pred string) bool {
	g, p := strings.Fields(norm(gold)), strings.Fields(norm(pred))
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	return g[len(g)-1] == p[len(p)-1] && (g[0] == p[0] || len(p) == 1 || len(g) == 1)
}

func overlap(a, b string) bool {
	a, b = norm(a), norm(b)
	return a != "" && b != "" && (strings.Contains(b, a) || strings.Contains(a, b))
}

var roleSyn = map[string]string{"defence": "defense", "u.s.": "us", "u.s": "us", "united": "us", "states": "",
	"america": "us", "american": "us", "pentagon": "defense", "russia's": "russian", "russia": "russian",
	"ukraine's": "ukrainian", "ukraine": "ukrainian", "secretary": "secretary", "minister": "minister",
	"chief": "chief", "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"gen.": "general", "gen": "general", "lt.": "lieutenant", "brig.": "brigadier", "turkey's": "turkish",
	"turkey": "turkish"}

var roleStop = map[string]bool{"the": true, "of": true, "a": true, "an": true, "and": true, "for": true,
	"to": true, "in": true, "his": true, "her": true, "its": true, "s": true, "'s": true, "": true}

var roleWord = regexp.MustCompile(`[a-z.']+`)

func roleWords(role string) map[string]bool {
	out := map[string]bool{}
	for _, w := range roleWord.FindAllString(norm(role), -1) {
		if _, ok := roleSyn[w]; !ok {
			w = strings.Trim(w, ".'")
		}
		if s, ok := roleSyn[w]; ok {
			w = s
		} else if s, ok := roleSyn[strings.Trim(w, ".")]; ok {
			w = s
		}
		if !roleStop[w] {
			out[w] = true
		}
	}
	return out
}

// RoleOK is the external scorer's test: half of the gold role's words (after synonyms) are in
// the predicted role.
func RoleOK(gold, pred string) bool {
	g, p := roleWords(gold), roleWords(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	n := 0
	for w := range g {
		if p[w] {
			n++
		}
	}
	return float64(n)/float64(len(g)) >= 0.5
}
