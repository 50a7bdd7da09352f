// Command feed serves a newsroom's diplomatic timeline as a subscribable
// iCalendar feed, whole or filtered (…/calendar.ics?country=RU&kind=summit),
// with [ical.Feed].
//
//	go run ./examples/feed                          # the seed article's timeline on 127.0.0.1:8080
//	go run ./examples/feed -watch timeline.json     # serve the file, reload it when it changes
//	go run ./examples/feed -events 1000 -addr 127.0.0.1:18080   # a synthetic timeline, for loadtest/run.sh
//
// The newsroom example writes the seed timeline as JSON, ready to edit and
// watch:
//
//	go run ./examples/newsroom && go run ./examples/feed -watch newsroom-out/timeline.json
//
// It prints the subscription links (-url sets the public address they
// use, e.g. behind a TLS proxy). With -watch it checks the file every
// -poll interval; a new version that fails to decode, validate or encode
// is rejected with a log line naming the problems, and the last good
// version goes on being served. A file missing at start is waited for. SIGINT or SIGTERM stops it gracefully: it stops
// accepting connections and lets requests in flight finish.
package main

import (
	_ "time/tzdata" // zones for Asia/Kolkata and Europe/Moscow on machines without zoneinfo

	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := log.New(os.Stderr, "feed: ", log.LstdFlags)
	if err := run(ctx, os.Args[1:], os.Stdout, logger, nil); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		logger.Print(err)
		os.Exit(1)
	}
}

// config is what the flags say.
type config struct {
	addr, watch, url, lang string
	poll, maxAge, grace    time.Duration
	events                 int
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("feed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&c.watch, "watch", "", "timeline `FILE.json` to serve and reload when it changes")
	fs.DurationVar(&c.poll, "poll", time.Second, "how often to check the -watch file")
	fs.StringVar(&c.url, "url", "", "public address of the feed, for the links (default http://ADDR/calendar.ics)")
	fs.StringVar(&c.lang, "lang", "hi", "default language of the feed: hi or en")
	fs.DurationVar(&c.maxAge, "max-age", 5*time.Minute, "Cache-Control max-age of responses")
	fs.DurationVar(&c.grace, "grace", 10*time.Second, "how long to wait for requests in flight at shutdown")
	fs.IntVar(&c.events, "events", 0, "serve a synthetic timeline of `N` events instead of the seed article's (load tests)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q; see -help", fs.Args())
	}
	if c.lang != "hi" && c.lang != "en" {
		return c, fmt.Errorf("-lang %q: want hi or en", c.lang)
	}
	if c.poll <= 0 {
		return c, fmt.Errorf("-poll %v: want a positive interval", c.poll)
	}
	if c.events < 0 {
		return c, fmt.Errorf("-events %d: want a positive count", c.events)
	}
	return c, nil
}

// run serves until ctx ends, then shuts down gracefully. ready, if not
// nil, is called with the feed's URL once the server listens (for tests).
func run(ctx context.Context, args []string, stdout io.Writer, logger *log.Logger, ready func(feedURL string)) error {
	c, err := parseFlags(args, stdout)
	if err != nil {
		return err
	}

	tl, modified, what := seed.Timeline(), time.Time{}, "the seed article's timeline"
	if c.events > 0 {
		tl, what = synthetic(c.events), fmt.Sprintf("a synthetic timeline of %d events", c.events)
	}
	w := &watcher{path: c.watch, logger: logger}
	if c.watch != "" {
		switch t, mod, err := w.load(); {
		case err == nil:
			tl, modified, what = t, mod, c.watch
		case errors.Is(err, fs.ErrNotExist):
			logger.Printf("%s does not exist yet; serving %s until it does", c.watch, what)
		default:
			logger.Printf("rejected %s: %v; serving %s instead", c.watch, err, what)
		}
	}

	feed, err := ical.NewFeed(tl, modified, &ical.FeedOptions{
		Calendar: ical.Options{Lang: timeline.Lang(c.lang), URL: c.url},
		FileName: "diplomatic-calendar",
		MaxAge:   c.maxAge,
		ErrorLog: logger,
	})
	if err != nil {
		return err
	}
	w.feed = feed

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	feedURL := c.url
	if feedURL == "" {
		feedURL = "http://" + ln.Addr().String() + "/calendar.ics"
	}
	links, err := ical.SubscriptionLinks(feedURL)
	if err != nil {
		ln.Close()
		return fmt.Errorf("-url: %w", err)
	}
	n, mod := feed.Version()
	fmt.Fprintf(stdout, "serving %s (version %d, %d events, modified %s)\n", what, n, len(tl.Events), mod.Format(time.RFC3339))
	fmt.Fprintf(stdout, "feed:       %s\n", feedURL)
	fmt.Fprintf(stdout, "subscribe:  %s\n", links.Webcal)
	fmt.Fprintf(stdout, "            %s\n", links.HTTPS)
	fmt.Fprintf(stdout, "filtered:   %s?country=RU&kind=summit&from=2025-11-01\n", feedURL)

	mux := http.NewServeMux()
	mux.Handle("GET /calendar.ics", feed)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Subscribe to the calendar:\n  %s\n  %s\n\nFilter with country, participant, kind, status, from, to and lang,\ne.g. %s?country=RU&kind=summit\n", links.Webcal, links.HTTPS, feedURL)
	})
	srv := &http.Server{
		Handler:           wrapHandler(mux),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          logger,
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	if ready != nil {
		ready(feedURL)
	}

	watchDone := make(chan struct{})
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go func() {
		defer close(watchDone)
		if c.watch != "" {
			w.run(watchCtx, c.poll)
		}
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
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	logger.Print("stopped")
	return nil
}

// wrapHandler wraps the server's handler; tests replace it to hold a
// request in flight.
var wrapHandler = func(h http.Handler) http.Handler { return h }

// watcher reloads a timeline file into a feed when it changes.
type watcher struct {
	path   string
	logger *log.Logger
	feed   *ical.Feed

	// What was last read: a file is read again only when one of these changes.
	modTime time.Time
	size    int64
	data    []byte
}

// load reads and decodes the file, remembering what it read. It returns
// the timeline and the file's modification time.
func (w *watcher) load() (*timeline.Timeline, time.Time, error) {
	fi, err := os.Stat(w.path)
	if err != nil {
		return nil, time.Time{}, err
	}
	data, err := os.ReadFile(w.path)
	if err != nil {
		return nil, time.Time{}, err
	}
	w.modTime, w.size, w.data = fi.ModTime(), fi.Size(), data
	t, err := timeline.Unmarshal(data)
	if err != nil {
		return nil, time.Time{}, err
	}
	return t, fi.ModTime(), nil
}

// run checks the file every poll until ctx ends.
func (w *watcher) run(ctx context.Context, poll time.Duration) {
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			w.check()
		}
	}
}

// check reloads the file if its modification time or size changed since it
// was last read, and its bytes too.
func (w *watcher) check() {
	fi, err := os.Stat(w.path)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) || !w.modTime.IsZero() {
			// A file that was there and went away is worth a line;
			// the last good version goes on being served.
			if w.size != -1 {
				w.logger.Printf("cannot read %s: %v; still serving version %d", w.path, err, w.version())
			}
			w.size = -1
		}
		return
	}
	if fi.ModTime().Equal(w.modTime) && fi.Size() == w.size {
		return
	}
	old := w.data
	t, mod, err := w.load()
	if err != nil {
		w.logger.Printf("rejected %s: %v; still serving version %d", w.path, err, w.version())
		return
	}
	if bytes.Equal(old, w.data) {
		return // touched, not changed
	}
	changed, err := w.feed.Replace(t, mod)
	switch {
	case err != nil:
		w.logger.Printf("rejected %s: %v; still serving version %d", w.path, err, w.version())
	case !changed:
		w.logger.Printf("%s changed on disk but not in content; still serving version %d", w.path, w.version())
	default:
		n, m := w.feed.Version()
		w.logger.Printf("loaded %s: version %d, %d events, modified %s", w.path, n, len(t.Events), m.Format(time.RFC3339))
	}
}

func (w *watcher) version() uint64 {
	n, _ := w.feed.Version()
	return n
}
