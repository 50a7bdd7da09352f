package almanac

// The sidereal zodiac of the Indian calendar is fixed to the stars by the
// Lahiri (Chitrapaksha) ayanamsa, the one the Calendar Reform Committee
// adopted in 1955 and the Indian Astronomical Ephemeris publishes: its
// mean value was 23°14′43.9″ on 21 March 1956 (the published 23°15′00.658″
// is the true value, with that day's nutation), and it grows with the
// general precession in longitude (IAU 1976, Lieske). Sidereal longitude
// is the apparent tropical longitude less the true ayanamsa (mean plus
// nutation), so nutation cancels and sidereal longitudes are the
// geometric ones, corrected for aberration, less the mean ayanamsa.

const (
	lahiriEpoch = 2435553.5                  // 1956-03-21 0h TT
	lahiriMean  = 23.250182778 - 0.004658035 // degrees at lahiriEpoch
)

// precession returns the general precession in longitude since J2000.0,
// in degrees.
func precession(t tt) float64 {
	T := centuries(t)
	return (5029.0966*T + 1.11113*T*T - 0.000006*T*T*T) / 3600
}

// ayanamsa returns the mean Lahiri ayanamsa in degrees at t.
func ayanamsa(t tt) float64 { return lahiriMean + precession(t) - precession(lahiriEpoch) }

// siderealSun returns the Sun's sidereal (nirayana) longitude in degrees
// [0, 360) at t.
func siderealSun(t tt) float64 { return norm360(sunLongitude(t) - ayanamsa(t)) }

// Rashi is a sign of the sidereal zodiac, the Sun's place in which names
// the solar month. Mesha (Aries, 0°–30°) is 0.
type rashi int

const (
	mesha     rashi = iota // 0°: Vaisakhi, Vishu, Bahag Bihu
	vrishabha              // 30°
	mithuna                // 60°
	karka                  // 90°
	simha                  // 120°
	kanya                  // 150°
	tula                   // 180°
	vrischika              // 210°
	dhanu                  // 240°
	makara                 // 270°: Makar Sankranti, Pongal
	kumbha                 // 300°
	meena                  // 330°
)

// sankranti returns the instant (TT) near guess, within about a fortnight,
// at which the Sun enters rashi r (its sidereal longitude reaches 30r°).
func sankranti(r rashi, guess tt) tt {
	t := guess
	for range 8 {
		d := norm180(float64(r)*30-siderealSun(t)) / 0.9856
		t += tt(d)
		if d < 1e-6 && d > -1e-6 {
			break
		}
	}
	return t
}

// sankrantiIn returns the instant at which the Sun enters rashi r during
// Gregorian year y (each rashi is entered once a year).
func sankrantiIn(r rashi, y int) tt {
	// Mean dates drift a day in 70 years; 14 April for Mesha in 2000.
	days := float64(r)*365.25636/12 + float64(y-2000)*365.25636
	if r >= makara { // January to March
		days -= 365.25636
	}
	return sankranti(r, istMidnight(Date{2000, 4, 14}).tt()+tt(days))
}
