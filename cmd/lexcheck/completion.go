package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/template"
)

// commands are lexcheck's subcommands, a lexicon tool as "lexicon NAME".
var commands = []string{
	"check", "serve", "lsp",
	"lexicon harvest", "lexicon lint", "lexicon variants",
	"version", "healthcheck", "completion", "help",
}

// commandFlags returns the flags of command (one of commands) as
// "--name", read from its own help screen so that completion cannot
// drift from the flags.
func commandFlags(command string) []string {
	var help bytes.Buffer
	run(append(strings.Fields(command), "-h"), strings.NewReader(""), &help, &help)
	var flags []string
	sc := bufio.NewScanner(&help)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "  --"); ok {
			flags = append(flags, "--"+strings.Fields(rest)[0])
		}
	}
	return flags
}

// A completionCommand is what a completion script knows of one command.
type completionCommand struct {
	Name  string // "check", "lexicon_harvest"
	Words string // its flags, or for "lexicon" its tools, space-separated
}

// completionData returns the commands and their flags for the scripts.
func completionData() (top string, cmds []completionCommand) {
	var names, tools []string
	for _, c := range commands {
		parent, tool, isTool := strings.Cut(c, " ")
		if isTool {
			tools = append(tools, tool)
		}
		if len(names) == 0 || names[len(names)-1] != parent {
			names = append(names, parent)
		}
		var words string
		switch c {
		case "help":
			words = strings.Join(names, " ")
		case "completion":
			words = "bash zsh fish"
		default:
			words = strings.Join(commandFlags(c), " ")
		}
		cmds = append(cmds, completionCommand{strings.ReplaceAll(c, " ", "_"), words})
	}
	cmds = append(cmds, completionCommand{"lexicon", strings.Join(tools, " ")})
	return strings.Join(names, " "), cmds
}

// bashCompletion completes the subcommand, then a lexicon tool, then
// flags after "-" and file names otherwise; zsh runs it through
// bashcompinit.
const bashCompletion = `# bash completion for lexcheck: source it, or save it as
# /etc/bash_completion.d/lexcheck (zsh: lexcheck completion zsh)
_lexcheck() {
	local cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[1]} words
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "{{.Top}}" -- "$cur"))
		return
	fi
	if [ "$cmd" = lexicon ] && [ "$COMP_CWORD" -gt 2 ]; then
		cmd=lexicon_${COMP_WORDS[2]}
	fi
	case $cmd in
{{- range .Commands}}
	{{.Name}}) words="{{.Words}}" ;;
{{- end}}
	*) words="" ;;
	esac
	case $cmd in
	help|completion|lexicon) COMPREPLY=($(compgen -W "$words" -- "$cur")) ;;
	*)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "$words" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -- "$cur"))
		fi
		;;
	esac
}
complete -o default -F _lexcheck lexcheck
`

const zshPrelude = `#compdef lexcheck
# zsh completion for lexcheck: eval "$(lexcheck completion zsh)" in ~/.zshrc
autoload -U +X bashcompinit && bashcompinit
`

const fishCompletion = `# fish completion for lexcheck: save as ~/.config/fish/completions/lexcheck.fish
complete -c lexcheck -f -n __fish_use_subcommand -a "{{.Top}}"
{{- range .Commands}}
{{- $name := .Name}}
{{- if eq $name "lexicon"}}
complete -c lexcheck -f -n "__fish_seen_subcommand_from lexicon; and not __fish_seen_subcommand_from {{.Words}}" -a "{{.Words}}"
{{- else if or (eq $name "help") (eq $name "completion")}}
complete -c lexcheck -f -n "__fish_seen_subcommand_from {{$name}}" -a "{{.Words}}"
{{- else}}
{{- range words .Words}}
complete -c lexcheck -n "__fish_seen_subcommand_from {{last $name}}" -l {{trim .}}
{{- end}}
{{- end}}
{{- end}}
`

// runCompletion prints the completion script of a shell.
func runCompletion(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: lexcheck completion bash|zsh|fish\n  e.g. source <(lexcheck completion bash)")
		if len(args) == 1 {
			return exitClean
		}
		return exitError
	}
	top, cmds := completionData()
	data := struct {
		Top      string
		Commands []completionCommand
	}{top, cmds}
	funcs := template.FuncMap{
		"words": strings.Fields,
		"trim":  func(s string) string { return strings.TrimPrefix(s, "--") },
		"last":  func(s string) string { return s[strings.LastIndex(s, "_")+1:] },
	}
	var script string
	switch args[0] {
	case "bash":
		script = bashCompletion
	case "zsh":
		fmt.Fprint(stdout, zshPrelude)
		script = bashCompletion
	case "fish":
		script = fishCompletion
	default:
		fmt.Fprintf(stderr, "lexcheck completion: unknown shell %q (bash, zsh or fish)\n", args[0])
		return exitError
	}
	t := template.Must(template.New(args[0]).Funcs(funcs).Parse(script))
	if err := t.Execute(stdout, data); err != nil {
		fmt.Fprintf(stderr, "lexcheck: writing output: %v\n", err)
		return exitError
	}
	return exitClean
}
