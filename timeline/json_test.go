package timeline_test

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// modelOpts lets cmp see the unexported fields of the value types.
var modelOpts = cmp.AllowUnexported(date.When{}, date.Date{})

// civil is a short way to write a Date in tests.
func civil(y int, m time.Month, d int) date.Date { return date.Of(y, m, d) }

// everyWhen lists one When of every shape the model has, each with a name.
func everyWhen() []struct {
	name string
	when date.When
} {
	return []struct {
		name string
		when date.When
	}{
		{"minute", date.AtClock(civil(2025, 11, 18), 19, 5, "Europe/Moscow")},
		{"hour", date.AtHour(civil(2025, 11, 18), 17, "Asia/Kolkata")},
		{"minute span across midnight", until(date.AtClock(civil(2025, 11, 18), 22, 30, "Asia/Kolkata"), date.AtClock(civil(2025, 11, 19), 1, 15, "Asia/Kolkata"))},
		{"hour span", until(date.AtHour(civil(2025, 11, 18), 9, "Europe/Moscow"), date.AtHour(civil(2025, 11, 18), 12, "Europe/Moscow"))},
		{"day", date.OnDay(civil(2025, 11, 18))},
		{"day in zone", date.OnDay(civil(2025, 11, 18)).WithZone("Europe/Moscow")},
		{"approximate day", date.AroundDay(civil(2025, 12, 5), 2).WithZone("Asia/Kolkata")},
		{"day span", until(date.OnDay(civil(2025, 12, 4)), date.OnDay(civil(2025, 12, 5)))},
		{"approximate day span", until(date.AroundDay(civil(2025, 12, 4), 1), date.OnDay(civil(2025, 12, 6)))},
		{"week", date.InWeek(2025, 47)},
		{"week 1 starting in the previous year", date.InWeek(2026, 1)},
		{"week 53", date.InWeek(2026, 53)},
		{"week span", until(date.InWeek(2025, 50), date.InWeek(2026, 2))},
		{"month", date.InMonth(2025, time.November).WithZone("Europe/Moscow")},
		{"month span", until(date.InMonth(2025, time.November), date.InMonth(2026, time.February))},
		{"year", date.InYear(2026)},
		{"year span", until(date.InYear(2025), date.InYear(2027))},
		{"before", date.Before(civil(2025, 11, 18)).WithZone("Europe/Moscow")},
		{"after", date.After(civil(2025, 12, 31))},
		{"year 0000", date.OnDay(civil(0, 1, 1))},
		{"year 9999", date.InYear(9999)},
	}
}

// fullTimeline uses every field of the model and every kind of date: one
// event per shape of When, the first of which fills in every optional field.
func fullTimeline() *timeline.Timeline {
	t := &timeline.Timeline{
		Title:       timeline.Text{Hi: "परीक्षण समयरेखा", En: "Test timeline <&> \"quoted\""},
		Description: timeline.Text{Hi: "हर क्षेत्र", En: "Every field"},
	}
	for i, w := range everyWhen() {
		e := timeline.Event{
			ID:    "event-" + strings.ReplaceAll(w.name, " ", "-"),
			Kind:  timeline.Kinds[i%len(timeline.Kinds)],
			Title: timeline.Text{En: w.name},
			When:  w.when,
		}
		t.Events = append(t.Events, e)
	}
	e := &t.Events[0]
	e.Kind = "x-press-conference"
	e.Title = timeline.Text{Hi: "मुलाकात", En: "Meeting"}
	e.Description = timeline.Text{Hi: "विवरण\nदूसरी पंक्ति", En: "Line one\nline two\t\u2028 \\ / \u0000"}
	e.Place = timeline.Place{
		Venue:    timeline.Text{Hi: "सीनेट पैलेस", En: "Senate Palace"},
		City:     timeline.Text{Hi: "मॉस्को", En: "Moscow"},
		Country:  "RU",
		Coords:   &timeline.Coordinates{Lat: 55.752, Lon: -37.6175e-3},
		TimeZone: "Europe/Moscow",
	}
	e.Participants = []timeline.Participant{
		{Name: timeline.Text{Hi: "एस. जयशंकर", En: "S. Jaishankar"}, Title: timeline.Text{En: "External Affairs Minister"}, Country: "IN", Role: timeline.Guest},
		{Title: timeline.Text{Hi: "वरिष्ठ प्रतिनिधि"}, Country: "KZ"},
		{Name: timeline.Text{En: "Host"}, Role: timeline.Host},
	}
	e.Sources = []timeline.Source{
		{ID: "tass", Outlet: "TASS", URL: "https://tass.com/?a=1&b=2", Reported: civil(2025, 11, 17), Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"}},
		{ID: "bare", Outlet: "Someone"},
	}
	e.History = []timeline.StatusChange{
		{Status: timeline.Proposed, On: civil(2025, 11, 1)},
		{Status: timeline.Rescheduled, On: civil(2025, 11, 17), Source: "tass", Note: timeline.Text{En: "moved"}, Previous: date.AroundDay(civil(2025, 11, 10), 3).WithZone("Asia/Kolkata")},
		{Status: timeline.Held, On: civil(2025, 11, 18), Source: "bare", Previous: until(date.AtClock(civil(2025, 11, 18), 18, 0, "Europe/Moscow"), date.AtClock(civil(2025, 11, 18), 19, 0, "Europe/Moscow"))},
	}
	e.Related = []string{t.Events[1].ID, t.Events[2].ID}
	e.Draft = &timeline.Draft{From: "article-hi.txt", Start: 10, End: 250, Also: []timeline.Span{{Start: 300, End: 340}}, DateInferred: true, Notes: []string{"year guessed from the dateline", "zone from the venue"}}
	t.Events[1].PartOf = e.ID
	t.Events[2].Draft = &timeline.Draft{}
	return t
}

func TestFullTimelineIsValid(t *testing.T) {
	if err := fullTimeline().Validate(); err != nil {
		t.Fatalf("fullTimeline().Validate() = %v", err)
	}
}

// TestRoundTrip checks that decode(encode(t)) equals t, field for field,
// for the seed timeline and for a timeline with every field and date shape.
func TestRoundTrip(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{
		"seed":  seed.Timeline(),
		"full":  fullTimeline(),
		"empty": {},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := timeline.Marshal(tl)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			got, err := timeline.Unmarshal(b)
			if err != nil {
				t.Fatalf("Unmarshal(Marshal(t)): %v\n%s", err, b)
			}
			if !reflect.DeepEqual(got, tl) {
				t.Errorf("Unmarshal(Marshal(t)) differs from t (-want +got):\n%s", cmp.Diff(tl, got, modelOpts))
			}
			again, err := timeline.Marshal(got)
			if err != nil {
				t.Fatalf("Marshal(Unmarshal(b)): %v", err)
			}
			if !bytes.Equal(again, b) {
				t.Errorf("re-encoding is not byte-identical (-first +second):\n%s", cmp.Diff(string(b), string(again)))
			}
		})
	}
}

// TestRoundTripEachWhen round-trips every shape of When on its own, also as
// the Previous date of a status change, so a failure names the shape.
func TestRoundTripEachWhen(t *testing.T) {
	for _, w := range everyWhen() {
		t.Run(w.name, func(t *testing.T) {
			tl := &timeline.Timeline{Events: []timeline.Event{{
				ID: "e", Kind: timeline.Summit, Title: timeline.Text{En: "E"}, When: w.when,
				History: []timeline.StatusChange{{Status: timeline.Rescheduled, On: civil(2025, 1, 1), Previous: w.when}},
			}}}
			b, err := timeline.Marshal(tl)
			if err != nil {
				t.Fatalf("Marshal(%v): %v", w.when, err)
			}
			got, err := timeline.Unmarshal(b)
			if err != nil {
				t.Fatalf("Unmarshal: %v\n%s", err, b)
			}
			if diff := cmp.Diff(tl, got, modelOpts); diff != "" {
				t.Errorf("round trip of %v mismatch (-want +got):\n%s\n%s", w.when, diff, b)
			}
		})
	}
}

func TestGoldenJSON(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{
		"testdata/seed.json": seed.Timeline(),
		"testdata/full.json": fullTimeline(),
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := timeline.Encode(&buf, tl); err != nil {
				t.Fatalf("Encode: %v", err)
			}
			golden.Check(t, name, buf.Bytes())
		})
	}
}

// TestGoldenReencode decodes each golden file and checks that encoding it
// again gives the file byte for byte: the format has one spelling.
func TestGoldenReencode(t *testing.T) {
	for _, name := range []string{"testdata/seed.json", "testdata/full.json"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			tl, err := timeline.Decode(f)
			if err != nil {
				t.Fatalf("Decode(%s): %v", name, err)
			}
			want, _ := os.ReadFile(name)
			got, err := timeline.Marshal(tl)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("re-encoding %s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestSeedDecodesToSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeline.Unmarshal(b)
	if err != nil {
		t.Fatalf("Unmarshal(seed.json): %v", err)
	}
	if diff := cmp.Diff(seed.Timeline(), got, modelOpts); diff != "" {
		t.Errorf("seed.json mismatch with seed.Timeline() (-want +got):\n%s", diff)
	}
}

// TestMarshalDeterministic encodes copies of the same timeline and checks
// the bytes never differ (no map order, no clock).
func TestMarshalDeterministic(t *testing.T) {
	first, err := timeline.Marshal(fullTimeline())
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		b, err := timeline.Marshal(fullTimeline())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, first) {
			t.Fatalf("Marshal #%d differs from the first", i)
		}
	}
}

func TestMarshalRefusesInvalid(t *testing.T) {
	tl := seed.Timeline()
	tl.Events[0].When = tl.Events[0].When.WithZone("Mars/Olympus")
	b, err := timeline.Marshal(tl)
	if err == nil {
		t.Fatalf("Marshal(invalid) = %q, nil; want an error", b)
	}
	if b != nil {
		t.Errorf("Marshal(invalid) wrote %d bytes; want none", len(b))
	}
	var buf bytes.Buffer
	if err := timeline.Encode(&buf, tl); err == nil || buf.Len() != 0 {
		t.Errorf("Encode(invalid) = %v and wrote %d bytes; want an error and nothing written", err, buf.Len())
	}
	var ve *timeline.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 1 || ve.Problems[0].Path != "events[0].when.zone" {
		t.Errorf("Marshal(invalid) error = %#v; want one problem at events[0].when.zone", err)
	}
}

// TestJSONMethods checks that a Timeline embedded in another document goes
// through Marshal and Unmarshal, and that a failed UnmarshalJSON leaves the
// receiver alone.
func TestJSONMethods(t *testing.T) {
	want := seed.Timeline()
	b, err := want.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var got timeline.Timeline
	if err := got.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, &got, modelOpts); diff != "" {
		t.Errorf("UnmarshalJSON(MarshalJSON()) mismatch (-want +got):\n%s", diff)
	}
	before := got
	if err := got.UnmarshalJSON([]byte(`{"version": 1, "events": [{"id": "X"}]}`)); err == nil {
		t.Fatal("UnmarshalJSON(invalid) = nil, want an error")
	}
	if !reflect.DeepEqual(before, got) {
		t.Error("UnmarshalJSON(invalid) changed the receiver")
	}
}

// diffTimelines returns a cmp.Diff of two timelines that fails on any
// difference reflect.DeepEqual would see, including nil against empty.
func diffTimelines(want, got *timeline.Timeline) string {
	if reflect.DeepEqual(want, got) {
		return ""
	}
	if d := cmp.Diff(want, got, modelOpts); d != "" {
		return d
	}
	return "reflect.DeepEqual reports a difference cmp cannot see"
}
