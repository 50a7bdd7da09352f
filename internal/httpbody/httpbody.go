// Package httpbody serves bodies held in memory over HTTP the way
// ical.Feed and the examples' servers all do: gzip negotiation by
// Accept-Encoding, the common 304 answered at once, and
// http.ServeContent without its 32 KB copy loop, with a Content-Length on
// gzipped bodies. One copy, so that a fix to one server is a fix to all.
package httpbody

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// AcceptsGzip reports whether an Accept-Encoding header accepts gzip with
// a quality above zero, explicitly or through "*".
func AcceptsGzip(values []string) bool {
	star := false
	for _, v := range values {
		for len(v) > 0 {
			var item string
			item, v, _ = strings.Cut(v, ",")
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.TrimSpace(coding)
			ok := qualityAboveZero(params)
			switch {
			case strings.EqualFold(coding, "gzip"), strings.EqualFold(coding, "x-gzip"):
				return ok
			case coding == "*":
				star = ok
			}
		}
	}
	return star
}

// qualityAboveZero reports whether the parameters of an Accept-Encoding
// item ("q=0.5") give it a weight above zero; no q means 1.
func qualityAboveZero(params string) bool {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		name, val, _ := strings.Cut(strings.TrimSpace(p), "=")
		if !strings.EqualFold(strings.TrimSpace(name), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		return err == nil && q > 0
	}
	return true
}

// multiRange reports whether the Range header values ask for more than one
// range.
func multiRange(vals []string) bool {
	return len(vals) > 1 || len(vals) == 1 && strings.Contains(vals[0], ",")
}

// IsPoll reports whether r is the common poll that a 304 answers at once:
// If-None-Match with exactly etag, and nothing else http.ServeContent
// would have to weigh against it (RFC 9110 13.2.2). The answer is the one
// ServeContent gives, with less work per request.
func IsPoll(r *http.Request, etag string) bool {
	inm := r.Header["If-None-Match"]
	return len(inm) == 1 && inm[0] == etag && r.Header["If-Match"] == nil && r.Header["If-Unmodified-Since"] == nil
}

// Serve answers r with body through http.ServeContent (conditional GET,
// HEAD and Range), writing the body or the range asked for in one Write
// straight from memory. The caller sets Content-Type, ETag and, for a
// gzipped body, Content-Encoding before it calls Serve; gzipped also
// makes Serve set the Content-Length that ServeContent leaves out under a
// Content-Encoding, and answer several ranges with the whole body.
func Serve(w http.ResponseWriter, r *http.Request, modified time.Time, body []byte, gzipped bool) {
	if gzipped && multiRange(r.Header["Range"]) {
		// A multipart/byteranges body labelled Content-Encoding: gzip
		// cannot be decoded by any client (the parts are slices of the
		// gzip stream, the multipart frame is not gzipped), so several
		// ranges of a gzipped body get the whole body, as RFC 9110 14.2
		// allows a server to ignore Range. A single range is served.
		r2 := *r
		r2.Header = r.Header.Clone()
		delete(r2.Header, "Range")
		r = &r2
	}
	http.ServeContent(&bodyWriter{ResponseWriter: w, body: body, setLength: gzipped}, r, "", modified, bytes.NewReader(body))
}

// bodyWriter is the ResponseWriter given to http.ServeContent. It writes
// the body (or the requested range of it) in one Write, straight from the
// cached bytes: ServeContent copies through io.CopyN, which would move a
// 1 MB calendar 32 KB at a time through a freshly allocated buffer.
//
// With setLength it also sets Content-Length on a 200 or a single-range
// 206 that has none: ServeContent leaves it out when Content-Encoding is
// set, and the gzipped bytes would then go out chunked.
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

// ReadFrom implements io.ReaderFrom, which io.CopyN uses. When r is the
// io.LimitedReader that ServeContent wraps around our bytes.Reader, it
// writes that part of the body in one call; otherwise it copies.
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
