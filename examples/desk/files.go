package main

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/samayrekha/samayrekha/internal/httpbody"
	"github.com/samayrekha/samayrekha/internal/webpage"
)

// prepared is a file ready to serve: its bytes, gzipped bytes and
// validators. It is immutable.
type prepared struct {
	name, ctype  string
	kind         webpage.Kind
	body, gz     []byte // gz is nil when gzip would not be smaller
	etag, gzETag string
	modified     time.Time
	// Header values made once, for the common answers.
	hdr struct {
		ctype, etag, gzETag, lastModified, length, gzLength []string
	}
}

// minGzip is the smallest body worth gzipping.
const minGzip = 512

// prepare computes f's gzipped form and ETags. The gzip stream has no
// name and no time in its header, so the same bytes always give the same
// gzipped bytes: the export's .gz files and the server's answers agree.
func prepare(f webpage.File, modified time.Time) *prepared {
	p := &prepared{name: f.Name, ctype: f.ContentType, kind: f.Kind, body: f.Body, modified: modified}
	p.etag = webpage.ETag(f.Body)
	defer func() {
		p.hdr.ctype = []string{p.ctype}
		p.hdr.etag = []string{p.etag}
		p.hdr.gzETag = []string{p.gzETag}
		p.hdr.lastModified = []string{modified.UTC().Format(http.TimeFormat)}
		p.hdr.length = []string{strconv.Itoa(len(p.body))}
		p.hdr.gzLength = []string{strconv.Itoa(len(p.gz))}
	}()
	if len(f.Body) >= minGzip {
		var buf bytes.Buffer
		buf.Grow(len(f.Body) / 8)
		zw := gzipWriters.Get().(*gzip.Writer)
		zw.Reset(&buf)
		zw.Write(f.Body)
		zw.Close()
		zw.Reset(nil)
		gzipWriters.Put(zw)
		if buf.Len() < len(f.Body) {
			p.gz = buf.Bytes()
			p.gzETag = strings.TrimSuffix(p.etag, `"`) + `-gz"`
		}
	}
	return p
}

// gzipWriters are reused: a new writer allocates and clears about a
// megabyte of tables, which cost more than compressing a story's small
// files. BestSpeed: a third of the time of the default level, for .gz
// files a third larger (a story's page: 15 KB for 300 KB).
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

func (p *prepared) size() int { return len(p.body) + len(p.gz) }

// Pre-built header values; net/http never modifies them.
var (
	hdrVary = []string{"Accept-Encoding"}
	hdrGzip = []string{"gzip"}
)

// serve answers r with p: identity or gzip as the client accepts, with
// Content-Type, a strong ETag, Last-Modified, Cache-Control and Vary, and
// conditional GET, HEAD and Range through http.ServeContent. The common
// answers are made here, from header values made once: the poll
// (If-None-Match with the current ETag alone) gets its 304, and a request
// with no condition and no Range its 200 in one Write, with the headers
// ServeContent would send.
func (s *site) serve(w http.ResponseWriter, r *http.Request, p *prepared) {
	body, etag, length, gz := p.body, p.hdr.etag, p.hdr.length, false
	if p.gz != nil && httpbody.AcceptsGzip(r.Header["Accept-Encoding"]) {
		body, etag, length, gz = p.gz, p.hdr.gzETag, p.hdr.gzLength, true
	}
	h := w.Header()
	for k, v := range s.headers[p.kind] {
		h[k] = v
	}
	h["Etag"] = etag
	if p.gz != nil {
		h["Vary"] = hdrVary
	}
	if httpbody.IsPoll(r, etag[0]) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Type"] = p.hdr.ctype
	if gz {
		h["Content-Encoding"] = hdrGzip
	}
	if unconditional(r) {
		h["Last-Modified"] = p.hdr.lastModified
		h["Accept-Ranges"] = hdrBytes
		h["Content-Length"] = length
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return
	}
	httpbody.Serve(w, r, p.modified, body, gz)
}

var hdrBytes = []string{"bytes"}

// unconditional reports whether r asks for the whole body with no
// condition: what ServeContent answers with a plain 200.
func unconditional(r *http.Request) bool {
	h := r.Header
	return h["Range"] == nil && h["If-None-Match"] == nil && h["If-Modified-Since"] == nil &&
		h["If-Match"] == nil && h["If-Unmodified-Since"] == nil && h["If-Range"] == nil
}
