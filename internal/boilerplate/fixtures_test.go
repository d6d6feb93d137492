package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/doc"
)

// TestFixtures runs the hand-made pages under testdata/<slug>/, one per
// signal. expected.txt lists "label<TAB>text": the first block whose text
// contains text must get that label ("boilerplate" means the skip flag).
func TestFixtures(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", "expected.txt"))
	if len(dirs) == 0 {
		t.Fatal("no fixtures")
	}
	for _, exp := range dirs {
		dir := filepath.Dir(exp)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, _ := filepath.Glob(filepath.Join(dir, "source.*"))
			if len(src) != 1 {
				t.Fatalf("want one source file in %s", dir)
			}
			data, err := os.ReadFile(src[0])
			if err != nil {
				t.Fatal(err)
			}
			d, err := doc.Parse(data, src[0], "")
			if err != nil {
				t.Fatal(err)
			}
			vs := Classify(d)
			if len(vs) != len(d.Blocks) {
				t.Fatalf("%d verdicts for %d blocks", len(vs), len(d.Blocks))
			}
			raw, _ := os.ReadFile(exp)
			for _, line := range strings.Split(string(raw), "\n") {
				label, text, ok := strings.Cut(line, "\t")
				if !ok || strings.HasPrefix(line, "#") {
					continue
				}
				i := findBlock(d, text)
				if i < 0 {
					t.Errorf("no block contains %q", text)
					continue
				}
				v := vs[i]
				if v.Boilerplate != (label == "boilerplate") || v.Label != label {
					t.Errorf("%q: got %s (%s), want %s", text, v.Label, v.Reason, label)
				}
				if v.Boilerplate && v.Reason == "" {
					t.Errorf("%q: boilerplate without a reason", text)
				}
			}
		})
	}
}

func findBlock(d *doc.Document, text string) int {
	for i, b := range d.Blocks {
		if strings.Contains(b.Text, text) {
			return i
		}
	}
	return -1
}

func fixturePage(t *testing.T, slug string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", slug, "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
