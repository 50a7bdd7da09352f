package ical

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

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
	out := &timeline.Timeline{Title: text(t.Title, langOf(t.Title, lang), false), Description: text(t.Description, langOf(t.Description, lang), false)}
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
		p.Title = text(e.Title, langOf(e.Title, lang), true)
		dl := langOf(e.Description, lang)
		if e.Description.IsZero() {
			dl = lang
		}
		if notes(&e, dl) != "" {
			p.Description = textIn(wantText(e.Description.In(lang), false), dl)
		} else {
			p.Description = text(e.Description, dl, false)
		}
		_, ll := location(e.Place, lang)
		p.Place.Venue, p.Place.City = par(e.Place.Venue, ll), par(e.Place.City, ll)
		p.Participants = nil
		for _, pt := range e.Participants {
			pt.Name = par(pt.Name, langOf(pt.Name, lang))
			pt.Title = par(pt.Title, lang)
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
