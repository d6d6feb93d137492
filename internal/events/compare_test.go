package events

import "testing"

var austin = Party{Name: "Lloyd Austin", Country: "US"}
var shoigu = Party{Name: "Sergei Shoigu", Country: "RU"}

func call(day string, since []string, initiator string) Fingerprint {
	return Fingerprint{Kind: "call", Parties: []Party{austin, shoigu}, Day: day, Since: since, Initiator: initiator}
}

func TestCompare(t *testing.T) {
	cases := []struct {
		name          string
		a, b          Fingerprint
		same, related bool
	}{
		{"same call, same day", call("2022-05-13", []string{"2022-02-18"}, "US"), call("2022-05-13", []string{"2022-02"}, ""), true, false},
		{"a day apart (time zones)", call("2022-10-21", nil, ""), call("2022-10-22", nil, ""), true, false},
		{"two days later, other side initiated", call("2022-10-21", []string{"2022-05"}, "US"), call("2022-10-23", nil, "RU"), false, true},
		{"same day, contradicting initiator", call("2022-10-21", nil, "US"), call("2022-10-21", nil, "RU"), false, true},
		{"different first-since", call("", []string{"XXXX-02-18"}, ""), call("2022-10-21", []string{"2022-05"}, ""), false, true},
		{"other people", call("2022-05-13", nil, ""), Fingerprint{Kind: "call", Parties: []Party{{Name: "Mark Milley"}, {Name: "Valery Gerasimov"}}, Day: "2022-05-13"}, false, false},
		{"meeting vs call", call("2022-05-13", nil, ""), Fingerprint{Kind: "meeting", Parties: []Party{austin, shoigu}, Day: "2022-05-13"}, false, false},
		{"no kind", Fingerprint{}, Fingerprint{}, false, false},
	}
	for _, c := range cases {
		m := Compare(c.a, c.b)
		if m.Same != c.same || m.Related != c.related {
			t.Errorf("%s: got same=%v related=%v (%s), want same=%v related=%v", c.name, m.Same, m.Related, m.Note, c.same, c.related)
		}
		if r := Compare(c.b, c.a); r.Same != m.Same {
			t.Errorf("%s: not symmetric", c.name)
		}
	}
}
