package timeline

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Finding is one editorial problem that [Lint] found: something a reader
// would catch as an error, though the timeline is well formed.
type Finding struct {
	// Path locates the problem, as in [Problem]: "events[3].description.hi".
	Path string
	// Code names the check, one of the Lint… constants ("weekday"), so that
	// a newsroom can filter findings or allow one in CI.
	Code string
	// Message says what is wrong, in Hindi and in English.
	Message Text
}

// String returns the finding as "path: code: English message".
func (f Finding) String() string {
	return f.Path + ": " + f.Code + ": " + f.Message.In(English)
}

// The codes of the findings [Lint] reports.
const (
	// LintWeekday reports a weekday printed next to a date that falls on
	// another weekday ("गुरुवार (18 नवंबर 2025)": that is a Tuesday).
	LintWeekday = "weekday"
	// LintStale reports a proposed or announced event whose date window
	// has passed (as of LintOptions.AsOf) with no later status.
	LintStale = "stale-status"
	// LintNoVenueZone reports an event with a time of day but no
	// Place.TimeZone.
	LintNoVenueZone = "no-venue-zone"
	// LintZoneMismatch reports a time of day in another zone than the
	// venue's.
	LintZoneMismatch = "zone-mismatch"
	// LintSingleSource reports an event marked confirmed on the word of
	// one outlet.
	LintSingleSource = "single-source-confirmed"
	// LintSourcesConflict reports two sources, quoted by their
	// attributions in the description, that give different dates.
	LintSourcesConflict = "sources-conflict"
	// LintOutsideParent reports an event that is part of another (a
	// sideline meeting of a summit) but falls outside its parent's dates.
	LintOutsideParent = "outside-parent"
	// LintLangDate reports Hindi and English texts that name different
	// dates.
	LintLangDate = "hi-en-date"
	// LintLangStatus reports Hindi and English texts that suggest
	// different statuses ("प्रस्तावित" against "held").
	LintLangStatus = "hi-en-status"
	// LintDraft reports a machine-made draft no editor has checked yet.
	LintDraft = "draft"
	// LintUnrecorded is reported by [LintChanges], never by Lint: an
	// event was re-dated or its status changed without a new history
	// entry, so its Revision (the iCalendar SEQUENCE) did not move, or its
	// history was rewritten.
	LintUnrecorded = "unrecorded-change"
)

// LintOptions configures [Lint]. The zero value runs every check that does
// not need a date.
type LintOptions struct {
	// AsOf is the day the timeline is read on: the stale-status check
	// reports events whose window ended before it, and statuses and sources
	// reported after it are ignored. Zero skips the stale-status check; Lint
	// never reads the clock.
	AsOf Date
}

// Lint reports editorial problems in t, each with the path of the event
// field it concerns and a message in Hindi and English:
//
//   - a weekday printed next to a date it does not fall on ([LintWeekday]);
//   - a proposed or announced event whose date window ended before
//     opts.AsOf with no later status ([LintStale]);
//   - a timed event without a venue time zone, or in another zone than its
//     venue ([LintNoVenueZone], [LintZoneMismatch]);
//   - a confirmed event with sources from one outlet only ([LintSingleSource]);
//   - sources that give conflicting dates ([LintSourcesConflict]): the
//     model keeps one date per event, so Lint reads the dates in the
//     description's sentences that carry a source's attribution
//     ("TASS के अनुसार … 18 नवंबर");
//   - an event outside the dates of the event it is part of ([LintOutsideParent]);
//   - Hindi and English texts that name different dates or suggest
//     different statuses ([LintLangDate], [LintLangStatus]);
//   - an unchecked draft ([LintDraft]).
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
// Lint never changes t. Findings come in event order, then in the order of
// the list above; the same timeline always gives the same findings.
func Lint(t *Timeline, opts LintOptions) []Finding {
	var out []Finding
	for i := range t.Events {
		e := &t.Events[i]
		path := fmt.Sprintf("events[%d]", i)
		add := func(field, code string, hi, en string) {
			p := path
			if field != "" {
				p += "." + field
			}
			out = append(out, Finding{Path: p, Code: code, Message: Text{Hi: hi, En: en}})
		}
		lintWeekdays(e, add)
		lintStale(e, opts.AsOf, add)
		lintZone(e, add)
		lintSingleSource(e, opts.AsOf, add)
		lintSourcesConflict(e, add)
		lintParent(t, e, add)
		lintLanguages(e, add)
		if e.Draft != nil {
			add("draft", LintDraft,
				"यह मशीन से बना मसौदा है; संपादक इसे जाँचे और draft हटाए",
				"machine-made draft: an editor must check it and remove the draft mark")
		}
	}
	return out
}

type lintAdd func(field, code, hi, en string)

// lintTexts lists the texts of e that Lint reads, with their paths.
func lintTexts(e *Event) []struct {
	field string
	lang  Lang
	text  string
} {
	type ft = struct {
		field string
		lang  Lang
		text  string
	}
	return []ft{
		{"title.hi", Hindi, e.Title.Hi},
		{"title.en", English, e.Title.En},
		{"description.hi", Hindi, e.Description.Hi},
		{"description.en", English, e.Description.En},
	}
}

func lintWeekdays(e *Event, add lintAdd) {
	near := e.When.Start()
	for _, tx := range lintTexts(e) {
		toks := lintTokenize(tx.text)
		for _, d := range lintFindDates(toks, near) {
			if d.weekday < 0 || d.date.Weekday() == d.weekdayValue() {
				continue
			}
			add(tx.field, LintWeekday,
				fmt.Sprintf("पाठ में %s लिखा है, पर %s %s को पड़ता है", lintHiWeekdays[d.weekday], lintFormatDate(d.date, Hindi), lintHiWeekdays[d.date.Weekday()]),
				fmt.Sprintf("the text says %s, but %s is a %s", lintEnWeekdays[d.weekday], lintFormatDate(d.date, English), d.date.Weekday()))
		}
	}
}

// lintStatusAsOf returns e's status as known on day asOf (zero: now).
func lintStatusAsOf(e *Event, asOf Date) (Status, Date) {
	var s Status
	var on Date
	for _, h := range e.History {
		if !asOf.IsZero() && h.On.After(asOf) {
			break
		}
		s, on = h.Status, h.On
	}
	return s, on
}

func lintStale(e *Event, asOf Date, add lintAdd) {
	if asOf.IsZero() || e.When.IsZero() {
		return
	}
	s, on := lintStatusAsOf(e, asOf)
	if s != Proposed && s != Announced {
		return
	}
	_, end := e.When.Window()
	if end.IsZero() || end.After(asOf) {
		return
	}
	last := end.AddDays(-1)
	add("history", LintStale,
		fmt.Sprintf("%s तक स्थिति अब भी \"%s\" (%s से) है, जबकि तारीख की अवधि %s को बीत गई; नई स्थिति (हुई, स्थगित, रद्द…) दर्ज करें", lintFormatDate(asOf, Hindi), chgStatus(s, Hindi), lintFormatDate(on, Hindi), lintFormatDate(last, Hindi)),
		fmt.Sprintf("as of %s the status is still %q (since %s), but the date window ended on %s; record what happened (held, postponed, cancelled…)", asOf, s, on, last))
}

func lintZone(e *Event, add lintAdd) {
	if !e.When.IsTimed() {
		return
	}
	switch {
	case e.Place.TimeZone == "":
		add("place.timezone", LintNoVenueZone,
			fmt.Sprintf("समय (%s) दिया है, पर आयोजन स्थल का समय क्षेत्र नहीं", e.When),
			fmt.Sprintf("the event has a time of day (%s) but no venue time zone", e.When))
	case e.When.Zone() != e.Place.TimeZone:
		add("when.zone", LintZoneMismatch,
			fmt.Sprintf("समय %s क्षेत्र में है, पर आयोजन स्थल %s में है", e.When.Zone(), e.Place.TimeZone),
			fmt.Sprintf("the time is in zone %s but the venue is in %s", e.When.Zone(), e.Place.TimeZone))
	}
}

func lintSingleSource(e *Event, asOf Date, add lintAdd) {
	if s, _ := lintStatusAsOf(e, asOf); s != Confirmed {
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
	add("history", LintSingleSource,
		fmt.Sprintf("\"पुष्ट\" लिखा है, पर केवल एक स्रोत (%s) है; दूसरे स्वतंत्र स्रोत से पुष्टि करें", who),
		fmt.Sprintf("marked confirmed on the word of one outlet (%s); confirm it with a second, independent source", who))
}

// lintSourcesConflict finds, for each source with an attribution, the
// sentences of the description that carry the attribution and the dates in
// them, and reports two sources whose dates never agree.
func lintSourcesConflict(e *Event, add lintAdd) {
	near := e.When.Start()
	for _, lang := range []Lang{Hindi, English} {
		desc, field := e.Description.Hi, "description.hi"
		if lang == English {
			desc, field = e.Description.En, "description.en"
		}
		if desc == "" {
			continue
		}
		type claim struct {
			src   string
			dates []Date
		}
		var claims []claim
		for _, s := range e.Sources {
			attr := s.Attribution.Hi
			if lang == English {
				attr = s.Attribution.En
			}
			if attr == "" {
				continue
			}
			var dates []Date
			for _, sent := range lintSentences(desc) {
				if !strings.Contains(strings.ToLower(sent), strings.ToLower(attr)) {
					continue
				}
				for _, d := range lintFindDates(lintTokenize(sent), near) {
					dates = append(dates, d.date)
				}
			}
			if len(dates) > 0 {
				claims = append(claims, claim{s.ID, dates})
			}
		}
		for i := 0; i < len(claims); i++ {
			for j := i + 1; j < len(claims); j++ {
				if lintDatesMeet(claims[i].dates, claims[j].dates) {
					continue
				}
				a, b := claims[i], claims[j]
				add(field, LintSourcesConflict,
					fmt.Sprintf("स्रोत %q तारीख %s बताता है, स्रोत %q %s", a.src, lintFormatDates(a.dates, Hindi), b.src, lintFormatDates(b.dates, Hindi)),
					fmt.Sprintf("source %q gives %s, source %q gives %s", a.src, lintFormatDates(a.dates, English), b.src, lintFormatDates(b.dates, English)))
			}
		}
	}
}

func lintDatesMeet(a, b []Date) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func lintParent(t *Timeline, e *Event, add lintAdd) {
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
	add("when", LintOutsideParent,
		fmt.Sprintf("यह %q का हिस्सा है, पर इसकी तारीख (%s) उसकी तारीखों (%s) से बाहर है", e.PartOf, e.When, parent.When),
		fmt.Sprintf("part of %q, but its date (%s) is outside the parent's dates (%s)", e.PartOf, e.When, parent.When))
}

func lintLanguages(e *Event, add lintAdd) {
	near := e.When.Start()
	hiText := e.Title.Hi + "\n" + e.Description.Hi
	enText := e.Title.En + "\n" + e.Description.En
	if e.Title.Hi == "" && e.Description.Hi == "" || e.Title.En == "" && e.Description.En == "" {
		return
	}
	hiDates := lintDateSet(lintFindDates(lintTokenize(hiText), near))
	enDates := lintDateSet(lintFindDates(lintTokenize(enText), near))
	if len(hiDates) > 0 && len(enDates) > 0 && !lintSameDates(hiDates, enDates) {
		add("description", LintLangDate,
			fmt.Sprintf("हिंदी पाठ में तारीख %s है, अंग्रेज़ी में %s", lintFormatDates(hiDates, Hindi), lintFormatDates(enDates, Hindi)),
			fmt.Sprintf("the Hindi text gives %s, the English text %s", lintFormatDates(hiDates, English), lintFormatDates(enDates, English)))
	}
	hiStatus := lintStatusWords(lintTokenize(hiText))
	enStatus := lintStatusWords(lintTokenize(enText))
	if len(hiStatus) > 0 && len(enStatus) > 0 && !lintStatusesMeet(hiStatus, enStatus) {
		add("description", LintLangStatus,
			fmt.Sprintf("हिंदी पाठ से स्थिति %s लगती है, अंग्रेज़ी से %s", lintJoinStatuses(hiStatus, Hindi), lintJoinStatuses(enStatus, Hindi)),
			fmt.Sprintf("the Hindi text suggests %s, the English text %s", lintJoinStatuses(hiStatus, English), lintJoinStatuses(enStatus, English)))
	}
}

func lintDateSet(ds []lintTextDate) []Date {
	var out []Date
	for _, d := range ds {
		if !lintDatesMeet(out, []Date{d.date}) {
			out = append(out, d.date)
		}
	}
	return out
}

func lintSameDates(a, b []Date) bool {
	for _, x := range a {
		if !lintDatesMeet(b, []Date{x}) {
			return false
		}
	}
	for _, y := range b {
		if !lintDatesMeet(a, []Date{y}) {
			return false
		}
	}
	return true
}

func lintStatusesMeet(a, b []Status) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func lintJoinStatuses(ss []Status, lang Lang) string {
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = "\"" + chgStatus(s, lang) + "\""
	}
	return strings.Join(names, ", ")
}

func lintFormatDates(ds []Date, lang Lang) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = lintFormatDate(d, lang)
	}
	return strings.Join(parts, ", ")
}

// lintFormatDate writes d as a reader does: "18 नवंबर 2025", "18 November 2025".
func lintFormatDate(d Date, lang Lang) string {
	if d.IsZero() {
		return ""
	}
	return newDateWriter(lang, 0).format(d, "2 January 2006") // Latin digits
}

// lintToken is one word or number of a text, with its byte span.
type lintToken struct {
	start, end int
	text       string
}

// lintTokenize splits s into runs of letters, marks and digits (a
// Devanagari word keeps its vowel signs), dropping spaces and punctuation.
func lintTokenize(s string) []lintToken {
	var toks []lintToken
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, lintToken{start, i, s[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, lintToken{start, len(s), s[start:]})
	}
	return toks
}

// lintSentences splits s at sentence ends: the danda, ? ! ; and newlines,
// and a full stop after a word of three letters or more (so that "S."
// and "Dr." do not end a sentence).
func lintSentences(s string) []string {
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

// lintTextDate is a date found in a text: tokens [first, last] of it, and
// the weekday printed next to it (-1 if none).
type lintTextDate struct {
	first, last int
	date        Date
	weekday     int
}

func (d lintTextDate) weekdayValue() time.Weekday { return time.Weekday(d.weekday) }

// lintFindDates finds "18 नवंबर 2025", "18 November", "November 18, 2025"
// and the ranges "5 से 7 दिसंबर", "4 और 5 दिसंबर", "5–7 December",
// "December 5-7" (both ends) in toks. A missing year is the one nearest
// near; with a zero near such dates are skipped.
func lintFindDates(toks []lintToken, near Date) []lintTextDate {
	var out []lintTextDate
	day := func(i int) (int, bool) {
		if i < 0 || i >= len(toks) {
			return 0, false
		}
		d, ok := lintNumber(toks[i].text, true)
		return d, ok && d >= 1 && d <= 31
	}
	for i := 0; i < len(toks); i++ {
		var days []int
		var month time.Month
		first, last := i, i
		if d, ok := day(i); ok && i+1 < len(toks) {
			if m, ok := lintMonth(toks[i+1].text); ok {
				days, month, last = []int{d}, m, i+1
				// "5 से 7 दिसंबर", "5–7 December": the range's first day.
				if d0, ok := day(i - 1); ok {
					days, first = append(days, d0), i-1
				} else if d0, ok := day(i - 2); ok && lintRangeWords[strings.ToLower(toks[i-1].text)] {
					days, first = append(days, d0), i-2
				}
			}
		}
		if days == nil && i+1 < len(toks) {
			if m, ok := lintMonth(toks[i].text); ok {
				if d, ok := day(i + 1); ok {
					days, month, last = []int{d}, m, i+1
					// "December 5-7", "December 5 to 7"
					if d2, ok := day(i + 2); ok {
						days, last = append(days, d2), i+2
					} else if d2, ok := day(i + 3); ok && lintRangeWords[strings.ToLower(toks[i+2].text)] {
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
			if y, ok := lintNumber(toks[last+1].text, false); ok && y >= 1900 && y <= 2200 {
				year, last = y, last+1
			}
		}
		if year == 0 && near.IsZero() {
			continue
		}
		wd := -1
		if first > 0 {
			wd = lintWeekdayWord(toks[first-1].text)
		}
		if wd < 0 && last+1 < len(toks) {
			wd = lintWeekdayWord(toks[last+1].text)
		}
		if len(days) > 1 {
			wd = -1 // a weekday next to a range names neither end for sure
		}
		for _, d := range days {
			date, ok := lintResolve(year, month, d, near)
			if ok {
				out = append(out, lintTextDate{first: first, last: last, date: date, weekday: wd})
			}
		}
		i = last
	}
	return out
}

// lintRangeWords join the two days of a range.
var lintRangeWords = map[string]bool{"से": true, "और": true, "व": true, "to": true, "and": true, "till": true, "until": true}

// lintResolve returns day d of month in year, or with year 0 in the year
// that puts it nearest near; ok is false for a day the month lacks.
func lintResolve(year int, month time.Month, d int, near Date) (Date, bool) {
	var date Date
	if year != 0 {
		date = DateOf(year, month, d)
	} else {
		best := -1
		for y := near.Year() - 1; y <= near.Year()+1; y++ {
			c := DateOf(y, month, d)
			dist := lintAbs(lintDayNumber(c) - lintDayNumber(near))
			if best < 0 || dist < best {
				best, date = dist, c
			}
		}
	}
	return date, date.Day() == d // 31 नवंबर is not a day
}

func lintDayNumber(d Date) int { return int(d.In(time.UTC).Unix() / 86400) }

func lintAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// lintNumber reads ASCII or Devanagari digits; with ordinal, an English
// ordinal suffix ("5th") is allowed.
func lintNumber(s string, ordinal bool) (int, bool) {
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

// lintHiMonths lists the Hindi month names, the usual spelling first.
var lintHiMonths = [12][]string{
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

// lintMonths maps the month names of both languages, and English
// abbreviations, in lower case, to their months.
var lintMonths = func() map[string]time.Month {
	m := map[string]time.Month{"sept": time.September}
	for i, names := range lintHiMonths {
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

func lintMonth(s string) (time.Month, bool) {
	m, ok := lintMonths[lintLower(s)]
	return m, ok
}

// lintLower lower-cases Latin words; Devanagari has no case, and
// strings.ToLower would copy it for nothing.
func lintLower(s string) string {
	if s != "" && s[0] < utf8.RuneSelf {
		return strings.ToLower(s)
	}
	return s
}

var lintHiWeekdays = [7]string{"रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"}

var lintEnWeekdays = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// lintWeekdayWord returns the weekday s names, or -1.
func lintWeekdayWord(s string) int {
	switch s {
	case "बृहस्पतिवार", "वीरवार":
		return int(time.Thursday)
	}
	for i, n := range lintHiWeekdays {
		if s == n || strings.EqualFold(s, lintEnWeekdays[i]) {
			return i
		}
	}
	return -1
}

// lintStatusWord maps words that state a status plainly. Verbs that only
// suggest one (की, हुई as in चर्चा हुई) are left out on purpose, except
// the English "held" and "met", which do say the event took place.
var lintStatusWord = map[string]Status{
	"प्रस्तावित": Proposed, "संभावित": Proposed, "proposed": Proposed, "tentative": Proposed, "tentatively": Proposed,
	"घोषणा": Announced, "घोषित": Announced, "announced": Announced,
	"पुष्टि": Confirmed, "confirmed": Confirmed,
	"संपन्न": Held, "held": Held, "met": Held,
	"स्थगित": Postponed, "postponed": Postponed, "deferred": Postponed,
	"रद्द": Cancelled, "cancelled": Cancelled, "canceled": Cancelled,
	"rescheduled": Rescheduled,
}

// lintStatusWords returns the statuses the words of toks state, each
// once, in order. "will be held" is a plan, not a report, and is skipped.
func lintStatusWords(toks []lintToken) []Status {
	var out []Status
	for i, t := range toks {
		s, ok := lintStatusWord[lintLower(t.text)]
		if !ok {
			continue
		}
		if s == Held && i > 0 && strings.EqualFold(toks[i-1].text, "be") {
			continue
		}
		if !lintStatusesMeet(out, []Status{s}) {
			out = append(out, s)
		}
	}
	return out
}
