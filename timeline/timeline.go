package timeline

import (
	"slices"
	"strings"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// Timeline is a titled list of events.
//
// A Timeline is a plain value for one goroutine to build; once built and
// validated, treat it as read-only and it is safe to share between
// goroutines. Methods that select events return new slices or timelines and
// never modify the receiver.
type Timeline struct {
	Title       Text    `json:"title,omitzero"`
	Description Text    `json:"description,omitzero"`
	Events      []Event `json:"events"`
}

// Sort sorts the events by [Event.Compare]: by date (start, then
// precision), then a parent before its parts, then ID. The order is total,
// so sorting twice never reorders anything.
func (t *Timeline) Sort() {
	slices.SortStableFunc(t.Events, func(a, b Event) int { return a.Compare(&b) })
}

// Clone returns a deep copy of t that shares no slice, pointer or map with
// it, so that either may be changed without affecting the other.
func (t *Timeline) Clone() *Timeline {
	out := &Timeline{Title: t.Title, Description: t.Description, Events: slices.Clone(t.Events)}
	for i := range out.Events {
		e := &out.Events[i]
		e.Participants = slices.Clone(e.Participants)
		e.History = slices.Clone(e.History)
		e.Sources = slices.Clone(e.Sources)
		e.Related = slices.Clone(e.Related)
		if e.Place.Coords != nil {
			c := *e.Place.Coords
			e.Place.Coords = &c
		}
		if e.Draft != nil {
			d := *e.Draft
			d.Notes = slices.Clone(d.Notes)
			d.Also = slices.Clone(d.Also)
			e.Draft = &d
		}
	}
	return out
}

// Updated returns the latest [Event.Updated] of t's events, or zero.
func (t *Timeline) Updated() date.Date {
	var latest date.Date
	for i := range t.Events {
		if u := t.Events[i].Updated(); u.After(latest) {
			latest = u
		}
	}
	return latest
}

// Event returns a pointer to the event with the given ID, or nil.
func (t *Timeline) Event(id string) *Event {
	for i := range t.Events {
		if t.Events[i].ID == id {
			return &t.Events[i]
		}
	}
	return nil
}

// Filter returns a new timeline with the same title and description and
// the events for which keep returns true, in the same order. The events are
// shared with t, not copied deeply.
func (t *Timeline) Filter(keep func(*Event) bool) *Timeline {
	out := &Timeline{Title: t.Title, Description: t.Description}
	for i := range t.Events {
		if keep(&t.Events[i]) {
			out.Events = append(out.Events, t.Events[i])
		}
	}
	return out
}

// Children returns the events that are part of the event with the given ID
// (its sideline meetings, say), in timeline order.
func (t *Timeline) Children(id string) []*Event {
	var out []*Event
	for i := range t.Events {
		if t.Events[i].PartOf == id {
			out = append(out, &t.Events[i])
		}
	}
	return out
}

// The functions below build predicates for [Timeline.Filter]. Combine them
// with [All].

// InRange keeps events any day of whose date window falls in the half-open
// range [from, to). A zero from or to leaves that side open, and "before 18
// November" is in every range that starts before 18 November.
func InRange(from, to date.Date) func(*Event) bool {
	return func(e *Event) bool { return e.When.Overlaps(from, to) }
}

// HasParticipant keeps events with a participant whose Hindi or English
// name contains name, ignoring case.
func HasParticipant(name string) func(*Event) bool {
	needle := strings.ToLower(name)
	return func(e *Event) bool {
		for _, p := range e.Participants {
			if containsFold(p.Name.Hi, needle) || containsFold(p.Name.En, needle) {
				return true
			}
		}
		return false
	}
}

func containsFold(s, lowerNeedle string) bool {
	return lowerNeedle != "" && strings.Contains(strings.ToLower(s), lowerNeedle)
}

// InCountry keeps events held in, or with a participant from, the country
// with the ISO 3166-1 alpha-2 code (case-insensitive).
func InCountry(code string) func(*Event) bool {
	code = strings.ToUpper(code)
	return func(e *Event) bool { return slices.Contains(e.Countries(), code) }
}

// OfKind keeps events of kind k.
func OfKind(k Kind) func(*Event) bool {
	return func(e *Event) bool { return e.Kind == k }
}

// WithStatus keeps events whose current status is s.
func WithStatus(s Status) func(*Event) bool {
	return func(e *Event) bool { return e.Status() == s }
}

// All keeps events that every predicate keeps; with none, it keeps all.
func All(preds ...func(*Event) bool) func(*Event) bool {
	return func(e *Event) bool {
		for _, p := range preds {
			if !p(e) {
				return false
			}
		}
		return true
	}
}

func sortStrings(s []string) { slices.Sort(s) }
