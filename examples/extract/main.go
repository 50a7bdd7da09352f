// Command extract drafts timeline events from a Hindi news article and
// prints them as a table, the editorial findings of timeline.Lint, and
// timeline JSON that an editor can finish.
//
// Usage:
//
//	go run ./examples/extract [-in FILE|- -dateline 2025-11-18T20:00+05:30] [-zone Asia/Kolkata] [-from NAME] [-outlet NAME]
//
// Without -in it reads a short sample article (sample.txt, written for this
// example) with its own dateline; with -in - it reads standard input. The
// dateline is when the article was written: relative dates and missing
// years are read against it, in the IANA zone given by -zone, whose offset
// must match the dateline's. With -in it is required, since a wrong
// dateline would date the drafts silently wrong.
package main

import (
	_ "time/tzdata" // zones for Asia/Kolkata and Europe/Moscow on machines without zoneinfo

	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/draft"
	"github.com/samayrekha/samayrekha/timeline/lint"
)

//go:embed sample.txt
var sample string

// sampleDateline is when the sample article was written.
const sampleDateline = "2026-02-10T19:00+05:30"

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		if errors.Is(err, flag.ErrHelp) || errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(os.Stderr) // -h lists the flags
	in := fs.String("in", "", "the article: a file, or - for standard input (default: the built-in sample)")
	datelineFlag := fs.String("dateline", "", "when the article was written, as 2006-01-02T15:04+05:30 (required with -in; the sample's own by default)")
	zone := fs.String("zone", "Asia/Kolkata", "the IANA time zone of the dateline")
	from := fs.String("from", "", "the name or URL recorded as where the drafts come from (default: the file name)")
	outlet := fs.String("outlet", "", "the publication, for the drafts' source")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (use -in FILE)", errUsage, fs.Arg(0))
	}
	// Relative dates and years are resolved against the dateline, so an
	// article of the user's own without one would be dated silently wrong.
	if *in != "" && *datelineFlag == "" {
		return fmt.Errorf("%w: -in needs -dateline, the moment the article was written (e.g. -dateline 2025-11-18T20:00+05:30)", errUsage)
	}
	if *datelineFlag == "" {
		*datelineFlag = sampleDateline
	}
	dateline, err := parseDateline(*datelineFlag, *zone)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}

	text, name := sample, "sample.txt"
	switch *in {
	case "":
	case "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		text, name = string(b), "stdin"
	default:
		b, err := os.ReadFile(*in)
		if err != nil {
			return err
		}
		text, name = string(b), *in
	}
	if *from != "" {
		name = *from
	}

	tl, err := draft.Timeline(text, dateline, &draft.Options{From: name, Outlet: *outlet})
	if err != nil {
		return err
	}
	if len(tl.Events) == 0 {
		fmt.Fprintf(stdout, "no dated sentences in %s\n", name)
		return nil
	}
	if err := writeTable(stdout, text, tl); err != nil {
		return err
	}
	var findings []lint.Finding
	for _, f := range lint.Check(tl, &lint.Options{AsOf: date.FromTime(dateline)}) {
		if f.Code != lint.Draft { // every event here is a draft
			findings = append(findings, f)
		}
	}
	if len(findings) > 0 {
		fmt.Fprintln(stdout, "\nLint:")
		for _, f := range findings {
			fmt.Fprintf(stdout, "  %s\n", f)
		}
	}
	b, err := timeline.Marshal(tl)
	if err != nil {
		return fmt.Errorf("drafts do not make a valid timeline: %w", err)
	}
	fmt.Fprintln(stdout)
	_, err = stdout.Write(b)
	return err
}

// parseDateline reads "2025-11-18T20:00+05:30" (seconds optional) and puts
// it in the IANA zone, whose offset at that time must agree.
func parseDateline(s, zone string) (time.Time, error) {
	var t time.Time
	var err error
	for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00"} {
		if t, err = time.Parse(layout, s); err == nil {
			break
		}
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("-dateline %q: want a time such as 2025-11-18T20:00+05:30", s)
	}
	loc, err := date.LoadZone(zone)
	if err != nil {
		return time.Time{}, fmt.Errorf("-zone: %v", err)
	}
	in := t.In(loc)
	if _, off := t.Zone(); func() bool { _, o := in.Zone(); return o != off }() {
		return time.Time{}, fmt.Errorf("-dateline %q: offset is not that of %s at that time (%s)", s, zone, in.Format("-07:00"))
	}
	return in, nil
}

func writeTable(w io.Writer, text string, tl *timeline.Timeline) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tWHEN\tSTATUS\tSPAN\tSENTENCE")
	for _, e := range tl.Events {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d-%d\t%s\n", e.ID, e.Kind, e.When, orDash(string(e.Status())),
			e.Draft.Start, e.Draft.End, shorten(text[e.Draft.Start:e.Draft.End], 48))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// shorten cuts s to n characters, on a character boundary.
func shorten(s string, n int) string {
	s = strings.ToValidUTF8(strings.Join(strings.Fields(s), " "), "\uFFFD")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
