package almanac

import "math"

// The Sun's apparent geocentric longitude: the Earth's heliocentric
// longitude from VSOP87 (vsop.go) turned round to geocentric, converted to
// the FK5 frame, corrected for nutation and aberration, as in Meeus,
// Astronomical Algorithms (2nd ed.), chapter 25, "higher accuracy".
// Sunrise and sunset use the cheaper Keplerian Sun of the same chapter
// ("lower accuracy", 0.01°), which moves them by a few seconds at most.

// nutation returns the nutation in longitude Δψ and in obliquity Δε, in
// degrees, by the abridged series of Meeus chapter 22 (good to 0.5″ and
// 0.1″).
func nutation(t tt) (dpsi, deps float64) {
	T := centuries(t)
	om := 125.04452 - 1934.136261*T + 0.0020708*T*T + T*T*T/450000
	ls := 280.4665 + 36000.7698*T // the Sun's mean longitude
	lm := 218.3165 + 481267.8813*T
	dpsi = -17.20*sind(om) - 1.32*sind(2*ls) - 0.23*sind(2*lm) + 0.21*sind(2*om)
	deps = 9.20*cosd(om) + 0.57*cosd(2*ls) + 0.10*cosd(2*lm) - 0.09*cosd(2*om)
	return dpsi / 3600, deps / 3600
}

// meanObliquity returns the mean obliquity of the ecliptic in degrees
// (Meeus 22.2, IAU).
func meanObliquity(t tt) float64 {
	T := centuries(t)
	return 23.4392911111 + (-46.8150*T-0.00059*T*T+0.001813*T*T*T)/3600
}

// aberration is the constant of annual aberration, in degrees, at 1 AU.
const aberration = 20.4898 / 3600

// sunKepler returns the Sun's true geometric longitude on a Keplerian
// orbit (mean equinox of date, degrees, not reduced) and its distance in
// AU, by Meeus chapter 25's lower-accuracy method.
func sunKepler(t tt) (lon, r float64) {
	T := centuries(t)
	l0 := 280.46646 + 36000.76983*T + 0.0003032*T*T
	m := 357.52911 + 35999.05029*T - 0.0001537*T*T
	e := 0.016708634 - 0.000042037*T - 0.0000001267*T*T
	c := (1.914602-0.004817*T-0.000014*T*T)*sind(m) +
		(0.019993-0.000101*T)*sind(2*m) + 0.000289*sind(3*m)
	r = 1.000001018 * (1 - e*e) / (1 + e*cosd(m+c))
	return l0 + c, r
}

// sunLongitude returns the Sun's geometric longitude (mean equinox of
// date, degrees, not reduced) corrected for aberration, from VSOP87: the
// apparent longitude without nutation.
func sunLongitude(t tt) float64 {
	_, r := sunKepler(t) // the distance only scales the aberration
	return earthLongitude(t)/deg + 180 - 0.09033/3600 - aberration/r
}

// sunApparent returns the Sun's apparent longitude (true equinox of date)
// in degrees [0, 360).
func sunApparent(t tt) float64 {
	dpsi, _ := nutation(t)
	return norm360(sunLongitude(t) + dpsi)
}

// equatorial converts ecliptic longitude and latitude to right ascension
// and declination (degrees) for obliquity eps.
func equatorial(lon, lat, eps float64) (ra, dec float64) {
	sl, cl := math.Sincos(lon * deg)
	se, ce := math.Sincos(eps * deg)
	tb := math.Tan(lat * deg)
	ra = norm360(math.Atan2(sl*ce-tb*se, cl) / deg)
	dec = math.Asin(sind(lat)*ce+cosd(lat)*se*sl) / deg
	return ra, dec
}
