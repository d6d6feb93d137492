package officials

import (
	"strings"
	"testing"
	"time"
)

// Made-up sentences, one class of evidence per group. Roles are checked with
// the scorer's role check (roleOK in seeds_test.go) and, where the exact
// wording matters, with want.exact.

type wantOff struct {
	name     string
	role     string   // checked with roleOK
	exact    string   // if set, the role must be exactly this
	country  string   // if set, must match
	mentions []string // each must be the text of some mention
}

type officialCase struct {
	name   string
	blocks []string
	skip   []bool
	want   []wantOff
	not    []string // must not be reported (by surname)
	day    string   // the report's date (FindAt), "" none
}

func runCases(t *testing.T, cases []officialCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var day time.Time
			if c.day != "" {
				day, _ = time.Parse("2006-01-02", c.day)
			}
			got := FindAt(c.blocks, c.skip, day)
			checkMentions(t, c.blocks, c.skip, got)
			for _, w := range c.want {
				var o *Official
				for i := range got {
					if nameMatch(w.name, got[i].Name) {
						o = &got[i]
					}
				}
				if o == nil {
					t.Errorf("missed %s; got %s", w.name, summary(got))
					continue
				}
				if w.role != "" && !roleOK(w.role, o.Role) {
					t.Errorf("%s: role %q, want %q", w.name, o.Role, w.role)
				}
				if w.exact != "" && o.Role != w.exact {
					t.Errorf("%s: role %q, want exactly %q", w.name, o.Role, w.exact)
				}
				if w.country != "" && o.Country != w.country {
					t.Errorf("%s: country %q, want %q", w.name, o.Country, w.country)
				}
				for _, m := range w.mentions {
					found := false
					for _, g := range o.Mentions {
						found = found || g.Text == m
					}
					if !found {
						t.Errorf("%s: no mention %q in %v", w.name, m, o.Mentions)
					}
				}
			}
			for _, n := range c.not {
				for _, o := range got {
					if nameMatch(n, o.Name) {
						t.Errorf("%s reported as an official (%s)", n, o.Role)
					}
				}
			}
			if len(c.want) > 0 && len(got) != len(c.want) {
				t.Errorf("got %d officials, want %d: %s", len(got), len(c.want), summary(got))
			}
		})
	}
}

func summary(os []Official) string {
	var b []string
	for _, o := range os {
		b = append(b, o.Name+" ("+o.Role+")")
	}
	return strings.Join(b, "; ")
}

func TestTitleBeforeName(t *testing.T) {
	runCases(t, []officialCase{
		{name: "minister", blocks: []string{"Canadian Foreign Minister Marta Quill met reporters in Ottawa."},
			want: []wantOff{{name: "Marta Quill", exact: "Canadian Foreign Minister", country: "CA",
				mentions: []string{"Canadian Foreign Minister Marta Quill"}}}},
		{name: "US forms imply the country", blocks: []string{"Secretary of State Rhea Dunmore flew to Cairo, and Defense Secretary Owen Pratt stayed home."},
			want: []wantOff{{name: "Rhea Dunmore", exact: "U.S. Secretary of State", country: "US"},
				{name: "Owen Pratt", exact: "U.S. Defense Secretary", country: "US"}}},
		{name: "possessive country", blocks: []string{"Poland's President Jan Kowal signed the bill."},
			want: []wantOff{{name: "Jan Kowal", exact: "Polish President", country: "PL"}}},
		{name: "long office", blocks: []string{"Chief of the General Staff of the Brazilian Army Paulo Ramos arrived."},
			want: []wantOff{{name: "Paulo Ramos", role: "Chief of the General Staff of the Brazilian Army", country: "BR"}}},
		{name: "press secretary and spokesman", blocks: []string{"Pentagon press secretary Dale Irving and Kremlin spokesman Yuri Bask both declined to comment."},
			want: []wantOff{{name: "Dale Irving", exact: "Pentagon press secretary"}, {name: "Yuri Bask", exact: "Kremlin spokesman", country: "RU"}}},
		{name: "informal office", blocks: []string{"Pentagon chief Mara Linn visited troops."},
			want: []wantOff{{name: "Mara Linn", exact: "U.S. Secretary of Defense"}}},
		{name: "state qualifier", blocks: []string{"Ohio Gov. Tess Marlow vetoed it."},
			want: []wantOff{{name: "Tess Marlow", exact: "Ohio Governor", country: "US"}}},
		{name: "place before a strong title", blocks: []string{"Springfield Mayor Oona Platt cut the ribbon."},
			want: []wantOff{{name: "Oona Platt", exact: "Springfield Mayor"}}},
		{name: "bare President", blocks: []string{"President Harlan signed the order on Tuesday."},
			want: []wantOff{{name: "Harlan", exact: "President"}}},
		{name: "diacritics and rune offsets", blocks: []string{"Der Außenminister — Turkish Foreign Minister Mevlüt Çavuşoğlu said."},
			want: []wantOff{{name: "Mevlüt Çavuşoğlu", exact: "Turkish Foreign Minister", mentions: []string{"Turkish Foreign Minister Mevlüt Çavuşoğlu"}}}},
		{name: "names that are title or place words", blocks: []string{
			"Rep. Virginia Hale and West Virginia Gov. Jim Justice met Sen. Rob King.", "Justice said the Justice Department agreed."},
			want: []wantOff{{name: "Virginia Hale", exact: "U.S. Representative"}, {name: "Jim Justice", exact: "West Virginia Governor", mentions: []string{"Justice"}},
				{name: "Rob King", exact: "U.S. Senator"}}},
		{name: "particles", blocks: []string{"European Commission President Anna van der Hoek spoke."},
			want: []wantOff{{name: "Anna van der Hoek", role: "European Commission President"}}},
	})
}

func TestAbbreviations(t *testing.T) {
	runCases(t, []officialCase{
		{name: "ranks", blocks: []string{"Maj. Gen. Ivo Brandt and Adm. Lena Voss inspected the base with Lt. Col. Sam Ruiz."},
			want: []wantOff{{name: "Ivo Brandt", exact: "Major General"}, {name: "Lena Voss", exact: "Admiral"}, {name: "Sam Ruiz", exact: "Lieutenant Colonel"}}},
		{name: "office then rank", blocks: []string{"Pentagon Press Secretary Air Force Brig. Gen. Cy Dorn said so, as did Pentagon spokesperson Lt. Col. Ed R. Amos."},
			want: []wantOff{{name: "Cy Dorn", exact: "Air Force Brigadier General, Pentagon Press Secretary"}, {name: "Ed Amos", exact: "Lieutenant Colonel, Pentagon spokesperson"}}},
		{name: "general that is no rank", blocks: []string{"UN secretary general Abe Kolo and Attorney General Una Pratt met."},
			want: []wantOff{{name: "Abe Kolo", exact: "UN secretary general"}, {name: "Una Pratt", exact: "U.S. Attorney General"}}},
		{name: "legislators", blocks: []string{"Sen. Ada Morrow, R-Ohio, objected, and Rep. Cal Ferris (D-N.Y.) agreed."},
			want: []wantOff{{name: "Ada Morrow", exact: "U.S. Senator (R-Ohio)", country: "US"},
				{name: "Cal Ferris", exact: "U.S. Representative (D-N.Y.)"}}},
		{name: "service before rank", blocks: []string{"Air Force Gen. Bo Lindqvist takes over in June."},
			want: []wantOff{{name: "Bo Lindqvist", exact: "Air Force General"}}},
		{name: "sales rep is no legislator", blocks: []string{"Our sales rep Tom Baxter called."}, not: []string{"Tom Baxter"}},
	})
}

func TestAppositive(t *testing.T) {
	runCases(t, []officialCase{
		{name: "after, possessive", blocks: []string{"Tomas Reyes, Chile's interior minister, said the curfew would end."},
			want: []wantOff{{name: "Tomas Reyes", role: "Chilean interior minister", country: "CL", mentions: []string{"Tomas Reyes"}}}},
		{name: "after, article", blocks: []string{"“We are ready,” said Nora Blake, the deputy press secretary."},
			want: []wantOff{{name: "Nora Blake", role: "deputy press secretary"}}},
		{name: "honorific and appositive", blocks: []string{"Mr. Kolev, Bulgaria's defense minister, said so.", "Kolev left."},
			want: []wantOff{{name: "Kolev", exact: "Bulgarian defense minister", mentions: []string{"Mr. Kolev", "Kolev"}}}},
		{name: "after by", blocks: []string{"The talks were hosted by Gil Ames, the Belgian defense minister."},
			want: []wantOff{{name: "Gil Ames", role: "Belgian defense minister"}}},
		{name: "after, spokesperson for", blocks: []string{"Ike Moreno, a spokesman for the Justice Department, declined to comment."},
			want: []wantOff{{name: "Ike Moreno", role: "spokesman for the Justice Department"}}},
		{name: "who leads", blocks: []string{"The line falls under Navy Adm. Hal Wren, who commands all NATO forces in the Baltic."},
			want: []wantOff{{name: "Hal Wren", role: "Navy Admiral, commander of NATO forces in the Baltic"}}},
		{name: "descriptor before", blocks: []string{"The head of the National Police Agency, Gen. Rafa Ortiz, resigned."},
			want: []wantOff{{name: "Rafa Ortiz", exact: "General, head of the National Police Agency"}}},
		{name: "appositive then relative clause", blocks: []string{"“We are ready,” said Ned Pike, a retired Navy rear admiral who is now the Pentagon press secretary."},
			want: []wantOff{{name: "Ned Pike", exact: "Pentagon press secretary", country: "US"}}},
		{name: "whole title before, after the", blocks: []string{"The White House national security adviser, Jo Baird, flew in."},
			want: []wantOff{{name: "Jo Baird", exact: "White House national security adviser", country: "US"}}},
		{name: "title with country before, comma", blocks: []string{"Before the talks, Russia's defense minister, Ivan Kolev, warned the West."},
			want: []wantOff{{name: "Ivan Kolev", exact: "Russian defense minister"}}},
		{name: "strong title after the", blocks: []string{"The city's mayor, Rosa Lind, cut the ribbon."},
			want: []wantOff{{name: "Rosa Lind", role: "mayor"}}},
		{name: "of country after the name", blocks: []string{"Defense Minister Eli Dror of Israel met them."},
			want: []wantOff{{name: "Eli Dror", exact: "Israeli Defense Minister", country: "IL"}}},
		{name: "an official's own staff", blocks: []string{"Russian President Ivan Orlov's spokesman Petr Lis denied it."},
			want: []wantOff{{name: "Ivan Orlov", exact: "Russian President"}, {name: "Petr Lis", exact: "Orlov's spokesman"}}},
		{name: "company is not government", blocks: []string{"Lia Ward, vice president of Acme Rockets at Blue Harbor, said sales rose.",
			"Ben Ode, president of the American Widget Association, agreed."},
			not: []string{"Lia Ward", "Ben Ode"}},
	})
}

func TestCounterpart(t *testing.T) {
	runCases(t, []officialCase{
		{name: "named counterpart", blocks: []string{"French Defense Minister Luc Morel called his German counterpart Karl Stein on Monday."},
			want: []wantOff{{name: "Luc Morel", exact: "French Defense Minister"}, {name: "Karl Stein", exact: "German Defense Minister", country: "DE"}}},
		{name: "US style", blocks: []string{"Defense Minister Ali Kaya of Turkey spoke with his U.S. counterpart Jo Hart.",
			"Turkish Defense Minister Ali Kaya said later that Hart agreed."},
			want: []wantOff{{name: "Ali Kaya", role: "Turkish Defense Minister"}, {name: "Jo Hart", exact: "U.S. Secretary of Defense"}}},
		{name: "counterpart set off by a comma", blocks: []string{"U.S. Defense Secretary Mia Ross called her Chinese counterpart, Wei Lan, on Friday."},
			want: []wantOff{{name: "Mia Ross"}, {name: "Wei Lan", exact: "Chinese Defense Minister"}}},
		{name: "counterpart with a rank", blocks: []string{"Gen. Ty A. Moss, chairman of the Joint Chiefs of Staff, spoke with his Russian counterpart, Gen. Lev Orlov."},
			want: []wantOff{{name: "Ty Moss", exact: "General, chairman of the Joint Chiefs of Staff"},
				{name: "Lev Orlov", exact: "General, Russian counterpart of the chairman of the Joint Chiefs of Staff", country: "RU"}}},
		{name: "unnamed counterpart lends its country", blocks: []string{
			"Secretary of Defense Mia Ross spoke with her Chinese counterpart on Friday, her first call with Defense Minister Wei Lan since May."},
			want: []wantOff{{name: "Mia Ross", exact: "U.S. Secretary of Defense"}, {name: "Wei Lan", exact: "Chinese Defense Minister"}}},
	})
}

func TestCoreference(t *testing.T) {
	runCases(t, []officialCase{
		{name: "surname and honorific", blocks: []string{"Mayor Dana Cole opened the bridge.", "Ms. Cole said it was overdue.", "Cole later left."},
			want: []wantOff{{name: "Dana Cole", mentions: []string{"Mayor Dana Cole", "Ms. Cole", "Cole"}}}},
		{name: "headline before the full name", blocks: []string{"Interior Minister Holt Visits Flood Zone",
			"Dutch Interior Minister Petra Holt toured the flooded valley on Sunday."},
			want: []wantOff{{name: "Petra Holt", exact: "Dutch Interior Minister", mentions: []string{"Interior Minister Holt"}}}},
		{name: "title-case headline runs on", blocks: []string{"Finnish Prime Minister Aino Lehto Survives Vote",
			"Finnish Prime Minister Aino Lehto survived a vote on Tuesday."},
			want: []wantOff{{name: "Aino Lehto", mentions: []string{"Finnish Prime Minister Aino Lehto"}}}},
		{name: "bare role as a name", blocks: []string{"Estonian President, Latvian Envoy Meet in Tallinn",
			"Estonian President Kaja Tamm received envoy Ilze Berzina.", "The Estonian president later left."},
			want: []wantOff{{name: "Kaja Tamm", mentions: []string{"Estonian President", "The Estonian president"[4:]}}}},
		{name: "informal office used as a name", blocks: []string{"Pentagon chief speaks with Russian counterpart",
			"Pentagon chief Mara Linn spoke with her Russian counterpart, Defense Minister Oleg Rudin, on Friday."},
			want: []wantOff{{name: "Mara Linn", mentions: []string{"Pentagon chief"}}, {name: "Oleg Rudin", exact: "Russian Defense Minister", mentions: []string{"Russian counterpart"}}}},
		{name: "bare office without its country", blocks: []string{"U.S. Defense Secretary Jo Hart met Polish Defense Minister Ola Wik.",
			"The defense secretary said the deputy press secretary would brief.", "Deputy Press Secretary Kim Ray did."},
			want: []wantOff{{name: "Jo Hart", mentions: []string{"defense secretary"}}, {name: "Ola Wik"},
				{name: "Kim Ray", mentions: []string{"deputy press secretary"}}}},
		{name: "title plus surname", blocks: []string{"Secretary Brandt urged calm.", "Foreign Secretary Gil Brandt flew home."},
			want: []wantOff{{name: "Gil Brandt", mentions: []string{"Secretary Brandt", "Foreign Secretary Gil Brandt"}}}},
		{name: "family name first", blocks: []string{"Chinese President Xi Jinping met South Korean President Yoon Suk-yeol.", "Xi said Yoon agreed."},
			want: []wantOff{{name: "Xi Jinping", mentions: []string{"Xi"}}, {name: "Yoon Suk-yeol", mentions: []string{"Yoon"}}}},
		{name: "a namesake is someone else", blocks: []string{"Gov. Ray Tolliver spoke.", "His son Hunter Tolliver did not."},
			want: []wantOff{{name: "Ray Tolliver", mentions: []string{"Gov. Ray Tolliver"}}}},
	})
}

func TestNotOfficials(t *testing.T) {
	runCases(t, []officialCase{
		{name: "bylines and credits", blocks: []string{
			"Written by: Jane Holloway",
			"Prime Minister Ola Berg spoke. Ken Marsh / POOL / AFP",
			"Reuters' Dan Pike and Eve Stone contributed to this report.",
			"By Carl Hewitt"},
			want: []wantOff{{name: "Ola Berg"}},
			not:  []string{"Jane Holloway", "Ken Marsh", "Dan Pike", "Eve Stone", "Carl Hewitt"}},
		{name: "companies, teams, churches", blocks: []string{
			"Microsoft President Brad Smith spoke, and team captain Lee Park scored.",
			"San Francisco Archbishop Salvatore Cordileone said so.",
			"The Defense Intelligence Agency and the Black Sea Fleet.",
			"General Motors CEO Mary Barra and Premier League chief Rob Neal met.",
			"England captain Harry Vane scored; Captain Jim Kirk beamed up."},
			not: []string{"Brad Smith", "Lee Park", "Harry Vane", "Jim Kirk", "Salvatore Cordileone", "Mary Barra", "Motors", "League", "Rob Neal"}},
		{name: "former office holders are reported with their office", blocks: []string{"Former President Ada Lund, retired Gen. Bo Hale and ex-minister Ivo Sand spoke; Lund said more.",
			"Then-Vice President Carl Mott was there in 2014, said Sen. Pia Wold."},
			want: []wantOff{{name: "Ada Lund", exact: "Former President", mentions: []string{"Lund"}}, {name: "Bo Hale", role: "retired General"},
				{name: "Ivo Sand", exact: "ex-minister"}, {name: "Carl Mott", role: "Vice President"}, {name: "Pia Wold", role: "Senator"}}},
		{name: "company officers", blocks: []string{"Chief Executive Tim Crane said profits rose. Chief Operating Officer Ann Lutz agreed.",
			"\"We'd like to reduce debt,\" President Leo Marsh said, as the company sold assets."},
			not: []string{"Tim Crane", "Ann Lutz", "Leo Marsh"}},
		{name: "private people", blocks: []string{"Local resident Amy Frost, 42, said the shelling woke her."},
			not: []string{"Amy Frost"}},
	})
}

func TestSkip(t *testing.T) {
	blocks := []string{"Prime Minister Ola Berg spoke.", "Related: President Ivo Marr resigns", "Berg left."}
	got := Find(blocks, []bool{false, true})
	if len(got) != 1 || got[0].Name != "Ola Berg" || len(got[0].Mentions) != 2 {
		t.Fatalf("got %s", summary(got))
	}
	if Find(nil, nil) == nil {
		t.Error("Find(nil) should return an empty, non-nil slice")
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "Gen.", "President", "'s", "U.S.", "Sen. A, D-", "his Russian counterpart",
		"The head of the Agency, Lt. Gen. X Y,", "Mr.", "al-", "van der", "Jan.", "“Secretary Austin”", "D-Ill.", "—", "Ａ Ｂ"} {
		f.Add(s, "Russian Defense Minister Sergei Shoigu met Austin.")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		blocks := []string{a, b, a + " " + b}
		got := Find(blocks, []bool{false, true})
		checkMentions(t, blocks, []bool{false, true}, got)
	})
}
