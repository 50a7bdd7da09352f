package timeline

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// Problem is one thing wrong with a timeline, at a path such as
// "events[2].when.zone".
type Problem struct {
	Path    string
	Message string
	// Line and Column locate the problem in the JSON it was decoded from,
	// counting from 1; they are 0 when unknown.
	Line, Column int
}

// String returns the problem as "path (line L, column C): message".
func (p Problem) String() string {
	if p.Path == "" {
		p.Path = "(document)"
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s (line %d, column %d): %s", p.Path, p.Line, p.Column, p.Message)
	}
	return p.Path + ": " + p.Message
}

// ValidationError lists every problem found in a timeline, so that an
// editor can fix them all in one go.
type ValidationError struct {
	Problems []Problem
}

// Error lists the problems, one per line after a count when there are
// several, each with its path and, when known, its line and column.
func (e *ValidationError) Error() string {
	if len(e.Problems) == 1 {
		return "timeline: " + e.Problems[0].String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "timeline: %d problems:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// problems collects Problems; a nil *problems would lose them, so it is
// always used by pointer from a local variable.
type problems []Problem

func (ps *problems) add(path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (ps problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{Problems: ps}
}

// Validate checks t and returns a *[ValidationError] listing every problem,
// or nil. It checks that IDs are present, unique and slugs; that kinds,
// roles and statuses are known; that dates are well formed with loadable
// time zones and spans that do not end before they start; that parent and
// related IDs exist and parents form no cycle; that country codes look like
// ISO 3166-1 alpha-2; and that each status history is in date order and
// refers to sources the event has.
func (t *Timeline) Validate() error {
	var ps problems
	ids := make(map[string]int, len(t.Events))
	for i := range t.Events {
		e := &t.Events[i]
		path := "events[" + strconv.Itoa(i) + "]"
		switch {
		case e.ID == "":
			ps.add(path+".id", "missing")
		case !isSlug(e.ID):
			ps.add(path+".id", "%q is not a slug: use lower-case a-z, 0-9 and '-', starting with a letter or digit", e.ID)
		}
		if j, dup := ids[e.ID]; dup && e.ID != "" {
			ps.add(path+".id", "duplicate ID %q, also used by events[%d]", e.ID, j)
		} else {
			ids[e.ID] = i
		}
		e.validate(path, &ps)
	}
	for i := range t.Events {
		e := &t.Events[i]
		path := "events[" + strconv.Itoa(i) + "]"
		if e.PartOf != "" {
			if _, ok := ids[e.PartOf]; !ok {
				ps.add(path+".part_of", "unknown event ID %q", e.PartOf)
			} else if e.PartOf == e.ID || partOfCycle(t, ids, i) {
				ps.add(path+".part_of", "event %q is part of itself", e.ID)
			}
		}
		for j, r := range e.Related {
			if _, ok := ids[r]; !ok {
				ps.add(indexPath(path, "related", j), "unknown event ID %q", r)
			}
		}
	}
	return ps.err()
}

// partOfCycle reports whether following PartOf from events[i] comes back.
func partOfCycle(t *Timeline, ids map[string]int, i int) bool {
	seen := map[int]bool{i: true}
	for cur := i; ; {
		next, ok := ids[t.Events[cur].PartOf]
		if !ok || t.Events[cur].PartOf == "" {
			return false
		}
		if seen[next] {
			return true
		}
		seen[next] = true
		cur = next
	}
}

func (e *Event) validate(path string, ps *problems) {
	switch {
	case e.Kind == "":
		ps.add(path+".kind", "missing; want one of %s", kindList())
	case !e.Kind.Valid():
		ps.add(path+".kind", "unknown kind %q; want one of %s, or an x- extension", e.Kind, kindList())
	}
	if e.Title.IsZero() {
		ps.add(path+".title", "missing in both Hindi and English")
	}
	if e.When.IsZero() {
		ps.add(path+".when", "missing: every event needs a date, if only a year or a bound")
	}
	checkWhen(path, ".when", e.When, ps)
	if e.Place.TimeZone != "" {
		if _, err := date.LoadZone(e.Place.TimeZone); err != nil {
			ps.add(path+".place.timezone", "%v", err)
		}
	}
	checkCountry(path, ".place.country", e.Place.Country, ps)
	if c := e.Place.Coords; c != nil && !(c.Lat >= -90 && c.Lat <= 90 && c.Lon >= -180 && c.Lon <= 180) {
		ps.add(path+".place.coords", "(%g, %g) is not on the globe", c.Lat, c.Lon)
	}
	for j, p := range e.Participants {
		pp := indexPath(path, "participants", j)
		if p.Name.IsZero() && p.Title.IsZero() && p.Country == "" {
			ps.add(pp, "needs a name, a title or a country")
		}
		if p.Role != "" && !p.Role.Valid() {
			ps.add(pp+".role", "unknown role %q; want one of host, guest, chair, attendee", p.Role)
		}
		checkCountry(pp, ".country", p.Country, ps)
	}
	if d := e.Draft; d != nil {
		if d.Start < 0 || d.End < d.Start {
			ps.add(path+".draft", "span [%d, %d) is not a byte range", d.Start, d.End)
		}
		for j, sp := range d.Also {
			if sp.Start < 0 || sp.End < sp.Start {
				ps.add(indexPath(path+".draft", "also", j), "span [%d, %d) is not a byte range", sp.Start, sp.End)
			}
		}
	}
	srcIDs := make(map[string]bool, len(e.Sources))
	for j, s := range e.Sources {
		sp := indexPath(path, "sources", j)
		switch {
		case s.ID == "":
			ps.add(sp+".id", "missing")
		case srcIDs[s.ID]:
			ps.add(sp+".id", "duplicate source ID %q", s.ID)
		}
		srcIDs[s.ID] = true
		if s.Outlet == "" {
			ps.add(sp+".outlet", "missing")
		}
		if s.URL != "" && !isWebURL(s.URL) {
			ps.add(sp+".url", "%q is not an absolute http or https URL", s.URL)
		}
		checkDate(sp, ".reported", s.Reported, ps)
	}
	for j, h := range e.History {
		hp := indexPath(path, "history", j)
		if !h.Status.Valid() {
			ps.add(hp+".status", "unknown status %q; want one of %s", h.Status, statusList())
		}
		switch {
		case h.On.IsZero():
			ps.add(hp+".on", "missing date of the change")
		case !checkDate(hp, ".on", h.On, ps):
			// reported
		case j > 0 && h.On.Before(e.History[j-1].On):
			ps.add(hp+".on", "history out of order: %s comes after %s", h.On, e.History[j-1].On)
		}
		if h.Source != "" && !srcIDs[h.Source] {
			ps.add(hp+".source", "unknown source ID %q", h.Source)
		}
		checkWhen(hp, ".previous", h.Previous, ps)
	}
}

// indexPath is the path of item j of a list field: "events[2].sources[0]".
func indexPath(path, field string, j int) string {
	return path + "." + field + "[" + strconv.Itoa(j) + "]"
}

// The check functions take a path and the field under it separately and
// join them only to report a problem: Validate runs on every Marshal, and
// building a path string for every value that is fine was a tenth of
// encoding a calendar.

func checkWhen(path, field string, w date.When, ps *problems) {
	if err := w.Check(); err != nil {
		path += field
		var de *date.Error
		if errors.As(err, &de) {
			if de.Field != "" {
				path += "." + de.Field
			}
			ps.add(path, "%s", de.Msg)
			return
		}
		ps.add(path, "%v", err)
	} else if w.IsTimed() {
		checkClocks(path, field, w, ps)
	}
}

// checkClocks reports a time of day that w's zone skips, 02:30 on a night
// the clocks go from 02:00 to 03:00: no instant has it, and calendar
// programs disagree on what it means (issue 13). A time that occurs twice
// is valid; it means the first of the two, as time.Date has it.
func checkClocks(path, field string, w date.When, ps *problems) {
	loc, err := date.LoadZone(w.Zone())
	if err != nil {
		return
	}
	sub := ".start"
	switch w.Bound() {
	case date.BeforeBound:
		sub = ".before"
	case date.AfterBound:
		sub = ".after"
	}
	h, m, _ := w.Clock()
	checkClock(path, field+sub, w.Start(), h, m, loc, ps)
	if h, m, ok := w.EndClock(); ok {
		checkClock(path, field+".end", w.EndDay(), h, m, loc, ps)
	}
}

func checkClock(path, field string, d date.Date, h, m int, loc *time.Location, ps *problems) {
	t := time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, loc)
	if t.Hour() == h && t.Minute() == m {
		return
	}
	// The gap runs from the transition in the old offset to the same
	// instant in the new one. time.Date puts the skipped time on one side
	// of the transition or the other: take the nearer bound.
	tr, end := t.ZoneBounds()
	if !end.IsZero() && (tr.IsZero() || end.Sub(t) < t.Sub(tr)) {
		tr = end
	}
	_, newOff := tr.Zone()
	_, oldOff := tr.Add(-time.Second).Zone()
	from := tr.UTC().Add(time.Duration(oldOff) * time.Second)
	to := tr.UTC().Add(time.Duration(newOff) * time.Second)
	ps.add(path+field, "%02d:%02d does not exist in %s on %s: the clocks go forward from %s to %s",
		h, m, loc, d, from.Format("15:04"), to.Format("15:04"))
}

// checkDate reports a date the JSON format cannot write, one outside the
// years 0000 to 9999, and reports whether d is fine.
func checkDate(path, field string, d date.Date, ps *problems) bool {
	if !d.IsZero() && (d.Year() < 0 || d.Year() > 9999) {
		ps.add(path+field, "%s is outside the years 0000 to 9999", d)
		return false
	}
	return true
}

func checkCountry(path, field, code string, ps *problems) {
	if code == "" {
		return
	}
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		ps.add(path+field, "%q is not an ISO 3166-1 alpha-2 code such as \"IN\"", code)
	}
}

// isWebURL reports whether s is an absolute http or https URL with a host
// and no spaces or control characters: a source a reader can open, and
// nothing that could smuggle markup into an export.
func isWebURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func isSlug(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

func kindList() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func statusList() string {
	names := make([]string, len(Statuses))
	for i, s := range Statuses {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}
