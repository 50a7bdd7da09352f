package timeline

import (
	"fmt"
	"strings"
	"time"
)

// formatPoint writes one end of w in the ISO 8601 form of its precision:
// "2025-11-18T19:00", "2025-11-18", "2025-W47", "2025-11" or "2025".
func (w When) formatPoint(d Date, min int16) string {
	switch w.prec {
	case Minute, Hour:
		return fmt.Sprintf("%sT%02d:%02d", d, min/60, min%60)
	case Week:
		y, wk := d.In(time.UTC).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, wk)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year(), int(d.Month()))
	case Year:
		return fmt.Sprintf("%04d", d.Year())
	}
	return d.String()
}

// parsePoint reads one end of a When written by formatPoint.
func parsePoint(p Precision, s string) (Date, int16, error) {
	switch p {
	case Minute, Hour:
		day, clock, ok := strings.Cut(s, "T")
		if !ok || len(clock) != 5 || clock[2] != ':' {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-MM-DDThh:mm for %s precision", s, p)
		}
		d, err := ParseDate(day)
		if err != nil {
			return Date{}, 0, err
		}
		h, ok1 := atoiFixed(clock[:2])
		m, ok2 := atoiFixed(clock[3:])
		if !ok1 || !ok2 || h > 23 || m > 59 {
			return Date{}, 0, fmt.Errorf("%q: time of day out of range", s)
		}
		if p == Hour && m != 0 {
			return Date{}, 0, fmt.Errorf("%q: hour precision cannot have minutes", s)
		}
		return d, int16(h*60 + m), nil
	case Day:
		d, err := ParseDate(s)
		return d, 0, err
	case Week:
		if len(s) != 8 || s[4] != '-' || s[5] != 'W' {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-Www for week precision", s)
		}
		y, ok1 := atoiFixed(s[:4])
		wk, ok2 := atoiFixed(s[6:])
		if !ok1 || !ok2 || wk < 1 || wk > isoWeeksIn(y) {
			return Date{}, 0, fmt.Errorf("%q: no such ISO week", s)
		}
		return isoWeekStart(y, wk), 0, nil
	case Month:
		if len(s) != 7 || s[4] != '-' {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-MM for month precision", s)
		}
		y, ok1 := atoiFixed(s[:4])
		m, ok2 := atoiFixed(s[5:])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-MM for month precision", s)
		}
		return DateOf(y, time.Month(m), 1), 0, nil
	case Year:
		y, ok := atoiFixed(s)
		if !ok || len(s) != 4 {
			return Date{}, 0, fmt.Errorf("%q: want YYYY for year precision", s)
		}
		return DateOf(y, 1, 1), 0, nil
	}
	return Date{}, 0, fmt.Errorf("unknown precision %s", p)
}

// isoWeeksIn returns 52 or 53: a year has 53 ISO weeks when 28 December
// falls in week 53.
func isoWeeksIn(y int) int {
	_, w := DateOf(y, 12, 28).In(time.UTC).ISOWeek()
	return w
}

// String returns w in a compact ISO 8601-like form for logs and tests:
// "2025-11-18T19:00[Europe/Moscow]", "2025-12-05~3d", "2025-12-05/2025-12-07",
// "<2025-11-18" (before), ">2025-11-18" (after), or "" for the zero When.
func (w When) String() string {
	if w.IsZero() {
		return ""
	}
	var b strings.Builder
	switch w.bound {
	case BeforeBound:
		b.WriteByte('<')
	case AfterBound:
		b.WriteByte('>')
	}
	b.WriteString(w.formatPoint(w.start, w.startMin))
	if w.IsSpan() {
		b.WriteByte('/')
		b.WriteString(w.formatPoint(w.end, w.endMin))
	}
	if w.approx != 0 {
		fmt.Fprintf(&b, "~%dd", w.approx)
	}
	if w.zone != "" {
		fmt.Fprintf(&b, "[%s]", w.zone)
	}
	return b.String()
}
