package jsonld_test

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
	held := timeline.StatusChange{Status: timeline.Held, On: on}
	tl := &timeline.Timeline{Events: []timeline.Event{
		ev("minute", date.AtClock(d(2025, 11, 18), 19, 0, "Europe/Moscow"), held),
		ev("timed-span", until(date.AtClock(d(2025, 12, 5), 10, 0, "Asia/Kolkata"), date.AtClock(d(2025, 12, 5), 12, 30, "Asia/Kolkata"))),
		ev("hour", date.AtHour(d(2025, 12, 5), 17, "Asia/Kolkata")),
		ev("day", date.OnDay(on), held),
		ev("day-span", until(date.OnDay(d(2025, 12, 5)), date.OnDay(d(2025, 12, 7)))),
		ev("around", date.AroundDay(d(2025, 12, 5), 2)),
		ev("week", date.WeekOf(d(2025, 11, 19))),
		ev("month", date.InMonth(2025, time.December)),
		ev("month-held", date.InMonth(2025, time.November), held),
		ev("year", date.InYear(2026)),
		ev("proposed", date.OnDay(on), timeline.StatusChange{Status: timeline.Proposed, On: on}),
		ev("announced", date.OnDay(on), timeline.StatusChange{Status: timeline.Announced, On: on}),
		ev("confirmed", date.OnDay(on), timeline.StatusChange{Status: timeline.Confirmed, On: on}),
		ev("postponed", date.OnDay(d(2025, 12, 1)),
			timeline.StatusChange{Status: timeline.Confirmed, On: d(2025, 11, 1)},
			timeline.StatusChange{Status: timeline.Postponed, On: on}),
		ev("postponed-month", date.InMonth(2025, time.December), timeline.StatusChange{Status: timeline.Postponed, On: on}),
		ev("rescheduled", date.OnDay(d(2025, 12, 9)), timeline.StatusChange{Status: timeline.Confirmed, On: d(2025, 11, 1)}, moved),
		ev("rescheduled-then-confirmed", date.OnDay(d(2025, 12, 9)), moved,
			timeline.StatusChange{Status: timeline.Confirmed, On: d(2025, 11, 20)}),
		ev("rescheduled-from-a-month", date.OnDay(d(2025, 12, 9)),
			timeline.StatusChange{Status: timeline.Rescheduled, On: on, Previous: date.InMonth(2025, time.November)}),
		ev("cancelled", date.OnDay(on), timeline.StatusChange{Status: timeline.Cancelled, On: on}),
	}}
	got := events(t, tl)
	iri := func(name string) any { return map[string]any{"@id": "https://schema.org/" + name} }
	for _, tc := range []struct {
		id                 string
		start, end, status any
		previous           any
		reason             string
	}{
		{"minute", "2025-11-18T19:00:00+03:00", nil, iri("EventScheduled"), nil, "venue's UTC offset; held on its exact date"},
		{"timed-span", "2025-12-05T10:00:00+05:30", "2025-12-05T12:30:00+05:30", nil, nil, "half-hour offset; no status, none claimed"},
		{"hour", "2025-12-05T17:00:00+05:30", nil, nil, nil, ""},
		{"day", "2025-11-18", nil, iri("EventScheduled"), nil, ""},
		{"day-span", "2025-12-05", "2025-12-07", nil, nil, "endDate is the last day, inclusive"},
		{"around", "2025-12-03", nil, nil, nil, "issue 14: the earliest possible day, the hedge in the description"},
		{"week", "2025-11-17", nil, nil, nil, "some day of the week: its Monday, no endDate claiming all seven days"},
		{"month", "2025-12-01", nil, nil, nil, "issue 14: a plain date (Google), the first possible day"},
		{"month-held", "2025-11-01", nil, nil, nil, "held, but not on 1 November as EventScheduled would say"},
		{"year", "2026-01-01", nil, nil, nil, ""},
		{"proposed", "2025-11-18", nil, nil, nil, "issue 14: schema.org has no proposed status; Scheduled would overclaim"},
		{"announced", "2025-11-18", nil, nil, nil, "announced is not confirmed"},
		{"confirmed", "2025-11-18", nil, iri("EventScheduled"), nil, ""},
		{"postponed", "2025-12-01", nil, iri("EventPostponed"), nil, "Google: keep the original startDate"},
		{"postponed-month", "2025-12-01", nil, iri("EventPostponed"), nil, "the postponement is confirmed even if the date was inexact"},
		{"rescheduled", "2025-12-09", nil, iri("EventRescheduled"), []any{"2025-12-01"}, ""},
		{"rescheduled-then-confirmed", "2025-12-09", nil, iri("EventRescheduled"), []any{"2025-12-01"}, "still rescheduled from its first date"},
		{"rescheduled-from-a-month", "2025-12-09", nil, iri("EventRescheduled"), nil, "an inexact earlier date is no previousStartDate"},
		{"cancelled", "2025-11-18", nil, iri("EventCancelled"), nil, ""},
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
			if _, ok := e["inLanguage"]; ok {
				t.Errorf("%s has inLanguage %v; an Event's inLanguage is the language it is held in, which the timeline does not know", tc.id, e["inLanguage"])
			}
		})
	}
}

// TestBoundsLeftOut checks that an event known only by a bound is not in
// the structured data (issue 14), and that nothing refers to it.
func TestBoundsLeftOut(t *testing.T) {
	d := date.Of
	parent := ev("parent", date.Before(d(2025, 11, 18)))
	child := ev("child", date.OnDay(d(2025, 11, 17)))
	child.PartOf = "parent"
	tl := &timeline.Timeline{Events: []timeline.Event{
		parent, child, ev("after", date.After(d(2025, 11, 18))),
	}}
	b, err := jsonld.Marshal(tl, &jsonld.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["numberOfItems"] != float64(1) {
		t.Errorf("numberOfItems = %v, want 1 (only the dated child)", doc["numberOfItems"])
	}
	got := events(t, tl)
	if _, ok := got["parent"]; ok {
		t.Error(`"before 18 November" is in the JSON-LD; it has no honest startDate`)
	}
	if _, ok := got["after"]; ok {
		t.Error(`"after 18 November" is in the JSON-LD`)
	}
	if sup, ok := got["child"]["superEvent"]; ok {
		t.Errorf("child refers to the left-out parent: superEvent %v", sup)
	}
}

// TestHedges checks that the description says what startDate cannot: an
// inexact date and an unconfirmed status, in both languages.
func TestHedges(t *testing.T) {
	d := date.Of
	visit := ev("visit", date.AroundDay(d(2025, 12, 5), 2),
		timeline.StatusChange{Status: timeline.Proposed, On: d(2025, 11, 18)})
	visit.Description = timeline.Text{Hi: "रिपोर्ट्स के अनुसार।"}
	meeting := ev("meeting", date.OnDay(d(2025, 11, 18)), timeline.StatusChange{Status: timeline.Held, On: d(2025, 11, 18)})
	meeting.Description = timeline.Text{En: "They met."}
	got := events(t, &timeline.Timeline{Events: []timeline.Event{visit, meeting}})
	want := []any{
		map[string]any{"@value": "रिपोर्ट्स के अनुसार। तारीख: 5 दिसंबर 2025 के आसपास (±2 दिन); सटीक दिन ज्ञात नहीं। स्थिति: प्रस्तावित; पुष्टि नहीं हुई है।", "@language": "hi"},
		map[string]any{"@value": "Date: around 5 December 2025 (±2 days); the exact day is not known. Status: proposed; not confirmed.", "@language": "en"},
	}
	if diff := cmp.Diff(want, got["visit"]["description"]); diff != "" {
		t.Errorf("description of the proposed visit mismatch (-want +got):\n%s", diff)
	}
	wantExact := map[string]any{"@value": "They met.", "@language": "en"}
	if diff := cmp.Diff(wantExact, got["meeting"]["description"]); diff != "" {
		t.Errorf("an exact, held event gained a hedge (-want +got):\n%s", diff)
	}
}

func TestSeedStructure(t *testing.T) {
	got := events(t, seed.Timeline())
	meeting := got[seed.MeetingID]
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
	if _, ok := got[seed.LavrovID]; ok {
		t.Errorf("the Lavrov meeting (before 18 November) is in the JSON-LD")
	}
	for id, e := range got {
		for _, role := range []string{"organizer", "attendee"} {
			people, _ := e[role].([]any)
			for _, p := range people {
				if p.(map[string]any)["name"] == nil {
					t.Errorf("%s: a nameless %s: %v", id, role, p)
				}
			}
		}
	}
	var kz map[string]any
	for _, p := range got[seed.SCOID]["attendee"].([]any) {
		if n := p.(map[string]any)["nationality"].(map[string]any); n["identifier"] == "KZ" {
			kz = p.(map[string]any)
		}
	}
	wantKZ := []any{
		map[string]any{"@value": "कजाकिस्तान के वरिष्ठ प्रतिनिधि", "@language": "hi"},
		map[string]any{"@value": "Senior representative of Kazakhstan", "@language": "en"},
	}
	if diff := cmp.Diff(wantKZ, kz["name"]); diff != "" {
		t.Errorf("the Kazakh delegate's name mismatch (-want +got):\n%s", diff)
	}
}

func TestDelegateNames(t *testing.T) {
	for _, tc := range []struct {
		name   string
		p      timeline.Participant
		want   any
		reason string
	}{
		{"named", timeline.Participant{Name: timeline.Text{En: "Sergey Lavrov"}, Title: timeline.Text{En: "Foreign Minister"}, Country: "RU"},
			map[string]any{"@value": "Sergey Lavrov", "@language": "en"}, "a name is never replaced"},
		{"office naming the country", timeline.Participant{Title: timeline.Text{Hi: "कजाकिस्तान के वरिष्ठ प्रतिनिधि", En: "Senior representative of Kazakhstan"}, Country: "KZ"},
			[]any{map[string]any{"@value": "कजाकिस्तान के वरिष्ठ प्रतिनिधि", "@language": "hi"}, map[string]any{"@value": "Senior representative of Kazakhstan", "@language": "en"}},
			"the English title names the country, so the Hindi one (spelt differently from CLDR's कज़ाखस्तान) is taken to as well"},
		{"office alone", timeline.Participant{Title: timeline.Text{Hi: "विदेश मंत्री", En: "Foreign Minister"}, Country: "QA"},
			[]any{map[string]any{"@value": "विदेश मंत्री, क़तर", "@language": "hi"}, map[string]any{"@value": "Foreign Minister, Qatar", "@language": "en"}}, ""},
		{"Hindi office naming the country without its nukta", timeline.Participant{Title: timeline.Text{Hi: "कतर के विदेश मंत्री"}, Country: "QA"},
			map[string]any{"@value": "कतर के विदेश मंत्री", "@language": "hi"}, "क़तर and कतर are one name"},
		{"country alone", timeline.Participant{Country: "PK"},
			[]any{map[string]any{"@value": "पाकिस्तान के प्रतिनिधि", "@language": "hi"}, map[string]any{"@value": "Representative of Pakistan", "@language": "en"}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := ev("e", date.OnDay(date.Of(2025, 11, 18)))
			e.Participants = []timeline.Participant{tc.p}
			got := events(t, &timeline.Timeline{Events: []timeline.Event{e}})["e"]["attendee"].([]any)[0].(map[string]any)["name"]
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("name mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestEventURL(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{ev("a", date.OnDay(date.Of(2025, 11, 18)))}}
	b, err := jsonld.Marshal(tl, &jsonld.Options{BaseURL: base, EventURL: func(id string) string { return base + "#event-" + id }})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"url": "https://newsroom.example/timeline#event-a"`)) {
		t.Errorf("no url from Options.EventURL in:\n%s", b)
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

// tools returns node and Debian's python3 for the checks in jsonldcheck, or
// skips the test (fails it when CI is set) with the install hint.
func tools(t *testing.T) (node, python string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join("jsonldcheck", "node_modules", "jsonld"))
	}
	if err != nil {
		need(t, "the JSON-LD checks need node and `npm ci --prefix timeline/jsonld/jsonldcheck`: "+err.Error())
	}
	python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import pyld").Run(); err != nil {
		need(t, "the second JSON-LD processor needs Debian's python3-pyld (apt-get install python3-pyld): "+err.Error())
	}
	return node, python
}

func need(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// checkResult is what jsonldcheck/check.mjs prints.
type checkResult struct {
	NQuads string   `json:"nquads"`
	Errors []string `json:"errors"`
	Quads  int      `json:"quads"`
}

// check runs check.mjs on the documents and returns its readings, the
// context it used (written to a file for the second processor) and the
// documents' paths.
func check(t *testing.T, node string, docs ...[]byte) (res []checkResult, contextFile string, files []string) {
	t.Helper()
	dir := t.TempDir()
	contextFile = filepath.Join(dir, "schemaorg-context.jsonld")
	args := []string{filepath.Join("jsonldcheck", "check.mjs"), "-context-out", contextFile, "-base", base}
	for i, doc := range docs {
		f := filepath.Join(dir, fmt.Sprintf("doc%d.jsonld", i))
		if err := os.WriteFile(f, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	cmd := exec.Command(node, append(args, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("check.mjs: %v\n%s", err, stderr.Bytes())
	}
	if len(docs) == 1 {
		res = make([]checkResult, 1)
		err = json.Unmarshal(out, &res[0])
	} else {
		err = json.Unmarshal(out, &res)
	}
	if err != nil || len(res) != len(docs) {
		t.Fatalf("check.mjs printed no JSON for %d documents: %v\n%s", len(docs), err, out)
	}
	return res, contextFile, files
}

// TestProcessors reads the seed's JSON-LD with two independent JSON-LD
// processors, the npm jsonld one and Debian's pyld, against schema.org's
// context as schema.org generates it from its vocabulary (no hand-written
// context; see jsonldcheck/schemaorg.mjs). Both must read the same RDF,
// byte for byte once canonicalized, and that RDF must have no vocabulary
// errors: every type a schema.org class, every property one of schema.org's
// with its subject in its domain and its object in its range (issue 14).
func TestProcessors(t *testing.T) {
	node, python := tools(t)
	doc, err := jsonld.Marshal(seed.Timeline(), &jsonld.Options{})
	if err != nil {
		t.Fatal(err)
	}
	results, contextFile, files := check(t, node, doc)
	res, docFile := results[0], files[0]
	for _, e := range res.Errors {
		t.Errorf("vocabulary error: %s", e)
	}
	cmd := exec.Command(python, filepath.Join("jsonldcheck", "pyld_check.py"), docFile, contextFile, base)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pyNQuads, err := cmd.Output()
	if err != nil {
		t.Fatalf("pyld_check.py: %v\n%s", err, stderr.Bytes())
	}
	if diff := cmp.Diff(res.NQuads, string(pyNQuads)); diff != "" {
		t.Errorf("jsonld.js and pyld read different RDF (-jsonld.js +pyld):\n%s", diff)
	}
	golden.Check(t, filepath.Join("testdata", "seed.nq"), []byte(res.NQuads))

	const s = "<http://schema.org/"
	id := func(e string) string { return "<" + base + "#" + e + ">" }
	for _, tc := range []struct {
		quad   string
		want   bool
		reason string
	}{
		{id(seed.MeetingID) + " " + s + "eventStatus> <https://schema.org/EventScheduled> .", true, "an IRI, not a string, whatever the context"},
		{id(seed.MeetingID) + " " + s + "startDate> \"2025-11-18\"^^<http://schema.org/Date> .", true, "schema.org's context types startDate as Date"},
		{id(seed.PutinVisitID) + " " + s + "startDate> \"2025-12-03\"^^<http://schema.org/Date> .", true, "the earliest possible day of 5 December ±2"},
		{id(seed.PutinVisitID) + " " + s + "eventStatus>", false, "proposed: no status claimed"},
		{id(seed.SCOID) + " " + s + "eventStatus>", false, "held, but on an unknown day of November"},
		{id(seed.PutinVisitID) + " " + s + "superEvent> " + id(seed.SummitID) + " .", true, ""},
		{id(seed.SCOID) + " " + s + "subEvent> " + id(seed.QatarID) + " .", true, ""},
		{id(seed.LavrovID), false, "before 18 November: left out"},
		{s + "inLanguage>", false, "no Event states the language it is held in"},
	} {
		if got := strings.Contains(res.NQuads, tc.quad); got != tc.want {
			t.Errorf("RDF has %q: %v, want %v (%s)", tc.quad, got, tc.want, tc.reason)
		}
	}
}

// TestVocabularyErrors proves that the vocabulary check has teeth: each
// document breaks one rule and must be reported.
func TestVocabularyErrors(t *testing.T) {
	node, _ := tools(t)
	event := func(props string) string {
		return `{"@context": "https://schema.org", "@type": "Event", "@id": "#e", "name": "E", "startDate": "2025-11-18"` + props + `}`
	}
	cases := []struct{ name, doc, want string }{
		{"status as a string (issue 14)", event(`, "eventStatus": "https://schema.org/EventScheduled"`), "eventStatus wants EventStatusType, got the literal"},
		{"misspelt property", event(`, "nmae": "typo"`), "nmae is not a schema.org property"},
		{"misspelt type", `{"@context": "https://schema.org", "@type": "Evnt", "name": "E"}`, "type http://schema.org/Evnt is not a schema.org class"},
		{"property of another type", event(`, "jobTitle": "Minister"`), "jobTitle is not a property of Event"},
		{"reduced date (issue 14)", `{"@context": "https://schema.org", "@type": "Event", "name": "E", "startDate": "2025-12"}`, `startDate "2025-12" is not a full date`},
		{"wrong range", event(`, "location": {"@type": "Person", "name": "P"}`), "location wants"},
		{"status from another enumeration", event(`, "eventStatus": {"@id": "https://schema.org/InStock"}`), "eventStatus wants EventStatusType, got"},
	}
	var docs [][]byte
	for _, tc := range cases {
		docs = append(docs, []byte(tc.doc))
	}
	results, _, _ := check(t, node, docs...) // one run: reading the vocabulary takes seconds
	for i, tc := range cases {
		if errs := results[i].Errors; !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, tc.want) }) {
			t.Errorf("%s: errors %q, want one containing %q", tc.name, errs, tc.want)
		}
	}
}

// TestSchemaDTS compiles the seed's JSON-LD as a schema-dts
// WithContext<ItemList> with tsc: Google's typings of schema.org's
// vocabulary must accept every type, property and value. A misspelt
// property must fail, so the check has teeth.
func TestSchemaDTS(t *testing.T) {
	node, _ := tools(t)
	if testing.Short() {
		t.Skip("tsc takes seconds")
	}
	doc, err := jsonld.Marshal(seed.Timeline(), &jsonld.Options{EventURL: func(id string) string { return "#event-" + id }})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "seed.jsonld")
	bad := filepath.Join(dir, "typo.jsonld")
	if err := os.WriteFile(good, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, bytes.Replace(doc, []byte(`"jobTitle"`), []byte(`"jobTitel"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	typecheck := filepath.Join("jsonldcheck", "typecheck.mjs")
	if out, err := exec.Command(node, typecheck, good).CombinedOutput(); err != nil {
		t.Errorf("schema-dts rejects the seed's JSON-LD: %v\n%s", err, out)
	}
	out, err := exec.Command(node, typecheck, bad).CombinedOutput()
	if err == nil || !bytes.Contains(out, []byte("jobTitel")) {
		t.Errorf("schema-dts accepted a misspelt jobTitel: %v\n%s", err, out)
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
