package ical

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// eventFields is everything of an event but its ID and date, read once
// per VEVENT and copied into each of its occurrences.
type eventFields timeline.Event

// clone returns a copy of f that shares no slice with it, so that one
// occurrence can be edited without the others.
func (f *eventFields) clone() timeline.Event {
	e := timeline.Event(*f)
	e.Participants = slices.Clone(e.Participants)
	e.History = slices.Clone(e.History)
	e.Sources = slices.Clone(e.Sources)
	e.Related = slices.Clone(e.Related)
	if e.Place.Coords != nil {
		c := *e.Place.Coords
		e.Place.Coords = &c
	}
	return e
}

// read lists the properties of a VEVENT the decoder reads; every other is
// noted as dropped. ours lists what Marshal writes that the model gives
// back (DTSTAMP, SEQUENCE and the like come from the history): on our own
// events they are not noted.
var (
	readProps = map[string]bool{
		"UID": true, "DTSTART": true, "DTEND": true, "DURATION": true, "RRULE": true, "RDATE": true,
		"EXDATE": true, "RECURRENCE-ID": true, "SUMMARY": true, "DESCRIPTION": true, "LOCATION": true,
		"GEO": true, "STATUS": true, "URL": true, "ATTENDEE": true, "RELATED-TO": true, "CATEGORIES": true,
		"EXRULE": true, "ORGANIZER": true,
	}
	oursProps = map[string]bool{
		"DTSTAMP": true, "LAST-MODIFIED": true, "SEQUENCE": true, "TRANSP": true, "ORGANIZER": true,
		xWhen: true, xKind: true, xStatus: true, xSource: true, xPlace: true,
	}
	// The parameters of a foreign ATTENDEE that are read.
	readAttendeeParams = map[string]bool{"CN": true, "LANGUAGE": true, "ROLE": true}
	oursAttendeeParams = map[string]bool{"CUTYPE": true, "X-ROLE": true, "X-COUNTRY": true, "X-TITLE": true, "X-TITLE-LANGUAGE": true}
)

// fields reads v's text, place, participants, status, sources and kind.
func (d *decoder) fields(v *vevent) *eventFields {
	if v.fields != nil {
		return v.fields
	}
	c := v.c
	f := &eventFields{}
	v.fields = f
	for i := range c.props {
		p := &c.props[i]
		switch {
		case readProps[p.name] || v.ours && oursProps[p.name]:
		case p.name == "TRANSP" && !strings.EqualFold(strings.TrimSpace(p.value), "TRANSPARENT"):
			// OPAQUE, the default, is what the timeline's events are.
		case p.name == "DTSTAMP" || p.name == "LAST-MODIFIED" || p.name == "CREATED" || p.name == "SEQUENCE":
			d.note(Dropped, p.line, "VEVENT", p.name, "", "when and how often the entry was changed: metadata the timeline does not keep")
		default:
			d.note(Dropped, p.line, "VEVENT", p.name, "", "property the timeline has no place for")
		}
	}

	// Kind.
	if p := c.first(xKind); p != nil {
		if k := timeline.Kind(unescapeText(p.value)); k.Valid() {
			f.Kind = k
		} else {
			d.note(Changed, p.line, "VEVENT", xKind, "", "unknown kind "+strconv.Quote(string(k))+"; the kind comes from CATEGORIES")
		}
	}
	var unused []*property
	for _, p := range c.all("CATEGORIES") {
		k, ok := kindFromCategory(unescapeText(p.value))
		switch {
		case ok && f.Kind == "":
			f.Kind = k
		case ok || v.ours:
			// Our own CATEGORIES: the kind and the countries, which the
			// model gives back.
		default:
			unused = append(unused, p)
		}
	}
	for _, p := range unused {
		d.note(Dropped, p.line, "VEVENT", "CATEGORIES", "", "categories that name no kind of event; not kept")
	}
	if f.Kind == "" {
		f.Kind = foreignKind
	}

	// Sources and history first: our DESCRIPTION's notes are made of them.
	d.readSources(v, f)
	d.readHistory(v, f)

	// Title.
	suffixWhen := date.When{}
	if v.ours {
		if p := c.first(xWhen); p != nil {
			suffixWhen, _ = parseWhen(unescapeText(p.value))
		}
	}
	summary := c.first("SUMMARY")
	title := ""
	if summary != nil {
		title = unescapeText(summary.value)
	}
	if strings.TrimSpace(title) == "" {
		line := c.line
		if summary != nil {
			line = summary.line
		}
		d.note(Changed, line, "VEVENT", "SUMMARY", "", "no title: the event is titled "+strconv.Quote(timeline.UntitledEn)+" / "+strconv.Quote(timeline.UntitledHi)+", which lint reports")
		f.Title = timeline.Text{Hi: timeline.UntitledHi, En: timeline.UntitledEn}
	} else {
		tl := d.textLang(summary, title)
		f.Title = textIn(strings.TrimSuffix(title, summarySuffix(suffixWhen, tl)), tl)
	}

	// Description, without the notes Marshal added to it.
	if p := c.first("DESCRIPTION"); p != nil {
		s := unescapeText(p.value)
		lang := d.textLang(p, s)
		if v.ours {
			e := timeline.Event(*f)
			e.When = suffixWhen
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
		}
		f.Description = textIn(s, lang)
	}

	d.readPlace(v, f)
	d.readParticipants(v, f)
	return f
}

// textLang returns the language of text read from property p, noting a
// guess.
func (d *decoder) textLang(p *property, text string) timeline.Lang {
	tl := langOfText(p.param("LANGUAGE"), text)
	if tl.note != "" {
		d.note(Changed, p.line, "VEVENT", p.name, "", tl.note)
	}
	return tl.lang
}

func (d *decoder) readSources(v *vevent, f *eventFields) {
	c := v.c
	for _, p := range c.all(xSource) {
		lang := langParam(p)
		s := timeline.Source{ID: unescapeText(p.value), Outlet: fromParam(p.param("X-OUTLET")), URL: fromParam(p.param("X-URL")),
			Attribution: textIn(fromParam(p.param("X-ATTRIBUTION")), lang)}
		if r := p.param("X-REPORTED"); r != "" {
			var err error
			if s.Reported, err = date.Parse(r); err != nil {
				d.note(Dropped, p.line, "VEVENT", xSource, "", "X-REPORTED not read: "+err.Error())
			}
		}
		switch {
		case s.ID == "" || s.Outlet == "" || slices.ContainsFunc(f.Sources, func(o timeline.Source) bool { return o.ID == s.ID }):
			d.note(Dropped, p.line, "VEVENT", xSource, "", "source without an ID or outlet, or given twice; not kept")
			continue
		case s.URL != "" && !isWebURL(s.URL):
			d.note(Dropped, p.line, "VEVENT", xSource, "", "source URL is not an http or https URL; the source is kept without it")
			s.URL = ""
		}
		f.Sources = append(f.Sources, s)
	}
	if v.ours {
		return
	}
	for i, p := range c.all("URL") {
		u := strings.TrimSpace(p.value)
		switch {
		case i > 0:
			d.note(Dropped, p.line, "VEVENT", "URL", "", "a second URL; the first is the event's source")
		case !isWebURL(u):
			d.note(Dropped, p.line, "VEVENT", "URL", "", "not an http or https URL; not kept")
		default:
			outlet := u
			if pu, err := url.Parse(u); err == nil && pu.Host != "" {
				outlet = pu.Host
			}
			f.Sources = append(f.Sources, timeline.Source{ID: "url", Outlet: outlet, URL: u})
		}
	}
}

// isWebURL reports whether s is an absolute http or https URL with a host
// and no spaces or control characters, as timeline.Validate wants a
// source URL.
func isWebURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func (d *decoder) readHistory(v *vevent, f *eventFields) {
	c := v.c
	for _, p := range c.all(xStatus) {
		h := timeline.StatusChange{Status: timeline.Status(unescapeText(p.value)), Source: fromParam(p.param("X-SOURCE")),
			Note: textIn(fromParam(p.param("X-NOTE")), langParam(p))}
		var err error
		if h.On, err = date.Parse(p.param("X-ON")); err != nil {
			d.note(Dropped, p.line, "VEVENT", xStatus, "", "status change without a valid X-ON date; not kept")
			continue
		}
		if prev := p.param("X-PREVIOUS"); prev != "" {
			if h.Previous, err = parseWhen(fromParam(prev)); err != nil || h.Previous.Check() != nil {
				d.note(Dropped, p.line, "VEVENT", xStatus, "", "X-PREVIOUS not read; the status change is kept without it")
				h.Previous = date.When{}
			}
		}
		switch {
		case !h.Status.Valid():
			d.note(Dropped, p.line, "VEVENT", xStatus, "", "unknown status "+strconv.Quote(string(h.Status))+"; not kept")
			continue
		case len(f.History) > 0 && h.On.Before(f.History[len(f.History)-1].On):
			d.note(Dropped, p.line, "VEVENT", xStatus, "", "status change out of date order; not kept")
			continue
		case h.Source != "" && !slices.ContainsFunc(f.Sources, func(s timeline.Source) bool { return s.ID == h.Source }):
			d.note(Changed, p.line, "VEVENT", xStatus, "", "names a source the event does not have; kept without it")
			h.Source = ""
		}
		f.History = append(f.History, h)
	}
	if v.ours || len(f.History) > 0 {
		return
	}
	p := c.first("STATUS")
	if p == nil {
		return
	}
	var s timeline.Status
	switch strings.ToUpper(strings.TrimSpace(p.value)) {
	case "CONFIRMED":
		s = timeline.Confirmed
	case "TENTATIVE":
		s = timeline.Proposed
	case "CANCELLED":
		s = timeline.Cancelled
	default:
		d.note(Dropped, p.line, "VEVENT", "STATUS", "", "STATUS "+strconv.Quote(p.value)+" is not one of an event's; not kept")
		return
	}
	for _, name := range []string{"LAST-MODIFIED", "DTSTAMP", "CREATED"} {
		if q := c.first(name); q != nil {
			if t, err := time.Parse("20060102T150405Z", strings.TrimSpace(q.value)); err == nil && t.Year() >= 1 && t.Year() <= 9999 {
				f.History = []timeline.StatusChange{{Status: s, On: date.FromTime(t)}}
				return
			}
		}
	}
	d.note(Dropped, p.line, "VEVENT", "STATUS", "", "no LAST-MODIFIED, DTSTAMP or CREATED to date it; not kept")
}

func (d *decoder) readPlace(v *vevent, f *eventFields) {
	c := v.c
	if p := c.first(xPlace); p != nil {
		lang := langParam(p)
		f.Place = timeline.Place{
			Venue: textIn(fromParam(p.param("X-VENUE")), lang), City: textIn(fromParam(p.param("X-CITY")), lang),
			Country: p.param("X-COUNTRY"), TimeZone: p.param("X-TZID"),
		}
		if !isCountry(f.Place.Country) {
			d.note(Dropped, p.line, "VEVENT", xPlace, "", "X-COUNTRY is not an ISO 3166 code; not kept")
			f.Place.Country = ""
		}
		if f.Place.TimeZone != "" {
			if _, err := date.LoadZone(f.Place.TimeZone); err != nil {
				d.note(Dropped, p.line, "VEVENT", xPlace, "", "X-TZID: "+err.Error()+"; not kept")
				f.Place.TimeZone = ""
			}
		}
	} else if p := c.first("LOCATION"); p != nil && !v.ours {
		s := unescapeText(p.value)
		f.Place.Venue = textIn(s, d.textLang(p, s))
	}
	if p := c.first("GEO"); p != nil {
		lat, lon, ok := strings.Cut(p.value, ";")
		la, err1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
		lo, err2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
		if !ok || err1 != nil || err2 != nil || !(la >= -90 && la <= 90 && lo >= -180 && lo <= 180) {
			d.note(Dropped, p.line, "VEVENT", "GEO", "", "not a latitude;longitude on the globe; not kept")
		} else {
			f.Place.Coords = &timeline.Coordinates{Lat: la, Lon: lo}
		}
	}
}

// isCountry reports whether s is "" or looks like an ISO 3166-1 alpha-2
// code, as timeline.Validate wants.
func isCountry(s string) bool {
	return s == "" || len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func (d *decoder) readParticipants(v *vevent, f *eventFields) {
	if !v.ours {
		if p := v.c.first("ORGANIZER"); p != nil {
			d.note(Dropped, p.line, "VEVENT", "ORGANIZER", "", "organizer: the timeline has participants, not organizers")
		}
	}
	for _, p := range v.c.all("ATTENDEE") {
		for _, pr := range p.params {
			if !readAttendeeParams[pr.name] && !(v.ours && oursAttendeeParams[pr.name]) {
				d.note(Dropped, p.line, "VEVENT", "ATTENDEE", "", pr.name+" of an attendee: the timeline has no place for it")
			}
		}
		cn := fromParam(p.param("CN"))
		if v.ours {
			// LANGUAGE is the language of CN; X-TITLE-LANGUAGE, written
			// when the participant has a name, that of X-TITLE.
			cnLang, title := langParam(p), fromParam(p.param("X-TITLE"))
			titleLang := cnLang
			if l := p.param("X-TITLE-LANGUAGE"); l != "" {
				titleLang = timeline.Hindi
				if strings.HasPrefix(strings.ToLower(l), "en") {
					titleLang = timeline.English
				}
			} else if cn == title {
				cn = "" // the CN was the title of a participant without a name
			}
			pt := timeline.Participant{Name: textIn(cn, cnLang), Title: textIn(title, titleLang),
				Country: p.param("X-COUNTRY"), Role: timeline.Role(strings.ToLower(p.param("X-ROLE")))}
			if !isCountry(pt.Country) {
				d.note(Dropped, p.line, "VEVENT", "ATTENDEE", "", "X-COUNTRY is not an ISO 3166 code; not kept")
				pt.Country = ""
			}
			if !pt.Role.Valid() {
				pt.Role = roleOf(p)
			}
			if pt.Name.IsZero() && pt.Title.IsZero() && pt.Country == "" {
				d.note(Dropped, p.line, "VEVENT", "ATTENDEE", "", "attendee with no name, title or country; not kept")
				continue
			}
			f.Participants = append(f.Participants, pt)
			continue
		}
		address := strings.TrimSpace(p.value)
		if a, ok := cutPrefixFold(address, "mailto:"); ok {
			address = a
		}
		name := cn
		switch {
		case strings.TrimSpace(cn) != "" && address != "":
			d.note(Dropped, p.line, "VEVENT", "ATTENDEE", "", "the attendee's address: the timeline keeps names")
		case strings.TrimSpace(cn) == "":
			name = address
		}
		if strings.TrimSpace(name) == "" {
			d.note(Dropped, p.line, "VEVENT", "ATTENDEE", "", "attendee with neither a name nor an address; not kept")
			continue
		}
		lang := d.textLang(p, name)
		f.Participants = append(f.Participants, timeline.Participant{Name: textIn(name, lang), Role: roleOf(p)})
	}
}

// roleOf maps ATTENDEE's ROLE to a participant's role.
func roleOf(p *property) timeline.Role {
	if strings.EqualFold(p.param("ROLE"), "CHAIR") {
		return timeline.Chair
	}
	return timeline.Attendee
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
