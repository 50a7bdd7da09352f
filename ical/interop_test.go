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
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// The interoperability suite runs our output through seven independent
// parsers (ical/interop/run.sh: ical.js, libical, Python icalendar and
// vobject, calcurse, node-ical and khal) and compares what each reads with
// what we meant. Locally a missing parser skips with an install hint; with
// CI set it fails.

const installHint = "install the parsers with .ci/install-interop.sh " +
	"(apt-get install libical-dev pkg-config gcc python3-icalendar python3-vobject calcurse khal; cd ical/interop && npm ci)"

// parserMissing returns why parser p cannot run here, or "".
func parserMissing(p string) string {
	run := func(name string, args ...string) bool { return exec.Command(name, args...).Run() == nil }
	if _, err := exec.LookPath("bash"); err != nil {
		return "bash (for interop/run.sh) not found"
	}
	switch p {
	case "icaljs", "nodeical":
		if _, err := exec.LookPath("node"); err != nil {
			return "node not found"
		}
		pkg := map[string]string{"icaljs": "ical.js", "nodeical": "node-ical"}[p]
		if _, err := os.Stat("interop/node_modules/" + pkg + "/package.json"); err != nil {
			return pkg + " not installed in ical/interop/node_modules"
		}
	case "libical":
		if _, err := os.Stat("interop/bin/libical-json"); err == nil {
			return ""
		}
		if !run("pkg-config", "--exists", "libical") {
			return "libical-dev (pkg-config libical) not found"
		}
	case "pyicalendar":
		if !run("/usr/bin/python3", "-c", "import icalendar") {
			return "Debian python3-icalendar not importable by /usr/bin/python3"
		}
	case "pyvobject":
		if !run("/usr/bin/python3", "-c", "import vobject") {
			return "Debian python3-vobject not importable by /usr/bin/python3"
		}
	case "calcurse":
		if _, err := exec.LookPath("calcurse"); err != nil {
			return "calcurse not found"
		}
		if !run("/usr/bin/python3", "-c", "pass") {
			return "/usr/bin/python3 not found"
		}
	case "khal":
		if _, err := exec.LookPath("khal"); err != nil {
			return "khal not found"
		}
		if !run("/usr/bin/python3", "-c", "import khal.cli") {
			return "Debian khal not importable by /usr/bin/python3"
		}
	default:
		return "unknown parser"
	}
	return ""
}

var parsers = []string{"icaljs", "libical", "pyicalendar", "pyvobject", "calcurse", "nodeical", "khal"}

// Parsed is a runner's normalized JSON (see ical/interop/README.md).
type parsed struct {
	Parser      string   `json:"parser"`
	Unsupported []string `json:"unsupported"`
	Calendar    struct {
		Name       *string  `json:"name"`
		XWRCalname *string  `json:"x_wr_calname"`
		Timezones  []string `json:"timezones"`
	} `json:"calendar"`
	Events []parsedEvent `json:"events"`
	Errors []string      `json:"errors"`
}

type parsedEvent struct {
	UID         *string     `json:"uid"`
	Summary     *string     `json:"summary"`
	Description *string     `json:"description"`
	Location    *string     `json:"location"`
	DTStart     *parsedDate `json:"dtstart"`
	DTEnd       *parsedDate `json:"dtend"`
	Status      *string     `json:"status"`
	Attendees   []parsedAtt `json:"attendees"`
	Sequence    *int        `json:"sequence"`
	RelatedTo   []string    `json:"related_to"`
	Categories  []string    `json:"categories"`
}

type parsedDate struct {
	Value    string  `json:"value"`
	TZID     *string `json:"tzid"`
	DateOnly bool    `json:"date_only"`
	Date     string  `json:"date"`
	UTC      *string `json:"utc"`
}

type parsedAtt struct {
	CN    *string `json:"cn"`
	Role  *string `json:"role"`
	Value *string `json:"value"`
}

// wantEvent is what we meant an event to say, computed from the timeline
// independently of the encoder's code paths where that is practical.
type wantEvent struct {
	uid, summary, description, status string
	location                          string
	relatedTo, categories             []string
	start, end                        *parsedDate
	attendees                         []string
	sequence                          int
}

// wantText is the TEXT a parser should give back for s: invalid bytes as
// U+FFFD, line breaks as "\n" (or a space on one-line properties), other
// control characters as their control pictures.
func wantText(s string, oneLine bool) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\n' && oneLine:
			b.WriteByte(' ')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune(0x2421)
		default:
			b.WriteRune(r) // RuneError for an invalid byte
		}
	}
	return b.String()
}

// wantParam is what a parameter value (CN) should read as: one line, a
// double quote as ʺ, a semicolon as U+037E (;), a caret that starts an
// RFC 6868 escape as ˆ, control characters as in wantText.
func wantParam(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			b.WriteRune('ʺ')
		case r == ';':
			b.WriteRune('\u037e') // GREEK QUESTION MARK, which looks like ';'
		case r == '^' && i+1 < len(s) && strings.IndexByte("nN'^", s[i+1]) >= 0:
			b.WriteRune('ˆ')
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
		case r == '\r' || r == '\n':
			b.WriteByte(' ')
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune(0x2421)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

func wantDay(d date.Date) *parsedDate {
	return &parsedDate{Value: strings.ReplaceAll(d.String(), "-", ""), DateOnly: true, Date: d.String()}
}

func wantTime(t time.Time, zone string) *parsedDate {
	tz := zone
	return &parsedDate{
		Value: t.Format("20060102T150405"), TZID: &tz, Date: t.Format("2006-01-02"),
		UTC: ptr(t.UTC().Format("2006-01-02T15:04:05Z")),
	}
}

func ptr[T any](v T) *T { return &v }

// occursTwice reports whether the wall clock of d happens twice in its
// zone, by looking at every minute within three hours of it; it does not
// share code with the encoder's check.
func occursTwice(d *parsedDate) bool {
	if d == nil || d.TZID == nil || *d.TZID == "UTC" || d.UTC == nil {
		return false
	}
	loc, err := time.LoadLocation(*d.TZID)
	if err != nil {
		return false
	}
	t, err := time.Parse("2006-01-02T15:04:05Z", *d.UTC)
	if err != nil {
		return false
	}
	n := 0
	for m := -180; m <= 180; m++ {
		if t.Add(time.Duration(m)*time.Minute).In(loc).Format("20060102T150405") == d.Value {
			n++
		}
	}
	return n > 1
}

// wantUTC is d written in UTC.
func wantUTC(d *parsedDate) *parsedDate {
	t, _ := time.Parse("2006-01-02T15:04:05Z", *d.UTC)
	return wantTime(t, "UTC")
}

func wantEvents(t *testing.T, tl *timeline.Timeline, o Options) []wantEvent {
	t.Helper()
	lang := o.Lang
	if lang == "" {
		lang = timeline.Hindi
	}
	var out []wantEvent
	for i := range tl.Events {
		e := &tl.Events[i]
		w := e.When
		we := wantEvent{uid: e.ID + "@samayrekha", sequence: max(0, len(e.History)-1)}
		switch {
		case w.IsTimed():
			st, err := w.StartTime()
			if err != nil {
				t.Fatal(err)
			}
			we.start = wantTime(st, w.Zone())
			switch {
			case w.IsSpan():
				et, _ := w.EndTime()
				we.end = wantTime(et, w.Zone())
			case w.Precision() == date.Hour:
				we.end = wantTime(st.Add(time.Hour), w.Zone())
			}
		case w.Bound() != date.NoBound && o.Coarse == CoarseOmit:
			continue
		case w.Bound() == date.BeforeBound:
			we.start, we.end = wantDay(w.Start().AddDays(-1)), wantDay(w.Start())
		case w.Bound() == date.AfterBound:
			we.start, we.end = wantDay(w.Start().AddDays(1)), wantDay(w.Start().AddDays(2))
		case w.Precision() > date.Day:
			switch o.Coarse {
			case CoarseOmit:
				continue
			case CoarseSpan:
				from, to := w.Days()
				we.start, we.end = wantDay(from), wantDay(to)
			default:
				we.start, we.end = wantDay(w.Start()), wantDay(w.Start().AddDays(1))
			}
		default:
			from, to := w.Days()
			we.start, we.end = wantDay(from), wantDay(to)
		}
		if w.IsTimed() && w.Zone() == "UTC" {
			we.start.TZID, we.end = ptr("UTC"), nil
		}
		if w.IsTimed() && (occursTwice(we.start) || we.end != nil && occursTwice(we.end)) {
			// Parsers disagree on a local time that occurs twice: it is
			// written in UTC, the first of the two (issue 13).
			we.start = wantUTC(we.start)
			if we.end != nil {
				we.end = wantUTC(we.end)
			}
		}
		fz := w.IsApprox() || w.Bound() != date.NoBound || w.Precision() > date.Day
		switch s := e.Status(); {
		case s == timeline.Cancelled:
			we.status = "CANCELLED"
		case fz:
			we.status = "TENTATIVE"
		case s == timeline.Held || s == timeline.Confirmed:
			we.status = "CONFIRMED"
		case s != "":
			we.status = "TENTATIVE"
		}
		we.summary = strings.TrimRight(wantText(e.Title.In(lang), true)+summarySuffix(w, langOf(e.Title, lang)), " \t")
		we.description = wantText(e.Description.In(lang), false)
		if n := notes(e, lang); n != "" {
			if we.description != "" {
				we.description += "\n\n"
			}
			we.description += wantText(n, false)
		}
		we.description = strings.TrimRight(we.description, " \t")
		for _, p := range e.Participants {
			cn := p.Name.In(lang)
			if cn == "" {
				cn = p.Title.In(lang)
			}
			we.attendees = append(we.attendees, wantParam(cn))
		}
		if loc, _ := location(e.Place, lang); loc != "" {
			we.location = strings.TrimRight(wantText(loc, true), " \t")
		}
		if e.PartOf != "" && !omitted(tl.Event(e.PartOf).When, o.Coarse) {
			we.relatedTo = append(we.relatedTo, e.PartOf+"@samayrekha")
		}
		for _, r := range e.Related {
			if !omitted(tl.Event(r).When, o.Coarse) {
				we.relatedTo = append(we.relatedTo, r+"@samayrekha")
			}
		}
		we.categories = append([]string{kindCategory(e.Kind, lang)}, e.Countries()...)
		out = append(out, we)
	}
	return out
}

// interopRunner returns the path of interop/run.sh, which runs one parser
// over a file; without it the test skips, or fails when CI is set.
func interopRunner(t *testing.T) string {
	t.Helper()
	run, err := filepath.Abs("interop/run.sh")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(run); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("ical/interop/run.sh not present and CI is set: %v", err)
		}
		t.Skipf("ical/interop/run.sh not present: %v", err)
	}
	return run
}

// requireParser skips the test when parser p is not installed, or fails it
// when CI is set.
func requireParser(t *testing.T, p string) {
	t.Helper()
	if why := parserMissing(p); why != "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("parser %s missing (%s) and CI is set; %s", p, why, installHint)
		}
		t.Skipf("parser %s missing (%s); %s", p, why, installHint)
	}
}

// readWith runs parser p over file and returns what it read.
func readWith(t *testing.T, run, p, file string) parsed {
	t.Helper()
	cmd := exec.Command(run, p, file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("run.sh %s %s: %v\n%s", p, file, err, stderr.String())
	}
	var got parsed
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("run.sh %s: bad JSON: %v\n%s", p, err, out)
	}
	return got
}

func TestInterop(t *testing.T) {
	run := interopRunner(t)
	fixtures := []struct {
		name string
		tl   *timeline.Timeline
		opts Options
	}{
		{"seed-hi", seed.Timeline(), Options{}},
		{"seed-en", seed.Timeline(), Options{Lang: timeline.English}},
		{"hostile-en", hostileTimeline(), Options{Lang: timeline.English}},
		{"hostile-hi", hostileTimeline(), Options{}},
		{"hostile-span", hostileTimeline(), Options{Lang: timeline.English, Coarse: CoarseSpan}},
		{"hostile-omit", hostileTimeline(), Options{Lang: timeline.English, Coarse: CoarseOmit}},
	}
	dir := t.TempDir()
	for _, p := range parsers {
		t.Run(p, func(t *testing.T) {
			requireParser(t, p)
			for _, f := range fixtures {
				t.Run(f.name, func(t *testing.T) {
					b, err := Marshal(f.tl, &f.opts)
					if err != nil {
						t.Fatalf("Marshal: %v", err)
					}
					file := filepath.Join(dir, p+"-"+f.name+".ics")
					if err := os.WriteFile(file, b, 0o644); err != nil {
						t.Fatal(err)
					}
					got := readWith(t, run, p, file)
					compareParsed(t, p, &got, wantEvents(t, f.tl, f.opts), f.tl, f.opts)
				})
			}
		})
	}
}

func compareParsed(t *testing.T, p string, got *parsed, want []wantEvent, tl *timeline.Timeline, o Options) {
	t.Helper()
	unsupported := func(field string) bool { return slices.Contains(got.Unsupported, field) }
	for _, e := range got.Errors {
		if p == "calcurse" && strings.Contains(e, "multi-day event changed to one-day event") {
			continue // calcurse's own note about a multi-day all-day event, which it still reads right
		}
		t.Errorf("%s reported: %s", p, e)
	}
	if len(got.Events) != len(want) {
		t.Fatalf("%s read %d events, want %d", p, len(got.Events), len(want))
	}
	// Zones: one VTIMEZONE per zone of a timed event.
	if !unsupported("calendar.timezones") {
		var zones []string
		for _, w := range want {
			if w.start.TZID != nil && *w.start.TZID != "UTC" && !slices.Contains(zones, *w.start.TZID) {
				zones = append(zones, *w.start.TZID)
			}
		}
		slices.Sort(zones)
		if !slices.Equal(got.Calendar.Timezones, zones) && !(len(zones) == 0 && got.Calendar.Timezones == nil) {
			t.Errorf("%s: timezones = %q, want %q", p, got.Calendar.Timezones, zones)
		}
	}
	if !unsupported("calendar.name") {
		name := tl.Title.In(o.Lang)
		if o.Lang == "" {
			name = tl.Title.In(timeline.Hindi)
		}
		if s := deref(got.Calendar.Name); s != name {
			t.Errorf("%s: NAME = %q, want %q", p, s, name)
		}
		if s := deref(got.Calendar.XWRCalname); s != name {
			t.Errorf("%s: X-WR-CALNAME = %q, want %q", p, s, name)
		}
	}
	gotEvents := got.Events
	if unsupported("event_order") {
		// calcurse and khal keep their own order: match by UID where the
		// parser has one (khal), else by start and summary (calcurse).
		gotEvents = make([]parsedEvent, len(want))
		used := make([]bool, len(got.Events))
		for i, w := range want {
			for j, g := range got.Events {
				match := deref(g.UID) == w.uid
				if unsupported("uid") {
					match = deref(g.Summary) == w.summary && sameStart(g.DTStart, w.start)
				}
				if !used[j] && match {
					gotEvents[i], used[j] = g, true
					break
				}
			}
			if gotEvents[i].Summary == nil {
				t.Errorf("%s: no event %s with summary %q starting %+v", p, w.uid, w.summary, *w.start)
			}
		}
	}
	for i, w := range want {
		g := gotEvents[i]
		id := w.uid
		if !unsupported("uid") && deref(g.UID) != w.uid {
			t.Errorf("%s: event %d UID = %q, want %q", p, i, deref(g.UID), w.uid)
		}
		if s := deref(g.Summary); s != w.summary {
			t.Errorf("%s: %s SUMMARY = %q, want %q", p, id, s, w.summary)
		}
		if p != "calcurse" && deref(g.Description) != w.description {
			t.Errorf("%s: %s DESCRIPTION = %q, want %q", p, id, deref(g.Description), w.description)
		}
		if !unsupported("status") && deref(g.Status) != w.status {
			t.Errorf("%s: %s STATUS = %q, want %q", p, id, deref(g.Status), w.status)
		}
		if !unsupported("sequence") && (g.Sequence == nil || *g.Sequence != w.sequence) {
			t.Errorf("%s: %s SEQUENCE = %v, want %d", p, id, g.Sequence, w.sequence)
		}
		compareDate(t, p, id+" DTSTART", g.DTStart, w.start, unsupported)
		wantEnd := w.end
		if p == "khal" && wantEnd == nil && w.start != nil && !w.start.DateOnly {
			// khal's import gives a timed event without DTEND an end one
			// hour after its start, and stores it (ical/interop/README.md).
			wantEnd = khalEnd(t, w.start)
		}
		compareDate(t, p, id+" DTEND", g.DTEnd, wantEnd, unsupported)
		if !unsupported("location") && p != "calcurse" && deref(g.Location) != w.location {
			t.Errorf("%s: %s LOCATION = %q, want %q", p, id, deref(g.Location), w.location)
		}
		if !unsupported("related_to") && !slices.Equal(g.RelatedTo, w.relatedTo) && len(g.RelatedTo)+len(w.relatedTo) > 0 {
			t.Errorf("%s: %s RELATED-TO = %q, want %q", p, id, g.RelatedTo, w.relatedTo)
		}
		if !unsupported("categories") && !slices.Equal(g.Categories, w.categories) {
			t.Errorf("%s: %s CATEGORIES = %q, want %q", p, id, g.Categories, w.categories)
		}
		if !unsupported("attendees") {
			var cns []string
			for _, a := range g.Attendees {
				cns = append(cns, deref(a.CN))
			}
			if !slices.Equal(cns, w.attendees) {
				t.Errorf("%s: %s attendees = %q, want %q", p, id, cns, w.attendees)
			}
		}
	}
}

// khalEnd is the end khal gives an event that starts at start and has no
// DTEND: an hour later, in the same zone.
func khalEnd(t *testing.T, start *parsedDate) *parsedDate {
	t.Helper()
	st, err := time.Parse("2006-01-02T15:04:05Z", deref(start.UTC))
	if err != nil {
		t.Fatalf("start %s: %v", fmtDate(start), err)
	}
	zone := deref(start.TZID)
	loc := time.UTC
	if zone != "UTC" {
		if loc, err = date.LoadZone(zone); err != nil {
			t.Fatal(err)
		}
	}
	return wantTime(st.Add(time.Hour).In(loc), zone)
}

func sameStart(g, w *parsedDate) bool {
	if g == nil || w == nil {
		return g == w
	}
	if w.DateOnly {
		return g.DateOnly && g.Date == w.Date
	}
	return deref(g.UTC) == deref(w.UTC)
}

func compareDate(t *testing.T, p, what string, g, w *parsedDate, unsupported func(string) bool) {
	t.Helper()
	if w == nil {
		if g != nil {
			t.Errorf("%s: %s = %+v, want none", p, what, *g)
		}
		return
	}
	if g == nil {
		t.Errorf("%s: %s missing, want %s", p, what, fmtDate(w))
		return
	}
	bad := g.DateOnly != w.DateOnly
	if w.DateOnly {
		bad = bad || g.Date != w.Date || (!unsupported("dtstart.value") && g.Value != w.Value) || g.TZID != nil
	} else {
		bad = bad || deref(g.UTC) != deref(w.UTC) || deref(g.TZID) != deref(w.TZID)
		if !unsupported("dtstart.value") {
			bad = bad || g.Value != w.Value || g.Date != w.Date
		}
	}
	if bad {
		t.Errorf("%s: %s = %s, want %s", p, what, fmtDate(g), fmtDate(w))
	}
}

func fmtDate(d *parsedDate) string {
	return fmt.Sprintf("{value %s tzid %q date-only %v date %s utc %s}", d.Value, deref(d.TZID), d.DateOnly, d.Date, deref(d.UTC))
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// TestInteropGolangICalBaseline runs golang-ical's own serialization of an
// event with the issue-4 attendee and a CR-injection title through the same
// parsers, to show that the suite catches what our writer fixes: at least
// one parser must misread it. (If none did, the comparison above would be
// proving nothing.)
func TestInteropGolangICalBaseline(t *testing.T) {
	run := interopRunner(t)
	cal := ics.NewCalendarFor("samayrekha")
	ev := cal.AddEvent("baseline@samayrekha")
	ev.SetDtStampTime(time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC))
	ev.SetAllDayStartAt(time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC))
	ev.SetSummary("Title\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged")
	ev.AddAttendee("mailto:pm@example.invalid", ics.WithCN(qatarCN))
	var buf bytes.Buffer
	if err := cal.SerializeTo(&buf); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "golang-ical.ics")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	misread := 0
	for _, p := range []string{"icaljs", "libical", "pyicalendar", "pyvobject"} {
		if why := parserMissing(p); why != "" {
			if os.Getenv("CI") != "" {
				t.Fatalf("parser %s missing (%s) and CI is set; %s", p, why, installHint)
			}
			t.Logf("skipping %s: %s", p, why)
			continue
		}
		out, err := exec.Command(run, p, file).Output()
		if err != nil {
			t.Logf("%s rejects golang-ical's output: %v", p, err)
			misread++
			continue
		}
		var got parsed
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%s: bad JSON: %v", p, err)
		}
		ok := len(got.Events) == 1 && len(got.Events[0].Attendees) == 1 && deref(got.Events[0].Attendees[0].CN) == qatarCN
		if !ok {
			misread++
			var cns []string
			for _, e := range got.Events {
				for _, a := range e.Attendees {
					cns = append(cns, deref(a.CN))
				}
			}
			t.Logf("%s misreads golang-ical's output (as issue 4 says): %d events, CNs %q", p, len(got.Events), cns)
		}
	}
	if misread == 0 && os.Getenv("CI") != "" {
		t.Errorf("no parser misread golang-ical's backslash-escaped CN and raw CRs; the interop suite or golang-ical changed")
	}
}

// TestInteropFarFuture checks the VTIMEZONEs on events after 2037 in DST
// zones (issue 13): vobject reads a VTIMEZONE that looks like UTC over
// 2000–2020 with pytz instead, whose rules end in 2037, so a London
// VTIMEZONE that began in 2040 put a summer event an hour late. Every
// parser must read these events exactly, except python-icalendar and khal
// (which reads through it): they read every IANA TZID with pytz, whatever
// the VTIMEZONE says, and are an hour off in DST (logged, not failed:
// nothing in the VTIMEZONE can change it).
func TestInteropFarFuture(t *testing.T) {
	run := interopRunner(t)
	tl := &timeline.Timeline{Title: timeline.Text{En: "After 2037"}}
	for _, zone := range []string{"Europe/London", "America/New_York", "Europe/Berlin", "Australia/Sydney"} {
		for _, m := range []time.Month{time.January, time.July} {
			id := strings.ToLower(strings.NewReplacer("/", "-", "_", "-").Replace(zone)) + "-" + strings.ToLower(m.String())
			tl.Events = append(tl.Events, timeline.Event{
				ID: id, Kind: timeline.Summit, Title: timeline.Text{En: zone + ", " + m.String() + " 2040"},
				When:    date.AtClock(date.Of(2040, m, 1), 9, 0, zone),
				Place:   timeline.Place{TimeZone: zone},
				History: []timeline.StatusChange{{Status: timeline.Confirmed, On: date.Of(2039, time.December, 1)}},
			})
		}
	}
	opts := Options{Lang: timeline.English}
	b, err := Marshal(tl, &opts)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "far-future.ics")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	want := wantEvents(t, tl, opts)
	for _, p := range parsers {
		t.Run(p, func(t *testing.T) {
			requireParser(t, p)
			got := readWith(t, run, p, file)
			if p != "pyicalendar" && p != "khal" {
				compareParsed(t, p, &got, want, tl, opts)
				return
			}
			for _, g := range got.Events {
				for _, w := range want {
					if deref(g.UID) == w.uid && deref(g.DTStart.UTC) != deref(w.start.UTC) {
						t.Logf("%s (pytz by name) reads %s at %s, want %s", p, w.uid, deref(g.DTStart.UTC), deref(w.start.UTC))
					}
				}
			}
		})
	}
}
