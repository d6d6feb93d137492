// Command serve runs the dev server (internal/server):
//
//	go run ./internal/cmd/serve [-addr 127.0.0.1:8080] [-root .] [-dist dist]
//
// CROSSREAD_ADDR overrides the default address. With -addr 127.0.0.1:0 it
// picks a free port and prints the URL on its first stdout line (the e2e uses this).
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/crossread/crossread/internal/server"
)

func main() {
	def := "127.0.0.1:8080"
	if v := os.Getenv("CROSSREAD_ADDR"); v != "" {
		def = v
	}
	addr := flag.String("addr", def, "listen address")
	root := flag.String("root", ".", "repository root")
	dist := flag.String("dist", "dist", "build output (make build)")
	flag.Parse()
	if _, err := os.Stat(*dist + "/extension/crossread.wasm"); err != nil {
		log.Printf("warning: %s/extension/crossread.wasm missing: run `make build`", *dist)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("crossread dev server: http://%s/\n", ln.Addr())
	srv := &http.Server{Handler: server.New(server.Config{Root: *root, Dist: *dist}), ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.Serve(ln))
}
