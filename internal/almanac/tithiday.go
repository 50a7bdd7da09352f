package almanac

import (
	"errors"
	"fmt"
)

// Tithi names a lunar day as panchangs and papers print it: "कार्तिक
// शुक्ल पंचमी" is {Kartika, false, Shukla, 5}, "माघ पूर्णिमा" is {Magha,
// false, Shukla, 15}, "भाद्रपद कृष्ण अष्टमी" is {Bhadrapada, false,
// Krishna, 8} in the purnimanta scheme of Hindi papers. The month's name
// depends on the [Scheme] for the dark fortnight only. Tithi values are
// comparable with ==; the zero Tithi is not a tithi.
type Tithi struct {
	Masa   Masa
	Adhik  bool // the intercalary month of that name (अधिक मास)
	Paksha Paksha
	// Day is 1 (pratipada) to 15: purnima in the bright fortnight,
	// amavasya in the dark one.
	Day int
}

// String returns the tithi as "Kartika Shukla 5" or "Adhik Shravana
// Krishna 15".
func (t Tithi) String() string {
	s := fmt.Sprintf("%v %v %d", t.Masa, t.Paksha, t.Day)
	if t.Adhik {
		s = "Adhik " + s
	}
	return s
}

func (t Tithi) valid() bool {
	return t.Masa >= Chaitra && t.Masa <= Phalguna && (t.Paksha == Shukla || t.Paksha == Krishna) &&
		t.Day >= 1 && t.Day <= 15
}

// ErrTithi is returned for a Tithi with a month, fortnight or day out of
// range, and ErrScheme for a value that is not a Scheme.
var (
	ErrTithi  = errors.New("almanac: not a tithi")
	ErrScheme = errors.New("almanac: not a month scheme")
)

// TithiDay is a civil day named by a tithi. Programs should pass
// TithiDays as values.
type TithiDay struct {
	// Date is the day at whose sunrise at New Delhi the tithi is current.
	// A tithi current at two sunrises (vriddhi) gives the first, unless
	// the first lies before the year asked for and the second in it. A tithi
	// current at none (kshaya: it begins after one sunrise and ends
	// before the next) gives the day on which it begins and ends, the day
	// panchangs list it under, and Kshaya is set.
	Date Date
	// Alt, when not zero, is the second day of a vriddhi tithi, or the
	// neighbouring day when an end of the tithi falls within ten minutes
	// of sunrise, where panchangs disagree.
	Alt    Date
	Kshaya bool
}

// TithiDays returns the civil days in year year of era e on which tithi
// t prevails at sunrise in New Delhi, month names read in scheme s, in
// date order. A Gregorian year may hold a tithi once, twice (Pausha
// Shukla 7 in 2017) or not at all; a samvat year holds it once, except an
// Adhik tithi in a year without that adhik month (none) and the tithis of
// a kshaya month, which are looked up in the month that absorbed it.
func TithiDays(t Tithi, s Scheme, e Era, year int) ([]TithiDay, error) {
	if !t.valid() {
		return nil, fmt.Errorf("%w: %v", ErrTithi, t)
	}
	if s > Amanta {
		return nil, fmt.Errorf("%w: %v", ErrScheme, s)
	}
	start, end, err := SamvatYear(e, year)
	if err != nil {
		return nil, err
	}
	var out []TithiDay
	for cycle := start.Year - 1; cycle <= end.Year; cycle++ {
		k, n, ok := tithiLunation(t, s, cycle)
		if !ok {
			continue
		}
		// Skip a month that ends before the range or begins after it
		// before finding the tithi's ends.
		if nm := phase(k, false).ut(); istDate(nm+31).Compare(start) < 0 || istDate(nm-1).Compare(end) >= 0 {
			continue
		}
		sp := tithiSpan(k, n)
		d, alt := byUdaya(k, sp)
		if _, second := udaya(sp); d.Compare(start) < 0 && !second.IsZero() && second.Compare(start) >= 0 {
			d, alt = second, d // a vriddhi tithi whose first day is in the year before
		}
		if d.Compare(start) < 0 || d.Compare(end) >= 0 {
			continue
		}
		kshaya := sunrise(d) < sp.start && sunrise(d.AddDays(1)) >= sp.end
		out = append(out, TithiDay{Date: d, Alt: alt, Kshaya: kshaya})
	}
	return out, nil
}

// tithiLunation returns the lunation and amanta tithi number (1…30) of t
// in the lunisolar year cycle (see cycleMonth).
func tithiLunation(t Tithi, s Scheme, cycle int) (k, n int, ok bool) {
	if t.Paksha == Shukla {
		k, ok = cycleMonth(t.Masa, t.Adhik, cycle)
		return k, t.Day, ok
	}
	n = 15 + t.Day
	if s == Amanta || t.Adhik {
		k, ok = cycleMonth(t.Masa, t.Adhik, cycle)
		return k, n, ok
	}
	// Purnimanta: the dark fortnight before the first month of the name,
	// adhik or nija.
	if k, ok = cycleMonth(t.Masa, true, cycle); !ok {
		k, ok = cycleMonth(t.Masa, false, cycle)
	}
	return k - 1, n, ok
}

// TithiOn returns the tithi current at sunrise in New Delhi on civil day
// d, its month named in scheme s.
func TithiOn(d Date, s Scheme) (Tithi, error) {
	if err := checkYear(d.Year); err != nil {
		return Tithi{}, err
	}
	if s > Amanta {
		return Tithi{}, fmt.Errorf("%w: %v", ErrScheme, s)
	}
	rise := sunrise(d)
	n := tithiAt(rise.tt())
	// The lunation holding sunrise, counted with the tithi so that a
	// sunrise a minute from the new moon cannot land in the wrong month.
	k := lunationNear(rise.tt())
	if rise < phase(k, false).ut() {
		k--
	}
	switch {
	case n >= 16 && rise-phase(k, false).ut() < 1:
		k--
	case n <= 15 && phase(k+1, false).ut()-rise < 1:
		k++
	}
	if n <= 15 {
		m, adhik := monthName(k)
		return Tithi{m, adhik, Shukla, n}, nil
	}
	m, adhik := monthName(k)
	if s == Purnimanta && !adhik {
		m, _ = monthName(k + 1)
	}
	return Tithi{m, adhik, Krishna, n - 15}, nil
}
