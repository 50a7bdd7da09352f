package almanac

import "math"

// Rising and setting at New Delhi (28.6139° N, 77.2090° E), the place for
// which the Government of India's calendars compute the day.
//
// Sunrise and sunset are the instants the Sun's upper limb touches the
// horizon with standard refraction: the centre at −0°50′ (34′ of
// refraction and 16′ of semidiameter), as almanacs and drikpanchang
// compute them; the Surya Siddhanta's centre-on-horizon rule would give
// sunrise about three minutes later. Moonrise uses the Moon's centre at
// 0.7275π − 34′, with π its horizontal parallax (Meeus chapter 15).

const (
	delhiLat = 28.6139
	delhiLon = 77.2090
	sunH0    = -50.0 / 60
)

// siderealTime returns the Greenwich mean sidereal time in degrees at t
// (Meeus 12.4).
func siderealTime(t ut) float64 {
	d := float64(t) - j2000
	T := d / 36525
	return norm360(280.46061837 + 360.98564736629*d + 0.000387933*T*T - T*T*T/38710000)
}

// sunRADec returns the Sun's right ascension and declination (degrees)
// from the Keplerian Sun, good to a few arcseconds' worth of rising time.
func sunRADec(t tt) (ra, dec float64) {
	lon, r := sunKepler(t)
	return equatorial(lon-aberration/r, 0, meanObliquity(t))
}

// riseSet returns the instant near guess at which a body with position
// pos (right ascension and declination, degrees, and the altitude h0 of
// its centre at rising) rises, or sets if rising is false, at New Delhi.
// rate is the body's hour-angle rate in degrees per day. ok is false if
// the body does not reach h0 that day (never for the Sun at Delhi).
func riseSet(guess ut, rising bool, rate float64, pos func(tt) (ra, dec, h0 float64)) (t ut, ok bool) {
	t = guess
	for range 8 {
		ra, dec, h0 := pos(t.tt())
		c := (sind(h0) - sind(delhiLat)*sind(dec)) / (cosd(delhiLat) * cosd(dec))
		if c < -1 || c > 1 {
			return t, false
		}
		h := math.Acos(c) / deg
		if rising {
			h = -h
		}
		dt := norm180(h-(siderealTime(t)+delhiLon-ra)) / rate
		t += ut(dt)
		if math.Abs(dt) < 1e-5 { // a second; the next step would be far smaller
			break
		}
	}
	return t, true
}

func sunPos(t tt) (ra, dec, h0 float64) {
	ra, dec = sunRADec(t)
	return ra, dec, sunH0
}

// sunrise returns the instant of sunrise at New Delhi on IST day d.
func sunrise(d Date) ut {
	t, _ := riseSet(istMidnight(d)+6.5/24, true, 360, sunPos)
	return t
}

// sunset returns the instant of sunset at New Delhi on IST day d.
func sunset(d Date) ut {
	t, _ := riseSet(istMidnight(d)+18.5/24, false, 360, sunPos)
	return t
}

// moonPos returns the Moon's apparent geocentric right ascension and
// declination and the altitude of its centre at rising (degrees).
func moonPos(t tt) (ra, dec, h0 float64) {
	lon, lat, dist := moonPosition(t)
	dpsi, deps := nutation(t)
	ra, dec = equatorial(lon+dpsi, lat, meanObliquity(t)+deps)
	par := math.Asin(6378.14/dist) / deg
	return ra, dec, 0.7275*par - 34.0/60
}

// moonRateHA is the Moon's mean hour-angle rate, degrees per day.
const moonRateHA = 360.98564736629 - 13.176358

// moonEvent returns the moonrise (or moonset) at New Delhi nearest to
// guess; ok is false if there is none within the iteration's reach.
func moonEvent(guess ut, rising bool) (ut, bool) {
	return riseSet(guess, rising, moonRateHA, moonPos)
}

// moonrise returns the first moonrise at New Delhi on IST day d; ok is
// false on the day of each month with none.
func moonrise(d Date) (t ut, ok bool) {
	start := istMidnight(d)
	for _, g := range [...]ut{0.2, 0.5, 0.8} {
		if r, found := moonEvent(start+g, true); found && istDate(r) == d && (!ok || r < t) {
			t, ok = r, true
		}
	}
	return t, ok
}
