package main

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/jsonld"
	"github.com/samayrekha/samayrekha/timeline/markdown"
	"github.com/samayrekha/samayrekha/timeline/timelinejs"
)

// Config is what NewHandler serves.
type Config struct {
	Timeline *timeline.Timeline
	Lang     timeline.Lang // timeline.Hindi or timeline.English
	// Assets is TimelineJS's dist directory (with js/timeline.js and
	// css/timeline.css), served under /assets/timelinejs/.
	Assets string
	// CSP sends a Content-Security-Policy that allows scripts only from the
	// server itself. The browser test turns it off once, so that it proves
	// the escaping rather than the policy.
	CSP bool
}

// file is a rendered download.
type file struct {
	name, contentType string
	body              []byte
	etag              string
}

//go:embed page.html
var pageHTML string

//go:embed page.js
var pageJS []byte

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// pageData fills page.html.
type pageData struct {
	Lang        string
	Title       string
	Description string
	JSONLD      template.JS // JSON with <, > and & escaped: safe in <script>
	TimelineJS  template.JS
	Subscribe   template.URL
	Words       words
}

// words are the page's own labels in its language.
type words struct {
	Subscribe, Download, Loading string
}

var pageWords = map[timeline.Lang]words{
	timeline.Hindi:   {Subscribe: "कैलेंडर की सदस्यता लें", Download: "डाउनलोड करें", Loading: "टाइमलाइन लोड हो रही है…"},
	timeline.English: {Subscribe: "Subscribe to the calendar", Download: "Download", Loading: "Loading the timeline…"},
}

// NewHandler returns the page server for cfg. Everything but the page
// (whose subscribe link names the request's host) is rendered once, here,
// so a bad timeline fails at start and never half-way through a response.
func NewHandler(cfg Config) (http.Handler, error) {
	w, ok := pageWords[cfg.Lang]
	if !ok {
		return nil, fmt.Errorf("unknown language %q (want hi or en)", cfg.Lang)
	}
	t := cfg.Timeline
	tjs, err := timelinejs.Marshal(t, &timelinejs.Options{Lang: cfg.Lang})
	if err != nil {
		return nil, err
	}
	ld, err := jsonld.Marshal(t, &jsonld.Options{})
	if err != nil {
		return nil, err
	}
	js, err := timeline.Marshal(t)
	if err != nil {
		return nil, err
	}
	var md bytes.Buffer
	if err := markdown.Encode(&md, t, &markdown.Options{Lang: cfg.Lang}); err != nil {
		return nil, err
	}
	ics, err := ical.Marshal(t, &ical.Options{Lang: cfg.Lang})
	if err != nil {
		return nil, err
	}
	loc, err := localeFile(cfg.Assets, cfg.Lang)
	if err != nil {
		return nil, err
	}
	files := []file{
		{"/locale/timelinejs-" + string(cfg.Lang) + ".json", "application/json; charset=utf-8", loc, ""},
		{"/timeline.json", "application/json; charset=utf-8", js, ""},
		{"/timeline.md", "text/markdown; charset=utf-8", md.Bytes(), ""},
		{"/calendar.ics", "text/calendar; charset=utf-8", ics, ""},
		{"/timelinejs.json", "application/json; charset=utf-8", tjs, ""},
		{"/timeline.jsonld", "application/ld+json; charset=utf-8", ld, ""},
		{"/page.js", "text/javascript; charset=utf-8", pageJS, ""},
	}
	updated := t.Updated().In(time.UTC)
	mux := http.NewServeMux()
	for _, f := range files {
		sum := sha256.Sum256(f.body)
		f.etag = `"` + hex.EncodeToString(sum[:8]) + `"`
		mux.Handle("GET "+f.name, serveFile(f, updated))
	}
	mux.Handle("GET /assets/timelinejs/", http.StripPrefix("/assets/timelinejs/", http.FileServer(http.Dir(cfg.Assets))))
	data := pageData{
		Lang:        string(cfg.Lang),
		Title:       t.Title.In(cfg.Lang),
		Description: t.Description.In(cfg.Lang),
		JSONLD:      template.JS(ld),
		TimelineJS:  template.JS(tjs),
		Words:       w,
	}
	mux.HandleFunc("GET /{$}", func(rw http.ResponseWriter, r *http.Request) {
		d := data
		d.Subscribe = template.URL("webcal://" + r.Host + "/calendar.ics")
		var buf bytes.Buffer
		if err := pageTemplate.Execute(&buf, d); err != nil {
			http.Error(rw, "rendering the page: "+err.Error(), http.StatusInternalServerError)
			return
		}
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		rw.Header().Set("Cache-Control", "no-cache")
		rw.Write(buf.Bytes())
	})
	var h http.Handler = mux
	if cfg.CSP {
		h = withCSP(h)
	}
	return h, nil
}

// serveFile serves a rendered download with its type, an ETag and
// conditional GET, HEAD and Range from http.ServeContent.
func serveFile(f file, modified time.Time) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", f.contentType)
		w.Header().Set("ETag", f.etag)
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "", modified, bytes.NewReader(f.body))
	})
}

// csp allows scripts, styles, fonts and data only from the server itself;
// TimelineJS sets inline styles, so those are allowed.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'"

func withCSP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}
