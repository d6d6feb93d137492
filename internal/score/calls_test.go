package score

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/annotate"
)

// The call reports are read from ../shared/bench/calls at test time (they are not ours to copy);
// the labels are testdata/calls-reports/{dev,held}.json.
var callsDir = filepath.Join("..", "..", "..", "shared", "bench", "calls")

func loadGold(t *testing.T, name string) map[string]Gold {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "calls-reports", name))
	if err != nil {
		t.Fatal(err)
	}
	var g map[string]Gold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

func callText(t *testing.T, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(callsDir, file))
	if err != nil {
		if os.IsNotExist(err) && os.Getenv("CI") == "" {
			t.Skipf("no %s: the shared bench is not beside this checkout", callsDir)
		}
		t.Fatal(err)
	}
	return b
}

func sortedNames(g map[string]Gold) []string {
	var out []string
	for f := range g {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// scoreSet annotates every labelled report with its date given (--dct), as `score-crossread
// reports` does.
func scoreSet(t *testing.T, g map[string]Gold) *Tally {
	var tl Tally
	for _, f := range sortedNames(g) {
		res, err := annotate.Bytes(callText(t, f), f, annotate.Options{DCT: g[f].DCT})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		offs, dates := content(res)
		tl.Add(f, g[f], offs, dates)
	}
	return &tl
}

// floor is what a set must keep: the figures reached, so a change that loses any fails here.
type floor struct{ P, R, Role, DateValue float64 }

func checkFloor(t *testing.T, set string, tl *Tally, min floor) {
	f := tl.Figures()
	t.Logf("%s: %s", set, f)
	for _, l := range [][]string{tl.Miss, tl.FP, tl.RoleBad, tl.DateValBad} {
		for _, e := range l {
			t.Log("  ", e)
		}
	}
	if f.P < min.P || f.R < min.R || f.Role < min.Role || f.DateValue < min.DateValue {
		t.Errorf("%s fell below its floor %+v: %s", set, min, f)
	}
}

func TestCallReportsDEV(t *testing.T) {
	checkFloor(t, "calls DEV", scoreSet(t, loadGold(t, "dev.json")), devFloor)
}

func TestCallReportsHeldOut(t *testing.T) {
	checkFloor(t, "calls held-out", scoreSet(t, loadGold(t, "held.json")), heldFloor)
}

// TestCallReportsOwnDate: every report whose page shows its date gets that date, with nothing
// given and not from the reading day: the dump's recorded date where it has one, else the day
// of the byline or dateline the labels point at (dct_line, dct_text).
func TestCallReportsOwnDate(t *testing.T) {
	for _, set := range []string{"dev.json", "held.json"} {
		g := loadGold(t, set)
		shown, right := 0, 0
		for _, f := range sortedNames(g) {
			text := callText(t, f)
			want := ""
			if m := dumpDate.FindSubmatch(text); m != nil {
				want = string(m[1])
			} else if want = shownDay(g[f]); want == "" {
				continue
			}
			shown++
			res, err := annotate.Bytes(text, f, annotate.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if want != "" && g[f].DCTText != nil && dumpDate.Find(text) == nil && !yearShown.MatchString(*g[f].DCTText) {
				// "MOSCOW, August 2. /TASS/." with no year on the page: the day must be right,
				// the year is a guess.
				want, res.DCT = want[5:], res.DCT[5:]
			}
			if res.DCTSource == "today" || res.DCT != want {
				t.Errorf("%s %s: dct %s from %s, the page shows %s", set, f, res.DCT, res.DCTSource, want)
				continue
			}
			right++
		}
		t.Logf("%s: own date right on %d of %d reports that show one", set, right, shown)
	}
}

// yearShown: the shown date writes its year ("2022", "19.05.25", "5/13/22").
var yearShown = regexp.MustCompile(`\d{4}|\d[./]\d\d?[./]\d\d`)

var dumpDate = regexp.MustCompile(`^ date (\d{4}-\d\d-\d\d)[ \n]`)

// shownDay is the day of the labelled date at the report's dct_line that holds dct_text.
func shownDay(g Gold) string {
	if g.DCTLine == nil || g.DCTText == nil {
		return ""
	}
	for _, d := range g.Dates {
		if d.Line == *g.DCTLine && (strings.Contains(*g.DCTText, d.Text) || strings.Contains(d.Text, *g.DCTText)) && len(d.Value) >= 10 {
			return d.Value[:10]
		}
	}
	return ""
}

// content is what the external scorer reads of a result: the officials with a mention outside
// boilerplate (only those mentions), and the dates outside boilerplate.
func content(res *annotate.Result) ([]Found, []FoundDate) {
	bp := map[int]bool{}
	for _, b := range res.Blocks {
		bp[b.ID] = b.Boilerplate
	}
	var offs []Found
	for _, o := range res.Officials {
		var ms []string
		for _, m := range o.Mentions {
			if !bp[m.Block] {
				ms = append(ms, m.Text)
			}
		}
		if len(ms) > 0 {
			offs = append(offs, Found{Name: o.Name, Role: o.Role, Mentions: ms})
		}
	}
	var ds []FoundDate
	for _, d := range res.Dates {
		if !bp[d.Block] {
			ds = append(ds, FoundDate{Text: d.Text, Value: d.Value})
		}
	}
	return offs, ds
}
