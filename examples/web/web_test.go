package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
				`href="webcal://` + strings.TrimPrefix(srv.URL, "http://") + `/hi/calendar.ics"`,
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
		"unknown language":           {Config{Timeline: seed.Timeline(), Lang: "fr", Assets: "."}, `unknown language "fr"`},
		"invalid timeline":           {Config{Timeline: &timeline.Timeline{Events: []timeline.Event{{ID: "Bad ID"}}}, Lang: timeline.Hindi, Assets: "."}, "is not a slug"},
		"bad frame ancestor":         {Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: ".", FrameAncestors: []string{"https://news.example; script-src *"}}, "want an origin"},
		"frame ancestor with a path": {Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: ".", FrameAncestors: []string{"https://news.example/x"}}, "want an origin"},
		"no assets":                  {Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: t.TempDir()}, "npm ci --prefix examples/web"},
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

// TestFraming checks who may show the pages in a frame: only the server
// itself for the full pages, and the configured origins too for the embed
// pages (issue 14).
func TestFraming(t *testing.T) {
	h, err := NewHandler(Config{Timeline: seed.Timeline(), Lang: timeline.Hindi, Assets: assetsDir(t), CSP: true,
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

// TestHindiLocale checks that the Hindi locale has every message, era and
// period label of the installed TimelineJS's English one, in Hindi: no
// Latin letter outside HTML tags (issue 14: "Zoom in", "Go to the last
// slide" and "Swipe to Navigate" were English on the Hindi page).
func TestHindiLocale(t *testing.T) {
	assets := assetsDir(t)
	var en, hi map[string]any
	b, err := os.ReadFile(filepath.Join(assets, "js", "locale", "en.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &en); err != nil {
		t.Fatal(err)
	}
	b, err = localeFile(assets, timeline.Hindi)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &hi); err != nil {
		t.Fatal(err)
	}
	tags := regexp.MustCompile(`<[^>]*>|%[.0-9]*f`) // markup and printf verbs
	latin := regexp.MustCompile(`[A-Za-z]`)
	var walk func(path string, en, hi any)
	walk = func(path string, en, hi any) {
		switch e := en.(type) {
		case map[string]any:
			h, ok := hi.(map[string]any)
			if !ok {
				t.Errorf("%s: missing in the Hindi locale", path)
				return
			}
			for k, v := range e {
				walk(path+"."+k, v, h[k])
			}
		case []any:
			h, ok := hi.([]any)
			if !ok || len(h) != len(e) {
				t.Errorf("%s: Hindi has %v, want %d entries", path, hi, len(e))
				return
			}
			for i := range e {
				walk(fmt.Sprintf("%s[%d]", path, i), e[i], h[i])
			}
		case string:
			h, ok := hi.(string)
			if !ok {
				t.Errorf("%s: missing in the Hindi locale (English: %q)", path, e)
				return
			}
			if strings.HasPrefix(path, ".dateformats") || path == ".lang" || strings.HasPrefix(path, ".api") || path == ".name" {
				return // formats and codes, not words
			}
			if latin.MatchString(tags.ReplaceAllString(h, "")) {
				t.Errorf("%s = %q: English in the Hindi locale", path, h)
			}
		}
	}
	for _, section := range []string{"messages", "date", "era_labels", "period_labels", "bigdateformats"} {
		walk("."+section, en[section], hi[section])
	}
	// Messages only TimelineJS's built-in English has (not en.json): the
	// accessible names of the timeline's parts and the zoom buttons'
	// descriptions, with their ${start} and ${end}.
	msgs, _ := hi["messages"].(map[string]any)
	for _, k := range []string{"aria_label_timeline", "aria_label_timeline_navigation", "aria_label_timeline_content", "aria_label_zoomin", "aria_label_zoomout"} {
		v, _ := msgs[k].(string)
		if v == "" || latin.MatchString(regexp.MustCompile(`\$\{(start|end)\}`).ReplaceAllString(v, "")) {
			t.Errorf("messages.%s = %q, want Hindi", k, v)
		}
	}
}

// browserView is what browsertest/run.mjs found in one language and
// viewport.
type browserView struct {
	Lang     string `json:"lang"`
	Size     string `json:"size"`
	Viewport struct {
		Width  int `json:"width"`
		Height int `json:"height"`
	} `json:"viewport"`
	Slides []struct {
		ID               string   `json:"id"`
		Title            bool     `json:"title"`
		Headline         string   `json:"headline"`
		HeadlineElements []string `json:"headlineElements"`
		Date             string   `json:"date"`
		Text             string   `json:"text"`
	} `json:"slides"`
	HTMLLang         string            `json:"htmlLang"`
	Pwned            bool              `json:"pwned"`
	InjectedElements int               `json:"injectedElements"`
	JSONLD           []map[string]any  `json:"jsonld"`
	Links            map[string]string `json:"links"`
	Chrome           []string          `json:"chrome"`
	Glyphs           struct {
		Checked  int   `json:"checked"`
		Problems []any `json:"problems"`
	} `json:"glyphs"`
	Axis struct {
		Labels   int   `json:"labels"`
		Overlaps []any `json:"overlaps"`
	} `json:"axis"`
	Axe []struct {
		Where  string `json:"where"`
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []any  `json:"nodes"`
	} `json:"axe"`
	EventLink *struct {
		Requested     string `json:"requested"`
		Shown         string `json:"shown"`
		HashAfterPrev string `json:"hashAfterPrev"`
		IDAfterPrev   string `json:"idAfterPrev"`
		SwitchHref    string `json:"switchHref"`
	} `json:"eventLink"`
	LangSwitch *struct {
		URL      string `json:"url"`
		HTMLLang string `json:"htmlLang"`
		ID       string `json:"id"`
	} `json:"langSwitch"`
	ExternalRequests []string `json:"externalRequests"`
	FailedResponses  []any    `json:"failedResponses"`
	PageErrors       []string `json:"pageErrors"`
	ConsoleErrors    []string `json:"consoleErrors"`
}

// browserResult is what browsertest/run.mjs prints.
type browserResult struct {
	Views       []browserView `json:"views"`
	Screenshots []string      `json:"screenshots"`
	Error       string        `json:"error"`
}

// TestBrowser opens the page in headless Debian chromium (driven by
// playwright-core, see browsertest/run.mjs) in Hindi and English, at
// 1366×900 and 390×844, and goes through every slide. It checks each
// slide's headline and date; that no glyph of the time axis, the markers,
// the slides or the header is clipped and no two axis labels overlap
// (issue 14); that axe-core finds no WCAG 2.2 AA violation; that no
// English is left in the Hindi page's own words; that an event link opens
// its slide and the language switch opens the same event in the other
// language; and, once more without the Content-Security-Policy, that the
// hostile title stays text. Screenshots go to $ARTIFACTS_DIR/web
// (default: a temporary directory).
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
	for _, pkg := range []string{"playwright-core", "axe-core"} {
		if _, err := os.Stat(filepath.Join("browsertest", "node_modules", pkg)); err != nil {
			need(t, pkg+" missing: run `npm ci --prefix examples/web/browsertest`")
		}
	}

	status := func(s timeline.Status, lang string) string { return s.Label(timeline.Lang(lang)) + " " }
	want := map[string]map[string]struct{ headline, date string }{
		"hi": {
			seed.MeetingID:    {"मॉस्को में जयशंकर–पुतिन मुलाकात", "18 नवंबर 2025"},
			seed.LavrovID:     {"जयशंकर–लावरोव बैठक", "18 नवंबर 2025 से पहले"},
			seed.SCOID:        {"एससीओ शासनाध्यक्ष परिषद की बैठक, मॉस्को", "नवंबर 2025"},
			seed.MongoliaID:   {"जयशंकर–ज़ंडानशातर मुलाकात (एससीओ बैठक के दौरान)", "नवंबर 2025"},
			seed.QatarID:      {"जयशंकर–अल सानी मुलाकात (एससीओ बैठक के दौरान)", "नवंबर 2025"},
			seed.SummitID:     {status(timeline.Announced, "hi") + "भारत-रूस वार्षिक शिखर सम्मेलन", "दिसंबर 2025"},
			seed.PutinVisitID: {status(timeline.Proposed, "hi") + "पुतिन का भारत दौरा", "5 दिसंबर 2025 के आसपास"},
			HostileID:         {HostileTitle, "20 नवंबर 2025"},
		},
		"en": {
			seed.MeetingID:    {"Jaishankar meets Putin in Moscow", "18 November 2025"},
			seed.LavrovID:     {"Jaishankar holds talks with Lavrov", "before 18 November 2025"},
			seed.SCOID:        {"SCO Council of Heads of Government meeting, Moscow", "November 2025"},
			seed.MongoliaID:   {"Jaishankar meets Mongolian PM Zandanshatar on the SCO sidelines", "November 2025"},
			seed.QatarID:      {"Jaishankar meets Qatar's PM Al Thani on the SCO sidelines", "November 2025"},
			seed.SummitID:     {status(timeline.Announced, "en") + "India–Russia annual summit", "December 2025"},
			seed.PutinVisitID: {status(timeline.Proposed, "en") + "Putin's visit to India", "around 5 December 2025"},
			HostileID:         {HostileTitle, "20 November 2025"},
		},
	}

	artifacts := os.Getenv("ARTIFACTS_DIR")
	if artifacts == "" {
		artifacts = t.TempDir()
	}
	for _, csp := range []bool{true, false} {
		name := map[bool]string{true: "with CSP", false: "without CSP"}[csp]
		mode := map[bool]string{true: "full", false: "escaping"}[csp]
		t.Run(name, func(t *testing.T) {
			// Without the Content-Security-Policy nothing but the escaping
			// stands between the hostile title and the page.
			srv := newTestServer(t, csp)
			outdir := filepath.Join(artifacts, "web", strings.ReplaceAll(name, " ", "-"))
			if err := os.MkdirAll(outdir, 0o755); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(node, filepath.Join("browsertest", "run.mjs"), srv.URL+"/", outdir, mode)
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
			t.Logf("%d screenshots in %s", len(res.Screenshots), outdir)
			wantViews := map[bool]int{true: 4, false: 1}[csp]
			if len(res.Views) != wantViews {
				t.Fatalf("got %d views, want %d", len(res.Views), wantViews)
			}
			for _, v := range res.Views {
				t.Run(v.Lang+" "+v.Size, func(t *testing.T) { checkView(t, v, want[v.Lang], csp, srv.URL) })
			}
			if n := wantViews * (len(want["hi"]) + 1); len(res.Screenshots) != n {
				t.Errorf("got %d screenshots, want %d (the opening view and every slide, in every view)", len(res.Screenshots), n)
			}
		})
	}
}

// checkView judges one language and viewport of the browser test.
func checkView(t *testing.T, v browserView, want map[string]struct{ headline, date string }, full bool, base string) {
	if v.HTMLLang != v.Lang {
		t.Errorf("<html lang> = %q, want %q", v.HTMLLang, v.Lang)
	}
	got := map[string]int{}
	for _, s := range v.Slides {
		if s.Title {
			t.Errorf("the page shows a title slide; its header already has the title (issue 14: the title twice)")
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
		for _, el := range s.HeadlineElements {
			if !strings.HasPrefix(el, "samayrekha-status") {
				t.Errorf("slide %s headline has a %q element, want text and the status mark only", s.ID, el)
			}
		}
	}
	for id := range want {
		if got[id] != 1 {
			t.Errorf("slide %s rendered %d times, want once", id, got[id])
		}
	}
	if v.Pwned {
		t.Error("window.__pwned is set: the hostile title ran script")
	}
	if v.InjectedElements != 0 {
		t.Errorf("%d <img src=x>/<script> elements inside the timeline, want 0", v.InjectedElements)
	}
	if len(v.ExternalRequests) > 0 {
		t.Errorf("the page requested outside hosts (it must work offline): %v", v.ExternalRequests)
	}
	if len(v.FailedResponses) > 0 || len(v.PageErrors) > 0 || len(v.ConsoleErrors) > 0 {
		t.Errorf("failed responses %v, page errors %v, console errors %v", v.FailedResponses, v.PageErrors, v.ConsoleErrors)
	}
	// Issue 14, item 1: no Devanagari (or other) glyph clipped.
	if v.Glyphs.Checked == 0 {
		t.Error("the glyph check saw no text")
	}
	for _, p := range v.Glyphs.Problems {
		t.Errorf("clipped glyphs: %v", p)
	}
	// Item 2: no two axis labels overlap.
	if v.Axis.Labels == 0 {
		t.Error("the overlap check saw no axis label")
	}
	for _, o := range v.Axis.Overlaps {
		t.Errorf("overlapping axis labels: %v", o)
	}
	// Item 3: TimelineJS's own words in the page's language.
	if v.Lang == "hi" {
		latin := regexp.MustCompile(`[A-Za-z]`)
		for _, c := range v.Chrome {
			if latin.MatchString(strings.ReplaceAll(c, HostileTitle, "")) {
				t.Errorf("English in the Hindi page's labels: %q", c)
			}
		}
	}
	if len(v.JSONLD) != 1 || v.JSONLD[0]["@type"] != "ItemList" || v.JSONLD[0]["numberOfItems"] != float64(len(want)-1) {
		t.Errorf("embedded JSON-LD: got %d documents, want one ItemList of %d events (all but the one known only by a bound)", len(v.JSONLD), len(want)-1)
	}
	host := strings.TrimPrefix(base, "http://")
	for id, href := range map[string]string{
		"subscribe":     "webcal://" + host + "/" + v.Lang + "/calendar.ics",
		"download-json": "/timeline.json", "download-md": "/" + v.Lang + "/timeline.md", "download-ics": "/" + v.Lang + "/calendar.ics",
	} {
		if v.Links[id] != href {
			t.Errorf("link #%s = %q, want %q", id, v.Links[id], href)
		}
	}
	if !full {
		return
	}
	// Item 6: axe-core, WCAG 2.2 AA.
	for _, a := range v.Axe {
		t.Errorf("axe-core (%s): %s (%s): %s %v", a.Where, a.ID, a.Impact, a.Help, a.Nodes)
	}
	// Item 7: event links and the language switch.
	other := map[string]string{"hi": "en", "en": "hi"}[v.Lang]
	if e := v.EventLink; e == nil {
		t.Error("no event-link result")
	} else {
		if e.Shown != e.Requested {
			t.Errorf("#event-%s opened %q", e.Requested, e.Shown)
		}
		if e.HashAfterPrev != "#event-"+e.IDAfterPrev {
			t.Errorf("after going to %s the address ends in %q, want #event-%s", e.IDAfterPrev, e.HashAfterPrev, e.IDAfterPrev)
		}
		if want := "/" + other + "/#event-" + e.IDAfterPrev; e.SwitchHref != want {
			t.Errorf("language switch href = %q, want %q (the same event)", e.SwitchHref, want)
		}
	}
	if s := v.LangSwitch; s == nil {
		t.Error("no language-switch result")
	} else if v.EventLink != nil && (s.HTMLLang != other || s.ID != v.EventLink.IDAfterPrev) {
		t.Errorf("the language switch opened %s (lang %q, event %q), want lang %q at %s", s.URL, s.HTMLLang, s.ID, other, v.EventLink.IDAfterPrev)
	}
}
