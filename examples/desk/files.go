package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
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
// answers are made here, from header values made once: the poll
// (If-None-Match with the current ETag alone) gets its 304, and a request
// with no condition and no Range its 200 in one Write, with the headers
// ServeContent would send.
func (s *site) serve(w http.ResponseWriter, r *http.Request, p *prepared) {
	body, etag, length, gz := p.body, p.hdr.etag, p.hdr.length, false
	if p.gz != nil && acceptsGzip(r) {
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
	if notModified(r, etag[0]) {
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
	http.ServeContent(&bodyWriter{ResponseWriter: w, body: body, setLength: gz}, r, "", p.modified, bytes.NewReader(body))
}

var hdrBytes = []string{"bytes"}

// unconditional reports whether r asks for the whole body with no
// condition: what ServeContent answers with a plain 200.
func unconditional(r *http.Request) bool {
	h := r.Header
	return h["Range"] == nil && h["If-None-Match"] == nil && h["If-Modified-Since"] == nil &&
		h["If-Match"] == nil && h["If-Unmodified-Since"] == nil && h["If-Range"] == nil
}

// notModified reports whether r is the common poll that a 304 answers at
// once: If-None-Match with exactly etag, and nothing else ServeContent
// would have to weigh against it.
func notModified(r *http.Request, etag string) bool {
	inm := r.Header["If-None-Match"]
	return len(inm) == 1 && inm[0] == etag && r.Header["If-Match"] == nil && r.Header["If-Unmodified-Since"] == nil
}

// bodyWriter lets http.ServeContent write a body it serves from memory in
// one Write, as ical.Feed's writer of the same name does: ServeContent
// copies through io.CopyN, 32 KB at a time, which made the desk's 200s a
// quarter of nginx's sendfile. It also gives a gzip body the
// Content-Length that ServeContent leaves out under a Content-Encoding.
type bodyWriter struct {
	http.ResponseWriter
	body      []byte
	setLength bool
}

// WriteHeader implements http.ResponseWriter.
func (bw *bodyWriter) WriteHeader(code int) {
	h := bw.ResponseWriter.Header()
	if _, ok := h["Content-Length"]; bw.setLength && !ok {
		switch code {
		case http.StatusOK:
			h["Content-Length"] = []string{strconv.Itoa(len(bw.body))}
		case http.StatusPartialContent:
			// "bytes first-last/complete"; absent for multipart/byteranges.
			var first, last, complete int64
			if cr := h.Get("Content-Range"); cr != "" {
				if _, err := fmt.Sscanf(cr, "bytes %d-%d/%d", &first, &last, &complete); err == nil && last >= first {
					h["Content-Length"] = []string{strconv.FormatInt(last-first+1, 10)}
				}
			}
		}
	}
	bw.ResponseWriter.WriteHeader(code)
}

// ReadFrom implements io.ReaderFrom, which io.CopyN uses: when r is the
// io.LimitedReader ServeContent wraps around the body's bytes.Reader, the
// part asked for is written in one call.
func (bw *bodyWriter) ReadFrom(r io.Reader) (int64, error) {
	if lr, ok := r.(*io.LimitedReader); ok {
		if br, ok := lr.R.(*bytes.Reader); ok && br.Size() == int64(len(bw.body)) {
			off, err := br.Seek(0, io.SeekCurrent)
			if err != nil {
				return 0, err
			}
			end := min(off+lr.N, int64(len(bw.body)))
			n, err := bw.ResponseWriter.Write(bw.body[off:end])
			if _, serr := br.Seek(int64(n), io.SeekCurrent); err == nil {
				err = serr
			}
			lr.N -= int64(n)
			return int64(n), err
		}
	}
	return io.Copy(writerOnly{bw.ResponseWriter}, r)
}

// writerOnly hides every method but Write, so that io.Copy cannot call
// back into bodyWriter.ReadFrom.
type writerOnly struct{ io.Writer }

// Unwrap returns the underlying ResponseWriter, for http.ResponseController.
func (bw *bodyWriter) Unwrap() http.ResponseWriter { return bw.ResponseWriter }
