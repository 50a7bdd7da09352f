// Command web serves a newsroom's timeline as a page a reader can open: the
// timeline in Knight Lab TimelineJS, with schema.org JSON-LD embedded for
// search engines, a link to subscribe to the calendar feed, and downloads of
// the timeline as JSON, Markdown, iCalendar, TimelineJS JSON and JSON-LD.
//
// TimelineJS's script, styles and locale files come from its npm package,
// installed beside the page's package (internal/webpage, which
// examples/desk shares), so the page works offline:
//
//	npm ci --prefix internal/webpage
//	go run ./examples/web -addr 127.0.0.1:8080
//
// Flags:
//
//	-addr     address to listen on (default 127.0.0.1:8080)
//	-lang     language of the page: hi (default) or en
//	-assets   TimelineJS's dist directory (default: the npm package under
//	          internal/webpage/node_modules, found from the working directory)
//	-hostile  add an event whose title is an HTML injection, to check that
//	          the page shows it as text (for tests and demonstrations)
//	-frame-ancestors  origins, separated by commas, that may show the embed
//	          pages (/hi/embed, /en/embed) in a frame: the CSP
//	          frame-ancestors of those pages, after 'self'
//
// The page is served in both languages, at /hi/ and /en/ ("/" is -lang's),
// and links to the other; #event-ID opens an event's slide.
//
// The timeline is the seed article's (internal/seed). On SIGINT or SIGTERM
// the server stops accepting connections and waits up to 10 seconds for
// the requests in flight before it exits.
package main

import (
	_ "time/tzdata" // zones for Asia/Kolkata and Europe/Moscow on machines without zoneinfo

	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/timeline"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	lang := flag.String("lang", "hi", "language of the page: hi or en")
	assets := flag.String("assets", "", "TimelineJS dist directory (default: internal/webpage/node_modules/@knight-lab/timelinejs/dist)")
	hostile := flag.Bool("hostile", false, "add an event with an HTML-injection title, to show it is escaped")
	frames := flag.String("frame-ancestors", "", "comma-separated origins that may frame the embed pages, e.g. https://news.example")
	flag.Parse()
	var ancestors []string
	for _, o := range strings.Split(*frames, ",") {
		if o = strings.TrimSpace(o); o != "" {
			ancestors = append(ancestors, o)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *addr, timeline.Lang(*lang), *assets, *hostile, ancestors, nil); err != nil {
		fmt.Fprintln(os.Stderr, "web:", err)
		os.Exit(1)
	}
}

// shutdownGrace is how long run waits for requests in flight once ctx ends.
const shutdownGrace = 10 * time.Second

// run serves until ctx ends, then shuts down gracefully: it stops
// accepting connections and waits up to shutdownGrace for the requests in
// flight. ready, if not nil, is called with the page's URL once the server
// listens.
func run(ctx context.Context, addr string, lang timeline.Lang, assets string, hostile bool, frameAncestors []string, ready func(pageURL string)) error {
	if assets == "" {
		var err error
		if assets, err = webpage.FindAssets(); err != nil {
			return err
		}
	}
	t := seed.Timeline()
	if hostile {
		webpage.AddHostile(t)
	}
	h, err := webpage.NewHandler(webpage.Config{Timeline: t, Lang: lang, Assets: assets, CSP: true, FrameAncestors: frameAncestors})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	pageURL := "http://" + ln.Addr().String() + "/"
	log.Printf("serving the timeline on %s", pageURL)
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	if ready != nil {
		ready(pageURL)
	}
	select {
	case err := <-serveErr:
		return err
	case <-ctx.Done():
	}
	log.Printf("shutting down; waiting up to %v for requests in flight", shutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	log.Print("stopped")
	return nil
}
