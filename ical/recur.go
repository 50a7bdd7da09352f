package ical

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/teambition/rrule-go"
)

// Recurrence rules are expanded by github.com/teambition/rrule-go, a port
// of python-dateutil's rrule, which implements RFC 5545's BYxxx rules in
// full. Everything here is what the library does not do for a file from
// anywhere: a strict reader of the RRULE value with messages that name the
// part at fault, and guards that keep a hostile rule from hanging or
// flooding the decoder:
//
//   - rrule-go loops forever on a sub-daily rule whose interval never
//     lands on its BYHOUR, BYMINUTE or BYSECOND (FREQ=SECONDLY;INTERVAL=2;
//     BYSECOND=1 from an even second: measured, the first occurrence never
//     returns); such a rule is refused, and a sparse one is capped by the
//     steps it costs;
//   - it looks for the next occurrence up to the year 9999, so a rule that
//     never matches again (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) runs through
//     eight thousand years of days: a cheap yearly probe refuses a rule
//     whose days never come, every rule is run 400·k years later than
//     written (the Gregorian calendar repeats every 400 years, weekdays and
//     leap years included), so that year 9999 is at most 400 years past
//     the end of the window, and the periods it steps through are charged
//     to the file's budget, matching or not;
//   - it builds each period's occurrences at once, so a rule whose period
//     holds hundreds of thousands of them (every second of every day of a
//     year) is refused before it is built.
//
// All rules are expanded in a "wall clock" frame: times as written, in
// UTC's location, so that no DST change moves them; the caller turns each
// wall clock into an instant in the event's zone.

// Limits of recurrence expansion.
const (
	// maxRuleSteps bounds the occurrences rrule-go is asked for per rule,
	// those before the window included; a sub-daily rule's occurrences
	// cost what its inner loop runs. A daily rule over a century is under
	// 37,000 steps.
	maxRuleSteps = 1_000_000
	// maxTotalSteps bounds the steps of all rules in one file: the
	// periods rrule-go steps through, matching or not, and the
	// occurrences it gives. About a second of work at worst; an honest
	// file spends a fraction (a daily series over 37 years is 13,500).
	maxTotalSteps = 5_000_000
	// maxPeriodSize bounds the occurrences rrule-go builds for one period
	// (a year of a YEARLY rule).
	maxPeriodSize = 20_000
)

// recurrence is an RRULE read from its value.
type recurrence struct {
	opt rrule.ROption
	// until is UNTIL as written, for the caller to read in the event's
	// frame ("" when absent); count is COUNT (0 when absent).
	until string
	count int
	// ignored lists parts the rule had that are not applied (X- parts).
	ignored []string
}

var freqs = map[string]rrule.Frequency{
	"YEARLY": rrule.YEARLY, "MONTHLY": rrule.MONTHLY, "WEEKLY": rrule.WEEKLY, "DAILY": rrule.DAILY,
	"HOURLY": rrule.HOURLY, "MINUTELY": rrule.MINUTELY, "SECONDLY": rrule.SECONDLY,
}

var weekdays = map[string]rrule.Weekday{
	"MO": rrule.MO, "TU": rrule.TU, "WE": rrule.WE, "TH": rrule.TH, "FR": rrule.FR, "SA": rrule.SA, "SU": rrule.SU,
}

// parseRecurrence reads an RRULE value (RFC 5545 section 3.3.10).
func parseRecurrence(v string) (*recurrence, error) {
	r := &recurrence{}
	seen := map[string]bool{}
	for _, part := range strings.Split(strings.TrimSpace(v), ";") {
		if part == "" {
			continue
		}
		name, val, ok := strings.Cut(part, "=")
		name = strings.ToUpper(strings.TrimSpace(name))
		if !ok || val == "" {
			return nil, fmt.Errorf("%q: want NAME=value", clip(part))
		}
		if seen[name] {
			return nil, fmt.Errorf("%s given twice", name)
		}
		seen[name] = true
		val = strings.ToUpper(strings.TrimSpace(val))
		var err error
		switch name {
		case "FREQ":
			f, ok := freqs[val]
			if !ok {
				return nil, fmt.Errorf("FREQ=%s: unknown frequency", clip(val))
			}
			r.opt.Freq = f
		case "INTERVAL":
			r.opt.Interval, err = ruleInt(name, val, 1, 1_000_000)
		case "COUNT":
			r.count, err = ruleInt(name, val, 1, 1<<31-1)
			r.opt.Count = r.count
		case "UNTIL":
			r.until = val
		case "WKST":
			w, ok := weekdays[val]
			if !ok {
				return nil, fmt.Errorf("WKST=%s: not a weekday", clip(val))
			}
			r.opt.Wkst = w
		case "BYSECOND":
			r.opt.Bysecond, err = ruleInts(name, val, 0, 60, false)
		case "BYMINUTE":
			r.opt.Byminute, err = ruleInts(name, val, 0, 59, false)
		case "BYHOUR":
			r.opt.Byhour, err = ruleInts(name, val, 0, 23, false)
		case "BYMONTHDAY":
			r.opt.Bymonthday, err = ruleInts(name, val, 1, 31, true)
		case "BYYEARDAY":
			r.opt.Byyearday, err = ruleInts(name, val, 1, 366, true)
		case "BYWEEKNO":
			r.opt.Byweekno, err = ruleInts(name, val, 1, 53, true)
		case "BYMONTH":
			r.opt.Bymonth, err = ruleInts(name, val, 1, 12, false)
		case "BYSETPOS":
			r.opt.Bysetpos, err = ruleInts(name, val, 1, 366, true)
		case "BYDAY":
			for _, d := range strings.Split(val, ",") {
				d = strings.TrimSpace(d)
				if len(d) < 2 {
					return nil, fmt.Errorf("BYDAY=%s: %q is not a weekday", clip(val), d)
				}
				w, ok := weekdays[d[len(d)-2:]]
				if !ok {
					return nil, fmt.Errorf("BYDAY=%s: %q is not a weekday", clip(val), d)
				}
				if n := d[:len(d)-2]; n != "" {
					k, err := strconv.Atoi(n)
					if err != nil || k == 0 || k < -53 || k > 53 {
						return nil, fmt.Errorf("BYDAY=%s: %q: want a week number from -53 to 53, not 0", clip(val), d)
					}
					w = w.Nth(k)
				}
				r.opt.Byweekday = append(r.opt.Byweekday, w)
			}
		case "RSCALE":
			if val != "GREGORIAN" {
				return nil, fmt.Errorf("RSCALE=%s: only the Gregorian calendar is supported", clip(val))
			}
		case "SKIP":
			r.ignored = append(r.ignored, name)
		default:
			if !strings.HasPrefix(name, "X-") {
				return nil, fmt.Errorf("unknown part %s", clip(name))
			}
			r.ignored = append(r.ignored, name)
		}
		if err != nil {
			return nil, err
		}
	}
	if !seen["FREQ"] {
		return nil, errors.New("no FREQ")
	}
	if r.opt.Interval == 0 {
		r.opt.Interval = 1
	}
	return r, nil
}

func ruleInt(name, v string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s=%s: want a number from %d to %d", name, clip(v), lo, hi)
	}
	return n, nil
}

// ruleInts reads a BYxxx list; signed allows -hi to -lo as well.
func ruleInts(name, v string, lo, hi int, signed bool) ([]int, error) {
	parts := strings.Split(v, ",")
	if len(parts) > 400 {
		return nil, fmt.Errorf("%s: %d values, more than any rule can use", name, len(parts))
	}
	out := make([]int, 0, len(parts))
	for _, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		ok := err == nil && (n >= lo && n <= hi || signed && n <= -lo && n >= -hi)
		if !ok {
			want := fmt.Sprintf("from %d to %d", lo, hi)
			if signed {
				want = fmt.Sprintf("from %d to %d or %d to %d", lo, hi, -hi, -lo)
			}
			return nil, fmt.Errorf("%s=%s: %q: want a number %s", name, clip(v), p, want)
		}
		// rrule-go has no leap second; 60 means the minute's last second.
		if n == 60 && name == "BYSECOND" {
			n = 59
		}
		out = append(out, n)
	}
	return out, nil
}

// expansion is what expand found.
type expansion struct {
	// occ are the wall clocks of the occurrences in the window, at most
	// the cap, in order.
	occ []time.Time
	// before counts occurrences before the window; capped is set when
	// occurrences in the window were left out for a limit (the cap or the
	// steps); later is set when the rule goes on after the window.
	before int
	capped bool
	later  bool
	// never is set when the rule has no occurrence at all after its start.
	never bool
}

// expand runs the rule opt (Dtstart and Until set, in the wall frame) and
// returns its occurrences in [lo, hi), at most max of them. steps is the
// file's remaining budget of steps; expand takes what it uses from it.
func expand(opt rrule.ROption, lo, hi time.Time, max int, steps *int) (x expansion, err error) {
	defer func() {
		// rrule-go is third-party code run on any input: a panic in it
		// is an error for this event, not a crash of the decoder.
		if p := recover(); p != nil {
			x, err = expansion{}, fmt.Errorf("the recurrence library failed on this rule: %v", p)
		}
	}()
	cost, err := stepCost(opt)
	if err != nil {
		return x, err
	}
	if n := periodSize(opt); n > maxPeriodSize {
		return x, fmt.Errorf("the rule makes %d occurrences in each %s, more than the limit of %d", n, strings.ToLower(opt.Freq.String()), maxPeriodSize)
	}
	// rrule-go steps through every period from DTSTART, whether or not
	// the period has an occurrence: a rule from the year 1 that never
	// matches (FREQ=DAILY;INTERVAL=7;BYDAY=MO from a Tuesday) spins
	// through two thousand years before the window ends. Those periods
	// are charged to the file's budget before the rule runs.
	span := periods(opt, hi)
	if span > *steps {
		return x, fmt.Errorf("the rule would step through %d %s periods before the window ends, more than the steps left for this file", span, strings.ToLower(opt.Freq.String()))
	}
	*steps -= span
	budget := min(maxRuleSteps, *steps)
	// Run the rule 400·k years later, so that rrule-go's search ends at
	// most about 400 years after hi (see above).
	shift := 0
	if y := hi.Year(); y < 9999-400 {
		shift = (9999 - 1 - y) / 400 * 400
	}
	opt.Dtstart = opt.Dtstart.AddDate(shift, 0, 0)
	if !opt.Until.IsZero() {
		opt.Until = opt.Until.AddDate(shift, 0, 0)
	}
	if never, err := neverAgain(opt); err != nil {
		return x, err
	} else if never {
		x.never = true
		return x, nil
	}
	r, err := rrule.NewRRule(opt)
	if err != nil {
		return x, err
	}
	next := r.Iterator()
	used := 0
	defer func() { *steps -= used }()
	for {
		if used+cost > budget {
			x.capped = true
			return x, nil
		}
		t, ok := next()
		used += cost
		if !ok {
			if opt.Count == 0 {
				// The rule ran out of occurrences: rrule-go looked for
				// the next one up to the year 9999, at most 400 years
				// past the window. Charge those periods too, so that a
				// file of such rules stops being expanded in time.
				tail := opt
				tail.Dtstart = hi.AddDate(shift, 0, 0)
				used += periods(tail, time.Date(9999, time.December, 31, 0, 0, 0, 0, time.UTC))
			}
			return x, nil
		}
		t = t.AddDate(-shift, 0, 0)
		switch {
		case !t.Before(hi):
			x.later = true
			return x, nil
		case t.Before(lo):
			x.before++
		case len(x.occ) >= max:
			x.capped = true
			return x, nil
		default:
			x.occ = append(x.occ, t)
		}
	}
}

// periods returns how many periods of opt rrule-go steps through from
// DTSTART to hi: years, months, weeks or days (a sub-daily rule skips a
// filtered day in one step).
func periods(opt rrule.ROption, hi time.Time) int {
	d := hi.Sub(opt.Dtstart)
	if d <= 0 {
		return 0
	}
	days := int(d.Hours()/24) + 1
	var n int
	switch opt.Freq {
	case rrule.YEARLY:
		n = days/365 + 1
	case rrule.MONTHLY:
		n = days/28 + 1
	case rrule.WEEKLY:
		n = days/7 + 1
	default:
		n = days
	}
	return n/max(opt.Interval, 1) + 1
}

// stepCost returns what one occurrence of a sub-daily rule costs rrule-go,
// in steps of its inner loop, or 1 for a daily or longer rule; an error
// when the loop would never end: rrule-go steps the hour (minute, second)
// of the day by INTERVAL until it is in BYHOUR (and BYMINUTE, BYSECOND),
// and from DTSTART it reaches only the times of day that differ from
// DTSTART's by a multiple of gcd(INTERVAL, the day's length in units).
func stepCost(opt rrule.ROption) (int, error) {
	var unit, day int
	switch opt.Freq {
	case rrule.HOURLY:
		unit, day = 3600, 24
	case rrule.MINUTELY:
		unit, day = 60, 1440
	case rrule.SECONDLY:
		unit, day = 1, 86400
	default:
		return 1, nil
	}
	if len(opt.Byhour)+len(opt.Byminute)+len(opt.Bysecond) == 0 {
		return 1, nil
	}
	interval := max(opt.Interval, 1)
	g := gcd(interval, day)
	h, m, s := opt.Dtstart.Clock()
	p0 := (h*3600 + m*60 + s) / unit
	in := func(list []int, v int) bool {
		if len(list) == 0 {
			return true
		}
		for _, x := range list {
			if x == v {
				return true
			}
		}
		return false
	}
	reach, match := 0, 0
	for p := p0 % g; p < day; p += g {
		reach++
		sec := p * unit
		ok := in(opt.Byhour, sec/3600)
		if unit <= 60 {
			ok = ok && in(opt.Byminute, sec/60%60)
		}
		if unit == 1 {
			ok = ok && in(opt.Bysecond, sec%60)
		}
		if ok {
			match++
		}
	}
	if match == 0 {
		return 0, fmt.Errorf("FREQ=%s;INTERVAL=%d never reaches its BYHOUR, BYMINUTE or BYSECOND from DTSTART's time of day", opt.Freq, interval)
	}
	return max(1, reach/match), nil
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// periodSize returns how many occurrences rrule-go builds at most for one
// period of opt: the days it spans times the times of day in each.
func periodSize(opt rrule.ROption) int {
	n := func(list []int) int { return max(1, len(list)) }
	days := 1
	switch opt.Freq {
	case rrule.YEARLY:
		days = 366
	case rrule.MONTHLY:
		days = 31
	case rrule.WEEKLY:
		days = 7
	}
	switch opt.Freq {
	case rrule.HOURLY:
		return n(opt.Byminute) * n(opt.Bysecond)
	case rrule.MINUTELY:
		return n(opt.Bysecond)
	case rrule.SECONDLY:
		return 1
	}
	return days * n(opt.Byhour) * n(opt.Byminute) * n(opt.Bysecond)
}

// allDays holds the weekdays without a week number, by rrule-go's index.
var allDays = [7]rrule.Weekday{rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU}

// neverAgain reports whether a daily or shorter rule's days never come
// after its start: for such a rule, BYMONTH, BYWEEKNO, BYYEARDAY,
// BYMONTHDAY and BYDAY only filter days, and a yearly rule with the same
// filters, which rrule-go runs one year per step, has the same days.
func neverAgain(opt rrule.ROption) (bool, error) {
	if opt.Freq < rrule.DAILY || len(opt.Byweekno)+len(opt.Byyearday)+len(opt.Bymonthday)+len(opt.Byweekday) == 0 {
		return false, nil
	}
	probe := rrule.ROption{
		Freq: rrule.YEARLY, Dtstart: time.Date(opt.Dtstart.Year(), opt.Dtstart.Month(), opt.Dtstart.Day(), 0, 0, 0, 0, time.UTC),
		Count: 1, Wkst: opt.Wkst, Bymonth: opt.Bymonth, Byweekno: opt.Byweekno, Byyearday: opt.Byyearday,
		Bymonthday: opt.Bymonthday, Byhour: []int{0}, Byminute: []int{0}, Bysecond: []int{0},
	}
	for _, w := range opt.Byweekday {
		probe.Byweekday = append(probe.Byweekday, allDays[w.Day()])
	}
	r, err := rrule.NewRRule(probe)
	if err != nil {
		return false, err
	}
	_, ok := r.Iterator()()
	return !ok, nil
}
