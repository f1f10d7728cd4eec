module github.com/lexcheck/lexcheck

go 1.24

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require golang.org/x/text v0.14.0 // indirect
