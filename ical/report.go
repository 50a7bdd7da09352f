package ical

import (
	"strconv"
	"strings"
	"time"
)

// Report says what [Decode] read and everything in the file it could not
// represent in the timeline, so that nothing is lost without a word: every
// VALARM, VTODO, VJOURNAL or other component left out, every property the
// timeline has no place for, every value changed on the way in (a zone
// converted, seconds dropped, a time the clocks skip moved as RFC 5545
// says), every occurrence of a recurring event left outside the window or
// over a limit, and every event that could not be read, with why.
//
// A Report is a plain value; Decode returns a new one with each timeline.
type Report struct {
	// Calendars is the number of VCALENDAR objects read; a file may hold
	// several, and Decode reads them all into one timeline.
	Calendars int
	// Components is the number of VEVENTs in the file, and Events the
	// number of events in the timeline: a recurring event gives one event
	// per occurrence in the window, a moved occurrence replaces the one it
	// moves, and an event that cannot be read gives none.
	Components, Events int
	// Series is the number of recurring events (RRULE or RDATE) expanded.
	Series int
	// From and To are the window occurrences were taken from: a recurring
	// event gives the occurrences that start in [From, To). A zero From
	// means from each event's own start. See [DecodeOptions].
	From, To time.Time
	// Notes lists what was dropped, changed, limited or skipped, in the
	// order of the line each was first seen at. Notes that say the same
	// thing about the same kind of component and property are merged,
	// with Count saying how many times it happened.
	Notes []Note
}

// NoteKind says what happened to the thing a [Note] is about.
type NoteKind uint8

// The kinds of note.
const (
	// Dropped: something in the file the timeline has no place for (an
	// alarm, a to-do, an ORGANIZER, an attendee's address, an unknown
	// property).
	Dropped NoteKind = iota + 1
	// Changed: kept, but not exactly as written (an end moved into the
	// start's zone, seconds dropped, a time the clocks skip moved, a
	// language guessed from the script, a floating time given a zone).
	Changed
	// Limited: cut by a limit or by the window (occurrences over
	// [DecodeOptions.MaxOccurrences] or outside [From, To), a content line
	// longer than [DecodeOptions.MaxLine]).
	Limited
	// Skipped: a component or content line that could not be read at all,
	// with why (a VEVENT without DTSTART, a malformed line).
	Skipped
)

// String returns "dropped", "changed", "limited" or "skipped".
func (k NoteKind) String() string {
	switch k {
	case Dropped:
		return "dropped"
	case Changed:
		return "changed"
	case Limited:
		return "limited"
	case Skipped:
		return "skipped"
	}
	return "%!NoteKind(" + strconv.Itoa(int(k)) + ")"
}

// Note is one thing Decode could not represent as written.
type Note struct {
	Kind NoteKind
	// Line is the 1-based line where the content line or component it is
	// about starts; with Count > 1, the first of them.
	Line int
	// Component is the component it is about ("VEVENT", "VALARM").
	Component string
	// Property is the property ("ORGANIZER", "RRULE"), or "" when the note
	// is about a whole component.
	Property string
	// UID is the UID of the event it is about, for notes about one event
	// (a series cut at a limit, an event skipped); "" for notes merged
	// over many events.
	UID string
	// Message says what happened, in English.
	Message string
	// Count is how many times it happened (at least 1).
	Count int
}

// String returns the note as one line: "line 12: VEVENT ATTENDEE:
// dropped: the attendee's address (37 times)".
func (n Note) String() string {
	var b strings.Builder
	b.WriteString("line ")
	b.WriteString(strconv.Itoa(n.Line))
	b.WriteString(": ")
	b.WriteString(n.Component)
	if n.Property != "" {
		b.WriteByte(' ')
		b.WriteString(n.Property)
	}
	if n.UID != "" {
		b.WriteString(" (UID ")
		b.WriteString(n.UID)
		b.WriteByte(')')
	}
	b.WriteString(": ")
	b.WriteString(n.Kind.String())
	b.WriteString(": ")
	b.WriteString(n.Message)
	if n.Count > 1 {
		b.WriteString(" (")
		b.WriteString(strconv.Itoa(n.Count))
		b.WriteString(" times)")
	}
	return b.String()
}

// String returns a summary line and the notes, one a line.
func (r *Report) String() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(r.Calendars))
	b.WriteString(plural(r.Calendars, " calendar, ", " calendars, "))
	b.WriteString(strconv.Itoa(r.Components))
	b.WriteString(plural(r.Components, " VEVENT, ", " VEVENTs, "))
	b.WriteString(strconv.Itoa(r.Series))
	b.WriteString(plural(r.Series, " recurring, ", " recurring, "))
	b.WriteString(strconv.Itoa(r.Events))
	b.WriteString(plural(r.Events, " event in the timeline", " events in the timeline"))
	b.WriteString("; occurrences from ")
	if r.From.IsZero() {
		b.WriteString("each event's start")
	} else {
		b.WriteString(r.From.UTC().Format(time.RFC3339))
	}
	b.WriteString(" until ")
	if r.To.IsZero() {
		b.WriteString("(no dates)")
	} else {
		b.WriteString(r.To.UTC().Format(time.RFC3339))
	}
	b.WriteByte('\n')
	for _, n := range r.Notes {
		b.WriteString(n.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// noteKey identifies notes that are merged.
type noteKey struct {
	kind                     NoteKind
	component, property, uid string
	message                  string
}

// noteList collects a Report's notes, merging repeats.
type noteList struct {
	list  []Note
	index map[noteKey]int
}

// maxNotes bounds the notes a report keeps apart: a hostile file with a
// million differently named properties gets a thousand notes and one that
// counts the rest, not a million.
const maxNotes = 1000

func (ns *noteList) add(kind NoteKind, line int, component, property, uid, message string) {
	k := noteKey{kind, component, property, uid, message}
	if _, ok := ns.index[k]; !ok && len(ns.list) >= maxNotes {
		k = noteKey{kind: Dropped, message: "more notes than a report keeps apart; the first of them is at this line"}
		component, property, uid, message = k.component, k.property, k.uid, k.message
		kind = k.kind
	}
	if i, ok := ns.index[k]; ok {
		ns.list[i].Count++
		if line < ns.list[i].Line {
			ns.list[i].Line = line
		}
		return
	}
	if ns.index == nil {
		ns.index = map[noteKey]int{}
	}
	ns.index[k] = len(ns.list)
	ns.list = append(ns.list, Note{Kind: kind, Line: line, Component: component, Property: property, UID: uid, Message: message, Count: 1})
}
