package annotate

import (
	"hash/fnv"
	"strings"
	"testing"
)

// fieldsHash must be what its comment says: FNV-1a of the fields joined by
// one space, with the number of fields — whatever the whitespace and bytes.
func TestFieldsHash(t *testing.T) {
	for _, s := range []string{"", " ", "a", " Lloyd  Austin\tsaid\n", "a\u00a0b\u2003c", "x\u0085y", "\xff bad \xfe", "Ünïcode  words 😀 here", "\v\f\r"} {
		want := fnv.New64a()
		want.Write([]byte(strings.Join(strings.Fields(s), " ")))
		h, n := fieldsHash(s)
		if h != want.Sum64() || n != len(strings.Fields(s)) {
			t.Errorf("%q: got %x/%d, want %x/%d", s, h, n, want.Sum64(), len(strings.Fields(s)))
		}
	}
}
