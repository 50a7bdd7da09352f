package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/samayrekha/samayrekha/internal/atomicfile"
	"github.com/samayrekha/samayrekha/internal/webpage"
)

// manifestName is the export's list of the files it wrote, so that the
// next export into the same folder removes what no longer exists (a
// story deleted) and never touches a folder that is not an export.
const manifestName = ".desk-export.json"

type manifest struct {
	Files []string `json:"files"` // paths relative to the export, with forward slashes
}

// exportStats is what an export reports.
type exportStats struct {
	files, written, removed int
	identity, gzipped       int64 // bytes of the files and of their .gz
}

// export writes the desk as a static site into c.out: for every story its
// pages, JSON, JSON-LD, Markdown, TimelineJS JSON and calendar feed in
// Hindi and English; the index in both languages; the combined feeds per
// language, per country in the data and per kind; page.js, page.css,
// desk.css, the locales and TimelineJS's files. Each file is the bytes
// the server sends for its address (the export asks the same handler, in
// the process), with the modification time of its Last-Modified, and a
// .gz beside it whenever the server would send gzip. A folder whose
// stories cannot all be served is an error: an export is complete or it
// is not written.
func export(ctx context.Context, c config, stdout io.Writer, logger *log.Logger) error {
	start := time.Now()
	if c.memLimitMB > 0 {
		// Each combined feed of a large desk is rendered in one piece
		// (140 MB of iCalendar for 100 000 events, and its garbage); a
		// soft limit makes the collector return it before the heap
		// doubles. A desk of 1 000 stories × 100 events then peaks under
		// 1 GiB (890 MiB measured with loadtest/run.sh).
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(int64(c.memLimitMB) << 20))
	}
	stopProfiles, err := startProfiles(c)
	if err != nil {
		return err
	}
	defer stopProfiles()
	st, err := firstState(c)
	if err != nil {
		return err
	}
	if len(st.problems) > 0 {
		return fmt.Errorf("-dir %s: %d files cannot be exported: %s", c.dir, len(st.problems), describe(st.problems))
	}
	sc := c.site(logger)
	sc.cacheBytes = 64 << 20
	// Each combined feed is written once, identity then gzip, by one of
	// feedWorkers workers: as many renderings kept are enough.
	sc.feedCache = feedWorkers
	sc.noFeed = true // made per language below
	s, err := newSite(sc, st)
	if err != nil {
		return err
	}
	old, err := readManifest(c.out)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return err
	}
	x := &exporter{site: s, out: c.out, written: map[string]bool{}}

	p := s.cur.Load()
	var paths []string
	for name := range p.index {
		paths = append(paths, name)
	}
	for name := range s.shared {
		paths = append(paths, name)
	}
	slices.Sort(paths)
	if err := x.files(ctx, paths); err != nil {
		return err
	}

	// Stories, c.workers at a time.
	err = forEach(ctx, len(st.stories), c.workers, func(i int) error {
		v := st.stories[i]
		files, err := s.cache.get(ctx, v, s.renderStory)
		if err != nil {
			return fmt.Errorf("%s: %w", v.file, err)
		}
		names := make([]string, 0, len(files))
		for name := range files {
			names = append(names, name)
		}
		slices.Sort(names)
		return x.files(ctx, names)
	})
	if err != nil {
		return err
	}
	// The stories' renderings are written: let them go before the feeds.
	s.cache.reset()
	// The combined feeds feedWorkers at a time, each as large as the desk,
	// and one language after the other (see site.useFeed).
	for _, lang := range webpage.Langs {
		if err := s.useFeed(lang); err != nil {
			return err
		}
		var names []string
		for _, f := range staticFeeds(p) {
			if strings.HasPrefix(f, "/feeds/"+string(lang)+"/") {
				names = append(names, f)
			}
		}
		err := forEach(ctx, len(names), feedWorkers, func(i int) error { return x.file(names[i]) })
		if err != nil {
			return err
		}
		s.feed = nil
		runtime.GC() // the language's renderings are garbage now
	}

	// What the last export wrote and this one did not is gone from the desk.
	var list []string
	for f := range x.written {
		list = append(list, f)
	}
	slices.Sort(list)
	removed := 0
	for _, f := range old.Files {
		if !x.written[f] {
			if err := os.Remove(filepath.Join(c.out, filepath.FromSlash(f))); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			removed++
		}
	}
	// Every file on disk before the manifest says they are there.
	syscall.Sync()
	b, err := json.MarshalIndent(manifest{Files: list}, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(c.out, manifestName), append(b, '\n'), 0o644, time.Time{}); err != nil {
		return err
	}
	x.stats.removed = removed
	fmt.Fprintf(stdout, "exported %d stories to %s: %d files (%d rewritten, %d removed), %d bytes and %d bytes gzipped, in %v\n",
		len(st.stories), c.out, x.stats.files, x.stats.written, removed, x.stats.identity, x.stats.gzipped, time.Since(start).Round(time.Millisecond))
	return nil
}

// readManifest reads the manifest of an earlier export into out. A folder
// that does not exist, or is empty, has none; a folder with files but no
// manifest is not an export, and is refused.
func readManifest(out string) (manifest, error) {
	var m manifest
	b, err := os.ReadFile(filepath.Join(out, manifestName))
	if err == nil {
		if err := json.Unmarshal(b, &m); err != nil {
			return m, fmt.Errorf("-out %s: %s: %w", out, manifestName, err)
		}
		return m, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return m, err
	}
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, err
	}
	if len(entries) > 0 {
		return m, fmt.Errorf("-out %s: the folder is not empty and holds no %s: not an export of this command, so nothing in it is replaced", out, manifestName)
	}
	return m, nil
}

type exporter struct {
	site  *site
	out   string
	mu    sync.Mutex
	stats exportStats
	// written lists every file of this export (relative, with forward
	// slashes), rewritten or unchanged.
	written map[string]bool
}

// feedWorkers is how many combined feeds the export renders at once:
// rendering one of the whole desk takes seconds of one core, and each
// holds its rendering, as large as the desk, so two keep two cores busy
// without raising the peak memory much on a machine with more.
const feedWorkers = 2

// forEach calls do for 0 ≤ i < n, workers at a time, and returns the
// first error or the context's.
func forEach(ctx context.Context, n, workers int, do func(i int) error) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n || ctx.Err() != nil {
					return
				}
				if err := do(i); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	return ctx.Err()
}

// files exports the files at the given addresses.
func (x *exporter) files(ctx context.Context, names []string) error {
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := x.file(name); err != nil {
			return err
		}
	}
	return nil
}

// file asks the site for name, as a reader would, with and without gzip,
// and writes what it answers.
func (x *exporter) file(name string) error {
	rel := strings.TrimPrefix(name, "/")
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	n, _, err := x.fetch(name, rel, false)
	if err != nil {
		return err
	}
	x.mu.Lock()
	x.stats.identity += n
	x.mu.Unlock()
	n, gz, err := x.fetch(name, rel+".gz", true)
	if err != nil {
		return err
	}
	if gz {
		x.mu.Lock()
		x.stats.gzipped += n
		x.mu.Unlock()
	}
	return nil
}

// fetch asks the site for name in the process and writes the answer to
// rel (atomically, and not at all when the file already holds the same
// bytes with the same time), the body going straight to the file: a
// combined feed is a hundred megabytes. With gzip it asks for gzip and
// writes nothing when the site answers without it. It returns the
// body's size and whether the site answered gzip.
func (x *exporter) fetch(name, rel string, gzip bool) (int64, bool, error) {
	path := filepath.Join(x.out, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return 0, false, err
	}
	// Unsynced: a sync per file would cost more than the export; the
	// export syncs once before it writes its manifest.
	f, err := atomicfile.Create(path, 0o644, false)
	if err != nil {
		return 0, false, err
	}
	req, err := http.NewRequest(http.MethodGet, name, nil)
	if err != nil {
		f.Abort()
		return 0, false, err
	}
	if gzip {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	// A file already there (an earlier export) is kept when it holds the
	// same bytes: hash the new ones only then.
	prev, statErr := os.Stat(path)
	bw := fileBuffers.Get().(*bufio.Writer)
	bw.Reset(f)
	defer func() { bw.Reset(nil); fileBuffers.Put(bw) }()
	w := &capture{header: http.Header{}, to: bw}
	if statErr == nil {
		w.sum = sha256.New()
	}
	x.site.ServeHTTP(w, req)
	if err := w.flush(); err != nil {
		f.Abort()
		return 0, false, err
	}
	if w.status != http.StatusOK {
		f.Abort()
		return 0, false, fmt.Errorf("export %s: the site answers %d", name, w.status)
	}
	if gzip && w.header.Get("Content-Encoding") != "gzip" {
		f.Abort()
		return 0, false, nil
	}
	mod, err := http.ParseTime(w.header.Get("Last-Modified"))
	if err != nil {
		f.Abort()
		return 0, false, fmt.Errorf("export %s: Last-Modified %q: %w", name, w.header.Get("Last-Modified"), err)
	}
	x.mu.Lock()
	x.written[rel] = true
	x.stats.files++
	x.mu.Unlock()
	if statErr == nil && prev.Size() == w.n && prev.ModTime().Equal(mod) && sameSum(path, w.sum.Sum(nil)) {
		f.Abort() // the same file as last time
		return w.n, gzip, nil
	}
	if err := f.Commit(mod); err != nil {
		return 0, false, err
	}
	x.mu.Lock()
	x.stats.written++
	x.mu.Unlock()
	return w.n, gzip, nil
}

// fileBuffers are the export's write buffers, reused: a new one for each
// of the tens of thousands of files cost more than the writing. (The
// site writes a body in one Write, which goes past the buffer.)
var fileBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 256<<10) }}

// sameSum reports whether the file at path has the SHA-256 sum.
func sameSum(path string, sum []byte) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false
	}
	return bytes.Equal(h.Sum(nil), sum)
}

// capture is an http.ResponseWriter that writes a 200's body to a file
// and, when sum is set, hashes it; other answers are dropped.
type capture struct {
	header http.Header
	status int
	to     *bufio.Writer
	sum    hash.Hash // nil: no hash wanted
	n      int64
	err    error
}

func (c *capture) Header() http.Header { return c.header }

func (c *capture) WriteHeader(status int) {
	if c.status == 0 {
		c.status = status
	}
}

func (c *capture) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.WriteHeader(http.StatusOK)
	}
	if c.status != http.StatusOK || c.err != nil {
		return len(b), c.err
	}
	if c.sum != nil {
		c.sum.Write(b)
	}
	n, err := c.to.Write(b)
	c.n += int64(n)
	c.err = err
	return n, err
}

func (c *capture) flush() error {
	if c.err != nil {
		return c.err
	}
	return c.to.Flush()
}
