package almanac

import "fmt"

// Masa is a month of the Hindu lunisolar calendar, Chaitra (1) to
// Phalguna (12). The zero Masa is not a month.
//
// An amanta month runs from one new moon to the next and takes the name
// of the sidereal sign (rashi) the Sun is in when it begins: a month that
// begins with the Sun in Meena is Chaitra, in Mesha Vaishakha, and so on.
// When two new moons fall while the Sun is in the same sign, no sankranti
// falls in the first month: it is adhik (intercalary) and bears the name
// of the second, the nija month, which keeps the festivals. When a month
// holds two sankrantis (kshaya masa, as in 1963–64 and 1982–83), the name
// of the sign skipped is not given to any month; festivals of that month
// are kept in the month that swallowed it.
//
// A purnimanta month, the usage of North India and of Hindi papers, runs
// from full moon to full moon and ends with the full moon of the amanta
// month of the same name: its dark fortnight (krishna paksha) is the dark
// fortnight of the previous amanta month, its bright one (shukla paksha)
// the same as the amanta month's. An adhik month is inserted whole between
// the two fortnights of the purnimanta month of its name.
type Masa uint8

// The twelve months.
const (
	Chaitra Masa = iota + 1
	Vaishakha
	Jyeshtha
	Ashadha
	Shravana
	Bhadrapada
	Ashvin
	Kartika
	Margashirsha
	Pausha
	Magha
	Phalguna
)

var masaNames = [...]string{"", "Chaitra", "Vaishakha", "Jyeshtha", "Ashadha", "Shravana",
	"Bhadrapada", "Ashvin", "Kartika", "Margashirsha", "Pausha", "Magha", "Phalguna"}

// String returns the month's name in Latin letters without diacritics
// ("Chaitra", "Ashvin"), or "%!Masa(n)" for a value out of range.
func (m Masa) String() string {
	if m >= Chaitra && m <= Phalguna {
		return masaNames[m]
	}
	return fmt.Sprintf("%%!Masa(%d)", uint8(m))
}

// Paksha is a fortnight of a lunar month. The zero Paksha is not one.
type Paksha uint8

// The two fortnights.
const (
	Shukla  Paksha = iota + 1 // bright fortnight: new moon to full moon
	Krishna                   // dark fortnight: full moon to new moon
)

// String returns "Shukla" or "Krishna", or "%!Paksha(n)" out of range.
func (p Paksha) String() string {
	switch p {
	case Shukla:
		return "Shukla"
	case Krishna:
		return "Krishna"
	}
	return fmt.Sprintf("%%!Paksha(%d)", uint8(p))
}

// Scheme says where a lunar month begins.
type Scheme uint8

// The two month schemes. The zero Scheme is Purnimanta, the usage of
// Hindi papers.
const (
	Purnimanta Scheme = iota // months end at the full moon (North India)
	Amanta                   // months end at the new moon (South and West India)
)

// String returns "Purnimanta" or "Amanta".
func (s Scheme) String() string {
	switch s {
	case Purnimanta:
		return "Purnimanta"
	case Amanta:
		return "Amanta"
	}
	return fmt.Sprintf("%%!Scheme(%d)", uint8(s))
}

// signAtNewMoon returns the sidereal sign of the Sun at the new moon that
// begins lunation k. The Keplerian Sun (good to 0.01°) decides unless the
// Sun is within 0.05° of a sign's edge, when VSOP87 does.
func signAtNewMoon(k int) rashi {
	t := phase(k, false)
	l, r := sunKepler(t)
	approx := norm360(l - aberration/r - ayanamsa(t))
	if x := approx - 30*floor(approx/30); x > 0.05 && x < 29.95 {
		return rashi(approx / 30)
	}
	return rashi(siderealSun(t) / 30)
}

// masaOfSign is the name of an amanta month that begins with the Sun in s.
func masaOfSign(s rashi) Masa { return Masa((int(s)+1)%12 + 1) }

// signOfMasa is the sign the Sun is in when month m begins.
func signOfMasa(m Masa) rashi { return rashi((int(m) + 10) % 12) }

// cycleMonth finds amanta month m of the lunisolar year (cycle) that
// begins in the spring of Gregorian year cycle: Chaitra of cycle Y begins
// in March or April of Y, Phalguna ends in March or April of Y+1. It
// returns the lunation (new moon) that begins the month: the nija month if
// adhik is false, the adhik month if adhik is true (ok is false if that
// year has no adhik m). For a kshaya m it returns the month that absorbed
// it.
func cycleMonth(m Masa, adhik bool, cycle int) (k int, ok bool) {
	s := signOfMasa(m)
	// The Sun enters s about this many days after 14 April of cycle.
	days := float64((int(s)+12-int(mesha))%12) * 365.25636 / 12
	if s == meena {
		days -= 365.25636
	}
	entry := istMidnight(Date{cycle, 4, 14}).tt() + tt(days+float64(cycleDrift(cycle)))
	k = lunationNear(entry + 15)
	// Walk to the first lunation whose new moon has the Sun in s or past
	// it. sign(k) is 6 for s, less before it, more after; a few lunations
	// around k are looked at, each once.
	var memo [8]int8
	base := k - 4
	sign := func(j int) int {
		i := j - base
		if i < 0 || i >= len(memo) {
			return (int(signAtNewMoon(j)) - int(s) + 18) % 12
		}
		if memo[i] == 0 {
			memo[i] = int8((int(signAtNewMoon(j))-int(s)+18)%12) + 1
		}
		return int(memo[i]) - 1
	}
	for sign(k) < 6 {
		k++
	}
	for sign(k-1) >= 6 {
		k--
	}
	// Now lunation k is the first to begin with the Sun in s or beyond.
	if sign(k) > 6 { // kshaya: no month begins in s; k−1 holds it.
		return k - 1, !adhik
	}
	if sign(k+1) == 6 { // two new moons in s: k is adhik, k+1 nija
		if adhik {
			return k, true
		}
		return k + 1, true
	}
	return k, !adhik
}

// cycleDrift is the slow drift of sankranti dates in days relative to
// 2000 (a day in about 70 years); it only sharpens the first guess.
func cycleDrift(year int) int { return (year - 2000) / 70 }

// monthName returns the amanta name of lunation k and whether it is adhik.
func monthName(k int) (m Masa, adhik bool) {
	s := signAtNewMoon(k)
	return masaOfSign(s), signAtNewMoon(k+1) == s
}
