package timeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// FuzzUnmarshal feeds the decoder any bytes. It must never panic; every
// error must be a *ValidationError whose problems are located; and whatever
// decodes must encode, validate against the JSON Schema, decode back to an
// equal timeline, and encode to the same bytes again. It is seeded with the
// golden and invalid documents.
func FuzzUnmarshal(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"version":1,"events":[{"id":"a","kind":"x-y","title":{"hi":"क"},"when":{"precision":"week","start":"2026-W53","zone":"UTC"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tl, err := timeline.Unmarshal(data)
		if err != nil {
			if tl != nil {
				t.Fatalf("Unmarshal returned a timeline and the error %v", err)
			}
			var ve *timeline.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Unmarshal error %v is a %T, want a *ValidationError", err, err)
			}
			if len(ve.Problems) == 0 {
				t.Fatal("ValidationError with no problems")
			}
			for _, p := range ve.Problems {
				if p.Line < 1 || p.Column < 1 {
					t.Fatalf("problem %q has no location (line %d, column %d)", p, p.Line, p.Column)
				}
				if p.Message == "" {
					t.Fatalf("problem at %q has no message", p.Path)
				}
			}
			_ = err.Error()
			return
		}
		b, err := timeline.Marshal(tl)
		if err != nil {
			t.Fatalf("Marshal of a decoded timeline failed: %v\ninput: %q", err, data)
		}
		// encoding/json reads and writes the same format (issue 10).
		if std, err := json.Marshal(tl); err != nil || !jsonEqual(std, b) {
			t.Fatalf("json.Marshal = %s, %v; Marshal = %s", std, err, b)
		}
		if err := validateSchema(t, b); err != nil {
			t.Fatalf("the encoder's output does not validate against the JSON Schema: %v\n%s", err, b)
		}
		again, err := timeline.Unmarshal(b)
		if err != nil {
			t.Fatalf("Unmarshal(Marshal(x)) failed: %v\nencoded: %s", err, b)
		}
		if diff := diffTimelines(tl, again); diff != "" {
			t.Fatalf("Unmarshal(Marshal(x)) != x (-x +again):\n%s\nencoded: %s", diff, b)
		}
		b2, err := timeline.Marshal(again)
		if err != nil {
			t.Fatalf("second Marshal failed: %v", err)
		}
		if !bytes.Equal(b, b2) {
			t.Fatalf("Marshal is not byte-stable:\n%s\n%s", b, b2)
		}
	})
}

// FuzzParseDate checks that ParseDate never panics, that what it accepts
// prints back as the same text (it accepts exactly one spelling), and that
// the Date's parts agree with DateOf.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-11-18", "2024-02-29", "2025-02-29", "0000-01-01", "9999-12-31", "2025-13-01", "25-11-18", "२०२५-११-१८", "+025-11-18", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := date.Parse(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with error %v; want the zero Date", s, d, err)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		d2, err := date.Parse(d.String())
		if err != nil || d2 != d {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v", d.String(), d2, err, d)
		}
		if n := date.Of(d.Year(), d.Month(), d.Day()); n != d {
			t.Fatalf("DateOf(parts of %v) = %v", d, n)
		}
		if e := d.AddDays(1).AddDays(-1); e != d {
			t.Fatalf("%v.AddDays(1).AddDays(-1) = %v", d, e)
		}
	})
}

// jsonEqual reports whether a and b are the same JSON value.
func jsonEqual(a, b []byte) bool {
	var va, vb any
	if json.Unmarshal(a, &va) != nil || json.Unmarshal(b, &vb) != nil {
		return false
	}
	return reflect.DeepEqual(va, vb)
}
