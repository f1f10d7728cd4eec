package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/lexcheck/lexcheck/cmd/internal/report"
	"github.com/lexcheck/lexcheck/spell"
)

// newServer returns a server with the test house lexicon and the default
// dictionary, logging into the returned buffer.
func newServer(t testing.TB, cfg Config) (*Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	if cfg.Lexicons == nil {
		cfg.Lexicons = []string{"testdata/house.txt"}
	}
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s, logs
}

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// post sends body to /v1/check with a JSON content type.
func post(t testing.TB, h http.Handler, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/v1/check", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func get(t testing.TB, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	return w
}

func checkJSON(t testing.TB, text string, extra ...string) string {
	t.Helper()
	m := map[string]any{"text": text}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// decodeOutput decodes a 200 answer of /v1/check.
func decodeOutput(t testing.TB, w *httptest.ResponseRecorder) report.JSONOutput {
	t.Helper()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d, want 200; body %s", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want application/json", ct)
	}
	var out report.JSONOutput
	dec := json.NewDecoder(w.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("decoding the answer: %v", err)
	}
	return out
}

// words lists kind:word of each finding, in order.
func words(out report.JSONOutput) []string {
	var ws []string
	for _, f := range out.Findings {
		ws = append(ws, f.Kind+":"+f.Word)
	}
	return ws
}

func TestCheck(t *testing.T) {
	s, _ := newServer(t, Config{})
	w := post(t, s.Handler(), checkJSON(t, "Colonel Qaddafi met the oppenents of Bakiyev in Jalalabad."))
	out := decodeOutput(t, w)
	want := []string{"rejected:Qaddafi", "misspelling:oppenents"}
	if got := words(out); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("findings %v, want %v", got, want)
	}
	f := out.Findings[0]
	if f.Line != 1 || f.Column != 9 || f.Offset != 8 || f.Length != 7 || f.File != "-" {
		t.Errorf("Qaddafi at file %q %d:%d offset %d length %d, want - 1:9 offset 8 length 7", f.File, f.Line, f.Column, f.Offset, f.Length)
	}
	if len(f.Suggestions) == 0 || f.Suggestions[0] != "Gaddafi" {
		t.Errorf("Qaddafi suggestions %v, want Gaddafi first", f.Suggestions)
	}
	if f.UTF16Offset == nil || *f.UTF16Offset != 8 || f.UTF16Length == nil || *f.UTF16Length != 7 {
		t.Errorf("Qaddafi utf16 %v/%v, want 8/7", f.UTF16Offset, f.UTF16Length)
	}
	if out.Stats.Files != 1 || out.Stats.Findings != 2 || out.Stats.Words != 9 || out.Stats.Bytes != 58 {
		t.Errorf("stats %+v, want files 1, bytes 58, words 9, findings 2", out.Stats)
	}
}

func TestCheckEmptyText(t *testing.T) {
	s, _ := newServer(t, Config{})
	w := post(t, s.Handler(), `{"text": ""}`)
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"findings":[]`) {
		t.Fatalf("status %d body %s, want 200 with findings []", w.Code, w.Body)
	}
}

// TestCheckWords: words of the request are accepted in that request only.
func TestCheckWords(t *testing.T) {
	s, _ := newServer(t, Config{})
	h := s.Handler()
	text := "The oppenents of Qaddafi spoke."
	out := decodeOutput(t, post(t, h, `{"text": "`+text+`", "words": ["oppenents", "Qaddafi"]}`))
	if len(out.Findings) != 0 {
		t.Errorf("with words: findings %v, want none", words(out))
	}
	out = decodeOutput(t, post(t, h, checkJSON(t, text)))
	if got := words(out); len(got) != 2 {
		t.Errorf("the next request without words: findings %v, want oppenents and Qaddafi again", got)
	}
}

// TestCheckUTF16: offsets in a text with Cyrillic (2 bytes, 1 unit a
// letter) and an emoji (4 bytes, 2 units) index a UTF-16 string exactly.
func TestCheckUTF16(t *testing.T) {
	s, _ := newServer(t, Config{})
	text := "Бакиев 😀 said the oppenents 🇰🇬 met Qaddafi."
	out := decodeOutput(t, post(t, s.Handler(), checkJSON(t, text)))
	if got, want := words(out), []string{"misspelling:oppenents", "rejected:Qaddafi"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("findings %v, want %v", got, want)
	}
	units := utf16.Encode([]rune(text))
	for i, want := range []struct{ off, n, u16off int }{
		{len("Бакиев 😀 said the "), len("oppenents"), 19},
		{len("Бакиев 😀 said the oppenents 🇰🇬 met "), len("Qaddafi"), 19 + 9 + 1 + 4 + 5},
	} {
		f := out.Findings[i]
		if f.Offset != want.off || f.Length != want.n {
			t.Errorf("%s: byte offset %d length %d, want %d %d", f.Word, f.Offset, f.Length, want.off, want.n)
		}
		if f.UTF16Offset == nil || f.UTF16Length == nil {
			t.Fatalf("%s: no utf16 fields", f.Word)
		}
		if *f.UTF16Offset != want.u16off {
			t.Errorf("%s: utf16_offset %d, want %d", f.Word, *f.UTF16Offset, want.u16off)
		}
		got := string(utf16.Decode(units[*f.UTF16Offset : *f.UTF16Offset+*f.UTF16Length]))
		if got != f.Word {
			t.Errorf("the UTF-16 span of %q holds %q", f.Word, got)
		}
	}
}

func TestCheckLocaleAndMarkup(t *testing.T) {
	s, _ := newServer(t, Config{Locale: "en-US"})
	h := s.Handler()
	text := "The colour, or color, of the organisation."
	out := decodeOutput(t, post(t, h, checkJSON(t, text)))
	if got := words(out); fmt.Sprint(got) != "[misspelling:colour misspelling:organisation]" {
		t.Errorf("server default en-US: findings %v, want colour and organisation", got)
	}
	out = decodeOutput(t, post(t, h, checkJSON(t, text, "locale", "en-GB")))
	if got := words(out); fmt.Sprint(got) != "[misspelling:color]" {
		t.Errorf("request en-GB: findings %v, want color", got)
	}
	html := `<p class="oppenents">Colonel <b>Qaddafi</b> spoke.</p>`
	out = decodeOutput(t, post(t, h, checkJSON(t, html, "markup", "html")))
	if got := words(out); fmt.Sprint(got) != "[rejected:Qaddafi]" {
		t.Errorf("html: findings %v, want only Qaddafi (the attribute is not prose)", got)
	}
	out = decodeOutput(t, post(t, h, checkJSON(t, html, "markup", "text")))
	if got := words(out); len(got) < 2 {
		t.Errorf("the same as text: findings %v, want the attribute flagged too", got)
	}
}

func TestCheckSeedArticle(t *testing.T) {
	src, err := os.ReadFile("../../../spell/testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newServer(t, Config{Lexicons: []string{}})
	out := decodeOutput(t, post(t, s.Handler(), checkJSON(t, string(src))))
	var got []string
	for _, f := range out.Findings {
		got = append(got, fmt.Sprintf("%s:%d", f.Word, f.Line))
	}
	want := "[Bakivev:3 bakivev:5 oppenents:10 destabalisation:63 destabalisation:69 Jala'abad:73]"
	if fmt.Sprint(got) != want {
		t.Errorf("findings %v, want %s", got, want)
	}
}

// TestCheckErrors covers every error status of /v1/check: each answer is a
// JSON {"error": ...} with the right status.
func TestCheckErrors(t *testing.T) {
	s, _ := newServer(t, Config{MaxBytes: 1024})
	h := s.Handler()
	for _, tc := range []struct {
		name, method, ctype, body string
		code                      int
		msg                       string // in the error
	}{
		{"malformed JSON", "POST", "application/json", `{"text": "a`, 400, "malformed JSON"},
		{"not an object", "POST", "application/json", `["text"]`, 400, "malformed JSON"},
		{"empty body", "POST", "application/json", ``, 400, "empty request body"},
		{"unknown field", "POST", "application/json", `{"text": "a", "lang": "en"}`, 400, `unknown field "lang"`},
		{"trailing data", "POST", "application/json", `{"text": "a"} {}`, 400, "after the JSON object"},
		{"missing text", "POST", "application/json", `{"locale": "en-GB"}`, 400, `missing "text"`},
		{"null text", "POST", "application/json", `{"text": null}`, 400, `missing "text"`},
		{"text not a string", "POST", "application/json", `{"text": 5}`, 400, "malformed JSON"},
		{"bad locale", "POST", "application/json", `{"text": "a", "locale": "fr-FR"}`, 400, `unknown locale "fr-FR"`},
		{"bad markup", "POST", "application/json", `{"text": "a", "markup": "rtf"}`, 400, `unknown markup "rtf"`},
		{"GET", "GET", "", ``, 405, "method GET not allowed"},
		{"PUT", "PUT", "application/json", `{"text": "a"}`, 405, "method PUT not allowed"},
		{"text/plain", "POST", "text/plain", `{"text": "a"}`, 415, "application/json"},
		{"no content type", "POST", "", `{"text": "a"}`, 415, "application/json"},
		{"too large", "POST", "application/json", `{"text": "` + strings.Repeat("word ", 300) + `"}`, 413, "limit is 1024 bytes"},
		{"too large after a valid object", "POST", "application/json", `{"text": "a"}` + strings.Repeat(" ", 2000), 413, "too large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "/v1/check", strings.NewReader(tc.body))
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tc.code {
				t.Errorf("status %d, want %d; body %s", w.Code, tc.code, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			var e map[string]string
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || len(e) != 1 {
				t.Fatalf("body %q is not {\"error\": ...}: %v", w.Body, err)
			}
			if !strings.Contains(e["error"], tc.msg) {
				t.Errorf("error %q, want it to contain %q", e["error"], tc.msg)
			}
			if tc.code == 405 && w.Header().Get("Allow") != "POST" {
				t.Errorf("Allow %q, want POST", w.Header().Get("Allow"))
			}
		})
	}
}

// TestCheckTimeout: a check that cannot get a slot within the timeout is
// answered 503 rather than left waiting.
func TestCheckTimeout(t *testing.T) {
	s, _ := newServer(t, Config{Timeout: 50e6, MaxConcurrent: 1})
	s.slots <- struct{}{} // the only slot is taken
	defer func() { <-s.slots }()
	w := post(t, s.Handler(), checkJSON(t, "a text"))
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "busy") {
		t.Errorf("status %d body %s, want 503 server busy", w.Code, w.Body)
	}
}

func TestHealthReady(t *testing.T) {
	s, _ := newServer(t, Config{})
	h := s.Handler()
	if w := get(t, h, "/healthz"); w.Code != 200 || w.Body.String() != "ok\n" {
		t.Errorf("/healthz: %d %q, want 200 ok", w.Code, w.Body)
	}
	if w := get(t, h, "/readyz"); w.Code != 200 {
		t.Errorf("/readyz after New: %d, want 200", w.Code)
	}
	s.ready.Store(false) // as Run does when shutting down
	if w := get(t, h, "/readyz"); w.Code != 503 {
		t.Errorf("/readyz when not ready: %d, want 503", w.Code)
	}
	if w := get(t, h, "/healthz"); w.Code != 200 {
		t.Errorf("/healthz when not ready: %d, want 200 (still alive)", w.Code)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/healthz", nil))
	if w.Code != 405 || w.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST /healthz: %d Allow %q, want 405 GET, HEAD", w.Code, w.Header().Get("Allow"))
	}
	if w := get(t, h, "/nowhere"); w.Code != 404 || !strings.Contains(w.Body.String(), `"error"`) {
		t.Errorf("/nowhere: %d %s, want a JSON 404", w.Code, w.Body)
	}
}

// metricValue returns the value of the sample line that starts with series
// in the /metrics text, or -1 if there is none.
func metricValue(t *testing.T, h http.Handler, series string) float64 {
	t.Helper()
	w := get(t, h, "/metrics")
	if w.Code != 200 {
		t.Fatalf("/metrics: %d", w.Code)
	}
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	m := re.FindStringSubmatch(w.Body.String())
	if m == nil {
		return -1
	}
	var v float64
	fmt.Sscan(m[1], &v)
	return v
}

func TestMetrics(t *testing.T) {
	s, _ := newServer(t, Config{})
	h := s.Handler()
	ok := `lexcheck_http_requests_total{code="200",route="/v1/check"}`
	bad := `lexcheck_http_requests_total{code="415",route="/v1/check"}`
	misspelling := `lexcheck_findings_total{kind="misspelling"}`
	rejected := `lexcheck_findings_total{kind="rejected"}`
	hist := `lexcheck_http_request_duration_seconds_count{route="/v1/check"}`
	if v := metricValue(t, h, misspelling); v != 0 {
		t.Errorf("before any request %s = %v, want 0", misspelling, v)
	}
	post(t, h, checkJSON(t, "The oppenents and the oppenents of Qaddafi."))
	post(t, h, checkJSON(t, "Fine words."))
	req := httptest.NewRequest(http.MethodPost, "/v1/check", strings.NewReader(`{}`))
	h.ServeHTTP(httptest.NewRecorder(), req) // no content type: 415
	for series, want := range map[string]float64{ok: 2, bad: 1, misspelling: 2, rejected: 1, hist: 3} {
		if v := metricValue(t, h, series); v != want {
			t.Errorf("%s = %v, want %v", series, v, want)
		}
	}
	w := get(t, h, "/metrics")
	for _, s := range []string{"# TYPE lexcheck_http_request_duration_seconds histogram", "go_goroutines", `lexcheck_lexicon_reloads_total{result="ok"} 0`} {
		if !strings.Contains(w.Body.String(), s) {
			t.Errorf("/metrics lacks %q", s)
		}
	}
	// Each server has its own registry: a second one starts from zero.
	s2, _ := newServer(t, Config{})
	if v := metricValue(t, s2.Handler(), ok); v != -1 {
		t.Errorf("a new server has %s = %v, want no such series", ok, v)
	}
}

func TestRequestLog(t *testing.T) {
	s, logs := newServer(t, Config{})
	post(t, s.Handler(), checkJSON(t, "The oppenents of Qaddafi."))
	line := ""
	for l := range strings.SplitSeq(logs.String(), "\n") {
		if strings.Contains(l, "msg=request") {
			line = l
		}
	}
	for _, want := range []string{"method=POST", "path=/v1/check", "status=200", "duration=", "bytes=", "findings=2"} {
		if !strings.Contains(line, want) {
			t.Errorf("log line %q lacks %q", line, want)
		}
	}
}

func TestPage(t *testing.T) {
	s, _ := newServer(t, Config{})
	h := s.Handler()
	w := get(t, h, "/")
	if w.Code != 200 || !strings.Contains(w.Body.String(), "<textarea") || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	if strings.Contains(w.Body.String(), "http://") || strings.Contains(w.Body.String(), "https://") {
		t.Errorf("the page refers to an outside address")
	}
	for path, ctype := range map[string]string{"/assets/app.js": "text/javascript", "/assets/style.css": "text/css"} {
		w := get(t, h, path)
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), ctype) {
			t.Errorf("%s: %d %q, want 200 %s", path, w.Code, w.Header().Get("Content-Type"), ctype)
		}
	}
	if w := get(t, h, "/assets/missing.js"); w.Code != 404 {
		t.Errorf("/assets/missing.js: %d, want 404", w.Code)
	}
}

// TestConcurrent sends many requests at once (run with -race) and checks
// that each gets the answer it gets alone.
func TestConcurrent(t *testing.T) {
	s, _ := newServer(t, Config{})
	h := s.Handler()
	texts := []string{
		"The oppenents of Qaddafi.",
		"Бакиев 😀 met Kadhafi in Jalalabad.",
		"A clean sentence.",
		"Bakiyev and Bakivev and Bakiyev and Bakiyev.",
	}
	want := make([]string, len(texts))
	for i, tx := range texts {
		want[i] = post(t, h, checkJSON(t, tx)).Body.String()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64*len(texts))
	for g := range 32 {
		wg.Go(func() {
			for j := range 8 {
				i := (g + j) % len(texts)
				w := post(t, h, checkJSON(t, texts[i]))
				if got := w.Body.String(); w.Code != 200 || got != want[i] {
					errs <- fmt.Sprintf("text %d: %d %s, want %s", i, w.Code, got, want[i])
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestCheckDisabled checks that the findings of a disabled kind are
// dropped, and counted out of the stats.
func TestCheckDisabled(t *testing.T) {
	s, _ := newServer(t, Config{Disabled: []spell.Kind{spell.Misspelling}})
	out := decodeOutput(t, post(t, s.Handler(), checkJSON(t, "Colonel Qaddafi met the oppenents of Bakiyev in Jalalabad.")))
	if got := words(out); fmt.Sprint(got) != "[rejected:Qaddafi]" || out.Stats.Findings != 1 {
		t.Fatalf("findings %v (stats %+v), want only rejected:Qaddafi", got, out.Stats)
	}
}

// TestCheckSeverity checks that every finding carries its kind's severity
// from Config.Levels, a warning for a kind not in it.
func TestCheckSeverity(t *testing.T) {
	s, _ := newServer(t, Config{Levels: map[spell.Kind]report.Level{spell.Rejected: report.Note}})
	out := decodeOutput(t, post(t, s.Handler(), checkJSON(t, "Colonel Qaddafi met the oppenents of Bakiyev in Jalalabad.")))
	var got []string
	for _, f := range out.Findings {
		got = append(got, f.Kind+":"+f.Severity)
	}
	if want := "[rejected:info misspelling:warning]"; fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestCheckDirectives checks that inline-control directives and [sic] work
// in every markup of the API, as they do on the command line, and that
// the directive line is not flagged itself.
func TestCheckDirectives(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, markup := range []string{"text", "markdown", "html"} {
		dir := func(d string) string { return "<!-- lexcheck:" + d + " -->" }
		if markup == "text" {
			dir = func(d string) string { return "lexcheck:" + d }
		}
		text := "Colonel Qaddafi [sic] spoke.\n\n" + dir("ignore-next-line") + "\nThe goverment met.\n\n" +
			dir("off") + "\n\nThe comittee met.\n\n" + dir("on") + "\n\nThe oppenents met.\n"
		out := decodeOutput(t, post(t, s.Handler(), checkJSON(t, text, "markup", markup)))
		if got := words(out); fmt.Sprint(got) != "[misspelling:oppenents]" {
			t.Errorf("%s: findings %v, want only misspelling:oppenents", markup, got)
		}
	}
}
