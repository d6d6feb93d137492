package doc

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// publishedMeta lists meta tags that carry a publication date, most specific first.
var publishedMeta = []string{
	`meta[property="article:published_time"]`,
	`meta[itemprop="datePublished"]`,
	`meta[name="pubdate"]`, `meta[name="publishdate"]`, `meta[name="date"]`,
	`meta[name="dc.date"]`, `meta[name="DC.date.issued"]`, `meta[name="sailthru.date"]`,
	`meta[property="og:published_time"]`, `meta[name="parsely-pub-date"]`,
}

// readHead fills Title, Lang and Meta from the page's head, JSON-LD and <time>.
func readHead(root *html.Node, d *Document) {
	q := goquery.NewDocumentFromNode(root)
	d.Title = strings.TrimSpace(q.Find("head title").First().Text())
	if t, ok := q.Find(`meta[property="og:title"]`).Attr("content"); ok && d.Title == "" {
		d.Title = strings.TrimSpace(t)
	}
	d.Lang, _ = q.Find("html").Attr("lang")
	d.Meta.SiteName, _ = q.Find(`meta[property="og:site_name"]`).Attr("content")
	for _, sel := range publishedMeta {
		if v, ok := q.Find(sel).First().Attr("content"); ok && strings.TrimSpace(v) != "" {
			d.Meta.Published, d.Meta.Source = strings.TrimSpace(v), "meta"
			return
		}
	}
	q.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if v := jsonLDPublished([]byte(s.Text())); v != "" {
			d.Meta.Published, d.Meta.Source = v, "jsonld"
			return false
		}
		return true
	})
	if d.Meta.Published != "" {
		return
	}
	if v, ok := q.Find("time[datetime]").First().Attr("datetime"); ok && strings.TrimSpace(v) != "" {
		d.Meta.Published, d.Meta.Source = strings.TrimSpace(v), "time"
	}
}

// jsonLDPublished finds datePublished in a JSON-LD blob: an object, an array of
// them, or an @graph.
func jsonLDPublished(b []byte) string {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return ""
	}
	var visit func(v any, depth int) string
	visit = func(v any, depth int) string {
		if depth > 6 {
			return ""
		}
		switch t := v.(type) {
		case map[string]any:
			if s, ok := t["datePublished"].(string); ok && s != "" {
				return s
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if s := visit(t[k], depth+1); s != "" {
					return s
				}
			}
		case []any:
			for _, e := range t {
				if s := visit(e, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return visit(v, 0)
}
