// Package timelinetest builds timelines for the tests of the packages that
// read and write them: random valid timelines for property tests.
package timelinetest

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// longHindi is long enough to fold an iCalendar line several times.
var longHindi = strings.Repeat("विदेश मंत्री एस. जयशंकर ने क्रेमलिन स्थित सीनेट पैलेस में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। ", 3)

// Random builds a valid timeline from r: every kind of date, zone,
// status history, participant and relation, with texts from a pool that
// includes punctuation, Hindi, line breaks and control characters.
func Random(r *rand.Rand) *timeline.Timeline {
	texts := []string{"Moscow", "मॉस्को में बैठक", "a, b; c: d \\ e", "Sa'ad \"Q\" ^n", "line\r\nbreak\rcr", "tab\there\x01", "नवंबर 2025 (लगभग)", longHindi, "x "}
	zones := []string{"Europe/Moscow", "Asia/Kolkata", "America/New_York", "UTC", "Australia/Lord_Howe", "Asia/Kathmandu"}
	countries := []string{"IN", "RU", "QA", "US", ""}
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	text := func() timeline.Text {
		switch r.IntN(4) {
		case 0:
			return timeline.Text{}
		case 1:
			return timeline.Text{Hi: pick(texts)}
		case 2:
			return timeline.Text{En: pick(texts)}
		}
		return timeline.Text{Hi: pick(texts), En: pick(texts)}
	}
	day := func() date.Date { return date.Of(2000+r.IntN(31), time.Month(1+r.IntN(12)), 1+r.IntN(28)) }
	when := func() date.When {
		d, z := day(), pick(zones)
		switch r.IntN(12) {
		case 0:
			return date.AtClock(d, r.IntN(24), r.IntN(60), z)
		case 1:
			h := r.IntN(23)
			return span(date.AtClock(d, h, r.IntN(60), z), date.AtClock(d.AddDays(r.IntN(3)), h+1, r.IntN(60), z))
		case 2:
			return date.AtHour(d, r.IntN(24), z)
		case 3:
			return date.OnDay(d).WithZone(z)
		case 4:
			return span(date.OnDay(d), date.OnDay(d.AddDays(1+r.IntN(5))))
		case 5:
			return date.AroundDay(d, 1+r.IntN(5)).WithZone(z)
		case 6:
			return date.WeekOf(d)
		case 7:
			return date.InMonth(d.Year(), d.Month()).WithZone(z)
		case 8:
			return span(date.InMonth(d.Year(), d.Month()), date.InMonth(d.Year()+1, d.Month()))
		case 9:
			return date.InYear(d.Year())
		case 10:
			return date.Before(d).WithZone(z)
		}
		return date.After(d)
	}
	tl := &timeline.Timeline{Title: timeline.Text{Hi: "T " + pick(texts), En: "T " + pick(texts)}, Description: text()}
	n := 1 + r.IntN(6)
	for i := 0; i < n; i++ {
		e := timeline.Event{
			ID: "e" + strconv.Itoa(i), Kind: timeline.Kinds[r.IntN(len(timeline.Kinds))],
			Title: timeline.Text{Hi: "शीर्षक " + pick(texts), En: "Title " + pick(texts)}, Description: text(), When: when(),
		}
		if r.IntN(3) == 0 {
			e.Kind = "x-briefing"
		}
		if r.IntN(2) == 0 {
			e.Place = timeline.Place{Venue: text(), City: text(), Country: pick(countries), TimeZone: pick(zones)}
			if r.IntN(2) == 0 {
				e.Place.Coords = &timeline.Coordinates{Lat: float64(r.IntN(18000))/100 - 90, Lon: float64(r.IntN(36000))/100 - 180}
			}
		}
		for j := r.IntN(4); j > 0; j-- {
			p := timeline.Participant{Name: text(), Title: text(), Country: pick(countries), Role: timeline.Roles[r.IntN(len(timeline.Roles))]}
			if p.Name.IsZero() && p.Title.IsZero() && p.Country == "" {
				p.Country = "IN"
			}
			e.Participants = append(e.Participants, p)
		}
		if r.IntN(2) == 0 {
			e.Sources = []timeline.Source{{ID: "s1", Outlet: pick(texts), URL: "https://example.org/a?b=c,d;e", Reported: day(), Attribution: text()}}
		}
		on := day()
		for j := r.IntN(4); j > 0; j-- {
			h := timeline.StatusChange{Status: timeline.Statuses[r.IntN(len(timeline.Statuses))], On: on, Note: text()}
			if e.Sources != nil {
				h.Source = "s1"
			}
			if h.Status == timeline.Rescheduled || h.Status == timeline.Postponed {
				h.Previous = when()
			}
			e.History = append(e.History, h)
			on = on.AddDays(r.IntN(30))
		}
		if i > 0 && r.IntN(3) == 0 {
			e.PartOf = "e" + strconv.Itoa(r.IntN(i))
		}
		if i > 0 && r.IntN(3) == 0 {
			e.Related = []string{"e" + strconv.Itoa(r.IntN(i))}
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// span is When.Until for ends that Random makes consistent.
func span(start, end date.When) date.When {
	w, err := start.Until(end)
	if err != nil {
		panic("timelinetest: " + err.Error())
	}
	return w
}
