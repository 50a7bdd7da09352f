package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/internal/webpage/browsertest"
	"github.com/samayrekha/samayrekha/timeline"
)

// assetsDir returns TimelineJS's installed dist directory, or skips the test
// (fails it when CI is set) when `npm ci --prefix internal/webpage` has not run.
func assetsDir(t *testing.T) string {
	t.Helper()
	dir, err := webpage.FindAssets()
	if err != nil {
		browsertest.Need(t, err.Error())
	}
	return dir
}

func newTestServer(t *testing.T, csp bool) *httptest.Server {
	t.Helper()
	tl := seed.Timeline()
	webpage.AddHostile(tl)
	h, err := webpage.NewHandler(webpage.Config{Timeline: tl, Lang: timeline.Hindi, Assets: assetsDir(t), CSP: csp})
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestRoutes(t *testing.T) {
	srv := newTestServer(t, true)
	tests := map[string]struct {
		path, contentType string
		status            int
		contains          []string
		absent            []string
	}{
		"page": {
			path: "/", status: 200, contentType: "text/html; charset=utf-8",
			contains: []string{
				`<html lang="hi">`,
				`<script type="application/ld+json">`,
				`"@type":"ItemList"`,                                     // compact: the page embeds the JSON-LD without indentation
				`<a id="subscribe" href="/hi/calendar.ics" data-webcal>`, // page.js makes it webcal://HOST/hi/calendar.ics
				`href="/timeline.json"`, `href="/hi/timeline.md"`, `href="/hi/calendar.ics"`,
				`<main>`, `<a id="lang-switch" href="/en/" hreflang="en" lang="en">English</a>`,
				`अद्यतन: <time datetime="2025-11-18">18 नवंबर 2025</time>`,
				`<link rel="stylesheet" href="/page.css">`,
				`<script src="/assets/timelinejs/js/timeline.js">`,
				`<link rel="stylesheet" href="/assets/timelinejs/css/timeline.css">`,
				`\u003cimg src=x onerror=`, // the hostile title, escaped inside the JSON
			},
			absent: []string{
				`<img src=x`, `<script>window.__pwned`, // never raw
				"cdn.knightlab.com", "fonts.googleapis.com", "unpkg.com", "jsdelivr", // offline: no CDN
			},
		},
		"English page":                   {path: "/en/", status: 200, contentType: "text/html; charset=utf-8", contains: []string{`<html lang="en">`, `href="/hi/" hreflang="hi" lang="hi">हिन्दी</a>`, `Updated: <time datetime="2025-11-18">18 November 2025</time>`, `href="/en/timeline.md"`}},
		"Hindi page":                     {path: "/hi/", status: 200, contentType: "text/html; charset=utf-8", contains: []string{`<html lang="hi">`, `data-embed="false"`}},
		"embed page":                     {path: "/hi/embed", status: 200, contentType: "text/html; charset=utf-8", contains: []string{`<html lang="hi">`, `data-embed="true"`, `<main>`, `href="/hi/" target="_top"`}, absent: []string{"<header>"}},
		"English Markdown":               {path: "/en/timeline.md", status: 200, contentType: "text/markdown; charset=utf-8", contains: []string{"# Jaishankar in Moscow", "```mermaid"}},
		"assets directory":               {path: "/assets/timelinejs/", status: 404},
		"assets subdirectory":            {path: "/assets/timelinejs/js/", status: 404},
		"assets directory without slash": {path: "/assets/timelinejs/js", status: 404},
		"canonical JSON":                 {path: "/timeline.json", status: 200, contentType: "application/json; charset=utf-8", contains: []string{`"version": 1`}},
		"Markdown":                       {path: "/timeline.md", status: 200, contentType: "text/markdown; charset=utf-8", contains: []string{"# जयशंकर की मॉस्को यात्रा"}},
		"iCalendar":                      {path: "/calendar.ics", status: 200, contentType: "text/calendar; charset=utf-8", contains: []string{"BEGIN:VCALENDAR\r\n", "UID:" + seed.MeetingID}},
		"TimelineJS JSON":                {path: "/timelinejs.json", status: 200, contentType: "application/json; charset=utf-8", contains: []string{`"display_date": "5 दिसंबर 2025 के आसपास"`}},
		"JSON-LD":                        {path: "/timeline.jsonld", status: 200, contentType: "application/ld+json; charset=utf-8", contains: []string{`"@context": "https://schema.org"`}},
		"TimelineJS asset":               {path: "/assets/timelinejs/js/timeline.js", status: 200, contentType: "text/javascript; charset=utf-8"},
		"day-first locale":               {path: "/locale/timelinejs-hi.json", status: 200, contentType: "application/json; charset=utf-8", contains: []string{`"full": "d mmmm yyyy"`, `"सितंबर"`}},
		"unknown path":                   {path: "/nope", status: 404},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			resp, body := get(t, srv.URL+tc.path, nil)
			if resp.StatusCode != tc.status {
				t.Fatalf("GET %s: status %d, want %d", tc.path, resp.StatusCode, tc.status)
			}
			if ct := resp.Header.Get("Content-Type"); tc.contentType != "" && ct != tc.contentType {
				t.Errorf("GET %s: Content-Type %q, want %q", tc.path, ct, tc.contentType)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("GET %s: Content-Security-Policy %q, want script-src 'self'", tc.path, csp)
			}
			if rp := resp.Header.Get("Referrer-Policy"); rp != "strict-origin-when-cross-origin" {
				t.Errorf("GET %s: Referrer-Policy %q, want strict-origin-when-cross-origin", tc.path, rp)
			}
			for _, s := range tc.contains {
				if !bytes.Contains(body, []byte(s)) {
					t.Errorf("GET %s: body lacks %q", tc.path, s)
				}
			}
			for _, s := range tc.absent {
				if bytes.Contains(body, []byte(s)) {
					t.Errorf("GET %s: body contains %q", tc.path, s)
				}
			}
		})
	}
}

func TestEnglishPage(t *testing.T) {
	h, err := webpage.NewHandler(webpage.Config{Timeline: seed.Timeline(), Lang: timeline.English, Assets: assetsDir(t)})
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	for path, want := range map[string]string{
		"/":                          `<html lang="en">`,
		"/locale/timelinejs-en.json": `"full": "d mmmm yyyy"`,
		"/timelinejs.json":           `"display_date": "around 5 December 2025"`,
		"/timeline.md":               "Jaishankar",
	} {
		resp, body := get(t, srv.URL+path, nil)
		if resp.StatusCode != 200 || !bytes.Contains(body, []byte(want)) {
			t.Errorf("GET %s: status %d, body lacks %q", path, resp.StatusCode, want)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	srv := newTestServer(t, true)
	for _, path := range []string{"/calendar.ics", "/timelinejs.json", "/timeline.jsonld"} {
		resp, _ := get(t, srv.URL+path, nil)
		etag := resp.Header.Get("ETag")
		if etag == "" {
			t.Errorf("GET %s: no ETag", path)
			continue
		}
		resp, body := get(t, srv.URL+path, http.Header{"If-None-Match": {etag}})
		if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("GET %s with If-None-Match %s: status %d, %d bytes; want 304 and none", path, etag, resp.StatusCode, len(body))
		}
	}
}

func TestNewHandlerErrors(t *testing.T) {
	tests := map[string]struct {
		cfg  webpage.Config
		want string
	}{
		"unknown language":           {webpage.Config{Timeline: seed.Timeline(), Lang: "fr", Assets: "."}, `unknown language "fr"`},
		"invalid timeline":           {webpage.Config{Timeline: &timeline.Timeline{Events: []timeline.Event{{ID: "Bad ID"}}}, Lang: timeline.Hindi, Assets: "."}, "is not a slug"},
		"bad frame ancestor":         {webpage.Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: ".", FrameAncestors: []string{"https://news.example; script-src *"}}, "want an origin"},
		"frame ancestor with a path": {webpage.Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: ".", FrameAncestors: []string{"https://news.example/x"}}, "want an origin"},
		"no assets":                  {webpage.Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: t.TempDir()}, "npm ci --prefix internal/webpage"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			h, err := webpage.NewHandler(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("NewHandler() error = %v, want one containing %q", err, tc.want)
			}
			if h != nil {
				t.Error("NewHandler returned a handler with its error")
			}
		})
	}
}

// TestFraming checks who may show the pages in a frame: only the server
// itself for the full pages, and the configured origins too for the embed
// pages (issue 14).
func TestFraming(t *testing.T) {
	h, err := webpage.NewHandler(webpage.Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: assetsDir(t), CSP: true,
		FrameAncestors: []string{"https://news.example", "http://localhost:8000"}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	for path, want := range map[string]string{
		"/":                "frame-ancestors 'self'",
		"/en/":             "frame-ancestors 'self'",
		"/hi/embed":        "frame-ancestors 'self' https://news.example http://localhost:8000",
		"/en/embed":        "frame-ancestors 'self' https://news.example http://localhost:8000",
		"/timelinejs.json": "frame-ancestors 'self'",
	} {
		resp, _ := get(t, srv.URL+path, nil)
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.HasSuffix(csp, want) || strings.Count(csp, "frame-ancestors") != 1 {
			t.Errorf("GET %s: Content-Security-Policy %q, want it to end in %q", path, csp, want)
		}
	}
}

// TestBrowser opens the page in headless Debian chromium (see package
// internal/webpage/browsertest) in Hindi and English, at 1366×900 and
// 390×844, and goes through every slide; then, once more without the
// Content-Security-Policy, it checks that the hostile title stays text.
// Screenshots go to $ARTIFACTS_DIR/web (default: a temporary directory).
func TestBrowser(t *testing.T) {
	status := func(s timeline.Status, lang string) string { return s.Label(timeline.Lang(lang)) + " " }
	want := map[string]map[string]browsertest.Slide{
		"hi": {
			seed.MeetingID:    {Headline: "मॉस्को में जयशंकर–पुतिन मुलाकात", Date: "18 नवंबर 2025"},
			seed.LavrovID:     {Headline: "जयशंकर–लावरोव बैठक", Date: "18 नवंबर 2025 से पहले"},
			seed.SCOID:        {Headline: "एससीओ शासनाध्यक्ष परिषद की बैठक, मॉस्को", Date: "नवंबर 2025"},
			seed.MongoliaID:   {Headline: "जयशंकर–ज़ंडानशातर मुलाकात (एससीओ बैठक के दौरान)", Date: "नवंबर 2025"},
			seed.QatarID:      {Headline: "जयशंकर–अल सानी मुलाकात (एससीओ बैठक के दौरान)", Date: "नवंबर 2025"},
			seed.SummitID:     {Headline: status(timeline.Announced, "hi") + "भारत-रूस वार्षिक शिखर सम्मेलन", Date: "दिसंबर 2025"},
			seed.PutinVisitID: {Headline: status(timeline.Proposed, "hi") + "पुतिन का भारत दौरा", Date: "5 दिसंबर 2025 के आसपास"},
			webpage.HostileID: {Headline: webpage.HostileTitle, Date: "20 नवंबर 2025"},
		},
		"en": {
			seed.MeetingID:    {Headline: "Jaishankar meets Putin in Moscow", Date: "18 November 2025"},
			seed.LavrovID:     {Headline: "Jaishankar holds talks with Lavrov", Date: "before 18 November 2025"},
			seed.SCOID:        {Headline: "SCO Council of Heads of Government meeting, Moscow", Date: "November 2025"},
			seed.MongoliaID:   {Headline: "Jaishankar meets Mongolian PM Zandanshatar on the SCO sidelines", Date: "November 2025"},
			seed.QatarID:      {Headline: "Jaishankar meets Qatar's PM Al Thani on the SCO sidelines", Date: "November 2025"},
			seed.SummitID:     {Headline: status(timeline.Announced, "en") + "India–Russia annual summit", Date: "December 2025"},
			seed.PutinVisitID: {Headline: status(timeline.Proposed, "en") + "Putin's visit to India", Date: "around 5 December 2025"},
			webpage.HostileID: {Headline: webpage.HostileTitle, Date: "20 November 2025"},
		},
	}
	artifacts := os.Getenv("ARTIFACTS_DIR")
	if artifacts == "" {
		artifacts = t.TempDir()
	}
	for _, csp := range []bool{true, false} {
		name := map[bool]string{true: "with CSP", false: "without CSP"}[csp]
		t.Run(name, func(t *testing.T) {
			srv := newTestServer(t, csp)
			browsertest.Run(t, srv.URL, browsertest.Options{
				Want: want,
				// All but the event known only by a bound.
				JSONLDItems: len(want["hi"]) - 1,
				Hostile:     webpage.HostileTitle,
				Escaping:    !csp,
				Screenshots: filepath.Join(artifacts, "web", strings.ReplaceAll(name, " ", "-")),
			})
		})
	}
}
