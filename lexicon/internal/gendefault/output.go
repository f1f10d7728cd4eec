package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// writeGzip writes header comment lines and body lines to path as a gzip
// stream whose header carries no name and no modification time, so the same
// input always gives byte-identical files.
func writeGzip(path string, header []string, lines []string) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	// gzip.Writer leaves Header.Name empty and ModTime zero unless set; zero
	// ModTime is written as 0 ("no time stamp") by compress/gzip.
	zw.OS = 255 // unknown: independent of the build machine
	for _, h := range header {
		if _, err := fmt.Fprintf(zw, "# %s\n", h); err != nil {
			return err
		}
	}
	for _, l := range lines {
		if _, err := zw.Write([]byte(l)); err != nil {
			return err
		}
		if _, err := zw.Write([]byte{'\n'}); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// joinTSV joins fields with tabs after checking none holds a tab or newline.
func joinTSV(fields ...string) string {
	for _, f := range fields {
		if strings.ContainsAny(f, "\t\n\r") {
			panic(fmt.Sprintf("field %q holds a tab or newline", f))
		}
	}
	return strings.Join(fields, "\t")
}
