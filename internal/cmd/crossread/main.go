// Command crossread is the native face of the core, used by benches, tests and
// anyone measuring crossread from outside. Its output is a contract (README):
// extend it, never break it.
//
//	crossread annotate [--dct YYYY-MM-DD] [--url URL] [--compact] [--lean] [--tree] FILE|-   one JSON object
//	crossread extract FILE                                      main text, blank-line separated
//	crossread timex EXPORTDIR                                   TIMEX3 predictions for score-timex
//	crossread link FILE...                                      {"FILE": {"same_event": [...], "event": {...}}}
//
// Errors print one line to stderr and exit 2; never a stack trace.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/crossread/crossread/internal/annotate"
	"github.com/crossread/crossread/internal/dates"
	"github.com/crossread/crossread/internal/doc"
	"github.com/crossread/crossread/internal/events"
	"github.com/crossread/crossread/internal/link"
)

const usage = `usage:
  crossread annotate [--dct YYYY-MM-DD] [--url URL] [--compact] [--lean] [--tree] FILE|-
  crossread extract FILE|-
  crossread timex EXPORTDIR
  crossread link FILE...`

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "crossread: "+strings.ReplaceAll(err.Error(), "\n", " "))
		os.Exit(2)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) (err error) {
	defer func() {
		// A bug in a layer must not print a Go stack trace at the caller.
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	if len(args) == 0 {
		return errors.New(usage)
	}
	switch args[0] {
	case "annotate":
		return cmdAnnotate(args[1:], stdin, stdout)
	case "extract":
		return cmdExtract(args[1:], stdin, stdout)
	case "timex":
		return cmdTimex(args[1:], stdout)
	case "link":
		return cmdLink(args[1:], stdout)
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n%s", args[0], usage)
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, 64<<20))
	}
	st, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", name, errors.Unwrap(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("cannot read %s: is a directory", name)
	}
	return os.ReadFile(name)
}

func cmdAnnotate(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dct := fs.String("dct", "", "publication date YYYY-MM-DD")
	url := fs.String("url", "", "page address")
	tree := fs.Bool("tree", false, "the HTML spells its tree out, every element closed (what the extension sends): parse it as written")
	lean := fs.Bool("lean", false, "boilerplate blocks as their length and hash (chars, hash), not their text (what the extension receives)")
	compact := fs.Bool("compact", false, "neighbouring boilerplate blocks as one block on their common element (what the extension receives)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("annotate: %v", err)
	}
	if fs.NArg() != 1 {
		return errors.New("annotate takes one FILE or -")
	}
	if *dct != "" {
		if _, err := time.Parse("2006-01-02", *dct); err != nil {
			return fmt.Errorf("--dct %q is not YYYY-MM-DD", *dct)
		}
	}
	data, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		return err
	}
	res, err := annotate.Bytes(data, fs.Arg(0), annotate.Options{DCT: *dct, URL: *url, MergeBoilerplate: *compact, LeanBoilerplate: *lean, Tree: *tree})
	if err != nil {
		return fmt.Errorf("%s: %v", fs.Arg(0), err)
	}
	return writeJSON(stdout, res)
}

func cmdExtract(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("extract takes one FILE or -")
	}
	data, err := readInput(args[0], stdin)
	if err != nil {
		return err
	}
	res, err := annotate.Bytes(data, args[0], annotate.Options{Layers: annotate.Layers{NoOfficials: true, NoDates: true, NoEvents: true}})
	if err != nil {
		return fmt.Errorf("%s: %v", args[0], err)
	}
	var parts []string
	for _, b := range res.Blocks {
		// The benchmark's article text leaves out headline, byline, dateline and captions.
		if !b.Boilerplate && b.Label == "article" {
			parts = append(parts, b.Text)
		}
	}
	_, err = io.WriteString(stdout, strings.Join(parts, "\n\n")+"\n")
	return err
}

// timexSpan is one prediction in score-timex's PRED format.
type timexSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Text  string `json:"text"`
	Mod   string `json:"mod,omitempty"`
}

func cmdTimex(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("timex takes one EXPORTDIR (from score-timex --export)")
	}
	dir := args[0]
	raw, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		return fmt.Errorf("cannot read %s/index.json: %v", dir, errors.Unwrap(err))
	}
	var index map[string]struct {
		DCT string `json:"dct"`
	}
	if err := json.Unmarshal(raw, &index); err != nil {
		return fmt.Errorf("%s/index.json: %v", dir, err)
	}
	ids := make([]string, 0, len(index))
	for id := range index {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	docs := make(map[string][]timexSpan, len(ids))
	for _, id := range ids {
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			return fmt.Errorf("cannot read %s.txt: %v", id, errors.Unwrap(err))
		}
		dct, _ := time.Parse("2006-01-02", firstN(index[id].DCT, 10))
		spans := []timexSpan{}
		for _, t := range dates.TagDoc(string(text), dct) {
			spans = append(spans, timexSpan{t.Start, t.End, t.Type, t.Value, t.Text, t.Mod})
		}
		docs[id] = spans
	}
	return writeJSON(stdout, map[string]any{"system": "crossread", "docs": docs})
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// linkEntry is one file's answer in `crossread link`.
type linkEntry struct {
	SameEvent []string           `json:"same_event"`
	Event     events.Fingerprint `json:"event"`
	Title     string             `json:"title"`
	DCT       string             `json:"dct"`
}

func cmdLink(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("link takes one or more FILEs")
	}
	all := make([]link.Report, len(args))
	corpus := make([][]string, len(args)) // seed reports each links to
	for i, name := range args {
		data, err := readInput(name, nil)
		if err != nil {
			return err
		}
		d, err := doc.Parse(data, name, "")
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		all[i], _ = link.Read(d, annotate.Options{})
		// The built-in corpus too: a report of a seed's call links to that seed.
		same, _ := annotate.Seeds().LinksForDoc(d, all[i].Event, all[i].Terms)
		for _, l := range same {
			corpus[i] = append(corpus[i], l.Report)
		}
	}
	link.Weigh(all)
	out := make(map[string]*linkEntry, len(args))
	for i, name := range args {
		out[name] = &linkEntry{SameEvent: []string{}, Event: all[i].Event, Title: all[i].Title, DCT: all[i].DCT}
	}
	group := link.Group(all, link.CallGroups(all))
	for i := range args {
		for j := i + 1; j < len(args); j++ {
			if group[i] == group[j] && all[i].Digest != all[j].Digest {
				out[args[i]].SameEvent = append(out[args[i]].SameEvent, args[j])
				out[args[j]].SameEvent = append(out[args[j]].SameEvent, args[i])
			}
		}
	}
	for i, name := range args {
		listed := map[string]bool{}
		for _, x := range out[name].SameEvent {
			listed[filepath.Base(x)] = true
		}
		for _, id := range corpus[i] {
			if !listed[id] && filepath.Base(name) != id {
				out[name].SameEvent = append(out[name].SameEvent, id)
			}
		}
	}
	return writeJSON(stdout, out)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
