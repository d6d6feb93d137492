//go:build extractbench

package boilerplate

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/doc"
)

// TestLabelCounts shows, over the DEV pages, how often each label is given
// and a sample of the texts labelled heading, byline, dateline.
func TestLabelCounts(t *testing.T) {
	in := os.Getenv("BENCH_HTML")
	if in == "" {
		t.Skip("BENCH_HTML not set")
	}
	files, _ := filepath.Glob(filepath.Join(in, "*.html*"))
	count := map[string]int{}
	pages := map[string]int{}
	for k, f := range files {
		raw, _ := os.ReadFile(f)
		if strings.HasSuffix(f, ".gz") {
			zr, _ := gzip.NewReader(bytes.NewReader(raw))
			raw, _ = io.ReadAll(zr)
		}
		d, _ := doc.Parse(raw, "x.html", "")
		seen := map[string]bool{}
		for i, v := range Classify(d) {
			count[v.Label]++
			if !seen[v.Label] {
				pages[v.Label]++
				seen[v.Label] = true
			}
			if k%15 == 0 && v.Label != "article" && v.Label != "boilerplate" {
				txt := d.Blocks[i].Text
				if len(txt) > 80 {
					txt = txt[:80]
				}
				t.Logf("%s: %s", v.Label, txt)
			}
		}
	}
	t.Logf("blocks per label %v; pages with the label %v of %d", count, pages, len(files))
}
