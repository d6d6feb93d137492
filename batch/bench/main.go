// Command bench is `make bench-batch`: `crossread batch` (Prism, in process)
// against the single-process `crossread link` on the same pages, 1k to 100k
// reports, side by side: reports/s, peak memory (max RSS), comparisons per report.
//
// The inputs are the shared pages (bench/calls and bench/events/docs, 862
// reports) replicated: replica k of a page is a file with its own name (so its
// own url) whose dump date line (" date YYYY-MM-DD", added where the page had
// none: the date of the pages around it is unknown, so 2024-01-01) is moved k
// weeks later. The text is otherwise the same, so replicas of one page are
// one text on many addresses: the minhash stage takes them for syndicated
// copies where their fingerprints agree. Written to a temp folder, removed after.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

var (
	batchBin = flag.String("batch", "", "the crossread batch binary")
	linkBin  = flag.String("link", "", "the crossread CLI")
	shared   = flag.String("shared", "../shared", "the shared folder")
	sizes    = flag.String("sizes", "1000,10000,100000", "reports per run")
	linkMax  = flag.Int("link_max", 10000, "largest set given to link: its similarity matrix is n² floats (100k: 80 GB)")
	linkTime = flag.Duration("link_timeout", 20*time.Minute, "link runs longer than this are stopped and reported as such")
)

var dateLine = regexp.MustCompile(`(?m)^ date (\d{4}-\d{2}-\d{2})\s*$`)

func main() {
	flag.Parse()
	var pages []string
	var names []string
	for _, g := range []string{"bench/calls/*.txt", "bench/events/docs/*.txt"} {
		fs, _ := filepath.Glob(filepath.Join(*shared, g))
		sort.Strings(fs)
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				fail(err)
			}
			pages = append(pages, string(b))
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".txt"))
		}
	}
	if len(pages) == 0 {
		fail(fmt.Errorf("no pages under %s/bench", *shared))
	}
	fmt.Printf("%d shared pages, replicated with new names and dates %d weeks apart per replica\n\n", len(pages), 1)
	fmt.Printf("%-8s %-6s %10s %10s %12s %12s %14s %s\n", "reports", "tool", "seconds", "reports/s", "µs/report", "peak MB", "cmp/report", "notes")
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			fail(err)
		}
		dir, err := os.MkdirTemp("", "crossread-bench-batch-")
		if err != nil {
			fail(err)
		}
		in := filepath.Join(dir, "in")
		os.Mkdir(in, 0o755)
		var files []string
		var shard bytes.Buffer
		for i := 0; i < n; i++ {
			k, p := i/len(pages), i%len(pages)
			base := fmt.Sprintf("r%03d_%s.txt", k, names[p])
			if n > *linkMax {
				// JSONL shards of 1000 pages: Beam 2.78's local filesystem leaves a
				// file open per matched file (local.Size), so a folder of 100k pages
				// runs out of descriptors; a crawl comes as JSONL or WARC anyway.
				b, _ := json.Marshal(map[string]string{"url": base, "text": shift(pages[p], k)})
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
			if err := os.WriteFile(name, []byte(shift(pages[p], k)), 0o644); err != nil {
				fail(err)
			}
			files = append(files, name)
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

// shift moves the page's dump date k weeks later (adding one where there is none).
func shift(page string, k int) string {
	day := "2024-01-01"
	if m := dateLine.FindStringSubmatch(page); m != nil {
		day = m[1]
		page = dateLine.ReplaceAllString(page, "")
		page = strings.TrimLeft(page, "\n")
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		t = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return " date " + t.AddDate(0, 0, 7*k).Format("2006-01-02") + "\n" + page
}

// run returns wall seconds, the child's peak RSS in MB and its output.
func run(bin string, timeout time.Duration, args ...string) (float64, float64, string, error) {
	cmd := exec.Command(bin, args...)
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
