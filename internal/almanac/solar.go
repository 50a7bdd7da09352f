package almanac

// Solar festivals: the day of a sankranti, the Sun's entry into a
// sidereal sign. Panchangs place a sankranti up to a quarter of an hour
// apart (their Lahiri ayanamsa differs by tens of arcseconds), so a
// sankranti within sankrantiMargin of the sunrise or sunset that decides
// its day makes the day Ambiguous.
const sankrantiMargin = 20.0 / 1440

// hinduDay returns the civil day whose sunrise-to-sunrise span contains t.
func hinduDay(t ut) Date {
	d := istDate(t)
	if t < sunrise(d) {
		d = d.AddDays(-1)
	}
	return d
}

func near(a, b ut, m float64) bool { return a-b < ut(m) && b-a < ut(m) }

// sankrantiDay applies the Hindu-day rule to the entry into r in year y:
// the day whose sunrise-to-sunrise span holds it. With punya true, an
// entry between sunset and the next sunrise also gives the next day as
// Alt, the day whose morning most panchangs name for bathing and gifts.
func sankrantiDay(r rashi, y int, punya bool) (d, alt Date) {
	t := sankrantiIn(r, y).ut()
	d = hinduDay(t)
	next := d.AddDays(1)
	switch {
	case near(t, sunrise(d), sankrantiMargin):
		alt = d.AddDays(-1)
	case near(t, sunrise(next), sankrantiMargin):
		alt = next
	case punya && t >= sunset(d)-ut(sankrantiMargin):
		alt = next
	}
	return d, alt
}

// pongalDay applies the Tamil rule: the civil day of the entry into
// Makara if before sunset, else the next day.
func pongalDay(y int) (d, alt Date) {
	t := sankrantiIn(makara, y).ut()
	d = istDate(t)
	set := sunset(d)
	if t >= set {
		d = d.AddDays(1)
	}
	if near(t, set, sankrantiMargin) {
		if t >= set {
			alt = d.AddDays(-1)
		} else {
			alt = d.AddDays(1)
		}
	}
	return d, alt
}

func solarObservance(f Festival, y int) Observance {
	var d, alt Date
	switch f {
	case MakarSankranti:
		d, alt = sankrantiDay(makara, y, true)
	case Lohri:
		d, alt = sankrantiDay(makara, y, true)
		d = d.AddDays(-1)
		if !alt.IsZero() {
			alt = alt.AddDays(-1)
		}
	case Pongal:
		d, alt = pongalDay(y)
	case Vaisakhi:
		d, alt = sankrantiDay(mesha, y, false)
	}
	return Observance{Festival: f, Date: d, Alt: alt}
}
