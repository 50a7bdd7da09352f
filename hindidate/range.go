package hindidate

// Ranges between two dates: "30 नवंबर से 2 दिसंबर तक", "2024 से 2025 तक".
// Ranges inside one month ("5 से 7 दिसंबर", "5-7 दिसंबर", "5 और 6
// दिसंबर") are read by dayMonth in absolute.go.
//
// A range covers both ends: it starts where the first date starts and ends
// where the second ends, so "5 से 7 दिसंबर" is [5 Dec 00:00, 8 Dec 00:00).
// Its granularity is the finer of the two. A year written only on the
// second date applies to the first too ("30 नवंबर से 2 दिसंबर 2025"),
// stepping back a year when the first date's month comes later ("30
// दिसंबर से 2 जनवरी 2026").

// rangeMerge joins g's date and b, written "g से b [तक]".
func (c *ctx) rangeMerge(g *group, b atom) bool {
	a := g.day
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
		}
	}
	if !b.d.Start.After(a.d.Start) || b.d.End.Before(a.d.End) {
		return false
	}
	gran := a.d.Granularity
	if b.d.Granularity < gran {
		gran = b.d.Granularity
	}
	g.day.d = Date{Start: a.d.Start, End: b.d.End, Granularity: gran}
	g.day.single, g.day.inferred = false, false
	g.approx = g.approx || b.approx
	g.end = b.end
	if u := c.next(g.end); u.isFW(fwTak) {
		g.end = u.end
	}
	return true
}
