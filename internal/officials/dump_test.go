package officials

import (
	"fmt"
	"os"
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
