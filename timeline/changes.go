package timeline

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ChangeKind is what happened to an event between two versions of a
// timeline.
type ChangeKind string

// The kinds of change. Only [ChangeRedated] and [ChangeStatus] are
// material (see [Change.Material]).
const (
	ChangeAdded         ChangeKind = "added"          // the event is new
	ChangeRemoved       ChangeKind = "removed"        // the event is gone
	ChangeRedated       ChangeKind = "redated"        // its date changed
	ChangeStatus        ChangeKind = "status_changed" // its status history grew, or its status differs
	ChangeSourceAdded   ChangeKind = "source_added"   // a source was added
	ChangeSourceRemoved ChangeKind = "source_removed" // a source was removed
	ChangeEdited        ChangeKind = "edited"         // texts, place, people, links or the draft mark changed
)

// Change is one entry of the change log between two versions of a
// timeline, as [Changes] returns it.
type Change struct {
	ID   string
	Kind ChangeKind
	// Old and New are the event in the old and the new version; Old is nil
	// for ChangeAdded and New is nil for ChangeRemoved. They point into the
	// timelines given to Changes.
	Old, New *Event
	// Source is the source added or removed, for those kinds.
	Source *Source
	// Fields names what an edit touched, for ChangeEdited: "kind",
	// "title", "description", "place", "participants", "part_of",
	// "related", "draft", "when.zone".
	Fields []string
}

// Material reports whether c changes what a calendar shows about an
// existing event: a new date or a new status. Exactly these changes move
// the event's [Event.Revision], the iCalendar SEQUENCE, provided the edit
// was recorded as it should be, by appending a [StatusChange] (a
// reschedule carries the previous date in StatusChange.Previous). Added and
// removed events, new sources and edits to the text are not material.
func (c Change) Material() bool { return c.Kind == ChangeRedated || c.Kind == ChangeStatus }

// Changes returns the change log from old to new, matching events by ID:
// for each event of new in its order, ChangeAdded, or ChangeRedated,
// ChangeStatus, ChangeSourceAdded, ChangeSourceRemoved and ChangeEdited as
// they apply; then ChangeRemoved for the events of old that new lacks, in
// old's order. It is empty when nothing changed.
//
// ChangeStatus is reported when the status history grew, even if the
// status is the same ("confirmed" again by another source), and when the
// current status differs. A zone-only change of a date of a day or longer
// is an edit ("when.zone"), not a re-dating.
//
// The SEQUENCE rule: for an event in both versions, New.Revision() >
// Old.Revision() exactly when the log has a material change for it. When
// that fails (a date or status edited in place without a history entry, or
// history deleted) the calendar copies of the event will not update;
// [LintChanges] reports it.
func Changes(old, new *Timeline) []Change {
	var out []Change
	oldByID := make(map[string]*Event, len(old.Events))
	for i := range old.Events {
		oldByID[old.Events[i].ID] = &old.Events[i]
	}
	seen := make(map[string]bool, len(new.Events))
	for i := range new.Events {
		n := &new.Events[i]
		seen[n.ID] = true
		o, ok := oldByID[n.ID]
		if !ok {
			out = append(out, Change{ID: n.ID, Kind: ChangeAdded, New: n})
			continue
		}
		out = append(out, chgEvent(o, n)...)
	}
	for i := range old.Events {
		if o := &old.Events[i]; !seen[o.ID] {
			out = append(out, Change{ID: o.ID, Kind: ChangeRemoved, Old: o})
		}
	}
	return out
}

func chgEvent(o, n *Event) []Change {
	var out []Change
	c := func(k ChangeKind) Change { return Change{ID: n.ID, Kind: k, Old: o, New: n} }
	var fields []string
	if o.When != n.When {
		if !o.When.IsTimed() && !n.When.IsTimed() && o.When.WithZone("") == n.When.WithZone("") {
			fields = append(fields, "when.zone")
		} else {
			out = append(out, c(ChangeRedated))
		}
	}
	switch {
	case len(o.History) == 0 && len(n.History) > 0:
		// The first status completes the event as filling in a field does:
		// Revision stays 0, so this is an edit, not a material change.
		fields = append(fields, "status")
	case len(n.History) > len(o.History) || o.Status() != n.Status():
		out = append(out, c(ChangeStatus))
	}
	for i := range n.Sources {
		if _, ok := o.Source(n.Sources[i].ID); !ok {
			ch := c(ChangeSourceAdded)
			ch.Source = &n.Sources[i]
			out = append(out, ch)
		}
	}
	for i := range o.Sources {
		if _, ok := n.Source(o.Sources[i].ID); !ok {
			ch := c(ChangeSourceRemoved)
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
	if !chgSamePlace(o.Place, n.Place) {
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
	if (o.Draft == nil) != (n.Draft == nil) || o.Draft != nil && !chgSameDraft(*o.Draft, *n.Draft) {
		fields = append(fields, "draft")
	}
	if len(fields) > 0 {
		slices.Sort(fields)
		ch := c(ChangeEdited)
		ch.Fields = fields
		out = append(out, ch)
	}
	return out
}

func chgSamePlace(a, b Place) bool {
	if (a.Coords == nil) != (b.Coords == nil) || a.Coords != nil && *a.Coords != *b.Coords {
		return false
	}
	a.Coords, b.Coords = nil, nil
	return a == b
}

func chgSameDraft(a, b Draft) bool {
	return a.From == b.From && a.Start == b.Start && a.End == b.End && slices.Equal(a.Notes, b.Notes)
}

// LintChanges checks a change log against the SEQUENCE rule of [Changes]
// and reports, with code [LintUnrecorded], every event whose Revision does
// not move with its material changes: re-dated or with a new status but no
// new history entry (calendars keep showing the old date), or with a
// Revision that moved or fell back without a material change (history
// rewritten). Paths are "events[i].history" in the new timeline.
func LintChanges(old, new *Timeline, changes []Change) []Finding {
	material := map[string]bool{}
	for _, c := range changes {
		if c.Material() {
			material[c.ID] = true
		}
	}
	var out []Finding
	for i := range new.Events {
		n := &new.Events[i]
		o := old.Event(n.ID)
		if o == nil {
			continue
		}
		id := n.ID
		path := fmt.Sprintf("events[%d].history", i)
		moved := n.Revision() > o.Revision()
		switch {
		case material[id] && !moved:
			what, whatHi := "its status changed", "स्थिति बदली"
			if o.When != n.When {
				what, whatHi = fmt.Sprintf("it was re-dated from %s to %s", o.When, n.When), fmt.Sprintf("तारीख %s से %s हुई", o.When, n.When)
			}
			out = append(out, Finding{Path: path, Code: LintUnrecorded, Message: Text{
				Hi: fmt.Sprintf("%q: %s, पर इतिहास में नई प्रविष्टि नहीं (संशोधन %d ही रहा), इसलिए कैलेंडर पुरानी जानकारी दिखाते रहेंगे; पिछली तारीख के साथ स्थिति-परिवर्तन जोड़ें", id, whatHi, n.Revision()),
				En: fmt.Sprintf("%q: %s without a new history entry (revision stays %d), so calendars keep the old version; append a status change with the previous date", id, what, n.Revision()),
			}})
		case n.Revision() < o.Revision() || !material[id] && n.Revision() != o.Revision():
			out = append(out, Finding{Path: path, Code: LintUnrecorded, Message: Text{
				Hi: fmt.Sprintf("%q: इतिहास फिर से लिखा गया है (संशोधन %d से %d हुआ); कैलेंडर पीछे गया संशोधन नहीं मानते, पुरानी प्रविष्टियाँ वापस रखें", id, o.Revision(), n.Revision()),
				En: fmt.Sprintf("%q: the history was rewritten (revision %d to %d); calendars ignore a revision that does not grow, so keep the old entries", id, o.Revision(), n.Revision()),
			}})
		}
	}
	return out
}

// WriteChangesMarkdown writes changes as a Markdown correction note in
// lang, one bullet per change, that a newsroom can publish under a story:
//
//	## सुधार और बदलाव
//
//	- **पुतिन का भारत दौरा**: तारीख बदली: 5 दिसंबर 2025 के आसपास (±2 दिन) → 6 दिसंबर 2025।
//
// Dates are written out in words, statuses by their name in lang. The
// output is deterministic; its wording may improve between releases, so
// compare it with golden files, not parse it. It returns the first write
// error.
func WriteChangesMarkdown(w io.Writer, changes []Change, lang Lang) error {
	bw := bufio.NewWriter(w)
	hi := lang != English
	pick := func(h, e string) string {
		if hi {
			return h
		}
		return e
	}
	end := pick("।", ".")
	fmt.Fprintf(bw, "## %s\n\n", pick("सुधार और बदलाव", "Corrections and changes"))
	if len(changes) == 0 {
		fmt.Fprintf(bw, "%s\n", pick("कोई बदलाव नहीं।", "No changes."))
		return bw.Flush()
	}
	for _, c := range changes {
		e := c.New
		if e == nil {
			e = c.Old
		}
		title := e.Title.In(lang)
		if title == "" {
			title = e.ID
		}
		fmt.Fprintf(bw, "- **%s**: ", mdInline(title))
		switch c.Kind {
		case ChangeAdded:
			fmt.Fprintf(bw, "%s: %s", pick("नई घटना", "new event"), chgWhen(e.When, lang))
			if s := e.Status(); s != "" {
				fmt.Fprintf(bw, ", %s", chgStatus(s, lang))
			}
		case ChangeRemoved:
			fmt.Fprintf(bw, "%s (%s)", pick("समयरेखा से हटाई गई", "removed from the timeline"), chgWhen(e.When, lang))
		case ChangeRedated:
			fmt.Fprintf(bw, "%s: %s → %s", pick("तारीख बदली", "date changed"), chgWhen(c.Old.When, lang), chgWhen(c.New.When, lang))
		case ChangeStatus:
			os, ns := c.Old.Status(), c.New.Status()
			if os == ns {
				fmt.Fprintf(bw, "%s: %s", pick("स्थिति दोहराई गई", "status restated"), chgStatus(ns, lang))
			} else {
				fmt.Fprintf(bw, "%s: %s → %s", pick("स्थिति बदली", "status changed"), chgStatus(os, lang), chgStatus(ns, lang))
			}
			if len(c.New.History) > 0 {
				last := c.New.History[len(c.New.History)-1]
				if note := last.Note.In(lang); note != "" {
					fmt.Fprintf(bw, " — %s", mdInline(note))
				}
				if s, ok := c.New.Source(last.Source); ok {
					fmt.Fprintf(bw, " (%s)", chgSourceText(s, lang))
				}
			}
		case ChangeSourceAdded:
			fmt.Fprintf(bw, "%s: %s", pick("नया स्रोत", "new source"), chgSourceLink(*c.Source))
		case ChangeSourceRemoved:
			fmt.Fprintf(bw, "%s: %s", pick("स्रोत हटाया गया", "source removed"), chgSourceLink(*c.Source))
		case ChangeEdited:
			names := make([]string, len(c.Fields))
			for i, f := range c.Fields {
				names[i] = chgField(f, lang)
			}
			fmt.Fprintf(bw, "%s: %s", pick("संपादित", "edited"), strings.Join(names, ", "))
		default:
			fmt.Fprintf(bw, "%s", c.Kind)
		}
		fmt.Fprintf(bw, "%s\n", end)
	}
	return bw.Flush()
}

func chgSourceText(s Source, lang Lang) string {
	if a := s.Attribution.In(lang); a != "" {
		return mdInline(a)
	}
	return mdInline(s.Outlet)
}

// chgSourceLink links the outlet to its URL the way the Markdown timeline
// does: only http and https, percent-encoded, so no URL can add markup.
func chgSourceLink(s Source) string {
	name := mdInline(s.Outlet)
	if dest, ok := mdLinkDestination(s.URL); ok {
		return "[" + name + "](" + dest + ")"
	}
	return name
}

var chgFieldsHi = map[string]string{
	"kind": "प्रकार", "title": "शीर्षक", "description": "विवरण", "place": "स्थान",
	"participants": "प्रतिभागी", "part_of": "मुख्य आयोजन", "related": "संबंधित घटनाएँ",
	"draft": "मसौदा चिह्न", "when.zone": "समय क्षेत्र", "status": "पहली स्थिति",
}

var chgFieldsEn = map[string]string{
	"kind": "kind", "title": "title", "description": "description", "place": "place",
	"participants": "participants", "part_of": "parent event", "related": "related events",
	"draft": "draft mark", "when.zone": "time zone", "status": "first status",
}

func chgField(f string, lang Lang) string {
	m := chgFieldsEn
	if lang != English {
		m = chgFieldsHi
	}
	if s, ok := m[f]; ok {
		return s
	}
	return f
}

func chgStatus(s Status, lang Lang) string {
	if s == "" {
		if lang == English {
			return "none"
		}
		return "कोई नहीं"
	}
	return s.Label(lang)
}

// chgWhen writes w for readers, with the window of an approximate date and
// the venue's clock of a timed one: "5 दिसंबर 2025 के आसपास (±2 दिन)",
// "18 November 2025, 19:00 (Europe/Moscow)".
func chgWhen(w When, lang Lang) string {
	return w.Phrase(DateStyle{Lang: lang, Window: true, Clock: true})
}
