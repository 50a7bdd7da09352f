package timeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// whenTests describes every constructor's result: its String, the civil
// days it names (half-open, zero for an open side), the window widened by
// the approximation, and its accessors.
var whenTests = []struct {
	name        string
	when        timeline.When
	str         string
	days        [2]string // [start, end) as "YYYY-MM-DD", "" for open
	window      [2]string // Window(); same as days unless approximate
	prec        timeline.Precision
	span, timed bool
	reason      string
}{
	{name: "minute", when: timeline.AtClock(civil(2025, 11, 18), 19, 5, "Europe/Moscow"),
		str: "2025-11-18T19:05[Europe/Moscow]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: timeline.Minute, timed: true},
	{name: "At keeps the location's name and drops seconds", when: timeline.At(time.Date(2025, 11, 18, 19, 5, 59, 0, mustZone("Asia/Kolkata"))),
		str: "2025-11-18T19:05[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: timeline.Minute, timed: true},
	{name: "hour", when: timeline.AtHour(civil(2025, 11, 18), 17, "Asia/Kolkata"),
		str: "2025-11-18T17[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: timeline.Hour, timed: true},
	{name: "timed span across midnight", when: until(timeline.AtClock(civil(2025, 11, 18), 22, 30, "Asia/Kolkata"), timeline.AtClock(civil(2025, 11, 19), 1, 15, "Asia/Kolkata")),
		str: "2025-11-18T22:30/2025-11-19T01:15[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-20"}, prec: timeline.Minute, timed: true, span: true,
		reason: "the span touches both days"},
	{name: "timed span ending at midnight", when: until(timeline.AtClock(civil(2025, 11, 18), 22, 0, "Asia/Kolkata"), timeline.AtClock(civil(2025, 11, 19), 0, 0, "Asia/Kolkata")),
		str: "2025-11-18T22:00/2025-11-19T00:00[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: timeline.Minute, timed: true, span: true,
		reason: "the end is exclusive, so 19 November is not touched"},
	{name: "day", when: timeline.OnDay(civil(2025, 11, 18)),
		str: "2025-11-18", days: [2]string{"2025-11-18", "2025-11-19"}, prec: timeline.Day},
	{name: "day with venue zone", when: timeline.OnDay(civil(2025, 11, 18)).WithZone("Europe/Moscow"),
		str: "2025-11-18[Europe/Moscow]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: timeline.Day},
	{name: "around a day", when: timeline.AroundDay(civil(2025, 12, 5), 2),
		str: "2025-12-05~2d", days: [2]string{"2025-12-05", "2025-12-06"}, window: [2]string{"2025-12-03", "2025-12-08"}, prec: timeline.Day},
	{name: "AroundDay(d, 0) is OnDay(d)", when: timeline.AroundDay(civil(2025, 12, 5), 0),
		str: "2025-12-05", days: [2]string{"2025-12-05", "2025-12-06"}, prec: timeline.Day},
	{name: "day span, inclusive end", when: until(timeline.OnDay(civil(2025, 12, 5)), timeline.OnDay(civil(2025, 12, 7))),
		str: "2025-12-05/2025-12-07", days: [2]string{"2025-12-05", "2025-12-08"}, prec: timeline.Day, span: true},
	{name: "week", when: timeline.InWeek(2025, 47),
		str: "2025-W47", days: [2]string{"2025-11-17", "2025-11-24"}, prec: timeline.Week},
	{name: "week 1 begins in the previous year", when: timeline.InWeek(2026, 1),
		str: "2026-W01", days: [2]string{"2025-12-29", "2026-01-05"}, prec: timeline.Week},
	{name: "week 1 begins in its year", when: timeline.InWeek(2024, 1),
		str: "2024-W01", days: [2]string{"2024-01-01", "2024-01-08"}, prec: timeline.Week},
	{name: "week 53 ends in the next year", when: timeline.InWeek(2026, 53),
		str: "2026-W53", days: [2]string{"2026-12-28", "2027-01-04"}, prec: timeline.Week},
	{name: "WeekOf a Sunday", when: timeline.WeekOf(civil(2025, 11, 23)),
		str: "2025-W47", days: [2]string{"2025-11-17", "2025-11-24"}, prec: timeline.Week},
	{name: "WeekOf 1 January in the last week of the year before", when: timeline.WeekOf(civil(2027, 1, 1)),
		str: "2026-W53", days: [2]string{"2026-12-28", "2027-01-04"}, prec: timeline.Week},
	{name: "week span", when: until(timeline.InWeek(2025, 52), timeline.InWeek(2026, 1)),
		str: "2025-W52/2026-W01", days: [2]string{"2025-12-22", "2026-01-05"}, prec: timeline.Week, span: true},
	{name: "month", when: timeline.InMonth(2025, time.November),
		str: "2025-11", days: [2]string{"2025-11-01", "2025-12-01"}, prec: timeline.Month},
	{name: "leap February", when: timeline.InMonth(2024, time.February),
		str: "2024-02", days: [2]string{"2024-02-01", "2024-03-01"}, prec: timeline.Month},
	{name: "month span across a year", when: until(timeline.InMonth(2025, time.November), timeline.InMonth(2026, time.February)),
		str: "2025-11/2026-02", days: [2]string{"2025-11-01", "2026-03-01"}, prec: timeline.Month, span: true},
	{name: "year", when: timeline.InYear(2026),
		str: "2026", days: [2]string{"2026-01-01", "2027-01-01"}, prec: timeline.Year},
	{name: "year span", when: until(timeline.InYear(2025), timeline.InYear(2027)),
		str: "2025/2027", days: [2]string{"2025-01-01", "2028-01-01"}, prec: timeline.Year, span: true},
	{name: "before", when: timeline.Before(civil(2025, 11, 18)).WithZone("Europe/Moscow"),
		str: "<2025-11-18[Europe/Moscow]", days: [2]string{"", "2025-11-18"}, prec: timeline.Day,
		reason: "open start; 18 November itself is excluded"},
	{name: "after", when: timeline.After(civil(2025, 12, 31)),
		str: ">2025-12-31", days: [2]string{"2026-01-01", ""}, prec: timeline.Day,
		reason: "open end; starts the day after"},
	{name: "zero", when: timeline.When{}, str: "", days: [2]string{"", ""}},
}

func mustZone(name string) *time.Location {
	loc, err := timeline.LoadZone(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func TestWhenConstructors(t *testing.T) {
	for _, tc := range whenTests {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.when
			if err := w.Check(); err != nil {
				t.Errorf("Check() = %v, want nil", err)
			}
			if got := w.String(); got != tc.str {
				t.Errorf("String() = %q, want %q", got, tc.str)
			}
			start, end := w.Days()
			if got := [2]string{start.String(), end.String()}; got != tc.days {
				t.Errorf("Days() = %q, want %q (%s)", got, tc.days, tc.reason)
			}
			window := tc.window
			if window == [2]string{} {
				window = tc.days
			}
			start, end = w.Window()
			if got := [2]string{start.String(), end.String()}; got != window {
				t.Errorf("Window() = %q, want %q", got, window)
			}
			if w.Precision() != tc.prec || w.IsSpan() != tc.span || w.IsTimed() != tc.timed {
				t.Errorf("Precision, IsSpan, IsTimed = %v, %v, %v; want %v, %v, %v", w.Precision(), w.IsSpan(), w.IsTimed(), tc.prec, tc.span, tc.timed)
			}
		})
	}
}

// TestWeeksOfYears checks InWeek against time's ISOWeek for every week of
// years with 52 and 53 weeks, and that a week the year lacks is an error.
func TestWeeksOfYears(t *testing.T) {
	for _, y := range []int{2015, 2020, 2021, 2024, 2025, 2026, 2027} {
		last := 52
		if _, w := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); w == 53 {
			last = 53
		}
		for wk := 1; wk <= last; wk++ {
			w := timeline.InWeek(y, wk)
			if err := w.Check(); err != nil {
				t.Fatalf("InWeek(%d, %d).Check() = %v", y, wk, err)
			}
			s := w.Start()
			gy, gw := s.In(time.UTC).ISOWeek()
			if gy != y || gw != wk || s.Weekday() != time.Monday {
				t.Fatalf("InWeek(%d, %d).Start() = %v (%v, ISO week %d-W%02d)", y, wk, s, s.Weekday(), gy, gw)
			}
			if got := timeline.WeekOf(s.AddDays(6)); got != w {
				t.Fatalf("WeekOf(%v) = %v, want %v", s.AddDays(6), got, w)
			}
		}
		for _, bad := range []int{0, last + 1, -1} {
			if err := timeline.InWeek(y, bad).Check(); err == nil || !strings.Contains(err.Error(), "no ISO week") {
				t.Errorf("InWeek(%d, %d).Check() = %v, want a no-such-week error", y, bad, err)
			}
		}
	}
}

func TestWhenCheck(t *testing.T) {
	tests := []struct {
		name string
		when timeline.When
		want string // a piece of the error
	}{
		{"hour out of range", timeline.AtClock(civil(2025, 11, 18), 24, 0, "Asia/Kolkata"), "time of day 24:00 out of range"},
		{"minute out of range", timeline.AtClock(civil(2025, 11, 18), 10, 60, "Asia/Kolkata"), "out of range"},
		{"negative hour", timeline.AtHour(civil(2025, 11, 18), -1, "Asia/Kolkata"), "out of range"},
		{"timed without zone", timeline.AtClock(civil(2025, 11, 18), 10, 0, ""), "needs an IANA time zone"},
		{"unknown zone", timeline.AtClock(civil(2025, 11, 18), 10, 0, "Mars/Olympus"), `unknown time zone "Mars/Olympus"`},
		{"Local zone", timeline.OnDay(civil(2025, 11, 18)).WithZone("Local"), `time zone "Local"`},
		{"At in time.Local", timeline.At(time.Date(2025, 11, 18, 10, 0, 0, 0, time.Local)), `time zone "Local"`},
		{"negative approximation", timeline.AroundDay(civil(2025, 12, 5), -1), "approximation of -1 days out of range"},
		{"approximation too wide", timeline.AroundDay(civil(2025, 12, 5), 400), "out of range 0..366"},
		{"week 53 of a 52-week year", timeline.InWeek(2025, 53), "2025 has no ISO week 53"},
		{"week 0", timeline.InWeek(2025, 0), "no ISO week 0"},
		{"month 13", timeline.InMonth(2025, 13), "month 13 out of range"},
		{"month 0", timeline.InMonth(2025, 0), "month 0 out of range"},
		{"year past 9999", timeline.InYear(10000), "outside the years 0000 to 9999"},
		{"day before year 0", timeline.OnDay(civil(-1, 12, 31)), "outside the years 0000 to 9999"},
		{"bound without a date", timeline.Before(timeline.Date{}), "missing start date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.when.Check()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("(%v).Check() = %v, want an error containing %q", tc.when, err, tc.want)
			}
		})
	}
}

// TestWhenUntil checks that a span whose ends disagree is an error, never
// a date that silently lost its end (issue 10).
func TestWhenUntil(t *testing.T) {
	tests := []struct {
		name       string
		start, end timeline.When
		want       string // a piece of the error
	}{
		{"day span ends before it starts", timeline.OnDay(civil(2025, 12, 7)), timeline.OnDay(civil(2025, 12, 5)), "span ends (2025-12-05) before it starts (2025-12-07)"},
		{"timed span ends before it starts", timeline.AtClock(civil(2025, 12, 5), 10, 0, "UTC"), timeline.AtClock(civil(2025, 12, 5), 9, 59, "UTC"), "span ends (2025-12-05T09:59) before it starts (2025-12-05T10:00)"},
		{"span of different precisions", timeline.OnDay(civil(2025, 12, 5)), timeline.InMonth(2025, 12), "span end has precision month, start has day"},
		{"span in different zones", timeline.AtHour(civil(2025, 12, 5), 9, "Asia/Kolkata"), timeline.AtHour(civil(2025, 12, 5), 11, "Europe/Moscow"), `span end is in zone "Europe/Moscow"`},
		{"zone on the end only (issue 10)", timeline.OnDay(civil(2025, 12, 4)), timeline.OnDay(civil(2025, 12, 5)).WithZone("Asia/Kolkata"), `span end is in zone "Asia/Kolkata", start in ""`},
		{"span from a bound", timeline.Before(civil(2025, 12, 5)), timeline.OnDay(civil(2025, 12, 7)), "a bound (before/after) cannot be part of a span"},
		{"span to an approximate day", timeline.OnDay(civil(2025, 12, 5)), timeline.AroundDay(civil(2025, 12, 7), 1), "span end cannot be approximate"},
		{"span to nothing", timeline.OnDay(civil(2025, 12, 5)), timeline.When{}, "missing start or end"},
		{"span to a bad week", timeline.InWeek(2025, 50), timeline.InWeek(2025, 53), "no ISO week 53"},
		{"span from a span", until(timeline.OnDay(civil(2025, 12, 1)), timeline.OnDay(civil(2025, 12, 2))), timeline.OnDay(civil(2025, 12, 7)), "cannot start or end with a span"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, err := tc.start.Until(tc.end)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("(%v).Until(%v) = %v, %v; want an error containing %q", tc.start, tc.end, w, err, tc.want)
			}
			if !w.IsZero() {
				t.Errorf("(%v).Until(%v) returned %v with its error; want the zero When", tc.start, tc.end, w)
			}
		})
	}
	// Zoning both ends, or the span once made, is the way to a zoned span.
	w, err := timeline.OnDay(civil(2025, 12, 4)).Until(timeline.OnDay(civil(2025, 12, 5)))
	if err != nil || w.WithZone("Asia/Kolkata").String() != "2025-12-04/2025-12-05[Asia/Kolkata]" {
		t.Errorf("Until then WithZone = %v, %v; want 2025-12-04/2025-12-05[Asia/Kolkata]", w.WithZone("Asia/Kolkata"), err)
	}
}

func TestWhenAccessors(t *testing.T) {
	moscow := mustZone("Europe/Moscow")
	span := until(timeline.AtClock(civil(2025, 11, 18), 22, 30, "Europe/Moscow"), timeline.AtClock(civil(2025, 11, 19), 1, 15, "Europe/Moscow"))
	if h, m, ok := span.Clock(); h != 22 || m != 30 || !ok {
		t.Errorf("Clock() = %d, %d, %v; want 22, 30, true", h, m, ok)
	}
	if h, m, ok := span.EndClock(); h != 1 || m != 15 || !ok {
		t.Errorf("EndClock() = %d, %d, %v; want 1, 15, true", h, m, ok)
	}
	if st, err := span.StartTime(); err != nil || !st.Equal(time.Date(2025, 11, 18, 22, 30, 0, 0, moscow)) {
		t.Errorf("StartTime() = %v, %v", st, err)
	}
	if et, err := span.EndTime(); err != nil || !et.Equal(time.Date(2025, 11, 18, 22, 15, 0, 0, time.UTC)) {
		t.Errorf("EndTime() = %v, %v; want 2025-11-18 22:15 UTC", et, err)
	}
	if span.Start() != civil(2025, 11, 18) || span.EndDay() != civil(2025, 11, 19) || span.Zone() != "Europe/Moscow" {
		t.Errorf("Start, EndDay, Zone = %v, %v, %q", span.Start(), span.EndDay(), span.Zone())
	}
	hour := timeline.AtHour(civil(2025, 11, 18), 17, "Asia/Kolkata")
	if et, err := hour.EndTime(); err != nil || !et.Equal(time.Date(2025, 11, 18, 12, 30, 0, 0, time.UTC)) {
		t.Errorf("hour EndTime() = %v, %v; want one hour after 17:00 IST", et, err)
	}
	minute := timeline.AtClock(civil(2025, 11, 18), 17, 0, "Asia/Kolkata")
	if et, err := minute.EndTime(); err != nil || !et.Equal(time.Date(2025, 11, 18, 11, 31, 0, 0, time.UTC)) {
		t.Errorf("minute EndTime() = %v, %v; want one minute after 17:00 IST", et, err)
	}
	day := timeline.AroundDay(civil(2025, 12, 5), 2)
	if _, _, ok := day.Clock(); ok {
		t.Error("a day has a Clock")
	}
	if _, err := day.StartTime(); err == nil {
		t.Error("a day has a StartTime; a date-only value is not an instant")
	}
	if !day.IsApprox() || day.Approx() != 2 || day.IsSpan() || day.EndDay() != (timeline.Date{}) {
		t.Errorf("IsApprox, Approx, IsSpan, EndDay = %v, %d, %v, %v", day.IsApprox(), day.Approx(), day.IsSpan(), day.EndDay())
	}
	if b := timeline.Before(civil(2025, 1, 1)).Bound(); b != timeline.BeforeBound || b.String() != "before" {
		t.Errorf("Before().Bound() = %v", b)
	}
	if b := timeline.After(civil(2025, 1, 1)).Bound(); b != timeline.AfterBound || b.String() != "after" {
		t.Errorf("After().Bound() = %v", b)
	}
	for p, want := range map[timeline.Precision]string{0: "%!Precision(0)", timeline.Minute: "minute", timeline.Year: "year", 9: "%!Precision(9)"} {
		if p.String() != want {
			t.Errorf("Precision(%d).String() = %q, want %q", p, p.String(), want)
		}
	}
	if s := timeline.Bound(7).String(); s != "%!Bound(7)" {
		t.Errorf("Bound(7).String() = %q", s)
	}
}

func TestOverlaps(t *testing.T) {
	tests := []struct {
		name     string
		when     timeline.When
		from, to timeline.Date
		want     bool
	}{
		{"day inside", timeline.OnDay(civil(2025, 11, 18)), civil(2025, 11, 1), civil(2025, 12, 1), true},
		{"day on the start bound", timeline.OnDay(civil(2025, 11, 1)), civil(2025, 11, 1), civil(2025, 12, 1), true},
		{"day on the exclusive end bound", timeline.OnDay(civil(2025, 12, 1)), civil(2025, 11, 1), civil(2025, 12, 1), false},
		{"day just before", timeline.OnDay(civil(2025, 10, 31)), civil(2025, 11, 1), civil(2025, 12, 1), false},
		{"approx window reaches in", timeline.AroundDay(civil(2025, 12, 2), 2), civil(2025, 11, 1), civil(2025, 12, 1), true},
		{"approx window stays out", timeline.AroundDay(civil(2025, 12, 3), 2), civil(2025, 11, 1), civil(2025, 12, 1), false},
		{"month overlaps a day range", timeline.InMonth(2025, 11), civil(2025, 11, 30), civil(2025, 12, 1), true},
		{"before is in a range that starts before its day", timeline.Before(civil(2025, 11, 18)), civil(2025, 11, 17), civil(2025, 11, 20), true},
		{"before is not in a range that starts on its day", timeline.Before(civil(2025, 11, 18)), civil(2025, 11, 18), civil(2025, 11, 20), false},
		{"after is in a range past its day", timeline.After(civil(2025, 11, 18)), civil(2025, 11, 1), civil(2025, 11, 20), true},
		{"after is not in a range ending on the next day", timeline.After(civil(2025, 11, 18)), civil(2025, 11, 1), civil(2025, 11, 19), false},
		{"open from", timeline.OnDay(civil(1990, 1, 1)), timeline.Date{}, civil(2025, 1, 1), true},
		{"open to", timeline.OnDay(civil(2090, 1, 1)), civil(2025, 1, 1), timeline.Date{}, true},
		{"zero When is in no range", timeline.When{}, timeline.Date{}, timeline.Date{}, false},
	}
	for _, tc := range tests {
		if got := tc.when.Overlaps(tc.from, tc.to); got != tc.want {
			t.Errorf("%s: (%v).Overlaps(%v, %v) = %v, want %v", tc.name, tc.when, tc.from, tc.to, got, tc.want)
		}
	}
}

// until is When.Until for test fixtures that are valid spans by
// construction; a mistake in a fixture stops the test binary loudly.
func until(start, end timeline.When) timeline.When {
	w, err := start.Until(end)
	if err != nil {
		panic(err)
	}
	return w
}
