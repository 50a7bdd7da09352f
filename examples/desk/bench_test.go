package main

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/atomicfile"
	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/timeline"
)

// The desk's benchmarks, the Go side of loadtest/run.sh (no sockets):
//
//	go test ./examples/desk -run '^$' -bench . -benchmem
//
// benchDesk writes a folder of stories synthetic stories of events
// events each (desk synth) and reads it.
func benchDesk(b *testing.B, stories, events int) (string, *state) {
	b.Helper()
	dir := b.TempDir()
	mod := time.Date(2025, time.December, 1, 12, 0, 0, 0, time.UTC)
	for i := range stories {
		data, err := timeline.Marshal(synthStory(i, events))
		if err != nil {
			b.Fatal(err)
		}
		if err := atomicfile.WriteFile(filepath.Join(dir, synthSlug(i)+".json"), data, 0o644, mod.Add(time.Duration(i)*time.Minute)); err != nil {
			b.Fatal(err)
		}
	}
	st, err := scan(dir, nil, loadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return dir, st
}

func benchSite(b *testing.B, st *state, noFeed bool) *site {
	b.Helper()
	assets, err := webpage.FindAssets()
	if err != nil {
		b.Skip(err)
	}
	s, err := newSite(siteConfig{lang: timeline.Hindi, assets: assets, cacheBytes: 128 << 20, feedCache: 16,
		logger: log.New(io.Discard, "", 0), noFeed: noFeed}, st)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// discardWriter is a ResponseWriter that keeps nothing, so that the
// benchmarks measure the handler and not a recorder's buffer.
type discardWriter struct {
	h    http.Header
	code int
	n    int
}

func (d *discardWriter) Header() http.Header { return d.h }
func (d *discardWriter) WriteHeader(code int) {
	if d.code == 0 {
		d.code = code
	}
}
func (d *discardWriter) Write(p []byte) (int, error) {
	if d.code == 0 {
		d.code = 200
	}
	d.n += len(p)
	return len(p), nil
}

func benchServeStory(b *testing.B, header http.Header, want int) {
	_, st := benchDesk(b, 20, 100)
	s := benchSite(b, st, true)
	r := httptest.NewRequest("GET", "/stories/story-0010/hi/calendar.ics", nil)
	r.Header = header
	d := &discardWriter{h: http.Header{}}
	s.ServeHTTP(d, r) // rendered once
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		clear(d.h)
		d.code, d.n = 0, 0
		s.ServeHTTP(d, r)
		if d.code != want {
			b.Fatalf("status %d, want %d", d.code, want)
		}
	}
	b.SetBytes(int64(d.n))
}

// BenchmarkServeStoryFull is the load test's identity 200: one story's
// Hindi feed from the rendering cache.
func BenchmarkServeStoryFull(b *testing.B) {
	benchServeStory(b, http.Header{}, 200)
}

// BenchmarkServeStoryGzip is the load test's gzip 200.
func BenchmarkServeStoryGzip(b *testing.B) {
	benchServeStory(b, http.Header{"Accept-Encoding": {"gzip"}}, 200)
}

// BenchmarkServeStory304 is the load test's conditional GET.
func BenchmarkServeStory304(b *testing.B) {
	_, st := benchDesk(b, 20, 100)
	s := benchSite(b, st, true)
	r := httptest.NewRequest("GET", "/stories/story-0010/hi/calendar.ics", nil)
	d := &discardWriter{h: http.Header{}}
	s.ServeHTTP(d, r)
	etag := d.h.Get("Etag")
	benchServeStory(b, http.Header{"If-None-Match": {etag}}, 304)
}

// BenchmarkServeStoryParallel is the identity 200 from every core at
// once, as under wrk: what the per-request locks cost.
func BenchmarkServeStoryParallel(b *testing.B) {
	_, st := benchDesk(b, 20, 100)
	s := benchSite(b, st, true)
	r := httptest.NewRequest("GET", "/stories/story-0010/hi/calendar.ics", nil)
	s.ServeHTTP(&discardWriter{h: http.Header{}}, r)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		d := &discardWriter{h: http.Header{}}
		for pb.Next() {
			clear(d.h)
			d.code = 0
			s.ServeHTTP(d, r)
			if d.code != 200 {
				b.Errorf("status %d", d.code)
				return
			}
		}
	})
}

// BenchmarkRenderStory renders every file of a story of 100 events (the
// export's and a cache miss's cost per story).
func BenchmarkRenderStory(b *testing.B) {
	_, st := benchDesk(b, 20, 100)
	s := benchSite(b, st, true)
	v := st.stories[10]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.renderStory(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeStory decodes and validates a story file of 100 events.
func BenchmarkDecodeStory(b *testing.B) {
	data, err := timeline.Marshal(synthStory(10, 100))
	if err != nil {
		b.Fatal(err)
	}
	mod := time.Date(2025, time.December, 1, 12, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeStory(data, "story-0010.json", "story-0010", mod, loadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCombinedUpdate is an edit of one story among 100 (10 000
// events): the new combined feed made current, as the server does in the
// background after the story is served.
func BenchmarkCombinedUpdate(b *testing.B) {
	_, st := benchDesk(b, 100, 100)
	s := benchSite(b, st, false)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		t := synthStory(33, 100)
		t.Events[0].Title.En = "edited " + time.Duration(i).String()
		data, err := timeline.Marshal(t)
		if err != nil {
			b.Fatal(err)
		}
		next := replaceStory(b, st, "story-0033", data, st.stories[0].modified.Add(time.Duration(i)*time.Hour))
		done := make(chan error, 1)
		if err := s.update(next, func(err error) { done <- err }); err != nil {
			b.Fatal(err)
		}
		if err := <-done; err != nil {
			b.Fatal(err)
		}
		st = next
	}
}

// replaceStory returns st with slug's story decoded anew from data.
func replaceStory(b *testing.B, st *state, slug string, data []byte, mod time.Time) *state {
	b.Helper()
	v, err := decodeStory(data, slug+".json", slug, mod, loadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	next := &state{bySlug: map[string]*storyVersion{}, files: st.files}
	for _, old := range st.stories {
		if old.slug == slug {
			next.add(v)
		} else {
			next.add(old)
		}
	}
	return next
}
