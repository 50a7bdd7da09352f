// Package phrase writes the dates of a timeline as Hindi and English
// newsrooms write them: "18 नवंबर 2025", "5 दिसंबर 2025 के आसपास (±2 दिन)",
// "दिसंबर 2025", "18 November 2025 से पहले" / "before 18 November 2025", and
// times at the venue with their zone. Every output of the module (Markdown,
// TimelineJS, change logs, lint messages) writes dates through it, so a
// date reads the same everywhere. Hindi month and weekday names come from
// package hindidate, English ones from github.com/goodsign/monday.
package phrase

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/goodsign/monday"
	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Style says how [Date] writes a date.
type Style struct {
	// Lang is Hindi ("" or [Hindi]) or [English].
	Lang timeline.Lang
	// Digits chooses Latin (the default) or Devanagari digits in Hindi;
	// English always uses Latin digits.
	Digits hindidate.Digits
	// Weekday adds the weekday to a single, exact day:
	// "18 नवंबर 2025, मंगलवार", "Tuesday, 18 November 2025".
	Weekday bool
	// Window adds the width of an approximation: "(±2 दिन)", "(±2 days)".
	Window bool
	// Clock adds the time of a timed When at the venue, with its zone and
	// offset: "18 नवंबर 2025, शाम 7:00 बजे (Europe/Moscow, UTC+3)".
	Clock bool
}

// Date writes w as a newsroom writes a date, day first in both languages:
// "18 नवंबर 2025", "5–7 दिसंबर 2025", "5 दिसंबर 2025 के आसपास", "दिसंबर 2025",
// "17–23 नवंबर 2025 का सप्ताह", "18 नवंबर 2025 से पहले"; in English
// "18 November 2025", "around 5 December 2025", "before 18 November 2025".
// A timed When is written as its days only unless style.Clock asks for the
// venue's clock. The zero When is "तारीख तय नहीं" / "date not known".
func Date(w date.When, style Style) string {
	d := NewWriter(style.Lang, style.Digits)
	if style.Clock && w.IsTimed() {
		if s, ok := d.timed(w, style.Weekday); ok {
			return s
		}
	}
	return d.When(w, style.Weekday, style.Window)
}

// timed writes a timed When at its venue, as the Markdown timeline does:
// "18 नवंबर 2025, शाम 7:00 बजे (Europe/Moscow, UTC+3)". It fails only for
// a zone that cannot be loaded, which Validate rejects.
func (d Writer) timed(w date.When, weekday bool) (string, bool) {
	start, err := w.StartTime()
	if err != nil {
		return "", false
	}
	var end time.Time
	if w.IsSpan() {
		if end, err = w.EndTime(); err != nil {
			return "", false
		}
	}
	layout := "2 January 2006"
	if weekday {
		layout = d.words.dayWeekdayLayout
	}
	s := d.Day(d.clockDay(start), layout) + ", " + d.Times(start, end, start, w.Precision() == date.Hour)
	return s + " (" + w.Zone() + ", " + d.UTCOffset(start) + ")", true
}

// dateWords are the words of dates in one language.
type dateWords struct {
	noDate, dayWeekdayLayout string
	week, weeks              string
	around, day, days        string
	before, after            string
	windowSuffix             string
	timeRange                string
}

var hindiDateWords = dateWords{
	noDate: "तारीख तय नहीं", dayWeekdayLayout: "2 January 2006, Monday",
	week: "%s का सप्ताह", weeks: "%s के सप्ताह",
	around: "%s के आसपास", day: "दिन", days: "दिन",
	before: "%s से पहले", after: "%s के बाद",
	windowSuffix: " (±%s %s)",
	timeRange:    "%s से %s तक",
}

var englishDateWords = dateWords{
	noDate: "date not known", dayWeekdayLayout: "Monday, 2 January 2006",
	week: "the week of %s", weeks: "the weeks of %s",
	around: "around %s", day: "day", days: "days",
	before: "before %s", after: "after %s",
	windowSuffix: " (±%s %s)",
	timeRange:    "%s to %s",
}

// Writer writes dates, times and numbers in one language and digit system,
// for outputs that lay out dates themselves (the Markdown timeline writes
// a timed event at the venue and in its readers' zone). The zero Writer
// is not ready for use; get one from [NewWriter]. A Writer is a small
// value, safe for concurrent use.
type Writer struct {
	lang   timeline.Lang
	digits hindidate.Digits
	words  *dateWords
}

// NewWriter returns a Writer for lang, Hindi (also for "") or English, with
// Latin or Devanagari digits in Hindi; English always uses Latin digits.
func NewWriter(lang timeline.Lang, digits hindidate.Digits) Writer {
	if lang == timeline.English {
		return Writer{lang: timeline.English, digits: hindidate.LatinDigits, words: &englishDateWords}
	}
	return Writer{lang: timeline.Hindi, digits: digits, words: &hindiDateWords}
}

// Lang returns the language d writes in.
func (d Writer) Lang() timeline.Lang { return d.lang }

// NoDate returns the words for a missing date: "तारीख तय नहीं", "date not known".
func (d Writer) NoDate() string { return d.words.noDate }

// Number writes n with d's digits.
func (d Writer) Number(n int) string {
	return localDigits(strconv.Itoa(n), d.digits)
}

// localDigits rewrites the ASCII digits of s as Devanagari digits if d asks
// for them.
func localDigits(s string, d hindidate.Digits) string {
	if d != hindidate.DevanagariDigits {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = '०' + (c - '0')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Day writes the day with a Go reference layout ("2 January 2006"), with
// Hindi or English month and weekday names. Noon keeps the day whatever the
// layout asks of the clock.
func (d Writer) Day(day date.Date, layout string) string {
	return d.formatTime(time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.UTC), layout)
}

// formatTime writes t with a Go reference layout: Hindi names and digits
// from hindidate, English from monday.
func (d Writer) formatTime(t time.Time, layout string) string {
	if d.lang == timeline.Hindi {
		return hindidate.FormatWith(t, layout, hindidate.FormatOptions{Digits: d.digits})
	}
	return monday.Format(t, layout, monday.LocaleEnGB)
}

// When writes w as [Date] does without the clock: with weekday, the weekday
// of a single exact day; with window, the width of an approximation.
func (d Writer) When(w date.When, weekday, window bool) string {
	words := d.words
	if w.IsZero() {
		return words.noDate
	}
	start, end := w.Start(), w.EndDay()
	var s string
	switch w.Precision() {
	case date.Minute, date.Hour, date.Day:
		switch {
		case w.IsSpan() && end != start:
			s = d.dayRange(start, end)
		case weekday && w.Bound() == date.NoBound && !w.IsApprox():
			s = d.Day(start, words.dayWeekdayLayout)
		default:
			s = d.Day(start, "2 January 2006")
		}
	case date.Week:
		last := start.AddDays(6)
		if w.IsSpan() {
			last = end.AddDays(6)
		}
		if w.IsSpan() && end != start {
			s = fmt.Sprintf(words.weeks, d.dayRange(start, last))
		} else {
			s = fmt.Sprintf(words.week, d.dayRange(start, last))
		}
	case date.Month:
		switch {
		case !w.IsSpan() || end == start:
			s = d.Day(start, "January 2006")
		case end.Year() == start.Year():
			s = d.Day(start, "January") + "–" + d.Day(end, "January 2006")
		default:
			s = d.Day(start, "January 2006") + " – " + d.Day(end, "January 2006")
		}
	case date.Year:
		s = d.Number(start.Year())
		if w.IsSpan() && end.Year() != start.Year() {
			s += "–" + d.Number(end.Year())
		}
	default:
		s = w.String()
	}
	if n := w.Approx(); n > 0 {
		s = fmt.Sprintf(words.around, s)
		if window {
			unit := words.days
			if n == 1 {
				unit = words.day
			}
			s += fmt.Sprintf(words.windowSuffix, d.Number(n), unit)
		}
	}
	switch w.Bound() {
	case date.BeforeBound:
		s = fmt.Sprintf(words.before, s)
	case date.AfterBound:
		s = fmt.Sprintf(words.after, s)
	}
	return s
}

// dayRange writes the inclusive range of days a..b: "5–7 दिसंबर 2025",
// "30 नवंबर – 2 दिसंबर 2025", "30 दिसंबर 2025 – 2 जनवरी 2026".
func (d Writer) dayRange(a, b date.Date) string {
	switch {
	case a == b:
		return d.Day(a, "2 January 2006")
	case a.Year() == b.Year() && a.Month() == b.Month():
		return d.Day(a, "2") + "–" + d.Day(b, "2 January 2006")
	case a.Year() == b.Year():
		return d.Day(a, "2 January") + " – " + d.Day(b, "2 January 2006")
	}
	return d.Day(a, "2 January 2006") + " – " + d.Day(b, "2 January 2006")
}

// Times writes the time a, or the range a to b when b is not zero, with
// the date and weekday unless they are those of ref: "शाम 7:00 बजे",
// "19 नवंबर 2025, बुधवार, रात 12:30 बजे". With hourOnly a whole hour has
// no minutes ("शाम 7 बजे").
func (d Writer) Times(a, b, ref time.Time, hourOnly bool) string {
	s := d.clock(a, hourOnly)
	if ref.IsZero() || d.clockDay(a) != d.clockDay(ref) {
		s = d.Day(d.clockDay(a), d.words.dayWeekdayLayout) + ", " + s
	}
	if b.IsZero() {
		return s
	}
	e := d.clock(b, hourOnly)
	if d.clockDay(b) != d.clockDay(a) {
		e = d.Day(d.clockDay(b), d.words.dayWeekdayLayout) + ", " + e
	}
	return fmt.Sprintf(d.words.timeRange, s, e)
}

// clockDay is the day to print next to the clock of t. In Hindi a time
// between 00:00 and 00:59 is "रात 12:30" of the night that began the day
// before (as hindidate writes and reads it), so that day is printed:
// 00:30 on 20 November reads "19 नवंबर 2025, बुधवार, रात 12:30 बजे".
func (d Writer) clockDay(t time.Time) date.Date {
	day := date.FromTime(t)
	if d.lang == timeline.Hindi && t.Hour() == 0 {
		return day.AddDays(-1)
	}
	return day
}

// clock writes a time of day: "शाम 7:00 बजे" or "7:00 pm"; with hourOnly,
// "शाम 7 बजे" or "7 pm".
func (d Writer) clock(t time.Time, hourOnly bool) string {
	layout := "3:04"
	if hourOnly && t.Minute() == 0 {
		layout = "3"
	}
	if d.lang == timeline.Hindi {
		return d.formatTime(t, "PM "+layout+" बजे")
	}
	return d.formatTime(t, layout+" pm")
}

// UTCOffset writes the offset of t's zone at t: "UTC+3", "UTC+5:30", "UTC".
func (d Writer) UTCOffset(t time.Time) string {
	_, off := t.Zone()
	if off == 0 {
		return "UTC"
	}
	sign := "+"
	if off < 0 {
		sign, off = "−", -off
	}
	s := strconv.Itoa(off / 3600)
	if m := off % 3600 / 60; m != 0 {
		s += fmt.Sprintf(":%02d", m)
	}
	return "UTC" + sign + localDigits(s, d.digits)
}
