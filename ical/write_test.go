package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// checkLines checks the framing of an iCalendar stream: every line ends in
// CRLF, holds at most 75 octets and is valid UTF-8 on its own (no fold
// splits a character), and no CR or LF appears anywhere else.
func checkLines(t *testing.T, b []byte) {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Errorf("output does not end in CRLF")
	}
	for i, line := range bytes.Split(bytes.TrimSuffix(b, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > maxLine {
			t.Errorf("line %d has %d octets, more than %d: %q", i+1, len(line), maxLine, line)
		}
		if !utf8.Valid(line) {
			t.Errorf("line %d is not valid UTF-8 on its own (a fold split a character): %q", i+1, line)
		}
		if bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
	}
}

// unfold undoes folding (RFC 5545 section 3.1).
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }

func TestFold(t *testing.T) {
	cases := []struct {
		name, line string
	}{
		{"short", "SUMMARY:short"},
		{"exactly 75", "SUMMARY:" + strings.Repeat("a", 75-8)},
		{"76", "SUMMARY:" + strings.Repeat("a", 76-8)},
		{"long ascii", "DESCRIPTION:" + strings.Repeat("abcdefghij", 40)},
		{"devanagari", "SUMMARY:" + longHindi},
		{"devanagari offset 1", "SUMMARY:x" + longHindi},
		{"devanagari offset 2", "SUMMARY:xy" + longHindi},
		{"escape at the fold", "SUMMARY:" + strings.Repeat("a", 66) + `\,` + strings.Repeat("b", 80)},
		{"escaped backslash at the fold", "SUMMARY:" + strings.Repeat("a", 65) + `\\\,` + strings.Repeat("b", 80)},
		{"4-byte runes", "SUMMARY:" + strings.Repeat("😀", 60)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := append([]byte(nil), c.line...)
			got, _ := fold(b, 0, nil)
			checkLines(t, got)
			if u := unfold(strings.TrimSuffix(string(got), "\r\n")); u != c.line {
				t.Errorf("unfold(fold(%q)) = %q", c.line, u)
			}
			// No physical line ends inside an escape pair.
			// A physical line may end in an escaped backslash (\\), never
			// in half an escape pair.
			for _, l := range strings.Split(string(got), "\r\n") {
				if oddBackslashes([]byte(l)) {
					t.Errorf("line %q ends inside an escape pair", l)
				}
			}
		})
	}
}

func TestAppendText(t *testing.T) {
	cases := []struct {
		name, in string
		oneLine  bool
		want     string
	}{
		{"plain", "plain", false, "plain"},
		{"specials", `a,b;c\d:e"f`, false, `a\,b\;c\\d:e"f`},
		{"crlf", "a\r\nb", false, `a\nb`},
		{"bare cr", "a\rb", false, `a\nb`},
		{"lf", "a\nb", false, `a\nb`},
		{"crlf one line", "a\r\nb\rc\nd", true, "a b c d"},
		{"injection", "T\r\nEND:VEVENT\r\nBEGIN:VEVENT", true, "T END:VEVENT BEGIN:VEVENT"},
		{"controls", "a\x00b\x1bc\x7fd\te", false, "a\u2400b\u241bc\u2421d\te"},
		{"invalid utf-8", "a\xffb\xe0\xa4", false, "a\uFFFDb\uFFFD\uFFFD"},
		{"hindi", "नवंबर", false, "नवंबर"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(appendText(nil, c.in, c.oneLine)); got != c.want {
				t.Errorf("appendText(%q, %v) = %q, want %q", c.in, c.oneLine, got, c.want)
			}
		})
	}
}

func TestAppendParamValue(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"token", "REQ-PARTICIPANT", "REQ-PARTICIPANT"},
		{"zone", "Europe/Moscow", "Europe/Moscow"},
		{"issue 4 name", qatarCN, "\"Sheikh Mohammed bin Abdulrahman Al Thani, PM of Qatar: FM\u037e Sa'ad\""},
		{"issue 13: semicolon for node-ical", "a;b", "\"a\u037eb\""},
		{"double quote", `Dr. "Q"`, `"Dr. ʺQʺ"`},
		{"backslash kept", `A \ B`, `"A \ B"`},
		{"rfc 6868 carets", "a^n b^' c^^ d^x", `"aˆn bˆ' cˆ^ d^x"`},
		{"line break", "a\r\nb\rc\nd", `"a b c d"`},
		{"empty", "", `""`},
		{"hindi", "एस. जयशंकर", `"एस. जयशंकर"`},
		{"invalid utf-8", "a\xff", "\"a\uFFFD\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(appendParamValue(nil, c.in)); got != c.want {
				t.Errorf("appendParamValue(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// writeModel serializes a whole golang-ical model with lineWriter, as
// marshal serializes the calendar it builds.
func writeModel(cal *ics.Calendar) []byte {
	lw := &lineWriter{}
	lw.raw("BEGIN:VCALENDAR")
	for i := range cal.CalendarProperties {
		lw.property(&cal.CalendarProperties[i].BaseProperty)
	}
	for _, c := range cal.Components {
		lw.component(c)
	}
	lw.raw("END:VCALENDAR")
	return lw.buf
}

// TestGolangICalWriterBugs shows, on one model, what golang-ical v0.3.4's
// own writer gets wrong and that lineWriter gets right. If a later
// golang-ical fixes a bug, the first half fails: then this package's
// workaround can be reconsidered.
func TestGolangICalWriterBugs(t *testing.T) {
	moscow, err := time.LoadLocation("Europe/Moscow")
	if err != nil {
		t.Fatal(err)
	}
	model := func() *ics.Calendar {
		cal := ics.NewCalendarFor("samayrekha")
		ev := cal.AddEvent("bugs@samayrekha")
		ev.SetDtStampTime(time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC))
		ev.SetStartAt(time.Date(2025, 11, 18, 19, 0, 0, 0, moscow), ics.WithTZID("Europe/Moscow"))
		ev.SetSummary("Title\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged")
		ev.AddAttendee("mailto:pm@example.invalid", ics.WithCN(qatarCN))
		return cal
	}

	var theirs bytes.Buffer
	if err := model().SerializeTo(&theirs); err != nil {
		t.Fatal(err)
	}
	out := theirs.String()
	for _, bug := range []struct{ what, evidence string }{
		{"backslash escapes in a parameter value", `CN=Sheikh Mohammed bin Abdulrahman Al Thani\, PM of Qatar\: FM\; S`},
		{"a raw CR in TEXT", "Title\rEND:VEVENT\r"},
		{"a UTC time under a TZID", "DTSTART;TZID=Europe/Moscow:20251118T160000Z"},
	} {
		if !strings.Contains(unfold(strings.ReplaceAll(out, "\n ", "")), bug.evidence) {
			t.Errorf("golang-ical no longer writes %s (%q); output:\n%s", bug.what, bug.evidence, out)
		}
	}
	if strings.Contains(out, "\r\n") {
		t.Errorf("golang-ical now writes CRLF by default")
	}

	// Ours, on the same model: CRLF, folded, quoted, no raw CR. (The Z
	// under TZID is in the model, so ours keeps it; the encoder never calls
	// SetStartAt, see TestNoUTCUnderTZID.)
	var ours bytes.Buffer
	ours.Write(writeModel(model()))
	checkLines(t, ours.Bytes())
	u := unfold(ours.String())
	if !strings.Contains(u, `CN="`+strings.ReplaceAll(qatarCN, ";", "\u037e")+`"`) {
		t.Errorf("our writer does not quote the CN:\n%s", u)
	}
	if !strings.Contains(u, "SUMMARY:Title END:VEVENT BEGIN:VEVENT SUMMARY:forged\r\n") {
		t.Errorf("our writer does not turn the CRs in SUMMARY into spaces:\n%s", u)
	}
	top, err := parseComponents(ours.Bytes())
	if err != nil {
		t.Fatalf("reading our output: %v", err)
	}
	if n := len(top[0].subs); n != 1 {
		t.Errorf("our output has %d components, want 1 VEVENT", n)
	}
}

// TestNoUTCUnderTZID checks that a timed event is written as local time
// under its TZID, never as a Z time under a TZID.
func TestNoUTCUnderTZID(t *testing.T) {
	b, err := Marshal(hostileTimeline(), nil)
	if err != nil {
		t.Fatal(err)
	}
	u := unfold(string(b))
	for _, want := range []string{
		"DTSTART;TZID=Europe/Moscow:20251118T190000\r\n",
		"DTEND;TZID=Europe/Moscow:20251118T203000\r\n",
		"DTSTART;TZID=Asia/Kolkata:20251205T103000\r\n",
		"DTSTART:20251120T081500Z\r\n", // UTC: Z and no TZID
	} {
		if !strings.Contains(u, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, line := range strings.Split(u, "\r\n") {
		if strings.Contains(line, "TZID=") && strings.HasSuffix(line, "Z") {
			t.Errorf("UTC time under a TZID: %q", line)
		}
	}
}

func TestMarshalFraming(t *testing.T) {
	for name, o := range map[string]*Options{"hi": nil, "en": {Lang: "en"}} {
		b, err := Marshal(hostileTimeline(), o)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) { checkLines(t, b) })
	}
}
