package timelinejs

import (
	"html"
	"net/url"
	"strings"
	"unicode"

	"github.com/samayrekha/samayrekha/timeline"
)

// escape makes s safe as text in TimelineJS's HTML fields.
func escape(s string) string { return html.EscapeString(s) }

// text returns t in lang, escaped. Text missing in lang falls back to the
// other language (see [timeline.Text.In]) inside a span that says so with
// its lang attribute, so that screen readers read it in its own language.
func text(t timeline.Text, lang timeline.Lang) string {
	s := escape(t.In(lang))
	if s == "" || own(t, lang) != "" {
		return s
	}
	other := timeline.English
	if lang == timeline.English {
		other = timeline.Hindi
	}
	return `<span lang="` + string(other) + `">` + s + "</span>"
}

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

// headline returns e's title, after its status when that is anything but
// held: "<span class="samayrekha-status samayrekha-status-proposed">प्रस्तावित</span>
// पुतिन का भारत दौरा". TimelineJS shows the headline on the time axis as well
// as on the slide, so a proposed, announced, confirmed, postponed,
// rescheduled or cancelled event is marked wherever it appears.
func headline(e *timeline.Event, lang timeline.Lang) string {
	title := text(e.Title, lang)
	s := e.Status()
	if s == "" || s == timeline.Held {
		return title
	}
	return `<span class="samayrekha-status samayrekha-status-` + escape(string(s)) + `">` +
		escape(s.Label(lang)) + "</span> " + title
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
	if own(e.Description, lang) == "" && !e.Description.IsZero() {
		other := "hi"
		if lang == timeline.Hindi {
			other = "en"
		}
		b.WriteString(`<div lang="` + other + `">` + paragraphs(e.Description.In(lang)) + "</div>")
	} else {
		b.WriteString(paragraphs(e.Description.In(lang)))
	}
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
			field(&b, partOfHeading, lang, text(parent.Title, lang))
		}
	}
	if len(e.Sources) > 0 {
		var items []string
		for _, s := range e.Sources {
			items = append(items, "<li>"+source(s, lang)+"</li>")
		}
		block(&b, "div", sourcesHeading, lang, "<ul>"+strings.Join(items, "")+"</ul>")
	}
	return b.String()
}

// change writes a status change: "प्रस्तावित (रिपोर्ट्स के अनुसार;
// 18 नवंबर 2025 की सूचना; पहले: 1 दिसंबर 2025)". The day of the report is
// worded as such, so that it never reads as the event's own date.
func change(e *timeline.Event, c timeline.StatusChange, lang timeline.Lang) string {
	s := escape(c.Status.Label(lang))
	var notes []string
	if src, ok := e.Source(c.Source); ok {
		if a := src.Attribution.In(lang); a != "" {
			notes = append(notes, escape(a))
		} else {
			notes = append(notes, foreign(src.Outlet, lang))
		}
	}
	if !c.On.IsZero() {
		notes = append(notes, escape(reportedOn.format(lang, dayPhrase(c.On, lang))))
	}
	if !c.Previous.IsZero() {
		notes = append(notes, escape(previouslyWord.in(lang)+": "+DisplayDate(c.Previous, lang)))
	}
	if n := c.Note.In(lang); n != "" {
		notes = append(notes, escape(n))
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, "; ") + ")"
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

// source writes a source as the newsroom attributes it in lang ("TASS के
// अनुसार", "according to TASS"), linked when its URL is http or https. A
// source without an attribution in lang shows its outlet's name, marked with
// its language when that is not lang (see foreign).
func source(s timeline.Source, lang timeline.Lang) string {
	text := foreign(s.Outlet, lang)
	if a := own(s.Attribution, lang); a != "" {
		text = escape(a)
	}
	if u, err := url.Parse(s.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return `<a href="` + escape(u.String()) + `" target="_blank" rel="noopener">` + text + "</a>"
	}
	return text
}

// foreign escapes a name given in one language only (an outlet's), and
// wraps it in a span with lang="en" on a Hindi slide when it has no
// Devanagari, or lang="hi" on an English slide when it has, so that screen
// readers and hyphenation treat it as the language it is in.
func foreign(name string, lang timeline.Lang) string {
	deva := strings.IndexFunc(name, func(r rune) bool { return unicode.In(r, unicode.Devanagari) }) >= 0
	switch {
	case name == "":
		return ""
	case lang == timeline.Hindi && !deva:
		return `<span lang="en">` + escape(name) + "</span>"
	case lang == timeline.English && deva:
		return `<span lang="hi">` + escape(name) + "</span>"
	}
	return escape(name)
}

// own returns t in lang, without falling back to the other language.
func own(t timeline.Text, lang timeline.Lang) string {
	if lang == timeline.Hindi {
		return t.Hi
	}
	return t.En
}
