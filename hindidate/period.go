package hindidate

import "strings"

// Periods by number and parts of periods:
//
//   - Weeks of a month or year by ordinal: "दिसंबर के पहले सप्ताह" (days
//     1-7; the second is 8-14 …; the last is the last seven days),
//     fortnights of a month: "दिसंबर के पहले पखवाड़े" (days 1-15; the
//     second or last is the rest), the first or last days of a month and
//     months of a year by count ("सितंबर के पहले 10 दिन", "2015 के पहले
//     तीन महीने", "दिसंबर के आखिरी पांच दिनों"),
//     "2027 का आखिरी सप्ताह" (25-31 December), "अगले महीने के दूसरे
//     हफ्ते"; granularity Week.
//   - Weekdays of a month by ordinal: "अगले महीने के तीसरे गुरुवार", "इस
//     महीने का आखिरी शुक्रवार", "मार्च के दूसरे रविवार".
//   - Days of a month: "इस महीने की 5 तारीख", "अगले महीने की 20 तारीख",
//     "अगले महीने 3 से 9 तक", "नवंबर के आखिरी दिन" (30 November).
//   - Parts of a month: "दिसंबर की शुरुआत", "दिसंबर के मध्य", "मध्य
//     दिसंबर", "दिसंबर के अंत": days 1-10, 11-20 and 21 to the end; "के
//     शुरुआती दिनों" and "के अंतिम दिनों" are the first and the last.
//   - Quarters and halves: "2025 की पहली तिमाही" (January-March),
//     "पिछले साल की चौथी तिमाही", "पहली छमाही" (of ref's year), "इस
//     तिमाही", "अगली छमाही"; granularity Month.
//   - Fiscal years, India's April to March: "वित्त वर्ष 2025-26",
//     "वित्तीय वर्ष 2025-2026", "वित्त वर्ष 2026" (the year that ends in
//     March 2026, as India names it), "चालू वित्त वर्ष", "पिछले वित्त
//     वर्ष", and "2025-26" before a quarter or में; their quarters are
//     fiscal: "वित्त वर्ष 2026 की पहली तिमाही" is April-June 2025.
//     Granularity Month.
//   - Decades and centuries: "1980 के दशक में" ([1980, 1990)), "80 के
//     दशक" and "अस्सी के दशक" (the latest such decade that has begun:
//     the 1980s; "20 के दशक" written in 2025 is the 2020s), "पिछले दशक"
//     (the 2010s, written in 2025), "बीसवीं सदी" and "20वीं सदी" ([1900,
//     2000)), "इस सदी"; granularity Year. Their beginning, middle and end
//     ("19वीं सदी के अंत में") are the first, middle and last third,
//     marked Approximate.
//   - Parts of a year: "2025 की शुरुआत", "के मध्य", "के अंत": the first,
//     middle and last four months.

// yearAt reads a year at t: four digits that stand alone, or number
// words ("दो हज़ार पच्चीस").
func (c *ctx) yearAt(t token) (y, end int, ok bool) {
	if c.year(t) {
		y, end, ok = t.Value, t.End, true
	} else if y, end, ok = c.yearWords(t); !ok {
		return 0, 0, false
	}
	if u := c.next(end); u.lx != nil && u.lx.era == 1 {
		end = u.End // "2025 ईस्वी"
		if v := c.next(end); v.Kind == tWord && c.s[v.Start:v.End] == "सन" {
			end = v.End
		}
	}
	return y, end, true
}

// eraYear parses a year with its era: "57 ईसा पूर्व" (57 BC, year -56 of
// the proleptic calendar), "78 ईसवी", "1947 ईस्वी".
func (c *ctx) eraYear(t token) (atom, bool) {
	if t.Kind != tNum || t.Value < 1 || t.Digits > 4 {
		return atom{}, false
	}
	u := c.next(t.End)
	if u.lx == nil || u.lx.era == 0 {
		return atom{}, false
	}
	y, end := t.Value, u.End
	v := c.next(end)
	if v.IsDash() && v.Start == end {
		v = c.next(v.End)
	}
	bce := v.lx != nil && v.lx.dir < 0 // पूर्व
	if bce {
		y, end = 1-y, v.End
	} else if u.lx.era == 2 {
		return atom{}, false // ईसा alone is a name
	}
	return atom{start: t.Start, end: end, kind: akDate, d: c.years(y, 1)}, true
}

// quarterAbbr parses CLDR's "ति1 2025" (the first quarter of 2025) at t.
func (c *ctx) quarterAbbr(t token) (atom, bool) {
	n := c.next(t.End)
	if n.Start != t.End || n.Kind != tNum || n.Value < 1 || n.Value > 4 {
		return atom{}, false
	}
	y, end := c.ry, n.End
	if yy, yend, ok := c.yearAt(c.next(n.End)); ok {
		y, end = yy, yend
	}
	return atom{start: t.Start, end: end, kind: akDate, d: c.months(y, 1+3*(n.Value-1), 3)}, true
}

// weekNumber reads CLDR's "सप्ताह 3" after "का" (week 3): weeks begin on
// Sunday, as India's calendars print them, and week 1 holds the first day
// of the month or year. It returns the day number the week begins on,
// clipped to first, and its end.
func (c *ctx) weekNumber(w token, first, last int) (start, days, end int, ok bool) {
	if w.lx == nil || w.lx.unit != uWeek {
		return 0, 0, 0, false
	}
	n := c.next(w.End)
	if n.Kind != tNum || n.Value < 1 || n.Value > 53 {
		return 0, 0, 0, false
	}
	s := first - int(weekdayOf(first)) + 7*(n.Value-1)
	e := s + 7
	s = max(s, first)
	e = min(e, last+1)
	if s >= e {
		return 0, 0, 0, false
	}
	return s, e - s, n.End, true
}

// partOf reads "के/की/का <word>" after pos and returns the word's token.
func (c *ctx) partOf(pos int) (token, bool) {
	u := c.next(pos)
	if !u.isFW(fwKe) && !u.isFW(fwKi) && !u.isFW(fwKa) {
		return token{}, false
	}
	v := c.next(u.End)
	return v, v.lx != nil || v.Kind == tNum
}

// firstOrLast reads, after "पहले" (n = 1) or "आखिरी" (n < 0), a count of
// unit at w: "पहले 10 दिन", "आखिरी दो महीनों". It returns the count and
// the end of the unit word.
func (c *ctx) firstOrLast(n int, w token, unit int8) (k, end int, ok bool) {
	if n != 1 && n >= 0 {
		return 0, 0, false
	}
	k, kend, ok := c.countAt(w)
	if !ok || k < 1 {
		return 0, 0, false
	}
	u := c.next(kend)
	if u.lx == nil || u.lx.unit != unit {
		return 0, 0, false
	}
	return k, u.End, true
}

// nthOf reads an ordinal or "last" at t: 1.., or -1 for the last.
func (c *ctx) nthOf(t token) (n, end int, ok bool) {
	if t.lx != nil && t.lx.last {
		return -1, t.End, true
	}
	n, _, end, ok = c.ordinalAt(t)
	return n, end, ok
}

// monthRest extends a, a whole month m of year y, over what follows it:
// a week, a weekday or a part of the month, or a day of it.
func (c *ctx) monthRest(a *atom, y, m int) {
	first := daysFromCivil(y, m, 1)
	dim := daysIn(y, m)
	if v, ok := c.partOf(a.end); ok {
		if s, n, end, ok := c.weekNumber(v, first, first+dim-1); ok {
			a.d, a.end, a.monthInf = c.days(s, n, Week), end, false // "नवंबर का सप्ताह 3"
			return
		}
		if n, nend, ok := c.nthOf(v); ok {
			w := c.next(nend)
			if k, kend, ok := c.firstOrLast(n, w, uDay); ok {
				// "सितंबर के पहले 10 दिन", "दिसंबर के आखिरी पांच दिनों"
				if k > dim {
					return
				}
				from := first
				if n < 0 {
					from = first + dim - k
				}
				a.d, a.end, a.monthInf = c.days(from, k, Day), kend, false
				return
			}
			switch {
			case w.lx != nil && w.lx.unit == uWeek:
				switch {
				case n < 0:
					a.d, a.end = c.days(first+dim-7, 7, Week), w.End
				case n >= 1 && n <= 5:
					a.d, a.end = c.days(first+7*(n-1), min(7, dim-7*(n-1)), Week), w.End
				}
				return
			case w.lx != nil && w.lx.unit == uFortnight:
				// "दिसंबर के पहले पखवाड़े": days 1-15; the second (and last)
				// is the rest of the month.
				switch {
				case n == 1:
					a.d, a.end, a.monthInf = c.days(first, 15, Day), w.End, false
				case n == 2 || n < 0:
					a.d, a.end, a.monthInf = c.days(first+15, dim-15, Day), w.End, false
				}
				return
			case w.lx != nil && w.lx.weekday != 0:
				wd := int(w.lx.weekday - 1)
				var z int
				if n < 0 {
					last := first + dim - 1
					z = last - (int(weekdayOf(last))-wd+7)%7
				} else {
					z = first + (wd-int(weekdayOf(first))+7)%7 + 7*(n-1)
				}
				if z >= first+dim || n > 5 {
					c.fail(v.Start, w.End, "the month has no such weekday")
					return
				}
				a.d, a.end, a.single = c.days(z, 1, Day), w.End, true
				_, a.mon, a.day = civilFromDays(z)
				a.monthInf = false
				return
			}
		}
		part, end := int8(0), v.End
		if v.lx != nil {
			part = v.lx.mpart
			if w := c.next(v.End); w.lx != nil && w.lx.unit == uDay {
				switch plural := c.s[w.Start:w.End] == "दिनों"; {
				case plural && (part != 0 || v.lx.last):
					// "नवंबर के शुरुआती दिनों", "नवंबर के अंतिम दिनों"
					end = w.End
					if part == 0 {
						part = 3
					}
				case !plural && v.lx.last:
					// "नवंबर के आखिरी दिन": its last day
					*a = c.dayAtom(a.start, w.End, y, m, dim, 1, false)
					return
				}
			}
		}
		if part != 0 {
			switch part {
			case 1:
				a.d = c.days(first, 10, Day)
			case 2:
				a.d = c.days(first+10, 10, Day)
			case 3:
				a.d = c.days(first+20, dim-20, Day)
			}
			a.end, a.monthInf = end, false
			return
		}
		// "इस महीने की 5 तारीख"
		if d, ok := dayValue(v); ok {
			if w := c.next(v.End); w.isFW(fwTarikh) {
				if !validDate(y, m, d) {
					c.fail(v.Start, w.End, "no such day in the month")
					return
				}
				*a = c.dayAtom(a.start, w.End, y, m, d, 1, false)
				return
			}
		}
		return
	}
	// "अगले महीने 3 से 9 तक", "अगले महीने 5 तारीख को"
	v := c.next(a.end)
	d1, ok := dayValue(v)
	if !ok {
		return
	}
	d2, end := d1, v.End
	if s := c.next(v.End); s.isFW(fwSe) || s.IsDash() {
		if w := c.next(s.End); w.Kind == v.Kind {
			if dv, ok := dayValue(w); ok && dv > d1 {
				d2, end = dv, w.End
			}
		}
	}
	u := c.next(end)
	switch {
	case u.isFW(fwTarikh):
		end = u.End
	case u.isFW(fwTak) && d2 > d1, u.isFW(fwKo) && d2 == d1:
	default:
		return
	}
	if !validDate(y, m, d1) || !validDate(y, m, d2) {
		c.fail(v.Start, end, "no such day in the month")
		return
	}
	*a = c.dayAtom(a.start, end, y, m, d1, d2-d1+1, false)
}

// midMonth parses the middle of a month named after मध्य: "मध्य दिसंबर",
// "मध्य-जनवरी 2026", the same days as "दिसंबर के मध्य".
func (c *ctx) midMonth(t token) (atom, bool) {
	if strings.HasSuffix(strings.TrimRight(c.s[:t.Start], " "), " के") {
		return atom{}, false // "भारत और चीन के मध्य दिसंबर में": between them, in December
	}
	u := c.next(t.End)
	if u.IsDash() {
		u = c.next(u.End)
	}
	if u.lx == nil || u.lx.month == 0 || u.lx.short || u.lx.latin {
		return atom{}, false
	}
	m, end, ok := c.monthWord(u)
	if !ok {
		return atom{}, false
	}
	v := c.next(end)
	if v.Is(',') {
		v = c.next(v.End)
	}
	y, yend, written := c.yearAt(v)
	if written {
		end = yend
	} else {
		y = c.nearestMonthYear(m)
	}
	// Days 11-20, with the year's doubt a day without a year has (yearByTense).
	a := atom{start: t.Start, end: end, kind: akDate, d: c.days(daysFromCivil(y, m, 1)+10, 10, Day), mon: m, day: 11, inferred: !written}
	return a, true
}

// yearRest extends a, the whole year y, over a part written after it:
// "की शुरुआत/के मध्य/के अंत", "की पहली तिमाही", "की दूसरी छमाही", "का
// आखिरी सप्ताह", "की दिवाली".
func (c *ctx) yearRest(a *atom, y int) {
	v, ok := c.partOf(a.end)
	if !ok {
		return
	}
	if v.lx != nil && v.lx.mpart != 0 {
		a.d, a.end = c.months(y, 1+4*int(v.lx.mpart-1), 4), v.End
		return
	}
	if s, n, end, ok := c.weekNumber(v, daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)); ok {
		a.d, a.end = c.days(s, n, Week), end // "2025 का सप्ताह 47"
		return
	}
	if v.lx != nil && v.lx.named != 0 {
		if nd, end, ok := c.matchNamed(v); ok {
			if b, ok := c.namedIn(a.start, end, nd, y); ok {
				*a = b
			}
		}
		return
	}
	n, nend, ok := c.nthOf(v)
	if !ok {
		return
	}
	w := c.next(nend)
	if k, kend, ok := c.firstOrLast(n, w, uMonth); ok {
		// "2015 के पहले तीन महीने", "साल के आखिरी दो महीनों"
		if k > 12 {
			return
		}
		from := 1
		if n < 0 {
			from = 13 - k
		}
		a.d, a.end = c.months(y, from, k), kend
		return
	}
	if w.lx == nil {
		return
	}
	switch w.lx.unit {
	case uWeek:
		first, last := daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)
		switch {
		case n < 0:
			a.d = c.days(last-6, 7, Week)
		case n >= 1 && n <= 53:
			a.d = c.days(first+7*(n-1), min(7, last+1-(first+7*(n-1))), Week)
		default:
			return
		}
	case uMonth:
		if n < 0 {
			n = 12
		}
		if n > 12 {
			return
		}
		a.d = c.months(y, n, 1)
	case uQuarter:
		if n < 0 {
			n = 4
		}
		if n > 4 {
			return
		}
		a.d = c.months(y, 1+3*(n-1), 3)
	case uHalf:
		if n < 0 {
			n = 2
		}
		if n > 2 {
			return
		}
		a.d = c.months(y, 1+6*(n-1), 6)
	default:
		return
	}
	a.end = w.End
}

// spanRest extends a, a decade or century of n years, over "की शुरुआत",
// "के मध्य", "के अंत": its first, middle and last third, approximately.
func (c *ctx) spanRest(a *atom, n int) {
	v, ok := c.partOf(a.end)
	if !ok || v.lx == nil || v.lx.mpart == 0 {
		return
	}
	y := a.d.Start.Year()
	third := (n + 2) / 3
	switch v.lx.mpart {
	case 1:
		a.d = c.years(y, third)
	case 2:
		a.d = c.years(y+third, n-2*third)
	case 3:
		a.d = c.years(y+n-third, third)
	}
	a.d.Approximate = true
	a.end = v.End
}

// fiscalRest extends a, the fiscal year that begins in April of y, over a
// quarter or half written after it.
func (c *ctx) fiscalRest(a *atom, y int) {
	v, ok := c.partOf(a.end)
	if !ok {
		return
	}
	if v.lx != nil && v.lx.month != 0 {
		// "वित्त वर्ष 2025-26 की अप्रैल-जून तिमाही"
		m1, e1, _ := c.monthWord(v)
		if d := c.next(e1); d.IsDash() {
			if w := c.next(d.End); w.lx != nil && w.lx.month != 0 {
				m2, e2, _ := c.monthWord(w)
				if q := c.next(e2); q.lx != nil && (q.lx.unit == uQuarter || q.lx.unit == uHalf) {
					y1, y2 := y, y
					if m1 < 4 {
						y1++
					}
					if m2 < 4 {
						y2++
					}
					a.d = c.months(y1, m1, 1)
					a.d.End = c.months(y2, m2, 1).End
					a.end = q.End
				}
			}
		}
		return
	}
	n, nend, ok := c.nthOf(v)
	if !ok {
		return
	}
	w := c.next(nend)
	if w.lx == nil {
		return
	}
	switch {
	case w.lx.unit == uQuarter && (n < 0 || n <= 4):
		if n < 0 {
			n = 4
		}
		a.d = c.months(y, 4+3*(n-1), 3)
	case w.lx.unit == uHalf && (n < 0 || n <= 2):
		if n < 0 {
			n = 2
		}
		a.d = c.months(y, 4+6*(n-1), 6)
	default:
		return
	}
	a.end = w.End
}

// fiscalAt reads the year of a fiscal year at t: "2025-26", "2025-2026"
// (which must follow each other) or "2026" (the year it ends in) when
// plain is set. It returns the year it begins in.
func (c *ctx) fiscalAt(t token, plain bool) (y, end int, ok bool) {
	if !isYear(t) {
		return 0, 0, false
	}
	d := c.next(t.End)
	if d.Start == t.End && (d.IsDash() || d.Is('/')) {
		if e := c.next(d.End); e.Start == d.End && e.Kind == tNum {
			switch {
			case e.Digits == 2 && e.Value == (t.Value+1)%100:
				return t.Value, e.End, true
			case e.Digits == 4 && e.Value == t.Value+1:
				return t.Value, e.End, true
			}
			return 0, 0, false
		}
	}
	if plain {
		return t.Value - 1, t.End, true
	}
	return 0, 0, false
}

// fiscal parses "वित्त वर्ष 2025-26", "वित्तीय वर्ष 2026" at t.
func (c *ctx) fiscal(t token) (atom, bool) {
	u := c.next(t.End)
	if u.lx == nil || u.lx.unit != uYear {
		return atom{}, false
	}
	v := c.next(u.End)
	y, end, ok := c.fiscalAt(v, true)
	if !ok {
		return atom{}, false
	}
	a := atom{start: t.Start, end: end, kind: akDate, d: c.months(y, 4, 12)}
	c.fiscalRest(&a, y)
	return a, true
}

// fiscalModified parses "चालू वित्त वर्ष", "पिछले वित्त वर्ष": t is the
// modifier, u वित्त.
func (c *ctx) fiscalModified(t, u token, delta int) (atom, bool) {
	v := c.next(u.End)
	if v.lx == nil || v.lx.unit != uYear {
		return atom{}, false
	}
	y := c.ry
	if c.rm < 4 {
		y--
	}
	y += delta
	a := atom{start: t.Start, end: v.End, kind: akDate, d: c.months(y, 4, 12)}
	c.fiscalRest(&a, y)
	return a, true
}

// bareFiscal parses "2025-26" followed by a quarter, a half, में, तक or
// से: India's fiscal year.
func (c *ctx) bareFiscal(t token) (atom, bool) {
	y, end, ok := c.fiscalAt(t, false)
	if !ok {
		return atom{}, false
	}
	if b := strings.TrimRight(c.s[max(0, t.Start-24):t.Start], " \t"); strings.HasSuffix(b, "सत्र") || strings.HasSuffix(b, "सीजन") {
		return atom{}, false // "शैक्षणिक सत्र 2023-24": an academic year, bounds unknown
	}
	a := atom{start: t.Start, end: end, kind: akDate, d: c.months(y, 4, 12)}
	c.fiscalRest(&a, y)
	if a.end != end {
		return a, true
	}
	if u := c.next(end); u.isFW(fwMein) || u.isFW(fwTak) || u.isFW(fwSe) {
		return a, true
	}
	return atom{}, false
}

// decade parses "1980 के दशक", "80 के दशक", "अस्सी के दशक", "1980 का
// दशक" at t (a number or a number word).
func (c *ctx) decade(t token) (atom, bool) {
	var n, end int
	switch {
	case t.Kind == tNum && (t.Digits == 4 || t.Digits == 2):
		n, end = t.Value, t.End
		if o, _, oend, ok := c.ordinalAt(t); ok { // "90वें के दशक"
			n, end = o, oend
		}
	case t.lx != nil && t.lx.num != 0:
		n, end = int(t.lx.num), t.End
	default:
		return atom{}, false
	}
	if n%10 != 0 {
		return atom{}, false
	}
	u := c.next(end)
	if u.isFW(fwKe) || u.isFW(fwKa) {
		u = c.next(u.End)
	}
	if u.lx == nil || u.lx.unit != uDecade {
		return atom{}, false
	}
	y := n
	switch {
	case n >= minYear && n <= maxYear:
	case n < 100:
		y = c.ry - mod10(c.ry, 100) + n
		if y > c.ry {
			y -= 100
		}
	default:
		return atom{}, false
	}
	a := atom{start: t.Start, end: u.End, kind: akDate, d: c.years(y, 10)}
	c.spanRest(&a, 10)
	return a, true
}

// ordinalFirst parses what begins with an ordinal: "बीसवीं सदी", "21वीं
// सदी", "पहली छमाही", "चौथी तिमाही" (of ref's year), "77वां स्वतंत्रता
// दिवस".
func (c *ctx) ordinalFirst(t token) (atom, bool) {
	n, _, end, ok := c.ordinalAt(t)
	if !ok {
		return atom{}, false
	}
	u := c.next(end)
	if u.lx == nil {
		return atom{}, false
	}
	a := atom{start: t.Start, end: u.End, kind: akDate}
	switch {
	case u.lx.unit == uCentury && n >= 1 && n <= 30:
		a.d = c.years(100*(n-1), 100)
		c.spanRest(&a, 100)
		return a, true
	case u.lx.unit == uQuarter && n <= 4, u.lx.unit == uHalf && n <= 2:
		// "पहली तिमाही", "पहली तिमाही 2025" (CLDR's QQQQ y)
		y := c.ry
		if yy, yend, ok := c.yearAt(c.next(u.End)); ok {
			y, a.end = yy, yend
		}
		if u.lx.unit == uQuarter {
			a.d = c.months(y, 1+3*(n-1), 3)
		} else {
			a.d = c.months(y, 1+6*(n-1), 6)
		}
		return a, true
	case u.lx.named != 0:
		nd, nend, ok := c.matchNamed(u)
		if !ok || nd.anniv == 0 || n < 50 {
			return atom{}, false // "लगातार दसवां स्वतंत्रता दिवस संबोधन": the speaker's tenth
		}
		return c.namedIn(t.Start, nend, nd, int(nd.anniv)+n)
	}
	return atom{}, false
}

// dayOfMonth parses "5 तारीख को", "पांच तारीख": day 5 of the month
// nearest to ref that has it, the tense of the sentence choosing between
// the last and the next one in FindAll (see finalize). Without a tense the
// other one is the alternative, Ambiguous.
func (c *ctx) dayOfMonth(t token) (atom, bool) {
	d, ok := dayValue(t)
	if !ok {
		return atom{}, false
	}
	u := c.next(t.End)
	if !u.isFW(fwTarikh) {
		return atom{}, false
	}
	prev, next := c.domAround(d)
	z := prev
	if next-c.rday < c.rday-prev {
		z = next
	}
	a := atom{start: t.Start, end: u.End, kind: akDate, d: c.days(z, 1, Day), single: true, domInf: true}
	_, a.mon, a.day = civilFromDays(z)
	return a, true
}

// domAround returns the last day numbered d on or before ref's day and the
// first one after it.
func (c *ctx) domAround(d int) (prev, next int) {
	y, m := c.ry, c.rm
	for i := 0; i < 12; i++ {
		if validDate(y, m, d) {
			if z := daysFromCivil(y, m, d); z <= c.rday {
				prev = z
				break
			}
		}
		if m--; m == 0 {
			y, m = y-1, 12
		}
	}
	y, m = c.ry, c.rm
	for i := 0; i < 12; i++ {
		if validDate(y, m, d) {
			if z := daysFromCivil(y, m, d); z > c.rday {
				next = z
				break
			}
		}
		if m++; m == 13 {
			y, m = y+1, 1
		}
	}
	return prev, next
}
