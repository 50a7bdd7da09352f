package webpage

import (
	"net/http"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// Config is what NewHandler serves: one timeline at the site's root.
type Config struct {
	Timeline *timeline.Timeline
	// Lang is the language of the page at "/": timeline.Hindi or
	// timeline.English. Both languages are always served, at /hi/ and /en/,
	// and each page links to the other.
	Lang timeline.Lang
	// Assets is TimelineJS's dist directory (with js/timeline.js and
	// css/timeline.css), served under /assets/timelinejs/ (files only: a
	// directory is not listed).
	Assets string
	// CSP sends a Content-Security-Policy that allows scripts only from the
	// server itself. The browser test turns it off once, so that it proves
	// the escaping rather than the policy.
	CSP bool
	// FrameAncestors are the origins ("https://news.example") allowed to
	// show the embed pages (/hi/embed, /en/embed) in a frame; the server
	// itself always is. The full pages can be framed only by the server.
	FrameAncestors []string
}

// NewHandler returns the page server for cfg: the files of [StoryFiles]
// and [SharedFiles] at the root, and TimelineJS's files under
// [AssetsPath]. Everything is rendered once, here, so a bad timeline fails
// at start and never half-way through a response.
func NewHandler(cfg Config) (http.Handler, error) {
	ancestors, err := FrameAncestors(cfg.FrameAncestors)
	if err != nil {
		return nil, err
	}
	files, err := StoryFiles(cfg.Timeline, &Options{Lang: cfg.Lang})
	if err != nil {
		return nil, err
	}
	shared, err := SharedFiles(cfg.Assets)
	if err != nil {
		return nil, err
	}
	modified := cfg.Timeline.Updated().In(time.UTC)
	mux := http.NewServeMux()
	for _, f := range append(files, shared...) {
		etag := ETag(f.Body)
		pattern := "GET " + f.Name
		if f.Name[len(f.Name)-1] == '/' {
			pattern += "{$}"
		}
		mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			SetHeaders(w.Header(), f.Kind, cfg.CSP, ancestors)
			Serve(w, r, f, etag, modified)
		}))
	}
	assets := AssetsHandler(cfg.Assets)
	mux.Handle("GET "+AssetsPath, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		SetSecurityHeaders(w.Header(), Download, cfg.CSP, ancestors)
		assets.ServeHTTP(w, r)
	}))
	// Anything else (a 404) still gets the security headers.
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		SetSecurityHeaders(w.Header(), Download, cfg.CSP, ancestors)
		mux.ServeHTTP(w, r)
	}), nil
}
