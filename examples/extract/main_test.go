package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/samayrekha/samayrekha/timeline"
)

// jsonPart returns the JSON that run prints after the table.
func jsonPart(t *testing.T, out string) *timeline.Timeline {
	t.Helper()
	i := strings.Index(out, "\n{\n")
	if i < 0 {
		t.Fatalf("no JSON in output:\n%s", out)
	}
	tl, err := timeline.Unmarshal([]byte(out[i+1:]))
	if err != nil {
		t.Fatalf("output JSON does not decode: %v", err)
	}
	return tl
}

// notPiped stands for a terminal on standard input.
const notPiped = "\x00terminal"

// terminal returns a character device, as an interactive standard input
// is, or skips the test where there is none.
func terminal(t *testing.T) io.Reader {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { f.Close() })
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no character device to stand for a terminal")
	}
	return f
}

// utf16le encodes s as Notepad's "Unicode": UTF-16LE with a byte order mark.
func utf16le(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune(s)) {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("मोदी 8 दिसंबर को जापान जाएंगे।"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantEvents int
		wantIn     string // a substring of the output
		wantErr    string // a substring of the error, or ""
		usage      bool
		reason     string
	}{
		{name: "built-in sample, only when asked", args: []string{"-sample"}, wantEvents: 5, wantIn: "bilateral_meeting  2026-02-13T17[Asia/Kolkata]"},
		{name: "no article", args: []string{"-dateline", "2025-12-01"}, stdin: notPiped, wantErr: "no article", usage: true},
		{name: "file", args: []string{"-in", article, "-dateline", "2025-12-01T09:00+05:30"}, wantEvents: 1, wantIn: "2025-12-08[Asia/Kolkata]"},
		{name: "piped stdin", args: []string{"-dateline", "2025-12-01T09:00+05:30", "-from", "https://example.com/a"}, stdin: "पुतिन 5 दिसंबर के आसपास भारत आ सकते हैं।", wantEvents: 1, wantIn: "proposed"},
		{name: "stdin with -in -", args: []string{"-in", "-", "-dateline", "2025-12-01"}, stdin: "मोदी 8 दिसंबर को जापान जाएंगे।", wantEvents: 1, wantIn: "2025-12-08"},
		{name: "a day alone", reason: "issue 12: -dateline accepts a date alone", args: []string{"-dateline", "2025-12-01"}, stdin: "मोदी 8 दिसंबर को जापान जाएंगे।", wantEvents: 1, wantIn: "2025-12-08[Asia/Kolkata]"},
		{name: "any UTC offset", reason: "issue 12: an instant in any offset is read in -zone", args: []string{"-dateline", "2025-11-30T22:00Z"}, stdin: "मोदी कल जापान जाएंगे।", wantEvents: 1, wantIn: "2025-12-02[Asia/Kolkata]"},
		{name: "dateline from the text", reason: "a full date with its year in the article's own dateline", stdin: "नई दिल्ली, 23 दिसंबर 2024 (भाषा)। विदेश मंत्री एस. जयशंकर मंगलवार से अमेरिका के छह दिवसीय दौरे पर जाएंगे।", wantEvents: 1, wantIn: "from the article's own dateline"},
		{name: "dateline without a year", reason: "never a guessed year", stdin: "नई दिल्ली, 23 दिसंबर (भाषा)। विदेश मंत्री मंगलवार से अमेरिका जाएंगे।", wantErr: "prints no year", usage: true},
		{name: "no dateline at all", stdin: "विदेश मंत्री मंगलवार से अमेरिका जाएंगे।", wantErr: "give -dateline", usage: true},
		{name: "no events", args: []string{"-dateline", "2025-12-01T09:00+05:30"}, stdin: "कोई तारीख नहीं।", wantIn: "no events found"},
		{name: "UTF-16 from Notepad", args: []string{"-dateline", "2025-12-01"}, stdin: utf16le("मोदी 8 दिसंबर को जापान जाएंगे।"), wantErr: "UTF-16"},
		{name: "UTF-16 without a BOM", args: []string{"-dateline", "2025-12-01"}, stdin: utf16le("Modi in Japan")[2:], wantErr: "UTF-16"},
		{name: "binary", args: []string{"-dateline", "2025-12-01"}, stdin: "\x7fELF\x02\x01\x01\x00\x00\x00", wantErr: "binary"},
		{name: "Latin-1", args: []string{"-dateline", "2025-12-01"}, stdin: "caf\xe9 5 d\xe9cembre", wantErr: "not UTF-8"},
		{name: "no Devanagari", args: []string{"-dateline", "2025-12-01"}, stdin: "Modi will visit Japan on 8 December.", wantErr: "no Devanagari"},
		{name: "empty", args: []string{"-dateline", "2025-12-01"}, stdin: "", wantErr: "empty"},
		{name: "bad dateline", args: []string{"-sample", "-dateline", "18 नवंबर"}, wantErr: "-dateline", usage: true},
		{name: "unknown zone", args: []string{"-sample", "-zone", "Mars/Olympus"}, wantErr: "Mars/Olympus", usage: true},
		{name: "missing file", args: []string{"-in", filepath.Join(dir, "none.txt"), "-dateline", "2025-12-01T09:00+05:30"}, wantErr: "none.txt"},
		{name: "stray argument", args: []string{"a.txt"}, wantErr: "unexpected argument", usage: true},
		{name: "sample and a file", args: []string{"-sample", "-in", article}, wantErr: "both", usage: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			var stdin io.Reader = strings.NewReader(tt.stdin)
			if tt.stdin == notPiped {
				stdin = terminal(t)
			}
			err := run(tt.args, stdin, &out)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("run(%q) error = %v, want one containing %q", tt.args, err, tt.wantErr)
				}
				if errors.Is(err, errUsage) != tt.usage {
					t.Errorf("run(%q) error %v: usage error %v, want %v", tt.args, err, !tt.usage, tt.usage)
				}
				return
			}
			if err != nil {
				t.Fatalf("run(%q) error = %v", tt.args, err)
			}
			if !strings.Contains(out.String(), tt.wantIn) {
				t.Errorf("run(%q) output lacks %q:\n%s", tt.args, tt.wantIn, out.String())
			}
			if tt.wantEvents == 0 {
				return
			}
			tl := jsonPart(t, out.String())
			if len(tl.Events) != tt.wantEvents {
				t.Errorf("run(%q) printed %d events, want %d", tt.args, len(tl.Events), tt.wantEvents)
			}
			for _, e := range tl.Events {
				if e.Draft == nil {
					t.Errorf("event %s is not marked as a draft", e.ID)
				}
			}
		})
	}
}

// TestHelp: -h says what the command does, on standard output, and is no
// error for main (exit status 0).
func TestHelp(t *testing.T) {
	var out bytes.Buffer
	err := run([]string{"-h"}, strings.NewReader(""), &out)
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("run(-h) error = %v, want flag.ErrHelp", err)
	}
	for _, want := range []string{"drafts timeline events from a Hindi news article", "-dateline", "-sample", "extract [flags] < article.txt"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("-h output lacks %q:\n%s", want, out.String())
		}
	}
}
