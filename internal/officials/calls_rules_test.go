package officials

import "testing"

// Made-up sentences for the error classes of the call reports
// (testdata/calls-reports/ERRORS.md), with the near misses that must stay out.

func TestOneOfficePerCountryOfAPair(t *testing.T) {
	runCases(t, []officialCase{
		{name: "adjectives before a plural office", blocks: []string{"Chilean and Peruvian Presidents Ana Ruiz and Tomas Vega spoke by telephone."},
			want: []wantOff{{name: "Ana Ruiz", exact: "Chilean President", country: "CL"}, {name: "Tomas Vega", exact: "Peruvian President", country: "PE"}}},
		{name: "countries after the office", blocks: []string{"The Prime Ministers of Norway and the Netherlands Eva Lund and Piet Smit had a call."},
			want: []wantOff{{name: "Eva Lund", exact: "Prime Minister of Norway"}, {name: "Piet Smit", exact: "Prime Minister of the Netherlands"}}},
		{name: "shared title words", blocks: []string{"The Greek and Cypriot foreign ministers Nikos Aris and Eleni Kosta met."},
			want: []wantOff{{name: "Nikos Aris", exact: "Greek foreign minister"}, {name: "Eleni Kosta", exact: "Cypriot foreign minister"}}},
		{name: "one name after a plural is not a pair", blocks: []string{"Chilean and Peruvian presidents have met; Ana Ruiz was not there."},
			not: []string{"Ruiz"}},
	})
}

func TestOfficesStatedOtherwise(t *testing.T) {
	runCases(t, []officialCase{
		{name: "ordinal in a predicate", blocks: []string{"Hours after Sam Ortega was sworn in as the 12th president of Chile, the talks began."},
			want: []wantOff{{name: "Sam Ortega", role: "president of Chile", country: "CL"}}},
		{name: "a country's office opening a readout sentence", blocks: []string{
			"Ivan Petrov had a telephone conversation with Prime Minister of Norway Eva Lund.",
			"The President of Russia congratulated Eva Lund on the result."},
			want: []wantOff{{name: "Ivan Petrov", exact: "President of Russia", country: "RU"}, {name: "Eva Lund", role: "Prime Minister of Norway"}}},
		{name: "readout sentence with two unplaced people is left alone", blocks: []string{
			"Ivan Petrov spoke with Olga Sidorova.",
			"The President of Russia congratulated her."},
			not: []string{"Petrov", "Sidorova"}},
		{name: "a country's office's staff", blocks: []string{"The Chilean President's Spokesperson Rosa Diaz declined to comment."},
			want: []wantOff{{name: "Rosa Diaz", exact: "Chilean President's Spokesperson", country: "CL"}}},
		{name: "policy words in a title", blocks: []string{"Kremlin foreign policy aide Ivan Sokolov said the talks went well."},
			want: []wantOff{{name: "Ivan Sokolov", role: "Kremlin foreign policy aide"}}},
		{name: "PM, not a clock", blocks: []string{"PM Rao spoke with President Ruiz at 4 PM Monday."},
			want: []wantOff{{name: "Rao", exact: "Prime Minister", mentions: []string{"PM Rao"}}, {name: "Ruiz", exact: "President"}}},
		{name: "an office in its own language (Ireland's Taoiseach)", blocks: []string{"Taoiseach Aoife Byrne met Prime Minister Tom Hale in Belfast."},
			want: []wantOff{{name: "Aoife Byrne", exact: "Taoiseach"}, {name: "Tom Hale", exact: "Prime Minister"}}},
		{name: "a superlative in an appositive", blocks: []string{"Li Wen, China's most senior foreign-policy official, spoke in Munich."},
			want: []wantOff{{name: "Li Wen", role: "China's most senior foreign-policy official", country: "CN"}}},
		{name: "an office of a body's office", blocks: []string{"Director of the Office of the Central Commission for Foreign Affairs Li Wen spoke by phone."},
			want: []wantOff{{name: "Li Wen", role: "Director of the Office of the Central Commission for Foreign Affairs"}}},
		{name: "country names with of and a possessive", blocks: []string{"He spoke with General Bo Lee, Minister of National Defense of the People's Republic of China."},
			want: []wantOff{{name: "Bo Lee", role: "Minister of National Defense of the People's Republic of China", country: "CN"}}},
		{name: "a quoted government spokesman", blocks: []string{"Secretary of State Ann Roe met her counterpart.", "“It must not happen again,” spokesman Tim Vance said."},
			want: []wantOff{{name: "Tim Vance", exact: "spokesman"}, {name: "Ann Roe", role: "Secretary of State"}}},
		{name: "a company's quoted spokesman is not one", blocks: []string{"Acme shares fell.", "“We regret it,” spokesman Tim Vance said."},
			not: []string{"Vance"}},
		{name: "an adviser to the president is the adviser", blocks: []string{"National Security Advisor to the Chilean President Ana Ruiz spoke with Lee."},
			want: []wantOff{{name: "Ana Ruiz", exact: "National Security Advisor to the Chilean President"}}},
		{name: "a spokesperson for a general is not the general's title", blocks: []string{"A spokesperson for General Ann Lee said nothing."},
			want: []wantOff{{name: "Ann Lee", exact: "General"}}},
		{name: "an aide to a vice president", blocks: []string{"Jo Kim, an aide to Vice President Mike Pell, left."},
			want: []wantOff{{name: "Jo Kim", role: "aide to Vice President Pell"}, {name: "Mike Pell", exact: "Vice President"}}},
		{name: "a country as a first name", blocks: []string{"Chilean Defense Minister Chile Ortega visited the base."},
			want: []wantOff{{name: "Chile Ortega", exact: "Chilean Defense Minister"}}},
		{name: "external affairs", blocks: []string{"Indian External Affairs Minister R. Kumar spoke."},
			want: []wantOff{{name: "R. Kumar", exact: "Indian External Affairs Minister"}}},
		{name: "initials in capitals", blocks: []string{"Vice President JD Vance met Gen. CQ Brown, Jr., and the UN Secretary-General Ana Ruiz."},
			want: []wantOff{{name: "JD Vance", exact: "Vice President"}, {name: "CQ Brown, Jr.", role: "General"}, {name: "Ana Ruiz", role: "UN Secretary-General"}}},
		{name: "an initial alone is no name", blocks: []string{"Lt. Col. A., the unit's commander, was not named."},
			not: []string{"A."}},
	})
}

func TestOnePersonPerSpelling(t *testing.T) {
	runCases(t, []officialCase{
		{name: "transliterations", blocks: []string{"Russian Defence Minister Sergey Shoygu spoke.", "Sergei Shoigu said later that Shoygu's aides agreed."},
			want: []wantOff{{name: "Sergey Shoygu", mentions: []string{"Russian Defence Minister Sergey Shoygu", "Sergei Shoigu", "Shoygu"}}}},
		{name: "a slip of a long surname", blocks: []string{"General Valery Gerasimov attended.", "Gerasimo said nothing."},
			want: []wantOff{{name: "Valery Gerasimov", mentions: []string{"Gerasimo"}}}},
		{name: "a short form of the first name", blocks: []string{"National Security Adviser Michael Waltz joined.", "U.S. national security adviser Mike Waltz said so."},
			want: []wantOff{{name: "Michael Waltz", mentions: []string{"U.S. national security adviser Mike Waltz"}}}},
		{name: "family name with a title", blocks: []string{"Chinese President Xi Jinping spoke.", "Chairman Xi said the ties were strong."},
			want: []wantOff{{name: "Xi Jinping", mentions: []string{"Chairman Xi"}}}, not: []string{"Chairman"}},
		{name: "the headline's full name for a surname with a title", blocks: []string{"Readout of Secretary of Defense Ann B. Roe III's Call With Minister Lee",
			"Secretary Roe spoke this morning with Minister Bo Lee."},
			want: []wantOff{{name: "Ann B. Roe III", role: "Secretary of Defense"}, {name: "Bo Lee", role: "Minister"}}},
		{name: "different first names stay two people", blocks: []string{"Senator Ann Kerr and Governor Tom Kerr met."},
			want: []wantOff{{name: "Ann Kerr"}, {name: "Tom Kerr"}}},
		{name: "short surnames are no slips", blocks: []string{"Minister Ana Lima met Minister Ana Lama."},
			want: []wantOff{{name: "Ana Lima"}, {name: "Ana Lama"}}},
	})
}

func TestRecordOfHeadsOfState(t *testing.T) {
	runCases(t, []officialCase{
		{name: "a sitting head named without office", day: "2023-03-01", blocks: []string{"Erdogan told reporters the grain deal would hold."},
			want: []wantOff{{name: "Erdogan", exact: "Turkish President", country: "TR"}}},
		{name: "the text's office wins", day: "2023-03-01", blocks: []string{"Recep Tayyip Erdogan, the Turkish leader, spoke."},
			want: []wantOff{{name: "Recep Tayyip Erdogan", exact: "Turkish leader"}}},
		{name: "not on another day", day: "2023-03-01", blocks: []string{"Shinzo Abe was remembered at the ceremony."},
			not: []string{"Abe"}},
		{name: "no day, no record", blocks: []string{"Erdogan told reporters the grain deal would hold."},
			not: []string{"Erdogan"}},
		{name: "a name as an adjective", day: "2023-03-01", blocks: []string{"The Erdogan government denied it."},
			not: []string{"Erdogan"}},
		{name: "a namesake with another first name", day: "2023-03-01", blocks: []string{"Emine Erdogan visited a school."},
			not: []string{"Erdogan"}},
	})
}

func TestCountryOf(t *testing.T) {
	for w, want := range map[string]string{"turkish": "TR", "south korea": "KR", "u.s": "US", "kremlin": "RU", "new delhi": "IN", "brazilian": "BR"} {
		if got, ok := CountryOf(w); !ok || got != want {
			t.Errorf("CountryOf(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	if _, ok := CountryOf("phone"); ok {
		t.Error("a word that names no state")
	}
}
