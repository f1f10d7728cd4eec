package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"runtime"
	"testing"

	"github.com/lexcheck/lexcheck/cmd/internal/version"
)

func TestVersion(t *testing.T) {
	s, _ := newServer(t, Config{})
	h := s.Handler()
	w := get(t, h, "/version")
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("/version: %d %q, want 200 application/json", w.Code, w.Header().Get("Content-Type"))
	}
	var got version.Info
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatalf("/version: %v in %s", err, w.Body)
	}
	if got.Version == "" || got.Revision == "" || got.Go != runtime.Version() || len(got.Data) == 0 {
		t.Errorf("/version answered %+v, want a version, a revision, Go %s and the data sources", got, runtime.Version())
	}
	post := httptest.NewRecorder()
	h.ServeHTTP(post, httptest.NewRequest(http.MethodPost, "/version", nil))
	if post.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /version: %d, want 405", post.Code)
	}
}
