// Package sariftest validates SARIF logs against the official SARIF 2.1.0
// schema, offline, for tests: only test files import it, so neither the
// schema nor the validator is compiled into lexcheck. See
// sarif-schema-2.1.0.README.md for where the schema came from.
package sariftest

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed sarif-schema-2.1.0.json
var schemaJSON []byte

var compile = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	id, _ := doc.(map[string]any)["$id"].(string)
	if id == "" {
		return nil, errors.New("schema has no $id")
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(offline{}) // the draft-07 metaschema is built in; fetch nothing
	c.AssertFormat()       // check "uri" and "uri-reference" too
	if err := c.AddResource(id, doc); err != nil {
		return nil, err
	}
	return c.Compile(id)
})

// offline is a schema loader that loads nothing, so that a schema that
// refers to anything outside itself fails instead of going to the network.
type offline struct{}

func (offline) Load(url string) (any, error) { return nil, errors.New("offline: will not load " + url) }

// Validate checks that log is a SARIF 2.1.0 log: JSON that the schema
// accepts, formats (URIs) included. It returns nil, or what is wrong.
func Validate(log []byte) error {
	sch, err := compile()
	if err != nil {
		return fmt.Errorf("compiling the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	return sch.Validate(inst)
}
