package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/samayrekha/samayrekha/internal/webpage"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

//go:embed index.html
var indexHTML string

//go:embed desk.css
var deskCSS []byte

var indexTemplate = template.Must(template.New("index").Parse(indexHTML))

type indexData struct {
	Lang                string
	Title, Description  string
	Updated, UpdatedISO string
	Words               indexWords
	Other               struct{ Lang, Name, Href string }
	Stories             []indexStory
	AllFeed             string
	Countries, Kinds    []indexLink
}

type indexStory struct {
	Slug, Title, Href, Feed string
	Latest                  string // "Putin's visit to India — held"
	LatestDate, LatestISO   string
	Count                   string // "7 events"
	latest                  date.Date
}

type indexLink struct{ Name, Href string }

type indexWords struct {
	Skip, Updated, Stories, Latest, StoryFeed, Feeds, FeedsHelp, AllEvents, ByCountry, ByKind string
	events                                                                                    func(n int) string
}

var deskWords = map[timeline.Lang]indexWords{
	timeline.Hindi: {
		Skip: "ख़बरों की सूची पर जाएँ", Updated: "अद्यतन", Stories: "ख़बरें", Latest: "ताज़ा बदलाव",
		StoryFeed: "इस ख़बर का कैलेंडर", Feeds: "सभी ख़बरों का कैलेंडर",
		FeedsHelp: "सभी ख़बरों की घटनाएँ एक कैलेंडर में: सब, किसी देश की या किसी प्रकार की। सदस्यता लेने पर बदलाव अपने-आप आपके कैलेंडर में पहुँचते हैं।",
		AllEvents: "सभी घटनाएँ", ByCountry: "देश के अनुसार", ByKind: "प्रकार के अनुसार",
		events: func(n int) string {
			if n == 1 {
				return "1 घटना"
			}
			return fmt.Sprintf("%d घटनाएँ", n)
		},
	},
	timeline.English: {
		Skip: "Skip to the stories", Updated: "Updated", Stories: "Stories", Latest: "Latest change",
		StoryFeed: "This story's calendar", Feeds: "Calendar of every story",
		FeedsHelp: "The events of every story in one calendar: all of them, a country's or a kind's. Subscribe, and changes reach your calendar by themselves.",
		AllEvents: "All events", ByCountry: "By country", ByKind: "By kind",
		events: func(n int) string {
			if n == 1 {
				return "1 event"
			}
			return fmt.Sprintf("%d events", n)
		},
	},
}

// renderIndex renders the desk's front page in lang: every story with its
// latest change, newest first, and the combined feeds.
func renderIndex(cfg siteConfig, p *published, lang timeline.Lang) ([]byte, error) {
	w := deskWords[lang]
	other := webpage.Other(lang)
	d := indexData{
		Lang:        string(lang),
		Title:       cfg.title.In(lang),
		Description: cfg.descr.In(lang),
		Words:       w,
		AllFeed:     "/feeds/" + string(lang) + "/all.ics",
	}
	d.Other.Lang, d.Other.Name, d.Other.Href = string(other), webpage.LangName[other], "/"+string(other)+"/"
	var updated date.Date
	for _, v := range p.st.stories {
		s := indexStory{
			Slug:  v.slug,
			Title: v.public.Title.In(lang),
			Href:  storyPrefix + v.slug + "/" + string(lang) + "/",
			Feed:  storyPrefix + v.slug + "/" + string(lang) + "/calendar.ics",
			Count: w.events(len(v.public.Events)),
		}
		if s.Title == "" {
			s.Title = v.slug
		}
		if e := v.latest; e != nil {
			s.latest = e.Updated()
			s.LatestDate = phrase.Date(date.OnDay(s.latest), phrase.Style{Lang: lang})
			s.LatestISO = s.latest.String()
			s.Latest = e.Title.In(lang)
			if st := e.Status(); st != "" {
				s.Latest += " — " + st.Label(lang)
			}
			if s.latest.After(updated) {
				updated = s.latest
			}
		}
		d.Stories = append(d.Stories, s)
	}
	// Newest change first; stories with none last; then by title and slug.
	slices.SortStableFunc(d.Stories, func(a, b indexStory) int {
		if c := b.latest.Compare(a.latest); c != 0 {
			return c
		}
		if c := strings.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	if !updated.IsZero() {
		d.Updated = phrase.Date(date.OnDay(updated), phrase.Style{Lang: lang})
		d.UpdatedISO = updated.String()
	}
	for _, c := range p.countries {
		d.Countries = append(d.Countries, indexLink{Name: timeline.CountryName(c, lang), Href: "/feeds/" + string(lang) + "/country/" + strings.ToLower(c) + ".ics"})
	}
	for _, k := range p.kinds {
		d.Kinds = append(d.Kinds, indexLink{Name: k.Label(lang), Href: "/feeds/" + string(lang) + "/kind/" + string(k) + ".ics"})
	}
	var buf bytes.Buffer
	if err := indexTemplate.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("rendering the index: %w", err)
	}
	return buf.Bytes(), nil
}

// latestEvent returns the event reported on last (its latest status
// change or source), the latest in timeline order among those of the
// same day; nil for a timeline with no dated report.
func latestEvent(t *timeline.Timeline) *timeline.Event {
	var best *timeline.Event
	var bestDay date.Date
	for i := range t.Events {
		e := &t.Events[i]
		if d := e.Updated(); !d.IsZero() && !d.Before(bestDay) {
			best, bestDay = e, d
		}
	}
	return best
}
