// Command bench is `make bench-batch`: `crossread batch` (Prism, in process)
// against the single-process `crossread link` on the same pages, 1k to 100k
// reports, side by side: reports/s, peak memory (max RSS), comparisons per report.
//
// The inputs are made from the shared pages (bench/calls and bench/events/docs,
// 862 reports) so that every size has the same make-up; only then does time
// per report say how the cost grows with the crawl:
//   - nine reports in ten are originals: the shared pages in turn, the first
//     round as they are, round u (u ≥ 1) renamed and moved u weeks later;
//   - every tenth report is a syndicated copy of the one before it (the same
//     text and day on another url), so copies are 10 % of every size.
//
// Renaming makes round u another set of stories about other people, places
// and things: every word that is a name (capitalised wherever it occurs in the
// shared pages) or is not among the most common (in fewer than 40 % of the
// pages) becomes an invented word of the same length, the same one throughout
// round u ("Biden" → "Nigak" on every page of round u), unless crossread's
// tables read it (officials.Known, events.Known, dates.Known: offices,
// countries, "phone", "met", "ago"). What stays is the language that says who
// did what and when, as in a crawl of other days' news; batch/bench's test
// checks that a renamed call report is read as the same kind of contact
// between as many parties and is no copy of its original. The pages' own date
// line (" date YYYY-MM-DD" at the start; 2024-01-01 where there is none) moves
// with the round. Written to a temp folder (-keep DIR to look at it).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/events"
	"github.com/crossread/crossread/internal/officials"
)

var (
	batchBin = flag.String("batch", "", "the crossread batch binary")
	linkBin  = flag.String("link", "", "the crossread CLI")
	shared   = flag.String("shared", "../shared", "the shared folder")
	sizes    = flag.String("sizes", "1000,10000,100000", "reports per run")
	linkMax  = flag.Int("link_max", 10000, "largest set given to link: its similarity matrix is n² floats (100k: 80 GB)")
	keep     = flag.String("keep", "", "only write the inputs, into this folder, and keep them (to look at them)")
	linkTime = flag.Duration("link_timeout", 20*time.Minute, "link runs longer than this are stopped and reported as such")
)

var (
	dateLine = regexp.MustCompile(`^ date (\d{4}-\d{2}-\d{2})\b`)
	wordRun  = regexp.MustCompile(`\p{L}+`)
)

func main() {
	flag.Parse()
	pages, names, err := loadPages(*shared)
	if err != nil {
		fail(err)
	}
	rename := renamed(pages)
	fmt.Printf("%d shared pages: 9 in 10 reports originals (round u renamed: %d words, dates u weeks later), 1 in 10 a syndicated copy\n\n", len(pages), len(rename))
	fmt.Printf("%-8s %-6s %10s %10s %12s %12s %14s %s\n", "reports", "tool", "seconds", "reports/s", "µs/report", "peak MB", "cmp/report", "notes")
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			fail(err)
		}
		dir, err := os.MkdirTemp("", "crossread-bench-batch-")
		if *keep != "" {
			dir = filepath.Join(*keep, strconv.Itoa(n))
			err = os.MkdirAll(dir, 0o755)
		}
		if err != nil {
			fail(err)
		}
		in := filepath.Join(dir, "in")
		os.Mkdir(in, 0o755)
		var files []string
		var shard bytes.Buffer
		var prev string
		for i := 0; i < n; i++ {
			var base, text string
			if i%10 == 9 {
				base, text = fmt.Sprintf("s%06d.txt", i), prev // syndicated copy
			} else {
				j := i - i/10
				u, p := j/len(pages), j%len(pages)
				base, text = fmt.Sprintf("r%03d_%s.txt", u, names[p]), round(pages[p], u, rename)
			}
			prev = text
			if n > *linkMax {
				// JSONL shards of 1000 pages: Beam 2.78's local filesystem leaves a
				// file open per matched file (local.Size), so a folder of 100k pages
				// runs out of descriptors; a crawl comes as JSONL or WARC anyway.
				b, _ := json.Marshal(map[string]string{"url": base, "text": text})
				shard.Write(b)
				shard.WriteByte('\n')
				if (i+1)%1000 == 0 || i == n-1 {
					if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("part-%05d.jsonl", i/1000)), shard.Bytes(), 0o644); err != nil {
						fail(err)
					}
					shard.Reset()
				}
				continue
			}
			name := filepath.Join(in, base)
			if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
				fail(err)
			}
			files = append(files, name)
		}
		if *keep != "" {
			fmt.Printf("input of %d kept in %s\n", n, in)
			continue
		}
		secs, rss, out, err := run(*batchBin, 0, "--input", in, "--output", filepath.Join(dir, "out"), "--today", "2026-01-01")
		if err != nil {
			fail(fmt.Errorf("batch on %d: %v\n%s", n, err, out))
		}
		c := counters(out)
		cmp := c["comparisons"] + c["cluster_comparisons"] + c["copy_comparisons"] + c["party_comparisons"]
		fmt.Printf("%-8d %-6s %10.1f %10.1f %12.0f %12.0f %14.1f blocks %d (split %d), largest block %d, components %d (largest %d), copies %d, events %d\n",
			n, "batch", secs, float64(n)/secs, secs*1e6/float64(n), rss, float64(cmp)/float64(n),
			c["blocks"], c["blocks_split"], c["largest_block_size"], c["components"], c["largest_component_size"], c["syndicated_copies"], c["events"])
		if n <= *linkMax {
			secs, rss, out, err := run(*linkBin, *linkTime, append([]string{"link"}, files...)...)
			switch {
			case err != nil && secs >= linkTime.Seconds():
				fmt.Printf("%-8d %-6s %10s %10s %12s %12.0f %14.1f stopped after %s\n", n, "link", ">"+linkTime.String(), "-", "-", rss, float64(n-1)/2, linkTime)
			case err != nil:
				fail(fmt.Errorf("link on %d: %v\n%s", n, err, tail(out)))
			default:
				fmt.Printf("%-8d %-6s %10.1f %10.1f %12.0f %12.0f %14.1f all pairs\n", n, "link", secs, float64(n)/secs, secs*1e6/float64(n), rss, float64(n-1)/2)
			}
		} else {
			fmt.Printf("%-8d %-6s %10s %10s %12s %12s %14.1f not run: its n×n matrix alone is %.0f GB\n", n, "link", "-", "-", "-", "-", float64(n-1)/2, float64(n)*float64(n)*8/1e9)
		}
		os.RemoveAll(dir)
	}
}

// loadPages reads the shared pages (calls first, then ECB+) and their names.
func loadPages(shared string) (pages, names []string, err error) {
	for _, g := range []string{"bench/calls/*.txt", "bench/events/docs/*.txt"} {
		fs, _ := filepath.Glob(filepath.Join(shared, g))
		sort.Strings(fs)
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, nil, err
			}
			pages = append(pages, string(b))
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".txt"))
		}
	}
	if len(pages) == 0 {
		return nil, nil, fmt.Errorf("no pages under %s/bench", shared)
	}
	return pages, names, nil
}

// renamed is the set of words (lower case) that make one story differ from
// another: names (words capitalised wherever they occur in the pages) and
// uncommon words (in fewer than 40 % of the pages), except the words crossread's
// tables read (officials, events and dates: offices, countries, days,
// "phone", "met", "ago"); those stay, so a renamed report is read the same way.
func renamed(pages []string) map[string]bool {
	upper, lower, df := map[string]bool{}, map[string]bool{}, map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, w := range wordRun.FindAllString(dateLine.ReplaceAllString(p, ""), -1) {
			k := strings.ToLower(w)
			if r := []rune(w); unicode.IsUpper(r[0]) {
				upper[k] = true
			} else {
				lower[k] = true
			}
			if !seen[k] {
				seen[k] = true
				df[k]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range df {
		name := upper[k] && !lower[k]
		if (name || n*5 < len(pages)*2) && len([]rune(k)) > 1 && !officials.Known(k) && !events.Known(k) && !dates.Known(k) {
			out[k] = true
		}
	}
	return out
}

// round is the page as round u has it: renamed (u ≥ 1) and dated u weeks
// after the page's own date (2024-01-01 where it has none).
func round(page string, u int, rename map[string]bool) string {
	day := "2024-01-01"
	if m := dateLine.FindStringSubmatch(page); m != nil {
		day = m[1]
		page = strings.TrimLeft(page[len(m[0]):], " \n")
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		t = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if u > 0 {
		page = wordRun.ReplaceAllStringFunc(page, func(w string) string {
			if k := strings.ToLower(w); rename[k] {
				return invent(k, u, w)
			}
			return w
		})
	}
	return " date " + t.AddDate(0, 0, 7*u).Format("2006-01-02") + "\n" + page
}

// invent is round u's word for k: consonants and vowels in turn, as long as
// k, in w's case ("Biden" → "Nigak" in round 1, "NATO" → all upper case).
func invent(k string, u int, w string) string {
	const cons, vows = "bdfgklmnprstvz", "aeiou"
	h := fnv.New64a()
	h.Write([]byte(k))
	x := mix(h.Sum64() ^ uint64(u)*0x9e3779b97f4a7c15)
	n := len([]rune(k))
	b := make([]byte, n)
	for i := range b {
		if i%2 == 0 {
			b[i] = cons[x%uint64(len(cons))]
		} else {
			b[i] = vows[x%uint64(len(vows))]
		}
		x = mix(x + uint64(i) + 1)
	}
	r := []rune(w)
	switch {
	case len(r) > 1 && unicode.IsUpper(r[1]):
		return strings.ToUpper(string(b))
	case unicode.IsUpper(r[0]):
		return strings.ToUpper(string(b[:1])) + string(b[1:])
	}
	return string(b)
}

// mix is splitmix64's finaliser, as batch's minhash uses it (a main package
// cannot be imported); the invented words, and so the inputs, depend on it.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// run returns wall seconds, the child's peak RSS in MB and its output.
func run(bin string, timeout time.Duration, args ...string) (float64, float64, string, error) {
	cmd := exec.Command(bin, args...)
	if os.Getenv("GOMEMLIMIT") == "" {
		// Prism keeps collections in memory: at 100k the heap nears the
		// machine's 24 GB, and a soft limit makes the GC work harder there
		// instead of the kernel killing the run.
		cmd.Env = append(os.Environ(), "GOMEMLIMIT="+memLimit())
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if bin == *linkBin {
		cmd.Stdout = nil // link's JSON is not needed
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, "", err
	}
	if timeout > 0 {
		t := time.AfterFunc(timeout, func() { cmd.Process.Kill() })
		defer t.Stop()
	}
	err := cmd.Wait()
	secs := time.Since(start).Seconds()
	rss := 0.0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024
	}
	return secs, rss, out.String(), err
}

// memLimit is 80 % of the machine's memory (MemTotal), for GOMEMLIMIT.
func memLimit() string {
	b, err := os.ReadFile("/proc/meminfo")
	if err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "MemTotal:" {
				if kb, err := strconv.ParseInt(f[1], 10, 64); err == nil {
					return strconv.FormatInt(kb*1024/5*4, 10)
				}
			}
		}
	}
	return "off"
}

func counters(out string) map[string]int64 {
	c := map[string]int64{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 {
			if v, err := strconv.ParseInt(f[1], 10, 64); err == nil {
				c[f[0]] = v
			}
		}
	}
	return c
}

func tail(s string) string {
	if len(s) > 2000 {
		return s[len(s)-2000:]
	}
	return s
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench-batch:", err)
	os.Exit(1)
}
