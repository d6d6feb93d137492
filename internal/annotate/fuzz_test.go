package annotate

import (
	"testing"
	"time"
)

// FuzzBytes: any input either errors cleanly or gives annotations whose spans
// index their blocks (the shim trusts them to build DOM ranges).
func FuzzBytes(f *testing.F) {
	f.Add([]byte("<p>Defense Secretary Lloyd Austin spoke Friday with Russian Defense Minister Sergei Shoigu.</p>"), "page.html")
	f.Add([]byte("Headline\n  • Home\nMr. Austin said on Feb. 18 that the call lasted about an hour.\n"), "r.txt")
	f.Add([]byte("<table><tr><td>Sen. <b>Dick</b> Durbin, D-Ill.<br>late March</td></tr></table>"), "page.html")
	f.Add([]byte("<pre>\u202eRTL \U0001F600 Friday\r\nnext week</pre>"), "page.html")
	f.Add([]byte("<html><body><nav><ul><li><a href>Home</a></li><li><a href>World</a></li></ul></nav><p>Mr. Austin said Friday.</p><footer><p>© 2022</p><p>Posted Friday</p></footer></body></html>"), "page.html")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		// Both ways the core reads pages: as the CLI does, and as the
		// extension asks (the tree as written, boilerplate neighbours merged).
		for _, opt := range []Options{{}, {Tree: true, MergeBoilerplate: true}} {
			opt.Today = time.Date(2022, 5, 13, 0, 0, 0, 0, time.UTC)
			checkSpans(t, data, name, opt)
		}
	})
}

func checkSpans(t *testing.T, data []byte, name string, opt Options) {
	t.Helper()
	res, err := Bytes(data, name, opt)
	if err != nil {
		return
	}
	check := func(kind string, block, start, end int, text string) {
		if block < 0 || block >= len(res.Blocks) {
			t.Fatalf("%s in missing block %d", kind, block)
		}
		rs := []rune(res.Blocks[block].Text)
		if start < 0 || end > len(rs) || start >= end || string(rs[start:end]) != text {
			t.Fatalf("%s span [%d,%d) %q does not index block %q", kind, start, end, text, res.Blocks[block].Text)
		}
	}
	for _, d := range res.Dates {
		check("date", d.Block, d.Start, d.End, d.Text)
	}
	for _, o := range res.Officials {
		for _, m := range o.Mentions {
			check("mention", m.Block, m.Start, m.End, m.Text)
		}
	}
}
