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

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
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
	// HeldEarly reports a draft "held" on a day before the event's own
	// date.
	HeldEarly = "held-before-date"
	// FarFromReport reports a draft dated more than [FarYears] years from
	// the day it was reported.
	FarFromReport = "far-from-report"
	// DuplicateDraft reports a draft that looks like an earlier draft of
	// the same event: the same kind, overlapping days and no country the
	// other lacks. Two drafts of the very same sentence span under
	// different titles were split by the drafter on purpose and are not
	// reported.
	DuplicateDraft = "duplicate-draft"
	// InferredDate reports a draft whose date was inferred from the text
	// around its sentence (Draft.DateInferred) and not yet checked.
	InferredDate = "inferred-date"
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
//   - a draft "held" on a day before its own date ([HeldEarly]), a
//     draft dated more than [FarYears] years from the day it was
//     reported ([FarFromReport]), a draft that looks like an earlier
//     draft of the same event ([DuplicateDraft]), and a draft whose date
//     was inferred and not yet checked ([InferredDate]);
//   - an unchecked draft ([Draft]);
//   - an event without a real title ([Untitled]).
//
// Hindi texts are read with [hindidate.FindAll], with the event's day as
// the reference time: a date with a day and a month ("18 नवंबर 2025",
// "१८ नवम्बर", "18/11/2025", "5 से 7 दिसंबर", with a time or a weekday)
// counts, a range at both ends; dates relative to the article's dateline
// (कल, अगले सप्ताह), which the event's day cannot resolve, and whole months
// do not. A weekday written next to such a date is checked through
// Match.Weekday. English texts are read by a small finder of their own
// (a day and an English month name in either order, "December 5-7",
// "Thursday, November 18"). A missing year is the one that puts the date
// nearest the event's. Status words are the status cues of samayrekha's
// Hindi language layer (प्रस्तावित, स्थगित, टल गई, रद्द, "postponed",
// "called off" …), negated ones left out. Both are deliberately simple:
// Lint is a reviewer's aid, and a finding is a question to an editor, not
// a verdict.
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
		checkHeldEarly(e, add)
		checkFar(e, add)
		checkDuplicateDrafts(t, i, add)
		checkInferred(e, add)
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
		for _, d := range findDates(tx.text, tx.lang, near) {
			if d.weekday < 0 || d.date.Weekday() == time.Weekday(d.weekday) {
				continue
			}
			wd := time.Weekday(d.weekday)
			add(tx.field, Weekday,
				fmt.Sprintf("पाठ में %s लिखा है, पर %s %s को पड़ता है", hindidate.WeekdayName(wd), formatDate(d.date, timeline.Hindi), hindidate.WeekdayName(d.date.Weekday())),
				fmt.Sprintf("the text says %s, but %s is a %s", wd, formatDate(d.date, timeline.English), d.date.Weekday()))
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
			for _, sp := range hindi.Sentences(desc) {
				sent := desc[sp.Start:sp.End]
				if !strings.Contains(strings.ToLower(sent), strings.ToLower(attr)) {
					continue
				}
				for _, d := range findDates(sent, lang, near) {
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
	hiDates := dateSet(findDates(hiText, timeline.Hindi, near))
	enDates := dateSet(findDates(enText, timeline.English, near))
	if len(hiDates) > 0 && len(enDates) > 0 && !sameDates(hiDates, enDates) {
		add("description", LangDate,
			fmt.Sprintf("हिंदी पाठ में तारीख %s है, अंग्रेज़ी में %s", formatDates(hiDates, timeline.Hindi), formatDates(enDates, timeline.Hindi)),
			fmt.Sprintf("the Hindi text gives %s, the English text %s", formatDates(hiDates, timeline.English), formatDates(enDates, timeline.English)))
	}
	hiStatus := statusWords(hiText)
	enStatus := statusWords(enText)
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

// textDate is a date found in a text, and the weekday printed next to
// it (-1 if none).
type textDate struct {
	date    date.Date
	weekday int
}

// findDates finds the dates of a day in text: in Hindi through
// hindidate.FindAll, in English with findEnglishDates. A missing year is
// the one nearest near; with a zero near such dates are skipped.
func findDates(text string, lang timeline.Lang, near date.Date) []textDate {
	if lang == timeline.English {
		return findEnglishDates(text, near)
	}
	ref := time.Date(near.Year(), near.Month(), near.Day(), 12, 0, 0, 0, time.UTC)
	var out []textDate
	for _, m := range hindidate.FindAll(text, ref) {
		if m.Date.Granularity > hindidate.Day || !namesDay(m.Text) {
			continue // a week, month or year; or a date relative to the dateline
		}
		if near.IsZero() && !hasYear(m.Text) {
			continue
		}
		first := date.FromTime(m.Date.Start)
		last := date.FromTime(m.Date.End.Add(-time.Nanosecond))
		wd := -1
		if w := m.Weekday; w != nil && first == last {
			// The reading by the day and month is the one to check: a
			// weekday that picked another year than the nearest one
			// disagrees with the event's year all the same.
			first, last = date.FromTime(w.ByDate.Start), date.FromTime(w.ByDate.Start)
			wd = int(w.Weekday)
		}
		out = append(out, textDate{first, wd})
		if last != first {
			out = append(out, textDate{last, -1}) // a range counts at both ends
		}
	}
	return out
}

// namesDay reports whether a date expression names its day itself: it
// has a month name ("18 नवंबर") or a year ("18/11/2025"), unlike कल or
// "अगले मंगलवार", which the event's day cannot resolve.
func namesDay(s string) bool {
	for _, t := range hindi.Tokens(s, 0, len(s)) {
		if t.Kind == hindi.Word {
			if _, ok := hindi.LookupMonth(t.Text(s)); ok {
				return true
			}
		}
		if t.Kind == hindi.Number && t.Digits == 4 {
			return true
		}
	}
	return false
}

// hasYear reports whether s holds a number of four digits.
func hasYear(s string) bool {
	for _, t := range hindi.Tokens(s, 0, len(s)) {
		if t.Kind == hindi.Number && t.Digits == 4 {
			return true
		}
	}
	return false
}

// englishToken is a word or number of an English text.
type englishToken struct {
	text  string
	num   int // a number's value, or -1
	digit int // a number's digits
}

// englishTokens returns the words and numbers of s, with an ordinal suffix
// ("5th") folded into its number.
func englishTokens(s string) []englishToken {
	var out []englishToken
	var prev hindi.Token
	for _, t := range hindi.Tokens(s, 0, len(s)) {
		switch t.Kind {
		case hindi.Number:
			out = append(out, englishToken{text: t.Text(s), num: t.Value, digit: int(t.Digits)})
		case hindi.Word:
			w := strings.ToLower(t.Text(s))
			if prev.Kind == hindi.Number && prev.End == t.Start && (w == "st" || w == "nd" || w == "rd" || w == "th") {
				break
			}
			out = append(out, englishToken{text: t.Text(s), num: -1})
		}
		prev = t
	}
	return out
}

// findEnglishDates finds "18 November 2025", "November 18, 2025",
// "Sept 3rd" and the ranges "5–7 December", "December 5-7", "December 5
// to 7" (both ends), with a weekday before or after ("Thursday, November
// 18"). Month and weekday names are the Hindi layer's English ones.
func findEnglishDates(s string, near date.Date) []textDate {
	toks := englishTokens(s)
	var out []textDate
	day := func(i int) (int, bool) {
		if i < 0 || i >= len(toks) || toks[i].num < 1 || toks[i].num > 31 || toks[i].digit > 2 {
			return 0, false
		}
		return toks[i].num, true
	}
	month := func(i int) (time.Month, bool) {
		if i < 0 || i >= len(toks) {
			return 0, false
		}
		m, ok := hindi.LookupMonth(toks[i].text)
		return m.Month, ok && m.Latin
	}
	for i := 0; i < len(toks); i++ {
		var days []int
		var mon time.Month
		first, last := i, i
		if d, ok := day(i); ok {
			if m, ok := month(i + 1); ok {
				days, mon, last = []int{d}, m, i+1
				// "5–7 December", "5 to 7 December": the range's first day.
				if d0, ok := day(i - 1); ok {
					days, first = append(days, d0), i-1
				} else if d0, ok := day(i - 2); ok && rangeWords[strings.ToLower(toks[i-1].text)] {
					days, first = append(days, d0), i-2
				}
			}
		}
		if days == nil {
			if m, ok := month(i); ok {
				if d, ok := day(i + 1); ok {
					days, mon, last = []int{d}, m, i+1
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
		if last+1 < len(toks) && toks[last+1].digit == 4 && toks[last+1].num >= 1900 && toks[last+1].num <= 2200 {
			year, last = toks[last+1].num, last+1
		}
		if year == 0 && near.IsZero() {
			continue
		}
		wd := -1
		if first > 0 {
			wd = englishWeekday(toks[first-1].text)
		}
		if wd < 0 && last+1 < len(toks) {
			wd = englishWeekday(toks[last+1].text)
		}
		if len(days) > 1 {
			wd = -1 // a weekday next to a range names neither end for sure
		}
		for _, d := range days {
			if found, ok := resolve(year, mon, d, near); ok {
				out = append(out, textDate{date: found, weekday: wd})
			}
		}
		i = last
	}
	return out
}

// rangeWords join the two days of an English range.
var rangeWords = map[string]bool{"to": true, "and": true, "till": true, "until": true}

// englishWeekday returns the weekday an English word names in full
// ("Thursday"), or -1.
func englishWeekday(s string) int {
	if wd, ok := hindi.LookupWeekday(s); ok && wd.Latin && !wd.Short {
		return int(wd.Weekday)
	}
	return -1
}

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
	return found, found.Day() == d // 31 November is not a day
}

func dayNumber(d date.Date) int { return int(d.In(time.UTC).Unix() / 86400) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cueStatus maps the Hindi layer's status cues to the model's statuses.
// "Planned" (तय, निर्धारित, "will be held") is no status of the model and
// contradicts nothing.
var cueStatus = map[hindi.Status]timeline.Status{
	hindi.Held: timeline.Held, hindi.Announced: timeline.Announced, hindi.Proposed: timeline.Proposed,
	hindi.Confirmed: timeline.Confirmed, hindi.Postponed: timeline.Postponed, hindi.Cancelled: timeline.Cancelled,
	hindi.Rescheduled: timeline.Rescheduled,
}

// statusWords returns the statuses the status cues of text state, each
// once, in order. Negated cues ("पुष्ट नहीं") state nothing.
func statusWords(text string) []timeline.Status {
	var out []timeline.Status
	for _, c := range hindi.StatusCues(text, 0, len(text)) {
		s, ok := cueStatus[c.Status]
		if !ok || c.Negated {
			continue
		}
		if !statusesMeet(out, []timeline.Status{s}) {
			out = append(out, s)
		}
	}
	return out
}
