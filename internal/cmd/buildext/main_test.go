package main

import (
	"encoding/json"
	"os"
	"path/filepath"
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
	files := []string{m.Action.DefaultPopup, m.Background.ServiceWorker, "offscreen.html", "offscreen.js", "core.js"}
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
