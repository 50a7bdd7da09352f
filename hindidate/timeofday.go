package hindidate

import "time"

// Times of day: "शाम 5 बजे", "रात को 10 बजे", "सुबह के 9 बजे", "कल शाम 6",
// "सुबह सात पैंतीस", "सात बजकर पंद्रह मिनट", "5:54 अपराह्न", "11:14 AM",
// a bare "14:30" after a date ("12 मार्च 2026, 14:30", "2026-03-12
// 14:30"), ranges ("दोपहर 2 से 4 बजे तक", "सुबह 10 से 11", "शाम 4-6 बजे",
// "सुबह 10 बजे से शाम 4 बजे तक": from the first time to the moment the
// second begins, 14:00-16:00 for the first),  "सुबह 10:30 बजे", "दोपहर 2 बजे", "रात 9 बजे",
// "रात के 9 बजे", "देर रात", "देर शाम" (the night, the evening), "5 बजकर 20 मिनट", "साढ़े पांच बजे" (5:30), "सवा दस बजे"
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

// clock is one clock reading: minutes since midnight as written (before
// the part of the day is applied), its granularity, and how sure it is
// that this is a time.
type clock struct {
	h, m   int
	gran   Granularity
	end    int
	baje   bool // बजे, बजकर … मिनट, or a fraction word: certainly a time
	colon  bool // written H:MM
	ampm   int8 // AM/PM or पूर्वाह्न/अपराह्न after it
	frac   int8
	wordsM bool // minutes as a word after an hour word: "सात पैंतीस"
}

// clockAt reads a clock reading at t: "5", "5 बजे", "10:30", "10.30",
// "10: 30", "5 बजकर 20 मिनट", "साढ़े पांच", "सवा दस", "पौने सात", "डेढ़",
// "ढाई", "सात पैंतीस" (hour and minutes in words), followed by बजे, AM/PM
// or पूर्वाह्न/अपराह्न when they are written.
func (c *ctx) clockAt(t token) (k clock, ok bool) {
	k.gran = Hour
	var p int
	if t.lx != nil && t.lx.frac != 0 && t.lx.frac != fracHalf {
		k.gran, k.frac = Minute, t.lx.frac
		switch t.lx.frac {
		case fracOneHalf:
			k.h, k.m, p = 1, 30, t.End
		case fracTwoHalf:
			k.h, k.m, p = 2, 30, t.End
		default:
			u := c.next(t.End)
			hv, ok := hourValue(u)
			if !ok || hv < 1 || hv > 12 {
				return clock{}, false
			}
			k.h, p = hv, u.End
			switch t.lx.frac {
			case fracHalfPast:
				k.m = 30
			case fracQuarterPast:
				k.m = 15
			case fracQuarterTo:
				k.h, k.m = hv-1, 45
			}
		}
		// "साढ़े पांच" alone may be 5.5 of anything (करोड़, लाख): बजे is required.
		u := c.next(p)
		if !u.isFW(fwBaje) {
			return clock{}, false
		}
		k.end, k.baje = u.End, true
		return k, true
	}
	h, ok := hourValue(t)
	if !ok {
		return clock{}, false
	}
	k.h, k.end = h, t.End
	u := c.next(t.End)
	switch {
	case t.Kind == tNum && u.Start == t.End && (u.Is(':') || u.Is('.')):
		mm := c.next(u.End)
		if mm.Start != u.End && !(u.Is(':') && mm.Start == u.End+1) || mm.Kind != tNum || mm.Digits != 2 || mm.Value > 59 {
			return clock{}, false
		}
		k.m, k.gran, k.end, k.colon = mm.Value, Minute, mm.End, u.Is(':')
		if mm.Start != u.End { // "10: 30" needs बजे
			if v := c.next(mm.End); !v.isFW(fwBaje) {
				return clock{}, false
			}
		}
		if s := c.next(mm.End); u.Is(':') && s.Start == mm.End && s.Is(':') {
			// "03:18:40": seconds, dropped (the granularity is Minute)
			if ss := c.next(s.End); ss.Start == s.End && ss.Kind == tNum && ss.Digits == 2 && ss.Value <= 59 {
				k.end = ss.End
			}
		}
		if v := c.next(k.end); v.isFW(fwMinute) {
			k.end, k.baje = v.End, true // "1:40 मिनट पर", as papers print it
			return k, true
		}
	case u.isFW(fwBajkar):
		mm := c.next(u.End)
		m, ok := minuteValue(mm)
		if !ok {
			return clock{}, false
		}
		w := c.next(mm.End)
		if !w.isFW(fwMinute) {
			return clock{}, false
		}
		k.m, k.gran, k.end, k.baje = m, Minute, w.End, true
		return k, true
	case t.Kind == tWord && u.Kind == tWord && u.lx != nil && u.lx.num >= 1 && u.lx.num <= 59:
		// "सात पैंतीस": only with a part of the day or बजे (checked by the caller).
		if v := c.next(u.End); v.lx != nil && v.lx.unit != 0 {
			return clock{}, false // "सात पैंतीस मिनट": a count
		}
		k.m, k.gran, k.end, k.wordsM = int(u.lx.num), Minute, u.End, true
	}
	v := c.next(k.end)
	switch {
	case v.isFW(fwBaje):
		k.end, k.baje = v.End, true
		if w := c.next(v.End); w.lx != nil && w.lx.ampm != 0 {
			k.end, k.ampm = w.End, w.lx.ampm // "11 बजे पूर्वाह्न", "3 बजे अपराह्न"
		}
	case v.lx != nil && v.lx.ampm != 0 && !k.wordsM:
		k.end, k.ampm = v.End, v.lx.ampm
	}
	return k, true
}

// minutesOf applies the part of the day to k: minutes since midnight,
// whether the hour may also be 12 hours later, and whether it is valid.
func minutesOf(k clock, part int8) (min int, ampm, ok bool) {
	h := k.h
	if k.ampm != 0 {
		if h < 1 || h > 12 {
			return 0, false, false
		}
		if k.ampm == 2 && h != 12 {
			h += 12
		} else if k.ampm == 1 && h == 12 {
			h = 0
		}
		return h*60 + k.m, false, true
	}
	h24, amb, ok := hour24(part, h)
	if !ok {
		return 0, false, false
	}
	if k.frac == fracQuarterTo && part != 0 {
		// "शाम पौने सात": the part of the day belongs to seven.
		h24n, _, ok := hour24(part, h+1)
		if !ok {
			return 0, false, false
		}
		h24 = h24n - 1
	}
	return h24*60 + k.m, amb, true
}

// timeOfDay parses a time that begins at t (a number, number word or
// fraction word), in part of the day part and zone zone (0 if not named),
// and a time range after it: "2 से 4 बजे तक", "10 बजे से 11 बजे तक",
// "4-6 बजे", "1.30 से 4.30 बजे तक", "10 बजे से शाम 4 बजे तक".
func (c *ctx) timeOfDay(t token, part, zone int8) (atom, bool) {
	k, ok := c.clockAt(t)
	if !ok {
		return atom{}, false
	}
	a := atom{start: t.Start, end: k.end, kind: akTime, tgran: k.gran, part: part, zone: zone}
	limit := 24 * 60 // "रात 12:30" may run on to 24:59
	if part == partNight && k.h == 12 {
		limit = 25*60 - 1
	}
	m, amb, ok := minutesOf(k, part)
	if !ok || m > limit {
		return atom{}, false
	}
	a.min, a.ampm = m, amb
	if k.colon && part == 0 && (c.afterNumeric || t.Digits == 2 && t.Value < 10) {
		a.ampm = false // "2022-12-06 10:00", "08:30": the 24-hour clock
	}
	sure := k.baje || k.ampm != 0 || k.wordsM && part != 0
	// A range: "2 से 4 बजे तक", "सुबह 10 बजे से शाम 4 बजे तक".
	if s := c.next(k.end); s.isFW(fwSe) || s.IsDash() && !k.colon {
		u := c.next(s.End)
		if u.isFW(fwLekar) { // "से लेकर"
			u = c.next(u.End)
		}
		part2 := part
		if u.lx != nil && u.lx.part != 0 {
			part2 = u.lx.part
			u = c.next(u.End)
			if u.isFW(fwKo) || u.isFW(fwKe) {
				u = c.next(u.End)
			}
		}
		if k2, ok := c.clockAt(u); ok && (k2.baje || k2.ampm != 0 || sure || part != 0) && !(k.baje && !k2.baje && k2.ampm == 0 && part2 == part && part == 0) {
			m2, amb2, ok := minutesOf(k2, part2)
			if ok && m2 <= 25*60 {
				if m2 <= m && part2 == part && m2+12*60 > m && m2+12*60 <= 24*60 {
					m2 += 12 * 60 // "सुबह 11 से 1 बजे": past noon
				}
				if m2 > m {
					a.tend, a.end = m2, k2.end
					a.ampm = a.ampm && amb2
					if k2.gran == Minute {
						a.tgran = Minute
					}
					sure = true
					if v := c.next(a.end); v.isFW(fwTak) {
						a.end = v.End
					}
				}
			}
		}
	}
	if !sure {
		switch {
		case k.colon && (part != 0 || zone != 0 || c.afterDay):
			// "शाम 5:30", "12 मार्च 2026, 14:30"; "10:30" alone may be a
			// score or a ratio.
		case k.colon && !c.findAll && c.next(a.end).Kind == tEOF:
			// Parse("20:00"), Parse("8:30 …"): the input is a time
		case part != 0 && c.endsTime(k.end):
			// "कल शाम 6", "सुबह 9 को", "प्रातः 10.59 पर"
		default:
			return atom{}, false
		}
	}
	if a.zone == 0 {
		if z, end, ok := c.zoneAfter(a.end); ok {
			a.zone, a.end = z, end
		}
	}
	return a, true
}

// endsTime reports whether a bare hour after a part of the day ends there:
// "कल शाम 6" at the end of a phrase, or before a postposition; "सुबह 6
// लोगों की मौत" is a count.
func (c *ctx) endsTime(pos int) bool {
	u := c.next(pos)
	switch {
	case u.Kind == tEOF:
		return true
	case u.Kind == tPunct:
		return !u.IsDash() && !u.Is('.') && !u.Is(':') && !u.Is('/')
	case u.isFW(fwKo) || u.isFW(fwTak) || u.isFW(fwPar) || u.isFW(fwSe) || u.isFW(fwKe):
		return true
	}
	return false
}

// partOfDay parses a part of the day, with or without a time after it:
// "शाम 5 बजे", "रात के 9 बजे", or "शाम" alone (which only joins a date).
func (c *ctx) partOfDay(t token) (atom, bool) {
	return c.partWithZone(t, 0)
}

func (c *ctx) partWithZone(t token, zone int8) (atom, bool) {
	part := t.lx.part
	u := c.next(t.End)
	if u.isFW(fwKe) || u.isFW(fwKo) { // "सुबह के 9 बजे", "रात को 10 बजे"
		u = c.next(u.End)
	}
	approx := false
	if u.lx != nil && u.lx.approx { // "सुबह करीब 11 बजे", "शाम लगभग 5 बजे"
		if v := c.next(u.End); v.Kind == tNum || v.lx != nil && (v.lx.num != 0 || v.lx.frac != 0) {
			u, approx = v, true
		}
	}
	if u.Kind == tNum || u.lx != nil && (u.lx.num != 0 || u.lx.frac != 0) {
		if a, ok := c.timeOfDay(u, part, zone); ok {
			a.start = t.Start
			a.approx = a.approx || approx
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
	if u.Kind == tWord && c.s[u.Start:u.End] == "मानक" { // CLDR's "भारतीय मानक समय"
		u = c.next(u.End)
	}
	if u.lx == nil || u.lx.samay == 0 || u.lx.samay == 3 {
		return 0, 0, false
	}
	end = u.End
	if u.lx.samay == 2 {
		v := c.next(u.End)
		if v.isFW(fwKe) {
			v = c.next(v.End)
		}
		if v.isFW(fwAnusar) { // "समय के अनुसार", "समय अनुसार"
			end = v.End
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
	if tm.tend > 0 {
		// A range ends when its last time begins: "2 से 4 बजे तक" is
		// 14:00-16:00.
		_, out.End = at(d.Start, tm.tend-step)
	}
	switch {
	case d.Ambiguous:
		out.Ambiguous = true
		out.AltStart, out.AltEnd = at(d.AltStart, tm.min)
		if tm.tend > 0 {
			_, out.AltEnd = at(d.AltStart, tm.tend-step)
		}
	case tm.ampm:
		out.Ambiguous = true
		out.AltStart, out.AltEnd = at(d.Start, tm.min+12*60)
		if tm.tend > 0 {
			_, out.AltEnd = at(d.Start, tm.tend+12*60-step)
		}
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

// midnight returns the time "आधी रात", "मध्यरात्रि": the midnight that
// ends the day (24:00), as रात 12 बजे is.
func (c *ctx) midnight(start, end int) atom {
	return atom{start: start, end: end, kind: akTime, tgran: Hour, min: 24 * 60, part: partNight}
}
