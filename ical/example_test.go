package ical_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// show prints iCalendar with its CRLF line ends as LF, so that the
// example's output can be checked on any system. A VTIMEZONE lists every
// transition since 1999; show prints its first and last observance and
// counts the ones between.
func show(b []byte) {
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	var out, held []string // held: the observances of a VTIMEZONE after its first
	n := 0                 // observances seen in the current VTIMEZONE
	for _, l := range lines {
		switch {
		case l == "BEGIN:STANDARD" || l == "BEGIN:DAYLIGHT":
			n++
			if n > 1 {
				held = held[:0]
			}
		case l == "END:VTIMEZONE":
			if n > 2 {
				out = append(out, fmt.Sprintf("… %d more observances …", n-2))
			}
			out = append(out, held...)
			held, n = held[:0], 0
		}
		if n > 1 {
			held = append(held, l)
			continue
		}
		out = append(out, l)
	}
	fmt.Print(strings.Join(out, "\n"))
}

func exampleTimeline() *timeline.Timeline {
	day := date.Of(2025, time.November, 18)
	meeting, err := date.AtClock(day, 19, 0, "Europe/Moscow").Until(date.AtClock(day, 20, 0, "Europe/Moscow"))
	if err != nil {
		panic(err) // both ends are written above; they cannot disagree
	}
	return &timeline.Timeline{
		Title: timeline.Text{Hi: "जयशंकर की मॉस्को यात्रा", En: "Jaishankar in Moscow"},
		Events: []timeline.Event{{
			ID:    "2025-11-18-jaishankar-putin-moscow",
			Kind:  timeline.BilateralMeeting,
			Title: timeline.Text{Hi: "जयशंकर–पुतिन मुलाकात", En: "Jaishankar meets Putin"},
			When:  meeting,
			Place: timeline.Place{City: timeline.Text{Hi: "मॉस्को", En: "Moscow"}, Country: "RU", TimeZone: "Europe/Moscow"},
			Participants: []timeline.Participant{
				{Name: timeline.Text{En: "Sheikh Mohammed bin Abdulrahman Al Thani, PM of Qatar: FM; Sa'ad"}, Country: "QA", Role: timeline.Guest},
			},
			History: []timeline.StatusChange{{Status: timeline.Held, On: day}},
		}},
	}
}

// Marshal writes a timed event in its venue's zone with a VTIMEZONE from
// Go's zone database (every transition since 1999), and quotes a name full
// of punctuation, its semicolon written as U+037E, which looks the same.
func ExampleMarshal() {
	b, err := ical.Marshal(exampleTimeline(), &ical.Options{Lang: timeline.English})
	if err != nil {
		fmt.Println(err)
		return
	}
	show(b)
	// Output:
	// BEGIN:VCALENDAR
	// PRODID:-//samayrekha//samayrekha ical//EN
	// VERSION:2.0
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// NAME;LANGUAGE=en:Jaishankar in Moscow
	// X-WR-CALNAME:Jaishankar in Moscow
	// REFRESH-INTERVAL;VALUE=DURATION:PT12H
	// X-PUBLISHED-TTL:PT12H
	// BEGIN:VTIMEZONE
	// TZID:Europe/Moscow
	// BEGIN:STANDARD
	// DTSTART:19981025T030000
	// TZOFFSETFROM:+0400
	// TZOFFSETTO:+0300
	// TZNAME:MSK
	// END:STANDARD
	// … 25 more observances …
	// BEGIN:STANDARD
	// DTSTART:20141026T020000
	// TZOFFSETFROM:+0400
	// TZOFFSETTO:+0300
	// TZNAME:MSK
	// END:STANDARD
	// END:VTIMEZONE
	// BEGIN:VEVENT
	// UID:2025-11-18-jaishankar-putin-moscow@samayrekha
	// DTSTAMP:20251118T000000Z
	// LAST-MODIFIED:20251118T000000Z
	// SEQUENCE:0
	// DTSTART;TZID=Europe/Moscow:20251118T190000
	// DTEND;TZID=Europe/Moscow:20251118T200000
	// SUMMARY;LANGUAGE=en:Jaishankar meets Putin
	// DESCRIPTION;LANGUAGE=en:Status: held
	// LOCATION;LANGUAGE=en:Moscow
	// STATUS:CONFIRMED
	// TRANSP:OPAQUE
	// CATEGORIES:bilateral meeting
	// CATEGORIES:RU
	// CATEGORIES:QA
	// ORGANIZER;CN="Jaishankar in Moscow":mailto:calendar@samayrekha.invalid
	// ATTENDEE;CN="Sheikh Mohammed bin Abdulrahman Al Thani, PM of Qatar: FM; Sa
	//  'ad";CUTYPE=INDIVIDUAL;LANGUAGE=en;ROLE=REQ-PARTICIPANT;X-COUNTRY=QA;X-ROL
	//  E=guest:mailto:participant-1@samayrekha.invalid
	// X-SAMAYREKHA-KIND:bilateral_meeting
	// X-SAMAYREKHA-WHEN:2025-11-18T19:00/2025-11-18T20:00[Europe/Moscow]
	// X-SAMAYREKHA-PLACE;LANGUAGE=en;X-CITY=Moscow;X-COUNTRY=RU;X-TZID=Europe/Mos
	//  cow:place
	// X-SAMAYREKHA-STATUS;LANGUAGE=en;X-ON=2025-11-18:held
	// END:VEVENT
	// END:VCALENDAR
}

// A month-precision date becomes, by default, a one-day marker on the
// month's first day that says the real precision; CoarseSpan shows the
// whole month instead, and CoarseOmit leaves the event out.
func ExampleCoarsePolicy() {
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "sco-meeting", Kind: timeline.MultilateralMeeting,
		Title: timeline.Text{Hi: "एससीओ बैठक", En: "SCO meeting"},
		When:  date.InMonth(2025, time.November),
	}}}
	for _, p := range []ical.CoarsePolicy{ical.CoarseMarker, ical.CoarseSpan, ical.CoarseOmit} {
		b, err := ical.Marshal(tl, &ical.Options{Coarse: p})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s:\n", p)
		unfolded := strings.ReplaceAll(string(b), "\r\n ", "")
		for _, line := range strings.Split(unfolded, "\r\n") {
			if strings.HasPrefix(line, "DTSTART") || strings.HasPrefix(line, "DTEND") ||
				strings.HasPrefix(line, "SUMMARY") || strings.HasPrefix(line, "TRANSP") || strings.HasPrefix(line, "STATUS") {
				fmt.Println(" ", line)
			}
		}
	}
	// Output:
	// marker:
	//   DTSTART;VALUE=DATE:20251101
	//   DTEND;VALUE=DATE:20251102
	//   SUMMARY;LANGUAGE=hi:एससीओ बैठक (नवंबर 2025\, तारीख तय नहीं)
	//   STATUS:TENTATIVE
	//   TRANSP:TRANSPARENT
	// span:
	//   DTSTART;VALUE=DATE:20251101
	//   DTEND;VALUE=DATE:20251201
	//   SUMMARY;LANGUAGE=hi:एससीओ बैठक (नवंबर 2025\, तारीख तय नहीं)
	//   STATUS:TENTATIVE
	//   TRANSP:TRANSPARENT
	// omit:
}

// An approximate day is an all-day, tentative, transparent event that says
// so in SUMMARY and gives the window in DESCRIPTION.
func ExampleMarshal_approximate() {
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "putin-visit", Kind: timeline.Visit,
		Title:   timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:    date.AroundDay(date.Of(2025, time.December, 5), 2),
		History: []timeline.StatusChange{{Status: timeline.Proposed, On: date.Of(2025, time.November, 18)}},
	}}}
	b, err := ical.Marshal(tl, &ical.Options{Lang: timeline.English})
	if err != nil {
		fmt.Println(err)
		return
	}
	got, _, err := ical.Unmarshal(b, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	unfolded := strings.ReplaceAll(string(b), "\r\n ", "") // undo the folding at 75 octets
	for _, line := range strings.Split(unfolded, "\r\n") {
		for _, p := range []string{"DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "STATUS", "TRANSP"} {
			if strings.HasPrefix(line, p) {
				fmt.Println(line)
			}
		}
	}
	e := got.Events[0]
	fmt.Printf("decoded: %q, %s, %s\n", e.Title.En, e.When, e.Status())
	// Output:
	// DTSTART;VALUE=DATE:20251205
	// DTEND;VALUE=DATE:20251206
	// SUMMARY;LANGUAGE=en:Putin's visit to India (approx.)
	// DESCRIPTION;LANGUAGE=en:Date approximate: between 3 December 2025 and 7 December 2025.\nStatus: proposed
	// STATUS:TENTATIVE
	// TRANSP:TRANSPARENT
	// decoded: "Putin's visit to India", 2025-12-05~2d, proposed
}

// Encode writes to a stream; with Options.Now set, DTSTAMP comes from
// that clock (tests and examples pass a fixed one).
func ExampleEncode() {
	var buf bytes.Buffer
	err := ical.Encode(&buf, exampleTimeline(), &ical.Options{
		Lang: timeline.English,
		Now:  func() time.Time { return time.Date(2025, time.November, 18, 16, 30, 0, 0, time.UTC) },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(buf.String(), "\r\n") {
		if strings.HasPrefix(line, "DTSTAMP") {
			fmt.Println(line)
		}
	}
	// Output:
	// DTSTAMP:20251118T163000Z
}

// Unmarshal reads back what Marshal wrote, and says in a report what it
// could not keep of anything else; a file that is no calendar at all is
// an error that says where.
func ExampleUnmarshal() {
	b, _ := ical.Marshal(exampleTimeline(), nil)
	tl, report, err := ical.Unmarshal(b, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	e := tl.Events[0]
	fmt.Println(e.ID, e.When, e.Status(), len(report.Notes))
	fmt.Println(e.Participants[0].Name.En)

	_, _, err = ical.Unmarshal([]byte("<html>Not found</html>\n"), nil)
	fmt.Println(err)
	// Output:
	// 2025-11-18-jaishankar-putin-moscow 2025-11-18T19:00/2025-11-18T20:00[Europe/Moscow] held 0
	// Sheikh Mohammed bin Abdulrahman Al Thani, PM of Qatar: FM; Sa'ad
	// ical: line 1: no VCALENDAR: not an iCalendar file
}

// Unmarshal reads a calendar another program wrote: a weekly series
// becomes one event per occurrence, a moved occurrence replaces the one it
// moves, every event keeps its UID (and RECURRENCE-ID) in its ID, and the
// report names what the timeline does not keep.
func ExampleUnmarshal_recurring() {
	cal := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Calendar//EN",
		"BEGIN:VEVENT", "UID:briefing@example.org", "DTSTAMP:20251101T000000Z",
		"DTSTART;TZID=Europe/Moscow:20251103T110000", "DURATION:PT45M",
		"RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Weekly briefing",
		"BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT",
		"BEGIN:VEVENT", "UID:briefing@example.org", "DTSTAMP:20251101T000000Z",
		"RECURRENCE-ID;TZID=Europe/Moscow:20251110T110000",
		"DTSTART;TZID=Europe/Moscow:20251111T150000", "DURATION:PT45M", "SUMMARY:Weekly briefing (Tuesday)", "END:VEVENT",
		"END:VCALENDAR", ""}, "\r\n")
	tl, report, err := ical.Unmarshal([]byte(cal), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range tl.Events {
		fmt.Println(e.ID, e.When, e.Title.En)
	}
	for _, n := range report.Notes {
		fmt.Println(n)
	}
	// Output:
	// ics-briefing-40example-2eorg-r20251103t110000 2025-11-03T11:00/2025-11-03T11:45[Europe/Moscow] Weekly briefing
	// ics-briefing-40example-2eorg-r20251110t110000 2025-11-11T15:00/2025-11-11T15:45[Europe/Moscow] Weekly briefing (Tuesday)
	// ics-briefing-40example-2eorg-r20251117t110000 2025-11-17T11:00/2025-11-17T11:45[Europe/Moscow] Weekly briefing
	// line 6: VEVENT DTSTAMP: dropped: when and how often the entry was changed: metadata the timeline does not keep (2 times)
	// line 11: VALARM: dropped: alarm: a timeline has no reminders
}
