package hindidate

import (
	"sync"

	"github.com/samayrekha/samayrekha/internal/almanac"
)

// Dates of the Hindu calendar as Hindi papers print them:
//
//   - Years of the Vikram and Shaka eras: "विक्रम संवत 2082", "संवत्
//     2082" (Vikram, as North India counts), "शक संवत 1947". A samvat
//     year begins on Chaitra Shukla Pratipada, in March or April, and
//     runs to the day before the next one: "विक्रम संवत 2082" is [30 March
//     2025, 19 March 2026) with granularity Day.
//   - Tithis: a month, a fortnight and a lunar day, "कार्तिक शुक्ल
//     पंचमी", "भाद्रपद कृष्ण अष्टमी", "चैत्र मास की शुक्ल प्रतिपदा",
//     "माघ पूर्णिमा", "कार्तिक अमावस्या" (पूर्णिमा is the fifteenth of the
//     bright fortnight, अमावस्या of the dark one). Months are named
//     purnimanta, as Hindi papers name them. A tithi is the civil day at
//     whose sunrise it prevails in New Delhi (internal/almanac): the
//     occurrence nearest to ref, or the one in the samvat year written
//     after it ("कार्तिक शुक्ल पंचमी, विक्रम संवत 2082"). A tithi current
//     at two sunrises is Ambiguous, with the second day as the
//     alternative.

// hinduRows returns the lexicon rows of the Hindu calendar.
func hinduRows() []lexRow {
	return []lexRow{
		{"चैत्र चैत", lexEntry{masa: 1}},
		{"वैशाख बैसाख बैशाख", lexEntry{masa: 2}},
		{"ज्येष्ठ जेठ", lexEntry{masa: 3}},
		{"आषाढ़ आषाढ असाढ़", lexEntry{masa: 4}},
		{"श्रावण सावन श्रावन", lexEntry{masa: 5}},
		{"भाद्रपद भादो भादों भाद्रपक्ष", lexEntry{masa: 6}},
		{"आश्विन अश्विन आसोज क्वार", lexEntry{masa: 7}},
		{"कार्तिक कातिक", lexEntry{masa: 8}},
		{"मार्गशीर्ष अगहन", lexEntry{masa: 9}},
		{"पौष पूस", lexEntry{masa: 10}},
		{"माघ", lexEntry{masa: 11}},
		{"फाल्गुन फागुन", lexEntry{masa: 12}},
		{"शुक्ल शुक्ला सुदी", lexEntry{paksha: 1}},
		{"कृष्ण कृष्णा बदी वदी", lexEntry{paksha: 2}},
		{"प्रतिपदा प्रथमा पड़वा परेवा", lexEntry{tithi: 1}},
		{"द्वितीया दूज", lexEntry{tithi: 2}},
		{"तृतीया तीज", lexEntry{tithi: 3}},
		{"चतुर्थी चौथ", lexEntry{tithi: 4}},
		{"पंचमी", lexEntry{tithi: 5}},
		{"षष्ठी षष्टी छठ", lexEntry{tithi: 6}},
		{"सप्तमी", lexEntry{tithi: 7}},
		{"अष्टमी", lexEntry{tithi: 8}},
		{"नवमी", lexEntry{tithi: 9}},
		{"दशमी", lexEntry{tithi: 10}},
		{"एकादशी ग्यारस", lexEntry{tithi: 11}},
		{"द्वादशी बारस", lexEntry{tithi: 12}},
		{"त्रयोदशी तेरस", lexEntry{tithi: 13}},
		{"चतुर्दशी चौदस", lexEntry{tithi: 14}},
		{"पूर्णिमा पूनम पूर्णमासी पूर्णिमासी", lexEntry{tithi: 15, tithiPK: 1}},
		{"अमावस्या अमावस अमावास्या अमावसी", lexEntry{tithi: 15, tithiPK: 2}},
		{"विक्रम विक्रमी", lexEntry{samvat: 1}},
		{"शक", lexEntry{samvat: 2}},
		{"संवत संवत्", lexEntry{samvat: 3}},
	}
}

// samvatAt parses "विक्रम संवत 2082", "संवत् 2082", "शक संवत 1947" at t:
// the era, the year and the end.
func (c *ctx) samvatAt(t token) (era almanac.Era, n, end int, ok bool) {
	if t.lx == nil || t.lx.samvat == 0 {
		return 0, 0, 0, false
	}
	era = almanac.VikramSamvat
	u := t
	if t.lx.samvat != 3 {
		if t.lx.samvat == 2 {
			era = almanac.ShakaSamvat
		}
		u = c.next(t.End)
		if u.lx == nil || u.lx.samvat != 3 {
			return 0, 0, 0, false
		}
	}
	v := c.next(u.End)
	if v.Kind != tNum || v.Digits != 4 || v.Value < 1000 {
		return 0, 0, 0, false
	}
	return era, v.Value, v.End, true
}

// samvat parses a samvat year: the span from its first day to the next.
func (c *ctx) samvat(t token) (atom, bool) {
	era, n, end, ok := c.samvatAt(t)
	if !ok {
		return atom{}, false
	}
	start, stop, err := samvatYear(era, n)
	if err != nil {
		c.fail(t.Start, end, "the year is outside the almanac's range")
		return atom{}, false
	}
	z := daysFromCivil(start.Year, int(start.Month), start.Day)
	z2 := daysFromCivil(stop.Year, int(stop.Month), stop.Day)
	return atom{start: t.Start, end: end, kind: akDate, d: c.days(z, z2-z, Day)}, true
}

// tithi parses a tithi that begins with a month name at t.
func (c *ctx) tithi(t token) (atom, bool) {
	tt := almanac.Tithi{Masa: almanac.Masa(t.lx.masa)}
	u := c.next(t.End)
	if u.lx != nil && u.lx.unit == uMonth || u.Kind == tWord && c.s[u.Start:u.End] == "मास" { // "चैत्र मास की"
		u = c.next(u.End)
		if u.isFW(fwKi) || u.isFW(fwKe) {
			u = c.next(u.End)
		}
	}
	if u.lx != nil && u.lx.paksha != 0 {
		tt.Paksha = almanac.Paksha(u.lx.paksha)
		u = c.next(u.End)
		if u.Kind == tWord && c.s[u.Start:u.End] == "पक्ष" {
			u = c.next(u.End)
			if u.isFW(fwKi) || u.isFW(fwKe) {
				u = c.next(u.End)
			}
		}
	}
	if u.lx == nil || u.lx.tithi == 0 {
		return atom{}, false
	}
	tt.Day = int(u.lx.tithi)
	if pk := almanac.Paksha(u.lx.tithiPK); pk != 0 {
		if tt.Paksha != 0 && tt.Paksha != pk {
			return atom{}, false // "शुक्ल अमावस्या" is no tithi
		}
		tt.Paksha = pk
	}
	if tt.Paksha == 0 {
		return atom{}, false // "कार्तिक पंचमी": which fortnight?
	}
	end := u.End
	// A samvat year after it: "कार्तिक शुक्ल पंचमी, विक्रम संवत 2082".
	v := c.next(end)
	if v.Is(',') {
		v = c.next(v.End)
	}
	if era, n, send, ok := c.samvatAt(v); ok {
		days := tithiDays(tt, era, n)
		if len(days) == 0 {
			c.fail(t.Start, send, "no such tithi in that year")
			return atom{}, false
		}
		return c.tithiAtom(t.Start, send, days[0]), true
	}
	best, bestDist := almanac.TithiDay{}, -1
	for y := c.ry - 1; y <= c.ry+1; y++ {
		for _, td := range tithiDays(tt, almanac.Gregorian, y) {
			z := daysFromCivil(td.Date.Year, int(td.Date.Month), td.Date.Day)
			if dist := abs(z - c.rday); bestDist < 0 || dist < bestDist {
				best, bestDist = td, dist
			}
		}
	}
	if bestDist < 0 {
		return atom{}, false
	}
	a := c.tithiAtom(t.Start, end, best)
	a.generic = true
	return a, true
}

func (c *ctx) tithiAtom(start, end int, td almanac.TithiDay) atom {
	z := daysFromCivil(td.Date.Year, int(td.Date.Month), td.Date.Day)
	a := atom{start: start, end: end, kind: akDate, d: c.days(z, 1, Day), single: true}
	if !td.Alt.IsZero() {
		o := c.days(daysFromCivil(td.Alt.Year, int(td.Alt.Month), td.Alt.Day), 1, Day)
		a.d.Ambiguous, a.d.AltStart, a.d.AltEnd = true, o.Start, o.End
	}
	_, a.mon, a.day = civilFromDays(z)
	return a
}

// The cache of tithi days, as festCache.
var tithiCache = struct {
	sync.RWMutex
	m map[int64][]almanac.TithiDay
}{m: map[int64][]almanac.TithiDay{}}

// tithiDays returns almanac.TithiDays(t, Purnimanta, e, y), computed once.
func tithiDays(t almanac.Tithi, e almanac.Era, y int) []almanac.TithiDay {
	key := int64(t.Masa)<<40 | int64(t.Paksha)<<36 | int64(t.Day)<<28 | int64(e)<<24 | int64(y&0xFFFFFF)
	tithiCache.RLock()
	days, ok := tithiCache.m[key]
	tithiCache.RUnlock()
	if ok {
		return days
	}
	days, err := almanac.TithiDays(t, almanac.Purnimanta, e, y)
	if err != nil {
		return nil // a year out of range: cheap to refuse again, not kept
	}
	tithiCache.Lock()
	tithiCache.m[key] = days
	tithiCache.Unlock()
	return days
}

// The cache of samvat years, as festCache.
var samvatCache = struct {
	sync.RWMutex
	m map[int32][2]almanac.Date
}{m: map[int32][2]almanac.Date{}}

// samvatYear returns almanac.SamvatYear(e, n), computed once.
func samvatYear(e almanac.Era, n int) (start, end almanac.Date, err error) {
	key := int32(e)<<24 | int32(n&0xFFFFFF)
	samvatCache.RLock()
	v, ok := samvatCache.m[key]
	samvatCache.RUnlock()
	if ok {
		return v[0], v[1], nil
	}
	start, end, err = almanac.SamvatYear(e, n)
	if err != nil {
		return start, end, err // out of range: cheap to refuse again, not kept
	}
	samvatCache.Lock()
	samvatCache.m[key] = [2]almanac.Date{start, end}
	samvatCache.Unlock()
	return start, end, nil
}
