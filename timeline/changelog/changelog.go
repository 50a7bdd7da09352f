// Package changelog lists what changed between two versions of a
// timeline, event by event, for a correction note under a story and for
// the calendar SEQUENCE rule: a material change (a new date or status)
// must come with a new status history entry. Package markdown writes a
// change log as a note; package lint checks the SEQUENCE rule.
package changelog

import (
	"slices"

	"github.com/samayrekha/samayrekha/timeline"
)

// Kind is what happened to an event between two versions of a
// timeline.
type Kind string

// The kinds of change. Only [Redated] and [StatusChanged] are
// material (see [Change.Material]).
const (
	Added         Kind = "added"          // the event is new
	Removed       Kind = "removed"        // the event is gone
	Redated       Kind = "redated"        // its date changed
	StatusChanged Kind = "status_changed" // its status history grew, or its status differs
	SourceAdded   Kind = "source_added"   // a source was added
	SourceRemoved Kind = "source_removed" // a source was removed
	Edited        Kind = "edited"         // texts, place, people, links or the draft mark changed
)

// Change is one entry of the change log between two versions of a
// timeline, as [Diff] returns it.
type Change struct {
	ID   string
	Kind Kind
	// Old and New are the event in the old and the new version; Old is nil
	// for Added and New is nil for Removed. They point into the
	// timelines given to Diff.
	Old, New *timeline.Event
	// Source is the source added or removed, for those kinds.
	Source *timeline.Source
	// Fields names what an edit touched, for Edited: "kind",
	// "title", "description", "place", "participants", "part_of",
	// "related", "draft", "when.zone".
	Fields []string
}

// Material reports whether c changes what a calendar shows about an
// existing event: a new date or a new status. Exactly these changes move
// the event's [timeline.Event.Revision], the iCalendar SEQUENCE, provided the edit
// was recorded as it should be, by appending a [timeline.StatusChange] (a
// reschedule carries the previous date in StatusChange.Previous). Added and
// removed events, new sources and edits to the text are not material.
func (c Change) Material() bool { return c.Kind == Redated || c.Kind == StatusChanged }

// Diff returns the change log from old to new, matching events by ID:
// for each event of new in its order, Added, or Redated,
// StatusChanged, SourceAdded, SourceRemoved and Edited as
// they apply; then Removed for the events of old that new lacks, in
// old's order. It is empty when nothing changed.
//
// StatusChanged is reported when the status history grew, even if the
// status is the same ("confirmed" again by another source), and when the
// current status differs. A zone-only change of a date of a day or longer
// is an edit ("when.zone"), not a re-dating.
//
// The SEQUENCE rule: for an event in both versions, New.Revision() >
// Old.Revision() exactly when the log has a material change for it. When
// that fails (a date or status edited in place without a history entry, or
// history deleted) the calendar copies of the event will not update;
// lint.Changes (package timeline/lint) reports it.
func Diff(old, new *timeline.Timeline) []Change {
	var out []Change
	oldByID := make(map[string]*timeline.Event, len(old.Events))
	for i := range old.Events {
		oldByID[old.Events[i].ID] = &old.Events[i]
	}
	seen := make(map[string]bool, len(new.Events))
	for i := range new.Events {
		n := &new.Events[i]
		seen[n.ID] = true
		o, ok := oldByID[n.ID]
		if !ok {
			out = append(out, Change{ID: n.ID, Kind: Added, New: n})
			continue
		}
		out = append(out, diffEvent(o, n)...)
	}
	for i := range old.Events {
		if o := &old.Events[i]; !seen[o.ID] {
			out = append(out, Change{ID: o.ID, Kind: Removed, Old: o})
		}
	}
	return out
}

func diffEvent(o, n *timeline.Event) []Change {
	var out []Change
	c := func(k Kind) Change { return Change{ID: n.ID, Kind: k, Old: o, New: n} }
	var fields []string
	if o.When != n.When {
		if !o.When.IsTimed() && !n.When.IsTimed() && o.When.WithZone("") == n.When.WithZone("") {
			fields = append(fields, "when.zone")
		} else {
			out = append(out, c(Redated))
		}
	}
	switch {
	case len(o.History) == 0 && len(n.History) > 0:
		// The first status completes the event as filling in a field does:
		// Revision stays 0, so this is an edit, not a material change.
		fields = append(fields, "status")
	case len(n.History) > len(o.History) || o.Status() != n.Status():
		out = append(out, c(StatusChanged))
	}
	for i := range n.Sources {
		if _, ok := o.Source(n.Sources[i].ID); !ok {
			ch := c(SourceAdded)
			ch.Source = &n.Sources[i]
			out = append(out, ch)
		}
	}
	for i := range o.Sources {
		if _, ok := n.Source(o.Sources[i].ID); !ok {
			ch := c(SourceRemoved)
			ch.Source = &o.Sources[i]
			out = append(out, ch)
		}
	}
	if o.Kind != n.Kind {
		fields = append(fields, "kind")
	}
	if o.Title != n.Title {
		fields = append(fields, "title")
	}
	if o.Description != n.Description {
		fields = append(fields, "description")
	}
	if !samePlace(o.Place, n.Place) {
		fields = append(fields, "place")
	}
	if !slices.Equal(o.Participants, n.Participants) {
		fields = append(fields, "participants")
	}
	if o.PartOf != n.PartOf {
		fields = append(fields, "part_of")
	}
	if !slices.Equal(o.Related, n.Related) {
		fields = append(fields, "related")
	}
	if (o.Draft == nil) != (n.Draft == nil) || o.Draft != nil && !sameDraft(*o.Draft, *n.Draft) {
		fields = append(fields, "draft")
	}
	if len(fields) > 0 {
		slices.Sort(fields)
		ch := c(Edited)
		ch.Fields = fields
		out = append(out, ch)
	}
	return out
}

func samePlace(a, b timeline.Place) bool {
	if (a.Coords == nil) != (b.Coords == nil) || a.Coords != nil && *a.Coords != *b.Coords {
		return false
	}
	a.Coords, b.Coords = nil, nil
	return a == b
}

func sameDraft(a, b timeline.Draft) bool {
	return a.From == b.From && a.Start == b.Start && a.End == b.End && slices.Equal(a.Notes, b.Notes)
}
