package almanac

import (
	"fmt"
	"time"
)

// Date is a day of the proleptic Gregorian calendar, the civil date in
// India (IST, UTC+5:30) on which a day is kept. It is a day, not an
// instant: use [Date.Midnight] to get the instant it begins in a location.
//
// Date values are comparable with == and ordered by [Date.Compare]. The
// zero Date is not a day; [Date.IsZero] reports it. Programs should store
// and pass Dates as values.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1 if d is before e, 0 if they are the same day and +1
// if d is after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	default:
		return sign(d.Day - e.Day)
	}
}

// Midnight returns the instant d begins in loc: midnight, or the first
// instant after it where a zone skips midnight.
func (d Date) Midnight(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays returns the date n days after d (before d if n < 0).
func (d Date) AddDays(n int) Date { return dateOfDay(d.dayNumber() + n) }

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// dayNumber counts days from 1970-01-01 (day 0).
func (d Date) dayNumber() int {
	return int(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dateOfDay is the inverse of [Date.dayNumber].
func dateOfDay(n int) Date {
	y, m, d := time.Unix(int64(n)*86400, 0).UTC().Date()
	return Date{y, m, d}
}

// Time scales. An instant is a Julian Day in Universal Time (type ut);
// ephemerides take Julian Ephemeris Days in Terrestrial Time (type tt).
// The two differ by ΔT (see deltat.go).
type (
	ut float64
	tt float64
)

const (
	jdUnixEpoch = 2440587.5 // JD of 1970-01-01 00:00 UT
	j2000       = 2451545.0 // JDE of 2000-01-01 12:00 TT
	istOffset   = 5.5 / 24  // IST is UTC+5:30, in days
)

// istMidnight returns the instant at which day d begins in IST.
func istMidnight(d Date) ut { return ut(jdUnixEpoch + float64(d.dayNumber()) - istOffset) }

// istDate returns the IST civil date of instant t.
func istDate(t ut) Date {
	return dateOfDay(int(floor(float64(t) - jdUnixEpoch + istOffset)))
}

// centuries returns Julian centuries of TT since J2000.0.
func centuries(t tt) float64 { return (float64(t) - j2000) / 36525 }

// utcTime converts an instant to a time.Time in UTC, to the second.
func utcTime(t ut) time.Time {
	s := (float64(t) - jdUnixEpoch) * 86400
	return time.Unix(0, 0).UTC().Add(time.Duration(s * 1e9)).Round(time.Second)
}
