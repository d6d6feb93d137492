// Package corpus holds the reports crossread can link a page to: the seed
// reports built into the binary, and (in the extension) reports the reader
// chose to keep, passed in from browser storage. It stores raw reports and
// their publication metadata only; what each report is about is computed by
// the pipeline (internal/annotate), never stored.
package corpus

import (
	"encoding/json"
	"io/fs"
	"path"
	"sort"
	"strings"

	crossread "github.com/crossread/crossread"
)

// Report is one stored report.
type Report struct {
	ID    string // file name for seeds ("000_f39a18dfd17b5c2f.txt"), URL for stored pages
	Title string // first line / page title, for the link list
	Text  string // the report as text or HTML
	HTML  bool
	DCT   string // publication date YYYY-MM-DD, "" if unknown
	URL   string
}

type metaFile struct {
	Reports map[string]struct {
		DCT string `json:"dct"`
		URL string `json:"url"`
	} `json:"reports"`
}

// Seeds returns the built-in seed reports in file order.
func Seeds() []Report {
	return fromFS(crossread.Seeds, "testdata/seeds")
}

func fromFS(fsys fs.FS, dir string) []Report {
	var meta metaFile
	if b, err := fs.ReadFile(fsys, path.Join(dir, "corpus.json")); err == nil {
		_ = json.Unmarshal(b, &meta) // metadata is optional: a report without a date still links by its text
	}
	names, _ := fs.Glob(fsys, path.Join(dir, "*.txt"))
	sort.Strings(names)
	out := make([]Report, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			continue
		}
		id := path.Base(n)
		text := string(b)
		title := strings.TrimSpace(strings.SplitN(text, "\n", 2)[0])
		m := meta.Reports[id]
		out = append(out, Report{ID: id, Title: title, Text: text, DCT: m.DCT, URL: m.URL})
	}
	return out
}
