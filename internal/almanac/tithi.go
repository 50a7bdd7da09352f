package almanac

import "math"

// A tithi is the time the Moon takes to gain 12° of longitude on the Sun:
// tithi n (1…30) runs while the elongation λ☾ − λ☉ is in
// [12(n−1)°, 12n°). Tithis 1…15 are the bright fortnight (shukla paksha,
// 15 = purnima, the full moon), 16…30 the dark one (krishna paksha, 30 =
// amavasya, the new moon). Nutation shifts both longitudes alike and
// cancels in the elongation.

// elongation returns λ☾ − λ☉ in degrees [0, 360) at t, with the Sun's
// longitude corrected for aberration.
func elongation(t tt) float64 {
	return norm360(moonLongitude(t) - sunLongitude(t))
}

// meanElongationRate is the Moon's mean gain on the Sun, degrees per day.
const meanElongationRate = 360 / 29.530588861

// elongationAt returns the instant near guess (within about a day) at
// which the elongation equals target degrees, to about a second.
//
// The Moon is evaluated at every step; the Sun, which moves slowly and
// smoothly, is taken from VSOP87 once at the guess and followed from
// there by the change in the Keplerian Sun, which is good to about 1″
// over a day; one last step with the full Sun removes that error. The
// secant method converges in three or four steps because the elongation
// is smooth and its rate stays between 10° and 15.5° a day.
func elongationAt(target float64, guess tt) tt {
	s0 := sunLongitude(guess)
	k0, _ := sunKepler(guess)
	f := func(t float64) float64 {
		k, _ := sunKepler(tt(t))
		return norm180(moonLongitude(tt(t)) - (s0 + k - k0) - target)
	}
	t0 := float64(guess)
	f0 := f(t0)
	t1 := t0 - f0/meanElongationRate
	slope := meanElongationRate
	for range 12 {
		f1 := f(t1)
		if math.Abs(f1) < 1e-7 { // 1e-7° is about 1 ms
			break
		}
		if d := t1 - t0; d != 0 {
			if s := (f1 - f0) / d; s > 8 && s < 18 {
				slope = s
			}
		}
		t0, f0 = t1, f1
		t1 -= f1 / slope
	}
	return tt(t1 - norm180(elongation(tt(t1))-target)/slope)
}

// tithiAt returns the tithi (1…30) prevailing at t.
func tithiAt(t tt) int { return int(elongation(t)/12) + 1 }
