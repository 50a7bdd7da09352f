package markdown_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/changelog"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/lint"
	"github.com/samayrekha/samayrekha/timeline/markdown"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

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
	v.When = until(date.OnDay(lcDay(2025, 12, 4)), date.OnDay(lcDay(2025, 12, 5))).WithZone("Asia/Kolkata")
	s := new.Event(seed.SummitID)
	s.Sources = append(s.Sources, lcTASS)
	s.History = append(s.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 25), Source: "tass"})
	new.Event(seed.MongoliaID).Title.En = "Jaishankar meets Mongolia's Prime Minister *Zandanshatar*"
	new.Events = append(new.Events, timeline.Event{
		ID: "2025-11-24-modi-putin-call", Kind: timeline.PhoneCall,
		Title:   timeline.Text{Hi: "मोदी–पुतिन फ़ोन वार्ता", En: "Modi–Putin phone call"},
		When:    date.AtClock(lcDay(2025, 11, 24), 18, 30, "Asia/Kolkata"),
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

func TestEncodeChangesGolden(t *testing.T) {
	old, new := lcCorrection()
	for _, tl := range []*timeline.Timeline{old, new} {
		if err := tl.Validate(); err != nil {
			t.Fatalf("test timeline is invalid: %v", err)
		}
	}
	changes := changelog.Diff(old, new)
	if f := lint.Changes(old, new, changes); len(f) != 0 {
		t.Errorf("LintChanges = %v, want none: every material change is recorded", f)
	}
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		var b bytes.Buffer
		if err := markdown.EncodeChanges(&b, changes, &markdown.Options{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", "changes", "correction."+string(lang)+".md"), b.Bytes())
	}
	var b bytes.Buffer
	if err := markdown.EncodeChanges(&b, nil, &markdown.Options{Lang: timeline.English}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "## Corrections and changes\n\nNo changes.\n"; got != want {
		t.Errorf("WriteChangesMarkdown(no changes) = %q, want %q", got, want)
	}
}

type lcFailWriter struct{}

func (lcFailWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestEncodeChangesError(t *testing.T) {
	old, new := lcCorrection()
	if err := markdown.EncodeChanges(lcFailWriter{}, changelog.Diff(old, new), &markdown.Options{Lang: timeline.Hindi}); err == nil {
		t.Error("WriteChangesMarkdown to a failing writer = nil error, want the write error")
	}
}

// TestEncodeChangesParses checks the correction note as Markdown:
// one list item per change, and a title with Markdown characters stays
// text.
func TestEncodeChangesParses(t *testing.T) {
	old, new := lcCorrection()
	changes := changelog.Diff(old, new)
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		var src bytes.Buffer
		if err := markdown.EncodeChanges(&src, changes, &markdown.Options{Lang: lang}); err != nil {
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

// TestEncodeChangesEscapesHostileText: text and URLs from the data
// cannot add headings, HTML or links that run script to a correction note
// (Changes compares timelines that need not have been validated).
func TestEncodeChangesEscapesHostileText(t *testing.T) {
	title := "# Injected\n<script>alert(1)</script> | *x* [l](javascript:alert(1))"
	event := func(sources ...timeline.Source) timeline.Event {
		return timeline.Event{
			ID: "e", Kind: timeline.Summit, Title: timeline.Text{Hi: title, En: title},
			When:    date.OnDay(date.Of(2025, 12, 5)),
			Sources: sources,
			History: []timeline.StatusChange{{Status: timeline.Proposed, On: date.Of(2025, 11, 18), Source: "c", Note: timeline.Text{En: title, Hi: title}}},
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
		if err := markdown.EncodeChanges(&b, changelog.Diff(old, new), &markdown.Options{Lang: lang}); err != nil {
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

func lcDay(y int, m time.Month, d int) date.Date { return date.Of(y, m, d) }

var lcTASS = timeline.Source{
	ID: "tass", Outlet: "TASS", Reported: date.Of(2025, time.November, 18),
	Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"},
}
