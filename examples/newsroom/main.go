// Command newsroom builds the timeline of the project's seed article
// (Jaishankar meets Putin in Moscow on 18 November 2025; the SCO Heads of
// Government meeting; Putin's proposed visit to India around 5 December)
// and writes it as JSON, Hindi and English Markdown and iCalendar:
//
//	go run ./examples/newsroom                  # writes newsroom-out/
//	go run ./examples/newsroom -out DIR         # writes DIR/
//	go run ./examples/newsroom -in my.json      # converts any timeline file
//	go run ./examples/newsroom -in cal.ics      # imports any iCalendar file
//	go run ./examples/newsroom -mermaid=false   # Markdown without the diagram
//
// An .ics file (or any file that starts with BEGIN:VCALENDAR) is read with
// ical.Decode: every VCALENDAR, recurring events expanded into occurrences
// between -from and -to (default: from each event's start to a year after
// the latest date the file names), and the report of what the timeline
// could not keep is printed after the events.
//
// The files are timeline.json, timeline.md (Hindi), timeline.en.md and
// timeline.ics. Both Markdown files open with a Mermaid timeline diagram,
// with each event's status, which GitHub and GitLab draw in place of the
// code block. Each is written to a temporary file and renamed into place
// only when all of them were produced, so bad input never leaves a
// half-written file behind; the error goes to standard error and the exit
// status is 1.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/markdown"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program, apart from the process, so that tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsroom", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "newsroom-out", "`folder` to write the timeline files into")
	in := fs.String("in", "", "timeline JSON or iCalendar `file` to convert instead of the seed article's timeline")
	from := fs.String("from", "", "with an .ics -in: keep occurrences of recurring events from this `date` (YYYY-MM-DD or RFC 3339)")
	to := fs.String("to", "", "with an .ics -in: keep occurrences of recurring events before this `date` (YYYY-MM-DD or RFC 3339)")
	mermaid := fs.Bool("mermaid", true, "open the Markdown files with a Mermaid timeline diagram")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newsroom: unexpected argument %q (flags: -out DIR, -in FILE.json|FILE.ics, -from DATE, -to DATE, -mermaid=false)\n", fs.Arg(0))
		return 2
	}
	var opts ical.DecodeOptions
	for _, f := range []struct {
		name, value string
		dst         *time.Time
	}{{"-from", *from, &opts.From}, {"-to", *to, &opts.To}} {
		if f.value == "" {
			continue
		}
		t, err := parseDate(f.value)
		if err != nil {
			fmt.Fprintf(stderr, "newsroom: %s %q: want a date such as 2025-11-18 or 2025-11-18T19:00:00+03:00\n", f.name, f.value)
			return 2
		}
		*f.dst = t
	}
	t, report, err := load(*in, &opts)
	if err != nil {
		fmt.Fprintf(stderr, "newsroom: %v\n", err)
		return 1
	}
	files, err := render(t, *mermaid)
	if err != nil {
		fmt.Fprintf(stderr, "newsroom: %v\n", err)
		return 1
	}
	if err := writeAll(*out, files); err != nil {
		fmt.Fprintf(stderr, "newsroom: %v\n", err)
		return 1
	}
	summarize(stdout, t, *out, files)
	if report != nil {
		fmt.Fprintf(stdout, "\nreport of %s: %s", *in, report)
	}
	return 0
}

// parseDate reads a -from or -to flag: a day (midnight UTC) or an RFC 3339
// instant.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// load reads the timeline to write: the seed article's, a timeline JSON
// file, or an iCalendar file, which comes with the report of what it lost.
func load(path string, opts *ical.DecodeOptions) (*timeline.Timeline, *ical.Report, error) {
	if path == "" {
		return seed.Timeline(), nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var t *timeline.Timeline
	var report *ical.Report
	if isICal(path, b) {
		if t, report, err = ical.Unmarshal(b, opts); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if t.Title.IsZero() {
			name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			t.Title = timeline.Text{En: name}
		}
	} else {
		if !opts.From.IsZero() || !opts.To.IsZero() {
			return nil, nil, fmt.Errorf("%s: -from and -to apply to iCalendar files only", path)
		}
		if t, err = timeline.Unmarshal(b); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	t.Sort()
	return t, report, nil
}

// isICal reports whether the file is iCalendar: by its name, or by its
// first line.
func isICal(path string, b []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ics", ".ical", ".icalendar", ".ifb":
		return true
	}
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
	return len(b) >= 15 && strings.EqualFold(string(b[:15]), "BEGIN:VCALENDAR")
}

// output is one file the program writes.
type output struct {
	name string
	data []byte
}

// render produces every output in memory first, so that a failure in any
// of them leaves the output folder untouched. mermaid adds the Mermaid
// diagram to the Markdown files.
func render(t *timeline.Timeline, mermaid bool) ([]output, error) {
	js, err := timeline.Marshal(t)
	if err != nil {
		return nil, err
	}
	var hi, en bytes.Buffer
	if err := markdown.Encode(&hi, t, &markdown.Options{Lang: timeline.Hindi, Mermaid: mermaid}); err != nil {
		return nil, fmt.Errorf("writing Hindi Markdown: %w", err)
	}
	if err := markdown.Encode(&en, t, &markdown.Options{Lang: timeline.English, Mermaid: mermaid}); err != nil {
		return nil, fmt.Errorf("writing English Markdown: %w", err)
	}
	ics, err := ical.Marshal(t, nil)
	if err != nil {
		return nil, fmt.Errorf("writing iCalendar: %w", err)
	}
	return []output{
		{"timeline.json", js},
		{"timeline.md", hi.Bytes()},
		{"timeline.en.md", en.Bytes()},
		{"timeline.ics", ics},
	}, nil
}

// writeAll writes every file to a temporary name in dir and renames them
// into place only after all were written, so readers never see a partial
// file and a failure while writing leaves no new file behind. The renames
// themselves go one by one: should one of them fail (a folder in the way),
// the files already renamed are new and whole, the rest old and whole.
func writeAll(dir string, files []output) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var temps []string
	defer func() {
		if err != nil {
			for _, name := range temps {
				os.Remove(name)
			}
		}
	}()
	for _, f := range files {
		tmp, err := os.CreateTemp(dir, "."+f.name+".*.tmp")
		if err != nil {
			return err
		}
		temps = append(temps, tmp.Name())
		_, werr := tmp.Write(f.data)
		serr := tmp.Sync()
		cerr := tmp.Close()
		if err := errors.Join(werr, serr, cerr); err != nil {
			return fmt.Errorf("writing %s: %w", filepath.Join(dir, f.name), err)
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return err
		}
	}
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.name)); err != nil {
			return err
		}
	}
	return nil
}

func summarize(w io.Writer, t *timeline.Timeline, dir string, files []output) {
	fmt.Fprintf(w, "%s\n%d events:\n", t.Title.In(timeline.Hindi), len(t.Events))
	for i := range t.Events {
		e := &t.Events[i]
		fmt.Fprintf(w, "  %-28s %-20s %-9s %s\n", e.When, e.Kind, e.Status(), e.Title.In(timeline.English))
	}
	fmt.Fprintf(w, "wrote")
	for _, f := range files {
		fmt.Fprintf(w, " %s", filepath.Join(dir, f.name))
	}
	fmt.Fprintln(w)
}
