package timelinejs

import (
	"sync"
	"sync/atomic"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// dateOf returns the TimelineJS date object for day d, with the fields of
// precision p and, for timed precisions, the clock time hour:minute.
func dateOf(d date.Date, p date.Precision, hour, minute int) *Date {
	out := &Date{Year: d.Year()}
	switch p {
	case date.Year:
		return out
	case date.Month:
		out.Month = int(d.Month())
		return out
	}
	out.Month, out.Day = int(d.Month()), d.Day()
	if p == date.Minute || p == date.Hour {
		out.Hour = &hour
		if p == date.Minute {
			out.Minute = &minute
		}
	}
	return out
}

// dayPhrase writes "5 दिसंबर 2025" / "5 December 2025": day first in both
// languages, as Indian newsrooms print dates, never TimelineJS's own
// "दिसंबर 5, 2025".
func dayPhrase(d date.Date, lang timeline.Lang) string {
	return datePhrase(date.OnDay(d), phrase.Style{Lang: lang})
}

// DisplayDate returns how w reads in lang, in the word order of a Hindi or
// English newsroom: "5 दिसंबर 2025 के आसपास", "नवंबर 2025",
// "18 नवंबर 2025 से पहले", "18 नवंबर 2025, शाम 7:00 बजे (Europe/Moscow, UTC+3)";
// in English "around 5 December 2025", "November 2025",
// "before 18 November 2025". Digits are Latin, as Hindi newspapers print
// them; the words are timeline's own ([date.When.Phrase]), as in the
// Markdown timeline. It returns "" for the zero When.
//
// It is what the slides' display_date fields hold, so TimelineJS never
// shows its own month-first, English-ordered date.
func DisplayDate(w date.When, lang timeline.Lang) string {
	if w.IsZero() {
		return ""
	}
	return datePhrase(w, phrase.Style{Lang: lang, Clock: true})
}

// Dates are phrased again and again (each slide's date twice, the days of
// status changes, the same days across the stories of a desk), and
// writing a day's name (monday.Format, hindidate) cost more than the rest
// of a slide, so the phrases are kept: they depend on nothing but their
// arguments. The number kept is bounded; past it, phrases are made anew.
const maxPhrases = 1 << 16

var (
	phrases     sync.Map // phraseKey → string
	phrasesKept atomic.Int64
)

type phraseKey struct {
	w     date.When
	style phrase.Style
}

// datePhrase is phrase.Date, kept.
func datePhrase(w date.When, style phrase.Style) string {
	k := phraseKey{w, style}
	if s, ok := phrases.Load(k); ok {
		return s.(string)
	}
	s := phrase.Date(w, style)
	if phrasesKept.Load() < maxPhrases {
		if _, loaded := phrases.LoadOrStore(k, s); !loaded {
			phrasesKept.Add(1)
		}
	}
	return s
}
