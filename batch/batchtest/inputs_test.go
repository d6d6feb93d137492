package batchtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func readShared(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(shared, "calls")
	needShared(t, dir)
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// warcRecord is one WARC/1.1 record, written by hand so the reader is tested
// against the format, not against its own writer.
func warcRecord(typ, uri, ctype string, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nWARC-Date: 2025-05-20T08:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, len(uri)*7919+len(block), uri, ctype, len(block), block)
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

// asHTML turns a .txt report (one block a line) into a plain page.
func asHTML(text string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><body><article>")
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "date ") {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// mixedCrawl writes a folder of pages (one unreadable), a JSONL feed (three
// syndicated copies of one report, one bad line) and a WARC file, all from
// real reports of two trump-putin calls.
func mixedCrawl(t *testing.T) string {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	os.Mkdir(pages, 0o755)
	for _, f := range []string{"087.txt", "090.txt", "029.txt"} {
		os.WriteFile(filepath.Join(pages, f), []byte(readShared(t, f)), 0o644)
	}
	os.WriteFile(filepath.Join(pages, "broken.html"), []byte("<html>\x00\x01 not text</html>"), 0o644)
	var feed bytes.Buffer
	wire := readShared(t, "043.txt")
	for i, site := range []string{"a", "b", "c"} {
		b, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("https://%s.example/wire/%d", site, i), "text": wire + "\nRepublished by " + site + ".example\n"})
		feed.Write(b)
		feed.WriteByte('\n')
	}
	feed.WriteString("{\"url\": \"https://d.example/cut\", \"text\": \"cut off mid\n")
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), feed.Bytes(), 0o644)
	var w strings.Builder
	w.WriteString(warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"))
	w.WriteString(warcRecord("response", "https://e.example/putin-trump", "application/http;msgtype=response",
		httpResponse("200 OK", "text/html; charset=utf-8", asHTML(readShared(t, "011.txt")))))
	w.WriteString(warcRecord("response", "https://e.example/missing", "application/http;msgtype=response", httpResponse("404 Not Found", "text/html", "<p>no</p>")))
	w.WriteString(warcRecord("response", "https://e.example/logo.png", "application/http;msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG")))
	os.WriteFile(filepath.Join(dir, "crawl.warc"), []byte(w.String()), 0o644)
	return dir
}

func annotations(t *testing.T, path string) map[string]map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("annotations line %q: %v", l[:min(80, len(l))], err)
		}
		out[m["url"].(string)] = m
	}
	return out
}

// Folder, JSONL and WARC in one run: every page annotated or an error row,
// copies grouped with their original, and a rerun writes the same bytes.
func TestMixedInputsRerunIdentical(t *testing.T) {
	dir := mixedCrawl(t)
	in := strings.Join([]string{filepath.Join(dir, "pages"), filepath.Join(dir, "feed.jsonl"), filepath.Join(dir, "crawl.warc")}, ",")
	out1, out2 := t.TempDir(), t.TempDir()
	log := runBatch(t, in, out1)
	runBatch(t, in, out2)
	for _, f := range []string{"annotations.jsonl", "events.jsonl", "corpus.json"} {
		a, _ := os.ReadFile(filepath.Join(out1, f))
		b, _ := os.ReadFile(filepath.Join(out2, f))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: %d bytes, rerun %d bytes, identical %v", f, len(a), len(b), bytes.Equal(a, b))
		}
	}
	anns := annotations(t, filepath.Join(out1, "annotations.jsonl"))
	for _, u := range []string{"087.txt", "090.txt", "029.txt", "https://a.example/wire/0", "https://b.example/wire/1", "https://c.example/wire/2", "https://e.example/putin-trump"} {
		a, ok := anns[u]
		if !ok {
			t.Errorf("no annotation for %s", u)
			continue
		}
		if ev, _ := a["event"].(map[string]any); ev["kind"] != "call" {
			t.Errorf("%s: event %v, want a call", u, a["event"])
		}
	}
	if _, ok := anns["https://e.example/logo.png"]; ok {
		t.Error("an image was annotated")
	}
	if e := anns["broken.html"]["error"]; e == nil {
		t.Errorf("broken.html: no error row: %v", anns["broken.html"])
	}
	if e := anns["feed.jsonl:4"]["error"]; e == nil {
		t.Errorf("the bad JSONL line: no error row (rows: %d)", len(anns))
	}
	if counter(t, log, "parse_failures") != 1 || counter(t, log, "read_failures") != 1 {
		t.Errorf("failures not counted: %s", log)
	}
	if counter(t, log, "syndicated_copies") != 2 {
		t.Errorf("syndicated_copies %d, want 2: %s", counter(t, log, "syndicated_copies"), log)
	}
	// One event holds the two reports of trump-putin-2025-02-12 and the three copies of a third.
	var found bool
	for _, e := range readEvents(t, filepath.Join(out1, "events.jsonl")) {
		got := map[string]string{}
		for _, r := range e.Reports {
			got[r.URL] = r.CopyOf
		}
		if _, ok := got["087.txt"]; !ok {
			continue
		}
		found = true
		want := map[string]string{"087.txt": "", "090.txt": "", "https://a.example/wire/0": "",
			"https://b.example/wire/1": "https://a.example/wire/0", "https://c.example/wire/2": "https://a.example/wire/0"}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("event of 087: %v, want %v", got, want)
		}
		if len(e.Facts["day"]) == 0 {
			t.Errorf("no facts across reports: %v", e.Facts)
		}
	}
	if !found {
		t.Errorf("no event with 087.txt")
	}
	var bundle []map[string]any
	data, _ := os.ReadFile(filepath.Join(out1, "corpus.json"))
	if err := json.Unmarshal(data, &bundle); err != nil || len(bundle) < 5 {
		t.Fatalf("corpus.json: %v, %d reports", err, len(bundle))
	}
	for _, r := range bundle {
		for _, k := range []string{"id", "title", "text", "html", "dct", "url"} {
			if _, ok := r[k]; !ok {
				t.Errorf("corpus report without %s: %v", k, r["id"])
			}
		}
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// The portable path: the same binary submitted to a standalone Prism job
// server (as to a Flink or Spark job server) writes what the in-process run writes.
func TestUniversalRunner(t *testing.T) {
	prism := bin(t, "PRISM")
	dir := filepath.Join(shared, "calls")
	needShared(t, dir)
	in := t.TempDir()
	for _, f := range []string{"087.txt", "090.txt", "043.txt", "011.txt", "017.txt", "029.txt"} {
		os.WriteFile(filepath.Join(in, f), []byte(readShared(t, f)), 0o644)
	}
	port := freePort(t)
	srv := exec.Command(prism, fmt.Sprintf("--job_port=%d", port), "--serve_http=false")
	var srvLog bytes.Buffer
	srv.Stdout, srv.Stderr = &srvLog, &srvLog
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		srv.Process.Kill()
		srv.Wait()
	}()
	for end := time.Now().Add(30 * time.Second); ; {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(end) {
			t.Fatalf("the job server did not listen: %s", srvLog.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	local, remote := t.TempDir(), t.TempDir()
	runBatch(t, in, local)
	log := runBatch(t, in, remote, "--runner=universal", fmt.Sprintf("--endpoint=localhost:%d", port), "--environment_type=LOOPBACK")
	if !strings.Contains(log, "universal runner") {
		t.Errorf("not run by the universal runner: %s", log)
	}
	for _, f := range []string{"annotations.jsonl", "events.jsonl", "corpus.json"} {
		a, _ := os.ReadFile(filepath.Join(local, f))
		b, _ := os.ReadFile(filepath.Join(remote, f))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between the in-process and the job-server run (%d vs %d bytes)", f, len(a), len(b))
		}
	}
	if n := len(readEvents(t, filepath.Join(remote, "events.jsonl"))); n != 2 {
		t.Errorf("%d events from 6 reports of two calls, want 2", n)
	}
}
