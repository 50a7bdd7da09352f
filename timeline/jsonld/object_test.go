package jsonld

import (
	"encoding/json"
	"testing"
)

// TestAppendIndented checks the package's writer against what
// encoding/json makes of the same document (object.MarshalJSON, then
// json.MarshalIndent), escapes and numbers included.
func TestAppendIndented(t *testing.T) {
	tricky := []string{"", "plain", `quote " and \ backslash`, "<b>&amp;</b>", "हिन्दी पाठ", "line\u2028sep\u2029",
		"bad \xff utf-8", "control \x01\n\t\r\b\f", "é ü 漢字 😀"}
	var list []any
	for i, s := range tricky {
		var o object
		o.set("@type", "Thing")
		o.set("name", s)
		o.set("position", i-3)
		list = append(list, o, s)
	}
	doc := object{
		{"@context", Context},
		{"items", list},
		{"geo", object{{"latitude", 55.7558}, {"longitude", -0.5}, {"big", 1e21}, {"small", 1e-7}}},
		{"empty object", object{}},
		{"empty list", []any{}},
		{"nested", []any{[]any{object{{"a", []any{"b"}}}}}},
		{"null", []any{nil}},
	}
	for _, s := range tricky {
		doc = append(doc, member{s, s})
	}
	want, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got, err := appendIndented(nil, doc, 0)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("appendIndented:\n%s\nwant (json.MarshalIndent):\n%s", got, want)
	}
}
