package almanac

import "testing"

// BenchmarkObservances computes one festival in one year, cycling through
// every festival and the years 1950–2100 so that no result is reused.
func BenchmarkObservances(b *testing.B) {
	fs := Festivals()
	i := 0
	for b.Loop() {
		f := fs[i%len(fs)]
		y := MinYear + (i/len(fs))%(MaxYear-MinYear+1)
		if _, err := Observances(f, y); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkObservancesByKind times each kind of festival alone.
func BenchmarkObservancesByKind(b *testing.B) {
	for _, f := range []Festival{Diwali, Janmashtami, Dussehra, HolikaDahan, KarvaChauth, MakarSankranti, Easter, EidUlFitr} {
		b.Run(f.String(), func(b *testing.B) {
			y := MinYear
			for b.Loop() {
				if _, err := Observances(f, y); err != nil {
					b.Fatal(err)
				}
				if y++; y > MaxYear {
					y = MinYear
				}
			}
		})
	}
}

// BenchmarkYear computes every festival of a year, what a caller caches.
func BenchmarkYear(b *testing.B) {
	y := MinYear
	for b.Loop() {
		if _, err := Year(y); err != nil {
			b.Fatal(err)
		}
		if y++; y > MaxYear {
			y = MinYear
		}
	}
}

func BenchmarkTithiDays(b *testing.B) {
	t := Tithi{Kartika, false, Shukla, 5}
	y := MinYear
	for b.Loop() {
		if _, err := TithiDays(t, Purnimanta, Gregorian, y); err != nil {
			b.Fatal(err)
		}
		if y++; y > MaxYear {
			y = MinYear
		}
	}
}
