package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// assets is the editor page: plain HTML, CSS and JavaScript, no build step
// and nothing loaded from elsewhere.
//
//go:embed assets
var assets embed.FS

// pageCSP allows the page only its own scripts, styles and API.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	setPageHeaders(w)
	http.ServeFileFS(w, r, assets, "assets/index.html")
}

var assetFiles = func() http.Handler {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err)
	}
	return http.StripPrefix("/assets/", http.FileServerFS(sub))
}()

func (s *Server) serveAssets(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	if r.URL.Path == "/assets/" || r.URL.Path == "/assets/index.html" {
		writeError(w, http.StatusNotFound, "no such page: "+r.URL.Path)
		return
	}
	setPageHeaders(w)
	assetFiles.ServeHTTP(w, r)
}

func setPageHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
}
