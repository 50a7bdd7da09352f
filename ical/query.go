package ical

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// FeedQuery selects a feed: which events, and in what language. The zero
// FeedQuery is the whole timeline in the feed's default language.
type FeedQuery struct {
	Country     string          // ISO 3166-1 alpha-2, upper case: events in, or with a participant from, the country
	Participant string          // part of a participant's Hindi or English name; normalized to lower case without surrounding space
	Kind        timeline.Kind   // events of this kind
	Status      timeline.Status // events whose current status is this
	From, To    date.Date       // events with a day in [From, To); either may be zero (open)
	Lang        timeline.Lang   // the feed's language; "" is the feed's default. Not a filter.
}

// The query parameters a feed accepts, in the order of FeedQuery.Encode.
var feedParams = []string{"country", "participant", "kind", "status", "from", "to", "lang"}

// QueryError is a feed query that cannot be served: an unknown parameter
// or a bad value. Its message says what was wrong and what is accepted.
type QueryError struct {
	Param   string // the parameter, or "" when the query string as a whole is malformed
	Value   string // the value given
	Problem string // what is wrong and what would be accepted
}

// Error returns `ical: query parameter "kind"="sumit": …`.
func (e *QueryError) Error() string {
	if e.Param == "" {
		return "ical: query string: " + e.Problem
	}
	return fmt.Sprintf("ical: query parameter %q=%q: %s", e.Param, e.Value, e.Problem)
}

// ParseFeedQuery parses a feed's query string (without the "?"), such as
// "country=RU&kind=summit&from=2025-11-01". The parameters are
//
//   - country: an ISO 3166-1 alpha-2 code, any case ("RU");
//   - participant: part of a participant's name, Hindi or English, any
//     case; it is lower-cased and trimmed of surrounding space;
//   - kind: a timeline.Kind ("summit", "bilateral_meeting", or an "x-" one);
//   - status: a timeline.Status ("confirmed");
//   - from, to: ISO dates ("2025-11-01"); the window is [from, to), so to
//     is the first day left out, and an event counts if any day of its
//     date window is in it;
//   - lang: "hi" or "en", the language of titles and descriptions.
//
// Each may be given once. An unknown parameter, a repeated or empty one,
// or a bad value is a *QueryError.
func ParseFeedQuery(raw string) (FeedQuery, error) {
	var q FeedQuery
	if raw == "" {
		return q, nil
	}
	seen := make(map[string]bool, len(feedParams))
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		if strings.Contains(pair, ";") {
			return FeedQuery{}, &QueryError{Problem: fmt.Sprintf("%q: separate parameters with \"&\", not \";\"", pair)}
		}
		rawKey, rawVal, _ := strings.Cut(pair, "=")
		key, err1 := url.QueryUnescape(rawKey)
		val, err2 := url.QueryUnescape(rawVal)
		if err1 != nil || err2 != nil {
			return FeedQuery{}, &QueryError{Problem: fmt.Sprintf("%q is not validly %%-encoded", pair)}
		}
		known := false
		for _, p := range feedParams {
			known = known || p == key
		}
		if !known {
			return FeedQuery{}, &QueryError{Param: key, Value: val,
				Problem: "unknown parameter; accepted: " + strings.Join(feedParams, ", ")}
		}
		if seen[key] {
			return FeedQuery{}, &QueryError{Param: key, Value: val, Problem: "given more than once; give each parameter at most once"}
		}
		seen[key] = true
		if err := q.set(key, val); err != nil {
			return FeedQuery{}, err
		}
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
		return FeedQuery{}, &QueryError{Param: "to", Value: q.To.String(),
			Problem: fmt.Sprintf("the window [from, to) is empty: to must be after from (%s); to is the first day left out", q.From)}
	}
	return q, nil
}

// set parses one parameter into q.
func (q *FeedQuery) set(key, val string) error {
	bad := func(problem string) error { return &QueryError{Param: key, Value: val, Problem: problem} }
	if val == "" {
		return bad("empty value; leave the parameter out to not filter by it")
	}
	switch key {
	case "country":
		if len(val) != 2 || !isASCIILetter(val[0]) || !isASCIILetter(val[1]) {
			return bad(`not an ISO 3166-1 alpha-2 country code; accepted: two letters such as "RU" or "IN"`)
		}
		q.Country = strings.ToUpper(val)
	case "participant":
		// Matching ignores case, so "Putin", "putin" and " PUTIN " are
		// one filter: normalizing them here makes them one feed, with
		// one name, file name, ETag and cache entry.
		val = strings.ToLower(strings.TrimSpace(val))
		if val == "" {
			return bad("only spaces; give part of a participant's name")
		}
		if len(val) > 200 {
			return bad("longer than 200 bytes; give part of the name")
		}
		for _, r := range val {
			if r == '\uFFFD' || r < ' ' || r == 0x7f {
				return bad("not printable UTF-8 text; accepted: part of a participant's name")
			}
		}
		q.Participant = val
	case "kind":
		k := timeline.Kind(strings.ToLower(val))
		if !k.Valid() {
			names := make([]string, len(timeline.Kinds))
			for i, k := range timeline.Kinds {
				names[i] = string(k)
			}
			return bad("not a kind of event; accepted: " + strings.Join(names, ", ") + `, or a newsroom's own kind starting with "x-"`)
		}
		q.Kind = k
	case "status":
		s := timeline.Status(strings.ToLower(val))
		if !s.Valid() {
			names := make([]string, len(timeline.Statuses))
			for i, s := range timeline.Statuses {
				names[i] = string(s)
			}
			return bad("not a status; accepted: " + strings.Join(names, ", "))
		}
		q.Status = s
	case "from", "to":
		d, err := date.Parse(val)
		if err != nil {
			return bad(`not a date; accepted: an ISO date such as "2025-11-01"`)
		}
		if key == "from" {
			q.From = d
		} else {
			q.To = d
		}
	case "lang":
		switch l := timeline.Lang(strings.ToLower(val)); l {
		case timeline.Hindi, timeline.English:
			q.Lang = l
		default:
			return bad(`not a language of the timeline; accepted: "hi" (Hindi) or "en" (English)`)
		}
	}
	return nil
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isZero reports whether q is the zero FeedQuery.
func (q FeedQuery) isZero() bool { return q.all() && q.Lang == "" }

// all reports whether q keeps every event.
func (q FeedQuery) all() bool {
	return q.Country == "" && q.Participant == "" && q.Kind == "" && q.Status == "" && q.From.IsZero() && q.To.IsZero()
}

// Keep returns the predicate that keeps the events q selects, built from
// the timeline package's predicates.
func (q FeedQuery) Keep() func(*timeline.Event) bool {
	var preds []func(*timeline.Event) bool
	if q.Country != "" {
		preds = append(preds, timeline.InCountry(q.Country))
	}
	if q.Participant != "" {
		preds = append(preds, timeline.HasParticipant(q.Participant))
	}
	if q.Kind != "" {
		preds = append(preds, timeline.OfKind(q.Kind))
	}
	if q.Status != "" {
		preds = append(preds, timeline.WithStatus(q.Status))
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		preds = append(preds, timeline.InRange(q.From, q.To))
	}
	return timeline.All(preds...)
}

// Encode returns q in its normalized query-string form, parameters in a
// fixed order (country, participant, kind, status, from, to, lang) and
// values normalized ("country=RU&kind=summit"), or "" for the zero
// FeedQuery. ParseFeedQuery(q.Encode()) returns q.
func (q FeedQuery) Encode() string {
	var b strings.Builder
	add := func(k, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	add("country", q.Country)
	add("participant", q.Participant)
	add("kind", string(q.Kind))
	add("status", string(q.Status))
	add("from", q.From.String())
	add("to", q.To.String())
	add("lang", string(q.Lang))
	return b.String()
}

// describe returns the filter part of a calendar name: "RU · summit · from
// 2025-11-01", or "" for the whole timeline. The parts are not separated
// by commas: NAME and X-WR-CALNAME are TEXT, so a comma goes out as "\,",
// and ical.js (Thunderbird's parser) shows that backslash to the reader.
func (q FeedQuery) describe() string {
	var parts []string
	for _, s := range []string{q.Country, q.Participant, string(q.Kind), string(q.Status)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if !q.From.IsZero() {
		parts = append(parts, "from "+q.From.String())
	}
	if !q.To.IsZero() {
		parts = append(parts, "before "+q.To.String())
	}
	return strings.Join(parts, " · ")
}

// slug returns the filter part of a file name: "ru-summit-from-2025-11-01".
func (q FeedQuery) slug() string {
	var parts []string
	add := func(s string) {
		if s = slug(s); s != "" {
			parts = append(parts, s)
		}
	}
	add(q.Country)
	if q.Participant != "" {
		if s := slug(q.Participant); s != "" {
			add(s)
		} else {
			add("participant") // a name with no ASCII letters, e.g. in Devanagari
		}
	}
	add(string(q.Kind))
	add(string(q.Status))
	if !q.From.IsZero() {
		add("from-" + q.From.String())
	}
	if !q.To.IsZero() {
		add("before-" + q.To.String())
	}
	add(string(q.Lang))
	return strings.Join(parts, "-")
}

// slug lower-cases s and keeps ASCII letters and digits, turning every run
// of other characters into one "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
