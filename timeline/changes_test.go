package timeline_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

func TestChanges(t *testing.T) {
	type want struct {
		id   string
		kind timeline.ChangeKind
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
				v.When = timeline.OnDay(lcDay(2025, 12, 4)).WithZone("Asia/Kolkata")
			},
			want: []want{{seed.PutinVisitID, timeline.ChangeRedated}, {seed.PutinVisitID, timeline.ChangeStatus}},
		},
		{
			name:   "re-dated without a history entry",
			reason: "SEQUENCE would not move, so calendars keep the old date",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).When = timeline.OnDay(lcDay(2025, 12, 4)).WithZone("Asia/Kolkata")
			},
			want:       []want{{seed.PutinVisitID, timeline.ChangeRedated}},
			unrecorded: []string{seed.PutinVisitID},
		},
		{
			name: "confirmed by a new source",
			edit: func(tl *timeline.Timeline) {
				s := tl.Event(seed.SummitID)
				s.Sources = append(s.Sources, lcTASS)
				s.History = append(s.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 25), Source: "tass"})
			},
			want: []want{{seed.SummitID, timeline.ChangeStatus}, {seed.SummitID, timeline.ChangeSourceAdded}},
		},
		{
			name:   "status restated by another source",
			reason: "the history grew, so SEQUENCE moves, and the log says so",
			edit: func(tl *timeline.Timeline) {
				s := tl.Event(seed.SummitID)
				s.Sources = append(s.Sources, lcTASS)
				s.History = append(s.History, timeline.StatusChange{Status: timeline.Announced, On: lcDay(2025, 11, 25), Source: "tass"})
			},
			want: []want{{seed.SummitID, timeline.ChangeStatus}, {seed.SummitID, timeline.ChangeSourceAdded}},
		},
		{
			name:   "status edited in place",
			reason: "the last history entry was overwritten instead of appended",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).History[0].Status = timeline.Confirmed
			},
			want:       []want{{seed.PutinVisitID, timeline.ChangeStatus}},
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
					When:    timeline.OnDay(lcDay(2025, 11, 24)),
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
			want: []want{{"2025-11-24-modi-putin-call", timeline.ChangeAdded}, {seed.QatarID, timeline.ChangeRemoved}},
		},
		{
			name: "text, place and draft edits are not material",
			edit: func(tl *timeline.Timeline) {
				m := tl.Event(seed.MongoliaID)
				m.Title.En = "Jaishankar meets Mongolia's Prime Minister"
				m.Place.Venue = timeline.Text{En: "Gostiny Dvor"}
				m.Draft = &timeline.Draft{Start: 1, End: 2}
			},
			want: []want{{seed.MongoliaID, timeline.ChangeEdited}},
		},
		{
			name:   "a zone added to a day is an edit",
			reason: "the day is the same day; only where it was counted is new",
			edit: func(tl *timeline.Timeline) {
				s := tl.Event(seed.SummitID)
				s.When = s.When.WithZone("Europe/Moscow")
			},
			want: []want{{seed.SummitID, timeline.ChangeEdited}},
		},
		{
			name: "a zone changed on a timed date is a re-dating",
			editOld: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).When = timeline.AtClock(lcDay(2025, 11, 18), 19, 0, "Europe/Moscow")
			},
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).When = timeline.AtClock(lcDay(2025, 11, 18), 19, 0, "Asia/Kolkata")
			},
			want:       []want{{seed.MeetingID, timeline.ChangeRedated}},
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
			changes := timeline.Changes(old, new)
			var got []want
			for _, c := range changes {
				got = append(got, want{c.ID, c.Kind})
				if (c.Old == nil) != (c.Kind == timeline.ChangeAdded) || (c.New == nil) != (c.Kind == timeline.ChangeRemoved) {
					t.Errorf("change %s %s: Old %v, New %v", c.ID, c.Kind, c.Old != nil, c.New != nil)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("Changes mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
			var unrecorded []string
			for _, f := range timeline.LintChanges(old, new, changes) {
				if f.Code != timeline.LintUnrecorded {
					t.Errorf("LintChanges code %q, want %q", f.Code, timeline.LintUnrecorded)
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
func lcCheckSequenceRule(t *testing.T, old, new *timeline.Timeline, changes []timeline.Change) {
	t.Helper()
	material := map[string]bool{}
	for _, c := range changes {
		if c.Material() {
			material[c.ID] = true
		}
	}
	reported := map[string]bool{}
	for _, f := range timeline.LintChanges(old, new, changes) {
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

// lcCorrection is the seed and a later version of it with one change of
// each kind, for the Markdown golden files.
func lcCorrection() (old, new *timeline.Timeline) {
	old = seed.Timeline()
	new = seed.Timeline()
	v := new.Event(seed.PutinVisitID)
	v.Sources = append(v.Sources, timeline.Source{ID: "mea", Outlet: "Ministry of External Affairs", URL: "https://www.mea.gov.in/", Reported: lcDay(2025, 12, 1),
		Attribution: timeline.Text{Hi: "विदेश मंत्रालय के अनुसार", En: "according to the MEA"}})
	v.History = append(v.History, timeline.StatusChange{Status: timeline.Rescheduled, On: lcDay(2025, 12, 1), Source: "mea", Previous: v.When,
		Note: timeline.Text{Hi: "मेज़बान के कार्यक्रम के कारण", En: "over the host's schedule"}})
	v.When = until(timeline.OnDay(lcDay(2025, 12, 4)), timeline.OnDay(lcDay(2025, 12, 5))).WithZone("Asia/Kolkata")
	s := new.Event(seed.SummitID)
	s.Sources = append(s.Sources, lcTASS)
	s.History = append(s.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 25), Source: "tass"})
	new.Event(seed.MongoliaID).Title.En = "Jaishankar meets Mongolia's Prime Minister *Zandanshatar*"
	new.Events = append(new.Events, timeline.Event{
		ID: "2025-11-24-modi-putin-call", Kind: timeline.PhoneCall,
		Title:   timeline.Text{Hi: "मोदी–पुतिन फ़ोन वार्ता", En: "Modi–Putin phone call"},
		When:    timeline.AtClock(lcDay(2025, 11, 24), 18, 30, "Asia/Kolkata"),
		Place:   timeline.Place{TimeZone: "Asia/Kolkata"},
		History: []timeline.StatusChange{{Status: timeline.Held, On: lcDay(2025, 11, 25)}},
	})
	var kept []timeline.Event
	for _, e := range new.Events {
		if e.ID != seed.QatarID {
			kept = append(kept, e)
		}
	}
	new.Events = kept
	new.Sort()
	return old, new
}

func TestWriteChangesMarkdownGolden(t *testing.T) {
	old, new := lcCorrection()
	for _, tl := range []*timeline.Timeline{old, new} {
		if err := tl.Validate(); err != nil {
			t.Fatalf("test timeline is invalid: %v", err)
		}
	}
	changes := timeline.Changes(old, new)
	if f := timeline.LintChanges(old, new, changes); len(f) != 0 {
		t.Errorf("LintChanges = %v, want none: every material change is recorded", f)
	}
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		var b bytes.Buffer
		if err := timeline.WriteChangesMarkdown(&b, changes, lang); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", "changes", "correction."+string(lang)+".md"), b.Bytes())
	}
	var b bytes.Buffer
	if err := timeline.WriteChangesMarkdown(&b, nil, timeline.English); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "## Corrections and changes\n\nNo changes.\n"; got != want {
		t.Errorf("WriteChangesMarkdown(no changes) = %q, want %q", got, want)
	}
}

type lcFailWriter struct{}

func (lcFailWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteChangesMarkdownError(t *testing.T) {
	old, new := lcCorrection()
	if err := timeline.WriteChangesMarkdown(lcFailWriter{}, timeline.Changes(old, new), timeline.Hindi); err == nil {
		t.Error("WriteChangesMarkdown to a failing writer = nil error, want the write error")
	}
}

func ExampleChanges() {
	old := seed.Timeline()
	new := seed.Timeline()
	v := new.Event(seed.PutinVisitID)
	v.History = append(v.History, timeline.StatusChange{
		Status: timeline.Rescheduled, On: timeline.DateOf(2025, time.December, 1), Previous: v.When,
	})
	v.When = timeline.OnDay(timeline.DateOf(2025, time.December, 4)).WithZone("Asia/Kolkata")

	changes := timeline.Changes(old, new)
	for _, c := range changes {
		fmt.Println(c.ID, c.Kind, c.Material())
	}
	fmt.Println("SEQUENCE:", old.Event(seed.PutinVisitID).Revision(), "→", v.Revision())
	if err := timeline.WriteChangesMarkdown(os.Stdout, changes, timeline.English); err != nil {
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
	story := lcStory()
	old, new := story.AsOf(lcDay(2025, 11, 20)), story.AsOf(lcDay(2025, 12, 2))
	changes := timeline.Changes(old, new)
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
	if f := timeline.LintChanges(old, new, changes); len(f) != 0 {
		t.Errorf("LintChanges = %v, want none", f)
	}
	lcCheckSequenceRule(t, old, new, changes)
}

// TestWriteChangesMarkdownParses checks the correction note as Markdown:
// one list item per change, and a title with Markdown characters stays
// text.
func TestWriteChangesMarkdownParses(t *testing.T) {
	old, new := lcCorrection()
	changes := timeline.Changes(old, new)
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		var src bytes.Buffer
		if err := timeline.WriteChangesMarkdown(&src, changes, lang); err != nil {
			t.Fatal(err)
		}
		doc := goldmark.New().Parser().Parse(text.NewReader(src.Bytes()))
		items, emphasis := 0, 0
		err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.ListItem:
				items++
			case *ast.Emphasis:
				if n.Level == 1 {
					emphasis++ // only a title's own *…* would make one
				}
			}
			return ast.WalkContinue, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if items != len(changes) {
			t.Errorf("%s note has %d list items, want %d:\n%s", lang, items, len(changes), src.String())
		}
		if emphasis != 0 {
			t.Errorf("%s note: a title's * became emphasis:\n%s", lang, src.String())
		}
	}
}

// TestWriteChangesMarkdownEscapesHostileText: text and URLs from the data
// cannot add headings, HTML or links that run script to a correction note
// (Changes compares timelines that need not have been validated).
func TestWriteChangesMarkdownEscapesHostileText(t *testing.T) {
	title := "# Injected\n<script>alert(1)</script> | *x* [l](javascript:alert(1))"
	event := func(sources ...timeline.Source) timeline.Event {
		return timeline.Event{
			ID: "e", Kind: timeline.Summit, Title: timeline.Text{Hi: title, En: title},
			When:    timeline.OnDay(timeline.DateOf(2025, 12, 5)),
			Sources: sources,
			History: []timeline.StatusChange{{Status: timeline.Proposed, On: timeline.DateOf(2025, 11, 18), Source: "c", Note: timeline.Text{En: title, Hi: title}}},
		}
	}
	known := timeline.Source{ID: "c", Outlet: "PTI", URL: "https://pti.example/1"}
	old := &timeline.Timeline{Events: []timeline.Event{event(known)}}
	new := &timeline.Timeline{Events: []timeline.Event{event(known,
		timeline.Source{ID: "a", Outlet: "<b>TASS</b>", URL: "javascript:alert(1)"},
		timeline.Source{ID: "b", Outlet: "MEA", URL: "https://x.example/a b\n# Injected heading\n<script>x</script>"},
	)}}
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		var b bytes.Buffer
		if err := timeline.WriteChangesMarkdown(&b, timeline.Changes(old, new), lang); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "MEA") {
			t.Fatalf("%s: the note does not list the new sources:\n%s", lang, b.String())
		}
		doc := parseMarkdownWith(t, b.Bytes(), true)
		if got := headingCounts(doc); got != [7]int{2: 1} {
			t.Errorf("%s: headings by level %v; the data added a heading:\n%s", lang, got, b.String())
		}
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.HTMLBlock, *ast.RawHTML:
				t.Errorf("%s: raw HTML from the data:\n%s", lang, b.String())
			case *ast.Link:
				if !strings.HasPrefix(string(n.Destination), "https://") {
					t.Errorf("%s: link to %q", lang, n.Destination)
				}
			case *ast.Heading:
				if strings.Contains(string(n.Lines().Value(b.Bytes())), "Injected") {
					t.Errorf("%s: the data made a heading:\n%s", lang, b.String())
				}
			}
			return ast.WalkContinue, nil
		})
	}
}

// TestFirstStatusIsNotMaterial: an event that had no status and gets its
// first one is edited, not changed materially, because its Revision (the
// iCalendar SEQUENCE) stays 0; the log and the SEQUENCE agree (review
// finding: LintChanges used to flag this as an unrecorded change).
func TestFirstStatusIsNotMaterial(t *testing.T) {
	ev := func(history ...timeline.StatusChange) *timeline.Timeline {
		return &timeline.Timeline{Events: []timeline.Event{{
			ID: "e", Kind: timeline.Visit, Title: timeline.Text{En: "Visit"},
			When:    timeline.InMonth(2025, time.December),
			Sources: []timeline.Source{{ID: "s", Outlet: "PTI"}},
			History: history,
		}}}
	}
	first := timeline.StatusChange{Status: timeline.Proposed, On: timeline.DateOf(2025, 11, 18), Source: "s"}
	second := timeline.StatusChange{Status: timeline.Confirmed, On: timeline.DateOf(2025, 11, 25), Source: "s"}
	for _, tc := range []struct {
		name         string
		old, new     *timeline.Timeline
		wantKind     timeline.ChangeKind
		wantMaterial bool
	}{
		{"first status", ev(), ev(first), timeline.ChangeEdited, false},
		{"second status", ev(first), ev(first, second), timeline.ChangeStatus, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			changes := timeline.Changes(tc.old, tc.new)
			if len(changes) != 1 || changes[0].Kind != tc.wantKind || changes[0].Material() != tc.wantMaterial {
				t.Fatalf("Changes = %+v, want one %s change with Material() = %v", changes, tc.wantKind, tc.wantMaterial)
			}
			if f := timeline.LintChanges(tc.old, tc.new, changes); len(f) != 0 {
				t.Errorf("LintChanges = %v, want none", f)
			}
			lcCheckSequenceRule(t, tc.old, tc.new, changes)
		})
	}
}
