package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/changelog"
	"github.com/samayrekha/samayrekha/timeline/lint"
	"github.com/samayrekha/samayrekha/timeline/markdown"
)

// TestSeedFollowUp checks the example folder's story, the seed article's
// timeline (internal/seed, as the article of 18 November 2025 tells it)
// brought up to date as a newsroom would after the visit: the Ministry
// of External Affairs announced it for 4–5 December on 28 November, Putin
// landed in New Delhi on the evening of 4 December, and the 23rd annual
// summit was held at Hyderabad House on 5 December. Every new fact comes
// with its source and the source's URL. The change log it makes (in
// testdata/, rewritten with -update) is what a newsroom prints under the
// story, and the feed moves each edited event's SEQUENCE up, so
// subscribed calendars replace their copies.
func TestSeedFollowUp(t *testing.T) {
	old := seed.Timeline()
	cur, err := timeline.Unmarshal(seedStory(t))
	require.NoError(t, err)

	// The events the follow-up did not touch are the seed's, unchanged.
	changes := changelog.Diff(old, cur)
	changed := map[string]bool{}
	for _, c := range changes {
		changed[c.ID] = true
	}
	assert.Equal(t, map[string]bool{seed.PutinVisitID: true, seed.SummitID: true}, changed, "the events the follow-up changes")

	// A new date or status comes with a new history entry, so SEQUENCE
	// moves (lint's rule for change logs).
	assert.Empty(t, lint.Changes(old, cur, changes), "lint.Changes")

	// Every source the follow-up adds is cited with its URL.
	url := regexp.MustCompile(`^https://[a-z0-9.-]+/`)
	added := 0
	for _, c := range changes {
		if c.Kind != changelog.SourceAdded {
			continue
		}
		added++
		assert.Regexp(t, url, c.Source.URL, "source %s of %s", c.Source.ID, c.ID)
		assert.False(t, c.Source.Reported.IsZero(), "source %s has the day it was published", c.Source.ID)
	}
	assert.GreaterOrEqual(t, added, 2, "a second source at least")

	visit := cur.Event(seed.PutinVisitID)
	assert.Equal(t, []timeline.Status{timeline.Proposed, timeline.Announced, timeline.Held}, statuses(visit))
	assert.Equal(t, "2025-12-04/2025-12-05[Asia/Kolkata]", visit.When.String())
	summit := cur.Event(seed.SummitID)
	assert.Equal(t, []timeline.Status{timeline.Announced, timeline.Held}, statuses(summit))
	assert.Equal(t, "2025-12-05[Asia/Kolkata]", summit.When.String())

	// The change log a newsroom prints under the story.
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		var b bytes.Buffer
		require.NoError(t, markdown.EncodeChanges(&b, changes, &markdown.Options{Lang: lang}))
		golden.Check(t, filepath.Join("testdata", "followup-changes."+string(lang)+".md"), b.Bytes())
	}

	// The feed update: the same UIDs, SEQUENCE up for the edited events.
	before, err := ical.Marshal(old, &ical.Options{Lang: timeline.English})
	require.NoError(t, err)
	after, err := ical.Marshal(cur, &ical.Options{Lang: timeline.English})
	require.NoError(t, err)
	seqBefore, seqAfter := sequences(string(before)), sequences(string(after))
	assert.Equal(t, slices.Sorted(mapKeys(seqBefore)), slices.Sorted(mapKeys(seqAfter)), "the same UIDs")
	for uid, n := range seqAfter {
		want := seqBefore[uid]
		switch uid {
		case seed.PutinVisitID + "@samayrekha":
			want = "2" // proposed → announced → held
		case seed.SummitID + "@samayrekha":
			want = "1" // announced → held
		}
		assert.Equal(t, want, n, "SEQUENCE of %s", uid)
	}
	// The two versions of the visit's event, for the golden file a reader
	// of the README can compare.
	var b bytes.Buffer
	for _, v := range []struct {
		name string
		ics  []byte
	}{{"18 November 2025 (internal/seed)", before}, {"a year on (stories/jaishankar-moscow.json)", after}} {
		b.WriteString("# " + v.name + "\n")
		b.WriteString(vevent(string(v.ics), seed.PutinVisitID+"@samayrekha"))
		b.WriteString("\n")
	}
	golden.Check(t, filepath.Join("testdata", "followup-visit.ics.txt"), b.Bytes())
}

func statuses(e *timeline.Event) []timeline.Status {
	var out []timeline.Status
	for _, h := range e.History {
		out = append(out, h.Status)
	}
	return out
}

// sequences maps each UID of a calendar to its SEQUENCE.
func sequences(ics string) map[string]string {
	out := map[string]string{}
	for _, it := range parseItems("", ics) {
		out[it.uid] = it.sequence
	}
	return out
}

func mapKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// vevent returns the VEVENT with the given UID, unfolded, with LF line
// ends, without the X-SAMAYREKHA properties and the attendees.
func vevent(ics, uid string) string {
	var out, cur []string
	in := false
	for _, line := range strings.Split(unfold.Replace(ics), "\r\n") {
		switch {
		case line == "BEGIN:VEVENT":
			in, cur = true, []string{line}
		case line == "END:VEVENT" && in:
			cur = append(cur, line)
			if slices.Contains(cur, "UID:"+uid) {
				out = cur
			}
			in = false
		case in && !strings.HasPrefix(line, "X-SAMAYREKHA") && !strings.HasPrefix(line, "ATTENDEE") && !strings.HasPrefix(line, "ORGANIZER"):
			cur = append(cur, line)
		}
	}
	return strings.Join(out, "\n") + "\n"
}
