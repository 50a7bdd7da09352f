package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

var allFiles = []string{"timeline.json", "timeline.md", "timeline.en.md", "timeline.ics"}

func TestRunWritesEveryFile(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-out", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("run = %d, want 0; stderr:\n%s", code, stderr.String())
	}
	for _, name := range allFiles {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("missing output: %v", err)
		}
		if info.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	// The JSON written must decode to the seed timeline itself.
	b, err := os.ReadFile(filepath.Join(dir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeline.Unmarshal(b)
	if err != nil {
		t.Fatalf("timeline.json does not decode: %v", err)
	}
	want := seed.Timeline()
	if len(got.Events) != len(want.Events) {
		t.Fatalf("timeline.json has %d events, want %d", len(got.Events), len(want.Events))
	}
	for i := range want.Events {
		if got.Events[i].ID != want.Events[i].ID {
			t.Errorf("event %d: ID %q, want %q", i, got.Events[i].ID, want.Events[i].ID)
		}
	}
	for _, id := range []string{seed.MeetingID, seed.LavrovID, seed.PutinVisitID} {
		title := want.Event(id).Title.En
		if !strings.Contains(stdout.String(), title) {
			t.Errorf("summary does not mention %q:\n%s", title, stdout.String())
		}
	}
	// No temporary files are left behind.
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(allFiles) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("output folder holds %v, want exactly %v", names, allFiles)
	}
}

// TestMermaidByDefault checks that both Markdown files open with a Mermaid
// diagram that shows each event's status (issue 14), and that -mermaid=false
// leaves it out.
func TestMermaidByDefault(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		mermaid bool
	}{
		{nil, true},
		{[]string{"-mermaid=false"}, false},
	} {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"-out", dir}, tc.args...), &stdout, &stderr); code != 0 {
			t.Fatalf("run %v = %d, want 0; stderr:\n%s", tc.args, code, stderr.String())
		}
		for name, status := range map[string]string{"timeline.md": "पुतिन का भारत दौरा (प्रस्तावित)", "timeline.en.md": "Putin#39;s visit to India (proposed)"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			md := string(b)
			if got := strings.Contains(md, "```mermaid\ntimeline\n"); got != tc.mermaid {
				t.Errorf("run %v: %s has a Mermaid block: %v, want %v", tc.args, name, got, tc.mermaid)
			}
			if tc.mermaid && !strings.Contains(md, status) {
				t.Errorf("run %v: %s's diagram lacks the status %q:\n%s", tc.args, name, status, md)
			}
		}
	}
}

func TestRunConvertsInputFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	tl := seed.Timeline().Filter(func(e *timeline.Event) bool { return e.ID == seed.SCOID || e.ID == seed.QatarID })
	b, err := timeline.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-in", in, "-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("run = %d, want 0; stderr:\n%s", code, stderr.String())
	}
	md, err := os.ReadFile(filepath.Join(out, "timeline.en.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "Al Thani") || strings.Contains(string(md), "Lavrov") {
		t.Errorf("timeline.en.md is not the converted input:\n%s", md)
	}
}

func TestRunRejectsBadInputAndWritesNothing(t *testing.T) {
	tests := map[string]struct {
		json     string
		wantErr  []string // every piece must appear on stderr
		wantCode int
	}{
		"unknown zone": {
			json:     `{"version":1,"events":[{"id":"a","kind":"summit","title":{"en":"x"},"when":{"precision":"minute","start":"2025-11-18T19:00","zone":"Mars/Olympus"}}]}`,
			wantErr:  []string{"events[0].when.zone", "line 1", "Mars/Olympus"},
			wantCode: 1,
		},
		"syntax error": {
			json:     "{\"version\":1,\n\"events\":[",
			wantErr:  []string{"line 2", "invalid JSON"},
			wantCode: 1,
		},
		"unknown field": {
			json:     `{"version":1,"events":[],"colour":"red"}`,
			wantErr:  []string{"colour", "unknown field"},
			wantCode: 1,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "bad.json")
			if err := os.WriteFile(in, []byte(tc.json), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			var stdout, stderr bytes.Buffer
			code := run([]string{"-in", in, "-out", out}, &stdout, &stderr)
			if code != tc.wantCode {
				t.Fatalf("run = %d, want %d", code, tc.wantCode)
			}
			for _, piece := range tc.wantErr {
				if !strings.Contains(stderr.String(), piece) {
					t.Errorf("stderr %q does not mention %q", stderr.String(), piece)
				}
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output folder was created for bad input (stat: %v)", err)
			}
		})
	}
}

func TestWriteAllLeavesNoFileOnFailure(t *testing.T) {
	dir := t.TempDir()
	// A folder where a file should go makes the second rename fail.
	if err := os.Mkdir(filepath.Join(dir, "b.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt", "keep"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeAll(dir, []output{{"a.txt", []byte("a")}, {"b.txt", []byte("b")}})
	if err == nil {
		t.Fatal("writeAll succeeded, want an error")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// TestRunImportsICalendar: -in with a calendar another program wrote
// writes the timeline files and prints the report (issue 13).
func TestRunImportsICalendar(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	in := filepath.Join("..", "..", "ical", "testdata", "import", "google.ics")
	if code := run([]string{"-in", in, "-out", out, "-from", "2025-03-05", "-to", "2025-12-31"}, &stdout, &stderr); code != 0 {
		t.Fatalf("run = %d, want 0; stderr:\n%s", code, stderr.String())
	}
	for _, want := range []string{
		"UN briefing (moved)", "Founding day", // events, with the window applied
		"report of " + in + ": 1 calendar, 4 VEVENTs, 2 recurring, 6 events in the timeline; occurrences from 2025-03-05T00:00:00Z until 2025-12-31T00:00:00Z",
		"VALARM: dropped: alarm", "1 occurrences before the window start", // the report
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}
	ics, err := os.ReadFile(filepath.Join(out, "timeline.ics"))
	if err != nil {
		t.Fatal(err)
	}
	// The source's UID and RECURRENCE-ID are written back as they were.
	if !strings.Contains(string(ics), "UID:7kukuqrfedlm2f9t0vo0jd4g5n@google.com\r\nRECURRENCE-ID;TZID=America/New_York:20250324T090000\r\n") {
		t.Errorf("timeline.ics lacks the moved occurrence's UID and RECURRENCE-ID:\n%s", ics)
	}
	for _, name := range allFiles {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
}

func TestRunRejectsBadCalendar(t *testing.T) {
	tests := map[string]struct {
		in       string
		args     []string
		wantErr  string
		wantCode int
	}{
		"not a calendar":   {in: "<html>Not found</html>\n", wantErr: "bad.ics: ical: line 1: no VCALENDAR: not an iCalendar file", wantCode: 1},
		"empty":            {in: "", wantErr: "bad.ics: ical: line 1: no VCALENDAR: the input is empty", wantCode: 1},
		"nested too deep":  {in: "BEGIN:VCALENDAR\n" + strings.Repeat("BEGIN:X\n", 20), wantErr: "ical: line 17: BEGIN: components nested deeper than 16", wantCode: 1},
		"bad -from":        {in: "BEGIN:VCALENDAR\nEND:VCALENDAR\n", args: []string{"-from", "yesterday"}, wantErr: `-from "yesterday": want a date`, wantCode: 2},
		"empty window":     {in: "BEGIN:VCALENDAR\nEND:VCALENDAR\n", args: []string{"-from", "2026-01-01", "-to", "2025-01-01"}, wantErr: "window from 2026-01-01T00:00:00Z to 2025-01-01T00:00:00Z is empty", wantCode: 1},
		"window with JSON": {in: `{"version":1,"events":[]}`, args: []string{"-to", "2025-01-01"}, wantErr: "-from and -to apply to iCalendar files only", wantCode: 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			file := "bad.ics"
			if strings.HasPrefix(tc.in, "{") {
				file = "bad.json"
			}
			in := filepath.Join(dir, file)
			if err := os.WriteFile(in, []byte(tc.in), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"-in", in, "-out", out}, tc.args...), &stdout, &stderr)
			if code != tc.wantCode || !strings.Contains(stderr.String(), tc.wantErr) {
				t.Errorf("run = %d, stderr %q; want %d and %q", code, stderr.String(), tc.wantCode, tc.wantErr)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output folder was created for bad input (stat: %v)", err)
			}
		})
	}
}

// TestReadmeImportExample keeps the README's import example true: every
// line it shows (but the elided ones and the output folder) is one the
// program prints.
func TestReadmeImportExample(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "`-in` also imports")
	if ok {
		_, block, ok = strings.Cut(block, "```text\n")
	}
	if ok {
		block, _, ok = strings.Cut(block, "```")
	}
	if !ok {
		t.Fatal("README.md has no import example")
	}
	var stdout, stderr bytes.Buffer
	in := "ical/testdata/import/google.ics"
	if code := run([]string{"-in", filepath.Join("..", "..", in), "-out", t.TempDir()}, &stdout, &stderr); code != 0 {
		t.Fatalf("run = %d: %s", code, stderr.String())
	}
	got := strings.ReplaceAll(stdout.String(), filepath.Join("..", "..", in), in)
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		if strings.TrimSpace(line) == "…" || strings.HasPrefix(line, "wrote ") {
			continue
		}
		if !strings.Contains(got, line+"\n") {
			t.Errorf("README line %q is not in the output:\n%s", line, got)
		}
	}
}
