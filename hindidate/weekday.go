package hindidate

import (
	"time"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Weekdays alone ("मंगलवार को") and the tense cues that resolve them and
// the relative days कल, परसों, नरसों.
//
// A bare weekday is the nearest such day in the direction of the tense,
// counting ref's own day: "मंगलवार को मुलाकात हुई" written on a Tuesday is
// that day, written on a Thursday is two days before. Without a tense cue a
// weekday equal to ref's is ref's day; any other is Ambiguous between the
// last such day (Start/End) and the next one (AltStart/AltEnd).

const (
	tenseNone   = 0
	tensePast   = -1
	tenseFuture = 1
)

// weekday parses a weekday name.
func (c *ctx) weekday(t token) (atom, bool) {
	wd := time.Weekday(t.lx.weekday - 1)
	// "शुक्रवार 12": a weekday and a day of the month, the nearest such
	// date on that weekday.
	if u := c.next(t.End); u.Kind == tNum && u.Digits <= 2 && u.Value >= 1 && u.Value <= 31 {
		if v := c.next(u.End); v.Kind == tEOF || v.isFW(fwKo) || v.Kind == tPunct && !(v.Start == u.End && (v.IsDash() || v.Is('.') || v.Is('/') || v.Is(':'))) && !v.Is('(') {
			best, bestDist := 0, -1
			for i := -12; i <= 12; i++ {
				y, m := c.ry, c.rm+i
				for m < 1 {
					y, m = y-1, m+12
				}
				for m > 12 {
					y, m = y+1, m-12
				}
				if !validDate(y, m, u.Value) {
					continue
				}
				z := daysFromCivil(y, m, u.Value)
				if weekdayOf(z) != wd {
					continue
				}
				if dist := abs(z - c.rday); bestDist < 0 || dist < bestDist {
					best, bestDist = z, dist
				}
			}
			if bestDist >= 0 {
				a := atom{start: t.Start, end: u.End, kind: akDate, d: c.days(best, 1, Day), single: true}
				_, a.mon, a.day = civilFromDays(best)
				return a, true
			}
		}
	}
	return atom{start: t.Start, end: t.End, kind: akWeekday, wd: wd, generic: true}, true
}

// weekdayDays resolves weekday wd of a group ending at pos.
func (c *ctx) weekdayDays(wd time.Weekday, pos int) (day, alt int, amb bool) {
	rw := weekdayOf(c.rday)
	back := (int(rw) - int(wd) + 7) % 7
	fwd := (int(wd) - int(rw) + 7) % 7
	switch c.tense(pos) {
	case tensePast:
		return c.rday - back, 0, false
	case tenseFuture:
		return c.rday + fwd, 0, false
	}
	if back == 0 {
		return c.rday, 0, false
	}
	return c.rday - back, c.rday + fwd, true
}

// maxTenseTokens bounds the look-ahead for a tense cue, so that FindAll stays
// linear however the text is built.
const maxTenseTokens = 48

// tense returns the tense of the clause that continues at pos: the first
// verb group after the word that points to the past or the future decides,
// since the verb of the clause that holds कल or a weekday is the first verb
// after it ("कल बैठक हुई थी, जिसमें तय हुआ कि … होगी" is yesterday; "जो कल
// हुआ था उस पर चर्चा होगी" is yesterday too). The verb groups are read by
// the Hindi layer (internal/hindi.TenseAfter): past forms of every person,
// number and gender (था, गया, हुईं, की, मिले …), futures (होगा, करेंगी,
// आएंगी, जाऊंगा, करोगे …), "about to" — "होने वाला" and "जाने वाला" (with
// वाली, वाले): "कल होने वाली बैठक रद्द कर दी गई है" is tomorrow's meeting,
// though the cancelling is past — and requests (कीजिए, करें, बताइए), which
// point ahead. Present groups do not decide. The search stops at the end of
// the sentence. Parse has no context and always gets tenseNone.
func (c *ctx) tense(pos int) int {
	if !c.findAll {
		return tenseNone
	}
	first, decisive := c.verbsAfter(pos)
	if decisive.Mood == hindi.Prospective && c.dateWordBetween(pos, decisive.Start) {
		// "सोमवार को फोन पर 5-6 दिसंबर को होने वाले सम्मेलन पर चर्चा की":
		// the participle is of the date told just before it; the clause's
		// own verb, further on, decides.
		first = hindi.VerbAfter(c.s, decisive.End, maxTenseTokens)
		switch {
		case first.Tense == hindi.Past || first.Tense == hindi.Future:
			decisive = first
		case first.Tense != hindi.NoTense:
			decisive = hindi.TenseAfter(c.s, first.End, maxTenseTokens)
		default:
			decisive = hindi.Verb{}
		}
	}
	switch decisive.Tense {
	case hindi.Past:
		return tensePast
	case hindi.Future:
		return tenseFuture
	}
	// No past or future in the sentence: "सोमवार को बैठक है", "गुरुवार को
	// परीक्षा शुरू हो रही है", "मंगलवार को पहुंच सकता है" speak of a day
	// still to come; "कल से बारिश हो रही है" (since yesterday) does not.
	if u := c.next(pos); u.isFW(fwSe) {
		return tenseNone
	}
	if v := first; v.Tense == hindi.Present && !v.Habitual {
		return tenseFuture
	}
	return tenseNone
}

// dateWordBetween reports a month's name, or a month, year or week after
// a modifier ("5-6 दिसंबर", "अगले महीने", "अगले हफ्ते"), between byte
// offsets from and to: a date of its own before a participle. A number
// alone or a unit alone is none ("15 देशों", "दो साल के अंतराल के बाद").
func (c *ctx) dateWordBetween(from, to int) bool {
	mod := false
	for t := c.next(from); t.Kind != tEOF && t.Start < to; t = c.next(t.End) {
		if t.lx != nil && t.lx.month != 0 && !t.lx.short && !t.lx.latin {
			return true
		}
		if mod && t.lx != nil && (t.lx.unit == uMonth || t.lx.unit == uYear || t.lx.unit == uWeek) {
			return true
		}
		mod = t.lx != nil && t.lx.mod != 0
	}
	return false
}

// weekdayShort parses CLDR's abbreviated weekday ("मंगल॰", or "मंगल, 18
// नव॰ 2025" before a date): मंगल is also Mars and गुरु a teacher, so
// the name alone is no date.
func (c *ctx) weekdayShort(t token) (atom, bool) {
	wd := time.Weekday(t.lx.wdShort - 1)
	if m := c.next(t.End); m.Start == t.End && m.Kind == tPunct && hindi.IsAbbreviationMark(m.Rune) {
		return atom{start: t.Start, end: m.End, kind: akWeekday, wd: wd, generic: true}, true
	}
	if u := c.next(t.End); u.Is(',') {
		if v := c.next(u.End); canStart(v) && !(v.lx != nil && v.lx.wdShort != 0) {
			if b, ok := c.atom(v); ok && b.kind == akDate && b.single {
				return atom{start: t.Start, end: t.End, kind: akWeekday, wd: wd, generic: true}, true
			}
		}
	}
	return atom{}, false
}

// verbsAfter returns the first verb group after pos (hindi.VerbAfter) and
// the first that points to the past or the future (hindi.TenseAfter),
// scanning once where it can, and remembers them for pos: finalize and
// the habit check ask about the same place.
func (c *ctx) verbsAfter(pos int) (first, decisive hindi.Verb) {
	if c.vset && c.vpos == pos {
		return c.vfirst, c.vdec
	}
	first = hindi.VerbAfter(c.s, pos, maxTenseTokens)
	switch {
	case first.Tense == hindi.Past || first.Tense == hindi.Future:
		decisive = first
	case first.Tense != hindi.NoTense:
		decisive = hindi.TenseAfter(c.s, first.End, maxTenseTokens)
	}
	c.vset, c.vpos, c.vfirst, c.vdec = true, pos, first, decisive
	return first, decisive
}
