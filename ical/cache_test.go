package ical

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
)

func TestFeedRendersOncePerVersionAndQuery(t *testing.T) {
	renders := countRenders(t)
	f := newSeedFeed(t, nil)
	const clients = 64
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			hdr := http.Header{}
			if i%2 == 0 {
				hdr.Set("Accept-Encoding", "gzip")
			}
			if w := serve(f, "GET", "/calendar.ics?kind=summit", hdr); w.Code != 200 {
				t.Errorf("status %d", w.Code)
			}
		})
	}
	wg.Wait()
	// NewFeed rendered the whole feed; the requests rendered ?kind=summit.
	if n := renders.Load(); n != 2 {
		t.Errorf("%d concurrent requests for one feed: %d renderings in all, want 2 (the whole feed at NewFeed, then this one)", clients, n)
	}
	// The same feed spelled differently is the same rendering.
	serve(f, "GET", "/calendar.ics?kind=SUMMIT&lang=hi", nil)
	if n := renders.Load(); n != 2 {
		t.Errorf("after ?kind=SUMMIT&lang=hi: %d renderings, want 2 (same normalized query)", n)
	}
	serve(f, "GET", "/calendar.ics?kind=visit", nil)
	serve(f, "GET", "/calendar.ics", nil)
	if n := renders.Load(); n != 3 {
		t.Errorf("after ?kind=visit and the whole feed: %d renderings, want 3", n)
	}
}

func TestFeedOneOffQueriesDoNotEvictPolledFeeds(t *testing.T) {
	renders := countRenders(t)
	f := newSeedFeed(t, &FeedOptions{CacheSize: 8})
	polled := []string{"", "lang=en", "kind=summit", "kind=summit", "country=RU", "country=RU"}
	for _, q := range polled {
		serve(f, "GET", "/calendar.ics?"+q, nil)
	}
	before := renders.Load()
	// A crawler tries 40 date windows, once each.
	for i := range 40 {
		q := "from=" + timeline.DateOf(2025, 1, 1).AddDays(i).String()
		if w := serve(f, "GET", "/calendar.ics?"+q, nil); w.Code != 200 {
			t.Fatalf("GET ?%s: %d", q, w.Code)
		}
	}
	if n := f.cache.len(); n > 8+2 {
		t.Errorf("the cache holds %d renderings, want at most 10 (8 filtered, 2 unfiltered)", n)
	}
	after := renders.Load()
	if after != before+40 {
		t.Fatalf("40 new queries made %d renderings, want 40", after-before)
	}
	for _, q := range polled {
		serve(f, "GET", "/calendar.ics?"+q, nil)
		if n := renders.Load(); n != after {
			t.Errorf("?%s was rendered again after 40 one-off queries: it was evicted", q)
			after = n
		}
	}
}

func TestRenderCacheRefusesOldVersions(t *testing.T) {
	var c renderCache
	c.init(4)
	c.dropBefore(2) // a Replace made version 2 current
	// A request that loaded version 1 before the Replace finishes now.
	for _, pinned := range []bool{false, true} {
		rd := c.get(context.Background(), 1, "kind=summit", pinned, func(*rendering) error { return nil })
		if rd == nil || rd.err != nil {
			t.Fatalf("get: %+v", rd)
		}
		if n := c.len(); n != 0 {
			t.Errorf("pinned %v: a rendering of version 1 was kept after dropBefore(2): %d renderings", pinned, n)
		}
	}
	c.put(&rendering{done: make(chan struct{}), key: cacheKey{1, ""}})
	if n := c.len(); n != 0 {
		t.Errorf("put of version 1 after dropBefore(2) was kept: %d renderings", n)
	}
	c.get(context.Background(), 2, "kind=summit", false, func(*rendering) error { return nil })
	if n := c.len(); n != 1 {
		t.Errorf("version 2: %d renderings kept, want 1", n)
	}
}

func TestFeedCacheIsBounded(t *testing.T) {
	renders := countRenders(t)
	f := newSeedFeed(t, &FeedOptions{CacheSize: 3})
	for i := range 20 {
		q := "from=" + timeline.DateOf(2025, 1, 1).AddDays(i).String()
		if w := serve(f, "GET", "/calendar.ics?"+q, nil); w.Code != 200 {
			t.Fatalf("GET ?%s: %d", q, w.Code)
		}
		if n := f.cache.len(); n > 3 {
			t.Fatalf("after %d queries the cache holds %d renderings, want at most 3", i+1, n)
		}
	}
	// The most recent stays cached; the oldest was evicted and renders again.
	before := renders.Load()
	serve(f, "GET", "/calendar.ics?from=2025-01-20", nil)
	if renders.Load() != before {
		t.Errorf("the most recent query was rendered again")
	}
	serve(f, "GET", "/calendar.ics?from=2025-01-01", nil)
	if renders.Load() != before+1 {
		t.Errorf("the evicted query was not rendered again")
	}
}

// TestFeedRequestEndsWhileRendering: a request that ends while it waits
// for another request's rendering gets a 503, never an empty 200.
func TestFeedRequestEndsWhileRendering(t *testing.T) {
	f := newSeedFeed(t, nil)
	entered, release := make(chan struct{}), make(chan struct{})
	setMarshal(t, func(tl *timeline.Timeline, o *Options) ([]byte, error) {
		close(entered)
		<-release
		return Marshal(tl, o)
	})
	first := make(chan int)
	go func() { first <- serve(f, "GET", "/calendar.ics?kind=visit", nil).Code }()
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := httptest.NewRequestWithContext(ctx, "GET", "/calendar.ics?kind=visit", nil)
	w := httptest.NewRecorder()
	f.ServeHTTP(w, r)
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Errorf("request ended while waiting: %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	close(release)
	if code := <-first; code != 200 {
		t.Errorf("the rendering request: %d, want 200", code)
	}
}
