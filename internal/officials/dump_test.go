package officials

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDump prints what Find sees in a text file: OFFICIALS_DUMP=path go test -run Dump -v
func TestDump(t *testing.T) {
	p := os.Getenv("OFFICIALS_DUMP")
	if p == "" {
		t.Skip()
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range Find(strings.Split(string(raw), "\n"), nil) {
		var ms []string
		for _, m := range o.Mentions {
			ms = append(ms, fmt.Sprintf("%d:%q", m.Block+1, m.Text))
		}
		fmt.Printf("%-28s | %-45s | %s | %s\n", o.Name, o.Role, o.Country, strings.Join(ms, " "))
	}
}

// TestDumpDir prints every official Find reports in every .txt file of the
// folders in OFFICIALS_DUMPDIR (colon-separated), one line each, to diff a
// rule change over a whole corpus: OFFICIALS_DUMPDIR=a:b go test -run DumpDir -v
func TestDumpDir(t *testing.T) {
	dirs := os.Getenv("OFFICIALS_DUMPDIR")
	if dirs == "" {
		t.Skip()
	}
	for _, dir := range strings.Split(dirs, ":") {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range files {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range Find(strings.Split(string(raw), "\n"), nil) {
				fmt.Printf("%s | %s | %s | %d\n", filepath.Base(p), o.Name, o.Role, len(o.Mentions))
			}
		}
	}
}
