package annotate

import (
	"strings"
	"testing"

	"github.com/crossread/crossread/internal/corpus"
)

// TestCorpusMemo: a stored report passed again (as the extension does with
// every page) is not read again, and the same content gives the same links;
// a report whose text changed is read afresh.
func TestCorpusMemo(t *testing.T) {
	seeds := corpus.Seeds()
	stored := corpus.Report{ID: "https://news.example/003", Text: seeds[3].Text, DCT: seeds[3].DCT}
	page := seeds[0]
	links := func(c *Corpus) string {
		res, err := Bytes([]byte(page.Text), page.ID, Options{DCT: page.DCT, Corpus: c})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, l := range res.Links {
			ids = append(ids, l.Report)
		}
		return strings.Join(ids, " ")
	}
	first := links(NewCorpus([]corpus.Report{stored}))
	if !strings.Contains(first, stored.ID) {
		t.Fatalf("stored report not linked: %s", first)
	}
	if _, ok := memo.get(memoKeyOf(stored)); !ok {
		t.Fatal("stored report not memoised")
	}
	if again := links(NewCorpus([]corpus.Report{stored})); again != first {
		t.Errorf("memoised corpus links %q, first %q", again, first)
	}
	// Other text under the same id: another event (002's call), no link.
	stored.Text = seeds[2].Text
	if got := links(NewCorpus([]corpus.Report{stored})); strings.Contains(got, stored.ID) {
		t.Errorf("changed report still linked from the memo: %s", got)
	}
}
