package markdown_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/markdown"
)

func writeMarkdown(t testing.TB, tl *timeline.Timeline, opts *markdown.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := markdown.Encode(&b, tl, opts); err != nil {
		t.Fatalf("WriteMarkdown(%+v) = %v", opts, err)
	}
	return b.Bytes()
}

func TestWriteMarkdownGolden(t *testing.T) {
	tests := []struct {
		file string
		opts *markdown.Options
	}{
		{"seed.hi.md", nil},
		{"seed.en.md", &markdown.Options{Lang: timeline.English}},
		{"seed.mermaid.hi.md", &markdown.Options{Mermaid: true}},
		{"seed.mermaid.en.md", &markdown.Options{Lang: timeline.English, Mermaid: true}},
		{"seed.deva.hi.md", &markdown.Options{Digits: hindidate.DevanagariDigits}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := writeMarkdown(t, seed.Timeline(), tt.opts)
			golden.Check(t, filepath.Join("testdata", tt.file), got)
			if again := writeMarkdown(t, seed.Timeline(), tt.opts); !bytes.Equal(got, again) {
				t.Errorf("WriteMarkdown is not deterministic: two runs differ")
			}
			doc := parseMarkdown(t, got)
			checkNoMarkup(t, doc, got)
			// One h1, one h2 per month, one h3 per event: seed has
			// November and December 2025 and seven events.
			if got, want := headingCounts(doc), [7]int{1: 1, 2: 2, 3: 7}; got != want {
				t.Errorf("heading counts by level = %v, want %v", got, want)
			}
		})
	}
}

// TestWriteMarkdownSeedDates checks the date line of every seed event.
func TestWriteMarkdownSeedDates(t *testing.T) {
	want := map[timeline.Lang]map[string]string{
		timeline.Hindi: {
			seed.LavrovID:     "18 नवंबर 2025 से पहले",
			seed.MeetingID:    "18 नवंबर 2025, मंगलवार",
			seed.SCOID:        "नवंबर 2025",
			seed.SummitID:     "दिसंबर 2025",
			seed.PutinVisitID: "5 दिसंबर 2025 के आसपास (±2 दिन)",
		},
		timeline.English: {
			seed.LavrovID:     "before 18 November 2025",
			seed.MeetingID:    "Tuesday, 18 November 2025",
			seed.SCOID:        "November 2025",
			seed.SummitID:     "December 2025",
			seed.PutinVisitID: "around 5 December 2025 (±2 days)",
		},
	}
	for lang, dates := range want {
		tl := seed.Timeline()
		doc := parseMarkdown(t, writeMarkdown(t, tl, &markdown.Options{Lang: lang}))
		events := eventSections(t, doc)
		for id, wantDate := range dates {
			title := tl.Event(id).Title.In(lang)
			sec, ok := events[title]
			if !ok {
				t.Errorf("%s: no heading %q for event %s", lang, title, id)
				continue
			}
			label := map[timeline.Lang]string{timeline.Hindi: "तारीख", timeline.English: "Date"}[lang]
			if got := sec.fields[label]; got != wantDate {
				t.Errorf("%s: date of %s = %q, want %q", lang, id, got, wantDate)
			}
		}
	}
}

func TestWriteMarkdownDates(t *testing.T) {
	d := func(m time.Month, day int) date.Date { return date.Of(2025, m, day) }
	moscow := timeline.Place{City: timeline.Text{Hi: "मॉस्को", En: "Moscow"}, Country: "RU", TimeZone: "Europe/Moscow"}
	tests := []struct {
		name   string
		when   date.When
		place  timeline.Place
		opts   markdown.Options
		hi, en string
		reason string
	}{
		{name: "day", when: date.OnDay(d(11, 18)),
			hi: "18 नवंबर 2025, मंगलवार", en: "Tuesday, 18 November 2025"},
		{name: "approx day", when: date.AroundDay(d(12, 5), 2),
			hi: "5 दिसंबर 2025 के आसपास (±2 दिन)", en: "around 5 December 2025 (±2 days)"},
		{name: "approx one day", when: date.AroundDay(d(12, 5), 1),
			hi: "5 दिसंबर 2025 के आसपास (±1 दिन)", en: "around 5 December 2025 (±1 day)"},
		{name: "month", when: date.InMonth(2025, time.December),
			hi: "दिसंबर 2025", en: "December 2025"},
		{name: "week", when: date.InWeek(2025, 47),
			hi: "17–23 नवंबर 2025 का सप्ताह", en: "the week of 17–23 November 2025"},
		{name: "week across months", when: date.WeekOf(d(12, 1)),
			hi: "1–7 दिसंबर 2025 का सप्ताह", en: "the week of 1–7 December 2025"},
		{name: "week across years", when: date.InWeek(2026, 1),
			hi: "29 दिसंबर 2025 – 4 जनवरी 2026 का सप्ताह", en: "the week of 29 December 2025 – 4 January 2026"},
		{name: "year", when: date.InYear(2025), hi: "2025", en: "2025"},
		{name: "before", when: date.Before(d(11, 18)),
			hi: "18 नवंबर 2025 से पहले", en: "before 18 November 2025"},
		{name: "after", when: date.After(d(11, 18)),
			hi: "18 नवंबर 2025 के बाद", en: "after 18 November 2025"},
		{name: "day span", when: until(date.OnDay(d(12, 5)), date.OnDay(d(12, 7))),
			hi: "5–7 दिसंबर 2025", en: "5–7 December 2025"},
		{name: "day span across months", when: until(date.OnDay(d(11, 30)), date.OnDay(d(12, 2))),
			hi: "30 नवंबर – 2 दिसंबर 2025", en: "30 November – 2 December 2025"},
		{name: "day span across years", when: until(date.OnDay(d(12, 30)), date.OnDay(date.Of(2026, 1, 2))),
			hi: "30 दिसंबर 2025 – 2 जनवरी 2026", en: "30 December 2025 – 2 January 2026"},
		{name: "month span", when: until(date.InMonth(2025, 11), date.InMonth(2025, 12)),
			hi: "नवंबर–दिसंबर 2025", en: "November–December 2025"},
		{name: "year span", when: until(date.InYear(2025), date.InYear(2026)),
			hi: "2025–2026", en: "2025–2026"},
		{name: "timed in Moscow", when: date.AtClock(d(11, 18), 19, 0, "Europe/Moscow"), place: moscow,
			hi: "18 नवंबर 2025, मंगलवार, शाम 7:00 बजे (मॉस्को समय, UTC+3) · रात 9:30 बजे (भारतीय समय)",
			en: "Tuesday, 18 November 2025, 7:00 pm (Moscow time, UTC+3) · 9:30 pm (India time, IST)"},
		{name: "Moscow evening is the next day in IST", when: date.AtClock(d(11, 18), 23, 15, "Europe/Moscow"), place: moscow,
			hi:     "18 नवंबर 2025, मंगलवार, रात 11:15 बजे (मॉस्को समय, UTC+3) · 19 नवंबर 2025, बुधवार, रात 1:45 बजे (भारतीय समय)",
			en:     "Tuesday, 18 November 2025, 11:15 pm (Moscow time, UTC+3) · Wednesday, 19 November 2025, 1:45 am (India time, IST)",
			reason: "the IST date must be shown when it differs from the venue's"},
		{name: "half past midnight in IST is the night of the day before", when: date.AtClock(d(11, 19), 22, 0, "Europe/Moscow"), place: moscow,
			hi:     "19 नवंबर 2025, बुधवार, रात 10:00 बजे (मॉस्को समय, UTC+3) · रात 12:30 बजे (भारतीय समय)",
			en:     "Wednesday, 19 November 2025, 10:00 pm (Moscow time, UTC+3) · Thursday, 20 November 2025, 12:30 am (India time, IST)",
			reason: "hindidate reads '19 नवंबर रात 12:30' as 00:30 on 20 November; '20 नवंबर रात 12:30' would be a day late"},
		{name: "hour precision", when: date.AtHour(d(11, 18), 17, "Europe/Moscow"), place: moscow,
			hi:     "18 नवंबर 2025, मंगलवार, शाम 5 बजे (मॉस्को समय, UTC+3) · शाम 7:30 बजे (भारतीय समय)",
			en:     "Tuesday, 18 November 2025, 5 pm (Moscow time, UTC+3) · 7:30 pm (India time, IST)",
			reason: "an hour is not written as 5:00, which would claim the minutes"},
		{name: "timed span", when: until(date.AtClock(d(11, 18), 10, 0, "Europe/Moscow"), date.AtClock(d(11, 18), 12, 30, "Europe/Moscow")), place: moscow,
			hi: "18 नवंबर 2025, मंगलवार, सुबह 10:00 बजे से दोपहर 12:30 बजे तक (मॉस्को समय, UTC+3) · दोपहर 12:30 बजे से दोपहर 3:00 बजे तक (भारतीय समय)",
			en: "Tuesday, 18 November 2025, 10:00 am to 12:30 pm (Moscow time, UTC+3) · 12:30 pm to 3:00 pm (India time, IST)"},
		{name: "timed in India", when: date.AtClock(d(12, 5), 11, 0, "Asia/Kolkata"),
			place:  timeline.Place{City: timeline.Text{Hi: "नई दिल्ली", En: "New Delhi"}, Country: "IN", TimeZone: "Asia/Kolkata"},
			hi:     "5 दिसंबर 2025, शुक्रवार, सुबह 11:00 बजे (नई दिल्ली समय, UTC+5:30)",
			en:     "Friday, 5 December 2025, 11:00 am (New Delhi time, UTC+5:30)",
			reason: "no second time when the venue is in the readers' zone"},
		{name: "zone without a city", when: date.AtClock(d(11, 18), 19, 0, "Europe/Moscow"),
			hi: "18 नवंबर 2025, मंगलवार, शाम 7:00 बजे (Europe/Moscow समय, UTC+3) · रात 9:30 बजे (भारतीय समय)",
			en: "Tuesday, 18 November 2025, 7:00 pm (Europe/Moscow time, UTC+3) · 9:30 pm (India time, IST)"},
		{name: "other reader zone", when: date.AtClock(d(11, 18), 19, 0, "Europe/Moscow"), place: moscow,
			opts: markdown.Options{ReaderZone: "America/New_York"},
			hi:   "18 नवंबर 2025, मंगलवार, शाम 7:00 बजे (मॉस्को समय, UTC+3) · सुबह 11:00 बजे (America/New\\_York समय, UTC−5)",
			en:   "Tuesday, 18 November 2025, 7:00 pm (Moscow time, UTC+3) · 11:00 am (America/New\\_York time, UTC−5)"},
		{name: "Devanagari digits", when: date.AtClock(d(11, 18), 19, 0, "Europe/Moscow"), place: moscow,
			opts:   markdown.Options{Digits: hindidate.DevanagariDigits},
			hi:     "१८ नवंबर २०२५, मंगलवार, शाम ७:०० बजे (मॉस्को समय, UTC+३) · रात ९:३० बजे (भारतीय समय)",
			en:     "Tuesday, 18 November 2025, 7:00 pm (Moscow time, UTC+3) · 9:30 pm (India time, IST)",
			reason: "English ignores the digits option"},
	}
	for _, tt := range tests {
		for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
			t.Run(tt.name+"/"+string(lang), func(t *testing.T) {
				tl := &timeline.Timeline{
					Title: timeline.Text{Hi: "परीक्षण", En: "Test"},
					Events: []timeline.Event{{
						ID: "e", Kind: timeline.Visit, Title: timeline.Text{Hi: "घटना", En: "Event"},
						When: tt.when, Place: tt.place,
					}},
				}
				opts := tt.opts
				opts.Lang = lang
				out := writeMarkdown(t, tl, &opts)
				doc := parseMarkdown(t, out)
				sec := eventSections(t, doc)[tl.Events[0].Title.In(lang)]
				want := map[timeline.Lang]string{timeline.Hindi: tt.hi, timeline.English: tt.en}[lang]
				// The want strings are Markdown source; compare the
				// rendered text with the rendered text of want.
				want = strings.ReplaceAll(want, `\_`, "_")
				label := map[timeline.Lang]string{timeline.Hindi: "तारीख", timeline.English: "Date"}[lang]
				if got := sec.fields[label]; got != want {
					t.Errorf("date = %q, want %q (%s)\n%s", got, want, tt.reason, out)
				}
			})
		}
	}
}

// hostile are titles and other texts that would break a naive Markdown
// writer; want is the plain text the reader must see.
var hostile = []struct{ in, want string }{
	{"a | b", "a | b"},
	{"**bold**", "**bold**"},
	{"`code`", "`code`"},
	{"<script>alert(1)</script>", "<script>alert(1)</script>"},
	{"# heading", "# heading"},
	{"line1\nline2", "line1 line2"},
	{"line1\r\n\r\nline2", "line1 line2"},
	{"para1\n \t\npara2", "para1 para2"},
	{"[link](http://x)", "[link](http://x)"},
	{"![img](http://x/i.png)", "![img](http://x/i.png)"},
	{"1. not a list", "1. not a list"},
	{"2) not a list", "2) not a list"},
	{"- not a list", "- not a list"},
	{"+ not a list", "+ not a list"},
	{"> not a quote", "> not a quote"},
	{"---", "---"},
	{"===", "==="},
	{"***", "***"},
	{"    indented code", "indented code"},
	{"```", "```"},
	{"~~~ fence", "~~~ fence"},
	{"~~strike~~", "~~strike~~"},
	{"_under_ and __strong__", "_under_ and __strong__"},
	{"&amp; &#60; &copy", "&amp; &#60; &copy"},
	{"<http://autolink.example>", "<http://autolink.example>"},
	{"trailing backslash\\", "trailing backslash\\"},
	{"title {#id .class}", "title {#id .class}"},
	{"closing hashes ##", "closing hashes ##"},
	{"[ref]: http://x", "[ref]: http://x"},
	{"[^1]: footnote", "[^1]: footnote"},
	{"| a | b |\n|---|---|", "| a | b | |---|---|"},
	{"<div>block</div>", "<div>block</div>"},
	{"tab\there", "tab here"},
	{"एस. जयशंकर: मॉस्को #1; 10:30", "एस. जयशंकर: मॉस्को #1; 10:30"},
	{"a\u2028b\u0085c", "a b c"},
}

// hostileTimeline puts every hostile text into titles, descriptions, places,
// names, outlets and attributions.
func hostileTimeline() *timeline.Timeline {
	tl := &timeline.Timeline{
		Title:       timeline.Text{Hi: "# <b>शीर्षक</b> | *x*", En: "# <b>Title</b> | *x*"},
		Description: timeline.Text{Hi: "- विवरण\n\n1. <script>x</script>", En: "- description\n\n1. <script>x</script>"},
	}
	for i, h := range hostile {
		src := timeline.Source{
			ID: "s", Outlet: h.in, URL: "http://example.com/a)b<c>d%20e`f", // valid, but full of Markdown punctuation
			Reported:    date.Of(2025, 11, 18),
			Attribution: timeline.Text{Hi: h.in, En: h.in},
		}
		tl.Events = append(tl.Events, timeline.Event{
			ID:          fmt.Sprintf("e%02d", i),
			Kind:        timeline.BilateralMeeting,
			Title:       timeline.Text{Hi: h.in, En: h.in},
			Description: timeline.Text{Hi: h.in, En: h.in},
			When:        date.OnDay(date.Of(2025, 11, 18)),
			Place:       timeline.Place{Venue: timeline.Text{Hi: h.in}, City: timeline.Text{En: h.in}, Country: "RU"},
			Participants: []timeline.Participant{
				{Name: timeline.Text{Hi: h.in, En: h.in}, Title: timeline.Text{Hi: h.in, En: h.in}, Role: timeline.Host},
				{Title: timeline.Text{Hi: h.in, En: h.in}},
			},
			History: []timeline.StatusChange{
				{Status: timeline.Proposed, On: date.Of(2025, 11, 1), Source: "s", Note: timeline.Text{Hi: h.in, En: h.in}},
				{Status: timeline.Held, On: date.Of(2025, 11, 18), Source: "s", Note: timeline.Text{Hi: h.in, En: h.in}},
			},
			Sources: []timeline.Source{src}, // a javascript: URL cannot get this far: Validate rejects it
		})
	}
	return tl
}

func TestWriteMarkdownEscapesHostileText(t *testing.T) {
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		t.Run(string(lang), func(t *testing.T) {
			tl := hostileTimeline()
			out := writeMarkdown(t, tl, &markdown.Options{Lang: lang})
			for _, gfm := range []bool{false, true} {
				doc := parseMarkdownWith(t, out, gfm)
				checkNoMarkup(t, doc, out)
				if got, want := headingCounts(doc), [7]int{1: 1, 2: 1, 3: len(hostile)}; got != want {
					t.Errorf("gfm=%v: heading counts by level = %v, want %v\n%s", gfm, got, want, out)
				}
				var h1 []string
				var h3 []string
				_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
					if !entering {
						return ast.WalkContinue, nil
					}
					switch n := n.(type) {
					case *ast.Heading:
						switch n.Level {
						case 1:
							h1 = append(h1, plainText(n, out))
						case 3:
							h3 = append(h3, plainText(n, out))
						}
						return ast.WalkSkipChildren, nil
					}
					return ast.WalkContinue, nil
				})
				if want := tl.Title.In(lang); !slices.Equal(h1, []string{want}) {
					t.Errorf("gfm=%v: h1 = %q, want %q", gfm, h1, want)
				}
				var want []string
				for _, h := range hostile {
					want = append(want, h.want)
				}
				// The events share their day, so they sort by ID: e00, e01, …
				if diff := cmp.Diff(want, h3); diff != "" {
					t.Errorf("gfm=%v: event headings mismatch (-want +got):\n%s", gfm, diff)
				}
				if all := plainText(doc, out); !strings.Contains(all, "<script>alert(1)</script>") {
					t.Errorf("gfm=%v: <script> does not show as text", gfm)
				}
				checkHostileEvents(t, doc, out, lang)
			}
		})
	}
}

// checkHostileEvents checks that every event's fields, sources and
// description show the hostile text exactly, and that only the good source
// URL became a link.
func checkHostileEvents(t *testing.T, doc ast.Node, src []byte, lang timeline.Lang) {
	t.Helper()
	secs := eventSectionList(t, doc)
	if len(secs) != len(hostile) {
		t.Fatalf("%d event sections, want %d", len(secs), len(hostile))
	}
	place, participants := "स्थान", "प्रतिभागी"
	if lang == timeline.English {
		place, participants = "Place", "Participants"
	}
	for i, h := range hostile {
		sec := secs[i]
		// Venue is Hindi only and City English only: each falls back.
		if got, want := sec.fields[place], h.want+", "+h.want+", "+timeline.CountryName("RU", lang); got != want {
			t.Errorf("%q: place = %q, want %q", h.in, got, want)
		}
		if got, want := sec.fields[participants], h.want+" ("+h.want+", "+map[timeline.Lang]string{"hi": "मेज़बान", "en": "host"}[lang]+"); "+h.want; got != want {
			t.Errorf("%q: participants = %q, want %q", h.in, got, want)
		}
		// Descriptions keep their paragraphs; each is one line.
		var paras []string
		for _, p := range regexp.MustCompile(`\n[ \t]*\n`).Split(strings.ReplaceAll(h.in, "\r\n", "\n"), -1) {
			paras = append(paras, strings.Join(strings.FieldsFunc(p, isBreak), " "))
		}
		if !slices.Equal(sec.paragraphs, paras) {
			t.Errorf("%q: description paragraphs = %q, want %q", h.in, sec.paragraphs, paras)
		}
		wantLinks := []string{"http://example.com/a%29b%3Cc%3Ed%20e%60f"}
		if !slices.Equal(sec.links, wantLinks) {
			t.Errorf("%q: links = %q, want %q", h.in, sec.links, wantLinks)
		}
		reported := map[timeline.Lang]string{"hi": "18 नवंबर 2025", "en": "18 November 2025"}[lang]
		wantSources := []string{
			h.want + " — " + h.want + ", " + reported, // attribution — [outlet](url), day
		}
		if !slices.Equal(sec.sources, wantSources) {
			t.Errorf("%q: sources = %q, want %q", h.in, sec.sources, wantSources)
		}
	}
}

// eventSection is what the Markdown says about one event: the fields of its
// list ("तारीख" → "18 नवंबर 2025, मंगलवार"), its sources, links and
// description paragraphs, all as plain text.
type eventSection struct {
	title      string
	fields     map[string]string
	sources    []string
	links      []string
	paragraphs []string
}

// eventSections reads the sections under the h3 headings, keyed by the
// heading's plain text.
func eventSections(t testing.TB, doc ast.Node) map[string]*eventSection {
	t.Helper()
	out := map[string]*eventSection{}
	for _, s := range eventSectionList(t, doc) {
		if out[s.title] != nil {
			t.Fatalf("two events titled %q", s.title)
		}
		out[s.title] = s
	}
	return out
}

// eventSectionList reads the sections under the h3 headings in order.
func eventSectionList(t testing.TB, doc ast.Node) []*eventSection {
	t.Helper()
	src := doc.(*docNode).src
	var out []*eventSection
	var cur *eventSection
	for n := doc.(*docNode).Node.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			cur = nil
			if n.Level == 3 {
				cur = &eventSection{title: plainText(n, src), fields: map[string]string{}}
				out = append(out, cur)
			}
		case *ast.List:
			if cur == nil {
				continue
			}
			for item := n.FirstChild(); item != nil; item = item.NextSibling() {
				block := item.FirstChild()
				label, value, _ := strings.Cut(plainText(block, src), ":")
				cur.fields[label] = strings.TrimSpace(value)
				if nested := block.NextSibling(); nested != nil {
					for s := nested.FirstChild(); s != nil; s = s.NextSibling() {
						cur.sources = append(cur.sources, plainText(s, src))
					}
				}
				_ = ast.Walk(item, func(l ast.Node, entering bool) (ast.WalkStatus, error) {
					if link, ok := l.(*ast.Link); ok && entering {
						cur.links = append(cur.links, string(link.Destination))
					}
					return ast.WalkContinue, nil
				})
			}
		case *ast.Paragraph:
			if cur != nil {
				cur.paragraphs = append(cur.paragraphs, plainText(n, src))
			}
		}
	}
	return out
}

// docNode is a parsed document with its source.
type docNode struct {
	ast.Node
	src []byte
}

func parseMarkdown(t testing.TB, src []byte) ast.Node { return parseMarkdownWith(t, src, false) }

// parseMarkdownWith parses src as CommonMark, or with gfm as GitHub Flavored
// Markdown (tables, strikethrough, task lists; not linkify, which turns bare
// URLs into links without changing the structure).
func parseMarkdownWith(t testing.TB, src []byte, gfm bool) ast.Node {
	t.Helper()
	var md goldmark.Markdown
	if gfm {
		md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote))
	} else {
		md = goldmark.New()
	}
	return &docNode{md.Parser().Parse(text.NewReader(src)), src}
}

// plainText returns the text a reader sees in n: text, code spans and the
// text of links, with soft line breaks as spaces.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(unescapeText(c.Segment.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.List:
			return ast.WalkSkipChildren, nil // nested lists are read separately
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// unescapeText resolves backslash escapes and character references in the
// raw text of a Text node, as a renderer does, in one pass.
func unescapeText(raw []byte) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '\\' && i+1 < len(raw) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", raw[i+1]) >= 0 {
			b.WriteByte(raw[i+1])
			i++
			continue
		}
		if c == '&' {
			if m := charRef.Find(raw[i:]); m != nil {
				b.WriteString(html.UnescapeString(string(m)))
				i += len(m) - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

var charRef = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

func headingCounts(doc ast.Node) [7]int {
	var c [7]int
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			c[h.Level]++
		}
		return ast.WalkContinue, nil
	})
	return c
}

// checkNoMarkup fails if the document has markup the writer never makes:
// raw HTML, code, images, autolinks, tables, strikethrough, emphasis other
// than the bold field labels, thematic breaks, block quotes, or links that
// are not http(s) source links.
func checkNoMarkup(t *testing.T, doc ast.Node, src []byte) {
	t.Helper()
	labels := map[string]bool{}
	for _, w := range []string{"तारीख", "प्रकार", "स्थिति", "पहले की स्थिति", "स्थान", "प्रतिभागी", "मुख्य आयोजन", "संबंधित", "स्रोत", "मसौदा",
		"Date", "Kind", "Status", "Earlier status", "Place", "Participants", "Part of", "Related", "Sources", "Draft"} {
		labels[w+":"] = true
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.RawHTML, *ast.HTMLBlock, *ast.CodeSpan, *ast.CodeBlock, *ast.Image, *ast.AutoLink,
			*ast.ThematicBreak, *ast.Blockquote, *extast.Table, *extast.Strikethrough, *extast.TaskCheckBox,
			*extast.Footnote, *extast.FootnoteLink:
			t.Errorf("unexpected %s node: %q", n.Kind(), plainText(n, src))
		case *ast.FencedCodeBlock:
			if lang := string(n.Language(src)); lang != "mermaid" {
				t.Errorf("unexpected fenced code block %q", lang)
			}
		case *ast.Emphasis:
			if txt := plainText(n, src); n.Level != 2 || !labels[txt] {
				t.Errorf("unexpected emphasis (level %d) %q", n.Level, txt)
			}
		case *ast.Link:
			if d := string(n.Destination); !strings.HasPrefix(d, "http://") && !strings.HasPrefix(d, "https://") {
				t.Errorf("unexpected link to %q", d)
			}
		case *ast.List:
			if n.IsOrdered() {
				t.Errorf("unexpected ordered list: %q", plainText(n, src))
			}
		}
		return ast.WalkContinue, nil
	})
}

func TestWriteMarkdownMermaid(t *testing.T) {
	tl := hostileTimeline()
	tl.Events = append(tl.Events,
		timeline.Event{ID: "late", Kind: timeline.Summit, Title: timeline.Text{Hi: "शिखर: 10:30; #2", En: "Summit: 10:30; #2"},
			When: date.AroundDay(date.Of(2025, 12, 5), 2)},
		timeline.Event{ID: "late-2", Kind: timeline.Visit, Title: timeline.Text{Hi: "%% टिप्पणी नहीं", En: "%% not a comment"},
			When: date.AroundDay(date.Of(2025, 12, 5), 2)},
	)
	for _, lang := range []timeline.Lang{timeline.Hindi, timeline.English} {
		t.Run(string(lang), func(t *testing.T) {
			out := writeMarkdown(t, tl, &markdown.Options{Lang: lang, Mermaid: true})
			blocks := mermaidCheck(t, out)
			if len(blocks) != 1 {
				t.Fatalf("got %d mermaid blocks, want 1", len(blocks))
			}
			b := blocks[0]
			if b.Type != "timeline" {
				t.Errorf("diagram type = %q, want timeline", b.Type)
			}
			if want := tl.Title.In(lang); b.Title != want {
				t.Errorf("title = %q, want %q", b.Title, want)
			}
			months := map[timeline.Lang][]string{"hi": {"नवंबर 2025", "दिसंबर 2025"}, "en": {"November 2025", "December 2025"}}[lang]
			if !slices.Equal(b.Sections, months) {
				t.Errorf("sections = %q, want %q", b.Sections, months)
			}
			var got, want []string
			for _, p := range b.Periods {
				got = append(got, p.Events...)
			}
			held := " (" + timeline.Held.Label(lang) + ")" // each event's status, visible in the diagram
			for _, h := range hostile {
				want = append(want, h.want+held)
			}
			want = append(want, tl.Events[len(tl.Events)-2].Title.In(lang), tl.Events[len(tl.Events)-1].Title.In(lang))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("mermaid events mismatch (-want +got):\n%s", diff)
			}
			last := b.Periods[len(b.Periods)-1]
			wantPeriod := map[timeline.Lang]string{"hi": "5 दिसंबर 2025 के आसपास (±2 दिन)", "en": "around 5 December 2025 (±2 days)"}[lang]
			if strings.TrimSpace(last.Period) != wantPeriod || len(last.Events) != 2 {
				t.Errorf("last period = %q with %d events, want %q with 2", last.Period, len(last.Events), wantPeriod)
			}
		})
	}
}

// TestWriteMarkdownMermaidGolden runs the Mermaid parser on the golden file.
func TestWriteMarkdownMermaidGolden(t *testing.T) {
	for _, f := range []string{"seed.mermaid.hi.md", "seed.mermaid.en.md"} {
		src, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		blocks := mermaidCheck(t, src)
		if len(blocks) != 1 {
			t.Fatalf("%s: %d mermaid blocks, want 1", f, len(blocks))
		}
		n := 0
		for _, p := range blocks[0].Periods {
			n += len(p.Events)
		}
		if n != len(seed.Timeline().Events) {
			t.Errorf("%s: mermaid shows %d events, want %d", f, n, len(seed.Timeline().Events))
		}
	}
}

type mermaidBlock struct {
	Type     string   `json:"type"`
	Title    string   `json:"title"`
	Sections []string `json:"sections"`
	Periods  []struct {
		Section string   `json:"section"`
		Period  string   `json:"period"`
		Events  []string `json:"events"`
	} `json:"periods"`
}

// mermaidCheck runs Mermaid's own parser (mermaidcheck/check.mjs) on the
// Markdown src and returns what it parsed. Without node or the npm packages
// the test is skipped, unless the environment variable CI is set.
func mermaidCheck(t *testing.T, src []byte) []mermaidBlock {
	t.Helper()
	blocks, err := runMermaidCheck(t, src)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return blocks
}

func runMermaidCheck(t *testing.T, src []byte) ([]mermaidBlock, error) {
	t.Helper()
	const hint = "install with: npm ci --prefix timeline/markdown/mermaidcheck"
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join("mermaidcheck", "node_modules", "mermaid", "package.json"))
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("Mermaid parser not available (%v); %s", err, hint)
		}
		t.Skipf("Mermaid parser not available (%v); %s", err, hint)
	}
	file := filepath.Join(t.TempDir(), "doc.md")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join("mermaidcheck", "check.mjs"), file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("mermaid parser rejected the document: %v\n%s", err, stderr.String())
	}
	var blocks []mermaidBlock
	if err := json.Unmarshal(out, &blocks); err != nil {
		t.Fatalf("reading check.mjs output: %v\n%s", err, out)
	}
	return blocks, nil
}

// TestMermaidCheckRejects makes sure the Mermaid check is not vacuous: it
// fails on what Mermaid cannot parse, such as an unescaped time in a period
// (Mermaid issue 4175) or a document without a Mermaid block.
func TestMermaidCheckRejects(t *testing.T) {
	for name, doc := range map[string]string{
		"colon in period": "```mermaid\ntimeline\n    section x\n        10:22 : event\n```\n",
		"no block":        "# no diagram\n",
		"unclosed block":  "```mermaid\ntimeline\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := runMermaidCheck(t, []byte(doc)); err == nil {
				t.Errorf("check.mjs accepted %q", doc)
			}
		})
	}
	// A "#" starts a comment: Mermaid accepts the line and silently drops
	// the event, which is why the tests compare what the parser read.
	t.Run("hash in period", func(t *testing.T) {
		blocks, err := runMermaidCheck(t, []byte("```mermaid\ntimeline\n    section x\n        #1 : event\n```\n"))
		if err != nil || len(blocks) != 1 || len(blocks[0].Periods) != 0 {
			t.Errorf("check.mjs = %+v, %v; want one block with no periods", blocks, err)
		}
	})
}

// TestWriteMarkdownMermaidRandom puts titles made of random runs of the
// characters that matter to Mermaid and Markdown into one diagram and checks
// that Mermaid's parser reads every one back unchanged.
func TestWriteMarkdownMermaidRandom(t *testing.T) {
	const alphabet = ":: #;%%<>&\"'`{}\\|*_[]()!-+=.09 aकि\n\r\t"
	chars := []rune(alphabet)
	rng := rand.New(rand.NewPCG(1, 2)) // fixed seed: the same titles every run
	tl := &timeline.Timeline{Title: timeline.Text{En: "random: #1; 100%"}}
	var want []string
	for i := range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(30) {
			b.WriteRune(chars[rng.IntN(len(chars))])
		}
		title := b.String()
		if strings.TrimSpace(title) == "" {
			title += "x"
		}
		w := strings.Join(strings.FieldsFunc(title, isBreak), " ")
		want = append(want, w)
		tl.Events = append(tl.Events, timeline.Event{
			ID: fmt.Sprintf("e%03d", i), Kind: timeline.Statement, Title: timeline.Text{En: title},
			When: date.AtClock(date.Of(2025, time.November, 18), 10, 0, "Europe/Moscow"),
		})
	}
	out := writeMarkdown(t, tl, &markdown.Options{Lang: timeline.English, Mermaid: true})
	blocks := mermaidCheck(t, out)
	if len(blocks) != 1 || len(blocks[0].Periods) != 1 {
		t.Fatalf("got %d blocks, want 1 with one period", len(blocks))
	}
	if got := blocks[0].Title; got != tl.Title.En {
		t.Errorf("title = %q, want %q", got, tl.Title.En)
	}
	if diff := cmp.Diff(want, blocks[0].Periods[0].Events); diff != "" {
		t.Errorf("events mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteMarkdownErrors(t *testing.T) {
	valid := seed.Timeline()
	invalid := seed.Timeline()
	invalid.Events[0].When = invalid.Events[0].When.WithZone("Mars/Olympus_Mons")
	tests := []struct {
		name string
		tl   *timeline.Timeline
		opts *markdown.Options
		want string
	}{
		{"nil timeline", nil, nil, "nil timeline"},
		{"unknown language", valid, &markdown.Options{Lang: "ru"}, `unknown language "ru"`},
		{"unknown digits", valid, &markdown.Options{Digits: 7}, "unknown digits option 7"},
		{"bad reader zone", valid, &markdown.Options{ReaderZone: "Asia/Nowhere"}, "reader zone"},
		{"local reader zone", valid, &markdown.Options{ReaderZone: "Local"}, "reader zone"},
		{"invalid timeline", invalid, nil, "Mars/Olympus_Mons"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := markdown.Encode(&b, tt.tl, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("WriteMarkdown() = %v, want an error containing %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("WriteMarkdown wrote %d bytes before failing", b.Len())
			}
		})
	}
	t.Run("invalid timeline is a ValidationError", func(t *testing.T) {
		err := markdown.Encode(&bytes.Buffer{}, invalid, nil)
		var ve *timeline.ValidationError
		if !errors.As(err, &ve) {
			t.Errorf("WriteMarkdown() = %T %v, want a *ValidationError", err, err)
		}
	})
	t.Run("writer error", func(t *testing.T) {
		want := errors.New("disk full")
		if err := markdown.Encode(failWriter{want}, valid, nil); !errors.Is(err, want) {
			t.Errorf("WriteMarkdown() = %v, want %v", err, want)
		}
	})
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestWriteMarkdownSortsACopy checks that events are written in date order
// and that the receiver's order is left alone.
func TestWriteMarkdownSortsACopy(t *testing.T) {
	sorted := seed.Timeline()
	shuffled := seed.Timeline()
	slices.Reverse(shuffled.Events)
	before := make([]string, len(shuffled.Events))
	for i, e := range shuffled.Events {
		before[i] = e.ID
	}
	got := writeMarkdown(t, shuffled, nil)
	want := writeMarkdown(t, sorted, nil)
	if !bytes.Equal(got, want) {
		t.Errorf("output depends on the order of the events:\n%s", cmp.Diff(string(want), string(got)))
	}
	for i, e := range shuffled.Events {
		if e.ID != before[i] {
			t.Fatalf("WriteMarkdown reordered the receiver: event %d is %s, was %s", i, e.ID, before[i])
		}
	}
}

func TestWriteMarkdownEmpty(t *testing.T) {
	for _, tt := range []struct {
		lang timeline.Lang
		want string
	}{
		{timeline.Hindi, "# खाली\n\nइस समयरेखा में अभी कोई घटना नहीं है।\n"},
		{timeline.English, "# Empty\n\nThis timeline has no events yet.\n"},
	} {
		tl := &timeline.Timeline{Title: timeline.Text{Hi: "खाली", En: "Empty"}}
		if got := string(writeMarkdown(t, tl, &markdown.Options{Lang: tt.lang, Mermaid: true})); got != tt.want {
			t.Errorf("%s: WriteMarkdown(empty) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// FuzzWriteMarkdownTitle checks, for any title, that the document has exactly
// one event heading showing the title as plain text, and no markup the
// writer does not make.
func FuzzWriteMarkdownTitle(f *testing.F) {
	for _, h := range hostile {
		f.Add(h.in)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if !utf8.ValidString(title) || title == "" {
			t.Skip("titles are UTF-8 text, and Validate rejects a missing one")
		}
		tl := &timeline.Timeline{
			Title: timeline.Text{Hi: title},
			Events: []timeline.Event{{
				ID: "e", Kind: timeline.Visit, Title: timeline.Text{Hi: title}, Description: timeline.Text{Hi: title},
				When: date.OnDay(date.Of(2025, 11, 18)),
			}},
		}
		out := writeMarkdown(t, tl, nil)
		doc := parseMarkdownWith(t, out, true)
		checkNoMarkup(t, doc, out)
		want := strings.Join(strings.FieldsFunc(title, isBreak), " ")
		c := headingCounts(doc)
		if c[2] != 1 || c[3] != 1 || c[1] > 1 {
			t.Fatalf("heading counts = %v for title %q:\n%s", c, title, out)
		}
		var h3 string
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if h, ok := n.(*ast.Heading); ok && entering && h.Level == 3 {
				h3 = plainText(h, out)
			}
			return ast.WalkContinue, nil
		})
		if want == "" {
			want = "e" // the event's ID stands in for an empty title
		}
		if h3 != want {
			t.Errorf("heading = %q, want %q\n%s", h3, want, out)
		}
	})
}

// isBreak reports whether WriteMarkdown turns c into a space.
func isBreak(c rune) bool {
	return c == ' ' || c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
}

func TestWriteMarkdownStatusHistory(t *testing.T) {
	day := func(d int) date.Date { return date.Of(2025, time.November, d) }
	tl := &timeline.Timeline{
		Title: timeline.Text{Hi: "स्थिति", En: "Status"},
		Events: []timeline.Event{{
			ID: "visit", Kind: "x-state_banquet",
			Title: timeline.Text{Hi: "राजकीय भोज", En: "State banquet"},
			When:  date.OnDay(date.Of(2025, time.December, 6)),
			History: []timeline.StatusChange{
				{Status: timeline.Proposed, On: day(1), Source: "reports"},
				{Status: timeline.Confirmed, On: day(10), Source: "mea"},
				{Status: timeline.Rescheduled, On: day(20), Source: "tass",
					Previous: date.AroundDay(date.Of(2025, time.December, 5), 2),
					Note:     timeline.Text{Hi: "मेज़बान के कार्यक्रम के कारण", En: "over the host's schedule"}},
			},
			Sources: []timeline.Source{
				{ID: "reports", Outlet: "Media reports"},
				{ID: "mea", Outlet: "MEA", URL: "https://www.mea.gov.in/press-releases.htm?dtl=1&x=(2)",
					Attribution: timeline.Text{Hi: "विदेश मंत्रालय के अनुसार", En: "according to the MEA"}},
				{ID: "tass", Outlet: "TASS", Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"}},
			},
			Draft: &timeline.Draft{From: "article.txt", Start: 0, End: 10, Notes: []string{"year guessed from the dateline"}},
		}},
	}
	tests := []struct {
		lang timeline.Lang
		want map[string]string
	}{
		{timeline.Hindi, map[string]string{
			"तारीख":          "6 दिसंबर 2025, शनिवार",
			"प्रकार":         "state banquet",
			"मसौदा":          "संपादक ने अभी जाँचा नहीं है। year guessed from the dateline",
			"स्थिति":         "पुनर्निर्धारित — TASS के अनुसार; पहले की तारीख: 5 दिसंबर 2025 के आसपास (±2 दिन); मेज़बान के कार्यक्रम के कारण (20 नवंबर 2025 की सूचना)",
			"पहले की स्थिति": "प्रस्तावित (1 नवंबर 2025 की सूचना) → पुष्ट (10 नवंबर 2025 की सूचना)",
			"स्रोत":          "",
		}},
		{timeline.English, map[string]string{
			"Date":           "Saturday, 6 December 2025",
			"Kind":           "state banquet",
			"Draft":          "not yet checked by an editor. year guessed from the dateline",
			"Status":         "rescheduled — according to TASS; previously around 5 December 2025 (±2 days); over the host's schedule (reported 20 November 2025)",
			"Earlier status": "proposed (reported 1 November 2025) → confirmed (reported 10 November 2025)",
			"Sources":        "",
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			out := writeMarkdown(t, tl, &markdown.Options{Lang: tt.lang})
			doc := parseMarkdown(t, out)
			checkNoMarkup(t, doc, out)
			secs := eventSectionList(t, doc)
			if len(secs) != 1 {
				t.Fatalf("%d event sections, want 1", len(secs))
			}
			if diff := cmp.Diff(tt.want, secs[0].fields); diff != "" {
				t.Errorf("fields mismatch (-want +got):\n%s\n%s", diff, out)
			}
			if want := []string{"https://www.mea.gov.in/press-releases.htm?dtl=1&x=%282%29"}; !slices.Equal(secs[0].links, want) {
				t.Errorf("links = %q, want %q", secs[0].links, want)
			}
		})
	}
}

func BenchmarkWriteMarkdown(b *testing.B) {
	tl := seed.Timeline()
	for _, bc := range []struct {
		name string
		opts *markdown.Options
	}{
		{"hi", nil},
		{"en", &markdown.Options{Lang: timeline.English}},
		{"hi-mermaid", &markdown.Options{Mermaid: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := markdown.Encode(&buf, tl, bc.opts); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

// FuzzWriteMarkdownMermaidLabel checks the Mermaid line of an event for any
// title: one line, made only of characters Mermaid's timeline syntax reads
// as text and of entity codes, which decode to the title. (The Mermaid
// parser itself runs in TestWriteMarkdownMermaidRandom; starting node for
// each input would be too slow for fuzzing.)
func FuzzWriteMarkdownMermaidLabel(f *testing.F) {
	for _, h := range hostile {
		f.Add(h.in)
	}
	f.Add("#58; already an entity")
	f.Add("a : b :c %% d")
	safe := regexp.MustCompile(`^(?:[^:#;%<>&"'` + "`" + `{}\\\n\r]|#[0-9]+;)*$`)
	entity := regexp.MustCompile(`#([0-9]+);`)
	f.Fuzz(func(t *testing.T, title string) {
		if !utf8.ValidString(title) || title == "" {
			t.Skip("titles are UTF-8 text, and Validate rejects a missing one")
		}
		tl := &timeline.Timeline{
			Title: timeline.Text{En: "T"},
			Events: []timeline.Event{{
				ID: "e", Kind: timeline.Visit, Title: timeline.Text{En: title},
				When: date.OnDay(date.Of(2025, 11, 18)),
			}},
		}
		out := string(writeMarkdown(t, tl, &markdown.Options{Lang: timeline.English, Mermaid: true}))
		const prefix = "        18 November 2025 : "
		i := strings.Index(out, "\n"+prefix)
		if i < 0 {
			t.Fatalf("no Mermaid line for the event:\n%s", out)
		}
		label, _, _ := strings.Cut(out[i+1+len(prefix):], "\n")
		if !safe.MatchString(label) {
			t.Fatalf("Mermaid label %q has unescaped syntax", label)
		}
		got := entity.ReplaceAllStringFunc(label, func(e string) string {
			var n rune
			fmt.Sscanf(e, "#%d;", &n)
			return string(n)
		})
		want := strings.Join(strings.FieldsFunc(title, isBreak), " ")
		if want == "" {
			want = "e"
		}
		if got != want {
			t.Errorf("Mermaid label %q decodes to %q, want %q", label, got, want)
		}
	})
}

// TestWriteMarkdownGroupsAroundMidnight: events sort by instant but group by
// the venue's civil month, so a Tokyo event early on 1 December (30 November
// in UTC) sorts before a New York event late on 30 November (1 December in
// UTC). Each month must still get one heading, November first.
func TestWriteMarkdownGroupsAroundMidnight(t *testing.T) {
	tl := &timeline.Timeline{
		Title: timeline.Text{En: "Midnight"},
		Events: []timeline.Event{
			{ID: "tokyo", Kind: timeline.PhoneCall, Title: timeline.Text{En: "Tokyo call"},
				When: date.AtClock(date.Of(2025, 12, 1), 0, 30, "Asia/Tokyo")},
			{ID: "new-york", Kind: timeline.PhoneCall, Title: timeline.Text{En: "New York call"},
				When: date.AtClock(date.Of(2025, 11, 30), 20, 0, "America/New_York")},
		},
	}
	out := writeMarkdown(t, tl, &markdown.Options{Lang: timeline.English})
	doc := parseMarkdown(t, out)
	var headings []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && h.Level > 1 {
			headings = append(headings, strings.Repeat("#", h.Level)+" "+plainText(h, out))
		}
		return ast.WalkContinue, nil
	})
	want := []string{"## November 2025", "### New York call", "## December 2025", "### Tokyo call"}
	if diff := cmp.Diff(want, headings); diff != "" {
		t.Errorf("headings mismatch (-want +got):\n%s\n%s", diff, out)
	}
}
