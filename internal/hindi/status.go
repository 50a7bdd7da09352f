package hindi

import "strconv"

// Status is what a cue word says about an event: that it took place, is
// planned, announced, proposed, confirmed, postponed, cancelled or moved.
type Status uint8

// The statuses a cue can state, with the zero value for none.
const (
	NoStatus    Status = iota
	Held               // संपन्न; held, met
	Planned            // तय, निर्धारित, योजना; scheduled, "will be held"
	Announced          // घोषणा, घोषित, ऐलान; announced
	Proposed           // प्रस्तावित, संभावित, प्रस्ताव, संभावना, उम्मीद, "सोच रहे"; proposed, tentative
	Confirmed          // पुष्टि, पुष्ट; confirmed
	Postponed          // स्थगित, टल, टली, टाल, टालने, मुल्तवी, पोस्टपोन, "आगे बढ़ा दिया", "परस्पर सुविधाजनक तिथि"; postponed, deferred
	Cancelled          // रद्द, निरस्त, कैंसिल; cancelled, "called off"
	Rescheduled        // पुनर्निर्धारित, रीशेड्यूल; rescheduled
)

var statusNames = [...]string{"none", "held", "planned", "announced", "proposed", "confirmed", "postponed", "cancelled", "rescheduled"}

// String returns the lowercase English name of the status.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "%!Status(" + strconv.Itoa(int(s)) + ")"
}

// Cue is a word or phrase of a text that states a status, with its span:
// the cue word and the verb group that completes it ("रद्द कर दिया गया",
// "टल गई", "स्थगित कर दी गई है").
type Cue struct {
	Span
	// Word is the span of the cue word or phrase itself, without the verb
	// group that completes it: "रद्द" in "रद्द कर दिया गया", "आगे बढ़ा
	// दिया" for that phrase.
	Word   Span
	Status Status
	// Negated reports a negation in the verb group that completes the cue
	// or just before the cue: "पुष्ट नहीं है", "रद्द नहीं हुई" (not
	// confirmed, not cancelled).
	Negated bool
}

// statusWords state a status by themselves, in Hindi and in English.
var statusWords = table[Status]{}

func init() {
	for _, r := range []struct {
		words string
		s     Status
	}{
		{"संपन्न सम्पन्न held met", Held},
		{"तय निर्धारित योजना scheduled planned", Planned},
		{"घोषणा घोषित ऐलान announced", Announced},
		{"प्रस्तावित संभावित सम्भावित प्रस्ताव संभावना सम्भावना उम्मीद संभवतः संभवत सम्भवतः सम्भवत शायद proposed tentative tentatively", Proposed},
		{"पुष्टि पुष्ट confirmed", Confirmed},
		{"स्थगित टल टला टली टले टलीं टलना टलने टलेगा टलेगी टलेंगे टाल टाला टाली टाले टालना टालने टालते टालती टालकर मुल्तवी मुलतवी स्थगीत पोस्टपोन postponed deferred", Postponed},
		{"रद्द रद रद् निरस्त कैंसिल कैंसल कैन्सल कैन्सिल cancelled canceled", Cancelled},
		{"पुनर्निर्धारित रीशेड्यूल rescheduled", Rescheduled},
	} {
		statusWords.add(r.words, r.s)
	}
}

// Words of the phrases matched across tokens.
var (
	aage      = setOf("आगे")
	badha     = setOf("बढ़ा", "बढ़ाई", "बढ़ाया", "बढ़ाए", "खिसका", "खिसकाई", "खिसकाया", "सरका", "सरकाई", "सरकाया")
	diyaGaya  = setOf("दिया", "दी", "दिए", "दिये", "दीं", "गया", "गई", "गए", "गयी", "गये", "गईं")
	latinBe   = setOf("be", "being")
	soch      = setOf("सोच", "सोचा")
	rahaWords = setOf("रहा", "रहे", "रही", "रहीं")
	latinCall = setOf("called", "call", "calling")
	latinOff  = setOf("off")
	mutual    = setOf("पारस्परिक", "परस्पर", "आपसी")
	nextWords = setOf("अगली", "अगला", "अगले")
	invites   = setOf("न्योता", "न्यौता", "निमंत्रण", "आमंत्रण", "आमंत्रित", "न्योते", "निमंत्रित")
	dateNouns = setOf("तिथि", "तिथियों", "तिथियां", "तारीख", "तारीख़", "तारीखों", "तारीख़ों", "तारीखें", "डेट")
)

// IsDateNoun reports a noun that names a date: तारीख, तिथि, डेट and their
// forms ("नई तारीखें", "नई तिथि").
func IsDateNoun(w string) bool { return dateNouns.has(w) }

// StatusCues returns the status cues of text[from:to], in order:
//
//   - held: संपन्न; held, met — but "will be held" is planned;
//   - planned: तय, निर्धारित, योजना; scheduled, planned;
//   - announced: घोषणा, घोषित, ऐलान; announced;
//   - proposed: प्रस्तावित, संभावित, प्रस्ताव, संभावना, उम्मीद, संभवतः, शायद; "सोच रहा/रहे/रही",
//     "सोचा जा रहा" (being considered); proposed, tentative;
//   - confirmed: पुष्टि, पुष्ट; confirmed;
//   - postponed: स्थगित (स्थगीत), the forms of टलना and टालना (टल, टला, टली, टले,
//     टाल, टालना, टालने …), मुल्तवी (मुलतवी), पोस्टपोन, "आगे बढ़ा दिया/दी", "आगे बढ़ाया गया",
//     "पारस्परिक रूप से सुविधाजनक तिथि" (a mutually convenient date),
//     "को रोक दिया" (halted); postponed, deferred;
//   - cancelled: रद्द (and its misspellings रद, रद्), निरस्त, कैंसिल (कैन्सल, कैन्सिल); cancelled, canceled, "called off";
//   - rescheduled: पुनर्निर्धारित, रीशेड्यूल; rescheduled.
//
// A cue's span takes in the verb group that follows it directly ("रद्द कर
// दिया गया"). Cues say nothing about tense: "रद्द हो सकती है" (may be
// cancelled) is a cue too, which a caller weighs with [LastVerb].
func StatusCues(text string, from, to int) []Cue {
	from, to = clampSpan(text, from, to)
	s := text[:to]
	var out []Cue
	var prev Token        // the word before t, for "be held"
	var prev2 Token       // the word before prev, for "दौरे को रोक दिया"
	sinceNext := -1 << 30 // the end of the last अगली/अगला/अगले
	for pos := from; ; {
		t := Next(s, pos)
		if t.Kind == EOF {
			return out
		}
		pos = t.End
		if t.Kind != Word {
			prev, prev2 = Token{}, Token{}
			continue
		}
		w := t.Text(s)
		before := prev
		if nextWords.has(w) {
			sinceNext = t.End // "अगली बैठक … सुविधाजनक तिथि पर होगी": the next one, set, not put off
		}
		st, ok := statusWords.get(w)
		end := t.End
		switch {
		case ok && st == Held && IsLatin(w) && before.Kind == Word && latinBe.has(before.Text(s)):
			st = Planned // "will be held", "to be held"
		case ok && st == Held && !IsLatin(w) && adjectiveHeld(s, t.End):
			ok = false // "ऊर्जा संपन्न कतर": rich in energy, no event held
		case ok && st == Cancelled && before.Kind == Word && forNow.has(before.Text(s)):
			st = Postponed // "शिखर सम्मेलन की बैठक फ़िलहाल रद्द": called off for now, put off
		case ok:
		case aage.has(w):
			// "आगे बढ़ा दिया गया", "आगे बढ़ाई गई": moved ahead, postponed;
			// but not "संबंधों को आगे बढ़ाने" (carry relations forward).
			u := Next(s, t.End)
			v := Next(s, u.End)
			if u.Kind == Word && badha.has(u.Text(s)) && v.Kind == Word && diyaGaya.has(v.Text(s)) {
				st, ok, end = Postponed, true, v.End
			}
		case w == "रोक" && before.Kind == Word && before.Text(s) == "को" && prev2.Kind == Word && haltablePlans.has(prev2.Text(s)):
			// "… शिखर सम्मेलन की योजनाओं को रोक दिया गया है": a plan
			// halted, put off; not "रोक लगा दी" (a ban), "रोकने" (to
			// stop), nor "इस समझौते को रोक दिया गया" (no plan of a
			// meeting).
			if u := Next(s, t.End); u.Kind == Word && diyaGaya.has(u.Text(s)) {
				st, ok = Postponed, true
			}
		case soch.has(w):
			// "आमंत्रित करने के बारे में सोच रहा था", "… पर सोचा जा रहा
			// है": being considered, proposed; not "उनकी सोच" (mindset).
			u := Next(s, t.End)
			if u.Kind == Word && w == "सोचा" && u.Text(s) == "जा" {
				u = Next(s, u.End)
			}
			if u.Kind == Word && rahaWords.has(u.Text(s)) {
				st, ok, end = Proposed, true, u.End
			}
		case mutual.has(w):
			// "पारस्परिक रूप से सुविधाजनक तिथि पर", "परस्पर सुविधाजनक
			// तारीख": a mutually convenient date, the formula of a visit
			// or summit put off without a new date.
			u := Next(s, t.End)
			if u.Kind == Word && u.Text(s) == "रूप" {
				if v := Next(s, u.End); v.Kind == Word && v.Text(s) == "से" {
					u = Next(s, v.End)
				}
			}
			if u.Kind == Word && u.Text(s) == "सुविधाजनक" {
				if v := Next(s, u.End); v.Kind == Word && dateNouns.has(v.Text(s)) && pos-sinceNext > nextReach && !inviteAfter(s, v.End) {
					st, ok, end = Postponed, true, v.End
				}
			}
		case latinCall.has(w):
			if u := Next(s, t.End); u.Kind == Word && latinOff.has(u.Text(s)) {
				st, ok, end = Cancelled, true, u.End
			}
		}
		prev2, prev = prev, t
		if !ok {
			continue
		}
		word := Span{t.Start, end}
		neg := before.Kind == Word && classify(before.Text(s))&wNeg != 0
		if !IsLatin(w) {
			// Take in the verb group that completes the cue.
			vs := verbScan{text: s, pos: end, budget: 8}
			if v, found := vs.next(false); found && v.Start == Next(s, end).Start {
				end, neg = v.End, neg || v.Negated
			}
		}
		out = append(out, Cue{Span: Span{t.Start, end}, Word: word, Status: st, Negated: neg})
		pos = end
	}
}

// haltablePlans are what "को रोक दिया" halts as a putting off:
// "योजनाओं को", "दौरे को", "बैठक को"; not "परमाणु कार्यक्रम को" (a
// programme, stopped).
var haltablePlans = setOf("योजना", "योजनाओं", "योजनाएं", "यात्रा", "दौरे", "दौरा", "बैठक", "वार्ता", "सम्मेलन", "मुलाकात", "तैयारियों")

// forNow before a word of calling off make it a putting off: "फिलहाल
// रद्द" (called off for now) says the event may come back, as editors
// draft it (heldout26 06, where the body told it put off); a plain रद्द
// says nothing of that.
var forNow = setOf("फिलहाल", "फ़िलहाल")

// adjectiveHeld reports संपन्न followed by a word that is no verb: the
// adjective "rich in" ("ऊर्जा संपन्न कतर"), not "held" ("संपन्न हुआ",
// "संपन्न हो गया", "… सम्मेलन संपन्न।").
func adjectiveHeld(s string, end int) bool {
	u := Next(s, end)
	return u.Kind == Word && classify(u.Text(s)) == 0 && !kara.has(u.Text(s))
}

// kara are the forms of कराना that complete a cue: "संपन्न कराया".
var kara = setOf("करा", "कराया", "कराई", "कराए", "कराये", "कराने", "कराएगा", "कराएगी", "कराएंगे")

// nextReach is how far before a mutually convenient date, in bytes, an
// अगली makes it the next meeting's (about ten words).
const nextReach = 120

// inviteAfter reports an invitation among the words after i, up to the
// sentence's end or twelve words: "… सुविधाजनक तिथि पर भारत की यात्रा
// करने का न्योता दिया" invites, it puts nothing off.
func inviteAfter(s string, i int) bool {
	for n := 0; n < 12; n++ {
		t := Next(s, i)
		if t.Kind == EOF || t.Kind == Punct && EndsSentence(s, t.Start) {
			return false
		}
		if t.Kind == Word && invites.has(t.Text(s)) {
			return true
		}
		i = t.End
	}
	return false
}
