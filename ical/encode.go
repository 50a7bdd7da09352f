package ical

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// ProductID is the PRODID this package writes.
const ProductID = "-//samayrekha//samayrekha ical//EN"

// DefaultRefresh is how often readers are asked to refresh a calendar when
// [Options.Refresh] is zero: twice a day, often enough for a news feed and
// rare enough for a server.
const DefaultRefresh = 12 * time.Hour

// formatDuration formats d (positive) as an RFC 5545 DURATION, to the
// second and at least one minute, as [Options.Refresh] is written:
// "PT12H", "P1DT6H", "PT90S".
func formatDuration(d time.Duration) string {
	s := int64(d / time.Second)
	if s < 60 {
		s = 60
	}
	var b strings.Builder
	b.WriteByte('P')
	if days := s / 86400; days > 0 {
		b.WriteString(strconv.FormatInt(days, 10) + "D")
		s %= 86400
	}
	if s > 0 {
		b.WriteByte('T')
		if h := s / 3600; h > 0 {
			b.WriteString(strconv.FormatInt(h, 10) + "H")
		}
		if m := s % 3600 / 60; m > 0 {
			b.WriteString(strconv.FormatInt(m, 10) + "M")
		}
		if sec := s % 60; sec > 0 {
			b.WriteString(strconv.FormatInt(sec, 10) + "S")
		}
	}
	return b.String()
}

// uidSuffix turns an event ID into a UID. An ID is a slug ("2025-11-18-…"),
// unique within a timeline and never changed once published, so
// ID + "@samayrekha" is stable forever and unlikely to collide with another
// producer's UIDs.
const uidSuffix = "@samayrekha"

// CoarsePolicy says how an event whose date is coarser than a day (a week,
// a month or a year) or only a bound ("before 18 November") goes into a
// calendar. Calendar programs have no way to say "some day in November", and
// a month-long block would fill a reader's calendar with an event that lasts
// an hour, so the default is a one-day marker.
type CoarsePolicy uint8

const (
	// CoarseMarker, the default, shows such an event as a one-day, all-day,
	// TRANSP:TRANSPARENT, STATUS:TENTATIVE marker (a cancelled event stays
	// CANCELLED) on the first day of its week, month or year; "before d" on
	// the day before d and "after d" on the day after d (the possible day
	// nearest to what the source said). SUMMARY says the real precision
	// ("(नवंबर 2025, तारीख तय नहीं)", "(November 2025, date not fixed)",
	// "(before 18 November 2025)") and so does DESCRIPTION.
	CoarseMarker CoarsePolicy = iota
	// CoarseSpan shows a week, month or year as an all-day event over the
	// whole period, TRANSPARENT and TENTATIVE, with the same wording; a bound
	// still becomes a marker, since its period is open.
	CoarseSpan
	// CoarseOmit leaves such events out of the calendar. Use it for feeds
	// that should hold only events with a known day.
	CoarseOmit
)

// String returns "marker", "span" or "omit".
func (p CoarsePolicy) String() string {
	switch p {
	case CoarseMarker:
		return "marker"
	case CoarseSpan:
		return "span"
	case CoarseOmit:
		return "omit"
	}
	return "%!CoarsePolicy(" + strconv.Itoa(int(p)) + ")"
}

// Options configure the encoding. The zero value is valid: Hindi text,
// DTSTAMP from the data, a 12-hour refresh and [CoarseMarker].
type Options struct {
	// Lang is the language of SUMMARY, DESCRIPTION, LOCATION and the
	// calendar's name: timeline.Hindi (the default when "") or
	// timeline.English. Text missing in Lang falls back to the other one.
	Lang timeline.Lang
	// Now is the clock for DTSTAMP. When nil, DTSTAMP is the last day
	// anything in the feed was reported (the latest timeline.Event.Updated
	// of the events written, at 00:00 UTC, or 1970-01-01 when none has a
	// date), so that the same data always gives the same bytes; the package
	// never reads the system clock.
	Now func() time.Time
	// Name is the calendar's NAME and X-WR-CALNAME; "" means the timeline's
	// title in Lang.
	Name string
	// Description is the calendar's DESCRIPTION and X-WR-CALDESC; "" means
	// the timeline's description in Lang.
	Description string
	// Refresh is the REFRESH-INTERVAL and X-PUBLISHED-TTL; 0 means
	// [DefaultRefresh]. It is written to the second, and at least a minute.
	Refresh time.Duration
	// Coarse says what to do with week, month, year and bound-only dates;
	// the zero value is [CoarseMarker].
	Coarse CoarsePolicy
	// URL, when set, is where the calendar is published: written as the
	// calendar's URL and SOURCE (RFC 7986).
	URL string
}

// Encode writes t to w as one VCALENDAR (see [Marshal]) with opts, which
// may be nil for the defaults. It renders the whole calendar before
// writing, so on error nothing has been written.
func Encode(w io.Writer, t *timeline.Timeline, opts *Options) error {
	b, err := Marshal(t, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns t as an iCalendar (RFC 5545, RFC 7986) object with opts,
// which may be nil for the defaults. The same timeline and options always
// give the same bytes. An invalid timeline (see timeline.Timeline.Validate)
// is an error, and so are unknown options.
func Marshal(t *timeline.Timeline, opts *Options) ([]byte, error) {
	if t == nil {
		return nil, errors.New("ical: nil timeline")
	}
	o, err := checkOptions(opts)
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("ical: %w", err)
	}
	return marshal(t, &o)
}

// checkOptions returns a copy of opts (nil for the defaults) with its
// language filled in, or an error naming an option marshal cannot use.
func checkOptions(opts *Options) (Options, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	switch o.Lang {
	case "":
		o.Lang = timeline.Hindi
	case timeline.Hindi, timeline.English:
	default:
		return o, fmt.Errorf("ical: unknown language %q; want %q or %q", o.Lang, timeline.Hindi, timeline.English)
	}
	if o.Coarse > CoarseOmit {
		return o, fmt.Errorf("ical: unknown coarse-date policy %d", o.Coarse)
	}
	if o.Refresh < 0 {
		return o, fmt.Errorf("ical: negative refresh interval %v", o.Refresh)
	}
	return o, nil
}
