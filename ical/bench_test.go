package ical

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
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

// discardWriter is a ResponseWriter that keeps nothing, so that the
// benchmarks measure the handler and not a recorder's buffer.
type discardWriter struct {
	h    http.Header
	code int
	n    int
}

func (d *discardWriter) Header() http.Header         { return d.h }
func (d *discardWriter) WriteHeader(code int)        { d.code = code }
func (d *discardWriter) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }

// benchFeed returns a feed of n events (benchTimeline) and its ETags.
func benchFeed(b *testing.B, n int) (f *Feed, etag, size string) {
	f, err := NewFeed(benchTimeline(n), feedModified, nil)
	if err != nil {
		b.Fatal(err)
	}
	w := serve(f, "GET", "/calendar.ics", nil)
	return f, w.Header().Get("Etag"), w.Header().Get("Content-Length")
}

func benchServe(b *testing.B, f *Feed, header http.Header, wantCode int) {
	r := httptest.NewRequest("GET", "/calendar.ics", nil)
	r.Header = header
	d := &discardWriter{h: http.Header{}}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		clear(d.h)
		d.code, d.n = 0, 0
		f.ServeHTTP(d, r)
		if d.code != wantCode {
			b.Fatalf("status %d, want %d", d.code, wantCode)
		}
	}
	b.SetBytes(int64(d.n))
}

// BenchmarkHandler304 answers a conditional GET for a 1 000-event feed
// from the cache:
//
//	go test ./ical -run '^$' -bench Handler -benchmem
func BenchmarkHandler304(b *testing.B) {
	f, etag, _ := benchFeed(b, 1000)
	benchServe(b, f, http.Header{"If-None-Match": {etag}}, 304)
}

// BenchmarkHandlerFull serves the whole identity body of a 1 000-event feed.
func BenchmarkHandlerFull(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	benchServe(b, f, http.Header{}, 200)
}

// BenchmarkHandlerGzip serves the gzipped body of a 1 000-event feed,
// compressed once per version.
func BenchmarkHandlerGzip(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	benchServe(b, f, http.Header{"Accept-Encoding": {"gzip, deflate"}}, 200)
}

// BenchmarkHandlerFiltered serves a filtered feed from the cache.
func BenchmarkHandlerFiltered(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	r := httptest.NewRequest("GET", "/calendar.ics?country=RU&from=2021-01-01&lang=en", nil)
	d := &discardWriter{h: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		clear(d.h)
		f.ServeHTTP(d, r)
	}
}

// BenchmarkHandlerRender measures what a new version costs: rendering and
// compressing a 1 000-event feed on the first request.
func BenchmarkHandlerRender(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	r := httptest.NewRequest("GET", "/calendar.ics", nil)
	d := &discardWriter{h: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		dropAll(&f.cache)
		clear(d.h)
		f.ServeHTTP(d, r)
	}
}

// foreignCalendar returns a calendar of n VEVENTs as Google Calendar
// writes one: a VTIMEZONE, times in zones and in UTC, all-day events,
// attendees and alarms, and one weekly series in every fifty events.
func foreignCalendar(n int) []byte {
	var b bytes.Buffer
	b.WriteString("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Desk\r\n")
	for _, l := range newYorkTZ {
		b.WriteString(l + "\r\n")
	}
	for i := 0; i < n; i++ {
		d := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%2000)
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:%05dabcdefghijklmnop@google.com\r\nDTSTAMP:20251101T000000Z\r\n", i)
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "DTSTART;TZID=America/New_York:%s\r\nDTEND;TZID=America/New_York:%s\r\n", d.Format("20060102")+"T090000", d.Format("20060102")+"T103000")
		case 1:
			fmt.Fprintf(&b, "DTSTART:%s\r\nDTEND:%s\r\n", d.Format("20060102")+"T133000Z", d.Format("20060102")+"T143000Z")
		case 2:
			fmt.Fprintf(&b, "DTSTART;VALUE=DATE:%s\r\nDTEND;VALUE=DATE:%s\r\n", d.Format("20060102"), d.AddDate(0, 0, 1).Format("20060102"))
		default:
			fmt.Fprintf(&b, "DTSTART;TZID=Europe/Moscow:%s\r\n", d.Format("20060102")+"T190000")
		}
		if i%50 == 0 {
			b.WriteString("RRULE:FREQ=WEEKLY;COUNT=10\r\n")
		}
		b.WriteString("SUMMARY:Jaishankar meets Putin in Moscow\\, talks on trade and the annual summit\r\n")
		b.WriteString("DESCRIPTION:External Affairs Minister S. Jaishankar met President Vladimir Putin at the Se\r\n nate Palace in the Kremlin.\\nThey discussed bilateral ties.\r\n")
		b.WriteString("LOCATION:Senate Palace\\, Kremlin\\, Moscow\r\nSTATUS:CONFIRMED\r\nLAST-MODIFIED:20251101T000000Z\r\n")
		b.WriteString("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Al Thani, PM: FM; Sa'ad\":mailto:pm@example.org\r\n")
		b.WriteString("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-P0DT0H10M0S\r\nEND:VALARM\r\nEND:VEVENT\r\n")
	}
	b.WriteString("END:VCALENDAR\r\n")
	return b.Bytes()
}

// BenchmarkDecode reads a 10,000-event calendar as Google Calendar
// writes one (issue 13), and one of 1,000 to show that the cost per event
// stays the same:
//
//	go test ./ical -run '^$' -bench 'Decode' -benchmem
//
// B/input-byte is the memory allocated per byte of input.
func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		in := foreignCalendar(n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			var events int
			for b.Loop() {
				tl, _, err := Unmarshal(in, nil)
				if err != nil {
					b.Fatal(err)
				}
				events = len(tl.Events)
			}
			b.ReportMetric(float64(events), "events")
		})
	}
}
