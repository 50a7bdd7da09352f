package draft

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// mention is one telling of an event: a clause with an event word.
type mention struct {
	sent, clause  span
	kind          timeline.Kind
	word          string
	generic       bool   // a noun of talks that may refer to a call or a meeting
	abroad        string // the foreign country the sentence is set in, if any
	frame         bool   // the frame of another event of the clause ("यात्रा के दौरान")
	refers        bool   // "यह बातचीत", "इस यात्रा": refers back to an event told before
	date          *hindidate.Match
	dateOwn       bool // the date is the clause's or its sentence's own
	others        []hindidate.Match
	replaced      []hindidate.Match
	status        timeline.Status
	statusWord    string
	fromTense     bool
	unfulfilled   bool             // "जाना था", "होनी थी", "जाने वाले थे": a plan of the past
	offDay        bool             // its date is the day it was called or put off (offActDay)
	counted       bool             // its day is counted from something told ("के ठीक 19 दिन बाद"), so it refers back
	venue         bool             // an arrival at a building ("व्हाइट हाउस पहुंचे"): part of a visit told before
	undatable     bool             // counted from something told, with no talks told before to be: no date to infer
	nextDay       bool             // date moved to the day after the one told ("अगले दिन")
	daysEarlier   int              // date moved back by a frame's gap ("X से मुलाकात के एक दिन बाद …")
	tripOff       bool             // the trip to a gathering of one who stays away from it (x.tripOff)
	daysBefore    int              // of an undated frame, the days told from it to its clause's main event ("यह बातचीत … सम्मेलन के तीन दिन बाद हुई")
	laterFrame    bool             // a frame the main event comes before ("सम्मेलन से पहले"), dated by the main event's month
	daysLater     int              // date moved on by the gap to a frame still to come ("सम्मेलन से एक दिन पहले सोमवार को …")
	laterDays     int              // of a laterFrame, the days told between ("सम्मेलन शुरू होने से एक दिन पहले"): dated by the main event's day
	forDate       *hindidate.Match // a date of what a journey of the clause is for, not the journey's ("26 जनवरी को … समारोह में भाग लेने के लिए भारत आए हैं")
	putOffTo      *hindidate.Match // the date the event is put off to ("अक्टूबर तक टाल दिया"), no date of the event
	denied        bool             // "कोई बैठक नहीं होगी": calls off a plan told in an earlier sentence, no event of its own
	during        bool             // "इस दौरान", "के दौरान", "से इतर", "के मौके पर", "इस यात्रा में"
	duringLast    bool             // during, by a relative within the sentence ("…, जिसके दौरान …"): the event named last before
	wordAt        int              // the byte offset of the event word
	duringKind    timeline.Kind
	hasVerb       bool
	past          bool
	plup          bool     // told in the pluperfect ("टल गया था"): before the news
	offAgain      bool     // a trip called off before the one told ("सितंबर में भी … रद्द कर दिया गया था"): no later telling joins it
	legOf         *mention // of a leg of the trip done before the journey legOf tells ("जॉर्डन का दौरा पूरा करने के बाद इथियोपिया पहुंचे"): its own story, dated before legOf's arrival
	present       bool
	attrib        string
	attribGoesOn  bool // attrib is the sentence before's, gone on by "उन्होंने बताया कि"
	outlet        string
	hedge         string
	times         int // "29 और 30 सितंबर को दो बार मुलाकात होगी": so many meetings, one a day
	people        []person
	place         timeline.Place
	placeName     string
	welcomedBy    []person // of a visit, who welcomed its guest in a sentence of no event of its own (welcomeBack)
	visited       string   // the country a visit goes to ("भारत की यात्रा", "मास्को के लिए रवाना")
	visitedAll    []string // every country of a visit's list ("X, Y और Z की यात्रा"); visited is one of them
	city          string   // the first known city the clause names
	aside         bool     // a frame "से इतर": an event of its own
	groupDuring   bool     // a group's summit framing the clause: an event of its own if no other gathering is told
	purpose       bool     // a frame a visit of the clause is for: its date is the visit's
	framing       bool     // told as a frame ("X के दौरान", "X के लिए"), even of no other event word
	after         bool     // the main event of a clause "X के बाद …": another event than X
	afterKind     timeline.Kind
	afterAt       int              // the byte offset of the frame word the main event follows, when after
	afterLater    bool             // when after, the frame comes after the main event ("इस यात्रा से पहले …")
	afterDays     int              // when after, the days told from the frame to the main event ("सम्मेलन के तीन दिन बाद …")
	visitAhead    bool             // a frame: the visit whose phrase the clause's main event comes before ("कोविंद के … दौरे से पहले")
	mainDate      *hindidate.Match // a frame attended before or after the main event: the main event's date
	attendedLater bool             // that frame is attended after the main event ("… में हिस्सा लेने से पहले")
	days          int              // "दो दिवसीय": the length in days a visit's sentence gives, or 0
	upcoming      bool             // "आगामी", "होने वाले": told as coming
	// underWay reports an arrival told as a participle of the subject
	// with no day of its own ("दौरे पर आए मुइज्जू ने सोमवार को …
	// मुलाकात की"): the visit was under way on the day of the clause's
	// main event.
	underWay bool
	// background reports a sentence told as what came before the news:
	// "हाल में", "हाल ही में", "पिछले दिनों", "बता दें कि", "गौरतलब है कि".
	background bool
	// earlier reports an event noun told as the one before: "पिछली
	// मुलाकात" (the previous meeting). ("इससे पहले", "before this", is as often
	// earlier the same day, as editors date it: no such bound.)
	earlier  bool
	headline bool   // a line without a sentence end: a headline or a highlight, told again below
	where    string // the country of the first place the sentence names, or ""
	text     string
	// label names whose summit it is: a group ("ब्रिक्स", "जी-20") or
	// "द्विपक्षीय", from the words just before the summit's; "" if none.
	label string
	// group names the group whose gathering a summit or a multilateral
	// meeting is ("जी-20", "एससीओ"), read alike for both kinds; "" if none.
	group string
	// listed reports a summit named in a list with another ("… शिखर
	// सम्मेलन और … शिखर सम्मेलन में"): its label is its name, and its
	// draft's title says it.
	listed bool
	// pairTalks reports talks told during a summit that names no group
	// (talksAreTheSummit): the two leaders' summit.
	pairTalks bool
	// offPlan reports a plan reported before and put off since ("… कई
	// बार टल चुकी है। पहले जानकारी दी गई थी कि वो 20 अप्रैल तक …"): an
	// event of its own, not the plan told undated.
	offPlan bool
	// offByCall reports the visit a call calls off ("फोन करके अपने दौरे
	// को रद्द करने की सूचना दी"): a frame whose status is the visit's.
	offByCall bool
	// offLifted reports a frame that was told with the main event's
	// calling off and took none of it (statusOfMain): it is dated by its
	// other tellings.
	offLifted bool
}

// relatives open a sentence that tells what happens at the event of the
// sentence before.
var relatives = setOf("जहां", "जहाँ", "जिसमें", "जिसमे", "जिनमें", "जिनमे", "जिसके", "जिसकी")

// clauseSubject returns the people a pronoun of the clause c stands for
// (the sentence's first pronoun, at pronounAt in c): "मोदी … शिखर सम्मेलन
// में भाग लेंगे, जहां वह पुतिन … के साथ बैठक करेंगे" is the subject its
// own sentence named before the clause, not the people of the sentence
// before (x.lastPeople). It keeps to the clear case: when one who
// briefs tells in the clause before ("… ने बताया कि वह …"), when that
// clause hosts ("… ने … स्वागत किया, जिसके बाद वह …") or speaks of
// someone as an object ("… ने उन्हें विदा किया, जिसके बाद वह …"), or when
// the pronoun is itself an object ("जहां उनके साथ …"), the pronoun may
// stand for either, and it stays the people of the sentence before, as
// it was. When an object pronoun follows in a clause that names no one
// ("जहां वह उनके साथ … वार्ता करेंगे"), object is the one it stands for:
// the first of the sentence before.
func (x *extractor) clauseSubject(s, c span, sentToks []token, pronounAt int, abroad string) (subject, object []person) {
	pre := x.tokens(s.start, c.start)
	after := x.tokens(pronounAt, c.end)
	_, says := hasAny(pre, sayWords)
	_, hosts := hasAny(pre, hostWords)
	if len(after) == 0 || hosts || personObjectAt(after, 0) || personObjectIn(pre) >= 0 {
		return x.lastPeople, nil
	}
	named := people(x.text, pre, x.known, x.home, abroad)
	if says && slices.ContainsFunc(named, func(q person) bool {
		return slices.ContainsFunc(tokenize(q.Title.Hi, 0, len(q.Title.Hi)), isBriefer)
	}) {
		// One who briefs is named where something is told ("विदेश सचिव
		// … ने बताया कि वह …"): of himself or of another. A leader or a
		// minister who tells speaks of himself ("ट्रंप ने … कहा कि वह …
		// मांग करेंगे").
		return x.lastPeople, nil
	}
	subject, ok := subjectFirst(sentToks, named)
	if !ok {
		return x.lastPeople, nil
	}
	if len(x.lastPeople) == 0 {
		return subject, nil
	}
	met := people(x.text, x.tokens(c.start, c.end), x.known, x.home, abroad)
	if len(met) > 0 && x.lastPeople[0].Country != subject[0].Country && !slices.ContainsFunc(met, func(q person) bool { return q.Country != subject[0].Country }) {
		// "ट्रंप … दिल्ली पहुंचे। … जयशंकर ने … कहा कि वह … मोदी से मिलेंगे":
		// a clause that meets only the subject's own country's people
		// speaks of the foreigner before, not of the subject.
		return x.lastPeople, nil
	}
	if len(met) == 0 && personObjectIn(after) > 0 {
		return subject, x.lastPeople[:1:1]
	}
	return subject, nil
}

// personObjectIn returns the index of the first pronoun in toks that
// stands for a person as an object (personObjectAt), or -1.
func personObjectIn(toks []token) int {
	for i := range toks {
		if personObjectAt(toks, i) {
			return i
		}
	}
	return -1
}

// personObjectAt reports a pronoun at toks[i] that stands for a person as
// an object: "उनसे", "उन्हें", "उनको", "उनके साथ"; not "उनके" of a
// subject ("उनके आने की उम्मीद है").
func personObjectAt(toks []token, i int) bool {
	switch toks[i].key {
	case "उनसे", "उन्हें", "उनको":
		return true
	case "उनके":
		return i+1 < len(toks) && toks[i+1].key == "साथ"
	}
	return false
}

// subjectFirst puts first the subject among the people a sentence names,
// the one "वह" and "वे" of what follows refer to: not the one who is met or
// who invites ("मिस्र के विदेशमंत्री … के आमंत्रण पर सुषमा … रहेंगी। इस
// दौरान वह … से मुलाकात करेंगी").
// It reports whether one of them is the subject; if none is, ps is as it was.
func subjectFirst(sentToks []token, ps []person) ([]person, bool) {
	for i, p := range ps {
		if !p.counterpart && !inviterAt(sentToks, p.end) && !ownsVisitAhead(sentToks, p.end) && !(i+1 < len(ps) && ownsTimeFrame(sentToks, p.end)) {
			if i > 0 {
				ps = append([]person{p}, slices.Delete(slices.Clone(ps), i, i+1)...)
			}
			return ps, true
		}
	}
	return ps, false
}

// subjectPronounAt reports a subject pronoun ("वह", "वे", "उन्होंने") as
// the token at byte offset at: not "दोनों देशों", nor "उनकी यात्रा".
func subjectPronounAt(toks []token, at int) bool {
	i := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
	return i >= 0 && (toks[i].key == "वह" || toks[i].key == "वे" || toks[i].key == "उन्होंने")
}

// subjectPronounBefore reports a subject pronoun ("वह", "वे", "उन्होंने")
// among toks before the byte offset at.
func subjectPronounBefore(toks []token, at int) bool {
	for _, t := range toks {
		if t.end > at {
			return false
		}
		if t.key == "वह" || t.key == "वे" || t.key == "उन्होंने" {
			return true
		}
	}
	return false
}

// pronouns in a clause without names refer to the people of the sentence
// before. "वो" is how news copy often spells spoken वह/वे.
var pronouns = setOf("दोनों", "वे", "वह", "वो", "उन्होंने", "उनकी", "उनके", "उनका")

// demonstratives make an event noun refer back: "यह बातचीत", "इस यात्रा".
var demonstratives = setOf("यह", "इस", "इसी", "उस", "उसी", "ये", "वह", "अपने", "अपनी", "अपना")

// reasonClause reports a clause at text[start:] that gives a reason
// ("क्योंकि अमेरिका में तीन नवंबर को … चुनाव हो रहे हैं"): its date is the
// reason's, not that of the event the sentence tells. The clause may
// begin after its conjunction, which trimClause leaves out.
func reasonClause(text string, start int) bool {
	before := strings.TrimRight(text[max(0, start-32):start], " ,")
	for _, w := range [...]string{"क्योंकि", "चूंकि", "चूँकि"} {
		if strings.HasSuffix(before, w) || strings.HasPrefix(text[start:], w) {
			return true
		}
	}
	return false
}

// strongClauseWords open a clause that may tell another event: relatives
// and adversatives. और and एवं join names and dates as often as clauses,
// so they split a sentence only between two dates (see units).
var strongClauseWords = setOf("जहां", "जहाँ", "जिसमें", "जिनमें", "जिसके", "जबकि", "लेकिन", "क्योंकि", "कि", "हालांकि", "हालाँकि",
	"परंतु", "किंतु", "मगर", "बल्कि", "वहीं", "इसके", "साथ")

// notEventWords make a clause no event: a condition or counterfactual
// (अगर, यदि), a habit (नियमित, अक्सर), a count of many (कई बार).
var notEventWords = setOf("अगर", "यदि", "नियमित", "अक्सर", "जानिए", "आमतौर", "मना",
	// an indirect question: "… कहां-कहां जाएंगे, किससे मुलाकात करेंगे इस
	// सब के बारे में …"
	"किससे", "किनसे", "किन-किन", "कहां-कहां", "कहाँ-कहाँ")

// duringPhrase reports "इस दौरान", "के दौरान", "से इतर", "के मौके पर", "इस
// यात्रा में" in toks before the token at limit, and the kind of the event
// the phrase names (0 for "इस दौरान").
func duringPhrase(toks []token, limit int) (bool, timeline.Kind) {
	for i := 0; i < limit && i < len(toks); i++ {
		w := toks[i].key
		if w == "दौरान" || w == "इतर" || w == "मौके" || w == "हाशिये" || w == "हाशिए" || w == "तहत" {
			// The frame's own noun, if any, is just before its postposition.
			if i >= 2 {
				if hs := eventHits(toks[max(0, i-4):i]); len(hs) > 0 {
					return true, hs[len(hs)-1].kind
				}
			}
			return true, ""
		}
		if w == "में" && i >= 1 && visitNouns.has(toks[i-1].key) && i >= 2 && (demonstratives.has(toks[i-2].key) || toks[i-2].key == "दिवसीय") {
			return true, timeline.Visit // "इस यात्रा में", "दो दिवसीय यात्रा में"
		}
	}
	return false, ""
}

// isGap reports a date of text that is a gap or an age, not a date of the
// story: "15 साल बाद ... पहला", "लगभग दो साल पहले", "497 दिनों के बाद
// विदेशी दौरे पर" (the time since something: news counts months and years
// ahead in months and years, not in hundreds of days), a span of years
// counted from the dateline ("अगले 100 साल के लिए एक खाका", "पिछले 10
// सालों में": no meeting or visit lasts more than a year), or a window
// up to now ("पिछले एक साल से … संवाद कर रहे थे": for a while, since).
func isGap(text string, m hindidate.Match) bool {
	t := m.Text
	window := (strings.HasPrefix(t, "अगले") || strings.HasPrefix(t, "पिछले") || strings.HasPrefix(t, "बीते") || strings.HasPrefix(t, "आगामी")) && hasDigitOrNumberWord(t)
	if window && m.Date.End.Sub(m.Date.Start) > 366*24*time.Hour {
		return true
	}
	if window && !strings.HasPrefix(t, "अगले") && !strings.HasPrefix(t, "आगामी") && strings.HasPrefix(strings.TrimLeft(text[m.End:], " "), "से ") {
		return true
	}
	if countsTimesAfter(t, text[m.End:]) {
		return true
	}
	if m.Date.Granularity == hindidate.Day && strings.HasSuffix(t, "के बाद") {
		for _, w := range strings.Fields(t) {
			if numberOf(w) > 180 {
				return true
			}
		}
		return false
	}
	if m.Date.Granularity != hindidate.Year && m.Date.Granularity != hindidate.Month {
		return false
	}
	return (strings.HasSuffix(t, "बाद") || strings.HasSuffix(t, "पहले")) && hasDigitOrNumberWord(t)
}

// attackWords name an attack or a blast: a date written right before one,
// with no postposition between, names the attack ("ईस्टर बम ब्लास्ट",
// "26/11 हमले", "9/11 हमलों"), not the day of anything else the sentence
// tells.
var attackWords = setOf("हमला", "हमले", "हमलों", "हमलो", "बम", "ब्लास्ट", "धमाका", "धमाके", "धमाकों", "विस्फोट", "विस्फोटों", "आतंकी", "आतंकवादी", "नरसंहार", "दंगे", "दंगों")

// namesAnAttack reports a date m used as the name of an attack:
// "श्रीलंका पहुंचे पीएम मोदी, ईस्टर बम ब्लास्ट के पीड़ितों को दी
// श्रद्धांजलि" dated the visit Easter day.
func namesAnAttack(text string, m hindidate.Match) bool {
	if !hasDigit(m.Text) && !namedDay(m.Text) {
		return false // "कल आतंकी हमले के पीड़ितों से मिलेंगे": tomorrow, the meeting's day
	}
	t := hindi.Next(text, m.End)
	return t.Kind != hindi.EOF && t.Start == m.End+1 && text[m.End] == ' ' && attackWords.has(t.Text(text))
}

// datesTakingOffice reports a date that tells when someone took office:
// "सात मई को राष्ट्रपति बनने के बाद", "फरवरी में सत्ता में वापस आने के
// बाद", "इस साल जनवरी में पदभार संभालने के बाद". The event the sentence
// tells comes after that day; the day is not its. But a date after an
// agent, before another's taking office ("मोदी ने रविवार को ओली के
// प्रधानमंत्री बनने के बाद उन्हें फोन किया") or the office of a country not
// the agent's ("मोदी ने … नेपाल के प्रधानमंत्री बनने के बाद"), is the
// agent's deed's.
func datesTakingOffice(text string, m hindidate.Match) bool {
	end := min(len(text), m.End+200)
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	if !strings.Contains(text[m.End:end], "बाद") && !strings.Contains(text[m.End:end], "पश्चात") {
		return false // most dates: no tokens needed
	}
	toks := tokenize(text[:end], m.End, end)
	for i := 0; i+2 < len(toks) && i < 12; i++ {
		if hindi.IsClauseWord(toks[i].text) || eventWord(toks[i].key) || sentenceOrClauseEnd(text, m.End, toks[i].start) {
			return false
		}
		if toks[i+1].key != "के" || toks[i+2].key != "बाद" && toks[i+2].key != "पश्चात" {
			continue
		}
		v, k := toks[i].key, i
		if (v == "करने" || v == "जाने") && i > 0 && (toks[i-1].key == "ग्रहण" || toks[i-1].key == "चुने") {
			v, k = toks[i-1].key, i-1 // "पदभार ग्रहण करने", "राष्ट्रपति चुने जाने"
		}
		for j := k - 1; j >= max(0, k-3); j-- {
			if !tookOfficePairs.has(toks[j].key + " " + v) {
				continue
			}
			// After an agent, another's taking office ("ओली के प्रधानमंत्री
			// बनने") or an office of a country not the agent's ("मोदी ने …
			// नेपाल के प्रधानमंत्री बनने के बाद") leaves the day the deed's;
			// one's own ("ट्रंप ने 20 जनवरी को अमेरिका के राष्ट्रपति बनने के
			// बाद …") does not.
			agent, who := agentBefore(text, m.Start)
			if !agent || j < 2 || toks[j-1].key != "के" {
				return true
			}
			officeCountry, isCountryOffice := countryCode(toks[j-2].text) // "नेपाल के प्रधानमंत्री": NP
			return isCountryOffice && (who == "" || who == officeCountry)
		}
		return false
	}
	return false
}

// sentenceOrClauseEnd reports a comma, danda or other clause mark in
// text[from:to], or a full stop that ends a sentence (not "डॉ.").
func sentenceOrClauseEnd(text string, from, to int) bool {
	for i := from; i < to; i++ {
		switch text[i] {
		case ',', ';', ':', '!', '?', '|':
			return true
		case '.':
			if hindi.EndsSentence(text, i) {
				return true
			}
		}
	}
	return strings.Contains(text[from:to], "।")
}

// agentBefore reports an agent's ने, or a pronoun's ("उन्होंने", "हमने"),
// as the word right before byte at, and the agent's country when a
// leader's name stands before ने ("मोदी ने": IN), or "".
func agentBefore(text string, at int) (bool, string) {
	from := max(0, at-64)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	var last, prev hindi.Token
	for t := hindi.Next(text[:at], from); t.Kind != hindi.EOF; t = hindi.Next(text[:at], t.End) {
		prev, last = last, t
	}
	if last.Kind != hindi.Word || !agentWords.has(last.Text(text)) {
		return false, ""
	}
	if prev.Kind == hindi.Word {
		return true, leaderCountry(prev.Text(text))
	}
	return true, ""
}

// agentWords mark the agent of a perfective verb: "मोदी ने", "उन्होंने".
var agentWords = setOf("ने", "उन्होंने", "इन्होंने", "हमने", "मैंने", "आपने", "तुमने")

// tookOfficePairs pairs a noun with the verb, read before "के बाद", that
// takes office with it: "सत्ता में आने", "पदभार संभालने", "शपथ लेने",
// "पदभार ग्रहण (करने)", "प्रधानमंत्री बनने", "राष्ट्रपति चुने (जाने)",
// "चुनाव जीतने".
var tookOfficePairs = setOf("सत्ता आने", "सत्ता संभालने", "पदभार संभालने", "कार्यभार संभालने", "पद संभालने",
	"शपथ लेने", "शपथ ग्रहण", "पदभार ग्रहण", "कार्यभार ग्रहण", "पद ग्रहण",
	"प्रधानमंत्री बनने", "राष्ट्रपति बनने", "पीएम बनने", "चांसलर बनने", "प्रधानमंत्री चुने", "राष्ट्रपति चुने", "चुनाव जीतने")

// namedDay reports a date written as a day's name, a festival or a
// national day ("ईस्टर", "गणतंत्र दिवस"), not a word that counts from
// today (आज, कल, परसों, a weekday, "अगले …", "इस …").
func namedDay(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	switch first {
	case "आज", "कल", "परसों", "अगले", "अगली", "अगला", "पिछले", "पिछली", "पिछला", "इस", "इसी", "उस", "उसी", "बीते", "आगामी", "आने":
		return false
	}
	return !isWeekdayName(first)
}

// countsTimesAfter reports a length of time t ("डेढ़ साल में", "दो साल
// में") that rest goes on counting times in: "डेढ़ साल में सातवीं बार
// मिलेंगे" is the seventh meeting within a year and a half, no date
// a year and a half on. A date ("2014 में पहली बार") names no length.
func countsTimesAfter(t, rest string) bool {
	if !strings.HasSuffix(t, "में") || !slices.ContainsFunc(strings.Fields(t), gapUnits.has) {
		return false
	}
	ws := strings.Fields(rest)
	counted := func(w string) bool {
		return w == "बार" || w == "दफा" || w == "दफ़ा" || eventWord(w)
	}
	isOrdinal := func(w string) bool {
		return ordinals.has(w) || ordinal(w) || strings.HasSuffix(w, "वीं") || strings.HasSuffix(w, "वें") || strings.HasSuffix(w, "वां")
	}
	// "सातवीं बार", "पांचवीं मुलाकात"; with the one it counts of before
	// the count: "पांच साल में मोदी की यह पहली रूस यात्रा होगी", "41 वर्षों
	// में किसी भारतीय प्रधानमंत्री की ऑस्ट्रिया की पहली यात्रा".
	for k := 0; k+1 < len(ws) && k <= 7; k++ {
		if hindi.IsClauseWord(ws[k]) {
			return false
		}
		if isOrdinal(ws[k]) && (counted(ws[k+1]) || k > 0 && k+2 < len(ws) && counted(ws[k+2]) && !counted(ws[k+1])) {
			return true
		}
	}
	return false
}

func hasDigitOrNumberWord(s string) bool {
	if hasDigit(s) {
		return true
	}
	for _, w := range strings.Fields(s) {
		switch w {
		case "एक", "दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "कुछ", "कई":
			return true
		}
	}
	return false
}

// isUnfulfilled reports a plan told in the past: an infinitive before था,
// थी, थे or थीं ("जाना था", "करनी थी", "होनी थी"), "जाने वाले थे",
// "करने वाली थीं", or a programme that was ("… से चर्चा का कार्यक्रम था").
func isUnfulfilled(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		w := toks[i].key
		if w != "था" && w != "थी" && w != "थे" && w != "थीं" {
			continue
		}
		p := toks[i-1].key
		if (strings.HasSuffix(p, "ना") || strings.HasSuffix(p, "नी")) && !nStemParticiples.has(p) || p == "वाले" || p == "वाली" || p == "वाला" {
			return true
		}
		if planNouns.has(p) && i >= 3 && toks[i-2].key == "का" && talkNouns.has(toks[i-3].key) {
			return true
		}
	}
	return false
}

// nStemParticiples are past participles of verbs whose stem ends in न,
// which end as an infinitive does: "सहमति बनी थी" (had been reached) is
// no "बननी थी" (was to be reached).
var nStemParticiples = setOf("बना", "बनी", "माना", "मानी", "सुना", "सुनी", "चुना", "चुनी", "गिना", "गिनी", "छीना", "छीनी", "ठाना", "ठानी", "पहचाना", "पहचानी")

// cameAbout reports a relative clause right after a clause (text[from:to]
// of its sentence) that tells it happened: "… वार्ता का कार्यक्रम था, जो
// शुक्रवार को हुई".
func (x *extractor) cameAbout(from, to int) bool {
	toks := x.tokens(from, to)
	if len(toks) < 2 || toks[0].key != "जो" {
		return false
	}
	_, ok := hasAny(toks, happenedWords)
	return ok
}

// happenedWords are the simple past of होना: it happened.
var happenedWords = setOf("हुई", "हुआ", "हुए", "हुईं")

// planNouns before था, after "<talks> का", make a plan of the past: "…
// से चर्चा का कार्यक्रम था". (Not "रात्रिभोज का कार्यक्रम था", nor a
// programme that is the clause's only verb besides the event's own.)
var (
	planNouns = setOf("कार्यक्रम", "प्रोग्राम")
	talkNouns = setOf("चर्चा", "बातचीत", "वार्ता", "मुलाकात", "मुलकात", "बैठक", "भेंट")
)

// prospective reports "-ने वाले थे", "-ने वाली थी": a plan about to come
// when it was told, not "जाना था" (was to go), which may lie either side.
func prospective(toks []token) bool {
	for i := 2; i < len(toks); i++ {
		w, p := toks[i].key, toks[i-1].key
		if (w == "था" || w == "थी" || w == "थे" || w == "थीं") && (p == "वाले" || p == "वाली" || p == "वाला") && strings.HasSuffix(toks[i-2].key, "ने") {
			return true
		}
	}
	return false
}

// frameDates returns, of a clause's dates, the last told before a frame
// word at byte frameStart and the first told after the frame's words
// (frameEnd) and before the main event's word at mainAt; ok when both
// are told.
func frameDates(all []hindidate.Match, frameStart, frameEnd, mainAt int) (before, after hindidate.Match, ok bool) {
	var b, a bool
	for _, d := range all {
		switch {
		case d.End <= frameStart && (!b || d.Start > before.Start):
			before, b = d, true
		case d.Start >= frameEnd && d.Start < mainAt && (!a || d.Start < after.Start):
			after, a = d, true
		}
	}
	return before, after, a && b
}

// aYearOn returns a copy of the date d a year later: a date printed with
// no year, read as one gone by, that the tense puts ahead.
func aYearOn(d *hindidate.Match) *hindidate.Match {
	nd := *d
	nd.Date.Start, nd.Date.End = d.Date.Start.AddDate(1, 0, 0), d.Date.End.AddDate(1, 0, 0)
	return &nd
}

// joinWords join two clauses of one subject: "… रहेंगे और … करेंगे".
var joinWords = setOf("और", "तथा", "एवं")

// stayJoined reports a stay ending right before the joining word at
// toks[k]: "पुतिन 4 से 5 दिसंबर तक भारत में रहेंगे और … भाग लेंगे".
func stayJoined(toks []token, k int) bool {
	_, ok := stayWithin(toks, k-1)
	return ok
}

// visitJoined reports an arrival or a visit told done ending right
// before the joining word at toks[k]: "… सोमवार को भारत आए और …",
// "… भारत का दौरा किया था और प्रधानमंत्री मोदी से मुलाकात कर …". The
// clause after it goes on with the visitor.
func visitJoined(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && (predicateAux.has(toks[j].key) || perfectAux.has(toks[j].key)) {
		j-- // "आए हैं", "किया था"
	}
	if j < 0 {
		return false
	}
	if arrivedWords.has(toks[j].key) {
		return true
	}
	return j >= 1 && (toks[j].key == "किया" || toks[j].key == "की") && visitNouns.has(toks[j-1].key)
}

// guestCountry returns the country of one who visits home with no
// country of his own told: the one foreign country the sentence names
// ("नेपाल के विदेश मंत्रालय ने कहा है कि … विदेश मंत्री … का भारत दौरा
// रद्द"), or "" when it names none or two, or tells a coming home ("कतर
// से लौटने के बाद … भारत पहुंचेंगे" is home's own minister). A foreign
// dateline alone says nothing: a report from Washington tells of India's
// foreign secretary coming home as well.
func (x *extractor) guestCountry(sentToks []token) string {
	found := ""
	for j, t := range sentToks {
		if strings.HasPrefix(t.key, "लौट") || t.key == "वापस" || t.key == "स्वदेश" {
			return ""
		}
		if c, _, ok := countryEndingAt(x.text, sentToks, j); ok && c != x.home && c != found {
			if found != "" {
				return "" // two: no telling which
			}
			found = c
		}
	}
	return found
}

// readyToHost reports "मेजबानी (करने) के लिए (पूरी तरह/पूरा) तैयार
// है/हैं" among toks: one is ready to host what is named before, which is
// still to come.
func readyToHost(toks []token) bool {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].key != "तैयार" || toks[i+1].key != "है" && toks[i+1].key != "हैं" {
			continue
		}
		j := i - 1
		switch {
		case toks[j].key == "पूरा" || toks[j].key == "पूरी":
			j--
		case toks[j].key == "तरह" && j >= 1 && toks[j-1].key == "पूरी":
			j -= 2
		}
		if j < 3 || toks[j].key != "लिए" || toks[j-1].key != "के" {
			continue
		}
		j -= 2
		if toks[j].key == "करने" {
			j--
		}
		if j >= 0 && toks[j].key == "मेजबानी" {
			return true
		}
	}
	return false
}

// goesOnWithVisitor reports a clause joined to an arrival or a visit told
// done (visitJoined) that goes on with the visitor: it names no subject of
// its own, or one who meets "उनसे/उन्हें" and no one else; and it tells
// nothing still to come ("… दौरा किया था और अब … बैठक होगी" is another
// time, maybe another's).
func (x *extractor) goesOnWithVisitor(toks []token, ps []person) bool {
	if slices.ContainsFunc(toks, func(t token) bool { return t.key == "अब" || hindi.IsFutureVerb(t.text) }) {
		return false
	}
	if !namesSubject(ps) {
		return true
	}
	return personObjectIn(toks) >= 0 && !slices.ContainsFunc(ps, func(q person) bool { return q.counterpart })
}

// namesSubject reports someone among ps who is not met: a subject of
// the clause's own ("… भारत आए और जापान के प्रधानमंत्री किशिदा ने …").
func namesSubject(ps []person) bool {
	return slices.ContainsFunc(ps, func(q person) bool { return !q.counterpart && (q.Name.Hi != "" || q.Title.Hi != "") })
}

// wordsAfter returns the first n of toks that start at or after offset
// at.
func wordsAfter(toks []token, at, n int) []token {
	i := slices.IndexFunc(toks, func(t token) bool { return t.start >= at })
	if i < 0 {
		return nil
	}
	return toks[i:min(len(toks), i+n)]
}

// comingDay moves a bare weekday or कल (or "कल से", a span's first day)
// that the past tense of "पहुंचने वाले थे" read as a day gone by to the
// next such day after the dateline:
// "आबे रविवार को … पहुंचने वाले थे", told on a Friday of a visit put off,
// is the coming Sunday; a plan whose day had passed would be told with
// what came of it ("… लेकिन नहीं पहुंचे", negated, left as read).
//
// A plan decided now (decided) is still to come however far back the
// last day of that name lies; only a weekday is read so.
func (x *extractor) comingDay(m hindidate.Match, decided bool) (hindidate.Match, bool) {
	if hasDigit(m.Text) || m.Date.Granularity != hindidate.Day || !m.Date.Start.Before(x.dateline) {
		return m, false
	}
	ref := date.FromTime(x.dateline)
	read := date.FromTime(m.Date.Start)
	var to date.Date
	switch {
	case !decided && strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m.Text), "से")) == "कल" && read == ref.AddDays(-1):
		// "कल से शुरू होने वाला था": a span's first day, read alike.
		to = ref.AddDays(1)
	case isWeekdayName(m.Text) || isWeekdayRange(m.Text):
		to = ref.AddDays(1)
		for to.Weekday() != read.Weekday() {
			to = to.AddDays(1)
		}
		if ahead, back := to.In(time.UTC).Sub(ref.In(time.UTC)), ref.In(time.UTC).Sub(read.In(time.UTC)); ahead > back && !decided {
			return m, false // on a Monday, "रविवार को … पहुंचने वाले थे" is more likely the day before
		}
	default:
		return m, false
	}
	days := max(1, int(m.Date.End.Sub(m.Date.Start).Hours()+12)/24)
	m.Date.Start = time.Date(to.Year(), to.Month(), to.Day(), 0, 0, 0, 0, m.Date.Start.Location())
	m.Date.End = m.Date.Start.AddDate(0, 0, days)
	m.Date.Ambiguous = false
	return m, true
}

// replanned reports a clause that puts a plan off and then decides the
// new one, the event word at offset at: a cue of calling off or putting
// off before it, a date of its own after the cue, and "फैसला" or
// "निर्णय" after it.
func (x *extractor) replanned(m *mention, at int) bool {
	cueEnd := -1
	for _, q := range hindi.StatusCues(x.text, m.clause.start, at) {
		if !q.Negated && (q.Status == hindi.Postponed || q.Status == hindi.Cancelled) {
			cueEnd = q.Word.End
		}
	}
	if cueEnd < 0 || m.date == nil || !m.dateOwn || m.date.Start < cueEnd || at > m.clause.end {
		// "… सुविधाजनक तिथि पर दौरा रखने का फैसला किया है": no new day, the
		// putting off itself. (An event word read past the clause's end,
		// as a trimmed clause may leave it, decides nothing in it.)
		return false
	}
	after := x.text[at:m.clause.end]
	return containsWord(after, "फैसला") || containsWord(after, "निर्णय")
}

// invited reads an invitation given, sent or received in a clause: "का
// न्योता दिया", "के लिए निमंत्रण भेजा", "आया न्यौता" (proposed), or
// accepted: "का निमंत्रण स्वीकार कर लिया" (announced).
func invited(toks []token) (timeline.Status, string, bool) {
	for i := 0; i < len(toks); i++ {
		if !inviteNouns.has(toks[i].key) {
			continue
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].key
		}
		switch {
		case next == "स्वीकार":
			// "… यात्रा के लिए मिला निमंत्रण स्वीकार कर लिया है": accepted,
			// whatever brought it.
			return timeline.Announced, toks[i].text + " स्वीकार", true
		case next == "दिया" || next == "दी" || next == "भेजा" || next == "दे" || next == "देते" || next == "भेजे" || next == "मिला" || next == "आया":
			return timeline.Proposed, toks[i].text, true
		case i > 0 && (toks[i-1].key == "आया" || toks[i-1].key == "मिला" || toks[i-1].key == "भेजा"):
			// A headline's order: "पीएम मोदी को चीन दौरे के लिए आया
			// न्यौता".
			return timeline.Proposed, toks[i].text, true
		}
	}
	return "", "", false
}

// invitedFor reports a visit word the invitation is for, right after it:
// "चीन दौरे के लिए आया न्यौता", "रूस यात्रा के लिए निमंत्रण भेजा".
func invitedFor(toks []token, h hit) bool {
	k := h.last + 1
	if k+1 >= len(toks) || toks[k].key != "के" || toks[k+1].key != "लिए" {
		return false
	}
	for _, t := range toks[k+2 : min(len(toks), k+4)] {
		if inviteNouns.has(t.key) {
			return true
		}
	}
	return false
}

// pastBeside reports another date of the sentence that has passed by the
// dateline: "रविवार को … पहुंचने वाले थे, लेकिन शनिवार को उनका दौरा रद्द
// कर दिया गया" tells what came of the plan, so its day may have gone by.
func (x *extractor) pastBeside(ms []hindidate.Match, m hindidate.Match) bool {
	for _, o := range ms {
		if o.Start > m.End && containsWord(x.text[m.End:o.Start], "अब") {
			continue // "… शनिवार को … जाने वाले थे, लेकिन अब … रविवार-सोमवार को …": the new plan, not what came of the old
		}
		if o.Start != m.Start && !o.Date.End.After(x.dateline) {
			return true
		}
	}
	return false
}

// isWeekdayName reports a text that is one weekday's name ("रविवार"),
// perhaps with को.
func isWeekdayName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 || len(f) == 2 && f[1] != "को" {
		return false
	}
	_, ok := hindi.LookupWeekday(f[0])
	return ok
}

// isWeekdayRange reports a range of two weekday names alone, "रविवार-सोमवार"
// or "सोमवार से बुधवार तक".
func isWeekdayRange(s string) bool {
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '—' }) {
		switch f {
		case "से", "तक", "को", "के", "बीच":
			continue
		}
		if _, ok := hindi.LookupWeekday(f); !ok {
			return false
		}
		n++
	}
	return n == 2
}

// habitual reports a present habit: "बात करते हैं", "मिलती है".
func habitual(text string, v hindi.Verb) bool {
	s := text[v.Start:v.End]
	return v.Tense == hindi.Present && v.Mood != hindi.Potential && !strings.Contains(s, "रह") &&
		(strings.Contains(s, "ते हैं") || strings.Contains(s, "ती है") || strings.Contains(s, "ता है") || strings.Contains(s, "ती हैं"))
}

// clauses splits a sentence at clause punctuation and strong clause words.
func (x *extractor) clauses(s span) []span {
	var cuts []int
	toks := x.tokens(s.start, s.end)
	sent := x.text[:s.end]
	for i := s.start; i < s.end; i++ {
		if n := clausePunct(sent, i); n > 0 && !(sent[i] == ',' && (listComma(toks, i) || x.subjectComma(toks, s.start, i) || frameComma(toks, i) || x.inDate(i) || x.dateOpens(toks, i))) {
			cuts = append(cuts, i+n)
		}
	}
	runOns := 0
	for k, t := range toks {
		if strongClauseWords.has(t.key) && t.start > s.start {
			if t.key == "इसके" || t.key == "साथ" {
				// "इसके बाद", "साथ ही" open a sentence's clause only after
				// punctuation, or a finite verb; a few times a sentence, as
				// the cuts at और below.
				if runOns >= maxJoinCuts || !x.afterFinite(toks, k) {
					continue
				}
				runOns++
			}
			cuts = append(cuts, t.start)
		}
	}
	// "… से मुलाकात करेंगी, अपने समकक्ष के साथ द्विपक्षीय वार्ता करेंगी और
	// … से मुलाकात करेंगी": और after a finite verb joins two clauses, each
	// with its event.
	for k, n := 1, 0; k+1 < len(toks) && n < maxJoinCuts; k++ {
		// "… मुलाकात नहीं हो पाई तो आज … टेलीफोन पर बातचीत की": तो after a
		// finite verb opens the clause of what came of it; "… भारत आएंगे तो
		// … मुलाकात करेंगे" shares its subject (below).
		w := toks[k].key
		if w != "और" && w != "तथा" && w != "एवं" && w != "तो" {
			continue
		}
		v, ok := hindi.LastVerb(x.text, toks[max(0, k-3)].start, toks[k].start)
		if couldNotHappen(toks[max(0, k-8):k]) {
			ok, v.End, v.Tense = true, toks[k-1].end, hindi.Past // "नहीं हो पाई", which the layer reads as no verb
		}
		if !ok || v.End < toks[k-1].end || v.Tense != hindi.Future && v.Tense != hindi.Past && !onVisitNow(toks, k-1) {
			continue // "… भारत दौरे पर हैं और शनिवार को उन्होंने … मुलाकात की": a visit under way, then an event
		}
		if (stayJoined(toks, k) || len(eventHits(toks[max(0, k-8):k])) > 0) && (len(eventHits(toks[k+1:min(len(toks), k+12)])) > 0 || resultOpeners.has(toks[k+1].key)) {
			// ("… पर हस्ताक्षर हुए हैं और इससे … व्यापार बढ़ेगा": what
			// comes of the event is a clause of its own, whose tense is
			// not the event's.)
			cuts = append(cuts, toks[k].start)
			n++
		}
	}
	var out []span
	start := s.start
	sortInts(cuts)
	for _, c := range cuts {
		if c <= start || c >= s.end {
			continue
		}
		if a, b := trimClause(x.text, start, c); b > a {
			out = append(out, span{a, b})
		}
		start = c
	}
	if a, b := trimClause(x.text, start, s.end); b > a {
		out = append(out, span{a, b})
	}
	return out
}

// aimAfterComma reports a relative clause of aim or result after a comma,
// at t: ", जिसका उद्देश्य …", ", जिससे …". (Not ", जिसमें … शामिल हुए
// हैं", which tells of the event itself.)
func aimAfterComma(text string, toks []token, t token) bool {
	if !strings.HasSuffix(strings.TrimRight(text[:t.start], " "), ",") {
		return false
	}
	if t.key == "जिससे" {
		return true
	}
	k := slices.IndexFunc(toks, func(u token) bool { return u.start == t.start })
	return (t.key == "जिसका" || t.key == "जिसकी" || t.key == "जिसके") && k+1 < len(toks) && aimWords.has(toks[k+1].key)
}

// aimWords name what a thing is for: "जिसका उद्देश्य".
var aimWords = setOf("उद्देश्य", "लक्ष्य", "मकसद", "मक़सद")

// resultOpeners open a clause of what came of the one before: "और इससे
// …", "और जिससे …".
var resultOpeners = setOf("इससे", "जिससे", "इनसे", "उससे")

// matchFrom returns the index of the first date of the text that ends
// after byte pos, or len(x.matches).
func (x *extractor) matchFrom(pos int) int {
	return sort.Search(len(x.matches), func(k int) bool { return x.matches[k].End > pos })
}

// dayWithin reports a date of one day within c.
func (x *extractor) dayWithin(c span) bool {
	for k := x.matchFrom(c.start); k < len(x.matches) && x.matches[k].Start < c.end; k++ {
		if x.matches[k].Date.Granularity == hindidate.Day {
			return true
		}
	}
	return false
}

// dateOpens reports a comma at byte i after a sentence's opening date
// and nothing else: "मंगलवार को, प्रधानमंत्री … ने … से मुलाकात की" is one
// clause, dated by its opening words, not a clause of the date alone
// that lends the sentence's verb to a second meeting.
func (x *extractor) dateOpens(toks []token, i int) bool {
	if len(toks) == 0 || toks[0].start >= i {
		return false
	}
	k := x.matchFrom(toks[0].start)
	if k == len(x.matches) || x.matches[k].Start > toks[0].start {
		return false
	}
	for _, t := range toks {
		if t.start >= i {
			break
		}
		if t.end > x.matches[k].End && t.key != "को" && t.key != "में" {
			return false
		}
	}
	return true
}

// inDate reports byte i inside a date the text tells: the comma of "चार से
// छह अप्रैल, 2025 को" or "सोमवार, 5 दिसंबर को" cuts no clause.
func (x *extractor) inDate(i int) bool {
	k := x.matchFrom(i)
	return k < len(x.matches) && x.matches[k].Start <= i
}

// runOnOpeners follow इसके where it opens a sentence: "इसके बाद",
// "इसके अलावा".
var runOnOpeners = setOf("बाद", "अलावा", "अतिरिक्त", "पश्चात")

// afterFinite reports toks[k] ("इसके बाद", "साथ ही") right after a finite verb of the future or
// the past, where a writer who drops the danda starts a new sentence:
// "… से मुलाकात भी करेंगे इसके अलावा प्रचंड … सम्बोधित करेंगे".
func (x *extractor) afterFinite(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !(toks[k].key == "इसके" && runOnOpeners.has(toks[k+1].key) || toks[k].key == "साथ" && toks[k+1].key == "ही") {
		return false // "… कब भारत आएंगे इसके बारे में …" goes on
	}
	v, ok := hindi.LastVerb(x.text, toks[max(0, k-3)].start, toks[k].start)
	return ok && v.End >= toks[k-1].end && (v.Tense == hindi.Future || v.Tense == hindi.Past)
}

// otherCountries reports a visit telling m whose countries, told, are
// none of those visit s goes to.
func otherCountries(s *story, m *mention, home string) bool {
	mine := append([]string{m.visited}, m.visitedAll...)
	if m.visited == "" || m.visited == home {
		return false
	}
	told := false
	for _, o := range s.ms {
		for _, c := range append([]string{o.visited}, o.visitedAll...) {
			if c == "" || c == home {
				continue
			}
			told = true
			if slices.Contains(mine, c) {
				return false
			}
		}
	}
	return told
}

// goesOnTo reports a clause that opens "इसके बाद" or "उसके बाद": a journey
// told so comes after the one told before it.
func goesOnTo(clause string) bool {
	t := strings.TrimLeft(clause, " “\"")
	return strings.HasPrefix(t, "इसके बाद") || strings.HasPrefix(t, "उसके बाद")
}

// lastVisitBefore returns the last of ss that is a visit to a country
// other than visited, dated by its days and neither before nor after
// a day; or nil.
func lastVisitBefore(ss []*story, visited string) *story {
	for i := len(ss) - 1; i >= 0; i-- {
		p := ss[i]
		if p.kind != timeline.Visit || p.first.visited == "" || p.first.visited == visited {
			continue
		}
		if p.when.IsZero() || p.when.Bound() != date.NoBound || p.when.Precision() != date.Day {
			return nil
		}
		return p
	}
	return nil
}

// nextLeg reports a clause that opens by going on from what was told, with
// the rest of its sentence (from the clause on):
// "इसके बाद वह … अमेरिका और नीदरलैंड जाएंगे", "…, जिसके तहत वह अमेरिका और
// नीदरलैंड भी जाएंगे", the tour's next legs.
func nextLeg(text, sentence string) bool {
	if goesOnTo(text) {
		// "इसके बाद मोदी चीन जाएंगे, जहां उन्हें जी20 सम्मेलन में हिस्सा
		// लेना है": the way to what the tour is for; but "… और इसके बाद
		// पीएम मोदी जर्मनी जाएंगे" is a journey of its own.
		return containsWord(sentence, "जहां")
	}
	t := strings.TrimLeft(text, " “\"")
	return strings.HasPrefix(t, "फिर ") || strings.HasPrefix(t, "जिसके तहत") || strings.HasPrefix(t, "जहां से")
}

// subjectComma reports a comma at byte i that sets off the sentence's
// subject, a person named in its first few words with no verb: "प्रधानमंत्री
// मोदी, इतालवी प्रधानमंत्री … के निमंत्रण पर यहां आए हैं" is one clause, and
// so is a list of people met that runs on past the comma.
func (x *extractor) subjectComma(toks []token, start, i int) bool {
	n := 0
	for _, t := range toks {
		if t.start >= i {
			break
		}
		n++
	}
	// "जयशंकर राष्ट्रपति अनुरा कुमार दिसानायके, प्रधानमंत्री … और … से
	// मुलाकात करेंगे": longer when a list of people goes on past it.
	limit := 4
	if n < len(toks) && (offices.has(toks[n].text) || officeFirst.has(toks[n].text)) {
		limit = 8
	}
	// "बांग्लादेश की प्रधानमंत्री शेख हसीना, …", "रूसी राष्ट्रपति पुतिन, …":
	// the office's country before it.
	head := 0
	switch {
	case len(toks) > 2 && isCountrySpelling(toks[0].text) && (toks[1].key == "के" || toks[1].key == "की" || toks[1].key == "का"):
		head = 2
	case len(toks) > 1 && demonyms[toks[0].text] != "":
		head = 1
	}
	if n <= head || n-head > limit || !offices.has(toks[head].text) && leaderCountry(toks[head].text) == "" {
		return false
	}
	_, verb := hindi.LastVerb(x.text, start, i)
	return !verb
}

// otherTime reports a word in text that places an event before or after
// another of its kind: "पिछले शिखर सम्मेलन", "अगली बैठक". (Not पूर्व:
// "पूर्व एशिया शिखर सम्मेलन".)
func otherTime(text string) bool {
	other := false // the word before is one of otherTimeWords
	for t := range tokensOf(text, 0, len(text)) {
		if other && !timeUnitWords.has(t.key) && !isWeekdayName(t.text) {
			return true
		}
		other = otherTimeWords.has(t.key)
	}
	return other
}

// timeUnitWords, and weekdays, after "अगले" or "पिछले" make a date ("अगले महीने होने वाली
// … शिखर सम्मेलन की बैठक"), not another one of the event ("अगला शिखर
// सम्मेलन").
var timeUnitWords = setOf("महीने", "माह", "सप्ताह", "हफ्ते", "हफ़्ते", "साल", "वर्ष", "दिन", "दिनों")

// nextTime reports "अगले/अगली/अगला" in text: the next one.
func nextTime(text string) bool {
	for t := range tokensOf(text, 0, len(text)) {
		if nextWords.has(t.key) {
			return true
		}
	}
	return false
}

var (
	nextWords      = setOf("अगले", "अगली", "अगला")
	otherTimeWords = unionOf(lastWords, nextWords, setOf("बीते", "गत"))
)

// dayOwner returns the country whose national day toks name ("बांग्लादेश
// के स्वतंत्रता दिवस", "अमेरिकी स्वतंत्रता दिवस"), or "" if none is said.
func dayOwner(text string, toks []token) string {
	for k := 1; k+1 < len(toks); k++ {
		if (toks[k].key != "गणतंत्र" && toks[k].key != "स्वतंत्रता") || toks[k+1].key != "दिवस" {
			continue
		}
		j := k - 1
		for n := 0; n < 2 && j >= 1 && (hasDigit(toks[j].text) || ordinalSuffix(toks[j].key)); n++ {
			j-- // "श्रीलंका के 78वें स्वतंत्रता दिवस"
		}
		if c := demonyms[toks[j].text]; c != "" {
			return c
		}
		if (toks[j].key == "के" || toks[j].key == "की") && j >= 1 {
			if c, _, ok := countryEndingAt(text, toks, j-1); ok {
				return c
			}
		}
	}
	return ""
}

// otherTraveller reports two tellings that name two people of one
// country and no one in common: "मोदी आज जापान रवाना हुए। … मुर्मू …
// जापान और फिलीपींस का दौरा करेंगी" are two trips to one country.
func otherTraveller(a, b *mention) bool {
	shared, compatriots := false, false
	for _, p := range a.people {
		for _, q := range b.people {
			if p.Name.Hi == "" || q.Name.Hi == "" {
				continue
			}
			if samePerson(p.Participant, q.Participant) {
				shared = true
			} else if p.Country != "" && p.Country == q.Country {
				compatriots = true // two of one country; a host met on arrival is of another
			}
		}
	}
	return compatriots && !shared
}

// tripWithin reports a trip m that names a city or country other than
// the visit under way v does: "… भारत दौरे पर हैं … उनका आगरा दौरा रद्द",
// "… चीन के दौरे पर हैं … अपना भारत दौरा रद्द" are other trips; "… भारत
// के दौरे पर हैं … यह दौरा … रद्द" is that visit, cut short.
func tripWithin(v, m *mention) bool {
	return m.city != "" && m.city != v.city || m.visited != "" && v.visited != "" && m.visited != v.visited
}

// relativeWords open a relative clause about what the clause before it
// told: "…, जो रद्द हो गया", "…, जिसे टाल दिया गया".
var relativeWords = setOf("जो", "जिसे", "जिसको")

// remarkWords are what a negation may deny of an event without calling
// it off: "कोई टिप्पणी नहीं आई", "पुष्टि नहीं हुई".
var remarkWords = setOf("टिप्पणी", "प्रतिक्रिया", "पुष्टि", "घोषणा", "बयान")

// underWayWord is the status word of a visit told under way.
const underWayWord = "दौरे पर हैं"

// onVisitNow reports "दौरे पर हैं" ending at toks[i]: on a visit now.
func onVisitNow(toks []token, i int) bool {
	return i >= 2 && i < len(toks) && visitNouns.has(toks[i-2].key) && toks[i-1].key == "पर" && (toks[i].key == "हैं" || toks[i].key == "है")
}

// thereFor reports "के लिए <place> में हैं" ending at toks[i]: there for
// a purpose, on a visit now ("… बैठक में हिस्सा लेने के लिए रूस में हैं").
func thereFor(toks []token, i int) bool {
	return i >= 4 && i < len(toks) && (toks[i].key == "हैं" || toks[i].key == "है") && toks[i-1].key == "में" && isPlaceWord(toks[i-2].text) &&
		toks[i-3].key == "लिए" && toks[i-4].key == "के"
}

// maxJoinCuts bounds the clauses one sentence is cut into at और: a
// sentence tells a few events, and the work per clause reads the whole
// sentence, so a run-on text of thousands of "… करेंगे और …" must not make
// thousands of clauses.
const maxJoinCuts = 6

// listComma reports a comma at byte i between two names of places
// ("ऑस्ट्रेलिया, जापान और अमेरिका"): a list, not a clause boundary.
func listComma(toks []token, i int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start > i })
	if k > 0 && k < len(toks) && obliqueInfinitives.has(toks[k-1].key) {
		return true // "संबंधों को बहाल करने, … गतिरोध को समाप्त करने पर सहमत हुए": a list of what was agreed
	}
	place := func(t token) bool { return isPlaceWord(t.text) || isCountry(t) }
	if k > 0 && k < len(toks) && place(toks[k-1]) && place(toks[k]) {
		return true
	}
	return k > 0 && k < len(toks) && officeNameList(toks, k)
}

// officeNameList reports a comma before toks[k] between two people told
// by office and name: "अमेरिकी विदेश मंत्री माइक पोम्पियो, रक्षा मंत्री मार्क
// एस्पर मंगलवार को … पहुंचे" is one subject.
func officeNameList(toks []token, k int) bool {
	if _, n := officeAt(toks, k); n == 0 || k+n >= len(toks) || !isNameWord(toks[k+n]) {
		return false
	}
	for j := k - 2; j >= max(0, k-5); j-- {
		if _, n := officeAt(toks, j); n > 0 {
			if j+n > k {
				return false // "विदेश राज्य, मंत्री …": the office runs over the comma
			}
			for _, t := range toks[j+n : k] {
				if !isNameWord(t) {
					return false
				}
			}
			return j+n < k
		}
	}
	return false
}

// frameComma reports a comma at byte i right after a frame that opens
// the clause's event: "सम्मेलन के दौरान, श्री सिंह की … बैठकें होने की
// संभावना है" is one clause.
func frameComma(toks []token, i int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start > i })
	return k > 0 && (toks[k-1].key == "दौरान" || toks[k-1].key == "इतर")
}

// expectedClaim finds a frame that makes what follows its कि only
// expected: "उम्मीद की जा रही है कि", "माना जा रहा है कि", "संभावना जताई
// जा रही है कि", "अटकलें हैं कि", "संभावना है कि". It returns where the
// claim begins (the end of कि) and the frame's words, or -1.
func expectedClaim(toks []token) (int, string) {
	for k, t := range toks {
		if t.key != "कि" || k < 2 {
			continue
		}
		j := k - 1
		if toks[j].key == "है" || toks[j].key == "हैं" {
			j--
		}
		if j >= 0 && (toks[j].key == "रहा" || toks[j].key == "रही" || toks[j].key == "रहे") && j >= 2 && toks[j-1].key == "जा" {
			j -= 2 // "माना जा रहा है", "उम्मीद की जा रही है"
			if j >= 1 && (toks[j].key == "की" || toks[j].key == "जताई" || toks[j].key == "लगाया" || toks[j].key == "लगाए" || toks[j].key == "लगाई") {
				j--
			}
			if j < 0 || !expectWords.has(toks[j].key) && toks[j].key != "माना" {
				continue
			}
		} else if j != k-2 || !expectWords.has(toks[j].key) {
			continue // "संभावना है कि", "अटकलें हैं कि"
		}
		words := make([]string, 0, k+1-j)
		for _, w := range toks[j : k+1] {
			words = append(words, w.text)
		}
		return t.end, strings.Join(words, " ")
	}
	return -1, ""
}

// tellingsDate reports a date set off by a comma right before the
// attribution it frames, whose कि then tells the event: "21 अक्टूबर को,
// एक व्हाइट हाउस अधिकारी ने पुष्टि की कि … शिखर सम्मेलन की योजनाओं को
// रोक दिया गया है" dates the confirming, not the summit.
func tellingsDate(text string, m hindidate.Match, at, s span) bool {
	if m.End > at.start || at.end >= s.end {
		return false
	}
	between := strings.TrimSpace(text[m.End:at.start])
	between = strings.TrimSpace(strings.TrimPrefix(between, "को"))
	if between != "," {
		return false
	}
	t := hindi.Next(text[:s.end], at.end)
	return t.Kind == hindi.Word && t.Text(text) == "कि"
}

// expectWords name an expectation: "उम्मीद की जा रही है", "संभावना है".
var expectWords = setOf("उम्मीद", "संभावना", "अनुमान", "अटकलें", "कयास", "आशा")

// obliqueInfinitives end one item of a list of purposes or things agreed.
var obliqueInfinitives = setOf("करने", "बनाने", "रखने", "लाने", "देने", "बढ़ाने")

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// mentions reads the event mentions of one sentence whose dates are ms.
func (x *extractor) mentions(s span, ms []hindidate.Match) []*mention {
	// One buffer for the tokens of every sentence: nothing keeps them
	// past the sentence.
	x.tokBuf = appendTokens(x.tokBuf[:0], x.text, s.start, s.end)
	sentToks := x.tokBuf
	x.cur, x.curToks = s, sentToks
	defer func() { x.cur, x.curToks = span{}, nil }()
	phrase, outlet, at, hasAttr := sentenceAttribution(x.text, s, sentToks)
	var untold span // a phrase that tells nothing: its dates ("अभी") date no event either
	if hasAttr && containsWord(x.text[at.start:at.end], "कोई") && containsWord(x.text[at.start:at.end], "नहीं") {
		// "… को लेकर अमेरिका ने अभी कोई घोषणा नहीं की है": no one told it
		// ("… ने इसकी पुष्टि नहीं की" is the source that would not).
		untold = at
		phrase, outlet, at, hasAttr = "", "", span{}, false
	}
	x.sentAttr = sentAttr{phrase, outlet, at, hasAttr}
	if !hasAttr && x.prevAttr != "" && len(sentToks) > 1 && sentToks[0].key == "इसके" && (sentToks[1].key == "अनुसार" || sentToks[1].key == "मुताबिक") {
		// "इसके अनुसार": according to the source of the sentence before.
		phrase, outlet, hasAttr = x.prevAttr+" "+x.text[sentToks[0].start:sentToks[1].end], x.prevOutlet, true
	}
	if hasAttr && at.end > at.start {
		x.attrSpans = append(x.attrSpans, at)
	}
	goesOn := false
	if !hasAttr && x.prevAttr != "" && theyTold(sentToks) && brieferSaid(x.prevAttr, x.prevOutlet) {
		// "आधिकारिक सूत्रों ने यह जानकारी दी। उन्होंने बताया कि …":
		// the sources go on.
		phrase, outlet, hasAttr = x.prevAttr, x.prevOutlet, true
		goesOn = true
	}
	opens := hasAttr && speechOpener(x.text, at) && !quoteClosed(x.text[min(at.end, s.end):s.end])
	if !hasAttr && x.prevSpeech && x.prevEnd <= s.start && !strings.Contains(x.text[x.prevEnd:s.start], "\n") {
		// "विदेश सचिव ने कहा, यात्रा की शुरुआत … होगी। शिखर सम्मेलन 24
		// दिसंबर को होगा।": the quote goes on in the next sentence.
		phrase, outlet, hasAttr = x.prevAttr, x.prevOutlet, true
	}
	x.prevSpeech, x.prevEnd = opens, s.end
	x.prevAttr, x.prevOutlet = "", ""
	if hasAttr {
		x.prevAttr, x.prevOutlet = phrase, outlet
	}
	// "साझा बयान में पीएम मोदी ने कहा- दोनों देशों के संबंध … बेहतर हुए हैं":
	// the joint statement is an event, and the day it was said is its;
	// unless what it says tells an event ("दोनों पक्षों ने संयुक्त बयान में
	// कहा कि … बैठक हुई"), whose source it is.
	joint := at.end > at.start && jointStatementIn(x.text[at.start:at.end]) && diplomatic(sentToks) &&
		!slices.ContainsFunc(eventHits(sentToks), func(h hit) bool { return !inSpan(at, sentToks[h.i].start) })
	// "ट्रंप ने संयुक्त प्रेस वार्ता में ऐलान किया कि …": the joint press
	// conference is an event too, whatever it tells, and the day of the
	// telling is its.
	jointPress := at.end > at.start && jointPressIn(x.text[at.start:at.end]) && diplomatic(sentToks)
	var kept []hindidate.Match
	for _, m := range ms {
		if jointPress && m.Start >= at.start && m.Start < at.end {
			kept = append(kept, m)
			continue
		}
		if hasAttr && !joint && tellingsDate(x.text, m, at, s) {
			x.attrSpans = insertSpan(x.attrSpans, span{m.Start, at.end}) // the telling, with its day: no date to infer from
			continue
		}
		if joint || !(m.Start >= at.start && m.Start < at.end) && !inSpan(untold, m.Start) {
			kept = append(kept, m) // a date of the attribution ("ने शुक्रवार को कहा") dates no event
		}
	}
	ms = kept
	hedge := ""
	for _, t := range sentToks {
		if hindi.IsHedge(t.text) {
			hedge = t.text
			break
		}
	}
	expectedFrom, expectedWord := expectedClaim(sentToks) // "उम्मीद की जा रही है कि …"
	// Where the sentence's first pronoun and first दोनों are, read once:
	// each clause asks whether one comes before its end.
	pronounAt, bothAt := s.end, s.end
	for _, t := range sentToks {
		if pronouns.has(t.key) && pronounAt == s.end {
			pronounAt = t.start
		}
		if t.key == "दोनों" && bothAt == s.end {
			bothAt = t.start
		}
	}
	// A sentence of "अगर" or the like tells no event; the people named
	// before the word ("बाइडेन ने … पुतिन को चेतावनी दी कि अगर …") are
	// still those "दोनों नेताओं" of the next sentence means, not those of
	// the supposition.
	ifAt := -1
	if t, bad := firstOf(sentToks, notEventWords); bad {
		ifAt = t.start
	}
	var sentPeopleAll []person // the sentence's people, once read
	sentPeopleAllDone := false
	wholeKnown := -1 // len(x.known) when a unit that is the whole sentence read them
	defer func(prev []person) {
		// The people this sentence names are those "दोनों" and "वे" of the
		// next one refer to; read again if the sentence taught new names
		// since (x.remember).
		ps := sentPeopleAll
		if !sentPeopleAllDone || wholeKnown >= 0 && wholeKnown != len(x.known) {
			ps = people(x.text, sentToks, x.known, x.home, "")
		}
		if ifAt >= 0 {
			if ps = slices.DeleteFunc(slices.Clone(ps), func(p person) bool { return p.end > ifAt }); len(ps) < 2 {
				ps = nil // "दोनों" of the next sentence means two
			}
		}
		if len(ps) > 0 {
			_, toldPast := hasAny(sentToks, beenWords)
			var subject bool
			x.lastPeople, subject = subjectFirst(sentToks, ps)
			if !subject && len(prev) > 0 && !prev[0].counterpart && subjectPronounBefore(sentToks, ps[0].start) {
				// "… भारत पहुंचे. सोमवार को वह … मोदी के साथ … बातचीत
				// करेंगे": the one वह stands for is still who the next
				// sentence's वह is; मोदी is the one met.
				x.lastPeople = append([]person{prev[0]}, ps...)
			}
			for _, p := range ps {
				if p.Country == x.home && p.Name.Hi != "" && !p.homeGuess {
					x.homeNamed = append(x.homeNamed, p)
				}
				if !p.homeGuess {
					// "ब्राजील के राष्ट्रपति जेयर बोलसोनारो … मुख्य अतिथि
					// होंगे" tells no event, but the name says the country
					// of "राष्ट्रपति बोलसोनारो" later, and the office is
					// his when "ब्राजील के राष्ट्रपति" comes alone.
					x.remember(p)
					x.rememberAlias(p)
					if !toldPast && p.Country != "" {
						// Not one of the past ("… के समय अमेरिका के
						// राष्ट्रपति रिचर्ड निक्सन थे").
						x.recordOffice(p)
					}
				}
			}
		}
	}(x.lastPeople)
	if ifAt >= 0 {
		return nil // and it sets the story in no country
	}
	sentBackground := background(sentToks) // once a sentence, not once a clause
	// Where the sentence is set, for the counterparts it names without a
	// country: the country a visit of it goes to, or "X में", or else the
	// last country a visit went to.
	sentVisited, sentVisitedAt := visitedAt(x.text, sentToks)
	sentPlace, sentPlaceName, placed := placeIn(sentToks)
	abroad := sentVisited
	if strings.Contains(x.text[s.start:s.end], "से पहले") {
		// "… देउबा के … भारत दौरे से पहले काठमांडू दौरे पर पहुंची हैं": the
		// sentence is set where one is, not where another is to come.
		if c, _ := visitedFrom(x.text, sentToks, true, true); c != "" {
			abroad = c
		}
	}
	if abroad == "" && placed {
		abroad = sentPlace.Country
	}
	if abroad != "" {
		x.abroad = abroad
	} else {
		abroad = x.abroad
	}
	if _, ok := hasAny(sentToks, sentenceCues); !ok {
		// No word of the sentence starts an event word: none of its
		// clauses tells an event, and they need not be read.
		return nil
	}
	// Clauses, and the dates in each; a clause with several dates splits
	// further between them (units).
	cls := x.unitBuf[:0]
	clauses := x.clauses(s)
	if len(ms) > 1 {
		if _, ok := hasAny(sentToks, correctionWords); ok {
			clauses = []span{s} // a correction is read whole: its right date wins
		}
	}
	var grp []int // the clause each unit comes from
	for ci, c := range clauses {
		var in []hindidate.Match
		for _, m := range ms {
			if m.Start >= c.start && m.Start < c.end {
				in = append(in, m)
			}
		}
		if len(in) == 0 {
			cls = append(cls, unit{span: c})
			grp = append(grp, ci)
			continue
		}
		for _, u := range x.units(c, in) {
			cls = append(cls, u)
			grp = append(grp, ci)
		}
	}
	// A date of the sentence in a clause with no event word dates the
	// sentence's undated event clauses: "विदेश सचिव ने मंगलवार को कहा, …
	// मुलाकात होगी" is not that; but "उन्होंने बुधवार को, यहां, … मुलाकात
	// की" is.
	var spare *hindidate.Match
	var out []*mention
	hits := make([][]hit, len(cls))
	utoks := make([][]token, len(cls))
	var openingPair []string // the countries the first unit names as parties, once read
	openingPairDone := false
	tag := topicTag(x.text, s)
	for k, u := range cls {
		toks := x.tokens(u.start, u.end)
		utoks[k] = toks
		for _, h := range eventHits(toks) {
			if toks[h.i].start < tag {
				continue // "G-20 Summit 2022: …", "PM Modi Bhutan Visit: …": a page's topic tag, no telling
			}
			// "यात्रा की घोषणा करते हुए कहा" is the source speaking; but
			// "साझा बयान में पीएम मोदी ने कहा" speaks in a joint statement,
			// an event of its own.
			if !inSpan(at, toks[h.i].start) || joint && jointStatementAt(toks, h) || jointPress && jointPressAt(toks, h) || h.kind == timeline.Visit && duringAt(toks, h.last) && !x.saidOfThePast(at) {
				// "… ने अपनी दो दिवसीय भूटान यात्रा के दौरान कहा कि …": the
				// speaker's visit, the occasion of what is said, is an
				// event of its own.
				hits[k] = append(hits[k], h)
			}
		}
	}
	// Where the sentence's events are: where a visit goes, "X में", or a
	// city it names.
	sentWhere := sentVisited
	if sentWhere == "" && placed {
		sentWhere = sentPlace.Country
	}
	for _, t := range sentToks {
		if sentWhere != "" {
			break
		}
		if p, ok := lookupPlace(t.text); ok && p.city != "" {
			sentWhere = p.country
		}
	}
	sentDays := visitDays(sentToks)
	// The sentence's own people and status, read once if a clause has
	// none of its own.
	var (
		sentPeople                     []person
		sentPeopleDone, sentStatusDone bool
		sentStatus                     timeline.Status
		sentWord                       string
		sentFromTense                  bool
	)
	ps := x.pendBuf[:0]
	for k, u := range cls {
		hs, htoks := hits[k], utoks[k]
		framesOnly := len(hs) > 0 && !slices.ContainsFunc(hs, func(h hit) bool { return !h.frame })
		borrowed := len(hs) == 0 // the hits are a later unit's, whose verb this one shares
		if (len(hs) == 0 || framesOnly && len(hindi.Verbs(x.text, u.start, u.end)) == 0 && len(people(x.text, htoks, x.known, x.home, "")) > 0) && !u.date.Date.IsZero() {
			// ("इस यात्रा के दौरान वह 2 जून को राजनाथ सिंह और 3 जून को …
			// से मुलाकात करेंगे": a frame is no event of the unit's own,
			// which names whom the verb after is with on its day.)
			// "12 मई को ज़गरेब, 14 मई को ओस्लो और 16 मई को हेग पहुंचना
			// था": the dates of one clause share its last unit's verb.
			last := k
			for last+1 < len(cls) && grp[last+1] == grp[k] {
				last++
			}
			if len(hindi.Verbs(x.text, u.start, u.end)) == 0 {
				last = len(cls) - 1 // a unit without a verb shares the sentence's last one
				// "17 फरवरी को, राष्ट्रपति मैक्रों … मिलेंगे और … हस्ताक्षर
				// करेंगे": or the next one's, when it has a verb and no date.
				for j := k + 1; j < len(cls); j++ {
					if len(hits[j]) > 0 {
						if cls[j].date.Date.IsZero() && len(hindi.Verbs(x.text, cls[j].start, cls[j].end)) > 0 {
							last = j
						}
						break
					}
				}
			}
			if last != k && len(hits[last]) > 0 {
				if mh, ok := mainHit(hits[last], utoks[last]); ok && !mh.frame {
					hs, htoks, borrowed = []hit{mh}, utoks[last], true
				}
			}
		}
		if len(hs) == 0 {
			if !u.date.Date.IsZero() && spare == nil && !(at.end > at.start && u.start < at.end && at.start < u.end) && !reasonClause(x.text, u.start) {
				d := u.date
				spare = &d
			}
			continue
		}
		ps = append(ps, pending{u, hs, htoks, borrowed})
	}
	for _, p := range ps {
		u := p.u
		toks := x.tokens(u.start, u.end)
		if _, bad := hasAny(toks, notEventWords); bad {
			continue
		}
		if maySeeDoing(toks) {
			// "… के साथ वेलकम डिनर के दौरान अनौपचारिक बातचीत करते देखा जा
			// सकता है": the talks one may see are the writer's guess, no
			// event; the gathering they are framed by stands.
			p.hs = slices.DeleteFunc(slices.Clone(p.hs), func(h hit) bool { return talkKinds[h.kind] })
			if len(p.hs) == 0 {
				continue
			}
		}
		verbs := hindi.Verbs(x.text, u.start, u.end)
		negated, hab := false, false
		participle := -1 // the byte offset of a negated participle's verb, which negates no event
		// "यह दौरा … चर्चा के लिए नहीं बल्कि एक बहुपक्षीय कार्यक्रम के लिए
		// है": not for this but for that; the visit stands.
		if k, no := negationAt(toks); no && x.negatedParticiple(toks, k) {
			participle = toks[k+1].start
		} else if no && !x.purposeDenied(toks, k) {
			// "नहीं पहुंच सकेंगे": the layer may not see the verb group
			// whole. But "… प्रधानमंत्री के कोलंबो न आ पाने पर अफसोस जताया"
			// is someone's not coming, which negates no event of the
			// clause told outside it.
			if j, obl := oblNegation(toks, k); !obl || slices.ContainsFunc(p.hs, func(h hit) bool {
				at := p.htoks[h.i].start
				return at >= toks[max(0, k-6)].start && at < toks[j].end
			}) {
				negated = true
			}
		}
		for i := 1; i < len(toks); i++ {
			if toks[i].key == "बार" && (toks[i-1].key == "कई" || toks[i-1].key == "अनेक") {
				hab = true // "कई बार फोन पर संपर्क में रहे हैं": a habit
			}
		}
		hab = hab || ongoingSince(toks)
		for _, v := range verbs {
			if v.Negated && !(v.Start <= participle && participle < v.End) {
				negated = true
			}
			if habitual(x.text, v) {
				hab = true
			}
		}
		if negated && notDoneOnTheVisit(p, toks) {
			negated = false
		}
		// "… मुलाकात करेंगे या नहीं", "… होगी कि नहीं": whether or not, an
		// open question; the event is proposed, not called off.
		whether, remark, unconfirmed := false, false, false
		beforeRemark := -1 // where a remark joined to the event's own verb starts: the status is the event's, before it
		for i := 1; i < len(toks); i++ {
			if toks[i].key == "नहीं" && (toks[i-1].key == "या" || toks[i-1].key == "कि") && i > 1 && !hindi.IsPostposition(toks[i-2].text) {
				whether, negated = true, false
			}
			if toks[i].key == "नहीं" && slices.ContainsFunc(toks[max(0, i-3):i], func(t token) bool { return remarkWords.has(t.key) }) {
				// "… प्रस्तावित यात्रा पर … अभी तक कोई टिप्पणी नहीं आई है":
				// no word came of it, which calls nothing off; nor does the
				// tense of the remark tell the event's ("… पुष्टि नहीं हुई है"
				// leaves a plan told as proposed), unless the event has a
				// verb of its own before it ("… से फोन पर बात की और … कोई
				// टिप्पणी नहीं की").
				negated = false
				unconfirmed = unconfirmed || slices.ContainsFunc(toks[max(0, i-3):i], func(t token) bool { return t.key == "पुष्टि" })
				remarkAt := toks[max(0, i-3)].start
				// The event's own verb joined to the remark: "… से फोन पर बात
				// की और … कोई टिप्पणी नहीं की"; not a participle ("… के बारे
				// में पूछे गए सवाल पर … कोई टिप्पणी नहीं की").
				ownVerb := false
				for _, v := range verbs {
					k := slices.IndexFunc(toks, func(t token) bool { return t.start >= v.End })
					if v.End <= remarkAt && k >= 0 && joinWords.has(toks[k].key) {
						ownVerb, beforeRemark = true, toks[k].start
					}
				}
				remark = remark || !unconfirmed && !ownVerb
			}
		}
		if hab || requested(x.text, sentToks, p.htoks, p.hs, verbs) {
			if hab && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind == timeline.Visit }) {
				if st, _, _, _ := guessStatusOf(x.text, u.span, toks); st == timeline.Postponed || st == timeline.Cancelled {
					x.offOftenAt = u.end // "… की भारत यात्रा कई बार टल चुकी है": no one event, but the plans reported next
				}
			}
			continue
		}
		base := mention{sent: s, clause: u.span, headline: x.headlineLike(s, sentToks), where: sentWhere, text: x.text[u.start:u.end], attrib: phrase, attribGoesOn: goesOn, outlet: outlet, hedge: hedge, hasVerb: len(verbs) > 0 || p.lent}
		if !hasAttr {
			base.attrib, base.outlet = "", ""
		}
		if !u.date.Date.IsZero() {
			d := u.date
			base.date, base.dateOwn = &d, true
			base.others, base.replaced = u.others, u.replaced
		} else if spare != nil {
			base.date, base.dateOwn = spare, true
		}
		status, word, fromTense := guessStatus(x.text, u.span, toks, verbs)
		if beforeRemark > u.start {
			// "… से बात की और राफेल सौदे पर कोई घोषणा नहीं की": the talks'
			// own status, not the remark's word.
			pre := span{u.start, beforeRemark}
			status, word, fromTense = guessStatus(x.text, pre, x.tokens(pre.start, pre.end), hindi.Verbs(x.text, pre.start, pre.end))
		}
		if remark && (status == "" || fromTense || remarkWords.has(word)) {
			continue // "ट्रंप की भारत यात्रा पर व्हाइट हाउस ने कोई टिप्पणी नहीं की": tells no event; "प्रस्तावित यात्रा पर …" keeps its plan
		}
		if j := slices.IndexFunc(cls, func(c unit) bool { return c.start >= u.end }); j >= 0 && len(hits[j]) == 0 && len(utoks[j]) > 0 && isUnfulfilled(toks) &&
			(relativeWords.has(utoks[j][0].key) || containsAny(x.text[u.end:cls[j].start], relativeWords)) && status != timeline.Cancelled && status != timeline.Postponed {
			// "… 20 जनवरी को … दौरा होने वाला था, जो रद्द हो गया", "…, जिसे
			// अब टाल दिया गया है": what the relative clause says of a plan
			// that was to be; not "… मुलाकात की, जिसे पिछले महीने टाल दिया
			// गया था" (held), "…, जो रद्द नहीं हुई है", "…, जिसे रद्द करने की
			// मांग …".
			_, no := hasAny(utoks[j], negationWords)
			_, asked := hasAny(utoks[j], demandWords)
			if st, w, _, _ := guessStatusOf(x.text, cls[j].span, utoks[j]); (st == timeline.Cancelled || st == timeline.Postponed || st == timeline.Rescheduled) && !no && !asked {
				if st == timeline.Rescheduled && !x.dayWithin(cls[j].span) {
					// "… बैठक होनी थी, जो अब अगले साल के लिए पुनर्निर्धारित
					// होगी": a plan to be set again is put off; moved to a
					// day told ("… 20 नवंबर के लिए पुनर्निर्धारित किया गया
					// है"), it is rescheduled.
					st = timeline.Postponed
				}
				status, word, fromTense = st, w, false
			}
		}
		if w, ok := doubtedIn(toks); ok && (status == "" || fromTense) {
			// "… दौरे पर संशय बना हुआ है", "… दौरा अधर में लटक गया है":
			// in doubt, a plan at most; the tense is the doubt's.
			status, word, fromTense = timeline.Proposed, w, false
		}
		if unconfirmed && status == timeline.Confirmed {
			// "… इस मुलाकात की कोई आधिकारिक पुष्टि नहीं की है कि … मिलेंगे":
			// not confirmed, a plan still.
			status, word, fromTense = timeline.Proposed, "पुष्टि नहीं", false
		}
		if status == "" {
			// "ईरान पंहुचे": a misspelt arrival the Hindi layer reads no
			// tense in is past all the same.
			if i := slices.IndexFunc(toks, func(t token) bool { return t.key != t.text && arrivedWords.has(t.key) }); i >= 0 {
				status, word, fromTense = timeline.Held, toks[i].text, true
			}
		}
		if status == "" && readyToHost(toks) {
			// "… शिखर सम्मेलन की मेजबानी करने के लिए पूरा तैयार है": ready
			// to host it, so it is to come. (Ready for talks is a
			// willingness, "… बातचीत के लिए तैयार है, बशर्ते …", no plan.)
			status, word, fromTense = timeline.Announced, "तैयार", true
		}
		base.unfulfilled = isUnfulfilled(toks) && !x.cameAbout(u.end, s.end)
		if _, no := hasAny(sentToks, negationWords); base.date != nil && (base.unfulfilled && prospective(toks) || prospective(wordsAfter(sentToks, base.date.End, 5))) && !no && !x.pastBeside(ms, *base.date) {
			// "… दौरे को रद्द कर दिया है, जो कल से शुरू होने वाला था": the
			// date's own verb may say so, in a clause of its own.
			if d, ok := x.comingDay(*base.date, false); ok {
				base.date = &d
			}
		}
		if base.unfulfilled && (status == timeline.Held || status == "") {
			status, word, fromTense = timeline.Announced, "था", true
		}
		if status == "" && goingTo(toks) {
			status, word, fromTense = timeline.Announced, "जा रही है", true // "मुलाकात होने जा रही है": about to be
		}

		if st, w, ok := invited(toks); ok && (status == "" || status == timeline.Held && fromTense) && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind == timeline.Visit && (!h.frame || invitedFor(p.htoks, h)) }) {
			// "… को भारत की यात्रा करने का न्योता दिया": a visit invited
			// is proposed, one whose invitation is accepted announced;
			// "X के निमंत्रण पर … गए" went, and keeps its tense.
			status, word, fromTense = st, w, false
		}
		if _, w, ok := invited(toks); ok && status == timeline.Held && fromTense && slices.ContainsFunc(p.hs, func(h hit) bool {
			// Not one told as past by its own words ("2019 में … हुए जी-7
			// शिखर सम्मेलन", "पिछले महीने हुई क्वाड बैठक").
			var own *hindidate.Match
			if !u.date.Date.IsZero() && u.date.Start < p.htoks[h.i].start {
				own = &u.date
			}
			past := pastOrDatedFrame(p.htoks, h.i, own) || own != nil && !own.Date.End.After(x.dateline) && hasYear(own.Text) ||
				slices.ContainsFunc(p.htoks[max(0, h.i-6):h.i], func(t token) bool {
					return t.key == "हुए" || t.key == "हुई" || t.key == "हुआ" || t.key == "पिछले" || t.key == "पिछली"
				})
			return h.purpose && (h.kind == timeline.Summit || h.kind == timeline.MultilateralMeeting) && !past
		}) {
			// "… ने जून में … जी -7 शिखर सम्मेलन में भाग लेने के लिए …
			// मोदी को एक विशेष निमंत्रण दिया है": the gathering one is
			// invited to is still to come; the past is the invitation's.
			status, word, fromTense = timeline.Announced, w, false
		}
		if laterNow(toks) && (status == "" || status == timeline.Announced && fromTense) {
			// "जनवरी में … होने वाला क्वाड शिखर सम्मेलन अब साल 2024 में ही
			// बाद में आयोजित किया जाएगा": moved to later, put off.
			status, word, fromTense = timeline.Postponed, "अब … बाद में", false
		} else if heldLater(toks) && (status == "" || status == timeline.Announced && fromTense) {
			status, word, fromTense = timeline.Postponed, "बाद में", false
		}
		if i := finalised(toks); i >= 0 && (status == "" || status == timeline.Held && fromTense) {
			// "… की द्विपक्षीय वार्ता को अंतिम रूप दिया जा चुका है": the
			// talks are fixed, still to come.
			status, word, fromTense = timeline.Announced, "अंतिम रूप", false
		}
		eager := false
		if w, ok := hasAny(toks, eagerWords); status == "" && ok && !negated && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind != timeline.Visit }) {
			// "… से मिलने के लिए उत्सुक हूं": one looking forward to
			// meeting plans it; eager for talks ("बातचीत के लिए उत्सुक
			// हैं") proposes them. A trip looked forward to ("… की यात्रा
			// के लिए उत्सुक हैं") is left to the trip's own telling.
			status, word, fromTense, eager = timeline.Proposed, w, false, true
			if slices.ContainsFunc(p.hs, func(h hit) bool { return meetVerbs.has(h.word) }) {
				status = timeline.Announced
			}
		}
		if status == "" {
			for _, v := range verbs {
				if v.Tense == hindi.Present && strings.Contains(x.text[v.Start:v.End], "रह") && !v.Negated && !passiveAt(toks, v.Start) {
					status, word, fromTense = timeline.Announced, x.text[v.Start:v.End], true // "आ रहे हैं": coming
					if x.takingPlace(p, v, base.date) {
						// "… बातचीत कर रहे हैं और वे … काम कर रहे हैं": the
						// talks' own verb says they are under way.
						status = timeline.Held
						break
					}
				}
			}
		}
		if status == "" {
			for i := 2; i < len(toks); i++ {
				if onVisitNow(toks, i) || thereFor(toks, i) && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind == timeline.Visit && (h.word == "हैं" || h.word == "है") }) {
					status, word, fromTense = timeline.Held, underWayWord, true // on a visit now
				}
			}
		}
		if status == "" {
			// A headline puts its verb first ("26 जून को मिलेंगे राष्ट्रपति
			// ट्रंप से"); "होनी है" is a plan.
			for _, v := range verbs {
				vt := x.text[v.Start:v.End]
				switch {
				case v.Negated:
				case endsSentence(x.text, s) && !strings.Contains(vt, "होनी है") && !strings.Contains(vt, "होना है") && !strings.Contains(vt, "होने हैं"):
					// Only a headline puts its verb anywhere.
				case strings.Contains(vt, "होनी है") || strings.Contains(vt, "होना है") || strings.Contains(vt, "होने हैं"):
					status, word, fromTense = timeline.Announced, vt, true
				case v.Ahead():
					status, word, fromTense = timeline.Announced, vt, true
				case v.Tense == hindi.Past && !base.unfulfilled:
					status, word, fromTense = timeline.Held, vt, true
				}
			}
			if _, ok := hasAny(toks, lastWords); ok && status == "" {
				status, word, fromTense = timeline.Held, "पिछली", true // "उनकी पिछली बैठक"
			}
		}
		if status == "" {
			if !sentStatusDone {
				// Not from a relative clause told after the main one: "वार्ता
				// के बाद, … ने … पर हस्ताक्षर किए, जिसका उद्देश्य … मजबूत
				// करना है" tells talks held.
				main := s
				if k := slices.IndexFunc(sentToks, func(t token) bool { return t.start > u.end && aimAfterComma(x.text, sentToks, t) }); k > 0 {
					main.end = sentToks[k].start
				}
				sentStatus, sentWord, sentFromTense, sentStatusDone = guessStatusOf(x.text, main, x.tokens(main.start, main.end))
			}
			status, word, fromTense = sentStatus, sentWord, sentFromTense
			if status == timeline.Held && base.unfulfilled {
				status = timeline.Announced
			}
		}
		if status == timeline.Announced && fromTense && hasAttr && strings.Contains(x.text[at.start:at.end], "पुष्ट") {
			// "ट्रंप ने शुक्रवार को पुष्टि की कि वह अप्रैल में बीजिंग की
			// यात्रा करेंगे": the plan the source confirms is confirmed.
			for _, q := range hindi.StatusCues(x.text, at.start, at.end) {
				if q.Status == hindi.Confirmed && !q.Negated && !refused(x.text[at.start:s.end]) {
					status, word, fromTense = timeline.Confirmed, x.text[q.Word.Start:q.Word.End], false
					break
				}
			}
		}
		base.status, base.statusWord, base.fromTense = status, word, fromTense
		if base.date != nil && status == timeline.Held && fromTense && base.date.Date.Start.After(x.dateline) && x.forWhatIsAhead(*base.date, u.end) {
			// "… 26 जनवरी को गणतंत्र दिवस समारोह में भाग लेने के लिए भारत
			// आए हैं", told on the 25th: the day is of the ceremony still
			// ahead; the visit has begun, on no day the sentence tells.
			base.forDate, base.date, base.dateOwn = base.date, nil, false
		}
		if base.date != nil && base.date.Date.Ambiguous {
			// "सितंबर में एक शिखर सम्मेलन होगा": the reading the tense
			// points to.
			if alt, ok := base.date.Date.Alternative(); ok {
				ahead := planned(status)
				// "फरवरी में भी उनका दौरा टाल दिया गया था": a trip put off
				// before, told in the pluperfect, is of the past too.
				past := status == timeline.Held || (status == timeline.Cancelled || status == timeline.Postponed) && !base.unfulfilled && pluperfect(x.text, verbs)
				copula := word == "था" || word == "थे" || word == "थी" || word == "थीं"
				if past && copula && base.date.Date.Start.After(x.dateline) && alt.Start.Before(x.dateline.AddDate(0, -9, 0)) && base.date.Date.Start.Before(x.dateline.AddDate(0, 1, 0)) {
					// "वह 16 से 17 जनवरी तक जापान की यात्रा के कारण भी थे"
					// written on 3 January: a day within the month to come
					// that one "was" on was due, not a year ago — a writer
					// gives the year of a day that far back. A verb of the
					// act ("बातचीत हुई") still tells it done.
					base.status, base.fromTense = timeline.Announced, true
					past = false
				}
				if past && containsWord(x.text[u.start:u.end], "रवाना") && !pluperfect(x.text, verbs) && (base.date.Date.End.Sub(base.date.Date.Start) > 36*time.Hour || visitDays(toks) > 1) &&
					base.date.Date.Start.After(x.dateline) && base.date.Date.Start.Before(x.dateline.AddDate(0, 0, 8)) {
					// "29 से 30 अगस्त तक जापान की … यात्रा पर गुरुवार को रवाना
					// हुए", told on the 28th: one set off for the visit's days
					// just ahead, not a year ago; the visit is still to come.
					// A single day with no length told is the setting off
					// ("20 नवंबर को … रवाना हुए थे"), which the past puts
					// before the news; with one ("19 नवंबर को … तीन दिवसीय
					// यात्रा पर रवाना हुए") it is the visit's first.
					base.status, base.statusWord, base.fromTense = timeline.Announced, "रवाना", false
					past = false
				}
				// "पहले जानकारी दी गई थी कि वो 20 अप्रैल तक … करेंगे", on 24
				// April: a plan reported before was to come then; the day
				// nearest the dateline, within months before it.
				reported := reportedBefore(sentToks, u.start) == toldBefore
				earlier := reported && base.date.Date.Start.After(x.dateline) && !alt.Start.After(x.dateline) && alt.Start.After(x.dateline.AddDate(0, -6, 0))
				if base.unfulfilled && base.date.Date.Start.After(x.dateline.AddDate(0, 1, 0)) && !alt.Start.After(x.dateline) && offPluperfect(x.text, hindi.Verbs(x.text, u.end, s.end)) {
					// "… 21 नवंबर को पाकिस्तान जानेवाले थे, लेकिन अपनी यात्रा
					// उन्होंने रद्द कर दी थी", told in August: a plan the rest
					// of the sentence tells called off in the pluperfect was
					// due before the news. A day within the month ahead may
					// be a plan called off in good time.
					earlier = true
				}
				if earlier || !reported && ahead && !base.date.Date.End.After(x.dateline) && alt.End.After(x.dateline) ||
					past && base.date.Date.Start.After(x.dateline) && !alt.Start.After(x.dateline) {
					d := *base.date
					d.Date = alt
					base.date = &d
				}
			}
		}
		if d := base.date; d != nil && !d.Date.Ambiguous && planned(status) && fromTense && !hasYear(d.Text) && hasDigitOrMonth(d.Text) &&
			!d.Date.End.After(x.dateline.AddDate(0, -1, 0)) && reportedBefore(sentToks, u.start) != toldBefore && !base.unfulfilled &&
			!slices.ContainsFunc(verbs, func(v hindi.Verb) bool { return v.Tense == hindi.Past }) {
			// "मोदी जून में जापान जाएंगे" in November: a future told of a
			// month with no year more than a month gone is next year's;
			// the nearest June was read. Not in a clause that tells
			// something done too ("मई में … यात्रा में हुई प्रगति की समीक्षा
			// करेंगे": the date is the visit's, gone by).
			base.date = aYearOn(d)
		}
		if len(verbs) > 0 {
			v := verbs[len(verbs)-1]
			base.past = v.Tense == hindi.Past
			base.plup = pluperfect(x.text, verbs)
			base.present = v.Tense == hindi.Present
		}
		base.background = sentBackground
		base.during, base.duringKind = duringPhrase(toks, len(toks))
		if !base.during && u.start > s.start {
			// "इस यात्रा के दौरान, राष्ट्रपति मैक्रों और … वार्ता होगी":
			// the frame stands before the comma, alone.
			if pre := x.tokens(s.start, u.start); len(pre) > 0 && len(pre) <= 5 && len(hindi.Verbs(x.text, s.start, u.start)) == 0 {
				base.during, base.duringKind = duringPhrase(pre, len(pre))
			}
		}
		if len(sentToks) > 0 && u.start == s.start && relatives.has(sentToks[0].key) {
			base.during = true // "। जहां वह राष्ट्रपति से मुलाकात करेंगी": during the event told just before
		}
		if len(toks) > 0 && u.start > s.start && relatives.has(toks[0].key) && base.during {
			// "… की सितंबर 2023 में नई दिल्ली की राजकीय यात्रा के बाद हो रही
			// है, जिसके दौरान उन्होंने G20 शिखर सम्मेलन में भाग लिया था":
			// during the event named last, not the clause's main one.
			base.duringLast = true
		}
		// Where the unit is set and where its visit goes: a unit that is
		// the whole sentence, as most are, was read above.
		pl, name, ok := sentPlace, sentPlaceName, placed
		vc, vj := sentVisited, sentVisitedAt
		if u.start != s.start || u.end != s.end {
			pl, name, ok = placeIn(toks)
			vc, vj = visitedAt(x.text, toks)
		}
		if ok {
			base.place, base.placeName = pl, name
		}
		base.visited, base.visitedAll = vc, visitedListAt(x.text, toks, vc, vj)
		if b := visitedBesides(x.text, toks, vc, vj); b != "" && !x.toldVisits[b] && !slices.Contains(base.visitedAll, b) {
			// Besides a country no visit was told to before: a leg of
			// the tour; besides one told ("25 मार्च को बांग्लादेश के दौरे पर
			// जाएंगे … बांग्लादेश के अलावा पुर्तगाल और ब्रिटेन के दौरे पर भी
			// जाएंगे"), that visit.
			base.visitedAll = append([]string{b}, base.visitedAll...)
		}
		if vc != "" && u.start > s.start {
			// "तीन अफ्रीकी देशों घाना, आयवरी कोस्ट और नामीबिया की …
			// यात्रा": a list the clause split at a comma runs on in the
			// sentence before it.
			if k := slices.IndexFunc(sentToks, func(t token) bool { return t.start == toks[vj].start }); k >= 0 {
				if l := countryList(x.text, sentToks, k); slices.Contains(l, vc) && len(l) > len(base.visitedAll) {
					base.visitedAll = l
				}
			}
		}
		if base.visited == "" && p.lent && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind == timeline.Visit }) {
			// "… 12 मई को क्रोएशिया की राजधानी ज़गरेब, 14 मई को ओस्लो और 16
			// मई को हेग पहुंचना था": a unit that lends the last one's verb
			// goes to the place it names.
			base.visited, base.visitedAll = stopNamed(x.text, toks, u.date)
		}
		if i := slices.IndexFunc(p.hs, func(h hit) bool { return h.kind == timeline.Visit && ceremonyNouns.has(p.htoks[h.i].key) }); base.visited == "" && i >= 0 {
			// "… नेपाल के प्रधानमंत्री के शपथ ग्रहण समारोह में शामिल होंगे":
			// the ceremony of a leader named before it is in his country;
			// "… गणतंत्र दिवस समारोह में शामिल होंगे", with no place or owner
			// named, is where the report is filed, and a home guest's is
			// then no visit.
			base.visited = ceremonyOwner(p.htoks, p.hs[i].i, people(x.text, p.htoks, x.known, x.home, "")) // rare: the people read here only
			if base.visited == "" {
				base.visited = base.place.Country
			}
			if base.visited == "" {
				// (After the place named: "नई दिल्ली में रूस के राष्ट्रीय
				// दिवस समारोह" is held at home.)
				base.visited = ceremonyCountry(x.text, p.htoks, p.hs[i].i)
			}
			if base.visited == "" {
				base.visited = x.hereCountry()
			}
		}
		if base.visited == "" && cameHere(toks) {
			// "ट्रम्प सपरिवार यहां आए": here is where the report is
			// filed, or the country the story is set in.
			base.visited = abroad
			if base.visited == "" {
				base.visited = x.hereCountry()
			}
		}
		base.abroad = abroad
		if u.start == s.start && u.end == s.end && abroad == "" {
			// The unit is the sentence: read its people once, for it and
			// for the next sentence's pronouns.
			if !sentPeopleAllDone || wholeKnown != len(x.known) {
				sentPeopleAll, sentPeopleAllDone, wholeKnown = people(x.text, sentToks, x.known, x.home, ""), true, len(x.known)
			}
			base.people = slices.Clone(sentPeopleAll)
		} else {
			base.people = people(x.text, toks, x.known, x.home, abroad)
		}
		fromSentence := false // the clause names no one: the sentence's people stand in
		if len(base.people) == 0 {
			if !sentPeopleDone {
				sentPeople, sentPeopleDone = people(x.text, sentToks, x.known, x.home, abroad), true
				if abroad == "" {
					sentPeopleAll, sentPeopleAllDone = sentPeople, true
				}
			}
			base.people, fromSentence = sentPeople, true
		}
		if k := slices.IndexFunc(sentToks, func(t token) bool { return t.end > u.start }); k > 0 && u.start > s.start && (joinWords.has(sentToks[k-1].key) && (stayJoined(sentToks, k-1) || onVisitNow(sentToks, k-2) || visitJoined(sentToks, k-1) && x.goesOnWithVisitor(toks, base.people)) || sentToks[k-1].key == "तो" || sentToks[k].key == "तो") {
			// "पुतिन 25 से 27 नवंबर तक भारत में रहेंगे और प्रधानमंत्री मोदी
			// से मुलाकात करेंगे": the clause after a stay shares its
			// subject, the one who stays.
			if before := people(x.text, x.tokens(s.start, u.start), x.known, x.home, abroad); len(before) > 0 && !slices.ContainsFunc(base.people, func(q person) bool { return q.Country == before[0].Country }) {
				base.people = append([]person{before[0]}, base.people...)
			}
		}
		if u.start == s.start {
			x.officeAsBefore(base.people, sentToks)
		}
		if base.visited == "" && thisCountryVisited(toks) && !slices.ContainsFunc(base.people, func(q person) bool { return !q.counterpart && q.Country == abroad }) {
			// "इससे पहले साल 2015 और फिर 2017 में भी वह इस देश का दौरा कर
			// चुके हैं": the country the story is set in, if not the
			// traveller's own ("मुइज्जू … भारत पहुंचे। मोदी 2019 में इस देश
			// का दौरा कर चुके हैं" is the Maldives, which this leaves open).
			base.visited = abroad
		}
		oneSide := len(base.people) > 0 && !slices.ContainsFunc(base.people, func(q person) bool { return q.Country != base.people[0].Country })
		if u.start > s.start && oneSide {
			// (Only when the clause names one side: "… ने कहा कि … मोदी ने
			// ट्रंप को फोन किया और उन्हें … बधाई दी" called Trump.)
			if teller, ok := x.tellerMeant(s, u.span, toks); ok && !slices.ContainsFunc(base.people, func(q person) bool { return q.Country == teller.Country }) {
				// "… अनवर इब्राहिम ने बताया कि प्रधानमंत्री मोदी ने उन्हें फोन
				// पर … जानकारी दी है": उन्हें is the one who tells, a side.
				teller.counterpart = true
				base.people = append(slices.Clip(base.people), teller)
			}
		}
		// A pronoun in the sentence up to this clause: "वह …, … से मुलाकात करेंगे".
		lastPeople, object := x.lastPeople, []person(nil)
		if pronounAt < u.end && pronounAt >= u.start {
			lastPeople, object = x.clauseSubject(s, u.span, sentToks, pronounAt, abroad)
		}
		if pronounAt < u.end && len(lastPeople) > 0 {
			if len(base.people) == 0 || fromSentence && pronounAt >= u.start && subjectPronounAt(sentToks, pronounAt) && !slices.ContainsFunc(base.people, func(q person) bool { return q.start < u.start }) {
				// "वह दोनों देशों के बीच … वार्ता में शामिल होंगी और … प्रधानमंत्री
				// नरेंद्र मोदी के दौरे के लिए …": the pronoun of a clause that names
				// no one, with no one named before it in its sentence, stands
				// for whom it refers back to, not for one named in a later
				// clause.
				base.people = lastPeople // "दोनों", "वे": the people the pronoun stands for
				if bothAt >= u.end && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind == timeline.MultilateralMeeting || h.kind == timeline.Summit }) &&
					!slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind != timeline.MultilateralMeeting && h.kind != timeline.Summit }) {
					// "… ने … डोंग जुन के साथ बैठक की। वे आसियान … बैठक में
					// भी भाग लेंगे": वे, who attends, is the subject put first,
					// not whom he met.
					base.people = lastPeople[:1:1] // its own: appends below must not write into lastPeople
				}
				if theyTold(sentToks) {
					// "… की जानकारी विदेश सचिव … ने दी। उन्होंने बताया कि आज
					// दोनों नेताओं की … बात हुई": the one who tells is not in
					// what he tells, when others are.
					others := slices.DeleteFunc(slices.Clone(base.people), func(q person) bool {
						return slices.ContainsFunc(tokenize(q.Title.Hi, 0, len(q.Title.Hi)), isBriefer)
					})
					if len(others) > 0 {
						base.people = others
					}
				}
			} else if bothAt >= u.end {
				// "जहां वह राष्ट्रपति … से मुलाकात करेंगी": वह is the one
				// named before.
				base.people = append([]person{lastPeople[0]}, base.people...)
			}
			// "जहां वह उनके साथ …": the one of the sentence before too
			// (people are deduplicated with the draft's participants).
			base.people = append(slices.Clip(base.people), object...)
		}
		if u.start == s.start && pronounAt >= u.end && x.goesOnWithSubject(s, toks, sentToks, base.people) {
			// "इमरान खान … संबोधित करने वाले थे। साथ ही श्रीलंका के
			// राष्ट्रपति … से मुलाकात करने वाले थे": a sentence naming only
			// whom one meets, with no subject, goes on with the subject
			// of the sentence before.
			base.people = append([]person{x.lastPeople[0]}, base.people...)
		}
		var with []string // "रूस, दक्षिण अफ्रीका और चीन के साथ": counterparts
		for k := range toks {
			if l := withCountries(x.text, toks, k); len(l) >= 2 {
				with = append(with, l...)
			}
		}
		for _, c := range countryActors(x.text, toks) {
			if len(base.visitedAll) > 1 && slices.Contains(base.visitedAll, c) {
				continue // "भारत और चीन के बीच तनाव के बीच … दोनों देशों का दौरा": places visited, no actors
			}
			have := false
			for _, pp := range base.people {
				have = have || pp.Country == c
			}
			if !have {
				base.people = append(base.people, person{Participant: timeline.Participant{Country: c}, counterpart: c != x.home && slices.Contains(with, c)})
			}
		}
		if len(base.people) == 0 && u.start > s.start && !gatheringNamed(toks) {
			// "भारत और डेनमार्क शनिवार को … पर सहमत हुए और चार समझौतों पर
			// हस्ताक्षर किए": a clause that names no one is the two
			// countries' the sentence opened with, in its first clause
			// (read once a sentence).
			if !openingPairDone {
				openingPair, openingPairDone = countryActors(x.text, utoks[0]), true
			}
			if len(openingPair) >= 2 {
				for _, c := range openingPair {
					base.people = append(base.people, person{Participant: timeline.Participant{Country: c}})
				}
			}
		}
		// "ब्रिटिश पीएम के अलावा मोदी की … मैक्रों के साथ … बैठक": the one
		// named "besides" is in another event, not this one.
		besides := func(q person) bool {
			return q.end > 0 && q.end <= len(x.text) && strings.HasPrefix(strings.TrimLeft(x.text[q.end:], " "), "के अलावा")
		}
		// "… टेलीफोन बातचीत की जानकारी विदेश सचिव विक्रम मिस्री ने दी":
		// one who briefs on the event, as its source, is not in it.
		briefs := func(q person) bool {
			return hasAttr && q.start >= at.start && q.end <= at.end && slices.ContainsFunc(tokenize(q.Title.Hi, 0, len(q.Title.Hi)), isBriefer)
		}
		if slices.ContainsFunc(base.people, besides) {
			base.people = slices.DeleteFunc(slices.Clone(base.people), besides)
		}
		if others := slices.DeleteFunc(slices.Clone(base.people), briefs); len(others) > 0 && len(others) < len(base.people) {
			base.people = others // not "विदेश सचिव … ने बताया कि वे … ढाका जाएंगे", his own trip
		}
		for _, t := range toks {
			if p, ok := lookupPlace(t.text); ok && p.city != "" {
				base.city = p.city
				break
			}
		}
		base.days = sentDays
		if base.days > 0 && (tourLength(toks, true, base.days) || base.visited != "" && len(base.visitedAll) <= 1 && (tourLength(toks, false, base.days) || tourLength(sentToks, true, base.days))) {
			// "चार यूरोपीय देशों की छह दिवसीय यात्रा के पहले पड़ाव पर सोमवार
			// को जर्मनी पहुंचे", "यह यात्रा … चार दिवसीय दौरे का हिस्सा है":
			// the days are the tour's; the visit to one country is a leg.
			base.days = 0
		}
		if d := visitDays(toks); d == 0 && sentDays > 0 && len(ps) > 1 && visitDays(p.htoks) == 0 {
			// "कल कतर जाएंगे और वहां से वह रविवार को दो दिवसीय यात्रा
			// पर स्विट्जरलैंड जाएंगे": the length is the other clause's.
			base.days = 0
		}
		if upcomingIn(toks) || eager {
			base.upcoming = true // "आगामी", or looked forward to: still to come
			if base.status == "" {
				base.status, base.statusWord, base.fromTense = timeline.Announced, "आगामी", true
			}
		}
		namesHome := func(t token) bool { c, ok := countryCode(t.text); return ok && c == x.home }
		if len(base.people) > 0 && slices.ContainsFunc(p.hs, func(h hit) bool { return h.kind == timeline.Visit && !h.frame }) &&
			(base.visited == x.home || base.visited == "" && slices.ContainsFunc(toks, namesHome)) &&
			(guessedVisitor(base.people, toks, x.home) || base.visited == "" && !slices.ContainsFunc(base.people, func(q person) bool { return !q.homeGuess })) {
			// "नेपाल के विदेश मंत्रालय ने … कहा है कि … विदेश मंत्री
			// नारायणकाजी श्रेष्ठ का भ्रमण रद्द": one who visits here is not
			// of here; the office is of the one foreign country the
			// sentence names (guestCountry).
			if c := x.guestCountry(sentToks); c != "" {
				base.people = slices.Clone(base.people)
				for i := range base.people {
					if base.people[i].homeGuess {
						base.people[i].Country, base.people[i].homeGuess = c, false
					}
				}
			}
		}
		for i, pp := range base.people {
			x.remember(pp)
			if pp.Title.Hi != "" && pp.Country != "" {
				if pp.homeGuess {
					x.guessedOffices[officeKey(pp.Title.Hi)+"|"+pp.Country] = true
				} else {
					x.writtenOffices[officeKey(pp.Title.Hi)+"|"+pp.Country] = true
				}
			}
			if pp.Name.Hi != "" {
				x.recordOffice(pp)
			} else if q, ok := x.offices[officeKey(pp.Title.Hi)+"|"+pp.Country]; ok {
				base.people[i].Name = q.Name // "प्रधानमंत्री" alone: the one named before
			} else if q, ok := x.officeHere(pp, sentToks); ok {
				base.people[i].Participant, base.people[i].homeGuess = q, false
			} else if q, ok := x.counterpartNamed(pp, base.people); ok {
				base.people[i].Participant = q
			}
		}
		callAt, visitAt := -1, -1 // a call that calls a visit off, and that visit
		if ci, vi, ok := x.callingOff(p.htoks, p.hs); ok {
			// "उन्होंने पीएम मोदी को फोन करके अपने दौरे को रद्द करने की
			// सूचना दी": the call is the clause's event; the visit it
			// calls off is the one told before.
			p.hs = slices.Clone(p.hs)
			p.hs[vi].frame = true
			if _, _, placed := placeIn(p.htoks); p.hs[ci].kind != timeline.PhoneCall && !placed {
				// "… ने पीएम मोदी से बात कर … अपना दौरा रद्द करने के
				// लिए खेद प्रकट किया": a visitor who calls the visit off
				// is not there, and talks by phone.
				p.hs[ci].kind, p.hs[ci].generic = timeline.PhoneCall, false
			}
			callAt, visitAt = p.hs[ci].i, p.hs[vi].i
		}
		if vi := slices.IndexFunc(p.hs, func(h hit) bool { return h.arrived && h.frame }); vi >= 0 {
			// "हाल ही में चीन के दौरे पर गईं विदेश मंत्री सुषमा स्वराज ने इस
			// मुलाकात के लिए नींव तैयार की थी": the journey is the clause's
			// event when the only other is one told before that it was for.
			if len(p.hs) == 2 {
				o := &p.hs[1-vi]
				if refersBack(p.htoks, o.i) && (o.purpose || o.last+2 < len(p.htoks) && p.htoks[o.last+1].key == "के" && p.htoks[o.last+2].key == "लिए") {
					// No longer an arrival under way on another event's day.
					p.hs[vi].frame, p.hs[vi].arrived = false, false
					o.frame = true
				}
			}
		}
		mh, _ := mainHit(p.hs, p.htoks)
		if !base.during && slices.ContainsFunc(p.hs, func(h hit) bool { return h.arrived && h.frame && h.kind == timeline.Visit }) {
			// "भूटान की यात्रा पर पहुंचे प्रधानमंत्री नरेंद्र मोदी ने … बैठक
			// की": the visitor's journey frames the clause's event, which
			// happens during the visit.
			base.during, base.duringKind = true, timeline.Visit
		}
		// "दोनों की यह मुलाकात मंगलवार को G20 शिखर सम्मेलन से पहले …
		// हुई": the meeting is the one told before; the day is the
		// summit's it came before.
		toLater := !mh.frame && mh.i >= 1 && (demonstratives.has(p.htoks[mh.i-1].key) || mh.i >= 2 && demonstratives.has(p.htoks[mh.i-2].key)) &&
			slices.ContainsFunc(p.hs, func(h hit) bool { return h.later && h.aside && h.i != mh.i })
		for _, h := range p.hs {
			if h.after && h.i != mh.i {
				base.after, base.afterKind, base.afterAt, base.afterLater = true, h.kind, p.htoks[h.i].start, h.later
				base.afterDays = dayGapAfter(p.htoks, h)
			}
		}
		for _, h := range p.hs {
			twin := h.i != mh.i && twinSummit(p.htoks, h, mh)
			if h.i != mh.i && !h.frame && !twin {
				continue // one event per clause, and its frames
			}
			m := base
			m.kind, m.word, m.generic = h.kind, h.word, h.generic
			m.wordAt = p.htoks[h.i].start
			// "पिछली बैठक में …", and what was done in or during it:
			// "मोदी की पिछली यात्रा के दौरान … हस्ताक्षर किए थे", "… ने
			// पिछली बैठक में … हस्ताक्षर करने से इनकार कर दिया था" (not
			// "पिछली बैठक में हुए समझौतों पर … फिर मिलेंगे", still to come).
			m.earlier = h.i > 0 && lastWords.has(p.htoks[h.i-1].key) ||
				m.past && slices.ContainsFunc(p.hs, func(f hit) bool {
					return f.i != h.i && f.frame && f.i > 0 && lastWords.has(p.htoks[f.i-1].key) && f.last+1 < len(p.htoks) &&
						(p.htoks[f.last+1].key == "में" || f.last+2 < len(p.htoks) && p.htoks[f.last+1].key == "के" && p.htoks[f.last+2].key == "दौरान")
				})
			if h.frame && h.after && h.i != mh.i && m.days > 0 && visitDays(p.htoks[max(0, h.i-4):h.i]) == 0 && visitDays(p.htoks[h.last+1:]) > 0 {
				// "इस यात्रा के पहले … काठमांडू के दो दिवसीय आधिकारिक दौरे
				// पर पहुंचे हैं": the days are the main event's visit's.
				m.days = 0
			}
			if guestWords.has(h.word) {
				// "गणतंत्र दिवस … के मुख्य अतिथि … होंगे": home's day, and a
				// guest from abroad; not "बांग्लादेश के स्वतंत्रता दिवस
				// समारोह में …", another country's, nor "… राज्य के समारोह
				// में मुख्यमंत्री", home's own.
				owner := dayOwner(x.text, p.htoks)
				if owner != "" && owner != x.home || !slices.ContainsFunc(m.people, func(q person) bool { return q.Country != "" && q.Country != x.home && !q.homeGuess }) {
					continue
				}
				if m.visited == "" {
					m.visited = x.home
				}
			}
			if m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting {
				if g := summitLabel(p.htoks, h.i); !bilateralWord.has(g) {
					m.group = g
				}
			}
			if m.kind == timeline.Summit {
				m.label = summitLabel(p.htoks, h.i)
				if twin || h.i == mh.i && slices.ContainsFunc(p.hs, func(o hit) bool { return o.i != mh.i && twinSummit(p.htoks, o, mh) }) {
					// Two summits named in a list are two events; their
					// names keep them apart wherever else they are told.
					m.label, m.listed = summitName(p.htoks, h.i, m.label), true
				}
			}
			// "पोम्पिओ ने सुषमा से बात की और … वार्ता स्थगित करने को लेकर
			// खेद … व्यक्त की": one who speaks to say talks are off speaks
			// by phone, and of the talks told before.
			regrets := h.word == "बात" && u.end < m.sent.end && regretsOff(x.text[u.end:m.sent.end])
			// A report that names no call and tells no gathering anywhere
			// tells talks held by phone: "जयशंकर ने … समकक्षों से बात की",
			// "… से सार्थक वार्ता हुई", in the lockdown of 2020.
			atHome := m.abroad == "" || m.abroad == x.home // no trip under way
			// (A dinner is no call.)
			remote := x.noGathering && m.status == timeline.Held && atHome && !mealWords.has(h.word)
			if (h.word == "बात" || remote && h.generic && h.kind == timeline.BilateralMeeting) && len(p.hs) == 1 && (regrets || atHome && (x.namesCall || remote)) && slices.ContainsFunc(m.people, func(q person) bool { return q.counterpart }) {
				// "बाइडन ने शी चिनफिंग से हाल ही में बात की है" in a report
				// of a call: leaders who "spoke" with no meeting, visit or
				// place told, and no trip under way, were on the phone.
				if _, _, in := placeIn(p.htoks); !in {
					m.kind = timeline.PhoneCall // still generic: "बात" may refer back to the call
					m.generic = m.generic && !regrets
				}
			}
			m.frame = h.i != mh.i && !twin
			if m.kind == timeline.PhoneCall && m.placeName != "" && slices.ContainsFunc(p.hs, func(f hit) bool { return f.agreed }) {
				// "फोन कॉल पर … ने इस्तांबुल में अगले दौर की वार्ता आयोजित
				// करने पर सहमति व्यक्त की": Istanbul is the talks', not the
				// call's.
				m.place, m.placeName = timeline.Place{}, ""
			}
			if !m.frame && m.kind == timeline.Visit {
				if c, ok := stayWithin(p.htoks, h.i); ok && m.place.Country != "" && m.place.Country != c {
					// "थाईलैंड में बिम्सटेक सम्मेलन में हिस्सा लेने के बाद …
					// श्रीलंका में होंगे": the stay is where the frames end.
					after := 0
					for _, f := range p.hs {
						if f.frame && f.i < h.i {
							after = max(after, f.last+1)
						}
					}
					if pl, name, ok := placeIn(p.htoks[min(after, h.i):h.i]); ok && pl.Country == c {
						m.place, m.placeName = pl, name
					}
				}
			}
			if m.frame && h.attended {
				if m.date != nil && m.dateOwn && m.date.Start > p.htoks[h.last].end {
					// "… सम्मेलन में हिस्सा लेने के बाद … चार से छह अप्रैल को
					// श्रीलंका में होंगे": the date told after the frame is the
					// main event's; the gathering attended is before it (or
					// after it: "… में हिस्सा लेने से पहले … 25 नवंबर को रूस
					// में होंगे").
					m.mainDate, m.date, m.dateOwn, m.attendedLater = m.date, nil, false, h.later
				}
				// Its place is in its own words, not the main event's.
				m.place, m.placeName = timeline.Place{}, ""
				if pl, name, ok := placeIn(p.htoks[:h.last+1]); ok {
					m.place, m.placeName = pl, name
				}
			}
			if h.later && h.kind == timeline.Visit && h.i == mh.i && (m.status == timeline.Held && m.fromTense || m.status == "") && m.date == nil && !pluperfect(x.text, verbs) {
				// "नेपाल PM बोले- भारत जाने से पहले ‘होमवर्क’ जरूरी": what is
				// said or done before going tells the going still to come;
				// "… रूस जाने से पहले … चेतावनी दी थी" tells it gone.
				m.status, m.statusWord, m.upcoming = timeline.Announced, "से पहले", true
			}
			m.venue = h.venue
			if m.kind == timeline.Visit && !m.frame && h.last+1 < len(p.htoks) && p.htoks[h.last+1].key == "ने" && m.status == timeline.Announced && m.statusWord != "" && !m.fromTense && !verbAhead(verbs) &&
				statusAfter(x.text, p.htoks[h.last+1].end, m.sent.end, m.statusWord) && (m.date == nil || !m.date.Date.Start.After(x.dateline)) {
				// "2016 में, पीएम मोदी की यात्रा ने … संबंधों को घोषित
				// किया": a visit that did something took place; what it
				// announced is not its status.
				m.status, m.statusWord, m.fromTense = timeline.Held, "ने", true
			}
			if !m.frame && m.date != nil && m.dateOwn {
				// "14 नवंबर को पेरिस पहुंचे विदेश मंत्री … ने 16 नवंबर को …
				// मुलाकात की": the day before the arrival is its; the day
				// after the subject is the main event's.
				for _, f := range p.hs {
					if !f.arrived || m.date.Start > p.htoks[f.i].start {
						continue
					}
					if i := slices.IndexFunc(m.others, func(o hindidate.Match) bool { return o.Start > p.htoks[f.i].start && o.Start < p.htoks[h.i].start }); i >= 0 {
						d := m.others[i]
						m.date = &d
					} else if slices.ContainsFunc(p.hs, func(o hit) bool { return o.kind == timeline.Summit && o.frame && o.i > f.i && o.i < h.i }) {
						// "रविवार को … पहुंचे मोदी ने शिखर सम्मेलन के मौके पर …
						// नेताओं से मुलाकात की": a meeting at the summit is on
						// the summit's days, not the arrival's.
						m.date, m.dateOwn = nil, false
					}
				}
			}
			if !m.frame && m.date != nil && m.dateOwn && len(m.others) == 0 && m.kind != timeline.Visit {
				// "14 सितंबर को होने वाले शिखर सम्मेलन के लिए … फोन पर बात
				// की": the date a participle gives the noun the call is for
				// or about is that noun's; the call has none of its own. (A
				// journey for it is dated by it: datesANoun. What happens
				// during it, "… के दौरान", takes its days.)
				for _, f := range p.hs {
					if f.i != h.i && f.frame && forOrAbout(p.htoks, f.last) && participleDates(p.htoks, *m.date, f.i) {
						m.date, m.dateOwn = nil, false
						if m.status == timeline.Held {
							m.upcoming = false // "होने वाले" was the frame's
						}
						break
					}
				}
			}
			if m.date != nil && m.dateOwn {
				// "जून में होने वाले सम्मेलन से पहले सुषमा 21 अप्रैल को चीन
				// दौरे पर रवाना होंगी": a date told before a frame "X से
				// पहले/के बाद" is the frame's when another follows it, up
				// to the main event's word; the frame's words are no part
				// of where the main event goes.
				for _, f := range p.hs {
					if !f.after || f.i >= mh.i {
						continue
					}
					before, after, ok := frameDates(append([]hindidate.Match{*m.date}, m.others...), p.htoks[f.i].start, p.htoks[f.last].end, p.htoks[mh.i].start)
					if !ok {
						continue
					}
					if h.i == f.i {
						m.date = &before
					} else if !m.frame {
						m.date = &after
						if m.kind == timeline.Visit && f.last+1 < len(p.htoks) {
							if c, all := visitedCountries(x.text, p.htoks[f.last+1:]); c != "" {
								m.visited, m.visitedAll = c, all
							}
						}
					}
				}
			}
			if f, open, ok := laterVisitPhrase(p.htoks, p.hs, mh); ok && (h.i == f.i || h.i == mh.i && !m.frame) {
				x.splitLaterVisit(&m, p.htoks, f, open, h.i == f.i, u)
			}
			if h.arrived && m.date != nil && m.date.Start > p.htoks[h.i].start {
				// "… के लिए चीन पहुंचे विदेश मंत्री … ने मंगलवार को …
				// मुलाकात की": the day after the subject is the main
				// event's; the arrival keeps only a day told before it,
				// and is under way on the main event's.
				m.date, m.dateOwn, m.underWay = nil, false, true
			}
			if h.arrived && m.date == nil {
				m.underWay = true // "दौरे पर आए मुइज्जू ने … मुलाकात की", a day told before
			}
			// "ज़ेलेंस्की से मुलाकात के एक दिन बाद … पुतिन से फोन पर बात
			// की": the one met before the frame word is the frame's
			// counterpart, the one called after it the main event's.
			// ("… के बाद एक साझा बयान जारी किया गया" names none after it:
			// the same sides.)
			if m.frame && h.after {
				at := p.htoks[h.i].start
				before := func(q person) bool { return q.counterpart && q.end <= at }
				after := func(q person) bool { return q.counterpart && q.start >= at }
				if slices.ContainsFunc(m.people, before) {
					m.people = slices.DeleteFunc(slices.Clone(m.people), after)
				}
			}
			if m.frame && h.after && mh.i < h.i {
				// "… उनकी पिछली यात्रा … मोदी के 2017 में इज़राइल दौरे के बाद
				// जनवरी 2018 में हुई थी": the owner told before the frame's
				// word is its traveller, and a date between them its date.
				mainAt, at := p.htoks[mh.i].start, p.htoks[h.i].start
				if k := slices.IndexFunc(m.people, func(q person) bool {
					return q.start > mainAt && q.end <= at && q.end <= len(x.text) && genitiveNext(x.text[q.end:])
				}); k >= 0 {
					ownerEnd := m.people[k].end
					m.people = []person{m.people[k]}
					if c, all := visitedCountries(x.text, x.tokens(ownerEnd, p.htoks[h.last].end)); c != "" {
						m.visited, m.visitedAll = c, all
					}
					dates := slices.Clone(m.others)
					if m.date != nil {
						dates = append(dates, *m.date)
					}
					for _, d := range dates {
						if d.Start >= ownerEnd && d.End <= at {
							m.date, m.dateOwn = &d, true
							if (m.fromTense || m.status == "") && !d.Date.End.After(x.dateline) {
								// what the main event came after was done by then
								m.status, m.statusWord, m.fromTense, m.past, m.upcoming = timeline.Held, "के बाद", false, true, false
							}
							break
						}
					}
				}
			}
			if !m.frame && m.after && m.wordAt < m.afterAt {
				// "यह यात्रा क्राउन प्रिंस मोहम्मद बिन सलमान की सितंबर 2023 में
				// … राजकीय यात्रा के बाद हो रही है": the owner told between
				// the main event's word and the frame's is the frame's.
				owner := func(q person) bool {
					return q.start > m.wordAt && q.end <= m.afterAt && q.end <= len(x.text) && genitiveNext(x.text[q.end:])
				}
				if slices.ContainsFunc(m.people, owner) {
					m.people = slices.DeleteFunc(slices.Clone(m.people), owner)
					if m.date != nil && m.date.Start > m.wordAt && m.date.End <= m.afterAt {
						m.date, m.dateOwn = nil, false // and so is its date ("सितंबर 2023 में")
					}
				}
			}
			if !m.frame && m.after {
				before := func(q person) bool { return q.counterpart && q.start >= p.u.start && q.end <= m.afterAt }
				after := func(q person) bool { return q.counterpart && q.start > m.afterAt }
				if slices.ContainsFunc(m.people, after) && slices.ContainsFunc(m.people, before) {
					m.people = slices.DeleteFunc(slices.Clone(m.people), before)
				}
			}
			m.refers = refersBack(p.htoks, h.i)
			if !m.refers && !m.frame && m.date == nil && m.generic && countedFromBefore(p.htoks, h.i) {
				// "इस शपथ ग्रहण समारोह के ठीक 19 दिन बाद बाइडेन की पीएम
				// मोदी से बात हुई है": talks counted from something told
				// before are the talks told, if of the same sides.
				m.refers, m.counted = true, true
			}
			if !m.refers && !m.frame && !m.dateOwn && firstSinceThen(p.htoks) {
				// "2011 में … शुरुआत हुई थी। इसके बाद पहली बार कोई जर्मन
				// चांसलर भारत आया है": the first since then is the news
				// told again, not an event of the date told before.
				m.refers, m.date = true, nil
			}
			if m.refers && !m.frame && pluperfect(x.text, verbs) && x.lastOne(u.span) {
				// "दोनों के बीच आखिरी मुलाकात … 16 सितंबर को … हुई थी":
				// the last one before the news, not the news told again.
				m.refers = false
			}
			if m.kind == timeline.Visit && !m.frame && aboutTheVisit(p.htoks, h.last) && (m.date == nil || !hasDigit(m.date.Text)) {
				// "आज … दौरे के कार्यक्रम की घोषणा की": a day word is the
				// announcement's, and the visit is the one told before; a
				// printed date ("सोमवार को … 15 से 17 दिसंबर तक होने वाली
				// जापान यात्रा के कार्यक्रम") is the visit's own.
				if i := slices.IndexFunc(m.others, func(o hindidate.Match) bool { return hasDigit(o.Text) }); i >= 0 {
					d := m.others[i]
					m.date, m.dateOwn = &d, true
				} else {
					m.refers, m.date, m.dateOwn = true, nil, false
				}
			}
			m.aside, m.groupDuring = h.aside, h.groupDuring
			if !m.frame && (m.status == timeline.Postponed || m.status == timeline.Cancelled) && x.replanned(&m, p.htoks[h.i].start) {
				// "… लेकिन अब इसे स्थगित करते हुए उन्होंने रविवार-सोमवार को
				// दौरे पर जाने का फैसला किया है": the plan put off is the
				// one told before; this is the new one, still to come.
				m.status, m.statusWord, m.fromTense, m.upcoming = timeline.Announced, "का फैसला किया", false, true
				if m.date != nil {
					if d, ok := x.comingDay(*m.date, true); ok {
						m.date = &d
					}
				}
			}
			if m.frame && !m.refers && (m.kind == timeline.BilateralMeeting || m.kind == timeline.SidelineMeeting) && slices.ContainsFunc(m.people, func(q person) bool { return q.counterpart && q.start >= p.u.start }) {
				// "… विक्रमसिंघे से बुधवार को यहां मुलाकात के दौरान …
				// समझौतों पर हस्ताक्षर किए गए", "… ट्रंप के साथ आज …
				// मुलाकात के बाद एक साझा बयान जारी किया गया": a meeting
				// with someone named is an event, whatever else happens
				// during or after it. Named in the clause: "मुलाकात के दौरान
				// वह …" borrows its people from the meeting told before.
				m.aside = true
			}
			if m.kind != timeline.Visit && !m.frame && m.unfulfilled && whereToAttend(p.htoks, h) {
				if i := slices.IndexFunc(out, func(o *mention) bool {
					return o.sent == m.sent && o.kind == timeline.Visit && (o.status == timeline.Cancelled || o.status == timeline.Postponed)
				}); i >= 0 {
					// "… ब्रुसेल्स का दौरा भी रद्द कर दिया था, जहां पर उन्हें
					// यूरोपीय संघ की बैठक में हिस्सा लेना था": what the trip was
					// for, told with it, no event of its own; its day is the
					// trip's.
					if v := out[i]; v.date == nil && m.date != nil && m.dateOwn {
						v.date, v.dateOwn = m.date, true
					}
					continue
				}
			}
			if m.kind == timeline.Visit && thereFor(p.htoks, h.i) && (m.place.Country == x.home || m.place.Country == "" && m.visited == x.home) &&
				!slices.ContainsFunc(m.people, func(q person) bool { return q.Country != "" && q.Country != x.home }) {
				continue // "जयशंकर … बैठक में हिस्सा लेने के लिए दिल्ली में हैं": at home, no visit; "लावरोव … के लिए भारत में हैं" is one
			}
			if m.kind == timeline.Visit && !m.frame && manyBefore(p.htoks, h.i) {
				continue // "कई देशों के दौरे पर": a habit or a plan of many, not one visit
			}
			if m.kind == timeline.Visit && !m.frame && leadersCame(p.htoks) && slices.ContainsFunc(p.hs, func(o hit) bool { return o.purpose && o.kind != timeline.Visit }) &&
				!slices.ContainsFunc(m.people, func(q person) bool { return q.Name.Hi != "" }) {
				continue // "ये नेता यहां … शिखर सम्मेलन में हिस्सा लेने आये हुए हैं": many guests, no one visit
			}
			if (m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting) && h.i > 0 && businessForums.has(p.htoks[h.i-1].key) {
				continue // "इंडो-नेपाल बिजनेस समिट को भी सम्बोधित करेंगे": a forum of business, no diplomatic gathering
			}
			talksWith := m.kind == timeline.BilateralMeeting || m.kind == timeline.SidelineMeeting || m.kind == timeline.MultilateralMeeting && dialogueWords.has(p.htoks[h.i].key)
			if talksWith && !m.frame && (businessSide(p.htoks, h.i) || separatists(p.htoks, h.i)) {
				continue // "कंपनियों के मुख्य कार्यकारी अधिकारियों के साथ वार्ता": no diplomatic meeting
			}
			if (h.generic || h.kind == timeline.PhoneCall || meetVerbs.has(p.htoks[h.i].key)) && !m.frame && vagueCounterparts(p.htoks, h.i, h.kind == timeline.PhoneCall) && !slices.ContainsFunc(m.people, func(q person) bool {
				if q.start < p.u.start {
					return false
				}
				if q.counterpart && !groupOffices[q.Title.Hi] {
					return true
				}
				// "इटली, इंडोनेशिया, नॉर्वे और पुर्तगाल के नेताओं सहित कई देशों
				// के नेताओं से": the leaders of countries named before the
				// counterparts are someone; "अन्य नेताओं" of the country one
				// is in are not.
				// A span that starts with the office itself ("नेताओं") has its
				// country from the place one is in, not named.
				named := q.Country != "" && q.Country != x.home && q.Title.Hi != "" && !strings.HasPrefix(x.text[q.start:q.end], q.Title.Hi)
				return named && (slices.ContainsFunc(m.people, func(r person) bool { return r.counterpart && r.start >= q.end }) || includedAt(p.htoks, q.end))
			}) {
				continue // "… और अन्य नेताओं से मुलाकात करेंगे": no one to draft a meeting with
			}
			if timeFrameAfter(p.htoks, h.last) && x.sayingThat(u.span, toks) &&
				slices.ContainsFunc(eventHits(tokenize(x.text, u.end, s.end)), func(o hit) bool { return o.kind == m.kind && !o.frame }) {
				// "… ने राष्ट्रपति मुर्मू की … यात्रा से पहले एक विशेष
				// ब्रीफिंग के दौरान 12 फरवरी को कहा कि … नैरोबी की यात्रा
				// करेंगी": the trip the saying was before is the one the कि
				// clause tells; no event of the saying's day. (Talks after
				// which one said something else are their own event.)
				continue
			}
			if !m.frame && deniedReport(p.htoks, h.last) {
				// "… द्विपक्षीय बैठक की संभावना को खारिज किया", "… मुलाकात
				// की खबरों का खंडन किया": a meeting said not to be, never
				// planned.
				continue
			}
			if !m.frame && (pictured(p.htoks, h.last) && !m.dateOwn || themeOf(p.htoks, h.last)) {
				// "… की मुलाकात की तस्वीरों को शेयर किया", "ब्रिक्स सम्मेलन
				// का थीम … है": a picture or the theme of an event, which
				// tells no event.
				continue
			}
			chance := !m.frame && chanceWords.has(ofNoun(p.htoks, h.last)) && verbAfterAhead(verbs, p.htoks[h.last].end)
			if chance && !slices.ContainsFunc(m.people, func(q person) bool { return q.counterpart && q.start >= p.u.start }) {
				// "यह शिखर सम्मेलन … आधिकारिक वार्ता का अवसर प्रदान करेगा":
				// the chance of talks another event will give, not talks
				// of their own. "मुलाकात का मौका मिला" tells them held,
				// and "बाइडेन के साथ वार्ता का मौका मिल सकता है" names them.
				continue
			}
			if m.status == timeline.Confirmed && m.date != nil && !m.frame && !m.date.Date.Start.After(x.dateline) && x.toldDoneAfter(p.htoks[h.last].end, s.end) {
				// "… से बातचीत की पुष्टि करते हुए कहा कि आज सुबह … चर्चा
				// हुई": talks confirmed, then told as done in the कि
				// clause, are held. (Not "… यात्रा की पुष्टि की, जो अगले
				// महीने होगी", nor "… बैठक की पुष्टि की": the verb of
				// confirming is no telling of the event.)
				m.status, m.statusWord = timeline.Held, "पुष्टि"
			}
			if !m.frame && wishWords.has(ofNoun(p.htoks, h.last)) && m.status != timeline.Cancelled && m.status != timeline.Postponed && !x.toldHeldAfter(p.htoks[h.last].end, s.end, m.kind) {
				// "… ने राजनाथ सिंह से मिलने की इच्छा जताई है": a wish to
				// meet, not a meeting held or fixed; unless the sentence
				// goes on to tell it held ("… इच्छा जताई थी और सोमवार को
				// दोनों की मुलाकात हुई").
				m.status, m.statusWord, m.fromTense = timeline.Proposed, ofNoun(p.htoks, h.last), false
			}
			if chance && (m.status == timeline.Announced || m.status == "") {
				// "… पुतिन … से मिलने का अवसर मिलेगा": a chance to meet,
				// not a meeting fixed.
				m.status, m.statusWord, m.fromTense = timeline.Proposed, ofNoun(p.htoks, h.last), false
			}
			if st, w, ok := firstToDo(p.htoks, h.last); ok && !m.frame && (m.status == "" || m.fromTense) {
				if st == timeline.Held && m.date != nil && m.date.Date.Start.After(x.dateline) {
					st = timeline.Announced // "4 दिसंबर को … करने वाले पहले … हैं", told after the report: to come
				}
				// "… पीएम मोदी श्रीलंका की यात्रा करने वाले किसी भी देश के
				// पहले नेता हैं": the first to make it, so it is made; "…
				// पहले प्रधानमंत्री होंगे" is to come.
				m.status, m.statusWord, m.fromTense = st, w, false
			}
			if !m.frame && m.status == timeline.Announced && m.fromTense && expectedFrom >= 0 && p.htoks[h.i].start >= expectedFrom {
				// "उम्मीद की जा रही है कि प्रधानमंत्री … अमेरिका की यात्रा
				// करेंगे", "माना जा रहा है कि … हस्ताक्षर करेंगे": the
				// future is only expected.
				m.status, m.statusWord, m.fromTense = timeline.Proposed, expectedWord, false
			}
			if !m.frame && (m.kind != timeline.AgreementSigning || signWords.has(p.htoks[h.i].key)) && m.kind != timeline.Statement && agreedOn(p.htoks, h.last) && (m.status == "" || m.status == timeline.Held || m.status == timeline.Announced) {
				// "… इतर मिलने के लिए सहमत हो गए", "वार्ता के लिए सहमत हो
				// गए हैं": the sides agreed to meet; the meeting is a plan,
				// whatever the tense of the agreeing.
				m.status, m.statusWord, m.fromTense, m.past, m.upcoming = timeline.Announced, "सहमत", false, false, true
				if m.kind == timeline.AgreementSigning && m.dateOwn && m.date != nil && m.date.End <= p.htoks[h.i].start && !m.date.Date.Start.After(x.dateline) {
					if alt, ok := m.date.Date.Alternative(); ok && alt.Start.After(x.dateline) && !pluperfect(x.text, verbs) {
						// "… 25 दिसंबर को … हस्ताक्षर करने के लिए सहमत हुए हैं":
						// read in the past tense of the agreeing, the day
						// was last year's; the signing agreed to is on the
						// coming one.
						d := *m.date
						d.Date = alt
						m.date = &d
					} else {
						// "दोनों पक्ष बुधवार को समझौते पर हस्ताक्षर करने के
						// लिए राजी हुए थे": the day is the agreeing's; the
						// signing agreed is the one told.
						m.refers, m.date, m.dateOwn = true, nil, false
					}
				}
			}
			if a := x.sentAttr; a.ok && !m.frame && jointPressAt(p.htoks, h) && inSpan(a.at, p.htoks[h.i].start) && (m.status == "" || m.status == timeline.Announced) {
				// "… ने संयुक्त प्रेस वार्ता में ऐलान किया कि …": the press
				// conference the telling was made at has taken place,
				// whatever what was told announces.
				m.status, m.statusWord, m.fromTense = timeline.Held, x.text[a.at.start:a.at.end], false
			}
			if (m.kind == timeline.MultilateralMeeting || m.kind == timeline.Summit) && !m.frame && addressed(p.htoks, h.last) {
				continue // "राजदूत सम्मेलन को करेंगे संबोधित": a speech to a gathering, no event
			}
			if h.generic && !m.frame && manyTalks(p.htoks, h.i, m.date != nil && m.date.Start > p.htoks[h.i].start) {
				if n := timesBefore(p.htoks, h.i); n > 1 && m.dateOwn && m.date != nil && m.date.End <= p.htoks[h.i].start && m.status == timeline.Announced && m.fromTense {
					// "… के बीच 29 और 30 सितंबर को दो बार मुलाकात होगी":
					// meetings to come on the days told, one a day.
					m.times = n
				} else {
					continue // "10 से ज्यादा द्विपक्षीय बैठकें": a count of meetings, not one
				}
			}
			if m.dateOwn && m.date != nil && m.date.Date.Granularity == hindidate.Year && m.date.Date.Start.Before(x.dateline) && pastParticipleDated(p.htoks, m.date.End, p.htoks[h.i].start) ||
				!m.frame && m.dateOwn && m.date != nil && (participleBetween(p.htoks, m.date.End, p.htoks[h.i].start, m.kind == timeline.Visit) || happenedBefore(p.htoks, m.date.End, p.htoks[h.i].start) && !(m.status == timeline.Held && m.fromTense && m.date.Date.Granularity == hindidate.Day) ||
					m.date.Date.Granularity == hindidate.Year && formedBetween(p.htoks, m.date.End, p.htoks[h.i].start)) {
				// "गणतंत्र दिवस परेड में … भारत यात्रा पर आने वाले … ओबामा की
				// आगरा विजिट कैंसिल हो गई है": the date is the participle's,
				// which describes the visitor, not the event; a date told
				// after the participle is the event's ("… आने वाले जापान के
				// प्रधानमंत्री ने सोमवार को … बात की").
				end := m.date.End
				m.date, m.dateOwn = nil, false
				for _, o := range m.others {
					// "… चुनाव के मद्देनजर दोनों नेताओं की मुलाकात 10 दिसंबर
					// को होगी": a date after the event word is its own too.
					after := o.Start >= p.htoks[h.last].end && o.End <= m.clause.end
					if o.Start > end && (o.Start < p.htoks[h.i].start && !participleBetween(p.htoks, o.End, p.htoks[h.i].start, m.kind == timeline.Visit) || after) {
						o := o
						m.date, m.dateOwn = &o, true
						break
					}
				}
			}
			if !m.frame && m.dateOwn && m.date != nil && (m.kind == timeline.BilateralMeeting || m.kind == timeline.PhoneCall || m.kind == timeline.SidelineMeeting || m.generic) &&
				topicDated(p.htoks, *m.date, m.others, p.htoks[h.i].start) {
				// "26 से 28 अक्टूबर तक … आयोजित होने वाले 47वें आसेन समिट पर
				// बातचीत की": the date is the summit's, the talks' topic; not
				// "शुक्रवार को अगले महीने होने वाले … सम्मेलन पर बातचीत
				// करेंगे", whose Friday is the talks'.
				m.date, m.dateOwn = nil, false
			}
			if coming, ok := comingBefore(x.text, p.htoks, h.i); ok && (m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting) && m.status == timeline.Held && m.fromTense {
				// "… आयोजित होने वाले जी20 शिखर सम्मेलन पर चर्चा की": the
				// talks are held, the gathering to come.
				m.status, m.statusWord, m.fromTense, m.upcoming = timeline.Announced, coming, false, true
			}
			if _, ok := comingBefore(x.text, p.htoks, h.i); ok && (m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting) && m.date != nil {
				// "… गुरुवार को अगले महीने होने वाले क्वाड शिखर सम्मेलन पर
				// चर्चा करेंगे": the gathering's date is the one told right
				// before its "होने वाले", not the talks' day.
				all := append([]hindidate.Match{*m.date}, m.others...)
				if i := slices.IndexFunc(all, func(o hindidate.Match) bool {
					return o.End <= p.htoks[h.i].start && topicDated(p.htoks, o, all, len(x.text))
				}); i > 0 {
					d := all[i]
					m.date, m.dateOwn = &d, true
				}
			}
			if m.refers && m.date != nil && m.date.Start >= p.htoks[h.last].end && insideTold(p.htoks, h) {
				// "इस बातचीत में पीएम जॉनसन ने गणतंत्र दिवस समारोह के
				// … निमंत्रण के लिए धन्यवाद दिया": a date after "इस
				// बातचीत में" is of what was said in the talks told before.
				m.date, m.dateOwn = nil, false
			}
			if m.date != nil && !m.frame && x.putOffTo(*m.date) && eventPutOff(p.htoks, m.date.Start) {
				// "दौरे को कथित तौर पर अक्टूबर तक टाल दिया है": October
				// is the new date, not the visit's (nor last October's).
				m.putOffTo, m.date, m.dateOwn = m.date, nil, false
				x.attrSpans = insertSpan(x.attrSpans, span{m.putOffTo.Start, m.putOffTo.End}) // dates no other event either
			}
			if m.date != nil && !m.frame && (m.status == timeline.Postponed || m.status == timeline.Cancelled) && newDateBefore(p.htoks, m.date.Start) {
				// "… दौरा फिलहाल स्थगित किया गया है और उनकी नई तारीख अगले
				// साल तय की जाएगी": next year is the new date's, not the
				// visit's.
				m.putOffTo, m.date, m.dateOwn = m.date, nil, false
				x.attrSpans = insertSpan(x.attrSpans, span{m.putOffTo.Start, m.putOffTo.End})
			}
			if m.refers && m.date != nil && afterBetween(p.htoks, m.date.End, p.htoks[h.i].start) {
				// "नवंबर में चुनावी जीत के बाद … यह … पहली द्विपक्षीय
				// यात्रा होगी": the date is of what the event follows; "यह
				// यात्रा" is the visit told before.
				m.date, m.dateOwn = nil, false
			}
			if m.date != nil && m.dateOwn && nextDayBetween(x.text, m.date.End, p.htoks[h.i].start) {
				// "12 फरवरी की शाम को … पहुंचने की उम्मीद है और अगले दिन …
				// वार्ता होने की उम्मीद है": the day after the date told.
				d := *m.date
				last := d.Date.End.Add(-time.Nanosecond) // the last day the date takes in, of a span too
				d.Date.Start = time.Date(last.Year(), last.Month(), last.Day()+1, 0, 0, 0, 0, last.Location())
				d.Date.End = d.Date.Start.AddDate(0, 0, 1)
				d.Date.Granularity = hindidate.Day
				m.date, m.nextDay = &d, true
			}
			if n := dayGapAfter(p.htoks, h); n > 0 && m.frame && m.date != nil && m.dateOwn && m.date.Date.Granularity == hindidate.Day && m.date.End <= p.htoks[h.i].start {
				// "ट्रंप ने सोमवार को ज़ेलेंस्की से मुलाकात के एक दिन बाद
				// पुतिन से फोन पर बात की": Monday is the call's; the
				// meeting it follows was the day before.
				d := *m.date
				d.Date.Start, d.Date.End = d.Date.Start.AddDate(0, 0, -n), d.Date.End.AddDate(0, 0, -n)
				d.Date.Ambiguous = false
				m.date, m.daysEarlier = &d, n
			}
			if n := dayGapAfter(p.htoks, h); n > 0 && m.frame && m.date == nil {
				m.daysBefore = n // dated from the main event, once it has its day (infer)
			}
			if counted(p.htoks, h.i) && (m.date == nil || window(m.date.Text) && !agoDates(p.htoks, m.date, h.i)) {
				// "पिछले 8 महीनों में पांचवीं मुलाकात" counts, it does not
				// date; "पहली मुलाकात जून 2018 के दौरान हुई थी" is dated,
				// and so is "आठ महीने पहले … पहली बैठक हुई थी", where no
				// "के बाद" makes the offset a gap.
				m.date, m.dateOwn = nil, false
			}
			if m.frame {
				m.after = false
			}
			if !m.frame && toLater {
				m.refers, m.date, m.dateOwn = true, nil, false
			}
			if m.frame && h.later && h.aside && !mh.frame && !pastOrDatedFrame(p.htoks, h.i, m.date) {
				// (A meeting long past before a summit says nothing of the
				// summit still to come: its month, with the clause's tense.)
				longPast := m.date != nil && m.date.Date.End.Before(x.dateline.AddDate(0, 0, -7))
				switch n := dayGapBefore(p.htoks, h); {
				case n > 0 && m.date != nil && m.date.Date.Granularity == hindidate.Day && m.date.Start > p.htoks[h.last].end:
					// "जी-20 शिखर सम्मेलन शुरू होने से एक दिन पहले सोमवार
					// को … बैठक हुई": the summit begins n days after Monday.
					d := *m.date
					d.Date.Start, d.Date.End = d.Date.Start.AddDate(0, 0, n), d.Date.End.AddDate(0, 0, n)
					d.Date.Ambiguous = false
					m.date, m.daysLater = &d, n
				case m.date != nil && toLater:
					// The day is the summit's, still to come.
					if d, ok := x.comingDay(*m.date, false); ok {
						m.date = &d
					}
				case m.date != nil && m.date.Start < p.htoks[h.i].start && slices.ContainsFunc(m.others, func(o hindidate.Match) bool { return o.Start > p.htoks[h.last].end }):
					// "जून में होने वाले सम्मेलन से पहले … 21 अप्रैल को …
					// रवाना होंगी": the date before the frame is its own,
					// the one after it the main event's.
				case m.date == nil || m.date.Start < p.htoks[h.i].start:
					// "सोमवार को जी-20 शिखर सम्मेलन से पहले मुलाकात हुई":
					// the day is the meeting's; the summit comes after
					// it, in the month the meeting dates.
					m.laterFrame, m.laterDays = true, n
					m.date, m.dateOwn = nil, false
				}
				if (m.status == "" || m.status == timeline.Held) && !longPast {
					m.status, m.statusWord, m.fromTense, m.past = timeline.Announced, "से पहले", false, false
				}
			}
			m.purpose = m.frame && h.purpose && !mh.frame && mh.kind == timeline.Visit
			if d := x.purposeOwnDate(&m, p.htoks[h.i].start); d != nil {
				// "22 नवंबर को जी20 शिखर सम्मेलन में भाग लेने के लिए सोमवार को
				// … पहुंचे": the summit's day is the one its phrase takes,
				// not the journey's.
				m.date, m.dateOwn = d, true
			}
			m.framing = h.frame
			if m.purpose && (m.kind == timeline.BilateralMeeting || m.kind == timeline.SidelineMeeting) && !m.generic && !(h.i > 0 && bilateralWord.has(p.htoks[h.i-1].key) && summitHeads.has(p.htoks[h.i].key)) {
				// "… से मिलने के लिए रवाना": the meeting is an event of its
				// own; two countries' summit a visit is for ("द्विपक्षीय
				// शिखर सम्मेलन के लिए मास्को का दौरा") is the visit.
				m.aside = true
			}

			if h.pastStay && !slices.ContainsFunc(m.people, func(q person) bool {
				return q.Name.Hi != "" || q.Country != "" && q.Title.Hi != "" && !groupOffices[q.Title.Hi]
			}) && !slices.ContainsFunc(p.htoks, func(t token) bool { _, ok := x.known[t.text]; return ok }) {
				continue // "200 भारतीय पर्यटक नेपाल में थे": no one named was there
			}
			if m.kind == timeline.Visit && !m.frame && m.visited != "" && m.visited == x.home && len(m.people) > 0 && allHome(m.people, x.home) && !guessedVisitor(m.people, p.htoks, x.home) {
				continue // a tour at home ("तीन दिवसीय गुजरात दौरे") is no diplomatic visit
			}
			if !m.frame && m.kind == timeline.BilateralMeeting && sidelineFrame(toks, p.hs) {
				m.kind = timeline.SidelineMeeting
				if talksAreTheSummit(p.htoks, p.hs, m.people, x.groupNamed) {
					m.kind, m.pairTalks = timeline.Summit, true
				}
			}
			if m.frame {
				m.during, m.duringKind = false, ""
			}
			if m.frame && m.kind == timeline.Visit {
				// "यात्रा के दौरान लेखी विदेश मंत्री … से मुलाकात करेंगी":
				// whom the clause's meeting is with is not on the visit.
				var own []person
				for _, pp := range m.people {
					if !pp.counterpart {
						own = append(own, pp)
					}
				}
				m.people = own
			}
			if whether && !m.frame {
				m.status, m.statusWord, m.fromTense = timeline.Proposed, "या नहीं", false
			}
			var stayers []person // who will not attend the gathering: their trip is off
			if negated && !m.frame {
				switch {
				case (m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting) && attendanceDenied(p.htoks):
					// "अफगानिस्तान, बांग्लादेश और भूटान भी सार्क समिट में
					// हिस्सा नहीं लेंगे", "मोदी … आसियान शिखर सम्मेलन में …
					// व्यक्तिगत रूप से शामिल नहीं हो पाएंगे": some stay away;
					// the gathering goes on, not called off by it.
					// "… नई दिल्ली में होने वाले … शिखर सम्मेलन में शामिल नहीं
					// होने का फैसला किया है": a decision not to attend a
					// gathering told as to come (not "… में हुए सम्मेलन में
					// भाग नहीं लेने का फैसला किया था", one held).
					decided := m.status == timeline.Announced && decidedNotToAttend(p.htoks)
					if m.status != timeline.Announced || !m.fromTense && !decided {
						continue
					}
					stayers = stayingAway(m.people)
					if !containsAny(x.text[s.start:s.end], onlineWords) {
						m.people = nil // those who stay away are no participants; online, they are
					}
				case m.kind != timeline.Visit && (m.status == timeline.Announced || m.status == timeline.Proposed) && !whether && planNamedByDay(x.text, p.htoks, sentToks, h.i, m):
					// "13 दिसंबर को होने वाली बैठक नहीं होगी": the plan named
					// by its day is the event, called off.
					m.status, m.statusWord, m.fromTense = timeline.Cancelled, "नहीं होगी", false
				case m.kind != timeline.Visit && m.status == timeline.Announced && m.fromTense && !whether && !topicBefore(p.htoks, h.i):
					// "राष्ट्रपति ट्रंप के बीच राष्ट्रपति पुतिन की तत्काल
					// भविष्य में कोई बैठक नहीं होगी": no event of its own,
					// but it calls off the one planned before, if any.
					m.status, m.statusWord, m.fromTense, m.denied = timeline.Cancelled, "नहीं होगी", false, true
				case talksOrGathering(m.kind) && couldNotHappen(toks):
					// "G7 summit के दौरान मुलाकात नहीं हो पाई": talks that
					// were to be and could not take place are called off.
					m.status, m.statusWord, m.fromTense = timeline.Cancelled, couldNotWord, false
				case m.kind != timeline.Visit || m.status == timeline.Held:
					continue // "द्विपक्षीय वार्ता नहीं होगी" is no event
				default:
					// "नहीं जाएंगे", "यात्रा नहीं हो सकती": the visit is off.
					m.status, m.statusWord, m.fromTense = timeline.Cancelled, "नहीं", false
				}
			}
			if !m.frame && doneWithout(p.htoks, h) {
				// "… हस्ताक्षर किए बिना व्हाइट हाउस से चले गए": not done.
				m.status, m.statusWord, m.fromTense = timeline.Cancelled, "बिना", false
			}
			if m.kind == timeline.Statement && !statementWords.has(m.word) && !declWords.has(m.word) && !verbAhead(verbs) && !jointRelease(p.htoks, h.i) {
				continue // a release already issued is a source, not an event; a joint communiqué ("संयुक्त विज्ञप्ति") is one
			}
			if n, w := visitDayOrdinal(p.htoks, h.last); n > 1 && m.kind == timeline.Visit && (!m.frame || h.dayOf) && m.date != nil && m.dateOwn && m.date.Date.Granularity <= hindidate.Day {
				// "मोदी की ईरान यात्रा का सोमवार को दूसरा दिन है": the visit
				// began n-1 days before that day, and is under way. "…
				// भारत दौरे के दूसरे दिन मंगलवार की सुबह …": the hour is
				// the day's, not the visit's.
				if d := *m.date; d.Date.End.Sub(d.Date.Start) <= 25*time.Hour {
					if d.Date.Granularity < hindidate.Day {
						y, mo, dd := d.Date.Start.Date()
						d.Date.Start = time.Date(y, mo, dd, 0, 0, 0, 0, d.Date.Start.Location())
						d.Date.End = d.Date.Start.AddDate(0, 0, 1)
						d.Date.Granularity, d.Date.Ambiguous, d.Date.AltStart, d.Date.AltEnd = hindidate.Day, false, time.Time{}, time.Time{}
					}
					d.Date.Start = d.Date.Start.AddDate(0, 0, -(n - 1))
					m.date = &d
					if m.status == "" || m.fromTense {
						m.status, m.statusWord, m.fromTense = timeline.Held, w, false
					}
				}
			}
			if !m.frame && m.dateOwn && m.date != nil && (m.status == timeline.Cancelled || m.status == timeline.Postponed) && m.date.End < p.htoks[h.i].start && toldBeforeThat(tokenize(x.text, m.date.End, p.htoks[h.i].start)) {
				// "अमेरिका ने आज भारत को … अवगत कराया कि वह … होने वाली
				// 2+2 वार्ता … स्थगित कर रहा": the day is the telling's; the
				// talks put off are the ones told before.
				m.refers, m.date, m.dateOwn = true, nil, false
			}
			if !m.frame && m.dateOwn && m.date != nil && (m.status == timeline.Cancelled || m.status == timeline.Postponed) && !m.date.Date.Start.After(x.dateline) && offActDay(p.htoks, m.date.Start, m.date.End, h) {
				// "अमेरिका ने शनिवार को … छठे दौर की वार्ता को टाल दिया":
				// Saturday is the day of the putting off. The talks are
				// those told with days of their own, before or after
				// (build); told nowhere else, they keep the day.
				m.offDay = true
			}
			// "पहले जानकारी दी गई थी कि वो 20 अप्रैल तक भारत का दौरा करेंगे": a
			// plan reported before the report was to come then, not after
			// the dateline; after "… कई बार टल चुकी है" it is a plan put off.
			told := reportedBefore(sentToks, u.start)
			if told != toldBefore || m.frame {
				x.yearByTense(&m, p.htoks, h, verbs)
			}
			x.relativeTense(&m, p.htoks, h, verbs)
			if !m.frame && !m.refers && m.kind == timeline.Visit && m.status == timeline.Announced && m.fromTense && x.planPutOff(told, &m, u.span) {
				m.status, m.statusWord, m.fromTense, m.offPlan = timeline.Postponed, "पहले बताई गई योजना, जो टल गई", false, true
			}
			if m.date != nil && m.dateOwn {
				d := *m.date
				x.reread(&d) // a day anaphor follows its day as read; others are recorded for them
				m.date = &d
			}
			if m.kind == timeline.Visit && m.status != timeline.Cancelled && m.status != timeline.Postponed {
				// A summit one leader cannot attend still takes place;
				// the visit is off.
				if w, ok := unableToAttend(p.htoks); ok {
					m.status, m.statusWord, m.fromTense = timeline.Cancelled, w, false
				}
			}
			if w, ok := since(p.htoks, h.last); ok && m.frame && m.date != nil && hasDigitOrMonth(m.date.Text) && dateOfNoun(p.htoks, m.date.End, h.i) && m.status != timeline.Cancelled && m.status != timeline.Postponed {
				x.heldSince(&m, w)
			}
			m.offByCall = h.i == visitAt
			if m.frame && !m.offByCall && !m.purpose && (m.status == timeline.Cancelled || m.status == timeline.Postponed) && h.last < mh.i && statusOfMain(p.htoks, h.last, mh, m.statusWord) {
				// "… जी-7 शिखर सम्मेलन के बाद … के तय दौरे रद्द कर दिए",
				// "… सम्मेलन के इतर होने वाली बैठक को निरस्त कर दिया": what is
				// called off is the main event; the frame it is told by is
				// not, and its status (and the past the calling off is
				// told in) is for its other tellings to say.
				m.status, m.statusWord, m.fromTense, m.past, m.offLifted = "", "", false, false, true
			}
			if _, ruledOut := hasAny(p.htoks[h.last:], negationWords); m.frame && !m.purpose && m.status == timeline.Proposed && h.last < mh.i && !ruledOut && statusOfMain(p.htoks, h.last, mh, m.statusWord) && (m.date == nil || !m.date.Date.End.Before(x.dateline)) {
				// "… की यात्रा के दौरान … समझौते पर हस्ताक्षर कर सकते हैं",
				// "… शिखर सम्मेलन के इतर … मुलाकात प्रस्तावित है": the hedge
				// is the main event's; the trip or the gathering it is told
				// beside is set, as the tense says. ("… के दौरान … मुलाकात की
				// संभावना नहीं है" rules the main event out, and says
				// nothing of the frame.)
				m.status, m.fromTense = timeline.Announced, true
			}
			if m.offByCall {
				// The visit called off is one told before, and the
				// clause's date is the call's.
				m.refers, m.date, m.dateOwn = true, nil, false
			}
			if (h.i == callAt || callAt >= 0 && h.kind == timeline.PhoneCall && h.i != visitAt) && (m.status == timeline.Cancelled || m.status == timeline.Postponed) {
				// The call that calls the visit off took place, or is to.
				m.status, m.statusWord, m.fromTense = timeline.Announced, "", true
				ahead := m.date != nil && m.date.Date.Start.After(x.dateline)
				if i := slices.IndexFunc(verbs, func(v hindi.Verb) bool { return v.Tense == hindi.Past }); i >= 0 && !ahead {
					m.status, m.statusWord = timeline.Held, x.text[verbs[i].Start:verbs[i].End]
				}
			}
			if _, coming := hasAny(toks, aheadWords); m.kind == timeline.Visit && !m.frame && m.status == timeline.Held && m.fromTense && m.upcoming && !coming {
				// "जापान में होने वाली एससीओ समिट में … हिस्सा लेने … टोक्यो
				// पहुंच गए हैं": what is to come ("होने वाली") is the
				// gathering; the journey is done.
				m.upcoming = false
			}
			if !m.hasVerb && talksOrGathering(m.kind) && m.status == timeline.Held && (visitVerbs.has(m.statusWord) || reachWords.has(m.statusWord)) {
				// "बिम्सटेक बैठक, काठमांडू पहुंचीं सुषमा": a headline's
				// gathering without a verb of its own is not held by the
				// journey to it; it is what the journey is for, to come.
				m.status, m.fromTense, m.past = timeline.Announced, true, false
			}
			if m.purpose && m.status == timeline.Held && !agentAfterJourney(p.htoks, mh) {
				// "बैठक में शामिल होने के लिए … रवाना हो गई है", "… से
				// मिलने के लिए रवाना": the journey is done, what it is for
				// is still to come. But one who went to attend and is told
				// doing something there ("चोगम सम्मेलन में हिस्सा लेने गए
				// विदेश मंत्री … ने … अफसोस जताया") is at it: it is under way.
				m.status, m.statusWord, m.fromTense = timeline.Announced, "के लिए", true
				m.past = false
			}
			if m.kind == timeline.Visit && !m.frame && !m.offPlan && (m.status == timeline.Postponed || m.status == timeline.Cancelled) {
				// "… ने … पाकिस्तान दौरे को अगले महीने तक के लिए टाल दिया है।
				// … ने पिछले सप्ताह कहा कि कैरी इस महीने के आखिरी सप्ताह में
				// … दौरा करेंगे": the plan reported next is the one put off.
				x.offAt, x.offVisited = m.clause.end, m.visited
			}
			if m.status == timeline.Held && m.fromTense && m.date != nil && (strings.HasSuffix(strings.TrimSpace(m.date.Text), "तक") || strings.HasPrefix(strings.TrimSpace(x.text[m.date.End:min(len(x.text), m.date.End+12)]), "तक")) && m.date.Date.Start.After(x.dateline.AddDate(1, 0, 0)) {
				// "… से बात की और उन्हें … 2036 तक राष्ट्रपति बने रहने की
				// बधाई दी": a limit years ahead in a clause told done is
				// what it speaks of, not when it was done.
				m.date, m.dateOwn = nil, false
			}
			mm := m
			out = append(out, &mm)
			if v, ok := x.tripOff(m, stayers); ok {
				// "शी के साथ-साथ … पुतिन भी भारत में होने वाले शिखर सम्मेलन में
				// शामिल नहीं होंगे": the gathering goes on, and the trip of
				// each who stays away is called off, as editors draft it.
				out = append(out, v)
			}
		}
	}
	x.unitBuf, x.pendBuf = cls[:0], ps[:0]
	x.butCalledOff(clauses, out)
	return out
}

// contrastWords open a clause that turns the one before: "… होना था,
// लेकिन टल गया".
var contrastWords = setOf("लेकिन", "मगर", "परंतु", "परन्तु", "किंतु", "किन्तु")

// reasonWords end a reason before the verb: "… कारणों से", "… के कारण",
// "… की वजह से", "… के चलते".
var reasonWords = setOf("कारण", "कारणों", "वजह", "चलते")

// gatheringNamed reports a clause that names a group's gathering ("…
// ब्रिक्स शिखर सम्मेलन होगा", "क्वाड बैठक"): the sentence's opening pair
// is not its parties.
func gatheringNamed(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool {
		return groupWords.has(t.key) && t.key != "संगठन" && t.key != "मंत्रिपरिषद"
	})
}

// bareSubjects may stand before the verb of a contrast clause that names
// nothing new: "लेकिन अब यह टल गया है".
var bareSubjects = setOf("यह", "वह", "ये", "वे", "इसे", "उसे", "इसको", "उसको", "अब", "फिर", "भी", "तो", "बाद", "में", "उसका", "इसका", "उनका", "से")

// butCalledOff calls off the events of a sentence's clauses before a
// clause that opens with a contrast and names no event of its own:
// "2+2 डायलॉग 6 दिसंबर को … होना था, लेकिन टल गया". Events the clause
// names ("लेकिन दौरा रद्द कर दिया गया") are read by their own mentions.
func (x *extractor) butCalledOff(clauses []span, out []*mention) {
	for ci, c := range clauses {
		if ci == 0 {
			continue
		}
		toks := x.tokens(c.start, c.end)
		if len(toks) == 0 {
			continue
		}
		// The clause split may leave the conjunction between clauses.
		if between := x.tokens(clauses[ci-1].end, c.start); !contrastWords.has(toks[0].key) && !slices.ContainsFunc(between, func(t token) bool { return contrastWords.has(t.key) }) {
			continue
		}
		// "लेकिन टल गया", "लेकिन अब इसे स्थगित कर दिया गया है"; and "लेकिन
		// अब इसे स्थगित करते हुए उन्होंने रविवार-सोमवार को दौरे पर जाने का
		// फैसला किया है", where the event told after the calling off is
		// the new plan: the words before the cue say whose it is.
		hs := eventHits(toks)
		for _, q := range hindi.StatusCues(x.text, c.start, c.end) {
			if q.Negated || q.Status != hindi.Cancelled && q.Status != hindi.Postponed {
				continue
			}
			from := 0 // past a reason: "लेकिन अपरिहार्य कारणों से टल गई", "खराब मौसम के कारण"
			for j, t := range toks {
				if t.end <= q.Start && reasonWords.has(t.key) {
					from = j + 1
				}
			}
			if slices.ContainsFunc(toks[from:], func(t token) bool { return t.end <= q.Start && !contrastWords.has(t.key) && !bareSubjects.has(t.key) }) {
				break // "लेकिन संसद का सत्र टल गया है": something else is put off
			}
			if slices.ContainsFunc(hs, func(h hit) bool { return toks[h.i].start < q.Word.End }) {
				break
			}
			if len(toks) > 6 && !cueIsVerb(toks, q.Word.End) {
				// "लेकिन अब इसे स्थगित करने की मांग उठने लगी है", "लेकिन इसे
				// रद्द करने की खबरें गलत हैं": a demand or a rumour of
				// calling off, not the calling off.
				break
			}
			st := timeline.Cancelled
			if q.Status == hindi.Postponed {
				st = timeline.Postponed
			}
			for _, m := range out {
				if m.clause.end <= c.start && !m.frame && m.status != timeline.Cancelled && m.status != timeline.Postponed && m.status != timeline.Held {
					m.status, m.statusWord, m.fromTense = st, x.text[q.Word.Start:q.Word.End], false
				}
			}
			break
		}
	}
}

// cueIsVerb reports a status cue ending at byte end that is the clause's
// verb ("स्थगित कर दिया गया है", "रद्द करते हुए", "टल गया"), not the
// object of a demand or a rumour ("स्थगित करने की मांग"), in a clause
// that denies nothing ("… की अटकलों को खारिज कर दिया").
func cueIsVerb(toks []token, end int) bool {
	for _, t := range toks {
		if denialWords.has(t.key) {
			return false
		}
	}
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= end })
	if k < 0 {
		return true
	}
	if w := toks[k].key; w == "करने" || w == "होने" || w == "किए" && k+1 < len(toks) && toks[k+1].key == "जाने" {
		return false
	}
	return true
}

// denialWords deny what a clause tells: "खबरें गलत हैं", "अटकलों को
// खारिज कर दिया".
var denialWords = setOf("खारिज", "गलत", "इनकार", "इंकार", "अफवाह", "अफवाहों", "अटकल", "अटकलों", "अटकलें", "मांग")

// pending is a unit of a sentence with its event words, for mentions.
type pending struct {
	u     unit
	hs    []hit
	htoks []token // the tokens hs index: the unit's, or those of the unit it borrows its verb from
	lent  bool    // hs are another unit's: the verb is that unit's
}

// callingOff finds a call told as the means ("फोन करके", "से बात कर")
// of calling one's own visit off ("अपने दौरे को रद्द करने की सूचना दी",
// "अपना दौरा रद्द करने के लिए खेद प्रकट किया"): the indices in hs of the
// call and of the visit. A demand to call a visit off ("… से बात कर
// प्रधानमंत्री का दौरा रद्द करने की मांग की") is not one.
//
// The visit may come first, as the call's topic, anyone's: "अपना दौरा
// रद्द करने पर उन्होंने प्रधानमंत्री से टेलीफोन पर बातचीत की".
func (x *extractor) callingOff(toks []token, hs []hit) (call, visit int, ok bool) {
	call, visit = -1, -1
	for j, h := range hs {
		isCall := h.kind == timeline.PhoneCall || toks[h.i].key == "बात"
		switch {
		case call < 0 && visit < 0 && isCall && h.last+1 < len(toks) && conjunctiveDo.has(toks[h.last+1].key):
			call = j
		case call < 0 && visit < 0 && isCall && toks[h.i].key == "बात" && h.last+2 < len(toks) && toks[h.last+1].key == "की" && toks[h.last+2].key == "और":
			call = j // "पोम्पिओ ने सुषमा से बात की और … वार्ता स्थगित करने को लेकर खेद … व्यक्त की"
		case call >= 0 && h.kind == timeline.Visit && ownBefore(toks, h.i) && x.callOffAfter(toks, h.i):
			return call, j, true
		case call >= 0 && (h.kind == timeline.BilateralMeeting || h.kind == timeline.Visit) && x.callOffAfter(toks, h.i) && topicAfter(toks, h.i):
			return call, j, true
		case call < 0 && visit < 0 && h.kind == timeline.Visit && x.callOffAfter(toks, h.i) && topicAfter(toks, h.i):
			visit = j
		case visit >= 0 && isCall:
			return j, visit, true
		}
	}
	return -1, -1, false
}

// insideTold reports the event word of h told again with a demonstrative
// as the frame of what was said in it: "इस बातचीत में", "इस मुलाकात के
// दौरान".
func insideTold(toks []token, h hit) bool {
	if h.i == 0 || !demonstratives.has(toks[h.i-1].key) || h.last+1 >= len(toks) {
		return false
	}
	n := toks[h.last+1].key
	return n == "में" || n == "के" && h.last+2 < len(toks) && toks[h.last+2].key == "दौरान"
}

// topicAfter reports the infinitive after the visit word at toks[i] made
// a topic by a postposition: "रद्द करने पर", "रद्द करने को लेकर", "रद्द
// करने के बारे में".
func topicAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].key != "करने" || k+1 >= len(toks) {
			continue
		}
		switch n := toks[k+1].key; {
		case n == "पर":
			return true
		case n == "को" && k+2 < len(toks) && toks[k+2].key == "लेकर":
			return true
		case n == "के" && k+2 < len(toks) && (toks[k+2].key == "बारे" || toks[k+2].key == "संबंध" || toks[k+2].key == "सिलसिले"):
			return true
		}
	}
	return false
}

// callOffAfter reports a cancellation or postponement in the infinitive
// (the Hindi layer's status cues) within the three words after the visit
// word at toks[i] ("दौरे को रद्द करने", "दौरा स्थगित करने"), not followed
// by a demand.
func (x *extractor) callOffAfter(toks []token, i int) bool {
	last := min(len(toks)-1, i+3)
	for _, q := range hindi.StatusCues(x.text, toks[i].end, toks[last].end) {
		if q.Negated || q.Status != hindi.Cancelled && q.Status != hindi.Postponed {
			continue
		}
		k := slices.IndexFunc(toks, func(t token) bool { return t.start >= q.Word.End })
		if k < 0 || !infinitiveDo.has(toks[k].key) {
			continue
		}
		for _, t := range toks[k:min(len(toks), k+5)] {
			if demandWords.has(t.key) {
				return false
			}
		}
		return true
	}
	return false
}

// ownBefore reports "अपना", "अपने" or "अपनी" among the three words before
// toks[i]: "अपना अमेरिका दौरा", "अपनी अगले महीने की यात्रा".
func ownBefore(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if k := toks[j].key; k == "अपना" || k == "अपने" || k == "अपनी" {
			return true
		}
	}
	return false
}

var (
	conjunctiveDo = setOf("कर", "करके", "करते")
	infinitiveDo  = setOf("करने", "किए", "किये")
	demandWords   = setOf("मांग", "माँग", "अपील", "आग्रह", "अनुरोध")
)

// unableToAttend reports "आने में असमर्थता जताई" (unable to come), "भाग
// लेने में असमर्थ": a visit or attendance called off. Only after a verb of
// attending: "आतंकवाद पर लगाम लगाने में असमर्थता" calls nothing off.
func unableToAttend(toks []token) (string, bool) {
	for i := 2; i < len(toks); i++ {
		if toks[i].key != "असमर्थता" && toks[i].key != "असमर्थ" {
			continue
		}
		j := i - 1
		if toks[j].key == "अपनी" || toks[j].key == "अपना" {
			j-- // "जाने में अपनी असमर्थता"
		}
		if j < 1 || toks[j].key != "में" {
			continue
		}
		v := toks[j-1].key
		switch {
		case goInfinitives.has(v):
			return toks[i].text, true
		case v == "होने" && j >= 2 && (toks[j-2].key == "शामिल" || toks[j-2].key == "मौजूद" || toks[j-2].key == "उपस्थित"),
			v == "लेने" && j >= 2 && (toks[j-2].key == "भाग" || toks[j-2].key == "हिस्सा"):
			return toks[i].text, true
		}
	}
	return "", false
}

// onlineWords tell taking part from afar: "ऑनलाइन ही भाग लेंगे".
var onlineWords = setOf("ऑनलाइन", "वर्चुअल", "वर्चुअली", "कॉन्फ्रेंसिंग")

// ceremonyOwner returns the country of the one whose ceremony toks[i] is,
// named right before it with के: "नेपाल के प्रधानमंत्री के शपथ ग्रहण
// समारोह", "ट्रंप के शपथ ग्रहण समारोह"; or "".
func ceremonyOwner(toks []token, i int, ps []person) string {
	best, at := "", -1
	for _, q := range ps {
		if q.Country == "" || q.end > toks[i].start {
			continue
		}
		k := slices.IndexFunc(toks, func(t token) bool { return t.start >= q.end })
		if k < 0 || k >= i || toks[k].key != "के" || i-k > 4 {
			continue
		}
		if q.end > at {
			best, at = q.Country, q.end
		}
	}
	return best
}

// statusOfMain reports the word of a status (word: one that calls off, or
// a hedge) after the main event mh, not between the frame ending at
// toks[frameEnd] and it: the main event's status, not the frame's.
func statusOfMain(toks []token, frameEnd int, mh hit, word string) bool {
	first, _, _ := strings.Cut(word, " ")
	if first == "" {
		return false
	}
	for k := frameEnd + 1; k < mh.i; k++ {
		if toks[k].text == first {
			return false
		}
	}
	for k := mh.last + 1; k < len(toks); k++ {
		if toks[k].text == first {
			return true
		}
	}
	return false
}

// ceremonyCountry returns the country whose ceremony toks[i] is, named
// before the last की or के of the four words before it: "रूस की विक्ट्री
// डे परेड"; or "".
func ceremonyCountry(text string, toks []token, i int) string {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].key == "की" || toks[k].key == "के" {
			if c, _, ok := countryBefore(text, toks, k); ok {
				return c
			}
			return ""
		}
	}
	return ""
}

// stayingAway returns the people of a gathering's telling who stay away:
// those named or by office, not met.
func stayingAway(ps []person) []person {
	var out []person
	for _, p := range ps {
		if !p.counterpart && p.Country != "" && (p.Name.Hi != "" || p.Title.Hi != "") {
			out = append(out, p)
		}
	}
	return out
}

// tripOff returns the visit, called off, of those who stay away from the
// gathering m abroad: to the country it is held in, dated as it is. None
// when the gathering's country is unknown or theirs.
func (x *extractor) tripOff(m mention, stayers []person) (*mention, bool) {
	if len(stayers) == 0 {
		return nil, false
	}
	venue := m.place.Country
	if venue == "" {
		venue = m.where
	}
	stayers = slices.DeleteFunc(slices.Clone(stayers), func(p person) bool { return p.Country == venue }) // one of its own country goes nowhere
	if venue == "" || len(stayers) == 0 {
		return nil, false
	}
	v := m // a copy: its people, places and date are set anew below or shared read-only
	v.kind, v.generic, v.group, v.label, v.listed = timeline.Visit, false, "", "", false
	v.status, v.statusWord, v.fromTense = timeline.Cancelled, "नहीं", false
	v.people = stayers
	v.visited, v.visitedAll = venue, []string{venue}
	v.during, v.duringKind = true, m.kind // dated as the gathering is
	v.tripOff = true
	return &v, true
}

// attendanceDenied reports taking part negated: "हिस्सा नहीं लेंगे", "भाग
// नहीं लेगा", "शामिल नहीं होंगे".
func attendanceDenied(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		k, n, v := toks[i].key, toks[i+1].key, toks[i+2].key
		if n == "नहीं" && ((k == "हिस्सा" || k == "भाग") && strings.HasPrefix(v, "ले") || k == "शामिल" && strings.HasPrefix(v, "हो")) {
			return true
		}
	}
	return false
}

// mergeTripsOff joins the trips called off of one traveller to one
// gathering, told more than once: "शी जिनपिंग … जी20 शिखर सम्मेलन में शामिल
// नहीं होंगे" in the headline and "… शामिल नहीं होने का फैसला किया है"
// below are one trip. (Each telling is a story of its own: a trip dated as
// its gathering joins no other in build.)
func mergeTripsOff(ss []*story) []*story {
	onlyOff := func(s *story) bool {
		return s.kind == timeline.Visit && !slices.ContainsFunc(s.ms, func(m *mention) bool { return !m.tripOff })
	}
	out := ss[:0]
	var offs []*story
	for _, s := range ss {
		if onlyOff(s) {
			near := offs[max(0, len(offs)-backWindow):] // the last few: linear in the text
			if k := slices.IndexFunc(near, func(o *story) bool {
				return o.first.visited == s.first.visited && o.first.duringKind == s.first.duringKind && travellersWithin(s, o) && (o.when == s.when || o.when.IsZero() || s.when.IsZero())
			}); k >= 0 {
				o := near[k]
				o.ms = append(o.ms, s.ms...)
				o.end = max(o.end, s.end)
				if o.when.IsZero() {
					o.when, o.wnotes, o.dated, o.inferred = s.when, s.wnotes, s.dated, s.inferred
				}
				continue
			}
			offs = append(offs, s)
		}
		out = append(out, s)
	}
	return out
}

// travellersWithin reports trip b's named people all among a's, so that
// b may join a with no one lost (a is drafted with its own people): "शी
// जिनपिंग … नहीं होने का फैसला किया है" within the headline's "शी जिनपिंग …
// नहीं होंगे"; not "पुतिन और शी जिनपिंग … नहीं होंगे".
func travellersWithin(b, a *story) bool {
	named := false
	for _, m := range b.ms {
		for _, p := range m.people {
			if p.Name.Hi == "" {
				continue
			}
			named = true
			if !slices.ContainsFunc(a.ms, func(o *mention) bool {
				return slices.ContainsFunc(o.people, func(q person) bool { return samePerson(q.Participant, p.Participant) })
			}) {
				return false
			}
		}
	}
	return named
}

// decidedNotToAttend reports "शामिल नहीं होने का फैसला", "हिस्सा नहीं लेने
// का निर्णय": a decision not to attend.
func decidedNotToAttend(toks []token) bool {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].key == "नहीं" && (toks[i+1].key == "होने" || toks[i+1].key == "लेने") && toks[i+2].key == "का" && (toks[i+3].key == "फैसला" || toks[i+3].key == "निर्णय") {
			return true
		}
	}
	return false
}

// goInfinitives are the oblique infinitives of coming and going: "आने",
// "जाने", "पहुंचने". ("शामिल होने" and "भाग लेने" are read with their
// noun: "सहमत होने में असमर्थ" is no absence.)
var goInfinitives = setOf("आने", "जाने", "पहुंचने", "पहुँचने")

// requestWords ask for an act: "अपील की कि", "आग्रह किया कि".
// "कहा कि … मुलाकात करें" may tell a possibility ("संभव है कि"), so
// a verb of saying is one only with one told ("मोदी से कहा").
var requestWords = setOf("अपील", "आग्रह", "अनुरोध", "निवेदन", "गुजारिश", "गुज़ारिश", "सुझाव", "सलाह", "आह्वान", "चाहते", "चाहता", "चाहती")

// requested reports an event only asked for: its verb a request ("करें",
// "मिलें") in a कि clause after a word of asking — "मोदी ने पुतिन से अपील
// की कि वो जेलेंस्की से सीधे बात करें". Nothing is planned, and nothing
// was held.
func requested(text string, sentToks, htoks []token, hs []hit, verbs []hindi.Verb) bool {
	if len(hs) == 0 || len(htoks) == 0 {
		return false
	}
	at := htoks[hs[0].i].start
	imperative := false
	for _, v := range verbs {
		if v.Start > at {
			imperative = v.Mood == hindi.Imperative && !strings.Contains(text[v.Start:v.End], "चाहिए")
			break
		}
	}
	if !imperative {
		return false
	}
	asked := false
	for i, t := range sentToks {
		if t.start >= at {
			break
		}
		switch {
		case requestWords.has(t.key):
			asked = true
		case t.key == "कहा" && i > 0 && sentToks[i-1].key == "से":
			asked = true // "ट्रंप ने मोदी से कहा कि वे … बात करें": told to
		case t.key == "कि" && asked:
			return true
		}
	}
	return false
}

// speechOpener reports an attribution that opens a quote without कि:
// "X ने (मंगलवार को) कहा, …", "X ने बताया: …".
func speechOpener(text string, at span) bool {
	if at.end <= at.start || at.end >= len(text) {
		return false
	}
	phrase := strings.TrimSpace(text[at.start:at.end])
	phrase = strings.TrimSuffix(strings.TrimSuffix(phrase, " है"), " गया") // "बयान में कहा गया है, …"
	if !strings.HasSuffix(phrase, "कहा") && !strings.HasSuffix(phrase, "बताया") {
		return false
	}
	rest := strings.TrimLeft(text[at.end:], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":")
}

// quoteClosed reports a quotation that both opens and closes in rest, the
// sentence after a speech opener: "बयान में कहा गया है, \"… हैं।\"" ends
// there, and the next sentence is the report's own.
func quoteClosed(rest string) bool {
	return strings.Count(rest, "\"") >= 2 || strings.ContainsAny(rest, "”’")
}

// separatistWords name a side within a state that is no party to its
// diplomacy: "कश्मीर के अलगाववादी नेताओं से मुलाकात", "हुर्रियत नेताओं".
var separatistWords = setOf("अलगाववादी", "अलगाववादियों", "हुर्रियत", "हुरियत")

// separatists reports separatists as the ones met by the meeting word at
// toks[i]: a separatist word within the few words before a "से" or "के
// साथ" of its clause ("अलगाववादी नेता शब्बीर शाह के साथ … उच्चायुक्त
// अब्दुल बासित ने मुलाकात की", "कश्मीर के अलगाववादी नेताओं से मुलाकात"):
// an envoy's meeting at home, no talks between states. Separatists named
// otherwise ("अलगाववादियों पर कार्रवाई के बाद उच्चायुक्त से मुलाकात") are
// not the side met.
func separatists(toks []token, i int) bool {
	for k := i - 1; k >= 1; k-- {
		if hindi.IsClauseWord(toks[k].text) {
			return false
		}
		from, with := withAt(toks, k)
		if !with {
			continue
		}
		for j := from; j >= max(0, from-5); j-- {
			if separatistWords.has(toks[j].key) {
				return true
			}
			if toks[j].key == "ने" || toks[j].key == "से" || hindi.IsClauseWord(toks[j].text) {
				break
			}
		}
	}
	return false
}

// withAt reports "से" or "के साथ" (with) ending at toks[k], and the index
// of the word before it.
func withAt(toks []token, k int) (int, bool) {
	switch {
	case toks[k].key == "से":
		return k - 1, true
	case toks[k].key == "साथ" && k >= 1 && toks[k-1].key == "के":
		return k - 2, true
	}
	return 0, false
}

// businessWords name a side that is no state: firms, their chiefs,
// traders, the diaspora.
var businessWords = setOf("कंपनियों", "कंपनी", "कम्पनियों", "उद्योगपतियों", "उद्योगपति", "कारोबारियों", "उद्यमियों", "व्यापारियों", "समुदायों",
	"सीईओ", "निवेशकों", "समुदाय", "प्रवासियों")

// businessForums name a gathering of business right before its noun:
// "बिजनेस समिट", "इन्वेस्टर्स समिट", "व्यापार सम्मेलन".
var businessForums = setOf("बिजनेस", "बिज़नेस", "बिज़नस", "बिजनस", "इन्वेस्टर्स", "इंवेस्टर्स", "निवेशक", "व्यापार", "व्यवसाय", "कारोबार", "कारोबारी", "उद्योग", "सीईओ")

// businessSide reports that the meeting at toks[i] is with a side that
// businessWords name: "X की कंपनियों के मुख्य कार्यकारी अधिकारियों के साथ
// वार्ता", "उद्योगपतियों से मुलाकात".
func businessSide(toks []token, i int) bool {
	with := -1
	for j := i - 1; j >= max(0, i-3); j-- {
		if toks[j].key == "से" || toks[j].key == "साथ" && j > 0 && toks[j-1].key == "के" {
			with = j
			break
		}
	}
	if with < 0 {
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if toks[j].key == "से" {
				with = j // "मिलेंगे उद्योगपतियों से": a headline's order
				break
			}
		}
		if with < 0 {
			return false
		}
	}
	for j := with - 1; j >= max(0, with-6); j-- {
		if businessWords.has(toks[j].key) {
			return true
		}
		if hindi.IsClauseWord(toks[j].text) {
			break
		}
	}
	return false
}

// window reports a date that is a stretch of time counted back or up to
// now ("पिछले 8 महीनों", "बीते साल", "इस साल", "दो साल पहले"), in which
// events are counted, rather than the date of one.
func window(date string) bool {
	for _, w := range strings.Fields(date) {
		switch w {
		case "पिछले", "पिछली", "बीते", "गत", "इस", "अब", "महीनों", "सालों", "वर्षों", "दिनों", "हफ्तों", "सप्ताहों", "पहले", "बाद":
			// "15 साल बाद … पहला ईरान दौरा", "दो साल पहले … के बाद … पहली
			// यात्रा": a gap counted to the event.
			return true
		}
	}
	return false
}

// agoDates reports a date counted back from the report ("आठ महीने
// पहले", "दो साल पूर्व") that dates the event counted at toks[i] ("आठ
// महीने पहले … पहली बैठक हुई थी"), rather than a gap ("दो साल पहले …
// के बाद … पहली यात्रा"), what a person became ("दो साल पहले चुने गए
// राष्ट्रपति की यह पहली यात्रा") or a stretch up to now ("पिछले 8
// महीनों में").
func agoDates(toks []token, d *hindidate.Match, i int) bool {
	f := strings.Fields(d.Text)
	if len(f) < 3 || d.End > toks[i].start {
		return false
	}
	if last := f[len(f)-1]; last != "पहले" && last != "पूर्व" {
		return false
	}
	if refersBack(toks, i) && !ordinals.has(toks[i-1].key) || i >= 2 && demonstratives.has(toks[i-2].key) {
		return false // "यह पहली यात्रा": the event of the report, counted
	}
	for _, t := range toks {
		if t.start >= d.End && t.end <= toks[i].start && (perfectParticiples.has(t.key) || t.key == "बाद") {
			return false
		}
	}
	return true
}

// perfectParticiples describe a person or a thing by what befell it
// ("चुने गए राष्ट्रपति", "सत्ता में आए", "पिछले साल हुए समझौते"): a date
// before one is theirs.
var perfectParticiples = setOf("आए", "आई", "आये", "गए", "गई", "गये", "बने", "बनी", "बना", "हुए", "हुई", "हुआ", "हुईं", "चुने", "चुनी", "किए", "किये", "शुरू")

// predicateAux follow "आने वाले" used as the predicate ("आने वाले थे",
// "आने वाले हैं": was, is to come), not as an adjective of the visitor.
var predicateAux = setOf("थे", "था", "थी", "थीं", "हैं", "है", "हों", "होंगे")

// perfectAux follow a perfect participle of going or coming: "गई हुई हैं",
// "आए हुए", "गए रहे".
var perfectAux = setOf("हुई", "हुए", "हुआ", "हुईं", "रहे", "रही")

// formingParticiples and formedBodies: a body "formed" or "founded" in the
// year told before it ("1991 में … बने देश", "2001 में गठित संगठन").
var (
	formingParticiples = setOf("बने", "बना", "बनी", "गठित", "स्थापित", "बनाए", "बनाया")
	formedBodies       = setOf("देश", "राष्ट्र", "संगठन", "समूह", "गणराज्य")
)

// formedBetween reports a body formed in the year that ends at from, told
// between it and the event at to: "वर्ष 1991 में … अलग होकर बने देश
// यूक्रेन की यह … पहली यात्रा होगी" is no visit of 1991. A day ("20 नवंबर
// को नव गठित संगठन की पहली बैठक") is still the event's.
func formedBetween(toks []token, from, to int) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].start >= from && toks[i].end <= to && formedBodies.has(toks[i].key) && formingParticiples.has(toks[i-1].key) && toks[i-1].start >= from {
			return true
		}
	}
	return false
}

// pastParticipleDated reports a year, ending at offset dateEnd, that a
// past participle after it takes as its own, told of a noun after it that
// is no event (nor the event word at offset eventAt): "… यात्रा के दौरान अपनी
// साल 2020 में किए गए हरित रणनीतिक साझेदारी की समीक्षा …", "… यात्रा के
// दौरान … साल 2008 में मुम्बई के आतंकी हमले में मारे गए लोगों को
// श्रद्धांजलि देने जाएंगे". Not a finite verb ("2020 में किए गए थे"), nor
// one of the event itself ("17 नवंबर को भारत पहुंचे मोदी", "2019 में हुई
// मुलाकात" read at मुलाकात).
func pastParticipleDated(toks []token, dateEnd, eventAt int) bool {
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= dateEnd })
	if k < 0 {
		return false
	}
	for j := k; j < len(toks) && j <= k+8; j++ {
		t := toks[j]
		if t.start > dateEnd && eventAt == t.start {
			return false // the event word comes first: participleBetween's case
		}
		if hindi.IsClauseWord(t.text) || t.key == "और" || predicateAux.has(t.key) {
			return false
		}
		if j == 0 || !pastParticiples.has(t.key) {
			continue
		}
		if j+1 >= len(toks) || predicateAux.has(toks[j+1].key) || perfectAux.has(toks[j+1].key) || hindi.IsClauseWord(toks[j+1].text) || toks[j+1].key == "और" {
			return false // finite: the clause's own verb
		}
		stem := toks[j-1].key
		if visitVerbs.has(stem) || meetVerbs.has(stem) || eventWord(stem) {
			return false
		}
		if (t.key == "हुए" || t.key == "हुई") && (strings.HasSuffix(stem, "ते") || strings.HasSuffix(stem, "ती")) {
			return false // "याद करते हुए": while doing, no past participle
		}
		// Not when the noun phrase the participle tells of holds an event
		// ("2024 में हुए नीदरलैंड दौरे", "साल 2019 में हुई मोदी और ट्रंप की
		// मुलाकात"): the date is that event's. The phrase ends at a
		// postposition other than का/की/के.
		for _, u := range toks[j+1 : min(j+10, len(toks))] {
			if eventWord(u.key) || u.start == eventAt {
				return false
			}
			if hindi.IsPostposition(u.text) && !genitives.has(u.key) {
				break
			}
		}
		return true
	}
	return false
}

// pastParticiples end a participle of what was done or happened: "किए गए",
// "मारे गए", "हुए", "हुई" (हुए after "करते" is a progressive, which
// pastParticipleDated leaves).
var pastParticiples = setOf("गए", "गई", "गये", "गयी", "हुए", "हुई")

// participleBetween reports a participle phrase "… आने/जाने वाले" that
// ends between byte offsets from and to: what comes before it describes
// the noun after it, a traveller. "… को होने वाले सम्मेलन" is not one: the
// date is of the event that takes place.
func participleBetween(toks []token, from, to int, visit bool) bool {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.start < from || t.end > to {
			continue
		}
		passiveHeld := toks[i-1].key == "जाने" && i >= 2 && (toks[i-2].key == "की" || toks[i-2].key == "किया" || toks[i-2].key == "किए" || toks[i-2].key == "किये")
		if (t.key == "वाले" || t.key == "वाली" || t.key == "वाला") && strings.HasSuffix(toks[i-1].key, "ने") && toks[i-1].key != "होने" && !passiveHeld && toks[i-1].start >= from {
			// "… को आयोजित की जाने वाली बैठक" (to be held) dates the
			// event, as "को होने वाले सम्मेलन" does.
			if i+1 < len(toks) && predicateAux.has(toks[i+1].key) {
				continue // "25 अप्रैल को भारत आने वाले थे": the clause's own plan, dated
			}
			if visit && visitComing(toks, from, i-1) {
				continue // "15 दिसंबर को भारत दौरे पर आने वाले … आबे का दौरा रद्द": the visit's own day
			}
			return true
		}
		if (t.key == "वाले" || t.key == "वाली" || t.key == "वाला") && toks[i-1].key == "होने" && toks[i-1].start >= from && !eventAhead(toks, i+1) && causeAhead(toks, i+1) {
			// "17 सितंबर को होने वाले चुनाव की वजह से दौरे पर आने में":
			// the date is of what is to happen, the election, the cause
			// of the event told after it. "26 जनवरी को होने वाले गणतंत्र
			// दिवस समारोह में … आएंगे" and "अप्रैल में होने वाले चुनाव से
			// पहले" still date the event.
			return true
		}
	}
	return false
}

// firstToDo reads "<event> करने वाले … पहले <noun> हैं/होंगे" after the
// event word ending at toks[i]: the first to make the visit, told as a
// fact of now (held) or of what is to come (announced).
func firstToDo(toks []token, i int) (timeline.Status, string, bool) {
	k := i + 1
	if k < len(toks) && (toks[k].key == "करने" || toks[k].key == "पर") {
		k++ // "यात्रा करने वाले", "यात्रा पर आने वाले"
	}
	if k < len(toks) && (toks[k].key == "आने" || toks[k].key == "जाने") {
		k++
	}
	if k >= len(toks) || toks[k].key != "वाले" && toks[k].key != "वाली" && toks[k].key != "वाला" {
		return "", "", false
	}
	// पहले (पहली, पहला) within a few words of वाले.
	j := k + 1
	for ; j < len(toks) && j <= k+5; j++ {
		if w := toks[j].key; w == "पहले" || w == "पहली" || w == "पहला" {
			break
		}
	}
	if j >= len(toks) || j > k+5 {
		return "", "", false
	}
	// Then who was first, and the copula: "… पहले भारतीय प्रधानमंत्री हैं";
	// not "यात्रा करने वाले हैं और इससे पहले वे जापान में हैं", no one.
	for n := j + 1; n < len(toks) && n <= j+4; n++ {
		switch w := toks[n].key; {
		case w == "हैं" || w == "है" || w == "थे" || w == "थीं" || w == "था" || w == "थी":
			return timeline.Held, toks[n].text, firstOne(toks[j+1 : n])
		case w == "होंगे" || w == "होंगी" || w == "होगा" || w == "होगी":
			return timeline.Announced, toks[n].text, firstOne(toks[j+1 : n])
		case hindi.IsClauseWord(toks[n].text):
			return "", "", false
		}
	}
	return "", "", false
}

// firstOne reports a person noun among toks, the one who was first: "नेता",
// "भारतीय प्रधानमंत्री", "चिली के राष्ट्रपति".
func firstOne(toks []token) bool {
	for i, t := range toks {
		if t.key == "नेता" || t.key == "व्यक्ति" {
			return true
		}
		if _, n := officeAt(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// happenedBefore reports, between bytes from and to, something that
// happened and that the event came after: "अप्रैल में ईस्टर के मौके पर
// हुए विस्फोटों के बाद पीएम मोदी श्रीलंका की यात्रा करने वाले … पहले
// नेता हैं" — the date is the blasts'. Not an event ("… को हुई बैठक के
// बाद", a frame of its own). (The caller keeps a day of an event told as
// done: "17 नवंबर को … हुए एक कार्यक्रम के बाद … वार्ता की" is likely that
// day; a month, "अप्रैल में हुए विस्फोटों के बाद … यात्रा की", is not.)
func happenedBefore(toks []token, from, to int) bool {
	for i, t := range toks {
		if t.start < from || t.end > to || t.key != "हुए" && t.key != "हुई" && t.key != "हुआ" && t.key != "हुईं" {
			continue
		}
		for j := i + 1; j+1 < len(toks) && j <= i+3 && toks[j+1].end <= to; j++ {
			if eventWord(toks[j].key) {
				break
			}
			if toks[j].key == "के" && toks[j+1].key == "बाद" && j > i+1 {
				return true
			}
		}
	}
	return false
}

// topicBefore reports a topic before the event word at toks[i]: "क्रिकेट
// पर कोई बैठक नहीं होगी" denies talks on cricket, not the talks planned.
func topicBefore(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if toks[j].key == "पर" || toks[j].key == "बारे" {
			return true
		}
	}
	return false
}

// pastOrDatedFrame reports a frame at toks[i] told as past ("पिछले साल
// हुए क्वाड शिखर सम्मेलन से पहले") or dated by its own words ("2019 के
// ब्रिक्स शिखर सम्मेलन से पहले"): no summit still to come.
func pastOrDatedFrame(toks []token, i int, d *hindidate.Match) bool {
	for j := i - 1; j >= max(0, i-2); j-- {
		if k := toks[j].key; k == "हुए" || k == "हुई" || k == "हुआ" || k == "हुईं" {
			return true
		}
	}
	j := i - 1
	for j >= 0 && (groupWords.has(toks[j].key) || hindi.IsLatin(toks[j].text) || hasDigit(toks[j].text) && j == i-1) {
		j-- // the group's name: "ब्रिक्स", "जी 20"
	}
	if j >= 1 && (toks[j].key == "के" || toks[j].key == "की") && hasDigit(toks[j-1].text) {
		return true // "2019 के ब्रिक्स शिखर सम्मेलन से पहले"
	}
	if d == nil || d.End > toks[i].start {
		return false
	}
	for j := i - 1; j >= 0 && toks[j].start >= d.End; j-- {
		if k := toks[j].key; k != "के" && k != "की" && k != "का" && !groupWords.has(k) && !hasDigit(toks[j].text) {
			return false
		}
	}
	return true // "2019 के ब्रिक्स शिखर सम्मेलन": the date is the frame's own
}

// laterVisitPhrase returns the visit frame f that the main event, at hit
// main, comes before, when a genitive opens its phrase, and the index of
// that genitive: "कोविंद के 15 से 17 दिसंबर के बीच बांग्लादेश दौरे से
// पहले", "मोदी के अगले सप्ताह होने वाले अमेरिका दौरे से पहले". Between
// the genitive and the noun stand only the visit's date, its country and
// the words that qualify it.
func laterVisitPhrase(toks []token, hs []hit, main hit) (f hit, open int, ok bool) {
	for _, f := range hs {
		if !f.frame || !f.later || f.aside || f.kind != timeline.Visit || f.i >= main.i || f.last+2 >= len(toks) ||
			toks[f.last+2].key != "पहले" || toks[f.last+1].key == "के" && legAt(toks, f.last+3) {
			continue // not "यात्रा के पहले पड़ाव", the first leg, nor "दौरे के पहले ही दिन"
		}
		open := -1
		for j := f.i - 1; j >= max(1, f.i-14); j-- {
			t := toks[j]
			if t.key == "के" || t.key == "की" {
				if !laterVisitWord(toks[j-1]) {
					open = j
					break
				}
				continue
			}
			if !laterVisitWord(t) {
				break
			}
		}
		if open > 0 {
			return f, open, true
		}
	}
	return hit{}, 0, false
}

// ownsVisitAhead reports a person, ending at byte end, whose visit the
// sentence tells as what its subject's trip comes before: "मोदी के 2 से 4
// दिसंबर के बीच जापान दौरे से पहले विदेश मंत्री जयशंकर टोक्यो पहुंच गए
// हैं" is the minister's sentence, and "वह" next is he.
func ownsVisitAhead(toks []token, end int) bool {
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= end && !latinWord(t.text) })
	if k < 0 || toks[k].key != "के" && toks[k].key != "की" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		if visitNouns.has(toks[j].key) {
			return j+2 < len(toks) && toks[j+1].key == "से" && toks[j+2].key == "पहले"
		}
		if !laterVisitWord(toks[j]) {
			return false
		}
	}
	return false
}

// ownsTimeFrame reports a person, ending at byte end, who is the subject
// of a frame of time the sentence's subject is set in: "राष्ट्रपति जो
// बाइडेन के पदभार ग्रहण करने के बाद से ब्लिंकन …" is Blinken's sentence,
// and "वह" next is he.
func ownsTimeFrame(toks []token, end int) bool {
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= end && !latinWord(t.text) })
	if k < 0 || toks[k].key != "के" {
		return false
	}
	for j := k + 1; j+2 < len(toks) && j <= k+5; j++ {
		if hindi.IsClauseWord(toks[j].text) {
			return false
		}
		if !strings.HasSuffix(toks[j].key, "ने") {
			continue
		}
		// Not X's own journey ("जयशंकर के मास्को पहुंचने के बाद लावरोव उनसे
		// मिले"): one who travels may be what वह next stands for.
		if journeyNouns.has(toks[j].key) {
			return false
		}
		return toks[j+1].key == "के" && toks[j+2].key == "बाद"
	}
	return false
}

// journeyNouns are the oblique infinitives of arriving, coming and going.
var journeyNouns = setOf("पहुंचने", "पहुँचने", "आने", "जाने", "लौटने")

// legAt reports a leg word at toks[j], after "यात्रा के पहले": "पहले
// पड़ाव", "पहले ही दिन"; not ही alone ("यात्रा के पहले ही …", even
// before the visit).
func legAt(toks []token, j int) bool {
	if j >= len(toks) || !legWords.has(toks[j].key) {
		return false
	}
	return toks[j].key != "ही" || j+1 < len(toks) && legWords.has(toks[j+1].key) && toks[j+1].key != "ही"
}

// legWords after "यात्रा के पहले" make it the first part of the visit, not
// the time before it: "के पहले पड़ाव", "के पहले ही दिन".
var legWords = setOf("पड़ाव", "पडाव", "चरण", "दिन", "हिस्से", "भाग", "दौर", "ही", "हफ्ते", "हफ़्ते", "सप्ताह", "सत्र")

// laterVisitWord reports a word that may stand inside a visit's phrase
// between its owner's genitive and its noun: a date's words, a place,
// "होने वाले", "प्रस्तावित".
func laterVisitWord(t token) bool {
	switch t.key {
	case "के", "की", "से", "तक", "बीच", "होने", "वाले", "वाली", "वाला", "प्रस्तावित", "आगामी", "अगले", "अगली", "इस", "सप्ताह", "हफ्ते", "महीने", "माह", "साल", "वर्ष", "शुरू", "आधिकारिक", "राजकीय":
		return true
	}
	if dateWord(t) {
		return true
	}
	p, ok := lookupPlace(t.text)
	return ok && p.country != ""
}

// splitLaterVisit keeps apart a visit told as what the main event comes
// before and the main event: "राष्ट्रपति कोविंद के 15 से 17 दिसंबर के बीच
// बांग्लादेश दौरे से पहले विदेश सचिव … बांग्लादेश पहुंच गए है" is the
// President's visit, still to come, and the Foreign Secretary's, made.
// The visit's phrase runs from the genitive at open to its noun at f: its
// date, country, status word and owner are the visit's; the rest of the
// clause is the main event's. m is the frame's mention when frame is set.
func (x *extractor) splitLaterVisit(m *mention, toks []token, f hit, open int, frame bool, u unit) {
	from, to := toks[open].start, toks[f.i].start
	inPhrase := func(a, b int) bool { return a >= from && b <= to }
	// The owner is the person whose name ends the words before the
	// genitive (a gloss in Latin letters may follow the name).
	k := open - 1
	for k >= 0 && latinWord(toks[k].text) {
		k--
	}
	owner := -1
	if k >= 0 {
		owner = slices.IndexFunc(m.people, func(q person) bool { return q.end == toks[k].end })
	}
	if owner < 0 {
		return // no one's visit: "अपनी 5 देशों की यात्रा …" is the traveller's own
	}
	if frame {
		m.visitAhead = true
		m.people = []person{m.people[owner]}
		if m.date != nil && inPhrase(m.date.Start, m.date.End) && !hasYear(m.date.Text) && m.date.Date.Start.Before(x.dateline) {
			// Read by the main event's past tense; the visit it comes
			// before is still to come, within the year.
			d := *m.date
			if d.Date.Ambiguous && d.Date.AltStart.After(x.dateline) {
				d.Date.Start, d.Date.End = d.Date.AltStart, d.Date.AltEnd
			} else {
				d = *aYearOn(m.date)
			}
			if d.Date.Start.Before(x.dateline.AddDate(0, 6, 0)) {
				d.Date.Ambiguous, d.Date.AltStart, d.Date.AltEnd = false, time.Time{}, time.Time{}
				m.date = &d
			}
		}
		if m.date != nil && !inPhrase(m.date.Start, m.date.End) {
			// "प्रधानमंत्री के जापान दौरे से पहले विदेश सचिव … रविवार को
			// टोक्यो पहुंचे": Sunday is the trip's; the visit comes after
			// it, in about its month.
			m.date, m.dateOwn, m.laterFrame = nil, false, true
			if m.fromTense || m.status == "" {
				m.status, m.statusWord, m.fromTense, m.past = timeline.Announced, "से पहले", false, false
			}
		}
		if m.date != nil && inPhrase(m.date.Start, m.date.End) && m.date.Date.Start.After(x.dateline) && (m.fromTense || m.status == "") {
			m.status, m.statusWord, m.fromTense, m.past = timeline.Announced, "से पहले", false, false
		}
		if c, _ := visitedCountries(x.text, toks[open:f.i+1]); c != "" {
			m.visited, m.visitedAll = c, []string{c}
		}
		return
	}
	// Another event than the visit, not one that follows it: free to be a
	// telling of a visit told before.
	m.after = false
	m.people = slices.Delete(slices.Clone(m.people), owner, owner+1)
	if m.date != nil && inPhrase(m.date.Start, m.date.End) {
		m.date, m.dateOwn = nil, false
		if i := slices.IndexFunc(m.others, func(o hindidate.Match) bool { return !inPhrase(o.Start, o.End) && o.Start >= u.start }); i >= 0 {
			d := m.others[i]
			m.date, m.dateOwn = &d, true
		}
	}
	if m.statusWord != "" && strings.Contains(x.text[from:to], m.statusWord) && !strings.Contains(x.text[toks[f.last].end:u.end], m.statusWord) {
		// "… के प्रस्तावित भारत दौरे से पहले … पहुंची हैं": the status
		// word is the visit's; the main event's is its own verb's.
		after := span{toks[f.last].end, u.end}
		m.status, m.statusWord, m.fromTense, _ = guessStatusOf(x.text, after, x.tokens(after.start, after.end))
		m.past = m.fromTense && m.status == timeline.Held
	}
	if c, _ := visitedFrom(x.text, toks, true, true); c != "" && m.kind == timeline.Visit {
		m.visited, m.visitedAll = c, []string{c}
	}
}

// visitComing reports "D को (X) दौरे/यात्रा पर आने/जाने" with the
// infinitive at toks[v]: the date from is the day of that visit, which
// the clause goes on to tell ("… वाले जापान के प्रधानमंत्री का दौरा रद्द
// हो गया है").
func visitComing(toks []token, from, v int) bool {
	if v < 2 || toks[v-1].key != "पर" || !visitNouns.has(toks[v-2].key) {
		return false
	}
	for j := v - 3; j >= max(0, v-5); j-- {
		if toks[j].key == "को" {
			return toks[j].start >= from && toks[j].start-from <= 2 // right after the date
		}
	}
	return false
}

// causeAhead reports "की वजह से", "के कारण", "के चलते" or "के मद्देनजर"
// within the six words from toks[i].
func causeAhead(toks []token, i int) bool {
	for j := i + 1; j < min(len(toks), i+6); j++ {
		if causeWords.has(toks[j].key) && (toks[j-1].key == "की" || toks[j-1].key == "के") {
			return true
		}
	}
	return false
}

// causeWords after की/के make what comes before them a cause.
var causeWords = setOf("वजह", "कारण", "चलते", "मद्देनजर", "मद्देनज़र")

// eventAhead reports an event word among the six words from toks[i], up
// to a postposition other than की, के and का: "होने वाले दो दिवसीय जी-20
// शिखर सम्मेलन", "होने वाली विदेश सचिवों की बैठक", not "होने वाले चुनाव
// की वजह से".
func eventAhead(toks []token, i int) bool {
	for j := i; j < min(len(toks), i+6); j++ {
		k := toks[j].key
		if eventWord(k) || summitHeads.has(k) {
			return true
		}
		if hindi.IsPostposition(toks[j].text) && k != "की" && k != "के" && k != "का" {
			return false
		}
	}
	return false
}

// topicDated reports a date d told right before "होने वाले <event> पर
// बातचीत": no other date between it and the participle, which ends
// before the talks' word at byte at.
func topicDated(toks []token, d hindidate.Match, others []hindidate.Match, at int) bool {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.start < d.End || t.end > at {
			continue
		}
		if h, ok := comingAt(toks, i); ok && topicAhead(toks, i+1) {
			return !slices.ContainsFunc(others, func(o hindidate.Match) bool { return o.Start >= d.End && o.End <= toks[h].start })
		}
	}
	return false
}

// planNamedByDay reports an event word at toks[i] after a participle of
// its coming or a word of its schedule ("होने वाली", "प्रस्तावित"), in a
// mention dated in its own clause, and नहीं after it: one plan, named by
// its day, that will not take place.
func planNamedByDay(text string, toks, sent []token, i int, m mention) bool {
	if !m.dateOwn || m.date == nil || i == 0 {
		return false
	}
	// The event word is what "नहीं होगी" denies: "बैठक (अब) नहीं होगी",
	// not "बैठक में व्यापार पर बात नहीं होगी".
	denied := false
	for j := i + 1; j < len(toks) && j <= i+3 && !denied; j++ {
		if hindi.IsPostposition(toks[j].text) {
			return false
		}
		denied = toks[j].key == "नहीं"
	}
	_, coming := comingBefore(text, toks, i)
	if !denied || !(coming || scheduledWords.has(toks[i-1].key)) {
		return false
	}
	// "क्या … बैठक नहीं होगी?", "… शायद नहीं होगी", "… नहीं होगी, ऐसी
	// अटकलें गलत हैं": asked, guessed or denied, not called off.
	// The whole sentence (sent, its tokens): "… नहीं होगी, ऐसी अटकलें
	// गलत हैं" puts the doubt past the clause's comma.
	for k, t := range sent {
		if unsureWords.has(t.key) {
			return false
		}
		if (t.key == "खंडन" || t.key == "खारिज") && k > 0 && slices.ContainsFunc(sent[max(0, k-4):k], func(u token) bool { return rumourWords.has(u.key) }) {
			return false // "ऐसी खबरों का खंडन किया", not "प्रस्ताव खारिज कर दिया"
		}
	}
	return !strings.Contains(text[m.clause.start:min(len(text), m.clause.end+3)], "?")
}

// unsureWords make "… बैठक नहीं होगी" a question, a guess or a rumour.
var unsureWords = setOf("क्या", "शायद", "संभवतः", "संभवत:", "अटकलें", "अटकलों", "अफवाह", "अफवाहें", "अफवाहों", "माना")

// comingAt reports a participle of happening to come ending at toks[j]:
// "होने वाले/वाली/वाला", "होने जा रहा/रही/रहे"; and the index of its
// "होने". Not one of joining ("ब्रिक्स में शामिल होने जा रहे देशों"), nor
// one that tells the people after it ("… होने वाले नेताओं").
func comingAt(toks []token, j int) (int, bool) {
	h := -1
	switch k := toks[j].key; {
	case (k == "वाले" || k == "वाली" || k == "वाला") && j >= 1 && toks[j-1].key == "होने":
		h = j - 1
	case (k == "रही" || k == "रहे" || k == "रहा") && j >= 2 && toks[j-1].key == "जा" && toks[j-2].key == "होने":
		h = j - 2 // "अगले महीने दिल्ली में होने जा रही जी-20 की बैठक"
	default:
		return 0, false
	}
	if h >= 1 && (toks[h-1].key == "शामिल" || toks[h-1].key == "सदस्य") || j+1 < len(toks) && peopleNouns.has(toks[j+1].key) {
		return 0, false
	}
	return h, true
}

// peopleNouns name the many a participle may tell of: "… होने जा रहे
// देशों के नेताओं की बैठक".
var peopleNouns = setOf("देशों", "देश", "नेताओं", "नेता", "मंत्रियों", "सदस्यों", "लोगों", "प्रतिनिधियों")

// comingBefore returns the words of a participle of happening to come
// among the six words before the event word at toks[i] ("होने वाले",
// "होने जा रही"), with no postposition but की, के, का between: a
// gathering told as to come.
func comingBefore(text string, toks []token, i int) (string, bool) {
	for j := i - 1; j >= max(1, i-6); j-- {
		if h, ok := comingAt(toks, j); ok {
			return text[toks[h].start:toks[j].end], true
		}
		if k := toks[j].key; hindi.IsPostposition(toks[j].text) && k != "की" && k != "के" && k != "का" {
			return "", false
		}
	}
	return "", false
}

// topicAhead reports an event word among the six words from toks[i]
// followed by पर and a word of talks: "होने वाले 47वें आसेन समिट पर
// बातचीत की", a topic.
func topicAhead(toks []token, i int) bool {
	for j := i; j < min(len(toks), i+6); j++ {
		k := toks[j].key
		if talkWords.has(k) && !(j >= 2 && toks[j-1].key == "की" && ministersWords.has(toks[j-2].key)) {
			// "28 नवंबर को होने वाली … वार्ता पर बात करेंगे": talks of that
			// day; not "… विदेश मंत्रियों की बैठक पर चर्चा की", a gathering.
			return false
		}
		if eventWord(k) || summitHeads.has(k) {
			for j+1 < len(toks) && (summitTails.has(toks[j+1].key) || eventWord(toks[j+1].key)) && toks[j+1].key != "बातचीत" && toks[j+1].key != "चर्चा" {
				j++ // "शिखर सम्मेलन"
			}
			return j+2 < len(toks) && toks[j+1].key == "पर" && (talkWords.has(toks[j+2].key) || toks[j+2].key == "चर्चा" || toks[j+2].key == "बात")
		}
		if hindi.IsPostposition(toks[j].text) && k != "की" && k != "के" && k != "का" {
			return false
		}
	}
	return false
}

// dayOrdinals number the days of a visit: "यात्रा का दूसरा दिन".
// Only the direct case: "यात्रा के दूसरे दिन" (on its second day) dates
// an event of that day, not the visit.
var dayOrdinals = map[string]int{"दूसरा": 2, "तीसरा": 3, "चौथा": 4, "पांचवां": 5, "पाँचवाँ": 5, "पांचवा": 5, "छठा": 6,
	"दूसरे": 2, "तीसरे": 3, "चौथे": 4, "पांचवें": 5, "पाँचवें": 5, "छठे": 6}

// visitDayOrdinal reads "यात्रा/दौरे का … N-th दिन" in toks: N, and the
// words "N-th दिन"; 0 if there is none.
func visitDayOrdinal(toks []token, visit int) (int, string) {
	for i := 1; i < len(toks); i++ {
		n, ok := dayOrdinals[toks[i-1].key]
		if !ok || toks[i].key != "दिन" {
			continue
		}
		for j := i - 2; j >= max(1, i-6); j-- {
			if (toks[j].key == "का" || toks[j].key == "के") && visitNouns.has(toks[j-1].key) && (visit < 0 || j-1 == visit) {
				return n, toks[i-1].text + " " + toks[i].text // "दौरे का दूसरा दिन", "दौरे के दूसरे दिन"
			}
		}
	}
	return 0, ""
}

// leadWords say who represents a side or leads its delegation:
// "भारत का प्रतिनिधित्व करेंगे", "प्रतिनिधिमंडल का नेतृत्व करेंगे".
var leadWords = setOf("प्रतिनिधित्व", "नेतृत्व", "अगुवाई")

// delegationBack gives the people of sentence s, which tells no event of
// its own, to the event told in the sentence just before when s says who
// represents a side or leads a delegation: "इस मुलाकात के बाद … प्रतिनिधिमंडल
// स्तर की बातचीत होगी। भारत की ओर से एनएसए अजीत डोभाल और विदेश मंत्री एस
// जयशंकर भारत का प्रतिनिधित्व करेंगे।"
func (x *extractor) delegationBack(s span, ms []*mention) {
	if len(ms) == 0 {
		return
	}
	last := ms[len(ms)-1]
	if last.sent.end > s.start || strings.TrimSpace(x.text[last.sent.end:s.start]) != "" {
		return // not the sentence just before
	}
	sent := x.text[s.start:s.end]
	if !strings.Contains(sent, "प्रतिनिधित्व") && !strings.Contains(sent, "नेतृत्व") && !strings.Contains(sent, "अगुवाई") {
		return // most sentences: no tokens needed
	}
	toks := x.tokens(s.start, s.end)
	found := false
	for i := 0; i+1 < len(toks) && !found; i++ {
		// "प्रतिनिधित्व करेंगे", "नेतृत्व प्रधानमंत्री ली कियांग करेंगे":
		// the verb करना after the noun, within a few words.
		if !leadWords.has(toks[i].key) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if strings.HasPrefix(toks[j].key, "कर") || strings.HasPrefix(toks[j].key, "किया") || strings.HasPrefix(toks[j].key, "किए") {
				found = true
				break
			}
		}
	}
	if !found {
		return
	}
	ps := people(x.text, toks, x.known, x.home, "")
	for _, m := range ms {
		if m.sent == last.sent && len(m.people) < maxPeople {
			m.people = dedupePeople(append(append([]person(nil), m.people...), ps...))
		}
	}
	for _, p := range ps {
		x.remember(p)
	}
}

// welcomeBack records, on the visit told last (in got, the sentence's own
// tellings, or before them in ms) to the country of whoever welcomes a
// guest in sentence s (a sentence of no event but journeys), that
// he welcomed its guest: "श्रीलंका के प्रधानमंत्री रानिल विक्रमसिंघे ने …
// हवाई अड्डे पर पीएम मोदी का स्वागत किया" names the host of Modi's visit to
// Sri Lanka. The one welcomed is a visitor of that visit by name, or by a
// pronoun ("… ने एयरपोर्ट पर उनका स्वागत किया") when the visit is told in
// the sentence just before.
func (x *extractor) welcomeBack(s span, ms, got []*mention) {
	sent := x.text[s.start:s.end]
	if !strings.Contains(sent, "स्वागत") && !strings.Contains(sent, "अगवानी") {
		return // most sentences: no tokens needed
	}
	toks := x.tokens(s.start, s.end)
	k := welcomeAt(toks)
	if k < 0 {
		return
	}
	var host person
	var guests []person
	ps := people(x.text, toks, x.known, x.home, "")
	for _, p := range ps {
		// The welcomer is the agent, before the welcome or after it
		// ("उनका स्वागत राष्ट्रपति … ने किया", "उनकी अगवानी खुद … ने की").
		if host.Country == "" && !p.homeGuess && agentAt(toks, p.end) && !former(x.text, p) {
			host = p
		} else {
			guests = append(guests, p)
		}
	}
	if host.Country == "" {
		// A welcome still to come has no agent: "नेतन्याहू … मोदी का
		// स्वागत करने के लिए … मौजूद रहेंगे", "… का स्वागत करने
		// प्रधानमंत्री मोदी हवाई अड्डे पहुंचे". The one welcomed is named
		// right before "का"; the welcomer is another named, no genitive's
		// owner ("ट्रंप प्रशासन के अधिकारी"), and must be of the country
		// visited (below).
		welcomed := slices.IndexFunc(ps, func(p person) bool { return k >= 1 && toks[k-1].key == "का" && p.end == toks[k-1].start-1 })
		if welcomed < 0 || k+1 >= len(toks) || !strings.HasPrefix(toks[k+1].key, "कर") || toks[k+1].key == "किया" {
			return
		}
		guests = guests[:0]
		for i, p := range ps {
			if i != welcomed && host.Country == "" && !p.homeGuess && !former(x.text, p) && !genitiveAt(toks, p.end) {
				host = p
			} else {
				guests = append(guests, p)
			}
		}
		if host.Country == "" {
			return
		}
	}
	// "भारत के राष्ट्रपति रामनाथ कोविंद और प्रधानमंत्री नरेंद्र मोदी ने …
	// स्वागत किया": those listed with the welcomer welcome with him.
	hosts := []person{host}
	for first := host.start; ; {
		// The one listed right before ("X और Y ने", "X, Y ने"), of the
		// welcomer's country.
		i := slices.IndexFunc(guests, func(g person) bool {
			return g.end <= first && listJoin(x.text[g.end:first]) && g.Country == host.Country && !g.homeGuess && !former(x.text, g)
		})
		if i < 0 {
			break
		}
		first = guests[i].start
		hosts = append(hosts, guests[i])
		guests = slices.Delete(guests, i, i+1)
	}
	byPronoun := slices.ContainsFunc(toks[:k], func(t token) bool { return welcomedPronouns.has(t.key) })
	var byTitle []token // a title and words not read as a name, before "का स्वागत"
	if len(guests) == 0 && k >= 2 && (toks[k-1].key == "का" || toks[k-1].key == "की") {
		if t := slices.IndexFunc(toks[max(0, k-5):k-1], func(t token) bool { return offices.has(t.text) && t.start > host.end }); t >= 0 && max(0, k-5)+t+1 < k-1 {
			// "… ने एयरपोर्ट पर किंग अब्दुल्ला द्वितीय का स्वागत किया": a
			// title and a name not read as someone's; the guest told in
			// the sentence before, as a pronoun would be, if the title or
			// the name is his.
			byTitle, byPronoun = toks[max(0, k-5)+t:k-1], true
		}
	}
	pronounOnly := byPronoun
	var told []person // the guests as named, for a visit told in the next sentence (welcomeAhead)
	if len(got) == 0 && !pronounOnly {
		told = slices.Clone(guests)
	}
	guestOffice := "" // the office the guest is welcomed by, if by his office alone
	of := k - 1
	if of >= 1 && (toks[of].key != "का" && toks[of].key != "की") {
		of-- // "… पीएम का जोरदार स्वागत किया"
	}
	if !byPronoun && of >= 1 && (toks[of].key == "का" || toks[of].key == "की") && (offices.has(toks[of-1].text) || officeFirst.has(toks[of-1].text)) &&
		!slices.ContainsFunc(guests, func(g person) bool { return g.Name.Hi != "" && g.end >= toks[of-1].start }) {
		byPronoun = true // "… ने एयरपोर्ट पर पीएम का स्वागत किया": the guest by his office alone
		guestOffice = officeKey(toks[of-1].text)
		guests = slices.DeleteFunc(guests, func(g person) bool { return g.Name.Hi == "" })
	}
	for i := len(ms) + len(got) - 1; i >= 0; i-- {
		var m *mention
		if i >= len(ms) {
			m = got[i-len(ms)] // the sentence's own tellings come after ms
		} else {
			m = ms[i]
		}
		if m.kind != timeline.Visit || m.frame || m.visited != host.Country && !slices.Contains(m.visitedAll, host.Country) {
			continue
		}
		adjacent := m.sent == s || m.sent.end <= s.start && strings.TrimSpace(x.text[m.sent.end:s.start]) == ""
		named := slices.ContainsFunc(guests, func(g person) bool { return g.Country != host.Country && guestOf(m, g, adjacent) })
		if guestOffice != "" && !slices.ContainsFunc(m.people, func(q person) bool { return q.Country != host.Country && officeKey(q.Title.Hi) == guestOffice }) {
			return // "… ने हवाई अड्डे पर प्रधानमंत्री का स्वागत किया" after a president's arrival: someone else
		}
		if byTitle != nil && !titledAs(m, byTitle) {
			return // "… ने किंग चार्ल्स का स्वागत किया" after "जॉर्डन के किंग अब्दुल्ला …": another
		}
		if named || byPronoun && !slices.ContainsFunc(guests, func(g person) bool { return g.Country != host.Country }) && adjacent {
			m.welcomedBy = append(m.welcomedBy, hosts...)
		}
		return
	}
	if len(got) == 0 && !pronounOnly {
		// "प्रधानमंत्री नरेंद्र मोदी ने … एयरपोर्ट पर कतर के अमीर का स्वागत
		// किया। कतर के अमीर … भारत दौरे पर आए हैं": the visit may be told
		// just after the welcome.
		x.welcomed = &welcome{hosts: hosts, guests: slices.DeleteFunc(told, func(g person) bool { return g.Country == host.Country || g.Country == "" }), end: s.end}
	}
}

// welcome is a welcome told before the visit it belongs to: who welcomed
// whom, and where its sentence ends.
type welcome struct {
	hosts, guests []person
	end           int
}

// welcomeAhead gives a visit of got, told in the sentence s right after
// a welcome of no event of its own (welcomeBack), its welcomers.
func (x *extractor) welcomeAhead(s span, got []*mention) {
	w := x.welcomed
	x.welcomed = nil
	if w == nil || len(w.guests) == 0 || w.end > s.start || strings.TrimSpace(x.text[w.end:s.start]) != "" {
		return
	}
	for _, m := range got {
		if m.kind != timeline.Visit || m.frame || m.visited != w.hosts[0].Country && !slices.Contains(m.visitedAll, w.hosts[0].Country) {
			continue
		}
		if m.plup || m.background || otherTime(m.text) || m.date != nil && m.date.Date.End.Before(x.dateline.AddDate(0, 0, -14)) {
			continue // "… ने वर्ष 2015 में भी भारत का दौरा किया था": another visit than the one welcomed
		}
		if slices.ContainsFunc(w.guests, func(g person) bool { return guestOf(m, g, false) }) {
			m.welcomedBy = append(m.welcomedBy, w.hosts...)
			return
		}
	}
}

// titledAs reports a traveller of m that the title and words ws name: by
// a word of his name, or, told by office alone, by the same office.
func titledAs(m *mention, ws []token) bool {
	return slices.ContainsFunc(m.people, func(q person) bool {
		if q.counterpart {
			return false
		}
		if q.Name.Hi == "" {
			return q.Title.Hi != "" && officeKey(q.Title.Hi) == officeKey(ws[0].text)
		}
		return slices.ContainsFunc(ws[1:], func(t token) bool { return containsWord(q.Name.Hi, t.text) })
	})
}

// guestOf reports g, one welcomed, as a traveller m names: the same
// person, or one of the same country told by name in one telling and by
// office alone in the other ("जॉर्डन के किंग … भारत की यात्रा पर आए हुए
// हैं", "… ने किंग अब्दुल्ला द्वितीय का स्वागत किया"). In the sentence
// right after the visit (adjacent), one named with no country told may be
// the traveller told by office alone.
func guestOf(m *mention, g person, adjacent bool) bool {
	return slices.ContainsFunc(m.people, func(q person) bool {
		if samePerson(q.Participant, g.Participant) {
			return true
		}
		sameCountry := q.Country == g.Country || adjacent && g.Country == "" && q.Name.Hi == ""
		return !q.counterpart && q.Country != "" && sameCountry && (q.Name.Hi == "") != (g.Name.Hi == "") &&
			(q.Title.Hi == "" || g.Title.Hi == "" || officeKey(q.Title.Hi) == officeKey(g.Title.Hi))
	})
}

// welcomeAt returns the index of the welcome word of "… का स्वागत किया",
// "… की अगवानी की", "… का स्वागत करने पहुंचे" (a form of करना within two
// words after it, no negation before it), or -1.
func welcomeAt(toks []token) int {
	for i, t := range toks {
		if t.key != "स्वागत" && t.key != "अगवानी" {
			continue
		}
		// "उनका स्वागत राष्ट्रपति मोहम्मद बिन जायद ने किया": the welcomer
		// between the welcome and its verb.
		for j := i + 2; j+1 < len(toks) && j <= i+7; j++ {
			if toks[j].key == "ने" {
				if w := toks[j+1].key; w == "किया" || w == "की" || w == "कीं" {
					return i
				}
				break
			}
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			w := toks[j].key
			if negationWords.has(w) {
				break // "… का स्वागत नहीं किया"
			}
			// Done, doing, to be done or looked forward to ("स्वागत करते हुए",
			// "स्वागत करने के लिए उत्सुक हैं"): the welcomer hosts all the same.
			if w == "किया" || w == "की" || w == "कीं" || strings.HasPrefix(w, "कर") {
				return i
			}
		}
	}
	return -1
}

// listJoin reports the text between two names of a list: ", ", " और ",
// " व ", " तथा ", " एवं ".
func listJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case ",", "और", "व", "तथा", "एवं":
		return true
	}
	return false
}

// genitiveAt reports "का", "की" or "के" right after byte end, or after
// an institution's word there: a name that owns what follows ("मोदी के
// सलाहकार", "ट्रंप प्रशासन के अधिकारी").
func genitiveAt(toks []token, end int) bool {
	i := slices.IndexFunc(toks, func(t token) bool { return t.start >= end })
	if i >= 0 && i+1 < len(toks) && governmentWords.has(toks[i].key) {
		i++
	}
	return i >= 0 && (toks[i].key == "का" || toks[i].key == "की" || toks[i].key == "के")
}

// governmentWords follow a leader's name to make a body of it: "ट्रंप
// प्रशासन", "मोदी सरकार".
var governmentWords = setOf("प्रशासन", "सरकार", "कार्यालय", "दूतावास", "मंत्रालय", "टीम")

// welcomedPronouns stand for the guest welcomed: "… ने उनका स्वागत किया".
var welcomedPronouns = setOf("उनका", "उन्हें", "उनकी", "उसका")

// calledOffBack returns a telling of the event told last when the
// sentence s names no event but calls one off by a pronoun: "इससे पहले वे
// … भारत दौरे पर आने वाले थे। लेकिन बाद में उन्होंने इसे कैंसिल कर दिया
// था।" Without it the news that the earlier visit was called off is lost.
func (x *extractor) calledOffBack(s span, ms []*mention) *mention {
	if len(ms) == 0 {
		return nil
	}
	last := ms[len(ms)-1]
	if last.sent.end > s.start || strings.TrimSpace(x.text[last.sent.end:s.start]) != "" {
		return nil // not the sentence just before
	}
	if !planned(last.status) && !last.unfulfilled {
		return nil // "… बात की। … लेकिन मोदी ने उसे टाल दिया": what was held is not called off
	}
	if !containsAny(x.text[s.start:s.end], objectPronouns) {
		return nil // most sentences: no tokens needed
	}
	toks := x.tokens(s.start, s.end)
	if _, ok := hasAny(toks, objectPronouns); !ok {
		return nil
	}
	var status timeline.Status
	var word string
cues:
	for _, q := range hindi.StatusCues(x.text, s.start, s.end) {
		if q.Negated || !pronounBefore(toks, q.Word.Start) || onlyTalkOf(toks, q.Word.Start) {
			continue
		}
		switch q.Status {
		case hindi.Cancelled:
			status = timeline.Cancelled
		case hindi.Postponed:
			status = timeline.Postponed
		default:
			continue
		}
		word = x.text[q.Word.Start:q.Word.End]
		break cues
	}
	if status == "" {
		return nil
	}
	m := &mention{sent: s, clause: s, kind: last.kind, word: last.word, generic: last.generic, refers: true, hasVerb: true,
		status: status, statusWord: word, people: last.people, place: last.place, placeName: last.placeName,
		visited: last.visited, visitedAll: last.visitedAll, where: last.where, text: x.text[s.start:s.end]}
	return m
}

// pronounBefore reports an object pronoun right before the word at byte
// start, or before an adverb or two: "इसे कैंसिल", "उसे रद्द", "इसे
// फिलहाल टाल दिया".
func pronounBefore(toks []token, start int) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].start != start {
			continue
		}
		for j := i - 1; j >= max(0, i-3); j-- {
			if objectPronouns.has(toks[j].key) {
				return true
			}
			if !cueAdverbs.has(toks[j].key) {
				return false
			}
		}
		return false
	}
	return false
}

// cueAdverbs may stand between a pronoun and a calling-off: "इसे अब रद्द".
var cueAdverbs = setOf("अब", "फिलहाल", "फ़िलहाल", "भी", "ही")

// onlyTalkOf reports a calling-off cue at byte start told as a demand, a
// report or an infinitive ("इसे रद्द करने की मांग", "इसे टालने की खबरों"),
// which calls nothing off.
func onlyTalkOf(toks []token, start int) bool {
	for i, t := range toks {
		if t.start != start {
			continue
		}
		if strings.HasSuffix(t.key, "ने") || strings.HasSuffix(t.key, "ना") {
			return true // "टालने", "टालना"
		}
		for j := i + 1; j < min(len(toks), i+5); j++ {
			if talkOfWords.has(toks[j].key) || strings.HasSuffix(toks[j].key, "ने") && (toks[j].key == "करने" || toks[j].key == "जाने") {
				return true
			}
		}
		return false
	}
	return false
}

// talkOfWords after a calling-off make it talk of one: a demand, a report,
// a rumour.
var talkOfWords = setOf("मांग", "माँग", "खबर", "खबरों", "ख़बर", "ख़बरों", "अटकल", "अटकलों", "अटकलें", "अफवाह", "अफवाहों", "आशंका")

// brieferSaid reports an attribution "X ने … बताया/जानकारी दी" whose
// speaker X is or speaks for an office that briefs ("मंत्रालय के प्रवक्ता
// … ने"): the one a following "उन्होंने
// बताया कि" goes on with. Not "सूत्रों के हवाले से आई खबरों को खारिज
// किया", said by someone else of what sources said.
func brieferSaid(phrase, source string) bool {
	return slices.ContainsFunc(tokenize(source, 0, len(source)), isBriefer) && containsWord(phrase, source+" ने")
}

// theyTold reports a sentence that opens "उन्होंने (आगे/यह भी) बताया/कहा
// कि": a source named before goes on.
func theyTold(toks []token) bool {
	if len(toks) < 3 || toks[0].key != "उन्होंने" {
		return false
	}
	for j := 1; j < len(toks)-1 && j <= 4; j++ {
		if (toks[j].key == "बताया" || toks[j].key == "कहा") && toks[j+1].key == "कि" {
			return true
		}
	}
	return false
}

// decisionWords after thisWords name a decision told before: "इस
// फैसले", "यह निर्णय"; not "अपने फैसले", one's own.
var (
	decisionWords = setOf("फैसले", "फैसला", "फ़ैसले", "फ़ैसला", "निर्णय")
	thisWords     = setOf("यह", "इस", "इसी", "उस", "उसी", "ये")
)

// objectPronouns stand for a thing told before: "इसे कैंसिल कर दिया".
var objectPronouns = setOf("इसे", "उसे", "इसको", "उसको")

// attributeBack gives a sentence's attribution to the events told
// before it when the sentence names no event of its own and points back:
// "अमेरिकी विदेश मंत्रालय ने यहां यह जानकारी दी" after the news it
// sources, or "विदेश मंत्रालय ने यात्रा की घोषणा करते हुए कहा" about the
// visit told before.
func (x *extractor) attributeBack(sent span, ms []*mention) {
	if len(ms) == 0 {
		return
	}
	a := x.sentAttr
	phrase, outlet, at, ok := a.phrase, a.outlet, a.at, a.ok
	if !ok {
		return
	}
	toks := tokenize(x.text, at.start, at.end)
	back := false
	for i, t := range toks {
		if t.key == "जानकारी" || t.key == "घोषणा" || t.key == "पुष्टि" || t.key == "सूचना" {
			for j := i - 1; j >= max(0, i-3); j-- {
				if demonstratives.has(toks[j].key) || toks[j].key == "इसकी" {
					back = true // "यह जानकारी दी", "इस खबर की पुष्टि की", "इसकी सूचना दी"
				}
			}
		}
		this := i >= 2 && (toks[i-1].key == "यह" || toks[i-1].key == "ये") && toks[i-2].key == "ने" ||
			i >= 3 && toks[i-1].key == "बात" && (toks[i-2].key == "यह" || toks[i-2].key == "ये") && (toks[i-3].key == "ने" || // "सूत्रों ने यह बात कही है"
				i+1 < len(toks) && (toks[i+1].key == "गई" || toks[i+1].key == "गया")) // "बयान में आज यह बात बताई गई है"
		if (t.key == "कहा" || t.key == "बताया" || t.key == "कही" || t.key == "बताई") && this && (i+1 == len(toks) || i+2 == len(toks) && isAux(toks[i+1].key) || i+3 == len(toks) && isAux(toks[i+1].key) && isAux(toks[i+2].key)) &&
			strings.Trim(x.text[toks[len(toks)-1].end:sent.end], " ।.!|\n") == "" {
			back = true // "पाकिस्तान के विदेश मंत्रालय ने यह कहा।": what the sentence before told
		}
	}
	if last := ms[len(ms)-1]; !back && (last.status == timeline.Cancelled || last.status == timeline.Postponed) {
		// "एएनआई के मुताबिक, … इस फैसले का कारण … हमला है": the decision
		// told before (to call a visit off), told again.
		st := tokenize(x.text, sent.start, sent.end)
		for i := 1; i < len(st); i++ {
			if decisionWords.has(st[i].key) && thisWords.has(st[i-1].key) {
				back = true
			}
		}
	}
	var kind timeline.Kind
	generic := false
	for _, h := range eventHits(toks) {
		kind, generic = h.kind, h.generic
	}
	if kind == "" {
		// "… हुए अहम समझौते की जानकारी देते हुए विदेश सचिव … ने कहा है
		// कि …": the news given names its event before the source.
		st := tokenize(x.text, sent.start, at.start)
		for k := 2; k+2 < len(st); k++ {
			if st[k].key == "जानकारी" && st[k-1].key == "की" && st[k+1].key == "देते" && st[k+2].key == "हुए" {
				for i := len(ms) - 1; i >= max(0, len(ms)-backWindow) && kind == ""; i-- {
					if ms[i].word == st[k-2].text {
						kind = ms[i].kind // told by the word it was told by
					}
				}
			}
		}
	}
	adjacent := strings.TrimSpace(x.text[min(ms[len(ms)-1].sent.end, sent.start):sent.start]) == ""
	if kind == "" && !back && adjacent {
		// "… क्वाड समिट भी टाल दी गई है। न्यूज एजेंसी ANI के मुताबिक क्वाड
		// की मीटिंग के लिए … शेड्यूल … पर बाकी देश सहमत नहीं हैं": a source
		// of a sentence that tells no event of its own but names the one
		// told just before tells that one.
		st := tokenize(x.text, sent.start, sent.end)
		last := ms[len(ms)-1]
		for _, h := range eventHits(st) {
			// Only a group's gathering named again by its group: another
			// noun of talks may tell a new turn.
			if (last.kind == timeline.Summit || last.kind == timeline.MultilateralMeeting) && last.group != "" && summitLabel(st, h.i) == last.group &&
				(last.kind == h.kind || h.generic && compatible(h.kind, true, last.kind)) {
				for _, m := range ms[max(0, len(ms)-backWindow):] {
					if m.sent == last.sent && m.attrib == "" {
						m.attrib, m.outlet = phrase, outlet
					}
				}
				return
			}
		}
	}
	switch {
	case kind != "":
		for i := len(ms) - 1; i >= max(0, len(ms)-backWindow); i-- {
			// "… फोन पर बात की। बातचीत की जानकारी … ने दी": talks by their
			// bare noun are the call told.
			if ms[i].kind == kind || generic && compatible(kind, true, ms[i].kind) {
				// "… शिखर वार्ता के लिए … यात्रा पर आ रहे हैं। विदेश
				// मंत्रालय ने यात्रा की घोषणा करते हुए कहा": the
				// announcement covers what the visit's sentence tells.
				for _, m := range ms[max(0, i-backWindow):] {
					if m.sent == ms[i].sent && m.attrib == "" {
						m.attrib, m.outlet = phrase, outlet
					}
				}
				return
			}
		}
	case back && adjacent:
		// The sentence right before tells the event; not one a sentence
		// of something else stands between ("… जाएंगे। दोनों देशों के
		// संबंध बहुत मजबूत हैं। विपक्ष ने यह कहा।").
		// "… 6 दिसंबर को भारत आएंगे. … उनकी मुलाकात होगी. … इसकी जानकारी
		// … प्रवक्ता … ने दी.": a source closing its paragraph tells the
		// paragraph's events.
		// Only the events of the last one's story: "ट्रंप ने … पुतिन से
		// फोन पर बात की थी। जापान के प्रधानमंत्री … भारत आएंगे। इसकी
		// जानकारी … प्रवक्ता ने दी" sources the visit, not the call.
		last := ms[len(ms)-1].sent
		para := strings.LastIndexByte(x.text[:sent.start], '\n') + 1
		sides := func(m *mention) []string {
			out := foreignSides(m.people, x.home)
			if m.visited != "" && m.visited != x.home {
				out = append(out, m.visited) // the country a visit goes to
			}
			return out
		}
		lastNamed, lastStatus := ms[len(ms)-1].people, ms[len(ms)-1].status
		var lastSides []string // of the last telling in the paragraph that names a foreign side
		for i := len(ms) - 1; i >= 0 && len(lastSides) == 0 && (ms[i].sent == last || ms[i].sent.start >= para); i-- {
			lastSides = sides(ms[i])
		}
		for _, m := range ms {
			// Of the same story, told the same way (not "… भूटान का दौरा
			// किया था" before a plan): a foreign side in common (a visit's
			// country too), or someone named in common with the telling
			// before ("मोदी … जापान जाएंगे। इसके बाद वे … चीन जाएंगे").
			// (A last telling that refers back, "यह उनका पहला विदेश दौरा है",
			// tells no status of its own.)
			sameStory := m.sent.start >= para && (m.status == lastStatus || ms[len(ms)-1].refers) && (slices.ContainsFunc(sides(m), func(c string) bool { return slices.Contains(lastSides, c) }) ||
				slices.ContainsFunc(m.people, func(p person) bool {
					return p.Name.Hi != "" && slices.ContainsFunc(lastNamed, func(q person) bool { return q.Name.Hi != "" && samePerson(p.Participant, q.Participant) })
				}))
			if (m.sent == last || sameStory) && m.attrib == "" {
				m.attrib, m.outlet = phrase, outlet
			}
		}
	}
}

// foreignSides returns the countries of ps other than home.
func foreignSides(ps []person, home string) []string {
	var out []string
	for _, p := range ps {
		if p.Country != "" && p.Country != home {
			out = append(out, p.Country)
		}
	}
	return out
}

func guessStatusOf(text string, s span, toks []token) (timeline.Status, string, bool, bool) {
	st, w, ft := guessStatus(text, s, toks, hindi.Verbs(text, s.start, s.end))
	return st, w, ft, true
}

// yearByTense reads the tense of the verb right after the event word
// ("सितंबर में एक शिखर सम्मेलन होगा", "मई में … की यात्रा में हुई
// प्रगति"): a year the text does not print is the one that tense points to,
// and an event told with a past verb is held.
func (x *extractor) yearByTense(m *mention, toks []token, h hit, verbs []hindi.Verb) {
	if m.date != nil && m.unfulfilled && !hasYear(m.date.Text) && hasDigitOrMonth(m.date.Text) && !m.date.Date.Ambiguous &&
		!m.background && !containsWord(m.text, "इस साल") && !containsWord(m.text, "इस वर्ष") && !containsWord(m.text, "इसी साल") && !containsWord(m.text, "इसी वर्ष") && !otherTime(m.text) &&
		!slices.ContainsFunc(toks, func(t token) bool { _, ok := yearNumber(t.text); return ok }) { // "स्टार्मर 2023 में 14 जनवरी को …": the year told
		// ("इससे पहले इस साल 15 जनवरी को भी … दौरा होने वाला था": this
		// year's, told as before.)
		// "… का दौरा स्थगित हो गया है … नए साल की शुरुआत में यानी 6 जनवरी को
		// होने वाला था", told on 29 December: a plan that was to be is the
		// one days ahead, not one of eleven months ago.
		if d := m.date.Date; d.End.Before(x.dateline.AddDate(0, -9, 0)) && d.Start.AddDate(1, 0, 0).Before(x.dateline.AddDate(0, 2, 0)) {
			m.date = aYearOn(m.date)
		}
		return
	}
	if m.date == nil || m.unfulfilled || !m.fromTense && m.status != timeline.Proposed || h.last >= len(toks) {
		return
	}
	after := toks[h.last].end
	limit := after + 60
	var v *hindi.Verb
	for i := range verbs {
		if verbs[i].Start >= after && verbs[i].Start <= limit {
			v = &verbs[i]
			break
		}
	}
	if v == nil || v.Negated {
		return
	}
	d := m.date.Date
	switch {
	case v.Ahead() && !hasYear(m.date.Text) && hasDigitOrMonth(m.date.Text) && !d.End.After(x.dateline) && !d.Ambiguous:
		m.date = aYearOn(m.date)
	case v.Tense == hindi.Past && m.status == timeline.Announced && !d.Start.After(x.dateline):
		m.status, m.statusWord = timeline.Held, x.text[v.Start:v.End]
	}
}

// relativeTense takes the tense of a relative clause the event is told in
// over the main clause's: "जिन समझौतों पर हस्ताक्षर किए गए हैं वो …
// नया अध्याय जोड़ेंगे" tells agreements signed, whatever they will add. Only
// a plan guessed from the main clause's tense is made held.
func (x *extractor) relativeTense(m *mention, toks []token, h hit, verbs []hindi.Verb) {
	if !m.fromTense || m.status != timeline.Announced || h.last >= len(toks) ||
		!slices.ContainsFunc(toks[max(0, h.i-4):h.i], func(t token) bool { return relativeOpeners.has(t.key) }) {
		return
	}
	if m.date != nil && m.date.Date.Start.After(x.dateline) {
		return // dated to come by the main clause's tense: not to be made held
	}
	if h.last+1 >= len(toks) {
		return
	}
	next := toks[h.last+1].start // the verb right after the event word, nothing between ("हस्ताक्षर किए गए हैं"; not "बैठक को बुलाया गया")
	for _, v := range verbs {
		if v.Start >= next {
			if v.Start == next && v.Tense == hindi.Past {
				m.status, m.statusWord = timeline.Held, x.text[v.Start:v.End]
			}
			return
		}
	}
}

// relativeOpeners open a relative clause an event may be told in: "जिन
// समझौतों पर …".
var relativeOpeners = setOf("जिन", "जिस", "जिनके", "जिसके")

// since reports "के बाद पहली बार" or "के बाद से" right after the event
// word at toks[i]: "फरवरी में राजपक्षे की भारत यात्रा के बाद पहली बार
// आधिकारिक वार्ता" — the event is what the first one since follows, done.
func since(toks []token, i int) (string, bool) {
	if i+3 >= len(toks) || toks[i+1].key != "के" || toks[i+2].key != "बाद" {
		return "", false
	}
	switch {
	case toks[i+3].key == "से":
		return "के बाद से", true
	case i+4 < len(toks) && (toks[i+3].key == "पहली" || toks[i+3].key == "पहला" || toks[i+3].key == "पहले") && toks[i+4].key == "बार":
		return "के बाद पहली बार", true
	}
	return "", false
}

// toldAsSince reports a telling of an event as what another is counted
// since: "मार्च में वीडियो कॉल (करने) के बाद से …".
func toldAsSince(m *mention) bool {
	if m.word == "" {
		return false
	}
	for t := m.text; ; {
		i := strings.Index(t, m.word)
		if i < 0 {
			return false
		}
		t = t[i+len(m.word):]
		for _, v := range [...]string{" के बाद से", " करने के बाद से", " होने के बाद से", " किए जाने के बाद से"} {
			if strings.HasPrefix(t, v) {
				return true
			}
		}
	}
}

// firstSinceThen reports "इसके/उसके बाद पहली बार" or "तब से पहली
// बार" in toks: the first time since what was told before.
func firstSinceThen(toks []token) bool {
	for j := 0; j+3 < len(toks); j++ {
		then := (toks[j].key == "इसके" || toks[j].key == "उसके") && toks[j+1].key == "बाद" || toks[j].key == "तब" && toks[j+1].key == "से"
		if then && (toks[j+2].key == "पहली" || toks[j+2].key == "पहला") && toks[j+3].key == "बार" {
			return true
		}
	}
	return false
}

// dateOfNoun reports a date that ends at byte end inside the noun phrase
// of the event word at toks[i]: at most six words between ("फरवरी में
// श्रीलंकाई प्रधानमंत्री की भारत यात्रा"), no clause or event word, and
// not the adverb "… को" that dates the clause's act ("25 नवंबर को … कज़ान
// की मुलाकात के बाद पहली बार मिलेंगे" dates the new meeting, not Kazan).
func dateOfNoun(toks []token, end, i int) bool {
	if i >= len(toks) || end > toks[i].start {
		return false // "… यात्रा के बाद पहली बार 5 दिसंबर को …": the date is the new event's
	}
	n := 0
	for j := 0; j < i; j++ {
		if toks[j].start < end {
			continue
		}
		if n == 0 && toks[j].key == "को" {
			return false
		}
		if hindi.IsClauseWord(toks[j].text) || eventWord(toks[j].key) {
			return false
		}
		n++
	}
	return n <= 6
}

// heldSince makes m held, the word w saying so, and its date without a
// printed year the last one before the report ("फरवरी" told in September
// is last February).
func (x *extractor) heldSince(m *mention, w string) {
	m.status, m.statusWord, m.fromTense, m.past = timeline.Held, w, false, true
	if m.date == nil || hasYear(m.date.Text) || !hasDigitOrMonth(m.date.Text) {
		return
	}
	d := *m.date
	for d.Date.Start.After(x.dateline) {
		d.Date.Start, d.Date.End = d.Date.Start.AddDate(-1, 0, 0), d.Date.End.AddDate(-1, 0, 0)
	}
	d.Date.Ambiguous = false
	m.date = &d
}

// hasDigitOrMonth reports a date text with a number or a month name:
// an absolute date, not "कल" or "अगले सप्ताह".
func hasDigitOrMonth(s string) bool {
	if hasDigit(s) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if _, ok := hindi.LookupMonth(w); ok {
			return true
		}
	}
	return false
}

// passiveAt reports a passive verb group starting at byte start: "मानी
// जा रही है".
func passiveAt(toks []token, start int) bool {
	for i, t := range toks {
		if t.start == start {
			return strings.HasPrefix(t.key, "जा") && passive(toks, i)
		}
	}
	return false
}

// headlineLike reports a line without a sentence end that other lines
// follow: a headline or a highlight box, which the body tells again. A list
// item, the text's last line (a page cut short) and a sentence that opens
// with a relative ("जहां …") are none.
func (x *extractor) headlineLike(s span, toks []token) bool {
	if endsSentence(x.text, s) || bullet(x.text, s) || len(toks) > 0 && relatives.has(toks[0].key) {
		return false
	}
	rest := x.text[s.end:]
	i := strings.IndexByte(rest, '\n')
	return i >= 0 && strings.TrimSpace(rest[:i]) == "" && strings.TrimSpace(rest[i:]) != ""
}

// bullet reports a line of a list: "* सुबह ओबामा भारत पहुंचेंगे".
func bullet(text string, s span) bool {
	r, _ := utf8.DecodeRuneInString(text[s.start:s.end])
	return strings.ContainsRune("*•-–—·", r)
}

// placesDiffer reports two tellings set in different countries.
func placesDiffer(a, b *mention) bool {
	return a.where != "" && b.where != "" && a.where != b.where
}

// endsSentence reports whether sentence s ends with a sentence mark.
func endsSentence(text string, s span) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[s.start:s.end], " \"'”’)"))
	return r == '।' || r == '.' || r == '?' || r == '!' || r == '॥' || r == '|'
}

// sentAttr is the attribution of the sentence read last.
type sentAttr struct {
	phrase, outlet string
	at             span
	ok             bool
}

// backWindow bounds how many mentions or events back a reference is looked
// for, so that a long text costs time linear in its length.
const backWindow = 64

// countFillers may stand between a count of times and the talks it counts:
// "तीन बार पहले भी मुलाकात".
var countFillers = setOf("पहले", "भी", "अब", "तक", "ही")

// manyTalks reports a plural noun of talks counted by a number or कई:
// "10 से ज्यादा द्विपक्षीय बैठकें", "कई मुलाकातें". A count with words
// between it and the noun ("तीन बार पहले भी मुलाकात") counts only when
// no date follows the noun (dated): "दो बार पहले भी मुलाकात 2019 और 2021
// में हुई थी" tells the meetings, and "… हो चुकी है और अब वे 5 दिसंबर को
// … फिर मिलेंगे" a new one; "इस साल तीन बार पहले भी मुलाकात हो चुकी है"
// is still a count.
func manyTalks(toks []token, i int, dated bool) bool {
	for j := i - 1; j >= max(1, i-4); j-- {
		if toks[j].key == "बार" && numberOf(toks[j-1].text) > 1 {
			return true // "दोनों नेता दो बार मुलाकात कर चुके हैं", "… की तीन बार पहले भी मुलाकात हो चुकी है": a count
		}
		if dated || !countFillers.has(toks[j].key) {
			break
		}
	}
	switch toks[i].key {
	case "बैठकें", "बैठकों", "मुलाकातें", "मुलाक़ातें", "वार्ताओं":
	default:
		return false
	}
	for j := i - 1; j >= max(0, i-4); j-- {
		if hasDigit(toks[j].text) || toks[j].key == "कई" || toks[j].key == "ज्यादा" || toks[j].key == "अधिक" || toks[j].key == "अनेक" {
			return true
		}
	}
	return false
}

// timesBefore returns N of "N बार" right before the talks' noun at
// toks[i] ("दो बार मुलाकात"), or 0.
func timesBefore(toks []token, i int) int {
	if i >= 2 && toks[i-1].key == "बार" {
		return numberOf(toks[i-2].text)
	}
	return 0
}

// addressed reports a gathering addressed: "X सम्मेलन को (करेंगे)
// संबोधित", "सम्मेलन के 31वें संस्करण को भी संबोधित करेंगे" after the
// event word ending at toks[i].
func addressed(toks []token, i int) bool {
	to := false
	for j := i + 1; j < len(toks) && j <= i+7; j++ {
		switch {
		case toks[j].key == "को":
			to = true
		case toks[j].key == "संबोधित":
			return to
		case hindi.IsClauseWord(toks[j].text):
			return false
		}
	}
	return false
}

// vagueCounterparts reports "अन्य नेताओं से", "कई अधिकारियों के साथ",
// "वैश्विक समकक्षों से", "इन देशों के नेताओं से", "विश्व नेताओं से",
// "दुनियाभर के 24 से ज्यादा नेताओं से", "वैश्विक संगठनों के प्रमुखों व
// प्रतिनिधियों से" shortly before the talk word at toks[i]: people met,
// not named.
//
// With counts, a number counts them too: "चार विदेशी नेताओं से फोन पर बात
// कर चुके हैं" tells how many calls, not one ("जी-7 देशों के नेताओं के साथ
// बैठक" is a meeting all the same).
func vagueCounterparts(toks []token, i int, counts bool) bool {
	for j := max(0, i-9); j+2 <= i; j++ {
		o := j + 1
		switch w := toks[j].key; {
		case listQuantifiers.has(w), w == "विभिन्न", vagueWholes.has(w), counts && numberOf(toks[j].text) >= 2:
		case w == "दुनिया" && toks[o].key == "भर":
			o++ // "दुनिया भर के नेताओं"
		case w == "इन" && toks[o].key == "देशों":
			// "इन देशों के नेताओं से": the countries of a tour, not one
		default:
			continue
		}
		if o < i && toks[o].key == "के" {
			o++ // "दुनियाभर के नेताओं"
		}
		if o+2 < i && (toks[o].key == "देशों" || toks[o].key == "संगठनों") && toks[o+1].key == "के" {
			o += 2 // "कई देशों के नेताओं के साथ"
		}
		if o+3 < i && numberOf(toks[o].text) >= 2 && toks[o+1].key == "से" && (toks[o+2].key == "ज्यादा" || toks[o+2].key == "अधिक") {
			o += 3 // "24 से ज्यादा नेताओं": so many, none named
		}
		if o+1 < i && (toks[o].key == "विदेशी" || toks[o].key == "अन्य") {
			o++ // "चार विदेशी नेताओं से": a count of people, not named
		}
		if o+1 < i && (toks[o].key == "विदेश" || toks[o].key == "रक्षा") && groupOffices[toks[o+1].key] {
			o++ // "कई देशों के विदेश मंत्रियों से": the office in two words
		}
		if o >= i || !groupOffices[toks[o].key] && toks[o].key != "प्रमुखों" {
			continue
		}
		if slices.ContainsFunc(toks[o+1:i], func(t token) bool {
			return t.key == "बाद" || t.key == "पहले" || hindi.IsClauseWord(t.text) || meetVerbs.has(t.key) || strings.HasPrefix(t.key, "मिल")
		}) {
			continue // "विश्व नेताओं से मिलने के बाद जापानी समकक्ष से मिले": they were met before, not at i
		}
		k := o + 1
		if k+1 < i && (toks[k].key == "व" || toks[k].key == "और") && groupOffices[toks[k+1].key] {
			k += 2 // "प्रमुखों व प्रतिनिधियों से"
		}
		if k < i && (toks[k].key == "से" || toks[k].key == "के" && k+1 < i && toks[k+1].key == "साथ") {
			return true
		}
	}
	return false
}

// vagueWholes open a phrase of people of the whole world: "वैश्विक
// नेताओं", "विश्व नेताओं", "ग्लोबल नेताओं", "दुनियाभर के नेताओं".
var vagueWholes = setOf("वैश्विक", "विश्व", "ग्लोबल", "दुनियाभर")

// pictureWords are what one shares of an event: its pictures or video.
var pictureWords = setOf("तस्वीर", "तस्वीरें", "तस्वीरों", "फोटो", "फ़ोटो", "फोटोज", "वीडियो")

// pictured reports "की तस्वीरें", "का वीडियो" right after the event word
// ending at toks[i]: the event is what the pictures show.
func pictured(toks []token, i int) bool { return pictureWords.has(ofNoun(toks, i)) }

// themeOf reports "का थीम" right after the event word ending at toks[i]:
// "ब्रिक्स सम्मेलन का थीम … है". Only the theme: "यात्रा का उद्देश्य …",
// "बैठक का एजेंडा …" often tell the event itself, with its date.
func themeOf(toks []token, i int) bool { return ofNoun(toks, i) == "थीम" }

// toldDoneAfter reports a कि clause after byte from (up to to) that tells
// an event as done: "… कहा कि आज सुबह उनके साथ … चर्चा हुई", with no verb of
// what is to come.
func (x *extractor) toldDoneAfter(from, to int) bool {
	toks := tokenize(x.text, from, to)
	k := slices.IndexFunc(toks, func(t token) bool { return t.key == "कि" })
	if k < 0 || len(eventHits(toks[k+1:])) == 0 && !slices.ContainsFunc(toks[k+1:], func(t token) bool { return talkWords.has(t.key) || t.key == "चर्चा" }) {
		return false // ("उनके साथ … चर्चा हुई": talks, which eventHits reads only with more around them)
	}
	vs := hindi.Verbs(x.text, toks[k].end, to)
	return len(vs) > 0 && !slices.ContainsFunc(vs, func(v hindi.Verb) bool { return v.Ahead() }) && vs[len(vs)-1].Tense == hindi.Past
}

// toldHeldAfter reports an event of kind k told as done between bytes
// from and to: "… और सोमवार को दोनों की मुलाकात हुई".
func (x *extractor) toldHeldAfter(from, to int, k timeline.Kind) bool {
	toks := tokenize(x.text, from, to)
	if !slices.ContainsFunc(eventHits(toks), func(h hit) bool { return h.kind == k }) {
		return false
	}
	if _, ok := hasAny(toks, lastWords); ok {
		return false // "… कहा कि पिछली मुलाकात अच्छी रही": another, the one before
	}
	v, ok := hindi.LastVerb(x.text, from, to)
	return ok && v.Tense == hindi.Past && !pluperfect(x.text, []hindi.Verb{v})
}

// sayingThat reports a clause c (toks its tokens) that ends in a verb of
// saying and whose next word is कि: "… ने … के दौरान 12 फरवरी को कहा कि".
func (x *extractor) sayingThat(c span, toks []token) bool {
	if len(toks) == 0 || !sayVerb(toks[len(toks)-1].key) && !(len(toks) >= 2 && sayVerb(toks[len(toks)-2].key) && isAux(toks[len(toks)-1].key)) {
		return false
	}
	t := hindi.Next(x.text, c.end)
	return t.Kind == hindi.Word && t.Text(x.text) == "कि"
}

func sayVerb(w string) bool { return w == "कहा" || w == "बताया" }

// timeFrameAfter reports a postposition of time right after the event
// word ending at toks[i]: "यात्रा से (ठीक) पहले", "दौरे के बाद", "के
// दौरान".
func timeFrameAfter(toks []token, i int) bool {
	at := func(k int) string {
		if k < len(toks) {
			return toks[k].key
		}
		return ""
	}
	switch {
	case at(i+1) == "से" && (at(i+2) == "पहले" || at(i+2) == "ठीक" && at(i+3) == "पहले"):
		return true
	case at(i+1) == "के" && (at(i+2) == "बाद" || at(i+2) == "दौरान"):
		return true
	}
	return false
}

// deniedReport reports an event word at toks[i] whose report or chance
// is denied: "बैठक की संभावना को खारिज किया", "मुलाकात की खबरों का खंडन
// किया".
func deniedReport(toks []token, i int) bool {
	if !rumourWords.has(ofNoun(toks, i)) || i+4 >= len(toks) || toks[i+3].key != "को" && toks[i+3].key != "का" {
		return false
	}
	return toks[i+4].key == "खारिज" || toks[i+4].key == "खंडन"
}

// rumourWords name what may be denied of an event: its chance, reports or
// rumours of it.
var rumourWords = setOf("संभावना", "संभावनाओं", "खबरों", "ख़बरों", "खबर", "अटकलों", "अफवाहों", "अफ़वाहों", "रिपोर्टों", "रिपोर्ट्स", "दावों")

// ofNoun returns the noun that toks[i] is the genitive of ("मुलाकात की
// तस्वीरें": तस्वीरें), or "".
func ofNoun(toks []token, i int) string {
	if i+2 >= len(toks) || toks[i+1].key != "की" && toks[i+1].key != "के" && toks[i+1].key != "का" {
		return ""
	}
	return toks[i+2].key
}

// wishWords after an event noun and की speak of a wish for it: "मिलने की
// इच्छा जताई", "मुलाकात की ख्वाहिश".
var wishWords = setOf("इच्छा", "ख्वाहिश", "ख़्वाहिश", "मंशा", "चाहत")

// chanceWords after an event noun and की, का or के speak of a chance of
// it: "वार्ता का अवसर", "मिलने का मौका".
var chanceWords = setOf("अवसर", "मौका", "मौक़ा", "अवसरों")

// verbAfterAhead reports whether the first verb group after byte pos is
// one of what is to come: "अवसर प्रदान करेगा", not "मौका मिला".
func verbAfterAhead(verbs []hindi.Verb, pos int) bool {
	for _, v := range verbs {
		if v.Start >= pos {
			return v.Ahead()
		}
	}
	return false
}

// manyBefore reports कई or अनेक shortly before the event word at toks[i].
func manyBefore(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if toks[j].key == "कई" || toks[j].key == "अनेक" {
			return true
		}
	}
	return false
}

func verbAhead(vs []hindi.Verb) bool {
	return len(vs) > 0 && vs[len(vs)-1].Ahead()
}

// visitedCountries returns the country a visit goes to, as visitedAt, and
// every country of the list that ends with it ("साइप्रस, बल्गेरिया और चेक
// गणराज्य की यात्रा"), or that one alone.
func visitedCountries(text string, toks []token) (string, []string) {
	c, j := visitedAt(text, toks)
	return c, visitedListAt(text, toks, c, j)
}

// visitedListAt is visitedCountries' list for the country c that
// visitedAt found at toks[j].
func visitedListAt(text string, toks []token, c string, j int) []string {
	if c == "" {
		return nil
	}
	if l := countryList(text, toks, j); slices.Contains(l, c) {
		return l
	}
	return []string{c}
}

// visitedBesides returns the country named before "के अलावा" right before
// the visited country at the clause's visit: "प्रधानमंत्री अमेरिका के अलावा
// नीदरलैंड और पुर्तगाल का दौरा भी करेंगे" visits the US too.
// c and j are what visitedAt returns for toks.
func visitedBesides(text string, toks []token, c string, j int) string {
	if c == "" {
		return ""
	}
	for i := j - 1; i >= 2 && i >= j-8; i-- {
		if toks[i].key == "अलावा" && toks[i-1].key == "के" {
			if b, _, ok := countryEndingAt(text, toks, i-2); ok && b != c {
				return b
			}
			return ""
		}
	}
	return ""
}

// stopNamed returns the country of a stop of a journey listed as its
// date and then its place alone ("14 मई को ओस्लो", "प्रधानमंत्री 12 मई को
// क्रोएशिया की राजधानी ज़गरेब"), and it alone as the list; "" when
// anything else follows the date.
func stopNamed(text string, toks []token, d hindidate.Match) (string, []string) {
	if k := slices.IndexFunc(toks, func(t token) bool { return t.start >= d.End }); k < 0 || toks[k].key != "को" {
		// A stop's day: "14 मई को"; not "अगले महीने सऊदी अरब, इजरायल की
		// यात्रा", a list the comma cut (heldout29 10's headline).
		return "", nil
	}
	c := ""
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.end <= d.End, t.key == "को" || t.key == "की" || t.key == "के" || t.key == "राजधानी" || t.key == "शहर":
			// The subject and the date come first: what follows them is the stop.
		default:
			if p, ok := lookupPlace(t.text); ok && p.country != "" {
				c = p.country
				continue
			}
			k := j
			for k+1 < len(toks) && toks[k+1].key != "को" && toks[k+1].key != "की" && toks[k+1].key != "के" {
				k++
			}
			country, f, ok := countryEndingAt(text, toks, k)
			if !ok || f != j {
				return "", nil
			}
			c, j = country, k
		}
	}
	if c == "" {
		return "", nil
	}
	return c, []string{c}
}

// visitCues are the words visitedAt reads a country before.
var visitCues = unionOf(visitNouns, visitVerbs, reachWords, comeWords)

// visitedFromStarts are the words visitedFrom reads anything at: every
// other word costs it one lookup.
var visitedFromStarts = unionOf(visitCues, stayVerbs, goWords, cameWords, setOf("आने", "जाने", "आना"))

// journeyPlanNouns follow "आने की/का" or "जाने की/का": the plan or the
// call of a journey.
var journeyPlanNouns = setOf("योजना", "कार्यक्रम", "प्लान", "कार्यक्रमों", "कार्यक्रमो", "तैयारी", "निमंत्रण", "न्योता", "न्यौता", "आमंत्रण", "संभावना", "उम्मीद")

// visitedAt returns the country a visit goes to ("X की यात्रा", "X के
// दौरे", "X पहुंचे", "X आएंगे", "X जाएंगे", "X के लिए रवाना") and the
// index of the last word of its name.
func visitedAt(text string, toks []token) (string, int) {
	// "चीन के दौरे के बाद सुषमा मंगोलिया जाएंगी", "फ्रांस के 2 दिन के दौरे के
	// बाद मोदी … यूएई पहुंचे": the visit done before is the journey's
	// frame; the country gone to next is the one told after it.
	if c, j := visitedFrom(text, toks, true, false); c != "" {
		return c, j
	}
	return visitedFrom(text, toks, false, false)
}

// visitedFrom is visitedAt, reading no visit noun told as done before
// ("… के दौरे के बाद") when skipDone is set, nor, with skipAhead too, one
// told as still to come ("… के दौरे से पहले").
func visitedFrom(text string, toks []token, skipDone, skipAhead bool) (string, int) {
	byDemonym, byDemonymAt := "", 0
	for i, t := range toks {
		if !visitedFromStarts.has(t.key) {
			continue
		}
		if skipDone && (doneVisitAt(toks, i) || skipAhead && visitAheadAt(toks, i)) {
			continue
		}
		if c, ok := stayIn(toks, i); ok {
			return c, i - 2 // "मोदी उज्बेकिस्तान में होंगे"
		}
		if i > 0 && (t.key == "आने" || t.key == "जाने") && i+2 < len(toks) && (toks[i+1].key == "वाले" || toks[i+1].key == "वाली" || toks[i+1].key == "वाला") && predicateAux.has(toks[i+2].key) {
			// "… भारत आने वाले हैं", "जापान जाने वाले थे": the place right
			// before is where one is to come or go; "भारत आने वाले
			// पर्यटकों" is a participle of others.
			if p, ok := lookupPlace(toks[i-1].text); ok && p.country != "" {
				return p.country, i - 1
			}
		}
		if i > 0 && (t.key == "आने" || t.key == "जाने") && i+2 < len(toks) && (toks[i+1].key == "की" || toks[i+1].key == "का") && journeyPlanNouns.has(toks[i+2].key) {
			// "… भारत आने की योजना रद्द कर दी", "चीन जाने का कार्यक्रम":
			// the plan of a journey to the place right before.
			if j, name := placeBefore(toks, i); j >= 0 {
				if p, ok := lookupPlace(name); ok && p.country != "" {
					return p.country, j
				}
			}
		}
		if i > 0 && (goWords.has(t.key) || cameWords.has(t.key) || t.key == "आना") {
			// "शिखर बैठक के लिए मॉस्को गए थे", "दिल्ली आए", "भारत आना तय
			// है": the place
			// right before the verb is where one went; "अमेरिका गए भारतीय
			// छात्रों" is a participle, no one's journey told.
			if j, name := placeBefore(toks, i); j >= 0 {
				if p, ok := lookupPlace(name); ok && p.country != "" && journeyEnds(toks, i) {
					return p.country, j
				}
			}
			continue
		}
		if !visitCues.has(t.key) {
			continue
		}
		if i+1 < len(toks) && (i+2 == len(toks) || joinedByPunct(text, toks[i+1], toks[i+2]) && !(visitNouns.has(t.key) && hyphened(text, toks[i+1], toks[i+2]))) {
			// A headline's order, the verb first: "खुर्शीद पहुंचे चीन, …",
			// "पहुंचे जापान-सिंगापुर दौरे …"; not "चीन दौरा भारत-चीन
			// संबंधों को …", a pair's name after a noun.
			if p, ok := lookupPlace(toks[i+1].text); ok && p.country != "" {
				return p.country, i + 1
			}
		}
		for j, n := i-1, 0; j >= max(0, i-12) && n < 4; j-- {
			if hindi.IsLatin(toks[j].text) {
				continue // "अमेरिका (United States Of America) के दौरे पर"; at most twelve words back
			}
			if hasDigit(toks[j].text) || durationWords.has(toks[j].key) || toks[j].key == "एक" || j+1 < i && hyphened(text, toks[j], toks[j+1]) {
				// "जापान के दो दिनों (28-30 जुलाई) के दौरे": the length and
				// days between; "चीन की एक हाई-प्रोफाइल यात्रा": an article
				// and one word written with a hyphen.
				continue
			}
			if _, ok := hindi.LookupMonth(toks[j].text); ok {
				continue
			}
			n++
			w := toks[j].text
			if j+2 < i && (toks[j+1].key == "के" || toks[j+1].key == "की") {
				if _, k := officeAt(toks, j+2); k > 0 {
					// "कतर के अमीर तमीम दो दिवसीय यात्रा पर भारत पहुंचे":
					// the country of the office before the noun is the
					// traveller's; where the visit goes is told after.
					break
				}
			}
			if p, ok := lookupPlace(w); ok && p.country != "" {
				if c, f, ok := countryEndingAt(text, toks, j); ok && f < j {
					return c, j // "पापुआ न्यू गिनी की यात्रा", not Guinea's
				}
				return p.country, j
			}
			if c := demonyms[w]; c != "" && j == i-1 && visitNouns.has(t.key) && byDemonym == "" {
				// "दस दिवसीय अमेरिकी दौरे पर": the adjective right before the
				// noun, if no place is named ("पिछले अमेरिकी दौरे … के बाद
				// … जापान की यात्रा").
				byDemonym, byDemonymAt = c, j
			}
			if c, _, ok := countryEndingAt(text, toks, j); ok {
				return c, j // "चेक गणराज्य", a spelling of its own
			}
			if toks[j].key == "राजधानी" && j >= 2 && (toks[j-1].key == "की" || toks[j-1].key == "के") {
				if c, k, ok := countryEndingAt(text, toks, j-2); ok {
					return c, k // "लाओस की राजधानी वियनतियाने की यात्रा": the capital's country
				}
			}
			if j >= 1 && placeFirstWords()[toks[j-1].text] {
				if p, ok := lookupPlace(toks[j-1].text + " " + w); ok && p.country != "" {
					return p.country, j
				}
			}
		}
		if j, ok := bothCountriesAt(text, toks, i); ok {
			// "रूस और चीन के साथ संबंधों को … मनमोहन सिंह 20 अक्टूबर से
			// दोनों देशों का दौरा करेंगे": the two named before.
			if c, _, ok := countryEndingAt(text, toks, j); ok {
				return c, j
			}
		}
		if j, ok := nCountriesBefore(toks, i); ok {
			// "सर्बिया, जमैका और पनामा के अपने तीन देशों के दौरे": the list
			// stands before "N देशों के".
			if c, _, ok := countryEndingAt(text, toks, j); ok {
				return c, j
			}
		}
		// "पनामा की अपनी 28 अप्रैल से 1 मई तक यात्रा": अपनी opens the
		// visit's phrase, whatever stands before its noun.
		for j := i - 5; j >= max(0, i-12); j-- {
			if toks[j+1].key != "की" && toks[j+1].key != "के" || toks[j+2].key != "अपनी" && toks[j+2].key != "अपने" {
				continue
			}
			if p, ok := lookupPlace(toks[j].text); ok && p.country != "" {
				return p.country, j
			}
		}
	}
	return byDemonym, byDemonymAt
}

// sharedNameParts are parts of many leaders' names: "शेख मोहम्मद बिन
// जायद" teaches nothing of "मोहम्मद मुइज्जू".
var sharedNameParts = setOf("मोहम्मद", "मुहम्मद", "मोहमद", "शेख", "शेख़", "बिन", "अब्दुल", "अब्दुल्ला", "अली", "हसन", "हुसैन", "सिंह")

func (x *extractor) remember(pp person) {
	p := pp.Participant
	if p.Name.Hi == "" || p.Country == "" {
		return
	}
	if headOffices.has(p.Title.Hi) && former(x.text, pp) { // onlyHeadOf asks of heads only
		if x.formerNames == nil {
			x.formerNames = map[string]bool{}
		}
		x.formerNames[p.Name.Hi] = true // "पूर्व प्रधानमंत्री प्रविंद जगन्नाथ": no head now
	}
	words := strings.Fields(p.Name.Hi)
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 3 && !nameStop.has(w) && !sharedNameParts.has(w) {
			if _, ok := x.known[w]; !ok {
				x.known[w] = p
			}
		}
	}
	// "रक्षा मंत्री राजनाथ सिंह … श्री सिंह …": a surname many share names
	// the one told before, while the story names no other with it.
	if last := words[len(words)-1]; len(words) > 1 && sharedSurnames.has(last) {
		if x.surnameOf == nil {
			x.surnameOf = map[string]string{}
		}
		switch before, seen := x.surnameOf[last]; {
		case !seen:
			x.surnameOf[last] = p.Name.Hi
			if _, ok := x.known[last]; !ok {
				x.known[last] = p
			}
		case before != "" && before != p.Name.Hi && !strings.HasSuffix(p.Name.Hi, before) && !strings.HasSuffix(before, p.Name.Hi):
			x.surnameOf[last] = ""
			delete(x.known, last)
		}
	}
}

// sharedSurnames are the sharedNameParts that end a name.
var sharedSurnames = setOf("सिंह", "अली", "हसन", "हुसैन")

// rememberAlias remembers the quoted name printed after a person's name
// ("पुष्प कमल दहल, 'प्रचंड'", "दहल ‘प्रचंड’"), by which the text may
// name him alone later.
func (x *extractor) rememberAlias(p person) {
	if p.Name.Hi == "" || p.Country == "" || p.end >= len(x.text) {
		return
	}
	rest := x.text[p.end:min(len(x.text), p.end+80)]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, ","), " ")
	open, n := utf8.DecodeRuneInString(rest)
	closeQuote, ok := aliasQuotes[open]
	if !ok {
		return
	}
	alias, after, found := strings.Cut(rest[n:], string(closeQuote))
	if !found || strings.ContainsAny(alias, " ,।") || utf8.RuneCountInString(alias) < 3 {
		return
	}
	if next := strings.Fields(after); len(next) > 0 && (hindi.IsPostposition(next[0]) || next[0] == "शब्द" || next[0] == "नारा" || next[0] == "नारे") {
		return // "ट्रंप 'टैरिफ' को लेकर …", "पुतिन 'दोस्ती' शब्द का …": a word quoted, no name
	}
	if _, ok := x.known[alias]; !ok {
		x.known[alias] = p.Participant
	}
}

// aliasQuotes pairs the quote marks a nickname is printed in.
var aliasQuotes = map[rune]rune{'\'': '\'', '‘': '’', '"': '"', '“': '”'}

// story is an event under construction: its mentions, in text order.
// visitDays returns N of "N दिवसीय" or "N दिन के/की" in toks (digits or
// a number word), or 0.
func visitDays(toks []token) int {
	for i := 1; i < len(toks); i++ {
		w := toks[i].key
		if weekWords.has(w) && i+2 < len(toks) && (toks[i+1].key == "के" || toks[i+1].key == "की") && (toks[i+2].key == "लिए" || visitNouns.has(toks[i+2].key)) {
			// "एक हफ्ते के लिए भारत दौरे पर हैं", "दो सप्ताह की यात्रा":
			// weeks of seven days.
			if n := numberOf(toks[i-1].text); n > 0 && n < 5 && !doneVisitWithin(toks, i+1, i+4) {
				return 7 * n
			}
			continue
		}
		if w != "दिवसीय" && !(w == "दिन" || w == "दिनों") {
			continue
		}
		if (w == "दिन" || w == "दिनों") && (i+1 >= len(toks) || toks[i+1].key != "के" && toks[i+1].key != "की") {
			continue
		}
		if doneVisitWithin(toks, i+1, i+4) {
			continue // "फ्रांस के 2 दिन के दौरे के बाद", "तीन दिन की अमेरिका यात्रा समाप्त करने के बाद": the days of the visit before
		}
		if n := numberOf(toks[i-1].text); n > 0 && n < 30 {
			return n
		}
	}
	return 0
}

// tourLength reports a length in days told of a tour of several
// countries ("चार यूरोपीय देशों की छह दिवसीय यात्रा"), or with part of a
// tour the visit is a part of ("… जो उनके चार दिवसीय दौरे का हिस्सा है",
// which a sentence may tell in a clause of its own), not of the visit.
func tourLength(toks []token, part bool, days int) bool {
	for i, t := range toks {
		if t.key != "दिवसीय" && t.key != "दिन" {
			continue
		}
		if n := 0; i > 0 {
			if n = numberOf(toks[i-1].text); n > 0 && n != days {
				continue // "दो दिवसीय यात्रा पर … जो उनके छह दिवसीय दौरे का हिस्सा है": the visit's own two days are not the tour's
			}
		}
		if part {
			for _, u := range toks[i+1 : min(len(toks), i+4)] {
				if u.key == "हिस्सा" || u.key == "हिस्से" {
					return true
				}
			}
			continue
		}
		for j := max(0, i-4); j < i; j++ {
			if toks[j].key == "देशों" && j >= 1 && (numberOf(toks[j-1].text) > 1 || j >= 2 && numberOf(toks[j-2].text) > 1) {
				return true
			}
		}
	}
	return false
}

// weekWords count a visit's length in weeks.
var weekWords = setOf("हफ्ते", "हफ़्ते", "सप्ताह", "हफ्तों", "सप्ताहों")

// doneVisitAt reports a visit noun at toks[i] told as done before the
// event: "दौरे के बाद", "यात्रा के पश्चात", "यात्रा खत्म करने के बाद".
func doneVisitAt(toks []token, i int) bool {
	if i+2 >= len(toks) || !visitNouns.has(toks[i].key) {
		return false
	}
	k := i + 1
	if k+1 < len(toks) && endWords.has(toks[k].key) && (toks[k+1].key == "करने" || toks[k+1].key == "होने") {
		k += 2 // "नाइजीरिया की दो दिन की यात्रा खत्म करने के बाद"
	}
	return k+1 < len(toks) && toks[k].key == "के" && (toks[k+1].key == "बाद" || toks[k+1].key == "पश्चात")
}

// priorLegs inserts before each journey of got (every telling of the text)
// made or under way the leg
// of the trip done before it that its clause names, as a visit of its own
// that an editor drafts: "जॉर्डन का दौरा पूरा करने के बाद इथियोपिया
// पहुंचे", "फ्रांस के 2 दिन के दौरे के बाद … यूएई पहुंचे", "मालदीव से
// श्रीलंका पहुंचे". Not a country a visit was told to before (that visit
// is the leg), nor one the traveller comes home from.
func (x *extractor) priorLegs(got []*mention) []*mention {
	for i := 0; i < len(got); i++ {
		m := got[i]
		if m.kind != timeline.Visit || m.status != timeline.Held || m.visited == "" || m.frame || m.plup || m.legOf != nil {
			continue
		}
		if clause := x.text[m.clause.start:m.clause.end]; !strings.Contains(clause, " से ") && !strings.Contains(clause, " बाद") && !strings.Contains(clause, "पश्चात") {
			continue // no leg told: most journeys, no tokens needed
		}
		toks := tokenize(x.text, m.clause.start, m.clause.end)
		c, days, at := priorLeg(x.text, toks, m.visited)
		if c != "" && slices.ContainsFunc(x.matches, func(d hindidate.Match) bool {
			return d.Start >= m.clause.start && d.Start < toks[at].start && (m.date == nil || d.Start != m.date.Start)
		}) {
			continue // "साल 2019 में चीन के दौरे के बाद …", "पिछले साल …": a visit of its own time, no leg of this trip
		}
		if c == "" || slices.ContainsFunc(got, func(o *mention) bool {
			return o.kind == timeline.Visit && o.wordAt != toks[at].start && slices.Contains(append([]string{o.visited}, o.visitedAll...), c)
		}) {
			continue
		}
		var travellers []person
		home := false
		for _, p := range m.people {
			if p.Role == timeline.Host || p.Country == m.visited {
				continue
			}
			home = home || p.Country == c
			travellers = append(travellers, p)
		}
		if home || len(travellers) == 0 {
			continue
		}
		// "इटली के तीन दिन के दौरे के बाद … पहुंचे": the visit noun may be
		// told already, as the frame the journey comes after.
		if k := slices.IndexFunc(got, func(o *mention) bool { return o.frame && o.kind == timeline.Visit && o.wordAt == toks[at].start }); k >= 0 {
			o := got[k]
			o.people, o.visited, o.visitedAll, o.days, o.legOf = travellers, c, []string{c}, days, m
			o.frame, o.date, o.dateOwn = false, nil, false
			continue
		}
		leg := *m
		leg.people = travellers
		leg.visited, leg.visitedAll = c, []string{c}
		leg.date, leg.dateOwn, leg.others, leg.replaced = nil, false, nil, nil
		leg.word, leg.wordAt = toks[at].text, toks[at].start
		if toks[at].key == "से" {
			leg.word = m.word // "मालदीव से श्रीलंका पहुंचे": the journey's verb tells the leg too
		}
		leg.days = days
		leg.welcomedBy = nil
		leg.place, leg.placeName, leg.city = timeline.Place{}, "", ""
		leg.legOf = m
		got = slices.Insert(got, i, &leg)
		i++
	}
	return got
}

// priorLeg returns the country of a leg done before the journey to
// visited that toks tell, the days it is told to have lasted ("2 दिन के",
// "दो दिवसीय") or 0, and the index of the word that tells it: a visit
// noun told as done ("X का दौरा पूरा करने के बाद", "X के दौरे के बाद") or
// the "से" of "X से (सीधे) Y".
func priorLeg(text string, toks []token, visited string) (string, int, int) {
	for i := 1; i < len(toks); i++ {
		if doneVisitAt(toks, i) {
			j, days := i-1, 0
			if j >= 0 && (toks[j].key == "अपनी" || toks[j].key == "अपने") {
				j--
			}
			if j >= 1 && toks[j].key == "दिवसीय" {
				days, j = numberOf(toks[j-1].text), j-2
			} else if j >= 2 && (toks[j].key == "के" || toks[j].key == "की" || toks[j].key == "का") && toks[j-1].key == "दिन" {
				days, j = numberOf(toks[j-2].text), j-3
			}
			if j < 1 || toks[j].key != "के" && toks[j].key != "की" && toks[j].key != "का" {
				continue
			}
			if c, ok := legCountry(text, toks, j-1); ok && c != visited {
				return c, days, i
			}
			continue
		}
		if toks[i].key != "से" {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].key == "सीधे" {
			k++
		}
		if k >= len(toks) {
			continue
		}
		if to, ok := legCountry(text, toks, k); !ok || to != visited || k+1 >= len(toks) || !reachWords.has(toks[k+1].key) && !visitVerbs.has(toks[k+1].key) && toks[k+1].key != "गए" && toks[k+1].key != "गये" {
			continue
		}
		if c, ok := legCountry(text, toks, i-1); ok && c != visited {
			return c, 0, i
		}
	}
	return "", 0, 0
}

// legCountry returns the country of the place named at toks[k]: a
// country's name ending there, or a known city.
func legCountry(text string, toks []token, k int) (string, bool) {
	if k < 0 || k >= len(toks) {
		return "", false
	}
	if c, _, ok := countryEndingAt(text, toks, k); ok {
		return c, true
	}
	if p, ok := lookupPlace(toks[k].text); ok && p.country != "" {
		return p.country, true
	}
	return "", false
}

// visitAheadAt reports a visit noun at toks[i] told as the time before
// which something else happens: "देउबा के 23 अगस्त के प्रस्तावित भारत दौरे
// से पहले काठमांडू दौरे पर पहुंची हैं" is set in Kathmandu.
func visitAheadAt(toks []token, i int) bool {
	return i+2 < len(toks) && visitNouns.has(toks[i].key) && toks[i+1].key == "से" && toks[i+2].key == "पहले"
}

// doneVisitWithin reports doneVisitAt at any of toks[from:to+1].
func doneVisitWithin(toks []token, from, to int) bool {
	for k := from; k <= to; k++ {
		if doneVisitAt(toks, k) {
			return true
		}
	}
	return false
}

// endWords end a visit: "यात्रा खत्म करने के बाद", "दौरा पूरा होने के बाद".
var endWords = setOf("खत्म", "ख़त्म", "समाप्त", "पूरा", "पूरी", "संपन्न")

// dayGapBefore reads "से N दिन पहले" after a frame the main event comes
// before ("जी-20 शिखर सम्मेलन शुरू होने से एक दिन पहले … बैठक हुई"): N,
// the days from the main event to the frame; 0 when none are told.
func dayGapBefore(toks []token, h hit) int {
	i := h.last
	if i+3 < len(toks) && toks[i+1].key == "शुरू" && toks[i+2].key == "होने" {
		i += 2
	}
	if !h.later || i+4 >= len(toks) || toks[i+1].key != "से" || toks[i+4].key != "पहले" || toks[i+3].key != "दिन" && toks[i+3].key != "दिनों" {
		return 0
	}
	return numberOf(toks[i+2].key)
}

// dayGapAfter returns N of "के N दिन बाद" right after the frame hit h, or
// 0.
func dayGapAfter(toks []token, h hit) int {
	at := func(i int) string {
		if i < len(toks) {
			return toks[i].key
		}
		return ""
	}
	i := h.last
	if !h.after || at(i+1) != "के" || at(i+4) != "बाद" || at(i+3) != "दिन" && at(i+3) != "दिनों" {
		return 0
	}
	return numberOf(at(i + 2))
}

// numberOf reads a small number in digits or words.
func numberOf(s string) int {
	if n := 0; hasDigit(s) {
		for _, r := range s {
			d := hindi.DigitValue(r)
			if d < 0 {
				return 0
			}
			n = n*10 + d
		}
		return n
	}
	words := []string{"", "एक", "दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह"}
	for i, w := range words {
		if i > 0 && s == w {
			return i
		}
	}
	switch s {
	case "पाँच":
		return 5
	case "छः", "छे":
		return 6
	}
	return 0
}

func allHome(ps []person, home string) bool {
	for _, p := range ps {
		if p.Country != home {
			return false
		}
	}
	return true
}

// guessedVisitor reports people whose country no word says (homeGuess)
// on a visit to the home country by its name: "राष्ट्रपति … भारत की
// यात्रा करेंगे" is a foreign visitor, where "प्रधानमंत्री … गुजरात दौरे पर"
// tours at home. The one at whose invitation he comes is no visitor
// ("प्रधानमंत्री देउवा … नरेंद्र मोदी के निमंत्रण पर … भारत यात्रा पर जा रहे
// हैं").
func guessedVisitor(ps []person, toks []token, home string) bool {
	for _, p := range ps {
		if !p.homeGuess && !inviterAt(toks, p.end) {
			return false
		}
	}
	for i, t := range toks {
		if !visitNouns.has(t.key) && !visitVerbs.has(t.key) && !comeWords.has(t.key) {
			continue
		}
		for j := i - 1; j >= max(0, i-2); j-- {
			if c, ok := countryCode(toks[j].text); ok && c == home {
				return true
			}
		}
	}
	return false
}

type story struct {
	ms       []*mention
	first    *mention // the mention that made it
	kind     timeline.Kind
	when     date.When
	wnotes   []string
	dated    *mention // the mention its date came from
	inferred string   // where an inferred date came from, or ""
	pos      int      // byte offset of its first mention
	end      int      // byte offset after its last mention
	parent   *story   // the event it happens during, for inferred dates
	// duringTrip reports a date taken from a visit or summit under way
	// (tripUnderWay), which follows the trip's days once they are known.
	duringTrip bool
}

// offDated reports a story dated by the day the event was called or put
// off (mention.offDay): a telling with the event's own days, later, joins
// it and dates it.
func (s *story) offDated() bool { return s.dated != nil && s.dated.offDay }

// mergeSameTalks joins the meetings told twice with dates of their own that
// agree: "मुंबई जाएंगे, जहां वे मैक्रों से मिलेंगे" (17 February), "…
// मुंबई में प्रधानमंत्री के साथ द्विपक्षीय बैठक भी करेंगे" (the visit's
// days) and "17 फरवरी को दोपहर करीब 3:15 बजे, दोनों नेता … द्विपक्षीय
// मीटिंग करेंगे" are one meeting of the same two sides. The finest date
// wins.
func (x *extractor) mergeSameTalks(ss []*story) []*story {
	// The meetings, each read once; a meeting is compared with the next
	// backWindow only, so that a long text costs time linear in its length.
	var talks []*talk
	for _, s := range ss {
		if (s.kind == timeline.BilateralMeeting || s.kind == timeline.SidelineMeeting || s.kind == timeline.PhoneCall) && !s.when.IsZero() {
			talks = append(talks, newTalk(s))
		}
	}
	into := map[*story]*story{}
	for i, a := range talks {
		if into[a.s] != nil {
			continue
		}
		for _, b := range talks[i+1 : min(len(talks), i+1+backWindow)] {
			if into[b.s] != nil || !x.sameTalks(a, b) {
				continue
			}
			a.s.ms = append(a.s.ms, b.s.ms...)
			a.s.end = max(a.s.end, b.s.end)
			if b.s.kind == timeline.PhoneCall {
				a.s.kind = timeline.PhoneCall // "बात की", then "फोन पर हुई बातचीत": the talk was the call
			}
			if b.s.kind == timeline.SidelineMeeting && a.s.kind == timeline.BilateralMeeting {
				a.s.kind = timeline.SidelineMeeting // one telling says "से इतर"
			}
			// "इस यात्रा के दौरान … वार्ता होगी" dated by the visit's days,
			// then "17 फरवरी को … मिलेंगे": the day told is the talks'.
			ownWithin := a.s.inferred != "" && b.s.inferred == "" && within(b.s.when, a.s.when)
			if finer(b.s.when, a.s.when, a.s.kind) || b.s.when.IsTimed() && !a.s.when.IsTimed() || ownWithin {
				a.s.when, a.s.wnotes, a.s.dated, a.s.inferred = b.s.when, b.s.wnotes, b.s.dated, b.s.inferred
			}
			for c, d := range b.sides {
				if _, ok := a.sides[c]; !ok {
					a.sides[c] = d
				}
			}
			into[b.s] = a.s
		}
	}
	if len(into) == 0 {
		return ss
	}
	for _, s := range ss {
		if t := into[s.parent]; t != nil {
			s.parent = t
		}
	}
	return slices.DeleteFunc(ss, func(s *story) bool { return into[s] != nil })
}

// talk is a meeting as mergeSameTalks compares it: who it names of each
// country, and whether any telling calls it off.
type talk struct {
	s         *story
	sides     map[string]side
	calledOff bool
}

func newTalk(s *story) *talk {
	t := &talk{s: s, sides: talkSides(s)}
	for _, m := range s.ms {
		t.calledOff = t.calledOff || m.status == timeline.Cancelled || m.status == timeline.Postponed
	}
	return t
}

// sameTalks reports two meetings of the same kind between the same two
// countries, neither called off, whose dates overlap and whose people do
// not differ: each side named by a name or an office, not only "अधिकारियों",
// and no two names or offices of one country that differ.
func (x *extractor) sameTalks(ta, tb *talk) bool {
	a, b := ta.s, tb.s
	meetings := func(k timeline.Kind) bool { return k == timeline.BilateralMeeting || k == timeline.SidelineMeeting }
	if a.kind != b.kind && !(meetings(a.kind) && meetings(b.kind)) && !talkWasCall(a, b) && !talkWasCall(b, a) || ta.calledOff || tb.calledOff || !overlaps(a.when, b.when) {
		return false
	}
	if otherLevel(a, b.first) || otherLevel(b, a.first) {
		return false
	}
	if a.first.after || b.first.after || (a.first.status == timeline.Held) != (b.first.status == timeline.Held) {
		return false // "इस मुलाकात के बाद … बातचीत होगी": talks after the talks
	}
	// The sides: the same one or two countries, the home side of a
	// meeting left to a pronoun in one of the tellings ("जहां वे … मैक्रों से
	// मिलेंगे", "दोनों नेता").
	ca, cb := ta.sides, tb.sides
	shared, foreign, n := false, false, len(ca)
	for c, d := range ca {
		e, in := cb[c]
		shared = shared || in
		foreign = foreign || c != x.home
		if d.vague() || in && e.vague() {
			return false // "फ्रांसीसी अधिकारियों से वार्ता": a delegation's talks, maybe others
		}
		if in && (d.name != "" && e.name != "" && !sameSpelling(d.name, e.name) || d.office != "" && e.office != "" && d.office != e.office) {
			return false // another minister of the same country: other talks
		}
	}
	for c, e := range cb {
		if _, in := ca[c]; !in {
			n++
			foreign = foreign || c != x.home
			if e.vague() {
				return false
			}
		}
	}
	return shared && foreign && n <= 2
}

// talkWasCall reports a talk told only as talking ("दोनों नेताओं ने … बात
// की", "बातचीत हुई") and a call: the words of the one fit the other, and
// whether the talk was by phone only the call says.
func talkWasCall(talk, call *story) bool {
	if talk.kind != timeline.BilateralMeeting || call.kind != timeline.PhoneCall {
		return false
	}
	for _, m := range talk.ms {
		// "मॉस्को में द्विपक्षीय वार्ता की": talks in a city were held
		// there. ("यूक्रेन में … के बारे में बात की" is what they spoke of.)
		if !m.generic || !talkingWords.has(m.word) || m.city != "" {
			return false
		}
	}
	for _, m := range call.ms {
		// "इससे पहले फोन पर भी बात की थी": a call besides the talks.
		if containsWord(m.text, "भी") || containsWord(m.text, "पहले") || containsWord(m.text, "बाद") {
			return false
		}
	}
	return true
}

// talkingWords name talking, by any means: not मुलाकात, बैठक or भेंट, which
// are met in person.
var talkingWords = setOf("बात", "बातचीत", "वार्ता")

// sameSpelling reports two spellings of one name that differ only in
// their vowels: "बाइडेन" and "बिडेन", "मॉरिसन" and "मॉरीसन".
// Transliterations of one foreign name disagree on vowels far more often
// than on consonants.
//
// Short names meet too easily under that key (हसीना and हसन): one of
// fewer than four consonants counts only when both spellings are listed
// as the same country's leader.
func sameSpelling(a, b string) bool {
	if a == b || hindi.Fold(a) == hindi.Fold(b) {
		return true // "ट्रंप" and "ट्रम्प": one word in the layer's folding
	}
	n, same := sameConsonants(a, b)
	return same && (n >= 4 || leaderCountry(a) != "" && leaderCountry(a) == leaderCountry(b))
}

// sameConsonants reports whether two Devanagari words have the same
// consonants in the same order, vowels and marks aside (as consonantOf
// reads them), and how many. It does not allocate: samePerson
// asks it of many pairs of words.
func sameConsonants(a, b string) (int, bool) {
	next := func(s string, i int) (rune, int) {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if c, ok := consonantOf(r); ok {
				return c, i
			}
		}
		return -1, i
	}
	n := 0
	for i, j := 0, 0; ; n++ {
		var ra, rb rune
		ra, i = next(a, i)
		rb, j = next(b, j)
		if ra != rb {
			return n, false
		}
		if ra < 0 {
			return n, true
		}
	}
}

// nuktaBase is the base consonant of each precomposed nukta letter,
// U+0958 to U+095F: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
var nuktaBase = [8]rune{'क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'}

// consonantOf returns the consonant r stands for, a nukta letter as its
// base and a retroflex stop as its dental (ट ठ ड ढ as त थ द ध: foreign
// names are spelt with either), or false for a vowel or a mark.
func consonantOf(r rune) (rune, bool) {
	if r >= '\u0958' && r <= '\u095f' {
		r = nuktaBase[r-'\u0958']
	}
	switch r {
	// Foreign names are spelt with either stop: "स्टैनिकजई" and
	// "स्तानिकजई", "पुटिन" and "पुतिन".
	case 'ट':
		r = 'त'
	case 'ठ':
		r = 'थ'
	case 'ड':
		r = 'द'
	case 'ढ':
		r = 'ध'
	}
	return r, !isVowelOrMark(r)
}

// isVowelOrMark reports a Devanagari vowel letter, vowel sign, virama or
// other mark.
func isVowelOrMark(r rune) bool {
	return r >= 'अ' && r <= 'औ' || r >= '\u093a' && r <= '\u094f' || r >= '\u0900' && r <= '\u0903' || r >= '\u0962' && r <= '\u0963'
}

// side is who a story names of one country: the last word of the first
// name told, and the first office told, each "" if none.
type side struct{ name, office string }

// vague reports a side named by neither a name nor an office: only
// "अधिकारियों", "नेताओं".
func (d side) vague() bool { return d.name == "" && d.office == "" }

// talkSides returns the countries of the people a story's tellings name.
func talkSides(s *story) map[string]side {
	out := map[string]side{}
	for _, m := range s.ms {
		for _, p := range m.people {
			if p.Country == "" {
				continue
			}
			d := out[p.Country]
			if f := strings.Fields(p.Name.Hi); len(f) > 0 && d.name == "" {
				d.name = f[len(f)-1]
			}
			switch t := p.Title.Hi; {
			case d.office != "" || t == "":
			case t == "समकक्ष" || t == "समकक्षों":
				d.office = "समकक्ष" // the same office as the home side's: not a राष्ट्रपति met by a minister
			case !groupOffices[t]:
				d.office = officeKey(t)
			}
			out[p.Country] = d
		}
	}
	return out
}

// build turns the mentions of the article into events: a mention joins the
// event it tells again (same kind and date; a reference such as "यह
// बातचीत"; a mention without a date of a kind already told), or starts
// one.
func (x *extractor) build(ms []*mention) []*story {
	var ss []*story
	var last *story // the last event told, for "इस दौरान"
	later := laterIndex(ms)
	byText := map[string]*story{}
	var heads []*story // the events of the headline, which the body tells again
	firstBody := slices.IndexFunc(ms, func(m *mention) bool { return !m.headline })
	// The span of a visit whose frame dated its end ("21 मार्च तक की यात्रा
	// के दौरान"), by the date's offset: what happens "during" it in the
	// same clause is dated by the whole visit, not by its last day.
	var untilSpan map[int]date.When
	for mi, m := range ms {
		var w date.When
		var wn []string
		if m.date != nil {
			w, wn = WhenOf(m.date.Date)
			if sp, ok := untilSpan[m.date.Start]; ok && !m.frame {
				w, wn = sp, []string{fmt.Sprintf("%q ends the visit it happens during: dated by the whole visit", m.date.Text)}
			} else if b, ok := x.boundOf(m.date, w); ok {
				w, wn = b, append(wn, fmt.Sprintf("the text tells the event %s %q, a bound, not its day; check it", b.Bound(), m.date.Text))
			}
		}
		if at, ok := x.toldRecent(m); ok {
			// "… ने सोमवार को … बात की और … हुई हालिया मुलाकात के बारे में
			// जानकारी दी": the recent meeting came before the day told,
			// which is the telling's.
			switch {
			case m.date == nil:
				m.earlier = true // infer bounds it by what was told before
			case m.date.End <= at && !w.IsZero() && w.Bound() == date.NoBound && !x.recentOwnsDate(m.date.End, at):
				first, _ := w.Days()
				w, wn = date.Before(first).WithZone(w.Zone()), append(wn, fmt.Sprintf("told as recent in a sentence dated %q, the telling's date: before it; check it", m.date.Text))
			}
		}
		recent := ss[max(0, len(ss)-backWindow):]
		var target *story
		key := m.text + "\x00" + string(m.kind) + "\x00" + m.word + "\x00" + strconv.FormatBool(m.frame) + " " + strconv.FormatBool(m.after) // as fmt.Sprint(m.frame, m.after), in one allocation
		if t, ok := byText[key]; ok && t.first.clause != m.clause {
			target = t // a paragraph printed twice
		}
		if m.purpose && !w.IsZero() && target == nil {
			// "शिखर सम्मेलन में भाग लेने के लिए 7 सितंबर को … यात्रा":
			// the summit told before is the one the visit is for; the date
			// is the visit's.
			for i := len(recent) - 1; i >= 0; i-- {
				if recent[i].kind == m.kind && !recent[i].when.IsZero() && !otherSummit(recent[i], m) {
					target, w = recent[i], date.When{}
					break
				}
			}
		}
		if m.offDay && target == nil {
			// "… व्यापार वार्ता 25 नवंबर को होनी थी। अमेरिका ने शनिवार को
			// यह वार्ता टाल दी": the plan told, put off that day.
			for i := len(recent) - 1; i >= 0; i-- {
				if o := recent[i]; o.kind == m.kind && !o.when.IsZero() && o.when != w && !otherCounterpart(o, m, x.home) && !sidesApart(o, m, x.home) && !(m.kind == timeline.Visit && (otherVisitor(x.text, o, m) || otherTraveller(o.first, m))) {
					if _, off := storyStatus(o); off == nil && o.first.status != timeline.Held {
						target, w, wn = o, date.When{}, nil
					}
					break
				}
			}
		}
		if m.venue && target == nil {
			// "सोमवार को वाशिंगटन पहुंचे। मंगलवार को वे व्हाइट हाउस
			// पहुंचे": a building reached within days of a visit told
			// before is a move within it.
			for i := len(recent) - 1; i >= 0; i-- {
				if s := recent[i]; s.kind == timeline.Visit && (w.IsZero() || s.when.IsZero() || overlaps(s.when, w) || x.daysBefore(s.when, w, 7)) && x.sameVisitors(s, m) {
					target, w, wn = s, date.When{}, nil
					break
				}
			}
		}
		if m.denied {
			// The plan of the same kind told last in an earlier sentence,
			// still to come, with no side the denial does not name; or
			// nothing.
			for i := len(recent) - 1; i >= 0 && target == nil; i-- {
				o := recent[i]
				if o.kind == m.kind && o.first.sent != m.sent && !otherCounterpart(o, m, x.home) && !x.otherSides(o, m) {
					if _, f := storyStatus(o); f == nil && !x.heldBefore(o) && o.first.status != timeline.Held {
						target = o
					}
					break
				}
			}
			if target == nil {
				continue
			}
			w, wn = date.When{}, nil
		}
		var again *story
		if target == nil {
			again = x.offAgain(recent, m)
		}
		switch {
		case target != nil:
		case m.legOf != nil:
			// A leg done before the journey its clause tells: its own
			// story, which no later telling of another journey joins.
		case again != nil:
			m.offAgain = true // another trip called off, before the one told: its own story
			if len(m.people) == 0 {
				m.people = again.first.people // "इस यात्रा को सितंबर में भी टाला गया था": the same traveller's
			}
			if m.visited == "" {
				m.visited, m.visitedAll = again.first.visited, again.first.visitedAll
			}
		case m.refers:
			// "पांचवीं मंत्रिस्तरीय बैठक" refers to the multilateral
			// meeting told before, not to the talks told since: a kind
			// the words make sure of first, then any the noun may stand
			// for (a bare "बैठक" is bilateral only by default).
			for pass := 0; pass < 2 && target == nil; pass++ {
				for i := len(recent) - 1; i >= 0; i-- {
					ss := recent
					if (m.status == timeline.Cancelled || m.status == timeline.Postponed) && ss[i].first.statusWord == underWayWord && tripWithin(ss[i].first, m) {
						continue // "… चीन के दौरे पर हैं। उन्होंने अपना भारत दौरा रद्द कर दिया है"
					}
					if ss[i].first.clause == m.clause {
						continue // the frame of the same clause ("… से इतर"), not what "यह मुलाकात" refers to
					}
					if toldOnlyAsSince(ss[i]) && w.IsZero() {
						continue // "… वीडियो कॉल करने के बाद से …" is not what "उनकी पांचवीं कॉल" is
					}
					if x.offSaidBefore(ss[i], m) {
						continue
					}
					if m.kind == timeline.Visit && ss[i].kind == timeline.Visit && (m.status == timeline.Cancelled || m.status == timeline.Postponed) && otherVisitor(x.text, ss[i], m) {
						continue // "… सुगा ने … यात्रा को रद्द कर दिया है। इससे पहले … बोरिस जॉनसन ने अपना भारत दौरा रद्द कर दिया": his own
					}
					if _, e := ss[i].when.Days(); m.kind == timeline.Visit && ss[i].kind == timeline.Visit && !e.IsZero() && !e.After(x.reported) && !m.past && otherVisitor(x.text, ss[i], m) {
						continue // "… 2001 में तत्कालीन पीएम … वाजपेयी ने … यात्रा की थी। … पीएम मोदी का यह दौरा …": his, not that one
					}
					if pass == 0 && (ss[i].kind != m.kind || m.kind == timeline.BilateralMeeting) {
						continue
					}
					// "इस समिट" after "वर्चुअल समिट", which the model keeps as a
					// video call.
					virtual := m.kind == timeline.Summit && ss[i].kind == timeline.PhoneCall && x.toldByVideo(ss[i])
					// "… बाइडेन के साथ बैठक करेंगे। यह बैठक वर्चुअल रूप से
					// आयोजित की जाएगी": the meeting told before is held by
					// video, a call.
					byVideo := m.kind == timeline.PhoneCall && ss[i].kind == timeline.BilateralMeeting &&
						containsAny(x.text[m.clause.start:m.clause.end], videoWords)
					if byVideo && pass == 1 && w.IsZero() {
						target = ss[i]
						target.kind = timeline.PhoneCall
						break
					}
					if m.counted && (otherCounterpart(ss[i], m, x.home) || ss[i].kind == timeline.Summit || ss[i].kind == timeline.MultilateralMeeting) {
						continue // "ब्रिक्स सम्मेलन के 2 दिन बाद … पुतिन से बात हुई": other talks
					}
					// "… ब्रिक्स शिखर सम्मेलन चल रहा है। इस सम्मेलन में …": the
					// summit of the sentence just before, by the noun of its
					// name.
					// So is "इस सम्मेलन के बाद …" after a summit under way.
					ofSummit := m.kind == timeline.MultilateralMeeting && (!m.frame || told(m, " के बाद") && ss[i].first.status == timeline.Held) && ss[i].kind == timeline.Summit && (containsWord(m.text, "इस "+m.word) || containsWord(m.text, "इसी "+m.word) || containsWord(m.text, "यह "+m.word)) && (m.word == "सम्मेलन" || m.word == "समिट") &&
						(ss[i].end <= m.sent.start && strings.TrimSpace(x.text[ss[i].end:m.sent.start]) == "" || x.onlyGathering(recent, ss[i], m))
					if (compatible(m.kind, m.generic, ss[i].kind) || virtual || ofSummit) && (m.frame || w.IsZero() || ss[i].when.IsZero() || ss[i].when == w || !ss[i].dated.dateOwn || ss[i].offDated() || overlaps(ss[i].when, w)) {
						// "इस दौरे के दौरान … गुरुवार को मुलाकात की": a frame that
						// refers back is the event told before, whatever the date
						// of the clause, which is its main event's.
						target = ss[i]
						if m.frame {
							w, wn = date.When{}, nil // "इस सम्मेलन के बाद … गुरुवार को जापान जाएंगे": the journey's day
						}
						break
					}
				}
			}
			if target == nil && m.kind == timeline.MultilateralMeeting && w.IsZero() && !hasKind(recent, timeline.Summit) && x.summitNamedJustBefore(m) {
				if f := x.purposeList[len(x.purposeList)-1]; m.label == "" && m.group == "" {
					m.label, m.group = f.label, f.group // the frame's summit, not another group's told later
				}
				// "… शिखर सम्मेलन के लिए मलेशिया नहीं जाएंगे। वे वर्चुअली इस
				// सम्मेलन का हिस्सा बनेंगे": the summit named as the purpose
				// of a journey, which drafted no event of its own; not one
				// of a summit drafted, which a date of its own keeps apart
				// ("इस सम्मेलन को … 10 जनवरी को उद्घाटन करने वाले थे").
				m.kind = timeline.Summit
			}
		case !w.IsZero():
			for _, s := range recent {
				if s.kind == m.kind && s.when == w && !otherCounterpart(s, m, x.home) && !otherSummit(s, m) && !visitsElsewhere(s.first, m) && !(m.kind == timeline.Visit && (otherVisitor(x.text, s, m) || otherTraveller(s.first, m))) {
					target = s
					break
				}
			}
			if target == nil && m.kind == timeline.Visit {
				if s, span, ok := x.stayUntil(recent, m, w); ok {
					// "25 जून को रवाना होंगी … 27 जून तक … दौरे पर
					// रहेंगी": the visit begun on one day lasts until
					// the other.
					target, w, wn = s, date.When{}, nil
					s.when = span
					if m.frame {
						if untilSpan == nil {
							untilSpan = map[int]date.When{}
						}
						untilSpan[m.date.Start] = span
					}
				}
			}
			if target == nil {
				if s, span, ok := x.summitGoesOn(recent, m, w); ok {
					// "एससीओ शिखर सम्मेलन आज से शुरू हो रहा है", then "16
					// अक्टूबर को एससीओ समिट के दौरान संबोधन देंगे": the summit
					// begun that day lasts until the day told.
					target, w, wn = s, date.When{}, nil
					s.when = span
				}
			}
			if target == nil {
				target = x.sameTrip(recent, m, w)
			}
			if target == nil {
				// An event told first without a date (a headline) takes
				// the date of the first telling with one, if no other
				// date came between them.
				// "वह इससे पहले जनवरी 2010 में भारत आई थीं": another,
				// earlier event.
				earlier := earlierTime(m.text) || x.lastOne(m.clause)
				for _, s := range append(heads, recent...) {
					if earlier {
						break
					}
					// "इस दौरान वह जापान में जी-7 शिखर सम्मेलन में हिस्सा लेंगे",
					// then "जी-7 शिखर सम्मेलन के लिए … 19 से 21 मई तक …": a
					// group's summit named alike is the one told, though told
					// first as a frame.
					sameGroup := m.label != "" && s.kind == timeline.Summit && slices.ContainsFunc(s.ms, func(o *mention) bool { return o.label == m.label })
					// "… जॉनसन ने अपनी भारत की यात्रा को रद्द कर दिया है। … इस माह
					// भारत की यात्रा पर आने वाले थे": the plan that was to be is
					// the one called off, whatever dates came between.
					_, off := storyStatus(s)
					planOff := m.kind == timeline.Visit && m.unfulfilled && off != nil && m.visited != "" && m.visited == s.first.visited && sharesTraveller(s, &story{ms: []*mention{m}})
					// "… ने अपना भारत दौरा टाल दिया है। … वे 2019 में भारत आए
					// थे": a trip made is not the one put off.
					madeNotOff := off != nil && m.status == timeline.Held && m.past && m.plup // not "अब वे बुधवार को नई दिल्ली पहुंचे", the trip made at last
					// "मोदी करेंगे रूस की यात्रा", then "8-10 जुलाई 2024 को रूस और
					// ऑस्ट्रिया की आधिकारिक यात्रा करेंगे": the tour takes in the
					// country told first.
					tourOf := m.kind == timeline.Visit && s.kind == timeline.Visit && len(m.visitedAll) > 1 && slices.Contains(m.visitedAll, s.first.where)
					// "समझौता … की आगामी कोलंबो यात्रा के दौरान होगी", then "… चार से
					// छह अप्रैल को श्रीलंका में होंगे": the visit told first as
					// a frame is the one told after with its days.
					visitFramed := m.kind == timeline.Visit && s.kind == timeline.Visit && !m.frame && (s.first.frame || s.first.duringKind == timeline.Visit)
					// "ट्रंप से मुलाकात से पहले चीनी राष्ट्रपति जाएंगे उत्तर
					// कोरिया" above "… 20-21 जून को उत्तर कोरिया की यात्रा
					// करेंगे": a headline's trip told as before another event
					// is the trip the body dates.
					headlineTripBefore := s.first.headline && s.first.afterLater && m.kind == timeline.Visit && x.sameTense(s.first, w) // not "… 2019 में भी … गए थे"
					if compatible(m.kind, m.generic, s.kind) && s.when.IsZero() && !m.offPlan && !s.first.offAgain && s.first.legOf == nil && !madeNotOff && !otherSummit(s, m) && (!s.first.during || sameGroup || visitFramed) && (!s.first.after || headlineTripBefore) && (!placesDiffer(s.first, m) || tourOf) && !otherVisitor(x.text, s, m) && !(m.kind == timeline.Visit && otherTraveller(s.first, m)) && !replans(s, m) && (s.pos < x.headEnd || s.first.headline || !otherCounterpart(s, m, x.home)) && !otherLevel(s, m) && !agreedInIt(s, m) &&
						(s.pos < x.headEnd || s.first.headline || planOff || !x.datedBetween(s.end, m.clause.start, s.when) || x.sameTense(s.first, w) && !x.furtherPast(s.first, m)) &&
						(s.kind == m.kind || s.kind == timeline.PhoneCall || s.kind == timeline.BilateralMeeting && m.kind == timeline.SidelineMeeting) {
						target = s
						break
					}
				}
			}
		case m.after:
			// "इस मुलाकात के बाद … बातचीत होगी": another event than the one
			// it follows.
		default:
			// Without a date: the event of that kind told last, unless a
			// date came since, which dates this telling instead. Told
			// last is by the latest telling, not the first: "फिर टाली भारत
			// यात्रा, अब अगले साल करेंगे दौरा। … दिसंबर में प्रस्तावित
			// यात्रा को टाल दिया है। … यात्रा को स्थगित कर दिया है" puts off
			// December's visit, though next year's was told first.
			ss := append(x.byLast[:0], recent...)
			slices.SortStableFunc(ss, func(a, b *story) int { return a.end - b.end })
			x.byLast = ss
			sinceSkipped := false
			for i := len(ss) - 1; i >= 0; i-- {
				if ss[i].first.offAgain || ss[i].first.legOf != nil {
					continue // told as over and done with
				}
				if toldOnlyAsSince(ss[i]) && m.date == nil {
					// "मार्च में वीडियो कॉल करने के बाद से यह दूसरी बातचीत थी।
					// … फोन कॉल लगभग दो घंटे तक चली": the call told again is
					// the news, not the one it is counted since; nor does
					// that one's date date it.
					sinceSkipped = true
					continue
				}
				// "… से मुलाकात की" meets someone: not the multilateral
				// meeting told before, of which it may be a sideline.
				metOne := ss[i].kind == timeline.MultilateralMeeting && slices.ContainsFunc(m.people, func(q person) bool { return q.counterpart })
				// A meeting of many ("मंत्रिपरिषद की बैठक") is not the
				// bilateral one told before.
				// Nor is one attended ("वे आसियान रक्षा मंत्रियों की बैठक में
				// भाग ले रहे हैं") the talks with one counterpart told before.
				attended := m.kind == timeline.MultilateralMeeting && (ss[i].kind == timeline.BilateralMeeting || ss[i].kind == timeline.PhoneCall) &&
					attendsIn(m.text)
				many := m.kind == timeline.MultilateralMeeting && (m.aside || attended) && ss[i].kind != m.kind
				// "… प्रधानमंत्री मोदी के साथ वार्षिक शिखर वार्ता के लिए
				// भारत आने की योजना थी। दोनों नेताओं के बीच बैठक गुवाहाटी
				// में होनी थी": the two leaders' meeting is their summit.
				bothOfSummit := ss[i].kind == timeline.Summit && m.generic && len(talkSides(ss[i])) == 2 && (containsWord(m.text, "दोनों नेताओं") || containsWord(m.text, "दोनों नेता"))
				// "… ने सुषमा से बात की और … वार्ता स्थगित करने को लेकर खेद
				// व्यक्त की": the talks put off are not the call of the
				// clause before.
				offAfterCall := ss[i].kind == timeline.PhoneCall && m.word != "बात" && ss[i].first.sent == m.sent && ss[i].first.clause != m.clause && (m.status == timeline.Cancelled || m.status == timeline.Postponed)
				if offAfterCall {
					continue
				}
				if x.offSaidBefore(ss[i], m) {
					continue
				}
				if m.word == "अध्यक्षता" && !slices.ContainsFunc(ss[i].ms, func(o *mention) bool { return o.word == m.word }) && slices.ContainsFunc(ss[i].ms, func(o *mention) bool {
					return slices.ContainsFunc(o.people, func(q person) bool { return q.counterpart && q.Name.Hi != "" })
				}) {
					// "… प्रधानमंत्री शेख हसीना से करेंगी मुलाकात … इस दौरान वह …
					// संयुक्त सलाहकार आयोग की सह-अध्यक्षता करेंगी": the
					// commission is not the call on someone named.
					continue
				}
				if handWords.has(m.word) && !slices.ContainsFunc(ss[i].ms, func(o *mention) bool { return handWords.has(o.word) }) {
					// "… ओली की भारतीय प्रधानमंत्री से मुलाकात होनी है … विदेश
					// सचिव प्रधानमंत्री ओली को … निमंत्रण सौंप सकते हैं": the
					// call to hand it over is not the talks it invites to.
					continue
				}
				if (m.statusWord == couldNotWord || m.status == timeline.Cancelled || m.status == timeline.Postponed) && m.kind != timeline.PhoneCall && ss[i].kind == timeline.PhoneCall && (m.statusWord == couldNotWord || ss[i].first.status == timeline.Held) {
					// "… मुलाकात नहीं हो पाई तो आज … टेलीफोन पर बातचीत की",
					// "… पूर्व-निर्धारित मीटिंग रद्द हो गई, लेकिन … फोन कॉल के
					// माध्यम से संवाद स्थापित हुआ": not the call that took its
					// place.
					continue
				}
				if m.kind == timeline.Visit && m.statusWord == underWayWord {
					if _, off := storyStatus(ss[i]); off != nil {
						// "… का ताजमहल दौरा रद्द … मुत्ताकी भारत दौरे पर
						// हैं": the visit under way is not the trip
						// called off within it.
						continue
					}
				}
				if (m.status == timeline.Cancelled || m.status == timeline.Postponed) && ss[i].first.statusWord == underWayWord && tripWithin(ss[i].first, m) {
					continue // "… भारत दौरे पर हैं … उनका आगरा दौरा रद्द": the same, told the other way round
				}
				// "मोदी पहली बार बहुपक्षीय बैठक में शामिल होने जा रहे हैं"
				// after the summit: a meeting of many by name, undated, of
				// someone the summit names, is the summit told again; not
				// one before or after it ("इससे पहले विदेश मंत्री … एक
				// बहुपक्षीय बैठक में शामिल होंगे").
				// So is a session of a conference by that word alone ("इसके
				// बाद प्रधानमंत्री ने सम्मेलन के तीसरे सत्र में हिस्सा लिया"):
				// a part of the summit, no gathering of its own.
				// So is the conference noun alone, or after "इस", of a summit
				// told by it ("… भारत-जापान वार्षिक सम्मेलन में हिस्सा लेंगे …
				// सम्मेलन के दौरान … पर भी चर्चा होगी").
				summitAgain := ss[i].kind == timeline.Summit && m.kind == timeline.MultilateralMeeting && m.date == nil &&
					(strings.Contains(m.text, "बहुपक्षीय "+m.word) && !m.after && !containsWord(m.text, "इससे") && !containsWord(m.text, "इसके") && x.ofTheSummit(ss[i], m) ||
						conferenceNoun.has(m.word) && (x.sessionOf(m) || x.bareConference(m) && slices.ContainsFunc(ss[i].ms, func(o *mention) bool { return conferenceNoun.has(o.word) })) ||
						sameGroupSummit(ss[i], m))
				// "इससे पहले … ब्रुसेल्स का दौरा भी रद्द कर दिया था": a visit
				// elsewhere called off is not the one called off before.
				offElsewhere := (m.status == timeline.Cancelled || m.status == timeline.Postponed) && toElsewhere(ss[i].first, m)
				if m.kind == timeline.Visit && ss[i].kind == timeline.Visit && m.visited != "" && m.visited != x.home && ss[i].first.visited == x.home && ss[i].first.status == timeline.Held && planned(m.status) &&
					!slices.Contains(visitCountries(ss[i]), m.visited) {
					// "… शी जिनपिंग जो इस समय भारत की यात्रा पर हैं … दो दिवसीय
					// नेपाल दौरे पर काठमांडू पहुंचेंगे": a guest's next stop
					// after his visit here is a visit of its own.
					continue
				}
				if m.kind == timeline.Visit && ss[i].kind == timeline.Visit && m.date == nil && !nextLeg(m.text, x.text[m.clause.start:m.sent.end]) && otherCountries(ss[i], m, x.home) && !slices.ContainsFunc(ss, func(o *story) bool { return o.kind == timeline.Visit && !otherCountries(o, m, x.home) }) {
					// "25 मार्च को बांग्लादेश के दौरे पर जाएंगे … बांग्लादेश के
					// अलावा पुर्तगाल और ब्रिटेन के दौरे पर भी जाएंगे": a trip to
					// other countries is another trip.
					continue
				}
				// "… ने उफा में सम्मेलन से इतर द्विपक्षीय बातचीत की थी": the
				// gathering the clause sets its talks beside is another event.
				besideIt := ss[i].kind != m.kind && slices.ContainsFunc(ss[i].ms, func(o *mention) bool { return o.clause == m.clause && o.frame && o.aside })
				// "… के साथ अनौपचारिक शिखर वार्ता के लिए सोची पहुंच गए। वार्ता
				// का केंद्र … रहेंगे": the bare word of the summit's name, with
				// no one and no day of its own, is the summit's talks.
				summitTalks := ss[i].kind == timeline.Summit && m.generic && !m.frame && m.date == nil && len(m.people) == 0 && !m.plup && !m.past &&
					slices.ContainsFunc(ss[i].ms, func(o *mention) bool { return strings.Contains(o.text, "शिखर "+m.word) })
				// "… त्रिपक्षीय बैठक हुई … इसके बाद … के बीच द्विपक्षीय
				// मुलाकात हुई": talks said to be of two are not the
				// meeting of many told before.
				// Not "द्विपक्षीय और साझा वैश्विक मुद्दों को लेकर बातचीत", on
				// bilateral matters.
				twoNotMany := m.kind == timeline.BilateralMeeting && ss[i].kind == timeline.MultilateralMeeting && strings.Contains(m.text, "द्विपक्षीय "+m.word)
				if (ss[i].kind == m.kind || m.generic && compatible(m.kind, true, ss[i].kind) && ss[i].kind != timeline.Summit && !metOne && !many && !besideIt && !twoNotMany && !groupsMeeting(m, ss[i]) || bothOfSummit || summitAgain || summitTalks) && !otherSummit(ss[i], m) && !offElsewhere {
					if (m.status == timeline.Cancelled || m.status == timeline.Postponed) && (x.heldBefore(ss[i]) || newPlan(ss[i]) && hasKind(ss[:i], ss[i].kind)) {
						// "आखिरी बार 2018 में भारत दौरा किया था। लेकिन इस बार …
						// भारत यात्रा को स्थगित कर दिया है": what was held is
						// not called off, nor the new plan made since ("अब
						// अगले साल … दौरा करेंगे") when a plan told before is
						// there to be.
						continue
					}
					if m.putOffTo != nil && !ss[i].when.IsZero() && ss[i].when.Start().Month() == m.putOffTo.Date.Start.Month() {
						// "अक्टूबर तक टाल दिया": the October visit is the new
						// plan, not the one put off.
						continue
					}
					if otherList(ss[i], m, x.home) {
						continue
					}
					if otherLevel(ss[i], m) && representativesTalk(ss[i].first) {
						// "… के प्रतिनिधि … दैनिक बातचीत कर रहे हैं … दोनों देशों
						// के राष्ट्रपति जल्द ही बातचीत कर सकते हैं": the leaders'
						// talks may be told before the representatives'.
						continue
					}
					if otherCounterpart(ss[i], m, x.home) || otherLevel(ss[i], m) {
						// "… शरीफ से मुलाकात करेंगे … उज्बेकिस्तान के राष्ट्रपति के साथ
						// बैठक करेंगे": two meetings; a pair named after both is
						// the earlier one's if it names its people.
						target = pairToldBefore(ss[max(0, i-backWindow):i], m)
						break
					}
					if otherVisitor(x.text, ss[i], m) {
						// "मोदी की भूटान यात्रा रद्द … भूटान के पीएम हाल में
						// … भारत आए थे": another visitor's visit.
						continue
					}
					// A headline's undated event ("…,बहुपक्षीय सम्मेलन में लेंगी
					// हिस्सा") is the one the body tells by the same noun,
					// whatever dates came between.
					headlineOnly := ss[i].pos < x.headEnd && ss[i].when.IsZero() && ss[i].kind == m.kind && (!m.generic || sharesCounterpart(ss[i], m, x.home))
					// "मीटिंग का मकसद … है": a bare noun of talks, with no one
					// and no date of its own, speaks of the talks told last.
					bare := m.generic && m.date == nil && len(m.people) == 0
					// "… मोदी-शी शिखर बैठक … शी शाम 5:30 बजे … पहुंचेंगे। … इनफॉर्मल
					// समिट से …": a summit told again without a date is the
					// summit told, whatever times came between.
					// Not one named otherwise ("… एससीओ शिखर सम्मेलन में भी")
					// nor "पिछले शिखर सम्मेलन".
					againSummit := m.kind == timeline.Summit && ss[i].kind == timeline.Summit && m.date == nil && !otherTime(m.text) &&
						(m.label == "" || slices.ContainsFunc(ss[i].ms, func(o *mention) bool { return o.label == m.label }))
					// "… गणतंत्र दिवस परेड में मुख्य अतिथि होंगे। पिछले साल …
					// निमंत्रण दिया था। … भारत में चार दिवसीय यात्रा पर
					// रहेंगे": the chief guest's visit, told again.
					guestAgain := m.kind == timeline.Visit && m.date == nil && guestWords.has(ss[i].first.word)
					// "… शुक्रवार को वियतनाम दौरे पर रवाना होंगे। … शनिवार को …
					// मुलाकात करेंगे। वियतनाम दौरे के जरिए पीएम मोदी चीन को कड़ा
					// संदेश देंगे": a visit to the same country told again
					// without a date, in the same tense, is the visit told.
					againVisit := m.kind == timeline.Visit && ss[i].kind == timeline.Visit && visitNouns.has(m.word) && !m.after && !m.frame && !told(m, " के बाद") && m.date == nil && !otherTime(m.text) && !m.background &&
						m.visited != "" && (m.visited != x.home || x.sameGuestHere(ss[i], m)) && slices.Contains(visitCountries(ss[i]), m.visited) && m.status != "" && m.status == ss[i].first.status
					// "… बाइडेन ने … पुतिन से फोन पर बात की है। … पिछले सप्ताह …
					// कहा था। इसको लेकर दोनों देशों के राष्ट्रपतियों ने फोन पर
					// बातचीत की है": the two sides' talks of the same kind, told
					// again the same way, are the talks told.
					// Not "दोनों देशों के विदेश मंत्रियों ने भी …": others, also.
					bothAgain := m.kind == ss[i].kind && m.date == nil && !m.refers && !otherTime(m.text) && m.status != "" && m.status == ss[i].first.status && m.plup == ss[i].first.plup &&
						(containsWord(m.text, "दोनों देशों") || containsWord(m.text, "दोनों नेताओं")) && len(talkSides(ss[i])) == 2 &&
						!containsWord(m.text, "भी") && !strings.Contains(m.text, "मंत्रियों") && !strings.Contains(m.text, "अधिकारियों") && !strings.Contains(m.text, "प्रतिनिधि")
					if bothAgain && (strings.Contains(m.text, "राष्ट्रपतियों") || strings.Contains(m.text, "प्रधानमंत्रियों") || containsWord(m.text, "दोनों नेताओं")) {
						// "दोनों देशों के राष्ट्रपतियों ने …": the story's own
						// leaders, no one carried from the sentence before.
						m.people = nil
					}
					if !x.datedBetween(ss[i].end, m.clause.start, ss[i].when) || sinceSkipped || m.headline || headlineOnly || bare || againSummit || guestAgain || againVisit || bothAgain || m.during && m.duringKind == ss[i].kind || m.status == timeline.Cancelled || m.status == timeline.Postponed || !m.hasVerb {
						target = ss[i]
					}
					break
				}
			}
		}
		if target == nil && m.counted {
			// "सम्मेलन के ठीक 3 दिन बाद … पुतिन से बात हुई" with no such
			// talks told before: the day is counted from something the
			// text dates, and no date told nearby is the talks'.
			m.undatable = true
		}
		if target == nil && m.generic && m.date == nil && len(m.people) == 0 && m.status == "" && m.hasVerb {
			continue // "मीटिंग का मकसद … है": speaks of talks, tells none
		}
		// "एससीओ शिखर सम्मेलन के दौरान … मुलाकात की", with no other
		// gathering told: the summit is drafted, as editors do, when what
		// it frames is held or planned (not "… मुलाकात की संभावना नहीं
		// है"); beside
		// another ("… के सम्मेलन के दौरान हुई थी" in a report of the G20)
		// it is background.
		aside := m.aside || m.groupDuring && (m.status == timeline.Held || m.status == timeline.Announced) && !slices.ContainsFunc(ms, func(o *mention) bool {
			return o != m && (o.kind == timeline.Summit || o.kind == timeline.MultilateralMeeting) && !o.headline && !(o.frame && (o.aside || o.groupDuring))
		})
		if target == nil && m.frame && !(m.kind == timeline.Visit || aside) {
			x.keepPurpose(m)
			continue // "सम्मेलन के दौरान मुलाकात": the frame is no draft of its own
		}
		if target == nil && w.IsZero() && m.frame && !m.underWay && !m.visitAhead && m.mainDate == nil && !x.attendedBefore(m) && !(aside && (m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting) && later[m.kind] <= mi && !hasKind(ss, timeline.Summit) && !hasKind(ss, timeline.MultilateralMeeting)) {
			// A frame without a date tells nothing of its own; but the
			// summit a meeting is on the sidelines of, told nowhere else
			// (no summit or multilateral meeting told before: "सार्क
			// सम्मेलन से पहले" after "सार्क देशों के विदेश मंत्रियों की
			// बैठक" is that meeting)
			// ("समरकंद में एससीओ शिखर सम्मेलन से इतर … मुलाकात"), is an
			// event, dated as the meeting is.
			x.keepPurpose(m)
			continue
		}
		if target == nil && m.status != timeline.Cancelled && m.status != timeline.Postponed && (!m.hasVerb || firstBody >= 0 && firstBody < mi && subheading(ms, mi)) {
			// A headline fragment without a verb may tell an event told
			// later; it waits for it. So does a subheading in the body
			// that names no one ("हाल ही में हुई थी अनौपचारिक मुलाकात"
			// above "इससे पहले 23 सितंबर को … एक अनौपचारिक बैठक भी की
			// थी").
			if later[m.kind] > mi {
				continue
			}
		}
		if target == nil && m.refers && len(m.people) == 0 && !w.IsZero() {
			// "मोदी का … दौरा स्थगित हो गया है … ये दौरा अब संभवतः फरवरी
			// में आयोजित किया जा सकता है": the visit told before, on a
			// new date, is its own draft but still theirs.
			for i := len(recent) - 1; i >= 0; i-- {
				if o := recent[i].first; recent[i].kind == m.kind && len(o.people) > 0 {
					m.people = slices.Clone(o.people)
					if m.visited == "" {
						m.visited, m.visitedAll = o.visited, o.visitedAll
					}
					break
				}
			}
		}
		if target == nil {
			target = &story{first: m, kind: m.kind, pos: m.clause.start}
			if !w.IsZero() {
				target.when, target.wnotes, target.dated = w, wn, m
			}
			if m.during || m.frame || m.after {
				target.parent = last
				want := m.duringKind
				if m.after {
					want = m.afterKind
				}
				if want != "" {
					for i := len(recent) - 1; i >= 0; i-- {
						if compatible(want, want != timeline.Visit && want != timeline.AgreementSigning, recent[i].kind) {
							target.parent = recent[i]
							break
						}
					}
				}
				if m.duringLast {
					if o := namedLast(recent, m); o != nil {
						target.parent = o
					}
				}
				if m.during && m.unfulfilled && target.parent != nil {
					// "… दौरा स्थगित हो गया है … अब संभवतः फरवरी में … इस दौरे के
					// दौरान मोदी … से मिलने वाले थे": what was to happen
					// during the trip was to happen on the one put off, not
					// on the new plan told since.
					for i := len(recent) - 1; i >= 0; i-- {
						if _, off := storyStatus(recent[i]); off != nil && recent[i].kind == target.parent.kind {
							target.parent = recent[i]
							break
						}
					}
				}
			}
			ss = append(ss, target)
			if target.pos < x.headEnd && len(heads) < backWindow {
				heads = append(heads, target)
			}
		} else if !w.IsZero() && (target.when.IsZero() || target.offDated() && m.dateOwn && !m.offDay && !m.frame || finer(w, target.when, m.kind) && !(m.frame && (m.kind == timeline.Visit || m.dateOwn && !m.aside) && target.dated != nil && !target.dated.frame)) {
			// (A date the event was called off on gives way to the
			// event's own: "अमेरिका ने शनिवार को वार्ता टाल दी। यह वार्ता
			// 25 नवंबर को होनी थी".)
			// (A frame's clause dates its main event: "दो दिनों तक हैदराबाद
			// दौरे के बाद … शनिवार सुबह … मुलाकात की" not the days the visit
			// was told with ("तीन दिवसीय दौरे के आखिरी दिन शनिवार को"), "समिट
			// के पहले दिन यानी सोमवार को … मिलेंगे" not the summit's span.)
			target.when, target.wnotes, target.dated = w, wn, m
		}
		if target.kind == timeline.BilateralMeeting && m.kind == timeline.SidelineMeeting {
			target.kind = m.kind // "यह मुलाकात … से इतर होगी": the meeting is a sideline one
		}
		if target.kind == timeline.BilateralMeeting && target.first.generic && m.kind == timeline.PhoneCall && (m.sent == target.first.sent || target.pos < x.headEnd) {
			// Talks a headline tells, or a sentence tells twice, that the
			// body tells as a call were the call ("… समकक्षों से बात की"
			// in the headline, "… फोन पर बात की" below).
			target.kind = m.kind
		}
		target.ms = append(target.ms, m)
		target.end = max(target.end, m.clause.end)
		byText[key] = target
		if !m.frame && m.legOf == nil {
			last = target
		}
	}
	return ss
}

// newPlan reports a story told only as a new plan, "अब … करेंगे".
func newPlan(s *story) bool {
	for _, m := range s.ms {
		if !planned(m.status) || m.unfulfilled || !containsWord(m.text, "अब") {
			return false
		}
	}
	return true
}

// replans reports a telling of a new plan ("अब अगले साल करेंगे दौरा")
// in the sentence of a story told only as called off ("फिर टाली भारत
// यात्रा, …"): the
// plan put off keeps its own date, or none, and the new one is another
// event.
func replans(s *story, m *mention) bool {
	if !planned(m.status) || m.unfulfilled || m.sent != s.first.sent && !s.first.headline || !containsWord(m.text, "अब") {
		return false
	}
	for _, o := range s.ms {
		if o.status != timeline.Cancelled && o.status != timeline.Postponed {
			return false
		}
	}
	return true
}

// heldBefore reports a story told only as held, on dates that ended
// before the report.
func (x *extractor) heldBefore(s *story) bool {
	if s.when.IsZero() {
		return false
	}
	for _, m := range s.ms {
		if m.status != timeline.Held {
			return false
		}
	}
	_, end := s.when.Days()
	return !end.IsZero() && end.Before(x.reported)
}

// furtherPast reports a telling m in the pluperfect ("फोन करके
// शुभकामनाएं दी थीं") after a telling a in the simple past ("फोन करके …
// बधाई दी"): the news told first, then something before it, another
// event even of the same kind and sides.
func (x *extractor) furtherPast(a, m *mention) bool {
	if !pluperfect(x.text, hindi.Verbs(x.text, m.clause.start, m.clause.end)) {
		return false
	}
	av := hindi.Verbs(x.text, a.clause.start, a.clause.end)
	return len(av) > 0 && !pluperfect(x.text, av)
}

// tellerMeant returns the one who tells ("X ने बताया कि …") the clause u of
// sentence s when u speaks of him by an object pronoun ("… ने उन्हें फोन
// किया", "… ने उनसे बात की"): one person of a country, named or by office.
func (x *extractor) tellerMeant(s, u span, toks []token) (person, bool) {
	if _, ok := hasAny(toks, tellerPronouns); !ok {
		return person{}, false
	}
	pre := x.tokens(s.start, u.start)
	n := len(pre)
	if n < 4 || pre[n-1].key != "कि" || !sayWords.has(pre[n-2].key) || pre[n-3].key != "ने" {
		return person{}, false
	}
	ps := people(x.text, pre, x.known, x.home, "")
	if len(ps) != 1 || ps[0].Country == "" || ps[0].Name.Hi == "" && ps[0].Title.Hi == "" {
		return person{}, false
	}
	return ps[0], true
}

// tellerPronouns stand for someone as the object of what is told: उन्हें,
// उनसे, उनको.
var tellerPronouns = setOf("उन्हें", "उनसे", "उनको")

// attendsIn reports "में (भी) भाग ले", "में हिस्सा ले", "में शिरकत" in
// text: a gathering attended.
func attendsIn(text string) bool {
	for _, w := range []string{"भाग ले", "हिस्सा ले", "शिरकत"} {
		if strings.Contains(text, " में "+w) || strings.Contains(text, " में भी "+w) {
			return true
		}
	}
	return false
}

// offAgain returns the visit called off and told as news that m, a visit
// called off told in the pluperfect with भी ("सितंबर में भी उनका दौरा रद्द
// कर दिया गया था", "इससे पहले भी एक बार … भारत दौरे को टाला था"), is an
// earlier one of: the same traveller's trip called off before; or nil.
func (x *extractor) offAgain(ss []*story, m *mention) *story {
	if m.kind != timeline.Visit || m.status != timeline.Cancelled && m.status != timeline.Postponed || !containsWord(m.text, "भी") ||
		!pluperfect(x.text, hindi.Verbs(x.text, m.clause.start, m.clause.end)) {
		return nil
	}
	if m.date == nil && (containsWord(m.text, "इस "+m.word) || containsWord(m.text, "इसी "+m.word)) || containsWord(m.text, "साथ") || containsAny(m.text, delegationWords) {
		// "इस यात्रा को पहले भी एक बार टाला गया था": the same trip; "उनके
		// साथ आने वाले … प्रतिनिधिमंडल का दौरा भी रद्द …": another party's.
		return nil
	}
	for _, s := range ss {
		if _, f := storyStatus(s); s.kind == timeline.Visit && f != nil && !pluperfect(x.text, hindi.Verbs(x.text, f.clause.start, f.clause.end)) && !otherVisitor(x.text, s, m) {
			return s
		}
	}
	return nil
}

// pluperfect reports a past verb among vs completed by था, थी, थे or थीं.
func pluperfect(text string, vs []hindi.Verb) bool {
	for _, v := range vs {
		if v.Tense != hindi.Past {
			continue
		}
		vt := text[v.Start:v.End]
		if i := strings.LastIndexByte(vt, ' '); i >= 0 && strings.HasPrefix(vt[i+1:], "थ") && predicateAux.has(vt[i+1:]) {
			return true
		}
	}
	return false
}

// offPluperfect reports a calling off or putting off told in the
// pluperfect ("यात्रा उन्होंने रद्द कर दी थी", "दौरा टल गया था"), not a
// plan ("जाने वाले थे") nor another act ("जिसकी जानकारी … दी थी"): the
// Hindi layer's cue for it stands in the verb group or in the word just
// before ("रद्द" of "रद्द कर दी थी").
func offPluperfect(text string, vs []hindi.Verb) bool {
	for _, v := range vs {
		vt := text[v.Start:v.End]
		i := strings.LastIndexByte(vt, ' ')
		if v.Tense != hindi.Past || i < 0 || !strings.HasPrefix(vt[i+1:], "थ") || !predicateAux.has(vt[i+1:]) {
			continue
		}
		from := strings.LastIndexByte(strings.TrimRight(text[:v.Start], " "), ' ') + 1 // the word before the verb group
		if slices.ContainsFunc(hindi.StatusCues(text, from, v.End), func(c hindi.Cue) bool {
			return !c.Negated && (c.Status == hindi.Cancelled || c.Status == hindi.Postponed)
		}) {
			return true
		}
	}
	return false
}

// sameTense reports whether a telling of an event fits a date w: a past
// telling a date that has begun by the dateline, a telling of what is to
// come a date that has not ended. A telling with no tense fits any.
func (x *extractor) sameTense(m *mention, w date.When) bool {
	start, end := w.Days()
	switch {
	case m.past && !m.unfulfilled:
		return !start.IsZero() && !start.After(x.reported)
	case m.upcoming || m.status == timeline.Announced || m.status == timeline.Proposed:
		return end.IsZero() || end.After(x.reported)
	case m.present && m.status == timeline.Held:
		// "वह भारत के चार दिवसीय दौरे पर हैं": under way at the dateline,
		// not a date a month or more before it.
		return end.IsZero() || !end.Before(x.reported.AddDays(-31))
	}
	return true
}

// sameTrip returns the visit story that a dated visit mention tells again
// with other days: the day of departure of a trip told as a span ("14 मई
// को रवाना होंगे" and "14 मई से 19 मई के बीच … यात्रा करेंगे"), or a vague
// date of it ("इस माह के मध्य में" and "12 मई से 17 मई तक"). A leg that
// names a city of its own ("12 मई को … ज़गरेब") is not the trip. Summits
// and multilateral meetings told with overlapping days are one too.
func (x *extractor) sameTrip(ss []*story, m *mention, w date.When) *story {
	for _, s := range ss {
		if s.when.IsZero() {
			continue
		}
		if w.IsTimed() && !s.when.IsTimed() && !s.when.IsSpan() && s.when.Precision() == date.Day && compatible(m.kind, m.generic, s.kind) {
			if ws, _ := w.Days(); ws == s.when.Start() && !otherCounterpart(s, m, x.home) {
				return s // "दोपहर एक बजे … बात करेंगे": the time of the call told for the day
			}
		}
		if s.kind != m.kind {
			continue
		}
		switch m.kind {
		case timeline.Summit, timeline.MultilateralMeeting:
			if overlaps(s.when, w) && !otherSummit(s, m) {
				return s
			}
		case timeline.Visit:
			if otherVisitor(x.text, s, m) || otherTraveller(s.first, m) || m.visited != "" && s.first.visited != "" && (m.visited == x.home) != (s.first.visited == x.home) {
				continue // "ली इसी माह … भारत आने वाले हैं" in a story of Khurshid in China: a visit here is no leg of one abroad
			}
			ws, _ := w.Days()
			ss0, _ := s.when.Days()
			if w.IsTimed() && s.when.IsSpan() && ws.AddDays(1) == ss0 {
				return s // a departure at night, the day before the visit
			}
			inVisited := s.first.city == "" && m.visited != "" && m.visited == s.first.visited
			if m.city != "" && !coarse(s.when) && !coarse(w) && m.city != s.first.city && !inVisited {
				continue // a leg of the trip ("12 मई को … ज़गरेब"), not a city of the one country visited
			}
			// "आज चीन रवाना … 21 से 26 अप्रैल तक चीन और मंगोलिया का दौरा":
			// the tour begun that day in the country left for is the same
			// trip.
			tourFrom := ws == ss0 && (slices.Contains(m.visitedAll, s.first.visited) || slices.Contains(s.first.visitedAll, m.visited)) && !otherTraveller(s.first, m)
			if m.visited != "" && s.first.visited != "" && m.visited != s.first.visited && !coarse(s.when) && !coarse(w) && !tourFrom {
				continue // "छह-सात जुलाई को मोदी उज्बेकिस्तान में होंगे": a leg in another country
			}
			if ws == ss0 && (!w.IsSpan() || !s.when.IsSpan()) {
				return s
			}
			if _, se := s.when.Days(); !w.IsSpan() && s.when.IsSpan() && !coarse(s.when) && !ws.Before(ss0) && ws.Before(se) &&
				m.visited != "" && m.visited == s.first.visited {
				return s // "ईरान यात्रा का आज अहम दिन है": a day of the visit to the same country
			}
			if w.IsTimed() && s.when.IsSpan() && ws.AddDays(1) == ss0 {
				return s // a departure at night, the day before the visit
			}
			if overlaps(s.when, w) && (coarse(w) || coarse(s.when)) {
				return s
			}
		}
	}
	return nil
}

// durationWords tell a visit's length between its country and its noun.
var durationWords = setOf("दिन", "दिनों", "दिवसीय", "दिवस", "दो", "तीन", "चार", "पांच", "पाँच", "छह")

// cameHere reports "यहां आए/पहुंचे …": a journey to where the report is
// filed.
func cameHere(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if hereWords.has(toks[i].key) {
			if n := toks[i+1].key; cameWords.has(n) || reachWords.has(n) || visitVerbs.has(n) && !strings.HasPrefix(n, "जा") {
				return true
			}
		}
	}
	return false
}

// thisCountryVisited reports "इस देश का दौरा", "उसी देश की यात्रा": a visit
// to the country told before.
func thisCountryVisited(toks []token) bool {
	for i := 1; i+2 < len(toks); i++ {
		if g := toks[i+1].key; toks[i].key == "देश" && thisWords.has(toks[i-1].key) && (g == "का" || g == "की" || g == "के") && visitNouns.has(toks[i+2].key) {
			return true
		}
	}
	return false
}

// hereCountry is the country of the dateline's place ("बीजिंग।"), or
// Options.Home's when the dateline names none the tables know.
func (x *extractor) hereCountry() string {
	if x.here != "" {
		return x.here
	}
	x.here = x.home
	if d, ok := FindDateline(x.text); ok {
		for name := range strings.SplitSeq(d.Place, "/") {
			if p, ok := lookupPlace(strings.TrimSpace(name)); ok && p.country != "" {
				x.here = p.country
				break
			}
		}
	}
	return x.here
}

// otherSides reports a mention naming a foreign country that the story s
// names nowhere: "… चीन के साथ कोई बैठक नहीं होगी" after talks with the US
// denies other talks.
func (x *extractor) otherSides(s *story, m *mention) bool {
	for _, p := range m.people {
		if p.Country == "" || p.Country == x.home {
			continue
		}
		if !slices.ContainsFunc(s.ms, func(o *mention) bool {
			return slices.ContainsFunc(o.people, func(q person) bool { return q.Country == p.Country })
		}) {
			return true
		}
	}
	return false
}

// visitsElsewhere reports two clauses of one sentence telling visits
// whose countries share none: "कल कतर जाएंगे और वहां से वह रविवार को …
// स्विट्जरलैंड जाएंगे" on the same day is two visits. (Tellings in
// different sentences, a headline's "अमेरिका सहित 3 देशों की यात्रा" and
// the body's "पुर्तगाल के लिए रवाना", are one tour told twice.)
func visitsElsewhere(a, b *mention) bool {
	return a.sent == b.sent && toElsewhere(a, b)
}

// whereToAttend reports an event in a clause opened by "जहां" that one
// was or is to attend there: "जहां पर उन्हें … बैठक में हिस्सा लेना था".
func whereToAttend(toks []token, h hit) bool {
	if len(toks) == 0 || toks[0].key != "जहां" && toks[0].key != "जहाँ" {
		return false
	}
	k := h.last + 1
	return k+2 < len(toks) && toks[k].key == "में" && (toks[k+1].key == "हिस्सा" || toks[k+1].key == "भाग" || toks[k+1].key == "शामिल")
}

// toElsewhere reports two visits, told in any sentences, to countries
// neither names.
func toElsewhere(a, b *mention) bool {
	if a.kind != timeline.Visit || b.kind != timeline.Visit || a.visited == "" || b.visited == "" {
		return false
	}
	in := func(c string, m *mention) bool { return c == m.visited || slices.Contains(m.visitedAll, c) }
	return !in(a.visited, b) && !in(b.visited, a)
}

// stayUntil finds the visit a telling "D तक" (until D) of a visit ends:
// one to the same country told before on a single day (or at an hour of
// it, when one arrived) up to two weeks earlier. A frame that names no
// country ("21 मार्च तक की यात्रा के दौरान …") is of the last such visit
// of the same visitor. It returns the visit and its span.
func (x *extractor) stayUntil(ss []*story, m *mention, w date.When) (*story, date.When, bool) {
	if m.date == nil || w.IsSpan() || w.Precision() != date.Day || w.Bound() != date.NoBound ||
		!strings.HasPrefix(strings.TrimLeft(x.text[m.date.End:], " "), "तक") {
		return nil, date.When{}, false
	}
	for i := len(ss) - 1; i >= 0; i-- {
		s := ss[i]
		if s.kind != timeline.Visit || s.when.IsApprox() {
			continue
		}
		if m.visited != "" && s.first.visited != m.visited || m.visited == "" && (!m.frame || s.first.visited == "" || otherVisitor(x.text, s, m)) {
			continue
		}
		from := s.when
		if a, b := s.when.Days(); s.when.IsTimed() && b == a.AddDays(1) {
			from = date.OnDay(a).WithZone(s.when.Zone()) // "शुक्रवार शाम को … पहुंच गए हैं": the day one arrived
		}
		if from.IsSpan() || from.Precision() != date.Day {
			continue
		}
		st, end := from.Start(), w.Start()
		if !st.Before(end) || st.AddDays(14).Before(end) {
			continue
		}
		if span, err := from.Until(w.WithZone(s.when.Zone())); err == nil {
			return s, span, true
		}
		if m.visited == "" {
			break // the last visit told, or none
		}
	}
	return nil, date.When{}, false
}

// summitDays is how many days after the first a summit told as begun may
// be told again as going on: the summits of many countries last two to
// four days; a group's summit a week on is another.
const summitDays = 3

// summitGoesOn returns the summit or meeting of many, told as beginning
// on one day ("… शिखर सम्मेलन आज से शुरू हो रहा है"), that a telling m of
// the same group's gathering on a day up to three days later goes on to,
// with the span from its first day to the end of m's date w.
func (x *extractor) summitGoesOn(ss []*story, m *mention, w date.When) (*story, date.When, bool) {
	if m.label == "" || m.after || told(m, " के बाद") || told(m, " से पहले") || told(m, " के पहले") || m.kind != timeline.Summit && m.kind != timeline.MultilateralMeeting || w.Precision() != date.Day || w.IsApprox() || w.Bound() != date.NoBound {
		return nil, date.When{}, false
	}
	for i := len(ss) - 1; i >= 0; i-- {
		s := ss[i]
		if s.kind != m.kind || s.when.IsSpan() || s.when.Precision() != date.Day || s.when.IsApprox() || s.dated == nil || !containsWord(s.dated.text, "शुरू") ||
			!slices.ContainsFunc(s.ms, func(o *mention) bool { return o.label == m.label }) {
			continue
		}
		first, from := s.when.Start(), w.Start()
		if !first.Before(from) || first.AddDays(summitDays).Before(from) {
			continue
		}
		if span, err := s.when.Until(w.WithZone(s.when.Zone())); err == nil {
			return s, span, true
		}
	}
	return nil, date.When{}, false
}

func hasKind(ss []*story, k timeline.Kind) bool {
	for _, s := range ss {
		if s.kind == k {
			return true
		}
	}
	return false
}

// beenWords are the past of होना: a sentence told with them is of the
// past ("… निक्सन थे").
var beenWords = setOf("था", "थे", "थी", "थीं")

// former reports a person told as a former holder of the office: "पूर्व
// प्रधानमंत्री अटल बिहारी वाजपेई", "अमेरिका के पूर्व राष्ट्रपति बराक ओबामा",
// "तत्कालीन प्रधानमंत्री …"; never "अभूतपूर्व".
func former(text string, p person) bool {
	if p.start < 0 || p.end > len(text) || p.start > p.end {
		return false
	}
	before := strings.TrimRight(text[:p.start], " ")
	for _, w := range [...]string{"पूर्व", "तत्कालीन"} {
		if containsWord(text[p.start:p.end], w) {
			return true
		}
		if rest, ok := strings.CutSuffix(before, w); ok {
			r, _ := utf8.DecodeLastRuneInString(rest)
			if rest != "" && hindi.IsWordRune(r) {
				return false
			}
			// "इससे पूर्व प्रधानमंत्री … ने …", "सम्मेलन से पूर्व …": before
			// that, not former; "देश के पूर्व प्रधानमंत्री" is former.
			// The last words before पूर्व only: rest is all the text before it.
			tail := rest[max(0, len(rest)-64):]
			for len(tail) > 0 && !utf8.RuneStart(tail[0]) {
				tail = tail[1:]
			}
			fields := strings.Fields(tail)
			n := len(fields)
			switch {
			case n > 0 && thatBefore.has(fields[n-1]), n > 1 && timeNouns.has(fields[n-1]) && hasDigitOrNumberWord(fields[n-2]):
				return false // "इससे पूर्व", "दो दिन पूर्व"; not "इस साल पूर्व प्रधानमंत्री …"
			case n > 1 && fields[n-1] == "से" && !isPlaceWord(fields[n-2]):
				return false // "चुनाव से पूर्व", "रवाना होने से पूर्व"; not "श्रीलंका से पूर्व राष्ट्रपति …"
			case n > 1 && fields[n-1] == "के" && (eventWord(fields[n-2]) || timeNouns.has(fields[n-2]) || strings.HasSuffix(fields[n-2], "ने")):
				return false // "दौरे के पूर्व", "शुरू होने के पूर्व"
			}
			return true
		}
	}
	return false
}

// thatBefore before पूर्व make it "before that": "इससे पूर्व".
var thatBefore = setOf("इससे", "उससे", "इसके", "उसके")

// timeNouns before पूर्व, or before "के पूर्व", make it "before a time":
// "दो दिन पूर्व", "कुछ समय के पूर्व".
var timeNouns = setOf("दिन", "दिनों", "सप्ताह", "हफ्ते", "महीने", "साल", "वर्ष", "समय", "घंटे")

// recordOffice records p, named and with an office, as the holder of
// that office of p's country, unless one is recorded already or p is told
// as a former holder: "प्रधानमंत्री" told alone later is p.
func (x *extractor) recordOffice(p person) {
	if p.Name.Hi == "" || p.Title.Hi == "" || former(x.text, p) {
		return
	}
	if key := officeKey(p.Title.Hi) + "|" + p.Country; x.offices[key].Name.Hi == "" {
		x.offices[key] = p.Participant
		x.officeAt[key] = p.start
	}
}

// officeHere returns the holder, named before, of the office p names
// with no name nor country, in a report filed from abroad, in a sentence,
// toks, that does not set it at home before it ("उधर नई दिल्ली में विदेश
// मंत्री"): "इस्लामाबाद:
// पाकिस्तान के प्रधानमंत्री नवाज शरीफ ने … प्रधानमंत्री 20 से 23
// अक्तूबर तक अमेरिका की आधिकारिक यात्रा पर रहेंगे" is Sharif, not home's
// prime minister, whom the report never names.
func (x *extractor) officeHere(p person, toks []token) (timeline.Participant, bool) {
	if !p.homeGuess || p.Name.Hi != "" || p.Title.Hi == "" {
		return timeline.Participant{}, false
	}
	if k := slices.IndexFunc(toks, func(t token) bool { return t.start >= p.start }); k > 0 {
		if pl, _, ok := placeIn(toks[:k]); ok && pl.Country == x.home {
			return timeline.Participant{}, false // "उधर नई दिल्ली में विदेश मंत्री ने कहा": home's, where he is
		}
	}
	here := x.hereCountry()
	if here == "" || here == x.home || x.offices[officeKey(p.Title.Hi)+"|"+x.home].Name.Hi != "" {
		return timeline.Participant{}, false
	}
	q, ok := x.offices[officeKey(p.Title.Hi)+"|"+here]
	if ok {
		q.Title, q.Role = p.Title, p.Role
	}
	return q, ok
}

// otherVisitor reports a visit told by m whose visitors are none of the
// visitors of the visit s: "ट्रंप ने अपनी भारत यात्रा रद्द कर दी है।
// जापानी प्रधानमंत्री 22 नवंबर को दिल्ली पहुंचेंगे" are two visits.
func otherVisitor(text string, s *story, m *mention) bool {
	if m.kind != timeline.Visit || s.kind != timeline.Visit {
		return false
	}
	visitors := func(m *mention) []string {
		var out []string
		for _, p := range m.people {
			if p.Country != "" && p.Country != m.visited && !slices.Contains(m.visitedAll, p.Country) {
				out = append(out, p.Country)
			}
		}
		return out
	}
	if alsoComing(text, s, m) {
		return true
	}
	if m.background && m.past && !s.first.past && otherTraveller(s.first, m) {
		// "मोदी … यात्रा पर आज … रवाना होंगे … हाल ही में चीन के दौरे पर
		// गईं विदेश मंत्री सुषमा स्वराज ने …": another traveller's trip
		// before the news is another visit.
		return true
	}
	if s.first.visitAhead && !m.frame && s.first.clause == m.clause {
		return true // "कोविंद के … दौरे से पहले विदेश सचिव … पहुंच गए है": two visits
	}
	if m.visitAhead && len(m.people) == 1 {
		// The visit a trip comes before is its owner's: not the trip of
		// another named visitor told before ("… विदेश सचिव … ढाका पहुंचे"
		// in the headline, then "राष्ट्रपति कोविंद के … दौरे से पहले").
		o := m.people[0]
		named := func(q person) bool { return q.Name.Hi != "" || q.Title.Hi != "" }
		same := func(q person) bool {
			return samePerson(q.Participant, o.Participant) || q.Title.Hi != "" && o.Title.Hi != "" && officeKey(q.Title.Hi) == officeKey(o.Title.Hi)
		}
		if slices.ContainsFunc(s.first.people, named) && !slices.ContainsFunc(s.first.people, same) {
			return true
		}
	}
	for _, p := range m.people {
		for _, q := range s.first.people {
			if p.Name.Hi != "" && q.Name.Hi != "" && p.Country == q.Country && p.Title.Hi != "" && officeKey(p.Title.Hi) == officeKey(q.Title.Hi) &&
				former(text, p) != former(text, q) && !samePerson(p.Participant, q.Participant) {
				// "प्रधानमंत्री नरेंद्र मोदी तेहरान पहुंच चुके हैं। 15 साल
				// पहले यहां पूर्व प्रधानमंत्री अटल बिहारी वाजपेई पहुंचे थे":
				// a former holder of the visitor's office made another
				// visit.
				return true
			}
		}
	}
	theirs, ours := visitors(m), visitors(s.first)
	if len(ours) == 0 {
		// "टला जापानी PM का भारत दौरा" above "… सुगा ने भी अपना भारत दौरा
		// रद्द कर दिया है": a first telling that names no visitor leaves
		// them to the others.
		for _, o := range s.ms {
			if o == s.first {
				continue
			}
			if ours = visitors(o); len(ours) > 0 {
				break
			}
		}
	}
	if len(theirs) == 0 || len(ours) == 0 {
		return false
	}
	for _, c := range theirs {
		if slices.Contains(ours, c) {
			return false
		}
	}
	return true
}

// alsoComing reports a visitor named in m with "भी" after the name, whom
// the visit s does not name: "उनके साथ-साथ … एंटोनियो कोस्टा भी रविवार
// को दिल्ली पहुंच रहे हैं" is Costa's visit, not von der Leyen's told
// again.
func alsoComing(text string, s *story, m *mention) bool {
	for _, p := range m.people {
		if p.Name.Hi == "" || p.counterpart || p.end <= 0 || p.end > len(text) || !strings.HasPrefix(strings.TrimLeft(text[p.end:], " "), "भी") ||
			p.Country != "" && (p.Country == m.visited || slices.Contains(m.visitedAll, p.Country)) {
			// "शी जिनपिंग भी … वुहान पहुंच गए हैं": at home, no visitor.
			continue
		}
		named := false
		for _, q := range s.first.people {
			if q.Name.Hi != "" {
				named = true
				if samePerson(p.Participant, q.Participant) {
					return false
				}
			}
		}
		return named
	}
	return false
}

// otherCounterpart reports a meeting telling m whose foreign counterparts
// are all others than those of the meeting s: another meeting. Calls too:
// "पुतिन से पहले मोदी ने जेलेंस्की से फोन पर बात की थी" after the call
// with Putin is a call of its own.
func otherCounterpart(s *story, m *mention, home string) bool {
	if m.kind != timeline.BilateralMeeting && m.kind != timeline.SidelineMeeting && m.kind != timeline.PhoneCall {
		return false
	}
	if m.kind == timeline.PhoneCall && m.frame {
		return false // "फोन पर बातचीत के दौरान …": the call told before
	}
	sides := func(ps []person) []string {
		var out []string
		for _, p := range ps {
			if p.counterpart && p.Country != "" && p.Country != home {
				out = append(out, p.Country)
			}
		}
		return out
	}
	var theirs []string
	for _, p := range m.people {
		// "फोन पर बातचीत के दौरान … पुतिन से हुई मुलाकात का ब्योरा
		// दिया": one met, not called.
		if p.counterpart && p.Country != "" && p.Country != home && !(m.kind == timeline.PhoneCall && metAfter(m, p)) {
			theirs = append(theirs, p.Country)
		}
	}
	if (strings.Contains(m.text, " से भी ") || strings.Contains(m.text, " के साथ भी ") || m.kind == timeline.PhoneCall && strings.Contains(m.text, " को भी ")) && slices.ContainsFunc(m.people, func(p person) bool { return p.counterpart && p.Name.Hi != "" }) {
		// "वह … राष्ट्रपति अब्दुल हमीद और प्रधानमंत्री शेख हसीना से भी
		// मुलाकात करेंगी": also meets others, of the same country too;
		// and a visitor meets one host after another ("ट्रूडो ने इसके
		// बाद विदेश मंत्री सुषमा स्वराज से भी मुलाकात की"); "ट्रंप ने
		// … मैर्केल को भी फोन किया" phoned another too.
		shared := false
		for _, p := range m.people {
			for _, o := range s.ms {
				for _, q := range o.people {
					shared = shared || p.counterpart && q.counterpart && p.Name.Hi != "" && samePerson(p.Participant, q.Participant)
				}
			}
		}
		if !shared {
			return true
		}
	}
	if otherHost(s, m, home) {
		return true
	}
	if otherNamedSide(s, m, home) {
		return true
	}
	if len(theirs) == 0 && !m.refers && !m.frame && pairTold(m) && !meetingToldAgain(m.text) {
		// "… मोदी और चीनी राष्ट्रपति शी जिनपिंग के बीच संभावित द्विपक्षीय
		// वार्ता", "मोदी और जो बाइडेन की मुलाकात गर्मजोशी से भरी थी": a
		// pair names no counterpart; its foreign side is one.
		for _, p := range m.people {
			if p.Country != "" && p.Country != home && p.Name.Hi != "" {
				theirs = append(theirs, p.Country)
			}
		}
	}
	if len(theirs) == 0 || swappedSides(s, m, home) {
		return false
	}
	if pairTold(m) && !m.refers && !m.frame && otherForeigner(s, theirs, home) {
		// "… जेलेंस्की ने … मोदी से मुलाकात की", then "मोदी और जो बाइडेन
		// की मुलाकात …": the same host, another guest.
		return true
	}
	if last := s.ms[len(s.ms)-1]; last.sent == m.sent && last.clause != m.clause && last.hasVerb && m.hasVerb && !last.frame && !m.frame && toldAsDone(m) && toldAsDone(last) {
		// "राष्ट्रपति से मुलाकात करेंगी, अपने समकक्ष के साथ वार्ता
		// करेंगी और महासचिव से मुलाकात करेंगी": each clause of one
		// sentence with its own verb and a counterpart of its own is a
		// meeting of its own.
		shared := false
		for _, p := range m.people {
			for _, q := range last.people {
				shared = shared || p.counterpart && q.counterpart && samePerson(p.Participant, q.Participant)
			}
		}
		if !shared {
			return true
		}
	}
	if m.hasVerb && !m.frame && !m.refers && metOthersOnly(s, m, home) {
		// "… ने नेपाल की राष्ट्रपति भंडारी से मुलाकात की। … क्वात्रा ने
		// अपने नेपाली समकक्ष पौडयाल से मुलाकात की": another person of
		// the same country, each met by name, is another meeting.
		return true
	}
	var ours []string
	for _, o := range s.ms {
		ours = append(ours, sides(o.people)...)
	}
	if len(ours) == 0 && m.hasVerb && !m.refers && !m.frame && strings.Contains(m.text, " के अलावा ") {
		// "मोदी और … सुनक के बीच … मुलाकात … होगी। … ब्रिटिश PM के अलावा
		// … मैक्रों के साथ द्विपक्षीय बैठक भी तय है": besides the one told,
		// whose sides are every foreign country its people name.
		for _, o := range s.ms {
			for _, p := range o.people {
				if p.Country != "" && p.Country != home && (p.Name.Hi != "" || p.Title.Hi != "") {
					ours = append(ours, p.Country)
				}
			}
		}
	}
	if len(ours) == 0 {
		return false
	}
	for _, c := range theirs {
		if slices.Contains(ours, c) {
			return false
		}
	}
	return true
}

// pairTold reports talks told by the pair that held them: "X और Y के
// बीच बैठक", "X और Y की मुलाकात".
func pairTold(m *mention) bool {
	return strings.Contains(m.text, " के बीच ") || strings.Contains(m.text, " और ") && strings.Contains(m.text, " की "+m.word)
}

// otherForeigner reports a meeting s whose first or dated telling names
// someone of a foreign country, by name, and no one of the countries of
// theirs: a pair's foreign side that s does not have.
func otherForeigner(s *story, theirs []string, home string) bool {
	foreign := false
	for _, o := range []*mention{s.first, s.dated} {
		if o == nil {
			continue
		}
		for _, q := range o.people {
			if q.Name.Hi == "" || q.Country == "" || q.Country == home {
				continue
			}
			if slices.Contains(theirs, q.Country) {
				return false
			}
			foreign = true
		}
	}
	return foreign
}

// otherNamedSide reports a meeting telling m that names, of a country
// whose counterpart the meeting s met by name, only others: a visitor
// who meets the prime minister and then the vice-president ("… ने
// प्रधानमंत्री मोदी से मुलाकात की। … उपराष्ट्रपति धनखड़ से भी मिलेंगे") has
// two meetings, and "मोदी और पुतिन के बीच बातचीत" told after a meeting
// with Mishustin is not that meeting. It reads the counterparts m meets
// at home (otherCounterpart reads foreign ones), and both of a pair told
// with "के बीच", where no one is the one met.
func otherNamedSide(s *story, m *mention, home string) bool {
	pair := strings.Contains(m.text, " के बीच ")
	var theirs []person
	for _, p := range m.people {
		if p.Name.Hi != "" && p.Country != "" && (pair || p.counterpart && p.Country == home) {
			theirs = append(theirs, p)
		}
	}
	if len(theirs) == 0 {
		return false
	}
	var ours []person
	for _, o := range s.ms {
		for _, q := range o.people {
			if q.counterpart && q.Name.Hi != "" && q.Country != "" {
				ours = append(ours, q)
			}
		}
	}
	other := false
	for _, q := range ours {
		for _, p := range theirs {
			if p.Country != q.Country {
				continue
			}
			if namedIn(p, s) {
				return false // one of them told again
			}
			other = true
		}
	}
	return other
}

// pairToldBefore returns the last of ss of m's kind that names one of the
// pair m names ("मोदी और दिसानायके के बीच बैठक") and meets no one outside
// it by name, or nil.
func pairToldBefore(ss []*story, m *mention) *story {
	if !strings.Contains(m.text, " के बीच ") {
		return nil
	}
	var named []person
	for _, p := range m.people {
		if p.Name.Hi != "" {
			named = append(named, p)
		}
	}
	if len(named) < 2 {
		return nil
	}
	for i := len(ss) - 1; i >= 0; i-- {
		if ss[i].kind != m.kind || metOutside(ss[i], named) {
			continue // "… मैक्रों से मुलाकात की": not the meeting of "मोदी और ज़ेलेंस्की"
		}
		if slices.ContainsFunc(named, func(p person) bool { return namedIn(p, ss[i]) }) {
			return ss[i]
		}
	}
	return nil
}

// metOutside reports a counterpart met by name in s who is none of
// named.
func metOutside(s *story, named []person) bool {
	for _, o := range s.ms {
		for _, q := range o.people {
			if q.counterpart && q.Name.Hi != "" && !slices.ContainsFunc(named, func(p person) bool { return samePerson(p.Participant, q.Participant) }) {
				return true
			}
		}
	}
	return false
}

// namedIn reports p among the people of any telling of s.
func namedIn(p person, s *story) bool {
	for _, o := range s.ms {
		for _, q := range o.people {
			if q.Name.Hi != "" && samePerson(p.Participant, q.Participant) {
				return true
			}
		}
	}
	return false
}

// swappedSides reports talks of two foreign sides told once from each:
// "ज़ेलेंस्की से बात करेंगे पुतिन", then "ज़ेलेंस्की ने … पुतिन के साथ बातचीत
// की उम्मीद जताई". Each telling's counterpart is the other's subject, so
// the pair is the same.
func swappedSides(s *story, m *mention, home string) bool {
	if m.plup != s.first.plup || planned(m.status) != planned(s.first.status) {
		return false // "इससे पहले ट्रंप ने पुतिन के साथ … मुलाकात की थी": talks held before
	}
	countries := func(ps []person, counterpart bool) []string {
		var out []string
		for _, p := range ps {
			if p.counterpart == counterpart && p.Country != "" && p.Country != home {
				out = append(out, p.Country)
			}
		}
		return out
	}
	var ours, oursSubjects []string
	for _, o := range s.ms {
		ours = append(ours, countries(o.people, true)...)
		oursSubjects = append(oursSubjects, countries(o.people, false)...)
	}
	theirs, theirSubjects := countries(m.people, true), countries(m.people, false)
	if len(ours) == 0 || len(theirs) == 0 {
		return false
	}
	for _, c := range theirs {
		if !slices.Contains(oursSubjects, c) {
			return false
		}
	}
	for _, c := range ours {
		if !slices.Contains(theirSubjects, c) {
			return false
		}
	}
	return true
}

// otherList reports a telling that names two counterparts' countries or
// more that the story s names none of, beside some it names: "जी-4 के
// देशों ब्राजील, जर्मनी और जापान के समकक्षों के साथ मुलाकात … सऊदी अरब,
// ब्राजील, मेक्सिको … के समकक्षों से मुलाकात", "मोदी और पुतिन के बीच …
// वार्ता हुई … रूस, दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात
// होगी". Those are other meetings, though they share one country; an
// earlier story may be theirs.
func otherList(s *story, m *mention, home string) bool {
	var theirs []string
	for _, p := range m.people {
		if p.counterpart && p.Country != "" && p.Country != home && !slices.Contains(theirs, p.Country) {
			theirs = append(theirs, p.Country)
		}
	}
	if len(theirs) < 2 || slices.ContainsFunc(s.ms, func(o *mention) bool { return o.sent == m.sent }) {
		return false // one sentence's tellings are told apart by their sides later
	}
	var known []string
	for _, o := range s.ms {
		for _, p := range o.people {
			if p.Country != "" && p.Country != home {
				known = append(known, p.Country)
			}
		}
	}
	fresh := slices.DeleteFunc(theirs, func(c string) bool { return slices.Contains(known, c) })
	return len(known) > 0 && len(fresh) >= 2
}

// summitLabel returns the group or "द्विपक्षीय" among the few words
// before the summit word at toks[i]: "ब्रिक्स देशों के 16वें शिखर
// सम्मेलन", "द्विपक्षीय शिखर सम्मेलन".
func summitLabel(toks []token, i int) string {
	for j := i - 1; j >= max(0, i-5); j-- {
		k := toks[j].key
		if j >= 1 && numberedGroupAt(toks, j-1) {
			return "जी-" + k // "जी-20", which the tokenizer reads as two words
		}
		if n := groupNumberOf[k]; n != "" && j >= 1 && (toks[j-1].key == "जी" || toks[j-1].key == "ग्रुप") {
			return "जी-" + n // "ग्रुप सात", "जी सात": the G7 spelt out
		}
		if (groupWords.has(k) || bilateralWord.has(k)) && !genericGroups.has(k) {
			if name, ok := groupNames[k]; ok {
				return name
			}
			return k
		}
		if hindi.IsClauseWord(toks[j].text) {
			break
		}
	}
	return ""
}

// groupNumberOf are the numbers of groups spelt out, "ग्रुप सात".
var groupNumberOf = map[string]string{"सात": "7", "आठ": "8", "बीस": "20", "चार": "4", "सतहत्तर": "77"}

// groupNumbers follow "जी-" in a group's name: "जी-20", "जी-7".
var groupNumbers = setOf("20", "7", "4", "77", "8")

// twinSummit reports a summit h named in a list with the clause's main
// summit mh: "21वें आसियान-भारत शिखर सम्मेलन और 19वें पूर्वी एशिया शिखर
// सम्मेलन में भाग लेंगे" attends two summits. Between them stand only
// "और" and the second one's name.
func twinSummit(toks []token, h, mh hit) bool {
	if h.kind != timeline.Summit || mh.kind != timeline.Summit || h.frame || h.i >= mh.i || mh.i-h.last > 6 {
		return false
	}
	conj := false
	for k := h.last + 1; k < mh.i; k++ {
		t := toks[k]
		switch {
		case t.key == "और" || t.key == "व" || t.key == "तथा" || t.key == "एवं":
			if conj || k != h.last+1 {
				return false
			}
			conj = true
		case hindi.IsPostposition(t.text) || hindi.IsClauseWord(t.text) || eventWord(t.key):
			return false
		}
	}
	return conj
}

// summitName returns a label for a summit at toks[i] that is one of two
// named in a list: its group if it has one, else the words of its name
// ("पूर्वी एशिया"), without an ordinal.
func summitName(toks []token, i int, group string) string {
	if group != "" {
		return group
	}
	var words []string
	for j := i - 1; j >= max(0, i-3); j-- {
		t := toks[j]
		if j >= 1 && ordinal(t.text) && toks[j-1].end == t.start && !ordinal(toks[j-1].text) {
			words = append([]string{toks[j-1].text + t.text}, words...) // "जी20", read as two tokens
			j--
			continue
		}
		if t.key == "और" || t.key == "व" || t.key == "तथा" || t.key == "एवं" || hindi.IsPostposition(t.text) || hindi.IsClauseWord(t.text) || ordinal(t.text) ||
			j >= 1 && ordinalSuffix(t.text) && toks[j-1].end == t.start && ordinal(toks[j-1].text) {
			break // "19वें", read as "19" and "वें"
		}
		words = append([]string{t.text}, words...)
	}
	return strings.Join(words, " ")
}

// How a clause is told: as what a report said before the news
// ("पहले जानकारी दी गई थी कि …", "… ने पिछले सप्ताह कहा कि …"), as what
// was said, with nothing to place it before the news ("फिर बताया गया कि
// …", which tells today's news as often as an old plan), or neither.
const (
	toldNow = iota
	toldSaid
	toldBefore
)

// reportedBefore reads how the clause starting at byte at is told: a
// reporting word, then कि before at; a past auxiliary (था, थी, थे) or
// an earlier time ("पिछले सप्ताह", "पहले") makes it a report from before.
func reportedBefore(toks []token, at int) int {
	ki := -1
	for i, t := range toks {
		if t.start >= at {
			break
		}
		if t.key == "कि" {
			ki = i
		}
	}
	if ki < 2 {
		return toldNow
	}
	past, passive := false, false
	for j := ki - 1; j >= max(0, ki-5); j-- {
		switch k := toks[j].key; {
		case k == "था" || k == "थी" || k == "थे":
			past = true
		case k == "गया" || k == "गई" || k == "गए":
			passive = true
		case k == "बताया" || k == "बताई" || k == "जानकारी" || k == "कहा" || k == "सूचना" || k == "खबर":
			if past || j >= 2 && (toks[j-2].key == "पिछले" || toks[j-2].key == "पिछली") && (toks[j-1].key == "सप्ताह" || toks[j-1].key == "हफ्ते" || toks[j-1].key == "महीने") ||
				j >= 1 && toks[j-1].key == "पहले" {
				return toldBefore
			}
			if passive {
				return toldSaid
			}
			return toldNow
		}
	}
	return toldNow
}

// planPutOff reports a plan told (as told reads it) after a visit to the
// same country was put off or called off in the paragraph, that is a
// plan put off: told as from before the news, or, after a visit put off
// again and again, as said at all. A plan told with "अब" or a new date
// ("नई तारीख") is the new one.
func (x *extractor) planPutOff(told int, m *mention, u span) bool {
	if told == toldNow {
		return false
	}
	if t := x.text[u.start:u.end]; containsWord(t, "अब") || strings.Contains(t, "नई तारीख") {
		return false
	}
	inPara := func(at int) bool { return at > 0 && at <= u.start && !strings.Contains(x.text[at:u.start], "\n") }
	if inPara(x.offOftenAt) {
		return true
	}
	return told == toldBefore && inPara(x.offAt) && (x.offVisited == "" || m.visited == "" || x.offVisited == m.visited)
}

// agentAfterJourney reports "गए" at h used as the participle of the
// clause's subject: "हिस्सा लेने गए विदेश मंत्री सलमान खुर्शीद ने …",
// with no clause word before its ने — one who went and is there.
func agentAfterJourney(toks []token, h hit) bool {
	if !wentWords.has(toks[h.i].key) {
		return false // "… भाग लेने के लिए मंगलवार को … पहुंचे मोदी ने": arrived the day before it may begin
	}
	for k := h.last + 1; k < len(toks) && k <= h.last+8; k++ {
		if toks[k].key == "ने" {
			return k > h.last+1
		}
		if hindi.IsClauseWord(toks[k].text) || toks[k].key == "और" || hindi.IsPostposition(toks[k].text) {
			return false
		}
	}
	return false
}

// includedAt reports "सहित" or "समेत" as the first word at or after
// offset end: "… के नेताओं सहित कई देशों के नेताओं से", those named are
// among those met.
func includedAt(toks []token, end int) bool {
	for _, t := range toks {
		if t.start >= end {
			return t.key == "सहित" || t.key == "समेत"
		}
	}
	return false
}

// couldNotHappen reports "<event> नहीं हो पाई/सकी" among toks: what
// could not take place was to. Not "… समझौते पर सहमति नहीं हो पाई", an
// agreement not reached in talks held.
func couldNotHappen(toks []token) bool {
	for i := 1; i+2 < len(toks); i++ {
		if !negationWords.has(toks[i].key) || toks[i+1].key != "हो" || !couldWords.has(toks[i+2].key) {
			continue
		}
		// The event word within a few words before: "बैठक मंगलवार को नहीं हो
		// पाई", "मुलाकात तय समय पर नहीं हो सकी", "मुलाकात भी नहीं …"; but
		// an outcome right before the negation is what failed: "समझौते पर
		// सहमति नहीं हो पाई".
		if outcomeWords.has(toks[i-1].key) || !eventWord(toks[i-1].key) && !summitHeads.has(toks[i-1].key) && toks[i-1].key != "भी" && toks[i-1].key != "ही" && !hindi.IsPostposition(toks[i-1].text) && !timeWords.has(toks[i-1].key) {
			continue // "… में कोई प्रगति नहीं हो पाई", "मतभेद दूर नहीं हो सके": what the talks did not reach
		}
		if i+3 < len(toks) && (toks[i+3].key == "है" || toks[i+3].key == "हैं") {
			continue // "… मुलाकात अब तक नहीं हो पाई है": a state, no plan called off
		}
		for e := i - 1; e >= max(0, i-5); e-- {
			if eventWord(toks[e].key) || summitHeads.has(toks[e].key) {
				return true
			}
			if hindi.IsClauseWord(toks[e].text) {
				break
			}
		}
	}
	return false
}

// outcomeWords are what talks may fail to reach.
var outcomeWords = setOf("सहमति", "समझौता", "समझौते", "फैसला", "फैसले", "निर्णय", "घोषणा", "एकमत", "सहमत", "प्रगति", "नतीजा", "नतीजे", "समाधान", "हल")

// timeWords may stand between talks and their failing: "बैठक तय समय पर
// नहीं हो पाई", "मुलाकात आज नहीं हो सकी".
var timeWords = setOf("समय", "आज", "कल", "अब", "फिर", "दोबारा")

// couldNotWord is the status word of talks that could not take place.
const couldNotWord = "नहीं हो पाई"

// couldWords after a verb's stem say it could (or, negated, could not).
var couldWords = setOf("पाई", "पायी", "पाया", "पाए", "पाये", "सकी", "सका", "सके")

// notDoneOnTheVisit reports a negation told of what someone did on a
// visit framed by "… की यात्रा पर" and an agent with ने: "प्योंगयांग की
// यात्रा पर पुतिन ने … व्यापार प्रणाली बनाने का वादा किया जो पश्चिम
// द्वारा नियंत्रित नहीं हैं" negates nothing of the visit, which is the
// frame; "यात्रा पर नहीं गए" has no agent before its negation.
func notDoneOnTheVisit(p pending, toks []token) bool {
	if len(p.hs) == 0 {
		return false
	}
	for _, h := range p.hs {
		if h.kind != timeline.Visit || h.i+1 >= len(p.htoks) || p.htoks[h.i+1].key != "पर" {
			return false
		}
	}
	after := p.htoks[p.hs[len(p.hs)-1].i+1].end
	agent := slices.IndexFunc(toks, func(t token) bool { return t.start >= after && t.key == "ने" })
	if agent < 0 {
		return false
	}
	k, no := negationAt(toks[agent:])
	if !no {
		return false
	}
	// "यात्रा पर प्रधानमंत्री ने इस बार न जाने का फैसला किया है": the
	// going is what is negated; the visit is off.
	for _, t := range toks[agent+k+1 : min(len(toks), agent+k+3)] {
		if goWords.has(t.key) || comeWords.has(t.key) || t.key == "आने" || visitVerbs.has(t.key) {
			return false
		}
	}
	return true
}

// negationAt returns the index of the first negation word of toks.
func negationAt(toks []token) (int, bool) {
	for i, t := range toks {
		if negationWords.has(t.key) {
			return i, true
		}
	}
	return 0, false
}

// takingPlace reports talks told in the present progressive of their own
// verb, on no day but the dateline's: "… के बीच न्यूयॉर्क में मुलाकात हो
// रही है", "… सम्मेलन में … शिरकत कर रहे हैं" are under way, so held, as
// editors draft them. A visit "आ रहे हैं" is coming; a summit "शुरू हो रहा
// है" starts, one a country "मेजबानी कर रहा है" is hosted ahead, and
// talks "की तैयारी हो रही है" are being prepared.
func (x *extractor) takingPlace(p pending, v hindi.Verb, d *hindidate.Match) bool {
	mh, ok := mainHit(p.hs, p.htoks)
	if !ok || mh.frame && len(p.hs) > 1 || !talksOrGathering(mh.kind) {
		return false // (a lone hit read as a frame, "… बैठक में भी हिस्सा ले रही हैं", is the clause's)
	}
	if d != nil && (d.Date.Granularity != hindidate.Day || date.FromTime(d.Date.Start) != x.reported) {
		return false
	}
	k := slices.IndexFunc(p.htoks, func(t token) bool { return t.start >= v.Start })
	head, _, _ := strings.Cut(x.text[v.Start:v.End], " ")
	if k >= 1 && p.htoks[k-1].key == "चल" && (head == "रहा" || head == "रही" || head == "रहे") &&
		(mh.kind == timeline.Summit || mh.kind == timeline.MultilateralMeeting || p.htoks[mh.i].key == "बैठक" || p.htoks[mh.i].key == "मुलाकात") {
		// "शिखर सम्मेलन चल रहा है", "… हैदराबाद हाउस में बैठक चल रही है",
		// which the layer reads from रहा; not "… समझौते को लेकर बातचीत चल
		// रही है", a negotiation going on.
		k, head = k-1, "चल"
	}
	if !progressiveHeads.has(head) && !attendWords.has(head) {
		return false
	}
	// The talks' own verb: the event noun right before it ("मुलाकात हो रही
	// है"), or attending it ("सम्मेलन में शिरकत कर रहे हैं"); not "मुलाकात
	// की तैयारी हो रही है", "शुरू हो रहा है", "मेजबानी कर रहा है".
	switch {
	case k < 1:
		return false
	case k-1 == mh.last:
		return true
	case k >= 3 && attendWords.has(p.htoks[k-1].key) && p.htoks[k-2].key == "में" && x.nounBefore(p.htoks, mh.last, k-2):
		return true
	case k >= 4 && attendWords.has(p.htoks[k-1].key) && p.htoks[k-2].key == "भी" && p.htoks[k-3].key == "में" && x.nounBefore(p.htoks, mh.last, k-3):
		return true // "… बैठक में भी हिस्सा ले रही हैं"
	case k >= 2 && attendWords.has(p.htoks[k].key) && p.htoks[k-1].key == "में" && x.nounBefore(p.htoks, mh.last, k-1):
		return true // the verb group begins with "शिरकत"
	}
	return false
}

// nounBefore reports the event noun toks[last] right before toks[at], or
// before it with only a gloss in brackets between: "बैठक (ADMM) में".
func (x *extractor) nounBefore(toks []token, last, at int) bool {
	if last == at-1 {
		return true
	}
	if last >= at || at-last > 4 {
		return false
	}
	gap := strings.TrimSpace(x.text[toks[last].end:toks[at].start])
	return strings.HasPrefix(gap, "(") && strings.HasSuffix(gap, ")") && strings.Count(gap, "(") == 1
}

var (
	attendWords      = setOf("शिरकत", "हिस्सा", "भाग")
	progressiveHeads = setOf("हो", "कर", "ले", "चल") // "हो रही है", "कर रहे हैं", "ले रहे हैं", "चल रहा है"
)

func talksOrGathering(k timeline.Kind) bool {
	switch k {
	case timeline.BilateralMeeting, timeline.SidelineMeeting, timeline.Summit, timeline.MultilateralMeeting, timeline.PhoneCall:
		return true
	}
	return false
}

// laterNow reports "अब … बाद में" before a future: an event now to be held
// later than planned. Not "इसके बाद में", a sequence.
func laterNow(toks []token) bool {
	now := -1
	for i, t := range toks {
		switch {
		case t.key == "अब":
			now = i
		case now >= 0 && t.key == "बाद" && i+1 < len(toks) && toks[i+1].key == "में" && toks[i-1].key != "के" && toks[i-1].key != "इसके" && toks[i-1].key != "उसके":
			return true
		}
	}
	return false
}

// heldLater reports an event to be held later than planned, told as
// what is done to it: "… सम्मेलन को भी बाद में आयोजित करने पर विचार कर
// रही है", "बैठक को बाद में कराया जाएगा". Not "इसके बाद में", a sequence.
func heldLater(toks []token) bool {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].key != "बाद" || toks[i+1].key != "में" || !holdVerbs.has(toks[i+2].key) {
			continue
		}
		j := i - 1
		if toks[j].key == "भी" && j > 0 {
			j--
		}
		if toks[j].key == "को" && j > 0 && eventWord(toks[j-1].key) {
			return true
		}
	}
	return false
}

// holdVerbs hold an event: "आयोजित (करने)", "कराया", "कराने".
var holdVerbs = setOf("आयोजित", "कराया", "कराई", "कराए", "कराने", "कराना", "करवाया", "करवाने")

// finalised returns the index of "अंतिम रूप" after "को" ("वार्ता को
// अंतिम रूप दिया"), or -1.
func finalised(toks []token) int {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].key == "अंतिम" && toks[i+1].key == "रूप" && toks[i-1].key == "को" && eventWord(toks[i-2].key) && !agreementWords.has(toks[i-2].key) {
			return i // the talks finalised; not "समझौते को अंतिम रूप दिया", an agreement concluded
		}
	}
	return -1
}

// ongoingSince reports a clause that tells what had gone on for a while,
// "पिछले एक साल से वे वीडियो कॉन्फ्रेंसिंग के जरिए … संवाद कर रहे थे": a
// way of working, not one event.
func ongoingSince(toks []token) bool {
	since := false
	for i, t := range toks {
		if t.key == "पिछले" || t.key == "बीते" {
			for j := i + 1; j < len(toks) && j <= i+5; j++ {
				since = since || toks[j].key == "से"
			}
		}
		if since && progressiveWords.has(t.key) && i+1 < len(toks) && beenWords.has(toks[i+1].key) {
			// "कर रहे थे" went on; "आज … मुलाकात कर रहे हैं" is today's.
			return true
		}
	}
	return false
}

var progressiveWords = setOf("रहे", "रही", "रहा")

// offSaidBefore reports m, a calling off told after a saying in the
// pluperfect, and s, told first as held in the simple past: "… से
// मुलाकात की। … इसके बाद अधिकारियों ने कहा था कि ओबामा ने … अपनी बैठक
// स्थगित कर दी है". The meeting called off before the news is the one
// planned, not the one held.
func (x *extractor) offSaidBefore(s *story, m *mention) bool {
	if m.status != timeline.Cancelled && m.status != timeline.Postponed || s.first.status != timeline.Held || !s.first.past || s.first.plup || s.first.unfulfilled {
		return false
	}
	pre := x.tokens(m.sent.start, m.clause.start)
	n := len(pre)
	return n >= 3 && pre[n-1].key == "कि" && beenWords.has(pre[n-2].key) && sayWords.has(pre[n-3].key)
}

// upcomingIn reports a word of what is still to come in toks: "आगामी",
// or "वाले/वाली/वाला" ("होने वाली बैठक", "आने वाले हैं"); but not one
// that makes a doer of a person ("… गाली देने वाले फिलीपीन्स के
// राष्ट्रपति", "भारत आने वाले पहले राष्ट्रपति"), which tells no time.
func upcomingIn(toks []token) bool {
	for i, t := range toks {
		if !upcomingWords.has(t.key) {
			continue
		}
		if aheadWords.has(t.key) || !doerOf(toks, i) {
			return true
		}
	}
	return false
}

// doerOf reports an office among the four words after toks[i], with no
// event word before it: "देने वाले फिलीपीन्स के राष्ट्रपति". Not when
// the office's genitive qualifies an event noun after it ("होने वाली
// राष्ट्रपति पुतिन … की मुलाकात", "भारत का दौरा करने वाले रूसी
// राष्ट्रपति पुतिन के साथ मोदी की बैठक"): that is still to come.
func doerOf(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if offices.has(toks[j].text) {
			for k := j + 1; k+1 < len(toks) && k <= j+8; k++ {
				if (toks[k].key == "की" || toks[k].key == "के" || toks[k].key == "का") && hitStart.has(toks[k+1].key) {
					return false
				}
			}
			return true
		}
		if hitStart.has(toks[j].key) {
			return false
		}
	}
	return false
}

// afterDateline reports a date that begins after the dateline's day.
func (x *extractor) afterDateline(d *hindidate.Match) bool {
	w, _ := WhenOf(d.Date)
	a, _ := w.Days()
	return !a.IsZero() && a.After(x.reported)
}

// laterOn reports a clause that opens with "बाद में" (later): something
// still to come, some time after what was told. ("इसके बाद" follows
// what was told directly, on its day.)
func laterOn(toks []token) bool {
	return len(toks) >= 2 && toks[0].key == "बाद" && toks[1].key == "में"
}

// officeAsBefore names a bare office that opens a sentence as its subject
// ("प्रधानमंत्री वहां … से मुलाकात करेंगे") after the foreign holder of the
// same office named in the sentence before ("श्रीलंका के प्रधानमंत्री
// महिंदा राजपक्षे … मालदीव जाएंगे"), not the home office it would be
// guessed as. An office one meets ("वह प्रधानमंत्री से मुलाकात करेंगे")
// is no subject.
func (x *extractor) officeAsBefore(people []person, toks []token) {
	for i := range toks {
		if personObjectAt(toks, i) {
			return // "प्रधानमंत्री उनसे मुलाकात करेंगे": उनसे is the one before; the office is another
		}
	}
	for i, p := range people {
		if p.Name.Hi != "" || !p.homeGuess || len(toks) == 0 || p.start != toks[0].start {
			continue
		}
		k := slices.IndexFunc(toks, func(t token) bool { return t.start >= p.end })
		if k < 0 || hindi.IsPostposition(toks[k].text) && toks[k].key != "ने" {
			continue
		}
		// The holder must be the sentence before's subject: "मोदी ने …
		// इशिबा से फोन पर बात की। प्रधानमंत्री … अमेरिका की यात्रा
		// करेंगे" is Modi.
		if len(x.lastPeople) == 0 {
			continue
		}
		if q := x.lastPeople[0]; q.Name.Hi != "" && q.Country != "" && q.Country != x.home && officeKey(q.Title.Hi) == officeKey(p.Title.Hi) {
			people[i].Participant, people[i].homeGuess = q.Participant, false
		}
	}
}

// namedLast returns the story of the event named last before m's clause
// in its sentence, frames too: what "जिसके दौरान" refers to.
func namedLast(ss []*story, m *mention) *story {
	var best *story
	at := -1
	for _, s := range ss {
		for _, o := range s.ms {
			if o.sent == m.sent && o.clause.end <= m.clause.start && o.wordAt > at {
				best, at = s, o.wordAt
			}
		}
	}
	return best
}

// topicTag returns the end of a topic tag of Latin words and numbers
// closed by a colon that opens sentence s ("G-20 Summit 2022:", "SCO
// Summit 2024:"), or s.start if it opens with none.
func topicTag(text string, s span) int {
	pos, latin := s.start, 0
	for n := 0; n < 7; n++ {
		t := hindi.Next(text[:s.end], pos)
		switch {
		case t.Kind == hindi.Word && latinWord(t.Text(text)), t.Kind == hindi.Number:
			latin++
			pos = t.End
			continue
		case t.Kind == hindi.Punct && t.Rune == '-' && latin > 0:
			pos = t.End
			continue
		case t.Kind == hindi.Punct && t.Rune == ':' && latin >= 2:
			return t.End
		}
		break
	}
	return s.start
}

// genitiveNext reports text opening with की, के or का.
func genitiveNext(text string) bool {
	t := strings.TrimLeft(text, " ")
	return startsWord(t, "की") || startsWord(t, "के") || startsWord(t, "का")
}

// elsewhereThan reports m set in a country other than those visit v goes
// to: "… मॉस्को पहुंचे। बाद में प्रधानमंत्री मोदी वाशिंगटन में …".
func elsewhereThan(v *story, m *mention) bool {
	c := m.place.Country
	return c != "" && !slices.Contains(visitCountries(v), c)
}

// told reports m's word followed by tail in its clause: "सम्मेलन के बाद".
func told(m *mention, tail string) bool {
	return strings.Contains(m.text, m.word+tail)
}

// groupsMeeting reports a meeting of a group ("जी-7 की बैठक", m) told
// after talks of two (s): the group's gathering, not those talks, though
// the bare noun could stand for either.
func groupsMeeting(m *mention, s *story) bool {
	if m.kind != timeline.MultilateralMeeting || m.group == "" || s.kind != timeline.BilateralMeeting && s.kind != timeline.SidelineMeeting && s.kind != timeline.PhoneCall {
		return false
	}
	// The group's own meeting, "जी-7 की बैठक": not talks about its summit
	// ("आसियान शिखर सम्मेलन पर बातचीत की").
	of := " की " + m.word
	return strings.Contains(m.text, m.group+of) || strings.Contains(strings.ReplaceAll(m.text, "-", ""), strings.ReplaceAll(m.group, "-", "")+of)
}

// sameGroupSummit reports a meeting of a group ("जी-7 की बैठक", m) told
// after that group's summit (s, "जी7 का शिखर सम्मेलन"): the summit told
// again. Only the summit's first and dated tellings are read, so that the
// look costs the same however often the summit is told.
func sameGroupSummit(s *story, m *mention) bool {
	if m.group == "" {
		return false
	}
	g := strings.ReplaceAll(m.group, "-", "")
	if t := strings.ReplaceAll(m.text, "-", ""); !strings.Contains(t, g+" की "+m.word) && !strings.Contains(t, g+" "+m.word) {
		return false // "जी7 के विदेश मंत्रियों की बैठक": another meeting of the group, not its summit
	}
	for _, o := range []*mention{s.first, s.dated} {
		if o != nil && (strings.ReplaceAll(o.group, "-", "") == g || strings.ReplaceAll(o.label, "-", "") == g) {
			return true
		}
	}
	return false
}

// summitNamedJustBefore reports a gathering referred back to ("इस
// सम्मेलन") whose sentence, or the one before it, names a summit as the
// purpose of a journey before the words: the last frame purposeList
// holds.
func (x *extractor) summitNamedJustBefore(m *mention) bool {
	if m.word != "सम्मेलन" && m.word != "समिट" || !containsWord(m.text, "इस "+m.word) && !containsWord(m.text, "इसी "+m.word) && !containsWord(m.text, "यह "+m.word) {
		return false
	}
	// The frame's sentence is this one or the one just before.
	if len(x.purposeList) == 0 {
		return false
	}
	f := x.purposeList[len(x.purposeList)-1]
	return f.kind == timeline.Summit && f.clause.end <= m.clause.start && (f.sent == m.sent || f.sent.end <= m.sent.start && strings.TrimSpace(x.text[f.sent.end:m.sent.start]) == "")
}

// onlyGathering reports s as the only summit or meeting of many among
// the stories told, and its noun named nowhere between s's last telling
// and m's sentence: "यह सम्मेलन 15-16 अक्टूबर को … हो रहा है" sentences
// after the summit's headline can be no other. ("… एक निवेशक सम्मेलन भी
// आयोजित किया जाएगा। यह सम्मेलन …" is the conference just named, which
// is no story of its own.)
func (x *extractor) onlyGathering(recent []*story, s *story, m *mention) bool {
	if s.end <= m.sent.start && containsWord(x.text[s.end:m.sent.start], m.word) {
		return false
	}
	return !slices.ContainsFunc(recent, func(o *story) bool {
		return o != s && (o.kind == timeline.Summit || o.kind == timeline.MultilateralMeeting)
	})
}

// maySeeDoing reports "… बातचीत करते देखा जा सकता है" (may be seen
// talking): the writer's guess at what may happen, which editors draft as
// no event, not a plan anyone made. Footage one may see them in ("वीडियो
// में … बातचीत करते देखा जा सकता है") shows what happened.
func maySeeDoing(toks []token) bool {
	if _, shown := hasAny(toks, footageWords); shown {
		return false
	}
	for i := 1; i+2 < len(toks); i++ {
		if seenWords.has(toks[i].key) && toks[i+1].key == "जा" && strings.HasPrefix(toks[i+2].key, "सक") && doingWords.has(toks[i-1].key) {
			return true
		}
	}
	return false
}

var (
	footageWords = setOf("वीडियो", "तस्वीर", "तस्वीरों", "तस्वीरें", "फोटो", "फोटोज", "फुटेज", "क्लिप")
	talkKinds    = map[timeline.Kind]bool{timeline.BilateralMeeting: true, timeline.SidelineMeeting: true, timeline.PhoneCall: true}
	seenWords    = setOf("देखा", "देखे", "देखी")
	doingWords   = setOf("करते", "करती", "करता", "होते", "होती", "मिलते", "मिलती")
)

// purposeDenied reports a negation at toks[k] of a purpose, "के लिए
// नहीं", before बल्कि (not for this but for that), a comma between or
// not: the clause after बल्कि gives the purpose instead, and the event
// stands as told. A negated event, day or status ("मुलाकात नहीं बल्कि फोन
// पर बातचीत", "सोमवार को नहीं बल्कि मंगलवार को", "रद्द नहीं बल्कि स्थगित")
// is not one.
func (x *extractor) purposeDenied(toks []token, k int) bool {
	if k < 2 || toks[k-1].key != "लिए" || toks[k-2].key != "के" {
		return false
	}
	t := hindi.Next(x.text, toks[k].end)
	if t.Kind == hindi.Punct && t.Rune == ',' {
		t = hindi.Next(x.text, t.End)
	}
	return t.Kind == hindi.Word && t.Text(x.text) == "बल्कि"
}

// negatedParticiple reports a negation at toks[k] of a participle that
// describes the noun after it ("… से विदेश दौरे पर नहीं गए प्रधानमंत्री
// नरेंद्र मोदी … शुरुआत कर सकते हैं"): it says what someone has not
// done, and negates no event of the clause.
func (x *extractor) negatedParticiple(toks []token, k int) bool {
	if k < 2 || k+2 >= len(toks) || !goneWords.has(toks[k+1].key) || toks[k-1].key != "पर" || !visitNouns.has(toks[k-2].key) {
		return false // only "दौरे पर नहीं गए …": not "बैठक में नहीं आए पुतिन ने", "नहीं मिले मोदी और शरीफ"
	}
	next := toks[k+2]
	if auxWords.has(next.key) || hindi.IsClauseWord(next.text) || next.key == "और" || next.key == "तो" {
		return false
	}
	return strings.TrimSpace(x.text[toks[k+1].end:next.start]) == ""
}

var (
	goneWords = setOf("गए", "गये", "गई", "गयी", "गईं")
	auxWords  = unionOf(predicateAux, setOf("हो", "हुए", "सके", "पाए", "पाये"))
)

// oblNegation reports a negation at toks[k] before an oblique infinitive
// ("न आ पाने पर", "नहीं होने से", "न करने की"), and the infinitive's
// index: someone's not doing something. It negates the event told in
// that phrase ("बैठक नहीं होने से"), and no other.
func oblNegation(toks []token, k int) (int, bool) {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		w := toks[j].key
		if strings.HasSuffix(w, "ने") && j+1 < len(toks) && (toks[j+1].key == "पर" || toks[j+1].key == "के" || toks[j+1].key == "की" || toks[j+1].key == "से") {
			return j, true
		}
	}
	return 0, false
}

// saidOfThePast reports an attribution phrase told in the past perfect or
// of a visit gone by ("… ने 2019 में अपनी जापान यात्रा के दौरान कहा था", "…
// अपनी पिछली अमेरिका यात्रा के दौरान"): the visit is not the news's, and
// the phrase's date is no event's.
func (x *extractor) saidOfThePast(at span) bool {
	toks := x.tokens(at.start, at.end)
	if n := len(toks); n > 0 && (toks[n-1].key == "था" || toks[n-1].key == "थी" || toks[n-1].key == "थे") {
		return true
	}
	if slices.ContainsFunc(toks, func(t token) bool { return lastWords.has(t.key) || t.key == "पूर्व" }) {
		return true
	}
	k := x.matchFrom(at.start)
	return k < len(x.matches) && x.matches[k].Start < at.end
}

// newDateBefore reports "नई तारीख" (or तिथि, तारीखें …) among the three
// words before byte at: the date after it is the new one.
func newDateBefore(toks []token, at int) bool {
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= at })
	if k < 0 {
		k = len(toks)
	}
	for j := k - 1; j >= max(1, k-3); j-- {
		if hindi.IsDateNoun(toks[j].key) && (toks[j-1].key == "नई" || toks[j-1].key == "नयी") {
			return true
		}
	}
	return false
}

// duringAt reports "के दौरान" right after toks[i].
func duringAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i+1].key == "के" && toks[i+2].key == "दौरान"
}

// jointStatementAt reports a joint statement's hit: "संयुक्त बयान",
// "साझा वक्तव्य", "संयुक्त घोषणापत्र".
func jointStatementAt(toks []token, h hit) bool {
	return h.kind == timeline.Statement && h.i >= 1 && statementNouns.has(toks[h.i].key) && (toks[h.i-1].key == "संयुक्त" || toks[h.i-1].key == "साझा")
}

// diplomatic reports a sentence that names a country, a demonym, a
// leader or "दोनों देशों/पक्षों/नेताओं": "कांग्रेस और समाजवादी पार्टी ने
// … साझा बयान में कहा" is no statement of states.
func diplomatic(toks []token) bool {
	for i, t := range toks {
		if isCountry(t) || demonyms[t.text] != "" || leaderCountry(t.text) != "" {
			return true
		}
		if t.key == "दोनों" && i+1 < len(toks) && (toks[i+1].key == "देशों" || toks[i+1].key == "पक्षों" || toks[i+1].key == "नेताओं") {
			return true
		}
	}
	return false
}

// jointPressAt reports a hit of a joint press conference: "संयुक्त प्रेस
// वार्ता", "साझा संवाददाता सम्मेलन".
func jointPressAt(toks []token, h hit) bool {
	return h.kind == timeline.PressConference && h.i >= 1 && (toks[h.i-1].key == "संयुक्त" || toks[h.i-1].key == "साझा")
}

// jointPressIn reports a joint press conference named in s.
func jointPressIn(s string) bool { return containsPhrase(s, jointPressPhrases[:]) }

// jointStatementIn reports a joint statement named in s.
func jointStatementIn(s string) bool { return containsPhrase(s, jointStatementPhrases[:]) }

var (
	jointPressPhrases     = [...]string{"संयुक्त प्रेस", "संयुक्त संवाददाता", "संयुक्त पत्रकार", "संयुक्त मीडिया", "साझा प्रेस", "साझा संवाददाता", "साझा पत्रकार", "साझा मीडिया"}
	jointStatementPhrases = [...]string{"संयुक्त बयान", "संयुक्त वक्तव्य", "साझा बयान", "साझा वक्तव्य", "संयुक्त घोषणापत्र", "साझा घोषणापत्र"}
)

// containsPhrase reports whether s contains one of phrases, as printed.
func containsPhrase(s string, phrases []string) bool {
	return slices.ContainsFunc(phrases, func(p string) bool { return strings.Contains(s, p) })
}

// ordinal reports a number or an ordinal written in digits: "19वें",
// "2025"; "जी20" is a name.
func ordinal(w string) bool {
	rest := strings.TrimLeft(w, "0123456789०१२३४५६७८९")
	return rest != w && (rest == "" || ordinalSuffix(rest))
}

// ordinalSuffix reports the ending of an ordinal written in digits.
func ordinalSuffix(w string) bool {
	switch w {
	case "वें", "वां", "वीं", "वे", "वा", "वी":
		return true
	}
	return false
}

// genericGroups are group words that name no one group: "शंघाई सहयोग
// संगठन" is the एससीओ.
var genericGroups = setOf("संगठन", "मंत्रिपरिषद")

// groupNames gives one name to a group written two ways.
var groupNames = map[string]string{"sco": "एससीओ", "brics": "ब्रिक्स", "जी20": "जी-20", "g20": "जी-20", "g-20": "जी-20", "asean": "आसियान", "saarc": "सार्क", "quad": "क्वाड", "क्वॉड": "क्वाड", "कैरिकॉम": "कैरीकॉम", "caricom": "कैरीकॉम",
	"जी7": "जी-7", "g7": "जी-7", "g-7": "जी-7", "जी4": "जी-4", "g4": "जी-4", "g-4": "जी-4", "ibsa": "आईबीएसए"}

// otherSummit reports a summit told with another group's name, or as
// two countries' own, than the summit s: "16वें ब्रिक्स शिखर सम्मेलन"
// is not "8-9 जुलाई को द्विपक्षीय शिखर सम्मेलन".
func otherSummit(s *story, m *mention) bool {
	if m.label == "" || m.kind != timeline.Summit {
		return false
	}
	for _, o := range s.ms {
		if o.kind == timeline.Summit && o.label != "" && o.label != m.label {
			return true
		}
	}
	// "15वें भारत-जापान वार्षिक शिखर सम्मेलन", then "शंघाई सहयोग संगठन
	// (SCO) शिखर सम्मेलन": a group's summit is not two countries' own.
	return m.group != "" && s.kind == timeline.Summit && pairSummit(s)
}

// counterpartNamed returns the holder named before of the office that p,
// an unnamed "समकक्ष" of another country, shares with the home side's
// titled person among ps whose counterpart it is: "जापानी प्रधान मंत्री
// शिगेरु इशिबा … प्रधानमंत्री मोदी अपने जापानी समकक्ष के साथ …" meets
// Ishiba.
func (x *extractor) counterpartNamed(p person, ps []person) (timeline.Participant, bool) {
	if p.Title.Hi != "समकक्ष" || p.Name.Hi != "" || p.Country == "" || p.Country == x.home {
		return timeline.Participant{}, false
	}
	// Whose counterpart: the home side's titled person told last before
	// "अपने … समकक्ष" ("मोदी के साथ गए विदेश मंत्री एस जयशंकर … अपने जापानी
	// समकक्ष से" is Jaishankar's).
	// With none before it ("अपने जापानी समकक्ष के साथ प्रधानमंत्री मोदी
	// …"), the subject after it.
	var own *person
	for i, h := range ps {
		if h.Country == x.home && h.Title.Hi != "" && !groupOffices[h.Title.Hi] && h.end <= p.start && (own == nil || h.start > own.start) {
			own = &ps[i]
		}
	}
	for i, h := range ps {
		if own == nil && h.Country == x.home && h.Title.Hi != "" && !groupOffices[h.Title.Hi] && h.start >= p.end && !h.counterpart {
			own = &ps[i]
		}
	}
	if own == nil {
		return timeline.Participant{}, false
	}
	if q, ok := x.offices[officeKey(own.Title.Hi)+"|"+p.Country]; ok && q.Name.Hi != "" {
		return q, true
	}
	return timeline.Participant{}, false
}

// otherHost reports talks told with a verb of their own whose named
// people of the home country are none of those of the talks s: "मोदी और
// हसीना के बीच … शिखर वार्ता … वहीं विदेश मंत्री सुषमा स्वराज ने शेख
// हसीना से मुलाकात की" are two meetings, one guest with two hosts.
func otherHost(s *story, m *mention, home string) bool {
	if m.frame || !m.hasVerb || m.refers || !slices.ContainsFunc(m.people, func(p person) bool { return p.counterpart }) {
		return false
	}
	homeNamed := func(p person) bool { return p.Country == home && p.Name.Hi != "" }
	mine, theirs := false, false
	for _, p := range m.people {
		if !homeNamed(p) {
			continue
		}
		mine = true
		for _, o := range s.ms {
			for _, q := range o.people {
				if homeNamed(q) {
					theirs = true
					if samePerson(p.Participant, q.Participant) {
						return false
					}
				}
			}
		}
	}
	return mine && theirs
}

// metAfter reports a person of m's clause followed by "से (हुई/हुए)
// मुलाकात", "से भेंट", "के साथ बैठक": one of a meeting the clause tells,
// not its call.
func metAfter(m *mention, p person) bool {
	rel := p.end - m.clause.start
	if rel < 0 || rel > len(m.text) {
		return false
	}
	f := strings.Fields(m.text[rel:])
	for i := 0; i < len(f) && i < 4; i++ {
		w := strings.Trim(f[i], ",।")
		if talkWords.has(w) && w != "बातचीत" && w != "वार्ता" {
			return true
		}
		if i > 0 && w != "हुई" && w != "हुए" && w != "साथ" && w != "अपनी" {
			return false
		}
	}
	return false
}

// toldByVideo reports a call story told with a video word ("वर्चुअल
// समिट", "वीडियो कॉन्फ्रेंस"): a video conference, which a summit may name.
func (x *extractor) toldByVideo(s *story) bool {
	for _, m := range s.ms {
		if containsAny(x.text[m.clause.start:m.clause.end], videoWords) {
			return true
		}
	}
	return false
}

// afterBetween reports "के बाद" between byte offsets from and to.
func afterBetween(toks []token, from, to int) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].start >= from && toks[i].end <= to && toks[i].key == "बाद" && toks[i-1].key == "के" {
			return true
		}
	}
	return false
}

// boundOf returns the bound a one-day or one-month date d makes of the
// event when "से पहले" (before) or "के बाद" (after) follows it directly,
// with nothing between: "20 दिसंबर से पहले … मिलेंगे" is before 20
// December, "दिवाली के बाद" after Diwali, not on the day. w is d as a
// When; ok is false when no bound follows.
func (x *extractor) boundOf(d *hindidate.Match, w date.When) (date.When, bool) {
	if w.IsZero() || w.IsSpan() || w.IsApprox() || w.Bound() != date.NoBound || w.Precision() != date.Day && w.Precision() != date.Month {
		return date.When{}, false
	}
	toks := x.tokens(d.End, min(len(x.text), d.End+40))
	if len(toks) < 2 || d.End < len(x.text) && strings.TrimLeft(x.text[d.End:toks[0].start], " ") != "" {
		return date.When{}, false // "20 दिसंबर, से …": punctuation between
	}
	first, last := w.Days()
	switch {
	case boundBefore(toks):
		return date.Before(first).WithZone(w.Zone()), true
	case toks[0].key == "के" && toks[1].key == "बाद":
		return date.After(last.AddDays(-1)).WithZone(w.Zone()), true // Days' end is exclusive
	}
	return date.When{}, false
}

// forWhatIsAhead reports a date d that a phrase of taking part right
// after it takes ("… को गणतंत्र दिवस समारोह में भाग लेने के लिए"), with a
// visit told after the phrase, before byte end: the date is of what the
// visit is for.
func (x *extractor) forWhatIsAhead(d hindidate.Match, end int) bool {
	if d.End >= end {
		return false
	}
	toks := x.tokens(d.End, end)
	j := partakingEnd(toks, pastDateCase(toks))
	return j >= 0 && slices.ContainsFunc(eventHits(toks[j:]), func(h hit) bool { return h.kind == timeline.Visit })
}

// purposeOwnDate returns the date of m's clause, a frame a journey is for
// (m.purpose), that the phrase of the frame word at byte at takes ("22 नवंबर को जी20 शिखर सम्मेलन", "22
// नवंबर को होने वाले शिखर सम्मेलन") when a phrase of taking part or a
// participle tells it is the frame's, not the journey's; or nil.
func (x *extractor) purposeOwnDate(m *mention, at int) *hindidate.Match {
	if !m.purpose {
		return nil // most mentions: no frame a journey is for
	}
	for _, d := range [...]*hindidate.Match{m.forDate, m.date} {
		if x.frameTakes(m, d, at) {
			return d
		}
	}
	for i := range m.others {
		if x.frameTakes(m, &m.others[i], at) {
			return &m.others[i]
		}
	}
	return nil
}

// frameTakes reports the date d, before the frame word at byte at of m's
// clause, followed by a participle or a phrase of taking part that ends
// within four words of the frame word, no clause word or "और" between.
func (x *extractor) frameTakes(m *mention, d *hindidate.Match, at int) bool {
	if d == nil || d.End > at || d.End <= m.clause.start {
		return false
	}
	toks := x.tokens(d.End, m.clause.end)
	i := pastDateCase(toks)
	if participleEnd(toks, i) < 0 && partakingEnd(toks, i) < 0 {
		return false
	}
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= at })
	return k >= 0 && k <= i+4 && !slices.ContainsFunc(toks[:k], func(t token) bool { return hindi.IsClauseWord(t.text) || t.key == "और" })
}

// toldRecent reports m's event word told as recent: "हालिया बैठक",
// "हालिया शिखर वार्ता", "हाल ही में हुई मुलाकात", "हाल में संपन्न
// यात्रा". at is the byte offset the telling starts at.
func (x *extractor) toldRecent(m *mention) (at int, ok bool) {
	if m.frame || m.wordAt <= m.sent.start || m.wordAt >= m.sent.end || !strings.Contains(x.text[max(m.sent.start, m.wordAt-recentReach):m.wordAt], "हाल") {
		return 0, false // most tellings: no tokens needed
	}
	toks := x.tokens(m.sent.start, m.wordAt)
	k := len(toks)
	if k > 1 && toks[k-2].key == "हालिया" && !hindi.IsPostposition(toks[k-1].text) && !eventWord(toks[k-1].key) {
		k-- // "हालिया शिखर वार्ता", "हालिया भारत यात्रा"
	}
	if k >= 1 && toks[k-1].key == "हालिया" {
		return toks[k-1].start, true
	}
	// "हाल ही में हुई", "हाल में हुए", "हाल ही में संपन्न"
	if k >= 3 && recentParticiples.has(toks[k-1].key) && toks[k-2].key == "में" {
		j := k - 3
		if toks[j].key == "ही" && j > 0 {
			j--
		}
		if toks[j].key == "हाल" {
			return toks[j].start, true
		}
	}
	return 0, false
}

// recentReach is the bytes before an event word toldRecent looks in:
// "हाल ही में हुई" and a qualifier, some 40 bytes, with room to spare.
const recentReach = 96

// recentParticiples end "हाल ही में …" before an event noun: the event
// that happened lately.
var recentParticiples = setOf("हुई", "हुए", "हुआ", "संपन्न", "सम्पन्न")

// recentOwnsDate reports a date ending at byte dateEnd that the event told
// as recent at byte at takes as its own: "सोमवार को नई दिल्ली में हुई
// हालिया बैठक", "10 नवंबर की हालिया बैठक". It does not when a clause
// boundary, a joining word or a finite verb's auxiliary comes between
// ("… ने सोमवार को … बात की और … हुई हालिया मुलाकात", "… ने शुक्रवार को
// कहा कि … हालिया मुलाकात"): the date is the telling's. Nor is a date
// before "हाल (ही) में" ever the event's: the event is told as lately.
func (x *extractor) recentOwnsDate(dateEnd, at int) bool {
	if strings.HasPrefix(x.text[at:], "हाल ") {
		return false
	}
	if strings.ContainsAny(x.text[dateEnd:at], ",;:") {
		return false
	}
	for _, t := range x.tokens(dateEnd, at) {
		if hindi.IsClauseWord(t.text) || joinWords.has(t.key) || predicateAux.has(t.key) {
			return false
		}
	}
	return true
}

// boundBefore reports toks, the words after a date, opening with "से
// पहले" or "से पूर्व": the date is a bound the event comes before.
func boundBefore(toks []token) bool {
	return len(toks) >= 2 && toks[0].key == "से" && (toks[1].key == "पहले" || toks[1].key == "पूर्व")
}

// nextDayBetween reports "अगले दिन" or "दूसरे दिन" between byte offsets
// from and to of text.
func nextDayBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from >= to {
		return false
	}
	between := text[from:to]
	return containsWord(between, "अगले दिन") || containsWord(between, "दूसरे दिन") // not "अगले दिनों में"
}

// namedAround reports a person of m named by name in the sentence around
// byte at: a date further back dates a plan only when it is told of
// someone the plan is of ("बोलसोनारो … 26 जनवरी 2020 के मौके पर …" for
// "बोलसोनारो भारत में चार दिवसीय यात्रा होंगे"), not of another's plan.
func (x *extractor) namedAround(m *mention, at int) bool {
	start := 0
	if i := strings.LastIndexAny(x.text[:at], "।\n?!"); i >= 0 {
		_, n := utf8.DecodeRuneInString(x.text[i:])
		start = i + n // past the danda's three bytes
	}
	end := len(x.text)
	if i := strings.IndexAny(x.text[at:], "।\n?!"); i >= 0 {
		end = at + i
	}
	sent := x.text[start:end]
	var foreign []string
	for _, p := range m.people {
		for w := range strings.FieldsSeq(p.Name.Hi) {
			if utf8.RuneCountInString(w) >= 3 && !sharedNameParts.has(w) && containsWord(sent, w) {
				return true
			}
		}
		if p.Country != "" && p.Country != x.home {
			foreign = append(foreign, p.Country)
		}
	}
	// "ब्राजील के राष्ट्रपति … 26 जनवरी को …" for "ब्राजील के राष्ट्रपति …
	// यात्रा पर रहेंगे": the same foreign side, named by its country.
	for _, t := range tokenize(x.text, start, end) {
		c, ok := countryCode(t.text)
		if !ok {
			c = demonyms[t.text]
		}
		if c != "" && slices.Contains(foreign, c) {
			return true
		}
	}
	return false
}

// lastOne reports a clause that tells the last or the previous event of a
// kind ("दोनों के बीच आखिरी मुलाकात … 16 सितंबर को … हुई थी", "पिछली
// यात्रा", "आखिरी बार"): an earlier event than the news, never a telling
// of it.
func (x *extractor) lastOne(c span) bool {
	toks := x.tokens(c.start, c.end)
	for i := 0; i+1 < len(toks); i++ {
		if !finalWords.has(toks[i].key) {
			continue
		}
		if n := toks[i+1].key; n == "बार" || talkWords.has(n) || visitNouns.has(n) || phoneWords.has(n) {
			return true
		}
	}
	return false
}

// finalWords say "the last" or "the previous" of a kind.
var finalWords = unionOf(lastWords, setOf("आखिरी", "आख़िरी"))

// earlierTime reports "इससे पहले", "इसके पहले", "पहले भी": a telling of
// another event, before the one the story is about.
func earlierTime(text string) bool {
	return containsWord(text, "इससे पहले") || containsWord(text, "इसके पहले") || containsWord(text, "पहले भी")
}

// sharesCounterpart reports a foreign counterpart's country that both the
// story and the mention name: "G-20 बैठक में अमेरिका और रूस के विदेश
// मंत्रियों से मिले" and "अपने अमेरिकी समकक्ष … से मुलाकात की".
func sharesCounterpart(s *story, m *mention, home string) bool {
	for _, p := range m.people {
		if !p.counterpart || p.Country == "" || p.Country == home {
			continue
		}
		for _, o := range s.ms {
			for _, q := range o.people {
				if q.counterpart && q.Country == p.Country {
					return true
				}
			}
		}
	}
	return false
}

// toldAsDone reports a meeting told by its own verb: a verb of meeting
// ("मिलेंगे") or a noun of talks with करना or होना after it ("मुलाकात
// करेंगी", "वार्ता होगी"), not a noun that is the subject of another verb
// ("भेंट ने सबका ध्यान आकृष्ट किया").
func toldAsDone(m *mention) bool {
	if m.word == "" || strings.Contains(m.word, " ") {
		return false
	}
	if meetVerbs.has(m.word) {
		return true
	}
	i := strings.Index(m.text, m.word)
	if i < 0 {
		return false
	}
	rest := strings.Fields(m.text[i+len(m.word):])
	if len(rest) == 0 {
		return false
	}
	w := strings.TrimRight(rest[0], ",;:।.")
	return doWords.has(w) || becomeWords.has(w)
}

// coarse reports a date vaguer than days: a month or longer, a week, an
// approximate day, or a span of ten days or more ("इस माह के मध्य में").
func coarse(w date.When) bool {
	if w.Precision() > date.Day || w.IsApprox() {
		return true
	}
	a, b := w.Days()
	return !a.IsZero() && !b.IsZero() && b.After(a.AddDays(9))
}

// finer reports whether w should replace a story's date v: a day date for
// a vague one, or a visit's longer span of days.
func finer(w, v date.When, k timeline.Kind) bool {
	if k == timeline.Visit && v.IsSpan() && !w.IsSpan() && !coarse(v) {
		return false // a departure or a leg does not date the trip
	}
	if coarse(v) && !coarse(w) || vagueness(w) < vagueness(v) {
		return true
	}
	if (k == timeline.Visit || k == timeline.Summit || k == timeline.MultilateralMeeting) && !coarse(w) && !coarse(v) {
		// "आज से शुरू होगी शंघाई समिट", then "यह सम्मेलन 15-16 अक्टूबर
		// को …": the days from the first one on.
		ws, we := w.Days()
		vs, ve := v.Days()
		return ws == vs && we.After(ve)
	}
	return false
}

// vagueness ranks dates from a day to a year: an approximate day is
// vaguer than a day and sharper than a week or a month.
func vagueness(w date.When) int {
	switch {
	case w.IsTimed():
		return -1
	case w.Precision() <= date.Day && !w.IsApprox():
		return 0
	case w.Precision() <= date.Day:
		return 1
	}
	return 1 + int(w.Precision())
}

// datedBetween reports a date of the story in text[from:to] other than
// own (the event's own date told again) and other than an attribution's
// ("ने रविवार को बताया").
func (x *extractor) datedBetween(from, to int, own date.When) bool {
	i := sort.Search(len(x.matches), func(i int) bool { return x.matches[i].Start >= from })
	for n, m := range x.matches[i:] {
		if m.Start >= to || n >= backWindow {
			return n >= backWindow // many dates between: surely another
		}
		if !inAny(x.attrSpans, m.Start) {
			if w, _ := WhenOf(m.Date); !own.IsZero() && (w == own || within(w, own)) {
				continue
			}
			return true
		}
	}
	return false
}

// laterIndex returns, for each kind, the index of the last mention of
// that kind with a verb that is no frame: a headline fragment without a
// verb waits for such a telling.
func laterIndex(ms []*mention) map[timeline.Kind]int {
	out := map[timeline.Kind]int{}
	for i, o := range ms {
		if o.hasVerb && !o.frame {
			out[o.kind] = i
		}
	}
	return out
}

func overlaps(a, b date.When) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	as, ae := a.Days()
	bs, be := b.Days()
	return !as.IsZero() && !bs.IsZero() && as.Before(be) && bs.Before(ae)
}

// infer dates the events told without a date: from the event they happen
// during, the nearest dated sentence before them, or the dateline for a
// report in the past or present tense.
// legOf returns the days of the N-day visit m's sentence names ("दो
// दिवसीय यात्रा में") when the trip it happens during is longer: N days
// from the last day told before m inside the trip, and that date's text.
func (x *extractor) legOf(m *mention, trip date.When, dated []hindidate.Match) (date.When, string, bool) {
	if m.days < 1 || trip.Precision() != date.Day || trip.IsApprox() {
		return date.When{}, "", false
	}
	ts, te := trip.Days()
	if !ts.AddDays(m.days).Before(te) {
		return date.When{}, "", false // the trip is no longer than the leg
	}
	i := sort.Search(len(dated), func(i int) bool { return dated[i].End > m.clause.start })
	for k := i - 1; k >= max(0, i-backWindow); k-- {
		if inAny(x.attrSpans, dated[k].Start) {
			continue
		}
		w, _ := WhenOf(dated[k].Date)
		if w.IsZero() || w.Precision() != date.Day && !w.IsTimed() {
			return date.When{}, "", false
		}
		ds, _ := w.Days()
		if ds.Before(ts) || !ds.AddDays(m.days).Before(te.AddDays(1)) {
			return date.When{}, "", false // not a day the leg can start on
		}
		leg := date.OnDay(ds)
		end := date.OnDay(ds.AddDays(m.days - 1))
		if z := trip.Zone(); z != "" {
			leg, end = leg.WithZone(z), end.WithZone(z)
		}
		if m.days > 1 {
			var err error
			if leg, err = leg.Until(end); err != nil {
				return date.When{}, "", false
			}
		}
		return leg, dated[k].Text, true
	}
	return date.When{}, "", false
}

// longBefore reports a date that ends two years or more before the
// dateline.
func (x *extractor) longBefore(d hindidate.Match) bool {
	return !d.Date.End.After(x.dateline.AddDate(-2, 0, 0))
}

// thenAt reports "उस समय", "उस वक्त", "तब": a telling of the time told
// just before.
func thenAt(toks []token) bool {
	for i, t := range toks {
		if t.key == "तब" || t.key == "उस" && i+1 < len(toks) && (toks[i+1].key == "समय" || toks[i+1].key == "वक्त" || toks[i+1].key == "दौरान") {
			return true
		}
	}
	return false
}

// recentBefore reports a date among dated[k-backWindow..k), no
// attribution's, that is not longBefore: a date of the news told before
// the one at k, for a telling at i.
func (x *extractor) recentBefore(dated []hindidate.Match, k, i int) bool {
	for j := k - 1; j >= max(0, i-backWindow); j-- {
		if !inAny(x.attrSpans, dated[j].Start) && !x.longBefore(dated[j]) {
			return true
		}
	}
	return false
}

// datesStory reports a story told with the date d.
func datesStory(ss []*story, d hindidate.Match) bool {
	for _, s := range ss {
		for _, m := range s.ms {
			if m.date != nil && m.date.Start == d.Start {
				return true
			}
		}
	}
	return false
}

// meetingToldAgain reports a meeting named again by a demonstrative:
// "इस मुलाकात के दौरान …", "इस बैठक में …"; not "इस सम्मेलन में", which
// names the gathering, not the talks.
func meetingToldAgain(text string) bool {
	for _, d := range []string{"इस ", "इसी ", "यह "} {
		for _, w := range []string{"मुलाकात", "बैठक", "वार्ता", "बातचीत", "भेंट"} {
			if containsWord(text, d+w) {
				return true
			}
		}
	}
	return false
}

// agreedInIt reports talks the sides agree on (m, "… इस साल के अंत तक
// मंत्री स्तर की वार्ता के लिए सहमति व्यक्त की") in the talks of another
// kind told before as held (s, "… से फोन पर बात की"): a meeting still to
// come, not the call that agreed it.
func agreedInIt(s *story, m *mention) bool {
	return m.statusWord == "सहमत" && m.upcoming && s.kind != m.kind && s.first.status == timeline.Held
}

// datesOnlyPast reports a date that dates only events told as the past
// before the news ("इससे पहले पुतिन 2021 में भारत आए थे"): a telling after
// it, of the news, is not of that year.
func datesOnlyPast(ss []*story, d hindidate.Match) bool {
	found := false
	for _, s := range ss {
		for _, m := range s.ms {
			if m.date != nil && m.date.Start == d.Start {
				if !m.plup && !m.background {
					return false
				}
				found = true
			}
		}
	}
	return found
}

func (x *extractor) infer(ss []*story, dated []hindidate.Match) {
	for si, s := range ss {
		if !s.when.IsZero() {
			continue
		}
		m := s.first
		if m.offLifted {
			if i := slices.IndexFunc(s.ms, func(o *mention) bool { return o.status != "" }); i >= 0 {
				m = s.ms[i]
			}
		}
		if a := m.legOf; a != nil {
			// A leg done before the arrival a: before a's day, or the
			// days it is told to have lasted, up to the day before.
			arrived := x.reported
			if a.date != nil && a.date.Date.Granularity <= hindidate.Day {
				arrived = date.FromTime(a.date.Date.Start)
			}
			s.when = x.inDatelineZone(date.Before(arrived))
			s.inferred = fmt.Sprintf("no date in the text: a leg of the trip done before the journey told (%q); before its day; check it", a.word)
			if m.days > 0 {
				if w, err := date.OnDay(arrived.AddDays(-m.days)).Until(date.OnDay(arrived.AddDays(-1))); err == nil {
					s.when = x.inDatelineZone(w)
					s.inferred = fmt.Sprintf("no date in the text: a leg of the trip done before the journey told (%q), of the %d days told, up to the day before; check it", a.word, m.days)
				}
			}
			continue
		}
		if m.earlier && m.date == nil {
			// "पिछली बैठक में …", "… मिलेंगे। पिछली मुलाकात में …": before
			// the day of the event told just before or, for what is told
			// as done, before the dateline.
			var bound date.Date
			what := "the dateline"
			if m.past && !m.upcoming {
				bound = x.reported
			}
			for i := si - 1; i >= max(0, si-backWindow); i-- {
				if o := ss[i]; o.dated != nil && o.dated.date != nil && o.dated.clause.end <= m.clause.start {
					if first, _ := o.when.Days(); !first.IsZero() && (bound.IsZero() || first.Before(bound)) {
						bound, what = first, fmt.Sprintf("the %s told before it (%s)", o.kind, o.when)
					}
					break
				}
			}
			if !bound.IsZero() {
				s.when = x.inDatelineZone(date.Before(bound))
				s.inferred = fmt.Sprintf("no date in the text: told as earlier than %s; before its day; check it", what)
				continue
			}
		}
		if m.kind == timeline.Visit && m.date == nil && planned(m.status) && goesOnTo(m.text) {
			// "… का इजरायल दौरा तीन दिन का होगा और इसके बाद … जर्मनी
			// जाएंगे": the next leg begins about when the visit told
			// before it ends.
			if p := lastVisitBefore(ss[:si], m.visited); p != nil && sharesTraveller(p, s) {
				start, end := p.when.Days()
				if end == start.AddDays(1) {
					// Its days not spread yet (spanDays runs again after
					// infer): the length told.
					for _, o := range p.ms {
						if o.days > 1 {
							end = start.AddDays(o.days)
							break
						}
					}
				}
				if end.After(x.reported) {
					// (Not a journey still to come after a visit over before
					// the dateline: "… 10 से 12 नवंबर तक भूटान की यात्रा पर थे।
					// इसके बाद … जापान जाएंगे".)
					s.when = x.inDatelineZone(date.AroundDay(end, 1))
					s.inferred = fmt.Sprintf("no date in the text: the next leg, after the visit told before it (%s); about the day after; check it", p.when)
					continue
				}
			}
		}
		if v := x.atLegBefore(ss, si); v != nil {
			// "इसके बाद पीएम मोदी जर्मनी जाएंगे। जर्मनी में वह जी-20 समिट
			// में शिरकत करेंगे": the gathering is on that leg.
			s.when, s.parent = v.when, v
			s.inferred = fmt.Sprintf("date inferred from the visit to the country it is told in (%q), told just before; check it", firstWords(x.text, v.first.clause, 8))
			continue
		}
		if m.undatable {
			// Counted from something told: before the dateline, on a day
			// the editor counts.
			s.when = x.inDatelineZone(date.Before(x.reported))
			s.inferred = "no date in the text: its day is counted from something the text tells (\"के N दिन बाद\"); count it"
			continue
		}
		if m.kind == timeline.Summit && m.date == nil && otherTime(m.text) {
			// "पिछला शिखर सम्मेलन … हुआ था", "अगला शिखर सम्मेलन … होगा":
			// another summit than the one told, before or after the
			// dateline; no date told nearby is its.
			if nextTime(m.text) {
				s.when = x.inDatelineZone(date.After(x.reported))
			} else {
				s.when = x.inDatelineZone(date.Before(x.reported))
			}
			s.inferred = "no date in the text: a summit before or after the one told; date it"
			continue
		}
		if m.underWay {
			continue // dated below, once its clause's main event is
		}
		if d := m.mainDate; d != nil {
			// "… सम्मेलन में हिस्सा लेने के बाद … चार से छह अप्रैल को …
			// होंगे": before the main event's first day; "… लेने से पहले":
			// after its last.
			if m.attendedLater {
				s.when = x.inDatelineZone(date.After(date.FromTime(d.Date.End.Add(-time.Nanosecond))))
				s.inferred = fmt.Sprintf("no date in the text: after %q, the date of what comes before it; check it", d.Text)
			} else {
				s.when = x.inDatelineZone(date.Before(date.FromTime(d.Date.Start)))
				s.inferred = fmt.Sprintf("no date in the text: before %q, the date of what comes after it; check it", d.Text)
			}
			continue
		}
		if o := followerOf(ss, si); m.frame && !m.laterFrame && o != nil {
			// "कनाडा में जी7 शिखर सम्मेलन के बाद … फोन पर … बात हुई": the
			// gathering the event followed was before it, and before the
			// news.
			if m.daysBefore > 0 && o.inferred == "" && o.when.Precision() == date.Day && o.when.Bound() == date.NoBound && !o.when.IsSpan() {
				// "यह बातचीत अलास्का शिखर सम्मेलन के तीन दिन बाद हुई", of a
				// call told on the 18th: the summit was on the 15th. (Not
				// counted from a day itself inferred: a guess is no day to
				// count from.)
				day, _ := o.when.Days()
				s.when = x.inDatelineZone(date.OnDay(day.AddDays(-m.daysBefore)))
				s.inferred = fmt.Sprintf("date inferred: %d day(s) before the %s told as coming after it (%s); check it", m.daysBefore, o.kind, day)
				continue
			}
			s.when = x.inDatelineZone(date.Before(x.reported))
			s.inferred = "no date in the text: before the event told as coming after it; check it"
			continue
		}
		if m.kind == timeline.Visit && !m.frame && m.status != timeline.Held {
			// "… एससीओ समिट में भारत की ओर से हिस्सा लेने … जाएंगे। …
			// यह बैठक 15-16 अक्टूबर को होगी": a journey is on the days
			// of the gathering it is for, dated in a sentence of its own.
			o := clauseStory(ss, si, func(v *mention) bool { return v.purpose })
			if o == nil {
				o = x.gatheringToldAfter(ss, si)
			}
			if o != nil && o.inferred == "" && o.when.Bound() == date.NoBound && (o.kind == timeline.Summit || o.kind == timeline.MultilateralMeeting) {
				s.when = o.when
				s.inferred = fmt.Sprintf("date inferred from the %s the journey is for (%q); check it", o.kind, firstWords(x.text, o.first.clause, 8))
				continue
			}
		}
		if m.laterFrame {
			// The frame's clause dates its main event: the frame comes
			// after it, in (about) its month; not "during" it.
			if o := clauseStory(ss, si, func(v *mention) bool { return !v.frame }); o != nil {
				if first, end := o.when.Days(); m.laterDays > 0 && o.when.Precision() == date.Day && o.when.Bound() == date.NoBound {
					// "… सम्मेलन शुरू होने से एक दिन पहले": N days after
					// the main event's last day.
					s.when = x.inDatelineZone(date.OnDay(end.AddDays(m.laterDays - 1)))
					s.inferred = fmt.Sprintf("date inferred: the %s told as beginning %d day(s) after the %s of %s; check it", m.kind, m.laterDays, o.kind, first)
				} else if d := first; !d.IsZero() {
					s.when = x.inDatelineZone(date.InMonth(d.Year(), d.Month()))
					if o.when.Precision() >= date.Month {
						s.when = o.when // "2019 में … से पहले": that year
					}
					s.inferred = fmt.Sprintf("date inferred: the %s told as coming after the %s of %s, in its month; check it", m.kind, o.kind, d)
				}
			}
			if !s.when.IsZero() {
				continue
			}
		}
		if s.parent == nil && m.duringKind != "" {
			lo, hi := max(0, si-backWindow), min(len(ss), si+backWindow)
			// "मोदी की यात्रा के दौरान …" told before the visit's date:
			// the nearest visit told anywhere.
			best := -1
			for i := lo; i < hi; i++ {
				o := ss[i]
				if o != s && o.kind == m.duringKind && !o.when.IsZero() && (best < 0 || abs(o.pos-s.pos) < abs(ss[best].pos-s.pos)) {
					best = i
				}
			}
			if best >= 0 {
				s.parent = ss[best]
			}
		}
		if p := s.parent; p != nil && p.kind == timeline.Visit && !p.when.IsZero() && m.after && m.afterLater && m.afterKind == p.kind && p.when.Bound() == date.NoBound {
			// "इस यात्रा से पहले विदेश सचिव … पहुंच गए हैं": before the
			// trip it comes before, not on its days: at the dateline
			// when told as done by then, before the trip's first day when
			// still to come. (Before a meeting may be hours before it, on
			// its day; before a trip of some month or year, in it as
			// likely as not.)
			first, _ := p.when.Days()
			done := (m.past || m.present || m.status == timeline.Held) && !m.upcoming && !m.unfulfilled
			switch {
			case done && first.After(x.reported):
				s.when = x.inDatelineZone(date.OnDay(x.reported))
				s.inferred = fmt.Sprintf("date inferred from the dateline: told as done, before the %s it comes before (%q); check it", p.kind, firstWords(x.text, p.first.clause, 8))
				continue
			case !coarse(p.when):
				s.when = x.inDatelineZone(date.Before(first))
				s.inferred = fmt.Sprintf("no date in the text: before the %s it comes before (%q); check it", p.kind, firstWords(x.text, p.first.clause, 8))
				continue
			}
		}
		if p := s.parent; p != nil && m.after && m.afterDays > 0 && !m.afterLater && m.afterKind == p.kind && p.when.Precision() == date.Day && p.when.Bound() == date.NoBound && !p.when.IsApprox() {
			// "अलास्का शिखर सम्मेलन के तीन दिन बाद … फोन पर बात की": the
			// days told after the last day of what it follows.
			_, end := p.when.Days()
			s.when = x.inDatelineZone(date.OnDay(end.AddDays(m.afterDays - 1)))
			s.inferred = fmt.Sprintf("date inferred: %d day(s) after the %s it follows (%s); check it", m.afterDays, p.kind, p.when)
			continue
		}
		if p := s.parent; p != nil && !p.when.IsZero() && !(m.after && m.afterKind == p.kind && p.when.Bound() == date.BeforeBound) && !x.doneBefore(m, p) { // not a time before what it came after
			s.when = p.when
			if p.when.IsTimed() && !p.when.IsSpan() && p.kind != s.kind {
				s.when = date.OnDay(p.when.Start()).WithZone(p.when.Zone()) // another event's hour: its day only
			}
			s.inferred = fmt.Sprintf("date inferred from the %s it happens during (%q); check it", p.kind, firstWords(x.text, p.first.clause, 8))
			if w, from, ok := x.legOf(m, p.when, dated); ok {
				// "दो दिवसीय यात्रा में … समझौतों पर हस्ताक्षर होंगे" in a
				// five-day tour: the two days from the last date told
				// before, within the tour.
				s.when = w
				s.inferred = fmt.Sprintf("date inferred from the %d-day leg (%q) of the %s it happens during; check it", m.days, from, p.kind)
			}
			if ps, pe := s.when.Days(); m.past && !m.upcoming && !m.unfulfilled && !ps.IsZero() && !pe.IsZero() && pe.Compare(ps.AddDays(1)) > 0 && !x.reported.Before(ps) && x.reported.Before(pe) {
				// "शी जिनपिंग … अहमदाबाद पहुंचे … दोनों नेताओं ने बातचीत
				// की" in a report of the first of three days: done by the
				// day of the report, not on any day of the visit.
				// On a later day of it: any day from its first to the
				// report's ("भूटान की यात्रा पर पहुंचे … ने … बैठक की" on
				// the last day of two).
				s.when = x.inDatelineZone(date.OnDay(x.reported))
				if ps.Before(x.reported) {
					if w, err := x.inDatelineZone(date.OnDay(ps)).Until(s.when); err == nil {
						s.when = w
					}
				}
				s.inferred = fmt.Sprintf("date inferred from the dateline, a day of the %s it happens during (%q), as the report tells it as done; check it", p.kind, firstWords(x.text, p.first.clause, 8))
			}
			continue
		}
		if (m.upcoming || m.status == timeline.Announced) && duringKinds[s.kind] {
			if v := x.tripAhead(ss, si, s); v != nil && !(v.first.visitAhead && x.tripUnderWay(ss, si) != nil) { // not the visit the trip under way comes before
				// "देउबा 23 अगस्त को पांच दिवसीय दौरे पर भारत आएंगे। … देउबा
				// की प्रधानमंत्री नरेंद्र मोदी से वार्ता होगी": talks still to
				// come between the sides of a coming visit happen during it.
				s.parent, s.when, s.duringTrip = v, v.when, true
				s.inferred = fmt.Sprintf("date inferred from the coming %s of the same sides it happens during (%q); check it", v.kind, firstWords(x.text, v.first.clause, 8))
				continue
			}
		}
		var near *hindidate.Match
		i := sort.Search(len(dated), func(i int) bool { return dated[i].End > m.clause.start })
		for k := i - 1; k >= max(0, i-backWindow); k-- {
			if inAny(x.attrSpans, dated[k].Start) {
				continue
			}
			if !m.background && !m.plup && x.longBefore(dated[k]) && (!datesStory(ss, dated[k]) || datesOnlyPast(ss, dated[k]) && !inSpan(m.sent, dated[k].Start)) && x.recentBefore(dated, k, i) && !thenAt(x.tokens(m.clause.start, m.clause.end)) {
				// "26 नवंबर 2008 में मुंबई … हुए आतंकवादी हमले का जि़क्र
				// करते हुए … सभी देशों के मुखिया से मोदी ने अलग से मुलाकात
				// की": a date years before the news that dates no event
				// told is the past a sentence recalls, not the news's,
				// when a date of the news is told before it. (With none,
				// "मार्च 2021 में मोदी … ढाका में थे। उस समय उन्होंने … से
				// मुलाकात की थी" is of that past.)
				continue
			}
			near = &dated[k] // the last date before the telling that is no attribution's
			break
		}
		ahead := m.upcoming || m.status == timeline.Announced || m.status == timeline.Proposed
		if ahead && !m.past {
			if soon(x.tokens(m.clause.start, m.clause.end)) {
				// "पुतिन और ट्रंप के बीच बातचीत जल्द होगी": soon, on no day
				// told; not the day of the sentence before.
				near = nil
			}
		}
		if ahead && !m.past && duringKinds[s.kind] && laterOn(x.tokens(m.clause.start, m.clause.end)) && (near == nil || !x.afterDateline(near)) {
			if v := x.tripUnderWay(ss, si); v != nil && v.kind == timeline.Visit && !elsewhereThan(v, m) && (sharesTraveller(v, s) || !slices.ContainsFunc(m.people, func(q person) bool { return q.Name.Hi != "" })) {
				if w, ok := x.restOf(v); ok {
					// "… चार दिवसीय यात्रा पर बुधवार को नई दिल्ली पहुंचे …
					// बाद में प्रचंड राष्ट्रपति … से मुलाकात करेंगे": later on
					// the visit under way, on a day left of it.
					s.parent, s.when = v, w
					s.inferred = fmt.Sprintf("date inferred from the days left of the %s under way, as told to come later (%q); check it", v.kind, firstWords(x.text, v.first.clause, 8))
					continue
				}
			}
		}
		if near != nil && ahead && !m.past && duringKinds[s.kind] {
			if w, v, ok := x.restOfTripUnderWay(ss, si, near.Start); ok {
				// "… गुरुवार को दो दिवसीय दौरे पर काठमांडू पहुंचीं। … देउबा
				// के 23 अगस्त के प्रस्तावित भारत दौरे से पहले … पहुंची हैं।
				// … से भी मुलाकात करेंगी": the date told last is of the
				// visit the trip comes before; talks still to come are on
				// the trip under way.
				s.parent, s.when = v, w
				s.inferred = fmt.Sprintf("date inferred from the days left of the %s under way (%q); check it", v.kind, firstWords(x.text, v.first.clause, 8))
				continue
			}
		}
		if m.background && m.past && !ahead {
			// "भूटान के पीएम हाल में 5 दिवसीय यात्रा पर भारत आए थे":
			// done some time before the news, on no day the text gives.
			// Not the nearest date told before, which is the news's.
			s.when = x.inDatelineZone(date.Before(x.reported))
			s.inferred = "no date in the text: before the dateline, as the report tells it as background; check it"
			continue
		}
		// nearWhen reads a date told before as the event it dates read it,
		// by its tense.
		nearWhen := func(d *hindidate.Match) date.When {
			w, _ := WhenOf(d.Date)
			for _, o := range ss {
				if o.dated != nil && o.dated.date != nil && o.dated.date.Start == d.Start && !o.when.IsZero() {
					w = o.when // "शुक्रवार से शुरू हो रहे …": the coming Friday, not the last
					if ws, we := o.when.Days(); d.Date.Granularity == hindidate.Day && o.dated.days > 1 && !ws.IsZero() && we.Compare(ws.AddDays(1)) > 0 {
						// "तीन-दिवसीय भारत दौरे के तहत बुधवार को … पहुंचे। …
						// वार्ता हुई": the day told, not the visit's days;
						// "दो दिवसीय भारत दौरे के दूसरे दिन मंगलवार को": the
						// day told is the second.
						told := ws
						if t := date.FromTime(d.Date.Start); !t.Before(ws) && t.Before(we) {
							told = t
						}
						w = x.inDatelineZone(date.OnDay(told))
						if ahead && o.kind == timeline.Visit && !m.past && !told.After(x.reported) {
							// "गुरुवार को दो दिवसीय दौरे पर काठमांडू पहुंचीं। …
							// से मुलाकात करेंगी": what is still to come on
							// the visit falls on any of its days left, as
							// editors date it.
							if rest, err := w.Until(x.inDatelineZone(date.OnDay(we.AddDays(-1)))); err == nil && we.AddDays(-1).After(told) {
								w = rest
							}
						}
					}
					break
				}
			}
			return w
		}
		// fits reports a date that may date the event by its tense.
		fits := func(w date.When) bool {
			ns, ne := w.Days()
			future, over := ns.After(x.reported), !ne.After(x.reported)
			// A window that runs on more than a week past the dateline
			// ("18 महीनों के भीतर") dates nothing told as done; "इस
			// सप्ताह" may.
			running := !ne.IsZero() && ne.After(x.reported.AddDays(8))
			// Nor does a day to come date talks told as under way ("…
			// के प्रतिनिधि फोन पर रोज बातचीत कर रहे हैं").
			underWay := m.present && m.status == timeline.Held && m.fromTense
			return !((m.past || underWay) && (future || running) || ahead && over)
		}
		var nw date.When
		if near != nil {
			nw = nearWhen(near)
		}
		if near != nil && !nw.IsZero() && !fits(nw) {
			near = nil
			if ahead {
				// "… 26 जनवरी … परेड में … शामिल होंगे। 11वें ब्रिक्स
				// सम्मेलन के दौरान … निमंत्रण दिया था। … भारत में चार
				// दिवसीय यात्रा होंगे": a plan is dated by the last date
				// still to come told before of someone it is of, past a
				// background date.
				for k := i - 2; k >= max(0, i-backWindow); k-- {
					if inAny(x.attrSpans, dated[k].Start) {
						continue
					}
					if w := nearWhen(&dated[k]); !w.IsZero() && fits(w) && x.namedAround(m, dated[k].Start) {
						near, nw = &dated[k], w
						break
					}
				}
			}
		}
		if near != nil && !nw.IsZero() && ahead && near.Date.Granularity == hindidate.Year {
			// "इस वर्ष … 40वीं वर्षगांठ मना रहे हैं। वह … से मुलाकात
			// करेंगे" on a tour under way: the tour's days, not the
			// year of a sentence that tells no event.
			if v := x.tripUnderWay(ss, si); v != nil && within(v.when, nw) {
				near = nil
			}
		}
		if near != nil {
			w := nw
			if w.IsTimed() && !w.IsSpan() {
				// "मॉस्को में आज शाम 6 बजे … मिलेंगे" before "… बैठक में हिस्सा
				// लेने के लिए रूस में हैं": another event's hour dates the
				// day only.
				w = date.OnDay(w.Start()).WithZone(w.Zone())
			}
			if !w.IsZero() {
				s.when = w
				s.inferred = fmt.Sprintf("date inferred from the nearest dated sentence before (%q); check it", near.Text)
				continue
			}
		}
		if !m.upcoming && (m.past || m.present || m.status == timeline.Held || m.status == timeline.Cancelled || m.status == timeline.Postponed) {
			s.when = x.inDatelineZone(date.OnDay(x.reported))
			s.inferred = datedByDateline
			x.datelineMonth(s) // before what happens during it copies the day
			continue
		}
		if ahead && m.unfulfilled {
			if v := calledOffTrip(ss, si, m); v != nil {
				// "विदेश मंत्री का … सीरिया दौरा स्थगित हो गया है। … सुषमा …
				// संयुक्त आयोग की बैठक के लिए … नेतृत्व करने वाली थीं":
				// what one was to do on a trip called off was to be on
				// it, and is off with it.
				s.parent, s.when = v, v.when
				s.inferred = fmt.Sprintf("date inferred from the %s called off that it was to be part of (%q); check it", v.kind, firstWords(x.text, v.first.clause, 8))
				continue
			}
		}
		if ahead {
			if v := x.tripUnderWay(ss, si); v != nil {
				// "… की दो दिवसीय यात्रा पर पहुंचे हैं … बैठक करेंगे":
				// an undated event still to come, told after a visit or
				// summit under way at the dateline, happens during it.
				s.parent, s.when, s.duringTrip = v, v.when, true
				s.inferred = fmt.Sprintf("date inferred from the %s under way it happens during (%q); check it", v.kind, firstWords(x.text, v.first.clause, 8))
				continue
			}
			// "प्रधानमंत्री … से मुलाकात करेंगे" with no date told anywhere
			// before: an event still to come, after the dateline.
			s.when = x.inDatelineZone(date.After(x.reported))
			s.inferred = stillToCome
		}
	}
}

// atLegBefore returns the visit told in the story just before ss[si] when
// ss[si] is a gathering still to come, undated, whose sentence opens by
// the country that visit goes to ("जर्मनी में वह जी-20 समिट में शिरकत
// करेंगे" after "… जर्मनी जाएंगे"), and that visit is dated and to come
// too; or nil.
func (x *extractor) atLegBefore(ss []*story, si int) *story {
	s := ss[si]
	m := s.first
	if si == 0 || m.date != nil || s.kind != timeline.Summit && s.kind != timeline.MultilateralMeeting || !planned(m.status) {
		return nil
	}
	v := ss[si-1]
	if v.kind != timeline.Visit || v.when.IsZero() || v.first.visited == "" || !planned(v.first.status) {
		return nil
	}
	toks := tokenize(x.text, m.sent.start, m.sent.end)
	for k := 0; k+1 < len(toks) && k < 4; k++ {
		if toks[k+1].key == "में" {
			if c, f, ok := countryEndingAt(x.text, toks, k); ok && f == 0 && c == v.first.visited {
				return v
			}
			return nil
		}
	}
	return nil
}

// lengthsTold gives a visit the days a sentence of its own tells it lasts:
// "पीएम मोदी का इजरायल दौरा तीन दिन का होगा", "उनका यह दौरा दो दिन का
// होगा" — the visit to the country named, or the one told last before.
// Only a visit with no length of its own takes it.
func (x *extractor) lengthsTold(ss []*story) {
	for at := 0; at < len(x.text); {
		k := strings.Index(x.text[at:], "दिन क")
		if k < 0 {
			return // most texts: no tokens needed
		}
		k += at
		at = k + len("दिन क")
		// The words around it only: "<country> दौरा तीन दिन का होगा".
		from, to := max(0, k-160), min(len(x.text), k+80)
		for from > 0 && !utf8.RuneStart(x.text[from]) {
			from--
		}
		for to < len(x.text) && !utf8.RuneStart(x.text[to]) {
			to++
		}
		x.lengthTold(ss, tokenize(x.text, from, to), k)
	}
}

// lengthTold is lengthsTold in the words toks, for the "दिन" at byte day.
func (x *extractor) lengthTold(ss []*story, toks []token, day int) {
	for i := 1; i+4 < len(toks); i++ {
		if toks[i+2].start != day || !visitNouns.has(toks[i].key) || toks[i+2].key != "दिन" || toks[i+3].key != "का" && toks[i+3].key != "की" || !lengthVerbs.has(toks[i+4].key) {
			continue
		}
		n := numberOf(toks[i+1].text)
		if n < 1 || n > 30 || slices.ContainsFunc(toks[max(0, i-3):i], func(t token) bool { return otherTimeWords.has(t.key) || ordinals.has(t.key) }) {
			continue // "उनका पिछला जापान दौरा तीन दिन का था", "पहला दौरा": another visit's length
		}
		past := toks[i+4].key == "था" || toks[i+4].key == "थी"
		c, _, named := countryEndingAt(x.text, toks, i-1)
		var v *story
		for _, s := range ss {
			if s.kind != timeline.Visit || s.pos > toks[i].start || slices.ContainsFunc(s.ms, func(m *mention) bool { return m.days > 0 }) {
				continue
			}
			if past && planned(s.first.status) {
				continue // "… दौरा तीन दिन का था" is no visit still to come
			}
			if !named || s.first.visited == c {
				v = s // the last such visit before the sentence
			}
		}
		if v != nil {
			v.first.days = n
		}
	}
}

// lengthVerbs end "… दौरा तीन दिन का होगा".
var lengthVerbs = setOf("होगा", "होगी", "रहेगा", "रहेगी", "है", "था", "थी")

// stillToCome is the note of a story dated after the dateline alone.
const stillToCome = "no date in the text: after the dateline, as the report tells it as still to come; check it"

// onTripToldAfter dates an event still to come, dated after the dateline
// alone, by the rest of a trip of its people under way at the dateline
// that the text tells after it: "… रोम में दोपहर डेढ़ बजे शामिल होंगे।
// … पोप से … मुलाकात करेंगे। … मारियो ड्रैगी के निमंत्रण पर यहां आए हैं"
// is today's, in Rome. (infer dates in text order; this runs once every
// trip has its days.)
func (x *extractor) onTripToldAfter(ss []*story) {
	for si, s := range ss {
		if s.inferred != stillToCome || s.kind == timeline.Visit {
			continue // a journey to come is no part of the trip under way
		}
		for _, v := range ss[si+1 : min(len(ss), si+backWindow)] {
			if v.kind != timeline.Visit || v.when.Bound() != date.NoBound || !sharesTraveller(v, s) || !inTripCountry(s, v) {
				continue
			}
			if a, b := v.when.Days(); a.IsZero() || a.After(x.reported) || !x.reported.Before(b) {
				continue
			}
			if w, ok := x.restOf(v); ok {
				s.when, s.parent = w, v
				s.inferred = fmt.Sprintf("date inferred from the %s under way it happens during, told after it (%q); check it", v.kind, firstWords(x.text, v.first.clause, 8))
				break
			}
		}
	}
}

// inTripCountry reports an event that may be on trip v: set in no country
// or in v's, and meeting no one of a third country (the Holy See is met
// in Italy): "… रोम में … शामिल होंगे", "पोप से … मुलाकात करेंगे" on a
// visit to Italy; not "… ट्रंप से भी मुलाकात करेंगे" on one to Japan.
func inTripCountry(s, v *story) bool {
	for _, m := range s.ms {
		if c := m.place.Country; c != "" && !onTour(v, c) {
			return false
		}
		for _, q := range m.people {
			if q.counterpart && q.Country != "" && !onTour(v, q.Country) && !(q.Country == "VA" && onTour(v, "IT")) {
				return false
			}
		}
	}
	return true
}

// leadersCame reports a clause whose subject is leaders in the plural,
// named by no one: "ये नेता यहां … आये हुए हैं". (The caller asks for the
// summit they came for too: "ये नेता अगले महीने भारत आएंगे" after an
// invitation is a visit.)
func leadersCame(toks []token) bool {
	for i := 1; i < len(toks) && i < 6; i++ {
		if (toks[i].key == "नेता" || toks[i].key == "राष्ट्राध्यक्ष") && (toks[i-1].key == "ये" || toks[i-1].key == "वे" || toks[i-1].key == "सभी" || toks[i-1].key == "कई") {
			return true
		}
	}
	return false
}

// aboutTheVisit reports a visit noun that qualifies the programme, the
// announcement or the preparations of a visit ("दौरे के कार्यक्रम की
// घोषणा की", "यात्रा की तैयारियों"): the visit told before, not another.
func aboutTheVisit(toks []token, i int) bool {
	return i+2 < len(toks) && (toks[i+1].key == "के" || toks[i+1].key == "का" || toks[i+1].key == "की") && visitAffairs.has(toks[i+2].key)
}

var visitAffairs = setOf("कार्यक्रम", "घोषणा", "जानकारी", "सूचना", "तैयारी", "तैयारियों", "तैयारियां", "एजेंडा", "एजेंडे", "ब्योरा", "ब्यौरा", "विवरण", "शेड्यूल")

// refused reports a source that declined what it was asked: "पुष्टि
// करने से इनकार कर दिया", "पुष्टि करने से मना किया".
func refused(phrase string) bool {
	return strings.Contains(phrase, "इनकार") || strings.Contains(phrase, "इंकार") || containsWord(phrase, "मना")
}

// goingTo reports "<infinitive> जा रहा/रही/रहे है/हैं" in toks: "मुलाकात
// होने जा रही है", "… करने जा रहे हैं" — about to happen.
func goingTo(toks []token) bool {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].key == "जा" && strings.HasSuffix(toks[i-1].text, "ने") && (toks[i+1].key == "रहा" || toks[i+1].key == "रही" || toks[i+1].key == "रहे") &&
			(toks[i+2].key == "है" || toks[i+2].key == "हैं") {
			return true
		}
	}
	return false
}

// background reports a sentence that tells what came before the news:
// "हाल में", "हाल ही में", "हाल के दिनों में", "पिछले दिनों", or an
// opener such as "बता दें कि", "गौरतलब है कि", "उल्लेखनीय है कि".
func background(toks []token) bool {
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].key
		}
		switch {
		case t.key == "हाल" && i > 0 && hallWords.has(toks[i-1].key):
			// "सम्मेलन हाल में": a hall.
		case t.key == "हाल" && (next == "में" || next == "ही"), t.key == "हाल" && next == "के" && i+2 < len(toks) && toks[i+2].key == "दिनों",
			t.key == "पिछले" && next == "दिनों":
			// Not "हाल के घटनाक्रम" (recent events), which talks
			// are about, nor "हालिया", which qualifies a noun.
			return true
		case i < 3 && backgroundOpeners.has(t.key) && (next == "दें" || next == "है" || next == "हो" || next == "कि"):
			return true
		}
	}
	return false
}

// participleDates reports the date d followed by "को होने वाले/वाली/
// वाला" or "को प्रस्तावित/निर्धारित" and, within three more words, the
// event word toks[i]: "14 सितंबर को होने वाले भारत-रूस शिखर सम्मेलन".
func participleDates(toks []token, d hindidate.Match, i int) bool {
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= d.End })
	if k < 0 || k >= i || toks[k].key != "को" {
		return false
	}
	j := participleEnd(toks, k+1)
	return j >= 0 && i >= j && i-j <= 3
}

// forOrAbout reports "के लिए" or "को लेकर" right after toks[last]: the
// event an act is for or about.
func forOrAbout(toks []token, last int) bool {
	return last+2 < len(toks) && (toks[last+1].key == "के" && toks[last+2].key == "लिए" || toks[last+1].key == "को" && toks[last+2].key == "लेकर")
}

// jointRelease reports a release word at toks[i] issued jointly:
// "संयुक्त विज्ञप्ति", "साझा विज्ञप्ति" (a joint communiqué).
func jointRelease(toks []token, i int) bool {
	return i >= 1 && releaseWords.has(toks[i].key) && (toks[i-1].key == "संयुक्त" || toks[i-1].key == "साझा")
}

// doubtedIn returns the word of toks that puts their event in doubt:
// "संशय", "संदेह", "अनिश्चितता", "असमंजस", or "अधर में" (in limbo); not
// "कोई संदेह नहीं" (no doubt).
func doubtedIn(toks []token) (string, bool) {
	for i, t := range toks {
		// Doubt over an event ("दौरे पर संशय", "यात्रा को लेकर
		// अनिश्चितता", "दौरा अधर में"), not over anything else ("नीतियों पर
		// संदेह जताया", "… होने के संदेह में गिरफ्तार"), nor doubt voiced
		// by someone at an event ("… पर संशय जताया").
		var over bool
		switch {
		case doubtWords.has(t.key) && i >= 2 && toks[i-1].key == "पर":
			over = eventWord(toks[i-2].key)
		case doubtWords.has(t.key) && i >= 3 && toks[i-1].key == "लेकर" && toks[i-2].key == "को":
			over = eventWord(toks[i-3].key)
		case t.key == "अधर" && i >= 1 && i+1 < len(toks) && toks[i+1].key == "में":
			over = eventWord(toks[i-1].key)
		}
		if !over || slices.ContainsFunc(toks[i+1:min(len(toks), i+4)], func(u token) bool { return u.key == "नहीं" || voicedWords.has(u.key) }) {
			continue
		}
		return t.text, true
	}
	return "", false
}

var doubtWords = setOf("संशय", "संदेह", "अनिश्चितता", "असमंजस")

// hallWords before हाल make it a hall: "सम्मेलन हाल", "टाउन हाल".
var hallWords = setOf("सम्मेलन", "कन्वेंशन", "होटल", "टाउन", "बैंक्वेट", "डाइनिंग", "प्लेनरी", "दरबार", "असेंबली", "कॉन्फ्रेंस", "कांफ्रेंस")

// backgroundOpeners open a sentence of background: "बता दें कि",
// "गौरतलब है कि", "उल्लेखनीय है कि", "ज्ञात हो कि", "मालूम हो कि".
var backgroundOpeners = setOf("बता", "गौरतलब", "उल्लेखनीय", "ज्ञात", "मालूम", "विदित")

// inDatelineZone puts a date inferred from the dateline in the dateline's
// zone, when that zone is one the date package knows by name.
func (x *extractor) inDatelineZone(w date.When) date.When {
	if z := x.dateline.Location().String(); z != "" {
		if _, err := date.LoadZone(z); err == nil {
			return w.WithZone(z)
		}
	}
	return w
}

// tripUnderWay returns the nearest visit or summit told before ss[si]
// whose dates take in the dateline's day, or nil.
func (x *extractor) tripUnderWay(ss []*story, si int) *story {
	for i := si - 1; i >= max(0, si-backWindow); i-- {
		o := ss[i]
		if o.when.IsZero() || o.kind != timeline.Visit && o.kind != timeline.Summit {
			continue
		}
		if a, b := o.when.Days(); !a.IsZero() && !a.After(x.reported) && x.reported.Before(b) {
			return o
		}
	}
	return nil
}

// restOfTripUnderWay returns the days left, from the dateline on, of the
// visit under way before ss[si] when the date at byte at dates a visit told
// only as what that trip comes before ("… के भारत दौरे से पहले"), and the
// trip.
func (x *extractor) restOfTripUnderWay(ss []*story, si, at int) (date.When, *story, bool) {
	var ahead *story
	for _, o := range ss[max(0, si-backWindow):si] { // a few stories back: linear in the text
		if o.kind == timeline.Visit && slices.ContainsFunc(o.ms, func(m *mention) bool { return m.visitAhead && m.date != nil && m.date.Start == at }) {
			ahead = o
		}
	}
	v := x.tripUnderWay(ss, si)
	if v == nil || v == ahead || v.kind != timeline.Visit {
		return date.When{}, nil, false
	}
	if ahead == nil && !slices.ContainsFunc(v.ms, func(m *mention) bool { return m.after && m.afterLater && m.afterKind == timeline.Visit }) {
		// "… ओली अगले महीने भारत आने वाले हैं … इस यात्रा के पहले … मिसरी
		// काठमांडू के दो दिवसीय आधिकारिक दौरे पर पहुंचे हैं": the trip
		// under way told as coming before the visit dated last.
		return date.When{}, nil, false
	}
	w, ok := x.restOf(v)
	return w, v, ok
}

// restOf returns the days of visit v from the dateline on, when v has not
// ended by then.
func (x *extractor) restOf(v *story) (date.When, bool) {
	a, b := v.when.Days()
	if !a.IsZero() && b == a.AddDays(1) && v.when.Precision() == date.Day && !v.when.IsApprox() {
		// "… के दो दिवसीय आधिकारिक दौरे पर पहुंचे हैं": its days, which
		// the visit takes only once every story is read.
		for _, m := range v.ms {
			if m.days > 1 {
				b = a.AddDays(m.days)
				break
			}
		}
	}
	if a.IsZero() || !b.After(x.reported) {
		return date.When{}, false
	}
	from := a
	if x.reported.After(a) {
		from = x.reported
	}
	w := x.inDatelineZone(date.OnDay(from))
	if last := b.AddDays(-1); last.After(from) {
		if r, err := w.Until(x.inDatelineZone(date.OnDay(last))); err == nil {
			w = r
		}
	}
	return w, true
}

// goesOnWithSubject reports a sentence's first clause, toks, that names
// only whom its subject meets (ps are all counterparts, of another country
// than the last subject), with no ने nor pronoun nor owner of the event
// ("… से मुलाकात करेंगे", not "… से प्रतिनिधिमंडल की मुलाकात होगी"),
// after a sentence whose subject did more than speak ("… ने कहा कि …").
func (x *extractor) goesOnWithSubject(s span, toks, sentToks []token, ps []person) bool {
	if len(x.lastPeople) == 0 || len(ps) == 0 || len(toks) == 0 || x.lastPeople[0].counterpart {
		return false
	}
	last := x.lastPeople[0]
	if slices.ContainsFunc(ps, func(q person) bool { return !q.counterpart || q.Country == last.Country }) {
		return false
	}
	if slices.ContainsFunc(sentToks, func(t token) bool {
		return t.end <= toks[len(toks)-1].end && (t.key == "ने" || personPronouns.has(t.key))
	}) {
		return false
	}
	for _, h := range eventHits(toks) {
		if h.i >= 2 && (toks[h.i-1].key == "की" || toks[h.i-1].key == "का" || toks[h.i-1].key == "के") {
			if o := toks[h.i-2]; !dateWord(o) && !hindi.IsPostposition(o.text) && !demonstratives.has(o.key) && o.key != "साथ" && !groupWords.has(o.key) {
				return false // "… से यूक्रेनी प्रतिनिधिमंडल की मुलाकात होगी": whose it is, the clause says
			}
		}
	}
	back := max(0, s.start-600)
	for back < s.start && !utf8.RuneStart(x.text[back]) {
		back++
	}
	if ss := hindi.Sentences(x.text[back:s.start]); len(ss) > 0 {
		before := tokenize(x.text, back+ss[len(ss)-1].Start, back+ss[len(ss)-1].End)
		if slices.ContainsFunc(before, func(t token) bool { return t.key == "कहा" || t.key == "बताया" }) {
			return false // "ट्रंप ने … कहा कि …": who spoke is not who meets next
		}
	}
	return true
}

// duringKinds are the kinds of event a visit holds: talks, signings,
// statements and press conferences.
var duringKinds = map[timeline.Kind]bool{timeline.BilateralMeeting: true, timeline.SidelineMeeting: true, timeline.AgreementSigning: true,
	timeline.Statement: true, timeline.PressConference: true}

// tripAhead returns the visit of several days still to come, told last
// within a few events before ss[si], whose countries — the visited and
// the visitors' — include every country s names, or nil.
func (x *extractor) tripAhead(ss []*story, si int, s *story) *story {
	for i := si - 1; i >= max(0, si-backWindow); i-- {
		o := ss[i]
		if o.kind != timeline.Visit || o.when.IsZero() {
			continue
		}
		a, b := o.when.Days()
		if a.IsZero() || !a.After(x.reported) || b.Compare(a.AddDays(1)) <= 0 {
			return nil // the nearest visit told is no coming one of days
		}
		visited, _ := visitedBy(o.first, o.ms)
		sides := map[string]bool{visited: visited != ""}
		for _, m := range o.ms {
			for _, p := range m.people {
				if p.Country != "" {
					sides[p.Country] = true
				}
			}
		}
		named := false // a country other than home: "… मुख्यमंत्रियों के साथ बैठक करेंगे"
		for _, m := range s.ms {
			for _, p := range m.people {
				if p.Country == "" {
					continue
				}
				if !sides[p.Country] {
					return nil
				}
				named = named || p.Country != x.home
			}
		}
		if !named && (s.kind == timeline.BilateralMeeting || s.kind == timeline.SidelineMeeting) {
			return nil // talks of home's people alone are no talks of the visit; its signings are
		}
		return o
	}
	return nil
}

// summitVisits dates a summit told only as coming ("आगामी भारत-रूस
// वार्षिक शिखर सम्मेलन") by the visit of a head of state or government
// told with a date ahead of the dateline: that visit is when the summit
// meets.
func (x *extractor) summitVisits(ss []*story) {
	var visit *story
	for _, v := range ss {
		if v.kind != timeline.Visit || v.when.IsZero() || !leaderVisit(v) {
			continue
		}
		if _, end := v.when.Days(); end.After(x.reported) {
			visit = v
			break
		}
	}
	if visit == nil {
		return
	}
	for _, s := range ss {
		if s.kind != timeline.Summit || !s.when.IsZero() || s.first.mainDate != nil { // not one attended before or after the visit
			continue
		}
		if first, _ := storyStatus(s); first != nil && first.status == timeline.Held {
			continue // "… आसियान शिखर सम्मेलन चल रहा है": under way, not to come
		}
		if i := slices.IndexFunc(s.ms, func(m *mention) bool { return m.place.Country != "" }); i >= 0 && !onTour(visit, s.ms[i].place.Country) {
			continue // "जर्मनी में वह जी-20 समिट में शिरकत करेंगे" after the visit to Japan: not on it
		}
		for _, v := range []*story{visit} {
			s.when = v.when
			s.parent = v
			s.inferred = fmt.Sprintf("date inferred from the visit of %s (%q), the only dated visit of a head of state or government ahead; check that the summit is during it", leaderOf(v), firstWords(x.text, v.dated.clause, 8))
			break
		}
	}
}

// onTour reports country c among the countries of visit v, every leg of
// a tour's list ("फ्रांस और जर्मनी का दौरा") too.
func onTour(v *story, c string) bool {
	return slices.Contains(visitCountries(v), c) || slices.ContainsFunc(v.ms, func(m *mention) bool { return slices.Contains(m.visitedAll, c) })
}

func leaderVisit(s *story) bool { return leaderOf(s) != "" }

func leaderOf(s *story) string {
	for _, m := range s.ms {
		for _, p := range m.people {
			if p.Title.Hi == "राष्ट्रपति" || p.Title.Hi == "प्रधानमंत्री" || p.Title.Hi == "प्रधान मंत्री" || p.Title.Hi == "पीएम" {
				return strings.TrimSpace(p.Title.Hi + " " + p.Name.Hi)
			}
		}
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// firstWords returns up to n words of text[c.start:c.end].
func firstWords(text string, c span, n int) string {
	f := strings.Fields(strings.ToValidUTF8(text[c.start:c.end], ""))
	if len(f) > n {
		f = append(f[:n], "…")
	}
	return strings.Join(f, " ")
}

// datedByDateline is the note of a story dated by the dateline alone.
const datedByDateline = "no date in the text: dated by the dateline, as the report tells it as done or under way; check it"

// storyStatus returns the event's status history: the first status told
// and, when any telling says cancelled or postponed, that last — a
// cancellation is the news, whatever the tense of the first telling;
// unless it was put off before and made at last (offBefore).
func storyStatus(s *story) (first, final *mention) {
	first, final = storyTellings(s)
	if offBefore(s, final) {
		return first, nil
	}
	return first, final
}

// storyTellings returns the tellings storyStatus reads the status from:
// the first of a plan or an event held, the first that calls it off or
// puts it off.
func storyTellings(s *story) (first, final *mention) {
	// A frame's status counts only when no other telling has one: "बैठक
	// में शामिल होने के लिए … पहुंचीं" after a headline's verbless "बैठक".
	told := slices.ContainsFunc(s.ms, func(m *mention) bool { return m.status != "" && !m.frame })
	for _, m := range s.ms {
		// A meeting of many told of a summit ("अब बहुपक्षीय सम्मेलन में हिस्सा
		// ले रहे हैं") is of its kind.
		gatherings := (m.kind == timeline.Summit || m.kind == timeline.MultilateralMeeting) && (s.kind == timeline.Summit || s.kind == timeline.MultilateralMeeting)
		if m.status == "" || (m.frame && told && !m.offByCall || m.kind != s.kind && !m.generic && !gatherings) && len(s.ms) > 1 {
			continue
		}
		if m.status == timeline.Cancelled || m.status == timeline.Postponed {
			if final == nil || final.statusWord == "नहीं" && m.statusWord != "नहीं" {
				// "भारत दौरे पर फिलहाल नहीं आयेंगे", then "… दौरे को स्थगित कर
				// दिया": the word that says how it is off.
				final = m
			}
			continue
		}
		if first == nil || first.fromTense && !m.fromTense && m.dateOwn && !m.refers && !m.generic {
			first = m // a status word says more than a tense
		} else if first.headline && first.fromTense && first.status == timeline.Held && !m.headline && m.hasVerb && m.fromTense && m.status == timeline.Announced && !m.refers && !m.framing && !heldInBody(s, m) {
			// "मर्केल से मिले मोदी" above "… मोदी और मर्केल की मुलाकात …
			// के दौरान होगी": a headline's past gives way to the future
			// the body tells the event in.
			first = m
		} else if first.fromTense && m.fromTense && !first.dateOwn && m.dateOwn && !m.refers && m.status == timeline.Held {
			// "वार्ता में भारत का प्रतिनिधित्व … करेंगे" then "प्रथम ‘टू-प्लस-टू’
			// वार्ता सितंबर 2018 में … हुई थी": a telling that dates the event
			// and tells it done says more than a future without a date.
			first = m
		} else if s.kind == timeline.Visit && visitBegun(first, m) {
			first = m
		} else if first.headline && first.fromTense && first.status == timeline.Announced && first.date == nil && !m.headline && m.hasVerb && m.status == timeline.Proposed && !m.refers && !m.framing && !bodySettles(s) {
			// "जल्द ही ज़ेलेंस्की से बात करेंगे पुतिन" above "… राष्ट्रपति
			// जल्द ही बातचीत कर सकते हैं": a headline tells as settled
			// what the body tells as possible.
			first = m
		} else if first.status == timeline.Proposed && m.status == timeline.Announced && m.dateOwn && !m.refers && sharperDate(m, first) {
			// "… इस महीने विदेश यात्रा की शुरुआत कर सकते हैं … वे 25 मार्च
			// को बांग्लादेश के दौरे पर जाएंगे": a plan told with its day
			// says more than a "may" without one.
			first = m
		}
	}
	return first, final
}

// subheading reports ms[mi] as a subheading in the body that names no one
// and no date ("हाल ही में हुई थी अनौपचारिक मुलाकात"), with the body's next
// telling, in a later sentence, of the same kind and status ("इससे पहले
// 23 सितंबर को … एक अनौपचारिक बैठक भी की थी"): it tells that again.
// Lines of the headline block above the body are not subheadings; the
// caller asks only after a body telling.
func subheading(ms []*mention, mi int) bool {
	m := ms[mi]
	if !m.headline || m.date != nil || len(m.people) > 0 || mi+1 >= len(ms) {
		return false
	}
	next := ms[mi+1]
	return !next.headline && next.sent.start >= m.sent.end && next.kind == m.kind && next.status == m.status
}

// soonWords say an event will come soon, on no day told.
var soonWords = setOf("जल्द", "जल्दी", "शीघ्र")

// soon reports a soon word that times the clause's event ("बातचीत जल्द
// होगी", "जल्द ही मिलेंगे"); not "जल्द से जल्द युद्ध खत्म करने", the
// haste of another act.
func soon(toks []token) bool {
	for i, t := range toks {
		if soonWords.has(t.key) && !(i+1 < len(toks) && toks[i+1].key == "से") && !(i > 0 && toks[i-1].key == "से") {
			return true
		}
	}
	return false
}

// bodySettles reports a telling below the headline that tells the event,
// with whom, as settled ("क्रेमलिन ने पुष्टि की है कि … ट्रंप से मुलाकात
// करेंगे"): its "may" elsewhere is of something else, or gives way to it.
func bodySettles(s *story) bool {
	return slices.ContainsFunc(s.ms, func(o *mention) bool {
		// A telling of the talks themselves, with whom: not "इस मुलाकात में
		// यूक्रेन युद्ध पर बातचीत होगी", what they will cover.
		return !o.headline && !o.frame && !o.refers && (o.status == timeline.Announced || o.status == timeline.Confirmed) &&
			slices.ContainsFunc(o.people, func(p person) bool { return p.counterpart })
	})
}

// sameTraveller reports a telling m whose travellers are told by name or
// office as plan's are, or by none: not "उनसे पहले जर्मनी के विदेश मंत्री
// सोमवार को नई दिल्ली पहुंचे" after the chancellor's visit.
func sameTraveller(m, plan *mention) bool {
	travellers := slices.DeleteFunc(slices.Clone(m.people), func(p person) bool { return p.counterpart })
	if len(travellers) == 0 {
		return true
	}
	return slices.ContainsFunc(travellers, func(p person) bool {
		return slices.ContainsFunc(plan.people, func(q person) bool {
			if samePerson(p.Participant, q.Participant) {
				return true
			}
			// "रूस के राष्ट्रपति … रहेंगे। पुतिन सोमवार को … पहुंचे": one
			// told by office, the other by name, of one country; two
			// offices told must be one.
			return p.Country == q.Country && (p.Name.Hi == "" || q.Name.Hi == "") &&
				(p.Title.Hi == "" || q.Title.Hi == "" || officeKey(p.Title.Hi) == officeKey(q.Title.Hi))
		})
	})
}

// heldInBody reports a telling of story s before m, in the body, that
// tells the event done: "मालदीव के राष्ट्रपति … दिल्ली पहुंचे" above "…
// नई दिल्ली पहुंच गए हैं। मुइज्जू 6 से 10 अक्टूबर तक भारत की यात्रा पर
// रहेंगे" — the body's future is of the days to come of a visit begun.
func heldInBody(s *story, m *mention) bool {
	for _, o := range s.ms {
		if o == m {
			return false
		}
		if !o.headline && !o.frame && !o.plup && o.kind == s.kind && o.status == timeline.Held && o.fromTense {
			return true
		}
	}
	return false
}

// visitBegun reports a telling m that tells the visit plan told to come
// as begun: "मुइज्जू 6-10 अक्तूबर तक भारत की … यात्रा पर रहेंगे। … मुइज्जू
// रविवार को भारत पहुंचे", done by its own traveller on a day of its span.
// The visit is under way.
func visitBegun(plan, m *mention) bool {
	return m.kind == timeline.Visit && plan.status == timeline.Announced && plan.fromTense && m.status == timeline.Held && m.fromTense &&
		!m.plup && m.dateOwn && !m.refers && begunWithin(m, plan) && sameTraveller(m, plan)
}

// begunWithin reports a telling m dated on a day of the span the telling
// plan is dated by.
func begunWithin(m, plan *mention) bool {
	if m.date == nil || plan.date == nil || m.date.Date.Granularity != hindidate.Day || plan.date.Date.Granularity != hindidate.Day {
		return false
	}
	d, p := m.date.Date, plan.date.Date
	return p.End.Sub(p.Start) > 24*time.Hour && !d.Start.Before(p.Start) && d.Start.Before(p.End)
}

// putOffBefore returns the telling that put off a story held at last
// (offBefore), for its history; or nil. It reads the tellings as
// storyStatus does.
func putOffBefore(s *story) *mention {
	if _, final := storyTellings(s); offBefore(s, final) {
		return final
	}
	return nil
}

// offBefore reports final, the telling that calls story s off or puts it
// off, told as before the news, in the pluperfect, and the event told as
// made in a later telling: "… का भारत दौरा पहले टल गया था। अब वे बुधवार
// को नई दिल्ली पहुंचे".
func offBefore(s *story, final *mention) bool {
	return final != nil && final.plup && slices.ContainsFunc(s.ms, func(m *mention) bool {
		return m.status == timeline.Held && !m.plup && m.clause.start > final.clause.start
	})
}

// sharperDate reports a telling dated to a week or finer, more sharply
// than b: "मई में … कर सकते हैं" then "मई के पहले हफ्ते में … जाएंगे".
func sharperDate(a, b *mention) bool {
	return a.date != nil && a.date.Date.Granularity <= hindidate.Week && (b.date == nil || a.date.Date.Granularity < b.date.Date.Granularity)
}

// nCountriesBefore reads "(की|के) (अपने|अपनी) N देशों (की|के)" backwards
// from the visit noun toks[i] and returns the index of the word before it,
// where the countries' list ends.
func nCountriesBefore(toks []token, i int) (int, bool) {
	if bothCountriesWords(toks, i) {
		return 0, false // a pair named further before: bothCountriesAt
	}
	j := i - 1
	if j < 2 || toks[j].key != "की" && toks[j].key != "के" || toks[j-1].key != "देशों" {
		return 0, false
	}
	j -= 2
	if !hasDigitOrNumberWord(toks[j].text) {
		return 0, false
	}
	j--
	if j >= 0 && (toks[j].key == "अपने" || toks[j].key == "अपनी") {
		j--
	}
	if j >= 1 && (toks[j].key == "के" || toks[j].key == "की") {
		return j - 1, true
	}
	return 0, false
}

// bothCountriesWords reports "दोनों देशों का/के/की" right before the
// visit noun at toks[i].
func bothCountriesWords(toks []token, i int) bool {
	return i >= 3 && (toks[i-1].key == "का" || toks[i-1].key == "के" || toks[i-1].key == "की") && toks[i-2].key == "देशों" && toks[i-3].key == "दोनों"
}

// bothCountriesAt returns the index of the last word of a pair of
// countries "A और B" told before "दोनों देशों का दौरा" at toks[i], the
// nearest such pair before it.
func bothCountriesAt(text string, toks []token, i int) (int, bool) {
	if !bothCountriesWords(toks, i) {
		return 0, false
	}
	for k := i - 4; k >= 2; k-- {
		if _, first, ok := countryEndingAt(text, toks, k); ok && first >= 2 && joinWords.has(toks[first-1].key) {
			if _, _, ok := countryEndingAt(text, toks, first-2); ok {
				return k, true
			}
		}
	}
	return 0, false
}

// metOthersOnly reports a telling whose foreign counterparts are all named
// and none of them is a counterpart named in s: people met by name, others
// than s met.
func metOthersOnly(s *story, m *mention, home string) bool {
	named := func(p person) bool { return p.counterpart && p.Country != "" && p.Country != home && p.Name.Hi != "" }
	var theirs, ours []person
	for _, p := range m.people {
		if p.counterpart && p.Country != "" && p.Country != home {
			if !named(p) {
				return false
			}
			theirs = append(theirs, p)
		}
	}
	for _, o := range s.ms {
		for _, q := range o.people {
			if q.counterpart && q.Country != "" && q.Country != home {
				if !named(q) {
					return false
				}
				ours = append(ours, q)
			}
		}
	}
	homeMet := slices.ContainsFunc(s.ms, func(o *mention) bool {
		return slices.ContainsFunc(o.people, func(q person) bool { return q.counterpart && q.Country == home && !q.homeGuess })
	})
	if len(ours) == 0 && homeMet {
		// "पीएम मोदी से … वाल्ट्ज और … गबार्ड ने भी बैठक की थी", then "…
		// मोदी … ट्रंप के साथ द्विपक्षीय बैठक करेंगे": the home side met
		// by the foreign one, whose people, each by name, are the
		// meeting's other side. (Not when the home side met others: a
		// dinner's host named beside them, heldout9 05, is no side.)
		for _, o := range s.ms {
			for _, q := range o.people {
				if !q.counterpart && q.Country != "" && q.Country != home {
					if q.Name.Hi == "" {
						return false
					}
					ours = append(ours, q)
				}
			}
		}
	}
	if len(theirs) == 0 || len(ours) == 0 {
		return false
	}
	for _, p := range theirs {
		for _, q := range ours {
			if samePerson(p.Participant, q.Participant) {
				return false
			}
		}
	}
	return true
}

// delegationTalks reports a telling whose main event is talks of the
// delegations ("हैदराबाद हाउस में शिष्टमंडल स्तर की वार्ता हुई"), which
// editors draft apart from the leaders' own meeting.
func delegationTalks(m *mention) bool {
	if m.frame || m.after || m.refers {
		return false
	}
	if representativesTalk(m) {
		return true
	}
	if !talkWords.has(m.word) {
		return false
	}
	for _, w := range []string{"प्रतिनिधिमंडल स्तर की " + m.word, "शिष्टमंडल स्तर की " + m.word, "प्रतिनिधि मंडल स्तर की " + m.word, "प्रतिनिधिमंडल स्तरीय " + m.word} {
		i := strings.Index(m.text, w)
		if i < 0 {
			continue
		}
		// "शिष्टमंडल स्तर की बैठक पर जाने से पहले … फोटो खिंचवाई": the
		// talks are when something else was done.
		rest := strings.Fields(m.text[i+len(w):])
		return !slices.ContainsFunc(rest[:min(len(rest), 5)], func(f string) bool { return f == "पहले" || f == "बाद" || f == "दौरान" })
	}
	return false
}

// representativesTalk reports talks whose subject is the sides'
// representatives: "रूस और यूक्रेन के प्रतिनिधि वीडियो कॉन्फ्रेंसिंग के
// माध्यम से दैनिक बातचीत कर रहे हैं", not their leaders.
func representativesTalk(m *mention) bool {
	// The telling's own event word, not the first of its spelling; a
	// telling built without one (a status told of the event before) by
	// the first.
	at := m.wordAt - m.clause.start
	if m.wordAt == 0 || at <= 0 || at > len(m.text) || !strings.HasPrefix(m.text[at:], m.word) {
		i := strings.Index(m.text, " "+m.word)
		if i < 0 {
			return false
		}
		at = i + 1
	}
	words := strings.Fields(m.text[:at])
	for k := len(words) - 1; k >= max(1, len(words)-7); k-- {
		if (words[k] == "प्रतिनिधि" || words[k] == "प्रतिनिधियों") && words[k-1] == "के" {
			return true
		}
	}
	return false
}

// otherLevel reports delegation-level talks and a story of talks that
// tells none, or the other way round: two meetings.
func otherLevel(s *story, m *mention) bool {
	if m.kind != timeline.BilateralMeeting && m.kind != timeline.SidelineMeeting {
		return false
	}
	return delegationTalks(m) != slices.ContainsFunc(s.ms, delegationTalks)
}

// regretsOff reports the rest of a sentence telling regret that something
// is off: "… स्थगित करने को लेकर खेद … व्यक्त की".
func regretsOff(rest string) bool {
	return (containsWordStart(rest, "खेद") || containsWordStart(rest, "अफसोस")) &&
		(containsWordStart(rest, "स्थगित") || containsWordStart(rest, "रद्द") || containsWordStart(rest, "टाल"))
}

// offActDay reports a date that dates the calling or putting off of an
// event, not the event: an agent with ने before it, को after it, the
// event's word after that, and the verb of calling off after the event's
// word ("अमेरिका ने शनिवार को वार्ता को टाल दिया"). Words that make the
// date the event's between the date and the event word ("शनिवार को होने
// वाली वार्ता", "शनिवार को प्रस्तावित बैठक") or a possessive after it
// ("शनिवार की बैठक") rule it out.
func offActDay(toks []token, dateStart, dateEnd int, h hit) bool {
	j := slices.IndexFunc(toks, func(t token) bool { return t.start >= dateEnd })
	if j < 0 || j >= h.i || toks[j].key != "को" {
		return false
	}
	for _, t := range toks[j+1 : h.i] {
		if eventDateWords.has(t.key) {
			return false
		}
	}
	agent := slices.ContainsFunc(toks, func(t token) bool { return t.end <= dateStart && (t.key == "ने" || agentPronouns.has(t.key)) })
	if !agent {
		return false
	}
	for _, t := range toks[h.last+1 : min(len(toks), h.last+4)] {
		if strings.HasPrefix(t.key, "टाल") || t.key == "रद्द" || t.key == "स्थगित" || t.key == "निरस्त" {
			return true
		}
	}
	return false
}

var agentPronouns = setOf("उन्होंने", "उसने", "इन्होंने", "इसने", "हमने", "मैंने", "आपने", "उन्हों ने")

var eventDateWords = setOf("होने", "होनी", "होना", "वाली", "वाले", "वाला", "प्रस्तावित", "निर्धारित", "तय", "आयोजित", "होनेवाली", "होनेवाले", "शुरू", "पहुंचने")

// toldBeforeThat reports a "कि" after a verb of telling among the words
// between a date and its event word: the date is the day the news was
// told, not of the event in the कि clause.
func toldBeforeThat(between []token) bool {
	for k := 1; k < len(between); k++ {
		if between[k].key != "कि" {
			continue
		}
		switch between[k-1].key {
		case "कराया", "बताया", "कहा", "दी", "किया", "जताया":
			return true
		}
	}
	return false
}

// calledOffTrip returns the visit told last before ss[si], within
// backWindow, that is called off or put off and shares a person, by name,
// with m; or nil.
func calledOffTrip(ss []*story, si int, m *mention) *story {
	for i := si - 1; i >= max(0, si-backWindow); i-- {
		v := ss[i]
		if v.kind != timeline.Visit || v.when.IsZero() {
			continue
		}
		_, f := storyStatus(v)
		if f == nil || f.status != timeline.Cancelled && f.status != timeline.Postponed {
			continue
		}
		for _, p := range m.people {
			for _, o := range v.ms {
				if slices.ContainsFunc(o.people, func(q person) bool { return p.Name.Hi != "" && samePerson(p.Participant, q.Participant) }) {
					return v
				}
			}
		}
	}
	return nil
}

// countedFromBefore reports "के (ठीक) N दिन बाद" before the event word at
// toks[i]: its day is counted from something told, not a date of its own.
func countedFromBefore(toks []token, i int) bool {
	for k := 0; k+2 < i; k++ {
		if toks[k].key != "के" && !gapFrom.has(toks[k].key) {
			continue
		}
		j := k + 1
		if approxWords.has(toks[j].key) {
			j++
		}
		if j+2 < i && hasDigit(toks[j].text) && gapUnits.has(toks[j+1].key) && (toks[j+2].key == "बाद" || toks[j+2].key == "पहले") {
			return true
		}
	}
	return false
}

// gapFrom count a gap from what was told before, as "X के" does: "इसके
// 19 दिन बाद".
var gapFrom = setOf("इसके", "उसके", "जिसके")

// approxWords may stand between के and a count: "के ठीक 19 दिन बाद".
var approxWords = setOf("ठीक", "करीब", "लगभग", "कोई")

// ofTheSummit reports a telling whose people, if it names any, include one
// the summit's tellings name.
func (x *extractor) ofTheSummit(summit *story, m *mention) bool {
	named := false
	for _, p := range m.people {
		if p.Name.Hi == "" {
			continue
		}
		named = true
		for _, o := range summit.ms {
			if slices.ContainsFunc(o.people, func(q person) bool { return q.Name.Hi != "" && samePerson(p.Participant, q.Participant) }) {
				return true
			}
		}
	}
	return !named
}

// firstOrLastDay name a gathering's first or last day: "सम्मेलन के पहले
// दिन", "… के आखिरी दिन"; dayOrdinals name the others.
var firstOrLastDay = setOf("पहले", "आखिरी", "अंतिम", "आखिर")

// sessionOf reports a session or a day of the gathering named by m's bare
// conference word, within five words after it: "सम्मेलन के तीसरे सत्र",
// "सम्मेलन के चौथे और अंतिम सत्र", "सम्मेलन के पहले दिन".
func (x *extractor) sessionOf(m *mention) bool {
	at := m.wordAt
	if before := x.tokens(m.clause.start, at); len(before) > 0 {
		// "जलवायु सम्मेलन के विशेष सत्र" is another conference's; "मोदी
		// सम्मेलन के पहले दिन …" names its subject before it.
		last := before[len(before)-1]
		if !bareBefore(last) && !slices.ContainsFunc(m.people, func(p person) bool { return p.end == last.end }) {
			return false
		}
	}
	toks := tokenize(x.text, at, min(len(x.text), at+120))
	for k := 1; k < min(len(toks), 6); k++ {
		switch w := toks[k].key; {
		case w == "सत्र" || w == "सत्रों":
			return true
		case w == "दिन" && (firstOrLastDay.has(toks[k-1].key) || dayOrdinals[toks[k-1].key] > 0):
			return true // "पहले दिन", "दूसरे दिन", "आखिरी दिन"
		}
	}
	return false
}

// attendedBefore reports a gathering told as one attended before the
// clause's main event: "… जी-20 शिखर सम्मेलन में भाग लेने के बाद … गयाना
// पहुंच गए हैं". The visitor was there; it is an event of its own, held.
func (x *extractor) attendedBefore(m *mention) bool {
	if !m.frame || m.status != timeline.Held || m.kind != timeline.Summit && m.kind != timeline.MultilateralMeeting {
		return false
	}
	after := x.text[m.wordAt:min(len(x.text), m.wordAt+160)]
	for _, w := range []string{"भाग लेने के बाद", "हिस्सा लेने के बाद", "शामिल होने के बाद"} {
		if i := strings.Index(after, w); i >= 0 && !strings.ContainsAny(after[:i], ",।") {
			return true
		}
	}
	return false
}

// bareConference reports a conference noun that names no conference of
// its own: it opens its clause, or follows a demonstrative ("इस", "उस",
// "इसी", "यह" …, thisWords), and no one is told with it ("सम्मेलन के
// दौरान … चर्चा होगी").
func (x *extractor) bareConference(m *mention) bool {
	if len(m.people) > 0 || m.label != "" {
		return false
	}
	before := x.tokens(m.clause.start, m.wordAt)
	return len(before) == 0 || len(before) == 1 && thisWords.has(before[0].key)
}

// summitTalksAreTheSummit joins the two leaders' summit talks, drafted as
// a meeting ("5 दिसंबर को दोनों नेताओं के बीच औपचारिक शिखर वार्ता निर्धारित
// है"), to the summit the text names on overlapping days ("23वें
// इंडिया-रशिया एनुअल समिट में भी भाग लेंगे") when the two name no more
// than two countries between them: they are one event, dated by the finer
// day.
func summitTalksAreTheSummit(ss []*story) []*story {
	gone := map[*story]bool{} // the stories joined to another, dropped at the end
	for _, m := range ss {
		if m.kind != timeline.BilateralMeeting || m.when.IsZero() || !summitHeads.has(m.first.word) {
			continue
		}
		sides := talkSides(m)
		for _, t := range ss {
			if t.kind != timeline.Summit || t.when.IsZero() || gone[t] || !overlaps(t.when, m.when) || !pairSummit(t) {
				continue
			}
			all := maps.Clone(sides)
			maps.Copy(all, talkSides(t))
			if len(all) > 2 {
				continue // a summit of others, or of many
			}
			t.ms = append(t.ms, m.ms...)
			t.end = max(t.end, m.end)
			if finer(m.when, t.when, t.kind) || t.inferred != "" && m.inferred == "" && within(m.when, t.when) {
				// The day the talks are told on, over the days of the visit
				// the summit was dated by.
				t.when, t.wnotes, t.dated, t.inferred = m.when, m.wnotes, m.dated, m.inferred
			}
			gone[m] = true
			break
		}
	}
	return slices.DeleteFunc(ss, func(s *story) bool { return gone[s] })
}

// headlineTalksAreTheGathering joins talks a headline alone tells ("ट्रंप
// हेलसिंकी पहुंचे, पुतिन से करेंगे मुलाकात") to the gathering of two heads
// the body tells on the same days, or on any when the headline's are
// inferred ("ट्रंप और … पुतिन सोमवार को अपने पहले आधिकारिक सम्मेलन में
// शिरकत करेंगे"), when the talks name no side the gathering does not: a
// headline sums up the story below it.
func (x *extractor) headlineTalksAreTheGathering(ss []*story) []*story {
	gone := map[*story]bool{} // the stories joined to another, dropped at the end
	for _, m := range ss {
		if m.kind != timeline.BilateralMeeting || m.when.IsZero() || !slices.ContainsFunc(m.ms, func(t *mention) bool { return t.headline }) ||
			slices.ContainsFunc(m.ms, func(t *mention) bool { return !t.headline }) {
			continue
		}
		for _, t := range ss {
			if t == m || gone[t] || t.when.IsZero() || t.first.headline || !overlaps(t.when, m.when) && m.inferred == "" ||
				t.kind != timeline.Summit && t.kind != timeline.MultilateralMeeting || !twoHeads(t) && !slices.ContainsFunc(t.ms, func(o *mention) bool { return o.pairTalks }) || ofGroup(t) {
				continue // (a group's summit, "जी-20 शिखर सम्मेलन", has talks of its own on its sidelines)
			}
			if !sidesWithin(talkSides(m), talkSides(t)) {
				continue
			}
			t.ms = append(t.ms, m.ms...)
			gone[m] = true
			break
		}
	}
	return slices.DeleteFunc(ss, func(s *story) bool { return gone[s] })
}

// sidesWithin reports that every side of a is one of b's.
func sidesWithin(a, b map[string]side) bool {
	for c := range a {
		if _, ok := b[c]; !ok {
			return false
		}
	}
	return true
}

// ofGroup reports a gathering told by a group's name: "जी-20", "ब्रिक्स".
func ofGroup(s *story) bool {
	return slices.ContainsFunc(s.ms, func(m *mention) bool {
		return m.group != "" || namesGroup(m.text)
	})
}

// twoHeads reports a gathering whose tellings name heads of state or
// government of two countries and no one else: "अमेरिका के राष्ट्रपति
// डोनाल्ड ट्रंप और रूस के उनके समकक्ष व्लादिमीर पुतिन".
func twoHeads(s *story) bool {
	countries, titled := map[string]bool{}, false
	for _, m := range s.ms {
		for _, p := range m.people {
			t := p.Title.Hi
			if p.Country == "" || t == "" && p.Name.Hi == "" || t != "" && !headOffices.has(t) && t != "समकक्ष" {
				return false // (a name alone is one told with an office before)
			}
			countries[p.Country], titled = true, titled || t != ""
		}
	}
	return len(countries) == 2 && titled
}

// oneGroupGathering joins a group's summit and a meeting of the same
// group told under another noun on overlapping days: "PM मोदी 14 से 16
// नवंबर तक (G20 Summit 2022) के लिए बाली शिखर सम्मलेन में हिस्सा लेंगे"
// and "दोनों लीडर्स G20 देशों की शीर्ष बैठक में हिस्सा लेने के लिए बाली में
// होंगे" are one gathering. Not one told as another ("पिछले", "अगली"),
// elsewhere, in a list of two, or called off in one telling only. A
// telling of the group's ministers ("विदेश मंत्रियों की बैठक") makes it
// their meeting, not the leaders' summit.
func (x *extractor) oneGroupGathering(ss []*story) []*story {
	gathering := func(k timeline.Kind) bool { return k == timeline.Summit || k == timeline.MultilateralMeeting }
	group := func(s *story) string {
		g := ""
		for _, m := range s.ms {
			if !gathering(m.kind) || m.listed || otherTime(m.text) {
				return ""
			}
			if m.group != "" {
				if g != "" && g != m.group {
					return ""
				}
				g = m.group
			}
		}
		return g
	}
	gone := map[*story]bool{} // the stories joined to another, dropped at the end
	for i, a := range ss {
		ga := ""
		if gathering(a.kind) && !gone[a] && !a.when.IsZero() {
			ga = group(a)
		}
		if ga == "" {
			continue
		}
		for _, b := range ss[i+1 : min(len(ss), i+1+backWindow)] { // a gathering told again nearby: a long text costs linear time
			// A telling dated only by inference ("जहां उन्हें जी20 सम्मेलन में
			// हिस्सा लेना है" after a visit's day) takes the gathering's own
			// date.
			inferred := (a.inferred != "") != (b.inferred != "")
			if !gathering(b.kind) || gone[b] || b.when.IsZero() || group(b) != ga || !overlaps(a.when, b.when) && !inferred || elsewhere(a, b) {
				continue
			}
			_, offA := storyStatus(a)
			_, offB := storyStatus(b)
			if (offA == nil) != (offB == nil) {
				continue
			}
			if ministersMeet(a) && namedSummit(b) || ministersMeet(b) && namedSummit(a) {
				continue // "… 22-23 नवंबर को जी-20 शिखर सम्मेलन … 21 और 22 नवंबर को जी-20 वित्त मंत्रियों की बैठक": two gatherings
			}
			if w, ok := daysAcross(a.when, b.when); ok && inferred && !overlaps(a.when, b.when) {
				// "… ब्रिक्स शिखर सम्मेलन चल रहा है" on the dateline and "बुधवार
				// को … ब्रिक्स सम्मेलन के सत्र में हिस्सा लिया था": the days
				// between.
				own := a
				if a.inferred != "" {
					own = b
				}
				a.when, a.wnotes, a.dated, a.inferred = w, own.wnotes, own.dated, ""
			} else if finer(b.when, a.when, a.kind) || a.inferred != "" && b.inferred == "" {
				a.when, a.wnotes, a.dated, a.inferred = b.when, b.wnotes, b.dated, b.inferred
			}
			if ministersMeet(a) || ministersMeet(b) {
				a.kind = timeline.MultilateralMeeting
			} else if b.kind == timeline.Summit {
				// Told as a summit once: the leaders'. Two tellings of
				// "सम्मेलन" stay a meeting, which the draft makes a summit
				// if its people are leaders.
				a.kind = timeline.Summit
			}
			a.ms = append(a.ms, b.ms...)
			a.end = max(a.end, b.end)
			gone[b] = true
		}
	}
	return slices.DeleteFunc(ss, func(s *story) bool { return gone[s] })
}

// daysAcross returns the days from the first of two dates of single days
// to the last, when they are at most three days apart.
func daysAcross(a, b date.When) (date.When, bool) {
	if a.Precision() != date.Day || b.Precision() != date.Day || a.IsSpan() || b.IsSpan() || a.Bound() != date.NoBound || b.Bound() != date.NoBound {
		return date.When{}, false
	}
	if b.Start().Before(a.Start()) {
		a, b = b, a
	}
	if b.Start().After(a.Start().AddDays(3)) {
		return date.When{}, false
	}
	w, err := a.Until(b)
	return w, err == nil
}

// namedSummit reports a gathering told by the word of a summit
// ("शिखर सम्मेलन", "समिट"), not a meeting of many one calls a summit.
func namedSummit(s *story) bool {
	return slices.ContainsFunc(s.ms, func(m *mention) bool {
		return m.kind == timeline.Summit && (m.word == "शिखर" || summitWords.has(m.word))
	})
}

// ministersMeet reports a gathering told as its ministers' meeting: "विदेश
// मंत्रियों की बैठक", "मंत्री स्तरीय बैठक".
func ministersMeet(s *story) bool {
	for _, m := range s.ms {
		if strings.Contains(m.text, "मंत्रियों") || strings.Contains(m.text, "मंत्री स्तरीय") || strings.Contains(m.text, "मंत्रिस्तरीय") {
			return true
		}
	}
	return false
}

// pairSummit reports a summit told as two countries' own: annual ("23वें
// इंडिया-रशिया एनुअल समिट") or named by the pair ("भारत-रूस शिखर
// सम्मेलन"), not a group's (जी20, क्वाड): talks of two leaders on its days may be a
// sideline of the group's.
func pairSummit(t *story) bool {
	annual := false
	for _, m := range t.ms {
		if namesGroup(m.text) {
			return false
		}
		annual = annual || strings.Contains(m.text, "वार्षिक") || strings.Contains(m.text, "एनुअल") || strings.Contains(m.text, "सालाना") || namesPair(m.text)
	}
	return annual
}

// namesGroup reports a group's name among the words of text: "जी-20",
// "(ब्रिक्स)".
func namesGroup(text string) bool {
	for w := range strings.FieldsSeq(text) { // whole articles too: no slice of their words
		if groupWords.has(strings.ToLower(strings.Trim(w, "(),।.:"))) {
			return true
		}
	}
	return false
}

// namesPair reports two countries joined by a hyphen in text: "भारत-रूस
// शिखर सम्मेलन".
func namesPair(text string) bool {
	for _, w := range strings.Fields(text) {
		if a, b, ok := strings.Cut(strings.Trim(w, "(),।.:"), "-"); ok {
			if _, okA := countryCode(a); okA {
				if _, okB := countryCode(b); okB {
					return true
				}
			}
		}
	}
	return false
}

// statusAfter reports the status word w in text[from:to], guarding the
// range: a clause's tokens may run past the unit they were read for.
func statusAfter(text string, from, to int, w string) bool {
	return from >= 0 && from <= to && to <= len(text) && strings.Contains(text[from:to], w)
}

// sameVisitors reports a telling whose place, if any, and foreign people,
// if any, are the visit s's: "मंगलवार को वे व्हाइट हाउस पहुंचे" after "मोदी
// वाशिंगटन पहुंचे" is the same trip; "जर्मन चांसलर … वाशिंगटन में व्हाइट
// हाउस पहुंचे" after a British visit to India is not.
func (x *extractor) sameVisitors(s *story, m *mention) bool {
	theirs := visitCountries(s)
	where := m.place.Country
	if where == "" {
		where = m.visited
	}
	if where != "" && !slices.Contains(theirs, where) {
		return false
	}
	return !slices.ContainsFunc(m.people, func(p person) bool {
		return p.Country != "" && p.Country != x.home && !slices.Contains(theirs, p.Country)
	})
}

// inferUnderWay dates a visit told by an arrival participle with no day
// of its own ("दौरे पर आए मुइज्जू ने सोमवार को … मुलाकात की") by the day
// of its clause's main event, once infer has dated that: the visit was
// under way then. A main event after the dateline leaves the dateline,
// the visit under way as the report is written; one with no day, no
// date.
func (x *extractor) inferUnderWay(ss []*story) {
	for si, s := range ss {
		if !s.when.IsZero() || !s.first.underWay {
			continue
		}
		o := clauseStory(ss, si, func(v *mention) bool { return !v.frame })
		if o == nil {
			continue
		}
		if d, _ := o.when.Days(); !d.IsZero() && o.when.Precision() == date.Day {
			s.when = o.when
			if d.After(x.reported) {
				s.when = x.inDatelineZone(date.OnDay(x.reported))
			}
			s.inferred = fmt.Sprintf("date inferred: the visit was under way on the day of the %s its visitor's clause tells; check its days", o.kind)
		}
	}
}

// sinceArrival gives a visit told as still going on at the dateline
// ("… के निमंत्रण पर यहां आए हैं", "… के लिए रूस में हैं") the days from
// its arrival to the dateline: dated a day or three before it ("कल"), or
// at the dateline with its visitor's talks there a day or three before
// ("बुधवार को … लावरोव के साथ मुलाकात की").
func (x *extractor) sinceArrival(ss []*story) {
	for si, s := range ss {
		if s.kind != timeline.Visit || !stillThere(s.first) {
			continue
		}
		start, end := s.when.Days()
		if start.IsZero() || end != start.AddDays(1) || s.when.Bound() != date.NoBound || s.when.IsTimed() {
			continue
		}
		from := start
		visited := s.first.visited
		if visited == "" {
			visited = s.first.place.Country // "… के लिए रूस में हैं"
		}
		if start == x.reported && visited != "" {
			for _, o := range ss[max(0, si-backWindow):min(len(ss), si+backWindow)] {
				e, _ := o.when.Days()
				if o == s || o.kind == timeline.Visit || o.inferred != "" || o.when.Precision() != date.Day || e.IsZero() || !e.Before(x.reported) || e.Before(x.reported.AddDays(-3)) {
					continue
				}
				if o.dated != nil && sharesTraveller(s, o) && (o.dated.abroad == visited || o.dated.place.Country == visited) && e.Before(from) {
					from = e
				}
			}
		}
		if from == x.reported || from.Before(x.reported.AddDays(-3)) || from.After(x.reported) {
			continue
		}
		if slices.ContainsFunc(s.ms, func(m *mention) bool { return m.days > 0 && from.AddDays(m.days-1).Before(x.reported) }) {
			continue // "रविवार को एक दिवसीय यात्रा पर … आए हैं": over before the dateline, as told
		}
		if w, err := x.inDatelineZone(date.OnDay(from)).Until(x.inDatelineZone(date.OnDay(x.reported))); err == nil {
			s.when = w
			s.wnotes = append(s.wnotes, "the visit is told as still going on at the dateline: its days run from the arrival to the dateline; check them")
		}
	}
}

// stillThere reports a visit telling in the present, its visitor still
// there: "यहां आए हैं", "पहुंचे हैं", "दौरे पर हैं", "के लिए रूस में हैं".
func stillThere(m *mention) bool {
	w := strings.TrimSpace(m.statusWord)
	return m.status == timeline.Held && (w == underWayWord || strings.HasSuffix(w, " हैं") || strings.HasSuffix(w, " है"))
}

// sharesTraveller reports a named person of visit v's guest side among
// the people of story o.
func sharesTraveller(v, o *story) bool {
	for _, m := range v.ms {
		for _, p := range m.people {
			if p.Name.Hi == "" || p.Country == m.visited {
				continue
			}
			for _, n := range o.ms {
				if slices.ContainsFunc(n.people, func(q person) bool { return samePerson(q.Participant, p.Participant) }) {
					return true
				}
			}
		}
	}
	return false
}

// sameGuestHere reports a visit to the home country m tells again of the
// guest s names: "कतर के अमीर शेख तमीम … 2 दिवसीय भारत दौरे पर आए हैं …
// शेख तमीम … दूसरी बार भारत दौरे पर आए हैं". Visits here are many; only
// the same named traveller makes them one.
func (x *extractor) sameGuestHere(s *story, m *mention) bool {
	return m.visited == x.home && s.first.visited == x.home && !earlierTime(m.text) && slices.ContainsFunc(m.people, func(p person) bool { return p.Name.Hi != "" && p.Country != x.home }) &&
		sharesTraveller(&story{ms: []*mention{m}}, s)
}

// followerOf returns the story of the main event, told as done, that the
// frame ss[si] (its first telling) is told as coming before, or nil.
func followerOf(ss []*story, si int) *story {
	f := ss[si].first
	for _, o := range ss[max(0, si-backWindow):min(len(ss), si+backWindow)] {
		if o != ss[si] && slices.ContainsFunc(o.ms, func(v *mention) bool {
			return v.clause == f.clause && v.after && v.afterKind == f.kind && v.status == timeline.Held
		}) {
			return o
		}
	}
	return nil
}

// doneBefore reports an event told as done (m) whose parent, the event it
// would happen during, is all after the report: "उन्होंने … से फोन पर
// बातचीत के बाद कहा, 'हमने इस महीने के अंत में … होने वाले … शिखर
// सम्मेलन … पर चर्चा की'" talked of the summit before it met.
func (x *extractor) doneBefore(m *mention, p *story) bool {
	first, _ := p.when.Days()
	return m.past && !m.upcoming && !m.unfulfilled && p.when.Bound() == date.NoBound && !first.IsZero() && first.After(x.reported)
}

// keepPurpose records a frame a journey is for that drafts no event of
// its own, for gatheringToldAfter.
func (x *extractor) keepPurpose(m *mention) {
	if !m.purpose {
		return
	}
	if x.purposeFrames == nil {
		x.purposeFrames = map[span]*mention{}
	}
	x.purposeFrames[m.clause] = m
	x.purposeList = append(x.purposeList, m)
}

// travellersFor returns the people of the journey a gathering s with
// no one of its own is told as the purpose of ("प्रधानमंत्री मोदी एससीओ
// समिट के लिए उज्बेकिस्तान पहुंचे" names who attends the summit): the
// people of the last such frame of s's kind and group before s ends,
// among the last backWindow frames.
func (x *extractor) travellersFor(s *story) []person {
	label := s.first.label
	if label == "" && s.dated != nil {
		label = s.dated.label
	}
	for i, n := len(x.purposeList)-1, 0; i >= 0 && n < backWindow; i, n = i-1, n+1 {
		f := x.purposeList[i]
		if f.clause.start >= s.end || f.kind != s.kind || f.label != "" && label != "" && f.label != label {
			continue
		}
		to := ""
		if v := x.journeyOf(f.clause); v != nil {
			if _, off := storyStatus(v); off != nil {
				return nil // "… सार्क सम्मेलन में हिस्सा लेने के लिए पाकिस्तान नहीं जाएंगे": no one attends by it
			}
			to = v.first.visited
		}
		if !forThisJourney(s, to) {
			continue
		}
		return slices.DeleteFunc(slices.Clone(f.people), func(p person) bool { return p.counterpart })
	}
	return nil
}

// journeyOf returns the visit story told in clause c, or nil; the index
// is built once, after build.
func (x *extractor) journeyOf(c span) *story {
	if x.journeys == nil {
		x.journeys = map[span]*story{}
		for _, v := range x.stories {
			if v.kind != timeline.Visit {
				continue
			}
			for _, m := range v.ms {
				if _, ok := x.journeys[m.clause]; !ok {
					x.journeys[m.clause] = v
				}
			}
		}
	}
	return x.journeys[c]
}

// forThisJourney reports a gathering o that may be the one a journey to
// country to is for: not one told as the next ("अगला शिखर सम्मेलन …"),
// nor one placed in another country ("… शिखर सम्मेलन के लिए जोहान्सबर्ग
// जाएंगे। अगला शिखर सम्मेलन … अमेरिका में होगा").
func forThisJourney(o *story, to string) bool {
	if strings.Contains(o.first.text, "अगला "+o.first.word) || strings.Contains(o.first.text, "अगले "+o.first.word) {
		return false
	}
	return to == "" || o.dated == nil || o.dated.place.Country == "" || o.dated.place.Country == to
}

// gatheringToldAfter returns the gathering a journey (ss[si]) is for
// when the journey's clause named it as a frame that drafted nothing
// (purposeFrames) and a later sentence dates it: the one later story of
// the frame's kind, and of its group where the frame names one ("आसियान
// शिखर सम्मेलन के लिए … नहीं जाएंगे। … आसियान शिखर सम्मेलन का आयोजन 26
// से 28 अक्टूबर … होगा"). Two such stories leave it undated.
func (x *extractor) gatheringToldAfter(ss []*story, si int) *story {
	f := x.purposeFrames[ss[si].first.clause]
	if f == nil {
		return nil
	}
	var found *story
	for _, o := range ss[si+1 : min(len(ss), si+backWindow)] {
		if o.kind != f.kind || o.when.IsZero() || o.first.frame {
			continue
		}
		if f.label != "" && o.first.label != f.label && (o.dated == nil || o.dated.label != f.label) { // the first telling or the dated one: a look of constant cost
			continue
		}
		if !forThisJourney(o, ss[si].first.visited) {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	return found
}

// clauseStory returns the dated story near ss[si] with a mention in the
// clause of ss[si]'s first telling that is as want says (the clause's main
// event, the gathering a journey is for), or nil.
func clauseStory(ss []*story, si int, want func(*mention) bool) *story {
	c := ss[si].first.clause
	for _, o := range ss[max(0, si-backWindow):min(len(ss), si+backWindow)] {
		if o != ss[si] && !o.when.IsZero() && slices.ContainsFunc(o.ms, func(v *mention) bool { return v.clause == c && want(v) }) {
			return o
		}
	}
	return nil
}

// toldOnlyAsSince reports a story told only in one clause, as what
// another is counted since ("मार्च में हुई वीडियो कॉल के बाद से …": "वीडियो"
// and "कॉल" are two tellings of one clause). It stops at the first
// telling outside that clause.
func toldOnlyAsSince(s *story) bool {
	since := false
	for _, m := range s.ms {
		if m.clause != s.first.clause {
			return false
		}
		since = since || toldAsSince(m)
	}
	return since
}

// sidesApart reports a mention m whose foreign sides share none with
// those s's first and dated tellings name: "उधर, अमेरिका ने शनिवार को
// चीन के साथ व्यापार वार्ता टाल दी" is not "भारत और जापान के बीच 2+2
// वार्ता". A plan that names no side may be any ("व्यापार वार्ता 25 नवंबर
// को होनी थी। अमेरिका और चीन ने शनिवार को यह वार्ता टाल दी").
func sidesApart(s *story, m *mention, home string) bool {
	var mine []string
	for _, p := range m.people {
		if p.Country != "" && p.Country != home && !slices.Contains(mine, p.Country) {
			mine = append(mine, p.Country)
		}
	}
	if len(mine) == 0 {
		return false
	}
	named := false
	for _, o := range []*mention{s.first, s.dated} {
		if o == nil {
			continue
		}
		for _, p := range o.people {
			if p.Country == "" || p.Country == home {
				continue
			}
			if slices.Contains(mine, p.Country) {
				return false
			}
			named = true
		}
	}
	return named
}
