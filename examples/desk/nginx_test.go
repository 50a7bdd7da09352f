package main

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nginxBin is Debian's nginx (nginx-light is enough: it has gzip_static).
const nginxBin = "/usr/sbin/nginx"

// startNginx serves root with nginx/desk.conf on a free loopback port and
// returns its URL ("http://127.0.0.1:PORT"). nginx runs as a child of the
// test with its own config, pid and logs in a temporary folder, and is
// stopped when the test ends.
func startNginx(t *testing.T, root string) string {
	t.Helper()
	if _, err := os.Stat(nginxBin); err != nil {
		need(t, "nginx missing: apt-get install -y nginx-light ("+err.Error()+")")
	}
	tmp := worldReadableTemp(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	server, err := os.ReadFile(filepath.Join("nginx", "desk.conf"))
	require.NoError(t, err)
	main, err := os.ReadFile(filepath.Join("nginx", "main.conf.in"))
	require.NoError(t, err)
	serverConf := filepath.Join(tmp, "desk.conf")
	require.NoError(t, os.WriteFile(serverConf, []byte(strings.NewReplacer("@LISTEN@", addr, "@ROOT@", root).Replace(string(server))), 0o644))
	mainConf := filepath.Join(tmp, "nginx.conf")
	require.NoError(t, os.WriteFile(mainConf, []byte(strings.NewReplacer("@TMP@", tmp, "@WORKERS@", "1", "@SERVER@", serverConf).Replace(string(main))), 0o644))
	cmd := exec.Command(nginxBin, "-p", tmp, "-c", mainConf, "-e", filepath.Join(tmp, "error.log"))
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	require.NoError(t, cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	url := "http://" + addr
	require.Eventually(t, func() bool {
		select {
		case err := <-exited:
			errlog, _ := os.ReadFile(filepath.Join(tmp, "error.log"))
			t.Fatalf("nginx exited: %v\n%s\n%s", err, out, errlog)
		default:
		}
		resp, err := http.Get(url + "/")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	}, 10*time.Second, 20*time.Millisecond, "nginx did not come up")
	return url
}

// worldReadableTemp returns a temporary folder that nginx's workers (the
// user nobody or www-data when the test runs as root) can read.
func worldReadableTemp(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "samayrekha-desk-")
	require.NoError(t, err)
	require.NoError(t, os.Chmod(dir, 0o755))
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// exportTo runs `desk export` of dir into out.
func exportTo(t *testing.T, dir, out string, flags ...string) string {
	t.Helper()
	var stdout strings.Builder
	args := append([]string{"export", "-dir", dir, "-out", out, "-assets", assetsDir(t)}, flags...)
	require.NoError(t, run(context.Background(), args, &stdout, io.Discard, log.New(io.Discard, "", 0), nil))
	return stdout.String()
}

// exportedURLs lists the addresses of an export's files, from its manifest.
func exportedURLs(t *testing.T, out string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, manifestName))
	require.NoError(t, err)
	var m manifest
	require.NoError(t, json.Unmarshal(b, &m))
	var urls []string
	for _, f := range m.Files {
		if strings.HasSuffix(f, ".gz") {
			continue
		}
		urls = append(urls, "/"+strings.TrimSuffix(f, "index.html"))
	}
	return urls
}

// TestNginx exports a desk, serves the export with Debian's nginx and the
// shipped config (nginx/desk.conf), and checks that nginx and the Go
// server give every address the same bytes, identity and gzip, with the
// same Content-Type, Cache-Control, Last-Modified and security headers,
// and answer conditional requests, HEAD and Range the same way.
func TestNginx(t *testing.T) {
	dir := newFolder(t)
	out := filepath.Join(worldReadableTemp(t), "export")
	exportTo(t, dir, out)
	nginx := startNginx(t, out)

	// The Go server, on the same folder.
	st, err := firstState(config{dir: dir})
	require.NoError(t, err)
	c := config{lang: "hi", assets: assetsDir(t), titleHi: "राजनयिक घटनाओं की समयरेखा", titleEn: "Diplomatic timelines",
		descrHi: "भारत की कूटनीति की ख़बरें, घटना-दर-घटना: बैठकें, यात्राएँ, शिखर सम्मेलन।", descrEn: "India's diplomacy, event by event: meetings, visits, summits.",
		cacheMB: 64, feedCache: 16}
	s, err := newSite(c.site(log.New(io.Discard, "", 0)), st)
	require.NoError(t, err)
	goSrv := httptest.NewServer(s)
	defer goSrv.Close()

	urls := exportedURLs(t, out)
	require.Greater(t, len(urls), 60, "the export's files")
	gzipped := 0
	same := []string{"Content-Type", "Cache-Control", "Last-Modified", "Content-Encoding", "Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Content-Length"}
	for _, u := range urls {
		t.Run(u, func(t *testing.T) {
			for _, enc := range []string{"", "gzip"} {
				g, gb := get(t, goSrv.URL+u, "Accept-Encoding", enc)
				n, nb := get(t, nginx+u, "Accept-Encoding", enc)
				require.Equal(t, 200, g.StatusCode, "Go")
				require.Equal(t, 200, n.StatusCode, "nginx")
				if string(gb) != string(nb) {
					t.Errorf("Accept-Encoding %q: the bodies differ (Go %d bytes, nginx %d)", enc, len(gb), len(nb))
				}
				for _, h := range same {
					assert.Equal(t, g.Header.Get(h), n.Header.Get(h), "%s (Accept-Encoding %q)", h, enc)
				}
				if g.Header.Get("Content-Encoding") == "gzip" {
					gzipped++
					assert.Equal(t, "Accept-Encoding", n.Header.Get("Vary"), "nginx's Vary of a gzip answer")
					assert.Equal(t, "Accept-Encoding", g.Header.Get("Vary"), "Go's Vary of a gzip answer")
				}
				// Conditional requests, each server with its own validators.
				for name, srv := range map[string]struct {
					url  string
					resp *http.Response
				}{"Go": {goSrv.URL, g}, "nginx": {nginx, n}} {
					etag, lm := srv.resp.Header.Get("ETag"), srv.resp.Header.Get("Last-Modified")
					require.NotEmpty(t, etag, "%s ETag", name)
					lmTime, err := http.ParseTime(lm)
					require.NoError(t, err)
					for cond, tc := range map[string]struct {
						header []string
						want   int
					}{
						"its ETag":                         {[]string{"If-None-Match", etag}, 304},
						"another ETag":                     {[]string{"If-None-Match", `"x"`}, 200},
						"not modified since Last-Modified": {[]string{"If-Modified-Since", lm}, 304},
						"not modified since later":         {[]string{"If-Modified-Since", lmTime.Add(time.Hour).Format(http.TimeFormat)}, 304},
						"modified since a second before":   {[]string{"If-Modified-Since", lmTime.Add(-time.Second).Format(http.TimeFormat)}, 200},
						"another ETag, not modified since": {[]string{"If-None-Match", `"x"`, "If-Modified-Since", lm}, 200},
					} {
						resp, _ := get(t, srv.url+u, append([]string{"Accept-Encoding", enc}, tc.header...)...)
						assert.Equal(t, tc.want, resp.StatusCode, "%s, %s, Accept-Encoding %q", name, cond, enc)
					}
				}
			}
			// HEAD and a Range of the identity body.
			for name, base := range map[string]string{"Go": goSrv.URL, "nginx": nginx} {
				req, _ := http.NewRequest(http.MethodHead, base+u, nil)
				resp, err := http.DefaultTransport.RoundTrip(req)
				require.NoError(t, err)
				resp.Body.Close()
				assert.Equal(t, 200, resp.StatusCode, "%s HEAD", name)
			}
			g, gb := get(t, goSrv.URL+u, "Range", "bytes=0-99")
			n, nb := get(t, nginx+u, "Range", "bytes=0-99")
			assert.Equal(t, g.StatusCode, n.StatusCode, "Range status")
			assert.Equal(t, string(gb), string(nb), "Range bytes")
			assert.Equal(t, g.Header.Get("Content-Range"), n.Header.Get("Content-Range"))
		})
	}
	// Addresses that are not files.
	for _, tc := range []struct {
		path   string
		status int
	}{
		{"/hi", 301}, {"/stories/jaishankar-moscow", 301}, {"/stories/jaishankar-moscow/", 301}, {"/nope.json", 404},
		{"/stories/nope/", 404}, {"/page.js.gz", 404}, {"/" + manifestName, 404}, {"/hi/index.html", 404},
	} {
		g, _ := get(t, goSrv.URL+tc.path)
		n, _ := get(t, nginx+tc.path)
		assert.Equal(t, tc.status, g.StatusCode, "Go %s", tc.path)
		assert.Equal(t, tc.status, n.StatusCode, "nginx %s", tc.path)
		assert.Equal(t, g.Header.Get("Location"), n.Header.Get("Location"), "Location of %s", tc.path)
	}
	// The one difference in conditional requests (README): validators
	// that disagree, a matching If-None-Match with an If-Modified-Since
	// before Last-Modified. Go lets If-None-Match decide (RFC 9110
	// 13.2.2), nginx wants both to say not modified. A client sends both
	// from one response, so they never disagree.
	{
		u := "/stories/jaishankar-moscow/hi/timeline.md"
		for name, tc := range map[string]struct {
			base string
			want int
		}{"Go": {goSrv.URL, 304}, "nginx": {nginx, 200}} {
			resp, _ := get(t, tc.base+u)
			lm, _ := http.ParseTime(resp.Header.Get("Last-Modified"))
			resp, _ = get(t, tc.base+u, "If-None-Match", resp.Header.Get("ETag"), "If-Modified-Since", lm.Add(-time.Hour).Format(http.TimeFormat))
			assert.Equal(t, tc.want, resp.StatusCode, "%s: a matching ETag with an older If-Modified-Since", name)
		}
	}
	// Most files are text that gzip makes smaller: the .gz were served.
	assert.Greater(t, gzipped, len(urls)/2, "gzip answers")
	t.Logf("%d addresses, %d with a gzip answer, the same from nginx and Go", len(urls), gzipped)
}
