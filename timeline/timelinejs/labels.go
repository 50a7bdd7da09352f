package timelinejs

import (
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
)

// label is a word in Hindi and English.
type label struct{ hi, en string }

func (l label) in(lang timeline.Lang) string {
	if lang == timeline.Hindi {
		return l.hi
	}
	return l.en
}

// kindLabel names the slide's group lane: the kind in words, capitalised
// in English as a lane heading ("Bilateral meeting").
func kindLabel(k timeline.Kind, lang timeline.Lang) string {
	s := k.Label(lang)
	if lang == timeline.English && s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// Headings of the parts of a slide's text.
var (
	statusHeading       = label{"स्थिति", "Status"}
	historyHeading      = label{"घटनाक्रम", "History"}
	placeHeading        = label{"स्थान", "Place"}
	participantsHeading = label{"प्रतिभागी", "Participants"}
	partOfHeading       = label{"इसका हिस्सा", "Part of"}
	sourcesHeading      = label{"स्रोत", "Sources"}
	previouslyWord      = label{"पहले", "previously"}
	// reportedOn words the day a status was reported, as the Markdown
	// timeline does, so that it never
	// reads as the day of the event.
	reportedOn = label{"%s की सूचना", "reported %s"}
)

// format fills the %s of a label with arg.
func (l label) format(lang timeline.Lang, arg string) string {
	return strings.Replace(l.in(lang), "%s", arg, 1)
}
