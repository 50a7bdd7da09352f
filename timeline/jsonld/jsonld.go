// Package jsonld exports a [timeline.Timeline] as schema.org JSON-LD: an
// ItemList of Event nodes that search engines read and that newsrooms embed in
// a page in a <script type="application/ld+json"> element.
//
// Each event becomes an Event with
//
//   - name and description in Hindi and English, as language-tagged values
//     ({"@value": "…", "@language": "hi"}) when both are present, and
//     inLanguage listing the languages present;
//   - startDate and endDate: a full date-time with the venue's UTC offset
//     ("2025-11-18T19:00:00+03:00") where the time is known, a date
//     ("2025-11-18") otherwise. A month or a year is written in ISO 8601's
//     reduced form ("2025-12", "2025") rather than as a made-up first day;
//     a week as its Monday and Sunday; an approximate day ("around 5
//     December") as its central day, since schema.org has no approximate
//     marker; a date known only as a bound ("before 18 November") gets no
//     startDate at all rather than a wrong one;
//   - eventStatus: EventScheduled for proposed, announced, confirmed and held
//     events (schema.org has no "proposed"), EventPostponed, EventCancelled,
//     and EventRescheduled for an event that was ever rescheduled, with every
//     earlier date as previousStartDate;
//   - location as a Place with a PostalAddress (locality and ISO country
//     code) and GeoCoordinates;
//   - organizer (hosts and chairs) and attendee (guests and attendees) as
//     Persons with their jobTitle;
//   - superEvent and subEvent as references by @id between sideline meetings
//     and the event they were held alongside.
//
// Every node's @id is Options.BaseURL + "#" + the event ID, so the JSON-LD
// and a TimelineJS embed of the same timeline on one page name the same
// events. Output is deterministic; it escapes <, > and &, so it is safe to
// put inside a <script> element as it is.
package jsonld

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
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
// their order in t; ListItem positions count from 1.
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
		ev, err := event(t, e, o)
		if err != nil {
			return nil, fmt.Errorf("jsonld: events[%d] (%s): %w", i, e.ID, err)
		}
		var item object
		item.set("@type", "ListItem")
		item.set("position", i+1)
		item.set("item", ev)
		items = append(items, item)
	}
	var doc object
	doc.set("@context", Context)
	doc.set("@type", "ItemList")
	doc.set("name", text(t.Title))
	doc.set("description", text(t.Description))
	doc.set("numberOfItems", len(t.Events))
	doc.set("itemListElement", items)
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	return append(b, '\n'), nil
}

func (o Options) id(eventID string) string { return o.BaseURL + "#" + eventID }

// ref is a reference to another node by its @id.
func ref(id string) object { return object{{"@id", id}} }

// event returns the Event node of e.
func event(t *timeline.Timeline, e *timeline.Event, opts Options) (object, error) {
	var ev object
	ev.set("@type", "Event")
	ev.set("@id", opts.id(e.ID))
	ev.set("identifier", e.ID)
	ev.set("name", text(e.Title))
	ev.set("description", text(e.Description))
	ev.set("inLanguage", languages(e.Title, e.Description))
	start, end, err := dates(e.When)
	if err != nil {
		return nil, err
	}
	ev.set("startDate", start)
	ev.set("endDate", end)
	status, previous, err := eventStatus(e)
	if err != nil {
		return nil, err
	}
	ev.set("eventStatus", status)
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
	if e.PartOf != "" {
		ev.set("superEvent", ref(opts.id(e.PartOf)))
	}
	var subs []any
	for _, c := range t.Children(e.ID) {
		subs = append(subs, ref(opts.id(c.ID)))
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

// languages lists the languages the texts are given in: "hi", "en" or both.
func languages(texts ...timeline.Text) any {
	var hi, en bool
	for _, t := range texts {
		hi = hi || t.Hi != ""
		en = en || t.En != ""
	}
	switch {
	case hi && en:
		return []any{string(timeline.Hindi), string(timeline.English)}
	case hi:
		return string(timeline.Hindi)
	case en:
		return string(timeline.English)
	}
	return nil
}

// dates returns schema.org's startDate and endDate for w, each "" when
// there is nothing honest to write.
func dates(w date.When) (start, end string, err error) {
	if w.IsZero() || w.Bound() != date.NoBound {
		return "", "", nil
	}
	switch w.Precision() {
	case date.Minute, date.Hour:
		st, err := w.StartTime()
		if err != nil {
			return "", "", err
		}
		start = st.Format(time.RFC3339)
		if w.IsSpan() {
			et, err := w.EndTime()
			if err != nil {
				return "", "", err
			}
			end = et.Format(time.RFC3339)
		}
		return start, end, nil
	case date.Week:
		last := w.Start()
		if w.IsSpan() {
			last = w.EndDay()
		}
		return w.Start().String(), last.AddDays(6).String(), nil
	}
	start = reduced(w.Start(), w.Precision())
	if w.IsSpan() {
		end = reduced(w.EndDay(), w.Precision())
	}
	return start, end, nil
}

// reduced writes d to precision p: "2025-11-18", "2025-11" or "2025".
func reduced(d date.Date, p date.Precision) string {
	switch p {
	case date.Month:
		return fmt.Sprintf("%04d-%02d", d.Year(), d.Month())
	case date.Year:
		return fmt.Sprintf("%04d", d.Year())
	}
	return d.String()
}

const schema = "https://schema.org/"

// eventStatus maps e's status history to schema.org's eventStatus and the
// earlier start dates of a rescheduled or postponed event.
func eventStatus(e *timeline.Event) (status string, previous []any, err error) {
	rescheduled := false
	for _, c := range e.History {
		if c.Status == timeline.Rescheduled {
			rescheduled = true
		}
		if !c.Previous.IsZero() {
			p, _, err := dates(c.Previous)
			if err != nil {
				return "", nil, fmt.Errorf("previous date of the %s change: %w", c.Status, err)
			}
			if p != "" {
				previous = append(previous, p)
			}
		}
	}
	switch e.Status() {
	case "":
		return "", previous, nil
	case timeline.Postponed:
		return schema + "EventPostponed", previous, nil
	case timeline.Cancelled:
		return schema + "EventCancelled", previous, nil
	case timeline.Rescheduled:
		return schema + "EventRescheduled", previous, nil
	}
	if rescheduled {
		return schema + "EventRescheduled", previous, nil
	}
	return schema + "EventScheduled", previous, nil
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

// person returns the Person node for a participant.
func person(p timeline.Participant) object {
	var o object
	o.set("@type", "Person")
	o.set("name", text(p.Name))
	o.set("jobTitle", text(p.Title))
	if p.Country != "" {
		o.set("nationality", object{{"@type", "Country"}, {"identifier", p.Country}})
	}
	return o
}
