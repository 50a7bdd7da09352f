package ical

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/samayrekha/samayrekha/internal/httpbody"
	"github.com/samayrekha/samayrekha/timeline"
)

// FeedOptions configure a [Feed]. The zero value (or a nil *FeedOptions)
// serves the calendar with the encoder's defaults, as "calendar.ics",
// cacheable for five minutes, with at most 64 renderings kept.
type FeedOptions struct {
	// Calendar holds the options every rendering starts from. Its Lang is
	// the language of a feed whose query has no lang; its Name is the
	// calendar's name (the timeline's title when empty), to which a
	// filtered feed appends its filter. Its Now is ignored: DTSTAMP comes
	// from the data (see [Options].Now), so that the same events always
	// render to the same bytes and the same ETag, and a filtered feed
	// keeps its ETag across edits that do not touch its events. Its URL, when
	// set, is the unfiltered feed's address; a filtered feed's URL gets
	// the normalized query appended.
	Calendar Options
	// FileName is the file name offered in Content-Disposition, without
	// ".ics"; a filtered feed appends its filter ("calendar-ru-summit.ics").
	// Empty means "calendar". Only ASCII letters, digits and "-" are kept.
	FileName string
	// MaxAge is how long a client or proxy may reuse a response without
	// asking again (Cache-Control: max-age). Zero means 5 minutes; a
	// negative value sends "no-cache", so every poll is a conditional GET.
	MaxAge time.Duration
	// CacheSize is the number of filtered renderings (one per normalized
	// query, each holding the plain and the gzipped bytes) kept in memory,
	// a quarter of them for queries asked once, the rest for queries
	// asked again; least recently used first out (see [Feed]). The
	// unfiltered feed, in each language asked for, is kept besides. Zero
	// means 64.
	// A rendering of 1 000 events takes about 1.1 MB (plain and gzipped)
	// and filtered ones less, so the default bounds the cache at about
	// 70 MB for such a timeline; only the current version's are kept.
	CacheSize int
	// ErrorLog receives the errors a client cannot fix (a rendering that
	// failed). Nil means the log package's standard logger.
	ErrorLog *log.Logger
	// GzipLevel is the compress/gzip level of the gzipped renderings,
	// from gzip.BestSpeed to gzip.BestCompression; zero means
	// gzip.DefaultCompression. A feed of a hundred thousand events
	// (140 MB) takes seconds of CPU to compress at the default level and
	// about a fifth of that at gzip.BestSpeed, for a body about a third
	// larger.
	GzipLevel int
	// RenderOnRequest makes [Feed.Replace] (and [NewFeed]) validate the
	// timeline and make it current without rendering it: every rendering,
	// the unfiltered feed's too, is made on the first request that asks
	// for it, as filtered ones always are. A new version is then served
	// at once (a filtered query of a large feed in milliseconds), and the
	// first poll of the whole feed after an edit waits for its rendering.
	// A timeline that validates but cannot be encoded is then found by
	// that request, which gets a 500 (and ErrorLog the error), instead of
	// by Replace.
	RenderOnRequest bool
}

// Feed is an http.Handler that serves a timeline as a subscribable
// iCalendar feed, whole or filtered by the query string (see
// [ParseFeedQuery]).
//
// Responses carry Content-Type "text/calendar; charset=utf-8", a strong
// ETag (a hash of the bytes sent), Last-Modified (the modification time
// of the version since which these bytes are served, see [Feed.Replace]:
// an edit that does not change a filtered feed's events moves neither its
// ETag nor its Last-Modified), Cache-Control, Vary:
// Accept-Encoding and a Content-Disposition file name. Conditional
// requests (If-None-Match, If-Modified-Since), HEAD and Range are answered
// by [http.ServeContent], except the common poll (If-None-Match with the
// current ETag alone), which gets its 304 directly. Methods other than GET
// and HEAD get 405, and a bad query string 400 with a message that says
// what was wrong and what is accepted. A client that accepts gzip gets the gzipped
// bytes with Content-Encoding: gzip and their own ETag (the plain one with
// "-gz" appended); a Range on such a request counts bytes of the gzipped
// body, as RFC 9110 defines ranges over the selected representation, and
// If-Range works because the two ETags differ. A gzip request for several
// ranges gets the whole gzipped body (200): a multipart/byteranges body
// under Content-Encoding: gzip is something no client can decode.
//
// Each version of the timeline is rendered and compressed once per
// normalized query, on the first request that asks for it; concurrent
// requests for the same rendering wait for that one. The unfiltered feed
// (in either language) stays cached for as long as its version is
// current. A filtered rendering is kept on probation, in a small LRU
// of a quarter of [FeedOptions].CacheSize, after its first request, and
// moves to the main LRU only when it is asked for again: one-off queries
// evict one another, never the feeds that are polled. Renderings of older
// versions are dropped when a new version arrives.
//
// A Feed is safe for concurrent use. [Feed.Replace] may be called at any
// time while requests are served: each response is rendered from one
// version, old or new, never a mix. Create one with [NewFeed].
type Feed struct {
	opts         FeedOptions
	cacheControl []string
	fileBase     string

	mu    sync.Mutex // serializes Replace
	cur   atomic.Pointer[version]
	cache renderCache
}

// version is one immutable state of the feed's timeline.
type version struct {
	n        uint64 // 1, 2, 3, …
	tl       *timeline.Timeline
	modified time.Time // UTC, whole seconds
}

// sameJSON reports whether a and b, both valid, have the same JSON form
// (timeline.Marshal), without encoding them: the events are compared
// field by field, and only a pair that differs there (a nil slice and
// an empty one) is compared by its JSON. Encoding a desk's hundred
// thousand events to hash them took longer than rendering them.
func sameJSON(a, b *timeline.Timeline) bool {
	if a.Title != b.Title || a.Description != b.Description || len(a.Events) != len(b.Events) {
		return false
	}
	for i := range a.Events {
		ea, eb := &a.Events[i], &b.Events[i]
		if reflect.DeepEqual(ea, eb) {
			continue
		}
		ja, err := json.Marshal(ea)
		if err != nil {
			return false
		}
		jb, err := json.Marshal(eb)
		if err != nil || !bytes.Equal(ja, jb) {
			return false
		}
	}
	return true
}

// NewFeed returns a Feed serving t as its first version, modified at
// modified (see [Feed.Replace] for what a zero modified means). It fails
// if t does not validate or (unless [FeedOptions].RenderOnRequest) cannot
// be encoded with opts.
func NewFeed(t *timeline.Timeline, modified time.Time, opts *FeedOptions) (*Feed, error) {
	f := &Feed{}
	if opts != nil {
		f.opts = *opts
	}
	f.opts.Calendar.Now = nil // see FeedOptions.Calendar
	switch f.opts.Calendar.Lang {
	case "":
		f.opts.Calendar.Lang = timeline.Hindi // the encoder's default
	case timeline.Hindi, timeline.English:
	default:
		return nil, fmt.Errorf("ical: feed: Calendar.Lang %q is not %q or %q", f.opts.Calendar.Lang, timeline.Hindi, timeline.English)
	}
	// Checked once here: renderings skip Marshal's checks (see marshalFeed).
	if _, err := checkOptions(&f.opts.Calendar); err != nil {
		return nil, fmt.Errorf("ical: feed: the timeline cannot be encoded with FeedOptions.Calendar: %w", err)
	}
	if f.opts.MaxAge == 0 {
		f.opts.MaxAge = 5 * time.Minute
	}
	if f.opts.MaxAge < 0 {
		f.cacheControl = []string{"no-cache"}
	} else {
		f.cacheControl = []string{"public, max-age=" + strconv.FormatInt(int64(f.opts.MaxAge/time.Second), 10)}
	}
	if f.opts.CacheSize <= 0 {
		f.opts.CacheSize = 64
	}
	switch {
	case f.opts.GzipLevel == 0:
		f.opts.GzipLevel = gzip.DefaultCompression
	case f.opts.GzipLevel < gzip.BestSpeed || f.opts.GzipLevel > gzip.BestCompression:
		return nil, fmt.Errorf("ical: feed: GzipLevel %d: want %d to %d, or 0 for the default", f.opts.GzipLevel, gzip.BestSpeed, gzip.BestCompression)
	}
	f.fileBase = slug(f.opts.FileName)
	if f.fileBase == "" {
		f.fileBase = "calendar"
	}
	f.cache.init(f.opts.CacheSize)
	if _, err := f.Replace(t, modified); err != nil {
		return nil, err
	}
	return f, nil
}

// Replace makes t the feed's new version, as when an editor saves the
// timeline. Requests already being served finish with the version they
// started with; later requests get t.
//
// The feed keeps its own deep copy of t, so the caller may go on editing
// t afterwards. Replace renders the whole feed in the default language
// before it makes t current (unless [FeedOptions].RenderOnRequest), so
// the first polls after an edit find it ready; it fails, and the current
// version stays, if t does not validate or (unless RenderOnRequest)
// cannot be encoded. If t has the same JSON form as the current version,
// nothing changes and Replace reports false: the feed's bytes and ETags
// stay the same.
//
// modified is when this version was published, and becomes the
// Last-Modified of every feed whose bytes it changes; pass the time the
// editor saved it (a file's modification time, a database row's). If it
// is zero, the first moment of t.Updated() in UTC is used. It only moves
// forward: a modified that is not after the current version's is taken as
// one second after it, so that a client asking If-Modified-Since never
// misses a new version. (DTSTAMP does not come from it but from the data,
// see [FeedOptions].)
func (f *Feed) Replace(t *timeline.Timeline, modified time.Time) (changed bool, err error) {
	if t == nil {
		return false, fmt.Errorf("ical: feed: nil timeline")
	}
	own := t.Clone()
	// The one validation of this version: renderings of own, whole or
	// filtered, are not validated again.
	if err := own.Validate(); err != nil {
		return false, fmt.Errorf("ical: feed: %w", err)
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	prev := f.cur.Load()
	if prev != nil && sameJSON(prev.tl, own) {
		return false, nil
	}
	if modified.IsZero() {
		if d := t.Updated(); !d.IsZero() {
			modified = d.In(time.UTC)
		}
	}
	modified = modified.UTC().Truncate(time.Second)
	v := &version{n: 1, tl: own, modified: modified}
	if prev != nil {
		v.n = prev.n + 1
		if !v.modified.After(prev.modified) {
			v.modified = prev.modified.Add(time.Second)
		}
	}
	if !f.opts.RenderOnRequest {
		// Render the whole feed now: a timeline the encoder cannot write
		// is rejected here, while the last good version is still
		// served, and the first polls after the change find it ready.
		rd, err := f.render(v, FeedQuery{})
		if err != nil {
			return false, fmt.Errorf("ical: feed: the timeline cannot be encoded: %w", err)
		}
		// Cached before it is current, so no request renders it again;
		// the old version's renderings go once it is current.
		f.cache.put(rd, true)
	}
	f.cur.Store(v)
	f.cache.dropBefore(v.n)
	return true, nil
}

// Version returns the number of the current version (1 for the timeline
// given to NewFeed, then one more for each Replace that changed it) and
// its modification time.
func (f *Feed) Version() (n uint64, modified time.Time) {
	v := f.cur.Load()
	return v.n, v.modified
}

// Pre-built header values, shared by every response; net/http never
// modifies them.
var (
	hdrCalendar = []string{"text/calendar; charset=utf-8"}
	hdrVary     = []string{"Accept-Encoding"}
	hdrGzip     = []string{"gzip"}
	hdrAllow    = []string{"GET, HEAD"}
)

// ServeHTTP serves the feed for r's query string; see [Feed].
func (f *Feed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header()["Allow"] = hdrAllow
		http.Error(w, "ical: method "+r.Method+" not allowed; a calendar feed answers GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	q, err := ParseFeedQuery(r.URL.RawQuery)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if q.Lang == f.opts.Calendar.Lang {
		q.Lang = "" // the default language: the same feed as no lang at all
	}
	ctx := r.Context()
	v := f.cur.Load()
	rd, err := f.rendering(ctx, v, q)
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			// The request ended (the client went away, or a timeout)
			// while the calendar was rendered. Never answer with an
			// empty 200.
			w.Header()["Retry-After"] = []string{"5"}
			http.Error(w, "ical: the request ended before the calendar was ready; please try again", http.StatusServiceUnavailable)
			return
		}
		f.logf("ical: feed: rendering version %d for query %q: %v", v.n, q.Encode(), err)
		http.Error(w, "ical: the calendar could not be rendered; this is a server problem, please try again later", http.StatusInternalServerError)
		return
	}
	body, etag, gz := rd.body, rd.etag, false
	if rd.gz != nil && httpbody.AcceptsGzip(r.Header["Accept-Encoding"]) {
		body, etag, gz = rd.gz, rd.gzETag, true
	}
	h := w.Header()
	h["Etag"] = etag
	h["Vary"] = hdrVary
	h["Cache-Control"] = f.cacheControl
	// The common poll, "If-None-Match: <our ETag>" and nothing that
	// ServeContent would have to weigh against it, is answered here with
	// the headers RFC 9110 15.4.5 asks of a 304. It is the same answer
	// ServeContent gives, with less work per request.
	if httpbody.IsPoll(r, etag[0]) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Type"] = hdrCalendar
	h["Content-Disposition"] = rd.disposition
	if gz {
		h["Content-Encoding"] = hdrGzip
	}
	httpbody.Serve(w, r, rd.modified, body, gz)
}

func (f *Feed) logf(format string, args ...any) {
	if f.opts.ErrorLog != nil {
		f.opts.ErrorLog.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}
