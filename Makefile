# crossread — `make serve` and `make test` are the two commands (README).
# Each installs what it needs on a fresh Debian machine: chromium + firefox-esr
# (apt-get, when missing), node modules from the committed lockfile, Go modules.

SHELL := /bin/bash
GO ?= go
GOROOT := $(shell $(GO) env GOROOT)
EXT := extension
DIST := dist
NODE_MODULES := $(EXT)/node_modules/.package-lock.json
# The browser drivers must never download browsers: the tests use Debian's.
export PUPPETEER_SKIP_DOWNLOAD := 1
export PUPPETEER_SKIP_CHROME_DOWNLOAD := 1
export PUPPETEER_SKIP_CHROME_HEADLESS_SHELL_DOWNLOAD := 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# Core packages that also run under GOOS=js GOARCH=wasm (node runs the test
# binaries): everything in internal/ except the commands and the dev server.
WASM_PKGS = $(shell $(GO) list ./internal/... | grep -v -e /cmd/ -e /server)
CROSSREAD_ADDR ?= 127.0.0.1:8080

.PHONY: all setup browsers node-deps go-deps build cli serve test test-go test-wasm test-fuzz test-shim lint-ext e2e e2e-chromium e2e-firefox lint bench clean batch batch-deps test-batch bench-batch

all: build

setup: browsers node-deps go-deps

# Debian packages; root on CI, sudo elsewhere.
browsers:
	@if ! command -v chromium >/dev/null || ! command -v firefox-esr >/dev/null; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium firefox-esr; \
	fi

node-deps: $(NODE_MODULES)
$(NODE_MODULES): $(EXT)/package.json $(EXT)/package-lock.json
	cd $(EXT) && npm ci --no-audit --no-fund
	@touch $@

go-deps:
	$(GO) mod download

# dist/extension (load it unpacked in Chrome or Firefox) and dist/page (make serve).
build: go-deps
	$(GO) run ./internal/cmd/buildext -out $(DIST) -src $(EXT)

cli:
	$(GO) build -o bin/crossread ./internal/cmd/crossread

serve: build
	$(GO) run ./internal/cmd/serve -addr $(CROSSREAD_ADDR) -dist $(DIST)

test: test-go test-wasm test-fuzz test-batch test-shim lint-ext e2e

test-go: go-deps
	$(GO) vet ./...
	$(GO) test ./...

test-wasm: go-deps
	PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test $(WASM_PKGS)

# Each fuzz target briefly, from its seed corpus (f.Add plus testdata/fuzz/ when present): a panic
# anywhere from the parser to the wasm boundary fails CI. A longer run: FUZZTIME=10m make test-fuzz.
FUZZTIME ?= 8s
test-fuzz: go-deps
	$(GO) test -run '^$$' -fuzz '^FuzzHandle$$' -fuzztime $(FUZZTIME) ./wasm
	$(GO) test -run '^$$' -fuzz '^FuzzBytes$$' -fuzztime $(FUZZTIME) ./internal/annotate
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/doc
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime 4s ./internal/officials
	$(GO) test -run '^$$' -fuzz '^FuzzTagDoc$$' -fuzztime 4s ./internal/dates

test-shim: build node-deps
	cd $(EXT) && node --test test/*.test.mjs

# Mozilla's linter, offline. Errors fail; the warnings one manifest for both browsers
# must carry (offscreen permission/API, background.service_worker) are printed.
lint-ext: build node-deps
	cd $(EXT) && npx --no-install web-ext lint --source-dir ../$(DIST)/extension --self-hosted --output json \
	  | node tools/lint-summary.mjs

# The e2e loads dist/extension-e2e: the shipped files with "Run on every site" already granted (buildext).
e2e: build browsers node-deps batch
	cd $(EXT) && node e2e/run.mjs --dist ../$(DIST)/extension-e2e

e2e-chromium e2e-firefox: build browsers node-deps batch
	cd $(EXT) && node e2e/run.mjs --dist ../$(DIST)/extension-e2e --browser $(@:e2e-%=%)

lint: go-deps lint-ext
	$(GO) vet ./...
	@# syscall/js belongs to the wasm entry only.
	@! grep -rln --include='*.go' '"syscall/js"' internal/ || (echo 'syscall/js outside wasm/' && false)
	@# Page text never becomes HTML in the shim.
	@! grep -rn -e 'innerHTML' -e 'outerHTML *=' -e 'insertAdjacentHTML' -e 'document.write' $(EXT)/*.js $(EXT)/shim $(EXT)/page || (echo 'HTML sink in the shim' && false)

# Figures, side by side in one run: quality on ../shared/bench (seeds, extraction
# vs Readability.js, TimeML, ECB+, officials DEV labels), native pages/s, the
# wasm's size, then the browser bench (crossread vs Readability.js in Chromium).
SHARED ?= ../shared
BENCH_PAGES ?= 60
bench: build browsers node-deps
	$(GO) run ./internal/cmd/bench -shared $(SHARED) -wasm $(DIST)/extension/crossread.wasm
	@echo; echo "== browser (the e2e build of the extension: Chromium on $(BENCH_PAGES) extraction pages, cold starts, a 10 MB page; Firefox on up to 30)"
	node $(EXT)/bench/browser.mjs --dist $(DIST)/extension-e2e --pages $(SHARED)/bench/extraction/html --n $(BENCH_PAGES)

# crossread batch: the Beam pipeline (batch/, its own Go module: the root's
# go vet/test/mod download and the wasm never see Beam). One build of each
# binary, remade only when a Go file it is built from changes; the tests run
# these binaries, so Beam is compiled once per change, not per test.
BATCH_BIN := bin/crossread-batch
PRISM_BIN := bin/prism
BATCH_SRC := $(shell find batch internal -name '*.go' -not -name '*_test.go' -not -path 'batch/bench/*') batch/go.mod batch/go.sum go.mod
BATCH_OUT ?= $(DIST)/batch
BATCH_TODAY ?= $(shell date -u +%F)
batch-deps:
	cd batch && $(GO) mod download
$(BATCH_BIN): $(BATCH_SRC)
	@$(MAKE) --no-print-directory batch-deps
	cd batch && $(GO) build -ldflags='-s -w' -o ../$(BATCH_BIN) .
# The standalone Prism job server (the SDK's sdks/go/cmd/prism): the
# portable runner's test submits to it as to a Flink or Spark job server.
$(PRISM_BIN): batch/go.mod batch/go.sum
	@$(MAKE) --no-print-directory batch-deps
	cd batch && $(GO) build -ldflags='-s -w' -o ../$(PRISM_BIN) github.com/apache/beam/sdks/v2/go/cmd/prism

# make batch: the pipeline over ../shared/bench/calls (BATCH_IN to change),
# writing $(BATCH_OUT)/calls/{annotations.jsonl,events.jsonl,corpus.json}.
BATCH_IN ?= $(SHARED)/bench/calls
batch: $(BATCH_BIN)
	./$(BATCH_BIN) --input $(BATCH_IN) --output $(BATCH_OUT)/$(notdir $(BATCH_IN)) --today $(BATCH_TODAY)

test-batch: $(BATCH_BIN) $(PRISM_BIN)
	cd batch && $(GO) vet ./...
	cd batch && CROSSREAD_BATCH=$(CURDIR)/$(BATCH_BIN) PRISM=$(CURDIR)/$(PRISM_BIN) $(GO) test -count=1 . ./batchtest/ ./bench/

# Throughput of the pipeline (Prism, in process) vs `crossread link` on 1k, 10k, 100k reports
# made from the shared pages (batch/bench: how). BENCH_SIZES=1000,10000 for a shorter run.
BENCH_SIZES ?= 1000,10000,100000
bench-batch: $(BATCH_BIN) cli
	cd batch && $(GO) run ./bench -batch $(CURDIR)/$(BATCH_BIN) -link $(CURDIR)/bin/crossread -shared $(abspath $(SHARED)) -sizes $(BENCH_SIZES) $(BENCH_FLAGS)

clean:
	rm -rf $(DIST) bin
