package date

import (
	"cmp"
	"errors"
	"fmt"
	"time"
)

// Date is a civil date in the proleptic Gregorian calendar: a day as people
// write it, not an instant. "18 November 2025" happened at different instants
// in Moscow and in Delhi, so a Date carries no time zone and is never stored
// as midnight UTC.
//
// Date values are comparable with == and can be used as map keys. The zero
// Date is not a valid day; [Date.IsZero] reports it.
type Date struct {
	year  int32
	month uint8
	day   uint8
}

// DateOf returns the date for year, month and day. Like [time.Date] it
// normalises values outside their usual ranges: Of(2025, 2, 30) is
// 2 March 2025. Use [Parse] to reject such input instead.
func Of(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date{year: int32(t.Year()), month: uint8(t.Month()), day: uint8(t.Day())}
}

// DateFromTime returns the civil date of t in t's own location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return Date{year: int32(y), month: uint8(m), day: uint8(d)}
}

// Parse parses an ISO 8601 calendar date, "2025-11-18". It rejects dates
// that do not exist, such as "2025-02-30", with an *[Error].
func Parse(s string) (Date, error) {
	d, err := parseDate(s)
	if err != nil {
		return Date{}, &Error{Value: s, Msg: err.Error()}
	}
	return d, nil
}

// parseDate is Parse with errors that do not repeat the input, for the
// parsers of longer texts that quote it themselves.
func parseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, errors.New("want YYYY-MM-DD")
	}
	y, ok1 := atoiFixed(s[0:4])
	m, ok2 := atoiFixed(s[5:7])
	d, ok3 := atoiFixed(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, errors.New("want YYYY-MM-DD")
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("month %d out of range", m)
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, fmt.Errorf("day %d out of range for %s %d", d, time.Month(m), y)
	}
	return Date{year: int32(y), month: uint8(m), day: uint8(d)}, nil
}

// atoiFixed parses a run of ASCII digits; it accepts no sign or space.
func atoiFixed(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Year returns the year of d.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month of d.
func (d Date) Day() int { return int(d.day) }

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.In(time.UTC).Weekday() }

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date {
	return Of(int(d.year), time.Month(d.month), int(d.day)+n)
}

// In returns the instant at which d begins in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(int(d.year), time.Month(d.month), int(d.day), 0, 0, 0, 0, loc)
}

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.year != e.year:
		return cmp.Compare(int(d.year), int(e.year))
	case d.month != e.month:
		return cmp.Compare(int(d.month), int(e.month))
	default:
		return cmp.Compare(int(d.day), int(e.day))
	}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// String returns d in ISO 8601 form, "2025-11-18", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
}

// MarshalText implements [encoding.TextMarshaler] with the form of [Date.String].
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [Parse]. The
// empty text decodes to the zero Date, so that a Date survives a round trip
// through a field tagged omitempty.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
