package almanac

// The Hindu day runs from sunrise to sunrise at New Delhi. A tithi
// "prevails" on the civil day at whose sunrise it is current (udaya
// tithi); festivals whose rite belongs to another part of the day are
// kept on the day whose part of that name the tithi covers. The parts
// used here, as the dharmashastra digests (Nirnaya Sindhu, Dharma Sindhu)
// and drikpanchang define them:
//
//   - the daytime (sunrise to sunset) in five equal parts: pratah,
//     sangava, madhyahna (midday, the third), aparahna (afternoon, the
//     fourth) and sayahna;
//   - purvahna, the forenoon: sunrise to the middle of the daytime;
//   - pradosh: from sunset for 6 ghatis (144 minutes);
//   - nishita: the 8th of the night's 15 muhurtas, centred on the middle
//     of the night (sunset to next sunrise).

// span is a half-open interval of instants [start, end).
type span struct{ start, end ut }

// overlap returns how many days of s fall inside w (0 if none).
func (s span) overlap(w span) float64 {
	a, b := max(s.start, w.start), min(s.end, w.end)
	if b <= a {
		return 0
	}
	return float64(b - a)
}

func (s span) contains(t ut) bool { return s.start <= t && t < s.end }

const (
	ghati   = 24.0 / 1440 // 24 minutes, in days
	muhurta = 2 * ghati
)

// A dayPart returns the window of a civil day that a rule looks at.
type dayPart func(Date) span

func daytimePart(i int) dayPart {
	return func(d Date) span {
		rise, set := sunrise(d), sunset(d)
		l := (set - rise) / 5
		return span{rise + ut(i)*l, rise + ut(i+1)*l}
	}
}

var (
	madhyahna = daytimePart(2)
	aparahna  = daytimePart(3)
)

func purvahna(d Date) span {
	rise, set := sunrise(d), sunset(d)
	return span{rise, (rise + set) / 2}
}

func pradosh(d Date) span {
	set := sunset(d)
	return span{set, set + 6*ghati}
}

func nishita(d Date) span {
	set, rise := sunset(d), sunrise(d.AddDays(1))
	mid, m := (set+rise)/2, (rise-set)/30
	return span{mid - m, mid + m}
}

// coverage lists the civil days whose part p overlaps tithi s, with how
// much of it, in date order.
type covered struct {
	day Date
	amt float64
}

func coverage(s span, p dayPart) []covered {
	var out []covered
	first := istDate(s.start).AddDays(-1)
	last := istDate(s.end).AddDays(1)
	for d := first; d.Compare(last) <= 0; d = d.AddDays(1) {
		// Every part of civil day d lies between two hours before its
		// midnight and four hours after the next (arunodaya to nishita);
		// skip the days the tithi cannot reach before computing sunrises.
		if m := istMidnight(d); s.end <= m-2.0/24 || s.start >= m+1+4.0/24 {
			continue
		}
		if a := s.overlap(p(d)); a > 0 {
			out = append(out, covered{d, a})
		}
	}
	return out
}

// udaya returns the civil day at whose sunrise tithi s prevails. A tithi
// current at two sunrises (vriddhi) gives the first day, with the second
// as alt; a tithi current at none (kshaya: it begins after one sunrise and
// ends before the next) gives the day on which it begins and ends, the
// day the panchang lists it under.
func udaya(s span) (d, alt Date) { return udayaBy(s, sunrise) }

// udayaBy is udaya with the sunrise function given, so that callers
// trying several spans can share one table of sunrises.
func udayaBy(s span, rise func(Date) ut) (d, alt Date) {
	day := istDate(s.start)
	if rise(day) < s.start {
		day = day.AddDays(1)
	}
	if rise(day) >= s.end { // kshaya
		return day.AddDays(-1), Date{}
	}
	if next := day.AddDays(1); rise(next) < s.end {
		return day, next
	}
	return day, Date{}
}

// riseTable remembers the sunrises of a few consecutive days.
type riseTable struct {
	first Date
	rise  [6]ut
}

// newRiseTable computes the sunrises of the six days from first.
func newRiseTable(first Date) *riseTable {
	r := &riseTable{first: first}
	for i := range r.rise {
		r.rise[i] = sunrise(first.AddDays(i))
	}
	return r
}

// at returns the sunrise of day d, from the table if it holds d.
func (r *riseTable) at(d Date) ut {
	if i := d.dayNumber() - r.first.dayNumber(); i >= 0 && i < len(r.rise) {
		return r.rise[i]
	}
	return sunrise(d)
}
