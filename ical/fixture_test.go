package ical

import (
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// qatarCN is the attendee name from issue 4 that golang-ical's writer
// corrupts: every parser must read it back unchanged.
const qatarCN = "Sheikh Mohammed bin Abdulrahman Al Thani, PM of Qatar: FM; Sa'ad"

// htmlName is a participant name with markup and every character a
// parser may split a parameter at (issue 13): it must reach every reader
// as text, whole.
const htmlName = `<b>Ali "Al-Hakim"</b>; Jr., Minister: Trade & Industry <script>alert('x')</script>`

// longHindi is long enough to fold several times, with matras and
// conjuncts at the fold points.
var longHindi = strings.Repeat("विदेश मंत्री एस. जयशंकर ने क्रेमलिन स्थित सीनेट पैलेस में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। ", 3)

// hostileTimeline is the fixture of hostile cases: injection attempts in
// titles, control characters, invalid UTF-8, punctuation in names, long
// Hindi text, every date precision, Moscow (now and in its DST years),
// Kolkata, New York across a DST change, and every status.
func hostileTimeline() *timeline.Timeline {
	d := date.Of
	reported := d(2025, time.November, 18)
	src := []timeline.Source{{ID: "tass", Outlet: "TASS", URL: "https://tass.com/", Reported: reported,
		Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"}}}
	held := []timeline.StatusChange{{Status: timeline.Held, On: reported, Source: "tass"}}
	ev := func(id string, title timeline.Text, w date.When, zone string) timeline.Event {
		return timeline.Event{
			ID: id, Kind: timeline.BilateralMeeting, Title: title, When: w,
			Place:   timeline.Place{City: timeline.Text{Hi: "मॉस्को", En: "Moscow"}, Country: "RU", TimeZone: zone},
			History: held, Sources: src,
		}
	}
	en := func(s string) timeline.Text { return timeline.Text{En: s} }
	both := func(hi, en string) timeline.Text { return timeline.Text{Hi: hi, En: en} }

	moscowEvent := ev("moscow-timed", both("मॉस्को में बैठक, शाम 7 बजे", "Meeting in Moscow; 7 pm, Kremlin"),
		until(date.AtClock(d(2025, 11, 18), 19, 0, "Europe/Moscow"), date.AtClock(d(2025, 11, 18), 20, 30, "Europe/Moscow")), "Europe/Moscow")
	moscowEvent.Description = both(longHindi, "A long description.\nWith a second line, a comma; a semicolon and a backslash \\.")
	moscowEvent.Place.Coords = &timeline.Coordinates{Lat: 55.752, Lon: 37.6175}
	moscowEvent.Place.Venue = both("सीनेट पैलेस, क्रेमलिन", "Senate Palace, Kremlin")
	moscowEvent.Participants = []timeline.Participant{
		{Name: en(qatarCN), Title: en("Prime Minister; Foreign Minister"), Country: "QA", Role: timeline.Guest},
		{Name: en(`Dr. "Quoted" Name \ Backslash ^n ^' ^^ caret`), Country: "IN", Role: timeline.Host},
		{Name: en("Line\r\nBreak\tTab\x00Nul"), Country: "IN", Role: timeline.Attendee},
		{Name: en(htmlName), Title: en(`Minister: Trade; "Industry" <i>&amp;</i>`), Country: "AE", Role: timeline.Attendee},
		{Name: both("व्लादिमीर पुतिन", "Vladimir Putin"), Title: both("राष्ट्रपति", "President of Russia"), Country: "RU", Role: timeline.Chair},
		{Title: both("कजाकिस्तान के वरिष्ठ प्रतिनिधि", "Senior representative of Kazakhstan"), Country: "KZ", Role: timeline.Attendee},
	}

	moscow2010 := ev("moscow-2010-dst", en("Moscow summer time, 2010"),
		date.AtClock(d(2010, 7, 1), 12, 0, "Europe/Moscow"), "Europe/Moscow")
	moscow2010w := ev("moscow-2010-winter", en("Moscow winter time, 2010"),
		date.AtClock(d(2010, 12, 1), 12, 0, "Europe/Moscow"), "Europe/Moscow")

	kolkata := ev("kolkata-half-hour", both("दिल्ली में वार्ता", "Talks in Delhi"),
		until(date.AtClock(d(2025, 12, 5), 10, 30, "Asia/Kolkata"), date.AtClock(d(2025, 12, 5), 12, 0, "Asia/Kolkata")), "Asia/Kolkata")
	kolkata.Place = timeline.Place{City: both("नई दिल्ली", "New Delhi"), Country: "IN", TimeZone: "Asia/Kolkata"}

	nyEST := ev("new-york-est", en("UN meeting (EST)"), date.AtClock(d(2025, 3, 8), 9, 0, "America/New_York"), "America/New_York")
	nyEDT := ev("new-york-edt", en("UN meeting (EDT)"), date.AtClock(d(2025, 3, 10), 9, 0, "America/New_York"), "America/New_York")
	nyHour := ev("new-york-hour", en("UN statement at 5 pm"), date.AtHour(d(2025, 11, 3), 17, "America/New_York"), "America/New_York")
	// 01:30 happens twice on 2 November 2025 in New York (issue 13).
	nyTwice := ev("new-york-fall-back", en("UN call at 01:30, the night the clocks go back"),
		until(date.AtClock(d(2025, 11, 2), 1, 30, "America/New_York"), date.AtClock(d(2025, 11, 2), 3, 0, "America/New_York")), "America/New_York")
	for _, e := range []*timeline.Event{&nyEST, &nyEDT, &nyHour, &nyTwice} {
		e.Place = timeline.Place{City: en("New York"), Country: "US", TimeZone: "America/New_York"}
	}
	utc := ev("utc-call", en("Phone call (UTC)"), date.AtClock(d(2025, 11, 20), 8, 15, "UTC"), "UTC")
	utc.Kind = timeline.PhoneCall

	crlf := ev("inject-crlf", en("Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:forged"), date.OnDay(d(2025, 11, 19)), "Europe/Moscow")
	cr := ev("inject-cr", en("Title\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged"), date.OnDay(d(2025, 11, 19)), "Europe/Moscow")
	lf := ev("inject-lf", en("Title\nBEGIN:VEVENT\nSUMMARY:forged"), date.OnDay(d(2025, 11, 19)), "Europe/Moscow")
	lf.Description = en("Description\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\rbare CR\nbare LF")
	var ctl strings.Builder
	ctl.WriteString("Controls:")
	for c := 0; c < 0x20; c++ {
		if c != '\r' && c != '\n' {
			ctl.WriteByte(byte(c))
		}
	}
	ctl.WriteString("\x7f end")
	ctrl := ev("control-chars", en(ctl.String()), date.OnDay(d(2025, 11, 19)), "")
	badUTF8 := ev("invalid-utf8", en("Bad \xff\xfe UTF-8 \xe0\xa4 cut"), date.OnDay(d(2025, 11, 19)), "")
	punct := ev("punctuation", en(`Commas, semicolons; colons: quotes "double" 'single' \ backslash`), date.OnDay(d(2025, 11, 21)), "")
	longTitle := ev("long-hindi", both(longHindi, "Long Hindi title"), date.OnDay(d(2025, 11, 22)), "Asia/Kolkata")

	span := ev("day-span", en("Three-day visit"), until(date.OnDay(d(2025, 12, 4)), date.OnDay(d(2025, 12, 6))), "Asia/Kolkata")
	span.Kind = timeline.Visit
	approx := ev("around-5-december", both("पुतिन का भारत दौरा", "Putin's visit to India"), date.AroundDay(d(2025, 12, 5), 2), "Asia/Kolkata")
	approx.History = []timeline.StatusChange{{Status: timeline.Proposed, On: reported, Source: "tass",
		Note: both("रिपोर्ट्स के अनुसार", "according to reports")}}
	week := ev("week-47", en("Talks some day in week 47"), date.InWeek(2025, 47), "Europe/Moscow")
	month := ev("month-november", both("एससीओ बैठक", "SCO meeting"), date.InMonth(2025, time.November), "Europe/Moscow")
	month.Kind = timeline.MultilateralMeeting
	year := ev("year-2026", en("Visit some time in 2026"), date.InYear(2026), "Asia/Kolkata")
	year.History = []timeline.StatusChange{{Status: timeline.Announced, On: reported, Source: "tass"}}
	before := ev("before-18-november", both("लावरोव से बैठक", "Talks with Lavrov"), date.Before(d(2025, 11, 18)), "Europe/Moscow")
	after := ev("after-18-november", en("Follow-up talks"), date.After(d(2025, 11, 18)), "Europe/Moscow")
	after.History = []timeline.StatusChange{{Status: timeline.Proposed, On: reported, Source: "tass"}}

	cancelled := ev("cancelled-visit", en("Cancelled visit"), date.OnDay(d(2025, 11, 25)), "Europe/Moscow")
	cancelled.History = []timeline.StatusChange{
		{Status: timeline.Announced, On: d(2025, 11, 1), Source: "tass"},
		{Status: timeline.Cancelled, On: reported, Source: "tass", Note: en("called off over scheduling")},
	}
	postponed := ev("postponed-talks", en("Postponed talks"), date.OnDay(d(2025, 11, 26)), "Europe/Moscow")
	postponed.History = []timeline.StatusChange{
		{Status: timeline.Confirmed, On: d(2025, 11, 2), Source: "tass"},
		{Status: timeline.Postponed, On: reported, Source: "tass", Note: en("postponed over the schedule of the host")},
	}
	postponed.PartOf = "month-november"
	postponed.Related = []string{"moscow-timed", "kolkata-half-hour"}

	tl := &timeline.Timeline{
		Title:       both("कठिन मामले", "Hostile cases"),
		Description: en("Fixture for the ical interoperability tests; commas, semicolons; and \\ backslashes."),
		Events: []timeline.Event{moscowEvent, moscow2010, moscow2010w, kolkata, nyEST, nyEDT, nyHour, nyTwice, utc,
			crlf, cr, lf, ctrl, badUTF8, punct, longTitle, span, approx, week, month, year, before, after,
			cancelled, postponed},
	}
	tl.Sort()
	return tl
}

// until is When.Until for test fixtures that are valid spans by
// construction; a mistake in a fixture stops the test binary loudly.
func until(start, end date.When) date.When {
	w, err := start.Until(end)
	if err != nil {
		panic(err)
	}
	return w
}
