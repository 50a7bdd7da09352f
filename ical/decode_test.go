package ical

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// cal wraps lines in a VCALENDAR (line 1) and a VEVENT (line 2): the first
// of lines is line 3.
func cal(lines ...string) string {
	return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
}

// TestUnmarshalErrors: a file that cannot be read as a calendar at all is
// an error with the line at fault.
func TestUnmarshalErrors(t *testing.T) {
	deep := strings.Repeat("BEGIN:X\r\n", 17) + strings.Repeat("END:X\r\n", 17)
	cases := []struct {
		name, in string
		opts     *DecodeOptions
		want     string // part of the error
		line     int    // the DecodeError's Line; 0 if the error is not a DecodeError
		prop     string // the DecodeError's Property
	}{
		{"empty", "", nil, "ical: line 1: no VCALENDAR: the input is empty", 1, ""},
		{"html", "<html><body>Not found</body></html>\n", nil, "ical: line 1: no VCALENDAR: not an iCalendar file", 1, ""},
		{"only a stray END", "END:VCALENDAR\r\n", nil, "no VCALENDAR", 1, ""},
		{"nested too deep", "BEGIN:VCALENDAR\r\n" + deep + "END:VCALENDAR\r\n", nil, "ical: line 17: BEGIN: components nested deeper than 16", 17, "BEGIN"},
		{"over MaxBytes", cal("UID:a", "DTSTART:20251118T190000Z", "SUMMARY:"+strings.Repeat("x", 200)), &DecodeOptions{MaxBytes: 100},
			"ical: line 5: input larger than the limit of 100 bytes", 5, ""},
		{"empty window", cal("UID:a"), &DecodeOptions{From: mustTime("2026-01-01T00:00:00Z"), To: mustTime("2025-01-01T00:00:00Z")},
			"ical: window from 2026-01-01T00:00:00Z to 2025-01-01T00:00:00Z is empty", 0, ""},
		{"unknown floating zone", cal("UID:a"), &DecodeOptions{FloatingZone: "Mars/Olympus"}, `ical: FloatingZone: unknown time zone "Mars/Olympus"`, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl, rep, err := Unmarshal([]byte(c.in), c.opts)
			if err == nil || tl != nil || rep != nil {
				t.Fatalf("Unmarshal = %v, %v, %v; want an error containing %q", tl, rep, err, c.want)
			}
			if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "ical: ") {
				t.Errorf("Unmarshal error = %q, want one starting \"ical: \" and containing %q", err, c.want)
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				if c.line != 0 {
					t.Errorf("Unmarshal error = %#v, want a *DecodeError at line %d", err, c.line)
				}
				return
			}
			if de.Line != c.line || de.Property != c.prop {
				t.Errorf("Unmarshal error at line %d, property %q; want line %d, property %q (%v)", de.Line, de.Property, c.line, c.prop, err)
			}
			if errors.Unwrap(err) != de.Err {
				t.Errorf("Unwrap = %v, want Err %v", errors.Unwrap(err), de.Err)
			}
		})
	}
}

// TestUnmarshalNotes: what is wrong with one line or one event is read as
// far as it goes and named in the report, with its line.
func TestUnmarshalNotes(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		events int // events in the timeline
		kind   NoteKind
		line   int    // the note's line
		prop   string // the note's property
		want   string // part of the note's message
	}{
		// Lines.
		{"no name", cal("UID:a", "DTSTART:20251118T190000Z", ":x"), 1, Skipped, 5, "", "want a property name"},
		{"no colon", cal("UID:a", "DTSTART:20251118T190000Z", "SUMMARY"), 1, Skipped, 5, "SUMMARY", "want ':'"},
		{"unterminated quote", cal("UID:a", "DTSTART:20251118T190000Z", "ATTENDEE;CN=\"a:b"), 1, Skipped, 5, "ATTENDEE", "unterminated quoted value"},
		{"stray quote", cal("UID:a", "DTSTART:20251118T190000Z", "ATTENDEE;CN=a\"b:c"), 1, Skipped, 5, "ATTENDEE", "stray double quote"},
		{"folded line numbers", cal("UID:a", "DTSTART:20251118T190000Z", "X-A:1", " 2", " 3", "X;=:v"), 1, Skipped, 8, "X", "malformed parameter"},
		{"not utf-8", cal("UID:a", "DTSTART:20251118T190000Z", "SUMMARY:caf\xe9"), 1, Changed, 5, "SUMMARY", "read as Windows-1252"},
		{"outside", "SUMMARY:x\r\n" + cal("UID:a", "DTSTART:20251118T190000Z"), 1, Skipped, 1, "SUMMARY", "outside any component"},
		{"never closed", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20251118T190000Z\r\n", 1, Changed, 2, "", "never closed"},
		{"mismatched end", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20251118T190000Z\r\nEND:VCALENDAR\r\n", 1, Changed, 2, "", "read as closed by the END:VCALENDAR of line 5"},
		{"end without begin", cal("UID:a", "DTSTART:20251118T190000Z", "END:VTODO"), 1, Skipped, 5, "END", "END:VTODO without a BEGIN:VTODO"},
		{"long line", cal("UID:a", "DTSTART:20251118T190000Z", "DESCRIPTION:"+strings.Repeat("x", 2<<20)), 1, Limited, 5, "DESCRIPTION", "longer than 1048576 bytes"},

		// Components.
		{"alarm", cal("UID:a", "DTSTART:20251118T190000Z", "BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM"), 1, Dropped, 5, "", "alarm"},
		{"todo", "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", 0, Dropped, 2, "", "not an event"},
		{"bare VEVENT", "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20251118T190000Z\r\nEND:VEVENT\r\n", 1, Changed, 1, "", "VEVENT outside a VCALENDAR"},

		// Events.
		{"no uid", cal("SUMMARY:x", "DTSTART;VALUE=DATE:20251118"), 1, Changed, 2, "UID", "no UID"},
		{"no date", cal("UID:a", "SUMMARY:x"), 0, Skipped, 2, "DTSTART", "VEVENT without DTSTART"},
		{"bad date", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:2025111"), 0, Skipped, 5, "DTSTART", "not a DATE"},
		{"bad end", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "DTEND:soon"), 1, Skipped, 6, "DTEND", "not a DATE-TIME"},
		{"end before start", cal("UID:a", "SUMMARY:x", "DTSTART;TZID=Europe/Moscow:20251118T190000", "DTEND;TZID=Europe/Moscow:20251118T180000"), 1, Dropped, 5, "DTEND", "end before the start"},
		{"no summary", cal("UID:a", "DTSTART;VALUE=DATE:20251118"), 1, Changed, 2, "SUMMARY", `titled "(untitled)"`},
		{"blank summary", cal("UID:a", "SUMMARY: ", "DTSTART;VALUE=DATE:20251118"), 1, Changed, 4, "SUMMARY", "no title"},
		{"floating", cal("UID:a", "SUMMARY:x", "DTSTART:20251118T190000"), 1, Changed, 5, "DTSTART", "floating time (no TZID, no Z) read in UTC"},
		{"unknown zone", cal("UID:a", "SUMMARY:x", "DTSTART;TZID=Mars/Olympus:20251118T190000"), 1, Changed, 5, "TZID", `TZID "Mars/Olympus" is no zone this system knows and has no VTIMEZONE`},
		{"bad when", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "X-SAMAYREKHA-WHEN:fortnight 2025-11-18"), 1, Changed, 6, "X-SAMAYREKHA-WHEN", `unknown precision "fortnight"`},
		{"bad geo", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "GEO:north"), 1, Dropped, 6, "GEO", "not a latitude;longitude"},
		{"geo off the globe", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "GEO:91;0"), 1, Dropped, 6, "GEO", "on the globe"},
		{"unknown kind", cal("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-KIND:summitt", "X-SAMAYREKHA-WHEN:2025-11-18", "DTSTART;VALUE=DATE:20251118"), 1, Changed, 5, "X-SAMAYREKHA-KIND", `unknown kind "summitt"`},
		{"bad status date", cal("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-WHEN:2025-11-18", "DTSTART;VALUE=DATE:20251118", "X-SAMAYREKHA-STATUS;X-ON=someday:held"), 1, Dropped, 7, "X-SAMAYREKHA-STATUS", "without a valid X-ON"},
		{"unknown status", cal("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-WHEN:2025-11-18", "DTSTART;VALUE=DATE:20251118", "X-SAMAYREKHA-STATUS;X-ON=2025-11-18:hold"), 1, Dropped, 7, "X-SAMAYREKHA-STATUS", `unknown status "hold"`},
		{"status source", cal("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-WHEN:2025-11-18", "DTSTART;VALUE=DATE:20251118", "X-SAMAYREKHA-STATUS;X-ON=2025-11-18;X-SOURCE=tass:held"), 1, Changed, 7, "X-SAMAYREKHA-STATUS", "names a source the event does not have"},
		{"attendee country", cal("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-WHEN:2025-11-18", "DTSTART;VALUE=DATE:20251118", "ATTENDEE;CN=B;X-COUNTRY=India:mailto:b@x.invalid"), 1, Dropped, 7, "ATTENDEE", "not an ISO 3166 code"},
		{"place zone", cal("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-WHEN:2025-11-18", "DTSTART;VALUE=DATE:20251118", "X-SAMAYREKHA-PLACE;X-TZID=Mars/Olympus:place"), 1, Dropped, 7, "X-SAMAYREKHA-PLACE", "unknown time zone"},
		{"relation to nothing", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "RELATED-TO:b"), 1, Dropped, 6, "RELATED-TO", "not in the file"},
		{"organizer", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "ORGANIZER;CN=Office:mailto:o@x.org"), 1, Dropped, 6, "ORGANIZER", "organizer"},
		{"unknown property", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"), 1, Dropped, 6, "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "no place for"},
		{"attendee address", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "ATTENDEE;CN=A:mailto:a@x.org"), 1, Dropped, 6, "ATTENDEE", "address"},
		{"partstat", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x.org"), 1, Dropped, 6, "ATTENDEE", "PARTSTAT of an attendee"},
		{"duplicate uid", cal("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "END:VEVENT", "BEGIN:VEVENT", "UID:a", "SUMMARY:y", "DTSTART;VALUE=DATE:20251119"), 1, Dropped, 2, "", "an older version of an event"},
		{"language de", cal("UID:a", "SUMMARY;LANGUAGE=de:Gipfeltreffen", "DTSTART;VALUE=DATE:20251118"), 1, Changed, 4, "SUMMARY", "LANGUAGE=de: the timeline has Hindi and English text only"},
		{"cyrillic", cal("UID:a", "SUMMARY:Саммит", "DTSTART;VALUE=DATE:20251118"), 1, Changed, 4, "SUMMARY", "language unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl, rep, err := Unmarshal([]byte(c.in), nil)
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if len(tl.Events) != c.events || rep.Events != c.events {
				t.Errorf("Unmarshal gave %d events (report: %d), want %d", len(tl.Events), rep.Events, c.events)
			}
			for _, n := range rep.Notes {
				if n.Kind == c.kind && n.Line == c.line && n.Property == c.prop && strings.Contains(n.Message, c.want) {
					return
				}
			}
			t.Errorf("no %s note at line %d, property %q, saying %q; the report:\n%s", c.kind, c.line, c.prop, c.want, rep)
		})
	}
}

// TestUnmarshalFoldInsideCharacter: RFC 5545 section 3.1 asks readers to
// restore a character that a simple writer folded in the middle of its
// UTF-8 bytes (अ is E0 A4 85).
func TestUnmarshalFoldInsideCharacter(t *testing.T) {
	in := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20250815\r\nSUMMARY:\xe0\xa4\r\n \x85गस्त\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	tl, _, err := Unmarshal([]byte(in), nil)
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if got, want := tl.Events[0].Title.Hi, "अगस्त"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}

// TestUnmarshalLanguage: SUMMARY's language comes from LANGUAGE, else
// from its script (issue 13: an English title was read as Hindi).
func TestUnmarshalLanguage(t *testing.T) {
	cases := []struct {
		name, summary string
		want          timeline.Text
	}{
		{"english without LANGUAGE", "SUMMARY:Summit in Delhi", timeline.Text{En: "Summit in Delhi"}},
		{"hindi without LANGUAGE", "SUMMARY:दिल्ली में शिखर सम्मेलन", timeline.Text{Hi: "दिल्ली में शिखर सम्मेलन"}},
		{"mostly hindi", "SUMMARY:G20 शिखर सम्मेलन", timeline.Text{Hi: "G20 शिखर सम्मेलन"}},
		{"LANGUAGE wins", "SUMMARY;LANGUAGE=hi:Modi meets Putin", timeline.Text{Hi: "Modi meets Putin"}},
		{"en-GB", "SUMMARY;LANGUAGE=en-GB:Summit", timeline.Text{En: "Summit"}},
		{"digits only", "SUMMARY:2025", timeline.Text{En: "2025"}},
		{"marathi in devanagari", "SUMMARY;LANGUAGE=mr:शिखर परिषद", timeline.Text{Hi: "शिखर परिषद"}},
		{"cyrillic", "SUMMARY:Саммит", timeline.Text{En: "Саммит"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl, _, err := Unmarshal([]byte(cal("UID:a", "DTSTART;VALUE=DATE:20251118", c.summary)), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := tl.Events[0].Title; got != c.want {
				t.Errorf("title = %+v, want %+v", got, c.want)
			}
		})
	}
}

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}
