package corpus

import "testing"

func TestSeedsEmbedded(t *testing.T) {
	s := Seeds()
	if len(s) != 5 {
		t.Fatalf("%d seeds", len(s))
	}
	for _, r := range s {
		if r.DCT == "" || r.Text == "" || r.Title == "" {
			t.Errorf("%s: incomplete %+v", r.ID, r.Title)
		}
	}
}
