// Command bench prints crossread's figures side by side, in one run, on this
// machine: quality on the shared benchmarks (seeds, extraction, TimeML, ECB+)
// scored by the shared scorers, Readability.js on the same extraction pages
// when its npm package is installed, native throughput, and the wasm's size.
// Speed is measured here, never asserted in unit tests.
//
//	go run ./internal/cmd/bench [-shared ../shared] [-wasm dist/extension/crossread.wasm]
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/doc"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder with bench/ and seeds/")
	wasm := flag.String("wasm", "dist/extension/crossread.wasm", "the built wasm, for its size")
	flag.Parse()
	bench := filepath.Join(*shared, "bench")
	fmt.Printf("machine: %s/%s, %d cores, %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())

	cli := buildCLI()
	pages := loadPages(filepath.Join(bench, "extraction", "html"))

	section("seeds")
	last(run(exec.Command(filepath.Join(bench, "score-crossread"), "seeds", filepath.Join(*shared, "seeds", "gold.json"), filepath.Join(*shared, "seeds")), cli))

	section("extraction (181 DEV pages, score-extraction F1)")
	extractionRows(bench, pages, cli)

	section("dates (TimeBank+AQUAINT, score-timex)")
	timexRows(bench)

	section("events (ECB+ DEV, score-events)")
	pred := filepath.Join(os.TempDir(), "crossread-events.json")
	run(exec.Command(filepath.Join(bench, "score-crossread"), "events", filepath.Join(bench, "events", "docs"), pred), cli)
	last(run(exec.Command(filepath.Join(bench, "score-events"), "--labels", filepath.Join(bench, "events", "labels.json"), "--pred", pred, "--quiet"), ""))

	section("officials (labelled DEV texts, score-crossread reports)")
	officialsRows(bench)
	officialsTestRows(bench)
	officialsTest2Rows(bench)
	officialsTest3Rows(bench)

	section("native throughput (full pipeline, extraction pages)")
	throughput(pages)

	section("wasm size")
	wasmSize(*wasm)
}

func section(s string) { fmt.Printf("\n== %s\n", s) }

func buildCLI() string {
	out := filepath.Join(os.TempDir(), "crossread-bench", "crossread")
	cmd := exec.Command("go", "build", "-o", out, "./internal/cmd/crossread")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Println("cannot build the CLI:", err)
		os.Exit(1)
	}
	return out
}

// run returns a command's output; cli, when set, is passed as $CROSSREAD.
func run(cmd *exec.Cmd, cli string) string {
	cmd.Env = os.Environ()
	if cli != "" {
		cmd.Env = append(cmd.Env, "CROSSREAD="+cli)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Sprintf("error: %v: %s", err, lastLine(string(out)))
	}
	return string(out)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func last(s string) { fmt.Println(lastLine(s)) }

type page struct {
	id   string
	html []byte
}

func loadPages(dir string) []page {
	names, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	sort.Strings(names)
	var out []page
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			continue
		}
		zr, err := gzip.NewReader(f)
		if err == nil {
			b, _ := io.ReadAll(zr)
			out = append(out, page{strings.TrimSuffix(filepath.Base(n), ".html.gz"), b})
		}
		f.Close()
	}
	return out
}

func extractionRows(bench string, pages []page, cli string) {
	truth := filepath.Join(bench, "extraction", "ground-truth.json")
	score := filepath.Join(bench, "score-extraction")
	dir, _ := os.MkdirTemp("", "crossread-extract")
	for _, p := range pages {
		res, err := annotate.Bytes(p.html, "page.html", annotate.Options{NoLink: true,
			Layers: annotate.Layers{NoOfficials: true, NoDates: true, NoEvents: true}})
		var parts []string
		if err == nil {
			for _, b := range res.Blocks {
				if !b.Boilerplate && b.Label == "article" {
					parts = append(parts, b.Text)
				}
			}
		}
		_ = os.WriteFile(filepath.Join(dir, p.id+".txt"), []byte(strings.Join(parts, "\n\n")), 0o644)
	}
	fmt.Println("crossread     ", lastLine(run(exec.Command(score, "--truth", truth, "--pred", dir), "")))
	// Readability.js on the same pages, when the dev dependency is installed.
	script := filepath.Join("extension", "bench", "readability.mjs")
	if _, err := os.Stat(script); err != nil {
		fmt.Println("readability.js (not run: extension/bench/readability.mjs missing)")
		return
	}
	rdir, _ := os.MkdirTemp("", "readability-extract")
	out := run(exec.Command("node", script, filepath.Join(bench, "extraction", "html"), rdir), "")
	if strings.HasPrefix(out, "error") {
		fmt.Println("readability.js", out)
		return
	}
	fmt.Println("readability.js", lastLine(run(exec.Command(score, "--truth", truth, "--pred", rdir), "")))
	fmt.Println("               ", lastLine(out))
}

func timexRows(bench string) {
	gold := filepath.Join(bench, "timeml")
	export, _ := os.MkdirTemp("", "crossread-timex")
	if out := run(exec.Command(filepath.Join(bench, "score-timex"), "--gold", gold, "--export", export), ""); strings.HasPrefix(out, "error") {
		fmt.Println(out)
		return
	}
	raw, err := os.ReadFile(filepath.Join(export, "index.json"))
	if err != nil {
		fmt.Println("no export:", err)
		return
	}
	var index map[string]struct {
		DCT string `json:"dct"`
	}
	_ = json.Unmarshal(raw, &index)
	texts := map[string]string{}
	for id := range index {
		b, _ := os.ReadFile(filepath.Join(export, id+".txt"))
		texts[id] = string(b)
	}
	type span struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Text  string `json:"text"`
	}
	docs := map[string][]span{}
	start := time.Now()
	for id, text := range texts {
		dct, _ := time.Parse("2006-01-02", firstN(index[id].DCT, 10))
		ss := []span{}
		for _, t := range dates.TagDoc(text, dct) {
			ss = append(ss, span{t.Start, t.End, t.Type, t.Value, t.Text})
		}
		docs[id] = ss
	}
	took := time.Since(start)
	pred := filepath.Join(export, "pred.json")
	b, _ := json.Marshal(map[string]any{"system": "crossread", "docs": docs})
	_ = os.WriteFile(pred, b, 0o644)
	fmt.Println(lastLine(run(exec.Command(filepath.Join(bench, "score-timex"), "--gold", gold, "--pred", pred, "--quiet"), "")))
	fmt.Printf("tagged %d docs natively in %.0f ms (one core)\n", len(texts), took.Seconds()*1000)
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// throughput runs the full pipeline over every page on all cores, best of 3.
func throughput(pages []page) {
	var bytesIn int
	for _, p := range pages {
		bytesIn += len(p.html)
	}
	workers := runtime.NumCPU()
	best := time.Duration(1 << 62)
	for round := 0; round < 3; round++ {
		start := time.Now()
		var wg sync.WaitGroup
		next := make(chan page)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range next {
					d, err := doc.ParseHTML(bytes.NewReader(p.html), "")
					if err == nil {
						annotate.Run(d, annotate.Options{})
					}
				}
			}()
		}
		for _, p := range pages {
			next <- p
		}
		close(next)
		wg.Wait()
		if t := time.Since(start); t < best {
			best = t
		}
	}
	fmt.Printf("%d pages (%.1f MB) in %.0f ms on %d cores: %.0f pages/s, %.1f MB/s\n", len(pages),
		float64(bytesIn)/1e6, best.Seconds()*1000, workers, float64(len(pages))/best.Seconds(), float64(bytesIn)/1e6/best.Seconds())
}

func wasmSize(path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("no wasm at", path, "(run make build)")
		return
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	zw.Close()
	// node ships brotli; the shipped size in a browser is brotli's.
	br := run(exec.Command("node", "-e", `const z=require('zlib');const b=require('fs').readFileSync(process.argv[1]);`+
		`process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))`, path), "")
	fmt.Printf("wasm raw %.2f MB, gzip %.2f MB, brotli %s MB\n", float64(len(raw))/1e6, float64(gz.Len())/1e6, mb(br))
}

func mb(s string) string {
	var n float64
	if _, err := fmt.Sscan(strings.TrimSpace(s), &n); err != nil {
		return "?"
	}
	return fmt.Sprintf("%.2f", n/1e6)
}
