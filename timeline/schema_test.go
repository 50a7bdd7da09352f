package timeline_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

const schemaID = "https://github.com/samayrekha/samayrekha/timeline/timeline.schema.json"

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// compiledSchema compiles timeline.JSONSchema once with a real JSON Schema
// validator, checking it against the draft 2020-12 meta-schema on the way.
func compiledSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(timeline.JSONSchema))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource(schemaID, doc); err != nil {
			schemaErr = err
			return
		}
		schema, schemaErr = c.Compile(schemaID)
	})
	if schemaErr != nil {
		t.Fatalf("compiling timeline.schema.json: %v", schemaErr)
	}
	return schema
}

// validateSchema validates a JSON document against the schema; a document
// that is not JSON at all is an error too.
func validateSchema(t testing.TB, data []byte) error {
	t.Helper()
	sch := compiledSchema(t)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

func TestSchemaIsEmbeddedFile(t *testing.T) {
	onDisk, err := os.ReadFile("timeline.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(onDisk, timeline.JSONSchema) {
		t.Error("timeline.JSONSchema differs from timeline.schema.json")
	}
	var doc struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(timeline.JSONSchema, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.ID != schemaID || doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$id, $schema = %q, %q; want %q and draft 2020-12", doc.ID, doc.Schema, schemaID)
	}
}

// TestSchemaDocumentsEveryProperty walks the schema and checks that every
// property has a title and a description, and that every object schema
// forbids additional properties: the schema is the format's documentation.
func TestSchemaDocumentsEveryProperty(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(timeline.JSONSchema, &root); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok && v["type"] == "object" {
				if v["additionalProperties"] != false {
					t.Errorf("%s: object without additionalProperties: false", path)
				}
				for name, p := range props {
					pm, _ := p.(map[string]any)
					if pm["title"] == nil || pm["description"] == nil {
						t.Errorf("%s.properties.%s: needs a title and a description", path, name)
					}
				}
			}
			for k, sub := range v {
				walk(path+"."+k, sub)
			}
		case []any:
			for i, sub := range v {
				walk(path+"["+strconv.Itoa(i)+"]", sub)
			}
		}
	}
	walk("$", root)
}

// TestEncoderOutputValidates checks that what the encoder writes validates
// against the published schema, for the seed, for every field and date
// shape, and for each golden file.
func TestEncoderOutputValidates(t *testing.T) {
	docs := map[string]*timeline.Timeline{"seed": seed.Timeline(), "full": fullTimeline(), "empty": {}}
	for _, w := range everyWhen() {
		docs["when/"+w.name] = &timeline.Timeline{Events: []timeline.Event{{ID: "e", Kind: timeline.Summit, Title: timeline.Text{Hi: "ई"}, When: w.when}}}
	}
	for name, tl := range docs {
		t.Run(name, func(t *testing.T) {
			b, err := timeline.Marshal(tl)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if err := validateSchema(t, b); err != nil {
				t.Errorf("encoder output does not validate against the schema: %v\n%s", err, b)
			}
		})
	}
	golden, _ := filepath.Glob("testdata/[^i]*.json")
	for _, name := range golden {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateSchema(t, b); err != nil {
			t.Errorf("%s does not validate against the schema: %v", name, err)
		}
	}
}
