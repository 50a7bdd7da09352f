// Package browsertest opens a page of internal/webpage in Debian's
// headless chromium, driven by playwright-core (run.mjs beside this file),
// and judges what it found: each slide's headline and date, clipped
// Devanagari glyphs, overlapping axis labels, axe-core's WCAG 2.2 AA
// rules, English left in the Hindi page, event links and the language
// switch, the hostile title staying text, and no request to outside hosts.
// The tests of examples/web (one story at the root) and examples/desk
// (a story under /stories/SLUG) both call [Run].
//
//	apt-get install -y chromium fonts-lohit-deva   # fonts: Devanagari in screenshots
//	npm ci --prefix internal/webpage
//	npm ci --prefix internal/webpage/browsertest
package browsertest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// Need skips the test with an install hint, or fails it when CI is set:
// on CI a missing tool is a broken install step, not a reason to skip.
func Need(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// Slide is what one slide must show.
type Slide struct{ Headline, Date string }

// Options say what Run expects of a page.
type Options struct {
	// Prefix is the path of the story's files on the server: "" for a
	// story at the root, "/stories/seed" for one of a desk.
	Prefix string
	// Want lists, per language ("hi", "en") and event ID, the slide's
	// headline (with its status mark) and display date. Every slide must
	// be one of them, and every one of them a slide.
	Want map[string]map[string]Slide
	// JSONLDItems is the number of events in the embedded JSON-LD.
	JSONLDItems int
	// Hostile is a title that is left out of the check for Latin letters
	// in the Hindi page (it is HTML-injection text, in both languages).
	Hostile string
	// Escaping opens only the Hindi page at one size, for a server
	// without the Content-Security-Policy: nothing but the escaping then
	// stands between a hostile title and the page. Otherwise both
	// languages are opened at both sizes, with axe-core and the link
	// checks.
	Escaping bool
	// Screenshots is the directory the screenshots go to.
	Screenshots string
}

// Run opens serverURL+opts.Prefix+"/hi/" (and "/en/") in chromium and
// checks each view; see the package documentation. It skips (fails, with
// CI set) when chromium, node or the npm packages are missing.
func Run(t *testing.T, serverURL string, opts Options) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	mode := "full"
	if opts.Escaping {
		mode = "escaping"
	}
	out := runMJS(t, serverURL+opts.Prefix+"/", opts.Screenshots, mode)
	var res result
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("run.mjs: output not JSON (%v): %s", err, out)
	}
	if res.Error != "" {
		t.Fatalf("run.mjs failed: %s", res.Error)
	}
	t.Logf("%d screenshots in %s", len(res.Screenshots), opts.Screenshots)
	wantViews := 4
	if opts.Escaping {
		wantViews = 1
	}
	if len(res.Views) != wantViews {
		t.Fatalf("got %d views, want %d", len(res.Views), wantViews)
	}
	for _, v := range res.Views {
		t.Run(v.Lang+" "+v.Size, func(t *testing.T) { checkView(t, v, opts, serverURL) })
	}
	if n := wantViews * (len(opts.Want["hi"]) + 1); len(res.Screenshots) != n {
		t.Errorf("got %d screenshots, want %d (the opening view and every slide, in every view)", len(res.Screenshots), n)
	}
}

// runMJS runs run.mjs on base in mode and returns what it printed. It
// skips the test (fails it with CI set) when chromium, node or the npm
// packages are missing, and fails it when run.mjs prints nothing that
// is JSON.
func runMJS(t *testing.T, base, screenshots, mode string) []byte {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		Need(t, "chromium missing: apt-get install -y chromium fonts-lohit-deva ("+err.Error()+")")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		Need(t, "node missing: "+err.Error())
	}
	_, self, _, _ := runtime.Caller(0)
	dir := filepath.Dir(self)
	for _, pkg := range []string{"playwright-core", "axe-core"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg)); err != nil {
			Need(t, pkg+" missing: run `npm ci --prefix internal/webpage/browsertest`")
		}
	}
	if err := os.MkdirAll(screenshots, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join(dir, "run.mjs"), base, screenshots, mode)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && !json.Valid(out) {
		t.Fatalf("run.mjs: %v\nstdout: %s\nstderr: %s", err, out, stderr.Bytes())
	}
	return out
}

// view is what run.mjs found in one language and viewport.
type view struct {
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

// result is what run.mjs prints.
type result struct {
	Views       []view   `json:"views"`
	Screenshots []string `json:"screenshots"`
	Error       string   `json:"error"`
}

// checkView judges one language and viewport.
func checkView(t *testing.T, v view, opts Options, base string) {
	want := opts.Want[v.Lang]
	full := !opts.Escaping
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
		if s.Headline != w.Headline {
			t.Errorf("slide %s headline = %q, want %q", s.ID, s.Headline, w.Headline)
		}
		if s.Date != w.Date {
			t.Errorf("slide %s date = %q, want %q", s.ID, s.Date, w.Date)
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
			if opts.Hostile != "" {
				c = strings.ReplaceAll(c, opts.Hostile, "")
			}
			if latin.MatchString(c) {
				t.Errorf("English in the Hindi page's labels: %q", c)
			}
		}
	}
	if len(v.JSONLD) != 1 || v.JSONLD[0]["@type"] != "ItemList" || v.JSONLD[0]["numberOfItems"] != float64(opts.JSONLDItems) {
		t.Errorf("embedded JSON-LD: got %d documents, want one ItemList of %d events", len(v.JSONLD), opts.JSONLDItems)
	}
	host := strings.TrimPrefix(base, "http://")
	p := opts.Prefix
	for id, href := range map[string]string{
		"subscribe":     "webcal://" + host + p + "/" + v.Lang + "/calendar.ics",
		"download-json": p + "/timeline.json", "download-md": p + "/" + v.Lang + "/timeline.md", "download-ics": p + "/" + v.Lang + "/calendar.ics",
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
		if want := p + "/" + other + "/#event-" + e.IDAfterPrev; e.SwitchHref != want {
			t.Errorf("language switch href = %q, want %q (the same event)", e.SwitchHref, want)
		}
	}
	if s := v.LangSwitch; s == nil {
		t.Error("no language-switch result")
	} else if v.EventLink != nil && (s.HTMLLang != other || s.ID != v.EventLink.IDAfterPrev) {
		t.Errorf("the language switch opened %s (lang %q, event %q), want lang %q at %s", s.URL, s.HTMLLang, s.ID, other, v.EventLink.IDAfterPrev)
	}
}

// IndexView is what run.mjs found on a page without a timeline (a desk's
// index of stories) in one language and viewport.
type IndexView struct {
	Lang     string            `json:"lang"`
	Size     string            `json:"size"`
	HTMLLang string            `json:"htmlLang"`
	Links    map[string]string `json:"links"`
	Stories  []struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Href   string `json:"href"`
		Latest string `json:"latest"`
	} `json:"stories"`
	Webcal []string `json:"webcal"`
	Glyphs struct {
		Checked  int   `json:"checked"`
		Problems []any `json:"problems"`
	} `json:"glyphs"`
	Axe []struct {
		Where  string `json:"where"`
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []any  `json:"nodes"`
	} `json:"axe"`
	ExternalRequests []string `json:"externalRequests"`
	FailedResponses  []any    `json:"failedResponses"`
	PageErrors       []string `json:"pageErrors"`
	ConsoleErrors    []string `json:"consoleErrors"`
}

// RunIndex opens serverURL+"/hi/" and "/en/" (a page without a timeline,
// such as examples/desk's index) in chromium at both sizes and checks
// what every page must pass: no clipped glyph, axe-core's WCAG 2.2 AA
// rules, no request to outside hosts, no error, every subscribe link a
// webcal:// link to the server. It returns the views for the caller's own
// checks (the stories listed, their order) and saves a screenshot of each.
func RunIndex(t *testing.T, serverURL, screenshots string) []IndexView {
	t.Helper()
	out := runMJS(t, serverURL+"/", screenshots, "index")
	var res struct {
		Views       []IndexView `json:"views"`
		Screenshots []string    `json:"screenshots"`
		Error       string      `json:"error"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("run.mjs: output not JSON (%v): %s", err, out)
	}
	if res.Error != "" {
		t.Fatalf("run.mjs failed: %s", res.Error)
	}
	t.Logf("%d screenshots in %s", len(res.Screenshots), screenshots)
	if len(res.Views) != 4 {
		t.Fatalf("got %d views, want 4", len(res.Views))
	}
	host := strings.TrimPrefix(serverURL, "http://")
	for _, v := range res.Views {
		t.Run(v.Lang+" "+v.Size, func(t *testing.T) {
			if v.HTMLLang != v.Lang {
				t.Errorf("<html lang> = %q, want %q", v.HTMLLang, v.Lang)
			}
			if v.Glyphs.Checked == 0 {
				t.Error("the glyph check saw no text")
			}
			for _, p := range v.Glyphs.Problems {
				t.Errorf("clipped glyphs: %v", p)
			}
			for _, a := range v.Axe {
				t.Errorf("axe-core (%s): %s (%s): %s %v", a.Where, a.ID, a.Impact, a.Help, a.Nodes)
			}
			if len(v.ExternalRequests) > 0 || len(v.FailedResponses) > 0 || len(v.PageErrors) > 0 || len(v.ConsoleErrors) > 0 {
				t.Errorf("outside requests %v, failed responses %v, page errors %v, console errors %v", v.ExternalRequests, v.FailedResponses, v.PageErrors, v.ConsoleErrors)
			}
			if len(v.Webcal) == 0 {
				t.Error("no subscribe link")
			}
			for _, h := range v.Webcal {
				if !strings.HasPrefix(h, "webcal://"+host+"/") {
					t.Errorf("subscribe link %q, want webcal://%s/…", h, host)
				}
			}
		})
	}
	return res.Views
}
