package annotate

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/crossread/crossread/internal/doc"
)

// BenchmarkRunDEV runs the whole pipeline over the extraction DEV pages in
// ../shared (skipped where they are absent): `go test -bench RunDEV -cpuprofile`.
func BenchmarkRunDEV(b *testing.B) {
	names, _ := filepath.Glob("../../../shared/bench/extraction/html/*.html.gz")
	if len(names) == 0 {
		b.Skip("no ../shared/bench/extraction pages")
	}
	var pages [][]byte
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			b.Fatal(err)
		}
		zr, _ := gzip.NewReader(f)
		p, _ := io.ReadAll(zr)
		f.Close()
		pages = append(pages, p)
	}
	Seeds().load()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		d, err := doc.Parse(p, "page.html", "")
		if err != nil {
			b.Fatal(err)
		}
		Run(d, Options{})
	}
}
