package hindidate

import (
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Offsets from the reference time or from a named day:
//
//   - "दो दिन पहले", "3 दिन बाद", "दस दिन पूर्व": an offset in days is
//     that exact day.
//   - "दो हफ्ते पहले", "तीन महीने बाद", "तीन साल पहले", "दो दशक पहले": an
//     offset in weeks, fortnights, months, quarters, years, decades or
//     centuries is the exact offset day (14 days before; the same day of
//     the month three months on, or the month's last day when it has no
//     such day; the same calendar day three years before), marked
//     Approximate, since the writer rounds. Its granularity is Day.
//   - "चार घंटे पहले", "ढाई घंटे बाद", "आधे घंटे बाद", "45 मिनट में", "30
//     सेकंड बाद": an offset in hours, minutes or seconds is the reference
//     time moved by it, to the minute (granularity Minute).
//   - Compound offsets add up: "1 साल 3 महीने बाद", "2 हफ्ते और 3 दिन
//     पहले", "डेढ़ साल पहले" (18 months). The finest unit decides whether
//     the result is Approximate and its granularity.
//   - "तीन दिन में", "छह महीने में", "45 मिनट में" (in three days …) are
//     future offsets, as "बाद" is; "दो हफ्तों के भीतर" and "तीन दिन के
//     अंदर" (within) are the window from the reference day (or time, for
//     hours and minutes) to that point: "दो हफ्तों के भीतर" written on 18
//     November is [18 November, 2 December).
//   - Counted from a named day: "कल से चार दिन बाद", "परसों से दो दिन
//     पहले", "आज से एक हफ्ते बाद", "अब से दो घंटे बाद" (from ref), "15 अगस्त से दो दिन पहले", "दिवाली से
//     एक दिन पहले": one exact day (कल and परसों keep both readings until
//     the tense settles them).
//
// What is not an offset but a gap or a duration, in running text
// (FindAll): "N … बाद" whose clause is in the past or the present ("15
// साल बाद पहला दौरा है", "4 साल बाद भारत आ रहे हैं", "12 साल बाद पहली
// बार"); "N … में" and "N … के भीतर" unless the clause points ahead and
// no quantity follows ("23 दिनों में 17 बैठकें होंगी", "3 साल में
// व्यापार बढ़ा"), and "N … में" before a first ("41 वर्षों में … की पहली
// यात्रा होगी"); "N … पहले" after से ("परीक्षा से दस मिनट पहले": before
// an event) or in a clause that points ahead. Vague counts (कुछ दिन
// पहले, कई साल पहले) are refused on purpose. Parse sees no clause and
// reads every form as an offset from ref.

// offSpec is an offset: calendar months, days and minutes, signed.
type offSpec struct {
	months, days, minutes int32
	finest                int8 // the finest unit written, u*
	window                bool // "के भीतर": the span from the anchor to the point
	set                   bool
}

// offsetMode is how an offset phrase ends.
const (
	offBefore = iota + 1 // पहले, पूर्व
	offAfter             // बाद, के बाद
	offIn                // में
	offWithin            // के भीतर, के अंदर
)

// quarters reads an amount at t in quarters of a unit: a count ("तीन",
// "48"), or a fraction word (डेढ़ 1½, ढाई 2½, आधा ½, साढ़े/सवा/पौने N,
// and सवा 1¼ and पौने ¾ before a unit).
func (c *ctx) quarters(t token) (q, end int, ok bool) {
	if t.lx != nil && t.lx.frac != 0 {
		var q int
		switch t.lx.frac {
		case fracOneHalf:
			q = 6
		case fracTwoHalf:
			q = 10
		case fracHalf:
			q = 2
		}
		if q != 0 {
			if u := c.next(t.End); u.lx != nil && u.lx.mult != 0 && u.lx.num == 0 {
				return q * int(u.lx.mult), u.End, true // "डेढ़ सौ साल": 150; at most ढाई हज़ार, 2500
			}
			return q, t.End, true
		}
		u := c.next(t.End)
		n, nend, ok := c.countAt(u)
		if ok {
			// "सवा सौ", "साढ़े तीन सौ": the fraction is of the hundreds
			// (125, 350), not a quarter or a half more than them.
			last, words := u, 1
			for last.End < nend {
				last, words = c.next(last.End), words+1
			}
			m := 0
			if last.lx != nil && words <= 2 {
				m = int(last.lx.mult) // "सवा सौ", "साढ़े तीन सौ"; not "साढ़े तीन हज़ार पांच सौ"
			}
			if m != 0 && n%m == 0 && n/m <= 99 && (4*(n/m)+2)*m <= 4*9999 {
				f := 2
				switch t.lx.frac {
				case fracQuarterPast:
					f = 1
				case fracQuarterTo:
					f = -1
				}
				return (4*(n/m) + f) * m, nend, true
			}
		}
		if !ok && u.lx != nil && u.lx.unit != 0 {
			// "सवा घंटे बाद", "सवा साल पहले", "पौने घंटे में": a
			// quarter more or less than one unit.
			switch t.lx.frac {
			case fracQuarterPast:
				return 5, t.End, true
			case fracQuarterTo:
				return 3, t.End, true
			}
		}
		if !ok || n < 1 || n > 999 {
			return 0, 0, false
		}
		switch t.lx.frac {
		case fracHalfPast:
			return 4*n + 2, nend, true
		case fracQuarterPast:
			return 4*n + 1, nend, true
		default:
			return 4*n - 1, nend, true
		}
	}
	n, end, ok := c.countAt(t)
	if !ok || n < 1 || n > 9999 {
		return 0, 0, false
	}
	return 4 * n, end, true
}

// addUnit adds q quarters of unit u to o.
func (o *offSpec) addUnit(q int, u int8) {
	q32 := int32(q)
	switch u {
	case uSecond:
		o.minutes += q32 / 4 / 60
	case uMinute:
		o.minutes += q32 / 4
	case uHour:
		o.minutes += q32 * 15
	case uDay:
		if q%4 == 0 {
			o.days += q32 / 4
		} else {
			o.minutes += q32 * 360
		}
	case uWeek:
		o.days += 7 * q32 / 4
	case uFortnight:
		o.days += 15 * q32 / 4
	case uMonth:
		o.months += q32 / 4
		o.days += 15 * (q32 % 4 / 2)
	case uQuarter:
		o.months += 3 * q32 / 4
	case uHalf:
		o.months += 6 * q32 / 4
	case uYear:
		o.months += 12 * q32 / 4
	case uDecade:
		o.months += 120 * q32 / 4
	case uCentury:
		o.months += 1200 * q32 / 4
	}
	if o.finest == 0 || u < o.finest {
		o.finest = u
	}
	if u == uDay && q%4 != 0 {
		o.finest = uHour
	}
}

// unitAt reads a unit of time at t: a unit word, or CLDR's abbreviations
// with their mark: "घं॰" (hours), "मि॰" (minutes), "से॰" (seconds), "ति॰"
// (quarters).
func (c *ctx) unitAt(t token) (unit int8, end int, ok bool) {
	if t.lx == nil {
		return 0, 0, false
	}
	if t.lx.unit != 0 {
		// "तीन दौर पहले": rounds of talks counted, not decades; दौर is
		// a decade only after its number ("90 के दौर में").
		return t.lx.unit, t.End, t.lx.unit != uWeekend && t.Text(c.s) != "दौर"
	}
	if t.lx.unitAbbr != 0 || t.isFW(fwSe) {
		if m := c.next(t.End); m.Start == t.End && m.Kind == tPunct && hindi.IsAbbreviationMark(m.Rune) {
			if t.isFW(fwSe) {
				return uSecond, m.End, true
			}
			return t.lx.unitAbbr, m.End, true
		}
	}
	return 0, 0, false
}

// weekdaysAway parses CLDR's "3 सोमवार में" (in three Mondays: the third
// Monday from now) and "2 रविवार पूर्व" (two Sundays ago) at t.
func (c *ctx) weekdaysAway(t token) (atom, bool) {
	n, nend, ok := c.countAt(t)
	if !ok || n < 1 || n > 520 {
		return atom{}, false
	}
	w := c.next(nend)
	wd, wend, ok := c.weekdayWord(w)
	if !ok {
		return atom{}, false
	}
	d := c.next(wend)
	rw := int(weekdayOf(c.rday))
	var z int
	switch {
	case d.isFW(fwMein) || d.lx != nil && d.lx.dir > 0:
		f := (wd - rw + 7) % 7
		if f == 0 {
			f = 7
		}
		z = c.rday + f + 7*(n-1)
	case d.lx != nil && d.lx.dir < 0:
		b := (rw - wd + 7) % 7
		if b == 0 {
			b = 7
		}
		z = c.rday - b - 7*(n-1)
	default:
		return atom{}, false
	}
	if !c.offsetIsDate(t.Start, offIn, d.End, uDay) && d.isFW(fwMein) {
		return atom{}, false
	}
	a := atom{start: t.Start, end: d.End, kind: akDate, d: c.days(z, 1, Day), single: true}
	_, a.mon, a.day = civilFromDays(z)
	return a, true
}

// weekdayWord reads a weekday's name at t: the full name, or CLDR's
// abbreviation with its mark ("सोम॰").
func (c *ctx) weekdayWord(t token) (wd, end int, ok bool) {
	if t.lx == nil {
		return 0, 0, false
	}
	if t.lx.weekday != 0 {
		return int(t.lx.weekday - 1), t.End, true
	}
	if t.lx.wdShort != 0 {
		if m := c.next(t.End); m.Start == t.End && m.Kind == tPunct && hindi.IsAbbreviationMark(m.Rune) {
			return int(t.lx.wdShort - 1), m.End, true
		}
	}
	return 0, 0, false
}

// offsetPhrase reads "<amount> <unit> [और <amount> <unit>] … <direction>"
// at t, with units from larger to smaller. It returns the offset, signed,
// how it ends and its end.
func (c *ctx) offsetPhrase(t token) (o offSpec, mode, end int, ok bool) {
	u := t
	last := int8(127)
	for pairs := 0; pairs < 4; pairs++ {
		q, qend, ok := c.quarters(u)
		if !ok {
			break
		}
		un := c.next(qend)
		unit, uend, ok := c.unitAt(un)
		if !ok || unit >= last {
			break
		}
		o.addUnit(q, unit)
		last = unit
		end = uend
		o.set = true
		u = c.next(uend)
		if u.isFW(fwAur) || u.Is(',') {
			if v := c.next(u.End); v.Kind == tNum || v.lx != nil && (v.lx.num != 0 || v.lx.frac != 0) {
				u = v
			}
		}
	}
	if !o.set {
		return offSpec{}, 0, 0, false
	}
	u = c.next(end)
	if u.isFW(fwKe) {
		v := c.next(u.End)
		switch {
		case v.lx != nil && v.lx.dir > 0:
			return o, offAfter, v.End, true
		case v.isFW(fwBhitar):
			o.window = true
			return o, offWithin, v.End, true
		}
		return offSpec{}, 0, 0, false
	}
	switch {
	case u.lx != nil && u.lx.dir < 0:
		o.months, o.days, o.minutes = -o.months, -o.days, -o.minutes
		return o, offBefore, u.End, true
	case u.lx != nil && u.lx.dir > 0:
		return o, offAfter, u.End, true
	case u.isFW(fwMein):
		return o, offIn, u.End, true
	}
	return offSpec{}, 0, 0, false
}

// offset parses an offset from ref at t: "दो दिन पहले", "45 मिनट में".
func (c *ctx) offset(t token) (atom, bool) {
	o, mode, end, ok := c.offsetPhrase(t)
	if !ok || !c.offsetIsDate(t.Start, mode, end, o.finest) {
		return atom{}, false
	}
	a := c.applyOffset(t.Start, end, o, c.rday, true)
	a.ospec = o
	return a, true
}

// offsetIsDate reports whether the offset phrase from start to end, ending
// as mode says, is a date in its sentence rather than a gap, a duration or
// an offset from some event (see the file comment).
func (c *ctx) offsetIsDate(start, mode, end int, finest int8) bool {
	if !c.findAll {
		return true
	}
	before := strings.TrimRight(c.s[max(0, start-40):start], " \t")
	if (mode == offBefore || mode == offAfter) && (strings.HasSuffix(before, "से") || strings.HasSuffix(before, "कम") || strings.HasSuffix(before, "के")) {
		return false // "परीक्षा से दस मिनट पहले", "कम से कम दस मिनट पहले", "शुरू होने के एक घंटे बाद"
	}
	v, _ := c.verbsAfter(end)
	ahead := v.Ahead() || v.Mood == hindi.Imperative
	switch mode {
	case offBefore:
		return !ahead || v.Tense == hindi.NoTense
	case offAfter:
		if u := c.next(end); u.lx != nil && u.lx.ord == 1 || c.hasWord(end, "पहली बार", 8) {
			return false // "12 साल बाद पहली बार"
		}
		switch v.Tense {
		case hindi.Future:
			return true
		case hindi.NoTense:
			// "12 साल बाद चैंपियंस ट्रॉफी जीती": a verb the layer does not
			// know; a gap of months or years is the likelier reading.
			return finest < uMonth
		}
		return v.Mood == hindi.Imperative
	default: // में, के भीतर
		if u := c.next(end); u.Kind == tNum || u.lx != nil && u.lx.num != 0 {
			return false // "23 दिनों में 17 बैठकें होंगी": a duration
		}
		if mode == offIn && c.firstOf(end) {
			return false // "ये 41 वर्षों में … ऑस्ट्रिया की पहली यात्रा होगी": the first in 41 years, a gap
		}
		return ahead
	}
}

// firstOf reports a first after pos in its clause ("की पहली", "का पहला",
// "के बीच पहली", or the offset's own "में पहली बार", "में पहली … बैठक":
// "यह चार साल में पहली अमेरिका-रूस राष्ट्रपति बैठक होगी"), with no comma, जहां
// or और between: "41 वर्षों में किसी भारतीय प्रधानमंत्री की ऑस्ट्रिया की
// पहली यात्रा", "10 साल में पहली बार पाकिस्तान जाएंगे" (the first in so
// many years), not "दो महीने में … जाएंगे, जहां वे पहली बार …" nor "दो
// साल में भारत अपना पहला … मिशन भेजेगा".
func (c *ctx) firstOf(pos int) bool {
	rest := c.s[max(0, pos-len(" में")):min(len(c.s), pos+400)] // from the offset's own में
	i := -1
	for _, p := range []string{" की पहली", " का पहला", " में पहली", " में पहला", " बीच पहली"} {
		if k := strings.Index(rest, p); k >= 0 && (i < 0 || k < i) {
			i = k
		}
	}
	if i < 0 {
		return false
	}
	between := rest[:i]
	if strings.ContainsAny(between, ",।?!") || strings.Contains(between, "जहां") || strings.Contains(between, "जहाँ") || strings.Contains(between, " और ") {
		return false
	}
	return !strings.Contains(between, ". ")
}

// hasWord reports whether phrase occurs within the next n*12 bytes after
// pos (n short words; a long Devanagari word takes three times that),
// within the sentence.
func (c *ctx) hasWord(pos int, phrase string, n int) bool {
	i := strings.Index(c.s[pos:min(len(c.s), pos+n*12)], phrase)
	if i < 0 {
		return false
	}
	for j := pos; j < pos+i; {
		t := c.next(j)
		if t.Kind == tPunct && hindi.EndsSentence(c.s, t.Start) {
			return false
		}
		j = t.End
		if t.Kind == tEOF {
			break
		}
	}
	return true
}

// applyOffset builds the atom of offset o from day number z (at ref's
// time of day when fromRef is set and the offset is in hours or minutes).
func (c *ctx) applyOffset(start, end int, o offSpec, z int, fromRef bool) atom {
	a := atom{start: start, end: end, kind: akDate}
	if o.finest <= uHour {
		var base time.Time
		if fromRef {
			base = c.ref.Truncate(time.Minute)
		} else {
			y, m, d := civilFromDays(z)
			base = time.Date(y, time.Month(m), d, c.ref.Hour(), c.ref.Minute(), 0, 0, c.loc)
		}
		at := addMonths(base, int(o.months)).AddDate(0, 0, int(o.days)).Add(time.Duration(o.minutes) * time.Minute)
		if o.window {
			a.d = Date{Start: base, End: at, Granularity: Minute}
			if at.Before(base) {
				a.d.Start, a.d.End = at, base
			}
			return a
		}
		a.d = Date{Start: at, End: at.Add(time.Minute), Granularity: Minute}
		return a
	}
	y, m, d := civilFromDays(z)
	to := addMonthsCivil(y, m, d, int(o.months)) + int(o.days)
	if o.window {
		lo, hi := z, to
		if hi < lo {
			lo, hi = hi, lo
		}
		a.d = c.days(lo, hi-lo, Day)
		return a
	}
	a.d = c.days(to, 1, Day)
	a.d.Approximate = o.finest >= uWeek && o.finest != uDay
	a.single = true
	_, a.mon, a.day = civilFromDays(to)
	return a
}

// addMonthsCivil returns the day number n months after y-m-d, keeping the
// day of the month or, when the month is shorter, its last day.
func addMonthsCivil(y, m, d, n int) int {
	mm := m - 1 + n
	y += mm / 12
	mm %= 12
	if mm < 0 {
		mm += 12
		y--
	}
	if dim := daysIn(y, mm+1); d > dim {
		d = dim
	}
	return daysFromCivil(y, mm+1, d)
}

// addMonths is addMonthsCivil for a time, keeping its clock.
func addMonths(t time.Time, n int) time.Time {
	if n == 0 {
		return t
	}
	y, m, d := t.Date()
	z := addMonthsCivil(y, int(m), d, n)
	yy, mm, dd := civilFromDays(z)
	return time.Date(yy, time.Month(mm), dd, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// anchored parses "से <offset>" after a one-day atom a: "कल से चार दिन
// बाद", "15 अगस्त से दो दिन पहले". It returns the shifted atom.
func (c *ctx) anchored(a atom) (atom, bool) {
	se := c.next(a.end)
	if !se.isFW(fwSe) {
		return atom{}, false
	}
	u := c.next(se.End)
	o, mode, end, ok := c.offsetPhrase(u)
	if !ok || mode != offBefore && mode != offAfter || o.finest <= uHour {
		return atom{}, false
	}
	switch a.kind {
	case akDate:
		if !a.single {
			return atom{}, false
		}
		if a.inferred {
			// The anchor's year is read by the tense, as the anchor
			// alone would be: "15 अगस्त से दो दिन पहले … मिलेंगे",
			// written in November, is next August's.
			if a.named != 0 {
				a.d = c.namedByTense(a, end)
			} else {
				a.d = c.yearByTense(a, end)
			}
		}
		z := daysFromCivil(a.d.Start.Year(), int(a.d.Start.Month()), a.d.Start.Day())
		b := c.applyOffset(a.start, end, o, z, false)
		if a.d.Ambiguous {
			alt := c.applyOffset(a.start, end, o, daysFromCivil(a.d.AltStart.Year(), int(a.d.AltStart.Month()), a.d.AltStart.Day()), false)
			b.d.Ambiguous, b.d.AltStart, b.d.AltEnd = true, alt.d.Start, alt.d.End
		}
		b.d.Approximate = b.d.Approximate || a.d.Approximate
		return b, true
	case akRelDay:
		past := c.applyOffset(a.start, end, o, c.rday-a.n, false)
		fut := c.applyOffset(a.start, end, o, c.rday+a.n, false)
		switch c.tense(end) {
		case tensePast:
			return past, true
		case tenseFuture:
			return fut, true
		}
		past.d.Ambiguous, past.d.AltStart, past.d.AltEnd = true, fut.d.Start, fut.d.End
		return past, true
	}
	return atom{}, false
}
