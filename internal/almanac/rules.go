package almanac

// Day rules: how a festival tied to a tithi picks its civil day. Each
// returns the day and, where the digests and the calendars that follow
// them disagree, the other day (zero if none).

// tithiSpan returns when tithi n (1…30) of lunation k begins and ends.
func tithiSpan(k, n int) span {
	nm := float64(phase(k, false))
	guess := func(i int) tt { return tt(nm + float64(i)*29.530588861/30) }
	return span{
		elongationAt(float64(12*(n-1)), guess(n-1)).ut(),
		elongationAt(float64(12*n), guess(n)).ut(),
	}
}

// mostCovered returns the day whose part p the tithi covers longest and
// the other day it covers for at least a ghati (24 minutes), the least
// the digests count, if any. With no day touched it returns zero Dates.
func mostCovered(s span, p dayPart) (d, alt Date) {
	cov := coverage(s, p)
	best := -1
	for i, c := range cov {
		if best < 0 || c.amt > cov[best].amt {
			best = i
		}
	}
	if best < 0 {
		return Date{}, Date{}
	}
	d = cov[best].day
	for i, c := range cov {
		if i != best && c.amt >= ghati {
			alt = c.day
		}
	}
	return d, alt
}

// lastCovered returns the last day whose part p the tithi touches, and
// the day before it if that one is touched too.
func lastCovered(s span, p dayPart) (d, alt Date) {
	cov := coverage(s, p)
	switch len(cov) {
	case 0:
		return Date{}, Date{}
	case 1:
		return cov[0].day, Date{}
	}
	return cov[len(cov)-1].day, cov[len(cov)-2].day
}

// firstCovered returns the first day whose part p the tithi touches, and
// the next day if that one is touched too.
func firstCovered(s span, p dayPart) (d, alt Date) {
	cov := coverage(s, p)
	switch len(cov) {
	case 0:
		return Date{}, Date{}
	case 1:
		return cov[0].day, Date{}
	}
	return cov[0].day, cov[1].day
}

// night returns the night of civil day d: its sunset to the next sunrise.
func night(d Date) span { return span{sunset(d), sunrise(d.AddDays(1))} }

// orUdaya returns a function that passes d and alt through, or falls
// back on the udaya day when a part rule found no day.
func orUdaya(s span) func(d, alt Date) (Date, Date) {
	return func(d, alt Date) (Date, Date) {
		if d.IsZero() {
			return udaya(s)
		}
		return d, alt
	}
}

// margin is how far a tithi's ends may sit from a sunrise before the day
// counts as disputed: panchangs differ by a few minutes in where they put
// sunrise (upper limb or centre, with or without refraction, Delhi or
// Ujjain) and in their ephemerides.
const margin = 10.0 / 1440

// byUdaya keeps the day at whose sunrise the tithi is current (see
// udaya). Alt is the vriddhi second day, or the day a shift of either end
// of the tithi by margin would give.
func byUdaya(_ int, s span) (d, alt Date) {
	rise := newRiseTable(istDate(s.start - margin).AddDays(-1)).at
	d, alt = udayaBy(s, rise)
	if !alt.IsZero() {
		return d, alt
	}
	for _, p := range [...]span{
		{s.start - margin, s.end}, {s.start + margin, s.end},
		{s.start, s.end - margin}, {s.start, s.end + margin},
	} {
		e, e2 := udayaBy(p, rise)
		if e != d {
			return d, e
		}
		if !e2.IsZero() {
			return d, e2
		}
	}
	return d, Date{}
}

// byPradosh keeps the evening whose pradosh the tithi covers longest; a
// tithi that misses both evenings is kept on the night it falls in.
func byPradosh(k int, s span) (d, alt Date) {
	if d, alt = mostCovered(s, pradosh); d.IsZero() {
		d, alt = mostCovered(s, night)
	}
	return orUdaya(s)(d, alt)
}

// byMidday keeps the day whose madhyahna the tithi covers longest.
func byMidday(k int, s span) (d, alt Date) { return orUdaya(s)(mostCovered(s, madhyahna)) }

// byForenoon keeps the day whose purvahna the tithi covers longest.
func byForenoon(k int, s span) (d, alt Date) { return orUdaya(s)(mostCovered(s, purvahna)) }

// byFirstMidday keeps the first day whose madhyahna the tithi reaches,
// with the udaya day as Alt when it differs.
func byFirstMidday(k int, s span) (d, alt Date) {
	u, _ := udaya(s)
	if d, _ = firstCovered(s, madhyahna); d.IsZero() {
		return u, Date{}
	}
	if u != d {
		alt = u
	}
	return d, alt
}

// byUdayaOrAfternoon keeps the udaya day, with the day whose aparahna the
// tithi covers longest as Alt when it differs.
func byUdayaOrAfternoon(k int, s span) (d, alt Date) {
	d, alt = byUdaya(k, s)
	if a, _ := mostCovered(s, aparahna); alt.IsZero() && !a.IsZero() && a != d {
		alt = a
	}
	return d, alt
}

// byNishitaLast keeps the last night whose nishita the tithi covers,
// with the night before as Alt if it covers that one too.
func byNishitaLast(k int, s span) (d, alt Date) {
	if d, alt = lastCovered(s, nishita); d.IsZero() {
		d, alt = mostCovered(s, night)
	}
	return orUdaya(s)(d, alt)
}

// byThreeMuhurtas keeps the last day at whose sunrise the tithi is
// current if it lasts three muhurtas (144 minutes) beyond that sunrise;
// otherwise the day before, with the sunrise day as Alt. A tithi current
// at no sunrise is kept on the day it falls in.
func byThreeMuhurtas(k int, s span) (d, alt Date) {
	d, second := udaya(s)
	if !second.IsZero() {
		d = second
	}
	if rise := sunrise(d); rise >= s.start && s.end-rise < 3*muhurta {
		return d.AddDays(-1), d
	}
	return d, Date{}
}

// byJanmashtami keeps the vaishnava day (ashtami at sunrise), with the
// smarta day (ashtami at nishita) as Alt when it differs.
func byJanmashtami(k int, s span) (d, alt Date) {
	d, alt = byUdaya(k, s)
	sm, _ := mostCovered(s, nishita)
	if sm.IsZero() {
		sm, _ = mostCovered(s, night)
	}
	if !sm.IsZero() && sm != d {
		alt = sm
	}
	return d, alt
}

// byVijayadashami applies the Dussehra rule (see Dussehra).
func byVijayadashami(k int, s span) (d, alt Date) {
	most, other := mostCovered(s, aparahna)
	u, _ := udaya(s)
	if rise := sunrise(u); rise >= s.start && s.end-rise >= 3*muhurta {
		a := aparahna(u)
		if nakshatraAt(a.start) == shravana || nakshatraAt(a.end) == shravana {
			if !most.IsZero() && most != u {
				alt = most
			} else if other != u {
				alt = other
			}
			return u, alt
		}
	}
	return orUdaya(s)(most, other)
}

// byMoonrise keeps the evening whose moonrise falls in the tithi.
func byMoonrise(k int, s span) (d, alt Date) {
	var days []Date
	for day := istDate(s.start).AddDays(-1); day.Compare(istDate(s.end)) <= 0; day = day.AddDays(1) {
		if rise, ok := moonEvent(sunset(day)+3.0/24, true); ok && s.contains(rise) && istDate(rise) == day {
			days = append(days, day)
		}
	}
	switch len(days) {
	case 0:
		return byPradosh(k, s)
	case 1:
		return days[0], Date{}
	}
	return days[0], days[1]
}

// holikaDahan applies the HolikaDahan rule to purnima s of lunation k.
func holikaDahan(k int, s span) (d, alt Date) {
	bhadraEnd := elongationAt(174, phase(k, false)+14.5).ut()
	free := span{bhadraEnd, s.end}
	for day := istDate(s.start); day.Compare(istDate(s.end)) <= 0; day = day.AddDays(1) {
		if free.overlap(pradosh(day)) > 0 {
			return day, Date{}
		}
	}
	// Bhadra covers every pradosh purnima reaches: find the first evening
	// after purnima begins.
	d = istDate(s.start)
	if sunset(d)+6*ghati <= s.start {
		d = d.AddDays(1)
	}
	if bhadraEnd < istMidnight(d.AddDays(1)) {
		return d, Date{} // after Bhadra ends, before midnight
	}
	next := d.AddDays(1)
	rise, set := sunrise(next), sunset(next)
	if s.contains(rise) && s.end-rise >= 3.5*(set-rise)/4 {
		return next, d
	}
	return d, next
}

func byHolikaDahan(k int, s span) (d, alt Date) { return holikaDahan(k, s) }

func byHoli(k int, s span) (d, alt Date) {
	d, alt = holikaDahan(k, s)
	if !alt.IsZero() {
		alt = alt.AddDays(1)
	}
	return d.AddDays(1), alt
}
