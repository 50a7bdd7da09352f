package timeline_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

func TestAsOf(t *testing.T) {
	type ev struct {
		status  timeline.Status
		when    string
		sources []string
	}
	tests := []struct {
		name   string
		reason string
		day    date.Date
		want   map[string]ev // the events to check; Events must have exactly len(want)+others
		events int
	}{
		{
			name:   "before anything was reported",
			day:    lcDay(2025, 11, 17),
			events: 0,
		},
		{
			name:   "the day of the article",
			day:    lcDay(2025, 11, 18),
			events: 7,
			want: map[string]ev{
				seed.PutinVisitID: {timeline.Proposed, "2025-12-05~2d[Asia/Kolkata]", []string{"reports"}},
			},
		},
		{
			name:   "confirmed, old date",
			day:    lcDay(2025, 11, 30),
			events: 8,
			want: map[string]ev{
				seed.PutinVisitID:            {timeline.Confirmed, "2025-12-05~2d[Asia/Kolkata]", []string{"reports", "tass"}},
				"2025-11-24-modi-putin-call": {timeline.Held, "2025-11-24", []string{"mea"}},
			},
		},
		{
			name:   "rescheduled, new date",
			reason: "the reschedule was reported on 1 December",
			day:    lcDay(2025, 12, 1),
			events: 8,
			want: map[string]ev{
				seed.PutinVisitID: {timeline.Rescheduled, "2025-12-04[Asia/Kolkata]", []string{"reports", "tass", "mea"}},
			},
		},
	}
	story := seed.Story()
	before, err := timeline.Marshal(story)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := story.AsOf(tt.day)
			if len(got.Events) != tt.events {
				t.Errorf("AsOf(%s) has %d events, want %d", tt.day, len(got.Events), tt.events)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("AsOf(%s) is invalid: %v", tt.day, err)
			}
			for id, w := range tt.want {
				e := got.Event(id)
				if e == nil {
					t.Errorf("AsOf(%s) lacks %s", tt.day, id)
					continue
				}
				var srcs []string
				for _, s := range e.Sources {
					srcs = append(srcs, s.ID)
				}
				gotEv := ev{e.Status(), e.When.String(), srcs}
				if diff := cmp.Diff(w, gotEv, cmp.AllowUnexported(ev{})); diff != "" {
					t.Errorf("AsOf(%s) event %s mismatch (-want +got):\n%s\nreason: %s", tt.day, id, diff, tt.reason)
				}
			}
		})
	}
	after, err := timeline.Marshal(story)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("AsOf changed its receiver")
	}
}

func TestAsOfClearsLinksToUnknownEvents(t *testing.T) {
	got := seed.Story().AsOf(lcDay(2025, 11, 20))
	v := got.Event(seed.PutinVisitID)
	if v == nil {
		t.Fatal("visit missing")
	}
	if v.Related != nil {
		t.Errorf("Related = %q, want none: the call was not known on 20 November", v.Related)
	}
	if got.Event("2025-11-24-modi-putin-call") != nil {
		t.Errorf("the call is known on 20 November, want it dropped")
	}
}

func TestAsOfLatestIsUnchanged(t *testing.T) {
	story := seed.Story()
	want, err := timeline.Marshal(story)
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeline.Marshal(story.AsOf(story.Updated()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("AsOf(Updated()) differs from the timeline (-want +got):\n%s", diff)
	}
}

func ExampleTimeline_AsOf() {
	visit := timeline.Event{
		ID: "2025-12-putin-visit-india", Kind: timeline.Visit,
		Title:   timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:    date.AroundDay(date.Of(2025, time.December, 5), 2).WithZone("Asia/Kolkata"),
		History: []timeline.StatusChange{{Status: timeline.Proposed, On: date.Of(2025, time.November, 18)}},
	}
	tl := &timeline.Timeline{Events: []timeline.Event{visit}}
	v := &tl.Events[0]
	v.History = append(v.History, timeline.StatusChange{
		Status: timeline.Rescheduled, On: date.Of(2025, time.December, 1), Previous: v.When,
	})
	v.When = date.OnDay(date.Of(2025, time.December, 4)).WithZone("Asia/Kolkata")

	for _, d := range []date.Date{date.Of(2025, time.November, 20), date.Of(2025, time.December, 2)} {
		e := tl.AsOf(d).Event(visit.ID)
		fmt.Println(d, e.Status(), e.When)
	}
	// Output:
	// 2025-11-20 proposed 2025-12-05~2d[Asia/Kolkata]
	// 2025-12-02 rescheduled 2025-12-04[Asia/Kolkata]
}

func lcDay(y int, m time.Month, d int) date.Date { return date.Of(y, m, d) }
