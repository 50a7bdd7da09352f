package markdown

import (
	"sync"
	"sync/atomic"

	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/phrase"
)

// Dates are phrased again and again: a story's month headings, the days
// its sources reported on (once for the source, once for the status
// change), each event's date (in its section and in the Mermaid
// diagram), and the same days across the stories of a desk. Formatting
// a day's name (monday.Format, hindidate) was the costliest part of a
// Markdown file, so the phrases are kept: they depend only on the
// writer (language, digits) and their arguments. The number kept is
// bounded; past it, phrases are made anew each time.
const maxPhrases = 1 << 16

var (
	phrases     sync.Map // dayKey or whenKey → string
	phrasesKept atomic.Int64
)

type dayKey struct {
	w      phrase.Writer
	day    date.Date
	layout string
}

type whenKey struct {
	w               phrase.Writer
	when            date.When
	weekday, window bool
}

func keepPhrase(k any, s string) string {
	if phrasesKept.Load() < maxPhrases {
		if _, loaded := phrases.LoadOrStore(k, s); !loaded {
			phrasesKept.Add(1)
		}
	}
	return s
}

// Day is phrase.Writer.Day, kept.
func (r *renderer) Day(day date.Date, layout string) string {
	k := dayKey{r.Writer, day, layout}
	if s, ok := phrases.Load(k); ok {
		return s.(string)
	}
	return keepPhrase(k, r.Writer.Day(day, layout))
}

// When is phrase.Writer.When, kept.
func (r *renderer) When(w date.When, weekday, window bool) string {
	k := whenKey{r.Writer, w, weekday, window}
	if s, ok := phrases.Load(k); ok {
		return s.(string)
	}
	return keepPhrase(k, r.Writer.When(w, weekday, window))
}
