package server

import (
	"strings"
	"testing"
)

// TestHostile: each folder's page comes with its headers.json, its own files
// are served, the pad comment becomes 10 MB, and nothing outside is reachable.
func TestHostile(t *testing.T) {
	h := handler()
	res, body := get(t, h, "/hostile/csp-strict/")
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Security-Policy"), "script-src 'self'") ||
		!strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(body, "Lloyd Austin") {
		t.Fatalf("csp-strict: %s %v", res.Status, res.Header)
	}
	if res, _ := get(t, h, "/hostile/trusted-types/page.js"); res.StatusCode != 200 ||
		!strings.Contains(res.Header.Get("Content-Security-Policy"), "require-trusted-types-for 'script'") ||
		!strings.Contains(res.Header.Get("Content-Type"), "javascript") {
		t.Errorf("page.js: %s %v", res.Status, res.Header)
	}
	res, body = get(t, h, "/hostile/huge/")
	if res.StatusCode != 200 || len(body) < 10<<20 || strings.Contains(body, "crossread:pad") || !strings.HasSuffix(strings.TrimSpace(body), "</html>") {
		t.Errorf("huge: %s, %d bytes", res.Status, len(body))
	}
	for _, p := range []string{"/hostile/csp-strict/headers.json", "/hostile/nope/", "/hostile/csp-strict/..%2f..%2fgo.mod", "/hostile/..%2f/source.html"} {
		if res, _ := get(t, h, p); res.StatusCode == 200 {
			t.Errorf("%s served", p)
		}
	}
}
