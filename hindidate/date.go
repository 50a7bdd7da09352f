package hindidate

import (
	"strconv"
	"time"
)

// Granularity is the precision of a [Date]: the unit its Start and End are
// rounded to. The zero value is not a valid granularity; it is what the zero
// [Date] carries.
type Granularity uint8

// The granularities a [Date] can have, from finest to coarsest.
const (
	Minute Granularity = iota + 1
	Hour
	Day
	Week
	Month
	Year
)

var granularityNames = [...]string{"minute", "hour", "day", "week", "month", "year"}

// String returns the lowercase English name of the granularity ("minute",
// "hour", "day", "week", "month", "year"). Out-of-range values print as
// "%!Granularity(42)", as [time.Month.String] does.
func (g Granularity) String() string {
	if g >= Minute && g <= Year {
		return granularityNames[g-1]
	}
	return "%!Granularity(" + strconv.Itoa(int(g)) + ")"
}

// Date is the meaning of one Hindi date expression: the half-open range of
// time [Start, End) that it names, with its precision and qualifiers.
//
// "18 नवंबर 2025" is [18 Nov 2025 00:00, 19 Nov 2025 00:00) with granularity
// [Day]; "दिसंबर 2025" is the whole month; "5 से 7 दिसंबर" ends on 8 December
// 00:00. Start and End are in the reference time's location unless the text
// names a zone ("मॉस्को समयानुसार").
//
// When the text allows two readings that the context does not settle (कल
// without a tense cue is yesterday or tomorrow; "5 बजे" is 05:00 or 17:00;
// in FindAll, "5 मई को फैसला हुआ" written in November is nearest to next May
// but its verb points to last May), Ambiguous is true, Start and End hold the first reading and AltStart and
// AltEnd hold the other one; see [Date.Alternative]. Otherwise AltStart and
// AltEnd are zero.
//
// Date is a small value type; pass it by value. The zero Date has zero times
// and Granularity 0.
type Date struct {
	Start, End  time.Time
	Granularity Granularity
	// Approximate reports that the text hedged the date ("के आसपास",
	// "लगभग", "करीब", "तकरीबन") or that the date is approximate by its
	// nature: an offset in weeks, months or years ("तीन साल पहले"), an
	// Islamic festival (±1 day), either of two months ("जून या जुलाई
	// में"), the beginning, middle or end of a decade or century.
	Approximate bool
	// Ambiguous reports that the expression has a second reading,
	// [AltStart, AltEnd), which the text did not rule out.
	Ambiguous        bool
	AltStart, AltEnd time.Time
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool {
	return d.Start.IsZero() && d.End.IsZero() && d.Granularity == 0
}

// Alternative returns the second reading of an ambiguous date, with the same
// granularity and approximation, and true. For an unambiguous date it returns
// the zero Date and false.
func (d Date) Alternative() (Date, bool) {
	if !d.Ambiguous {
		return Date{}, false
	}
	return Date{
		Start:       d.AltStart,
		End:         d.AltEnd,
		Granularity: d.Granularity,
		Approximate: d.Approximate,
		Ambiguous:   true,
		AltStart:    d.Start,
		AltEnd:      d.End,
	}, true
}

// String returns a compact description of d for logs and tests, such as
// "2025-11-18T00:00:00+05:30/2025-11-19T00:00:00+05:30 day" followed by
// " approximate" and " ambiguous(alt …/…)" when those apply. The format is
// meant for people and may change.
func (d Date) String() string {
	const layout = "2006-01-02T15:04:05Z07:00"
	b := make([]byte, 0, 64)
	b = d.Start.AppendFormat(b, layout)
	b = append(b, '/')
	b = d.End.AppendFormat(b, layout)
	b = append(b, ' ')
	b = append(b, d.Granularity.String()...)
	if d.Approximate {
		b = append(b, " approximate"...)
	}
	if d.Ambiguous {
		b = append(b, " ambiguous(alt "...)
		b = d.AltStart.AppendFormat(b, layout)
		b = append(b, '/')
		b = d.AltEnd.AppendFormat(b, layout)
		b = append(b, ')')
	}
	return string(b)
}

// Match is one date expression found by [FindAll]: its byte span in the
// searched text and its meaning. Text is always text[Start:End].
type Match struct {
	Start, End int
	Text       string
	Date       Date
	// Weekday describes the weekday written next to the date, as in
	// "मंगलवार (18 नवंबर 2025)" or "18 नवंबर, बुधवार", and is nil when the
	// expression has none (a bare weekday, "मंगलवार को", is the Date
	// itself).
	Weekday *WeekdayNote
}

// WeekdayNote is a weekday written next to a one-day date in a [Match],
// with the two readings of the expression: by its day and month, and by
// its weekday. When they agree both are the match's day.
type WeekdayNote struct {
	// Start and End are the byte span of the weekday's name in the text.
	Start, End int
	// Weekday is the day the name says.
	Weekday time.Weekday
	// Contradicts reports that the date does not fall on Weekday and no
	// year near the reference time reconciles them: "गुरुवार (18 नवंबर
	// 2025)", a Tuesday. The match's Date is then ByDate, the date as
	// its numbers say; [Parse] refuses such an expression.
	Contradicts bool
	// ByDate is the day the day, month and year name, with the year as
	// written or, when none is, the one nearest the reference time.
	ByDate Date
	// ByWeekday is the day the weekday supports: ByDate when they agree;
	// the same day and month in another year when no year was written and
	// the weekday chose it ("शुक्रवार, 20 नवंबर" written in November 2025
	// is 20 November 2026, the match's Date); and for a contradiction the
	// day nearest ByDate that falls on Weekday (Thursday 20 November
	// 2025 for the example above). It is a whole day, without the time
	// of day the expression may give.
	ByWeekday Date
}
