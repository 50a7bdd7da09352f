package ical

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
)

// marshalFeed encodes every rendering of every Feed. It is marshal, not
// Marshal: Replace has validated the timeline (a filtered one keeps only
// links between the events it keeps, so it stays valid) and NewFeed has
// checked the options. export_test.go swaps it to count renderings or
// make them fail.
var marshalFeed = marshal

// rendering returns version v of the feed for query q, from the cache or
// rendered once for all the requests that ask for it meanwhile (see
// renderCache.get). The cached case, a poll, allocates nothing: the
// closure for get is only made when the rendering is not cached.
func (f *Feed) rendering(ctx context.Context, v *version, q FeedQuery) (*rendering, error) {
	k := cacheKey{v.n, q.Encode()}
	if rd := f.cache.lookup(k); rd != nil {
		return rd, nil
	}
	return f.cache.get(ctx, k.version, k.query, q.all(), func() (*rendering, error) { return f.render(v, q) })
}

// render returns version v of the feed for query q.
func (f *Feed) render(v *version, q FeedQuery) (*rendering, error) {
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
	body, err := marshalFeed(t, &opts)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	tag := `"` + hex.EncodeToString(sum[:16])
	rd := &rendering{key: cacheKey{v.n, q.Encode()}, body: body}
	rd.etag = []string{tag + `"`}
	rd.gzETag = []string{tag + `-gz"`}
	rd.modified = f.cache.lastModified(rd.key.query, rd.etag[0], v)

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, f.opts.GzipLevel) // a level NewFeed checked
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(body); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if gz.Len() < len(body) {
		rd.gz = gz.Bytes()
	}

	file := f.fileBase
	if s := q.slug(); s != "" {
		file += "-" + s
	}
	rd.disposition = []string{mime.FormatMediaType("attachment", map[string]string{"filename": file + ".ics"})}
	return rd, nil
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
