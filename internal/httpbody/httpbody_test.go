package httpbody

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"
)

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header []string
		want   bool
	}{
		{nil, false},
		{[]string{""}, false},
		{[]string{"gzip"}, true},
		{[]string{"GZIP"}, true},
		{[]string{"deflate, gzip;q=1.0, *;q=0.5"}, true},
		{[]string{"br", "gzip"}, true},
		{[]string{"gzip;q=0"}, false},
		{[]string{"gzip; q=0.000"}, false},
		{[]string{"gzip;q=0.001"}, true},
		{[]string{"gzip;q=abc"}, false},
		{[]string{"*"}, true},
		{[]string{"*;q=0"}, false},
		{[]string{"gzip;q=0, *"}, false},
		{[]string{"identity"}, false},
		{[]string{"gzipx"}, false},
		{[]string{" x-gzip "}, true},
	}
	for _, tc := range tests {
		if got := AcceptsGzip(tc.header); got != tc.want {
			t.Errorf("AcceptsGzip(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

// TestServe checks what Serve adds to http.ServeContent: a Content-Length
// on gzipped 200s and single-range 206s, the whole body for several
// ranges of a gzipped body, and the same answers as ServeContent for the
// rest.
func TestServe(t *testing.T) {
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write(bytes.Repeat([]byte("समयरेखा timeline "), 4000))
	zw.Close()
	gz := zb.Bytes()
	plain := bytes.Repeat([]byte("0123456789"), 10000)
	modified := time.Date(2025, 11, 18, 12, 0, 0, 0, time.UTC)

	tests := []struct {
		name      string
		body      []byte
		gzipped   bool
		header    http.Header
		code      int
		wantBody  []byte
		wantLen   bool // a Content-Length equal to the body sent
		wantRange string
	}{
		{name: "gzip 200", body: gz, gzipped: true, code: 200, wantBody: gz, wantLen: true},
		{name: "identity 200", body: plain, code: 200, wantBody: plain, wantLen: true},
		{name: "gzip one range", body: gz, gzipped: true, header: http.Header{"Range": {"bytes=10-19"}}, code: 206, wantBody: gz[10:20], wantLen: true,
			wantRange: "bytes 10-19/" + strconv.Itoa(len(gz))},
		{name: "gzip two ranges get the whole body", body: gz, gzipped: true, header: http.Header{"Range": {"bytes=0-9,20-29"}}, code: 200, wantBody: gz, wantLen: true},
		{name: "identity two ranges stay multipart", body: plain, header: http.Header{"Range": {"bytes=0-9,20-29"}}, code: 206},
		{name: "not modified since", body: plain, header: http.Header{"If-Modified-Since": {modified.Format(http.TimeFormat)}}, code: 304, wantBody: []byte{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/calendar")
				if tc.gzipped {
					w.Header().Set("Content-Encoding", "gzip")
				}
				Serve(w, r, modified, tc.body, tc.gzipped)
			}))
			defer srv.Close()
			req, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
			for k, v := range tc.header {
				req.Header[k] = v
			}
			// The transport must not decode gzip: the test looks at the bytes sent.
			req.Header.Set("Accept-Encoding", "identity")
			resp, err := srv.Client().Transport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.code)
			}
			if tc.wantBody != nil && !bytes.Equal(b, tc.wantBody) {
				t.Errorf("body of %d bytes, want %d", len(b), len(tc.wantBody))
			}
			if tc.wantLen && (resp.ContentLength != int64(len(b)) || len(resp.TransferEncoding) != 0) {
				t.Errorf("Content-Length %d, Transfer-Encoding %v, body %d bytes; want a Content-Length equal to the body", resp.ContentLength, resp.TransferEncoding, len(b))
			}
			if got := resp.Header.Get("Content-Range"); got != tc.wantRange {
				t.Errorf("Content-Range %q, want %q", got, tc.wantRange)
			}
		})
	}
}

func TestIsPoll(t *testing.T) {
	etag := `"abc"`
	for _, tc := range []struct {
		header http.Header
		want   bool
	}{
		{http.Header{"If-None-Match": {etag}}, true},
		{http.Header{"If-None-Match": {`"other"`}}, false},
		{http.Header{"If-None-Match": {etag, `"other"`}}, false},
		{http.Header{"If-None-Match": {etag}, "If-Match": {etag}}, false},
		{http.Header{"If-None-Match": {etag}, "If-Unmodified-Since": {"Tue, 18 Nov 2025 12:00:00 GMT"}}, false},
		{http.Header{}, false},
	} {
		r := &http.Request{Header: tc.header}
		if got := IsPoll(r, etag); got != tc.want {
			t.Errorf("IsPoll(%v) = %v, want %v", tc.header, got, tc.want)
		}
	}
}
