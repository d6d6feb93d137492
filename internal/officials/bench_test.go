package officials

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSeeds runs Find over all five seed reports (about 60 KB of text).
func BenchmarkSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	var docs [][]string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		size += len(raw)
		docs = append(docs, strings.Split(string(raw), "\n"))
	}
	if len(docs) == 0 {
		b.Skip("no seeds")
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Find(d, nil)
		}
	}
}

// TestLinear: doubling the text must not much more than double the time's
// work; checked by counting mentions, which must double exactly.
func TestLinear(t *testing.T) {
	one := []string{"Russian Defense Minister Sergei Shoigu met Turkish President Recep Tayyip Erdogan.", "Shoigu said so, Erdogan said."}
	var many []string
	for i := 0; i < 2000; i++ {
		many = append(many, one...)
	}
	got := Find(many, nil)
	if len(got) != 2 || len(got[0].Mentions) != 4000 {
		t.Fatalf("got %s with %d mentions", summary(got), len(got[0].Mentions))
	}
}
