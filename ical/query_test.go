package ical

import (
	"bytes"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

func TestParseFeedQuery(t *testing.T) {
	good := map[string]struct {
		raw    string
		want   FeedQuery
		encode string
	}{
		"empty":            {"", FeedQuery{}, ""},
		"country any case": {"country=ru", FeedQuery{Country: "RU"}, "country=RU"},
		"issue example": {"country=RU&kind=summit&from=2025-11-01",
			FeedQuery{Country: "RU", Kind: timeline.Summit, From: date.Of(2025, 11, 1)}, "country=RU&kind=summit&from=2025-11-01"},
		"order normalized": {"lang=en&to=2026-01-01&status=Confirmed&participant=Putin",
			FeedQuery{Participant: "putin", Status: timeline.Confirmed, To: date.Of(2026, 1, 1), Lang: timeline.English},
			"participant=putin&status=confirmed&to=2026-01-01&lang=en"},
		"hindi participant": {"participant=%E0%A4%AA%E0%A5%81%E0%A4%A4%E0%A4%BF%E0%A4%A8", FeedQuery{Participant: "पुतिन"},
			"participant=%E0%A4%AA%E0%A5%81%E0%A4%A4%E0%A4%BF%E0%A4%A8"},
		"plus is a space":                     {"participant=Vladimir+Putin", FeedQuery{Participant: "vladimir putin"}, "participant=vladimir+putin"},
		"participant case-folded and trimmed": {"participant=+%20PUTIN%09", FeedQuery{Participant: "putin"}, "participant=putin"},
		"x- kind":                             {"kind=x-briefing", FeedQuery{Kind: "x-briefing"}, "kind=x-briefing"},
		"stray ampersands":                    {"&country=IN&&", FeedQuery{Country: "IN"}, "country=IN"},
		"one-day window":                      {"from=2025-11-18&to=2025-11-19", FeedQuery{From: date.Of(2025, 11, 18), To: date.Of(2025, 11, 19)}, "from=2025-11-18&to=2025-11-19"},
		"lang hi":                             {"lang=HI", FeedQuery{Lang: timeline.Hindi}, "lang=hi"},
		"bilateral underscore":                {"kind=bilateral_meeting", FeedQuery{Kind: timeline.BilateralMeeting}, "kind=bilateral_meeting"},
	}
	for name, tc := range good {
		t.Run(name, func(t *testing.T) {
			got, err := ParseFeedQuery(tc.raw)
			if err != nil {
				t.Fatalf("ParseFeedQuery(%q): %v", tc.raw, err)
			}
			if got != tc.want {
				t.Errorf("ParseFeedQuery(%q) = %+v, want %+v", tc.raw, got, tc.want)
			}
			if e := got.Encode(); e != tc.encode {
				t.Errorf("ParseFeedQuery(%q).Encode() = %q, want %q", tc.raw, e, tc.encode)
			}
			again, err := ParseFeedQuery(got.Encode())
			if err != nil || again != got {
				t.Errorf("ParseFeedQuery(%q) = %+v, %v; want %+v (round trip)", got.Encode(), again, err, got)
			}
		})
	}

	bad := map[string]struct {
		raw   string
		param string
		says  []string // the message contains each
	}{
		"unknown parameter":   {"contry=RU", "contry", []string{`"contry"`, "unknown parameter", "accepted: country, participant, kind, status, from, to, lang"}},
		"bad country":         {"country=Russia", "country", []string{`"Russia"`, "ISO 3166-1 alpha-2", `"RU"`}},
		"digits country":      {"country=R1", "country", []string{"two letters"}},
		"bad kind":            {"kind=sumit", "kind", []string{`"sumit"`, "not a kind", "summit", "bilateral_meeting", `"x-"`}},
		"bad status":          {"status=done", "status", []string{`"done"`, "not a status", "confirmed", "cancelled"}},
		"bad date":            {"from=2025-02-30", "from", []string{`"2025-02-30"`, "not a date", "2025-11-01"}},
		"not ISO":             {"to=18.11.2025", "to", []string{"not a date"}},
		"empty window":        {"from=2025-12-01&to=2025-11-01", "to", []string{"empty", "to must be after from"}},
		"zero-day window":     {"from=2025-12-01&to=2025-12-01", "to", []string{"to must be after from"}},
		"bad lang":            {"lang=ru", "lang", []string{`"hi"`, `"en"`}},
		"repeated":            {"country=RU&country=IN", "country", []string{"more than once"}},
		"empty value":         {"country=", "country", []string{"empty value"}},
		"no value":            {"kind", "kind", []string{"empty value"}},
		"bad escape":          {"participant=%zz", "", []string{"%-encoded"}},
		"semicolon":           {"country=RU;kind=summit", "", []string{`not ";"`}},
		"control in name":     {"participant=a%0Ab", "participant", []string{"printable"}},
		"invalid UTF-8":       {"participant=%FF", "participant", []string{"UTF-8"}},
		"long name":           {"participant=" + strings.Repeat("a", 201), "participant", []string{"200 bytes"}},
		"unknown after good":  {"country=RU&foo=1", "foo", []string{"unknown parameter"}},
		"case of param names": {"Country=RU", "Country", []string{"unknown parameter"}},
	}
	for name, tc := range bad {
		t.Run(name, func(t *testing.T) {
			got, err := ParseFeedQuery(tc.raw)
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseFeedQuery(%q) = %+v, %v; want a *QueryError", tc.raw, got, err)
			}
			if qe.Param != tc.param {
				t.Errorf("ParseFeedQuery(%q): Param = %q, want %q", tc.raw, qe.Param, tc.param)
			}
			for _, s := range tc.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("ParseFeedQuery(%q) error %q does not say %q", tc.raw, err, s)
				}
			}
		})
	}
}

func FuzzParseFeedQuery(f *testing.F) {
	for _, s := range []string{"", "country=RU&kind=summit&from=2025-11-01", "participant=%E0%A4%AA", "to=2025-02-30", "a=b;c", "lang=en&lang=hi", "status=held&to=2026-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := ParseFeedQuery(raw)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseFeedQuery(%q) error %T %v, want *QueryError", raw, err, err)
			}
			return
		}
		again, err := ParseFeedQuery(q.Encode())
		if err != nil || again != q {
			t.Fatalf("ParseFeedQuery(%q) = %+v; its Encode %q parses as %+v, %v", raw, q, q.Encode(), again, err)
		}
		_ = q.Keep()(&timeline.Event{}) // must not panic
	})
}

// eventIDs decodes an .ics body with the package's own reader.
func eventIDs(t *testing.T, body []byte) []string {
	t.Helper()
	tl, _, err := Unmarshal(body, nil)
	if err != nil {
		t.Fatalf("Unmarshal(feed body): %v", err)
	}
	var ids []string
	for _, e := range tl.Events {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	return ids
}

func calName(body []byte) string {
	for _, line := range strings.Split(strings.ReplaceAll(string(body), "\r\n ", ""), "\r\n") {
		if v, ok := strings.CutPrefix(line, "X-WR-CALNAME:"); ok {
			return strings.NewReplacer(`\,`, ",", `\;`, ";", `\\`, `\`).Replace(v)
		}
	}
	return ""
}

func TestFeedFilters(t *testing.T) {
	f := newSeedFeed(t, &FeedOptions{Calendar: Options{Lang: timeline.English}, FileName: "India Russia"})
	title := seed.Timeline().Title.En
	ids := func(s ...string) []string { slices.Sort(s); return s }
	all := ids(seed.MeetingID, seed.LavrovID, seed.SCOID, seed.MongoliaID, seed.QatarID, seed.SummitID, seed.PutinVisitID)
	tests := map[string]struct {
		query, name, file string
		want              []string
		reason            string
	}{
		"all":            {"", title, "india-russia.ics", all, ""},
		"default lang":   {"lang=en", title, "india-russia.ics", all, "lang equal to the default is the same feed"},
		"country RU":     {"country=RU", title + " — RU", "india-russia-ru.ics", ids(seed.MeetingID, seed.LavrovID, seed.SCOID, seed.MongoliaID, seed.QatarID, seed.SummitID, seed.PutinVisitID), "every event has a Russian participant or is in Russia"},
		"country QA":     {"country=qa", title + " — QA", "india-russia-qa.ics", ids(seed.QatarID), ""},
		"participant":    {"participant=putin", title + " — putin", "india-russia-putin.ics", ids(seed.MeetingID, seed.SummitID, seed.PutinVisitID), ""},
		"participant hi": {"participant=पुतिन", title + " — पुतिन", "india-russia-participant.ics", ids(seed.MeetingID, seed.SummitID, seed.PutinVisitID), "a Devanagari name has no ASCII for the file name"},
		"kind":           {"kind=summit", title + " — summit", "india-russia-summit.ics", ids(seed.SummitID), ""},
		"status":         {"status=proposed", title + " — proposed", "india-russia-proposed.ics", ids(seed.PutinVisitID), ""},
		"issue example":  {"country=RU&kind=summit&from=2025-11-01", title + " — RU · summit · from 2025-11-01", "india-russia-ru-summit-from-2025-11-01.ics", ids(seed.SummitID), ""},
		"from December":  {"from=2025-12-01", title + " — from 2025-12-01", "india-russia-from-2025-12-01.ics", ids(seed.SummitID, seed.PutinVisitID), ""},
		"before the meeting": {"to=2025-11-18", title + " — before 2025-11-18", "india-russia-before-2025-11-18.ics",
			ids(seed.LavrovID, seed.SCOID, seed.MongoliaID, seed.QatarID), "to is exclusive; November-only events overlap; \"before 18 November\" is before"},
		"nothing matches": {"kind=phone_call", title + " — phone_call", "india-russia-phone-call.ics", nil, "an empty calendar is still a calendar"},
	}
	etags := map[string]string{}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			w := serve(f, "GET", "/calendar.ics?"+tc.query, nil)
			if w.Code != 200 {
				t.Fatalf("GET ?%s: status %d: %s", tc.query, w.Code, w.Body)
			}
			body := w.Body.Bytes()
			if got := eventIDs(t, body); !slices.Equal(got, tc.want) {
				t.Errorf("GET ?%s: events %q, want %q (%s)", tc.query, got, tc.want, tc.reason)
			}
			if got := calName(body); got != tc.name {
				t.Errorf("GET ?%s: X-WR-CALNAME %q, want %q", tc.query, got, tc.name)
			}
			if got, want := w.Header().Get("Content-Disposition"), "attachment; filename="+tc.file; got != want {
				t.Errorf("GET ?%s: Content-Disposition %q, want %q", tc.query, got, want)
			}
			if got, want := w.Header().Get("Etag"), strongETag(body, ""); got != want {
				t.Errorf("GET ?%s: ETag %s, want %s (hash of the body)", tc.query, got, want)
			}
			// Stable: the same query gives the same ETag again.
			if again := serve(f, "GET", "/calendar.ics?"+tc.query, nil); again.Header().Get("Etag") != w.Header().Get("Etag") {
				t.Errorf("GET ?%s twice: ETags %s and %s", tc.query, w.Header().Get("Etag"), again.Header().Get("Etag"))
			}
		})
		etags[name] = serve(f, "GET", "/calendar.ics?"+tc.query, nil).Header().Get("Etag")
	}
	// Each filtered feed has its own ETag (the two spellings of "all" share one).
	seen := map[string]string{}
	for name, e := range etags {
		if other, dup := seen[e]; dup && !(name == "all" && other == "default lang" || name == "default lang" && other == "all") {
			t.Errorf("feeds %q and %q share ETag %s", name, other, e)
		}
		seen[e] = name
	}
}

func TestFeedBadQueries(t *testing.T) {
	f := newSeedFeed(t, nil)
	tests := map[string]struct{ query, says string }{
		"unknown":       {"contry=RU", "accepted: country, participant, kind, status, from, to, lang"},
		"bad kind":      {"kind=sumit", "not a kind"},
		"bad date":      {"from=2025-13-01", "not a date"},
		"empty window":  {"from=2025-12-01&to=2025-11-01", "to must be after from"},
		"bad escape":    {"participant=%", "%-encoded"},
		"repeated":      {"kind=summit&kind=visit", "more than once"},
		"bad lang":      {"lang=fr", `"hi" (Hindi) or "en" (English)`},
		"huge value":    {"participant=" + strings.Repeat("%E0%A4%AA", 100), "200 bytes"},
		"NUL":           {"participant=%00", "printable"},
		"country digit": {"country=12", "alpha-2"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			for _, method := range []string{"GET", "HEAD"} {
				w := serve(f, method, "/calendar.ics?"+tc.query, nil)
				if w.Code != http.StatusBadRequest {
					t.Fatalf("%s ?%s: status %d, want 400", method, tc.query, w.Code)
				}
				if method == "GET" && !strings.Contains(w.Body.String(), tc.says) {
					t.Errorf("%s ?%s: body %q does not say %q", method, tc.query, w.Body, tc.says)
				}
				if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
					t.Errorf("%s ?%s: Content-Type %q, want text/plain", method, tc.query, ct)
				}
			}
		})
	}
}

func TestFeedParticipantSpellingsAreOneFeed(t *testing.T) {
	f := newSeedFeed(t, nil)
	first := serve(f, "GET", "/calendar.ics?participant=Putin", nil)
	if first.Code != 200 {
		t.Fatalf("?participant=Putin: status %d", first.Code)
	}
	for _, q := range []string{"participant=putin", "participant=PUTIN", "participant=+putin+"} {
		w := serve(f, "GET", "/calendar.ics?"+q, nil)
		if w.Code != 200 {
			t.Fatalf("?%s: status %d", q, w.Code)
		}
		for _, k := range []string{"Etag", "Content-Disposition"} {
			if got, want := w.Header().Get(k), first.Header().Get(k); got != want {
				t.Errorf("?%s: %s = %q, want %q (as for ?participant=Putin)", q, k, got, want)
			}
		}
		if !bytes.Equal(w.Body.Bytes(), first.Body.Bytes()) {
			t.Errorf("?%s: body differs from ?participant=Putin's", q)
		}
	}
}
