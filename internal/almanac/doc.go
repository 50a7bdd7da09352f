// Package almanac computes the civil dates of India's movable festivals
// and of tithis as papers print them, for the years 1950–2100, from the
// positions of the Sun and Moon. Nothing is tabulated: a festival's day
// follows from new and full moons, tithi boundaries, sankrantis and
// sunrises, by the rule its constant documents. Package hindidate uses it
// to read "दिवाली", "होली 2027" or "कार्तिक शुक्ल पंचमी".
//
//	obs, err := almanac.Observances(almanac.Diwali, 2024) // 2024-10-31, Alt 2024-11-01
//	days, err := almanac.TithiDays(almanac.Tithi{Masa: almanac.Magha, Paksha: almanac.Shukla, Day: 15},
//		almanac.Purnimanta, almanac.VikramSamvat, 2081) // माघ पूर्णिमा, VS 2081: 2025-02-12
//
// # Astronomy
//
// The Sun's longitude comes from VSOP87 (truncated as in Meeus's
// Astronomical Algorithms, appendix III) with nutation and aberration;
// the Moon's from the main terms of ELP-2000/82 (Meeus chapter 47); new
// and full moons from Meeus chapter 49; ΔT from Espenak and Meeus. Over
// 1950–2100 they agree with PyEphem to 0.6 minutes for moon phases, 0.7
// minutes for equinoxes and solstices and a few seconds for sunrise (see
// ephem_test.go), so tithi boundaries are good to about a minute.
//
// # Conventions
//
//   - Place and time. Days are civil days in IST (UTC+5:30); sunrise,
//     sunset and moonrise are those of New Delhi (28.6139° N, 77.2090° E),
//     with the Sun's upper limb on the horizon and standard refraction,
//     as the Government of India's calendars and most panchangs use.
//   - Tithi. The Moon gains 12° on the Sun in a tithi. A civil day is
//     named by the tithi current at its sunrise (udaya tithi); a tithi
//     current at two sunrises (vriddhi) names both, one current at none
//     (kshaya) is listed under the day it falls in (see [TithiDays]).
//     Festivals whose rite belongs to another part of the day (midday,
//     afternoon, pradosh after sunset, nishita at midnight, moonrise)
//     follow that part instead; each [Festival] constant says which.
//   - Sidereal zodiac. Sankrantis, and so the names of months, use the
//     Lahiri (Chitrapaksha) ayanamsa: 23°15′00.658″ on 21 March 1956,
//     growing with the IAU 1976 precession, as Swiss Ephemeris defines it.
//     Published panchangs put sankrantis up to a quarter of an hour later;
//     a sankranti that close to its deciding sunrise or sunset gives an
//     Ambiguous day.
//   - Months. Internally a month is amanta: new moon to new moon, named
//     by the sign the Sun is in at the new moon that begins it (Chaitra
//     begins with the Sun in Meena). A month with no sankranti is adhik
//     (intercalary) and bears the next month's name; festivals fall in
//     the nija (regular) month. Hindi papers name months purnimanta, from
//     full moon to full moon, which changes the name of the dark fortnight
//     only: purnimanta Bhadrapada Krishna 8 (Janmashtami) is amanta
//     Shravana Krishna 8. [Tithi] takes either [Scheme].
//   - Years. Vikram and Shaka Samvat years begin on Chaitra Shukla
//     Pratipada (see [Era]).
//
// # Festivals and authorities
//
// [Observances] returns the day the Government of India's (DoPT) holiday
// list for Delhi keeps. Where calendars keep another day (Janmashtami's
// smarta and vaishnava days, an amavasya spanning two evenings at
// Diwali, a sankranti after sunset, a tithi ending minutes from sunrise),
// the other day is in [Observance.Alt] and the observance is
// [Observance.Ambiguous]. Islamic days depend on sighting the new
// crescent; they are predicted for New Delhi and always
// [Observance.Approximate]: ±1 day. festival_test.go checks 420 days
// from holiday lists of 2010–2026 and newspapers quoting panchangs, and
// documents every mismatch; tithi_test.go checks tithi boundaries against
// published ones (within about a minute).
//
// # Use
//
// Every function is deterministic, reads no clock and no mutable global
// state, and is safe for concurrent use; all types are small values. One
// festival-year takes about 20 µs and a whole year of festivals ([Year])
// about a millisecond, so callers that answer many questions cache per
// year.
package almanac
