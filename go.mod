module github.com/lexcheck/lexcheck

go 1.24.0

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	github.com/yuin/goldmark v1.8.7
	golang.org/x/net v0.50.0
)
