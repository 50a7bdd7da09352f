package ical

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Decode reads one iCalendar object from r (see Unmarshal).
func Decode(r io.Reader) (*timeline.Timeline, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("ical: %w", err)
	}
	return Unmarshal(b)
}

// Unmarshal reads back a calendar that Marshal wrote: the first VCALENDAR
// in b, one event per VEVENT, in file order.
//
// It recovers everything iCalendar carries: the ID (UID without
// "@samayrekha"), title, description and place in the language they were
// written in (the LANGUAGE parameter), the exact date with its precision,
// approximation, bound and zone, the kind, the status history with notes
// and sources, coordinates, participants (name, title, country, role),
// PartOf and Related. What Marshal added to SUMMARY and DESCRIPTION (the
// date and status notes) is taken off again. The other language, Draft and
// the calendar's options are not in the file and do not come back.
//
// A calendar from another producer is read from its standard properties
// (DTSTART/DTEND, SUMMARY, DESCRIPTION, LOCATION, GEO, STATUS, RELATED-TO,
// ATTENDEE, URL) as far as they go: its UIDs become slugs
// ("A-1@example.org" → "a-1-example-org"), an event whose CATEGORIES name
// no kind is of kind "x-event", and relations to events not in the file are
// dropped. A floating time or an unknown TZID is an error.
//
// The result is validated. An error that comes from a place in b is a
// *[DecodeError] with its line and property, even for an event that does
// not validate; Unmarshal never panics.
func Unmarshal(b []byte) (*timeline.Timeline, error) {
	top, err := parseComponents(b)
	if err != nil {
		return nil, err
	}
	var cal *component
	for _, c := range top {
		if c.name == "VCALENDAR" {
			cal = c
			break
		}
	}
	if cal == nil {
		return nil, errors.New("ical: no VCALENDAR")
	}
	t := &timeline.Timeline{}
	if p := cal.first("NAME"); p != nil {
		t.Title = textIn(unescapeText(p.Value), langParam(p))
	} else if p := cal.first("X-WR-CALNAME"); p != nil {
		t.Title = textIn(unescapeText(p.Value), langParam(p))
	}
	if p := cal.first("DESCRIPTION"); p != nil {
		t.Description = textIn(unescapeText(p.Value), langParam(p))
	} else if p := cal.first("X-WR-CALDESC"); p != nil {
		t.Description = textIn(unescapeText(p.Value), langParam(p))
	}
	var foreign []int    // events from another producer
	var evs []*component // the VEVENT of each event
	for _, c := range cal.subs {
		if c.name != "VEVENT" {
			continue
		}
		e, err := decodeEvent(c)
		if err != nil {
			return nil, err
		}
		if c.first(xWhen) == nil {
			foreign = append(foreign, len(t.Events))
		}
		t.Events = append(t.Events, e)
		evs = append(evs, c)
	}
	// Another producer's RELATED-TO may name events that are not in the
	// file; ours never do. Keep only the relations the timeline can hold.
	for _, i := range foreign {
		e := &t.Events[i]
		if e.PartOf != "" && t.Event(e.PartOf) == nil {
			e.PartOf = ""
		}
		e.Related = slices.DeleteFunc(e.Related, func(id string) bool { return t.Event(id) == nil })
		if len(e.Related) == 0 {
			e.Related = nil
		}
	}
	if err := t.Validate(); err != nil {
		return nil, locateProblem(err, t, evs)
	}
	return t, nil
}

func langParam(p *ics.BaseProperty) timeline.Lang {
	if strings.HasPrefix(strings.ToLower(param(p, "LANGUAGE")), "en") {
		return timeline.English
	}
	return timeline.Hindi
}

func textIn(s string, lang timeline.Lang) timeline.Text {
	if s == "" {
		return timeline.Text{}
	}
	if lang == timeline.English {
		return timeline.Text{En: s}
	}
	return timeline.Text{Hi: s}
}

// fromParam undoes the substitutions of appendParamValue.
func fromParam(s string) string {
	if !strings.ContainsAny(s, string(quoteSubstitute)+string(caretSubstitute)+string(semicolonSubstitute)) {
		return s
	}
	s = strings.ReplaceAll(s, string(quoteSubstitute), `"`)
	s = strings.ReplaceAll(s, string(semicolonSubstitute), ";")
	for _, c := range []string{"n", "N", "'", "^"} {
		s = strings.ReplaceAll(s, string(caretSubstitute)+c, "^"+c)
	}
	return s
}

// foreignKind is the kind of an event from another producer whose
// CATEGORIES name none of ours.
const foreignKind timeline.Kind = "x-event"

// eventID returns the event ID for a UID: ours without "@samayrekha";
// another producer's made into a slug ("A-Moscow-1@example.org" →
// "a-moscow-1-example-org"), since timeline IDs are slugs.
func eventID(uid string, ours bool) string {
	if ours || strings.HasSuffix(uid, uidSuffix) {
		return strings.TrimSuffix(uid, uidSuffix)
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(uid) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func decodeEvent(c *component) (timeline.Event, error) {
	var e timeline.Event
	uid := c.first("UID")
	if uid == nil {
		return e, c.missing("UID")
	}
	// ours: written by Marshal, whose X- properties are complete; the
	// fallbacks to standard properties are for other producers only.
	ours := c.first(xWhen) != nil
	e.ID = eventID(unescapeText(uid.Value), ours)

	if p := c.first(xKind); p != nil {
		e.Kind = timeline.Kind(unescapeText(p.Value))
	} else {
		for _, p := range c.all("CATEGORIES") {
			if k, ok := kindFromCategory(unescapeText(p.Value)); ok {
				e.Kind = k
				break
			}
		}
		if e.Kind == "" && !ours {
			e.Kind = foreignKind
		}
	}

	var err error
	if p := c.first(xWhen); p != nil {
		if e.When, err = parseWhen(unescapeText(p.Value)); err != nil {
			return e, c.errorAt(p, err)
		}
	} else if e.When, err = whenFromDates(c); err != nil {
		return e, err
	}

	// Place.
	if p := c.first(xPlace); p != nil {
		lang := langParam(p)
		e.Place = timeline.Place{
			Venue: textIn(fromParam(param(p, "X-VENUE")), lang), City: textIn(fromParam(param(p, "X-CITY")), lang),
			Country: param(p, "X-COUNTRY"), TimeZone: param(p, "X-TZID"),
		}
	} else if p := c.first("LOCATION"); p != nil && !ours {
		e.Place.Venue = textIn(unescapeText(p.Value), langParam(p))
	}
	if p := c.first("GEO"); p != nil {
		lat, lon, ok := strings.Cut(p.Value, ";")
		la, err1 := strconv.ParseFloat(lat, 64)
		lo, err2 := strconv.ParseFloat(lon, 64)
		if !ok || err1 != nil || err2 != nil {
			return e, c.errorAt(p, fmt.Errorf("%q: want latitude;longitude", p.Value))
		}
		e.Place.Coords = &timeline.Coordinates{Lat: la, Lon: lo}
	}

	// Sources and history first: DESCRIPTION's notes are computed from them.
	for _, p := range c.all(xSource) {
		lang := langParam(p)
		s := timeline.Source{ID: unescapeText(p.Value), Outlet: fromParam(param(p, "X-OUTLET")), URL: fromParam(param(p, "X-URL")),
			Attribution: textIn(fromParam(param(p, "X-ATTRIBUTION")), lang)}
		if r := param(p, "X-REPORTED"); r != "" {
			if s.Reported, err = date.Parse(r); err != nil {
				return e, c.errorAt(p, fmt.Errorf("source %q: X-REPORTED: %w", s.ID, err))
			}
		}
		e.Sources = append(e.Sources, s)
	}
	if len(e.Sources) == 0 && !ours {
		if p := c.first("URL"); p != nil {
			e.Sources = []timeline.Source{{ID: "url", Outlet: p.Value, URL: p.Value}}
		}
	}
	for _, p := range c.all(xStatus) {
		h := timeline.StatusChange{Status: timeline.Status(unescapeText(p.Value)), Source: fromParam(param(p, "X-SOURCE")),
			Note: textIn(fromParam(param(p, "X-NOTE")), langParam(p))}
		if h.On, err = date.Parse(param(p, "X-ON")); err != nil {
			return e, c.errorAt(p, fmt.Errorf("X-ON: %w", err))
		}
		if prev := param(p, "X-PREVIOUS"); prev != "" {
			if h.Previous, err = parseWhen(fromParam(prev)); err != nil {
				return e, c.errorAt(p, fmt.Errorf("X-PREVIOUS: %w", err))
			}
		}
		e.History = append(e.History, h)
	}
	if len(e.History) == 0 && !ours {
		if h, ok := statusFromICal(c); ok {
			e.History = []timeline.StatusChange{h}
		}
	}

	summary := c.first("SUMMARY")
	if summary == nil {
		return e, c.missing("SUMMARY")
	}
	lang := langParam(summary)
	e.Title = textIn(strings.TrimSuffix(unescapeText(summary.Value), summarySuffix(e.When, lang)), lang)
	if strings.Trim(e.Title.Hi+e.Title.En, " \t\r\n") == "" {
		return e, c.errorAt(summary, errors.New("blank: an event needs a title"))
	}
	if p := c.first("DESCRIPTION"); p != nil {
		lang := langParam(p)
		s := unescapeText(p.Value)
		// The notes are in the calendar's language, which may differ from
		// the description's (a fallback): try both.
		for _, l := range [...]timeline.Lang{timeline.Hindi, timeline.English} {
			n := notes(&e, l)
			if n == "" {
				continue
			}
			if s == n {
				s = ""
				break
			}
			if t, ok := strings.CutSuffix(s, "\n\n"+n); ok {
				s = t
				break
			}
		}
		e.Description = textIn(s, lang)
	}

	for _, p := range c.all("RELATED-TO") {
		id := eventID(unescapeText(p.Value), ours)
		switch strings.ToUpper(param(p, "RELTYPE")) {
		case "", "PARENT":
			e.PartOf = id
		case "SIBLING":
			e.Related = append(e.Related, id)
		}
	}
	for _, p := range c.all("ATTENDEE") {
		// LANGUAGE is the language of CN; X-TITLE-LANGUAGE, written when
		// the participant has a name, that of X-TITLE.
		cnLang := langParam(p)
		titleLang := cnLang
		cn, title := fromParam(param(p, "CN")), fromParam(param(p, "X-TITLE"))
		if l := param(p, "X-TITLE-LANGUAGE"); l != "" {
			titleLang = timeline.Hindi
			if strings.HasPrefix(strings.ToLower(l), "en") {
				titleLang = timeline.English
			}
		} else if cn == title {
			cn = "" // the CN was the title of a participant without a name
		}
		pt := timeline.Participant{Name: textIn(cn, cnLang), Title: textIn(title, titleLang),
			Country: param(p, "X-COUNTRY"), Role: timeline.Role(strings.ToLower(param(p, "X-ROLE")))}
		if pt.Role == "" {
			switch strings.ToUpper(param(p, "ROLE")) {
			case "CHAIR":
				pt.Role = timeline.Chair
			default:
				pt.Role = timeline.Attendee
			}
		}
		e.Participants = append(e.Participants, pt)
	}
	return e, nil
}

// statusFromICal reads STATUS as a one-entry history dated by
// LAST-MODIFIED or DTSTAMP, for calendars without X-SAMAYREKHA-STATUS.
func statusFromICal(c *component) (timeline.StatusChange, bool) {
	p := c.first("STATUS")
	if p == nil {
		return timeline.StatusChange{}, false
	}
	var s timeline.Status
	switch strings.ToUpper(p.Value) {
	case "CONFIRMED":
		s = timeline.Confirmed
	case "TENTATIVE":
		s = timeline.Proposed
	case "CANCELLED":
		s = timeline.Cancelled
	default:
		return timeline.StatusChange{}, false
	}
	for _, name := range []string{"LAST-MODIFIED", "DTSTAMP"} {
		if q := c.first(name); q != nil {
			if t, err := time.Parse("20060102T150405Z", q.Value); err == nil {
				return timeline.StatusChange{Status: s, On: date.FromTime(t)}, true
			}
		}
	}
	return timeline.StatusChange{}, false
}

// whenFromDates reads DTSTART/DTEND of a calendar without
// X-SAMAYREKHA-WHEN: a DATE is a day (or a span of days), a DATE-TIME with
// TZID or Z an exact time in that zone. Floating times have no zone and are
// an error.
func whenFromDates(c *component) (date.When, error) {
	ps := c.first("DTSTART")
	if ps == nil {
		return date.When{}, c.missing("DTSTART")
	}
	start, err := readDate(ps)
	if err != nil {
		return date.When{}, c.errorAt(ps, err)
	}
	pe := c.first("DTEND")
	if pe == nil {
		return start, nil
	}
	end, err := readDate(pe)
	if err != nil {
		return date.When{}, c.errorAt(pe, err)
	}
	if start.IsTimed() {
		if end.Start() == start.Start() && end == start {
			return start, nil
		}
	} else if last := end.Start().AddDays(-1); last.After(start.Start()) {
		end = date.OnDay(last)
	} else {
		return start, nil
	}
	w, err := start.Until(end)
	if err != nil {
		return date.When{}, c.errorAt(pe, err)
	}
	return w, nil
}

func readDate(p *ics.BaseProperty) (date.When, error) {
	v := p.Value
	if strings.EqualFold(param(p, "VALUE"), "DATE") || len(v) == 8 {
		t, err := time.Parse("20060102", v)
		if err != nil {
			return date.When{}, fmt.Errorf("%q is not a DATE", v)
		}
		return date.OnDay(date.FromTime(t)), nil
	}
	zone := param(p, "TZID")
	if strings.HasSuffix(v, "Z") {
		zone = "UTC"
		v = v[:len(v)-1]
	}
	t, err := time.Parse("20060102T150405", v)
	if err != nil {
		return date.When{}, fmt.Errorf("%q is not a DATE-TIME", p.Value)
	}
	if zone == "" {
		return date.When{}, fmt.Errorf("floating time %q has no zone", p.Value)
	}
	return date.AtClock(date.FromTime(t), t.Hour(), t.Minute(), zone), nil
}

// parseWhen reads an X-SAMAYREKHA-WHEN value: the text form of a
// date.When. Feeds written before that form existed put the precision
// and a space first ("hour 2025-11-18T17:00[Asia/Kolkata]"), with an hour
// written as hh:00; those still read.
func parseWhen(s string) (date.When, error) {
	if prec, rest, ok := strings.Cut(s, " "); ok {
		if !slices.ContainsFunc([]date.Precision{date.Minute, date.Hour, date.Day, date.Week, date.Month, date.Year},
			func(p date.Precision) bool { return p.String() == prec }) {
			return date.When{}, fmt.Errorf("%q: unknown precision %q", s, prec)
		}
		if prec == "hour" {
			rest = legacyHour.ReplaceAllString(rest, "T$1")
		}
		w, err := date.ParseWhen(rest)
		if err == nil && w.Precision().String() != prec {
			err = fmt.Errorf("%q: the date has precision %s, not %s", s, w.Precision(), prec)
		}
		return w, err
	}
	return date.ParseWhen(s)
}

// legacyHour matches an hour as the old X-SAMAYREKHA-WHEN wrote it, "T17:00".
var legacyHour = regexp.MustCompile(`T([0-9]{2}):00`)
