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

var kindLabels = map[timeline.Kind]label{
	timeline.BilateralMeeting:    {"द्विपक्षीय बैठक", "Bilateral meeting"},
	timeline.Summit:              {"शिखर सम्मेलन", "Summit"},
	timeline.MultilateralMeeting: {"बहुपक्षीय बैठक", "Multilateral meeting"},
	timeline.Visit:               {"यात्रा", "Visit"},
	timeline.SidelineMeeting:     {"इतर बैठक", "Sideline meeting"},
	timeline.PhoneCall:           {"फ़ोन वार्ता", "Phone call"},
	timeline.Statement:           {"बयान", "Statement"},
}

// kindLabel names k in lang; a newsroom's "x-" kind shows as its own name
// ("x-press-conference" as "press conference").
func kindLabel(k timeline.Kind, lang timeline.Lang) string {
	if l, ok := kindLabels[k]; ok {
		return l.in(lang)
	}
	return strings.ReplaceAll(strings.TrimPrefix(string(k), "x-"), "-", " ")
}

var statusLabels = map[timeline.Status]label{
	timeline.Proposed:    {"प्रस्तावित", "proposed"},
	timeline.Announced:   {"घोषित", "announced"},
	timeline.Confirmed:   {"पुष्ट", "confirmed"},
	timeline.Held:        {"संपन्न", "held"},
	timeline.Postponed:   {"स्थगित", "postponed"},
	timeline.Rescheduled: {"पुनर्निर्धारित", "rescheduled"},
	timeline.Cancelled:   {"रद्द", "cancelled"},
}

func statusLabel(s timeline.Status, lang timeline.Lang) string {
	if l, ok := statusLabels[s]; ok {
		return l.in(lang)
	}
	return string(s)
}

var roleLabels = map[timeline.Role]label{
	timeline.Host:     {"मेज़बान", "host"},
	timeline.Guest:    {"अतिथि", "guest"},
	timeline.Chair:    {"अध्यक्ष", "chair"},
	timeline.Attendee: {"प्रतिभागी", "attendee"},
}

func roleLabel(r timeline.Role, lang timeline.Lang) string {
	if l, ok := roleLabels[r]; ok {
		return l.in(lang)
	}
	return string(r)
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
)
