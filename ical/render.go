package ical

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
)

// marshalFeed encodes every rendering of every Feed. It is Marshal;
// export_test.go swaps it to count renderings or make them fail.
var marshalFeed = Marshal

// render fills rd with version v of the feed for query q.
func (f *Feed) render(rd *rendering, v *version, q FeedQuery) error {
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
