package ical

import (
	"container/list"
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// rendering is one version of the feed for one normalized query: the bytes
// and the header values that go with them. Only the cache's bookkeeping
// changes once it is made.
type rendering struct {
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

// String returns "version?query", the key of k's singleflight call.
func (k cacheKey) String() string { return strconv.FormatUint(k.version, 10) + "?" + k.query }

// renderCache keeps renderings and renders each key once however many
// requests ask for it at the same time: concurrent requests for a key
// that is not cached share one singleflight call, and only finished
// renderings enter the cache. Its policy is built so that a stream of
// one-off filtered queries (a crawler trying every date window) cannot
// push out the renderings that subscribers poll:
//
//   - a pinned rendering (the unfiltered feed, in either language) is
//     never evicted; only a new version drops it;
//   - a filtered rendering enters a small probation LRU (a quarter of the
//     size, at least one) on its first request, and moves to the
//     protected LRU (the rest) on its second request within the version
//     (requests that shared its rendering count as asked again);
//     one-off queries only ever evict one another.
//
// So at most max filtered renderings (max+1 when max is 1) plus the
// pinned ones are kept, all of the current version: dropBefore raises the
// lowest version the cache accepts, so a request that started before a
// Replace cannot put an old rendering back afterwards.
type renderCache struct {
	flights singleflight.Group // keyed by cacheKey.String

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
// it if it is not cached. Requests for a rendering in progress wait for
// it; get returns ctx's error if ctx ends first, and the rendering goes on
// for the others and the cache. A pinned rendering is never evicted (see
// renderCache). A rendering that fails, or panics, is not kept, so a
// later request tries again; one of a version older than the cache
// accepts is rendered for the requests waiting for it only.
func (c *renderCache) get(ctx context.Context, version uint64, query string, pinned bool, render func() (*rendering, error)) (*rendering, error) {
	k := cacheKey{version, query}
	if rd := c.lookup(k); rd != nil {
		return rd, nil
	}
	ch := c.flights.DoChan(k.String(), func() (v any, err error) {
		// DoChan runs this on a goroutine of its own, where a panic
		// would end the program.
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("panic: %v", p)
			}
		}()
		// A call for k that ended after the lookup above left its
		// rendering here: render each key once, not once per call.
		if rd := c.lookup(k); rd != nil {
			return rd, nil
		}
		rd, err := render()
		if err != nil {
			return nil, err
		}
		c.put(rd, pinned)
		return rd, nil
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return nil, res.Err
		}
		rd := res.Val.(*rendering)
		if res.Shared {
			c.touch(rd) // several requests asked for it
		}
		return rd, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// lookup returns the cached rendering for k, recording the request (see
// touchLocked), or nil.
func (c *renderCache) lookup(k cacheKey) *rendering {
	c.mu.Lock()
	defer c.mu.Unlock()
	rd, ok := c.m[k]
	if ok {
		c.touchLocked(rd)
	}
	return rd
}

// touch records a request for rd if rd is still cached.
func (c *renderCache) touch(rd *rendering) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m[rd.key] == rd {
		c.touchLocked(rd)
	}
}

// put adds a finished rendering to the cache, pinned or on probation.
func (c *renderCache) put(rd *rendering, pinned bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.insertLocked(rd, pinned)
}

// insertLocked adds rd to the cache, pinned or on probation, replacing a
// rendering with the same key and evicting what no longer fits; c.mu is
// held. It keeps nothing if rd's version is older than the cache accepts.
func (c *renderCache) insertLocked(rd *rendering, pinned bool) {
	if rd.key.version < c.minVersion {
		return
	}
	if old, ok := c.m[rd.key]; ok {
		c.remove(old)
	}
	c.m[rd.key] = rd
	if pinned {
		return
	}
	rd.list, rd.elem = &c.probation, c.probation.PushFront(rd)
	for c.probation.Len() > c.probMax {
		c.remove(c.probation.Back().Value.(*rendering))
	}
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
