package date_test

import (
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline/date"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    date.Date
		wantErr string // a piece of the error; "" for success
	}{
		{in: "2025-11-18", want: civil(2025, 11, 18)},
		{in: "2024-02-29", want: civil(2024, 2, 29)},
		{in: "2000-02-29", want: civil(2000, 2, 29)},
		{in: "0000-01-01", want: civil(0, 1, 1)},
		{in: "9999-12-31", want: civil(9999, 12, 31)},
		{in: "2025-02-29", wantErr: "day 29 out of range for February 2025"},
		{in: "1900-02-29", wantErr: "day 29 out of range for February 1900"},
		{in: "2025-02-30", wantErr: "day 30 out of range"},
		{in: "2025-04-31", wantErr: "day 31 out of range for April"},
		{in: "2025-13-01", wantErr: "month 13 out of range"},
		{in: "2025-00-10", wantErr: "month 0 out of range"},
		{in: "2025-11-00", wantErr: "day 0 out of range"},
		{in: "25-11-18", wantErr: "want YYYY-MM-DD"},
		{in: "2025-1-18", wantErr: "want YYYY-MM-DD"},
		{in: "2025/11/18", wantErr: "want YYYY-MM-DD"},
		{in: "2025-11-18T00:00", wantErr: "want YYYY-MM-DD"},
		{in: " 2025-11-18", wantErr: "want YYYY-MM-DD"},
		{in: "+025-11-18", wantErr: "want YYYY-MM-DD"},
		{in: "2025-+1-18", wantErr: "want YYYY-MM-DD"},
		{in: "२०२५-११-१८", wantErr: "want YYYY-MM-DD"},
		{in: "", wantErr: "want YYYY-MM-DD"},
	}
	for _, tc := range tests {
		got, err := date.Parse(tc.in)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("ParseDate(%q) error %v, want %v", tc.in, err, tc.want)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("ParseDate(%q) = %v, %v; want an error containing %q", tc.in, got, err, tc.wantErr)
		case tc.wantErr == "" && got != tc.want:
			t.Errorf("ParseDate(%q) = %v, want %v", tc.in, got, tc.want)
		case tc.wantErr != "" && err != nil && !strings.Contains(err.Error(), tc.in):
			t.Errorf("ParseDate(%q) error %q does not quote its input", tc.in, err)
		}
	}
}

func TestDateOfNormalises(t *testing.T) {
	tests := []struct {
		y        int
		m        time.Month
		d        int
		want     string
		weekday  time.Weekday
		addDays  int
		plusDays string
	}{
		{2025, time.November, 18, "2025-11-18", time.Tuesday, 13, "2025-12-01"},
		{2025, time.February, 30, "2025-03-02", time.Sunday, -2, "2025-02-28"},
		{2025, time.December, 32, "2026-01-01", time.Thursday, -366, "2024-12-31"},
		{2024, time.February, 29, "2024-02-29", time.Thursday, 365, "2025-02-28"},
		{2025, 13, 1, "2026-01-01", time.Thursday, 0, "2026-01-01"},
	}
	for _, tc := range tests {
		d := date.Of(tc.y, tc.m, tc.d)
		if d.String() != tc.want {
			t.Errorf("DateOf(%d, %d, %d) = %v, want %s", tc.y, tc.m, tc.d, d, tc.want)
		}
		if d.Weekday() != tc.weekday {
			t.Errorf("%v.Weekday() = %v, want %v", d, d.Weekday(), tc.weekday)
		}
		if got := d.AddDays(tc.addDays).String(); got != tc.plusDays {
			t.Errorf("%v.AddDays(%d) = %s, want %s", d, tc.addDays, got, tc.plusDays)
		}
	}
}

func TestDateCompare(t *testing.T) {
	ordered := []date.Date{{}, civil(0, 1, 1), civil(2024, 12, 31), civil(2025, 1, 1), civil(2025, 1, 2), civil(2025, 2, 1), civil(2026, 1, 1)}
	for i, a := range ordered {
		for j, b := range ordered {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = +1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%q.Compare(%q) = %d, want %d", a, b, got, want)
			}
			if a.Before(b) != (want < 0) || a.After(b) != (want > 0) {
				t.Errorf("%q.Before/After(%q) disagree with Compare", a, b)
			}
		}
	}
}

// TestDateIsNotAnInstant checks that a Date carries no zone: the same Date
// begins at different instants in Moscow and Kolkata, and the Date of an
// instant depends on where it is observed.
func TestDateIsNotAnInstant(t *testing.T) {
	moscow, _ := date.LoadZone("Europe/Moscow")
	kolkata, _ := date.LoadZone("Asia/Kolkata")
	d := civil(2025, 11, 18)
	if got, want := d.In(moscow).UTC().Format(time.RFC3339), "2025-11-17T21:00:00Z"; got != want {
		t.Errorf("%v.In(Moscow) = %s, want %s", d, got, want)
	}
	if got, want := d.In(kolkata).UTC().Format(time.RFC3339), "2025-11-17T18:30:00Z"; got != want {
		t.Errorf("%v.In(Kolkata) = %s, want %s", d, got, want)
	}
	instant := time.Date(2025, 11, 17, 20, 0, 0, 0, time.UTC)
	if got := date.FromTime(instant.In(kolkata)); got != d {
		t.Errorf("DateFromTime(%v in Kolkata) = %v, want %v", instant, got, d)
	}
	if got := date.FromTime(instant.In(moscow)); got != civil(2025, 11, 17) {
		t.Errorf("DateFromTime(%v in Moscow) = %v, want 2025-11-17", instant, got)
	}
}

func TestDateText(t *testing.T) {
	var zero date.Date
	if !zero.IsZero() || zero.String() != "" {
		t.Errorf("zero Date: IsZero %v, String %q; want true, \"\"", zero.IsZero(), zero.String())
	}
	d := civil(2025, 11, 18)
	b, err := d.MarshalText()
	if err != nil || string(b) != "2025-11-18" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	var got date.Date
	if err := got.UnmarshalText(b); err != nil || got != d {
		t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, d)
	}
	if err := got.UnmarshalText(nil); err != nil || !got.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Date", got, err)
	}
	got = d
	if err := got.UnmarshalText([]byte("2025-02-30")); err == nil || got != d {
		t.Errorf("UnmarshalText(bad) = %v, %v; want an error and the Date unchanged", got, err)
	}
}
