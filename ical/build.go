package ical

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Extension properties and parameters that carry what iCalendar has no
// property for, so that Decode can give it back. Calendar programs ignore
// them (RFC 5545 section 3.8.8.2).
const (
	xWhen   = "X-SAMAYREKHA-WHEN"   // the exact date: "month 2025-11[Europe/Moscow]"
	xKind   = "X-SAMAYREKHA-KIND"   // the event kind token
	xStatus = "X-SAMAYREKHA-STATUS" // one per status change, oldest first
	xSource = "X-SAMAYREKHA-SOURCE" // one per source; value is its ID
	xPlace  = "X-SAMAYREKHA-PLACE"  // venue, city, country and zone as parameters; value "place"

	// No property is written with an empty value: libical drops such an
	// X- property with an X-LIC-ERROR.
)

// prop returns a property; params are name, value pairs.
func prop(name, value string, params ...string) ics.IANAProperty {
	p := ics.IANAProperty{BaseProperty: ics.BaseProperty{IANAToken: name, Value: value}}
	if len(params) > 0 {
		p.ICalParameters = make(map[string][]string, len(params)/2)
		for i := 0; i+1 < len(params); i += 2 {
			if params[i+1] != "" {
				p.ICalParameters[params[i]] = []string{params[i+1]}
			}
		}
	}
	return p
}

func calProp(name, value string, params ...string) ics.CalendarProperty {
	return ics.CalendarProperty{BaseProperty: prop(name, value, params...).BaseProperty}
}

// utcStamp formats t as an RFC 5545 UTC DATE-TIME.
func utcStamp(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// dateValue formats d as an RFC 5545 DATE, "20251118".
func dateValue(d date.Date) string {
	var a [8]byte
	return string(appendDigits(appendDigits(appendDigits(a[:0], d.Year(), 4), int(d.Month()), 2), d.Day(), 2))
}

// appendDigits appends n (≥ 0) in at least width digits.
func appendDigits(b []byte, n, width int) []byte {
	var a [20]byte
	i := len(a)
	for n >= 10 || width > 1 {
		i--
		a[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	a[i] = byte('0' + n%10)
	return append(b, a[i:]...)
}

// isoDate formats d as "2025-11-18", or "" for the zero Date, as
// date.Date.String does but without fmt.
func isoDate(d date.Date) string {
	if d.IsZero() {
		return ""
	}
	var a [10]byte
	return string(appendISODate(a[:0], d))
}

// appendISODate appends d as "2025-11-18".
func appendISODate(b []byte, d date.Date) []byte {
	b = appendDigits(b, d.Year(), 4)
	b = append(b, '-')
	b = appendDigits(b, int(d.Month()), 2)
	b = append(b, '-')
	return appendDigits(b, d.Day(), 2)
}

// localValue formats t as a local DATE-TIME, without zone.
func localValue(t time.Time) string { return t.Format("20060102T150405") }

// eventModel is golang-ical's model of one VEVENT, reused from event to
// event: Marshal builds an event, serializes it and reuses the storage
// (properties, parameter maps, value slices) for the next, so that memory
// stays proportional to the output, not to the model of the whole feed.
type eventModel struct {
	ev   ics.VEvent
	vals []string // backing store for parameter values
}

func (m *eventModel) reset() {
	m.ev.Properties = m.ev.Properties[:0]
	m.vals = m.vals[:0]
}

// add appends a property; params are name, value pairs, and a parameter
// with an empty value is left out.
func (m *eventModel) add(name, value string, params ...string) {
	props := m.ev.Properties
	n := len(props)
	if n < cap(props) {
		props = props[:n+1]
	} else {
		props = append(props, ics.IANAProperty{})
	}
	p := &props[n].BaseProperty
	p.IANAToken, p.Value = name, value
	if p.ICalParameters != nil {
		clear(p.ICalParameters)
	}
	for i := 0; i+1 < len(params); i += 2 {
		if params[i+1] == "" {
			continue
		}
		if p.ICalParameters == nil {
			p.ICalParameters = make(map[string][]string, 4)
		}
		m.vals = append(m.vals, params[i+1])
		k := len(m.vals)
		p.ICalParameters[params[i]] = m.vals[k-1 : k : k]
	}
	m.ev.Properties = props
}

// marshal writes t as iCalendar. t is valid and o normalised.
//
// The calendar's own properties and VTIMEZONEs are built as golang-ical
// properties and components; events are built one at a time in a reused
// eventModel. All of it is serialized by lineWriter (write.go), not by
// golang-ical's writer.
func marshal(t *timeline.Timeline, o *Options) ([]byte, error) {
	lang := o.Lang

	name, nameLang := o.Name, ""
	if name == "" {
		name, nameLang = t.Title.In(lang), string(langOf(t.Title, lang))
	}
	desc, descLang := o.Description, ""
	if desc == "" {
		desc, descLang = t.Description.In(lang), string(langOf(t.Description, lang))
	}
	refresh := o.Refresh
	if refresh == 0 {
		refresh = DefaultRefresh
	}
	ttl := formatDuration(refresh)

	cp := []ics.CalendarProperty{
		calProp("PRODID", ProductID),
		calProp("VERSION", "2.0"),
		calProp("CALSCALE", "GREGORIAN"),
		calProp("METHOD", "PUBLISH"),
	}
	if name != "" {
		cp = append(cp, calProp("NAME", name, "LANGUAGE", nameLang), calProp("X-WR-CALNAME", name))
	}
	if desc != "" {
		cp = append(cp, calProp("DESCRIPTION", desc, "LANGUAGE", descLang), calProp("X-WR-CALDESC", desc))
	}
	if o.URL != "" {
		cp = append(cp, calProp("URL", o.URL), calProp("SOURCE", o.URL, "VALUE", "URI"))
	}
	cp = append(cp,
		calProp("REFRESH-INTERVAL", ttl, "VALUE", "DURATION"),
		calProp("X-PUBLISHED-TTL", ttl),
	)
	organizer := strings.TrimRight(oneLine(name), " \t") // as NAME reads
	if organizer == "" {
		organizer = "samayrekha"
	}

	var left map[string]bool // events the policy leaves out; nothing relates to them
	zones := newZoneSet()
	for i := range t.Events {
		w := t.Events[i].When
		if omitted(w, o.Coarse) {
			if left == nil {
				left = map[string]bool{}
			}
			left[t.Events[i].ID] = true
			continue
		}
		if w.IsTimed() {
			st, et, hasEnd, err := timedRange(w)
			if err != nil {
				return nil, fmt.Errorf("ical: events[%d] (%s): %w", i, t.Events[i].ID, err)
			}
			if !inUTC(w.Zone(), st, et, hasEnd) {
				zones.add(w.Zone(), st, et)
			}
			// A RECURRENCE-ID in local time refers to the zone as well.
			if _, rid, ok := parseForeignID(t.Events[i].ID); ok && len(rid) == 15 && !isUTC(w.Zone()) {
				if rt, err := ridTime(rid, w.Zone()); err == nil {
					zones.add(w.Zone(), rt, rt)
				}
			}
		}
	}
	tzs, err := zones.components()
	if err != nil {
		return nil, fmt.Errorf("ical: %w", err)
	}

	lw := &lineWriter{buf: make([]byte, 0, 4096+2048*len(t.Events))}
	lw.raw("BEGIN:VCALENDAR")
	for i := range cp {
		lw.property(&cp[i].BaseProperty)
	}
	for _, c := range tzs {
		lw.component(c)
	}
	// DTSTAMP: the clock, or the last day anything in the feed was
	// reported (events the policy leaves out do not count).
	var stamp time.Time
	if o.Now != nil {
		stamp = o.Now()
	} else {
		var latest date.Date
		for i := range t.Events {
			if u := t.Events[i].Updated(); !left[t.Events[i].ID] && u.After(latest) {
				latest = u
			}
		}
		stamp = time.Unix(0, 0)
		if !latest.IsZero() {
			stamp = latest.In(time.UTC)
		}
	}
	m := &eventModel{}
	stampValue := utcStamp(stamp)
	for i := range t.Events {
		if left[t.Events[i].ID] {
			continue
		}
		m.reset()
		if err := buildEvent(&t.Events[i], o, stampValue, organizer, left, m); err != nil {
			return nil, fmt.Errorf("ical: events[%d] (%s): %w", i, t.Events[i].ID, err)
		}
		lw.component(&m.ev)
	}
	lw.raw("END:VCALENDAR")
	return lw.buf, nil
}

// uidOf returns the UID of the event with the given ID, and the text of
// its RECURRENCE-ID ("" for none): ID@samayrekha for our own events, the
// UID and RECURRENCE-ID an ID read from another calendar spells (see
// foreignID).
func uidOf(id string) (uid, rid string) {
	if u, r, ok := parseForeignID(id); ok {
		return u, r
	}
	return id + uidSuffix, ""
}

// relatedUID returns the UID a RELATED-TO names for event ID id.
func relatedUID(id string) string {
	uid, _ := uidOf(id)
	return uid
}

// addRecurrenceID adds the RECURRENCE-ID that rid spells: a DATE, UTC, or
// a local time in the zone of w (the event's date); a local time on an
// event without a zone is written as it is.
func addRecurrenceID(m *eventModel, rid string, w date.When) {
	v := strings.ToUpper(rid)
	switch {
	case len(rid) == 8:
		m.add("RECURRENCE-ID", v, "VALUE", "DATE")
	case strings.HasSuffix(v, "Z") || !w.IsTimed() || isUTC(w.Zone()):
		m.add("RECURRENCE-ID", v)
	default:
		m.add("RECURRENCE-ID", v, "TZID", w.Zone())
	}
}

// ridTime returns the instant of a local recurrence ID text in zone.
func ridTime(rid, zone string) (time.Time, error) {
	loc, err := date.LoadZone(zone)
	if err != nil {
		return time.Time{}, err
	}
	return time.ParseInLocation("20060102T150405", strings.ToUpper(rid), loc)
}

// langTag returns the LANGUAGE parameter for text in lang: lang, unless
// most of the text's letters are in neither Devanagari nor Latin script,
// as a title read from another calendar in Cyrillic and kept as the
// English text is. Such a text gets no LANGUAGE rather than a wrong one.
func langTag(text string, lang timeline.Lang) string {
	if script(text) == scriptOther {
		return ""
	}
	return string(lang)
}

// isUTC reports whether zone is UTC by name; such times are written with Z.
func isUTC(zone string) bool { return zone == "UTC" || zone == "Etc/UTC" }

// inUTC reports whether a timed event in zone from st to et (when hasEnd)
// is written in UTC: when the zone is UTC, and when either end is a local
// time that occurs twice, 01:30 on a night the clocks go back. RFC 5545
// (3.3.5) and Go read such a time as the first of the two, but libical,
// ical.js, python-icalendar and node-ical read the second (measured, see
// ical/interop/README.md); in UTC all seven parsers read one instant, the
// first, and X-SAMAYREKHA-WHEN keeps the local time for Decode.
func inUTC(zone string, st, et time.Time, hasEnd bool) bool {
	return isUTC(zone) || twice(st) || hasEnd && twice(et)
}

// twice reports whether the wall clock of t in its location happens twice:
// whether the clocks are turned back over it just after or before t.
func twice(t time.Time) bool {
	start, end := t.ZoneBounds()
	_, off := t.Zone()
	if !end.IsZero() {
		if _, next := end.Zone(); next < off && !t.Add(time.Duration(off-next)*time.Second).Before(end) {
			return true
		}
	}
	if !start.IsZero() {
		if _, prev := start.Add(-time.Second).Zone(); prev > off && t.Add(-time.Duration(prev-off)*time.Second).Before(start) {
			return true
		}
	}
	return false
}

// timedRange returns the start and end instants of a timed w; hasEnd is
// false for minute precision without an end, which RFC 5545 section 3.6.1
// reads as ending when it starts, so no DTEND is written.
func timedRange(w date.When) (st, et time.Time, hasEnd bool, err error) {
	if st, err = w.StartTime(); err != nil {
		return st, et, false, err
	}
	switch {
	case w.IsSpan():
		et, err = w.EndTime()
		return st, et, err == nil, err
	case w.Precision() == date.Hour:
		return st, st.Add(time.Hour), true, nil
	}
	return st, et, false, nil
}

// addDates adds the DTSTART and DTEND of w to m (see CoarsePolicy for the
// dates that are not a day or a time).
func addDates(m *eventModel, w date.When, policy CoarsePolicy) error {
	if w.IsTimed() {
		st, et, hasEnd, err := timedRange(w)
		if err != nil {
			return err
		}
		if inUTC(w.Zone(), st, et, hasEnd) {
			m.add("DTSTART", utcStamp(st))
			if hasEnd {
				m.add("DTEND", utcStamp(et))
			}
			return nil
		}
		m.add("DTSTART", localValue(st), "TZID", w.Zone())
		if hasEnd {
			m.add("DTEND", localValue(et.In(st.Location())), "TZID", w.Zone())
		}
		return nil
	}
	var from, to date.Date
	switch {
	case w.Bound() == date.BeforeBound:
		from = w.Start().AddDays(-1)
		to = w.Start()
	case w.Bound() == date.AfterBound:
		from = w.Start().AddDays(1)
		to = from.AddDays(1)
	case w.Precision() > date.Day && policy != CoarseSpan:
		from = w.Start()
		to = from.AddDays(1)
	default:
		from, to = w.Days()
	}
	m.add("DTSTART", dateValue(from), "VALUE", "DATE")
	m.add("DTEND", dateValue(to), "VALUE", "DATE")
	return nil
}

// icalStatus maps the event's status to STATUS, or "" for none.
func icalStatus(e *timeline.Event) string {
	s := e.Status()
	switch {
	case s == timeline.Cancelled:
		return "CANCELLED"
	case fuzzy(e.When):
		return "TENTATIVE"
	case s == timeline.Held || s == timeline.Confirmed:
		return "CONFIRMED"
	case s == "":
		return ""
	}
	return "TENTATIVE"
}

// langOf returns the language t.In(lang) actually comes from.
func langOf(t timeline.Text, lang timeline.Lang) timeline.Lang {
	if lang == timeline.Hindi && t.Hi == "" && t.En != "" {
		return timeline.English
	}
	if lang == timeline.English && t.En == "" && t.Hi != "" {
		return timeline.Hindi
	}
	return lang
}

// whenValue is the X-SAMAYREKHA-WHEN value: the text form of the date
// (date.When.MarshalText), "" for none.
func whenValue(w date.When) string { return w.String() }

// participantAddress is the cal-address of the n-th participant (from 1).
// A participant has no address we could publish, and ATTENDEE needs one;
// clients drop or merge attendees without a distinct mailto address, so it
// is a mailto address in the reserved .invalid domain (RFC 2606), which no
// mail can ever reach.
func participantAddress(n int) string {
	return "mailto:participant-" + strconv.Itoa(n) + "@samayrekha.invalid"
}

// organizerAddress is the ORGANIZER of events with participants.
const organizerAddress = "mailto:calendar@samayrekha.invalid"

var roleParam = map[timeline.Role]string{
	timeline.Host:     "REQ-PARTICIPANT",
	timeline.Guest:    "REQ-PARTICIPANT",
	timeline.Chair:    "CHAIR",
	timeline.Attendee: "OPT-PARTICIPANT",
}

// omitted reports whether policy leaves an event dated w out.
func omitted(w date.When, policy CoarsePolicy) bool {
	return policy == CoarseOmit && !w.IsTimed() && (w.Bound() != date.NoBound || w.Precision() > date.Day)
}

// buildEvent fills m with the VEVENT of e; stamp is the DTSTAMP value,
// organizer the ORGANIZER's CN and left the IDs of events the calendar
// leaves out.
func buildEvent(e *timeline.Event, o *Options, stamp, organizer string, left map[string]bool, m *eventModel) error {
	lang := o.Lang
	uid, rid := uidOf(e.ID)
	m.add("UID", uid)
	if rid != "" {
		addRecurrenceID(m, rid, e.When)
	}
	m.add("DTSTAMP", stamp)
	if u := e.Updated(); !u.IsZero() {
		m.add("LAST-MODIFIED", utcStamp(u.In(time.UTC)))
	}
	m.add("SEQUENCE", strconv.Itoa(e.Revision()))
	if err := addDates(m, e.When, o.Coarse); err != nil {
		return err
	}

	if strings.Trim(e.Title.In(lang), " \t\r\n") == "" {
		return fmt.Errorf("title in %q is blank; a calendar entry needs a visible SUMMARY", lang)
	}
	sl := langOf(e.Title, lang)
	m.add("SUMMARY", e.Title.In(lang)+summarySuffix(e.When, sl), "LANGUAGE", langTag(e.Title.In(lang), sl))
	desc := e.Description.In(lang)
	dl := langOf(e.Description, lang)
	if e.Description.IsZero() {
		dl = lang
	}
	if n := notes(e, lang); n != "" {
		if desc != "" {
			desc += "\n\n"
		}
		desc += n
	}
	if desc != "" {
		m.add("DESCRIPTION", desc, "LANGUAGE", langTag(desc, dl))
	}
	if loc, ll := location(e.Place, lang); loc != "" {
		m.add("LOCATION", loc, "LANGUAGE", langTag(loc, ll))
	}
	if c := e.Place.Coords; c != nil {
		m.add("GEO", strconv.FormatFloat(c.Lat, 'f', -1, 64)+";"+strconv.FormatFloat(c.Lon, 'f', -1, 64))
	}
	if s := icalStatus(e); s != "" {
		m.add("STATUS", s)
	}
	transp := "OPAQUE"
	if fuzzy(e.When) || e.Status() == timeline.Cancelled {
		transp = "TRANSPARENT"
	}
	m.add("TRANSP", transp)
	if e.Kind != "" {
		m.add("CATEGORIES", kindCategory(e.Kind, lang))
	}
	for _, c := range e.Countries() {
		m.add("CATEGORIES", c)
	}
	for _, s := range e.Sources {
		if s.URL != "" {
			m.add("URL", s.URL)
			break
		}
	}
	if e.PartOf != "" && !left[e.PartOf] {
		m.add("RELATED-TO", relatedUID(e.PartOf), "RELTYPE", "PARENT")
	}
	for _, r := range e.Related {
		if left[r] {
			continue
		}
		m.add("RELATED-TO", relatedUID(r), "RELTYPE", "SIBLING")
	}
	if len(e.Participants) > 0 {
		// RFC 5545 (3.8.4.3) wants an ORGANIZER on an event with
		// attendees; without one some clients offer the reader to invite
		// them. The newsroom's feed is the organizer, at an address in the
		// reserved .invalid domain.
		m.add("ORGANIZER", organizerAddress, "CN", organizer)
	}
	for i, p := range e.Participants {
		// LANGUAGE is the language of CN (RFC 5545 3.2.10): the name's,
		// which may be the other language's fallback, or the title's for
		// a participant known only by role. X-TITLE-LANGUAGE gives the
		// title's language when there is a name; its absence, with CN
		// equal to X-TITLE, tells Decode that CN is the title.
		title, titleLang := p.Title.In(lang), langOf(p.Title, lang)
		cn, cnLang, xTitleLang := p.Name.In(lang), langOf(p.Name, lang), ""
		if title != "" {
			xTitleLang = string(titleLang)
		}
		if cn == "" {
			cn, cnLang, xTitleLang = title, titleLang, ""
		}
		m.add("ATTENDEE", participantAddress(i+1),
			"CN", cn,
			"LANGUAGE", string(cnLang),
			"CUTYPE", "INDIVIDUAL",
			"ROLE", roleParam[p.Role],
			"X-ROLE", string(p.Role),
			"X-COUNTRY", p.Country,
			"X-TITLE", title,
			"X-TITLE-LANGUAGE", xTitleLang,
		)
	}
	m.add(xKind, string(e.Kind))
	m.add(xWhen, whenValue(e.When))
	if !e.Place.IsZero() {
		_, ll := location(e.Place, lang)
		m.add(xPlace, "place",
			"LANGUAGE", string(ll),
			"X-TZID", e.Place.TimeZone,
			"X-VENUE", e.Place.Venue.In(lang),
			"X-CITY", e.Place.City.In(lang),
			"X-COUNTRY", e.Place.Country,
		)
	}
	for _, h := range e.History {
		m.add(xStatus, string(h.Status),
			"LANGUAGE", string(lang),
			"X-ON", isoDate(h.On),
			"X-SOURCE", h.Source,
			"X-NOTE", h.Note.In(lang),
			"X-PREVIOUS", whenValue(h.Previous),
		)
	}
	for _, s := range e.Sources {
		m.add(xSource, s.ID,
			"LANGUAGE", string(lang),
			"X-URL", s.URL,
			"X-OUTLET", s.Outlet,
			"X-REPORTED", isoDate(s.Reported),
			"X-ATTRIBUTION", s.Attribution.In(lang),
		)
	}
	return nil
}

// location returns the LOCATION text (venue and city, or the country code
// when that is all there is) and its language.
func location(p timeline.Place, lang timeline.Lang) (string, timeline.Lang) {
	venue, city := p.Venue.In(lang), p.City.In(lang)
	ll := langOf(p.Venue, lang)
	if venue == "" {
		ll = langOf(p.City, lang)
	}
	switch {
	case venue != "" && city != "":
		return venue + ", " + city, ll
	case venue != "":
		return venue, ll
	case city != "":
		return city, ll
	}
	return p.Country, lang
}
