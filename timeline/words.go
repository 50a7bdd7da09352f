package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/goodsign/monday"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/samayrekha/samayrekha/hindidate"
)

// This file holds the words every human-facing output shares (Markdown,
// TimelineJS, iCalendar, lint messages, change logs), so that a kind, a
// status or a date reads the same everywhere.

var kindWords = map[Kind]Text{
	BilateralMeeting:    {Hi: "द्विपक्षीय बैठक", En: "bilateral meeting"},
	Summit:              {Hi: "शिखर सम्मेलन", En: "summit"},
	MultilateralMeeting: {Hi: "बहुपक्षीय बैठक", En: "multilateral meeting"},
	Visit:               {Hi: "यात्रा", En: "visit"},
	SidelineMeeting:     {Hi: "इतर बैठक", En: "meeting on the sidelines"},
	PhoneCall:           {Hi: "फ़ोन वार्ता", En: "phone call"},
	Statement:           {Hi: "बयान", En: "statement"},
}

// Label returns k in words in lang: "द्विपक्षीय बैठक", "bilateral meeting".
// A newsroom's own "x-" kind reads as its name: "x-press-briefing" is
// "press briefing".
func (k Kind) Label(lang Lang) string {
	if t, ok := kindWords[k]; ok {
		return t.In(lang)
	}
	return strings.NewReplacer("-", " ", "_", " ").Replace(strings.TrimPrefix(string(k), "x-"))
}

// label looks a value up in one of the word tables; a value the table does
// not know reads as itself.
func label[K ~string](words map[K]Text, k K, lang Lang) string {
	if t, ok := words[k]; ok {
		return t.In(lang)
	}
	return string(k)
}

var statusWords = map[Status]Text{
	Proposed:    {Hi: "प्रस्तावित", En: "proposed"},
	Announced:   {Hi: "घोषित", En: "announced"},
	Confirmed:   {Hi: "पुष्ट", En: "confirmed"},
	Held:        {Hi: "संपन्न", En: "held"},
	Postponed:   {Hi: "स्थगित", En: "postponed"},
	Rescheduled: {Hi: "पुनर्निर्धारित", En: "rescheduled"},
	Cancelled:   {Hi: "रद्द", En: "cancelled"},
}

// Label returns s in words in lang: "प्रस्तावित", "proposed". An unknown
// status reads as itself.
func (s Status) Label(lang Lang) string { return label(statusWords, s, lang) }

var roleWords = map[Role]Text{
	Host:     {Hi: "मेज़बान", En: "host"},
	Guest:    {Hi: "अतिथि", En: "guest"},
	Chair:    {Hi: "अध्यक्ष", En: "chair"},
	Attendee: {Hi: "प्रतिभागी", En: "attendee"},
}

// Label returns r in words in lang: "मेज़बान", "host". An unknown role reads
// as itself.
func (r Role) Label(lang Lang) string { return label(roleWords, r, lang) }

// DateStyle says how [When.Phrase] writes a date.
type DateStyle struct {
	// Lang is Hindi ("" or [Hindi]) or [English].
	Lang Lang
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

// Phrase writes w as a newsroom writes a date, day first in both languages:
// "18 नवंबर 2025", "5–7 दिसंबर 2025", "5 दिसंबर 2025 के आसपास", "दिसंबर 2025",
// "17–23 नवंबर 2025 का सप्ताह", "18 नवंबर 2025 से पहले"; in English
// "18 November 2025", "around 5 December 2025", "before 18 November 2025".
// A timed When is written as its days only unless style.Clock asks for the
// venue's clock. The zero When is "तारीख तय नहीं" / "date not known".
func (w When) Phrase(style DateStyle) string {
	d := newDateWriter(style.Lang, style.Digits)
	if style.Clock && w.IsTimed() {
		if s, ok := d.timed(w, style.Weekday); ok {
			return s
		}
	}
	return d.phrase(w, style.Weekday, style.Window)
}

// timed writes a timed When at its venue, as the Markdown timeline does:
// "18 नवंबर 2025, शाम 7:00 बजे (Europe/Moscow, UTC+3)". It fails only for
// a zone that cannot be loaded, which Validate rejects.
func (d dateWriter) timed(w When, weekday bool) (string, bool) {
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
	s := d.format(d.clockDay(start), layout) + ", " + d.instantRange(start, end, start, w.Precision() == Hour)
	return s + " (" + w.Zone() + ", " + d.utcOffset(start) + ")", true
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

// dateWriter writes dates and numbers in one language and digit system.
type dateWriter struct {
	lang   Lang
	digits hindidate.Digits
	words  *dateWords
}

func newDateWriter(lang Lang, digits hindidate.Digits) dateWriter {
	if lang == English {
		return dateWriter{lang: English, digits: hindidate.LatinDigits, words: &englishDateWords}
	}
	return dateWriter{lang: Hindi, digits: digits, words: &hindiDateWords}
}

// num writes n with the chosen digits.
func (d dateWriter) num(n int) string {
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

// format writes the day with a Go reference layout. Noon keeps the day
// whatever the layout asks of the clock.
func (d dateWriter) format(day Date, layout string) string {
	return d.formatTime(time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.UTC), layout)
}

// formatTime writes t with a Go reference layout: Hindi names and digits
// from hindidate, English from monday.
func (d dateWriter) formatTime(t time.Time, layout string) string {
	if d.lang == Hindi {
		return hindidate.FormatWith(t, layout, hindidate.FormatOptions{Digits: d.digits})
	}
	return monday.Format(t, layout, monday.LocaleEnGB)
}

// phrase is [When.Phrase].
func (d dateWriter) phrase(w When, weekday, window bool) string {
	words := d.words
	if w.IsZero() {
		return words.noDate
	}
	start, end := w.Start(), w.EndDay()
	var s string
	switch w.Precision() {
	case Minute, Hour, Day:
		switch {
		case w.IsSpan() && end != start:
			s = d.dayRange(start, end)
		case weekday && w.Bound() == NoBound && !w.IsApprox():
			s = d.format(start, words.dayWeekdayLayout)
		default:
			s = d.format(start, "2 January 2006")
		}
	case Week:
		last := start.AddDays(6)
		if w.IsSpan() {
			last = end.AddDays(6)
		}
		if w.IsSpan() && end != start {
			s = fmt.Sprintf(words.weeks, d.dayRange(start, last))
		} else {
			s = fmt.Sprintf(words.week, d.dayRange(start, last))
		}
	case Month:
		switch {
		case !w.IsSpan() || end == start:
			s = d.format(start, "January 2006")
		case end.Year() == start.Year():
			s = d.format(start, "January") + "–" + d.format(end, "January 2006")
		default:
			s = d.format(start, "January 2006") + " – " + d.format(end, "January 2006")
		}
	case Year:
		s = d.num(start.Year())
		if w.IsSpan() && end.Year() != start.Year() {
			s += "–" + d.num(end.Year())
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
			s += fmt.Sprintf(words.windowSuffix, d.num(n), unit)
		}
	}
	switch w.Bound() {
	case BeforeBound:
		s = fmt.Sprintf(words.before, s)
	case AfterBound:
		s = fmt.Sprintf(words.after, s)
	}
	return s
}

// dayRange writes the inclusive range of days a..b: "5–7 दिसंबर 2025",
// "30 नवंबर – 2 दिसंबर 2025", "30 दिसंबर 2025 – 2 जनवरी 2026".
func (d dateWriter) dayRange(a, b Date) string {
	switch {
	case a == b:
		return d.format(a, "2 January 2006")
	case a.Year() == b.Year() && a.Month() == b.Month():
		return d.format(a, "2") + "–" + d.format(b, "2 January 2006")
	case a.Year() == b.Year():
		return d.format(a, "2 January") + " – " + d.format(b, "2 January 2006")
	}
	return d.format(a, "2 January 2006") + " – " + d.format(b, "2 January 2006")
}

// CountryName returns the name, in lang, of the country with the ISO 3166-1
// alpha-2 code ("IN" is "भारत" or "India"). The names are CLDR's, from
// golang.org/x/text; a code CLDR does not know is returned as it is.
func CountryName(code string, lang Lang) string {
	region, err := language.ParseRegion(code)
	if err != nil || !region.IsCountry() {
		return code
	}
	names := englishRegions
	if lang != English {
		names = hindiRegions
	}
	if name := names.Name(region); name != "" {
		return name
	}
	return code
}

var (
	hindiRegions   = display.Regions(language.Hindi)
	englishRegions = display.Regions(language.English)
)

// Label returns p as a reader writes a place, from the venue to the
// country: "सीनेट पैलेस, क्रेमलिन, मॉस्को, रूस", "Moscow, Russia", "भारत".
// It is "" for a place that names nothing.
func (p Place) Label(lang Lang) string {
	var parts []string
	for _, s := range []string{p.Venue.In(lang), p.City.In(lang)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if p.Country != "" {
		parts = append(parts, CountryName(p.Country, lang))
	}
	return strings.Join(parts, ", ")
}

// instantRange writes a time, or a range of times, with the date and weekday
// unless they are those of ref.
func (d dateWriter) instantRange(a, b, ref time.Time, hourOnly bool) string {
	s := d.clock(a, hourOnly)
	if ref.IsZero() || d.clockDay(a) != d.clockDay(ref) {
		s = d.format(d.clockDay(a), d.words.dayWeekdayLayout) + ", " + s
	}
	if b.IsZero() {
		return s
	}
	e := d.clock(b, hourOnly)
	if d.clockDay(b) != d.clockDay(a) {
		e = d.format(d.clockDay(b), d.words.dayWeekdayLayout) + ", " + e
	}
	return fmt.Sprintf(d.words.timeRange, s, e)
}

// clockDay is the day to print next to the clock of t. In Hindi a time
// between 00:00 and 00:59 is "रात 12:30" of the night that began the day
// before (as hindidate writes and reads it), so that day is printed:
// 00:30 on 20 November reads "19 नवंबर 2025, बुधवार, रात 12:30 बजे".
func (d dateWriter) clockDay(t time.Time) Date {
	day := DateFromTime(t)
	if d.lang == Hindi && t.Hour() == 0 {
		return day.AddDays(-1)
	}
	return day
}

// clock writes a time of day: "शाम 7:00 बजे" or "7:00 pm"; with hourOnly,
// "शाम 7 बजे" or "7 pm".
func (d dateWriter) clock(t time.Time, hourOnly bool) string {
	layout := "3:04"
	if hourOnly && t.Minute() == 0 {
		layout = "3"
	}
	if d.lang == Hindi {
		return d.formatTime(t, "PM "+layout+" बजे")
	}
	return d.formatTime(t, layout+" pm")
}

// utcOffset writes the offset of t's zone at t: "UTC+3", "UTC+5:30", "UTC".
func (d dateWriter) utcOffset(t time.Time) string {
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
