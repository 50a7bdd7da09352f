package main

import (
	"context"
	"log"
	"sync"
	"time"
)

// watcher looks for edits in the desk's folder every poll and makes each
// new state current.
type watcher struct {
	dir    string
	opts   loadOptions
	site   *site
	logger *log.Logger

	mu       sync.Mutex
	cur      *state
	scanned  time.Time
	reported map[problem]bool // problems already logged, so each is logged once
	// afterFeed, if not nil, is called when the combined feed of a new
	// state is current (for tests and the reload figure).
	afterFeed func(error)
}

func (w *watcher) run(ctx context.Context, poll time.Duration) {
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			w.check()
		}
	}
}

// check scans the folder once and, if anything changed, makes the new
// state current, logging what changed.
func (w *watcher) check() {
	w.mu.Lock()
	defer w.mu.Unlock()
	prev := w.cur
	next, err := scan(w.dir, prev, w.opts)
	w.scanned = time.Now()
	if err != nil {
		// The folder itself is gone or unreadable: keep serving.
		if w.reported[problem{File: w.dir, Err: err.Error()}] {
			return
		}
		w.reported[problem{File: w.dir, Err: err.Error()}] = true
		w.logger.Printf("cannot read %s: %v; still serving %d stories", w.dir, err, len(prev.stories))
		return
	}
	changed := len(next.stories) != len(prev.stories)
	for _, v := range next.stories {
		old := prev.bySlug[v.slug]
		switch {
		case old == nil:
			w.logger.Printf("added story %s (%s, %d events, modified %s)", v.slug, v.file, len(v.public.Events), v.modified.Format(time.RFC3339))
			changed = true
		case old != v:
			w.logger.Printf("loaded %s: %d events, modified %s", v.file, len(v.public.Events), v.modified.Format(time.RFC3339))
			changed = true
		}
	}
	for _, v := range prev.stories {
		if next.bySlug[v.slug] == nil {
			w.logger.Printf("removed story %s (%s is gone or cannot be served)", v.slug, v.file)
			changed = true
		}
	}
	now := problemSet(next.problems)
	for _, p := range next.problems {
		if !w.reported[p] {
			w.logger.Printf("rejected %s: %s; readers get %s", p.File, p.Err, p.Serving)
		}
	}
	w.reported = now
	if changed {
		if err := w.site.update(next, w.afterFeed); err != nil {
			w.logger.Printf("cannot publish the new state: %v; still serving the last one", err)
			return
		}
	}
	w.cur = next
}

func problemSet(ps []problem) map[problem]bool {
	m := make(map[problem]bool, len(ps))
	for _, p := range ps {
		m[p] = true
	}
	return m
}

// report is the editors' view of the current state.
func (w *watcher) report() statusReport {
	w.mu.Lock()
	st, scanned := w.cur, w.scanned
	w.mu.Unlock()
	r := statusReport{Dir: w.dir, Scanned: scanned, Problems: st.problems, Drafts: w.opts.drafts}
	if r.Problems == nil {
		r.Problems = []problem{}
	}
	for _, v := range st.stories {
		r.Stories = append(r.Stories, statusStory{
			Slug: v.slug, File: v.file, Modified: v.modified, Events: len(v.public.Events),
			Drafts: v.drafts, Title: v.public.Title.In("en"),
		})
	}
	r.Feed.Version, r.Feed.Modified = w.site.feed.Version()
	r.Feed.Events = w.site.cur.Load().events
	return r
}
