// Package markdown writes a timeline as a Markdown (CommonMark) document a
// newsroom can paste: events grouped by month, dates as a reader writes
// them, times at the venue and in the readers' zone, status with its
// source, places, participants and sources, in Hindi or English, with an
// optional Mermaid timeline block; and change logs as correction notes.
//
// Like every format package of this module it has the two verbs
// Encode(w, t, opts) and Marshal(t, opts).
package markdown

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// Options says how [Encode] writes a timeline. The
// zero value (and a nil pointer) means Hindi with Latin digits, times shown
// in the venue's zone and in Indian Standard Time, and no Mermaid block.
type Options struct {
	// Lang is the language of the document: Hindi ("" or [timeline.Hindi]) or
	// [timeline.English]. Text missing in Lang falls back to the other language (see
	// [timeline.Text.In]).
	Lang timeline.Lang
	// Digits chooses Latin (the default, as most Hindi newsrooms print
	// dates) or Devanagari digits for the numbers of dates and times in
	// Hindi. English always uses Latin digits. Numbers inside the data
	// (titles, names) are never changed.
	Digits hindidate.Digits
	// Mermaid adds a ```mermaid timeline block (a diagram of the events,
	// grouped by month, one period per date) after the title. Mermaid's
	// timeline diagram is still marked experimental, and Mermaid refuses to
	// render diagrams longer than its maxTextSize setting (50,000 characters
	// by default, roughly 500 events): filter a long timeline first (see
	// [timeline.Timeline.Filter]).
	Mermaid bool
	// ReaderZone is the IANA zone of the readers, in which the time of every
	// timed event is shown a second time next to the venue's own time; ""
	// means "Asia/Kolkata" (IST).
	ReaderZone string
}

// defaultReaderZone is the readers' zone when Options.ReaderZone is "".
const defaultReaderZone = "Asia/Kolkata"

// Encode writes t as a Markdown (CommonMark) document for a newsroom:
// the title and description, then the events grouped by month under
// "## नवंबर 2025" headings, each event under a "###" heading with its date as
// a reader writes it ("18 नवंबर 2025, मंगलवार", "5 दिसंबर 2025 के आसपास
// (±2 दिन)", "दिसंबर 2025", "18 नवंबर 2025 से पहले"), the time of a timed
// event both in the venue's zone and in the readers' zone (the readers' date
// too when it differs), its kind and status in words with the source that
// reported the status, where it happens, who takes part, what it is part of
// and its sources with their attributions. Events appear in the order of
// [timeline.Timeline.Sort]; t itself is not modified. An event is grouped under the
// month its date starts in (a bound under the month of its day, a whole year
// under the year).
//
// Text from the data cannot change the document's structure: Markdown
// punctuation in it is escaped, line breaks become spaces and raw HTML is
// shown as text. Only http and https source URLs become links. With
// opts.Mermaid the labels of the Mermaid block are escaped with Mermaid's
// entity codes ("#58;" for a colon) as its timeline syntax requires.
//
// opts may be nil. Encode validates t first (see [timeline.Timeline.Validate])
// and renders the whole document before writing it, so on error nothing is
// written to w.
//
// The output is deterministic: the same timeline and options always give the
// same bytes. Its exact layout is meant for people and is not a stable
// format: wording and layout may change between versions of this package.
// Programs should read the JSON form (see [timeline.Marshal]) instead.
func Encode(w io.Writer, t *timeline.Timeline, opts *Options) error {
	b, err := Marshal(t, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the Markdown document that [Encode] writes.
func Marshal(t *timeline.Timeline, opts *Options) ([]byte, error) {
	if t == nil {
		return nil, errors.New("markdown: nil timeline")
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	r, err := newRenderer(&o)
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, err // a *timeline.ValidationError, "timeline: events[2].when: …"
	}
	var buf bytes.Buffer
	if err := r.render(&buf, t); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderer holds what one WriteMarkdown call needs.
type renderer struct {
	phrase.Writer // language, digits and the words of dates
	words         *mdWords
	mermaid       bool
	reader        *time.Location
	readerID      string
	events        map[string]*timeline.Event // by ID, to name parents and related events
}

func newRenderer(o *Options) (*renderer, error) {
	r := &renderer{Writer: phrase.NewWriter(o.Lang, o.Digits), mermaid: o.Mermaid}
	switch o.Lang {
	case "", timeline.Hindi:
		r.words = &hindiWords
	case timeline.English:
		r.words = &englishWords
	default:
		return nil, fmt.Errorf("markdown: unknown language %q (want %q or %q)", o.Lang, timeline.Hindi, timeline.English)
	}
	switch o.Digits {
	case hindidate.LatinDigits, hindidate.DevanagariDigits:
	default:
		return nil, fmt.Errorf("markdown: unknown digits option %d", o.Digits)
	}
	r.readerID = o.ReaderZone
	if r.readerID == "" {
		r.readerID = defaultReaderZone
	}
	loc, err := date.LoadZone(r.readerID)
	if err != nil {
		return nil, fmt.Errorf("markdown: reader zone: %w", err)
	}
	r.reader = loc
	return r, nil
}

// mdGroup is the events of one month (or of one year, for events known only
// to the year, or with no date at all).
type mdGroup struct {
	key    int // year*13 + month, month 0 for a whole year; maxInt for no date
	label  string
	events []*timeline.Event
}

func (r *renderer) groups(t *timeline.Timeline) []*mdGroup {
	evs := make([]*timeline.Event, len(t.Events))
	r.events = make(map[string]*timeline.Event, len(t.Events))
	for i := range t.Events {
		evs[i] = &t.Events[i]
		r.events[t.Events[i].ID] = &t.Events[i]
	}
	slices.SortStableFunc(evs, (*timeline.Event).Compare)
	byKey := map[int]*mdGroup{}
	var out []*mdGroup
	for _, e := range evs {
		key, label := r.groupOf(e.When)
		g := byKey[key]
		if g == nil {
			g = &mdGroup{key: key, label: label}
			byKey[key] = g
			out = append(out, g)
		}
		g.events = append(g.events, e)
	}
	// Events sort by instant and groups by civil month in the venue's zone,
	// which can disagree for timed events around midnight; sorting the
	// groups keeps one heading per month.
	slices.SortStableFunc(out, func(a, b *mdGroup) int { return cmp.Compare(a.key, b.key) })
	return out
}

func (r *renderer) groupOf(w date.When) (int, string) {
	if w.IsZero() {
		return int(^uint(0) >> 1), r.NoDate()
	}
	d := w.Start()
	if w.Precision() == date.Year {
		return d.Year() * 13, r.Number(d.Year())
	}
	return d.Year()*13 + int(d.Month()), r.Day(d, "January 2006")
}

func (r *renderer) render(b *bytes.Buffer, t *timeline.Timeline) error {
	groups := r.groups(t)
	title := mdInline(t.Title.In(r.Lang()))
	if title != "" {
		fmt.Fprintf(b, "# %s\n\n", title)
	}
	for _, p := range mdParagraphs(t.Description.In(r.Lang())) {
		fmt.Fprintf(b, "%s\n\n", p)
	}
	if u := t.Updated(); !u.IsZero() {
		fmt.Fprintf(b, "%s: %s\n\n", r.words.updated, r.Day(u, "2 January 2006"))
	}
	if len(groups) == 0 {
		fmt.Fprintf(b, "%s\n", r.words.noEvents)
		return nil
	}
	if r.mermaid {
		r.writeMermaid(b, t, groups)
	}
	for gi, g := range groups {
		if gi > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "## %s\n", mdInline(g.label))
		for _, e := range g.events {
			if err := r.writeEvent(b, e); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *renderer) title(e *timeline.Event) string {
	if s := normalizeText(e.Title.In(r.Lang())); s != "" {
		return s
	}
	return e.ID
}

func (r *renderer) writeEvent(b *bytes.Buffer, e *timeline.Event) error {
	w := r.words
	date, err := r.whenLabel(e)
	if err != nil {
		return fmt.Errorf("markdown: event %q: %w", e.ID, err)
	}
	fmt.Fprintf(b, "\n### %s\n\n", mdInline(r.title(e)))
	field := func(label, value string) {
		if value != "" {
			fmt.Fprintf(b, "- **%s:** %s\n", label, value)
		}
	}
	field(w.date, date)
	field(w.kind, mdInline(r.kindWord(e.Kind)))
	if e.Draft != nil {
		v := w.draftNote
		if len(e.Draft.Notes) > 0 {
			notes := make([]string, len(e.Draft.Notes))
			for i, n := range e.Draft.Notes {
				notes[i] = mdInline(n)
			}
			v += " " + strings.Join(notes, "; ")
		}
		field(w.draft, v)
	}
	if n := len(e.History); n > 0 {
		field(w.status, r.statusLine(e, e.History[n-1], true))
		if n > 1 {
			steps := make([]string, n-1)
			for i, c := range e.History[:n-1] {
				steps[i] = r.statusLine(e, c, false)
			}
			field(w.history, strings.Join(steps, " → "))
		}
	}
	field(w.place, r.placeLine(e.Place))
	if len(e.Participants) > 0 {
		ps := make([]string, len(e.Participants))
		for i, p := range e.Participants {
			ps[i] = r.participant(p)
		}
		field(w.participants, strings.Join(ps, "; "))
	}
	if e.PartOf != "" {
		field(w.partOf, r.eventRef(e.PartOf))
	}
	if len(e.Related) > 0 {
		rel := make([]string, len(e.Related))
		for i, id := range e.Related {
			rel[i] = r.eventRef(id)
		}
		field(w.related, strings.Join(rel, "; "))
	}
	if len(e.Sources) > 0 {
		fmt.Fprintf(b, "- **%s:**\n", w.sources)
		for _, s := range e.Sources {
			fmt.Fprintf(b, "  - %s\n", r.sourceLine(s))
		}
	}
	for _, p := range mdParagraphs(e.Description.In(r.Lang())) {
		fmt.Fprintf(b, "\n%s\n", p)
	}
	return nil
}

func (r *renderer) eventRef(id string) string {
	if f := r.events[id]; f != nil {
		return mdInline(r.title(f))
	}
	return mdInline(id)
}

func (r *renderer) kindWord(k timeline.Kind) string { return k.Label(r.Lang()) }

func (r *renderer) statusWord(s timeline.Status) string { return s.Label(r.Lang()) }

// statusLine writes a status change: "संपन्न — TASS के अनुसार (18 नवंबर 2025
// की सूचना)" (full) or "प्रस्तावित (18 नवंबर 2025 की सूचना)" (short, for the
// history).
func (r *renderer) statusLine(e *timeline.Event, c timeline.StatusChange, full bool) string {
	w := r.words
	word := mdInline(r.statusWord(c.Status))
	on := ""
	if !c.On.IsZero() {
		on = " (" + fmt.Sprintf(w.reportedOn, r.Day(c.On, "2 January 2006")) + ")"
	}
	if !full {
		return word + on
	}
	var parts []string
	if src, ok := e.Source(c.Source); ok {
		parts = append(parts, mdInline(r.attribution(src)))
	}
	if !c.Previous.IsZero() {
		parts = append(parts, w.previously+" "+mdInline(r.When(c.Previous, false, true)))
	}
	if note := mdInline(c.Note.In(r.Lang())); note != "" {
		parts = append(parts, note)
	}
	if len(parts) == 0 {
		return word + on
	}
	return word + " — " + strings.Join(parts, "; ") + on
}

func (r *renderer) attribution(s timeline.Source) string {
	if a := normalizeText(s.Attribution.In(r.Lang())); a != "" {
		return a
	}
	return s.Outlet
}

func (r *renderer) placeLine(p timeline.Place) string {
	return mdInline(p.Label(r.Lang()))
}

func (r *renderer) participant(p timeline.Participant) string {
	name := mdInline(p.Name.In(r.Lang()))
	var extra []string
	if t := mdInline(p.Title.In(r.Lang())); t != "" {
		extra = append(extra, t)
	}
	if p.Role != "" && p.Role != timeline.Attendee { // attending is what a participant does; say nothing
		extra = append(extra, p.Role.Label(r.Lang()))
	}
	switch {
	case name == "" && len(extra) == 0:
		return mdInline(p.Country)
	case name == "":
		return strings.Join(extra, ", ")
	case len(extra) == 0:
		return name
	}
	return name + " (" + strings.Join(extra, ", ") + ")"
}

// sourceLine writes "TASS के अनुसार — [TASS](https://tass.com/), 18 नवंबर 2025".
func (r *renderer) sourceLine(s timeline.Source) string {
	outlet := mdInline(s.Outlet)
	if outlet == "" {
		outlet = mdInline(s.ID)
	}
	if dest, ok := mdLinkDestination(s.URL); ok {
		outlet = "[" + outlet + "](" + dest + ")"
	} else if u := mdInline(s.URL); u != "" {
		outlet += " (" + u + ")"
	}
	if !s.Reported.IsZero() {
		outlet += ", " + r.Day(s.Reported, "2 January 2006")
	}
	if a := mdInline(s.Attribution.In(r.Lang())); a != "" {
		return a + " — " + outlet
	}
	return outlet
}

// mdLinkDestination returns raw as a Markdown link destination if it is an
// absolute http or https URL, with every byte that could end or break the
// destination percent-encoded.
func mdLinkDestination(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	s := u.String()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>\\`\"'{}|^[]", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// whenLabel writes the date of e for the "date" field, with both clocks for
// a timed event.
func (r *renderer) whenLabel(e *timeline.Event) (string, error) {
	if !e.When.IsTimed() {
		return r.When(e.When, true, true), nil
	}
	return r.timedLabel(e)
}

// timedLabel writes a timed date in the venue's zone and in the readers'
// zone: "18 नवंबर 2025, मंगलवार, शाम 7:00 बजे (मॉस्को समय, UTC+3) · रात
// 9:30 बजे (भारतीय समय)".
func (r *renderer) timedLabel(e *timeline.Event) (string, error) {
	w := e.When
	start, err := w.StartTime()
	if err != nil {
		return "", err
	}
	var end time.Time
	if w.IsSpan() {
		if end, err = w.EndTime(); err != nil {
			return "", err
		}
	}
	hourOnly := w.Precision() == date.Hour
	venue := r.Times(start, end, time.Time{}, hourOnly)
	s := fmt.Sprintf(r.words.inZone, venue, r.zoneLabel(w.Zone(), e.Place, start))
	if start.Location().String() == r.reader.String() {
		return s, nil
	}
	rs := start.In(r.reader)
	var re time.Time
	if !end.IsZero() {
		re = end.In(r.reader)
	}
	reader := r.Times(rs, re, start, hourOnly)
	return s + " · " + fmt.Sprintf(r.words.inZone, reader, r.readerLabel(rs)), nil
}

// zoneLabel names the venue's zone: "मॉस्को समय, UTC+3" when the place's
// city is in that zone, otherwise the IANA name.
func (r *renderer) zoneLabel(zone string, p timeline.Place, at time.Time) string {
	name := normalizeText(p.City.In(r.Lang()))
	if name == "" || p.TimeZone != zone {
		name = zone
	}
	return fmt.Sprintf(r.words.zoneTime, mdInline(name)) + ", " + r.UTCOffset(at)
}

func (r *renderer) readerLabel(at time.Time) string {
	if r.readerID == defaultReaderZone {
		return r.words.ist
	}
	return fmt.Sprintf(r.words.zoneTime, mdInline(r.readerID)) + ", " + r.UTCOffset(at)
}

// mdWords are the fixed words of a document in one language.
type mdWords struct {
	date, kind, status, history, place, participants, partOf, related, sources, draft string
	draftNote, updated, noEvents                                                      string
	reportedOn, previously                                                            string
	inZone, zoneTime, ist                                                             string
}

var hindiWords = mdWords{
	date: "तारीख", kind: "प्रकार", status: "स्थिति", history: "पहले की स्थिति", place: "स्थान",
	participants: "प्रतिभागी", partOf: "मुख्य आयोजन", related: "संबंधित", sources: "स्रोत",
	draft: "मसौदा", draftNote: "संपादक ने अभी जाँचा नहीं है।",
	updated: "अद्यतन", noEvents: "इस समयरेखा में अभी कोई घटना नहीं है।",
	reportedOn: "%s की सूचना", previously: "पहले की तारीख:",
	inZone: "%s (%s)", zoneTime: "%s समय", ist: "भारतीय समय",
}

var englishWords = mdWords{
	date: "Date", kind: "Kind", status: "Status", history: "Earlier status", place: "Place",
	participants: "Participants", partOf: "Part of", related: "Related", sources: "Sources",
	draft: "Draft", draftNote: "not yet checked by an editor.",
	updated: "Updated", noEvents: "This timeline has no events yet.",
	reportedOn: "reported %s", previously: "previously",
	inZone: "%s (%s)", zoneTime: "%s time", ist: "India time, IST",
}

// normalizeText makes s one line: line breaks (CR, LF, VT, FF, NEL, U+2028,
// U+2029), tabs and other control characters become spaces, runs of spaces
// become one, and leading and trailing spaces go.
func normalizeText(s string) string {
	if strings.IndexFunc(s, isLineBreakOrControl) < 0 && !strings.Contains(s, "  ") &&
		!strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ") {
		return s // the common case: nothing to change
	}
	var b strings.Builder
	space := false
	for _, c := range s {
		if c == ' ' || isLineBreakOrControl(c) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(c)
	}
	return b.String()
}

// isLineBreakOrControl reports whether c is a control character (C0, DEL,
// C1, which includes NEL) or a Unicode line or paragraph separator.
func isLineBreakOrControl(c rune) bool {
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
}

// mdInline returns s as Markdown inline text that shows exactly s (after
// normalizeText) and cannot start or end any Markdown structure, wherever it
// is placed: at the start of a line, in a heading, in a list item or in
// link text.
//
// It backslash-escapes every ASCII character that can open or close inline
// markup (emphasis, code, links, images, autolinks, raw HTML, entities,
// strikethrough, table cells, heading attributes and the closing #s of a
// heading): \ ` * _ { } [ ] < > # | ~ & !. At the start of s it also escapes
// what can start a block there: "-", "+" and "=" (lists, thematic breaks,
// setext underlines) and the "." or ")" after leading digits (ordered
// lists). Other punctuation (. - ( ) inside a line) is left alone to keep the
// source readable: with [ and ] escaped it cannot form a link.
func mdInline(s string) string {
	s = normalizeText(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\\`*_{}[]<>#|~&!", c) >= 0:
			b.WriteByte('\\')
		case i == 0 && (c == '-' || c == '+' || c == '='):
			b.WriteByte('\\')
		case digits == i && i > 0 && (c == '.' || c == ')'):
			b.WriteByte('\\')
		}
		if c >= '0' && c <= '9' && digits == i {
			digits++
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdParagraphs splits s at blank (or white) lines and returns each
// paragraph as escaped inline text (see mdInline), dropping empty ones.
func mdParagraphs(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var out []string
	var cur []string
	flush := func() {
		if p := mdInline(strings.Join(cur, " ")); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		if normalizeText(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// writeMermaid writes a Mermaid timeline diagram of the groups: one section
// per month, one period per date, and the titles of the events on that date,
// each followed by its status in words: "पुतिन का भारत दौरा (प्रस्तावित)".
func (r *renderer) writeMermaid(b *bytes.Buffer, t *timeline.Timeline, groups []*mdGroup) {
	b.WriteString("```mermaid\ntimeline\n")
	if title := mermaidText(t.Title.In(r.Lang())); title != "" {
		fmt.Fprintf(b, "    title %s\n", title)
	}
	for _, g := range groups {
		fmt.Fprintf(b, "    section %s\n", mermaidText(g.label))
		last := ""
		for _, e := range g.events {
			period := mermaidText(r.When(e.When, false, true))
			label := mermaidText(r.title(e))
			if s := e.Status(); s != "" {
				// The diagram is read without the list below it: a proposed
				// visit must not look like a held one.
				label += " (" + mermaidText(s.Label(r.Lang())) + ")"
			}
			if period == last {
				fmt.Fprintf(b, "            : %s\n", label)
				continue
			}
			last = period
			fmt.Fprintf(b, "        %s : %s\n", period, label)
		}
	}
	b.WriteString("```\n\n")
}

// mermaidText returns s as one line of Mermaid label text: line breaks become
// spaces (see normalizeText) and the characters Mermaid's timeline syntax
// gives a meaning (":" separates periods from events, "#" starts a comment or
// an entity code, ";" ends an entity code, "%%" a comment) or that could turn
// into markup ("<", ">", "&", quotes, back ticks, braces) are written as
// Mermaid entity codes ("#58;" for ":"), which a rendered diagram shows as
// the characters themselves.
func mermaidText(s string) string {
	s = normalizeText(s)
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune(":#;%<>&\"'`{}\\", c) {
			fmt.Fprintf(&b, "#%d;", c)
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}
