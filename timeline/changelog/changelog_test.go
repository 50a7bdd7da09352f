package changelog_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/changelog"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/lint"
	"github.com/samayrekha/samayrekha/timeline/markdown"
)

func TestChanges(t *testing.T) {
	type want struct {
		id   string
		kind changelog.Kind
	}
	tests := []struct {
		name       string
		reason     string
		editOld    func(tl *timeline.Timeline) // nil: the old version is the seed
		edit       func(tl *timeline.Timeline)
		want       []want
		unrecorded []string // IDs LintChanges must report
	}{
		{name: "no change"},
		{
			name: "rescheduled with a history entry",
			edit: func(tl *timeline.Timeline) {
				v := tl.Event(seed.PutinVisitID)
				v.History = append(v.History, timeline.StatusChange{Status: timeline.Rescheduled, On: lcDay(2025, 12, 1), Previous: v.When})
				v.When = date.OnDay(lcDay(2025, 12, 4)).WithZone("Asia/Kolkata")
			},
			want: []want{{seed.PutinVisitID, changelog.Redated}, {seed.PutinVisitID, changelog.StatusChanged}},
		},
		{
			name:   "re-dated without a history entry",
			reason: "SEQUENCE would not move, so calendars keep the old date",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).When = date.OnDay(lcDay(2025, 12, 4)).WithZone("Asia/Kolkata")
			},
			want:       []want{{seed.PutinVisitID, changelog.Redated}},
			unrecorded: []string{seed.PutinVisitID},
		},
		{
			name: "confirmed by a new source",
			edit: func(tl *timeline.Timeline) {
				s := tl.Event(seed.SummitID)
				s.Sources = append(s.Sources, lcTASS)
				s.History = append(s.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 25), Source: "tass"})
			},
			want: []want{{seed.SummitID, changelog.StatusChanged}, {seed.SummitID, changelog.SourceAdded}},
		},
		{
			name:   "status restated by another source",
			reason: "the history grew, so SEQUENCE moves, and the log says so",
			edit: func(tl *timeline.Timeline) {
				s := tl.Event(seed.SummitID)
				s.Sources = append(s.Sources, lcTASS)
				s.History = append(s.History, timeline.StatusChange{Status: timeline.Announced, On: lcDay(2025, 11, 25), Source: "tass"})
			},
			want: []want{{seed.SummitID, changelog.StatusChanged}, {seed.SummitID, changelog.SourceAdded}},
		},
		{
			name:   "status edited in place",
			reason: "the last history entry was overwritten instead of appended",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).History[0].Status = timeline.Confirmed
			},
			want:       []want{{seed.PutinVisitID, changelog.StatusChanged}},
			unrecorded: []string{seed.PutinVisitID},
		},
		{
			name:   "history rewritten",
			reason: "a confirmed entry was deleted: the status is the same, but SEQUENCE falls back",
			editOld: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).History = []timeline.StatusChange{
					{Status: timeline.Confirmed, On: lcDay(2025, 11, 17), Source: "tass"},
					{Status: timeline.Held, On: lcDay(2025, 11, 18), Source: "tass"},
				}
			},
			unrecorded: []string{seed.MeetingID},
		},
		{
			name: "event added and event removed",
			edit: func(tl *timeline.Timeline) {
				tl.Events = append(tl.Events, timeline.Event{
					ID: "2025-11-24-modi-putin-call", Kind: timeline.PhoneCall,
					Title:   timeline.Text{Hi: "मोदी–पुतिन फ़ोन वार्ता", En: "Modi–Putin phone call"},
					When:    date.OnDay(lcDay(2025, 11, 24)),
					History: []timeline.StatusChange{{Status: timeline.Held, On: lcDay(2025, 11, 25)}},
				})
				var kept []timeline.Event
				for _, e := range tl.Events {
					if e.ID != seed.QatarID {
						kept = append(kept, e)
					}
				}
				tl.Events = kept
			},
			want: []want{{"2025-11-24-modi-putin-call", changelog.Added}, {seed.QatarID, changelog.Removed}},
		},
		{
			name: "text, place and draft edits are not material",
			edit: func(tl *timeline.Timeline) {
				m := tl.Event(seed.MongoliaID)
				m.Title.En = "Jaishankar meets Mongolia's Prime Minister"
				m.Place.Venue = timeline.Text{En: "Gostiny Dvor"}
				m.Draft = &timeline.Draft{Start: 1, End: 2}
			},
			want: []want{{seed.MongoliaID, changelog.Edited}},
		},
		{
			name:   "a zone added to a day is an edit",
			reason: "the day is the same day; only where it was counted is new",
			edit: func(tl *timeline.Timeline) {
				s := tl.Event(seed.SummitID)
				s.When = s.When.WithZone("Europe/Moscow")
			},
			want: []want{{seed.SummitID, changelog.Edited}},
		},
		{
			name: "a zone changed on a timed date is a re-dating",
			editOld: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).When = date.AtClock(lcDay(2025, 11, 18), 19, 0, "Europe/Moscow")
			},
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).When = date.AtClock(lcDay(2025, 11, 18), 19, 0, "Asia/Kolkata")
			},
			want:       []want{{seed.MeetingID, changelog.Redated}},
			unrecorded: []string{seed.MeetingID},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := seed.Timeline(), seed.Timeline()
			if tt.editOld != nil {
				tt.editOld(old)
			}
			if tt.edit != nil {
				tt.edit(new)
			}
			for _, tl := range []*timeline.Timeline{old, new} {
				if err := tl.Validate(); err != nil {
					t.Fatalf("test timeline is invalid: %v", err)
				}
			}
			changes := changelog.Diff(old, new)
			var got []want
			for _, c := range changes {
				got = append(got, want{c.ID, c.Kind})
				if (c.Old == nil) != (c.Kind == changelog.Added) || (c.New == nil) != (c.Kind == changelog.Removed) {
					t.Errorf("change %s %s: Old %v, New %v", c.ID, c.Kind, c.Old != nil, c.New != nil)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("Changes mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
			var unrecorded []string
			for _, f := range lint.Changes(old, new, changes) {
				if f.Code != lint.Unrecorded {
					t.Errorf("LintChanges code %q, want %q", f.Code, lint.Unrecorded)
				}
				id := f.Message.En[1 : strings.Index(f.Message.En[1:], `"`)+1]
				unrecorded = append(unrecorded, id)
			}
			if diff := cmp.Diff(tt.unrecorded, unrecorded); diff != "" {
				t.Errorf("LintChanges mismatch (-want +got):\n%s", diff)
			}
			lcCheckSequenceRule(t, old, new, changes)
		})
	}
}

// lcCheckSequenceRule checks the rule documented on Changes: for every
// event in both versions, its Revision (the iCalendar SEQUENCE) moves
// exactly when the log has a material change for it, and LintChanges
// reports every event where that fails.
func lcCheckSequenceRule(t *testing.T, old, new *timeline.Timeline, changes []changelog.Change) {
	t.Helper()
	material := map[string]bool{}
	for _, c := range changes {
		if c.Material() {
			material[c.ID] = true
		}
	}
	reported := map[string]bool{}
	for _, f := range lint.Changes(old, new, changes) {
		for i := range new.Events {
			if f.Path == fmt.Sprintf("events[%d].history", i) {
				reported[new.Events[i].ID] = true
			}
		}
	}
	for i := range new.Events {
		n := &new.Events[i]
		o := old.Event(n.ID)
		if o == nil {
			continue
		}
		moved := n.Revision() > o.Revision()
		if ok := moved == material[n.ID] && n.Revision() >= o.Revision(); ok == reported[n.ID] {
			t.Errorf("event %s: revision %d → %d, material change %v, LintChanges reported %v",
				n.ID, o.Revision(), n.Revision(), material[n.ID], reported[n.ID])
		}
	}
}

func ExampleDiff() {
	visit := timeline.Event{
		ID: "2025-12-putin-visit-india", Kind: timeline.Visit,
		Title:   timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:    date.AroundDay(date.Of(2025, time.December, 5), 2).WithZone("Asia/Kolkata"),
		History: []timeline.StatusChange{{Status: timeline.Proposed, On: date.Of(2025, time.November, 18)}},
	}
	old := &timeline.Timeline{Events: []timeline.Event{visit}}
	new := old.Clone()
	v := &new.Events[0]
	v.History = append(v.History, timeline.StatusChange{
		Status: timeline.Rescheduled, On: date.Of(2025, time.December, 1), Previous: v.When,
	})
	v.When = date.OnDay(date.Of(2025, time.December, 4)).WithZone("Asia/Kolkata")

	changes := changelog.Diff(old, new)
	for _, c := range changes {
		fmt.Println(c.ID, c.Kind, c.Material())
	}
	fmt.Println("SEQUENCE:", old.Events[0].Revision(), "→", v.Revision())
	if err := markdown.EncodeChanges(os.Stdout, changes, &markdown.Options{Lang: timeline.English}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 2025-12-putin-visit-india redated true
	// 2025-12-putin-visit-india status_changed true
	// SEQUENCE: 0 → 1
	// ## Corrections and changes
	//
	// - **Putin's visit to India**: date changed: around 5 December 2025 (±2 days) → 4 December 2025.
	// - **Putin's visit to India**: status changed: proposed → rescheduled.
}

// TestChangesBetweenAsOf reads the change log between what the newsroom
// knew on two days: AsOf and Changes agree, and SEQUENCE moves with it.
func TestChangesBetweenAsOf(t *testing.T) {
	story := seed.Story()
	old, new := story.AsOf(lcDay(2025, 11, 20)), story.AsOf(lcDay(2025, 12, 2))
	changes := changelog.Diff(old, new)
	var got []string
	for _, c := range changes {
		s := c.ID + " " + string(c.Kind)
		if c.Source != nil {
			s += " " + c.Source.ID
		}
		if c.Fields != nil {
			s += " " + strings.Join(c.Fields, ",")
		}
		got = append(got, s)
	}
	want := []string{
		"2025-11-24-modi-putin-call added",
		seed.PutinVisitID + " redated",
		seed.PutinVisitID + " status_changed",
		seed.PutinVisitID + " source_added tass",
		seed.PutinVisitID + " source_added mea",
		seed.PutinVisitID + " edited related",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Changes(AsOf(20 Nov), AsOf(2 Dec)) mismatch (-want +got):\n%s", diff)
	}
	if f := lint.Changes(old, new, changes); len(f) != 0 {
		t.Errorf("LintChanges = %v, want none", f)
	}
	lcCheckSequenceRule(t, old, new, changes)
}

// TestFirstStatusIsNotMaterial: an event that had no status and gets its
// first one is edited, not changed materially, because its Revision (the
// iCalendar SEQUENCE) stays 0; the log and the SEQUENCE agree (review
// finding: LintChanges used to flag this as an unrecorded change).
func TestFirstStatusIsNotMaterial(t *testing.T) {
	ev := func(history ...timeline.StatusChange) *timeline.Timeline {
		return &timeline.Timeline{Events: []timeline.Event{{
			ID: "e", Kind: timeline.Visit, Title: timeline.Text{En: "Visit"},
			When:    date.InMonth(2025, time.December),
			Sources: []timeline.Source{{ID: "s", Outlet: "PTI"}},
			History: history,
		}}}
	}
	first := timeline.StatusChange{Status: timeline.Proposed, On: date.Of(2025, 11, 18), Source: "s"}
	second := timeline.StatusChange{Status: timeline.Confirmed, On: date.Of(2025, 11, 25), Source: "s"}
	for _, tc := range []struct {
		name         string
		old, new     *timeline.Timeline
		wantKind     changelog.Kind
		wantMaterial bool
	}{
		{"first status", ev(), ev(first), changelog.Edited, false},
		{"second status", ev(first), ev(first, second), changelog.StatusChanged, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			changes := changelog.Diff(tc.old, tc.new)
			if len(changes) != 1 || changes[0].Kind != tc.wantKind || changes[0].Material() != tc.wantMaterial {
				t.Fatalf("Changes = %+v, want one %s change with Material() = %v", changes, tc.wantKind, tc.wantMaterial)
			}
			if f := lint.Changes(tc.old, tc.new, changes); len(f) != 0 {
				t.Errorf("LintChanges = %v, want none", f)
			}
			lcCheckSequenceRule(t, tc.old, tc.new, changes)
		})
	}
}

func lcDay(y int, m time.Month, d int) date.Date { return date.Of(y, m, d) }

var lcTASS = timeline.Source{
	ID: "tass", Outlet: "TASS", Reported: date.Of(2025, time.November, 18),
	Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"},
}
