package ical

import (
	"slices"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// This file holds the words the encoder adds to SUMMARY, DESCRIPTION and
// CATEGORIES, in Hindi and English. Decode recognises them to take them off
// again, so each is a pure function of the event.

// day formats d as "5 दिसंबर 2025" or "5 December 2025", as every output
// of the library writes a day.
func day(d date.Date, lang timeline.Lang) string {
	return phrase.Date(date.OnDay(d), phrase.Style{Lang: lang})
}

// kindCategory returns the CATEGORIES value for k: its name in lang
// (timeline's shared words), or an "x-" extension as it is, so that
// kindFromCategory can read it back.
func kindCategory(k timeline.Kind, lang timeline.Lang) string {
	if !slices.Contains(timeline.Kinds, k) {
		return string(k)
	}
	return k.Label(lang)
}

// kindFromCategory is the inverse of kindCategory, in either language.
func kindFromCategory(s string) (timeline.Kind, bool) {
	for _, k := range timeline.Kinds {
		if k.Label(timeline.Hindi) == s || k.Label(timeline.English) == s {
			return k, true
		}
	}
	if k := timeline.Kind(s); len(s) > 2 && s[:2] == "x-" && k.Valid() {
		return k, true
	}
	return "", false
}

func pick(lang timeline.Lang, hi, en string) string {
	if lang == timeline.Hindi {
		return hi
	}
	return en
}

// fuzzy reports whether w is shown as something other than its own date:
// approximate, coarser than a day, or only a bound.
func fuzzy(w date.When) bool {
	return w.IsApprox() || w.Bound() != date.NoBound || w.Precision() > date.Day
}

// summarySuffix is what SUMMARY says after the title about a date that is
// not exact: " (लगभग)", " (November 2025, date not fixed)", " (before 18
// November 2025)"; "" for an exact date.
func summarySuffix(w date.When, lang timeline.Lang) string {
	switch w.Bound() {
	case date.BeforeBound:
		return pick(lang, " ("+day(w.Start(), lang)+" से पहले)", " (before "+day(w.Start(), lang)+")")
	case date.AfterBound:
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

// period names a week, month or year date ("नवंबर 2025", "the week of
// 17–23 November 2025"), or returns "" for finer dates.
func period(w date.When, lang timeline.Lang) string {
	if w.Precision() <= date.Day {
		return ""
	}
	return phrase.Date(w, phrase.Style{Lang: lang})
}

// dateNote is the DESCRIPTION line about a date that is not exact, or "".
func dateNote(w date.When, lang timeline.Lang) string {
	switch w.Bound() {
	case date.BeforeBound:
		return pick(lang, "तारीख ज्ञात नहीं: "+day(w.Start(), lang)+" से पहले।", "Date not known: before "+day(w.Start(), lang)+".")
	case date.AfterBound:
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
	if !last.Status.Valid() {
		return ""
	}
	s := pick(lang, "स्थिति: ", "Status: ") + last.Status.Label(lang)
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
