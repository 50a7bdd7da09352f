package draft

import (
	"fmt"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// ApproxDays is how many days either side of its day an approximate day
// ("5 दिसंबर के आसपास") is taken to fall. The article does not say; two
// days is the newsroom's usual reading, and every draft that uses it says
// so in its notes.
const ApproxDays = 2

// WhenOf converts a date found by [hindidate.FindAll] into an honest
// [date.When] of the same precision, and says in notes what it had to
// guess or drop:
//
//   - a day is [date.OnDay], or [date.AroundDay] with [ApproxDays]
//     when the text hedged it; several days are a span ([date.When.Until]);
//   - a week is [date.WeekOf] when it runs Monday to Sunday, and a span
//     of days otherwise ("मार्च के पहले सप्ताह", 1 to 7 March); a month [date.InMonth], a year
//     [date.InYear], spans again with Until;
//   - a part of the day that runs past midnight ("रात", "देर रात") is
//     the day it starts on, the day the writer names, with the hours in a
//     note;
//   - an hour or a minute is [date.AtHour] or [date.AtClock] in the
//     zone of the date's location: the reference time's zone, or the one
//     the text named. A location that is not an IANA zone (a fixed offset)
//     cannot carry a time of day, so the date is kept as a day and the note
//     says the time was dropped;
//   - days and longer carry that zone too, as where the day was counted;
//   - only a day can be approximate in the model: an approximate week,
//     month or year is kept whole, with a note;
//   - an ambiguous date keeps its first reading, with the other in a note.
//
// The result always passes [date.When.Check]; the zero Date gives the
// zero When.
func WhenOf(d hindidate.Date) (w date.When, notes []string) {
	if d.IsZero() || d.Start.IsZero() || !d.End.After(d.Start) {
		return date.When{}, []string{"no date"}
	}
	zone := d.Start.Location().String()
	if _, err := date.LoadZone(zone); err != nil {
		zone = ""
	}
	first := date.FromTime(d.Start)
	lastEnd := d.End.In(d.Start.Location())
	last := date.FromTime(lastEnd.Add(-time.Nanosecond)) // End is exclusive
	// A span that cannot be made is noted below and the first day kept.
	var spanErr error
	until := func(a, b date.When) date.When {
		s, err := a.Until(b)
		if err != nil {
			spanErr = err
			return a
		}
		return s
	}

	switch d.Granularity {
	case hindidate.Minute, hindidate.Hour:
		if zone == "" {
			notes = append(notes, fmt.Sprintf("time of day %s dropped: the dateline's zone %q is not an IANA zone", d.Start.Format("15:04"), d.Start.Location()))
			w = dayWhen(first, last, d.Approximate, &notes, until)
			break
		}
		at := func(t time.Time) date.When {
			t = t.In(d.Start.Location())
			if d.Granularity == hindidate.Hour {
				return date.AtHour(date.FromTime(t), t.Hour(), zone)
			}
			return date.AtClock(date.FromTime(t), t.Hour(), t.Minute(), zone)
		}
		w = at(d.Start)
		unit := time.Minute
		if d.Granularity == hindidate.Hour {
			unit = time.Hour
		}
		if d.Granularity == hindidate.Hour && d.End.Sub(d.Start) > time.Hour && last == first.AddDays(1) {
			// "रविवार देर रात": a part of the day that runs past midnight
			// is of the day the writer names, not of two days.
			w = dayWhen(first, first, d.Approximate, &notes, until)
			notes = append(notes, fmt.Sprintf("a part of the day read as %s–%s, past midnight: kept as the day it starts", d.Start.Format("15:04"), lastEnd.Format("15:04")))
			break
		}
		if d.End.Sub(d.Start) > unit {
			w = until(w, at(d.End))
			notes = append(notes, fmt.Sprintf("read as %s–%s", d.Start.Format("15:04"), lastEnd.Format("15:04")))
		}
		if d.Approximate {
			notes = append(notes, "the time is approximate; kept as given")
		}
	case hindidate.Day:
		w = dayWhen(first, last, d.Approximate, &notes, until)
	case hindidate.Week:
		days := int(d.End.Sub(d.Start).Round(time.Hour).Hours()+12) / 24
		if first.Weekday() != time.Monday || days%7 != 0 {
			// "मार्च के पहले सप्ताह": seven days that are not an ISO week.
			w = until(date.OnDay(first), date.OnDay(last))
			notes = append(notes, fmt.Sprintf("a week from %s to %s, not a Monday-to-Sunday week: kept as those days", first, last))
			break
		}
		w = date.WeekOf(first)
		if wl := date.WeekOf(last); wl.Start() != w.Start() {
			w = until(w, wl)
		}
	case hindidate.Month:
		w = date.InMonth(first.Year(), first.Month())
		if last.Year() != first.Year() || last.Month() != first.Month() {
			w = until(w, date.InMonth(last.Year(), last.Month()))
		}
	case hindidate.Year:
		w = date.InYear(first.Year())
		if last.Year() != first.Year() {
			w = until(w, date.InYear(last.Year()))
		}
	default:
		return date.When{}, []string{fmt.Sprintf("unknown granularity %v", d.Granularity)}
	}
	if d.Approximate && (d.Granularity == hindidate.Week || d.Granularity == hindidate.Month || d.Granularity == hindidate.Year) {
		notes = append(notes, fmt.Sprintf("approximate %s kept as the whole %s", d.Granularity, d.Granularity))
	}
	if zone != "" && !w.IsTimed() {
		w = w.WithZone(zone)
	}
	if alt, ok := d.Alternative(); ok {
		notes = append(notes, fmt.Sprintf("ambiguous: could also be %s", describeRange(alt)))
	}
	err := spanErr
	if err == nil {
		err = w.Check()
	}
	if err != nil {
		notes = append(notes, fmt.Sprintf("could not keep the date as found (%v); kept the first day", err))
		w = date.OnDay(first)
		if zone != "" {
			w = w.WithZone(zone)
		}
	}
	return w, notes
}

func dayWhen(first, last date.Date, approx bool, notes *[]string, until func(a, b date.When) date.When) date.When {
	w := date.OnDay(first)
	if approx {
		w = date.AroundDay(first, ApproxDays)
		*notes = append(*notes, fmt.Sprintf("approximate: taken as ±%d days", ApproxDays))
	}
	if last.After(first) {
		w = until(w, date.OnDay(last))
	}
	return w
}

// describeRange writes the other reading of an ambiguous date.
func describeRange(d hindidate.Date) string {
	switch d.Granularity {
	case hindidate.Minute, hindidate.Hour:
		return d.Start.Format("2006-01-02 15:04")
	}
	first := date.FromTime(d.Start)
	last := date.FromTime(d.End.In(d.Start.Location()).Add(-time.Nanosecond))
	if first == last {
		return first.String()
	}
	return first.String() + " to " + last.String()
}

// roundOffset widens an offset counted in months or years ("आठ महीने
// पहले", "दो साल बाद") from the day hindidate counts to the month or the
// year: the writer rounded, and "around 28 June 2018" would claim a day
// the text never gave. Offsets in days, weeks or decades are left as
// found.
func roundOffset(m hindidate.Match) hindidate.Match {
	d := m.Date
	if !d.Approximate || d.Granularity != hindidate.Day || d.End.Sub(d.Start) > 36*time.Hour || d.Ambiguous {
		return m
	}
	f := strings.Fields(m.Text)
	if len(f) < 3 {
		return m
	}
	switch f[len(f)-1] {
	case "पहले", "पूर्व", "बाद":
	default:
		return m
	}
	unit := hindidate.Day
	for _, w := range f {
		switch w {
		case "महीने", "महीना", "महीनों", "माह":
			unit = hindidate.Month
		case "साल", "सालों", "वर्ष", "वर्षों", "बरस":
			if unit != hindidate.Month {
				unit = hindidate.Year
			}
		case "दिन", "दिनों", "हफ्ते", "हफ्तों", "सप्ताह", "सप्ताहों", "पखवाड़े", "दशक", "दशकों":
			// "1 साल 3 हफ्ते बाद": counted to a finer unit than a month;
			// "दो दशक पहले" is no one year.
			return m
		}
	}
	t := d.Start
	switch unit {
	case hindidate.Month:
		d.Start = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
		d.End = d.Start.AddDate(0, 1, 0)
	case hindidate.Year:
		d.Start = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, t.Location())
		d.End = d.Start.AddDate(1, 0, 0)
	default:
		return m
	}
	d.Granularity = unit
	m.Date = d
	return m
}

// yearsEnd reads "इस साल के अंत में", "2020 के आखिर में" as about
// December: hindidate takes a year's end as its last four months, but a
// writer who means autumn says so, and editors date the end of a year by
// its last month. The match stays approximate, so the draft notes it. Not
// "साल के अंत से पहले/पूर्व" (before the end of the year), whose bound is
// the whole part, nor the end of a month ("दिसंबर के अंत", its last days).
func yearsEnd(text string, m hindidate.Match) hindidate.Match {
	d := m.Date
	if d.Granularity != hindidate.Month || !d.End.Equal(time.Date(d.Start.Year()+1, time.January, 1, 0, 0, 0, 0, d.Start.Location())) {
		return m
	}
	f := strings.Fields(m.Text)
	if len(f) == 0 {
		return m
	}
	switch f[len(f)-1] {
	case "अंत", "अन्त", "आखिर", "आख़िर":
	default:
		return m
	}
	if rest := strings.Fields(text[m.End:min(len(text), m.End+40)]); len(rest) >= 2 && (rest[0] == "से" || rest[0] == "के") && (rest[1] == "पहले" || rest[1] == "पूर्व") {
		return m
	}
	d.Start = time.Date(d.Start.Year(), time.December, 1, 0, 0, 0, 0, d.Start.Location())
	d.Approximate = true
	m.Date = d
	return m
}
