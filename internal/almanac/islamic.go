package almanac

import "math"

// Islamic festivals. A Hijri month begins on the evening the new crescent
// is first seen; in India a sighting committee announces it, usually a
// day after the first evening on which it could be seen under ideal
// skies. This package predicts the sighting at New Delhi with Yallop's
// criterion (B. D. Yallop, "A Method for Predicting the First Sighting of
// the New Crescent Moon", NAO Technical Note 69, 1997): at the "best
// time", sunset plus 4/9 of the interval to moonset, with ARCV the Moon's
// altitude above the Sun and W′ the topocentric width of the crescent in
// arcminutes,
//
//	q = (ARCV − (11.8371 − 6.3226 W′ + 0.7319 W′² − 0.1018 W′³)) / 10,
//
// and takes the crescent as seen when q exceeds yallopThreshold. Day 1 of
// the month is the civil day after that evening. The result is always
// Approximate: a cloudy evening, a sighting elsewhere in India or a
// committee's decision moves it by a day.

// yallopThreshold is the q above which the crescent counts as seen:
// Yallop's class A boundary, "easily visible to the naked eye". India's
// holiday lists follow a naked-eye sighting; against the DoPT lists of
// 2011–2026 this boundary gives the listed day 53 times in 59 and is never
// more than a day off, against 52 for class B (−0.014) and 47 for class C
// (−0.160) (see festival_test.go).
const yallopThreshold = 0.216

// hijriEpochLunation is the Hijri month count (12·year + month − 1) of
// the month begun by lunation 0 (the new moon of 6 January 2000):
// Shawwal 1420.
const hijriEpochLunation = 1420*12 + 9

// altitude returns the geocentric altitude (degrees) at New Delhi of a
// body at right ascension ra and declination dec at t.
func altitude(t ut, ra, dec float64) float64 {
	h := siderealTime(t) + delhiLon - ra
	return math.Asin(sind(delhiLat)*sind(dec)+cosd(delhiLat)*cosd(dec)*cosd(h)) / deg
}

// crescentQ returns Yallop's q for the evening of civil day d after the
// conjunction at nm, and false if the Moon sets before the Sun or the
// conjunction has not happened by sunset.
func crescentQ(d Date, nm ut) (float64, bool) {
	set := sunset(d)
	if set <= nm {
		return 0, false
	}
	mset, ok := moonEvent(set+0.02, false)
	if !ok || mset <= set {
		return 0, false
	}
	tb := set + 4*(mset-set)/9
	T := tb.tt()
	sra, sdec := sunRADec(T)
	lon, lat, dist := moonPosition(T)
	dpsi, deps := nutation(T)
	mra, mdec := equatorial(lon+dpsi, lat, meanObliquity(T)+deps)
	arcv := altitude(tb, mra, mdec) - altitude(tb, sra, sdec)
	arcl := math.Acos(sind(sdec)*sind(mdec)+cosd(sdec)*cosd(mdec)*cosd(sra-mra)) / deg
	par := math.Asin(6378.14/dist) / deg
	hm := altitude(tb, mra, mdec) - par*cosd(altitude(tb, mra, mdec)) // topocentric
	sd := 0.27245 * par * 60                                          // arcminutes
	sdTopo := sd * (1 + sind(hm)*sind(par))
	w := sdTopo * (1 - cosd(arcl))
	return (arcv - (11.8371 - 6.3226*w + 0.7319*w*w - 0.1018*w*w*w)) / 10, true
}

// hijriMonthStart returns the civil day on which the Hijri month begun by
// lunation k has its first day.
func hijriMonthStart(k int) Date {
	nm := phase(k, false).ut()
	d := istDate(nm)
	for range 4 {
		if q, ok := crescentQ(d, nm); ok && q > yallopThreshold {
			return d.AddDays(1)
		}
		d = d.AddDays(1)
	}
	return d // four evenings without a sighting never happen; complete the month
}

// islamicDay is the Hijri month (1 = Muharram) and day of a festival.
var islamicDay = map[Festival][2]int{
	EidUlFitr:   {10, 1},  // 1 Shawwal
	EidUlAdha:   {12, 10}, // 10 Dhu al-Hijjah
	Muharram:    {1, 10},  // 10 Muharram (Ashura)
	MiladUnNabi: {3, 12},  // 12 Rabi al-Awwal
}

func islamicObservances(f Festival, y int) []Observance {
	md := islamicDay[f]
	var out []Observance
	k0 := lunationNear(istMidnight(Date{y, 1, 1}).tt()) - 1
	for k := k0; k <= k0+13; k++ {
		if (hijriEpochLunation+k)%12 != md[0]-1 {
			continue
		}
		d := hijriMonthStart(k).AddDays(md[1] - 1)
		if d.Year == y {
			out = append(out, Observance{Festival: f, Date: d, Approximate: true})
		}
	}
	return out
}
