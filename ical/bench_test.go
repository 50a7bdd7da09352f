package ical

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// benchTimeline returns n Hindi events with an attendee each, timed in
// Moscow or Kolkata or whole days, as a newsroom's big archive would be.
func benchTimeline(n int) *timeline.Timeline {
	tl := &timeline.Timeline{Title: timeline.Text{Hi: "बड़ी समयरेखा", En: "Big timeline"}}
	src := []timeline.Source{{ID: "tass", Outlet: "TASS", URL: "https://tass.com/", Reported: date.Of(2025, 11, 18)}}
	for i := 0; i < n; i++ {
		d := date.Of(2020, time.January, 1).AddDays(i % 2000)
		var w date.When
		zone := "Europe/Moscow"
		switch i % 3 {
		case 0:
			w = until(date.AtClock(d, 19, 0, zone), date.AtClock(d, 20, 30, zone))
		case 1:
			zone = "Asia/Kolkata"
			w = date.AtClock(d, 10, 30, zone)
		default:
			w = date.OnDay(d)
		}
		tl.Events = append(tl.Events, timeline.Event{
			ID: fmt.Sprintf("event-%05d", i), Kind: timeline.BilateralMeeting,
			Title:       timeline.Text{Hi: "मॉस्को में जयशंकर–पुतिन मुलाकात, द्विपक्षीय वार्ता"},
			Description: timeline.Text{Hi: "विदेश मंत्री एस. जयशंकर ने क्रेमलिन स्थित सीनेट पैलेस में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।"},
			When:        w,
			Place:       timeline.Place{City: timeline.Text{Hi: "मॉस्को"}, Country: "RU", TimeZone: zone},
			Participants: []timeline.Participant{{Name: timeline.Text{Hi: "शेख मोहम्मद बिन अब्दुलरहमान अल सानी, कतर: प्रधानमंत्री"},
				Country: "QA", Role: timeline.Guest}},
			History: []timeline.StatusChange{{Status: timeline.Held, On: date.Of(2025, 11, 18), Source: "tass"}},
			Sources: src,
		})
	}
	return tl
}

// BenchmarkMarshal encodes 10 000 events correctly (VTIMEZONEs, quoting,
// escaping, CRLF, folding, the X- properties for Decode). Compare with
// BenchmarkGolangICalNaive:
//
//	go test ./ical -run '^$' -bench 'Marshal|Naive' -benchmem
func BenchmarkMarshal(b *testing.B) {
	tl := benchTimeline(10000)
	out, err := Marshal(tl, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Marshal(tl, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(tl.Events))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkGolangICalNaive serializes the same events the naive way: one
// golang-ical event each with its setters, SetStartAt with a TZID (a Z time
// under a TZID), its own writer (LF, backslash-escaped CN), no VTIMEZONE.
// It is the baseline BenchmarkMarshal must match, and its output is wrong
// in the ways TestGolangICalWriterBugs shows.
func BenchmarkGolangICalNaive(b *testing.B) {
	tl := benchTimeline(10000)
	naive := func() []byte {
		cal := ics.NewCalendarFor("samayrekha")
		cal.SetMethod(ics.MethodPublish)
		cal.SetName(tl.Title.Hi)
		for i := range tl.Events {
			e := &tl.Events[i]
			ev := cal.AddEvent(e.ID + "@samayrekha")
			ev.SetDtStampTime(time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC))
			if e.When.IsTimed() {
				st, _ := e.When.StartTime()
				ev.SetStartAt(st, ics.WithTZID(e.When.Zone()))
				if e.When.IsSpan() {
					et, _ := e.When.EndTime()
					ev.SetEndAt(et, ics.WithTZID(e.When.Zone()))
				}
			} else {
				ev.SetAllDayStartAt(e.When.Start().In(time.UTC))
				ev.SetAllDayEndAt(e.When.Start().AddDays(1).In(time.UTC))
			}
			ev.SetSummary(e.Title.Hi)
			ev.SetDescription(e.Description.Hi)
			ev.SetLocation(e.Place.City.Hi)
			ev.SetStatus(ics.ObjectStatusConfirmed)
			ev.SetURL(e.Sources[0].URL)
			for j, p := range e.Participants {
				ev.AddAttendee(participantAddress(j+1), ics.WithCN(p.Name.Hi))
			}
		}
		var buf bytes.Buffer
		if err := cal.SerializeTo(&buf); err != nil {
			b.Fatal(err)
		}
		return buf.Bytes()
	}
	b.SetBytes(int64(len(naive())))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		naive()
	}
	b.ReportMetric(float64(len(tl.Events))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
