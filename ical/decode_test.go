package ical

import (
	"errors"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
)

func TestUnmarshalErrors(t *testing.T) {
	// ev wraps lines in a VCALENDAR (line 1) and a VEVENT (line 2): the
	// first of lines is line 3.
	ev := func(lines ...string) string {
		return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	}
	// ours starts an event as Marshal writes one (X-SAMAYREKHA-WHEN on
	// line 6), so that what follows is read as ours.
	ours := func(lines ...string) string {
		return ev(append([]string{"UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-KIND:visit", "X-SAMAYREKHA-WHEN:day 2025-11-18"}, lines...)...)
	}
	cases := []struct {
		name, in string
		want     string // part of the error
		line     int    // the DecodeError's Line; 0 if the error is not about a place
		prop     string // the DecodeError's Property
	}{
		{"empty", "", "no VCALENDAR", 0, ""},

		// The structure of the file.
		{"end without begin", "END:VCALENDAR\r\n", "ical: line 1: END:VCALENDAR without BEGIN", 1, ""},
		{"never closed", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "ical: line 2: BEGIN:VEVENT is never closed", 2, ""},
		{"mismatched end", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\n", "END:VTODO closes BEGIN:VEVENT of line 2", 3, ""},
		{"outside", "SUMMARY:x\r\n", "ical: line 1: SUMMARY: outside any component", 1, "SUMMARY"},

		// Content lines.
		{"no name", "BEGIN:VCALENDAR\r\n:x\r\nEND:VCALENDAR\r\n", "ical: line 2: want a property name", 2, ""},
		{"no colon", "BEGIN:VCALENDAR\r\nSUMMARY\r\nEND:VCALENDAR\r\n", "ical: line 2: SUMMARY: want ':'", 2, "SUMMARY"},
		{"unterminated quote", "BEGIN:VCALENDAR\r\nX;CN=\"a:b\r\nEND:VCALENDAR\r\n", "X: parameter CN has an unterminated quoted value", 2, "X"},
		{"stray quote", "BEGIN:VCALENDAR\r\nX;CN=a\"b:c\r\nEND:VCALENDAR\r\n", "stray double quote", 2, "X"},
		{"folded line numbers", "BEGIN:VCALENDAR\r\nX-A:1\r\n 2\r\n 3\r\nX;=:v\r\nEND:VCALENDAR\r\n", "malformed parameter", 5, "X"},
		{"not utf-8", "BEGIN:VCALENDAR\r\nX:\xff\r\nEND:VCALENDAR\r\n", "ical: line 2: X: not valid UTF-8", 2, "X"},
		{"not utf-8 after a fold", "BEGIN:VCALENDAR\r\nX-A:1\r\nSUMMARY:\xe0\xa4\r\n \xa5\xff\r\nEND:VCALENDAR\r\n", "ical: line 3: SUMMARY: not valid UTF-8", 3, "SUMMARY"},
		{"not utf-8 before a name", "BEGIN:VCALENDAR\r\n\xffX:1\r\nEND:VCALENDAR\r\n", "ical: line 2: not valid UTF-8", 2, ""},
		{"lower-case name", "BEGIN:VCALENDAR\r\nx-a;p:v\r\nEND:VCALENDAR\r\n", "ical: line 2: X-A: malformed parameter", 2, "X-A"},

		// Properties an event needs, at the BEGIN:VEVENT.
		{"no uid", ev("SUMMARY:x", "DTSTART;VALUE=DATE:20251118"), "ical: line 2: UID: missing from the VEVENT", 2, "UID"},
		{"no date", ev("UID:a", "SUMMARY:x"), "DTSTART: missing", 2, "DTSTART"},
		{"no summary", ev("UID:a", "DTSTART;VALUE=DATE:20251118"), "SUMMARY: missing", 2, "SUMMARY"},

		// Values, at their property.
		{"floating", ev("UID:a", "SUMMARY:x", "DTSTART:20251118T190000"), `ical: line 5: DTSTART: floating time "20251118T190000" has no zone`, 5, "DTSTART"},
		{"bad date", ev("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:2025111"), "not a DATE", 5, "DTSTART"},
		{"bad end", ev("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "DTEND:soon"), "not a DATE-TIME", 6, "DTEND"},
		{"end before start", ev("UID:a", "SUMMARY:x", "DTSTART;TZID=Europe/Moscow:20251118T190000", "DTEND;TZID=Europe/Moscow:20251118T180000"), "ical: line 6: DTEND: date: span ends", 6, "DTEND"},
		{"bad when", ev("UID:a", "SUMMARY:x", "X-SAMAYREKHA-WHEN:fortnight 2025-11-18"), `unknown precision "fortnight"`, 5, "X-SAMAYREKHA-WHEN"},
		{"bad when date", ev("UID:a", "SUMMARY:x", "X-SAMAYREKHA-WHEN:day 2025-02-30"), "2025-02-30", 5, "X-SAMAYREKHA-WHEN"},
		{"bad geo", ev("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "GEO:north"), `GEO: "north": want latitude;longitude`, 6, "GEO"},
		{"blank summary", ev("UID:a", "SUMMARY: ", "DTSTART;VALUE=DATE:20251118"), "SUMMARY: blank", 4, "SUMMARY"},
		{"folded blank summary", ev("UID:a", "DTSTART;VALUE=DATE:20251118", "SUMMARY:", "  ", " \t"), "SUMMARY: blank", 5, "SUMMARY"},
		{"bad status date", ours("X-SAMAYREKHA-STATUS;X-ON=someday:held"), "X-ON", 7, "X-SAMAYREKHA-STATUS"},
		{"bad previous date", ours("X-SAMAYREKHA-STATUS;X-ON=2025-11-18;X-PREVIOUS=later:rescheduled"), "X-PREVIOUS", 7, "X-SAMAYREKHA-STATUS"},
		{"bad source date", ours("X-SAMAYREKHA-SOURCE;X-OUTLET=TASS;X-REPORTED=2025-13-01:tass"), `source "tass": X-REPORTED`, 7, "X-SAMAYREKHA-SOURCE"},

		// An event that does not validate, at the property the first
		// problem comes from.
		{"unknown zone", ev("UID:a", "SUMMARY:x", "DTSTART;TZID=Mars/Olympus:20251118T190000"), `ical: line 5: DTSTART: timeline: events[0].when.zone: unknown time zone "Mars/Olympus"`, 5, "DTSTART"},
		{"unknown kind", ev("UID:a@samayrekha", "SUMMARY:x", "X-SAMAYREKHA-KIND:summitt", "X-SAMAYREKHA-WHEN:day 2025-11-18"),
			"ical: line 5: X-SAMAYREKHA-KIND: timeline: events[0].kind: unknown kind", 5, "X-SAMAYREKHA-KIND"},
		{"second attendee", ours("ATTENDEE;CN=A;X-COUNTRY=IN:mailto:a@x.invalid", "ATTENDEE;CN=B;X-COUNTRY=India:mailto:b@x.invalid"), "events[0].participants[1].country", 8, "ATTENDEE"},
		{"second status", ours("X-SAMAYREKHA-STATUS;X-ON=2025-11-18:held", "X-SAMAYREKHA-STATUS;X-ON=2025-11-19:hold"), "events[0].history[1].status", 8, "X-SAMAYREKHA-STATUS"},
		{"status source", ours("X-SAMAYREKHA-STATUS;X-ON=2025-11-18;X-SOURCE=tass:held"), "events[0].history[0].source", 7, "X-SAMAYREKHA-STATUS"},
		{"place zone", ours("X-SAMAYREKHA-PLACE;X-TZID=Mars/Olympus:place"), "events[0].place.timezone", 7, "X-SAMAYREKHA-PLACE"},
		{"coordinates", ours("GEO:91;0"), "events[0].place.coords", 7, "GEO"},
		{"second sibling", ours("RELATED-TO;RELTYPE=SIBLING:a@samayrekha", "RELATED-TO;RELTYPE=SIBLING:b@samayrekha"), "events[0].related[1]", 8, "RELATED-TO"},
		{"parent", ours("RELATED-TO;RELTYPE=SIBLING:b@samayrekha", "RELATED-TO:a@samayrekha"), "events[0].part_of", 8, "RELATED-TO"},
		{"duplicate id", ev("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "END:VEVENT", "BEGIN:VEVENT", "UID:a", "SUMMARY:y", "DTSTART;VALUE=DATE:20251119"),
			"events[1].id: duplicate", 8, "UID"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl, err := Unmarshal([]byte(c.in))
			if err == nil || tl != nil {
				t.Fatalf("Unmarshal = %v, %v; want an error containing %q", tl, err, c.want)
			}
			if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "ical: ") {
				t.Errorf("Unmarshal error = %q, want one starting \"ical: \" and containing %q", err, c.want)
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				if c.line != 0 {
					t.Errorf("Unmarshal error = %#v, want a *DecodeError at line %d, %s", err, c.line, c.prop)
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

// TestUnmarshalErrorsKeepTheirCause: errors from timeline keep their type
// behind the DecodeError.
func TestUnmarshalErrorsKeepTheirCause(t *testing.T) {
	_, err := Unmarshal([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nDTSTART;TZID=Mars/Olympus:20251118T190000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	var ve *timeline.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 1 {
		t.Errorf("Unmarshal error = %v, want one wrapping a *timeline.ValidationError with one problem", err)
	}
}

// TestUnmarshalFoldInsideCharacter: RFC 5545 section 3.1 asks readers to
// restore a character that a simple writer folded in the middle of its
// UTF-8 bytes (अ is E0 A4 85).
func TestUnmarshalFoldInsideCharacter(t *testing.T) {
	in := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20250815\r\nSUMMARY:\xe0\xa4\r\n \x85गस्त\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	tl, err := Unmarshal([]byte(in))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if got, want := tl.Events[0].Title.Hi, "अगस्त"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}
