package hindidate

import "time"

// Ranges between two dates: "30 नवंबर से 2 दिसंबर तक", "2024 से 2025 तक",
// and dates with their months joined by a dash, "30 नवंबर-2 दिसंबर" (dates
// that run backwards across a dash are two dates, not a bad range).
// Ranges inside one month ("5 से 7 दिसंबर", "5-7 दिसंबर", "5 और 6
// दिसंबर") are read by dayMonth in absolute.go.
//
// A range covers both ends: it starts where the first date starts and ends
// where the second ends, so "5 से 7 दिसंबर" is [5 Dec 00:00, 8 Dec 00:00).
// Its granularity is the finer of the two. A year written only on the
// second date applies to the first too ("30 नवंबर से 2 दिसंबर 2025"),
// stepping back a year when the first date's month comes later ("30
// दिसंबर से 2 जनवरी 2026"); without any year the second date steps forward
// a year in the same way ("30 दिसंबर से 2 जनवरी").
//
// Such a step is taken only for a range that crosses New Year and is short:
// at most maxWrapDays days in all. "2 दिसंबर से 30 नवंबर तक" is not read as
// 364 days; like a range whose written dates run backwards ("2 दिसंबर 2025
// से 30 नवंबर 2025 तक"), it is rejected: Parse returns [ErrInvalidDate] at
// the second date and FindAll no match.

// Months work the same way: in "जनवरी से दिसंबर तक" the first month takes
// the year nearest to ref and the second follows it; a year written on the
// second ("अक्टूबर से दिसंबर 2026") applies to the first. A step into the
// next year is taken for at most maxWrapMonths months in all ("नवंबर से
// जनवरी तक"); "दिसंबर से नवंबर तक" is rejected.

// maxWrapDays is the longest range whose end may step into the next year.
const maxWrapDays = 62

// maxWrapMonths is the same for a range of whole months.
const maxWrapMonths = 3

// rangeMerge joins g's date and b, written "g से b [तक]".
func (c *ctx) rangeMerge(g *group, b atom) bool {
	a := g.day
	// Two days with no year written ("21 मई से 6 जून तक") take their year
	// as one day does, and the sentence's tense may question it (finalize).
	yearless := a.inferred && b.inferred && a.d.Granularity == Day && b.d.Granularity == Day && a.named == 0 && b.named == 0 // not "होली से दिवाली तक"
	if a.d.Granularity == Day && b.d.Granularity == Day {
		n := int(a.d.End.Sub(a.d.Start).Hours()+12) / 24
		if a.inferred && !b.inferred {
			by, bm, bd := b.d.Start.Date()
			y := by
			if a.mon > int(bm) || a.mon == int(bm) && a.day > bd {
				y--
			}
			if !validDate(y, a.mon, a.day) {
				return false
			}
			a = c.dayAtom(a.start, a.end, y, a.mon, a.day, n, false)
			if y < by && b.d.End.Sub(a.d.Start) > (maxWrapDays*24+1)*time.Hour {
				return c.backwards(g, b)
			}
		} else if b.inferred && !a.d.Start.Before(b.d.Start) {
			ay, _, _ := a.d.Start.Date()
			y := ay
			if b.mon < a.mon || b.mon == a.mon && b.day <= a.day {
				y++
			}
			if !validDate(y, b.mon, b.day) {
				return false
			}
			bn := int(b.d.End.Sub(b.d.Start).Hours()+12) / 24
			b = c.dayAtom(b.start, b.end, y, b.mon, b.day, bn, false)
			if y > ay && b.d.End.Sub(a.d.Start) > (maxWrapDays*24+1)*time.Hour {
				return c.backwards(g, b)
			}
		}
	}
	if a.d.Granularity == Month && b.d.Granularity == Month && (a.monthInf || b.monthInf) && a.mon != 0 && b.mon != 0 {
		ay, by := a.d.Start.Year(), b.d.Start.Year()
		switch {
		case b.monthInf:
			by = ay
			if b.mon < a.mon {
				by++
			}
		case a.monthInf:
			ay = by
			if a.mon > b.mon {
				ay--
			}
		}
		if ay != by && (by-ay)*12+b.mon-a.mon+1 > maxWrapMonths {
			return c.backwards(g, b)
		}
		a.d, b.d = c.months(ay, a.mon, 1), c.months(by, b.mon, 1)
	}
	if !b.d.End.After(a.d.Start) {
		return c.backwards(g, b) // b lies wholly before a
	}
	if !b.d.Start.After(a.d.Start) || b.d.End.Before(a.d.End) {
		return false // one inside the other: not a range
	}
	gran := a.d.Granularity
	if b.d.Granularity < gran {
		gran = b.d.Granularity
	}
	g.day.d = Date{Start: a.d.Start, End: b.d.End, Granularity: gran}
	g.day.single, g.day.inferred, g.day.monthInf = false, yearless, false
	g.approx = g.approx || b.approx
	c.rangeEnd(g, b.end)
	return true
}

// backwards marks g, written "g से b", as a range that ends before it
// starts. It consumes b (and तक) so that FindAll skips the whole phrase
// rather than reading its halves as two dates.
func (c *ctx) backwards(g *group, b atom) bool {
	g.badAt, g.badMsg = b.start+1, "the range ends before it starts"
	c.rangeEnd(g, b.end)
	return true
}
