package timelinejs

import (
	"fmt"
	"strconv"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// dateOf returns the TimelineJS date object for day d, with the fields of
// precision p and, for timed precisions, the clock time hour:minute.
func dateOf(d timeline.Date, p timeline.Precision, hour, minute int) *Date {
	out := &Date{Year: d.Year()}
	switch p {
	case timeline.Year:
		return out
	case timeline.Month:
		out.Month = int(d.Month())
		return out
	}
	out.Month, out.Day = int(d.Month()), d.Day()
	if p == timeline.Minute || p == timeline.Hour {
		out.Hour = &hour
		if p == timeline.Minute {
			out.Minute = &minute
		}
	}
	return out
}

// dayPhrase writes "5 दिसंबर 2025" / "5 December 2025": day first in both
// languages, as Indian newsrooms print dates, never TimelineJS's own
// "दिसंबर 5, 2025".
func dayPhrase(d timeline.Date, lang timeline.Lang) string {
	return timeline.OnDay(d).Phrase(timeline.DateStyle{Lang: lang})
}

// clock writes a time of day: "19:30", or for hour precision "19 बजे" /
// "19 hrs" (the source gave no minutes, so none are invented).
func clock(p timeline.Precision, hour, minute int, lang timeline.Lang) string {
	if p == timeline.Hour {
		if lang == timeline.Hindi {
			return strconv.Itoa(hour) + " बजे"
		}
		return strconv.Itoa(hour) + " hrs"
	}
	return fmt.Sprintf("%02d:%02d", hour, minute)
}

// offset returns the venue's UTC offset at t as "UTC+03:00" or "UTC+05:30".
func offset(t time.Time) string {
	_, secs := t.Zone()
	sign := "+"
	if secs < 0 {
		sign, secs = "-", -secs
	}
	return fmt.Sprintf("UTC%s%02d:%02d", sign, secs/3600, secs/60%60)
}

// DisplayDate returns how w reads in lang, in the word order of a Hindi or
// English newsroom: "5 दिसंबर 2025 के आसपास", "नवंबर 2025",
// "18 नवंबर 2025 से पहले", "18 नवंबर 2025, 19:00 (स्थानीय समय, UTC+03:00)";
// in English "around 5 December 2025", "November 2025",
// "before 18 November 2025". Digits are Latin, as Hindi newspapers print
// them. It returns "" for the zero When.
//
// It is what the slides' display_date fields hold, so TimelineJS never
// shows its own month-first, English-ordered date.
func DisplayDate(w timeline.When, lang timeline.Lang) string {
	if w.IsZero() {
		return ""
	}
	if !w.IsTimed() {
		return w.Phrase(timeline.DateStyle{Lang: lang})
	}
	start := w.Start()
	h, m, _ := w.Clock()
	s := dayPhrase(start, lang) + ", " + clock(w.Precision(), h, m, lang)
	if w.IsSpan() {
		eh, em, _ := w.EndClock()
		if w.EndDay() == start {
			s += "–" + clock(w.Precision(), eh, em, lang)
		} else {
			s += " – " + dayPhrase(w.EndDay(), lang) + ", " + clock(w.Precision(), eh, em, lang)
		}
	}
	if t, err := w.StartTime(); err == nil {
		if lang == timeline.Hindi {
			s += " (स्थानीय समय, " + offset(t) + ")"
		} else {
			s += " (local time, " + offset(t) + ")"
		}
	}
	return s
}
