package server

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// rejects reports whether the server h flags word as rejected.
func rejects(t *testing.T, h http.Handler, word string) bool {
	t.Helper()
	out := decodeOutput(t, post(t, h, checkJSON(t, "They met "+word+" today.")))
	for _, f := range out.Findings {
		if f.Word == word && f.Kind == "rejected" {
			return true
		}
	}
	return false
}

func TestNewErrors(t *testing.T) {
	_, err := New(Config{Lexicons: []string{"testdata/bad.txt"}})
	if pe, ok := errors.AsType[*lexicon.ParseError](err); !ok || pe.Line != 3 {
		t.Errorf("New with a bad lexicon: %v, want a *lexicon.ParseError on line 3", err)
	}
	if err == nil || !strings.HasPrefix(err.Error(), "testdata/bad.txt:3:") {
		t.Errorf("error %q, want it to start with testdata/bad.txt:3:", err)
	}
	if _, err := New(Config{Lexicons: []string{"testdata/missing.txt"}}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("New with a missing lexicon: %v, want not exist", err)
	}
	if _, err := New(Config{Locale: "de-DE"}); err == nil || !strings.Contains(err.Error(), "de-DE") {
		t.Errorf("New with locale de-DE: %v, want an error naming it", err)
	}
}

func TestReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "house.txt")
	writeFile(t, path, "Gaddafi !Qaddafi\n")
	s, logs := newServer(t, Config{Lexicons: []string{path}})
	h := s.Handler()
	if !rejects(t, h, "Qaddafi") || rejects(t, h, "Kadhafi") {
		t.Fatal("the first lexicon is not in use")
	}

	writeFile(t, path, "Gaddafi !Qaddafi !Kadhafi\n# a mistake:\nJalal-Abad |\n")
	err := s.Reload()
	want := path + ":3:"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("Reload of a bad file: %v, want an error starting %s", err, want)
	}
	if !strings.Contains(logs.String(), want) || !strings.Contains(logs.String(), "line=3") {
		t.Errorf("the log does not name %s:\n%s", want, logs)
	}
	if !rejects(t, h, "Qaddafi") || rejects(t, h, "Kadhafi") {
		t.Error("after a failed reload the old lexicon is not the one serving")
	}
	if w := get(t, h, "/readyz"); w.Code != 200 {
		t.Errorf("/readyz after a failed reload: %d, want 200 (the old lexicons serve)", w.Code)
	}

	writeFile(t, path, "Gaddafi !Qaddafi !Kadhafi\nJalal-Abad | Jalalabad\n")
	if err := s.Reload(); err != nil {
		t.Fatalf("Reload of a good file: %v", err)
	}
	if !rejects(t, h, "Qaddafi") || !rejects(t, h, "Kadhafi") {
		t.Error("after a good reload the new entries are not in use")
	}
	if v := metricValue(t, h, `lexcheck_lexicon_reloads_total{result="error"}`); v != 1 {
		t.Errorf("reload errors counted %v, want 1", v)
	}
}

// TestRun serves on a loopback port and checks that a changed file and
// SIGHUP each reload the lexicons, and that cancelling the context shuts
// the server down cleanly.
func TestRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "house.txt")
	writeFile(t, path, "Gaddafi\n")
	s, _ := newServer(t, Config{Lexicons: []string{path}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, s, 20*time.Millisecond) }()
	base := "http://" + ln.Addr().String()

	client := &http.Client{Timeout: 10 * time.Second}
	rejectsOverHTTP := func(word string) bool {
		resp, err := client.Post(base+"/v1/check", "application/json", strings.NewReader(checkJSON(t, "They met "+word+".")))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("POST /v1/check: %d %s %v", resp.StatusCode, body, err)
		}
		return strings.Contains(string(body), `"kind":"rejected"`)
	}
	eventually := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if cond() {
				return
			}
		}
		t.Fatalf("timed out waiting for %s", what)
	}
	if rejectsOverHTTP("Qaddafi") {
		t.Fatal("Qaddafi rejected before any reload")
	}

	// A changed file is picked up by the poll. Set the time explicitly: a
	// coarse file system clock may not move between two quick writes.
	writeFile(t, path, "Gaddafi !Qaddafi\n")
	os.Chtimes(path, time.Now(), time.Now().Add(time.Minute))
	eventually("the changed file to be reloaded", func() bool { return rejectsOverHTTP("Qaddafi") })

	// SIGHUP reloads too. Keep size and time unchanged so that only the
	// signal can explain the reload.
	fi, _ := os.Stat(path)
	s.reloadMu.Lock() // hold off the poll while the file changes
	writeFile(t, path, "Gaddafi !Kadhafi\n")
	os.Chtimes(path, fi.ModTime(), fi.ModTime())
	s.reloadMu.Unlock()
	if sent, err := hangUp(); err != nil {
		t.Fatal(err)
	} else if sent {
		eventually("SIGHUP to reload", func() bool { return rejectsOverHTTP("Kadhafi") })
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v after cancel, want nil", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if s.ready.Load() {
		t.Error("still ready after shutdown")
	}
	if _, err := client.Get(base + "/healthz"); err == nil {
		t.Error("still serving after shutdown")
	}
}

// TestReconfigure checks that each reload asks Reconfigure for the
// settings: new lexicons and disabled kinds take effect, a watched file's
// change is noticed, and an error keeps the settings in use, logged with
// its file and line.
func TestReconfigure(t *testing.T) {
	dir := t.TempDir()
	first, second, conf := filepath.Join(dir, "first.txt"), filepath.Join(dir, "second.txt"), filepath.Join(dir, "conf.toml")
	writeFile(t, first, "Gaddafi !Qaddafi\n")
	writeFile(t, second, "Gaddafi !Kadhafi\n")
	writeFile(t, conf, "v1\n")
	next := Config{Lexicons: []string{first}}
	var fail error
	s, logs := newServer(t, Config{
		Lexicons:    []string{"testdata/house.txt"}, // replaced by Reconfigure's
		Reconfigure: func() (Config, error) { return next, fail },
		Watch:       []string{conf},
	})
	h := s.Handler()
	if !rejects(t, h, "Qaddafi") || rejects(t, h, "Kadhafi") {
		t.Fatal("New did not take Reconfigure's lexicons")
	}

	next = Config{Lexicons: []string{second}, Disabled: []spell.Kind{spell.Misspelling}}
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if rejects(t, h, "Qaddafi") || !rejects(t, h, "Kadhafi") {
		t.Error("Reload did not take Reconfigure's new lexicons")
	}
	if out := decodeOutput(t, post(t, h, checkJSON(t, "The goverment met."))); len(out.Findings) != 0 {
		t.Errorf("misspellings not dropped after the reload: %+v", out.Findings)
	}

	if s.changed() {
		t.Fatal("changed before any file changed")
	}
	writeFile(t, conf, "version 2\n")
	if !s.changed() {
		t.Error("a change of the watched file is not noticed")
	}

	fail = &config.ParseError{File: conf, Line: 2, Column: 11, Msg: "default must be true or false, not a string"}
	next = Config{Lexicons: []string{first}}
	if err := s.Reload(); !errors.Is(err, fail) {
		t.Fatalf("Reload = %v, want Reconfigure's error", err)
	}
	if !rejects(t, h, "Kadhafi") || rejects(t, h, "Qaddafi") {
		t.Error("after a failed reconfiguration the old lexicons are not the ones serving")
	}
	if !strings.Contains(logs.String(), conf+":2:11: default must be") || !strings.Contains(logs.String(), "line=2") {
		t.Errorf("the log does not name the configuration's file and line:\n%s", logs)
	}
	if s.changed() {
		t.Error("the failed reload left the watched file marked changed: the poll would retry it forever")
	}
}
