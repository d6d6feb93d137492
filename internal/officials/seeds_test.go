package officials

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	scorer "github.com/crossread/crossread/internal/score"
)

// The seeds are scored with the outside scorer's matching (internal/score ports it), so this
// test agrees with score-crossread.
var (
	nameMatch = scorer.NameMatch
	roleOK    = scorer.RoleOK
	overlap   = scorer.Overlap
)

type goldReport struct {
	Boilerplate  []int                 `json:"boilerplate_lines"`
	Officials    []scorer.GoldOfficial `json:"officials"`
	NotOfficials []string              `json:"not_officials"`
}

// found is what the scorer reads of Find's result.
func found(got []Official) []scorer.Found {
	out := make([]scorer.Found, len(got))
	for i, o := range got {
		out[i] = scorer.Found{Name: o.Name, Role: o.Role}
		for _, m := range o.Mentions {
			out[i].Mentions = append(out[i].Mentions, m.Text)
		}
	}
	return out
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
	var tl scorer.Tally
	var wrong []string
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
		tl.Add(name[:3], scorer.Gold{Officials: g.Officials}, found(got), nil)
		for _, n := range g.NotOfficials {
			for _, p := range got {
				if nameMatch(n, p.Name) {
					wrong = append(wrong, name[:3]+": not an official: "+n)
				}
			}
		}
	}
	for _, l := range [][]string{tl.Miss, tl.FP, tl.RoleBad, tl.MenMiss, wrong} {
		for _, p := range l {
			t.Error(p)
		}
	}
	t.Logf("seeds %s", tl.Figures())
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
