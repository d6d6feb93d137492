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
	dir := filepath.Join("..", "..", "..", "testdata", "links", "austin-shoigu-2022-10-23")
	dated, undated := filepath.Join(dir, "dated.txt"), filepath.Join(dir, "undated.txt")
	res := linkFiles(t, []string{dated, undated})
	if got := res[dated].SameEvent; !slices.Equal(got, []string{undated}) {
		t.Errorf("dated report links %v, want only the undated one", got)
	}
	if got := res[undated].SameEvent; !slices.Equal(got, []string{dated}) {
		t.Errorf("undated report links %v, want only the dated one", got)
	}
}
