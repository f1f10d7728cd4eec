package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"time"
)

// defaultHealthURL is what the container image's health check asks: serve
// listens on port 8080 there.
const defaultHealthURL = "http://127.0.0.1:8080/healthz"

// runHealthcheck asks a running `lexcheck serve` whether it is alive, for
// container images that have no curl: status 0 when URL answers 200,
// exitFindings when it answers anything else or not at all.
func runHealthcheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lexcheck healthcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	timeout := fs.Duration("timeout", 3*time.Second, "give up after this long")
	setUsage(fs, "[URL]", "lexcheck healthcheck "+defaultHealthURL)
	if status, ok := parseFlags(fs, args, 1); !ok {
		return status
	}
	url := defaultHealthURL
	if fs.NArg() == 1 {
		url = fs.Arg(0)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck healthcheck: %v\n", err)
		return exitError
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck healthcheck: %v\n", err)
		return exitFindings
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(stderr, "lexcheck healthcheck: %s answered %s\n", url, resp.Status)
		return exitFindings
	}
	fmt.Fprintf(stdout, "%s: %s\n", url, resp.Status)
	return exitClean
}
