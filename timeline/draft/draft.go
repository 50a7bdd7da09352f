package draft

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Options says where an article comes from. The zero value (and a nil
// pointer) names nothing.
type Options struct {
	// From names the text (a file name or URL); it is copied to each
	// event's Draft.From, and a URL also to the article source.
	From string
	// Outlet is the publication, for the source every draft cites;
	// "" means "article".
	Outlet string
}

// ErrNoDateline is returned for a zero dateline: without it "आज" and
// "5 दिसंबर" have no year, and a guessed one would be silently wrong.
var ErrNoDateline = errors.New("draft: a dateline is required")

// Extract proposes draft events from a Hindi article written at dateline,
// in the zone of its dateline (an IANA zone such as Asia/Kolkata, so that a
// time of day can be kept). Relative dates ("आज", "अगले सप्ताह",
// "शुक्रवार") and missing years are resolved against the dateline; it is
// also the day each drafted status is recorded as reported. It proposes one for each
// sentence that carries a date expression, or for each clause when a
// sentence dates several things ("… 8 दिसंबर को जापान जाएंगे, और 9
// दिसंबर को …"). A sentence without a date gives no draft.
//
// Each event has:
//
//   - the date as [hindidate.FindAll] read it, converted by [WhenOf] with
//     its precision and approximation;
//   - the sentence (or clause) as its Hindi description, and its byte span
//     in text as Draft.Start and Draft.End;
//   - a kind guessed from the event noun nearest the verb (मुलाकात, यात्रा,
//     शिखर सम्मेलन, "के इतर" for a sideline meeting), or "x-unknown";
//   - a status guessed from status words (प्रस्तावित and संभावित: proposed;
//     स्थगित, टल गई, टाल दिया: postponed; रद्द, निरस्त: cancelled; पुष्टि:
//     confirmed) or else from the tense of the clause's verb (करेंगे,
//     होगी, आएंगी: planned, drafted as announced; हुई, की, मिले: held),
//     recorded on the dateline's day;
//   - the attribution ("TASS के अनुसार", "रिपोर्ट्स के अनुसार") as a source of
//     its own, beside the article;
//   - Draft.Notes saying in plain words everything that was guessed.
//
// A sentence that corrects an earlier report ("… 15 दिसंबर बताई गई थी, जो
// गलत थी; सही तारीख 4 दिसंबर है") gives one draft with the corrected date
// and a note of the wrong one.
//
// The events are marked as drafts (Event.Draft is set) and validate as a
// timeline; IDs are "draft-01-2025-11-18" and so on, in text order.
// Extract never panics and never reads the clock; text need not be valid
// UTF-8, and spans always lie within it. The only error is
// [ErrNoDateline]; a text without dates gives no events and no error.
func Extract(text string, dateline time.Time, opts *Options) ([]timeline.Event, error) {
	if dateline.IsZero() {
		return nil, ErrNoDateline
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	matches := hindidate.FindAll(text, dateline)
	if len(matches) == 0 {
		return nil, nil
	}
	x := &extractor{text: text, dateline: dateline, opts: o, reported: date.FromTime(dateline), seen: map[seenKey]string{}}
	sents := sentences(text, matches)
	x.undatedSummit = x.findUndatedSummit(sents, matches)
	mi := 0
	for _, s := range sents {
		var in []hindidate.Match
		for mi < len(matches) && matches[mi].Start < s.end {
			if matches[mi].Start >= s.start {
				in = append(in, matches[mi])
			}
			mi++
		}
		if len(in) == 0 {
			continue
		}
		for _, u := range x.units(s, in) {
			x.draft(u)
		}
	}
	x.applySummitContext()
	return x.events, nil
}

// Timeline wraps the drafts of [Extract] in a timeline titled after the
// article's first line.
func Timeline(text string, dateline time.Time, opts *Options) (*timeline.Timeline, error) {
	events, err := Extract(text, dateline, opts)
	if err != nil {
		return nil, err
	}
	title := strings.TrimSpace(firstLine(text))
	if utf8.RuneCountInString(title) > 120 || !utf8.ValidString(title) {
		title = ""
	}
	return &timeline.Timeline{Title: timeline.Text{Hi: title}, Events: events}, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

type span struct{ start, end int }

// unit is the text one draft comes from: a sentence or a clause, the match
// that dates it, and the other matches in it.
type unit struct {
	span
	date     hindidate.Match
	others   []hindidate.Match
	replaced []hindidate.Match // dates the sentence says were wrong
}

type extractor struct {
	text     string
	dateline time.Time
	opts     Options
	reported date.Date
	events   []timeline.Event
	// undatedSummit is the phrase of a summit the article mentions only
	// without a date ("आगामी भारत-रूस वार्षिक शिखर सम्मेलन"), or "".
	undatedSummit string
	leaderVisit   int // 1 + index of the first head-of-state visit draft, or 0
	haveSummit    bool
	seen          map[seenKey]string // the first draft of each date and kind
}

type seenKey struct {
	when date.When
	kind timeline.Kind
}

// sentences returns the sentences of text as the Hindi layer splits them
// (internal/hindi.Sentences: the danda, ? and !, line breaks, and a full
// stop after a word, but not after an abbreviation or initial such as
// "डॉ." or "एस.", nor inside a number), trimmed of stray quotes. A date that
// runs over a sentence end joins the sentences it touches, so that a
// sentence always holds its dates whole.
func sentences(text string, ms []hindidate.Match) []span {
	var out []span
	for _, sp := range hindi.Sentences(text) {
		s, e := trimSpan(text, sp.Start, sp.End)
		if e > s {
			out = append(out, span{s, e})
		}
	}
	var merged []span
	mi := 0
	for _, sp := range out {
		if n := len(merged); n > 0 && sp.start < merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, sp.end)
		} else {
			merged = append(merged, sp)
		}
		cur := &merged[len(merged)-1]
		for ; mi < len(ms) && ms[mi].Start < cur.end; mi++ {
			if ms[mi].Start >= cur.start && ms[mi].End > cur.end {
				cur.end = ms[mi].End
			}
		}
	}
	return merged
}

// trimSpan trims spaces and quotation marks at both ends of text[s:e],
// keeping the end punctuation.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune("“”\"'‘’", r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// units splits a sentence with several dates into clauses, one per date,
// where clause punctuation or a conjunction lies between them; dates with
// nothing between them stay in one unit, and a correcting sentence stays
// whole, dated by its corrected date.
func (x *extractor) units(s span, ms []hindidate.Match) []unit {
	if len(ms) == 1 {
		return []unit{{span: s, date: ms[0]}}
	}
	toks := tokenize(x.text, s.start, s.end)
	if _, ok := hasAny(toks, correctionWords); ok {
		right := len(ms) - 1
		for i, m := range ms {
			c := x.clause(s, m)
			if _, ok := hasAny(tokenize(x.text, c.start, c.end), rightWords); ok {
				right = i
			}
		}
		u := unit{span: s, date: ms[right]}
		for i, m := range ms {
			if i != right {
				u.replaced = append(u.replaced, m)
			}
		}
		return []unit{u}
	}
	var out []unit
	cur := unit{span: span{s.start, s.end}, date: ms[0]}
	for i := 1; i < len(ms); i++ {
		cut := x.lastBoundary(ms[i-1].End, ms[i].Start)
		if cut < 0 {
			cur.others = append(cur.others, ms[i])
			continue
		}
		cur.end = cut
		out = append(out, cur)
		cur = unit{span: span{cut, s.end}, date: ms[i]}
	}
	out = append(out, cur)
	for i := range out {
		out[i].start, out[i].end = trimClause(x.text, out[i].start, out[i].end)
	}
	return out
}

// trimClause trims spaces, quotes and clause punctuation from both ends of
// a clause, and a leading conjunction.
func trimClause(text string, s, e int) (int, int) {
	s, e = trimSpan(text, s, e)
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !strings.ContainsRune(",;:—– ", r) {
			break
		}
		s += size
	}
	if toks := tokenize(text, s, e); len(toks) > 1 && hindi.IsClauseWord(toks[0].text) {
		s, e = trimSpan(text, toks[1].start, e)
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !strings.ContainsRune(",;:—– ", r) {
			break
		}
		e -= size
	}
	return s, e
}

// lastBoundary returns the byte offset of the last clause boundary in
// text[from:to] (punctuation, or the start of a conjunction), or -1. Its
// work is linear in to-from.
func (x *extractor) lastBoundary(from, to int) int {
	if from < 0 || to > len(x.text) || from >= to {
		return -1
	}
	cut := -1
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(x.text[i:to])
		if strings.ContainsRune(",;:—", r) {
			cut = i + size
		}
		i += size
	}
	for _, t := range tokenize(x.text, from, to) {
		if hindi.IsClauseWord(t.text) && t.start > cut {
			cut = t.start
		}
	}
	return cut
}

// clauseWindow bounds how far clause looks either side of a date, so that
// a sentence with thousands of dates costs no more than one per date.
const clauseWindow = 400

// clause returns the clause of sentence s around m: from the last
// boundary before it to the first after it, within clauseWindow bytes.
func (x *extractor) clause(s span, m hindidate.Match) span {
	c := span{max(s.start, m.Start-clauseWindow), min(s.end, m.End+clauseWindow)}
	for c.start < m.Start && !utf8.RuneStart(x.text[c.start]) {
		c.start++
	}
	for c.end > m.End && c.end < len(x.text) && !utf8.RuneStart(x.text[c.end]) {
		c.end--
	}
	// A date never lies outside its sentence (sentences joins those a
	// date runs over), but the clause must hold it whatever the input.
	c.start, c.end = min(c.start, m.Start), max(c.end, min(m.End, len(x.text)))
	if b := x.lastBoundary(c.start, m.Start); b >= 0 {
		c.start = b
	}
	for i := m.End; i < c.end; {
		r, size := utf8.DecodeRuneInString(x.text[i:c.end])
		if strings.ContainsRune(",;:—", r) {
			c.end = i
			break
		}
		i += size
	}
	for _, t := range tokenize(x.text, m.End, c.end) {
		if hindi.IsClauseWord(t.text) {
			c.end = t.start
			break
		}
	}
	return c
}

func tokensIn(toks []token, c span) []token {
	var out []token
	for _, t := range toks {
		if t.start >= c.start && t.end <= c.end {
			out = append(out, t)
		}
	}
	return out
}

func (x *extractor) draft(u unit) {
	var notes []string
	m := u.date
	when, wnotes := WhenOf(m.Date)
	if when.IsZero() {
		return
	}
	notes = append(notes, fmt.Sprintf("date %q read as %s", m.Text, when))
	notes = append(notes, wnotes...)
	switch {
	case !hasDigit(m.Text):
		notes = append(notes, fmt.Sprintf("relative date resolved against the dateline, %s %s", x.dateline.Weekday(), x.reported))
	case !hasYear(m.Text) && m.Date.Granularity >= hindidate.Day:
		notes = append(notes, fmt.Sprintf("year %d taken from the dateline", when.Start().Year()))
	}
	if when.IsTimed() && when.Zone() == x.dateline.Location().String() {
		notes = append(notes, fmt.Sprintf("time of day read in the dateline's zone %s; check the venue's", when.Zone()))
	}
	for _, o := range u.others {
		notes = append(notes, fmt.Sprintf("the sentence also names %q; one draft was made for both", o.Text))
	}
	for _, o := range u.replaced {
		notes = append(notes, fmt.Sprintf("correction: the sentence says the earlier date %q was wrong", o.Text))
	}

	sentToks := tokenize(x.text, u.start, u.end)
	coreSpan := x.clause(u.span, m)
	core := tokensIn(sentToks, coreSpan)

	kind, kindWord := guessKind(core)
	if kind == "" {
		kind, kindWord = guessKind(sentToks)
	}
	if kind == "" {
		kind = unknownKind
		notes = append(notes, "kind not guessed: no event word (बैठक, यात्रा, शिखर सम्मेलन…) found")
	} else {
		notes = append(notes, fmt.Sprintf("kind %q guessed from %q", kind, kindWord))
	}

	status, statusWord, fromTense := guessStatus(x.text, coreSpan, core)
	if status == "" {
		status, statusWord, fromTense = guessStatus(x.text, u.span, sentToks)
	}
	switch {
	case status == "":
		notes = append(notes, "status not guessed: no status word or tense found")
	case fromTense && status == timeline.Announced:
		notes = append(notes, fmt.Sprintf("status %q (planned) guessed from the future tense %q; check who announced it", status, statusWord))
	case fromTense:
		notes = append(notes, fmt.Sprintf("status %q guessed from the past tense %q", status, statusWord))
	default:
		notes = append(notes, fmt.Sprintf("status %q guessed from %q", status, statusWord))
	}
	for _, t := range sentToks {
		if hindi.IsHedge(t.text) {
			notes = append(notes, fmt.Sprintf("hedged (%q): the claim is second-hand", t.text))
			break
		}
	}

	article := timeline.Source{ID: "article", Outlet: x.opts.Outlet, Reported: x.reported}
	if article.Outlet == "" {
		article.Outlet = "article"
	}
	if strings.HasPrefix(x.opts.From, "http://") || strings.HasPrefix(x.opts.From, "https://") {
		article.URL = x.opts.From
	}
	sources := []timeline.Source{article}
	cite := "article"
	if phrase, outlet, ok := attribution(x.text, u.span); ok {
		sources = append(sources, timeline.Source{ID: "attributed", Outlet: outlet, Reported: x.reported, Attribution: timeline.Text{Hi: phrase}})
		cite = "attributed"
		notes = append(notes, fmt.Sprintf("attributed: %q", phrase))
	}
	var history []timeline.StatusChange
	if status != "" {
		history = []timeline.StatusChange{{Status: status, On: x.reported, Source: cite}}
	}

	n := len(x.events) + 1
	id := fmt.Sprintf("draft-%02d-%s", n, when.Start())
	label := kindLabels[kind]
	if label == "" {
		label = "घटना"
	}
	key := seenKey{when, kind}
	if first, ok := x.seen[key]; ok {
		notes = append(notes, fmt.Sprintf("may repeat %s (same kind and date)", first))
	} else {
		x.seen[key] = id
	}
	e := timeline.Event{
		ID:          id,
		Kind:        kind,
		Title:       timeline.Text{Hi: label + " — " + m.Text},
		Description: timeline.Text{Hi: x.text[u.start:u.end]},
		When:        when,
		History:     history,
		Sources:     sources,
		Draft:       &timeline.Draft{From: x.opts.From, Start: u.start, End: u.end, Notes: notes},
	}
	// JSON cannot carry invalid UTF-8; the span still points at the bytes.
	e.Title.Hi = strings.ToValidUTF8(e.Title.Hi, "\uFFFD")
	e.Description.Hi = strings.ToValidUTF8(e.Description.Hi, "\uFFFD")
	if kind == timeline.Summit {
		x.haveSummit = true
	}
	if kind == timeline.Visit && x.undatedSummit != "" && x.leaderVisit == 0 {
		if _, ok := hasAny(core, leaderWords); ok {
			x.leaderVisit = n
		}
	}
	x.events = append(x.events, e)
}

// findUndatedSummit returns the phrase of a summit named in a sentence
// without a date ("आगामी भारत-रूस वार्षिक शिखर सम्मेलन की तैयारियों"), or "".
func (x *extractor) findUndatedSummit(sents []span, ms []hindidate.Match) string {
	mi := 0
	for _, s := range sents {
		dated := false
		for ; mi < len(ms) && ms[mi].Start < s.end; mi++ {
			if ms[mi].Start >= s.start {
				dated = true
			}
		}
		if dated || !strings.Contains(x.text[s.start:s.end], "शिखर") {
			continue
		}
		toks := tokenize(x.text, s.start, s.end)
		for i, t := range toks {
			if t.text != "शिखर" || i+1 >= len(toks) || toks[i+1].text != "सम्मेलन" {
				continue
			}
			// The name is the words before it back to a case marker.
			first := i
			for first > 0 && i-first < 4 && !hindi.IsClauseWord(toks[first-1].text) && !hindi.IsPostposition(toks[first-1].text) && toks[first-1].text != "आगामी" {
				first--
			}
			return strings.ToValidUTF8(x.text[toks[first].start:toks[i+1].end], "")
		}
	}
	return ""
}

// applySummitContext turns the first dated visit of a head of state into
// the summit the article names only without a date, when no dated sentence
// names a summit: "आगामी भारत-रूस वार्षिक शिखर सम्मेलन" in the lead and
// "रूसी राष्ट्रपति आगामी दिसंबर में भारत की यात्रा करेंगे" later.
func (x *extractor) applySummitContext() {
	if x.haveSummit || x.leaderVisit == 0 {
		return
	}
	e := &x.events[x.leaderVisit-1]
	e.Kind = timeline.Summit
	e.Title.Hi = x.undatedSummit
	notes := e.Draft.Notes
	for i, n := range notes {
		if strings.HasPrefix(n, "kind ") {
			notes[i] = fmt.Sprintf("kind %q: a head of state's visit in an article about the %q, which it dates nowhere else; check that the visit is the summit", timeline.Summit, x.undatedSummit)
		}
	}
}

// hasDigit reports whether s holds an ASCII or Devanagari digit.
func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '०' && r <= '९' {
			return true
		}
	}
	return false
}

// hasYear reports whether s holds a number of four digits (ASCII or
// Devanagari).
func hasYear(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '०' && r <= '९' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
