package events

import (
	"fmt"
	"math"
	"testing"
)

// A crawl's replicas tie exactly; if a cosine moved in its last bits with the
// order a map is walked, average-link clustering broke the ties differently
// and a rerun gave other events. Values like 0.1, 0.2, 0.3 sum to different
// floats in different orders, so a walk-order sum fails this within a few runs.
func TestSimilarityIndependentOfMapOrder(t *testing.T) {
	raw := Terms{}
	for i := 0; i < 60; i++ {
		raw[fmt.Sprintf("w%02d", i)] = float64(1 + i%7)
	}
	df := map[string]int{}
	for i := 0; i < 60; i++ {
		df[fmt.Sprintf("w%02d", i)] = 1 + i%11
	}
	ix := IndexOf(df, 50)
	other := Terms{}
	for i := 20; i < 90; i++ {
		other[fmt.Sprintf("w%02d", i)] = float64(1 + i%3)
	}
	fa := Fingerprint{Parties: []Party{{Name: "W05 W07"}}}
	var first [3]uint64
	for run := 0; run < 200; run++ {
		// a fresh map each run: its walk order is drawn anew
		a := ix.Vector(copyTerms(raw))
		b := ix.Vector(copyTerms(other))
		got := [3]uint64{math.Float64bits(norm(a)), math.Float64bits(Cosine(a, b)), math.Float64bits(PartyCosine(a, b, fa, Fingerprint{}))}
		if run == 0 {
			first = got
			if Cosine(a, b) <= 0 || Cosine(a, b) >= 1 {
				t.Fatalf("cosine %v: the vectors should overlap in part", Cosine(a, b))
			}
			continue
		}
		if got != first {
			t.Fatalf("run %d: norm, cosine, party cosine bits %x, first run %x", run, got, first)
		}
	}
}

func copyTerms(t Terms) Terms {
	c := make(Terms, len(t))
	for w, x := range t {
		c[w] = x
	}
	return c
}

// CosineVec is Cosine to the bit (the batch compares by it, link by either),
// and vectors numbered by two dictionaries are never compared by their ids.
func TestCosineVecIsCosine(t *testing.T) {
	d := NewDict()
	var vs []Vec
	var ts []Terms
	for k := 0; k < 30; k++ {
		raw := Terms{}
		for i := k; i < k+40+k%9; i++ {
			raw[fmt.Sprintf("w%03d", (i*7+k)%97)] = float64(1+i%5) / 3
		}
		v := IndexOf(map[string]int{"w001": 3, "w050": 9}, 20).Vector(raw)
		ts = append(ts, v)
		vs = append(vs, d.Vec(v))
	}
	for i := range ts {
		for j := range ts {
			got, ok := CosineVec(vs[i], vs[j])
			if want := Cosine(ts[i], ts[j]); !ok || math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("pair %d,%d: CosineVec %v (%v), Cosine %v", i, j, got, ok, want)
			}
		}
	}
	if _, ok := CosineVec(vs[0], NewDict().Vec(ts[1])); ok {
		t.Error("vectors of two dictionaries compared by their ids")
	}
	if _, ok := CosineVec(Vec{}, Vec{}); ok {
		t.Error("zero vectors compared by their ids")
	}
}
