package almanac

import (
	"errors"
	"testing"
)

// Tithis as papers print them, with the day they name. The days are the
// festivals of the same tithi in festival_test.go where the rule is
// udaya, and panchang days for the rest.
func TestTithiDays(t *testing.T) {
	for name, c := range map[string]struct {
		t      Tithi
		s      Scheme
		e      Era
		year   int
		want   []Date
		reason string
	}{
		"Chhath 2023, कार्तिक शुक्ल षष्ठी": {
			Tithi{Kartika, false, Shukla, 6}, Purnimanta, Gregorian, 2023, []Date{{2023, 11, 19}},
			"shashthi is current at sunrise on the 19th (it ends at 07:23)"},
		"माघ पूर्णिमा 2025 (Guru Ravidas Jayanti)": {
			Tithi{Magha, false, Shukla, 15}, Purnimanta, Gregorian, 2025, []Date{{2025, 2, 12}}, ""},
		"भाद्रपद कृष्ण अष्टमी 2023 is amanta Shravana krishna 8 (Janmashtami)": {
			Tithi{Bhadrapada, false, Krishna, 8}, Purnimanta, Gregorian, 2023, []Date{{2023, 9, 7}}, ""},
		"Shravana krishna 8 amanta, same day": {
			Tithi{Shravana, false, Krishna, 8}, Amanta, Gregorian, 2023, []Date{{2023, 9, 7}}, ""},
		"कार्तिक अमावस्या (purnimanta) is Diwali's amavasya 2025": {
			Tithi{Kartika, false, Krishna, 15}, Purnimanta, Gregorian, 2025, []Date{{2025, 10, 21}},
			"amavasya is current at sunrise on the 21st; Lakshmi Puja is the evening before"},
		"पौष शुक्ल सप्तमी twice in 2017": {
			Tithi{Pausha, false, Shukla, 7}, Purnimanta, Gregorian, 2017, []Date{{2017, 1, 5}, {2017, 12, 25}},
			"Guru Gobind Singh Jayanti fell on both days"},
		"adhik श्रावण शुक्ल 1, 2023": {
			Tithi{Shravana, true, Shukla, 1}, Purnimanta, Gregorian, 2023, []Date{{2023, 7, 18}},
			"the new moon fell late on 17 July; pratipada is current at sunrise on the 18th, the adhik month's first day in lunar_test.go's list"},
		"no adhik Shravana in 2024": {
			Tithi{Shravana, true, Shukla, 1}, Purnimanta, Gregorian, 2024, nil, ""},
		"चैत्र शुक्ल प्रतिपदा, विक्रम संवत 2082": {
			Tithi{Chaitra, false, Shukla, 1}, Purnimanta, VikramSamvat, 2082, []Date{{2025, 3, 30}}, ""},
		"same, शक संवत 1947": {
			Tithi{Chaitra, false, Shukla, 1}, Purnimanta, ShakaSamvat, 1947, []Date{{2025, 3, 30}}, ""},
		"चैत्र कृष्ण 1 ends VS 2081 (purnimanta)": {
			Tithi{Chaitra, false, Krishna, 1}, Purnimanta, VikramSamvat, 2081, []Date{{2025, 3, 15}},
			"the dark fortnight after Holi belongs to the old year"},
	} {
		got, err := TithiDays(c.t, c.s, c.e, c.year)
		if err != nil {
			t.Errorf("%s: TithiDays(%v, %v, %v, %d): %v", name, c.t, c.s, c.e, c.year, err)
			continue
		}
		var dates []Date
		for _, d := range got {
			dates = append(dates, d.Date)
		}
		if len(dates) != len(c.want) {
			t.Errorf("%s: TithiDays(%v, %v, %v, %d) = %v, want %v (%s)", name, c.t, c.s, c.e, c.year, got, c.want, c.reason)
			continue
		}
		for i := range dates {
			if dates[i] != c.want[i] {
				t.Errorf("%s: TithiDays(%v, %v, %v, %d) = %v, want %v (%s)", name, c.t, c.s, c.e, c.year, got, c.want, c.reason)
			}
		}
	}
}

func TestTithiDaysKshaya(t *testing.T) {
	// Vasant Panchami 2025: panchami began at 09:14 on 2 February and
	// ended at 06:52 on the 3rd, before sunrise: kshaya.
	got, err := TithiDays(Tithi{Magha, false, Shukla, 5}, Purnimanta, Gregorian, 2025)
	if err != nil || len(got) != 1 || got[0].Date != (Date{2025, 2, 2}) || !got[0].Kshaya {
		t.Errorf("Magha Shukla 5 2025 = %v, %v; want 2025-02-02, kshaya", got, err)
	}
}

func TestTithiDaysErrors(t *testing.T) {
	if _, err := TithiDays(Tithi{Kartika, false, Shukla, 5}, Scheme(2), Gregorian, 2025); !errors.Is(err, ErrScheme) {
		t.Errorf("TithiDays with Scheme(2): error = %v, want ErrScheme", err)
	}
	for _, c := range []struct {
		t    Tithi
		e    Era
		year int
		want error
	}{
		{Tithi{}, Gregorian, 2025, ErrTithi},
		{Tithi{Kartika, false, Shukla, 16}, Gregorian, 2025, ErrTithi},
		{Tithi{Masa(13), false, Shukla, 1}, Gregorian, 2025, ErrTithi},
		{Tithi{Kartika, false, Paksha(3), 1}, Gregorian, 2025, ErrTithi},
		{Tithi{Kartika, false, Shukla, 5}, Gregorian, 1949, ErrYearRange},
		{Tithi{Kartika, false, Shukla, 5}, VikramSamvat, 2200, ErrYearRange},
		{Tithi{Kartika, false, Shukla, 5}, Era(9), 2025, ErrEra},
	} {
		if _, err := TithiDays(c.t, Purnimanta, c.e, c.year); !errors.Is(err, c.want) {
			t.Errorf("TithiDays(%v, %v, %d) error = %v, want %v", c.t, c.e, c.year, err, c.want)
		}
	}
}

func TestTithiOnRoundTrip(t *testing.T) {
	for d := (Date{2024, 1, 1}); d.Year < 2026; d = d.AddDays(1) {
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

func TestSamvatYear(t *testing.T) {
	for _, c := range []struct {
		e          Era
		n          int
		start, end Date
	}{
		{VikramSamvat, 2082, Date{2025, 3, 30}, Date{2026, 3, 19}},
		{ShakaSamvat, 1947, Date{2025, 3, 30}, Date{2026, 3, 19}},
		{VikramSamvat, 2081, Date{2024, 4, 9}, Date{2025, 3, 30}},
		{VikramSamvat, 2080, Date{2023, 3, 22}, Date{2024, 4, 9}},
		{Gregorian, 2025, Date{2025, 1, 1}, Date{2026, 1, 1}},
	} {
		start, end, err := SamvatYear(c.e, c.n)
		if err != nil || start != c.start || end != c.end {
			t.Errorf("SamvatYear(%v, %d) = [%v, %v), %v; want [%v, %v)", c.e, c.n, start, end, err, c.start, c.end)
		}
		for _, d := range []Date{c.start, c.end.AddDays(-1)} {
			if n, err := SamvatOf(c.e, d); err != nil || n != c.n {
				t.Errorf("SamvatOf(%v, %v) = %d, %v; want %d", c.e, d, n, err, c.n)
			}
		}
		if n, err := SamvatOf(c.e, c.end); c.e != Gregorian && (err != nil || n != c.n+1) {
			t.Errorf("SamvatOf(%v, %v) = %d, %v; want %d", c.e, c.end, n, err, c.n+1)
		}
	}
}
