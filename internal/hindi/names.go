package hindi

import (
	"iter"
	"strings"
	"time"
)

//go:generate go run gen_cldr.go

// MonthName is what one spelling of a month name says.
type MonthName struct {
	Month time.Month
	// Short reports an abbreviation: जन, फ़र, सित, अक्टू, दिस (CLDR writes
	// them with the abbreviation sign: "जन॰"; newsrooms often with a full
	// stop: "सित."), or Dec and Sept in Latin letters. Several are ordinary
	// words too (जन is "people", नव "new"): a reader takes them for a month
	// only with a mark after them and a day or year beside them.
	Short bool
	// Latin reports a name written in Latin letters (December, Dec).
	Latin bool
}

// WeekdayName is what one spelling of a weekday name says.
type WeekdayName struct {
	Weekday time.Weekday
	// Short reports CLDR's abbreviation (सोम, मंगल, बुध, गुरु, शुक्र, शनि,
	// रवि; Mon, Tue …), which in running Hindi text is far more often a
	// word (मंगल is Mars, गुरु a teacher) or a name than a weekday.
	Short bool
	// Latin reports a name written in Latin letters (Thursday, Thu).
	Latin bool
}

// The month and weekday spellings: CLDR's Hindi names (cldr_gen.go) and
// abbreviations, and the variants Hindi newsrooms print beside them.
var (
	months   = table[MonthName]{}
	weekdays = table[WeekdayName]{}
	// shortMonthWords are abbreviations that are also ordinary words.
	shortMonthWords = setOf("जन", "नव")
)

// Newsroom spellings beside CLDR's, January first: anusvara or half
// nasal (सितंबर/सितम्बर), with or without nukta (फ़रवरी/फरवरी: both
// encodings of each are added by the table), त or ट (अक्टूबर/अक्तूबर).
var monthVariants = [12]string{
	"जनवरी",
	"फ़रवरी फरवरी",
	"मार्च",
	"अप्रैल अप्रेल अप्रील",
	"मई",
	"जून",
	"जुलाई जुलाइ",
	"अगस्त",
	"सितंबर सितम्बर सितमबर",
	"अक्टूबर अक्तूबर अक्टुबर अक्तुबर",
	"नवंबर नवम्बर",
	"दिसंबर दिसम्बर",
}

// monthAbbreviations are the short forms beside CLDR's, January first.
var monthAbbreviations = [12]string{
	"जन",
	"फ़र फ़रव फर फरव",
	"",
	"अप्रै",
	"",
	"",
	"जुल",
	"अग",
	"सित सितं",
	"अक्टू अक्तू",
	"नव नवं",
	"दिस दिसं",
}

var latinMonths = [12]string{
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
}

// latinMonthAbbreviations are the English short forms beside the first
// three letters.
var latinMonthAbbreviations = map[time.Month]string{time.September: "sept"}

var weekdayVariants = [7]string{
	"रविवार इतवार",
	"सोमवार",
	"मंगलवार",
	"बुधवार",
	"गुरुवार गुरूवार बृहस्पतिवार वीरवार",
	"शुक्रवार",
	"शनिवार",
}

var latinWeekdayAbbreviations = [7]string{"sun", "mon", "tue tues", "wed", "thu thur thurs", "fri", "sat"}

func init() {
	for i := range 12 {
		m := time.Month(i + 1)
		months.add(cldrMonthsWide[i], MonthName{Month: m})
		months.add(monthVariants[i], MonthName{Month: m})
		if abbr, ok := strings.CutSuffix(cldrMonthsAbbreviated[i], "॰"); ok {
			months.add(abbr, MonthName{Month: m, Short: true})
		}
		months.add(monthAbbreviations[i], MonthName{Month: m, Short: true})
		months.add(latinMonths[i][:3], MonthName{Month: m, Short: len(latinMonths[i]) > 3, Latin: true})
		months.add(latinMonthAbbreviations[m], MonthName{Month: m, Short: true, Latin: true})
		months.add(latinMonths[i], MonthName{Month: m, Latin: true})
	}
	for i := range 7 {
		d := time.Weekday(i)
		weekdays.add(cldrWeekdaysWide[i], WeekdayName{Weekday: d})
		weekdays.add(weekdayVariants[i], WeekdayName{Weekday: d})
		weekdays.add(cldrWeekdaysAbbreviated[i], WeekdayName{Weekday: d, Short: true})
		weekdays.add(strings.ToLower(d.String()), WeekdayName{Weekday: d, Latin: true})
		weekdays.add(latinWeekdayAbbreviations[i], WeekdayName{Weekday: d, Short: true, Latin: true})
	}
}

// LookupMonth returns what the word w says as a month name. Latin names
// are matched in any case; Devanagari names in either nukta encoding.
func LookupMonth(w string) (MonthName, bool) { return months.get(w) }

// LookupWeekday returns what the word w says as a weekday name.
func LookupWeekday(w string) (WeekdayName, bool) { return weekdays.get(w) }

// MonthSpellings yields every spelling the month table knows, Latin ones
// in lower case, in no particular order. hindidate builds the month
// entries of its lexicon from it.
func MonthSpellings() iter.Seq2[string, MonthName] {
	return func(yield func(string, MonthName) bool) {
		for w, m := range months {
			if !yield(w, m) {
				return
			}
		}
	}
}

// WeekdaySpellings yields every spelling the weekday table knows, in no
// particular order.
func WeekdaySpellings() iter.Seq2[string, WeekdayName] {
	return func(yield func(string, WeekdayName) bool) {
		for w, d := range weekdays {
			if !yield(w, d) {
				return
			}
		}
	}
}

// IsAbbreviationMark reports whether r marks an abbreviation: a full stop
// or the Devanagari abbreviation sign ॰ (U+0970).
func IsAbbreviationMark(r rune) bool { return r == '.' || r == '॰' }

// MonthNameOf returns the standard Hindi name of m, as CLDR and Hindi
// newsrooms print it (जनवरी … दिसंबर), and "" for values out of range.
func MonthNameOf(m time.Month) string {
	if m >= time.January && m <= time.December {
		return cldrMonthsWide[m-1]
	}
	return ""
}

// WeekdayNameOf returns the standard Hindi name of d (रविवार … शनिवार),
// and "" for values out of range.
func WeekdayNameOf(d time.Weekday) string {
	if d >= time.Sunday && d <= time.Saturday {
		return cldrWeekdaysWide[d]
	}
	return ""
}
