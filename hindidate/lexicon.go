package hindidate

import (
	"strings"
	"time"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// This file holds the words the parser knows. The table is built once when
// the package is initialised and never written afterwards, so it is safe to
// read from any goroutine.

// Function words that take part in date expressions.
const (
	fwNone   = iota
	fwKo     // को
	fwMein   // में
	fwTak    // तक
	fwSe     // से
	fwKe     // के
	fwKi     // की
	fwKa     // का
	fwAur    // और, व
	fwBaje   // बजे
	fwBajkar // बजकर
	fwMinute // मिनट
	fwAnusar // अनुसार
	fwAane   // आने (in आने वाले)
	fwWale   // वाले, वाली, वाला
	fwDer    // देर (in देर रात, late at night)
)

// Modifiers before a unit, weekday or month.
const (
	modNext   = 1 // अगले: the one after the current one
	modLast   = 2 // पिछले, बीते, गत: the one before the current one
	modThis   = 3 // इस, इसी: the current one
	modComing = 4 // आगामी, आने वाले: the next one that has not begun
)

// Parts of the day.
const (
	partMorning   = 1 // सुबह
	partNoon      = 2 // दोपहर
	partEvening   = 3 // शाम
	partNight     = 4 // रात
	partEarlyMorn = 5 // तड़के
)

// Fractions used with hours.
const (
	fracHalfPast    = 1 // साढ़े: n:30
	fracQuarterPast = 2 // सवा: n:15
	fracQuarterTo   = 3 // पौने: (n-1):45
	fracOneHalf     = 4 // डेढ़: 1:30
	fracTwoHalf     = 5 // ढाई: 2:30
)

// Zones named in text.
const (
	zoneIndia  = 1 // भारतीय समयानुसार
	zoneMoscow = 2 // मॉस्को समयानुसार
	zoneLocal  = 3 // स्थानीय समय
)

// lexEntry holds every role one word can play. A word may have several
// roles: पहले is "before" and "first", साल is a unit and a year cue.
type lexEntry struct {
	month    int8 // 1..12
	short    bool // abbreviated month: only valid with a day and a following "."
	latin    bool // written in Latin letters
	weekday  int8 // time.Weekday+1
	relday   int8 // n+1 for आज (0), कल (1), परसों (2), नरसों (3)
	num      int8 // a number word, 1..99
	frac     int8 // frac*
	unit     Granularity
	dir      int8 // -1 पहले/पूर्व, +1 बाद
	mod      int8 // mod*
	ord      int8 // ordinal 1..4; 5 for the last
	mpart    int8 // 1 beginning, 2 middle, 3 end
	part     int8 // part*
	approx   bool // लगभग, करीब, तकरीबन before a date
	around   bool // आसपास, करीब, लगभग after के
	yearCue  bool // सन्, वर्ष, साल before a year
	zone     int8 // zone*
	samay    int8 // 1 समयानुसार, 2 समय
	fw       int8 // fw*
	canStart bool // the word can begin a date expression
}

// MonthName returns the standard Hindi name of m as Hindi newsrooms print
// it: जनवरी, फ़रवरी, मार्च, अप्रैल, मई, जून, जुलाई, अगस्त, सितंबर,
// अक्टूबर, नवंबर, दिसंबर. It returns "%!Month(13)"-style text for values out
// of range, as [time.Month.String] does.
func MonthName(m time.Month) string {
	if name := hindi.MonthNameOf(m); name != "" {
		return name
	}
	return m.String()
}

// WeekdayName returns the standard Hindi name of d: रविवार, सोमवार,
// मंगलवार, बुधवार, गुरुवार, शुक्रवार, शनिवार. Values out of range print as
// [time.Weekday.String] prints them.
func WeekdayName(d time.Weekday) string {
	if name := hindi.WeekdayNameOf(d); name != "" {
		return name
	}
	return d.String()
}

type lexRow struct {
	words string // space-separated spellings
	e     lexEntry
}

var lexRows = []lexRow{
	// Months and weekdays come from the Hindi layer's one table (see
	// buildLexicon); the rest of the date words are hindidate's own.

	// Relative days.
	{"आज", lexEntry{relday: 1}},
	{"कल", lexEntry{relday: 2}},
	{"परसों परसो", lexEntry{relday: 3}},
	{"नरसों नरसो", lexEntry{relday: 4}},

	// Number words.
	{"एक", lexEntry{num: 1}},
	{"दो", lexEntry{num: 2}},
	{"तीन", lexEntry{num: 3}},
	{"चार", lexEntry{num: 4}},
	{"पांच पाँच", lexEntry{num: 5}},
	{"छह छः छै", lexEntry{num: 6}},
	{"सात", lexEntry{num: 7}},
	{"आठ", lexEntry{num: 8}},
	{"नौ", lexEntry{num: 9}},
	{"दस", lexEntry{num: 10}},
	{"ग्यारह", lexEntry{num: 11}},
	{"बारह", lexEntry{num: 12}},
	{"तेरह", lexEntry{num: 13}},
	{"चौदह", lexEntry{num: 14}},
	{"पंद्रह पन्द्रह", lexEntry{num: 15}},
	{"सोलह", lexEntry{num: 16}},
	{"सत्रह", lexEntry{num: 17}},
	{"अठारह अट्ठारह", lexEntry{num: 18}},
	{"उन्नीस", lexEntry{num: 19}},
	{"बीस", lexEntry{num: 20}},
	{"इक्कीस", lexEntry{num: 21}},
	{"बाईस बाइस", lexEntry{num: 22}},
	{"तेईस तेइस", lexEntry{num: 23}},
	{"चौबीस", lexEntry{num: 24}},
	{"पच्चीस", lexEntry{num: 25}},
	{"छब्बीस", lexEntry{num: 26}},
	{"सत्ताईस सत्ताइस", lexEntry{num: 27}},
	{"अट्ठाईस अठाईस अट्ठाइस", lexEntry{num: 28}},
	{"उनतीस", lexEntry{num: 29}},
	{"तीस", lexEntry{num: 30}},
	{"इकतीस इकत्तीस", lexEntry{num: 31}},
	{"चालीस", lexEntry{num: 40}},
	{"पचास", lexEntry{num: 50}},
	{"साठ", lexEntry{num: 60}},

	// Fractions of hours.
	{"साढ़े", lexEntry{frac: fracHalfPast}},
	{"सवा", lexEntry{frac: fracQuarterPast}},
	{"पौने", lexEntry{frac: fracQuarterTo}},
	{"डेढ़ डेढ", lexEntry{frac: fracOneHalf}},
	{"ढाई", lexEntry{frac: fracTwoHalf}},

	// Units.
	{"दिन दिनों", lexEntry{unit: Day}},
	{"सप्ताह सप्ताहों हफ़्ते हफ़्ता हफ़्तों हफ्ते हफ्ता हफ्तों", lexEntry{unit: Week}},
	{"महीने महीना महीनों माह", lexEntry{unit: Month}},
	{"साल सालों वर्ष वर्षों बरस", lexEntry{unit: Year}},
	{"सन् सन साल वर्ष", lexEntry{yearCue: true}},

	// Directions and modifiers.
	{"पहले पूर्व", lexEntry{dir: -1}},
	{"बाद", lexEntry{dir: +1}},
	{"अगले अगला अगली", lexEntry{mod: modNext}},
	{"पिछले पिछला पिछली बीते बीता बीती गत", lexEntry{mod: modLast}},
	{"इस इसी", lexEntry{mod: modThis}},
	{"आगामी", lexEntry{mod: modComing}},

	// Parts of a month or year.
	{"पहले पहला पहली", lexEntry{ord: 1}},
	{"दूसरे दूसरा दूसरी", lexEntry{ord: 2}},
	{"तीसरे तीसरा तीसरी", lexEntry{ord: 3}},
	{"चौथे चौथा चौथी", lexEntry{ord: 4}},
	{"आखिरी आख़िरी अंतिम अन्तिम", lexEntry{ord: 5}},
	{"शुरुआत शुरूआत शुरू आरंभ आरम्भ प्रारंभ प्रारम्भ", lexEntry{mpart: 1}},
	{"मध्य", lexEntry{mpart: 2}},
	{"अंत अन्त आखिर आख़िर", lexEntry{mpart: 3}},

	// Parts of the day.
	{"सुबह सवेरे प्रातः", lexEntry{part: partMorning}},
	{"दोपहर", lexEntry{part: partNoon}},
	{"शाम सायं", lexEntry{part: partEvening}},
	{"रात रात्रि", lexEntry{part: partNight}},
	{"तड़के", lexEntry{part: partEarlyMorn}},

	// Hedges.
	{"लगभग करीब क़रीब तकरीबन तक़रीबन", lexEntry{approx: true, around: true}},
	{"आसपास", lexEntry{around: true}},

	// Zones.
	{"भारतीय", lexEntry{zone: zoneIndia}},
	{"मॉस्को मास्को", lexEntry{zone: zoneMoscow}},
	{"स्थानीय", lexEntry{zone: zoneLocal}},
	{"समयानुसार", lexEntry{samay: 1}},
	{"ist", lexEntry{zone: zoneIndia, samay: 1}},
	{"msk", lexEntry{zone: zoneMoscow, samay: 1}},
	{"समय", lexEntry{samay: 2}},

	// Function words.
	{"को", lexEntry{fw: fwKo}},
	{"में", lexEntry{fw: fwMein}},
	{"तक", lexEntry{fw: fwTak}},
	{"से", lexEntry{fw: fwSe}},
	{"के", lexEntry{fw: fwKe}},
	{"की", lexEntry{fw: fwKi}},
	{"का", lexEntry{fw: fwKa}},
	{"और व", lexEntry{fw: fwAur}},
	{"बजे", lexEntry{fw: fwBaje}},
	{"बजकर", lexEntry{fw: fwBajkar}},
	{"मिनट", lexEntry{fw: fwMinute}},
	{"अनुसार", lexEntry{fw: fwAnusar}},
	{"आने", lexEntry{fw: fwAane}},
	{"वाले वाली वाला", lexEntry{fw: fwWale}},
	{"देर", lexEntry{fw: fwDer}},
}

// lexicon maps every known spelling to its roles. Latin words are stored in
// lower case. The Hindi layer's Lexicon filters most words of running text
// out by their first letter and length before any map lookup.
var lexicon = hindi.NewLexicon(buildLexicon())

// nuktaPairs lists the precomposed nukta letters and their decomposed forms;
// text may use either, so the lexicon stores both.
var nuktaPairs = [...][2]string{
	{"\u0958", "\u0915\u093C"}, {"\u0959", "\u0916\u093C"}, {"\u095A", "\u0917\u093C"},
	{"\u095B", "\u091C\u093C"}, {"\u095C", "\u0921\u093C"}, {"\u095D", "\u0922\u093C"},
	{"\u095E", "\u092B\u093C"}, {"\u095F", "\u092F\u093C"},
}

func buildLexicon() map[string]*lexEntry {
	m := make(map[string]*lexEntry, 512)
	add := func(w string, e lexEntry) {
		old := m[w]
		if old == nil {
			old = new(lexEntry)
			m[w] = old
		}
		mergeEntry(old, e)
	}
	for _, r := range lexRows {
		for _, w := range strings.Fields(r.words) {
			e := r.e
			if w[0] < 0x80 {
				e.latin = true
			}
			add(w, e)
			composed, decomposed := w, w
			for _, p := range nuktaPairs {
				composed = strings.ReplaceAll(composed, p[1], p[0])
				decomposed = strings.ReplaceAll(decomposed, p[0], p[1])
			}
			add(composed, e)
			add(decomposed, e)
		}
	}
	// Month and weekday names: CLDR's forms and the newsroom variants of
	// internal/hindi. Abbreviated weekdays (मंगल, गुरु, शनि) are far more
	// often words or names than days, and English weekdays are not read.
	for w, mn := range hindi.MonthSpellings() {
		add(w, lexEntry{month: int8(mn.Month), short: mn.Short && !mn.Latin, latin: mn.Latin})
	}
	for w, wd := range hindi.WeekdaySpellings() {
		if !wd.Short && !wd.Latin {
			add(w, lexEntry{weekday: int8(wd.Weekday) + 1})
		}
	}
	for _, e := range m {
		e.canStart = e.month != 0 || e.weekday != 0 || e.relday != 0 || e.num != 0 ||
			e.frac != 0 || e.mod != 0 || e.part != 0 || e.approx || e.yearCue ||
			e.zone != 0 || e.fw == fwAane || e.fw == fwDer || e.unit != 0
	}
	return m
}

func mergeEntry(dst *lexEntry, e lexEntry) {
	if e.month != 0 {
		dst.month, dst.short = e.month, e.short
	}
	dst.latin = dst.latin || e.latin
	if e.weekday != 0 {
		dst.weekday = e.weekday
	}
	if e.relday != 0 {
		dst.relday = e.relday
	}
	if e.num != 0 {
		dst.num = e.num
	}
	if e.frac != 0 {
		dst.frac = e.frac
	}
	if e.unit != 0 {
		dst.unit = e.unit
	}
	if e.dir != 0 {
		dst.dir = e.dir
	}
	if e.mod != 0 {
		dst.mod = e.mod
	}
	if e.ord != 0 {
		dst.ord = e.ord
	}
	if e.mpart != 0 {
		dst.mpart = e.mpart
	}
	if e.part != 0 {
		dst.part = e.part
	}
	dst.approx = dst.approx || e.approx
	dst.around = dst.around || e.around
	dst.yearCue = dst.yearCue || e.yearCue
	if e.zone != 0 {
		dst.zone = e.zone
	}
	if e.samay != 0 {
		dst.samay = e.samay
	}
	if e.fw != 0 {
		dst.fw = e.fw
	}
}
