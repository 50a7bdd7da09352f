package ical

import (
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

// offsetAt evaluates a VTIMEZONE as a reader does: the observance with the
// latest onset at or before the instant u gives the offset (seconds east).
func offsetAt(t *testing.T, vt *ics.VTimezone, u time.Time) (int, bool) {
	t.Helper()
	best, found := 0, false
	var bestOnset time.Time
	for _, c := range vt.Components {
		var props []ics.IANAProperty
		switch o := c.(type) {
		case *ics.Standard:
			props = o.Properties
		case *ics.Daylight:
			props = o.Properties
		default:
			t.Fatalf("unexpected sub-component %T", c)
		}
		get := func(name string) string {
			for _, p := range props {
				if p.IANAToken == name {
					return p.Value
				}
			}
			t.Fatalf("observance without %s", name)
			return ""
		}
		local, err := time.Parse("20060102T150405", get("DTSTART"))
		if err != nil {
			t.Fatal(err)
		}
		from, to := parseOffset(t, get("TZOFFSETFROM")), parseOffset(t, get("TZOFFSETTO"))
		onset := local.Add(-time.Duration(from) * time.Second) // DTSTART is local time before the change
		if !onset.After(u) && (!found || onset.After(bestOnset)) {
			best, bestOnset, found = to, onset, true
		}
	}
	return best, found
}

func parseOffset(t *testing.T, s string) int {
	t.Helper()
	if len(s) != 5 && len(s) != 7 {
		t.Fatalf("bad UTC-OFFSET %q", s)
	}
	n := func(a string) int { return int(a[0]-'0')*10 + int(a[1]-'0') }
	sec := n(s[1:3])*3600 + n(s[3:5])*60
	if len(s) == 7 {
		sec += n(s[5:7])
	}
	if s[0] == '-' {
		sec = -sec
	}
	return sec
}

// TestVTimezone checks, hour by hour over the years covered, that each
// generated VTIMEZONE gives the offset Go's zone database gives, for zones
// with DST rules that changed (Moscow), half- and quarter-hour offsets
// (Kolkata, Kathmandu, St John's), a half-hour DST shift (Lord Howe),
// southern-hemisphere DST (Sydney), "negative DST" (Dublin), a skipped day
// (Apia, 2011) and Ramadan suspensions (Casablanca).
func TestVTimezone(t *testing.T) {
	cases := []struct {
		zone        string
		first, last int
	}{
		{"Europe/Moscow", 2009, 2015},
		{"Europe/Moscow", 2025, 2026},
		{"Asia/Kolkata", 2025, 2025},
		{"Asia/Kathmandu", 1985, 1987},
		{"America/New_York", 2025, 2026},
		{"America/St_Johns", 2024, 2025},
		{"Australia/Lord_Howe", 2025, 2025},
		{"Australia/Sydney", 2025, 2025},
		{"Europe/Dublin", 2024, 2025},
		{"Pacific/Apia", 2011, 2012},
		{"Africa/Casablanca", 2024, 2025},
		{"UTC", 2025, 2025},
		{"America/New_York", 2036, 2045}, // rule-string years; ZoneBounds sticks at the end of 2040
		{"Australia/Sydney", 2038, 2042}, // DST across the new year in rule-string years
		{"Europe/Moscow", 2424, 2426},
	}
	for _, c := range cases {
		t.Run(c.zone, func(t *testing.T) {
			loc, err := time.LoadLocation(c.zone)
			if err != nil {
				t.Fatal(err)
			}
			vt := vtimezone(c.zone, loc, c.first, c.last)
			from := time.Date(c.first, 1, 1, 0, 0, 0, 0, loc)
			to := time.Date(c.last+1, 1, 1, 0, 0, 0, 0, loc)
			bad := 0
			// Every observance after the first changes something; none is
			// one of ZoneBounds' new-year boundaries.
			prev := ""
			for i, c := range vt.Components {
				lw := &lineWriter{}
				lw.component(c)
				body := string(lw.buf)
				from := body[strings.Index(body, "TZOFFSETFROM:")+13:]
				to := body[strings.Index(body, "TZOFFSETTO:")+11:]
				name := body[strings.Index(body, "TZNAME:")+7:]
				key := to[:5] + name[:strings.Index(name, "\r")] + body[:12]
				if i > 0 && from[:5] == to[:5] && key == prev {
					t.Errorf("observance %d changes nothing:\n%s", i, body)
				}
				prev = key
			}
			for u := from; u.Before(to); u = u.Add(time.Hour) {
				_, want := u.Zone()
				got, ok := offsetAt(t, vt, u.UTC())
				if !ok || got != want {
					bad++
					if bad <= 3 {
						t.Errorf("%s at %s: VTIMEZONE gives %+d s (found %v), Go gives %+d s", c.zone, u.UTC().Format(time.RFC3339), got, ok, want)
					}
				}
			}
			// The local wall times of the covered years also map to the
			// same instants as in Go (what a reader does with DTSTART).
			var b strings.Builder
			lw := &lineWriter{}
			lw.component(vt)
			b.Write(lw.buf)
			if !strings.HasPrefix(b.String(), "BEGIN:VTIMEZONE\r\nTZID:"+c.zone+"\r\n") {
				t.Errorf("VTIMEZONE does not start with its TZID:\n%s", b.String())
			}
		})
	}
}

func TestFormatOffset(t *testing.T) {
	for _, c := range []struct {
		sec  int
		want string
	}{{0, "+0000"}, {3 * 3600, "+0300"}, {19800, "+0530"}, {20700, "+0545"}, {-5 * 3600, "-0500"}, {-12600, "-0330"}, {9017, "+023017"}} {
		if got := formatOffset(c.sec); got != c.want {
			t.Errorf("formatOffset(%d) = %q, want %q", c.sec, got, c.want)
		}
	}
}
