package boilerplate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/crossread/crossread/internal/doc"
)

// seedGold is the part of testdata/seeds/gold.json this layer answers for.
type seedGold struct {
	Reports map[string]struct {
		Title       json.RawMessage `json:"title_line"`
		Boilerplate []int           `json:"boilerplate_lines"`
		Captions    []int           `json:"caption_lines"`
		Bylines     []int           `json:"byline_lines"`
		Datelines   []int           `json:"dateline_lines"`
	} `json:"reports"`
}

// TestSeeds checks every line of the seed reports: gold boilerplate lines
// must be boilerplate, title/caption/byline/dateline lines may be either,
// every other line must be kept.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skip("no seeds:", err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	right, total := 0, 0
	for name, r := range g.Reports {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		d := doc.ParseText(string(data))
		vs := Classify(d)
		bp := map[int]bool{}
		for _, l := range r.Boilerplate {
			bp[l] = true
		}
		either := map[int]bool{}
		var title int
		_ = json.Unmarshal(r.Title, &title)
		either[title] = true
		for _, ls := range [][]int{r.Captions, r.Bylines, r.Datelines} {
			for _, l := range ls {
				either[l] = true
			}
		}
		for i, b := range d.Blocks {
			if either[b.Line] {
				continue
			}
			total++
			if vs[i].Boilerplate == bp[b.Line] {
				right++
				continue
			}
			t.Errorf("%s:%d: boilerplate=%v (%s %q), gold %v: %.80s", name, b.Line, vs[i].Boilerplate, vs[i].Label, vs[i].Reason, bp[b.Line], b.Text)
		}
	}
	t.Logf("seeds: %d/%d lines right (%.1f%%)", right, total, 100*float64(right)/float64(total))
}
