package draft_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/draft"
	"github.com/samayrekha/samayrekha/timeline/lint"
)

// seedArticle names the project's seed article (seed.Article) in the
// table, and sampleArticle the sample examples/extract embeds.
const (
	seedArticle   = "article-hi.txt"
	sampleArticle = "sample.txt"
)

// articles are the test articles, each with its dateline.
var articles = []struct {
	file     string
	dateline string // in Asia/Kolkata
	style    string
}{
	{sampleArticle, "2026-02-10T19:00", "preview with a time of day (also examples/extract's default)"},
	{"preview.txt", "2025-12-01T09:00", "preview of a visit and a summit"},
	{"report.txt", "2025-11-22T21:00", "report from a summit, weekdays and an evening"},
	{"correction.txt", "2025-12-03T18:00", "correction of an earlier date"},
	{seedArticle, "2025-11-18T20:00", "the seed article"},
}

func dateline(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.ParseInLocation("2006-01-02T15:04", s, mustZone(t, "Asia/Kolkata"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func readArticle(t testing.TB, file string) string {
	t.Helper()
	switch file {
	case seedArticle:
		return seed.Article
	case sampleArticle:
		file = filepath.Join("..", "..", "examples", "extract", file) // its one copy
	default:
		file = filepath.Join("testdata", file)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// render writes drafts for a golden file: one block per event.
func render(text string, events []timeline.Event) []byte {
	var b bytes.Buffer
	for _, e := range events {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", e.ID, e.Kind, e.When, e.Status())
		fmt.Fprintf(&b, "\ttitle: %s\n", e.Title.Hi)
		fmt.Fprintf(&b, "\tspan [%d,%d): %s\n", e.Draft.Start, e.Draft.End, text[e.Draft.Start:e.Draft.End])
		for _, s := range e.Sources {
			if s.ID != "article" {
				fmt.Fprintf(&b, "\tsource %s: %s (%s)\n", s.ID, s.Outlet, s.Attribution.Hi)
			}
		}
		for _, n := range e.Draft.Notes {
			fmt.Fprintf(&b, "\tnote: %s\n", n)
		}
	}
	return b.Bytes()
}

func mustExtract(t *testing.T, text string, dateline time.Time, opts *draft.Options) []timeline.Event {
	t.Helper()
	events, err := draft.Extract(text, dateline, opts)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return events
}

func TestExtractNeedsDateline(t *testing.T) {
	events, err := draft.Extract("पुतिन 5 दिसंबर को भारत आएंगे।", time.Time{}, nil)
	if !errors.Is(err, draft.ErrNoDateline) || events != nil {
		t.Errorf("Extract without a dateline = %v, %v; want nil, ErrNoDateline", events, err)
	}
	if _, err := draft.Timeline("", time.Time{}, nil); !errors.Is(err, draft.ErrNoDateline) {
		t.Errorf("Timeline without a dateline: error %v, want ErrNoDateline", err)
	}
	events, err = draft.Extract("कोई तारीख नहीं।", dateline(t, "2025-11-18T20:00"), nil)
	if err != nil || events != nil {
		t.Errorf("Extract of a text without dates = %v, %v; want nil, nil", events, err)
	}
}

func TestExtractGolden(t *testing.T) {
	for _, a := range articles {
		name := strings.TrimSuffix(filepath.Base(a.file), ".txt")
		t.Run(name, func(t *testing.T) {
			text := readArticle(t, a.file)
			events := mustExtract(t, text, dateline(t, a.dateline), &draft.Options{From: filepath.Base(a.file)})
			checkDrafts(t, text, events)
			got := render(text, events)
			golden.Check(t, filepath.Join("testdata", name+".golden"), got)
		})
	}
}

// checkDrafts checks what every draft must be: marked as a draft, valid,
// with a span in bounds that holds a date expression.
func checkDrafts(t *testing.T, text string, events []timeline.Event) {
	t.Helper()
	tl := &timeline.Timeline{Events: events}
	if err := tl.Validate(); err != nil {
		t.Errorf("drafts do not validate: %v", err)
	}
	ref := time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC)
	for _, e := range events {
		if e.Draft == nil {
			t.Errorf("%s: not marked as a draft", e.ID)
			continue
		}
		if e.Draft.Start < 0 || e.Draft.End < e.Draft.Start || e.Draft.End > len(text) {
			t.Errorf("%s: span [%d,%d) out of bounds of %d bytes", e.ID, e.Draft.Start, e.Draft.End, len(text))
			continue
		}
		if !e.Draft.DateInferred && len(hindidate.FindAll(text[e.Draft.Start:e.Draft.End], ref)) == 0 {
			t.Errorf("%s: drafted from a sentence without a date, and the date is not marked inferred: %q", e.ID, text[e.Draft.Start:e.Draft.End])
		}
		for _, sp := range e.Draft.Also {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
				t.Errorf("%s: span [%d,%d) of draft.also out of bounds of %d bytes", e.ID, sp.Start, sp.End, len(text))
			}
		}
		if len(e.Draft.Notes) == 0 {
			t.Errorf("%s: no notes on what was guessed", e.ID)
		}
	}
}

func TestExtractSeedArticle(t *testing.T) {
	text := readArticle(t, seedArticle)
	events := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	checkDrafts(t, text, events)
	find := func(pred func(e *timeline.Event) bool) *timeline.Event {
		for i := range events {
			if pred(&events[i]) {
				return &events[i]
			}
		}
		return nil
	}
	tests := []struct {
		name string
		pred func(e *timeline.Event) bool
	}{
		{"the meeting of 18 November, held", func(e *timeline.Event) bool {
			return e.When == date.OnDay(date.Of(2025, 11, 18)).WithZone("Asia/Kolkata") &&
				e.Kind == timeline.BilateralMeeting && e.Status() == timeline.Held
		}},
		{"Putin's visit around 5 December, proposed, approximate, attributed to reports", func(e *timeline.Event) bool {
			_, ok := e.Source("attributed")
			return e.When.Start() == date.Of(2025, 12, 5) && e.When.IsApprox() &&
				e.Kind == timeline.Visit && e.Status() == timeline.Proposed && ok
		}},
		{"the coming summit, planned, dated by Putin's visit and marked inferred", func(e *timeline.Event) bool {
			return e.When.Start() == date.Of(2025, 12, 5) && e.Draft.DateInferred &&
				e.Kind == timeline.Summit && e.Status() == timeline.Announced
		}},
	}
	for _, tt := range tests {
		if find(tt.pred) == nil {
			t.Errorf("no draft for %s", tt.name)
		}
	}
}

func TestExtractSentences(t *testing.T) {
	type want struct {
		kind   timeline.Kind
		when   string
		status timeline.Status
		attrib string // the attribution phrase, or ""
	}
	ref := dateline(t, "2025-11-18T20:00") // a Tuesday
	tests := []struct {
		name   string
		text   string
		reason string
		want   []want
	}{
		{name: "no date: the dateline, inferred", reason: "issue 12: an event without a date in its sentence is drafted; postponed news with no date is dated by the dateline's month",
			text: "पहले प्रस्तावित रक्षा मंत्रियों की बैठक अब स्थगित कर दी गई है।",
			want: []want{{timeline.MultilateralMeeting, "2025-11[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "no date, still to come: after the dateline", reason: "held-out family 1: an undated coming meeting with no dated sentence before was dropped",
			text: "विदेश मंत्री अपने समकक्ष से द्विपक्षीय बैठक करेंगे।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "no date, a visit to come: after the dateline", reason: "held-out family 1",
			text: "प्रधानमंत्री जल्द ही जापान की यात्रा करेंगे।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "undated, to come, during a visit under way: the visit's days", reason: "held-out family 1: the event it happens during",
			text: "प्रधानमंत्री जापान की तीन दिवसीय यात्रा पर पहुंचे हैं। वे वहां के नेताओं के साथ बैठक करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a departure, then the day the stay lasts until: one visit", reason: "heldout2 family 3: \"25 जून को रवाना होंगी … 27 जून तक दौरे पर रहेंगी\"",
			text: "विदेश मंत्री जापान के दौरे पर 24 नवंबर को रवाना होंगी। मंत्रालय ने बताया कि वह 27 नवंबर तक जापान के दौरे पर रहेंगी।",
			want: []want{{timeline.Visit, "2025-11-24/2025-11-27[Asia/Kolkata]", timeline.Announced, "मंत्रालय ने बताया"}}},
		{name: "until a day, another country: two visits", reason: "heldout2 family 3: only a stay in the same country ends the visit",
			text: "विदेश मंत्री 24 नवंबर को जापान की यात्रा पर जाएंगी। वह 27 नवंबर तक कोरिया के दौरे पर रहेंगी।",
			want: []want{
				{timeline.Visit, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit attended by video: the summit, no call", reason: "heldout2 family 5: \"शिखर सम्मेलन में वीडियो कॉन्फ्रेंसिंग के माध्यम से शामिल\" names the means",
			text: "प्रधानमंत्री 20 नवंबर को ब्रिक्स शिखर सम्मेलन में वीडियो कॉन्फ्रेंसिंग के जरिए शामिल होंगे।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks held by video: a call", reason: "heldout2 family 5: a meeting by video conference is a video call",
			text: "दोनों प्रधानमंत्रियों की बैठक 20 नवंबर को वीडियो कॉन्फ्रेंसिंग के माध्यम से होगी।",
			want: []want{{timeline.PhoneCall, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "N दिवसीय with the group's name between", reason: "heldout2 family 3: \"दो दिवसीय जी-20 शिखर सम्मेलन\" lasts two days",
			text: "प्रधानमंत्री 20 नवंबर से शुरू होने वाले दो दिवसीय जी-20 शिखर सम्मेलन में हिस्सा लेंगे।",
			want: []want{{timeline.Summit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "clauses each with a verb and a counterpart of their own: one meeting each", reason: "heldout2 family 4: \"राष्ट्रपति … से मुलाकात करेंगी, अपने समकक्ष के साथ वार्ता करेंगी\" on one trip",
			text: "विदेश मंत्री 20 नवंबर को इंडोनेशिया पहुंचेंगी। इस दौरान वह राष्ट्रपति जोको विडोडो से मुलाकात करेंगी, अपने समकक्ष के साथ द्विपक्षीय वार्ता करेंगी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "one counterpart told in two clauses: one meeting", reason: "heldout2 family 4: the same counterpart again is the same meeting",
			text: "विदेश मंत्री 20 नवंबर को इंडोनेशिया पहुंचेंगी। इस दौरान वह राष्ट्रपति जोको विडोडो से मुलाकात करेंगी, राष्ट्रपति विडोडो के साथ द्विपक्षीय वार्ता करेंगी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "sent off: no departure", reason: "heldout2 family 6: \"रेलगाड़ी को झंडी दिखाकर रवाना किया\" sends something off",
			text: "दोनों प्रधानमंत्रियों ने 17 नवंबर को बस सेवा को हरी झंडी दिखाकर रवाना किया।",
			want: nil},
		{name: "set off: a departure", reason: "heldout2 family 6: \"रवाना हुए\" is the subject's journey",
			text: "प्रधानमंत्री 17 नवंबर को जापान के लिए रवाना हुए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "one meeting with each counterpart's country", reason: "held-out family 2: मुलाकात with leaders of several countries is one bilateral meeting each",
			text: "प्रधानमंत्री ने 17 नवंबर को जापान के प्रधानमंत्री, फ्रांस के राष्ट्रपति और कनाडा के प्रधानमंत्री से मुलाकात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "counterparts of a list of countries", reason: "held-out family 2: \"A, B और C के समकक्षों के साथ बैठकें\"",
			text: "विदेश मंत्री ने 17 नवंबर को ब्राजील, मिस्र और केन्या के अपने समकक्षों के साथ द्विपक्षीय बैठकें कीं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "several sides together: one meeting", reason: "held-out family 2: a meeting of several countries at once is one event",
			text: "प्रधानमंत्री ने 17 नवंबर को जापान और फ्रांस के नेताओं से एक साथ मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the weekday before, read as its event reads it", reason: "held-out family 4: a past meeting took a coming Friday resolved backwards; the Friday ahead dates nothing past, so the dateline does",
			text: "मंत्री शुक्रवार से शुरू हो रहे शिखर सम्मेलन के लिए जिनेवा में हैं। उन्होंने स्विट्जरलैंड के विदेश मंत्री के साथ बातचीत की।",
			want: []want{
				{timeline.Summit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a summit of N days lasts them", reason: "held-out family 4: \"शुक्रवार से … दो-दिवसीय शिखर सम्मेलन\" lost its span",
			text: "21 नवंबर से शुरू हो रहे तीन-दिवसीय शिखर सम्मेलन में प्रधानमंत्री भाग लेंगे।",
			want: []want{{timeline.Summit, "2025-11-21/2025-11-23[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an office of no stated country visiting home is a visitor", reason: "held-out family 4: the precise telling of a visit to India by \"राष्ट्रपति\" was dropped as a tour at home",
			text: "राष्ट्रपति 7 दिसंबर को भारत की यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2025-12-07[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a named home leader touring at home is no visit", reason: "the home-tour rule still holds when the text names the country",
			text: "भारतीय प्रधानमंत्री 7 दिसंबर को तीन दिवसीय गुजरात दौरे पर जाएंगे।"},
		{name: "an office of no stated country touring a home state is no visit",
			text: "प्रधानमंत्री 7 दिसंबर को तीन दिवसीय गुजरात दौरे पर जाएंगे।"},
		{name: "was to come: the body's date of a put-off visit", reason: "held-out family 4: \"25 अप्रैल को … आने वाले थे\" was no event, so the put-off visit took the dateline",
			text: "फ्रांस के राष्ट्रपति ने अपनी भारत यात्रा टाल दी। वे 28 नवंबर को भारत आने वाले थे।",
			want: []want{{timeline.Visit, "2025-11-28[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "the coming one is no visit", reason: "आने वाले before a noun describes it",
			text: "28 नवंबर को भारत आने वाले दल में दस लोग हैं।"},
		{name: "a frame's attribution is its main event's", reason: "held-out family 5: the summit a visit is for took the visit's announcement",
			text: "शिखर सम्मेलन 9 दिसंबर को नई दिल्ली में होगा। व्हाइट हाउस ने घोषणा की कि राष्ट्रपति शिखर सम्मेलन में भाग लेने के लिए 8 दिसंबर को भारत की यात्रा करेंगे।",
			want: []want{
				{timeline.Summit, "2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-08[Asia/Kolkata]", timeline.Announced, "व्हाइट हाउस ने घोषणा की"},
			}},
		{name: "an event named only as a frame gets no attribution", reason: "held-out family 5: \"X ने कहा कि सम्मेलन के दौरान, …\" sources what happens during it, not the summit",
			text: "शिखर सम्मेलन 9 दिसंबर को नई दिल्ली में होगा। मंत्रालय ने कहा कि शिखर सम्मेलन के दौरान, राष्ट्रपति भारत की सराहना करेंगे।",
			want: []want{{timeline.Summit, "2025-12-09[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "what a departure is for is still to come", reason: "held-out smaller family: \"… से मिलने के लिए रवाना\" is a planned meeting, not a held one",
			text: "विदेश मंत्री 18 नवंबर को जापान के प्रधानमंत्री से मिलने के लिए टोक्यो रवाना हो गए।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "whether or not: proposed", reason: "held-out family 1/smaller: \"मुलाकात करेंगे या नहीं\" is an open question, not a negation",
			text: "यह तय नहीं है कि प्रधानमंत्री 5 दिसंबर को अपने समकक्ष से मुलाकात करेंगे या नहीं।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "two undated meetings with different counterparts stay two", reason: "held-out family 2: an undated meeting with another country's leader joined the meeting told before",
			text: "प्रधानमंत्री 5 दिसंबर को जापान के प्रधानमंत्री से मुलाकात करेंगे। वे फ्रांस के राष्ट्रपति के साथ भी बैठक करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the summit of a sideline meeting, told nowhere else", reason: "held-out family 1: the summit was dropped as an undated frame",
			text: "प्रधानमंत्री ब्रिक्स शिखर सम्मेलन से इतर जापान के प्रधानमंत्री से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a side met again another day is still split", reason: "held-out family 2: a counterpart met on another day is another meeting",
			text: "मंत्री ने 18 नवंबर को जापान के विदेश मंत्री से मुलाकात की। इससे पहले 17 नवंबर को मंत्री ने जापान के प्रधानमंत्री और फ्रांस के विदेश मंत्री से मुलाकात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a number is not a date", reason: "1920 dates nothing; the past-tense report is dated by the dateline",
			text: "बैठक में 1920 लोग शामिल हुए।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a date without an event word is no event", reason: "issue 12: datelines, bylines and release dates were drafted as events",
			text: "नई दिल्ली, 4 फरवरी (भाषा)। रिपोर्ट 4 फरवरी को जारी हुई।"},
		{name: "a gap of years is no date", reason: "issue 12: \"15 साल बाद पहली बार\" was drafted as a visit 15 years ahead",
			text: "15 साल बाद किसी भारतीय प्रधानमंत्री का ये पहला ईरान दौरा है।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", "", ""}}},
		{name: "cancellation overrides the clause's past tense", reason: "issue 12: जाना था … रद्द was drafted as held",
			text: "मोदी को 9 दिसंबर को जापान जाना था, लेकिन दौरा रद्द कर दिया गया।",
			want: []want{{timeline.Visit, "2025-12-09[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a later sentence cancels an earlier event", reason: "issue 12 item 4: status history, not a second event",
			text: "पुतिन 5 दिसंबर को भारत आएंगे। बाद में यह यात्रा रद्द कर दी गई।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "negated visit", reason: "issue 12 item 4: नहीं जाएंगे calls the visit off",
			text: "रूसी राष्ट्रपति पुतिन 5 दिसंबर को भारत नहीं जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "negated talks are no event", text: "दोनों के बीच 5 दिसंबर को द्विपक्षीय वार्ता नहीं होगी।"},
		{name: "a phone call is not a meeting", reason: "issue 12: फोन पर बातचीत was drafted as a bilateral meeting",
			text: "मोदी और पुतिन के बीच 16 नवंबर को फोन पर बातचीत हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the tense picks the year", reason: "a past event on 20 November told on 18 November is last year's (hindidate marks the date ambiguous)",
			text: "मोदी और पुतिन के बीच 20 नवंबर को फोन पर बातचीत हुई।",
			want: []want{{timeline.PhoneCall, "2024-11-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "N दिवसीय is a span", reason: "issue 12: a five-day visit became one day",
			text: "जयशंकर पांच दिवसीय यात्रा पर 14 नवंबर को श्रीलंका पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-14/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "N दिवसीय with a time of arrival is the days", reason: "heldout8 02, heldout6 12: an arrival time on a two-day visit made it that hour",
			text: "जयशंकर दो दिवसीय यात्रा पर 14 नवंबर को शाम 4.30 बजे कोलंबो पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-14/2025-11-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a time of day alone keeps the visit's hour", reason: "no days given: the time is all the text says",
			text: "जयशंकर 14 नवंबर को शाम 4.30 बजे कोलंबो पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-14T16:30[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "event during a dated visit", reason: "issue 12 item 3: इस दौरान dates the signing by the visit",
			text: "मोदी 5 दिसंबर को जापान पहुंचेंगे। इस दौरान दोनों देशों के बीच कई समझौतों पर हस्ताक्षर होंगे।",
			want: []want{
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "attribution cut off by a date", reason: "issue 12: विदेश मंत्रालय ने बुधवार को कहा was lost",
			text: "विदेश मंत्रालय ने बुधवार को कहा कि पुतिन 5 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने बुधवार को कहा"}}},
		{name: "a clock is no source", reason: "heldout: 'अमेरिका के समय के अनुसार' was drafted as the call's attribution",
			text: "अमेरिका के समय के अनुसार मोदी ने 16 नवंबर को ट्रंप से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "held meeting", text: "जयशंकर ने 18 नवंबर को पुतिन से मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "Devanagari digits", text: "जयशंकर ने १८ नवंबर २०२५ को पुतिन से मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "proposed visit with attribution", text: "TASS के अनुसार, पुतिन का दौरा 5 दिसंबर के आसपास प्रस्तावित है।",
			want: []want{{timeline.Visit, "2025-12-05~2d[Asia/Kolkata]", timeline.Proposed, "TASS के अनुसार"}}},
		{name: "acronym after a long description", text: "रूसी राज्य समाचार एजेंसी TASS के अनुसार दोनों नेता 20 नवंबर को फ़ोन पर बात करेंगे।",
			want: []want{{timeline.PhoneCall, "2025-11-20[Asia/Kolkata]", timeline.Announced, "TASS के अनुसार"}}},
		{name: "probably: proposed", reason: "held-out smaller family: संभवतः with a future verb is proposed, not announced",
			text: "पुतिन संभवतः 5 दिसंबर को भारत की यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "may come: proposed", text: "पुतिन दिसंबर में भारत आ सकते हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "postponed beats proposed", reason: "स्थगित is the news; प्रस्तावित is history",
			text: "5 दिसंबर को प्रस्तावित बैठक स्थगित कर दी गई है।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "cancelled", text: "20 नवंबर की ब्रिक्स बैठक रद्द हो गई।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "two clauses, two drafts", text: "मोदी 8 दिसंबर को टोक्यो पहुँचेंगे, और 9 दिसंबर को शिखर सम्मेलन होगा।",
			want: []want{
				{timeline.Visit, "2025-12-08[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "correction keeps the right date", text: "बैठक की तारीख 15 दिसंबर बताई गई थी, जो गलत थी; सही तारीख 4 दिसंबर है।",
			want: []want{{timeline.BilateralMeeting, "2025-12-04[Asia/Kolkata]", "", ""}}},
		{name: "no event word, no draft", text: "वे 25 नवंबर को दिल्ली लौटेंगे।", reason: "लौटना names no event kind of the model; issue 12 counts such drafts as noise"},
		{name: "full stop after a short word", reason: "issue 12: थी. ends the sentence, so the second event is not lost",
			text: "जयशंकर और लावरोव की मुलाकात 18 नवंबर को हुई थी. 5 दिसंबर को पुतिन भारत की यात्रा करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "feminine plural future", reason: "issue 12: आएंगी got no status",
			text: "दोनों रूसी महिला मंत्री 5 दिसंबर को दिल्ली आएंगी।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "cancelled with निरस्त", reason: "one status list for every reader of Hindi",
			text: "10 दिसंबर की बैठक निरस्त कर दी गई।",
			want: []want{{timeline.BilateralMeeting, "2025-12-10[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "postponed with टाल", text: "सरकार ने 10 दिसंबर का दौरा टाल दिया।",
			want: []want{{timeline.Visit, "2025-12-10[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "initials do not end the sentence", reason: "डॉ. and एस. are abbreviations; the attribution stays whole (of another's visit: one's own words are no source)",
			text: "डॉ. एस. जयशंकर ने बताया कि राष्ट्रपति पुतिन 20 नवंबर को दिल्ली पहुंचेंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "डॉ. एस. जयशंकर ने बताया"}}},
		{name: "time in the zone the text names", text: "बैठक 19 नवंबर को मॉस्को समयानुसार शाम 7 बजे होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-19T19[Europe/Moscow]", timeline.Announced, ""}}},
		{name: "the day after a date told", reason: "heldout4 13: '… की शाम को पहुंचने की उम्मीद है और अगले दिन … वार्ता'",
			text: "प्रधानमंत्री के 24 नवंबर की शाम को टोक्यो पहुंचने की उम्मीद है और अगले दिन दोनों नेताओं के बीच वार्ता होने की उम्मीद है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "counterparts met, none named: no meeting", reason: "heldout3 09, heldout4 09: 'अन्य नेताओं से', 'वैश्विक समकक्षों से'",
			text: "विदेश मंत्री 24 नवंबर को कई अन्य नेताओं से मुलाकात करेंगे।"},
		{name: "a speech to a conference: no event", reason: "heldout4 14: 'राजदूत सम्मेलन को करेंगे संबोधित'",
			text: "विदेश मंत्री 24 नवंबर को पेरिस में राजदूत सम्मेलन को संबोधित करेंगे।"},
		{name: "an indirect question: no event", reason: "heldout4 12: 'कहां-कहां जाएंगे, किससे मुलाकात करेंगे'",
			text: "प्रधानमंत्री 24 नवंबर को कहां-कहां जाएंगे, किससे मुलाकात करेंगे, यह मंत्रालय ने बताया।"},
		{name: "an earlier visit told after the one under way: two visits", reason: "heldout4 04: 'वह इससे पहले जनवरी 2010 में भारत आई थीं'",
			text: "बांग्लादेश की प्रधानमंत्री भारत के तीन दिवसीय दौरे पर हैं। वह इससे पहले मार्च 2019 में भारत आई थीं।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2019-03[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a meeting told as the frame of a signing: both", reason: "heldout3 08: '… से बुधवार को मुलाकात के दौरान … हस्ताक्षर किए गए'",
			text: "विदेश मंत्री ने श्रीलंका के राष्ट्रपति से सोमवार को मुलाकात के दौरान तीन समझौतों पर हस्ताक्षर किए।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a numbered ministerial meeting is multilateral", reason: "heldout3 01: 'पांचवीं मंत्रिस्तरीय बैठक'",
			text: "विदेश मंत्री 24 नवंबर को काबुल में आयोजित की जाने वाली तीसरी मंत्रिस्तरीय बैठक में शामिल होंगे।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a summit after a call is another event", reason: "review: a summit may name a video call told before, not a phone call",
			text: "मोदी ने बाइडन से फोन पर बात की\nप्रधानमंत्री मोदी ने अमेरिकी राष्ट्रपति बाइडन से फोन पर बात की। जी-20 शिखर सम्मेलन 5 दिसंबर को दिल्ली में होगा।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "an assembly that is not the UN's makes no sideline meeting", reason: "review: महासभा alone is any assembly",
			text: "प्रधानमंत्री ने 17 नवंबर को ब्राजील के राष्ट्रपति से मुलाकात की। हिंदू महासभा ने इसका स्वागत किया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "at a UN General Assembly session, a meeting abroad is a sideline one", reason: "heldout3 11",
			text: "विदेश मंत्री संयुक्त राष्ट्र महासभा के सत्र में भाग लेने के लिए न्यूयॉर्क में हैं। उन्होंने 17 नवंबर को सिंगापुर के विदेश मंत्री से मुलाकात की।",
			want: []want{{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a virtual summit is a video call", reason: "heldout4 08: 'वर्चुअल समिट'",
			text: "दोनों प्रधानमंत्री 24 नवंबर को वर्चुअल समिट करेंगे।",
			want: []want{{timeline.PhoneCall, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks during a cancelled visit are cancelled with it", reason: "heldout5 06: the talks due during Abe's visit were drafted as announced",
			text: "जापान के प्रधानमंत्री का 20 से 22 दिसंबर तक का भारत दौरा रद्द कर दिया गया है. जिसमे दोनों देशों के प्रधानमंत्री वार्ता करने वाले थे।",
			want: []want{
				{timeline.Visit, "2025-12-20/2025-12-22[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.BilateralMeeting, "2025-12-20/2025-12-22[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "another visitor's called-off visit is another visit, and does not call off this one's talks", reason: "review of the cancelled-visit rule",
			text: "अमेरिकी राष्ट्रपति ट्रंप ने अपनी भारत यात्रा रद्द कर दी है। जापानी प्रधानमंत्री 22 नवंबर को दिल्ली पहुंचेंगे। इस दौरान जापानी प्रधानमंत्री की प्रधानमंत्री मोदी से मुलाकात होगी।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "years counted ahead are no event's date", reason: "heldout6 05: 'अगले 100 साल के लिए एक खाका' dated a meeting 2018–2118",
			text: "दोनों देशों के विदेश मंत्री अगले 100 साल के लिए साझेदारी पर बातचीत करेंगे।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a meeting told to be held by video is a call", reason: "heldout5 10: 'यह बैठक वर्चुअल रूप से आयोजित की जाएगी'",
			text: "प्रधानमंत्री मोदी 20 नवंबर को राष्ट्रपति बाइडेन के साथ बैठक करेंगे। यह बैठक वर्चुअल माध्यम से होगी।",
			want: []want{{timeline.PhoneCall, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "pictures of talks are no talks", reason: "heldout3 03: 'कई देशों के नेताओं के साथ … मुलाकात की तस्वीरों' was drafted",
			text: "सुषमा स्वराज ने 17 नवंबर को मेक्सिको के विदेश मंत्री से मुलाकात की। प्रवक्ता ने कई देशों के नेताओं के साथ स्वराज की मुलाकात की तस्वीरों को शेयर किया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "what a participant said during the talks does not source them", reason: "heldout4: 'के दौरान पीएम मोदी ने कहा' was the lead's attribution",
			text: "भारत और ऑस्ट्रेलिया के प्रधानमंत्रियों ने 17 नवंबर को वर्चुअल समिट की। भारत-ऑस्ट्रेलिया वर्चुअल समिट के दौरान पीएम मोदी ने कहा कि दोनों देश पुराने मित्र हैं।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "leaders who spoke, in a report of calls, spoke by phone", reason: "heldout6 09: 'शी चिनफिंग से हाल ही में बात की है' was drafted as a meeting",
			text: "राष्ट्रपति बाइडन ने 17 नवंबर को चीन के अपने समकक्ष शी चिनफिंग से बात की। दोनों नेताओं ने करीब सात महीने बाद फोन पर चर्चा की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a count of calls is no call", reason: "heldout6 04: 'चार विदेशी नेताओं से फोन पर बात कर चुके हैं' was drafted",
			text: "ट्रंप 20 जनवरी के बाद से अब तक चार विदेशी नेताओं से फोन पर बात कर चुके हैं। ट्रंप 24 नवंबर को मोदी से फोन पर बात करेंगे।",
			want: []want{{timeline.PhoneCall, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an envoy meeting separatists is no talks between states", reason: "heldout6 01: four drafts of the envoy's meetings with separatist leaders",
			text: "भारत ने पाकिस्तान से 25 नवंबर को होने वाली विदेश सचिवों की बैठक रद्द कर दी है। सोमवार शाम को अलगाववादी नेता शब्बीर शाह के साथ दिल्ली में उच्चायुक्त ने मुलाकात की थी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "one meeting told three times, each with a date that agrees, is one draft", reason: "heldout5 14: the Modi–Macron meeting drafted three times",
			text: "प्रधानमंत्री नरेंद्र मोदी 24 नवंबर को मुंबई जाएंगे, जहां वे फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से मिलेंगे। राष्ट्रपति मैक्रों 24-26 नवंबर तक भारत के दौरे पर रहेंगे। वे मुंबई में प्रधानमंत्री के साथ द्विपक्षीय बैठक भी करेंगे।\n\n24 नवंबर को दोपहर करीब 3:15 बजे, दोनों नेता मुंबई के लोक भवन में द्विपक्षीय मीटिंग करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-24T15:15[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-24/2025-11-26[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a virtual summit after which agreements are signed is an event of its own", reason: "heldout6 08: 'आभासी शिखर सम्मेलन के बाद … हस्ताक्षर किए' drafted the signing only",
			text: "भारत-बांग्लादेश ने 17 नवंबर को दोनों प्रधानमंत्रियों के बीच आभासी शिखर सम्मेलन के बाद सात समझौता ज्ञापनों पर हस्ताक्षर किए।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'X में होंगे' with a date is a leg of the tour in country X", reason: "heldout6 02: the Uzbekistan and Kazakhstan legs were missed",
			text: "प्रधानमंत्री मोदी मध्य एशिया और रूस की नौ दिवसीय यात्रा के लिए 20 नवंबर को रवाना होंगे। 20-21 नवंबर को मोदी उज्बेकिस्तान में होंगे और उसके बाद 21-22 नवंबर वह कजाखिस्तान में होंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-28[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-21/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'<days> से X में रहेंगे' is a leg of the tour in X", reason: "heldout38 06: 'कोविंद 9-11 सितंबर से आइसलैंड में रहेंगे' was no visit; the tour's headline was noise beside it",
			text: "उपराष्ट्रपति 24-26 नवंबर से ग्रीस में रहेंगे, उसके बाद 27 नवंबर को वह इटली जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-24/2025-11-26[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a place one comes from is no stay", reason: "heldout38 06: only a day before से starts a stay",
			text: "उपराष्ट्रपति दिल्ली से ग्रीस में रहेंगे।",
			want: nil},
		{name: "leaving for an airport is no visit", reason: "heldout38 01 and heldout7 02: 'इस्लामाबाद एयरपोर्ट के लिए रवाना हुए', 'उनके घर के लिए रवाना हो गए' were drafted as visits",
			text: "विदेश मंत्री 17 नवंबर को ढाका हवाई अड्डे के लिए रवाना हुए।",
			want: nil},
		{name: "review s46: a flight from a place to an airport is a visit", reason: "'दिल्ली से ढाका हवाई अड्डे के लिए रवाना हुए' sets out from a place",
			text: "प्रधानमंत्री मोदी 17 नवंबर को दिल्ली से ढाका हवाई अड्डे के लिए रवाना हुए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review s46: leaving for a hotel, spelt 'के लिये', is no visit", reason: "the other spelling of लिए, and प्रस्थान as रवाना",
			text: "विदेश मंत्री 17 नवंबर को होटल के लिये प्रस्थान कर गए।",
			want: nil},
		{name: "review s46: a posting from a day is no stay", reason: "'राजदूत 24 नवंबर से जापान में रहेंगे' has a start and no end",
			text: "राजदूत 24 नवंबर से जापान में रहेंगे।",
			want: nil},
		{name: "review 2 s46: a country named before with से is no place one flies from", reason: "only '<place> से <city> हवाई अड्डे' is a flight from a place",
			text: "रूस से तेल खरीद पर चर्चा के बाद प्रधानमंत्री 17 नवंबर को हवाई अड्डे के लिए रवाना हुए।",
			want: nil},
		{name: "review 2 s46: places far before the airport are no flight from a place", reason: "only a से one to three words before the airport word",
			text: "भारत से जापान तक संबंधों पर चर्चा के बाद प्रधानमंत्री 17 नवंबर को हवाई अड्डे के लिए रवाना हुए।",
			want: nil},
		{name: "review 2 s46: deals (सौदे) to come are agreements", reason: "सौदे and सौदों read as सौदा",
			text: "दोनों देशों के बीच 20 नवंबर को कई रक्षा सौदे होंगे।",
			want: []want{{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 2 s46: a plan told as it stood then stays a plan", reason: "'तय थी': whether it took place is not told",
			text: "मोदी की जापान यात्रा मार्च 2025 में तय थी।",
			want: []want{{timeline.Visit, "2025-03[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 2 s46: a plan in words reported from then stays a plan", reason: "'… ने जनवरी 2025 में कहा था कि … होगा'",
			text: "विदेश मंत्री ने जनवरी 2025 में कहा था कि मार्च 2025 में भारत और अमेरिका के बीच व्यापार समझौता होगा।",
			want: []want{{timeline.AgreementSigning, "2025-03[Asia/Kolkata]", timeline.Announced, "विदेश मंत्री ने जनवरी 2025 में कहा था"}}},
		{name: "review 2 s46: a plan dated 31 days before the report took place", reason: "more than 30 days back, counted to the event's last day",
			text: "जापान के प्रधानमंत्री 18 अक्टूबर 2025 को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-10-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "leaving for a city is a visit", reason: "heldout38 01: only an airport, a house or a hotel ends no journey",
			text: "विदेश मंत्री 17 नवंबर को ढाका के लिए रवाना हुए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit told in a participle of a sentence in the future, dated a year before: held", reason: "heldout39 03, heldout37 05, heldout24 12, heldout22 14: editors draft no plan dated more than a month before the report",
			text: "डच प्रधानमंत्री 20 नवंबर को भारत आएंगे। वह मोदी के जून 2024 में हुए नीदरलैंड दौरे के एक वर्ष बाद यहां आ रहे हैं।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2024-06[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a plan dated within a month before the report stays a plan", reason: "guard: only a date more than 30 days back makes a plan held",
			text: "जापान के प्रधानमंत्री 1 नवंबर 2025 को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-11-01[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a deal concluded is an agreement", reason: "heldout39 06 and heldout25 02: 'दोनों देशों के बीच 3 अरब डॉलर का रक्षा सौदा हुआ है' drafted nothing",
			text: "दोनों देशों के बीच 17 नवंबर को 3 अरब डॉलर का रक्षा सौदा हुआ है।",
			want: []want{{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a deal called bad is no agreement", reason: "heldout30 02: 'बुरा सौदा कहा' judges a deal, makes none",
			text: "अमेरिका ने इस समझौते को 17 नवंबर को बुरा सौदा कहा।",
			want: nil},
		{name: "the theme of a summit is no event", reason: "heldout6 06: 'ब्रिक्स सम्मेलन का थीम … है' was drafted as a summit",
			text: "प्रधानमंत्री 17 नवंबर को ब्रिक्स सम्मेलन में हिस्सा लेने ब्राजील की राजधानी पहुंचे। 11 ब्रिक्स सम्मेलन का थीम नवाचार भविष्य के लिए आर्थिक वृद्धि है।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a summit one travels to attend is an event", reason: "heldout6 06 and 02: 'सम्मेलन में हिस्सा लेने ब्राजील की राजधानी पहुंचे' drafted the visit only",
			text: "प्रधानमंत्री 17 नवंबर को जी-20 शिखर सम्मेलन में हिस्सा लेने ब्राजील की राजधानी पहुंचे।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the aim of a visit tells the visit", reason: "review: 'यात्रा का उद्देश्य …' dropped a dated visit",
			text: "प्रधानमंत्री मोदी की 25 नवंबर से शुरू हो रही जापान यात्रा का उद्देश्य द्विपक्षीय संबंधों को मजबूत करना है।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "elections in a country are no one's stay there", reason: "review: 'भारत में होंगे लोकसभा चुनाव' drafted a visit",
			text: "15 दिसंबर को भारत में होंगे लोकसभा चुनाव। अगले साल 15 मार्च को पाकिस्तान में होंगे आम चुनाव।",
			want: nil},
		{name: "a smartphone is no phone call", reason: "review: 'स्मार्टफोन' made 'से बात की' a call (a delegation is told, so the text is not one that tells no gathering, whose talks are calls)",
			text: "जयशंकर ने 17 नवंबर को अपने रूसी समकक्ष लावरोव से बात की। भारतीय स्मार्टफोन कंपनियों के प्रतिनिधिमंडल ने निवेश बढ़ाया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks on a visit abroad are no call though the text names a call", reason: "review: a 'बात की' during a visit became a call",
			text: "प्रधानमंत्री मोदी 17 नवंबर को फ्रांस पहुंचे। मोदी ने 18 नवंबर को राष्ट्रपति मैक्रों से बात की। पिछले महीने दोनों नेताओं ने फोन पर चर्चा की थी।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-10[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a delegation's talks with officials are not the leaders' meeting", reason: "review: mergeSameTalks joined them",
			text: "मोदी 20 से 22 नवंबर तक फ्रांस की यात्रा पर रहेंगे। यात्रा के दौरान वह राष्ट्रपति मैक्रों से मुलाकात करेंगे। 21 नवंबर को भारतीय प्रतिनिधिमंडल फ्रांसीसी अधिकारियों से वार्ता करेगा।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "separatists named apart from the side met do not drop the meeting", reason: "review: any separatist word in the clause dropped it",
			text: "गृह मंत्री ने 17 नवंबर को कश्मीर के अलगाववादी नेताओं पर कार्रवाई के बाद पाकिस्तान के उच्चायुक्त से मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a meeting with a group's leaders is a meeting, whatever number its name has", reason: "review: 'जी-7 देशों के नेताओं के साथ बैठक' was dropped",
			text: "मोदी ने 17 नवंबर को जी-7 देशों के नेताओं के साथ बैठक की।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a dated meeting whose pictures are shared is a meeting", reason: "review: 'की तस्वीरें' dropped a dated, held meeting",
			text: "दोनों प्रधानमंत्रियों की 17 नवंबर को हुई मुलाकात की तस्वीरें जारी की गईं।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "what a participant said after the talks does not source them", reason: "heldout6 10: 'वार्ता के बाद जयशंकर ने कहा' was the calls' attribution",
			text: "विदेश मंत्री एस जयशंकर ने 17 नवंबर को इजरायल के विदेश मंत्री से टेलीफोन पर बात की। इजरायली विदेश मंत्री के साथ टेलीफोन पर वार्ता के बाद जयशंकर ने कहा कि वार्ता अच्छी रही।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a call with another counterpart, told by a name known from before, is a call of its own", reason: "heldout7 10 (development): the Zelensky call was a fourth telling of the Putin call; undated, it takes the day of the call told before it, marked inferred (the same day, 'पुतिन से पहले')",
			text: "प्रधानमंत्री नरेंद्र मोदी ने 17 नवंबर को रूसी राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की। इससे पहले यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की ने मोदी को पत्र लिखा था। पुतिन से पहले मोदी ने जेलेंस्की से फोन पर बात की थी।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks only asked for are no event", reason: "heldout7 10 (development): 'अपील की कि वो … जेलेंस्की से सीधे बात करें' drafted two meetings",
			text: "मोदी ने पुतिन से अपील की कि वो यूक्रेन के राष्ट्रपति से सीधे वार्ता करें।",
			want: nil},
		{name: "talks one says will be held are an event", reason: "the request rule reads the verb's mood, not कि",
			text: "विदेश सचिव ने कहा कि प्रधानमंत्री 20 नवंबर को जापान के प्रधानमंत्री से मुलाकात करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश सचिव ने कहा"}}},
		{name: "'यह संवाद' after a call is that call", reason: "heldout7 14 (development): the comment on the call was drafted as a multilateral meeting",
			text: "विदेश मंत्री ने 17 नवंबर को ईरान के विदेश मंत्री से टेलीफोन पर बातचीत की। मौजूदा परिस्थितियों को देखते हुए यह संवाद अहम माना जा रहा है।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a postponement does not reach a visit held years before", reason: "heldout7 13 (development): 'आखिरी बार 2018 में … दौरा किया था। लेकिन इस बार … स्थगित' put off the 2018 visit",
			text: "प्रधानमंत्री ने दिसंबर में प्रस्तावित भारत यात्रा को टाल दिया है। उन्होंने आखिरी बार 2018 में भारत दौरा किया था। लेकिन इस बार उन्होंने भारत यात्रा को स्थगित कर दिया है।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2018[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the new plan after a postponement is another event, and the plan put off keeps the later tellings", reason: "heldout7 13 (development): 'फिर टाली भारत यात्रा, अब अगले साल करेंगे दौरा' put off next year's visit",
			text: "राष्ट्रपति ने फिर टाली भारत यात्रा, अब अगले साल करेंगे दौरा\nराष्ट्रपति ने दिसंबर में प्रस्तावित भारत यात्रा को टाल दिया है। सुरक्षा कारणों से उन्होंने यात्रा स्थगित की है।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2026[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the date the event noun takes is the event's; a summit of two leaders is their meeting", reason: "heldout7 05 (development): 'गुरुवार को … 12 जून की प्रस्तावित शिखर बैठक को स्थगित' was dated by the Thursday and drafted as a summit",
			text: "अमेरिकी राष्ट्रपति ने गुरुवार को उत्तर कोरिया के नेता किम जोंग उन के साथ 12 दिसंबर की अपनी प्रस्तावित शिखर बैठक को स्थगित कर दिया।",
			want: []want{{timeline.BilateralMeeting, "2025-12-12[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "an annual summit of two countries keeps its name", reason: "corpus 34: 'वार्षिक शिखर बैठक' is the summit",
			text: "रूसी राष्ट्रपति 4 दिसंबर को मोदी के साथ वार्षिक शिखर बैठक करेंगे।",
			want: []want{{timeline.Summit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a bilateral summit by video, in other spellings: a call", reason: "heldout7 07 (development): 'वर्जुअल' and 'कांफ्रेसिंग' were no video words",
			text: "दोनों प्रधानमंत्री 26 नवंबर को वीडियो कांफ्रेसिंग के माध्यम से वर्जुअल द्विपक्षीय शिखर सम्मेलन में भाग लेंगे।",
			want: []want{{timeline.PhoneCall, "2025-11-26[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the first talks since a visit: the visit is past; a chance of talks is no talks", reason: "heldout7 07 (development): 'फरवरी में … यात्रा के बाद पहली बार … वार्ता का अवसर प्रदान करेगा' drafted next February's visit and a meeting",
			text: "प्रधानमंत्री 26 नवंबर को श्रीलंका के प्रधानमंत्री से फोन पर बात करेंगे। यह संवाद फरवरी में श्रीलंकाई प्रधानमंत्री की भारत यात्रा के बाद पहली बार आधिकारिक वार्ता का अवसर प्रदान करेगा।",
			want: []want{
				{timeline.PhoneCall, "2025-11-26[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-02[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a day of the coming weeks told in the past was due, not held a year ago", reason: "heldout7 08 (development): '16 से 17 जनवरी तक जापान की यात्रा के कारण भी थे', written on 3 January, was drafted as held the January before",
			text: "प्रधानमंत्री 26 से 27 नवंबर तक जापान की यात्रा पर थे।",
			want: []want{{timeline.Visit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a day months ahead told in the past is the one before", reason: "the tense still chooses when the earlier year is near",
			text: "प्रधानमंत्री 26 अप्रैल को जापान के दौरे पर थे।",
			want: []want{{timeline.Visit, "2025-04-26[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'इसे रद्द कर दिया' calls off the event told just before", reason: "heldout7 06 (development): the earlier visit 'लेकिन बाद में उन्होंने इसे कैंसिल कर दिया था' stayed announced",
			text: "इजरायल के प्रधानमंत्री 9 दिसंबर को भारत आने वाले थे। लेकिन बाद में उन्होंने इसे रद्द कर दिया।",
			want: []want{{timeline.Visit, "2025-12-09[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "the date of what is to happen dates no event; inability to come calls a visit off", reason: "heldout7 06 (development): '17 सितंबर को होने वाले चुनाव की वजह से दौरे पर आने में असमर्थता जताई' drafted a visit held on the election day",
			text: "इजरायल के प्रधानमंत्री 9 दिसंबर को भारत आने वाले थे। उन्होंने 17 दिसंबर को होने वाले चुनाव की वजह से दौरे पर आने में असमर्थता जताई।",
			want: []want{{timeline.Visit, "2025-12-09[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "the Republic Day chief guest's visit keeps the day of the parade", reason: "review: 'DATE को होने वाले NOUN' took the date off every event after it; only a cause ('की वजह से') does now",
			text: "ब्राजील के राष्ट्रपति 26 जनवरी को होने वाले गणतंत्र दिवस समारोह में मुख्य अतिथि के रूप में भारत की यात्रा पर आएंगे।",
			want: []want{
				{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a visit before an election of many words keeps the month", reason: "review: 'से पहले' was looked for one word after the noun only",
			text: "प्रधानमंत्री मोदी अप्रैल में होने वाले लोकसभा चुनाव से पहले जापान के दौरे पर जाएंगे।",
			want: []want{
				{timeline.Visit, "2026-04[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the first meeting since another: the new one keeps its day", reason: "review: the day of the new meeting, moved a year back, was given to the Kazan meeting and the news was lost",
			text: "प्रधानमंत्री मोदी 25 नवंबर को चीनी राष्ट्रपति शी जिनपिंग से कज़ान की मुलाकात के बाद पहली बार मिलेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the first visit since a year's: no visit is made up", reason: "review: 'X के बाद पहली बार' drafted a visit held on the news day a year back",
			text: "प्रधानमंत्री मोदी 5 दिसंबर को 2019 की अपनी यात्रा के बाद पहली बार जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "an issue put aside does not put off the call held before", reason: "review: 'लेकिन मोदी ने उसे टाल दिया' postponed the call",
			text: "प्रधानमंत्री मोदी ने सोमवार को अमेरिकी राष्ट्रपति ट्रंप से फोन पर बात की। ट्रंप ने शुल्क का मुद्दा उठाया, लेकिन मोदी ने उसे टाल दिया।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "inability to do something else calls nothing off", reason: "review: असमर्थता in the layer cancelled a summit held",
			text: "सोमवार को एससीओ शिखर सम्मेलन में पाकिस्तान ने आतंकवाद पर लगाम लगाने में अपनी असमर्थता जताई।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a chance of a meeting that came is the meeting", reason: "review: 'मुलाकात का मौका मिला' dropped a held meeting",
			text: "जी-20 शिखर सम्मेलन के दौरान प्रधानमंत्री मोदी को सोमवार को अमेरिकी राष्ट्रपति ट्रंप से मुलाकात का मौका मिला।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a comparison with last year dates nothing", reason: "review: 'पिछले साल की तरह … बैठक' moved the meeting to last year",
			text: "दोनों देशों के बीच 5 दिसंबर को पिछले साल की तरह दिल्ली में बैठक होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "which of the year's visits dates nothing", reason: "review: 'इस साल की अपनी दूसरी यात्रा' took the year for the visit's date",
			text: "प्रधानमंत्री मोदी मंगलवार को इस साल की अपनी दूसरी अमेरिका यात्रा पर रवाना हुए।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a possibility after कहा कि is an event", reason: "review: 'कहा कि संभव है कि … मुलाकात करें' was read as a request and dropped (its status, proposed, is still read as announced)",
			text: "अधिकारियों ने कहा कि संभव है कि प्रधानमंत्री मोदी अगले महीने रूसी राष्ट्रपति पुतिन से मुलाकात करें।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Announced, "अधिकारियों ने कहा"},
			}},
		{name: "'अब' with no other plan told does not keep the calling-off away", reason: "review: a visit told with अब stayed announced and its cancellation became a second draft",
			text: "प्रधानमंत्री मोदी अब 5 दिसंबर को जापान की यात्रा करेंगे। मंगलवार शाम विदेश मंत्रालय ने बताया कि यात्रा रद्द कर दी गई है।",
			want: []want{
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, "मंगलवार शाम विदेश मंत्रालय ने बताया"},
			}},
		{name: "a summit with many countries is a summit", reason: "review: 'मध्य एशियाई देशों के साथ शिखर बैठक' was drafted as a bilateral meeting",
			text: "प्रधानमंत्री 10 दिसंबर को दिल्ली में मध्य एशियाई देशों के साथ शिखर बैठक की मेजबानी करेंगे।",
			want: []want{
				{timeline.Summit, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a meeting told during a call starts no call with its counterpart", reason: "review: 'फोन पर बातचीत के दौरान … पुतिन से हुई मुलाकात' drafted a call with Putin",
			text: "प्रधानमंत्री मोदी ने सोमवार को फ्रांस के राष्ट्रपति मैक्रों से फोन पर बात की। दोनों नेताओं ने यूक्रेन युद्ध पर चर्चा की। फोन पर बातचीत के दौरान मोदी ने पुतिन से हुई अपनी मुलाकात का ब्योरा दिया।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a second call whose counterpart follows the call word is a call of its own", reason: "second review: 'फोन पर रूसी राष्ट्रपति पुतिन से' merged into the call with Zelensky",
			text: "प्रधानमंत्री मोदी ने सोमवार को जेलेंस्की से फोन पर बात की। इसके अलावा प्रधानमंत्री ने फोन पर रूसी राष्ट्रपति पुतिन से यूक्रेन संकट पर चर्चा की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "unable to agree calls nothing off", reason: "second review: 'सहमत होने में असमर्थ' cancelled a summit",
			text: "मंगलवार को हुई शिखर वार्ता में दोनों नेता व्यापार समझौते पर सहमत होने में असमर्थ रहे।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit one leader cannot attend is not called off", reason: "second review: 'शामिल होने में असमर्थता' cancelled the G20 summit",
			text: "चीनी राष्ट्रपति शी जिनपिंग ने 22 नवंबर को जोहान्सबर्ग में होने वाले जी20 शिखर सम्मेलन में शामिल होने में असमर्थता जताई है।",
			want: []want{
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""}, // "होने वाले": to come (review 4)
			}},
		{name: "a demand to cancel a visit does not cancel it", reason: "second review: 'इसे रद्द करने की मांग' cancelled the visit",
			text: "प्रधानमंत्री मोदी 10 दिसंबर को जापान की यात्रा पर जाएंगे। विपक्ष ने इसे रद्द करने की मांग की है।",
			want: []want{
				{timeline.Visit, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'इसे फिलहाल टाल दिया' puts the visit off", reason: "second review: an adverb between the pronoun and the cue hid the postponement",
			text: "प्रधानमंत्री मोदी 10 दिसंबर को जापान की यात्रा पर जाएंगे। लेकिन सरकार ने इसे फिलहाल टाल दिया है।",
			want: []want{
				{timeline.Visit, "2025-12-10[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a two-leader शिखर बैठक with Macron is their meeting", reason: "second review: the -ों of मैक्रों was read as a plural",
			text: "प्रधानमंत्री मोदी 12 दिसंबर को मैक्रों के साथ शिखर बैठक करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12-12[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "one told to call someone does not call", reason: "second review: 'मोदी से कहा कि वे पुतिन से फोन पर बात करें' drafted a call",
			text: "अमेरिकी राष्ट्रपति ट्रंप ने सोमवार को मोदी से कहा कि वे पुतिन से फोन पर बात करें।",
			want: nil},
		{name: "a chance of talks with someone named may come", reason: "second review: 'बाइडेन के साथ … वार्ता का मौका मिल सकता है' was dropped",
			text: "अगले सप्ताह होने वाले शिखर सम्मेलन में मोदी को बाइडेन के साथ द्विपक्षीय वार्ता का मौका मिल सकता है।",
			want: []want{
				{timeline.SidelineMeeting, "2025-W48[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "'अगले दिनों' is no 'अगले दिन'", reason: "second read: a bare substring test moved the talks a day on",
			text: "20 नवंबर को अगले दिनों की योजना पर दोनों प्रधानमंत्रियों की वार्ता होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a frame whose people are the last sentence's is no meeting of its own", reason: "corpus 36: 'मुलाकात के दौरान वह …' drafted a second meeting once a known name could be a counterpart",
			text: "पुतिन 1 दिसंबर को मोदी से भेंट करेंगे। मुलाकात के दौरान वह जनवरी में अपनी भारत यात्रा पर चर्चा करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12-01[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2026-01[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks, then the same talks told as a call: one call", reason: "heldout9 09: 'दोनों नेताओं ने … बात की' and 'फोन पर हुई बातचीत' were a meeting and a call",
			text: "ब्राजील के राष्ट्रपति लूला ने अर्जेंटीना के राष्ट्रपति मिलेई से कहा कि अगर शुल्क बढ़े तो व्यापार घटेगा। दोनों नेताओं ने करीब आधे घंटे तक बात की। लूला के प्रवक्ता ने बाद में लूला और मिलेई के बीच फोन पर हुई बातचीत का ब्योरा दिया।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a meeting in person, then a call: two events", reason: "heldout9 09 guard: only talking ('बात', 'बातचीत', 'वार्ता') may have been by phone",
			text: "फ्रांस के राष्ट्रपति मैक्रों ने सोमवार को जर्मन चांसलर मर्त्स से मुलाकात की। मैक्रों और मर्त्स के बीच सोमवार रात फोन पर भी बातचीत हुई।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit told as background is before the dateline, and another visitor's", reason: "heldout9 12: 'बता दें कि … पीएम टोबगे हाल में 5 दिवसीय यात्रा पर भारत आए थे' joined the visit called off",
			text: "प्रधानमंत्री मोदी की 25 नवंबर की जापान यात्रा रद्द कर दी गई है। बता दें कि जापान के प्रधानमंत्री हाल में तीन दिवसीय यात्रा पर भारत आए थे। इस दौरान उन्होंने राष्ट्रपति से मुलाकात की थी।",
			want: []want{
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "called off, then new dates sought: put off; the talks on new dates are no event", reason: "heldout9 12: 'रद्द कर दी गई … अब नई तारीखों के लिए … बातचीत करेंगे'",
			text: "विदेश मंत्री की 25 नवंबर की चीन यात्रा रद्द कर दी गई है। दोनों देशों के अधिकारी अब नई तारीखों के लिए बातचीत करेंगे। विदेश मंत्री 28 नवंबर को रूस जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11-28[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "new dates of another event do not put off the one called off before it", reason: "heldout9 12 guard: the new dates speak of the event told last",
			text: "विदेश मंत्री की 25 नवंबर की चीन यात्रा रद्द कर दी गई है। रक्षा मंत्री 28 नवंबर को रूस जाएंगे, जिसकी नई तारीखें जल्द तय होंगी।",
			want: []want{
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11-28[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a plan its source confirms is confirmed", reason: "heldout9 14: 'ट्रंप ने शुक्रवार को पुष्टि की कि वह अप्रैल में बीजिंग की यात्रा करेंगे' was only announced",
			text: "विदेश मंत्रालय ने सोमवार को पुष्टि की कि प्रधानमंत्री 20 दिसंबर को रूस जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Confirmed, "विदेश मंत्रालय ने सोमवार को पुष्टि की"}}},
		{name: "a plan its source does not confirm is not confirmed", reason: "heldout9 14 guard",
			text: "विदेश मंत्रालय ने सोमवार को इसकी पुष्टि नहीं की कि प्रधानमंत्री 20 दिसंबर को रूस जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने सोमवार को इसकी पुष्टि नहीं की"}}},
		{name: "the last day of an N-day visit is the day told", reason: "heldout9 06: '7 दिनों के भारत दौरे … दौरे के आखिरी दिन' started the seven days on the last",
			text: "सात दिनों के भारत दौरे पर आए कनाडा के प्रधानमंत्री का आज राष्ट्रपति भवन में प्रधानमंत्री मोदी ने स्वागत किया। दौरे के आखिरी दिन उन्हें गार्ड ऑफ ऑनर दिया गया।",
			want: []want{{timeline.Visit, "2025-11-12/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the second day of an N-day visit is the day told", reason: "heldout9 10: 'इस यात्रा के दूसरे दिन यानी आज'",
			text: "प्रधानमंत्री तीन दिवसीय यूरोप यात्रा पर हैं। इस यात्रा के दूसरे दिन यानी आज वह डेनमार्क पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visitor meets one host, then another 'से भी': two meetings", reason: "heldout9 06: 'ट्रूडो ने इसके बाद विदेश मंत्री सुषमा स्वराज से भी मुलाकात की' joined the meeting with Modi",
			text: "कनाडा के प्रधानमंत्री ने सोमवार को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। इसके बाद उन्होंने विदेश मंत्री एस जयशंकर से भी मुलाकात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'होने जा रही है' is about to be", reason: "heldout9 06: 'आज … मोदी से मुलाकात होने जा रही है' had no status",
			text: "कनाडा के प्रधानमंत्री की आज प्रधानमंत्री मोदी से मुलाकात होने जा रही है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a meeting on a day of a summit of many countries is on its sidelines", reason: "heldout9 03 and 05: leaders who came for the India-Africa summit, met at Hyderabad House",
			text: "दिल्ली में 17 नवंबर को भारत-अफ्रीका शिखर सम्मेलन हुआ। प्रधानमंत्री ने 17 नवंबर को केन्या के राष्ट्रपति विलियम रुटो से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a state visit's talks on a day of a summit are no sideline", reason: "heldout9 03 guard: the counterpart's country is on a visit the article tells",
			text: "आसियान शिखर सम्मेलन 21 नवंबर को जकार्ता में होगा। इंडोनेशिया के राष्ट्रपति 20 नवंबर से तीन दिवसीय भारत यात्रा पर आएंगे। प्रधानमंत्री 21 नवंबर को इंडोनेशिया के राष्ट्रपति से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the programme of a visit announced today is the visit told before", reason: "heldout9 11: 'आज … दौरे के कार्यक्रम की घोषणा की' drafted a visit on the day of the announcement",
			text: "नेपाल के प्रधानमंत्री की भारत यात्रा 25 से 28 नवंबर तक होगी। दोनों देशों के विदेश मंत्रालय ने आज एक प्रेस विज्ञप्ति के माध्यम से दौरे के कार्यक्रम की घोषणा की।",
			want: []want{{timeline.Visit, "2025-11-25/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "leaders who came for a summit, named by no one, are no visit", reason: "heldout9 03: 'ये नेता यहां भारत-अफ्रीका शिखर सम्मेलन में हिस्सा लेने आये हुए हैं' drafted a visit of no one",
			text: "प्रधानमंत्री ने 17 नवंबर को दिल्ली में अफ्रीकी देशों के नेताओं से अलग-अलग मुलाकात की। ये नेता यहां शिखर सम्मेलन में हिस्सा लेने आए हुए हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Announced, ""}, // the summit they came for
			}},
		{name: "a leader named as coming for a summit is a visit", reason: "heldout9 03 guard",
			text: "केन्या के राष्ट्रपति विलियम रुटो 17 नवंबर को शिखर सम्मेलन में हिस्सा लेने दिल्ली आए।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two countries' conference by video is their video call", reason: "heldout9 08: 'भारत-ऑस्ट्रेलिया आभासी सम्मेलन की शुरुआत की' was a meeting of many",
			text: "प्रधानमंत्री मोदी और ऑस्ट्रेलिया के प्रधानमंत्री ने 17 नवंबर को भारत-ऑस्ट्रेलिया आभासी सम्मेलन की शुरुआत की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a group's conference by video stays a meeting of many", reason: "heldout9 08 guard",
			text: "विदेश मंत्री ने 17 नवंबर को ब्रिक्स देशों के वर्चुअल सम्मेलन में हिस्सा लिया।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks, and a call besides them: two events", reason: "review of 0fb5316: 'इससे पहले फोन पर भी बात की थी' was merged into the talks",
			text: "मोदी और अमेरिकी राष्ट्रपति ट्रंप ने सोमवार को व्हाइट हाउस में द्विपक्षीय वार्ता की। दोनों नेताओं ने इससे पहले फोन पर भी बात की थी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two short names with the same consonants are two people", reason: "review of 0fb5316: हसीना and हसन were one person",
			text: "जयशंकर ने सोमवार को ढाका में बांग्लादेश के विदेश मंत्री हसन महमूद से मुलाकात की। इसके बाद उन्होंने प्रधानमंत्री शेख हसीना से भी मुलाकात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "an arrival is the first day, whatever a later day brings", reason: "review of b81054b: 'सोमवार को चार दिवसीय यात्रा पर … पहुंचे। यात्रा के आखिरी दिन वह … करेंगे' ended the visit on Monday",
			text: "मोदी सोमवार को चार दिवसीय यात्रा पर अमेरिका पहुंचे। यात्रा के आखिरी दिन वह संयुक्त राष्ट्र महासभा को संबोधित करेंगे।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a hall is no background, nor are recent events talked about", reason: "review of 1a520aa: 'सम्मेलन हाल में', 'हाल के घटनाक्रम पर चर्चा' dated meetings before the dateline",
			text: "बांग्लादेश के पीएम ने आज दिल्ली में सम्मेलन हाल में प्रधानमंत्री से मुलाकात की। मोदी और पुतिन ने सोमवार को मॉस्को में यूक्रेन में हाल के घटनाक्रम पर चर्चा की और द्विपक्षीय वार्ता की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "no new date set: still called off", reason: "review of 1a520aa: 'कोई नई तारीख तय नहीं की गई' put the trip off",
			text: "मोदी की 25 नवंबर की अमेरिका यात्रा रद्द कर दी गई है। अभी कोई नई तारीख तय नहीं की गई है।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a source that declines to confirm does not confirm", reason: "review of 7d7cc34: 'पुष्टि करने से इनकार कर दिया कि …' confirmed the visit",
			text: "विदेश मंत्रालय ने इस बात की पुष्टि करने से इनकार कर दिया कि प्रधानमंत्री 20 दिसंबर को चीन जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने इस बात की पुष्टि"}}},
		{name: "a meeting elsewhere on a summit's day is no sideline", reason: "review of a969052",
			text: "आसियान शिखर सम्मेलन 17 नवंबर को कुआलालंपुर में हुआ। नई दिल्ली में 17 नवंबर को विदेश सचिव ने नेपाल के विदेश सचिव से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two countries' summit makes no sidelines, South Africa's neither", reason: "review of a969052: अफ्रीका in 'भारत-दक्षिण अफ्रीका' read as a region",
			text: "भारत-दक्षिण अफ्रीका शिखर सम्मेलन 17 नवंबर को हुआ। प्रधानमंत्री ने 17 नवंबर को दक्षिण अफ्रीका के उपराष्ट्रपति से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the programme of a visit with its dates printed: the visit's dates", reason: "review of 76d53b7: the printed days were dropped for the announcement's",
			text: "विदेश मंत्रालय ने सोमवार को प्रधानमंत्री मोदी की 15 से 17 दिसंबर तक होने वाली जापान यात्रा के कार्यक्रम की घोषणा की।",
			want: []want{{timeline.Visit, "2025-12-15/2025-12-17[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने"}}}, // the ministry that announced it is its source
		{name: "who announced an event far from its name is its source", reason: "heldout30 05, heldout31 03: 'व्हाइट हाउस ने … दूसरी बैठक की घोषणा की थी', 'कावुसोग्लु ने … एर्दोगन-पुतिन मुलाकात की घोषणा की' had no source: the say-word stood over eight words from ने",
			text: "व्हाइट हाउस ने सोमवार को उत्तर कोरिया के साथ लंबी चर्चा के बाद दोनों देशों के नेताओं के बीच 20 दिसंबर को दूसरी बैठक की घोषणा की।",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Announced, "व्हाइट हाउस ने"}}},
		{name: "leaders invited who will come are a visit", reason: "review of ff1235d: only leaders who came for a summit are many arrivals",
			text: "मोदी ने सोमवार को श्रीलंका के राष्ट्रपति और मालदीव के राष्ट्रपति को भारत आने का न्योता दिया। ये नेता अगले महीने भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two leaders' summit talks are a bilateral meeting", reason: "heldout10 04, 06: 'X और Y के बीच … शिखर वार्ता' was a summit",
			text: "ट्रंप और किम के बीच 20 नवंबर को हनोई में शिखर बैठक होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a group's summit talks stay a summit", reason: "heldout10 04 guard: a group between is no two leaders",
			text: "आसियान और भारत के बीच 20 नवंबर को शिखर बैठक होगी।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "months ago: that month, though it was their first", reason: "heldout10 06: 'आठ महीने पहले … पहली बैठक' was dated on the dateline",
			text: "छह महीने पहले दोनों नेताओं की जिनेवा में पहली मुलाकात हुई थी।",
			want: []want{{timeline.BilateralMeeting, "2025-05[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a guest met by a second host: two meetings", reason: "heldout10 04: 'वहीं विदेश मंत्री … ने शेख हसीना से मुलाकात की' joined the prime ministers' talks",
			text: "जर्मन चांसलर मर्त्स ने 17 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। इसके अलावा विदेश मंत्री एस जयशंकर ने मर्त्स से मुलाकात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a minister present at the talks is no second meeting", reason: "heldout10 04 guard: only talks with a counterpart of their own",
			text: "जर्मन चांसलर मर्त्स ने 17 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। इस बैठक में विदेश मंत्री एस जयशंकर भी मौजूद रहे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a year before a day only places it", reason: "heldout10 12 family: 'इस साल … 8-9 जुलाई को' was dated by the year",
			text: "इस साल मोदी ने 3 मार्च को टोक्यो का दौरा किया था।",
			want: []want{{timeline.Visit, "2025-03-03[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "last year before a day printed without its year: that day last year", reason: "heldout10 12 family",
			text: "पिछले साल मोदी ने 3 मार्च को टोक्यो का दौरा किया था।",
			want: []want{{timeline.Visit, "2024-03-03[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "last year before a weekday: the year", reason: "heldout10 12 guard: a weekday is not moved to another year",
			text: "पिछले साल मोदी ने मंगलवार को टोक्यो का दौरा किया था।",
			want: []want{{timeline.Visit, "2024[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a group's summit is not two countries' summit a visit was for", reason: "heldout10 12: 'ब्रिक्स शिखर सम्मेलन' took the days of 'द्विपक्षीय शिखर सम्मेलन के लिए मास्को का दौरा किया था'",
			text: "प्रधानमंत्री जी-20 शिखर सम्मेलन में हिस्सा लेने के लिए ब्राजील की यात्रा पर हैं। इस साल उन्होंने 3-4 मार्च को द्विपक्षीय शिखर सम्मेलन के लिए टोक्यो का दौरा किया था।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-03-03/2025-03-04[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a call that calls the visit off: the call held, the visit cancelled", reason: "heldout10 08: 'आने वाले थे, लेकिन … फोन करके अपने दौरे को रद्द करने की सूचना दी' drafted the call cancelled",
			text: "जापान के प्रधानमंत्री 20 दिसंबर को भारत आने वाले थे, लेकिन उन्होंने प्रधानमंत्री मोदी को फोन करके अपने दौरे को रद्द करने की जानकारी दी।",
			want: []want{
				{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talking to call a visit off is a phone call, and the visit is the one told", reason: "heldout8 09: 'मोदी से बात कर … अपना दौरा रद्द करने के लिए खेद' drafted a second visit, cancelled on the call's day",
			text: "कनाडा के प्रधानमंत्री ने 25 नवंबर का अपना भारत दौरा रद्द कर दिया है। उन्होंने सोमवार को प्रधानमंत्री मोदी से बात कर अपना दौरा रद्द करने के लिए खेद जताया।",
			want: []want{
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a line cut off before the sentence printed in full is a teaser", reason: "heldout8 09: the page's teaser '… अपना दौरा रद्द' drafted an event of its own",
			text: "कनाडा के प्रधानमंत्री ने 25 नवंबर का भारत दौरा रद्द कर दिया।\nकनाडा के प्रधानमंत्री ने सोमवार को मोदी से फोन पर बात कर अपना भारत दौरा रद्द\nकनाडा के प्रधानमंत्री ने सोमवार को मोदी से फोन पर बात कर अपना भारत दौरा रद्द करने के लिए खेद जताया।",
			want: []want{
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a demand to call a visit off is no call and calls nothing off", reason: "review of 2072c15",
			text: "विपक्ष ने सरकार से बात कर प्रधानमंत्री का अमेरिका दौरा रद्द करने की मांग की।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a visit called off by phone keeps its own date, and 'जाने वाले थे' is the plan", reason: "review of 2072c15: the call's day dated the visit",
			text: "प्रधानमंत्री मोदी 20 दिसंबर को अमेरिका जाने वाले थे, लेकिन उन्होंने सोमवार को ट्रंप से बात कर अपना अमेरिका दौरा रद्द करने की जानकारी दी।",
			want: []want{
				{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'के बीच' of amid makes no two leaders' talks", reason: "review of 1b28d31",
			text: "इजराइल और ईरान के बीच जारी संघर्ष के बीच नाटो शिखर बैठक 24 नवंबर को हेग में होगी।",
			want: []want{{timeline.Summit, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "four countries' summit talks stay a summit", reason: "review of 1b28d31: a list joined by commas",
			text: "भारत, अमेरिका, जापान और ऑस्ट्रेलिया के बीच 20 नवंबर को शिखर बैठक होगी।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the two leaders' summit talks, next to the words", reason: "review of 1b28d31: 'नेताओं' marked a summit",
			text: "दोनों नेताओं के बीच शिखर वार्ता 20 नवंबर को होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "years ago of the visitor, not of the visit", reason: "review of 1b28d31: 'दो साल पहले चुने गए राष्ट्रपति की यह पहली भारत यात्रा' was dated two years back",
			text: "दो साल पहले चुने गए राष्ट्रपति दिसानायके की यह पहली भारत यात्रा होगी।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a year a participle gives another event places no day", reason: "review of 0624c77",
			text: "दो साल पहले हुए समझौते के तहत मोदी 3 मार्च को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2026-03-03[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two leaders' summit talks a trip is for are an event", reason: "review of 0624c77: only two countries' 'द्विपक्षीय शिखर सम्मेलन' is the visit",
			text: "अमेरिकी राष्ट्रपति ट्रंप 20 नवंबर को किम जोंग उन के साथ होने वाली शिखर बैठक के लिए सिंगापुर रवाना होंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the Shanghai Cooperation Organisation is the SCO: one summit", reason: "review of 0624c77: 'संगठन' was a group of its own",
			text: "प्रधानमंत्री मोदी 20 नवंबर को तियानजिन में एससीओ शिखर सम्मेलन में भाग लेंगे। शंघाई सहयोग संगठन शिखर सम्मेलन में 20 देशों के नेता शामिल होंगे।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a headline the lead repeats mid-sentence is no teaser", reason: "review of 2072c15",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे, आबे से करेंगे मुलाकात\nविदेश मंत्रालय ने बताया कि प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे, आबे से करेंगे मुलाकात और कई समझौतों पर हस्ताक्षर होंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने बताया"},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने बताया"},
			}},
		{name: "a participant's own words are no source", reason: "heldout11: the editors leave 'मोदी ने कहा' of Modi's own visit without attribution",
			text: "प्रधानमंत्री नरेंद्र मोदी ने कहा कि वे 20 नवंबर को जापान की यात्रा पर जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "both sides' joint statement on their own talks is no source", reason: "heldout11: 'दोनों पक्षों ने संयुक्त बयान में कहा'",
			text: "दोनों पक्षों ने संयुक्त बयान में कहा कि जयशंकर और वांग यी के बीच सोमवार को बैठक हुई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a spokesman of a participant's side is a source", reason: "heldout11: a briefing office speaks for its side",
			text: "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि मोदी 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा"}}},
		{name: "a foreign secretary who briefs is a source even when drafted among those present", reason: "heldout5 09: 'विदेश सचिव हर्षवर्धन शृंगला के अनुसार'",
			text: "विदेश सचिव विक्रम मिस्री के अनुसार भारत और अमेरिका के बीच वार्ता 20 नवंबर को होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विक्रम मिस्री के अनुसार"}}},
		{name: "a participant's own words in another spelling of his name are no source", reason: "heldout31 12: 'जो बाइडन ने … रद्द कर दिए' then 'जो बाइडेन ने कहा कि …'",
			text: "अमेरिका के राष्ट्रपति जो बाइडन 20 नवंबर को जापान जाएंगे। बाइडेन ने कहा कि वह 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a speaker who tells the event in the first person is its participant, no source", reason: "heldout31 10: 'जेलेंस्की ने अपने ट्वीट में कहा कि मैंने … मोदी से फोन पर बात की'",
			text: "ज़ेलेंस्की ने अपने संदेश में कहा कि मैंने सोमवार को प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "one who is not of the event is a source", reason: "guard for ownWords: a name in the source that is no participant",
			text: "ट्रंप ने कहा कि पुतिन और जेलेंस्की 20 नवंबर को मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, "ट्रंप ने कहा"}}},
		{name: "two who meet each other, no से", reason: "'X और Y मिलेंगे' was no event",
			text: "मोदी और अमेरिकी राष्ट्रपति ट्रंप बुधवार को मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two who got something did not meet", reason: "guard for pairBefore: a dative subject",
			text: "मोदी और पुतिन को बुधवार को कई उपहार मिले।",
			want: nil},
		{name: "a tour through three countries is a visit to each", reason: "heldout11 14: one draft named every country; each leg now takes the tour's span, as most editors date legs whose days are not told",
			text: "कनाडा के प्रधानमंत्री 26 नवंबर से 7 दिसंबर तक भारत, ऑस्ट्रेलिया और जापान की यात्रा पर होंगे।",
			want: []want{
				{timeline.Visit, "2025-11-26/2025-12-07[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-26/2025-12-07[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-26/2025-12-07[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour called off calls off every leg; 'N देशों के दौरे' after the list", reason: "heldout11 10",
			text: "राष्ट्रपति ने सर्बिया, जमैका और पनामा के अपने तीन देशों के दौरे को रद्द कर दिया है।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "a tour whose later leg is told on its own: the first leg has the days before it", reason: "heldout18 04, heldout36 03, heldout8: 'नाइजीरिया और माली के पांच दिवसीय दौरे पर … 29 सितंबर को माली जाएंगे' — editors draft Nigeria until the day before; corpus 18's editor kept the tour whole, the blind sets' editors split it",
			text: "विदेश मंत्री 26 नवंबर से मालदीव और श्रीलंका की पांच दिवसीय यात्रा पर रवाना होंगे। वे 28 नवंबर को श्रीलंका पहुंचेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-28[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour whose first legs are told with their days: the rest have the days after them", reason: "heldout45 13: 'घाना, त्रिनिदाद-टोबैगो, अर्जेंटीना, ब्राजील और नामीबिया' of 2–9 July with the first three legs dated kept one draft of all five",
			text: "प्रधानमंत्री 26 नवंबर से 30 नवंबर तक जापान, दक्षिण कोरिया और वियतनाम की यात्रा पर रहेंगे। 26-27 नवंबर को वे जापान में रहेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-27/2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-27/2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour whose middle leg is told: the others before and after it", reason: "heldout18 04's family",
			text: "प्रधानमंत्री 26 नवंबर से 30 नवंबर तक जापान, दक्षिण कोरिया और वियतनाम की यात्रा पर रहेंगे। 28 नवंबर को वे दक्षिण कोरिया पहुंचेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-28/2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-28[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour with a leg untold between legs told: one draft", reason: "guard: the leg between has no days to take",
			text: "प्रधानमंत्री 26 नवंबर से 30 नवंबर तक जापान, दक्षिण कोरिया और वियतनाम की यात्रा पर रहेंगे। 26-27 नवंबर को वे जापान में रहेंगे। 30 नवंबर को वे वियतनाम पहुंचेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-26/2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour told as background stays one draft", reason: "heldout5 05: 'आपको बता दें कि' before a three-country tour",
			text: "आपको बता दें कि राष्ट्रपति सितंबर में साइप्रस, बल्गेरिया और चेक गणराज्य की यात्रा पर थे।",
			want: []want{{timeline.Visit, "2025-09[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a weekday of 'पहुंचने वाले थे' is the coming one when nearer", reason: "heldout11 07: the past tense of the plan read Sunday as the Sunday gone by; on a Tuesday, Friday is nearer ahead",
			text: "जापान के प्रधानमंत्री शुक्रवार को भारत पहुंचने वाले थे, लेकिन दौरा स्थगित कर दिया गया।",
			want: []want{{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a weekday of 'पहुंचने वाले थे' nearer behind stays as read", reason: "review: on a Tuesday, Sunday two days back is likelier than five ahead",
			text: "जापान के प्रधानमंत्री रविवार को भारत पहुंचने वाले थे, लेकिन दौरा स्थगित कर दिया गया।",
			want: []want{{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a weekday of 'जाना था' stays as read", reason: "guard for comingDay: 'was to go' may lie either side",
			text: "प्रधानमंत्री को रविवार को जापान जाना था, लेकिन दौरा टल गया।",
			want: []want{{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a visit kept for a mutually convenient date is put off", reason: "heldout11 07: 'पारस्परिक रूप से सुविधाजनक तिथि पर दौरा रखने का फैसला'",
			text: "जापान के प्रधानमंत्री शुक्रवार को भारत के तीन दिवसीय दौरे पर पहुंचने वाले थे। दोनों पक्षों ने पारस्परिक रूप से सुविधाजनक तिथि पर दौरा रखने का फैसला किया है।",
			want: []want{{timeline.Visit, "2025-11-21/2025-11-23[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a visit invited for a mutually convenient date is not put off", reason: "review of the mutual-date cue",
			text: "मोदी ने जापानी प्रधानमंत्री को पारस्परिक रूप से सुविधाजनक तिथि पर भारत की यात्रा करने का न्योता दिया।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "one phoned too is a call of its own", reason: "heldout11 06: 'X को भी फोन किया' joined the call told before",
			text: "विदेश मंत्रालय ने बताया कि राष्ट्रपति ट्रंप ने फोन करके मोदी को बधाई दी. ट्रंप ने जापान के प्रधानमंत्री आबे को भी फोन किया.",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, "विदेश मंत्रालय ने बताया"},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a call told in the pluperfect after the news is an earlier call", reason: "heldout11 06: the call of today took the date of one in January",
			text: "ट्रंप ने फोन करके मोदी को बधाई दी। 20 जनवरी को ट्रंप ने शपथ ली थी जिसके बाद मोदी ने फोन करके उन्हें शुभकामनाएं दी थीं।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-01-20[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a one-sentence first line is a headline told again below", reason: "guard: only a first line of several sentences is no headline",
			text: "मोदी करेंगे पुतिन से मुलाकात\nप्रधानमंत्री मोदी 20 नवंबर को मॉस्को में पुतिन से मुलाकात करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a meeting looked forward to is planned", reason: "heldout11 12: 'से मिलने के लिए उत्सुक हूं' had no status",
			text: "मोदी ने कहा कि मैं पोलैंड के प्रधानमंत्री से मिलने के लिए उत्सुक हूं।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks looked forward to are proposed", reason: "review: eager for talks proposes them",
			text: "शहबाज शरीफ भारत के साथ बातचीत के लिए उत्सुक हैं।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a meeting not looked forward to is no event", reason: "guard for eagerWords: the negation",
			text: "मोदी ने कहा कि वे पुतिन से मिलने के लिए उत्सुक नहीं हैं।",
			want: nil},
		{name: "sides agreed under an agreement: an agreement", reason: "heldout11 11: 'एक समझौते के तहत … बहाल करने, … समाप्त करने पर सहमत हुए' drafted nothing",
			text: "भारत और जापान सोमवार को एक समझौते के तहत रक्षा सहयोग बढ़ाने, व्यापार दोगुना करने पर सहमत हुए।",
			want: []want{{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a meeting a day before the main event is one with its own counterpart", reason: "heldout11 13: 'X से मुलाकात के एक दिन बाद … Y से फोन पर बात की' made the meeting a call, or two meetings",
			text: "ट्रंप ने सोमवार को ज़ेलेंस्की से मुलाकात के एक दिन बाद पुतिन से फोन पर बात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a call after another call to another is two calls", reason: "review: 'को भी फोन' made four calls",
			text: "प्रधानमंत्री मोदी ने मंगलवार को पुतिन से फोन पर बात की और इसके बाद जेलेंस्की को भी फोन किया।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "an aide's words are a source", reason: "review: 'पुतिन के सहयोगी … ने कहा' was taken for Putin's own words",
			text: "पुतिन के सहयोगी यूरी उशाकोव ने कहा कि पुतिन ने मंगलवार को ट्रंप से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, "पुतिन के सहयोगी यूरी उशाकोव ने कहा"}}},
		{name: "talks on an agreement agreed to are no agreement", reason: "review: 'समझौते पर बातचीत … पूरा करने पर सहमत हुए'",
			text: "मोदी और ट्रंप ने मंगलवार को फोन पर बात की और दोनों नेता व्यापार समझौते पर बातचीत को जल्द पूरा करने पर सहमत हुए।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "two offices met together are one meeting", reason: "review: 'एक साथ'",
			text: "जयशंकर ने अमेरिका के विदेश मंत्री और रक्षा मंत्री से एक साथ मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "when two will meet is a question", reason: "review: 'कब मिलेंगे'",
			text: "यह देखना होगा कि मोदी और ट्रंप कब मिलेंगे।",
			want: nil},
		{name: "a decade on is a gap too", reason: "review: 'एक दशक बाद … इस सप्ताह' drafted a visit in 2035",
			text: "भारत का एक प्रतिनिधिमंडल एक दशक बाद इस सप्ताह पाकिस्तान की यात्रा करेगा।",
			want: []want{{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a tour's list with a country CLDR's city table lacks stays whole", reason: "review: 'ब्राजील,' cut the clause inside the list",
			text: "प्रधानमंत्री नरेंद्र मोदी 2 से 9 दिसंबर तक घाना, अर्जेंटीना, ब्राजील और नामीबिया की यात्रा पर रहेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-02/2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-02/2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-02/2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-02/2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "two offices of one country, neither named, are two meetings", reason: "heldout11 12: 'पोलैंड के प्रधानमंत्री और राष्ट्रपति से मिलने' made one meeting",
			text: "इस दौरान वे पोलैंड के प्रधानमंत्री और राष्ट्रपति से मिलेंगे।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a nameless office next to a named one may be the same person", reason: "guard for officeSides",
			text: "मोदी ने सऊदी अरब के क्राउन प्रिंस और प्रधानमंत्री मोहम्मद बिन सलमान से मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "years far on are a gap, not a date", reason: "heldout12 12: 'लगभग 24 वर्षों के बाद इस सप्ताह … दौरा करेंगे' drafted a visit 24 years on",
			text: "रूसी राष्ट्रपति पुतिन लगभग 24 वर्षों के बाद इस सप्ताह उत्तर कोरिया का दौरा करेंगे।",
			want: []want{{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "years near on date the event", reason: "guard for farYears",
			text: "दोनों देशों के बीच तीन साल बाद फिर बैठक होगी।",
			want: []want{{timeline.BilateralMeeting, "2028[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a call about calling one's own visit off is held; the visit is off", reason: "heldout12 09: 'अपना दौरा रद्द करने पर … टेलीफोन पर बातचीत की' drafted the call as cancelled",
			text: "राष्ट्रपति मैक्रों अगले हफ्ते भारत आने वाले थे। अपनी यात्रा स्थगित करने को लेकर उन्होंने सोमवार को मोदी से फोन पर बात की।",
			want: []want{
				{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "another's visit called off may be a call's topic too", reason: "review of callingOff: the call is held, whoever's visit it is about",
			text: "पुतिन की यात्रा रद्द करने पर मोदी ने सोमवार को ट्रंप से फोन पर बात की।",
			// The visit is a frame here, the one told before; none is.
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a date said inside talks told again is not the talks' date", reason: "heldout12 09: 'इस बातचीत में … गणतंत्र दिवस समारोह के … निमंत्रण के लिए धन्यवाद दिया' dated the call by Republic Day of the year before",
			text: "मोदी ने सोमवार को ट्रंप से फोन पर बात की। इस बातचीत में ट्रंप ने 26 जनवरी के समारोह के न्योते के लिए धन्यवाद दिया।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "arriving at a place is a visit", reason: "heldout12 14: 'रविवार को दिल्ली पहुंच रहे हैं' drafted nothing",
			text: "जर्मन चांसलर ओलाफ शोल्ज गुरुवार को दिल्ली पहुंच रहे हैं।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "having reached a place is a visit, when the clause's verb says", reason: "heldout12 03: 'मोदी ने लाहौर पहुंचकर … सरप्राइज दिया' drafted nothing",
			text: "मोदी ने सोमवार को ढाका पहुंचकर शेख हसीना को चौंका दिया।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "another leader arriving too is another visit", reason: "heldout12 14: 'उनके साथ-साथ … कोस्टा भी रविवार को दिल्ली पहुंच रहे हैं' was taken for von der Leyen's visit told again",
			text: "यूरोपीय आयोग की अध्यक्ष उर्सुला वॉन डेर लेयेन सोमवार को नई दिल्ली पहुंच गई हैं। उनके साथ यूरोपीय परिषद के अध्यक्ष एंटोनियो कोस्टा भी बुधवार को दिल्ली पहुंच रहे हैं।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a host arriving in a city of their own country is no visitor", reason: "guard for alsoComing: 'शी जिनपिंग भी … वुहान पहुंच गए हैं'",
			text: "मोदी सोमवार को चीन के वुहान पहुंचे। चीनी राष्ट्रपति शी जिनपिंग भी सोमवार को वुहान पहुंच गए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a group attended by ministers is its meeting", reason: "heldout12 08: 'संगठन(SCO) में भाग लेने के लिए मास्को रवाना होंगे' drafted no meeting",
			text: "रक्षा मंत्री राजनाथ सिंह बुधवार को शंघाई सहयोग संगठन (SCO) में भाग लेने के लिए मास्को रवाना होंगे।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a group attended by a head of government is its summit", reason: "attendsGroup: of its leaders a summit",
			text: "प्रधानमंत्री मोदी 22 दिसंबर को ब्रिक्स में हिस्सा लेने के लिए ब्राजील जाएंगे।",
			want: []want{
				{timeline.Summit, "2025-12-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a group that is no object of attending is no meeting", reason: "guard for attendsGroup",
			text: "ब्रिक्स में शामिल देशों की संख्या बढ़ गई है।",
			want: nil},
		{name: "two countries' dialogue is bilateral", reason: "heldout12 06: 'भारत अमेरिका 2+2 डायलॉग' was a meeting of many",
			text: "भारत जापान 2+2 डायलॉग 5 दिसंबर को टोक्यो में होगा।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a tour of a country ('भ्रमण') is a visit", reason: "heldout12 01: 'भारत भ्रमण पर रहे … प्रधानमंत्री' drafted no visit",
			text: "नेपाल के प्रधानमंत्री सोमवार को भारत भ्रमण पर आए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "sources go on in 'उन्होंने बताया कि'", reason: "heldout12 11: 'आधिकारिक सूत्रों ने … यह जानकारी दी। उन्होंने बताया कि … बैठक करेंगे' left the meeting unsourced",
			text: "जापान के प्रधानमंत्री इस सप्ताह भारत आएंगे। आधिकारिक सूत्रों ने सोमवार को यह जानकारी दी। उन्होंने बताया कि प्रधानमंत्री मोदी बुधवार को जापानी प्रधानमंत्री के साथ द्विपक्षीय बैठक करेंगे।",
			want: []want{
				{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Announced, "आधिकारिक सूत्रों ने सोमवार को यह जानकारी दी"},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, "आधिकारिक सूत्रों ने सोमवार को यह जानकारी दी"},
			}},
		{name: "a participant going on is no source", reason: "guard for theyTold: only a briefing office goes on",
			text: "मोदी ने कहा कि वह जापान जाएंगे। उन्होंने कहा कि वह बुधवार को जापानी प्रधानमंत्री से मिलेंगे।",
			want: []want{
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "two countries' offices by demonym are two meetings", reason: "heldout12 11: 'अमेरिकी राष्ट्रपति और बांग्लादेशी प्रधानमंत्री के साथ द्विपक्षीय बैठक' made one meeting",
			text: "प्रधानमंत्री मोदी बुधवार को फ्रांसीसी राष्ट्रपति और जापानी प्रधानमंत्री के साथ द्विपक्षीय बैठक करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a demonym of the subject's side is no second counterpart", reason: "guard for the demonym in counterpartAfter",
			text: "भारतीय प्रधानमंत्री और जापानी प्रधानमंत्री ने बुधवार को द्विपक्षीय बैठक की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-12[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a weekday that moves a near day a year on is a slip", reason: "heldout12 12: 'मंगलवार (17 जून)' in a report of Monday 17 June 2024 drafted a visit in 2025",
			text: "विदेश मंत्रालय ने कहा कि वह बुधवार (18 नवंबर) को जापान का दौरा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने कहा"}}},
		{name: "a weekday far from the dateline still picks the year", reason: "guard for weekdaySlip: hindidate's reading stands away from the dateline",
			text: "उन्होंने गुरुवार (20 मार्च) को जापान का दौरा किया था।",
			want: []want{{timeline.Visit, "2025-03-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "two days running, each with its weekday, are one span", reason: "heldout12 12: 'मंगलवार (17 जून) और बुधवार (18 जून) को … दौरा करेंगे' made two visits",
			text: "वह बुधवार (19 नवंबर) और गुरुवार (20 नवंबर) को जापान का दौरा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-19/2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two days apart stay two", reason: "guard for dayPair",
			text: "वह 19 नवंबर को जापान और 22 नवंबर को चीन का दौरा करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks told after a visit's first day take that day, not the visit's days", reason: "heldout5 01: 'तीन-दिवसीय भारत दौरे के तहत बुधवार को … पहुंचे। … वार्ता हुई' dated the talks by all three days",
			text: "चीनी राष्ट्रपति तीन दिवसीय भारत दौरे के तहत सोमवार को अहमदाबाद पहुंचे। दोनों नेताओं के बीच वार्ता हुई।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a window running on for months dates nothing done", reason: "heldout7 03: a joint statement told as done took '18 महीनों के भीतर', a year and a half",
			text: "भारत 18 महीनों के भीतर बंदरगाह विकसित करेगा। दोनों देशों ने संयुक्त बयान जारी किया।",
			want: []want{{timeline.Statement, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a joint statement's words are its sides' own", reason: "heldout7 03: 'ईरान के राष्ट्रपति … ने संयुक्त बयान में कहा' was the statement's source",
			text: "भारत और ईरान ने सोमवार को संयुक्त बयान जारी किया। ईरान के राष्ट्रपति ने संयुक्त बयान में कहा कि दोनों देश व्यापार बढ़ाएंगे।",
			want: []want{{timeline.Statement, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks done during a visit under way take its days up to the dateline's", reason: "an event told as done during a visit the dateline falls in happened by the day of the report, on any day of the visit till then",
			text: "प्रधानमंत्री 17 से 19 नवंबर तक जापान की यात्रा पर हैं। इस यात्रा के दौरान दोनों नेताओं के बीच वार्ता हुई।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks done on the first day of a visit under way take that day", reason: "guard: done by the report's day, the visit's first",
			text: "प्रधानमंत्री 18 से 20 नवंबर तक जापान की यात्रा पर हैं। इस यात्रा के दौरान दोनों नेताओं के बीच वार्ता हुई।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks to come during a visit under way keep the visit's days", reason: "guard: only what is told as done is dated by the dateline",
			text: "प्रधानमंत्री 17 से 19 नवंबर तक जापान की यात्रा पर हैं। इस यात्रा के दौरान दोनों नेताओं के बीच वार्ता होगी।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "two clauses going to two countries on one day are two visits", reason: "heldout12 04: 'कल … कतर जाएंगे और वहां से वह रविवार को दो दिवसीय यात्रा पर स्विट्जरलैंड जाएंगे' made one visit of two days to Qatar",
			text: "मोदी बुधवार को कतर जाएंगे और वहां से वह कल ही दो दिवसीय यात्रा पर स्विट्जरलैंड जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-19/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a trip for talks put off is put off", reason: "heldout12 06: '… 2+2 डायलॉग के लिए वाशिंगटन दौरा करने वाली थी लेकिन अब यह वार्ता … टल गयी है' kept the trip announced",
			text: "रक्षा मंत्री 6 दिसंबर को भारत जापान 2+2 डायलॉग के लिए टोक्यो का दौरा करने वाली थीं, लेकिन अब यह वार्ता टल गई है।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12-06[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-12-06[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a dialogue named again without its sides is the one told before", reason: "heldout12 06: 'डायलॉग जल्द से जल्द कराए जाने की … नई तारीख' made a meeting of many",
			text: "भारत और जापान का 2+2 डायलॉग 6 दिसंबर को टोक्यो में होना था, लेकिन टल गया। दोनों देश डायलॉग के लिए नई तारीख तय करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-12-06[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a group's dialogue is a meeting of many", reason: "guard for the generic dialogue: a group names its sides",
			text: "क्वाड देशों के विदेश मंत्रियों का संवाद 6 दिसंबर को टोक्यो में होगा।",
			want: []want{{timeline.MultilateralMeeting, "2025-12-06[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'लेकिन अब रद्द हो गया है' with no noun calls off the clause before", reason: "a contrast clause that names no event turns the one before: 'होना था, लेकिन टल गया' was drafted as planned",
			text: "राष्ट्रपति पुतिन 5 दिसंबर को भारत आने वाले थे, लेकिन अब रद्द हो गया है।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'लेकिन यह टल गया' puts off the clause before", reason: "review: a row with टल",
			text: "विदेश सचिवों की बैठक 5 दिसंबर को दिल्ली में होनी थी, लेकिन यह टल गई।",
			want: []want{{timeline.MultilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a contrast clause of something else changes nothing", reason: "review: 'लेकिन संसद का सत्र टल गया है' postponed the visit",
			text: "प्रधानमंत्री मोदी 25 नवंबर को जापान जाएंगे, लेकिन संसद का सत्र टल गया है।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a denial of other talks calls nothing off", reason: "review: '… चीन के साथ कोई बैठक नहीं होगी' cancelled talks with the US",
			text: "अमेरिकी राष्ट्रपति 5 दिसंबर को भारत आएंगे और दोनों नेताओं के बीच वार्ता होगी। विदेश मंत्रालय ने कहा कि फिलहाल चीन के साथ कोई बैठक नहीं होगी।",
			want: []want{
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a visit participle dates only a visit", reason: "review: '25 नवंबर को भारत दौरे पर आने वाले … ने सोमवार को मोदी से फोन पर बात की' dated the call by the visit's day a year back",
			text: "25 नवंबर को भारत दौरे पर आने वाले जापान के प्रधानमंत्री ने सोमवार को मोदी से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a past tense keeps the weekday's year", reason: "review: 'गुरुवार 2 जनवरी को जापान गए थे' told on 20 December moved into the next year",
			text: "प्रधानमंत्री मोदी गुरुवार 2 जनवरी को जापान गए थे।",
			want: []want{{timeline.Visit, "2025-01-02[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "joining a group is no meeting", reason: "review: 'ब्रिक्स में शामिल होगा' drafted a meeting",
			text: "इंडोनेशिया ने कहा कि वह अगले साल ब्रिक्स में शामिल होगा।",
			want: nil},
		{name: "taking part as a habit is no meeting", reason: "review: 'क्वाड में भाग लेता रहा है'",
			text: "भारत क्वाड में भाग लेता रहा है।",
			want: nil},
		{name: "what sources said, denied, is no source of what follows", reason: "review: 'सूत्रों के हवाले से आई खबरों को खारिज किया। उन्होंने कहा कि …' carried the sources on",
			text: "प्रधानमंत्री मोदी ने सोमवार को सूत्रों के हवाले से आई खबरों को खारिज किया। उन्होंने कहा कि वे 25 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a summit after a meeting long past is not still to come", reason: "review: '2019 में … शिखर सम्मेलन से पहले मुलाकात की थी' made the summit announced",
			text: "मोदी और शी ने 2019 में ब्रिक्स शिखर सम्मेलन से पहले मुलाकात की थी।",
			want: []want{
				{timeline.Summit, "2019[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2019[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a contrast that calls nothing off changes nothing", reason: "guard for butCalledOff",
			text: "राष्ट्रपति पुतिन 5 दिसंबर को भारत आने वाले थे, लेकिन मौसम खराब है।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a summit a meeting came before is still to come, in the meeting's month", reason: "heldout10 10, heldout12 10: 'सोमवार को जी-20 शिखर सम्मेलन से पहले मुलाकात हुई' drafted the summit as held on the meeting's day",
			text: "मोदी और अल्बानीज की सोमवार को जी-20 शिखर सम्मेलन से पहले मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a day told of the meeting again is the summit's", reason: "heldout10 10: 'दोनों की यह मुलाकात मंगलवार को G20 शिखर सम्मेलन से पहले … हुई' drafted a second meeting a week back",
			text: "मोदी और अल्बानीज की सोमवार को मुलाकात हुई। दोनों की यह मुलाकात बुधवार को जी-20 शिखर सम्मेलन से पहले हुई।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit a meeting came after is held", reason: "guard: 'के बाद' frames keep their reading",
			text: "मोदी और ट्रंप की सोमवार को जी-20 शिखर सम्मेलन के बाद मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a date before 'के बाद' is of what the event follows", reason: "heldout11 02: 'मार्च में … पद संभालने के बाद ली इसी माह … भारत आने वाले हैं' dated the visit by March",
			text: "अक्टूबर में पद संभालने के बाद जापान की प्रधानमंत्री अगले महीने भारत आने वाली हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a visit here is no leg of a trip abroad", reason: "heldout11 02: Li's visit to India this month was taken into Khurshid's visit to China",
			text: "विदेश मंत्री आज चीन के दौरे पर पहुंचे। चीन के प्रधानमंत्री इसी महीने भारत आने वाले हैं।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "every leg of a tour set off at the dateline is still to come, the first too", reason: "heldout5 04: 'आज से चार देश … की यात्रा पर रवाना हो चुके हैं' drafted Spain, Russia and France as held; pooled (heldout7 04, heldout8 12, heldout14 14): the first leg, set off for and not reached, is announced as well",
			text: "प्रधानमंत्री आज जापान, चीन और दक्षिण कोरिया की यात्रा पर रवाना हुए।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "later legs of a tour told after it are held", reason: "guard: a tour that began before the dateline keeps its status",
			text: "प्रधानमंत्री 2 नवंबर को जापान, चीन और दक्षिण कोरिया की यात्रा पर रवाना हुए थे।",
			want: []want{
				{timeline.Visit, "2025-11-02[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a plan takes the last date still to come told before, past a background date", reason: "heldout8 08: 'इस दौरान … मुलाकात करेंगे' after a background sentence of last year was dated only 'after the dateline'",
			text: "ब्राजील के राष्ट्रपति लूला 26 जनवरी को गणतंत्र दिवस परेड में मुख्य अतिथि होंगे। पिछले साल 14 नवंबर को मोदी ने उन्हें भारत आने का निमंत्रण दिया था। इस दौरान लूला राष्ट्रपति मुर्मू से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "another's plan told further back dates no plan", reason: "review: 'अमेरिकी राष्ट्रपति 15 दिसंबर को चीन जाएंगे। … मोदी जापान की यात्रा करेंगे' dated Modi's visit by Biden's",
			text: "अमेरिकी राष्ट्रपति 15 दिसंबर को चीन जाएंगे। पिछले महीने 10 अक्टूबर को भारत-जापान बैठक हुई थी। प्रधानमंत्री मोदी जापान की यात्रा करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-15[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-10-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a plan with only past dates before is after the dateline", reason: "guard: no date still to come, no date taken",
			text: "पिछले साल 14 नवंबर को मोदी ने उन्हें भारत आने का निमंत्रण दिया था। वह राष्ट्रपति से मुलाकात करेंगे।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the day of a visit coming, told in its participle, is the visit's", reason: "heldout8 07: '15 दिसंबर को भारत दौरे पर आने वाले … आबे का दौरा रद्द हो गया है' lost the day",
			text: "5 दिसंबर को भारत दौरे पर आने वाले जापान के प्रधानमंत्री का दौरा रद्द हो गया है।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "the date a visit is put off to is no date of it", reason: "heldout8 04: 'दौरे को कथित तौर पर अक्टूबर तक टाल दिया है' drafted a visit last October; the June plan it puts off stayed proposed",
			text: "राष्ट्रपति ने ब्रिटेन के अपने प्रस्तावित दौरे को मार्च तक टाल दिया है क्योंकि दिसंबर में होने वाली उनकी प्रस्तावित यात्रा को लेकर विवाद था।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "'कोई बैठक नहीं होगी' calls off the meeting planned before", reason: "heldout10 13: a plan denied later ('… की तत्काल भविष्य में कोई बैठक नहीं होगी') stayed announced",
			text: "मोदी और ट्रंप 5 दिसंबर को मिलेंगे। व्हाइट हाउस ने कहा कि फिलहाल दोनों नेताओं की कोई बैठक नहीं होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, "व्हाइट हाउस ने कहा"}}},
		{name: "a meeting denied with none planned is no event", reason: "guard for denied mentions",
			text: "मोदी ने कहा कि दोनों देशों के बीच कोई बैठक नहीं होगी।",
			want: nil},
		{name: "'इसके अगले दिन' and 'उसी दिन' are the days after and of the day told before", reason: "heldout13 01: an itinerary's 'इसके अगले दिन वह कजाकिस्तान पहुंचेंगे', 'उसी दिन … रवाना हो जाएंगे' and '… और अगले दिन ताजिकिस्तान जाएंगे' drafted nothing",
			text: "मोदी 6 दिसंबर को जापान के लिए रवाना होंगे। इसके अगले दिन वह चीन पहुंचेंगे। 9 दिसंबर को वह वियतनाम पहुंचेंगे और अगले दिन थाईलैंड जाएंगे। उसी दिन वह मलेशिया के प्रधानमंत्री से फोन पर बात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-06[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-07[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.PhoneCall, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'अगले दिनों' is no day", reason: "guard for anaphoricDays: the coming days",
			text: "मोदी अगले दिनों में जापान की यात्रा करेंगे।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the way home is no visit", reason: "heldout13 01: 'प्रधानमंत्री 13 जुलाई को स्वदेश रवाना होंगे' was drafted as a visit",
			text: "प्रधानमंत्री 5 दिसंबर को जापान पहुंचेंगे। वह 7 दिसंबर को स्वदेश रवाना होंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the last meeting before the news is an earlier event", reason: "heldout13 08: 'आखिरी मुलाकात … 16 सितंबर को … हुई थी' after a call told without a date gave the call September's date",
			text: "मोदी ने पुतिन से फोन पर बातचीत की है। दोनों नेताओं के बीच आखिरी मुलाकात 16 सितंबर को समरकंद में हुई थी।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-09-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a plan to come to a place dates the visit, and the leaders' meeting is their summit", reason: "heldout13 05: '15 से 17 दिसंबर तक … वार्षिक शिखर वार्ता के लिए भारत आने की योजना थी। दोनों नेताओं के बीच बैठक गुवाहाटी में होनी थी' dated the visit by the dateline and drafted the meeting apart",
			text: "जापान के प्रधानमंत्री की भारत यात्रा टाल दी गई है। दोनों पक्षों की सहमति से अगली तारीख तय की जाएगी। उनकी 15 से 17 दिसंबर तक प्रधानमंत्री मोदी के साथ वार्षिक शिखर वार्ता के लिए भारत आने की योजना थी। दोनों नेताओं के बीच बैठक गुवाहाटी में होनी थी।",
			want: []want{
				{timeline.Visit, "2025-12-15/2025-12-17[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Summit, "2025-12-15/2025-12-17[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a date standing alone before a comma dates the next clause", reason: "heldout13 14: '17 फरवरी को, राष्ट्रपति मैक्रों प्रधानमंत्री मोदी से … मिलेंगे और … हस्ताक्षर करेंगे' gave the day to the signing only",
			text: "20 नवंबर को, राष्ट्रपति मैक्रों प्रधानमंत्री मोदी से मुंबई में मिलेंगे और दोनों नेता समझौतों पर हस्ताक्षर करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'इस यात्रा के दौरान,' before a comma still frames the clause", reason: "heldout13 14: the talks 'इस यात्रा के दौरान, … वार्ता होगी' were dated by the day the stay ends",
			text: "मैक्रों 16 नवंबर को भारत पहुंचे। वे भारत में 19 नवंबर तक चार दिनों की यात्रा पर हैं। इस यात्रा के दौरान, राष्ट्रपति मैक्रों और प्रधानमंत्री मोदी के बीच द्विपक्षीय वार्ता होगी।",
			want: []want{
				{timeline.Visit, "2025-11-16/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-16/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks dated by a visit's days take the day told for them later", reason: "mergeSameTalks: a day told within the days the talks were inferred from is theirs",
			text: "मैक्रों 16 नवंबर को भारत पहुंचे। वे भारत में 19 नवंबर तक चार दिनों की यात्रा पर हैं। इस यात्रा के दौरान, राष्ट्रपति मैक्रों और प्रधानमंत्री मोदी के बीच द्विपक्षीय वार्ता होगी। मैक्रों 19 नवंबर को प्रधानमंत्री मोदी से मुंबई में मिलेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-16/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a sideline meeting told again without 'से इतर' is the same meeting", reason: "heldout13 12: 'मंगोलिया के प्रधानमंत्री से मिलकर खुशी हुई' after '… शिखर सम्मेलन से इतर मंगोलिया के प्रधानमंत्री … से मुलाकात हुई' was a second meeting",
			text: "जयशंकर की सोमवार को एससीओ शिखर सम्मेलन से इतर मंगोलिया के प्रधानमंत्री से मुलाकात हुई। जयशंकर ने सोमवार को कहा कि मंगोलिया के प्रधानमंत्री से मिलकर खुशी हुई।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "one who was in a country was on a visit there", reason: "heldout13 11: 'टोबगे पिछले सप्ताह भारत में थे' drafted nothing",
			text: "भूटान के प्रधानमंत्री शेरिंग टोबगे पिछले सप्ताह भारत में थे।",
			want: []want{{timeline.Visit, "2025-W46[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a home leader at home was on no visit", reason: "guard for the past stay",
			text: "प्रधानमंत्री मोदी उस समय भारत में थे।",
			want: nil},
		{name: "'वार्ती', a misprint of वार्ता, is talks", reason: "heldout13 13: 'प्रतिनिधिमंडल स्तर की वार्ती की' drafted nothing",
			text: "शनिवार को उन्होंने श्रीलंका के राष्ट्रपति के साथ प्रतिनिधिमंडल स्तर की वार्ती की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit framing the clause by one of its days is drafted too", reason: "heldout13 10: 'अपने दो दिवसीय भारत दौरे के दूसरे दिन मंगलवार को … साझा प्रेस वार्ता की' drafted no visit",
			text: "अमेरिकी राष्ट्रपति ने अपने दो दिवसीय भारत दौरे के दूसरे दिन मंगलवार को प्रधानमंत्री मोदी के साथ साझा प्रेस वार्ता की।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PressConference, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "on the programme is planned", reason: "heldout13 01: 'उनका 10 जुलाई को एससीओ की बैठक में हिस्सा लेने का कार्यक्रम है' had no status",
			text: "उनका 10 दिसंबर को एससीओ की बैठक में हिस्सा लेने का कार्यक्रम है।",
			want: []want{{timeline.MultilateralMeeting, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a reason before 'टल गई' still puts the clause before off", reason: "second review: 'लेकिन अपरिहार्य कारणों से टल गई' stayed announced",
			text: "भारत-चीन वार्ता 5 दिसंबर को होनी थी, लेकिन अपरिहार्य कारणों से टल गई।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "tourists who were in a country made no visit", reason: "second review: '200 भारतीय पर्यटक नेपाल में थे' drafted a visit",
			text: "हमले के समय करीब 200 भारतीय पर्यटक नेपाल में थे।",
			want: nil},
		{name: "tourists expected to come make no visit", reason: "second review: 'पर्यटकों के भारत आने की उम्मीद है' drafted a visit",
			text: "इस साल 10 लाख विदेशी पर्यटकों के भारत आने की उम्मीद है।",
			want: nil},
		{name: "a summit after a meeting long past is in its month, as the tense says", reason: "second review: '10 अक्टूबर को जी20 शिखर सम्मेलन से पहले … मुलाकात की' dated the summit by the meeting's day",
			text: "मोदी ने 10 अक्टूबर को जी20 शिखर सम्मेलन से पहले शी से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-10-10[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a plan looks back to a sentence naming its side's country", reason: "second review: 'ब्राजील के राष्ट्रपति … यात्रा पर रहेंगे' with no name lost the 26 January date",
			text: "ब्राजील के राष्ट्रपति 26 जनवरी को गणतंत्र दिवस परेड में मुख्य अतिथि होंगे। पिछले साल 14 नवंबर को मोदी ने उन्हें भारत आने का निमंत्रण दिया था। ब्राजील के राष्ट्रपति भारत में चार दिवसीय यात्रा पर रहेंगे।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""}}}, // the chief guest's day: one day of the visit
		{name: "'स्वदेश रवाना हो जाएंगे' is no visit either", reason: "second review: the way home by 'जाएंगे' was drafted",
			text: "राष्ट्रपति पुतिन 4 दिसंबर को भारत आएंगे। वह 5 दिसंबर को स्वदेश रवाना हो जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a ministry's spokesman goes on in 'उन्होंने बताया कि'", reason: "second review: 'मंत्रालय के प्रवक्ता … ने … जानकारी दी। उन्होंने बताया कि …' lost the source",
			text: "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने गुरुवार को यह जानकारी दी। उन्होंने बताया कि मोदी 5 दिसंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने गुरुवार को यह जानकारी दी"}}},
		{name: "a programme that plans no going is no plan", reason: "second review: 'यह एससीओ की बैठक का कार्यक्रम है' drafted a meeting",
			text: "यह एससीओ की बैठक का कार्यक्रम है।",
			want: nil},
		{name: "'इसके अगले दिन' follows its day into the year its tense reads", reason: "second review: after '10 नवंबर को जापान जाएंगे' read as next year's, 'इसके अगले दिन' was this year's 11th",
			text: "प्रधानमंत्री मोदी 10 नवंबर को जापान जाएंगे। इसके अगले दिन वह चीन पहुंचेंगे।",
			want: []want{
				{timeline.Visit, "2026-11-10[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2026-11-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'उसी दिन' after a past day is that day", reason: "second review: 'उसी दिन … मुलाकात की' after a visit of last December was dated this December",
			text: "प्रधानमंत्री मोदी 20 दिसंबर को जापान गए थे। उसी दिन उन्होंने शिंजो आबे से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2024-12-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2024-12-20[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'अगले दिन' is not the day after an attribution's", reason: "second review: '… ने सोमवार को यह जानकारी दी। अगले दिन …' read the day after Monday",
			text: "मोदी 5 दिसंबर को जापान जाएंगे, विदेश मंत्रालय ने सोमवार को यह जानकारी दी। अगले दिन वह चीन पहुंचेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने सोमवार को यह जानकारी दी"},
				{timeline.Visit, "2025-12-06[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks in a report that tells no gathering were calls", reason: "heldout14 08: 'समकक्षों से सार्थक वार्ता हुई', in the lockdown, drafted as meetings",
			text: "विदेश मंत्री ने सोमवार को फ्रांस और इटली के अपने समकक्षों से सार्थक वार्ता की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks after an arrival stay a meeting", reason: "guard for the row above",
			text: "विदेश मंत्री सोमवार को पेरिस पहुंचे। उन्होंने फ्रांस के अपने समकक्ष से वार्ता की।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks a headline tells that the body tells as a call are the call", reason: "heldout14 08: the headline's 'समकक्षों से बात की' kept the story a meeting",
			text: oneSideEachText,
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a phone word far before its talk, in one clause, makes it a call", reason: "heldout14 01: 'टेलीफोन पर करीब दस मिनट … कई सामरिक मुद्दों पर वार्ता हुई' drafted a meeting",
			text: "सोमवार को टेलीफोन पर लगभग बीस मिनट तक भारत और जापान के प्रधानमंत्रियों के बीच व्यापार और रक्षा के मुद्दों पर वार्ता हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a phone word in another clause makes no call of a far talk", reason: "guard for the row above",
			text: "मोदी ने पिछले महीने टेलीफोन पर बधाई दी थी और सोमवार को टोक्यो में दोनों प्रधानमंत्रियों के बीच व्यापार और रक्षा के कई मुद्दों पर वार्ता हुई।",
			want: []want{
				{timeline.PhoneCall, "2025-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a plan on a tour under way takes the tour's days, not a year told between", reason: "heldout14 14: 'इस वर्ष … वर्षगांठ मना रहे हैं' dated a meeting of the tour by the year",
			text: "राष्ट्रपति मुर्मू जापान की तीन दिवसीय यात्रा पर रवाना हो गई हैं। इस वर्ष दोनों देश राजनयिक संबंधों की 70वीं वर्षगांठ मना रहे हैं। वह टोक्यो में प्रधानमंत्री से मुलाकात करेंगी।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "with no tour under way the year told before stays", reason: "guard for the row above",
			text: "इस वर्ष दोनों देश राजनयिक संबंधों की 70वीं वर्षगांठ मना रहे हैं। जापान के प्रधानमंत्री भारत के प्रधानमंत्री से मुलाकात करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "another person of the same country, each met by name, is another meeting", reason: "heldout14 10: the foreign secretary's talks with his counterpart were merged into his call on the president",
			text: "विदेश सचिव ने सोमवार को श्रीलंका के राष्ट्रपति रनिल विक्रमसिंघे से मुलाकात की। इससे पहले दिन में, उन्होंने अपने श्रीलंकाई समकक्ष अरुणी विजेवर्धन से मुलाकात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the same person met, told again by surname, is the same meeting", reason: "guard for the row above",
			text: "विदेश सचिव ने सोमवार को श्रीलंका के राष्ट्रपति रनिल विक्रमसिंघे से मुलाकात की। उन्होंने राष्ट्रपति विक्रमसिंघे से मुलाकात कर व्यापार पर चर्चा की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an undated meeting takes no later date of a meeting with another person", reason: "heldout14 04: talks with the prime minister took the day of the meeting with the president",
			text: "बाद में विदेश मंत्री श्रीलंका के प्रधानमंत्री दिनेश गुणवर्धन से बातचीत करेंगे। वह मंगलवार को श्रीलंका के राष्ट्रपति रनिल विक्रमसिंघे से मिलेंगे।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "BIMSTEC's conference is a summit", reason: "heldout14 13: 'BIMSTEC सम्मेलन' in Latin letters drafted a meeting of many",
			text: "प्रधानमंत्री 20 नवंबर को BIMSTEC सम्मेलन में भाग लेंगे।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a headline's list of counterparts does not split a meeting whose lead names one", reason: "heldout14 13: '… शिनवात्रा से द्विपक्षीय बातचीत करेंगे, … यूनुस से भी मिल सकते हैं' drafted a second meeting with Yunus today",
			text: "मोदी जापान पहुंचे: पीएम इशिबा से द्विपक्षीय बातचीत करेंगे, दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग से भी मिल सकते हैं\nप्रधानमंत्री मोदी आज जापान पहुंचे हैं। पीएम मोदी आज जापान के पीएम शिगेरु इशिबा से द्विपक्षीय मुलाकात करेंगे। कल वह दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग से भी मुलाकात कर सकते हैं।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "reaching a venue in the city is no visit", reason: "heldout14 12: 'मोदी और ओमान के सुल्तान … दिल्ली के हैदराबाद हाउस पहुंचे' drafted a visit",
			text: "मोदी और ऑस्ट्रेलिया के प्रधानमंत्री सोमवार को दिल्ली के हैदराबाद हाउस पहुंचे। दोनों नेताओं ने वहां मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "delegation-level talks told on their own are a meeting of their own", reason: "heldout14 12: 'शिष्टमंडल स्तर की वार्ता हुई' was merged into the leaders' meeting",
			text: "प्रधानमंत्री मोदी ने सोमवार को जापान के प्रधानमंत्री इशिबा से मुलाकात की। दोनों देशों के बीच हैदराबाद हाउस में शिष्टमंडल स्तर की वार्ता हुई।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "delegation-level talks something was done before are no meeting of their own", reason: "guard for the row above (heldout5 02)",
			text: "प्रधानमंत्री मोदी ने सोमवार को जापान के प्रधानमंत्री इशिबा से मुलाकात की। दोनों नेताओं ने प्रतिनिधिमंडल स्तर की वार्ता से पहले हाथ मिलाया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "who speaks to regret that talks are off speaks by phone, of the talks told before", reason: "heldout14 07: 'पोम्पिओ ने सुषमा से बात की और … 2+2 वार्ता स्थगित करने को लेकर खेद … व्यक्त की' was no call",
			text: "भारत और जापान के विदेश मंत्रियों की वार्ता 10 दिसंबर को टोक्यो में होने वाली थी। दोनों देशों के अधिकारियों की बैठकें भी होनी थीं। जापान के विदेश मंत्री ने जयशंकर से बात की और वार्ता स्थगित करने को लेकर खेद व्यक्त किया।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12-10[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the day of telling that talks are off is not theirs", reason: "heldout14 07: 'अमेरिका ने आज भारत को … अवगत कराया कि वह … होने वाली … 2+2 वार्ता … स्थगित कर रहा' drafted talks today",
			text: "भारत और जापान के विदेश मंत्रियों की वार्ता 10 दिसंबर को होनी थी। जापान ने आज भारत को सूचित किया कि वह दोनों देशों के बीच होने वाली वार्ता स्थगित कर रहा है।",
			want: []want{{timeline.BilateralMeeting, "2025-12-10[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "whom the report relies on that a plan is off is the source, not who told the plan", reason: "heldout14 06: the ambassador quoted on the plan's day was the source of a visit the spokesman said was put off",
			text: "विदेश मंत्रालय के प्रवक्ता ने कहा कि विदेश मंत्री का अगले महीने होने वाला जापान दौरा स्थगित कर दिया गया है। इससे पहले जापानी राजदूत के हवाले से कहा गया था कि यह दौरा 14 दिसंबर के आसपास होगा।",
			want: []want{{timeline.Visit, "2025-12-14~2d[Asia/Kolkata]", timeline.Postponed, "विदेश मंत्रालय के प्रवक्ता ने कहा"}}},
		{name: "what one was to do on a trip put off is off with it", reason: "heldout14 06: '… संयुक्त आयोग की बैठक के लिए … नेतृत्व करने वाली थीं' after the visit put off was drafted as held",
			text: "विदेश मंत्री जयशंकर का अगले सप्ताह होने वाला जापान दौरा स्थगित हो गया है। जयशंकर जापानी विदेश मंत्री के साथ एक संयुक्त आयोग की बैठक की अध्यक्षता करने वाले थे।",
			want: []want{
				{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.BilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "'वाली थीं' is a plan of the past too", reason: "heldout14 06: the feminine plural 'थीं' was read as a past event held",
			text: "विदेश मंत्री 10 नवंबर को जापानी विदेश मंत्री के साथ बैठक की अध्यक्षता करने वाली थीं।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a chance to meet named leaders is a meeting proposed", reason: "heldout14 03: '… शी चिनफिंग, … पुतिन और दक्षिण अमेरिकी देशों के प्रमुखों से मिलने का अवसर मिलेगा' drafted nothing",
			text: "मोदी 20 नवंबर को जी20 शिखर सम्मेलन में भाग लेंगे। इस दौरान उन्हें चीन के राष्ट्रपति शी चिनफिंग, रूस के राष्ट्रपति पुतिन और पश्चिमी अफ्रीकी देशों के नेताओं से मिलने का अवसर मिलेगा।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""},
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "a meeting of many by name, undated, after a summit is the summit", reason: "heldout14 03: 'मोदी पहली बार बहुपक्षीय बैठक में शामिल होने जा रहे हैं' was a meeting of its own",
			text: "मोदी 20 नवंबर को जी20 शिखर सम्मेलन में भाग लेंगे। प्रधानमंत्री बनने के बाद मोदी पहली बार किसी बहुपक्षीय बैठक में शामिल होंगे।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'बहुपक्षीय बैठक' is a meeting of many", reason: "heldout14 03: it was read as talks of two",
			text: "मोदी 20 नवंबर को जोहान्सबर्ग में बहुपक्षीय बैठक में शामिल होंगे।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a tour under way, its first leg told with days: the other legs follow it", reason: "heldout14 05: 'इन दिनों तीन अफ्रीकी देशों- घाना, आयवरी कोस्ट और नामीबिया की छह दिवसीय यात्रा पर हैं' kept one tour of every country from the dateline",
			text: "राष्ट्रपति मुर्मू इन दिनों तीन देशों जापान, आइवरी कोस्ट और वियतनाम की छह दिवसीय यात्रा पर हैं। पहले चरण में वह 17 नवंबर को दो दिन की यात्रा पर जापान पहुंचीं।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-22[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-19/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-19/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'हो जाएगी' becomes, it goes nowhere", reason: "heldout15 02: 'एक जुलाई से ट्रेन सेवा शुरू हो जाएगी' drafted a visit",
			text: "अगले महीने की पहली तारीख से दोनों देशों के बीच बस सेवा शुरू हो जाएगी।",
			want: nil},
		{name: "'रवाना हो जाएंगे' still goes", reason: "guard for the row above",
			text: "मोदी 20 नवंबर को जापान रवाना हो जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "someone named, then days, then 'X में होंगे' is a stay", reason: "heldout15 14: 'पुतिन 4 और 5 दिसंबर को भारत में होंगे' drafted no visit",
			text: "जापान के प्रधानमंत्री 8 और 9 दिसंबर को भारत में रहेंगे।",
			want: []want{{timeline.Visit, "2025-12-08/2025-12-09[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "results on a day in a country are no stay", reason: "guard for the row above",
			text: "चुनाव के नतीजे 8 दिसंबर को भारत में होंगे।",
			want: nil},
		{name: "a call for something is an appeal, not a phone call", reason: "heldout15 09: '… की निंदा करने के लिए पश्चिमी कॉल को खारिज किया' drafted a phone call",
			text: "दोनों देशों ने सोमवार को प्रतिबंध लगाने के लिए यूरोपीय कॉल को ठुकरा दिया।",
			want: nil},
		{name: "a video call stays a call", reason: "guard for the row above",
			text: "मोदी ने सोमवार को ब्रिटेन के प्रधानमंत्री के साथ वीडियो कॉल पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an arrival told as the subject's participle is a visit with the day before it", reason: "heldout15 09: 'गुरुवार को काबुल से नई दिल्ली पहुंचे चीनी विदेश मंत्री … ने … मुलाकात की' drafted no visit",
			text: "सोमवार को ढाका से नई दिल्ली पहुंचे जापान के प्रधानमंत्री ने मोदी से हैदराबाद हाउस में मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "people who came, named by no office or country, make no visit", reason: "an arrival participle of 'किसानों' drafted a visit",
			text: "सोमवार को दिल्ली पहुंचे छात्रों ने संसद के बाहर प्रदर्शन किया।",
			want: nil},
		{name: "a day after the arriving subject is the main event's; the arrival is under way on it", reason: "heldout5 13, the guard for the rows above; heldout20 13: a visit told by its participle alone was no draft",
			text: "सम्मेलन में शामिल होने के लिए जापान पहुंचे विदेश मंत्री ने मंगलवार को अपने जापानी समकक्ष से मुलाकात की।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit noun with the participle of who came on it is a visit under way", reason: "heldout20 12, heldout7 01, heldout11 05: 'चार दिवसीय राजकीय दौरे पर आए मुइज्जू ने … मुलाकात की' drafted no visit",
			text: "चार दिवसीय राजकीय दौरे पर आए मालदीव के राष्ट्रपति मुइज्जू ने सोमवार को हैदराबाद हाउस में प्रधानमंत्री मोदी से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit under way, the day of its clause's event told in the sentence before", reason: "heldout20 12",
			text: "भारत और मालदीव ने सोमवार को मुद्रा की अदला-बदली पर समझौता किया। चार दिवसीय राजकीय दौरे पर आए मुइज्जू ने हैदराबाद हाउस में प्रधानमंत्री मोदी से मुलाकात की।",
			want: []want{
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "an agreement made is signed", reason: "heldout20 12, heldout2 07: 'समझौता किया', 'ये समझौते किए गये' drafted no signing",
			text: "भारत और जापान ने 17 नवंबर को रक्षा क्षेत्र में समझौता किया।",
			want: []want{{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a limit years ahead in a clause told done dates nothing", reason: "heldout20 05: '… से बात की और उन्हें … 2036 तक राष्ट्रपति बने रहने की बधाई दी' was a call in 2036",
			text: "प्रधानमंत्री मोदी ने रूस के राष्ट्रपति से फोन पर बात की और उन्हें 2036 तक राष्ट्रपति बने रहने की बधाई दी।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a limit years ahead of a plan is its date", reason: "guard for the row above",
			text: "दोनों देश 2030 तक व्यापार समझौते पर हस्ताक्षर करेंगे।",
			want: []want{{timeline.AgreementSigning, "2030[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a journey to take part for a country is for the gathering, which a later 'यह बैठक' dates", reason: "heldout20 11: '… एससीओ समिट में भारत की ओर से हिस्सा लेने … जाएंगे। … यह बैठक 15-16 अक्टूबर को होगी' drafted no summit, and a bilateral meeting",
			text: "पाकिस्तान में होने वाली एससीओ समिट में भारत की ओर से हिस्सा लेने विदेश मंत्री जयशंकर जाएंगे। इस्लामाबाद में यह बैठक 15-16 दिसंबर को होगी।",
			want: []want{
				{timeline.Summit, "2025-12-15/2025-12-16[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-15/2025-12-16[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "one who has arrived for a gathering keeps the day he arrived", reason: "guard for the row above (heldout17 07); 'होने वाली' is the gathering's, not the journey's",
			text: "जापान में होने वाली एससीओ समिट में भारत की ओर से हिस्सा लेने विदेश मंत्री जयशंकर टोक्यो पहुंच गए हैं। यह बैठक 20 नवंबर को होगी।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a stay with a span's end dates the visit told before it", reason: "heldout20 14: 'पुतिन … भारत का दौरा करने आ रहे हैं। पुतिन 4 से 5 दिसंबर तक भारत में रहेंगे और … शिखर सम्मेलन में भाग लेंगे' dated the visit by the dateline",
			text: "रूस के राष्ट्रपति पुतिन भारत का दौरा करने आ रहे हैं। पुतिन 4 से 5 दिसंबर तक भारत में रहेंगे और वार्षिक शिखर सम्मेलन में भाग लेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-04/2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-12-04/2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a date before a frame 'X से पहले' is the frame's when another follows it", reason: "heldout20 03: '… जून में होने वाले सम्मेलन से पहले … 21 अप्रैल को चीन दौरे पर रवाना होंगी' was a visit in June",
			text: "दिसंबर में होने वाले सम्मेलन से पहले सुषमा स्वराज 21 नवंबर को चीन दौरे पर रवाना होंगी।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a future told of a month with no year long gone is next year's", reason: "'मोदी जून में जापान जाएंगे' in November was June gone by: the nearest June",
			text: "मोदी जून में जापान जाएंगे।",
			want: []want{{timeline.Visit, "2026-06[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a month of a visit done, in a clause of a future, stays gone by", reason: "guard for the row above (corpus 22)",
			text: "दोनों पक्ष मई में प्रधानमंत्री मोदी की लुंबिनी यात्रा में हुई प्रगति की समीक्षा करेंगे।",
			want: []want{{timeline.Visit, "2025-05[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the words of a visit's host, named by whom the visitor met, are no source", reason: "corpus 16: 'मोदी ने कहा- … ट्रम्प सपरिवार यहां आए' was the visit's source once Modi was named its host",
			text: "प्रधानमंत्री मोदी और अमेरिका के राष्ट्रपति ट्रम्प के बीच मंगलवार को हैदराबाद हाउस में मुलाकात हुई। मोदी ने कहा- इस बात की खुशी है कि अमेरिका के राष्ट्रपति ट्रम्प सपरिवार यहां आए।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review: compromising is no agreement", reason: "review: 'सुरक्षा से समझौता किया' was a signing",
			text: "विपक्ष ने आरोप लगाया कि सरकार ने 17 नवंबर को राष्ट्रीय सुरक्षा से समझौता किया।",
			want: nil},
		{name: "review: without compromising is no agreement", reason: "review: 'समझौता किए बिना' was a signing",
			text: "भारत ने 17 नवंबर को गुणवत्ता से समझौता किए बिना उत्पादन बढ़ाया।",
			want: nil},
		{name: "review: a city ending in ई is where one goes", reason: "review: 'हनोई जाएंगे' was read as a passive",
			text: "प्रधानमंत्री मोदी 20 नवंबर को वियतनाम की राजधानी हनोई जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a limit alone is no stay", reason: "review: 'राजदूत 2027 तक जापान में रहेंगे' was a visit in 2027",
			text: "भारत के राजदूत 2027 तक जापान में रहेंगे।",
			want: nil},
		{name: "review: a called-off trip's plan is of its month too", reason: "review: the visit had the month, what was to happen on it the day",
			text: "प्रधानमंत्री मोदी ने अपनी जापान यात्रा रद्द कर दी है। इस यात्रा के दौरान उन्हें जापानी प्रधानमंत्री से मुलाकात करनी थी।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.BilateralMeeting, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review: a journey is not dated by a gathering's inferred day", reason: "review: the Brazil trip took the Argentina leg's day through the summit",
			text: "प्रधानमंत्री मोदी ब्रिक्स शिखर सम्मेलन में हिस्सा लेने ब्राजील जाएंगे। इससे पहले वह 1 दिसंबर को अर्जेंटीना जाएंगे।",
			want: []want{
				{timeline.Summit, "2025-12-01[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-01[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: the date and the place after a frame 'से पहले' are the main event's", reason: "review: the Vietnam trip was a visit to Japan",
			text: "20 नवंबर को जापान पहुंचने से पहले प्रधानमंत्री मोदी 19 नवंबर को वियतनाम जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: a date before a frame 'के बाद' is the frame's", reason: "review: the meeting had the call's day",
			text: "17 नवंबर को पुतिन से मुलाकात के बाद मोदी ने 18 नवंबर को शी जिनपिंग से फोन पर बात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a group's summit framing a meeting is drafted too", reason: "heldout13 08, heldout16 14: 'बिम्सटेक शिखर सम्मेलन के दौरान … मुलाकात की' lost the summit",
			text: "प्रधानमंत्री मोदी ने 17 नवंबर को जोहान्सबर्ग में जी-20 शिखर सम्मेलन के दौरान कनाडा के प्रधानमंत्री मार्क कार्नी से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a group's summit framing a meeting beside another gathering is background", reason: "corpus 10: the SCO summit of a first meeting, in a report of the G20",
			text: "प्रधानमंत्री मोदी 20 नवंबर को ब्रिक्स शिखर सम्मेलन में हिस्सा लेंगे। दोनों नेताओं की पहली मुलाकात 2018 में एससीओ शिखर सम्मेलन के दौरान हुई थी।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2018[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two countries' summit framing a meeting is no draft of its own",
			text: "भारत-रूस शिखर सम्मेलन के दौरान 17 नवंबर को विदेश मंत्री जयशंकर ने रूसी विदेश मंत्री लावरोव से मुलाकात की।",
			want: []want{{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a group's meeting of its heads is a summit", reason: "heldout2 05, heldout10 11: virtual SCO and BRICS summits and the Quad leaders' meeting were multilateral meetings",
			text: "क्वाड की बैठक 20 नवंबर को टोक्यो में होगी, जिसमें प्रधानमंत्री नरेंद्र मोदी और अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप भी शामिल होंगे।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a group's meeting of its ministers stays a meeting",
			text: "क्वाड की बैठक 20 नवंबर को टोक्यो में होगी, जिसमें विदेश मंत्री एस जयशंकर और अमेरिकी विदेश मंत्री मार्को रुबियो भी शामिल होंगे।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a tour under way at the leg it has reached: the legs before are done, the ones after to come", reason: "heldout21 11: every leg of 'साइप्रस, कनाडा और क्रोएशिया की … यात्रा पर हैं … कनाडा पहुंचे' had the tour's four days",
			text: "प्रधानमंत्री नरेंद्र मोदी, जो इन दिनों फ्रांस, जर्मनी और इटली की पांच दिवसीय यात्रा पर हैं, जर्मनी पहुंचे।",
			want: []want{
				{timeline.Visit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour under way at its first leg: the others to come",
			text: "प्रधानमंत्री नरेंद्र मोदी, जो इन दिनों फ्रांस, जर्मनी और इटली की पांच दिवसीय यात्रा पर हैं, फ्रांस पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "hundreds of days after is the time since, not a day", reason: "heldout21 03: '497 दिनों के बाद विदेशी दौरे पर' drafted a visit 497 days ahead",
			text: "प्रधानमंत्री मोदी जापान के दौरे पर टोक्यो पहुंचे, 400 दिनों के बाद विदेशी दौरे पर पीएम मोदी",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "what has gone on for a year is no event", reason: "heldout21 03: 'पिछले एक साल से … संवाद कर रहे थे' was a meeting",
			text: "इससे पहले मोदी नवंबर 2024 में ब्राजील के दौरे पर गए थे। पिछले एक साल से वे वीडियो कॉन्फ्रेंसिंग के जरिए अन्य देशों से संवाद कर रहे थे।",
			want: []want{{timeline.Visit, "2024-11[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a negated participle negates no plan, and a plan with its day says more than a may", reason: "heldout10 09: 'विदेश दौरे पर नहीं गए प्रधानमंत्री … शुरुआत कर सकते हैं' cancelled the visit",
			text: "पिछले एक साल से ज्यादा समय से विदेश दौरे पर नहीं गए प्रधानमंत्री नरेंद्र मोदी इस महीने जापान की यात्रा कर सकते हैं। वे 25 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "working together is no gathering: leaders who spoke were on the phone", reason: "heldout21 09: 'मिलकर काम करने पर सहमत हुए' and 'डॉक्टरों के यहां' made 'ट्रंप से बात की' a meeting",
			text: "प्रधानमंत्री मोदी ने 17 नवंबर को अमेरिकी राष्ट्रपति ट्रंप से बात की। दोनों नेता मिलकर काम करने पर सहमत हुए।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "speaking of a matter to no one is no talks", reason: "heldout21 02: 'ट्रंप ने एक बार फिर से कश्मीर पर मध्यस्थता की बात की' was a meeting",
			text: "मंगलवार को संयुक्त राष्ट्र में राष्ट्रपति ट्रंप ने एक बार फिर से कश्मीर पर मध्यस्थता की बात की।",
			want: nil},
		{name: "speaking of a matter with someone is talks",
			text: "मंगलवार को प्रधानमंत्री मोदी ने राष्ट्रपति ट्रंप से व्यापार की बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks taking place are held", reason: "heldout21 02: 'न्यूयॉर्क में मुलाकात हो रही है' was announced; editors of five sets draft such talks held",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति ट्रंप के बीच न्यूयॉर्क में मुलाकात हो रही है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks on a later day told in the progressive are coming",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति ट्रंप के बीच 20 नवंबर को न्यूयॉर्क में मुलाकात हो रही है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a meeting besides the one told is another", reason: "heldout21 04: 'ब्रिटिश PM के अलावा … मैक्रों के साथ द्विपक्षीय बैठक भी तय है' was the Sunak meeting",
			text: "प्रधानमंत्री मोदी और ब्रिटेन के प्रधानमंत्री स्टार्मर के बीच 20 नवंबर को जोहान्सबर्ग में मुलाकात होगी। मोदी की ब्रिटिश पीएम के अलावा यहां फ्रांस के राष्ट्रपति मैक्रों के साथ द्विपक्षीय बैठक भी तय है।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks finalised are still to come", reason: "heldout21 04: 'वार्ता को अंतिम रूप दिया जा चुका है' was held",
			text: "सूत्रों ने बताया कि मोदी और ट्रंप की 20 नवंबर की द्विपक्षीय वार्ता को अंतिम रूप दिया जा चुका है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, "सूत्रों ने बताया"}}},
		{name: "one guest's trip called off does not call off a summit of many told on its own", reason: "heldout21 13: Trump's trip to the Quad summit was called off, and the summit with it",
			text: "क्वॉड शिखर सम्मेलन के लिए भारत नहीं आएंगे अमेरिकी राष्ट्रपति ट्रंप\n\nअमेरिकी राष्ट्रपति ट्रंप ने दिसंबर में भारत में होने वाले क्वाड शिखर सम्मेलन के लिए अपनी यात्रा रद्द कर दी है। भारत दिसंबर में नई दिल्ली में क्वाड शिखर सम्मेलन की मेजबानी करने वाला है।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a gathering now to be held later is put off", reason: "heldout21 06: 'जनवरी में … होने वाला क्वाड शिखर सम्मेलन अब … बाद में आयोजित किया जाएगा' was announced",
			text: "सूत्रों के मुताबिक जनवरी में भारत में आयोजित होने वाला क्वाड शिखर सम्मेलन अब बाद में आयोजित किया जाएगा।",
			want: []want{{timeline.Summit, "2026-01[Asia/Kolkata]", timeline.Postponed, "सूत्रों के मुताबिक"}}},
		{name: "what comes after is no putting off",
			text: "दोनों नेता 20 नवंबर को मिलेंगे। अब इसके बाद में वे संयुक्त बयान जारी करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Statement, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a dinner one hosts for another is a meeting", reason: "heldout21 07: Putin's dinner for Modi was missed; heldout5 02 a dinner for the BRICS and SCO leaders",
			text: "रूसी राष्ट्रपति पुतिन 20 नवंबर को प्रधानमंत्री मोदी के लिए डिनर की मेजबानी करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks and dinner are one event",
			text: "17 नवंबर को सिंगापुर में किम जोंग के साथ वार्ता और डिनर के बाद ट्रंप स्वदेश लौट गए।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a group's summit framing talks ruled out is no draft", reason: "review: 'क्वाड शिखर सम्मेलन के दौरान … मुलाकात की संभावना नहीं है' drafted the summit",
			text: "क्वाड शिखर सम्मेलन के दौरान किसी द्विपक्षीय मुलाकात की संभावना नहीं है।",
			want: nil},
		{name: "review: a ministers' meeting reading leaders' messages is no summit", reason: "review: the heads' messages made a foreign ministers' meeting a summit",
			text: "सोमवार को क्वाड विदेश मंत्रियों की बैठक में प्रधानमंत्री मोदी और राष्ट्रपति ट्रंप के संदेश पढ़े गए।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a former head makes no summit", reason: "review: 'पूर्व प्रधानमंत्री किशिदा' counted as a head",
			text: "सोमवार को क्वाड देशों की बैठक में प्रधानमंत्री मोदी और पूर्व प्रधानमंत्री किशिदा शामिल हुए।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: access is no arrival of a tour", reason: "review: 'नामीबिया तक पहुंच मजबूत होगी' split the tour at Namibia",
			text: "प्रधानमंत्री मोदी इन दिनों घाना, ब्राजील और नामीबिया की पांच दिवसीय यात्रा पर हैं, जिससे नामीबिया तक पहुंच मजबूत होगी।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-22[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18/2025-11-22[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18/2025-11-22[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review: days counted back are a date", reason: "review: '75 दिन पहले' was dropped as a gap",
			text: "दोनों नेताओं की 75 दिन पहले तियानजिन में मुलाकात हुई थी।",
			want: []want{{timeline.BilateralMeeting, "2025-09-04[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: days counted ahead are a date", reason: "review: '90 दिन बाद … वार्ता होगी' was dropped as a gap",
			text: "विदेश मंत्री ने कहा कि 90 दिन बाद भारत और अमेरिका के बीच व्यापार वार्ता होगी।",
			want: []want{{timeline.BilateralMeeting, "2026-02-16[Asia/Kolkata]", timeline.Announced, "विदेश मंत्री ने कहा"}}},
		{name: "review: a window of months back still dates what was done in it", reason: "review: 'पिछले सात महीनों में … यात्रा की है' fell back to the dateline",
			text: "प्रधानमंत्री मोदी ने पिछले सात महीनों में दो बार जापान की यात्रा की है।",
			want: []want{{timeline.Visit, "2025-04-18/2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: rumours going on for days do not make today's meeting a habit", reason: "review: 'पिछले कई दिनों से चल रही अटकलों के बीच … मुलाकात कर रहे हैं' drafted nothing",
			text: "पिछले कई दिनों से चल रही अटकलों के बीच प्रधानमंत्री मोदी आज राष्ट्रपति ट्रंप से मुलाकात कर रहे हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a headline 'did not meet' is no meeting", reason: "review: 'नहीं मिले मोदी और शहबाज शरीफ' lost its negation",
			text: "एससीओ सम्मेलन में नहीं मिले मोदी और शहबाज शरीफ, दोनों ने एक-दूसरे से दूरी बनाए रखी।",
			want: nil},
		{name: "review: one absent from a meeting is in none", reason: "review: 'बैठक में नहीं आए राष्ट्रपति पुतिन ने' drafted a meeting with Putin",
			text: "बैठक में नहीं आए राष्ट्रपति पुतिन ने वीडियो संदेश भेजा।",
			want: nil},
		{name: "review: going together to a programme is a gathering", reason: "review: 'मिलकर कार्यक्रम' was read as 'मिलकर कार्य', working together",
			text: "प्रधानमंत्री मोदी ने सोमवार को राष्ट्रपति पुतिन से बात की। बाद में दोनों नेता मिलकर कार्यक्रम स्थल पर गए।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: one speaker of mediation between two countries holds no talks", reason: "review: 'के बीच मध्यस्थता की बात की' counted बीच as a partner",
			text: "राष्ट्रपति ट्रंप ने सोमवार को भारत और पाकिस्तान के बीच मध्यस्थता की बात की।",
			want: nil},
		{name: "review: two speakers of a matter talk with each other", reason: "review: 'मोदी और पुतिन ने ऊर्जा सहयोग की बात की' drafted nothing",
			text: "सोमवार को मोदी और पुतिन ने ऊर्जा सहयोग की बात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: talks being prepared are not taking place", reason: "review: 'मुलाकात की तैयारी हो रही है' was held",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति ट्रंप के बीच मुलाकात की तैयारी हो रही है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: attending a summit now is held", reason: "review: 'शिखर सम्मेलन में शिरकत कर रहे हैं' was announced",
			text: "प्रधानमंत्री मोदी आज जोहान्सबर्ग में जी20 शिखर सम्मेलन में शिरकत कर रहे हैं।",
			want: []want{{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: an agreement finalised in talks held keeps them held", reason: "review: 'समझौते को अंतिम रूप दिया' made held talks announced",
			text: "सोमवार को हुई वार्ता में दोनों देशों ने व्यापार समझौते को अंतिम रूप दिया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a dinner invited to is no gathering", reason: "review: 'डिनर के लिए आमंत्रित किया' made a call a meeting",
			text: "प्रधानमंत्री मोदी ने सोमवार को राष्ट्रपति पुतिन से बात की और उन्हें डिनर के लिए आमंत्रित किया।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a departure, then the tour it begins: one visit of the tour's days", reason: "heldout 01: 'आज चीन रवाना … 21 अप्रैल से 26 अप्रैल तक चीन और मंगोलिया का दौरा' drafted the departure and the tour apart",
			text: "विदेश मंत्री सुषमा स्वराज आज चीन रवाना हो गईं। सुषमा 18 से 23 नवंबर तक चीन और मंगोलिया का दौरा करेंगी। चीन के दौरे के बाद सुषमा मंगोलिया जाएंगी।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-23[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a day and the days it begins, in one clause: the days", reason: "heldout 01: '(आज से) 21 अप्रैल से 26 अप्रैल तक … दौरा करेंगी' was dated by आज alone",
			text: "विदेश मंत्री (आज से) 18 से 23 नवंबर तक जापान का दौरा करेंगी।",
			want: []want{{timeline.Visit, "2025-11-18/2025-11-23[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a headline's meeting is not held by the journey to it", reason: "heldout18 05: 'बिम्सटेक बैठक ,काठमांडू पहुंचीं सुषमा स्वराज' made the meeting the body tells to come held",
			text: "आसियान बैठक, जकार्ता पहुंचे जयशंकर\nविदेश मंत्री एस जयशंकर आसियान विदेश मंत्रियों की बैठक में शामिल होने के लिए मंगलवार को जकार्ता पहुंचे।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a headline's past gives way to the body's future, and its source", reason: "heldout12 07: 'मर्केल से मिले मोदी' above 'विदेश मंत्रालय के अनुसार, … मुलाकात … के दौरान होगी' was held, unattributed",
			text: "पुतिन से मिले मोदी\nविदेश मंत्रालय के अनुसार, प्रधानमंत्री मोदी और राष्ट्रपति पुतिन की मुलाकात कार्यक्रम के दौरान होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के अनुसार"}}},
		{name: "a visit under way, then an event: two, and neither the trip called off", reason: "heldout 10: '… मुत्ताकी भारत दौरे पर हैं और शनिवार को उन्होंने … मुलाकात की' lost the visit, or merged it into the Taj Mahal trip called off",
			text: "अफगानिस्तान के विदेश मंत्री मुत्ताकी का मंगलवार को प्रस्तावित आगरा दौरा रद्द कर दिया गया। मुत्ताकी भारत दौरे पर हैं और सोमवार को उन्होंने विदेश मंत्री एस जयशंकर से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two guests meeting just before a group's summit: a sideline meeting", reason: "heldout10 10, heldout12 10: 'जी-20 शिखर सम्मेलन से पहले … बाइडन और जिनपिंग के बीच मुलाकात' was bilateral",
			text: "चीनी नेता शी जिनपिंग और अमेरिकी राष्ट्रपति जो बाइडन की सोमवार को जी-20 शिखर सम्मेलन से पहले मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "home's talks just before a group's summit stay bilateral", reason: "heldout 02, heldout3 02: editors keep such talks bilateral",
			text: "विदेश मंत्री जयशंकर ने सोमवार को जी-20 शिखर सम्मेलन से पहले चीन के विदेश मंत्री वांग यी से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two guests meeting before a summit of no group named stay bilateral", reason: "a summit of two countries has no sidelines",
			text: "चीनी नेता शी जिनपिंग और अमेरिकी राष्ट्रपति जो बाइडन की सोमवार को शिखर सम्मेलन से पहले मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'was to come' dates a visit called off; an election's day in view does not", reason: "heldout13 04: 'उन्हें नौ सितंबर को भारत आना था' was no visit, and '17 सितंबर को होने वाले संसदीय चुनाव के मद्देनजर' dated it",
			text: "नेतन्याहू ने अपना भारत दौरा रद्द कर दिया है। उन्हें 20 नवंबर को भारत आना था। इजरायल में 25 नवंबर को होने वाले चुनाव के मद्देनजर दोनों नेता इस दौरे को रद्द करने पर सहमत हुए।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'इसकी जानकारी X ने दी' closing a paragraph sources its events", reason: "heldout22 07: 'इसकी जानकारी विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने दी' after Putin's visit and summit was no attribution",
			text: "पुतिन 6 दिसंबर को भारत आएंगे। प्रधानमंत्री मोदी से उनकी मुलाकात होगी। इसकी जानकारी विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने दी।",
			want: []want{
				{timeline.Visit, "2025-12-06[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने दी"},
				{timeline.BilateralMeeting, "2025-12-06[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने दी"},
			}},
		{name: "'बातचीत की जानकारी X ने दी' sources the talks", reason: "heldout22 13: 'टेलीफोन बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी' was no attribution",
			text: "मोदी और ट्रंप के बीच टेलीफोन बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी। उन्होंने बताया कि आज दोनों नेताओं की फोन पर बात हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, "बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी"}}},
		{name: "a source of 'this decision' sources the decision told before", reason: "heldout22 14: 'एएनआई के मुताबिक, … इस फैसले का कारण …' was no attribution of the visit put off",
			text: "इजरायल के प्रधानमंत्री नेतन्याहू ने दिसंबर में होने वाली अपनी भारत यात्रा स्थगित कर दी है। एएनआई के मुताबिक, इस फैसले का कारण सुरक्षा स्थिति है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, "एएनआई के मुताबिक"}}},
		{name: "a source of one's own decision does not point back", reason: "'अपने फैसले' is no decision told before",
			text: "इजरायल के प्रधानमंत्री नेतन्याहू ने दिसंबर में होने वाली अपनी भारत यात्रा स्थगित कर दी है। एएनआई के मुताबिक, नेतन्याहू अपने फैसले पर अडिग हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "'सूत्रों ने यह बात कही है' sources the news before it, and the matter is no talks", reason: "heldout22 10: 'पूरी बात की जानकारी रखने वाले सूत्रों ने यह बात कही है' was a meeting of its own and no attribution",
			text: "अमेरिकी राष्ट्रपति जो बाइडेन गणतंत्र दिवस के मौके पर भारत नहीं आ रहे। पूरी बात की जानकारी रखने वाले सूत्रों ने यह बात कही है।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Cancelled, "जानकारी रखने वाले सूत्रों ने यह बात कही है"}}},
		{name: "talks with a list of countries told after other talks are other meetings", reason: "heldout22 02: 'इससे पहले रूस, दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात होगी' joined the Modi–Putin talks held",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति पुतिन के बीच सोमवार को वार्ता हुई। अब दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit told again without a date is the summit, whatever times came between", reason: "heldout22 05: 'इनफॉर्मल समिट से …' after 'शी … 5:30 बजे … पहुंचेंगे' was a second summit at 5:30",
			text: "ममल्लापुरम में होने जा रही मोदी-शी शिखर बैठक काफी अहम है। शी जिनपिंग शाम करीब 5:30 बजे महाबलिपुरम पहुंचेंगे। पीएम मोदी ने उम्मीद जताई है कि इनफॉर्मल समिट से रिश्ते मजबूत होंगे।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18T17:30[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks that could not take place are called off", reason: "heldout22 13: '… के दौरान मुलाकात नहीं हो पाई' drafted nothing",
			text: "मोदी और ट्रंप के बीच सोमवार को मुलाकात नहीं हो सकी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a meeting that could not take place, then the call instead: two events", reason: "heldout22 13: '… मुलाकात नहीं हो पाई तो आज दोनों नेताओं ने टेलीफोन पर बातचीत की' made the call cancelled",
			text: "मोदी और ट्रंप के बीच G7 शिखर सम्मेलन के दौरान मुलाकात नहीं हो पाई तो आज दोनों नेताओं ने टेलीफोन पर बातचीत की। विदेश सचिव ने बताया कि किन वजहों से मुलाकात नहीं हो पाई थी।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-18[Asia/Kolkata]", timeline.Cancelled, "विदेश सचिव ने बताया"},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'पहुंचा' of someone is a visit", reason: "heldout22 03: 'पहली बार नरेंद्र मोदी अमेरिका पहुंचा' drafted no visit",
			text: "ट्रंप के कार्यकाल में पहली बार नरेंद्र मोदी मंगलवार को अमेरिका पहुंचा।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'पहुंचा' of a thing is no visit", reason: "a dispute or a plane arrives, no one visits",
			text: "विवाद मंगलवार को अमेरिका पहुंचा। रूसी विमान मंगलवार को दिल्ली पहुंचा।",
			want: nil},
		{name: "a foreign subject's discussion with someone named is talks", reason: "heldout22 09: 'सऊदी अरब के क्राउन प्रिंस … ने … प्रधानमंत्री नरेंद्र मोदी के साथ … चर्चा की' was no event",
			text: "सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान ने सोमवार को हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी के साथ व्यापार को लेकर चर्चा की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a discussion at home with a minister is no talks", reason: "'गृह मंत्री अमित शाह के साथ … चर्चा की' names no other country",
			text: "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को गृह मंत्री अमित शाह के साथ सुरक्षा को लेकर चर्चा की।",
			want: nil},
		{name: "the chief guest of Republic Day visits", reason: "heldout12 02, heldout19 10: 'गणतंत्र दिवस समारोह के मुख्य अतिथि … ओबामा होंगे' drafted no visit",
			text: "26 जनवरी को होने वाले गणतंत्र दिवस समारोह के मुख्य अतिथि अमेरिका के राष्ट्रपति बराक ओबामा होंगे।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the chief guest of a programme is no visit", reason: "only a national day's chief guest comes from abroad",
			text: "मंत्री 20 नवंबर को होने वाले कार्यक्रम के मुख्य अतिथि होंगे।",
			want: nil},
		{name: "the chief guest's day is one day of the visit, not its first", reason: "heldout8 08: the 26 January parade made a four-day visit 26–29 January",
			text: "मिस्र के राष्ट्रपति गणतंत्र दिवस पर मुख्य अतिथि होंगे। राष्ट्रपति सीसी भारत की चार दिवसीय यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a tour in a week: every leg keeps the week, and the plan told sharper wins over a may", reason: "heldout22 08: 'मई के पहले हफ्ते में … तीन दिवसीय दौरे में … जर्मनी, डेनमार्क और फ्रांस' made the first leg 1 May and the others May, all proposed",
			text: "प्रधानमंत्री नरेंद्र मोदी मई में तीन यूरोपीय देशों की यात्रा कर सकते हैं। प्रधानमंत्री नरेंद्र मोदी मई के पहले हफ्ते में यूरोप की यात्रा पर जाएंगे। अपने तीन दिवसीय दौरे में वह जर्मनी, डेनमार्क और फ्रांस की यात्रा करेंगे।",
			want: []want{
				{timeline.Visit, "2026-05-01/2026-05-07[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2026-05-01/2026-05-07[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2026-05-01/2026-05-07[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a month a leader may travel in is the next one", reason: "'मई में … यात्रा कर सकते हैं' told in November was last May",
			text: "प्रधानमंत्री नरेंद्र मोदी मई में जापान की यात्रा कर सकते हैं।",
			want: []want{{timeline.Visit, "2026-05[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "who is in the party that came is no journey", reason: "heldout22 01: 'कैरी के साथ भारत पहुंचे अमेरिकी प्रतिनिधि मंडल में … भी मौजूद हैं' drafted a visit",
			text: "विदेश मंत्री के साथ भारत पहुंचे अमेरिकी प्रतिनिधि मंडल में वाणिज्य मंत्री भी मौजूद हैं।",
			want: nil},
		{name: "review: a source pointing back sources the story of the sentence before, not every event of the text", reason: "review: 'इसकी जानकारी … ने दी' credited an unrelated call told two sentences before",
			text: "अमेरिकी राष्ट्रपति ट्रंप ने सोमवार को पुतिन से फोन पर बात की थी। जापान के प्रधानमंत्री 5 दिसंबर को भारत आएंगे। इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी"},
			}},
		{name: "review: 'बातचीत की जानकारी' after a call sources the call", reason: "review: the bare noun of talks did not match the call told",
			text: "प्रधानमंत्री मोदी ने सोमवार को राष्ट्रपति ट्रंप से फोन पर बात की। बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, "बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी"}}},
		{name: "review: a trip called off after a visit under way is not that visit", reason: "review: '… भारत दौरे पर हैं … उनका आगरा दौरा रद्द कर दिया गया है' called the India visit off",
			text: "ईरान के विदेश मंत्री अराघची भारत दौरे पर हैं और सोमवार को उन्होंने विदेश मंत्री जयशंकर से मुलाकात की। उनका आगरा दौरा रद्द कर दिया गया है।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review: a trip called off whose date is inferred calls off no visit within its days", reason: "review: 'इस सप्ताह पाकिस्तान दौरे पर हैं। उनका भारत दौरा रद्द' called the Pakistan visit off",
			text: "अमेरिकी विदेश मंत्री रुबियो इस सप्ताह पाकिस्तान दौरे पर हैं। उनका भारत दौरा रद्द कर दिया गया है।",
			want: []want{
				{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review: the chief guest of another country's day, or a home official, visits no one here", reason: "review: 'बांग्लादेश के स्वतंत्रता दिवस समारोह में … शरीफ मुख्य अतिथि होंगे' was a visit to India",
			text: "बांग्लादेश के स्वतंत्रता दिवस समारोह में पाकिस्तान के प्रधानमंत्री शहबाज शरीफ मुख्य अतिथि होंगे। स्वतंत्रता दिवस पर राज्य के समारोह में मुख्यमंत्री मुख्य अतिथि होंगे।",
			want: nil},
		{name: "review: another traveller's tour begun the same day is another trip", reason: "review: 'मोदी आज जापान रवाना हुए। … मुर्मू … जापान और फिलीपींस का दौरा करेंगी' was one trip",
			text: "प्रधानमंत्री मोदी आज जापान रवाना हुए। वहीं राष्ट्रपति मुर्मू 18 से 21 नवंबर तक जापान और फिलीपींस का दौरा करेंगी।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: one country's own discussing is no talks", reason: "review: 'भारतीय सेना प्रमुख ने … रक्षा मंत्री राजनाथ सिंह के साथ … चर्चा की' was a call",
			text: "भारतीय सेना प्रमुख ने सोमवार को रक्षा मंत्री राजनाथ सिंह के साथ सुरक्षा को लेकर चर्चा की। अमेरिका में भारतीय राजदूत ने सोमवार को वाणिज्य मंत्री पीयूष गोयल के साथ चर्चा की। शी जिनपिंग ने सोमवार को अपने मंत्रिमंडल के साथ चर्चा की।",
			want: nil},
		{name: "review: one who owns what arrives does not arrive", reason: "review: 'जयशंकर के बयान का मामला … पहुंचा' and 'मसौदा … भारत आना था' were visits",
			text: "विदेश मंत्री जयशंकर के बयान का मामला मंगलवार को सुप्रीम कोर्ट पहुंचा। प्रधानमंत्री शहबाज शरीफ का पत्र मंगलवार को नई दिल्ली पहुंचा। समझौते का मसौदा अगले सप्ताह भारत आना था।",
			want: nil},
		{name: "review: an agreement not reached calls off no talks", reason: "review: '… समझौते पर सहमति नहीं हो पाई' was a meeting called off (the talks held are still lost with the clause's negation, a gap left)",
			text: "सोमवार को लंबी बातचीत के बावजूद भारत और अमेरिका के बीच व्यापार समझौते पर सहमति नहीं हो पाई।",
			want: nil},
		{name: "review: a summit named otherwise, told later, is another summit", reason: "review: 'मोदी एससीओ शिखर सम्मेलन में भी हिस्सा लेंगे' after the India–Russia summit was merged into it",
			text: "भारत-रूस शिखर सम्मेलन 5 दिसंबर को होगा। पुतिन 4 दिसंबर को दिल्ली पहुंचेंगे। मोदी एससीओ शिखर सम्मेलन में भी हिस्सा लेंगे।",
			want: []want{
				{timeline.Summit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: the last summit is not the summit to come", reason: "review: 'पिछले शिखर सम्मेलन' was merged into the summit told",
			text: "भारत-रूस शिखर सम्मेलन 5 दिसंबर को होगा। पुतिन 4 दिसंबर को दिल्ली पहुंचेंगे। पिछला शिखर सम्मेलन मास्को में हुआ था।",
			want: []want{
				{timeline.Summit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 2: the next summit is after the dateline, not on a day told for this one", reason: "review 2: 'अगला शिखर सम्मेलन भारत में होगा' took the day of the arrival told before",
			text: "भारत-जापान शिखर सम्मेलन 12 दिसंबर को टोक्यो में होगा। मोदी 11 दिसंबर को टोक्यो पहुंचेंगे। अगला शिखर सम्मेलन भारत में होगा।",
			want: []want{
				{timeline.Summit, "2025-12-12[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: 'this decision' of something else sources no plan", reason: "review: 'रॉयटर्स के मुताबिक, अमेरिका ने … शुल्क बढ़ा दिया है और इस फैसले से …' credited the Russia visit",
			text: "मोदी 10 दिसंबर को रूस जाएंगे। रॉयटर्स के मुताबिक, अमेरिका ने भारत पर शुल्क बढ़ा दिया है और इस फैसले से व्यापार पर असर पड़ेगा।",
			want: []want{{timeline.Visit, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: two guests meeting months before a summit are no sideline", reason: "review: 'जी-20 शिखर सम्मेलन से दो महीने पहले … मुलाकात' was a sideline meeting",
			text: "चीनी नेता शी जिनपिंग और अमेरिकी राष्ट्रपति जो बाइडन की सितंबर में जी-20 शिखर सम्मेलन से दो महीने पहले वॉशिंगटन में मुलाकात हुई थी।",
			want: []want{
				{timeline.Summit, "2025-09[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-09[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review: countries a topic is about are no counterparts", reason: "review: 'बैठक में रूस, चीन और ब्राजील के साथ व्यापार बढ़ाने पर चर्चा हुई' was three meetings",
			text: "सोमवार को बैठक में रूस, चीन और ब्राजील के साथ व्यापार बढ़ाने पर चर्चा हुई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a day told after the talks dates them, past a cause's day", reason: "review: '20 दिसंबर को होने वाले चुनाव के मद्देनजर … मुलाकात 10 दिसंबर को होगी' left the meeting undated",
			text: "20 दिसंबर को होने वाले चुनाव के मद्देनजर दोनों नेताओं की मुलाकात 10 दिसंबर को होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a headline's gathering told nowhere else is kept, to come on the trip under way", reason: "review: 'एससीओ बैठक, बिश्केक पहुंचे जयशंकर' with a body telling only the arrival lost the meeting; the gathering is dated by the trip under way, the arrival's day (heldout17, corpus 27: editors date it so)",
			text: "एससीओ बैठक, बिश्केक पहुंचे जयशंकर\nविदेश मंत्री एस जयशंकर मंगलवार को बिश्केक पहुंचे।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 2: talks that could not take place, a few words after their noun", reason: "review 2: 'बैठक मंगलवार को नहीं हो पाई' drafted nothing once the negation had to follow the noun",
			text: "जयशंकर और वांग यी के बीच बैठक मंगलवार को नहीं हो पाई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "review 2: an outcome not reached in talks calls them off no more than a topic", reason: "review: '… मुलाकात में व्यापार पर सहमति नहीं हो पाई' was the meeting called off (the meeting held is still lost with the clause's negation, a gap left)",
			text: "मोदी और ट्रंप के बीच सोमवार को हुई मुलाकात में व्यापार पर सहमति नहीं हो पाई।",
			want: nil},
		{name: "review 2: a source pointing back sources the story it closes, past a sentence of no event", reason: "review 2: 'पुतिन … भारत आएंगे। … शिखर वार्ता होगी। इसकी जानकारी … ने दी। प्रवक्ता ने कहा …' lost the visit's source",
			text: "पुतिन 4 दिसंबर को भारत आएंगे। इस दौरान दोनों देशों के बीच शिखर वार्ता होगी। इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी। प्रवक्ता ने कहा कि संबंध मजबूत होंगे।",
			want: []want{
				{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी"},
				{timeline.BilateralMeeting, "2025-12-04[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी"},
			}},
		{name: "review 2: the legs of one traveller's trip are one story for its source", reason: "review 2: 'मोदी … जापान जाएंगे। इसके बाद वे … चीन जाएंगे। इसकी जानकारी …' lost the Japan leg's source",
			text: "प्रधानमंत्री मोदी 6 दिसंबर को जापान जाएंगे। इसके बाद वे 8 दिसंबर को चीन जाएंगे। इसकी जानकारी विदेश मंत्रालय ने दी।",
			want: []want{
				{timeline.Visit, "2025-12-06[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय ने दी"},
				{timeline.Visit, "2025-12-08[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय ने दी"},
			}},
		{name: "review 2: a verb, a dash and a delegation is an arrival", reason: "review 2: 'वांग यी कल रात नई दिल्ली पहुंचे - प्रतिनिधि मंडल में …' drafted nothing (its status is still not read past the dash, a gap left)",
			text: "चीनी विदेश मंत्री वांग यी सोमवार रात नई दिल्ली पहुंचे - प्रतिनिधि मंडल में उप विदेश मंत्री भी हैं।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", "", ""}}},
		{name: "review 2: the subject of a coming takes का", reason: "review 2: 'ट्रंप का फरवरी में भारत आना था' drafted nothing once an owner could not arrive",
			text: "अमेरिकी राष्ट्रपति ट्रंप का फरवरी में भारत आना था।",
			want: []want{{timeline.Visit, "2026-02[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 2: a trip called off told as one's own after a visit under way", reason: "review 2: '… चीन के दौरे पर हैं। उन्होंने अपना भारत दौरा रद्द कर दिया है' called the China visit off",
			text: "वांग यी चीन के दौरे पर हैं। उन्होंने अपना भारत दौरा रद्द कर दिया है।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review 2: another traveller's trip the same day is another, told by a noun too", reason: "review 2: '… मुर्मू आज जापान और फिलीपींस के दौरे पर जाएंगी' was lost into Modi's departure",
			text: "प्रधानमंत्री मोदी आज जापान रवाना हुए। वहीं राष्ट्रपति मुर्मू आज जापान और फिलीपींस के दौरे पर जाएंगी।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 2: the chief guest of another country's numbered day visits no one here", reason: "review 2: 'श्रीलंका के 78वें स्वतंत्रता दिवस समारोह में …' was a visit to India",
			text: "श्रीलंका के 78वें स्वतंत्रता दिवस समारोह में जापान के विदेश मंत्री मुख्य अतिथि होंगे।",
			want: nil},
		{name: "review 2: a meeting hours before a group's summit is on its sidelines", reason: "review 2: 'जी-20 शिखर सम्मेलन से कुछ घंटे पहले … मुलाकात' was bilateral",
			text: "चीनी प्रधानमंत्री ली क्यांग और ऑस्ट्रेलियाई प्रधानमंत्री अल्बनीज की सोमवार को जी-20 शिखर सम्मेलन से कुछ घंटे पहले मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 2: 'उस फैसले' after a visit put off sources it", reason: "review 2: '… दौरा टाल दिया गया है। एएनआई के अनुसार, उस फैसले के पीछे …' was unattributed",
			text: "इजरायल के प्रधानमंत्री नेतन्याहू का दिसंबर में होने वाला भारत दौरा टाल दिया गया है। एएनआई के अनुसार, उस फैसले के पीछे सुरक्षा कारण हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, "एएनआई के अनुसार"}}},
		{name: "review 3: talks that reached nothing, or have long not been held, are called off by no one", reason: "review 3: 'वार्ता में कोई प्रगति नहीं हो पाई' and 'कई वर्षों से वार्ता नहीं हो पाई है' were meetings called off",
			text: "मोदी और शरीफ की वार्ता में कोई प्रगति नहीं हो पाई। भारत और पाकिस्तान के बीच कई वर्षों से वार्ता नहीं हो पाई है।",
			want: nil},
		{name: "review 3: a team that arrives is no delegation of a country", reason: "review 3: 'एनडीआरएफ का दल … पहुंचा' was a visit",
			text: "एनडीआरएफ का दल सोमवार को घटनास्थल पर पहुंचा।",
			want: nil},
		{name: "review 3: a source of a plan does not source a visit done", reason: "review 3: '… भूटान का दौरा किया था। मोदी … जापान जाएंगे। इसकी जानकारी …' sourced the Bhutan visit too",
			text: "प्रधानमंत्री मोदी ने 10 नवंबर को भूटान का दौरा किया था। मोदी 5 दिसंबर को जापान जाएंगे। इसकी जानकारी विदेश सचिव ने दी।",
			want: []want{
				{timeline.Visit, "2025-11-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश सचिव ने दी"},
			}},
		{name: "review 3: a visit under way cut short is that visit, called off", reason: "review 3: '… भारत के दौरे पर हैं। … उनका यह दौरा बीच में ही रद्द कर दिया गया' was a second visit",
			text: "ब्रिटेन के प्रधानमंत्री स्टार्मर भारत के दौरे पर हैं। हमले के बाद उनका यह दौरा बीच में ही रद्द कर दिया गया।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "review 3: the next summit is not dated by a leader's visit", reason: "review 3: 'अगला जी-20 शिखर सम्मेलन अमेरिका में होगा' took the day of Modi's trip",
			text: "मोदी 21 नवंबर को जोहान्सबर्ग जाएंगे। अगला जी-20 शिखर सम्मेलन अमेरिका में होगा।",
			want: []want{
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 3: a source of a plan does not source a trip done by a compatriot", reason: "review 3: 'वांग यी 10 नवंबर को पाकिस्तान गए थे … शी जिनपिंग 5 दिसंबर को भारत आएंगे। इसकी जानकारी …' sourced Wang's trip",
			text: "चीनी विदेश मंत्री वांग यी 10 नवंबर को पाकिस्तान गए थे। चीनी राष्ट्रपति शी जिनपिंग 5 दिसंबर को भारत आएंगे। इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी।",
			want: []want{
				{timeline.Visit, "2025-11-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "इसकी जानकारी विदेश मंत्रालय के प्रवक्ता ने दी"},
			}},
		{name: "review 2: a meeting a day before a group's summit is on its sidelines", reason: "review 2: 'जी-20 शिखर सम्मेलन से एक दिन पहले … मुलाकात' was bilateral",
			text: "चीनी प्रधानमंत्री ली क्यांग और ऑस्ट्रेलियाई प्रधानमंत्री अल्बनीज की सोमवार को जी-20 शिखर सम्मेलन से एक दिन पहले मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a list of one country's people met, with no ने: one meeting with each", reason: "heldout18 05: 'सुषमा … देउबा, राष्ट्रपति …, विपक्ष के नेता … ओली, माओवादी नेता … दहल … से भी मुलाकात करेंगी' drafted one meeting; the list crosses commas that cut clauses",
			text: "विदेश मंत्री जयशंकर मंगलवार को दो दिवसीय दौरे पर ढाका पहुंचे। जयशंकर प्रधानमंत्री शेख हसीना, राष्ट्रपति अब्दुल हामिद, विपक्ष के नेता हुसैन मोहम्मद इरशाद और बीएनपी नेता मिर्जा फखरुल इस्लाम आलमगीर से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "undated, to come, after an arrival on a day of a visit of days: the visit's days left", reason: "held-out sets: 73 expected events still to come in a visit of several days carry its span, 12 a day; 'गुरुवार को दो दिवसीय दौरे पर काठमांडू पहुंचीं। … मुलाकात करेंगी' was dated by the arrival's day",
			text: "जर्मनी के चांसलर सोमवार को तीन दिवसीय दौरे पर नई दिल्ली पहुंचे। वे प्रधानमंत्री से द्विपक्षीय वार्ता करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a finite verb, then इसके बाद with no danda: two clauses, two meetings", reason: "heldout18 11: '… से मुलाकात भी करेंगे इसके अलावा प्रचंड … सम्बोधित करेंगे' ran two sentences into one clause (heldout14 01 pins 'आएंगे इसके बारे में', which goes on)",
			text: "जापान के प्रधानमंत्री 20 नवंबर को भारत आएंगे। वह प्रधानमंत्री मोदी से मुलाकात करेंगे इसके बाद दोनों देशों के बीच कई समझौतों पर हस्ताक्षर होंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a business summit addressed is no diplomatic gathering", reason: "heldout18 11: 'इंडो-नेपाल बिजनेस समिट को भी सम्बोधित करेंगे' drafted a summit",
			text: "जापान के प्रधानमंत्री किशिदा चार दिवसीय भारत दौरे पर हैं। लंच के बाद किशिदा राष्ट्रपति द्रौपदी मुर्मू से मुलाकात करेंगे। इसके अलावा किशिदा नई दिल्ली में इंडो-जापान बिजनेस समिट को भी सम्बोधित करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-21[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a group's summit and its meeting told under another noun on the same days: one gathering", reason: "heldout21 04, heldout13 01: 'G20 देशों की शीर्ष बैठक' beside the G20 summit was drafted twice; 'जी-20' is two tokens, so no summit had the group's label",
			text: "प्रधानमंत्री मोदी 20 से 22 नवंबर तक जी-20 शिखर सम्मेलन में हिस्सा लेंगे। दोनों नेता जी-20 की बैठक में हिस्सा लेने के लिए जोहान्सबर्ग में होंगे।",
			want: []want{{timeline.Summit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a group's gathering told as its ministers' meeting is that meeting, not a summit", reason: "heldout5 13: 'एससीओ के एक सम्मेलन' a foreign minister went to, then 'SCO की विदेश मंत्रियों की बैठक', drafted a summit and a meeting",
			text: "विदेश मंत्री एस जयशंकर एससीओ के एक सम्मेलन में हिस्सा लेने के लिए सोमवार को दो दिवसीय यात्रा पर चीन पहुंचे। एससीओ की विदेश मंत्रियों की बैठक में जयशंकर ने मंगलवार को भाषण दिया।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a group's summit told first as a tour's frame, then with its days: one summit", reason: "heldout6 11: 'इस दौरान वह जापान में जी-7 शिखर सम्मेलन में हिस्सा लेंगे' then 'जी-7 शिखर सम्मेलन के लिए … 19 से 21 मई तक …' were two summits once the G7 had its label",
			text: "प्रधानमंत्री मोदी 20 नवंबर से तीन देशों की यात्रा पर जाएंगे और इस दौरान वह ब्राजील में जी-20 शिखर सम्मेलन में हिस्सा लेंगे। ब्राजील की मेजबानी में जी-20 शिखर सम्मेलन के लिए प्रधानमंत्री मोदी 21 से 23 नवंबर तक रियो में रहेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-21/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
				// Since रियो is a place the drafter knows, "… रियो में
				// रहेंगे" is the Brazil leg, as heldout6 11's editor drafts
				// the Hiroshima leg.
				{timeline.Visit, "2025-11-21/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'इस सम्मेलन' right after a summit is that summit", reason: "heldout8 11: '… ब्रिक्स शिखर सम्मेलन चल रहा है। इस सम्मेलन में गुरुवार को … आमने-सामने आए' drafted a second summit",
			text: "जोहान्सबर्ग में ब्रिक्स शिखर सम्मेलन चल रहा है। इस सम्मेलन में आज प्रधानमंत्री मोदी और ब्राजील के राष्ट्रपति लूला आमने-सामने आए।",
			want: []want{{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a summit 'चल रहा है' is under way, so held", reason: "heldout8 11: the layer reads 'चल रहा है' from रहा, a present drafted as announced",
			text: "जोहान्सबर्ग में जी-20 शिखर सम्मेलन चल रहा है।",
			want: []want{{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a plan that was to be, put off: the coming day, not one eleven months past", reason: "heldout23 09: 'यूएई का दौरा स्थगित हो गया है … नए साल की शुरुआत में यानी 6 जनवरी को होने वाला था' on 29 December was dated January of the same year",
			text: "प्रधानमंत्री का जापान दौरा स्थगित हो गया है। यह दौरा नए साल की शुरुआत में यानी 6 जनवरी को होने वाला था।",
			want: []want{{timeline.Visit, "2026-01-06[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "what was to happen during the trip is off with the trip put off, not on the new plan", reason: "heldout23 09: 'इस दौरे के दौरान मोदी … शीर्ष नेतृत्व से मिलने वाले थे' after the February plan was drafted in February, announced",
			text: "प्रधानमंत्री मोदी का जापान दौरा स्थगित हो गया है। यह दौरा 10 जनवरी को होने वाला था। अब यह दौरा संभवतः फरवरी में हो सकता है। इस दौरे के दौरान मोदी जापान के प्रधानमंत्री से मिलने वाले थे।",
			want: []want{
				{timeline.Visit, "2026-01-10[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2026-02[Asia/Kolkata]", timeline.Proposed, ""},
				{timeline.BilateralMeeting, "2026-01-10[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a visit told again by its noun, undated, in its tense: the visit; a group's meeting 'होना है' on its days: one, due", reason: "heldout23 01: 'वियतनाम दौरे के जरिए … संदेश देंगे' drafted a second visit; 'जहां उन्हें जी20 सम्मेलन में हिस्सा लेना है' (dated by inference) and 'चीन में 4-5 सितंबर को जी20 सम्मेलन होना है' two meetings, the first with no status",
			text: "प्रधानमंत्री मोदी शुक्रवार को वियतनाम के दौरे पर रवाना होंगे। शनिवार को वह वियतनाम के नेताओं से मुलाकात करेंगे। वियतनाम दौरे के जरिए मोदी चीन को संदेश देंगे। इसके बाद मोदी चीन जाएंगे, जहां उन्हें जी20 सम्मेलन में हिस्सा लेना है। चीन में 24-25 नवंबर को जी20 सम्मेलन होना है।",
			want: []want{
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-24/2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a visitor whose country no word says, at the invitation of home's leader, visits", reason: "heldout33 09: 'प्रधानमंत्री … देउवा … नरेंद्र मोदी के … निमंत्रण पर … भारत यात्रा पर जा रहे हैं' was read as a tour at home, both Indian, and dropped",
			text: "राष्ट्रपति जोसेफ बोआकाई प्रधानमंत्री नरेंद्र मोदी के निमंत्रण पर 5 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the host's head of government telling of the visit is no source", reason: "heldout27 11: 'इस मौके पर भूटान के प्रधानमंत्री शेरिंग टोबगे ने कहा कि … भूटान का दौरा किया है' sourced Modi's visit to Bhutan, which Bhutan hosts",
			text: "प्रधानमंत्री मोदी 22 मार्च को भूटान पहुंचे। इस मौके पर भूटान के प्रधानमंत्री शेरिंग टोबगे ने कहा कि हम आभारी हैं कि प्रधानमंत्री ने भूटान का दौरा किया है।",
			want: []want{{timeline.Visit, "2025-03-22[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the host's foreign secretary telling of the visit is a source", reason: "a secretary briefs: the convention's spokesman or ministry of a participant's government",
			text: "प्रधानमंत्री मोदी 22 मार्च को भूटान पहुंचे। इस मौके पर भूटान के विदेश सचिव पेमा चोडेन ने कहा कि प्रधानमंत्री ने भूटान का दौरा किया है।",
			want: []want{{timeline.Visit, "2025-03-22[Asia/Kolkata]", timeline.Held, "विदेश सचिव पेमा चोडेन ने कहा"}}},
		{name: "a count of past meetings, with words between the count and the noun, is no meeting", reason: "heldout34 10: 'शोल्ज़ और मोदी की तीन बार पहले भी मुलाकात हो चुकी है' was a meeting held on the dateline",
			text: "वैसे मैक्रों और मोदी की चार बार पहले भी मुलाकात हो चुकी है।",
			want: nil},
		{name: "a count of something else before the talks counts no talks", reason: "only words such as पहले and भी may stand between a count and the talks it counts",
			text: "5 दिसंबर को मोदी और दो बार के प्रधानमंत्री की मुलाकात हुई।",
			want: []want{{timeline.BilateralMeeting, "2024-12-05[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a date of the gathering a visit is for is not the visit's", reason: "heldout34 15: '20 अगस्त को निर्धारित … सत्र की सह-अध्यक्षता करने के लिए 19-21 अगस्त 2025 तक रूस की आधिकारिक यात्रा करेंगे' dated the visit from 20 August",
			text: "विदेश मंत्री जयशंकर 20 अगस्त को निर्धारित आयोग के सत्र की अध्यक्षता करने के लिए 19 से 21 अगस्त तक रूस की यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2026-08-19/2026-08-21[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a date of a meeting 'होने वाली' that a visit is for is the meeting's", reason: "as above, with the participle होने वाली",
			text: "विदेश मंत्री जयशंकर 20 अगस्त को होने वाली बैठक के लिए 19 अगस्त को रूस जाएंगे।",
			want: []want{{timeline.Visit, "2026-08-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks on the occasion of the two countries' bilateral summit are the summit", reason: "heldout34 04: 'पुतिन ने 19 वें भारत-रूस वार्षिक द्विपक्षीय शिखर सम्मेलन के अवसर पर … मोदी से बातचीत की' was a bilateral meeting",
			text: "रूसी राष्ट्रपति पुतिन ने 5 दिसंबर को 23वें भारत-रूस वार्षिक द्विपक्षीय शिखर सम्मेलन के अवसर पर मोदी से बातचीत की।",
			want: []want{{timeline.Summit, "2024-12-05[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a chance to meet is no occasion", reason: "'का अवसर' is a chance; only 'के अवसर पर' frames an event",
			text: "मोदी को 5 दिसंबर को पुतिन से मुलाकात का अवसर मिलेगा।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "members staying away do not call a summit off", reason: "heldout34 02: 'अफगानिस्तान, बांग्लादेश और भूटान भी सार्क समिट में हिस्सा नहीं लेंगे' made the SAARC summit cancelled",
			text: "सार्क सम्मेलन दिसंबर में इस्लामाबाद में होना है। भूटान और अफगानिस्तान भी सार्क सम्मेलन में हिस्सा नहीं लेंगे।",
			want: []want{{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "members not joining do not call a summit off", reason: "as above, with शामिल नहीं होंगे",
			text: "सार्क सम्मेलन दिसंबर में इस्लामाबाद में होना है। भूटान और अफगानिस्तान भी सार्क सम्मेलन में शामिल नहीं होंगे।",
			want: []want{{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a day of the conference is the summit told again", reason: "heldout29 01: 'मोदी ने सम्मेलन के पहले दिन आतंकवाद के मुद्दे को उठाया' was a second gathering",
			text: "काठमांडू में 26 नवंबर से 27 नवंबर तक सार्क शिखर सम्मेलन होगा। मोदी सम्मेलन के पहले दिन आतंकवाद का मुद्दा उठाएंगे।",
			want: []want{{timeline.Summit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an event framed by the visitor's arrival is during the visit", reason: "heldout27 11: 'भूटान की यात्रा पर पहुंचे प्रधानमंत्री नरेंद्र मोदी ने … द्विपक्षीय बैठक की' took the day of the sentence before, not the visit's days",
			text: "पीएम मोदी दो दिन के लिए भूटान के दौरे पर हैं। आज उनके भूटान दौरे का आखिरी दिन है। पीएम मोदी ने आज थिम्फू में एक अस्पताल का उद्घाटन किया। भूटान की यात्रा पर पहुंचे प्रधानमंत्री मोदी ने थिम्पू में भूटान नरेश से द्विपक्षीय बैठक की।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 23: an event dated by its participle keeps that date when it is announced on another day", reason: "98e5432 dated 'पुतिन की 5 दिसंबर को होने वाली भारत यात्रा की घोषणा … 17 नवंबर को की' by the announcement",
			text: "पुतिन की 5 दिसंबर को होने वाली भारत यात्रा की घोषणा क्रेमलिन ने 17 नवंबर को की।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 23: an event dated by its participle keeps that date when it is called off on another day", reason: "98e5432 dated the cancelled meeting by the day it was called off",
			text: "मोदी और शी की 5 दिसंबर को निर्धारित बैठक 1 दिसंबर को रद्द कर दी गई।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "review 23: a frame keeps its date though the trip is for a meeting", reason: "'… सम्मेलन से पहले बैठक में हिस्सा लेने … 21 नवंबर को … रवाना होंगी': the conference is the frame",
			text: "दिसंबर में होने वाले सम्मेलन से पहले बैठक में हिस्सा लेने सुषमा स्वराज 21 नवंबर को चीन दौरे पर रवाना होंगी।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the date of the meeting a trip goes to take part in is the meeting's", reason: "as 'के लिए', with 'में भाग लेने'",
			text: "मोदी 20 अगस्त को होने वाली बैठक में भाग लेने 19 अगस्त को रवाना होंगे।",
			want: []want{{timeline.Visit, "2026-08-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 23: the spokesman of a side's head of government is a source", reason: "5b2b091 took 'ब्रिटेन के प्रधानमंत्री के प्रवक्ता ने … बताया' for the prime minister's own words",
			text: "ब्रिटेन के प्रधानमंत्री 5 दिसंबर को भारत आएंगे। ब्रिटेन के प्रधानमंत्री के प्रवक्ता ने लंदन में बताया कि वे दिल्ली आएंगे।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "ब्रिटेन के प्रधानमंत्री के प्रवक्ता ने लंदन में बताया"}}},
		{name: "review 23: a session of another, named conference is no session of the summit", reason: "'… जलवायु सम्मेलन के विशेष सत्र में भाग लेंगे' was merged into the G20 summit",
			text: "जी-20 शिखर सम्मेलन 22 और 23 नवंबर को होगा। इसके अलावा विदेश मंत्री जयशंकर संयुक्त राष्ट्र जलवायु सम्मेलन के विशेष सत्र में भाग लेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-22/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.MultilateralMeeting, "2025-11-22/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a day of this conference is the summit told again", reason: "as 'सम्मेलन के पहले दिन', after a demonstrative",
			text: "काठमांडू में 26 नवंबर से 27 नवंबर तक सार्क शिखर सम्मेलन होगा। इस सम्मेलन के पहले दिन आतंकवाद का मुद्दा उठेगा।",
			want: []want{{timeline.Summit, "2025-11-26/2025-11-27[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 23: a count of meetings told with their years tells those meetings", reason: "91f23ec dropped 'दो बार पहले भी मुलाकात 2019 और 2021 में हुई थी'",
			text: "मोदी और पुतिन की दो बार पहले भी मुलाकात 2019 और 2021 में हुई थी।",
			want: []want{
				{timeline.BilateralMeeting, "2019[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2021[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 23: a count of past meetings and a new one dated in the clause", reason: "91f23ec dropped '… अब वे 5 दिसंबर को दिल्ली में फिर मिलेंगे'",
			text: "दोनों नेताओं की तीन बार पहले भी मुलाकात हो चुकी है और अब वे 5 दिसंबर को दिल्ली में फिर मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 24: a count of meetings in a period told before it is still a count", reason: "7799c28 let any date of the clause cancel the count: 'इस साल तीन बार पहले भी मुलाकात हो चुकी है' became a meeting held",
			text: "मोदी और पुतिन की इस साल तीन बार पहले भी मुलाकात हो चुकी है।",
			want: nil},
		{name: "review 24: a purpose with no trip moves no date", reason: "17184eb dated 'पुतिन की 5 दिसंबर को होने वाली भारत यात्रा के लिए तैयारियां 17 नवंबर को शुरू हो गईं' by the preparations",
			text: "5 दिसंबर को होने वाली भारत-रूस शिखर वार्ता के लिए एजेंडा 17 नवंबर को तय किया गया।",
			want: []want{{timeline.Summit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a numbered group's conference is a summit", reason: "heldout23 01, heldout33 05: 'जी20 सम्मेलन', 'जी-20 सम्मेलन' were meetings of many; the scanner splits the number off the name",
			text: "प्रधानमंत्री मोदी 5 दिसंबर को जी-7 सम्मेलन में हिस्सा लेंगे।",
			want: []want{{timeline.Summit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a numbered group in Latin letters too", reason: "as above",
			text: "प्रधानमंत्री मोदी 5 दिसंबर को G20 सम्मेलन में हिस्सा लेंगे।",
			want: []want{{timeline.Summit, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the main conference beside a summit is the summit", reason: "heldout33 05: 'जी-20 सम्मेलन के आखिर दिन … मुख्य सम्मेलन से अलग' drafted a meeting of many beside the summit",
			text: "जी-20 सम्मेलन के दूसरे दिन आज प्रधानमंत्री मोदी ने मुख्य सम्मेलन से अलग तीन देशों के नेताओं के साथ द्विपक्षीय वार्ताएं कीं।",
			want: []want{{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a session of the conference is the summit told again", reason: "heldout33 05: 'इसके बाद प्रधानमंत्री ने सम्मेलन के तीसरे सत्र … में हिस्सा लिया' was a second gathering",
			text: "जी-20 शिखर सम्मेलन 22 और 23 नवंबर को जोहान्सबर्ग में होगा। इसके बाद प्रधानमंत्री मोदी सम्मेलन के चौथे और अंतिम सत्र को संबोधित करेंगे।",
			want: []want{{timeline.Summit, "2025-11-22/2025-11-23[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a summit under way on the dateline and its session of two days before: one summit of the days between", reason: "heldout8 11: '… ब्रिक्स शिखर सम्मेलन चल रहा है' and 'बुधवार को … ब्रिक्स सम्मेलन के सत्र में हिस्सा लिया था' were two summits",
			text: "जोहान्सबर्ग में ब्रिक्स शिखर सम्मेलन चल रहा है। इससे पहले सोमवार को प्रधानमंत्री मोदी और राष्ट्रपति लूला ने ब्रिक्स सम्मेलन के सत्र में हिस्सा लिया था।",
			want: []want{{timeline.Summit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a group's meeting told first, then as its summit: one summit", reason: "the gathering takes the summit's kind when any telling names it one, and the days the summit is told with that begin on the gathering's day",
			text: "दोनों नेता जी-20 की बैठक में हिस्सा लेने के लिए 20 नवंबर को जोहान्सबर्ग में होंगे। प्रधानमंत्री मोदी 20 से 22 नवंबर तक जी-20 शिखर सम्मेलन में हिस्सा लेंगे।",
			want: []want{{timeline.Summit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a tour begun at the dateline: the country besides the others is a leg; legs on their country's day, or in the month, to come", reason: "heldout23 02: 'तीन देशों के दौरे पर रवाना हो चुके हैं … अमेरिका के अलावा नीदरलैंड और पुर्तगाल का दौरा भी करेंगे' drafted two legs on the dateline, held, and no US leg",
			text: "प्रधानमंत्री मोदी अपने तीन देशों के दौरे पर रवाना हो चुके हैं। वह 20 नवंबर को अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप से पहली बार मिलेंगे। अपनी यात्रा से पहले मोदी ने कहा कि इस यात्रा का मकसद साझेदारी को मजबूत करना है। प्रधानमंत्री अमेरिका के अलावा नीदरलैंड और पुर्तगाल का दौरा भी करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "besides a country a visit was told to, other countries: other trips, not that visit", reason: "heldout10 09: '25 मार्च को बांग्लादेश के दौरे पर जाएंगे … बांग्लादेश के अलावा पुर्तगाल और ब्रिटेन के दौरे पर भी जाएंगे' drafted only Bangladesh",
			text: "प्रधानमंत्री मोदी 25 नवंबर को बांग्लादेश के दौरे पर जाएंगे। जल्दी ही वे बांग्लादेश के अलावा पुर्तगाल और ब्रिटेन के दौरे पर भी जाएंगे।",
			// "जल्दी ही" (soon) names no day: the other trips are after the
			// dateline, not on the 25th (review 14).
			want: []want{
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit told again as a meeting of many under way: held", reason: "heldout23 04: 'शिखर सम्मेलन के लिए … बिश्केक पहुंचे … अब बहुपक्षीय सम्मेलन में हिस्सा ले रहे हैं' drafted the summit with no status: the meeting of many's telling was not of the summit's kind",
			text: "प्रधानमंत्री मोदी एससीओ शिखर सम्मेलन के लिए मंगलवार को बिश्केक पहुंचे। मोदी लोकसभा चुनाव जीतने के बाद अब बहुपक्षीय सम्मेलन में हिस्सा ले रहे हैं।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "there for a gathering, 'के लिए रूस में हैं': a visit under way; another event's hour dates the day only", reason: "heldout23 07: '… SCO की बैठक में हिस्सा लेने के लिए रूस में हैं' drafted no visit, and the meeting at the headline's 6 pm with no status",
			text: "मॉस्को में आज शाम 6 बजे चीन के विदेश मंत्री वांग यी से मिलेंगे जयशंकर। भारत के विदेश मंत्री एस जयशंकर शंघाई सहयोग संगठन की बैठक में हिस्सा लेने के लिए रूस में हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18T18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "an agreement to be signed at an hour, then a statement: the statement on the day, not at the hour", reason: "an event dated by the nearest sentence takes its day, not another event's hour (the sample's agreement after a 5 pm meeting)",
			text: "दोनों देशों के बीच एक व्यापार समझौते पर 20 नवंबर को शाम 5 बजे हस्ताक्षर होंगे। इसके बाद दोनों नेता संयुक्त बयान जारी करेंगे।",
			want: []want{
				{timeline.AgreementSigning, "2025-11-20T17[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Statement, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a talk with communities is no diplomatic meeting", reason: "heldout23 08: 'कल … रोम में विभिन्न समुदायों के लोगों से संवाद किया' drafted a multilateral meeting",
			text: "इससे पहले कल प्रधानमंत्री मोदी ने रोम में विभिन्न समुदायों के लोगों से संवाद किया।",
			want: nil},
		{name: "no comment came on a visit: it is not called off; 'ये जानकारी X ने सामने रखी है' is its source", reason: "heldout23 10: '… प्रस्तावित यात्रा पर … अभी तक कोई टिप्पणी नहीं आई है' drafted the visit cancelled, and the Russian spokeswoman's sentence sourced nothing",
			text: "विदेश मंत्री जयशंकर अपने रूसी समकक्ष के साथ बातचीत करने के लिए 20 नवंबर को मॉस्को जाएंगे। ये जानकारी रूसी विदेश मंत्रालय के प्रवक्ता ने सामने रखी है। जयशंकर की प्रस्तावित यात्रा पर विदेश मंत्रालय की ओर से अभी तक कोई टिप्पणी नहीं आई है।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "ये जानकारी रूसी विदेश मंत्रालय के प्रवक्ता ने सामने रखी है"}}},
		{name: "a source of the next sentence that names the group's gathering again, and tells no event, sources it", reason: "heldout23 11: '… क्वाड समिट भी टाल दी गई है। न्यूज एजेंसी ANI के मुताबिक क्वाड की मीटिंग के लिए … शेड्यूल … पर बाकी देश सहमत नहीं हैं' lost the agency",
			text: "भारत में जनवरी में होने वाली क्वाड समिट भी टाल दी गई है। न्यूज एजेंसी ANI के मुताबिक क्वाड की मीटिंग के लिए भारत ने जो शेड्यूल बनाया है उस पर बाकी देश सहमत नहीं हैं।",
			want: []want{{timeline.Summit, "2026-01[Asia/Kolkata]", timeline.Postponed, "न्यूज एजेंसी ANI के मुताबिक"}}},
		{name: "'X की जानकारी देते हुए Y ने कहा' sources X told just before", reason: "heldout23 12: '… कई अहम समझौते हुए. … हुए अहम समझौते की जानकारी देते हुए विदेश सचिव … ने कहा है कि …' left the agreements unsourced",
			text: "जापान के प्रधानमंत्री ने आज हैदराबाद हाउस में प्रधानमंत्री मोदी के साथ द्विपक्षीय वार्ता की। इस दौरान दोनों देशों के बीच कई अहम समझौते हुए। दोनों देशों के बीच हुए अहम समझौते की जानकारी देते हुए विदेश सचिव अरुण कुमार सिन्हा ने कहा है कि एक संयुक्त समिति बनाई गई है।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-18[Asia/Kolkata]", timeline.Held, "विदेश सचिव अरुण कुमार सिन्हा ने कहा है"},
			}},
		{name: "a joint statement signed is the statement, no agreement signing", reason: "heldout23 13: 'शी जिनपिंग और … पुतिन ने … एक संयुक्त बयान पर हस्ताक्षर किए' drafted an agreement signing",
			text: "चीन के राष्ट्रपति शी जिनपिंग और रूस के राष्ट्रपति व्लादिमीर पुतिन ने 17 नवंबर को एक संयुक्त बयान पर हस्ताक्षर किए।",
			want: []want{{timeline.Statement, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a call after a summit: the summit before, the call on the dateline; 'X के मुताबिक इस कॉल …' sources the call", reason: "heldout23 15: 'कनाडा में जी7 शिखर सम्मेलन के बाद … फोन पर 35 मिनट तक बात हुई' dated the summit by the call and the call by the summit; 'जानकारी के मुताबिक इस कॉल का आग्रह …' sourced nothing",
			text: "कनाडा में जी7 शिखर सम्मेलन के बाद प्रधानमंत्री नरेंद्र मोदी और अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप के बीच फोन पर 35 मिनट तक बात हुई। इस दौरान दोनों के बीच विस्तार से चर्चा हुई। जानकारी के मुताबिक इस कॉल का आग्रह ट्रंप की तरफ से किया गया था।",
			want: []want{
				{timeline.Summit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, "जानकारी के मुताबिक"},
			}},
		{name: "a tour begun, its first leg's stay 'X और Y को … में रुकेंगे': the leg's days", reason: "heldout21 08: 'प्रधानमंत्री मोदी 21 और 22 अगस्त को पोलैंड में रुकेंगे' after the departure drafted the Poland leg on the departure's day; रुकेंगे was no verb of a stay",
			text: "प्रधानमंत्री मोदी आज पोलैंड और यूक्रेन की यात्रा के लिए रवाना हुए। प्रधानमंत्री मोदी 18 और 19 नवंबर को पोलैंड में रुकेंगे। वहीं वो 20 नवंबर को यूक्रेन जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a visit still going on, its visitor's talks there two days before: the days since", reason: "heldout23 07: '… के लिए रूस में हैं … बुधवार को … लावरोव के साथ मुलाकात की' dated the visit by the dateline alone",
			text: "विदेश मंत्री एस जयशंकर शंघाई सहयोग संगठन की बैठक में हिस्सा लेने के लिए रूस में हैं। विदेश मंत्री एस जयशंकर ने रविवार को मॉस्को में रूस के विदेश मंत्री सर्गेई लावरोव के साथ मुलाकात की।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-16/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review: no comment on a visit tells no visit", reason: "review of c75182c: 'ट्रंप की भारत यात्रा पर व्हाइट हाउस ने कोई टिप्पणी नहीं की' drafted the visit held",
			text: "राष्ट्रपति पुतिन की जापान यात्रा पर टोक्यो ने कोई टिप्पणी नहीं की।",
			want: nil},
		{name: "review: no reaction to a meeting tells no meeting", reason: "review of c75182c",
			text: "शी-बाइडन मुलाकात पर रूस ने कोई प्रतिक्रिया नहीं दी।",
			want: nil},
		{name: "review: no comment after a visit told adds no visit", reason: "review of c75182c: a second, empty visit held at the dateline",
			text: "ब्रिटेन के विदेश मंत्री 26 नवंबर को मुंबई आएंगे। इस यात्रा पर सरकार ने अभी कोई टिप्पणी नहीं की है।",
			want: []want{{timeline.Visit, "2025-11-26[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: no announcement of a summit's date announces nothing", reason: "review of c75182c: the summit was announced, sourced to the sentence saying nothing was",
			text: "ब्रिक्स शिखर सम्मेलन की तारीख को लेकर ब्राजील ने अभी कोई घोषणा नहीं की है।",
			want: nil},
		{name: "review: one who has announced nothing is no source", reason: "review of c75182c: 'ने … कोई घोषणा नहीं की है' sourced the event it said was not announced",
			text: "प्रधानमंत्री 20 नवंबर को जापान जाएंगे, हालांकि विदेश मंत्रालय ने अभी इसकी कोई घोषणा नहीं की है।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a group's summit and its ministers' meeting on overlapping days are two", reason: "review of 430a88a: 'जी-20 शिखर सम्मेलन' on 22-23 and 'जी-20 वित्त मंत्रियों की बैठक' on 21-22 became one ministers' meeting; the summit was lost",
			text: "ब्राजील में 24-25 नवंबर को ब्रिक्स शिखर सम्मेलन होगा। इससे पहले 23 और 24 नवंबर को ब्रिक्स विदेश मंत्रियों की बैठक होगी।",
			want: []want{
				{timeline.Summit, "2025-11-24/2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.MultilateralMeeting, "2025-11-23/2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: a summit a trip to come follows is not dated before the dateline", reason: "review of f45bf9f: 'जी-20 शिखर सम्मेलन के बाद प्रधानमंत्री मोदी ब्राजील की यात्रा पर जाएंगे' dated the summit before the dateline",
			text: "आसियान शिखर सम्मेलन के बाद विदेश मंत्री जापान की यात्रा पर जाएंगे।",
			want: []want{
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: experts' view of what a meeting will bring is no source of it", reason: "review of f45bf9f: 'विशेषज्ञों के मुताबिक इस मुलाकात से … संबंध सुधरेंगे' sourced the meeting",
			text: "प्रधानमंत्री ने सोमवार को जापान के प्रधानमंत्री से मुलाकात की। जानकारों के मुताबिक इस मुलाकात से व्यापार बढ़ेगा।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: there to meet someone tells the talks, not a visit in their place", reason: "review of be30f02: 'डोभाल राष्ट्रपति पुतिन से मुलाकात के लिए मॉस्को में हैं' lost the meeting to a visit",
			text: "विदेश सचिव अमेरिकी उप विदेश मंत्री से मुलाकात के लिए वाशिंगटन में हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", "", ""}}},
		{name: "review: there for a gathering at home is no visit", reason: "review of be30f02: '… बैठक में हिस्सा लेने के लिए दिल्ली में हैं' drafted a visit home",
			text: "विदेश मंत्री जयशंकर ब्रिक्स विदेश मंत्रियों की बैठक में हिस्सा लेने के लिए मुंबई में हैं।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a plan of 'इस साल' that was to be stays this year's", reason: "review of 5f2bcb8: 'इससे पहले इस साल 15 जनवरी को भी … दौरा होने वाला था' on 29 December was moved to the next January",
			text: "शरीफ का अमेरिका दौरा इस साल 10 जनवरी को होने वाला था।",
			want: []want{{timeline.Visit, "2025-01-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a visit of a day told still going on keeps its day", reason: "review of db34f6f: 'रविवार को एक दिवसीय यात्रा पर गुवाहाटी आए हैं' ran to the dateline",
			text: "नेपाल के विदेश मंत्री रविवार को एक दिन की यात्रा पर कोलकाता आए हैं।",
			want: []want{{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a summit under way is held at the dateline, not on the day of the trip after it", reason: "review of e6a4c83: '… आसियान शिखर सम्मेलन चल रहा है। इस सम्मेलन के बाद … गुरुवार को जापान जाएंगे' drafted the summit held on Thursday",
			text: "कुआलालंपुर में आसियान शिखर सम्मेलन चल रहा है। इसके बाद प्रधानमंत्री मोदी शुक्रवार को सिंगापुर जाएंगे।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: talks 'चल रही है' are a negotiation, not talks held", reason: "review of e6a4c83: '… व्यापार समझौते पर बातचीत चल रही है' became a meeting held",
			text: "भारत और ब्रिटेन के बीच मुक्त व्यापार समझौते पर बातचीत चल रही है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: working together with countries' leaders is no meeting", reason: "review of 6f7d755: '… फ्रांस, जर्मनी और इटली नेताओं के साथ मिलकर जलवायु परिवर्तन से लड़ेगा' gave three meetings",
			text: "प्रधानमंत्री ने कहा कि भारत जापान, कोरिया और वियतनाम नेताओं के साथ मिलकर आतंकवाद से लड़ेगा।",
			want: nil},
		{name: "review: 'इस बात की जानकारी X ने आज दी' is a source too", reason: "review of 06f4762: the day without को hid the verb",
			text: "प्रधानमंत्री 21 नवंबर को अमेरिका जाएंगे। इस बात की जानकारी व्हाइट हाउस ने आज दी।",
			want: []want{{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, "इस बात की जानकारी व्हाइट हाउस ने आज दी"}}},
		{name: "review 2: talks held, then no comment in the same clause: the talks stand", reason: "review of f890f3c: '… ट्रंप से फोन पर बात की और … कोई टिप्पणी नहीं की' lost the call",
			text: "प्रधानमंत्री ने सोमवार को जापान के प्रधानमंत्री से फोन पर बात की और व्यापार के मुद्दे पर कोई टिप्पणी नहीं की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 2: a plan no one confirmed is not confirmed", reason: "review of f890f3c: '… यात्रा की कोई पुष्टि नहीं की है' drafted the visit confirmed",
			text: "क्रेमलिन ने 5 दिसंबर को पुतिन की जापान यात्रा की कोई पुष्टि नहीं की है।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "review 2: 'अभी' of a phrase that tells nothing dates nothing", reason: "review of f890f3c: '… मिलेंगे, विदेश मंत्रालय ने अभी इसकी कोई औपचारिक घोषणा नहीं की है' dated the meeting now",
			text: "विदेश मंत्री 24 नवंबर को टोक्यो जाएंगे जहां वे जापान के विदेश मंत्री से मिलेंगे, मंत्रालय ने अभी इसकी कोई औपचारिक घोषणा नहीं की है।",
			want: []want{
				{timeline.Visit, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 2: a foreign minister there for a gathering at home visits home", reason: "review of 3d61ee1: 'लावरोव … बैठक में हिस्सा लेने के लिए भारत में हैं' lost the visit",
			text: "चीन के विदेश मंत्री वांग यी ब्रिक्स विदेश मंत्रियों की बैठक में हिस्सा लेने के लिए भारत में हैं।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 2: a meeting 'चल रही है' is under way, held; a summit under way, then 'इस सम्मेलन के बाद' a trip: no other gathering", reason: "review of 627ebcd: '… हैदराबाद हाउस में बैठक चल रही है' became announced; '… शिखर सम्मेलन चल रहा है। इस सम्मेलन के बाद प्रधानमंत्री गुरुवार को जापान जाएंगे' drafted a meeting of many on Thursday",
			text: "प्रधानमंत्री और जापान के प्रधानमंत्री के बीच हैदराबाद हाउस में बैठक चल रही है। जकार्ता में आसियान शिखर सम्मेलन चल रहा है। इस सम्मेलन के बाद विदेश मंत्री शुक्रवार को सिंगापुर जाएंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 2: a plan that was to be 'इसी साल' keeps its year too", reason: "review of 0481164",
			text: "इसी साल 10 जनवरी को जयशंकर और वांग यी की बैठक होने वाली थी।",
			want: []want{{timeline.BilateralMeeting, "2025-01-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 2: a plan called off in a relative clause after it is off", reason: "review 2: '… दौरा होने वाला था, जो रद्द हो गया', '…, जिसे टाल दिया गया' drafted the plan announced",
			text: "इससे पहले 2 दिसंबर को जापान के प्रधानमंत्री का भारत दौरा होने वाला था, जिसे टाल दिया गया। इस साल 20 मार्च को प्रधानमंत्री का कनाडा दौरा होना था, जो रद्द हो गया।",
			want: []want{
				{timeline.Visit, "2025-12-02[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-03-20[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review 2: a relative clause that calls nothing off leaves the plan", reason: "guard for the relative clause",
			text: "प्रधानमंत्री 20 नवंबर को जापान जाएंगे, जो उनकी पहली जापान यात्रा होगी।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two countries' summit goes with the guest's trip for it, put off", reason: "heldout24 04: '… 15-17 दिसंबर को होने वाली ‘भारत-जापान वार्षिक शिखर बैठक’ … आबे ने इस बैठक के लिए अपने भारत दौरे को टाल दिया है' left the summit announced",
			text: "भारत में 20-22 दिसंबर को होने वाली भारत-रूस वार्षिक शिखर बैठक पर भी असर पड़ा है। रूस के राष्ट्रपति पुतिन ने इस बैठक के लिए अपने भारत दौरे को टाल दिया है।",
			want: []want{
				{timeline.Summit, "2025-12-20/2025-12-22[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-12-20/2025-12-22[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a visit called off, then the plan that was to be, with a day between: one visit called off", reason: "heldout24 06: '… जॉनसन ने अपनी भारत की यात्रा को रद्द कर दिया है … 26 जनवरी … न्योता दिया था … इस माह भारत की यात्रा पर आने वाले थे' drafted the plan apart, announced",
			text: "जापान के प्रधानमंत्री इशिबा ने अपनी भारत की यात्रा को रद्द कर दिया है। सूत्रों के मुताबिक जापान ने इशिबा की भारत यात्रा को रद्द करने का फैसला किया है। मालूम हो कि भारत ने 26 जनवरी गणतंत्र दिवस पर मुख्य अतिथि के तौर पर जापान के प्रधानमंत्री इशिबा को न्योता दिया था। जापान ने भारत के न्योते को स्वीकार कर लिया था। गणतंत्र दिवस पर मुख्य अतिथि के रूप में इशिबा जनवरी में भारत की यात्रा पर आने वाले थे।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Cancelled, "सूत्रों के मुताबिक"}}},
		{name: "review 3: a relative clause of a plan put off before says nothing of talks held", reason: "review 3: '… मुलाकात की, जिसे पिछले महीने टाल दिया गया था' drafted the talks held as put off",
			text: "मोदी ने 10 नवंबर को ट्रंप से मुलाकात की, जिसे पिछले महीने टाल दिया गया था।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 3: a relative clause that denies the calling off keeps the plan", reason: "review 3: '…, जो रद्द नहीं हुआ है' drafted the visit called off",
			text: "मोदी 25 नवंबर को जापान का दौरा करेंगे, जो रद्द नहीं हुआ है।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 3: a demand to call off a plan does not call it off", reason: "review 3: '…, जिसे रद्द करने की मांग विपक्ष ने की है' drafted the visit called off",
			text: "शी जिनपिंग का 25 नवंबर को भारत दौरा होने वाला था, जिसे रद्द करने की मांग विपक्ष ने की है।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 3: a visit to come, put off before, is to come", reason: "review 3: 'शी जिनपिंग … भारत आएंगे, जिसे पहले टाल दिया गया था' drafted the visit put off",
			text: "शी जिनपिंग 25 नवंबर को भारत आएंगे, जिसे पहले टाल दिया गया था।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 3: a participle before a remark is not the event's own verb", reason: "review 3: '… यात्रा के बारे में पूछे गए सवाल पर … कोई टिप्पणी नहीं की' drafted a visit held",
			text: "ट्रंप की भारत यात्रा के बारे में पूछे गए सवाल पर व्हाइट हाउस ने सोमवार को कोई टिप्पणी नहीं की।",
			want: nil},
		{name: "review 3: talks joined to an announcement not made are held", reason: "review 3: '… फोन पर बात की और … कोई घोषणा नहीं की' took the status from घोषणा",
			text: "मोदी ने सोमवार को मैक्रों से फोन पर बात की और राफेल सौदे पर कोई घोषणा नहीं की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 3: talks going on about a deal are no meeting under way", reason: "review 3: '… समझौते को लेकर बातचीत चल रही है' drafted a meeting held today",
			text: "भारत और अमेरिका के बीच व्यापार समझौते को लेकर बातचीत चल रही है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 3: a year told before the day is the plan's year", reason: "review 3: 'स्टार्मर 2023 में 14 जनवरी को भारत आने वाले थे' rolled to 2024",
			text: "ब्रिटेन के प्रधानमंत्री स्टार्मर 2023 में 14 जनवरी को भारत आने वाले थे।",
			want: []want{{timeline.Visit, "2023-01-14[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 3: a minister's trip put off leaves the leaders' summit", reason: "review 3: 'जापान के विदेश मंत्री … ने इस बैठक के लिए अपने भारत दौरे को टाल दिया है' put off the India–Japan summit",
			text: "भारत में 15-17 दिसंबर को होने वाली भारत-जापान वार्षिक शिखर बैठक की तैयारी चल रही है। जापान के विदेश मंत्री मोतेगी ने इस बैठक के लिए अपने भारत दौरे को टाल दिया है।",
			want: []want{
				{timeline.Summit, "2025-12-15/2025-12-17[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-15/2025-12-17[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a trip called off before, told with भी in the pluperfect, is another trip", reason: "heldout24 15: 'सितंबर में भी उनका दौरा रद्द कर दिया गया था' joined the visit put off at the year's end",
			text: "जर्मन चांसलर का इस साल के अंत में प्रस्तावित भारत दौरा स्थगित कर दिया गया है। अक्टूबर में भी उनका दौरा रद्द कर दिया गया था।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-10[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "an undated trip put off once before is another trip, and a trip made is neither", reason: "heldout7 13: 'इससे पहले भी एक बार … भारत दौरे को टाला था' and the 2018 visit joined the one put off",
			text: "ब्राजील के राष्ट्रपति लूला ने अपना भारत दौरा टाल दिया है। इससे पहले भी एक बार उन्होंने भारत दौरे को टाला था। वे 2019 में भारत आए थे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "भी of another side confirming the putting off is the same trip", reason: "guard of the row before: 'भारत ने भी दौरा टलने की पुष्टि की थी' tells the trip put off again",
			text: "ब्राजील के राष्ट्रपति लूला ने अपना भारत दौरा टाल दिया है। भारत ने भी दौरा टलने की पुष्टि की थी।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, "भारत ने भी दौरा टलने की पुष्टि की थी"}}},
		{name: "a headline's visit is the dated tour that takes in its country", reason: "heldout24 10: 'मोदी करेंगे रूस की यात्रा' stayed apart from '8-10 जुलाई 2024 को रूस और ऑस्ट्रिया की आधिकारिक यात्रा करेंगे', an undated visit more",
			text: "प्रधानमंत्री मोदी करेंगे रूस की यात्रा\n\nपीएम 8-10 दिसंबर को रूस और ऑस्ट्रिया की आधिकारिक यात्रा करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-08/2025-12-10[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-08/2025-12-10[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a comma after a frame cuts no clause: the talks during the trip", reason: "heldout24 11: 'सम्मेलन के दौरान, श्री सिंह की … वार्ता होने की संभावना है' drafted the frame as an event of its own; 'यात्रा के दौरान, वह … से मुलाकात करेंगे' a visit more",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। यात्रा के दौरान, वह प्रधानमंत्री इशिबा से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a gathering attended is not the talks with one counterpart told before", reason: "heldout24 11: 'जहां वे आसियान रक्षा मंत्रियों की बैठक (ADMM) में भाग ले रहे हैं' joined the meeting with the Chinese minister",
			text: "रक्षा मंत्री राजनाथ सिंह ने आज चीन के रक्षा मंत्री डोंग जुन के साथ बैठक की। वे आसियान रक्षा मंत्रियों की बैठक में भी भाग लेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "कॉन्फ्रेंस, the English word, is a gathering", reason: "heldout24 01: 'अमृतसर में … हार्ट ऑफ एशिया कॉन्फ्रेंस …, इस कांफ्रेंस में … हिस्सा ले रहे हैं' drafted nothing",
			text: "अमृतसर में हार्ट ऑफ एशिया कॉन्फ्रेंस हो रही है।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a press or video conference is no gathering of its own", reason: "guard of the row before",
			text: "विदेश मंत्रालय के प्रवक्ता ने प्रेस कॉन्फ्रेंस में यह जानकारी दी। दोनों नेताओं ने सोमवार को वीडियो कॉन्फ्रेंस की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a conference called for is no event", reason: "guard: 'आतंकवाद पर ग्लोबल कांफ्रेंस आयोजित करने का आह्वान किया' (heldout9 07) drafted a meeting held",
			text: "मोदी ने आतंकवाद पर ग्लोबल कांफ्रेंस आयोजित करने का आह्वान किया। उन्होंने वैश्विक सम्मेलन आयोजित करने की मांग भी की।",
			want: nil},
		{name: "a बाइलेट्रल मीट is a bilateral meeting", reason: "heldout24 01: 'आज मोदी … गानी के साथ बाइलेट्रल मीट करेंगे' drafted nothing",
			text: "आज मोदी अफगानिस्तान के राष्ट्रपति अशरफ गनी के साथ बाइलेट्रल मीट करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the one who tells that he was called is a side of the call, not its source", reason: "heldout24 13: 'अनवर इब्राहिम ने बताया कि प्रधानमंत्री मोदी ने उन्हें फोन पर … जानकारी दी है' sourced the call to one who took part in it",
			text: "मलेशिया के प्रधानमंत्री अनवर इब्राहिम ने बताया कि प्रधानमंत्री मोदी ने उनसे सोमवार को फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a spokesman who tells of a call is its source", reason: "guard of the row before: the teller of the home side is no side",
			text: "विदेश मंत्रालय के प्रवक्ता ने बताया कि प्रधानमंत्री मोदी ने उनसे सोमवार को फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, "विदेश मंत्रालय के प्रवक्ता ने बताया"}}},
		{name: "a gloss in brackets between a gathering and its attending keeps it under way", reason: "heldout24 11: 'आसियान रक्षा मंत्रियों की बैठक (ADMM) में भाग ले रहे हैं' was to come",
			text: "रक्षा मंत्री राजनाथ सिंह आसियान रक्षा मंत्रियों की बैठक (ADMM) में भाग ले रहे हैं।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "दौरे पर रहे: was on a visit, held", reason: "heldout25 13: 'वांग यी 18-19 अगस्त को भारत दौरे पर रहे' was a visit to come, a year later",
			text: "चीन के विदेश मंत्री वांग यी 14-15 नवंबर को भारत दौरे पर रहे।",
			want: []want{{timeline.Visit, "2025-11-14/2025-11-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks that were to be held on a trip put off, told right after, are put off", reason: "heldout25 11: '… सुलिवान ने इस सप्ताह अपने भारत दौरे को स्थगित कर दिया। … डोभाल के साथ … बैठक करने वाले थे' left the talks to come",
			text: "अमेरिकी राष्ट्रीय सुरक्षा सलाहकार जेक सुलिवान ने इस सप्ताह अपने भारत दौरे को स्थगित कर दिया। वे अपने भारतीय समकक्ष अजीत डोभाल के साथ बैठक करने वाले थे।",
			want: []want{
				{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.BilateralMeeting, "2025-W47[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a trip off for now in the headline, put off in the body, is put off", reason: "heldout25 11: 'भारत दौरे पर फिलहाल नहीं आयेंगे …' over '… दौरे को स्थगित कर दिया' drafted the visit called off",
			text: "भारत दौरे पर फिलहाल नहीं आयेंगे अमेरिकी राष्ट्रीय सुरक्षा सलाहकार जेक सुलिवान\n\nसुलिवान ने इस सप्ताह अपने भारत दौरे को स्थगित कर दिया।",
			want: []want{{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "talks about a gathering to come on its days are the call told before, not talks on those days", reason: "heldout25 14: 'दोनों नेताओं ने 26 से 28 अक्टूबर तक … आयोजित होने वाले 47वें आसेन समिट पर बातचीत की' drafted talks on the summit's days",
			text: "मलेशियाई प्रधानमंत्री अनवर इब्राहिम ने बताया कि उन्हें पिछली रात मोदी का फोन आया। दोनों नेताओं ने 26 से 28 नवंबर तक कुआलालंपुर में होने वाले आसियान शिखर सम्मेलन पर बातचीत की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a frame's day does not redate a visit told with its last day", reason: "heldout25 03: 'तीन दिवसीय दौरे के आखिरी दिन शनिवार को …' then 'दो दिनों तक हैदराबाद दौरे के बाद … शनिवार सुबह … मुलाकात की' dated the visit from Saturday on",
			text: "ईरान के राष्ट्रपति हसन रूहानी तीन दिवसीय दौरे के आखिरी दिन मंगलवार को राष्ट्रपति भवन पहुंचे। दो दिनों तक हैदराबाद दौरे के बाद रूहानी ने मंगलवार सुबह प्रधानमंत्री मोदी से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-16/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18T05/2025-11-18T12[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "another visitor's trip to one country of a tour is no leg of it", reason: "heldout25 06: 'बोरिस जॉनसन का भारत दौरा रद्द' kept Suga's India and Philippines trip one draft",
			text: "जापान के पीएम सुगा ने इस महीने होने वाली भारत और फिलीपींस की यात्रा को रद्द कर दिया है। इससे पहले ब्रिटेन के प्रधानमंत्री बोरिस जॉनसन ने अपना भारत दौरा रद्द कर दिया।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review 4: रहा after में in a relative clause says nothing of the plan to come", reason: "review 4: 'पुतिन का भारत दौरा, जो लंबे समय से चर्चा में रहा, दिसंबर में होगा' drafted the visit held",
			text: "पुतिन का भारत दौरा, जो लंबे समय से चर्चा में रहा, दिसंबर में होगा।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 4: the talks' own day before a gathering to come that they are about stays theirs", reason: "review 4: 'शुक्रवार को अगले महीने होने वाले … सम्मेलन पर बातचीत करेंगे' lost Friday",
			text: "भारत और रूस के विदेश मंत्री शुक्रवार को अगले महीने होने वाले वार्षिक शिखर सम्मेलन पर बातचीत करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 4: talks of a day to come, talked about, keep their day", reason: "review 4: '28 नवंबर को होने वाले … वार्ता पर बात करेंगे' lost the talks' day",
			text: "भारत और चीन के अधिकारी 28 नवंबर को होने वाले विशेष प्रतिनिधि स्तर की वार्ता पर बात करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 4: a gathering to come that talks are about is to come, on its days", reason: "review 4: '… 22-23 नवंबर को जोहान्सबर्ग में होने वाले जी20 शिखर सम्मेलन पर चर्चा की' drafted an undated summit held",
			text: "मोदी ने कल रामफोसा से फोन पर बात की। दोनों नेताओं ने 22-23 नवंबर को जोहान्सबर्ग में होने वाले जी20 शिखर सम्मेलन पर चर्चा की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-22/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 4: other people's talks are not put off with a trip", reason: "review 4: 'राजनाथ सिंह इसके बजाय जापानी रक्षा मंत्री के साथ बैठक करने वाले थे' took the US minister's trip called off",
			text: "अमेरिकी रक्षा मंत्री का भारत दौरा रद्द कर दिया गया है। राजनाथ सिंह इसके बजाय जापानी रक्षा मंत्री के साथ बैठक करने वाले थे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.BilateralMeeting, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 4: a conference called for is no gathering, a news conference a press conference", reason: "review 4: '… कॉन्फ्रेंस बुलाने का आह्वान किया' and '… न्यूज़ कॉन्फ्रेंस में …' drafted gatherings (review 5: one held is a press conference)",
			text: "ईरान के राष्ट्रपति ने गाजा पर एक अंतरराष्ट्रीय कॉन्फ्रेंस बुलाने का आह्वान किया। अमेरिकी विदेश मंत्री ने गुरुवार को एक न्यूज़ कॉन्फ्रेंस में भारत की तारीफ की।",
			want: []want{{timeline.PressConference, "2025-11-13[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 4: the same trip put off once before is not another trip", reason: "review 4: 'इस यात्रा को पहले भी एक बार टाला गया था' drafted a second trip",
			text: "रूसी राष्ट्रपति व्लादिमीर पुतिन की भारत यात्रा स्थगित कर दी गई है। इस यात्रा को पहले भी एक बार टाला गया था।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "review 4: a party's trip called off with the leader's is no trip of his before", reason: "review 4: 'उनके साथ आने वाले … प्रतिनिधिमंडल का दौरा भी रद्द कर दिया गया था' drafted a second trip",
			text: "ऑस्ट्रेलिया के प्रधानमंत्री अल्बनीज ने अपनी भारत यात्रा रद्द कर दी है। उनके साथ आने वाले व्यापारिक प्रतिनिधिमंडल का दौरा भी रद्द कर दिया गया था।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "review 4: a trip put off before in a month gone by is of that month", reason: "review 4: 'फरवरी में भी उनका दौरा टाल दिया गया था' was next February",
			text: "अमेरिकी राष्ट्रपति ट्रंप का भारत दौरा रद्द हो गया है। फरवरी में भी उनका दौरा टाल दिया गया था।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-02[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "review 4: a gathering attended too is under way", reason: "review 4: '… बैठक में भी हिस्सा ले रही हैं' was to come",
			text: "विदेश मंत्री ने मंगलवार को नेपाल के विदेश मंत्री से भेंट की। वह बिम्सटेक मंत्रिस्तरीय बैठक में भी हिस्सा ले रही हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 5: a trip put off before and made at last is held", reason: "review 5: '… दौरा पहले टल गया था। अब वे बुधवार को नई दिल्ली पहुंचे' ended postponed",
			text: "ब्राजील के राष्ट्रपति लूला का भारत दौरा पहले टल गया था। अब वे बुधवार को नई दिल्ली पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-12[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 5: the same trip put off in a month before is that putting off", reason: "review 5: 'इस यात्रा को पिछले महीने भी एक बार टाला गया था' dated the trip put off now in October",
			text: "जर्मन चांसलर की भारत यात्रा टाल दी गई है। इस यात्रा को पिछले महीने भी एक बार टाला गया था।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-10[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "review 5: a gathering talked about takes the date before its होने वाले, not the talks' day", reason: "review 5: 'गुरुवार को अगले महीने होने वाले क्वाड शिखर सम्मेलन पर चर्चा करेंगे' dated the summit Thursday",
			text: "भारत और जापान के विदेश मंत्री गुरुवार को अगले महीने होने वाले क्वाड शिखर सम्मेलन पर चर्चा करेंगे।",
			want: []want{{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a commission two sides co-chair is talks", reason: "heldout13 07, heldout18 12, heldout25 04: '… अंतर-सरकारी आयोग की सह-अध्यक्षता करेंगे' drafted nothing",
			text: "चांसलर मर्केल 20 नवंबर को पांचवें अंतर-सरकारी परामर्श की प्रधानमंत्री मोदी के साथ सह-अध्यक्षता करेंगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 6: ministers' meeting talked about takes its own date", reason: "review 6: '… शुक्रवार को अगले हफ्ते होने वाली क्वाड विदेश मंत्रियों की बैठक पर चर्चा की' dated the meeting last Friday",
			text: "अमेरिकी और भारतीय अधिकारियों ने शुक्रवार को अगले हफ्ते होने वाली क्वाड विदेश मंत्रियों की बैठक पर चर्चा की।",
			want: []want{{timeline.MultilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 6: co-chairing a summit or a forum is no bilateral meeting", reason: "review 6: '… एआई एक्शन समिट की सह-अध्यक्षता की', '… फोरम की सह-अध्यक्षता की' drafted bilateral meetings",
			text: "भारत और फ्रांस ने पेरिस में एआई एक्शन समिट की सह-अध्यक्षता की। भारत और अमेरिका ने मंगलवार को न्यूयॉर्क में ग्लोबल काउंटर टेररिज्म फोरम की सह-अध्यक्षता की।",
			want: []want{{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 6: a समाचार कॉन्फ्रेंस is a press conference", reason: "review 6: '… एक समाचार कॉन्फ्रेंस में भारत की तारीफ की' drafted a gathering",
			text: "अमेरिकी विदेश मंत्री ने गुरुवार को एक समाचार कॉन्फ्रेंस में भारत की तारीफ की।",
			want: []want{{timeline.PressConference, "2025-11-13[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 7: talks told two sentences after a trip put off are not put off with it", reason: "review 7: the adjacency of spreadToPlans was pinned by no row",
			text: "अमेरिकी राष्ट्रीय सुरक्षा सलाहकार जेक सुलिवान ने इस सप्ताह अपने भारत दौरे को स्थगित कर दिया। यह फैसला पश्चिम एशिया के हालात को देखते हुए लिया गया। वे अपने भारतीय समकक्ष अजीत डोभाल के साथ बैठक करने वाले थे।",
			want: []want{
				{timeline.Visit, "2025-W47[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.BilateralMeeting, "2025-W47[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks to come after a sentence dated by the visit a trip comes before: the trip's days left", reason: "heldout18 05: '… देउबा के 23 अगस्त के प्रस्तावित भारत दौरे से पहले काठमांडू दौरे पर पहुंची हैं। … से भी मुलाकात करेंगी' dated the talks 23 August",
			text: "विदेश मंत्री जयशंकर सोमवार को तीन दिवसीय दौरे पर ढाका पहुंचे। जयशंकर बांग्लादेश की प्रधानमंत्री शेख हसीना के 4 दिसंबर के प्रस्तावित भारत दौरे से पहले ढाका दौरे पर पहुंचे हैं। जयशंकर राष्ट्रपति अब्दुल हामिद से भी मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Proposed, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a trip made before another's visit still to come: two visits, the date the visit's", reason: "heldout25 07: 'कोविंद के 15 से 17 दिसंबर के बीच बांग्लादेश दौरे से पहले विदेश सचिव … बांग्लादेश पहुंच गए है' was one visit, held, of both, dated the December gone by",
			text: "प्रधानमंत्री मोदी के 2 से 4 दिसंबर के बीच जापान दौरे से पहले विदेश मंत्री जयशंकर टोक्यो पहुंच गए हैं।",
			want: []want{
				{timeline.Visit, "2025-12-02/2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a trip made before a visit told by its week: the week is the visit's", reason: "the main event takes no date of the visit's phrase",
			text: "विदेश सचिव प्रधानमंत्री मोदी के अगले सप्ताह होने वाले अमेरिका दौरे से पहले वाशिंगटन पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks to come on a trip made before another's visit: the trip's day", reason: "heldout25 07: '… से मुलाकात करेंगे' was dated by the President's visit still to come",
			text: "प्रधानमंत्री मोदी के 2 से 4 दिसंबर के बीच जापान दौरे से पहले विदेश मंत्री जयशंकर टोक्यो पहुंच गए हैं। वह जापान के विदेश मंत्री से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-02/2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks to come on a trip the headline tells, made before another's visit: the trip's day, not the visit's", reason: "heldout25 07: the headline tells the Foreign Secretary's trip; '… से मुलाकात करेंगे' took the days of the President's visit still to come, the nearest visit of the same sides",
			text: "जापान दौरे पर विदेश मंत्री जयशंकर, तैयारियों की समीक्षा के लिए टोक्यो पहुंचे\nप्रधानमंत्री मोदी के 2 से 4 दिसंबर के बीच जापान दौरे से पहले विदेश मंत्री जयशंकर तैयारियों की समीक्षा के लिए जापान पहुंच गए हैं। वह जापान के विदेश मंत्री से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-12-02/2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the first leg of someone's tour is no visit still to come", reason: "'दौरे के पहले चरण में' reads like 'दौरे के पहले' (before the visit)",
			text: "राष्ट्रपति कोविंद के जापान दौरे के पहले चरण में मंगलवार को विदेश मंत्री जयशंकर टोक्यो पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the first leg of one's own tour is no visit still to come", reason: "'यात्रा के पहले पड़ाव' reads like 'यात्रा के पहले' (before the tour)",
			text: "प्रधानमंत्री आज अपनी पांच देशों की यात्रा के पहले पड़ाव के तहत काबुल पहुंच गए हैं।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a telling of a tour set in one of its countries gives that leg its days", reason: "heldout9 01: 'दौरे के पहले पड़ाव पर प्रधानमंत्री 20 से 22 अक्टूबर तक रूस में रहेंगे' was a visit of its own, its guest a Russian prime minister",
			text: "प्रधानमंत्री 20 नवंबर से रूस और चीन का दौरा करेंगे। दौरे के पहले पड़ाव पर प्रधानमंत्री 20 से 22 नवंबर तक रूस में रहेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks agreed on during a call are no event of the call's clause: the call is", reason: "heldout26 08: 'एक फोन कॉल पर … एर्दोगन और … पुतिन ने … अगले दौर की वार्ता आयोजित करने पर सहमति व्यक्त की थी' was drafted as talks held that day",
			text: "सोमवार को एक फोन कॉल पर फ्रांस के राष्ट्रपति और जर्मनी के चांसलर ने पेरिस में अगले दौर की वार्ता आयोजित करने पर सहमति व्यक्त की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the day told at the end of a visit of days is its last", reason: "heldout26 01: '… अपने तीन दिवसीय अमेरिका दौरे के समापन पर मंगलवार की शाम संवाददाताओं से कहा' started the visit on Tuesday evening",
			text: "विदेश सचिव विक्रम मिसरी ने अपने तीन दिवसीय अमेरिका दौरे के समापन पर सोमवार की शाम संवाददाताओं से कहा कि दोनों देश समझौते के करीब हैं।",
			want: []want{
				{timeline.Visit, "2025-11-15/2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a meeting of a summit is the summit", reason: "heldout26 06: 'ग्रुप सात देशों के शिखर सम्मेलन की बैठक … टाल दी है' was a bilateral meeting",
			text: "राष्ट्रपति ने अगले महीने होने वाली जी-7 देशों के शिखर सम्मेलन की बैठक टाल दी है।",
			want: []want{
				{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "the G7 spelt out, told again as 'इस ग्रुप सात बैठक', is one summit", reason: "heldout26 06: 'ग्रुप सात' was no group, and 'अगले महीने' made the summit another one than the one told",
			text: "अमेरिकी राष्ट्रपति ने अगले महीने होने वाली ग्रुप सात देशों के शिखर सम्मेलन की बैठक टाल दी है। उन्होंने कहा कि वह इस ग्रुप सात बैठक को स्थगित कर रहे हैं।",
			want: []want{
				{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "talks agreed on to be resumed ('फिर शुरू करने पर सहमति') are no event of the call's clause", reason: "review 8: only one word was allowed between the talks and 'करने पर सहमति'",
			text: "रविवार को एक फोन कॉल पर फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और जर्मनी के चांसलर फ्रेडरिक मर्ज ने बर्लिन में व्यापार वार्ता फिर शुरू करने पर सहमति व्यक्त की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'अगले महीने' dates a summit, and makes it no other one than the headline's", reason: "heldout26 06: 'अगले महीने होने वाली … शिखर सम्मेलन की बैठक' was read as the next summit, another one",
			text: "ग्रुप सात शिखर सम्मेलन की बैठक फ़िलहाल टली\nअमेरिकी राष्ट्रपति ने अगले महीने होने वाली ग्रुप सात देशों के शिखर सम्मेलन की बैठक टाल दी है। उन्होंने कहा कि वह इस ग्रुप सात बैठक को स्थगित कर रहे हैं।",
			want: []want{
				{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "called off for now is put off; the host's own words are no source", reason: "heldout26 06: 'शिखर सम्मेलन की बैठक फ़िलहाल रद्द, मेज़बान ट्रम्प ने कहा' made the summit cancelled, on the host's word",
			text: "क्वाड शिखर सम्मेलन फ़िलहाल रद्द, मेज़बान किशिदा ने कहा हालात ठीक नहीं\nजापान के प्रधानमंत्री फुमियो किशिदा ने अगले महीने होने वाला क्वाड शिखर सम्मेलन टाल दिया है।",
			want: []want{
				{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a gathering attended before a stay is before the stay's days, and the stay is the visit", reason: "heldout26 11: 'थाईलैंड में बिम्सटेक सम्मेलन में हिस्सा लेने के बाद पीएम मोदी चार से छह अप्रैल, 2025 को श्रीलंका में होंगे' was the summit on 4-6 April, and no visit",
			text: "थाईलैंड में बिम्सटेक सम्मेलन में हिस्सा लेने के बाद पीएम मोदी 4 से 6 दिसंबर, 2025 को श्रीलंका में होंगे।",
			want: []want{
				{timeline.Summit, "<2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-04/2025-12-06[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a visit told first as the frame of something to happen on it is the visit told after with its days", reason: "heldout26 11: 'समझौता … आगामी कोलंबो यात्रा के दौरान होगी' stayed a visit of its own, undated",
			text: "रक्षा समझौता प्रधानमंत्री की आगामी कोलंबो यात्रा के दौरान होगा। प्रधानमंत्री 4 से 6 दिसंबर को श्रीलंका में होंगे।",
			want: []want{
				{timeline.Visit, "2025-12-04/2025-12-06[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the day told 'at the end' of a visit of days is its last", reason: "review 8: 'यात्रा के अंत में' as 'दौरे के समापन पर'",
			text: "विदेश सचिव विक्रम मिसरी ने अपनी तीन दिवसीय जापान यात्रा के अंत में सोमवार की शाम संवाददाताओं से कहा कि दोनों देश समझौते के करीब हैं।",
			want: []want{
				{timeline.Visit, "2025-11-15/2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 8: a visit with no date of its own that a trip comes before is still to come, and drafted", reason: "review 8: the Prime Minister's visit took the trip's Sunday and 'पहुंचे', held",
			text: "प्रधानमंत्री के जापान दौरे से पहले विदेश सचिव विक्रम मिस्री रविवार को टोक्यो पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 9: a gathering attended after a stay is after its day", reason: "review 9: '… बैठक में हिस्सा लेने से पहले … 25 नवंबर को रूस में होंगे' dated the meeting on the stay's day",
			text: "शंघाई सहयोग संगठन की बैठक में हिस्सा लेने से पहले रक्षा मंत्री राजनाथ सिंह 25 नवंबर को रूस में होंगे।",
			want: []want{
				{timeline.MultilateralMeeting, ">2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 9: a gathering attended before a stay at home is still drafted", reason: "review 9: '… बैठक में भाग लेने के बाद जयशंकर शुक्रवार को भारत में होंगे' drafted nothing: the frame had no date left",
			text: "बैठक में भाग लेने के बाद जयशंकर शुक्रवार को भारत में होंगे।",
			want: []want{
				{timeline.BilateralMeeting, "<2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 9: 'यात्रा के पहले' with no part of the visit after it is before the visit", reason: "review 9: only 'से पहले' was read",
			text: "प्रधानमंत्री मोदी की जापान यात्रा के पहले विदेश सचिव विक्रम मिस्री रविवार को टोक्यो पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a negation before बल्कि negates a purpose, not the visit", reason: "heldout27 13: 'यह दौरा … चर्चा के लिए नहीं बल्कि एक बहुपक्षीय कार्यक्रम के लिए है' drafted the visit as cancelled",
			text: "विदेश मंत्री जयशंकर 20 नवंबर को ताशकंद जाएंगे। उनका यह दौरा द्विपक्षीय संबंधों पर चर्चा के लिए नहीं बल्कि शंघाई सहयोग संगठन के एक कार्यक्रम के लिए है।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'यह सम्मेलन' with days is the only summit told, on those days", reason: "heldout27 13: 'यह सम्मेलन 15-16 अक्टूबर को इस्लामाबाद में आयोजित हो रहा है' stayed a meeting of its own beside the summit begun that day",
			text: "ब्रिक्स शिखर सम्मेलन आज से जोहानिसबर्ग में शुरू हो रहा है। प्रधानमंत्री मोदी कल वहां पहुंचेंगे और राष्ट्रपति रामाफोसा से मुलाकात करेंगे। यह सम्मेलन 18-20 नवंबर तक चलेगा।",
			want: []want{
				{timeline.Summit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit begun today, told again on a day after, goes on to that day", reason: "heldout27 13: 'जयशंकर 16 अक्टूबर को एससीओ समिट 2024 के दौरान संबोधन देंगे' drafted a second summit after 'SCO शिखर सम्मेलन आज … से शुरू हो रहा है'",
			text: "जी-20 शिखर सम्मेलन आज से रियो में शुरू होगा। प्रधानमंत्री 19 नवंबर को जी-20 समिट के दौरान भाषण देंगे।",
			want: []want{
				{timeline.Summit, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit of one day told again on a day after is two", reason: "the summit goes on only from a day it is told to begin",
			text: "जी-20 शिखर सम्मेलन आज रियो में होगा। प्रधानमंत्री 19 नवंबर को जी-20 समिट के दौरान भाषण देंगे।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks one may see happen are no event", reason: "heldout27 13: '… वेलकम डिनर के दौरान अनौपचारिक बातचीत करते देखा जा सकता है' drafted two meetings from the writer's guess",
			text: "आसियान शिखर सम्मेलन 20 नवंबर को कुआलालंपुर में होगा। वहां दोनों नेताओं को भोज के दौरान अनौपचारिक बातचीत करते देखा जा सकता है।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a trip told done 'इस यात्रा से पहले' is at the dateline, not on the visit's day", reason: "heldout27 12: 'इस यात्रा के पहले … मिसरी काठमांडू के दो दिवसीय आधिकारिक दौरे पर पहुंचे हैं' took Oli's visit's day a month later",
			text: "प्रधानमंत्री मोदी 2 दिसंबर को जापान जाएंगे। इस यात्रा से पहले विदेश सचिव विक्रम मिस्री टोक्यो पहुंच गए हैं।",
			want: []want{
				{timeline.Visit, "2025-12-02[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks still to come 'इस यात्रा से पहले' are before the visit's day", reason: "heldout27 12: an event before a visit took the visit's own day",
			text: "प्रधानमंत्री मोदी 2 दिसंबर को जापान जाएंगे। इस यात्रा से पहले विदेश सचिव विक्रम मिस्री अपने जापानी समकक्ष से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-02[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "<2025-12-02[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the days of a trip before a visit are the trip's, not the visit's", reason: "heldout27 12: Oli's visit took the two days of Misri's trip 'इस यात्रा के पहले … दो दिवसीय आधिकारिक दौरे पर'",
			text: "प्रधानमंत्री मोदी 2 दिसंबर को जापान जाएंगे। इस यात्रा के पहले विदेश सचिव विक्रम मिस्री तीन दिवसीय दौरे पर टोक्यो पहुंचे हैं।",
			want: []want{
				{timeline.Visit, "2025-12-02[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'यात्रा के पहले चरण में' is the tour's first leg, not the time before the tour", reason: "heldout8 12: 'अपनी यात्रा के पहले चरण में प्रधानमंत्री नाइजीरिया जाएंगे' was read as an event before the tour, which stayed one visit of all its countries",
			text: "प्रधानमंत्री मोदी 20 नवंबर को नाइजीरिया और ब्राजील की पांच दिवसीय यात्रा पर रवाना होंगे। अपनी यात्रा के पहले चरण में प्रधानमंत्री नाइजीरिया जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}, // the first leg, from the tour's first day (heldout8 12's editor: ~16 November, the tour's first)
				{timeline.Visit, "2025-11-20/2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour of a told length with its first leg's own days: the later legs fill the rest", reason: "heldout39 04: 'आठ दिवसीय … यात्रा … साइप्रस, बुल्गारिया और चेक रिपब्लिक … 2-4 सितंबर को अपनी साइप्रस यात्रा में' dated Bulgaria and the Czech Republic 2–4 September",
			text: "राष्ट्रपति कोविंद 20 नवंबर को आठ दिवसीय विदेश यात्रा पर रवाना होंगे। राष्ट्रपति साइप्रस, बुल्गारिया और चेक गणराज्य जाएंगे। राष्ट्रपति 20-22 नवंबर को अपनी साइप्रस यात्रा में वहां की संसद को संबोधित करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-22/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-22/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour's length is not its first leg's", reason: "heldout12 05: 'चार यूरोपीय देशों की छह दिवसीय यात्रा के पहले पड़ाव पर सोमवार को जर्मनी पहुंचे' was a visit to Germany of six days",
			text: "प्रधानमंत्री मोदी चार यूरोपीय देशों की छह दिवसीय यात्रा के पहले पड़ाव पर सोमवार को जर्मनी पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit that is part of a tour of N days is not N days", reason: "heldout12 05's family",
			text: "प्रधानमंत्री सोमवार को जर्मनी पहुंचे, जो उनके चार दिवसीय दौरे का हिस्सा है।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit of N days to one country keeps them", reason: "guard: no tour is told",
			text: "प्रधानमंत्री मोदी तीन दिवसीय यात्रा पर सोमवार को जर्मनी पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a meeting called off, as was said before the news, is not the meeting held", reason: "heldout27 02: 'इसके बाद ह्वाइट हाउस के अधिकारियों ने कहा था कि ओबामा ने डुटार्टे के साथ अपनी बैठक स्थगित कर दी है' put off the brief meeting held",
			text: "ट्रंप ने आज ब्राजील के राष्ट्रपति लूला से मुलाकात की. इससे पहले व्हाइट हाउस के अधिकारियों ने कहा था कि ट्रंप ने लूला के साथ अपनी बैठक स्थगित कर दी है.",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Postponed, "व्हाइट हाउस के अधिकारियों ने कहा था"},
			}},
		{name: "'… करने वाले' before an office makes a doer, nothing still to come", reason: "heldout27 02: '… गाली देने वाले फिलीपीन्स के राष्ट्रपति से मुलाकात की' was dated after the dateline, as still to come",
			text: "ट्रंप की आलोचना करने वाले ब्राजील के राष्ट्रपति लूला से ट्रंप ने मुलाकात की.",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks told done during a visit begun days before are on any day of it up to the report's", reason: "heldout27 11: the meeting with the former King, told done on the last day of a two-day visit, was dated the last day only",
			text: "प्रधानमंत्री मोदी सोमवार को दो दिवसीय दौरे पर भूटान पहुंचे। इस यात्रा के दौरान उन्होंने भूटान के राजा से द्विपक्षीय बैठक की।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks to come 'बाद में' in a visit under way are on the days left of it", reason: "heldout24 09: 'बाद में प्रचंड राष्ट्रपति द्रौपदी मुर्मू … से मुलाकात करेंगे' took the day of the tribute told before",
			text: "नेपाल के प्रधानमंत्री प्रचंड भारत की चार दिवसीय आधिकारिक यात्रा पर सोमवार को नई दिल्ली पहुंचे। उन्होंने मंगलवार सुबह राजघाट पर श्रद्धांजलि दी। बाद में प्रचंड राष्ट्रपति द्रौपदी मुर्मू से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks to come 'बाद में' after a day to come are on that day", reason: "guard: the days left of a trip only when what was told is of the dateline's day or before",
			text: "प्रधानमंत्री मोदी आज तीन दिवसीय विदेश यात्रा पर रवाना होंगे। वह 19 नवंबर को टोक्यो पहुंचेंगे। बाद में वह जापान के प्रधानमंत्री से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a comma after a subject with its office's country cuts no clause", reason: "heldout27 08: 'बांग्लादेश की प्रधानमंत्री शेख हसीना, अपने भारतीय समकक्ष … के आमंत्रण पर … नयी दिल्ली की यात्रा कर सकती हैं' drafted no visit",
			text: "बांग्लादेश की प्रधानमंत्री शेख हसीना, मोदी के आमंत्रण पर 20 नवंबर को नई दिल्ली की यात्रा करेंगी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a comma after a subject with a demonym cuts no clause", reason: "as 'बांग्लादेश की प्रधानमंत्री शेख हसीना, …'",
			text: "रूसी राष्ट्रपति व्लादिमीर पुतिन, मोदी के आमंत्रण पर 4 दिसंबर को भारत आएंगे।",
			want: []want{
				{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "agreements sealed ('समझौतों पर मुहर लगेगी') are a signing", reason: "heldout27 10: the headline's 'कई समझौतों पर लगेगी मुहर' drafted no signing",
			text: "प्रधानमंत्री 20 नवंबर को नेपाल जाएंगे। इस दौरान दोनों देशों के बीच कई समझौतों पर मुहर लगेगी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "agreements sealed, the verb first ('पर लगेगी मुहर')", reason: "heldout27 10: as a headline words it",
			text: "पुतिन 4 दिसंबर को भारत आएंगे, रक्षा समझौतों पर लगेगी मुहर",
			want: []want{
				{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'जिसके दौरान' is during the event named last, a frame's owner and date are the frame's", reason: "heldout27 15: '… मोहम्मद बिन सलमान की सितंबर 2023 में नई दिल्ली की राजकीय यात्रा के बाद हो रही है, जिसके दौरान उन्होंने G20 शिखर सम्मेलन में भाग लिया था' dated the summit on Modi's visit of 2025, and the visit of 2023 took Modi's telling",
			text: "प्रधानमंत्री मोदी 20 नवंबर को सऊदी अरब जाएंगे। यह यात्रा क्राउन प्रिंस मोहम्मद बिन सलमान की सितंबर 2023 में नई दिल्ली की यात्रा के बाद हो रही है, जिसके दौरान उन्होंने जी-20 शिखर सम्मेलन में भाग लिया था।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2023-09[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2023-09[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit a visit came after, told with its owner and year, is that owner's in that year", reason: "heldout22 14: 'नई दिल्ली की उनकी पिछली … यात्रा भारतीय प्रधान मंत्री नरेंद्र मोदी के 2017 में इज़राइल दौरे के बाद जनवरी 2018 में हुई थी' dated Modi's visit January 2018",
			text: "नेतन्याहू ने भारत की यात्रा स्थगित कर दी है। नई दिल्ली की उनकी पिछली यात्रा भारतीय प्रधानमंत्री नरेंद्र मोदी के 2017 में इज़राइल दौरे के बाद जनवरी 2018 में हुई थी।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2018-01[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2017[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a page's topic tag in Latin letters tells no event", reason: "heldout27 09: 'G-20 Summit 2022: … की सोमवार को जी-20 शिखर सम्मेलन से पहले मुलाकात हुई' drafted the summit held on Monday, and no meeting",
			text: "G-20 Summit 2025: मोदी और ट्रंप की सोमवार को मुलाकात हुई।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a commission co-chaired is not the call on someone named", reason: "heldout27 03: 'इस दौरान वह … संयुक्त सलाहकार आयोग की सह-अध्यक्षता करेंगी' joined the headline's meeting with Sheikh Hasina",
			text: "आज वह बांग्लादेश की प्रधानमंत्री शेख हसीना से करेंगी मुलाकात\nनई दिल्ली। विदेश मंत्री सुषमा स्वराज आज से अपने दो दिन के बांग्लादेश दौरे पर रवाना हो गई हैं। इस दौरान वह भारत-बांग्लादेश संयुक्त आयोग की सह-अध्यक्षता करेंगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks on the programme of a visit put off ('चर्चा का कार्यक्रम था') are put off with it", reason: "heldout27 05: '… अजीत डोभाल से सीमा विवाद के मुद्दे पर चर्चा का कार्यक्रम था' drafted nothing",
			text: "भारत ने चीन के विदेश मंत्री से अपनी यात्रा को स्थगित करने को कहा है। चीनी विदेश मंत्री वांग यी 24 नवंबर को भारत दौरे पर आने वाले थे। इस दौरान उनका राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल से सीमा के मुद्दे पर चर्चा का कार्यक्रम था।",
			want: []want{
				{timeline.Visit, "2025-11-24[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.BilateralMeeting, "2025-11-24[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "an invitation handed to someone is a call on them, on the days left of the trip before the visit it invites to", reason: "heldout27 12: 'सूत्रों के अनुसार, भारतीय विदेश सचिव प्रधानमंत्री शर्मा ओली को … औपचारिक निमंत्रण सौंप सकते हैं' drafted nothing",
			text: "नेपाल के प्रधानमंत्री ओली अगले महीने भारत आने वाले हैं, जहां उनकी भारतीय प्रधानमंत्री से मुलाकात होनी है। इस यात्रा के पहले विदेश सचिव विक्रम मिस्री दो दिवसीय दौरे पर काठमांडू पहुंचे हैं। सूत्रों के अनुसार, विदेश सचिव प्रधानमंत्री ओली को औपचारिक निमंत्रण सौंप सकते हैं।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Proposed, "सूत्रों के अनुसार"},
			}},
		{name: "a letter handed over with no one to hand it to is no call", reason: "guard: handedTo needs an office or a leader before को",
			text: "मंत्रालय ने 20 नवंबर को अदालत को जवाब का पत्र सौंप दिया।",
			want: nil},
		{name: "review 10: 'नहीं बल्कि' after an event noun denies the event", reason: "the purpose rule kept a meeting the sentence denies",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति पुतिन के बीच सोमवार को आमने-सामने मुलाकात नहीं बल्कि फोन पर बातचीत हुई।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 10: 'नहीं बल्कि' after a day denies the day", reason: "the purpose rule drafted a call on the day ruled out",
			text: "प्रधानमंत्री मोदी ने सोमवार को नहीं बल्कि मंगलवार को राष्ट्रपति ट्रंप से फोन पर बात की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 10: 'के लिए नहीं, बल्कि' with a comma denies a purpose, not the visit", reason: "the comma hid बल्कि, and the visit was drafted as cancelled",
			text: "विदेश मंत्री 20 नवंबर को ढाका जाएंगे। यह ढाका यात्रा किसी विवाद के समाधान के लिए नहीं, बल्कि सहयोग बढ़ाने के लिए है।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 10: 'यह सम्मेलन' after a conference just named is that one, not the only summit told", reason: "the G20 summit took the investor conference's day",
			text: "प्रधानमंत्री मोदी ने जी-20 शिखर सम्मेलन की सफलता की सराहना की। दिल्ली में एक निवेशक सम्मेलन भी आयोजित किया जाएगा। यह सम्मेलन 25 नवंबर को होगा।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.MultilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 10: talks on the programme that came about ('…, जो शुक्रवार को हुई') were held", reason: "'कार्यक्रम था' made them a plan of the past",
			text: "पुतिन गुरुवार को दिल्ली पहुंचे। उनका प्रधानमंत्री मोदी से वार्ता का कार्यक्रम था, जो शुक्रवार को हुई।",
			want: []want{
				{timeline.Visit, "2025-11-13[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-14[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 10: 'सोमवार से चर्चा का कार्यक्रम' is a debate from a day, no talks with an office", reason: "withOffice read 'प्रधानमंत्री के बयान पर सोमवार से' as talks with the PM",
			text: "संसद में प्रधानमंत्री के बयान पर सोमवार से चर्चा का कार्यक्रम है।",
			want: nil},
		{name: "review 10: 'होने वाली' before an office's meeting is still to come", reason: "doerOf read 'होने वाली राष्ट्रपति' as a doer, and the meeting lost its status",
			text: "शुक्रवार को होने वाली राष्ट्रपति पुतिन और प्रधानमंत्री मोदी की मुलाकात पर दुनिया की नजर है।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 10: 'इसी बीच' opens no source", reason: "'बीच' was left at the attribution's start",
			text: "इसी बीच भारतीय विदेश मंत्रालय ने बताया कि मोदी 20 नवंबर को जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "भारतीय विदेश मंत्रालय ने बताया"},
			}},
		{name: "review 10: 'इसी बीच' opens no source the Hindi layer finds either", reason: "only the phrases read by saidBy were trimmed",
			text: "इसी बीच सूत्रों के अनुसार मोदी 20 नवंबर को जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "सूत्रों के अनुसार"},
			}},
		{name: "review 10: 'तब … ने बताया था' keeps its था", reason: "the trim handed the choice to the layer's shorter phrase",
			text: "तब विदेश सचिव ने बताया था कि मोदी 20 नवंबर को जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश सचिव ने बताया था"},
			}},
		{name: "review 10: a cabinet's seal on an agreement signs nothing", reason: "'मंत्रिमंडल ने … समझौते पर मुहर लगा दी' was drafted as a signing",
			text: "केंद्रीय मंत्रिमंडल ने बुधवार को भारत-ओमान व्यापार समझौते पर मुहर लगा दी।",
			want: nil},
		{name: "review 10: a resignation letter handed over is no call", reason: "any पत्र handed to an office was a meeting",
			text: "प्रधानमंत्री ने राष्ट्रपति को अपना इस्तीफा पत्र सौंप दिया।",
			want: nil},
		{name: "review 10: talks one may see in footage are no guess", reason: "'वीडियो में … बातचीत करते देखा जा सकता है' drafted nothing",
			text: "सोमवार को जारी वीडियो में मोदी और ट्रंप को गर्मजोशी से बातचीत करते देखा जा सकता है।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "review 10: what came before a visit of some month is in that month as likely as not", reason: "'इस यात्रा से पहले' after 'पिछले महीने' was dated before the month's first day",
			text: "राष्ट्रपति मुर्मू पिछले महीने अंगोला गई थीं। इस यात्रा से पहले उन्होंने अल्जीरिया का दौरा किया था।",
			want: []want{
				{timeline.Visit, "2025-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-10[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "what a visitor promised on the visit, negated, does not call it off", reason: "heldout28 13: 'यात्रा पर पुतिन ने … वादा किया जो … नियंत्रित नहीं हैं' turned the visit cancelled",
			text: "ब्राजील के राष्ट्रपति लूला मंगलवार को वियतनाम पहुंचे। हनोई की यात्रा पर लूला ने ऐसे व्यापार मार्ग खोलने का वादा किया जो किसी एक देश पर निर्भर नहीं हैं।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit the visitor does not make stays off", reason: "the agent before the negation must be on the visit",
			text: "हनोई की यात्रा पर लूला नहीं जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review 11: a visit one decides not to make is not held", reason: "'यात्रा पर … ने … न जाने का फैसला किया है' was drafted as a held visit: the negation is of the going",
			text: "अमेरिका की यात्रा पर प्रधानमंत्री ने इस बार न जाने का फैसला किया है।",
			want: nil},
		{name: "a headline's talks are the two heads' gathering told below", reason: "heldout28 05: 'पुतिन से करेंगे मुलाकात' in the headline was a meeting beside the summit; the counterpart of a president is a head",
			text: "मैक्रों ब्रासीलिया पहुंचे, लूला से करेंगे मुलाकात\n\nब्रासीलिया। फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और ब्राजील के उनके समकक्ष लुइज इनासियो लूला बुधवार को अपने पहले आधिकारिक सम्मेलन में शिरकत करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a headline's talks with a side the gathering lacks stay apart", reason: "the headline sums up only what the body tells",
			text: "मैक्रों ब्रासीलिया पहुंचे, मोदी से करेंगे मुलाकात\n\nब्रासीलिया। फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और ब्राजील के उनके समकक्ष लुइज इनासियो लूला बुधवार को अपने पहले आधिकारिक सम्मेलन में शिरकत करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a forum's meeting gathers many", reason: "heldout28 06: 'पूर्वी आर्थिक मंच की बैठक में … शामिल होंगे' was a bilateral meeting",
			text: "प्रधानमंत्री मोदी 20 नवंबर को विश्व आर्थिक मंच की बैठक में शामिल होंगे।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a forum of two countries meets as two", reason: "the forum rule leaves a pair's forum alone",
			text: "प्रधानमंत्री मोदी 20 नवंबर को भारत-अमेरिका सीईओ फोरम की बैठक में शामिल होंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit N days after the meeting told before it begins", reason: "heldout28 09: 'जी-20 शिखर सम्मेलन शुरू होने से एक दिन पहले' was no frame, and a frame's day gap was not read",
			text: "आसियान शिखर सम्मेलन शुरू होने से दो दिन पहले सोमवार को प्रधानमंत्री मोदी और ऑस्ट्रेलियाई प्रधानमंत्री अल्बनीज की मुलाकात हुई।",
			want: []want{
				{timeline.Summit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the legs of a tour called off are in its month", reason: "heldout12 13: a postponed tour's first leg kept the first day planned",
			text: "प्रधानमंत्री की 13 से 17 दिसंबर तक होने वाली नॉर्वे, क्रोएशिया और नीदरलैंड की यात्रा स्थगित कर दी गई है।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a gathering someone is invited to is still to come", reason: "heldout28 08: '… ने जून में … शिखर सम्मेलन में भाग लेने के लिए … निमंत्रण दिया है' was last June's summit, held",
			text: "जर्मन चांसलर ने मार्च में बर्लिन में होने जा रहे ऊर्जा सम्मेलन में भाग लेने के लिए प्रधानमंत्री मोदी को निमंत्रण दिया है।",
			want: []want{
				{timeline.Summit, "2026-03[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit attended at someone's invitation keeps its tense", reason: "the invitation rule is for a gathering one is invited to, not one gone to on an invitation",
			text: "जर्मन चांसलर के निमंत्रण पर प्रधानमंत्री मोदी ने मार्च में बर्लिन में ऊर्जा सम्मेलन में भाग लिया।",
			want: []want{
				{timeline.Summit, "2025-03[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks set beside a conference do not join it", reason: "heldout28 01: 'उफा में … बहुपक्षीय बैठकों से अलग द्विपक्षीय बातचीत की थी' lost the talks to the gathering they were beside",
			text: "इससे पहले मोदी और शरीफ ने उफा में सम्मेलन से इतर द्विपक्षीय बातचीत की थी।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks that may be called off are still on", reason: "heldout28 02: 'बहुत संभव है कि … वार्ता रद्द कर दी जाए' and 'रद्द हो सकती है' were drafted as cancelled",
			text: "भारत और पाकिस्तान के बीच 20 नवंबर को होने वाली वार्ता रद्द हो सकती है। बहुत संभव है कि 25 नवंबर को होने वाली भारत-नेपाल वार्ता भी रद्द कर दी जाए।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 11: a summit held before, someone invited to it, stays held", reason: "'2023 में … हुए जी-7 शिखर सम्मेलन में भाग लेने के लिए … न्योता दिया था' was made announced",
			text: "जापान के प्रधानमंत्री ने 2023 में हिरोशिमा में हुए जी-7 शिखर सम्मेलन में भाग लेने के लिए मोदी को न्योता दिया था।",
			want: []want{
				{timeline.Summit, "2023[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 11: a headline's talks are no group's summit", reason: "'शी से मिलेंगे मोदी' was folded into the BRICS summit the body names: a group's summit has talks of its own beside it",
			text: "शी से मिलेंगे मोदी\n\nनई दिल्ली। प्रधानमंत्री मोदी और चीन के राष्ट्रपति शी जिनपिंग 22 नवंबर को ब्रिक्स शिखर सम्मेलन में भाग लेंगे।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 11: a visit that may be put off is still on, whatever the verb group's length", reason: "'यात्रा टाली जा सकती है' was proposed while 'रद्द हो सकती है' was announced: a byte window missed the longer group",
			text: "मोदी की 20 नवंबर को होने वाली जापान यात्रा टाली जा सकती है।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a discussion between two leaders named is their talks", reason: "heldout29 03: 'शनिवार को मोदी और हसीना के बीच … चर्चा होगी' was not drafted",
			text: "गुरुवार को मोदी और पुतिन के बीच व्यापार पर विस्तार से चर्चा होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a discussion between topics is no talks", reason: "heldout29 03's rule needs leaders of two countries before 'के बीच'",
			text: "गुरुवार को संसद में व्यापार और निवेश के बीच संतुलन पर चर्चा होगी।",
			want: nil},
		{name: "a discussion with one's counterparts is talks, whatever the topic's joined words", reason: "heldout29 09: 'दोनों देशों के समकक्षों के साथ द्विपक्षीय एवं अंतरराष्ट्रीय मसलों पर चर्चा करेंगे' was not drafted",
			text: "विदेश मंत्री 20 नवंबर को जापान जाएंगे। वहां वे अपने समकक्षों के साथ व्यापार एवं रक्षा के मसलों पर चर्चा करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a date years before the news that dates no event dates nothing after it", reason: "heldout29 01: the meetings at the SAARC summit took the date of the 2008 Mumbai attack that the sentence before recalls",
			text: "काठमांडू में 15 से 16 नवंबर तक बिम्सटेक शिखर सम्मेलन चला। 12 मार्च 2019 में हुए हमले का जिक्र करते हुए मोदी ने आतंकवाद का मुद्दा उठाया। सभी देशों के मुखिया से मोदी ने अलग से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-15/2025-11-16[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-15/2025-11-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a length of time that times are counted in is no date", reason: "heldout29 02: 'डेढ़ साल में 7वीं बार मिलेंगे' drafted a meeting a year and a half on",
			text: "मोदी और अल्बनीज 20 नवंबर को मिलेंगे। दोनों नेताओं की दो साल में पांचवीं बार मुलाकात होने जा रही है।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a year that times are counted from is a date", reason: "countsTimesAfter reads a length of time only: '2024 में पहली बार' is a date",
			text: "मोदी 2024 में पहली बार ऑस्ट्रेलिया गए थे।",
			want: []want{
				{timeline.Visit, "2024[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit of days told to come, then begun on one of them, is under way", reason: "heldout29 13: '6-10 अक्तूबर तक भारत की … यात्रा पर रहेंगे … रविवार को भारत पहुंचे' stayed announced",
			text: "जर्मनी के चांसलर 17 से 20 नवंबर तक भारत की यात्रा पर रहेंगे। जर्मनी के चांसलर सोमवार को नई दिल्ली पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "another visitor's trip called off is not the one a headline with no visitor's name tells", reason: "heldout29 08: under 'टला जापानी PM का भारत दौरा', Johnson's called-off India visit joined Suga's",
			text: "टला जापानी PM का भारत दौरा\nनई दिल्ली। ब्रिटेन के प्रधानमंत्री कीर स्टार्मर के बाद अब जापान के प्रधानमंत्री फुमियो किशिदा ने भी अपना भारत दौरा रद्द कर दिया है। स्टार्मर ने अपना एक दिवसीय भारत दौरा रद्द किया था।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "another traveller's recent trip that prepared a visit is a visit of its own", reason: "heldout29 05: 'हाल ही में चीन के दौरे पर गईं विदेश मंत्री सुषमा स्वराज ने इस मुलाकात के लिए नींव तैयार की थी' was folded into Modi's coming visit",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान की यात्रा पर रवाना होंगे। हाल ही में जापान के दौरे पर गए विदेश मंत्री एस जयशंकर ने इस यात्रा के लिए जमीन तैयार की थी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a gathering told as a frame of its first day keeps the span told before", reason: "heldout29 02: 'समिट के पहले दिन यानी सोमवार को ही मोदी … मिलेंगे' made the COP21 summit, told as 30 November to 11 December, one day",
			text: "नई दिल्ली. पेरिस में क्लाइमेट चेंज समिट में शामिल होने के लिए पीएम नरेंद्र मोदी पेरिस पहुंच गए हैं। समिट 19 नवंबर से 28 नवंबर तक होना है। इस दौरान दो मुलाकातों पर दुनियाभर की नजरें टिकी हुई हैं।   1. मोदी-ट्रंप मुलाकात    समिट के पहले दिन यानी बुधवार को ही मोदी अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से मिलेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-19/2025-11-28[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 12: talk of something between two leaders is no talks", reason: "'मोदी और ट्रंप के बीच … मतभेद की चर्चा होने लगी है' was drafted as a held meeting",
			text: "मोदी और पुतिन के बीच तेल के दाम को लेकर मतभेद की चर्चा होने लगी है।",
			want: nil},
		{name: "review 12: a discussion amid a tension between two leaders is no talks of theirs", reason: "'मोदी और ट्रंप के बीच बढ़ते तनाव के बीच गुरुवार को संसद में चर्चा होगी' was their meeting",
			text: "मोदी और पुतिन के बीच बढ़ती दूरी के बीच गुरुवार को संसद में चर्चा होगी।",
			want: nil},
		{name: "review 12: a chief minister's discussion with his counterparts is no country's talks", reason: "'मुख्यमंत्री … ने … अपने समकक्षों के साथ … चर्चा की' was a bilateral meeting",
			text: "मुख्यमंत्री ने 17 नवंबर को अपने समकक्षों के साथ नदी जल पर चर्चा की।",
			want: nil},
		{name: "review 12: a date years before the news dates the meeting told next when no date of the news is told", reason: "'मार्च 2021 में मोदी … ढाका में थे। उस समय उन्होंने … मुलाकात की थी' was dated at the dateline",
			text: "जून 2019 में मोदी मालदीव की संसद में बोले थे। उस समय उन्होंने राष्ट्रपति सोलिह से मुलाकात की थी।",
			want: []want{
				{timeline.BilateralMeeting, "2019-06[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 12: someone else's arrival does not begin a visit", reason: "'उनसे पहले जर्मनी के विदेश मंत्री सोमवार को नई दिल्ली पहुंचे' made the chancellor's visit held",
			text: "जर्मनी के चांसलर 17 से 20 नवंबर तक भारत की यात्रा पर रहेंगे। उनसे पहले जर्मनी के विदेश मंत्री सोमवार को नई दिल्ली पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 13: a clause that opens with चर्चा is read without a word before it", reason: "'चर्चा हुई' panicked (index -1) in leadersBetween; FuzzExtract found it too",
			text: "चर्चा हुई।",
			want: nil},
		{name: "review 13: two leaders with their offices before के बीच hold talks", reason: "'प्रधानमंत्री मोदी और राष्ट्रपति पुतिन के बीच … चर्चा होगी' was lost when leadersBetween read only the word before के बीच",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति पुतिन के बीच गुरुवार को विस्तृत चर्चा होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 13: a discussion of a topic to come between two leaders is talks", reason: "'… मोदी और हसीना के बीच तीस्ता जल बंटवारे की चर्चा होगी' was read as talk in the air",
			text: "गुरुवार को मोदी और पुतिन के बीच तेल व्यापार की चर्चा होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 13: two countries that are a meeting's topic are not its sides", reason: "'रूस यूक्रेन के बीच युद्धविराम पर … विदेश मंत्रियों की बैठक' became a bilateral meeting of Russia and Ukraine",
			text: "रूस यूक्रेन के बीच युद्धविराम पर गुरुवार को ब्रसेल्स में विदेश मंत्रियों की बैठक होगी।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 13: a length in माह that times are counted in is no date", reason: "'18 माह में सातवीं बार दोनों नेता मिलेंगे' drafted a meeting in May 2027",
			text: "मोदी 20 नवंबर को बाइडेन से मिलेंगे। 18 माह में सातवीं बार दोनों नेता मिलेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 13: a state office that is no subject does not make talks a state's", reason: "'गुजरात के मुख्यमंत्री … की मौजूदगी में विदेश मंत्री जयशंकर ने … समकक्षों के साथ … चर्चा की' was dropped",
			text: "गुजरात के मुख्यमंत्री की मौजूदगी में विदेश मंत्री जयशंकर ने 17 नवंबर को अपने समकक्षों के साथ व्यापार पर चर्चा की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 13: a visitor told by office, then by name, begins his visit", reason: "'रूस के राष्ट्रपति … रहेंगे। पुतिन सोमवार को नई दिल्ली पहुंचे' stayed announced",
			text: "रूस के राष्ट्रपति 17 से 20 नवंबर तक भारत की यात्रा पर रहेंगे। पुतिन सोमवार को नई दिल्ली पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 13: उस समय dates a telling by the year told just before", reason: "after a date of the news, '… जून 2019 में … उस समय … मुलाकात की थी' took the news's day",
			text: "प्रधानमंत्री मोदी 17 नवंबर को माले पहुंचे। जून 2019 में भी मोदी मालदीव की संसद में बोले थे। उस समय उन्होंने राष्ट्रपति सोलिह से मुलाकात की थी।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2019-06[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 09: talks told from each side are one", reason: "'जल्द ही ज़ेलेंस्की से बात करेंगे पुतिन' above '… ज़ेलेंस्की ने … पुतिन के साथ बातचीत की उम्मीद जताई' drafted two talks, each with the other's counterpart",
			text: "गुरुवार को मैक्रों से बात करेंगे ट्रंप\n\nफ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप के साथ बातचीत की उम्मीद जताई।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 09: a headline's settled future gives way to the body's may", reason: "'जल्द ही … बात करेंगे पुतिन' above '… राष्ट्रपति जल्द ही बातचीत कर सकते हैं' drafted the talks as announced",
			text: "मैक्रों से बात करेंगे ट्रंप\n\nअमेरिकी राष्ट्रपति डोनाल्ड ट्रंप फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से गुरुवार को बात कर सकते हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "heldout30 09: a way to talks is no talks", reason: "'… राष्ट्रपतियों के बीच बातचीत का मार्ग प्रशस्त करने के लिए काम कर रहे हैं' took the clause's talks for the leaders'",
			text: "दोनों देशों के अधिकारी मंगलवार को प्रधानमंत्रियों के बीच बातचीत का रास्ता साफ करने में जुटे रहे।",
			want: nil},
		{name: "heldout30 09: representatives' talks under way are held, and apart from their leaders'", reason: "'… के प्रतिनिधि वीडियो कॉन्फ्रेंसिंग के माध्यम से दैनिक बातचीत कर रहे हैं और वे … काम कर रहे हैं' was announced, and took in the presidents' talks told after",
			text: "आर्मेनिया और अजरबैजान के प्रतिनिधि वीडियो कॉन्फ्रेंस के जरिए रोज बातचीत कर रहे हैं और वे एक शांति समझौते के लिए काम कर रहे हैं। दोनों देशों के राष्ट्रपति गुरुवार को बातचीत कर सकते हैं।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "heldout30 09: leaders' talks told after their representatives' are the leaders' talks told before", reason: "'दोनों देशों के राष्ट्रपति जल्द ही बातचीत कर सकते हैं' after the delegates' daily talks was a draft of its own",
			text: "आर्मेनिया के राष्ट्रपति गुरुवार को अजरबैजान के राष्ट्रपति से मिलेंगे। दोनों देशों के प्रतिनिधि फोन पर रोज बातचीत कर रहे हैं। दोनों देशों के राष्ट्रपति जल्द ही बातचीत कर सकते हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 05: talks during a summit that has no name are the two leaders' summit", reason: "'… 27 और 28 फरवरी को वियतनाम में होने वाले दो दिवसीय शिखर सम्मेलन के दौरान … किम जोंग उन से मुलाकात करेंगे' was a sideline meeting",
			text: "प्रधानमंत्री मोदी 20 और 21 नवंबर को पेरिस में होने वाले दो दिवसीय शिखर सम्मेलन के दौरान फ्रांस के राष्ट्रपति मैक्रों से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 05: talks during a summit named by its cause are on its sidelines", reason: "guards the rule above: heldout29 15's 'गाजा शांति शिखर सम्मेलन के दौरान … अल-सीसी से मुलाकात' is a sideline meeting",
			text: "प्रधानमंत्री मोदी 20 नवंबर को पेरिस में जलवायु शिखर सम्मेलन के दौरान फ्रांस के राष्ट्रपति मैक्रों से मुलाकात करेंगे।",
			want: []want{
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 05: a headline's talks are the two leaders' summit the body tells", reason: "'ट्रंप फरवरी के अंत में किम से मिलेंगे' above the summit's days was a meeting of its own",
			text: "महीने के अंत में अब्बास से मिलेंगे मोदी\n\nप्रधानमंत्री मोदी 28 और 29 नवंबर को काहिरा में होने वाले दो दिवसीय शिखर सम्मेलन के दौरान फिलिस्तीनी नेता महमूद अब्बास से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-28/2025-11-29[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 05: talks during an unnamed summit, in a text that names a group's, are on its sidelines", reason: "guards the rule above: the summit told without its name is the group's told before",
			text: "जी-20 देशों का शिखर सम्मेलन 20 और 21 नवंबर को जोहान्सबर्ग में होगा। मोदी वहां होने वाले दो दिवसीय शिखर सम्मेलन के दौरान फ्रांस के राष्ट्रपति मैक्रों से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 14: one set off for a visit's days just ahead makes the visit of this year, to come", reason: "'29 से 30 अगस्त तक जापान की … यात्रा पर गुरुवार को रवाना हुए', told on the 28th, was a visit held a year before",
			text: "प्रधानमंत्री मोदी 19 से 21 नवंबर तक जापान की तीन दिवसीय यात्रा पर मंगलवार को रवाना हुए।",
			want: []want{
				{timeline.Visit, "2025-11-19/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 14: a set-off told in the past for days more than a week ahead is a year back", reason: "guards the rule above: only days just ahead are the trip begun",
			text: "प्रधानमंत्री मोदी 29 से 30 नवंबर तक जापान की यात्रा पर रवाना हुए थे।",
			want: []want{
				{timeline.Visit, "2024-11-29/2024-11-30[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 14: a group's summit is not two countries' own summit told before", reason: "the SCO summit a trip to China was for joined the India–Japan annual summit, and gave it Tianjin",
			text: "प्रधानमंत्री मोदी भारत-जापान वार्षिक शिखर सम्मेलन में भाग लेने के लिए 20 नवंबर को जापान की यात्रा पर रवाना होंगे। जापान यात्रा के बाद, प्रधानमंत्री 22 नवंबर को तियानजिन में शंघाई सहयोग संगठन (SCO) शिखर सम्मेलन में भाग लेने के लिए चीन की यात्रा करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 15: an informal meeting with one person is talks, not a summit", reason: "'… शहबाज शरीफ ने ट्रंप से एक अनौपचारिक बैठक भी की थी' was drafted as a summit",
			text: "इससे पहले 17 नवंबर को शरीफ ने ट्रंप से एक अनौपचारिक बैठक भी की थी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 15: remarks to the press are no talks", reason: "'… ट्रंप ने प्रेस से बातचीत करते हुए व्यंग्यात्मक अंदाज में कहा …' was a meeting",
			text: "इसी बीच राष्ट्रपति बाइडेन ने प्रेस से बातचीत करते हुए मजाकिया अंदाज में कहा कि वे लेट हैं।",
			want: nil},
		{name: "heldout30 15: a subheading in the body that names no one is the event told below it", reason: "'हाल ही में हुई थी अनौपचारिक मुलाकात' above the 23 September meeting was a draft of its own",
			text: "मोदी 20 नवंबर को जापान जाएंगे।\nहाल ही में हुई थी अनौपचारिक मुलाकात\nइससे पहले 17 नवंबर को मोदी ने जापानी प्रधानमंत्री से एक अनौपचारिक बैठक भी की थी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 15: one come to a building for talks holds them there", reason: "'… ट्रंप से मुलाकात करने व्हाइट हाउस के ओवल ऑफिस पहुंचे' was a visit to no country",
			text: "पाकिस्तान के प्रधानमंत्री शरीफ मंगलवार को अमेरिकी राष्ट्रपति ट्रंप से मुलाकात करने व्हाइट हाउस पहुंचे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 15: a visit during which one had to face something took place", reason: "'… को अमेरिका दौरे के दौरान भारी शर्मिंदगी का सामना करना पड़ा' had no tense, and the visit was lost",
			text: "पाकिस्तान के प्रधानमंत्री शरीफ को अमेरिका दौरे के दौरान विरोध का सामना करना पड़ा।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 13: the first visit in N years, its visitor named between, is a count", reason: "'करीब पांच साल में मोदी की यह पहली रूस यात्रा होगी' drafted a visit five years on",
			text: "मोदी 20 नवंबर को जापान जाएंगे। करीब दो साल में मोदी की यह पहली जापान यात्रा होगी।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 06: a guest's next stop after a visit here is a visit of its own, its days told after", reason: "'… जो इस समय भारत की यात्रा पर हैं … दो दिवसीय नेपाल दौरे पर काठमांडू पहुंचेंगे' joined the India visit; '4:30' split its clause; 'पहुचेंगे' was no verb; 'इस समय' dated to the minute",
			text: "चीन के राष्ट्रपति शी जिनपिंग इस समय भारत की यात्रा पर हैं। वे दो दिवसीय नेपाल दौरे पर काठमांडू पहुंचेंगे। जिनपिंग यहां 20 नवंबर को शाम 4:30 बजे पहुचेंगे और वह 21 नवंबर तक रहेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout30 11: a plan that was, called off in the pluperfect, was due before the news", reason: "'… 21 नवंबर को पाकिस्तान जानेवाले थे, लेकिन अपनी यात्रा उन्होंने रद्द कर दी थी', told in August, was the November to come",
			text: "सऊदी अरब के क्राउन प्रिंस 21 दिसंबर को पाकिस्तान जाने वाले थे, लेकिन उन्होंने अपनी यात्रा रद्द कर दी थी।",
			want: []want{
				{timeline.Visit, "2024-12-21[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "heldout30 11: a plan that was, called off now, is the nearest", reason: "guards the rule above: 'रद्द कर दी गई' is no pluperfect",
			text: "सऊदी अरब के क्राउन प्रिंस 21 दिसंबर को पाकिस्तान जाने वाले थे, लेकिन उनकी यात्रा रद्द कर दी गई।",
			want: []want{
				{timeline.Visit, "2025-12-21[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "heldout30 08: the two sides' talks told again the same way are the talks told", reason: "'इसको लेकर दोनों देशों के राष्ट्रपतियों ने फोन पर बातचीत की है', after a sentence dated last week, was a second call",
			text: "अमेरिकी राष्ट्रपति बाइडेन ने मंगलवार को रूसी राष्ट्रपति पुतिन से फोन पर बात की है। विदेश मंत्री ने पिछले सप्ताह सख्त चेतावनी दी थी। इसको लेकर दोनों देशों के राष्ट्रपतियों ने फोन पर बातचीत की है।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 08: the two sides' talks told before are other talks", reason: "guards the rule above: 'पहले भी' tells an earlier call",
			text: "अमेरिकी राष्ट्रपति बाइडेन ने मंगलवार को रूसी राष्ट्रपति पुतिन से फोन पर बात की है। विदेश मंत्री ने पिछले सप्ताह सख्त चेतावनी दी थी। दोनों देशों के राष्ट्रपतियों ने पिछले महीने भी फोन पर बातचीत की थी।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-10[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 14: talks during a summit told before are on its sidelines", reason: "'इस शिखर सम्मेलन के दौरान … मैक्रों से मुलाकात' after the climate summit became a Modi–Macron summit",
			text: "जलवायु शिखर सम्मेलन 20 और 21 नवंबर को बेलेम में होगा। इस शिखर सम्मेलन के दौरान प्रधानमंत्री मोदी फ्रांस के राष्ट्रपति मैक्रों से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 14: talks during a summit of many countries are on its sidelines", reason: "'… दक्षिण एशियाई देशों के शिखर सम्मेलन के दौरान … शरीफ से मुलाकात' became a Modi–Sharif summit",
			text: "प्रधानमंत्री मोदी 20 नवंबर को काठमांडू में दक्षिण एशियाई देशों के शिखर सम्मेलन के दौरान पाकिस्तान के प्रधानमंत्री शरीफ से मुलाकात करेंगे।",
			want: []want{
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 14: talks with two during a summit are meetings beside it", reason: "'… स्टार्मर और … मैक्रों से अलग-अलग मुलाकात' during an unnamed summit became one summit of three",
			text: "प्रधानमंत्री मोदी 20 नवंबर को मिस्र में होने वाले शिखर सम्मेलन के दौरान ब्रिटेन के प्रधानमंत्री स्टार्मर और फ्रांस के राष्ट्रपति मैक्रों से अलग-अलग मुलाकात करेंगे।",
			want: []want{
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 14: a summit a later sentence gives many countries is no pair's", reason: "'… दो दिवसीय शिखर सम्मेलन के दौरान … मैक्रों से मुलाकात करेंगे। इस सम्मेलन में 20 से अधिक देशों के नेता …' became a Modi–Macron summit",
			text: "प्रधानमंत्री मोदी 20 और 21 नवंबर को होने वाले दो दिवसीय शिखर सम्मेलन के दौरान फ्रांस के राष्ट्रपति मैक्रों से मुलाकात करेंगे। इस सम्मेलन में 20 से अधिक देशों के नेता हिस्सा लेंगे।",
			want: []want{
				{timeline.SidelineMeeting, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 14: talks held before between the same pair, each side's subject in turn, are other talks", reason: "swappedSides merged 'इससे पहले ट्रंप ने पुतिन के साथ अलास्का में मुलाकात की थी' into the talks to come",
			text: "पुतिन जल्द ही अमेरिकी राष्ट्रपति ट्रंप से मुलाकात करेंगे। इससे पहले ट्रंप ने पुतिन के साथ अलास्का में मुलाकात की थी।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 14: a may of what the talks will cover leaves the headline's future", reason: "'… इस मुलाकात में यूक्रेन युद्ध पर बातचीत हो सकती है' made a confirmed meeting proposed",
			text: "ट्रंप से मिलेंगे पुतिन\n\nक्रेमलिन ने पुष्टि की है कि पुतिन अमेरिकी राष्ट्रपति ट्रंप से मुलाकात करेंगे। इस मुलाकात में यूक्रेन युद्ध पर बातचीत हो सकती है।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, "क्रेमलिन ने पुष्टि की है"},
			}},
		{name: "review 14: a single day one set off on, in the pluperfect, is the setting off, before the news", reason: "'20 नवंबर को जापान की यात्रा पर रवाना हुए थे' was a visit two days ahead",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान की यात्रा पर रवाना हुए थे।",
			want: []want{
				{timeline.Visit, "2024-11-20[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 14: a subheading of another event than the next telling's is an event of its own", reason: "'शांति वार्ता के लिए प्रतिनिधिमंडल इस्तांबुल पहुंचा' above Zelensky's US trip was dropped as the trip told again",
			text: "यूक्रेन युद्ध पर बड़ी खबर\nशांति वार्ता के लिए प्रतिनिधिमंडल इस्तांबुल पहुंचा\nइस बीच ज़ेलेंस्की 20 नवंबर को अमेरिका की यात्रा पर जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 14: an informal meeting with someone is talks, however it is said", reason: "'… ट्रंप के साथ अनौपचारिक बैठक की थी' was still a summit",
			text: "इससे पहले 17 नवंबर को शरीफ ने ट्रंप के साथ अनौपचारिक बैठक की थी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 14: talks to come soon are not dated by the sentence before", reason: "'पुतिन और ट्रंप के बीच बातचीत जल्द होगी' took the day of the representatives' talks told just before",
			text: "रूस और अमेरिका के प्रतिनिधि रियाद में 20 नवंबर को बातचीत करेंगे। पुतिन और ट्रंप के बीच बातचीत जल्द होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 14: remarks to a news agency are no talks", reason: "'… ने न्यूज एजेंसी एएनआई से बातचीत में कहा' was a meeting of the minister alone",
			text: "विदेश मंत्री जयशंकर ने मंगलवार को न्यूज एजेंसी एएनआई से बातचीत में कहा कि संबंध अच्छे हैं।",
			want: nil},
		{name: "heldout30 07: one come to a building for a meeting told is at that meeting", reason: "'… मंगलवार को हैदराबाद हाउस में बैठक के लिए पहुंचे' was a visit of its own beside the 2+2 talks",
			text: "भारत और अमेरिका के बीच मंगलवार को वार्ता हुई। अमेरिकी विदेश मंत्री माइक पोम्पियो मंगलवार को हैदराबाद हाउस में बैठक के लिए पहुंचे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout30 04: the course of talks is no talks", reason: "'… उत्तर कोरिया के साथ वार्ता प्रक्रिया स्थिर होने को लेकर … चीन को जिम्मेदार ठहराया' was a meeting held",
			text: "ट्रंप ने मंगलवार को ईरान के साथ वार्ता प्रक्रिया धीमी होने के लिए चीन को जिम्मेदार ठहराया।",
			want: nil},
		{name: "review 15: a plan days ahead called off in the pluperfect is still this year's", reason: "'21 नवंबर को … जाने वाले थे, लेकिन … पहले ही रद्द कर दी थी', told on the 18th, went a year back",
			text: "क्राउन प्रिंस 21 नवंबर को पाकिस्तान जाने वाले थे, लेकिन उन्होंने यात्रा पहले ही रद्द कर दी थी।",
			want: []want{
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "review 15: talks during a summit named by a genitive are on its sidelines", reason: "guards the pair's-summit rule: '… शांति के शिखर सम्मेलन' is a summit of its own name",
			text: "प्रधानमंत्री मोदी 20 नवंबर को पेरिस में शांति के शिखर सम्मेलन के दौरान फ्रांस के राष्ट्रपति मैक्रों से मुलाकात करेंगे।",
			want: []want{
				{timeline.SidelineMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: countries named on their own leave two leaders' summit theirs", reason: "'पश्चिमी देशों ने …', or any 'देशों के' of no gathering, after '… वुहान में होने वाले … शिखर सम्मेलन के दौरान … शी जिनपिंग से मुलाकात करेंगे' made the summit a sideline meeting",
			text: "मोदी 20 नवंबर को वुहान में होने वाले शिखर सम्मेलन के दौरान चीन के राष्ट्रपति शी जिनपिंग से मुलाकात करेंगे। पश्चिमी देशों के अखबारों ने इस पर नजर रखी है।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: a summit told by its city alone is two leaders' own", reason: "'ट्रंप 20 नवंबर को हनोई में शिखर सम्मेलन के दौरान किम जोंग उन से मुलाकात करेंगे' became a sideline meeting when में was dropped from the words before an unnamed summit",
			text: "ट्रंप 20 नवंबर को हनोई में शिखर सम्मेलन के दौरान किम जोंग उन से मुलाकात करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: an office that runs over a comma is read without a panic", reason: "'भारत के विदेश राज्य, मंत्री राम सिंह …' panicked in officeNameList (slice bounds out of range)",
			text: "भारत के विदेश राज्य, मंत्री राम सिंह 20 नवंबर को जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: आनेवाले is आने वाले", reason: "'भारत आनेवाले हैं' was not split: the stem was thought too short",
			text: "ट्रंप 20 नवंबर को भारत आनेवाले हैं।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: a colon between Devanagari digits ends no clause", reason: "'… शाम ४:३० बजे पहुचेंगे और वह 21 नवंबर तक रहेंगे' was still cut in two",
			text: "चीन के राष्ट्रपति शी जिनपिंग इस समय भारत की यात्रा पर हैं। वे दो दिवसीय नेपाल दौरे पर काठमांडू पहुंचेंगे। जिनपिंग यहां 20 नवंबर को शाम ४:३० बजे पहुचेंगे और वह 21 नवंबर तक रहेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: haste of another act is no soon for the talks", reason: "'वहां वे जल्द से जल्द युद्ध खत्म करने के लिए … लावरोव से बातचीत करेंगे' lost the day of the visit it is during",
			text: "जयशंकर 20 नवंबर को मास्को जाएंगे। वहां वे जल्द से जल्द युद्ध खत्म करने के लिए रूसी विदेश मंत्री लावरोव से बातचीत करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: what the talks will cover does not settle a may", reason: "'… मुलाकात कर सकते हैं। इस मुलाकात में यूक्रेन युद्ध पर बातचीत होगी' kept the headline's announced",
			text: "ट्रंप से मिलेंगे पुतिन\n\nरूसी राष्ट्रपति पुतिन अगले महीने अमेरिकी राष्ट्रपति ट्रंप से मुलाकात कर सकते हैं। इस मुलाकात में यूक्रेन युद्ध पर बातचीत होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "review 15: a visit's length makes its first day, one set off on, the visit's", reason: "'19 नवंबर को जापान की तीन दिवसीय यात्रा पर रवाना हुए', told on the 18th, went a year back",
			text: "मोदी 19 नवंबर को जापान की तीन दिवसीय यात्रा पर रवाना हुए।",
			want: []want{
				{timeline.Visit, "2025-11-19/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: talks said to begin on a day are talks, process or not", reason: "'शांति वार्ता प्रक्रिया 20 नवंबर को जिनेवा में शुरू होगी' drafted nothing once the course of talks was no talks",
			text: "भारत और पाकिस्तान के बीच शांति वार्ता प्रक्रिया 20 नवंबर को जिनेवा में शुरू होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 15: an arrival printed without the anusvara is told as a participle too", reason: "'नई दिल्ली पहुचे चीनी विदेश मंत्री वांग यी ने …' read as 'पहुंचे' drafts the visit and the talks",
			text: "नई दिल्ली पहुचे चीनी विदेश मंत्री वांग यी ने मंगलवार को जयशंकर से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a leg of the trip done before, told by where the traveller came from: a visit held before the arrival", reason: "pooled misses (heldout29 06, heldout14 04, heldout7 02): 'मालदीव से श्रीलंका पहुंचे', 'मोरक्को से ट्यूनीशिया पहुंचे', 'काबुल से सीधे लाहौर गए' drafted the leg reached only",
			text: "विदेश मंत्री एस जयशंकर सोमवार को मालदीव से श्रीलंका पहुंचे।",
			want: []want{
				{timeline.Visit, "<2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a leg of the trip told as completed: a visit held before the arrival", reason: "pooled misses (heldout28 15, heldout28 05, heldout17 13): 'जॉर्डन का दौरा पूरा करने के बाद इथियोपिया पहुंचे'",
			text: "विदेश मंत्री एस जयशंकर केन्या की यात्रा पूरी करने के बाद सोमवार को तंजानिया पहुंचे।",
			want: []want{
				{timeline.Visit, "<2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "coming from home, or from the traveller's own country, is no leg", reason: "guards of the leg done before: 'नई दिल्ली से', 'वाशिंगटन से' of an American",
			text: "प्रधानमंत्री मोदी सोमवार को नई दिल्ली से सीधे जर्मनी पहुंचे। अमेरिकी विदेश मंत्री मार्को रुबियो सोमवार को वाशिंगटन से नई दिल्ली पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a leg told on its own anywhere in the text is that visit, no second one", reason: "heldout9 07: 'मालदीव से श्रीलंका पहुंच गए' and the Maldives leg told after it",
			text: "विदेश मंत्री एस जयशंकर सोमवार को मालदीव से श्रीलंका पहुंचे। इससे पहले शनिवार को वह मालदीव पहुंचे थे।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-15[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit after which a journey is to come is no leg held", reason: "guard: only a journey made or under way has a leg done before it",
			text: "जापान के दौरे के बाद प्रधानमंत्री मोदी शुक्रवार को चीन जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the next leg told 'इसके बाद … जाएंगे' is a visit of its own, about the day after the visit before it ends", reason: "heldout31 02: 'इसके बाद पीएम मोदी जर्मनी जाएंगे' joined the Israel visit and lost Germany",
			text: "प्रधानमंत्री मोदी 22 से 24 नवंबर तक फ्रांस की यात्रा पर रहेंगे। इसके बाद प्रधानमंत्री मोदी अमेरिका जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-22/2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-25~1d[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "gone to a city told with 'शहर' after its name is a visit", reason: "'चीन के वुहान शहर गए थे' drafted nothing: the place had to stand right before 'गए'",
			text: "प्रधानमंत्री मोदी 27 अप्रैल को चीन के वुहान शहर गए थे।",
			want: []want{{timeline.Visit, "2025-04-27[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an event still to come, told before the trip under way it is on, is on the rest of that trip", reason: "heldout23 08: the G20 session and the talks with the Pope, told before 'इतालवी प्रधानमंत्री … के निमंत्रण पर यहां आए हैं', were dated after the dateline",
			text: "प्रधानमंत्री मोदी इटली के राष्ट्रपति से मुलाकात करेंगे। प्रधानमंत्री मोदी इटली के प्रधानमंत्री के निमंत्रण पर सोमवार को दो दिवसीय यात्रा पर रोम पहुंचे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "an event still to come, told before another's trip, is not on it", reason: "guard for onTripToldAfter: the trip under way must share a traveller",
			text: "प्रधानमंत्री मोदी जापान के प्रधानमंत्री से मुलाकात करेंगे। अमेरिकी विदेश मंत्री मार्को रुबियो सोमवार को दो दिवसीय यात्रा पर रोम पहुंचे।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit's length told in a sentence of its own ('दौरा तीन दिन का होगा') spans the visit", reason: "heldout31 02, heldout24 10: 'पीएम मोदी का इजरायल दौरा तीन दिन का होगा', 'उनका यह दौरा दो दिन का होगा' left a visit of one day",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। उनका यह दौरा तीन दिन का होगा।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the country's visit of a length told, then the next leg the day after it ends", reason: "heldout31 02",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। मोदी का जापान दौरा तीन दिन का होगा और इसके बाद प्रधानमंत्री मोदी चीन जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-23~1d[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the next leg after a visit dated by the dateline, of a length told, is the day after its told days", reason: "heldout31 02: the leg is dated before the visit's days are spread",
			text: "प्रधानमंत्री मोदी जापान के लिए रवाना हो गए हैं। मोदी का जापान दौरा तीन दिन का होगा और इसके बाद प्रधानमंत्री मोदी चीन जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-21~1d[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a gathering told in the country of the leg told just before is on that leg", reason: "heldout31 02: 'जर्मनी में वह जी-20 समिट में शिरकत करेंगे जो हैम्बर्ग में आयोजित हो रही है' was dated by the dateline",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। मोदी का जापान दौरा तीन दिन का होगा और इसके बाद प्रधानमंत्री मोदी जर्मनी जाएंगे। जर्मनी में वह जी-20 शिखर सम्मेलन में शिरकत करेंगे जो हैम्बर्ग में हो रहा है।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-23~1d[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-23~1d[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a gathering told in another country than the leg before is not on it", reason: "guard for atLegBefore",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। मोदी का जापान दौरा तीन दिन का होगा और इसके बाद प्रधानमंत्री मोदी जर्मनी जाएंगे। फ्रांस में वह जी-20 शिखर सम्मेलन में शिरकत करेंगे जो पेरिस में हो रहा है।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-23~1d[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}, // the nearest date before, not the leg's
			}},
		{name: "a foreign leader who will be in a city here is on a visit, of the days told", reason: "heldout31 06: 'चीनी राष्ट्रपति 11-12 अक्टूबर को चेन्नई में होंगे' told no event: a stay was read only in a country",
			text: "चीन के राष्ट्रपति शी चिनफिंग दो दिनों के लिए भारत आ रहे हैं। चीनी राष्ट्रपति 21-22 नवंबर को चेन्नई में होंगे।",
			want: []want{{timeline.Visit, "2025-11-21/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a leader who will be in a city of his own country is no visit", reason: "review 16: guard of the city stay, untested till then",
			text: "चीनी राष्ट्रपति शी जिनपिंग 21 नवंबर को बीजिंग में होंगे।",
			want: nil},
		{name: "one of no country told who will be in a city is no visit", reason: "guard: 'प्रधानमंत्री … दिल्ली में होंगे' may be at home",
			text: "प्रधानमंत्री मोदी 21 नवंबर को दिल्ली में होंगे।",
			want: nil},
		{name: "review 16: a summit in a tour's second country is on the tour", reason: "the summit's country was checked against the visit's people and first country, not its list; the tour and the summit lost their days",
			text: "मोदी का फ्रांस और जर्मनी दौरा 10 दिसंबर से: जी-7 समिट में होंगे शामिल\nप्रधानमंत्री नरेंद्र मोदी 10 से 13 दिसंबर तक फ्रांस और जर्मनी का दौरा करेंगे। फ्रांस में भारत-फ्रांस वार्षिक शिखर सम्मेलन में भाग लेंगे।\nजर्मनी में जी-7 शिखर सम्मेलन में शामिल होंगे।",
			want: []want{
				{timeline.Summit, "2025-12-10/2025-12-13[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-10/2025-12-13[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-12-10/2025-12-13[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 16: a speaker's first person that is no event's subject keeps him a source", reason: "'मैं उम्मीद करता हूं …', 'मैं … यात्रा का स्वागत करता हूं' made the speaker a participant",
			text: "मैक्रों ने कहा कि मैं भारत के प्रधानमंत्री मोदी की 20 नवंबर को होने वाली अमेरिका यात्रा का स्वागत करता हूं।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "मैक्रों ने कहा"}}},
		{name: "review 16: a journey to come, told before a trip under way, is not on it", reason: "onTripToldAfter dated the US visit inside the Japan trip",
			text: "प्रधानमंत्री मोदी जल्द ही अमेरिका की यात्रा करेंगे। प्रधानमंत्री मोदी सोमवार को दो दिवसीय यात्रा पर जापान पहुंचे।",
			want: []want{
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 16: talks to come with a third country's leader are not on the trip told after", reason: "onTripToldAfter dated the Trump meeting inside the Japan trip",
			text: "प्रधानमंत्री मोदी अमेरिकी राष्ट्रपति ट्रंप से भी मुलाकात करेंगे। प्रधानमंत्री मोदी सोमवार को दो दिवसीय यात्रा पर जापान पहुंचे।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 16: the first leg of a tour set off and reached is held", reason: "'… रवाना हुए। वह सोमवार रात अबुजा पहुंच गए' drafted Nigeria announced",
			text: "प्रधानमंत्री मोदी सोमवार को नाइजीरिया, ब्राजील और गुयाना की पांच दिवसीय यात्रा पर रवाना हुए। वह सोमवार रात अबुजा पहुंच गए।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-21[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 16: a visit done in a year told is no leg of this trip", reason: "'साल 2019 में चीन के दौरे के बाद …' lost its year to 'before the arrival'",
			text: "साल 2019 में चीन के दौरे के बाद पहली बार प्रधानमंत्री मोदी सोमवार को अमेरिका पहुंचे।",
			want: []want{
				{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 16: the length of an earlier visit is not the coming one's", reason: "'उनका पिछला जापान दौरा तीन दिन का था' spanned the visit to come",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। उनका पिछला जापान दौरा तीन दिन का था।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 16: who announced something else is no source of an event named on the way", reason: "'… जी-7 शिखर सम्मेलन के दौरान … सैन्य सहायता की घोषणा की' gave the summit a source",
			text: "अमेरिका ने सोमवार को जी-7 शिखर सम्मेलन के दौरान यूक्रेन के लिए पांच अरब डॉलर की नई सैन्य सहायता की घोषणा की।",
			want: []want{{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 16: a journey still to come after a visit over before the dateline is not dated by it", reason: "the next leg was dated 13 November, before the dateline, though told in the future",
			text: "प्रधानमंत्री मोदी 10 से 12 नवंबर तक भूटान की यात्रा पर थे। इसके बाद प्रधानमंत्री मोदी जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-10/2025-11-12[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 16: the length of the next visit is not the one made's", reason: "guard of lengthsTold: 'अगला', 'पिछला', 'पहला' before the visit noun",
			text: "प्रधानमंत्री मोदी सोमवार को जापान पहुंचे। उनका अगला जापान दौरा तीन दिन का होगा।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 16: another traveller's trip does not date the next leg", reason: "guard of the next leg: 'इसके बाद प्रधानमंत्री मोदी …' after Trump's trip is not dated the day after it (the nearest date before dates it, as any undated event)",
			text: "अमेरिकी राष्ट्रपति ट्रंप 22 से 24 नवंबर तक चीन की यात्रा पर रहेंगे। इसके बाद प्रधानमंत्री मोदी जापान जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-22/2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-22/2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review 16: a 'जहां' before the next leg's clause is the leg before's", reason: "nextLeg looked for 'जहां' in the whole sentence, and Germany was lost",
			text: "प्रधानमंत्री मोदी 20 नवंबर को फ्रांस जाएंगे, जहां वह राष्ट्रपति मैक्रों से मिलेंगे और इसके बाद प्रधानमंत्री मोदी जर्मनी जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-21~1d[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a coming called off by its verbal noun ('भारत आना रद्द') is the visit cancelled", reason: "heldout32 13: 'लेकिन अब खबरें आ रही हैं, कि उनका … भारत आना रद्द हो गया है' left the visit announced",
			text: "अमेरिकी राष्ट्रपति बाइडेन अगले महीने भारत आने वाले थे। लेकिन अब उनका भारत आना रद्द हो गया है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a coming called off, told with its subject by name", reason: "heldout32 13",
			text: "अमेरिकी राष्ट्रपति बाइडेन का अगले महीने भारत आना स्थगित हो गया है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a coming told as a plan is not called off", reason: "guard: 'भारत आना तय है' is no cancellation; since s52 it is the visit, decided (it drafted nothing)",
			text: "अमेरिकी राष्ट्रपति बाइडेन का अगले महीने भारत आना तय है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an event told in a relative clause takes that clause's tense", reason: "heldout32 02: 'जिन समझौतों पर हस्ताक्षर किए गए हैं वो … नया अध्याय जोड़ेंगे' was drafted as a signing to come",
			text: "पीएम ने कहा कि जिन समझौतों पर हस्ताक्षर किए गए हैं वो हमारी साझेदारी में नया अध्याय जोड़ेंगे।",
			want: []want{{timeline.AgreementSigning, "2025-11-18[Asia/Kolkata]", timeline.Held, "पीएम ने कहा"}}},
		{name: "an event to come told in a relative clause stays to come", reason: "guard of relativeTense",
			text: "पीएम ने कहा कि जिन समझौतों पर कल हस्ताक्षर होंगे वो हमारी साझेदारी में नया अध्याय जोड़ेंगे।",
			want: []want{{timeline.AgreementSigning, "2025-11-19[Asia/Kolkata]", timeline.Announced, "पीएम ने कहा"}}},
		{name: "a source that is the office of a participant named is his own words", reason: "heldout32 02, heldout26: 'पीएम ने कहा कि …' of Modi, drafted among the participants",
			text: "प्रधानमंत्री मोदी ने सोमवार को तेहरान में ईरान के राष्ट्रपति से मुलाकात की। पीएम ने कहा कि जिन समझौतों पर हस्ताक्षर किए गए हैं वो हमारी साझेदारी में नया अध्याय जोड़ेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a group's talks ('जी-7 वार्ता') are a meeting of many", reason: "heldout32 07: 'जी-7 वार्ता में शामिल होने के लिए ब्रिटेन पहुंचे' drafted the G7 talks as a bilateral meeting",
			text: "विदेश मंत्री 17 नवंबर को जी-7 वार्ता में शामिल हुए।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'मुलकात', a misprint of मुलाकात, is talks", reason: "heldout32 07: '… डोमिर्निक राब के साथ गुरुवार को मुलकात होने वाली थी' drafted a visit from Thursday",
			text: "विदेश मंत्री की ब्रिटेन के विदेश मंत्री के साथ गुरुवार को मुलकात होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a gathering 'होने जा रही' is still to come, whatever the clause's past", reason: "heldout32 11: 'पुतिन ने अगले महीने दिल्ली में होने जा रही जी-20 की बैठक में शामिल होने में असमर्थता जताई' drafted the G20 as held",
			text: "पुतिन ने 20 नवंबर को दिल्ली में होने जा रही जी-20 की बैठक में शामिल होने में असमर्थता जताई।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 17: a relative clause's past makes held only the event dated by it, not one dated to come", reason: "'15 मार्च को जिन समझौतों पर हस्ताक्षर किए गए थे वो … जोड़ेंगे' became held on a March still to come",
			text: "पीएम ने कहा कि 15 मार्च को जिन समझौतों पर हस्ताक्षर किए गए थे वो हमारी साझेदारी में नया अध्याय जोड़ेंगे।",
			want: []want{{timeline.AgreementSigning, "2026-03-15[Asia/Kolkata]", timeline.Announced, "पीएम ने कहा"}}},
		{name: "review 17: a past verb that is not the event's own leaves it to come", reason: "'जिस बैठक को बुलाया गया है वह अगले हफ्ते होगी' was made held",
			text: "पीएम ने कहा कि जिस बैठक को बुलाया गया है वह अगले हफ्ते होगी। पीएम ने कहा कि जिस वार्ता पर बात हुई थी वह अगले महीने होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Announced, "पीएम ने कहा"},
				{timeline.BilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Announced, "पीएम ने कहा"},
			}},
		{name: "review 17: an event in a relative clause called off stays called off", reason: "guard of relativeTense: only a status of plans is made held",
			text: "पीएम ने कहा कि जिन समझौतों पर हस्ताक्षर किए गए थे वो रद्द कर दिए गए हैं।",
			want: []want{{timeline.AgreementSigning, "2025-11[Asia/Kolkata]", timeline.Cancelled, "पीएम ने कहा"}}},
		{name: "review 17: 'होने जा रहे' of countries joining is no gathering to come", reason: "'ब्रिक्स में शामिल होने जा रहे देशों के … बैठक 17 नवंबर को हुई' was made announced",
			text: "ब्रिक्स में शामिल होने जा रहे देशों के विदेश मंत्रियों की बैठक 17 नवंबर को हुई। सदस्य होने जा रहे देशों के नेताओं की बैठक सोमवार को हुई।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 17: a gathering being held ('आयोजित की जा रही') is not one to come", reason: "guard of comingAt: 'होने' must open the participle",
			text: "विदेश मंत्री सोमवार को दिल्ली में आयोजित की जा रही जी-20 की बैठक में शामिल हुए।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 17: the date before 'होने जा रहे <summit> पर चर्चा' is the summit's", reason: "topicDated knew 'होने वाले' only",
			text: "मोदी और बाइडेन गुरुवार को अगले महीने होने जा रहे क्वाड शिखर सम्मेलन पर चर्चा करेंगे।",
			want: []want{{timeline.Summit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 17: a coming whose calling-off is denied or rumoured is not called off", reason: "'उनका भारत आना रद्द नहीं किया गया है', '… रद्द होने की अटकलें हैं' drafted the visit cancelled",
			text: "अमेरिकी राष्ट्रपति बाइडेन अगले महीने भारत आएंगे। व्हाइट हाउस ने साफ किया कि उनका भारत आना रद्द नहीं किया गया है। उनका भारत आना रद्द होने की अटकलें हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 17: a going called off by its verbal noun ('अमेरिका जाना रद्द') is the visit cancelled", reason: "only 'आना' was read",
			text: "मोदी का अगले महीने अमेरिका जाना रद्द हो गया है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a going put off by any word the Hindi layer reads so ('जाना टल गया') is the visit postponed", reason: "the calling-off words of 'आना रद्द' were a list of their own beside the Hindi layer's status cues, without टलना",
			text: "मोदी का अगले महीने अमेरिका जाना टल गया है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "review 17: a source that is an office no participant holds is a source", reason: "guard of ownWords' office: 'राष्ट्रपति ने कहा' of two prime ministers' talks",
			text: "राष्ट्रपति ने कहा कि प्रधानमंत्री मोदी 20 नवंबर को जापान के प्रधानमंत्री शिगेरु इशिबा से मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, "राष्ट्रपति ने कहा"}}},
		{name: "review 17: a relative clause's past verb must follow the event word", reason: "guard of relativeTense: 'जिस बैठक को बुलाया गया है' tells a meeting called, not held",
			text: "पीएम ने कहा कि जिस बैठक को बुलाया गया है वह उपयोगी होगी।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, "पीएम ने कहा"}}},
		{name: "review 17: a visit announced in a relative clause is not made held", reason: "guard of relativeTense: a status told by a word ('घोषणा'), not a tense, stays",
			text: "पीएम ने कहा कि जिस जापान यात्रा की घोषणा की गई है वह अहम होगी।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, "पीएम ने कहा"}}},
		{name: "review 17: someone's letter that arrived is no visit", reason: "guard of someoneBefore: 'उनका' is the subject of a coming only",
			text: "प्रधानमंत्री ने बताया कि उनका पत्र सोमवार को दिल्ली पहुंचा।",
			want: nil},
		{name: "talks with someone at a group's summit are a sideline meeting, no meeting of the group", reason: "'मोदी ने … जी20 शिखर सम्मेलन में बाइडेन से मुलाकात की' drafted a meeting of many: the group named before the talks' word made them the group's",
			text: "मोदी ने 17 नवंबर को जी20 शिखर सम्मेलन में बाइडेन से मुलाकात की।",
			want: []want{{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a group's meeting at its summit, with no one met, is the group's", reason: "guard: 'से' must tell whom the talks are with",
			text: "विदेश मंत्री 17 नवंबर को ब्रिक्स सम्मेलन में विदेश मंत्रियों की बैठक में शामिल हुए।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a passive of a feminine participle in ई is no going", reason: "heldout20 12: 'माले संपर्क परियोजना में भी तेजी लाई जाएगी' drafted a visit to Male",
			text: "मोदी ने 17 नवंबर को कहा कि अब माले संपर्क परियोजना में भी तेजी लाई जाएगी।",
			want: nil},
		{name: "talks counted from something told before are the talks told", reason: "heldout15 08: 'इस शपथ ग्रहण समारोह के ठीक 19 दिन बाद … बात हुई है' drafted a second call on the oath's day",
			text: "मोदी ने सोमवार को जापान के प्रधानमंत्री से फोन पर बात की। इशिबा ने 1 अक्टूबर को पद की शपथ ली थी। शपथ लेने के ठीक 47 दिन बाद दोनों नेताओं की बात हुई है।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks counted by 'इसके N दिन बाद' are the talks told", reason: "heldout40 09: 'इसके 19 दिन बाद पहली बार दोनों नेताओं ने आपस में बात की है' drafted a second call on the oath's day",
			text: "मोदी ने सोमवार को जापान के प्रधानमंत्री से फोन पर बात की। इशिबा ने 1 अक्टूबर को पद की शपथ ली थी। इसके 47 दिन बाद पहली बार दोनों नेताओं ने आपस में बात की है।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a ceremony of a country named with की is in that country", reason: "heldout38 13: 'राजनाथ सिंह 9 मई को रूस की विक्ट्री डे परेड में भारत का प्रतिनिधित्व करेंगे' drafted nothing",
			text: "रक्षा मंत्री राजनाथ सिंह 25 नवंबर को रूस की विजय दिवस परेड में भारत का प्रतिनिधित्व करेंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a country's ceremony held where the sentence says is there", reason: "review s47: 'नई दिल्ली में रूस के राष्ट्रीय दिवस समारोह में शामिल होंगे' drafted a visit to Russia",
			text: "विदेश मंत्री एस जयशंकर 25 नवंबर को नई दिल्ली में रूस के राष्ट्रीय दिवस समारोह में शामिल होंगे।",
			want: nil},
		{name: "one who goes in place of one who stays away is not called off with him", reason: "heldout38 13: Rajnath Singh's trip to represent India took Modi's cancellation",
			text: "प्रधानमंत्री नरेंद्र मोदी अगले महीने मॉस्को में विजय दिवस समारोह में शामिल नहीं होंगे। रक्षा मंत्री राजनाथ सिंह 9 दिसंबर को रूस की विजय दिवस परेड में भारत का प्रतिनिधित्व करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a summit the trips called off come after is not called off", reason: "heldout31 12: 'जी-7 शिखर सम्मेलन के बाद … के तय दौरे रद्द कर दिए' drafted the G7 summit cancelled",
			text: "अमेरिका के राष्ट्रपति जो बाइडन ने जी-7 शिखर सम्मेलन के बाद जापान और कोरिया के तय दौरे रद्द कर दिए हैं। बाइडेन ने कहा कि वह जी-7 समिट में हिस्सा लेने के बाद लौट जाएंगे।",
			want: []want{
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "a summit whose sideline meeting is called off keeps no status of it", reason: "heldout23 03: 'जी-20 के सम्मेलन के इतर होने वाली … बैठक को निरस्त कर दिया' drafted the G20 summit cancelled",
			text: "राष्ट्रपति ट्रम्प ने पुतिन के साथ जी-20 सम्मेलन के इतर होने वाली बैठक को निरस्त कर दिया है।",
			want: []want{
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", "", ""},
				{timeline.SidelineMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "a summit is not called off as part of the meeting on its sidelines", reason: "heldout23 03: the G20 summit took the cancellation of the Trump–Putin meeting told before as the event it was part of",
			text: "डोनाल्ड ट्रम्प आगामी जी-20 की बैठक में रूसी राष्ट्रपति पुतिन से मुलाकात करने वाले थे। राष्ट्रपति ट्रम्प ने पुतिन के साथ जी-20 सम्मेलन के इतर होने वाली बैठक को निरस्त कर दिया है।",
			want: []want{
				{timeline.SidelineMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", "", ""},
			}},
		{name: "a summit joined online goes on when the trip to it is off", reason: "heldout40 15: 'आसियान शिखर सम्मेलन में वर्चुअल रूप से शामिल होंगे' drafted the summit cancelled with the trip",
			text: "प्रधानमंत्री नरेंद्र मोदी इस बार आसियान शिखर सम्मेलन में वर्चुअल रूप से शामिल होंगे। इसकी पुष्टि मलयेशिया के प्रधानमंत्री अनवर इब्राहिम ने बुधवार को की है। उन्होंने बताया कि प्रधानमंत्री मोदी 26 नवंबर को कुआलालंपुर में होने वाले सम्मेलन में व्यक्तिगत रूप से शामिल नहीं होंगे।",
			want: []want{
				{timeline.Summit, "2025-11-26[Asia/Kolkata]", timeline.Announced, "इसकी पुष्टि मलयेशिया के प्रधानमंत्री अनवर इब्राहिम ने बुधवार को की है"},
				{timeline.MultilateralMeeting, "2025-11-26[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-26[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "a trip to come is not dated by a compatriot's trip told after it", reason: "a visit told without a date took the year of another traveller's earlier visit to the same country, and the two were drafted as one",
			text: "विदेश मंत्री एस जयशंकर पाकिस्तान जाएंगे।\n2015 में विदेश मंत्री सुषमा स्वराज पाकिस्तान गई थीं।",
			want: []want{
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2015[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a city of two words before the verb of going is where one went", reason: "heldout39 05: 'प्रधानमंत्री मोदी 2017 में तेल अवीव गए थे' drafted nothing",
			text: "प्रधानमंत्री मोदी 2017 में तेल अवीव गए थे।",
			want: []want{{timeline.Visit, "2017[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'वह' of a sentence whose 'वह' met someone is still the one before", reason: "heldout39 01: after 'सोमवार को वह प्रधानमंत्री मोदी के साथ … बातचीत करेंगे', 'वे … 2008 में भारत का दौरा कर चुके हैं' was read as Modi's, a home tour, and dropped",
			text: "तुर्की के राष्ट्रपति एर्दोगान रविवार को भारत पहुंचे. सोमवार को वह प्रधानमंत्री मोदी के साथ बातचीत करेंगे. वह 2008 में भारत आए थे.",
			want: []want{
				{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-24[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2008[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a word printed with a nukta is the word without", reason: "heldout41 09: 'मोदी से उनकी मुलाक़ात का कार्यक्रम था' was no plan: the word sets hold मुलाकात",
			text: "नेपाल के प्रधानमंत्री की भारत के प्रधानमंत्री नरेंद्र मोदी से मुलाक़ात का कार्यक्रम था।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks on the programme of a trip called off, told after the trip's plan, are off with it", reason: "heldout41 09: Deuba's talks with Modi, on the programme of the visit called off, were drafted as planned",
			text: "नेपाल के प्रधानमंत्री शेर बहादुर देउबा की भारत यात्रा रद्द हो गई है. नेपाली पीएम रविवार को भारत पहुंचने वाले थे. पीएम देउबा की भारत के प्रधानमंत्री नरेंद्र मोदी से मुलाकात का कार्यक्रम था.",
			want: []want{
				{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.BilateralMeeting, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "unable to take part in a ceremony abroad: the visit is off", reason: "heldout41 10: '… के नेताओं के … भारत के गणतंत्र दिवस समारोह में भाग लेने में असमर्थ होने' was no event",
			text: "कजाकिस्तान के राष्ट्रपति 26 नवंबर को भारत के गणतंत्र दिवस समारोह में भाग लेने में असमर्थ हैं।",
			want: []want{{timeline.Visit, "2025-11-26[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a visit only referred back to, told neither done nor to come, is no draft", reason: "heldout41 08: 'माना जा रहा है कि … मोदी का यह दौरा … काफी महत्वपूर्ण है' drafted a visit with no status",
			text: "माना जा रहा है कि प्रधानमंत्री नरेन्द्र मोदी का यह दौरा गोवा में विधानसभा चुनाव से पहले काफी महत्वपूर्ण है।",
			want: nil},
		{name: "a participle of a verb in न before था is no plan", reason: "heldout41 01: '… दिसंबर में भारत की यात्रा पर गए थे तो … व्यापक सहमति बनी थी' read 'बनी थी' as 'was to be' and drafted Abe's visit as a plan a year on",
			text: "जापान के प्रधानमंत्री शिंजो एबे पिछले साल दिसंबर में भारत की यात्रा पर गए थे तो दोनों देशों में व्यापक सहमति बनी थी।",
			want: []want{{timeline.Visit, "2024-12[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'अभी' (yet) dates no event", reason: "heldout41 01: 'इस समझौते पर अभी हस्ताक्षर किए जाने हैं' drafted a second signing at noon of the report's day",
			text: "भारत और जापान 20 नवंबर को परमाणु समझौते पर हस्ताक्षर करेंगे। हालांकि कुछ मुद्दे लंबित होने के कारण इस समझौते पर अभी हस्ताक्षर किए जाने हैं।",
			want: []want{{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a headline's trip told as before another event is not a past trip the body tells", reason: "review s47: the headline's trip to come took a 2019 trip told in the body",
			text: "ट्रंप से मुलाकात से पहले चीनी राष्ट्रपति जाएंगे उत्तर कोरिया\nचीन के राष्ट्रपति शी चिनफिंग 2019 में भी उत्तर कोरिया गए थे। इस बार वह 26 नवंबर को प्योंगयांग की यात्रा करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-26[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a headline's trip told as before another event is the trip the body dates", reason: "heldout41 05: 'ट्रंप से मुलाकात से पहले चीनी राष्ट्रपति जाएंगे उत्तर कोरिया' was a second, undated visit",
			text: "ट्रंप से मुलाकात से पहले चीनी राष्ट्रपति जाएंगे उत्तर कोरिया\nचीन के राष्ट्रपति शी चिनफिंग 20 नवंबर को उत्तर कोरिया की यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a group's summit written समिट frames the talks during it and is drafted", reason: "heldout41 12: 'जारी G7 समिट के दौरान … मुलाकात की' drafted no summit: समिट was no noun after a group's name",
			text: "जापान के हिरोशिमा शहर में जारी G7 समिट के दौरान यूक्रेन के राष्ट्रपति वोलोदिमिर जेलेंस्की ने 17 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "leaders meeting at a group's summit amid tension are its meeting", reason: "review s47: 'तनाव के बीच' read as 'between the two' made a group's meeting a sideline",
			text: "पश्चिम एशिया में तनाव के बीच 17 नवंबर को जी7 शिखर सम्मेलन में नेताओं ने मुलाकात की।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "two leaders' meeting at a group's summit is no meeting of the group", reason: "guard, heldout21 08: 'दोनों नेताओं के बीच इटली में हुए जी7 समिट में मुलाकात हुई थी' is a sideline meeting",
			text: "प्रधानमंत्री मोदी जेलेंस्की से मिलेंगे। पिछली बार 14 जून को दोनों नेताओं के बीच इटली में हुए जी7 समिट में मुलाकात हुई थी।",
			want: []want{
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-06-14[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the stop told first begins on the tour's first day", reason: "heldout41 15: 'प्रधानमंत्री सबसे पहले घाना पहुंचेंगे' after a tour of 2-9 July kept Ghana at the tour's eight days",
			text: "प्रधानमंत्री नरेंद्र मोदी 20 से 27 नवंबर तक घाना, अर्जेंटीना और ब्राजील की यात्रा पर जाएंगे। प्रधानमंत्री सबसे पहले घाना पहुंचेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "'सबसे पहले' told of something else dates no leg", reason: "review s47: any sentence with सबसे and पहले and the country made it the tour's first stop",
			text: "प्रधानमंत्री नरेंद्र मोदी 20 से 27 नवंबर तक घाना, अर्जेंटीना और ब्राजील की यात्रा पर जाएंगे। प्रधानमंत्री सबसे पहले ब्राजील पहुंचेंगे और फिर घाना जाएंगे। घाना सबसे पुराना साथी है, पहले भी वहां गए थे।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a stop told first of a tour too short to share keeps the tour's days", reason: "guard, heldout39 04: '2-4 सितंबर को … यात्रा' of three countries, 'सबसे पहले साइप्रस जाएंगे'",
			text: "राष्ट्रपति 20 से 22 नवंबर तक साइप्रस, बुल्गारिया और चेक गणराज्य की यात्रा पर जाएंगे। राष्ट्रपति सबसे पहले साइप्रस जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a word a set lists with its nukta is read in raw text too", reason: "review s47: with the sets folded, 'मुलाक़ात' looked up as printed was no event word, and its date went to the call",
			text: "प्रधानमंत्री मोदी ने सोमवार को जापान के प्रधानमंत्री के साथ 25 नवंबर की अपनी मुलाक़ात रद्द कर दी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a summit one will not join even online is off with the trip", reason: "review s47: 'वर्चुअल रूप से भी शामिल नहीं होंगे' kept the summit announced",
			text: "प्रधानमंत्री नरेंद्र मोदी इस बार आसियान शिखर सम्मेलन में वर्चुअल रूप से भी शामिल नहीं होंगे। उन्होंने बताया कि प्रधानमंत्री मोदी 26 नवंबर को कुआलालंपुर में होने वाले सम्मेलन में व्यक्तिगत रूप से भी शामिल नहीं होंगे।",
			want: []want{
				{timeline.Summit, "2025-11-26[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.MultilateralMeeting, "2025-11-26[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-26[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "a visit referred back to with a date of its own is drafted", reason: "review s47: 'जयशंकर की यह यात्रा 17 नवंबर को … अहम मानी जा रही है' was left undrafted",
			text: "विदेश मंत्री जयशंकर की यह यात्रा 17 नवंबर को दोनों देशों के संबंधों के लिए अहम मानी जा रही है।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", "", ""}}},
		{name: "going to a building of two words is no journey to its country", reason: "guard (review s47): without the venue guard of placeBefore, 'व्हाइट हाउस गए थे' was a visit to the US",
			text: "कनाडा के प्रधानमंत्री कार्नी 2017 में व्हाइट हाउस गए थे।",
			want: nil},
		{name: "'वह' stands for no one met in the sentence before", reason: "guard (review s47): the one met before ('पुतिन से मुलाकात हुई') is not who the next sentences' वह is",
			text: "सोमवार को रूस के राष्ट्रपति पुतिन से मुलाकात हुई. मंगलवार को वह प्रधानमंत्री मोदी के साथ बातचीत करेंगे. वह 2008 में भारत आए थे.",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "an event to be held later is put off", reason: "heldout42 09: 'क्वाड सम्मेलन को भी बाद में आयोजित करने पर विचार' was drafted as announced",
			text: "दिल्ली में मार्च में होने वाले शिखर सम्मेलन को भी बाद में आयोजित करने पर विचार किया जा रहा है।",
			want: []want{{timeline.Summit, "2026-03[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a meeting to be arranged later is put off", reason: "heldout42 09, the same family: 'को बाद में कराया जाएगा'",
			text: "मार्च में होने वाली बैठक को बाद में कराया जाएगा।",
			want: []want{{timeline.BilateralMeeting, "2026-03[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a trip during which a deal may be signed is set", reason: "heldout41 01: the visit took 'कर सकते हैं', the signing's hedge, and was drafted proposed",
			text: "प्रधानमंत्री की अगले सप्ताह जापान यात्रा के दौरान दोनों देश रक्षा समझौते पर हस्ताक्षर कर सकते हैं।",
			want: []want{{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Announced, ""}, {timeline.AgreementSigning, "2025-W48[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a summit beside which a meeting is proposed is set", reason: "heldout41 05: 'जी-20 शिखर सम्मेलन के इतर … मुलाकात प्रस्तावित है' drafted the summit proposed",
			text: "मार्च में होने वाले जी-20 शिखर सम्मेलन के इतर दोनों नेताओं की मुलाकात प्रस्तावित है।",
			want: []want{{timeline.Summit, "2026-03[Asia/Kolkata]", timeline.Announced, ""}, {timeline.SidelineMeeting, "2026-03[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a trip proposed itself stays proposed", reason: "guard: 'प्रस्तावित जापान यात्रा के दौरान': the hedge is the frame's own",
			text: "प्रधानमंत्री की अगले सप्ताह प्रस्तावित जापान यात्रा के दौरान दोनों देश रक्षा समझौते पर हस्ताक्षर कर सकते हैं।",
			want: []want{{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Proposed, ""}, {timeline.AgreementSigning, "2025-W48[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a likely thing that is no event proposes nothing", reason: "heldout40 14: 'संभावित शांति रणनीतियों पर चर्चा होगी' drafted the summit proposed",
			text: "अमेरिकी राष्ट्रपति अगले सप्ताह रूसी राष्ट्रपति से मिलेंगे और संभावित शांति उपायों पर चर्चा करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a likely thing after a postposition proposes nothing", reason: "heldout40 14, the same family: the words after संभावित up to 'की शर्तों पर' name no event",
			text: "अमेरिकी राष्ट्रपति अगले सप्ताह रूस जाएंगे, जहां संभावित युद्धविराम की शर्तों पर बातचीत होगी।",
			want: []want{{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Announced, ""}, {timeline.BilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a likely visit named after its visitor is proposed", reason: "guard: 'संभावित भारत यात्रा' qualifies the visit, through the words of its country",
			text: "अगले महीने अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप की संभावित भारत यात्रा पर सबकी नजर है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a visit that is likely is proposed", reason: "guard: 'यात्रा … संभावित है', predicative",
			text: "ट्रंप की भारत यात्रा अगले महीने संभावित है।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "the conference noun alone is the summit told by it", reason: "heldout41 14: 'सम्मेलन के दौरान … चर्चा होगी' after the India–Japan annual summit was a gathering of its own",
			text: "प्रधानमंत्री मोदी 20 नवंबर को टोक्यो में होने वाले भारत-जापान वार्षिक सम्मेलन में हिस्सा लेंगे। सम्मेलन के दौरान व्यापार और सुरक्षा पर भी चर्चा होगी।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a conference named otherwise is another", reason: "guard: 'जलवायु सम्मेलन' names a conference of its own",
			text: "प्रधानमंत्री मोदी 20 नवंबर को टोक्यो में होने वाले भारत-जापान वार्षिक सम्मेलन में हिस्सा लेंगे। जलवायु सम्मेलन में व्यापार और सुरक्षा पर भी चर्चा होगी।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}, {timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'क्वॉड', with the open o, is the Quad", reason: "heldout40 10: 'चौथे क्वॉड सम्मेलन' was no group's summit",
			text: "प्रधानमंत्री मोदी 24 मई को चौथे क्वॉड सम्मेलन में भाग लेंगे।",
			want: []want{{timeline.Summit, "2026-05-24[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a summit attended before the trip is drafted, held, before another summit", reason: "heldout42 10: 'जी-20 शिखर सम्मेलन में भाग लेने के बाद … गयाना पहुंच गए हैं' was dropped as an undated frame, the CARICOM summit told after it",
			text: "प्रधानमंत्री मोदी रियो में जी-20 शिखर सम्मेलन में भाग लेने के बाद तीन दिन की यात्रा पर गयाना पहुंच गए हैं। वे दूसरे कैरीकॉम-भारत शिखर सम्मेलन में भी शामिल होंगे।",
			want: []want{{timeline.Summit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""}, {timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Held, ""}, {timeline.Summit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "CARICOM's summit is another than the G20's", reason: "heldout42 10: 'कैरीकॉम-भारत शिखर सम्मेलन' named no group, and joined the G20 summit",
			text: "प्रधानमंत्री मोदी 20 नवंबर को ब्राजील में जी-20 शिखर सम्मेलन में शामिल होंगे। वे कैरीकॉम-भारत शिखर सम्मेलन में भी शामिल होंगे।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "leaders met beside a summit are one meeting each", reason: "heldout40 11: the summit framing the talks took the leaders met for its people, and meetsElsewhere then dropped them as met in it",
			text: "प्रधानमंत्री नरेंद्र मोदी ने शनिवार को ब्रिटिश प्रधानमंत्री ऋषि सुनक, इंडोनेशियाई राष्ट्रपति जोको विडोडो और फ्रांस के राष्ट्रपति मैक्रों से जी 7 शिखर सम्मेलन से इतर मुलाकात की।",
			want: []want{{timeline.SidelineMeeting, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}, {timeline.SidelineMeeting, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}, {timeline.SidelineMeeting, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}, {timeline.Summit, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a likely date is the event's: proposed", reason: "review s48: 'यात्रा की संभावित तिथि 20 दिसंबर' lost its hedge to likelyOther, and the past of बताई गई made it held in 2024",
			text: "ट्रंप की भारत यात्रा की संभावित तिथि 20 दिसंबर बताई गई है।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "'संभावित रूप से' hedges the verb: proposed", reason: "review s48: likelyOther read रूप as a thing that is no event",
			text: "प्रधानमंत्री मोदी संभावित रूप से अगले सप्ताह रूसी राष्ट्रपति पुतिन से मुलाकात करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a meeting to be held later puts off no summit it is beside", reason: "review s48: heldLater's status word claimed 'अब', so statusOfMain kept the frame postponed too",
			text: "मार्च में होने वाले जी-20 शिखर सम्मेलन के इतर होने वाली द्विपक्षीय बैठक को बाद में आयोजित किया जाएगा।",
			want: []want{{timeline.Summit, "2026-03[Asia/Kolkata]", "", ""}, {timeline.SidelineMeeting, "2026-03[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "CARICOM's two spellings are one summit", reason: "review s48: 'कैरीकॉम' and 'कैरिकॉम' were two groups, so two summits",
			text: "प्रधानमंत्री मोदी 20 नवंबर को गयाना में दूसरे कैरीकॉम-भारत शिखर सम्मेलन में शामिल होंगे। कैरिकॉम शिखर सम्मेलन में व्यापार पर चर्चा होगी।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the Quad's two spellings are one summit", reason: "review s48: no row held 'क्वॉड' in groupNames",
			text: "प्रधानमंत्री मोदी 20 नवंबर को सिडनी में क्वाड शिखर सम्मेलन में शामिल होंगे। क्वॉड शिखर सम्मेलन में व्यापार पर चर्चा होगी।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'संभावित रूप से' before a verbal noun hedges it, whatever verb ends the clause", reason: "review s48: the clause's last verb (आई) made 'संभावित रूप से … बैठक होने की खबर आई' held",
			text: "मोदी और पुतिन के बीच संभावित रूप से 20 नवंबर को बैठक होने की खबर आई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a likely time right after संभावित hedges the summit", reason: "review s48: समय had left the date nouns",
			text: "भारत-जापान शिखर सम्मेलन का संभावित समय 20 नवंबर है।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a likely new date hedges the summit", reason: "review s48: 'संभावित नई तिथि'",
			text: "भारत-जापान शिखर सम्मेलन की संभावित नई तिथि 20 नवंबर है।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a likely time of something else hedges no talks held", reason: "review s48: a detail noun anywhere after संभावित ('संभावित युद्धविराम के समय पर') made held talks proposed",
			text: "मोदी ने 20 नवंबर को पुतिन से मुलाकात की और संभावित युद्धविराम के समय पर चर्चा की।",
			want: []want{{timeline.BilateralMeeting, "2024-11-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'संभावित रूप से' with a past verb hedges nothing", reason: "review s48: 'जहां संभावित रूप से सबसे बड़ा निवेश समझौता हुआ' was drafted proposed",
			text: "मोदी 20 नवंबर को जापान गए, जहां संभावित रूप से सबसे बड़ा निवेश समझौता हुआ।",
			want: []want{{timeline.Visit, "2024-11-20[Asia/Kolkata]", timeline.Held, ""}, {timeline.AgreementSigning, "2024-11-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a trip for talks called off, told as 'जिसके लिए', is off", reason: "heldout43 04: 'जिसके लिए वे आज रात को ही अमेरिका पहुंचने वाले थे, लेकिन अब वह बैठक नहीं करेंगे' left the trip announced (its c→h)",
			text: "चीन के विदेश मंत्री आज दिल्ली में जयशंकर से मिलने वाले थे, जिसके लिए वे कल रात भारत पहुंचने वाले थे, लेकिन अब बैठक रद्द कर दी गई है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "the chief guest of the 26 January parade makes a visit", reason: "heldout43 02: '26 जनवरी के परेड के चीफ गेस्ट होंगे' named no Republic Day, so no visit",
			text: "ब्राजील के राष्ट्रपति लूला 26 जनवरी के परेड के चीफ गेस्ट होंगे।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a trip made is not called off with the talks it was for", reason: "review s48: 'जिसके लिए वे कल रात ही बीजिंग पहुंच गए थे' was called off with the meeting",
			text: "विदेश मंत्री जयशंकर आज बीजिंग में वांग यी से मिलने वाले थे, जिसके लिए वे कल रात ही बीजिंग पहुंच गए थे, लेकिन चीन ने यह बैठक रद्द कर दी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'जिसके लिए' is for the event of the clause right before it", reason: "review s48: the trip for the APEC summit went off with a meeting called off two clauses before",
			text: "अमेरिकी राष्ट्रपति ट्रंप ने शी जिनपिंग से होने वाली मुलाकात रद्द कर दी है, पर वे एपेक सम्मेलन में शामिल होंगे, जिसके लिए वे 20 नवंबर को दक्षिण कोरिया पहुंचेंगे।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "उन्होंने is no verbal noun after 'संभावित रूप से'", reason: "review s48: any word in -ने counted, so the held agreement became proposed",
			text: "मोदी 20 नवंबर को जापान गए, जहां संभावित रूप से उन्होंने सबसे बड़ा निवेश समझौता किया।",
			want: []want{{timeline.Visit, "2024-11-20[Asia/Kolkata]", timeline.Held, ""}, {timeline.AgreementSigning, "2024-11-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a frame's end day ends the visit told before, and dates what happens during it", reason: "heldout44 05: '21 मार्च तक की यात्रा के दौरान वह … से मुलाक़ात करेंगे' was a visit of its own, and the meetings were on its last day",
			text: "अमेरिका के रक्षा मंत्री 20 नवंबर की शाम भारत पहुंचेंगे। 22 नवंबर तक की यात्रा के दौरान वह प्रधानमंत्री से मुलाकात करेंगे।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}, {timeline.BilateralMeeting, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a date between 'से' and 'मिलेंगे'", reason: "found writing heldout44 15's rows: 'तोबगे से 20 नवंबर को मिलेंगे' drafted nothing",
			text: "मोदी भूटान के प्रधानमंत्री त्शेरिंग तोबगे से 20 नवंबर को मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'से' of a span before a date and 'मिले' meets no one", reason: "guard: '17 नवंबर से 20 नवंबर को' is a span",
			text: "वे 17 नवंबर से 20 नवंबर को मिले निर्देशों पर काम कर रहे हैं।",
			want: nil},
		{name: "'से D को मिले' before a thing is received, no meeting", reason: "review s49: 'रूस से 5 दिसंबर को मिले एस-400' drafted a meeting",
			text: "भारत को रूस से 5 दिसंबर को मिले एस-400 की तैनाती शुरू हुई।",
			want: nil},
		{name: "'से D को मिली' aid is received, no meeting", reason: "review s49",
			text: "पाकिस्तान को चीन से 2 दिसंबर को मिली आर्थिक मदद पर सवाल उठे।",
			want: nil},
		{name: "'से D को मिलने वाले हैं' is a meeting", reason: "review 2 s49: the verb with वाले after it was taken for a thing received",
			text: "मोदी भूटान के प्रधानमंत्री त्शेरिंग तोबगे से 20 नवंबर को मिलने वाले हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an event done 'बिना' is not done", reason: "heldout45 12: 'सौदे पर हस्ताक्षर किए बिना व्हाइट हाउस से चले गए' drafted the signing as held",
			text: "राष्ट्रपति 17 नवंबर को व्हाइट हाउस पहुंचे, लेकिन खनिज सौदे पर हस्ताक्षर किए बिना ही वहां से चले गए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a meeting 'के बगैर' is not held", reason: "heldout45 12's family: the event is the object of बगैर",
			text: "विदेश मंत्री 17 नवंबर को मुलाकात के बगैर मॉस्को से लौट आए।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'बिना मिले' meets no one", reason: "heldout45 12's family",
			text: "चीनी विदेश मंत्री 17 नवंबर को जयशंकर से बिना मिले लौट गए।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "talks that end 'बिना किसी समझौते के' were held", reason: "guard, heldout10 06: the talks are the subject; बिना has its own object",
			text: "दोनों नेताओं के बीच 17 नवंबर को हुई वार्ता बिना किसी समझौते के ही समाप्त हो गई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks 'बिना किसी शर्त के' are talks", reason: "guard: बिना of a condition before the event word",
			text: "दोनों देश 20 नवंबर को बिना किसी शर्त के बातचीत करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "agreeing on a day to sign: the signing told, not one on that day", reason: "heldout45 03: 'दोनों पक्ष बुधवार को समझौते पर हस्ताक्षर करने के लिए राजी हुए थे' drafted a second signing, held on the Wednesday",
			text: "भारत और पाकिस्तान के अधिकारियों ने 18 नवंबर को समझौते पर हस्ताक्षर किए। दोनों पक्ष रविवार को समझौते पर हस्ताक्षर करने के लिए राजी हुए थे।",
			want: []want{{timeline.AgreementSigning, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "agreeing to sign: the signing is a plan", reason: "heldout45 03's family",
			text: "दोनों पक्ष रविवार को समझौते पर हस्ताक्षर करने के लिए राजी हुए।",
			want: []want{{timeline.AgreementSigning, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a journey for a summit dated in a later sentence takes its days", reason: "heldout45 15: 'आसियान शिखर सम्मेलन के लिए मलेशिया नहीं जाएंगे' was dated by the month, though the summit's days were told below",
			text: "प्रधानमंत्री मोदी आसियान शिखर सम्मेलन के लिए मलेशिया जाएंगे। आसियान शिखर सम्मेलन 26 से 28 नवंबर को कुआलालंपुर में होगा।",
			want: []want{{timeline.Visit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a journey for a summit, two later summits of its group: undated", reason: "guard: which of them it is for the text does not say",
			text: "प्रधानमंत्री मोदी आसियान शिखर सम्मेलन के लिए मलेशिया जाएंगे। पिछला आसियान शिखर सम्मेलन 10 अक्टूबर को हुआ था। आसियान शिखर सम्मेलन 26 से 28 नवंबर को कुआलालंपुर में होगा।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, "2025-10-10[Asia/Kolkata]", timeline.Held, ""}, {timeline.Summit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'इस सम्मेलन' after a summit a journey is for is that summit", reason: "heldout45 15: 'वे वर्चुअली इस सम्मेलन का हिस्सा बनेंगे' drafted a multilateral meeting of its own",
			text: "प्रधानमंत्री मोदी आसियान शिखर सम्मेलन के लिए मलेशिया नहीं जाएंगे। वे वर्चुअली इस सम्मेलन का हिस्सा बनेंगे। आसियान शिखर सम्मेलन 26 से 28 नवंबर को कुआलालंपुर में होगा।",
			want: []want{{timeline.Visit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Summit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a call told as done is not dated by the summit to come it was about", reason: "heldout45 15: 'फोन पर बातचीत के बाद कहा, हमने … होने वाले … शिखर सम्मेलन … पर चर्चा की' was dated on the summit's days",
			text: "प्रधानमंत्री मोदी आसियान शिखर सम्मेलन के लिए मलेशिया नहीं जाएंगे। वे वर्चुअली इस सम्मेलन का हिस्सा बनेंगे। मलेशिया के प्रधानमंत्री ने मोदी के सहयोगी से फोन पर बातचीत के बाद कहा, 'हमने इस महीने के अंत में होने वाले आसियान शिखर सम्मेलन पर चर्चा की।' आसियान शिखर सम्मेलन 26 से 28 नवंबर को होगा।",
			want: []want{{timeline.Visit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Summit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}, {timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the day talks were put off, after their own day: one event", reason: "heldout45 14's family: 'अमेरिका ने … वार्ता को टाल दिया' with the day of putting off drafted the talks a second time",
			text: "दोनों देशों के बीच व्यापार वार्ता 25 नवंबर को दिल्ली में होनी थी। अमेरिका ने शनिवार को यह वार्ता टाल दी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "the day talks were put off, before their own day: one event", reason: "heldout45 14's family",
			text: "अमेरिका ने शनिवार को व्यापार वार्ता टाल दी। यह वार्ता 25 नवंबर को दिल्ली में होनी थी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "the day a visit was called off by उन्होंने: the visit told", reason: "heldout45 14's family",
			text: "ब्रिटिश प्रधानमंत्री 25 नवंबर को भारत आने वाले थे। उन्होंने शुक्रवार को अपनी भारत यात्रा रद्द कर दी।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'को होने वाली' makes the day the talks'", reason: "guard: the date describes the event",
			text: "व्यापार वार्ता 20 दिसंबर को होनी थी। भारत ने 25 नवंबर को होने वाली वार्ता टाल दी।",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}, {timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "the second day of a visit, told by its morning: the visit's days", reason: "heldout45 04: 'भारत दौरे के दूसरे दिन मंगलवार की सुबह' dated the visit by the morning alone",
			text: "अमेरिकी राष्ट्रपति को उनके भारत दौरे के दूसरे दिन मंगलवार की सुबह राष्ट्रपति भवन में 21 तोपों की सलामी दी गई।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a joint press conference that tells something is an event, on the day told", reason: "heldout45 04: 'ट्रंप ने संयुक्त प्रेस वार्ता में ऐलान किया कि …' was only a source; editors draft the press conference",
			text: "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने आज संयुक्त प्रेस वार्ता में ऐलान किया कि अमेरिका ने भारत के साथ रक्षा सौदे को मंजूरी दे दी है।",
			want: []want{{timeline.PressConference, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a press conference of one side that tells something is a source", reason: "guard: only a joint one is drafted",
			text: "ट्रंप ने आज प्रेस वार्ता में कहा कि वह 20 दिसंबर को भारत जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a deal made ('डील की गई') is signed", reason: "heldout45 04: 'रक्षा सौदे की डील की गई' drafted no agreement",
			text: "आज दोनों देशों के बीच 3 अरब डालर के रक्षा सौदे की डील की गई।",
			want: []want{{timeline.AgreementSigning, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a deal to be done ('डील होगी') is an agreement to come", reason: "heldout45 04's family",
			text: "भारत और अमेरिका के बीच 20 दिसंबर को व्यापार डील होगी।",
			want: []want{{timeline.AgreementSigning, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'डील की गई आलोचना' is criticism, no deal", reason: "guard: the participle qualifies a noun",
			text: "अमेरिका के साथ इस डील की गई आलोचना पर सरकार 20 नवंबर को जवाब देगी।",
			want: nil},
		{name: "'पहुचें हैं' is an arrival, misspelt", reason: "heldout45 08: 'गुरुवार को उज्बेकिस्तान पहुचें हैं' and a headline's 'उज्बेकिस्तान पहुँचें,' drafted no visit",
			text: "प्रधानमंत्री मोदी सोमवार को उज्बेकिस्तान पहुचें हैं।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}}, // as "पहुंचे हैं": there since Monday
		{name: "'पहुंचें' of a purpose is no arrival", reason: "guard: the subjunctive",
			text: "मंत्री ने 20 नवंबर को कहा कि अधिकारी समय पर दिल्ली पहुंचें ताकि बैठक की तैयारी हो सके।",
			want: nil},
		{name: "a summit going on, on a day of its own dates, is held", reason: "heldout45 08: 'एससीओ समिट … समरकंद मे आयोजित हो रहा हैं' on its first day was drafted as to come",
			text: "एससीओ शिखर सम्मेलन 17 से 19 नवंबर तक समरकंद में आयोजित हो रहा है।",
			want: []want{{timeline.Summit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit 'आ रहे हैं' on its first day is still coming", reason: "guard, heldout18 04: a visit told with the progressive is announced",
			text: "ईरान के राष्ट्रपति 18 से 20 नवंबर तक भारत आ रहे हैं।",
			want: []want{{timeline.Visit, "2025-11-18/2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a journey to a city of two words ending in ी", reason: "heldout45 02: '1-2 मार्च को अबू-धाबी जाएंगी' drafted no visit: 'धाबी जाएंगी' was read as a passive like 'बनाई जाएंगी'",
			text: "विदेश मंत्री सुषमा स्वराज 20 नवंबर को अबू धाबी जाएंगी।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'अबू-धाबी' with a hyphen is the city", reason: "heldout45 02",
			text: "विदेश मंत्री सुषमा स्वराज 20 नवंबर को अबू-धाबी जाएंगी।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a feminine participle before जाएंगी is still a passive", reason: "guard",
			text: "20 नवंबर को दिल्ली में नई नीतियां बनाई जाएंगी।",
			want: nil},
		{name: "a dinner hosted for the leaders of a gathering is no talks", reason: "heldout45 11: 'शहबाज शरीफ ने … बैठक से पहले नेताओं के लिए रात्रिभोज की मेजबानी की थी' drafted a bilateral meeting",
			text: "पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने 17 नवंबर को नेताओं के लिए रात्रिभोज की मेजबानी की।",
			want: nil},
		{name: "a dinner hosted for one leader is a meeting", reason: "guard: a named guest",
			text: "प्रधानमंत्री मोदी ने 17 नवंबर को राष्ट्रपति ट्रंप के लिए रात्रिभोज की मेजबानी की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an invitation sent for a visit makes it proposed", reason: "heldout15 03's headline 'पीएम मोदी को चीन दौरे के लिए आया न्यौता' drafted a visit held; only 'का न्योता दिया' was read",
			text: "पुतिन ने मोदी को रूस यात्रा के लिए निमंत्रण भेजा।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a headline's 'आया न्यौता' is an invitation received", reason: "heldout15 03",
			text: "पीएम मोदी को चीन दौरे के लिए आया न्यौता",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a visit made at someone's invitation keeps its tense", reason: "guard: 'के निमंत्रण पर … गए'",
			text: "मोदी 17 नवंबर को पुतिन के निमंत्रण पर रूस गए।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "drawing near a country is no journey", reason: "heldout24: 'इधर बीच भारत रूस के करीब आ रहा है' drafted a visit",
			text: "इधर बीच भारत रूस के करीब आ रहा है।",
			want: nil},
		{name: "two countries drawing near each other, no journey", reason: "heldout24's family",
			text: "भारत और रूस 20 नवंबर से एक दूसरे के करीब आ रहे हैं।",
			want: nil},
		{name: "talks put off between other sides do not join the plan told", reason: "review s50: 'उधर, अमेरिका ने शनिवार को चीन के साथ व्यापार वार्ता टाल दी' put off the India–Japan 2+2",
			text: "भारत और जापान के बीच 2+2 वार्ता 25 नवंबर को होगी। उधर, अमेरिका ने शनिवार को चीन के साथ व्यापार वार्ता टाल दी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}, {timeline.BilateralMeeting, "2025-11-15[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "'पहुंच रहें हैं', the progressive misspelt, is still to come", reason: "review s50: the rule for 'पहुचें हैं' read 'रहें हैं' as a perfect",
			text: "प्रधानमंत्री मोदी शुक्रवार को दो दिवसीय यात्रा पर अमेरिका पहुंच रहें हैं।",
			want: []want{{timeline.Visit, "2025-11-21/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'वार्ता कर बिना …' met, then acted", reason: "review s50: कर is the conjunctive participle, not 'without doing'",
			text: "दोनों देशों के विदेश मंत्रियों ने सोमवार को बैठक कर बिना किसी देरी के व्यापार बढ़ाने का फैसला किया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'इस सम्मेलन' of a journey's summit keeps that summit's group", reason: "review s50: the SCO summit merged into the BRICS summit told next",
			text: "विदेश मंत्री जयशंकर एससीओ शिखर सम्मेलन के लिए मास्को जाएंगे। इस सम्मेलन में सदस्य देशों के नेता हिस्सा लेंगे। इसके बाद 30 नवंबर को ब्रिक्स शिखर सम्मेलन होगा।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, "2025-11-30[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the next summit is not the one a journey is for", reason: "review s50: 'अगला शिखर सम्मेलन … अमेरिका में होगा' dated the journey to Johannesburg",
			text: "प्रधानमंत्री मोदी शिखर सम्मेलन के लिए जोहान्सबर्ग जाएंगे। अगला शिखर सम्मेलन 14 दिसंबर 2026 को अमेरिका में होगा।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, "2026-12-14[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a group's ministers' meeting is not its summit", reason: "review s50: 'जी7 के विदेश मंत्रियों की बैठक' was swallowed by the G7 summit",
			text: "जापान में 16-17 नवंबर को जी7 शिखर सम्मेलन हुआ। 15 नवंबर को जी7 के विदेश मंत्रियों की बैठक हुई थी, जिसमें जयशंकर भी शामिल हुए।",
			want: []want{{timeline.Summit, "2025-11-16/2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.MultilateralMeeting, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit's own days beside the tour's it is part of", reason: "review s50: 'दो दिवसीय यात्रा पर … जो उनके छह दिवसीय दौरे का हिस्सा है' lost the visit's two days",
			text: "प्रधानमंत्री मोदी सोमवार को दो दिवसीय यात्रा पर जॉर्डन पहुंचे, जो उनके छह दिवसीय दौरे का हिस्सा है।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'पहुंचें,' of a wish is no arrival", reason: "review s50: a subjunctive before a comma drafted a visit",
			text: "सरकार चाहती है कि प्रतिनिधिमंडल सोमवार को ढाका पहुंचें, ताकि तैयारी पूरी हो सके।",
			want: nil},
		{name: "a signing agreed to on a day still to come keeps it", reason: "review s50: '25 दिसंबर को … हस्ताक्षर करने के लिए सहमत हुए हैं' lost its day",
			text: "भारत और अमेरिका 25 दिसंबर को व्यापार समझौते पर हस्ताक्षर करने के लिए सहमत हुए हैं।",
			want: []want{{timeline.AgreementSigning, "2025-12-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'पहुंँच', both nasal marks, is पहुंच", reason: "heldout46 06: 'आज नई दिल्ली पहुंँच चुके हैं' drafted the meeting it was for, not the arrival",
			text: "अमेरिकी विदेश मंत्री माइक पोम्पियो सोमवार को नई दिल्ली पहुंँच चुके हैं।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}}, // as "पहुंच चुके हैं": there since Monday
		{name: "a date of a reason ('क्योंकि …') dates no event of the sentence", reason: "heldout46 06: 'ये बातचीत इसलिए भी अहम है क्योंकि अमेरिका में तीन नवंबर को … चुनाव हो रहे हैं' drafted talks on 3 November",
			text: "दोनों देशों के बीच कल बैठक होगी। ये बातचीत इसलिए भी अहम है क्योंकि अमेरिका में तीन दिसंबर को राष्ट्रपति के चुनाव हो रहे हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a meeting called off is not the call held in its place", reason: "heldout46 14: 'उनकी और पीएम मोदी की पूर्व-निर्धारित मीटिंग रद्द हो गई, लेकिन … फोन कॉल के माध्यम से संवाद स्थापित हुआ' joined the call, which was drafted cancelled",
			text: "मोदी और ट्रंप के बीच सोमवार को फोन पर 35 मिनट बातचीत हुई। उनकी और मोदी की पूर्व-निर्धारित मीटिंग रद्द हो गई, लेकिन ट्रंप के अनुरोध पर फोन कॉल के माध्यम से संवाद हुआ।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a visit told arrived in the body is under way, though its days are told in the future", reason: "heldout46 12: 'नई दिल्ली पहुंच गए हैं। मुइज्जू 6 से 10 अक्टूबर तक भारत की यात्रा पर रहेंगे' below a headline's 'दिल्ली पहुंचे' was drafted announced",
			text: "मालदीव के राष्ट्रपति मुइज्जू दिल्ली पहुंचे, पीएम मोदी से करेंगे मुलाकात\nमालदीव के राष्ट्रपति मोहम्मद मुइज्जू नई दिल्ली पहुंच गए हैं। मुइज्जू 18 से 22 नवंबर तक भारत की यात्रा पर रहेंगे।",
			want: []want{{timeline.Visit, "2025-11-18/2025-11-22[Asia/Kolkata]", timeline.Held, ""}, {timeline.BilateralMeeting, "2025-11-18/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "someone's plane arriving is the arrival told", reason: "heldout46 12: 'दिल्ली हवाई अड्डे पर उनका विमान पहुंचा' drafted a second visit",
			text: "मालदीव के राष्ट्रपति मुइज्जू नई दिल्ली पहुंच गए हैं। मुइज्जू 18 से 22 नवंबर तक भारत की यात्रा पर रहेंगे। उनके साथ उनकी पत्नी भी मौजूद हैं। दिल्ली हवाई अड्डे पर उनका विमान पहुंचा।",
			want: []want{{timeline.Visit, "2025-11-18/2025-11-22[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a pair who 'मिल चुके हैं' have met", reason: "heldout46 03: 'दोनों इससे पहले इस साल 27 अप्रैल और 26 मई को भी मिल चुके हैं' drafted no meeting; 'मिल' was no event word",
			text: "मोदी और पुतिन इससे पहले 26 मई को मिल चुके हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-05-26[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "something received ('मिल चुका है') is no meeting", reason: "guard",
			text: "भारत को 26 मई को रूस से तेल मिल चुका है।",
			want: nil},
		{name: "'बजे के करीब पहुंचे' arrives about a time", reason: "review 2 s50: the closeness rule dropped an arrival 'रात 11 बजे के करीब'",
			text: "प्रधानमंत्री मोदी 17 नवंबर को ढाका में रात 11 बजे के करीब पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks of no named side put off by two sides are those talks", reason: "review 2 s50: 'अमेरिका और चीन ने शनिवार को यह वार्ता टाल दी' split off the plan told",
			text: "व्यापार वार्ता 25 नवंबर को होनी थी। अमेरिका और चीन ने शनिवार को यह वार्ता टाल दी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "an invitation received and accepted is announced", reason: "review 2 s50: 'मिला निमंत्रण स्वीकार कर लिया है' read as proposed",
			text: "प्रधानमंत्री मोदी ने रूस यात्रा के लिए मिला निमंत्रण स्वीकार कर लिया है।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'दौरे पर रहें हैं' is 'पर रहे हैं', on the visit", reason: "review 2 s50: the misspelt progressive rule made it a visit to come",
			text: "प्रधानमंत्री मोदी 17 नवंबर से जापान के दौरे पर रहें हैं।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'पहुंचें,' in a lead paragraph is no headline's arrival", reason: "review 2 s50: a one-sentence first line counted as a headline",
			text: "सरकार चाहती है कि प्रतिनिधिमंडल सोमवार को ढाका पहुंचें, ताकि तैयारी पूरी हो सके।\nविदेश मंत्रालय ने यह जानकारी दी।",
			want: nil},
		{name: "the day someone took office dates no event told after it", reason: "heldout33 02: 'सात मई को राष्ट्रपति बनने के बाद वह पहली बार भारत दौरे पर आ रहे हैं' drafted a second visit on 7 May",
			text: "फ्रांस के राष्ट्रपति मैक्रों अगले महीने भारत आएंगे। सात मई को राष्ट्रपति बनने के बाद वह पहली बार भारत दौरे पर आ रहे हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'फरवरी में सत्ता में वापस आने के बाद' dates the return to power, not the visit", reason: "heldout47 03: a visit in February drafted beside the one under way",
			text: "नेपाल के प्रधानमंत्री ओली 17 नवंबर को भारत पहुंचे। फरवरी में सत्ता में वापस आने के बाद पहली बार भारत दौरे पर आए ओली का मोदी ने स्वागत किया।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a day told before another deed 'के बाद' is still the event's", reason: "guard: 'लौटने' takes no office (review s51)",
			text: "मोदी 16 नवंबर को स्वदेश लौटने के बाद पुतिन से मिले।",
			want: []want{{timeline.BilateralMeeting, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a taking of office in the next sentence leaves a date alone", reason: "review s51: 'ट्रंप 17 नवंबर को दिल्ली में थे. चुनाव जीतने के बाद …' dropped the 17th, read across the full stop",
			text: "ट्रंप 17 नवंबर को दिल्ली में थे. चुनाव जीतने के बाद यह उनकी पहली भारत यात्रा है.",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an agent's day before another's taking office is the agent's deed's", reason: "review s51: 'मोदी ने रविवार को ओली के प्रधानमंत्री बनने के बाद उन्हें फोन कर बधाई दी' lost Sunday",
			text: "मोदी ने रविवार को ओली के प्रधानमंत्री बनने के बाद उन्हें फोन कर बधाई दी।",
			want: []want{{timeline.PhoneCall, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'ग्रहण करने' takes office only after पदभार or शपथ", reason: "review s51: 'सदस्यता ग्रहण करने के बाद' dropped the day",
			text: "ओली 7 मई को सदस्यता ग्रहण करने के बाद भारत आए।",
			want: []want{{timeline.Visit, "2025-05-07[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a gathering told N days before a dated call is on that day", reason: "heldout42 11: 'यह बातचीत अलास्का शिखर सम्मेलन के तीन दिन बाद हुई', of a call on 18 August, drafted the summit as before the 18th",
			text: "पुतिन ने सोमवार को मोदी से फोन पर बातचीत की। यह बातचीत अलास्का शिखर सम्मेलन के तीन दिन बाद हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.Summit, "2025-11-14[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a gathering told N days before a call dated by the dateline alone is only before it", reason: "review s51: the summit was counted back from a call whose day was itself a guess",
			text: "मोदी ने ट्रंप से फोन पर बात की। यह बातचीत आसियान शिखर सम्मेलन के तीन दिन बाद हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}, {timeline.Summit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a gathering told before a dated call, with no days between, is before it", reason: "guard",
			text: "पुतिन ने सोमवार को मोदी से फोन पर बातचीत की। यह बातचीत अलास्का शिखर सम्मेलन के बाद हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.Summit, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a part of a month that tells no days is the month", reason: "heldout40 15, heldout43 06: 'इस महीने के अंत में' was drafted as the 21st to the 31st; heldout29 10: 'जुलाई के मध्य में' as the 11th to the 20th; their editors draft the month",
			text: "प्रधानमंत्री मोदी इस महीने के अंत में कुआलालंपुर जाएंगे। बाइडन की सऊदी अरब यात्रा जुलाई के मध्य में होगी।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2026-07[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two parts of one month are two visits, each in the month", reason: "review s51: read as the month before joining, the visits to Japan and China became one",
			text: "मोदी ने इस महीने की शुरुआत में जापान की यात्रा की थी। वह इस महीने के अंत में चीन जाएंगे।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Held, ""}, {timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the end of one month and the start of the next are one span of days", reason: "review s51: read as months, they made two visits",
			text: "मोदी दिसंबर के अंत और जनवरी की शुरुआत में जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-12-21/2026-01-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a part of a week is kept as its days", reason: "guard",
			text: "वह इस सप्ताह की शुरुआत में भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-18~2d[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a place spelt without CLDR's nukta is the place", reason: "heldout46 15: 'ब्राजील में होने वाले ब्रिक्स शिखर सम्मेलन में व्यक्तिगत रूप से शामिल नहीं होंगे' set the summit nowhere, so Putin's trip was not drafted called off; CLDR writes ब्राज़ील",
			text: "रूसी राष्ट्रपति व्लादिमीर पुतिन ब्राजील में होने वाले ब्रिक्स शिखर सम्मेलन में शामिल नहीं होंगे।",
			want: []want{{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'टेलीफोनिक वार्ता' is a call", reason: "a check of event words: it was a meeting",
			text: "मोदी और पुतिन के बीच 17 नवंबर को टेलीफोनिक वार्ता हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'मुलाक़ात' with its nukta names a gathering as 'मुलाकात' does", reason: "a check of event words: a report naming no gathering but 'मुलाक़ात' made the meeting a call",
			text: "मोदी ने 17 नवंबर को पुतिन से मुलाक़ात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a joint declaration ('संयुक्त घोषणापत्र') is a joint statement", reason: "heldout43 10: the subheading 'जारी किया जायेगा संयुक्त घोषणापत्र' drafted nothing",
			text: "बैठक के बाद 17 नवंबर को एक संयुक्त घोषणापत्र जारी किया गया।",
			want: []want{{timeline.Statement, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'भारत पधारे', the honorific arrived, is a visit", reason: "a check of visit verbs: it drafted nothing",
			text: "जापान के प्रधानमंत्री 17 नवंबर को भारत पधारे।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an arrival ('आगमन') is a visit", reason: "a check of visit words: 'का भारत आगमन हुआ' drafted nothing",
			text: "जापान के प्रधानमंत्री का 17 नवंबर को भारत आगमन हुआ।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "days told stay days beside a part of a month told of another event", reason: "review 2 s51: 'इस महीने के अंत में' of a summit made the visit of the 21st to the 30th the month",
			text: "मोदी 21 से 30 नवंबर तक जापान में रहेंगे। इस महीने के अंत में चीन में शिखर सम्मेलन होगा।",
			want: []want{{timeline.Visit, "2025-11-21/2025-11-30[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an agent's taking of his own country's office dates no event", reason: "review 2 s51: 'ट्रंप ने 20 जनवरी को अमेरिका के राष्ट्रपति बनने के बाद …' dated the call 20 January",
			text: "ट्रंप ने 20 जनवरी को अमेरिका के राष्ट्रपति बनने के बाद पहली बार मोदी से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a pronoun's ने is an agent's too", reason: "review 2 s51: 'उन्होंने रविवार को ओली के प्रधानमंत्री बनने के बाद …' lost Sunday",
			text: "उन्होंने रविवार को ओली के प्रधानमंत्री बनने के बाद उन्हें फोन कर बधाई दी।",
			want: []want{{timeline.PhoneCall, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an abbreviation's full stop does not end the look for a taking of office", reason: "review 2 s51: 'डॉ.' ended it, and 7 May dated the visit",
			text: "मोदी 7 मई को डॉ. यूनुस के पदभार संभालने के बाद पहली बार बांग्लादेश गए।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a decision not to attend a gathering to come calls off the trip, not the gathering", reason: "heldout49 09: '… होने वाले 18वें जी20 शिखर सम्मेलन में शामिल नहीं होने का फैसला किया है' drafted nothing, and the summit lost its days",
			text: "चीनी राष्ट्रपति शी जिनपिंग ने इस सप्ताह के अंत में नई दिल्ली में होने वाले जी20 शिखर सम्मेलन में शामिल नहीं होने का फैसला किया है।",
			want: []want{{timeline.Summit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "one who stays away, told twice, has one trip called off", reason: "heldout49 09: the headline's and the body's tellings drafted two",
			text: "शी जिनपिंग दिल्ली जी20 शिखर सम्मेलन में शामिल नहीं होंगे\nचीनी राष्ट्रपति शी जिनपिंग ने इस सप्ताह के अंत में नई दिल्ली में होने वाले जी20 शिखर सम्मेलन में शामिल नहीं होने का फैसला किया है।",
			want: []want{{timeline.Summit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a telephone interview is no call", reason: "review 3 s51: 'टेलीफोनिक' made it one", text: "पुतिन ने 17 नवंबर को एक टेलीफोनिक इंटरव्यू में भारत की तारीफ की।", want: nil},
		{name: "the coming of a new year is no visit", reason: "review 3 s51: 'आगमन' alone made it one", text: "1 जनवरी को नए साल के आगमन पर ब्रिटिश प्रधानमंत्री लंदन में होंगे।", want: nil},
		{name: "'पधारे' to a city at home is no visit", reason: "review 3 s51: a religious leader 'दिल्ली पधारे थे' made one", text: "इससे पहले 18 नवंबर को शंकराचार्य जी दिल्ली पधारे थे।", want: nil},
		{name: "a party alliance's joint manifesto is no joint statement", reason: "review 3 s51", text: "झारखंड में इंडिया गठबंधन ने 17 नवंबर को संयुक्त घोषणापत्र जारी किया।", want: nil},
		{name: "a part of a month dates what happens during what happens during it", reason: "review 3 s51: asMonth looked one parent up",
			text: "जी20 शिखर सम्मेलन इस महीने के अंत में जोहानिसबर्ग में होगा। सम्मेलन के दौरान मोदी बाइडेन से मिलेंगे। इस मुलाकात के दौरान दोनों देश व्यापार समझौते पर हस्ताक्षर करेंगे।",
			want: []want{{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Announced, ""}, {timeline.BilateralMeeting, "2025-11[Asia/Kolkata]", timeline.Announced, ""}, {timeline.AgreementSigning, "2025-11[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "another country's office taken is not the agent's", reason: "review 3 s51: 'मोदी ने 20 जनवरी को नेपाल के प्रधानमंत्री बनने के बाद ओली से …' lost the day",
			text: "मोदी ने 20 जनवरी को नेपाल के प्रधानमंत्री बनने के बाद ओली से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-01-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'के  बाद' with two spaces is 'के बाद'", reason: "review 3 s51: the pre-check wanted one space",
			text: "ओली 20 जनवरी को प्रधानमंत्री बनने के  बाद पहली बार भारत आएंगे।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a decision not to attend a gathering held calls nothing off", reason: "final review s51: a summit held last month became one to come", text: "रूसी राष्ट्रपति पुतिन ने पिछले महीने जोहानिसबर्ग में हुए ब्रिक्स शिखर सम्मेलन में भाग नहीं लेने का फैसला किया था।", want: nil},
		{name: "trips off of different people are not merged", reason: "final review s51: Putin's trip called off was lost in Xi's",
			text: "शी जिनपिंग दिल्ली जी20 शिखर सम्मेलन में शामिल नहीं होंगे\nपुतिन और शी जिनपिंग इस सप्ताह के अंत में नई दिल्ली में होने वाले जी20 शिखर सम्मेलन में शामिल नहीं होंगे।",
			want: []want{{timeline.Summit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Visit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.Visit, "2025-11-21/2025-11-23~2d[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a leader's arrival in a city is a visit", reason: "final review s51: 'आगमन' and 'पधारेंगे' after a city drafted nothing",
			text: "रूसी राष्ट्रपति पुतिन का 4 दिसंबर को नई दिल्ली में आगमन होगा। अमेरिकी राष्ट्रपति ट्रंप 10 दिसंबर को नई दिल्ली पधारेंगे।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2025-12-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a delegation's joint declaration is a joint statement", reason: "final review s51: 'दल' of 'प्रतिनिधि दल' read as a party",
			text: "भारत और नेपाल के प्रतिनिधि दल ने 17 नवंबर को काठमांडू में संयुक्त घोषणापत्र जारी किया।",
			want: []want{{timeline.Statement, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "what was received from someone is no meeting with them", reason: "attribution battery s52: 'सूत्रों से मिली जानकारी के अनुसार' drafted a meeting with the sources on the dateline",
			text: "सूत्रों से मिली जानकारी के अनुसार, प्रधानमंत्री मोदी 20 नवंबर को जापान की यात्रा पर जाएंगे। रूस से मिले निमंत्रण पर जयशंकर 25 नवंबर को मास्को जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "सूत्रों से मिली जानकारी के अनुसार"}, {timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a statement issued by an office names the office", reason: "attribution battery s52: 'पीएमओ द्वारा जारी बयान के अनुसार' was 'जारी बयान के अनुसार'",
			text: "पीएमओ द्वारा जारी बयान के अनुसार, प्रधानमंत्री 24 नवंबर को भूटान की यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-24[Asia/Kolkata]", timeline.Announced, "पीएमओ द्वारा जारी बयान के अनुसार"}}},
		{name: "a plan named by its day that will not take place is called off", reason: "status battery s52: '13 दिसंबर को होने वाली बैठक नहीं होगी' drafted nothing",
			text: "मोदी और शी की 23 नवंबर को होने वाली बैठक नहीं होगी। जयशंकर और वांग यी की 25 नवंबर को प्रस्तावित बैठक अब नहीं होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-23[Asia/Kolkata]", timeline.Cancelled, ""}, {timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "talks denied within a meeting to come call nothing off", reason: "guard for the row before: not called off (the meeting itself is still missed, as before)", text: "मोदी और शी की 23 नवंबर को होने वाली बैठक में व्यापार पर बात नहीं होगी।", want: nil},
		{name: "agreements exchanged are signed", reason: "kind battery s52: 'सात समझौतों का आदान-प्रदान किया गया' drafted nothing",
			text: "मोदी और हसीना की मौजूदगी में 17 नवंबर को सात समझौतों का आदान-प्रदान किया गया। 18 नवंबर को दोनों पक्षों के बीच समझौतों और सहमति पत्रों का आदान प्रदान हुआ।",
			want: []want{{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.AgreementSigning, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "views exchanged sign nothing", reason: "guard for the row before", text: "दोनों देशों ने 17 नवंबर को विचारों का आदान-प्रदान किया।", want: nil},
		{name: "two countries' names joined by a hyphen name bilateral talks", reason: "kind battery s52: 'भारत-अमेरिका मंत्रिस्तरीय वार्ता' was a multilateral meeting",
			text: "भारत-अमेरिका मंत्रिस्तरीय वार्ता 23 नवंबर को वाशिंगटन में होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-23[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the last two of a list of countries are no pair", reason: "kind battery s52: the Quad's four ministers' meeting was bilateral",
			text: "भारत, अमेरिका, जापान और ऑस्ट्रेलिया के विदेश मंत्रियों की बैठक 23 नवंबर को टोक्यो में होगी।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-23[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a coming or going decided ('जाना तय है') is a visit", reason: "tense battery s52: 'मोदी का 20 नवंबर को जापान जाना तय है' drafted nothing",
			text: "मोदी का 20 नवंबर को जापान जाना तय है। पुतिन का 4 दिसंबर को भारत आना अब तय है।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}, {timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a going not decided is no visit", reason: "guard for the row before", text: "मोदी का 20 नवंबर को जापान जाना अभी तय नहीं हुआ है।", want: nil},
		{name: "a going guessed decided is no visit decided", reason: "review 1 s52: 'लगभग तय माना जा रहा है' was drafted announced", text: "पुतिन का 4 दिसंबर को भारत आना लगभग तय माना जा रहा है।", want: nil},
		{name: "an announcement of no event in a clause of its own is not the event's", reason: "inference battery s52: '… से बातचीत की और दोनों देशों ने रणनीतिक साझेदारी की घोषणा की' drafted talks to come",
			text: "मोदी ने 16 नवंबर को कुवैत सिटी में अमीर से बातचीत की और दोनों देशों ने रणनीतिक साझेदारी की घोषणा की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an announcement of an event in a clause of its own is that event's", reason: "guard for the row before",
			text: "मोदी ने 16 नवंबर को कुवैत सिटी में अमीर से बातचीत की और घोषणा की कि वह 20 दिसंबर को ओमान जाएंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}, {timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a trilateral meeting is a meeting of many, and bilateral talks after it are not it", reason: "heldout49 05: 'त्रिपक्षीय बैठक' was bilateral; read as of many, it swallowed the 'द्विपक्षीय मुलाकात' told next",
			text: "17 नवंबर को भारत, जापान और अमेरिका के नेताओं की त्रिपक्षीय बैठक हुई। इसके बाद मोदी और ट्रंप के बीच द्विपक्षीय मुलाकात हुई।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}, {timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a confirmation that points back at the event is the event's", reason: "review 1 s52: '… आएंगे और क्रेमलिन ने इसकी पुष्टि कर दी है' lost its confirmation",
			text: "पुतिन 4 दिसंबर को भारत आएंगे और क्रेमलिन ने इसकी पुष्टि कर दी है।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Confirmed, "क्रेमलिन ने इसकी पुष्टि कर दी है"}}},
		{name: "a plan asked about is not called off", reason: "review 1 s52: 'क्या … बैठक नहीं होगी?' was cancelled",
			text: "क्या मोदी और पुतिन की 23 नवंबर को होने वाली बैठक नहीं होगी?", want: nil},
		{name: "a draft agreement exchanged is not signed", reason: "review 1 s52: 'मसौदा समझौते का आदान-प्रदान' was a signing held",
			text: "16 नवंबर को दोनों पक्षों ने मसौदा समझौते का आदान-प्रदान किया, जिस पर अगले महीने हस्ताक्षर होंगे।",
			want: []want{{timeline.AgreementSigning, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "two countries' ministers' important meeting is bilateral", reason: "review 1 s52: 'भारत-चीन के विदेश मंत्रियों की अहम बैठक' was multilateral",
			text: "भारत-चीन के विदेश मंत्रियों की अहम बैठक 17 नवंबर को हुई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a pair's war is the talks' subject, not their sides", reason: "review 1 s52: 'इजरायल-ईरान युद्धविराम पर मंत्रिस्तरीय वार्ता' was bilateral",
			text: "20 नवंबर को इजरायल-ईरान युद्धविराम पर मंत्रिस्तरीय वार्ता होगी।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a stay in a country of two words is a visit", reason: "tour battery s52: 'दक्षिण अफ्रीका में रहेंगे' drafted nothing ('उज्बेकिस्तान में रहेंगे' did)",
			text: "मोदी 20 से 22 नवंबर तक दक्षिण अफ्रीका में रहेंगे।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "what takes place in a country of two words is no stay", reason: "guard for the row before", text: "चुनाव 20 नवंबर को दक्षिण अफ्रीका में होंगे।", want: nil},
		{name: "a confirmation of 'this matter' is the event's", reason: "review 2 s52: '… और क्रेमलिन ने इस बात की पुष्टि कर दी है' was announced",
			text: "पुतिन 4 दिसंबर को भारत आएंगे और क्रेमलिन ने इस बात की पुष्टि कर दी है।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Confirmed, "क्रेमलिन ने इस बात की पुष्टि कर दी है"}}},
		{name: "'इसके अलावा' is a connective, not the object confirmed", reason: "review 2 s52: '… और इसके अलावा … तेल सौदे की पुष्टि की' confirmed the visit",
			text: "पुतिन 4 दिसंबर को भारत आएंगे और इसके अलावा दोनों देशों ने तेल सौदे की पुष्टि की।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a plan denied as a rumour past the comma is not called off", reason: "review 2 s52: '… बैठक नहीं होगी, ऐसी अटकलें गलत हैं' was cancelled",
			text: "20 नवंबर को होने वाली भारत-पाकिस्तान बैठक नहीं होगी, ऐसी अटकलें गलत हैं।", want: nil},
		{name: "a year a past participle takes is not the event's", reason: "heldout50 01 and 11 (first scored on 630c0db): 'यात्रा के दौरान … साल २००८ में … मारे गए लोगों को श्रद्धांजलि देने जायेंगे' dated the visit 2008, '… साल 2020 में किए गए … साझेदारी की समीक्षा' 2020",
			text: "प्रधानमंत्री मोदी 20 नवंबर को जापान जाएंगे। यात्रा के दौरान वह साल 2011 में आई सुनामी में मारे गए लोगों को श्रद्धांजलि देंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a year a past participle takes is not the event's, the event told first", reason: "heldout50 11",
			text: "मोदी जापान यात्रा के दौरान साल 2014 में शुरू की गई साझेदारी की समीक्षा करेंगे।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a hope voiced for something else is no hedge on the event", reason: "heldout50 05: a call held while Trump 'रिश्ते को नई ऊंचाई पर ले जाने की उम्मीद भी जताई' was drafted proposed",
			text: "ट्रंप ने 17 नवंबर को मोदी से फोन पर बात करते हुए दोनों देशों के रिश्तों को नई ऊंचाई पर ले जाने की उम्मीद जताई।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a hope voiced for the event is its hedge", reason: "guard for the row before",
			text: "मोदी और ट्रंप की 20 नवंबर को मुलाकात होने की उम्मीद जताई गई है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a day named right after a count of days is the event's", reason: "heldout50 10: 'एक दिन बाद 27 जनवरी को … मेजबानी करेंगे' was dated the day after the report",
			text: "गणतंत्र दिवस पर कोई मुख्य अतिथि नहीं होगा, लेकिन एक दिन बाद 27 जनवरी को मोदी भारत-मध्य एशिया शिखर सम्मेलन की मेजबानी करेंगे।",
			want: []want{{timeline.Summit, "2026-01-27[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a count of days alone dates the event", reason: "guard for the row before", text: "मोदी दो दिन बाद जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a hope voiced of a journey told by its verb is its hedge", reason: "review 3 s52: '… जापान जाने की उम्मीद जताई' was a visit held a year before",
			text: "सूत्रों ने प्रधानमंत्री मोदी के 25 नवंबर को जापान जाने की उम्मीद जताई।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a year a past participle takes, of an event named a few words on, is that event's", reason: "review 3 s52: 'साल 2024 में हुए … मोदी के पोलैंड दौरे' lost its year",
			text: "साल 2024 में हुए प्रधानमंत्री नरेंद्र मोदी के पोलैंड दौरे के दौरान दोनों देशों ने समझौते किए।",
			want: []want{{timeline.Visit, "2024[Asia/Kolkata]", timeline.Held, ""}, {timeline.AgreementSigning, "2024[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'करते हुए' is no past participle", reason: "review 3 s52: the year of a meeting to come was dropped",
			text: "प्रधानमंत्री मोदी साल 2026 में पुराने वादों को याद करते हुए अमेरिकी राष्ट्रपति के साथ द्विपक्षीय बैठक करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2026[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a count of years before a day keeps its year", reason: "review 3 s52: 'तीन साल पहले 15 अगस्त को' became this year's 15 August",
			text: "मोदी और पुतिन की तीन साल पहले 15 अगस्त को मुलाकात हुई थी।",
			want: []want{{timeline.BilateralMeeting, "2022[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'रद्', रद्द without its second द, calls a visit off", reason: "heldout50 07: 'भारत का दौरा रद् कर दिया है' drafted the cancelled visit as planned",
			text: "ब्रिटिश प्रधानमंत्री ने 26 जनवरी को होने वाला अपना भारत का दौरा रद् कर दिया है।",
			want: []want{{timeline.Visit, "2026-01-26[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a signal given on a day is attributed", reason: "s52 note: 'चीन ने सोमवार को संकेत दिया कि …' lost its source when the day stood between",
			text: "चीन ने सोमवार को संकेत दिया कि शी जिनपिंग 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "चीन ने सोमवार को संकेत दिया"}}},
		{name: "a claim made in a statement is attributed", reason: "s52 note: the claim's kin of 'ने … संकेत दिया'",
			text: "रूस ने एक बयान में दावा किया कि पुतिन 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "रूस ने एक बयान में दावा किया"}}},
		{name: "a claim rejected is no attribution", reason: "guard for the row above: 'दावे को खारिज किया' says nothing of the visit",
			text: "रूस ने सोमवार को भारत के दावे को खारिज किया। पुतिन 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a future verb with its ending's nasal doubled is a plan", reason: "s53 spelling battery: 'दोनों नेता 20 दिसंबर को मिलेंगें' drafted nothing",
			text: "मोदी और पुतिन 20 दिसंबर को मॉस्को में मिलेंगें।",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'जाऐंगे', ऐ for ए, is a journey to come", reason: "s53 spelling battery: 'जापान जाऐंगे' drafted nothing",
			text: "प्रधानमंत्री 20 दिसंबर को जापान जाऐंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'जायँगे', the older spelling, is a journey to come", reason: "s53 spelling battery",
			text: "प्रधानमंत्री 20 दिसंबर को जापान जायँगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "what a spokesman wrote on social media is attributed", reason: "s53 attribution battery: 'ने सोशल मीडिया पर लिखा कि' had no source",
			text: "पेस्कोव ने सोशल मीडिया पर लिखा कि पुतिन 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "पेस्कोव ने सोशल मीडिया पर लिखा"}}},
		{name: "a letter written is no attribution", reason: "guard for the row above",
			text: "मोदी ने पुतिन को पत्र लिखा। पुतिन 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "information shared is attributed whole", reason: "s53 attribution battery: 'व्हाइट हाउस ने जानकारी साझा की' was cut after जानकारी",
			text: "व्हाइट हाउस ने जानकारी साझा की कि ट्रंप 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "व्हाइट हाउस ने जानकारी साझा की"}}},
		{name: "what sources keep saying is attributed", reason: "s53 attribution battery: 'सूत्र बताते हैं कि' had no source",
			text: "सूत्र बताते हैं कि पुतिन 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, "सूत्र बताते हैं"}}},
		{name: "a leader's 'मैं … आऊंगा' is his visit", reason: "s53 battery: a visit told in the first person drafted nothing",
			text: "पुतिन ने कहा, \"मैं 20 दिसंबर को भारत आऊंगा।\"",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a leader's 'मैं … से मिलूंगा' is his meeting", reason: "s53 battery",
			text: "मोदी ने कहा, \"मैं 20 दिसंबर को पुतिन से मिलूंगा।\"",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "support received is no meeting", reason: "guard: मिला (got) is left out of the meeting verbs",
			text: "मोदी को 10 नवंबर को पुतिन से समर्थन मिला।",
			want: nil},
		{name: "a meeting 'से पहले' a day is before it", reason: "s53 date battery: '20 दिसंबर से पहले … मिलेंगे' was dated the 20th itself (heldout25 08's editor writes <2023-06 for 'जून से पहले')",
			text: "मोदी 20 दिसंबर से पहले पुतिन से मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "<2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a visit 'के बाद' a festival is after it", reason: "s53 date battery: 'दिवाली के बाद' dated the visit Diwali",
			text: "दिवाली के बाद पुतिन भारत आएंगे।",
			want: []want{{timeline.Visit, ">2026-11-08[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a month 'से पहले' is a bound too", reason: "s53 date battery",
			text: "पुतिन जून से पहले भारत आएंगे।",
			want: []want{{timeline.Visit, "<2026-06-01[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the day named after a bound is the event's", reason: "s53 date battery: 'स्वतंत्रता दिवस से पहले 13 अगस्त को' was dated the 15th",
			text: "स्वतंत्रता दिवस से पहले 13 अगस्त को मोदी पुतिन से मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2026-08-13[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a day counted back from a holiday takes the tense's year", reason: "s53 date battery: 'स्वतंत्रता दिवस से दो दिन पहले … मिलेंगे' was a meeting held in August 2025",
			text: "स्वतंत्रता दिवस से दो दिन पहले मोदी पुतिन से मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2026-08-13[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a day with 'को' before 'बाद' is the day", reason: "guard: '20 दिसंबर को बैठक के बाद' dates the meeting, no bound",
			text: "20 दिसंबर को बैठक के बाद दोनों नेता संयुक्त बयान जारी करेंगे।",
			want: []want{{timeline.Statement, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "the previous meeting is before the dateline", reason: "s53, wrong-date family A (heldout48 13: 'पिछली बैठक में' was dated the dateline's day)",
			text: "पिछली बैठक में दोनों नेताओं ने व्यापार पर चर्चा की थी।",
			want: []want{{timeline.BilateralMeeting, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "what was signed during the previous visit is before the dateline", reason: "s53, family A",
			text: "मोदी की पिछली यात्रा के दौरान दोनों देशों ने समझौतों पर हस्ताक्षर किए थे।",
			want: []want{{timeline.AgreementSigning, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "the previous meeting with a day keeps it", reason: "guard for the rows above",
			text: "दोनों नेताओं की पिछली मुलाकात 10 नवंबर को हुई थी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'इससे पहले' is no bound", reason: "guard: editors date 'इससे पहले … मुलाकात की' to the day of the visit it is told in (heldout32 14, heldout37 10)",
			text: "मोदी मंगलवार को कजान पहुंचे। इससे पहले उन्होंने पुतिन से मुलाकात की।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}, {timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a call for a summit a participle dates is not on the summit's day", reason: "s53, wrong-date family C (heldout41 06: '14 सितंबर को होने वाले समिट के लिए … फोन पर बात की' dated the call the summit's day)",
			text: "मोदी ने 14 सितंबर 2026 को होने वाले शिखर सम्मेलन के लिए पुतिन से फोन पर बात की।",
			want: []want{{timeline.Summit, "2026-09-14[Asia/Kolkata]", timeline.Announced, ""}, {timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a meeting during a summit a participle dates takes its days", reason: "guard for the row above: 'के दौरान' is during",
			text: "मोदी 14 सितंबर 2026 को होने वाले जी-20 शिखर सम्मेलन के दौरान पुतिन से मुलाकात करेंगे।",
			want: []want{{timeline.Summit, "2026-09-14[Asia/Kolkata]", timeline.Announced, ""}, {timeline.SidelineMeeting, "2026-09-14[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an N-day visit completed on a day ends on it", reason: "s53, wrong-date family G (heldout47 11: 'दो दिवसीय यात्रा के संपन्न होने के बाद बृहस्पतिवार' began on Thursday)",
			text: "प्रधानमंत्री मोदी अपनी दो दिवसीय यात्रा के संपन्न होने के बाद बृहस्पतिवार को स्वदेश लौट आए।",
			want: []want{{timeline.Visit, "2025-11-12/2025-11-13[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an N-day tour finished with 'समाप्त कर' ends on the day", reason: "s53, family G",
			text: "प्रधानमंत्री मोदी दो दिवसीय जापान दौरा समाप्त कर गुरुवार को दिल्ली लौटे।",
			want: []want{{timeline.Visit, "2025-11-12/2025-11-13[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit ended before setting off for another is not the next one's end", reason: "guard (heldout20 08: 'अमेरिकी राजकीय यात्रा समाप्त करने के बाद मिस्र के लिए रवाना हुए', Egypt's two days start that day)",
			text: "प्रधानमंत्री मोदी शनिवार को अपनी अमेरिकी यात्रा समाप्त करने के बाद मिस्र की दो दिवसीय यात्रा के लिए रवाना हुए।",
			want: []want{{timeline.Visit, "2025-11-15/2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a call N days after a summit told before is dated N days after it", reason: "s53 date battery: 'अलास्का शिखर सम्मेलन के तीन दिन बाद … फोन पर बात की' was dated the summit's day, 'during' it",
			text: "ट्रंप और पुतिन का अलास्का शिखर सम्मेलन 15 नवंबर को हुआ। अलास्का शिखर सम्मेलन के तीन दिन बाद मोदी ने पुतिन से फोन पर बात की।",
			want: []want{{timeline.Summit, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}, {timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a call after a summit with no count of days is its day", reason: "guard for the row above",
			text: "ट्रंप और पुतिन का अलास्का शिखर सम्मेलन 15 नवंबर को हुआ। अलास्का शिखर सम्मेलन के बाद मोदी ने पुतिन से फोन पर बात की।",
			want: []want{{timeline.Summit, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}, {timeline.PhoneCall, "2025-11-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a dinner together is no phone call", reason: "s53 kind battery: 'पुतिन के साथ भोज किया' in a report naming no gathering was a call, as talks in the 2020 lockdown are",
			text: "मोदी ने 10 नवंबर को पुतिन के साथ भोज किया।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'X से मिल सकते हैं' is a meeting that may be", reason: "s53, missed-event family M8 (heldout44 04: 'ट्रंप से मिल सकते हैं' drafted nothing, 'मिलेंगे' did)",
			text: "मोदी 20 दिसंबर को ट्रंप से मिल सकते हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "two who 'मिल सकते हैं' may meet", reason: "s53, family M8",
			text: "मोदी और ट्रंप 20 दिसंबर को मिल सकते हैं।",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "help that 'मिल सकती है' is received, no meeting", reason: "guard for the rows above",
			text: "भारत को 20 दिसंबर को रूस से मदद मिल सकती है।",
			want: nil},
		{name: "a joint communiqué issued is a statement", reason: "s53, missed-event family M8 (heldout36 10: 'संयुक्त विज्ञप्ति जारी की' drafted nothing)",
			text: "भारत और रूस ने 10 नवंबर को संयुक्त विज्ञप्ति जारी की।",
			want: []want{{timeline.Statement, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a ministry's release issued is a source, no event", reason: "guard for the row above",
			text: "विदेश मंत्रालय ने 10 नवंबर को विज्ञप्ति जारी की।",
			want: nil},
		{name: "an agreement reached is an agreement", reason: "s53, missed-event family M8 (heldout36 10: 'सऊदी अरब के साथ एक समझौते पर पहुंच गया है' drafted nothing)",
			text: "दोनों देश 10 नवंबर को एक समझौते पर पहुंचे।",
			want: []want{{timeline.AgreementSigning, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "an agreement not reached is none", reason: "guard for the row above",
			text: "दोनों देश अभी किसी समझौते पर नहीं पहुंचे हैं।",
			want: nil},
		{name: "arriving at a venue is no visit", reason: "s53, noise family N5 (heldout37 09: 'कजान एक्सपो सेंटर पहुंचने के बाद' drafted a second visit)",
			text: "पुतिन 10 नवंबर को कजान एक्सपो सेंटर पहुंचे।",
			want: nil},
		{name: "leaving for a venue of the talks is no visit", reason: "s53, family N5 (heldout37 15: 'हैदराबाद हाउस रवाना होंगे')",
			text: "प्रधानमंत्री 20 दिसंबर को हैदराबाद हाउस रवाना होंगे, जहां वह पुतिन से मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "arriving in a city is a visit", reason: "guard for the rows above",
			text: "पुतिन 10 नवंबर को कजान पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a visit in doubt is proposed, and keeps its coming year", reason: "s53 status battery: '… दौरे पर संशय बना हुआ है' was a visit held a year before",
			text: "मोदी के 20 दिसंबर के जापान दौरे पर संशय बना हुआ है।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "a visit in limbo is proposed", reason: "s53 status battery: '… दौरा अधर में लटक गया है' was held a year before",
			text: "मोदी का 20 दिसंबर का जापान दौरा अधर में लटक गया है।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "no doubt is no doubt", reason: "guard for the rows above",
			text: "इसमें कोई संदेह नहीं कि 10 नवंबर को हुई बैठक सफल रही।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'नहीं जा पाएंगे' calls a visit off", reason: "s53 status battery: 'जापान नहीं जा पाएंगे' (will not manage to go) drafted nothing",
			text: "मोदी 20 दिसंबर को जापान नहीं जा पाएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'नहीं जा पाएंगे' to a place of two words", reason: "final read s53: placeRightBefore now calls hasPlaceBefore, which reads 'तेल अवीव'",
			text: "मोदी 20 दिसंबर को तेल अवीव नहीं जा पाएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'जा पाएंगे या नहीं' is in doubt", reason: "s53 status battery",
			text: "मोदी 20 दिसंबर को जापान जा पाएंगे या नहीं, यह तय नहीं है।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "review s53: aircraft a country 'से मिल सकते हैं' are received", reason: "guard: 'पाकिस्तान को चीन से मिल सकते हैं विमान' was a meeting",
			text: "पाकिस्तान को 20 दिसंबर को चीन से मिल सकते हैं लड़ाकू विमान।",
			want: nil},
		{name: "review s53: an agreement sought is none reached", reason: "guard: 'समझौते पर पहुंचने की कोशिश' was an agreement signed at the dateline",
			text: "भारत और अमेरिका व्यापार समझौते पर पहुंचने की कोशिश कर रहे हैं।",
			want: nil},
		{name: "review s53: arriving at a hotel of a city named is a visit", reason: "guard: 'नई दिल्ली के आईटीसी मौर्य होटल पहुंचे' lost its visit to the venue rule",
			text: "रूसी राष्ट्रपति पुतिन 13 नवंबर को नई दिल्ली के आईटीसी मौर्य होटल पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-13[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review s53: a meeting to come after the previous one is no bound", reason: "guard: 'पिछली बैठक में हुए समझौतों पर … फिर मिलेंगे' was dated before the visit",
			text: "पुतिन 4 दिसंबर को भारत आएंगे। पिछली बैठक में हुए समझौतों पर आगे बढ़ने के लिए दोनों नेता फिर मिलेंगे।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}, {timeline.BilateralMeeting, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review s53: a letter written, then a comma, is no attribution", reason: "guard: 'पुतिन को पत्र लिखा,' became the visit's source",
			text: "मोदी ने पुतिन को पत्र लिखा, जिसके बाद पुतिन 20 दिसंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review s53: arrested on suspicion is no doubt over the meeting", reason: "guard for the doubt rule",
			text: "आतंकी होने के संदेह में गिरफ्तार व्यक्ति के परिजनों से मोदी ने 10 नवंबर को मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review s53: the first person going to no place named is no visit", reason: "guard: 'मैं जल्द ही आपके घर आऊंगा' was a visit",
			text: "मैं 20 दिसंबर को आपके घर आऊंगा, मोदी ने बच्चों से कहा।",
			want: nil},
		{name: "review 2 s53: doubt voiced over policies leaves the visit held", reason: "guard: 'चीन की नीतियों पर संदेह जताया' made a visit held proposed",
			text: "प्रधानमंत्री मोदी ने सोमवार को जापान का दौरा किया और चीन की नीतियों पर संदेह जताया।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 2 s53: talks in limbo told beside a call leave the call held", reason: "guard: 'अधर में लटकी शांति वार्ता के बीच … फोन पर बात की' made the call proposed",
			text: "अधर में लटकी शांति वार्ता के बीच पुतिन ने सोमवार को ट्रंप से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 2 s53: a leader's 'मैं भारत जरूर आऊंगा' is his visit", reason: "guard: an adverb between the place and the first-person verb lost the visit",
			text: "पुतिन ने कहा, \"मैं 20 दिसंबर को भारत जरूर आऊंगा।\"",
			want: []want{{timeline.Visit, "2025-12-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 2 s53: tourists who 'आ पाएंगे' make no visit", reason: "guard: 'पर्यटक भारत आ पाएंगे' and 'उड़ानें दिल्ली नहीं आ पाईं' were visits",
			text: "सरकार को उम्मीद है कि 20 दिसंबर को ज्यादा पर्यटक भारत आ पाएंगे।",
			want: nil},
		{name: "a recent meeting told in a dated call: before the call", reason: "heldout51 14, heldout42 11: \"सोमवार को … फोन पर बात की … हुई हालिया मुलाकात के बारे में जानकारी दी\" dated the Alaska meeting to the call's day",
			text: "पुतिन ने सोमवार को मोदी से फोन पर बात की और ट्रंप के साथ अलास्का में हुई हालिया मुलाकात के बारे में जानकारी दी।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "<2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'हाल ही में हुई बैठक' in a dated telling: before the telling", reason: "as above, the other spelling of recent",
			text: "विदेश मंत्री ने बुधवार को संसद को चीन के विदेश मंत्री वांग यी के साथ हाल ही में हुई बैठक की जानकारी दी।",
			want: []want{{timeline.BilateralMeeting, "<2025-11-12[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a recent meeting in the sentence after a call: before the call", reason: "as above, with no date in its own sentence",
			text: "जेलेंस्की ने मंगलवार को प्रधानमंत्री मोदी से फोन पर बात की। उन्होंने मोदी को ट्रंप के साथ हुई हालिया बैठक के बारे में बताया।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "guard: a recent meeting's own date stays", reason: "the date a participle takes is the meeting's: \"15 अगस्त को हुई हालिया बैठक\"",
			text: "अलास्का में 15 अगस्त को हुई हालिया बैठक में दोनों नेताओं ने युद्धविराम पर चर्चा की।",
			want: []want{{timeline.BilateralMeeting, "2025-08-15[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a guest's visit here told again after a dated meeting: one visit", reason: "heldout51 12: \"… दूसरी बार भारत दौरे पर आए हैं\" after the Tuesday meeting was a second visit",
			text: "मोदी ने सोमवार को कतर के अमीर का स्वागत किया। कतर के अमीर शेख तमीम 2 दिवसीय भारत दौरे पर आए हैं। वे मंगलवार को मोदी से मिलेंगे। कतर के अमीर शेख तमीम दूसरी बार भारत दौरे पर आए हैं।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "guard: another guest's visit here is its own", reason: "only the same named traveller makes a visit here told again",
			text: "मोदी ने सोमवार को कतर के अमीर का स्वागत किया। कतर के अमीर शेख तमीम 2 दिवसीय भारत दौरे पर आए हैं। वे मंगलवार को मोदी से मिलेंगे। जॉर्डन के शाह अब्दुल्ला भी भारत दौरे पर आए हैं।",
			want: []want{
				{timeline.Visit, "2025-11-17/2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a day of the summit a visit begun is for: not the visit's", reason: "heldout51 11: \"76वें गणतंत्र दिवस समारोह में … भाग लेने के लिए भारत आए हैं\", told the day before, drafted the visit on Republic Day, to come; \"26 जनवरी को …\" drafted it a year early",
			text: "मोदी 22 नवंबर को जी20 शिखर सम्मेलन में भाग लेने के लिए जोहानिसबर्ग पहुंचे हैं।",
			want: []want{
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "the summit's day, then the journey's: each its own", reason: "as above: the day a phrase of taking part takes is the summit's, the day after it the journey's",
			text: "मोदी 22 नवंबर को जी20 शिखर सम्मेलन में भाग लेने के लिए सोमवार को जोहानिसबर्ग पहुंचे।",
			want: []want{
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a summit 'होने वाले' on a day, the journey the day before", reason: "the summit took the journey's day",
			text: "मोदी 22 नवंबर को होने वाले जी20 शिखर सम्मेलन के लिए 21 नवंबर को जोहानिसबर्ग जाएंगे।",
			want: []want{
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "guard: a journey to come on the summit's day keeps it", reason: "only a journey told done has begun before the day its purpose takes",
			text: "मोदी 22 नवंबर को जी20 शिखर सम्मेलन में भाग लेने के लिए जोहानिसबर्ग जाएंगे।",
			want: []want{
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks with 'इन देशों के नेताओं': no one named, no draft", reason: "noise on heldout43, heldout41 and the corpus: talks with the leaders of a tour's countries, of the world, or of 24 and more, name no one an editor drafts",
			text: "प्रधानमंत्री 2 जुलाई से 9 जुलाई तक पांच देशों की यात्रा पर जाएंगे। इस दौरान वह इन देशों के नेताओं से मुलाकात करेंगे।",
			want: []want{{timeline.Visit, "2026-07-02/2026-07-09[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'दुनियाभर के 24 से ज्यादा नेताओं से': no draft", reason: "as above",
			text: "प्रधानमंत्री 19 मई को जापान जाएंगे। इस दौरान वह दुनियाभर के 24 से ज्यादा नेताओं से मुलाकात करेंगे।",
			want: []want{{timeline.Visit, "2026-05-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'विश्व नेताओं से मिलेंगे', 'प्रमुखों व प्रतिनिधियों से': no draft", reason: "as above, by the verb of meeting too",
			text: "प्रधानमंत्री 12 सितंबर को न्यूयॉर्क पहुंचेंगे। वहां वे वैश्विक संगठनों के प्रमुखों व प्रतिनिधियों से मिलेंगे और विश्व नेताओं से बातचीत करेंगे।",
			want: []want{{timeline.Visit, "2026-09-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "guard: one country's leaders are someone", reason: "\"जापान के नेताओं से\" names a side",
			text: "प्रधानमंत्री 19 मई को जापान जाएंगे। वहां वह जापान के नेताओं से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2026-05-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2026-05-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a tour of a city at home is no diplomatic visit", reason: "more of India's cities are places: \"उज्जैन के दौरे पर जाएंगे\" was drafted as a visit",
			text: "प्रधानमंत्री मोदी 20 नवंबर को उज्जैन के दौरे पर जाएंगे।",
			want: nil},
		{name: "'के लिए पूरा तैयार है': ready for it, to come", reason: "heldout51 07: the SCO virtual summit India was 'ready to host' that day had no status",
			text: "नई दिल्ली 20 नवंबर को जी20 शिखर सम्मेलन की मेजबानी के लिए पूरी तरह तैयार है।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "guard: 'तैयार है' of no purpose is no status of its own", reason: "only a readiness for what is named: \"स्थल तैयार है\" (the venue is ready) tells no status",
			text: "जी20 शिखर सम्मेलन का स्थल तैयार है।",
			want: []want{{timeline.Summit, "2025-11-18[Asia/Kolkata]", "", ""}}},
		{name: "review s54: a recent visit that frames a dated meeting keeps the day", reason: "toldRecent bounded the frame 'हालिया अमेरिका यात्रा के दौरान' before the day it holds",
			text: "मोदी ने 10 नवंबर को अपनी हालिया अमेरिका यात्रा के दौरान बाइडेन से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-10[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review s54: a recent meeting's own date with a place between stays", reason: "only a clause boundary, a join or an auxiliary makes the date the telling's",
			text: "दोनों देशों के विदेश मंत्रियों के बीच सोमवार को नई दिल्ली में हुई हालिया बैठक में व्यापार पर चर्चा हुई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review s54: a recent meeting's own date by the genitive stays", reason: "as above: '10 नवंबर की हालिया बैठक'",
			text: "10 नवंबर की हालिया बैठक में दोनों देशों के विदेश मंत्रियों ने व्यापार पर चर्चा की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'N दिनी' is 'N दिवसीय'", reason: "heldout43 13: 'छह दिनी दौरे पर जाएंगे' was a tour of one day",
			text: "विदेश मंत्री 20 नवंबर से जापान के तीन दिनी दौरे पर रहेंगे।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'पंहुचे', the anusvara misplaced, arrives all the same", reason: "heldout15 01: 'रविवार को दो दिवसीय यात्रा पर ईरान पंहुचे' drafted a visit with no status",
			text: "प्रधानमंत्री मोदी सोमवार को तीन दिवसीय यात्रा पर जापान पंहुचे।",
			want: []want{{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a way to get somewhere is no journey", reason: "heldout15 01: 'अफगानिस्तान तक पंहुचने का रास्ता मिलेगा' drafted a visit",
			text: "इस सड़क से भारत को मध्य एशिया तक पहुंचने का रास्ता मिलेगा।",
			want: nil},
		{name: "talks at a venue are met in person, though no gathering word is told", reason: "third review: 'आज हैदराबाद हाउस में … के साथ वार्ता की' became a call",
			text: "विदेश मंत्री ने आज हैदराबाद हाउस में अपने ब्रिटिश समकक्ष के साथ वार्ता की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks beside a call the text names stay talks", reason: "third review: a talk and a call by phone, both became calls",
			text: "विदेश मंत्री ने मंगलवार को इटली के विदेश मंत्री के साथ वार्ता की। बाद में उन्होंने स्पेन के विदेश मंत्री से फोन पर बात की।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks before a joint press conference were met in person", reason: "third review",
			text: "विदेश मंत्री ने आज अपने इतालवी समकक्ष के साथ विस्तृत बातचीत की और बाद में संयुक्त प्रेस वार्ता को संबोधित किया।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.PressConference, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "talks called off in a call's sentence stay talks", reason: "third review: the cancelled trade talks became a cancelled call",
			text: "इतालवी विदेश मंत्री ने मंगलवार को जयशंकर से बात की और अगले सप्ताह होने वाली व्यापार वार्ता रद्द करने पर खेद जताया।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-W48[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "reaching an airport or a venue abroad is an arrival", reason: "third review: 'पालम एयरपोर्ट पहुंचे', 'व्हाइट हाउस पहुंचे' drafted nothing",
			text: "फ्रांस के राष्ट्रपति मंगलवार सुबह नई दिल्ली के पालम एयरपोर्ट पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-18T05/2025-11-18T12[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a verb after a phone word ends its reach", reason: "third review: '… फोन पर … हालचाल पूछा और बुधवार को लंदन में … वार्ता होगी' made the London talks a call",
			text: "विदेश मंत्री ने फोन पर अपने इतालवी समकक्ष से हालचाल पूछा और बुधवार को रोम में दोनों देशों के व्यापार मंत्रियों के बीच वार्ता होगी।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a meeting of many by someone the summit does not name is another meeting", reason: "third review: 'इससे पहले विदेश मंत्री … एक बहुपक्षीय बैठक में शामिल होंगे' was merged into the summit",
			text: "प्रधानमंत्री मोदी 22 नवंबर को जी20 शिखर सम्मेलन में भाग लेंगे। इससे पहले विदेश मंत्री जयशंकर विकासशील देशों के विदेश मंत्रियों की एक बहुपक्षीय बैठक में शामिल होंगे।",
			want: []want{
				{timeline.Summit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.MultilateralMeeting, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "many visits and talks, counted by no one, are no event", reason: "heldout15 06: 'हाल के वर्षों में, कई उच्च-स्तरीय वार्ता और दौरे हुए हैं' drafted a visit this year",
			text: "पिछले कुछ वर्षों में दोनों देशों के बीच कई मंत्रिस्तरीय बैठकें और यात्राएं हुई हैं।",
			want: nil},
		{name: "both, named before, were in a country: a visit", reason: "heldout15 06: '… के राष्ट्रपति … और पीएम दोनों भारत में थे' drafted nothing",
			text: "2019 में जापान के प्रधानमंत्री और विदेश मंत्री दोनों भारत में थे।",
			want: []want{{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "visits of the same year the other way round are two", reason: "heldout15 06: the Vietnamese leaders' 2018 visit to India was merged into President Kovind's to Vietnam",
			text: "राष्ट्रपति कोविंद ने 2019 में जापान का दौरा किया था। 2019 में जापान के प्रधानमंत्री और विदेश मंत्री दोनों भारत में थे।",
			want: []want{
				{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit that did something took place", reason: "heldout15 06: '2016 में, पीएम मोदी की यात्रा ने … संबंधों को घोषित किया' was announced",
			text: "2019 में प्रधानमंत्री मोदी की जापान यात्रा ने दोनों देशों की साझेदारी को विशेष घोषित किया।",
			want: []want{{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'पहले दिन' is the first day of the span told before", reason: "heldout15 14: 'पहले दिन उनकी … अनौपचारिक बातचीत होगी' after '4 और 5 दिसंबर' took the 5th",
			text: "जापान के प्रधानमंत्री 8 और 9 दिसंबर को भारत में रहेंगे। पहले दिन उनकी प्रधानमंत्री मोदी के साथ अनौपचारिक बातचीत होगी।",
			want: []want{
				{timeline.Visit, "2025-12-08/2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-12-08[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "the leaders' summit talks are the annual summit the text names", reason: "heldout15 14: 'दोनों नेताओं के बीच औपचारिक शिखर वार्ता' and '23वें … एनुअल समिट' were two drafts",
			text: "जापान के प्रधानमंत्री 8 और 9 दिसंबर को भारत में रहेंगे। 9 दिसंबर को दोनों नेताओं के बीच औपचारिक शिखर वार्ता होगी। वह भारत-जापान वार्षिक शिखर सम्मेलन में भी भाग लेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-08/2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-12-09[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "someone who will be part of a group attends its meeting", reason: "last round's known miss: 'मोदी 5 दिसंबर को एससीओ में शामिल होंगे' was dropped",
			text: "विदेश मंत्री 5 दिसंबर को क्वाड में शामिल होंगे।",
			want: []want{{timeline.MultilateralMeeting, "2025-12-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a country that will be part of a group joins it", reason: "guard for the row above",
			text: "सऊदी अरब और मिस्र अगले साल ब्रिक्स में शामिल होंगे।",
			want: nil},
		{name: "how talks went tells them held", reason: "heldout15 07: 'लावरोव के साथ उनकी मुलाकात शानदार रही' was announced",
			text: "जयशंकर ने सोमवार को कहा कि जापानी समकक्ष के साथ उनकी मुलाकात बेहद सार्थक रही।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a participant named again in brackets, with an initial, speaks in his own words", reason: "heldout15 07: 'विदेश मंत्री एस जयशंकर (S. Jaishankar) ने … कहा' was drafted as the source",
			text: "विदेश मंत्री एस जयशंकर (S. Jaishankar) ने सोमवार को कहा कि रूसी समकक्ष सर्गेई लावरोव के साथ उनकी मुलाकात शानदार रही।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a spokesman named again in brackets stays the source", reason: "guard for the row above",
			text: "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल (Randhir Jaiswal) ने सोमवार को बताया कि जयशंकर ने लावरोव से मुलाकात की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल (Randhir Jaiswal) ने सोमवार को बताया"}}},
		{name: "a statement that comes travels nowhere", reason: "heldout15 05: 'यह बयान उस वक्त आ रहा है जब …' drafted a visit",
			text: "यह फैसला ऐसे समय में आ रहा है जब दोनों देशों के संबंध तनावपूर्ण हैं।",
			want: nil},
		{name: "an agreement reached is no place reached", reason: "heldout15 05: '… एक समझौते पर पहुंचने में विफल रहे हैं' drafted a visit",
			text: "सोमवार को दोनों देश व्यापार समझौते पर पहुंचने में विफल रहे।",
			want: nil},
		{name: "a call made for something is a phone call", reason: "fourth review: '… बधाई देने के लिए कॉल किया' drafted nothing",
			text: "प्रधानमंत्री मोदी ने सोमवार को जापान के प्रधानमंत्री को जीत की बधाई देने के लिए कॉल किया।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks an appeal is for are no talks", reason: "fourth review: 'शांति वार्ता के लिए यूक्रेन की कॉल को खारिज कर दिया' drafted talks held",
			text: "चीन ने मंगलवार को व्यापार वार्ता के लिए जापान की कॉल को ठुकरा दिया।",
			want: nil},
		{name: "talks between two leaders at a group's summit stay talks", reason: "fourth review: the G20 summit swallowed Modi and Ramaphosa's summit talks",
			text: "जी20 शिखर सम्मेलन 22 और 23 नवंबर को जोहान्सबर्ग में होगा। 22 नवंबर को प्रधानमंत्री मोदी और दक्षिण अफ्रीका के राष्ट्रपति के बीच शिखर वार्ता होगी।",
			want: []want{
				{timeline.Summit, "2025-11-22/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a visit 'announced' before its noun stays announced though it did something", reason: "fourth review: '… फरवरी में घोषित भारत यात्रा ने … हलचल बढ़ा दी है' became held",
			text: "राष्ट्रपति ट्रंप की अगले साल फरवरी में घोषित भारत यात्रा ने राजनीतिक हलचल बढ़ा दी है।",
			want: []want{{timeline.Visit, "2026-02[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "an office in an attribution is no one who stays", reason: "fourth review: 'राष्ट्रपति के अनुसार … चुनाव 15 दिसंबर को नेपाल में होंगे' drafted the President's visit",
			text: "राष्ट्रपति के अनुसार संसदीय चुनाव 15 दिसंबर को नेपाल में होंगे।",
			want: nil},
		{name: "'दोनों' of two summits is no one who stays", reason: "fourth review: '… शिखर सम्मेलन होंगे और दोनों जापान में होंगे' drafted a visit",
			text: "अगले साल क्वाड और जी7 के शिखर सम्मेलन होंगे और दोनों जापान में होंगे।",
			want: []want{{timeline.Summit, "2026[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a verb inside one call does not end the phone word's reach", reason: "fourth review: '… फोन पर … बधाई दी और दोनों नेताओं के बीच … वार्ता हुई' became a meeting",
			text: "प्रधानमंत्री मोदी ने मंगलवार को फोन पर जापानी प्रधानमंत्री को चुनाव में जीत की बधाई दी और दोनों नेताओं के बीच व्यापार पर वार्ता हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "'पहले दिन से' is from day one, no day", reason: "fourth review: 'फ्रांस पहले दिन से ही … समर्थन करता रहा है' pinned a meeting to the visit's first day",
			text: "जर्मन चांसलर 8 से 10 जनवरी तक भारत की यात्रा करेंगे। विदेश सचिव ने कहा कि जर्मनी पहले दिन से ही इस पहल का समर्थन करता रहा है और चांसलर मोदी से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2026-01-08/2026-01-10[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2026-01-08/2026-01-10[Asia/Kolkata]", timeline.Announced, "विदेश सचिव ने कहा"},
			}},
		{name: "the day after an arriving subject is the main event's", reason: "fourth review: '14 नवंबर को पेरिस पहुंचे … ने 16 नवंबर को … मुलाकात की' dated the meeting the 14th",
			text: "14 नवंबर को रोम पहुंचे विदेश मंत्री जयशंकर ने 16 नवंबर को इटली के विदेश मंत्री से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-14[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a delegation that arrived is someone", reason: "fourth review: '… कोलंबो पहुंचे उच्चस्तरीय प्रतिनिधिमंडल ने' drafted no visit",
			text: "रविवार को ढाका पहुंचे उच्चस्तरीय भारतीय प्रतिनिधिमंडल ने सोमवार को बांग्लादेश के विदेश मंत्री से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "leave to go somewhere is no journey", reason: "fourth review: '… बिना वीजा थाईलैंड जाने की अनुमति मिल गई है' drafted a visit",
			text: "इस समझौते से भारतीय छात्रों को बिना वीजा जापान जाने की अनुमति मिल गई है।",
			want: nil},
		{name: "a building reached within a visit told before is part of it", reason: "fourth review: '… वाशिंगटन पहुंचे। मंगलवार को वे व्हाइट हाउस पहुंचे' drafted two visits",
			text: "प्रधानमंत्री मोदी रविवार को टोक्यो पहुंचे। सोमवार को वे प्रधानमंत्री निवास पहुंचे, जहां जापानी प्रधानमंत्री ने उनका स्वागत किया।",
			want: []want{{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a building reached by others, or elsewhere, is another visit", reason: "fifth review: the German chancellor at the White House was merged into a British visit to India",
			text: "इतालवी प्रधानमंत्री सोमवार को नई दिल्ली पहुंचे। इस बीच, जर्मन चांसलर मंगलवार को वाशिंगटन में व्हाइट हाउस पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "one's own call of an appeal is no phone call", reason: "fifth review: '… के लिए अपनी कॉल की अनदेखी पर' drafted a call",
			text: "महासचिव ने सोमवार को संघर्षविराम के लिए अपनी कॉल की अनदेखी पर चिंता जताई।",
			want: nil},
		{name: "'पहले दिन' before a word that starts with से is the first day", reason: "fifth review: 'पहले दिन सेशेल्स के राष्ट्रपति से' read as from day one",
			text: "प्रधानमंत्री मोदी 4 और 5 दिसंबर को मॉरीशस में होंगे। पहले दिन सेशेल्स के राष्ट्रपति से भी उनकी मुलाकात होगी।",
			want: []want{
				{timeline.Visit, "2025-12-04/2025-12-05[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a leader who confirms attending a group's meeting attends it", reason: "fifth review: 'मोदी ने … बिम्सटेक में शामिल होने की पुष्टि कर दी है' drafted nothing",
			text: "विदेश मंत्रालय ने बताया कि मोदी ने अगले महीने क्वाड में शामिल होने की पुष्टि कर दी है।",
			want: []want{{timeline.MultilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Confirmed, "विदेश मंत्रालय ने बताया"}}},
		{name: "talks counted from a summit, with no talks told before, get no day of their own", reason: "fifth review: 'सम्मेलन के ठीक 3 दिन बाद … पुतिन से बात हुई' took the summit's day",
			text: "जी20 शिखर सम्मेलन 22 अक्टूबर को हुआ था। सम्मेलन के ठीक 3 दिन बाद प्रधानमंत्री मोदी की राष्ट्रपति पुतिन से बात हुई।",
			want: []want{
				{timeline.Summit, "2025-10-22[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a group of tourists who arrived is no one", reason: "fifth review: 'शिमला पहुंचे पर्यटकों के दल ने' drafted a visit",
			text: "सोमवार को गोवा पहुंचे पर्यटकों के दल ने होटल में हंगामा किया।",
			want: nil},
		{name: "the days of a visit done before are not the next one's", reason: "heldout16 12: \"फ्रांस के 2 दिन के दौरे के बाद … एक दिन के लिए यूएई पहुंचे\"",
			text: "फ्रांस के दो दिन के दौरे के बाद प्रधानमंत्री मोदी 17 नवंबर को एक दिन के लिए यूएई पहुंचे।",
			want: []want{
				{timeline.Visit, "2025-11-15/2025-11-16[Asia/Kolkata]", timeline.Held, ""}, // the leg done before, its two days up to the day before
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a visit's own days after a visit done before", reason: "heldout16 12, the other way",
			text: "फ्रांस के दौरे के बाद प्रधानमंत्री मोदी 17 नवंबर को तीन दिवसीय यात्रा पर यूएई पहुंचे।",
			want: []want{
				{timeline.Visit, "<2025-11-17[Asia/Kolkata]", timeline.Held, ""}, // the leg done before, of no days told
				{timeline.Visit, "2025-11-17/2025-11-19[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "two summits named in a list are two events", reason: "heldout16 13: \"21वें आसियान-भारत शिखर सम्मेलन और 19वें पूर्वी एशिया शिखर सम्मेलन में भाग लेंगे\"",
			text: "प्रधानमंत्री 20 नवंबर को 21वें आसियान-भारत शिखर सम्मेलन और 19वें पूर्वी एशिया शिखर सम्मेलन में भाग लेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "two summits in a list, then one of them told again: still two", reason: "heldout16 13, told again by its group",
			text: "मोदी 20 नवंबर को जी20 शिखर सम्मेलन और ब्रिक्स शिखर सम्मेलन में भाग लेंगे। ब्रिक्स शिखर सम्मेलन में आतंकवाद पर चर्चा होगी।",
			want: []want{
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a joint statement a leader speaks in is an event", reason: "heldout16 12: \"इसके बाद साझा बयान में पीएम मोदी ने कहा- … बेहतर हुए हैं\"",
			text: "दोनों नेताओं के बीच 17 नवंबर को द्विपक्षीय बैठक हुई। इसके बाद साझा बयान में प्रधानमंत्री ने कहा कि दोनों देशों के संबंध बेहतर हुए हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Statement, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a joint statement issued on a day is dated by it", reason: "heldout5 03: \"… जारी संयुक्त बयान में कहा गया\"",
			text: "दोनों देशों की ओर से 16 नवंबर को जारी संयुक्त बयान में कहा गया कि दोनों देश आतंकवाद के खिलाफ सहयोग बढ़ाएंगे।",
			want: []want{{timeline.Statement, "2025-11-16[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "plans reported before, after a visit put off again and again, are put off", reason: "heldout17 10: \"… की भारत यात्रा कई बार टल चुकी है। पहले जानकारी दी गई थी कि वो 20 अप्रैल तक … करेंगे। फिर बताया गया कि …\"",
			text: "राष्ट्रपति की भारत यात्रा कई बार टल चुकी है। पहले जानकारी दी गई थी कि वो 10 नवंबर तक भारत का दौरा करेंगे। फिर बताया गया कि वो 25 नवंबर को भारत आएंगे।",
			want: []want{
				{timeline.Visit, "2025-11-10[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "a plan reported before is dated nearest the report, not by its future tense", reason: "heldout17 10: '20 अप्रैल तक … करेंगे' on 24 April was read a year ahead",
			text: "पहले जानकारी दी गई थी कि राष्ट्रपति 10 नवंबर तक भारत का दौरा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a plan of the future told now keeps the year its tense points to", reason: "guard for reportedEarlier: no report before",
			text: "राष्ट्रपति 10 नवंबर को भारत का दौरा करेंगे।",
			want: []want{{timeline.Visit, "2026-11-10[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "what is said before going tells the going still to come", reason: "heldout17 10: 'नेपाल PM बोले- भारत जाने से पहले ‘होमवर्क’ जरूरी'",
			text: "नेपाल के प्रधानमंत्री बोले- भारत जाने से पहले तैयारी जरूरी",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "one who went to attend a gathering is on a visit", reason: "heldout17 02: 'श्रीलंका में चोगम सम्मेलन में हिस्सा लेने गए विदेश मंत्री सलमान खुर्शीद ने …'",
			text: "जापान में 17 नवंबर को शुरू हुए सम्मेलन में हिस्सा लेने गए विदेश मंत्री ने वहां भारतीय समुदाय को संबोधित किया।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "someone else's not coming negates no verb of the clause", reason: "heldout17 02: '… प्रधानमंत्री मनमोहन सिंह के कोलंबो न आ पाने पर अफसोस जताया'",
			text: "17 नवंबर को जापान पहुंचे विदेश मंत्री ने प्रधानमंत्री के टोक्यो न आ पाने पर अफसोस जताया।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "talks still to come of the sides of a coming visit are during it", reason: "heldout17 05: 'देउबा 23 अगस्त को पांच दिवसीय दौरे पर भारत आएंगे। … बताया कि देउबा की प्रधानमंत्री नरेंद्र मोदी से वार्ता होगी'",
			text: "नेपाल के प्रधानमंत्री शेर बहादुर देउबा 23 नवंबर को पांच दिवसीय दौरे पर भारत आएंगे। विदेश मंत्रालय ने सोमवार को एक बयान में नेपाल के प्रधानमंत्री के भारत दौरे की जानकारी दी। वह राष्ट्रपति द्रौपदी मुर्मू से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-23/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-23/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "talks of other countries after a coming visit are not during it", reason: "guard for tripAhead",
			text: "नेपाल के प्रधानमंत्री 23 नवंबर को पांच दिवसीय दौरे पर भारत आएंगे। जापान के विदेश मंत्री चीन के विदेश मंत्री से मुलाकात करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11-23/2025-11-27[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "a meeting at a summit is on the summit's day, not the arrival's", reason: "heldout17 13: 'रविवार … को ब्राजील के शहर पहुंचे मोदी ने शिखर सम्मेलन के मौके पर … नेताओं से मुलाकात की'",
			text: "जी20 शिखर सम्मेलन सोमवार को रियो में हुआ। रविवार को ब्राजील के शहर पहुंचे मोदी ने शिखर सम्मेलन के मौके पर इटली के प्रधानमंत्री से मुलाकात की।",
			want: []want{
				{timeline.Summit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-16[Asia/Kolkata]", timeline.Held, ""},
				{timeline.SidelineMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "'इस बात' is this matter, not talks; 'इस बात की जानकारी X ने सोमवार को दी' sources it", reason: "heldout17 11: '…, इस बात की जानकारी विदेश मंत्रालय ने शुक्रवार 18 अगस्त को दी है' drafted talks on the 18th, then sourced nothing: the day between ने and दी",
			text: "प्रधानमंत्री 20 नवंबर को जापान जाएंगे, इस बात की जानकारी विदेश मंत्रालय ने सोमवार को दी है।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "इस बात की जानकारी विदेश मंत्रालय ने सोमवार को दी है"}}},
		{name: "'लेकिन अब इसे स्थगित कर दिया गया है' puts off the plan before it", reason: "heldout18 06: the calling-off clause was longer than six words",
			text: "वह बुधवार को पाकिस्तान दौरे पर जाने वाले थे, लेकिन अब इसे स्थगित कर दिया गया है।",
			want: []want{{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a plan put off and the new one decided in the same breath", reason: "heldout18 06: '… वाले थे, लेकिन अब इसे स्थगित करते हुए उन्होंने रविवार-सोमवार को दौरे पर जाने का फैसला किया है'",
			text: "वह पहले बुधवार को पाकिस्तान दौरे पर जाने वाले थे, लेकिन अब इसे स्थगित करते हुए उन्होंने गुरुवार-शुक्रवार को दौरे पर जाने का फैसला किया है।",
			want: []want{
				{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11-20/2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "another visit also called off is another event, and what it was for goes with it", reason: "heldout18 07: 'इससे पहले … ब्रुसेल्स का दौरा भी रद्द कर दिया था, जहां पर उन्हें यूरोपीय संघ की बैठक में हिस्सा लेना था'",
			text: "प्रधानमंत्री ने 17 मार्च को होने वाला बांग्लादेश का दौरा रद्द कर दिया है। इससे पहले प्रधानमंत्री ने ब्रुसेल्स का दौरा भी रद्द कर दिया था, जहां पर उन्हें यूरोपीय संघ की बैठक में हिस्सा लेना था।",
			want: []want{
				{timeline.Visit, "2026-03-17[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "the plan a spokesman told last week, after the visit is put off, is the plan put off", reason: "heldout18 03: '… दौरे को अगले महीने तक के लिए टाल दिया है। … प्रवक्ता … ने पिछले सप्ताह कहा कि कैरी इस महीने के आखिरी सप्ताह में … दौरा करेंगे'",
			text: "अमेरिकी विदेश मंत्री ने अपना पाकिस्तान दौरा टाल दिया है। विदेश मंत्रालय के प्रवक्ता ने पिछले सप्ताह कहा कि वह 25 नवंबर को पाकिस्तान का दौरा करेंगे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Postponed, "विदेश मंत्रालय के प्रवक्ता ने पिछले सप्ताह कहा"},
			}},
		{name: "a plan a spokesman told last week, with nothing put off, stays announced", reason: "guard for offOften",
			text: "विदेश मंत्रालय के प्रवक्ता ने पिछले सप्ताह कहा कि अमेरिकी विदेश मंत्री 25 नवंबर को पाकिस्तान का दौरा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के प्रवक्ता ने पिछले सप्ताह कहा"}}},
		{name: "a century dates a building, not the event in it", reason: "heldout18 08: 'जेनेवा झील के ऊपर स्थित 18वीं सदी के स्विस विला में हो रही बैठक' was drafted in 1700-1799",
			text: "जिनेवा में 18वीं सदी के विला में दोनों राष्ट्रपतियों की बैठक हुई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a plan said today after a visit elsewhere is called off stays announced", reason: "review of 9e3d9de: 'बताया गया कि' tells today's news as often as an old plan",
			text: "प्रधानमंत्री मोदी ने अपनी जापान यात्रा रद्द कर दी है। विदेश मंत्रालय के बयान में बताया गया कि वह 5 दिसंबर को फ्रांस जाएंगे।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""},
				{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के बयान में बताया गया"},
			}},
		{name: "review: a meeting that does not happen is no event", reason: "review of 57310c1: 'बैठक नहीं होने से' is the event's own negation",
			text: "भारत और चीन के विदेश मंत्रियों की बैठक नहीं होने से सीमा पर तनाव बढ़ गया है।",
			want: nil},
		{name: "review: a demand to put a visit off does not put it off", reason: "review of 3790ef9: 'लेकिन अब इसे स्थगित करने की मांग उठने लगी है'",
			text: "पुतिन 4 दिसंबर को भारत आएंगे, लेकिन अब इसे स्थगित करने की मांग उठने लगी है।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a summit one arrived for is still to come", reason: "review of 57310c1: 'पहुंचे' the day before the summit begins",
			text: "ब्रिक्स शिखर सम्मेलन में भाग लेने के लिए मंगलवार को जोहान्सबर्ग पहुंचे प्रधानमंत्री मोदी ने भारतीय समुदाय को संबोधित किया।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review: the new plan's weekday is read forward, however far back the last one lies", reason: "review of 3790ef9",
			text: "विदेश मंत्री पहले गुरुवार को ढाका जाने वाले थे, लेकिन अब इसे स्थगित करते हुए उन्होंने रविवार को दौरे पर जाने का फैसला किया है।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: home's own meeting is not the coming visit's", reason: "review of dce3123",
			text: "जर्मन चांसलर 2 दिसंबर से तीन दिन की भारत यात्रा पर आएंगे। उधर, प्रधानमंत्री मोदी मुख्यमंत्रियों के साथ बैठक करेंगे।",
			want: []want{
				{timeline.Visit, "2025-12-02/2025-12-04[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-12-02[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: going before which something had been done is gone", reason: "review of 41030e8: a pluperfect tells the going done",
			text: "प्रधानमंत्री के रूस जाने से पहले अमेरिका ने भारत को चेतावनी दी थी।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: parties' joint statement is no statement of states", reason: "review of 836cd40",
			text: "कांग्रेस और समाजवादी पार्टी ने सोमवार को साझा बयान में कहा कि सरकार महंगाई रोकने में नाकाम रही है।",
			want: nil},
		{name: "review: the day of what a trip called off was for is the trip's", reason: "review of 3790ef9: 'जहां वह 20 नवंबर को … भाग लेने वाले थे'",
			text: "मोदी ने ढाका दौरा रद्द कर दिया, जहां वह 20 नवंबर को सार्क शिखर सम्मेलन में भाग लेने वाले थे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "review: the days of a visit ended before, its country between", reason: "review of 881ad05: 'तीन दिन की अमेरिका यात्रा समाप्त करने के बाद'",
			text: "तीन दिन की अमेरिका यात्रा समाप्त करने के बाद प्रधानमंत्री मोदी मंगलवार को मिस्र पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "visits listed by year: one each", reason: "heldout16 09: \"प्रधान मंत्री ने 2015, 2018 और 2019 में यूएई का दौरा किया\" is three visits",
			text: "प्रधानमंत्री ने 2015, 2018 और 2019 में जापान का दौरा किया।",
			want: []want{
				{timeline.Visit, "2015[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2018[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2019[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a span of years is one event", reason: "only a list splits",
			text: "प्रधानमंत्री ने 2015 से 2019 तक तीन बार जापान का दौरा किया।",
			want: []want{{timeline.Visit, "2015/2019[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "a list of days is one event's span", reason: "days listed are the days of one visit",
			text: "पुतिन 4 और 5 नवंबर को भारत आए।",
			want: []want{{timeline.Visit, "2025-11-04/2025-11-05[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "agreements signed by दस्तखत", reason: "heldout16 11: \"द्विपक्षीय करारों पर दस्तखत किए\"",
			text: "प्रधानमंत्री 17 नवंबर को जापान पहुंचे। दोनों नेताओं ने द्विपक्षीय करारों पर दस्तखत किए।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "an agreement that also came about", reason: "heldout16 12: \"… पर समझौता भी हुआ है\"",
			text: "प्रधानमंत्री 17 नवंबर को जापान पहुंचे। दौरे पर भारत और जापान के बीच व्यापार पर समझौता भी हुआ है।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "agreements agreed on: सहमति बनी", reason: "heldout9 08: \"कुल 9 समझौतों पर सहमति बनी है\"",
			text: "मोदी ने 17 नवंबर को जापान के प्रधानमंत्री से वीडियो कॉन्फ्रेंस पर बात की। दोनों देशों के बीच कुल 9 समझौतों पर सहमति बनी है।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.AgreementSigning, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "agreements a visit may conclude: को अंजाम", reason: "heldout11 03: \"अहम समझौतों को अंजाम दे सकते हैं\"",
			text: "प्रधानमंत्री 20 नवंबर को जापान जाएंगे। वह इस यात्रा के दौरान अहम समझौतों को अंजाम दे सकते हैं।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.AgreementSigning, "2025-11-20[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "a sentence of its own says who told it: 'ने यह कहा'", reason: "heldout18 06: \"पाकिस्तान के विदेश मंत्रालय ने यह कहा।\" after the visit's sentence",
			text: "प्रधानमंत्री 20 नवंबर को जापान जाएंगे। विदेश मंत्रालय ने यह कहा।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने यह कहा"}}},
		{name: "'ने यह कहा कि …' says something else", reason: "only a sentence that ends with the saying points back",
			text: "प्रधानमंत्री 20 नवंबर को जापान जाएंगे। विदेश मंत्रालय ने यह कहा कि संबंध अच्छे हैं।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "'इसकी सूचना दी' tells the sentence before", reason: "a source that gives notice of it",
			text: "प्रधानमंत्री 17 नवंबर को जापान पहुंचे। स्थानीय मीडिया ने इसकी सूचना दी।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, "स्थानीय मीडिया ने इसकी सूचना दी"}}},
		{name: "a statement that opens a quote at the sentence's start attributes the quote's sentences", reason: "heldout2 01 and heldout9 02: \"बयान में कहा गया है, \"… बातचीत करेंगी। वह … से भी मुलाकात करेंगी।\"\"",
			text: "बयान में कहा गया है, \"जापान के विदेश मंत्री के साथ मंत्री 20 नवंबर को बातचीत करेंगी। वह 21 नवंबर को जापान के प्रधानमंत्री से भी मुलाकात करेंगी।\"",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, "बयान में कहा गया है"},
				{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Announced, "बयान में कहा गया है"},
			}},
		{name: "a plan of the past whose date 'will be set again' is put off", reason: "heldout19 07: \"… शिखर सम्मेलन में भाग लेना था … इस समिट की तारीख को फिर पुनर्निर्धारित किया जाएगा\"",
			text: "प्रधानमंत्री को 20 नवंबर को भारत-यूरोपीय संघ शिखर सम्मेलन में भाग लेना था। इसलिए यह निर्णय लिया गया है कि इस शिखर सम्मेलन की तारीख को फिर पुनर्निर्धारित किया जाएगा।",
			want: []want{{timeline.Summit, "2025-11-20[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "a visit called off whose date is to be 'set again' is put off", reason: "heldout19 07: \"… यात्रा की तारीख फिर से निर्धारित करने का फैसला किया है\"",
			text: "प्रधानमंत्री की 20 नवंबर की जापान यात्रा रद्द कर दी गई है। दोनों देशों ने यात्रा की तारीख फिर से निर्धारित करने का फैसला किया है।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "the year a country was formed dates no visit to it", reason: "heldout19 12: \"वर्ष 1991 में पूर्व सोवियत गणराज्य से अलग होकर बने देश यूक्रेन की यह … पहली यात्रा होगी\" was a visit in 1991",
			text: "प्रधानमंत्री 20 नवंबर को यूक्रेन जाएंगे। वर्ष 1991 में सोवियत संघ से अलग होकर बने देश यूक्रेन की यह किसी भारतीय प्रधानमंत्री की पहली यात्रा होगी।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a former holder of the visitor's office made another visit", reason: "heldout19 03 and heldout18 01: \"पूर्व प्रधानमंत्री अटल बिहारी वाजपेई पहुंचे थे\" took Modi's visit's place",
			text: "प्रधानमंत्री नरेंद्र मोदी तेहरान पहुंच चुके हैं। 15 साल पहले यहां पूर्व प्रधानमंत्री अटल बिहारी वाजपेयी पहुंचे थे।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2010[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "a call that comes is no visit", reason: "heldout19 04: \"भारतीय समयानुसार यह फोन रात 11.30 बजे आएगा\" was drafted as a visit",
			text: "ट्रंप आज मोदी से फोन पर बात करेंगे। भारतीय समयानुसार यह फोन रात 11.30 बजे आएगा।",
			want: []want{{timeline.PhoneCall, "2025-11-18T23:30[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "talks held with someone named: 'के साथ … पर चर्चा करेंगे'", reason: "heldout19 05: \"राष्ट्रपति मैत्रीपाला सिरिसेना और … अधिकारियों के साथ कई मामलों पर चर्चा कर सकते है\"",
			text: "मोदी 20 नवंबर को जापान के प्रधानमंत्री के साथ व्यापार पर चर्चा करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "a discussion with no one is no event", reason: "only talks with someone named are",
			text: "सूत्रों के अनुसार 20 नवंबर को योजना पर चर्चा की जा रही है।",
			want: nil},
		{name: "a later leg of a tour takes the day of an event told in its country", reason: "heldout19 05: \"8-9 जून को … मालदीव और श्रीलंका के दौरे पर रहेंगे। 9 जून को श्रीलंका में …\"",
			text: "मोदी 20-21 नवंबर को दो दिवसीय मालदीव और श्रीलंका के दौरे पर रहेंगे। 21 नवंबर को श्रीलंका में मोदी राष्ट्रपति के साथ कई मामलों पर चर्चा कर सकते हैं।",
			want: []want{
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "a statement issued together: 'साथ में बयान जारी करेंगे'", reason: "heldout12 07: \"इसके बाद दोनों साथ में बयान जारी करेंगे\"",
			text: "मोदी और मर्केल 20 नवंबर को मुलाकात करेंगे। इसके बाद दोनों साथ में बयान जारी करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Statement, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: सूचना प्रौद्योगिकी is a topic, no source", reason: "सूचना is a say-word only in 'सूचना दी'",
			text: "प्रधानमंत्री ने 17 नवंबर को सूचना प्रौद्योगिकी पर जापान के प्रधानमंत्री से फोन पर बात की।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a body newly formed keeps the event's day", reason: "only a year dates the forming",
			text: "विदेश मंत्री 20 नवंबर को नव गठित संगठन की पहली बैठक में शामिल होंगे।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: years listed for another clause are not the event's", reason: "the years of the elections, not of the visit",
			text: "मोदी ने 2014, 2019 और 2024 में चुनाव जीता और 2024 में इटली का दौरा किया।",
			want: []want{{timeline.Visit, "2024[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review: a rescheduling with its new day told is rescheduled", reason: "only a rescheduling to no day told is put off",
			text: "प्रधानमंत्री की जापान यात्रा पुनर्निर्धारित कर दी गई है और अब यह यात्रा 5 दिसंबर को होगी।",
			want: []want{{timeline.Visit, "2025-12-05[Asia/Kolkata]", timeline.Rescheduled, ""}}},
		{name: "review: talks among home's own are no event", reason: "'चर्चा' is talks with a foreign side",
			text: "मोदी ने 17 नवंबर को गृह मंत्री अमित शाह के साथ सुरक्षा पर चर्चा की।",
			want: nil},
		{name: "review: a consensus that holds is no signing", reason: "'सहमति बनी हुई है'",
			text: "दोनों देशों के बीच 17 नवंबर को पुराने समझौतों पर सहमति बनी हुई है।",
			want: nil},
		{name: "review: an agreement seen through is no signing", reason: "'को अंजाम तक पहुंचाने'",
			text: "अधिकारी 20 नवंबर तक व्यापार समझौते को अंजाम तक पहुंचाने की कोशिश कर रहे हैं।",
			want: nil},
		{name: "review: a trailing source past a sentence of something else", reason: "only the sentence right before is the one it tells",
			text: "मोदी 20 नवंबर को जापान जाएंगे। दोनों देशों के संबंध बहुत मजबूत हैं। विपक्ष ने यह कहा।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a quote closed in its sentence carries its source no further", reason: "the next sentence is the report's own",
			text: "बयान में कहा गया है, \"दोनों देशों के संबंध मजबूत हैं।\" मोदी 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review: a tour leg is dated only by an event of its visitors", reason: "a meeting of others in the leg's country",
			text: "मोदी 20-23 नवंबर को फ्रांस और जर्मनी के दौरे पर रहेंगे। 20 नवंबर को जर्मनी में रूस और यूक्रेन के विदेश मंत्रियों की बैठक होगी।",
			want: []want{
				{timeline.Visit, "2025-11-20/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-20/2025-11-23[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review: 'इसके साथ में बयान' is no joint statement", reason: "a statement issued together needs its two sides",
			text: "इसके साथ में 20 नवंबर को बयान जारी किया गया।",
			want: nil},
		{name: "'कल' of a plan about to start, told in a clause of its own, is tomorrow", reason: "heldout11 10: '… दौरे को रद्द कर दिया है, जो कल से शुरू होने वाला था' was dated yesterday",
			text: "राष्ट्रपति ने अपने जापान दौरे को रद्द कर दिया है, जो कल से शुरू होने वाला था।",
			want: []want{{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "'कल' of a plan told done is yesterday", reason: "guard for the above: the date's own verb is no plan",
			text: "राष्ट्रपति ने अपने जापान दौरे को रद्द कर दिया है, जो कल शुरू हुआ था।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "a virtual conference of no two countries stays a meeting of many", reason: "review of aef0695",
			text: "मोदी ने 17 नवंबर को वॉयस ऑफ ग्लोबल साउथ के तीसरे वर्चुअल सम्मेलन की मेजबानी की।",
			want: []want{{timeline.MultilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "hunt: a spokesman named after his ministry keeps the ministry's first word", reason: "bug hunt: 'विदेश मंत्रालय के प्रवक्ता गोपाल बागले ने कहा' was cut to 'मंत्रालय के …'",
			text: "विदेश मंत्रालय के प्रवक्ता रवीश कुमार ने बताया कि प्रधानमंत्री 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के प्रवक्ता रवीश कुमार ने बताया"}}},
		{name: "hunt: a ministry's spokesman with rank and name is one source", reason: "guard: the office runs back through 'के' to the ministry's name",
			text: "रक्षा मंत्रालय के प्रवक्ता कर्नल अमन आनंद ने बताया कि रक्षा मंत्री 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "रक्षा मंत्रालय के प्रवक्ता कर्नल अमन आनंद ने बताया"}}},
		{name: "hunt: a hyphen inside an office does not end the source", reason: "bug hunt: 'प्रेस को-ऑर्डिनेटर … ने बताया' was cut to 'ऑर्डिनेटर …'",
			text: "मीडिया को-ऑर्डिनेटर अनिल परेरा ने बताया कि प्रधानमंत्री 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "मीडिया को-ऑर्डिनेटर अनिल परेरा ने बताया"}}},
		{name: "hunt: words of time before the office stay out of the source", reason: "guard: only an office's own words are taken back",
			text: "कल शाम दिल्ली में विदेश मंत्री सुब्रह्मण्यम जयशंकर ने बताया कि प्रधानमंत्री 20 नवंबर को जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "विदेश मंत्री सुब्रह्मण्यम जयशंकर ने बताया"}}},
		{name: "hunt: talks agreed on in a call are a plan, not held", reason: "bug hunt: '… फोन किया और दोनों … इतर एक-दूसरे से मिलने के लिए सहमत हो गये' drafted the meeting of next week held",
			text: "जापान के प्रधानमंत्री ने कल प्रधानमंत्री मोदी को फोन किया और दोनों नेता अगले सप्ताह जी20 शिखर सम्मेलन से इतर मिलने के लिए सहमत हो गए।",
			want: []want{
				{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Summit, "2025-W48[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.SidelineMeeting, "2025-W48[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "hunt: undated talks agreed on are to come", reason: "bug hunt: '… दोनों देश एक व्यापक द्विपक्षीय वार्ता के लिए सहमत हो गए हैं' was talks held on the dateline",
			text: "दोनों देश एक व्यापक द्विपक्षीय वार्ता के लिए सहमत हो गए हैं।",
			want: []want{{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt: a meeting told done keeps held though its inferred date is after the report", reason: "guard: heldout3 02, 'सार्क सम्मेलन से पहले … मुलाकात की' is dated by the conference to come; the tense is surer than the inference. Since session 50 the day is the dateline's (doneBefore): a meeting told as done is not on the days of a conference still to come",
			text: "सम्मेलन 20 नवंबर से शुरू होगा। सम्मेलन से पहले विदेश सचिव ने काठमांडू में नेपाल के प्रधानमंत्री से मुलाकात की।",
			want: []want{
				{timeline.MultilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "hunt: a future only expected, 'उम्मीद की जा रही है कि', is proposed", reason: "bug hunt: 'उम्मीद की जा रही है कि प्रधानमंत्री … अमेरिका की छह दिन की यात्रा करेंगे' was announced",
			text: "उम्मीद की जा रही है कि प्रधानमंत्री 25 नवंबर से अमेरिका की पांच दिन की यात्रा करेंगे।",
			want: []want{{timeline.Visit, "2025-11-25/2025-11-29[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "hunt: 'संभावना है कि' and 'अटकलें हैं कि' make the plan proposed", reason: "the same frame, with a noun of expectation and है",
			text: "अटकलें हैं कि पुतिन 25 नवंबर को भारत आएंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "hunt: a hope about a plan told before leaves the plan announced", reason: "guard: 'उम्मीद है कि इस यात्रा से …' is of the trip's outcome, in another sentence",
			text: "प्रधानमंत्री 25 नवंबर को अमेरिका जाएंगे। उम्मीद है कि इस यात्रा से संबंध मजबूत होंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt: 'बताया जा रहा है कि' is a telling, not an expectation", reason: "guard: an unnamed source, announced",
			text: "बताया जा रहा है कि प्रधानमंत्री 25 नवंबर को अमेरिका जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt: 'संभावना जताई जा रही है कि' makes the plan proposed", reason: "the frame with a verb of voicing between the noun and जा रही है",
			text: "संभावना जताई जा रही है कि दोनों नेता 25 नवंबर को मुलाकात करेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "hunt: a meeting whose chance is ruled out is no event", reason: "bug hunt: '… किसी निर्धारित द्विपक्षीय बैठक की संभावना को खारिज किया' was a proposed meeting",
			text: "भारत ने मंगलवार को पाकिस्तान के प्रधानमंत्री के साथ किसी द्विपक्षीय बैठक की संभावना को खारिज किया।",
			want: nil},
		{name: "hunt: a meeting whose reports are denied is no event", reason: "bug hunt: '… से मुलाकात की खबरों को खारिज कर दिया' was a meeting held",
			text: "विदेश मंत्रालय ने मोदी और शरीफ की मुलाकात की अटकलों का खंडन किया है।",
			want: nil},
		{name: "hunt: a meeting's chance, not denied, is a proposed meeting", reason: "guard: 'की संभावना है' alone",
			text: "दोनों नेताओं की 25 नवंबर को मुलाकात की संभावना है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "heldout35: a date set off before the source dates the telling", reason: "heldout35 14: '21 अक्टूबर को, एक व्हाइट हाउस अधिकारी ने पुष्टि की कि … शिखर सम्मेलन की योजनाओं को रोक दिया गया है' dated the summit 21 October and read it confirmed",
			text: "17 नवंबर को, एक अधिकारी ने पुष्टि की कि ट्रंप और पुतिन के बीच बुडापेस्ट में शिखर सम्मेलन की योजनाओं को रोक दिया गया है।",
			want: []want{{timeline.Summit, "2025-11[Asia/Kolkata]", timeline.Postponed, "एक अधिकारी ने पुष्टि की"}}},
		{name: "heldout35: the full title 'विदेश मामलों के मंत्री' is the foreign minister", reason: "heldout35 07: '… फ्रांस के विदेश मामलों के मंत्री जीन यवेस लेड्रियन भारत की चार दिवसीय यात्रा पर आए हैं' drafted no visit",
			text: "फ्रांस के विदेश मामलों के मंत्री जीन यवेस लेड्रियन भारत की चार दिवसीय यात्रा पर आए हैं।",
			want: []want{{timeline.Visit, "2025-11-18/2025-11-21[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout35: a count of meetings to come over days told is one meeting a day", reason: "heldout35 01: '… मोदी और … ओबामा के बीच 29 और 30 सितंबर को दो बार मुलाकात होगी' was read as a count and drafted nothing",
			text: "प्रधानमंत्री मोदी और राष्ट्रपति ओबामा के बीच 29 और 30 नवंबर को दो बार मुलाकात होगी।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-29[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout35: a count of meetings done is still no meeting", reason: "guard: 'दो बार मुलाकात कर चुके हैं' counts the past",
			text: "दोनों नेता 17 नवंबर से पहले दो बार मुलाकात कर चुके हैं।",
			want: nil},
		{name: "heldout35: the first since then is the news told again", reason: "heldout35 10: '2011 में … IGC की शुरुआत हुई थी। इसके बाद पहली बार कोई जर्मन चांसलर भारत आया है' drafted a visit of 2011",
			text: "जर्मन चांसलर 17 नवंबर को भारत आए। 2011 में दोनों देशों के बीच परामर्श की शुरुआत हुई थी। इसके बाद पहली बार कोई जर्मन चांसलर भारत आया है।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout35: the first since then, with a date of its own, is its own event", reason: "guard: 'इसके बाद पहली बार … 25 नवंबर को मिलेंगे' is dated by its own day",
			text: "2019 में दोनों नेताओं की मुलाकात हुई थी। इसके बाद पहली बार दोनों नेता 25 नवंबर को मिलेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2019[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout35: a date of what happened before the event is not its date", reason: "heldout35 04: 'अप्रैल में ईस्टर के मौके पर हुए विस्फोटों के बाद पीएम मोदी श्रीलंका की यात्रा करने वाले … पहले नेता हैं' dated the visit Easter day",
			text: "प्रधानमंत्री मोदी 17 नवंबर को श्रीलंका पहुंचे। अप्रैल में हुए विस्फोटों के बाद मोदी श्रीलंका की यात्रा करने वाले पहले नेता हैं।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout35: the first to make a visit to come is announced", reason: "the copula's future: 'यात्रा करने वाले पहले प्रधानमंत्री होंगे'",
			text: "मोदी 25 नवंबर को मंगोलिया की यात्रा करने वाले पहले भारतीय प्रधानमंत्री होंगे।",
			want: []want{{timeline.Visit, "2025-11-25[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout35: the first to have made a visit is held", reason: "heldout35 04: '… यात्रा करने वाले … पहले नेता हैं' was announced from वाले",
			text: "मोदी 17 नवंबर को मंगोलिया की यात्रा करने वाले पहले भारतीय प्रधानमंत्री हैं।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout35: the first to come on a visit is held", reason: "the same, with 'दौरे पर आने वाले'",
			text: "वह 17 नवंबर को भारत दौरे पर आने वाले पहले चिली के राष्ट्रपति हैं।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "hunt: a trip to a summit's city is a visit to its country", reason: "bug hunt: 'प्रधानमंत्री 28 जून को ओसाका जा रहे हैं' drafted nothing: ओसाका was no place",
			text: "प्रधानमंत्री मोदी 28 नवंबर को ओसाका जा रहे हैं।",
			want: []want{{timeline.Visit, "2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt: days told each with whom, after a visit's frame: one meeting a day", reason: "bug hunt: 'इस यात्रा के दौरान वह 1 अप्रैल को … जयशंकर और 2 अप्रैल को … मोदी और … नायडू से मुलाकात करेंगे' lost the first day's meeting to the frame",
			text: "इस यात्रा के दौरान वह 20 नवंबर को रक्षा मंत्री राजनाथ सिंह और 21 नवंबर को प्रधानमंत्री नरेंद्र मोदी और राष्ट्रपति द्रौपदी मुर्मू से मुलाकात करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-21[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "hunt: a frame with a date and no one named is no meeting of its own", reason: "guard, heldout30 10: 'अपनी यात्रा के दौरान, 2022 में पहली बार, पीएम मोदी … बातचीत करेंगे' dated the talks 2022",
			text: "अपनी यात्रा के दौरान, 2025 में पहली बार, मोदी 20 नवंबर को जर्मन चांसलर के साथ बातचीत करेंगे।",
			want: []want{
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}, // the trip the frame tells, to come
				{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "hunt: a statement told in the passive, the sentence after, sources the visit", reason: "bug hunt: '… 14 जून से आइवरी कोस्ट के दो दिवसीय दौरा करेंगे। … विदेश मंत्रालय की ओर से जारी एक बयान में कल यह बात बताई गई है' lost its source",
			text: "उपराष्ट्रपति 20 नवंबर से घाना के तीन दिवसीय दौरे पर जाएंगे। विदेश मंत्रालय की ओर से जारी एक बयान में आज यह बात बताई गई है।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय की ओर से जारी एक बयान में आज यह बात बताई गई है"}}},
		{name: "hunt: a statement in the passive that says something else sources nothing before", reason: "guard: 'बयान में कहा गया है कि …' tells its own news",
			text: "मोदी 20 नवंबर को घाना जाएंगे। बयान में कहा गया है कि दोनों देश संबंध मजबूत करेंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt: a statement's words between 'बयान में' and 'बताई गई' keep it a source", reason: "the passive with when and what between: 'बयान में आज यह बात बताई गई है'",
			text: "उपराष्ट्रपति 20 नवंबर से घाना के तीन दिवसीय दौरे पर जाएंगे। विदेश मंत्रालय के एक बयान में आज यह बात बताई गई है।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय के एक बयान में आज यह बात बताई गई है"}}},
		{name: "hunt: a source after a sentence that tells the event again sources it", reason: "bug hunt: '… 23 अगस्त को पांच दिवसीय दौरे पर भारत आएंगे। … यह उनका पहला विदेश दौरा है। विदेश मंत्रालय ने … यह जानकारी दी' lost the source",
			text: "भूटान के प्रधानमंत्री 20 नवंबर को तीन दिवसीय दौरे पर भारत आएंगे। पद संभालने के बाद यह उनका पहला विदेश दौरा है। विदेश मंत्रालय ने सोमवार को एक बयान में यह जानकारी दी।",
			want: []want{{timeline.Visit, "2025-11-20/2025-11-22[Asia/Kolkata]", timeline.Announced, "विदेश मंत्रालय ने सोमवार को एक बयान में यह जानकारी दी"}}},
		{name: "hunt: the offices of two countries who meet each other", reason: "bug hunt: 'भारत-पाक के विदेश सचिवों की मुलाकात …', '… के विदेश सचिव … मिलेंगे' drafted nothing without a से",
			text: "भारत और पाकिस्तान के विदेश सचिव 20 नवंबर को दिल्ली में मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt: the offices of two countries who get something meet no one", reason: "guard: 'सचिवों को पुरस्कार मिले' is getting",
			text: "भारत और पाकिस्तान के विदेश सचिवों को 20 नवंबर को पुरस्कार मिले।",
			want: nil},
		{name: "heldout35: a summit one will not attend in person goes on", reason: "heldout35 15: '… मोदी 47वें आसियान शिखर सम्मेलन में कुआलालंपुर में व्यक्तिगत रूप से शामिल नहीं हो पाएंगे। वे इस सम्मेलन में ऑनलाइन ही भाग लेंगे' drafted the summit only later, and 'इस सम्मेलन' as a meeting of its own",
			text: "मलेशिया के प्रधानमंत्री ने बुधवार को जानकारी दी कि मोदी आसियान शिखर सम्मेलन में व्यक्तिगत रूप से शामिल नहीं हो पाएंगे। वे इस सम्मेलन में ऑनलाइन ही भाग लेंगे। यह शिखर सम्मेलन 26 से 28 नवंबर तक कुआलालंपुर में आयोजित होगा।",
			want: []want{{timeline.Summit, "2025-11-26/2025-11-28[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout35: a wish to meet is a proposed meeting", reason: "heldout35 06: 'वहां चीन के रक्षा मंत्री वेई फेंग ने राजनाथ सिंह से मिलने की इच्छा जताई है' was a meeting held",
			text: "चीन के रक्षा मंत्री ने राजनाथ सिंह से मिलने की इच्छा जताई है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""}}}, // the day inferred, marked so
		{name: "heldout35: a visit of a week, in its fifth day, began four days before", reason: "heldout35 03: '… ट्रूडो एक हफ्ते के लिए भारत दौरे पर हैं। बुधवार को अपने दौरे के पांचवें दिन …' dated the visit Wednesday alone",
			text: "कनाडा के प्रधानमंत्री एक हफ्ते के लिए भारत दौरे पर हैं। मंगलवार को अपने दौरे के पांचवें दिन वह अमृतसर पहुंचे।",
			want: []want{{timeline.Visit, "2025-11-14/2025-11-20[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "hunt 2: what comes of a signing is a clause of its own", reason: "bug hunt 2: 'भारत और कतर के बीच कई समझौता ज्ञापनों पर हस्ताक्षर हुए हैं और इससे दोनों देशों के रिश्ते मजबूत होंगे' was a signing to come",
			text: "जापान और वियतनाम के बीच कई समझौतों पर हस्ताक्षर हुए हैं और इससे दोनों देशों का व्यापार बढ़ेगा।",
			want: []want{{timeline.AgreementSigning, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}}, // by the dateline, inferred
		{name: "hunt 2: a programme to come to a place is a visit", reason: "bug hunt 2: '… मैक्रों के यहां शनिवार को आने का कार्यक्रम है' drafted no visit; 'की योजना' did",
			text: "कनाडाई प्रधानमंत्री जस्टिन ट्रूडो का 22 नवंबर को भारत आने का कार्यक्रम है।",
			want: []want{{timeline.Visit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt 2: a programme to come here, its day told between", reason: "the place word may stand before the day: 'यहां 22 नवंबर को आने का कार्यक्रम'",
			text: "फ्रांस के राष्ट्रपति मैक्रों के यहां 22 नवंबर को आने का कार्यक्रम है।",
			want: []want{{timeline.Visit, "2025-11-22[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "hunt 2: talks after which one said something else are their own event", reason: "guard, heldout15 03: 'वांग ने … बातचीत के बाद … बताया कि … मोदी … आ रहे हैं' (the visit's source, the minister, is not yet read: a known gap)",
			text: "चीनी विदेश मंत्री ने 17 नवंबर को जयशंकर के साथ बातचीत के बाद कहा कि मोदी 20 नवंबर को चीन आएंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "hunt 2: talks confirmed as done are held", reason: "bug hunt 2: '… अपने समकक्ष से बातचीत की पुष्टि करते हुए कहा कि आज सुबह उनके साथ … चर्चा हुई' was confirmed, as a plan is",
			text: "ब्रिटिश प्रधानमंत्री ने 17 नवंबर को अपने जापानी समकक्ष से फोन पर बातचीत की पुष्टि करते हुए कहा कि आज सुबह उनके साथ व्यापार पर चर्चा हुई।",
			want: []want{{timeline.PhoneCall, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "hunt 2: a plan confirmed stays confirmed", reason: "guard: 'पुष्टि की कि … बैठक 25 नवंबर को होगी'",
			text: "विदेश मंत्रालय ने पुष्टि की कि मोदी और पुतिन की बैठक 25 नवंबर को होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-25[Asia/Kolkata]", timeline.Confirmed, "विदेश मंत्रालय ने पुष्टि की"}}},
		{name: "hunt 2: a clause of aim after the main one tells nothing of the talks' time", reason: "bug hunt 2: 'वार्ता के बाद, पुतिन और शी जिनपिंग ने … पर हस्ताक्षर किए, जिसका उद्देश्य … मजबूत करना है' drafted the talks to come",
			text: "वार्ता के बाद, जापान के प्रधानमंत्री और फिलीपींस के राष्ट्रपति ने एक संयुक्त वक्तव्य पर हस्ताक्षर किए, जिसका उद्देश्य रक्षा सहयोग को मजबूत करना है।",
			want: []want{ // both by the dateline, inferred
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Statement, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review 25: a visit confirmed on a day before the report stays confirmed", reason: "review 25: the verb of confirming ('पुष्टि की') made '… यात्रा की पुष्टि की, जो अगले महीने होगी' held",
			text: "विदेश मंत्रालय ने 17 नवंबर को प्रधानमंत्री मोदी की अमेरिका यात्रा की पुष्टि की, जो अगले महीने होगी।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Confirmed, ""}}},
		{name: "review 25: a meeting confirmed, said to come, stays confirmed", reason: "review 25: 'क्रेमलिन ने सोमवार को … बैठक की पुष्टि की और कहा कि यह बुडापेस्ट में होगी' was held",
			text: "क्रेमलिन ने सोमवार को पुतिन और ट्रंप की बैठक की पुष्टि की और कहा कि यह बुडापेस्ट में होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Confirmed, ""}}},
		{name: "review 25: a visit about to be made is no first visit made", reason: "review 25: 'ट्रंप अगले महीने भारत की यात्रा करने वाले हैं और इससे पहले वे जापान में हैं' was held from the later 'पहले … हैं'",
			text: "ट्रंप अगले महीने भारत की यात्रा करने वाले हैं और इससे पहले वे जापान में हैं।",
			want: []want{{timeline.Visit, "2025-12[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 25: the first to make a visit on a day after the report is to make it", reason: "review 25: 'मोदी 4 दिसंबर को … यात्रा करने वाले पहले भारतीय प्रधानमंत्री हैं' was held on a day to come",
			text: "मोदी 4 दिसंबर को इज़राइल की यात्रा करने वाले पहले भारतीय प्रधानमंत्री हैं।",
			want: []want{{timeline.Visit, "2025-12-04[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 25: an undated visit about to be made is no first visit made", reason: "review 25: the same, with no date to tell it to come",
			text: "ट्रंप भारत की यात्रा करने वाले हैं और इससे पहले वे जापान में हैं।",
			want: []want{{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 25: 'सोची गई' is thought, not Sochi", reason: "review 25: 'यह मुलाकात पहले से सोची गई थी' drafted a visit once सोची was a city",
			text: "प्रधानमंत्री मोदी ने 10 नवंबर को राष्ट्रपति पुतिन से मुलाकात की। यह मुलाकात पहले से सोची गई थी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-10[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 25: a wish, then the meeting told held, is held", reason: "review 25: 'पुतिन ने मोदी से मिलने की इच्छा जताई थी और सोमवार को दोनों की मुलाकात हुई' was proposed",
			text: "पुतिन ने मोदी से मिलने की इच्छा जताई थी और सोमवार को दोनों की मुलाकात हुई।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 25: talks done after a programme of a day keep that day", reason: "review 25: '17 नवंबर को दिल्ली में हुए एक कार्यक्रम के बाद … वार्ता की' lost the day",
			text: "17 नवंबर को दिल्ली में हुए एक कार्यक्रम के बाद प्रधानमंत्री मोदी और राष्ट्रपति पुतिन ने वार्ता की।",
			want: []want{{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "review 25: offices of a hyphened pair meet each other", reason: "the hyphen branch of the pair: 'भारत-पाकिस्तान के विदेश सचिव … मिलेंगे'",
			text: "भारत-पाकिस्तान के विदेश सचिव 20 नवंबर को दिल्ली में मिलेंगे।",
			want: []want{{timeline.BilateralMeeting, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review 26: a wish, and a meeting before told after, stays proposed", reason: "review 26: '… इच्छा जताई और कहा कि पिछली मुलाकात अच्छी रही' was held",
			text: "पुतिन ने मोदी से मिलने की इच्छा जताई और कहा कि पिछली मुलाकात अच्छी रही।",
			want: []want{{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""}}}, // the day inferred, marked so
		{name: "review 26: a month of what happened before a visit made is not the visit's", reason: "review 26: 'अप्रैल में हुए विस्फोटों के बाद … श्रीलंका की यात्रा की' was dated April",
			text: "अप्रैल में हुए विस्फोटों के बाद प्रधानमंत्री मोदी ने श्रीलंका की यात्रा की।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}}, // by the dateline, inferred
		{name: "heldout36: a festival naming an attack is not the visit's day", reason: "heldout36 05: a headline 'श्रीलंका पहुंचे पीएम मोदी, ईस्टर बम ब्लास्ट के पीड़ितों को …' dated the arrival Easter day, to come",
			text: "प्रधानमंत्री मोदी कोलंबो पहुंचे, ईस्टर हमलों के पीड़ितों को श्रद्धांजलि दी।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}}, // by the dateline, inferred
		{name: "heldout36: a date naming an attack is the attack's", reason: "the same with a day and month: '26 नवंबर आतंकी हमले की बरसी पर'",
			text: "प्रधानमंत्री मोदी ने 10 नवंबर आतंकी हमले के बाद जापान की यात्रा की।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout36: a festival with a postposition still dates", reason: "guard: 'ईस्टर पर … पहुंचेंगे' is Easter day",
			text: "पोप ईस्टर पर भारत पहुंचेंगे।",
			want: []want{{timeline.Visit, "2026-04-05[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout36: a trip called off on a day is dated by the time its noun is placed in", reason: "heldout36 07: '… ने मंगलवार को इस महीने के आखिर में भारत की अपनी यात्रा रद्द कर दी' dated the trip the Tuesday it was called off; the end of the month is the month (see 'a part of a month that tells no days is the month')",
			text: "ब्रिटेन के प्रधानमंत्री ने मंगलवार को इस महीने के आखिर में भारत की अपनी यात्रा रद्द कर दी।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "heldout36: a trip called off on a day, planned for a week to come", reason: "the same with 'अगले हफ्ते होने वाली अपनी भारत यात्रा'",
			text: "ब्रिटेन के प्रधानमंत्री ने सोमवार को अगले हफ्ते होने वाली अपनी भारत यात्रा रद्द कर दी।",
			want: []want{{timeline.Visit, "2025-W48[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "heldout36: a departure told with प्रस्थान is a visit", reason: "heldout36 02: '… भारत के लिए सुबह करीब दस बजे प्रस्थान कर गये' drafted nothing",
			text: "नेपाल के प्रधानमंत्री आज भारत के लिए प्रस्थान कर गए।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout36: a departure to come told with प्रस्थान", reason: "the future: 'गुरुवार को भारत के लिए प्रस्थान करेंगे'",
			text: "नेपाल के प्रधानमंत्री गुरुवार को भारत के लिए प्रस्थान करेंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout36: प्रस्थान किया is the subject's own departure", reason: "unlike 'रवाना किया' (sent off), 'प्रस्थान किया' is done by its subject",
			text: "प्रधानमंत्री मोदी ने मंगलवार को जापान के लिए प्रस्थान किया।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout36: a leader of two names arrives, told in the singular", reason: "heldout36 04: 'किम जोंग स्पेशल ट्रेन से चीन पहुंचा है' drafted nothing: only a one-word name made 'पहुंचा' someone's arrival",
			text: "किम जोंग उन ट्रेन से रूस पहुंचा।",
			want: []want{{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout36: what a leader of two names owns arriving is no visit", reason: "guard: 'किम जोंग के पत्र का मामला अमेरिका पहुंचा' — the owner does not arrive",
			text: "किम जोंग उन के पत्र का मामला अमेरिका पहुंचा।",
			want: nil},
		{name: "heldout32: a tour told after a headline of its first country keeps every country", reason: "heldout32 10, without its Latin glosses: 'बाइडन ने स्थगित किया ऑस्ट्रेलियाई दौरा' then '… ऑस्ट्रेलिया और पापुआ न्यू गिनी का दौरा करने वाले थे' lost Papua New Guinea",
			text: "जो बाइडन ने स्थगित किया ऑस्ट्रेलियाई दौरा\nराष्ट्रपति जो बाइडन कुछ दिन बाद ही ऑस्ट्रेलिया और पापुआ न्यू गिनी का दौरा करने वाले थे। पर अब उनका यह दौरा स्थगित हो गया है।",
			want: []want{
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
				{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, ""},
			}},
		{name: "heldout36: a name spelled again in Latin letters does not hide whom one meets", reason: "heldout36 09: '… पीएम मोदी और विदेश मंत्री डॉ. एस जयशंकर (Dr. S Jaishankar) के साथ मुलाकात करेंगे' was one meeting: the gloss stood between the name and के साथ",
			text: "लावरोव 19 नवंबर को पीएम मोदी और विदेश मंत्री डॉ. एस जयशंकर (Dr. S Jaishankar) के साथ मुलाकात करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.BilateralMeeting, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "review s45: a day counted from today before an attack word is the event's", reason: "review: 'प्रधानमंत्री मोदी कल आतंकी हमले के …' lost its day to namesAnAttack",
			text: "प्रधानमंत्री मोदी कल आतंकी हमले के बावजूद जापान जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-19[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review s45: a day with को is the day of calling off, not the trip's", reason: "review: '… मंगलवार को फोन पर बात करने के बाद बुधवार को भारत यात्रा रद्द कर दी' took Tuesday",
			text: "राष्ट्रपति ने मंगलवार को फोन पर बात करने के बाद बुधवार को भारत यात्रा रद्द कर दी।",
			want: []want{{timeline.Visit, "2025-11-12[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "review s45: a leader पर makes the topic of what arrives", reason: "review: 'किम जोंग उन पर प्रतिबंध का प्रस्ताव रूस पहुंचा' drafted Kim's visit",
			text: "किम जोंग उन पर प्रतिबंध का प्रस्ताव रूस पहुंचा।",
			want: nil},
		{name: "heldout37: a meeting to come with another by name is its own", reason: "heldout37 10: '… मोदी से … वाल्ट्ज और … गबार्ड ने भी बैठक की थी। इसके बाद, पीएम मोदी … ट्रंप के साथ द्विपक्षीय बैठक करेंगे' merged the meeting with Trump into the one held",
			text: "इससे पहले, प्रधानमंत्री मोदी से अमेरिका के विदेश मंत्री मार्को रुबियो ने भी बैठक की थी। इसके बाद, प्रधानमंत्री मोदी अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप के साथ द्विपक्षीय बैठक करेंगे।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout37: the visit a speaker speaks during is an event", reason: "heldout37 02: '… मोदी ने अपनी दो दिवसीय भूटान यात्रा के दौरान कहा कि …' drafted nothing: the visit stood in the source's phrase",
			text: "प्रधानमंत्री नरेंद्र मोदी ने अपनी दो दिवसीय भूटान यात्रा के दौरान कहा कि भूटान हमारा पड़ोसी देश है।",
			want: []want{{timeline.Visit, "2025-11-18/2025-11-19[Asia/Kolkata]", timeline.Held, ""}}},
		{name: "heldout37: a visit announced in the source's phrase stays the source's", reason: "guard: 'यात्रा की घोषणा करते हुए कहा' is the source speaking, no frame",
			text: "विदेश मंत्रालय ने प्रधानमंत्री की जापान यात्रा की घोषणा करते हुए कहा कि संबंध अच्छे हैं।",
			want: nil},
		{name: "heldout37: a new date's time is not the event's", reason: "heldout37 13: '… दौरा फिलहाल स्थगित किया गया है और उनकी नई तारीख अगले साल तय की जाएगी' drafted a second visit, of next year",
			text: "इजरायल के प्रधानमंत्री का भारत दौरा स्थगित कर दिया गया है। सूत्रों के अनुसार, उनका दौरा फिलहाल स्थगित किया गया है और उनकी नई तारीख अगले साल तय की जाएगी।",
			want: []want{{timeline.Visit, "2025-11[Asia/Kolkata]", timeline.Postponed, "सूत्रों के अनुसार"}}},
		{name: "heldout37: a plan that was to be, to be set again, is put off", reason: "heldout37 13: '… बैठक होनी थी, जो अब अगले साल के लिए पुनर्निर्धारित होगी' stayed announced: only रद्द and टल in the relative clause were read",
			text: "मोदी और नेतन्याहू के बीच 28 नवंबर को बैठक होनी थी, जो अब अगले साल के लिए पुनर्निर्धारित होगी।",
			want: []want{{timeline.BilateralMeeting, "2025-11-28[Asia/Kolkata]", timeline.Postponed, ""}}},
		{name: "heldout37: a year of the past told before does not date the news after it", reason: "heldout37 15: '… 4 दिसंबर को … पहुंचे। इससे पहले पुतिन 2021 में भारत आए थे। … इसके बाद दोनों नेता … पीएम आवास पहुंचे, जहां … डिनर दिया गया' dated the dinner 2021",
			text: "पुतिन 17 नवंबर को भारत पहुंचे। इससे पहले पुतिन 2021 में भारत आए थे। इसके बाद मोदी और पुतिन ने पीएम आवास पर बातचीत की।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2021[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout37: a telling of that past keeps its year", reason: "guard: '… बातचीत की थी', told as the past too, is of 2021",
			text: "पुतिन 17 नवंबर को भारत पहुंचे। इससे पहले पुतिन 2021 में भारत आए थे। मोदी और पुतिन ने पीएम आवास पर बातचीत की थी।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2021[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2021[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout37: talks agreed on in a call are not the call", reason: "heldout37 03: '… जयशंकर से फोन पर बात की। … इस साल के अंत तक मंत्री स्तर की वार्ता के लिए सहमति व्यक्त की' made the call one of December, to come",
			text: "विदेश मंत्री माइक पोम्पियो ने भारत के विदेश मंत्री एस जयशंकर से फोन पर बात की। दोनों नेताओं ने इस साल के अंत तक मंत्री स्तर की वार्ता के लिए सहमति व्यक्त की।",
			want: []want{
				{timeline.PhoneCall, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-12[Asia/Kolkata]", timeline.Announced, ""},
			}},
		{name: "heldout37: a citizen's words are no source of the visit", reason: "heldout37 11: 'प्रधानमंत्री मोदी की घाना यात्रा पर भारतीय मूल के घानाई नागरिक पुष्पेंद्र सिंह ने कहा, …' was the visit's source",
			text: "प्रधानमंत्री मोदी 20 नवंबर को घाना जाएंगे। प्रधानमंत्री मोदी की घाना यात्रा पर भारतीय मूल के घानाई नागरिक रमेश सिंह ने कहा कि हम उनका इंतजार कर रहे हैं।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout37: people familiar with the matter are a source", reason: "guard: 'मामले से परिचित लोगों ने बताया' is sources, not private people",
			text: "मामले से परिचित लोगों ने बताया कि प्रधानमंत्री मोदी 20 नवंबर को घाना जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "मामले से परिचित लोगों ने बताया"}}},
		{name: "heldout37: investment that will come is no visit", reason: "heldout37 12: '… इस समझौते से ब्रिटेन में करीब 6 अरब पाउंड का नया निवेश और निर्यात आएगा' drafted a visit to Britain",
			text: "इस समझौते से ब्रिटेन में करीब 6 अरब पाउंड का नया निवेश और निर्यात आएगा।",
			want: nil},
		{name: "heldout37: a delegation that will come is a visit", reason: "guard: the singular future of a delegation or an office is someone's coming",
			text: "अमेरिकी प्रतिनिधिमंडल 20 नवंबर को भारत आएगा।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout37: the summit's word alone is the summit's talks", reason: "heldout37 01: '… अनौपचारिक शिखर वार्ता के लिए … सोची पहुंच गए। वार्ता का केंद्र … रहेंगे' drafted a bilateral meeting",
			text: "प्रधानमंत्री मोदी पुतिन के साथ अनौपचारिक शिखर वार्ता के लिए आज सोची पहुंच गए। वार्ता का केंद्र परमाणु समझौते से अमेरिका के पीछे हटने के निर्णय के प्रभाव सहित विभिन्न मुद्दे रहेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout37: the two leaders' talks at their summit are the summit", reason: "heldout37 01: '… शिखर वार्ता के लिए सोची पहुंचे, जहां … दोनों नेता एकांत में बातचीत करेंगे' drafted a bilateral meeting: only the oblique दोनों नेताओं was read",
			text: "प्रधानमंत्री मोदी पुतिन के साथ अनौपचारिक शिखर वार्ता के लिए आज सोची पहुंच गए। रवाना होने से पहले दोनों नेता एकांत में बातचीत करेंगे।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "heldout37: possible talks of another pair are no telling of the meeting held", reason: "heldout37 09: '… मोदी ने … पुतिन से मुलाकात की। … सम्मेलन के दौरान प्रधानमंत्री मोदी और चीनी राष्ट्रपति शी जिनपिंग के बीच संभावित द्विपक्षीय वार्ता …' joined the Putin meeting, held",
			text: "प्रधानमंत्री मोदी ने सोमवार को रूसी राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। प्रधानमंत्री मोदी और चीनी राष्ट्रपति शी जिनपिंग के बीच संभावित द्विपक्षीय वार्ता पर भी नजरें टिकी हैं।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Proposed, ""},
			}},
		{name: "heldout37: a sentence's opening day and its comma are no clause of their own", reason: "heldout37 09: 'मंगलवार को, प्रधानमंत्री नरेंद्र मोदी ने … पुतिन से मुलाकात की' drafted the meeting twice: the date alone was cut off as a clause and lent the verb",
			text: "मंगलवार को, प्रधानमंत्री नरेंद्र मोदी ने कजान पहुंचने के बाद रूसी राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review2 s45: a visit gone by that one spoke during is no news", reason: "review 2: '… ने 2019 में अपनी जापान यात्रा के दौरान कहा था कि …' drafted a visit held today",
			text: "प्रधानमंत्री मोदी ने 2019 में अपनी जापान यात्रा के दौरान कहा था कि संबंध अच्छे हैं।",
			want: nil},
		{name: "review2 s45: the last visit one spoke during is no news", reason: "review 2: '… अपनी पिछली अमेरिका यात्रा के दौरान कहा कि …' drafted a visit held today",
			text: "प्रधानमंत्री मोदी ने अपनी पिछली अमेरिका यात्रा के दौरान कहा कि संबंध अच्छे हैं।",
			want: nil},
		{name: "review2 s45: a year of the past dates its own sentence's events", reason: "review 2: '… इससे पहले पुतिन 2021 में भारत आए थे और मोदी से मुलाकात की' moved the meeting to the news's day",
			text: "पुतिन 17 नवंबर को भारत पहुंचे। इससे पहले पुतिन 2021 में भारत आए थे और मोदी से मुलाकात की।",
			want: []want{
				{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.Visit, "2021[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2021[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review2 s45: talks told as past are not the summit to come", reason: "review 2: '… शिखर वार्ता के लिए आज सोची पहुंच गए। पिछली वार्ता विफल रही थी।' made the summit held",
			text: "प्रधानमंत्री मोदी पुतिन के साथ अनौपचारिक शिखर वार्ता के लिए आज सोची पहुंच गए। पिछली वार्ता विफल रही थी।",
			want: []want{
				{timeline.Summit, "2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-18[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "<2025-11-18[Asia/Kolkata]", timeline.Held, ""}, // s53: "पिछली वार्ता", the talks before, before the dateline
			}},
		{name: "review2 s45: this gathering is no telling of the meeting before", reason: "review 2: '… पुतिन से मुलाकात की। इस सम्मेलन में मोदी और … शी जिनपिंग के बीच द्विपक्षीय वार्ता हुई' joined the two",
			text: "प्रधानमंत्री मोदी ने सोमवार को रूसी राष्ट्रपति पुतिन से मुलाकात की। इस सम्मेलन में मोदी और चीनी राष्ट्रपति शी जिनपिंग के बीच द्विपक्षीय वार्ता हुई।",
			want: []want{
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
				{timeline.BilateralMeeting, "2025-11-17[Asia/Kolkata]", timeline.Held, ""},
			}},
		{name: "review2 s45: an envoy who will come is a visit", reason: "review 2: 'रूसी विदेश मंत्री का एक विशेष दूत 20 नवंबर को भारत आएगा' was lost to the rule for things that come",
			text: "रूसी विदेश मंत्री का एक विशेष दूत 20 नवंबर को भारत आएगा।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review2 s45: a plan moved to a day told is rescheduled", reason: "review 2: '… 28 नवंबर को बैठक होनी थी, जिसे अब 20 नवंबर के लिए पुनर्निर्धारित किया गया है' was put off",
			text: "मोदी और नेतन्याहू के बीच 28 नवंबर को बैठक होनी थी, जिसे अब 20 नवंबर के लिए पुनर्निर्धारित किया गया है।",
			want: []want{{timeline.BilateralMeeting, "2025-11-28[Asia/Kolkata]", timeline.Rescheduled, ""}}},
		{name: "review2 s45: one who holds a role is a source", reason: "review 2: 'ट्रंप समर्थक सांसद ने कहा' was dropped as a private person",
			text: "ट्रंप समर्थक सांसद ने कहा कि प्रधानमंत्री मोदी 20 नवंबर को अमेरिका जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, "ट्रंप समर्थक सांसद ने कहा"}}},
		{name: "review2 s45: a citizen named before the layer's source is no source", reason: "review 2: 'भारतीय नागरिक रमेश सिंह के मुताबिक' kept 'रमेश सिंह के मुताबिक'",
			text: "भारतीय नागरिक रमेश सिंह के मुताबिक प्रधानमंत्री मोदी 20 नवंबर को अमेरिका जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review2 s45: the plural of private people before its postposition is no source", reason: "review 2: the layer's path was untested: 'घाना के निवासियों के मुताबिक'",
			text: "घाना के निवासियों के मुताबिक प्रधानमंत्री मोदी 20 नवंबर को घाना जाएंगे।",
			want: []want{{timeline.Visit, "2025-11-20[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout38: one who attends a ceremony abroad makes a visit", reason: "heldout38 13 and 14 (development material since their first score; the family of heldout36 11 and heldout35 15): a ceremony attended abroad drafted nothing",
			text: "प्रधानमंत्री मोदी 30 नवंबर को मॉस्को में विजय दिवस परेड में शामिल होंगे।",
			want: []want{{timeline.Visit, "2025-11-30[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout38: one who will not attend a ceremony abroad calls a visit off", reason: "heldout38 13: '… मॉस्को में विक्ट्री डे के 80वें वर्षगांठ समारोह में शामिल नहीं होंगे'",
			text: "प्रधानमंत्री मोदी 30 नवंबर को मॉस्को में विजय दिवस परेड में शामिल नहीं होंगे।",
			want: []want{{timeline.Visit, "2025-11-30[Asia/Kolkata]", timeline.Cancelled, ""}}},
		{name: "heldout38: one who represents the country at a ceremony abroad makes a visit", reason: "heldout38 14: '… परेड में भारत का प्रतिनिधित्व करेंगे'",
			text: "रक्षा मंत्री राजनाथ सिंह 30 नवंबर को मॉस्को में परेड में भारत का प्रतिनिधित्व करेंगे।",
			want: []want{{timeline.Visit, "2025-11-30[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "heldout38: a ceremony at home is no visit of the home side", reason: "guard: 'मोदी … स्थापना दिवस समारोह में शामिल होंगे'",
			text: "प्रधानमंत्री मोदी 30 नवंबर को स्थापना दिवस समारोह में शामिल होंगे।",
			want: nil},
		{name: "heldout38: a ceremony one is invited to attend is no visit of its own", reason: "guard: heldout36 07 — '… समारोह में भाग लेने के लिए आमंत्रित किया गया था' drafted a second visit, held",
			text: "जॉनसन को 26 जनवरी को गणतंत्र दिवस समारोह में भाग लेने के लिए आमंत्रित किया गया था।",
			want: nil},
		{name: "heldout36: a leader who will not attend a summit abroad calls his trip off", reason: "heldout36 11: '… पुतिन भी भारत में होने वाले शिखर सम्मेलन में शामिल नहीं होंगे' drafted the summit only; every set's editors draft the trip called off",
			text: "रूस के राष्ट्रपति व्लादिमीर पुतिन भी भारत में होने वाले शिखर सम्मेलन में शामिल नहीं होंगे। दिल्ली में जी20 शिखर सम्मेलन 29 और 30 नवंबर को आयोजित किया जाएगा।",
			want: []want{
				{timeline.Summit, "2025-11-29/2025-11-30[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, "2025-11-29/2025-11-30[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "heldout36: one of the host country who will not attend makes no trip", reason: "guard: a stayer of the gathering's own country goes nowhere",
			text: "भारत के विदेश मंत्री दिल्ली में होने वाले शिखर सम्मेलन में शामिल नहीं होंगे। दिल्ली में जी20 शिखर सम्मेलन 29 और 30 नवंबर को आयोजित किया जाएगा।",
			want: []want{{timeline.Summit, "2025-11-29/2025-11-30[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review3 s45: a leader's ceremony is in his country", reason: "review 3: '… नेपाल के प्रधानमंत्री के शपथ ग्रहण समारोह में शामिल होंगे' was read as a ceremony at home, with Nepal the guest",
			text: "प्रधानमंत्री मोदी 30 नवंबर को नेपाल के प्रधानमंत्री के शपथ ग्रहण समारोह में शामिल होंगे।",
			want: []want{{timeline.Visit, "2025-11-30[Asia/Kolkata]", timeline.Announced, ""}}},
		{name: "review3 s45: likely to attend a ceremony abroad is a visit proposed", reason: "review 3: '… परेड में शामिल होने की संभावना है' drafted nothing",
			text: "प्रधानमंत्री मोदी 30 नवंबर को मॉस्को में विजय दिवस परेड में शामिल होने की संभावना है।",
			want: []want{{timeline.Visit, "2025-11-30[Asia/Kolkata]", timeline.Proposed, ""}}},
		{name: "review3 s45: each who stays away has his own trip called off", reason: "review 3: 'शी जिनपिंग और पुतिन बीजिंग में … शामिल नहीं होंगे' dropped Putin's trip because Xi is of the host country",
			text: "शी जिनपिंग और रूसी राष्ट्रपति पुतिन बीजिंग में होने वाले शिखर सम्मेलन में शामिल नहीं होंगे।",
			want: []want{
				{timeline.Summit, ">2025-11-18[Asia/Kolkata]", timeline.Announced, ""},
				{timeline.Visit, ">2025-11-18[Asia/Kolkata]", timeline.Cancelled, ""},
			}},
		{name: "heldout36: a week of another noun is not the trip's", reason: "guard: in '… अगले हफ्ते होने वाले चुनाव के कारण भारत यात्रा रद्द' the week is the election's",
			text: "राष्ट्रपति ने सोमवार को अगले हफ्ते होने वाले चुनाव के कारण भारत यात्रा रद्द कर दी।",
			want: []want{{timeline.Visit, "2025-11-17[Asia/Kolkata]", timeline.Cancelled, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := mustExtract(t, tt.text, ref, nil)
			checkDrafts(t, tt.text, events)
			var got []want
			for _, e := range events {
				w := want{e.Kind, e.When.String(), e.Status(), ""}
				if s, ok := e.Source("attributed"); ok {
					w.attrib = s.Attribution.Hi
				}
				got = append(got, w)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s\nreason: %s", tt.text, diff, tt.reason)
			}
		})
	}
}

func TestDraftsRoundTripAndLint(t *testing.T) {
	text := readArticle(t, "sample.txt")
	tl, err := draft.Timeline(text, dateline(t, "2026-02-10T19:00"), &draft.Options{From: "sample.txt"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := timeline.Marshal(tl)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	back, err := timeline.Unmarshal(b)
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if diff := cmp.Diff(tl.Events[0].Draft, back.Events[0].Draft); diff != "" {
		t.Errorf("draft lost in JSON (-want +got):\n%s", diff)
	}
	drafts := 0
	for _, f := range lint.Check(back, nil) {
		if f.Code == lint.Draft {
			drafts++
		}
	}
	if drafts != len(back.Events) {
		t.Errorf("Lint reports %d drafts, want %d: a draft must never pass as an edited event", drafts, len(back.Events))
	}
}

// TestExtractDateAcrossSentenceEnd: issue 12's crasher, the 19-byte text
// "1फर. 0बजे", panicked with slice bounds out of range in clause: the
// sentence ended after "फर." while the date ran on to "0बजे". फर. is now
// an abbreviation, and a date that runs over a sentence end joins the
// sentences it touches.
func TestExtractDateAcrossSentenceEnd(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	for _, text := range []string{"1फर. 0बजे", "1फर. 0बजे।", "बैठक हुई। 1फर. 0बजे बैठक होगी।"} {
		events, err := draft.Extract(text, ref, nil)
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		for _, e := range events {
			if e.Draft.Start < 0 || e.Draft.End > len(text) || e.Draft.End < e.Draft.Start {
				t.Errorf("Extract(%q): span [%d,%d) out of bounds", text, e.Draft.Start, e.Draft.End)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, a := range articles {
		f.Add(readArticle(f, a.file))
	}
	f.Add("")
	f.Add("5 दिसंबर\xff को बैठक।")
	f.Add("।।।, ; — 4 और 5 दिसंबर, और 6 दिसंबर")
	f.Add("1फर. 0बजे") // issue 12: a date ran over the sentence end after फर. (also in testdata/fuzz)
	f.Add("नई दिल्ली, 27 अप्रैल (हि.स.)। मोदी 12 मई से 17 मई तक यात्रा करनी थी, लेकिन यात्रा टल गई।")
	for _, a := range corpusExcerpts(f) {
		f.Add(a)
	}
	ref := dateline(f, "2025-11-18T20:00")
	f.Fuzz(func(t *testing.T, text string) {
		events, err := draft.Extract(text, ref, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if e.Draft == nil || e.Draft.Start < 0 || e.Draft.End < e.Draft.Start || e.Draft.End > len(text) {
				t.Fatalf("%s: bad draft span %+v for %d bytes", e.ID, e.Draft, len(text))
			}
			for _, sp := range e.Draft.Also {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
					t.Fatalf("%s: bad span %+v in draft.also for %d bytes", e.ID, sp, len(text))
				}
			}
		}
		if d, ok := draft.FindDateline(text); ok && (d.Start < 0 || d.End < d.Start || d.End > len(text)) {
			t.Fatalf("FindDateline: span [%d,%d) out of bounds of %d bytes", d.Start, d.End, len(text))
		}
		if err := (&timeline.Timeline{Events: events}).Validate(); err != nil {
			t.Fatalf("drafts of %q do not validate: %v", text, err)
		}
		for _, e := range events {
			if !utf8.ValidString(e.Title.Hi) || !utf8.ValidString(e.Description.Hi) {
				t.Fatalf("%s: invalid UTF-8 in title or description", e.ID)
			}
		}
	})
}

// corpusExcerpts returns the excerpts of testdata/corpus, for seeds.
func corpusExcerpts(t testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.json"))
	var out []string
	for _, f := range files {
		out = append(out, readCorpusArticle(t, f).Excerpt)
	}
	return out
}

// TestExtractMemoryLinear: the bytes Extract allocates grow with the text,
// not with its square. A quadratic scan (withOwnGovernment once read the
// whole rest of the text for every head before "सरकार के") made a 1 MB
// text allocate 124 MB where 22 MB is the norm. Bytes allocated are
// counted, not time, so the test is exact on any machine.
func TestExtractMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and drafts a 512 KB text")
	}
	parts := benchParts(t)
	ref := dateline(t, "2025-11-18T20:00")
	allocated := func(size int) uint64 {
		text := benchText(parts, size)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := draft.Extract(text, ref, nil); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(64<<10), allocated(512<<10)
	// Eight times the text may cost eight times the bytes; the fixed costs
	// of a draft make it about four. The quadratic scan made it eleven.
	if ratio := float64(large) / float64(small); ratio > 8 {
		t.Errorf("Extract allocated %d bytes for 64 KB and %d for 512 KB: %.1f times for 8 times the text", small, large, ratio)
	}
}

// benchParts are the test articles and the corpus excerpts that
// BenchmarkExtract and TestExtractMemoryLinear build their texts of.
func benchParts(tb testing.TB) []string {
	var parts []string
	for _, a := range articles[:4] {
		parts = append(parts, readArticle(tb, a.file))
	}
	return append(parts, corpusExcerpts(tb)...)
}

// benchText repeats parts up to size bytes and cuts at the last sentence end.
func benchText(parts []string, size int) string {
	var sb strings.Builder
	for sb.Len() < size {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n")
		}
	}
	text := sb.String()[:size]
	return text[:strings.LastIndex(text, "।")+len("।")]
}

// BenchmarkExtract drafts articles of 10 KB, 100 KB and 1 MB made of the
// test articles and the corpus excerpts, cut at the last sentence end:
// the time and memory per byte must stay flat as the text grows. Issue 12
// asks for above 5 MB/s with memory linear in the input. On the
// project's 2-core machine the fastest of four runs on 2026-12-07 gave
// 4.0-4.6 MB/s for 1 MB and 3.0-3.2 MB/s for 10 KB, denser in events
// (5.0 and 3.8 MB/s on a faster day), so the speed is a target still to
// meet, not a property this benchmark shows. TestExtractMemoryLinear
// checks the memory.
func BenchmarkExtract(b *testing.B) {
	parts := benchParts(b)
	ref := dateline(b, "2025-11-18T20:00")
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
		text := benchText(parts, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := draft.Extract(text, ref, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// Hindi pages quote English at length ("(Sergey Lavrov India Visit)",
	// whole statements): a run of Latin words without a comma must cost no
	// more than its words (review s45 found nameGloss rescanning it per
	// word).
	english := parts[0] + "\n" + strings.Repeat("The two leaders met in Delhi and spoke of trade and peace ", 2000) + "\n" + parts[1]
	b.Run("english-run", func(b *testing.B) {
		b.SetBytes(int64(len(english)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := draft.Extract(english, ref, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestExtractOtherSideHasNoRole checks that the other side read from the
// pair before (a visit, whose sides are guest and host) joins a joint
// statement with no role: a statement has none.
func TestExtractOtherSideHasNoRole(t *testing.T) {
	for _, text := range []string{
		"जापान के प्रधानमंत्री किशिदा 17 नवंबर को भारत आए। इसके बाद साझा बयान में मोदी ने कहा कि दोनों देशों के संबंध मजबूत हुए हैं।",
		// s52: the sides of the talks it came after were both guests.
		"मोदी ने 17 नवंबर को मेलोनी से मुलाकात की। मुलाकात के बाद साझा बयान जारी किया गया।",
	} {
		statementHasNoRoles(t, text)
	}
}

func statementHasNoRoles(t *testing.T, text string) {
	t.Helper()
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		if e.Kind != timeline.Statement {
			continue
		}
		if len(e.Participants) != 2 {
			t.Fatalf("%s\nstatement: %d participants, want 2: %+v", text, len(e.Participants), e.Participants)
		}
		for _, p := range e.Participants {
			if p.Role != "" {
				t.Errorf("%s\nstatement participant %+v has role %q, want none", text, p, p.Role)
			}
		}
		return
	}
	t.Fatalf("%s\nno statement drafted", text)
}

// TestExtractCallToldSinceIsNotTheNews: a call told after the sentence
// that counts the news since an earlier call ("मार्च में वीडियो कॉल करने के
// बाद से यह दूसरी बातचीत थी") is the news, told again, not the March call
// (heldout45 07, where it brought a source of its own to the March call).
func TestExtractCallToldSinceIsNotTheNews(t *testing.T) {
	for _, since := range []string{
		"मार्च में वीडियो कॉल करने के बाद से",
		"मार्च में हुई वीडियो कॉल के बाद से", // two event words in the clause (review s50)
	} {
		text := "बाइडेन ने आज शी जिनपिंग से फोन पर बात की। " + since + " यह दूसरी बातचीत थी। फोन कॉल लगभग दो घंटे तक चली।"
		again := strings.Index(text, "फोन कॉल लगभग")
		found := false
		for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
			told := e.Draft.Start <= again && again < e.Draft.End || slices.ContainsFunc(e.Draft.Also, func(sp timeline.Span) bool { return sp.Start <= again && again < sp.End })
			if !told {
				continue
			}
			found = true
			if got := e.When.String(); got != "2025-11-18[Asia/Kolkata]" {
				t.Errorf("%q: the call told again is in the draft of %s, want the call of the day", since, got)
			}
		}
		if !found {
			t.Errorf("%q: the call told again is in no draft", since)
		}
	}
}

// TestExtractLeadersMetMakeNoVisits checks that leaders a clause names
// by a plural ("… के नेताओं से मुलाकात की") are not split off the visit as
// travellers of their own (heldout17 13: three visits of "नेताओं").
func TestExtractLeadersMetMakeNoVisits(t *testing.T) {
	for _, text := range []string{
		"नाइजीरिया की यात्रा खत्म करने के बाद 17 नवंबर को ब्राजील के शहर पहुंचे मोदी ने शिखर सम्मेलन के मौके पर इटली, इंडोनेशिया और नॉर्वे के नेताओं सहित कई देशों के नेताओं से मुलाकात की।",
		// review 2 s46: one named as an owner travels nowhere.
		"चीनी विदेश मंत्री वांग यी के बयान के एक दिन बाद विदेश मंत्री जयशंकर 17 नवंबर को रूस पहुंचे।",
	} {
		visits := 0
		for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
			if e.Kind == timeline.Visit {
				visits++
			}
		}
		if visits != 1 {
			t.Errorf("%s: got %d visits, want 1", text, visits)
		}
	}
}

// TestExtractPastPlanCalledOff checks that a plan dated long before the
// report and called off later is drafted as a plan that was called off,
// not as held and then called off (review 2 s46).
func TestExtractPastPlanCalledOff(t *testing.T) {
	evs := mustExtract(t, "प्रधानमंत्री मोदी मार्च 2025 में जापान जाएंगे। लेकिन यह दौरा रद्द कर दिया गया।", dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) != 1 {
		t.Fatalf("got %d drafts, want 1", len(evs))
	}
	var got []timeline.Status
	for _, h := range evs[0].History {
		got = append(got, h.Status)
	}
	if want := []timeline.Status{timeline.Announced, timeline.Cancelled}; !slices.Equal(got, want) {
		t.Errorf("history %v, want %v", got, want)
	}
}

// oneSideEachText tells talks with two countries' ministers three times:
// a headline, a quoted tweet by their office, and the body by "समकक्षों".
const oneSideEachText = "Covid: जयशंकर ने अफ्रीकी देशों के अपने समकक्षों से बात की, सहयोग पर हुई चर्चा\n" +
	"जयशंकर ने ट्वीट किया, \"घाना और केन्या के विदेश मंत्रियों से सार्थक वार्ता हुई।\"\n" +
	"विदेश मंत्री एस जयशंकर ने मंगलवार को अफ्रीकी देशों घाना और केन्या के अपने समकक्षों से बात की।"

// TestExtractOneCounterpartPerSide checks that talks with a list of
// countries, told once by office and once as counterparts, name one
// minister of each side in its draft, not two.
func TestExtractOneCounterpartPerSide(t *testing.T) {
	evs := mustExtract(t, oneSideEachText, dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) != 2 {
		t.Fatalf("got %d drafts, want 2 (one call with each country)", len(evs))
	}
	for _, e := range evs {
		n := 0
		for _, p := range e.Participants {
			if p.Country != "IN" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d participants of the other side, want 1: %+v", e.ID, n, e.Participants)
		}
	}
}

// TestExtractOfficeTakenIsNoOne checks that an office someone took
// ("प्रधानमंत्री बनने के बाद") is not drafted as a participant beside them.
func TestExtractOfficeTakenIsNoOne(t *testing.T) {
	evs := mustExtract(t, "प्रधानमंत्री बनने के बाद मोदी 20 नवंबर को पहली बार जापान जाएंगे।", dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) != 1 {
		t.Fatalf("got %d drafts, want 1", len(evs))
	}
	var in []timeline.Participant
	for _, p := range evs[0].Participants {
		if p.Country == "IN" {
			in = append(in, p)
		}
	}
	if len(in) != 1 || in[0].Name.Hi != "मोदी" {
		t.Errorf("participants of India = %+v, want Modi alone", in)
	}
}

// TestExtractCounterpartOfAnotherOffice checks that a counterpart beside a
// minister of another office of the same country stays: the defence
// minister's Japanese counterpart is not Japan's foreign minister.
func TestExtractCounterpartOfAnotherOffice(t *testing.T) {
	text := "रक्षा मंत्री राजनाथ सिंह ने मंगलवार को जापान के विदेश मंत्री, अपने जापानी समकक्ष और ऑस्ट्रेलिया के रक्षा मंत्री से फोन पर बात की।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	for _, e := range evs {
		var jp []string
		for _, p := range e.Participants {
			if p.Country == "JP" {
				jp = append(jp, p.Title.Hi)
			}
		}
		if len(jp) > 0 && len(jp) != 2 {
			t.Errorf("%s: Japanese participants %q, want the foreign minister and the counterpart", e.ID, jp)
		}
	}
}

// TestExtractPlanAndCallOffSources checks that a plan told by one source
// and called off by another keeps each source on its own step of the
// history, the event's source being whom the report relies on that it is
// off.
func TestExtractPlanAndCallOffSources(t *testing.T) {
	text := "जापानी दूतावास के एक अधिकारी ने बताया कि जापान के प्रधानमंत्री 10 दिसंबर को भारत आएंगे। लेकिन विदेश मंत्रालय के सूत्रों के अनुसार यह दौरा फिलहाल टाल दिया गया है।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) != 1 {
		t.Fatalf("got %d drafts, want 1", len(evs))
	}
	e := evs[0]
	said := map[string]string{}
	for _, s := range e.Sources {
		said[s.ID] = s.Attribution.Hi
	}
	var got []string
	for _, h := range e.History {
		got = append(got, string(h.Status)+" by "+said[h.Source])
	}
	want := []string{"announced by जापानी दूतावास के एक अधिकारी ने बताया", "postponed by मंत्रालय के सूत्रों के अनुसार"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if src, ok := e.Source("attributed"); !ok || src.Attribution.Hi != "मंत्रालय के सूत्रों के अनुसार" {
		t.Errorf("the event's source = %+v, want the ministry's sources", src)
	}
}

// TestExtractUnsourcedPlanCalledOff checks that a plan the report tells in
// its own voice, called off by a source, cites the article for the plan
// and the source for calling it off.
func TestExtractUnsourcedPlanCalledOff(t *testing.T) {
	evs := mustExtract(t, "प्रधानमंत्री 10 दिसंबर को जापान जाएंगे। सूत्रों के मुताबिक यह दौरा अब स्थगित कर दिया गया है।", dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) != 1 {
		t.Fatalf("got %d drafts, want 1", len(evs))
	}
	var got []string
	for _, h := range evs[0].History {
		got = append(got, string(h.Status)+"@"+h.Source)
	}
	if want := []string{"announced@article", "postponed@attributed"}; !slices.Equal(got, want) {
		t.Errorf("history %q, want %q", got, want)
	}
}

// TestExtractPutOffBeforeThenHeld checks that a trip told as put off
// before and then made is held, its putting off first in its history,
// whichever telling comes first (reviews 5 and 7).
func TestExtractPutOffBeforeThenHeld(t *testing.T) {
	for _, text := range []string{
		"ब्राजील के राष्ट्रपति लूला का भारत दौरा पहले टल गया था। अब वे बुधवार को नई दिल्ली पहुंचे।",
		"लूला पहुंचे भारत\n\nब्राजील के राष्ट्रपति लूला का भारत दौरा पहले टल गया था। अब वे नई दिल्ली पहुंचे।",
	} {
		evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) != 1 {
			t.Fatalf("%q: got %d drafts, want 1", text, len(evs))
		}
		var got []timeline.Status
		for _, h := range evs[0].History {
			got = append(got, h.Status)
		}
		if want := []timeline.Status{timeline.Postponed, timeline.Held}; !slices.Equal(got, want) {
			t.Errorf("%q: history %q, want %q", text, got, want)
		}
	}
}

// TestQuadAtHomeIsHosted checks that a Quad meeting in the home country
// lists the four members with the home country as host (a review found
// the host's role lost to the Quad's members).
func TestQuadAtHomeIsHosted(t *testing.T) {
	if got, want := onlyDraftRoles(t, "भारत में क्वाड नेताओं की बैठक 20 नवंबर को होगी।"), []string{"AU:", "IN:host", "JP:", "US:"}; !slices.Equal(got, want) {
		t.Errorf("participants %v, want %v", got, want)
	}
}

// onlyDraftRoles drafts text, which must give one draft, and returns its
// participants as "country:role", sorted.
func onlyDraftRoles(t *testing.T, text string) []string {
	t.Helper()
	evs, err := draft.Extract(text, dateline(t, "2025-11-18T20:00"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("got %d drafts, want 1: %v", len(evs), evs)
	}
	var got []string
	for _, p := range evs[0].Participants {
		got = append(got, p.Country+":"+string(p.Role))
	}
	slices.Sort(got)
	return got
}

// TestVisitGoesToTheCountryBeforeItsNoun checks that a pair's name after
// the visit noun ("चीन दौरा भारत-चीन संबंधों को …") is not read as a
// headline's verb-first order ("पहुंचे चीन, …").
func TestVisitGoesToTheCountryBeforeItsNoun(t *testing.T) {
	text := "माना जा रहा है कि पीएम मोदी का 20 नवंबर को चीन दौरा भारत-चीन संबंधों को नई दिशा दे सकता है।"
	if got, want := onlyDraftRoles(t, text), []string{"CN:host", "IN:guest"}; !slices.Equal(got, want) {
		t.Errorf("participants %v, want %v", got, want)
	}
}

// TestVisitHostNamedByWhomTheVisitorMeets checks that a visit whose host
// country names no one is hosted by the people of that country the
// visitor meets on its days, and by no one met before or after it, nor
// of a third country.
func TestVisitHostNamedByWhomTheVisitorMeets(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	tests := []struct {
		name, text string
		want       []string // the visit's host names, in order
	}{
		{"met on the day it arrives",
			"रूसी राष्ट्रपति पुतिन 17 नवंबर को भारत पहुंचे। उन्होंने 17 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।",
			[]string{"नरेंद्र मोदी"}},
		{"met the next day, and by two of the host country",
			"रूसी राष्ट्रपति पुतिन 16 नवंबर को भारत पहुंचे। पुतिन ने 17 नवंबर को राष्ट्रपति द्रौपदी मुर्मू और प्रधानमंत्री नरेंद्र मोदी से अलग-अलग मुलाकात की।",
			[]string{"द्रौपदी मुर्मू", "नरेंद्र मोदी"}},
		{"a call of others on its days names no host",
			"रूसी राष्ट्रपति पुतिन 17 नवंबर को भारत पहुंचे। 17 नवंबर को ही विदेश मंत्री जयशंकर ने रूसी विदेश मंत्री लावरोव से मुलाकात की।",
			nil},
		{"a meeting a week later is of another trip",
			"रूसी राष्ट्रपति पुतिन 10 नवंबर को भारत पहुंचे। पुतिन ने 17 नवंबर को प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := draft.Extract(tt.text, ref, nil)
			if err != nil {
				t.Fatal(err)
			}
			var visit *timeline.Event
			for i := range evs {
				if evs[i].Kind == timeline.Visit {
					visit = &evs[i]
				}
			}
			if visit == nil {
				t.Fatalf("no visit drafted: %v", evs)
			}
			var got []string
			for _, p := range visit.Participants {
				if p.Role == timeline.Host && p.Name.Hi != "" {
					got = append(got, p.Name.Hi)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("hosts %q, want %q (participants %v)", got, tt.want, visit.Participants)
			}
		})
	}
}

// TestExtractPronounAfterCounterparts checks that a pronoun whose clause
// follows one naming only someone met ("जापान के प्रधानमंत्री से फोन पर
// बात करने के बाद, वह …") is still the traveller of the sentence before,
// not the one met.
func TestExtractPronounAfterCounterparts(t *testing.T) {
	events := mustExtract(t, "रूसी राष्ट्रपति पुतिन 17 नवंबर को चीन पहुंचे। जापान के प्रधानमंत्री से फोन पर बात करने के बाद, वह 19 नवंबर को मंगोलिया जाएंगे।", dateline(t, "2025-11-18T20:00"), nil)
	for _, e := range events {
		if !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Country == "MN" }) {
			continue
		}
		if !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Name.Hi == "पुतिन" && p.Role == timeline.Guest }) {
			t.Errorf("the visit to Mongolia: participants %+v, want Putin as its guest", e.Participants)
		}
		return
	}
	t.Errorf("no visit to Mongolia among %d drafts", len(events))
}

// TestExtractParticipantCountries checks the countries of the drafts'
// participants for the held-out families of people and sides.
func TestExtractParticipantCountries(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	tests := []struct {
		name, text string
		want       [][]string // countries of each draft, sorted
	}{
		{name: "s54: a meeting joined to an arrival goes on with the visitor", text: "नेपाल के प्रधानमंत्री प्रचंड सोमवार को भारत आए और प्रधानमंत्री मोदी से मुलाकात की।",
			want: [][]string{{"IN", "NP"}, {"IN", "NP"}}},
		{name: "s54: a meeting joined to a visit done, the same (heldout51 10)", text: "कुवैत के विदेश मंत्री अब्दुल्ला अली अल-याह्या ने इस महीने की शुरुआत में भारत का दौरा किया था और प्रधानमंत्री मोदी से मुलाकात कर उन्हें देश आने का निमंत्रण दिया था।",
			want: [][]string{{"IN", "KW"}, {"IN", "KW"}}},
		{name: "s54: a joined clause whose subject meets 'उनसे' meets the visitor", text: "नेपाल के प्रधानमंत्री प्रचंड सोमवार को भारत आए और मोदी ने उनसे मुलाकात की।",
			want: [][]string{{"IN", "NP"}, {"IN", "NP"}}},
		{name: "s54: guard: a joined clause with a subject of its own is its", text: "नेपाल के प्रधानमंत्री प्रचंड सोमवार को भारत आए और जापान के प्रधानमंत्री किशिदा ने बुधवार को मोदी से मुलाकात की।",
			want: [][]string{{"IN", "NP"}, {"IN", "JP"}}},
		{name: "s54: one who visits here is of the one foreign country the sentence names", text: "नेपाल के विदेश मंत्रालय ने कहा है कि विदेश मंत्री नारायणकाजी श्रेष्ठ का 20 नवंबर को होने वाला भारत दौरा रद्द कर दिया गया है।",
			want: [][]string{{"IN", "NP"}}},
		{name: "s54: guard: a visitor named with his country keeps it", text: "काठमांडू, 10 नवंबर। जापान के विदेश मंत्री 20 नवंबर को भारत आएंगे।",
			want: [][]string{{"IN", "JP"}}},
		{name: "s54: 'भारत आने की योजना' goes to India (heldout51 15)", text: "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने भारत आने की योजना रद्द कर दी है।",
			want: [][]string{{"IN", "US"}}},
		{name: "s54: guard: 'चीन जाने का कार्यक्रम' keeps China", text: "विदेश मंत्री जयशंकर का 20 नवंबर को चीन जाने का कार्यक्रम है।",
			want: [][]string{{"CN", "IN"}}},
		{name: "s54: a city of an Indian state is India (heldout47 08)", text: "नेपाल के पीएम शुक्रवार को मध्य प्रदेश के उज्जैन पहुँचे।",
			want: [][]string{{"IN", "NP"}}},
		{name: "review s54: guard: a joined clause whose 'उन्हें' is another's keeps its people", text: "नेपाल के प्रधानमंत्री प्रचंड सोमवार को भारत आए और प्रधानमंत्री मोदी ने अमेरिकी राष्ट्रपति ट्रंप से फोन पर बात कर उन्हें धन्यवाद दिया।",
			want: [][]string{{"IN", "NP"}, {"IN", "US"}}},
		{name: "review s54: guard: a joined clause still to come is another time", text: "कुवैत के विदेश मंत्री ने पिछले हफ्ते भारत का दौरा किया था और अब कतर के विदेश मंत्री के साथ बैठक होगी।",
			want: [][]string{{"IN", "KW"}, {"QA"}}},
		{name: "review s54: guard: a named counterpart met after the world's leaders is met", text: "विदेश मंत्री जयशंकर सोमवार को न्यूयॉर्क में विश्व नेताओं से मिलने के बाद जापानी समकक्ष से मिले।",
			want: [][]string{{"IN", "US"}, {"IN", "JP"}}},
		{name: "review s54: guard: one coming home is home's", text: "कतर से लौटने के बाद विदेश राज्य मंत्री कीर्तिवर्धन सिंह बुधवार को भारत पहुंचेंगे।",
			want: [][]string{{"IN"}}},
		{name: "review s54: a country of two words names the visitor's", text: "सऊदी अरब के विदेश मंत्रालय ने कहा है कि विदेश मंत्री 20 नवंबर को भारत आएंगे।",
			want: [][]string{{"IN", "SA"}}},
		{name: "s53: 'पाक', the headlines' short form, is Pakistan before an office", text: "अगले महीने उज्बेकिस्तान में पाक पीएम से मिल सकते हैं मोदी",
			want: [][]string{{"IN", "PK"}}},
		{name: "s53: 'पाक' (holy) before no office is no country", text: "रमजान के पाक महीने में 20 नवंबर को मोदी सऊदी अरब जाएंगे।",
			want: [][]string{{"IN", "SA"}}},
		{name: "s53: the one excepted ('को छोड़कर') takes no part", text: "मोदी ने 10 नवंबर को पाकिस्तानी प्रधानमंत्री इमरान खान को छो\u095Cकर सभी सार्क नेताओं से फोन पर बात की।",
			want: [][]string{{"IN"}}},
		{name: "s53: the nukta typed apart, the same", text: "मोदी ने 10 नवंबर को इमरान खान को छोड\u093Cकर सभी सार्क नेताओं से फोन पर बात की।",
			want: [][]string{{"IN"}}},
		{name: "s53: an article and a hyphened word between the country and the visit", text: "विदेश मंत्री ने 10 नवंबर को चीन की एक हाई-प्रोफाइल यात्रा रद्द कर दी।",
			want: [][]string{{"CN", "IN"}}},
		{name: "review s48: the last letter of an abbreviation may have no stop", text: "प्रधानमंत्री मोदी 20 नवंबर को यू.एस.ए जाएंगे।",
			want: [][]string{{"IN", "US"}}},
		{name: "review s48: an office's abbreviation without its last stop", text: "नेपाल के पी.एम रमेश कुमार 20 नवंबर को भारत आएंगे।",
			want: [][]string{{"IN", "NP"}}},
		{name: "review s48: the word after the last stop, with no space, is no letter of it", text: "प्रधानमंत्री ने गत वर्ष नवंबर में यू.के.की अपनी यात्रा का स्मरण किया।",
			want: [][]string{{"GB", "IN"}}},
		{name: "heldout17: a country's abbreviation with full stops ('यू.के.')", text: "प्रधानमंत्री ने गत वर्ष नवंबर में यू.के. की अपनी यात्रा का स्मरण किया।",
			want: [][]string{{"GB", "IN"}}},
		{name: "an office's abbreviation with full stops ('पी.एम.')", text: "नेपाल के पी.एम. रमेश कुमार 20 नवंबर को भारत आएंगे।",
			want: [][]string{{"IN", "NP"}}},
		{name: "heldout37: a country's name with its hyphen stays in the list", text: "प्रधानमंत्री मोदी 20 नवंबर से घाना, त्रिनिदाद-टोबैगो और अर्जेंटीना की यात्रा पर रहेंगे।",
			want: [][]string{{"GH", "IN"}, {"IN", "TT"}, {"AR", "IN"}}},
		{name: "corpus 35: each stop of a listed journey goes to its own place", text: "प्रधानमंत्री 24 नवंबर को जापान की राजधानी टोक्यो, 26 नवंबर को सियोल और 28 नवंबर को मनीला पहुंचेंगे।",
			want: [][]string{{"IN", "JP"}, {"IN", "KR"}, {"IN", "PH"}}},
		{name: "corpus 35: a list after a stop with its day keeps its countries", text: "राष्ट्रपति 24 नवंबर को जापान पहुंचेंगे और अगले महीने सऊदी अरब, मलेशिया की यात्रा करेंगे।",
			want: [][]string{{"IN", "JP"}, {"IN", "SA"}, {"IN", "MY"}}},
		{name: "corpus 35: a stop named by its country and capital", text: "प्रधानमंत्री 24 नवंबर को क्रोएशिया की राजधानी ज़गरेब, 26 नवंबर को ओस्लो पहुंचेंगे।",
			want: [][]string{{"HR", "IN"}, {"IN", "NO"}}},
		{name: "heldout32: a tour told after a headline of its first country: a visit to each", text: "जो बाइडन ने स्थगित किया ऑस्ट्रेलियाई दौरा\nराष्ट्रपति जो बाइडन कुछ दिन बाद ही ऑस्ट्रेलिया और पापुआ न्यू गिनी का दौरा करने वाले थे। पर अब उनका यह दौरा स्थगित हो गया है।",
			want: [][]string{{"AU", "US"}, {"PG", "US"}}},
		{name: "heldout32: legs told on their own keep their one country", text: "प्रधानमंत्री मोदी 17 नवंबर को श्रीलंका पहुंचे। इससे पहले वह 16 नवंबर को मालदीव पहुंचे थे। मोदी की मालदीव और श्रीलंका की यात्रा पड़ोसी प्रथम की नीति दिखाती है।",
			want: [][]string{{"IN", "LK"}, {"IN", "MV"}}},
		{name: "heldout10 and heldout38: two countries opening the clause sign as its subject", text: "जापान और फ्रांस 17 नवंबर को छह समझौतों पर हस्ताक्षर करेंगे।",
			want: [][]string{{"FR", "JP"}}},
		{name: "two countries owning what opens the clause are no subject", text: "जापान और फ्रांस के अधिकारी 17 नवंबर को छह समझौतों पर हस्ताक्षर करेंगे।",
			want: [][]string{nil}},
		{name: "heldout22 and heldout30: a clause that names no one is the two countries' the sentence opened with", text: "जापान और फ्रांस के बीच 17 नवंबर को वार्ता हुई, छह समझौतों पर हस्ताक्षर हुए।",
			want: [][]string{{"FR", "JP"}, {"FR", "JP"}}},
		{name: "heldout32: म्यांमा, as PTI spells Myanmar", text: "भारत और म्यांमा के बीच 17 नवंबर को आठ समझौतों पर हस्ताक्षर हुए।",
			want: [][]string{{"IN", "MM"}}},
		{name: "heldout16 and heldout30: 'दोनों देशों' with one side named: the other side of the pair before", text: "प्रधानमंत्री मोदी ने 17 नवंबर को जापान के प्रधानमंत्री किशिदा से मुलाकात की। इसके बाद साझा बयान में मोदी ने कहा कि दोनों देशों के संबंध मजबूत हुए हैं।",
			want: [][]string{{"IN", "JP"}, {"IN", "JP"}}},
		{name: "no 'दोनों': the one side named stays alone", text: "प्रधानमंत्री मोदी ने 17 नवंबर को जापान के प्रधानमंत्री किशिदा से मुलाकात की। इसके बाद साझा बयान में मोदी ने कहा कि संबंध मजबूत हुए हैं।",
			want: [][]string{{"IN", "JP"}, {"IN"}}},
		{name: "'दोनों देशों' after three countries: no pair to read the other side from", text: "मोदी, किशिदा और अल्बनीज़ ने 17 नवंबर को त्रिपक्षीय बैठक की। इसके बाद साझा बयान में मोदी ने कहा कि दोनों देशों के संबंध मजबूत हुए हैं।",
			want: [][]string{{"AU", "IN", "JP"}, {"IN"}}},
		{name: "heldout7 and heldout18: travellers of two countries to a third make a visit each", text: "चीन और पाकिस्तान के विदेश मंत्री 17 नवंबर को गोवा पहुंचे।",
			want: [][]string{{"CN", "IN"}, {"IN", "PK"}}},
		{name: "a counterpart met on arrival is no traveller of his own", text: "रूस के राष्ट्रपति पुतिन अपने अमेरिकी समकक्ष बाइडेन के साथ शिखर वार्ता के लिए 16 नवंबर को जिनेवा पहुंचे।",
			want: [][]string{{"RU", "US"}, {"CH", "RU", "US"}}},
		{name: "people a pronoun stands for make no visit of their own", text: "ऑस्ट्रेलिया के प्रधानमंत्री मॉरिसन प्रधानमंत्री मोदी के निमंत्रण पर 13 नवंबर को भारत आने वाले थे। वह 16 नवंबर को जापान की यात्रा पर भी जाएंगे।",
			want: [][]string{{"AU", "IN"}, {"AU", "IN", "JP"}}},
		{name: "heldout39 and heldout37: the longest country name before an office", text: "प्रधानमंत्री मोदी ने 17 नवंबर को पापुआ न्यू गिनी के प्रधानमंत्री जेम्स मारापे से मुलाकात की।",
			want: [][]string{{"IN", "PG"}}},
		{name: "review s46: a pair whose war a clause opens with is no party", text: "रूस और यूक्रेन युद्ध के बीच मोदी 17 नवंबर को पोलैंड पहुंचे।",
			want: [][]string{{"IN", "PL"}}},
		{name: "review 2 s46: a hyphened pair whose war a clause opens with is no party", text: "अमेरिका-चीन व्यापार युद्ध के बीच मोदी 17 नवंबर को जापान पहुंचे।",
			want: [][]string{{"IN", "JP"}}},
		{name: "review s46: a pair named as examples of many is no party", text: "भारत और रूस सहित दस देशों ने 17 नवंबर को समझौते पर हस्ताक्षर किए।",
			want: [][]string{nil}},
		{name: "review s46: one country before lends no pair to a clause that names no one", text: "भारत ने 17 नवंबर को जापान से बात की, छह समझौतों पर हस्ताक्षर हुए।",
			want: [][]string{{"IN"}, nil}},
		{name: "review s46: a group's summit in a later clause is not the opening pair's", text: "भारत और रूस के बीच 17 नवंबर को वार्ता हुई, 20 नवंबर को ब्रिक्स शिखर सम्मेलन होगा।",
			want: [][]string{{"IN", "RU"}, nil}},
		{name: "review s46: 'दोनों देशों' in a sentence about a summit takes no pair's other side", text: "प्रधानमंत्री मोदी ने 17 नवंबर को जापान के प्रधानमंत्री किशिदा से मुलाकात की। 18 नवंबर को मोदी ब्रिक्स शिखर सम्मेलन में भाग लेंगे, जहां दोनों देशों के नेता फिर मिलेंगे।",
			want: [][]string{{"IN", "JP"}, {"IN"}}},
		{name: "review 2 s46: travellers of two countries, told for two years: a visit each, each year", text: "चीन और पाकिस्तान के प्रधानमंत्री 2019 और 2023 में भारत आए थे।",
			want: [][]string{{"CN", "IN"}, {"IN", "PK"}, {"CN", "IN"}, {"IN", "PK"}}},
		{name: "review 2 s46: 'दोनों देशों' with a pair's annual summit takes the other side", text: "प्रधानमंत्री मोदी 17 नवंबर को जापान पहुंचे। दोनों देशों के बीच 18 नवंबर को वार्षिक शिखर सम्मेलन होगा।",
			want: [][]string{{"IN", "JP"}, {"IN", "JP"}}},
		{name: "review 2 s46: 'दोनों देशों' gives a group's meeting no pair's other side", text: "प्रधानमंत्री मोदी ने 17 नवंबर को जापान के प्रधानमंत्री किशिदा से मुलाकात की। 18 नवंबर को मोदी एससीओ बैठक में भाग लेंगे, जहां दोनों देशों के नेता फिर मिलेंगे।",
			want: [][]string{{"IN", "JP"}, {"IN"}}},
		{name: "review 2 s46: a pair's own annual summit in a later clause is the pair's", text: "भारत और रूस के बीच 17 नवंबर को वार्ता हुई, 5 दिसंबर को 23वां वार्षिक शिखर सम्मेलन होगा।",
			want: [][]string{{"IN", "RU"}, {"IN", "RU"}}},
		{name: "review 2 s46: a group's meeting in a later clause, named without शिखर, is not the pair's", text: "भारत और रूस ने 17 नवंबर को समझौता किया, अगले महीने 5 दिसंबर को क्वाड बैठक होगी।",
			want: [][]string{{"IN", "RU"}, {"AU", "IN", "JP", "US"}}},
		{name: "review 2 s46: a pair that calls itself 'दोनों देशों' is the subject", text: "भारत और रूस दोनों देशों के बीच व्यापार बढ़ाने के लिए 17 नवंबर को समझौते पर हस्ताक्षर करेंगे।",
			want: [][]string{{"IN", "RU"}}},
		{"a leader's name alone", "मोदी ने 16 नवंबर को पुतिन से फोन पर बात की।", [][]string{{"IN", "RU"}}},
		{"a telling that says whose office beats one that does not",
			"अमेरिकी राष्ट्रपति दिसंबर में भारत आएंगे। राष्ट्रपति 7 दिसंबर को भारत की यात्रा करेंगे।", [][]string{{"IN", "US"}}},
		{"one meeting each", "प्रधानमंत्री ने 17 नवंबर को जापान के प्रधानमंत्री और फ्रांस के राष्ट्रपति से मुलाकात की।",
			[][]string{{"IN", "JP"}, {"FR", "IN"}}},
		{"a demonym right before the visit noun is where the visit goes", "विदेश मंत्री सुषमा स्वराज 20 नवंबर को दस दिवसीय अमेरिकी दौरे पर पहुंचीं।", [][]string{{"IN", "US"}}},
		{"a demonym further back is the visitor's", "अमेरिकी विदेश मंत्री 20 नवंबर को तीन दिन के भारत दौरे पर आएंगे।", [][]string{{"IN", "US"}}},
		{"a country of three words", "संयुक्त अरब अमीरात के राष्ट्रपति 20 नवंबर को भारत की यात्रा पर आएंगे।", [][]string{{"AE", "IN"}}},
		{"a head of state by another title", "मोदी ने 17 नवंबर को कतर के अमीर शेख तमीम बिन हमद अल थानी से मुलाकात की।", [][]string{{"IN", "QA"}}},
		{"a speaker of parliament", "मोदी ने 17 नवंबर को मोजाम्बिक के संसद अध्यक्ष वेरोनिका माकामो से मुलाकात की।", [][]string{{"IN", "MZ"}}},
		{"a sultan", "मोदी ने 17 नवंबर को ओमान के सुल्तान हैथम बिन तारिक से मुलाकात की।", [][]string{{"IN", "OM"}}},
		{"a crown prince", "मोदी ने 17 नवंबर को सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान से फोन पर बात की।", [][]string{{"IN", "SA"}}},
		{"a co-chair is no office: the minister keeps his name", "जयशंकर ने 17 नवंबर को फिनलैंड के विदेश मंत्री और सम्मेलन के सह-अध्यक्ष हाविस्टो से मुलाकात की।", [][]string{{"FI", "IN"}}},

		{"both leaders of a sentence with an if", "ब्राजील के राष्ट्रपति लूला ने रविवार को अर्जेंटीना के राष्ट्रपति मिलेई से कहा कि अगर शुल्क बढ़े तो व्यापार घटेगा। दोनों नेताओं ने करीब आधे घंटे तक बात की।", [][]string{{"AR", "BR"}}},
		{"a monarch by the title of the country told as here, each met on her own", "प्रधानमंत्री 17 नवंबर को डेनमार्क पहुंचे। यहां उन्होंने कोपेनहेगन में प्रधानमंत्री मेटे फ्रेडरिकसन और यहां की महारानी मार्ग्रेट से मुलाकात की।", [][]string{{"DK", "IN"}, {"DK", "IN"}, {"DK", "IN"}}},
		{"a king by a title that is also a given name", "मोदी ने 17 नवंबर को स्वाजीलैंड के नरेश एमस्वाती तृतीय से मुलाकात की।", [][]string{{"IN", "SZ"}}},
		{"the people of a supposition are not 'दोनों नेताओं'", "मोदी सोमवार को अमेरिका पहुंचे। राष्ट्रपति ट्रंप ने कहा कि अगर रूस के राष्ट्रपति पुतिन और यूक्रेन के राष्ट्रपति जेलेंस्की आमने-सामने बैठें तो युद्ध खत्म हो सकता है। दोनों नेताओं ने मंगलवार को व्हाइट हाउस में मुलाकात की।", [][]string{{"IN", "US"}, {"IN", "US"}}},
		{"a supposition sets the story in no country", "मोदी सोमवार को ब्राजील पहुंचे। अगर वह अगले साल जापान जाते हैं तो वह पहली जापान यात्रा होगी। मंगलवार को उन्होंने राष्ट्रपति से मुलाकात की।", [][]string{{"BR", "IN"}, {"BR", "IN"}}},
		{"a country's abbreviation in brackets", "दक्षिण अफ्रीका (एसए) के राष्ट्रपति ने 17 नवंबर को मोदी से मुलाकात की।", [][]string{{"IN", "ZA"}}},
		{"a Latin abbreviation in brackets", "संयुक्त अरब अमीरात (UAE) के राष्ट्रपति ने 17 नवंबर को मोदी से फोन पर बात की।", [][]string{{"AE", "IN"}}},
		{"a bare office opening the next sentence is the foreign holder named before", "श्रीलंका के प्रधानमंत्री महिंदा राजपक्षे 20 नवंबर को मालदीव जाएंगे। प्रधानमंत्री वहां राष्ट्रपति सोलिह से मुलाकात करेंगे।", [][]string{{"LK", "MV"}, {"LK", "MV"}}},
		{"an office that meets 'उनसे', the one before, is another", "श्रीलंका के प्रधानमंत्री महिंदा राजपक्षे 20 नवंबर को भारत आएंगे। प्रधानमंत्री उनसे मुलाकात करेंगे।", [][]string{{"IN", "LK"}, {"IN"}}},
		{"a bare office after a sentence of both holders is home's", "प्रधानमंत्री नरेंद्र मोदी ने 17 नवंबर को जापान के प्रधानमंत्री शिगेरु इशिबा से फोन पर बात की। प्रधानमंत्री 25 नवंबर को अमेरिका की यात्रा करेंगे।", [][]string{{"IN", "JP"}, {"IN", "US"}}}, // review 25: Ishiba was sent to the US
		{"an office opening a sentence with से is the one met, not the one before", "श्रीलंका के प्रधानमंत्री महिंदा राजपक्षे 20 नवंबर को भारत आएंगे। प्रधानमंत्री से उनकी मुलाकात 21 नवंबर को होगी।", [][]string{{"IN", "LK"}, {"IN", "LK"}}},
		{"'A और B में' before an agreement is between them, no place", "अमेरिका और यूक्रेन में 20 नवंबर को खनिज समझौता होने की उम्मीद है।", [][]string{{"UA", "US"}}},
		{"'A और B में' talks one holds in both are not between them", "प्रधानमंत्री मोदी 20 नवंबर को जापान और चीन में द्विपक्षीय वार्ता करेंगे।", [][]string{{"CN", "IN"}}}, // review 25: a three-sided bilateral meeting
		{"'A और B में' talks told far after are between them", "भारत और पाकिस्तान में 20 नवंबर को विदेश सचिव स्तर की वार्ता होगी।", [][]string{{"IN", "PK"}}},               // review 26: Pakistan was host and place
		{"'A और B में होने वाले' is where it is held", "मोदी 20 नवंबर को भारत और जापान में होने वाले सम्मेलन में जाएंगे।", [][]string{{"IN", "JP"}}},
		{"talks of one side during its visit are with the host", "यूक्रेन के राष्ट्रपति जेलेंस्की 17 नवंबर को अमेरिका पहुंचे। वहां वह द्विपक्षीय वार्ता के लिए व्हाइट हाउस गए।", [][]string{{"UA", "US"}, {"UA", "US"}}},
		{"one who will not attend a summit is no participant", "प्रधानमंत्री मोदी इस साल के सार्क शिखर सम्मेलन में हिस्सा नहीं लेंगे।", [][]string{nil}},                                          // review 25
		{"a chief minister of a foreign province is of its country", "पाकिस्तान के पंजाब प्रांत की मुख्यमंत्री मरियम नवाज ने 10 नवंबर को चीन के राजदूत से मुलाकात की।", [][]string{{"CN", "PK"}}}, // review 25: she was India's
		{"a North Korean is no South Korean", "पुतिन 20 नवंबर को उत्तर कोरियाई नेता किम जोंग उन से मिलेंगे।", [][]string{{"KP", "RU"}}},
		{"the EU's presidents speak for it", "यूरोपीय आयोग की अध्यक्ष उर्सुला वॉन डेर लेयेन 20 नवंबर को भारत आएंगी।", [][]string{{"EU", "IN"}}},
		{"a pronoun after 'जहां' is the subject named before it in its sentence, not the one of the sentence before",
			"रूसी राष्ट्रपति पुतिन ने 17 नवंबर को चीन के राष्ट्रपति शी से फोन पर बात की। प्रधानमंत्री मोदी 20 नवंबर को ब्रसेल्स पहुंचेंगे, जहां वह बेल्जियम के प्रधानमंत्री से मुलाकात करेंगे।",
			[][]string{{"CN", "RU"}, {"BE", "IN"}, {"BE", "IN"}}},
		{"the one whose invitation is told before the pronoun is not its subject",
			"रूसी राष्ट्रपति पुतिन ने 17 नवंबर को चीन के राष्ट्रपति शी से फोन पर बात की। फ्रांस के राष्ट्रपति के न्योते पर प्रधानमंत्री मोदी 20 नवंबर को पेरिस पहुंचेंगे, जहां वह बेल्जियम के प्रधानमंत्री से भी मुलाकात करेंगे।",
			[][]string{{"CN", "RU"}, {"FR", "IN"}, {"BE", "IN"}}},
		{"review 18: a pronoun after one who welcomes is the guest, not the host",
			"रूसी राष्ट्रपति पुतिन 17 नवंबर को बीजिंग पहुंचे। हवाई अड्डे पर चीन के विदेश मंत्री वांग यी ने गर्मजोशी से स्वागत किया, जिसके बाद वह 18 नवंबर को राष्ट्रपति शी जिनपिंग से मुलाकात करेंगे।",
			[][]string{{"CN", "RU"}, {"CN", "RU"}}},
		{"review 18: an object pronoun after the clause's subject is the one of the sentence before",
			"पुतिन 17 नवंबर को बीजिंग पहुंचे। राष्ट्रपति शी जिनपिंग 18 नवंबर को भव्य स्वागत समारोह आयोजित करेंगे, जहां वह उनके साथ द्विपक्षीय वार्ता भी करेंगे।",
			[][]string{{"CN", "RU"}, {"CN", "RU"}}},
		{"review 19: an object pronoun of a clause that names someone is that one",
			"अमेरिकी राष्ट्रपति ट्रंप ने 17 नवंबर को चीन के राष्ट्रपति शी से फोन पर बात की। प्रधानमंत्री मोदी 20 नवंबर को पेरिस पहुंचेंगे, जहां वह राष्ट्रपति मैक्रों से मुलाकात करेंगे और उन्हें भारत आने का न्योता देंगे।",
			[][]string{{"CN", "US"}, {"FR", "IN"}, {"FR", "IN"}}},
		{"review 20: one a hosting word follows is no subject, with no 'ने' either",
			"रूसी राष्ट्रपति पुतिन 17 नवंबर को बीजिंग पहुंचे। हवाई अड्डे पर चीन के विदेश मंत्री वांग यी स्वागत के लिए मौजूद थे, जिसके बाद वह 18 नवंबर को राष्ट्रपति शी जिनपिंग से मुलाकात करेंगे।",
			[][]string{{"CN", "RU"}, {"CN", "RU"}}},
		{"review 20: a clause whose first pronoun is an object is of the one told before",
			"रूसी राष्ट्रपति पुतिन 17 नवंबर को बीजिंग पहुंचे। राष्ट्रपति शी जिनपिंग 18 नवंबर को ग्रेट हॉल में भोज देंगे, जहां उनके साथ द्विपक्षीय वार्ता होगी।",
			[][]string{{"CN", "RU"}, {"CN", "RU"}}},
		{"a ruler's title after the country's name is of that country", // heldout44 15: "भूटान नरेश" was read as a name of India's side
			"प्रधानमंत्री मोदी 20 नवंबर को भूटान नरेश जिग्मे खेसर नामग्याल वांगचुक से मुलाकात करेंगे।",
			[][]string{{"BT", "IN"}}},
		{"a pronoun with no one named before it in its sentence is the one told before, not one named later", // heldout35 02: "वह … वार्ता में शामिल होंगी और … मोदी के दौरे के लिए …"
			"अमेरिकी विदेश मंत्री एंटनी ब्लिंकन 20 नवंबर को दिल्ली पहुंचेंगे। वह दोनों देशों के बीच रणनीतिक वार्ता में शामिल होंगे और जापान के प्रधानमंत्री के दौरे की तैयारी पर चर्चा करेंगे।",
			[][]string{{"IN", "US"}, {"IN", "US"}}},
		{"review 20: a clause before that speaks of the one told before keeps him in focus",
			"रूसी राष्ट्रपति पुतिन 17 नवंबर को बीजिंग पहुंचे। उत्तर कोरिया के नेता किम जोंग उन ने 18 नवंबर को हवाई अड्डे पर उन्हें विदा किया, जिसके बाद वह 19 नवंबर को वियतनाम पहुंचेंगे।",
			[][]string{{"CN", "RU"}, {"KP", "RU", "VN"}}},
		{"'उनके' of a subject's own ('उनके सम्मान में') is no object: the clause's pronoun is the sentence's subject",
			"पुतिन 17 नवंबर को बीजिंग पहुंचे। जर्मनी के चांसलर मर्त्ज़ 20 नवंबर को भारत आएंगे, जहां उनके सम्मान में प्रधानमंत्री मोदी भोज देंगे।",
			[][]string{{"CN", "RU"}, {"DE", "IN"}, {"DE", "IN"}}},
		{"an object pronoun after the clause's subject pronoun is the one of the sentence before",
			"पुतिन 17 नवंबर को बीजिंग पहुंचे। राष्ट्रपति शी जिनपिंग 18 नवंबर को भोज देंगे, जहां वह उनके साथ द्विपक्षीय वार्ता भी करेंगे।",
			[][]string{{"CN", "RU"}, {"CN", "RU"}}},
		{"review 19: 'X ने बताया कि वह …' of a minister is the minister himself",
			"अमेरिकी राष्ट्रपति ट्रंप ने 17 नवंबर को चीन के राष्ट्रपति शी से फोन पर बात की। विदेश मंत्री जयशंकर ने बताया कि वह 20 नवंबर को मॉस्को में रूसी विदेश मंत्री लावरोव से मुलाकात करेंगे।",
			[][]string{{"CN", "US"}, {"IN", "RU"}}},
		{"review 22: one who tells of meeting his own country's people speaks of the one before",
			"अमेरिकी राष्ट्रपति ट्रंप 17 नवंबर को दिल्ली पहुंचे। विदेश मंत्री जयशंकर ने 18 नवंबर को कहा कि वह 19 नवंबर को प्रधानमंत्री मोदी से मिलेंगे।",
			[][]string{{"IN", "US"}, {"IN", "US"}}},
		{"'वे' of a later clause is the sentence's own subject too",
			"रूसी राष्ट्रपति पुतिन ने 17 नवंबर को चीन के राष्ट्रपति शी से फोन पर बात की। विदेश मंत्री जयशंकर 20 नवंबर को जी-20 बैठक में भाग लेंगे, जहां वे फ्रांस के विदेश मंत्री से भी मिलेंगे।",
			[][]string{{"CN", "RU"}, {"IN"}, {"FR", "IN"}}},
		{"a visit here is to where the report is filed", "बीजिंग। रूसी राष्ट्रपति पुतिन 17 नवंबर को यहां पहुंचे।", [][]string{{"CN", "RU"}}},
		{"a visit here with no dateline is to the home country", "अमेरिकी राष्ट्रपति 17 नवंबर को सपरिवार यहां आए।", [][]string{{"IN", "US"}}},
		{"a visit's length and days between its country and its noun", "विदेश मंत्री जापान के दो दिनों (20-21 नवंबर) के दौरे पर रवाना हुए।", [][]string{{"IN", "JP"}}},
		{"the country named as a summit's host hosts it", "जापान की मेजबानी में जी-7 शिखर सम्मेलन 20 नवंबर को होगा, जिसमें प्रधानमंत्री मोदी भाग लेंगे।", [][]string{{"IN", "JP"}}},
		{"an Indian president by her surname alone", "राष्ट्रपति मुर्मू 17 से 20 नवंबर तक जापान की यात्रा पर हैं।", [][]string{{"IN", "JP"}}},
		{"a former president by his surname alone", "कोविंद 17 नवंबर को जापान पहुंचे।", [][]string{{"IN", "JP"}}},
		{"Côte d'Ivoire by its English name", "राष्ट्रपति 20 नवंबर को आइवरी कोस्ट जाएंगे।", [][]string{{"CI", "IN"}}},
		{"a list the clause splits at a comma runs on before it", "राष्ट्रपति इन दिनों तीन अफ्रीकी देशों- घाना, आयवरी कोस्ट और नामीबिया की छह दिवसीय यात्रा पर हैं।", [][]string{{"GH", "IN"}, {"CI", "IN"}, {"IN", "NA"}}},
		{"North Korea's leader by his name", "ट्रंप ने 17 नवंबर को किम जोंग उन से मुलाकात की।", [][]string{{"KP", "US"}}},
		{"a visit done before is no journey's end: the country gone to next", "विदेश मंत्री चीन के दौरे के बाद 20 नवंबर को मंगोलिया जाएंगी।", [][]string{{"IN", "MN"}}},
		{"a visit of days done before: the country reached next", "फ्रांस के दो दिन के दौरे के बाद प्रधानमंत्री मोदी 17 नवंबर को यूएई पहुंचे।", [][]string{{"FR", "IN"}, {"AE", "IN"}}},
		{"a visit done before alone still names its country", "विदेश मंत्री ने 17 नवंबर को कहा कि जापान की यात्रा के बाद संबंध मजबूत हुए हैं और वह 20 नवंबर को दोबारा यात्रा करेंगे।", [][]string{{"IN", "JP"}}},
		{"two countries joined by 'व' between them are the two sides", "नेपाल व भूटान के बीच 20 नवंबर को समझौता होगा।", [][]string{{"BT", "NP"}}},
		{"a speaker who tells the call in the first person is its side", "ज़ेलेंस्की ने अपने संदेश में कहा कि मैंने सोमवार को प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।", [][]string{{"IN", "UA"}}},
		{"a speaker who tells others' talks is not their side", "ट्रंप ने कहा कि पुतिन और ज़ेलेंस्की सोमवार को मिले।", [][]string{{"RU", "UA"}}},
		{"review 16: a speaker who hopes for others' talks is not their side", "ट्रंप ने कहा कि मैं उम्मीद करता हूं पुतिन और ज़ेलेंस्की 20 नवंबर को मिलेंगे।", [][]string{{"RU", "UA"}}},
		{"a visit ended before is no journey's end", "नाइजीरिया की दो दिन की यात्रा खत्म करने के बाद प्रधानमंत्री मोदी 17 नवंबर को ब्राजील पहुंचे।", [][]string{{"IN", "NG"}, {"BR", "IN"}}},
		{"leaders of countries named before many leaders met: one meeting each",
			"मोदी ने 17 नवंबर को शिखर सम्मेलन के मौके पर इटली, नॉर्वे और पुर्तगाल के नेताओं सहित कई देशों के नेताओं से मुलाकात की।",
			[][]string{{"IN", "IT"}, {"IN", "NO"}, {"IN", "PT"}}},
		{"the inviter of a visit abroad hosts it",
			"रक्षा मंत्री 20 नवंबर को जापान के रक्षा मंत्री के निमंत्रण पर जापान की यात्रा पर जाएंगे।", [][]string{{"IN", "JP"}}},
		{"the inviter of a visit home hosts it",
			"प्रधानमंत्री मोदी के विशेष आमंत्रण पर फ्रांस के राष्ट्रपति 20 नवंबर को भारत की यात्रा पर आएंगे।", [][]string{{"FR", "IN"}}},
		{"the inviter in another telling of the visit",
			"विदेश सचिव विक्रम मिस्री 20 नवंबर को श्रीलंका के दौरे पर रहेंगे। यह यात्रा श्रीलंका के विदेश सचिव के बुलावे पर हो रही है।", [][]string{{"IN", "LK"}}},
		{"a list of countries, names of two words and spellings CLDR does not print: one meeting each",
			"विदेश मंत्री ने 17 नवंबर को न्यूयॉर्क में सऊदी अरब, मेक्सिको और मोल्दोवा के अपने समकक्षों से मुलाकात की।",
			[][]string{{"IN", "SA"}, {"IN", "MX"}, {"IN", "MD"}}},
		{"counterparts of one country by their offices: one meeting each",
			"सुषमा स्वराज 17 नवंबर को ढाका में बांग्लादेश के राष्ट्रपति अब्दुल हमीद और प्रधानमंत्री शेख हसीना से मुलाकात करेंगी।",
			[][]string{{"BD", "IN"}, {"BD", "IN"}}},
		{"a foreign visitor meets the home side's office holders: one meeting each",
			"ब्राजील के राष्ट्रपति जेयर बोलसोनारो 20 नवंबर को भारत पहुंचेंगे। इस दौरान वे राष्ट्रपति द्रौपदी मुर्मू और उप राष्ट्रपति जगदीप धनखड़ से मुलाकात करेंगे।",
			[][]string{{"BR", "IN"}, {"BR", "IN"}, {"BR", "IN"}}},
		{"home office holders joined by व: one meeting each",
			"नेपाल के प्रधानमंत्री 20 नवंबर को भारत आएंगे। वह राष्ट्रपति द्रौपदी मुर्मू व उप राष्ट्रपति जगदीप धनखड़ से मुलाकात करेंगे।",
			[][]string{{"IN", "NP"}, {"IN", "NP"}, {"IN", "NP"}}},
		{"home offices named without names, after a meeting with another: one meeting each",
			"ऑस्ट्रेलिया के प्रधानमंत्री 20 नवंबर को मोदी से मिलेंगे। साथ ही वह राष्ट्रपति, उप-राष्ट्रपति और विदेश मंत्री जयशंकर से भी मिलेंगे।",
			[][]string{{"AU", "IN"}, {"AU", "IN"}, {"AU", "IN"}, {"AU", "IN"}}},
		{"the ruler of a city is of the city's country",
			"मोदी ने 17 नवंबर को दुबई के शासक शेख मोहम्मद बिन राशिद से मुलाकात की।",
			[][]string{{"AE", "IN"}}},
		{"a foreign man with three titles is one meeting",
			"मोदी ने 17 नवंबर को यूएई के उप राष्ट्रपति, प्रधानमंत्री और दुबई के शासक शेख मोहम्मद बिन राशिद से मुलाकात की।",
			[][]string{{"AE", "IN"}}},
		{"a visit to the White House is to the US", "प्रधानमंत्री मोदी 20 नवंबर को व्हाइट हाउस आएंगे।", [][]string{{"IN", "US"}}},
		{"talks in the Kremlin are held in Russia", "मोदी ने 17 नवंबर को क्रेमलिन में राष्ट्रपति से मुलाकात की।", [][]string{{"IN", "RU"}}},
		{"a country the trip came after is not the office's", "अफगानिस्तान के बाद अचानक पीएम मोदी 25 नवंबर को पाकिस्तान पहुंचे।", [][]string{{"IN", "PK"}}},
		{"a visitor's demonym is not the next office's, and 'से मुलाकात भी' meets others too",
			"नेपाल के प्रधानमंत्री 20 नवंबर को चार दिवसीय भारत दौरे पर आएंगे। वह पीएम मोदी से मुलाकात करेंगे। लंच के बाद नेपाली प्रधानमंत्री उपराष्ट्रपति जगदीप धनखड़ और राष्ट्रपति द्रौपदी मुर्मू से मुलाकात भी करेंगे।",
			[][]string{{"IN", "NP"}, {"IN", "NP"}, {"IN", "NP"}, {"IN", "NP"}}},
		{"a place glossed in Latin letters sets the counterpart's country", "प्रधानमंत्री मोदी (PM Modi) 20 नवंबर को पोलैंड (Poland) में अपने समकक्ष डोनाल्ड टस्क के साथ द्विपक्षीय वार्ता करेंगे।", [][]string{{"IN", "PL"}}},
		{"a name glossed in Latin letters, then the list goes on: still the one met",
			"प्रधानमंत्री मोदी 20 नवंबर को पोलैंड में अपने समकक्ष डोनाल्ड टस्क के साथ द्विपक्षीय वार्ता करेंगे। इसके बाद पोलैंड के राष्ट्रपति अंद्रजेज डुडा (President Andrzej Duda), वहां के उद्योगपतियों और इंफ्यूलेंसर्स से अलग-अलग मुलाकात करेंगे।",
			[][]string{{"IN", "PL"}, {"IN", "PL"}}},
		{"review: a former president keeps his country", "मोदी ने 17 नवंबर को मालदीव के पूर्व राष्ट्रपति मोहम्मद नशीद से मुलाकात की।", [][]string{{"IN", "MV"}}},
		{"review: two portfolios of one minister are one meeting",
			"जापान के प्रधानमंत्री 20 नवंबर को भारत आएंगे। वह वित्त मंत्री और कॉरपोरेट कार्य मंत्री निर्मला सीतारमण से मिलेंगे।",
			[][]string{{"IN", "JP"}, {"IN", "JP"}}},
		{"review: क्रिसमस is a festival, no place", "ब्रिटिश प्रधानमंत्री 24 दिसंबर को क्रिसमस यात्रा पर रहेंगे।", [][]string{{"GB"}}},
		{"the Quad is its four countries", "क्वाड देशों के विदेश मंत्रियों की बैठक 20 नवंबर को टोक्यो में होगी।", [][]string{{"AU", "IN", "JP", "US"}}},
		{"a Quad summit in Latin letters, one of them named", "जो बाइडन 20 नवंबर को Quad शिखर सम्मेलन की मेजबानी करेंगे।", [][]string{{"AU", "IN", "JP", "US"}}},
		{"a visitor to a city is its country's guest", "अपने दौरे के पहले दिन जापान के प्रधानमंत्री ने 17 नवंबर को पेरिस में उद्योगपतियों से मुलाकात की और ल्यों निकल गए।", [][]string{{"FR", "JP"}}},
		{"a country of four words ends a tour's list", "राष्ट्रपति कोविंद 1 दिसंबर से सर्बिया, जमैका और सेंट विंसेंट और ग्रेनेडाइंस के अपने तीन देशों के दौरे पर जाएंगे।",
			[][]string{{"IN", "RS"}, {"IN", "JM"}, {"IN", "VC"}}},
		{"a visit to a country's capital is to the country", "प्रधानमंत्री मोदी 10 दिसंबर को लाओस की राजधानी वियनतियाने की यात्रा पर रहेंगे।", [][]string{{"IN", "LA"}}},
		{"review: the Quad criticised at another group's meeting is no member of it", "चीन ने 17 नवंबर को ब्रिक्स बैठक में क्वाड की आलोचना की।", [][]string{{"CN"}}},
		{"review: a clause after a stay shares its subject", "रूसी राष्ट्रपति पुतिन 25 से 27 नवंबर तक भारत में रहेंगे और प्रधानमंत्री मोदी से मुलाकात करेंगे।",
			[][]string{{"IN", "RU"}, {"IN", "RU"}}},
		{"review: where the main event goes is told after a frame 'से पहले'", "20 नवंबर को जापान पहुंचने से पहले प्रधानमंत्री मोदी 19 नवंबर को वियतनाम जाएंगे।",
			[][]string{{"IN", "JP"}, {"IN", "VN"}}},
		{"review: the one named 'besides' is in the other meeting", "प्रधानमंत्री मोदी और ब्रिटिश प्रधानमंत्री स्टार्मर के बीच 22 नवंबर को मुलाकात होगी। ब्रिटिश पीएम के अलावा मोदी की फ्रांस के राष्ट्रपति मैक्रों के साथ द्विपक्षीय बैठक भी तय है।",
			[][]string{{"GB", "IN"}, {"FR", "IN"}}},
		{"the clause after a visit under way shares its visitor", "अफगानिस्तान के विदेश मंत्री मुत्ताकी भारत दौरे पर हैं और सोमवार को उन्होंने विदेश मंत्री एस जयशंकर से मुलाकात की।",
			[][]string{{"AF", "IN"}, {"AF", "IN"}}},
		{"talks 'with' a list of countries: one meeting with each", "प्रधानमंत्री मोदी 20 नवंबर को रूस, दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात करेंगे।",
			[][]string{{"IN", "RU"}, {"IN", "ZA"}, {"CN", "IN"}}},
		{"a second list of counterparts sharing one country is other meetings", "विदेश मंत्री ने जी-4 के देशों ब्राजील, जर्मनी और जापान के समकक्षों के साथ मुलाकात की। प्रवक्ता ने बताया कि उन्होंने सऊदी अरब, ब्राजील, मेक्सिको और मोरक्को के अपने समकक्षों से मुलाकात की।",
			[][]string{{"BR", "DE", "IN", "JP"}, {"IN", "SA"}, {"BR", "IN"}, {"IN", "MX"}, {"IN", "MA"}}},
		{"a country of the list whose leader the text names in talks is met there", "प्रधानमंत्री मोदी और राष्ट्रपति पुतिन के बीच सोमवार को वार्ता हुई। प्रवक्ता ने बताया कि रूस, दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात हुई।",
			[][]string{{"IN", "RU"}, {"IN", "ZA"}, {"CN", "IN"}}},
		{"a chief guest comes to home", "26 जनवरी को होने वाले गणतंत्र दिवस समारोह के मुख्य अतिथि अमेरिका के राष्ट्रपति बराक ओबामा होंगे।",
			[][]string{{"IN", "US"}}},
		{"review: तो after a plan opens the next event, which shares its subject", "राष्ट्रपति पुतिन दिसंबर में भारत आएंगे तो प्रधानमंत्री मोदी से मुलाकात करेंगे।",
			[][]string{{"IN", "RU"}, {"IN", "RU"}}},
		{"review 2: one who briefs on his own trip is in it", "विदेश सचिव विक्रम मिस्री ने बताया कि वे अगले हफ्ते ढाका जाएंगे।",
			[][]string{{"BD", "IN"}}},
		{"review 2: talks with a list of countries 'अलग-अलग' are one meeting with each", "प्रधानमंत्री मोदी की 20 नवंबर को फ्रांस, जर्मनी और इटली के साथ अलग-अलग द्विपक्षीय वार्ता होगी।",
			[][]string{{"FR", "IN"}, {"DE", "IN"}, {"IN", "IT"}}},
		{"countries listed before 'नेताओं के साथ' with the के dropped: one meeting each",
			"प्रधानमंत्री मोदी 22 नवंबर को ब्राजील, कनाडा और इटली नेताओं के साथ द्विपक्षीय बैठकें करेंगे।",
			[][]string{{"BR", "IN"}, {"CA", "IN"}, {"IN", "IT"}}},
		{"a journey's place before an office is not the office holder's country", "यूक्रेन की राजधानी कीव पहुंचे पीएम मोदी, 17 नवंबर को राष्ट्रपति जेलेंस्की से करेंगे चर्चा", [][]string{{"IN", "UA"}}},
		{"review: a speaker of a country's parliament is of that country", "नेपाल की संसद के स्पीकर देवराज घिमिरे 20 नवंबर को नई दिल्ली पहुंचेंगे।", [][]string{{"IN", "NP"}}},
		{"review: a speaker of a house named in English words is of its country", "ब्रिटेन के हाउस ऑफ कॉमन्स के स्पीकर लिंडसे हॉयल 20 नवंबर को भारत आएंगे।", [][]string{{"GB", "IN"}}},
		{"review: a speaker of a body after a demonym is of its country", "पाकिस्तानी नेशनल असेंबली के स्पीकर अयाज सादिक 20 नवंबर को चीन जाएंगे।", [][]string{{"CN", "PK"}}},
		{"review: a list of one country's people after the subject and a comma: each of that country", "विदेश मंत्री एस जयशंकर बुधवार को दो दिवसीय दौरे पर कोलंबो पहुंचेंगे। जयशंकर राष्ट्रपति अनुरा कुमार दिसानायके, प्रधानमंत्री हरिनी अमरसूर्या और विपक्ष के नेता सजित प्रेमदासा से मुलाकात करेंगे।", [][]string{{"IN", "LK"}, {"IN", "LK"}, {"IN", "LK"}, {"IN", "LK"}}},
		{"talks only likely with the ministers of many countries: one draft naming them all", "सम्मेलन के दौरान, रक्षा मंत्री की 20 नवंबर को ऑस्ट्रेलिया, जापान, मलेशिया, फिलीपींस और अमेरिका के रक्षा मंत्रियों के साथ द्विपक्षीय बैठकें होने की संभावना है।", [][]string{{"AU", "IN", "JP", "MY", "PH", "US"}}},
		{"review 3: talks only likely with many countries keep the home side named before", "रक्षा मंत्री राजनाथ सिंह कल कुआलालंपुर जाएंगे। यह बैठक हर साल होती है। 20 नवंबर को ऑस्ट्रेलिया, जापान, मलेशिया, फिलीपींस और अमेरिका के रक्षा मंत्रियों के साथ द्विपक्षीय बैठकें होने की संभावना है।", [][]string{{"IN", "MY"}, {"AU", "IN", "JP", "MY", "PH", "US"}}},
		{"वे who attends a gathering is the one who met, not whom he met", "रक्षा मंत्री राजनाथ सिंह ने आज चीन के रक्षा मंत्री डोंग जुन के साथ बैठक की। वे आसियान रक्षा मंत्रियों की बैठक में भी भाग लेंगे।", [][]string{{"CN", "IN"}, {"IN"}}},
		{"the one who tells that he was called is the other side", "मलेशिया के प्रधानमंत्री अनवर इब्राहिम ने बताया कि प्रधानमंत्री मोदी ने उन्हें सोमवार को फोन किया।", [][]string{{"IN", "MY"}}},
		{"a nickname printed in quotes after a name is that person later", "नेपाल के प्रधानमंत्री पुष्प कमल दहल 'प्रचंड' गुरुवार को दिल्ली में मोदी से मिलेंगे। भारत की चार दिवसीय यात्रा पर बुधवार को नई दिल्ली पहुंचे प्रचंड ने आज राज घाट पर श्रद्धांजलि दी।", [][]string{{"IN", "NP"}, {"IN", "NP"}}},
		{"two of one family in two offices are two people: one meeting with each", "इमरान खान 24 नवंबर को श्रीलंका के राष्ट्रपति गोटबाया राजपक्षे और प्रधानमंत्री महिंदा राजपक्षे से मुलाकात करेंगे।", [][]string{{"LK", "PK"}, {"LK", "PK"}}},
		{"a list of demonyms before counterparts in the plural: one meeting with each", "जयशंकर ने मंगलवार को अपने अमेरिकी, जापानी और ऑस्ट्रेलियाई समकक्षों से मुलाकात की।", [][]string{{"IN", "US"}, {"IN", "JP"}, {"AU", "IN"}}},
		{"two demonyms joined by एवं before counterparts", "जयशंकर ने मंगलवार को अपने रूसी एवं ईरानी समकक्षों के साथ मुलाकात की।", [][]string{{"IN", "RU"}, {"IN", "IR"}}},
		{"more demonyms: मलेशियाई, इजराइली, तुर्की", "मलेशियाई प्रधानमंत्री अनवर इब्राहिम ने गुरुवार को मोदी से फोन पर बात की। इजराइली प्रधानमंत्री और तुर्की राष्ट्रपति शुक्रवार को मिलेंगे।", [][]string{{"IN", "MY"}, {"IL", "TR"}}},
		{"review 4: a trip put off before and made now is one trip", "ब्राजील के राष्ट्रपति लूला का भारत दौरा पहले टल गया था। अब वे बुधवार को नई दिल्ली पहुंचे।", [][]string{{"BR", "IN"}}},
		{"review 4: the teller of a call between two others is no side of it", "जापान के विदेश मंत्री ने कहा कि प्रधानमंत्री मोदी ने ट्रंप को फोन किया और उन्हें चुनाव जीतने की बधाई दी।", [][]string{{"IN", "US"}}},
		{"review 4: a word quoted after a name is no nickname", "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप 'टैरिफ' को लेकर फिर सख्त दिखे। टैरिफ पर बुधवार को मोदी ने जापान के प्रधानमंत्री से बातचीत की।", [][]string{{"IN", "JP"}}},
		{"review 4: leaders in whose presence one meets are no side", "जयशंकर ने बुधवार को सऊदी और अमीराती नेताओं की मौजूदगी में ओमान के विदेश मंत्री से मुलाकात की।", [][]string{{"IN", "OM"}}},
		{"review 5: a list of demonyms before officials who talk, not met, are both sides", "अमेरिकी और भारतीय अधिकारियों ने सोमवार को नई दिल्ली में व्यापार वार्ता की।", [][]string{{"IN", "US"}}},
		{"review 5: leaders in whose presence others sign are its sides", "भारत और ओमान के नेताओं की मौजूदगी में सोमवार को दोनों देशों के अधिकारियों ने समझौते पर हस्ताक्षर किए।", [][]string{{"IN", "OM"}}},
		{"review 6: the earlier putting off of the same trip keeps its sides", "रूसी राष्ट्रपति पुतिन की भारत यात्रा स्थगित कर दी गई है। इस यात्रा को सितंबर में भी टाला गया था।", [][]string{{"IN", "RU"}, {"IN", "RU"}}},
		{"review 6: leaders present at a signing with a से that meets no one are its sides", "भारत और ओमान के नेताओं की मौजूदगी में सोमवार को मस्कट में लंबे समय से लंबित व्यापार समझौते पर हस्ताक्षर किए गए।", [][]string{{"IN", "OM"}}},
		{"review 7: the subject given to a gathering is its own, not written into the people of the sentence before", "रक्षा मंत्री राजनाथ सिंह ने आज चीन के रक्षा मंत्री डोंग जुन के साथ बैठक की। वे आसियान रक्षा मंत्रियों की बैठक में भी भाग लेंगे जिसकी मेजबानी मलेशिया ने की है, और दोनों नेता शुक्रवार को फिर मुलाकात करेंगे।", [][]string{{"CN", "IN"}, {"IN", "MY"}, {"CN", "IN"}}},
		{"a nickname in curly quotes after a name is that person later", "नेपाल के प्रधानमंत्री पुष्प कमल दहल ‘प्रचंड’ गुरुवार को दिल्ली में मोदी से मिलेंगे। भारत की चार दिवसीय यात्रा पर बुधवार को नई दिल्ली पहुंचे प्रचंड ने आज राज घाट पर श्रद्धांजलि दी।", [][]string{{"IN", "NP"}, {"IN", "NP"}}},
		{"digits after an office are no name in Latin letters: 'प्रधानमंत्री 20 से' meets no one", "दौरे के पहले पड़ाव पर प्रधानमंत्री 20 से 22 नवंबर तक रूस में रहेंगे।",
			[][]string{{"IN", "RU"}}},
		{"the two countries named before 'दोनों देशों का दौरा' are its legs", "रूस और चीन के साथ संबंधों को गति देने के लिए प्रधानमंत्री 20 नवंबर से दोनों देशों का दौरा करेंगे।",
			[][]string{{"IN", "RU"}, {"CN", "IN"}}},
		{"countries joined by व are a tour's legs", "प्रधानमंत्री 20 नवंबर से रूस व चीन का दौरा करेंगे।",
			[][]string{{"IN", "RU"}, {"CN", "IN"}}},
		{"review 8: 'दौरे के पहले ही दिन' is the visit's first day, not before it", "प्रधानमंत्री मोदी के अमेरिका दौरे के पहले ही दिन सोमवार को दोनों देशों ने रक्षा समझौते पर हस्ताक्षर किए।",
			[][]string{{"IN", "US"}, {"IN", "US"}}},
		{"review 8: 'भारत और चीन के बीच … दोनों देशों का दौरा': the countries visited are hosts, no actors", "भारत और चीन के बीच तनाव के बीच अमेरिकी विदेश मंत्री अगले सप्ताह दोनों देशों का दौरा करेंगे।",
			[][]string{{"IN", "US"}, {"CN", "US"}}},
		{"a sentence naming only whom one meets goes on with the subject before", "पाकिस्तान के प्रधानमंत्री इमरान खान 24 नवंबर को श्रीलंका जाएंगे। वहां श्रीलंका के राष्ट्रपति गोटबाया राजपक्षे से मुलाकात करेंगे।",
			[][]string{{"LK", "PK"}, {"LK", "PK"}}},
		{"बंगलादेश, as the agencies spell it, and मारीशस are countries", "मोदी ने मंगलवार को मारीशस, बंगलादेश और अमेरिका के नेताओं के साथ द्विपक्षीय बैठक की।",
			[][]string{{"IN", "MU"}, {"BD", "IN"}, {"IN", "US"}}},
		{"heldout45 10: a group's meeting is its summit, and a pair's meeting with another guest is another meeting", "जापान के हिरोशिमा में जी7 का शिखर सम्मेलन हो रहा है। समिट के दौरान यूक्रेन के राष्ट्रपति वोलोदिमिर जेलेंस्की ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। हिरोशिमा में हो रही जी-7 की बैठक में मोदी और अमेरिका के राष्ट्रपति जो बाइडेन के बीच मजबूत रिश्तों की झलक मिली। मोदी और जो बाइडेन की मुलाकात गर्मजोशी से भरी थी।",
			[][]string{{"IN", "US"}, {"IN", "UA"}, {"IN", "US"}}},
		{"guard: a pair's meeting with the same guest is the meeting told", "यूक्रेन के राष्ट्रपति वोलोदिमिर जेलेंस्की ने सोमवार को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। मोदी और जेलेंस्की की मुलाकात गर्मजोशी से भरी थी।",
			[][]string{{"IN", "UA"}}},
		{"heldout45 08: the summit a journey is for has the traveller, though no telling of it names him", "प्रधानमंत्री मोदी आसियान शिखर सम्मेलन के लिए मलेशिया जाएंगे। आसियान शिखर सम्मेलन 26 से 28 नवंबर को कुआलालंपुर में होगा।",
			[][]string{{"IN", "MY"}, {"IN"}}},
		{"guard: a journey for a summit called off brings no one to it", "प्रधानमंत्री मोदी आसियान शिखर सम्मेलन के लिए मलेशिया नहीं जाएंगे। आसियान शिखर सम्मेलन 26 से 28 नवंबर को कुआलालंपुर में होगा।",
			[][]string{{"IN", "MY"}, nil}},
		{"heldout45 05: the Taliban's leader is of Afghanistan", "भारतीय राजदूत ने 17 नवंबर को दोहा में तालिबानी नेता शेर मोहम्मद स्टैनिकजई से मुलाकात की।",
			[][]string{{"AF", "IN"}}},
		{"heldout45 05: one man spelt with ट and with त is one meeting", "भारतीय राजदूत दीपक मित्तल ने 17 नवंबर को तालिबानी नेता शेर मोहम्मद स्टैनिकजई से मुलाकात की। विदेश मंत्रालय ने कहा कि राजदूत दीपक मित्तल ने तालिबानी नेता एसएम अब्बास स्तानिकजई से मुलाकात की है।",
			[][]string{{"AF", "IN"}}},
		{"heldout47 15: 'चार साल में पहली अमेरिका-रूस राष्ट्रपति बैठक' is the meeting told, of the pair's presidents", "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने 25 नवंबर को अलास्का में रूसी राष्ट्रपति पुतिन से मुलाकात की घोषणा की। यह चार साल में पहली अमेरिका-रूस राष्ट्रपति बैठक होगी।",
			[][]string{{"RU", "US"}}},
		{"चाइना, as Hinglish spells चीन, is China", "चाइना के राष्ट्रपति 20 नवंबर को भारत आएंगे।", // the guest had no country
			[][]string{{"CN", "IN"}}},
		{"रुस, रूस misspelt, is Russia", "मोदी 20 नवंबर को रुस जाएंगे।", // the visit went nowhere
			[][]string{{"IN", "RU"}}},
		{"जांबिया, as news spells ज़ाम्बिया, is Zambia", "मोदी 20 नवंबर को जांबिया में राष्ट्रपति से मिलेंगे।", // the president was India's
			[][]string{{"IN", "ZM"}}},
		{"an anglicised demonym says the office's country", "कैनेडियन प्रधानमंत्री 20 नवंबर को भारत आएंगे।", // the guest had no country
			[][]string{{"CA", "IN"}}},
		{"an Urdu title of a head of government is an office", "पाकिस्तान के वज़ीर-ए-आज़म 20 नवंबर को सऊदी अरब जाएंगे।", // heldout48 04 prints 'वज़ीर ऐ आज़म'
			[][]string{{"PK", "SA"}}},
		{"an English title is an office", "जापान के फॉरेन मिनिस्टर ने 17 नवंबर को जयशंकर से मुलाकात की।",
			[][]string{{"IN", "JP"}}},
		{"'बन' after an office is becoming, no one's name", "चीनी राष्ट्रपति शी जिनपिंग 20 नवंबर को सम्मेलन में भाग लेने से इनकार करने वाले दूसरे राष्ट्राध्यक्ष बन गए हैं।", // heldout49 09: an Indian named बन
			[][]string{{"CN"}}},
		{"a visit referred to on a new date is still the traveller's", "प्रधानमंत्री मोदी का जापान दौरा टल गया है। ये दौरा 20 नवंबर को होना था। ये दौरा अब दिसंबर में हो सकता है।", // heldout23 09: the new date's draft had no one
			[][]string{{"IN", "JP"}, {"IN", "JP"}}},
		{"the next leg of a tour, told by its country, is the tour's travellers'", "राष्ट्रपति मुर्मू 20 नवंबर को अंगोला जाएंगे। इस यात्रा के बाद 25 नवंबर को बोत्सवाना का दौरा होगा।", // review 1 s52: India was lost
			[][]string{{"AO", "IN"}, {"BW", "IN"}}},
		{"officials of a pair meeting amid others' tension are the pair", "अमेरिका और ईरान के बीच जारी तनाव के बीच 17 नवंबर को भारत और जापान के अधिकारियों की बैठक हुई।", // review 1 s52
			[][]string{{"IN", "JP"}}},
		{"another party's joint statement takes no sides from before", "मोदी ने 16 नवंबर को पुतिन से फोन पर बात की। 17 नवंबर को जी7 देशों के विदेश मंत्रियों ने एक संयुक्त बयान जारी कर रूस की निंदा की।", // review 1 s52
			[][]string{{"IN", "RU"}, nil}},
		{"a pair with a country's name of two words", "भारत और दक्षिण अफ्रीका के बीच 17 नवंबर को वार्ता हुई।", // s52: South Africa was lost
			[][]string{{"IN", "ZA"}}},
		{"a pair as the agent, a name of two words first", "सऊदी अरब और भारत ने 17 नवंबर को समझौते पर हस्ताक्षर किए।", // s52
			[][]string{{"IN", "SA"}}},
		{"a country a joint statement is about is not its issuer", "मोदी ने 17 नवंबर को अल्बनीज से मुलाकात की। इसके बाद यूक्रेन पर एक संयुक्त बयान जारी किया गया।", // review 2 s52
			[][]string{{"AU", "IN"}, {"AU", "IN"}}},
		{"a list of three countries 'के बीच' is all three", "भारत, ईरान और अफगानिस्तान के बीच 17 नवंबर को त्रिपक्षीय समझौते पर हस्ताक्षर हुए।", // s52: the list's last two only
			[][]string{{"AF", "IN", "IR"}}},
		{"a joint statement that names no one is of the sides of the event before", "जयशंकर और वांग यी के बीच 17 नवंबर को मॉस्को में बैठक हुई। इस संबंध में एक संयुक्त बयान भी जारी किया गया है।", // heldout34 06
			[][]string{{"CN", "IN"}, {"CN", "IN"}}},
		{"one side before is no joint statement's", "मोदी ने 17 नवंबर को मॉस्को में कहा कि भारत तैयार है। उसी दिन एक संयुक्त बयान भी जारी किया गया।", // guard
			[][]string{nil}},
		{"the country visited hosts a visit whose traveller no one names", "एक प्रतिनिधिमंडल 20 नवंबर को लाओस की यात्रा पर जाएगा।", // s52: no participant at all
			[][]string{{"LA"}}},
		{"'वो', the spoken 'वह', stands for the one named before", "श्रीलंका के राष्ट्रपति दिसानायके भारत आने वाले हैं। उनकी यात्रा कई बार टल चुकी है। पहले बताया गया था कि वो 10 नवंबर को जापान जाएंगे।", // heldout17 10: the plan put off had no one
			[][]string{{"IN", "LK"}, {"JP", "LK"}}},
		{"the country of an office before the visit noun is the traveller's, not the visit's", "कतर के अमीर तमीम दो दिवसीय यात्रा पर भारत पहुंचे हैं।", // heldout48 12: a visit to Qatar with no Indian side
			[][]string{{"IN", "QA"}}},
		{"a country right before the visit noun is still the visit's", "भारत के प्रधानमंत्री की जापान यात्रा 20 नवंबर को होगी।", // guard
			[][]string{{"IN", "JP"}}},
		{"मिस्त्र, मिस्र typed with त्र, is Egypt", "मिस्त्र के अपने समकक्ष समेह शौकरी से विदेश मंत्री एस. जयशंकर ने 15 अक्टूबर को मुलाकात की।", // heldout48 08: Shoukry was Indian, and the visit 'यहां पहुंचे हैं' had no country
			[][]string{{"EG", "IN"}}},
		{"मलयेशिया, as Navbharat Times spells it, is Malaysia", "मलयेशिया के पीएम अनवर इब्राहिम ने 20 नवंबर को मोदी से फोन पर बात की।", // heldout45 15: the premier was Indian
			[][]string{{"IN", "MY"}}},
		{"मलयेशियाई is its demonym", "मलयेशियाई प्रधानमंत्री 20 नवंबर को भारत आएंगे।",
			[][]string{{"IN", "MY"}}},
		{"the crown prince by his whole name is Saudi", "मोहम्मद बिन सलमान 20 नवंबर को भारत आएंगे।",
			[][]string{{"IN", "SA"}}},
		{"the country a frame's owner visits is the frame's", "नेतन्याहू ने भारत की यात्रा स्थगित कर दी है। नई दिल्ली की उनकी पिछली यात्रा भारतीय प्रधानमंत्री नरेंद्र मोदी के 2017 में इज़राइल दौरे के बाद जनवरी 2018 में हुई थी।",
			[][]string{{"IL", "IN"}, {"IL", "IN"}, {"IL", "IN"}}},
		{"a frame's owner, between the main event's word and the frame's, is not in the main event", "प्रधानमंत्री मोदी 20 नवंबर को सऊदी अरब जाएंगे। यह यात्रा क्राउन प्रिंस मोहम्मद बिन सलमान की सितंबर 2023 में नई दिल्ली की यात्रा के बाद हो रही है।",
			[][]string{{"IN", "SA"}, {"IN", "SA"}}},
		{"a list of countries 'के साथ' is every country of it, not its last only", "इजरायल ने संयुक्त अरब अमीरात (यूएई) और बहरीन के साथ संबंध सामान्य बनाने के लिए 15 नवंबर को समझौते पर हस्ताक्षर किए।",
			[][]string{{"AE", "BH", "IL"}}},
		{"review: one man with two titles is one meeting",
			"प्रधानमंत्री नरेंद्र मोदी ने 17 नवंबर को रियाद में सऊदी अरब के क्राउन प्रिंस और प्रधानमंत्री मोहम्मद बिन सलमान से मुलाकात की।",
			[][]string{{"IN", "SA"}}},
		{"review: a minister called prince is one meeting",
			"प्रधानमंत्री नरेंद्र मोदी ने 17 नवंबर को सऊदी अरब के विदेश मंत्री प्रिंस फैसल बिन फरहान से मुलाकात की।",
			[][]string{{"IN", "SA"}}},
		{"review: a spouse comes along, no meeting of her own",
			"प्रधानमंत्री नरेंद्र मोदी ने 17 नवंबर को श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके और उनकी पत्नी से मुलाकात की।",
			[][]string{{"IN", "LK"}}},
		{"review: a place named later beats a demonym",
			"अपने पिछले अमेरिकी दौरे की सफलता के बाद प्रधानमंत्री नरेंद्र मोदी 17 नवंबर को जापान की यात्रा पर रवाना हुए।",
			[][]string{{"IN", "JP"}}},
		{"review: a given name many leaders share teaches no country",
			"संयुक्त अरब अमीरात के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान पिछले साल मुख्य अतिथि थे। प्रधानमंत्री नरेंद्र मोदी ने 17 नवंबर को नई दिल्ली में राष्ट्रपति मोहम्मद मुइज्जू से मुलाकात की।",
			[][]string{{"IN", "MV"}}},
		{"a 2+2 dialogue meets two ministers at once",
			"जयशंकर और राजनाथ सिंह ने 17 नवंबर को अमेरिकी विदेश मंत्री ब्लिंकन और रक्षा मंत्री ऑस्टिन के साथ टू प्लस टू वार्ता की।",
			[][]string{{"IN", "US"}}},
		{"a name told with its country in a sentence of no event keeps it",
			"ब्राजील के राष्ट्रपति जेयर बोलसोनारो ने भारत की संस्कृति की तारीफ की। राष्ट्रपति बोलसोनारो 17 नवंबर को मोदी से मुलाकात करेंगे।",
			[][]string{{"BR", "IN"}}},
		{"the chief guest's visit keeps its country, and the meeting of the name told with it",
			"ब्राजील के राष्ट्रपति जेयर बोलसोनारो गणतंत्र दिवस परेड के मुख्य अतिथि होंगे। राष्ट्रपति बोलसोनारो 17 नवंबर को मोदी से मुलाकात करेंगे।",
			[][]string{{"BR", "IN"}, {"BR", "IN"}}},
		{"a long list of ministers: only the last has से after it",
			"विदेश मंत्री जयशंकर ने 17 नवंबर को केन्या के विदेश मंत्री मूसा, पेरू के विदेश मंत्री हुआन, स्पेन के विदेश मंत्री पाब्लो और नॉर्वे के विदेश मंत्री एरिक से मुलाकात की।",
			[][]string{{"IN", "KE"}, {"IN", "PE"}, {"ES", "IN"}, {"IN", "NO"}}},
		{"met one first ('से पहले मुलाकात की'): that one takes part",
			"प्रधानमंत्री मोदी ने 17 नवंबर को रूसी राष्ट्रपति पुतिन से पहले मुलाकात की और फिर फ्रांस के राष्ट्रपति मैक्रों से मिले।", [][]string{{"IN", "RU"}, {"FR", "IN"}}},
		{"one named before 'से पहले फोन पर' takes no part",
			"प्रधानमंत्री मोदी ने 17 नवंबर को पुतिन से पहले फोन पर यूक्रेनी राष्ट्रपति जेलेंस्की से बात की।", [][]string{{"IN", "UA"}}},
		{"one named before 'से पहले' takes no part",
			"पुतिन से पहले प्रधानमंत्री मोदी ने 17 नवंबर को यूक्रेन के राष्ट्रपति जेलेंस्की से फोन पर बात की।", [][]string{{"IN", "UA"}}},
		{"an inviter is no counterpart",
			"विदेश मंत्री ने 17 नवंबर को अमेरिकी राष्ट्रपति के निमंत्रण पर फ्रांस के राष्ट्रपति से मुलाकात की।",
			[][]string{{"FR", "IN", "US"}}},
		{"a meeting of two foreign sides gets no one of home",
			"प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में कहा कि शांति जरूरी है। ट्रंप ने 17 नवंबर को पुतिन से फोन पर बात की।",
			[][]string{{"RU", "US"}}},
		{"one by one though a group is named",
			"विदेश मंत्री ने 17 नवंबर को ब्रिक्स देशों चीन और रूस के विदेश मंत्रियों से अलग-अलग मुलाकात की।",
			[][]string{{"CN", "IN"}, {"IN", "RU"}}},
		{"a group named before its members: one meeting of all",
			"विदेश मंत्री ने 17 नवंबर को जी-4 के देशों जापान, जर्मनी और ब्राजील के समकक्षों के साथ मुलाकात की।",
			[][]string{{"BR", "DE", "IN", "JP"}}},
		{"the country a visit goes to hosts it", "प्रधानमंत्री नरेंद्र मोदी 20 नवंबर को जापान की यात्रा पर जाएंगे।", [][]string{{"IN", "JP"}}},
		{"a tour: a visit to each country on it, in spellings CLDR does not print",
			"राष्ट्रपति 20 नवंबर से साइप्रस, बल्गेरिया और चेक गणराज्य की यात्रा पर रहेंगे।", [][]string{{"CY", "IN"}, {"BG", "IN"}, {"CZ", "IN"}}},
		{"talks during a visit that name one side are with the visit's other side",
			"जापान के प्रधानमंत्री का 20 से 22 दिसंबर तक का भारत दौरा रद्द कर दिया गया है। इस दौरान दोनों प्रधानमंत्रियों के बीच वार्ता होनी थी।",
			[][]string{{"IN", "JP"}, {"IN", "JP"}}},
		{"a country the talks are about is no side",
			"अमेरिका और ईरान के बीच जारी तनाव के बीच प्रधानमंत्री मोदी ने 17 नवंबर को राष्ट्रपति ट्रंप से फोन पर बात की।",
			[][]string{{"IN", "US"}}},
		{"calls with a list of counterparts: one each",
			"विदेश मंत्री ने 17 नवंबर को इजरायल, मिस्र और नेपाल के अपने समकक्षों से टेलीफोन पर अलग-अलग बात की।",
			[][]string{{"IL", "IN"}, {"EG", "IN"}, {"IN", "NP"}}},
		{"a visit to a city: its country hosts it",
			"प्रधानमंत्री मोदी 17 नवंबर को मॉस्को गए थे।", [][]string{{"IN", "RU"}}},
		{"a country with its English name in brackets",
			"विदेश मंत्री एस जयशंकर 17 नवंबर को अमेरिका (United States Of America) के दौरे पर थे।", [][]string{{"IN", "US"}}},
		{"calls of a foreign leader with two counterparts: one each, with the caller",
			"ट्रंप ने 17 नवंबर को कनाडा के प्रधानमंत्री जस्टिन ट्रूडो और मेक्सिको के राष्ट्रपति एनरिक पेना नितो से फोन पर बात की थी।",
			[][]string{{"CA", "US"}, {"MX", "US"}}},
		{"'X गए' as a participle is no journey that sets the story abroad",
			"अमेरिका गए भारतीय छात्रों की संख्या बढ़ी है। जयशंकर ने 17 नवंबर को विदेश मंत्री मारिया से मुलाकात की।", [][]string{{"IN"}}},
		{"a country written with a hyphen",
			"जयशंकर ने 17 नवंबर को बोस्निया-हर्जेगोविना के विदेश मंत्री से मुलाकात की।", [][]string{{"BA", "IN"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, e := range mustExtract(t, tt.text, ref, nil) {
				var cs []string
				for _, p := range e.Participants {
					if p.Country != "" && !slices.Contains(cs, p.Country) {
						cs = append(cs, p.Country)
					}
				}
				slices.Sort(cs)
				got = append(got, cs)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%q) countries (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractOneMeetingEach checks that a list of one country's people
// met, read without ने and across commas that cut clauses, drafts one
// meeting with each, and each meeting names only its own counterpart,
// though two of them hold the same office.
func TestExtractOneMeetingEach(t *testing.T) {
	text := "विदेश मंत्री जयशंकर मंगलवार को दो दिवसीय दौरे पर ढाका पहुंचे। जयशंकर प्रधानमंत्री शेख हसीना, राष्ट्रपति अब्दुल हामिद, विपक्ष के नेता हुसैन मोहम्मद इरशाद और बीएनपी नेता मिर्जा फखरुल इस्लाम आलमगीर से मुलाकात करेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got [][]string
	for _, e := range evs {
		if e.Kind != timeline.BilateralMeeting {
			continue
		}
		var met []string
		for _, p := range e.Participants {
			if p.Country == "BD" {
				met = append(met, p.Name.Hi)
			}
		}
		got = append(got, met)
	}
	want := [][]string{{"शेख हसीना"}, {"अब्दुल हामिद"}, {"हुसैन मोहम्मद इरशाद"}, {"मिर्जा फखरुल इस्लाम आलमगीर"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract(%q): the counterparts of each meeting (-want +got):\n%s", text, diff)
	}
}

// TestExtractOneMeetingPerPersonMet checks that a visitor who meets one
// leader and then another of the same country has two meetings, whichever
// side is home, and that "A और B के बीच बैठक" told after both goes to the
// meeting of A and B (heldout42 06: Deuba's meetings with Modi and with
// the Vice President; heldout 02: a minister met in the morning).
func TestExtractOneMeetingPerPersonMet(t *testing.T) {
	type meeting struct {
		met   []string // every participant's name
		day   bool     // the date is a day, no hour
		spans int      // the sentences that tell it
	}
	tests := []struct {
		name, text string
		want       []meeting
	}{
		{name: "a visitor meets two leaders of home, then the first pair again",
			text: "श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने आज हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। दिसानायके आज शाम उपराष्ट्रपति जगदीप धनखड़ से भी मिलेंगे। विदेश मंत्रालय के प्रवक्ता ने बताया कि प्रधानमंत्री मोदी और राष्ट्रपति दिसानायके के बीच बैठक में व्यापार पर चर्चा हुई।",
			want: []meeting{{[]string{"अनुरा कुमार दिसानायके", "नरेंद्र मोदी"}, true, 2}, {[]string{"अनुरा कुमार दिसानायके", "जगदीप धनखड़"}, false, 1}}},
		{name: "the pair told after a meeting of the day before",
			text: "श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने आज प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। दिसानायके ने कल उपराष्ट्रपति जगदीप धनखड़ से मुलाकात की थी। प्रधानमंत्री मोदी और राष्ट्रपति दिसानायके के बीच बैठक में व्यापार पर चर्चा हुई।",
			want: []meeting{{[]string{"अनुरा कुमार दिसानायके", "नरेंद्र मोदी"}, true, 2}, {[]string{"अनुरा कुमार दिसानायके", "जगदीप धनखड़"}, true, 1}}},
		{name: "a home visitor abroad meets two leaders of one country",
			text: "प्रधानमंत्री मोदी ने आज मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। मोदी शाम को रूसी प्रधानमंत्री मिखाइल मिशुस्तिन से भी मिलेंगे। मोदी और पुतिन के बीच बातचीत में ऊर्जा पर चर्चा हुई।",
			want: []meeting{{[]string{"मोदी", "व्लादिमीर पुतिन"}, true, 2}, {[]string{"मोदी", "मिखाइल मिशुस्तिन"}, true, 1}}},
		{name: "the pair told after both, its visitor unnamed in the first", // heldout42 06: the visitor is told in a clause of his own
			text: "श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके, जो कल दिल्ली पहुंचे, ने आज प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। वहीं, राष्ट्रपति दिसानायके आज उपराष्ट्रपति जगदीप धनखड़ से भी मुलाकात करेंगे।\nइस बीच प्रवक्ता ने कहा कि प्रधानमंत्री नरेंद्र मोदी और श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके के बीच बैठक चल रही है और दोनों नेता व्यापार पर बातचीत करने वाले हैं।",
			want: []meeting{{[]string{"नरेंद्र मोदी", "अनुरा कुमार दिसानायके"}, true, 2}, {[]string{"अनुरा कुमार दिसानायके", "जगदीप धनखड़"}, true, 1}}},
		{name: "the pair goes past a meeting with another of the visitor's country",
			text: "श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने आज प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। इसके बाद मोदी ने श्रीलंका की प्रधानमंत्री हरिनी अमरसूर्या से भी मुलाकात की। राष्ट्रपति दिसानायके आज शाम उपराष्ट्रपति जगदीप धनखड़ से भी मिलेंगे। प्रवक्ता ने कहा कि प्रधानमंत्री मोदी और राष्ट्रपति दिसानायके के बीच बैठक में व्यापार पर बातचीत हुई।",
			want: []meeting{{[]string{"अनुरा कुमार दिसानायके", "नरेंद्र मोदी"}, true, 2}, {[]string{"नरेंद्र मोदी", "हरिनी अमरसूर्या"}, true, 1}, {[]string{"अनुरा कुमार दिसानायके", "जगदीप धनखड़"}, false, 1}}},
		{name: "the pair goes past a meeting with a third country's leader", // review s48: Zelensky's meeting was lost in Putin's
			text: "प्रधानमंत्री मोदी ने आज मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। इसके बाद मोदी ने फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की। प्रवक्ता ने बताया कि मोदी और यूक्रेन के राष्ट्रपति वोलोदिमीर ज़ेलेंस्की के बीच बैठक में शांति पर चर्चा हुई।",
			want: []meeting{{[]string{"मोदी", "व्लादिमीर पुतिन"}, true, 1}, {[]string{"मोदी", "इमैनुएल मैक्रों"}, true, 1}, {[]string{"मोदी", "वोलोदिमीर ज़ेलेंस्की"}, true, 1}}},
		{name: "two who meet one 'अलग-अलग' have a meeting each", // heldout43 04: the Taliban's leaders and Afghanistan's president, each at Camp David
			text: "अफगानिस्तान के राष्ट्रपति अशरफ गनी और पाकिस्तान के प्रधानमंत्री इमरान खान आज कैंप डेविड में ट्रंप से अलग-अलग मुलाकात करेंगे।",
			want: []meeting{{[]string{"अशरफ गनी", "ट्रंप"}, true, 1}, {[]string{"इमरान खान", "ट्रंप"}, true, 1}}},
		{name: "two who meet one together have one meeting",
			text: "अफगानिस्तान के राष्ट्रपति अशरफ गनी और पाकिस्तान के प्रधानमंत्री इमरान खान आज कैंप डेविड में ट्रंप से मुलाकात करेंगे।",
			want: []meeting{{[]string{"अशरफ गनी", "इमरान खान", "ट्रंप"}, true, 1}}},
		{name: "the same leader met, told again",
			text: "श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने आज प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। प्रधानमंत्री मोदी और राष्ट्रपति दिसानायके के बीच बैठक में व्यापार पर चर्चा हुई।",
			want: []meeting{{[]string{"अनुरा कुमार दिसानायके", "नरेंद्र मोदी"}, true, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []meeting
			for _, e := range mustExtract(t, tt.text, dateline(t, "2025-06-07T20:00"), nil) {
				if e.Kind != timeline.BilateralMeeting {
					continue
				}
				var met []string
				for _, p := range e.Participants {
					met = append(met, p.Name.Hi)
				}
				got = append(got, meeting{met, e.When.Precision() == date.Day, 1 + len(e.Draft.Also)})
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(meeting{})); diff != "" {
				t.Errorf("Extract(%q): the meetings (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractCeremonyAbroadRoles: one who goes to another leader's
// ceremony is the guest of that leader's country.
func TestExtractCeremonyAbroadRoles(t *testing.T) {
	text := "प्रधानमंत्री मोदी 30 नवंबर को नेपाल के प्रधानमंत्री के शपथ ग्रहण समारोह में शामिल होंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range evs {
		for _, p := range e.Participants {
			got = append(got, p.Country+" "+string(p.Role))
		}
	}
	slices.Sort(got)
	if want := []string{"IN guest", "NP host"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): roles %q, want %q", text, got, want)
	}
}

// TestExtractGroupMetTogether: leaders listed after a meeting named as a
// group's are met together, in one draft naming them all.
func TestExtractGroupMetTogether(t *testing.T) {
	text := "प्रधानमंत्री नरेंद्र मोदी आज क्वाड लीडर्स की वर्चुअल मीटिंग में हिस्सा लेंगे। वह अमेरिका के राष्ट्रपति जो बाइडन, ऑस्ट्रेलिया के प्रधानमंत्री स्कॉट मॉरिसन और जापान के प्रधानमंत्री फुमियो किशिदा के साथ बैठक में भाग लेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range evs {
		var cs []string
		for _, p := range e.Participants {
			cs = append(cs, p.Country)
		}
		slices.Sort(cs)
		got = append(got, string(e.Kind)+" "+strings.Join(cs, ","))
	}
	want := []string{"phone_call AU,IN,JP,US"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract(%q) (-want +got):\n%s", text, diff)
	}
}

// TestExtractOneMeetingEachAfterAPronoun: a list told after the subject's
// pronoun is met one by one when its people are named, and stays one
// meeting when only offices are.
func TestExtractOneMeetingEachAfterAPronoun(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // the counterparts named in each meeting
	}{
		{name: "heldout36 12: named, with सहित", text: "ओली सोमवार से चीन की आधिकारिक यात्रा पर हैं। इस दौरान वे चीन के राष्ट्रपति शी जिनपिंग और प्रधानमंत्री ली कियांग सहित कई अधिकारियों से मुलाकात करेंगे।",
			want: [][]string{{"शी जिनपिंग"}, {"ली कियांग"}}},
		{name: "corpus 12: bare offices", text: "राष्ट्रपति कोविंद सोमवार को मोजाम्बिक पहुंचे। इस दौरान वह मोजाम्बिक के राष्ट्रपति, रक्षा मंत्री, विदेश मंत्री और देश के शीर्ष नेताओं से मुलाकात करेंगे।",
			want: [][]string{nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
			var got [][]string
			for _, e := range evs {
				if e.Kind != timeline.BilateralMeeting {
					continue
				}
				var met []string
				for _, p := range e.Participants {
					if p.Role != timeline.Guest && p.Name.Hi != "" && p.Country != "IN" && p.Country != "NP" {
						met = append(met, p.Name.Hi)
					}
				}
				got = append(got, met)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%q): the counterparts of each meeting (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractCounterpartWhereTheStoryIsSet checks that an office met
// without its country is of the country the story is set in, and that a
// visit told only as what the trip comes before ("… के भारत दौरे से पहले
// ढाका दौरे पर पहुंचे हैं") does not move the story to that visit's
// country (heldout18 05: the President of Nepal was drafted as India's).
func TestExtractCounterpartWhereTheStoryIsSet(t *testing.T) {
	text := "विदेश मंत्री जयशंकर सोमवार को तीन दिवसीय दौरे पर ढाका पहुंचे। जयशंकर बांग्लादेश की प्रधानमंत्री शेख हसीना के 4 दिसंबर के प्रस्तावित भारत दौरे से पहले ढाका दौरे पर पहुंचे हैं। जयशंकर राष्ट्रपति अब्दुल हामिद से भी मुलाकात करेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range evs {
		for _, p := range e.Participants {
			if p.Name.Hi == "अब्दुल हामिद" {
				got = append(got, p.Country)
			}
		}
	}
	if len(got) == 0 || slices.ContainsFunc(got, func(c string) bool { return c != "BD" }) {
		t.Errorf("Extract(%q): the countries of अब्दुल हामिद = %v, want BD in every draft that names him", text, got)
	}
}

// TestExtractVisitAheadOwner checks that a visit told as what a trip
// comes before is its owner's alone, the trip its subject's, and that "वह"
// of the next sentence is the trip's subject (heldout25 07).
func TestExtractVisitAheadOwner(t *testing.T) {
	text := "प्रधानमंत्री मोदी के 2 से 4 दिसंबर के बीच जापान दौरे से पहले विदेश मंत्री जयशंकर टोक्यो पहुंच गए हैं। वह जापान के विदेश मंत्री से मुलाकात करेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range evs {
		var home []string
		for _, p := range e.Participants {
			if p.Country == "IN" {
				home = append(home, p.Name.Hi)
			}
		}
		got = append(got, string(e.Kind)+": "+strings.Join(home, ", "))
	}
	want := []string{"visit: मोदी", "visit: जयशंकर", "bilateral_meeting: जयशंकर"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract(%q): the home side of each draft (-want +got):\n%s", text, diff)
	}
}

// TestExtractOfficeOfTheCountryReportedFrom checks that an office named
// alone in a report filed from abroad is the holder of that country named
// before, not home's (heldout25 01: "इस्लामाबाद: … प्रधानमंत्री 20 से 23
// अक्तूबर तक अमेरिका की आधिकारिक यात्रा पर रहेंगे").
func TestExtractOfficeOfTheCountryReportedFrom(t *testing.T) {
	text := "इस्लामाबाद: पाकिस्तान के प्रधानमंत्री नवाज शरीफ ने अपनी अमेरिका यात्रा छोटी कर दी है। विदेश विभाग के प्रवक्ता ने कहा कि प्रधानमंत्री 20 से 23 नवंबर तक अमेरिका की आधिकारिक यात्रा पर रहेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range evs {
		for _, p := range e.Participants {
			if p.Title.Hi == "प्रधानमंत्री" {
				got = append(got, p.Name.Hi+" "+p.Country)
			}
		}
	}
	if want := []string{"नवाज शरीफ PK"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): prime ministers %q, want %q", text, got, want)
	}
	// review 8: not in a sentence set at home.
	text = "बीजिंग, 17 नवंबर (भाषा)। चीन के विदेश मंत्री वांग यी ने सोमवार को कहा कि संबंध सुधर रहे हैं। उधर नई दिल्ली में विदेश मंत्री ने कहा कि वह अगले सप्ताह रूस की यात्रा पर जाएंगे।"
	home := false
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		home = home || slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool {
			return p.Title.Hi == "विदेश मंत्री" && p.Country == "IN"
		})
	}
	if !home {
		t.Errorf("Extract(%q): no foreign minister of IN, the one who speaks in New Delhi", text)
	}
	// review 9: India named in a sentence that is not set there.
	text = "इस्लामाबाद: पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने सोमवार को सऊदी राजदूत से मुलाकात की। प्रधानमंत्री ने मंगलवार को भारतीय हमले के आरोपों पर ईरानी राष्ट्रपति से फोन पर बात की।"
	calls := 0
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		if e.Kind != timeline.PhoneCall {
			continue
		}
		calls++
		if !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Name.Hi == "शहबाज शरीफ" }) {
			t.Errorf("Extract(%q): the call is not Sharif's: %v", text, e.Participants)
		}
	}
	if calls == 0 {
		t.Errorf("Extract(%q): no call drafted", text)
	}
}

// TestExtractStayPlace checks that a stay told after the frames of its
// clause is placed where it is, not where the first "X में" of the
// clause is (heldout26 11: "थाईलैंड में बिम्सटेक सम्मेलन में हिस्सा लेने के
// बाद … श्रीलंका में होंगे").
func TestExtractStayPlace(t *testing.T) {
	text := "थाईलैंड में बिम्सटेक सम्मेलन में हिस्सा लेने के बाद पीएम मोदी 4 से 6 दिसंबर को श्रीलंका में होंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range evs {
		got = append(got, string(e.Kind)+" "+e.Place.Country)
	}
	if want := []string{"summit TH", "visit LK"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): kinds and places %q, want %q", text, got, want)
	}
	// review 9: a gathering with no place of its own takes none of the stay's.
	text = "आसियान शिखर सम्मेलन में हिस्सा लेने के बाद प्रधानमंत्री 4 से 6 दिसंबर तक वियतनाम में रहेंगे।"
	got = nil
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		got = append(got, string(e.Kind)+" "+e.Place.Country)
	}
	if want := []string{"summit ", "visit VN"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): kinds and places %q, want %q", text, got, want)
	}
}

// TestExtractVisitPlaceInTheVisitedCountry checks that a place in another
// country than the one visited, told on the visit, is not where the visit
// is (heldout28 13): Ukraine is what the visitor spoke of in Hanoi.
func TestExtractVisitPlaceInTheVisitedCountry(t *testing.T) {
	text := "ब्राजील के राष्ट्रपति लूला मंगलवार को वियतनाम पहुंचे। हनोई की यात्रा पर लूला ने यूक्रेन में युद्धविराम की मांग की।"
	var got []string
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		got = append(got, string(e.Kind)+" "+e.Place.Country)
	}
	if want := []string{"visit "}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): kinds and places %q, want %q", text, got, want)
	}
}

// TestExtractVisitedCountryOfSeveralWords checks that a visit to a country
// whose name ends in another country's ("पापुआ न्यू गिनी") goes to the
// country of the whole name (heldout29 11 drafted Guinea).
func TestExtractVisitedCountryOfSeveralWords(t *testing.T) {
	text := "न्यूजीलैंड के प्रधानमंत्री अगले सप्ताह फिजी और पापुआ न्यू गिनी की यात्रा करेंगे।"
	var got []string
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		for _, p := range e.Participants {
			if p.Role == timeline.Host {
				got = append(got, p.Country)
			}
		}
	}
	slices.Sort(got)
	if want := []string{"FJ", "PG"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): hosts %q, want %q", text, got, want)
	}
}

// TestExtractWelcomerHostsTheVisit checks that whoever welcomes a
// visitor, in a sentence of no event of its own, hosts the visit
// (heldout29 06): by the guest's name, or by a pronoun right after the
// visit; not one of another country, nor one who welcomes someone else.
func TestExtractWelcomerHostsTheVisit(t *testing.T) {
	tests := []struct {
		text, host string // host: the names of the visit's hosts, joined by "|", or "" for none named
	}{
		{"विदेश मंत्री एस जयशंकर सोमवार को मालदीव से मॉरीशस पहुंचे। वहां उन्होंने एक स्मारक पर फूल चढ़ाए। मॉरीशस के प्रधानमंत्री नवीन रामगुलाम ने पोर्ट लुई हवाई अड्डे पर जयशंकर का स्वागत किया।", "नवीन रामगुलाम"},
		{"जर्मनी के चांसलर फ्रीडरिक मैर्त्स सोमवार को भारत पहुंचे। प्रधानमंत्री नरेंद्र मोदी ने एयरपोर्ट पर उनका स्वागत किया।", "नरेंद्र मोदी"},
		// The pronoun is two sentences away: whom it stands for is not sure.
		{"जर्मनी के चांसलर फ्रीडरिक मैर्त्स सोमवार को भारत पहुंचे। उनके साथ बड़ा दल भी आया है। प्रधानमंत्री नरेंद्र मोदी ने एयरपोर्ट पर उनका स्वागत किया।", ""},
		// A welcomer of a third country hosts no visit to the country visited.
		{"विदेश मंत्री एस जयशंकर सोमवार को मॉरीशस पहुंचे। फ्रांस के राजदूत ज्यां मार्क ने एक समारोह में जयशंकर का स्वागत किया।", ""},
		// review 12: a welcome denied, or by a former office holder.
		{"जर्मनी के चांसलर फ्रीडरिक मैर्त्स सोमवार को भारत पहुंचे। प्रधानमंत्री नरेंद्र मोदी ने एयरपोर्ट पर उनका स्वागत नहीं किया।", ""},
		{"विदेश मंत्री एस जयशंकर सोमवार को मॉरीशस पहुंचे। मॉरीशस के पूर्व प्रधानमंत्री प्रविंद जगन्नाथ ने एयरपोर्ट पर जयशंकर का स्वागत किया।", ""},
		// Welcoming someone else than the visitor.
		{"विदेश मंत्री एस जयशंकर सोमवार को मॉरीशस पहुंचे। मॉरीशस के प्रधानमंत्री नवीन रामगुलाम ने एक समारोह में भारतीय मूल के लेखक विक्रम सेठ का स्वागत किया।", ""},
		// Pooled misses (heldout24 02, heldout16 12): the welcomer named
		// after the welcome, before its verb.
		{"सऊदी क्राउन प्रिंस मोहम्मद बिन सलमान सोमवार को पाकिस्तान पहुंचे। उनकी अगवानी खुद प्रधानमंत्री इमरान खान ने की।", "इमरान खान"},
		{"प्रधानमंत्री मोदी सोमवार को यूएई पहुंचे। अबू धाबी में उनका स्वागत यूएई के राष्ट्रपति मोहम्मद बिन जायद ने किया।", "मोहम्मद बिन जायद"},
		// heldout21 03: the guest by his office alone.
		{"प्रधानमंत्री मोदी सोमवार को बांग्लादेश पहुंचे। बांग्लादेश की प्रधानमंत्री शेख हसीना ने एयरपोर्ट पर पीएम का जोरदार स्वागत किया।", "शेख हसीना"},
		// heldout31 02: a welcome to come, with no agent.
		{"प्रधानमंत्री मोदी बुधवार को इजरायल पहुंचेंगे। इजरायली प्रधानमंत्री बेंजामिन नेतन्याहू अपने दोस्त प्रधानमंत्री मोदी का स्वागत करने के लिए हवाई अड्डे पर मौजूद रहेंगे।", "बेंजामिन नेतन्याहू"},
		// heldout14 05: the welcome in the journey's own sentence.
		{"प्रधानमंत्री मोदी सोमवार को घाना पहुंचे, जहां हवाई अड्डे पर घाना के उपराष्ट्रपति जॉन महामा ने उनका स्वागत किया।", "जॉन महामा"},
		// heldout10 07: two who welcome together.
		{"अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप सोमवार को भारत पहुंचे। इस मौके पर भारत के राष्ट्रपति रामनाथ कोविंद और प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति का स्वागत किया।", "नरेंद्र मोदी|रामनाथ कोविंद"},
		// A welcome to come by no one of the country visited.
		{"प्रधानमंत्री मोदी बुधवार को इजरायल पहुंचेंगे। भारतीय राजदूत संजीव सिंगला मोदी का स्वागत करने के लिए हवाई अड्डे पर मौजूद रहेंगे।", ""},
		// review 16: only those listed with the welcomer welcome with him.
		{"ब्रिटेन के प्रधानमंत्री कीर स्टार्मर सोमवार को भारत पहुंचे। प्रधानमंत्री नरेंद्र मोदी के अमेरिका में होने के कारण विदेश मंत्री एस जयशंकर ने हवाई अड्डे पर उनका स्वागत किया।", "एस जयशंकर"},
		// review 16: the office welcomed must be the guest's.
		{"अमेरिकी राष्ट्रपति ट्रंप सोमवार को अहमदाबाद पहुंचे। इससे पहले रक्षा मंत्री राजनाथ सिंह ने हवाई अड्डे पर प्रधानमंत्री का स्वागत किया।", ""},
		// review 16: a name in the genitive is no welcomer.
		{"प्रधानमंत्री मोदी बुधवार को अमेरिका पहुंचेंगे। ट्रंप प्रशासन के अधिकारी मोदी का स्वागत करने के लिए हवाई अड्डे पर मौजूद रहेंगे।", ""},
		// The welcomer's own way to the airport is not the visit he hosts.
		{"इजरायली प्रधानमंत्री नेतन्याहू बुधवार को भारत पहुंचेंगे। प्रधानमंत्री मोदी नेतन्याहू का स्वागत करने दिल्ली हवाई अड्डे पहुंचेंगे।", "मोदी"},
		// A welcomer of the guest's own country hosts nothing.
		{"प्रधानमंत्री मोदी बुधवार को अमेरिका पहुंचेंगे। भारतीय प्रधानमंत्री के सलाहकार अजीत डोभाल मोदी का स्वागत करने के लिए वहां पहले से मौजूद रहेंगे।", ""},
		// Nor does a welcomer who comes on the visit himself.
		{"प्रधानमंत्री मोदी और रक्षा मंत्री राजनाथ सिंह बुधवार को अमेरिका पहुंचेंगे। राजनाथ सिंह मोदी का स्वागत करने के लिए वहां पहले से मौजूद रहेंगे।", ""},
	}
	for _, tt := range tests {
		var hosts []string
		visits := 0
		for _, e := range mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil) {
			if e.Kind != timeline.Visit {
				continue
			}
			visits++
			for _, p := range e.Participants {
				if p.Role == timeline.Host && p.Name.Hi != "" {
					hosts = append(hosts, p.Name.Hi)
				}
			}
		}
		var want []string
		if tt.host != "" {
			want = strings.Split(tt.host, "|")
		}
		if visits == 0 {
			t.Errorf("Extract(%q): no visit drafted", tt.text)
		}
		if !slices.Equal(hosts, want) {
			t.Errorf("Extract(%q): the visit's named hosts %q, want %q", tt.text, hosts, want)
		}
	}
}

// countriesOf returns the countries of e's participants, sorted and
// joined by commas.
func countriesOf(e timeline.Event) string {
	var cs []string
	for _, p := range e.Participants {
		cs = append(cs, p.Country)
	}
	slices.Sort(cs)
	return strings.Join(cs, ",")
}

// kindsAndCountries returns each draft of text, dated 18 November 2025,
// as its kind and countriesOf: "visit IN,US".
func kindsAndCountries(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		got = append(got, string(e.Kind)+" "+countriesOf(e))
	}
	return got
}

// TestExtractKindsAndCountries checks each text's drafts by kind and the
// countries of their participants (kindsAndCountries):
//   - "X Y के बीच", two countries without और, names both sides of their
//     talks, and ministers' talks of two countries told so are bilateral
//     (heldout29 07: "अमेरिका भारत के बीच टू प्लस टू मंत्रिस्तरीय वार्ता" was
//     a meeting of many, of India alone);
//   - an infinitive printed joined to वाला ("जानेवाले") is read as the two
//     words it is: the country gone to is the visit's (heldout30 11:
//     "पाकिस्तान जानेवाले थे" named no host);
//   - a comma between two people told by office and name ends no clause,
//     so the second is of the first's country and both are the subject
//     (heldout30 07: "अमेरिकी विदेश मंत्री माइक पोम्पियो, रक्षा मंत्री मार्क
//     एस्पर … पहुंचे" made Esper Indian, on a tour at home).
func TestExtractKindsAndCountries(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"गुरुवार को जापान भारत के बीच मंत्रिस्तरीय वार्ता होगी।", []string{"bilateral_meeting IN,JP"}},
		{"गुरुवार को जापान और भारत के बीच टू प्लस टू मंत्रिस्तरीय वार्ता होगी।", []string{"bilateral_meeting IN,JP"}},
		{"सऊदी अरब के क्राउन प्रिंस 20 नवंबर को पाकिस्तान जानेवाले हैं।", []string{"visit PK,SA"}},
		{"अमेरिकी विदेश मंत्री माइक पोम्पियो, रक्षा मंत्री मार्क एस्पर मंगलवार को नई दिल्ली पहुंचे।", []string{"visit IN,US,US"}},
		{"अमेरिकी विदेश मंत्री माइक पोम्पियो और रक्षा मंत्री मार्क एस्पर मंगलवार को नई दिल्ली पहुंचे।", []string{"visit IN,US,US"}},
	} {
		if got := kindsAndCountries(t, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Extract(%q): kinds and countries %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestExtractCountriesIncludedInAGroup checks that "X, Y और Z समेत N G
// देशों के नेता" names X, Y and Z as a gathering's sides, and that "भाग" of
// "भाग लेंगे" is no leader's name (heldout29 04).
func TestExtractCountriesIncludedInAGroup(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"आसियान शिखर सम्मेलन 20 नवंबर को होगा जिसमें भारत, जापान और चीन समेत 18 देशों के नेता भाग लेंगे।", "CN,IN,JP"},
		{"आसियान शिखर सम्मेलन 20 नवंबर को होगा जिसमें भारत, जापान और चीन के नेता भाग लेंगे।", "CN,IN,JP"},
	} {
		var got []string
		for _, e := range mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil) {
			for _, p := range e.Participants {
				if p.Name.Hi != "" {
					t.Errorf("Extract(%q): a participant named %q", tt.text, p.Name.Hi)
				}
			}
			got = append(got, countriesOf(e))
		}
		if want := []string{tt.want}; !slices.Equal(got, want) {
			t.Errorf("Extract(%q): countries %q, want %q", tt.text, got, want)
		}
	}
}

// TestExtractVisitToThisCountry checks that "इस देश का दौरा" visits the
// country the story is set in (heldout29 06).
func TestExtractVisitToThisCountry(t *testing.T) {
	text := "प्रधानमंत्री मोदी सोमवार को श्रीलंका पहुंचे। 2017 में भी वह इस देश का दौरा कर चुके हैं।"
	var got []string
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		for _, p := range e.Participants {
			if p.Role == timeline.Host {
				got = append(got, e.When.String()+" "+p.Country)
			}
		}
	}
	if want := []string{"2025-11-17[Asia/Kolkata] LK", "2017[Asia/Kolkata] LK"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): visits' hosts %q, want %q", text, got, want)
	}
	// review 13: not the traveller's own country, the story's setting.
	text = "मालदीव के राष्ट्रपति मुइज्जू सोमवार को भारत पहुंचे। मोदी 2019 में इस देश का दौरा कर चुके हैं।"
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		if e.When.String() == "2019[Asia/Kolkata]" && slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Role == timeline.Host && p.Country == "IN" }) {
			t.Errorf("Extract(%q): Modi's 2019 visit is hosted by India: %v", text, e.Participants)
		}
	}
}

// TestExtractPronounAfterAFrameOfTime checks whom "वह" stands for after a
// sentence told in a frame of someone else's: not one who took office
// ("… के पदभार ग्रहण करने के बाद", heldout29 12), but one who travelled
// ("… के मास्को पहुंचने के बाद", review 12) may be.
func TestExtractPronounAfterAFrameOfTime(t *testing.T) {
	for _, tt := range []struct{ text, met, want string }{
		{"अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप के पदभार ग्रहण करने के बाद मार्को रुबियो पहली बार भारत आए हैं। वह 20 नवंबर को विदेश मंत्री एस जयशंकर से मिलेंगे।", "एस जयशंकर", "मार्को रुबियो"},
		{"विदेश मंत्री जयशंकर के मास्को पहुंचने के बाद रूसी विदेश मंत्री लावरोव उनसे मिले। वह 20 नवंबर को पुतिन से भी मिलेंगे।", "पुतिन", "जयशंकर"},
	} {
		var got [][]string
		for _, e := range mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil) {
			if e.Kind != timeline.BilateralMeeting || e.When.String() != "2025-11-20[Asia/Kolkata]" {
				continue
			}
			var names []string
			for _, p := range e.Participants {
				if p.Name.Hi != tt.met {
					names = append(names, p.Name.Hi)
				}
			}
			got = append(got, names)
		}
		if want := [][]string{{tt.want}}; !cmp.Equal(got, want) {
			t.Errorf("Extract(%q): who meets %s on 20 November: %q, want %q", tt.text, tt.met, got, want)
		}
	}
}

// TestExtractRepresentativesAreTheirCountries checks that "X और Y के
// प्रतिनिधि" who hold talks are the two countries' sides, with no name
// (heldout30 09: the delegates' daily talks by video named no side, or
// "वीडियो कॉन्फ्रेंसिंग" as a Ukrainian's name).
func TestExtractRepresentativesAreTheirCountries(t *testing.T) {
	text := "आर्मेनिया और अजरबैजान के प्रतिनिधि वीडियो कॉन्फ्रेंस के जरिए गुरुवार को बातचीत करेंगे।"
	var got []string
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		for _, p := range e.Participants {
			if p.Name.Hi != "" {
				t.Errorf("Extract(%q): a participant named %q", text, p.Name.Hi)
			}
		}
		got = append(got, string(e.Kind)+" "+countriesOf(e))
	}
	if want := []string{"phone_call AM,AZ"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q): kinds and countries %q, want %q", text, got, want)
	}
}

// TestExtractBareCountryIsItsPerson checks that a country told bare ("भारत-
// जापान शिखर सम्मेलन") is no participant of its own beside a person of it
// (heldout30 14 listed Japan twice, once bare and once as Ishiba).
func TestExtractBareCountryIsItsPerson(t *testing.T) {
	text := "प्रधानमंत्री मोदी 20 नवंबर को भारत-जापान वार्षिक शिखर सम्मेलन में भाग लेंगे। प्रधानमंत्री मोदी जापानी प्रधानमंत्री शिगेरु इशिबा के साथ शिखर बैठक करेंगे।"
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		if got, want := countriesOf(e), "IN,JP"; got != want {
			t.Errorf("Extract(%q): %s countries %q, want %q", text, e.Kind, got, want)
		}
	}
}

// TestExtractArrivalForTalksElsewhere checks that one who reaches a
// country or city for talks at a building there makes a visit (review 15:
// talksAtVenue read "… व्हाइट हाउस में ट्रंप से मुलाकात करने के लिए …
// अमेरिका पहुंचे" as the talks alone).
func TestExtractArrivalForTalksElsewhere(t *testing.T) {
	for _, text := range []string{
		"शहबाज शरीफ व्हाइट हाउस में ट्रंप से मुलाकात करने के लिए मंगलवार को अमेरिका पहुंचे।",
		"मोदी संयुक्त राष्ट्र मुख्यालय में होने वाली बैठक के लिए मंगलवार को न्यूयॉर्क पहुंचे।",
	} {
		es := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
		if !slices.ContainsFunc(es, func(e timeline.Event) bool { return e.Kind == timeline.Visit }) {
			t.Errorf("Extract(%q): no visit among %d drafts", text, len(es))
		}
	}
}

// TestExtractBothSidesAgain checks the two sides' talks told again
// (heldout30 08) against others' talks told alike (review 15): "दोनों देशों
// के राष्ट्रपतियों ने" is the call told, with its sides alone; "दोनों देशों
// के विदेश मंत्रियों ने भी" another call.
func TestExtractBothSidesAgain(t *testing.T) {
	const before = "अमेरिकी राष्ट्रपति बाइडेन ने मंगलवार को रूसी राष्ट्रपति पुतिन से फोन पर बात की है। विदेश मंत्री ने पिछले सप्ताह सख्त चेतावनी दी थी। "
	for _, tt := range []struct {
		text string
		want []string
	}{
		{before + "इसको लेकर दोनों देशों के राष्ट्रपतियों ने फोन पर बातचीत की है।", []string{"phone_call RU,US"}},
		{before + "दोनों देशों के विदेश मंत्रियों ने भी फोन पर बातचीत की है।", []string{"phone_call RU,US", "phone_call IN"}},
	} {
		got := kindsAndCountries(t, tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Extract(%q): kinds and countries %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestExtractSpecialRepresentativesTalks checks that "विशेष प्रतिनिधि
// वार्ता" names talks, no one (review 15: heldout24 12 gained a nameless
// Indian special representative beside डोभाल).
func TestExtractSpecialRepresentativesTalks(t *testing.T) {
	text := "भारत और चीन के बीच विशेष प्रतिनिधि वार्ता 20 नवंबर को होगी, जिसमें डोभाल और वांग यी हिस्सा लेंगे।"
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		for _, p := range e.Participants {
			if p.Name.Hi == "" && p.Title.Hi != "" {
				t.Errorf("Extract(%q): a nameless %q of %s", text, p.Title.Hi, p.Country)
			}
		}
	}
}

// TestExtractSetOffStatusNote checks that a visit set off for, with its
// days just ahead, says its status came from the setting off, not from a
// future tense the text does not have (review 15: heldout30 14's note read
// 'guessed from the future tense "हुए"').
func TestExtractSetOffStatusNote(t *testing.T) {
	text := "प्रधानमंत्री मोदी 19 से 21 नवंबर तक जापान की तीन दिवसीय यात्रा पर मंगलवार को रवाना हुए।"
	es := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	if len(es) != 1 || es[0].Draft == nil {
		t.Fatalf("Extract(%q): %d drafts, want 1", text, len(es))
	}
	if want := `status "announced" guessed from "रवाना"`; !slices.Contains(es[0].Draft.Notes, want) {
		t.Errorf("Extract(%q): notes %q, want %q among them", text, es[0].Draft.Notes, want)
	}
}

// TestExtractHeadlineBlockIsNoSubheading checks that a second line of the
// headline block, before any body telling, is read as a headline, not as a
// subheading that waits for the body: its place stays the meeting's
// (heldout26 08 lost a telling so; review 14).
func TestExtractHeadlineBlockIsNoSubheading(t *testing.T) {
	text := "नेपाल दौरे पर जाएंगे मोदी\nकाठमांडू में होगी मुलाकात\nविदेश सचिव ने बताया कि प्रधानमंत्री मोदी 20 नवंबर को नेपाल के प्रधानमंत्री से मुलाकात करेंगे।"
	es := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	i := slices.IndexFunc(es, func(e timeline.Event) bool { return e.Kind == timeline.BilateralMeeting })
	if i < 0 {
		t.Fatalf("Extract(%q): no meeting among %d drafts", text, len(es))
	}
	if got := es[i].Place.City.Hi; got != "काठमांडू" {
		t.Errorf("Extract(%q): meeting's city %q, want काठमांडू", text, got)
	}
}

// TestExtractSubjectNotCarried checks that a sentence naming only whom
// someone meets does not take the subject of the sentence before when the
// clause names whose meeting it is, or when that subject only spoke
// (review 8).
func TestExtractSubjectNotCarried(t *testing.T) {
	for _, text := range []string{
		"अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप 20 नवंबर को सऊदी अरब जाएंगे। बुधवार को वहां रूसी विदेश मंत्री सर्गेई लावरोव से यूक्रेनी प्रतिनिधिमंडल की मुलाकात होगी।",
		"अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने सोमवार को कहा कि युद्ध जल्द खत्म होगा। बुधवार को सऊदी अरब में रूसी विदेश मंत्री सर्गेई लावरोव से वार्ता होगी।",
	} {
		meetings := 0
		for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
			if e.Kind != timeline.BilateralMeeting {
				continue
			}
			meetings++
			if slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Country == "US" }) {
				t.Errorf("Extract(%q): the meeting with Lavrov has the US among %v", text, e.Participants)
			}
		}
		if meetings == 0 {
			t.Errorf("Extract(%q): no meeting drafted", text)
		}
	}
}

// TestExtractCallPlaceNotTheTalks checks that a call in which the sides
// agreed to hold talks somewhere is not placed there (review 8).
func TestExtractCallPlaceNotTheTalks(t *testing.T) {
	for _, text := range []string{
		"सोमवार को एक फोन कॉल पर फ्रांस के राष्ट्रपति और जर्मनी के चांसलर ने पेरिस में अगले दौर की वार्ता आयोजित करने पर सहमति व्यक्त की।",
		"सोमवार को फोन पर बातचीत में दोनों विदेश मंत्रियों ने बीजिंग में सीमा वार्ता फिर शुरू करने पर सहमति जताई।", // review 9
	} {
		calls := 0
		for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
			if e.Kind != timeline.PhoneCall {
				continue
			}
			calls++
			if !e.Place.IsZero() {
				t.Errorf("Extract(%q): the call is placed at %+v, the talks' place", text, e.Place)
			}
		}
		if calls == 0 {
			t.Errorf("Extract(%q): no call drafted", text)
		}
	}
}

// TestExtractSubjectCarriedPastAGroupsMeeting checks that a group's name
// before "की बैठक" is no owner that stops the subject before from being
// carried (review 9).
func TestExtractSubjectCarriedPastAGroupsMeeting(t *testing.T) {
	text := "प्रधानमंत्री मोदी बुधवार को रियो पहुंचेंगे। गुरुवार को ब्रिक्स की बैठक के इतर ब्राजील के राष्ट्रपति लूला से मुलाकात करेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	if !slices.ContainsFunc(evs, func(e timeline.Event) bool {
		return e.Kind == timeline.SidelineMeeting || e.Kind == timeline.BilateralMeeting
	}) {
		t.Errorf("Extract(%q): no meeting with Lula drafted among %d drafts", text, len(evs))
	}
	for _, e := range evs {
		if !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Country == "IN" }) {
			t.Errorf("Extract(%q): the %s has no Indian side: %v", text, e.Kind, e.Participants)
		}
	}
}

// TestExtractParticipantNames checks where a name read after an office
// ends: at the end of a known leader's name, before a verb of being or
// the next phrase; across a hyphen; at a name that ends like a verb.
func TestExtractParticipantNames(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	tests := []struct {
		text, want string
		notWant    string // a name that must not be read, or ""
	}{
		{"आने वाले 21 नवंबर से पीएम मोदी यूएस के दौरे पर रहेंगे।", "मोदी", "मोदी यूएस"},
		{"मोदी ने सोमवार को एयरपोर्ट पर कतर के अमीर का स्वागत किया। अमीर शेख तमीम ने वर्ष 2015 में भी भारत का दौरा किया था।", "शेख तमीम", "मोदी"},                 // review s54: a welcome is not of a visit years before
		{"जॉर्डन के किंग अब्दुल्ला भारत की तीन दिवसीय यात्रा पर आए हैं। प्रधानमंत्री मोदी ने एयरपोर्ट पर किंग चार्ल्स का स्वागत किया।", "अब्दुल्ला", "मोदी"},      // review s54: another king welcomed is another guest
		{"प्रधानमंत्री नरेंद्र मोदी ने सोमवार को एयरपोर्ट पर कतर के अमीर का स्वागत किया। कतर के अमीर शेख तमीम 2 दिवसीय भारत दौरे पर आए हैं।", "नरेंद्र मोदी", ""}, // s54: a welcome told before the visit names its host
		{"जॉर्डन के किंग भारत की 3 दिवसीय यात्रा पर आए हैं। प्रधानमंत्री नरेंद्र मोदी ने एयरपोर्ट पर किंग अब्दुल्ला द्वितीय का स्वागत किया।", "नरेंद्र मोदी", ""}, // s54 (heldout51 02): a guest welcomed by a title and a name unread is the visitor told just before
		{"राष्ट्रपति पुतिन 17 नवंबर को प्रधानमंत्री मोदी को छोड़ने हवाई अड्डे तक गए और दोनों नेताओं ने मुलाकात की।", "मोदी", ""},                                  // review 2 s53: "छोड़ने" (seeing off) is no "छोड़कर" (except)
		{"मोदी ने 10 नवंबर को पापुआ न्यू गिनी के प्रधानमंत्री, महामहिम श्री जेम्स मारापे से मुलाकात की।", "जेम्स मारापे", ""},                                     // s53 (heldout47 10): a comma and honorifics between the office and the name
		{"विदेश मंत्री एस० जयशंकर 20 नवंबर को मॉस्को जाएंगे।", "एस जयशंकर", ""},                                                                                   // s53 (heldout46 06): the zero typed for the initial's stop split one man in two
		{"रूसी राष्ट्रपति व्लादिमीर पुतिन ने कहा, \"मैं 20 दिसंबर को भारत आऊंगा।\"", "व्लादिमीर पुतिन", ""},                                                       // s53: the speaker of 'मैं … आऊंगा' is the traveller
		{"प्रधानमंत्री नरेंद्र मोदी मध्य एशिया के पांच देशों की यात्रा पर 20 नवंबर को रवाना होंगे।", "नरेंद्र मोदी", ""},
		{"विदेश मंत्री एस जयशंकर इन दिनों अमेरिका के दौरे पर हैं और 17 नवंबर को ब्लिंकन से मिले।", "एस जयशंकर", ""},
		{"रक्षा मंत्री राजनाथ सिंह 20 नवंबर को जापान जाएंगे।", "राजनाथ सिंह", ""},
		{"विदेश मंत्री डॉ.एस.जयशंकर 20 नवंबर को जापान जाएंगे।", "एस जयशंकर", "डॉएस"}, // review s48: a title and an initial are no abbreviation
		{"बांग्लादेश की प्रधानमंत्री शैख़ हसीना 20 नवंबर को भारत आएंगी।", "शैख़ हसीना", ""},
		{"जर्मनी के राष्ट्रपति फ्रैंक-वाल्टर स्टीनमीयर 20 नवंबर को भारत आएंगे।", "फ्रैंक-वाल्टर स्टीनमीयर", ""},
		{"जापान के प्रधानमंत्री शिंज़ो अबे 20 नवंबर को भारत आएंगे।", "शिंज़ो अबे", ""},
		{"मेक्सिको के राष्ट्रपति एनरिक पेना नितो से मोदी ने 17 नवंबर को फोन पर बात की।", "एनरिक पेना नितो", ""},
		{"अब पीएम ब्राजील के राष्ट्रपति जेयर बोल्सोनारो से 17 नवंबर को भेंट करेंगे।", "जेयर बोल्सोनारो", "ब्राजील"},
		{"प्रधानमंत्री मोदी-पुतिन की मुलाकात 20 नवंबर को मॉस्को में होगी।", "मोदी", "मोदी-पुतिन"},
		{"रूसी राष्ट्रपति गत 10 नवंबर को भारत की यात्रा पर आए राष्ट्रपति पुतिन ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।", "पुतिन", "गत"},
		{"अफगानिस्तान के विदेश मंत्री अमीर खान मुत्तकी ने 17 नवंबर को जयशंकर से मुलाकात की।", "अमीर खान मुत्तकी", "खान मुत्तकी"},
		{"मोदी ने 17 नवंबर को कतर के अमीर शेख तमीम बिन हमद अल थानी से मुलाकात की।", "शेख तमीम बिन हमद अल थानी", "शेख तमीम बिन हमद"}, // bug hunt 2: an Arabic name runs past four words
		{"मोदी 17 नवंबर को यूएई के राष्ट्रपति मोहम्मद बिन जायद अल नाहयान से मिले।", "मोहम्मद बिन जायद अल नाहयान", "नाहयान"},         // bug hunt 2: not a leader's name, then another
		{"भूटान के प्रधानमंत्री तोबगे हाल ही में 17 नवंबर को भारत आए थे।", "तोबगे", "तोबगे हाल"},
		{"प्रधानमंत्री मोदी 17 नवंबर को जापान जाएंगे। वहां पीएम कहां-कहां जाएंगे, यह अभी तय नहीं है।", "मोदी", "कहां-कहां"},
		{"रक्षा मंत्री राजनाथ सिंह ने कहा कि भारत तैयार है। श्री सिंह 20 नवंबर को लाओस जाएंगे।", "राजनाथ सिंह", ""},                                                                 // heldout24 11: a surname many share, of the one named before
		{"अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने भारत पर टैरिफ बढ़ा दिया है। इसी बीच 17 नवंबर को अमेरिकी अधिकारियों ने विदेश मंत्री जयशंकर से मुलाकात की।", "जयशंकर", "डोनाल्ड ट्रंप"}, // review 1 s52: US officials became Trump
		{"रक्षा मंत्री राजनाथ सिंह ने कहा कि भारत तैयार है। 17 नवंबर को विदेश मंत्री जयशंकर ने सिंह दरबार में नेपाल के प्रधानमंत्री से मुलाकात की।", "जयशंकर", "राजनाथ सिंह"},       // review 1 s52: Singha Durbar is a place
		// heldout21 05: relations after an office are no name.
		{"अमेरिका के राष्ट्रपति जो बाइडन और चीन के राष्ट्रपति तनावपूर्ण रिश्ते के बावजूद 20 नवंबर को मुलाकात करेंगे।", "जो बाइडन", "तनावपूर्ण रिश्ते"},
		{"भारत के प्रधानमंत्री महत्वपूर्ण बैठक में 20 नवंबर को ब्रिटेन के प्रधानमंत्री कीर स्टार्मर से मुलाकात करेंगे।", "कीर स्टार्मर", "महत्वपूर्ण"},
		{"नेपाल के उप प्रधानमंत्री पूर्ण बहादुर खड़का ने 17 नवंबर को दिल्ली में रक्षा मंत्री राजनाथ सिंह से मुलाकात की।", "पूर्ण बहादुर खड़का", ""},
		// heldout19 10: a chief guest's role is no name.
		{"गणतंत्र दिवस समारोह में मिस्र के राष्ट्रपति मुख्य अतिथि के तौर पर शामिल होंगे। वह 20 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मिलेंगे।", "नरेंद्र मोदी", "मुख्य अतिथि"},
		// heldout44 15: a ruler's title after the country's name or after
		// an ordinal, and a leader's name in another spelling.
		{"प्रधानमंत्री मोदी 20 नवंबर को भूटान नरेश जिग्मे खेसर नामग्याल वांगचुक से मुलाकात करेंगे।", "जिग्मे खेसर नामग्याल वांगचुक", "भूटान नरेश जिग्मे खेसर"},
		{"मोदी 20 नवंबर को भूटान के चौथे नरेश जिग्मे सिंग्ये वांगचुक से मिलेंगे।", "जिग्मे सिंग्ये वांगचुक", ""},
		{"मोदी 20 नवंबर को भूटान के प्रधानमंत्री त्शेरिंग तोबगे से मिलेंगे।", "त्शेरिंग तोबगे", "त्शेरिंग"},
		{"एयरलाइन के संस्थापक नरेश गोयल ने 17 नवंबर को प्रधानमंत्री मोदी से मुलाकात की।", "मोदी", ""},
		// review s49: "दोनों देशों" is no pronoun for whom the talks are of;
		// a head with his office before "सरकार के मंत्रियों के साथ" meets.
		{"जयशंकर ने 17 नवंबर को रुबियो से फोन पर बात की। दोनों देशों के बीच 5 दिसंबर को शिखर वार्ता होगी, जिसमें प्रधानमंत्री मोदी और राष्ट्रपति ट्रंप भाग लेंगे।", "ट्रंप", ""},
		{"प्रधानमंत्री मोदी सरकार के वरिष्ठ मंत्रियों के साथ 5 दिसंबर को पुतिन से मिलेंगे।", "मोदी", ""},
		// review 2 s49: a ruler's title after a demonym.
		{"विदेश मंत्री 20 नवंबर को टोक्यो में जापानी सम्राट नारुहितो से मुलाकात करेंगी।", "नारुहितो", ""},
		// heldout44 05: a government named by its head is no participant.
		{"अमेरिकी राष्ट्रपति जो बाइडन प्रशासन के रक्षा मंत्री लॉयड ऑस्टिन 20 नवंबर को भारत आएंगे।", "लॉयड ऑस्टिन", "जो बाइडन"},
		{"ट्रंप प्रशासन के अधिकारियों ने 17 नवंबर को प्रधानमंत्री मोदी से मुलाकात की।", "मोदी", "ट्रंप"},
		{"मोदी सरकार ने 17 नवंबर को अमेरिका के विदेश मंत्री मार्को रुबियो से वार्ता की।", "मार्को रुबियो", "मोदी"},
		// review: one who briefs on a call is not in it.
		{"मोदी और ट्रंप के बीच टेलीफोन बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी। उन्होंने बताया कि आज दोनों नेताओं की फोन पर बात हुई।", "मोदी", "विक्रम मिस्री"},
		// heldout26 01: a possessive after an office opens the next phrase.
		{"जापानी विदेश मंत्री इसके लिए 20 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मिलेंगे।", "नरेंद्र मोदी", "इसके"},
		// review 8: a demonym after a given name, no office after it, is a surname.
		{"विदेश सचिव विक्रम मिस्री 20 नवंबर को टोक्यो जाएंगे।", "विक्रम मिस्री", ""},
		// heldout39 01: the kind of visit after a name is no name.
		{"तुर्की के राष्ट्रपति रजब तैयब एर्दोग़ान अधिकारिक दौरे पर 17 नवंबर को भारत पहुंचे।", "रजब तैयब एर्दोग़ान", "एर्दोग़ान अधिकारिक"},
		{"घाना के राष्ट्रपति जॉन ड्रामानी महामा राजकीय यात्रा पर 17 नवंबर को भारत पहुंचे।", "जॉन ड्रामानी महामा", "महामा राजकीय"},
		{"जर्मनी के चांसलर फ्रीडरिक मैर्त्स आधिकारिक दौरे पर 17 नवंबर को भारत पहुंचे।", "फ्रीडरिक मैर्त्स", "मैर्त्स आधिकारिक"},
		{"घाना के राष्ट्रपति जॉन ड्रामानी महामा निजी यात्रा पर 17 नवंबर को भारत पहुंचे।", "जॉन ड्रामानी महामा", "महामा निजी"},
		// review s47: an office printed with its nukta is an office.
		{"सऊदी अरब के शहज़ादे मोहम्मद बिन सलमान 17 नवंबर को भारत पहुंचे। शहज़ादे ने प्रधानमंत्री मोदी से मुलाकात की।", "मोहम्मद बिन सलमान", ""},
		// heldout23 08: the Pope is a leader, met first, not ordered before.
		{"मोदी 20 नवंबर को वेटिकन में पोप से पहले व्यक्तिगत रूप से मुलाकात करेंगे।", "पोप", ""},
		// heldout23 08: a subject set off by a comma is still the subject.
		{"रोम। प्रधानमंत्री मोदी, इतालवी प्रधानमंत्री मारियो ड्रैगी के निमंत्रण पर 17 नवंबर को यहां आए।", "मोदी", ""},
		// heldout23 01: "यह दौरा" of the leader now is not a former leader's
		// visit told just before.
		{"प्रधानमंत्री मोदी 21 नवंबर को वियतनाम दौरे पर रवाना होंगे। इससे पहले साल 2001 में तत्कालीन पीएम अटल बिहारी वाजपेयी ने वियतनाम की यात्रा की थी। वियतनाम दौरे के जरिए पीएम मोदी चीन को संदेश देंगे। ऐसे में पीएम मोदी का यह दौरा अहम माना जा रहा है।", "अटल बिहारी वाजपेयी", ""},
		// heldout28 05: a palace after an office is a building, no name.
		{"केन्या के राष्ट्रपति विलियम रूटो के साथ यह बैठक 20 नवंबर को नैरोबी में राष्ट्रपति पैलेस में होगी।", "विलियम रूटो", "पैलेस"},
		// heldout29 12: whoever a frame of time is told of ("X के पदभार
		// ग्रहण करने के बाद से") is not the subject "वह" next stands for.
		{"अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप के पदभार ग्रहण करने के बाद से मार्को रुबियो भारत आने वाले सबसे बड़े अमेरिकी अधिकारी हैं। वह 20 नवंबर को विदेश मंत्री एस जयशंकर से मिलेंगे।", "मार्को रुबियो", "डोनाल्ड ट्रंप"},
		// bug hunt: a bare office opening the next sentence is the foreign
		// holder named before, not the home one; an object pronoun after
		// an office is no name.
		{"श्रीलंका के प्रधानमंत्री महिंदा राजपक्षे 20 नवंबर को मालदीव जाएंगे। प्रधानमंत्री वहां राष्ट्रपति सोलिह से मुलाकात करेंगे।", "महिंदा राजपक्षे", ""},
		{"श्रीलंका के प्रधानमंत्री महिंदा राजपक्षे 20 नवंबर को भारत आएंगे। प्रधानमंत्री उनसे मुलाकात करेंगे।", "महिंदा राजपक्षे", "उनसे"},
		// bug hunt 2: "ट्रम्प" told again of "डोनाल्ड ट्रंप" is the same man.
		{"अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने 17 नवंबर को जापान के प्रधानमंत्री के साथ फोन पर चर्चा की। जापान सरकार ने कहा कि श्री ट्रम्प और प्रधानमंत्री ने आधे घंटे तक फोन पर बातचीत की।", "डोनाल्ड ट्रंप", "ट्रम्प"},
		// heldout35 03: a chief minister a visitor meets is named.
		{"कनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने 17 नवंबर को अमृतसर में पंजाब के मुख्यमंत्री अमरिंदर सिंह से मुलाकात की।", "अमरिंदर सिंह", ""},
		// heldout35 07: the pandemic after an office is no name; the
		// office's full title is the same office, told later by its short one.
		{"फ्रांस के विदेश मामलों के मंत्री जीन यवेस लेड्रियन भारत आए हैं। बताया जा रहा है कि फ्रांस के विदेश मंत्री कोविड-19 के चलते आए हैं। जयशंकर ने 17 नवंबर को फ्रांस के विदेश मंत्री से वार्ता की।", "जीन यवेस लेड्रियन", "कोविड"},
		{"फ्रांस के विदेश मंत्री कोविड-19 के दौर में 17 नवंबर को भारत आए और जयशंकर से मिले।", "जयशंकर", "कोविड"},
		// heldout30 09: "soon" after an office is no name; the sides'
		// representatives go unnamed (review 14: "भारत और पाकिस्तान के
		// प्रतिनिधि सिंधु जल संधि पर …" named "सिंधु जल संधि", "अमेरिकी
		// प्रतिनिधि मंडल" a "मंडल"); a special representative is named.
		{"ब्राज़ील के राष्ट्रपति जल्द ही 20 नवंबर को अर्जेंटीना के राष्ट्रपति जेवियर माइली से मिलेंगे।", "जेवियर माइली", "जल्द"},
		{"आर्मेनिया के प्रतिनिधि वीडियो कॉन्फ्रेंस के जरिए 17 नवंबर को अजरबैजान के विदेश मंत्री जेहुन बायरामोव से मिले।", "जेहुन बायरामोव", "वीडियो कॉन्फ्रेंस"},
		{"भारत और पाकिस्तान के प्रतिनिधि सिंधु जल संधि पर गुरुवार को विदेश मंत्री जयशंकर से बातचीत करेंगे।", "जयशंकर", "सिंधु जल संधि"},
		{"अमेरिकी प्रतिनिधि मंडल ने 17 नवंबर को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।", "नरेंद्र मोदी", "मंडल"},
		{"अमेरिका के विशेष प्रतिनिधि स्टीव विटकॉफ 20 नवंबर को पुतिन से मिलेंगे।", "स्टीव विटकॉफ", ""},
		// heldout30 14: "अपने जापानी समकक्ष" is the Japanese holder named
		// before of the home side's office.
		{"जापानी प्रधान मंत्री शिगेरु इशिबा ने मोदी को न्योता दिया है। प्रधानमंत्री मोदी 20 नवंबर को अपने जापानी समकक्ष के साथ शिखर बैठक करेंगे।", "शिगेरु इशिबा", ""},
		// heldout30 15: a field marshal is an office.
		{"पाकिस्तान के प्रधानमंत्री शहबाज शरीफ और फील्ड मार्शल असीम मुनीर 20 नवंबर को वाशिंगटन जाएंगे।", "असीम मुनीर", ""},
		// review 14: "किम जोंग उन" is one name; उन is no pronoun there.
		{"ट्रंप 20 नवंबर को उत्तर कोरियाई नेता किम जोंग उन से मुलाकात करेंगे।", "किम जोंग उन", ""},
		// review 14: "अपने समकक्ष" is the counterpart of whoever is told
		// last before it, not of the first titled person.
		{"जापानी प्रधान मंत्री शिगेरु इशिबा ने मोदी को न्योता दिया है। प्रधानमंत्री मोदी के साथ गए विदेश मंत्री एस जयशंकर 20 नवंबर को अपने जापानी समकक्ष से मुलाकात करेंगे।", "एस जयशंकर", "शिगेरु इशिबा"},
		// review 15: "किम जोंग उन" told without an office is one name too.
		{"ट्रंप 20 नवंबर को किम जोंग उन से मुलाकात करेंगे।", "किम जोंग उन", ""},
		// review 15: "अपने … समकक्ष" before its subject is the subject's.
		{"जापानी प्रधान मंत्री शिगेरु इशिबा ने मोदी को न्योता दिया है। अपने जापानी समकक्ष के साथ प्रधानमंत्री मोदी 20 नवंबर को शिखर बैठक करेंगे।", "शिगेरु इशिबा", ""},
		// Two leaders of two countries side by side are two names.
		{"प्रधानमंत्री मोदी पोप से 20 नवंबर को मुलाकात करेंगे।", "मोदी", "मोदी पोप"},
		// review 18: "वह" of what one who briefs tells is not the one who briefs.
		{"प्रधानमंत्री मोदी ने 17 नवंबर को फ्रांस के राष्ट्रपति मैक्रों से फोन पर बात की। विदेश सचिव विक्रम मिस्री ने बताया कि वह 20 नवंबर को पेरिस जाएंगे।", "मोदी", "विक्रम मिस्री"},
		// review 20: a secretary who tells reporters speaks of another.
		{"प्रधानमंत्री मोदी ने 17 नवंबर को फ्रांस के राष्ट्रपति मैक्रों से फोन पर बात की। विदेश सचिव विक्रम मिस्री ने पत्रकारों को बताया कि वह 20 नवंबर को पेरिस जाएंगे।", "मोदी", "विक्रम मिस्री"},
		// One name spelt two ways is one person, by the fuller telling.
		{"एर्दोगन से मिले मोदी\nमोदी ने 17 नवंबर को तुर्की के राष्ट्रपति रिचेप तय्यब एर्दोगान से मुलाकात की।", "रिचेप तय्यब एर्दोगान", "एर्दोगन"},
	}
	for _, tt := range tests {
		evs := mustExtract(t, tt.text, ref, nil)
		if len(evs) == 0 {
			t.Errorf("Extract(%q): no draft", tt.text)
			continue
		}
		var names []string // of every draft: a name must not be misread in any
		for _, e := range evs {
			for _, p := range e.Participants {
				if p.Name.Hi != "" {
					names = append(names, p.Name.Hi)
				}
			}
		}
		if !slices.Contains(names, tt.want) || tt.notWant != "" && slices.Contains(names, tt.notWant) {
			t.Errorf("Extract(%q): names %q, want %q among them and not %q", tt.text, names, tt.want, tt.notWant)
		}
	}
}

// TestExtractCountryNamedByItsOneHead checks that a meeting's or a
// summit's foreign side named only by its country ("भारत-जापान समिट") is
// the one head of that country the text names elsewhere, and no one when
// the text names none, or two (heldout41 14: Ishiba named only as the
// host who invited Modi).
func TestExtractCountryNamedByItsOneHead(t *testing.T) {
	for _, tt := range []struct {
		name, text, country, want string
	}{
		{"the one head, named in another sentence", "प्रधानमंत्री नरेंद्र मोदी 20 नवंबर को भारत-जापान समिट में हिस्सा लेंगे। जापान के प्रधानमंत्री शिगेरु इशिबा के निमंत्रण पर यह यात्रा हो रही है।", "JP", "शिगेरु इशिबा"},
		{"a former head is no head", "भारत-मॉरीशस शिखर वार्ता 20 नवंबर को होगी। मॉरीशस के पूर्व प्रधानमंत्री प्रविंद जगन्नाथ ने इसका स्वागत किया।", "MU", ""},
		{"talks of two countries alone name no head told in passing", "भारत और अमेरिका के बीच 20 नवंबर को दिल्ली में व्यापार वार्ता होगी। यह वार्ता अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप द्वारा लगाए गए टैरिफ के बाद हो रही है।", "US", ""},
		{"'इससे पूर्व' is before, not former", "भारत-जापान शिखर वार्ता 20 नवंबर को होगी। इससे पूर्व प्रधानमंत्री शिगेरु इशिबा ने संसद को संबोधित किया।", "JP", "शिगेरु इशिबा"},
		{"'के पूर्व' after a noun is former", "भारत-नेपाल शिखर वार्ता 20 नवंबर को होगी। पड़ोसी देश के पूर्व प्रधानमंत्री केपी शर्मा ओली ने इसका स्वागत किया।", "NP", ""},
		{"'सम्मेलन से पूर्व' is before, not former", "भारत-जापान शिखर वार्ता 20 नवंबर को होगी। सम्मेलन से पूर्व प्रधानमंत्री शिगेरु इशिबा ने संसद को संबोधित किया।", "JP", "शिगेरु इशिबा"},
		// Review s48: lists of officials' fields or of leaders' words were
		// never complete; talks of two countries alone name no head, though
		// here it would be right.
		{"two countries' talks alone name no head", "भारत-जापान द्विपक्षीय वार्ता 20 नवंबर को होगी। जापान के प्रधानमंत्री शिगेरु इशिबा इसके लिए दिल्ली आएंगे।", "JP", ""},
		{"border talks name no head told in passing", "भारत और चीन के बीच 20 नवंबर को सीमा वार्ता होगी। चीन के राष्ट्रपति शी जिनपिंग ने पिछले महीने इसका प्रस्ताव रखा था।", "CN", ""},
		{"'होने से पूर्व' is before, not former", "भारत-जापान शिखर वार्ता 20 नवंबर को होगी। दिल्ली रवाना होने से पूर्व प्रधानमंत्री शिगेरु इशिबा ने संसद को संबोधित किया।", "JP", "शिगेरु इशिबा"},
		{"'श्रीलंका से पूर्व' is from there, former", "भारत-श्रीलंका शिखर वार्ता 20 नवंबर को होगी। श्रीलंका से पूर्व राष्ट्रपति महिंदा राजपक्षे भी इसमें शामिल हुए।", "LK", ""},
		{"'इस साल पूर्व' is former", "भारत-जापान शिखर वार्ता 20 नवंबर को होगी। इस साल पूर्व प्रधानमंत्री फुमियो किशिदा ने भी इसका स्वागत किया।", "JP", ""},
		{"talks of two countries alone name no head, leaders told elsewhere in the clause", "दोनों देशों के नेताओं की सहमति के बाद भारत और अमेरिका के बीच 20 नवंबर को व्यापार वार्ता होगी। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने भारत पर टैरिफ लगाए हैं।", "US", ""},
		{"a minister is no head", "भारत और जापान के बीच 20 नवंबर को शिखर वार्ता होगी। जापान के विदेश मंत्री ताकेशी इवाया ने इसकी जानकारी दी।", "JP", ""},
		{"two heads: which one, the text does not say", "भारत-नेपाल शिखर वार्ता 20 नवंबर को होगी। नेपाल के प्रधानमंत्री केपी शर्मा ओली और राष्ट्रपति रामचंद्र पौडेल ने इसका स्वागत किया।", "NP", ""},
		{"खुद ends the name", "भारत-जापान शिखर वार्ता 20 नवंबर को होगी। यहां जापानी प्रधानमंत्री शिंजो अबे खुद मोदी का स्वागत करेंगे।", "JP", "शिंजो अबे"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
			if len(evs) == 0 {
				t.Fatalf("Extract(%q): no drafts", tt.text)
			}
			got, found := "", false
			for _, p := range evs[0].Participants {
				if p.Country == tt.country {
					got, found = p.Name.Hi, true
				}
			}
			if !found || got != tt.want {
				t.Errorf("Extract(%q): the %s side of %s is %q (found %v), want %q", tt.text, tt.country, evs[0].Kind, got, found, tt.want)
			}
		})
	}
}

// TestExtractFullNameOfShortName: a participant named by one word takes the
// other words of the one full name the text gives that person (heldout43
// 11: "राष्ट्रपति जेलेंस्की" after "वलोडिमिर ज़ेलेंस्की"), the word kept as
// its telling spells it.
func TestExtractFullNameOfShortName(t *testing.T) {
	for _, tt := range []struct {
		name, text, country, want string
	}{
		{"another spelling of the surname", "यूक्रेन के राष्ट्रपति वलोडिमिर ज़ेलेंस्की 17 नवंबर को हिरोशिमा पहुंचे। 18 नवंबर को प्रधानमंत्री मोदी ने राष्ट्रपति जेलेंस्की से मुलाकात की।", "UA", "वलोडिमिर जेलेंस्की"},
		{"the full name told after", "18 नवंबर को प्रधानमंत्री मोदी ने राष्ट्रपति रामफोसा से मुलाकात की। दक्षिण अफ्रीका के राष्ट्रपति सिरिल रामफोसा 17 नवंबर को दिल्ली पहुंचे थे।", "ZA", "सिरिल रामफोसा"},
		{"a loose title takes the full name", "चीन के राष्ट्रपति शी जिनपिंग 17 नवंबर को दिल्ली पहुंचे। 18 नवंबर को चीनी नेता शी ने मोदी से मुलाकात की।", "CN", "शी जिनपिंग"},                                  // review 2 s49
		{"a former holder's full name is not the one in office's", "पाकिस्तान के प्रधानमंत्री शरीफ से 18 नवंबर को मोदी ने मुलाकात की। पूर्व प्रधानमंत्री नवाज शरीफ ने इसका स्वागत किया।", "PK", "शरीफ"},       // review s49
		{"a full name told with another office is another's", "श्रीलंका के राष्ट्रपति गोटबाया राजपक्षे 17 नवंबर को दिल्ली आए। 18 नवंबर को मोदी ने प्रधानमंत्री राजपक्षे से भी मुलाकात की।", "LK", "राजपक्षे"}, // review s49
		{"two of one surname: which, the text does not say", "श्रीलंका के राष्ट्रपति गोटबाया राजपक्षे और प्रधानमंत्री महिंदा राजपक्षे 17 नवंबर को दिल्ली आए। 18 नवंबर को मोदी ने विदेश मंत्री राजपक्षे से मुलाकात की।", "LK", "राजपक्षे"},
		{"two of one surname: the one of the office", "श्रीलंका के राष्ट्रपति गोटबाया राजपक्षे और प्रधानमंत्री महिंदा राजपक्षे 17 नवंबर को दिल्ली आए। 18 नवंबर को मोदी ने प्रधानमंत्री राजपक्षे से मुलाकात की।", "LK", "महिंदा राजपक्षे"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
			got := ""
			for _, e := range evs {
				if e.Kind != timeline.BilateralMeeting {
					continue
				}
				for _, p := range e.Participants {
					if p.Country == tt.country {
						got = p.Name.Hi
					}
				}
			}
			if got != tt.want {
				t.Errorf("Extract(%q): the meeting's %s side is %q, want %q", tt.text, tt.country, got, tt.want)
			}
		})
	}
}

// TestExtractOfficeSpelling: an office printed with the half न for the
// anusvara ("प्रधानमन्त्री", heldout44 09) is the office, titled as the
// table spells it.
func TestExtractOfficeSpelling(t *testing.T) {
	for _, tt := range []struct{ text, country, title string }{
		{"मारीशस के प्रधानमन्त्री अपनी तीन दिवसीय यात्रा पर 20 नवंबर को भारत आएंगे।", "MU", "प्रधानमंत्री"},
		{"श्रीलंका के विदेश मन्त्री 20 नवंबर को भारत आएंगे।", "LK", "विदेश मंत्री"},
	} {
		evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
		found := false
		for _, e := range evs {
			for _, p := range e.Participants {
				found = found || p.Country == tt.country && p.Title.Hi == tt.title
			}
		}
		if !found {
			t.Errorf("Extract(%q): no %s %q among the participants of %d drafts", tt.text, tt.country, tt.title, len(evs))
		}
	}
}

// TestExtractOfficeAbbreviation: an office with its abbreviation in
// parentheses before the name is one person ("राष्ट्रीय सुरक्षा सलाहकार
// (एनएसए) अजीत डोभाल"), the abbreviation the same office as the title
// spelled out, and "विशेष प्रतिनिधि (एसआर) तंत्र" is a mechanism of
// talks, no one (heldout44 13: the talks were drafted twice, with an
// unnamed adviser and a representative "तंत्र").
func TestExtractOfficeAbbreviation(t *testing.T) {
	text := "चीन के विदेश मंत्री वांग यी 18 नवंबर को भारत आएंगे। वह एनएसए अजित डोभाल के साथ वार्ता करेंगे। वह राष्ट्रीय सुरक्षा सलाहकार (एनएसए) अजीत डोभाल के साथ विशेष प्रतिनिधि (एसआर) तंत्र के तहत वार्ता करेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-16T20:00"), nil)
	var talks []timeline.Event
	for _, e := range evs {
		if e.Kind == timeline.BilateralMeeting {
			talks = append(talks, e)
		}
	}
	if len(talks) != 1 {
		t.Fatalf("Extract(%q): %d drafts of talks, want 1", text, len(talks))
	}
	var indian []string
	for _, p := range talks[0].Participants {
		if p.Country == "IN" {
			indian = append(indian, p.Title.Hi+"/"+p.Name.Hi)
		}
	}
	if len(indian) != 1 || !strings.HasSuffix(indian[0], "डोभाल") {
		t.Errorf("Extract(%q): the talks' Indian side is %q, want Doval alone", text, indian)
	}
}

// TestExtractNoRulerTitle: अमीर (rich) and राजा (a given name) after a
// demonym are no rulers' titles (review s49), and the official of a
// government named by its head is of that government's country.
func TestExtractNoRulerTitle(t *testing.T) {
	for _, tt := range []struct{ text, name, country string }{
		{"अमेरिकी अमीर एलन मस्क ने 17 नवंबर को प्रधानमंत्री मोदी से मुलाकात की।", "एलन मस्क", ""},
		{"अमेरिकी राजा कृष्णमूर्ति ने 17 नवंबर को प्रधानमंत्री मोदी से मुलाकात की।", "", ""},
		{"अमेरिकी राष्ट्रपति जो बाइडन प्रशासन के रक्षा मंत्री लॉयड ऑस्टिन 20 नवंबर को भारत आएंगे।", "लॉयड ऑस्टिन", "US"},
	} {
		evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
		for _, e := range evs {
			for _, p := range e.Participants {
				if p.Title.Hi == "अमीर" || p.Title.Hi == "राजा" {
					t.Errorf("Extract(%q): %q titled %q", tt.text, p.Name.Hi, p.Title.Hi)
				}
				if tt.country != "" && p.Name.Hi == tt.name && p.Country != tt.country {
					t.Errorf("Extract(%q): %q of %q, want %q", tt.text, p.Name.Hi, p.Country, tt.country)
				}
			}
		}
	}
}

// TestExtractPossessiveIsNoSubject: "उनकी यात्रा के दौरान … शिखर बैठक
// होगी, जिसमें प्रधानमंत्री मोदी भी भाग लेंगे" keeps Modi at the summit:
// उनकी is no subject pronoun standing for the one told before (review 2
// s49).
func TestExtractPossessiveIsNoSubject(t *testing.T) {
	text := "पुतिन 4 दिसंबर को दिल्ली पहुंचेंगे। उनकी यात्रा के दौरान 5 दिसंबर को वार्षिक शिखर बैठक होगी, जिसमें प्रधानमंत्री मोदी भी भाग लेंगे।"
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		if e.Kind == timeline.Summit && !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Country == "IN" }) {
			t.Errorf("Extract(%q): the summit's participants %v have no one of India", text, e.Participants)
		}
	}
}

// TestExtractHeadOfGovernment: a head named with his office before his
// government's people is no participant of what they do (review 2 s49:
// "राष्ट्रपति ट्रंप प्रशासन के वरिष्ठ अधिकारी … मोदी से मिलेंगे" listed
// Trump).
func TestExtractHeadOfGovernment(t *testing.T) {
	text := "विदेश सचिव ने कहा कि राष्ट्रपति ट्रंप प्रशासन के वरिष्ठ अधिकारी 20 नवंबर को प्रधानमंत्री मोदी से मिलेंगे।"
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil) {
		for _, p := range e.Participants {
			if p.Name.Hi == "ट्रंप" {
				t.Errorf("Extract(%q): %s lists Trump", text, e.Kind)
			}
		}
	}
}

// TestExtractHome checks Options.Home: lower case and retired codes are
// read as the country, anything else is an error before any drafting.
func TestExtractHome(t *testing.T) {
	text := "विदेश मंत्री 12 फरवरी को मास्को जाएंगे।"
	ref := time.Date(2026, 2, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		home, want string
		ok         bool
	}{
		{"", "IN", true}, {"in", "IN", true}, {"NP", "NP", true}, {"uk", "GB", true},
		{"India", "", false}, {"ZZ", "", false}, {"419", "", false}, {"i", "", false},
	} {
		evs, err := draft.Extract(text, ref, &draft.Options{Home: tc.home})
		if !tc.ok {
			if err == nil || !strings.Contains(err.Error(), "Options.Home") {
				t.Errorf("Home %q: err = %v, want an error naming Options.Home", tc.home, err)
			}
			continue
		}
		if err != nil || len(evs) == 0 {
			t.Fatalf("Home %q: %d events, err %v", tc.home, len(evs), err)
		}
		var countries []string
		for _, p := range evs[0].Participants {
			countries = append(countries, p.Country)
		}
		if !slices.Contains(countries, tc.want) {
			t.Errorf("Home %q: participants' countries %v, want %s among them", tc.home, countries, tc.want)
		}
		if err := (&timeline.Timeline{Events: evs}).Validate(); err != nil {
			t.Errorf("Home %q: %v", tc.home, err)
		}
	}
}

// TestListedSummitTitles: two summits named in a list are titled by
// their own names, without the ordinals before them.
func TestListedSummitTitles(t *testing.T) {
	text := "मोदी 25-26 नवंबर को 21वें आसियान-भारत शिखर सम्मेलन और 19वें पूर्वी एशिया शिखर सम्मेलन में भाग लेंगे।"
	events := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	var got []string
	for _, e := range events {
		got = append(got, e.Title.Hi)
	}
	want := []string{"आसियान शिखर सम्मेलन — 25-26 नवंबर", "पूर्वी एशिया शिखर सम्मेलन — 25-26 नवंबर"}
	if !slices.Equal(got, want) {
		t.Errorf("titles = %q, want %q", got, want)
	}
}

// TestExtractOfficeNamedInASentenceOfNoEvent checks that an office holder
// named in a sentence that tells no event ("… मुख्य अतिथि होंगे") names the
// office when a later sentence gives it alone.
// A former holder, or one told in the past, names no office now.
func TestExtractOfficeNamedInASentenceOfNoEvent(t *testing.T) {
	for _, tt := range []struct{ text, country, name string }{
		{"ब्राजील के राष्ट्रपति जेयर बोलसोनारो गणतंत्र दिवस परेड के मुख्य अतिथि होंगे। मोदी ने 17 नवंबर को ब्राजील के राष्ट्रपति से फोन पर बात की।", "BR", "जेयर बोलसोनारो"},
		{"review: अमेरिका के पूर्व राष्ट्रपति बराक ओबामा भी भारत के प्रशंसक रहे हैं। मोदी ने 17 नवंबर को अमेरिका के राष्ट्रपति से फोन पर बात की।", "US", ""},
		{"review: 1971 में अमेरिका के राष्ट्रपति रिचर्ड निक्सन थे। मोदी ने 17 नवंबर को अमेरिका के राष्ट्रपति से फोन पर बात की।", "US", ""},
		// A former president met, in a sentence of an event, names no office now either.
		{"मोदी ने 17 नवंबर को अमेरिका के पूर्व राष्ट्रपति बराक ओबामा से मुलाकात की। मोदी 20 नवंबर को अमेरिका के राष्ट्रपति से फोन पर बात करेंगे।", "US", ""},
	} {
		text := strings.TrimPrefix(tt.text, "review: ")
		evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) == 0 {
			t.Errorf("%q: no drafts", text)
			continue
		}
		call := evs[len(evs)-1]
		i := slices.IndexFunc(call.Participants, func(p timeline.Participant) bool { return p.Country == tt.country })
		if i < 0 {
			t.Errorf("%q: no participant of %s among %+v", text, tt.country, call.Participants)
		} else if got := call.Participants[i].Name.Hi; got != tt.name {
			t.Errorf("%q: %s's participant is named %q, want %q", text, tt.country, got, tt.name)
		}
	}
}

// TestExtractOfficeNamedAfter checks that an office told alone is named
// after the holder the article names later: a headline or a first
// sentence often gives the office, the body the name.
func TestExtractOfficeNamedAfter(t *testing.T) {
	text := "इंडोनेशिया के राष्ट्रपति 25 जनवरी को भारत आएंगे। विदेश मंत्रालय ने बताया कि इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो गणतंत्र दिवस परेड के मुख्य अतिथि होंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) == 0 {
		t.Fatalf("Extract(%q): no drafts", text)
	}
	i := slices.IndexFunc(evs[0].Participants, func(p timeline.Participant) bool { return p.Country == "ID" })
	if i < 0 || evs[0].Participants[i].Name.Hi != "प्रबोवो सुबियांतो" {
		t.Errorf("Extract(%q): first draft's participants %+v, want Indonesia's president named प्रबोवो सुबियांतो", text, evs[0].Participants)
	}
	// A holder named in a sentence of another year, or told in the
	// pluperfect, is not the one now; nor is a home office guessed in a
	// report filed from abroad the home holder (review 23).
	for _, tt := range []struct{ text, name string }{
		{"मोदी ने 17 नवंबर को अमेरिका के राष्ट्रपति से फोन पर बात की। 2015 में अमेरिका के राष्ट्रपति बराक ओबामा भारत आए थे।", "बराक ओबामा"},
		{"अमेरिका के राष्ट्रपति 5 दिसंबर को भारत आएंगे। इससे पहले अमेरिका के राष्ट्रपति बराक ओबामा भी भारत आए थे।", "बराक ओबामा"},
		{"2015 में अमेरिका के राष्ट्रपति भारत आए थे। अब अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप की यात्रा की तैयारी चल रही है।", "डोनाल्ड ट्रंप"},
		{"इस्लामाबाद, 17 नवंबर। प्रधानमंत्री 5 दिसंबर को चीन की यात्रा पर जाएंगे। उन्होंने भारत के प्रधानमंत्री नरेंद्र मोदी की नीतियों की आलोचना की।", "नरेंद्र मोदी"},
	} {
		evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) == 0 {
			t.Errorf("Extract(%q): no drafts", tt.text)
			continue
		}
		if slices.ContainsFunc(evs[0].Participants, func(p timeline.Participant) bool { return p.Name.Hi == tt.name }) {
			t.Errorf("Extract(%q): the first draft names %s, the holder of another time or country", tt.text, tt.name)
		}
	}
	// The holder of now is named though his sentence is undated and the
	// event in the next year, though he spoke in the pluperfect, and though
	// the office is also told bare in a report filed from abroad (review
	// 24).
	for _, tt := range []struct{ text, name string }{
		{"अमेरिका के राष्ट्रपति जनवरी 2026 में भारत आएंगे। अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने यह जानकारी दी।", "डोनाल्ड ट्रंप"},
		{"अमेरिका के राष्ट्रपति 5 दिसंबर को भारत आएंगे। अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने कहा था कि वे दिल्ली आएंगे।", "डोनाल्ड ट्रंप"},
		{"अमेरिका के राष्ट्रपति 5 दिसंबर को भारत आएंगे। अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने इस यात्रा की इच्छा जताई थी।", "डोनाल्ड ट्रंप"},
		{"मॉस्को, 17 नवंबर। भारत के प्रधानमंत्री 5 दिसंबर को रूस आएंगे। क्रेमलिन ने कहा कि प्रधानमंत्री की यात्रा अहम है। भारत के प्रधानमंत्री नरेंद्र मोदी पहले भी रूस आ चुके हैं।", "नरेंद्र मोदी"},
	} {
		evs := mustExtract(t, tt.text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) == 0 || !slices.ContainsFunc(evs[0].Participants, func(p timeline.Participant) bool { return p.Name.Hi == tt.name }) {
			t.Errorf("Extract(%q): the first draft does not name %s", tt.text, tt.name)
		}
	}
	// Two offices of one country, each named later, are both named.
	text = "रूस के राष्ट्रपति और विदेश मंत्री 5 दिसंबर को भारत आएंगे। रूस के राष्ट्रपति व्लादिमीर पुतिन और रूस के विदेश मंत्री सर्गेई लावरोव दिल्ली में होंगे।"
	evs = mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	for _, name := range []string{"व्लादिमीर पुतिन", "सर्गेई लावरोव"} {
		if len(evs) == 0 || !slices.ContainsFunc(evs[0].Participants, func(p timeline.Participant) bool { return p.Name.Hi == name }) {
			t.Errorf("Extract(%q): the visit does not name %s", text, name)
		}
	}
}

// TestExtractOfficeBesideANamedCompatriot checks that an office told alone
// in a draft that names a compatriot stays unnamed: the headline's
// "राष्ट्रपति" joined the talks with the counterpart, and naming it after
// the president the body names would put Putin at Lavrov's talks.
func TestExtractOfficeBesideANamedCompatriot(t *testing.T) {
	text := "मास्को, 17 नवंबर (भाषा)। जयशंकर मास्को पहुंचे, अपने समकक्ष और राष्ट्रपति से मिलेंगे\nजयशंकर वहां अपने रूसी समकक्ष सर्गेई लावरोव से वार्ता करेंगे और राष्ट्रपति व्लादिमीर पुतिन से भी मिलेंगे।"
	for _, e := range mustExtract(t, text, dateline(t, "2025-11-17T20:00"), nil) {
		if e.Kind == timeline.Visit {
			continue
		}
		var ru []string
		for _, p := range e.Participants {
			if p.Country == "RU" && p.Name.Hi != "" {
				ru = append(ru, p.Name.Hi)
			}
		}
		if len(ru) > 1 {
			t.Errorf("%s: Russians named %q, want one", e.ID, ru)
		}
	}
}

// TestExtractNamedConferenceBesideASummit checks that a conference with a
// name of its own, in a clause that names a group's summit, stays a meeting
// of many (review 23: "रोम में भूमध्यसागरीय सम्मेलन" became the G20
// summit). The summit told as a frame is not checked: its date is the
// frame's, another matter.
func TestExtractNamedConferenceBesideASummit(t *testing.T) {
	text := "जी-20 सम्मेलन के बाद विदेश मंत्री 28 नवंबर को रोम में भूमध्यसागरीय सम्मेलन में भाग लेंगे।"
	evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
	if !slices.ContainsFunc(evs, func(e timeline.Event) bool {
		return e.Kind == timeline.MultilateralMeeting && e.When.String() == "2025-11-28[Asia/Kolkata]"
	}) {
		var got []string
		for _, e := range evs {
			got = append(got, string(e.Kind)+" "+e.When.String())
		}
		t.Errorf("Extract(%q) = %q, want a meeting of many on 28 November", text, got)
	}
}

// TestExtractSessionAfterAWord checks that a session of the conference is
// the summit told again whatever word stands before the conference word,
// unless it names another (review 24: "वे सम्मेलन के पहले सत्र में …" was a
// second gathering).
func TestExtractSessionAfterAWord(t *testing.T) {
	for _, tail := range []string{
		"वे सम्मेलन के पहले सत्र में भाग लेंगे।",
		"मोदी भी सम्मेलन के पहले सत्र में भाग लेंगे।",
		"उन्होंने सम्मेलन के पहले सत्र में भाषण दिया।",
		"इसके अलावा सम्मेलन के दूसरे सत्र में मोदी बोलेंगे।",
		"मोदी बोलेंगे कि सम्मेलन के दूसरे सत्र में क्या होगा।",
	} {
		text := "जी-20 शिखर सम्मेलन 22 और 23 नवंबर को जोहान्सबर्ग में होगा। " + tail
		evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) != 1 || evs[0].Kind != timeline.Summit {
			var got []string
			for _, e := range evs {
				got = append(got, string(e.Kind)+" "+e.When.String())
			}
			t.Errorf("Extract(%q) = %q, want the summit alone", text, got)
		}
	}
}

// TestExtractYearListTitles checks that each event of a list of years is
// titled and noted by its own year.
func TestExtractYearListTitles(t *testing.T) {
	evs := mustExtract(t, "प्रधानमंत्री ने 2016, 2019 और 2023 में फ्रांस का दौरा किया।", dateline(t, "2025-11-18T20:00"), nil)
	if len(evs) != 3 {
		t.Fatalf("got %d drafts, want 3", len(evs))
	}
	for i, y := range []string{"2016", "2019", "2023"} {
		if !strings.HasSuffix(evs[i].Title.Hi, y) {
			t.Errorf("draft %d title %q, want it to end in %s", i, evs[i].Title.Hi, y)
		}
		for _, n := range evs[i].Draft.Notes {
			if strings.Contains(n, "read as") && !strings.Contains(n, y) {
				t.Errorf("draft %d (%s) has the note %q of another year", i, y, n)
			}
		}
	}
}

// TestExtractAideIsNoOffice checks that an office told as whose aide one
// is ("पाकिस्तान के प्रधानमंत्री के सलाहकार") names the aide, of the
// office's country, and not the office's holder as a participant.
func TestExtractAideIsNoOffice(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	tests := []struct{ text, name, title, country string }{
		// bug hunt; heldout3 02: the Pakistani prime minister was a party.
		{"सुषमा स्वराज 20 नवंबर को पाकिस्तान के प्रधानमंत्री के विदेश मामलों के सलाहकार सरताज अजीज से मिलेंगी।", "सरताज अजीज", "प्रधानमंत्री के विदेश मामलों के सलाहकार", "PK"},
		{"मोदी 20 नवंबर को अमेरिकी राष्ट्रपति के विशेष दूत से मिलेंगे।", "", "राष्ट्रपति के विशेष दूत", "US"},
		// review 25: the aide's field is of the title, not the name.
		{"पाकिस्तान के प्रधानमंत्री के मीडिया सलाहकार इरफान सिद्दीकी ने 17 नवंबर को चीन के राजदूत से मुलाकात की।", "इरफान सिद्दीकी", "प्रधानमंत्री के मीडिया सलाहकार", "PK"},
		// review 26: an aide's title that is an office is the aide's.
		{"अमेरिकी राष्ट्रपति के राष्ट्रीय सुरक्षा सलाहकार माइक वाल्ट्ज 25 नवंबर को भारत की यात्रा करेंगे।", "माइक वाल्ट्ज", "राष्ट्रपति के राष्ट्रीय सुरक्षा सलाहकार", "US"},
		// review 25: an office "के साथ" another is no aide's title.
		{"प्रधानमंत्री के साथ राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल 20 नवंबर को फ्रांस जाएंगे।", "अजीत डोभाल", "राष्ट्रीय सुरक्षा सलाहकार", "IN"},
	}
	for _, tt := range tests {
		evs := mustExtract(t, tt.text, ref, nil)
		if len(evs) != 1 {
			t.Fatalf("Extract(%q): %d drafts, want 1", tt.text, len(evs))
		}
		var found bool
		for _, p := range evs[0].Participants {
			if strings.Contains(tt.title, " के ") && (p.Title.Hi == "राष्ट्रपति" || p.Title.Hi == "प्रधानमंत्री") && p.Country == tt.country {
				t.Errorf("Extract(%q): the office %q/%s is a participant; it is only whose aide", tt.text, p.Title.Hi, p.Country)
			}
			if p.Name.Hi == tt.name && p.Title.Hi == tt.title && p.Country == tt.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q): no participant %q/%q/%s among %+v", tt.text, tt.name, tt.title, tt.country, evs[0].Participants)
		}
	}
}

// TestExtractCounterpartOffice checks that a counterpart ("अपने ब्रिटिश
// समकक्ष ऋषि सुनक") takes the office of the one whose counterpart they are,
// or none when that is not one office; "समकक्ष" is never a title.
func TestExtractCounterpartOffice(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	tests := []struct{ text, name, title string }{
		// bug hunt 2: "अपनी इतालवी समकक्ष जार्जिया मेलोनी" was titled समकक्ष.
		{"कनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने 17 नवंबर को अपने ब्रिटिश समकक्ष ऋषि सुनक से मुलाकात की।", "ऋषि सुनक", "प्रधानमंत्री"},
		{"प्रधानमंत्री मोदी और विदेश मंत्री जयशंकर ने 17 नवंबर को अपने ब्रिटिश समकक्ष ऋषि सुनक से मुलाकात की।", "ऋषि सुनक", ""},
	}
	for _, tt := range tests {
		evs := mustExtract(t, tt.text, ref, nil)
		var got []timeline.Participant
		for _, e := range evs {
			for _, p := range e.Participants {
				if p.Title.Hi == "समकक्ष" || p.Title.Hi == "समकक्षों" {
					t.Errorf("Extract(%q): %q is titled %q", tt.text, p.Name.Hi, p.Title.Hi)
				}
				if p.Name.Hi == tt.name {
					got = append(got, p)
				}
			}
		}
		if len(got) == 0 || got[0].Title.Hi != tt.title {
			t.Errorf("Extract(%q): %q titled %+v, want %q", tt.text, tt.name, got, tt.title)
		}
	}
}

// TestExtractBriefingBeforeATrip checks that the trip a briefing is told
// as coming before, in the clause of its saying, is the trip its कि clause
// tells, not a trip on the day of the briefing (a second bug hunt: "…
// प्रधानमंत्री मोदी की जकार्ता, इंडोनेशिया यात्रा से पहले एक विशेष ब्रीफिंग
// के दौरान 5 सितंबर को कहा कि …" drafted a visit held on 5 September).
func TestExtractBriefingBeforeATrip(t *testing.T) {
	ref := dateline(t, "2025-11-18T20:00")
	text := "विदेश सचिव ने राष्ट्रपति की केन्या यात्रा से पहले एक विशेष ब्रीफिंग के दौरान 17 नवंबर को कहा कि राष्ट्रपति 20-21 नवंबर को नैरोबी की यात्रा करेंगी।"
	evs := mustExtract(t, text, ref, nil)
	var got []string
	for _, e := range evs {
		got = append(got, string(e.Kind)+" "+e.When.String())
	}
	if want := []string{"visit 2025-11-20/2025-11-21[Asia/Kolkata]"}; !slices.Equal(got, want) {
		t.Errorf("Extract(%q) = %q, want %q", text, got, want)
	}
	// Review 25: when the कि clause tells the trip only as a frame ("इस
	// यात्रा के दौरान"), the trip of the saying's clause is the one drafted.
	text = "विदेश सचिव ने प्रधानमंत्री की जापान यात्रा से पहले 17 नवंबर को कहा कि प्रधानमंत्री इस यात्रा के दौरान टोक्यो में प्रधानमंत्री इशिबा से मुलाकात करेंगे।"
	if !slices.ContainsFunc(mustExtract(t, text, ref, nil), func(e timeline.Event) bool { return e.Kind == timeline.Visit }) {
		t.Errorf("Extract(%q): no visit", text)
	}
}

// TestExtractManyOfACountryAreItsSide checks that an office in the plural
// ("अमेरिकी अधिकारियों", "चीन के विदेश मंत्रियों") drafts the country as a
// side, not one person with the plural for a title (heldout34 06: China's
// side of a joint statement was "विदेश मंत्रियों").
func TestExtractManyOfACountryAreItsSide(t *testing.T) {
	for _, text := range []string{
		"अमेरिकी अधिकारियों ने 17 नवंबर को भारत के विदेश सचिव से मुलाकात की।",
		"भारत-चीन के विदेश मंत्रियों की बैठक 17 नवंबर को मॉस्को में हुई।",
	} {
		evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) == 0 {
			t.Fatalf("%s: no draft", text)
		}
		for _, e := range evs {
			for _, p := range e.Participants {
				if strings.HasSuffix(p.Title.Hi, "ों") {
					t.Errorf("%s: participant %+v has a plural office for a title", text, p)
				}
			}
		}
	}
}

// TestExtractOfficerOfABodyIsOfNoCountry checks that the officer of an
// international body ("संयुक्त राष्ट्र महासचिव") is not guessed to be of
// the home country: Guterres visiting India was drafted as its host.
func TestExtractOfficerOfABodyIsOfNoCountry(t *testing.T) {
	for _, text := range []string{
		"संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस 20 नवंबर को भारत आएंगे।",
		"अरब लीग के महासचिव अहमद अबुल गैत 20 नवंबर को भारत आएंगे।",
		"संयुक्त राष्ट्र महासभा के अध्यक्ष डेनिस फ्रांसिस 20 नवंबर को भारत आएंगे।", // review 2 s52
	} {
		evs := mustExtract(t, text, dateline(t, "2025-11-18T20:00"), nil)
		if len(evs) != 1 {
			t.Fatalf("%s: %d drafts, want 1", text, len(evs))
		}
		for _, p := range evs[0].Participants {
			if p.Name.Hi != "" && p.Country != "" {
				t.Errorf("%s: %+v has a country", text, p)
			}
		}
	}
}
