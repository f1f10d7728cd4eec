// Package lsp is lexcheck's language server: a Language Server Protocol
// 3.17 session over a reader and a writer (standard input and output for
// lexcheck lsp), run by [Serve].
//
// It keeps the open documents (full text on open, incremental changes)
// and checks each Markdown, HTML or text document as lexcheck check
// checks a file: the nearest .lexcheck.toml above it (config.Find), its
// lexicons over the embedded default, the prose of its markup with the
// inline controls, and the severities of its [severity] table, a kind set
// to "off" dropped. Findings are published as diagnostics whose code is
// the finding's kind, with ranges in the position encoding negotiated at
// initialize: UTF-8 when the client offers it, else UTF-16.
//
// A change is checked after a pause (Options.Debounce); each scheduled
// check has a generation, and only the last one scheduled for a document
// publishes, so an older result never replaces a newer one. Code actions
// offer a replacement per suggestion (the first preferred), appending the
// word to the house lexicon (the last the configuration names) as a
// workspace edit, and ignoring the word in the document for the session
// (the command lexcheck.ignoreInFile). Saving, or the client's watcher
// reporting, a change of a configuration or a lexicon file reloads them;
// a broken one keeps its last good setup and is reported once with
// window/showMessage. The embedded default is loaded once per process.
//
// The JSON-RPC 2.0 framing is the package's own (jsonrpc.go): a body that
// is not JSON-RPC is answered with a parse or invalid-request error and
// the session goes on; a header that cannot be read is answered and ends
// the session; a body over Options.MaxMessageBytes is skipped and
// answered. $/cancelRequest cancels a request the server has not started.
package lsp
