package hindidate

import "github.com/samayrekha/samayrekha/internal/hindi"

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
	}
	return 0, false
}

// numericDate parses "18-11-2025", "18/11/2025", "18.11.2025" (day first,
// as India writes) and "2025-11-18", "2025/11/18". All parts touch.
func (c *ctx) numericDate(t token) (atom, bool) {
	s1 := c.next(t.End)
	if s1.Start != t.End || !(s1.Is('-') || s1.Is('/') || s1.Is('.')) {
		return atom{}, false
	}
	b := c.next(s1.End)
	if b.Start != s1.End || b.Kind != tNum || b.Digits > 2 {
		return atom{}, false
	}
	s2 := c.next(b.End)
	if s2.Start != b.End || !s2.Is(s1.Rune) {
		return atom{}, false
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
	switch {
	case isYear(t) && e.Digits <= 2 && s1.Rune != '.':
		y, m, d = t.Value, b.Value, e.Value
	case t.Digits <= 2 && isYear(e):
		y, m, d = e.Value, b.Value, t.Value
	default:
		return atom{}, false
	}
	if !validDate(y, m, d) {
		c.fail(t.Start, e.End, "no such day in the calendar")
		return atom{}, false
	}
	return c.dayAtom(t.Start, e.End, y, m, d, 1, false), true
}

// dayAtom builds an akDate atom of n days from y-m-d.
func (c *ctx) dayAtom(start, end, y, m, d, n int, inferred bool) atom {
	return atom{
		start: start, end: end, kind: akDate,
		d:        c.days(daysFromCivil(y, m, d), n, Day),
		single:   n == 1,
		inferred: inferred, mon: m, day: d,
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
		return atom{}, false
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
		if w := c.next(v.End); c.year(w) {
			y, end = w.Value, w.End
		}
	} else if c.year(v) {
		y, end = v.Value, v.End
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
	other := c.days(daysFromCivil(y, a.mon, a.day), n, Day)
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
// 2025", "दिसंबर 2025", "दिसंबर में", "दिसंबर महीने में", "दिसंबर के पहले
// सप्ताह", "दिसंबर 2025 के अंत में".
func (c *ctx) monthFirst(t token) (atom, bool) {
	if t.lx.short {
		return atom{}, false // "जन", "नव" are words too; only after a day
	}
	m, end, _ := c.monthWord(t)
	u := c.next(end)
	if u.IsDash() {
		return c.monthRange(t, m, u)
	}
	if d, ok := dayValue(u); ok && u.Kind == tNum {
		v := c.next(u.End)
		if v.Is(',') {
			v = c.next(v.End)
		}
		if !c.year(v) {
			// "दिसंबर 5 को": a day after the month needs a year or a
			// postposition.
			if !(v.isFW(fwKo) || v.isFW(fwSe) || v.isFW(fwTak)) {
				return atom{}, false
			}
			y := c.nearestYear(m, d)
			if !validDate(y, m, d) {
				c.fail(u.Start, u.End, "no such day in the month")
				return atom{}, false
			}
			return c.dayAtom(t.Start, u.End, y, m, d, 1, true), true
		}
		if !validDate(v.Value, m, d) {
			c.fail(u.Start, v.End, "no such day in the month")
			return atom{}, false
		}
		return c.dayAtom(t.Start, v.End, v.Value, m, d, 1, false), true
	}
	y := 0
	if c.year(u) {
		y, end = u.Value, u.End
	}
	known := y != 0
	if !known {
		y = c.nearestMonthYear(m)
	}
	if d, pend, ok := c.monthPart(y, m, end); ok {
		return atom{start: t.Start, end: pend, kind: akDate, d: d}, true
	}
	if known {
		return atom{start: t.Start, end: end, kind: akDate, d: c.months(y, m, 1), mon: m}, true
	}
	// A month name alone must be followed by a cue that it is a month: में,
	// तक, से or महीने. मार्च (also "a march") and Latin names never stand
	// alone.
	if t.lx.latin || m == 3 {
		return atom{}, false
	}
	switch {
	case u.isFW(fwMein) || u.isFW(fwTak) || u.isFW(fwSe):
	case u.lx != nil && u.lx.unit == Month:
		end = u.End
	default:
		return atom{}, false
	}
	return atom{start: t.Start, end: end, kind: akDate, d: c.months(y, m, 1), mon: m, monthInf: true}, true
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
	if w := c.next(end); c.year(w) {
		y2, end = w.Value, w.End
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

// monthPart parses a part of month m of year y written after position pos:
// "के पहले/दूसरे/तीसरे/चौथे/आखिरी सप्ताह" (days 1-7, 8-14, 15-21, 22-28, the
// last seven days; granularity Week) and "की शुरुआत", "के मध्य", "के अंत"
// (days 1-10, 11-20, 21-end; granularity Day).
func (c *ctx) monthPart(y, m, pos int) (Date, int, bool) {
	u := c.next(pos)
	if !u.isFW(fwKe) && !u.isFW(fwKi) {
		return Date{}, 0, false
	}
	v := c.next(u.End)
	if v.lx == nil {
		return Date{}, 0, false
	}
	first := daysFromCivil(y, m, 1)
	n := daysIn(y, m)
	if v.lx.ord != 0 {
		w := c.next(v.End)
		if w.lx == nil || w.lx.unit != Week {
			return Date{}, 0, false
		}
		if v.lx.ord == 5 {
			return c.days(first+n-7, 7, Week), w.End, true
		}
		return c.days(first+7*int(v.lx.ord-1), 7, Week), w.End, true
	}
	switch v.lx.mpart {
	case 1:
		return c.days(first, 10, Day), v.End, true
	case 2:
		return c.days(first+10, 10, Day), v.End, true
	case 3:
		return c.days(first+20, n-20, Day), v.End, true
	}
	return Date{}, 0, false
}

// yearPart parses "की शुरुआत", "के मध्य", "के अंत" after a year: the
// first, middle and last four months, with granularity Month.
func (c *ctx) yearPart(y, pos int) (Date, int, bool) {
	u := c.next(pos)
	if !u.isFW(fwKe) && !u.isFW(fwKi) {
		return Date{}, 0, false
	}
	v := c.next(u.End)
	if v.lx == nil || v.lx.mpart == 0 {
		return Date{}, 0, false
	}
	return c.months(y, 1+4*int(v.lx.mpart-1), 4), v.End, true
}

// yearWithCue parses a four-digit year followed by में, तक or से ("2025
// में"), or by a part of the year ("2025 के अंत"). A bare number is never a
// year: "1920 लोग" is not a date.
func (c *ctx) yearWithCue(t token) (atom, bool) {
	if !c.year(t) {
		return atom{}, false
	}
	if d, end, ok := c.yearPart(t.Value, t.End); ok {
		return atom{start: t.Start, end: end, kind: akDate, d: d}, true
	}
	u := c.next(t.End)
	if u.isFW(fwMein) || u.isFW(fwTak) || u.isFW(fwSe) {
		return atom{start: t.Start, end: t.End, kind: akDate, d: c.years(t.Value, 1)}, true
	}
	return atom{}, false
}

// yearAfterCue parses "सन् 2025", "वर्ष 2025", "साल 2025", optionally
// followed by a part of the year.
func (c *ctx) yearAfterCue(t token) (atom, bool) {
	u := c.next(t.End)
	if !c.year(u) {
		return atom{}, false
	}
	if d, end, ok := c.yearPart(u.Value, u.End); ok {
		return atom{start: t.Start, end: end, kind: akDate, d: d}, true
	}
	return atom{start: t.Start, end: u.End, kind: akDate, d: c.years(u.Value, 1)}, true
}
