package ical

import (
	"errors"
	"strings"
	"testing"
)

func TestUnmarshalErrors(t *testing.T) {
	ev := func(lines ...string) string {
		return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	}
	cases := []struct {
		name, in string
		want     string // part of the error
		line     int    // the SyntaxError's line, 0 if not a syntax error
	}{
		{"empty", "", "no VCALENDAR", 0},
		{"not utf-8", "BEGIN:VCALENDAR\r\nX:\xff\r\nEND:VCALENDAR\r\n", "not valid UTF-8", 0},
		{"end without begin", "END:VCALENDAR\r\n", "END:VCALENDAR without BEGIN", 1},
		{"never closed", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "BEGIN:VEVENT is never closed", 2},
		{"mismatched end", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\n", "END:VTODO closes BEGIN:VEVENT of line 2", 3},
		{"outside", "SUMMARY:x\r\n", "property SUMMARY outside any component", 1},
		{"no name", "BEGIN:VCALENDAR\r\n:x\r\nEND:VCALENDAR\r\n", "want a property name", 2},
		{"no colon", "BEGIN:VCALENDAR\r\nSUMMARY\r\nEND:VCALENDAR\r\n", "SUMMARY: want ':'", 2},
		{"unterminated quote", "BEGIN:VCALENDAR\r\nX;CN=\"a:b\r\nEND:VCALENDAR\r\n", "unterminated quoted value", 2},
		{"stray quote", "BEGIN:VCALENDAR\r\nX;CN=a\"b:c\r\nEND:VCALENDAR\r\n", "stray double quote", 2},
		{"folded line numbers", "BEGIN:VCALENDAR\r\nX-A:1\r\n 2\r\n 3\r\nX;=:v\r\nEND:VCALENDAR\r\n", "malformed parameter", 5},
		{"no uid", ev("SUMMARY:x", "DTSTART;VALUE=DATE:20251118"), "no UID", 0},
		{"no date", ev("UID:a", "SUMMARY:x"), "no DTSTART", 0},
		{"floating", ev("UID:a", "SUMMARY:x", "DTSTART:20251118T190000"), "floating time", 0},
		{"bad date", ev("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:2025111"), "not a DATE", 0},
		{"bad when", ev("UID:a", "SUMMARY:x", "X-SAMAYREKHA-WHEN:fortnight 2025-11-18"), `unknown precision "fortnight"`, 0},
		{"bad when date", ev("UID:a", "SUMMARY:x", "X-SAMAYREKHA-WHEN:day 2025-02-30"), "2025-02-30", 0},
		{"bad geo", ev("UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20251118", "GEO:north"), "GEO \"north\"", 0},
		{"blank summary", ev("UID:a", "SUMMARY: ", "DTSTART;VALUE=DATE:20251118"), "blank", 0},
		{"unknown zone", ev("UID:a", "SUMMARY:x", "DTSTART;TZID=Mars/Olympus:20251118T190000"), `unknown time zone "Mars/Olympus"`, 0},
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
			var se *SyntaxError
			if errors.As(err, &se) != (c.line != 0) || (se != nil && se.Line != c.line) {
				t.Errorf("Unmarshal error = %#v, want a SyntaxError at line %d", err, c.line)
			}
		})
	}
}
