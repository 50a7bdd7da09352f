package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/samayrekha/samayrekha/internal/atomicfile"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/internal/webpage/browsertest"
	"github.com/samayrekha/samayrekha/timeline"
)

// need skips the test with an install hint, or fails it when CI is set.
var need = browsertest.Need

// assetsDir returns TimelineJS's installed dist directory, or skips the
// test (fails it when CI is set).
func assetsDir(t *testing.T) string {
	t.Helper()
	dir, err := webpage.FindAssets()
	if err != nil {
		need(t, err.Error())
	}
	abs, err := filepath.Abs(dir)
	require.NoError(t, err)
	return abs
}

// seedStory returns the bytes of the example folder's story: the seed
// article's timeline a year on (see followup_test.go).
func seedStory(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("stories", "jaishankar-moscow.json"))
	require.NoError(t, err)
	return b
}

func marshal(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	b, err := timeline.Marshal(tl)
	require.NoError(t, err)
	return b
}

// base is the modification time test folders start from.
var base = time.Date(2025, time.December, 6, 10, 0, 0, 0, time.UTC)

// writeStory writes a story file atomically with the given modification
// time (zero: now), as an editor's tool would.
func writeStory(t *testing.T, dir, name string, data []byte, mod time.Time) {
	t.Helper()
	require.NoError(t, atomicfile.WriteFile(filepath.Join(dir, name), data, 0o644, mod))
}

// newFolder returns a folder holding the seed story and two synthetic
// ones, with distinct modification times.
func newFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeStory(t, dir, "jaishankar-moscow.json", seedStory(t), base)
	writeStory(t, dir, "story-0000.json", marshal(t, synthStory(0, 5)), base.Add(-time.Hour))
	writeStory(t, dir, "story-0001.json", marshal(t, synthStory(1, 5)), base.Add(-2*time.Hour))
	return dir
}

// syncBuffer is a bytes.Buffer that the server goroutines and the test
// can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a desk server started by the test.
type running struct {
	url, status string // "http://127.0.0.1:PORT" without the final slash; status "" when off
	log         *syncBuffer
	srv         *server
}

// startDesk runs `desk serve` on dir with extra flags, on free loopback
// ports, polling every 10 ms, and stops it when the test ends.
func startDesk(t *testing.T, dir string, flags ...string) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{log: &syncBuffer{}}
	type up struct {
		pub, status string
		s           *server
	}
	ready := make(chan up, 1)
	done := make(chan error, 1)
	args := append([]string{"serve", "-dir", dir, "-addr", "127.0.0.1:0", "-poll", "10ms", "-assets", assetsDir(t)}, flags...)
	go func() {
		done <- run(ctx, args, io.Discard, io.Discard, log.New(r.log, "", 0), func(p, s string, srv *server) { ready <- up{p, s, srv} })
	}()
	select {
	case u := <-ready:
		r.url, r.status, r.srv = strings.TrimSuffix(u.pub, "/"), strings.TrimSuffix(u.status, "/"), u.s
	case err := <-done:
		cancel()
		t.Fatalf("desk serve exited before serving: %v\nlog:\n%s", err, r.log)
	case <-time.After(20 * time.Second):
		cancel()
		t.Fatal("desk serve did not start")
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("desk serve: %v", err)
		}
	})
	return r
}

// get fetches url with the given request headers.
func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// No transparent gzip: the tests look at what is sent.
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, body
}

func TestRoutes(t *testing.T) {
	d := startDesk(t, newFolder(t))
	tests := map[string]struct {
		path, contentType, cacheControl string
		status                          int
		contains, absent                []string
	}{
		"index in Hindi at /": {
			path: "/", status: 200, contentType: "text/html; charset=utf-8", cacheControl: "no-cache",
			contains: []string{`<html lang="hi">`, `href="/stories/jaishankar-moscow/hi/"`, `href="/feeds/hi/all.ics" data-webcal`,
				`href="/feeds/hi/country/ru.ics" data-webcal>रूस</a>`, `href="/feeds/hi/kind/summit.ics"`,
				`जयशंकर की मॉस्को यात्रा और पुतिन का भारत दौरा`, `ताज़ा बदलाव (<time datetime="2025-12-05">5 दिसंबर 2025</time>):</span> 23वाँ भारत-रूस वार्षिक शिखर सम्मेलन — संपन्न`},
		},
		"index in English": {
			path: "/en/", status: 200, contentType: "text/html; charset=utf-8", cacheControl: "no-cache",
			contains: []string{`<html lang="en">`, `href="/stories/story-0000/en/"`, `7 events`, `Latest change (<time datetime="2025-12-05">5 December 2025</time>):</span> 23rd India–Russia annual summit — held`},
		},
		"index without its slash": {path: "/en", status: 301},
		"story page": {
			path: "/stories/jaishankar-moscow/hi/", status: 200, contentType: "text/html; charset=utf-8", cacheControl: "no-cache",
			contains: []string{`<html lang="hi">`, `<a id="home" href="/hi/">`, `href="/stories/jaishankar-moscow/timeline.json"`, `<a id="lang-switch" href="/stories/jaishankar-moscow/en/"`},
		},
		"story page without its slash": {path: "/stories/jaishankar-moscow", status: 301},
		"story's address":              {path: "/stories/jaishankar-moscow/", status: 301},
		"no short names":               {path: "/stories/jaishankar-moscow/calendar.ics", status: 404},
		"story embed page":             {path: "/stories/jaishankar-moscow/en/embed", status: 200, contentType: "text/html; charset=utf-8", contains: []string{`data-embed="true"`}},
		"story JSON":                   {path: "/stories/jaishankar-moscow/timeline.json", status: 200, contentType: "application/json; charset=utf-8", cacheControl: "public, max-age=300", contains: []string{`"version": 1`}},
		"story JSON-LD":                {path: "/stories/jaishankar-moscow/timeline.jsonld", status: 200, contentType: "application/ld+json; charset=utf-8"},
		"story Markdown":               {path: "/stories/jaishankar-moscow/en/timeline.md", status: 200, contentType: "text/markdown; charset=utf-8", contains: []string{"```mermaid", "23rd India–Russia annual summit"}},
		"story feed":                   {path: "/stories/jaishankar-moscow/hi/calendar.ics", status: 200, contentType: "text/calendar; charset=utf-8", contains: []string{"UID:" + seed.PutinVisitID + "@samayrekha"}},
		"combined feed":                {path: "/feeds/en/all.ics", status: 200, contentType: "text/calendar; charset=utf-8", cacheControl: "public, max-age=300", contains: []string{"UID:" + seed.PutinVisitID + "@samayrekha", "UID:2024-01-01-s0000-e000@samayrekha"}},
		"combined feed of a country":   {path: "/feeds/hi/country/qa.ics", status: 200, contains: []string{"UID:" + seed.QatarID + "@samayrekha"}, absent: []string{"UID:" + seed.SummitID + "@"}},
		"combined feed of a kind":      {path: "/feeds/en/kind/summit.ics", status: 200, contains: []string{"UID:" + seed.SummitID + "@samayrekha"}, absent: []string{"UID:" + seed.PutinVisitID + "@"}},
		"combined feed, any filter":    {path: "/calendar.ics?country=RU&kind=bilateral_meeting&from=2025-11-01&lang=en", status: 200, contains: []string{"UID:" + seed.MeetingID + "@samayrekha"}, absent: []string{"UID:2024-01-01-s0000-e000@"}},
		"combined feed, bad filter":    {path: "/calendar.ics?kind=sumit", status: 400, contains: []string{`"kind"`}},
		"static feed with a query":     {path: "/feeds/hi/all.ics?country=RU", status: 404},
		"unknown country path":         {path: "/feeds/hi/country/russia.ics", status: 404},
		"page.js":                      {path: "/page.js", status: 200, contentType: "text/javascript; charset=utf-8"},
		"desk.css":                     {path: "/desk.css", status: 200, contentType: "text/css; charset=utf-8"},
		"TimelineJS":                   {path: "/assets/timelinejs/js/timeline.js", status: 200, contentType: "text/javascript; charset=utf-8"},
		"TimelineJS folder":            {path: "/assets/timelinejs/js/", status: 404},
		"unknown story":                {path: "/stories/nope/", status: 404},
		"unknown file of a story":      {path: "/stories/jaishankar-moscow/nope.json", status: 404},
		"no status on the public site": {path: "/status.json", status: 404},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			resp, body := get(t, d.url+tc.path)
			if resp.StatusCode != tc.status {
				t.Fatalf("GET %s: status %d, want %d\n%s", tc.path, resp.StatusCode, tc.status, body)
			}
			if tc.contentType != "" {
				assert.Equal(t, tc.contentType, resp.Header.Get("Content-Type"), "Content-Type")
			}
			if tc.cacheControl != "" {
				assert.Equal(t, tc.cacheControl, resp.Header.Get("Cache-Control"), "Cache-Control")
			}
			assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "script-src 'self'", "every response has the CSP")
			assert.Equal(t, "strict-origin-when-cross-origin", resp.Header.Get("Referrer-Policy"))
			for _, s := range tc.contains {
				if !bytes.Contains(body, []byte(s)) {
					t.Errorf("GET %s: body lacks %q", tc.path, s)
				}
			}
			for _, s := range tc.absent {
				if bytes.Contains(body, []byte(s)) {
					t.Errorf("GET %s: body has %q", tc.path, s)
				}
			}
		})
	}
}

// TestConditionalGet checks the validators of every kind of file: a 304
// for the ETag (identity and gzip each have their own) and for
// If-Modified-Since at Last-Modified, and the story's file time as
// Last-Modified.
func TestConditionalGet(t *testing.T) {
	dir := newFolder(t)
	d := startDesk(t, dir)
	for _, path := range []string{"/", "/stories/jaishankar-moscow/en/", "/stories/jaishankar-moscow/timeline.json", "/stories/jaishankar-moscow/hi/calendar.ics", "/feeds/hi/all.ics", "/page.js"} {
		t.Run(path, func(t *testing.T) {
			for _, enc := range []string{"", "gzip"} {
				resp, _ := get(t, d.url+path, "Accept-Encoding", enc)
				require.Equal(t, 200, resp.StatusCode)
				etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
				require.NotEmpty(t, etag, "ETag")
				require.NotEmpty(t, lm, "Last-Modified")
				if enc == "gzip" {
					assert.Equal(t, "gzip", resp.Header.Get("Content-Encoding"))
					assert.True(t, strings.HasSuffix(etag, `-gz"`), "the gzip ETag %s differs from the identity one", etag)
				}
				resp, body := get(t, d.url+path, "Accept-Encoding", enc, "If-None-Match", etag)
				assert.Equal(t, 304, resp.StatusCode, "If-None-Match %s", etag)
				assert.Empty(t, body)
				resp, _ = get(t, d.url+path, "Accept-Encoding", enc, "If-Modified-Since", lm)
				assert.Equal(t, 304, resp.StatusCode, "If-Modified-Since %s", lm)
			}
		})
	}
	resp, _ := get(t, d.url+"/stories/jaishankar-moscow/timeline.json")
	assert.Equal(t, base.Format(http.TimeFormat), resp.Header.Get("Last-Modified"), "a story's files carry its file's time")
}

// TestNotModifiedAfterEviction checks that a poll for a story's file is
// answered with a 304 even after its rendering left the cache.
func TestNotModifiedAfterEviction(t *testing.T) {
	dir := newFolder(t)
	writeStory(t, dir, "story-0002.json", marshal(t, synthStory(2, 100)), base)
	d := startDesk(t, dir, "-cache-mb", "1")
	url := d.url + "/stories/story-0000/hi/calendar.ics"
	resp, _ := get(t, url)
	etag := resp.Header.Get("ETag")
	// A story of 100 events (over 1 MB of renderings) pushes it out.
	get(t, d.url+"/stories/story-0002/hi/")
	n, _ := d.srv.site.cache.stats()
	require.Equal(t, 1, n, "the cache keeps only the newest rendering")
	resp, _ = get(t, url, "If-None-Match", etag)
	assert.Equal(t, 304, resp.StatusCode)
	assert.Equal(t, etag, resp.Header.Get("ETag"))
}

func TestStatusView(t *testing.T) {
	dir := newFolder(t)
	writeStory(t, dir, "broken.json", []byte(`{"version": 1, "events": [`), base)
	d := startDesk(t, dir, "-status-addr", "127.0.0.1:0")
	resp, body := get(t, d.status+"/status.json")
	require.Equal(t, 200, resp.StatusCode)
	var r statusReport
	require.NoError(t, json.Unmarshal(body, &r))
	assert.Len(t, r.Stories, 3)
	require.Len(t, r.Problems, 1)
	assert.Equal(t, "broken.json", r.Problems[0].File)
	assert.Equal(t, "nothing", r.Problems[0].Serving)
	resp, body = get(t, d.status+"/")
	assert.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, string(body), "broken.json")
	assert.Contains(t, d.log.String(), "rejected broken.json: timeline:")
}

// TestStatusViewIsOffByDefault checks that without -status-addr nothing
// but the public site listens.
func TestStatusViewIsOffByDefault(t *testing.T) {
	d := startDesk(t, newFolder(t))
	assert.Empty(t, d.status)
}

func TestFlags(t *testing.T) {
	empty := t.TempDir()
	notJSON := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(notJSON, "notes.txt"), []byte("x"), 0o644))
	allBroken := t.TempDir()
	writeStory(t, allBroken, "a.json", []byte("{"), time.Time{})
	assets := assetsDir(t)
	tests := map[string]struct {
		args  []string
		want  string
		usage bool // exits 2
	}{
		"no command":               {args: nil, want: "no command", usage: true},
		"unknown command":          {args: []string{"serv"}, want: `unknown command "serv"`, usage: true},
		"unknown flag":             {args: []string{"serve", "-port", "80"}, want: "flag provided but not defined: -port", usage: true},
		"extra argument":           {args: []string{"serve", "-assets", assets, "stories"}, want: "unexpected arguments", usage: true},
		"bad language":             {args: []string{"serve", "-lang", "fr", "-assets", assets}, want: `-lang "fr"`, usage: true},
		"bad poll":                 {args: []string{"serve", "-poll", "0s", "-assets", assets}, want: "-poll 0s", usage: true},
		"bad frame ancestor":       {args: []string{"serve", "-frame-ancestors", "news.example", "-assets", assets}, want: "want an origin", usage: true},
		"export without -out":      {args: []string{"export", "-assets", assets}, want: "-out: want the folder", usage: true},
		"synth without -out":       {args: []string{"synth"}, want: "-out: want the folder", usage: true},
		"missing folder":           {args: []string{"serve", "-dir", filepath.Join(empty, "nope"), "-assets", assets}, want: "no such file or directory"},
		"empty folder":             {args: []string{"serve", "-dir", empty, "-assets", assets}, want: "no *.json timelines in the folder"},
		"folder without JSON":      {args: []string{"export", "-dir", notJSON, "-out", t.TempDir(), "-assets", assets}, want: "no *.json timelines"},
		"folder of broken stories": {args: []string{"serve", "-dir", allBroken, "-assets", assets}, want: "no story can be served: a.json: timeline:"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := run(context.Background(), tc.args, io.Discard, io.Discard, log.New(io.Discard, "", 0), nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			var ue usageError
			assert.Equal(t, tc.usage, errorsAs(err, &ue), "a usage error (exit 2)")
		})
	}
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
