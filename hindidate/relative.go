package hindidate

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Relative dates, resolved against ref:
//
//   - आज is ref's day; कल, परसों, नरसों are 1, 2, 3 days away, back or
//     forward by the tense of the sentence (see [Parser.FindAll]).
//   - Offsets ("दो दिन पहले", "तीन महीने बाद", "चार घंटे पहले"): see
//     offset.go.
//   - "अगले/पिछले/इस सप्ताह|हफ्ते|महीने|साल", "आगामी", "आने वाले", "बीते",
//     "गुज़रे", "गत": the next, previous or current week (Monday to Sunday), month or
//     year.
//   - "पिछले दो सप्ताह", "अगले तीन दिनों": the N whole units just before
//     ref's unit, or just after it; "अगले 48 घंटों में", "पिछले 24 घंटों
//     में": the rolling window from ref, to the minute.
//   - "मौजूदा सप्ताह", "चालू माह", "वर्तमान वर्ष" are the current ones;
//     "विगत वर्ष" the previous. "इस वक्त", "इस समय" and अभी are the
//     reference moment itself (granularity Minute).
//   - "अगली दिवाली", "पिछली होली", "इस साल दिवाली", "इस बार दिवाली": see
//     named.go. Quarters, halves, fiscal years, decades and centuries: see
//     period.go.
//   - "अगले/आगामी मंगलवार": the first Tuesday after ref's day; "पिछले
//     मंगलवार": the last one before it; "इस मंगलवार": the one in ref's week.
//   - "आगामी/अगले दिसंबर": the first December after ref's month; "पिछले/
//     बीते दिसंबर": the last one before it; "इस दिसंबर": the one in ref's
//     year. "पिछले साल दिसंबर में", "अगले साल 5 मार्च को": that month or day
//     in the previous or next year.
//   - "महीने के अंत", "इस साल की शुरुआत": parts of ref's month or year.
//   - "बीती रात", "पिछली रात", "बीती शाम": the night or evening before
//     ref's day.
//
// "अगले दिन" and "पिछले दिनों" are not matched: they are relative to the
// story, not to the dateline. Nor are the vague "आने वाले दिनों में", "इन
// दिनों", "हाल ही में", "पिछले कई दिनों से", "कुछ दिन पहले", "फिलहाल"
// and "वर्तमान में": they name no span a reader could put on a calendar.

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
	if n == 1 {
		// "गुजरे कल में …", "गुजरा कल": the past, no day.
		before := strings.TrimRight(c.s[:t.Start], " ")
		for _, w := range [...]string{"गुजरे", "गुजरा", "गुज़रे", "गुज़रा"} {
			if strings.HasSuffix(before, w) {
				return atom{}, false
			}
		}
	}
	if n == 0 && c.findAll {
		// "आज भी" with a verb that does not point ahead is "even today",
		// "still": "आज भी काफी सुनाई देते हैं".
		if u := c.next(t.End); u.Kind == tWord && c.s[u.Start:u.End] == "भी" && !hindi.VerbAfter(c.s, u.End, maxTenseTokens).Ahead() {
			return atom{}, false
		}
	}
	if n == 0 {
		a := atom{start: t.Start, end: t.End, kind: akDate, d: c.days(c.rday, 1, Day), single: true}
		_, a.mon, a.day = civilFromDays(c.rday)
		return a, true
	}
	return atom{start: t.Start, end: t.End, kind: akRelDay, n: n}, true
}

// now returns the reference moment, to the minute: अभी, "इस वक्त".
func (c *ctx) now(start, end int) atom {
	t := c.ref.Truncate(time.Minute)
	return atom{start: start, end: end, kind: akDate, d: Date{Start: t, End: t.Add(time.Minute), Granularity: Minute}}
}

// nowWord parses अभी, which is "now" except in "अभी तक", "अभी भी",
// "अभी-अभी" (just now: how long ago is not said) and "अभी से".
func (c *ctx) nowWord(t token) (atom, bool) {
	u := c.next(t.End)
	if u.isFW(fwTak) || u.isFW(fwSe) || u.IsDash() || u.Kind == tWord && (c.s[u.Start:u.End] == "भी" || c.s[u.Start:u.End] == "ही") {
		return atom{}, false
	}
	return c.now(t.Start, t.End), true
}

// modified parses a modifier (अगले, पिछले, इस, आगामी, आने वाले …) followed
// by a unit, a count and a unit, a weekday, a month or a named day.
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
	if c.s[t.Start:t.End] == "यह" && (u.lx == nil || u.lx.unit == 0 || u.lx.unit == uDay) {
		return atom{}, false // यह (this) only before a unit: "यह घंटा", "यह सप्ताह"; "यह जनवरी-मार्च" is no January
	}
	if u.lx != nil && u.lx.approx { // "विगत लगभग तीन महीने"
		u = c.next(u.End)
		a.approx = true
	}
	if u.lx != nil && mod == modThis {
		switch {
		case u.lx.samay >= 2: // "इस वक्त", "इस समय"
			if v := c.next(u.End); v.lx != nil && v.lx.samay != 0 || v.Kind == tWord && c.s[v.Start:v.End] == "सीमा" {
				return atom{}, false
			}
			return c.now(t.Start, u.End), true
		case u.isFW(fwBar): // "इस बार दिवाली"
			if v := c.next(u.End); v.lx != nil && v.lx.named != 0 {
				b, ok := c.named(v)
				b.start = t.Start
				return b, ok
			}
			return atom{}, false
		}
	}
	if q, qend, ok := c.quarters(u); ok && delta != 0 && q%4 == 0 {
		n, v := q/4, c.next(qend)
		if v.isFW(fwSe) || v.IsDash() {
			// "अगले 4 से 5 दिन", "अगले 24 से 48 घंटे": the longer window,
			// approximately.
			if n2, n2end, ok := c.countAt(c.next(v.End)); ok && n2 > n {
				n, v = n2, c.next(n2end)
				a.d.Approximate = true
			}
		}
		b, ok := c.modCount(a, delta, n, v)
		b.d.Approximate = b.d.Approximate || a.d.Approximate
		return b, ok
	}
	if u.lx == nil {
		return atom{}, false
	}
	if u.lx.unit != 0 && strings.HasSuffix(c.s[u.Start:u.End], "ों") {
		return atom{}, false // "बीते सालों में", "पिछले दिनों": how many is not said
	}
	if u.lx.named != 0 {
		if nd, end, ok := c.matchNamed(u); ok {
			if delta == 0 {
				return c.namedIn(t.Start, end, nd, c.ry)
			}
			return c.namedNearest(t.Start, end, nd, delta)
		}
	}
	if u.lx.fiscal {
		return c.fiscalModified(t, u, delta)
	}
	if mod == modLast && (u.lx.part == partNight && c.s[u.Start:u.End] == "रात" || u.lx.part == partEvening) {
		// "पिछली रात", "बीती रात (10 बजे)", "बीती शाम": the night or the
		// evening before ref's day, as "कल रात" read back; the day here,
		// the part of the day and its time as after कल.
		z := c.rday - 1
		a = atom{start: t.Start, end: t.End, kind: akDate, d: c.days(z, 1, Day), single: true}
		_, a.mon, a.day = civilFromDays(z)
		return a, true
	}
	if u.lx.relday == 2 && (mod == modLast || mod == modComing) && !strings.HasPrefix(c.s[t.Start:t.End], "गुज") {
		// Not "गुजरा कल": the past, not yesterday.
		// CLDR's "बीता कल" (yesterday) and "आने वाला कल" (tomorrow)
		z := c.rday + delta
		a = atom{start: t.Start, end: u.End, kind: akDate, d: c.days(z, 1, Day), single: true}
		_, a.mon, a.day = civilFromDays(z)
		return a, true
	}
	if wd, wend, ok := c.weekdayWord(u); ok && u.lx.wdShort != 0 {
		// "पिछला सोम॰": as the full name
		z := c.modWeekday(wd, delta)
		a.end, a.single = wend, true
		a.d = c.days(z, 1, Day)
		_, a.mon, a.day = civilFromDays(z)
		return a, true
	}
	switch u.lx.unit {
	case uHour, uMinute:
		if delta != 0 {
			return atom{}, false
		}
		// CLDR's "यह घंटा", "यह मिनट": this hour, this minute
		step, gran := time.Hour, Hour
		if u.lx.unit == uMinute {
			step, gran = time.Minute, Minute
		}
		s := c.ref.Truncate(time.Minute)
		if gran == Hour {
			s = s.Add(-time.Duration(s.Minute()) * time.Minute)
		}
		return atom{start: t.Start, end: u.End, kind: akDate, d: Date{Start: s, End: s.Add(step), Granularity: gran}}, true
	case uWeek:
		a.end = u.End
		a.d = c.days(weekStart(c.rday)+7*delta, 7, Week)
		a.week = true
		c.weekRest(&a)
		return a, true
	case uWeekend:
		// "इस सप्ताहांत", "अगले वीकेंड": Saturday and Sunday of that week
		a.end = u.End
		a.d = c.days(weekStart(c.rday)+7*delta+5, 2, Day)
		return a, true
	case uMonth:
		a.end = u.End
		y, m := c.ry, c.rm+delta
		if m < 1 {
			y, m = y-1, m+12
		} else if m > 12 {
			y, m = y+1, m-12
		}
		a.d = c.months(y, m, 1)
		c.monthRest(&a, y, m)
		return a, true
	case uQuarter:
		q := (c.rm-1)/3 + delta
		a.end, a.d = u.End, c.months(c.ry, 1+3*q, 3)
		return a, true
	case uHalf:
		h := (c.rm-1)/6 + delta
		a.end, a.d = u.End, c.months(c.ry, 1+6*h, 6)
		return a, true
	case uDecade:
		if u.Text(c.s) == "दौर" {
			// "वार्ता का अगला दौर": the next round of talks. दौर is a
			// decade only after its number ("90 के दौर में").
			return atom{}, false
		}
		a.end, a.d = u.End, c.years(c.ry-mod10(c.ry, 10)+10*delta, 10)
		c.spanRest(&a, 10)
		return a, true
	case uCentury:
		a.end, a.d = u.End, c.years(c.ry-mod10(c.ry, 100)+100*delta, 100)
		c.spanRest(&a, 100)
		return a, true
	case uYear:
		y := c.ry + delta
		a.end = u.End
		v := c.next(u.End)
		if v.Kind == tWord && (c.s[v.Start:v.End] == "भी" || c.s[v.Start:v.End] == "ही") {
			// "इस वर्ष भी 1 फरवरी को"
			if w := c.next(v.End); dayValueOK(w) {
				v = w
			}
		}
		if yy, yend, ok := c.yearAt(v); ok {
			// "गत वर्ष 2024": the year written wins.
			y, a.end = yy, yend
			a.d = c.years(y, 1)
			c.yearRest(&a, y)
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
			a.d, a.end = c.months(y, m, 1), end
			c.monthRest(&a, y, m)
			return a, true
		}
		if v.lx != nil && v.lx.named != 0 {
			// "अगले साल होली"
			if nd, end, ok := c.matchNamed(v); ok {
				return c.namedIn(t.Start, end, nd, y)
			}
		}
		a.d = c.years(y, 1)
		c.yearRest(&a, y)
		return a, true
	}
	switch {
	case u.lx.weekday != 0:
		z := c.modWeekday(int(u.lx.weekday-1), delta)
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
		a.d, a.end = c.months(y, m, 1), end
		if k := c.next(end); k.isFW(fwAur) || k.isFW(fwYa) {
			// "आगामी मई और जून माह में"
			if b, ok := c.monthEither(u, m, k); ok {
				a.d = c.months(y, m, monthsBetween(m, b.d.End.AddDate(0, -1, 0).Month())+1)
				a.d.Approximate, a.end = b.d.Approximate, b.end
				return a, true
			}
		}
		c.monthRest(&a, y, m)
		return a, true
	}
	return atom{}, false
}

// monthsBetween returns how many months m2 comes after m1, 0..11.
func monthsBetween(m1 int, m2 time.Month) int {
	return (int(m2) - m1 + 12) % 12
}

// dayValueOK reports whether t is a day of the month.
func dayValueOK(t token) bool {
	_, ok := dayValue(t)
	return ok
}

// modCount parses the unit after "अगले/पिछले N": the N whole units after
// or before ref's, or for hours and minutes the rolling window.
func (c *ctx) modCount(a atom, delta, n int, v token) (atom, bool) {
	if v.lx == nil || v.lx.unit == 0 || n < 1 {
		return atom{}, false
	}
	a.end = v.End
	switch v.lx.unit {
	case uSecond, uMinute, uHour:
		o := offSpec{finest: v.lx.unit, window: true}
		o.addUnit(4*n*delta, v.lx.unit)
		b := c.applyOffset(a.start, a.end, o, c.rday, true)
		return b, true
	case uDay:
		if delta > 0 {
			a.d = c.days(c.rday+1, n, Day)
		} else {
			a.d = c.days(c.rday-n, n, Day)
		}
	case uWeek, uFortnight, uMonth, uQuarter, uYear, uDecade:
		// "पिछले 8 महीनों में", "पिछले एक साल में", "अगले दो सप्ताह": the
		// rolling window of that length, to the day.
		var o offSpec
		o.addUnit(4*n, v.lx.unit)
		y, m, d := civilFromDays(c.rday)
		if delta > 0 {
			end := addMonthsCivil(y, m, d, int(o.months)) + int(o.days)
			a.d = c.days(c.rday+1, end-c.rday, Day)
		} else {
			start := addMonthsCivil(y, m, d, -int(o.months)) - int(o.days)
			a.d = c.days(start, c.rday-start, Day)
		}
	default:
		return atom{}, false
	}
	return a, true
}

// mod10 returns y modulo m, in [0, m).
func mod10(y, m int) int {
	r := y % m
	if r < 0 {
		r += m
	}
	return r
}

// weekRest extends a, a whole week, over "की शुरुआत", "के मध्य", "के अंत":
// Monday and Tuesday, Wednesday and Thursday, Friday to Sunday,
// approximately.
func (c *ctx) weekRest(a *atom) {
	v, ok := c.partOf(a.end)
	if !ok || v.lx == nil || v.lx.mpart == 0 {
		return
	}
	z := daysFromCivil(a.d.Start.Year(), int(a.d.Start.Month()), a.d.Start.Day())
	switch v.lx.mpart {
	case 1:
		a.d = c.days(z, 2, Day)
	case 2:
		a.d = c.days(z+2, 2, Day)
	case 3:
		a.d = c.days(z+4, 3, Day)
	}
	a.d.Approximate, a.end, a.week = true, v.End, false
}

// currentPart parses "महीने के अंत", "साल की शुरुआत", "सप्ताह के अंत तक"
// without a modifier: parts of ref's week, month or year.
func (c *ctx) currentPart(t token) (atom, bool) {
	a := atom{start: t.Start, end: t.End, kind: akDate}
	if t.lx.unit == uWeek {
		a.d, a.week = c.days(weekStart(c.rday), 7, Week), true
		c.weekRest(&a)
	} else if t.lx.unit == uMonth {
		a.d = c.months(c.ry, c.rm, 1)
		c.monthRest(&a, c.ry, c.rm)
	} else {
		y := c.ry
		start, isNew := newBefore(c.s, t.Start)
		isNew = isNew && (c.s[t.Start:t.End] == "साल" || c.s[t.Start:t.End] == "वर्ष") // not "नए सालों में"
		if isNew {
			a.start = start
		}
		a.d = c.years(y, 1)
		c.yearRest(&a, y)
		whole := isNew && a.end == t.End && c.next(t.End).isFW(fwMein) // "नए साल में": the whole year
		if isNew && c.rm >= 10 && c.tense(a.end) != tensePast {
			// "नए साल की शुरुआत में … आएंगे", written in the year's last
			// quarter: the year to come; told as done ("… दौरा किया था"),
			// the year now ending.
			y++
			a.d = c.years(y, 1)
			a.end = t.End
			c.yearRest(&a, y)
		}
		if whole {
			return a, true
		}
	}
	if a.end == t.End {
		return atom{}, false // "महीने" alone is no date
	}
	return a, true
}

// newBefore reports "नए" or "नये" (new) as the word before byte at of s,
// and where it starts.
func newBefore(s string, at int) (int, bool) {
	head := strings.TrimRight(s[:at], " ")
	if len(head) == at {
		return 0, false // glued to the word: no word of its own
	}
	for _, w := range [...]string{"नए", "नये"} {
		if rest, ok := strings.CutSuffix(head, w); ok {
			if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !hindi.IsWordRune(r) {
				return len(rest), true
			}
		}
	}
	return 0, false
}

// modWeekday returns the weekday wd after a modifier: the first after
// ref's day (+1), the last before it (-1), or the one in ref's week (0).
func (c *ctx) modWeekday(wd, delta int) int {
	rw := int(weekdayOf(c.rday))
	switch delta {
	case 1:
		f := (wd - rw + 7) % 7
		if f == 0 {
			f = 7
		}
		return c.rday + f
	case -1:
		b := (rw - wd + 7) % 7
		if b == 0 {
			b = 7
		}
		return c.rday - b
	}
	return weekStart(c.rday) + (wd+6)%7
}
