package date_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// TestWhenTextRoundTrip checks that every When of the constructor table
// reads back from its text form, through ParseWhen, UnmarshalText and a
// field tagged omitempty.
func TestWhenTextRoundTrip(t *testing.T) {
	for _, tc := range whenTests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.when.MarshalText()
			require.NoError(t, err)
			if string(b) != tc.when.String() {
				t.Errorf("MarshalText = %q, String = %q; want one form", b, tc.when.String())
			}
			var back date.When
			require.NoError(t, back.UnmarshalText(b))
			if back != tc.when {
				t.Errorf("UnmarshalText(%q) = %#v, want %#v", b, back, tc.when)
			}
			type holder struct {
				W date.When `json:"w,omitempty"`
			}
			js, err := json.Marshal(holder{tc.when})
			require.NoError(t, err)
			var h holder
			require.NoError(t, json.Unmarshal(js, &h), "%s", js)
			if h.W != tc.when {
				t.Errorf("JSON object round trip of %v via %s = %v", tc.when, js, h.W)
			}
		})
	}
}

func TestParseWhen(t *testing.T) {
	kolkata := "Asia/Kolkata"
	d := civil(2025, 11, 18)
	valid := []struct {
		in   string
		want date.When
	}{
		{"2025-11-18T19:05[Europe/Moscow]", date.AtClock(d, 19, 5, "Europe/Moscow")},
		{"2025-11-18T17[Asia/Kolkata]", date.AtHour(d, 17, kolkata)},
		{"2025-11-18", date.OnDay(d)},
		{"2025-12-05~2d[Asia/Kolkata]", date.AroundDay(civil(2025, 12, 5), 2).WithZone(kolkata)},
		{"2025-W47", date.InWeek(2025, 47)},
		{"2025-11", date.InMonth(2025, time.November)},
		{"2025", date.InYear(2025)},
		{"<2025-11-18", date.Before(d)},
		{">2025-11-18[Europe/Moscow]", date.After(d).WithZone("Europe/Moscow")},
		{"2025-12-05/2025-12-07", until(date.OnDay(civil(2025, 12, 5)), date.OnDay(civil(2025, 12, 7)))},
		{"2025-11-18T22:30/2025-11-19T01:15[Europe/Moscow]", until(date.AtClock(d, 22, 30, "Europe/Moscow"), date.AtClock(d.AddDays(1), 1, 15, "Europe/Moscow"))},
	}
	for _, tc := range valid {
		got, err := date.ParseWhen(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseWhen(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	invalid := []struct{ in, want string }{
		{"", "is not a date"},
		{"18 November", "is not a date"},
		{"2025-11-18T19:05", "needs an IANA time zone"},
		{"2025-11-18T19:05[Mars/Olympus]", `unknown time zone "Mars/Olympus"`},
		{"2025-11-18[]", "empty zone"},
		{"2025-11-18]", `"]" without "["`},
		{"2025-02-30", "day 30 out of range"},
		{"2025-W53", "no such ISO week"},
		{"2025-13", "want YYYY-MM"},
		{"2025-11-18T24", "time of day out of range"},
		{"2025-12-07/2025-12-05", "span ends (2025-12-05) before it starts (2025-12-07)"},
		{"2025-12-05/2025-12", "does not have the precision of its start"},
		{"<2025-12-05/2025-12-07", "a bound (before/after) cannot have an end"},
		{"<2025-12-05~2d", "cannot be approximate"},
		{"2025-12~2d", "only a day can be approximate"},
		{"2025-12-05~400d", "want ~Nd with N from 1 to 366"},
		{"2025-12-05~2", "want ~Nd"},
	}
	for _, tc := range invalid {
		got, err := date.ParseWhen(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.in) {
			t.Errorf("ParseWhen(%q) = %v, %v; want an error quoting the input and containing %q", tc.in, got, err, tc.want)
		}
	}
}

// TestWhenStringInvalid checks that an invalid When never prints as a
// valid one and cannot be marshalled.
func TestWhenStringInvalid(t *testing.T) {
	w := date.AtClock(civil(2025, 11, 18), 25, 0, "Asia/Kolkata")
	if got, want := w.String(), "%!When(time of day 25:00 out of range)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if _, err := w.MarshalText(); err == nil {
		t.Error("MarshalText of an invalid When succeeded")
	}
	if _, err := json.Marshal(timeline.Event{ID: "e", When: w}); err == nil {
		t.Error("json.Marshal of an event with an invalid When succeeded")
	}
}

// TestWhenUnmarshalJSONErrors names the field at fault.
func TestWhenUnmarshalJSONErrors(t *testing.T) {
	for in, want := range map[string]string{
		`{"precision": "fortnight", "start": "2025"}`:                       `precision: unknown precision "fortnight"`,
		`{"precision": "day"}`:                                              "want exactly one of start, before and after",
		`{"precision": "day", "start": "2025-11-18", "before": "2025"}`:     "want exactly one of start, before and after",
		`{"precision": "day", "start": ""}`:                                 "start: empty",
		`{"precision": "month", "start": "2025-11-18"}`:                     "start: \"2025-11-18\": want YYYY-MM",
		`{"precision": "day", "before": "2025-11-18", "end": "2025-11-20"}`: "end: a bound",
		`{"precision": "day", "start": "2025-11-18", "approx_days": -1}`:    "approx_days: -1 out of range",
		`"2025-11-18"`: "cannot unmarshal string",
	} {
		var w date.When
		err := json.Unmarshal([]byte(in), &w)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("json.Unmarshal(%s) = %v, want an error containing %q", in, err, want)
		}
	}
}
