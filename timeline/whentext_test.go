package timeline_test

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/samayrekha/samayrekha/internal/timelinetest"
	"github.com/samayrekha/samayrekha/timeline"
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
			var back timeline.When
			require.NoError(t, back.UnmarshalText(b))
			if back != tc.when {
				t.Errorf("UnmarshalText(%q) = %#v, want %#v", b, back, tc.when)
			}
			type holder struct {
				W timeline.When `json:"w,omitempty"`
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
		want timeline.When
	}{
		{"2025-11-18T19:05[Europe/Moscow]", timeline.AtClock(d, 19, 5, "Europe/Moscow")},
		{"2025-11-18T17[Asia/Kolkata]", timeline.AtHour(d, 17, kolkata)},
		{"2025-11-18", timeline.OnDay(d)},
		{"2025-12-05~2d[Asia/Kolkata]", timeline.AroundDay(civil(2025, 12, 5), 2).WithZone(kolkata)},
		{"2025-W47", timeline.InWeek(2025, 47)},
		{"2025-11", timeline.InMonth(2025, time.November)},
		{"2025", timeline.InYear(2025)},
		{"<2025-11-18", timeline.Before(d)},
		{">2025-11-18[Europe/Moscow]", timeline.After(d).WithZone("Europe/Moscow")},
		{"2025-12-05/2025-12-07", until(timeline.OnDay(civil(2025, 12, 5)), timeline.OnDay(civil(2025, 12, 7)))},
		{"2025-11-18T22:30/2025-11-19T01:15[Europe/Moscow]", until(timeline.AtClock(d, 22, 30, "Europe/Moscow"), timeline.AtClock(d.AddDays(1), 1, 15, "Europe/Moscow"))},
	}
	for _, tc := range valid {
		got, err := timeline.ParseWhen(tc.in)
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
		got, err := timeline.ParseWhen(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.in) {
			t.Errorf("ParseWhen(%q) = %v, %v; want an error quoting the input and containing %q", tc.in, got, err, tc.want)
		}
	}
}

// TestWhenStringInvalid checks that an invalid When never prints as a
// valid one and cannot be marshalled.
func TestWhenStringInvalid(t *testing.T) {
	w := timeline.AtClock(civil(2025, 11, 18), 25, 0, "Asia/Kolkata")
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

// TestEventJSONIsTheFormat checks issue 10's trap: encoding/json on an
// Event writes the event object of the v1 format, date included.
func TestEventJSONIsTheFormat(t *testing.T) {
	e := timeline.Event{
		ID: "visit", Kind: timeline.Visit, Title: timeline.Text{En: "Visit"},
		When:    timeline.AroundDay(civil(2025, 12, 5), 2).WithZone("Asia/Kolkata"),
		Sources: []timeline.Source{{ID: "r", Outlet: "Reuters", Reported: civil(2025, 11, 18)}},
		History: []timeline.StatusChange{
			{Status: timeline.Proposed, On: civil(2025, 11, 18), Source: "r"},
			{Status: timeline.Rescheduled, On: civil(2025, 11, 20), Previous: timeline.InMonth(2025, time.December)},
		},
	}
	got, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id": "visit", "kind": "visit", "title": {"en": "Visit"},
		"when": {"precision": "day", "start": "2025-12-05", "approx_days": 2, "zone": "Asia/Kolkata"},
		"history": [{"status": "proposed", "on": "2025-11-18", "source": "r"},
		            {"status": "rescheduled", "on": "2025-11-20", "previous": {"precision": "month", "start": "2025-12"}}],
		"sources": [{"id": "r", "outlet": "Reuters", "reported": "2025-11-18"}]}`, string(got))
	var back timeline.Event
	require.NoError(t, json.Unmarshal(got, &back))
	if diff := diffEvents(&e, &back); diff != "" {
		t.Errorf("json round trip of an Event (-want +got):\n%s", diff)
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
		var w timeline.When
		err := json.Unmarshal([]byte(in), &w)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("json.Unmarshal(%s) = %v, want an error containing %q", in, err, want)
		}
	}
}

func diffEvents(want, got *timeline.Event) string {
	return diffTimelines(&timeline.Timeline{Events: []timeline.Event{*want}}, &timeline.Timeline{Events: []timeline.Event{*got}})
}

// TestEncodingJSONIsMarshal is the property of issue 10: for random valid
// timelines, encoding/json and Marshal write the same document, and each
// reads back what the other wrote.
func TestEncodingJSONIsMarshal(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 2026))
	for i := range 300 {
		tl := timelinetest.Random(r)
		ours, err := timeline.Marshal(tl)
		require.NoError(t, err, "case %d", i)
		std, err := json.Marshal(tl)
		require.NoError(t, err, "case %d", i)
		assert.JSONEq(t, string(ours), string(std), "case %d", i)

		fromStd, err := timeline.Unmarshal(std)
		require.NoError(t, err, "case %d: Unmarshal(json.Marshal(t))", i)
		if diff := diffTimelines(tl, fromStd); diff != "" {
			t.Fatalf("case %d: Unmarshal(json.Marshal(t)) != t (-t +got):\n%s", i, diff)
		}
		var fromOurs timeline.Timeline
		require.NoError(t, json.Unmarshal(ours, &fromOurs), "case %d: json.Unmarshal(Marshal(t))", i)
		if diff := diffTimelines(tl, &fromOurs); diff != "" {
			t.Fatalf("case %d: json.Unmarshal(Marshal(t)) != t (-t +got):\n%s", i, diff)
		}
		// Events on their own, as a program embedding them would use them.
		for j := range tl.Events {
			b, err := json.Marshal(&tl.Events[j])
			require.NoError(t, err)
			var e timeline.Event
			require.NoError(t, json.Unmarshal(b, &e))
			if diff := diffEvents(&tl.Events[j], &e); diff != "" {
				t.Fatalf("case %d event %d: json round trip (-want +got):\n%s", i, j, diff)
			}
		}
	}
}
