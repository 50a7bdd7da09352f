package hindidate

import "time"

// Times of day: "शाम 5 बजे", "सुबह 10:30 बजे", "दोपहर 2 बजे", "रात 9 बजे",
// "रात के 9 बजे", "5 बजकर 20 मिनट", "साढ़े पांच बजे" (5:30), "सवा दस बजे"
// (10:15), "पौने सात बजे" (6:45), "डेढ़ बजे" (1:30), "ढाई बजे" (2:30),
// with an optional zone before or after: "भारतीय समयानुसार" (Asia/Kolkata),
// "मॉस्को समयानुसार" (Europe/Moscow), "स्थानीय समय" ([Parser.LocalZone]).
//
// The part of the day fixes the 24-hour clock: सुबह and तड़के keep the hour;
// दोपहर adds 12 to 1-6; शाम adds 12 to 1-11; रात adds 12 to 6-11, reads 12
// as the midnight that ends the day, and keeps 1-5 on the same date (the
// early hours). Minutes after रात 12 run on past that midnight: "20 नवंबर
// रात 12:30 बजे" and "रात साढ़े 12 बजे" are 00:30 on 21 November, the clock
// reading of the night that began on the 20th ([Format] writes such times
// the same way). Without a part of the day, an hour from 1 to 12 is
// Ambiguous: Start holds the reading as written (5 बजे is 05:00) and
// AltStart the one 12 hours later. An hour with minutes ("10:30") is a
// minute-granularity time; a whole hour has granularity Hour.
//
// A time without a date is on ref's day.

// partRanges gives the hours a part of the day covers, when it is written
// without a time ("आज शाम", "कल रात"): [from, to) hours of that day.
var partRanges = [...][2]int{
	partMorning:   {5, 12},
	partNoon:      {12, 16},
	partEvening:   {16, 20},
	partNight:     {20, 28}, // until 04:00 the next day
	partEarlyMorn: {3, 6},
}

// hourValue returns the hour written by t, 0..24.
func hourValue(t token) (int, bool) {
	switch {
	case t.Kind == tNum && t.Digits <= 2 && t.Value <= 24:
		return t.Value, true
	case t.lx != nil && t.lx.num >= 1 && t.lx.num <= 24:
		return int(t.lx.num), true
	}
	return 0, false
}

// minuteValue returns the minutes written by t, 0..59.
func minuteValue(t token) (int, bool) {
	switch {
	case t.Kind == tNum && t.Digits <= 2 && t.Value <= 59:
		return t.Value, true
	case t.lx != nil && t.lx.num >= 1 && t.lx.num <= 59:
		return int(t.lx.num), true
	}
	return 0, false
}

// hour24 converts an hour written with a part of the day to the 24-hour
// clock. ampm reports that, with no part of the day, the hour may also be 12
// hours later.
func hour24(part int8, h int) (h24 int, ampm, ok bool) {
	switch part {
	case 0:
		return h, h >= 1 && h <= 12, h <= 24
	case partMorning, partEarlyMorn:
		return h, false, h <= 12
	case partNoon:
		switch {
		case h >= 1 && h <= 6:
			return h + 12, false, true
		case h >= 7 && h <= 17:
			return h, false, true
		}
	case partEvening:
		switch {
		case h >= 1 && h <= 11:
			return h + 12, false, true
		case h >= 12 && h <= 23:
			return h, false, true
		}
	case partNight:
		switch {
		case h >= 6 && h <= 11:
			return h + 12, false, true
		case h == 12:
			return 24, false, true
		case h <= 5 || h >= 18 && h <= 24:
			return h, false, true
		}
	}
	return 0, false, false
}

// timeOfDay parses a time that begins at t (a number, number word or
// fraction word), in part of the day part and zone zone (0 if not named).
func (c *ctx) timeOfDay(t token, part, zone int8) (atom, bool) {
	a := atom{start: t.Start, kind: akTime, tgran: Hour, part: part, zone: zone}
	var p int
	limit := 24 * 60 // "रात 12:30" may run on to 24:59
	if t.lx != nil && t.lx.frac != 0 {
		a.tgran = Minute
		var h, delta int
		switch t.lx.frac {
		case fracOneHalf:
			h, delta, p = 1, 30, t.End
		case fracTwoHalf:
			h, delta, p = 2, 30, t.End
		default:
			u := c.next(t.End)
			hv, ok := hourValue(u)
			if !ok || hv < 1 || hv > 12 {
				return atom{}, false
			}
			h, p = hv, u.End
			if part == partNight && hv == 12 {
				limit = 25*60 - 1
			}
			switch t.lx.frac {
			case fracHalfPast:
				delta = 30
			case fracQuarterPast:
				delta = 15
			case fracQuarterTo:
				delta = -15
			}
		}
		h24, ampm, ok := hour24(part, h)
		if !ok {
			return atom{}, false
		}
		a.min, a.ampm = h24*60+delta, ampm
		// "साढ़े पांच" alone may be 5.5 of anything (करोड़, लाख): बजे is required.
		u := c.next(p)
		if !u.isFW(fwBaje) {
			return atom{}, false
		}
		a.end = u.End
	} else {
		h, ok := hourValue(t)
		if !ok {
			return atom{}, false
		}
		h24, ampm, ok := hour24(part, h)
		if !ok {
			return atom{}, false
		}
		if part == partNight && h == 12 {
			limit = 25*60 - 1
		}
		a.min, a.ampm = h24*60, ampm
		u := c.next(t.End)
		switch {
		case t.Kind == tNum && u.Start == t.End && (u.Is(':') || u.Is('.')):
			mm := c.next(u.End)
			if mm.Start != u.End || mm.Kind != tNum || mm.Digits != 2 || mm.Value > 59 {
				return atom{}, false
			}
			a.min += mm.Value
			a.tgran = Minute
			v := c.next(mm.End)
			switch {
			case v.isFW(fwBaje):
				a.end = v.End
			case u.Is(':') && (part != 0 || zone != 0):
				a.end = mm.End
			default:
				return atom{}, false // "10:30" alone may be a score or a ratio
			}
		case u.isFW(fwBaje):
			a.end = u.End
		case u.isFW(fwBajkar):
			mm := c.next(u.End)
			m, ok := minuteValue(mm)
			if !ok {
				return atom{}, false
			}
			w := c.next(mm.End)
			if !w.isFW(fwMinute) {
				return atom{}, false
			}
			a.min += m
			a.tgran = Minute
			a.end = w.End
		default:
			return atom{}, false
		}
	}
	if a.min > limit {
		return atom{}, false
	}
	if a.zone == 0 {
		if z, end, ok := c.zoneAfter(a.end); ok {
			a.zone, a.end = z, end
		}
	}
	return a, true
}

// partOfDay parses a part of the day, with or without a time after it:
// "शाम 5 बजे", "रात के 9 बजे", or "शाम" alone (which only joins a date).
func (c *ctx) partOfDay(t token) (atom, bool) {
	return c.partWithZone(t, 0)
}

func (c *ctx) partWithZone(t token, zone int8) (atom, bool) {
	part := t.lx.part
	u := c.next(t.End)
	if u.isFW(fwKe) {
		u = c.next(u.End)
	}
	if u.Kind == tNum || u.lx != nil && (u.lx.num != 0 || u.lx.frac != 0) {
		if a, ok := c.timeOfDay(u, part, zone); ok {
			a.start = t.Start
			return a, true
		}
	}
	if zone != 0 {
		return atom{}, false
	}
	return atom{start: t.Start, end: t.End, kind: akPart, part: part}, true
}

// zonePhrase parses "भारतीय समयानुसार", "भारतीय समय के अनुसार",
// "भारतीय समय" and the same with मॉस्को and स्थानीय, and the Latin
// abbreviations IST and MSK.
func (c *ctx) zonePhrase(t token) (zone int8, end int, ok bool) {
	if t.lx == nil || t.lx.zone == 0 {
		return 0, 0, false
	}
	if t.lx.samay == 1 { // IST, MSK
		return t.lx.zone, t.End, true
	}
	u := c.next(t.End)
	if u.lx == nil || u.lx.samay == 0 {
		return 0, 0, false
	}
	end = u.End
	if u.lx.samay == 2 {
		if v := c.next(u.End); v.isFW(fwKe) {
			if w := c.next(v.End); w.isFW(fwAnusar) {
				end = w.End
			}
		}
	}
	return t.lx.zone, end, true
}

// zoneAfter parses a zone phrase after a time, bare or in parentheses.
func (c *ctx) zoneAfter(pos int) (int8, int, bool) {
	u := c.next(pos)
	paren := u.Is('(')
	if paren {
		u = c.next(u.End)
	}
	z, end, ok := c.zonePhrase(u)
	if !ok {
		return 0, 0, false
	}
	if paren {
		v := c.next(end)
		if !v.Is(')') {
			return 0, 0, false
		}
		end = v.End
	}
	return z, end, true
}

// zoneFirst parses a zone phrase followed by a time: "भारतीय समयानुसार शाम
// 5 बजे", "मॉस्को समयानुसार 10:30 बजे".
func (c *ctx) zoneFirst(t token) (atom, bool) {
	z, end, ok := c.zonePhrase(t)
	if !ok {
		return atom{}, false
	}
	u := c.next(end)
	if u.Is(',') {
		u = c.next(u.End)
	}
	var a atom
	switch {
	case u.lx != nil && u.lx.part != 0:
		a, ok = c.partWithZone(u, z)
	case u.Kind == tNum || u.lx != nil && (u.lx.num != 0 || u.lx.frac != 0):
		a, ok = c.timeOfDay(u, 0, z)
	default:
		ok = false
	}
	if !ok {
		return atom{}, false
	}
	a.start = t.Start
	return a, true
}

// withTime puts time tm on the day of d.
func (c *ctx) withTime(d Date, tm atom) Date {
	loc := c.loc
	if tm.zone != 0 {
		loc = c.zone(tm.zone)
	}
	step := 60
	if tm.tgran == Minute {
		step = 1
	}
	at := func(day time.Time, min int) (time.Time, time.Time) {
		y, m, dd := day.Date()
		return time.Date(y, m, dd, 0, min, 0, 0, loc), time.Date(y, m, dd, 0, min+step, 0, 0, loc)
	}
	out := Date{Granularity: tm.tgran, Approximate: d.Approximate}
	out.Start, out.End = at(d.Start, tm.min)
	switch {
	case d.Ambiguous:
		out.Ambiguous = true
		out.AltStart, out.AltEnd = at(d.AltStart, tm.min)
	case tm.ampm:
		out.Ambiguous = true
		out.AltStart, out.AltEnd = at(d.Start, tm.min+12*60)
	}
	return out
}

// withPart narrows day d to a part of the day.
func (c *ctx) withPart(d Date, part int8) Date {
	r := partRanges[part]
	at := func(day time.Time) (time.Time, time.Time) {
		y, m, dd := day.Date()
		return time.Date(y, m, dd, r[0], 0, 0, 0, c.loc), time.Date(y, m, dd, r[1], 0, 0, 0, c.loc)
	}
	out := Date{Granularity: Hour, Approximate: d.Approximate, Ambiguous: d.Ambiguous}
	out.Start, out.End = at(d.Start)
	if d.Ambiguous {
		out.AltStart, out.AltEnd = at(d.AltStart)
	}
	return out
}
