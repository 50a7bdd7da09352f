package ical

import (
	"bytes"
	"compress/gzip"
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
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

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
		setMarshal(t, func(*timeline.Timeline, *Options) ([]byte, error) { return nil, errors.New("cannot") })
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
	t.Run("RenderOnRequest renders nothing until asked", func(t *testing.T) {
		n := countRenders(t)
		g := newSeedFeed(t, &FeedOptions{RenderOnRequest: true, GzipLevel: gzip.BestSpeed})
		if got := n.Load(); got != 0 {
			t.Errorf("%d renderings after NewFeed, want 0", got)
		}
		tl := seed.Timeline()
		tl.Events[0].Title.En = "Changed"
		if changed, err := g.Replace(tl, feedModified.Add(time.Hour)); !changed || err != nil {
			t.Fatalf("Replace = %v, %v; want true, nil", changed, err)
		}
		if got := n.Load(); got != 0 {
			t.Errorf("%d renderings after Replace, want 0", got)
		}
		if w := serve(g, "GET", "/calendar.ics?lang=en", nil); w.Code != 200 || !strings.Contains(w.Body.String(), "Changed") {
			t.Errorf("GET after Replace: %d, body without the new title", w.Code)
		}
		serve(g, "GET", "/calendar.ics?lang=en", http.Header{"Accept-Encoding": {"gzip"}})
		if got := n.Load(); got != 1 {
			t.Errorf("%d renderings after two requests, want 1", got)
		}
		same := seed.Timeline()
		same.Events[0].Title.En = "Changed"
		if changed, err := g.Replace(same, feedModified.Add(2*time.Hour)); changed || err != nil {
			t.Errorf("Replace(same JSON) = %v, %v; want false, nil", changed, err)
		}
		// A nil slice and an empty one are not DeepEqual but write the
		// same JSON: the same version.
		empty := seed.Timeline()
		empty.Events[0].Title.En = "Changed"
		if empty.Events[0].Related != nil {
			t.Fatal("the seed's first event has Related; pick another field")
		}
		empty.Events[0].Related = []string{}
		if changed, err := g.Replace(empty, feedModified.Add(3*time.Hour)); changed || err != nil {
			t.Errorf("Replace(nil Related made empty) = %v, %v; want false, nil", changed, err)
		}
	})
	t.Run("bad options", func(t *testing.T) {
		if _, err := NewFeed(seed.Timeline(), feedModified, &FeedOptions{Calendar: Options{Lang: "ru"}}); err == nil {
			t.Errorf("NewFeed with Lang %q succeeded", "ru")
		}
		if _, err := NewFeed(seed.Timeline(), feedModified, &FeedOptions{GzipLevel: 10}); err == nil {
			t.Errorf("NewFeed with GzipLevel 10 succeeded")
		}
	})
}

// TestFeedKeepsItsOwnCopy checks the copy Replace keeps: equal to the
// caller's timeline, sharing no slice or pointer with it, for a timeline
// in which every slice and pointer type of the model is filled, so that a
// field added to the model and not copied is caught.
func TestFeedKeepsItsOwnCopy(t *testing.T) {
	tl := seed.Timeline()
	e := &tl.Events[0]
	e.Related = []string{tl.Events[1].ID}
	e.Place.Coords = &timeline.Coordinates{Lat: 55.752, Lon: 37.6175}
	e.Draft = &timeline.Draft{From: "article.txt", Start: 0, End: 42, Also: []timeline.Span{{Start: 50, End: 60}}, Notes: []string{"the year was guessed"}}
	f, err := NewFeed(tl, feedModified, nil)
	if err != nil {
		t.Fatalf("NewFeed: %v", err)
	}
	c := f.cur.Load().tl
	if diff := cmp.Diff(tl, c, cmp.AllowUnexported(date.When{}, date.Date{})); diff != "" {
		t.Fatalf("the feed's copy mismatch (-want +got):\n%s", diff)
	}
	filled := map[string]bool{} // by field path without indices: "Events.Draft.Notes"
	var walk func(path, kind string, a, b reflect.Value)
	walk = func(path, kind string, a, b reflect.Value) {
		switch a.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map:
			if a.IsNil() || a.Kind() != reflect.Pointer && a.Len() == 0 {
				if _, seen := filled[kind]; !seen {
					filled[kind] = false
				}
				return
			}
			filled[kind] = true
			if a.Pointer() == b.Pointer() {
				t.Errorf("%s: the copy shares it", path)
			}
			switch a.Kind() {
			case reflect.Pointer:
				walk(path, kind, a.Elem(), b.Elem())
			case reflect.Slice:
				for i := range a.Len() {
					walk(fmt.Sprintf("%s[%d]", path, i), kind, a.Index(i), b.Index(i))
				}
			default:
				t.Errorf("%s: a map; teach this test to walk it", path)
			}
		case reflect.Struct:
			for i := range a.NumField() {
				name := a.Type().Field(i).Name
				walk(path+"."+name, strings.TrimPrefix(kind+"."+name, "."), a.Field(i), b.Field(i))
			}
		}
	}
	walk("timeline", "", reflect.ValueOf(tl).Elem(), reflect.ValueOf(c).Elem())
	for kind, ok := range filled {
		if !ok {
			t.Errorf("no %s in the test timeline: fill one so that its copy is checked", kind)
		}
	}
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
	setMarshal(t, func(*timeline.Timeline, *Options) ([]byte, error) { return nil, errors.New("secret internals") })
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
	setMarshal(t, func(*timeline.Timeline, *Options) ([]byte, error) { panic("boom") })
	if w := serve(f, "GET", "/calendar.ics?kind=visit", nil); w.Code != 500 {
		t.Errorf("GET with a panicking encoder: %d, want 500", w.Code)
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
