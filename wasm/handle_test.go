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
	f.Fuzz(func(t *testing.T, page, meta string) {
		if out := handle(page, meta); !json.Valid([]byte(out)) {
			t.Fatalf("invalid JSON: %.200s", out)
		}
	})
}
