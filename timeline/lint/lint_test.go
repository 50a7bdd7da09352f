package lint_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/draft"
	"github.com/samayrekha/samayrekha/timeline/lint"
)

func lcDay(y int, m time.Month, d int) date.Date { return date.Of(y, m, d) }

// lcPath returns "events[i]" (plus "."+field) for the event id in tl.
func lcPath(t *testing.T, tl *timeline.Timeline, id, field string) string {
	t.Helper()
	for i := range tl.Events {
		if tl.Events[i].ID == id {
			if field == "" {
				return fmt.Sprintf("events[%d]", i)
			}
			return fmt.Sprintf("events[%d].%s", i, field)
		}
	}
	t.Fatalf("no event %q", id)
	return ""
}

var lcTASS = timeline.Source{
	ID: "tass", Outlet: "TASS", Reported: date.Of(2025, time.November, 18),
	Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"},
}

func TestLint(t *testing.T) {
	type want struct{ id, field, code string }
	tests := []struct {
		name   string
		reason string
		asOf   date.Date
		edit   func(tl *timeline.Timeline)
		want   []want
	}{
		{name: "seed is clean"},
		{
			name: "seed as of 20 December: the proposed visit went stale",
			asOf: lcDay(2025, 12, 20),
			want: []want{{seed.PutinVisitID, "history", lint.Stale}},
		},
		{
			name:   "last day of the window is not stale yet",
			reason: "around 5 December ±2 ends with 7 December; on 7 December it may still happen",
			asOf:   lcDay(2025, 12, 7),
		},
		{
			name: "first day after the window is stale",
			asOf: lcDay(2025, 12, 8),
			want: []want{{seed.PutinVisitID, "history", lint.Stale}},
		},
		{
			name: "a later status settles it",
			asOf: lcDay(2025, 12, 20),
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.History = append(e.History, timeline.StatusChange{Status: timeline.Held, On: lcDay(2025, 12, 5)})
			},
		},
		{
			name:   "status reported after the as-of day does not count",
			reason: "on 20 December the newsroom did not yet know the visit was postponed",
			asOf:   lcDay(2025, 12, 20),
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.History = append(e.History, timeline.StatusChange{Status: timeline.Postponed, On: lcDay(2025, 12, 21)})
			},
			want: []want{{seed.PutinVisitID, "history", lint.Stale}},
		},
		{
			name: "Hindi weekday contradicts the date",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).Description.Hi = "जयशंकर ने गुरुवार (18 नवंबर 2025) को पुतिन से मुलाकात की।"
			},
			want: []want{{seed.MeetingID, "description.hi", lint.Weekday}},
		},
		{
			name: "Hindi weekday matches the date",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).Description.Hi = "जयशंकर ने मंगलवार (18 नवंबर 2025) को पुतिन से मुलाकात की।"
			},
		},
		{
			name: "Devanagari digits and a weekday after the date",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).Title.Hi = "१८ नवम्बर, बुधवार: जयशंकर–पुतिन मुलाकात"
			},
			want: []want{{seed.MeetingID, "title.hi", lint.Weekday}},
		},
		{
			name:   "English weekday without a year",
			reason: "the year is the one nearest the event's date, 2025",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).Description.En = "On Thursday, November 18, Jaishankar met Putin."
			},
			want: []want{{seed.MeetingID, "description.en", lint.Weekday}},
		},
		{
			name:   "weekday not next to a date is not checked",
			reason: "गुरुवार here is another day of the story",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).Description.Hi = "18 नवंबर को मुलाकात हुई; गुरुवार को वे दिल्ली लौटेंगे।"
			},
		},
		{
			name: "timed event without a venue zone",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.MeetingID)
				e.When = date.AtClock(lcDay(2025, 11, 18), 19, 0, "Europe/Moscow")
				e.Place.TimeZone = ""
			},
			want: []want{{seed.MeetingID, "place.timezone", lint.NoVenueZone}},
		},
		{
			name: "timed event in another zone than its venue",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).When = date.AtClock(lcDay(2025, 11, 18), 21, 30, "Asia/Kolkata")
			},
			want: []want{{seed.MeetingID, "when.zone", lint.ZoneMismatch}},
		},
		{
			name: "confirmed on one outlet's word",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.SummitID)
				e.History = append(e.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 20), Source: "jaishankar-post"})
			},
			want: []want{{seed.SummitID, "history", lint.SingleSource}},
		},
		{
			name: "confirmed by two outlets",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.SummitID)
				e.Sources = append(e.Sources, lcTASS)
				e.History = append(e.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 20), Source: "tass"})
			},
		},
		{
			name: "sources conflict on the date",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Sources = append(e.Sources, lcTASS)
				e.Description.Hi = "TASS के अनुसार दौरा 5 दिसंबर को होगा। रिपोर्ट्स के अनुसार यह 6 दिसंबर को प्रस्तावित है।"
				e.Description.En = ""
			},
			want: []want{{seed.PutinVisitID, "description.hi", lint.SourcesConflict}},
		},
		{
			name: "sources agree on the date",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Sources = append(e.Sources, lcTASS)
				e.Description.En = "According to TASS the visit is on 5 December. According to reports it is proposed for 5 December."
			},
		},
		{
			name: "sideline meeting outside its parent",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MongoliaID).When = date.OnDay(lcDay(2025, 12, 2)).WithZone("Europe/Moscow")
			},
			want: []want{{seed.MongoliaID, "when", lint.OutsideParent}},
		},
		{
			name:   "approximate parent widens its window",
			reason: "a meeting on 3 December is within around 5 December ±2",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.MongoliaID)
				e.PartOf = seed.PutinVisitID
				e.When = date.OnDay(lcDay(2025, 12, 3))
			},
		},
		{
			name: "Hindi and English give different dates",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).Description.En = "According to reports the visit is proposed for around 6 December."
			},
			want: []want{{seed.PutinVisitID, "description", lint.LangDate}},
		},
		{
			name:   "ranges agree",
			reason: "both ends of a range count, however it is written",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Description.Hi = "रिपोर्ट्स के अनुसार दौरा 5 से 7 दिसंबर तक प्रस्तावित है।"
				e.Description.En = "According to reports the visit is proposed for December 5-7."
			},
		},
		{
			name: "ranges disagree",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Description.Hi = "रिपोर्ट्स के अनुसार दौरा 4 और 5 दिसंबर को प्रस्तावित है।"
				e.Description.En = "According to reports the visit is proposed for 5–6 December."
			},
			want: []want{{seed.PutinVisitID, "description", lint.LangDate}},
		},
		{
			name:   "31 November is no date",
			reason: "a day the month lacks is not read as 1 December",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).Description.En = "The visit is proposed for 31 November."
			},
		},
		{
			name: "Hindi says proposed, English says held",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).Description.En = "The visit was held around 5 December."
			},
			want: []want{{seed.PutinVisitID, "description", lint.LangStatus}},
		},
		{
			name:   "Hindi says टल गया, English says held",
			reason: "issue 12: lint did not know टल for postponed; the Hindi layer's cues are the same for every reader",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Description.Hi = "रिपोर्ट्स के अनुसार 5 दिसंबर के आसपास का दौरा टल गया है।"
				e.Description.En = "The visit was held around 5 December."
			},
			want: []want{{seed.PutinVisitID, "description", lint.LangStatus}},
		},
		{
			name:   "a negated status word states nothing",
			reason: "पुष्ट नहीं is not confirmed; the English says proposed, the Hindi nothing",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Description.Hi = "रिपोर्ट्स के अनुसार 5 दिसंबर के आसपास के दौरे की तारीख अभी पुष्ट नहीं है।"
				e.Description.En = "According to reports the visit is proposed for around 5 December."
			},
		},
		{
			name:   "Hindi weekday contradicts a date with a time",
			reason: "hindidate.FindAll keeps the match and reports the weekday on it (issue 11)",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.MeetingID).Description.Hi = "जयशंकर ने गुरुवार (18 नवंबर 2025) को शाम 5 बजे पुतिन से मुलाकात की।"
			},
			want: []want{{seed.MeetingID, "description.hi", lint.Weekday}},
		},
		{
			name:   "a relative day is not read against the event's date",
			reason: "कल is relative to the article's dateline, which the timeline does not keep",
			edit: func(tl *timeline.Timeline) {
				e := tl.Event(seed.PutinVisitID)
				e.Description.Hi = "रिपोर्ट्स के अनुसार दौरा 5 दिसंबर के आसपास प्रस्तावित है; कल इसकी घोषणा हो सकती है।"
			},
		},
		{
			name:   "will be held is a plan, not a report",
			reason: "the English future tense does not contradict प्रस्तावित",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.PutinVisitID).Description.En = "The visit will be held around 5 December."
			},
		},
		{
			name: "an unchecked draft",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.SummitID).Draft = &timeline.Draft{Start: 0, End: 10}
			},
			want: []want{{seed.SummitID, "draft", lint.Draft}},
		},
		{
			name:   "an untitled event read from a calendar",
			reason: "issue 13: ical gives a VEVENT without SUMMARY the placeholder title",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.SummitID).Title = timeline.Text{Hi: timeline.UntitledHi, En: timeline.UntitledEn}
			},
			want: []want{{seed.SummitID, "title", lint.Untitled}},
		},
		{
			name: "a title of blanks",
			edit: func(tl *timeline.Timeline) {
				tl.Event(seed.SummitID).Title = timeline.Text{En: " "}
			},
			want: []want{{seed.SummitID, "title", lint.Untitled}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := seed.Timeline()
			if tt.edit != nil {
				tt.edit(tl)
			}
			if err := tl.Validate(); err != nil {
				t.Fatalf("test timeline is invalid: %v", err)
			}
			var wantStr []string
			for _, w := range tt.want {
				wantStr = append(wantStr, lcPath(t, tl, w.id, w.field)+" "+w.code)
			}
			var gotStr []string
			for _, f := range lint.Check(tl, &lint.Options{AsOf: tt.asOf}) {
				gotStr = append(gotStr, f.Path+" "+f.Code)
				if f.Message.Hi == "" || f.Message.En == "" {
					t.Errorf("finding %s: message missing a language: %+v", f.Code, f.Message)
				}
			}
			if diff := cmp.Diff(wantStr, gotStr); diff != "" {
				t.Errorf("Lint findings mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

// lcMessyTimeline is the seed with one of each problem Lint finds.
func lcMessyTimeline() *timeline.Timeline {
	tl := seed.Timeline()
	m := tl.Event(seed.MeetingID)
	m.Description.Hi = "जयशंकर ने गुरुवार (18 नवंबर 2025) को पुतिन से मुलाकात की।"
	m.When = date.AtClock(lcDay(2025, 11, 18), 19, 0, "Europe/Moscow")
	m.Place.TimeZone = ""
	s := tl.Event(seed.SummitID)
	s.History = append(s.History, timeline.StatusChange{Status: timeline.Confirmed, On: lcDay(2025, 11, 20), Source: "jaishankar-post"})
	p := tl.Event(seed.PutinVisitID)
	p.Sources = append(p.Sources, lcTASS)
	p.Description.Hi = "TASS के अनुसार दौरा 5 दिसंबर को होगा। रिपोर्ट्स के अनुसार यह 6 दिसंबर को प्रस्तावित है।"
	p.Description.En = "The visit was held on 7 December."
	tl.Event(seed.MongoliaID).When = date.OnDay(lcDay(2025, 12, 2)).WithZone("Europe/Moscow")
	tl.Event(seed.QatarID).Draft = &timeline.Draft{From: "article-hi.txt", Start: 0, End: 10, Notes: []string{"status guessed"}}
	return tl
}

func lcFormatFindings(fs []lint.Finding) []byte {
	var b bytes.Buffer
	for _, f := range fs {
		fmt.Fprintf(&b, "%s\t%s\n\thi: %s\n\ten: %s\n", f.Path, f.Code, f.Message.Hi, f.Message.En)
	}
	return b.Bytes()
}

func TestLintGolden(t *testing.T) {
	tl := lcMessyTimeline()
	if err := tl.Validate(); err != nil {
		t.Fatalf("messy timeline is invalid: %v", err)
	}
	golden.Check(t, filepath.Join("testdata", "messy.golden"), lcFormatFindings(lint.Check(tl, &lint.Options{AsOf: lcDay(2025, 12, 20)})))
}

func TestLintDoesNotChangeTimeline(t *testing.T) {
	tl := lcMessyTimeline()
	before, err := timeline.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	lint.Check(tl, &lint.Options{AsOf: lcDay(2025, 12, 20)})
	after, err := timeline.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("Lint changed the timeline:\n%s", cmp.Diff(string(before), string(after)))
	}
}

func TestFindingString(t *testing.T) {
	f := lint.Finding{Path: "events[1].when", Code: lint.OutsideParent, Message: timeline.Text{Hi: "बाहर", En: "outside"}}
	if got, want := f.String(), "events[1].when: outside-parent: outside"; got != want {
		t.Errorf("Finding.String() = %q, want %q", got, want)
	}
}

func ExampleCheck() {
	visit := timeline.Event{
		ID: "2025-12-putin-visit-india", Kind: timeline.Visit,
		Title:   timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:    date.AroundDay(date.Of(2025, time.December, 5), 2).WithZone("Asia/Kolkata"),
		History: []timeline.StatusChange{{Status: timeline.Proposed, On: date.Of(2025, time.November, 18)}},
	}
	tl := &timeline.Timeline{Events: []timeline.Event{visit}}
	// On 20 December the visit proposed for around 5 December has no news.
	for _, f := range lint.Check(tl, &lint.Options{AsOf: date.Of(2025, time.December, 20)}) {
		fmt.Println(f.Path, f.Code)
		fmt.Println(strings.TrimSpace(f.Message.En))
	}
	// Output:
	// events[0].history stale-status
	// as of 2025-12-20 the status is still "proposed" (since 2025-11-18), but the date window ended on 2025-12-07; record what happened (held, postponed, cancelled…)
}

// FuzzLint runs Lint on the seed with any text as the description of an
// event: it must not panic, and it must give the same findings twice.
func FuzzLint(f *testing.F) {
	f.Add("जयशंकर ने गुरुवार (18 नवंबर 2025) को मुलाकात की।", "On Thursday, November 18, they met.")
	f.Add("TASS के अनुसार 5 दिसंबर। रिपोर्ट्स के अनुसार 6 दिसंबर।", "December 5-7, 2025")
	f.Add("5 से 7 दिसंबर\xff", "31 November, Sept 3rd, 2025 to 4")
	f.Fuzz(func(t *testing.T, hi, en string) {
		tl := seed.Timeline()
		e := tl.Event(seed.PutinVisitID)
		e.Description = timeline.Text{Hi: hi, En: en}
		e.Title = timeline.Text{Hi: en, En: hi}
		opts := lint.Options{AsOf: lcDay(2025, 12, 20)}
		a := lcFormatFindings(lint.Check(tl, &opts))
		b := lcFormatFindings(lint.Check(tl, &opts))
		if !bytes.Equal(a, b) {
			t.Fatalf("Lint is not deterministic:\n%s\n%s", a, b)
		}
	})
}

// FuzzLintDrafts lints the drafts of any text: the checks on drafts
// (issue 12) must not panic and must give the same findings twice.
func FuzzLintDrafts(f *testing.F) {
	f.Add("मोदी को 9 दिसंबर को जापान जाना था, लेकिन दौरा रद्द कर दिया गया। इस दौरान समझौते होंगे।")
	f.Add("15 साल बाद किसी भारतीय प्रधानमंत्री का ये पहला ईरान दौरा है। पुतिन 5 दिसंबर को भारत आएंगे। पुतिन दिसंबर में भारत आएंगे।")
	f.Add(seed.Article)
	ref := time.Date(2025, time.November, 18, 20, 0, 0, 0, time.FixedZone("IST", 19800))
	f.Fuzz(func(t *testing.T, text string) {
		tl, err := draft.Timeline(text, ref, nil)
		if err != nil {
			t.Fatal(err)
		}
		opts := lint.Options{AsOf: lcDay(2025, 11, 18)}
		a := lcFormatFindings(lint.Check(tl, &opts))
		b := lcFormatFindings(lint.Check(tl, &opts))
		if !bytes.Equal(a, b) {
			t.Fatalf("Lint is not deterministic:\n%s\n%s", a, b)
		}
	})
}

// TestLintDrafts: the checks issue 12 asks for on machine-made drafts.
func TestLintDrafts(t *testing.T) {
	type want struct{ field, code string }
	reported := lcDay(2025, 11, 18)
	draft := func(id string, k timeline.Kind, w date.When, st timeline.Status, countries ...string) timeline.Event {
		e := timeline.Event{ID: id, Kind: k, Title: timeline.Text{Hi: "मसौदा"}, When: w,
			Sources: []timeline.Source{{ID: "article", Outlet: "article", Reported: reported}},
			History: []timeline.StatusChange{{Status: st, On: reported, Source: "article"}},
			Draft:   &timeline.Draft{Start: 0, End: 1}}
		for _, c := range countries {
			e.Participants = append(e.Participants, timeline.Participant{Country: c})
		}
		return e
	}
	day := func(y int, m time.Month, d int) date.When { return date.OnDay(lcDay(y, m, d)) }
	// oneSentence drafts Lavrov's meeting with Modi and, from the same
	// sentence, a second meeting whose participants are b's.
	oneSentence := func(b []timeline.Participant) []timeline.Event {
		first := draft("a", timeline.BilateralMeeting, day(2025, 11, 19), timeline.Announced)
		first.Participants = []timeline.Participant{{Name: timeline.Text{Hi: "लावरोव"}, Country: "RU"}, {Name: timeline.Text{Hi: "मोदी"}, Country: "IN"}}
		second := draft("b", timeline.BilateralMeeting, day(2025, 11, 19), timeline.Announced)
		second.Participants = b
		return []timeline.Event{first, second}
	}
	tests := []struct {
		name   string
		reason string
		events []timeline.Event
		want   []want
	}{
		{name: "a held draft of the past is fine",
			events: []timeline.Event{draft("a", timeline.Visit, day(2025, 11, 17), timeline.Held, "IN")}},
		{name: "held before its date", reason: "a plan drafted from a past tense (\"जाना था\") or a misread date",
			events: []timeline.Event{draft("a", timeline.Visit, day(2025, 12, 9), timeline.Held, "IN")},
			want:   []want{{"history[0]", lint.HeldEarly}}},
		{name: "years from the report", reason: "issue 12: \"15 साल बाद पहली बार\" drafted as a visit 15 years ahead",
			events: []timeline.Event{draft("a", timeline.Visit, date.InYear(2040), timeline.Announced)},
			want:   []want{{"when", lint.FarFromReport}}},
		{name: "background a few years back is fine", reason: "\"अप्रैल 2018 में वुहान\" in a 2018 story",
			events: []timeline.Event{draft("a", timeline.Summit, date.InMonth(2023, time.April), timeline.Held)}},
		{name: "two drafts of one event", reason: "issue 12: the headline, the highlight box and the body",
			events: []timeline.Event{
				draft("a", timeline.Visit, day(2025, 12, 5), timeline.Announced, "RU"),
				draft("b", timeline.Visit, date.InMonth(2025, time.December), timeline.Announced, "RU"),
			},
			want: []want{{"", lint.DuplicateDraft}}},
		{name: "one sentence split into two summits of other names", reason: "heldout16 13: \"… आसियान-भारत शिखर सम्मेलन और … पूर्वी एशिया शिखर सम्मेलन में भाग लेंगे\"",
			events: []timeline.Event{
				func() timeline.Event {
					e := draft("a", timeline.Summit, day(2025, 12, 5), timeline.Announced, "IN")
					e.Title = timeline.Text{Hi: "आसियान शिखर सम्मेलन — 5 दिसंबर"}
					return e
				}(),
				func() timeline.Event {
					e := draft("b", timeline.Summit, day(2025, 12, 5), timeline.Announced, "IN")
					e.Title = timeline.Text{Hi: "पूर्वी एशिया शिखर सम्मेलन — 5 दिसंबर"}
					return e
				}(),
			}},
		{name: "other titles from two sentences are still two drafts of one event",
			events: []timeline.Event{
				draft("a", timeline.Summit, day(2025, 12, 5), timeline.Announced, "IN"),
				func() timeline.Event {
					e := draft("b", timeline.Summit, day(2025, 12, 5), timeline.Announced, "IN")
					e.Title = timeline.Text{Hi: "पूर्वी एशिया शिखर सम्मेलन — 5 दिसंबर"}
					e.Draft = &timeline.Draft{Start: 40, End: 90}
					return e
				}(),
			},
			want: []want{{"", lint.DuplicateDraft}}},
		{name: "one sentence split into a meeting with each counterpart", reason: "heldout36: '… 19 नवंबर को प्रधानमंत्री मोदी और विदेश मंत्री जयशंकर से मुलाकात करेंगे' is drafted as two meetings, which lint called one",
			events: oneSentence([]timeline.Participant{{Name: timeline.Text{Hi: "लावरोव"}, Country: "RU"}, {Name: timeline.Text{Hi: "एस जयशंकर"}, Country: "IN"}})},
		{name: "the same people drafted twice from one sentence are one event",
			events: oneSentence([]timeline.Participant{{Name: timeline.Text{Hi: "लावरोव"}, Country: "RU"}, {Name: timeline.Text{Hi: "मोदी"}, Country: "IN"}}),
			want:   []want{{"", lint.DuplicateDraft}}},
		{name: "a name spelled in full is the same person",
			events: oneSentence([]timeline.Participant{{Name: timeline.Text{Hi: "सर्गेई लावरोव"}, Country: "RU"}, {Name: timeline.Text{Hi: "नरेंद्र मोदी"}, Country: "IN"}}),
			want:   []want{{"", lint.DuplicateDraft}}},
		{name: "a name in English only cannot be told apart",
			events: oneSentence([]timeline.Participant{{Name: timeline.Text{Hi: "लावरोव"}, Country: "RU"}, {Name: timeline.Text{En: "Jaishankar"}, Country: "IN"}}),
			want:   []want{{"", lint.DuplicateDraft}}},
		{name: "one more person named is the same event",
			events: oneSentence([]timeline.Participant{{Name: timeline.Text{Hi: "लावरोव"}, Country: "RU"}, {Name: timeline.Text{Hi: "मोदी"}, Country: "IN"}, {Name: timeline.Text{Hi: "एस जयशंकर"}, Country: "IN"}}),
			want:   []want{{"", lint.DuplicateDraft}}},
		{name: "an office alone cannot be told apart from a name",
			events: oneSentence([]timeline.Participant{{Name: timeline.Text{Hi: "लावरोव"}, Country: "RU"}, {Title: timeline.Text{Hi: "विदेश मंत्री"}, Country: "IN"}}),
			want:   []want{{"", lint.DuplicateDraft}}},
		{name: "two visits of different people are two events",
			events: []timeline.Event{
				draft("a", timeline.Visit, day(2025, 12, 5), timeline.Announced, "RU"),
				draft("b", timeline.Visit, day(2025, 12, 5), timeline.Announced, "JP"),
			}},
		{name: "an inferred date", reason: "issue 12 item 3: \"इस दौरान\" dates the signing; the editor checks it",
			events: []timeline.Event{func() timeline.Event {
				e := draft("a", timeline.AgreementSigning, day(2025, 12, 5), timeline.Announced)
				e.Draft.DateInferred = true
				return e
			}()},
			want: []want{{"draft.date_inferred", lint.InferredDate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &timeline.Timeline{Events: tt.events}
			if err := tl.Validate(); err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, f := range lint.Check(tl, nil) {
				if f.Code == lint.Draft {
					continue
				}
				got = append(got, want{strings.TrimPrefix(strings.SplitN(f.Path, ".", 2)[min(1, strings.Count(f.Path, "."))], f.Path), f.Code})
			}
			for i := range got {
				got[i].field = fieldOf(got[i].field)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

// fieldOf strips "events[N]" and its dot from a finding's path.
func fieldOf(path string) string {
	if i := strings.Index(path, "]"); i >= 0 && strings.HasPrefix(path, "events[") {
		return strings.TrimPrefix(path[i+1:], ".")
	}
	return path
}
