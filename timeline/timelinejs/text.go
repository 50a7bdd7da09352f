package timelinejs

import (
	"html"
	"net/url"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
)

// escape makes s safe as text in TimelineJS's HTML fields.
func escape(s string) string { return html.EscapeString(s) }

// paragraphs escapes s and turns its blank-line-separated paragraphs into
// <p> elements and its other line breaks into <br>.
func paragraphs(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		b.WriteString("<p>")
		b.WriteString(strings.ReplaceAll(escape(p), "\n", "<br>"))
		b.WriteString("</p>")
	}
	return b.String()
}

// field writes "<p><strong>heading:</strong> value</p>"; value is HTML.
func field(b *strings.Builder, heading label, lang timeline.Lang, value string) {
	block(b, "p", heading, lang, value)
}

// block writes a headed part of a slide in an element named tag.
func block(b *strings.Builder, tag string, heading label, lang timeline.Lang, value string) {
	b.WriteString("<" + tag + ` class="samayrekha-`)
	b.WriteString(strings.ReplaceAll(strings.ToLower(heading.en), " ", "-"))
	b.WriteString(`"><strong>`)
	b.WriteString(escape(heading.in(lang)))
	b.WriteString(":</strong> ")
	b.WriteString(value)
	b.WriteString("</" + tag + ">")
}

// body returns the slide text of e: its description, then its status,
// place, participants, parent event and sources.
func body(t *timeline.Timeline, e *timeline.Event, lang timeline.Lang) string {
	var b strings.Builder
	b.WriteString(paragraphs(e.Description.In(lang)))
	if len(e.History) > 0 {
		field(&b, statusHeading, lang, change(e, e.History[len(e.History)-1], lang))
		if len(e.History) > 1 {
			var items []string
			for _, c := range e.History {
				items = append(items, "<li>"+change(e, c, lang)+"</li>")
			}
			block(&b, "div", historyHeading, lang, "<ul>"+strings.Join(items, "")+"</ul>")
		}
	}
	if p := place(e.Place, lang); p != "" {
		field(&b, placeHeading, lang, p)
	}
	if len(e.Participants) > 0 {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, participant(p, lang))
		}
		field(&b, participantsHeading, lang, strings.Join(ps, "; "))
	}
	if e.PartOf != "" {
		if parent := t.Event(e.PartOf); parent != nil {
			field(&b, partOfHeading, lang, escape(parent.Title.In(lang)))
		}
	}
	if len(e.Sources) > 0 {
		var ss []string
		for _, s := range e.Sources {
			ss = append(ss, source(s))
		}
		field(&b, sourcesHeading, lang, strings.Join(ss, ", "))
	}
	return b.String()
}

// change writes a status change: "प्रस्तावित (रिपोर्ट्स के अनुसार,
// 18 नवंबर 2025; पहले: 1 दिसंबर 2025)".
func change(e *timeline.Event, c timeline.StatusChange, lang timeline.Lang) string {
	s := escape(c.Status.Label(lang))
	var notes []string
	if src, ok := e.Source(c.Source); ok {
		if a := src.Attribution.In(lang); a != "" {
			notes = append(notes, a)
		} else {
			notes = append(notes, src.Outlet)
		}
	}
	if !c.On.IsZero() {
		notes = append(notes, dayPhrase(c.On, lang))
	}
	if !c.Previous.IsZero() {
		notes = append(notes, previouslyWord.in(lang)+": "+DisplayDate(c.Previous, lang))
	}
	if n := c.Note.In(lang); n != "" {
		notes = append(notes, n)
	}
	if len(notes) > 0 {
		s += " (" + escape(strings.Join(notes, "; ")) + ")"
	}
	return s
}

// place writes venue, city and country, as far as they are known.
func place(p timeline.Place, lang timeline.Lang) string {
	return escape(p.Label(lang))
}

// participant writes "व्लादिमीर पुतिन (राष्ट्रपति, मेज़बान)".
func participant(p timeline.Participant, lang timeline.Lang) string {
	name := p.Name.In(lang)
	var about []string
	if t := p.Title.In(lang); t != "" {
		if name == "" {
			name = t
		} else {
			about = append(about, t)
		}
	}
	if p.Role != "" {
		about = append(about, p.Role.Label(lang))
	}
	if name == "" {
		name = p.Country
	}
	if len(about) > 0 {
		name += " (" + strings.Join(about, ", ") + ")"
	}
	return escape(name)
}

// source writes the outlet, linked when its URL is http or https.
func source(s timeline.Source) string {
	name := escape(s.Outlet)
	if u, err := url.Parse(s.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return `<a href="` + escape(u.String()) + `" target="_blank" rel="noopener">` + name + "</a>"
	}
	return name
}
