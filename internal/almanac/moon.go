package almanac

import "math"

// The Moon's geocentric position by Meeus, Astronomical Algorithms (2nd
// ed.), chapter 47: the main terms of Chapront's ELP-2000/82, good to
// about 10″ in longitude and 4″ in latitude. The coefficients are those of
// Meeus's tables 47.A and 47.B, transcribed into the layout below.

// lunarArgs are the fundamental arguments of chapter 47, in degrees.
type lunarArgs struct {
	lp, d, m, mp, f float64 // L′, D, M, M′, F
	e               float64 // eccentricity factor of the Earth's orbit
	a1, a2, a3      float64
}

func newLunarArgs(t tt) lunarArgs {
	T := centuries(t)
	T2, T3, T4 := T*T, T*T*T, T*T*T*T
	return lunarArgs{
		lp: 218.3164477 + 481267.88123421*T - 0.0015786*T2 + T3/538841 - T4/65194000,
		d:  297.8501921 + 445267.1114034*T - 0.0018819*T2 + T3/545868 - T4/113065000,
		m:  357.5291092 + 35999.0502909*T - 0.0001536*T2 + T3/24490000,
		mp: 134.9633964 + 477198.8675055*T + 0.0087414*T2 + T3/69699 - T4/14712000,
		f:  93.2720950 + 483202.0175233*T - 0.0036539*T2 - T3/3526000 + T4/863310000,
		e:  1 - 0.002516*T - 0.0000074*T2,
		a1: 119.75 + 131.849*T,
		a2: 53.09 + 479264.290*T,
		a3: 313.45 + 481266.484*T,
	}
}

// lrTerm is one row of table 47.A: multiples of D, M, M′, F and the
// coefficients of the sine (longitude, 1e-6°) and cosine (distance, m).
type lrTerm struct {
	d, m, mp, f int8
	l, r        int32
}

var lrTerms = [...]lrTerm{
	{0, 0, 1, 0, 6288774, -20905355},
	{2, 0, -1, 0, 1274027, -3699111},
	{2, 0, 0, 0, 658314, -2955968},
	{0, 0, 2, 0, 213618, -569925},
	{0, 1, 0, 0, -185116, 48888},
	{0, 0, 0, 2, -114332, -3149},
	{2, 0, -2, 0, 58793, 246158},
	{2, -1, -1, 0, 57066, -152138},
	{2, 0, 1, 0, 53322, -170733},
	{2, -1, 0, 0, 45758, -204586},
	{0, 1, -1, 0, -40923, -129620},
	{1, 0, 0, 0, -34720, 108743},
	{0, 1, 1, 0, -30383, 104755},
	{2, 0, 0, -2, 15327, 10321},
	{0, 0, 1, 2, -12528, 0},
	{0, 0, 1, -2, 10980, 79661},
	{4, 0, -1, 0, 10675, -34782},
	{0, 0, 3, 0, 10034, -23210},
	{4, 0, -2, 0, 8548, -21636},
	{2, 1, -1, 0, -7888, 24208},
	{2, 1, 0, 0, -6766, 30824},
	{1, 0, -1, 0, -5163, -8379},
	{1, 1, 0, 0, 4987, -16675},
	{2, -1, 1, 0, 4036, -12831},
	{2, 0, 2, 0, 3994, -10445},
	{4, 0, 0, 0, 3861, -11650},
	{2, 0, -3, 0, 3665, 14403},
	{0, 1, -2, 0, -2689, -7003},
	{2, 0, -1, 2, -2602, 0},
	{2, -1, -2, 0, 2390, 10056},
	{1, 0, 1, 0, -2348, 6322},
	{2, -2, 0, 0, 2236, -9884},
	{0, 1, 2, 0, -2120, 5751},
	{0, 2, 0, 0, -2069, 0},
	{2, -2, -1, 0, 2048, -4950},
	{2, 0, 1, -2, -1773, 4130},
	{2, 0, 0, 2, -1595, 0},
	{4, -1, -1, 0, 1215, -3958},
	{0, 0, 2, 2, -1110, 0},
	{3, 0, -1, 0, -892, 3258},
	{2, 1, 1, 0, -810, 2616},
	{4, -1, -2, 0, 759, -1897},
	{0, 2, -1, 0, -713, -2117},
	{2, 2, -1, 0, -700, 2354},
	{2, 1, -2, 0, 691, 0},
	{2, -1, 0, -2, 596, 0},
	{4, 0, 1, 0, 549, -1423},
	{0, 0, 4, 0, 537, -1117},
	{4, -1, 0, 0, 520, -1571},
	{1, 0, -2, 0, -487, -1739},
	{2, 1, 0, -2, -399, 0},
	{0, 0, 2, -2, -381, -4421},
	{1, 1, 1, 0, 351, 0},
	{3, 0, -2, 0, -340, 0},
	{4, 0, -3, 0, 330, 0},
	{2, -1, 2, 0, 327, 0},
	{0, 2, 1, 0, -323, 1165},
	{1, 1, -1, 0, 299, 0},
	{2, 0, 3, 0, 294, 0},
	{2, 0, -1, -2, 0, 8752},
}

// bTerm is one row of table 47.B: the sine coefficient of latitude (1e-6°).
type bTerm struct {
	d, m, mp, f int8
	b           int32
}

var bTerms = [...]bTerm{
	{0, 0, 0, 1, 5128122},
	{0, 0, 1, 1, 280602},
	{0, 0, 1, -1, 277693},
	{2, 0, 0, -1, 173237},
	{2, 0, -1, 1, 55413},
	{2, 0, -1, -1, 46271},
	{2, 0, 0, 1, 32573},
	{0, 0, 2, 1, 17198},
	{2, 0, 1, -1, 9266},
	{0, 0, 2, -1, 8822},
	{2, -1, 0, -1, 8216},
	{2, 0, -2, -1, 4324},
	{2, 0, 1, 1, 4200},
	{2, 1, 0, -1, -3359},
	{2, -1, -1, 1, 2463},
	{2, -1, 0, 1, 2211},
	{2, -1, -1, -1, 2065},
	{0, 1, -1, -1, -1870},
	{4, 0, -1, -1, 1828},
	{0, 1, 0, 1, -1794},
	{0, 0, 0, 3, -1749},
	{0, 1, -1, 1, -1565},
	{1, 0, 0, 1, -1491},
	{0, 1, 1, 1, -1475},
	{0, 1, 1, -1, -1410},
	{0, 1, 0, -1, -1344},
	{1, 0, 0, -1, -1335},
	{0, 0, 3, 1, 1107},
	{4, 0, 0, -1, 1021},
	{4, 0, -1, 1, 833},
	{0, 0, 1, -3, 777},
	{4, 0, -2, 1, 671},
	{2, 0, 0, -3, 607},
	{2, 0, 2, -1, 596},
	{2, -1, 1, -1, 491},
	{2, 0, -2, 1, -451},
	{0, 0, 3, -1, 439},
	{2, 0, 2, 1, 422},
	{2, 0, -3, -1, 421},
	{2, 1, -1, 1, -366},
	{2, 1, 0, 1, -351},
	{4, 0, 0, 1, 331},
	{2, -1, 1, 1, 315},
	{2, -2, 0, -1, 302},
	{0, 0, 1, 3, -283},
	{2, 1, 1, -1, -229},
	{1, 1, 0, -1, 223},
	{1, 1, 0, 1, 223},
	{0, 1, -2, -1, -220},
	{2, 1, -1, -1, -220},
	{1, 0, 1, 1, -185},
	{2, -1, -2, -1, 181},
	{0, 1, 2, 1, -177},
	{4, 0, -2, -1, 176},
	{4, -1, -1, -1, 166},
	{1, 0, 1, -1, -164},
	{4, 0, 1, -1, 132},
	{1, 0, -1, -1, -119},
	{4, -1, 0, -1, 115},
	{2, -2, 0, 1, 107},
}

// eFactor returns E^|m|, the factor for terms in the Sun's anomaly.
func (a *lunarArgs) eFactor(m int8) float64 {
	switch m {
	case 1, -1:
		return a.e
	case 2, -2:
		return a.e * a.e
	}
	return 1
}

// multiples holds cos nθ + i sin nθ for n = 0…4 of one argument, so
// that a term's sine is built by multiplying unit complex numbers rather
// than calling math.Sin for each of the sixty terms.
type multiples [5]complex128

func newMultiples(x float64) multiples {
	s, c := math.Sincos(x * deg)
	var m multiples
	m[0] = 1
	for n := 1; n < len(m); n++ {
		m[n] = m[n-1] * complex(c, s)
	}
	return m
}

// get returns cos nθ + i sin nθ for n in −4…4.
func (m *multiples) get(n int8) complex128 {
	if n < 0 {
		z := m[-n]
		return complex(real(z), -imag(z))
	}
	return m[n]
}

// moonLongitude returns the Moon's geometric longitude referred to the
// mean equinox of date, in degrees (not reduced). Add Δψ for the
// apparent longitude.
func moonLongitude(t tt) float64 {
	a := newLunarArgs(t)
	d, m, mp, f := newMultiples(a.d), newMultiples(a.m), newMultiples(a.mp), newMultiples(a.f)
	var sl float64
	for _, x := range lrTerms {
		if x.l == 0 {
			continue
		}
		z := d.get(x.d) * m.get(x.m) * mp.get(x.mp) * f.get(x.f)
		sl += float64(x.l) * a.eFactor(x.m) * imag(z)
	}
	sl += 3958*sind(a.a1) + 1962*sind(a.lp-a.f) + 318*sind(a.a2)
	return a.lp + sl/1e6
}

// moonPosition returns the Moon's geometric longitude and latitude
// (degrees; mean equinox of date) and its distance from the Earth's
// centre in km.
func moonPosition(t tt) (lon, lat, dist float64) {
	a := newLunarArgs(t)
	d, m, mp, f := newMultiples(a.d), newMultiples(a.m), newMultiples(a.mp), newMultiples(a.f)
	var sl, sr, sb float64
	for _, x := range lrTerms {
		z := d.get(x.d) * m.get(x.m) * mp.get(x.mp) * f.get(x.f)
		ef := a.eFactor(x.m)
		sl += float64(x.l) * ef * imag(z)
		sr += float64(x.r) * ef * real(z)
	}
	for _, x := range bTerms {
		z := d.get(x.d) * m.get(x.m) * mp.get(x.mp) * f.get(x.f)
		sb += float64(x.b) * a.eFactor(x.m) * imag(z)
	}
	sl += 3958*sind(a.a1) + 1962*sind(a.lp-a.f) + 318*sind(a.a2)
	sb += -2235*sind(a.lp) + 382*sind(a.a3) + 175*sind(a.a1-a.f) + 175*sind(a.a1+a.f) +
		127*sind(a.lp-a.mp) - 115*sind(a.lp+a.mp)
	return a.lp + sl/1e6, sb / 1e6, 385000.56 + sr/1000
}
