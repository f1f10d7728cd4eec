// Package report prints lexcheck's findings.
//
// A [Printer] formats the findings of one run in one of the formats listed in
// [Formats]; [New] returns the printer for a format name. Printers format and
// never decide: which words are flagged, and in what order, is the checker's
// business. Every printer receives all findings of a run at once, sorted by
// file then byte offset, and returns the first write error it meets.
//
// The formats are:
//
//   - text: one finding a line, as compilers and go vet print them,
//     "file:line:column: message (kind)", so that editors and GitHub problem
//     matchers can read it. A run without findings prints nothing.
//   - json: one [JSONOutput] document, indented by two spaces and ended by a
//     newline. The same wire type is served by the HTTP API, which also fills
//     in the UTF-16 offsets (see [JSONOutput.AddUTF16]).
//   - sarif: one SARIF 2.1.0 log for GitHub code scanning and other SARIF
//     readers, with one rule for each [spell.Kind].
//   - github: GitHub Actions workflow commands ("::warning ...::message"),
//     one a line, which the Actions runner turns into annotations.
//
// Positions: lines and columns count from 1 and columns count Unicode code
// points; offsets and lengths count bytes from 0. End positions are
// exclusive: they name the character just after the flagged word.
package report
