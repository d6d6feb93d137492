package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// ECB+ DEV (../shared/bench/events): `crossread link` over all 772 documents, pairwise
// F1 against the gold subtopics, as score-events counts it (predicted pairs are the links).
var ecbFloor = 0.940

func TestECBLinking(t *testing.T) {
	if testing.Short() {
		t.Skip("772 documents")
	}
	dir := filepath.Join("..", "..", "..", "..", "shared", "bench", "events")
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		if os.IsNotExist(err) && os.Getenv("CI") == "" {
			t.Skipf("no %s: the shared bench is not beside this checkout", dir)
		}
		t.Fatal(err)
	}
	var gold map[string]struct {
		Subtopic string `json:"subtopic"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	var files []string
	for id := range gold {
		files = append(files, filepath.Join(dir, "docs", id+".txt"))
	}
	sort.Strings(files)
	res := linkFiles(t, files)
	id := func(p string) string { return strings.TrimSuffix(filepath.Base(p), ".txt") }
	pred := map[[2]string]bool{}
	for f, e := range res {
		for _, x := range e.SameEvent {
			a, b := id(f), id(x)
			if _, ok := gold[b]; !ok || a == b {
				continue
			}
			if a > b {
				a, b = b, a
			}
			pred[[2]string{a, b}] = true
		}
	}
	ids := make([]string, 0, len(gold))
	for k := range gold {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	tp, ng := 0, 0
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if gold[a].Subtopic == gold[b].Subtopic {
				ng++
				if pred[[2]string{a, b}] {
					tp++
				}
			}
		}
	}
	p, r := float64(tp)/float64(max(1, len(pred))), float64(tp)/float64(max(1, ng))
	f1 := 2 * p * r / max(1e-9, p+r)
	t.Logf("ECB+ DEV pairwise P %.3f R %.3f F1 %.3f", p, r, f1)
	if f1 < ecbFloor-0.0005 {
		t.Errorf("ECB+ pairwise F1 %.3f fell below its floor %.3f", f1, ecbFloor)
	}
}
