package timelinejs_test

import (
	"bytes"
	"encoding/json"
	"html"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/timelinejs"
)

func TestMarshalGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang timeline.Lang
	}{
		{"seed-hi.json", timeline.Hindi},
		{"seed-en.json", timeline.English},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := timelinejs.Marshal(seed.Timeline(), &timelinejs.Options{Lang: tc.lang})
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			golden.Check(t, filepath.Join("testdata", tc.name), got)
		})
	}
}

// varied has the dates, statuses and kinds the seed lacks.
func varied() *timeline.Timeline {
	d := date.Of
	reported := d(2025, 11, 18)
	src := []timeline.Source{{ID: "mea", Outlet: "MEA", URL: "https://mea.gov.in/", Reported: reported,
		Attribution: timeline.Text{Hi: "विदेश मंत्रालय के अनुसार", En: "according to the MEA"}}}
	return &timeline.Timeline{
		Title: timeline.Text{En: "Varied dates"},
		Events: []timeline.Event{
			{ID: "timed", Kind: timeline.PhoneCall, Title: timeline.Text{Hi: "फ़ोन वार्ता", En: "Phone call"},
				When: date.AtClock(d(2025, 11, 20), 19, 30, "Europe/Moscow")},
			{ID: "timed-span", Kind: timeline.BilateralMeeting, Title: timeline.Text{En: "Talks"},
				When: until(date.AtClock(d(2025, 12, 4), 10, 0, "Asia/Kolkata"), date.AtClock(d(2025, 12, 4), 12, 30, "Asia/Kolkata"))},
			{ID: "days", Kind: timeline.Summit, Title: timeline.Text{Hi: "शिखर सम्मेलन"},
				When:    until(date.OnDay(d(2025, 12, 4)), date.OnDay(d(2025, 12, 5))).WithZone("Asia/Kolkata"),
				Sources: src,
				History: []timeline.StatusChange{
					{Status: timeline.Confirmed, On: d(2025, 11, 1), Source: "mea"},
					{Status: timeline.Rescheduled, On: reported, Source: "mea", Previous: date.OnDay(d(2025, 11, 28)),
						Note: timeline.Text{Hi: "मेज़बान के कार्यक्रम के कारण", En: "over the host's schedule"}},
				}},
			{ID: "week", Kind: "x-press-briefing", Title: timeline.Text{En: "Briefing"}, When: date.WeekOf(d(2025, 12, 10))},
			{ID: "after", Kind: timeline.Statement, Title: timeline.Text{En: "Statement"}, When: date.After(d(2025, 12, 5)),
				History: []timeline.StatusChange{{Status: timeline.Cancelled, On: reported}}},
			{ID: "year", Kind: timeline.Visit, Title: timeline.Text{Hi: "यात्रा"}, When: date.InYear(2026)},
		},
	}
}

func TestMarshalVariedGolden(t *testing.T) {
	for name, lang := range map[string]timeline.Lang{"varied-hi.json": timeline.Hindi, "varied-en.json": timeline.English} {
		t.Run(name, func(t *testing.T) {
			got, err := timelinejs.Marshal(varied(), &timelinejs.Options{Lang: lang})
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			golden.Check(t, filepath.Join("testdata", name), got)
		})
	}
}

// TestMarshalShape checks the parts of the TimelineJS 3 format that the
// browser needs, independent of the golden wording.
func TestMarshalShape(t *testing.T) {
	tl := seed.Timeline()
	b, err := timelinejs.Marshal(tl, &timelinejs.Options{Lang: timeline.Hindi})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title  map[string]any   `json:"title"`
		Events []map[string]any `json:"events"`
		Eras   []map[string]any `json:"eras"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(doc.Events) != len(tl.Events) {
		t.Fatalf("got %d slides, want %d", len(doc.Events), len(tl.Events))
	}
	for i, s := range doc.Events {
		sd, ok := s["start_date"].(map[string]any)
		if !ok {
			t.Errorf("events[%d] has no start_date object", i)
			continue
		}
		if _, ok := sd["year"].(float64); !ok {
			t.Errorf("events[%d].start_date.year = %v, want a number", i, sd["year"])
		}
		txt, _ := s["text"].(map[string]any)
		if h, _ := txt["headline"].(string); h == "" {
			t.Errorf("events[%d].text.headline is empty", i)
		}
		if s["unique_id"] != tl.Events[i].ID {
			t.Errorf("events[%d].unique_id = %v, want %q", i, s["unique_id"], tl.Events[i].ID)
		}
	}
	if doc.Title == nil {
		t.Error("no title slide")
	}
	if len(doc.Eras) != 0 {
		t.Errorf("got %d eras, want none: the SCO meeting and the summit have sideline events, but only a month for a date, "+
			"and an era over the whole month would make every event of it look like a part (issue 14)", len(doc.Eras))
	}
}

// TestEras checks that an era is drawn only where it tells the truth
// (issue 14): over a parent with an exact date that no unrelated event
// falls inside.
func TestEras(t *testing.T) {
	d := date.Of
	ev := func(id string, w date.When, partOf string) timeline.Event {
		return timeline.Event{ID: id, Kind: timeline.Summit, Title: timeline.Text{En: id}, When: w, PartOf: partOf}
	}
	days := until(date.OnDay(d(2025, 11, 17)), date.OnDay(d(2025, 11, 18)))
	for _, tc := range []struct {
		name   string
		events []timeline.Event
		want   int
	}{
		{"exact parent, only its children inside", []timeline.Event{
			ev("summit", days, ""), ev("side", date.OnDay(d(2025, 11, 17)), "summit"), ev("later", date.OnDay(d(2025, 11, 20)), "")}, 1},
		{"another event inside", []timeline.Event{
			ev("summit", days, ""), ev("side", date.OnDay(d(2025, 11, 17)), "summit"), ev("bilateral", date.OnDay(d(2025, 11, 18)), "")}, 0},
		{"month-only parent", []timeline.Event{
			ev("summit", date.InMonth(2025, time.November), ""), ev("side", date.OnDay(d(2025, 11, 17)), "summit")}, 0},
		{"approximate parent", []timeline.Event{
			ev("summit", date.AroundDay(d(2025, 11, 17), 1), ""), ev("side", date.OnDay(d(2025, 11, 17)), "summit")}, 0},
		{"no children", []timeline.Event{ev("summit", days, "")}, 0},
		// Issue 15: the seed's summit, held on 5 December with the visit
		// as its part, made TimelineJS refuse the timeline: its era ended
		// when it started.
		{"one-day parent", []timeline.Event{
			ev("summit", date.OnDay(d(2025, 12, 5)), ""), ev("visit", until(date.OnDay(d(2025, 12, 4)), date.OnDay(d(2025, 12, 5))), "summit")}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := timelinejs.New(&timeline.Timeline{Events: tc.events}, &timelinejs.Options{Lang: timeline.English})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Eras) != tc.want {
				t.Errorf("got %d eras, want %d", len(doc.Eras), tc.want)
			}
			for _, e := range doc.Eras {
				// TimelineJS drops an end whose fields named in the start
				// are all equal (TimelineConfig._processDates), then
				// refuses the timeline.
				s, n := e.StartDate, e.EndDate
				same := s.Year == n.Year && s.Month == n.Month && s.Day == n.Day &&
					(s.Hour == nil || (n.Hour != nil && *s.Hour == *n.Hour)) &&
					(s.Minute == nil || (n.Minute != nil && *s.Minute == *n.Minute))
				if same {
					t.Errorf("era %q: TimelineJS reads its end %+v as its start %+v", e.Text.Headline, n, s)
				}
			}
		})
	}
}

// TestStatusAndSources checks the visible status mark, the wording of the
// day a status was reported, and sources shown as attributed.
func TestStatusAndSources(t *testing.T) {
	slides := map[timeline.Lang]map[string]timelinejs.Slide{}
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		doc, err := timelinejs.New(seed.Timeline(), &timelinejs.Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		slides[lang] = map[string]timelinejs.Slide{}
		for _, s := range doc.Events {
			slides[lang][s.UniqueID] = s
		}
	}
	for _, tc := range []struct {
		lang     timeline.Lang
		id       string
		headline string
		contains []string
		absent   []string
	}{
		{timeline.Hindi, seed.PutinVisitID, `<span class="samayrekha-status samayrekha-status-proposed">प्रस्तावित</span> पुतिन का भारत दौरा`,
			[]string{"प्रस्तावित (रिपोर्ट्स के अनुसार; 18 नवंबर 2025 की सूचना)", "<li>रिपोर्ट्स के अनुसार</li>"},
			[]string{"Media reports"}},
		{timeline.English, seed.PutinVisitID, `<span class="samayrekha-status samayrekha-status-proposed">proposed</span> Putin&#39;s visit to India`,
			[]string{"proposed (according to reports; reported 18 November 2025)"}, nil},
		{timeline.Hindi, seed.SummitID, `<span class="samayrekha-status samayrekha-status-announced">घोषित</span> भारत-रूस वार्षिक शिखर सम्मेलन`, nil, nil},
		{timeline.Hindi, seed.MeetingID, `मॉस्को में जयशंकर–पुतिन मुलाकात`,
			[]string{`<li><a href="https://tass.com/" target="_blank" rel="noopener">TASS के अनुसार</a></li>`, "संपन्न (TASS के अनुसार; 18 नवंबर 2025 की सूचना)"},
			[]string{"S. Jaishankar on social media"}},
	} {
		s := slides[tc.lang][tc.id]
		if s.Text.Headline != tc.headline {
			t.Errorf("%s %s headline = %q, want %q", tc.lang, tc.id, s.Text.Headline, tc.headline)
		}
		for _, want := range tc.contains {
			if !strings.Contains(s.Text.Text, want) {
				t.Errorf("%s %s text lacks %q:\n%s", tc.lang, tc.id, want, s.Text.Text)
			}
		}
		for _, bad := range tc.absent {
			if strings.Contains(s.Text.Text, bad) {
				t.Errorf("%s %s text has %q (English in the Hindi slide):\n%s", tc.lang, tc.id, bad, s.Text.Text)
			}
		}
	}
	// An outlet without an attribution in the slide's language keeps its
	// name, marked with its own language.
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "e", Kind: timeline.Statement, Title: timeline.Text{Hi: "बयान"}, When: date.OnDay(date.Of(2025, 11, 18)),
		Sources: []timeline.Source{{ID: "s", Outlet: "Reuters"}},
	}}}
	doc, err := timelinejs.New(tl, &timelinejs.Options{Lang: timeline.Hindi})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<li><span lang="en">Reuters</span></li>`; !strings.Contains(doc.Events[0].Text.Text, want) {
		t.Errorf("text lacks %q: %s", want, doc.Events[0].Text.Text)
	}
}

func TestSlideDates(t *testing.T) {
	seedDoc := func(t *testing.T, lang timeline.Lang) map[string]timelinejs.Slide {
		t.Helper()
		doc, err := timelinejs.New(seed.Timeline(), &timelinejs.Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]timelinejs.Slide{}
		for _, s := range doc.Events {
			m[s.UniqueID] = s
		}
		return m
	}
	hi, en := seedDoc(t, timeline.Hindi), seedDoc(t, timeline.English)
	wantEnd := map[string]timelinejs.Date{
		seed.PutinVisitID: {Year: 2025, Month: 12, Day: 7},
		seed.SummitID:     {Year: 2025, Month: 12, Day: 31},
		seed.SCOID:        {Year: 2025, Month: 11, Day: 30},
	}
	for _, tc := range []struct {
		name, id  string
		wantStart timelinejs.Date // without display_date
		wantHi    string
		wantEn    string
		reason    string
	}{
		{"exact day", seed.MeetingID, timelinejs.Date{Year: 2025, Month: 11, Day: 18}, "18 नवंबर 2025", "18 November 2025", ""},
		{"approximate day", seed.PutinVisitID, timelinejs.Date{Year: 2025, Month: 12, Day: 3}, "5 दिसंबर 2025 के आसपास", "around 5 December 2025",
			"issue 14: a span over the days ±2 allows, shown in Hindi order, not TimelineJS's दिसंबर 5, 2025"},
		{"month only", seed.SummitID, timelinejs.Date{Year: 2025, Month: 12, Day: 1}, "दिसंबर 2025", "December 2025",
			"issue 14: a span over the month, not a point on the 1st"},
		{"before a day", seed.LavrovID, timelinejs.Date{Year: 2025, Month: 11, Day: 17}, "18 नवंबर 2025 से पहले", "before 18 November 2025",
			"placed on the day before its bound"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for lang, want := range map[timeline.Lang]string{timeline.Hindi: tc.wantHi, timeline.English: tc.wantEn} {
				if end, ok := wantEnd[tc.id]; ok {
					s := hi[tc.id]
					if s.EndDate == nil || *s.EndDate != end {
						t.Errorf("slide %s end_date = %+v, want %+v", tc.id, s.EndDate, end)
					}
				}
				s := hi[tc.id]
				if lang == timeline.English {
					s = en[tc.id]
				}
				if s.DisplayDate != want {
					t.Errorf("%s slide %s display_date = %q, want %q (%s)", lang, tc.id, s.DisplayDate, want, tc.reason)
				}
				got := *s.StartDate
				if got.DisplayDate != want {
					t.Errorf("%s slide %s start_date.display_date = %q, want %q", lang, tc.id, got.DisplayDate, want)
				}
				got.DisplayDate = ""
				if diff := cmp.Diff(tc.wantStart, got); diff != "" {
					t.Errorf("%s slide %s start_date mismatch (-want +got):\n%s", lang, tc.id, diff)
				}
			}
		})
	}
}

func TestDisplayDate(t *testing.T) {
	d := date.Of
	for _, tc := range []struct {
		name   string
		w      date.When
		hi, en string
	}{
		{"zero", date.When{}, "", ""},
		{"day", date.OnDay(d(2025, 11, 18)), "18 नवंबर 2025", "18 November 2025"},
		{"day span in a month", until(date.OnDay(d(2025, 12, 5)), date.OnDay(d(2025, 12, 7))), "5–7 दिसंबर 2025", "5–7 December 2025"},
		{"day span across months", until(date.OnDay(d(2025, 11, 30)), date.OnDay(d(2025, 12, 2))), "30 नवंबर – 2 दिसंबर 2025", "30 November – 2 December 2025"},
		{"day span across years", until(date.OnDay(d(2025, 12, 30)), date.OnDay(d(2026, 1, 2))), "30 दिसंबर 2025 – 2 जनवरी 2026", "30 December 2025 – 2 January 2026"},
		{"around a day", date.AroundDay(d(2025, 12, 5), 2), "5 दिसंबर 2025 के आसपास", "around 5 December 2025"},
		{"before", date.Before(d(2025, 11, 18)), "18 नवंबर 2025 से पहले", "before 18 November 2025"},
		{"after", date.After(d(2025, 11, 18)), "18 नवंबर 2025 के बाद", "after 18 November 2025"},
		{"week", date.WeekOf(d(2025, 11, 19)), "17–23 नवंबर 2025 का सप्ताह", "the week of 17–23 November 2025"},
		{"month", date.InMonth(2025, time.September), "सितंबर 2025", "September 2025"},
		{"month span", until(date.InMonth(2025, time.November), date.InMonth(2025, time.December)), "नवंबर–दिसंबर 2025", "November–December 2025"},
		{"month span across years", until(date.InMonth(2025, time.December), date.InMonth(2026, time.February)), "दिसंबर 2025 – फ़रवरी 2026", "December 2025 – February 2026"},
		{"year", date.InYear(2026), "2026", "2026"},
		{"minute, Moscow", date.AtClock(d(2025, 11, 18), 19, 5, "Europe/Moscow"), "18 नवंबर 2025, शाम 7:05 बजे (Europe/Moscow, UTC+3)", "18 November 2025, 7:05 pm (Europe/Moscow, UTC+3)"},
		{"minute, Delhi half-hour offset", date.AtClock(d(2025, 12, 5), 0, 0, "Asia/Kolkata"), "4 दिसंबर 2025, रात 12:00 बजे (Asia/Kolkata, UTC+5:30)", "5 December 2025, 12:00 am (Asia/Kolkata, UTC+5:30)"},
		{"hour only", date.AtHour(d(2025, 12, 5), 17, "Asia/Kolkata"), "5 दिसंबर 2025, शाम 5 बजे (Asia/Kolkata, UTC+5:30)", "5 December 2025, 5 pm (Asia/Kolkata, UTC+5:30)"},
		{"timed span", until(date.AtClock(d(2025, 12, 5), 10, 0, "Asia/Kolkata"), date.AtClock(d(2025, 12, 5), 12, 30, "Asia/Kolkata")), "5 दिसंबर 2025, सुबह 10:00 बजे से दोपहर 12:30 बजे तक (Asia/Kolkata, UTC+5:30)", "5 December 2025, 10:00 am to 12:30 pm (Asia/Kolkata, UTC+5:30)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := timelinejs.DisplayDate(tc.w, timeline.Hindi); got != tc.hi {
				t.Errorf("DisplayDate(%v, hi) = %q, want %q", tc.w, got, tc.hi)
			}
			if got := timelinejs.DisplayDate(tc.w, timeline.English); got != tc.en {
				t.Errorf("DisplayDate(%v, en) = %q, want %q", tc.w, got, tc.en)
			}
		})
	}
}

// Hostile is an event title that runs script if a renderer puts it into
// HTML unescaped.
const Hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`

func hostileTimeline() *timeline.Timeline {
	return &timeline.Timeline{
		Title: timeline.Text{Hi: Hostile},
		Events: []timeline.Event{{
			ID:          "hostile",
			Kind:        "x-<b>kind</b>",
			Title:       timeline.Text{Hi: Hostile, En: Hostile},
			Description: timeline.Text{Hi: "a & b\n</p><script>x()</script>"},
			When:        date.OnDay(date.Of(2025, 11, 18)),
			Place:       timeline.Place{Venue: timeline.Text{Hi: `"><svg onload=x()>`}},
			Participants: []timeline.Participant{
				{Name: timeline.Text{Hi: "<i>Mallory</i>"}, Title: timeline.Text{Hi: "<u>x</u>"}, Role: timeline.Guest},
			},
			Sources: []timeline.Source{
				{ID: "js", Outlet: "<b>Evil</b>", URL: "https://example.org/<script>window.__pwned=1</script>"}, // a javascript: URL is rejected by Validate
				{ID: "quote", Outlet: "Quote", URL: `https://example.org/"onmouseover="x()`},
			},
			History: []timeline.StatusChange{{Status: timeline.Announced, On: date.Of(2025, 11, 18), Source: "js", Note: timeline.Text{Hi: "<script>y()</script>"}}},
		}},
	}
}

func TestEscaping(t *testing.T) {
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		doc, err := timelinejs.New(hostileTimeline(), &timelinejs.Options{Lang: lang})
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		s := doc.Events[0]
		fields := map[string]string{
			"title.headline":  doc.Title.Text.Headline,
			"headline":        s.Text.Headline,
			"text":            s.Text.Text,
			"group":           s.Group,
			"display_date":    s.DisplayDate,
			"start_date.disp": s.StartDate.DisplayDate,
		}
		for name, v := range fields {
			for _, bad := range []string{"<script", "<img", "<svg", "<i>", "<b>", "<u>", "javascript:", `"onmouseover`} {
				if strings.Contains(v, bad) {
					t.Errorf("%s: %s contains %q unescaped: %s", lang, name, bad, v)
				}
			}
		}
		wantHeadline := `<span class="samayrekha-status samayrekha-status-announced">` + timeline.Announced.Label(lang) + `</span> &lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;`
		if s.Text.Headline != wantHeadline {
			t.Errorf("%s: headline = %q, want %q", lang, s.Text.Headline, wantHeadline)
		}
		if !strings.Contains(s.Text.Text, `<a href="https://example.org/%22onmouseover=%22x%28%29"`) {
			t.Errorf("%s: the https source is not linked with a quoted, escaped URL: %s", lang, s.Text.Text)
		}
	}
	b, err := timelinejs.Marshal(hostileTimeline(), &timelinejs.Options{Lang: timeline.Hindi})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("<")) || bytes.Contains(b, []byte(">")) {
		t.Errorf("Marshal output has a raw < or >, so it is unsafe inside <script>:\n%s", b)
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		tl   *timeline.Timeline
		lang timeline.Lang
		want string
	}{
		{"nil timeline", nil, timeline.Hindi, "timelinejs: nil timeline"},
		{"unknown language", seed.Timeline(), "fr", `timelinejs: unknown language "fr"`},
		{"invalid timeline", &timeline.Timeline{Events: []timeline.Event{{ID: "a", Kind: timeline.Visit}, {ID: "a", Kind: timeline.Visit}}}, timeline.Hindi, "timelinejs: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := timelinejs.New(tc.tl, &timelinejs.Options{Lang: tc.lang})
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("New() error = %v, want one starting %q", err, tc.want)
			}
			if doc != nil {
				t.Errorf("New() returned a document with error %v", err)
			}
			if b, err := timelinejs.Marshal(tc.tl, &timelinejs.Options{Lang: tc.lang}); err == nil || b != nil {
				t.Errorf("Marshal() = %d bytes, %v; want nil and an error", len(b), err)
			}
		})
	}
}

func TestMarshalDeterministic(t *testing.T) {
	a, err := timelinejs.Marshal(seed.Timeline(), &timelinejs.Options{Lang: timeline.Hindi})
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		b, _ := timelinejs.Marshal(seed.Timeline(), &timelinejs.Options{Lang: timeline.Hindi})
		if !bytes.Equal(a, b) {
			t.Fatal("two Marshal calls on the same timeline gave different bytes")
		}
	}
}

func FuzzDisplayDate(f *testing.F) {
	f.Add(2025, 12, 5, 2, 0)
	f.Add(2025, 11, 18, 0, 1)
	f.Fuzz(func(t *testing.T, y, m, d, approx, kind int) {
		if y < 1 || y > 9999 {
			return
		}
		day := date.Of(y, time.Month(m), d)
		var w date.When
		switch kind % 4 {
		case 0:
			w = date.AroundDay(day, approx)
		case 1:
			w = date.Before(day)
		case 2:
			w = date.InMonth(y, time.Month(m))
		default:
			w = date.WeekOf(day)
		}
		for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
			if got := timelinejs.DisplayDate(w, lang); got == "" {
				t.Errorf("DisplayDate(%v, %s) is empty", w, lang)
			}
		}
	})
}

// FuzzEscaping checks that any title, description and venue come out of
// Marshal as text: no raw < or > in the JSON, and the headline unescapes to
// exactly the title.
func FuzzEscaping(f *testing.F) {
	f.Add(Hostile, "a & b\n\n<p>", `"><svg onload=x()>`)
	f.Add("मॉस्को में जयशंकर–पुतिन मुलाकात", "", "")
	f.Fuzz(func(t *testing.T, title, desc, venue string) {
		if !utf8.ValidString(title) || strings.TrimSpace(title) == "" {
			return
		}
		tl := &timeline.Timeline{Events: []timeline.Event{{
			ID: "fuzz", Kind: timeline.Statement,
			Title:       timeline.Text{Hi: title},
			Description: timeline.Text{Hi: desc},
			When:        date.OnDay(date.Of(2025, 11, 18)),
			Place:       timeline.Place{Venue: timeline.Text{Hi: venue}},
		}}}
		if tl.Validate() != nil {
			return
		}
		b, err := timelinejs.Marshal(tl, &timelinejs.Options{Lang: timeline.Hindi})
		if err != nil {
			t.Fatalf("Marshal of a valid timeline: %v", err)
		}
		if bytes.ContainsAny(b, "<>") {
			t.Fatalf("raw < or > in output:\n%s", b)
		}
		var doc timelinejs.Document
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("output is not JSON: %v", err)
		}
		h := doc.Events[0].Text.Headline
		if strings.ContainsAny(h, `<>"'`) {
			t.Errorf("headline %q has an unescaped HTML character", h)
		}
		if got := html.UnescapeString(h); got != title {
			t.Errorf("headline unescapes to %q, want the title %q", got, title)
		}
	})
}

// until is When.Until for test fixtures that are valid spans by
// construction; a mistake in a fixture stops the test binary loudly.
func until(start, end date.When) date.When {
	w, err := start.Until(end)
	if err != nil {
		panic(err)
	}
	return w
}
