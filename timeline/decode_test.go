package timeline_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
)

// invalidDocs are the documents in testdata/invalid-*.json with the one
// problem the decoder must report for each: its path, line, column and a
// piece of its message. Each must also be rejected by the JSON Schema,
// unless schemaCannot says why the schema cannot express the rule.
var invalidDocs = []struct {
	file         string
	path         string
	line, col    int
	msg          string
	schemaCannot string
}{
	{file: "unknown-field", path: "events[0].colour", line: 9, col: 7, msg: `unknown field "colour"`},
	{file: "field-case", path: "events[0].ID", line: 9, col: 7, msg: `unknown field "ID"`},
	{file: "duplicate-field", path: "events[0].id", line: 9, col: 7, msg: `field "id" appears twice`,
		schemaCannot: "JSON Schema sees the parsed object, in which a repeated name has already replaced the first"},
	{file: "wrong-type", path: "events[0].when.approx_days", line: 8, col: 74, msg: `want an integer, got the string "2"`},
	{file: "bad-date", path: "events[0].when.start", line: 8, col: 45, msg: "month 13 out of range"},
	{file: "nonexistent-date", path: "events[0].when.start", line: 8, col: 45, msg: "day 30 out of range for February 2025",
		schemaCannot: "the date pattern checks each field's range, not the length of each month"},
	{file: "bad-week", path: "events[0].when.start", line: 8, col: 46, msg: `"2025-W53": no such ISO week`,
		schemaCannot: "whether a year has 53 ISO weeks is calendar arithmetic"},
	{file: "empty-date", path: "events[0].when.start", line: 8, col: 45, msg: "empty"},
	{file: "date-of-wrong-precision", path: "events[0].when.start", line: 8, col: 47, msg: "want YYYY-MM for month precision"},
	{file: "start-and-before", path: "events[0].when", line: 8, col: 15, msg: "want exactly one of start, before and after"},
	{file: "bad-zone", path: "events[0].when.zone", line: 8, col: 76, msg: `unknown time zone "Mars/Olympus"`,
		schemaCannot: "the set of IANA zone names is the zone database's, not a pattern"},
	{file: "local-zone", path: "events[0].when.zone", line: 8, col: 76, msg: `time zone "Local"`},
	{file: "timed-without-zone", path: "events[0].when.zone", line: 8, col: 15, msg: "a time of day needs an IANA time zone"},
	{file: "end-before-start", path: "events[0].when.end", line: 8, col: 66, msg: "span ends (2025-11-17) before it starts (2025-11-18)",
		schemaCannot: "JSON Schema cannot compare two string values"},
	{file: "approx-month", path: "events[0].when.approx_days", line: 8, col: 73, msg: "only a day can be approximate"},
	{file: "unknown-kind", path: "events[0].kind", line: 6, col: 15, msg: `unknown kind "meeting"`},
	{file: "bad-country", path: "events[0].place.country", line: 9, col: 28, msg: `"India" is not an ISO 3166-1 alpha-2 code`},
	{file: "bad-role", path: "events[0].participants[0].role", line: 9, col: 50, msg: `unknown role "observer"`},
	{file: "bad-slug", path: "events[0].id", line: 5, col: 13, msg: `"Meeting One" is not a slug`},
	{file: "missing-title", path: "events[0].title", line: 7, col: 16, msg: "missing in both Hindi and English"},
	{file: "missing-version", path: "version", line: 1, col: 1, msg: "missing"},
	{file: "version-2", path: "version", line: 2, col: 14, msg: "unsupported version 2"},
	{file: "version-string", path: "version", line: 2, col: 14, msg: `want an integer, got the string "1"`},
	{file: "trailing-data", path: "", line: 12, col: 1, msg: "unexpected data after the timeline"},
	{file: "trailing-garbage", path: "", line: 12, col: 1, msg: "unexpected data after the timeline"},
	{file: "truncated", path: "", line: 8, col: 45, msg: "invalid JSON: unexpected end of JSON"},
	{file: "null", path: "", line: 1, col: 1, msg: "want an object, got null"},
	{file: "empty", path: "", line: 1, col: 1, msg: "invalid JSON: unexpected end of JSON"},
	{file: "array", path: "", line: 1, col: 1, msg: "want an object, got an array"},
	{file: "events-object", path: "events", line: 1, col: 26, msg: "want an array, got an object"},
	{file: "history-out-of-order", path: "events[0].history[1].on", line: 11, col: 34, msg: "history out of order",
		schemaCannot: "JSON Schema cannot compare dates across array items"},
	{file: "unknown-source", path: "events[0].history[0].source", line: 9, col: 68, msg: `unknown source ID "tass"`,
		schemaCannot: "references between values (a history entry to a source ID) are not expressible"},
	{file: "duplicate-id", path: "events[1].id", line: 11, col: 13, msg: `duplicate ID "meeting", also used by events[0]`,
		schemaCannot: "uniqueItems compares whole events, not one property of them"},
	{file: "unknown-part-of", path: "events[0].part_of", line: 9, col: 18, msg: `unknown event ID "summit"`,
		schemaCannot: "references between values (part_of to an event ID) are not expressible"},
	{file: "unknown-related", path: "events[0].related[0]", line: 9, col: 19, msg: `unknown event ID "summit"`,
		schemaCannot: "references between values (related to an event ID) are not expressible"},
}

func TestUnmarshalInvalid(t *testing.T) {
	for _, tc := range invalidDocs {
		t.Run(tc.file, func(t *testing.T) {
			name := "testdata/invalid-" + tc.file + ".json"
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			tl, err := timeline.Unmarshal(data)
			if tl != nil {
				t.Errorf("Unmarshal(%s) returned a timeline with its error; want nil", name)
			}
			var ve *timeline.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Unmarshal(%s) error = %v (%T); want a *ValidationError", name, err, err)
			}
			if len(ve.Problems) != 1 {
				t.Fatalf("Unmarshal(%s) = %d problems, want 1:\n%v", name, len(ve.Problems), err)
			}
			p := ve.Problems[0]
			if p.Path != tc.path || p.Line != tc.line || p.Column != tc.col || !strings.Contains(p.Message, tc.msg) {
				t.Errorf("Unmarshal(%s) = %q at %d:%d: %q\nwant %q at %d:%d: …%q…", name, p.Path, p.Line, p.Column, p.Message, tc.path, tc.line, tc.col, tc.msg)
			}
			schemaErr := validateSchema(t, data)
			switch {
			case tc.schemaCannot == "" && schemaErr == nil:
				t.Errorf("the JSON Schema accepts %s; want it rejected like the decoder does", name)
			case tc.schemaCannot != "" && schemaErr != nil:
				t.Errorf("the JSON Schema rejects %s, though the table says it cannot (%s): %v", name, tc.schemaCannot, schemaErr)
			}
		})
	}
}

// TestInvalidDocsAllListed keeps the table and testdata in step.
func TestInvalidDocsAllListed(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid-*.json")
	listed := map[string]bool{}
	for _, tc := range invalidDocs {
		listed["testdata/invalid-"+tc.file+".json"] = true
	}
	for _, f := range files {
		if !listed[f] {
			t.Errorf("%s is not in invalidDocs", f)
		}
	}
	if len(files) != len(invalidDocs) {
		t.Errorf("%d files in testdata, %d rows in invalidDocs", len(files), len(invalidDocs))
	}
}

// TestUnmarshalDeepNesting feeds nesting far deeper than the format has; it
// must fail cleanly at the first value of the wrong shape, without using a
// deep stack.
func TestUnmarshalDeepNesting(t *testing.T) {
	const depth = 100000
	for name, doc := range map[string]string{
		"arrays in events":  `{"version": 1, "events": ` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`,
		"objects in text":   `{"version": 1, "title": {"hi": ` + strings.Repeat(`{"a": `, depth) + `1` + strings.Repeat("}", depth) + `}}`,
		"arrays in related": `{"version": 1, "events": [{"related": ` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := timeline.Unmarshal([]byte(doc))
			var ve *timeline.ValidationError
			if !errors.As(err, &ve) || len(ve.Problems) != 1 || ve.Problems[0].Line != 1 {
				t.Fatalf("Unmarshal(deep) error = %v; want one located problem", err)
			}
			if !strings.Contains(ve.Problems[0].Message, "want a") {
				t.Errorf("Unmarshal(deep) = %v; want a type error", ve.Problems[0])
			}
			if validateSchema(t, []byte(doc)) == nil {
				t.Error("the JSON Schema (or its JSON parser) accepts the deep document")
			}
		})
	}
}

// TestUnmarshalCanonical checks documents that are valid but not in the
// encoder's own spelling: they decode, and re-encode to the one spelling.
func TestUnmarshalCanonical(t *testing.T) {
	doc := `{"events": [{"participants": [], "related": [], "history": [], "sources": [],
	  "draft": {"notes": [], "start": 0, "end": 0}, "place": {}, "description": {"hi": ""},
	  "title": {"en": "E"}, "when": {"zone": "Asia/Kolkata", "approx_days": 0, "start": "2025-12-05", "precision": "day"},
	  "kind": "visit", "id": "e"}], "title": {}, "version": 1}`
	tl, err := timeline.Unmarshal([]byte(doc))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	b, err := timeline.Marshal(tl)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	again, err := timeline.Unmarshal(b)
	if err != nil {
		t.Fatalf("Unmarshal(Marshal): %v", err)
	}
	if diff := diffTimelines(tl, again); diff != "" {
		t.Errorf("Unmarshal(Marshal(x)) != x (-x +again):\n%s", diff)
	}
	want := `{
  "version": 1,
  "events": [
    {
      "id": "e",
      "kind": "visit",
      "title": {
        "en": "E"
      },
      "when": {
        "precision": "day",
        "start": "2025-12-05",
        "zone": "Asia/Kolkata"
      },
      "draft": {
        "start": 0,
        "end": 0
      }
    }
  ]
}
`
	if string(b) != want {
		t.Errorf("Marshal = %s\nwant %s", b, want)
	}
}

// TestUnmarshalValidOddities decodes valid documents that the constructors
// cannot all produce (bounds of other precisions, the first and last years
// the format has) and checks the round trip and the schema on each.
func TestUnmarshalValidOddities(t *testing.T) {
	whens := map[string]string{
		"timed before bound":    `{"precision": "minute", "before": "2025-11-18T10:00", "zone": "Europe/Moscow"}`,
		"hour after bound":      `{"precision": "hour", "after": "2025-11-18T10:00", "zone": "Asia/Kolkata"}`,
		"week before bound":     `{"precision": "week", "before": "2025-W47"}`,
		"month after bound":     `{"precision": "month", "after": "2025-11"}`,
		"year 0000":             `{"precision": "year", "start": "0000"}`,
		"last day of 9999":      `{"precision": "day", "start": "9999-12-31"}`,
		"week 1 of year 0000":   `{"precision": "week", "start": "0000-W01"}`,
		"week 52 of 9999":       `{"precision": "week", "start": "9999-W52"}`,
		"zero-length time span": `{"precision": "minute", "start": "2025-11-18T10:00", "end": "2025-11-18T10:00", "zone": "UTC"}`,
		"explicit approx 0":     `{"precision": "month", "start": "2025-11", "approx_days": 0}`,
		"widest approximation":  `{"precision": "day", "start": "2025-11-18", "approx_days": 366}`,
		"zone with a sign":      `{"precision": "hour", "start": "2025-11-18T10:00", "zone": "Etc/GMT-3"}`,
	}
	for name, w := range whens {
		t.Run(name, func(t *testing.T) {
			doc := `{"version": 1, "events": [{"id": "e", "kind": "statement", "title": {"hi": "वक्तव्य"}, "when": ` + w + `}]}`
			tl, err := timeline.Unmarshal([]byte(doc))
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if err := validateSchema(t, []byte(doc)); err != nil {
				t.Errorf("the schema rejects a document the decoder accepts: %v", err)
			}
			b, err := timeline.Marshal(tl)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			again, err := timeline.Unmarshal(b)
			if err != nil {
				t.Fatalf("Unmarshal(Marshal): %v\n%s", err, b)
			}
			if diff := diffTimelines(tl, again); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDraftEvidence: a draft may carry the other spans that tell the same
// event and say that its date was inferred (issue 12); files written
// before those fields existed read unchanged, and the decoder stays
// strict inside the new objects.
func TestDraftEvidence(t *testing.T) {
	const event = `{"version": 1, "events": [{"id": "a", "kind": "visit", "title": {"hi": "यात्रा"},
		"when": {"precision": "day", "start": "2025-12-04"}, "draft": {"start": 0, "end": 10%s}}]}`
	tests := []struct {
		name    string
		draft   string
		want    timeline.Draft
		wantErr string
	}{
		{name: "old file", draft: ``, want: timeline.Draft{End: 10}},
		{name: "spans and inferred", draft: `, "also": [{"start": 20, "end": 30}], "date_inferred": true`,
			want: timeline.Draft{End: 10, Also: []timeline.Span{{Start: 20, End: 30}}, DateInferred: true}},
		{name: "empty list reads as none", draft: `, "also": []`, want: timeline.Draft{End: 10}},
		{name: "inferred is a boolean", draft: `, "date_inferred": "yes"`, wantErr: `want true or false, got the string "yes"`},
		{name: "unknown field in a span", draft: `, "also": [{"start": 1, "end": 2, "len": 1}]`, wantErr: `events[0].draft.also[0].len (line 2, column 121): unknown field "len"`},
		{name: "backwards span", draft: `, "also": [{"start": 5, "end": 2}]`, wantErr: "span [5, 2) is not a byte range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := timeline.Unmarshal([]byte(strings.Replace(event, "%s", tt.draft, 1)))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Unmarshal error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			got := *tl.Events[0].Draft
			if got.End != tt.want.End || got.DateInferred != tt.want.DateInferred || len(got.Also) != len(tt.want.Also) ||
				len(got.Also) > 0 && got.Also[0] != tt.want.Also[0] {
				t.Errorf("draft = %+v, want %+v", got, tt.want)
			}
			b, err := timeline.Marshal(tl)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if back, err := timeline.Unmarshal(b); err != nil || len(back.Events[0].Draft.Also) != len(tt.want.Also) {
				t.Errorf("round trip: %v, %+v", err, back)
			}
		})
	}
}
