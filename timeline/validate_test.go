package timeline_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

func TestValidateSeed(t *testing.T) {
	if err := seed.Timeline().Validate(); err != nil {
		t.Fatalf("seed.Timeline().Validate() = %v", err)
	}
}

// TestValidateReportsEverything builds one timeline with many problems and
// checks that Validate reports all of them at once, each at its exact path.
func TestValidateReportsEverything(t *testing.T) {
	ok := func(id string) timeline.Event {
		return timeline.Event{ID: id, Kind: timeline.Summit, Title: timeline.Text{En: id}, When: date.OnDay(civil(2025, 11, 18))}
	}
	evs := make([]timeline.Event, 9)
	evs[0] = ok("dup")
	evs[1] = ok("dup")
	evs[1].PartOf = "nope"
	evs[1].Related = []string{"dup", "missing"}
	evs[2] = ok("bad-zone")
	evs[2].When = date.AtClock(civil(2025, 11, 18), 19, 0, "Mars/Olympus")
	evs[2].Place.TimeZone = "Asia/Calcutta-ish"
	evs[3] = ok("no-such-month")
	evs[3].When = date.InMonth(2025, 13)
	evs[4] = ok("history")
	evs[4].Sources = []timeline.Source{{ID: "tass", Outlet: "TASS"}}
	evs[4].History = []timeline.StatusChange{
		{Status: timeline.Announced, On: civil(2025, 11, 10), Source: "tass"},
		{Status: timeline.Held, On: civil(2025, 11, 1), Source: "reuters"},
		{Status: "done"},
	}
	evs[5] = timeline.Event{
		ID: "Bad ID", Kind: "meeting",
		Place: timeline.Place{Country: "India", Coords: &timeline.Coordinates{Lat: math.NaN(), Lon: 10}},
		Participants: []timeline.Participant{
			{Name: timeline.Text{En: "X"}, Country: "in", Role: "observer"},
			{Role: timeline.Host},
		},
		Draft: &timeline.Draft{Start: 10, End: 5},
	}
	evs[6] = ok("sources")
	evs[6].Sources = []timeline.Source{{ID: "a", Outlet: "A", Reported: civil(10000, 1, 1)}, {ID: "a"}, {Outlet: "B"}}
	evs[6].History = []timeline.StatusChange{{Status: timeline.Rescheduled, On: civil(2025, 11, 1), Previous: date.InWeek(2025, 53)}}
	evs[7] = ok("cycle-a")
	evs[7].PartOf = "cycle-b"
	evs[8] = ok("cycle-b")
	evs[8].PartOf = "cycle-a"
	evs[8].When = date.InMonth(2025, time.November).WithZone("Local")
	tl := &timeline.Timeline{Events: evs}

	err := tl.Validate()
	var ve *timeline.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate() = %v, want a *ValidationError", err)
	}
	want := []timeline.Problem{
		{Path: "events[1].id", Message: `duplicate ID "dup", also used by events[0]`},
		{Path: "events[2].when.zone", Message: `unknown time zone "Mars/Olympus"`},
		{Path: "events[2].place.timezone", Message: `unknown time zone "Asia/Calcutta-ish"`},
		{Path: "events[3].when", Message: "month 13 out of range"},
		{Path: "events[4].history[1].on", Message: "history out of order: 2025-11-01 comes after 2025-11-10"},
		{Path: "events[4].history[1].source", Message: `unknown source ID "reuters"`},
		{Path: "events[4].history[2].status", Message: `unknown status "done"; want one of proposed, announced, confirmed, held, postponed, rescheduled, cancelled`},
		{Path: "events[4].history[2].on", Message: "missing date of the change"},
		{Path: "events[5].id", Message: `"Bad ID" is not a slug: use lower-case a-z, 0-9 and '-', starting with a letter or digit`},
		{Path: "events[5].kind", Message: `unknown kind "meeting"; want one of bilateral_meeting, summit, multilateral_meeting, visit, sideline_meeting, phone_call, statement, agreement_signing, press_conference, or an x- extension`},
		{Path: "events[5].title", Message: "missing in both Hindi and English"},
		{Path: "events[5].when", Message: "missing: every event needs a date, if only a year or a bound"},
		{Path: "events[5].place.country", Message: `"India" is not an ISO 3166-1 alpha-2 code such as "IN"`},
		{Path: "events[5].place.coords", Message: "(NaN, 10) is not on the globe"},
		{Path: "events[5].participants[0].role", Message: `unknown role "observer"; want one of host, guest, chair, attendee`},
		{Path: "events[5].participants[0].country", Message: `"in" is not an ISO 3166-1 alpha-2 code such as "IN"`},
		{Path: "events[5].participants[1]", Message: "needs a name, a title or a country"},
		{Path: "events[5].draft", Message: "span [10, 5) is not a byte range"},
		{Path: "events[6].sources[0].reported", Message: "10000-01-01 is outside the years 0000 to 9999"},
		{Path: "events[6].sources[1].id", Message: `duplicate source ID "a"`},
		{Path: "events[6].sources[1].outlet", Message: "missing"},
		{Path: "events[6].sources[2].id", Message: "missing"},
		{Path: "events[6].history[0].previous", Message: "2025 has no ISO week 53"},
		{Path: "events[8].when.zone", Message: `time zone "Local": want an IANA name such as "Europe/Moscow"`},
		{Path: "events[1].part_of", Message: `unknown event ID "nope"`},
		{Path: "events[1].related[1]", Message: `unknown event ID "missing"`},
		{Path: "events[7].part_of", Message: `event "cycle-a" is part of itself`},
		{Path: "events[8].part_of", Message: `event "cycle-b" is part of itself`},
	}
	if diff := cmp.Diff(want, ve.Problems); diff != "" {
		t.Errorf("Validate() problems mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(err.Error(), "timeline: 28 problems:\n\tevents[1].id: duplicate ID") {
		t.Errorf("Error() = %q, want it to start with the count and the first problem", err.Error())
	}
}

func TestValidateSmallCases(t *testing.T) {
	base := func() *timeline.Timeline {
		return &timeline.Timeline{Events: []timeline.Event{{ID: "e", Kind: "x-rally", Title: timeline.Text{Hi: "ई"}, When: date.InYear(2025)}}}
	}
	tests := []struct {
		name   string
		change func(*timeline.Event)
		want   string // the only problem, as Problem.String prints it; "" for none
	}{
		{"valid x- kind", func(*timeline.Event) {}, ""},
		{"bare x- kind", func(e *timeline.Event) { e.Kind = "x-" }, `events[0].kind: unknown kind "x-"`},
		{"missing kind", func(e *timeline.Event) { e.Kind = "" }, "events[0].kind: missing; want one of"},
		{"missing ID", func(e *timeline.Event) { e.ID = "" }, "events[0].id: missing"},
		{"ID with leading dash", func(e *timeline.Event) { e.ID = "-e" }, `events[0].id: "-e" is not a slug`},
		{"part of itself", func(e *timeline.Event) { e.PartOf = "e" }, `events[0].part_of: event "e" is part of itself`},
		{"latitude off the globe", func(e *timeline.Event) { e.Place.Coords = &timeline.Coordinates{Lat: 91} }, "events[0].place.coords: (91, 0) is not on the globe"},
		{"infinite longitude", func(e *timeline.Event) { e.Place.Coords = &timeline.Coordinates{Lon: math.Inf(-1)} }, "events[0].place.coords: (0, -Inf) is not on the globe"},
		{"negative draft start", func(e *timeline.Event) { e.Draft = &timeline.Draft{Start: -1} }, "events[0].draft: span [-1, 0) is not a byte range"},
		{"history on year -1", func(e *timeline.Event) {
			e.History = []timeline.StatusChange{{Status: timeline.Held, On: civil(-1, 1, 1)}}
		}, "events[0].history[0].on: -001-01-01 is outside the years 0000 to 9999"},
		{"bound before year 0", func(e *timeline.Event) { e.When = date.Before(civil(-1, 6, 1)) }, "events[0].when.before: -001-06-01 is outside the years 0000 to 9999"},
		{"javascript: source URL", func(e *timeline.Event) {
			e.Sources = []timeline.Source{{ID: "s", Outlet: "o", URL: "javascript:alert(1)"}}
		}, `events[0].sources[0].url: "javascript:alert(1)" is not an absolute http or https URL`},
		{"source URL with a line break", func(e *timeline.Event) {
			e.Sources = []timeline.Source{{ID: "s", Outlet: "o", URL: "https://x.example/a\n# heading"}}
		}, `events[0].sources[0].url: "https://x.example/a\n# heading" is not`},
		{"relative source URL", func(e *timeline.Event) {
			e.Sources = []timeline.Source{{ID: "s", Outlet: "o", URL: "/news/1"}}
		}, `events[0].sources[0].url: "/news/1" is not`},
		{"https source URL", func(e *timeline.Event) {
			e.Sources = []timeline.Source{{ID: "s", Outlet: "o", URL: "https://tass.com/politics/1"}}
		}, ""},
		{"week 0", func(e *timeline.Event) { e.When = date.InWeek(2025, 0) }, "events[0].when: 2025 has no ISO week 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := base()
			tc.change(&tl.Events[0])
			err := tl.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var ve *timeline.ValidationError
			if !errors.As(err, &ve) || len(ve.Problems) != 1 {
				t.Fatalf("Validate() = %v, want exactly one problem %q", err, tc.want)
			}
			if got := ve.Problems[0].String(); !strings.HasPrefix(got, tc.want) {
				t.Errorf("Validate() = %q, want %q…", got, tc.want)
			}
		})
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    timeline.Problem
		want string
	}{
		{timeline.Problem{Path: "events[2].when.zone", Message: "unknown time zone", Line: 12, Column: 5}, "events[2].when.zone (line 12, column 5): unknown time zone"},
		{timeline.Problem{Path: "events[2].when.zone", Message: "unknown time zone"}, "events[2].when.zone: unknown time zone"},
		{timeline.Problem{Message: "invalid JSON", Line: 1, Column: 1}, "(document) (line 1, column 1): invalid JSON"},
	}
	for _, tc := range tests {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.p, got, tc.want)
		}
	}
}

// TestValidateNonexistentTime: a local time the clocks skip is rejected
// with its path; one that occurs twice is valid (issue 13).
func TestValidateNonexistentTime(t *testing.T) {
	d := date.Of
	ny := "America/New_York"
	cases := []struct {
		name string
		when date.When
		want string // the problem, or "" for none
	}{
		{"spring forward", date.AtClock(d(2025, time.March, 9), 2, 30, ny),
			"events[0].when.start: 02:30 does not exist in America/New_York on 2025-03-09: the clocks go forward from 02:00 to 03:00"},
		{"hour precision in the gap", date.AtHour(d(2025, time.March, 9), 2, ny),
			"events[0].when.start: 02:00 does not exist in America/New_York on 2025-03-09"},
		{"end in the gap", spanOf(t, date.AtClock(d(2025, time.March, 8), 23, 0, ny), date.AtClock(d(2025, time.March, 9), 2, 15, ny)),
			"events[0].when.end: 02:15 does not exist"},
		{"before bound in the gap", date.Before(d(2025, time.March, 9)), ""},
		{"half-hour gap", date.AtClock(d(2025, time.October, 5), 2, 10, "Australia/Lord_Howe"),
			"the clocks go forward from 02:00 to 02:30"},
		{"just after the gap", date.AtClock(d(2025, time.March, 9), 3, 0, ny), ""},
		{"fall back, twice", date.AtClock(d(2025, time.November, 2), 1, 30, ny), ""},
		{"no DST", date.AtClock(d(2025, time.March, 9), 2, 30, "Asia/Kolkata"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl := &timeline.Timeline{Events: []timeline.Event{{ID: "e", Kind: timeline.Visit, Title: timeline.Text{En: "x"}, When: c.when}}}
			err := tl.Validate()
			switch {
			case c.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("Validate() = %v, want a problem containing %q", err, c.want)
			}
		})
	}
}

func spanOf(t *testing.T, start, end date.When) date.When {
	t.Helper()
	w, err := start.Until(end)
	if err != nil {
		t.Fatal(err)
	}
	return w
}
