package timeline_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// An event dated only as "around 5 December": the report gave no exact
// day. Its window is the range of days it may fall on.
func ExampleAroundDay() {
	visit := timeline.Event{
		ID:    "2025-12-putin-visit-india",
		Kind:  timeline.Visit,
		Title: timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:  date.AroundDay(date.Of(2025, time.December, 5), 2).WithZone("Asia/Kolkata"),
		History: []timeline.StatusChange{
			{Status: timeline.Proposed, On: date.Of(2025, time.November, 18)},
		},
	}
	from, to := visit.When.Window()
	fmt.Println(visit.When)
	fmt.Println(visit.When.Precision(), visit.When.Approx(), visit.When.IsTimed())
	fmt.Printf("window [%s, %s)\n", from, to)
	fmt.Println(visit.Title.In(timeline.Hindi), "—", visit.Status())
	// Output:
	// 2025-12-05~2d[Asia/Kolkata]
	// day 2 false
	// window [2025-12-03, 2025-12-08)
	// पुतिन का भारत दौरा — proposed
}

// Validate reports every problem at once, each at its path.
func ExampleTimeline_Validate() {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "meeting", Kind: timeline.BilateralMeeting, Title: timeline.Text{En: "Meeting"},
			When: date.AtClock(date.Of(2025, time.November, 18), 19, 0, "Europe/Moskva")},
		{ID: "meeting", Kind: timeline.SidelineMeeting, Title: timeline.Text{En: "Sideline"},
			When:   date.InWeek(2025, 53),
			PartOf: "sco-summit"},
	}}
	var ve *timeline.ValidationError
	if err := tl.Validate(); errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// events[0].when.zone: unknown time zone "Europe/Moskva"
	// events[1].id: duplicate ID "meeting", also used by events[0]
	// events[1].when: 2025 has no ISO week 53
	// events[1].part_of: unknown event ID "sco-summit"
}

func ExampleMarshal() {
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID:    "2025-11-18-jaishankar-putin-moscow",
		Kind:  timeline.BilateralMeeting,
		Title: timeline.Text{Hi: "जयशंकर–पुतिन मुलाकात", En: "Jaishankar meets Putin"},
		When:  date.OnDay(date.Of(2025, time.November, 18)).WithZone("Europe/Moscow"),
	}}}
	b, err := timeline.Marshal(tl)
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(b)
	// Output:
	// {
	//   "version": 1,
	//   "events": [
	//     {
	//       "id": "2025-11-18-jaishankar-putin-moscow",
	//       "kind": "bilateral_meeting",
	//       "title": {
	//         "hi": "जयशंकर–पुतिन मुलाकात",
	//         "en": "Jaishankar meets Putin"
	//       },
	//       "when": {
	//         "precision": "day",
	//         "start": "2025-11-18",
	//         "zone": "Europe/Moscow"
	//       }
	//     }
	//   ]
	// }
}

// Unmarshal is strict: a problem is reported with its path, line and
// column, and nothing is returned.
func ExampleUnmarshal() {
	doc := `{
  "version": 1,
  "events": [
    {
      "id": "lavrov",
      "kind": "bilateral_meeting",
      "title": {"en": "Talks with Lavrov"},
      "when": {"precision": "day", "before": "2025-11-18", "zone": "Europe/Moscow"}
    }
  ]
}`
	tl, err := timeline.Unmarshal([]byte(doc))
	fmt.Println(tl.Events[0].When, tl.Events[0].When.Bound(), err)

	bad := `{
  "version": 1,
  "events": [
    {"id": "lavrov", "kind": "bilateral_meeting", "title": {"en": "Talks"},
     "when": {"precision": "day", "start": "2025-11-31"}}
  ]
}`
	tl, err = timeline.Unmarshal([]byte(bad))
	fmt.Println(tl == nil)
	fmt.Println(err)
	// Output:
	// <2025-11-18[Europe/Moscow] before <nil>
	// true
	// timeline: events[0].when.start (line 5, column 44): "2025-11-31": day 31 out of range for November 2025
}

// Filter takes predicates; All combines them.
func ExampleTimeline_Filter() {
	putin := timeline.Participant{Name: timeline.Text{Hi: "व्लादिमीर पुतिन", En: "Vladimir Putin"}, Country: "RU"}
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "meeting", Kind: timeline.BilateralMeeting, Title: timeline.Text{En: "Jaishankar meets Putin in Moscow"},
			When: date.OnDay(date.Of(2025, time.November, 18)), Participants: []timeline.Participant{putin}},
		{ID: "summit", Kind: timeline.Summit, Title: timeline.Text{En: "India–Russia annual summit"},
			When: date.InMonth(2025, time.December), Participants: []timeline.Participant{putin}},
		{ID: "visit", Kind: timeline.Visit, Title: timeline.Text{En: "Putin's visit to India"},
			When: date.AroundDay(date.Of(2025, time.December, 5), 2), Participants: []timeline.Participant{putin}},
		{ID: "call", Kind: timeline.PhoneCall, Title: timeline.Text{En: "Modi–Macron call"},
			When: date.OnDay(date.Of(2025, time.December, 3))},
	}}
	december := tl.Filter(timeline.All(
		timeline.InRange(date.Of(2025, time.December, 1), date.Of(2026, time.January, 1)),
		timeline.HasParticipant("पुतिन"),
	))
	for _, e := range december.Events {
		fmt.Println(e.When, e.Title.In(timeline.English))
	}
	// Output:
	// 2025-12 India–Russia annual summit
	// 2025-12-05~2d Putin's visit to India
}

// Sort orders by the day a date starts on, then precision, then ID. A
// "before" bound comes before its day, and a time in Kolkata is listed on
// its own calendar day even when it was still the day before in Moscow.
func ExampleTimeline_Sort() {
	day := date.Of(2025, time.November, 18)
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "call", When: date.AtClock(day, 1, 0, "Asia/Kolkata")},
		{ID: "sco", When: date.InMonth(2025, time.November).WithZone("Europe/Moscow")},
		{ID: "summit", When: date.InMonth(2025, time.December)},
		{ID: "meeting", When: date.OnDay(day).WithZone("Europe/Moscow")},
		{ID: "talks", When: date.Before(day).WithZone("Europe/Moscow")},
		{ID: "dinner", When: date.AtClock(day, 20, 0, "Europe/Moscow")},
		{ID: "briefing", When: date.OnDay(day)},
	}}
	tl.Sort()
	for _, e := range tl.Events {
		fmt.Printf("%-8s %s\n", e.ID, e.When)
	}
	// Output:
	// sco      2025-11[Europe/Moscow]
	// talks    <2025-11-18[Europe/Moscow]
	// briefing 2025-11-18
	// meeting  2025-11-18[Europe/Moscow]
	// call     2025-11-18T01:00[Asia/Kolkata]
	// dinner   2025-11-18T20:00[Europe/Moscow]
	// summit   2025-12
}

// JSONSchema is the published schema of the format, for validators in any
// language.
func ExampleJSONSchema() {
	var schema struct {
		ID          string         `json:"$id"`
		Draft       string         `json:"$schema"`
		Definitions map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(timeline.JSONSchema, &schema); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(schema.ID)
	fmt.Println(schema.Draft)
	fmt.Println(len(schema.Definitions) > 0)
	// Output:
	// https://github.com/samayrekha/samayrekha/timeline/timeline.schema.json
	// https://json-schema.org/draft/2020-12/schema
	// true
}
