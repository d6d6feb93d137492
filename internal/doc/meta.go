package doc

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// publishedMeta lists meta tags (by property, name or itemprop, lower-cased)
// that carry a publication date, most specific first.
var publishedMeta = []string{
	"article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
	"dc.date.issued", "sailthru.date", "og:published_time", "parsely-pub-date",
	"publish-date", "publication_date", "article.published", "article:published", "dcterms.date",
	"dcterms.created", "dcterms.issued", "citation_publication_date", "datecreated",
}

// readHead fills Title, Lang and Meta from the page's head, JSON-LD and <time>.
// It walks the tree once with x/net/html rather than through goquery: goquery
// imports net/http, which would add megabytes to the wasm for four lookups.
func readHead(root *html.Node, d *Document) {
	metas := map[string]string{}
	var ogTitle, timeAttr string
	var ldjson []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Namespace == "" {
			switch n.Data {
			case "html":
				d.Lang = attr(n, "lang")
			case "title":
				if d.Title == "" && n.FirstChild != nil {
					d.Title = strings.TrimSpace(n.FirstChild.Data)
				}
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = v
					}
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil && len(ldjson) < 8 {
					ldjson = append(ldjson, n.FirstChild.Data)
				}
			case "time":
				if timeAttr == "" {
					timeAttr = strings.TrimSpace(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	ogTitle = metas["og:title"]
	if d.Title == "" {
		d.Title = ogTitle
	}
	d.Meta.SiteName = metas["og:site_name"]
	for _, k := range publishedMeta {
		if v := metas[k]; v != "" {
			d.Meta.Published, d.Meta.Source = v, "meta"
			return
		}
	}
	// Parse.ly's page description: {"pub_date": "2022-05-13T16:49:00Z", …}
	if v := jsonField(metas["parsely-page"], "pub_date"); v != "" {
		d.Meta.Published, d.Meta.Source = v, "meta"
		return
	}
	for _, s := range ldjson {
		if v := jsonLDPublished([]byte(s)); v != "" {
			d.Meta.Published, d.Meta.Source = v, "jsonld"
			return
		}
	}
	if timeAttr != "" {
		d.Meta.Published, d.Meta.Source = timeAttr, "time"
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// jsonField is the string field key of a JSON object, or "".
func jsonField(blob, key string) string {
	if blob == "" {
		return ""
	}
	var m map[string]any
	if json.Unmarshal([]byte(blob), &m) != nil {
		return ""
	}
	s, _ := m[key].(string)
	return s
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
