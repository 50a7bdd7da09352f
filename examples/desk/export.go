package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/samayrekha/samayrekha/internal/atomicfile"
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
	st, err := firstState(c)
	if err != nil {
		return err
	}
	if len(st.problems) > 0 {
		return fmt.Errorf("-dir %s: %d files cannot be exported: %s", c.dir, len(st.problems), describe(st.problems))
	}
	sc := c.site(logger)
	sc.cacheBytes = 64 << 20
	sc.feedCache = 1 // each combined feed is written once
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
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, c.workers)
	for range c.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(st.stories) || ctx.Err() != nil {
					return
				}
				v := st.stories[i]
				files, err := s.cache.get(ctx, v, s.renderStory)
				if err != nil {
					errs <- fmt.Errorf("%s: %w", v.file, err)
					return
				}
				names := make([]string, 0, len(files))
				for name := range files {
					names = append(names, name)
				}
				slices.Sort(names)
				if err := x.files(ctx, names); err != nil {
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
	if err := ctx.Err(); err != nil {
		return err
	}
	// The combined feeds one at a time: each is as large as the desk.
	if err := x.files(ctx, staticFeeds(p)); err != nil {
		return err
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
	plain, mod, err := x.get(name, false)
	if err != nil {
		return err
	}
	if err := x.write(rel, plain.body, mod); err != nil {
		return err
	}
	gz, _, err := x.get(name, true)
	if err != nil {
		return err
	}
	x.mu.Lock()
	x.stats.identity += int64(len(plain.body))
	x.mu.Unlock()
	if gz.gzip {
		x.mu.Lock()
		x.stats.gzipped += int64(len(gz.body))
		x.mu.Unlock()
		return x.write(rel+".gz", gz.body, mod)
	}
	return nil
}

// write writes one file of the export atomically, unless it already holds
// the same bytes with the same modification time.
func (x *exporter) write(rel string, body []byte, mod time.Time) error {
	path := filepath.Join(x.out, filepath.FromSlash(rel))
	x.mu.Lock()
	x.written[rel] = true
	x.stats.files++
	x.mu.Unlock()
	if fi, err := os.Stat(path); err == nil && fi.Size() == int64(len(body)) && fi.ModTime().Equal(mod) {
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, body) {
			return nil
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, body, 0o644, mod); err != nil {
		return err
	}
	x.mu.Lock()
	x.stats.written++
	x.mu.Unlock()
	return nil
}

type response struct {
	body []byte
	gzip bool
}

// get asks the site for name in the process and returns the body and its
// Last-Modified.
func (x *exporter) get(name string, gzip bool) (response, time.Time, error) {
	req, err := http.NewRequest(http.MethodGet, name, nil)
	if err != nil {
		return response{}, time.Time{}, err
	}
	if gzip {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	w := &capture{header: http.Header{}}
	x.site.ServeHTTP(w, req)
	if w.status != http.StatusOK {
		return response{}, time.Time{}, fmt.Errorf("export %s: the site answers %d: %s", name, w.status, bytes.TrimSpace(w.body.Bytes()))
	}
	mod, err := http.ParseTime(w.header.Get("Last-Modified"))
	if err != nil {
		return response{}, time.Time{}, fmt.Errorf("export %s: Last-Modified %q: %w", name, w.header.Get("Last-Modified"), err)
	}
	return response{body: w.body.Bytes(), gzip: w.header.Get("Content-Encoding") == "gzip"}, mod, nil
}

// capture is an http.ResponseWriter that keeps the response in memory,
// sized once from Content-Length (a combined feed is a hundred MB).
type capture struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (c *capture) Header() http.Header { return c.header }

func (c *capture) WriteHeader(status int) {
	if c.status != 0 {
		return
	}
	c.status = status
	if n, err := strconv.Atoi(c.header.Get("Content-Length")); err == nil && n > 0 {
		c.body.Grow(n)
	}
}

func (c *capture) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.WriteHeader(http.StatusOK)
	}
	return c.body.Write(b)
}
