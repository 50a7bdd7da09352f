package phrase_test

import (
	"fmt"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

func ExampleDate() {
	visit := date.AroundDay(date.Of(2025, time.December, 5), 2).WithZone("Asia/Kolkata")
	meeting := date.AtClock(date.Of(2025, time.November, 18), 19, 0, "Europe/Moscow")
	for _, w := range []date.When{visit, meeting, date.Before(date.Of(2025, time.November, 18)), date.InMonth(2025, time.December)} {
		fmt.Println(phrase.Date(w, phrase.Style{Window: true, Clock: true}))
		fmt.Println(phrase.Date(w, phrase.Style{Lang: timeline.English, Window: true, Clock: true}))
	}
	fmt.Println(phrase.Date(visit, phrase.Style{Digits: hindidate.DevanagariDigits}))
	// Output:
	// 5 दिसंबर 2025 के आसपास (±2 दिन)
	// around 5 December 2025 (±2 days)
	// 18 नवंबर 2025, शाम 7:00 बजे (Europe/Moscow, UTC+3)
	// 18 November 2025, 7:00 pm (Europe/Moscow, UTC+3)
	// 18 नवंबर 2025 से पहले
	// before 18 November 2025
	// दिसंबर 2025
	// December 2025
	// ५ दिसंबर २०२५ के आसपास
}
