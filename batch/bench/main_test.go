package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/doc"
)

var sharedDir = filepath.Join("..", "..", "..", "shared")

// A renamed round must be other stories read the same way, or the benchmark
// measures another workload at each size: each call report of round 1 is
// still read as a contact of the same kind between as many parties, most of
// its officials are found (not those named by a bare surname that only the
// record of leaders knows: "Putin" renamed is nobody's surname), and its text
// is no syndicated copy of round 0's.
func TestRenamedRoundReadsAlike(t *testing.T) {
	calls, _ := filepath.Glob(filepath.Join(sharedDir, "bench", "calls", "*.txt"))
	if len(calls) == 0 {
		t.Skip("no ../shared/bench/calls beside this checkout")
	}
	pages, _, err := loadPages(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	rename := renamed(pages)
	read := func(text string) (string, int, int) {
		d, err := doc.Parse([]byte(text), "page.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		r := annotate.Run(d, annotate.Options{NoLink: true})
		return r.Event.Kind, len(r.Event.Parties), len(r.Officials)
	}
	alike, offA, offB, jac := 0, 0, 0, 0.0
	for _, p := range pages[:len(calls)] {
		a, b := round(p, 0, rename), round(p, 1, rename)
		ka, pa, oa := read(a)
		kb, pb, ob := read(b)
		if ka == kb && pa == pb {
			alike++
		}
		offA += oa
		offB += ob
		jac += jaccard(shingles(a), shingles(b))
	}
	if alike*10 < len(calls)*9 {
		t.Errorf("%d of %d call reports read alike when renamed, want 90 %%", alike, len(calls))
	}
	if offB*10 < offA*8 {
		t.Errorf("renamed reports name %d officials, the originals %d: want 80 %%", offB, offA)
	}
	if j := jac / float64(len(calls)); j > 0.5 {
		t.Errorf("renamed reports share %.2f of their 5-word shingles with the originals: copies, not other stories", j)
	}
	t.Logf("%d of %d read alike, officials %d of %d; mean shingle Jaccard %.2f; %d words renamed", alike, len(calls), offB, offA, jac/float64(len(calls)), len(rename))
}

func shingles(s string) map[string]bool {
	w := strings.Fields(strings.ToLower(s))
	m := map[string]bool{}
	for i := 0; i+5 <= len(w); i++ {
		m[strings.Join(w[i:i+5], " ")] = true
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	if u := len(a) + len(b) - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 1
}
