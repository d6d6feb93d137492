// Package batchtest runs the built `crossread batch` binary (make batch-bin)
// on real pages: the test binary itself links no Beam, so Beam is built once.
package batchtest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/doc"
	"github.com/crossread/crossread/internal/link"
)

var shared = filepath.Join("..", "..", "..", "shared", "bench")

// bin is the batch binary: $CROSSREAD_BATCH (make test-batch sets it).
func bin(t *testing.T, env string) string {
	t.Helper()
	b := os.Getenv(env)
	if b == "" {
		t.Skipf("$%s not set: run through make test-batch", env)
	}
	abs, err := filepath.Abs(b)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

func needShared(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no %s", dir)
		}
		t.Skipf("no %s beside this checkout", dir)
	}
}

var today = time.Now().UTC().Format("2006-01-02")

// runBatch runs the pipeline and returns its stderr (timing and counters).
func runBatch(t *testing.T, input, out string, extra ...string) string {
	t.Helper()
	args := append([]string{"--input", input, "--output", out, "--today", today}, extra...)
	cmd := exec.Command(bin(t, "CROSSREAD_BATCH"), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("batch %v: %v\n%s", args, err, tail(stderr.String()))
	}
	return stderr.String()
}

func tail(s string) string {
	if len(s) > 4000 {
		return s[len(s)-4000:]
	}
	return s
}

// counter reads one counter from the batch's stderr.
func counter(t *testing.T, log, name string) int {
	t.Helper()
	for _, l := range strings.Split(log, "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && f[0] == name {
			var v int
			fmt.Sscan(f[1], &v)
			return v
		}
	}
	return 0
}

type eventLine struct {
	ID      string `json:"id"`
	Reports []struct {
		URL    string `json:"url"`
		CopyOf string `json:"copy_of"`
	} `json:"reports"`
	Facts map[string]map[string][]string `json:"facts"`
}

func readEvents(t *testing.T, path string) []eventLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []eventLine
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var e eventLine
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, e)
	}
	return out
}

// linkGroups is `crossread link` over the files in file order (cmdLink is
// link.Read, link.Weigh, link.CallGroups and link.Group): its groups of two or more.
func linkGroups(t *testing.T, files []string) [][]string {
	t.Helper()
	day, _ := time.Parse("2006-01-02", today)
	rs := make([]link.Report, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := doc.Parse(data, f, "")
		if err != nil {
			t.Fatal(err)
		}
		rs[i], _ = link.Read(d, annotate.Options{Today: day})
	}
	link.Weigh(rs)
	group := link.Group(rs, link.CallGroups(rs))
	by := map[int][]string{}
	for i, g := range group {
		by[g] = append(by[g], filepath.Base(files[i]))
	}
	var out [][]string
	for _, m := range by {
		if len(m) > 1 {
			out = append(out, m)
		}
	}
	return canon(out)
}

func canon(gs [][]string) [][]string {
	for _, g := range gs {
		sort.Strings(g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	return gs
}

func batchGroups(evs []eventLine) [][]string {
	var out [][]string
	for _, e := range evs {
		var g []string
		for _, r := range e.Reports {
			g = append(g, r.URL)
		}
		out = append(out, g)
	}
	return canon(out)
}

// The pipeline's groups equal `crossread link`'s on both shared sets.
func TestSameGroupsAsLink(t *testing.T) {
	for _, set := range []string{"calls", "events/docs"} {
		t.Run(strings.ReplaceAll(set, "/", "_"), func(t *testing.T) {
			dir := filepath.Join(shared, set)
			needShared(t, dir)
			files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			sort.Strings(files)
			out := t.TempDir()
			log := runBatch(t, dir, out)
			got := batchGroups(readEvents(t, filepath.Join(out, "events.jsonl")))
			want := linkGroups(t, files)
			if len(got) == 0 {
				t.Fatal("no events")
			}
			if !equal(got, want) {
				t.Errorf("groups differ from link's: %d vs %d groups\nonly batch: %v\nonly link: %v", len(got), len(want), minus(got, want), minus(want, got))
			}
			if n := counter(t, log, "reports"); n != len(files) {
				t.Errorf("reports counter %d, want %d", n, len(files))
			}
			if counter(t, log, "comparisons") >= len(files)*(len(files)-1)/2 {
				t.Errorf("blocks compared as many pairs as all-pairs: %s", log)
			}
			t.Logf("%d groups equal link's; %s", len(got), counters(log))
		})
	}
}

// counters are the counter lines of the batch's stderr, on one line.
func counters(log string) string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.HasPrefix(l, "  ") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return strings.Join(out, ", ")
}

func equal(a, b [][]string) bool {
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func minus(a, b [][]string) [][]string {
	in := map[string]bool{}
	for _, g := range b {
		in[fmt.Sprint(g)] = true
	}
	var out [][]string
	for _, g := range a {
		if !in[fmt.Sprint(g)] {
			out = append(out, g)
		}
	}
	return out
}
