package ical

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/samayrekha/samayrekha/timeline"
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

func dateValue(d timeline.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year(), int(d.Month()), d.Day())
}

// localValue formats t as a local DATE-TIME, without zone.
func localValue(t time.Time) string { return t.Format("20060102T150405") }

// build turns t into golang-ical's model. t is valid and o normalised.
func build(t *timeline.Timeline, o *Options) (*ics.Calendar, error) {
	lang := o.Lang
	cal := ics.NewCalendarFor("samayrekha") // sets VERSION and a PRODID we replace
	cal.CalendarProperties = cal.CalendarProperties[:0]

	var stamp time.Time
	if o.Now != nil {
		stamp = o.Now()
	} else if u := t.Updated(); !u.IsZero() {
		stamp = u.In(time.UTC)
	} else {
		stamp = time.Unix(0, 0)
	}
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
	cal.CalendarProperties = cp

	zones := newZoneSet()
	events := make([]ics.Component, 0, len(t.Events))
	var left map[string]bool // events the policy leaves out; nothing relates to them
	for i := range t.Events {
		if omitted(t.Events[i].When, o.Coarse) {
			if left == nil {
				left = map[string]bool{}
			}
			left[t.Events[i].ID] = true
		}
	}
	for i := range t.Events {
		if left[t.Events[i].ID] {
			continue
		}
		ev, err := buildEvent(&t.Events[i], o, stamp, zones, left)
		if err != nil {
			return nil, fmt.Errorf("ical: events[%d] (%s): %w", i, t.Events[i].ID, err)
		}
		if ev != nil {
			events = append(events, ev)
		}
	}
	tzs, err := zones.components()
	if err != nil {
		return nil, fmt.Errorf("ical: %w", err)
	}
	cal.Components = append(tzs, events...)
	return cal, nil
}

// formatDuration formats d (positive) as an RFC 5545 DURATION, to the
// second and at least one minute: "PT12H", "P1DT6H", "PT90S".
func formatDuration(d time.Duration) string {
	s := int64(d / time.Second)
	if s < 60 {
		s = 60
	}
	var b strings.Builder
	b.WriteByte('P')
	if days := s / 86400; days > 0 {
		b.WriteString(strconv.FormatInt(days, 10) + "D")
		s %= 86400
	}
	if s > 0 {
		b.WriteByte('T')
		if h := s / 3600; h > 0 {
			b.WriteString(strconv.FormatInt(h, 10) + "H")
		}
		if m := s % 3600 / 60; m > 0 {
			b.WriteString(strconv.FormatInt(m, 10) + "M")
		}
		if sec := s % 60; sec > 0 {
			b.WriteString(strconv.FormatInt(sec, 10) + "S")
		}
	}
	return b.String()
}

// isUTC reports whether zone is UTC by name; such times are written with Z.
func isUTC(zone string) bool { return zone == "UTC" || zone == "Etc/UTC" }

// dates returns the DTSTART and DTEND properties of w (DTEND may be
// absent: a timed event with no end and minute precision ends when it
// starts, RFC 5545 section 3.6.1), or ok false when the policy omits it.
func dates(w timeline.When, policy CoarsePolicy, zones *zoneSet) (start ics.IANAProperty, end *ics.IANAProperty, ok bool, err error) {
	if w.IsTimed() {
		st, err := w.StartTime()
		if err != nil {
			return start, nil, false, err
		}
		var et time.Time
		hasEnd := true
		switch {
		case w.IsSpan():
			if et, err = w.EndTime(); err != nil {
				return start, nil, false, err
			}
		case w.Precision() == timeline.Hour:
			et = st.Add(time.Hour)
		default:
			hasEnd = false
		}
		if isUTC(w.Zone()) {
			start = prop("DTSTART", utcStamp(st))
			if hasEnd {
				e := prop("DTEND", utcStamp(et))
				end = &e
			}
			return start, end, true, nil
		}
		zones.add(w.Zone(), st, et)
		start = prop("DTSTART", localValue(st), "TZID", w.Zone())
		if hasEnd {
			e := prop("DTEND", localValue(et.In(st.Location())), "TZID", w.Zone())
			end = &e
		}
		return start, end, true, nil
	}
	var from, to timeline.Date
	switch {
	case w.Bound() == timeline.BeforeBound:
		if policy == CoarseOmit {
			return start, nil, false, nil
		}
		from = w.Start().AddDays(-1)
		to = w.Start()
	case w.Bound() == timeline.AfterBound:
		if policy == CoarseOmit {
			return start, nil, false, nil
		}
		from = w.Start().AddDays(1)
		to = from.AddDays(1)
	case w.Precision() > timeline.Day:
		switch policy {
		case CoarseOmit:
			return start, nil, false, nil
		case CoarseSpan:
			from, to = w.Days()
		default:
			from = w.Start()
			to = from.AddDays(1)
		}
	default:
		from, to = w.Days()
	}
	start = prop("DTSTART", dateValue(from), "VALUE", "DATE")
	e := prop("DTEND", dateValue(to), "VALUE", "DATE")
	return start, &e, true, nil
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

// whenValue is the X-SAMAYREKHA-WHEN value: the precision, a space and
// timeline.When.String ("day 2025-12-05~2d[Asia/Kolkata]").
func whenValue(w timeline.When) string {
	if w.IsZero() {
		return ""
	}
	return w.Precision().String() + " " + w.String()
}

// participantAddress is the cal-address of the n-th participant (from 1).
// A participant has no address we could publish, and ATTENDEE needs one;
// clients drop or merge attendees without a distinct mailto address, so it
// is a mailto address in the reserved .invalid domain (RFC 2606), which no
// mail can ever reach.
func participantAddress(n int) string {
	return "mailto:participant-" + strconv.Itoa(n) + "@samayrekha.invalid"
}

var roleParam = map[timeline.Role]string{
	timeline.Host:     "REQ-PARTICIPANT",
	timeline.Guest:    "REQ-PARTICIPANT",
	timeline.Chair:    "CHAIR",
	timeline.Attendee: "OPT-PARTICIPANT",
}

// omitted reports whether policy leaves an event dated w out.
func omitted(w timeline.When, policy CoarsePolicy) bool {
	return policy == CoarseOmit && !w.IsTimed() && (w.Bound() != timeline.NoBound || w.Precision() > timeline.Day)
}

func buildEvent(e *timeline.Event, o *Options, stamp time.Time, zones *zoneSet, left map[string]bool) (ics.Component, error) {
	lang := o.Lang
	dtstart, dtend, ok, err := dates(e.When, o.Coarse, zones)
	if err != nil || !ok {
		return nil, err
	}
	props := make([]ics.IANAProperty, 0, 24+len(e.Participants)+len(e.History)+len(e.Sources))
	props = append(props,
		prop("UID", e.ID+uidSuffix),
		prop("DTSTAMP", utcStamp(stamp)),
	)
	if u := e.Updated(); !u.IsZero() {
		props = append(props, prop("LAST-MODIFIED", utcStamp(u.In(time.UTC))))
	}
	props = append(props, prop("SEQUENCE", strconv.Itoa(e.Revision())), dtstart)
	if dtend != nil {
		props = append(props, *dtend)
	}

	sl := langOf(e.Title, lang)
	props = append(props, prop("SUMMARY", e.Title.In(lang)+summarySuffix(e.When, sl), "LANGUAGE", string(sl)))
	desc := e.Description.In(lang)
	dl := langOf(e.Description, lang)
	if e.Description.IsZero() {
		dl = lang
	}
	if n := notes(e, dl); n != "" {
		if desc != "" {
			desc += "\n\n"
		}
		desc += n
	}
	if desc != "" {
		props = append(props, prop("DESCRIPTION", desc, "LANGUAGE", string(dl)))
	}
	if loc, ll := location(e.Place, lang); loc != "" {
		props = append(props, prop("LOCATION", loc, "LANGUAGE", string(ll)))
	}
	if c := e.Place.Coords; c != nil {
		props = append(props, prop("GEO", strconv.FormatFloat(c.Lat, 'f', -1, 64)+";"+strconv.FormatFloat(c.Lon, 'f', -1, 64)))
	}
	if s := icalStatus(e); s != "" {
		props = append(props, prop("STATUS", s))
	}
	transp := "OPAQUE"
	if fuzzy(e.When) || e.Status() == timeline.Cancelled {
		transp = "TRANSPARENT"
	}
	props = append(props, prop("TRANSP", transp))
	if e.Kind != "" {
		props = append(props, prop("CATEGORIES", kindCategory(e.Kind, lang)))
	}
	for _, c := range e.Countries() {
		props = append(props, prop("CATEGORIES", c))
	}
	for _, s := range e.Sources {
		if s.URL != "" {
			props = append(props, prop("URL", s.URL))
			break
		}
	}
	if e.PartOf != "" && !left[e.PartOf] {
		props = append(props, prop("RELATED-TO", e.PartOf+uidSuffix, "RELTYPE", "PARENT"))
	}
	for _, r := range e.Related {
		if left[r] {
			continue
		}
		props = append(props, prop("RELATED-TO", r+uidSuffix, "RELTYPE", "SIBLING"))
	}
	for i, p := range e.Participants {
		cn := p.Name.In(lang)
		if cn == "" {
			cn = p.Title.In(lang)
		}
		props = append(props, prop("ATTENDEE", participantAddress(i+1),
			"CN", cn,
			"LANGUAGE", string(lang),
			"CUTYPE", "INDIVIDUAL",
			"ROLE", roleParam[p.Role],
			"X-ROLE", string(p.Role),
			"X-COUNTRY", p.Country,
			"X-NAME-LANGUAGE", nameLang(p.Name, lang),
			"X-TITLE", p.Title.In(lang),
		))
	}
	props = append(props, prop(xKind, string(e.Kind)), prop(xWhen, whenValue(e.When)))
	if !e.Place.IsZero() {
		_, ll := location(e.Place, lang)
		props = append(props, prop(xPlace, "place",
			"LANGUAGE", string(ll),
			"X-TZID", e.Place.TimeZone,
			"X-VENUE", e.Place.Venue.In(lang),
			"X-CITY", e.Place.City.In(lang),
			"X-COUNTRY", e.Place.Country,
		))
	}
	for _, h := range e.History {
		props = append(props, prop(xStatus, string(h.Status),
			"LANGUAGE", string(lang),
			"X-ON", h.On.String(),
			"X-SOURCE", h.Source,
			"X-NOTE", h.Note.In(lang),
			"X-PREVIOUS", whenValue(h.Previous),
		))
	}
	for _, s := range e.Sources {
		props = append(props, prop(xSource, s.ID,
			"LANGUAGE", string(lang),
			"X-URL", s.URL,
			"X-OUTLET", s.Outlet,
			"X-REPORTED", s.Reported.String(),
			"X-ATTRIBUTION", s.Attribution.In(lang),
		))
	}
	return &ics.VEvent{ComponentBase: ics.ComponentBase{Properties: props}}, nil
}

// nameLang is the X-NAME-LANGUAGE of a participant: the language the name
// is written in, or "" when the participant has no name (the CN is then the
// title).
func nameLang(name timeline.Text, lang timeline.Lang) string {
	if name.IsZero() {
		return ""
	}
	return string(langOf(name, lang))
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
