// Package ical publishes a timeline.Timeline as an iCalendar feed (RFC 5545
// with the RFC 7986 calendar properties) that Thunderbird, Apple Calendar,
// Google Calendar, Outlook and the libraries behind them read the same way,
// and reads the calendars such programs write into a timeline.
//
// [Marshal] and [Encode] write; [Decode] and [Unmarshal] read, and return
// beside the timeline a [Report] of everything the timeline could not hold
// as written. The zero [Options] give a Hindi feed; the output depends only
// on the timeline and the options (the package never reads the system
// clock), so the same input always gives the same bytes.
//
// # Calendar
//
// PRODID is [ProductID]; then VERSION:2.0, CALSCALE:GREGORIAN,
// METHOD:PUBLISH, NAME and X-WR-CALNAME (the timeline's title),
// DESCRIPTION and X-WR-CALDESC, URL and SOURCE when [Options.URL] is set,
// and REFRESH-INTERVAL;VALUE=DURATION with X-PUBLISHED-TTL
// ([DefaultRefresh] unless [Options.Refresh] says otherwise).
//
// # Events
//
// Each event is one VEVENT:
//
//   - UID is the event ID followed by "@samayrekha": stable as long as the
//     ID is, which the timeline package requires forever. An event read
//     from another calendar has an ID that spells its own UID (and, for
//     one occurrence of a recurring event, its RECURRENCE-ID): those are
//     written back as they were, so that a calendar subscribed to the
//     source and to the feed sees one event (see [Unmarshal]).
//   - DTSTAMP is [Options.Now] or, without a clock, the day the data was
//     last updated (00:00 UTC); LAST-MODIFIED is the day the event was last
//     reported; SEQUENCE is timeline.Event.Revision, which grows with every
//     status change.
//   - SUMMARY, DESCRIPTION and LOCATION are in [Options.Lang], falling back
//     to the other language, with a LANGUAGE parameter saying which.
//     DESCRIPTION ends, after a blank line, with notes: how uncertain the
//     date is, the status and its reason, the sources.
//   - CATEGORIES holds the kind (in the language) and the countries' ISO
//     codes; URL the first source with one; GEO the coordinates;
//     RELATED-TO;RELTYPE=PARENT the event it is part of and
//     RELTYPE=SIBLING the related ones.
//   - STATUS: held and confirmed are CONFIRMED; proposed, announced,
//     postponed and rescheduled are TENTATIVE, with the reason in
//     DESCRIPTION; cancelled is CANCELLED (and TRANSPARENT), kept in the
//     feed so that readers' copies are updated. An event whose date is not
//     exact is TENTATIVE unless cancelled.
//   - X-SAMAYREKHA-* properties and X- parameters carry what iCalendar has
//     no place for (the exact date, kind, status history, sources, place
//     parts, participants' roles and titles) so that Decode can give it back.
//     Calendar programs ignore them.
//
// # Dates
//
// A timed event is written as local time in its venue's zone,
// DTSTART;TZID=Europe/Moscow:20251118T190000, with a VTIMEZONE generated
// from the zone database Go loads (the system's; a program that runs
// without /usr/share/zoneinfo imports time/tzdata, as examples/ do). The
// VTIMEZONE lists the zone's actual
// transitions over the years the calendar covers, so zones whose rules
// changed (Moscow's DST until 2011), half-hour zones (Asia/Kolkata) and DST
// zones are all exact. UTC is written with Z and no TZID. A time with
// minute precision and no end has no DTEND (it ends when it starts, RFC
// 5545 section 3.6.1); hour precision ("at 5 pm") lasts the hour.
//
// A day is VALUE=DATE with an exclusive DTEND and no TZID. An approximate
// day ("around 5 December") is the same all-day event, TENTATIVE and
// TRANSP:TRANSPARENT, with "(लगभग)" or "(approx.)" in SUMMARY and the window
// of days in DESCRIPTION. Weeks, months, years and bounds ("before 18
// November") follow [Options.Coarse]: by default ([CoarseMarker]) a one-day
// transparent marker that says the real precision, never a block as long as
// the period; see [CoarsePolicy].
//
// A local time that occurs twice (01:30 on a night the clocks go back) is
// written in UTC, as the first of the two: RFC 5545 and Go read it so, but
// libical, ical.js, python-icalendar, node-ical and khal read the second;
// in UTC all of them agree. timeline.Validate rejects a local time that
// does not occur (02:30 when the clocks go from 02:00 to 03:00). Each
// VTIMEZONE starts with the observance in force on 1 January 1999, so that
// vobject, which ignores a VTIMEZONE that looks like UTC over 2000–2020,
// reads it too.
//
// # Participants
//
// Participants are ATTENDEEs: CN is the name (or the title, for a
// participant known only by role) and LANGUAGE the language CN is in,
// which is the other language when the name has no text in the feed's
// (RFC 5545 3.2.10); X-TITLE holds the title and X-TITLE-LANGUAGE its
// language. CUTYPE=INDIVIDUAL, ROLE=CHAIR for a
// chair, REQ-PARTICIPANT for a host or guest and OPT-PARTICIPANT
// otherwise. ATTENDEE needs a calendar address and the data has none, so it
// is a mailto address in the reserved .invalid domain (RFC 2606), which
// clients accept and no mail can reach. The ORGANIZER of such an event is
// the feed itself (CN the calendar's name, at calendar@samayrekha.invalid),
// as RFC 5545 wants for an event with attendees, so that no client offers
// the reader to invite anyone; with METHOD:PUBLISH no client sends
// invitations.
//
// Names are DQUOTEd parameter values, written as they are: commas, colons,
// apostrophes and backslashes need no escape inside quotes (RFC 5545 has
// none in parameters). What a quoted value cannot hold, or what a parser
// cuts it at, is replaced by a character that looks the same and that
// Decode turns back: a double quote by U+02BA ʺ; a semicolon by U+037E
// (GREEK QUESTION MARK, drawn like a semicolon), since node-ical splits
// parameters at every semicolon, quoted or not; a caret that would start
// an RFC 6868 escape (^n, ^', ^^) by U+02C6 ˆ, since some parsers decode
// those escapes and others do not. A line break becomes a space, a TAB
// stays, and other control characters become their control pictures, as
// in one-line text (below). The model is not changed: the exact name stays
// in the timeline, and Decode gives it back.
//
// # Text
//
// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
// character (Devanagari letters are three octets) or an escape pair. TEXT is
// escaped per RFC 5545 (\\ \; \, \n). A line break in text becomes \n
// (CRLF, LF and a bare CR alike), or a space in SUMMARY, LOCATION and other
// one-line properties (calcurse drops an event whose SUMMARY holds \n).
// Other control characters cannot appear in TEXT and become their Unicode
// control pictures (U+2400–U+2421), invalid UTF-8 becomes U+FFFD, and
// trailing blanks are dropped (libical drops them). So no text can inject
// structure: a title such as "x\rEND:VEVENT\rBEGIN:VEVENT" stays one title
// of one event in every parser.
//
// # golang-ical
//
// The calendar model is github.com/arran4/golang-ical's (ics.Calendar,
// ics.VEvent, ics.VTimezone, properties with their parameters), built one
// event at a time in reused storage so that memory stays proportional to
// the output. Its writer is not used: it escapes parameter values with
// backslashes (ical.js and vobject then cut the name at the colon and
// corrupt the address, libical and Python's icalendar keep stray
// backslashes), passes a carriage return
// into TEXT (vobject then reads a forged second event), writes LF line
// ends, and writes a UTC time with a Z under a TZID from SetStartAt; it
// cannot build a VTIMEZONE at all. The package's own small writer
// (write.go) serializes the model instead; TestGolangICalWriterBugs pins
// the bugs. Decode reads content lines itself for a similar reason:
// golang-ical's parser drops a backslash inside a quoted parameter.
//
// # Reading other programs' calendars
//
// [Unmarshal] reads any RFC 5545 calendar: every VCALENDAR of a file, each
// VEVENT as an event, a recurring one (RRULE, RDATE, EXDATE, and
// RECURRENCE-ID for a moved occurrence) as one event per occurrence in a
// window ([DecodeOptions]), using github.com/teambition/rrule-go with
// guards against the rules it would loop on. Zones are IANA names, Windows
// names (through CLDR's windowsZones table, generated into
// windowszones.go) or the file's own VTIMEZONEs. Whatever the timeline has
// no place for, a value changed on the way, an occurrence left out or an
// event that cannot be read is a [Note] in the [Report], with its line:
// nothing is lost without a word. Hostile input is bounded: a content line
// over [DefaultMaxLine] bytes is skipped without being held, occurrences
// are capped per series and per file, nesting deeper than 16 and input over
// [DefaultMaxBytes] are errors; time and memory grow linearly with the
// input.
//
// # Subscribable feeds
//
// [Feed] is an http.Handler that serves a timeline as a calendar readers
// subscribe to: filtered by country, participant, kind, status and dates
// from the query string (see [FeedQuery]), rendered and gzipped once per
// timeline version and filter, answering conditional requests, HEAD and
// Range through http.ServeContent. [Feed.Replace] swaps in a new version
// while requests are in flight; each response is one whole version.
// [SubscriptionLinks] gives the webcal:// link and the web link (the
// feed's own http:// or https://) for a feed URL.
//
// # Interoperability
//
// The tests run the output, for the seed timeline and a fixture of hostile
// cases, through seven independent parsers, Mozilla's ical.js, libical,
// Python's icalendar and vobject, calcurse, node-ical and khal
// (ical/interop), and compare the event count, UIDs, SUMMARY, DESCRIPTION,
// DTSTART and DTEND with their zones and instants, STATUS, SEQUENCE and
// attendee names with what was meant.
package ical
