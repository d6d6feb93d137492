//go:build extractbench

package boilerplate

// A throwaway driver for the HTML DEV set until the CLI's extract command
// exists:
//
//	BENCH_HTML=/work/shared/bench/extraction/html BENCH_OUT=/tmp/pred \
//	  go test -tags extractbench -run TestExtractBench ./internal/boilerplate/
//
// BENCH_KEEP=nonbp prints every non-boilerplate block (the CLI's contract);
// the default prints only "article" blocks.

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crossread/crossread/internal/doc"
)

func TestExtractBench(t *testing.T) {
	in, out := os.Getenv("BENCH_HTML"), os.Getenv("BENCH_OUT")
	if in == "" || out == "" {
		t.Skip("BENCH_HTML and BENCH_OUT not set")
	}
	os.MkdirAll(out, 0o755)
	files, _ := filepath.Glob(filepath.Join(in, "*.html*"))
	var parse, classify time.Duration
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			raw, _ = io.ReadAll(zr)
		}
		id := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".gz"), ".html")
		t0 := time.Now()
		d, err := doc.Parse(raw, id+".html", "")
		if err != nil {
			t.Fatal(err)
		}
		if os.Getenv("BENCH_TEXTMODE") != "" {
			// The page as a plain-text copy: one line per block, list
			// items bulleted, the way the seed reports were made.
			var tb strings.Builder
			for _, b := range d.Blocks {
				if b.InList {
					tb.WriteString("  • ")
				}
				tb.WriteString(b.Text)
				tb.WriteString("\n\n")
			}
			d = doc.ParseText(tb.String())
		}
		t1 := time.Now()
		vs := Classify(d)
		t2 := time.Now()
		parse += t1.Sub(t0)
		classify += t2.Sub(t1)
		var sb strings.Builder
		for i, v := range vs {
			keep := v.Label == "article"
			if os.Getenv("BENCH_KEEP") == "nonbp" {
				keep = !v.Boilerplate
			}
			if keep {
				sb.WriteString(d.Blocks[i].Text)
				sb.WriteString("\n\n")
			}
		}
		os.WriteFile(filepath.Join(out, id+".txt"), []byte(sb.String()), 0o644)
	}
	t.Logf("%d pages: parse %v (%.1f ms/page), classify %v (%.2f ms/page)", len(files), parse,
		float64(parse.Microseconds())/1000/float64(len(files)), classify, float64(classify.Microseconds())/1000/float64(len(files)))
}

// TestDumpPage prints every block of BENCH_PAGE (a DEV page, .html.gz) with
// its verdict, after the container the hint-aware scoring picks and its
// ancestors (before the layout-hint and sibling steps of classifyHTML). A
// debugging aid: BENCH_TEXTMODE=1 shows the page as a plain-text copy.
func TestDumpPage(t *testing.T) {
	f := os.Getenv("BENCH_PAGE")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	if strings.HasSuffix(f, ".gz") {
		zr, _ := gzip.NewReader(bytes.NewReader(raw))
		raw, _ = io.ReadAll(zr)
	}
	d, _ := doc.Parse(raw, "x.html", "")
	if os.Getenv("BENCH_TEXTMODE") != "" {
		var tb strings.Builder
		for _, b := range d.Blocks {
			if b.InList {
				tb.WriteString("  • ")
			}
			tb.WriteString(b.Text)
			tb.WriteString("\n\n")
		}
		d = doc.ParseText(tb.String())
	}
	vs := Classify(d)
	st := textSignals(d.Blocks)
	root, _ := buildTree(d.Blocks)
	reasons := map[*node]string{}
	hp := make([]hintPath, len(d.Blocks))
	for i := range d.Blocks {
		hp[i] = pathHints(root, &d.Blocks[i], reasons)
	}
	scoreTree(root, d.Blocks, st, hp, true)
	c := findContainer(root)
	os.Stdout.WriteString("container depth " + strconv.Itoa(c.depth) + " prose " + strconv.Itoa(c.prose) + " junk " + strconv.Itoa(c.junk) + " root prose " + strconv.Itoa(root.prose) + " hints: " + c.hints + "\n")
	for n := c; n != nil; n = n.parent {
		os.Stdout.WriteString("   up " + strconv.Itoa(n.depth) + " prose " + strconv.Itoa(n.prose) + " junk " + strconv.Itoa(n.junk) + " own: " + reasons[n] + "\n")
	}
	for i, b := range d.Blocks {
		if hp[i].negDepth >= 0 {
			vs[i].Reason = strconv.Itoa(hp[i].negDepth) + hp[i].negReason + "|" + vs[i].Reason
		}
		txt := b.Text
		if len(txt) > 90 {
			txt = txt[:90]
		}
		h := b.Hints
		if len(h) > 60 {
			h = "…" + h[len(h)-60:]
		}
		mark := " "
		if !vs[i].Boilerplate {
			mark = "+"
		}
		os.Stdout.WriteString(strings.Join([]string{mark, vs[i].Label[:3], pad(vs[i].Reason, 28), pad(b.Tag, 4), pad(b.Role, 5), strconv.Itoa(b.Words) + "/" + strconv.Itoa(b.LinkWords), pad(h, 40), txt}, " ") + "\n")
	}
}

func pad(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s + strings.Repeat(" ", n-len(s))
}

// BenchmarkClassifyDEV times Classify alone over the DEV pages (parsed
// once, outside the timer); one op is one page.
//
//	BENCH_HTML=/work/shared/bench/extraction/html go test -tags extractbench \
//	  -run '^$' -bench ClassifyDEV -benchmem ./internal/boilerplate/
func BenchmarkClassifyDEV(b *testing.B) {
	in := os.Getenv("BENCH_HTML")
	if in == "" {
		b.Skip("BENCH_HTML not set")
	}
	files, _ := filepath.Glob(filepath.Join(in, "*.html*"))
	var docs []*doc.Document
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		if strings.HasSuffix(f, ".gz") {
			zr, _ := gzip.NewReader(bytes.NewReader(raw))
			raw, _ = io.ReadAll(zr)
		}
		d, err := doc.Parse(raw, "x.html", "")
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Classify(docs[i%len(docs)])
	}
}
