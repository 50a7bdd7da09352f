package ical

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/teambition/rrule-go"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// A TZID in a calendar from another program is read in this order:
//
//  1. An IANA name ("Europe/Berlin"), also inside a longer TZID as
//     Mozilla and others write it ("/mozilla.org/20050126_1/Europe/Berlin").
//  2. A Windows name ("W. Europe Standard Time", Outlook and Exchange)
//     through CLDR's windowsZones table (windowszones.go, generated).
//  3. The IANA name in the VTIMEZONE's X-LIC-LOCATION (libical, Evolution).
//  4. Any other TZID by the file's own VTIMEZONE rules: the event keeps its
//     instant, in a fixed Etc/GMT zone when the VTIMEZONE has one whole-hour
//     offset and in UTC otherwise (the timeline stores IANA zones only).
//
// Whenever the file has a VTIMEZONE for the TZID, instants come from its
// rules, as libical, ical.js and vobject read them; when those disagree
// with the tz database for the IANA zone, the event keeps the file's
// instant and the report says so. A TZID with neither an IANA reading nor
// a VTIMEZONE is read as a floating time.

// zoneRef is how one TZID of one VCALENDAR is read.
type zoneRef struct {
	tzid string
	// zone is the timeline's zone for times in this TZID: an IANA name, a
	// fixed Etc/GMT±N zone, or "UTC"; loc is its location.
	zone string
	loc  *time.Location
	// vt holds the VTIMEZONE's rules when the file has one.
	vt *vzone
	// how says how the TZID was read, for the report ("" for an IANA
	// name as such).
	how string
	// unresolved is set when the TZID has neither a zone nor rules;
	// carrier when zone only carries the instants the VTIMEZONE gives
	// (a custom TZID), so that its wall clocks may differ.
	unresolved, carrier bool
}

// onset is one change of a VTIMEZONE: at instant at, the offset goes from
// from to to (seconds east of UTC).
type onset struct {
	at       time.Time
	from, to int
}

// vzone is a VTIMEZONE's rules as a list of onsets.
type vzone struct {
	onsets []onset // sorted by instant
	// offsets lists the distinct offsets, for reading wall clocks.
	offsets []int
	// capped is set when an observance had more onsets than kept.
	capped bool
}

// offsetAt returns the offset in force at instant t.
func (v *vzone) offsetAt(t time.Time) int {
	i, _ := slices.BinarySearchFunc(v.onsets, t, func(o onset, t time.Time) int { return o.at.Compare(t) })
	// onsets[i-1] is the last one at or before t.
	if i < len(v.onsets) && v.onsets[i].at.Equal(t) {
		return v.onsets[i].to
	}
	if i == 0 {
		return v.onsets[0].from
	}
	return v.onsets[i-1].to
}

// clock says what a wall clock turned out to be in its zone.
type clock uint8

const (
	clockOnce  clock = iota // an ordinary time
	clockTwice              // the clocks went back over it; the first is meant
	clockGap                // the clocks skipped it; read with the offset before the gap
)

// instant returns the instant of wall clock w (its fields, in any
// location) by the VTIMEZONE's rules, following RFC 5545 section 3.3.5: a
// time that occurs twice is the first, a time in a gap is read with the
// offset before the gap.
func (v *vzone) instant(w time.Time) (time.Time, clock) {
	u := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
	var found []time.Time
	for _, off := range v.offsets {
		t := u.Add(-time.Duration(off) * time.Second)
		if v.offsetAt(t) == off && !slices.ContainsFunc(found, t.Equal) {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		// In a gap: the offset before it is the one in force just before
		// the wall clock, read with the larger (earlier) offsets first.
		before := v.offsetAt(u.Add(-time.Duration(slices.Max(v.offsets))*time.Second - time.Hour))
		return u.Add(-time.Duration(before) * time.Second), clockGap
	case 1:
		return found[0], clockOnce
	}
	return slices.MinFunc(found, time.Time.Compare), clockTwice
}

// instantIn returns the instant of wall clock w in loc, following RFC 5545
// as vzone.instant does; time.Date alone puts a skipped time an hour
// early.
func instantIn(w time.Time, loc *time.Location) (time.Time, clock) {
	t := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, loc)
	if t.Hour() != w.Hour() || t.Minute() != w.Minute() || t.Day() != w.Day() {
		// In a gap: the offset before it.
		tr, end := t.ZoneBounds()
		if !end.IsZero() && (tr.IsZero() || end.Sub(t) < t.Sub(tr)) {
			tr = end
		}
		_, before := tr.Add(-time.Second).Zone()
		u := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
		return u.Add(-time.Duration(before) * time.Second).In(loc), clockGap
	}
	if twice(t) {
		return t, clockTwice
	}
	return t, clockOnce
}

// instant returns the instant of wall clock w in the zone, and what kind
// of time it was.
func (z *zoneRef) instant(w time.Time) (time.Time, clock) {
	if z.vt != nil {
		t, c := z.vt.instant(w)
		return t.In(z.loc), c
	}
	return instantIn(w, z.loc)
}

// wall returns the wall clock of instant t in the zone as the file defines
// it: by the VTIMEZONE's rules when there are some.
func (z *zoneRef) wall(t time.Time) time.Time {
	if z.vt != nil {
		u := t.UTC().Add(time.Duration(z.vt.offsetAt(t)) * time.Second)
		return u
	}
	w := t.In(z.loc)
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
}

// ianaIn returns the IANA zone a TZID names, if any: the TZID itself, or
// a suffix of it after a '/' ("/mozilla.org/20050126_1/Europe/Berlin").
func ianaIn(tzid string) string {
	s := strings.Trim(strings.TrimSpace(tzid), `"`)
	for s != "" {
		if s != "Local" && !strings.HasPrefix(s, "/") {
			if _, err := date.LoadZone(s); err == nil {
				return s
			}
		}
		i := strings.IndexByte(s, '/')
		if i < 0 {
			break
		}
		s = s[i+1:]
	}
	return ""
}

// resolveZone reads tzid, with vtz the VTIMEZONE of that TZID in the same
// VCALENDAR (nil if none); years bounds the years the file needs rules for.
func (d *decoder) resolveZone(tzid string, vtz *component, years [2]int) *zoneRef {
	z := &zoneRef{tzid: tzid}
	if vtz != nil {
		z.vt = d.readVTimezone(vtz, years)
		if z.vt == nil || len(z.vt.onsets) == 0 {
			z.vt = nil
		}
	}
	name := ianaIn(tzid)
	switch {
	case name != "":
		if name != tzid {
			z.how = "TZID " + strconv.Quote(tzid) + " read as the IANA zone " + name
		}
	case windowsZones[strings.TrimSpace(tzid)] != "":
		name = windowsZones[strings.TrimSpace(tzid)]
		z.how = "Windows zone " + strconv.Quote(tzid) + " read as " + name + " (CLDR)"
	case vtz != nil && vtz.first("X-LIC-LOCATION") != nil && ianaIn(vtz.first("X-LIC-LOCATION").value) != "":
		name = ianaIn(vtz.first("X-LIC-LOCATION").value)
		z.how = "TZID " + strconv.Quote(tzid) + " read as " + name + ", its VTIMEZONE's X-LIC-LOCATION"
	case z.vt != nil:
		name, z.carrier = fixedZone(z.vt), true
		z.how = "TZID " + strconv.Quote(tzid) + " is no IANA or Windows zone: read by the file's VTIMEZONE, kept in " + name
	default:
		z.unresolved = true
		return z
	}
	loc, err := date.LoadZone(name)
	if err != nil {
		// windowszones.go names a zone this system's database lacks.
		z.unresolved = true
		return z
	}
	z.zone, z.loc = name, loc
	return z
}

// fixedZone returns the zone that keeps the wall clock of a VTIMEZONE
// with one offset, when that offset is a whole number of hours ("Etc/GMT-1"
// for +01:00: the Etc zones count the other way), and "UTC" otherwise.
func fixedZone(v *vzone) string {
	if len(v.offsets) != 1 || v.offsets[0]%3600 != 0 || v.offsets[0] < -12*3600 || v.offsets[0] > 14*3600 {
		return "UTC"
	}
	h := v.offsets[0] / 3600
	switch {
	case h == 0:
		return "UTC"
	case h > 0:
		return "Etc/GMT-" + strconv.Itoa(h)
	}
	return "Etc/GMT+" + strconv.Itoa(-h)
}

// maxOnsets bounds the onsets kept for one observance.
const maxOnsets = 2000

// readVTimezone reads a VTIMEZONE's observances into onsets for the years
// given (and the last onset before them), noting what it cannot read.
func (d *decoder) readVTimezone(c *component, years [2]int) *vzone {
	v := &vzone{}
	lo := time.Date(years[0], time.January, 1, 0, 0, 0, 0, time.UTC)
	hi := time.Date(years[1]+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, sub := range c.subs {
		if sub.name != "STANDARD" && sub.name != "DAYLIGHT" {
			continue
		}
		from, err1 := readOffset(sub.first("TZOFFSETFROM"))
		to, err2 := readOffset(sub.first("TZOFFSETTO"))
		ds := sub.first("DTSTART")
		if err := cmpErr(err1, err2); err != nil || ds == nil {
			if err == nil {
				err = fmt.Errorf("no DTSTART")
			}
			d.note(Skipped, sub.line, sub.name, "", "", "observance not read: "+err.Error())
			continue
		}
		start, err := parseWall(ds.value)
		if err != nil {
			d.note(Skipped, ds.line, sub.name, "DTSTART", "", "observance not read: "+err.Error())
			continue
		}
		at := func(w time.Time) onset {
			return onset{at: w.Add(-time.Duration(from) * time.Second), from: from, to: to}
		}
		var walls []time.Time
		if p := sub.first("RRULE"); p != nil {
			walls = d.observanceRule(p, start, from, lo, hi, v)
		} else {
			walls = append(walls, start)
		}
		for _, p := range sub.all("RDATE") {
			for _, s := range strings.Split(p.value, ",") {
				if w, err := parseWall(strings.TrimSuffix(s, "Z")); err == nil {
					walls = append(walls, w)
				}
			}
		}
		// Keep the onsets in [lo, hi) and the last one before lo.
		var last *onset
		for _, w := range walls {
			o := at(w)
			switch {
			case o.at.Before(lo):
				if last == nil || o.at.After(last.at) {
					last = &o
				}
			case o.at.Before(hi):
				v.onsets = append(v.onsets, o)
			}
		}
		if last != nil {
			v.onsets = append(v.onsets, *last)
		}
		if !slices.Contains(v.offsets, to) {
			v.offsets = append(v.offsets, to)
		}
		if !slices.Contains(v.offsets, from) {
			v.offsets = append(v.offsets, from)
		}
	}
	slices.SortFunc(v.onsets, func(a, b onset) int { return a.at.Compare(b.at) })
	// Of the onsets before lo, only the last matters.
	for len(v.onsets) > 1 && v.onsets[1].at.Before(lo) {
		v.onsets = v.onsets[1:]
	}
	if v.capped {
		d.note(Limited, c.line, "VTIMEZONE", "RRULE", "", fmt.Sprintf("observance with more than %d changes in the years the file uses; read up to the limit", maxOnsets))
	}
	if len(v.onsets) > 0 {
		// An offset used only before the first onset still counts.
		if !slices.Contains(v.offsets, v.onsets[0].from) {
			v.offsets = append(v.offsets, v.onsets[0].from)
		}
	}
	slices.Sort(v.offsets)
	slices.Reverse(v.offsets)
	return v
}

func cmpErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// observanceRule returns the wall clocks of an observance's RRULE from
// start up to hi, at most maxOnsets of them. A yearly rule (every real
// one) is started in the year before lo, which gives the same onsets
// without stepping through the centuries from 1601, where Outlook starts
// its VTIMEZONEs.
func (d *decoder) observanceRule(p *property, start time.Time, from int, lo, hi time.Time, v *vzone) []time.Time {
	r, err := parseRecurrence(p.value)
	if err != nil {
		d.note(Skipped, p.line, "VTIMEZONE", "RRULE", "", "observance rule not read: "+err.Error())
		return []time.Time{start}
	}
	opt := r.opt
	opt.Dtstart = start
	if r.until != "" {
		u, err := parseWall(strings.TrimSuffix(r.until, "Z"))
		if err != nil {
			d.note(Skipped, p.line, "VTIMEZONE", "RRULE", "", "UNTIL not read: "+err.Error())
			return []time.Time{start}
		}
		if strings.HasSuffix(r.until, "Z") {
			u = u.Add(time.Duration(from) * time.Second) // UTC to the wall clock before the change
		}
		opt.Until = u
	}
	if opt.Freq == rrule.YEARLY && opt.Interval == 1 && r.count == 0 && start.Year() < lo.Year()-1 &&
		!(start.Month() == time.February && start.Day() == 29) {
		opt.Dtstart = time.Date(lo.Year()-1, start.Month(), start.Day(), start.Hour(), start.Minute(), start.Second(), 0, time.UTC)
	}
	walls := []time.Time{start}
	x, err := expand(opt, time.Time{}, hi.AddDate(0, 0, 2), maxOnsets, &d.steps)
	if err != nil {
		d.note(Skipped, p.line, "VTIMEZONE", "RRULE", "", "observance rule not read: "+err.Error())
		return walls
	}
	if x.capped {
		v.capped = true
	}
	return append(walls, x.occ...)
}

// readOffset reads a UTC-OFFSET, "+0530", "-0500" or "+023300", as
// seconds east of UTC.
func readOffset(p *property) (int, error) {
	if p == nil {
		return 0, fmt.Errorf("missing offset")
	}
	s := strings.TrimSpace(p.value)
	bad := fmt.Errorf("%s %q is not a UTC offset such as +0530", p.name, clip(s))
	if len(s) != 5 && len(s) != 7 || s[0] != '+' && s[0] != '-' {
		return 0, bad
	}
	h, err1 := strconv.Atoi(s[1:3])
	m, err2 := strconv.Atoi(s[3:5])
	sec := 0
	var err3 error
	if len(s) == 7 {
		sec, err3 = strconv.Atoi(s[5:7])
	}
	if cmpErr(err1, err2, err3) != nil || h > 23 || m > 59 || sec > 59 || strings.ContainsAny(s[1:], "+-") {
		return 0, bad
	}
	n := h*3600 + m*60 + sec
	if s[0] == '-' {
		n = -n
	}
	return n, nil
}

// parseWall reads a DATE-TIME's local form, "20251118T190000", or a DATE,
// as a wall clock in UTC's location.
func parseWall(s string) (time.Time, error) {
	switch len(s) {
	case 8:
		return time.Parse("20060102", s)
	case 15:
		return time.Parse("20060102T150405", s)
	}
	return time.Time{}, fmt.Errorf("%q is not a DATE-TIME", clip(s))
}
