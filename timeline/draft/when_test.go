package draft_test

import (
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline/draft"
)

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestWhenOf(t *testing.T) {
	ist := mustZone(t, "Asia/Kolkata")
	msk := mustZone(t, "Europe/Moscow")
	fixed := time.FixedZone("", 5*3600+1800)
	at := func(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	tests := []struct {
		name     string
		in       hindidate.Date
		want     string // When.String()
		wantNote string // a substring of one note, or "" for no notes
	}{
		{"zero", hindidate.Date{}, "", "no date"},
		{"day", hindidate.Date{Start: at(ist, 2025, 11, 18, 0, 0), End: at(ist, 2025, 11, 19, 0, 0), Granularity: hindidate.Day},
			"2025-11-18[Asia/Kolkata]", ""},
		{"approximate day", hindidate.Date{Start: at(ist, 2025, 12, 5, 0, 0), End: at(ist, 2025, 12, 6, 0, 0), Granularity: hindidate.Day, Approximate: true},
			"2025-12-05~2d[Asia/Kolkata]", "±2 days"},
		{"span of days", hindidate.Date{Start: at(ist, 2025, 12, 4, 0, 0), End: at(ist, 2025, 12, 6, 0, 0), Granularity: hindidate.Day},
			"2025-12-04/2025-12-05[Asia/Kolkata]", ""},
		{"ISO week", hindidate.Date{Start: at(ist, 2025, 12, 8, 0, 0), End: at(ist, 2025, 12, 15, 0, 0), Granularity: hindidate.Week},
			"2025-W50[Asia/Kolkata]", ""},
		{"week that is not an ISO week", hindidate.Date{Start: at(ist, 2026, 3, 1, 0, 0), End: at(ist, 2026, 3, 8, 0, 0), Granularity: hindidate.Week},
			"2026-03-01/2026-03-07[Asia/Kolkata]", "not a Monday-to-Sunday week"},
		{"month", hindidate.Date{Start: at(ist, 2025, 12, 1, 0, 0), End: at(ist, 2026, 1, 1, 0, 0), Granularity: hindidate.Month},
			"2025-12[Asia/Kolkata]", ""},
		{"approximate month", hindidate.Date{Start: at(ist, 2026, 3, 1, 0, 0), End: at(ist, 2026, 4, 1, 0, 0), Granularity: hindidate.Month, Approximate: true},
			"2026-03[Asia/Kolkata]", "approximate month kept as the whole month"},
		{"months", hindidate.Date{Start: at(ist, 2025, 11, 1, 0, 0), End: at(ist, 2026, 1, 1, 0, 0), Granularity: hindidate.Month},
			"2025-11/2025-12[Asia/Kolkata]", ""},
		{"year", hindidate.Date{Start: at(ist, 2026, 1, 1, 0, 0), End: at(ist, 2027, 1, 1, 0, 0), Granularity: hindidate.Year},
			"2026[Asia/Kolkata]", ""},
		{"hour", hindidate.Date{Start: at(ist, 2026, 2, 13, 17, 0), End: at(ist, 2026, 2, 13, 18, 0), Granularity: hindidate.Hour},
			"2026-02-13T17[Asia/Kolkata]", ""},
		{"minute in a zone the text named", hindidate.Date{Start: at(msk, 2025, 11, 18, 19, 30), End: at(msk, 2025, 11, 18, 19, 31), Granularity: hindidate.Minute},
			"2025-11-18T19:30[Europe/Moscow]", ""},
		{"evening", hindidate.Date{Start: at(ist, 2025, 11, 21, 16, 0), End: at(ist, 2025, 11, 21, 20, 0), Granularity: hindidate.Hour},
			"2025-11-21T16/2025-11-21T20[Asia/Kolkata]", "16:00–20:00"},
		{"late night, past midnight", hindidate.Date{Start: at(ist, 2026, 3, 1, 20, 0), End: at(ist, 2026, 3, 2, 4, 0), Granularity: hindidate.Hour},
			"2026-03-01[Asia/Kolkata]", "past midnight: kept as the day it starts"},
		{"hours over two midnights keep their hours", hindidate.Date{Start: at(ist, 2026, 3, 1, 20, 0), End: at(ist, 2026, 3, 3, 4, 0), Granularity: hindidate.Hour},
			"2026-03-01T20/2026-03-03T04[Asia/Kolkata]", "20:00–04:00"},
		{"time in a fixed offset", hindidate.Date{Start: at(fixed, 2026, 2, 13, 17, 0), End: at(fixed, 2026, 2, 13, 18, 0), Granularity: hindidate.Hour},
			"2026-02-13", "time of day 17:00 dropped"},
		{"ambiguous", hindidate.Date{Start: at(ist, 2026, 2, 9, 0, 0), End: at(ist, 2026, 2, 10, 0, 0), Granularity: hindidate.Day,
			Ambiguous: true, AltStart: at(ist, 2026, 2, 11, 0, 0), AltEnd: at(ist, 2026, 2, 12, 0, 0)},
			"2026-02-09[Asia/Kolkata]", "could also be 2026-02-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes := draft.WhenOf(tt.in)
			if got.String() != tt.want {
				t.Errorf("WhenOf(%v) = %s, want %s", tt.in, got, tt.want)
			}
			if err := got.Check(); err != nil {
				t.Errorf("WhenOf(%v) = %s fails Check: %v", tt.in, got, err)
			}
			joined := strings.Join(notes, "\n")
			if tt.wantNote == "" && len(notes) > 0 {
				t.Errorf("WhenOf(%v) notes = %q, want none", tt.in, notes)
			}
			if !strings.Contains(joined, tt.wantNote) {
				t.Errorf("WhenOf(%v) notes = %q, want one containing %q", tt.in, notes, tt.wantNote)
			}
		})
	}
}
