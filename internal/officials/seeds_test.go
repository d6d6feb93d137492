package officials

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// This file ports the officials part of /work/shared/bench/score-crossread
// (norm, role_words, role_ok, name_match, overlap) so the seeds test agrees
// with the outside scorer. Keep the two in step.

// scoreNorm is the scorer's norm(): NFKD without combining marks (here: the
// package's Latin fold, enough for news text), curly quotes straightened,
// lower-case, whitespace collapsed.
func scoreNorm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '’' || r == '‘' {
			b.WriteByte('\'')
			continue
		}
		if f, ok := foldMap[toLowerRune(r)]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(toLowerRune(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func toLowerRune(r rune) rune { return []rune(strings.ToLower(string(r)))[0] }

var roleSyn = map[string]string{"defence": "defense", "u.s.": "us", "u.s": "us", "united": "us", "states": "", "america": "us",
	"american": "us", "pentagon": "defense", "russia's": "russian", "russia": "russian", "ukraine's": "ukrainian",
	"ukraine": "ukrainian", "secretary": "secretary", "minister": "minister", "chief": "chief",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"gen.": "general", "gen": "general", "lt.": "lieutenant", "brig.": "brigadier", "turkey's": "turkish",
	"turkey": "turkish"}

var roleStop = map[string]bool{"the": true, "of": true, "a": true, "an": true, "and": true, "for": true, "to": true,
	"in": true, "his": true, "her": true, "its": true, "s": true, "'s": true, "": true}

var roleWordRE = regexp.MustCompile(`[a-z.']+`)

func roleWords(role string) map[string]bool {
	out := map[string]bool{}
	for _, w := range roleWordRE.FindAllString(scoreNorm(role), -1) {
		if _, ok := roleSyn[w]; !ok {
			w = strings.Trim(w, ".'")
		}
		if v, ok := roleSyn[w]; ok {
			w = v
		} else if v, ok := roleSyn[strings.Trim(w, ".")]; ok {
			w = v
		}
		if !roleStop[w] {
			out[w] = true
		}
	}
	return out
}

func roleOK(gold, pred string) bool {
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

func nameMatch(gold, pred string) bool {
	g, p := strings.Fields(scoreNorm(gold)), strings.Fields(scoreNorm(pred))
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	return g[len(g)-1] == p[len(p)-1] && (g[0] == p[0] || len(p) == 1 || len(g) == 1)
}

func overlap(a, b string) bool {
	a, b = scoreNorm(a), scoreNorm(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

type goldOfficial struct {
	Name     string   `json:"name"`
	Role     string   `json:"role"`
	Mentions []string `json:"mentions"`
}

type goldReport struct {
	Boilerplate  []int          `json:"boilerplate_lines"`
	Officials    []goldOfficial `json:"officials"`
	NotOfficials []string       `json:"not_officials"`
}

// tally counts what the scorer counts.
type tally struct {
	gold, found, pred, roleOK, menGold, menFound int
	problems                                     []string
}

func (t *tally) score(name string, g goldReport, got []Official) {
	used := map[int]bool{}
	for _, o := range g.Officials {
		t.gold++
		hit := -1
		for i, p := range got {
			if !used[i] && nameMatch(o.Name, p.Name) {
				hit = i
				break
			}
		}
		if hit < 0 {
			t.problems = append(t.problems, name+": missed "+o.Name)
			continue
		}
		used[hit] = true
		t.found++
		p := got[hit]
		if roleOK(o.Role, p.Role) {
			t.roleOK++
		} else {
			t.problems = append(t.problems, name+": role of "+o.Name+": gold "+o.Role+", got "+p.Role)
		}
		for _, gm := range o.Mentions {
			t.menGold++
			ok := false
			for _, m := range p.Mentions {
				ok = ok || overlap(gm, m.Text)
			}
			if ok {
				t.menFound++
			} else {
				t.problems = append(t.problems, name+": mention of "+o.Name+" missed: "+gm)
			}
		}
	}
	for i, p := range got {
		t.pred++
		if !used[i] {
			t.problems = append(t.problems, name+": false official "+p.Name+" ("+p.Role+")")
		}
	}
	for _, n := range g.NotOfficials {
		for _, p := range got {
			if nameMatch(n, p.Name) {
				t.problems = append(t.problems, name+": not an official: "+n)
			}
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skip("no seeds:", err)
	}
	var gold struct {
		Reports map[string]goldReport `json:"reports"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	var tl tally
	for name, g := range gold.Reports {
		txt, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		blocks := strings.Split(string(txt), "\n")
		skip := make([]bool, len(blocks))
		for _, l := range g.Boilerplate {
			if l-1 < len(skip) {
				skip[l-1] = true
			}
		}
		got := Find(blocks, skip)
		checkMentions(t, blocks, skip, got)
		tl.score(name[:3], g, got)
	}
	for _, p := range tl.problems {
		t.Log(p)
	}
	P := ratio(tl.pred-(tl.pred-tl.found), tl.pred)
	R := ratio(tl.found, tl.gold)
	t.Logf("seeds officials P %.3f R %.3f role %.3f mentions %.3f", P, R, ratio(tl.roleOK, tl.found), ratio(tl.menFound, tl.menGold))
	if len(tl.problems) > 0 {
		t.Errorf("%d problems on the seeds", len(tl.problems))
	}
}

// checkMentions: offsets are rune offsets of the block text, nothing comes
// from a skipped block, mentions are in document order.
func checkMentions(t *testing.T, blocks []string, skip []bool, got []Official) {
	t.Helper()
	for _, o := range got {
		if len(o.Mentions) == 0 {
			t.Errorf("%s has no mentions", o.Name)
		}
		for i, m := range o.Mentions {
			if m.Block < len(skip) && skip[m.Block] {
				t.Errorf("%s: mention in skipped block %d", o.Name, m.Block)
			}
			rs := []rune(blocks[m.Block])
			if m.Start < 0 || m.End > len(rs) || m.Start >= m.End || string(rs[m.Start:m.End]) != m.Text {
				t.Errorf("%s: bad offsets %+v", o.Name, m)
			}
			if i > 0 {
				p := o.Mentions[i-1]
				if p.Block > m.Block || p.Block == m.Block && p.Start >= m.Start {
					t.Errorf("%s: mentions out of order", o.Name)
				}
			}
		}
	}
}
