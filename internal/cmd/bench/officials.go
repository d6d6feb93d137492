package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// officialsDevGold is the hand-labelled DEV set (labels only; the texts are the
// extraction benchmark's article bodies, read at bench time).
const officialsDevGold = "testdata/officials-dev/gold.json"

var dateFigures = regexp.MustCompile(`\s*\|\s*dates P .*$`)

// officialsRows writes the chosen extraction articles, one paragraph a line,
// and scores crossread's officials on them with score-crossread's reports mode.
func officialsRows(bench string) {
	raw, err := os.ReadFile(officialsDevGold)
	if err != nil {
		fmt.Println("no officials DEV gold:", err)
		return
	}
	var gold map[string]json.RawMessage
	if err := json.Unmarshal(raw, &gold); err != nil {
		fmt.Println("bad officials DEV gold:", err)
		return
	}
	raw, err = os.ReadFile(filepath.Join(bench, "extraction", "ground-truth.json"))
	if err != nil {
		fmt.Println("no extraction ground truth:", err)
		return
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		fmt.Println("bad extraction ground truth:", err)
		return
	}
	dir, _ := os.MkdirTemp("", "crossread-officials-dev")
	defer os.RemoveAll(dir)
	var ids []string
	for f := range gold {
		ids = append(ids, f)
	}
	sort.Strings(ids)
	for _, f := range ids {
		art, ok := truth[strings.TrimSuffix(f, ".txt")]
		if !ok {
			fmt.Println("officials DEV: no article for", f)
			return
		}
		_ = os.WriteFile(filepath.Join(dir, f), []byte(paragraphLines(art.ArticleBody)), 0o644)
	}
	cli := buildCLI()
	out := run(exec.Command(filepath.Join(bench, "score-crossread"), "reports", officialsDevGold, dir), cli)
	if strings.HasPrefix(out, "error") {
		fmt.Println(out)
		return
	}
	// The error lists (miss, role_bad, men_miss, fp) go first, then the headline;
	// the DEV set labels no dates, so the date figures are cut off.
	for _, l := range strings.Split(strings.Trim(out, "\n"), "\n") {
		if strings.HasPrefix(l, "  date_") {
			continue
		}
		fmt.Println(dateFigures.ReplaceAllString(l, " (dates not labelled)"))
	}
}

// paragraphLines puts each blank-line separated paragraph of an article body on
// one line, so crossread reads one block a paragraph.
func paragraphLines(body string) string {
	var out []string
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(body, -1) {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n") + "\n"
}
