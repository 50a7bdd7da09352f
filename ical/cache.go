package ical

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"time"
)

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
