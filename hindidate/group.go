package hindidate

import (
	"strings"
	"time"
)

// A date expression is built from atoms — a date, a relative day, a weekday,
// a time of day, a part of the day — that stand next to each other, joined
// at most by two connector tokens (",", "(", ")", को, की, के, से). Distance
// is counted in tokens, never bytes: one Devanagari letter is three bytes.

type akind uint8

const (
	akDate    akind = iota + 1 // a range resolved against ref (absolute or relative)
	akRelDay                   // कल, परसों, नरसों: the direction comes from tense
	akWeekday                  // a bare weekday: the direction comes from tense
	akTime                     // a time of day without a date
	akPart                     // a part of the day alone (सुबह, शाम, रात)
)

type atom struct {
	start, end int
	kind       akind
	d          Date // akDate
	single     bool // akDate: exactly one day, so a time may attach
	inferred   bool // akDate: the year was inferred, mon and day are the fields
	mon, day   int
	monthInf   bool         // akDate: a whole month mon whose year was inferred
	n          int          // akRelDay: distance in days
	wd         time.Weekday // akWeekday
	wdTo       int8         // akWeekday: 1 + the last weekday of a range ("सोमवार से बुधवार तक"); 0 for one day
	min        int          // akTime: minutes since midnight; 1440 is the next midnight
	tend       int          // akTime: the end of a time range, in minutes; 0 for none
	tgran      Granularity  // akTime: Hour or Minute
	ampm       bool         // akTime: the hour may also be 12 hours later
	zone       int8         // akTime: a zone named in the text
	part       int8         // akTime, akPart: the part of the day
	approx     bool
	named      int16   // akDate: 1 + index of the named day it is
	ospec      offSpec // akDate: the offset it was counted by, from ref
	week       bool    // akDate: one calendar week, Monday to Sunday
	domInf     bool    // akDate: a day of the month whose month was inferred ("5 तारीख")
	generic    bool    // a day without a year or a relative word: a habit may take it
	numeric    bool    // akDate: written in digits only ("2025-11-18", "18/11/2025")
}

// wdMark is a weekday written next to a one-day date, for Match.Weekday.
// Days are day numbers (see daysFromCivil), so that the group stays small.
type wdMark struct {
	set         bool
	contradicts bool
	wd          time.Weekday
	start, end  int
	byDate      int // the day the day, month and year (written or nearest ref) name
	byWeekday   int // the day the weekday supports
}

type group struct {
	start, end int
	day        atom
	hasDay     bool
	tm         atom
	hasTime    bool
	part       int8
	wdHint     int8 // weekday+1 written next to a relative day
	wd         wdMark
	approx     bool
	badAt      int    // > 0: 1 + offset of a part that contradicts the rest
	badMsg     string // why, for Parse's error
}

// atom parses the atom that begins at token t.
func (c *ctx) atom(t token) (atom, bool) {
	if t.Kind == tNum {
		if t.Value < 0 {
			return atom{}, false
		}
		if a, ok := c.numericDate(t); ok {
			return a, true
		}
		if t.Digits == 4 {
			if a, ok := c.bareFiscal(t); ok {
				return a, true
			}
		}
		if t.Digits == 4 || t.Digits == 2 {
			if a, ok := c.decade(t); ok {
				return a, true
			}
		}
		if a, ok := c.ordinalFirst(t); ok {
			return a, true
		}
		if a, ok := c.dayMonth(t, t.Value, t.Digits <= 2); ok {
			return a, true
		}
		if a, ok := c.timeOfDay(t, 0, 0); ok {
			return a, true
		}
		if a, ok := c.offset(t); ok {
			return a, true
		}
		if a, ok := c.weekdaysAway(t); ok {
			return a, true
		}
		if a, ok := c.dayOfMonth(t); ok {
			return a, true
		}
		if a, ok := c.eraYear(t); ok {
			return a, true
		}
		return c.yearWithCue(t)
	}
	lx := t.lx
	if lx == nil {
		return atom{}, false
	}
	if lx.approx {
		u := c.next(t.End)
		if canStart(u) && !(u.lx != nil && u.lx.approx) {
			if a, ok := c.atom(u); ok && a.kind != akPart {
				a.start, a.approx = t.Start, true
				return a, true
			}
		}
		return atom{}, false
	}
	if lx.named != 0 {
		if a, ok := c.named(t); ok {
			return a, true
		}
		if w := c.s[t.Start:t.End]; w == "नए" || w == "नये" {
			// "नए साल की शुरुआत", "नए साल में": no New Year's Day, the
			// new year; currentPart takes in the "नए".
			if u := c.next(t.End); u.lx != nil && u.lx.unit == uYear {
				return c.currentPart(u)
			}
		}
	}
	if lx.now {
		return c.nowWord(t)
	}
	if lx.nowParse {
		if u := c.next(t.End); u.isFW(fwSe) {
			// "अब से दो घंटे बाद", "अब से 10 साल बाद": counted from now.
			// Counted from ref, as "आज से" is from ref's day.
			if o, mode, end, ok := c.offsetPhrase(c.next(u.End)); ok && (mode == offBefore || mode == offAfter) {
				a := c.applyOffset(t.Start, end, o, c.rday, true)
				a.ospec = o
				return a, true
			}
		}
		if c.findAll || c.next(t.End).Kind != tEOF {
			return atom{}, false // "अब सरकार ने …": a discourse word
		}
		return c.now(t.Start, t.End), true
	}
	if lx.wdShort != 0 {
		return c.weekdayShort(t)
	}
	if lx.unitAbbr == uQuarter {
		return c.quarterAbbr(t)
	}
	if lx.last {
		// CLDR's "अंतिम तिमाही": the last quarter, before this one.
		if u := c.next(t.End); u.lx != nil && u.lx.unit == uQuarter {
			q := (c.rm-1)/3 - 1
			return atom{start: t.Start, end: u.End, kind: akDate, d: c.months(c.ry, 1+3*q, 3)}, true
		}
		return atom{}, false
	}
	if lx.mpart == 2 {
		return c.midMonth(t)
	}
	if lx.month != 0 {
		if a, ok := c.monthFirst(t); ok {
			return a, true
		}
	}
	if lx.masa != 0 {
		if a, ok := c.tithi(t); ok {
			return a, true
		}
	}
	if lx.samvat != 0 {
		return c.samvat(t)
	}
	if lx.weekday != 0 {
		return c.weekday(t)
	}
	if lx.relday != 0 {
		return c.relDay(t)
	}
	if lx.num != 0 {
		if a, ok := c.decade(t); ok {
			return a, true
		}
		if y, end, ok := c.yearWords(t); ok {
			// "उन्नीस सौ सैंतालीस में"
			a := atom{start: t.Start, end: end, kind: akDate, d: c.years(y, 1)}
			c.yearRest(&a, y)
			if u := c.next(end); a.end != end || u.isFW(fwMein) || u.isFW(fwTak) || u.isFW(fwSe) || !c.findAll && u.Kind == tEOF {
				return a, true
			}
		}
		if a, ok := c.dayMonth(t, int(lx.num), true); ok {
			return a, true
		}
		if a, ok := c.timeOfDay(t, 0, 0); ok {
			return a, true
		}
		if a, ok := c.offset(t); ok {
			return a, true
		}
		if a, ok := c.weekdaysAway(t); ok {
			return a, true
		}
		if a, ok := c.dayOfMonth(t); ok {
			return a, true
		}
	}
	if lx.ord != 0 {
		if a, ok := c.ordinalFirst(t); ok {
			return a, true
		}
		if d, ok := dayValue(t); ok {
			if a, ok := c.dayMonth(t, d, true); ok {
				return a, true
			}
		}
	}
	if lx.mult != 0 { // "सौ साल पहले"
		return c.offset(t)
	}
	if lx.frac != 0 {
		if a, ok := c.timeOfDay(t, 0, 0); ok {
			return a, true
		}
		if lx.frac == fracHalf {
			if u := c.next(t.End); u.lx != nil && u.lx.part == partNight && c.s[u.Start:u.End] == "रात" {
				return c.midnight(t.Start, u.End), true // "आधी रात": midnight
			}
		}
		return c.offset(t)
	}
	if lx.mod != 0 || lx.fw == fwAane {
		if a, ok := c.modified(t); ok {
			return a, true
		}
	}
	if lx.fiscal {
		return c.fiscal(t)
	}
	if lx.part != 0 {
		if c.s[t.Start:t.End] == "मध्यरात्रि" {
			if a, ok := c.partOfDay(t); ok && a.kind == akTime {
				return a, true // "मध्यरात्रि 12 बजे"
			}
			return c.midnight(t.Start, t.End), true
		}
		return c.partOfDay(t)
	}
	if lx.fw == fwDer { // देर रात, देर शाम: late at night, late in the evening
		if u := c.next(t.End); u.lx != nil && (u.lx.part == partNight || u.lx.part == partEvening) {
			a, ok := c.partOfDay(u)
			a.start = t.Start
			return a, ok
		}
		return atom{}, false
	}
	if lx.zone != 0 {
		return c.zoneFirst(t)
	}
	if lx.yearCue {
		if a, ok := c.yearAfterCue(t); ok {
			return a, true
		}
	}
	if lx.unit == uMonth || lx.unit == uYear || lx.unit == uWeek {
		return c.currentPart(t)
	}
	return atom{}, false
}

// datelineAt reports a date at byte start of s that opens its line after
// a place and a comma, as a dateline does: "नई दिल्ली, 18 नवंबर-".
func datelineAt(s string, start int) bool {
	line := s[strings.LastIndexByte(s[:start], '\n')+1 : start]
	head, ok := strings.CutSuffix(strings.TrimRight(line, " "), ",")
	return ok && head != "" && strings.Count(strings.TrimSpace(head), " ") <= 2 && !strings.ContainsAny(head, ",।.")
}

// isConnector reports whether u may stand between two atoms of one date.
func isConnector(u token) bool {
	if u.Kind == tPunct {
		return u.Rune == ',' || u.Rune == '(' || u.Rune == ')'
	}
	if u.lx == nil {
		return false
	}
	switch u.lx.fw {
	case fwKo, fwKi, fwKe, fwSe, fwYani:
		return true
	}
	return false
}

// group parses the longest date expression that begins at token t.
func (c *ctx) group(t token) (group, bool) {
	c.afterDay = false
	a, ok := c.atom(t)
	if !ok && t.lx != nil && t.lx.zone != 0 {
		return c.zoneBeforeDate(t)
	}
	if !ok || a.kind == akPart {
		return group{}, false
	}
	if a.kind == akRelDay || a.kind == akDate && a.single {
		// "कल से चार दिन बाद", "15 अगस्त से दो दिन पहले"
		if b, ok := c.anchored(a); ok {
			a = b
		}
	}
	var g group
	g.start, g.end = a.start, a.end
	g.addFirst(a)
	parens := 0
	for {
		var conns [2]token
		nc := 0
		u := c.next(g.end)
		for nc < len(conns) && isConnector(u) {
			conns[nc] = u
			nc++
			u = c.next(u.End)
			if conns[nc-1].isFW(fwSe) && u.isFW(fwLekar) {
				u = c.next(u.End) // "25 अगस्त से लेकर 29 अगस्त तक": से
			}
		}
		if nc == 0 && u.IsDash() && c.spaces(g.end, u.Start) && g.hasDay && g.day.kind == akWeekday && !g.hasTime && g.part == 0 {
			// "रविवार-सोमवार को", "गुरुवार - शुक्रवार": two weekdays joined by
			// a dash are a range.
			if b, ok := c.atom(c.next(u.End)); ok && b.kind == akWeekday && c.spaces(u.End, b.start) && c.weekdayRange(&g, b) {
				continue
			}
			break
		}
		if nc == 0 && u.IsDash() && g.hasDay && g.day.kind == akDate && g.day.single && !g.day.numeric && !g.hasTime && g.part == 0 && !datelineAt(c.s, g.start) {
			// "30 नवंबर-2 दिसंबर", "28 फरवरी – 2 मार्च 2026": two dates
			// with their months joined by a dash are a range, as with से;
			// a dateline's "नई दिल्ली, 18 नवंबर- 25 नवंबर को …" is not.
			if v := c.next(u.End); v.Kind == tNum || v.lx != nil && (v.lx.num != 0 || v.lx.ord != 0) {
				// Dates that run backwards are two dates, not a bad range.
				if b, ok := c.atom(v); ok && b.kind == akDate && b.single && !b.numeric {
					if h := g; c.rangeMerge(&h, b) && h.badAt == 0 {
						g = h
						continue
					}
				}
			}
			break
		}
		if !canStart(u) {
			break
		}
		c.afterDay = g.hasDay && (g.day.kind != akDate || g.day.single) && !g.hasTime && nc <= 1
		c.afterNumeric = c.afterDay && g.day.numeric
		b, ok := c.atom(u)
		c.afterDay, c.afterNumeric = false, false
		if !ok || !c.merge(&g, b, conns[:nc]) {
			break
		}
		for _, k := range conns[:nc] {
			if k.Is('(') {
				parens++
			} else if k.Is(')') {
				parens--
			}
		}
	}
	if parens > 0 {
		if u := c.next(g.end); u.Is(')') {
			g.end = u.End
		}
	}
	if g.badAt > 0 {
		// "गुरुवार (18 नवंबर 2025)": 18 November 2025 is a Tuesday; "2
		// दिसंबर से 30 नवंबर": the range runs backwards. Either part may
		// be the typo; no date is better than a wrong one. This is the
		// reason, whatever an atom tried further on.
		c.failSet = false
		c.failSpan(g.start, g.badAt-1, g.end, g.badMsg)
		return group{}, false
	}
	c.hedgeAfter(&g)
	c.betweenAfter(&g)
	return g, true
}

// betweenAfter extends a range over "के बीच" after it: "12 से 14 मार्च
// के बीच", "सायं 05.32 से 06.32 के बीच".
func (c *ctx) betweenAfter(g *group) {
	isRange := g.hasTime && g.tm.tend > 0 || !g.hasTime && g.hasDay && g.day.kind == akDate && !g.day.single &&
		g.day.d.Granularity == Day || !g.hasTime && g.hasDay && g.day.kind == akWeekday && g.day.wdTo != 0
	if !isRange {
		return
	}
	if u := c.next(g.end); u.isFW(fwKe) {
		if v := c.next(u.End); v.isFW(fwBeech) {
			g.end = v.End
		}
	}
}

// zoneBeforeDate parses a zone phrase written before a whole date and time,
// "मॉस्को समयानुसार 19 नवंबर को शाम 7 बजे": the zone belongs to the time.
// Without a time after it the phrase is not part of the date, and the date
// is found on its own when the scan reaches it.
func (c *ctx) zoneBeforeDate(t token) (group, bool) {
	z, end, ok := c.zonePhrase(t)
	if !ok {
		return group{}, false
	}
	u := c.next(end)
	if u.Is(',') {
		u = c.next(u.End)
	}
	if !canStart(u) || u.lx != nil && u.lx.zone != 0 {
		return group{}, false
	}
	g, ok := c.group(u)
	if !ok || !g.hasTime || g.tm.zone != 0 || !g.hasDay {
		return group{}, false
	}
	g.tm.zone, g.start = z, t.Start
	return g, true
}

func (g *group) addFirst(a atom) {
	g.approx = a.approx
	switch a.kind {
	case akTime:
		g.tm, g.hasTime = a, true
	default:
		g.day, g.hasDay = a, true
	}
}

// merge tries to add atom b, reached over the connector tokens conns, to g.
func (c *ctx) merge(g *group, b atom, conns []token) bool {
	se, ki, paren := false, false, false
	for _, k := range conns {
		switch {
		case k.isFW(fwSe):
			se = true
		case k.isFW(fwKi) || k.isFW(fwKe):
			ki = true
		case k.Is('('):
			paren = true
		}
	}
	if se {
		if len(conns) != 1 || !g.hasDay || g.hasTime || g.part != 0 {
			return false
		}
		if b.kind == akRelDay && (g.day.kind == akRelDay || g.day.kind == akDate && g.day.single) {
			return c.relRange(g, b)
		}
		if g.day.kind == akWeekday && b.kind == akWeekday {
			return c.weekdayRange(g, b)
		}
		if g.day.kind == akDate && g.day.single && b.kind == akWeekday {
			return c.dayToWeekday(g, b)
		}
		if g.day.kind != akDate || b.kind != akDate {
			return false
		}
		return c.rangeMerge(g, b)
	}
	switch b.kind {
	case akTime, akPart:
		if b.kind == akPart && g.hasTime && g.tm.part == 0 && g.part == 0 && g.tm.tend == 0 && g.tm.zone == 0 {
			// "3 बजे दोपहर": the part of the day after the time
			h24, _, ok := hour24(b.part, g.tm.min/60)
			if !ok {
				return false
			}
			g.tm.min, g.tm.ampm, g.tm.part = h24*60+g.tm.min%60, false, b.part
			g.end = b.end
			return true
		}
		if g.hasTime || g.part != 0 {
			return false
		}
		if g.hasDay && (g.day.kind == akDate && !g.day.single || g.day.kind == akWeekday && g.day.wdTo != 0) {
			return false
		}
		if b.kind == akPart {
			if !g.hasDay {
				return false
			}
			g.part = b.part
		} else {
			g.tm, g.hasTime = b, true
		}
	default:
		switch {
		case g.hasDay && g.day.kind == akDate && g.day.week && b.kind == akWeekday && !g.hasTime:
			// "अगले सप्ताह शुक्रवार को", "बीते सप्ताह मंगलवार"
			z := daysFromCivil(g.day.d.Start.Year(), int(g.day.d.Start.Month()), g.day.d.Start.Day()) + (int(b.wd)+6)%7
			d := g.day
			d.d, d.single, d.week, d.generic = c.days(z, 1, Day), true, false, false
			_, d.mon, d.day = civilFromDays(z)
			g.day = d
		case ki:
			return false
		case paren && g.hasDay && !g.hasTime && (g.day.kind == akRelDay || g.day.kind == akDate && (g.day.single || g.day.named != 0 || g.day.week)) && b.kind == akDate:
			// "आज (15 जुलाई)", "दुर्गा पूजा (9 अक्टूबर)", "अगला सप्ताह
			// (12 से 16 दिसंबर)": the date written in the parentheses
			// says which day is meant.
			b.start = g.day.start
			g.day = b
		case !g.hasDay:
			if b.kind == akDate && !b.single {
				return false
			}
			g.day, g.hasDay = b, true
		case g.day.kind == akWeekday && b.kind == akDate && b.single:
			g.wdHint = int8(g.day.wd) + 1
			wd := g.day
			g.day = b
			c.checkWeekday(g, wd)
		case (g.day.kind == akRelDay || g.day.kind == akDate && g.day.single) && b.kind == akWeekday && g.wdHint == 0:
			g.wdHint = int8(b.wd) + 1
			if g.day.kind == akDate {
				c.checkWeekday(g, b)
			}
		default:
			return false
		}
	}
	g.approx = g.approx || b.approx
	g.end = b.end
	return true
}

// weekdayRange joins two weekdays, "सोमवार से बुधवार तक", "रविवार-सोमवार":
// the days run forward from the first, which tense places like a weekday
// alone. Two of one weekday make no range.
func (c *ctx) weekdayRange(g *group, b atom) bool {
	if g.day.wdTo != 0 || b.wd == g.day.wd {
		return false
	}
	if u := c.next(b.end); u.isFW(fwKi) || u.isFW(fwKe) {
		// "सोमवार-मंगलवार की दरम्यानी रात": the night between the two, not
		// both days.
		if v := c.next(u.End); v.Kind == tWord && betweenNight[c.s[v.Start:v.End]] {
			return false
		}
	}
	g.day.wdTo, g.day.end = int8(b.wd)+1, b.end
	c.rangeEnd(g, b.end)
	return true
}

// dayToWeekday joins a one-day date and a weekday after से, up to तक:
// "अगले सोमवार से बुधवार तक" runs to the first Wednesday after that
// Monday.
func (c *ctx) dayToWeekday(g *group, b atom) bool {
	if g.day.inferred || g.day.domInf || g.day.named != 0 {
		return false // a day whose year or month is still to be read by tense
	}
	if u := c.next(b.end); !u.isFW(fwTak) {
		return false // "आज से शुक्रवार को होने वाली बैठक की तैयारी": Friday's, no range
	}
	z := daysFromCivil(g.day.d.Start.Year(), int(g.day.d.Start.Month()), g.day.d.Start.Day())
	n := (int(b.wd)-int(weekdayOf(z))+7)%7 + 1
	if n == 1 || z+n-1 > c.rday && c.tense(b.end) == tensePast {
		return false // one day; or a range told as gone by that would end after ref
	}
	g.day.d, g.day.single = c.days(z, n, Day), false
	g.day.end = b.end
	c.rangeEnd(g, b.end)
	return true
}

// rangeEnd ends the range g at byte end, past a तक right after it.
func (c *ctx) rangeEnd(g *group, end int) {
	g.end = end
	if u := c.next(end); u.isFW(fwTak) {
		g.end = u.End
	}
}

// spaces reports whether s[from:to] is empty or spaces only.
func (c *ctx) spaces(from, to int) bool {
	return from <= to && strings.Trim(c.s[from:to], " ") == ""
}

// betweenNight are the words of "the night between" two days after them:
// "सोमवार-मंगलवार की दरम्यानी रात".
var betweenNight = map[string]bool{"दरम्यानी": true, "दरमियानी": true, "मध्यरात्रि": true}

// relRange joins two relative days, "कल से परसों तक", "आज से परसों तक":
// a range can only run forward, so the days are the coming ones.
func (c *ctx) relRange(g *group, b atom) bool {
	from := c.rday
	if g.day.kind == akRelDay {
		from = c.rday + g.day.n
	}
	to := c.rday + b.n
	if to <= from {
		return false
	}
	g.day = atom{start: g.day.start, end: b.end, kind: akDate, d: c.days(from, to-from+1, Day)}
	c.rangeEnd(g, b.end)
	return true
}

// checkWeekday checks the one-day date of g against weekday wd written next
// to it. A date with a written year must fall on that weekday, or g is
// marked bad. For a date whose year was inferred the weekday chooses the
// year: the one nearest to ref, among the previous, current and next year,
// in which the date falls on that weekday ("गुरुवार, 20 नवंबर" written in
// November 2025 is 2025; "शुक्रवार, 20 नवंबर" is 2026). If none does, g is
// marked bad.
//
// In FindAll a contradiction does not lose the match: the date is kept as
// its numbers say, and g.wd records the weekday with both readings for
// Match.Weekday. Parse refuses it.
func (c *ctx) checkWeekday(g *group, wd atom) {
	a := g.day
	z := daysFromCivil(a.d.Start.Year(), int(a.d.Start.Month()), a.d.Start.Day())
	g.wd = wdMark{set: true, wd: wd.wd, start: wd.start, end: wd.end, byDate: z, byWeekday: z}
	if a.d.Start.Weekday() == wd.wd {
		if a.inferred {
			g.day.inferred = false // the weekday settles the year
		}
		return
	}
	if a.inferred {
		best, bestDist := 0, -1
		for y := c.ry - 1; y <= c.ry+1; y++ {
			if !validDate(y, a.mon, a.day) {
				continue
			}
			z := daysFromCivil(y, a.mon, a.day)
			if weekdayOf(z) != wd.wd {
				continue
			}
			if dist := abs(z - c.rday); bestDist < 0 || dist < bestDist {
				best, bestDist = y, dist
			}
		}
		if bestDist >= 0 {
			g.day = c.dayAtom(a.start, a.end, best, a.mon, a.day, 1, false)
			g.wd.byWeekday = daysFromCivil(best, a.mon, a.day)
			return
		}
	}
	if c.findAll {
		// The nearest day that falls on the weekday: "गुरुवार (18 नवंबर
		// 2025)" may mean Thursday 20 November.
		d := (int(wd.wd) - int(weekdayOf(z)) + 7) % 7
		if d > 3 {
			d -= 7
		}
		g.wd.contradicts, g.wd.byWeekday = true, z+d
		return
	}
	g.badAt, g.badMsg = wd.start+1, "weekday contradicts the date"
}

// hedgeAfter extends g over "के आसपास", "के करीब", "के लगभग" and
// "के आस-पास", and marks it approximate.
func (c *ctx) hedgeAfter(g *group) {
	u := c.next(g.end)
	if !u.isFW(fwKe) {
		return
	}
	v := c.next(u.End)
	if v.Kind != tWord {
		return
	}
	end := -1
	switch {
	case v.lx != nil && v.lx.around:
		end = v.End
	case c.s[v.Start:v.End] == "आस":
		if d := c.next(v.End); d.IsDash() {
			if w := c.next(d.End); w.Kind == tWord && c.s[w.Start:w.End] == "पास" {
				end = w.End
			}
		}
	}
	if end < 0 {
		return
	}
	// "5 दिसंबर के करीब 1000 लोग": करीब belongs to the number that follows.
	if w := c.next(end); w.Kind == tNum || w.lx != nil && w.lx.num != 0 {
		return
	}
	g.end, g.approx = end, true
}

// finalize turns a group into a Date, resolving tense-dependent words.
func (c *ctx) finalize(g *group) Date {
	var d Date
	var day, alt int // day numbers for relative days and weekdays
	n := 1           // days from day: more than one for a range of weekdays
	amb := false
	switch {
	case !g.hasDay:
		day = c.rday
		d = c.days(day, 1, Day)
	case g.day.kind == akDate:
		d = g.day.d // a weekday next to it has been checked by checkWeekday
		switch {
		case g.day.named != 0 && g.day.inferred:
			d = c.namedByTense(g.day, g.end)
		case g.day.inferred:
			d = c.yearByTense(g.day, g.end)
		case g.day.domInf:
			d = c.domByTense(g.day, g.end)
		case g.day.monthInf && d.Granularity == Month:
			d = c.monthByTense(g.day, g.end)
		}
	case g.day.kind == akRelDay:
		n := g.day.n
		day, alt, amb = c.rday-n, c.rday+n, true
		if g.wdHint != 0 {
			want := time.Weekday(g.wdHint - 1)
			if weekdayOf(day) == want && weekdayOf(alt) != want {
				amb = false
			} else if weekdayOf(alt) == want && weekdayOf(day) != want {
				day, amb = alt, false
			}
		}
		if amb {
			switch c.tense(g.end) {
			case tensePast:
				amb = false
			case tenseFuture:
				day, amb = alt, false
			}
		}
		d = c.days(day, 1, Day)
	case g.day.kind == akWeekday:
		day, alt, amb = c.weekdayDays(g.day.wd, g.end)
		if g.day.wdTo != 0 {
			n = (int(g.day.wdTo-1)-int(g.day.wd)+7)%7 + 1
		}
		d = c.days(day, n, Day)
	}
	if amb {
		a := c.days(alt, n, Day)
		d.Ambiguous, d.AltStart, d.AltEnd = true, a.Start, a.End
	}
	if g.hasTime {
		d = c.withTime(d, g.tm)
	} else if g.part != 0 {
		d = c.withPart(d, g.part)
	}
	d.Approximate = d.Approximate || g.approx
	return d
}

// days returns the range of n days from day number z, in ref's location.
func (c *ctx) days(z, n int, gran Granularity) Date {
	y, m, d := civilFromDays(z)
	return Date{
		Start:       time.Date(y, time.Month(m), d, 0, 0, 0, 0, c.loc),
		End:         time.Date(y, time.Month(m), d+n, 0, 0, 0, 0, c.loc),
		Granularity: gran,
	}
}

// months returns the range of n months from month m of year y.
func (c *ctx) months(y, m, n int) Date {
	return Date{
		Start:       time.Date(y, time.Month(m), 1, 0, 0, 0, 0, c.loc),
		End:         time.Date(y, time.Month(m+n), 1, 0, 0, 0, 0, c.loc),
		Granularity: Month,
	}
}

// years returns the range of n years from year y.
func (c *ctx) years(y, n int) Date {
	return Date{
		Start:       time.Date(y, time.January, 1, 0, 0, 0, 0, c.loc),
		End:         time.Date(y+n, time.January, 1, 0, 0, 0, 0, c.loc),
		Granularity: Year,
	}
}

// domByTense resolves "5 तारीख" between the last such day and the next:
// by the tense in FindAll, and otherwise the nearest, with the other as
// the alternative.
func (c *ctx) domByTense(a atom, end int) Date {
	prev, next := c.domAround(a.day)
	if prev == c.rday {
		return a.d
	}
	near, far := prev, next
	if next-c.rday < c.rday-prev {
		near, far = next, prev
	}
	switch c.tense(end) {
	case tensePast:
		return c.days(prev, 1, Day)
	case tenseFuture:
		return c.days(next, 1, Day)
	}
	d := c.days(near, 1, Day)
	o := c.days(far, 1, Day)
	d.Ambiguous, d.AltStart, d.AltEnd = true, o.Start, o.End
	return d
}
