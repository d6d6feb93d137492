package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestBuild minifies every asset and checks that each file the manifest and
// the offscreen page name is in the output (the wasm and wasm_exec.js aside,
// which come from the Go toolchain).
func TestBuild(t *testing.T) {
	out := t.TempDir()
	if err := run(filepath.Join("..", "..", "..", "extension"), out, false); err != nil {
		t.Fatal(err)
	}
	ext := filepath.Join(out, "extension")
	b, err := os.ReadFile(filepath.Join(ext, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		ManifestVersion int               `json:"manifest_version"`
		Icons           map[string]string `json:"icons"`
		Action          struct {
			DefaultPopup string `json:"default_popup"`
		} `json:"action"`
		Background struct {
			ServiceWorker string   `json:"service_worker"`
			Scripts       []string `json:"scripts"`
		} `json:"background"`
		ContentScripts []struct {
			JS  []string `json:"js"`
			CSS []string `json:"css"`
		} `json:"content_scripts"`
		CSP struct {
			ExtensionPages string `json:"extension_pages"`
		} `json:"content_security_policy"`
		Gecko struct {
			Gecko struct {
				ID string `json:"id"`
			} `json:"gecko"`
		} `json:"browser_specific_settings"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("minified manifest is not JSON: %v", err)
	}
	if m.ManifestVersion != 3 || m.Gecko.Gecko.ID == "" || m.CSP.ExtensionPages == "" {
		t.Errorf("manifest: %+v", m)
	}
	files := []string{m.Action.DefaultPopup, m.Background.ServiceWorker, "offscreen.html", "offscreen.js", "core.js",
		"reader.html", "reader.js", "corpus-store.js", "popup-corpus.js"}
	files = append(files, m.Background.Scripts...)
	for _, i := range m.Icons {
		files = append(files, i)
	}
	for _, cs := range m.ContentScripts {
		files = append(files, cs.JS...)
		files = append(files, cs.CSS...)
	}
	for _, f := range files {
		if f == "wasm_exec.js" {
			continue
		}
		if _, err := os.Stat(filepath.Join(ext, f)); err != nil {
			t.Errorf("manifest names %s, not in dist: %v", f, err)
		}
	}
	for _, f := range []string{"transport.js", "worker.js"} {
		if _, err := os.Stat(filepath.Join(out, "page", f)); err != nil {
			t.Errorf("page mode: %v", err)
		}
	}
	for _, f := range []string{"package.json", "test", "e2e", "node_modules", "bench", "tools", "page"} {
		if _, err := os.Stat(filepath.Join(ext, f)); err == nil {
			t.Errorf("%s must not ship in the extension", f)
		}
	}
}

// TestPermissions: the shipped manifest asks for no host at install (every
// site is the optional permission the popup requests), every file sites.js
// injects ships, and only the e2e variant holds the host permission.
func TestPermissions(t *testing.T) {
	out := t.TempDir()
	if err := run(filepath.Join("..", "..", "..", "extension"), out, false); err != nil {
		t.Fatal(err)
	}
	type manifest struct {
		Permissions    []string `json:"permissions"`
		Host           []string `json:"host_permissions"`
		OptionalHost   []string `json:"optional_host_permissions"`
		ContentScripts []any    `json:"content_scripts"`
	}
	read := func(dir string) manifest {
		b, err := os.ReadFile(filepath.Join(out, dir, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m manifest
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := read("extension")
	// sidePanel (issue 18): Chrome's side panel holds the list; it grants no host or data access.
	if got := fmt.Sprint(m.Permissions); got != "[activeTab scripting storage offscreen sidePanel]" {
		t.Errorf("permissions %s", got)
	}
	if len(m.Host) > 0 || len(m.ContentScripts) > 0 || len(m.OptionalHost) == 0 {
		t.Errorf("shipped manifest must hold hosts only as optional: %+v", m)
	}
	e := read("extension-e2e")
	if fmt.Sprint(e.Host) != fmt.Sprint(m.OptionalHost) || len(e.OptionalHost) > 0 {
		t.Errorf("e2e variant: %+v", e)
	}
	src, err := os.ReadFile(filepath.Join(out, "extension", "sites.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range regexp.MustCompile(`"((?:shim/)?[\w-]+\.(?:js|css))"`).FindAllStringSubmatch(string(src), -1) {
		if _, err := os.Stat(filepath.Join(out, "extension", f[1])); err != nil {
			t.Errorf("sites.js injects %s, not in dist: %v", f[1], err)
		}
	}
}
