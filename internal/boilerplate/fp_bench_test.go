//go:build extractbench

package boilerplate

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestSignalsOnTruth runs every text signal on the paragraphs of the DEV
// set's ground truth (article text only): each firing is a false positive.
//
//	BENCH_TRUTH=/work/shared/bench/extraction/ground-truth.json go test -tags extractbench -run SignalsOnTruth -v ./internal/boilerplate/
func TestSignalsOnTruth(t *testing.T) {
	path := os.Getenv("BENCH_TRUTH")
	if path == "" {
		t.Skip("BENCH_TRUTH not set")
	}
	raw, _ := os.ReadFile(path)
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	signals := map[string]func(string) string{
		"ShareButtons": ShareButtons, "CommentPrompt": CommentPrompt, "NewsletterSignup": NewsletterSignup,
		"DonationAppeal": DonationAppeal, "RelatedHeading": RelatedHeading, "PromoLine": PromoLine,
		"PageNote": PageNote, "Copyright": Copyright, "Counter": Counter,
	}
	fired := map[string][]string{}
	total := 0
	for _, v := range truth {
		for _, p := range strings.Split(v.ArticleBody, "\n") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			total++
			for name, f := range signals {
				if f(p) != "" {
					fired[name] = append(fired[name], p)
				}
			}
		}
	}
	names := make([]string, 0, len(fired))
	for n := range fired {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%s fired on %d of %d truth paragraphs", n, len(fired[n]), total)
		for k, p := range fired[n] {
			if k == 12 {
				break
			}
			if len(p) > 100 {
				p = p[:100]
			}
			t.Logf("    %q", p)
		}
	}
}
