package ical

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

// TestGolden compares Marshal's output with the files in testdata/, which
// are also what a reviewer reads to see the format. Rewrite them with
// go test ./ical -run TestGolden -update.
func TestGolden(t *testing.T) {
	fixed := func() time.Time { return time.Date(2025, time.November, 18, 14, 30, 0, 0, time.UTC) }
	cases := []struct {
		file string
		tl   *timeline.Timeline
		opts *Options
	}{
		{"seed-hi.ics", seed.Timeline(), nil},
		{"seed-en.ics", seed.Timeline(), &Options{Lang: timeline.English, Now: fixed, URL: "https://example.org/timeline.ics", Refresh: 90 * time.Minute}},
		{"hostile-en.ics", hostileTimeline(), &Options{Lang: timeline.English}},
		{"hostile-hi-span.ics", hostileTimeline(), &Options{Coarse: CoarseSpan}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			got, err := Marshal(c.tl, c.opts)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			golden.Check(t, filepath.Join("testdata", c.file), got)
		})
	}
}

// TestDeterministic checks that the same timeline and options give the
// same bytes, and that the output does not depend on the system clock or
// zone.
func TestDeterministic(t *testing.T) {
	a, err := Marshal(hostileTimeline(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		b, err := Marshal(hostileTimeline(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("run %d differs:\n%s", i, firstDiff(a, b))
		}
	}
	if !bytes.Contains(a, []byte("\r\nDTSTAMP:20251118T000000Z\r\n")) {
		t.Errorf("DTSTAMP is not the day the data was last updated (2025-11-18)")
	}
}
