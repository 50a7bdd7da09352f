package draft_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// secondEditor is one file of testdata/<set>/second-editor: what a second
// editor, who saw neither the first editor's expectations nor the
// drafter, wrote for the same excerpt.
type secondEditor struct {
	URL       string          `json:"url"` // the report's, as in the first editor's file
	Expected  []corpusEvent   `json:"expected"`
	NotEvents json.RawMessage `json:"not_events"`
}

// TestEditorAgreement scores one editor against another with the scorer
// the drafter is judged by: the second editor's events stand in for drafts
// and the first editor's are the expectations, then the other way round.
// It measures how far the targets are reachable at all: where two careful
// editors disagree on a date, a status or a source, no reader of the text
// can agree with both. The tables are kept in
// testdata/agreement-<set>.txt (rewritten with -update).
func TestEditorAgreement(t *testing.T) {
	sets, err := filepath.Glob(filepath.Join("testdata", "*", "second-editor"))
	if err != nil || len(sets) == 0 {
		t.Fatalf("no testdata/*/second-editor folder: %v", err)
	}
	for _, dir := range sets {
		set := filepath.Base(filepath.Dir(dir))
		t.Run(set, func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join("testdata", set, "*.json"))
			if err != nil || len(files) == 0 {
				t.Fatalf("no articles in testdata/%s: %v", set, err)
			}
			var report strings.Builder
			for _, way := range []struct {
				title string
				swap  bool
			}{
				{"the second editor's events scored against the first's", false},
				{"the first editor's events scored against the second's", true},
			} {
				var scores []articleScore
				for _, f := range files {
					first := readCorpusArticle(t, f)
					second := readJSONFile[secondEditor](t, filepath.Join("testdata", set, "second-editor", filepath.Base(f)))
					if second.URL != first.URL {
						t.Fatalf("%s: the second editor's file is of %q, not %q", f, second.URL, first.URL)
					}
					ref, other := first, second.Expected
					if way.swap {
						ref.Expected, other = second.Expected, first.Expected
					}
					events, err := editorDrafts(first.Excerpt, other)
					if err != nil {
						t.Fatalf("%s: %v", f, err)
					}
					name, _, _ := strings.Cut(filepath.Base(f), "-")
					scores = append(scores, scoreArticle(t, name, ref, events))
				}
				table, _ := scoreTable(scores)
				fmt.Fprintf(&report, "%s\n\n%s\n", way.title, table)
				if testing.Verbose() {
					logScores(t, scores)
				}
			}
			t.Log("\n" + report.String())
			golden.Check(t, filepath.Join("testdata", "agreement-"+set+".txt"), []byte(report.String()))
		})
	}
}

// TestEditorDraftsAgreeWithThemselves checks the conversion the agreement
// rests on: an editor's events, made into drafts, score all right against
// themselves on every stored set.
func TestEditorDraftsAgreeWithThemselves(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "heldout*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out articles: %v", err)
	}
	for _, f := range files {
		a := readCorpusArticle(t, f)
		events, err := editorDrafts(a.Excerpt, a.Expected)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s := scoreArticle(t, f, a, events)
		if s.allRight != s.expected || s.noise != 0 || s.participantsRight != s.expected {
			t.Errorf("%s: all right %d, participants %d of %d, noise %d; wrong %q, missed %q, participants %q",
				f, s.allRight, s.participantsRight, s.expected, s.noise, s.wrong, s.missed, s.partsWrong)
		}
	}
}

// editorDrafts turns an editor's expected events into the drafts the
// scorer reads: kind, date, status, attribution, participants, and the
// evidence as the draft's spans. A drafter's span is the whole sentence;
// an editor's evidence is a few words of it, so two editors' events pair
// only where their pieces overlap (adding the sentences that hold them
// changed no table of the three sets when it was tried).
func editorDrafts(text string, xs []corpusEvent) ([]timeline.Event, error) {
	var out []timeline.Event
	for i, x := range xs {
		spans := evidenceSpans(text, x.Evidence)
		if len(spans) == 0 {
			return nil, fmt.Errorf("event %d (%s): evidence not in the excerpt", i+1, x.What)
		}
		when, err := corpusWhen(x.Date)
		if err != nil {
			return nil, fmt.Errorf("event %d (%s): %v", i+1, x.What, err)
		}
		kind := kindOf(x.Kind)
		if x.Kind == "meeting" {
			kind = timeline.BilateralMeeting // heldout4's word for either meeting of two sides
		}
		status := timeline.Status(x.Status)
		if x.Status == "planned" {
			status = timeline.Announced // as statusMatches reads it
		}
		e := timeline.Event{
			ID:          fmt.Sprintf("editor-%02d", i+1),
			Kind:        kind,
			Description: timeline.Text{Hi: x.What},
			When:        when,
			History:     []timeline.StatusChange{{Status: status}},
			Draft:       &timeline.Draft{Start: spans[0].start, End: spans[0].end},
		}
		for _, s := range spans[1:] {
			e.Draft.Also = append(e.Draft.Also, timeline.Span{Start: s.start, End: s.end})
		}
		if x.Attribution != "" {
			e.Sources = []timeline.Source{{ID: "attributed", Attribution: timeline.Text{Hi: x.Attribution}}}
		}
		for _, p := range x.Participants {
			e.Participants = append(e.Participants, timeline.Participant{
				Name: timeline.Text{Hi: p.Name}, Title: timeline.Text{Hi: p.Office},
				Country: p.Country, Role: timeline.Role(p.Role),
			})
		}
		out = append(out, e)
	}
	return out, nil
}

// corpusWhen reads an editor's date ("YYYY-MM-DD", "YYYY-MM", "YYYY",
// "A/B", "~X", "<X", "<=X", or "" for none) as the days dateMatches
// compares; "~" marks nothing the scorer checks.
func corpusWhen(s string) (date.When, error) {
	s = strings.TrimPrefix(s, "~")
	if s == "" {
		return date.When{}, nil
	}
	if rest, ok := strings.CutPrefix(s, "<="); ok {
		_, end, err := corpusDays(rest)
		return date.Before(end), err
	}
	if rest, ok := strings.CutPrefix(s, "<"); ok {
		start, _, err := corpusDays(rest)
		return date.Before(start), err
	}
	first, last, isSpan := strings.Cut(s, "/")
	start, end, err := corpusDays(first)
	if err != nil {
		return date.When{}, fmt.Errorf("date %q: %v", s, err)
	}
	if isSpan {
		if _, end, err = corpusDays(last); err != nil {
			return date.When{}, fmt.Errorf("date %q: %v", s, err)
		}
	}
	switch {
	case !isSpan && len(first) == 4:
		return date.InYear(start.Year()), nil
	case !isSpan && len(first) == 7:
		return date.InMonth(start.Year(), start.Month()), nil
	case !isSpan:
		return date.OnDay(start), nil
	}
	return date.OnDay(start).Until(date.OnDay(end.AddDays(-1)))
}
