// Package jsonld exports a [timeline.Timeline] as schema.org JSON-LD: an
// ItemList of Event nodes that search engines read and that newsrooms embed in
// a page in a <script type="application/ld+json"> element.
//
// The structured data never claims more certainty than the timeline's text.
// Each event becomes an Event with
//
//   - name and description in Hindi and English, as language-tagged values
//     ({"@value": "…", "@language": "hi"}) when both are present. There is no
//     inLanguage: on an Event it names the language the event is held in,
//     which the timeline does not know;
//   - startDate and endDate: for an exact date, a full date-time with the
//     venue's UTC offset ("2025-11-18T19:00:00+03:00") where the time is
//     known and a date ("2025-11-18") otherwise. schema.org has no way to say
//     "some day in December" or "around 5 December", and Google's Event rules
//     want a plain date, so an inexact date (approximate, a week, a month or
//     a year) is written as its earliest possible day ("2025-12-03" for
//     "around 5 December ±2 days", "2025-12-01" for "December") with no
//     endDate, and the description says what is really known ("Date: around
//     5 December 2025 (±2 days); the exact day is not known.");
//   - eventStatus as an IRI object ({"@id": "https://schema.org/EventScheduled"}),
//     which every JSON-LD processor reads as the EventStatusType member
//     whatever context it uses, and only where the text confirms it:
//     EventScheduled for a confirmed or held event whose date is exact (the
//     type says the event takes place "on the startDate as scheduled"),
//     EventPostponed, EventCancelled, and EventRescheduled for an event that
//     was ever rescheduled, with every earlier exact date as
//     previousStartDate. A proposed or announced event gets no eventStatus
//     (schema.org has no "proposed"), and its description says so ("Status:
//     proposed; not confirmed.");
//   - location as a Place with a PostalAddress (locality and ISO country
//     code) and GeoCoordinates;
//   - organizer (hosts and chairs) and attendee (guests and attendees) as
//     Persons with their jobTitle and nationality. A delegate the sources do
//     not name is named by office and country ("Senior representative of
//     Kazakhstan"), so that no Person is anonymous;
//   - url, when Options.EventURL gives one (Google asks for one URL per
//     event);
//   - superEvent and subEvent as references by @id between sideline meetings
//     and the event they were held alongside.
//
// An event known only by a bound ("before 18 November") is left out of the
// structured data altogether: it has no honest startDate, and an Event
// without one is invalid for Google. It stays in every other format.
//
// Every node's @id is Options.BaseURL + "#" + the event ID, so the JSON-LD
// and a TimelineJS embed of the same timeline on one page name the same
// events. Output is deterministic; it escapes <, > and &, so it is safe to
// put inside a <script> element as it is.
package jsonld

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// Context is the @context of every document Marshal writes.
const Context = "https://schema.org"

// Options says how [Marshal] names things. The zero value (and a nil
// pointer) gives relative @ids.
type Options struct {
	// BaseURL is the address of the page the JSON-LD describes. Each event's
	// @id is BaseURL + "#" + its ID; with the zero BaseURL the @ids are
	// relative ("#2025-12-putin-visit-india") and resolve against the page
	// that embeds them.
	BaseURL string
	// EventURL, if not nil, returns the address at which a reader finds an
	// event (a page of its own, or an anchor that opens it, such as
	// TimelineJS's "#event-ID"); it becomes the Event's url. A relative
	// address resolves against the page that embeds the JSON-LD.
	EventURL func(eventID string) string
}

// Encode writes t to w as JSON-LD (see [Marshal]); nothing is written on
// error.
func Encode(w io.Writer, t *timeline.Timeline, opts *Options) error {
	b, err := Marshal(t, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns t as a schema.org ItemList of Events, indented. It
// validates t first and writes nothing for an invalid timeline. Events keep
// their order in t; ListItem positions count from 1. Events known only by a
// bound are left out (see the package documentation), and numberOfItems
// counts the events written.
func Marshal(t *timeline.Timeline, opts *Options) ([]byte, error) {
	if t == nil {
		return nil, fmt.Errorf("jsonld: nil timeline")
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	var items []any
	for i := range t.Events {
		e := &t.Events[i]
		if !described(e) {
			continue
		}
		ev, err := event(t, e, o)
		if err != nil {
			return nil, fmt.Errorf("jsonld: events[%d] (%s): %w", i, e.ID, err)
		}
		var item object
		item.set("@type", "ListItem")
		item.set("position", len(items)+1)
		item.set("item", ev)
		items = append(items, item)
	}
	var doc object
	doc.set("@context", Context)
	doc.set("@type", "ItemList")
	doc.set("name", text(t.Title))
	doc.set("description", text(t.Description))
	doc.set("numberOfItems", len(items))
	doc.set("itemListElement", items)
	b, err := appendIndented(make([]byte, 0, 4096+3072*len(items)), doc, 0)
	if err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	return append(b, '\n'), nil
}

// described reports whether e gets an Event node: every event with a date
// of its own, but not one known only by a bound.
func described(e *timeline.Event) bool {
	return !e.When.IsZero() && e.When.Bound() == date.NoBound
}

func (o Options) id(eventID string) string { return o.BaseURL + "#" + eventID }

// ref is a reference to another node by its @id.
func ref(id string) object { return object{{"@id", id}} }

// schemaIRI returns the IRI object of a schema.org enumeration member.
func schemaIRI(name string) object { return ref(schema + name) }

// event returns the Event node of e.
func event(t *timeline.Timeline, e *timeline.Event, opts Options) (object, error) {
	var ev object
	ev.set("@type", "Event")
	ev.set("@id", opts.id(e.ID))
	ev.set("identifier", e.ID)
	ev.set("name", text(e.Title))
	start, end, exact, err := dates(e.When)
	if err != nil {
		return nil, err
	}
	status, previous, err := eventStatus(e, exact)
	if err != nil {
		return nil, err
	}
	ev.set("description", text(hedged(e, exact)))
	ev.set("startDate", start)
	ev.set("endDate", end)
	if status != "" {
		ev.set("eventStatus", schemaIRI(status))
	}
	ev.set("previousStartDate", previous)
	ev.set("location", place(e.Place))
	var organizers, attendees []any
	for _, p := range e.Participants {
		switch p.Role {
		case timeline.Host, timeline.Chair:
			organizers = append(organizers, person(p))
		default:
			attendees = append(attendees, person(p))
		}
	}
	ev.set("organizer", organizers)
	ev.set("attendee", attendees)
	if opts.EventURL != nil {
		ev.set("url", opts.EventURL(e.ID))
	}
	if parent := t.Event(e.PartOf); parent != nil && described(parent) {
		ev.set("superEvent", ref(opts.id(e.PartOf)))
	}
	var subs []any
	for _, c := range t.Children(e.ID) {
		if described(c) {
			subs = append(subs, ref(opts.id(c.ID)))
		}
	}
	ev.set("subEvent", subs)
	return ev, nil
}

// text returns t as a plain string when it has one language, as a list of
// language-tagged values when it has both, and nil when it has none.
func text(t timeline.Text) any {
	switch {
	case t.Hi != "" && t.En != "":
		return []any{tagged(t.Hi, timeline.Hindi), tagged(t.En, timeline.English)}
	case t.Hi != "":
		return tagged(t.Hi, timeline.Hindi)
	case t.En != "":
		return tagged(t.En, timeline.English)
	}
	return nil
}

func tagged(s string, lang timeline.Lang) object {
	return object{{"@value", s}, {"@language", string(lang)}}
}

// hedged returns e's description followed by what the structured fields
// cannot say: that its date is inexact (startDate is then only the earliest
// possible day) and that a proposed or announced event is not confirmed.
// The hedge is written in both languages, so a description given in one
// language only gains a second one that holds the hedge alone.
func hedged(e *timeline.Event, exact bool) timeline.Text {
	write := func(lang timeline.Lang) string {
		parts := []string{own(e.Description, lang)}
		if !exact {
			date := phrase.Date(e.When, phrase.Style{Lang: lang, Window: true})
			parts = append(parts, inexactDate.format(lang, date))
		}
		if s := e.Status(); s == timeline.Proposed || s == timeline.Announced {
			parts = append(parts, unconfirmed.format(lang, s.Label(lang)))
		}
		return strings.TrimSpace(strings.Join(parts, " "))
	}
	return timeline.Text{Hi: write(timeline.Hindi), En: write(timeline.English)}
}

// own returns t's text in lang without falling back to the other language.
func own(t timeline.Text, lang timeline.Lang) string {
	if lang == timeline.Hindi {
		return t.Hi
	}
	return t.En
}

// sentence is a sentence in Hindi and English with one %s.
type sentence struct{ hi, en string }

func (s sentence) format(lang timeline.Lang, arg string) string {
	if lang == timeline.Hindi {
		return fmt.Sprintf(s.hi, arg)
	}
	return fmt.Sprintf(s.en, arg)
}

var (
	inexactDate = sentence{
		"तारीख: %s; सटीक दिन ज्ञात नहीं।",
		"Date: %s; the exact day is not known.",
	}
	unconfirmed = sentence{
		"स्थिति: %s; पुष्टि नहीं हुई है।",
		"Status: %s; not confirmed.",
	}
)

// dates returns schema.org's startDate and endDate for w (see the package
// documentation) and whether w is exact: known to the day or better, with
// no approximation. An inexact w gets its earliest possible day and no end.
func dates(w date.When) (start, end string, exact bool, err error) {
	p := w.Precision()
	exact = !w.IsApprox() && (p == date.Day || p == date.Hour || p == date.Minute)
	if !exact {
		first, _ := w.Window()
		return first.String(), "", false, nil
	}
	if p == date.Day {
		start = w.Start().String()
		if w.IsSpan() {
			end = w.EndDay().String()
		}
		return start, end, true, nil
	}
	st, err := w.StartTime()
	if err != nil {
		return "", "", false, err
	}
	start = st.Format(time.RFC3339)
	if w.IsSpan() {
		et, err := w.EndTime()
		if err != nil {
			return "", "", false, err
		}
		end = et.Format(time.RFC3339)
	}
	return start, end, true, nil
}

const schema = "https://schema.org/"

// eventStatus maps e's status history to the name of a schema.org
// EventStatusType member ("" when the text confirms none) and the earlier
// exact start dates of a rescheduled or postponed event. exact says whether
// e's own date is exact: only then can it be "scheduled" on its startDate.
func eventStatus(e *timeline.Event, exact bool) (status string, previous []any, err error) {
	rescheduled := false
	for _, c := range e.History {
		if c.Status == timeline.Rescheduled {
			rescheduled = true
		}
		if !c.Previous.IsZero() && c.Previous.Bound() == date.NoBound {
			p, _, ok, err := dates(c.Previous)
			if err != nil {
				return "", nil, fmt.Errorf("previous date of the %s change: %w", c.Status, err)
			}
			if ok {
				previous = append(previous, p)
			}
		}
	}
	switch e.Status() {
	case timeline.Postponed:
		return "EventPostponed", previous, nil
	case timeline.Cancelled:
		return "EventCancelled", previous, nil
	case timeline.Rescheduled:
		return "EventRescheduled", previous, nil
	case timeline.Confirmed, timeline.Held:
		if rescheduled {
			return "EventRescheduled", previous, nil
		}
		if exact {
			return "EventScheduled", previous, nil
		}
	}
	return "", previous, nil
}

// place returns the Place node for p, or nil when nothing is known.
func place(p timeline.Place) any {
	if p.IsZero() {
		return nil
	}
	var o object
	o.set("@type", "Place")
	name := p.Venue
	if name.IsZero() {
		name = p.City
	}
	if name.IsZero() && p.Country != "" {
		name = countryName(p.Country)
	}
	o.set("name", text(name))
	var addr object
	addr.set("@type", "PostalAddress")
	addr.set("addressLocality", text(p.City))
	addr.set("addressCountry", p.Country)
	if len(addr) > 1 {
		o.set("address", addr)
	}
	if p.Coords != nil {
		var geo object
		geo.set("@type", "GeoCoordinates")
		geo.set("latitude", p.Coords.Lat)
		geo.set("longitude", p.Coords.Lon)
		o.set("geo", geo)
	}
	return o
}

// countryName returns the name of the country with ISO code code in Hindi
// and English.
func countryName(code string) timeline.Text {
	return timeline.Text{Hi: timeline.CountryName(code, timeline.Hindi), En: timeline.CountryName(code, timeline.English)}
}

// person returns the Person node for a participant.
func person(p timeline.Participant) object {
	var o object
	o.set("@type", "Person")
	name := p.Name
	if name.IsZero() {
		name = office(p)
	}
	o.set("name", text(name))
	o.set("jobTitle", text(p.Title))
	if p.Country != "" {
		o.set("nationality", object{{"@type", "Country"}, {"identifier", p.Country}})
	}
	return o
}

// office names a participant the sources do not name by office and
// country: the title as written, followed by the country unless the title
// already names it ("Senior representative of Kazakhstan"), or
// "Representative of Kazakhstan" when there is no title either. Hindi
// spellings of a country vary (कजाकिस्तान, कज़ाखस्तान), so when the English
// title names the country the Hindi one is taken to as well.
func office(p timeline.Participant) timeline.Text {
	if p.Country == "" {
		return p.Title
	}
	country := countryName(p.Country)
	if p.Title.IsZero() {
		return timeline.Text{Hi: country.Hi + " के प्रतिनिधि", En: "Representative of " + country.En}
	}
	enNames := p.Title.En != "" && strings.Contains(p.Title.En, country.En)
	out := p.Title
	if p.Title.En != "" && !enNames {
		out.En = p.Title.En + ", " + country.En
	}
	if p.Title.Hi != "" && !enNames && !strings.Contains(stripNukta(p.Title.Hi), stripNukta(country.Hi)) {
		out.Hi = p.Title.Hi + ", " + country.Hi
	}
	return out
}

// stripNukta removes the nukta (U+093C), which Hindi writers use or leave
// out in borrowed names (क़तर, कतर).
func stripNukta(s string) string { return strings.ReplaceAll(s, "\u093c", "") }
