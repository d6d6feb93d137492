package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(args, strings.NewReader(""), &out)
	return out.String(), err
}

// The acceptance command of issue 3: annotate seed 000 without a date; links name 001 and 003 only.
func TestAnnotateSeed000(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/seeds/000_*.txt")
	out, err := runCLI(t, "annotate", files[0])
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		DCT       string            `json:"dct"`
		DCTSource string            `json:"dct_source"`
		Blocks    []json.RawMessage `json:"blocks"`
		Officials []json.RawMessage `json:"officials"`
		Dates     []json.RawMessage `json:"dates"`
		Event     map[string]any    `json:"event"`
		Links     []struct {
			Report string  `json:"report"`
			Title  string  `json:"title"`
			Score  float64 `json:"score"`
		} `json:"links"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range res.Links {
		ids = append(ids, l.Report[:3])
	}
	sort.Strings(ids)
	if strings.Join(ids, ",") != "001,003" || res.DCT == "" || res.DCTSource == "" || len(res.Blocks) == 0 || len(res.Officials) == 0 || len(res.Dates) == 0 || res.Event == nil {
		t.Fatalf("links %v dct %s/%s blocks %d officials %d dates %d", ids, res.DCT, res.DCTSource, len(res.Blocks), len(res.Officials), len(res.Dates))
	}
}

func TestLinkSeedsTwoGroups(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/seeds/*.txt")
	res := linkFiles(t, files)
	want := map[string]string{"000": "001,003", "001": "000,003", "003": "000,001", "002": "004", "004": "002"}
	for f, e := range res {
		var got []string
		for _, x := range e.SameEvent {
			got = append(got, filepath.Base(x)[:3])
		}
		sort.Strings(got)
		if id := filepath.Base(f)[:3]; strings.Join(got, ",") != want[id] {
			t.Errorf("%s links %v, want %s", id, got, want[id])
		}
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.png")
	os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1}, 0o644)
	for _, args := range [][]string{{}, {"nope"}, {"annotate"}, {"annotate", filepath.Join(dir, "missing.txt")},
		{"annotate", dir}, {"annotate", bin}, {"annotate", "--dct", "13 May", bin}, {"extract", bin}, {"timex", dir}} {
		_, err := runCLI(t, args...)
		if err == nil {
			t.Errorf("%v: no error", args)
			continue
		}
		if msg := err.Error(); strings.Contains(msg, "goroutine") || msg == "" {
			t.Errorf("%v: %q", args, msg)
		}
	}
}

// linkFiles runs `crossread link` on files and returns each file's same_event list.
func linkFiles(t *testing.T, files []string) map[string]struct {
	SameEvent []string `json:"same_event"`
} {
	t.Helper()
	out, err := runCLI(t, append([]string{"link"}, files...)...)
	if err != nil {
		t.Fatal(err)
	}
	var res map[string]struct {
		SameEvent []string `json:"same_event"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	return res
}
