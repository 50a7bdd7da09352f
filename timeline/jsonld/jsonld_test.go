package jsonld_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/jsonld"
)

const base = "https://newsroom.example/timeline"

func TestMarshalGolden(t *testing.T) {
	got, err := jsonld.Marshal(seed.Timeline(), &jsonld.Options{BaseURL: base})
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	golden.Check(t, filepath.Join("testdata", "seed.jsonld"), got)
}

// events decodes Marshal's output and returns its events by identifier.
func events(t *testing.T, tl *timeline.Timeline) map[string]map[string]any {
	t.Helper()
	b, err := jsonld.Marshal(tl, &jsonld.Options{})
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var doc struct {
		Items []struct {
			Item map[string]any `json:"item"`
		} `json:"itemListElement"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	m := map[string]map[string]any{}
	for _, it := range doc.Items {
		m[it.Item["identifier"].(string)] = it.Item
	}
	return m
}

func ev(id string, w date.When, history ...timeline.StatusChange) timeline.Event {
	return timeline.Event{ID: id, Kind: timeline.Visit, Title: timeline.Text{En: id}, When: w, History: history}
}

func TestDatesAndStatus(t *testing.T) {
	d := date.Of
	on := d(2025, 11, 18)
	moved := timeline.StatusChange{Status: timeline.Rescheduled, On: on, Previous: date.OnDay(d(2025, 12, 1))}
	tl := &timeline.Timeline{Events: []timeline.Event{
		ev("minute", date.AtClock(d(2025, 11, 18), 19, 0, "Europe/Moscow")),
		ev("timed-span", until(date.AtClock(d(2025, 12, 5), 10, 0, "Asia/Kolkata"), date.AtClock(d(2025, 12, 5), 12, 30, "Asia/Kolkata"))),
		ev("hour", date.AtHour(d(2025, 12, 5), 17, "Asia/Kolkata")),
		ev("day", date.OnDay(on)),
		ev("day-span", until(date.OnDay(d(2025, 12, 5)), date.OnDay(d(2025, 12, 7)))),
		ev("around", date.AroundDay(d(2025, 12, 5), 2)),
		ev("week", date.WeekOf(d(2025, 11, 19))),
		ev("month", date.InMonth(2025, time.December)),
		ev("year", date.InYear(2026)),
		ev("before", date.Before(on)),
		ev("proposed", date.OnDay(on), timeline.StatusChange{Status: timeline.Proposed, On: on}),
		ev("postponed", date.OnDay(d(2025, 12, 1)),
			timeline.StatusChange{Status: timeline.Confirmed, On: d(2025, 11, 1)},
			timeline.StatusChange{Status: timeline.Postponed, On: on}),
		ev("rescheduled", date.OnDay(d(2025, 12, 9)), timeline.StatusChange{Status: timeline.Confirmed, On: d(2025, 11, 1)}, moved),
		ev("rescheduled-then-confirmed", date.OnDay(d(2025, 12, 9)), moved,
			timeline.StatusChange{Status: timeline.Confirmed, On: d(2025, 11, 20)}),
		ev("cancelled", date.OnDay(on), timeline.StatusChange{Status: timeline.Cancelled, On: on}),
	}}
	got := events(t, tl)
	for _, tc := range []struct {
		id                 string
		start, end, status any
		previous           any
		reason             string
	}{
		{"minute", "2025-11-18T19:00:00+03:00", nil, nil, nil, "venue's UTC offset"},
		{"timed-span", "2025-12-05T10:00:00+05:30", "2025-12-05T12:30:00+05:30", nil, nil, "half-hour offset"},
		{"hour", "2025-12-05T17:00:00+05:30", nil, nil, nil, ""},
		{"day", "2025-11-18", nil, nil, nil, ""},
		{"day-span", "2025-12-05", "2025-12-07", nil, nil, "endDate is the last day, inclusive"},
		{"around", "2025-12-05", nil, nil, nil, "no approximate marker in schema.org: the central day"},
		{"week", "2025-11-17", "2025-11-23", nil, nil, "Monday to Sunday"},
		{"month", "2025-12", nil, nil, nil, "ISO 8601 reduced precision, not a made-up 1 December"},
		{"year", "2026", nil, nil, nil, ""},
		{"before", nil, nil, nil, nil, "no startDate rather than a wrong one"},
		{"proposed", "2025-11-18", nil, "https://schema.org/EventScheduled", nil, "schema.org has no proposed status"},
		{"postponed", "2025-12-01", nil, "https://schema.org/EventPostponed", nil, "Google: keep the original startDate"},
		{"rescheduled", "2025-12-09", nil, "https://schema.org/EventRescheduled", []any{"2025-12-01"}, ""},
		{"rescheduled-then-confirmed", "2025-12-09", nil, "https://schema.org/EventRescheduled", []any{"2025-12-01"}, "still rescheduled from its first date"},
		{"cancelled", "2025-11-18", nil, "https://schema.org/EventCancelled", nil, ""},
	} {
		t.Run(tc.id, func(t *testing.T) {
			e := got[tc.id]
			for _, f := range []struct {
				key  string
				want any
			}{{"startDate", tc.start}, {"endDate", tc.end}, {"eventStatus", tc.status}, {"previousStartDate", tc.previous}} {
				if diff := cmp.Diff(f.want, e[f.key]); diff != "" {
					t.Errorf("%s of %s mismatch (-want +got) (%s):\n%s", f.key, tc.id, tc.reason, diff)
				}
			}
		})
	}
}

func TestSeedStructure(t *testing.T) {
	got := events(t, seed.Timeline())
	meeting := got[seed.MeetingID]
	if diff := cmp.Diff([]any{"hi", "en"}, meeting["inLanguage"]); diff != "" {
		t.Errorf("inLanguage mismatch (-want +got):\n%s", diff)
	}
	wantName := []any{
		map[string]any{"@value": "मॉस्को में जयशंकर–पुतिन मुलाकात", "@language": "hi"},
		map[string]any{"@value": "Jaishankar meets Putin in Moscow", "@language": "en"},
	}
	if diff := cmp.Diff(wantName, meeting["name"]); diff != "" {
		t.Errorf("name mismatch (-want +got):\n%s", diff)
	}
	org := meeting["organizer"].([]any)
	if len(org) != 1 || org[0].(map[string]any)["jobTitle"] == nil {
		t.Errorf("organizer = %v, want Putin (the host) with his jobTitle", org)
	}
	if n := len(meeting["attendee"].([]any)); n != 3 {
		t.Errorf("got %d attendees, want 3 (guest and two attendees)", n)
	}
	loc := meeting["location"].(map[string]any)
	if loc["@type"] != "Place" || loc["address"].(map[string]any)["addressCountry"] != "RU" || loc["geo"] == nil {
		t.Errorf("location = %v, want a Place in RU with geo coordinates", loc)
	}
	if diff := cmp.Diff(map[string]any{"@id": "#" + seed.SCOID}, got[seed.QatarID]["superEvent"]); diff != "" {
		t.Errorf("superEvent of the Qatar meeting mismatch (-want +got):\n%s", diff)
	}
	wantSubs := []any{map[string]any{"@id": "#" + seed.QatarID}, map[string]any{"@id": "#" + seed.MongoliaID}}
	if diff := cmp.Diff(wantSubs, got[seed.SCOID]["subEvent"]); diff != "" {
		t.Errorf("subEvent of the SCO meeting mismatch (-want +got):\n%s", diff)
	}
}

const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></script>`

func TestHostileText(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "hostile", Kind: timeline.Statement,
		Title: timeline.Text{Hi: hostile, En: `"}]}, "@id": "x`},
		When:  date.OnDay(date.Of(2025, 11, 18)),
	}}}
	b, err := jsonld.Marshal(tl, &jsonld.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsAny(b, "<>") {
		t.Errorf("output has a raw < or >, so </script> could end the embedding element:\n%s", b)
	}
	got := events(t, tl)["hostile"]["name"]
	want := []any{
		map[string]any{"@value": hostile, "@language": "hi"},
		map[string]any{"@value": `"}]}, "@id": "x`, "@language": "en"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hostile name did not survive as text (-want +got):\n%s", diff)
	}
}

func TestMarshalErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		tl   *timeline.Timeline
		want string
	}{
		{"nil", nil, "jsonld: nil timeline"},
		{"duplicate IDs", &timeline.Timeline{Events: []timeline.Event{ev("a", date.InYear(2025)), ev("a", date.InYear(2025))}}, "jsonld: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := jsonld.Marshal(tc.tl, &jsonld.Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) || b != nil {
				t.Errorf("Marshal() = %d bytes, %v; want nil and an error starting %q", len(b), err, tc.want)
			}
		})
	}
}

// TestProcessorExpands runs the seed's JSON-LD through a real JSON-LD
// processor (jsonld.js, in safe mode, against the local schema.org context
// in testdata) and checks what it understood.
func TestProcessorExpands(t *testing.T) {
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join("jsonldcheck", "node_modules", "jsonld"))
	}
	if err != nil {
		msg := "JSON-LD processor check needs node and `npm ci --prefix timeline/jsonld/jsonldcheck`: " + err.Error()
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	doc, err := jsonld.Marshal(seed.Timeline(), &jsonld.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "seed.jsonld")
	if err := os.WriteFile(in, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join("jsonldcheck", "expand.mjs"), in, base)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jsonld.expand failed: %v\n%s", err, stderr.Bytes())
	}
	golden.Check(t, filepath.Join("testdata", "seed.expanded.json"), out)

	var expanded []map[string]any
	if err := json.Unmarshal(out, &expanded); err != nil {
		t.Fatalf("expanded output is not a JSON-LD array: %v", err)
	}
	const s = "https://schema.org/"
	if len(expanded) != 1 {
		t.Fatalf("expanded to %d top-level nodes, want 1 ItemList", len(expanded))
	}
	nodes := map[string]map[string]any{}
	for _, li := range expanded[0][s+"itemListElement"].([]any) {
		item := li.(map[string]any)[s+"item"].([]any)[0].(map[string]any)
		nodes[item["@id"].(string)] = item
	}
	if len(nodes) != len(seed.Timeline().Events) {
		t.Errorf("processor saw %d events, want %d", len(nodes), len(seed.Timeline().Events))
	}
	id := func(e string) string { return base + "#" + e }
	for nid, n := range nodes {
		if diff := cmp.Diff([]any{s + "Event"}, n["@type"]); diff != "" {
			t.Errorf("%s @type mismatch (-want +got):\n%s", nid, diff)
		}
		names, _ := n[s+"name"].([]any)
		var langs []string
		for _, v := range names {
			langs = append(langs, v.(map[string]any)["@language"].(string))
		}
		if diff := cmp.Diff([]string{"hi", "en"}, langs); diff != "" {
			t.Errorf("%s name languages mismatch (-want +got):\n%s", nid, diff)
		}
	}
	for _, tc := range []struct {
		event, prop string
		want        any
	}{
		{seed.MeetingID, "startDate", []any{map[string]any{"@value": "2025-11-18"}}},
		{seed.MeetingID, "eventStatus", []any{map[string]any{"@id": s + "EventScheduled"}}},
		{seed.PutinVisitID, "superEvent", []any{map[string]any{"@id": id(seed.SummitID)}}},
		{seed.SCOID, "subEvent", []any{map[string]any{"@id": id(seed.QatarID)}, map[string]any{"@id": id(seed.MongoliaID)}}},
		{seed.SummitID, "startDate", []any{map[string]any{"@value": "2025-12"}}},
	} {
		n := nodes[id(tc.event)]
		if diff := cmp.Diff(tc.want, n[s+tc.prop]); diff != "" {
			t.Errorf("expanded %s of %s mismatch (-want +got):\n%s", tc.prop, tc.event, diff)
		}
	}
}

// TestProcessorRejectsUnknownTerms proves the processor check has teeth:
// a term missing from the local context fails safe-mode expansion.
func TestProcessorRejectsUnknownTerms(t *testing.T) {
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join("jsonldcheck", "node_modules", "jsonld"))
	}
	if err != nil {
		t.Skip("needs node and jsonldcheck/node_modules")
	}
	in := filepath.Join(t.TempDir(), "bad.jsonld")
	bad := `{"@context": "https://schema.org", "@type": "Event", "nmae": "typo"}`
	if err := os.WriteFile(in, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	err = exec.Command(node, filepath.Join("jsonldcheck", "expand.mjs"), in).Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Errorf("expanding a document with an unknown term: err = %v, want exit status 1", err)
	}
}

// FuzzText checks that any name survives Marshal as the same string, with
// no raw < or > that could end an embedding <script> element.
func FuzzText(f *testing.F) {
	f.Add(hostile, "")
	f.Add("पुतिन का भारत दौरा", "Putin's visit to India")
	f.Fuzz(func(t *testing.T, hi, en string) {
		if !utf8.ValidString(hi) || !utf8.ValidString(en) || hi == "" {
			return
		}
		tl := &timeline.Timeline{Events: []timeline.Event{ev("fuzz", date.InYear(2025))}}
		tl.Events[0].Title = timeline.Text{Hi: hi, En: en}
		if tl.Validate() != nil {
			return
		}
		b, err := jsonld.Marshal(tl, &jsonld.Options{})
		if err != nil {
			t.Fatalf("Marshal of a valid timeline: %v", err)
		}
		if bytes.ContainsAny(b, "<>") {
			t.Fatalf("raw < or > in output:\n%s", b)
		}
		name := events(t, tl)["fuzz"]["name"]
		var first map[string]any
		switch v := name.(type) {
		case []any:
			first = v[0].(map[string]any)
		case map[string]any:
			first = v
		}
		if first["@value"] != hi || first["@language"] != "hi" {
			t.Errorf("name = %v, want %q tagged hi first", name, hi)
		}
	})
}

// until is When.Until for test fixtures that are valid spans by
// construction; a mistake in a fixture stops the test binary loudly.
func until(start, end date.When) date.When {
	w, err := start.Until(end)
	if err != nil {
		panic(err)
	}
	return w
}
