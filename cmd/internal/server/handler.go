package server

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/lexcheck/lexcheck/cmd/internal/report"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// Handler returns the handler of all routes (see the package doc), with
// metrics and one log line per request.
func (s *Server) Handler() http.Handler { return s.handler }

// routes builds the handler; route names double as metric labels.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(route string, h http.HandlerFunc) {
		mux.Handle(route, s.instrument(route, h))
	}
	handle("/v1/check", s.serveCheck)
	handle("/healthz", s.serveHealth)
	handle("/readyz", s.serveReady)
	handle("/version", s.serveVersion)
	handle("/metrics", s.serveMetrics)
	handle("/{$}", s.servePage)
	handle("/assets/", s.serveAssets)
	handle("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such page: "+r.URL.Path)
	})
	return mux
}

// A recorder remembers what a handler answered, for metrics and the log.
type recorder struct {
	http.ResponseWriter
	status   int
	bytes    int64
	findings int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// instrument counts, times and logs each request to route.
func (s *Server) instrument(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inflight.Inc()
		defer s.metrics.inflight.Dec()
		rec := &recorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		d := time.Since(start)
		s.metrics.observe(route, rec.status, d)
		s.log.LogAttrs(r.Context(), levelOf(rec.status), "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Duration("duration", d),
			slog.Int64("bytes", rec.bytes),
			slog.Int("findings", rec.findings),
		)
	})
}

// allow answers 405 with an Allow header unless r's method is one of
// methods (GET allows HEAD too), and reports whether r may go on.
func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m || m == http.MethodGet && r.Method == http.MethodHead {
			return true
		}
	}
	if len(methods) > 0 && methods[0] == http.MethodGet {
		methods = append(methods, http.MethodHead)
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed; use %s", r.Method, strings.Join(methods, " or ")))
	return false
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok\n")
}

func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if !s.ready.Load() || s.lex.Load() == nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "not ready\n")
		return
	}
	if len(s.slots) == cap(s.slots) {
		// A check now would wait for a slot, or time out: send it
		// elsewhere.
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "not ready: every check slot is busy\n")
		return
	}
	io.WriteString(w, "ready\n")
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	s.metrics.handler().ServeHTTP(w, r)
}

// checkRequest is the body of POST /v1/check.
type checkRequest struct {
	Text   *rawText `json:"text"`   // required; may be empty
	Markup string   `json:"markup"` // "text" (the default), "markdown" or "html"
	Locale string   `json:"locale"` // "" means Config.Locale
	Words  []string `json:"words"`  // accepted in this request only
}

// errorBody is every error answer.
type errorBody struct {
	Error string `json:"error"`
}

func (s *Server) serveCheck(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodPost) {
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "content type must be application/json")
		return
	}
	var req checkRequest
	if code, err := decode(w, r, s.cfg.MaxBytes, &req); err != nil {
		writeError(w, code, err.Error())
		return
	}
	if req.Text == nil {
		writeError(w, http.StatusBadRequest, `missing "text"`)
		return
	}
	st := s.lex.Load() // one setup for the whole request
	locale := req.Locale
	if locale == "" {
		locale = st.locale
	}
	if !knownLocale(locale) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown locale %q: want %s", locale, strings.Join(lexicon.Locales, " or ")))
		return
	}
	src := []byte(*req.Text)
	prose, err := proseOf(src, req.Markup)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	out, err := s.check(ctx, st, locale, spell.Document{Name: "-", Src: src, Prose: prose, Accept: req.Words})
	if err != nil {
		if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
			// The client went away: nobody reads the answer. 499 in the
			// log and metrics, after nginx, says so.
			w.WriteHeader(499)
			return
		}
		writeError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	if rec, ok := w.(*recorder); ok {
		rec.findings = len(out.Findings)
	}
	for _, f := range out.Findings {
		s.metrics.findings.WithLabelValues(f.Kind).Inc()
	}
	writeJSON(w, http.StatusOK, out)
}

// check runs one check within ctx: it waits for a free slot, then checks
// on another goroutine so that it can stop waiting when ctx ends. The
// check itself cannot be interrupted; its cost is bounded by the body
// limit, and the slot stays taken until it finishes, so timed-out work
// never piles up beyond MaxConcurrent.
func (s *Server) check(ctx context.Context, lex *lexState, locale string, d spell.Document) (*report.JSONOutput, error) {
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("server busy: %w", ctx.Err())
	}
	done := make(chan *report.JSONOutput, 1)
	errc := make(chan error, 1)
	go func() {
		defer func() { <-s.slots }()
		c, err := lex.checker(locale)
		if err != nil {
			errc <- err
			return
		}
		findings, st := c.CheckDocument(d)
		report.SkipBOM(findings, d.Src)
		if len(lex.disabled) > 0 {
			findings = slices.DeleteFunc(findings, func(f spell.Finding) bool { return slices.Contains(lex.disabled, f.Kind) })
		}
		out := report.NewJSONOutput(findings, report.Stats{Files: 1, Bytes: st.Bytes, Words: st.Words, Findings: len(findings)}, report.Options{
			Level: func(f spell.Finding) report.Level { return cmp.Or(lex.levels[f.Kind], report.Warning) },
		})
		out.AddUTF16(d.Src)
		done <- &out
	}()
	select {
	case out := <-done:
		return out, nil
	case err := <-errc:
		return nil, err
	case <-ctx.Done():
		return nil, fmt.Errorf("check did not finish in time: %w", ctx.Err())
	}
}

// decode reads one JSON object from r's body into v, refusing unknown
// fields, trailing data and bodies over max bytes. On error it returns the
// status to answer with.
func decode(w http.ResponseWriter, r *http.Request, max int64, v any) (int, error) {
	body := http.MaxBytesReader(w, r.Body, max)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			err = errors.New("unexpected data after the JSON object")
			if tooLarge(terr) {
				err = terr
			}
		}
	}
	switch {
	case err == nil:
		return 0, nil
	case tooLarge(err):
		return http.StatusRequestEntityTooLarge, fmt.Errorf("request body too large: limit is %d bytes", max)
	case errors.Is(err, io.EOF):
		return http.StatusBadRequest, errors.New("empty request body: want a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return http.StatusBadRequest, errors.New("malformed JSON: unexpected end of input")
	}
	return http.StatusBadRequest, fmt.Errorf("malformed JSON: %v", strings.TrimPrefix(err.Error(), "json: "))
}

func tooLarge(err error) bool {
	_, ok := errors.AsType[*http.MaxBytesError](err)
	return ok
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

// writeJSON answers v as JSON without escaping <, > and &.
func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"encoding the answer failed"}` + "\n")
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// levelOf is the log level of a request answered with code: server errors
// stand out, the rest is routine.
func levelOf(code int) slog.Level {
	if code >= 500 {
		return slog.LevelError
	}
	return slog.LevelInfo
}
