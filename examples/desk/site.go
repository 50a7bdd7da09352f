package main

import (
	"compress/gzip"
	"container/list"
	"context"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/httpbody"
	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/timeline"
)

// siteConfig is what the public site is made from.
type siteConfig struct {
	lang           timeline.Lang // of "/", "/stories/SLUG/" and the feeds' default
	title, descr   timeline.Text // the desk's name and description (index, combined feed)
	assets         string        // TimelineJS's dist directory
	frameAncestors []string
	cacheBytes     int // budget for the stories' renderings
	feedCache      int // filtered renderings the combined feed keeps
	logger         *log.Logger
	// noFeed leaves the combined feed to be made later, by useFeed (the
	// export makes one per language, one after the other).
	noFeed bool
}

// site is the public desk: the index, every story's files and the
// combined feeds. It is safe for concurrent use; update swaps in a new
// state while requests are served, each request seeing one state.
type site struct {
	cfg       siteConfig
	ancestors string
	headers   map[webpage.Kind]http.Header // Cache-Control and security headers, made once
	shared    map[string]*prepared         // page.js, page.css, locales, TimelineJS's files
	cur       atomic.Pointer[published]
	cache     renderCache
	feed      *ical.Feed
	feedMu    sync.Mutex // serializes updates of feed
	feedGen   atomic.Uint64
}

// published is one state of the desk as readers see it.
type published struct {
	st        *state
	index     map[string]*prepared // "/", "/hi/", "/en/"
	countries []string             // ISO codes in the data, sorted: the combined feeds per country
	kinds     []timeline.Kind      // kinds in the data, in timeline.Kinds order
	events    int                  // public events of every story
}

// combined returns every public event of every story as one timeline, in
// timeline order (timeline.Sort's), the desk's name as its title: what the
// combined feed serves. It copies the events once, after sorting
// pointers to them: a stable sort moves each of a hundred thousand
// events many times, and an event is some hundred bytes.
func (s *site) combined(st *state) *timeline.Timeline {
	n := 0
	for _, v := range st.stories {
		n += len(v.public.Events)
	}
	order := make([]*timeline.Event, 0, n)
	for _, v := range st.stories {
		for i := range v.public.Events {
			order = append(order, &v.public.Events[i])
		}
	}
	slices.SortStableFunc(order, func(a, b *timeline.Event) int { return a.Compare(b) })
	t := &timeline.Timeline{Title: s.cfg.title, Description: s.cfg.descr, Events: make([]timeline.Event, n)}
	for i, e := range order {
		t.Events[i] = *e
	}
	return t
}

func newSite(cfg siteConfig, st *state) (*site, error) {
	if cfg.lang == "" {
		cfg.lang = timeline.Hindi
	}
	if cfg.lang != timeline.Hindi && cfg.lang != timeline.English {
		return nil, fmt.Errorf("-lang %q: want hi or en", cfg.lang)
	}
	ancestors, err := webpage.FrameAncestors(cfg.frameAncestors)
	if err != nil {
		return nil, err
	}
	s := &site{cfg: cfg, ancestors: ancestors, shared: map[string]*prepared{}, headers: map[webpage.Kind]http.Header{}}
	for _, k := range []webpage.Kind{webpage.Download, webpage.Page, webpage.EmbedPage} {
		h := http.Header{}
		webpage.SetHeaders(h, k, true, ancestors)
		s.headers[k] = h
	}
	s.cache.init(cfg.cacheBytes)
	if err := s.loadShared(); err != nil {
		return nil, err
	}
	p, err := s.publish(st)
	if err != nil {
		return nil, err
	}
	s.cur.Store(p)
	if !cfg.noFeed {
		if err := s.useFeed(cfg.lang); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// useFeed makes the combined feed anew, over the current state, with lang
// as its default language. A feed renders the same bytes for a query in
// either language whatever its default (the language is not part of the
// calendar's name or address), so the export makes one feed per
// language, one after the other, and never holds both unfiltered
// renderings of a desk at once.
func (s *site) useFeed(lang timeline.Lang) error {
	p := s.cur.Load()
	feed, err := ical.NewFeed(s.combined(p.st), p.st.modified, &ical.FeedOptions{
		Calendar:  ical.Options{Lang: lang},
		FileName:  "desk",
		CacheSize: s.cfg.feedCache,
		ErrorLog:  s.cfg.logger,
		// Every rendering on its first request: an edit's new version
		// is current as soon as it is validated, and the export asks
		// for each feed once anyway.
		RenderOnRequest: true,
		// A desk's feeds are a hundred megabytes: the default level
		// took five times as long to compress them, for a third
		// smaller .gz files.
		GzipLevel: gzip.BestSpeed,
	})
	if err != nil {
		return fmt.Errorf("the combined feed: %w", err)
	}
	s.feed = feed
	return nil
}

// loadShared prepares the files every page uses: page.js, page.css,
// desk.css, TimelineJS's locales and the TimelineJS files the page
// loads, with the modification time of TimelineJS's script.
func (s *site) loadShared() error {
	files, err := webpage.SharedFiles(s.cfg.assets)
	if err != nil {
		return err
	}
	files = append(files, webpage.File{Name: "/desk.css", ContentType: "text/css; charset=utf-8", Body: deskCSS})
	assets, err := webpage.AssetFiles(s.cfg.assets)
	if err != nil {
		return err
	}
	fi, err := os.Stat(filepath.Join(s.cfg.assets, "js", "timeline.js"))
	if err != nil {
		return err
	}
	mod := fi.ModTime().UTC().Truncate(time.Second)
	for _, rel := range assets {
		b, err := os.ReadFile(filepath.Join(s.cfg.assets, filepath.FromSlash(rel)))
		if err != nil {
			return err
		}
		files = append(files, webpage.File{Name: webpage.AssetsPath + rel, ContentType: contentType(rel), Body: b})
	}
	for _, f := range files {
		s.shared[f.Name] = prepare(f, mod)
	}
	return nil
}

// contentType is the type of a TimelineJS file, by its extension; the
// shipped nginx config names the same types.
func contentType(name string) string {
	switch filepath.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".woff":
		return "font/woff"
	case ".woff2":
		return "font/woff2"
	case ".ttf":
		return "font/ttf"
	case ".eot":
		return "application/vnd.ms-fontobject"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

// publish makes what readers see of st at once: the index pages, and the
// countries and kinds of the combined feeds.
func (s *site) publish(st *state) (*published, error) {
	p := &published{st: st, index: map[string]*prepared{}}
	countries := map[string]bool{}
	kinds := map[timeline.Kind]bool{}
	for _, v := range st.stories {
		p.events += len(v.public.Events)
		for _, k := range v.kinds {
			kinds[k] = true
		}
		for _, c := range v.countries {
			countries[c] = true
		}
	}
	for c := range countries {
		p.countries = append(p.countries, c)
	}
	slices.Sort(p.countries)
	for _, k := range timeline.Kinds {
		if kinds[k] {
			p.kinds = append(p.kinds, k)
		}
	}
	for _, lang := range webpage.Langs {
		b, err := renderIndex(s.cfg, p, lang)
		if err != nil {
			return nil, err
		}
		f := webpage.File{Name: "/" + string(lang) + "/", ContentType: "text/html; charset=utf-8", Body: b, Kind: webpage.Page}
		p.index[f.Name] = prepare(f, st.modified)
		if lang == s.cfg.lang {
			f.Name = "/"
			p.index["/"] = prepare(f, st.modified)
		}
	}
	return p, nil
}

// update makes st current: the index and the stories' files at once; the
// combined feed, whose rendering takes longer, follows in the
// background (its own version switch is atomic too). done, if not nil,
// is called when the feed is current.
func (s *site) update(st *state, done func(error)) error {
	p, err := s.publish(st)
	if err != nil {
		return err
	}
	s.cur.Store(p)
	gen := s.feedGen.Add(1)
	go func() {
		s.feedMu.Lock()
		defer s.feedMu.Unlock()
		var err error
		if s.feedGen.Load() == gen { // a later update supersedes this one
			_, err = s.feed.Replace(s.combined(st), st.modified)
			if err == nil && s.feedGen.Load() == gen {
				// The new version is served; render the whole feed
				// now rather than on the next subscriber's poll.
				s.warmFeed()
			}
			// The old version's renderings and the new one's garbage.
			debug.FreeOSMemory()
		}
		if done != nil {
			done(err)
		}
	}()
	return nil
}

// warmFeed renders the whole combined feed in the desk's language, as the
// first request for it would.
//
// The feed renders on request, so a version that validates but cannot be
// rendered is found here, not by Replace: subscribers then get 500s until
// the story is fixed, and the log says so at once.
func (s *site) warmFeed() {
	path := "/feeds/" + string(s.cfg.lang) + "/all.ics"
	r, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return
	}
	w := &discard{h: http.Header{}, status: http.StatusOK}
	s.ServeHTTP(w, r)
	if w.status != http.StatusOK {
		s.cfg.logger.Printf("the combined feed %s answers %d: see the error above; subscribers get it until the story at fault is fixed", path, w.status)
	}
}

// discard is a ResponseWriter that keeps only the status.
type discard struct {
	h      http.Header
	status int
}

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) WriteHeader(status int)      { d.status = status }
func (d *discard) Write(p []byte) (int, error) { return len(p), nil }

// storyPrefix is the path every story's files are under.
const storyPrefix = "/stories/"

// ServeHTTP serves the public desk.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := s.cur.Load()
	path := r.URL.Path
	if f := p.index[path]; f != nil {
		s.serve(w, r, f)
		return
	}
	if f := s.shared[path]; f != nil {
		s.serve(w, r, f)
		return
	}
	if p.index[path+"/"] != nil {
		// "/hi" is the folder "/hi/", as a static host answers.
		webpage.SetSecurityHeaders(w.Header(), webpage.Download, true, s.ancestors)
		http.Redirect(w, r, path+"/", http.StatusMovedPermanently)
		return
	}
	switch {
	case strings.HasPrefix(path, storyPrefix):
		s.serveStory(w, r, p, path)
		return
	case path == "/calendar.ics":
		webpage.SetSecurityHeaders(w.Header(), webpage.Download, true, s.ancestors)
		s.feed.ServeHTTP(w, r)
		return
	case strings.HasPrefix(path, "/feeds/"):
		if q, ok := feedQuery(path); ok {
			if r.URL.RawQuery != "" {
				s.notFound(w, "a feed under /feeds/ takes no query; filter /calendar.ics instead")
				return
			}
			r2 := *r
			u := *r.URL
			u.RawQuery = q
			r2.URL = &u
			webpage.SetSecurityHeaders(w.Header(), webpage.Download, true, s.ancestors)
			s.feed.ServeHTTP(w, &r2)
			return
		}
	}
	s.notFound(w, "")
}

func (s *site) notFound(w http.ResponseWriter, msg string) {
	webpage.SetSecurityHeaders(w.Header(), webpage.Download, true, s.ancestors)
	if msg == "" {
		msg = "404 page not found"
	}
	http.Error(w, msg, http.StatusNotFound)
}

// feedQuery maps a combined feed's static path to the query of the feed
// behind it: /feeds/hi/all.ics, /feeds/en/country/ru.ics,
// /feeds/hi/kind/summit.ics. Only the paths [staticFeeds] lists exist in
// an export; the server answers any country or kind.
func feedQuery(path string) (string, bool) {
	parts := strings.Split(strings.TrimPrefix(path, "/feeds/"), "/")
	if len(parts) < 2 || (parts[0] != "hi" && parts[0] != "en") {
		return "", false
	}
	lang := "lang=" + parts[0]
	switch {
	case len(parts) == 2 && parts[1] == "all.ics":
		return lang, true
	case len(parts) == 3 && parts[1] == "country" && strings.HasSuffix(parts[2], ".ics"):
		code := strings.TrimSuffix(parts[2], ".ics")
		if len(code) != 2 || strings.ToLower(code) != code {
			return "", false
		}
		return "country=" + strings.ToUpper(code) + "&" + lang, true
	case len(parts) == 3 && parts[1] == "kind" && strings.HasSuffix(parts[2], ".ics"):
		kind := strings.TrimSuffix(parts[2], ".ics")
		if !timeline.Kind(kind).Valid() {
			return "", false
		}
		return "kind=" + url.QueryEscape(kind) + "&" + lang, true
	}
	return "", false
}

// staticFeeds lists the combined feeds an export writes: per language, all
// events, each country in the data and each kind.
func staticFeeds(p *published) []string {
	var out []string
	for _, lang := range webpage.Langs {
		l := "/feeds/" + string(lang)
		out = append(out, l+"/all.ics")
		for _, c := range p.countries {
			out = append(out, l+"/country/"+strings.ToLower(c)+".ics")
		}
		for _, k := range p.kinds {
			out = append(out, l+"/kind/"+string(k)+".ics")
		}
	}
	return out
}

// serveStory serves a file of a story: /stories/SLUG/… .
func (s *site) serveStory(w http.ResponseWriter, r *http.Request, p *published, path string) {
	slug, _, _ := strings.Cut(strings.TrimPrefix(path, storyPrefix), "/")
	v := p.st.bySlug[slug]
	if v == nil {
		s.notFound(w, "")
		return
	}
	switch path {
	case storyPrefix + slug:
		// The folder's address, as a static host answers.
		webpage.SetSecurityHeaders(w.Header(), webpage.Download, true, s.ancestors)
		http.Redirect(w, r, path+"/", http.StatusMovedPermanently)
		return
	case storyPrefix + slug + "/":
		// A story's address opens its page in the desk's language (a
		// static host does the same, see nginx/desk.conf).
		webpage.SetSecurityHeaders(w.Header(), webpage.Download, true, s.ancestors)
		http.Redirect(w, r, path+string(s.cfg.lang)+"/", http.StatusMovedPermanently)
		return
	}
	// A conditional GET for a file whose ETag is known needs no
	// rendering, even after the renderings left the cache.
	if tags := v.etags.Load(); tags != nil && r.Header.Get("If-None-Match") != "" {
		if et, ok := (*tags)[path]; ok {
			etag := et[0]
			if et[1] != "" && httpbody.AcceptsGzip(r.Header["Accept-Encoding"]) {
				etag = et[1]
			}
			if httpbody.IsPoll(r, etag) {
				h := w.Header()
				webpage.SetHeaders(h, kindOf(path), true, s.ancestors)
				h["Etag"] = []string{etag}
				if et[1] != "" {
					h["Vary"] = hdrVary
				}
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
	}
	files, err := s.cache.get(r.Context(), v, s.renderStory)
	if err != nil {
		if r.Context().Err() != nil {
			http.Error(w, "the request ended before the story was ready; please try again", http.StatusServiceUnavailable)
			return
		}
		s.cfg.logger.Printf("rendering %s: %v", v.file, err)
		http.Error(w, "the story could not be rendered; this is a server problem", http.StatusInternalServerError)
		return
	}
	f := files[path]
	if f == nil {
		s.notFound(w, "")
		return
	}
	s.serve(w, r, f)
}

// kindOf is the kind of a story file by its path: pages end in "/" or
// "/embed".
func kindOf(path string) webpage.Kind {
	switch {
	case strings.HasSuffix(path, "/"):
		return webpage.Page
	case strings.HasSuffix(path, "/embed"):
		return webpage.EmbedPage
	}
	return webpage.Download
}

// renderStory renders every file of a story version.
func (s *site) renderStory(v *storyVersion) (map[string]*prepared, error) {
	files, err := webpage.StoryFiles(v.public, &webpage.Options{Lang: s.cfg.lang, Prefix: storyPrefix + v.slug, Home: "/", LangOnly: true})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*prepared, len(files))
	tags := make(map[string][2]string, len(files))
	for _, f := range files {
		p := prepare(f, v.modified)
		out[f.Name] = p
		tags[f.Name] = [2]string{p.etag, p.gzETag}
	}
	v.etags.Store(&tags)
	return out, nil
}

// renderCache keeps the renderings of story versions, least recently used
// first out once their bytes pass the budget, and renders each version
// once however many requests ask for it at the same time.
type renderCache struct {
	flights singleflight.Group
	mu      sync.Mutex
	budget  int
	used    int
	lru     list.List // of *cacheEntry, most recent first
	m       map[uint64]*list.Element
}

type cacheEntry struct {
	n     uint64
	files map[string]*prepared
	size  int
}

func (c *renderCache) init(budget int) {
	c.budget = budget
	c.m = map[uint64]*list.Element{}
}

func (c *renderCache) get(ctx context.Context, v *storyVersion, render func(*storyVersion) (map[string]*prepared, error)) (map[string]*prepared, error) {
	c.mu.Lock()
	if el, ok := c.m[v.n]; ok {
		c.lru.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*cacheEntry).files, nil
	}
	c.mu.Unlock()
	ch := c.flights.DoChan(strconv.FormatUint(v.n, 10), func() (any, error) {
		files, err := render(v)
		if err != nil {
			return nil, err
		}
		e := &cacheEntry{n: v.n, files: files}
		for _, f := range files {
			e.size += f.size()
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		if _, ok := c.m[v.n]; !ok {
			c.m[v.n] = c.lru.PushFront(e)
			c.used += e.size
			// Keep at least the newest entry, however large.
			for c.used > c.budget && c.lru.Len() > 1 {
				old := c.lru.Back()
				oe := old.Value.(*cacheEntry)
				c.lru.Remove(old)
				delete(c.m, oe.n)
				c.used -= oe.size
			}
		}
		return files, nil
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return nil, res.Err
		}
		return res.Val.(map[string]*prepared), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// reset drops every rendering kept.
func (c *renderCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m = map[uint64]*list.Element{}
	c.lru.Init()
	c.used = 0
}

// stats returns the number of renderings kept and their bytes.
func (c *renderCache) stats() (n, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len(), c.used
}
