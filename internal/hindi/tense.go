package hindi

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Tense is the time a verb group points to.
type Tense uint8

// The tenses, with the zero value for "no tense found".
const (
	NoTense Tense = iota
	Past          // था, गया, हुई, किया, मिले; "गया होगा" (must have gone) too
	Present       // है, हैं, "जा रहे हैं", "की जा रही है", "हो सकता है"
	Future        // होगा, करेंगे, जाएंगी; requests; "होने वाली"
)

var tenseNames = [...]string{"none", "past", "present", "future"}

// String returns "none", "past", "present" or "future"; out-of-range
// values print as "%!Tense(7)".
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return "%!Tense(" + strconv.Itoa(int(t)) + ")"
}

// Mood is how a verb group puts its act.
type Mood uint8

// The moods.
const (
	Indicative  Mood = iota // a statement: हुई, होगी
	Imperative              // a command, a polite request or an obligation: करें, कीजिए, बताइए, भेजो, चाहिए
	Prospective             // about to: होने वाली, जाने वाले
	Potential               // may or can: आ सकते हैं, हो सकती है
)

var moodNames = [...]string{"indicative", "imperative", "prospective", "potential"}

// String returns the lowercase English name of the mood.
func (m Mood) String() string {
	if int(m) < len(moodNames) {
		return moodNames[m]
	}
	return "%!Mood(" + strconv.Itoa(int(m)) + ")"
}

// Verb is a verb group of a text (the main verb with its auxiliaries and
// any negation: "रद्द कर दिया गया", "नहीं जाएंगे", "होने वाली है") and the
// tense and mood it marks.
type Verb struct {
	Span
	Tense Tense
	Mood  Mood
	// Negated reports नहीं, न or मत in or just before the group.
	Negated bool
	// Habitual reports a habitual participle (होता, करते, जाती) in a group
	// that is not a future or a request: "मनाया जाता है", "शुरू होता
	// था" tell what happens as a rule, not once.
	Habitual bool
}

// Ahead reports whether v points to the future: a future tense, a
// request ("कॉल शेड्यूल कीजिए" is a call still to be made), "about to"
// (होने वाली), or "may" in the present (आ सकते हैं).
func (v Verb) Ahead() bool {
	return v.Tense == Future || v.Tense == Present && v.Mood == Potential
}

// wclass is the set of roles a word can play in a verb group.
type wclass uint32

const (
	wFuture  wclass = 1 << iota // होगा, करेंगे, जाएंगी, करूंगा, करोगे
	wHoga                       // a future of होना: with a perfective it presumes the past (गया होगा)
	wPastAux                    // था, थी, थे, थीं
	wPerf                       // गया, हुआ, किया, मिले, चुका: perfective participles
	wPerfCtx                    // की, दी, ली: perfective only at the end of a clause or before an auxiliary
	wProg                       // रहा, रही, रहे, रहीं
	wPres                       // है, हैं, हूं
	wHab                        // होता, करते, जाती: habitual participles
	wPot                        // सकता, सकती, सकते
	wImp                        // करें, कीजिए, बताइए, भेजो, चाहिए
	wStem                       // कर, हो, जा, आ, दे, ले, पा: the first part of a compound verb
	wNeg                        // नहीं, न, मत
	wProsp                      // होने, जाने: about to, before वाला
	wWale                       // वाला, वाली, वाले
	wInf                        // होना, होनी, करना, करनी: an infinitive, a group only before है or था ("होनी है": is to be)
	wMust                       // पड़ा, पड़ी: a perfective only after an infinitive ("सामना करना पड़ा": had to)
)

// wCue are the roles that give a group a tense or mood.
const wCue = wFuture | wPastAux | wPerf | wProg | wPres | wHab | wPot | wImp | wProsp | wInf

var verbWords = table[wclass]{}

func init() {
	for _, r := range []struct {
		words string
		c     wclass
	}{
		{"था थी थे थीं", wPastAux},
		// Perfective participles of the verbs news reports use most, in
		// every gender and number. लिए is left out: it is mostly "for".
		{"गया गई गए गईं गयी गये गयीं हुआ हुई हुए हुईं हुये हुयी हुईं किया किए किये कीं दिया दिए दिये दीं लिया लीं " +
			"कहा कही कहे बताया बताई बताए बताये आया आई आए आईं आये आयी पहुंचा पहुंची पहुंचे पहुंचीं पहुँचा पहुँची पहुँचे पहुँचीं पहुचा पहुची पहुचे पहुचीं पहुचें " +
			"मिला मिली मिले मिलीं चुका चुकी चुके चुकीं रखा रखी रखे भेजा भेजी भेजे लौटा लौटी लौटे बुलाया बुलाई बुलाए " +
			"सौंपा सौंपी सौंपे बोला बोली बोले पूछा पूछी पूछे जताया जताई जताए दोहराया दोहराई उठाया उठाई उठाए निकला निकली निकले " +
			"चला चली चले चलीं लगा लगी लगे बना बनी बने सुनाया सुनाई दिखाया दिखाई बढ़ाया बढ़ाई बढ़ाए टला टली टले टलीं टाला टाली टाले " +
			"पधारा पधारी पधारे पधारीं", wPerf}, // पधारना: the honorific arrive, "भारत पधारे"
		{"पड़ा पड़ी पड़े पड़ीं", wMust},
		{"की दी ली", wPerfCtx},
		{"रहा रही रहे रहीं", wProg},
		{"है हैं हूं हूँ", wPres},
		{"होता होती होते होतीं करता करती करते करतीं जाता जाती जाते जातीं रहता रहती रहते", wHab},
		{"सकता सकती सकते सकतीं सकें", wPot},
		{"सकेगा सकेगी सकेंगे सकेंगी", wPot | wFuture},
		{"होगा होगी होंगे होंगी होंगीं होगे", wFuture | wHoga},
		// Requests and commands, polite and plain; the forms ending in
		// -इए, -ीजिए and -िए are recognised by their endings too.
		{"करें करो करिए करिये कीजिए कीजिये दें दीजिए दीजिये लें लीजिए लीजिये बताएं बताएँ बताइए बताइये बताओ " +
			"भेजें भेजो भेजिए भेजिये आइए आइये आओ जाइए जाइये जाओ चलें चलिए चलो रखें रखिए रखो देखें देखिए देखो " +
			"सुनें सुनिए सुनो पढ़ें पढ़िए लिखें लिखिए मिलें मिलिए पहुंचें पहुँचें रहें रहिए सोचें बनाएं बनाइए दिखाएं " +
			"कराएं कराइए बुलाएं बुलाइए भरें जुड़ें पूछें बोलें हटाएं चाहिए चाहिये", wImp},
		{"कर हो जा आ दे ले पा रख", wStem},
		{"नहीं नही न मत", wNeg},
		{"होने जाने", wProsp},
		{"वाला वाली वाले वालों वालीं", wWale},
		{"होना होनी करना करनी", wInf},
	} {
		for _, w := range strings.Fields(r.words) {
			for _, s := range Spellings(w) {
				verbWords[s] |= r.c
			}
		}
	}
}

// undergone are what one has to undergo ("… का सामना करना पड़ा", "इंतजार
// करना पड़ा"): the compulsion tells it happened.
// So is a calling off one had to make ("वो दौरा भी कैंसल करना पड़ा था"):
// the calling off took place.
var undergone = setOf("सामना", "इंतजार", "इंतज़ार", "मुकाबला", "रद्द", "रद्", "कैंसल", "कैंसिल", "स्थगित")

// notFuture are words that end like a future verb but are not one:
// योगी and its kin, surnames and places.
var notFuture = setOf("नेगी", "जोगी", "मोगा", "गोगा", "वेगा")

// notRequest end like a polite request but are not one.
var notRequest = setOf("लिए", "लिये", "इसलिए", "इसलिये", "किसलिए", "जिसलिए", "उसलिए", "किए", "किये", "दिए", "दिये", "पिए", "जिए", "सिए",
	"जरिए", "जरिये", "ज़रिए", "ज़रिये") // "के जरिए": by means of

// classify returns the roles word w can play in a verb group.
func classify(w string) wclass {
	if c, ok := verbWords.get(w); ok {
		return c
	}
	if w == "" || w[0] < utf8.RuneSelf {
		return 0
	}
	if isFutureForm(w) {
		return wFuture
	}
	if isRequestForm(w) {
		return wImp
	}
	return 0
}

// isFutureForm reports a future verb of any person, number and gender: a
// vowel sign or vowel (े, ो, ू, ए, ऊ, ओ), or one of them with a nasal,
// followed by गा, गी, गे or गीं (करेगा, करेंगी, जाएंगे, आएंगी, करूंगा,
// करोगे, होंगीं). Common misspellings count too: a nasal on the ending
// too (मिलेंगें), ऐ for ए (जाऐंगे), and the older जायँगे.
func isFutureForm(w string) bool {
	for _, suf := range [...]string{"गा", "गी", "गे", "गीं", "गें"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if strings.HasSuffix(stem, "यो") || strings.HasSuffix(stem, "रो") || strings.HasSuffix(stem, "भो") || notFuture.has(w) {
			return false // योगी, रोगी, भोगी, सहयोगी, उपयोगी
		}
		r, n := utf8.DecodeLastRuneInString(stem)
		if r == 'ं' || r == 'ँ' {
			// A nasal after a vowel (करें-गे, हों-गी, जाएं-गे), not after
			// a consonant: गंगा, दंगे, तिरंगा, नारंगी are no verbs.
			stem = stem[:len(stem)-n]
			r, n = utf8.DecodeLastRuneInString(stem)
			if r == 'य' && strings.HasSuffix(stem[:len(stem)-n], "ा") {
				return true // जायँगे, आयेंगे's older spelling
			}
			return r == 'ु' || isFutureVowel(r)
		}
		return isFutureVowel(r)
	}
	return false
}

// IsFutureVerb reports whether w is a future verb by its ending, of any
// person, number and gender: करेगा, जाएंगी, करूंगा, होंगीं, and the common
// misspellings मिलेंगें, जाऐंगे and जायँगे.
func IsFutureVerb(w string) bool { return isFutureForm(w) }

// isFutureVowel reports whether r may end the stem of a future verb.
func isFutureVowel(r rune) bool {
	switch r {
	case 'े', 'ो', 'ू', 'ए', 'ऊ', 'ओ', 'ऐ':
		return true
	}
	return false
}

// isRequestForm reports a polite request by its ending: -इए/-इये
// (बताइए, आइए), -ीजिए (कीजिए, दीजिए), or -िए/-िये after a stem of two
// letters or more (चलिए, भेजिए), but not लिए ("for") and its compounds, nor
// the participles किए, दिए.
func isRequestForm(w string) bool {
	for _, suf := range [...]string{"इए", "इये", "िए", "िये"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			return utf8.RuneCountInString(stem) >= 2 && !notRequest.has(w)
		}
	}
	return false
}

// group is a verb group being read.
type group struct {
	Span
	c       wclass // union of the roles of its words
	neg     bool
	started bool
}

// verb returns the tense and mood of a finished group.
func (g *group) verb() (Verb, bool) {
	v, ok := g.tenseMood()
	// "मनाया जाता है", "होता था": habitual, not progressive ("बढ़ाती जाती
	// रही है") nor a perfective ("करते हुए बताया").
	v.Habitual = ok && g.c&wHab != 0 && g.c&(wFuture|wImp|wProsp|wProg) == 0 &&
		(v.Tense == Present || g.c&wPastAux != 0)
	return v, ok
}

// tenseMood returns the tense and mood of a finished group.
func (g *group) tenseMood() (Verb, bool) {
	c := g.c
	if c&wCue == 0 {
		return Verb{}, false
	}
	v := Verb{Span: g.Span, Negated: g.neg}
	past := c&wPastAux != 0
	ahead := Future
	if past {
		ahead = Past
	}
	switch {
	case c&wProsp != 0:
		v.Tense, v.Mood = ahead, Prospective
	case c&wImp != 0:
		v.Tense, v.Mood = ahead, Imperative
	case c&wFuture != 0:
		v.Tense = Future
		if c&wPot != 0 {
			v.Mood = Potential
		} else if c&wPerf != 0 && c&wHoga != 0 {
			v.Tense = Past // "पहुंच गया होगा": must have arrived
		}
	case c&wInf != 0 && !past:
		v.Tense = Future // "होनी है": is to take place
	case past:
		v.Tense = Past
		if c&wPot != 0 {
			v.Mood = Potential
		}
	case c&wProg != 0:
		v.Tense = Present
	case c&wPot != 0:
		v.Tense, v.Mood = Present, Potential
	case c&wHab != 0 && c&wPres != 0:
		v.Tense = Present // "किया जाता है": a passive habitual, not a past
	case c&wPerf != 0:
		v.Tense = Past
	default:
		v.Tense = Present
	}
	return v, true
}

// verbScan reads verb groups from a text, token by token.
type verbScan struct {
	text   string // cut at the end of the range read
	pos    int
	budget int // tokens left to read; negative: no limit
	done   bool
	prev   string // the word read last, "" after anything else
	prev2  string // the word before prev, "" after anything else
}

// stateWords are predicate adjectives that make रहा, रहे, रही and रहीं
// after them the perfective of रहना, not the progressive's auxiliary:
// "दिन भर बैठकों में व्यस्त रहे", "इस दौरान … मौजूद रहे" (were busy,
// were present), "मुलाकात शानदार रही" (went well).
var stateWords = setOf("व्यस्त", "मौजूद", "उपस्थित", "सफल", "विफल", "असफल", "नाकाम", "कामयाब", "शामिल", "तैनात", "मुस्तैद", "सक्रिय",
	// "मुलाकात शानदार रही", "बातचीत सार्थक रही": how it went, so it took
	// place.
	"शानदार", "सार्थक", "उपयोगी", "अच्छी", "अच्छा", "बेहतरीन", "ऐतिहासिक", "सकारात्मक", "रचनात्मक", "फलदायी", "निराशाजनक", "बेनतीजा")

// next returns the next verb group with a tense or mood, or false at the
// end of the text, at the end of the sentence when stopAtEnd is set, or
// when the token budget runs out.
func (s *verbScan) next(stopAtEnd bool) (Verb, bool) {
	var g group
	for !s.done {
		if s.budget == 0 {
			s.done = true
			break
		}
		s.budget--
		t := Next(s.text, s.pos)
		if t.Kind == EOF {
			s.done = true
			break
		}
		var c wclass
		prev, prev2 := s.prev, s.prev2
		s.prev, s.prev2 = "", ""
		if t.Kind == Word {
			w := t.Text(s.text)
			c = classify(w)
			s.prev, s.prev2 = w, prev
		}
		if c&wProg != 0 && !g.started && (stateWords.has(prev) || prev == "पर") {
			// "व्यस्त रहे": were busy; "भारत दौरे पर रहे": were on a visit.
			// Not after में: "… जो लंबे समय से चर्चा में रहा, दिसंबर में
			// होगा" is said of a plan still to come.
			c = c&^wProg | wPerf
		}
		if c&wMust != 0 {
			// "… का सामना करना पड़ा", "इंतजार करना पड़ा": one had to undergo
			// something, a past; not "… का असर समिट पर पड़ा है", an effect
			// that fell, nor "बैठकें टालनी पड़ीं", "कार्यक्रम बदलना पड़ा",
			// acts one had to do, which say nothing of when the event
			// they change takes place.
			c &^= wMust
			if (prev == "करना" || prev == "करनी" || prev == "करने") && undergone.has(prev2) {
				c |= wPerf
			}
		}
		if c&wImp != 0 && !g.started && strings.HasSuffix(s.prev, "ें") {
			if u := Next(s.text, t.End); u.Kind == Word && (u.Text(s.text) == "है" || u.Text(s.text) == "हैं") {
				// No request takes है: "गुरुवार को उज्बेकिस्तान पहुचें हैं" is
				// "पहुंचे हैं", the perfect, misspelt; "पहुंच रहें हैं" is
				// "रहे हैं", the progressive, but "दौरे पर रहें हैं" is the
				// perfect of रहना, as "पर रहे हैं" is read above.
				if s.prev == "रहें" && !stateWords.has(prev) && prev != "पर" {
					c = c&^wImp | wProg
				} else {
					c = c&^wImp | wPerf
				}
			}
		}
		if c&wHab != 0 {
			if u := Next(s.text, t.End); u.Kind == Word && (u.Text(s.text) == "हुए" || u.Text(s.text) == "हुये") {
				// "संबोधित करते हुए बताया था": while addressing, once; not
				// a habit, though था follows.
				c &^= wHab
			}
		}
		if c&wPerfCtx != 0 {
			c &^= wPerfCtx
			if s.endsClause(t.End) {
				c |= wPerf
			}
		}
		if c&wProsp != 0 {
			c &^= wProsp
			if u := Next(s.text, t.End); u.Kind == Word && classify(u.Text(s.text))&wWale != 0 {
				c |= wProsp
			}
		}
		if (!g.started || g.c&^wNeg == 0) && t.Kind == Word && len(s.prev) > len("ने") && strings.HasSuffix(s.prev, "ने") && !notInfinitive.has(s.prev) && !genitiveBefore(prev) && goingTo(s.text, t.End) {
			// "शुरू होने जा रही है", "मिलने जा रहे हैं": about to, as
			// "होने वाली है" is; not "जा रहे हैं" alone (going).
			c = wProsp
		}
		if c&wProsp == 0 && (c&wInf != 0 || t.Kind == Word && t.Text(s.text) == "होने") {
			// "बैठक होनी है", "समझौते होने हैं": to be held, a plan;
			// "करने के लिए" and "होना चाहिए" are no group of their own.
			c &^= wInf
			if u := Next(s.text, t.End); u.Kind == Word && classify(u.Text(s.text))&(wPres|wPastAux) != 0 {
				c = wInf
			}
		}
		if c&wWale != 0 && g.c&wProsp == 0 {
			c &^= wWale
		}
		if c == 0 {
			if g.started {
				if v, ok := g.verb(); ok {
					return v, true
				}
				g = group{}
			}
			s.pos = t.End
			if t.Kind == Punct && stopAtEnd && EndsSentence(s.text, t.Start) {
				s.done = true
			}
			continue
		}
		if !g.started {
			g = group{Span: Span{t.Start, t.End}, started: true}
		}
		g.End = t.End
		g.c |= c
		if c&wNeg != 0 {
			g.neg = true
		}
		s.pos = t.End
	}
	if g.started {
		return g.verb()
	}
	return Verb{}, false
}

// endsClause reports whether the token after byte pos closes a clause or
// continues a verb group: the end of the text, punctuation, an auxiliary
// or a conjunction. It tells the verb की ("मुलाकात की।", "की गई") from the
// postposition की ("भारत की यात्रा").
func (s *verbScan) endsClause(pos int) bool {
	u := Next(s.text, pos)
	switch u.Kind {
	case EOF, Punct:
		return true
	case Number:
		return false
	}
	w := u.Text(s.text)
	return classify(w)&(wPastAux|wPres|wPerf|wStem|wProg|wFuture|wPot|wNeg) != 0 || clauseWords.has(w) // "मुलाकात की और …"
}

// Verbs returns the verb groups of text[from:to] that mark a tense or a
// mood, in order. Words between groups that are no verb (nouns, "रद्द" in
// "रद्द कर दिया गया") are skipped.
func Verbs(text string, from, to int) []Verb {
	from, to = clampSpan(text, from, to)
	s := verbScan{text: text[:to], pos: from, budget: -1}
	var out []Verb
	for {
		v, ok := s.next(false)
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

// LastVerb returns the last verb group of text[from:to] that marks a tense
// or a mood. Hindi puts the main verb at the end of its clause, so this is
// usually the clause's verb.
func LastVerb(text string, from, to int) (Verb, bool) {
	from, to = clampSpan(text, from, to)
	s := verbScan{text: text[:to], pos: from, budget: -1}
	var last Verb
	found := false
	for {
		v, ok := s.next(false)
		if !ok {
			return last, found
		}
		last, found = v, true
	}
}

// TenseAfter returns the first verb group after byte pos of text that
// points to the past or the future, looking no further than the end of the
// sentence and than maxTokens tokens; groups in the present are passed
// over. This is how a reader resolves कल (yesterday or tomorrow) or a bare
// weekday: by the first verb after the word, usually the verb of the clause
// that holds it. The zero Verb means no such verb; its work is bounded by
// maxTokens, so a caller that asks once per date stays linear.
func TenseAfter(text string, pos, maxTokens int) Verb {
	if pos < 0 || pos > len(text) {
		return Verb{}
	}
	s := verbScan{text: text, pos: pos, budget: maxTokens}
	for {
		v, ok := s.next(true)
		if !ok {
			return Verb{}
		}
		if v.Tense == Past || v.Tense == Future {
			return v
		}
	}
}

// VerbAfter returns the first verb group after byte pos of text that marks
// a tense or a mood, present groups included, looking no further than the
// end of the sentence and than maxTokens tokens; the zero Verb if there is
// none. Habitual reports a habitual participle in it. Where [TenseAfter]
// skips the present to find what कल points to, VerbAfter tells "15 साल
// बाद पहला दौरा है" (present: a gap of years) from "15 साल बाद होगा".
func VerbAfter(text string, pos, maxTokens int) Verb {
	if pos < 0 || pos > len(text) {
		return Verb{}
	}
	s := verbScan{text: text, pos: pos, budget: maxTokens}
	v, _ := s.next(true)
	return v
}

// goingTo reports "जा" and a progressive रहा, रही, रहे or रहीं right after
// pos: with an infinitive before it, "about to".
func goingTo(text string, pos int) bool {
	u := Next(text, pos)
	if u.Kind != Word || u.Text(text) != "जा" {
		return false
	}
	r := Next(text, u.End)
	return r.Kind == Word && classify(r.Text(text))&wProg != 0
}

// notInfinitive are words ending in ने that are no infinitive: "जनता के
// सामने जा रहे हैं", "पुराने", "उन्होंने".
var notInfinitive = setOf("सामने", "अपने", "पुराने", "उन्होंने", "इन्होंने", "जिन्होंने", "किन्होंने", "सुहाने", "दाहिने", "पहने", "ठिकाने", "घराने", "बहाने", "जमाने", "ज़माने", "खजाने", "निशाने", "पैमाने", "सिरहाने")

// genitiveBefore reports a genitive postposition as the word before: an
// infinitive is a noun after it ("उनके आने की"), no verb group of its own.
func genitiveBefore(prev string) bool {
	return prev == "के" || prev == "की" || prev == "का"
}
