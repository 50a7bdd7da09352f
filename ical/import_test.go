package ical

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// vcal wraps components in a VCALENDAR; each component is its lines.
func vcal(components ...[]string) string {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n")
	for _, c := range components {
		for _, l := range c {
			b.WriteString(l + "\r\n")
		}
	}
	b.WriteString("END:VCALENDAR\r\n")
	return b.String()
}

// ev returns a VEVENT with the given lines.
func ev(lines ...string) []string {
	return append(append([]string{"BEGIN:VEVENT"}, lines...), "END:VEVENT")
}

// newYorkTZ is America/New_York as Google Calendar writes it: the current
// rules, from 1970.
var newYorkTZ = []string{
	"BEGIN:VTIMEZONE", "TZID:America/New_York",
	"BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
	"BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
	"END:VTIMEZONE",
}

// outlookBerlin is "W. Europe Standard Time" as Outlook writes it.
var outlookBerlin = []string{
	"BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
	"BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
	"BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
	"END:VTIMEZONE",
}

// got is one event as the tests compare it: its ID, date and title.
type got struct{ id, when, title string }

func gotEvents(tl *timeline.Timeline) []got {
	var out []got
	for _, e := range tl.Events {
		out = append(out, got{e.ID, e.When.String(), e.Title.In(timeline.English)})
	}
	return out
}

func TestImport(t *testing.T) {
	ny := "America/New_York"
	_ = ny
	cases := []struct {
		name   string
		in     string
		opts   *DecodeOptions
		want   []got
		notes  []string // parts of notes the report must have
		reason string
	}{
		{
			name: "weekly with EXDATE and a moved occurrence",
			in: vcal(newYorkTZ, ev("UID:w@google.com", "DTSTART;TZID=America/New_York:20250303T090000", "DTEND;TZID=America/New_York:20250303T093000",
				"RRULE:FREQ=WEEKLY;COUNT=5;BYDAY=MO", "EXDATE;TZID=America/New_York:20250317T090000", "SUMMARY:Briefing"),
				ev("UID:w@google.com", "RECURRENCE-ID;TZID=America/New_York:20250324T090000", "DTSTART;TZID=America/New_York:20250325T140000",
					"DTEND;TZID=America/New_York:20250325T143000", "SUMMARY:Briefing (moved)", "SEQUENCE:1")),
			want: []got{
				{"ics-w-40google-2ecom-r20250303t090000", "2025-03-03T09:00/2025-03-03T09:30[America/New_York]", "Briefing"},
				// 10 March: DST began the day before; still 09:00 New York time.
				{"ics-w-40google-2ecom-r20250310t090000", "2025-03-10T09:00/2025-03-10T09:30[America/New_York]", "Briefing"},
				{"ics-w-40google-2ecom-r20250324t090000", "2025-03-25T14:00/2025-03-25T14:30[America/New_York]", "Briefing (moved)"},
				{"ics-w-40google-2ecom-r20250331t090000", "2025-03-31T09:00/2025-03-31T09:30[America/New_York]", "Briefing"},
			},
			reason: "COUNT=5 counts the excluded 17 March; the override keeps the ID of the occurrence it moves",
		},
		{
			name: "RDATE and UNTIL in UTC",
			in: vcal(ev("UID:r", "DTSTART;TZID=Europe/Berlin:20251006T100000", "RRULE:FREQ=DAILY;UNTIL=20251007T080000Z",
				"RDATE;TZID=Europe/Berlin:20251010T150000", "SUMMARY:Talks")),
			want: []got{
				{"ics-r-r20251006t100000", "2025-10-06T10:00[Europe/Berlin]", "Talks"},
				{"ics-r-r20251007t100000", "2025-10-07T10:00[Europe/Berlin]", "Talks"},
				{"ics-r-r20251010t150000", "2025-10-10T15:00[Europe/Berlin]", "Talks"},
			},
			reason: "UNTIL 08:00Z is 10:00 in Berlin: the second day is the last",
		},
		{
			name:   "yearly all-day in a window",
			in:     vcal(ev("UID:b", "DTSTART;VALUE=DATE:20201115", "DTEND;VALUE=DATE:20201116", "RRULE:FREQ=YEARLY", "SUMMARY:Founding day")),
			opts:   &DecodeOptions{From: mustTime("2024-01-01T00:00:00Z"), To: mustTime("2026-01-01T00:00:00Z")},
			want:   []got{{"ics-b-r20241115", "2024-11-15", "Founding day"}, {"ics-b-r20251115", "2025-11-15", "Founding day"}},
			notes:  []string{"4 occurrences before the window start 2024-01-01T00:00:00Z left out", "goes on after the window end 2026-01-01T00:00:00Z"},
			reason: "2020 is DTSTART, the first instance, and before the window too",
		},
		{
			name: "Windows zone and Outlook VTIMEZONE",
			in: vcal(outlookBerlin, ev("UID:040000008200E00074C5B7101A82E008", `DTSTART;TZID="W. Europe Standard Time":20250715T100000`,
				`DTEND;TZID="W. Europe Standard Time":20250715T113000`, "SUMMARY;LANGUAGE=en-us:Dialogue")),
			want:  []got{{"ics-040000008200-ue00074c5b7101a82e008", "2025-07-15T10:00/2025-07-15T11:30[Europe/Berlin]", "Dialogue"}},
			notes: []string{`Windows zone "W. Europe Standard Time" read as Europe/Berlin (CLDR)`},
		},
		{
			name:  "Mozilla TZID",
			in:    vcal(ev("UID:m", "DTSTART;TZID=/mozilla.org/20050126_1/Asia/Kolkata:20251205T103000", "SUMMARY:Talks")),
			want:  []got{{"ics-m", "2025-12-05T10:30[Asia/Kolkata]", "Talks"}},
			notes: []string{`TZID "/mozilla.org/20050126_1/Asia/Kolkata" read as the IANA zone Asia/Kolkata`},
		},
		{
			name: "custom TZID by its VTIMEZONE",
			in: vcal([]string{"BEGIN:VTIMEZONE", "TZID:Customized Time Zone", "BEGIN:STANDARD", "DTSTART:16010101T000000",
				"TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE"},
				ev("UID:c", `DTSTART;TZID="Customized Time Zone":20251118T190000`, "SUMMARY:Lagos")),
			want:  []got{{"ics-c", "2025-11-18T19:00[Etc/GMT-1]", "Lagos"}},
			notes: []string{"is no IANA or Windows zone: read by the file's VTIMEZONE, kept in Etc/GMT-1"},
		},
		{
			name: "end in another zone and in UTC",
			in: vcal(ev("UID:f", "DTSTART;TZID=Asia/Kolkata:20251118T100000", "DTEND;TZID=Europe/Moscow:20251118T120000", "SUMMARY:Flight"),
				ev("UID:g", "DTSTART;TZID=Asia/Kolkata:20251118T100000", "DTEND:20251118T053000Z", "SUMMARY:Android")),
			want: []got{{"ics-f", "2025-11-18T10:00/2025-11-18T14:30[Asia/Kolkata]", "Flight"},
				{"ics-g", "2025-11-18T10:00/2025-11-18T11:00[Asia/Kolkata]", "Android"}},
			notes: []string{"end in another zone than the start"},
		},
		{
			name:   "a time the clocks skip",
			in:     vcal(newYorkTZ, ev("UID:s", "DTSTART;TZID=America/New_York:20250309T023000", "SUMMARY:Gap")),
			want:   []got{{"ics-s", "2025-03-09T03:30[America/New_York]", "Gap"}},
			notes:  []string{"a local time the clocks skip read with the offset before the gap"},
			reason: "RFC 5545 3.3.5: 02:30 EST, which is 03:30 EDT",
		},
		{
			name:  "a time that occurs twice",
			in:    vcal(newYorkTZ, ev("UID:a", "DTSTART;TZID=America/New_York:20251102T013000", "SUMMARY:Twice")),
			want:  []got{{"ics-a", "2025-11-02T01:30[America/New_York]", "Twice"}},
			notes: []string{"read as the first of the two"},
		},
		{
			name:   "two VCALENDARs",
			in:     vcal(ev("UID:1", "DTSTART;VALUE=DATE:20251118", "SUMMARY:One")) + vcal(ev("UID:2", "DTSTART;VALUE=DATE:20251119", "SUMMARY:Two")),
			want:   []got{{"ics-1", "2025-11-18", "One"}, {"ics-2", "2025-11-19", "Two"}},
			reason: "issue 13: only the first VCALENDAR was read",
		},
		{
			name: "attendee without CN",
			in: vcal(ev("UID:p", "DTSTART;VALUE=DATE:20251118", "SUMMARY:Call",
				"ATTENDEE:mailto:desk@example.org", `ATTENDEE;CN="Al Thani, PM: FM; Sa'ad":mailto:pm@example.org`)),
			want: []got{{"ics-p", "2025-11-18", "Call"}},
		},
		{
			name:  "no SUMMARY",
			in:    vcal(ev("UID:u", "DTSTART;VALUE=DATE:20251118")),
			want:  []got{{"ics-u", "2025-11-18", timeline.UntitledEn}},
			notes: []string{"no title"},
		},
		{
			name:  "floating time in the calendar's X-WR-TIMEZONE",
			in:    strings.Replace(vcal(ev("UID:x", "DTSTART:20251118T190000", "SUMMARY:Dinner")), "VERSION:2.0", "VERSION:2.0\r\nX-WR-TIMEZONE:Europe/Moscow", 1),
			want:  []got{{"ics-x", "2025-11-18T19:00[Europe/Moscow]", "Dinner"}},
			notes: []string{"floating time (no TZID, no Z) read in Europe/Moscow, the calendar's X-WR-TIMEZONE"},
		},
		{
			name:  "DURATION",
			in:    vcal(ev("UID:d", "DTSTART;TZID=Europe/Moscow:20251118T190000", "DURATION:PT1H30M", "SUMMARY:Talks")),
			want:  []got{{"ics-d", "2025-11-18T19:00/2025-11-18T20:30[Europe/Moscow]", "Talks"}},
			notes: nil,
		},
		{
			name: "a million occurrences",
			in:   vcal(ev("UID:m", "DTSTART:20250101T000000Z", "RRULE:FREQ=MINUTELY;COUNT=1000000", "SUMMARY:Flood")),
			opts: &DecodeOptions{MaxOccurrences: 3},
			want: []got{{"ics-m-r20250101t000000z", "2025-01-01T00:00[UTC]", "Flood"}, {"ics-m-r20250101t000100z", "2025-01-01T00:01[UTC]", "Flood"},
				{"ics-m-r20250101t000200z", "2025-01-01T00:02[UTC]", "Flood"}},
			notes: []string{"more than 3 occurrences in the window (DecodeOptions.MaxOccurrences); the first 3 are kept"},
		},
		{
			name:   "a rule rrule-go would loop on",
			in:     vcal(ev("UID:h", "DTSTART:20250101T000000Z", "RRULE:FREQ=SECONDLY;INTERVAL=2;BYSECOND=1", "SUMMARY:Hang")),
			want:   []got{{"ics-h-r20250101t000000z", "2025-01-01T00:00[UTC]", "Hang"}},
			notes:  []string{"never reaches its BYHOUR, BYMINUTE or BYSECOND"},
			reason: "rrule-go v1.8.2 never returns from this rule's first occurrence",
		},
		{
			name:   "a rule that never occurs",
			in:     vcal(ev("UID:n", "DTSTART;VALUE=DATE:19000101", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "SUMMARY:Never")),
			want:   nil,
			notes:  []string{"the rule has no occurrence"},
			reason: "DTSTART is an occurrence only when the rule gives it, as libical and ical.js read it",
		},
		{
			name:   "DTSTART not one of the rule's dates",
			in:     vcal(ev("UID:l", "DTSTART;VALUE=DATE:19970929", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=2", "SUMMARY:Last work day")),
			want:   []got{{"ics-l-r19970930", "1997-09-30", "Last work day"}, {"ics-l-r19971031", "1997-10-31", "Last work day"}},
			notes:  []string{"DTSTART is not one of the rule's dates"},
			reason: "RFC 5545's own example: 29 September is a Monday, the last work day is the 30th",
		},
		{
			name:  "a bad rule",
			in:    vcal(ev("UID:q", "DTSTART;VALUE=DATE:20250101", "RRULE:FREQ=FORTNIGHTLY", "SUMMARY:Bad")),
			want:  []got{{"ics-q", "2025-01-01", "Bad"}},
			notes: []string{"FREQ=FORTNIGHTLY: unknown frequency"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl, rep, err := Unmarshal([]byte(c.in), c.opts)
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if g := gotEvents(tl); !slices.Equal(g, c.want) {
				t.Errorf("events (%s):\n got %v\nwant %v\nreport:\n%s", c.reason, g, c.want, rep)
			}
			for _, n := range c.notes {
				if !strings.Contains(rep.String(), n) {
					t.Errorf("report lacks %q:\n%s", n, rep)
				}
			}
		})
	}
}

// TestImportParticipants: an ATTENDEE without CN is its address; a quoted
// CN with ';' ',' ':' is read whole (issue 13).
func TestImportParticipants(t *testing.T) {
	tl, _, err := Unmarshal([]byte(vcal(ev("UID:p", "DTSTART;VALUE=DATE:20251118", "SUMMARY:Call",
		"ATTENDEE:mailto:desk@example.org", `ATTENDEE;ROLE=CHAIR;CN="Al Thani, PM: FM; Sa'ad":mailto:pm@example.org`,
		"ATTENDEE;CN=एस. जयशंकर:mailto:eam@example.org"))), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []timeline.Participant{
		{Name: timeline.Text{En: "desk@example.org"}, Role: timeline.Attendee},
		{Name: timeline.Text{En: "Al Thani, PM: FM; Sa'ad"}, Role: timeline.Chair},
		{Name: timeline.Text{Hi: "एस. जयशंकर"}, Role: timeline.Attendee},
	}
	if g := tl.Events[0].Participants; !slices.Equal(g, want) {
		t.Errorf("participants = %+v, want %+v", g, want)
	}
}

// TestImportIdentity: IDs that differ only by case or punctuation never
// collide, and Marshal writes every UID and RECURRENCE-ID back as it was.
func TestImportIdentity(t *testing.T) {
	uids := []string{"A-1@x.org", "a-1@x.org", "a.1@x.org", "a_1@X.org", "a--1@x.org", "A-1@X.ORG", "5D1A2C9E-3B4F-4C1D", "ics-x@samayrekha", "x@samayrekha", "Ünï¢ødé"}
	var comps [][]string
	for i, u := range uids {
		comps = append(comps, ev("UID:"+u, fmt.Sprintf("DTSTART;VALUE=DATE:202511%02d", i+1), "SUMMARY:"+u))
	}
	comps = append(comps, newYorkTZ,
		ev("UID:Series-1", "DTSTART;TZID=America/New_York:20251103T090000", "RRULE:FREQ=DAILY;COUNT=2", "SUMMARY:Series"),
		ev("UID:Series-1", "RECURRENCE-ID;TZID=America/New_York:20251104T090000", "DTSTART;TZID=America/New_York:20251104T110000", "SUMMARY:Moved"),
		ev("UID:utc-series", "DTSTART:20251103T090000Z", "RRULE:FREQ=DAILY;COUNT=2", "SUMMARY:UTC"),
		ev("UID:day-series", "DTSTART;VALUE=DATE:20251103", "RRULE:FREQ=DAILY;COUNT=2", "SUMMARY:Days"))
	in := vcal(comps...)
	tl, _, err := Unmarshal([]byte(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range tl.Events {
		if ids[e.ID] {
			t.Errorf("ID %q twice", e.ID)
		}
		ids[e.ID] = true
	}
	if len(tl.Events) != len(uids)+6 {
		t.Fatalf("%d events, want %d", len(tl.Events), len(uids)+6)
	}
	if tl.Events[8].ID != "x" {
		t.Errorf("our own UID x@samayrekha read as ID %q, want x", tl.Events[8].ID)
	}
	// Written back: the same UIDs, with the same RECURRENCE-IDs.
	out, err := Marshal(tl, &Options{Lang: timeline.English})
	if err != nil {
		t.Fatal(err)
	}
	ids2 := func(b []byte) []string {
		top, err := parseComponents(b)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range top[0].subs {
			if c.name != "VEVENT" {
				continue
			}
			id := unescapeText(c.first("UID").value)
			if r := c.first("RECURRENCE-ID"); r != nil {
				id += " " + r.param("TZID") + ":" + r.value
			}
			out = append(out, id)
		}
		return out
	}
	want := append(slices.Clone(uids),
		"Series-1 America/New_York:20251103T090000", "Series-1 America/New_York:20251104T090000",
		"utc-series :20251103T090000Z", "utc-series :20251104T090000Z", "day-series :20251103", "day-series :20251104")
	if g := ids2(out); !slices.Equal(g, want) {
		t.Errorf("UIDs written back:\n got %q\nwant %q", g, want)
	}
	// And read again, the same IDs.
	again, rep, err := Unmarshal(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tl.Events {
		if again.Events[i].ID != tl.Events[i].ID || again.Events[i].When != tl.Events[i].When {
			t.Errorf("event %d: %s %s came back as %s %s", i, tl.Events[i].ID, tl.Events[i].When, again.Events[i].ID, again.Events[i].When)
		}
	}
	if len(rep.Notes) > 0 {
		t.Errorf("reading our output back reports:\n%s", rep)
	}
}

// TestForeignIDRoundTrip: foreignID is one-to-one and parseForeignID its
// inverse.
func TestForeignIDRoundTrip(t *testing.T) {
	cases := []struct{ uid, rid, want string }{
		{"7kukuqrfedlm2f9t0vo0jd4g5n@google.com", "", "ics-7kukuqrfedlm2f9t0vo0jd4g5n-40google-2ecom"},
		{"Meeting-1@Example.org", "20251118t190000", "ics--4deeting--1-40-45xample-2eorg-r20251118t190000"},
		{"5D1A2C9E-3B4F", "", "ics-5-ud1a2c9e--3b4f"},
		{"a-1@x", "20251118", "ics-a--1-40x-r20251118"},
		{"A", "20251118t190000z", "ics--ua-r20251118t190000z"},
		{"-", "", "ics---"},
		{"अ", "", "ics--e0-a4-85"},
	}
	for _, c := range cases {
		t.Run(c.uid, func(t *testing.T) {
			id := foreignID(c.uid, c.rid)
			if id != c.want {
				t.Errorf("foreignID(%q, %q) = %q, want %q", c.uid, c.rid, id, c.want)
			}
			if !isSlug(id) {
				t.Errorf("foreignID(%q) = %q is not a slug", c.uid, id)
			}
			uid, rid, ok := parseForeignID(id)
			if !ok || uid != c.uid || rid != c.rid {
				t.Errorf("parseForeignID(%q) = %q, %q, %v; want %q, %q", id, uid, rid, ok, c.uid, c.rid)
			}
		})
	}
	for _, bad := range []string{"2025-11-18-jaishankar-putin", "ics-", "ics-a-", "ics-a-zz", "ics-a-r2025", "ics-A"} {
		if uid, rid, ok := parseForeignID(bad); ok {
			t.Errorf("parseForeignID(%q) = %q, %q, true; want false", bad, uid, rid)
		}
	}
}

// FuzzForeignID: every UID gets a slug ID that gives it back.
func FuzzForeignID(f *testing.F) {
	f.Add("Meeting-1@Example.org", true)
	f.Add("040000008200E00074C5B7101A82E008", false)
	f.Add("a.1@x", true)
	f.Fuzz(func(t *testing.T, uid string, withRID bool) {
		if uid == "" {
			return
		}
		rid := ""
		if withRID {
			rid = "20251118t190000"
		}
		id := foreignID(uid, rid)
		if !isSlug(id) {
			t.Fatalf("foreignID(%q) = %q is not a slug", uid, id)
		}
		u, r, ok := parseForeignID(id)
		if !ok || u != uid || r != rid {
			t.Fatalf("parseForeignID(foreignID(%q, %q)) = %q, %q, %v", uid, rid, u, r, ok)
		}
	})
}

// TestImportLimits: hostile files get a clear error or a bounded,
// reported result, fast.
func TestImportLimits(t *testing.T) {
	cases := []struct {
		name string
		in   func() []byte
		want string // part of a note
	}{
		{"a million-occurrence rule", func() []byte {
			return []byte(vcal(ev("UID:a", "DTSTART:20250101T000000Z", "RRULE:FREQ=SECONDLY;COUNT=1000000", "SUMMARY:x")))
		}, "the first 10000 are kept"},
		{"every sub-daily hostile rule", func() []byte {
			var cs [][]string
			for i := 0; i < 200; i++ {
				cs = append(cs, ev(fmt.Sprintf("UID:%d", i), "DTSTART:19000101T000000Z", "RRULE:FREQ=SECONDLY;BYHOUR=0;BYMINUTE=0;BYSECOND=0", "SUMMARY:x"))
			}
			return []byte(vcal(cs...))
		}, "cost more steps than a rule may take"},
		{"rules that never match", func() []byte {
			var cs [][]string
			for i := 0; i < 200; i++ {
				cs = append(cs, ev(fmt.Sprintf("UID:%d", i), "DTSTART:00010102T000000Z", "RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO", "SUMMARY:x"))
			}
			return []byte(vcal(cs...))
		}, "the rule has no occurrence"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := c.in()
			start := time.Now()
			tl, rep, err := Unmarshal(in, nil)
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if d := time.Since(start); d > 60*time.Second {
				t.Errorf("took %v", d)
			}
			if len(tl.Events) > DefaultMaxOccurrences || !strings.Contains(rep.String(), c.want) {
				t.Errorf("%d events; report lacks %q:\n%.2000s", len(tl.Events), c.want, rep)
			}
		})
	}
}

// TestImportLongLine: a 100 MB content line is skipped and noted, read
// from a stream that never holds it whole (issue 13's hostile file).
func TestImportLongLine(t *testing.T) {
	head := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20251118\r\nSUMMARY:x\r\nDESCRIPTION:"
	tail := "\r\nLOCATION:Moscow\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	r := io.MultiReader(strings.NewReader(head), io.LimitReader(repeatReader('y'), 100<<20), strings.NewReader(tail))
	tl, rep, err := Decode(r, nil)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	e := tl.Events[0]
	if e.Description != (timeline.Text{}) || e.Place.Venue.En != "Moscow" {
		t.Errorf("event read as %+v", e)
	}
	if !strings.Contains(rep.String(), "line 6: VEVENT DESCRIPTION: limited: content line longer than 1048576 bytes, not read") {
		t.Errorf("report:\n%s", rep)
	}
}

// repeatReader reads c forever.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// TestImportStream: Decode reads a stream as Unmarshal reads bytes, with
// lines folded anywhere and LF or CRLF ends.
func TestImportStream(t *testing.T) {
	in := vcal(ev("UID:a", "DTSTART;TZID=Europe/Moscow:20251118T190000", "SUMMARY:Jaishankar meets Putin in Moscow, a title long enough to be folded twice by any writer"))
	folded := strings.ReplaceAll(in, "folded twice", "fol\r\n ded t\r\n\twice")
	lf := strings.ReplaceAll(folded, "\r\n", "\n")
	for name, s := range map[string]string{"crlf": folded, "lf": lf} {
		tl, _, err := Decode(bytes.NewReader([]byte(s)), nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if g := tl.Events[0].Title.En; !strings.Contains(g, "folded twice") || tl.Events[0].When.String() != "2025-11-18T19:00[Europe/Moscow]" {
			t.Errorf("%s: %q %s", name, g, tl.Events[0].When)
		}
	}
	_ = date.Of
}
