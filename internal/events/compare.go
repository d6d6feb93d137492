package events

import (
	"fmt"
	"strings"
	"time"
)

// Match is the verdict on two fingerprints.
type Match struct {
	Same    bool    // the same event
	Score   float64 // 0..1, how much of the fingerprint agrees
	Related bool    // same kind and parties, another day: "another call between the same officials"
	Days    int     // b.Day minus a.Day in days, when both are known
	Note    string  // why, in words
}

// Compare decides whether a and b report the same event. Parties and kind must
// agree; the day must agree within a day (time zones, "Friday morning"); the
// stated facts (first since, initiator) must not contradict each other.
func Compare(a, b Fingerprint) Match {
	var m Match
	if a.Kind == "" || a.Kind != b.Kind {
		m.Note = "different kind of event"
		return m
	}
	shared := sharedParties(a.Parties, b.Parties)
	if shared < 2 && !(shared == 1 && len(a.Parties) == 1 && len(b.Parties) == 1) {
		m.Note = "different people"
		return m
	}
	score := 0.4
	if a.Day != "" && b.Day != "" {
		da, ea := time.Parse("2006-01-02", a.Day)
		db, eb := time.Parse("2006-01-02", b.Day)
		if ea == nil && eb == nil {
			m.Days = int(db.Sub(da).Hours() / 24)
			if m.Days > 1 || m.Days < -1 {
				m.Related = true
				m.Note = fmt.Sprintf("another %s between the same officials, %s", a.Kind, dayWords(m.Days))
				return m
			}
			score += 0.4
		}
	} else if a.Weekday != "" && b.Weekday != "" && a.Weekday != b.Weekday {
		m.Related = true
		m.Note = fmt.Sprintf("another %s between the same officials, on a %s", a.Kind, capitalize(b.Weekday))
		return m
	} else {
		score += 0.1 // no day to compare: weak evidence only
	}
	if !sinceCompatible(a.Since, b.Since) {
		m.Related = true
		m.Note = "another " + a.Kind + " between the same officials: a different \"first since\""
		return m
	}
	if a.Initiator != "" && b.Initiator != "" {
		if a.Initiator != b.Initiator {
			m.Related = true
			m.Note = "another " + a.Kind + " between the same officials: initiated by the other side"
			return m
		}
		score += 0.1
	}
	if len(a.Since) > 0 && len(b.Since) > 0 {
		score += 0.1
	}
	m.Score = min(score, 1)
	m.Same = a.Day != "" && b.Day != "" || m.Score >= 0.6
	if m.Same {
		m.Note = "same " + a.Kind
	}
	return m
}

func sharedParties(a, b []Party) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if SamePerson(x.Name, y.Name) {
				n++
				break
			}
		}
	}
	return n
}

// sinceCompatible: two "first since" claims about one event name the same
// month (a date and "the invasion" a week later are both true of one call).
func sinceCompatible(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if sameMonth(x, y) {
				return true
			}
		}
	}
	return false
}

// sameMonth compares TIMEX3 values at month granularity; an unknown year
// ("XXXX-02-18") matches any year.
func sameMonth(x, y string) bool {
	if len(x) < 7 || len(y) < 7 {
		return false
	}
	if x[5:7] != y[5:7] {
		return false
	}
	return x[:4] == y[:4] || strings.HasPrefix(x, "XXXX") || strings.HasPrefix(y, "XXXX")
}

func dayWords(d int) string {
	switch {
	case d > 0:
		return fmt.Sprintf("%d days later", d)
	default:
		return fmt.Sprintf("%d days earlier", -d)
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Similarity combines the fingerprint verdict and the text similarity: a
// fingerprint that tells two contacts apart (another day, another initiator)
// wins over any likeness of words (-1); the same contact scores 1; otherwise
// the cosine of their words decides.
func Similarity(a, b Fingerprint, cos float64) float64 {
	m := Compare(a, b)
	if m.Same {
		return 1
	}
	if m.Related || (a.Kind != "" && a.Kind == b.Kind && len(a.Parties) > 0 && len(b.Parties) > 0) {
		return -1
	}
	return cos
}
