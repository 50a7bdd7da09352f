package timeline_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/internal/timelinetest"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/stretchr/testify/require"
)

func TestFilterPredicates(t *testing.T) {
	tests := []struct {
		name string
		keep func(*timeline.Event) bool
		want []string
	}{
		{"InRange 18 November only", timeline.InRange(civil(2025, 11, 18), civil(2025, 11, 19)),
			[]string{seed.SCOID, seed.QatarID, seed.MongoliaID, seed.MeetingID}},
		{"InRange from 18 November excludes 'before 18 November'", timeline.InRange(civil(2025, 11, 18), date.Date{}),
			[]string{seed.SCOID, seed.QatarID, seed.MongoliaID, seed.MeetingID, seed.SummitID, seed.PutinVisitID}},
		{"InRange to 18 November (exclusive) keeps 'before' and the month", timeline.InRange(date.Date{}, civil(2025, 11, 18)),
			[]string{seed.SCOID, seed.QatarID, seed.MongoliaID, seed.LavrovID}},
		{"InRange reaches the approximate window", timeline.InRange(civil(2025, 12, 7), civil(2025, 12, 8)),
			[]string{seed.SummitID, seed.PutinVisitID}},
		{"InRange just past the approximate window", timeline.InRange(civil(2025, 12, 8), civil(2025, 12, 9)),
			[]string{seed.SummitID}},
		{"InRange in October keeps only 'before 18 November', which may be in October", timeline.InRange(civil(2025, 10, 1), civil(2025, 11, 1)),
			[]string{seed.LavrovID}},
		{"InRange in 2026", timeline.InRange(civil(2026, 1, 1), civil(2027, 1, 1)), nil},
		{"HasParticipant in English, any case", timeline.HasParticipant("PUTIN"),
			[]string{seed.MeetingID, seed.SummitID, seed.PutinVisitID}},
		{"HasParticipant in Hindi", timeline.HasParticipant("पुतिन"),
			[]string{seed.MeetingID, seed.SummitID, seed.PutinVisitID}},
		{"HasParticipant matches a part of a Hindi name", timeline.HasParticipant("लावरोव"), []string{seed.LavrovID}},
		{"HasParticipant with an empty name keeps nothing", timeline.HasParticipant(""), nil},
		{"InCountry by place or participant, lower case", timeline.InCountry("qa"), []string{seed.QatarID}},
		{"InCountry India", timeline.InCountry("IN"),
			[]string{seed.SCOID, seed.QatarID, seed.MongoliaID, seed.LavrovID, seed.MeetingID, seed.SummitID, seed.PutinVisitID}},
		{"OfKind", timeline.OfKind(timeline.SidelineMeeting), []string{seed.QatarID, seed.MongoliaID}},
		{"WithStatus", timeline.WithStatus(timeline.Proposed), []string{seed.PutinVisitID}},
		{"All combines", timeline.All(timeline.HasParticipant("Putin"), timeline.InRange(civil(2025, 12, 1), date.Date{}), timeline.WithStatus(timeline.Announced)),
			[]string{seed.SummitID}},
		{"All with nothing keeps everything", timeline.All(),
			[]string{seed.SCOID, seed.QatarID, seed.MongoliaID, seed.LavrovID, seed.MeetingID, seed.SummitID, seed.PutinVisitID}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := seed.Timeline()
			got := tl.Filter(tc.keep)
			if ids := ids(got.Events); !slices.Equal(ids, tc.want) {
				t.Errorf("Filter = %q, want %q", ids, tc.want)
			}
			if got.Title != tl.Title || got.Description != tl.Description {
				t.Error("Filter did not keep the title and description")
			}
			if len(tl.Events) != 7 {
				t.Errorf("Filter changed the receiver: %d events", len(tl.Events))
			}
		})
	}
}

func TestEventAccessors(t *testing.T) {
	tl := seed.Timeline()
	if tl.Event("no-such-event") != nil {
		t.Error(`Event("no-such-event") != nil`)
	}
	m := tl.Event(seed.MeetingID)
	if m == nil {
		t.Fatalf("Event(%q) = nil", seed.MeetingID)
	}
	if m.Status() != timeline.Held || m.Revision() != 0 || m.Updated() != civil(2025, 11, 18) {
		t.Errorf("Status, Revision, Updated = %v, %d, %v", m.Status(), m.Revision(), m.Updated())
	}
	if got := m.Countries(); !slices.Equal(got, []string{"RU", "IN"}) {
		t.Errorf("Countries() = %q, want [RU IN]", got)
	}
	if s, ok := m.Source("tass"); !ok || s.Outlet != "TASS" {
		t.Errorf(`Source("tass") = %v, %v`, s, ok)
	}
	if _, ok := m.Source("reuters"); ok {
		t.Error(`Source("reuters") found`)
	}
	var children []string
	for _, e := range tl.Children(seed.SCOID) {
		children = append(children, e.ID)
	}
	if !slices.Equal(children, []string{seed.QatarID, seed.MongoliaID}) {
		t.Errorf("Children(SCO) = %q", children)
	}
	if got := tl.Updated(); got != civil(2025, 11, 18) {
		t.Errorf("Timeline.Updated() = %v", got)
	}

	e := timeline.Event{
		History: []timeline.StatusChange{
			{Status: timeline.Proposed, On: civil(2025, 10, 1)},
			{Status: timeline.Confirmed, On: civil(2025, 11, 2)},
			{Status: timeline.Postponed, On: civil(2025, 11, 20)},
		},
		Sources: []timeline.Source{{ID: "s", Reported: civil(2025, 11, 25)}},
	}
	if e.Status() != timeline.Postponed || e.Revision() != 2 || e.Updated() != civil(2025, 11, 25) {
		t.Errorf("Status, Revision, Updated = %v, %d, %v; want postponed, 2, 2025-11-25", e.Status(), e.Revision(), e.Updated())
	}
	var empty timeline.Event
	if empty.Status() != "" || empty.Revision() != 0 || !empty.Updated().IsZero() || empty.Countries() != nil {
		t.Error("zero Event has a status, revision, update day or countries")
	}
}

func TestTextIn(t *testing.T) {
	tests := []struct {
		text     timeline.Text
		hi, en   string
		wantZero bool
	}{
		{timeline.Text{Hi: "पुतिन", En: "Putin"}, "पुतिन", "Putin", false},
		{timeline.Text{Hi: "पुतिन"}, "पुतिन", "पुतिन", false},
		{timeline.Text{En: "Putin"}, "Putin", "Putin", false},
		{timeline.Text{}, "", "", true},
	}
	for _, tc := range tests {
		if got := tc.text.In(timeline.Hindi); got != tc.hi {
			t.Errorf("%+v.In(Hindi) = %q, want %q", tc.text, got, tc.hi)
		}
		if got := tc.text.In(timeline.English); got != tc.en {
			t.Errorf("%+v.In(English) = %q, want %q", tc.text, got, tc.en)
		}
		if tc.text.IsZero() != tc.wantZero {
			t.Errorf("%+v.IsZero() = %v", tc.text, !tc.wantZero)
		}
	}
}

func TestEnumsValid(t *testing.T) {
	for _, k := range timeline.Kinds {
		if !k.Valid() {
			t.Errorf("Kind %q not Valid", k)
		}
	}
	for _, r := range timeline.Roles {
		if !r.Valid() {
			t.Errorf("Role %q not Valid", r)
		}
	}
	for _, s := range timeline.Statuses {
		if !s.Valid() {
			t.Errorf("Status %q not Valid", s)
		}
	}
	for _, bad := range []string{"", "x-", "Summit", "meeting"} {
		if timeline.Kind(bad).Valid() || timeline.Role(bad).Valid() || timeline.Status(bad).Valid() {
			t.Errorf("%q is Valid as a kind, role or status", bad)
		}
	}
}

// TestClone checks that a clone is equal to its original and shares
// nothing with it: every slice and pointer of the copy can be changed
// without touching the original.
func TestClone(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for range 50 {
		orig := timelinetest.Random(r)
		orig.Events[0].Draft = &timeline.Draft{Start: 1, End: 2, Also: []timeline.Span{{Start: 3, End: 4}}, Notes: []string{"n"}}
		orig.Events[0].Place.Coords = &timeline.Coordinates{Lat: 1, Lon: 2}
		before, err := timeline.Marshal(orig)
		require.NoError(t, err)
		c := orig.Clone()
		if diff := diffTimelines(orig, c); diff != "" {
			t.Fatalf("Clone differs (-orig +clone):\n%s", diff)
		}
		for i := range c.Events {
			e := &c.Events[i]
			e.Title.En = "changed"
			for j := range e.Participants {
				e.Participants[j].Name.En = "changed"
			}
			for j := range e.History {
				e.History[j].Note.En = "changed"
			}
			for j := range e.Sources {
				e.Sources[j].Outlet = "changed"
			}
			for j := range e.Related {
				e.Related[j] = "changed"
			}
			if e.Place.Coords != nil {
				e.Place.Coords.Lat = 0
			}
			if e.Draft != nil {
				e.Draft.Notes[0] = "changed"
				e.Draft.Also[0].End = 9
			}
		}
		after, err := timeline.Marshal(orig)
		require.NoError(t, err)
		if string(before) != string(after) {
			t.Fatal("changing the clone changed the original")
		}
	}
}
