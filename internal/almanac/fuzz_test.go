package almanac

import (
	"sync"
	"testing"
)

// FuzzObservances checks invariants, not dates: no panic, no error for a
// valid festival and year, every observance in the year asked, in date
// order, with its Alt within three days of its Date, and Approximate
// exactly for the Islamic festivals.
func FuzzObservances(f *testing.F) {
	for _, p := range publishedDays {
		f.Add(uint8(p.f), p.date.Year)
	}
	f.Add(uint8(0), 2025)
	f.Add(uint8(200), 2025)
	f.Add(uint8(Diwali), 1949)
	f.Add(uint8(EidUlFitr), 2000)
	f.Fuzz(func(t *testing.T, fe uint8, year int) {
		obs, err := Observances(Festival(fe), year)
		valid := fe > 0 && Festival(fe) < festivalEnd && year >= MinYear && year <= MaxYear
		if valid != (err == nil) {
			t.Fatalf("Observances(%d, %d) error = %v", fe, year, err)
		}
		for i, o := range obs {
			if o.Festival != Festival(fe) || o.Date.Year != year {
				t.Errorf("Observances(%v, %d) gave %+v", Festival(fe), year, o)
			}
			if i > 0 && obs[i-1].Date.Compare(o.Date) >= 0 {
				t.Errorf("Observances(%v, %d) out of order: %v", Festival(fe), year, obs)
			}
			if o.Ambiguous() {
				if d := o.Alt.dayNumber() - o.Date.dayNumber(); d == 0 || d < -3 || d > 3 {
					t.Errorf("Observances(%v, %d): Alt %v is %d days from %v", Festival(fe), year, o.Alt, d, o.Date)
				}
			}
			if o.Approximate != (o.Festival >= EidUlFitr) {
				t.Errorf("Observances(%v, %d): Approximate = %v", Festival(fe), year, o.Approximate)
			}
		}
	})
}

// FuzzTithiDays checks that every day returned lies in the year asked,
// and that a day that is not kshaya names the tithi asked at its sunrise.
func FuzzTithiDays(f *testing.F) {
	f.Add(uint8(Kartika), false, uint8(Shukla), 5, uint8(Purnimanta), uint8(Gregorian), 2025)
	f.Add(uint8(Shravana), true, uint8(Krishna), 15, uint8(Amanta), uint8(Gregorian), 2023)
	f.Add(uint8(Chaitra), false, uint8(Krishna), 1, uint8(Purnimanta), uint8(VikramSamvat), 2081)
	f.Add(uint8(Pausha), false, uint8(Shukla), 7, uint8(Purnimanta), uint8(ShakaSamvat), 1938)
	f.Add(uint8(13), false, uint8(0), 0, uint8(5), uint8(7), -1)
	f.Fuzz(func(t *testing.T, m uint8, adhik bool, p uint8, day int, s, e uint8, year int) {
		ti := Tithi{Masa(m), adhik, Paksha(p), day}
		days, err := TithiDays(ti, Scheme(s), Era(e), year)
		if err != nil {
			if len(days) != 0 {
				t.Fatalf("TithiDays(%v, …) = %v with error %v", ti, days, err)
			}
			return
		}
		start, end, err := SamvatYear(Era(e), year)
		if err != nil {
			t.Fatalf("TithiDays accepted %v %d but SamvatYear did not: %v", Era(e), year, err)
		}
		for _, d := range days {
			if d.Date.Compare(start) < 0 || d.Date.Compare(end) >= 0 {
				t.Errorf("TithiDays(%v, %v, %v, %d) = %v, outside [%v, %v)", ti, Scheme(s), Era(e), year, d, start, end)
			}
			if d.Kshaya {
				continue
			}
			if got, err := TithiOn(d.Date, Scheme(s)); err == nil && got != ti {
				t.Errorf("TithiDays(%v, %v, …) gave %v, whose tithi is %v", ti, Scheme(s), d.Date, got)
			}
		}
	})
}

// TestTithiOnRoundTripAllYears names a day every nine days of 1950–2100
// and looks the name up again, in both schemes.
func TestTithiOnRoundTripAllYears(t *testing.T) {
	for d := (Date{MinYear, 1, 3}); d.Year <= MaxYear; d = d.AddDays(9) {
		for _, s := range []Scheme{Purnimanta, Amanta} {
			tithi, err := TithiOn(d, s)
			if err != nil {
				t.Fatal(err)
			}
			days, err := TithiDays(tithi, s, Gregorian, d.Year)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, x := range days {
				found = found || x.Date == d || x.Alt == d
			}
			if !found {
				t.Errorf("TithiOn(%v, %v) = %v, but TithiDays gives %v", d, s, tithi, days)
			}
		}
	}
}

// TestConcurrent computes the same years from several goroutines: the
// results agree and, under -race, nothing is shared.
func TestConcurrent(t *testing.T) {
	want, err := Year(2025)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, err := Year(2025)
			if err != nil || len(got) != len(want) {
				t.Errorf("Year(2025) = %d observances, %v; want %d", len(got), err, len(want))
				return
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("Year(2025)[%d] = %v, want %v", i, got[i], want[i])
				}
			}
		})
	}
	wg.Wait()
}
