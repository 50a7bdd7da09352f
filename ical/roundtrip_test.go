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

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/internal/timelinetest"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
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
			got, rep, err := Decode(bytes.NewReader(b), nil)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if len(rep.Notes) > 0 || rep.Events != len(got.Events) {
				t.Errorf("Decode of our own output reports:\n%s", rep)
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

// TestWhenValue checks that X-SAMAYREKHA-WHEN holds the text form of the
// date and that parseWhen reads it back, as well as the older form with
// the precision first that feeds written before issue 10 carry.
func TestWhenValue(t *testing.T) {
	d := date.Of(2025, 11, 18)
	cases := []date.When{
		date.AtClock(d, 19, 5, "Europe/Moscow"),
		until(date.AtClock(d, 9, 0, "Asia/Kolkata"), date.AtClock(d.AddDays(1), 0, 0, "Asia/Kolkata")),
		date.AtHour(d, 17, "America/New_York"),
		date.OnDay(d),
		until(date.OnDay(d), date.OnDay(d.AddDays(2))).WithZone("Asia/Kolkata"),
		date.AroundDay(d, 12),
		date.InWeek(2026, 53),
		until(date.InWeek(2025, 1), date.InWeek(2025, 3)),
		date.InMonth(2025, 12).WithZone("Asia/Kolkata"),
		date.InYear(999),
		date.Before(d).WithZone("Europe/Moscow"),
		date.After(d),
	}
	for _, w := range cases {
		if got := whenValue(w); got != w.String() {
			t.Errorf("whenValue(%s) = %q, want the text form %q", w, got, w.String())
		}
		back, err := parseWhen(whenValue(w))
		if err != nil || back != w {
			t.Errorf("parseWhen(%q) = %s, %v; want %s", whenValue(w), back, err, w)
		}
	}
	legacy := map[string]date.When{
		"hour 2025-11-18T17:00[America/New_York]":                  date.AtHour(d, 17, "America/New_York"),
		"minute 2025-11-18T09:00/2025-11-19T00:00[Asia/Kolkata]":   cases[1],
		"day <2025-11-18[Europe/Moscow]":                           date.Before(d).WithZone("Europe/Moscow"),
		"day 2025-11-18~12d":                                       date.AroundDay(d, 12),
		"hour 2025-11-18T17:00/2025-11-18T19:00[America/New_York]": until(date.AtHour(d, 17, "America/New_York"), date.AtHour(d, 19, "America/New_York")),
		"week 2025-W01/2025-W03":                                   cases[7],
	}
	for v, want := range legacy {
		if got, err := parseWhen(v); err != nil || got != want {
			t.Errorf("parseWhen(%q) = %s, %v; want %s", v, got, err, want)
		}
	}
	if _, err := parseWhen("day 2025-11"); err == nil {
		t.Error(`parseWhen("day 2025-11") accepted a month under the word day`)
	}
}

// TestRoundTripProperty checks Decode(Marshal(t)) == project(t) and that
// encoding again gives the same bytes, for random timelines in both
// languages and every coarse-date policy.
func TestRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2025))
	for i := 0; i < 300; i++ {
		tl := timelinetest.Random(r)
		if err := tl.Validate(); err != nil {
			t.Fatalf("case %d: the generator made an invalid timeline: %v", i, err)
		}
		for _, o := range []Options{{}, {Lang: timeline.English}, {Coarse: CoarseSpan}, {Lang: timeline.English, Coarse: CoarseOmit}} {
			b, err := Marshal(tl, &o)
			if err != nil {
				t.Fatalf("case %d %+v: Marshal: %v", i, o, err)
			}
			got, rep, err := Unmarshal(b, nil)
			if err != nil {
				t.Fatalf("case %d %+v: Unmarshal: %v\n%s", i, o, err, b)
			}
			if len(rep.Notes) > 0 {
				t.Fatalf("case %d %+v: Unmarshal of our own output reports:\n%s", i, o, rep)
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
		events int    // events in the timeline
		first  string // the first event's date (When.String)
	}{
		{"a-moscow.ics", 1, "2025-11-18T19:00/2025-11-18T20:30[Europe/Moscow]"},
		{"b-allday.ics", 1, "2025-11-18/2025-11-19"},
		{"c-attendee-hindi.ics", 1, "2025-11-18T06:30/2025-11-18T08:00[UTC]"},
		{"d-kolkata-newyork.ics", 3, "2025-11-20T10:30/2025-11-20T12:00[Asia/Kolkata]"},
		// A second VEVENT forged with bare LFs has no DTSTART: skipped.
		{"bad-lf-injection.ics", 1, "2025-11-18T06:30/2025-11-18T08:00[UTC]"},
		// A custom TZID is read by its VTIMEZONE (19:00 at +09:30 is 09:30Z).
		{"x-vtimezone-vs-tzdata.ics", 2, "2025-11-18T09:30[UTC]"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("interop", "testdata", c.file))
			if err != nil {
				t.Skipf("interop fixture missing: %v", err)
			}
			tl, _, err := Unmarshal(b, nil)
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
	for _, d := range []date.Date{{}, date.Of(2025, 11, 18), date.Of(1, 1, 1), date.Of(9999, 12, 31), date.Of(0, 3, 1)} {
		if got, want := isoDate(d), d.String(); got != want {
			t.Errorf("isoDate(%v) = %q, want %q (Date.String)", d, got, want)
		}
	}
}
