// Package timelinejs exports a [timeline.Timeline] as Knight Lab TimelineJS 3
// JSON (https://timeline.knightlab.com/docs/json-format.html), the format
// newsrooms embed as interactive timelines, in Hindi or English.
//
// TimelineJS has no fuzzy dates, no status and no time zones. This package
// keeps what it can of them:
//
//   - Every slide carries a display_date in newsroom word order
//     ("5 दिसंबर 2025 के आसपास", "नवंबर 2025", "18 नवंबर 2025 से पहले"; see
//     [DisplayDate]), so TimelineJS never prints its own month-first
//     "दिसंबर 5, 2025".
//   - The date objects carry only the fields the sources gave: a month-only
//     date has no day, so TimelineJS positions it at the month; a week is
//     positioned at its Monday. An
//     approximate day is positioned at its central day, "before 18 November"
//     on 17 November and "after 18 November" on 19 November. Timed dates are
//     positioned at the venue's clock time, since TimelineJS reads dates in the
//     browser's zone; the display date names the venue's zone and UTC offset.
//   - The slide text lists the status (with its history, source and any
//     previous date), the place, the participants with their roles, the
//     parent event and the sources with links.
//   - Events that have sideline meetings become eras.
//
// All text is HTML-escaped, since TimelineJS renders headline, text, group
// and display_date as HTML: a title such as
// `<img src=x onerror="…">` shows as text and runs nothing. Source links are
// written only for http and https URLs.
//
// The output is deterministic: the same timeline always gives the same bytes.
// Its exact wording is not a stable format; compare it in tests through golden
// files.
package timelinejs

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Document is a TimelineJS 3 JSON document: an optional title slide, the
// event slides and the eras. Build one with [New]; encode it with
// encoding/json (whose default HTML escaping makes it safe to embed in a
// <script> element) or use [Marshal].
type Document struct {
	Title  *Slide  `json:"title,omitempty"`
	Events []Slide `json:"events"`
	Eras   []Era   `json:"eras,omitempty"`
}

// Slide is one TimelineJS slide. Text fields hold HTML, already escaped.
type Slide struct {
	StartDate   *Date  `json:"start_date,omitempty"` // nil only on the title slide
	EndDate     *Date  `json:"end_date,omitempty"`
	Text        Text   `json:"text"`
	Group       string `json:"group,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
	// UniqueID is the event's ID; TimelineJS uses it as the slide's element
	// id and in the page's URL fragment.
	UniqueID string `json:"unique_id,omitempty"`
}

// Date is a TimelineJS date object. Only the fields the source gave are set;
// TimelineJS picks the display precision from the finest field present.
// Hour and Minute are pointers because midnight (0) must still be written.
type Date struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        *int   `json:"hour,omitempty"`
	Minute      *int   `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// Text is a slide's headline and body, both HTML.
type Text struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

// Era is a labelled span of the time axis.
type Era struct {
	StartDate Date `json:"start_date"`
	EndDate   Date `json:"end_date"`
	Text      Text `json:"text"`
}

// New returns the TimelineJS document for t in lang ([timeline.Hindi] or
// [timeline.English]; text missing in lang falls back to the other
// language). It validates t first and returns an error naming the problem for
// an invalid timeline or an unknown language. Events keep their order in t;
// call [timeline.Timeline.Sort] first for timeline order (TimelineJS sorts by
// date anyway).
func New(t *timeline.Timeline, opts *Options) (*Document, error) {
	lang := timeline.Hindi
	if opts != nil && opts.Lang != "" {
		lang = opts.Lang
	}
	if lang != timeline.Hindi && lang != timeline.English {
		return nil, fmt.Errorf("timelinejs: unknown language %q (want %q or %q)", lang, timeline.Hindi, timeline.English)
	}
	if t == nil {
		return nil, fmt.Errorf("timelinejs: nil timeline")
	}
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("timelinejs: %w", err)
	}
	doc := &Document{Events: make([]Slide, 0, len(t.Events))}
	if !t.Title.IsZero() || !t.Description.IsZero() {
		doc.Title = &Slide{Text: Text{
			Headline: escape(t.Title.In(lang)),
			Text:     paragraphs(t.Description.In(lang)),
		}}
	}
	for i := range t.Events {
		e := &t.Events[i]
		s, err := slide(t, e, lang)
		if err != nil {
			return nil, fmt.Errorf("timelinejs: events[%d] (%s): %w", i, e.ID, err)
		}
		doc.Events = append(doc.Events, s)
		if children := t.Children(e.ID); len(children) > 0 {
			if era, ok := eraOf(e, lang); ok {
				doc.Eras = append(doc.Eras, era)
			}
		}
	}
	return doc, nil
}

// Options says how [New], [Encode] and [Marshal] write a timeline. The zero
// value (and a nil pointer) means Hindi.
type Options struct {
	// Lang is the language of the slides: timeline.Hindi ("" too) or
	// timeline.English. Text missing in Lang falls back to the other one.
	Lang timeline.Lang
}

// Encode writes the TimelineJS JSON for t to w (see [Marshal]); nothing is
// written on error.
func Encode(w io.Writer, t *timeline.Timeline, opts *Options) error {
	b, err := Marshal(t, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the TimelineJS JSON for t (see [New]), indented. The JSON
// escapes <, > and &, so it can be embedded in an HTML <script> element as
// it is.
func Marshal(t *timeline.Timeline, opts *Options) ([]byte, error) {
	doc, err := New(t, opts)
	if err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("timelinejs: %w", err)
	}
	return append(b, '\n'), nil
}

// slide returns the slide of event e.
func slide(t *timeline.Timeline, e *timeline.Event, lang timeline.Lang) (Slide, error) {
	start, end, err := dates(e.When)
	if err != nil {
		return Slide{}, err
	}
	display := escape(DisplayDate(e.When, lang))
	start.DisplayDate = display
	return Slide{
		StartDate:   start,
		EndDate:     end,
		Text:        Text{Headline: escape(e.Title.In(lang)), Text: body(t, e, lang)},
		Group:       escape(kindLabel(e.Kind, lang)),
		DisplayDate: display,
		UniqueID:    e.ID,
	}, nil
}

// dates returns where TimelineJS should place w: its start and, for a span,
// its end.
func dates(w date.When) (start, end *Date, err error) {
	if w.IsZero() {
		return nil, nil, fmt.Errorf("no date: TimelineJS needs a start_date")
	}
	p := w.Precision()
	h, m, _ := w.Clock()
	d := w.Start()
	switch w.Bound() {
	case date.BeforeBound:
		d = d.AddDays(-1)
	case date.AfterBound:
		d = d.AddDays(1)
	}
	start = dateOf(d, p, h, m)
	if w.IsSpan() {
		eh, em, _ := w.EndClock()
		end = dateOf(w.EndDay(), p, eh, em)
		if p == date.Week {
			end = dateOf(w.EndDay().AddDays(6), p, 0, 0)
		}
	}
	return start, end, nil
}

// eraOf returns the era spanned by a parent event, or ok false when its
// date is open (a bound).
func eraOf(e *timeline.Event, lang timeline.Lang) (Era, bool) {
	from, to := e.When.Window()
	if from.IsZero() || to.IsZero() {
		return Era{}, false
	}
	return Era{
		StartDate: *dateOf(from, date.Day, 0, 0),
		EndDate:   *dateOf(to.AddDays(-1), date.Day, 0, 0),
		Text:      Text{Headline: escape(e.Title.In(lang))},
	}, true
}
