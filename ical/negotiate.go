package ical

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// acceptsGzip reports whether an Accept-Encoding header accepts gzip with
// a quality above zero, explicitly or through "*".
func acceptsGzip(values []string) bool {
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
