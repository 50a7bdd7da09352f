package timelinejs_test

import (
	"fmt"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/timelinejs"
)

func ExampleDisplayDate() {
	around := date.AroundDay(date.Of(2025, time.December, 5), 2)
	fmt.Println(timelinejs.DisplayDate(around, timeline.Hindi))
	fmt.Println(timelinejs.DisplayDate(around, timeline.English))
	fmt.Println(timelinejs.DisplayDate(date.InMonth(2025, time.November), timeline.Hindi))
	// Output:
	// 5 दिसंबर 2025 के आसपास
	// around 5 December 2025
	// नवंबर 2025
}

func ExampleNew() {
	t := &timeline.Timeline{Events: []timeline.Event{{
		ID:    "2025-12-putin-visit-india",
		Kind:  timeline.Visit,
		Title: timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:  date.AroundDay(date.Of(2025, time.December, 5), 2),
	}}}
	doc, err := timelinejs.New(t, &timelinejs.Options{Lang: timeline.Hindi})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := doc.Events[0]
	fmt.Println(s.Text.Headline)
	// "Around 5 December ±2" is drawn over the days it may fall on.
	fmt.Println(s.StartDate.Year, s.StartDate.Month, s.StartDate.Day, "to", s.EndDate.Year, s.EndDate.Month, s.EndDate.Day)
	fmt.Println(s.DisplayDate)
	fmt.Println(s.Group)
	// Output:
	// पुतिन का भारत दौरा
	// 2025 12 3 to 2025 12 7
	// 5 दिसंबर 2025 के आसपास
	// यात्रा
}

func ExampleMarshal() {
	t := &timeline.Timeline{Events: []timeline.Event{{
		ID:    "hostile",
		Kind:  timeline.Statement,
		Title: timeline.Text{En: `<script>alert(1)</script>`},
		When:  date.InMonth(2025, time.November),
	}}}
	b, err := timelinejs.Marshal(t, &timelinejs.Options{Lang: timeline.English})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2025,
	//         "month": 11,
	//         "day": 1,
	//         "display_date": "November 2025"
	//       },
	//       "end_date": {
	//         "year": 2025,
	//         "month": 11,
	//         "day": 30
	//       },
	//       "text": {
	//         "headline": "\u0026lt;script\u0026gt;alert(1)\u0026lt;/script\u0026gt;"
	//       },
	//       "group": "Statement",
	//       "display_date": "November 2025",
	//       "unique_id": "hostile"
	//     }
	//   ]
	// }
}
