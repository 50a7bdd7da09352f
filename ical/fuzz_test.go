package ical

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// FuzzUnmarshal feeds any input to the decoder: it must return an error or
// a valid timeline, never panic, and a timeline it returns must encode and
// decode again to the same number of events. Every error is checked with
// checkDecodeError.
func FuzzUnmarshal(f *testing.F) {
	for _, tl := range []*timeline.Timeline{seed.Timeline(), hostileTimeline()} {
		b, err := Marshal(tl, nil)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20251118\r\nSUMMARY:x\r\nX-SAMAYREKHA-KIND:visit\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Europe/Moscow:20251118T190000\r\nDTEND;TZID=Europe/Moscow:20251118T200000\r\nCATEGORIES:Summit\r\nSUMMARY:y\r\nATTENDEE;CN=\"a, b: c\";X-ROLE=host:mailto:x@y.invalid\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Add([]byte("BEGIN:VCALENDAR\r\nX-SAMAYREKHA-WHEN:day <2025-11-18~3d[Europe/Moscow]\r\nEND:VCALENDAR"))
	f.Add([]byte("BEGIN:VCALENDAR\r\nX-SAMAYREKHA-WHEN:<2025-11-18T10:00[Europe/Moscow]\r\nEND:VCALENDAR"))
	f.Add([]byte("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR\n"))
	f.Add([]byte("X;A=\"unterminated:v\r\n"))
	// Other programs' calendars: recurrence, zones, several VCALENDARs.
	files, _ := filepath.Glob("testdata/import/*.ics")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(vcal(ev("UID:h", "DTSTART:20250101T000000Z", "RRULE:FREQ=SECONDLY;INTERVAL=2;BYSECOND=1", "SUMMARY:x"))))
	f.Add([]byte(vcal(ev("UID:m", "DTSTART;TZID=X:20250101T000000", "RRULE:FREQ=MINUTELY;COUNT=100;BYHOUR=1", "RDATE;VALUE=PERIOD:20250101T000000Z/PT1H"))))
	f.Fuzz(func(t *testing.T, data []byte) {
		tl, rep, err := Unmarshal(data, nil)
		if err != nil {
			if tl != nil {
				t.Fatalf("Unmarshal returned a timeline and an error %v", err)
			}
			checkDecodeError(t, data, err)
			return
		}
		if err := tl.Validate(); err != nil {
			t.Fatalf("Unmarshal returned an invalid timeline: %v", err)
		}
		checkReport(t, data, tl, rep)
		out, err := Marshal(tl, nil)
		if err != nil {
			t.Fatalf("Marshal(Unmarshal(data)): %v", err)
		}
		again, _, err := Unmarshal(out, nil)
		if err != nil {
			t.Fatalf("Unmarshal(Marshal(Unmarshal(data))): %v\n%s", err, out)
		}
		if len(again.Events) != len(tl.Events) {
			t.Fatalf("re-decoded %d events, want %d", len(again.Events), len(tl.Events))
		}
		// Identity: every event comes back with its ID (its UID and
		// RECURRENCE-ID written back unchanged).
		for i := range tl.Events {
			if again.Events[i].ID != tl.Events[i].ID {
				t.Fatalf("event %d: ID %q came back as %q\n%s", i, tl.Events[i].ID, again.Events[i].ID, out)
			}
		}
	})
}

// checkReport checks the report of Unmarshal(data): its counts agree
// with the timeline, and every note has a kind, a count and a line of
// data.
func checkReport(t *testing.T, data []byte, tl *timeline.Timeline, rep *Report) {
	t.Helper()
	if rep == nil || rep.Events != len(tl.Events) || rep.Calendars < 1 {
		t.Fatalf("report %+v for %d events", rep, len(tl.Events))
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, n := range rep.Notes {
		if n.Kind < Dropped || n.Kind > Skipped || n.Count < 1 || n.Line < 1 || n.Line > lines || n.Message == "" {
			t.Fatalf("bad note %+v (input of %d lines)", n, lines)
		}
	}
	_ = rep.String()
}

// checkDecodeError checks an error of Unmarshal(data): it starts "ical: ",
// and it is a *DecodeError, whose line is in data and starts with its
// property (or with the BEGIN of the component that lacks it), unless it
// is about no place in data.
func checkDecodeError(t *testing.T, data []byte, err error) {
	t.Helper()
	msg := err.Error()
	if !strings.HasPrefix(msg, "ical: ") {
		t.Fatalf("error %q does not start with \"ical: \"", msg)
	}
	var de *DecodeError
	if !errors.As(err, &de) {
		if msg != "ical: no VCALENDAR" { // the one error about no place a fuzzer can reach
			t.Fatalf("error %q is not a *DecodeError", msg)
		}
		return
	}
	lines := strings.Split(strings.TrimPrefix(string(data), "\uFEFF"), "\n")
	if de.Line < 1 || de.Line > len(lines) {
		t.Fatalf("%q: line %d is not in the input's %d lines", msg, de.Line, len(lines))
	}
	prefix := fmt.Sprintf("ical: line %d: ", de.Line)
	if de.Property != "" {
		prefix += de.Property + ": "
		if strings.Trim(de.Property, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != "" {
			t.Fatalf("%q: property %q is not an upper-case name", msg, de.Property)
		}
		// The content line that starts at de.Line, unfolded.
		line := strings.TrimSuffix(lines[de.Line-1], "\r")
		for _, next := range lines[de.Line:] {
			if next == "" || next[0] != ' ' && next[0] != '\t' {
				break
			}
			line += strings.TrimSuffix(next[1:], "\r")
		}
		if up := strings.ToUpper(line); !strings.HasPrefix(up, de.Property) && !strings.HasPrefix(up, "BEGIN:") {
			t.Fatalf("%q: the content line at line %d, %q, is neither property %s nor a BEGIN", msg, de.Line, line, de.Property)
		}
	}
	if !strings.HasPrefix(msg, prefix) || de.Err == nil || errors.Unwrap(de) != de.Err {
		t.Fatalf("%q: want a message starting %q and Unwrap returning Err (%v)", msg, prefix, de.Err)
	}
}

// FuzzMarshalText puts any title, description and participant name into
// an event: the output must be well framed and hold exactly one VEVENT,
// whose text reads back as the writer promises.
func FuzzMarshalText(f *testing.F) {
	f.Add("Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged", "d\rEND:VCALENDAR", qatarCN)
	f.Add("Title\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged", "\x00\x1b\x7f", `"quoted" \ ^n`)
	f.Add(longHindi, longHindi, "एस. जयशंकर")
	f.Add("bad \xff\xfe", "\xe0\xa4", "\xff")
	f.Fuzz(func(t *testing.T, title, desc, name string) {
		if strings.TrimSpace(title) == "" {
			title = "x" + title // a title is required
		}
		tl := &timeline.Timeline{Events: []timeline.Event{{
			ID: "fuzz", Kind: timeline.Visit, Title: timeline.Text{En: title}, Description: timeline.Text{En: desc},
			When:         date.AtClock(date.Of(2025, 11, 18), 19, 0, "Europe/Moscow"),
			Participants: []timeline.Participant{{Name: timeline.Text{En: name}, Country: "IN"}},
		}}}
		if tl.Validate() != nil {
			t.Skip() // e.g. a name that is only white space is not a valid participant
		}
		b, err := Marshal(tl, &Options{Lang: timeline.English, Now: func() time.Time { return time.Unix(0, 0) }})
		if err != nil {
			t.Fatalf("Marshal of a timeline that validates: %v", err)
		}
		checkLines(t, b)
		top, err := parseComponents(b)
		if err != nil {
			t.Fatalf("reading our own output: %v", err)
		}
		var events []*component
		for _, c := range top[0].subs {
			if c.name == "VEVENT" {
				events = append(events, c)
			}
		}
		if len(top) != 1 || len(events) != 1 {
			t.Fatalf("output has %d top-level components and %d VEVENTs, want 1 and 1:\n%s", len(top), len(events), b)
		}
		ev := events[0]
		wantSummary := strings.TrimRight(wantText(title, true), " \t")
		if got := unescapeText(ev.first("SUMMARY").value); got != wantSummary {
			t.Errorf("SUMMARY = %q, want %q", got, wantSummary)
		}
		if cn := param(ev.first("ATTENDEE"), "CN"); name != "" && fromParam(cn) != fromParam(wantParam(name)) {
			t.Errorf("CN = %q, want %q", cn, wantParam(name))
		}
		if !bytes.Contains(b, []byte("\r\nDTSTART;TZID=Europe/Moscow:20251118T190000\r\n")) {
			t.Errorf("DTSTART lost")
		}
	})
}

// FuzzRecurrence runs any RRULE value from any start through the guarded
// expansion: it must return (rrule-go can loop forever on some rules),
// within its budget, with occurrences in order, in the window and at most
// the cap.
func FuzzRecurrence(f *testing.F) {
	for _, r := range []string{
		"FREQ=WEEKLY;COUNT=5;BYDAY=MO", "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
		"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
		"FREQ=MINUTELY;INTERVAL=7;BYHOUR=3;BYMINUTE=5", "FREQ=HOURLY;INTERVAL=24;BYHOUR=1", "FREQ=DAILY;UNTIL=20250110T000000Z",
		"FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH", "FREQ=YEARLY;BYYEARDAY=-366",
	} {
		f.Add(r, int64(1735689600), uint16(100))
	}
	f.Fuzz(func(t *testing.T, rule string, start int64, max uint16) {
		r, err := parseRecurrence(rule)
		if err != nil {
			return
		}
		st := time.Unix(start%(1<<36), 0).UTC()
		if st.Year() < 1 || st.Year() > 9000 {
			return
		}
		opt := r.opt
		opt.Dtstart = st
		if r.until != "" {
			if u, err := parseDateTime(strings.TrimSuffix(r.until, "Z")); err == nil {
				opt.Until = u
			}
		}
		lo, hi := st.AddDate(0, 0, -1), st.AddDate(3, 0, 0)
		steps := maxRuleSteps
		x, err := expand(opt, lo, hi, int(max)+1, &steps)
		if err != nil {
			return
		}
		if len(x.occ) > int(max)+1 || steps < 0 {
			t.Fatalf("%d occurrences (cap %d), %d steps left", len(x.occ), int(max)+1, steps)
		}
		for i, o := range x.occ {
			if o.Before(lo) || !o.Before(hi) || i > 0 && !o.After(x.occ[i-1]) {
				t.Fatalf("occurrence %d, %s, out of order or out of [%s, %s)", i, o, lo, hi)
			}
		}
	})
}
