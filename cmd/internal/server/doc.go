// Package server is lexcheck's HTTP API and editor page: the service a CMS
// calls before an article goes live, and the page where an editor sees the
// flagged words and fixes them.
//
// # Routes
//
//	POST /v1/check   check a text; JSON in, JSON out (see below)
//	GET  /healthz    200 "ok" while the process is alive
//	GET  /readyz     200 once the lexicons are loaded, 503 otherwise
//	GET  /version    lexcheck's version and revision, Go's, and the embedded data's, as JSON
//	GET  /metrics    Prometheus text format
//	GET  /           the editor page (embedded; no outside resources)
//
// A check request is a JSON object:
//
//	{"text": "...", "markup": "text|markdown|html", "locale": "en-GB", "words": ["extra", "names"]}
//
// Only text is required. markup defaults to "text" and locale to
// [Config.Locale]; words are spellings accepted for this request alone. The
// answer is the JSON document of "lexcheck check --format json" (see
// report.JSONOutput), with utf16_offset and utf16_length set on every
// finding so that a browser can highlight it, and its severity from
// [Config.Levels]; the kinds of [Config.Disabled] are left out. Inline
// directives (lexcheck:off, lexcheck:on, lexcheck:ignore-next-line) and
// [sic] work in every markup. An error is answered as
// {"error": "..."} with a 4xx or 5xx status: 400 for malformed JSON, unknown
// fields, a missing text or an unknown locale or markup; 405 for a method
// other than POST; 413 for a body over [Config.MaxBytes]; 415 for a content
// type other than application/json; 503 when the check does not finish in
// time.
//
// # Lexicons
//
// [New] loads the house lexicon files of [Config.Lexicons] once;
// [Server.Reload] reads them again, keeping the lexicons in use when a file
// has an error. With [Config.Reconfigure] set, each load first asks it for
// the lexicons and settings (a configuration file read again). [Run]
// reloads on SIGHUP and when a file's modification time or size changes.
package server
