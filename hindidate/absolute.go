package hindidate

import (
	"strings"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Absolute dates: "18 नवंबर 2025", "18 नवंबर, 2025", "नवंबर 18, 2025",
// "18-11-2025", "18/11/2025", "18.11.2025", "2025-11-18", "दिसंबर 2025",
// "दिसंबर में", "सन् 2025", "2025 में", day lists and ranges inside one month
// ("5 से 7 दिसंबर", "5-7 दिसंबर", "5 और 6 दिसंबर"), and parts of a month or
// year ("दिसंबर के पहले सप्ताह", "दिसंबर की शुरुआत", "2025 के अंत").
//
// A date written without a year takes, among the previous, current and next
// year of ref, the one that puts it nearest to ref's date (for a month
// alone: the nearest month); on a tie the earlier one wins, since news
// reports more often look back. So 5 December written on 18 November 2025 is
// 2025, 18 November written on 1 December 2025 is 2025 (13 days back rather
// than 352 ahead), and 10 January written on 20 December 2025 is 2026.
// In running text (FindAll) the tense of the sentence can overrule that: see
// yearByTense.

// minYear and maxYear bound the years the parser accepts as written.
const (
	minYear = 1000
	maxYear = 2999
)

// isYear reports whether t is a four-digit year.
func isYear(t token) bool {
	return t.Kind == tNum && t.Digits == 4 && t.Value >= minYear && t.Value <= maxYear
}

// year reports whether t is a four-digit year that stands alone: not the
// first half of a fiscal year ("2025-26") or of a longer number.
func (c *ctx) year(t token) bool {
	if !isYear(t) {
		return false
	}
	if d := c.next(t.End); d.Start == t.End && (d.IsDash() || d.Is('/')) {
		if n := c.next(d.End); n.Start == d.End && n.Kind == tNum {
			return false
		}
	}
	return true
}

// dayValue returns the day of month written by t: a number of one or two
// digits or a number word.
func dayValue(t token) (int, bool) {
	switch {
	case t.Kind == tNum && t.Digits <= 2 && t.Value >= 1 && t.Value <= 31:
		return t.Value, true
	case t.lx != nil && t.lx.num >= 1 && t.lx.num <= 31:
		return int(t.lx.num), true
	case t.lx != nil && t.lx.ordFem && t.lx.ord >= 1 && t.lx.ord <= 31:
		return int(t.lx.ord), true // "पहली अप्रैल"
	}
	return 0, false
}

// numericDate parses "18-11-2025", "18/11/2025", "18.11.2025" (day first,
// as India writes), "18/11/25" and a post's stamp "(18.11.25)" with a
// two-digit year, and "2025-11-18", "2025/11/18". All parts touch.
func (c *ctx) numericDate(t token) (atom, bool) {
	s1 := c.next(t.End)
	if s1.Start != t.End || !(s1.Is('-') || s1.Is('/') || s1.Is('.')) {
		return atom{}, false
	}
	b := c.next(s1.End)
	if b.Start != s1.End || b.Kind != tNum {
		return atom{}, false
	}
	if b.Digits > 2 {
		return c.numericShort(t, s1, b) // "11/2025"
	}
	s2 := c.next(b.End)
	if s2.Start != b.End || !s2.Is(s1.Rune) {
		return c.numericShort(t, s1, b)
	}
	e := c.next(s2.End)
	if e.Start != s2.End || e.Kind != tNum {
		return atom{}, false
	}
	// A fourth part ("1.2.2025.4", "12-11-2025-3") is some other number.
	if s3 := c.next(e.End); s3.Start == e.End && s3.Is(s1.Rune) {
		if n := c.next(s3.End); n.Start == s3.End && n.Kind == tNum {
			return atom{}, false
		}
	}
	var y, m, d int
	swap := false
	switch {
	case isYear(t) && e.Digits <= 2 && s1.Rune != '.':
		y, m, d = t.Value, b.Value, e.Value
	case t.Digits <= 2 && isYear(e):
		y, m, d = e.Value, b.Value, t.Value
		swap = true
	case t.Digits <= 2 && e.Digits == 2 && s1.Rune == '/':
		// "12/03/26": CLDR's short form, day first, two-digit year.
		y, m, d = 2000+e.Value, b.Value, t.Value
		if y > c.ry+20 {
			y -= 100
		}
		swap = true
	case t.Digits == 2 && b.Digits == 2 && e.Digits == 2 && t.Start > 0 && c.s[t.Start-1] == '(' && e.End < len(c.s) && c.s[e.End] == ')':
		// "(19.09.18)", "(19-09-18)": a post's stamp in brackets, day
		// first, every part of two digits; at most a year ahead (a
		// dateline may be set before the post's day), and never month
		// first. Out of brackets such numbers are as often a time
		// ("10.30.45") or a version ("12.10.25").
		y, m, d = 2000+e.Value, b.Value, t.Value
		if y > c.ry+1 {
			y -= 100
		}
		if !validDate(y, m, d) {
			return atom{}, false
		}
	default:
		return atom{}, false
	}
	if !validDate(y, m, d) {
		if swap && validDate(y, d, m) {
			// "12-31-2025": only month first makes a date. India writes
			// day first, so this is more often a typo: keep it, ambiguous
			// with nothing to choose, as month first.
			m, d = d, m
			swap = false
		} else {
			c.fail(t.Start, e.End, "no such day in the calendar")
			return atom{}, false
		}
	}
	a := c.dayAtom(t.Start, e.End, y, m, d, 1, false)
	a.numeric = true
	if swap && m != d && validDate(y, d, m) {
		// Day first, as India writes; month first is the alternative.
		o := c.days(daysFromCivil(y, d, m), 1, Day)
		a.d.Ambiguous, a.d.AltStart, a.d.AltEnd = true, o.Start, o.End
	}
	return a, true
}

// numericShort parses CLDR's two-part numeric forms, "18/11" (d/M) and
// "11/2025" (M/y), in Parse only: in running text they are as often
// fractions, scores or case numbers.
func (c *ctx) numericShort(t, sep, b token) (atom, bool) {
	if c.findAll || !sep.Is('/') || t.Digits > 2 {
		return atom{}, false
	}
	if u := c.next(b.End); u.Kind != tEOF && !((u.isFW(fwKo) || u.isFW(fwSe) || u.isFW(fwTak)) && c.next(u.End).Kind == tEOF) {
		return atom{}, false // "2/10 को" is a date; "2/10 अंक" is not
	}
	if isYear(b) {
		if t.Value < 1 || t.Value > 12 {
			return atom{}, false
		}
		return atom{start: t.Start, end: b.End, kind: akDate, d: c.months(b.Value, t.Value, 1), mon: t.Value}, true
	}
	if b.Digits > 2 || b.Value < 1 || b.Value > 12 || t.Value < 1 || t.Value > 31 {
		return atom{}, false
	}
	y := c.nearestYear(b.Value, t.Value)
	if !validDate(y, b.Value, t.Value) {
		c.fail(t.Start, b.End, "no such day in the calendar")
		return atom{}, false
	}
	return c.dayAtom(t.Start, b.End, y, b.Value, t.Value, 1, true), true
}

// dayAtom builds an akDate atom of n days from y-m-d.
func (c *ctx) dayAtom(start, end, y, m, d, n int, inferred bool) atom {
	return atom{
		start: start, end: end, kind: akDate,
		d:        c.days(daysFromCivil(y, m, d), n, Day),
		single:   n == 1,
		inferred: inferred, mon: m, day: d, generic: inferred,
	}
}

// monthWord checks that t is a month name usable after a day and returns
// the month and the end of the name, including the dot of an abbreviation.
func (c *ctx) monthWord(t token) (m, end int, ok bool) {
	if t.lx == nil || t.lx.month == 0 {
		return 0, 0, false
	}
	end = t.End
	dot := c.next(t.End)
	hasDot := dot.Start == t.End && dot.Kind == tPunct && hindi.IsAbbreviationMark(dot.Rune) // "सित." or CLDR's "सित॰"
	if t.lx.short {
		if !hasDot {
			return 0, 0, false
		}
		end = dot.End
	} else if t.lx.latin && t.End-t.Start <= 4 && hasDot {
		end = dot.End
	}
	return int(t.lx.month), end, true
}

// dayMonth parses a day, or a list or range of days, followed by a month and
// an optional year: "18 नवंबर", "18 नवंबर, 2025", "5 से 7 दिसंबर",
// "5-7 दिसंबर", "5 और 6 दिसंबर", "1, 2 और 3 दिसंबर 2025".
func (c *ctx) dayMonth(t token, d1 int, ok bool) (atom, bool) {
	if !ok || d1 < 1 || d1 > 31 {
		return atom{}, false
	}
	var days [4]int
	days[0] = d1
	nd, kind := 1, 0 // kind: 1 range (से, dash), 2 list (और, comma)
	u := c.next(t.End)
	for nd < len(days) {
		sep := 0
		switch {
		case u.isFW(fwSe) || u.IsDash():
			sep = 1
		case u.isFW(fwAur) || u.Is(','):
			sep = 2
		}
		if sep == 0 || sep == 1 && nd > 1 || kind == 1 {
			break
		}
		v := c.next(u.End)
		if sep == 1 && u.isFW(fwSe) && v.isFW(fwLekar) {
			v = c.next(v.End) // "25 से लेकर 29 अगस्त"
		}
		dv, ok := dayValue(v)
		if !ok {
			break
		}
		kind = sep
		days[nd] = dv
		nd++
		u = c.next(v.End)
	}
	m, end, ok := c.monthWord(u)
	if !ok {
		// "18 नव 2025": an abbreviation without its mark, between a day
		// and a year.
		if u.lx == nil || !u.lx.short || u.lx.latin {
			return atom{}, false
		}
		if _, _, yok := c.yearAt(c.next(u.End)); !yok {
			return atom{}, false
		}
		m, end = int(u.lx.month), u.End
	}
	// The days must run forward; a list must be consecutive, or the range
	// would claim days the text did not name.
	for i := 1; i < nd; i++ {
		if days[i] <= days[i-1] {
			return atom{}, false
		}
	}
	listed := false // "6 और 11 नवंबर": a list of separate days
	for i := 1; i < nd; i++ {
		if kind == 2 && days[i] != days[i-1]+1 {
			listed = true
		}
	}
	last := days[nd-1]
	y, inferred := 0, false
	v := c.next(end)
	if v.Is(',') {
		if yy, yend, ok := c.yearAt(c.next(v.End)); ok {
			y, end = yy, yend
		}
	} else if yy, yend, ok := c.yearAt(v); ok {
		y, end = yy, yend
	}
	if y == 0 {
		inferred = true
		y = c.nearestYear(m, d1)
	}
	if !validDate(y, m, d1) || !validDate(y, m, last) {
		c.fail(t.Start, end, "no such day in the month")
		return atom{}, false
	}
	if listed {
		// Only the first day is read here; the scan goes on from the
		// separator and reads the others as dates of their own.
		return c.dayAtom(t.Start, t.End, y, m, d1, 1, inferred), true
	}
	return c.dayAtom(t.Start, end, y, m, d1, last-d1+1, inferred), true
}

// yearByTense checks the year inferred for a date against the tense of its
// sentence, which only FindAll sees. "5 मई को फैसला हुआ" written on 18
// November 2025 is nearest to May 2026, but the verb says it already
// happened. The tense cue is only the first verb after the date, and it often
// belongs to another act: "5 दिसंबर को प्रस्तावित बैठक स्थगित कर दी गई"
// (postponed now, meeting still ahead) or "घोषणा की गई कि 5 दिसंबर को …". So
// the nearest year stays the reading, and when the tense contradicts it the
// other year is kept as the alternative with Ambiguous set, never dropped
// and never taken silently.
func (c *ctx) yearByTense(a atom, end int) Date {
	d := a.d
	first := daysFromCivil(d.Start.Year(), a.mon, a.day)
	shift := 0
	switch c.tense(end) {
	case tensePast:
		if first > c.rday {
			shift = -1
		}
	case tenseFuture:
		if first < c.rday {
			shift = +1
		}
	}
	y := d.Start.Year() + shift
	if shift == 0 || !validDate(y, a.mon, a.day) {
		return d
	}
	n := int(d.End.Sub(d.Start).Hours()+12) / 24 // days in the atom, DST-proof
	from := daysFromCivil(y, a.mon, a.day)
	if n > 1 {
		// A range ends on its own month and day in the other year too
		// ("27 फरवरी से 2 मार्च": 2 March, whatever February has).
		ey, em, ed := d.End.AddDate(0, 0, -1).Date()
		if to := daysFromCivil(ey+shift, int(em), ed); validDate(ey+shift, int(em), ed) && to >= from {
			n = to - from + 1
		}
	}
	other := c.days(from, n, Day)
	d.Ambiguous, d.AltStart, d.AltEnd = true, other.Start, other.End
	return d
}

// monthByTense is yearByTense for a month named alone ("फरवरी में"): the
// month nearest ref, with the other year as the alternative when the verb
// points the other way ("फरवरी में बैठक हुई थी", told in November, is
// more likely the February gone by).
func (c *ctx) monthByTense(a atom, end int) Date {
	d := a.d
	shift := 0
	at, ref := d.Start.Year()*12+int(d.Start.Month()), c.ry*12+int(c.ref.Month())
	switch c.tense(end) {
	case tensePast:
		if at > ref {
			shift = -1
		}
	case tenseFuture:
		if at < ref {
			shift = +1
		}
	}
	if shift == 0 {
		return d
	}
	other := c.months(d.Start.Year()+shift, a.mon, 1)
	d.Ambiguous, d.AltStart, d.AltEnd = true, other.Start, other.End
	return d
}

// nearestYear returns the year that puts day d of month m nearest to ref.
func (c *ctx) nearestYear(m, d int) int {
	best, bestDist := c.ry, -1
	for y := c.ry - 1; y <= c.ry+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		if dist := abs(daysFromCivil(y, m, d) - c.rday); bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// nearestMonthYear returns the year that puts month m nearest to ref's month.
func (c *ctx) nearestMonthYear(m int) int {
	best, bestDist := c.ry, -1
	for y := c.ry - 1; y <= c.ry+1; y++ {
		if dist := abs(y*12 + m - (c.ry*12 + c.rm)); bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// monthFirst parses expressions that begin with a month name: "नवंबर 18,
// 2025", "मार्च 12", "दिसंबर 2025", "मार्च, 2026", "सित. 2025", "दिसंबर
// में", "दिसंबर महीने में", "अगस्त के महीने में", "दिसंबर के पहले
// सप्ताह", "दिसंबर 2025 के अंत में", "जून या जुलाई में".
func (c *ctx) monthFirst(t token) (atom, bool) {
	m, end, ok := c.monthWord(t)
	if !ok {
		return atom{}, false // "जन", "नव" are words too; only with a mark
	}
	short := t.lx.short
	u := c.next(end)
	if u.IsDash() && !short {
		return c.monthRange(t, m, u)
	}
	if (u.isFW(fwYa) || u.isFW(fwAur)) && !short {
		if b, ok := c.monthEither(t, m, u); ok {
			return b, true
		}
	}
	if d, ok := dayValue(u); ok && u.Kind == tNum {
		if a, ok := c.monthFirstDays(t, m, u, d); ok {
			return a, true
		}
		v := c.next(u.End)
		if v.Is(',') {
			v = c.next(v.End)
		}
		if y, yend, ok := c.yearAt(v); ok {
			if !validDate(y, m, d) {
				c.fail(u.Start, yend, "no such day in the month")
				return atom{}, false
			}
			return c.dayAtom(t.Start, yend, y, m, d, 1, false), true
		}
		// "दिसंबर 5 को", "नवम्बर 28 --": a day after the month needs a
		// year, a postposition or the end of the phrase; "दिसंबर 5
		// राज्यों में" is a count.
		v = c.next(u.End)
		if !(v.isFW(fwKo) || v.isFW(fwSe) || v.isFW(fwTak) || v.isFW(fwKi) || v.Kind == tEOF ||
			v.Kind == tPunct && !(v.Start == u.End && (v.IsDash() || v.Is('.') || v.Is('/') || v.Is(':')))) {
			return atom{}, false
		}
		if short {
			return atom{}, false
		}
		y := c.nearestYear(m, d)
		if !validDate(y, m, d) {
			c.fail(u.Start, u.End, "no such day in the month")
			return atom{}, false
		}
		return c.dayAtom(t.Start, u.End, y, m, d, 1, true), true
	}
	y := 0
	if u.Is(',') {
		if yy, yend, ok := c.yearAt(c.next(u.End)); ok {
			y, end = yy, yend
		}
	} else if yy, yend, ok := c.yearAt(u); ok {
		y, end = yy, yend
	}
	known := y != 0
	if !known {
		if short {
			return atom{}, false
		}
		y = c.nearestMonthYear(m)
	}
	a := atom{start: t.Start, end: end, kind: akDate, d: c.months(y, m, 1), mon: m, monthInf: !known, generic: !known}
	c.monthRest(&a, y, m)
	if known || a.end != end {
		return a, true
	}
	// A month name alone must be followed by a cue that it is a month: में,
	// तक, से or महीने. Latin names never stand alone, and मार्च (also "a
	// march") not after का, की, के ("किसानों का मार्च में शामिल").
	if t.lx.latin || m == 3 && c.afterGenitive(t.Start) {
		return atom{}, false
	}
	switch {
	case u.isFW(fwMein) || u.isFW(fwTak) || u.isFW(fwSe):
	case u.lx != nil && u.lx.unit == uMonth:
		a.end = u.End
	case u.isFW(fwKe):
		if v := c.next(u.End); v.lx != nil && v.lx.unit == uMonth {
			a.end = v.End // "अगस्त के महीने में"
			break
		}
		return atom{}, false
	default:
		return atom{}, false
	}
	return a, true
}

// monthFirstDays parses a range of days after a month name, the day u
// (d) first: "जुलाई 27-28", "जुलाई 27 से 29 तक", "जुलाई 27 और 28 को",
// with a year after it or not ("जुलाई 27-28, 2017"). The last day must be
// later in the month, and a postposition, punctuation or the end follow.
func (c *ctx) monthFirstDays(t token, m int, u token, d int) (atom, bool) {
	v := c.next(u.End)
	if !(v.IsDash() || v.isFW(fwSe) || v.isFW(fwAur)) || t.lx.short {
		return atom{}, false
	}
	w := c.next(v.End)
	last, ok := dayValue(w)
	if !ok || w.Kind != tNum || last <= d || v.isFW(fwAur) && last != d+1 {
		return atom{}, false // "सितंबर 11 और 26": two days, no range (as dayMonth reads lists)
	}
	end := w.End
	x := c.next(end)
	if v.isFW(fwSe) {
		if !x.isFW(fwTak) {
			return atom{}, false // "जुलाई 27 से 29 देशों": a count
		}
		end, x = x.End, c.next(x.End)
	}
	y, inferred := 0, true
	closed := v.isFW(fwSe) // "… से 29 तक": तक closes the phrase
	if x.Is(',') {
		if yy, yend, ok := c.yearAt(c.next(x.End)); ok {
			y, end, inferred = yy, yend, false
		}
	} else if yy, yend, ok := c.yearAt(x); ok {
		y, end, inferred = yy, yend, false
	}
	if inferred {
		if !closed && !(x.isFW(fwKo) || x.isFW(fwKe) || x.isFW(fwKi) || x.isFW(fwTak) || x.isFW(fwMein) || x.Kind == tEOF ||
			x.Kind == tPunct && !x.IsDash() && !(x.Is('.') && c.next(x.End).Kind == tNum && c.next(x.End).Start == x.End)) {
			return atom{}, false // "मार्च 12 और 13 राज्यों में": counts
		}
		y = c.nearestYear(m, d)
	}
	if !validDate(y, m, d) || !validDate(y, m, last) {
		c.fail(u.Start, end, "no such day in the month")
		return atom{}, false
	}
	return c.dayAtom(t.Start, end, y, m, d, last-d+1, inferred), true
}

// afterGenitive reports whether the word before byte pos is का, की or के.
func (c *ctx) afterGenitive(pos int) bool {
	b := strings.TrimRight(c.s[max(0, pos-12):pos], " \t")
	return strings.HasSuffix(b, "का") || strings.HasSuffix(b, "की") || strings.HasSuffix(b, "के")
}

// monthEither parses "जून या जुलाई में" (either month, read as the span
// of both, Approximate) and "जून और जुलाई में" (the span of both).
func (c *ctx) monthEither(t token, m1 int, ya token) (atom, bool) {
	v := c.next(ya.End)
	m2, end, ok := c.monthWord(v)
	if !ok || v.lx.short || m2 == m1 {
		return atom{}, false
	}
	if u := c.next(end); u.lx != nil && u.lx.unit == uMonth {
		end = u.End // "मई और जून माह में"
	}
	var y1, y2 int
	if yy, yend, ok := c.yearAt(c.next(end)); ok {
		y2, end = yy, yend
		y1 = y2
		if m1 > m2 {
			y1--
		}
	} else {
		if w := c.next(end); !(w.isFW(fwMein) || w.isFW(fwTak) || w.isFW(fwSe)) {
			return atom{}, false
		}
		y1 = c.nearestMonthYear(m1)
		y2 = y1
		if m2 < m1 {
			y2++
		}
	}
	d := c.months(y1, m1, 1)
	d.End = c.months(y2, m2, 1).End
	d.Approximate = ya.isFW(fwYa)
	return atom{start: t.Start, end: end, kind: akDate, d: d}, true
}

// monthRange parses two months joined by a dash, with an optional year
// after the second: "अक्टूबर-नवंबर", "दिसंबर-जनवरी 2026". Without a year the
// first month takes the year nearest to ref and the second follows it.
func (c *ctx) monthRange(t token, m1 int, dash token) (atom, bool) {
	v := c.next(dash.End)
	m2, end, ok := c.monthWord(v)
	if !ok || v.lx.short || m2 == m1 {
		return atom{}, false
	}
	var y1, y2 int
	if yy, yend, ok := c.yearAt(c.next(end)); ok {
		y2, end = yy, yend
		y1 = y2
		if m1 > m2 {
			y1--
		}
	} else {
		y1 = c.nearestMonthYear(m1)
		y2 = y1
		if m2 < m1 {
			y2++
		}
	}
	d := c.months(y1, m1, 1)
	d.End = c.months(y2, m2, 1).End
	return atom{start: t.Start, end: end, kind: akDate, d: d}, true
}

// yearWithCue parses a four-digit year followed by में, तक or से ("2025
// में"), by a month ("2026 मार्च"), or by a part of the year ("2025 के
// अंत", "2025 की पहली तिमाही", "2027 की दिवाली"). A bare number is never
// a year: "1920 लोग" is not a date, nor is "2004 के बाद पहली बार" (a
// gap).
func (c *ctx) yearWithCue(t token) (atom, bool) {
	y, end, ok := c.yearAt(t)
	if !ok {
		return atom{}, false
	}
	a := atom{start: t.Start, end: end, kind: akDate, d: c.years(y, 1)}
	c.yearRest(&a, y)
	if a.end != end {
		return a, true
	}
	u := c.next(end)
	if u.lx != nil && u.lx.month != 0 && !u.lx.short && !u.lx.latin {
		m, mend, _ := c.monthWord(u)
		a = atom{start: t.Start, end: mend, kind: akDate, d: c.months(y, m, 1), mon: m}
		c.monthRest(&a, y, m)
		return a, true
	}
	if u.isFW(fwMein) || u.isFW(fwTak) || u.isFW(fwSe) {
		return a, true
	}
	if !c.findAll && (u.Kind == tEOF || u.Kind == tPunct && !u.IsDash() && !u.Is('/') && !u.Is('.') && !u.Is(':')) {
		return a, true // Parse("1947"): the whole input is a year
	}
	return atom{}, false
}

// yearAfterCue parses "सन् 2025", "वर्ष 2025", "साल 2025", "सन उन्नीस सौ
// सैंतालीस", optionally followed by a part of the year.
func (c *ctx) yearAfterCue(t token) (atom, bool) {
	y, end, ok := c.yearAt(c.next(t.End))
	if !ok {
		return atom{}, false
	}
	a := atom{start: t.Start, end: end, kind: akDate, d: c.years(y, 1)}
	c.yearRest(&a, y)
	if a.end == end {
		if u := c.next(end); u.isFW(fwKe) {
			if v := c.next(u.End); v.lx != nil && v.lx.dir != 0 {
				return atom{}, false // "साल 2000 के बाद पहली बार": a gap
			}
		}
	}
	return a, true
}
