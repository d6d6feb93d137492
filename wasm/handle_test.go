package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestHandleSeed(t *testing.T) {
	page, err := os.ReadFile("../testdata/seeds/000_f39a18dfd17b5c2f.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := handle(string(page), `{"name":"000.txt","dct":"2022-05-13"}`)
	var res struct {
		Error string `json:"error"`
		Links []struct {
			Report string `json:"report"`
		} `json:"links"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Error != "" || len(res.Links) != 2 {
		t.Fatalf("%v %s %+v", err, res.Error, res.Links)
	}
}

func TestHandleBadInput(t *testing.T) {
	for _, c := range []struct{ page, meta, want string }{
		{"<p>x</p>", "{not json", "meta is not valid JSON"},
		{"\x00\x01binary", "", "not text"},
		{"<p>x</p>", `{"layers":{"boilerplate":false},"corpus":[{"id":"x","text":"\u0000"}]}`, ""},
	} {
		out := handle(c.page, c.meta)
		if !json.Valid([]byte(out)) || (c.want != "" && !strings.Contains(out, c.want)) {
			t.Errorf("handle(%q, %q) = %s", c.page, c.meta, out)
		}
	}
}

// FuzzHandle: arbitrary page bytes and meta JSON never panic through the
// boundary and always give valid JSON.
func FuzzHandle(f *testing.F) {
	f.Add("<html><body><p>Defense Secretary Lloyd Austin spoke Friday.</p></body></html>", `{"dct":"2022-05-13"}`)
	f.Add("Title\n• Home\nU.S. Secretary of Defense Lloyd Austin spoke Friday with Shoigu.", `{"name":"r.txt"}`)
	f.Add("<pre>a\nb</pre>", `{"layers":{"dates":false}}`)
	f.Add("<!DOCTYPE html><html><head></head><body><nav><ul><li><a href>Home</a></li><li><a href>World</a></li></ul></nav><p>Mr. Austin spoke Friday.</p></body></html>", `{"tree":true,"compact":true}`)
	f.Add("<p>x</b><svg>", `{"tree":true,"compact":true,"url":"https://example.com/a"}`)
	f.Fuzz(func(t *testing.T, page, meta string) {
		if out := handle(page, meta); !json.Valid([]byte(out)) {
			t.Fatalf("invalid JSON: %.200s", out)
		}
	})
}

func TestReport(t *testing.T) {
	want, err := os.ReadFile("../testdata/seeds/003_126aa5783b13bd15.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"003_126aa5783b13bd15.txt", "003_126aa5783b13bd15"} {
		var r seedReport
		if err := json.Unmarshal([]byte(report(id)), &r); err != nil || r.ID != "003_126aa5783b13bd15.txt" || r.Text != string(want) || r.DCT != "2022-05-13" || r.HTML {
			t.Errorf("report(%q) = %+v, %v", id, r.ID, err)
		}
	}
	for _, id := range []string{"", "nope.txt", "../seeds/003_126aa5783b13bd15.txt"} {
		if out := report(id); !strings.Contains(out, `"error"`) || !json.Valid([]byte(out)) {
			t.Errorf("report(%q) = %.80s, want an error", id, out)
		}
	}
}

// TestHandleStoredCorpus: a report the reader kept (article text, id = its
// URL, as the extension stores it) is linked like a seed, and never to itself.
func TestHandleStoredCorpus(t *testing.T) {
	text, err := os.ReadFile("../testdata/seeds/003_126aa5783b13bd15.txt")
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := json.Marshal(map[string]any{"corpus": []map[string]any{{"id": "https://news.example/003", "title": "t",
		"text": string(text), "html": false, "dct": "2022-05-13", "url": "https://news.example/003"}}})
	links := func(page, name string) []string {
		var res struct {
			Error string `json:"error"`
			Links []struct {
				Report string `json:"report"`
			} `json:"links"`
		}
		m := strings.Replace(string(stored), "{", `{"name":"`+name+`",`, 1)
		if err := json.Unmarshal([]byte(handle(page, m)), &res); err != nil || res.Error != "" {
			t.Fatalf("%v %s", err, res.Error)
		}
		var out []string
		for _, l := range res.Links {
			out = append(out, l.Report)
		}
		return out
	}
	seed0, _ := os.ReadFile("../testdata/seeds/000_f39a18dfd17b5c2f.txt")
	if got := strings.Join(links(string(seed0), "000.txt"), " "); !strings.Contains(got, "https://news.example/003") {
		t.Errorf("000 does not link the stored report: %s", got)
	}
	if got := strings.Join(links(string(text), "003.txt"), " "); strings.Contains(got, "news.example") || strings.Contains(got, "003_") {
		t.Errorf("the stored report links to itself: %s", got)
	}
}

func TestWarm(t *testing.T) {
	for i := -1; i < 7; i++ {
		if out := warm(i); out != "" {
			t.Fatalf("warm(%d) = %s", i, out)
		}
	}
}
