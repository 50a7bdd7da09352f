package hindidate

// Relative dates, resolved against ref:
//
//   - आज is ref's day; कल, परसों, नरसों are 1, 2, 3 days away, back or
//     forward by the tense of the sentence (see [Parser.FindAll]).
//   - "दो दिन पहले", "3 दिन बाद", "दो सप्ताह पहले", "तीन महीने बाद": the
//     calendar unit that many units from ref's (the day; the week, Monday to
//     Sunday; the month; the year), with the unit as granularity.
//   - "अगले/पिछले/इस सप्ताह|हफ्ते|महीने|साल", "आगामी", "आने वाले", "बीते",
//     "गत": the next, previous or current week (Monday to Sunday), month or
//     year.
//   - "पिछले दो सप्ताह", "अगले तीन दिनों": the N whole units just before
//     ref's unit, or just after it.
//   - "अगले/आगामी मंगलवार": the first Tuesday after ref's day; "पिछले
//     मंगलवार": the last one before it; "इस मंगलवार": the one in ref's week.
//   - "आगामी/अगले दिसंबर": the first December after ref's month; "पिछले/
//     बीते दिसंबर": the last one before it; "इस दिसंबर": the one in ref's
//     year. "पिछले साल दिसंबर में", "अगले साल 5 मार्च को": that month or day
//     in the previous or next year.
//   - "महीने के अंत", "इस साल की शुरुआत": parts of ref's month or year.
//
// "अगले दिन" and "पिछले दिनों" are not matched: they are relative to the
// story, not to the dateline.

// modDelta returns the unit offset of a modifier.
func modDelta(mod int8) int {
	switch mod {
	case modNext, modComing:
		return 1
	case modLast:
		return -1
	}
	return 0
}

// weekStart returns the Monday on or before day number z.
func weekStart(z int) int { return z - (int(weekdayOf(z))+6)%7 }

// relDay parses आज, कल, परसों, नरसों.
func (c *ctx) relDay(t token) (atom, bool) {
	// "आज-कल", "कल-कारखाने" are other words.
	if n := c.next(t.End); n.Start == t.End && n.IsDash() || t.Start > 0 && c.s[t.Start-1] == '-' {
		return atom{}, false
	}
	n := int(t.lx.relday - 1)
	if n == 0 {
		a := atom{start: t.Start, end: t.End, kind: akDate, d: c.days(c.rday, 1, Day), single: true}
		_, a.mon, a.day = civilFromDays(c.rday)
		return a, true
	}
	return atom{start: t.Start, end: t.End, kind: akRelDay, n: n}, true
}

// count returns the number written by t (digits or a number word).
func count(t token) (int, bool) {
	switch {
	case t.Kind == tNum && t.Digits <= 3 && t.Value >= 1:
		return t.Value, true
	case t.lx != nil && t.lx.num != 0:
		return int(t.lx.num), true
	}
	return 0, false
}

// offset parses "N <unit> पहले|पूर्व|बाद".
func (c *ctx) offset(t token, n int, ok bool) (atom, bool) {
	if !ok || n < 1 || n > 999 {
		return atom{}, false
	}
	u := c.next(t.End)
	if u.lx == nil || u.lx.unit == 0 {
		return atom{}, false
	}
	v := c.next(u.End)
	if v.lx == nil || v.lx.dir == 0 {
		return atom{}, false
	}
	n *= int(v.lx.dir)
	a := atom{start: t.Start, end: v.End, kind: akDate}
	switch u.lx.unit {
	case Day:
		a.d, a.single = c.days(c.rday+n, 1, Day), true
	case Week:
		a.d = c.days(weekStart(c.rday)+7*n, 7, Week)
	case Month:
		a.d = c.months(c.ry, c.rm+n, 1)
	case Year:
		a.d = c.years(c.ry+n, 1)
	default:
		return atom{}, false
	}
	return a, true
}

// modified parses a modifier (अगले, पिछले, इस, आगामी, आने वाले …) followed
// by a unit, a count and a unit, a weekday or a month.
func (c *ctx) modified(t token) (atom, bool) {
	mod, p := t.lx.mod, t.End
	if t.lx.fw == fwAane {
		u := c.next(t.End)
		if !u.isFW(fwWale) {
			return atom{}, false
		}
		mod, p = modComing, u.End
	}
	delta := modDelta(mod)
	u := c.next(p)
	a := atom{start: t.Start, kind: akDate}
	if n, ok := count(u); ok && delta != 0 {
		v := c.next(u.End)
		if v.lx == nil || v.lx.unit == 0 {
			return atom{}, false
		}
		a.end = v.End
		switch v.lx.unit {
		case Day:
			if delta > 0 {
				a.d = c.days(c.rday+1, n, Day)
			} else {
				a.d = c.days(c.rday-n, n, Day)
			}
		case Week:
			ws := weekStart(c.rday)
			if delta > 0 {
				a.d = c.days(ws+7, 7*n, Week)
			} else {
				a.d = c.days(ws-7*n, 7*n, Week)
			}
		case Month:
			if delta > 0 {
				a.d = c.months(c.ry, c.rm+1, n)
			} else {
				a.d = c.months(c.ry, c.rm-n, n)
			}
		case Year:
			if delta > 0 {
				a.d = c.years(c.ry+1, n)
			} else {
				a.d = c.years(c.ry-n, n)
			}
		}
		return a, true
	}
	if u.lx == nil {
		return atom{}, false
	}
	switch {
	case u.lx.unit == Week:
		a.end = u.End
		a.d = c.days(weekStart(c.rday)+7*delta, 7, Week)
		return a, true
	case u.lx.unit == Month:
		a.end = u.End
		y, m := c.ry, c.rm+delta
		if m < 1 {
			y, m = y-1, m+12
		} else if m > 12 {
			y, m = y+1, m-12
		}
		if d, end, ok := c.monthPart(y, m, u.End); ok {
			a.d, a.end = d, end
		} else {
			a.d = c.months(y, m, 1)
		}
		return a, true
	case u.lx.unit == Year:
		y := c.ry + delta
		a.end = u.End
		v := c.next(u.End)
		if c.year(v) {
			// "गत वर्ष 2024": the year written wins.
			y, a.end = v.Value, v.End
			if d, end, ok := c.yearPart(y, v.End); ok {
				a.d, a.end = d, end
			} else {
				a.d = c.years(y, 1)
			}
			return a, true
		}
		if d, ok := dayValue(v); ok {
			// "पिछले साल 5 दिसंबर"
			if m, end, ok := c.monthWord(c.next(v.End)); ok {
				if !validDate(y, m, d) {
					c.fail(v.Start, end, "no such day in the month")
					return atom{}, false
				}
				b := c.dayAtom(t.Start, end, y, m, d, 1, false)
				return b, true
			}
		}
		if v.lx != nil && v.lx.month != 0 && !v.lx.short {
			// "पिछले साल दिसंबर में"
			m, end, _ := c.monthWord(v)
			if d, pend, ok := c.monthPart(y, m, end); ok {
				a.d, a.end = d, pend
			} else {
				a.d, a.end = c.months(y, m, 1), end
			}
			return a, true
		}
		if d, end, ok := c.yearPart(y, u.End); ok {
			a.d, a.end = d, end
		} else {
			a.d = c.years(y, 1)
		}
		return a, true
	case u.lx.weekday != 0:
		wd := int(u.lx.weekday - 1)
		rw := int(weekdayOf(c.rday))
		var z int
		switch delta {
		case 1:
			f := (wd - rw + 7) % 7
			if f == 0 {
				f = 7
			}
			z = c.rday + f
		case -1:
			b := (rw - wd + 7) % 7
			if b == 0 {
				b = 7
			}
			z = c.rday - b
		default:
			z = weekStart(c.rday) + (wd+6)%7
		}
		a.end, a.single = u.End, true
		a.d = c.days(z, 1, Day)
		_, a.mon, a.day = civilFromDays(z)
		return a, true
	case u.lx.month != 0 && !u.lx.short:
		m, end, _ := c.monthWord(u)
		y := c.ry
		switch delta {
		case 1:
			if m <= c.rm {
				y++
			}
		case -1:
			if m >= c.rm {
				y--
			}
		}
		if d, pend, ok := c.monthPart(y, m, end); ok {
			a.d, a.end = d, pend
		} else {
			a.d, a.end = c.months(y, m, 1), end
		}
		return a, true
	}
	return atom{}, false
}

// currentPart parses "महीने के अंत", "साल की शुरुआत" without a modifier:
// parts of ref's month or year.
func (c *ctx) currentPart(t token) (atom, bool) {
	var d Date
	var end int
	var ok bool
	if t.lx.unit == Month {
		d, end, ok = c.monthPart(c.ry, c.rm, t.End)
	} else {
		d, end, ok = c.yearPart(c.ry, t.End)
	}
	if !ok {
		return atom{}, false
	}
	return atom{start: t.Start, end: end, kind: akDate, d: d}, true
}
