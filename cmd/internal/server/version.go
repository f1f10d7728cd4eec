package server

import (
	"encoding/json"
	"net/http"

	"github.com/lexcheck/lexcheck/cmd/internal/version"
)

// serveVersion answers GET /version with the build's [version.Info] as
// JSON: lexcheck's version and revision, the Go version and the versions
// of the embedded data, so that a report from a CMS can say what ran.
func (s *Server) serveVersion(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(version.Get())
}
