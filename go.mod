module github.com/lexcheck/lexcheck

go 1.24

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	golang.org/x/text v0.28.0
)
