package ical

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Defaults of [DecodeOptions].
const (
	// DefaultHorizon is how far the default window reaches past the
	// latest date the file itself names (a DTSTART, RDATE or
	// RECURRENCE-ID): a weekly meeting with no end gives its occurrences
	// up to a year after the newest event in the file.
	DefaultHorizon = 366 * 24 * time.Hour
	// DefaultMaxOccurrences caps the occurrences one recurring event
	// gives in the window.
	DefaultMaxOccurrences = 10_000
	// DefaultMaxEvents caps the events of a whole file.
	DefaultMaxEvents = 100_000
	// DefaultMaxLine is the longest content line read, in bytes, after
	// unfolding; a longer one (an attachment, a hostile value) is skipped
	// and noted without being held in memory.
	DefaultMaxLine = 1 << 20
	// DefaultMaxBytes is the most input read.
	DefaultMaxBytes = 256 << 20
)

// DecodeOptions configure [Decode] and [Unmarshal]. The zero value, or nil,
// gives the defaults.
type DecodeOptions struct {
	// From and To are the window for recurring events: each gives the
	// occurrences that start in [From, To), up to MaxOccurrences of them.
	// A zero From takes occurrences from the event's own start; a zero To
	// is [DefaultHorizon] after the latest date the file names. Events
	// that do not recur are read whatever their date.
	From, To time.Time
	// MaxOccurrences caps the occurrences of one recurring event; 0 means
	// [DefaultMaxOccurrences]. Occurrences over the cap are noted.
	MaxOccurrences int
	// MaxEvents caps the events read from the whole file; 0 means
	// [DefaultMaxEvents]. Events over the cap are noted.
	MaxEvents int
	// MaxLine is the longest content line read, in bytes; 0 means
	// [DefaultMaxLine]. Longer lines are skipped and noted.
	MaxLine int
	// MaxBytes is the most input read; 0 means [DefaultMaxBytes]. More is
	// an error.
	MaxBytes int64
	// FloatingZone is the IANA zone of a floating time (a DATE-TIME with
	// neither TZID nor Z) in a calendar without an X-WR-TIMEZONE; "" means
	// UTC. Either way the report notes the floating times.
	FloatingZone string
}

func (o *DecodeOptions) normalize() (DecodeOptions, error) {
	var n DecodeOptions
	if o != nil {
		n = *o
	}
	if n.MaxOccurrences <= 0 {
		n.MaxOccurrences = DefaultMaxOccurrences
	}
	if n.MaxEvents <= 0 {
		n.MaxEvents = DefaultMaxEvents
	}
	if n.MaxLine <= 0 {
		n.MaxLine = DefaultMaxLine
	}
	if n.MaxBytes <= 0 {
		n.MaxBytes = DefaultMaxBytes
	}
	if !n.From.IsZero() && !n.To.IsZero() && !n.From.Before(n.To) {
		return n, fmt.Errorf("ical: window from %s to %s is empty", n.From.Format(time.RFC3339), n.To.Format(time.RFC3339))
	}
	if n.FloatingZone != "" {
		if _, err := date.LoadZone(n.FloatingZone); err != nil {
			return n, fmt.Errorf("ical: FloatingZone: %w", err)
		}
	}
	return n, nil
}

// Decode reads an iCalendar file from r (see [Unmarshal]).
func Decode(r io.Reader, opts *DecodeOptions) (*timeline.Timeline, *Report, error) {
	o, err := opts.normalize()
	if err != nil {
		return nil, nil, err
	}
	d := &decoder{opts: o, steps: maxTotalSteps}
	return d.decode(r)
}

// Unmarshal reads the iCalendar file b into a timeline and returns it with
// a [Report] of everything the timeline could not hold as written.
//
// It reads what calendar programs write, not only what [Marshal] writes:
// every VCALENDAR in b, into one timeline, each VEVENT as an event:
//
//   - Dates: DTSTART with DTEND or DURATION; a DATE is a day or a span of
//     days, a DATE-TIME a time to the minute in its zone (see the zones
//     below), a span when it has an end. An end in another zone than the
//     start, or in UTC (Android writes those), is moved into the start's
//     zone, keeping its instant. A floating time (no TZID, no Z) is read
//     in the calendar's X-WR-TIMEZONE, else in opts.FloatingZone, else in
//     UTC. A local time the clocks skip is read with the offset before the
//     gap and one that occurs twice as the first of the two, as RFC 5545
//     section 3.3.5 says; both are noted, since libical reads them
//     differently.
//   - Zones: an IANA TZID; a Windows name ("W. Europe Standard Time")
//     through CLDR's table; any other TZID by the file's own VTIMEZONE,
//     kept as the instant it gives. With a VTIMEZONE in the file, its
//     rules give the instant, as libical's do.
//   - Recurrence: RRULE, RDATE and EXDATE are expanded into one event per
//     occurrence in the window (see [DecodeOptions]); a VEVENT with the
//     same UID and a RECURRENCE-ID replaces the occurrence it moves.
//   - Identity: an event keeps its UID, and an occurrence its
//     RECURRENCE-ID, in its ID, which spells them in the letters an ID may
//     have: "a1b2@google.com" is event "ics-a1b2-40google-2ecom", its
//     occurrence of 18 November 2025 at 19:00 in the event's zone
//     "ics-a1b2-40google-2ecom-r20251118t190000", and [Marshal] writes both
//     back unchanged. IDs that differ only by case or punctuation never
//     collide. Our own UIDs ("ID@samayrekha") read back as the ID. IDs
//     that begin "ics-" are kept for events read from other calendars.
//   - Text: SUMMARY, DESCRIPTION and LOCATION go into Hindi or English by
//     their LANGUAGE parameter, else by their script (Devanagari is Hindi,
//     Latin English); another language is noted. An event without SUMMARY
//     gets the title timeline.UntitledHi / timeline.UntitledEn, which
//     lint reports.
//   - Participants: ATTENDEE's CN, or its address when it has none.
//   - STATUS with the day of LAST-MODIFIED or DTSTAMP is the history;
//     URL a source; GEO the coordinates; RELATED-TO the event it is part of
//     or related to, when that event is in the file.
//
// Anything else is in the report: VALARMs, VTODOs, VJOURNALs, properties
// the timeline has no place for, values changed on the way in,
// occurrences outside the window or over a limit, and events that cannot
// be read (a VEVENT without DTSTART), each with its line. A calendar
// written by Marshal comes back whole, from its X-SAMAYREKHA properties:
// precision, approximation, kind, status history, sources, places and
// participants' titles and roles.
//
// An error is a *[DecodeError] with the line at fault when b cannot be read
// as a calendar at all: no VCALENDAR, components nested deeper than 16,
// input over opts.MaxBytes. Unmarshal never panics, and its time and
// memory grow linearly with the size of b.
func Unmarshal(b []byte, opts *DecodeOptions) (*timeline.Timeline, *Report, error) {
	return Decode(bytes.NewReader(b), opts)
}

// decoder holds the state of one Decode.
type decoder struct {
	opts  DecodeOptions
	notes noteList
	// steps is what is left of the file's budget of recurrence steps.
	steps int
	// lines is the number of lines read so far.
	lines int
}

func (d *decoder) note(kind NoteKind, line int, component, property, uid, message string) {
	d.notes.add(kind, line, component, property, uid, message)
}

// calendar is one VCALENDAR being read.
type calendar struct {
	c        *component
	vtz      map[string]*component
	zones    map[string]*zoneRef
	floating *zoneRef
	years    [2]int
}

func (d *decoder) decode(r io.Reader) (*timeline.Timeline, *Report, error) {
	top, err := d.parse(r)
	if err != nil {
		var de *DecodeError
		if errors.As(err, &de) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("ical: %w", err)
	}
	var cals []*calendar
	var stray *component // top-level VEVENTs, read as one more calendar
	for _, c := range top {
		switch c.name {
		case "VCALENDAR":
			cals = append(cals, &calendar{c: c})
		case "VEVENT":
			if stray == nil {
				stray = &component{name: "VCALENDAR", line: c.line}
				cals = append(cals, &calendar{c: stray})
			}
			stray.subs = append(stray.subs, c)
			d.note(Changed, c.line, "VEVENT", "", "", "VEVENT outside a VCALENDAR; read as if inside one")
		}
	}
	if len(cals) == 0 {
		msg := "no VCALENDAR: not an iCalendar file"
		if d.lines == 0 {
			msg = "no VCALENDAR: the input is empty"
		}
		return nil, nil, &DecodeError{Line: 1, Err: errors.New(msg)}
	}
	rep := &Report{Calendars: len(cals)}
	t := &timeline.Timeline{}
	for _, cal := range cals {
		d.readCalendar(cal, t)
	}

	// Read every VEVENT; the window's default end needs all of them.
	var evs []*vevent
	for _, cal := range cals {
		for _, c := range cal.c.subs {
			if c.name == "VEVENT" {
				rep.Components++
				if v := d.readVEvent(c, cal); v != nil {
					v.order = len(evs)
					evs = append(evs, v)
				}
			}
		}
	}
	from, to := d.opts.From, d.opts.To
	if to.IsZero() {
		var latest time.Time
		for _, v := range evs {
			for _, x := range v.named {
				if x.After(latest) {
					latest = x
				}
			}
		}
		if !latest.IsZero() {
			to = latest.Add(DefaultHorizon)
		}
	}
	rep.From, rep.To = from, to
	b := &builder{d: d, from: from, to: to}
	b.build(evs)
	t.Events = b.events
	rep.Series = b.series
	d.relate(t, b)
	if err := d.validate(t, b); err != nil {
		return nil, nil, err
	}
	rep.Events = len(t.Events)
	rep.Notes = d.notes.list
	slices.SortStableFunc(rep.Notes, func(a, b Note) int { return a.Line - b.Line })
	return t, rep, nil
}

// readCalendar reads a VCALENDAR's own properties and VTIMEZONEs.
func (d *decoder) readCalendar(cal *calendar, t *timeline.Timeline) {
	c := cal.c
	cal.vtz = map[string]*component{}
	cal.zones = map[string]*zoneRef{}
	for _, sub := range c.subs {
		if sub.name != "VTIMEZONE" {
			continue
		}
		p := sub.first("TZID")
		if p == nil {
			d.note(Skipped, sub.line, "VTIMEZONE", "TZID", "", "VTIMEZONE without TZID; not read")
			continue
		}
		cal.vtz[p.value] = sub
	}
	title := func(name, alt string) timeline.Text {
		for _, n := range []string{name, alt} {
			if p := c.first(n); p != nil {
				s := unescapeText(p.value)
				return textIn(s, langOfText(p.param("LANGUAGE"), s).lang)
			}
		}
		return timeline.Text{}
	}
	if name := title("NAME", "X-WR-CALNAME"); !name.IsZero() {
		if t.Title.IsZero() {
			t.Title = name
		} else if name != t.Title {
			d.note(Dropped, c.line, "VCALENDAR", "NAME", "", "name of a second calendar: the timeline has one title")
		}
	}
	if desc := title("DESCRIPTION", "X-WR-CALDESC"); !desc.IsZero() {
		if t.Description.IsZero() {
			t.Description = desc
		} else if desc != t.Description {
			d.note(Dropped, c.line, "VCALENDAR", "DESCRIPTION", "", "description of a second calendar: the timeline has one")
		}
	}
	// Our own calendar's other properties are Options, not timeline data.
	ours := c.first("PRODID") != nil && c.first("PRODID").value == ProductID
	for i := range c.props {
		p := &c.props[i]
		switch p.name {
		case "NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC", "PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-TIMEZONE":
		case "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "URL", "SOURCE":
			if !ours {
				d.note(Dropped, p.line, "VCALENDAR", p.name, "", "calendar property the timeline has no place for")
			}
		default:
			d.note(Dropped, p.line, "VCALENDAR", p.name, "", "calendar property the timeline has no place for")
		}
	}
	// Floating times: the calendar's X-WR-TIMEZONE, else the option, else UTC.
	zone, how := "UTC", "floating time (no TZID, no Z) read in UTC"
	if d.opts.FloatingZone != "" {
		zone, how = d.opts.FloatingZone, "floating time (no TZID, no Z) read in "+d.opts.FloatingZone+" (DecodeOptions.FloatingZone)"
	}
	if p := c.first("X-WR-TIMEZONE"); p != nil {
		name := ianaIn(p.value)
		if name == "" {
			name = windowsZones[strings.TrimSpace(p.value)]
		}
		if name != "" {
			zone, how = name, "floating time (no TZID, no Z) read in "+name+", the calendar's X-WR-TIMEZONE"
		} else {
			d.note(Dropped, p.line, "VCALENDAR", "X-WR-TIMEZONE", "", "not a zone this system knows")
		}
	}
	loc, _ := date.LoadZone(zone)
	cal.floating = &zoneRef{zone: zone, loc: loc, how: how}
	cal.years = [2]int{9999, 0}
	for _, sub := range c.subs {
		if sub.name == "VEVENT" {
			for _, name := range []string{"DTSTART", "DTEND", "RECURRENCE-ID", "RDATE"} {
				for _, p := range sub.all(name) {
					if len(p.value) >= 4 {
						if y, err := strconv.Atoi(p.value[:4]); err == nil {
							cal.years[0], cal.years[1] = min(cal.years[0], y-1), max(cal.years[1], y+1)
						}
					}
				}
			}
		}
	}
	if !d.opts.To.IsZero() {
		cal.years[1] = max(cal.years[1], d.opts.To.Year()+1)
	}
	// The default window reaches a year past the latest date.
	cal.years[1] = min(cal.years[1]+2, 9999)
	cal.years[0] = max(cal.years[0], 0)
	if cal.years[0] > cal.years[1] {
		cal.years = [2]int{1970, 2100}
	}
}

// zone returns how the TZID tzid reads in cal.
func (d *decoder) zone(cal *calendar, tzid string, line int) *zoneRef {
	if z, ok := cal.zones[tzid]; ok {
		return z
	}
	z := d.resolveZone(tzid, cal.vtz[tzid], cal.years)
	cal.zones[tzid] = z
	if z.unresolved {
		d.note(Changed, line, "VEVENT", "TZID", "", "TZID "+strconv.Quote(tzid)+" is no zone this system knows and has no VTIMEZONE; "+cal.floating.how)
	} else if z.how != "" {
		d.note(Changed, line, "VEVENT", "TZID", "", z.how)
	}
	return z
}

// textIn returns s as the text in lang.
func textIn(s string, lang timeline.Lang) timeline.Text {
	if s == "" {
		return timeline.Text{}
	}
	if lang == timeline.English {
		return timeline.Text{En: s}
	}
	return timeline.Text{Hi: s}
}

// langParam returns the language a LANGUAGE parameter names for our own
// X- properties: English when it says so, Hindi otherwise.
func langParam(p *property) timeline.Lang {
	if strings.HasPrefix(strings.ToLower(p.param("LANGUAGE")), "en") {
		return timeline.English
	}
	return timeline.Hindi
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
