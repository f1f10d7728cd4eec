module github.com/lexcheck/lexcheck

go 1.24.0

require golang.org/x/text v0.30.0

require github.com/agnivade/levenshtein v1.2.2 // indirect
