package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// One hand-written sentence per class. want lists "text|TYPE|value|mod" for every expression the
// sentence must yield, in order; an empty want means nothing may be tagged.
var regressionCases = []struct {
	sentence string
	want     []string
}{
	{"The treaty was signed on March 3, 2021.", []string{"March 3, 2021|DATE|2021-03-03|"}},
	{"The law took effect on 1 July 2020.", []string{"1 July 2020|DATE|2020-07-01|"}},
	{"The contract runs until 10/31/2023.", []string{"10/31/2023|DATE|2023-10-31|"}},
	{"Sales fell in September 2020.", []string{"September 2020|DATE|2020-09|"}},
	{"The minister resigned on Tuesday.", []string{"Tuesday|DATE|2022-10-18|"}},
	{"The talks will resume on Monday.", []string{"Monday|DATE|2022-10-24|"}},
	{"Officials met last week to discuss the plan.", []string{"last week|DATE|2022-W41|"}},
	{"The audit is due next month.", []string{"next month|DATE|2022-11|"}},
	{"Prices rose sharply last year.", []string{"last year|DATE|2021|"}},
	{"The company was founded three years ago.", []string{"three years ago|DATE|2019|"}},
	{"The plant closed nearly a decade ago.", []string{"nearly a decade ago|DATE|2012|APPROX"}},
	{"The siege lasted 45 days.", []string{"45 days|DURATION|P45D|"}},
	{"The vote took about two hours.", []string{"about two hours|DURATION|PT2H|APPROX"}},
	{"The program runs for two weeks.", []string{"two weeks|DURATION|P2W|"}},
	{"The session opened at 9:30 a.m. sharp.", []string{"9:30 a.m.|TIME|2022-10-21T09:30|"}},
	{"He spoke by phone Thursday night.", []string{"Thursday night|TIME|2022-10-20TNI|"}},
	{"The convoy left this morning.", []string{"this morning|TIME|2022-10-21TMO|"}},
	{"The council meets every Thursday.", []string{"every Thursday|SET|XXXX-WXX-4|"}},
	{"The index has been published daily since 2015.", []string{"daily|SET|P1D|", "2015|DATE|2015|"}},
	{"Revenue jumped in the second quarter.", []string{"the second quarter|DATE|2022-Q2|"}},
	{"The agency reported results for the third quarter of 2021.", []string{"the third quarter of 2021|DATE|2021-Q3|"}},
	{"Exports fell in fiscal 2021.", []string{"fiscal 2021|DATE|2021|"}},
	{"Inflation was low throughout the 1990s.", []string{"the 1990s|DATE|199|"}},
	{"The reform was announced in early March.", []string{"early March|DATE|2022-03|START"}},
	{"Negotiations stalled in late July.", []string{"late July|DATE|2022-07|END"}},
	{"Fighting intensified in mid-August.", []string{"mid-August|DATE|2022-08|MID"}},
	{"Earlier this year, the army retreated.", []string{"Earlier this year|DATE|2022|START"}},
	{"The bridge will reopen tomorrow.", []string{"tomorrow|DATE|2022-10-22|"}},
	{"The ceasefire held yesterday.", []string{"yesterday|DATE|2022-10-20|"}},
	{"Elections are planned for November.", []string{"November|DATE|2022-11|"}},
	{"The strike began in June.", []string{"June|DATE|2022-06|"}},
	{"Members may vote by proxy, and protesters will march on the capital.", nil},
	{"Theresa May met April Ryan.", nil},
	{"Every week, volunteers deliver food.", []string{"Every week|SET|P1W|"}},
	{"The 6-year-old boy and 2,000 troops arrived.", nil},
	{"The fund pays $500 million a year.", nil},
	{"The session lasts 10-15 minutes.", []string{"10-15 minutes|DURATION|PT10M|"}},
	{"The call lasted about half an hour; the war has gone on for 2½ months.", []string{"about half an hour|DURATION|PT30M|APPROX", "2½ months|DURATION|P2.5M|"}},
	{"Shoppers will crowd stores on Black Friday.", []string{"Black Friday|DATE|2022-11-25|"}},
	{"Follow @sunday_news and the RTX 2060 review.", nil},
	{"After the fall of the Soviet Union, the fall in prices deepened.", nil},
	{"He told the Sunday Times that the Good Friday Agreement holds.", nil},
	{"Austin Speaks With Shoigu On Friday For First Time", []string{"Friday|DATE|2022-10-21|"}},
	{"The plant will reopen in the fall.", []string{"the fall|DATE|2022-FA|"}},
	{"The hearing is set for the week of Nov. 7.", []string{"the week of Nov. 7|DATE|2022-W45|"}},
	{"Profit rose in the year ended June 30.", []string{"the year|DURATION|P1Y|", "June 30|DATE|2022-06-30|"}},
}

func TestRegression(t *testing.T) {
	dct := time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC) // a Friday
	for _, tc := range regressionCases {
		var got []string
		for _, x := range Tag([]string{tc.sentence}, dct, nil) {
			got = append(got, fmt.Sprintf("%s|%s|%s|%s", x.Text, x.Type, x.Value, x.Mod))
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q\n  want %q\n  got  %q", tc.sentence, tc.want, got)
		}
	}
}

// Without a publication date, relative values stay underspecified.
func TestUnknownDCT(t *testing.T) {
	cases := map[string]string{
		"He arrived on Friday.":           "XXXX-WXX-5",
		"The deal was signed on Feb. 18.": "XXXX-02-18",
		"The talks began in May.":         "XXXX-05",
		"Prices rose last year.":          "XXXX",
		"They met last week.":             "XXXX-WXX",
	}
	for s, want := range cases {
		got := Tag([]string{s}, time.Time{}, nil)
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("%q: want %s, got %+v", s, want, got)
		}
	}
}

func TestSkipAndOffsets(t *testing.T) {
	blocks := []string{"Menu – Friday", "Le président a parlé « vendredi » — no: he spoke Friday."}
	got := Tag(blocks, time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC), []bool{true})
	if len(got) != 1 || got[0].Block != 1 {
		t.Fatalf("got %+v", got)
	}
	rs := []rune(blocks[1])
	if string(rs[got[0].Start:got[0].End]) != "Friday" || got[0].Text != "Friday" {
		t.Errorf("rune offsets wrong: %+v", got[0])
	}
}

func TestTagDocOffsets(t *testing.T) {
	text := "\nThe company said Tuesday that profit rose.\nSales for the third quarter were flat.\n"
	got := TagDoc(text, time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC))
	rs := []rune(text)
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	for _, x := range got {
		if string(rs[x.Start:x.End]) != x.Text || x.Block != 0 {
			t.Errorf("bad span %+v", x)
		}
	}
	if got[0].Value != "1989-10-24" || got[1].Value != "1989-Q3" {
		t.Errorf("values: %+v", got)
	}
}

func TestDCTFromText(t *testing.T) {
	cases := []struct {
		blocks []string
		want   string
		block  int
	}{
		{[]string{"Headline here", "October 21, 2022", "The minister spoke Friday."}, "2022-10-21", 1},
		{[]string{"Headline", "Published May 13, 2022 at 4:05 p.m. ET", "Text."}, "2022-05-13", 1},
		{[]string{"WASHINGTON, May 13 (Reuters) - Defense Secretary Lloyd Austin spoke on Friday.", "© 2022 Reuters"}, "2022-05-13", 0},
		{[]string{"No date in this report, which mentions 1990 only as history."}, "", -1},
		// Bylines and datelines of many shapes, each with a body sentence that names another day.
		{[]string{"Leaders talk trade", "March 3, 2021 09:15 am | Updated 11:02 am IST - Mumbai", "They spoke on March 2, 2021 about a visit planned for the summer and many other subjects of the talks."}, "2021-03-03", 1},
		{[]string{"Talks held", "08:05 GMT 04.06.2021 (Updated: 09:40 GMT 04.06.2021)", "The call on June 1, 2021 was long."}, "2021-06-04", 1},
		{[]string{"Talks held", "by Ann Writer June 7, 2021 3:10 PM (Updated: ) 3 min read", "The call on June 1, 2021 was long."}, "2021-06-07", 1},
		{[]string{"Talks held", "Xinhua) 07:45, March 09, 2021", "The call on March 8, 2021 was long."}, "2021-03-09", 1},
		{[]string{"PARIS/BERLIN, 9 March 2021 (ABC): The two ministers spoke by phone on the evening of March 8, 2021, about the pipeline, the summit and trade."}, "2021-03-09", 0},
		{[]string{"Talks held", "By | Tuesday, 9 March 2021 06:30 AM EST", "The call on March 8, 2021 was long."}, "2021-03-09", 1},
		{[]string{"Talks held", "2021-03-09 10:20", "The call on March 8, 2021 was long."}, "2021-03-09", 1},
		{[]string{"Talks held", "Published Date: 3/9/2021"}, "2021-03-09", 1},
		{[]string{"Talks held", "9 MAR 21 10:01 ET"}, "2021-03-09", 1},
		{[]string{"March 8 (AP) -- The minister spoke by phone on Monday with his counterpart about the pipeline.", "A photo of the March 1, 2021 meeting."}, "2021-03-08", 0},
		{[]string{"ROME, March 9. /ABC/. The ministers held talks by phone, the ministry said, the first since the summit in 2021."}, "2021-03-09", 0},
		// British numeric day first (no month 13), and a full month written with a period.
		{[]string{"Talks held", "13/05/2022", "The call on Friday was long."}, "2022-05-13", 1},
		{[]string{"Talks held", "May. 13, 2022", "The call on Friday was long."}, "2022-05-13", 1},
		{[]string{"Talks held", "Updated 1449 GMT (2249 HKT) May 13, 2022", "The call on Friday was long."}, "2022-05-13", 1},
		{[]string{"Talks held", "Story by Jane Doe • 1h • May 13, 2022", "The call on Friday was long."}, "2022-05-13", 1},
		{[]string{"Talks held", "13-May-2022", "The call on Friday was long."}, "2022-05-13", 1},
		{[]string{"Talks held", "2022/05/13", "The call on Friday was long."}, "2022-05-13", 1},
		{[]string{"Talks held", "Posted on 05.13.2022", "The call on Friday was long."}, "2022-05-13", 1},
		// A dated headline list after the article is not the article's date.
		{[]string{"Headline", "The minister spoke on Friday with his counterpart about trade and the summit next month.", "March 1, 2021"}, "", -1},
	}
	for _, tc := range cases {
		var skip []bool
		if strings.HasPrefix(tc.blocks[len(tc.blocks)-1], "March 1, 2021") {
			skip = []bool{false, false, true}
		}
		d, b, ok := DCTFromText(tc.blocks, skip)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want || b != tc.block {
			t.Errorf("%q: want %s@%d, got %s@%d", tc.blocks, tc.want, tc.block, got, b)
		}
	}
}

// TestDCTFromTextHow: a wire dateline's year is taken from elsewhere in the text, and said so.
func TestDCTFromTextHow(t *testing.T) {
	for _, tc := range []struct {
		blocks []string
		how    string
	}{
		{[]string{"Talks held", "Published Date: 3/9/2021"}, "dateline"},
		{[]string{"ROME, March 9. /ABC/. The ministers held talks by phone.", "Trade between them doubled in 2020."}, "wire"},
		{[]string{"No date here."}, ""},
	} {
		if _, _, how, _ := DCTFromTextHow(tc.blocks, nil); how != tc.how {
			t.Errorf("%q: how %q, want %q", tc.blocks, how, tc.how)
		}
	}
}

// TestBodyDate: with no byline or dateline, the latest whole day the article names.
func TestBodyDate(t *testing.T) {
	blocks := []string{"Leaders spoke", "On Sunday, October 8th, 2021, the minister called his counterpart.", "They last met on May 2, 2021.", "March 1, 2022"}
	d, b, ok := BodyDate(blocks, []bool{false, false, false, true})
	if !ok || d.Format("2006-01-02") != "2021-10-08" || b != 1 {
		t.Errorf("BodyDate = %s@%d %v, want 2021-10-08@1", d.Format("2006-01-02"), b, ok)
	}
	if _, _, ok := BodyDate([]string{"They spoke on Friday, the ministry said."}, nil); ok {
		t.Error("a weekday alone is no body date")
	}
}

// TestDateWithClock: a day followed by its clock time is one TIME, as bylines write it; a
// number after a date is not a time, nor is a zone's offset.
func TestDateWithClock(t *testing.T) {
	cases := []struct{ text, want string }{
		{"March 3, 2021 09:15 am | Updated", "March 3, 2021 09:15 am=TIME:2021-03-03T09:15"},
		{"18.03.2021 20:30", "18.03.2021 20:30=TIME:2021-03-18T20:30"},
		{"Tuesday, 9 March 2021 06:30 AM EST", "Tuesday, 9 March 2021 06:30 AM EST=TIME:2021-03-09T06:30"},
		{"5/13/2022, at 12:49 p.m.", "5/13/2022, at 12:49 p.m.=TIME:2022-05-13T12:49"},
		{"08:05 GMT 04.06.2021", "08:05 GMT 04.06.2021=TIME:2021-06-04T08:05"},
		{"On May 13, 2022, 12 people died.", "May 13, 2022=DATE:2022-05-13"},
		{"9 March 2021 08:30 (UTC+04:00)", "9 March 2021 08:30=TIME:2021-03-09T08:30"},
		{"On 19.05.2025 they met.", "19.05.2025=DATE:2025-05-19"},
	}
	checkTags(t, time.Time{}, cases)
}

// checkTags tags each text alone and compares "text=TYPE:value; …".
func checkTags(t *testing.T, dct time.Time, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, x := range Tag([]string{tc.text}, dct, nil) {
			got = append(got, x.Text+"="+x.Type+":"+x.Value)
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, strings.Join(got, "; "), tc.want)
		}
	}
}

// The whole TimeBank-sized workload must stay linear: a long synthetic text tags quickly.
func BenchmarkTagDoc(b *testing.B) {
	text := strings.Repeat("The company said Tuesday that third-quarter profit rose 12% from a year earlier, and it expects results in early November. ", 400)
	dct := time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)
	for i := 0; i < b.N; i++ {
		TagDoc(text, dct)
	}
}

// Every truncation of tricky inputs must tag without panicking and with consistent spans.
func TestTruncationsDoNotPanic(t *testing.T) {
	inputs := []string{
		"It rose 2 1/2 years after 10:35 a.m. (0735 GMT) Friday, Oct. 23, 1998, at 4 in the morning.",
		"The 1988 third quarter, the year-earlier period and fiscal-first quarter of fiscal 1990 a year ago.",
		"Every other week, twice a year, the weeks ahead, over the years, for decades, recent months.",
		"WASHINGTON, May 13 (Reuters) - nineteen ninety-six, the year two thousand, the winter of 1994.",
		"mid-afternoon yesterday, this past spring, the end of the month, last Oct. 23, year's end '90s",
		"’ ‘ — – … « » 2022-10-21T14:00 10/21/22 May.",
	}
	for _, in := range inputs {
		rs := []rune(in)
		for n := 0; n <= len(rs); n++ {
			text := string(rs[:n])
			for _, dct := range []time.Time{{}, time.Date(1998, 10, 25, 0, 0, 0, 0, time.UTC)} {
				for _, x := range TagDoc(text, dct) {
					sub := []rune(text)
					if x.Start < 0 || x.End > len(sub) || x.Start >= x.End || string(sub[x.Start:x.End]) != x.Text {
						t.Fatalf("bad span %+v in %q", x, text)
					}
				}
				Tag([]string{text, text}, dct, []bool{false, true})
			}
		}
	}
}

// FuzzTagDoc: no input may panic or produce a span that does not match its text.
func FuzzTagDoc(f *testing.F) {
	for _, tc := range regressionCases {
		f.Add(tc.sentence)
	}
	f.Add("10:35 a.m. (0735 GMT) Friday, the year-earlier third quarter, 2 1/2 years, '90s")
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		for _, x := range TagDoc(text, time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC)) {
			if x.Start < 0 || x.End > len(rs) || x.Start >= x.End || string(rs[x.Start:x.End]) != x.Text {
				t.Fatalf("bad span %+v", x)
			}
		}
	})
}

func TestHolidays(t *testing.T) {
	dct := time.Date(2019, 11, 15, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"Shoppers will line up for Black Friday deals.": "2019-11-29",
		"Sales will peak on Cyber Monday.":              "2019-12-02",
		"Stores will close on Good Friday.":             "2020-04-10",
		"The family met at Easter.":                     "2019-04-21",
		"The vote is set for Election Day.":             "2019-11-05",
	}
	for s, want := range cases {
		got := Tag([]string{s}, dct, nil)
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("%q: want %s, got %+v", s, want, got)
		}
	}
}

// TestCallReportDates: the expression classes the call reports showed (testdata/calls-reports/ERRORS.md).
func TestCallReportDates(t *testing.T) {
	dct := time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct{ text, want string }{
		{"They have spoken often since Oct. 7, officials said.", "Oct. 7=DATE:2023-10-07"},
		{"Roe told Lee on Friday that the talks will resume.", "Friday=DATE:2024-09-13"},
		{"The call lasted approximately one hour and 15 minutes.", "approximately one hour and 15 minutes=DURATION:PT1H15M"},
		{"They talked for an hour and a half.", "an hour and a half=DURATION:PT1H30M"},
		{"He spoke on the evening of September 12, 2024.", "the evening of September 12, 2024=TIME:2024-09-12TEV"},
		{"He landed on Sunday and earlier in the day met aides.", "Sunday=DATE:2024-09-15; earlier in the day=DATE:2024-09-15"},
		{"They met on Sept. 10 and again the following day.", "Sept. 10=DATE:2024-09-10; the following day=DATE:2024-09-11"},
		{"Moscow will answer Kyiv's weekend drone strike.", "weekend=DATE:2024-W37-WE"},
		{"(Agency - 04th September, 2024) The minister", "04th September, 2024=DATE:2024-09-04"},
		{"They sat down for an hourlong meeting.", "hourlong=DURATION:PT1H"},
		{"The leaders spoke on Friday, 13 September.", "Friday, 13 September=DATE:2024-09-13"},
	}
	checkTags(t, dct, cases)
}

// Known is what the batch benchmark keeps when it renames a page's words.
func TestKnown(t *testing.T) {
	for _, w := range []string{"monday", "ago", "morning", "sept", "twenty", "weekly"} {
		if !Known(w) {
			t.Errorf("Known(%q) = false", w)
		}
	}
	for _, w := range []string{"earthquake", "netanyahu"} {
		if Known(w) {
			t.Errorf("Known(%q) = true", w)
		}
	}
}
