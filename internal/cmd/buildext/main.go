// Command buildext builds the extension into one directory that Chrome and
// Firefox both load, plus the page-mode files `make serve` uses:
//
//	go run ./internal/cmd/buildext [-out dist] [-src extension] [-wasm=true]
//
//	dist/extension/  manifest, background, offscreen, content script + shim, popup, CSS, icons,
//	                 crossread.wasm (stripped) and wasm_exec.js copied from GOROOT (never committed)
//	dist/page/       transport.js + worker.js: the same shim without an extension (make serve)
//
// Every JS, CSS, HTML and JSON asset goes through tdewolff/minify; the build
// fails if one does not minify, so a syntax error cannot ship.
package main

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
)

// ship lists the top-level entries of extension/ that make the extension; the
// rest (tests, e2e, tools, benches, node_modules, page mode) stays out. An
// allow-list, so a new dev file never ships by accident.
var ship = map[string]bool{
	"manifest.json": true, "background.js": true, "content.js": true, "core.js": true,
	"offscreen.html": true, "offscreen.js": true, "popup.html": true, "popup.js": true, "popup.css": true,
	"crossread.css": true, "shim": true, "icons": true, "sites.js": true,
	"reader.html": true, "reader.js": true, "corpus-store.js": true, "popup-corpus.js": true, // issue 7
	"sidepanel.html": true, "sidepanel.js": true, "sidepanel.css": true, // issue 18
}

var mimes = map[string]string{
	".js": "application/javascript", ".mjs": "application/javascript", ".css": "text/css",
	".html": "text/html", ".json": "application/json",
}

func main() {
	out := flag.String("out", "dist", "output directory")
	src := flag.String("src", "extension", "extension sources")
	buildWasm := flag.Bool("wasm", true, "build crossread.wasm from ./wasm")
	flag.Parse()
	if err := run(*src, *out, *buildWasm); err != nil {
		fmt.Fprintln(os.Stderr, "buildext:", err)
		os.Exit(1)
	}
}

func run(src, out string, buildWasm bool) error {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("application/json", json.Minify)

	ext := filepath.Join(out, "extension")
	page := filepath.Join(out, "page")
	for _, d := range []string{ext, page} {
		if err := os.RemoveAll(d); err != nil {
			return err
		}
	}
	var in, outBytes int
	copyTree := func(from, to string, top bool) error {
		return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(from, p)
			if top && rel != "." && !ship[strings.Split(filepath.ToSlash(rel), "/")[0]] {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			in += len(data)
			if mt, ok := mimes[filepath.Ext(p)]; ok {
				var b bytes.Buffer
				if err := m.Minify(mt, &b, bytes.NewReader(data)); err != nil {
					return fmt.Errorf("minify %s: %w", p, err)
				}
				data = b.Bytes()
			}
			outBytes += len(data)
			dst := filepath.Join(to, rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			return os.WriteFile(dst, data, 0o644)
		})
	}
	if err := copyTree(src, ext, true); err != nil {
		return err
	}
	if err := copyTree(filepath.Join(src, "page"), page, false); err != nil {
		return err
	}

	// wasm_exec.js must match the compiler that built the wasm: copy it from this GOROOT.
	goroot := runtime.GOROOT()
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		goroot = strings.TrimSpace(string(out))
	}
	we, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return fmt.Errorf("wasm_exec.js (Go 1.24+ keeps it in GOROOT/lib/wasm): %w", err)
	}
	if err := os.WriteFile(filepath.Join(ext, "wasm_exec.js"), we, 0o644); err != nil {
		return err
	}

	if buildWasm {
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w -buildid=", "-o",
			filepath.Join(ext, "crossread.wasm"), "./wasm")
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build ./wasm: %w", err)
		}
	}
	size := int64(-1)
	if st, err := os.Stat(filepath.Join(ext, "crossread.wasm")); err == nil {
		size = st.Size()
	} else if buildWasm {
		return errors.New("no crossread.wasm in " + ext)
	}
	fmt.Printf("buildext: %s: assets %d → %d bytes minified, crossread.wasm %d bytes\n", out, in, outBytes, size)
	return e2eVariant(src, ext, filepath.Join(out, "extension-e2e"))
}

// e2eVariant writes dist/extension-e2e, for the e2e tests only (never shipped,
// never linted as the product): the shipped files with the optional host
// permission made a required one, i.e. the state after the reader clicked
// "Run on every site". Browsers grant it at install without a prompt, so the
// tests drive the real path: background.js sees the permission and registers
// the content script. (permissions.request needs a user gesture and a prompt
// that headless browsers cannot answer.)
//
// It also carries bench/hook.js (as bench-hook.js, injected after content.js):
// the browser bench's way to ask for a fresh annotation of a settled page.
func e2eVariant(src, ext, to string) error {
	if err := os.RemoveAll(to); err != nil {
		return err
	}
	err := filepath.WalkDir(ext, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(ext, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rel == "sites.js" {
			// The tests read the panel through shadowRoot: inject open-shadow.js first.
			// (minified: the first entry of the list, in double quotes)
			const first = `"shim/anchor.js"`
			if bytes.Count(data, []byte(first)) != 1 {
				return fmt.Errorf("sites.js: cannot find the injected file list to open the panel for the e2e build")
			}
			data = bytes.Replace(data, []byte(first), []byte(`"shim/open-shadow.js",`+first), 1)
			const last = `"content.js"`
			if bytes.Count(data, []byte(last)) != 1 {
				return fmt.Errorf("sites.js: cannot find content.js in the injected file list for the e2e build")
			}
			data = bytes.Replace(data, []byte(last), []byte(last+`,"bench-hook.js"`), 1)
		}
		if rel == "manifest.json" {
			var m map[string]any
			if err := stdjson.Unmarshal(data, &m); err != nil {
				return fmt.Errorf("manifest.json: %w", err)
			}
			m["host_permissions"] = m["optional_host_permissions"]
			delete(m, "optional_host_permissions")
			m["name"] = "crossread (e2e build)"
			if data, err = stdjson.MarshalIndent(m, "", "  "); err != nil {
				return err
			}
		}
		dst := filepath.Join(to, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		return fmt.Errorf("e2e variant: %w", err)
	}
	hook, err := os.ReadFile(filepath.Join(src, "bench", "hook.js"))
	if err != nil {
		return fmt.Errorf("e2e variant: %w", err)
	}
	return os.WriteFile(filepath.Join(to, "bench-hook.js"), hook, 0o644)
}
