package timeline

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// FormatVersion is the version of the JSON format that [Marshal] writes and
// [Unmarshal] reads. The format is documented in timeline.schema.json; a
// change that an older reader would misread gets a new version.
const FormatVersion = 1

// JSONSchema is the JSON Schema (draft 2020-12) of the format that [Marshal]
// writes, with a title and description for every field; it is the format's
// documentation. Its $id is
// https://github.com/samayrekha/samayrekha/timeline/timeline.schema.json.
// Give it to a JSON Schema validator to check documents without this
// package, for instance in another language. [Unmarshal] is stricter than
// the schema can be: it also rejects days that do not exist, unknown time
// zones, spans that end before they start, histories out of order,
// duplicate IDs and references to unknown IDs.
//
// Do not modify the slice; it is shared.
//
//go:embed timeline.schema.json
var JSONSchema []byte

// timelineJSON is a Timeline with the format's version, the one field of
// the document the model does not hold.
type timelineJSON struct {
	Version     int     `json:"version"`
	Title       Text    `json:"title,omitzero"`
	Description Text    `json:"description,omitzero"`
	Events      []Event `json:"events"`
}

// Marshal returns the JSON form of t: version 1 of the format, indented,
// with events in their order in t. The same timeline always gives the same
// bytes. It validates t first and writes nothing for an invalid timeline,
// since a file that cannot be read back is worse than none.
func Marshal(t *Timeline) ([]byte, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "<" and "&" readable for editors; the text is data, not HTML
	enc.SetIndent("", "  ")
	events := t.Events
	if events == nil {
		events = []Event{} // the format always has the array
	}
	if err := enc.Encode(timelineJSON{Version: FormatVersion, Title: t.Title, Description: t.Description, Events: events}); err != nil {
		return nil, fmt.Errorf("timeline: encoding JSON: %w", err)
	}
	return buf.Bytes(), nil
}

// Encode writes the JSON form of t (see [Marshal]) to w. Nothing is written
// for an invalid timeline.
func Encode(w io.Writer, t *Timeline) error {
	b, err := Marshal(t)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// MarshalJSON implements [json.Marshaler] with [Marshal], so a Timeline can
// be embedded in other JSON documents.
func (t *Timeline) MarshalJSON() ([]byte, error) { return Marshal(t) }

// UnmarshalJSON implements [json.Unmarshaler] with [Unmarshal]. On error t
// is left unchanged.
func (t *Timeline) UnmarshalJSON(b []byte) error {
	v, err := Unmarshal(b)
	if err != nil {
		return err
	}
	*t = *v
	return nil
}

// Decode reads a whole JSON timeline from r (see [Unmarshal]).
func Decode(r io.Reader) (*Timeline, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("timeline: reading JSON: %w", err)
	}
	return Unmarshal(b)
}

// Unmarshal decodes a JSON timeline strictly: unknown or repeated fields,
// values of the wrong type, bad dates, unknown zones and everything
// [Timeline.Validate] rejects are errors. The error is a *[ValidationError]
// whose problems name the path ("events[2].when.zone") with its line and
// column; a syntax error is reported at its line and column too. Nothing is
// returned unless everything is right.
func Unmarshal(data []byte) (*Timeline, error) {
	offsets, ps, err := checkShape(data)
	if err != nil {
		return nil, err
	}
	if _, ok := offsets["version"]; !ok {
		ps = problems{{Path: "version", Message: fmt.Sprintf("missing; this library reads version %d", FormatVersion)}}
		return nil, locate(ps, offsets, data).err()
	}
	var head struct {
		Version int `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("timeline: %w", err) // checkShape has seen the version's type
	}
	if head.Version != FormatVersion {
		ps = problems{{Path: "version", Message: fmt.Sprintf("unsupported version %d; this library reads version %d", head.Version, FormatVersion)}}
		return nil, locate(ps, offsets, data).err()
	}
	if len(ps) > 0 {
		return nil, locate(ps, offsets, data).err()
	}
	var doc timelineJSON
	if err := json.Unmarshal(data, &doc); err != nil {
		// checkShape has seen every field, type and date; this is a safety net.
		return nil, fmt.Errorf("timeline: %w", err)
	}
	t := &Timeline{Title: doc.Title, Description: doc.Description, Events: doc.Events}
	t.canonicalize()
	if err := t.Validate(); err != nil {
		return nil, locate(err.(*ValidationError).Problems, offsets, data).err()
	}
	return t, nil
}

// canonicalize turns empty arrays into nil slices, as Marshal omits both,
// so that decoding is canonical: Unmarshal(Marshal(t)) equals t for every t
// that Unmarshal returns.
func (t *Timeline) canonicalize() {
	if len(t.Events) == 0 {
		t.Events = nil
	}
	for i := range t.Events {
		e := &t.Events[i]
		e.Participants = nilIfEmpty(e.Participants)
		e.History = nilIfEmpty(e.History)
		e.Sources = nilIfEmpty(e.Sources)
		e.Related = nilIfEmpty(e.Related)
		if e.Draft != nil {
			e.Draft.Notes = nilIfEmpty(e.Draft.Notes)
			e.Draft.Also = nilIfEmpty(e.Draft.Also)
		}
	}
}

// locate fills in the line and column of each problem from the offsets of
// the values checkShape saw, trying the path's parents when the exact value
// is absent (a missing field is reported at its object).
func locate(ps problems, offsets map[string]int, data []byte) problems {
	for i := range ps {
		for path := ps[i].Path; ; {
			if off, ok := offsets[path]; ok {
				ps[i].Line, ps[i].Column = lineCol(data, off)
				break
			}
			cut := strings.LastIndexAny(path, ".[")
			if cut < 0 {
				if off, ok := offsets[""]; ok {
					ps[i].Line, ps[i].Column = lineCol(data, off)
				}
				break
			}
			path = path[:cut]
		}
	}
	return ps
}

// lineCol converts a byte offset to a 1-based line and a 1-based column
// counted in bytes, as compilers report them.
func lineCol(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

func nilIfEmpty[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return s
}
