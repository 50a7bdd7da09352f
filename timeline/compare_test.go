package timeline_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// orderedWhens is a timeline's order of dates around 18 November 2025,
// with dates in Moscow (UTC+3) and Kolkata (UTC+5:30). Each entry sorts
// strictly before the next.
var orderedWhens = []struct {
	name   string
	when   date.When
	reason string
}{
	{"undated", date.When{}, "the zero When sorts first"},
	{"year 2025", date.InYear(2025), "starts 1 January"},
	{"November", date.InMonth(2025, time.November), "starts 1 November"},
	{"November in Moscow", date.InMonth(2025, time.November).WithZone("Europe/Moscow"), "ties broken by zone name"},
	{"November to December", until(date.InMonth(2025, time.November), date.InMonth(2025, time.December)), "longer span after"},
	{"week 47", date.InWeek(2025, 47), "starts Monday 17 November"},
	{"before 18 Nov", date.Before(civil(2025, 11, 18)).WithZone("Europe/Moscow"), "before 18 November sorts first among the 18 November dates"},
	{"18 Nov", date.OnDay(civil(2025, 11, 18)), "a whole day comes before the times of that day"},
	{"18 to 19 Nov", until(date.OnDay(civil(2025, 11, 18)), date.OnDay(civil(2025, 11, 19))), "a span after a single day, but exact"},
	{"around 18 Nov", date.AroundDay(civil(2025, 11, 18), 1), "exact dates, even spans, before approximate ones"},
	{"18 Nov 01:00 Kolkata", date.AtClock(civil(2025, 11, 18), 1, 0, "Asia/Kolkata"),
		"17 Nov 19:30 UTC, but listed on 18 November as written, after the bound and the whole day"},
	{"18 Nov 10:00 Moscow", date.AtClock(civil(2025, 11, 18), 10, 0, "Europe/Moscow"), "07:00 UTC"},
	{"18 Nov 14:00 Kolkata", date.AtClock(civil(2025, 11, 18), 14, 0, "Asia/Kolkata"), "08:30 UTC: later clock in Kolkata, earlier than 12:00 Moscow"},
	{"18 Nov 12:00 Moscow", date.AtClock(civil(2025, 11, 18), 12, 0, "Europe/Moscow"), "09:00 UTC"},
	{"18 Nov 12:00 Moscow to 13:00", until(date.AtClock(civil(2025, 11, 18), 12, 0, "Europe/Moscow"), date.AtClock(civil(2025, 11, 18), 13, 0, "Europe/Moscow")), "same instant, the span after"},
	{"18 Nov 12 h Moscow", date.AtHour(civil(2025, 11, 18), 12, "Europe/Moscow"), "same instant, minute before hour precision"},
	{"18 Nov 23:30 Moscow", date.AtClock(civil(2025, 11, 18), 23, 30, "Europe/Moscow"), "20:30 UTC"},
	{"after 18 Nov", date.After(civil(2025, 11, 18)), "after everything on 18 November, before 19 November"},
	{"19 Nov 00:30 Kolkata", date.AtClock(civil(2025, 11, 19), 0, 30, "Asia/Kolkata"),
		"18 Nov 19:00 UTC, before 23:30 Moscow as an instant, but its day is 19 November"},
	{"20 Nov", date.OnDay(civil(2025, 11, 20)), ""},
	{"December", date.InMonth(2025, time.December), ""},
	{"around 5 Dec", date.AroundDay(civil(2025, 12, 5), 2).WithZone("Asia/Kolkata"), "sorted by its day, not its window"},
	{"after 31 Dec", date.After(civil(2025, 12, 31)), ""},
	{"year 2026", date.InYear(2026), ""},
	{"week 1 of 2027", date.InWeek(2027, 1), "starts 4 January 2027"},
}

func TestWhenCompareOrder(t *testing.T) {
	for i, a := range orderedWhens {
		for j, b := range orderedWhens {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = +1
			}
			if got := a.when.Compare(b.when); got != want {
				t.Errorf("%s (%v) Compare %s (%v) = %d, want %d\n  %s: %s\n  %s: %s", a.name, a.when, b.name, b.when, got, want, a.name, a.reason, b.name, b.reason)
			}
		}
	}
}

// eventsOf makes one event per orderedWhens entry, in order, with IDs that
// sort against the date order, plus pairs with equal dates to exercise the
// ID tie-break.
func eventsOf() []timeline.Event {
	var evs []timeline.Event
	for i, w := range orderedWhens {
		id := string(rune('z'-i)) + "-event"
		evs = append(evs, timeline.Event{ID: id, Kind: timeline.Summit, Title: timeline.Text{En: w.name}, When: w.when})
		if i%5 == 0 {
			evs = append(evs, timeline.Event{ID: id + "-twin", Kind: timeline.Visit, Title: timeline.Text{En: w.name}, When: w.when})
		}
	}
	return evs
}

func ids(evs []timeline.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

// TestSortShuffled checks that any shuffle of the same events sorts to the
// same order, and that sorting a sorted timeline changes nothing.
func TestSortShuffled(t *testing.T) {
	want := ids(eventsOf())
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		tl := &timeline.Timeline{Events: eventsOf()}
		r.Shuffle(len(tl.Events), func(i, j int) { tl.Events[i], tl.Events[j] = tl.Events[j], tl.Events[i] })
		tl.Sort()
		if got := ids(tl.Events); !slices.Equal(got, want) {
			t.Fatalf("shuffle %d sorted to\n%q\nwant\n%q", i, got, want)
		}
		tl.Sort()
		if got := ids(tl.Events); !slices.Equal(got, want) {
			t.Fatalf("sorting twice reordered:\n%q", got)
		}
	}
}

// TestCompareIsAnOrder checks the laws of a total order on every pair and
// triple of the dates above.
func TestCompareIsAnOrder(t *testing.T) {
	evs := eventsOf()
	for i := range evs {
		a := &evs[i]
		if a.Compare(a) != 0 {
			t.Errorf("%s.Compare(itself) != 0", a.ID)
		}
		for j := range evs {
			b := &evs[j]
			if a.Compare(b) != -b.Compare(a) {
				t.Errorf("Compare not antisymmetric for %s, %s", a.ID, b.ID)
			}
			if i != j && a.Compare(b) == 0 {
				t.Errorf("Event.Compare(%s, %s) = 0; IDs differ, so the order must be strict", a.ID, b.ID)
			}
			for k := range evs {
				c := &evs[k]
				if a.Compare(b) < 0 && b.Compare(c) < 0 && a.Compare(c) >= 0 {
					t.Errorf("Compare not transitive: %s < %s < %s but not %s < %s", a.ID, b.ID, c.ID, a.ID, c.ID)
				}
			}
		}
	}
}

// TestSeedIsSorted pins the seed's order: the November events (a month)
// first, by ID, then "before 18 November", 18 November, December, and
// around 5 December.
func TestSeedIsSorted(t *testing.T) {
	tl := seed.Timeline()
	want := []string{seed.SCOID, seed.QatarID, seed.MongoliaID, seed.LavrovID, seed.MeetingID, seed.SummitID, seed.PutinVisitID} // a parent before its parts when their dates tie
	if got := ids(tl.Events); !slices.Equal(got, want) {
		t.Errorf("seed order = %q, want %q", got, want)
	}
}

// TestSortPutsParentBeforeItsParts: with equal dates a sideline meeting
// follows the event it is part of, whatever the IDs, and the order stays
// total (sorting any permutation gives the same result).
func TestSortPutsParentBeforeItsParts(t *testing.T) {
	nov := date.InMonth(2025, time.November)
	events := []timeline.Event{
		{ID: "a-sideline", PartOf: "z-summit", When: nov},
		{ID: "m-other", When: nov},
		{ID: "z-summit", When: nov},
		{ID: "b-sideline", PartOf: "z-summit", When: nov},
		{ID: "c-earlier", PartOf: "z-summit", When: date.OnDay(date.Of(2025, time.October, 31))},
	}
	want := []string{"c-earlier", "m-other", "z-summit", "a-sideline", "b-sideline"}
	for perm := range 20 {
		shuffled := slices.Clone(events)
		rand.New(rand.NewPCG(uint64(perm), 7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		tl := &timeline.Timeline{Events: shuffled}
		tl.Sort()
		if got := ids(tl.Events); !slices.Equal(got, want) {
			t.Fatalf("permutation %d sorts to %q, want %q (a date earlier than the parent's still comes first)", perm, got, want)
		}
	}
}
