package main

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

// calItem is one event as a subscribed client holds it.
type calItem struct {
	file                              string // the client's own name for it
	uid, summary, dtstart, status     string
	sequence, lastModified, samayWhen string
}

var unfold = strings.NewReplacer("\r\n ", "", "\r\n\t", "", "\n ", "", "\n\t", "")

// parseItems reads the VEVENTs of iCalendar text (one file of a vdir, or a
// CalDAV collection).
func parseItems(file, text string) []calItem {
	var out []calItem
	var cur *calItem
	for _, line := range strings.Split(unfold.Replace(text), "\n") {
		line = strings.TrimRight(line, "\r")
		name, value, _ := strings.Cut(line, ":")
		name, _, _ = strings.Cut(name, ";")
		switch {
		case line == "BEGIN:VEVENT":
			cur = &calItem{file: file}
		case line == "END:VEVENT" && cur != nil:
			out = append(out, *cur)
			cur = nil
		case cur == nil:
		case name == "UID":
			cur.uid = value
		case name == "SUMMARY":
			cur.summary = value
		case name == "DTSTART":
			cur.dtstart = value
		case name == "STATUS":
			cur.status = value
		case name == "SEQUENCE":
			cur.sequence = value
		case name == "LAST-MODIFIED":
			cur.lastModified = value
		case name == "X-SAMAYREKHA-WHEN":
			cur.samayWhen = value
		}
	}
	return out
}

// vdir reads every item of a vdirsyncer filesystem storage.
func vdir(t *testing.T, dir string) []calItem {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.ics"))
	require.NoError(t, err)
	var out []calItem
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		items := parseItems(filepath.Base(f), string(b))
		require.Len(t, items, 1, "%s holds one event", f)
		out = append(out, items...)
	}
	return out
}

// bySummary finds the one item whose SUMMARY starts with prefix; it fails
// when there are none or several (a duplicate).
func bySummary(t *testing.T, items []calItem, prefix string) calItem {
	t.Helper()
	var found []calItem
	for _, it := range items {
		if strings.HasPrefix(it.summary, prefix) {
			found = append(found, it)
		}
	}
	require.Len(t, found, 1, "events whose SUMMARY starts with %q", prefix)
	return found[0]
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().String()
}

// startRadicale runs Debian's Radicale on loopback with its storage in a
// temporary folder, no authentication, and a calendar /desk/calendar/, and
// returns the calendar's URL.
func startRadicale(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("radicale")
	if err != nil {
		need(t, "radicale missing: apt-get install -y radicale")
	}
	tmp := t.TempDir()
	addr := freePort(t)
	cmd := exec.Command(bin, "--config", "", "--server-hosts", addr,
		"--storage-filesystem-folder", filepath.Join(tmp, "collections"), "--auth-type", "none", "--rights-type", "owner_only")
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	url := "http://" + addr + "/desk/calendar/"
	require.Eventually(t, func() bool {
		req, _ := http.NewRequest("MKCALENDAR", url, nil)
		req.SetBasicAuth("desk", "desk")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusCreated
	}, 20*time.Second, 100*time.Millisecond, "Radicale did not come up:\n%s", &out)
	return url
}

// radicaleItems reads every event of the Radicale calendar at url (a GET
// of a collection returns it as one calendar).
func radicaleItems(t *testing.T, url string) []calItem {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.SetBasicAuth("desk", "desk")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(resp.Body)
	require.NoError(t, err)
	require.Equal(t, 200, resp.StatusCode, "GET %s: %s", url, b.String())
	return parseItems("radicale", b.String())
}

// khalList lists the events of the vdir at dir with khal, one line each:
// "title|start|end|status".
func khalList(t *testing.T, khal, conf string) []string {
	t.Helper()
	out, err := exec.Command(khal, "-c", conf, "list", "--once", "--day-format", "",
		"--format", "{title}|{start-long}|{end-long}|{status}", "2025-11-01", "60d").CombinedOutput()
	require.NoError(t, err, "khal list: %s", out)
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	slices.Sort(lines)
	return lines
}

// TestSubscribers subscribes real calendar programs to a story's feed on
// the desk server, edits the story as a newsroom does, and checks that
// the edit reaches them as a change of the events they have, not as
// second copies: Debian's vdirsyncer syncs the feed (http storage) into a
// local folder (filesystem storage), which khal lists, and into Radicale
// (CalDAV). The edit is the seed story a year on (the visit proposed →
// announced → held, with its new dates; the summit re-dated, held, its
// title corrected) and one event removed.
//
// What it shows about the clients is in the log and in README.md: vdirsyncer's
// http storage keys items by a hash of their content, not by UID, so an
// edited event is deleted and written anew under another name in the
// client's store (never twice); SEQUENCE and LAST-MODIFIED travel inside
// the item.
func TestSubscribers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vdirsyncer, khal and Radicale")
	}
	vds, err := exec.LookPath("vdirsyncer")
	if err != nil {
		need(t, "vdirsyncer missing: apt-get install -y vdirsyncer")
	}
	khal, err := exec.LookPath("khal")
	if err != nil {
		need(t, "khal missing: apt-get install -y khal")
	}
	radicale := startRadicale(t)

	dir := t.TempDir()
	before := seed.Timeline()
	writeStory(t, dir, "seed.json", marshal(t, before), base)
	d := startDesk(t, dir)
	feedURL := d.url + "/stories/seed/en/calendar.ics"

	tmp := t.TempDir()
	local := filepath.Join(tmp, "calendar")
	require.NoError(t, os.MkdirAll(local, 0o755))
	vdsConf := filepath.Join(tmp, "vdirsyncer.conf")
	require.NoError(t, os.WriteFile(vdsConf, []byte(fmt.Sprintf(`[general]
status_path = "%s/status/"

[pair local]
a = "feed"
b = "folder"
collections = null
conflict_resolution = "a wins"

[pair radicale]
a = "feed"
b = "caldav"
collections = null
conflict_resolution = "a wins"

[storage feed]
type = "http"
url = "%s"

[storage folder]
type = "filesystem"
path = "%s/"
fileext = ".ics"

[storage caldav]
type = "caldav"
url = "%s"
username = "desk"
password = "desk"
`, tmp, feedURL, local, radicale)), 0o644))
	khalConf := filepath.Join(tmp, "khal.conf")
	require.NoError(t, os.WriteFile(khalConf, []byte(fmt.Sprintf(`[calendars]
[[desk]]
path = %s/
type = calendar
[locale]
timeformat = %%H:%%M
dateformat = %%Y-%%m-%%d
longdateformat = %%Y-%%m-%%d
datetimeformat = %%Y-%%m-%%d %%H:%%M
longdatetimeformat = %%Y-%%m-%%d %%H:%%M
local_timezone = Asia/Kolkata
default_timezone = Asia/Kolkata
[sqlite]
path = %s/khal.db
`, local, tmp)), 0o644))
	vdirsyncer := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(vds, append([]string{"-c", vdsConf}, args...)...).CombinedOutput()
		require.NoError(t, err, "vdirsyncer %v: %s", args, out)
		return string(out)
	}
	vdirsyncer("discover")
	vdirsyncer("sync")

	// Before: the article of 18 November.
	feedBefore := parseItems("feed", d.body(t, "/stories/seed/en/calendar.ics"))
	localBefore := vdir(t, local)
	radBefore := radicaleItems(t, radicale)
	khalBefore := khalList(t, khal, khalConf)
	require.Len(t, localBefore, len(before.Events), "the local store holds each event once")
	require.Len(t, radBefore, len(before.Events), "Radicale holds each event once")
	require.Len(t, khalBefore, len(before.Events), "khal lists each event once:\n%s", strings.Join(khalBefore, "\n"))
	visit0 := bySummary(t, localBefore, "Putin's visit to India")
	assert.Equal(t, "0", visit0.sequence)
	assert.Equal(t, "TENTATIVE", visit0.status)
	assert.Equal(t, "20251118T000000Z", visit0.lastModified)

	// The edit: the seed story a year on, and one event taken out.
	after, err := timeline.Unmarshal(seedStory(t))
	require.NoError(t, err)
	removed := after.Event(seed.QatarID)
	removedTitle := removed.Title.En
	after = after.Filter(func(e *timeline.Event) bool { return e.ID != seed.QatarID })
	writeStory(t, dir, "seed.json", marshal(t, after), base.Add(24*time.Hour))
	eventually(t, "the desk serves the edit", func() bool {
		return strings.Contains(d.body(t, "/stories/seed/en/calendar.ics"), "23rd India–Russia annual summit")
	})
	out := vdirsyncer("sync")
	t.Logf("vdirsyncer sync after the edit:\n%s", out)

	feedAfter := parseItems("feed", d.body(t, "/stories/seed/en/calendar.ics"))
	localAfter := vdir(t, local)
	radAfter := radicaleItems(t, radicale)
	khalAfter := khalList(t, khal, khalConf)
	t.Logf("khal list before the edit:\n%s\nafter:\n%s", strings.Join(khalBefore, "\n"), strings.Join(khalAfter, "\n"))

	// The feed itself: the same UIDs (less the removed one), SEQUENCE up
	// where the status history grew, LAST-MODIFIED moved.
	uids := func(items []calItem) []string {
		var u []string
		for _, it := range items {
			u = append(u, it.uid)
		}
		slices.Sort(u)
		return u
	}
	wantUIDs := slices.DeleteFunc(uids(feedBefore), func(u string) bool { return u == seed.QatarID+"@samayrekha" })
	assert.Equal(t, wantUIDs, uids(feedAfter), "the feed keeps every UID but the removed event's")

	type want struct {
		summary, sequence, lastModified, dtstart, status string
	}
	checks := map[string]want{
		"the visit: proposed → announced → held, 4–5 December": {"Putin's visit to India", "2", "20251205T000000Z", "20251204", "CONFIRMED"},
		"the summit: re-dated, held, title corrected":          {"23rd India–Russia annual summit", "1", "20251205T000000Z", "20251205", "CONFIRMED"},
		"an event not edited":                                  {"Jaishankar meets Putin in Moscow", "0", "20251118T000000Z", "20251118", "CONFIRMED"},
	}
	for client, items := range map[string][]calItem{"feed": feedAfter, "vdirsyncer folder": localAfter, "Radicale": radAfter} {
		t.Run(client, func(t *testing.T) {
			require.Len(t, items, len(after.Events), "one item per event: no second copy of an edited event, the removed one gone")
			for name, w := range checks {
				it := bySummary(t, items, w.summary)
				assert.Equal(t, w.sequence, it.sequence, "%s: SEQUENCE", name)
				assert.Equal(t, w.lastModified, it.lastModified, "%s: LAST-MODIFIED", name)
				assert.Equal(t, w.dtstart, strings.TrimPrefix(it.dtstart, "VALUE=DATE:"), "%s: DTSTART", name)
				assert.Equal(t, w.status, it.status, "%s: STATUS", name)
			}
			for _, it := range items {
				assert.NotContains(t, it.summary, removedTitle, "the removed event is gone")
				assert.NotContains(t, it.summary, "India–Russia annual summit (December 2025", "the summit's old version is gone")
			}
		})
	}
	require.Len(t, khalAfter, len(after.Events), "khal lists each event once:\n%s", strings.Join(khalAfter, "\n"))
	assert.Contains(t, khalAfter, "Putin's visit to India|2025-12-04|2025-12-05|CONFIRMED")
	assert.Contains(t, khalAfter, "23rd India–Russia annual summit|2025-12-05|2025-12-05|CONFIRMED")
	for _, l := range khalAfter {
		assert.NotContains(t, l, removedTitle, "khal no longer lists the removed event")
	}

	// How vdirsyncer keys what it syncs from an http storage: by a hash of
	// the item's content (the event with the calendar around it: its NAME
	// is the story's title, which the edit changed), not by its UID. So an
	// edited event is deleted and written anew under another name in the
	// client's store, never kept twice.
	hashUID := regexp.MustCompile(`^[0-9a-f]{64}$`)
	assert.Regexp(t, hashUID, visit0.uid, "vdirsyncer's http storage replaces the UID with a content hash")
	visit1 := bySummary(t, localAfter, "Putin's visit to India")
	assert.NotEqual(t, visit0.file, visit1.file, "an edited event gets a new name in the client's store")
	renamed := 0
	for _, it := range localAfter {
		if !slices.ContainsFunc(localBefore, func(b calItem) bool { return b.file == it.file }) {
			renamed++
		}
	}
	t.Logf("vdirsyncer: the visit was %s (SEQUENCE %s), is now %s (SEQUENCE %s); %d of %d items have new names",
		visit0.file, visit0.sequence, visit1.file, visit1.sequence, renamed, len(localAfter))

	// A UID-keeping client reads the same events back from the feed.
	got, _, err := ical.Unmarshal([]byte(d.body(t, "/stories/seed/en/calendar.ics")), nil)
	require.NoError(t, err)
	assert.NotNil(t, got.Event(seed.PutinVisitID))
	assert.Nil(t, got.Event(seed.QatarID))
}
