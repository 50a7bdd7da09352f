package ical

import (
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// This file holds the words the encoder adds to SUMMARY, DESCRIPTION and
// CATEGORIES, in Hindi and English. Decode recognises them to take them off
// again, so each is a pure function of the event.

var hindiMonths = [...]string{"", "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"}

// day formats d as "5 दिसंबर 2025" or "5 December 2025".
func day(d timeline.Date, lang timeline.Lang) string {
	return strconv.Itoa(d.Day()) + " " + month(d.Month(), lang) + " " + strconv.Itoa(d.Year())
}

func month(m time.Month, lang timeline.Lang) string {
	if lang == timeline.Hindi {
		return hindiMonths[m]
	}
	return m.String()
}

type kindLabel struct{ hi, en string }

var kindLabels = map[timeline.Kind]kindLabel{
	timeline.BilateralMeeting:    {"द्विपक्षीय बैठक", "Bilateral meeting"},
	timeline.Summit:              {"शिखर सम्मेलन", "Summit"},
	timeline.MultilateralMeeting: {"बहुपक्षीय बैठक", "Multilateral meeting"},
	timeline.Visit:               {"यात्रा", "Visit"},
	timeline.SidelineMeeting:     {"सम्मेलन से इतर बैठक", "Sideline meeting"},
	timeline.PhoneCall:           {"फ़ोन वार्ता", "Phone call"},
	timeline.Statement:           {"वक्तव्य", "Statement"},
}

// kindCategory returns the CATEGORIES value for k: its name in lang, or an
// "x-" extension as it is.
func kindCategory(k timeline.Kind, lang timeline.Lang) string {
	l, ok := kindLabels[k]
	switch {
	case !ok:
		return string(k)
	case lang == timeline.Hindi:
		return l.hi
	}
	return l.en
}

// kindFromCategory is the inverse of kindCategory, in either language.
func kindFromCategory(s string) (timeline.Kind, bool) {
	for _, k := range timeline.Kinds {
		if l := kindLabels[k]; l.hi == s || l.en == s {
			return k, true
		}
	}
	if k := timeline.Kind(s); len(s) > 2 && s[:2] == "x-" && k.Valid() {
		return k, true
	}
	return "", false
}

var statusWords = map[timeline.Status][2]string{
	timeline.Proposed:    {"प्रस्तावित", "proposed"},
	timeline.Announced:   {"घोषित", "announced"},
	timeline.Confirmed:   {"पुष्ट", "confirmed"},
	timeline.Held:        {"संपन्न", "held"},
	timeline.Postponed:   {"स्थगित", "postponed"},
	timeline.Rescheduled: {"पुनर्निर्धारित", "rescheduled"},
	timeline.Cancelled:   {"रद्द", "cancelled"},
}

func pick(lang timeline.Lang, hi, en string) string {
	if lang == timeline.Hindi {
		return hi
	}
	return en
}

// fuzzy reports whether w is shown as something other than its own date:
// approximate, coarser than a day, or only a bound.
func fuzzy(w timeline.When) bool {
	return w.IsApprox() || w.Bound() != timeline.NoBound || w.Precision() > timeline.Day
}

// summarySuffix is what SUMMARY says after the title about a date that is
// not exact: " (लगभग)", " (November 2025, date not fixed)", " (before 18
// November 2025)"; "" for an exact date.
func summarySuffix(w timeline.When, lang timeline.Lang) string {
	switch w.Bound() {
	case timeline.BeforeBound:
		return pick(lang, " ("+day(w.Start(), lang)+" से पहले)", " (before "+day(w.Start(), lang)+")")
	case timeline.AfterBound:
		return pick(lang, " ("+day(w.Start(), lang)+" के बाद)", " (after "+day(w.Start(), lang)+")")
	}
	if w.IsApprox() {
		return pick(lang, " (लगभग)", " (approx.)")
	}
	if p := period(w, lang); p != "" {
		return " (" + p + pick(lang, ", तारीख तय नहीं)", ", date not fixed)")
	}
	return ""
}

// period names a week, month or year date ("नवंबर 2025", "week of 17
// November 2025"), or returns "" for finer dates.
func period(w timeline.When, lang timeline.Lang) string {
	s := w.Start()
	one := ""
	switch w.Precision() {
	case timeline.Week:
		one = pick(lang, day(s, lang)+" से शुरू सप्ताह", "week of "+day(s, lang))
	case timeline.Month:
		one = month(s.Month(), lang) + " " + strconv.Itoa(s.Year())
	case timeline.Year:
		one = strconv.Itoa(s.Year())
	default:
		return ""
	}
	if !w.IsSpan() {
		return one
	}
	last := ""
	switch w.Precision() {
	case timeline.Week:
		last = pick(lang, day(w.EndDay(), lang)+" से शुरू सप्ताह", "week of "+day(w.EndDay(), lang))
	case timeline.Month:
		last = month(w.EndDay().Month(), lang) + " " + strconv.Itoa(w.EndDay().Year())
	case timeline.Year:
		last = strconv.Itoa(w.EndDay().Year())
	}
	return one + " – " + last
}

// dateNote is the DESCRIPTION line about a date that is not exact, or "".
func dateNote(w timeline.When, lang timeline.Lang) string {
	switch w.Bound() {
	case timeline.BeforeBound:
		return pick(lang, "तारीख ज्ञात नहीं: "+day(w.Start(), lang)+" से पहले।", "Date not known: before "+day(w.Start(), lang)+".")
	case timeline.AfterBound:
		return pick(lang, "तारीख ज्ञात नहीं: "+day(w.Start(), lang)+" के बाद।", "Date not known: after "+day(w.Start(), lang)+".")
	}
	if w.IsApprox() {
		from, to := w.Window()
		last := to.AddDays(-1)
		return pick(lang,
			"तारीख अनुमानित: "+day(from, lang)+" से "+day(last, lang)+" के बीच।",
			"Date approximate: between "+day(from, lang)+" and "+day(last, lang)+".")
	}
	if p := period(w, lang); p != "" {
		return pick(lang, "तारीख तय नहीं: "+p+" में किसी दिन।", "Date not fixed: some day in "+p+".")
	}
	return ""
}

// statusNote is the DESCRIPTION line about the event's status with the
// reason the source gave, or "" when the history is empty.
func statusNote(e *timeline.Event, lang timeline.Lang) string {
	if len(e.History) == 0 {
		return ""
	}
	last := e.History[len(e.History)-1]
	w, ok := statusWords[last.Status]
	if !ok {
		return ""
	}
	s := pick(lang, "स्थिति: "+w[0], "Status: "+w[1])
	if n := oneLine(last.Note.In(lang)); n != "" {
		s += " — " + n
	}
	return s
}

// sourcesNote lists the sources as "स्रोत: TASS (https://tass.com/); …".
func sourcesNote(e *timeline.Event, lang timeline.Lang) string {
	if len(e.Sources) == 0 {
		return ""
	}
	s := pick(lang, "स्रोत: ", "Sources: ")
	for i, src := range e.Sources {
		if i > 0 {
			s += "; "
		}
		s += oneLine(src.Outlet)
		if src.URL != "" {
			s += " (" + oneLine(src.URL) + ")"
		}
	}
	return s
}

// oneLine puts s on one line, as parameter values are (see
// appendParamValue), so that a note built from a decoded event is the note
// that was written.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
}

// notes is what the encoder appends to DESCRIPTION, after a blank line:
// one line per note, without trailing blanks.
func notes(e *timeline.Event, lang timeline.Lang) string {
	s := ""
	for _, n := range [...]string{dateNote(e.When, lang), statusNote(e, lang), sourcesNote(e, lang)} {
		n = strings.TrimRight(n, " \t")
		if n == "" {
			continue
		}
		if s != "" {
			s += "\n"
		}
		s += n
	}
	return s
}
