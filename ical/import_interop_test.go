package ical

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// The import corpus: calendars other programs write, read by Decode and by
// libical, and compared (issue 13). testdata/import holds fixtures written
// by hand from RFC 5545 and the shapes Google, Outlook, Android (DAVx5),
// Apple, Thunderbird and CalDAV clients write; testdata/import/programs
// holds files that programs installed here wrote (calcurse's and khal's
// exports, Radicale's stored items after a vdirsyncer upload, ical.js's
// output), made by ical/interop/corpus/make.sh.

// importCorpus returns the corpus files.
func importCorpus(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"testdata/import/*.ics", "testdata/import/programs/*/*.ics"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no import corpus in testdata/import")
	}
	slices.Sort(files)
	return files
}

// libOcc is one occurrence as the libical runner reads it.
type libOcc struct {
	UID          string   `json:"uid"`
	RecurrenceID *libTime `json:"recurrence_id"`
	Summary      *string  `json:"summary"`
	Start        *libTime `json:"start"`
	End          *libTime `json:"end"`
}

type libTime struct {
	UTC  string `json:"utc"`
	Date string `json:"date"`
}

func (l *libTime) String() string {
	switch {
	case l == nil:
		return "-"
	case l.Date != "":
		return l.Date
	}
	return l.UTC
}

// libicalOccurrences runs libical over file for the window of rep.
func libicalOccurrences(t *testing.T, file string, rep *Report) (calendars int, occ []libOcc) {
	t.Helper()
	from, to := rep.From, rep.To
	if from.IsZero() {
		from = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if to.IsZero() {
		to = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	cmd := exec.Command("interop/bin/libical-json", "--occurrences", from.UTC().Format("20060102T150405Z"), to.UTC().Format("20060102T150405Z"), file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("libical on %s: %v\n%s", file, err, stderr.String())
	}
	var doc struct {
		Calendars   int      `json:"calendars"`
		Occurrences []libOcc `json:"occurrences"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("libical on %s: %v\n%s", file, err, out)
	}
	return doc.Calendars, doc.Occurrences
}

// occKey identifies an occurrence by UID and recurrence ID instant (or
// day), the way both readings can name it; an event without UID (calcurse
// writes none) by its title and start.
func occKey(uid string, rid *libTime, title string, start *libTime) string {
	if uid == "" || strings.HasPrefix(uid, "no-uid-") {
		return "(no UID) " + title + " " + start.String()
	}
	if rid == nil {
		return uid
	}
	return uid + " " + rid.String()
}

// ourOcc returns the key, title, start and end of one of our events, in
// the libical runner's terms.
func ourOcc(t *testing.T, e *timeline.Event) (key, title string, start, end *libTime) {
	t.Helper()
	uid, rid := uidOf(e.ID)
	var r *libTime
	switch {
	case rid == "":
	case len(rid) == 8:
		r = &libTime{Date: rid[:4] + "-" + rid[4:6] + "-" + rid[6:]}
	case strings.HasSuffix(rid, "z"):
		u, err := time.Parse("20060102t150405z", rid)
		if err != nil {
			t.Fatal(err)
		}
		r = &libTime{UTC: u.Format(time.RFC3339)}
	default:
		u, err := ridTime(rid, e.When.Zone())
		if err != nil {
			t.Fatal(err)
		}
		r = &libTime{UTC: u.UTC().Format(time.RFC3339)}
	}
	title = e.Title.En
	if title == "" || title == timeline.UntitledEn {
		title = e.Title.Hi
	}
	w := e.When
	if w.IsTimed() {
		st, err := w.StartTime()
		if err != nil {
			t.Fatal(err)
		}
		start = &libTime{UTC: st.UTC().Format(time.RFC3339)}
		if w.IsSpan() {
			et, _ := w.EndTime()
			end = &libTime{UTC: et.UTC().Format(time.RFC3339)}
		}
	} else {
		from, to := w.Days()
		start = &libTime{Date: from.String()}
		if w.IsSpan() || !to.IsZero() {
			end = &libTime{Date: to.String()}
		}
	}
	return occKey(uid, r, title, start), title, start, end
}

// byDesign lists occurrences where Decode and libical differ on purpose,
// each named in the report: RFC 5545 section 3.3.5 reads a local time the
// clocks skip with the offset before the gap and one that occurs twice as
// the first; libical does neither (ical/interop/README.md).
var byDesign = map[string]string{
	"gap@dst.example":   "a local time the clocks skip",
	"twice@dst.example": "a local time that occurs twice",
}

// libicalLimits lists events libical 3.0.16 itself misreads, by UID.
var libicalLimits = map[string]string{
	"rdate-periods@rfc5545.example": "libical's icalcomponent_foreach_recurrence skips RDATE periods (its own TODO) " +
		"and reads a TZID on RDATE as UTC (RDATE;TZID=America/New_York:19970720T090000 at 09:00Z)",
}

// TestImportAgainstLibical reads every corpus file with Decode and with
// libical and compares the events: count, titles and instants
// (occurrences in the report's window). It logs the figures issue 13 asks
// for.
func TestImportAgainstLibical(t *testing.T) {
	requireParser(t, "libical")
	if _, err := os.Stat("interop/bin/libical-json"); err != nil {
		if out, err := exec.Command("interop/build-libical.sh").CombinedOutput(); err != nil {
			t.Fatalf("building the libical runner: %v\n%s", err, out)
		}
	}
	var files, read, rejected, libEvents, ours, sameTitle, sameStart, sameEnd, endsCompared, explained, limited, overCap int
	for _, file := range importCorpus(t) {
		t.Run(strings.TrimPrefix(file, "testdata/import/"), func(t *testing.T) {
			files++
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			tl, rep, err := Unmarshal(b, nil)
			if err != nil {
				rejected++
				t.Errorf("rejected: %v", err)
				return
			}
			read++
			cals, lib := libicalOccurrences(t, file, rep)
			if cals != rep.Calendars {
				t.Errorf("libical reads %d VCALENDARs, Decode %d", cals, rep.Calendars)
			}
			type mine struct{ title, start, end string }
			have := map[string]mine{}
			for i := range tl.Events {
				k, title, s, e := ourOcc(t, &tl.Events[i])
				have[k] = mine{title, s.String(), e.String()}
			}
			// Series the report says were cut at MaxOccurrences: libical's
			// later occurrences of them are not expected.
			capped := map[string]bool{}
			for _, n := range rep.Notes {
				if strings.Contains(n.Message, "DecodeOptions.MaxOccurrences") && n.UID != "" {
					capped[n.UID] = true
				}
			}
			ours += len(tl.Events)
			libEvents += len(lib)
			// A UID libical lists twice in one window (the same event in
			// two VCALENDARs, as a newer version) is one event for Decode:
			// it must match one of libical's versions.
			versions := map[string][]libOcc{}
			var keys []string
			for _, o := range lib {
				k := occKey(o.UID, o.RecurrenceID, deref(o.Summary), o.Start)
				if versions[k] == nil {
					keys = append(keys, k)
				}
				versions[k] = append(versions[k], o)
			}
			for _, k := range keys {
				vs := versions[k]
				m, ok := have[k]
				uid := vs[0].UID
				if why, ok := libicalLimits[uid]; ok {
					limited++
					t.Logf("%s: not compared: %s", k, why)
					continue
				}
				if !ok && (capped[uid] || uid == "" && len(capped) > 0) {
					overCap++
					continue
				}
				if !ok {
					t.Errorf("libical reads %s (%q at %s); Decode has no such event\n%s", k, deref(vs[0].Summary), vs[0].Start, rep)
					continue
				}
				o := vs[0]
				for _, v := range vs {
					if v.Start.String() == m.start && (deref(v.Summary) == m.title) {
						o = v
					}
				}
				if why, ok := byDesign[uid]; ok && m.start != o.Start.String() {
					explained++
					if !strings.Contains(rep.String(), why) {
						t.Errorf("%s: %s differs from libical (%s, %s) and the report does not say %q", k, m.start, o.Start, file, why)
					}
					continue
				}
				if s := deref(o.Summary); s == m.title || o.Summary == nil && m.title == timeline.UntitledHi {
					sameTitle++
				} else {
					t.Errorf("%s: title %q, libical %q", k, m.title, s)
				}
				if m.start == o.Start.String() {
					sameStart++
				} else {
					t.Errorf("%s %q: start %s, libical %s", k, m.title, m.start, o.Start)
				}
				if o.End != nil && m.end != "-" {
					endsCompared++
					if m.end == o.End.String() {
						sameEnd++
					} else {
						t.Errorf("%s %q: end %s, libical %s", k, m.title, m.end, o.End)
					}
				}
			}
			seen := map[string]bool{}
			for _, k := range keys {
				if _, ok := libicalLimits[versions[k][0].UID]; !ok {
					if _, ok := have[k]; ok || !(capped[versions[k][0].UID] || versions[k][0].UID == "" && len(capped) > 0) {
						seen[k] = true
					}
				}
			}
			n := 0
			for i := range tl.Events {
				if uid, _ := uidOf(tl.Events[i].ID); libicalLimits[uid] == "" {
					n++
				}
			}
			if len(seen) != n {
				t.Errorf("Decode reads %d events, libical %d", n, len(seen))
			}
		})
	}
	t.Logf("import corpus: %d files, %d read, %d rejected; libical: %d occurrences, Decode: %d events; "+
		"same title %d, same start %d, same end %d of %d with an end in both; %d differ by design (RFC 5545 3.3.5), named in the report; "+
		"%d not compared (libical's own limits); %d over a series' MaxOccurrences, named in the report",
		files, read, rejected, libEvents, ours, sameTitle, sameStart, sameEnd, endsCompared, explained, limited, overCap)
	_ = fmt.Sprint
}
