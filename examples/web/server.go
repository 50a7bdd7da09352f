package main

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/jsonld"
	"github.com/samayrekha/samayrekha/timeline/markdown"
	"github.com/samayrekha/samayrekha/timeline/phrase"
	"github.com/samayrekha/samayrekha/timeline/timelinejs"
)

// Config is what NewHandler serves.
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

//go:embed page.css
var pageCSS []byte

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// pageData fills page.html.
type pageData struct {
	Lang        string
	Title       string
	Description string
	Updated     string      // "18 नवंबर 2025", in the page's language
	UpdatedISO  string      // "2025-11-18", for <time datetime>
	JSONLD      template.JS // JSON with <, > and & escaped: safe in <script>
	TimelineJS  template.JS
	Subscribe   template.URL
	Embed       bool
	Words       words
	Other       otherLang
}

// otherLang is the language switch: the same page in the other language.
type otherLang struct {
	Lang, Name, Href string
}

// words are the page's own labels in its language.
type words struct {
	Subscribe, Download, Loading, Updated, FullPage, Timeline, Skip string
}

var pageWords = map[timeline.Lang]words{
	timeline.Hindi: {
		Subscribe: "कैलेंडर की सदस्यता लें", Download: "डाउनलोड करें", Loading: "टाइमलाइन लोड हो रही है…",
		Updated: "अद्यतन", FullPage: "पूरा पेज खोलें", Timeline: "घटनाओं की टाइमलाइन", Skip: "टाइमलाइन पर जाएँ",
	},
	timeline.English: {
		Subscribe: "Subscribe to the calendar", Download: "Download", Loading: "Loading the timeline…",
		Updated: "Updated", FullPage: "Open the full page", Timeline: "Timeline of events", Skip: "Skip to the timeline",
	},
}

// langNames name each language in itself, for the language switch.
var langNames = map[timeline.Lang]string{timeline.Hindi: "हिन्दी", timeline.English: "English"}

// EventFragment is the URL fragment that opens an event's slide
// (TimelineJS's hash bookmarks): "#event-" + the event's ID.
func EventFragment(id string) string { return "#event-" + id }

// NewHandler returns the page server for cfg. Everything but the pages
// (whose subscribe link names the request's host) is rendered once, here,
// so a bad timeline fails at start and never half-way through a response.
func NewHandler(cfg Config) (http.Handler, error) {
	if _, ok := pageWords[cfg.Lang]; !ok {
		return nil, fmt.Errorf("unknown language %q (want hi or en)", cfg.Lang)
	}
	ancestors, err := frameAncestors(cfg.FrameAncestors)
	if err != nil {
		return nil, err
	}
	t := cfg.Timeline
	ld, err := jsonld.Marshal(t, &jsonld.Options{EventURL: EventFragment})
	if err != nil {
		return nil, err
	}
	js, err := timeline.Marshal(t)
	if err != nil {
		return nil, err
	}
	files := []file{
		{name: "/timeline.json", contentType: "application/json; charset=utf-8", body: js},
		{name: "/timeline.jsonld", contentType: "application/ld+json; charset=utf-8", body: ld},
		{name: "/page.js", contentType: "text/javascript; charset=utf-8", body: pageJS},
		{name: "/page.css", contentType: "text/css; charset=utf-8", body: pageCSS},
	}
	tjs := map[timeline.Lang][]byte{}
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		lf, b, err := langFiles(cfg, lang)
		if err != nil {
			return nil, err
		}
		tjs[lang] = b
		files = append(files, lf...)
		if lang == cfg.Lang {
			// The default language's downloads keep their short names.
			for _, f := range lf {
				if short, ok := strings.CutPrefix(f.name, "/"+string(lang)); ok && !strings.HasPrefix(short, "/locale/") {
					f.name = short
					files = append(files, f)
				}
			}
		}
	}
	updated := t.Updated()
	modified := updated.In(time.UTC)
	mux := http.NewServeMux()
	for _, f := range files {
		sum := sha256.Sum256(f.body)
		f.etag = `"` + hex.EncodeToString(sum[:8]) + `"`
		mux.Handle("GET "+f.name, serveFile(f, modified))
	}
	mux.Handle("GET /assets/timelinejs/", http.StripPrefix("/assets/timelinejs/", http.FileServer(filesOnly{http.Dir(cfg.Assets)})))
	page := func(lang timeline.Lang, embed bool) http.Handler {
		other := timeline.English
		if lang == timeline.English {
			other = timeline.Hindi
		}
		data := pageData{
			Lang:        string(lang),
			Title:       t.Title.In(lang),
			Description: t.Description.In(lang),
			JSONLD:      template.JS(ld),
			TimelineJS:  template.JS(tjs[lang]),
			Embed:       embed,
			Words:       pageWords[lang],
			Other:       otherLang{Lang: string(other), Name: langNames[other], Href: "/" + string(other) + "/"},
		}
		if !updated.IsZero() {
			data.Updated = phrase.Date(date.OnDay(updated), phrase.Style{Lang: lang})
			data.UpdatedISO = updated.String()
		}
		if embed {
			data.Other.Href += "embed"
		}
		policy := "'self'"
		if embed {
			policy = ancestors
		}
		return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			d := data
			d.Subscribe = template.URL("webcal://" + r.Host + "/" + string(lang) + "/calendar.ics")
			var buf bytes.Buffer
			if err := pageTemplate.Execute(&buf, d); err != nil {
				http.Error(rw, "rendering the page: "+err.Error(), http.StatusInternalServerError)
				return
			}
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Header().Set("Cache-Control", "no-cache")
			if cfg.CSP {
				rw.Header().Set("Content-Security-Policy", csp+"; frame-ancestors "+policy)
			}
			rw.Write(buf.Bytes())
		})
	}
	mux.Handle("GET /{$}", page(cfg.Lang, false))
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		mux.Handle("GET /"+string(lang)+"/{$}", page(lang, false))
		mux.Handle("GET /"+string(lang)+"/embed", page(lang, true))
	}
	var h http.Handler = mux
	if cfg.CSP {
		h = withCSP(h)
	}
	return withHeaders(h), nil
}

// langFiles renders the downloads of one language, under /hi/ or /en/:
// TimelineJS JSON, Markdown, iCalendar and TimelineJS's locale. It also
// returns the TimelineJS JSON the page embeds.
func langFiles(cfg Config, lang timeline.Lang) ([]file, []byte, error) {
	t := cfg.Timeline
	tjs, err := timelinejs.Marshal(t, &timelinejs.Options{Lang: lang})
	if err != nil {
		return nil, nil, err
	}
	var md bytes.Buffer
	if err := markdown.Encode(&md, t, &markdown.Options{Lang: lang, Mermaid: true}); err != nil {
		return nil, nil, err
	}
	ics, err := ical.Marshal(t, &ical.Options{Lang: lang})
	if err != nil {
		return nil, nil, err
	}
	loc, err := localeFile(cfg.Assets, lang)
	if err != nil {
		return nil, nil, err
	}
	p := "/" + string(lang)
	return []file{
		{name: "/locale/timelinejs-" + string(lang) + ".json", contentType: "application/json; charset=utf-8", body: loc},
		{name: p + "/timeline.md", contentType: "text/markdown; charset=utf-8", body: md.Bytes()},
		{name: p + "/calendar.ics", contentType: "text/calendar; charset=utf-8", body: ics},
		{name: p + "/timelinejs.json", contentType: "application/json; charset=utf-8", body: tjs},
	}, tjs, nil
}

// frameAncestors returns the CSP frame-ancestors sources of the embed
// pages: 'self' and each origin, which must be an http or https origin
// with nothing after the host (a CSP source list is split on spaces and
// semicolons, so anything else could change the policy).
func frameAncestors(origins []string) (string, error) {
	srcs := []string{"'self'"}
	for _, o := range origins {
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
			u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil ||
			strings.ContainsAny(o, " ;,'\"") {
			return "", fmt.Errorf("frame ancestor %q: want an origin such as https://news.example", o)
		}
		srcs = append(srcs, u.Scheme+"://"+u.Host)
	}
	return strings.Join(srcs, " "), nil
}

// filesOnly serves the files of a directory but never lists one: opening
// a directory fails as if it did not exist, so http.FileServer answers 404
// where it would list the files (or serve an index.html).
type filesOnly struct{ fs http.FileSystem }

func (f filesOnly) Open(name string) (http.File, error) {
	file, err := f.fs.Open(name)
	if err != nil {
		return nil, err
	}
	info, err := file.Stat()
	if err != nil || info.IsDir() {
		file.Close()
		return nil, fs.ErrNotExist
	}
	return file, nil
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
// TimelineJS sets inline styles, so those are allowed. Pages add their own
// frame-ancestors; everything else may be framed only by the server.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

func withCSP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp+"; frame-ancestors 'self'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}

// withHeaders sets the headers every response carries: a Referrer-Policy
// that sends other sites (the sources the slides link to) only this
// server's origin, never the page's path and event.
func withHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.ServeHTTP(w, r)
	})
}
