package date

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"
)

// Precision says how much of a date the sources actually gave. A week,
// month or year is a range of days, not its first day.
type Precision uint8

// The precisions, finest first. The zero Precision belongs to the zero
// [When], which means "no date".
const (
	Minute Precision = iota + 1 // an exact time of day, in a time zone
	Hour                        // "at 5 pm": the hour is known, the minute is not
	Day
	Week // an ISO 8601 week, Monday to Sunday
	Month
	Year
)

var precisionNames = [...]string{Minute: "minute", Hour: "hour", Day: "day", Week: "week", Month: "month", Year: "year"}

// String returns the lower-case English name of p ("day"), the form used in
// JSON. Values out of range print as "%!Precision(9)", as [time.Month] does.
func (p Precision) String() string {
	if p >= Minute && int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "%!Precision(" + strconv.Itoa(int(p)) + ")"
}

func parsePrecision(s string) (Precision, bool) {
	for p := Minute; int(p) < len(precisionNames); p++ {
		if precisionNames[p] == s {
			return p, true
		}
	}
	return 0, false
}

// timed reports whether p carries a time of day.
func (p Precision) timed() bool { return p == Minute || p == Hour }

// Bound says whether a [When] is only a limit: the article's "इससे पहले"
// ("before that") dates an event only as before another one.
type Bound uint8

const (
	NoBound     Bound = iota // the date is the event's own date
	BeforeBound              // the event happened before the date
	AfterBound               // the event happens after the date
)

// String returns "", "before" or "after".
func (b Bound) String() string {
	switch b {
	case NoBound:
		return ""
	case BeforeBound:
		return "before"
	case AfterBound:
		return "after"
	}
	return "%!Bound(" + strconv.Itoa(int(b)) + ")"
}

// When is an honest date: as precise as its sources and no more. It is one of
//
//   - an exact time (minute or hour precision) with an IANA time zone,
//   - a day, a week, a month or a year,
//   - an approximate day: "around 5 December", with the window of days it
//     stands for,
//   - only a bound: "before 18 November",
//
// and any of the first three may be a span with an end of the same
// precision. Build one with [At], [AtClock], [OnDay], [AroundDay], [InWeek],
// [InMonth], [InYear], [Before] or [After], then [When.Until] for a span and
// [When.WithZone] for the venue's zone, or read one with [ParseWhen].
//
// A When is a small value: pass it by value and compare with ==. The zero
// When means "no date". Its text form (see [When.MarshalText]) is what
// [When.String] prints and [ParseWhen] reads; in JSON it is the object of
// the timeline format. A constructor given an impossible value (25:00, week
// 54) returns a When that [When.Check] reports and that String prints as
// "%!When(…)", so an invalid date is never shown as a valid one.
type When struct {
	prec     Precision
	bound    Bound
	start    Date
	startMin int16 // minutes after midnight, for timed precisions
	end      Date  // first day of the last unit of a span; zero when there is no span
	endMin   int16
	approx   uint16 // ± days around the date; 0 when exact
	zone     string
	problem  string // why a constructor could not make the date; reported by Check
}

// At returns the exact time t, to the minute, in t's location. The location
// must be an IANA zone loaded with [time.LoadLocation] ("Europe/Moscow"), not
// time.Local. Seconds are dropped: diplomatic schedules are not that precise.
func At(t time.Time) When {
	return AtClock(FromTime(t), t.Hour(), t.Minute(), t.Location().String())
}

// AtClock returns the time hour:minute on day d in the IANA zone.
func AtClock(d Date, hour, minute int, zone string) When {
	w := When{prec: Minute, start: d, startMin: int16(hour*60 + minute), zone: zone}
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		w.problem = fmt.Sprintf("time of day %02d:%02d out of range", hour, minute)
		w.startMin = 0
	}
	return w
}

// AtHour returns the hour on day d in the IANA zone, with hour precision:
// the source said "at 5 pm" and gave no minutes.
func AtHour(d Date, hour int, zone string) When {
	w := AtClock(d, hour, 0, zone)
	w.prec = Hour
	return w
}

// OnDay returns the whole day d.
func OnDay(d Date) When { return When{prec: Day, start: d} }

// AroundDay returns "around d": the day d, known only to within plusMinus
// days either side. AroundDay(d, 0) is OnDay(d).
func AroundDay(d Date, plusMinus int) When {
	w := When{prec: Day, start: d}
	if plusMinus < 0 || plusMinus > 366 {
		w.problem = fmt.Sprintf("approximation of %d days out of range 0..366", plusMinus)
		return w
	}
	w.approx = uint16(plusMinus)
	return w
}

// InWeek returns the ISO 8601 week of a year (Monday to Sunday). A week
// the year does not have (0, or 53 in a year of 52 weeks) is reported by
// [When.Check].
func InWeek(year, week int) When {
	w := When{prec: Week, start: isoWeekStart(year, week)}
	if week < 1 || week > isoWeeksIn(year) {
		w.problem = fmt.Sprintf("%04d has no ISO week %d", year, week)
	}
	return w
}

// WeekOf returns the ISO 8601 week that contains d.
func WeekOf(d Date) When {
	return When{prec: Week, start: d.AddDays(-((int(d.Weekday()) + 6) % 7))}
}

// isoWeekStart returns the Monday of ISO week w of year y; 4 January is
// always in week 1.
func isoWeekStart(y, w int) Date {
	jan4 := Of(y, time.January, 4)
	monday := jan4.AddDays(-((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDays(7 * (w - 1))
}

// InMonth returns the whole month m of year. A month out of range is
// reported by [When.Check].
func InMonth(year int, m time.Month) When {
	w := When{prec: Month, start: Of(year, m, 1)}
	if m < time.January || m > time.December {
		w.problem = fmt.Sprintf("month %d out of range", int(m))
	}
	return w
}

// InYear returns the whole year.
func InYear(year int) When { return When{prec: Year, start: Of(year, time.January, 1)} }

// Before returns a date known only as "before d": the event happened on some
// day earlier than d.
func Before(d Date) When { return When{prec: Day, bound: BeforeBound, start: d} }

// After returns a date known only as "after d".
func After(d Date) When { return When{prec: Day, bound: AfterBound, start: d} }

// Until returns the span from w to end: "5 to 7 December" is
// OnDay(5 Dec).Until(OnDay(7 Dec)). The end must have w's precision and
// zone, be neither approximate nor a bound, and not come before w. The end
// is inclusive for days, weeks, months and years (through 7 December) and
// exclusive for times. A span whose ends disagree is an error, never a
// silently shorter date.
func (w When) Until(end When) (When, error) {
	switch {
	case w.problem != "":
		return When{}, fmt.Errorf("date: span start: %s", w.problem)
	case end.problem != "":
		return When{}, fmt.Errorf("date: span end: %s", end.problem)
	case w.IsZero() || end.IsZero():
		return When{}, fmt.Errorf("date: span with a missing start or end")
	case w.IsSpan() || end.IsSpan():
		return When{}, fmt.Errorf("date: a span cannot start or end with a span")
	case w.bound != NoBound || end.bound != NoBound:
		return When{}, fmt.Errorf("date: a bound (before/after) cannot be part of a span")
	case end.prec != w.prec:
		return When{}, fmt.Errorf("date: span end has precision %s, start has %s", end.prec, w.prec)
	case end.approx != 0:
		return When{}, fmt.Errorf("date: span end cannot be approximate")
	case end.zone != w.zone:
		return When{}, fmt.Errorf("date: span end is in zone %q, start in %q; give both the same zone", end.zone, w.zone)
	}
	w.end, w.endMin = end.start, end.startMin
	if c := w.end.Compare(w.start); c < 0 || (c == 0 && w.prec.timed() && w.endMin < w.startMin) {
		return When{}, fmt.Errorf("date: span ends (%s) before it starts (%s)", w.appendPoint(nil, w.end, w.endMin, false), w.appendPoint(nil, w.start, w.startMin, false))
	}
	return w, nil
}

// WithZone returns w labelled with the IANA time zone of its venue,
// keeping its wall clock: AtClock(d, 19, 0, "UTC").WithZone("Europe/Moscow")
// is 19:00 in Moscow, a different instant. For a timed When the zone says
// what the clock time means; for a day or longer it records where the day
// was counted. (Unlike [time.Time.In], which keeps the instant, this
// relabels; hence the name.)
func (w When) WithZone(zone string) When {
	w.zone = zone
	return w
}

// Precision returns how precise w is.
func (w When) Precision() Precision { return w.prec }

// Bound returns whether w is only a bound.
func (w When) Bound() Bound { return w.bound }

// Zone returns w's IANA time zone name, or "".
func (w When) Zone() string { return w.zone }

// Approx returns how many days either side of its date w may fall, or 0 if
// w is not approximate.
func (w When) Approx() int { return int(w.approx) }

// IsApprox reports whether w is approximate ("around 5 December").
func (w When) IsApprox() bool { return w.approx != 0 }

// IsZero reports whether w is the zero When, "no date".
func (w When) IsZero() bool { return w == When{} }

// IsTimed reports whether w carries a time of day.
func (w When) IsTimed() bool { return w.prec.timed() }

// IsSpan reports whether w has an end of its own.
func (w When) IsSpan() bool { return !w.end.IsZero() }

// Start returns the first day of w: the day of a timed or day When, the
// Monday of a week, the first of a month or of a year, and for a bound the
// day it is bounded by.
func (w When) Start() Date { return w.start }

// EndDay returns the first day of the last unit of a span (the last day, for
// days), or the zero Date if w is not a span.
func (w When) EndDay() Date { return w.end }

// Clock returns the time of day of a timed When, and ok false otherwise.
func (w When) Clock() (hour, minute int, ok bool) {
	return int(w.startMin) / 60, int(w.startMin) % 60, w.prec.timed()
}

// EndClock returns the time of day at which a timed span ends.
func (w When) EndClock() (hour, minute int, ok bool) {
	return int(w.endMin) / 60, int(w.endMin) % 60, w.prec.timed() && w.IsSpan()
}

// StartTime returns the instant a timed When begins. It fails for a When
// that is not timed or whose zone cannot be loaded.
func (w When) StartTime() (time.Time, error) {
	return w.instant(w.start, w.startMin)
}

// EndTime returns the instant a timed span ends, or for a timed When without
// an end the instant one unit (minute or hour) after it begins.
func (w When) EndTime() (time.Time, error) {
	if !w.IsSpan() {
		t, err := w.StartTime()
		if w.prec == Hour {
			return t.Add(time.Hour), err
		}
		return t.Add(time.Minute), err
	}
	return w.instant(w.end, w.endMin)
}

func (w When) instant(d Date, min int16) (time.Time, error) {
	if !w.prec.timed() {
		return time.Time{}, fmt.Errorf("%s date has no time of day", w.prec)
	}
	loc, err := LoadZone(w.zone)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(d.Year(), d.Month(), d.Day(), int(min)/60, int(min)%60, 0, 0, loc), nil
}

// unitEnd returns the first day after the unit of precision p starting at d.
func unitEnd(d Date, p Precision) Date {
	switch p {
	case Week:
		return d.AddDays(7)
	case Month:
		return Of(d.Year(), d.Month()+1, 1)
	case Year:
		return Of(d.Year()+1, time.January, 1)
	}
	return d.AddDays(1)
}

// Days returns the half-open range of civil days [start, end) that w names,
// counted in its zone: one day for a day, seven for a week, the whole month
// for a month. For "before d" start is the zero Date (open) and end is d;
// for "after d" start is the day after d and end is zero (open). The
// approximation is not included; see [When.Window].
func (w When) Days() (start, end Date) {
	switch w.bound {
	case BeforeBound:
		return Date{}, w.start
	case AfterBound:
		return w.start.AddDays(1), Date{}
	}
	if w.IsZero() {
		return Date{}, Date{}
	}
	last := w.start
	if w.IsSpan() {
		last = w.end
	}
	if w.prec.timed() && w.IsSpan() && w.endMin == 0 {
		// A span that ends at midnight does not touch the day it ends on.
		return w.start, maxDate(w.end, w.start.AddDays(1))
	}
	return w.start, unitEnd(last, w.prec)
}

// Window returns [When.Days] widened by the approximation: for "around 5
// December ± 3 days" it is [2 December, 9 December).
func (w When) Window() (start, end Date) {
	start, end = w.Days()
	if w.approx == 0 {
		return start, end
	}
	return start.AddDays(-int(w.approx)), end.AddDays(int(w.approx))
}

func maxDate(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}

// Overlaps reports whether any day of w's window falls in the half-open
// range [from, to). A zero from or to leaves that side open.
func (w When) Overlaps(from, to Date) bool {
	if w.IsZero() {
		return false
	}
	start, end := w.Window()
	if !to.IsZero() && !start.IsZero() && !start.Before(to) {
		return false
	}
	if !from.IsZero() && !end.IsZero() && !end.After(from) {
		return false
	}
	return true
}

// Compare orders dates for a timeline, on the civil calendar of each date's
// own venue. It orders first by the day a date starts on, as written: an
// event at 01:00 on 18 November in Delhi is listed with 18 November, though
// it was still 17 November in Moscow, so a timeline never shows a day out of
// order. Within a day come first "before" bounds of that day, then dates
// that take the whole day or longer (a day, or a week, month or year
// starting that day), then times of day in the order of their instants,
// and last "after" bounds of that day. Remaining ties go to finer precision
// first, exact before approximate, shorter spans first, and then the zone
// name, so the order is total and the same on every machine. The zero When
// sorts first. It returns -1, 0 or +1.
func (w When) Compare(v When) int {
	if wz, vz := w.IsZero(), v.IsZero(); wz || vz {
		return cmp.Compare(boolRank(!wz), boolRank(!vz))
	}
	if c := w.start.Compare(v.start); c != 0 {
		return c
	}
	if c := cmp.Compare(boundRank(w.bound), boundRank(v.bound)); c != 0 {
		return c
	}
	if c := cmp.Compare(boolRank(w.prec.timed()), boolRank(v.prec.timed())); c != 0 {
		return c
	}
	if c := cmp.Compare(w.instantKey(), v.instantKey()); c != 0 {
		return c
	}
	if c := cmp.Compare(int(w.prec), int(v.prec)); c != 0 {
		return c
	}
	if c := cmp.Compare(int(w.approx), int(v.approx)); c != 0 {
		return c
	}
	_, we := w.Days()
	_, ve := v.Days()
	if c := we.Compare(ve); c != 0 {
		return c
	}
	if c := cmp.Compare(int(w.endMin), int(v.endMin)); c != 0 {
		return c
	}
	if w.zone != v.zone {
		if w.zone < v.zone {
			return -1
		}
		return +1
	}
	return 0
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func boundRank(b Bound) int {
	switch b {
	case BeforeBound:
		return -1
	case AfterBound:
		return +1
	}
	return 0
}

// instantKey places a timed w on one line of minutes since 1970-01-01
// 00:00 UTC; for a zone that cannot be loaded it takes the clock as UTC.
// It is 0 for dates without a time of day.
func (w When) instantKey() int64 {
	if !w.prec.timed() {
		return 0
	}
	if t, err := w.StartTime(); err == nil {
		return t.Unix() / 60
	}
	return w.start.In(time.UTC).Unix()/60 + int64(w.startMin)
}

// Check reports the first problem with w as an *[Error] naming the JSON
// field at fault: a value a constructor was given out of range, an unknown
// time zone, a timed date without one, a year the formats cannot write.
func (w When) Check() error {
	if field, err := w.check(); err != nil {
		return fieldError(field, err)
	}
	return nil
}

// check is Check that also names the JSON field at fault ("zone", "end").
func (w When) check() (field string, err error) {
	switch {
	case w.IsZero():
		return "", nil
	case w.problem != "":
		return "", errors.New(w.problem)
	case w.prec < Minute || w.prec > Year:
		return "precision", fmt.Errorf("unknown precision %d", w.prec)
	case w.start.IsZero():
		return w.startField(), fmt.Errorf("missing start date")
	case w.prec.timed() && w.zone == "":
		return "zone", fmt.Errorf("a time of day needs an IANA time zone such as \"Europe/Moscow\"")
	case w.approx != 0 && w.prec != Day:
		return "approx_days", fmt.Errorf("only a day can be approximate, not a %s", w.prec)
	}
	if w.zone != "" {
		if _, err := LoadZone(w.zone); err != nil {
			return "zone", err
		}
	}
	// Every point must have a spelling the formats can read back: years
	// 0000 to 9999.
	if !w.writable(w.start) {
		return w.startField(), fmt.Errorf("%s is outside the years 0000 to 9999", w.start)
	}
	if w.IsSpan() {
		if !w.writable(w.end) {
			return "end", fmt.Errorf("%s is outside the years 0000 to 9999", w.end)
		}
		if c := w.end.Compare(w.start); c < 0 || (c == 0 && w.prec.timed() && w.endMin < w.startMin) {
			return "end", fmt.Errorf("span ends (%s) before it starts (%s)", w.appendPoint(nil, w.end, w.endMin, true), w.appendPoint(nil, w.start, w.startMin, true))
		}
	}
	return "", nil
}

// writable reports whether the year of an end of w, as its precision
// writes it, has four digits. A week is written with its ISO year, which
// can differ from the year of its Monday.
func (w When) writable(d Date) bool {
	y := d.Year()
	if w.prec == Week {
		y, _ = d.In(time.UTC).ISOWeek()
	}
	return 0 <= y && y <= 9999
}

// startField names the JSON field that holds w's start.
func (w When) startField() string {
	switch w.bound {
	case BeforeBound:
		return "before"
	case AfterBound:
		return "after"
	}
	return "start"
}

// zoneCache keeps loaded locations: time.LoadLocation reads and parses the
// zone database on every call, and Compare runs it for every timed date.
// Locations are immutable, so sharing them is safe.
var zoneCache sync.Map // string → *time.Location

// LoadZone returns the IANA time zone called name, like [time.LoadLocation],
// but rejects "" and "Local" (which mean different things on different
// machines) and caches what it loads.
func LoadZone(name string) (*time.Location, error) {
	if name == "" || name == "Local" {
		return nil, fmt.Errorf("time zone %q: want an IANA name such as \"Europe/Moscow\"", name)
	}
	if loc, ok := zoneCache.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("unknown time zone %q", name)
	}
	zoneCache.Store(name, loc)
	return loc, nil
}
