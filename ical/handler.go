package ical

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
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

	mu      sync.Mutex // serializes Replace
	cur     atomic.Pointer[version]
	cache   renderCache
	renders atomic.Int64 // renderings made, for tests
	// marshal is Marshal; tests replace it to make a rendering fail.
	marshal func(*timeline.Timeline, *Options) ([]byte, error)
}

// version is one immutable state of the feed's timeline.
type version struct {
	n        uint64 // 1, 2, 3, …
	tl       *timeline.Timeline
	modified time.Time // UTC, whole seconds
	sum      [sha256.Size]byte
}

// NewFeed returns a Feed serving t as its first version, modified at
// modified (see [Feed.Replace] for what a zero modified means). It fails
// if t does not validate or cannot be encoded with opts.
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
// The feed keeps its own copy of t (made through the JSON form), so the
// caller may go on editing t afterwards. Replace renders the whole feed
// in the default language before it makes t current, so the first polls
// after an edit find it ready; it fails, and the current version stays,
// if t does not validate or cannot be encoded. If t has the same JSON form as
// the current version, nothing changes and Replace reports false: the
// feed's bytes and ETags stay the same.
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
	data, err := timeline.Marshal(t)
	if err != nil {
		return false, fmt.Errorf("ical: feed: %w", err)
	}
	own, err := timeline.Unmarshal(data)
	if err != nil {
		return false, fmt.Errorf("ical: feed: the timeline does not survive its JSON round trip: %w", err)
	}
	sum := sha256.Sum256(data)

	f.mu.Lock()
	defer f.mu.Unlock()
	prev := f.cur.Load()
	if prev != nil && prev.sum == sum {
		return false, nil
	}
	if modified.IsZero() {
		if d := t.Updated(); !d.IsZero() {
			modified = d.In(time.UTC)
		}
	}
	modified = modified.UTC().Truncate(time.Second)
	v := &version{n: 1, tl: own, modified: modified, sum: sum}
	if prev != nil {
		v.n = prev.n + 1
		if !v.modified.After(prev.modified) {
			v.modified = prev.modified.Add(time.Second)
		}
	}
	// Render the whole feed now: a timeline the encoder cannot write is
	// rejected here, while the last good version is still served, and the
	// first polls after the change find it ready.
	rd := &rendering{done: make(chan struct{}), key: cacheKey{v.n, ""}}
	if err := f.render(rd, v, FeedQuery{}); err != nil {
		return false, fmt.Errorf("ical: feed: the timeline cannot be encoded: %w", err)
	}
	close(rd.done)
	// Cached before it is current, so no request renders it again; the
	// old version's renderings go once it is current.
	f.cache.put(rd)
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
	v := f.cur.Load()
	rd := f.cache.get(r.Context(), v.n, q.Encode(), q.all(), func(rd *rendering) error {
		return f.render(rd, v, q)
	})
	if rd == nil {
		// The request ended (the client went away, or a timeout) while
		// another request rendered. Never answer with an empty 200.
		w.Header()["Retry-After"] = []string{"5"}
		http.Error(w, "ical: the request ended before the calendar was ready; please try again", http.StatusServiceUnavailable)
		return
	}
	if rd.err != nil {
		f.logf("ical: feed: rendering version %d for query %q: %v", v.n, q.Encode(), rd.err)
		http.Error(w, "ical: the calendar could not be rendered; this is a server problem, please try again later", http.StatusInternalServerError)
		return
	}
	body, etag, gz := rd.body, rd.etag, false
	if rd.gz != nil && acceptsGzip(r.Header["Accept-Encoding"]) {
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
	if inm := r.Header["If-None-Match"]; len(inm) == 1 && inm[0] == etag[0] &&
		r.Header["If-Match"] == nil && r.Header["If-Unmodified-Since"] == nil {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Type"] = hdrCalendar
	h["Content-Disposition"] = rd.disposition
	if gz {
		h["Content-Encoding"] = hdrGzip
		if multiRange(r.Header["Range"]) {
			// A multipart/byteranges body labelled Content-Encoding: gzip
			// cannot be decoded by any client (the parts are slices of
			// the gzip stream, the multipart frame is not gzipped), so
			// several ranges of the gzipped body get the whole body, as
			// RFC 9110 14.2 allows a server to ignore Range. A single
			// range is still served.
			r2 := *r
			r2.Header = r.Header.Clone()
			delete(r2.Header, "Range")
			r = &r2
		}
	}
	http.ServeContent(&bodyWriter{ResponseWriter: w, body: body, setLength: gz}, r, "", rd.modified, bytes.NewReader(body))
}

// multiRange reports whether the Range header values ask for more than one
// range.
func multiRange(vals []string) bool {
	return len(vals) > 1 || len(vals) == 1 && strings.Contains(vals[0], ",")
}

// bodyWriter is the ResponseWriter given to http.ServeContent. It writes
// the body (or the requested range of it) in one Write, straight from the
// cached bytes: ServeContent copies through io.CopyN, which would move a
// 1 MB calendar 32 KB at a time through a freshly allocated buffer.
//
// With setLength it also sets Content-Length on a 200 or a single-range
// 206 that has none: ServeContent leaves it out when Content-Encoding is
// set, and the gzipped bytes would then go out chunked.
type bodyWriter struct {
	http.ResponseWriter
	body      []byte
	setLength bool
}

// WriteHeader implements http.ResponseWriter.
func (bw *bodyWriter) WriteHeader(code int) {
	h := bw.ResponseWriter.Header()
	if _, ok := h["Content-Length"]; bw.setLength && !ok {
		switch code {
		case http.StatusOK:
			h["Content-Length"] = []string{strconv.Itoa(len(bw.body))}
		case http.StatusPartialContent:
			// "bytes first-last/complete"; absent for multipart/byteranges.
			var first, last, complete int64
			if cr := h.Get("Content-Range"); cr != "" {
				if _, err := fmt.Sscanf(cr, "bytes %d-%d/%d", &first, &last, &complete); err == nil && last >= first {
					h["Content-Length"] = []string{strconv.FormatInt(last-first+1, 10)}
				}
			}
		}
	}
	bw.ResponseWriter.WriteHeader(code)
}

// ReadFrom implements io.ReaderFrom, which io.CopyN uses. When r is the
// io.LimitedReader that ServeContent wraps around our bytes.Reader, it
// writes that part of the body in one call; otherwise it copies.
func (bw *bodyWriter) ReadFrom(r io.Reader) (int64, error) {
	if lr, ok := r.(*io.LimitedReader); ok {
		if br, ok := lr.R.(*bytes.Reader); ok && br.Size() == int64(len(bw.body)) {
			off, err := br.Seek(0, io.SeekCurrent)
			if err != nil {
				return 0, err
			}
			end := min(off+lr.N, int64(len(bw.body)))
			n, err := bw.ResponseWriter.Write(bw.body[off:end])
			if _, serr := br.Seek(int64(n), io.SeekCurrent); err == nil {
				err = serr
			}
			lr.N -= int64(n)
			return int64(n), err
		}
	}
	return io.Copy(writerOnly{bw.ResponseWriter}, r)
}

// writerOnly hides every method but Write, so that io.Copy cannot call
// back into bodyWriter.ReadFrom.
type writerOnly struct{ io.Writer }

// Unwrap returns the underlying ResponseWriter, for http.ResponseController.
func (bw *bodyWriter) Unwrap() http.ResponseWriter { return bw.ResponseWriter }

func (f *Feed) logf(format string, args ...any) {
	if f.opts.ErrorLog != nil {
		f.opts.ErrorLog.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}

// render fills rd with version v of the feed for query q.
func (f *Feed) render(rd *rendering, v *version, q FeedQuery) error {
	f.renders.Add(1)
	opts := f.opts.Calendar
	if q.Lang != "" {
		opts.Lang = q.Lang
	}
	name := opts.Name
	if name == "" {
		name = v.tl.Title.In(opts.Lang)
	}
	if d := q.describe(); d != "" {
		if name == "" {
			name = d
		} else {
			name += " — " + d
		}
	}
	opts.Name = name
	if opts.URL != "" && !q.isZero() {
		sep := "?"
		if strings.Contains(opts.URL, "?") {
			sep = "&"
		}
		opts.URL += sep + q.Encode()
	}
	opts.Now = nil // DTSTAMP from the data: the same events, the same bytes

	t := v.tl
	if !q.all() {
		t = selectEvents(t, q.Keep())
	}
	marshal := f.marshal
	if marshal == nil {
		marshal = Marshal
	}
	body, err := marshal(t, &opts)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(body)
	tag := `"` + hex.EncodeToString(sum[:16])
	rd.body = body
	rd.etag = []string{tag + `"`}
	rd.gzETag = []string{tag + `-gz"`}
	rd.modified = f.cache.lastModified(q.Encode(), rd.etag[0], v)

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write(body); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if gz.Len() < len(body) {
		rd.gz = gz.Bytes()
	}

	file := f.fileBase
	if s := q.slug(); s != "" {
		file += "-" + s
	}
	rd.disposition = []string{mime.FormatMediaType("attachment", map[string]string{"filename": file + ".ics"})}
	return nil
}

// selectEvents returns the events of t that keep keeps, as a timeline
// of its own: links (PartOf, Related) to events left out are dropped, as
// the encoder drops links to events its coarse policy leaves out, so that
// RELATED-TO never points outside the calendar. t is not modified.
func selectEvents(t *timeline.Timeline, keep func(*timeline.Event) bool) *timeline.Timeline {
	sel := t.Filter(keep)
	in := make(map[string]bool, len(sel.Events))
	for i := range sel.Events {
		in[sel.Events[i].ID] = true
	}
	events := make([]timeline.Event, len(sel.Events))
	for i, e := range sel.Events {
		if e.PartOf != "" && !in[e.PartOf] {
			e.PartOf = ""
		}
		if len(e.Related) > 0 {
			var related []string
			for _, id := range e.Related {
				if in[id] {
					related = append(related, id)
				}
			}
			e.Related = related
		}
		events[i] = e
	}
	sel.Events = events
	return sel
}

// acceptsGzip reports whether an Accept-Encoding header accepts gzip with
// a quality above zero, explicitly or through "*".
func acceptsGzip(values []string) bool {
	star := false
	for _, v := range values {
		for len(v) > 0 {
			var item string
			item, v, _ = strings.Cut(v, ",")
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.TrimSpace(coding)
			ok := qualityAboveZero(params)
			switch {
			case strings.EqualFold(coding, "gzip"), strings.EqualFold(coding, "x-gzip"):
				return ok
			case coding == "*":
				star = ok
			}
		}
	}
	return star
}

// qualityAboveZero reports whether the parameters of an Accept-Encoding
// item ("q=0.5") give it a weight above zero; no q means 1.
func qualityAboveZero(params string) bool {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		name, val, _ := strings.Cut(strings.TrimSpace(p), "=")
		if !strings.EqualFold(strings.TrimSpace(name), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		return err == nil && q > 0
	}
	return true
}

// rendering is one version of the feed for one normalized query: the bytes
// and the header values that go with them. It is immutable once done is
// closed.
type rendering struct {
	done chan struct{}
	err  error

	body, gz     []byte    // gz is nil when gzip would not be smaller
	modified     time.Time // Last-Modified: since when these bytes are served
	etag, gzETag []string
	disposition  []string
	key          cacheKey
	// The cache's bookkeeping, under renderCache.mu: the list rd is on
	// (probation or protected; nil for a pinned rendering) and its place.
	list *list.List
	elem *list.Element
}

type cacheKey struct {
	version uint64
	query   string
}

// renderCache keeps renderings and renders each key once however many
// requests ask for it at the same time. Its policy is built so that a
// stream of one-off filtered queries (a crawler trying every date window)
// cannot push out the renderings that subscribers poll:
//
//   - a pinned rendering (the unfiltered feed, in either language) is
//     never evicted; only a new version drops it;
//   - a filtered rendering enters a small probation LRU (a quarter of the
//     size, at least one) on its first request, and moves to the
//     protected LRU (the rest) on its second request within the version;
//     one-off queries only ever evict one another.
//
// So at most max filtered renderings (max+1 when max is 1) plus the
// pinned ones are kept, all of the current version: dropBefore raises the
// lowest version the cache accepts, so a request that started before a
// Replace cannot put an old rendering back afterwards.
type renderCache struct {
	mu         sync.Mutex
	max        int // probation and protected together
	probMax    int
	m          map[cacheKey]*rendering
	probation  list.List // of *rendering, most recently used first
	protected  list.List // of *rendering, most recently used first
	minVersion uint64    // renderings of older versions are not kept
	// seen remembers, per normalized query, the ETag last rendered and
	// since when, across versions (at most max queries).
	seen map[string]validator
}

type validator struct {
	etag     string
	version  uint64
	modified time.Time
}

func (c *renderCache) init(size int) {
	c.max = size
	c.probMax = max(1, size/4)
	c.m = make(map[cacheKey]*rendering)
	c.seen = make(map[string]validator)
}

// lastModified returns the Last-Modified of a rendering of version v for
// query with the given ETag: the modification time of the earliest
// version that rendered the same bytes, if that is remembered, and v's
// otherwise. So a filtered feed's Last-Modified moves only when its
// bytes change, like its ETag; it never moves backwards.
func (c *renderCache) lastModified(query, etag string, v *version) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	old, ok := c.seen[query]
	switch {
	case ok && old.etag == etag && old.version <= v.n:
		return old.modified
	case ok && old.version > v.n:
		return v.modified // a late rendering of an older version; keep the newer record
	}
	if !ok && len(c.seen) >= c.max {
		for q := range c.seen { // forget one at random
			delete(c.seen, q)
			break
		}
	}
	c.seen[query] = validator{etag: etag, version: v.n, modified: v.modified}
	return v.modified
}

// get returns the rendering for (version, query), calling render to make
// it if nobody has. It waits for a rendering in progress, and returns nil
// if ctx ends first. A pinned rendering is never evicted (see
// renderCache). A rendering that fails is not kept, so a later request
// tries again; one of a version older than the cache accepts is rendered
// for this request only.
func (c *renderCache) get(ctx context.Context, version uint64, query string, pinned bool, render func(*rendering) error) *rendering {
	k := cacheKey{version, query}
	c.mu.Lock()
	if rd, ok := c.m[k]; ok {
		c.touchLocked(rd)
		c.mu.Unlock()
		select {
		case <-rd.done:
			return rd
		default:
		}
		select {
		case <-rd.done:
			return rd
		case <-ctx.Done():
			return nil
		}
	}
	rd := &rendering{done: make(chan struct{}), key: k}
	kept := c.insertLocked(rd, pinned)
	c.mu.Unlock()

	func() {
		defer func() {
			if p := recover(); p != nil {
				rd.err = fmt.Errorf("panic: %v", p)
			}
			close(rd.done)
		}()
		rd.err = render(rd)
	}()
	if rd.err != nil && kept {
		c.mu.Lock()
		if c.m[k] == rd {
			c.remove(rd)
		}
		c.mu.Unlock()
	}
	return rd
}

// put adds a finished, pinned rendering to the cache.
func (c *renderCache) put(rd *rendering) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.insertLocked(rd, true)
}

// insertLocked adds rd to the cache, pinned or on probation, replacing a
// rendering with the same key and evicting what no longer fits; c.mu is
// held. It reports false, and keeps nothing, if rd's version is older
// than the cache accepts.
func (c *renderCache) insertLocked(rd *rendering, pinned bool) bool {
	if rd.key.version < c.minVersion {
		return false
	}
	if old, ok := c.m[rd.key]; ok {
		c.remove(old)
	}
	c.m[rd.key] = rd
	if pinned {
		return true
	}
	rd.list, rd.elem = &c.probation, c.probation.PushFront(rd)
	for c.probation.Len() > c.probMax {
		c.remove(c.probation.Back().Value.(*rendering))
	}
	return true
}

// touchLocked records a request for rd, which is in the cache: a
// rendering on probation moves to the protected LRU, evicting its least
// recently used one if it is full; c.mu is held.
func (c *renderCache) touchLocked(rd *rendering) {
	switch rd.list {
	case &c.protected:
		c.protected.MoveToFront(rd.elem)
	case &c.probation:
		c.probation.Remove(rd.elem)
		rd.list, rd.elem = &c.protected, c.protected.PushFront(rd)
		for c.protected.Len() > max(1, c.max-c.probMax) {
			c.remove(c.protected.Back().Value.(*rendering))
		}
	}
}

// remove drops rd from the cache; c.mu is held. Requests holding rd go on
// using it.
func (c *renderCache) remove(rd *rendering) {
	delete(c.m, rd.key)
	if rd.list != nil {
		rd.list.Remove(rd.elem)
		rd.list, rd.elem = nil, nil
	}
}

// dropBefore drops the renderings of versions before version, and from
// then on refuses to keep any.
func (c *renderCache) dropBefore(version uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.minVersion = max(c.minVersion, version)
	for _, rd := range c.m {
		if rd.key.version < version {
			c.remove(rd)
		}
	}
}

// len returns the number of renderings kept.
func (c *renderCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// FeedQuery selects a feed: which events, and in what language. The zero
// FeedQuery is the whole timeline in the feed's default language.
type FeedQuery struct {
	Country     string          // ISO 3166-1 alpha-2, upper case: events in, or with a participant from, the country
	Participant string          // part of a participant's Hindi or English name; normalized to lower case without surrounding space
	Kind        timeline.Kind   // events of this kind
	Status      timeline.Status // events whose current status is this
	From, To    date.Date       // events with a day in [From, To); either may be zero (open)
	Lang        timeline.Lang   // the feed's language; "" is the feed's default. Not a filter.
}

// The query parameters a feed accepts, in the order of FeedQuery.Encode.
var feedParams = []string{"country", "participant", "kind", "status", "from", "to", "lang"}

// QueryError is a feed query that cannot be served: an unknown parameter
// or a bad value. Its message says what was wrong and what is accepted.
type QueryError struct {
	Param   string // the parameter, or "" when the query string as a whole is malformed
	Value   string // the value given
	Problem string // what is wrong and what would be accepted
}

// Error returns `ical: query parameter "kind"="sumit": …`.
func (e *QueryError) Error() string {
	if e.Param == "" {
		return "ical: query string: " + e.Problem
	}
	return fmt.Sprintf("ical: query parameter %q=%q: %s", e.Param, e.Value, e.Problem)
}

// ParseFeedQuery parses a feed's query string (without the "?"), such as
// "country=RU&kind=summit&from=2025-11-01". The parameters are
//
//   - country: an ISO 3166-1 alpha-2 code, any case ("RU");
//   - participant: part of a participant's name, Hindi or English, any
//     case; it is lower-cased and trimmed of surrounding space;
//   - kind: a timeline.Kind ("summit", "bilateral_meeting", or an "x-" one);
//   - status: a timeline.Status ("confirmed");
//   - from, to: ISO dates ("2025-11-01"); the window is [from, to), so to
//     is the first day left out, and an event counts if any day of its
//     date window is in it;
//   - lang: "hi" or "en", the language of titles and descriptions.
//
// Each may be given once. An unknown parameter, a repeated or empty one,
// or a bad value is a *QueryError.
func ParseFeedQuery(raw string) (FeedQuery, error) {
	var q FeedQuery
	if raw == "" {
		return q, nil
	}
	seen := make(map[string]bool, len(feedParams))
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		if strings.Contains(pair, ";") {
			return FeedQuery{}, &QueryError{Problem: fmt.Sprintf("%q: separate parameters with \"&\", not \";\"", pair)}
		}
		rawKey, rawVal, _ := strings.Cut(pair, "=")
		key, err1 := url.QueryUnescape(rawKey)
		val, err2 := url.QueryUnescape(rawVal)
		if err1 != nil || err2 != nil {
			return FeedQuery{}, &QueryError{Problem: fmt.Sprintf("%q is not validly %%-encoded", pair)}
		}
		known := false
		for _, p := range feedParams {
			known = known || p == key
		}
		if !known {
			return FeedQuery{}, &QueryError{Param: key, Value: val,
				Problem: "unknown parameter; accepted: " + strings.Join(feedParams, ", ")}
		}
		if seen[key] {
			return FeedQuery{}, &QueryError{Param: key, Value: val, Problem: "given more than once; give each parameter at most once"}
		}
		seen[key] = true
		if err := q.set(key, val); err != nil {
			return FeedQuery{}, err
		}
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
		return FeedQuery{}, &QueryError{Param: "to", Value: q.To.String(),
			Problem: fmt.Sprintf("the window [from, to) is empty: to must be after from (%s); to is the first day left out", q.From)}
	}
	return q, nil
}

// set parses one parameter into q.
func (q *FeedQuery) set(key, val string) error {
	bad := func(problem string) error { return &QueryError{Param: key, Value: val, Problem: problem} }
	if val == "" {
		return bad("empty value; leave the parameter out to not filter by it")
	}
	switch key {
	case "country":
		if len(val) != 2 || !isASCIILetter(val[0]) || !isASCIILetter(val[1]) {
			return bad(`not an ISO 3166-1 alpha-2 country code; accepted: two letters such as "RU" or "IN"`)
		}
		q.Country = strings.ToUpper(val)
	case "participant":
		// Matching ignores case, so "Putin", "putin" and " PUTIN " are
		// one filter: normalizing them here makes them one feed, with
		// one name, file name, ETag and cache entry.
		val = strings.ToLower(strings.TrimSpace(val))
		if val == "" {
			return bad("only spaces; give part of a participant's name")
		}
		if len(val) > 200 {
			return bad("longer than 200 bytes; give part of the name")
		}
		for _, r := range val {
			if r == '\uFFFD' || r < ' ' || r == 0x7f {
				return bad("not printable UTF-8 text; accepted: part of a participant's name")
			}
		}
		q.Participant = val
	case "kind":
		k := timeline.Kind(strings.ToLower(val))
		if !k.Valid() {
			names := make([]string, len(timeline.Kinds))
			for i, k := range timeline.Kinds {
				names[i] = string(k)
			}
			return bad("not a kind of event; accepted: " + strings.Join(names, ", ") + `, or a newsroom's own kind starting with "x-"`)
		}
		q.Kind = k
	case "status":
		s := timeline.Status(strings.ToLower(val))
		if !s.Valid() {
			names := make([]string, len(timeline.Statuses))
			for i, s := range timeline.Statuses {
				names[i] = string(s)
			}
			return bad("not a status; accepted: " + strings.Join(names, ", "))
		}
		q.Status = s
	case "from", "to":
		d, err := date.Parse(val)
		if err != nil {
			return bad(`not a date; accepted: an ISO date such as "2025-11-01"`)
		}
		if key == "from" {
			q.From = d
		} else {
			q.To = d
		}
	case "lang":
		switch l := timeline.Lang(strings.ToLower(val)); l {
		case timeline.Hindi, timeline.English:
			q.Lang = l
		default:
			return bad(`not a language of the timeline; accepted: "hi" (Hindi) or "en" (English)`)
		}
	}
	return nil
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isZero reports whether q is the zero FeedQuery.
func (q FeedQuery) isZero() bool { return q.all() && q.Lang == "" }

// all reports whether q keeps every event.
func (q FeedQuery) all() bool {
	return q.Country == "" && q.Participant == "" && q.Kind == "" && q.Status == "" && q.From.IsZero() && q.To.IsZero()
}

// Keep returns the predicate that keeps the events q selects, built from
// the timeline package's predicates.
func (q FeedQuery) Keep() func(*timeline.Event) bool {
	var preds []func(*timeline.Event) bool
	if q.Country != "" {
		preds = append(preds, timeline.InCountry(q.Country))
	}
	if q.Participant != "" {
		preds = append(preds, timeline.HasParticipant(q.Participant))
	}
	if q.Kind != "" {
		preds = append(preds, timeline.OfKind(q.Kind))
	}
	if q.Status != "" {
		preds = append(preds, timeline.WithStatus(q.Status))
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		preds = append(preds, timeline.InRange(q.From, q.To))
	}
	return timeline.All(preds...)
}

// Encode returns q in its normalized query-string form, parameters in a
// fixed order (country, participant, kind, status, from, to, lang) and
// values normalized ("country=RU&kind=summit"), or "" for the zero
// FeedQuery. ParseFeedQuery(q.Encode()) returns q.
func (q FeedQuery) Encode() string {
	var b strings.Builder
	add := func(k, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	add("country", q.Country)
	add("participant", q.Participant)
	add("kind", string(q.Kind))
	add("status", string(q.Status))
	add("from", q.From.String())
	add("to", q.To.String())
	add("lang", string(q.Lang))
	return b.String()
}

// describe returns the filter part of a calendar name: "RU · summit · from
// 2025-11-01", or "" for the whole timeline. The parts are not separated
// by commas: NAME and X-WR-CALNAME are TEXT, so a comma goes out as "\,",
// and ical.js (Thunderbird's parser) shows that backslash to the reader.
func (q FeedQuery) describe() string {
	var parts []string
	for _, s := range []string{q.Country, q.Participant, string(q.Kind), string(q.Status)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if !q.From.IsZero() {
		parts = append(parts, "from "+q.From.String())
	}
	if !q.To.IsZero() {
		parts = append(parts, "before "+q.To.String())
	}
	return strings.Join(parts, " · ")
}

// slug returns the filter part of a file name: "ru-summit-from-2025-11-01".
func (q FeedQuery) slug() string {
	var parts []string
	add := func(s string) {
		if s = slug(s); s != "" {
			parts = append(parts, s)
		}
	}
	add(q.Country)
	if q.Participant != "" {
		if s := slug(q.Participant); s != "" {
			add(s)
		} else {
			add("participant") // a name with no ASCII letters, e.g. in Devanagari
		}
	}
	add(string(q.Kind))
	add(string(q.Status))
	if !q.From.IsZero() {
		add("from-" + q.From.String())
	}
	if !q.To.IsZero() {
		add("before-" + q.To.String())
	}
	add(string(q.Lang))
	return strings.Join(parts, "-")
}

// slug lower-cases s and keeps ASCII letters and digits, turning every run
// of other characters into one "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
