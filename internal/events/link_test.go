package events

import (
	"strings"
	"testing"
	"time"

	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/officials"
)

func TestSamePerson(t *testing.T) {
	same := [][2]string{
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"}, {"Zelenskiy", "Volodymyr Zelensky"}, {"Sergei Shoigu", "Sergey Shoygu"},
		{"Andrey Belousov", "Andrei Belousov"}, {"Recep Tayyip Erdoğan", "Erdogan"}, {"Lloyd J. Austin III", "Lloyd Austin"},
		{"Xi", "Xi Jinping"}, {"Tayyip Erdogan", "Recep Tayyip Erdogan"}, {"Mikhail Mishustin", "Mihail Mishustin"},
	}
	for _, p := range same {
		if !SamePerson(p[0], p[1]) || !SamePerson(p[1], p[0]) {
			t.Errorf("%q and %q: not one person", p[0], p[1])
		}
	}
	other := [][2]string{{"Wang Yi", "Wang Wenbin"}, {"Wei Fenghe", "Dong Jun"}, {"Lloyd Austin", "Pete Hegseth"}, {"Joe Biden", "Hunter Bidden"}}
	for _, p := range other {
		if SamePerson(p[0], p[1]) {
			t.Errorf("%q and %q: one person", p[0], p[1])
		}
	}
	if PersonKey("Volodymyr Zelenskyy") != PersonKey("Zelensky") {
		t.Error("keys differ")
	}
}

// officialsIn finds each name in the blocks as an official with a role, as the
// officials layer would.
func officialsIn(blocks []string, names map[string]string) []officials.Official {
	var out []officials.Official
	for name, role := range names {
		o := officials.Official{Name: name, Role: role}
		for _, w := range []string{name, name[strings.LastIndex(name, " ")+1:]} {
			for bi, b := range blocks {
				rs := []rune(b)
				for i := 0; i+len([]rune(w)) <= len(rs); i++ {
					if string(rs[i:i+len([]rune(w))]) == w && (i == 0 || rs[i-1] == ' ') {
						o.Mentions = append(o.Mentions, officials.Mention{Block: bi, Start: i, End: i + len([]rune(w)), Text: w})
					}
				}
			}
		}
		out = append(out, o)
	}
	return out
}

func build(blocks []string, names map[string]string, dct string) Fingerprint {
	t, _ := time.Parse("2006-01-02", dct)
	in := Input{Blocks: blocks, Officials: officialsIn(blocks, names), DCT: t, DCTSource: "meta"}
	in.Dates = dates.Tag(blocks, t, nil)
	return Build(in)
}

// Every way of saying there was a call, and who took part.
func TestCallWording(t *testing.T) {
	names := map[string]string{"Ana Ortiz": "Foreign Minister", "Kofi Mensah": "Foreign Minister", "Lars Berg": "spokesman"}
	cases := []string{
		"Foreign Minister Ana Ortiz had a telephone conversation with her counterpart Kofi Mensah on Tuesday.",
		"Ana Ortiz and Kofi Mensah held a phone call on Tuesday, Lars Berg said.",
		"In a call with Kofi Mensah on Tuesday, Ana Ortiz raised the border dispute.",
		"Ana Ortiz spoke by video link with Kofi Mensah on Tuesday about the border.",
		"Ana Ortiz and Kofi Mensah held a video conference on Tuesday to discuss the border.",
		"Ana Ortiz dialled Kofi Mensah on Tuesday to discuss the border.",
		"Ana Ortiz called Kofi Mensah on Tuesday to discuss the border.",
		"According to the readout, Ana Ortiz told Kofi Mensah on Tuesday that the border must stay open.",
	}
	for _, c := range cases {
		fp := build([]string{c}, names, "2024-05-15")
		if fp.Kind != "call" || len(fp.Parties) != 2 || !SameParties(fp.Parties, []Party{{Name: "Ana Ortiz"}, {Name: "Kofi Mensah"}}) || fp.Day != "2024-05-14" {
			t.Errorf("%q: %+v", c, fp)
		}
	}
	// A headline that only says they discussed something, the lead saying how.
	fp := build([]string{"Ortiz, Mensah discuss border crossings", "Foreign Minister Ana Ortiz spoke with Kofi Mensah by phone on Tuesday."}, names, "2024-05-15")
	if fp.Kind != "call" || len(fp.Parties) != 2 || fp.Day != "2024-05-14" {
		t.Errorf("headline: %+v", fp)
	}
	// An in-person meeting is not a call.
	fp = build([]string{"Ana Ortiz met Kofi Mensah in Geneva on Tuesday for talks on the border."}, names, "2024-05-15")
	if fp.Kind == "call" {
		t.Errorf("meeting read as a call: %+v", fp)
	}
	// The call's day, not the day of what it followed.
	fp = build([]string{"Ana Ortiz and Kofi Mensah held a phone call on Wednesday following the talks in Oslo on May 10."}, names, "2024-05-15")
	if fp.Day != "2024-05-15" {
		t.Errorf("day %q, want 2024-05-15: %+v", fp.Day, fp)
	}
}

// A report recapping the pair's earlier call is about its own call; someone
// quoted is no party.
func TestRecapIsNotTheEvent(t *testing.T) {
	names := map[string]string{"Ana Ortiz": "President", "Kofi Mensah": "President", "Ivan Petrov": "President"}
	fp := build([]string{
		"Ana Ortiz and Kofi Mensah spoke by phone on Wednesday.",
		"Much of the conversation was based on yesterday's call with President Ivan Petrov, Ortiz said.",
	}, names, "2024-05-15")
	if !SameParties(fp.Parties, []Party{{Name: "Ana Ortiz"}, {Name: "Kofi Mensah"}}) || fp.Day != "2024-05-15" {
		t.Errorf("%+v", fp)
	}
}

func callOf(day string, a, b string) Fingerprint {
	return Fingerprint{Kind: "call", Parties: []Party{{Name: a, Role: "minister"}, {Name: b, Role: "minister"}}, Day: day}
}

func TestCallGroups(t *testing.T) {
	fps := []Fingerprint{
		callOf("2024-02-11", "Joe Biden", "Benjamin Netanyahu"),                                         // 0
		callOf("2024-02-11", "Biden", "Netanyahu"),                                                      // 1
		callOf("2024-02-12", "Joe Biden", "Benjamin Netanyahu"),                                         // 2: a day later, not late: another call
		callOf("2024-02-15", "Joe Biden", "Benjamin Netanyahu"),                                         // 3: four days later
		{Kind: "call", Parties: []Party{{Name: "Netanyahu"}, {Name: "Joe Biden"}}, Weekday: "thursday"}, // 4: undated, Thursday
		callOf("2024-02-11", "Lloyd Austin", "Wei Fenghe"),                                              // 5: other people, same day
		callOf("2024-02-11", "Lloyd Austin", "Dong Jun"),                                                // 6: same offices, other people
		callOf("2024-02-11", "Pete Hegseth", "Dong Jun"),                                                // 7
		callOf("2024-02-11", "Lloyd Austin", "Wei Fenghe"),                                              // 8
		callOf("2024-02-11", "Pete Hegseth", "Dong Jun"),                                                // 9
	}
	g := CallGroups(fps, func(i, j int) float64 { return 0.2 })
	same := func(i, j int) bool { return g[i] >= 0 && g[i] == g[j] }
	want := [][2]int{{0, 1}, {3, 4}, {5, 8}, {7, 9}}
	for _, p := range want {
		if !same(p[0], p[1]) {
			t.Errorf("%d and %d apart: %v", p[0], p[1], g)
		}
	}
	for _, p := range [][2]int{{0, 2}, {0, 3}, {2, 3}, {0, 4}, {0, 5}, {5, 6}, {6, 7}} {
		if same(p[0], p[1]) {
			t.Errorf("%d and %d together: %v", p[0], p[1], g)
		}
	}
	// A call late on Sunday, reported as Monday in another time zone.
	late := callOf("2024-09-15", "Lloyd Austin", "Yoav Gallant")
	late.Late = true
	fps = []Fingerprint{late, callOf("2024-09-16", "Austin", "Gallant"), callOf("2024-09-18", "Austin", "Gallant")}
	g = CallGroups(fps, func(i, j int) float64 { return 0.3 })
	if g[0] != g[1] || g[1] == g[2] {
		t.Errorf("late call: %v", g)
	}
}

func TestNotes(t *testing.T) {
	a := callOf("2024-02-15", "Joe Biden", "Benjamin Netanyahu")
	b := callOf("2024-02-15", "Biden", "Netanyahu")
	if n := WhySame(a, b, 0.4); n != "same parties, same day, same readout" {
		t.Errorf("%q", n)
	}
	if n := WhyOther(a, callOf("2024-02-11", "Biden", "Netanyahu")); n != "another call between the same officials, 4 days earlier" {
		t.Errorf("%q", n)
	}
}

// Two calls a day apart, each side printing its date, stay apart even when one was late.
func TestLateButDated(t *testing.T) {
	a := callOf("2023-10-07", "Lloyd Austin", "Yoav Gallant")
	a.Late, a.DayFrom = true, "date"
	b := callOf("2023-10-08", "Lloyd Austin", "Yoav Gallant")
	b.DayFrom = "date"
	g := CallGroups([]Fingerprint{a, b}, func(i, j int) float64 { return 0.5 })
	if g[0] == g[1] {
		t.Errorf("merged: %v", g)
	}
}

// The call's day from the ways reports name it, against the report's own date.
func TestCallDayWording(t *testing.T) {
	names := map[string]string{"Ana Ortiz": "Prime Minister", "Kofi Mensah": "President"}
	cases := map[string]string{
		"Ana Ortiz spoke with Kofi Mensah by phone late on Sunday.":                        "2024-09-15",
		"Ana Ortiz held a phone call with Kofi Mensah on Tuesday evening.":                 "2024-09-10",
		"Ana Ortiz had a phone conversation with Kofi Mensah yesterday.":                   "2024-09-15",
		"Ana Ortiz spoke with Kofi Mensah by phone earlier today.":                         "2024-09-16",
		"Ana Ortiz and Kofi Mensah held a telephone conversation on Friday, 13 September.": "2024-09-13",
	}
	for text, want := range cases {
		fp := build([]string{text}, names, "2024-09-16")
		if fp.Day != want {
			t.Errorf("%q: day %q, want %s (%+v)", text, fp.Day, want, fp)
		}
	}
}

// The parties are the pair named together as taking part; a spokesman with an
// appositive is a source; a recapped pair ("X met with Y in November") stays apart.
func TestPartiesPairAndAppositive(t *testing.T) {
	names := map[string]string{"Ana Ortiz": "Defense Minister", "Kofi Mensah": "Defense Minister",
		"Lars Berg": "spokesman", "Ivo Petrov": "President", "Mei Lin": "President"}
	fp := build([]string{
		"Ana Ortiz spoke with her counterpart on Tuesday morning.",
		"Tuesday's video call was the first time Ana Ortiz has spoken with Kofi Mensah.",
		"\"Ortiz underscored the importance of open lines,\" Lars Berg, the ministry spokesman, said in a readout of the call.",
		"Ivo Petrov met with Mei Lin in November, and the two agreed to resume talks.",
		"Berg's readout said Ortiz recalled the announcement by Ivo Petrov and Mei Lin that both sides will resume phone calls.",
	}, names, "2024-04-17")
	if !SameParties(fp.Parties, []Party{{Name: "Ana Ortiz"}, {Name: "Kofi Mensah"}}) {
		t.Errorf("parties %+v", fp.Parties)
	}
}
