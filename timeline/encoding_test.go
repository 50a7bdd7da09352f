package timeline_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/timelinetest"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventJSONIsTheFormat checks issue 10's trap: encoding/json on an
// Event writes the event object of the v1 format, date included.
func TestEventJSONIsTheFormat(t *testing.T) {
	e := timeline.Event{
		ID: "visit", Kind: timeline.Visit, Title: timeline.Text{En: "Visit"},
		When:    date.AroundDay(civil(2025, 12, 5), 2).WithZone("Asia/Kolkata"),
		Sources: []timeline.Source{{ID: "r", Outlet: "Reuters", Reported: civil(2025, 11, 18)}},
		History: []timeline.StatusChange{
			{Status: timeline.Proposed, On: civil(2025, 11, 18), Source: "r"},
			{Status: timeline.Rescheduled, On: civil(2025, 11, 20), Previous: date.InMonth(2025, time.December)},
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

func diffEvents(want, got *timeline.Event) string {
	return diffTimelines(&timeline.Timeline{Events: []timeline.Event{*want}}, &timeline.Timeline{Events: []timeline.Event{*got}})
}
