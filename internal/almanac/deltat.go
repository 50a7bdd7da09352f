package almanac

// ΔT = TT − UT in seconds, from the polynomial expressions of Espenak and
// Meeus (NASA Five Millennium Canon of Solar Eclipses, 2006) for the
// years this package serves. Beyond 2005 they are extrapolations: by 2100
// ΔT is uncertain by a minute or more, which moves a computed instant in
// UT by as much and nothing else.
func deltaT(year float64) float64 {
	switch {
	case year < 1961:
		t := year - 1950
		return 29.07 + 0.407*t - t*t/233 + t*t*t/2547
	case year < 1986:
		t := year - 1975
		return 45.45 + 1.067*t - t*t/260 - t*t*t/718
	case year < 2005:
		t := year - 2000
		return 63.86 + t*(0.3345+t*(-0.060374+t*(0.0017275+t*(0.000651814+t*0.00002373599))))
	case year < 2050:
		t := year - 2000
		return 62.92 + 0.32217*t + 0.005589*t*t
	default:
		u := (year - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-year)
	}
}

// decimalYear approximates the year of a Julian Day, good enough for ΔT.
func decimalYear(jd float64) float64 { return 2000 + (jd-j2000)/365.25 }

func (t ut) tt() tt { return tt(float64(t) + deltaT(decimalYear(float64(t)))/86400) }

func (t tt) ut() ut { return ut(float64(t) - deltaT(decimalYear(float64(t)))/86400) }
