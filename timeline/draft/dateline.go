package draft

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Dateline is the line an agency or a newspaper opens a report with: the
// place it was filed from and often the day, "नई दिल्ली, 27 अप्रैल
// (हि.स.)।", "नयी दिल्ली, 25 मार्च (भाषा)", "टोक्यो।", "काठमांडू:". It is
// the article's dateline, never an event.
type Dateline struct {
	// Start and End are the dateline's byte span in the text, its closing
	// punctuation included.
	Start, End int
	// Place is the place as printed ("नई दिल्ली", "नई दिल्ली/तेहरान"), or "".
	Place string
	// Text is the date as printed ("27 अप्रैल", "नवम्बर 28", "23 मई 2016"),
	// or "" when the dateline names no date.
	Text string
	// Year, Month and Day are the date the dateline prints; Year is 0 when
	// it prints none, and all three are 0 without a date.
	Year  int
	Month time.Month
	Day   int
	// Precision is date.Day for a dateline with a day, 0 without a date.
	Precision date.Precision
}

// HasDate reports whether the dateline prints a full date, with its year:
// the only kind a program may take as an article's dateline without asking.
func (d Dateline) HasDate() bool { return d.Year != 0 && d.Day != 0 }

// Date returns the dateline's day, and false unless it prints a full date.
func (d Dateline) Date() (date.Date, bool) {
	if !d.HasDate() {
		return date.Date{}, false
	}
	return date.Of(d.Year, d.Month, d.Day), true
}

// FindDateline returns the first dateline of text: a line that opens
// with a place of at most four words ("नई दिल्ली", "ब्यूनस आयर्स
// (अर्जेंटीना)", "नई दिल्ली/तेहरान") followed either by a comma and a date,
// with an optional agency in brackets ("नई दिल्ली, 27 अप्रैल (हि.स.)।"), or
// directly by a stop, a colon, a bar or a dash ("टोक्यो।", "चेन्नई:"), with
// the report going on after it. Words with a verb are a sentence, not a
// place. ok is false when no line opens with a dateline.
//
// A dateline's date is read as printed: a year only if it prints one,
// since "27 अप्रैल" alone cannot say which April it is.
func FindDateline(text string) (Dateline, bool) {
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if d, ok := datelineAt(text, off, end); ok {
			return d, true
		}
		off = end + 1
	}
	return Dateline{}, false
}

// datelineRef is the reference FindDateline reads dates against: a fixed
// day, since a dateline's date is taken only with its printed year.
var datelineRef = time.Date(2000, time.January, 1, 12, 0, 0, 0, time.UTC)

// datelineAt reads a dateline at the start of the line text[from:to].
func datelineAt(text string, from, to int) (Dateline, bool) {
	line := text[from:to]
	// The place: up to four words, with "/" or a bracketed word between.
	pos := 0
	words := 0
	placeEnd := 0
	for words < 5 {
		t := hindi.Next(line, pos)
		switch {
		case t.Kind == hindi.Word:
			if hindi.IsPostposition(t.Text(line)) || hindi.IsClauseWord(t.Text(line)) {
				return Dateline{}, false
			}
			words++
			pos, placeEnd = t.End, t.End
			if strings.HasSuffix(t.Text(line), "ः") {
				break // "दिल्लीः …": the visarga closes the place, read below
			}
			continue
		case t.Kind == hindi.Punct && (t.Rune == '/' || t.Rune == '(' || t.Rune == ')') && words > 0:
			pos = t.End
			if t.Rune == ')' {
				placeEnd = t.End
			}
			continue
		}
		break
	}
	if words == 0 || words > 4 {
		return Dateline{}, false
	}
	if len(hindi.Verbs(line, 0, placeEnd)) > 0 {
		return Dateline{}, false
	}
	d := Dateline{Start: from, Place: strings.TrimSpace(line[:placeEnd])}
	if place, ok := strings.CutSuffix(d.Place, "ः"); ok && isPlaceWord(place[strings.LastIndexByte(place, ' ')+1:]) && strings.TrimSpace(line[placeEnd:]) != "" {
		// "दिल्लीः बांग्लादेश की प्रधानमंत्री …": a visarga typed for the
		// colon, after a place (not "अतः", "पुनः").
		d.Place = place
		d.End = from + closeMark(line, placeEnd)
		return d, true
	}
	rest := placeEnd
	for rest < len(line) && line[rest] == ' ' {
		rest++
	}
	if rest >= len(line) {
		return Dateline{}, false
	}
	r, size := utf8.DecodeRuneInString(line[rest:])
	switch {
	case r == ',':
		// A date must follow: "नई दिल्ली, 27 अप्रैल".
		after := rest + size
		ms := hindidate.FindAll(line[after:min(len(line), after+80)], datelineRef)
		if len(ms) == 0 || strings.TrimSpace(line[after:after+ms[0].Start]) != "" {
			if m, ok := monthDay(line, after); ok {
				ms = []hindidate.Match{m} // "नई दिल्ली, नवम्बर 28 --"
			} else {
				return Dateline{}, false
			}
		}
		m := ms[0]
		d.Text = m.Text
		if m.Date.Granularity == hindidate.Day || m.Date.Granularity == hindidate.Hour || m.Date.Granularity == hindidate.Minute {
			d.Month, d.Day = m.Date.Start.Month(), m.Date.Start.Day()
			d.Precision = date.Day
			if hasYear(m.Text) {
				d.Year = m.Date.Start.Year()
			}
		}
		end := after + m.End
		// An agency in brackets, then the closing mark.
		end = skipSpaces(line, end)
		if end < len(line) && line[end] == '(' {
			if c := strings.IndexByte(line[end:], ')'); c > 0 && c < 60 {
				end += c + 1
			}
		}
		d.End = from + closeMark(line, end)
		return d, true
	case r == '.' && !hindi.EndsSentence(line, rest):
		return Dateline{}, false // "डॉ. एस. जयशंकर": an abbreviation, not a dateline's stop
	case r == '-' && !strings.HasPrefix(line[rest:], "--") && (rest == 0 || line[rest-1] != ' '):
		return Dateline{}, false // "भारत-रूस": a hyphen inside a word, not a dash
	case r == '।' || r == ':' || r == '|' || r == '.' || r == '-' || r == '—':
		end := closeMark(line, rest)
		if strings.TrimSpace(line[end:]) == "" {
			if _, known := lookupPlace(d.Place); r == ':' && known {
				// "मॉस्को:" on a line of its own, the body below: a
				// dateline, as wire copy prints it.
				d.End = from + end
				return d, true
			}
			return Dateline{}, false // a line of its own: a headline
		}
		d.End = from + end
		return d, true
	}
	return Dateline{}, false
}

// monthDay reads "नवम्बर 28" (a month name, then a day) at byte i of
// line, as wire copy prints datelines, with the match relative to i.
func monthDay(line string, i int) (hindidate.Match, bool) {
	t := hindi.Next(line, i)
	if t.Kind != hindi.Word {
		return hindidate.Match{}, false
	}
	mn, ok := hindi.LookupMonth(t.Text(line))
	if !ok || mn.Short {
		return hindidate.Match{}, false
	}
	n := hindi.Next(line, t.End)
	if n.Kind != hindi.Number || n.Value < 1 || n.Value > 31 || n.Start-t.End > 2 {
		return hindidate.Match{}, false
	}
	start := time.Date(datelineRef.Year(), mn.Month, n.Value, 0, 0, 0, 0, time.UTC)
	if start.Day() != n.Value {
		return hindidate.Match{}, false
	}
	d := hindidate.Date{Start: start, End: start.AddDate(0, 0, 1), Granularity: hindidate.Day}
	return hindidate.Match{Start: t.Start - i, End: n.End - i, Text: line[t.Start:n.End], Date: d}, true
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// closeMark returns the offset after the closing marks of a dateline at
// i: spaces, a danda, colon, bar, full stop or dashes, and a comma.
func closeMark(line string, i int) int {
	for i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !strings.ContainsRune(" ।:|.-—–,", r) {
			break
		}
		i += size
	}
	return i
}
