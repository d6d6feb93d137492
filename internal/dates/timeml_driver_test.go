//go:build timeml

package dates

// Throwaway TimeBank/AQUAINT driver (not part of the normal test run):
//
//	/work/shared/bench/score-timex --gold /work/shared/bench/timeml --export /tmp/tx
//	TX=/tmp/tx PRED=/tmp/pred.json go test -tags timeml -run TimeML ./internal/dates/
//	(MODE=highlight scores Tag on the lines instead of TagDoc)
//	/work/shared/bench/score-timex --gold /work/shared/bench/timeml --pred /tmp/pred.json --errors | tail

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestTimeMLExport(t *testing.T) {
	dir, out := os.Getenv("TX"), os.Getenv("PRED")
	if dir == "" || out == "" {
		t.Skip("set TX and PRED")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	var idx map[string]struct {
		DCT string `json:"dct"`
	}
	if err := json.Unmarshal(raw, &idx); err != nil {
		t.Fatal(err)
	}
	type span struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Text  string `json:"text"`
	}
	texts := map[string]string{}
	for id := range idx {
		b, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts[id] = string(b)
	}
	docs := map[string][]span{}
	start := time.Now()
	for id, e := range idx {
		d := e.DCT
		if len(d) > 10 {
			d = d[:10]
		}
		dct, err := time.Parse("2006-01-02", d)
		if err != nil {
			t.Fatal(err)
		}
		l := []span{}
		if os.Getenv("MODE") == "highlight" {
			// Tag on lines, offsets shifted back into the document
			off := 0
			lines := strings.Split(texts[id], "\n")
			starts := make([]int, len(lines))
			for i, ln := range lines {
				starts[i] = off
				off += len([]rune(ln)) + 1
			}
			for _, x := range Tag(lines, dct, nil) {
				l = append(l, span{starts[x.Block] + x.Start, starts[x.Block] + x.End, x.Type, x.Value, x.Text})
			}
		} else {
			for _, x := range TagDoc(texts[id], dct) {
				l = append(l, span{x.Start, x.End, x.Type, x.Value, x.Text})
			}
		}
		docs[id] = l
	}
	t.Logf("tagged %d docs in %v", len(idx), time.Since(start))
	b, _ := json.MarshalIndent(map[string]any{"system": "crossread", "docs": docs}, "", " ")
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
