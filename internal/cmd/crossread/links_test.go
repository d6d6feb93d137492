package main

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestLinkPairAlone: two reports of one call linked on their own, the seeds'
// officials on another day. With word weights from the two reports only, every
// shared word weighed nothing and the undated one stayed apart; and the seeds'
// call of the same pair two days earlier must not be named.
func TestLinkPairAlone(t *testing.T) {
	for _, c := range []struct{ dir, a, b string }{
		// dated by its byline / "on Sunday" only
		{"austin-shoigu-2022-10-23", "dated.txt", "undated.txt"},
		// dated / a readout with no day, only "at the American side's initiative"
		{"austin-shoigu-2023-03-15", "dated.txt", "readout.txt"},
	} {
		dir := filepath.Join("..", "..", "..", "testdata", "links", c.dir)
		a, b := filepath.Join(dir, c.a), filepath.Join(dir, c.b)
		res := linkFiles(t, []string{a, b})
		if got := res[a].SameEvent; !slices.Equal(got, []string{b}) {
			t.Errorf("%s: %s links %v, want only %s", c.dir, c.a, got, c.b)
		}
		if got := res[b].SameEvent; !slices.Equal(got, []string{a}) {
			t.Errorf("%s: %s links %v, want only %s", c.dir, c.b, got, c.a)
		}
	}
}
