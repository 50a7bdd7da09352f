package date_test

import (
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// whenTests describes every constructor's result: its String, the civil
// days it names (half-open, zero for an open side), the window widened by
// the approximation, and its accessors.
var whenTests = []struct {
	name        string
	when        date.When
	str         string
	days        [2]string // [start, end) as "YYYY-MM-DD", "" for open
	window      [2]string // Window(); same as days unless approximate
	prec        date.Precision
	span, timed bool
	reason      string
}{
	{name: "minute", when: date.AtClock(civil(2025, 11, 18), 19, 5, "Europe/Moscow"),
		str: "2025-11-18T19:05[Europe/Moscow]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: date.Minute, timed: true},
	{name: "At keeps the location's name and drops seconds", when: date.At(time.Date(2025, 11, 18, 19, 5, 59, 0, mustZone("Asia/Kolkata"))),
		str: "2025-11-18T19:05[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: date.Minute, timed: true},
	{name: "hour", when: date.AtHour(civil(2025, 11, 18), 17, "Asia/Kolkata"),
		str: "2025-11-18T17[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: date.Hour, timed: true},
	{name: "timed span across midnight", when: until(date.AtClock(civil(2025, 11, 18), 22, 30, "Asia/Kolkata"), date.AtClock(civil(2025, 11, 19), 1, 15, "Asia/Kolkata")),
		str: "2025-11-18T22:30/2025-11-19T01:15[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-20"}, prec: date.Minute, timed: true, span: true,
		reason: "the span touches both days"},
	{name: "timed span ending at midnight", when: until(date.AtClock(civil(2025, 11, 18), 22, 0, "Asia/Kolkata"), date.AtClock(civil(2025, 11, 19), 0, 0, "Asia/Kolkata")),
		str: "2025-11-18T22:00/2025-11-19T00:00[Asia/Kolkata]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: date.Minute, timed: true, span: true,
		reason: "the end is exclusive, so 19 November is not touched"},
	{name: "day", when: date.OnDay(civil(2025, 11, 18)),
		str: "2025-11-18", days: [2]string{"2025-11-18", "2025-11-19"}, prec: date.Day},
	{name: "day with venue zone", when: date.OnDay(civil(2025, 11, 18)).WithZone("Europe/Moscow"),
		str: "2025-11-18[Europe/Moscow]", days: [2]string{"2025-11-18", "2025-11-19"}, prec: date.Day},
	{name: "around a day", when: date.AroundDay(civil(2025, 12, 5), 2),
		str: "2025-12-05~2d", days: [2]string{"2025-12-05", "2025-12-06"}, window: [2]string{"2025-12-03", "2025-12-08"}, prec: date.Day},
	{name: "AroundDay(d, 0) is OnDay(d)", when: date.AroundDay(civil(2025, 12, 5), 0),
		str: "2025-12-05", days: [2]string{"2025-12-05", "2025-12-06"}, prec: date.Day},
	{name: "day span, inclusive end", when: until(date.OnDay(civil(2025, 12, 5)), date.OnDay(civil(2025, 12, 7))),
		str: "2025-12-05/2025-12-07", days: [2]string{"2025-12-05", "2025-12-08"}, prec: date.Day, span: true},
	{name: "week", when: date.InWeek(2025, 47),
		str: "2025-W47", days: [2]string{"2025-11-17", "2025-11-24"}, prec: date.Week},
	{name: "week 1 begins in the previous year", when: date.InWeek(2026, 1),
		str: "2026-W01", days: [2]string{"2025-12-29", "2026-01-05"}, prec: date.Week},
	{name: "week 1 begins in its year", when: date.InWeek(2024, 1),
		str: "2024-W01", days: [2]string{"2024-01-01", "2024-01-08"}, prec: date.Week},
	{name: "week 53 ends in the next year", when: date.InWeek(2026, 53),
		str: "2026-W53", days: [2]string{"2026-12-28", "2027-01-04"}, prec: date.Week},
	{name: "WeekOf a Sunday", when: date.WeekOf(civil(2025, 11, 23)),
		str: "2025-W47", days: [2]string{"2025-11-17", "2025-11-24"}, prec: date.Week},
	{name: "WeekOf 1 January in the last week of the year before", when: date.WeekOf(civil(2027, 1, 1)),
		str: "2026-W53", days: [2]string{"2026-12-28", "2027-01-04"}, prec: date.Week},
	{name: "week span", when: until(date.InWeek(2025, 52), date.InWeek(2026, 1)),
		str: "2025-W52/2026-W01", days: [2]string{"2025-12-22", "2026-01-05"}, prec: date.Week, span: true},
	{name: "month", when: date.InMonth(2025, time.November),
		str: "2025-11", days: [2]string{"2025-11-01", "2025-12-01"}, prec: date.Month},
	{name: "leap February", when: date.InMonth(2024, time.February),
		str: "2024-02", days: [2]string{"2024-02-01", "2024-03-01"}, prec: date.Month},
	{name: "month span across a year", when: until(date.InMonth(2025, time.November), date.InMonth(2026, time.February)),
		str: "2025-11/2026-02", days: [2]string{"2025-11-01", "2026-03-01"}, prec: date.Month, span: true},
	{name: "year", when: date.InYear(2026),
		str: "2026", days: [2]string{"2026-01-01", "2027-01-01"}, prec: date.Year},
	{name: "year span", when: until(date.InYear(2025), date.InYear(2027)),
		str: "2025/2027", days: [2]string{"2025-01-01", "2028-01-01"}, prec: date.Year, span: true},
	{name: "before", when: date.Before(civil(2025, 11, 18)).WithZone("Europe/Moscow"),
		str: "<2025-11-18[Europe/Moscow]", days: [2]string{"", "2025-11-18"}, prec: date.Day,
		reason: "open start; 18 November itself is excluded"},
	{name: "after", when: date.After(civil(2025, 12, 31)),
		str: ">2025-12-31", days: [2]string{"2026-01-01", ""}, prec: date.Day,
		reason: "open end; starts the day after"},
	{name: "zero", when: date.When{}, str: "", days: [2]string{"", ""}},
}

func mustZone(name string) *time.Location {
	loc, err := date.LoadZone(name)
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
			w := date.InWeek(y, wk)
			if err := w.Check(); err != nil {
				t.Fatalf("InWeek(%d, %d).Check() = %v", y, wk, err)
			}
			s := w.Start()
			gy, gw := s.In(time.UTC).ISOWeek()
			if gy != y || gw != wk || s.Weekday() != time.Monday {
				t.Fatalf("InWeek(%d, %d).Start() = %v (%v, ISO week %d-W%02d)", y, wk, s, s.Weekday(), gy, gw)
			}
			if got := date.WeekOf(s.AddDays(6)); got != w {
				t.Fatalf("WeekOf(%v) = %v, want %v", s.AddDays(6), got, w)
			}
		}
		for _, bad := range []int{0, last + 1, -1} {
			if err := date.InWeek(y, bad).Check(); err == nil || !strings.Contains(err.Error(), "no ISO week") {
				t.Errorf("InWeek(%d, %d).Check() = %v, want a no-such-week error", y, bad, err)
			}
		}
	}
}

func TestWhenCheck(t *testing.T) {
	tests := []struct {
		name string
		when date.When
		want string // a piece of the error
	}{
		{"hour out of range", date.AtClock(civil(2025, 11, 18), 24, 0, "Asia/Kolkata"), "time of day 24:00 out of range"},
		{"minute out of range", date.AtClock(civil(2025, 11, 18), 10, 60, "Asia/Kolkata"), "out of range"},
		{"negative hour", date.AtHour(civil(2025, 11, 18), -1, "Asia/Kolkata"), "out of range"},
		{"timed without zone", date.AtClock(civil(2025, 11, 18), 10, 0, ""), "needs an IANA time zone"},
		{"unknown zone", date.AtClock(civil(2025, 11, 18), 10, 0, "Mars/Olympus"), `unknown time zone "Mars/Olympus"`},
		{"Local zone", date.OnDay(civil(2025, 11, 18)).WithZone("Local"), `time zone "Local"`},
		{"At in time.Local", date.At(time.Date(2025, 11, 18, 10, 0, 0, 0, time.Local)), `time zone "Local"`},
		{"negative approximation", date.AroundDay(civil(2025, 12, 5), -1), "approximation of -1 days out of range"},
		{"approximation too wide", date.AroundDay(civil(2025, 12, 5), 400), "out of range 0..366"},
		{"week 53 of a 52-week year", date.InWeek(2025, 53), "2025 has no ISO week 53"},
		{"week 0", date.InWeek(2025, 0), "no ISO week 0"},
		{"month 13", date.InMonth(2025, 13), "month 13 out of range"},
		{"month 0", date.InMonth(2025, 0), "month 0 out of range"},
		{"year past 9999", date.InYear(10000), "outside the years 0000 to 9999"},
		{"day before year 0", date.OnDay(civil(-1, 12, 31)), "outside the years 0000 to 9999"},
		{"bound without a date", date.Before(date.Date{}), "missing start date"},
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
		start, end date.When
		want       string // a piece of the error
	}{
		{"day span ends before it starts", date.OnDay(civil(2025, 12, 7)), date.OnDay(civil(2025, 12, 5)), "span ends (2025-12-05) before it starts (2025-12-07)"},
		{"timed span ends before it starts", date.AtClock(civil(2025, 12, 5), 10, 0, "UTC"), date.AtClock(civil(2025, 12, 5), 9, 59, "UTC"), "span ends (2025-12-05T09:59) before it starts (2025-12-05T10:00)"},
		{"span of different precisions", date.OnDay(civil(2025, 12, 5)), date.InMonth(2025, 12), "span end has precision month, start has day"},
		{"span in different zones", date.AtHour(civil(2025, 12, 5), 9, "Asia/Kolkata"), date.AtHour(civil(2025, 12, 5), 11, "Europe/Moscow"), `span end is in zone "Europe/Moscow"`},
		{"zone on the end only (issue 10)", date.OnDay(civil(2025, 12, 4)), date.OnDay(civil(2025, 12, 5)).WithZone("Asia/Kolkata"), `span end is in zone "Asia/Kolkata", start in ""`},
		{"span from a bound", date.Before(civil(2025, 12, 5)), date.OnDay(civil(2025, 12, 7)), "a bound (before/after) cannot be part of a span"},
		{"span to an approximate day", date.OnDay(civil(2025, 12, 5)), date.AroundDay(civil(2025, 12, 7), 1), "span end cannot be approximate"},
		{"span to nothing", date.OnDay(civil(2025, 12, 5)), date.When{}, "missing start or end"},
		{"span to a bad week", date.InWeek(2025, 50), date.InWeek(2025, 53), "no ISO week 53"},
		{"span from a span", until(date.OnDay(civil(2025, 12, 1)), date.OnDay(civil(2025, 12, 2))), date.OnDay(civil(2025, 12, 7)), "cannot start or end with a span"},
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
	w, err := date.OnDay(civil(2025, 12, 4)).Until(date.OnDay(civil(2025, 12, 5)))
	if err != nil || w.WithZone("Asia/Kolkata").String() != "2025-12-04/2025-12-05[Asia/Kolkata]" {
		t.Errorf("Until then WithZone = %v, %v; want 2025-12-04/2025-12-05[Asia/Kolkata]", w.WithZone("Asia/Kolkata"), err)
	}
}

func TestWhenAccessors(t *testing.T) {
	moscow := mustZone("Europe/Moscow")
	span := until(date.AtClock(civil(2025, 11, 18), 22, 30, "Europe/Moscow"), date.AtClock(civil(2025, 11, 19), 1, 15, "Europe/Moscow"))
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
	hour := date.AtHour(civil(2025, 11, 18), 17, "Asia/Kolkata")
	if et, err := hour.EndTime(); err != nil || !et.Equal(time.Date(2025, 11, 18, 12, 30, 0, 0, time.UTC)) {
		t.Errorf("hour EndTime() = %v, %v; want one hour after 17:00 IST", et, err)
	}
	minute := date.AtClock(civil(2025, 11, 18), 17, 0, "Asia/Kolkata")
	if et, err := minute.EndTime(); err != nil || !et.Equal(time.Date(2025, 11, 18, 11, 31, 0, 0, time.UTC)) {
		t.Errorf("minute EndTime() = %v, %v; want one minute after 17:00 IST", et, err)
	}
	day := date.AroundDay(civil(2025, 12, 5), 2)
	if _, _, ok := day.Clock(); ok {
		t.Error("a day has a Clock")
	}
	if _, err := day.StartTime(); err == nil {
		t.Error("a day has a StartTime; a date-only value is not an instant")
	}
	if !day.IsApprox() || day.Approx() != 2 || day.IsSpan() || day.EndDay() != (date.Date{}) {
		t.Errorf("IsApprox, Approx, IsSpan, EndDay = %v, %d, %v, %v", day.IsApprox(), day.Approx(), day.IsSpan(), day.EndDay())
	}
	if b := date.Before(civil(2025, 1, 1)).Bound(); b != date.BeforeBound || b.String() != "before" {
		t.Errorf("Before().Bound() = %v", b)
	}
	if b := date.After(civil(2025, 1, 1)).Bound(); b != date.AfterBound || b.String() != "after" {
		t.Errorf("After().Bound() = %v", b)
	}
	for p, want := range map[date.Precision]string{0: "%!Precision(0)", date.Minute: "minute", date.Year: "year", 9: "%!Precision(9)"} {
		if p.String() != want {
			t.Errorf("Precision(%d).String() = %q, want %q", p, p.String(), want)
		}
	}
	if s := date.Bound(7).String(); s != "%!Bound(7)" {
		t.Errorf("Bound(7).String() = %q", s)
	}
}

func TestOverlaps(t *testing.T) {
	tests := []struct {
		name     string
		when     date.When
		from, to date.Date
		want     bool
	}{
		{"day inside", date.OnDay(civil(2025, 11, 18)), civil(2025, 11, 1), civil(2025, 12, 1), true},
		{"day on the start bound", date.OnDay(civil(2025, 11, 1)), civil(2025, 11, 1), civil(2025, 12, 1), true},
		{"day on the exclusive end bound", date.OnDay(civil(2025, 12, 1)), civil(2025, 11, 1), civil(2025, 12, 1), false},
		{"day just before", date.OnDay(civil(2025, 10, 31)), civil(2025, 11, 1), civil(2025, 12, 1), false},
		{"approx window reaches in", date.AroundDay(civil(2025, 12, 2), 2), civil(2025, 11, 1), civil(2025, 12, 1), true},
		{"approx window stays out", date.AroundDay(civil(2025, 12, 3), 2), civil(2025, 11, 1), civil(2025, 12, 1), false},
		{"month overlaps a day range", date.InMonth(2025, 11), civil(2025, 11, 30), civil(2025, 12, 1), true},
		{"before is in a range that starts before its day", date.Before(civil(2025, 11, 18)), civil(2025, 11, 17), civil(2025, 11, 20), true},
		{"before is not in a range that starts on its day", date.Before(civil(2025, 11, 18)), civil(2025, 11, 18), civil(2025, 11, 20), false},
		{"after is in a range past its day", date.After(civil(2025, 11, 18)), civil(2025, 11, 1), civil(2025, 11, 20), true},
		{"after is not in a range ending on the next day", date.After(civil(2025, 11, 18)), civil(2025, 11, 1), civil(2025, 11, 19), false},
		{"open from", date.OnDay(civil(1990, 1, 1)), date.Date{}, civil(2025, 1, 1), true},
		{"open to", date.OnDay(civil(2090, 1, 1)), civil(2025, 1, 1), date.Date{}, true},
		{"zero When is in no range", date.When{}, date.Date{}, date.Date{}, false},
	}
	for _, tc := range tests {
		if got := tc.when.Overlaps(tc.from, tc.to); got != tc.want {
			t.Errorf("%s: (%v).Overlaps(%v, %v) = %v, want %v", tc.name, tc.when, tc.from, tc.to, got, tc.want)
		}
	}
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

func civil(y int, m time.Month, d int) date.Date { return date.Of(y, m, d) }
