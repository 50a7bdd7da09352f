package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	}{
		{name: "built-in sample", wantEvents: 5, wantIn: "draft-03-2026-02-13  bilateral_meeting  2026-02-13T17[Asia/Kolkata]"},
		{name: "file", args: []string{"-in", article, "-dateline", "2025-12-01T09:00+05:30"}, wantEvents: 1, wantIn: "2025-12-08[Asia/Kolkata]"},
		{name: "stdin", args: []string{"-in", "-", "-dateline", "2025-12-01T09:00+05:30", "-from", "https://example.com/a"}, stdin: "पुतिन 5 दिसंबर के आसपास भारत आ सकते हैं।", wantEvents: 1, wantIn: "proposed"},
		{name: "no dates", args: []string{"-in", "-", "-dateline", "2025-12-01T09:00+05:30"}, stdin: "कोई तारीख नहीं।", wantIn: "no dated sentences"},
		{name: "own article without a dateline", args: []string{"-in", article}, wantErr: "-in needs -dateline", usage: true},
		{name: "bad dateline", args: []string{"-dateline", "18 नवंबर"}, wantErr: "-dateline", usage: true},
		{name: "offset of another zone", args: []string{"-dateline", "2025-11-18T20:00+03:00"}, wantErr: "offset", usage: true},
		{name: "unknown zone", args: []string{"-zone", "Mars/Olympus"}, wantErr: "Mars/Olympus", usage: true},
		{name: "missing file", args: []string{"-in", filepath.Join(dir, "none.txt"), "-dateline", "2025-12-01T09:00+05:30"}, wantErr: "none.txt"},
		{name: "stray argument", args: []string{"a.txt"}, wantErr: "unexpected argument", usage: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tt.args, strings.NewReader(tt.stdin), &out)
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
