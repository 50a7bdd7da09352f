package almanac

import "time"

// easter returns Easter Sunday of Gregorian year y by the Gregorian
// computus, in the arithmetic form of the anonymous 1876 algorithm
// (Meeus, Astronomical Algorithms, chapter 8). Good Friday is two days
// before.
func easter(y int) Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return Date{y, time.Month(n / 31), n%31 + 1}
}
