package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/nlnwa/gowarc"
)

// Page is one page of the crawl as read: its address, the name whose
// extension tells HTML from text, the date the input gives, and its bytes.
// Err is set when the input could not be read (a bad JSONL line, a broken
// WARC record): it becomes a counted error row, not a failed job.
type Page struct {
	URL  string
	Name string
	Date string
	Body []byte
	Err  string
}

var (
	cFiles     = beam.NewCounter("crossread", "files_read")
	cPages     = beam.NewCounter("crossread", "pages_read")
	cReadFails = beam.NewCounter("crossread", "read_failures")
)

// jsonlPage is one line of a JSONL input.
type jsonlPage struct {
	URL  string `json:"url"`
	Date string `json:"date"`
	HTML string `json:"html"`
	Text string `json:"text"`
}

// readFile turns one matched file into pages: a .jsonl is one page a line, a
// .warc one page per HTTP response (or resource) record, anything else one page.
// Whole files are read (fileio.ReadMatches, not textio: textio.Read of a .gz
// returns only part of the lines).
func readFile(ctx context.Context, f fileio.ReadableFile, emit func(Page)) error {
	cFiles.Inc(ctx, 1)
	name := f.Metadata.Path
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	base := path.Base(name)
	fail := func(url, why string) {
		cReadFails.Inc(ctx, 1)
		emit(Page{URL: url, Name: base, Err: why})
	}
	switch {
	case strings.HasSuffix(lower, ".jsonl"):
		data, err := f.Read(ctx)
		if err != nil {
			fail(base, err.Error())
			return nil
		}
		for i, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			var j jsonlPage
			where := fmt.Sprintf("%s:%d", base, i+1)
			if err := json.Unmarshal(line, &j); err != nil {
				fail(where, "bad JSON line: "+err.Error())
				continue
			}
			if j.URL == "" {
				j.URL = where
			}
			p := Page{URL: j.URL, Date: j.Date, Name: "page.html", Body: []byte(j.HTML)}
			if j.HTML == "" {
				p.Name, p.Body = "page.txt", []byte(j.Text)
			}
			cPages.Inc(ctx, 1)
			emit(p)
		}
	case strings.HasSuffix(lower, ".warc"):
		rc, err := f.Open(ctx)
		if err != nil {
			fail(base, err.Error())
			return nil
		}
		defer rc.Close()
		readWARC(ctx, base, rc, emit, fail)
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), strings.HasSuffix(lower, ".txt"):
		data, err := f.Read(ctx)
		if err != nil {
			fail(base, err.Error())
			return nil
		}
		cPages.Inc(ctx, 1)
		emit(Page{URL: base, Name: base, Body: data})
	}
	return nil
}

// readWARC emits the HTML and text responses of a WARC file.
func readWARC(ctx context.Context, base string, r io.Reader, emit func(Page), fail func(url, why string)) {
	wf, err := gowarc.NewWarcFileReaderFromStream(r, 0, gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		fail(base, err.Error())
		return
	}
	defer wf.Close()
	for n := 0; ; n++ {
		rec, _, _, err := wf.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			// the rest of the file cannot be framed: one error row for it
			fail(fmt.Sprintf("%s#%d", base, n), "WARC: "+err.Error())
			return
		}
		if rec.Type() != gowarc.Response && rec.Type() != gowarc.Resource {
			continue
		}
		url := rec.WarcHeader().Get(gowarc.WarcTargetURI)
		date := firstN(rec.WarcHeader().Get(gowarc.WarcDate), 10)
		var body []byte
		ctype := ""
		switch b := rec.Block().(type) {
		case gowarc.HttpResponseBlock:
			if b.HttpStatusCode() != 200 {
				continue
			}
			ctype = b.HttpHeader().Get("Content-Type")
			body, err = payload(b)
		case gowarc.PayloadBlock:
			ctype = rec.WarcHeader().Get(gowarc.ContentType)
			body, err = payload(b)
		default:
			continue
		}
		if err != nil {
			fail(url, "WARC payload: "+err.Error())
			continue
		}
		name := "page.html"
		switch {
		case strings.HasPrefix(ctype, "text/plain"):
			name = "page.txt"
		case ctype != "" && !strings.Contains(ctype, "html"):
			continue // images, scripts, PDFs: not reports
		}
		cPages.Inc(ctx, 1)
		// The WARC date is the day the page was fetched, not published: it is
		// the page's reading day (Options.Today), not its DCT.
		emit(Page{URL: url, Name: name, Body: body, Date: "fetched:" + date})
	}
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// payload reads a WARC block's payload (an HTTP response's body, a resource's bytes).
func payload(b interface{ PayloadBytes() (io.Reader, error) }) ([]byte, error) {
	r, err := b.PayloadBytes()
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
