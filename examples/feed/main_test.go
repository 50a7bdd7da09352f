package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer that the server goroutines and the test
// can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// server is examples/feed running in the test.
type server struct {
	url    string
	stdout *syncBuffer
	log    *syncBuffer
	cancel context.CancelFunc
	done   chan error
}

func start(t *testing.T, args ...string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &server{stdout: &syncBuffer{}, log: &syncBuffer{}, cancel: cancel, done: make(chan error, 1)}
	ready := make(chan string, 1)
	go func() {
		s.done <- run(ctx, append([]string{"-addr", "127.0.0.1:0", "-poll", "5ms"}, args...), s.stdout, log.New(s.log, "", 0), func(u string) { ready <- u })
	}()
	select {
	case s.url = <-ready:
	case err := <-s.done:
		t.Fatalf("run exited before serving: %v\nlog:\n%s", err, s.log)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not start")
	}
	t.Cleanup(func() {
		cancel()
		<-s.done
	})
	return s
}

func (s *server) get(t *testing.T, query string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(s.url + query)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// waitLog waits until the log has n lines containing s.
func (s *server) waitLog(t *testing.T, substr string, n int) {
	t.Helper()
	require.Eventually(t, func() bool { return strings.Count(s.log.String(), substr) >= n },
		10*time.Second, 5*time.Millisecond, "the log never said %q %d times", substr, n)
}

// writeFile writes data to path with modification time mod, as an editor
// saving the timeline would (atomically, through a rename).
func writeFile(t *testing.T, path string, data []byte, mod time.Time) {
	t.Helper()
	tmp := path + ".tmp"
	require.NoError(t, os.WriteFile(tmp, data, 0o644))
	require.NoError(t, os.Chtimes(tmp, mod, mod))
	require.NoError(t, os.Rename(tmp, path))
}

func seedJSON(t *testing.T, edit func(*timeline.Timeline)) []byte {
	t.Helper()
	tl := seed.Timeline()
	if edit != nil {
		edit(tl)
	}
	b, err := timeline.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestServesSeedAndPrintsLinks(t *testing.T) {
	s := start(t)
	resp, body := s.get(t, "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/calendar; charset=utf-8" {
		t.Fatalf("GET %s: %d %q", s.url, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(body, "UID:"+seed.MeetingID+"@samayrekha") {
		t.Errorf("the feed lacks the seed meeting")
	}
	links, err := ical.SubscriptionLinks(s.url)
	if err != nil {
		t.Fatal(err)
	}
	out := s.stdout.String()
	for _, want := range []string{links.Webcal, links.HTTPS, "version 1, 7 events"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	// The server speaks plain HTTP, so the web link it prints must too.
	if links.HTTPS != s.url {
		t.Errorf("web link %q, want the feed's own plain-HTTP address %q", links.HTTPS, s.url)
	}
	if strings.Contains(out, "https://") {
		t.Errorf("stdout has an https:// link for a plain-HTTP server:\n%s", out)
	}
	if resp, body := s.get(t, "?kind=sumit"); resp.StatusCode != 400 || !strings.Contains(body, "not a kind") {
		t.Errorf("GET ?kind=sumit: %d %q, want 400 saying what is wrong", resp.StatusCode, body)
	}
	u, _ := url.Parse(s.url)
	resp, err = http.Get("http://" + u.Host + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), links.Webcal) {
		t.Errorf("GET /: %q lacks the webcal link", b)
	}
}

func TestWatchReloadsAndKeepsLastGoodVersion(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "timeline.json")
	mod1 := time.Date(2025, 11, 18, 16, 0, 0, 0, time.UTC)
	writeFile(t, file, seedJSON(t, nil), mod1)

	s := start(t, "-watch", file)
	resp, body1 := s.get(t, "")
	etag1 := resp.Header.Get("Etag")
	if resp.StatusCode != 200 || resp.Header.Get("Last-Modified") != mod1.Format(http.TimeFormat) {
		t.Fatalf("GET: %d, Last-Modified %q, want 200 and the file's time %s", resp.StatusCode, resp.Header.Get("Last-Modified"), mod1.Format(http.TimeFormat))
	}

	bad := []struct {
		name string
		data []byte
		says string
	}{
		{"truncated JSON", seedJSON(t, nil)[:200], "invalid JSON"},
		{"unknown kind", bytes.Replace(seedJSON(t, nil), []byte(`"kind": "bilateral_meeting"`), []byte(`"kind": "bilateral-meeting"`), 1), `.kind (line `},
	}
	n := 0
	for _, tc := range bad {
		name := tc.name
		n++
		writeFile(t, file, tc.data, mod1.Add(time.Duration(n)*time.Minute))
		s.waitLog(t, "rejected", n)
		if !strings.Contains(s.log.String(), tc.says) || !strings.Contains(s.log.String(), "still serving version 1") {
			t.Errorf("%s: the log does not say %q and that version 1 is still served:\n%s", name, tc.says, s.log)
		}
		resp, body := s.get(t, "")
		if resp.StatusCode != 200 || resp.Header.Get("Etag") != etag1 || body != body1 {
			t.Errorf("%s: GET after a bad file: %d, ETag %s; want 200 with the last good version %s", name, resp.StatusCode, resp.Header.Get("Etag"), etag1)
		}
	}

	mod2 := mod1.Add(time.Hour)
	writeFile(t, file, seedJSON(t, func(tl *timeline.Timeline) {
		tl.Event(seed.PutinVisitID).Title.Hi = "पुतिन का भारत दौरा (पुष्ट)"
	}), mod2)
	s.waitLog(t, "version 2", 1)
	resp, body := s.get(t, "")
	body = strings.ReplaceAll(body, "\r\n ", "") // unfold
	if resp.Header.Get("Etag") == etag1 || !strings.Contains(body, "(पुष्ट)") {
		t.Errorf("after a good file: ETag %s (was %s), new title present: %v", resp.Header.Get("Etag"), etag1, strings.Contains(body, "(पुष्ट)"))
	}
	if got := resp.Header.Get("Last-Modified"); got != mod2.Format(http.TimeFormat) {
		t.Errorf("Last-Modified %q, want the file's time %s", got, mod2.Format(http.TimeFormat))
	}

	// Touching the file without changing it makes no new version.
	writeFile(t, file, seedJSON(t, func(tl *timeline.Timeline) {
		tl.Event(seed.PutinVisitID).Title.Hi = "पुतिन का भारत दौरा (पुष्ट)"
	}), mod2.Add(time.Hour))
	assert.Never(t, func() bool { return strings.Contains(s.log.String(), "version 3") },
		200*time.Millisecond, 10*time.Millisecond, "a touched file made a new version")
}

func TestWatchFileAppearsLater(t *testing.T) {
	file := filepath.Join(t.TempDir(), "later.json")
	s := start(t, "-watch", file)
	if !strings.Contains(s.log.String(), "does not exist yet") {
		t.Errorf("log does not say the file is missing:\n%s", s.log)
	}
	if resp, _ := s.get(t, ""); resp.StatusCode != 200 {
		t.Fatalf("GET while the file is missing: %d, want the seed timeline", resp.StatusCode)
	}
	writeFile(t, file, seedJSON(t, func(tl *timeline.Timeline) { tl.Title.Hi = "नया" }), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	s.waitLog(t, "loaded "+file, 1)
}

// TestGracefulShutdown cancels the server while a request is in its
// handler, and checks that the request still gets its whole response and
// that run returns only after it.
func TestGracefulShutdown(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	wrapHandler = func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Has("lang") {
				close(entered)
				<-release
			}
			h.ServeHTTP(w, r)
		})
	}
	defer func() { wrapHandler = func(h http.Handler) http.Handler { return h } }()
	s := start(t)

	type result struct {
		code, n int
		length  int64
		err     error
	}
	got := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest("GET", s.url+"?lang=en", nil)
		req.Header.Set("Accept-Encoding", "identity") // keep Content-Length
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			got <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- result{resp.StatusCode, len(b), resp.ContentLength, err}
	}()
	<-entered
	s.cancel()
	s.waitLog(t, "shutting down", 1)
	select {
	case err := <-s.done:
		t.Fatalf("run returned (%v) with a request in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	r := <-got
	if r.err != nil || r.code != 200 || r.length != int64(r.n) {
		t.Fatalf("in-flight response: %d, %d of %d bytes, %v", r.code, r.n, r.length, r.err)
	}
	select {
	case err := <-s.done:
		s.done <- err // for the cleanup
		if err != nil {
			t.Errorf("run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the last request")
	}
	if !strings.Contains(s.log.String(), "stopped") {
		t.Errorf("log does not say stopped:\n%s", s.log)
	}
	if _, err := http.Get(s.url); err == nil {
		t.Errorf("the server still answers after shutdown")
	}
}

func TestSyntheticTimeline(t *testing.T) {
	tl := synthetic(1000)
	if err := tl.Validate(); err != nil {
		t.Fatalf("synthetic(1000) does not validate: %v", err)
	}
	if len(tl.Events) != 1000 {
		t.Errorf("synthetic(1000) has %d events", len(tl.Events))
	}
	a, _ := timeline.Marshal(synthetic(50))
	b, _ := timeline.Marshal(synthetic(50))
	if !bytes.Equal(a, b) {
		t.Errorf("synthetic is not deterministic")
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "fr"},
		{"-events", "-1"},
		{"-poll", "0s"},
		{"extra"},
		{"-nosuchflag"},
		{"-addr", "127.0.0.1:99999"},
		{"-url", "ftp://x/c.ics"},
	} {
		var out bytes.Buffer
		err := run(context.Background(), args, &out, log.New(io.Discard, "", 0), nil)
		if err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}

// TestSignals builds the command and stops it with SIGTERM and SIGINT:
// it must log that it stopped and exit 0.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not in PATH")
	}
	bin := filepath.Join(t.TempDir(), "feed")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, sig := range []os.Signal{syscall.SIGTERM, os.Interrupt} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "-addr", "127.0.0.1:0")
			stdout, _ := cmd.StdoutPipe()
			var stderr syncBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait for the links, then ask for the feed once.
			sc := bufio.NewScanner(stdout)
			var feedURL string
			for sc.Scan() {
				if u, ok := strings.CutPrefix(sc.Text(), "feed:"); ok {
					feedURL = strings.TrimSpace(u)
					break
				}
			}
			go io.Copy(io.Discard, stdout)
			if resp, err := http.Get(feedURL); err != nil || resp.StatusCode != 200 {
				t.Errorf("GET %s: %v %v", feedURL, resp, err)
			} else {
				resp.Body.Close()
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("exit after %v: %v\n%s", sig, err, stderr.String())
				}
			case <-time.After(15 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 15 s after %v", sig)
			}
			if !strings.Contains(stderr.String(), "stopped") {
				t.Errorf("log after %v does not say stopped:\n%s", sig, stderr.String())
			}
		})
	}
}
