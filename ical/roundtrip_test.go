package ical

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

// project returns what Decode(Marshal(t, o)) should give: t with every text
// in the one language written (as the writer sanitizes it) and nothing
// iCalendar does not carry.
func project(t *timeline.Timeline, o Options) *timeline.Timeline {
	lang := o.Lang
	if lang == "" {
		lang = timeline.Hindi
	}
	text := func(x timeline.Text, l timeline.Lang, oneLine bool) timeline.Text {
		return textIn(strings.TrimRight(wantText(x.In(lang), oneLine), " \t"), l)
	}
	par := func(x timeline.Text, l timeline.Lang) timeline.Text {
		return textIn(fromParam(wantParam(x.In(lang))), l)
	}
	out := &timeline.Timeline{Title: text(t.Title, langOf(t.Title, lang), true), Description: text(t.Description, langOf(t.Description, lang), false)}
	for _, e := range t.Events {
		if omitted(e.When, o.Coarse) {
			continue
		}
		p := e
		if p.PartOf != "" && omitted(t.Event(p.PartOf).When, o.Coarse) {
			p.PartOf = ""
		}
		p.Related = nil
		for _, r := range e.Related {
			if !omitted(t.Event(r).When, o.Coarse) {
				p.Related = append(p.Related, r)
			}
		}
		// Trailing blanks go from the whole SUMMARY, after the date suffix.
		sl := langOf(e.Title, lang)
		suffix := summarySuffix(e.When, sl)
		p.Title = textIn(strings.TrimSuffix(strings.TrimRight(wantText(e.Title.In(lang), true)+suffix, " \t"), suffix), sl)
		dl := langOf(e.Description, lang)
		if e.Description.IsZero() {
			dl = lang
		}
		if notes(&e, lang) != "" {
			p.Description = textIn(wantText(e.Description.In(lang), false), dl)
		} else {
			p.Description = text(e.Description, dl, false)
		}
		_, ll := location(e.Place, lang)
		p.Place.Venue, p.Place.City = par(e.Place.Venue, ll), par(e.Place.City, ll)
		p.Participants = nil
		for _, pt := range e.Participants {
			pt.Name = par(pt.Name, langOf(pt.Name, lang))
			pt.Title = par(pt.Title, langOf(pt.Title, lang))
			p.Participants = append(p.Participants, pt)
		}
		p.History = nil
		for _, h := range e.History {
			h.Note = par(h.Note, lang)
			p.History = append(p.History, h)
		}
		p.Sources = nil
		for _, s := range e.Sources {
			s.Attribution = par(s.Attribution, lang)
			s.Outlet = fromParam(wantParam(s.Outlet))
			p.Sources = append(p.Sources, s)
		}
		p.Draft = nil
		out.Events = append(out.Events, p)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	cases := []struct {
		name string
		tl   *timeline.Timeline
		opts Options
	}{
		{"seed-hi", seed.Timeline(), Options{}},
		{"seed-en", seed.Timeline(), Options{Lang: timeline.English}},
		{"seed-span", seed.Timeline(), Options{Coarse: CoarseSpan}},
		{"hostile-en", hostileTimeline(), Options{Lang: timeline.English}},
		{"hostile-hi", hostileTimeline(), Options{}},
		{"hostile-omit", hostileTimeline(), Options{Coarse: CoarseOmit}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Marshal(c.tl, &c.opts)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			got, err := Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			want := project(c.tl, c.opts)
			if len(got.Events) != len(want.Events) {
				t.Fatalf("Decode gave %d events, want %d", len(got.Events), len(want.Events))
			}
			if !reflect.DeepEqual(got.Title, want.Title) || !reflect.DeepEqual(got.Description, want.Description) {
				t.Errorf("calendar title/description = %+v / %+v, want %+v / %+v", got.Title, got.Description, want.Title, want.Description)
			}
			for i := range want.Events {
				g, w := got.Events[i], want.Events[i]
				if !reflect.DeepEqual(g, w) {
					t.Errorf("event %s differs:\n got %s\nwant %s", w.ID, dumpEvent(&g), dumpEvent(&w))
				}
			}
			// Encoding what was decoded gives the same bytes.
			again, err := Marshal(got, &c.opts)
			if err != nil {
				t.Fatalf("Marshal(Decode(…)): %v", err)
			}
			if c.opts.Coarse != CoarseOmit && !bytes.Equal(again, b) {
				t.Errorf("Marshal(Decode(Marshal(t))) differs from Marshal(t):\n%s", firstDiff(b, again))
			}
		})
	}
}

func fmtAny(v any) string { return fmt.Sprintf("%+v", v) }

func itoa(i int) string { return strconv.Itoa(i) }

func dumpEvent(e *timeline.Event) string {
	var b strings.Builder
	b.WriteString("{ID:" + e.ID + " Kind:" + string(e.Kind) + " When:" + e.When.String())
	b.WriteString(" Title:" + strings.ReplaceAll(e.Title.Hi+"|"+e.Title.En, "\n", `\n`))
	b.WriteString(" Desc:" + strings.ReplaceAll(e.Description.Hi+"|"+e.Description.En, "\n", `\n`))
	b.WriteString(" Place:" + strings.ReplaceAll(fmtAny(e.Place), "\n", `\n`))
	b.WriteString(" Participants:" + fmtAny(e.Participants))
	b.WriteString(" History:" + fmtAny(e.History))
	b.WriteString(" Sources:" + fmtAny(e.Sources))
	b.WriteString(" PartOf:" + e.PartOf + " Related:" + strings.Join(e.Related, ",") + "}")
	return b.String()
}

// firstDiff shows the first differing line of two outputs.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\r\n"), strings.Split(string(b), "\r\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ"
}

// TestWhenValue checks that whenValue, written without fmt for speed, is
// the precision followed by timeline.When.String, and that parseWhen reads
// it back.
func TestWhenValue(t *testing.T) {
	d := timeline.DateOf(2025, 11, 18)
	cases := []timeline.When{
		timeline.AtClock(d, 19, 5, "Europe/Moscow"),
		timeline.AtClock(d, 9, 0, "Asia/Kolkata").Until(timeline.AtClock(d.AddDays(1), 0, 0, "Asia/Kolkata")),
		timeline.AtHour(d, 17, "America/New_York"),
		timeline.OnDay(d),
		timeline.OnDay(d).Until(timeline.OnDay(d.AddDays(2))).In("Asia/Kolkata"),
		timeline.AroundDay(d, 12),
		timeline.InWeek(2026, 53),
		timeline.InWeek(2025, 1).Until(timeline.InWeek(2025, 3)),
		timeline.InMonth(2025, 12).In("Asia/Kolkata"),
		timeline.InYear(999),
		timeline.Before(d).In("Europe/Moscow"),
		timeline.After(d),
	}
	for _, w := range cases {
		want := w.Precision().String() + " " + w.String()
		if got := whenValue(w); got != want {
			t.Errorf("whenValue(%s) = %q, want %q", w, got, want)
		}
		back, err := parseWhen(whenValue(w))
		if err != nil || back != w {
			t.Errorf("parseWhen(%q) = %s, %v; want %s", whenValue(w), back, err, w)
		}
	}
}

// randomTimeline builds a valid timeline from r: every kind of date, zone,
// status history, participant and relation, with texts from a pool that
// includes punctuation, Hindi, line breaks and control characters.
func randomTimeline(r *rand.Rand) *timeline.Timeline {
	texts := []string{"Moscow", "मॉस्को में बैठक", "a, b; c: d \\ e", "Sa'ad \"Q\" ^n", "line\r\nbreak\rcr", "tab\there\x01", "नवंबर 2025 (लगभग)", longHindi, "x "}
	zones := []string{"Europe/Moscow", "Asia/Kolkata", "America/New_York", "UTC", "Australia/Lord_Howe", "Asia/Kathmandu"}
	countries := []string{"IN", "RU", "QA", "US", ""}
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	text := func() timeline.Text {
		switch r.IntN(4) {
		case 0:
			return timeline.Text{}
		case 1:
			return timeline.Text{Hi: pick(texts)}
		case 2:
			return timeline.Text{En: pick(texts)}
		}
		return timeline.Text{Hi: pick(texts), En: pick(texts)}
	}
	day := func() timeline.Date { return timeline.DateOf(2000+r.IntN(31), time.Month(1+r.IntN(12)), 1+r.IntN(28)) }
	when := func() timeline.When {
		d, z := day(), pick(zones)
		switch r.IntN(12) {
		case 0:
			return timeline.AtClock(d, r.IntN(24), r.IntN(60), z)
		case 1:
			h := r.IntN(23)
			return timeline.AtClock(d, h, r.IntN(60), z).Until(timeline.AtClock(d.AddDays(r.IntN(3)), h+1, r.IntN(60), z))
		case 2:
			return timeline.AtHour(d, r.IntN(24), z)
		case 3:
			return timeline.OnDay(d).In(z)
		case 4:
			return timeline.OnDay(d).Until(timeline.OnDay(d.AddDays(1 + r.IntN(5))))
		case 5:
			return timeline.AroundDay(d, 1+r.IntN(5)).In(z)
		case 6:
			return timeline.WeekOf(d)
		case 7:
			return timeline.InMonth(d.Year(), d.Month()).In(z)
		case 8:
			return timeline.InMonth(d.Year(), d.Month()).Until(timeline.InMonth(d.Year()+1, d.Month()))
		case 9:
			return timeline.InYear(d.Year())
		case 10:
			return timeline.Before(d).In(z)
		}
		return timeline.After(d)
	}
	tl := &timeline.Timeline{Title: timeline.Text{Hi: "T " + pick(texts), En: "T " + pick(texts)}, Description: text()}
	n := 1 + r.IntN(6)
	for i := 0; i < n; i++ {
		e := timeline.Event{
			ID: "e" + strconv.Itoa(i), Kind: timeline.Kinds[r.IntN(len(timeline.Kinds))],
			Title: timeline.Text{Hi: "शीर्षक " + pick(texts), En: "Title " + pick(texts)}, Description: text(), When: when(),
		}
		if r.IntN(3) == 0 {
			e.Kind = "x-briefing"
		}
		if r.IntN(2) == 0 {
			e.Place = timeline.Place{Venue: text(), City: text(), Country: pick(countries), TimeZone: pick(zones)}
			if r.IntN(2) == 0 {
				e.Place.Coords = &timeline.Coordinates{Lat: float64(r.IntN(18000))/100 - 90, Lon: float64(r.IntN(36000))/100 - 180}
			}
		}
		for j := r.IntN(4); j > 0; j-- {
			p := timeline.Participant{Name: text(), Title: text(), Country: pick(countries), Role: timeline.Roles[r.IntN(len(timeline.Roles))]}
			if p.Name.IsZero() && p.Title.IsZero() && p.Country == "" {
				p.Country = "IN"
			}
			e.Participants = append(e.Participants, p)
		}
		if r.IntN(2) == 0 {
			e.Sources = []timeline.Source{{ID: "s1", Outlet: pick(texts), URL: "https://example.org/a?b=c,d;e", Reported: day(), Attribution: text()}}
		}
		on := day()
		for j := r.IntN(4); j > 0; j-- {
			h := timeline.StatusChange{Status: timeline.Statuses[r.IntN(len(timeline.Statuses))], On: on, Note: text()}
			if e.Sources != nil {
				h.Source = "s1"
			}
			if h.Status == timeline.Rescheduled || h.Status == timeline.Postponed {
				h.Previous = when()
			}
			e.History = append(e.History, h)
			on = on.AddDays(r.IntN(30))
		}
		if i > 0 && r.IntN(3) == 0 {
			e.PartOf = "e" + strconv.Itoa(r.IntN(i))
		}
		if i > 0 && r.IntN(3) == 0 {
			e.Related = []string{"e" + strconv.Itoa(r.IntN(i))}
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// TestRoundTripProperty checks Decode(Marshal(t)) == project(t) and that
// encoding again gives the same bytes, for random timelines in both
// languages and every coarse-date policy.
func TestRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2025))
	for i := 0; i < 300; i++ {
		tl := randomTimeline(r)
		if err := tl.Validate(); err != nil {
			t.Fatalf("case %d: the generator made an invalid timeline: %v", i, err)
		}
		for _, o := range []Options{{}, {Lang: timeline.English}, {Coarse: CoarseSpan}, {Lang: timeline.English, Coarse: CoarseOmit}} {
			b, err := Marshal(tl, &o)
			if err != nil {
				t.Fatalf("case %d %+v: Marshal: %v", i, o, err)
			}
			got, err := Unmarshal(b)
			if err != nil {
				t.Fatalf("case %d %+v: Unmarshal: %v\n%s", i, o, err, b)
			}
			want := project(tl, o)
			if len(got.Events) != len(want.Events) {
				t.Fatalf("case %d %+v: %d events, want %d", i, o, len(got.Events), len(want.Events))
			}
			for j := range want.Events {
				if g, w := got.Events[j], want.Events[j]; !reflect.DeepEqual(g, w) {
					t.Fatalf("case %d %+v: event %s differs:\n got %s\nwant %s", i, o, w.ID, dumpEvent(&g), dumpEvent(&w))
				}
			}
			again, err := Marshal(got, &o)
			if err != nil {
				t.Fatalf("case %d %+v: Marshal(Unmarshal(…)): %v", i, o, err)
			}
			if !bytes.Equal(again, b) {
				t.Fatalf("case %d %+v: Marshal(Unmarshal(Marshal(t))) differs:\n%s", i, o, firstDiff(b, again))
			}
		}
	}
}

// TestUnmarshalForeign reads other producers' files (the interop
// fixtures): each gives a valid timeline or an error that says what is
// wrong, and the readable ones are read right.
func TestUnmarshalForeign(t *testing.T) {
	cases := []struct {
		file   string
		events int    // 0: an error is expected
		errSub string // part of the expected error
		first  string // the first event's date (When.String)
	}{
		{"a-moscow.ics", 1, "", "2025-11-18T19:00/2025-11-18T20:30[Europe/Moscow]"},
		{"b-allday.ics", 1, "", "2025-11-18/2025-11-19"},
		{"c-attendee-hindi.ics", 1, "", "2025-11-18T06:30/2025-11-18T08:00[UTC]"},
		{"d-kolkata-newyork.ics", 3, "", "2025-11-20T10:30/2025-11-20T12:00[Asia/Kolkata]"},
		{"bad-lf-injection.ics", 0, "line 12: UID: missing from the VEVENT", ""},
		{"x-vtimezone-vs-tzdata.ics", 0, `unknown time zone "Samayrekha/Plus0930"`, ""},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("interop", "testdata", c.file))
			if err != nil {
				t.Skipf("interop fixture missing: %v", err)
			}
			tl, err := Unmarshal(b)
			if c.events == 0 {
				if err == nil || !strings.Contains(err.Error(), c.errSub) {
					t.Fatalf("Unmarshal(%s) error = %v, want one containing %q", c.file, err, c.errSub)
				}
				return
			}
			if err != nil {
				t.Fatalf("Unmarshal(%s): %v", c.file, err)
			}
			if len(tl.Events) != c.events {
				t.Fatalf("Unmarshal(%s) gave %d events, want %d", c.file, len(tl.Events), c.events)
			}
			if got := tl.Events[0].When.String(); got != c.first {
				t.Errorf("Unmarshal(%s) first date = %s, want %s", c.file, got, c.first)
			}
		})
	}
}

func TestISODate(t *testing.T) {
	for _, d := range []timeline.Date{{}, timeline.DateOf(2025, 11, 18), timeline.DateOf(1, 1, 1), timeline.DateOf(9999, 12, 31), timeline.DateOf(0, 3, 1)} {
		if got, want := isoDate(d), d.String(); got != want {
			t.Errorf("isoDate(%v) = %q, want %q (Date.String)", d, got, want)
		}
	}
}
