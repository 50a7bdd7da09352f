package ical

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// feedModified is the modification time the tests give the seed timeline.
var feedModified = time.Date(2025, time.November, 18, 15, 4, 5, 0, time.UTC)

func newSeedFeed(t testing.TB, opts *FeedOptions) *Feed {
	t.Helper()
	f, err := NewFeed(seed.Timeline(), feedModified, opts)
	if err != nil {
		t.Fatalf("NewFeed: %v", err)
	}
	return f
}

// wantBody is what the feed should serve for tl filtered by keep, named
// name, in lang: the encoder's output with those options, computed
// without the handler.
func wantBody(t testing.TB, tl *timeline.Timeline, keep func(*timeline.Event) bool, lang timeline.Lang, name string) []byte {
	t.Helper()
	if keep != nil {
		tl = selectEvents(tl, keep)
	}
	b, err := Marshal(tl, &Options{Lang: lang, Name: name})
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return b
}

func strongETag(b []byte, suffix string) string {
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:16]) + suffix + `"`
}

func gunzip(t testing.TB, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("gzip.NewReader: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	return out
}

func serve(h http.Handler, method, target string, header http.Header) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		r.Header[k] = v
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestFeedHeaders(t *testing.T) {
	f := newSeedFeed(t, nil)
	tl := seed.Timeline()
	full := wantBody(t, tl, nil, timeline.Hindi, tl.Title.Hi)
	etag := strongETag(full, "")
	gzETag := strongETag(full, "-gz")
	lastMod := feedModified.Format(http.TimeFormat)
	gzipped := serve(f, "GET", "/calendar.ics", http.Header{"Accept-Encoding": {"gzip"}}).Body.Bytes()

	// Every 200 carries these.
	common := map[string]string{
		"Cache-Control":       "public, max-age=300",
		"Content-Disposition": "attachment; filename=calendar.ics",
		"Vary":                "Accept-Encoding",
		"Last-Modified":       lastMod,
		"Content-Type":        "text/calendar; charset=utf-8",
	}
	type check struct {
		code    int
		headers map[string]string // "" means absent
		body    func(t *testing.T, b []byte)
	}
	bodyIs := func(want []byte) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			t.Helper()
			if !bytes.Equal(b, want) {
				t.Errorf("body: %d bytes, want %d bytes (the encoder's output)", len(b), len(want))
			}
		}
	}
	gzBodyIs := func(want []byte) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			t.Helper()
			if got := gunzip(t, b); !bytes.Equal(got, want) {
				t.Errorf("gunzipped body: %d bytes, want %d bytes", len(got), len(want))
			}
		}
	}
	h := func(kv ...string) http.Header {
		hd := http.Header{}
		for i := 0; i < len(kv); i += 2 {
			hd.Add(kv[i], kv[i+1])
		}
		return hd
	}
	yesterday := feedModified.Add(-24 * time.Hour).Format(http.TimeFormat)
	tests := map[string]struct {
		method string
		header http.Header
		want   check
		reason string
	}{
		"GET": {
			method: "GET",
			want: check{code: 200, headers: map[string]string{"Etag": etag, "Content-Length": strconv.Itoa(len(full)), "Content-Encoding": ""},
				body: bodyIs(full)},
		},
		"HEAD has the headers and no body": {
			method: "HEAD",
			want:   check{code: 200, headers: map[string]string{"Etag": etag, "Content-Length": strconv.Itoa(len(full))}, body: bodyIs(nil)},
		},
		"If-None-Match with the ETag is 304": {
			method: "GET", header: h("If-None-Match", etag),
			want: check{code: 304, headers: map[string]string{"Etag": etag, "Content-Type": "", "Content-Length": ""}, body: bodyIs(nil)},
		},
		"If-None-Match among several": {
			method: "GET", header: h("If-None-Match", `"other", `+etag),
			want: check{code: 304, headers: map[string]string{"Etag": etag}, body: bodyIs(nil)},
		},
		"If-None-Match weak form matches too": {
			method: "GET", header: h("If-None-Match", "W/"+etag),
			want:   check{code: 304, body: bodyIs(nil)},
			reason: "RFC 9110 13.1.2: If-None-Match uses the weak comparison",
		},
		"If-None-Match *": {
			method: "GET", header: h("If-None-Match", "*"),
			want: check{code: 304, body: bodyIs(nil)},
		},
		"If-None-Match with an old ETag is a full 200": {
			method: "GET", header: h("If-None-Match", `"0123456789abcdef"`),
			want: check{code: 200, headers: map[string]string{"Etag": etag}, body: bodyIs(full)},
		},
		"HEAD with If-None-Match is 304": {
			method: "HEAD", header: h("If-None-Match", etag),
			want: check{code: 304, body: bodyIs(nil)},
		},
		"If-Modified-Since the version is 304": {
			method: "GET", header: h("If-Modified-Since", lastMod),
			want: check{code: 304, headers: map[string]string{"Etag": etag}, body: bodyIs(nil)},
		},
		"If-Modified-Since earlier is 200": {
			method: "GET", header: h("If-Modified-Since", yesterday),
			want: check{code: 200, body: bodyIs(full)},
		},
		"If-None-Match wins over If-Modified-Since": {
			method: "GET", header: h("If-None-Match", `"old"`, "If-Modified-Since", lastMod),
			want:   check{code: 200, body: bodyIs(full)},
			reason: "RFC 9110 13.2.2: If-Modified-Since is ignored when If-None-Match is present",
		},
		"Range": {
			method: "GET", header: h("Range", "bytes=0-99"),
			want: check{code: 206, headers: map[string]string{"Content-Range": fmt.Sprintf("bytes 0-99/%d", len(full)), "Content-Length": "100", "Etag": etag},
				body: bodyIs(full[:100])},
		},
		"Range suffix": {
			method: "GET", header: h("Range", "bytes=-17"),
			want: check{code: 206, headers: map[string]string{"Content-Range": fmt.Sprintf("bytes %d-%d/%d", len(full)-17, len(full)-1, len(full))},
				body: bodyIs(full[len(full)-17:])},
		},
		"Range past the end is 416": {
			method: "GET", header: h("Range", fmt.Sprintf("bytes=%d-", len(full)+10)),
			want: check{code: 416, headers: map[string]string{"Content-Range": fmt.Sprintf("bytes */%d", len(full))}},
		},
		"If-Range with the ETag gives the range": {
			method: "GET", header: h("Range", "bytes=10-19", "If-Range", etag),
			want: check{code: 206, body: bodyIs(full[10:20])},
		},
		"If-Range with an old ETag gives everything": {
			method: "GET", header: h("Range", "bytes=10-19", "If-Range", `"old"`),
			want: check{code: 200, body: bodyIs(full)},
		},
		"gzip": {
			method: "GET", header: h("Accept-Encoding", "gzip, deflate, br"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "gzip", "Etag": gzETag}, body: gzBodyIs(full)},
		},
		"x-gzip and q-values": {
			method: "GET", header: h("Accept-Encoding", "br;q=1.0, x-gzip;q=0.5"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "gzip"}, body: gzBodyIs(full)},
		},
		"gzip;q=0 is refused": {
			method: "GET", header: h("Accept-Encoding", "gzip;q=0, *"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "", "Etag": etag}, body: bodyIs(full)},
		},
		"identity only": {
			method: "GET", header: h("Accept-Encoding", "identity"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": ""}, body: bodyIs(full)},
		},
		"gzip with its ETag is 304": {
			method: "GET", header: h("Accept-Encoding", "gzip", "If-None-Match", gzETag),
			want: check{code: 304, headers: map[string]string{"Etag": gzETag, "Content-Encoding": ""}, body: bodyIs(nil)},
		},
		"gzip with the identity ETag is a 200": {
			method: "GET", header: h("Accept-Encoding", "gzip", "If-None-Match", etag),
			want:   check{code: 200, headers: map[string]string{"Etag": gzETag}, body: gzBodyIs(full)},
			reason: "the client holds other bytes than the ones it would get now",
		},
		"gzip HEAD": {
			method: "HEAD", header: h("Accept-Encoding", "gzip"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "gzip", "Etag": gzETag, "Content-Length": strconv.Itoa(len(gzipped))}, body: bodyIs(nil)},
		},
		"gzip Range counts gzipped bytes": {
			method: "GET", header: h("Accept-Encoding", "gzip", "Range", "bytes=0-1"),
			want:   check{code: 206, headers: map[string]string{"Content-Encoding": "gzip", "Content-Length": "2"}, body: bodyIs([]byte{0x1f, 0x8b})},
			reason: "RFC 9110 14.1.2: ranges are over the selected representation, here the gzipped one",
		},
		"gzip with several ranges gets the whole gzipped body": {
			method: "GET", header: h("Accept-Encoding", "gzip", "Range", "bytes=0-1,5-6"),
			want:   check{code: 200, headers: map[string]string{"Content-Encoding": "gzip", "Etag": gzETag, "Content-Length": strconv.Itoa(len(gzipped)), "Content-Range": ""}, body: gzBodyIs(full)},
			reason: "multipart/byteranges labelled Content-Encoding: gzip cannot be decoded; a server may ignore Range (RFC 9110 14.2)",
		},
		"several ranges without gzip are multipart": {
			method: "GET", header: h("Range", "bytes=0-1,5-6"),
			want: check{code: 206, headers: map[string]string{"Content-Encoding": ""}},
		},
		"POST is 405": {
			method: "POST",
			want:   check{code: 405, headers: map[string]string{"Allow": "GET, HEAD", "Etag": ""}},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			w := serve(f, tc.method, "/calendar.ics", tc.header)
			if w.Code != tc.want.code {
				t.Fatalf("%s with %v: status %d, want %d (%s)\n%s", tc.method, tc.header, w.Code, tc.want.code, tc.reason, w.Body.String())
			}
			if tc.want.code == 200 {
				for k, v := range common {
					if _, set := tc.want.headers[k]; set {
						continue
					}
					if got := w.Header().Get(k); got != v {
						t.Errorf("%s: %s = %q, want %q", name, k, got, v)
					}
				}
			}
			for k, v := range tc.want.headers {
				if got := w.Header().Get(k); got != v {
					t.Errorf("%s: %s = %q, want %q", name, k, got, v)
				}
			}
			if tc.want.body != nil {
				tc.want.body(t, w.Body.Bytes())
			}
		})
	}
}

// TestFeedOverTheWire checks what a recorder cannot: the gzipped body goes
// out with a Content-Length (not chunked), and the plain one as well.
func TestFeedOverTheWire(t *testing.T) {
	f := newSeedFeed(t, nil)
	srv := httptest.NewServer(f)
	defer srv.Close()
	for _, enc := range []string{"", "gzip"} {
		req, _ := http.NewRequest("GET", srv.URL+"/calendar.ics", nil)
		req.Header.Set("Accept-Encoding", enc) // "" too: the Transport would ask for gzip and gunzip itself
		if enc == "" {
			req.Header.Set("Accept-Encoding", "identity")
		}
		resp, err := srv.Client().Transport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.ContentLength != int64(len(b)) || len(resp.TransferEncoding) != 0 {
			t.Errorf("Accept-Encoding %q: Content-Length %d, Transfer-Encoding %v, body %d bytes; want a Content-Length equal to the body",
				enc, resp.ContentLength, resp.TransferEncoding, len(b))
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header []string
		want   bool
	}{
		{nil, false},
		{[]string{""}, false},
		{[]string{"gzip"}, true},
		{[]string{"GZIP"}, true},
		{[]string{"deflate, gzip;q=1.0, *;q=0.5"}, true},
		{[]string{"br", "gzip"}, true},
		{[]string{"gzip;q=0"}, false},
		{[]string{"gzip; q=0.000"}, false},
		{[]string{"gzip;q=0.001"}, true},
		{[]string{"gzip;q=abc"}, false},
		{[]string{"*"}, true},
		{[]string{"*;q=0"}, false},
		{[]string{"gzip;q=0, *"}, false},
		{[]string{"identity"}, false},
		{[]string{"gzipx"}, false},
		{[]string{" x-gzip "}, true},
	}
	for _, tc := range tests {
		if got := acceptsGzip(tc.header); got != tc.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

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

// FuzzFeedServeHTTP sends the feed any query string and conditional or
// range headers: it must never panic or answer 500, a 400 must say what
// was wrong, and a 200 must be a calendar whose ETag is its hash.
func FuzzFeedServeHTTP(f *testing.F) {
	f.Add("country=RU&kind=summit&from=2025-11-01", "", "", "gzip")
	f.Add("participant=%E0%A4%AA", `"x"`, "bytes=0-10", "")
	f.Add("to=2025-02-30&lang=en", "*", "bytes=-5,0-1", "gzip;q=0")
	f.Add("status=held;kind=visit", "W/\"a\"", "bytes=9999999-", "*")
	feed := newSeedFeed(f, &FeedOptions{CacheSize: 8})
	f.Fuzz(func(t *testing.T, query, inm, rng, ae string) {
		r, err := http.NewRequest("GET", "http://feed.example/calendar.ics", nil)
		if err != nil {
			t.Fatal(err)
		}
		r.URL.RawQuery = query
		for k, v := range map[string]string{"If-None-Match": inm, "Range": rng, "Accept-Encoding": ae} {
			if v != "" {
				r.Header.Set(k, v)
			}
		}
		w := httptest.NewRecorder()
		feed.ServeHTTP(w, r)
		switch w.Code {
		case 200:
			body := w.Body.Bytes()
			if w.Header().Get("Content-Encoding") == "gzip" {
				body = gunzip(t, body)
			}
			if !bytes.HasPrefix(body, []byte("BEGIN:VCALENDAR\r\n")) {
				t.Fatalf("?%s: 200 without a calendar", query)
			}
			if etag := w.Header().Get("Etag"); w.Header().Get("Content-Encoding") == "" && etag != strongETag(body, "") {
				t.Fatalf("?%s: ETag %s is not the hash of the body", query, etag)
			}
		case 400:
			if !strings.HasPrefix(w.Body.String(), "ical: query") {
				t.Fatalf("?%s: 400 %q does not say what was wrong", query, w.Body)
			}
		case 206, 304, 416:
		default:
			t.Fatalf("?%s (If-None-Match %q, Range %q, Accept-Encoding %q): status %d", query, inm, rng, ae, w.Code)
		}
	})
}

// eventIDs decodes an .ics body with the package's own reader.
func eventIDs(t *testing.T, body []byte) []string {
	t.Helper()
	tl, err := Unmarshal(body)
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

func TestFeedRendersOncePerVersionAndQuery(t *testing.T) {
	f := newSeedFeed(t, nil)
	const clients = 64
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			hdr := http.Header{}
			if i%2 == 0 {
				hdr.Set("Accept-Encoding", "gzip")
			}
			if w := serve(f, "GET", "/calendar.ics?kind=summit", hdr); w.Code != 200 {
				t.Errorf("status %d", w.Code)
			}
		})
	}
	wg.Wait()
	// NewFeed rendered the whole feed; the requests rendered ?kind=summit.
	if n := f.renders.Load(); n != 2 {
		t.Errorf("%d concurrent requests for one feed: %d renderings in all, want 2 (the whole feed at NewFeed, then this one)", clients, n)
	}
	// The same feed spelled differently is the same rendering.
	serve(f, "GET", "/calendar.ics?kind=SUMMIT&lang=hi", nil)
	if n := f.renders.Load(); n != 2 {
		t.Errorf("after ?kind=SUMMIT&lang=hi: %d renderings, want 2 (same normalized query)", n)
	}
	serve(f, "GET", "/calendar.ics?kind=visit", nil)
	serve(f, "GET", "/calendar.ics", nil)
	if n := f.renders.Load(); n != 3 {
		t.Errorf("after ?kind=visit and the whole feed: %d renderings, want 3", n)
	}
}

// dropAll empties c, so that the next request renders again.
func dropAll(c *renderCache) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, rd := range c.m {
		c.remove(rd)
	}
}

func TestFeedOneOffQueriesDoNotEvictPolledFeeds(t *testing.T) {
	f := newSeedFeed(t, &FeedOptions{CacheSize: 8})
	polled := []string{"", "lang=en", "kind=summit", "kind=summit", "country=RU", "country=RU"}
	for _, q := range polled {
		serve(f, "GET", "/calendar.ics?"+q, nil)
	}
	before := f.renders.Load()
	// A crawler tries 40 date windows, once each.
	for i := range 40 {
		q := "from=" + date.Of(2025, 1, 1).AddDays(i).String()
		if w := serve(f, "GET", "/calendar.ics?"+q, nil); w.Code != 200 {
			t.Fatalf("GET ?%s: %d", q, w.Code)
		}
	}
	if n := f.cache.len(); n > 8+2 {
		t.Errorf("the cache holds %d renderings, want at most 10 (8 filtered, 2 unfiltered)", n)
	}
	after := f.renders.Load()
	if after != before+40 {
		t.Fatalf("40 new queries made %d renderings, want 40", after-before)
	}
	for _, q := range polled {
		serve(f, "GET", "/calendar.ics?"+q, nil)
		if n := f.renders.Load(); n != after {
			t.Errorf("?%s was rendered again after 40 one-off queries: it was evicted", q)
			after = n
		}
	}
}

func TestRenderCacheRefusesOldVersions(t *testing.T) {
	var c renderCache
	c.init(4)
	c.dropBefore(2) // a Replace made version 2 current
	// A request that loaded version 1 before the Replace finishes now.
	for _, pinned := range []bool{false, true} {
		rd := c.get(context.Background(), 1, "kind=summit", pinned, func(*rendering) error { return nil })
		if rd == nil || rd.err != nil {
			t.Fatalf("get: %+v", rd)
		}
		if n := c.len(); n != 0 {
			t.Errorf("pinned %v: a rendering of version 1 was kept after dropBefore(2): %d renderings", pinned, n)
		}
	}
	c.put(&rendering{done: make(chan struct{}), key: cacheKey{1, ""}})
	if n := c.len(); n != 0 {
		t.Errorf("put of version 1 after dropBefore(2) was kept: %d renderings", n)
	}
	c.get(context.Background(), 2, "kind=summit", false, func(*rendering) error { return nil })
	if n := c.len(); n != 1 {
		t.Errorf("version 2: %d renderings kept, want 1", n)
	}
}

func TestFeedCacheIsBounded(t *testing.T) {
	f := newSeedFeed(t, &FeedOptions{CacheSize: 3})
	for i := range 20 {
		q := "from=" + date.Of(2025, 1, 1).AddDays(i).String()
		if w := serve(f, "GET", "/calendar.ics?"+q, nil); w.Code != 200 {
			t.Fatalf("GET ?%s: %d", q, w.Code)
		}
		if n := f.cache.len(); n > 3 {
			t.Fatalf("after %d queries the cache holds %d renderings, want at most 3", i+1, n)
		}
	}
	// The most recent stays cached; the oldest was evicted and renders again.
	before := f.renders.Load()
	serve(f, "GET", "/calendar.ics?from=2025-01-20", nil)
	if f.renders.Load() != before {
		t.Errorf("the most recent query was rendered again")
	}
	serve(f, "GET", "/calendar.ics?from=2025-01-01", nil)
	if f.renders.Load() != before+1 {
		t.Errorf("the evicted query was not rendered again")
	}
}

func TestFeedReplace(t *testing.T) {
	f := newSeedFeed(t, nil)
	first := serve(f, "GET", "/calendar.ics", nil)

	t.Run("same content is no new version", func(t *testing.T) {
		changed, err := f.Replace(seed.Timeline(), feedModified.Add(time.Hour))
		if err != nil || changed {
			t.Fatalf("Replace(same timeline) = %v, %v; want false, nil", changed, err)
		}
		w := serve(f, "GET", "/calendar.ics", nil)
		if w.Header().Get("Etag") != first.Header().Get("Etag") || w.Header().Get("Last-Modified") != first.Header().Get("Last-Modified") {
			t.Errorf("ETag/Last-Modified changed from %s/%s to %s/%s",
				first.Header().Get("Etag"), first.Header().Get("Last-Modified"), w.Header().Get("Etag"), w.Header().Get("Last-Modified"))
		}
	})
	t.Run("invalid timeline is rejected and the old version stays", func(t *testing.T) {
		bad := seed.Timeline()
		bad.Events[0].Kind = "summitt"
		changed, err := f.Replace(bad, feedModified.Add(time.Hour))
		var ve *timeline.ValidationError
		if changed || !errors.As(err, &ve) {
			t.Fatalf("Replace(invalid) = %v, %v; want false and a *timeline.ValidationError", changed, err)
		}
		if n, _ := f.Version(); n != 1 {
			t.Errorf("version %d after a rejected Replace, want 1", n)
		}
		if _, err := f.Replace(nil, time.Time{}); err == nil {
			t.Errorf("Replace(nil) succeeded")
		}
	})
	t.Run("the feed keeps its own copy", func(t *testing.T) {
		tl := seed.Timeline()
		tl.Events[0].Title.Hi = "नया शीर्षक"
		if _, err := f.Replace(tl, feedModified.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		before := serve(f, "GET", "/calendar.ics", nil).Body.String()
		tl.Events[0].Title.Hi = "बदला हुआ शीर्षक" // the editor goes on editing
		dropAll(&f.cache)                         // force a new rendering
		after := serve(f, "GET", "/calendar.ics", nil).Body.String()
		if before != after || strings.Contains(after, "बदला") {
			t.Errorf("editing the timeline after Replace changed the feed")
		}
	})
	t.Run("Last-Modified only moves forward", func(t *testing.T) {
		_, prev := f.Version()
		tl := seed.Timeline()
		tl.Events[0].Title.En = "Moved back in time"
		if _, err := f.Replace(tl, feedModified.Add(-48*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, got := f.Version(); !got.Equal(prev.Add(time.Second)) {
			t.Errorf("modified = %v after Replace with an earlier time; want %v (one second after the previous)", got, prev.Add(time.Second))
		}
	})
	t.Run("zero modified is the day of the newest change", func(t *testing.T) {
		g, err := NewFeed(seed.Timeline(), time.Time{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, got := g.Version(); !got.Equal(time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("modified = %v, want 2025-11-18 00:00 UTC (seed.Timeline().Updated())", got)
		}
	})
	t.Run("a timeline the encoder rejects is rejected", func(t *testing.T) {
		g := newSeedFeed(t, nil)
		g.marshal = func(*timeline.Timeline, *Options) ([]byte, error) { return nil, errors.New("cannot") }
		tl := seed.Timeline()
		tl.Events[0].Title.En = "Changed"
		if changed, err := g.Replace(tl, feedModified.Add(time.Hour)); changed || err == nil {
			t.Errorf("Replace with a failing encoder = %v, %v; want false and an error", changed, err)
		}
		if n, _ := g.Version(); n != 1 {
			t.Errorf("version %d, want 1", n)
		}
	})
	t.Run("old renderings are dropped", func(t *testing.T) {
		g := newSeedFeed(t, nil)
		for _, q := range []string{"", "kind=summit", "country=RU"} {
			serve(g, "GET", "/calendar.ics?"+q, nil)
		}
		tl := seed.Timeline()
		tl.Events[0].Title.En = "Changed"
		if _, err := g.Replace(tl, feedModified.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if n := g.cache.len(); n != 1 {
			t.Errorf("%d renderings kept after Replace, want 1 (the new version's whole feed)", n)
		}
	})
	t.Run("a filtered feed keeps its validators across edits elsewhere", func(t *testing.T) {
		g := newSeedFeed(t, nil)
		summit1 := serve(g, "GET", "/calendar.ics?kind=summit", nil)
		visit1 := serve(g, "GET", "/calendar.ics?kind=visit", nil)
		tl := seed.Timeline()
		tl.Event(seed.PutinVisitID).Title.Hi = "पुतिन का भारत दौरा (अद्यतन)"
		edited := feedModified.Add(time.Hour)
		if _, err := g.Replace(tl, edited); err != nil {
			t.Fatal(err)
		}
		summit2 := serve(g, "GET", "/calendar.ics?kind=summit", nil)
		visit2 := serve(g, "GET", "/calendar.ics?kind=visit", nil)
		for _, k := range []string{"Etag", "Last-Modified"} {
			if a, b := summit1.Header().Get(k), summit2.Header().Get(k); a != b {
				t.Errorf("?kind=summit, untouched by the edit: %s %s → %s, want unchanged", k, a, b)
			}
		}
		if a, b := visit1.Header().Get("Etag"), visit2.Header().Get("Etag"); a == b {
			t.Errorf("?kind=visit, edited: ETag unchanged (%s)", a)
		}
		if got, want := visit2.Header().Get("Last-Modified"), edited.Format(http.TimeFormat); got != want {
			t.Errorf("?kind=visit, edited: Last-Modified %s, want %s", got, want)
		}
		if w := serve(g, "GET", "/calendar.ics?kind=summit", http.Header{"If-Modified-Since": {summit1.Header().Get("Last-Modified")}}); w.Code != 304 {
			t.Errorf("?kind=summit If-Modified-Since its old Last-Modified: %d, want 304", w.Code)
		}
	})
	t.Run("bad options", func(t *testing.T) {
		if _, err := NewFeed(seed.Timeline(), feedModified, &FeedOptions{Calendar: Options{Lang: "ru"}}); err == nil {
			t.Errorf("NewFeed with Lang %q succeeded", "ru")
		}
	})
}

// TestFeedConcurrentReplace replaces the timeline while clients poll.
// Every response must be one whole version: its ETag is the hash of its
// body, and body, ETag and Last-Modified all belong to the same version.
// Run it with -race.
func TestFeedConcurrentReplace(t *testing.T) {
	const versions = 30
	tls := make([]*timeline.Timeline, versions)
	mods := make([]time.Time, versions)
	byETag := map[string]int{} // identity and gzip ETag → version index
	bodies := make([][]byte, versions)
	for i := range versions {
		tl := seed.Timeline()
		tl.Events[0].Title.Hi = fmt.Sprintf("संस्करण %d", i)
		if i%2 == 1 {
			tl.Events = tl.Events[:len(tl.Events)-1] // versions differ in size too
		}
		tls[i], mods[i] = tl, feedModified.Add(time.Duration(i)*time.Minute)
		bodies[i] = wantBody(t, tl, nil, timeline.Hindi, tl.Title.Hi)
		byETag[strongETag(bodies[i], "")] = i
		byETag[strongETag(bodies[i], "-gz")] = i
	}
	f, err := NewFeed(tls[0], mods[0], &FeedOptions{CacheSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(f)
	defer srv.Close()

	done := make(chan struct{})
	var wg sync.WaitGroup
	// Stop the clients however the test ends, a t.Fatalf below included.
	defer func() {
		close(done)
		wg.Wait()
	}()
	for c := range 8 {
		wg.Go(func() {
			client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
			defer client.CloseIdleConnections()
			last := -1
			for n := 0; ; n++ {
				select {
				case <-done:
					if n == 0 {
						t.Errorf("client %d made no request", c)
					}
					return
				default:
				}
				req, _ := http.NewRequest("GET", srv.URL, nil)
				gz := (c+n)%2 == 0
				if gz {
					req.Header.Set("Accept-Encoding", "gzip")
				}
				if c%3 == 0 && n%4 == 3 {
					req.Header.Set("Range", "bytes=0-63")
				}
				resp, err := client.Do(req)
				if err != nil {
					t.Errorf("client %d: %v", c, err)
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil {
					t.Errorf("client %d: reading body: %v", c, err)
					return
				}
				etag := resp.Header.Get("Etag")
				i, ok := byETag[etag]
				if !ok {
					t.Errorf("client %d: ETag %s belongs to no version", c, etag)
					return
				}
				if resp.Header.Get("Last-Modified") != mods[i].Format(http.TimeFormat) {
					t.Errorf("client %d: ETag of version %d with Last-Modified %s, want %s", c, i, resp.Header.Get("Last-Modified"), mods[i].Format(http.TimeFormat))
				}
				if gz && resp.StatusCode == 200 {
					body = gunzip(t, body)
				}
				want := bodies[i]
				if resp.StatusCode == 206 {
					if gz {
						continue // a range of gzipped bytes; checked in TestFeedHeaders
					}
					want = want[:64]
				}
				if !bytes.Equal(body, want) {
					t.Errorf("client %d: body (%d bytes, status %d) is not version %d's (%d bytes)", c, len(body), resp.StatusCode, i, len(want))
					return
				}
				if i < last {
					t.Errorf("client %d: got version %d after version %d", c, i, last)
				}
				last = i
			}
		})
	}
	for i := 1; i < versions; i++ {
		time.Sleep(2 * time.Millisecond) // let the clients see this version
		if changed, err := f.Replace(tls[i], mods[i]); err != nil || !changed {
			t.Fatalf("Replace(version %d) = %v, %v", i, changed, err)
		}
	}
}

// TestFeedSubscribe polls the feed the way a calendar program does:
// GET, then conditional GETs with the validators it got, then, after an
// editor saves a change, a conditional GET that brings the new version.
func TestFeedSubscribe(t *testing.T) {
	f := newSeedFeed(t, &FeedOptions{Calendar: Options{Lang: timeline.English}})
	srv := httptest.NewServer(f)
	defer srv.Close()
	client := srv.Client() // sends Accept-Encoding: gzip and gunzips, as most programs do
	url := srv.URL + "/calendar.ics?participant=Putin"

	poll := func(etag, lastMod string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", url, nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		if lastMod != "" {
			req.Header.Set("If-Modified-Since", lastMod)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}

	resp, body := poll("", "")
	if resp.StatusCode != 200 || !strings.Contains(body, "BEGIN:VCALENDAR") || !strings.Contains(body, "Putin") {
		t.Fatalf("first GET: %d, %d bytes", resp.StatusCode, len(body))
	}
	etag, lastMod := resp.Header.Get("Etag"), resp.Header.Get("Last-Modified")
	if etag == "" || lastMod == "" {
		t.Fatalf("first GET: ETag %q, Last-Modified %q; want both", etag, lastMod)
	}
	for i := range 3 {
		if resp, body := poll(etag, lastMod); resp.StatusCode != 304 || body != "" {
			t.Fatalf("conditional GET %d: %d with %d bytes, want 304 and no body", i, resp.StatusCode, len(body))
		}
	}
	if resp, _ := poll("", lastMod); resp.StatusCode != 304 {
		t.Errorf("GET If-Modified-Since alone: %d, want 304", resp.StatusCode)
	}

	// The editor confirms Putin's visit for 4–5 December.
	tl := seed.Timeline()
	visit := tl.Event(seed.PutinVisitID)
	visit.When = until(date.OnDay(date.Of(2025, 12, 4)), date.OnDay(date.Of(2025, 12, 5))).WithZone("Asia/Kolkata")
	visit.History = append(visit.History, timeline.StatusChange{Status: timeline.Confirmed, On: date.Of(2025, 11, 28), Source: "reports"})
	if _, err := f.Replace(tl, feedModified.Add(10*24*time.Hour)); err != nil {
		t.Fatal(err)
	}

	resp, body = poll(etag, lastMod)
	if resp.StatusCode != 200 {
		t.Fatalf("conditional GET after the update: %d, want 200", resp.StatusCode)
	}
	if !strings.Contains(body, "DTSTART;VALUE=DATE:20251204") || !strings.Contains(body, "SEQUENCE:1") {
		t.Errorf("the new version does not have the confirmed 4–5 December visit with SEQUENCE:1:\n%s", body)
	}
	newETag, newLastMod := resp.Header.Get("Etag"), resp.Header.Get("Last-Modified")
	if newETag == etag {
		t.Errorf("ETag unchanged (%s) though the bytes changed", etag)
	}
	if newLastMod != feedModified.Add(10*24*time.Hour).Format(http.TimeFormat) {
		t.Errorf("Last-Modified = %q, want the time of the update", newLastMod)
	}
	if resp, _ := poll("", lastMod); resp.StatusCode != 200 {
		t.Errorf("GET If-Modified-Since the old version: %d, want 200", resp.StatusCode)
	}
	if resp, _ := poll(newETag, newLastMod); resp.StatusCode != 304 {
		t.Errorf("conditional GET with the new validators: %d, want 304", resp.StatusCode)
	}
}

func TestFeedRenderError(t *testing.T) {
	if _, err := NewFeed(seed.Timeline(), feedModified, &FeedOptions{Calendar: Options{Coarse: CoarsePolicy(99)}}); err == nil || !strings.Contains(err.Error(), "cannot be encoded") {
		t.Errorf("NewFeed with options the encoder rejects: %v, want an error", err)
	}

	var logged bytes.Buffer
	f := newSeedFeed(t, &FeedOptions{ErrorLog: log.New(&logged, "", 0)})
	f.marshal = func(*timeline.Timeline, *Options) ([]byte, error) { return nil, errors.New("secret internals") }
	w := serve(f, "GET", "/calendar.ics?kind=summit", nil)
	if w.Code != 500 || strings.Contains(w.Body.String(), "secret") {
		t.Errorf("GET with a failing encoder: %d %q; want 500 without internals", w.Code, w.Body)
	}
	if !strings.Contains(logged.String(), `rendering version 1 for query "kind=summit": secret internals`) {
		t.Errorf("log %q does not name the failure", logged.String())
	}
	if n := f.cache.len(); n != 1 {
		t.Errorf("cache holds %d renderings, want 1 (the whole feed, not the failed one)", n)
	}
	// The whole feed was rendered before the encoder broke: still served.
	if w := serve(f, "GET", "/calendar.ics", nil); w.Code != 200 {
		t.Errorf("GET of the whole feed: %d, want 200 from the cache", w.Code)
	}
	// A panicking encoder is a 500 too, not a crash or a hung request.
	f.marshal = func(*timeline.Timeline, *Options) ([]byte, error) { panic("boom") }
	if w := serve(f, "GET", "/calendar.ics?kind=visit", nil); w.Code != 500 {
		t.Errorf("GET with a panicking encoder: %d, want 500", w.Code)
	}
}

// TestFeedRequestEndsWhileRendering: a request that ends while it waits
// for another request's rendering gets a 503, never an empty 200.
func TestFeedRequestEndsWhileRendering(t *testing.T) {
	f := newSeedFeed(t, nil)
	entered, release := make(chan struct{}), make(chan struct{})
	f.marshal = func(t *timeline.Timeline, o *Options) ([]byte, error) {
		close(entered)
		<-release
		return Marshal(t, o)
	}
	first := make(chan int)
	go func() { first <- serve(f, "GET", "/calendar.ics?kind=visit", nil).Code }()
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := httptest.NewRequestWithContext(ctx, "GET", "/calendar.ics?kind=visit", nil)
	w := httptest.NewRecorder()
	f.ServeHTTP(w, r)
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Errorf("request ended while waiting: %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	close(release)
	if code := <-first; code != 200 {
		t.Errorf("the rendering request: %d, want 200", code)
	}
}

func TestFeedURLOption(t *testing.T) {
	f := newSeedFeed(t, &FeedOptions{Calendar: Options{URL: "https://news.example/calendar.ics"}})
	for q, want := range map[string]string{
		"":                       "\r\nSOURCE;VALUE=URI:https://news.example/calendar.ics\r\n",
		"kind=SUMMIT&country=ru": "\r\nSOURCE;VALUE=URI:https://news.example/calendar.ics?country=RU&kind=summit\r\n",
	} {
		body := strings.ReplaceAll(serve(f, "GET", "/calendar.ics?"+q, nil).Body.String(), "\r\n ", "")
		if !strings.Contains(body, want) {
			t.Errorf("GET ?%s: body lacks %q:\n%.600s", q, want, body)
		}
	}
}

// TestFeedInterop runs feed bodies, fetched over HTTP, through the same
// independent parsers as TestInterop.
func TestFeedInterop(t *testing.T) {
	run := interopRunner(t)
	f := newSeedFeed(t, nil)
	srv := httptest.NewServer(f)
	defer srv.Close()
	feeds := []struct {
		query string
		keep  func(*timeline.Event) bool
		lang  timeline.Lang
		name  string
	}{
		{"", nil, timeline.Hindi, ""},
		{"lang=en", nil, timeline.English, ""},
		{"country=RU&kind=summit&from=2025-11-01", timeline.All(timeline.InCountry("RU"), timeline.OfKind(timeline.Summit), timeline.InRange(date.Of(2025, 11, 1), date.Date{})), timeline.Hindi, " — RU · summit · from 2025-11-01"},
		{"participant=पुतिन&lang=en", timeline.HasParticipant("पुतिन"), timeline.English, " — पुतिन"},
	}
	dir := t.TempDir()
	for _, p := range parsers {
		t.Run(p, func(t *testing.T) {
			requireParser(t, p)
			for i, fd := range feeds {
				name := "?" + fd.query
				if fd.query == "" {
					name = "whole feed"
				}
				t.Run(name, func(t *testing.T) {
					resp, err := srv.Client().Get(srv.URL + "/calendar.ics?" + fd.query)
					if err != nil {
						t.Fatal(err)
					}
					body, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						t.Fatalf("GET ?%s: %d", fd.query, resp.StatusCode)
					}
					file := filepath.Join(dir, fmt.Sprintf("%s-feed-%d.ics", p, i))
					if err := os.WriteFile(file, body, 0o644); err != nil {
						t.Fatal(err)
					}
					got := readWith(t, run, p, file)
					// What we meant: the filtered timeline, with the calendar
					// name the feed gives it (compareParsed reads the name
					// from the title).
					want := seed.Timeline()
					if fd.keep != nil {
						want = selectEvents(want, fd.keep)
					}
					name := want.Title.In(fd.lang) + fd.name
					want.Title = timeline.Text{Hi: name, En: name}
					opts := Options{Lang: fd.lang}
					compareParsed(t, p, &got, wantEvents(t, want, opts), want, opts)
				})
			}
		})
	}
}

// discardWriter is a ResponseWriter that keeps nothing, so that the
// benchmarks measure the handler and not a recorder's buffer.
type discardWriter struct {
	h    http.Header
	code int
	n    int
}

func (d *discardWriter) Header() http.Header         { return d.h }
func (d *discardWriter) WriteHeader(code int)        { d.code = code }
func (d *discardWriter) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }

// benchFeed returns a feed of n events (benchTimeline) and its ETags.
func benchFeed(b *testing.B, n int) (f *Feed, etag, size string) {
	f, err := NewFeed(benchTimeline(n), feedModified, nil)
	if err != nil {
		b.Fatal(err)
	}
	w := serve(f, "GET", "/calendar.ics", nil)
	return f, w.Header().Get("Etag"), w.Header().Get("Content-Length")
}

func benchServe(b *testing.B, f *Feed, header http.Header, wantCode int) {
	r := httptest.NewRequest("GET", "/calendar.ics", nil)
	r.Header = header
	d := &discardWriter{h: http.Header{}}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		clear(d.h)
		d.code, d.n = 0, 0
		f.ServeHTTP(d, r)
		if d.code != wantCode {
			b.Fatalf("status %d, want %d", d.code, wantCode)
		}
	}
	b.SetBytes(int64(d.n))
}

// BenchmarkHandler304 answers a conditional GET for a 1 000-event feed
// from the cache:
//
//	go test ./ical -run '^$' -bench Handler -benchmem
func BenchmarkHandler304(b *testing.B) {
	f, etag, _ := benchFeed(b, 1000)
	benchServe(b, f, http.Header{"If-None-Match": {etag}}, 304)
}

// BenchmarkHandlerFull serves the whole identity body of a 1 000-event feed.
func BenchmarkHandlerFull(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	benchServe(b, f, http.Header{}, 200)
}

// BenchmarkHandlerGzip serves the gzipped body of a 1 000-event feed,
// compressed once per version.
func BenchmarkHandlerGzip(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	benchServe(b, f, http.Header{"Accept-Encoding": {"gzip, deflate"}}, 200)
}

// BenchmarkHandlerFiltered serves a filtered feed from the cache.
func BenchmarkHandlerFiltered(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	r := httptest.NewRequest("GET", "/calendar.ics?country=RU&from=2021-01-01&lang=en", nil)
	d := &discardWriter{h: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		clear(d.h)
		f.ServeHTTP(d, r)
	}
}

// BenchmarkHandlerRender measures what a new version costs: rendering and
// compressing a 1 000-event feed on the first request.
func BenchmarkHandlerRender(b *testing.B) {
	f, _, _ := benchFeed(b, 1000)
	r := httptest.NewRequest("GET", "/calendar.ics", nil)
	d := &discardWriter{h: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		dropAll(&f.cache)
		clear(d.h)
		f.ServeHTTP(d, r)
	}
}
