package ical

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

func TestFeedHeaders(t *testing.T) {
	f := newSeedFeed(t, nil)
	tl := seed.Timeline()
	full := wantBody(t, tl, nil, timeline.Hindi, tl.Title.Hi)
	etag := strongETag(full, "")
	gzETag := strongETag(full, "-gz")
	lastMod := feedModified.Format(http.TimeFormat)
	gzipped := serve(f, "GET", "/calendar.ics", http.Header{"Accept-Encoding": {"gzip"}}).Body.Bytes()

	// Every 200 carries these.
	common := map[string]string{
		"Cache-Control":       "public, max-age=300",
		"Content-Disposition": "attachment; filename=calendar.ics",
		"Vary":                "Accept-Encoding",
		"Last-Modified":       lastMod,
		"Content-Type":        "text/calendar; charset=utf-8",
	}
	type check struct {
		code    int
		headers map[string]string // "" means absent
		body    func(t *testing.T, b []byte)
	}
	bodyIs := func(want []byte) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			t.Helper()
			if !bytes.Equal(b, want) {
				t.Errorf("body: %d bytes, want %d bytes (the encoder's output)", len(b), len(want))
			}
		}
	}
	gzBodyIs := func(want []byte) func(*testing.T, []byte) {
		return func(t *testing.T, b []byte) {
			t.Helper()
			if got := gunzip(t, b); !bytes.Equal(got, want) {
				t.Errorf("gunzipped body: %d bytes, want %d bytes", len(got), len(want))
			}
		}
	}
	h := func(kv ...string) http.Header {
		hd := http.Header{}
		for i := 0; i < len(kv); i += 2 {
			hd.Add(kv[i], kv[i+1])
		}
		return hd
	}
	yesterday := feedModified.Add(-24 * time.Hour).Format(http.TimeFormat)
	tests := map[string]struct {
		method string
		header http.Header
		want   check
		reason string
	}{
		"GET": {
			method: "GET",
			want: check{code: 200, headers: map[string]string{"Etag": etag, "Content-Length": strconv.Itoa(len(full)), "Content-Encoding": ""},
				body: bodyIs(full)},
		},
		"HEAD has the headers and no body": {
			method: "HEAD",
			want:   check{code: 200, headers: map[string]string{"Etag": etag, "Content-Length": strconv.Itoa(len(full))}, body: bodyIs(nil)},
		},
		"If-None-Match with the ETag is 304": {
			method: "GET", header: h("If-None-Match", etag),
			want: check{code: 304, headers: map[string]string{"Etag": etag, "Content-Type": "", "Content-Length": ""}, body: bodyIs(nil)},
		},
		"If-None-Match among several": {
			method: "GET", header: h("If-None-Match", `"other", `+etag),
			want: check{code: 304, headers: map[string]string{"Etag": etag}, body: bodyIs(nil)},
		},
		"If-None-Match weak form matches too": {
			method: "GET", header: h("If-None-Match", "W/"+etag),
			want:   check{code: 304, body: bodyIs(nil)},
			reason: "RFC 9110 13.1.2: If-None-Match uses the weak comparison",
		},
		"If-None-Match *": {
			method: "GET", header: h("If-None-Match", "*"),
			want: check{code: 304, body: bodyIs(nil)},
		},
		"If-None-Match with an old ETag is a full 200": {
			method: "GET", header: h("If-None-Match", `"0123456789abcdef"`),
			want: check{code: 200, headers: map[string]string{"Etag": etag}, body: bodyIs(full)},
		},
		"HEAD with If-None-Match is 304": {
			method: "HEAD", header: h("If-None-Match", etag),
			want: check{code: 304, body: bodyIs(nil)},
		},
		"If-Modified-Since the version is 304": {
			method: "GET", header: h("If-Modified-Since", lastMod),
			want: check{code: 304, headers: map[string]string{"Etag": etag}, body: bodyIs(nil)},
		},
		"If-Modified-Since earlier is 200": {
			method: "GET", header: h("If-Modified-Since", yesterday),
			want: check{code: 200, body: bodyIs(full)},
		},
		"If-None-Match wins over If-Modified-Since": {
			method: "GET", header: h("If-None-Match", `"old"`, "If-Modified-Since", lastMod),
			want:   check{code: 200, body: bodyIs(full)},
			reason: "RFC 9110 13.2.2: If-Modified-Since is ignored when If-None-Match is present",
		},
		"Range": {
			method: "GET", header: h("Range", "bytes=0-99"),
			want: check{code: 206, headers: map[string]string{"Content-Range": fmt.Sprintf("bytes 0-99/%d", len(full)), "Content-Length": "100", "Etag": etag},
				body: bodyIs(full[:100])},
		},
		"Range suffix": {
			method: "GET", header: h("Range", "bytes=-17"),
			want: check{code: 206, headers: map[string]string{"Content-Range": fmt.Sprintf("bytes %d-%d/%d", len(full)-17, len(full)-1, len(full))},
				body: bodyIs(full[len(full)-17:])},
		},
		"Range past the end is 416": {
			method: "GET", header: h("Range", fmt.Sprintf("bytes=%d-", len(full)+10)),
			want: check{code: 416, headers: map[string]string{"Content-Range": fmt.Sprintf("bytes */%d", len(full))}},
		},
		"If-Range with the ETag gives the range": {
			method: "GET", header: h("Range", "bytes=10-19", "If-Range", etag),
			want: check{code: 206, body: bodyIs(full[10:20])},
		},
		"If-Range with an old ETag gives everything": {
			method: "GET", header: h("Range", "bytes=10-19", "If-Range", `"old"`),
			want: check{code: 200, body: bodyIs(full)},
		},
		"gzip": {
			method: "GET", header: h("Accept-Encoding", "gzip, deflate, br"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "gzip", "Etag": gzETag}, body: gzBodyIs(full)},
		},
		"x-gzip and q-values": {
			method: "GET", header: h("Accept-Encoding", "br;q=1.0, x-gzip;q=0.5"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "gzip"}, body: gzBodyIs(full)},
		},
		"gzip;q=0 is refused": {
			method: "GET", header: h("Accept-Encoding", "gzip;q=0, *"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "", "Etag": etag}, body: bodyIs(full)},
		},
		"identity only": {
			method: "GET", header: h("Accept-Encoding", "identity"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": ""}, body: bodyIs(full)},
		},
		"gzip with its ETag is 304": {
			method: "GET", header: h("Accept-Encoding", "gzip", "If-None-Match", gzETag),
			want: check{code: 304, headers: map[string]string{"Etag": gzETag, "Content-Encoding": ""}, body: bodyIs(nil)},
		},
		"gzip with the identity ETag is a 200": {
			method: "GET", header: h("Accept-Encoding", "gzip", "If-None-Match", etag),
			want:   check{code: 200, headers: map[string]string{"Etag": gzETag}, body: gzBodyIs(full)},
			reason: "the client holds other bytes than the ones it would get now",
		},
		"gzip HEAD": {
			method: "HEAD", header: h("Accept-Encoding", "gzip"),
			want: check{code: 200, headers: map[string]string{"Content-Encoding": "gzip", "Etag": gzETag, "Content-Length": strconv.Itoa(len(gzipped))}, body: bodyIs(nil)},
		},
		"gzip Range counts gzipped bytes": {
			method: "GET", header: h("Accept-Encoding", "gzip", "Range", "bytes=0-1"),
			want:   check{code: 206, headers: map[string]string{"Content-Encoding": "gzip", "Content-Length": "2"}, body: bodyIs([]byte{0x1f, 0x8b})},
			reason: "RFC 9110 14.1.2: ranges are over the selected representation, here the gzipped one",
		},
		"gzip with several ranges gets the whole gzipped body": {
			method: "GET", header: h("Accept-Encoding", "gzip", "Range", "bytes=0-1,5-6"),
			want:   check{code: 200, headers: map[string]string{"Content-Encoding": "gzip", "Etag": gzETag, "Content-Length": strconv.Itoa(len(gzipped)), "Content-Range": ""}, body: gzBodyIs(full)},
			reason: "multipart/byteranges labelled Content-Encoding: gzip cannot be decoded; a server may ignore Range (RFC 9110 14.2)",
		},
		"several ranges without gzip are multipart": {
			method: "GET", header: h("Range", "bytes=0-1,5-6"),
			want: check{code: 206, headers: map[string]string{"Content-Encoding": ""}},
		},
		"POST is 405": {
			method: "POST",
			want:   check{code: 405, headers: map[string]string{"Allow": "GET, HEAD", "Etag": ""}},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			w := serve(f, tc.method, "/calendar.ics", tc.header)
			if w.Code != tc.want.code {
				t.Fatalf("%s with %v: status %d, want %d (%s)\n%s", tc.method, tc.header, w.Code, tc.want.code, tc.reason, w.Body.String())
			}
			if tc.want.code == 200 {
				for k, v := range common {
					if _, set := tc.want.headers[k]; set {
						continue
					}
					if got := w.Header().Get(k); got != v {
						t.Errorf("%s: %s = %q, want %q", name, k, got, v)
					}
				}
			}
			for k, v := range tc.want.headers {
				if got := w.Header().Get(k); got != v {
					t.Errorf("%s: %s = %q, want %q", name, k, got, v)
				}
			}
			if tc.want.body != nil {
				tc.want.body(t, w.Body.Bytes())
			}
		})
	}
}

// TestFeedOverTheWire checks what a recorder cannot: the gzipped body goes
// out with a Content-Length (not chunked), and the plain one as well.
func TestFeedOverTheWire(t *testing.T) {
	f := newSeedFeed(t, nil)
	srv := httptest.NewServer(f)
	defer srv.Close()
	for _, enc := range []string{"", "gzip"} {
		req, _ := http.NewRequest("GET", srv.URL+"/calendar.ics", nil)
		req.Header.Set("Accept-Encoding", enc) // "" too: the Transport would ask for gzip and gunzip itself
		if enc == "" {
			req.Header.Set("Accept-Encoding", "identity")
		}
		resp, err := srv.Client().Transport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.ContentLength != int64(len(b)) || len(resp.TransferEncoding) != 0 {
			t.Errorf("Accept-Encoding %q: Content-Length %d, Transfer-Encoding %v, body %d bytes; want a Content-Length equal to the body",
				enc, resp.ContentLength, resp.TransferEncoding, len(b))
		}
	}
}
