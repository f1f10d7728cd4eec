// Lexcheck checks article text for variant spellings: typos and
// transliteration variants of known names, misspelled words, spellings a
// house lexicon rejects, and names one document spells two ways.
//
// Usage:
//
//	lexcheck check [--lexicon FILE]... [--no-default] [--locale en-GB|en-US] [--config FILE]
//	               [--format text|json|sarif|github] [--markup text|markdown|html] [--jobs N]
//	               [--fix | --diff] [--changed REV] [PATH|-]...
//	lexcheck serve [--addr 127.0.0.1:8080] [--lexicon FILE]... [--config FILE] [--max-bytes N]
//	lexcheck lsp [--locale en-GB|en-US] [--debounce DURATION]
//	lexcheck lexicon variants [--lexicon FILE]... ['NAME = ORIGINAL']...
//	lexcheck lexicon harvest [--min-count N] [--report FILE.html|FILE.md] PATH...
//	lexcheck lexicon lint FILE...
//	lexcheck version [--json]
//	lexcheck completion bash|zsh|fish
//	lexcheck healthcheck [URL]
//
// check reads files, directories (recursively, respecting .gitignore) and
// standard input ("-"), and prints one finding a line (or JSON, SARIF,
// GitHub annotations). The nearest .lexcheck.toml above each file
// configures it (lexicons, locale, default, exclude, severity); flags
// override it. --fix rewrites files in place for findings with one clear
// suggestion, --diff prints those changes as a unified diff, and --changed
// REV reports only lines that differ from a git revision.
// serve answers POST /v1/check for a CMS and serves a page for editors at /.
// lsp is a Language Server Protocol server for editors: it checks open
// documents as check checks files and offers the suggestions as fixes.
// lexicon harvest drafts a house lexicon from an archive; lexicon lint
// checks lexicon files; lexicon variants prints the spellings generated
// from the original script of lexicon entries (Bakiyev = Бакиев) and the
// scheme that made each.
// version (or --version) prints the version, source revision, Go version
// and the versions of the embedded data; completion prints a shell
// completion script; healthcheck asks a running serve for /healthz, for
// container images without curl.
// The exit status is 0 when nothing was found, 1 when something was, and 2
// when the run could not be done (a bad flag, an unreadable lexicon or path,
// a malformed configuration).
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/lexcheck/lexcheck/cmd/internal/lexcache"
	"github.com/lexcheck/lexcheck/lexicon"
)

// tableCache keeps the tables of large house lexicons between runs; nil
// for none. main sets it; tests, which call run, leave it nil.
var tableCache lexicon.Cache

func main() {
	// Large house lexicons keep their tables in the user's cache directory.
	if dir, err := os.UserCacheDir(); err == nil {
		if c, err := lexcache.New(filepath.Join(dir, "lexcheck")); err == nil {
			tableCache = c
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

const usage = `usage:
  lexcheck check [--lexicon FILE]... [--no-default] [--locale en-GB|en-US] [--config FILE]
                 [--format text|json|sarif|github] [--markup text|markdown|html] [--jobs N]
                 [--fix | --diff] [--changed REV] [PATH|-]...
  lexcheck serve [--addr 127.0.0.1:8080] [--lexicon FILE]... [--config FILE] [--no-default] [--locale en-GB|en-US] [--max-bytes N]
  lexcheck lsp [--locale en-GB|en-US]            # a language server for editors, on standard input and output
  lexcheck lexicon harvest|lint|variants ...
  lexcheck version [--json]                      # also lexcheck --version
  lexcheck completion bash|zsh|fish
  lexcheck healthcheck [URL]                     # exit 0 when a serve answers /healthz

Run 'lexcheck help COMMAND' (or 'lexcheck COMMAND -h') for the flags of a command.
`

// run is the whole program: it parses args, does the work, writes to the
// writers given and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "check":
		return runCheck(args[1:], stdin, stdout, stderr)
	case "lsp":
		return runLSP(args[1:], stdin, stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "lexicon":
		return runLexicon(args[1:], stdin, stdout, stderr)
	case "version":
		return runVersion(args[1:], stdout, stderr)
	case "--version", "-version":
		return runVersion(nil, stdout, stderr)
	case "healthcheck":
		return runHealthcheck(args[1:], stdout, stderr)
	case "completion":
		return runCompletion(args[1:], stdout, stderr)
	case "help":
		return runHelp(args[1:], stdin, stdout, stderr)
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitClean
	}
	fmt.Fprintf(stderr, "lexcheck: unknown command %q\n%s", args[0], usage)
	return exitError
}
