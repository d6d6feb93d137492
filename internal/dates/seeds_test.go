package dates

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The seed reports are hand-labelled; every gold date must be found with its value, and nothing
// else may be tagged in the report's own lines.

type seedDate struct {
	Line     int    `json:"line"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod"`
	Optional bool   `json:"optional"`
}

type seedReport struct {
	DCT         string     `json:"dct"`
	Boilerplate []int      `json:"boilerplate_lines"`
	Dates       []seedDate `json:"dates"`
}

func loadSeeds(t *testing.T) (map[string]seedReport, string) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	var g struct {
		Reports map[string]seedReport `json:"reports"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("parse gold: %v", err)
	}
	return g.Reports, dir
}

func TestSeeds(t *testing.T) {
	reports, dir := loadSeeds(t)
	names := make([]string, 0, len(reports))
	for n := range reports {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		rep := reports[name]
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			blocks := strings.Split(string(raw), "\n")
			skip := make([]bool, len(blocks))
			for _, l := range rep.Boilerplate {
				if l-1 < len(skip) {
					skip[l-1] = true
				}
			}
			dct, err := time.Parse("2006-01-02", rep.DCT)
			if err != nil {
				t.Fatal(err)
			}
			diff := seedDiff(blocks, skip, dct, rep.Dates)
			if len(diff) > 0 {
				t.Errorf("%s (dct %s):\n%s", name, rep.DCT, strings.Join(diff, "\n"))
			}
		})
	}
}

// seedDiff compares Tag's output with the gold dates of one report: "- MISSING", "~ wrong
// value/type/mod", "+ EXTRA" lines, empty when they agree.
func seedDiff(blocks []string, skip []bool, dct time.Time, gold []seedDate) []string {
	got := Tag(blocks, dct, skip)
	used := make([]bool, len(got))
	var diff []string
	for _, g := range gold {
		li := g.Line - 1
		found := -1
		for k, x := range got {
			if used[k] || x.Block != li {
				continue
			}
			if overlaps(blocks[li], x, g.Text) {
				found = k
				break
			}
		}
		if found < 0 {
			if !g.Optional {
				diff = append(diff, fmt.Sprintf("- line %d MISSING %q %s %s %s", g.Line, g.Text, g.Type, g.Value, g.Mod))
			}
			continue
		}
		used[found] = true
		x := got[found]
		if x.Value != g.Value || (g.Type != "" && x.Type != g.Type) || x.Mod != g.Mod {
			diff = append(diff, fmt.Sprintf("~ line %d %q: want %s %s %q, got %q %s %s %q", g.Line, g.Text, g.Type, g.Value, g.Mod, x.Text, x.Type, x.Value, x.Mod))
		}
	}
	for k, x := range got {
		if !used[k] {
			diff = append(diff, fmt.Sprintf("+ line %d EXTRA %q %s %s %q", x.Block+1, x.Text, x.Type, x.Value, x.Mod))
		}
	}
	return diff
}

// overlaps reports whether x's span overlaps an occurrence of gold text in the block.
func overlaps(block string, x Timex, text string) bool {
	rs := []rune(block)
	gt := []rune(text)
	for s := 0; s+len(gt) <= len(rs); s++ {
		if string(rs[s:s+len(gt)]) == text && s < x.End && x.Start < s+len(gt) {
			return true
		}
	}
	return false
}

// TestSeedBoilerplateSkipped checks that skipped lines produce nothing even though they hold dates.
func TestSeedBoilerplateSkipped(t *testing.T) {
	reports, dir := loadSeeds(t)
	for name, rep := range reports {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		blocks := strings.Split(string(raw), "\n")
		skip := make([]bool, len(blocks))
		for _, l := range rep.Boilerplate {
			if l-1 < len(skip) {
				skip[l-1] = true
			}
		}
		for _, x := range Tag(blocks, time.Time{}, skip) {
			if skip[x.Block] {
				t.Errorf("%s: tagged %q in skipped line %d", name, x.Text, x.Block+1)
			}
		}
	}
}

// TestSeedDCTFromText: a date printed in a seed report must be its publication date.
func TestSeedDCTFromText(t *testing.T) {
	reports, dir := loadSeeds(t)
	found := 0
	for name, rep := range reports {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		blocks := strings.Split(string(raw), "\n")
		skip := make([]bool, len(blocks))
		for _, l := range rep.Boilerplate {
			if l-1 < len(skip) {
				skip[l-1] = true
			}
		}
		d, b, ok := DCTFromText(blocks, skip)
		if !ok {
			continue
		}
		found++
		if got := d.Format("2006-01-02"); got != rep.DCT {
			t.Errorf("%s: DCTFromText = %s (line %d), gold dct %s", name, got, b+1, rep.DCT)
		}
	}
	if found == 0 {
		t.Errorf("no seed dateline found (004 prints October 21, 2022 on its own line)")
	}
}
