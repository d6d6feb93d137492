package events

import (
	"testing"

	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/officials"
)

func TestInitiator(t *testing.T) {
	parties := []Party{{Name: "Lloyd Austin", Country: "US"}, {Name: "Sergei Shoigu", Country: "RU"}}
	cases := map[string]string{
		`The Russian ministry said the call happened "at the initiative of the American side".`: "US",
		"Shoigu initiated the call, the Pentagon said.":                                         "RU",
		"Pentagon officials said that Mr. Austin, who initiated the call, urged restraint.":     "US",
		"Russia's Ministry of Defense said the U.S initiated the call.":                         "US",
		"The two men spoke for an hour.":                                                        "",
	}
	for text, want := range cases {
		if got := initiatorOf(splitSentences([]string{text}, nil), parties); got != want {
			t.Errorf("%q: initiator %q, want %q", text, got, want)
		}
	}
}

func TestSentencesKeepAbbreviations(t *testing.T) {
	s := splitSentences([]string{"Lt. Gen. Scott Berrier spoke on Feb. 18 in the U.S. Capitol. Then he left."}, nil)
	if len(s) != 2 {
		t.Fatalf("%d sentences: %+v", len(s), s)
	}
}

// Build reads parties from the contact sentence, not from people quoted about it.
func TestBuildParties(t *testing.T) {
	blocks := []string{"Austin spoke Friday with Shoigu, Kirby said."}
	offs := []officials.Official{
		{Name: "Lloyd Austin", Country: "US", Mentions: []officials.Mention{{Block: 0, Start: 0, End: 6, Text: "Austin"}}},
		{Name: "Sergei Shoigu", Country: "RU", Mentions: []officials.Mention{{Block: 0, Start: 25, End: 31, Text: "Shoigu"}}},
		{Name: "John Kirby", Country: "US", Mentions: []officials.Mention{{Block: 0, Start: 33, End: 38, Text: "Kirby"}}},
	}
	ds := []dates.Timex{{Block: 0, Start: 13, End: 19, Text: "Friday", Type: "DATE", Value: "2022-05-13"}}
	fp := Build(Input{Blocks: blocks, Officials: offs, Dates: ds})
	if fp.Kind != "call" || len(fp.Parties) != 2 || fp.Day != "2022-05-13" {
		t.Fatalf("%+v", fp)
	}
}

// Known is what the batch benchmark keeps when it renames a page's words.
func TestKnown(t *testing.T) {
	for _, w := range []string{"phone", "Telephoned", "met", "counterpart", "readout", "video"} {
		if !Known(w) {
			t.Errorf("Known(%q) = false", w)
		}
	}
	for _, w := range []string{"earthquake", "netanyahu", ""} {
		if Known(w) {
			t.Errorf("Known(%q) = true", w)
		}
	}
}
