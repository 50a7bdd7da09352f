package hindidate

import (
	"testing"
	"time"
)

func TestFormat(t *testing.T) {
	ist := mustLoad(t, "Asia/Kolkata")
	at := time.Date(2025, time.November, 18, 17, 5, 0, 0, ist)
	dec5 := time.Date(2025, time.December, 5, 0, 0, 0, 0, ist)
	for _, tc := range []struct {
		t      time.Time
		layout string
		opts   FormatOptions
		want   string
	}{
		{at, "2 January 2006, Monday", FormatOptions{}, "18 नवंबर 2025, मंगलवार"},
		{dec5, "2 January 2006 के आसपास", FormatOptions{}, "5 दिसंबर 2025 के आसपास"},
		{at, "2 January 2006", FormatOptions{Digits: DevanagariDigits}, "१८ नवंबर २०२५"},
		{at, "Mon, 02 Jan 2006 15:04", FormatOptions{}, "मंगलवार, 18 नवंबर 2025 17:05"},
		{at, "PM 3:04 बजे", FormatOptions{}, "शाम 5:05 बजे"},
		{at, "pm 3 बजे", FormatOptions{Digits: DevanagariDigits}, "शाम ५ बजे"},
		{at.Add(-7 * time.Hour), "PM 3 बजे", FormatOptions{}, "सुबह 10 बजे"},
		{at.Add(-3 * time.Hour), "PM 3 बजे", FormatOptions{}, "दोपहर 2 बजे"},
		{at.Add(4 * time.Hour), "PM 3 बजे", FormatOptions{}, "रात 9 बजे"},
		{at, "02.01.2006", FormatOptions{}, "18.11.2025"},
		{time.Date(2025, time.November, 21, 0, 30, 0, 0, ist), "2 January 2006 PM 3:04 बजे", FormatOptions{}, "20 नवंबर 2025 रात 12:30 बजे"},
		{time.Date(2025, time.November, 21, 0, 0, 0, 0, ist), "Monday 2 January PM 3 बजे", FormatOptions{}, "गुरुवार 20 नवंबर रात 12 बजे"},
		{time.Date(2026, time.January, 1, 0, 59, 0, 0, ist), "2 January 2006 pm 3:04", FormatOptions{}, "31 दिसंबर 2025 रात 12:59"},
		{time.Date(2025, time.November, 21, 0, 30, 0, 0, ist), "2 January 2006 15:04", FormatOptions{}, "21 नवंबर 2025 00:30"},
		{time.Date(2025, time.November, 21, 1, 30, 0, 0, ist), "2 January PM 3:04 बजे", FormatOptions{}, "21 नवंबर रात 1:30 बजे"},
		{at, "Month Janet", FormatOptions{}, "Month Janet"},
		{time.Date(2026, time.February, 1, 0, 0, 0, 0, ist), "January", FormatOptions{}, "फ़रवरी"},
		{at, "", FormatOptions{}, ""},
	} {
		if got := FormatWith(tc.t, tc.layout, tc.opts); got != tc.want {
			t.Errorf("FormatWith(%v, %q, %+v) = %q, want %q", tc.t, tc.layout, tc.opts, got, tc.want)
		}
		if tc.opts == (FormatOptions{}) {
			if got := Format(tc.t, tc.layout); got != tc.want {
				t.Errorf("Format(%v, %q) = %q, want %q", tc.t, tc.layout, got, tc.want)
			}
		}
	}
}

func TestNames(t *testing.T) {
	if MonthName(time.November) != "नवंबर" || MonthName(13) != "%!Month(13)" {
		t.Error("MonthName")
	}
	if WeekdayName(time.Tuesday) != "मंगलवार" || WeekdayName(7) != "%!Weekday(7)" {
		t.Error("WeekdayName")
	}
}

// TestFormatParseRoundTrip formats every hour and day of a year and parses
// the text back.
func TestFormatParseRoundTrip(t *testing.T) {
	ref := testRef(t)
	loc := ref.Location()
	for day := 0; day < 366; day += 7 {
		for h := 0; h < 24; h++ {
			at := time.Date(2025, time.January, 1+day, h, 0, 0, 0, loc)
			for _, opts := range []FormatOptions{{}, {Digits: DevanagariDigits}} {
				s := FormatWith(at, "2 January 2006 को PM 3 बजे", opts)
				d, err := Parse(s, ref)
				if err != nil {
					t.Fatalf("Parse(Format(%v) = %q): %v", at, s, err)
				}
				if !d.Start.Equal(at) || d.Granularity != Hour || d.Ambiguous {
					t.Fatalf("Parse(%q) = %v, want %v", s, d, at)
				}
			}
		}
	}
}

// TestFormatParseRoundTripMinutes formats every hour of a few days, with
// minutes, in a part-of-day layout and parses the text back: 00:MM is
// written as रात 12:MM of the day before and must come back as the same
// instant.
func TestFormatParseRoundTripMinutes(t *testing.T) {
	ref := testRef(t)
	loc := ref.Location()
	for _, day := range []time.Time{
		time.Date(2025, time.November, 21, 0, 0, 0, 0, loc),
		time.Date(2026, time.January, 1, 0, 0, 0, 0, loc),
		time.Date(2024, time.March, 1, 0, 0, 0, 0, loc),
	} {
		for h := 0; h < 24; h++ {
			for _, min := range []int{0, 1, 15, 30, 59} {
				at := day.Add(time.Duration(h)*time.Hour + time.Duration(min)*time.Minute)
				s := Format(at, "2 January 2006 PM 3:04 बजे")
				d, err := Parse(s, ref)
				if err != nil {
					t.Fatalf("Parse(Format(%v) = %q): %v", at, s, err)
				}
				if !d.Start.Equal(at) || d.Granularity != Minute || d.Ambiguous {
					t.Fatalf("Parse(Format(%v) = %q) = %s, want %v", at, s, show(d), at)
				}
			}
		}
	}
}
