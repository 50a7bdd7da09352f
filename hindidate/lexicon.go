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
	fwAur    // और, व, एवं, तथा
	fwBaje   // बजे
	fwBajkar // बजकर
	fwMinute // मिनट
	fwAnusar // अनुसार
	fwAane   // आने (in आने वाले)
	fwWale   // वाले, वाली, वाला
	fwDer    // देर (in देर रात, late at night)
	fwOrdSuf // वां, वीं, वें after a number: "19वीं"
	fwYa     // या, अथवा: "जून या जुलाई"
	fwBeech  // बीच (in के बीच)
	fwTarikh // तारीख, तारीख़, तिथि
	fwBhitar // भीतर, अंदर (in के भीतर, within)
	fwBar    // बार (in इस बार, this time)
	fwPar    // पर
	fwLekar  // लेकर (in "से लेकर")
	fwYani   // यानी, अर्थात: "15 अगस्त यानी मंगलवार को"
)

// Modifiers before a unit, weekday or month.
const (
	modNext   = 1 // अगले: the one after the current one
	modLast   = 2 // पिछले, बीते, गत, विगत: the one before the current one
	modThis   = 3 // इस, इसी, मौजूदा, चालू, वर्तमान: the current one
	modComing = 4 // आगामी, आने वाले: the next one that has not begun
)

// Units of offsets and periods.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uWeekend // सप्ताहांत: Saturday and Sunday; not a unit of offsets
)

// Parts of the day.
const (
	partMorning   = 1 // सुबह
	partNoon      = 2 // दोपहर
	partEvening   = 3 // शाम
	partNight     = 4 // रात
	partEarlyMorn = 5 // तड़के
	partAfternoon = 6 // दोपहर बाद, अपराह्न (as a part, not a clock mark)
)

// Fractions used with hours and other units.
const (
	fracHalfPast    = 1 // साढ़े: n:30
	fracQuarterPast = 2 // सवा: n:15
	fracQuarterTo   = 3 // पौने: (n-1):45
	fracOneHalf     = 4 // डेढ़: 1:30
	fracTwoHalf     = 5 // ढाई: 2:30
	fracHalf        = 6 // आधा, आधे: half a unit (not a clock time)
)

// Zones named in text.
const (
	zoneIndia  = 1 // भारतीय समयानुसार
	zoneMoscow = 2 // मॉस्को समयानुसार
	zoneLocal  = 3 // स्थानीय समय
	zoneUTC    = 4 // GMT, UTC
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
	mult     int16
	ord      int8  // an ordinal, 1..99 (पहला, दूसरी, बीसवीं)
	ordFem   bool  // the ordinal is feminine (पहली), as a day of the month is
	last     bool  // आखिरी, अंतिम
	frac     int8  // frac*
	unit     int8  // u*
	dir      int8  // -1 पहले/पूर्व, +1 बाद
	mod      int8  // mod*
	mpart    int8  // 1 beginning, 2 middle, 3 end
	part     int8  // part*
	ampm     int8  // 1 before noon (AM, पूर्वाह्न), 2 after (PM, अपराह्न)
	approx   bool  // लगभग, करीब, तकरीबन before a date
	around   bool  // आसपास, करीब, लगभग after के
	yearCue  bool  // सन्, वर्ष, साल before a year
	fiscal   bool  // वित्त, वित्तीय (वर्ष)
	habit    bool  // हर, प्रत्येक, आमतौर, अक्सर: what follows is a habit
	vague    bool  // कुछ, कई: a vague count
	now      bool  // अभी: the reference moment
	zone     int8  // zone*
	samay    int8  // 1 समयानुसार, 2 समय, 3 वक्त
	fw       int8  // fw*
	named    int16 // 1 + index in namedHeads: the first word of a named day
	masa     int8  // a month of the Hindu calendar, 1 (चैत्र) .. 12 (फाल्गुन)
	paksha   int8  // 1 शुक्ल, 2 कृष्ण
	tithi    int8  // 1..15 (पूर्णिमा is 15 in शुक्ल, अमावस्या 15 in कृष्ण)
	tithiPK  int8  // the fortnight a tithi word implies: पूर्णिमा 1, अमावस्या 2
	samvat   int8  // 1 विक्रम, 2 शक, 3 संवत
	wdShort  int8  // CLDR's abbreviated weekday (मंगल, गुरु), time.Weekday+1: only with a mark or before a date
	unitAbbr int8  // CLDR's abbreviated unit (घं, मि, ति), u*: only with its mark
	era      int8  // 1 ईसवी (CE), 2 ईसा (before पूर्व: BCE)
	nowParse bool  // अब: "now" in Parse only; in running text it is a discourse word
	canStart bool  // the word can begin a date expression
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
	// buildLexicon); number words and ordinals from numberWords; named
	// days from named.go and the Hindu calendar from hindu.go. The rest
	// of the date words are here.

	// Relative days.
	{"आज आज़", lexEntry{relday: 1}},
	{"कल", lexEntry{relday: 2}},
	{"परसों परसो", lexEntry{relday: 3}},
	{"नरसों नरसो", lexEntry{relday: 4}},
	{"अभी", lexEntry{now: true}},
	{"अब", lexEntry{nowParse: true}},
	{"यह", lexEntry{mod: modThis}},

	// Multipliers of number words: "उन्नीस सौ सैंतालीस", "दो हज़ार पच्चीस".
	{"सौ", lexEntry{mult: 100}},
	{"हज़ार हजार", lexEntry{mult: 1000}},

	// Fractions of hours and other units.
	{"साढ़े साढे", lexEntry{frac: fracHalfPast}},
	{"सवा", lexEntry{frac: fracQuarterPast}},
	{"पौने", lexEntry{frac: fracQuarterTo}},
	{"डेढ़ डेढ", lexEntry{frac: fracOneHalf}},
	{"ढाई", lexEntry{frac: fracTwoHalf}},
	{"आधा आधे आधी", lexEntry{frac: fracHalf}},

	// Units.
	{"सेकंड सेकेंड सेकंडों सेकेंडों", lexEntry{unit: uSecond}},
	{"मिनट मिनटों", lexEntry{unit: uMinute}},
	{"घंटा घंटे घंटों घण्टे घण्टा घण्टों", lexEntry{unit: uHour}},
	{"दिन दिनों", lexEntry{unit: uDay}},
	{"सप्ताह सप्ताहों हफ़्ते हफ़्ता हफ़्तों हफ्ते हफ्ता हफ्तों सफ्ताह", lexEntry{unit: uWeek}},
	{"पखवाड़े पखवाड़ा पखवाड़ों", lexEntry{unit: uFortnight}},
	{"सप्ताहांत वीकेंड वीकएंड", lexEntry{unit: uWeekend}},
	{"महीने महीना महीनों माह", lexEntry{unit: uMonth}},
	{"तिमाही तिमाहियों", lexEntry{unit: uQuarter}},
	{"घं", lexEntry{unitAbbr: uHour}},
	{"मि", lexEntry{unitAbbr: uMinute}},
	{"ति", lexEntry{unitAbbr: uQuarter}},
	{"ईसवी ईस्वी ईसवीं ईस्वीं ईसवीसन", lexEntry{era: 1}},
	{"ईसा", lexEntry{era: 2}},
	{"छमाही", lexEntry{unit: uHalf}},
	{"साल सालों वर्ष वर्षों बरस", lexEntry{unit: uYear}},
	{"दशक दशकों दौर", lexEntry{unit: uDecade}},
	{"सदी सदियों शताब्दी शताब्दियों", lexEntry{unit: uCentury}},
	{"सन् सन साल वर्ष", lexEntry{yearCue: true}},
	{"वित्त वित्तीय", lexEntry{fiscal: true}},

	// Directions and modifiers.
	{"पहले पूर्व", lexEntry{dir: -1}},
	{"बाद", lexEntry{dir: +1}},
	{"अगले अगला अगली", lexEntry{mod: modNext}},
	{"पिछले पिछला पिछली बीते बीता बीती गत विगत गुजरे गुजरा गुजरी गुज़रे गुज़रा गुज़री", lexEntry{mod: modLast}},
	{"इस इसी मौजूदा चालू वर्तमान", lexEntry{mod: modThis}},
	{"आगामी", lexEntry{mod: modComing}},

	// Parts of a month or year.
	{"आखिरी आख़िरी अंतिम अन्तिम आखरी", lexEntry{last: true}},
	{"शुरुआत शुरूआत शुरुआती शुरू आरंभ आरम्भ प्रारंभ प्रारम्भ", lexEntry{mpart: 1}},
	{"मध्य", lexEntry{mpart: 2}},
	{"अंत अन्त आखिर आख़िर", lexEntry{mpart: 3}},

	// Parts of the day.
	{"सुबह सवेरे प्रातः प्रात सुबहः", lexEntry{part: partMorning}},
	{"दोपहर", lexEntry{part: partNoon}},
	{"शाम सायं", lexEntry{part: partEvening}},
	{"रात रात्रि मध्यरात्रि", lexEntry{part: partNight}},
	{"तड़के", lexEntry{part: partEarlyMorn}},
	{"पूर्वाह्न am", lexEntry{ampm: 1}},
	{"अपराह्न pm", lexEntry{ampm: 2}},

	// Hedges.
	{"लगभग करीब क़रीब तकरीबन तक़रीबन", lexEntry{approx: true, around: true}},
	{"आसपास", lexEntry{around: true}},

	// Habits and vague counts: "हर साल मार्च में" is no date.
	{"हर प्रत्येक प्रति आमतौर अक्सर प्रायः प्राय हमेशा रोज़ रोज रोज़ाना रोजाना प्रतिदिन नियमित", lexEntry{habit: true}},
	{"कुछ कई चंद", lexEntry{vague: true}},

	// Zones.
	{"भारतीय", lexEntry{zone: zoneIndia}},
	{"मॉस्को मास्को", lexEntry{zone: zoneMoscow}},
	{"स्थानीय", lexEntry{zone: zoneLocal}},
	{"समयानुसार", lexEntry{samay: 1}},
	{"ist", lexEntry{zone: zoneIndia, samay: 1}},
	{"msk", lexEntry{zone: zoneMoscow, samay: 1}},
	{"gmt utc", lexEntry{zone: zoneUTC, samay: 1}},
	{"समय", lexEntry{samay: 2}},
	{"वक्त वक़्त", lexEntry{samay: 3}},

	// Function words.
	{"को", lexEntry{fw: fwKo}},
	{"में", lexEntry{fw: fwMein}},
	{"तक", lexEntry{fw: fwTak}},
	{"से", lexEntry{fw: fwSe}},
	{"के", lexEntry{fw: fwKe}},
	{"की", lexEntry{fw: fwKi}},
	{"का", lexEntry{fw: fwKa}},
	{"और व एवं तथा", lexEntry{fw: fwAur}},
	{"बजे", lexEntry{fw: fwBaje}},
	{"बजकर", lexEntry{fw: fwBajkar}},
	{"मिनट", lexEntry{fw: fwMinute}},
	{"अनुसार", lexEntry{fw: fwAnusar}},
	{"आने", lexEntry{fw: fwAane}},
	{"वाले वाली वाला", lexEntry{fw: fwWale}},
	{"देर", lexEntry{fw: fwDer}},
	{"वां वीं वें वाँ वीँ वा वी", lexEntry{fw: fwOrdSuf}},
	{"या अथवा", lexEntry{fw: fwYa}},
	{"बीच", lexEntry{fw: fwBeech}},
	{"तारीख तारीख़ तारीखों", lexEntry{fw: fwTarikh}},
	{"भीतर अंदर अन्दर", lexEntry{fw: fwBhitar}},
	{"बार", lexEntry{fw: fwBar}},
	{"पर", lexEntry{fw: fwPar}},
	{"लेकर", lexEntry{fw: fwLekar}},
	{"यानी यानि अर्थात", lexEntry{fw: fwYani}},
}

// lexicon maps every known spelling to its roles. Latin words are stored in
// lower case. The Hindi layer's Lexicon filters most words of running text
// out by their first letter and length before any map lookup.
var lexicon = hindi.NewLexicon(buildLexicon()).Glued(gluedPostpositions, func(e *lexEntry) bool {
	return e != nil && (e.month > 0 && !e.short && !e.latin || e.weekday > 0)
})

// gluedPostpositions are read off a month or weekday name they are
// printed glued to: "10-11 अक्टूबरको" is "10-11 अक्टूबर को".
var gluedPostpositions = []string{"को", "में", "से", "तक"}

func buildLexicon() map[string]*lexEntry {
	m := make(map[string]*lexEntry, 2048)
	add := func(w string, e lexEntry) {
		old := m[w]
		if old == nil {
			old = new(lexEntry)
			m[w] = old
		}
		mergeEntry(old, e)
	}
	rows := append(append(append([]lexRow(nil), lexRows...), numberRows()...), hinduRows()...)
	rows = append(rows, namedRows()...)
	for _, r := range rows {
		for _, w := range strings.Fields(r.words) {
			e := r.e
			if w[0] < 0x80 {
				e.latin = true
			}
			for _, s := range hindi.Spellings(w) {
				add(s, e)
			}
		}
	}
	// Month and weekday names: CLDR's forms and the newsroom variants of
	// internal/hindi. Abbreviated weekdays (मंगल, गुरु, शनि) are far more
	// often words or names than days, and English weekdays are not read.
	for w, mn := range hindi.MonthSpellings() {
		e := lexEntry{month: int8(mn.Month), short: mn.Short && !mn.Latin, latin: mn.Latin}
		add(w, e)
		if !mn.Latin && !mn.Short {
			// "18-22 जनवरीः": a visarga typed for a colon.
			add(w+"ः", e)
		}
	}
	for w, wd := range hindi.WeekdaySpellings() {
		switch {
		case !wd.Short && !wd.Latin:
			add(w, lexEntry{weekday: int8(wd.Weekday) + 1})
		case !wd.Latin:
			add(w, lexEntry{wdShort: int8(wd.Weekday) + 1})
		}
	}
	add("आजः", lexEntry{relday: 1})
	for _, e := range m {
		e.canStart = e.month != 0 || e.weekday != 0 || e.relday != 0 || e.num != 0 ||
			e.frac != 0 || e.mod != 0 || e.part != 0 || e.approx || e.yearCue ||
			e.zone != 0 || e.fw == fwAane || e.fw == fwDer || e.unit == uMonth || e.unit == uYear || e.unit == uWeek ||
			e.mult != 0 || e.ord != 0 || e.named != 0 || e.masa != 0 || e.samvat != 0 ||
			e.now || e.fiscal || e.wdShort != 0 || e.nowParse || e.last || e.unitAbbr == uQuarter || e.mpart == 2
	}
	return m
}

func mergeEntry(dst *lexEntry, e lexEntry) {
	if e.month != 0 {
		dst.month, dst.short = e.month, e.short
	}
	dst.latin = dst.latin || e.latin
	set8 := func(d *int8, v int8) {
		if v != 0 {
			*d = v
		}
	}
	set8(&dst.weekday, e.weekday)
	set8(&dst.relday, e.relday)
	set8(&dst.num, e.num)
	if e.mult != 0 {
		dst.mult = e.mult
	}
	if e.ord != 0 {
		dst.ord, dst.ordFem = e.ord, e.ordFem
	}
	set8(&dst.frac, e.frac)
	set8(&dst.unit, e.unit)
	set8(&dst.dir, e.dir)
	set8(&dst.mod, e.mod)
	set8(&dst.mpart, e.mpart)
	set8(&dst.part, e.part)
	set8(&dst.ampm, e.ampm)
	set8(&dst.zone, e.zone)
	set8(&dst.samay, e.samay)
	set8(&dst.fw, e.fw)
	set8(&dst.masa, e.masa)
	set8(&dst.paksha, e.paksha)
	set8(&dst.tithi, e.tithi)
	set8(&dst.tithiPK, e.tithiPK)
	set8(&dst.samvat, e.samvat)
	set8(&dst.wdShort, e.wdShort)
	set8(&dst.unitAbbr, e.unitAbbr)
	set8(&dst.era, e.era)
	dst.nowParse = dst.nowParse || e.nowParse
	if e.named != 0 {
		dst.named = e.named
	}
	dst.last = dst.last || e.last
	dst.approx = dst.approx || e.approx
	dst.around = dst.around || e.around
	dst.yearCue = dst.yearCue || e.yearCue
	dst.fiscal = dst.fiscal || e.fiscal
	dst.habit = dst.habit || e.habit
	dst.vague = dst.vague || e.vague
	dst.now = dst.now || e.now
}
