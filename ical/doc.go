// Package ical publishes a timeline.Timeline as an iCalendar feed (RFC 5545
// with the RFC 7986 calendar properties) that Thunderbird, Apple Calendar,
// Google Calendar, Outlook and the libraries behind them read the same way,
// and reads such a feed back.
//
// Marshal and Encoder write; Decode and Unmarshal read what they wrote.
// Details of the mapping are documented on the functions; the short of it:
//
//   - One VEVENT per event. UID is the event ID + "@samayrekha". DTSTAMP
//     comes from Options.Now or the data, never from the system clock.
//     SEQUENCE is timeline.Event.Revision.
//   - A timed event is written in its venue's zone with a VTIMEZONE built
//     from Go's zone database (embedded with time/tzdata). A day is
//     VALUE=DATE with an exclusive DTEND. An approximate day is an all-day,
//     TENTATIVE, TRANSPARENT event whose SUMMARY says "(लगभग)"/"(approx.)".
//     Weeks, months, years and bounds follow Options.Coarse (see
//     CoarsePolicy): by default a one-day marker, never a month-long block.
//   - Participants are ATTENDEEs with a DQUOTEd CN and an address in the
//     reserved .invalid domain.
//
// The calendar model is github.com/arran4/golang-ical's, but its writer is
// not used: it escapes parameter values with backslashes, lets a carriage
// return through into TEXT, writes LF line ends and folds at word
// boundaries. The package's own writer (write.go) serializes the model
// instead: CRLF, folding at 75 octets on UTF-8 boundaries, RFC 5545 TEXT
// escaping with control characters made visible, and quoted parameters.
// The tests run the output through ical.js, libical, Python's icalendar
// and vobject, and calcurse (see interop_test.go).
package ical
