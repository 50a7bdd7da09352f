package ical

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

func oneEvent(mod func(e *timeline.Event)) *timeline.Timeline {
	e := timeline.Event{
		ID: "e1", Kind: timeline.Visit, Title: timeline.Text{Hi: "यात्रा", En: "Visit"},
		When: date.OnDay(date.Of(2025, 12, 5)),
	}
	if mod != nil {
		mod(&e)
	}
	return &timeline.Timeline{Title: timeline.Text{Hi: "शीर्षक", En: "Title"}, Events: []timeline.Event{e}}
}

// unfolded returns Marshal's output unfolded, as lines.
func unfolded(t *testing.T, tl *timeline.Timeline, o *Options) []string {
	t.Helper()
	b, err := Marshal(tl, o)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return strings.Split(unfold(string(b)), "\r\n")
}

func hasLine(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}

func TestMarshalErrors(t *testing.T) {
	dup := oneEvent(nil)
	dup.Events = append(dup.Events, dup.Events[0])
	cases := []struct {
		name string
		tl   *timeline.Timeline
		opts *Options
		want string
	}{
		{"nil timeline", nil, nil, "nil timeline"},
		{"unknown language", oneEvent(nil), &Options{Lang: "fr"}, `unknown language "fr"`},
		{"negative refresh", oneEvent(nil), &Options{Refresh: -time.Hour}, "negative refresh"},
		{"unknown policy", oneEvent(nil), &Options{Coarse: 9}, "unknown coarse-date policy 9"},
		{"invalid timeline", dup, nil, "events[1].id"},
		{"blank title", oneEvent(func(e *timeline.Event) { e.Title = timeline.Text{Hi: " \r\n"} }), nil, "blank"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Marshal(c.tl, c.opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Marshal error = %v, want one containing %q", err, c.want)
			}
			// An Encoder writes nothing at all on error.
			var buf bytes.Buffer
			if err := Encode(&buf, c.tl, c.opts); err == nil || buf.Len() != 0 {
				t.Errorf("Encode: error %v, %d bytes written; want an error and nothing written", err, buf.Len())
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestEncoderWriteError(t *testing.T) {
	if err := Encode(failWriter{}, oneEvent(nil), nil); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Encode to a failing writer = %v, want the write error", err)
	}
}

func TestOptions(t *testing.T) {
	fixed := func() time.Time { return time.Date(2025, 11, 18, 16, 30, 5, 0, time.FixedZone("IST", 19800)) }
	cases := []struct {
		name string
		opts *Options
		want []string
	}{
		{"defaults", nil, []string{"NAME;LANGUAGE=hi:शीर्षक", "X-WR-CALNAME:शीर्षक", "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H", "DTSTAMP:19700101T000000Z", "SUMMARY;LANGUAGE=hi:यात्रा", "METHOD:PUBLISH", "CALSCALE:GREGORIAN", "VERSION:2.0", "PRODID:" + ProductID}},
		{"english", &Options{Lang: timeline.English}, []string{"NAME;LANGUAGE=en:Title", "SUMMARY;LANGUAGE=en:Visit", "CATEGORIES:visit"}},
		{"name and description", &Options{Name: "Feed; name", Description: "About, this"}, []string{"NAME:Feed\\; name", "X-WR-CALNAME:Feed\\; name", "DESCRIPTION:About\\, this", "X-WR-CALDESC:About\\, this"}},
		{"clock", &Options{Now: fixed}, []string{"DTSTAMP:20251118T110005Z"}},
		{"url", &Options{URL: "https://example.org/feed.ics"}, []string{"URL:https://example.org/feed.ics", "SOURCE;VALUE=URI:https://example.org/feed.ics"}},
		{"refresh 90m", &Options{Refresh: 90 * time.Minute}, []string{"REFRESH-INTERVAL;VALUE=DURATION:PT1H30M", "X-PUBLISHED-TTL:PT1H30M"}},
		{"refresh 36h", &Options{Refresh: 36 * time.Hour}, []string{"REFRESH-INTERVAL;VALUE=DURATION:P1DT12H"}},
		{"refresh 7d", &Options{Refresh: 7 * 24 * time.Hour}, []string{"REFRESH-INTERVAL;VALUE=DURATION:P7D"}},
		{"refresh under a minute", &Options{Refresh: time.Second}, []string{"REFRESH-INTERVAL;VALUE=DURATION:PT1M"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := unfolded(t, oneEvent(nil), c.opts)
			for _, w := range c.want {
				if !hasLine(lines, w) {
					t.Errorf("output lacks line %q:\n%s", w, strings.Join(lines, "\n"))
				}
			}
		})
	}
}

func TestStatus(t *testing.T) {
	on := date.Of(2025, 11, 18)
	cases := []struct {
		name           string
		history        []timeline.Status
		when           date.When
		status, transp string
		note           string
	}{
		{"held", []timeline.Status{timeline.Held}, date.OnDay(on), "CONFIRMED", "OPAQUE", "Status: held"},
		{"confirmed", []timeline.Status{timeline.Confirmed}, date.OnDay(on), "CONFIRMED", "OPAQUE", "Status: confirmed"},
		{"proposed", []timeline.Status{timeline.Proposed}, date.OnDay(on), "TENTATIVE", "OPAQUE", "Status: proposed — why"},
		{"announced", []timeline.Status{timeline.Announced}, date.OnDay(on), "TENTATIVE", "OPAQUE", "Status: announced — why"},
		{"postponed", []timeline.Status{timeline.Confirmed, timeline.Postponed}, date.OnDay(on), "TENTATIVE", "OPAQUE", "Status: postponed — why"},
		{"rescheduled", []timeline.Status{timeline.Confirmed, timeline.Rescheduled}, date.OnDay(on), "TENTATIVE", "OPAQUE", "Status: rescheduled — why"},
		{"cancelled stays in the feed", []timeline.Status{timeline.Announced, timeline.Cancelled}, date.OnDay(on), "CANCELLED", "TRANSPARENT", "Status: cancelled — why"},
		{"cancelled approximate", []timeline.Status{timeline.Cancelled}, date.AroundDay(on, 3), "CANCELLED", "TRANSPARENT", "Status: cancelled — why"},
		{"held but approximate", []timeline.Status{timeline.Held}, date.AroundDay(on, 3), "TENTATIVE", "TRANSPARENT", "Status: held"},
		{"held in some month", []timeline.Status{timeline.Held}, date.InMonth(2025, 11), "TENTATIVE", "TRANSPARENT", "Status: held"},
		{"no history", nil, date.OnDay(on), "", "OPAQUE", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl := oneEvent(func(e *timeline.Event) {
				e.When = c.when
				for i, s := range c.history {
					h := timeline.StatusChange{Status: s, On: on.AddDays(i)}
					if s != timeline.Held && s != timeline.Confirmed {
						h.Note = timeline.Text{En: "why"}
					}
					e.History = append(e.History, h)
				}
			})
			lines := unfolded(t, tl, &Options{Lang: timeline.English})
			gotStatus := ""
			for _, l := range lines {
				if s, ok := strings.CutPrefix(l, "STATUS:"); ok {
					gotStatus = s
				}
			}
			if gotStatus != c.status {
				t.Errorf("STATUS = %q, want %q", gotStatus, c.status)
			}
			if !hasLine(lines, "TRANSP:"+c.transp) {
				t.Errorf("no TRANSP:%s", c.transp)
			}
			desc := ""
			for _, l := range lines {
				if s, ok := strings.CutPrefix(l, "DESCRIPTION;LANGUAGE=en:"); ok {
					desc = s
				}
			}
			if c.note != "" && !strings.Contains(desc, c.note) {
				t.Errorf("DESCRIPTION %q lacks the status note %q", desc, c.note)
			}
			if want := "SEQUENCE:" + itoa(max(0, len(c.history)-1)); !hasLine(lines, want) {
				t.Errorf("no %s", want)
			}
		})
	}
}

func TestLanguageFallback(t *testing.T) {
	tl := oneEvent(func(e *timeline.Event) { e.Title = timeline.Text{En: "Only English"} })
	lines := unfolded(t, tl, nil)
	if !hasLine(lines, "SUMMARY;LANGUAGE=en:Only English") {
		t.Errorf("a title missing in Hindi should fall back to English and say so:\n%s", strings.Join(lines, "\n"))
	}
}

// TestAttendeeLanguage checks that an ATTENDEE's LANGUAGE is the language
// its CN is in (RFC 5545 3.2.10), not the feed's, and that Unmarshal puts
// the name and the title back in their own languages.
func TestAttendeeLanguage(t *testing.T) {
	tests := map[string]struct {
		p        timeline.Participant
		lang     string // of CN
		titleTag string // the X-TITLE-LANGUAGE parameter, "" for none
	}{
		"Hindi name":                  {timeline.Participant{Name: timeline.Text{Hi: "पुतिन"}, Title: timeline.Text{Hi: "राष्ट्रपति"}}, "hi", "hi"},
		"English-only name":           {timeline.Participant{Name: timeline.Text{En: "Al Thani"}, Title: timeline.Text{Hi: "प्रधानमंत्री"}}, "en", "hi"},
		"English-only name and title": {timeline.Participant{Name: timeline.Text{En: "Al Thani"}, Title: timeline.Text{En: "Prime Minister"}}, "en", "en"},
		"Hindi name, English title":   {timeline.Participant{Name: timeline.Text{Hi: "अल थानी"}, Title: timeline.Text{En: "Prime Minister"}}, "hi", "en"},
		"English-only title, no name": {timeline.Participant{Title: timeline.Text{En: "Senior official"}, Country: "KZ"}, "en", ""},
		"name equal to title":         {timeline.Participant{Name: timeline.Text{Hi: "प्रतिनिधि"}, Title: timeline.Text{Hi: "प्रतिनिधि"}}, "hi", "hi"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			tl := oneEvent(func(e *timeline.Event) { e.Participants = []timeline.Participant{tc.p} })
			b, err := Marshal(tl, &Options{Lang: timeline.Hindi})
			if err != nil {
				t.Fatal(err)
			}
			top, err := parseComponents(b)
			if err != nil {
				t.Fatal(err)
			}
			var att *property
			for _, c := range top[0].subs {
				if c.name == "VEVENT" {
					att = c.first("ATTENDEE")
				}
			}
			if att == nil {
				t.Fatalf("no ATTENDEE:\n%s", b)
			}
			if got := param(att, "LANGUAGE"); got != tc.lang {
				t.Errorf("ATTENDEE LANGUAGE = %q, want %q (the language of CN %q)", got, tc.lang, param(att, "CN"))
			}
			if got := param(att, "X-TITLE-LANGUAGE"); got != tc.titleTag {
				t.Errorf("X-TITLE-LANGUAGE = %q, want %q", got, tc.titleTag)
			}
			if param(att, "X-NAME-LANGUAGE") != "" {
				t.Errorf("X-NAME-LANGUAGE is still written")
			}
			back, _, err := Unmarshal(b, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := back.Events[0].Participants[0]
			if got.Name != tc.p.Name || got.Title != tc.p.Title {
				t.Errorf("read back name %+v, title %+v; want %+v, %+v", got.Name, got.Title, tc.p.Name, tc.p.Title)
			}
		})
	}
}

// TestNoClock makes sure the package never reads the system clock: output
// that tests and caches compare must depend on the data and options only.
func TestNoClock(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("time.Now(")) {
			t.Errorf("%s calls time.Now", f)
		}
	}
}
