// Command batch is `crossread batch`: the core that annotates one page in the
// browser, run as an Apache Beam pipeline over a crawl (a folder of .html/.txt
// pages, JSONL or WARC files). It writes annotations.jsonl, events.jsonl and
// corpus.json (the extension's corpus import) and groups reports by event as
// `crossread link` does, without its all-pairs step (see README).
//
// It is its own Go module so that Beam is never linked into the wasm, the
// extension or the small CLI, and the root module's tests never build it.
//
//	batch --input DIR|GLOB[,GLOB...] --output DIR [--today YYYY-MM-DD] [--runner=prism|universal --endpoint=HOST:PORT]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"
)

var (
	input    = flag.String("input", "", "a folder of .html/.txt pages, or globs of .jsonl/.warc(.gz)/.html/.txt files, comma separated")
	output   = flag.String("output", "", "folder for annotations.jsonl, events.jsonl, corpus.json")
	today    = flag.String("today", "", "reading day for pages that give no date, YYYY-MM-DD (default: today, UTC); fix it for byte-identical reruns on other days")
	capBlock = flag.Int("cap_block", 400, "a block of more reports is split by time window: comparisons per report stay bounded")
	capComp  = flag.Int("cap_component", 1500, "a connected component of more reports is clustered in time-ordered chunks")
	topTerms = flag.Int("top_terms", 16, "salient words each report is blocked under, one more per 25 of its distinct words; 0: as many as make the blocking exact (every pair at the floor shares one)")
)

func main() {
	flag.Parse()
	beam.Init() // a worker started by a portable runner runs from here and does not return
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "crossread batch: "+err.Error())
		os.Exit(2)
	}
}

func run(ctx context.Context) error {
	if *input == "" || *output == "" {
		return fmt.Errorf("--input and --output are required")
	}
	if *today == "" {
		*today = time.Now().UTC().Format("2006-01-02")
	} else if _, err := time.Parse("2006-01-02", *today); err != nil {
		return fmt.Errorf("--today %q is not YYYY-MM-DD", *today)
	}
	out, err := filepath.Abs(*output)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	globs, err := expand(*input)
	if err != nil {
		return err
	}
	// The writers run only where there are lines: start from empty outputs.
	for name, empty := range map[string]string{"annotations.jsonl": "", "events.jsonl": "", "corpus.json": "[]\n"} {
		if err := os.WriteFile(filepath.Join(out, name), []byte(empty), 0o644); err != nil {
			return err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, globs, Config{Today: *today, CapBlock: *capBlock, CapComp: *capComp, TopTerms: *topTerms,
		Shingle: 5, CopySim: 0.9, MaxHeads: 8, OutputDir: out})
	runner := *runners.Runner
	if runner == "" {
		runner = "prism"
	}
	start := time.Now()
	pr, err := beam.Run(ctx, runner, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "crossread batch: %s runner, %.1fs\n", runner, time.Since(start).Seconds())
	if pr != nil {
		printMetrics(os.Stderr, pr)
	}
	return nil
}

// expand turns a folder into globs of the pages it holds; globs pass as given.
func expand(in string) ([]string, error) {
	var globs []string
	for _, g := range strings.Split(in, ",") {
		g = strings.TrimSpace(g)
		if g == "" {
			continue
		}
		abs, err := filepath.Abs(g)
		if err != nil {
			return nil, err
		}
		if st, err := os.Stat(abs); err == nil && st.IsDir() {
			globs = append(globs, filepath.Join(abs, "*"))
			continue
		}
		globs = append(globs, abs)
	}
	if len(globs) == 0 {
		return nil, fmt.Errorf("no input")
	}
	return globs, nil
}

// printMetrics prints the per-stage counters, one "name value" a line, sorted.
func printMetrics(w io.Writer, pr beam.PipelineResult) {
	all := pr.Metrics().AllMetrics()
	sum := map[string]int64{}
	for _, c := range all.Counters() {
		if c.Namespace() == "crossread" {
			sum[c.Name()] += c.Result()
		}
	}
	var lines []string
	for k, v := range sum {
		lines = append(lines, fmt.Sprintf("  %s %d", k, v))
	}
	max := map[string]int64{}
	for _, d := range all.Distributions() {
		if d.Namespace() == "crossread" {
			if v := d.Result().Max; v > max[d.Name()] {
				max[d.Name()] = v
			}
		}
	}
	for k, v := range max {
		lines = append(lines, fmt.Sprintf("  largest_%s %d", k, v))
	}
	sort.Strings(lines)
	fmt.Fprintln(w, "counters:\n"+strings.Join(lines, "\n"))
}

// writeLines writes one output file through Beam's filesystems (a local
// folder here; gs:// and the like where a runner's workers share no disk).
func writeLines(ctx context.Context, path string, ls []Line, open, sep, end string) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(open)
	for i, l := range ls {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(l.Text)
	}
	if len(ls) > 0 {
		b.WriteString(end)
	} else if open != "" {
		b.WriteString("]\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
