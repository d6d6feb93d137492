package text

import "testing"

func TestIsAbbrev(t *testing.T) {
	for _, w := range []string{"w", "gen", "sgt", "feb", "sept", "thurs", "jr", "u.s", "no"} {
		if !IsAbbrev(w) {
			t.Errorf("%q should be an abbreviation", w)
		}
	}
	for _, w := range []string{"friday", "said", "war", "us"} {
		if IsAbbrev(w) {
			t.Errorf("%q is a word", w)
		}
	}
}

func TestSentences(t *testing.T) {
	s := []rune("Gen. Mark Milley met Lt. Col. A. Roe on Feb. 3 in the U.S. Capitol. They spoke! Then? Rain fell.")
	var got []string
	for _, sp := range Sentences(s) {
		got = append(got, string(s[sp.Start:sp.End]))
	}
	want := []string{"Gen. Mark Milley met Lt. Col. A. Roe on Feb. 3 in the U.S. Capitol.", "They spoke!", "Then?", "Rain fell."}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestCalendarWords(t *testing.T) {
	if Weekdays[4] != "friday" || Months[1] != "february" || MonthAbbrevs["sept"] != 9 || WeekdayAbbrevs["thurs"] != 4 {
		t.Error("calendar words out of order")
	}
}
