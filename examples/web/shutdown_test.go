package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// TestRunStopsWhenContextEnds starts run, fetches the page, cancels the
// context (as SIGINT or SIGTERM do through signal.NotifyContext) and checks
// that run returns nil and the server no longer answers.
func TestRunStopsWhenContextEnds(t *testing.T) {
	assets := assetsDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, "127.0.0.1:0", timeline.Hindi, assets, false, nil, func(u string) { ready <- u })
	}()
	var page string
	select {
	case page = <-ready:
	case err := <-done:
		t.Fatalf("run returned before serving: %v", err)
	}
	if resp, _ := get(t, page, nil); resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d", page, resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run after cancel: %v, want nil", err)
		}
	case <-time.After(shutdownGrace + 5*time.Second):
		t.Fatal("run did not return after its context ended")
	}
	if resp, err := http.Get(page); err == nil {
		resp.Body.Close()
		t.Errorf("the server still answers after shutdown")
	}
}

// TestSignals builds the command and stops it with SIGTERM and SIGINT: it
// must log that it stopped and exit 0.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	assets, err := filepath.Abs(assetsDir(t))
	if err != nil {
		t.Fatal(err)
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not in PATH")
	}
	bin := filepath.Join(t.TempDir(), "web")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, sig := range []os.Signal{syscall.SIGTERM, os.Interrupt} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-assets", assets)
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// The log goes to stderr: wait for the address, then keep
			// reading the rest.
			sc := bufio.NewScanner(stderr)
			var page string
			for sc.Scan() {
				if _, u, ok := strings.Cut(sc.Text(), "serving the timeline on "); ok {
					page = strings.TrimSpace(u)
					break
				}
			}
			rest := make(chan string, 1)
			go func() {
				b, _ := io.ReadAll(stderr)
				rest <- string(b)
			}()
			if resp, err := http.Get(page); err != nil || resp.StatusCode != 200 {
				t.Errorf("GET %q: %v %v", page, resp, err)
			} else {
				resp.Body.Close()
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			var log string
			select {
			case log = <-rest:
			case <-time.After(shutdownGrace + 5*time.Second):
				cmd.Process.Kill()
				<-rest
				t.Fatalf("still running %v after %v", shutdownGrace+5*time.Second, sig)
			}
			if err := cmd.Wait(); err != nil {
				t.Errorf("exit after %v: %v\n%s", sig, err, log)
			}
			if !strings.Contains(log, "stopped") {
				t.Errorf("after %v the log does not say stopped:\n%s", sig, log)
			}
		})
	}
}
