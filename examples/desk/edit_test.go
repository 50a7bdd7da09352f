package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

// eventually waits until cond holds, polling as an editor's browser
// would; the desk polls its folder every 10 ms in the tests.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	require.Eventually(t, cond, 10*time.Second, 10*time.Millisecond, what)
}

// status returns the status code of GET path.
func (d *running) statusOf(t *testing.T, path string) int {
	t.Helper()
	resp, _ := get(t, d.url+path)
	return resp.StatusCode
}

func (d *running) body(t *testing.T, path string) string {
	t.Helper()
	_, b := get(t, d.url+path)
	return string(b)
}

// TestEditing edits the folder while the desk runs, step by step, as a
// newsroom does: each step's change must show on the public site (the
// story's files, the index and the combined feed), and a broken file must
// leave the last good version served and the other stories alone.
func TestEditing(t *testing.T) {
	dir := newFolder(t)
	d := startDesk(t, dir, "-status-addr", "127.0.0.1:0")
	combined := "/feeds/en/all.ics"
	story0 := marshal(t, synthStory(0, 5))

	type step struct {
		name string
		edit func(t *testing.T)
		// done reports whether the site shows the edit.
		done func(t *testing.T) bool
		// check runs once done holds.
		check func(t *testing.T)
	}
	steps := []step{
		{
			name: "add a story",
			edit: func(t *testing.T) { writeStory(t, dir, "story-0002.json", marshal(t, synthStory(2, 3)), base) },
			done: func(t *testing.T) bool { return d.statusOf(t, "/stories/story-0002/hi/") == 200 },
			check: func(t *testing.T) {
				assert.Contains(t, d.body(t, "/en/"), `href="/stories/story-0002/en/"`)
				eventually(t, "the combined feed has the new story's events", func() bool {
					return strings.Contains(d.body(t, combined), "UID:2024-01-03-s0002-e000@samayrekha")
				})
			},
		},
		{
			name: "change a story",
			edit: func(t *testing.T) {
				tl := synthStory(0, 5)
				tl.Events[0].Title.En = "A corrected title"
				writeStory(t, dir, "story-0000.json", marshal(t, tl), base.Add(time.Minute))
			},
			done: func(t *testing.T) bool {
				return strings.Contains(d.body(t, "/stories/story-0000/en/calendar.ics"), "A corrected title")
			},
			check: func(t *testing.T) {
				resp, _ := get(t, d.url+"/stories/story-0000/en/calendar.ics")
				assert.Equal(t, base.Add(time.Minute).Format(http1123), resp.Header.Get("Last-Modified"))
				eventually(t, "the combined feed has the new title", func() bool {
					return strings.Contains(d.body(t, combined), "A corrected title")
				})
			},
		},
		{
			name: "break a story: the last good version stays",
			edit: func(t *testing.T) {
				writeStory(t, dir, "story-0000.json", []byte(`{"version": 1, "events": [{"id": "Bad ID"}]}`), base.Add(2*time.Minute))
			},
			done: func(t *testing.T) bool { return strings.Contains(d.log.String(), "rejected story-0000.json") },
			check: func(t *testing.T) {
				assert.Contains(t, d.body(t, "/stories/story-0000/en/calendar.ics"), "A corrected title", "the last good version is served")
				assert.Equal(t, 200, d.statusOf(t, "/stories/jaishankar-moscow/hi/"), "the other stories are unaffected")
				assert.Contains(t, d.log.String(), "readers get the version of "+base.Add(time.Minute).Format(time.RFC3339))
				_, b := get(t, d.status+"/status.json")
				assert.Contains(t, string(b), `"file": "story-0000.json"`)
				assert.Contains(t, string(b), "is not a slug")
			},
		},
		{
			name: "fix it",
			edit: func(t *testing.T) { writeStory(t, dir, "story-0000.json", story0, base.Add(3*time.Minute)) },
			done: func(t *testing.T) bool {
				return !strings.Contains(d.body(t, "/stories/story-0000/en/calendar.ics"), "A corrected title")
			},
			check: func(t *testing.T) {
				_, b := get(t, d.status+"/status.json")
				assert.Contains(t, string(b), `"problems": []`)
			},
		},
		{
			name: "rename a story",
			edit: func(t *testing.T) {
				require.NoError(t, os.Rename(filepath.Join(dir, "story-0001.json"), filepath.Join(dir, "renamed.json")))
			},
			done: func(t *testing.T) bool { return d.statusOf(t, "/stories/renamed/hi/") == 200 },
			check: func(t *testing.T) {
				assert.Equal(t, 404, d.statusOf(t, "/stories/story-0001/hi/"), "the old address is gone")
				assert.NotContains(t, d.body(t, "/hi/"), "/stories/story-0001/")
				// The events keep their IDs, and so their calendar UIDs.
				assert.Contains(t, d.body(t, "/stories/renamed/en/calendar.ics"), "UID:2024-01-02-s0001-e000@samayrekha")
			},
		},
		{
			name: "a clash of event IDs names both files",
			edit: func(t *testing.T) { writeStory(t, dir, "copy.json", seedStory(t), base) },
			done: func(t *testing.T) bool { return strings.Contains(d.log.String(), "rejected copy.json") },
			check: func(t *testing.T) {
				assert.Contains(t, d.log.String(), "is also in jaishankar-moscow.json")
				assert.Equal(t, 404, d.statusOf(t, "/stories/copy/hi/"), "the newcomer is not served")
				assert.Equal(t, 200, d.statusOf(t, "/stories/jaishankar-moscow/hi/"), "the story that had the IDs keeps them")
				require.NoError(t, os.Remove(filepath.Join(dir, "copy.json")))
			},
		},
		{
			name: "delete a story",
			edit: func(t *testing.T) { require.NoError(t, os.Remove(filepath.Join(dir, "story-0002.json"))) },
			done: func(t *testing.T) bool { return d.statusOf(t, "/stories/story-0002/hi/") == 404 },
			check: func(t *testing.T) {
				assert.NotContains(t, d.body(t, "/en/"), "/stories/story-0002/")
				eventually(t, "the combined feed lost the story's events", func() bool {
					return !strings.Contains(d.body(t, combined), "s0002-e000@samayrekha")
				})
			},
		},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			s.edit(t)
			eventually(t, s.name, func() bool { return s.done(t) })
			s.check(t)
		})
	}
}

const http1123 = "Mon, 02 Jan 2006 15:04:05 GMT"

// TestDrafts checks that events marked as drafts are in no public output
// (the story's page, JSON, JSON-LD, Markdown and feed, the combined feeds,
// the index's counts) unless -drafts asks for them, and that an event that
// refers to a draft still validates.
func TestDrafts(t *testing.T) {
	tl := seed.Timeline()
	draftID := "2025-11-draft-event-from-text"
	tl.Events = append(tl.Events, timeline.Event{
		ID: draftID, Kind: timeline.Statement,
		Title: timeline.Text{Hi: "मसौदा घटना", En: "Draft event"},
		When:  seed.Timeline().Event(seed.MeetingID).When,
		Place: timeline.Place{Country: "RU", TimeZone: "Europe/Moscow"},
		Draft: &timeline.Draft{From: "article-hi.txt", Start: 0, End: 10, Notes: []string{"date guessed"}},
	})
	tl.Event(seed.MeetingID).Related = append(tl.Event(seed.MeetingID).Related, draftID)
	tl.Sort()
	paths := []string{
		"/stories/seed/hi/", "/stories/seed/en/embed", "/stories/seed/timeline.json", "/stories/seed/timeline.jsonld",
		"/stories/seed/en/timeline.md", "/stories/seed/hi/calendar.ics", "/stories/seed/en/timelinejs.json",
		"/feeds/en/all.ics", "/feeds/hi/country/ru.ics", "/calendar.ics?kind=statement",
	}
	for name, tc := range map[string]struct {
		flags []string
		shown bool
	}{
		"left out by default": {},
		"published on demand": {flags: []string{"-drafts"}, shown: true},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeStory(t, dir, "seed.json", marshal(t, tl), base)
			d := startDesk(t, dir, tc.flags...)
			for _, p := range paths {
				body := d.body(t, p)
				if got := strings.Contains(body, draftID) || strings.Contains(body, "Draft event") || strings.Contains(body, "मसौदा घटना"); got != tc.shown {
					t.Errorf("GET %s: the draft shown = %v, want %v", p, got, tc.shown)
				}
			}
			want := map[bool]string{false: "7 events", true: "8 events"}[tc.shown]
			assert.Contains(t, d.body(t, "/en/"), want)
		})
	}
}
