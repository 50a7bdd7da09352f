package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

// assetsDir returns TimelineJS's installed dist directory, or skips the test
// (fails it when CI is set) when `npm ci --prefix examples/web` has not run.
func assetsDir(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(assetsRel, "js", "timeline.js")); err != nil {
		need(t, "TimelineJS assets missing: run `npm ci --prefix examples/web` ("+err.Error()+")")
	}
	return assetsRel
}

// need skips the test with an install hint, or fails it when CI is set:
// on CI a missing tool is a broken install step, not a reason to skip.
func need(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

func newTestServer(t *testing.T, csp bool) *httptest.Server {
	t.Helper()
	tl := seed.Timeline()
	AddHostile(tl)
	h, err := NewHandler(Config{Timeline: tl, Lang: timeline.Hindi, Assets: assetsDir(t), CSP: csp})
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
				`"@type": "ItemList"`,
				`href="webcal://` + strings.TrimPrefix(srv.URL, "http://") + `/calendar.ics"`,
				`href="/timeline.json"`, `href="/timeline.md"`, `href="/calendar.ics"`,
				`<script src="/assets/timelinejs/js/timeline.js">`,
				`<link rel="stylesheet" href="/assets/timelinejs/css/timeline.css">`,
				`\u003cimg src=x onerror=`, // the hostile title, escaped inside the JSON
			},
			absent: []string{
				`<img src=x`, `<script>window.__pwned`, // never raw
				"cdn.knightlab.com", "fonts.googleapis.com", "unpkg.com", "jsdelivr", // offline: no CDN
			},
		},
		"canonical JSON":   {path: "/timeline.json", status: 200, contentType: "application/json; charset=utf-8", contains: []string{`"version": 1`}},
		"Markdown":         {path: "/timeline.md", status: 200, contentType: "text/markdown; charset=utf-8", contains: []string{"# जयशंकर की मॉस्को यात्रा"}},
		"iCalendar":        {path: "/calendar.ics", status: 200, contentType: "text/calendar; charset=utf-8", contains: []string{"BEGIN:VCALENDAR\r\n", "UID:" + seed.MeetingID}},
		"TimelineJS JSON":  {path: "/timelinejs.json", status: 200, contentType: "application/json; charset=utf-8", contains: []string{`"display_date": "5 दिसंबर 2025 के आसपास"`}},
		"JSON-LD":          {path: "/timeline.jsonld", status: 200, contentType: "application/ld+json; charset=utf-8", contains: []string{`"@context": "https://schema.org"`}},
		"TimelineJS asset": {path: "/assets/timelinejs/js/timeline.js", status: 200, contentType: "text/javascript; charset=utf-8"},
		"day-first locale": {path: "/locale/timelinejs-hi.json", status: 200, contentType: "application/json; charset=utf-8", contains: []string{`"full": "d mmmm yyyy"`, `"सितंबर"`}},
		"unknown path":     {path: "/nope", status: 404},
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
	h, err := NewHandler(Config{Timeline: seed.Timeline(), Lang: timeline.English, Assets: assetsDir(t)})
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
		cfg  Config
		want string
	}{
		"unknown language": {Config{Timeline: seed.Timeline(), Lang: "fr", Assets: "."}, `unknown language "fr"`},
		"invalid timeline": {Config{Timeline: &timeline.Timeline{Events: []timeline.Event{{ID: "Bad ID"}}}, Lang: timeline.Hindi, Assets: "."}, "timelinejs:"},
		"no assets":        {Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: t.TempDir()}, "npm ci --prefix examples/web"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			h, err := NewHandler(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("NewHandler() error = %v, want one containing %q", err, tc.want)
			}
			if h != nil {
				t.Error("NewHandler returned a handler with its error")
			}
		})
	}
}

// browserResult is what browsertest/run.mjs prints.
type browserResult struct {
	Slides []struct {
		ID               string `json:"id"`
		Title            bool   `json:"title"`
		Headline         string `json:"headline"`
		HeadlineElements int    `json:"headlineElements"`
		Date             string `json:"date"`
		Text             string `json:"text"`
	} `json:"slides"`
	Pwned            bool              `json:"pwned"`
	InjectedElements int               `json:"injectedElements"`
	JSONLD           []map[string]any  `json:"jsonld"`
	Links            map[string]string `json:"links"`
	ExternalRequests []string          `json:"externalRequests"`
	FailedResponses  []any             `json:"failedResponses"`
	PageErrors       []string          `json:"pageErrors"`
	ConsoleErrors    []string          `json:"consoleErrors"`
	Screenshots      []string          `json:"screenshots"`
	Error            string            `json:"error"`
}

// TestBrowser opens the page in headless Debian chromium (driven by
// playwright-core, see browsertest/run.mjs), waits for TimelineJS to render,
// and checks every event's slide, the hostile title and the page's links.
// Screenshots go to $ARTIFACTS_DIR/web (default: a temporary directory).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		need(t, "chromium missing: apt-get install -y chromium fonts-lohit-deva ("+err.Error()+")")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		need(t, "node missing: "+err.Error())
	}
	if _, err := os.Stat(filepath.Join("browsertest", "node_modules", "playwright-core")); err != nil {
		need(t, "playwright-core missing: run `npm ci --prefix examples/web/browsertest`")
	}

	want := map[string]struct{ headline, date string }{
		seed.MeetingID:    {"मॉस्को में जयशंकर–पुतिन मुलाकात", "18 नवंबर 2025"},
		seed.LavrovID:     {"जयशंकर–लावरोव बैठक", "18 नवंबर 2025 से पहले"},
		seed.SCOID:        {"एससीओ शासनाध्यक्ष परिषद की बैठक, मॉस्को", "नवंबर 2025"},
		seed.MongoliaID:   {"जयशंकर–ज़ंडानशातर मुलाकात (एससीओ बैठक के दौरान)", "नवंबर 2025"},
		seed.QatarID:      {"जयशंकर–अल सानी मुलाकात (एससीओ बैठक के दौरान)", "नवंबर 2025"},
		seed.SummitID:     {"भारत-रूस वार्षिक शिखर सम्मेलन", "दिसंबर 2025"},
		seed.PutinVisitID: {"पुतिन का भारत दौरा", "5 दिसंबर 2025 के आसपास"},
		HostileID:         {HostileTitle, "20 नवंबर 2025"},
	}

	artifacts := os.Getenv("ARTIFACTS_DIR")
	if artifacts == "" {
		artifacts = t.TempDir()
	}
	for _, csp := range []bool{true, false} {
		name := map[bool]string{true: "with CSP", false: "without CSP"}[csp]
		t.Run(name, func(t *testing.T) {
			// Without the Content-Security-Policy nothing but the escaping
			// stands between the hostile title and the page.
			srv := newTestServer(t, csp)
			outdir := filepath.Join(artifacts, "web", strings.ReplaceAll(name, " ", "-"))
			if err := os.MkdirAll(outdir, 0o755); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(node, filepath.Join("browsertest", "run.mjs"), srv.URL+"/", outdir)
			cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, runErr := cmd.Output()
			var res browserResult
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("run.mjs: %v; output not JSON (%v)\nstdout: %s\nstderr: %s", runErr, err, out, stderr.Bytes())
			}
			if runErr != nil || res.Error != "" {
				t.Fatalf("run.mjs failed: %v: %s\nstderr: %s", runErr, res.Error, stderr.Bytes())
			}
			t.Logf("screenshots: %s", strings.Join(res.Screenshots, ", "))

			got := map[string]int{}
			for _, s := range res.Slides {
				if s.Title {
					continue
				}
				got[s.ID]++
				w, ok := want[s.ID]
				if !ok {
					t.Errorf("unexpected slide %q", s.ID)
					continue
				}
				if s.Headline != w.headline {
					t.Errorf("slide %s headline = %q, want %q", s.ID, s.Headline, w.headline)
				}
				if s.Date != w.date {
					t.Errorf("slide %s date = %q, want %q", s.ID, s.Date, w.date)
				}
				if s.HeadlineElements != 0 {
					t.Errorf("slide %s headline has %d child elements, want plain text", s.ID, s.HeadlineElements)
				}
			}
			for id := range want {
				if got[id] != 1 {
					t.Errorf("slide %s rendered %d times, want once", id, got[id])
				}
			}
			if res.Pwned {
				t.Error("window.__pwned is set: the hostile title ran script")
			}
			if res.InjectedElements != 0 {
				t.Errorf("%d <img src=x>/<script> elements inside the timeline, want 0", res.InjectedElements)
			}
			if len(res.ExternalRequests) > 0 {
				t.Errorf("the page requested outside hosts (it must work offline): %v", res.ExternalRequests)
			}
			if len(res.FailedResponses) > 0 || len(res.PageErrors) > 0 || len(res.ConsoleErrors) > 0 {
				t.Errorf("failed responses %v, page errors %v, console errors %v", res.FailedResponses, res.PageErrors, res.ConsoleErrors)
			}
			if len(res.JSONLD) != 1 || res.JSONLD[0]["@type"] != "ItemList" || res.JSONLD[0]["numberOfItems"] != float64(len(want)) {
				t.Errorf("embedded JSON-LD: got %d documents, want one ItemList of %d events", len(res.JSONLD), len(want))
			}
			for id, href := range map[string]string{
				"subscribe":     "webcal://" + strings.TrimPrefix(srv.URL, "http://") + "/calendar.ics",
				"download-json": "/timeline.json", "download-md": "/timeline.md", "download-ics": "/calendar.ics",
			} {
				if res.Links[id] != href {
					t.Errorf("link #%s = %q, want %q", id, res.Links[id], href)
				}
			}
			if len(res.Screenshots) != len(want)+1 {
				t.Errorf("got %d screenshots, want %d (title and every slide)", len(res.Screenshots), len(want)+1)
			}
		})
	}
}
