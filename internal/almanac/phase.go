package almanac

import "math"

// New and full moons by Meeus, Astronomical Algorithms (2nd ed.), chapter
// 49: the mean phase from the lunation number k, corrected by the
// periodic terms of the Sun's and Moon's anomalies and the Moon's argument
// of latitude, and by the fourteen planetary arguments A1…A14. Meeus
// states the result is good to well under a minute for centuries around
// 2000; phase_test.go measures it against an independent ephemeris.
//
// Lunation k counts new moons from the one of 6 January 2000 (k = 0); a
// full moon is k + 0.5.

// phaseTerm is one periodic correction: coefficient (days) for the new
// moon and for the full moon, the power of E, and the multiples of M, M′
// and F in the argument. Ω terms are handled apart.
type phaseTerm struct {
	newC, fullC float64
	m, mp, f    int8
}

var phaseTerms = [...]phaseTerm{
	{-0.40720, -0.40614, 0, 1, 0},
	{0.17241, 0.17302, 1, 0, 0},
	{0.01608, 0.01614, 0, 2, 0},
	{0.01039, 0.01043, 0, 0, 2},
	{0.00739, 0.00734, -1, 1, 0},
	{-0.00514, -0.00515, 1, 1, 0},
	{0.00208, 0.00209, 2, 0, 0},
	{-0.00111, -0.00111, 0, 1, -2},
	{-0.00057, -0.00057, 0, 1, 2},
	{0.00056, 0.00056, 1, 2, 0},
	{-0.00042, -0.00042, 0, 3, 0},
	{0.00042, 0.00042, 1, 0, 2},
	{0.00038, 0.00038, 1, 0, -2},
	{-0.00024, -0.00024, -1, 2, 0},
	{-0.00007, -0.00007, 2, 1, 0},
	{0.00004, 0.00004, 0, 2, -2},
	{0.00004, 0.00004, 3, 0, 0},
	{0.00003, 0.00003, 1, 1, -2},
	{0.00003, 0.00003, 0, 2, 2},
	{-0.00003, -0.00003, 1, 1, 2},
	{0.00003, 0.00003, -1, 1, 2},
	{-0.00002, -0.00002, -1, 1, -2},
	{-0.00002, -0.00002, 1, 3, 0},
	{0.00002, 0.00002, 0, 4, 0},
}

// planetary holds A1…A14: the constant, the rate per lunation and the
// coefficient (days). A1 also has a term in T² (see phase).
var planetary = [14][3]float64{
	{299.77, 0.107408, 0.000325},
	{251.88, 0.016321, 0.000165},
	{251.83, 26.651886, 0.000164},
	{349.42, 36.412478, 0.000126},
	{84.66, 18.206239, 0.000110},
	{141.74, 53.303771, 0.000062},
	{207.14, 2.453732, 0.000060},
	{154.84, 7.306860, 0.000056},
	{34.52, 27.261239, 0.000047},
	{207.19, 0.121824, 0.000042},
	{291.34, 1.844379, 0.000040},
	{161.72, 24.198154, 0.000037},
	{239.56, 25.513099, 0.000035},
	{331.55, 3.592518, 0.000023},
}

// phase returns the instant (TT) of the new moon of lunation k when full
// is false, or of the full moon that follows it when full is true.
func phase(k int, full bool) tt {
	kk := float64(k)
	if full {
		kk += 0.5
	}
	T := kk / 1236.85
	T2, T3, T4 := T*T, T*T*T, T*T*T*T
	jde := 2451550.09766 + 29.530588861*kk + 0.00015437*T2 - 0.000000150*T3 + 0.00000000073*T4
	m := 2.5534 + 29.10535670*kk - 0.0000014*T2 - 0.00000011*T3
	mp := 201.5643 + 385.81693528*kk + 0.0107582*T2 + 0.00001238*T3 - 0.000000058*T4
	f := 160.7108 + 390.67050284*kk - 0.0016118*T2 - 0.00000227*T3 + 0.000000011*T4
	om := 124.7746 - 1.56375588*kk + 0.0020672*T2 + 0.00000215*T3
	e := 1 - 0.002516*T - 0.0000074*T2

	var corr float64
	for _, x := range phaseTerms {
		c := x.newC
		if full {
			c = x.fullC
		}
		switch x.m {
		case 1, -1:
			c *= e
		case 2, -2:
			c *= e * e
		}
		corr += c * sind(float64(x.m)*m+float64(x.mp)*mp+float64(x.f)*f)
	}
	corr += -0.00017 * sind(om)
	for i, a := range planetary {
		arg := a[0] + a[1]*kk
		if i == 0 {
			arg -= 0.009173 * T2
		}
		corr += a[2] * sind(arg)
	}
	return tt(jde + corr)
}

// lunationNear returns the lunation number whose new moon is nearest to t.
func lunationNear(t tt) int {
	return int(math.Round((float64(t) - 2451550.09766) / 29.530588861))
}
