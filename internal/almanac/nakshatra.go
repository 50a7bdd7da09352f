package almanac

// nakshatraAt returns the lunar mansion (nakshatra) of the Moon at t,
// 0 (Ashwini) to 26 (Revati): its sidereal longitude in 13°20′ steps.
func nakshatraAt(t ut) int {
	T := t.tt()
	return int(norm360(moonLongitude(T)-ayanamsa(T)) / (360.0 / 27))
}

// shravana is the 22nd nakshatra, whose presence in the afternoon decides
// Vijayadashami in some years.
const shravana = 21
