// Package webpage renders a timeline as the page a newsroom publishes: the
// timeline in Knight Lab TimelineJS, in Hindi and English, with schema.org
// JSON-LD embedded, a link to subscribe to the calendar feed and downloads
// of the timeline as JSON, Markdown, iCalendar, TimelineJS JSON and
// JSON-LD (see examples/web's README for what the page changes in
// TimelineJS, and why).
//
// It is shared by examples/web (one timeline) and examples/desk (many, each
// under a path of its own, and a static export of them). A story's files
// are rendered once, as bytes that do not depend on the request, so that a
// server and a static export of the same data send the same bytes.
package webpage

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/httpbody"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/jsonld"
	"github.com/samayrekha/samayrekha/timeline/markdown"
	"github.com/samayrekha/samayrekha/timeline/phrase"
	"github.com/samayrekha/samayrekha/timeline/timelinejs"
)

// Langs are the languages every page is rendered in, in this order.
var Langs = []timeline.Lang{timeline.Hindi, timeline.English}

// File is one rendered file of a page: its URL path, type and bytes.
type File struct {
	// Name is the URL path the file is served at ("/hi/", "/timeline.json",
	// "/stories/seed/hi/calendar.ics"). A name that ends in "/" is a page,
	// which a static export writes as index.html in that folder.
	Name        string
	ContentType string
	Body        []byte
	// Kind says which headers go with the file (see [Kind]).
	Kind Kind
}

// Kind sorts files by the headers they are served with.
type Kind uint8

const (
	// Download is a file a reader or a program downloads: JSON, Markdown,
	// iCalendar, scripts and styles. Cacheable for a few minutes.
	Download Kind = iota
	// Page is an HTML page: revalidated on every view (Cache-Control:
	// no-cache), framed only by the site itself.
	Page
	// EmbedPage is an HTML page meant to be shown in a frame on other
	// sites: like Page, with the configured frame ancestors.
	EmbedPage
)

// ETag returns a strong entity tag for body: a hash of the bytes, so the
// same bytes always have the same tag, whichever server sends them.
func ETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

// Options say how StoryFiles renders a story.
type Options struct {
	// Lang is the language of the page at Prefix+"/" and of the short
	// download names (/timeline.md, /calendar.ics, /timelinejs.json):
	// timeline.Hindi ("" too) or timeline.English. Both languages are
	// always rendered, under /hi/ and /en/, each page linking to the
	// other.
	Lang timeline.Lang
	// Prefix is the URL path the story's files are under: "" for a site
	// of one story, "/stories/seed" for one of many. The shared files
	// (page.js, page.css, TimelineJS and its locales) are always at the
	// site's root.
	Prefix string
	// Home, if set, is a link back to the site's front page (a desk's
	// index of stories), shown in the page's header; it gets the page's
	// language appended ("/" + lang + "/").
	Home string
	// LangOnly leaves out the short addresses (Prefix+"/", /timeline.md,
	// /calendar.ics, /timelinejs.json), copies of Lang's: a desk of a
	// thousand stories redirects Prefix+"/" instead of storing the page
	// twice.
	LangOnly bool
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
	Prefix      string
	Title       string
	Description string
	Updated     string      // "18 नवंबर 2025", in the page's language
	UpdatedISO  string      // "2025-11-18", for <time datetime>
	JSONLD      template.JS // JSON with <, > and & escaped: safe in <script>
	TimelineJS  template.JS
	Embed       bool
	Home        string
	Words       words
	Other       otherLang
}

// otherLang is the language switch: the same page in the other language.
type otherLang struct {
	Lang, Name, Href string
}

// words are the page's own labels in its language.
type words struct {
	Subscribe, Download, Loading, Updated, FullPage, Timeline, Skip, Home string
}

var pageWords = map[timeline.Lang]words{
	timeline.Hindi: {
		Subscribe: "कैलेंडर की सदस्यता लें", Download: "डाउनलोड करें", Loading: "टाइमलाइन लोड हो रही है…",
		Updated: "अद्यतन", FullPage: "पूरा पेज खोलें", Timeline: "घटनाओं की टाइमलाइन", Skip: "टाइमलाइन पर जाएँ",
		Home: "सभी ख़बरें",
	},
	timeline.English: {
		Subscribe: "Subscribe to the calendar", Download: "Download", Loading: "Loading the timeline…",
		Updated: "Updated", FullPage: "Open the full page", Timeline: "Timeline of events", Skip: "Skip to the timeline",
		Home: "All stories",
	},
}

// LangName names each language in itself, for a language switch.
var LangName = map[timeline.Lang]string{timeline.Hindi: "हिन्दी", timeline.English: "English"}

// Other returns the other language of the two.
func Other(lang timeline.Lang) timeline.Lang {
	if lang == timeline.English {
		return timeline.Hindi
	}
	return timeline.English
}

// EventFragment is the URL fragment that opens an event's slide
// (TimelineJS's hash bookmarks): "#event-" + the event's ID.
func EventFragment(id string) string { return "#event-" + id }

// StoryFiles renders every file of a story's page under opts.Prefix: the
// page in each language (Prefix+"/hi/", "/en/", and "/" in opts.Lang), the
// embed pages ("/hi/embed", "/en/embed"), the canonical JSON, the JSON-LD,
// and per language Markdown with a Mermaid diagram, iCalendar and
// TimelineJS JSON. Nothing depends on the request: the subscribe link
// names the feed by its path, and page.js turns it into a webcal:// link
// for the host the page was loaded from.
//
// It fails if t does not validate or a format cannot write it.
func StoryFiles(t *timeline.Timeline, opts *Options) ([]File, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Lang == "" {
		o.Lang = timeline.Hindi
	}
	if _, ok := pageWords[o.Lang]; !ok {
		return nil, fmt.Errorf("unknown language %q (want hi or en)", o.Lang)
	}
	if o.Prefix != "" && (!strings.HasPrefix(o.Prefix, "/") || strings.HasSuffix(o.Prefix, "/")) {
		return nil, fmt.Errorf("prefix %q: want a path such as /stories/seed, without a trailing slash", o.Prefix)
	}
	js, err := timeline.Marshal(t) // validates
	if err != nil {
		return nil, err
	}
	ld, err := jsonld.Marshal(t, &jsonld.Options{EventURL: EventFragment})
	if err != nil {
		return nil, err
	}
	ldPage, err := compact(ld)
	if err != nil {
		return nil, err
	}
	p := o.Prefix
	files := []File{
		{Name: p + "/timeline.json", ContentType: "application/json; charset=utf-8", Body: js},
		{Name: p + "/timeline.jsonld", ContentType: "application/ld+json; charset=utf-8", Body: ld},
	}
	updated := t.Updated()
	for _, lang := range Langs {
		tjs, err := timelinejs.Marshal(t, &timelinejs.Options{Lang: lang})
		if err != nil {
			return nil, err
		}
		md, err := markdown.Marshal(t, &markdown.Options{Lang: lang, Mermaid: true})
		if err != nil {
			return nil, err
		}
		ics, err := ical.Marshal(t, &ical.Options{Lang: lang})
		if err != nil {
			return nil, err
		}
		tjsPage, err := compact(tjs)
		if err != nil {
			return nil, err
		}
		other := Other(lang)
		data := pageData{
			Lang:        string(lang),
			Prefix:      p,
			Title:       t.Title.In(lang),
			Description: t.Description.In(lang),
			JSONLD:      template.JS(ldPage),
			TimelineJS:  template.JS(tjsPage),
			Words:       pageWords[lang],
			Other:       otherLang{Lang: string(other), Name: LangName[other], Href: p + "/" + string(other) + "/"},
		}
		if o.Home != "" {
			data.Home = o.Home + string(lang) + "/"
		}
		if !updated.IsZero() {
			data.Updated = phrase.Date(date.OnDay(updated), phrase.Style{Lang: lang})
			data.UpdatedISO = updated.String()
		}
		page, err := render(data)
		if err != nil {
			return nil, err
		}
		data.Embed = true
		data.Other.Href += "embed"
		embed, err := render(data)
		if err != nil {
			return nil, err
		}
		l := p + "/" + string(lang)
		langFiles := []File{
			{Name: l + "/timeline.md", ContentType: "text/markdown; charset=utf-8", Body: md},
			{Name: l + "/calendar.ics", ContentType: "text/calendar; charset=utf-8", Body: ics},
			{Name: l + "/timelinejs.json", ContentType: "application/json; charset=utf-8", Body: tjs},
		}
		files = append(files, File{Name: l + "/", ContentType: "text/html; charset=utf-8", Body: page, Kind: Page})
		files = append(files, File{Name: l + "/embed", ContentType: "text/html; charset=utf-8", Body: embed, Kind: EmbedPage})
		files = append(files, langFiles...)
		if lang == o.Lang && !o.LangOnly {
			// The default language's page and downloads keep their short names.
			files = append(files, File{Name: p + "/", ContentType: "text/html; charset=utf-8", Body: page, Kind: Page})
			for _, f := range langFiles {
				f.Name = p + strings.TrimPrefix(f.Name, l)
				files = append(files, f)
			}
		}
	}
	return files, nil
}

// compact returns b, JSON, without its indentation: the page embeds it
// for programs, and a story of a hundred events carries a third less.
// HTML escapes (\u003c) stay as they are.
func compact(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(b))
	if err := json.Compact(&buf, b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func render(d pageData) ([]byte, error) {
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("rendering the page: %w", err)
	}
	return buf.Bytes(), nil
}

// SharedFiles returns the files every page of a site uses, at the site's
// root: page.js, page.css and TimelineJS's locales with day-first dates
// and, for Hindi, every message in Hindi (/locale/timelinejs-hi.json,
// -en.json), made from the locale files in assets, TimelineJS's dist
// directory. TimelineJS's own files are served from assets as they are
// (see [AssetsHandler] and [AssetFiles]).
func SharedFiles(assets string) ([]File, error) {
	files := []File{
		{Name: "/page.js", ContentType: "text/javascript; charset=utf-8", Body: pageJS},
		{Name: "/page.css", ContentType: "text/css; charset=utf-8", Body: pageCSS},
	}
	for _, lang := range Langs {
		loc, err := localeFile(assets, lang)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: "/locale/timelinejs-" + string(lang) + ".json", ContentType: "application/json; charset=utf-8", Body: loc})
	}
	return files, nil
}

// AssetsPath is the URL path TimelineJS's dist directory is served under.
const AssetsPath = "/assets/timelinejs/"

// AssetsHandler serves TimelineJS's dist directory under [AssetsPath]:
// files only, a directory is never listed.
func AssetsHandler(assets string) http.Handler {
	return http.StripPrefix(AssetsPath, http.FileServer(filesOnly{http.Dir(assets)}))
}

// AssetFiles lists the files of TimelineJS's dist directory the page
// needs: its script (and licence), its styles and icon fonts; not the
// source maps, the optional fonts and themes, the demo pages or the
// locales, which [SharedFiles] rewrites. The paths are relative to
// assets, with forward slashes, for a static export to copy.
func AssetFiles(assets string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(assets, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(assets, path)
		rel = filepath.ToSlash(rel)
		if !d.Type().IsRegular() {
			return nil
		}
		switch {
		case rel == "js/timeline.js", rel == "js/timeline.js.LICENSE.txt", rel == "css/timeline.css",
			strings.HasPrefix(rel, "css/icons/"):
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("TimelineJS assets: %w", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("TimelineJS assets: no js/timeline.js in %s", assets)
	}
	return out, nil
}

// assetsRel is where `npm ci --prefix internal/webpage` puts TimelineJS's
// files, relative to this package's directory.
var assetsRel = filepath.Join("node_modules", "@knight-lab", "timelinejs", "dist")

// FindAssets looks for TimelineJS's dist directory installed by
// `npm ci --prefix internal/webpage`, from the repository root (go run
// ./examples/web) or from a directory two levels down (go test in
// examples/web or internal/webpage).
func FindAssets() (string, error) {
	for _, dir := range []string{
		filepath.Join("internal", "webpage", assetsRel),
		filepath.Join("..", "..", "internal", "webpage", assetsRel),
		assetsRel,
	} {
		if _, err := os.Stat(filepath.Join(dir, "js", "timeline.js")); err == nil {
			return dir, nil
		}
	}
	return "", errors.New("TimelineJS assets not found: run `npm ci --prefix internal/webpage` from the repository root, or pass -assets DIR")
}

// FrameAncestors returns the CSP frame-ancestors sources of the embed
// pages: 'self' and each origin, which must be an http or https origin
// with nothing after the host (a CSP source list is split on spaces and
// semicolons, so anything else could change the policy).
func FrameAncestors(origins []string) (string, error) {
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

// CSP allows scripts, styles, fonts and data only from the site itself;
// TimelineJS sets inline styles, so those are allowed. It is followed by
// "; frame-ancestors " and the sources that may frame the response.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

// CacheControl returns the Cache-Control of a file of kind k: pages are
// revalidated on every view, so an edit shows at once (a revalidation is
// a cheap 304); downloads, feeds and assets may be reused for five
// minutes, as the calendar feed always has been.
func CacheControl(k Kind) string {
	if k == Download {
		return "public, max-age=300"
	}
	return "no-cache"
}

// SetHeaders sets the headers that go with a file of kind k: its
// Cache-Control, a Referrer-Policy that sends other sites (the sources the
// slides link to) only the site's origin, and, when csp is set, the
// Content-Security-Policy with frame-ancestors 'self' (an embed page:
// ancestors, from [FrameAncestors]) and X-Content-Type-Options.
func SetHeaders(h http.Header, k Kind, csp bool, ancestors string) {
	h.Set("Cache-Control", CacheControl(k))
	SetSecurityHeaders(h, k, csp, ancestors)
}

// SetSecurityHeaders sets the headers of [SetHeaders] except
// Cache-Control, for responses that set their own (a calendar feed).
func SetSecurityHeaders(h http.Header, k Kind, csp bool, ancestors string) {
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	if csp {
		policy := "'self'"
		if k == EmbedPage {
			policy = ancestors
		}
		h.Set("Content-Security-Policy", CSP+"; frame-ancestors "+policy)
		h.Set("X-Content-Type-Options", "nosniff")
	}
}

// Serve serves f with its type, headers, a strong ETag and conditional
// GET, HEAD and Range, as every server of the module serves a body held
// in memory (httpbody.Serve).
func Serve(w http.ResponseWriter, r *http.Request, f File, etag string, modified time.Time) {
	w.Header().Set("Content-Type", f.ContentType)
	w.Header().Set("ETag", etag)
	httpbody.Serve(w, r, modified, f.Body, false)
}
