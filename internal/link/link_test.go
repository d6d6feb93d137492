package link

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/crossread/crossread/internal/events"
)

// Two events of one kind: every report shares the kind's words; each event
// adds its own. Reports of one event are grouped together and never with the
// other event's, and the grouping does not depend on the order of the input
// (the neighbour lists keep every tie).
func TestGroupTwoEventsOfOneKind(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var rs []Report
	var event []int
	for e := 0; e < 2; e++ {
		for k := 0; k < 6; k++ {
			terms := events.Terms{"earthquake": 3, "island": 2, "magnitude": 2, "killed": 1}
			for w := 0; w < 4; w++ {
				terms[fmt.Sprintf("event%d-word%d", e, rng.Intn(6))] += 5
			}
			for w := 0; w < 8; w++ { // asides no other report shares
				terms[fmt.Sprintf("aside%d-%d-%d", e, k, w)] = 1
			}
			rs = append(rs, Report{Terms: terms, Digest: fmt.Sprint(e, k)})
			event = append(event, e)
		}
	}
	Weigh(rs)
	calls := make([]int, len(rs))
	for i := range calls {
		calls[i] = -1
	}
	g := Group(rs, calls)
	for i := range rs {
		for j := range rs {
			if (g[i] == g[j]) != (event[i] == event[j]) {
				t.Fatalf("reports %d (event %d) and %d (event %d): grouped together %v", i, event[i], j, event[j], g[i] == g[j])
			}
		}
	}
	for round := 0; round < 5; round++ {
		perm := rng.Perm(len(rs))
		ps := make([]Report, len(rs))
		for i, p := range perm {
			ps[i] = rs[p]
		}
		pg := Group(ps, calls)
		for i := range perm {
			for j := range perm {
				if (pg[i] == pg[j]) != (g[perm[i]] == g[perm[j]]) {
					t.Fatalf("order %v: reports %d and %d grouped differently", perm, perm[i], perm[j])
				}
			}
		}
	}
}

// nearest keeps a report itself, its nearest reports at or above the floor,
// and every report tied with the last of them.
func TestNearestKeepsTies(t *testing.T) {
	s := [][]float64{
		{0, 0.9, 0.5, 0.5, 0.5, 0.5, 0.1},
		{0.9, 0, 0, 0, 0, 0, 0},
		{0.5, 0, 0, 0, 0, 0, 0},
		{0.5, 0, 0, 0, 0, 0, 0},
		{0.5, 0, 0, 0, 0, 0, 0},
		{0.5, 0, 0, 0, 0, 0, 0},
		{0.1, 0, 0, 0, 0, 0, 0},
	}
	got := nearest(s)[0]
	want := []int{0, 1, 2, 3, 4, 5} // 4 neighbours asked, the four at 0.5 tied: all kept; 6 is under the floor
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("nearest(0) = %v, want %v", got, want)
	}
	if got := nearest(s)[6]; fmt.Sprint(got) != "[6]" {
		t.Errorf("nearest(6) = %v, want only itself (0.1 is under the floor)", got)
	}
}
