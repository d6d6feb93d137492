package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, path string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func handler() http.Handler {
	root := filepath.Join("..", "..")
	return New(Config{Root: root, Dist: filepath.Join(root, "dist")})
}

const seed = "000_f39a18dfd17b5c2f"

func TestIndexListsSeedsAndPages(t *testing.T) {
	res, body := get(t, handler(), "/")
	if res.StatusCode != 200 {
		t.Fatal(res.Status)
	}
	for _, want := range []string{"/seed/" + seed + ".html", "001_4690e46b240b547a.txt", "/page/anchoring/",
		"Defense Secretary Austin speaks with Russian defense minister"} {
		if !strings.Contains(body, want) {
			t.Errorf("index lacks %q", want)
		}
	}
}

func TestSeedViews(t *testing.T) {
	h := handler()
	_, body := get(t, h, "/seed/"+seed+".html")
	for _, want := range []string{`<meta property="article:published_time" content="2022-05-13">`,
		"<h1>Connect with us</h1>", "<p>Hi, what are you looking for?</p>", "/_crossread/page/transport.js",
		"<title>Defense Secretary Austin speaks"} {
		if !strings.Contains(body, want) {
			t.Errorf("seed page lacks %q", want)
		}
	}
	res, body := get(t, h, "/e2e/seed/"+seed+".html")
	if csp := res.Header.Get("Content-Security-Policy"); csp != "script-src 'self'" {
		t.Errorf("e2e CSP = %q", csp)
	}
	if strings.Contains(body, "/_crossread/") || !strings.Contains(body, `<script src="/e2e/page.js">`) {
		t.Error("e2e page must carry its own script and no dev shim")
	}
	res, body = get(t, h, "/e2e/seed/"+seed+".txt")
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") || !strings.HasPrefix(body, "Connect with us") {
		t.Errorf("text view: %s %.40q", ct, body)
	}
	_, body = get(t, h, "/seed/"+seed+".pre.html")
	if !strings.Contains(body, "<body><pre>Connect with us") {
		t.Errorf("pre view: %.200s", body)
	}
	// Report text is escaped, never markup.
	if strings.Contains(body, "<script>alert") {
		t.Error("unescaped text")
	}
}

func TestNotFound(t *testing.T) {
	h := handler()
	for _, p := range []string{"/seed/nope.html", "/seed/" + seed, "/e2e/seed/" + seed + ".pre.html",
		"/page/nope/", "/_crossread/../../go.mod", "/seed/..%2fcorpus.json.txt"} {
		if res, _ := get(t, h, p); res.StatusCode == 200 {
			t.Errorf("%s: %s", p, res.Status)
		}
	}
}

func TestPageGetsShimBeforeBodyEnd(t *testing.T) {
	_, body := get(t, handler(), "/page/anchoring/")
	i, j := strings.Index(body, "/_crossread/shim/anchor.js"), strings.LastIndex(body, "</body>")
	if i < 0 || j < i {
		t.Errorf("shim not before </body>: %d %d", i, j)
	}
}

func TestReportReaderView(t *testing.T) {
	h := handler()
	for _, id := range []string{"003_126aa5783b13bd15.txt", "003_126aa5783b13bd15"} {
		res, body := get(t, h, "/reports/"+id)
		if res.StatusCode != 200 {
			t.Fatalf("%s: %s", id, res.Status)
		}
		for _, want := range []string{"crossread reader view", `content="2022-05-13"`, "/_crossread/page/transport.js",
			"<title>U.S. Defense Secretary Lloyd Austin Speaks"} {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %q", id, want)
			}
		}
	}
	for _, p := range []string{"/reports/nope.txt", "/reports/..%2fcorpus.json", "/reports/corpus.json"} {
		if res, _ := get(t, h, p); res.StatusCode == 200 {
			t.Errorf("%s: %s", p, res.Status)
		}
	}
}
