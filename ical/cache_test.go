package ical

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
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
	// Subscribers who ask for a new feed at the same moment share one
	// rendering, which counts as asked again.
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { serve(f, "GET", "/calendar.ics?kind=visit", nil) })
	}
	wg.Wait()
	polled = append(polled, "kind=visit")
	before := renders.Load()
	// A crawler tries 40 date windows, once each.
	for i := range 40 {
		q := "from=" + date.Of(2025, 1, 1).AddDays(i).String()
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
		k := cacheKey{1, "kind=summit"}
		rd, err := c.get(context.Background(), k.version, k.query, pinned, func() (*rendering, error) { return &rendering{key: k}, nil })
		if rd == nil || err != nil {
			t.Fatalf("get = %+v, %v", rd, err)
		}
		if n := c.len(); n != 0 {
			t.Errorf("pinned %v: a rendering of version 1 was kept after dropBefore(2): %d renderings", pinned, n)
		}
	}
	c.put(&rendering{key: cacheKey{1, ""}}, true)
	if n := c.len(); n != 0 {
		t.Errorf("put of version 1 after dropBefore(2) was kept: %d renderings", n)
	}
	k := cacheKey{2, "kind=summit"}
	c.get(context.Background(), k.version, k.query, false, func() (*rendering, error) { return &rendering{key: k}, nil })
	if n := c.len(); n != 1 {
		t.Errorf("version 2: %d renderings kept, want 1", n)
	}
}

func TestFeedCacheIsBounded(t *testing.T) {
	renders := countRenders(t)
	f := newSeedFeed(t, &FeedOptions{CacheSize: 3})
	for i := range 20 {
		q := "from=" + date.Of(2025, 1, 1).AddDays(i).String()
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

// TestFeedRequestEndsWhileRendering: a request that ends while the
// calendar is rendered gets a 503, never an empty 200, and the rendering
// goes on for the cache even when every request waiting for it ended.
func TestFeedRequestEndsWhileRendering(t *testing.T) {
	renders := countRenders(t)
	f := newSeedFeed(t, nil)
	counted := marshalFeed
	entered, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	setMarshal(t, func(tl *timeline.Timeline, o *Options) ([]byte, error) {
		once.Do(func() { close(entered) })
		<-release
		return counted(tl, o)
	})
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan *httptest.ResponseRecorder)
	go func() {
		w := httptest.NewRecorder()
		f.ServeHTTP(w, httptest.NewRequestWithContext(ctx, "GET", "/calendar.ics?kind=visit", nil))
		first <- w
	}()
	<-entered
	want503 := func(name string, w *httptest.ResponseRecorder) {
		t.Helper()
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
			t.Errorf("%s: %d, Retry-After %q; want 503 with Retry-After", name, w.Code, w.Header().Get("Retry-After"))
		}
	}
	ended, end := context.WithCancel(context.Background())
	end()
	want503("a request that ended while it waited", serveContext(ended, f, "/calendar.ics?kind=visit"))
	cancel()
	want503("the request that started the rendering, ended", <-first)
	close(release)
	if w := serve(f, "GET", "/calendar.ics?kind=visit", nil); w.Code != 200 {
		t.Errorf("GET after the rendering was released: %d, want 200", w.Code)
	}
	if n := renders.Load(); n != 2 {
		t.Errorf("%d renderings, want 2 (the whole feed at NewFeed, then ?kind=visit once)", n)
	}
}

// serveContext serves a GET of target with ctx.
func serveContext(ctx context.Context, h http.Handler, target string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequestWithContext(ctx, "GET", target, nil))
	return w
}
