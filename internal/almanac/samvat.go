package almanac

import (
	"errors"
	"fmt"
)

// Era is a way of counting years. The zero Era is Gregorian.
//
// Vikram Samvat and Shaka Samvat years, as panchangs and Hindi papers
// count them (चैत्रादि, North Indian usage), are lunisolar: they begin on
// Chaitra Shukla Pratipada, the first civil day of the bright fortnight
// of Chaitra (the adhik Chaitra, in a year that has one), in March or
// April. So Vikram Samvat n begins in Gregorian year n − 57 and ends in
// n − 56: Gregorian year y is VS y + 56 until the day before Chaitra
// Shukla Pratipada and VS y + 57 from it. Shaka Samvat is Vikram Samvat
// − 135: Gregorian y is Shaka y − 79, then y − 78.
//
// Gujarat counts Vikram Samvat from Kartika Shukla Pratipada instead (the
// day after Diwali), and India's national calendar counts Shaka years
// from 22 March (21 March in leap years) with solar months; neither is
// what this package computes.
type Era uint8

// The eras.
const (
	Gregorian    Era = iota
	VikramSamvat     // विक्रम संवत
	ShakaSamvat      // शक संवत
)

// String returns "Gregorian", "Vikram Samvat" or "Shaka Samvat".
func (e Era) String() string {
	switch e {
	case Gregorian:
		return "Gregorian"
	case VikramSamvat:
		return "Vikram Samvat"
	case ShakaSamvat:
		return "Shaka Samvat"
	}
	return fmt.Sprintf("%%!Era(%d)", uint8(e))
}

// ErrEra is returned for a value that is not an Era.
var ErrEra = errors.New("almanac: not an era")

// Year offsets from Gregorian years, for the part after the new year.
const (
	vikramOffset = 57
	shakaOffset  = -78
)

// SamvatYear returns the span of year n of era e as a half-open range of
// civil days [start, end): for a Gregorian year, 1 January to the next
// 1 January; for a samvat year, Chaitra Shukla Pratipada to the next
// (see [Era]). Vikram Samvat 2082 is [2025-03-30, 2026-03-19).
func SamvatYear(e Era, n int) (start, end Date, err error) {
	switch e {
	case Gregorian:
		if err := checkYear(n); err != nil {
			return Date{}, Date{}, err
		}
		return Date{n, 1, 1}, Date{n + 1, 1, 1}, nil
	case VikramSamvat, ShakaSamvat:
		cycle := n - vikramOffset
		if e == ShakaSamvat {
			cycle = n - shakaOffset
		}
		if err := checkYear(cycle); err != nil {
			return Date{}, Date{}, fmt.Errorf("%v %d: %w", e, n, err)
		}
		return newYearDay(cycle), newYearDay(cycle + 1), nil
	}
	return Date{}, Date{}, fmt.Errorf("%w: %v", ErrEra, e)
}

// SamvatOf returns the number of the year of era e that contains civil
// day d.
func SamvatOf(e Era, d Date) (int, error) {
	if err := checkYear(d.Year); err != nil {
		return 0, err
	}
	cycle := d.Year
	if d.Compare(newYearDay(cycle)) < 0 {
		cycle--
	}
	switch e {
	case Gregorian:
		return d.Year, nil
	case VikramSamvat:
		return cycle + vikramOffset, nil
	case ShakaSamvat:
		return cycle + shakaOffset, nil
	}
	return 0, fmt.Errorf("%w: %v", ErrEra, e)
}

// newYearDay returns Chaitra Shukla Pratipada of the lunisolar year that
// begins in the spring of Gregorian year cycle: the udaya day of the
// first tithi of the first Chaitra, adhik if there is one.
func newYearDay(cycle int) Date {
	k, ok := cycleMonth(Chaitra, true, cycle)
	if !ok {
		k, _ = cycleMonth(Chaitra, false, cycle)
	}
	d, _ := udaya(tithiSpan(k, 1))
	return d
}
