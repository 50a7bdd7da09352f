package timeline

import (
	"cmp"
	"strings"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// Text is a piece of text in Hindi and in English, side by side. Either may
// be empty; newsrooms often have only one until a translator gets to it.
type Text struct {
	Hi string `json:"hi,omitempty"`
	En string `json:"en,omitempty"`
}

// Lang selects a language of [Text].
type Lang string

// The languages a timeline is written in.
const (
	Hindi   Lang = "hi"
	English Lang = "en"
)

// In returns the text in lang, falling back to the other language when lang
// is missing, so that a reader is never shown an empty title.
func (t Text) In(lang Lang) string {
	if lang == English {
		if t.En != "" {
			return t.En
		}
		return t.Hi
	}
	if t.Hi != "" {
		return t.Hi
	}
	return t.En
}

// IsZero reports whether t has no text in either language.
func (t Text) IsZero() bool { return t.Hi == "" && t.En == "" }

// UntitledHi and UntitledEn are the title of an event whose source gave
// it none, such as a calendar entry without a SUMMARY: a visible
// placeholder, so that the event can be kept and published, which lint
// reports for an editor to replace.
const (
	UntitledHi = "(बिना शीर्षक)"
	UntitledEn = "(untitled)"
)

// Kind is what sort of diplomatic event an event is. The set is closed and
// small (see the constants); it is a string in JSON so that adding a kind
// later never renumbers the old ones. Names that begin with "x-" are
// accepted as a newsroom's own extensions.
type Kind string

// The kinds of diplomatic event.
const (
	BilateralMeeting    Kind = "bilateral_meeting"    // two countries' representatives meet
	Summit              Kind = "summit"               // heads of state or government, e.g. the annual India–Russia summit
	MultilateralMeeting Kind = "multilateral_meeting" // several countries, e.g. the SCO Council of Heads of Government
	Visit               Kind = "visit"                // an official or state visit to a country
	SidelineMeeting     Kind = "sideline_meeting"     // a meeting on the sidelines of another event (see Event.PartOf)
	PhoneCall           Kind = "phone_call"           // a call or video call
	Statement           Kind = "statement"            // a statement, announcement or joint communiqué
	AgreementSigning    Kind = "agreement_signing"    // an agreement or memorandum signed, e.g. MoUs during a visit
	PressConference     Kind = "press_conference"     // a press conference or briefing given in person
)

// Kinds lists the defined kinds in a fixed order.
var Kinds = []Kind{BilateralMeeting, Summit, MultilateralMeeting, Visit, SidelineMeeting, PhoneCall, Statement, AgreementSigning, PressConference}

// Valid reports whether k is a defined kind or an "x-" extension.
func (k Kind) Valid() bool {
	for _, known := range Kinds {
		if k == known {
			return true
		}
	}
	return len(k) > 2 && k[:2] == "x-"
}

// Role is what a participant does at an event.
type Role string

// The roles of participants.
const (
	Host     Role = "host"
	Guest    Role = "guest"
	Chair    Role = "chair"
	Attendee Role = "attendee"
)

// Roles lists the defined roles in a fixed order.
var Roles = []Role{Host, Guest, Chair, Attendee}

// Valid reports whether r is a defined role.
func (r Role) Valid() bool {
	for _, known := range Roles {
		if r == known {
			return true
		}
	}
	return false
}

// Status is where an event stands.
type Status string

// The statuses, in the order an event usually moves through them.
const (
	Proposed    Status = "proposed"    // floated, e.g. "reports say the visit is proposed"
	Announced   Status = "announced"   // officially announced, details may be open
	Confirmed   Status = "confirmed"   // confirmed to take place on its date
	Held        Status = "held"        // it took place
	Postponed   Status = "postponed"   // put off, no new date yet
	Rescheduled Status = "rescheduled" // moved to a new date (see StatusChange.Previous)
	Cancelled   Status = "cancelled"   // called off
)

// Statuses lists the defined statuses in a fixed order.
var Statuses = []Status{Proposed, Announced, Confirmed, Held, Postponed, Rescheduled, Cancelled}

// Valid reports whether s is a defined status.
func (s Status) Valid() bool {
	for _, known := range Statuses {
		if s == known {
			return true
		}
	}
	return false
}

// Participant is a person or delegation at an event. Name may be empty when
// a source names only a role ("senior representatives of Kazakhstan").
type Participant struct {
	Name    Text   `json:"name,omitzero"`
	Title   Text   `json:"title,omitzero"`    // "External Affairs Minister"
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-2, upper case: "IN"
	Role    Role   `json:"role,omitempty"`
}

// Coordinates is a point on the WGS 84 globe, in decimal degrees.
type Coordinates struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Place is where an event happens. TimeZone is the venue's IANA zone; it is
// what a local time at the venue means.
type Place struct {
	Venue    Text         `json:"venue,omitzero"` // "Senate Palace, Kremlin"
	City     Text         `json:"city,omitzero"`
	Country  string       `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Coords   *Coordinates `json:"coords,omitempty"`
	TimeZone string       `json:"timezone,omitempty"`
}

// IsZero reports whether p says nothing about a place.
func (p Place) IsZero() bool {
	return p.Venue.IsZero() && p.City.IsZero() && p.Country == "" && p.Coords == nil && p.TimeZone == ""
}

// Source is a report an event's facts come from.
type Source struct {
	ID          string    `json:"id"`                   // unique within the event; status changes refer to it
	Outlet      string    `json:"outlet"`               // "TASS"
	URL         string    `json:"url,omitempty"`        //
	Reported    date.Date `json:"reported,omitzero"`    // the day it was published
	Attribution Text      `json:"attribution,omitzero"` // as printed: "TASS के अनुसार"
}

// StatusChange is one step of an event's status history: on a day, a source
// said the event was proposed, confirmed, held, …
type StatusChange struct {
	Status Status    `json:"status"`
	On     date.Date `json:"on"`               // the day the change was reported
	Source string    `json:"source,omitempty"` // a Source.ID of the same event
	Note   Text      `json:"note,omitzero"`    // why: "postponed over the schedule of the host"
	// Previous is the date the event had before it was rescheduled or
	// postponed; zero otherwise.
	Previous date.When `json:"previous,omitzero"`
}

// Event is one event in a diplomatic timeline. Its JSON tags give the event
// object of the timeline format, so encoding/json reads and writes an Event
// as [Marshal] does within a timeline.
//
// Its current status is derived from History (see [Event.Status]); it is
// never stored twice.
type Event struct {
	// ID is a readable, stable slug ("2025-11-18-jaishankar-putin"). It
	// becomes the calendar UID, so it must never change once published.
	ID           string         `json:"id"`
	Kind         Kind           `json:"kind"`
	Title        Text           `json:"title,omitzero"`
	Description  Text           `json:"description,omitzero"`
	When         date.When      `json:"when,omitzero"`
	Place        Place          `json:"place,omitzero"`
	Participants []Participant  `json:"participants,omitempty"`
	History      []StatusChange `json:"history,omitempty"` // oldest first
	Sources      []Source       `json:"sources,omitempty"`
	PartOf       string         `json:"part_of,omitempty"` // the ID of the event this one is part of, e.g. a summit
	Related      []string       `json:"related,omitempty"` // IDs of related events, e.g. the summit a meeting prepares
	// Draft is set on an event that a program proposed from text and no
	// editor has checked yet; nil on edited events.
	Draft *Draft `json:"draft,omitempty"`
}

// Draft says where a machine-made event came from and what was guessed, so
// that an editor can check it and a draft is never mistaken for an edited
// event.
type Draft struct {
	From  string `json:"from,omitempty"` // the text it was drafted from: a file name or URL
	Start int    `json:"start"`          // byte span of the sentence in that text
	End   int    `json:"end"`
	// Also holds the other places in the text that tell the same event
	// (the headline, a highlight box, a later paragraph), so that one
	// event told three times is one draft with all its evidence. Nil for
	// an event told once; files written before it existed read unchanged.
	Also []Span `json:"also,omitempty"`
	// DateInferred reports that the event's own sentence has no date and
	// the date was taken from elsewhere in the text (the visit it happens
	// during, the nearest dated sentence before it, the dateline); the
	// notes say from where, and an editor must check it.
	DateInferred bool     `json:"date_inferred,omitempty"`
	Notes        []string `json:"notes,omitempty"` // what was guessed, in plain words
}

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Revision counts the material changes to e: every status change after the
// first (a reschedule or a postponement is a status change). It only grows
// as the history grows, so it serves as the iCalendar SEQUENCE.
func (e *Event) Revision() int { return max(0, len(e.History)-1) }

// Updated returns the latest day anything about e was reported: the last
// status change or the newest source. It is zero when e has neither.
func (e *Event) Updated() date.Date {
	var latest date.Date
	for _, h := range e.History {
		if h.On.After(latest) {
			latest = h.On
		}
	}
	for _, s := range e.Sources {
		if s.Reported.After(latest) {
			latest = s.Reported
		}
	}
	return latest
}

// Status returns the event's current status: the last change in its
// history, or "" when nothing is known.
func (e *Event) Status() Status {
	if len(e.History) == 0 {
		return ""
	}
	return e.History[len(e.History)-1].Status
}

// Source returns the source with the given ID, and ok false if there is none.
func (e *Event) Source(id string) (Source, bool) {
	for _, s := range e.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Compare orders events by date (see [When.Compare]) and then by ID, so
// that any list of events sorts the same way every time. Among events with
// the same date, an event comes just before the events that are directly
// part of it (the SCO meeting, then its sideline meetings), because the ID
// compared first is the parent's for a part and the event's own otherwise.
// Compare sees only the two events, so a part of a part is grouped with its
// own parent, not with the root.
func (e *Event) Compare(f *Event) int {
	if c := e.When.Compare(f.When); c != 0 {
		return c
	}
	if c := strings.Compare(e.family(), f.family()); c != 0 {
		return c
	}
	if c := cmp.Compare(boolRank(e.PartOf != ""), boolRank(f.PartOf != "")); c != 0 {
		return c
	}
	return strings.Compare(e.ID, f.ID)
}

// family is the ID that groups an event with its parent when sorting.
func (e *Event) family() string {
	if e.PartOf != "" {
		return e.PartOf
	}
	return e.ID
}

// Countries returns the ISO codes of the event's place and participants,
// each once, in the order they first appear.
func (e *Event) Countries() []string {
	var out []string
	add := func(c string) {
		if c == "" {
			return
		}
		for _, seen := range out {
			if seen == c {
				return
			}
		}
		out = append(out, c)
	}
	add(e.Place.Country)
	for _, p := range e.Participants {
		add(p.Country)
	}
	return out
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
