package ical

import (
	"fmt"
	"slices"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// zoneSet collects the zones that timed events use, with the years each
// must cover.
type zoneSet struct {
	years map[string][2]int // zone → first and last year used
}

func newZoneSet() *zoneSet { return &zoneSet{years: map[string][2]int{}} }

// add records that zone is used from start to end (end may be zero).
func (z *zoneSet) add(zone string, start, end time.Time) {
	lo, hi := start.Year(), start.Year()
	if !end.IsZero() && end.Year() > hi {
		hi = end.Year()
	}
	if r, ok := z.years[zone]; ok {
		lo, hi = min(lo, r[0]), max(hi, r[1])
	}
	z.years[zone] = [2]int{lo, hi}
}

// vtimezoneFrom is the year each VTIMEZONE starts in at the latest: it
// begins with the observance in force on 1 January of that year and lists
// every transition from there. vobject ignores a VTIMEZONE that looks like
// UTC over 2000–2020 and reads the TZID with pytz instead, whose rules end
// in 2037: a VTIMEZONE for Europe/London that started in 2040 put a 2040
// summer event an hour late (measured, ical/interop/README.md).
const vtimezoneFrom = 1999

// components returns one VTIMEZONE per zone, sorted by TZID.
func (z *zoneSet) components() ([]ics.Component, error) {
	names := make([]string, 0, len(z.years))
	for n := range z.years {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]ics.Component, 0, len(names)+8)
	for _, n := range names {
		loc, err := date.LoadZone(n)
		if err != nil {
			return nil, err
		}
		r := z.years[n]
		out = append(out, vtimezone(n, loc, min(r[0], vtimezoneFrom), r[1]))
	}
	return out, nil
}

// vtimezone builds the VTIMEZONE of loc for the years first through last:
// the observance in force on 1 January of the first year, then one
// STANDARD or DAYLIGHT sub-component for every transition up to the end of
// the last year, each with a DTSTART (local time before the change, as RFC
// 5545 section 3.6.5 says), TZOFFSETFROM, TZOFFSETTO and TZNAME. The
// transitions are dated, without RRULEs: exact for the years the calendar
// covers, whatever the zone's rules did (Moscow's DST until 2011, its +04
// from 2011 to 2014, Kolkata's +05:30) and the last observance extends
// past them.
func vtimezone(name string, loc *time.Location, first, last int) *ics.VTimezone {
	vt := &ics.VTimezone{ComponentBase: ics.ComponentBase{
		Properties: []ics.IANAProperty{prop("TZID", name)},
	}}
	t := time.Date(first, time.January, 1, 0, 0, 0, 0, loc)
	stop := time.Date(last+1, time.January, 1, 0, 0, 0, 0, loc)

	abbr, off := t.Zone()
	// The observance in force at the start, from the transition that began
	// it (so that its DTSTART and TZOFFSETFROM are real), or from the start
	// of the range when the zone never changed.
	begin, _ := t.ZoneBounds()
	fromOff := off
	start := t
	if !begin.IsZero() {
		_, fromOff = begin.Add(-time.Second).Zone()
		start = begin
	}
	dst := t.IsDST()
	vt.Components = append(vt.Components, observance(start, fromOff, off, abbr, dst))
	for {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(stop) {
			break
		}
		if !end.After(t) {
			// Go's ZoneBounds can fail to advance in the years its zone
			// rule string covers (America/New_York at the end of 2040,
			// Go 1.26): step past the stuck point.
			next := t.Add(time.Hour)
			if s, _ := next.ZoneBounds(); s.After(t) {
				end = s
			} else {
				end = next
			}
		}
		// In those years ZoneBounds also reports a boundary at every new
		// year where nothing changes; only real changes are written.
		a, o := end.Zone()
		if d := end.IsDST(); o != off || a != abbr || d != dst {
			vt.Components = append(vt.Components, observance(end, off, o, a, d))
			abbr, off, dst = a, o, d
		}
		t = end
	}
	return vt
}

// observance returns the STANDARD or DAYLIGHT sub-component for a change at
// instant at from offset from to offset to (seconds east of UTC).
func observance(at time.Time, from, to int, abbr string, dst bool) ics.Component {
	local := at.UTC().Add(time.Duration(from) * time.Second)
	props := []ics.IANAProperty{
		prop("DTSTART", local.Format("20060102T150405")),
		prop("TZOFFSETFROM", formatOffset(from)),
		prop("TZOFFSETTO", formatOffset(to)),
		prop("TZNAME", abbr),
	}
	if dst {
		return &ics.Daylight{ComponentBase: ics.ComponentBase{Properties: props}}
	}
	return &ics.Standard{ComponentBase: ics.ComponentBase{Properties: props}}
}

// formatOffset formats seconds east of UTC as an RFC 5545 UTC-OFFSET:
// "+0300", "+0530", "-0500", with seconds only when there are any
// ("+023300"; zones had such offsets before 1900).
func formatOffset(sec int) string {
	sign := byte('+')
	if sec < 0 {
		sign = '-'
		sec = -sec
	}
	s := fmt.Sprintf("%c%02d%02d", sign, sec/3600, sec%3600/60)
	if sec%60 != 0 {
		s += fmt.Sprintf("%02d", sec%60)
	}
	return s
}
