package ical

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// tval is a DATE or DATE-TIME value read from a property.
type tval struct {
	date bool
	day  date.Date // the day of a DATE
	// wall is the value as written (UTC's location); t its instant, for a
	// DATE-TIME.
	wall time.Time
	t    time.Time
	// z is the zone the wall clock is in: the TZID's, the calendar's
	// floating zone for a floating time, nil for UTC.
	z        *zoneRef
	utc      bool
	floating bool
	clk      clock
}

// key identifies the occurrence a value names, for RECURRENCE-ID and
// EXDATE: the instant of a DATE-TIME, the day of a DATE.
func (v tval) key() string {
	if v.date {
		return "d" + v.day.String()
	}
	return "t" + strconv.FormatInt(v.t.Unix(), 10)
}

// dayKey is the key of the day the value falls on, as written.
func (v tval) dayKey() string {
	if v.date {
		return v.key()
	}
	return "d" + date.FromTime(v.wall).String()
}

// duration is a DURATION value: nominal days and weeks, and an exact time.
type duration struct {
	days int
	d    time.Duration
}

// vevent is a VEVENT with its dates and recurrence read; its text is read
// when its events are built.
type vevent struct {
	c     *component
	cal   *calendar
	uid   string
	order int
	ours  bool
	start tval
	end   *tval
	dur   *duration
	rid   *tval
	rule  *recurrence
	// ruleLine is the line of the RRULE, for notes.
	ruleLine int
	rdates   []rdate
	exdates  []tval
	seq      int
	stamp    time.Time
	// named are the instants the event names (DTSTART, RDATE,
	// RECURRENCE-ID), for the window's default end.
	named []time.Time
	// fields caches what fields reads.
	fields *eventFields
}

// rdate is one RDATE: a start, and for a PERIOD its end.
type rdate struct {
	start tval
	end   *tval
	dur   *duration
}

func (v *vevent) recurs() bool { return v.rule != nil || len(v.rdates) > 0 }

// release lets the memory of v's properties and fields go, once its
// events are built.
func (v *vevent) release() {
	v.c.props, v.c.subs, v.fields = nil, nil, nil
}

// readVEvent reads the identity, dates and recurrence of a VEVENT, or
// notes why it cannot be read and returns nil.
func (d *decoder) readVEvent(c *component, cal *calendar) *vevent {
	v := &vevent{c: c, cal: cal}
	v.ours = c.first(xWhen) != nil
	if p := c.first("UID"); p != nil && strings.TrimSpace(p.value) != "" {
		v.uid = uidAsWritten(unescapeText(p.value))
		if v.uid != unescapeText(p.value) {
			d.note(Changed, p.line, "VEVENT", "UID", "", "UID with control characters or trailing blanks, which no calendar program keeps; read as Marshal writes it back")
		}
		if len(v.uid) > maxUID {
			sum := sha256.Sum256([]byte(v.uid))
			v.uid = "uid-sha256-" + hex.EncodeToString(sum[:16])
			d.note(Changed, p.line, "VEVENT", "UID", "", fmt.Sprintf("UID longer than %d bytes; replaced by a hash of it, %s", maxUID, v.uid))
		}
	} else {
		// RFC 5545 requires a UID; some programs leave it out. A hash of
		// the VEVENT's content is stable from one reading to the next.
		h := sha256.New()
		for _, p := range c.props {
			fmt.Fprintf(h, "%s;%v:%s\n", p.name, p.params, p.value)
		}
		v.uid = "no-uid-" + hex.EncodeToString(h.Sum(nil)[:12])
		d.note(Changed, c.line, "VEVENT", "UID", "", "no UID; the event is identified by a hash of its content")
	}
	ds := c.first("DTSTART")
	if ds == nil {
		d.note(Skipped, c.line, "VEVENT", "DTSTART", v.uid, "VEVENT without DTSTART: an event needs a date; not read")
		return nil
	}
	start, err := d.readTime(ds, ds.value, cal)
	if err != nil {
		d.note(Skipped, ds.line, "VEVENT", "DTSTART", v.uid, "not read: "+err.Error())
		return nil
	}
	v.start = start
	v.named = append(v.named, start.instant())
	if p := c.first("DTEND"); p != nil {
		if e, err := d.readTime(p, p.value, cal); err != nil {
			d.note(Skipped, p.line, "VEVENT", "DTEND", "", "not read: "+err.Error())
		} else {
			v.end = &e
		}
	}
	if p := c.first("DURATION"); p != nil {
		if du, err := parseDuration(p.value); err != nil {
			d.note(Skipped, p.line, "VEVENT", "DURATION", "", "not read: "+err.Error())
		} else if v.end != nil {
			d.note(Dropped, p.line, "VEVENT", "DURATION", "", "DURATION beside DTEND (RFC 5545 allows one of them); DTEND kept")
		} else {
			v.dur = &du
		}
	}
	if p := c.first("RECURRENCE-ID"); p != nil {
		if r, err := d.readTime(p, p.value, cal); err != nil {
			d.note(Skipped, p.line, "VEVENT", "RECURRENCE-ID", v.uid, "not read, so the event is read as one of its own: "+err.Error())
		} else {
			v.rid = &r
			v.named = append(v.named, r.instant())
			if strings.EqualFold(p.param("RANGE"), "THISANDFUTURE") {
				d.note(Changed, p.line, "VEVENT", "RECURRENCE-ID", "", "RANGE=THISANDFUTURE read as a change to this occurrence only")
			}
		}
	}
	for i, p := range c.all("RRULE") {
		if i > 0 {
			d.note(Dropped, p.line, "VEVENT", "RRULE", "", "second RRULE (RFC 5545 allows one); only the first is applied")
			continue
		}
		r, err := parseRecurrence(p.value)
		if err != nil {
			d.note(Skipped, p.line, "VEVENT", "RRULE", v.uid, "not read, so only DTSTART (and RDATEs) are occurrences: "+err.Error())
			continue
		}
		for _, x := range r.ignored {
			d.note(Dropped, p.line, "VEVENT", "RRULE", "", "rule part "+x+" not applied")
		}
		v.rule, v.ruleLine = r, p.line
	}
	for _, p := range c.all("EXRULE") {
		d.note(Dropped, p.line, "VEVENT", "EXRULE", v.uid, "EXRULE (dropped from iCalendar by RFC 5545) not applied")
	}
	for _, p := range c.all("RDATE") {
		for _, s := range strings.Split(p.value, ",") {
			rd, err := d.readRDate(p, s, cal)
			if err != nil {
				d.note(Skipped, p.line, "VEVENT", "RDATE", v.uid, "value not read: "+err.Error())
				continue
			}
			v.rdates = append(v.rdates, rd)
			v.named = append(v.named, rd.start.instant())
		}
	}
	for _, p := range c.all("EXDATE") {
		for _, s := range strings.Split(p.value, ",") {
			x, err := d.readTime(p, s, cal)
			if err != nil {
				d.note(Skipped, p.line, "VEVENT", "EXDATE", v.uid, "value not read: "+err.Error())
				continue
			}
			v.exdates = append(v.exdates, x)
		}
	}
	if p := c.first("SEQUENCE"); p != nil {
		v.seq, _ = strconv.Atoi(strings.TrimSpace(p.value))
	}
	for _, name := range []string{"LAST-MODIFIED", "DTSTAMP"} {
		if p := c.first(name); p != nil {
			if t, err := time.Parse("20060102T150405Z", strings.TrimSpace(p.value)); err == nil {
				v.stamp = t
				break
			}
		}
	}
	return v
}

// uidAsWritten returns uid as Marshal writes it and a reader reads it
// back: TEXT with its line breaks as \n, other control characters as
// their pictures, invalid UTF-8 as U+FFFD, trailing blanks dropped (as
// libical drops them). A UID read so is written back unchanged.
func uidAsWritten(uid string) string {
	w := strings.TrimRight(string(appendText(nil, uid, false)), " \t")
	return unescapeText(w)
}

// instant returns the value's instant, or midnight UTC of its day.
func (v tval) instant() time.Time {
	if v.date {
		return v.day.In(time.UTC)
	}
	return v.t
}

// readTime reads s, one DATE or DATE-TIME value of property p (whose
// VALUE and TZID parameters apply), in calendar cal.
func (d *decoder) readTime(p *property, s string, cal *calendar) (tval, error) {
	s = strings.TrimSpace(s)
	value := strings.ToUpper(p.param("VALUE"))
	isDate := value == "DATE" || value == "" && len(s) == 8
	if isDate {
		if len(s) == 15 || len(s) == 16 {
			// "VALUE=DATE:20251118T000000": the date part is meant.
			s = s[:8]
		}
		t, err := time.Parse("20060102", s)
		if err != nil {
			return tval{}, fmt.Errorf("%q is not a DATE (YYYYMMDD)", clip(s))
		}
		return tval{date: true, day: date.FromTime(t), wall: t}, nil
	}
	utc := strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "z")
	w := strings.TrimRight(s, "Zz")
	wall, err := parseDateTime(w)
	if err != nil {
		return tval{}, err
	}
	v := tval{wall: wall}
	tzid := p.param("TZID")
	switch {
	case utc:
		v.utc, v.t = true, wall
		if tzid != "" {
			d.note(Changed, p.line, "VEVENT", p.name, "", "UTC time with a TZID; read as UTC (the Z wins)")
		}
	case tzid != "":
		z := d.zone(cal, tzid, p.line)
		if z.unresolved {
			z = cal.floating
			v.floating = true
		}
		v.z = z
		v.t, v.clk = z.instant(wall)
	default:
		d.note(Changed, p.line, "VEVENT", p.name, "", cal.floating.how)
		v.z, v.floating = cal.floating, true
		v.t, v.clk = cal.floating.instant(wall)
	}
	return v, nil
}

// parseDateTime reads a local DATE-TIME, "20251118T190000"; it also
// accepts what some programs write instead: no seconds, fractions of a
// second, or ISO 8601 dashes and colons.
func parseDateTime(s string) (time.Time, error) {
	if len(s) == 15 && s[8] == 'T' {
		if t, err := time.Parse("20060102T150405", s); err == nil {
			return t, nil
		}
	}
	bad := fmt.Errorf("%q is not a DATE-TIME (YYYYMMDDTHHMMSS)", clip(s))
	c := isoPunct.Replace(s)
	if i := strings.IndexByte(c, '.'); i > 0 {
		c = c[:i]
	}
	switch len(c) {
	case 15:
	case 13:
		c += "00"
	default:
		return time.Time{}, bad
	}
	t, err := time.Parse("20060102T150405", strings.ToUpper(c))
	if err != nil {
		return time.Time{}, bad
	}
	return t, nil
}

// isoPunct drops the dashes and colons of an ISO 8601 extended date-time.
var isoPunct = strings.NewReplacer("-", "", ":", "")

// readRDate reads one RDATE value: a DATE, a DATE-TIME or a PERIOD.
func (d *decoder) readRDate(p *property, s string, cal *calendar) (rdate, error) {
	a, b, period := strings.Cut(strings.TrimSpace(s), "/")
	if !period {
		t, err := d.readTime(p, a, cal)
		return rdate{start: t}, err
	}
	start, err := d.readTime(p, a, cal)
	if err != nil {
		return rdate{}, err
	}
	if strings.HasPrefix(b, "P") || strings.HasPrefix(b, "+P") {
		du, err := parseDuration(b)
		if err != nil {
			return rdate{}, err
		}
		return rdate{start: start, dur: &du}, nil
	}
	end, err := d.readTime(p, b, cal)
	if err != nil {
		return rdate{}, err
	}
	return rdate{start: start, end: &end}, nil
}

// parseDuration reads an RFC 5545 DURATION: "PT1H30M", "P2D", "P1W".
// A negative duration is an error: an event cannot end before it starts.
func parseDuration(s string) (duration, error) {
	bad := fmt.Errorf("%q is not a DURATION such as PT1H30M", clip(s))
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "+")
	if strings.HasPrefix(s, "-") {
		return duration{}, errors.New("negative DURATION: an event cannot end before it starts")
	}
	rest, ok := strings.CutPrefix(s, "P")
	if !ok || rest == "" {
		return duration{}, bad
	}
	var du duration
	inTime := false
	for rest != "" {
		if rest[0] == 'T' {
			if inTime {
				return duration{}, bad
			}
			inTime = true
			rest = rest[1:]
			continue
		}
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i > 9 || i == len(rest) {
			return duration{}, bad
		}
		n, _ := strconv.Atoi(rest[:i])
		unit := rest[i]
		rest = rest[i+1:]
		switch {
		case unit == 'W' && !inTime:
			du.days += 7 * n
		case unit == 'D' && !inTime:
			du.days += n
		case unit == 'H' && inTime:
			du.d += time.Duration(n) * time.Hour
		case unit == 'M' && inTime:
			du.d += time.Duration(n) * time.Minute
		case unit == 'S' && inTime:
			du.d += time.Duration(n) * time.Second
		default:
			return duration{}, bad
		}
	}
	if du.days > 400_000 {
		return duration{}, fmt.Errorf("%q: longer than a thousand years", clip(s))
	}
	return du, nil
}
