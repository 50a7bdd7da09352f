package main

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"time"

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
}

// minGzip is the smallest body worth gzipping.
const minGzip = 512

// prepare computes f's gzipped form and ETags. The gzip stream has no
// name and no time in its header, so the same bytes always give the same
// gzipped bytes: the export's .gz files and the server's answers agree.
func prepare(f webpage.File, modified time.Time) *prepared {
	p := &prepared{name: f.Name, ctype: f.ContentType, kind: f.Kind, body: f.Body, modified: modified}
	p.etag = webpage.ETag(f.Body)
	if len(f.Body) >= minGzip {
		var buf bytes.Buffer
		// BestSpeed: a third of the time of the default level, for .gz
		// files a third larger (a story's page: 15 KB for 300 KB).
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		zw.Write(f.Body)
		zw.Close()
		if buf.Len() < len(f.Body) {
			p.gz = buf.Bytes()
			p.gzETag = strings.TrimSuffix(p.etag, `"`) + `-gz"`
		}
	}
	return p
}

func (p *prepared) size() int { return len(p.body) + len(p.gz) }

// acceptsGzip reports whether a request's Accept-Encoding allows gzip
// (a q=0 refuses it).
func acceptsGzip(r *http.Request) bool {
	for _, v := range r.Header["Accept-Encoding"] {
		for _, part := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
				continue
			}
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// Pre-built header values; net/http never modifies them.
var (
	hdrVary = []string{"Accept-Encoding"}
	hdrGzip = []string{"gzip"}
)

// serve answers r with p: identity or gzip as the client accepts, with
// Content-Type, a strong ETag, Last-Modified, Cache-Control and Vary, and
// conditional GET, HEAD and Range through http.ServeContent. The common
// poll, If-None-Match with the current ETag alone, is answered here.
func (s *site) serve(w http.ResponseWriter, r *http.Request, p *prepared) {
	body, etag, gz := p.body, p.etag, false
	if p.gz != nil && acceptsGzip(r) {
		body, etag, gz = p.gz, p.gzETag, true
	}
	h := w.Header()
	webpage.SetHeaders(h, p.kind, true, s.ancestors)
	h["Etag"] = []string{etag}
	if p.gz != nil {
		h["Vary"] = hdrVary
	}
	if notModified(r, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Type"] = []string{p.ctype}
	if gz {
		h["Content-Encoding"] = hdrGzip
		// ServeContent leaves out Content-Length under a Content-Encoding;
		// a whole body (not a range) has a known one.
		if r.Header.Get("Range") == "" {
			h["Content-Length"] = []string{strconv.Itoa(len(body))}
		}
	}
	http.ServeContent(w, r, "", p.modified, bytes.NewReader(body))
}

// notModified reports whether r is the common poll that a 304 answers at
// once: If-None-Match with exactly etag, and nothing else ServeContent
// would have to weigh against it.
func notModified(r *http.Request, etag string) bool {
	inm := r.Header["If-None-Match"]
	return len(inm) == 1 && inm[0] == etag && r.Header["If-Match"] == nil && r.Header["If-Unmodified-Since"] == nil
}
