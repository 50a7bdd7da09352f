// Command extract drafts timeline events from a Hindi news article and
// prints them as a table, the editorial findings of timeline/lint, and
// timeline JSON that an editor can finish.
//
// Usage:
//
//	extract [-dateline WHEN] [-zone Asia/Kolkata] [-from NAME] [-outlet NAME] [-in FILE | -sample] < article.txt
//
// The article is read from -in FILE, from standard input when it is piped
// (or with -in -), or is the built-in sample (sample.txt, written for this
// example) with -sample. It must be UTF-8 text with Devanagari in it: a
// file saved as UTF-16 (Notepad's "Unicode"), a binary file or a text in
// another script is refused with a message, never drafted into nothing.
//
// The dateline is when the article was written: relative dates and missing
// years are read against it. -dateline takes a day (2025-11-18) or a time
// with any UTC offset (2025-11-18T20:00+05:30, 2025-11-18T14:30Z), read in
// the IANA zone -zone. Without -dateline the article's own dateline is
// used if it prints a full date with its year ("नई दिल्ली, 23 मई 2016
// (भाषा)"), and the output says so; otherwise the command stops and asks
// for -dateline, since a guessed year would date the drafts silently wrong.
package main

import (
	_ "time/tzdata" // zones for Asia/Kolkata and Europe/Moscow on machines without zoneinfo

	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
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
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "extract:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var (
	errUsage = errors.New("usage")
	// errInput is a text the command cannot draft from: not UTF-8, binary,
	// or without Devanagari.
	errInput = errors.New("input")
)

const about = `extract drafts timeline events from a Hindi news article: meetings,
visits, calls, agreement signings, statements, press conferences, summits,
with their dates (own or inferred), status, attribution, participants and
place. It prints a table, an editor's findings (timeline/lint) and the
drafts as timeline JSON, every event marked as a draft for an editor to
check.

Usage:
  extract [flags] < article.txt
  extract -in article.txt [flags]
  extract -sample

Flags:
`

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), about)
		fs.PrintDefaults()
	}
	in := fs.String("in", "", "the article: a UTF-8 file, or - for standard input (default: standard input when piped)")
	useSample := fs.Bool("sample", false, "draft the built-in sample article, with its own dateline")
	datelineFlag := fs.String("dateline", "", "when the article was written: 2025-11-18, or 2025-11-18T20:00 with any UTC offset (+05:30, Z); default: the article's own dateline if it prints a year")
	zone := fs.String("zone", "Asia/Kolkata", "the IANA time zone the dateline is read in")
	from := fs.String("from", "", "the name or URL recorded as where the drafts come from (default: the file name)")
	outlet := fs.String("outlet", "", "the publication, for the drafts' source")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (use -in FILE)", errUsage, fs.Arg(0))
	}
	loc, err := date.LoadZone(*zone)
	if err != nil {
		return fmt.Errorf("%w: -zone: %v", errUsage, err)
	}

	var text, name string
	switch {
	case *useSample && *in != "":
		return fmt.Errorf("%w: -sample and -in both name an article", errUsage)
	case *useSample:
		text, name = sample, "sample.txt"
		if *datelineFlag == "" {
			*datelineFlag = sampleDateline
		}
	case *in == "-" || *in == "" && piped(stdin):
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		text, name = string(b), "stdin"
	case *in != "":
		b, err := os.ReadFile(*in)
		if err != nil {
			return err
		}
		text, name = string(b), *in
	default:
		return fmt.Errorf("%w: no article: pipe one in (extract < article.txt), name it with -in FILE, or use -sample (-h for help)", errUsage)
	}
	if err := checkText(text, name); err != nil {
		return err
	}
	text = strings.TrimPrefix(text, "\uFEFF") // a UTF-8 byte order mark
	if *from != "" {
		name = *from
	}

	var dateline time.Time
	if *datelineFlag != "" {
		if dateline, err = parseDateline(*datelineFlag, loc); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
	} else {
		d, ok := draft.FindDateline(text)
		day, full := d.Date()
		switch {
		case !ok:
			return fmt.Errorf("%w: %s has no dateline with a date; give -dateline, the day the article was written (e.g. -dateline 2025-11-18)", errUsage, name)
		case !full && d.Text != "":
			return fmt.Errorf("%w: the dateline %q prints no year; give -dateline with the year (-dateline YYYY-%02d-%02d)", errUsage, strings.TrimSpace(text[d.Start:d.End]), int(d.Month), d.Day)
		case !full:
			return fmt.Errorf("%w: the dateline %q prints no date; give -dateline, the day the article was written (e.g. -dateline 2025-11-18)", errUsage, strings.TrimSpace(text[d.Start:d.End]))
		}
		dateline = time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, loc)
		fmt.Fprintf(stdout, "dateline: %s, from the article's own dateline %q (give -dateline to override)\n\n", day, strings.TrimSpace(text[d.Start:d.End]))
	}

	tl, err := draft.Timeline(text, dateline, &draft.Options{From: name, Outlet: *outlet})
	if err != nil {
		return err
	}
	if len(tl.Events) == 0 {
		fmt.Fprintf(stdout, "no events found in %s\n", name)
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

// piped reports whether r is standard input redirected from a file or a
// pipe, or any other reader; a terminal is not piped.
func piped(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return true
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice == 0
}

// checkText refuses a text the drafts would be wrong or empty for: UTF-16
// (what Notepad saves as "Unicode"), other binary data, invalid UTF-8, an
// empty text, and a text without a Devanagari letter.
func checkText(text, name string) error {
	b := []byte(text)
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || looksUTF16(b):
		return fmt.Errorf("%w: %s is UTF-16 text (Notepad's \"Unicode\"); save it as UTF-8 and try again", errInput, name)
	case bytes.IndexByte(b, 0) >= 0:
		return fmt.Errorf("%w: %s is binary data, not a text", errInput, name)
	case !utf8.Valid(b):
		i := 0
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return fmt.Errorf("%w: %s is not UTF-8 (invalid byte 0x%02x at offset %d); save it as UTF-8", errInput, name, b[i], i)
	case strings.TrimSpace(text) == "":
		return fmt.Errorf("%w: %s is empty", errInput, name)
	}
	for _, r := range text {
		if unicode.In(r, unicode.Devanagari) && unicode.IsLetter(r) {
			return nil
		}
	}
	return fmt.Errorf("%w: %s has no Devanagari text; extract reads Hindi articles", errInput, name)
}

// looksUTF16 reports UTF-16 without a byte order mark: NUL in every other
// byte of the first few dozen.
func looksUTF16(b []byte) bool {
	n := min(len(b), 64) &^ 1
	if n < 4 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	return even*2 >= n/2 || odd*2 >= n/2
}

// parseDateline reads a day ("2025-11-18", taken at noon) or a time with
// a UTC offset ("2025-11-18T20:00+05:30", seconds optional, "Z" for UTC)
// and puts it in loc: the instant is kept, so any offset is accepted.
func parseDateline(s string, loc *time.Location) (time.Time, error) {
	if d, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return d.Add(12 * time.Hour), nil
	}
	for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.In(loc), nil
		}
	}
	return time.Time{}, fmt.Errorf("-dateline %q: want a day such as 2025-11-18 or a time such as 2025-11-18T20:00+05:30", s)
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
