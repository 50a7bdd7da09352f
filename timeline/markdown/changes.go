package markdown

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/changelog"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// EncodeChanges writes changes as a Markdown correction note in the
// language of opts (Hindi when opts is nil), one bullet per change, that a newsroom can publish under a story:
//
//	## सुधार और बदलाव
//
//	- **पुतिन का भारत दौरा**: तारीख बदली: 5 दिसंबर 2025 के आसपास (±2 दिन) → 6 दिसंबर 2025।
//
// Dates are written out in words, statuses by their name in lang. The
// output is deterministic; its wording may improve between releases, so
// compare it with golden files, not parse it. It returns the first write
// error.
func EncodeChanges(w io.Writer, changes []changelog.Change, opts *Options) error {
	var lang timeline.Lang
	if opts != nil {
		lang = opts.Lang
	}
	bw := bufio.NewWriter(w)
	hi := lang != timeline.English
	pick := func(h, e string) string {
		if hi {
			return h
		}
		return e
	}
	end := pick("।", ".")
	fmt.Fprintf(bw, "## %s\n\n", pick("सुधार और बदलाव", "Corrections and changes"))
	if len(changes) == 0 {
		fmt.Fprintf(bw, "%s\n", pick("कोई बदलाव नहीं।", "No changes."))
		return bw.Flush()
	}
	for _, c := range changes {
		e := c.New
		if e == nil {
			e = c.Old
		}
		title := e.Title.In(lang)
		if title == "" {
			title = e.ID
		}
		fmt.Fprintf(bw, "- **%s**: ", mdInline(title))
		switch c.Kind {
		case changelog.Added:
			fmt.Fprintf(bw, "%s: %s", pick("नई घटना", "new event"), changeWhen(e.When, lang))
			if s := e.Status(); s != "" {
				fmt.Fprintf(bw, ", %s", changeStatus(s, lang))
			}
		case changelog.Removed:
			fmt.Fprintf(bw, "%s (%s)", pick("समयरेखा से हटाई गई", "removed from the timeline"), changeWhen(e.When, lang))
		case changelog.Redated:
			fmt.Fprintf(bw, "%s: %s → %s", pick("तारीख बदली", "date changed"), changeWhen(c.Old.When, lang), changeWhen(c.New.When, lang))
		case changelog.StatusChanged:
			os, ns := c.Old.Status(), c.New.Status()
			if os == ns {
				fmt.Fprintf(bw, "%s: %s", pick("स्थिति दोहराई गई", "status restated"), changeStatus(ns, lang))
			} else {
				fmt.Fprintf(bw, "%s: %s → %s", pick("स्थिति बदली", "status changed"), changeStatus(os, lang), changeStatus(ns, lang))
			}
			if len(c.New.History) > 0 {
				last := c.New.History[len(c.New.History)-1]
				if note := last.Note.In(lang); note != "" {
					fmt.Fprintf(bw, " — %s", mdInline(note))
				}
				if s, ok := c.New.Source(last.Source); ok {
					fmt.Fprintf(bw, " (%s)", changeSourceText(s, lang))
				}
			}
		case changelog.SourceAdded:
			fmt.Fprintf(bw, "%s: %s", pick("नया स्रोत", "new source"), changeSourceLink(*c.Source))
		case changelog.SourceRemoved:
			fmt.Fprintf(bw, "%s: %s", pick("स्रोत हटाया गया", "source removed"), changeSourceLink(*c.Source))
		case changelog.Edited:
			names := make([]string, len(c.Fields))
			for i, f := range c.Fields {
				names[i] = changeField(f, lang)
			}
			fmt.Fprintf(bw, "%s: %s", pick("संपादित", "edited"), strings.Join(names, ", "))
		default:
			fmt.Fprintf(bw, "%s", c.Kind)
		}
		fmt.Fprintf(bw, "%s\n", end)
	}
	return bw.Flush()
}

func changeSourceText(s timeline.Source, lang timeline.Lang) string {
	if a := s.Attribution.In(lang); a != "" {
		return mdInline(a)
	}
	return mdInline(s.Outlet)
}

// changeSourceLink links the outlet to its URL the way the Markdown timeline
// does: only http and https, percent-encoded, so no URL can add markup.
func changeSourceLink(s timeline.Source) string {
	name := mdInline(s.Outlet)
	if dest, ok := mdLinkDestination(s.URL); ok {
		return "[" + name + "](" + dest + ")"
	}
	return name
}

var changeFieldsHi = map[string]string{
	"kind": "प्रकार", "title": "शीर्षक", "description": "विवरण", "place": "स्थान",
	"participants": "प्रतिभागी", "part_of": "मुख्य आयोजन", "related": "संबंधित घटनाएँ",
	"draft": "मसौदा चिह्न", "when.zone": "समय क्षेत्र", "status": "पहली स्थिति",
}

var changeFieldsEn = map[string]string{
	"kind": "kind", "title": "title", "description": "description", "place": "place",
	"participants": "participants", "part_of": "parent event", "related": "related events",
	"draft": "draft mark", "when.zone": "time zone", "status": "first status",
}

func changeField(f string, lang timeline.Lang) string {
	m := changeFieldsEn
	if lang != timeline.English {
		m = changeFieldsHi
	}
	if s, ok := m[f]; ok {
		return s
	}
	return f
}

func changeStatus(s timeline.Status, lang timeline.Lang) string {
	if s == "" {
		if lang == timeline.English {
			return "none"
		}
		return "कोई नहीं"
	}
	return s.Label(lang)
}

// changeWhen writes w for readers, with the window of an approximate date and
// the venue's clock of a timed one: "5 दिसंबर 2025 के आसपास (±2 दिन)",
// "18 November 2025, 19:00 (Europe/Moscow)".
func changeWhen(w date.When, lang timeline.Lang) string {
	return phrase.Date(w, phrase.Style{Lang: lang, Window: true, Clock: true})
}
