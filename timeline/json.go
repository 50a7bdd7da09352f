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

// The wire types mirror the model field for field. They keep dates as
// strings so that a bad date is reported with its path instead of as a
// generic decoding failure.
type jsonTimeline struct {
	Version     int         `json:"version"`
	Title       Text        `json:"title,omitzero"`
	Description Text        `json:"description,omitzero"`
	Events      []jsonEvent `json:"events"`
}

type jsonEvent struct {
	ID           string             `json:"id"`
	Kind         Kind               `json:"kind"`
	Title        Text               `json:"title,omitzero"`
	Description  Text               `json:"description,omitzero"`
	When         *jsonWhen          `json:"when,omitempty"`
	Place        Place              `json:"place,omitzero"`
	Participants []Participant      `json:"participants,omitempty"`
	History      []jsonStatusChange `json:"history,omitempty"`
	Sources      []jsonSource       `json:"sources,omitempty"`
	PartOf       string             `json:"part_of,omitempty"`
	Related      []string           `json:"related,omitempty"`
	Draft        *Draft             `json:"draft,omitempty"`
}

type jsonWhen struct {
	Precision  string `json:"precision"`
	Start      string `json:"start,omitempty"`
	End        string `json:"end,omitempty"`
	Before     string `json:"before,omitempty"`
	After      string `json:"after,omitempty"`
	ApproxDays int    `json:"approx_days,omitempty"`
	Zone       string `json:"zone,omitempty"`
}

type jsonStatusChange struct {
	Status   Status    `json:"status"`
	On       string    `json:"on"`
	Source   string    `json:"source,omitempty"`
	Note     Text      `json:"note,omitzero"`
	Previous *jsonWhen `json:"previous,omitempty"`
}

type jsonSource struct {
	ID          string `json:"id"`
	Outlet      string `json:"outlet"`
	URL         string `json:"url,omitempty"`
	Reported    string `json:"reported,omitempty"`
	Attribution Text   `json:"attribution,omitzero"`
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
	if err := enc.Encode(toWire(t)); err != nil {
		return nil, fmt.Errorf("timeline: encoding JSON: %w", err)
	}
	return buf.Bytes(), nil
}

// WriteJSON writes the JSON form of t (see [Marshal]) to w.
func (t *Timeline) WriteJSON(w io.Writer) error {
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
	offsets, err := checkShape(data)
	if err != nil {
		return nil, err
	}
	var w jsonTimeline
	if err := json.Unmarshal(data, &w); err != nil {
		// checkShape has seen every field and type; this is a safety net.
		return nil, fmt.Errorf("timeline: %w", err)
	}
	var ps problems
	if _, ok := offsets["version"]; !ok {
		ps.add("version", "missing; this library reads version %d", FormatVersion)
		return nil, locate(ps, offsets, data).err()
	}
	if w.Version != FormatVersion {
		ps.add("version", "unsupported version %d; this library reads version %d", w.Version, FormatVersion)
		return nil, locate(ps, offsets, data).err()
	}
	t := fromWire(&w, offsets, &ps)
	if len(ps) == 0 {
		if err := t.Validate(); err != nil {
			ps = err.(*ValidationError).Problems
		}
	}
	if len(ps) > 0 {
		return nil, locate(ps, offsets, data).err()
	}
	return t, nil
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

func toWire(t *Timeline) *jsonTimeline {
	w := &jsonTimeline{Version: FormatVersion, Title: t.Title, Description: t.Description, Events: make([]jsonEvent, len(t.Events))}
	for i := range t.Events {
		e := &t.Events[i]
		je := jsonEvent{
			ID: e.ID, Kind: e.Kind, Title: e.Title, Description: e.Description,
			When: whenToWire(e.When), Place: e.Place, Participants: e.Participants,
			PartOf: e.PartOf, Related: e.Related, Draft: e.Draft,
		}
		for _, h := range e.History {
			je.History = append(je.History, jsonStatusChange{Status: h.Status, On: h.On.String(), Source: h.Source, Note: h.Note, Previous: whenToWire(h.Previous)})
		}
		for _, s := range e.Sources {
			je.Sources = append(je.Sources, jsonSource{ID: s.ID, Outlet: s.Outlet, URL: s.URL, Reported: s.Reported.String(), Attribution: s.Attribution})
		}
		w.Events[i] = je
	}
	return w
}

func whenToWire(w When) *jsonWhen {
	if w.IsZero() {
		return nil
	}
	jw := &jsonWhen{Precision: w.prec.String(), ApproxDays: int(w.approx), Zone: w.zone}
	point := w.formatPoint(w.start, w.startMin)
	switch w.bound {
	case BeforeBound:
		jw.Before = point
	case AfterBound:
		jw.After = point
	default:
		jw.Start = point
	}
	if w.IsSpan() {
		jw.End = w.formatPoint(w.end, w.endMin)
	}
	return jw
}

// fromWire converts the wire form to the model. The offsets say which
// fields were present, so that an empty date is an error rather than the
// same as a missing one. Empty arrays become nil slices, as Marshal omits
// both, so that decoding is canonical: Unmarshal(Marshal(t)) equals t for
// every t that Unmarshal returns.
func fromWire(w *jsonTimeline, offsets map[string]int, ps *problems) *Timeline {
	t := &Timeline{Title: w.Title, Description: w.Description}
	if len(w.Events) > 0 {
		t.Events = make([]Event, len(w.Events))
	}
	for i := range w.Events {
		je := &w.Events[i]
		path := fmt.Sprintf("events[%d]", i)
		e := Event{
			ID: je.ID, Kind: je.Kind, Title: je.Title, Description: je.Description,
			When: whenFromWire(path+".when", je.When, offsets, ps), Place: je.Place,
			Participants: nilIfEmpty(je.Participants), PartOf: je.PartOf, Related: nilIfEmpty(je.Related), Draft: je.Draft,
		}
		if e.Draft != nil {
			d := *e.Draft
			d.Notes = nilIfEmpty(d.Notes)
			e.Draft = &d
		}
		for j, h := range je.History {
			hp := fmt.Sprintf("%s.history[%d]", path, j)
			e.History = append(e.History, StatusChange{
				Status: h.Status, On: dateFromWire(hp+".on", h.On, offsets, ps), Source: h.Source, Note: h.Note,
				Previous: whenFromWire(hp+".previous", h.Previous, offsets, ps),
			})
		}
		for j, s := range je.Sources {
			sp := fmt.Sprintf("%s.sources[%d]", path, j)
			e.Sources = append(e.Sources, Source{ID: s.ID, Outlet: s.Outlet, URL: s.URL, Reported: dateFromWire(sp+".reported", s.Reported, offsets, ps), Attribution: s.Attribution})
		}
		t.Events[i] = e
	}
	return t
}

func nilIfEmpty[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return s
}

// present reports whether the decoded document had a value at path.
func present(offsets map[string]int, path string) bool {
	_, ok := offsets[path]
	return ok
}

func dateFromWire(path, s string, offsets map[string]int, ps *problems) Date {
	if s == "" {
		if present(offsets, path) {
			ps.add(path, "empty date; want YYYY-MM-DD, or leave the field out")
		}
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		ps.add(path, "%v", err)
	}
	return d
}

func whenFromWire(path string, jw *jsonWhen, offsets map[string]int, ps *problems) When {
	if jw == nil {
		return When{}
	}
	for _, f := range []struct{ name, value string }{{"start", jw.Start}, {"end", jw.End}, {"before", jw.Before}, {"after", jw.After}, {"zone", jw.Zone}} {
		if f.value == "" && present(offsets, path+"."+f.name) {
			ps.add(path+"."+f.name, "empty; give a value or leave the field out")
			return When{}
		}
	}
	p, ok := parsePrecision(jw.Precision)
	if !ok {
		ps.add(path+".precision", "unknown precision %q; want minute, hour, day, week, month or year", jw.Precision)
		return When{}
	}
	w := When{prec: p, zone: jw.Zone}
	field, point := "start", jw.Start
	set := 0
	for _, f := range []struct {
		name, value string
		bound       Bound
	}{{"start", jw.Start, NoBound}, {"before", jw.Before, BeforeBound}, {"after", jw.After, AfterBound}} {
		if f.value != "" {
			set++
			field, point, w.bound = f.name, f.value, f.bound
		}
	}
	if set != 1 {
		ps.add(path, "want exactly one of start, before and after")
		return When{}
	}
	var err error
	if w.start, w.startMin, err = parsePoint(p, point); err != nil {
		ps.add(path+"."+field, "%v", err)
		return When{}
	}
	if jw.End != "" {
		if w.bound != NoBound {
			ps.add(path+".end", "a bound (before/after) cannot have an end")
			return When{}
		}
		if w.end, w.endMin, err = parsePoint(p, jw.End); err != nil {
			ps.add(path+".end", "%v", err)
			return When{}
		}
	}
	if jw.ApproxDays < 0 || jw.ApproxDays > 366 {
		ps.add(path+".approx_days", "%d out of range 0..366", jw.ApproxDays)
		return When{}
	}
	w.approx = uint16(jw.ApproxDays)
	if w.bound != NoBound && w.approx != 0 {
		ps.add(path+".approx_days", "a bound (before/after) cannot be approximate")
		return When{}
	}
	return w
}
