package hindidate

import (
	"strings"
	"time"
)

// Digits selects the digits [FormatWith] writes.
type Digits uint8

const (
	// LatinDigits writes 0-9. It is the zero value.
	LatinDigits Digits = iota
	// DevanagariDigits writes ०-९.
	DevanagariDigits
)

// FormatOptions adjusts [FormatWith]. The zero value writes Latin digits.
type FormatOptions struct {
	Digits Digits
}

// Format returns a textual representation of t in Hindi, laid out as
// [time.Time.Format] lays it out, with Latin digits. It is
// FormatWith(t, layout, FormatOptions{}).
func Format(t time.Time, layout string) string {
	return FormatWith(t, layout, FormatOptions{})
}

// FormatWith returns a textual representation of t in Hindi. The layout uses
// the reference-time elements of [time.Time.Format] ("2", "02", "January",
// "Jan", "Monday", "Mon", "2006", "15", "3", "04", "PM" …) with these
// differences:
//
//   - "January" and "Jan" write the standard Hindi month name ([MonthName]:
//     नवंबर, दिसंबर, सितंबर, अक्टूबर, फ़रवरी with nukta); Hindi newsrooms
//     do not abbreviate months, so "Jan" writes the full name too.
//   - "Monday" and "Mon" write the Hindi weekday ([WeekdayName]: मंगलवार).
//   - "PM" and "pm" write the part of the day, as Hindi puts it before a
//     12-hour time: सुबह (04:00-11:59), दोपहर (12:00-15:59), शाम
//     (16:00-19:59), रात (20:00-03:59). So "PM 3 बजे" writes "शाम 5 बजे",
//     which [Parse] reads back. Hindi counts 00:00-00:59 as रात 12 of the
//     night before, so when t's hour is 0 and the layout has "PM" or "pm",
//     every date element (day, month, year, weekday) is written from the
//     previous day: 21 November 00:30 with "2 January PM 3:04 बजे" gives
//     "20 नवंबर रात 12:30 बजे", which Parse reads back as 21 November
//     00:30 (रात 12 is the midnight that ends the written day).
//   - With [DevanagariDigits], every ASCII digit the layout produces is
//     written as a Devanagari digit.
//
// Any other text in the layout, such as Devanagari words, passes through
// unchanged: "2 January 2006, Monday" gives "18 नवंबर 2025, मंगलवार".
func FormatWith(t time.Time, layout string, opts FormatOptions) string {
	if t.Hour() == 0 && (strings.Contains(layout, "PM") || strings.Contains(layout, "pm")) {
		// रात 12:MM of the night that began the day before.
		y, m, d := t.Date()
		t = time.Date(y, m, d-1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	}
	var b strings.Builder
	b.Grow(len(layout) * 3)
	chunk := 0 // start of the layout text not yet written
	flush := func(end int) {
		if end > chunk {
			writeDigits(&b, t.Format(layout[chunk:end]), opts.Digits)
		}
	}
	for i := 0; i < len(layout); {
		name, n := "", 0
		switch c := layout[i]; {
		case c == 'J' && strings.HasPrefix(layout[i:], "January"):
			name, n = MonthName(t.Month()), 7
		case c == 'J' && strings.HasPrefix(layout[i:], "Jan") && !lowerAt(layout, i+3):
			name, n = MonthName(t.Month()), 3
		case c == 'M' && strings.HasPrefix(layout[i:], "Monday"):
			name, n = WeekdayName(t.Weekday()), 6
		case c == 'M' && strings.HasPrefix(layout[i:], "Mon") && !lowerAt(layout, i+3):
			name, n = WeekdayName(t.Weekday()), 3
		case (c == 'P' || c == 'p') && (strings.HasPrefix(layout[i:], "PM") || strings.HasPrefix(layout[i:], "pm")):
			name, n = partName(t.Hour()), 2
		}
		if n == 0 {
			i++
			continue
		}
		flush(i)
		b.WriteString(name)
		i += n
		chunk = i
	}
	flush(len(layout))
	return b.String()
}

// lowerAt reports whether s[i] is a lowercase ASCII letter, as the time
// package tests after "Jan" and "Mon".
func lowerAt(s string, i int) bool {
	return i < len(s) && s[i] >= 'a' && s[i] <= 'z'
}

// partName returns the Hindi part of the day for hour h.
func partName(h int) string {
	switch {
	case h >= 4 && h < 12:
		return "सुबह"
	case h >= 12 && h < 16:
		return "दोपहर"
	case h >= 16 && h < 20:
		return "शाम"
	}
	return "रात"
}

func writeDigits(b *strings.Builder, s string, d Digits) {
	if d != DevanagariDigits {
		b.WriteString(s)
		return
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			b.WriteRune('०' + rune(c-'0'))
		} else {
			b.WriteByte(c)
		}
	}
}
