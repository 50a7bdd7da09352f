package almanac

import (
	"testing"
	"time"
)

// Adhik months of 2007–2023 as the Marathi Wikipedia's list of adhik
// masas (revision 1389047) gives them, with the first day of each; ours
// is the day of the new moon that begins it, a day or two before.
const adhikSource = "http://mr.m.wikipedia.org/wiki/%E0%A4%B5%E0%A4%BF%E0%A4%B6%E0%A5%87%E0%A4%B7:Diff/1389047"

func TestAdhikMasa(t *testing.T) {
	for _, c := range []struct {
		masa  Masa
		first Date
	}{
		{Jyeshtha, Date{2007, 5, 17}},
		{Vaishakha, Date{2010, 4, 15}},
		{Bhadrapada, Date{2012, 8, 18}},
		{Ashadha, Date{2015, 6, 18}},
		{Jyeshtha, Date{2018, 5, 16}},
		{Ashvin, Date{2020, 9, 18}},
		{Shravana, Date{2023, 7, 18}},
	} {
		k, ok := cycleMonth(c.masa, true, c.first.Year)
		if !ok {
			t.Errorf("no adhik %v in %d (%s)", c.masa, c.first.Year, adhikSource)
			continue
		}
		nm := istDate(phase(k, false).ut())
		if d := c.first.dayNumber() - nm.dayNumber(); d < 0 || d > 2 {
			t.Errorf("adhik %v %d begins with the new moon of %v, listed from %v (%s)", c.masa, c.first.Year, nm, c.first, adhikSource)
		}
		if m, adhik := monthName(k); m != c.masa || !adhik {
			t.Errorf("monthName(%d) = %v, %v; want adhik %v", k, m, adhik, c.masa)
		}
		if n, _ := cycleMonth(c.masa, false, c.first.Year); n != k+1 {
			t.Errorf("nija %v %d is lunation %d, want %d (the one after the adhik)", c.masa, c.first.Year, n, k+1)
		}
	}
	// No adhik month at all in these lunisolar years.
	for _, y := range []int{2019, 2021, 2022, 2024, 2025} {
		for m := Chaitra; m <= Phalguna; m++ {
			if _, ok := cycleMonth(m, true, y); ok {
				t.Errorf("adhik %v in %d; that year has none", m, y)
			}
		}
	}
}

// Every month of a lunisolar year comes once, in order, from the
// new moon nearest the Sun's entry into the sign before its name.
func TestMonthsInOrder(t *testing.T) {
	for y := 1950; y <= 2100; y++ {
		prev := 0
		for m := Chaitra; m <= Phalguna; m++ {
			k, ok := cycleMonth(m, false, y)
			if !ok {
				t.Fatalf("%v %d: not found", m, y)
			}
			if prev != 0 && k != prev+1 && k != prev+2 && k != prev {
				t.Errorf("%v %d is lunation %d, after %d", m, y, k, prev)
			}
			prev = k
			if start := istDate(phase(k, false).ut()); m == Chaitra && (start.Month < time.March || start.Month > time.April) {
				t.Errorf("Chaitra %d begins %v", y, start)
			}
		}
	}
}
