// Package date holds the honest dates of a timeline: a [When] is as precise
// as its sources and no more. It is one of
//
//   - an exact time, to the minute or the hour, with the IANA time zone of
//     the venue ([AtClock], [AtHour], [At]);
//   - a day ([OnDay]), an ISO week ([InWeek], [WeekOf]), a month
//     ([InMonth]) or a year ([InYear]), never stored as midnight UTC;
//   - an approximate day, "around 5 December", with the window of days it
//     stands for ([AroundDay]);
//   - only a bound, "before 18 November" ([Before], [After]);
//
// and the first three may be spans ([When.Until]). A civil [Date] is a day
// as people write it, with no time zone.
//
// # Text and JSON
//
// A When has one text form, which [When.String] prints, [When.MarshalText]
// writes and [ParseWhen] reads: ISO 8601 ends whose shape gives the
// precision, then a bound, an approximation and the zone:
//
//	2025-11-18T19:00[Europe/Moscow]   2025-12-05~2d[Asia/Kolkata]   <2025-11-18
//
// In JSON a When is the object of the timeline format (see
// [When.MarshalJSON]). Problems are reported as an *[Error] that names the
// text or the JSON field at fault.
//
// # Time zones
//
// Zones are loaded with [LoadZone] from the system's zone database, as
// [time.LoadLocation] does. This package does not embed one: a program that
// runs where /usr/share/zoneinfo may be missing (a scratch container,
// Windows) should import time/tzdata, as the programs in examples/ do.
//
// Dates, Whens and Precisions are small values: pass them by value and
// compare them with == or their Compare methods. They are safe for
// concurrent use.
package date
