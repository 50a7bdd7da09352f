// Package lint checks a timeline the way an editor would: weekdays that
// do not match their dates, statuses left stale, times without a venue
// zone, a confirmation on one outlet's word, sources or languages that
// disagree, parts outside their parent, unchecked drafts, and change logs
// that break the calendar SEQUENCE rule. A finding is a question to an
// editor, in Hindi and English, never a verdict.
package lint

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// Finding is one editorial problem that [Check] found: something a reader
// would catch as an error, though the timeline is well formed.
type Finding struct {
	// Path locates the problem, as in [timeline.Problem]: "events[3].description.hi".
	Path string
	// Code names the check, one of the constants below ("weekday"), so that
	// a newsroom can filter findings or allow one in CI.
	Code string
	// Message says what is wrong, in Hindi and in English.
	Message timeline.Text
}

// String returns the finding as "path: code: English message".
func (f Finding) String() string {
	return f.Path + ": " + f.Code + ": " + f.Message.In(timeline.English)
}

// The codes of the findings [Check] reports.
const (
	// Weekday reports a weekday printed next to a date that falls on
	// another weekday ("गुरुवार (18 नवंबर 2025)": that is a Tuesday).
	Weekday = "weekday"
	// Stale reports a proposed or announced event whose date window
	// has passed (as of Options.AsOf) with no later status.
	Stale = "stale-status"
	// NoVenueZone reports an event with a time of day but no
	// Place.TimeZone.
	NoVenueZone = "no-venue-zone"
	// ZoneMismatch reports a time of day in another zone than the
	// venue's.
	ZoneMismatch = "zone-mismatch"
	// SingleSource reports an event marked confirmed on the word of
	// one outlet.
	SingleSource = "single-source-confirmed"
	// SourcesConflict reports two sources, quoted by their
	// attributions in the description, that give different dates.
	SourcesConflict = "sources-conflict"
	// OutsideParent reports an event that is part of another (a
	// sideline meeting of a summit) but falls outside its parent's dates.
	OutsideParent = "outside-parent"
	// LangDate reports Hindi and English texts that name different
	// dates.
	LangDate = "hi-en-date"
	// LangStatus reports Hindi and English texts that suggest
	// different statuses ("प्रस्तावित" against "held").
	LangStatus = "hi-en-status"
	// Draft reports a machine-made draft no editor has checked yet.
	Draft = "draft"
	// Untitled reports an event whose title is the placeholder of one
	// that has none (timeline.UntitledHi, timeline.UntitledEn: a calendar
	// entry without SUMMARY, read by ical) or only blanks.
	Untitled = "untitled"
	// Unrecorded is reported by [LintChanges], never by Lint: an
	// event was re-dated or its status changed without a new history
	// entry, so its Revision (the iCalendar SEQUENCE) did not move, or its
	// history was rewritten.
	Unrecorded = "unrecorded-change"
)

// Options configures [Check]. The zero value runs every check that does
// not need a date.
type Options struct {
	// AsOf is the day the timeline is read on: the stale-status check
	// reports events whose window ended before it, and statuses and sources
	// reported after it are ignored. Zero skips the stale-status check; Lint
	// never reads the clock.
	AsOf date.Date
}

// Check reports editorial problems in t, each with the path of the event
// field it concerns and a message in Hindi and English:
//
//   - a weekday printed next to a date it does not fall on ([Weekday]);
//   - a proposed or announced event whose date window ended before
//     o.AsOf with no later status ([Stale]);
//   - a timed event without a venue time zone, or in another zone than its
//     venue ([NoVenueZone], [ZoneMismatch]);
//   - a confirmed event with sources from one outlet only ([SingleSource]);
//   - sources that give conflicting dates ([SourcesConflict]): the
//     model keeps one date per event, so Lint reads the dates in the
//     description's sentences that carry a source's attribution
//     ("TASS के अनुसार … 18 नवंबर");
//   - an event outside the dates of the event it is part of ([OutsideParent]);
//   - Hindi and English texts that name different dates or suggest
//     different statuses ([LangDate], [LangStatus]);
//   - an unchecked draft ([Draft]);
//   - an event without a real title ([Untitled]).
//
// Dates in texts are found as a day and a month name, in either order,
// with an optional year, in Hindi (Devanagari or ASCII digits) or English,
// and ranges of days ("5 से 7 दिसंबर", "December 5-7") count at both ends;
// a missing year is the one that puts the date nearest the event's. The
// same small finder reads both languages, so that they are compared alike. The
// status words are a short fixed list (प्रस्तावित, स्थगित, "postponed", …).
// Both are deliberately simple: Lint is a reviewer's aid, and a finding is
// a question to an editor, not a verdict.
//
// Check never changes t. Findings come in event order, then in the order of
// the list above; the same timeline always gives the same findings.
func Check(t *timeline.Timeline, opts *Options) []Finding {
	var o Options
	if opts != nil {
		o = *opts
	}
	var out []Finding
	for i := range t.Events {
		e := &t.Events[i]
		path := fmt.Sprintf("events[%d]", i)
		add := func(field, code string, hi, en string) {
			p := path
			if field != "" {
				p += "." + field
			}
			out = append(out, Finding{Path: p, Code: code, Message: timeline.Text{Hi: hi, En: en}})
		}
		checkWeekdays(e, add)
		checkStale(e, o.AsOf, add)
		checkZone(e, add)
		checkSingleSource(e, o.AsOf, add)
		checkSourcesConflict(e, add)
		checkParent(t, e, add)
		checkLanguages(e, add)
		if e.Draft != nil {
			add("draft", Draft,
				"यह मशीन से बना मसौदा है; संपादक इसे जाँचे और draft हटाए",
				"machine-made draft: an editor must check it and remove the draft mark")
		}
		if t := e.Title; t.Hi == timeline.UntitledHi || t.En == timeline.UntitledEn || strings.TrimSpace(t.Hi+t.En) == "" {
			add("title", Untitled,
				"इस घटना का कोई शीर्षक नहीं है; संपादक शीर्षक दे",
				"the event has no title: an editor must give it one")
		}
	}
	return out
}

type addFunc func(field, code, hi, en string)

// texts lists the texts of e that Lint reads, with their paths.
func texts(e *timeline.Event) []struct {
	field string
	lang  timeline.Lang
	text  string
} {
	type ft = struct {
		field string
		lang  timeline.Lang
		text  string
	}
	return []ft{
		{"title.hi", timeline.Hindi, e.Title.Hi},
		{"title.en", timeline.English, e.Title.En},
		{"description.hi", timeline.Hindi, e.Description.Hi},
		{"description.en", timeline.English, e.Description.En},
	}
}

func checkWeekdays(e *timeline.Event, add addFunc) {
	near := e.When.Start()
	for _, tx := range texts(e) {
		toks := tokenize(tx.text)
		for _, d := range findDates(toks, near) {
			if d.weekday < 0 || d.date.Weekday() == d.weekdayValue() {
				continue
			}
			add(tx.field, Weekday,
				fmt.Sprintf("पाठ में %s लिखा है, पर %s %s को पड़ता है", hiWeekdays[d.weekday], formatDate(d.date, timeline.Hindi), hiWeekdays[d.date.Weekday()]),
				fmt.Sprintf("the text says %s, but %s is a %s", enWeekdays[d.weekday], formatDate(d.date, timeline.English), d.date.Weekday()))
		}
	}
}

// statusAsOf returns e's status as known on day asOf (zero: now).
func statusAsOf(e *timeline.Event, asOf date.Date) (timeline.Status, date.Date) {
	var s timeline.Status
	var on date.Date
	for _, h := range e.History {
		if !asOf.IsZero() && h.On.After(asOf) {
			break
		}
		s, on = h.Status, h.On
	}
	return s, on
}

func checkStale(e *timeline.Event, asOf date.Date, add addFunc) {
	if asOf.IsZero() || e.When.IsZero() {
		return
	}
	s, on := statusAsOf(e, asOf)
	if s != timeline.Proposed && s != timeline.Announced {
		return
	}
	_, end := e.When.Window()
	if end.IsZero() || end.After(asOf) {
		return
	}
	last := end.AddDays(-1)
	add("history", Stale,
		fmt.Sprintf("%s तक स्थिति अब भी \"%s\" (%s से) है, जबकि तारीख की अवधि %s को बीत गई; नई स्थिति (हुई, स्थगित, रद्द…) दर्ज करें", formatDate(asOf, timeline.Hindi), s.Label(timeline.Hindi), formatDate(on, timeline.Hindi), formatDate(last, timeline.Hindi)),
		fmt.Sprintf("as of %s the status is still %q (since %s), but the date window ended on %s; record what happened (held, postponed, cancelled…)", asOf, s, on, last))
}

func checkZone(e *timeline.Event, add addFunc) {
	if !e.When.IsTimed() {
		return
	}
	switch {
	case e.Place.TimeZone == "":
		add("place.timezone", NoVenueZone,
			fmt.Sprintf("समय (%s) दिया है, पर आयोजन स्थल का समय क्षेत्र नहीं", e.When),
			fmt.Sprintf("the event has a time of day (%s) but no venue time zone", e.When))
	case e.When.Zone() != e.Place.TimeZone:
		add("when.zone", ZoneMismatch,
			fmt.Sprintf("समय %s क्षेत्र में है, पर आयोजन स्थल %s में है", e.When.Zone(), e.Place.TimeZone),
			fmt.Sprintf("the time is in zone %s but the venue is in %s", e.When.Zone(), e.Place.TimeZone))
	}
}

func checkSingleSource(e *timeline.Event, asOf date.Date, add addFunc) {
	if s, _ := statusAsOf(e, asOf); s != timeline.Confirmed {
		return
	}
	var outlets []string
	for _, s := range e.Sources {
		if asOf.IsZero() || s.Reported.IsZero() || !s.Reported.After(asOf) {
			name := strings.TrimSpace(s.Outlet)
			if !slices.ContainsFunc(outlets, func(o string) bool { return strings.EqualFold(o, name) }) {
				outlets = append(outlets, name)
			}
		}
	}
	if len(outlets) >= 2 {
		return
	}
	who := "—"
	if len(outlets) == 1 {
		who = outlets[0]
	}
	add("history", SingleSource,
		fmt.Sprintf("\"पुष्ट\" लिखा है, पर केवल एक स्रोत (%s) है; दूसरे स्वतंत्र स्रोत से पुष्टि करें", who),
		fmt.Sprintf("marked confirmed on the word of one outlet (%s); confirm it with a second, independent source", who))
}

// checkSourcesConflict finds, for each source with an attribution, the
// sentences of the description that carry the attribution and the dates in
// them, and reports two sources whose dates never agree.
func checkSourcesConflict(e *timeline.Event, add addFunc) {
	near := e.When.Start()
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		desc, field := e.Description.Hi, "description.hi"
		if lang == timeline.English {
			desc, field = e.Description.En, "description.en"
		}
		if desc == "" {
			continue
		}
		type claim struct {
			src   string
			dates []date.Date
		}
		var claims []claim
		for _, s := range e.Sources {
			attr := s.Attribution.Hi
			if lang == timeline.English {
				attr = s.Attribution.En
			}
			if attr == "" {
				continue
			}
			var dates []date.Date
			for _, sent := range sentences(desc) {
				if !strings.Contains(strings.ToLower(sent), strings.ToLower(attr)) {
					continue
				}
				for _, d := range findDates(tokenize(sent), near) {
					dates = append(dates, d.date)
				}
			}
			if len(dates) > 0 {
				claims = append(claims, claim{s.ID, dates})
			}
		}
		for i := 0; i < len(claims); i++ {
			for j := i + 1; j < len(claims); j++ {
				if datesMeet(claims[i].dates, claims[j].dates) {
					continue
				}
				a, b := claims[i], claims[j]
				add(field, SourcesConflict,
					fmt.Sprintf("स्रोत %q तारीख %s बताता है, स्रोत %q %s", a.src, formatDates(a.dates, timeline.Hindi), b.src, formatDates(b.dates, timeline.Hindi)),
					fmt.Sprintf("source %q gives %s, source %q gives %s", a.src, formatDates(a.dates, timeline.English), b.src, formatDates(b.dates, timeline.English)))
			}
		}
	}
}

func datesMeet(a, b []date.Date) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func checkParent(t *timeline.Timeline, e *timeline.Event, add addFunc) {
	if e.PartOf == "" || e.When.IsZero() {
		return
	}
	parent := t.Event(e.PartOf)
	if parent == nil || parent.When.IsZero() {
		return
	}
	cs, ce := e.When.Days()
	ps, pe := parent.When.Window()
	if cs.IsZero() || ce.IsZero() {
		return // a bound says too little to be outside anything
	}
	if (ps.IsZero() || !cs.Before(ps)) && (pe.IsZero() || !ce.After(pe)) {
		return
	}
	add("when", OutsideParent,
		fmt.Sprintf("यह %q का हिस्सा है, पर इसकी तारीख (%s) उसकी तारीखों (%s) से बाहर है", e.PartOf, e.When, parent.When),
		fmt.Sprintf("part of %q, but its date (%s) is outside the parent's dates (%s)", e.PartOf, e.When, parent.When))
}

func checkLanguages(e *timeline.Event, add addFunc) {
	near := e.When.Start()
	hiText := e.Title.Hi + "\n" + e.Description.Hi
	enText := e.Title.En + "\n" + e.Description.En
	if e.Title.Hi == "" && e.Description.Hi == "" || e.Title.En == "" && e.Description.En == "" {
		return
	}
	hiDates := dateSet(findDates(tokenize(hiText), near))
	enDates := dateSet(findDates(tokenize(enText), near))
	if len(hiDates) > 0 && len(enDates) > 0 && !sameDates(hiDates, enDates) {
		add("description", LangDate,
			fmt.Sprintf("हिंदी पाठ में तारीख %s है, अंग्रेज़ी में %s", formatDates(hiDates, timeline.Hindi), formatDates(enDates, timeline.Hindi)),
			fmt.Sprintf("the Hindi text gives %s, the English text %s", formatDates(hiDates, timeline.English), formatDates(enDates, timeline.English)))
	}
	hiStatus := statusWords(tokenize(hiText))
	enStatus := statusWords(tokenize(enText))
	if len(hiStatus) > 0 && len(enStatus) > 0 && !statusesMeet(hiStatus, enStatus) {
		add("description", LangStatus,
			fmt.Sprintf("हिंदी पाठ से स्थिति %s लगती है, अंग्रेज़ी से %s", joinStatuses(hiStatus, timeline.Hindi), joinStatuses(enStatus, timeline.Hindi)),
			fmt.Sprintf("the Hindi text suggests %s, the English text %s", joinStatuses(hiStatus, timeline.English), joinStatuses(enStatus, timeline.English)))
	}
}

func dateSet(ds []textDate) []date.Date {
	var out []date.Date
	for _, d := range ds {
		if !datesMeet(out, []date.Date{d.date}) {
			out = append(out, d.date)
		}
	}
	return out
}

func sameDates(a, b []date.Date) bool {
	for _, x := range a {
		if !datesMeet(b, []date.Date{x}) {
			return false
		}
	}
	for _, y := range b {
		if !datesMeet(a, []date.Date{y}) {
			return false
		}
	}
	return true
}

func statusesMeet(a, b []timeline.Status) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func joinStatuses(ss []timeline.Status, lang timeline.Lang) string {
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = "\"" + s.Label(lang) + "\""
	}
	return strings.Join(names, ", ")
}

func formatDates(ds []date.Date, lang timeline.Lang) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = formatDate(d, lang)
	}
	return strings.Join(parts, ", ")
}

// formatDate writes d as a reader does: "18 नवंबर 2025", "18 November 2025".
func formatDate(d date.Date, lang timeline.Lang) string {
	if d.IsZero() {
		return ""
	}
	return phrase.NewWriter(lang, hindidate.LatinDigits).Day(d, "2 January 2006")
}

// token is one word or number of a text, with its byte span.
type token struct {
	start, end int
	text       string
}

// tokenize splits s into runs of letters, marks and digits (a
// Devanagari word keeps its vowel signs), dropping spaces and punctuation.
func tokenize(s string) []token {
	var toks []token
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, token{start, i, s[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{start, len(s), s[start:]})
	}
	return toks
}

// sentences splits s at sentence ends: the danda, ? ! ; and newlines,
// and a full stop after a word of three letters or more (so that "S."
// and "Dr." do not end a sentence).
func sentences(s string) []string {
	var out []string
	start, wordRunes := 0, 0
	for i, r := range s {
		end := false
		switch r {
		case '।', '?', '!', ';', '\n':
			end = true
		case '.':
			end = wordRunes > 2
		}
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			wordRunes++
		} else {
			wordRunes = 0
		}
		if end {
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

// textDate is a date found in a text: tokens [first, last] of it, and
// the weekday printed next to it (-1 if none).
type textDate struct {
	first, last int
	date        date.Date
	weekday     int
}

func (d textDate) weekdayValue() time.Weekday { return time.Weekday(d.weekday) }

// findDates finds "18 नवंबर 2025", "18 November", "November 18, 2025"
// and the ranges "5 से 7 दिसंबर", "4 और 5 दिसंबर", "5–7 December",
// "December 5-7" (both ends) in toks. A missing year is the one nearest
// near; with a zero near such dates are skipped.
func findDates(toks []token, near date.Date) []textDate {
	var out []textDate
	day := func(i int) (int, bool) {
		if i < 0 || i >= len(toks) {
			return 0, false
		}
		d, ok := number(toks[i].text, true)
		return d, ok && d >= 1 && d <= 31
	}
	for i := 0; i < len(toks); i++ {
		var days []int
		var month time.Month
		first, last := i, i
		if d, ok := day(i); ok && i+1 < len(toks) {
			if m, ok := monthOf(toks[i+1].text); ok {
				days, month, last = []int{d}, m, i+1
				// "5 से 7 दिसंबर", "5–7 December": the range's first day.
				if d0, ok := day(i - 1); ok {
					days, first = append(days, d0), i-1
				} else if d0, ok := day(i - 2); ok && rangeWords[strings.ToLower(toks[i-1].text)] {
					days, first = append(days, d0), i-2
				}
			}
		}
		if days == nil && i+1 < len(toks) {
			if m, ok := monthOf(toks[i].text); ok {
				if d, ok := day(i + 1); ok {
					days, month, last = []int{d}, m, i+1
					// "December 5-7", "December 5 to 7"
					if d2, ok := day(i + 2); ok {
						days, last = append(days, d2), i+2
					} else if d2, ok := day(i + 3); ok && rangeWords[strings.ToLower(toks[i+2].text)] {
						days, last = append(days, d2), i+3
					}
				}
			}
		}
		if days == nil {
			continue
		}
		year := 0
		if last+1 < len(toks) {
			if y, ok := number(toks[last+1].text, false); ok && y >= 1900 && y <= 2200 {
				year, last = y, last+1
			}
		}
		if year == 0 && near.IsZero() {
			continue
		}
		wd := -1
		if first > 0 {
			wd = weekdayWord(toks[first-1].text)
		}
		if wd < 0 && last+1 < len(toks) {
			wd = weekdayWord(toks[last+1].text)
		}
		if len(days) > 1 {
			wd = -1 // a weekday next to a range names neither end for sure
		}
		for _, d := range days {
			date, ok := resolve(year, month, d, near)
			if ok {
				out = append(out, textDate{first: first, last: last, date: date, weekday: wd})
			}
		}
		i = last
	}
	return out
}

// rangeWords join the two days of a range.
var rangeWords = map[string]bool{"से": true, "और": true, "व": true, "to": true, "and": true, "till": true, "until": true}

// resolve returns day d of month in year, or with year 0 in the year
// that puts it nearest near; ok is false for a day the month lacks.
func resolve(year int, month time.Month, d int, near date.Date) (date.Date, bool) {
	var found date.Date
	if year != 0 {
		found = date.Of(year, month, d)
	} else {
		best := -1
		for y := near.Year() - 1; y <= near.Year()+1; y++ {
			c := date.Of(y, month, d)
			dist := abs(dayNumber(c) - dayNumber(near))
			if best < 0 || dist < best {
				best, found = dist, c
			}
		}
	}
	return found, found.Day() == d // 31 नवंबर is not a day
}

func dayNumber(d date.Date) int { return int(d.In(time.UTC).Unix() / 86400) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// number reads ASCII or Devanagari digits; with ordinal, an English
// ordinal suffix ("5th") is allowed.
func number(s string, ordinal bool) (int, bool) {
	if ordinal {
		l := strings.ToLower(s)
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasSuffix(l, suf) && len(l) > 2 {
				s = s[:len(s)-2]
				break
			}
		}
	}
	n, digits := 0, 0
	for _, r := range s {
		var v int
		switch {
		case r >= '0' && r <= '9':
			v = int(r - '0')
		case r >= '०' && r <= '९':
			v = int(r - '०')
		default:
			return 0, false
		}
		digits++
		if digits > 4 {
			return 0, false
		}
		n = n*10 + v
	}
	return n, digits > 0
}

// hiMonths lists the Hindi month names, the usual spelling first.
var hiMonths = [12][]string{
	{"जनवरी"},
	{"फ़रवरी", "फरवरी", "\u095eरवरी"},
	{"मार्च"},
	{"अप्रैल", "अप्रेल"},
	{"मई"},
	{"जून"},
	{"जुलाई"},
	{"अगस्त"},
	{"सितंबर", "सितम्बर"},
	{"अक्टूबर", "अक्तूबर"},
	{"नवंबर", "नवम्बर"},
	{"दिसंबर", "दिसम्बर"},
}

// monthsByName maps the month names of both languages, and English
// abbreviations, in lower case, to their months.
var monthsByName = func() map[string]time.Month {
	m := map[string]time.Month{"sept": time.September}
	for i, names := range hiMonths {
		for _, n := range names {
			m[n] = time.Month(i + 1)
		}
	}
	for mo := time.January; mo <= time.December; mo++ {
		full := strings.ToLower(mo.String())
		m[full], m[full[:3]] = mo, mo
	}
	return m
}()

func monthOf(s string) (time.Month, bool) {
	m, ok := monthsByName[lower(s)]
	return m, ok
}

// lower lower-cases Latin words; Devanagari has no case, and
// strings.ToLower would copy it for nothing.
func lower(s string) string {
	if s != "" && s[0] < utf8.RuneSelf {
		return strings.ToLower(s)
	}
	return s
}

var hiWeekdays = [7]string{"रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"}

var enWeekdays = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// weekdayWord returns the weekday s names, or -1.
func weekdayWord(s string) int {
	switch s {
	case "बृहस्पतिवार", "वीरवार":
		return int(time.Thursday)
	}
	for i, n := range hiWeekdays {
		if s == n || strings.EqualFold(s, enWeekdays[i]) {
			return i
		}
	}
	return -1
}

// statusWord maps words that state a status plainly. Verbs that only
// suggest one (की, हुई as in चर्चा हुई) are left out on purpose, except
// the English "held" and "met", which do say the event took place.
var statusWord = map[string]timeline.Status{
	"प्रस्तावित": timeline.Proposed, "संभावित": timeline.Proposed, "proposed": timeline.Proposed, "tentative": timeline.Proposed, "tentatively": timeline.Proposed,
	"घोषणा": timeline.Announced, "घोषित": timeline.Announced, "announced": timeline.Announced,
	"पुष्टि": timeline.Confirmed, "confirmed": timeline.Confirmed,
	"संपन्न": timeline.Held, "held": timeline.Held, "met": timeline.Held,
	"स्थगित": timeline.Postponed, "postponed": timeline.Postponed, "deferred": timeline.Postponed,
	"रद्द": timeline.Cancelled, "cancelled": timeline.Cancelled, "canceled": timeline.Cancelled,
	"rescheduled": timeline.Rescheduled,
}

// statusWords returns the statuses the words of toks state, each
// once, in order. "will be held" is a plan, not a report, and is skipped.
func statusWords(toks []token) []timeline.Status {
	var out []timeline.Status
	for i, t := range toks {
		s, ok := statusWord[lower(t.text)]
		if !ok {
			continue
		}
		if s == timeline.Held && i > 0 && strings.EqualFold(toks[i-1].text, "be") {
			continue
		}
		if !statusesMeet(out, []timeline.Status{s}) {
			out = append(out, s)
		}
	}
	return out
}
