package ical

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	ics "github.com/arran4/golang-ical"

	"github.com/samayrekha/samayrekha/timeline"
)

// DecodeError is an error at a place in the input of [Decode] or
// [Unmarshal]: a malformed content line, a property whose value cannot be
// read, a property an event needs and lacks, or an event that does not
// validate. Errors that are about no place in the input (no VCALENDAR, an
// input over the size limit, a failing reader) are not DecodeErrors.
type DecodeError struct {
	// Line is the 1-based number of the line where the content line
	// starts (a folded content line spans several lines), or, for a
	// missing property, the line of the component's BEGIN.
	Line int
	// Property is the name of the property at fault, in upper case
	// ("DTSTART"), or "" when the error is about the file's structure
	// (BEGIN and END) or a line without a name.
	Property string
	// Err says what is wrong. For an event that does not validate it is
	// the *timeline.ValidationError, which lists every problem; Line and
	// Property then locate the first.
	Err error
}

// Error returns "ical: line N: PROPERTY: what is wrong", without the
// property when there is none.
func (e *DecodeError) Error() string {
	s := "ical: line " + strconv.Itoa(e.Line) + ": "
	if e.Property != "" {
		s += e.Property + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *DecodeError) Unwrap() error { return e.Err }

// errorAt returns a *DecodeError for property p of c.
func (c *component) errorAt(p *ics.BaseProperty, err error) error {
	return &DecodeError{Line: c.lineOf(p), Property: p.IANAToken, Err: err}
}

// missing returns a *DecodeError for the property called name, which c
// lacks, at c's BEGIN line.
func (c *component) missing(name string) error {
	return &DecodeError{Line: c.line, Property: name, Err: fmt.Errorf("missing from the %s", c.name)}
}

// eventFields names, for each field of an event that validation can
// report, the properties Unmarshal reads it from, first choice first. A
// field path missing here is looked up without its last part
// ("place.timezone" as "place").
var eventFields = map[string][]string{
	"id":           {"UID"},
	"kind":         {xKind, "CATEGORIES"},
	"title":        {"SUMMARY"},
	"description":  {"DESCRIPTION"},
	"when":         {xWhen, "DTSTART"},
	"when.end":     {xWhen, "DTEND", "DTSTART"},
	"place":        {xPlace, "LOCATION"},
	"place.coords": {"GEO"},
	"participants": {"ATTENDEE"},
	"sources":      {xSource, "URL"},
	"history":      {xStatus, "STATUS"},
	"part_of":      {"RELATED-TO"},
	"related":      {"RELATED-TO"},
}

// locateProblem turns the error of a decoded timeline's Validate into a
// *DecodeError at the property its first problem comes from; evs[i] is
// the VEVENT of t.Events[i]. An error it cannot place is returned as it
// was, wrapped.
func locateProblem(err error, t *timeline.Timeline, evs []*component) error {
	ve, ok := err.(*timeline.ValidationError)
	if !ok || len(ve.Problems) == 0 {
		return wrapInvalid(err)
	}
	rest, ok := strings.CutPrefix(ve.Problems[0].Path, "events[")
	if !ok {
		return wrapInvalid(err)
	}
	n, rest, ok := strings.Cut(rest, "]")
	i, aerr := strconv.Atoi(n)
	if !ok || aerr != nil || i < 0 || i >= len(evs) {
		return wrapInvalid(err)
	}
	line, prop := evs[i].locate(&t.Events[i], strings.TrimPrefix(rest, "."))
	return &DecodeError{Line: line, Property: prop, Err: err}
}

func wrapInvalid(err error) error {
	return fmt.Errorf("ical: decoded timeline is not valid: %w", err)
}

// locate returns the line and name of the property of c that field of e
// was read from: path is a problem's path below the event ("kind",
// "participants[1].role"). For a field read from no property it returns
// c's BEGIN line with the property that would hold it, or "".
func (c *component) locate(e *timeline.Event, path string) (line int, prop string) {
	var names []string
	field, index := path, -1
	for {
		f, _, _ := strings.Cut(field, "[")
		if names = eventFields[f]; names != nil {
			if _, idx, ok := strings.Cut(field, "["); ok {
				idx, _, _ = strings.Cut(idx, "]")
				index, _ = strconv.Atoi(idx)
			}
			field = f
			break
		}
		i := strings.LastIndexAny(field, ".[")
		if i < 0 {
			return c.line, ""
		}
		field = field[:i]
	}
	if field == "part_of" || field == "related" {
		// The RELATED-TO that names the event, with the RELTYPE decodeEvent
		// reads as this field.
		id, reltypes := e.PartOf, []string{"", "PARENT"}
		if field == "related" {
			id, reltypes = "", []string{"SIBLING"}
			if index >= 0 && index < len(e.Related) {
				id = e.Related[index]
			}
		}
		ours := c.first(xWhen) != nil
		for _, p := range c.all("RELATED-TO") {
			if slices.Contains(reltypes, strings.ToUpper(param(p, "RELTYPE"))) && eventID(unescapeText(p.Value), ours) == id {
				return c.where(p)
			}
		}
		return c.line, "RELATED-TO"
	}
	for _, name := range names {
		ps := c.all(name)
		switch {
		case len(ps) == 0:
			continue
		case index < 0:
			return c.where(ps[0])
		case index < len(ps):
			return c.where(ps[index])
		}
	}
	return c.line, names[0]
}

// where returns the line and name of property p of c.
func (c *component) where(p *ics.BaseProperty) (line int, prop string) {
	return c.lineOf(p), p.IANAToken
}
