// Command desk serves a newsroom's desk: every timeline (*.json) in a
// folder, each story with its page, JSON, Markdown and calendar feed, an
// index of the stories in Hindi and English, and combined calendar feeds
// across the stories; or it writes all of that as a static export for
// nginx, an object store or a CDN.
//
//	go run ./examples/desk serve  [-dir examples/desk/stories] [-addr 127.0.0.1:8080] [-status-addr 127.0.0.1:8081]
//	go run ./examples/desk export -out DIR [-dir examples/desk/stories]
//	go run ./examples/desk synth  -out DIR -stories 1000 -events 100
//
// The page of every story is the one of examples/web (package
// internal/webpage); TimelineJS comes from `npm ci --prefix
// internal/webpage`. See README.md beside this file for the addresses,
// the editing rules, the export's headers and the nginx config.
package main

import (
	_ "time/tzdata" // zones for Asia/Kolkata and Europe/Moscow on machines without zoneinfo

	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/timeline"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := log.New(os.Stderr, "desk: ", log.LstdFlags)
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, logger, nil); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "desk:", err)
			os.Exit(2)
		}
		logger.Print(err)
		os.Exit(1)
	}
}

// usageError is a mistake in the command line; the command exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `usage:
  desk serve  [-dir DIR] [-addr ADDR] [-status-addr ADDR] [flags]   serve the desk, reloading edits
  desk export -out DIR [-dir DIR] [flags]                           write a static export
  desk synth  -out DIR [-stories N] [-events N]                     write synthetic stories (load tests)
Run "desk COMMAND -help" for a command's flags.`

// ready, if not nil, is called by serve once it listens (for tests).
type readyFunc func(publicURL, statusURL string, s *server)

func run(ctx context.Context, args []string, stdout, stderr io.Writer, logger *log.Logger, ready readyFunc) error {
	if len(args) == 0 {
		return usageError{"no command\n" + usage}
	}
	switch args[0] {
	case "serve":
		c, err := parseFlags("serve", args[1:], stderr)
		if err != nil {
			return err
		}
		return serve(ctx, c, stdout, logger, ready)
	case "export":
		c, err := parseFlags("export", args[1:], stderr)
		if err != nil {
			return err
		}
		return export(ctx, c, stdout, logger)
	case "synth":
		return synthCommand(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return usageError{fmt.Sprintf("unknown command %q\n%s", args[0], usage)}
}

// config is what the flags of serve and export say.
type config struct {
	dir, addr, statusAddr, out, assets string
	lang                               string
	titleHi, titleEn, descrHi, descrEn string
	frameAncestors                     []string
	drafts                             bool
	poll, grace                        time.Duration
	cacheMB, feedCache, workers        int
	cpuProfile, memProfile             string
	memLimitMB                         int
}

func parseFlags(cmd string, args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("desk "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.dir, "dir", "examples/desk/stories", "folder of the desk's timelines (`DIR`/*.json, one story each)")
	fs.StringVar(&c.lang, "lang", "hi", "language of / and of each story's short addresses: hi or en")
	fs.StringVar(&c.assets, "assets", "", "TimelineJS's dist `DIR` (default: internal/webpage/node_modules/@knight-lab/timelinejs/dist)")
	fs.BoolVar(&c.drafts, "drafts", false, "publish events marked as drafts too (by default every public output leaves them out)")
	fs.StringVar(&c.titleHi, "title-hi", "राजनयिक घटनाओं की समयरेखा", "the desk's name in Hindi")
	fs.StringVar(&c.titleEn, "title-en", "Diplomatic timelines", "the desk's name in English")
	fs.StringVar(&c.descrHi, "description-hi", "भारत की कूटनीति की ख़बरें, घटना-दर-घटना: बैठकें, यात्राएँ, शिखर सम्मेलन।", "the desk's description in Hindi")
	fs.StringVar(&c.descrEn, "description-en", "India's diplomacy, event by event: meetings, visits, summits.", "the desk's description in English")
	frames := fs.String("frame-ancestors", "", "comma-separated origins that may frame the stories' embed pages, e.g. https://news.example")
	switch cmd {
	case "serve":
		fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address of the public site")
		fs.StringVar(&c.statusAddr, "status-addr", "", "address of the editors' status view (off when empty; keep it off the public network)")
		fs.DurationVar(&c.poll, "poll", time.Second, "how often to look for edits in -dir")
		fs.DurationVar(&c.grace, "grace", 10*time.Second, "how long to wait for requests in flight at shutdown")
		fs.IntVar(&c.cacheMB, "cache-mb", 128, "memory for the stories' renderings, in `MB` (least recently used first out)")
		fs.IntVar(&c.feedCache, "feed-cache", 16, "filtered renderings of the combined feed kept (see ical.FeedOptions.CacheSize)")
		fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the server, from start to shutdown, to `FILE` (for go tool pprof)")
		fs.StringVar(&c.memProfile, "memprofile", "", "write an allocation profile at shutdown to `FILE`")
	case "export":
		fs.StringVar(&c.out, "out", "", "folder to write the export to (created if missing; required)")
		fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "stories rendered at once")
		fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the export to `FILE` (for go tool pprof)")
		fs.StringVar(&c.memProfile, "memprofile", "", "write an allocation profile at the end of the export to `FILE`")
		fs.IntVar(&c.memLimitMB, "memory-limit", 900, "soft memory limit of the export in `MiB` (runtime/debug.SetMemoryLimit; 0: none, as GOMEMLIMIT says)")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c, err
		}
		return c, usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return c, usageError{fmt.Sprintf("unexpected arguments %q; see desk %s -help", fs.Args(), cmd)}
	}
	if c.lang != "hi" && c.lang != "en" {
		return c, usageError{fmt.Sprintf("-lang %q: want hi or en", c.lang)}
	}
	if c.dir == "" {
		return c, usageError{"-dir: want the folder of the desk's timelines"}
	}
	for _, o := range strings.Split(*frames, ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.frameAncestors = append(c.frameAncestors, o)
		}
	}
	if _, err := webpage.FrameAncestors(c.frameAncestors); err != nil {
		return c, usageError{"-frame-ancestors: " + err.Error()}
	}
	switch cmd {
	case "serve":
		if c.poll <= 0 {
			return c, usageError{fmt.Sprintf("-poll %v: want a positive interval", c.poll)}
		}
		if c.cacheMB <= 0 || c.feedCache <= 0 {
			return c, usageError{"-cache-mb and -feed-cache: want positive numbers"}
		}
	case "export":
		if c.out == "" {
			return c, usageError{"-out: want the folder to write the export to"}
		}
		if c.workers <= 0 {
			return c, usageError{fmt.Sprintf("-workers %d: want at least 1", c.workers)}
		}
		if c.memLimitMB < 0 {
			return c, usageError{fmt.Sprintf("-memory-limit %d: want a size in MiB, or 0", c.memLimitMB)}
		}
	}
	if c.assets == "" {
		dir, err := webpage.FindAssets()
		if err != nil {
			return c, err
		}
		c.assets = dir
	}
	return c, nil
}

func (c config) site(logger *log.Logger) siteConfig {
	return siteConfig{
		lang:           timeline.Lang(c.lang),
		title:          timeline.Text{Hi: c.titleHi, En: c.titleEn},
		descr:          timeline.Text{Hi: c.descrHi, En: c.descrEn},
		assets:         c.assets,
		frameAncestors: c.frameAncestors,
		cacheBytes:     c.cacheMB << 20,
		feedCache:      c.feedCache,
		logger:         logger,
	}
}

// firstState reads the folder for the first time. A folder that cannot be
// read, or holds no *.json file at all, is an error; so is one whose every
// story is broken, since there would be nothing to serve.
func firstState(c config) (*state, error) {
	st, err := scan(c.dir, nil, loadOptions{drafts: c.drafts})
	if err != nil {
		return nil, fmt.Errorf("-dir %s: %w", c.dir, err)
	}
	if len(st.stories) == 0 {
		if len(st.problems) > 0 {
			return nil, fmt.Errorf("-dir %s: no story can be served: %s", c.dir, describe(st.problems))
		}
		return nil, fmt.Errorf("-dir %s: %w in the folder", c.dir, errNoStories)
	}
	return st, nil
}

// server is a running desk (for tests).
type server struct {
	site    *site
	watcher *watcher
}

func serve(ctx context.Context, c config, stdout io.Writer, logger *log.Logger, ready readyFunc) error {
	stopProfiles, err := startProfiles(c)
	if err != nil {
		return err
	}
	defer stopProfiles()
	st, err := firstState(c)
	if err != nil {
		return err
	}
	for _, p := range st.problems {
		logger.Printf("rejected %s: %s; readers get %s", p.File, p.Err, p.Serving)
	}
	s, err := newSite(c.site(logger), st)
	if err != nil {
		return err
	}
	// The whole combined feed ready for the first subscriber; rendering
	// it leaves a heap of garbage (see export's -memory-limit): give it
	// back before serving.
	s.warmFeed()
	debug.FreeOSMemory()
	w := &watcher{dir: c.dir, opts: loadOptions{drafts: c.drafts}, site: s, logger: logger, cur: st, scanned: time.Now()}
	w.reported = problemSet(st.problems)

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	publicURL := "http://" + ln.Addr().String() + "/"
	srvs := []*http.Server{{Handler: s, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, ErrorLog: logger}}
	lns := []net.Listener{ln}
	statusURL := ""
	if c.statusAddr != "" {
		sln, err := net.Listen("tcp", c.statusAddr)
		if err != nil {
			ln.Close()
			return fmt.Errorf("-status-addr: %w", err)
		}
		statusURL = "http://" + sln.Addr().String() + "/"
		srvs = append(srvs, &http.Server{Handler: statusHandler(w.report, strings.TrimSuffix(publicURL, "/")), ReadHeaderTimeout: 10 * time.Second, ErrorLog: logger})
		lns = append(lns, sln)
	}
	fmt.Fprintf(stdout, "serving %d stories from %s on %s\n", len(st.stories), c.dir, publicURL)
	if statusURL != "" {
		fmt.Fprintf(stdout, "editors' status view on %s\n", statusURL)
	}
	serveErr := make(chan error, len(srvs))
	for i := range srvs {
		go func() { serveErr <- srvs[i].Serve(lns[i]) }()
	}
	if ready != nil {
		ready(publicURL, statusURL, &server{site: s, watcher: w})
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		w.run(watchCtx, c.poll)
	}()
	select {
	case err := <-serveErr:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down; waiting up to %v for requests in flight", c.grace)
	stopWatch()
	<-watchDone
	sctx, cancel := context.WithTimeout(context.Background(), c.grace)
	defer cancel()
	for _, srv := range srvs {
		if err := srv.Shutdown(sctx); err != nil {
			return fmt.Errorf("shutdown: %w", err)
		}
	}
	logger.Print("stopped")
	return nil
}

// startProfiles starts the CPU profile of -cpuprofile; the function it
// returns stops it and writes the allocation profile of -memprofile.
func startProfiles(c config) (stop func(), err error) {
	var cpu *os.File
	if c.cpuProfile != "" {
		if cpu, err = os.Create(c.cpuProfile); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, err
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if c.memProfile != "" {
			if f, err := os.Create(c.memProfile); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}, nil
}
