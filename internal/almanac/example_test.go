package almanac_test

import (
	"fmt"

	"github.com/samayrekha/samayrekha/internal/almanac"
)

func Example() {
	// Diwali 2024: the amavasya covered the evenings of both 31 October
	// and 1 November; the DoPT list kept the first.
	obs, err := almanac.Observances(almanac.Diwali, 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range obs {
		fmt.Println(o.Festival, o.Date, "ambiguous:", o.Ambiguous(), "alt:", o.Alt)
	}

	// Eid ul-Fitr depends on the moon being sighted: ±1 day.
	eid, _ := almanac.Observances(almanac.EidUlFitr, 2025)
	fmt.Println(eid[0].Festival, eid[0].Date, "approximate:", eid[0].Approximate)

	// "माघ पूर्णिमा, विक्रम संवत 2081"
	purnima := almanac.Tithi{Masa: almanac.Magha, Paksha: almanac.Shukla, Day: 15}
	days, _ := almanac.TithiDays(purnima, almanac.Purnimanta, almanac.VikramSamvat, 2081)
	fmt.Println(purnima, "VS 2081:", days[0].Date)

	// Which part of 2025 is Vikram Samvat 2082?
	start, end, _ := almanac.SamvatYear(almanac.VikramSamvat, 2082)
	fmt.Printf("VS 2082: [%v, %v)\n", start, end)

	_, err = almanac.Observances(almanac.Holi, 2200)
	fmt.Println(err)
	// Output:
	// Diwali 2024-10-31 ambiguous: true alt: 2024-11-01
	// Eid ul-Fitr 2025-03-31 approximate: true
	// Magha Shukla 15 VS 2081: 2025-02-12
	// VS 2082: [2025-03-30, 2026-03-19)
	// almanac: year outside 1950–2100: 2200
}

func ExampleTithiOn() {
	d := almanac.Date{Year: 2023, Month: 9, Day: 7} // Janmashtami
	for _, s := range []almanac.Scheme{almanac.Purnimanta, almanac.Amanta} {
		t, _ := almanac.TithiOn(d, s)
		fmt.Printf("%v: %v\n", s, t)
	}
	// Output:
	// Purnimanta: Bhadrapada Krishna 8
	// Amanta: Shravana Krishna 8
}
