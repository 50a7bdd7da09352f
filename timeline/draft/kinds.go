package draft

import (
	"slices"
	"strings"

	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
)

// hit is an event word of a clause: the token that names an event, the
// kind it names, and whether it stands as a frame of the clause's main
// event ("यात्रा के दौरान", "शिखर सम्मेलन से इतर", "बैठक के लिए", "यात्रा
// में") rather than as the event itself.
type hit struct {
	i     int // token index
	kind  timeline.Kind
	word  string
	frame bool
	// after reports a frame the main event follows ("इस मुलाकात के बाद"):
	// the main event is another one.
	after bool
	// later reports a frame the main event comes before ("शिखर सम्मेलन से
	// पहले … मुलाकात हुई"): the frame is still to come.
	later bool
	// pastStay reports "X में थे" (was in country X): a visit only of
	// someone the text names ("टोबगे पिछले सप्ताह भारत में थे"), not of
	// "200 भारतीय पर्यटक".
	pastStay bool
	// dayOf reports a visit framing the clause by one of its days ("अपने
	// दो दिवसीय भारत दौरे के दूसरे दिन मंगलवार को … प्रेस वार्ता की"):
	// the visit is under way, and drafted too.
	dayOf bool
	// aside reports a frame "से इतर", "से अलग": an event of its own beside
	// the main one (the summit a meeting is on the sidelines of); so is the
	// summit or meeting a journey is for ("शिखर बैठक के लिए … आएंगे",
	// "बैठक में शामिल होने के लिए … रवाना").
	aside bool
	// groupDuring reports a group's summit framing the clause ("एससीओ
	// शिखर सम्मेलन के दौरान … मुलाकात की"): the summit is an event of its
	// own when the text tells no other gathering.
	groupDuring bool
	// purpose reports the event a journey is for ("… के लिए", "… में भाग
	// लेने के लिए"): a date of its clause is the journey's.
	purpose bool
	// venue reports an arrival at a building ("व्हाइट हाउस पहुंचे"): the
	// visit told before, if one is.
	venue bool
	// arrived reports an arrival told as a participle before the clause's
	// subject ("गुरुवार को काबुल से नई दिल्ली पहुंचे चीनी विदेश मंत्री …
	// ने … मुलाकात की"): a visit of its own, and a date before it is its.
	arrived bool
	// agreed reports talks the clause's sides agreed to hold ("… वार्ता
	// आयोजित करने पर सहमति"): where they are to be is theirs.
	agreed bool
	// attended reports a gathering told as attended before or after the
	// main event ("… सम्मेलन में हिस्सा लेने के बाद"): a date told after
	// it is the main event's.
	attended bool
	// last is the index of the hit's last token ("शिखर सम्मेलन": two).
	last int
	// generic reports a noun of talks (बातचीत, वार्ता, मुलाकात, बैठक) that
	// may stand for a call or a meeting of any size when it refers back
	// ("यह बातचीत").
	generic bool
}

// Event words. Each set lists the forms newsrooms print; the rules in
// eventHits decide between kinds that share a word (a बैठक of the Quad is
// multilateral; a सम्मेलन with शिखर is a summit).
var (
	phoneWords     = setOf("फोन", "फ़ोन", "टेलीफोन", "टेलीफ़ोन", "टेलीफोनिक", "टेलीफ़ोनिक", "कॉल", "call", "phone")
	videoWords     = setOf("वीडियो", "वर्चुअल", "वर्जुअल", "आभासी", "virtual", "ऑनलाइन", "ऑन-लाइन", "online")
	conferenceWord = setOf("कॉन्फ्रेंस", "कॉन्फ्रेंसिंग", "कांफ्रेंस", "कांफ्रेंसिंग", "कांफ्रेसिंग", "कॉन्फ्रेसिंग", "कांफ्रेस", "कॉन्फ़्रेंस", "कॉल", "लिंक")
	signWords      = setOf("हस्ताक्षर", "दस्तखत", "दस्तख़त", "signed", "signing", "साइन")
	sealWords      = setOf("लगेगी", "लगी", "लगाई", "लगाएंगे", "लगा", "लग", "लगाने", "लगने", "लगाया") // "समझौतों पर मुहर लगेगी": sealed
	ableWords      = setOf("पाएंगे", "पाएंगी", "पाएगा", "पाएगी", "पाये", "पाए", "पाईं", "पाई", "पाया", "पायेंगे", "पाऊंगा")
	failWords      = setOf("विफल", "नाकाम", "असफल", "नाकामयाब")
	agreementWords = setOf("समझौते", "समझौता", "समझौतों", "एमओयू", "करार", "करारों", "संधि", "संधियों", "सहमति-पत्र", "सहमति-पत्रों", "सौदा", "सौदे", "सौदों", "डील", "डीलों")
	becomeWords    = setOf("होने", "होंगे", "होगा", "होगी", "हो", "हुआ", "हुए", "हुई")
	agreedWords    = setOf("बनी", "बन", "बनेगी", "बनने", "हुई", "होगी", "होने")
	statementWords = setOf("बयान", "वक्तव्य")
	declWords      = setOf("घोषणापत्र") // "संयुक्त घोषणापत्र": a joint declaration, a joint statement
	statementNouns = unionOf(statementWords, declWords)
	politicalWords = setOf("गठबंधन", "राजनीतिक", "पार्टी", "पार्टियों", "चुनाव", "चुनावी", "एनडीए", "कांग्रेस", "भाजपा") // a manifesto's, no state's (not "दल": "प्रतिनिधि दल")
	interviewWords = setOf("इंटरव्यू", "साक्षात्कार", "संबोधन", "ब्रीफिंग")
	releaseWords   = setOf("रिलीज", "रिलीज़", "विज्ञप्ति")
	pressWords     = setOf("प्रेस", "संवाददाता", "पत्रकार", "मीडिया", "न्यूज़", "न्यूज", "समाचार")
	pressConfWords = setOf("कॉन्फ्रेंस", "कांफ्रेंस", "कॉन्फ़्रेंस", "कान्फ्रेंस", "वार्ता", "ब्रीफिंग", "सम्मेलन", "सम्मलेन")
	summitHeads    = setOf("शिखर")
	summitTails    = setOf("सम्मेलन", "सम्मलेन", "वार्ता", "बैठक", "बैठकों", "बैठकें", "सम्मेलनों")
	summitWords    = setOf("समिट", "summit")
	conferenceNoun = setOf("सम्मेलन", "सम्मलेन")
	// conferenceLoans are the English word in Devanagari ("हार्ट ऑफ एशिया
	// कॉन्फ्रेंस"), a gathering when no press or video word goes with it.
	conferenceLoans = setOf("कॉन्फ्रेंस", "कांफ्रेंस", "कॉन्फ़्रेंस", "कान्फ्रेंस")
	groupWords      = setOf("एससीओ", "sco", "ब्रिक्स", "brics", "जी-20", "जी20", "g20", "g-20", "आसियान", "asean", "सार्क", "saarc", "क्वाड", "क्वॉड", "quad", "कैरीकॉम", "कैरिकॉम", "caricom", "बिम्सटेक", "बिमस्टेक", "bimstec", "एपेक", "apec", "संगठन", "राष्ट्रमंडल", "चोगम", "chogm", "आसियान-भारत",
		"मंत्रिपरिषद", "जी-4", "जी4", "g4", "g-4", "जी-7", "जी7", "g7", "g-7", "जी-77", "आईबीएसए", "ibsa", "आरआईसी", "ओआईसी", "oic")
	summitMarks    = setOf("वार्षिक", "सालाना", "अनौपचारिक", "नेताओं", "राष्ट्राध्यक्षों")
	talkWords      = setOf("भोज", "रात्रिभोज", "डिनर", "मुलाकात", "मुलाक़ात", "मुलकात", "मुलाकातें", "मुलाक़ातें", "बैठक", "बैठकें", "बैठकों", "वार्ता", "वार्ताओं", "वार्ती", "भेंट", "बातचीत", "मीटिंग", "meeting", "talks")
	mealWords      = setOf("भोज", "रात्रिभोज", "डिनर")
	meetVerbs      = setOf("मिलेंगे", "मिले", "मिलीं", "मिलेंगी", "मिलेगी", "मिलेगा", "मिलने", "मिलकर", "मिली", "मिलूंगा", "मिलूँगा", "मिलूंगी", "मिलूँगी")
	dialogueWords  = setOf("डायलॉग", "डॉयलाग", "डायलाग", "संवाद")
	ministersWords = setOf("मंत्रियों", "मंत्रियो", "विदेशमंत्रियों", "सचिवों", "मंत्रिस्तरीय")
	bilateralWord  = setOf("द्विपक्षीय", "बाइलेट्रल", "बायलेटरल", "द्विपक्षी")
	visitNouns     = setOf("यात्रा", "यात्राओं", "यात्राएं", "यात्राएँ", "दौरा", "दौरे", "दौरों", "विजिट", "visit", "भ्रमण", "आगमन")
	visitVerbs     = unionOf(setOf("रवाना", "प्रस्थान", "पहुंचे", "पहुँचे", "पहुंचा", "पहुँचा", "पहुंचेंगे", "पहुँचेंगे", "पहुंचेंगी", "पहुँचेंगी", "पहुंचेगी", "पहुंचेगा",
		"पहुंचना", "पहुँचना", "पहुंचने", "पहुँचने", "पहुंचीं", "पहुंची", "आएंगे", "आएँगे", "आएंगी", "आएँगी", "आयेंगे", "आयेंगी", "आएगी", "आएगा",
		"जाएंगे", "जाएँगे", "जाएंगी", "जायेंगे", "जायेंगी", "जाएगी", "जाएगा", "जायेगीं",
		// Printed without the anusvara: "12 अक्टूबर को … पहुचेंगे".
		"पहुचे", "पहुचा", "पहुची", "पहुचीं", "पहुचेंगे", "पहुचेंगी", "पहुचेगा", "पहुचेगी",
		// The honorific "भारत पधारे": arrived, of a guest.
		"पधारे", "पधारीं", "पधारी", "पधारा", "पधारेंगे", "पधारेंगी", "पधारेगा", "पधारेगी"),
		// The first person, in a leader's own words: "मैं … भारत आऊंगा".
		firstPersonGo)
	// firstPersonGo are the visitVerbs of the first person: a journey only
	// to a place named right before them.
	firstPersonGo = setOf("आऊंगा", "आऊँगा", "आऊंगी", "आऊँगी", "जाऊंगा", "जाऊँगा", "जाऊंगी", "जाऊँगी", "पहुंचूंगा", "पहुंचूंगी")
	reachWords    = setOf("पहुंच", "पहुँच")                         // with reachedWords: "पहुंच गए", "पहुंच चुके"
	reachedWords  = setOf("गए", "गये", "गई", "गईं", "चुके", "चुकी") // after reachWords

	reachedAt = setOf("पहुंचकर", "पहुँचकर")
	// stayVerbs after "X में" say one will be, stay or was in country X.
	stayVerbs = setOf("होंगे", "होंगी", "रहेंगे", "रहेंगी", "रुकेंगे", "रुकेंगी", "थे", "थीं") // and "टोबगे पिछले सप्ताह भारत में थे": was there, on a visit
	comeWords = setOf("आ", "जा")                                                               // with रहे, रही, रहीं; "जा सकते"
	goWords   = setOf("गए", "गये", "गई", "गयी", "जाना", "जाने")
	wentWords = setOf("गए", "गये", "गई", "गयी", "गईं")
	cameWords = setOf("आए", "आये", "आई", "आईं", "आयी", "आया") // after a place or यहां
	hereWords = setOf("यहां", "यहाँ")
	// purposeInfinitives before आए say what one came for: "भाग लेने आए".
	purposeInfinitives = setOf("लेने", "होने")
	// participles before जाना make it the passive's auxiliary ("किए
	// जाएंगे", "किया जा रहा है"), not a journey.
	participles = setOf("किए", "किये", "दिए", "दिये", "लिए", "लिये", "किया", "दिया", "लिया", "की", "दी", "ली", "बढ़ाए", "भेजे", "बनाए", "कहा", "माना", "बताया", "पाया")
	// doWords after बात make it talks: "से बात करेंगे", "बात हुई".
	doWords = setOf("की", "करेंगे", "करेंगी", "करेगा", "करेगी", "करने", "करना", "हुई", "होगी", "होनी", "कर", "करते", "करती")
	// ordinals before an event noun count it ("पांचवीं मुलाकात", "पहली
	// यात्रा"): the noun refers to an event told elsewhere.
	ordinals = setOf("पहली", "पहला", "पहले", "दूसरी", "दूसरा", "तीसरी", "तीसरा", "चौथी", "पांचवीं", "पाँचवीं", "छठी", "आखिरी", "अंतिम")
	// frame words after an event noun make it the frame of the clause's
	// main event.
	duringWords = setOf("दौरान", "इतर", "मौके", "तहत", "हाशिये", "हाशिए")
)

// eventHits returns the event words of a clause, in order.
func eventHits(toks []token) []hit {
	var out []hit
	at := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].key
	}
	near := func(i, back, fwd int, set wordSet) bool {
		for j := max(0, i-back); j <= min(len(toks)-1, i+fwd); j++ {
			if j != i && set.has(toks[j].key) {
				return true
			}
		}
		return false
	}
	used := make([]bool, len(toks))
	add := func(i int, k timeline.Kind, generic bool) {
		if used[i] {
			return
		}
		used[i] = true
		out = append(out, hit{i: i, last: i, kind: k, word: toks[i].text, generic: generic})
	}
	for i, t := range toks {
		w := t.key
		if !hitStart.has(w) {
			continue // most words of a text start no event word: one lookup
		}
		switch {
		case pressWords.has(w) && pressConfWords.has(at(i+1)):
			add(i, timeline.PressConference, false)
			used[i+1] = true
			out[len(out)-1].last = i + 1
		case phoneWords.has(w) && (w == "कॉल" || w == "call") && appeal(toks, i):
			// "… की निंदा करने के लिए पश्चिमी कॉल को खारिज किया": a
			// call for something, an appeal, not a phone call.
		case phoneWords.has(w) && (interviewWords.has(at(i+1)) || pressWords.has(at(i+1))):
			// "टेलीफोनिक इंटरव्यू में", "टेलीफोनिक प्रेस ब्रीफिंग": words to
			// the press, no call between sides.
		case phoneWords.has(w):
			add(i, timeline.PhoneCall, false)
		case videoWords.has(w) && len(out) > 0 && byMeans(at, i):
			// "जी-20 शिखर सम्मेलन में वीडियो कॉन्फ्रेंसिंग के माध्यम से
			// शामिल हुए": the way the event told before is attended, no
			// event of its own; talks held so are a call ("बैठक वीडियो
			// कॉन्फ्रेंसिंग के जरिए हुई").
			if last := &out[len(out)-1]; last.generic {
				last.kind, last.generic = timeline.PhoneCall, false
			}
		case videoWords.has(w) && (conferenceWord.has(at(i+1)) || near(i, 0, 3, talkWords) || near(i, 0, 3, summitTails) || near(i, 0, 1, summitWords)):
			add(i, timeline.PhoneCall, false)
		case ceremonyNouns.has(w) && at(i+1) == "में" && attendedAt(at, i+2):
			// "… मॉस्को में विक्ट्री डे परेड में शामिल होंगे", "… समारोह में
			// भारत का प्रतिनिधित्व करेंगे": one who goes to a state's
			// ceremony makes a visit; at home it is none (mentions drops a
			// home tour).
			add(i, timeline.Visit, false)
		case signWords.has(w) && at(i-1) == "पर" && statementWords.has(at(i-2)) && (at(i-3) == "संयुक्त" || at(i-3) == "साझा"):
			// "… एक संयुक्त बयान पर हस्ताक्षर किए": the joint statement,
			// read at its own word, is what was signed.
		case signWords.has(w):
			add(i, timeline.AgreementSigning, false)
		case agreementWords.has(w) && exchanged(at, i) && !near(i, 0, 6, signWords) && !draftWords.has(at(i-1)):
			// "दोनों देशों ने छह समझौतों का आदान-प्रदान किया": agreements
			// exchanged at a ceremony are signed ones.
			add(i, timeline.AgreementSigning, false)
		case agreementWords.has(w) && at(i+1) != "पर" && (becomeWords.has(at(i+1)) || at(i+1) == "भी" && becomeWords.has(at(i+2)) ||
			at(i+1) == "और" && (becomeWords.has(at(i+3)) || becomeWords.has(at(i+4)))) && !near(i, 0, 4, signWords):
			// "समझौते होने हैं", "समझौता भी हुआ है", "कई समझौते और घोषणायें
			// हो सकती है"
			add(i, timeline.AgreementSigning, false)
		case agreementWords.has(w) && (madeWords.has(at(i+1)) && at(i+2) != "बिना" || at(i+1) == "भी" && madeWords.has(at(i+2)) || at(i+1) == "की" && (at(i+2) == "गई" || at(i+2) == "गयी") && dealDoneEnd(at(i+3))) && at(i-1) != "से" && !near(i, 0, 4, signWords):
			// "… को लेकर समझौता किया", "ये समझौते किए गये", "… रक्षा सौदे
			// की डील की गई": agreements made are signed; "सुरक्षा से समझौता किया" and "गुणवत्ता से
			// समझौता किए बिना" compromise, and sign nothing.
			add(i, timeline.AgreementSigning, false)
		case agreementWords.has(w) && (at(i+1) == "पर" && at(i+2) == "सहमति" && agreedWords.has(at(i+3)) && at(i+4) != "हुई" && at(i+4) != "रहेगी" ||
			at(i+1) == "को" && at(i+2) == "अंजाम" && strings.HasPrefix(at(i+3), "दे")) && !near(i, 0, 4, signWords):
			// "9 समझौतों पर सहमति बनी", "अहम समझौतों को अंजाम दे सकते
			// हैं": agreements concluded; not "पर सहमति बनी हुई है" (a
			// consensus that holds) nor "को अंजाम तक पहुंचाने" (seen
			// through).
			add(i, timeline.AgreementSigning, false)
		case agreementWords.has(w) && sealedAt(toks, i) && !near(i, 0, 4, signWords):
			// "समझौतों पर मुहर लगेगी", a headline's "कई समझौतों पर लगेगी
			// मुहर": agreements sealed.
			add(i, timeline.AgreementSigning, false)
		case agreementWords.has(w) && at(i+1) == "पर" && reachedAgreement(at(i+2), at(i+3)) && !near(i, 16, 0, signWords):
			// "… सऊदी अरब के साथ एक समझौते पर पहुंच गया है": the sides
			// reached an agreement; not "… पहुंचने में विफल रहे", failed.
			if !near(i, 0, 5, failWords) {
				add(i, timeline.AgreementSigning, false)
			}
		case w == "सहमत" && (at(i+1) == "हुए" || at(i+1) == "हुईं" || at(i+1) == "हो") && agreedUnder(toks, i) && !near(i, 16, 0, signWords):
			// "… एक समझौते के तहत … संबंधों को बहाल करने पर सहमत हुए":
			// the sides came to an agreement.
			add(i, timeline.AgreementSigning, false)
		case declWords.has(w) && near(i, 10, 0, politicalWords):
			// "इंडिया गठबंधन ने … संयुक्त घोषणापत्र जारी किया": a manifesto.
		case statementNouns.has(w) && (at(i-1) == "संयुक्त" || at(i-1) == "साझा" || at(i-1) == "में" && at(i-2) == "साथ" && at(i-3) == "दोनों" && at(i+1) == "जारी"):
			// "संयुक्त बयान", "इसके बाद दोनों साथ में बयान जारी करेंगे";
			// not "इसके साथ में बयान जारी किया गया"
			add(i, timeline.Statement, false)
		case releaseWords.has(w) && (at(i+1) == "जारी" || at(i+2) == "जारी"):
			add(i, timeline.Statement, false)
		case summitHeads.has(w) && summitTails.has(at(i+1)):
			k := timeline.Summit
			talks := at(i+1) == "बैठक" || at(i+1) == "वार्ता" || bilateralWord.has(at(i-1))
			two := withOne(toks, i) || betweenTwo(toks, i) || near(i, 2, 0, bilateralWord)
			if talks && two && !summitMarked(toks, i) && !near(i, 6, 0, groupWords) {
				// "किम जोंग उन के साथ … शिखर बैठक", "मोदी और हसीना के बीच
				// … द्विपक्षीय शिखर वार्ता", "द्विपक्षीय शिखर सम्मेलन": the
				// talks of two leaders, a summit only in name; an annual
				// one ("वार्षिक शिखर बैठक") keeps its name.
				k = timeline.BilateralMeeting
			}
			add(i, k, false)
			used[i+1] = true
			out[len(out)-1].last = i + 1
		case summitWords.has(w):
			add(i, timeline.Summit, false)
		case conferenceLoans.has(w) && (pressWords.has(at(i-1)) || conferenceWord.has(at(i+1)) || near(i, 3, 0, videoWords)):
			// "प्रेस कॉन्फ्रेंस", "वीडियो कॉन्फ्रेंस", "कॉन्फ्रेंस कॉल": read at
			// their other word.
		case (conferenceNoun.has(w) || conferenceLoans.has(w)) && calledFor(toks, i):
			// "आतंकवाद पर ग्लोबल कांफ्रेंस आयोजित करने का आह्वान किया": a
			// gathering asked for, none fixed.
		case w == "अध्यक्षता" && at(i-1) == "सह" && !near(i, 6, 0, talkWords) && !near(i, 6, 0, dialogueWords) && !near(i, 6, 0, summitTails) &&
			!near(i, 6, 0, summitWords) && !near(i, 6, 0, conferenceNoun) && !near(i, 6, 0, conferenceLoans) && !near(i, 6, 0, manyBodies):
			// "भारत और रूस के रक्षामंत्री अंतर-सरकारी आयोग की सह-अध्यक्षता
			// करेंगे", "मर्केल 5वें आईजीसी की … सह-अध्यक्षता करेंगी": a
			// commission or consultations two sides chair, talks. ("इस
			// वार्ता की सह-अध्यक्षता …" is read at वार्ता.)
			add(i, timeline.BilateralMeeting, false)
		case handWords.has(w) && handedTo(toks, i):
			// "… प्रधानमंत्री शर्मा ओली को भारत की आधिकारिक यात्रा के लिए
			// औपचारिक निमंत्रण सौंप सकते हैं": a letter handed to someone
			// in person, a call on them.
			add(i, timeline.BilateralMeeting, false)
		case w == "मीट" && bilateralWord.has(at(i-1)):
			add(i, timeline.BilateralMeeting, true) // "… के साथ बाइलेट्रल मीट करेंगे"
		case conferenceNoun.has(w) || conferenceLoans.has(w):
			if near(i, 3, 0, groupWords) || near(i, 3, 0, summitMarks) || near(i, 3, 0, summitHeads) || numberedGroupBefore(toks, i) ||
				bareConference(toks, i) && slices.ContainsFunc(out, func(h hit) bool { return h.kind == timeline.Summit && conferenceNoun.has(toks[h.i].key) }) {
				// "जी-20 सम्मेलन के आखिर दिन … मुख्य सम्मेलन से अलग …": the
				// conference told again is the summit.
				add(i, timeline.Summit, false)
			} else {
				add(i, timeline.MultilateralMeeting, false)
			}
		case dialogueWords.has(w) && pairDialogue(toks, i):
			// "भारत अमेरिका 2+2 डायलॉग": two countries' talks.
			add(i, timeline.BilateralMeeting, false)
		case dialogueWords.has(w):
			// "यह संवाद अहम माना जा रहा है" after a call: a dialogue
			// that refers back may be any talks told before; so may one
			// that names no group ("… डायलॉग जल्द से जल्द कराए जाने …"
			// after the 2+2 dialogue).
			add(i, timeline.MultilateralMeeting, refersBack(toks, i) || !near(i, 4, 1, groupWords) && !near(i, 4, 0, ministersWords))
		case groupWords.has(w) && attendsGroup(toks, i):
			// "शंघाई सहयोग संगठन (SCO) में भाग लेने के लिए मास्को
			// रवाना होंगे": the group's meeting, of its leaders a summit.
			k := timeline.MultilateralMeeting
			if near(i, 12, 0, headOffices) {
				k = timeline.Summit
			}
			add(i, k, false)
		case mealWords.has(w) && at(i-1) == "और" && talkWords.has(at(i-2)):
			// "किम जोंग के साथ वार्ता और डिनर के बाद": the meal is the
			// talks' occasion, one event.
		case mealWords.has(w) && mealForMany(toks, i):
			// "… ने … बैठक से पहले नेताओं के लिए रात्रिभोज की मेजबानी की":
			// a dinner given for the guests of a gathering, no talks.
		case talkWords.has(w) && appealFor(toks, i):
			// "शांति वार्ता के लिए यूक्रेन की कॉल को खारिज किया": talks
			// appealed for, none held or fixed.
		case talkWords.has(w) && (at(i+1) == "प्रक्रिया" || (at(i+1) == "की" || at(i+1) == "के") && at(i+2) == "प्रक्रिया") && !near(i, 0, 8, beginWords):
			// "उत्तर कोरिया के साथ वार्ता प्रक्रिया स्थिर होने को लेकर":
			// the course of talks, none held or fixed; not "शांति वार्ता
			// प्रक्रिया 20 नवंबर को जिनेवा में शुरू होगी", talks begun.
		case talkWords.has(w) && at(i-1) == "से" && (pressWords.has(at(i-2)) || reporters.has(at(i-2))):
			// "ट्रंप ने प्रेस से बातचीत करते हुए कहा", "पत्रकारों से
			// बातचीत में": remarks to the press, no talks.
		case talkWords.has(w) && (at(i+1) == "का" || at(i+1) == "की" || at(i+1) == "के") && talkPaths.has(at(i+2)):
			// "राष्ट्रपतियों के बीच बातचीत का मार्ग प्रशस्त करने के लिए",
			// "बातचीत के रास्ते हल": a way to talks, or by them; none told.
		case talkWords.has(w) && i+2 < len(toks) && toks[i+1].key == "और" && manyOf(toks, i+2):
			// "कई उच्च-स्तरीय वार्ता और दौरे": the talks of the many too.
		case talkWords.has(w):
			switch {
			case at(i-1) == "बहुपक्षीय" || at(i-1) == "त्रिपक्षीय" || at(i-1) == "चतुष्पक्षीय":
				// "बहुपक्षीय बैठक", "त्रिपक्षीय बैठक": a meeting of many (of
				// three, of four) by its name.
				add(i, timeline.MultilateralMeeting, true)
			// "ट्रंप से एक अनौपचारिक बैठक भी की थी", "… के साथ अनौपचारिक
			// बैठक": an informal meeting is talks, not a summit ("अनौपचारिक
			// शिखर वार्ता", "अनौपचारिक वार्ता" are).
			case near(i, 2, 0, summitMarks) && (w == "बैठक" || w == "वार्ता") && !(at(i-1) == "अनौपचारिक" && w == "बैठक"):
				add(i, timeline.Summit, false)
			case !near(i, 5, 1, bilateralWord) && (groupBefore(toks, i) || groupMinisters(toks, i) || forumMeeting(toks, i) || near(i, 3, 0, ministersWords) && !twoCountries(toks, i) && !metEach(toks, i)):
				add(i, timeline.MultilateralMeeting, true)
			default:
				add(i, timeline.BilateralMeeting, true)
			}
		case w == "मिलकर" && at(i-1) == "साथ":
			// "… नेताओं के साथ मिलकर जलवायु परिवर्तन से लड़ेगा": together
			// with them, no meeting.
		case (w == "मिली" || w == "मिले" || w == "मिलीं") && receivedThings.has(at(i+1)):
			// "सूत्रों से मिली जानकारी के अनुसार", "रूस से मिले हथियार":
			// the participle before a noun is "received", no meeting.
		case meetVerbs.has(w) && (near(i, 3, 0, seWord) || near(i, 0, 3, seWord) || seBeforeDate(toks, i)):
			// "X से मिलेंगे"; "परिणाम मिलने की उम्मीद" is no meeting.
			add(i, timeline.BilateralMeeting, false)
		case w == "मिल" && mayWords.has(at(i+1)) && at(i-1) == "से" && i >= 2 && namesPerson(toks[i-2]) &&
			!recipientBefore(toks[max(0, i-8):i-2]):
			// "… ट्रंप से मिल सकते हैं", "… पाक पीएम से मिल सकते हैं": may
			// meet a leader or an office; "पाकिस्तान को चीन से मिल सकते हैं
			// विमान", "जानकारी मंत्रालय से मिल सकती है": received.
			add(i, timeline.BilateralMeeting, false)
		case (pairMeetVerbs.has(w) || w == "मिल" && (at(i+1) == "चुके" || at(i+1) == "चुकी" || mayWords.has(at(i+1)))) && pairBefore(toks, i):
			// "पुतिन और जेलेंस्की 20 नवंबर को मिलेंगे", "दोनों नेता
			// मिले", "दोनों नेता … 26 मई को भी मिल चुके हैं": two who meet
			// each other, no से.
			add(i, timeline.BilateralMeeting, false)
		case firstPersonGo.has(w) && !placeRightBefore(toks, i):
			// "मैं जल्द ही आपके घर आऊंगा": the first person goes to no
			// place named ("मैं 20 दिसंबर को भारत आऊंगा" does).
		case visitVerbs.has(w) && strings.HasPrefix(w, "जा") && passive(toks, i):
			// "किए जाएंगे": a passive, no journey.
		case (visitVerbs.has(w) || reachWords.has(w)) && strings.HasPrefix(w, "पहु") && at(i-1) == "पर" && reachedNotPlace.has(at(i-2)):
			// "एक समझौते पर पहुंचने में विफल रहे": an agreement reached,
			// no place.
		case visitVerbs.has(w) && (strings.HasPrefix(w, "पहु") || w == "रवाना") && (homeVenue(at(i-2), at(i-1)) || venueNouns.has(at(i-1)) && !cityOfVenue(toks, i-1)):
			// "… दिल्ली के हैदराबाद हाउस पहुंचे/रवाना होंगे", "कजान एक्सपो
			// सेंटर पहुंचे": a move to a venue of the talks, no journey of
			// its own. ("व्हाइट हाउस पहुंचे", "पालम एयरपोर्ट पहुंचे" are
			// arrivals, and so is "नई दिल्ली के आईटीसी मौर्य होटल पहुंचे",
			// a city named with its venue.)
		case w == "रवाना" && sendWords.has(at(i+1)):
			// "रेलगाड़ी को झंडी दिखाकर रवाना किया": sent off, no
			// journey of the subject's.
		case (w == "रवाना" || w == "प्रस्थान") && (at(i-1) == "लिए" || at(i-1) == "लिये") && at(i-2) == "के" && localEnds.has(at(i-3)) && !fromPlace(toks, i-3):
			// "गृह मंत्री इस्लामाबाद एयरपोर्ट के लिए रवाना हुए", "… उनके घर
			// के लिए रवाना हो गए": leaving for an airport or a house is a
			// move within a trip, no visit of its own; not "दिल्ली से ढाका
			// हवाई अड्डे के लिए रवाना हुए", a flight from a place.
		case (visitVerbs.has(w) || goWords.has(w) || comeWords.has(w) || cameWords.has(w) || w == "आ" || w == "जा") && at(i-2) == "के" && nearWords.has(at(i-1)) && !timeOfDayWords.has(at(i-3)):
			// "भारत रूस के करीब आ रहा है", "… के पास जा पहुंचे": drawing
			// near to someone, no journey to a country. ("रात 11 बजे के
			// करीब पहुंचे" is about a time, and arrives.)
		case (visitVerbs.has(w) || goWords.has(w)) && homeward(toks, i):
			// "13 जुलाई को स्वदेश रवाना होंगे": the way home ends a
			// trip; it is no visit.
		case (visitVerbs.has(w) || goWords.has(w) || w == "आने") && strings.HasSuffix(w, "ने") && (at(i+1) == "का" || at(i+1) == "की") && wayWords.has(at(i+2)):
			// "अफगानिस्तान तक पंहुचने का रास्ता मिलेगा": a way to get
			// somewhere, no one's journey.
		case visitVerbs.has(w) && arrivedWords.has(w) && arrivalOfNoOne(toks, i):
			// "दिल्ली पहुंचे किसानों ने प्रदर्शन किया": people who came,
			// named by no office, name or country, make no visit.
		case manyOf(toks, i):
			// "हाल के वर्षों में कई उच्च-स्तरीय वार्ता और दौरे हुए हैं":
			// many, counted by no one, are no event to draft.
		case visitVerbs.has(w) && strings.HasPrefix(w, "आ") && near(i, 6, 0, phoneWords) && !(i > 0 && isPlaceWord(toks[i-1].text)):
			// "भारतीय समयानुसार यह फोन रात 11.30 बजे आएगा": the call
			// comes, no one. ("मोदी के फोन के बाद पुतिन कल भारत आएंगे"
			// comes to a place: a visit.)
		case guestWords.has(w) && (at(i-1) == "मुख्य" || at(i-1) == "चीफ" || at(i-1) == "विदेशी") && chiefGuestOf(toks, i):
			// "गणतंत्र दिवस समारोह के मुख्य अतिथि … ओबामा होंगे", "…
			// मुख्य अतिथि के तौर पर शामिल होंगे": the guest comes.
			add(i, timeline.Visit, false)
		case arrivedWords.has(w) && inPartyOf(toks, i):
			// "कैरी के साथ भारत पहुंचे अमेरिकी प्रतिनिधि मंडल में … भी
			// मौजूद हैं": who is in the party that came, no journey told.
		case (w == "पहुंचा" || w == "पहुँचा" || w == "आएगा" || w == "आएगी") && !someoneBefore(toks, i):
			// "विवाद अमेरिका पहुंचा", "रूसी विमान दिल्ली पहुंचा", "… ब्रिटेन
			// में करीब 6 अरब पाउंड का नया निवेश और निर्यात आएगा": a thing
			// arrives; "नरेंद्र मोदी अमेरिका पहुंचा" is a visit.
		case strings.HasPrefix(w, "पहु") && visitVerbs.has(w) && talksAtVenue(toks, out, i):
			// "… ट्रंप से मुलाकात करने व्हाइट हाउस के ओवल ऑफिस पहुंचे",
			// "… हैदराबाद हाउस में बैठक के लिए पहुंचे": one come to a
			// building for talks holds them there; the talks are the
			// event, not a journey.
		case (w == "आगमन" || strings.HasPrefix(w, "पधार")) && !guestArrives(toks, i):
			// "नए साल के आगमन पर", "खेप का आगमन", "शंकराचार्य जी दिल्ली
			// पधारे": no guest's visit.
		case visitNouns.has(w), visitVerbs.has(w):
			add(i, timeline.Visit, false)
			// "मंगलवार को वे व्हाइट हाउस पहुंचे": reaching a building, a
			// move within a visit told before, if any.
			if last := &out[len(out)-1]; last.i == i {
				last.venue = strings.HasPrefix(w, "पहु") && venueWords.has(at(i-1))
			}
		case w == "बात" && doWords.has(at(i+1)) && !matterAt(at(i-1)) && !topicOnly(toks, i):
			add(i, timeline.BilateralMeeting, true)
		case w == "चर्चा" && (doWords.has(at(i+1)) || becomeWords.has(at(i+1))) && at(i+1) != "होनी" && leadersBetween(toks, i):
			// "शनिवार को मोदी और हसीना के बीच विस्तार में चर्चा होगी":
			// talks of two leaders named.
			add(i, timeline.BilateralMeeting, true)
		case w == "चर्चा" && doWords.has(at(i+1)) && !becomeWords.has(at(i+1)) && at(i+1) != "होनी" && (withSomeone(toks, i) || withCounterparts(toks, i)):
			// "9 जून को श्रीलंका में मोदी राष्ट्रपति … के साथ कई मामलों पर
			// चर्चा कर सकते है": talks someone holds with someone named. A
			// discussion of no one ("योजना पर चर्चा की जा रही है") is
			// none, and one that took place ("मुलाकात में … पर चर्चा
			// हुई") is what a meeting told with it was about.
			add(i, timeline.BilateralMeeting, true)
		case (w == "चर्चा" || w == "बातचीत" || w == "वार्ता") && at(i+1) == "का" && (at(i+2) == "कार्यक्रम" || at(i+2) == "प्रोग्राम") && (withSomeone(toks, i) || withOffice(toks, i)):
			// "… अजीत डोभाल से सीमा विवाद के मुद्दे पर चर्चा का कार्यक्रम
			// था": talks on the programme, with someone named.
			add(i, timeline.BilateralMeeting, true)
		case reachWords.has(w) && reachedWords.has(at(i+1)):
			add(i, timeline.Visit, false)
		case reachWords.has(w) && i > 0 && isPlaceWord(toks[i-1].text) && (at(i+1) == "रहे" || at(i+1) == "रही" || at(i+1) == "रहीं"):
			// "रविवार को दिल्ली पहुंच रहे हैं": arriving at a place.
			add(i, timeline.Visit, false)
		case reachedAt.has(w) && i > 0 && isPlaceWord(toks[i-1].text):
			// "मोदी ने लाहौर पहुंचकर … सरप्राइज दिया": having reached a
			// place; the clause's verb tells when.
			add(i, timeline.Visit, false)
		case comeWords.has(w) && !passive(toks, i) && (strings.HasPrefix(at(i+1), "रह") || at(i+1) == "सकते" || at(i+1) == "सकती" || ableWords.has(at(i+1)) && placeRightBefore(toks, i) && personIn(toks[:i])) && !near(i, 4, 0, newsNouns):
			// "… भारत आ रहे हैं", "… जा सकते हैं", "जापान नहीं जा पाएंगे" (will
			// not manage to go: the negation calls it off).
			add(i, timeline.Visit, false)
		case (cameWords.has(w) || wentWords.has(w)) && i > 1 && purposeInfinitives.has(at(i-1)) && (at(i-2) == "भाग" || at(i-2) == "हिस्सा" || at(i-2) == "शामिल"):
			// "… बैठक में भाग लेने आए हैं": came to attend; "… चोगम
			// सम्मेलन में हिस्सा लेने गए विदेश मंत्री": went to.
			add(i, timeline.Visit, false)
		case cameWords.has(w) && i > 0 && (isPlaceWord(toks[i-1].text) && !participles.has(at(i-1)) || hereWords.has(at(i-1))) && journeyEnds(toks, i):
			// "सपरिवार यहां आए", "पांच दिवसीय यात्रा पर भारत आए थे": came
			// to a place, or here (the dateline's).
			add(i, timeline.Visit, false)
		case (w == "आने" || w == "जाने") && i > 0 && isPlaceWord(toks[i-1].text) && !participles.has(at(i-1)) && (at(i+1) == "वाले" || at(i+1) == "वाली" || at(i+1) == "वाला") && predicateAux.has(at(i+2)):
			// "25 अप्रैल को भारत आने वाले थे", "20 दिसंबर को अमेरिका
			// जाने वाले थे": was to come or go to a place.
			add(i, timeline.Visit, false)
		case (w == "आने" || w == "जाने") && i > 0 && placeOrHereBefore(toks, i) && (at(i+1) == "की" || at(i+1) == "का") && planWords.has(at(i+2)):
			// "15 से 17 दिसंबर तक … भारत आने की योजना थी", "ट्रूडो का
			// शनिवार को भारत आने का कार्यक्रम है", "मैक्रों के यहां शनिवार
			// को आने का कार्यक्रम है": a plan to come or go to a place.
			add(i, timeline.Visit, false)
		case (goWords.has(w) || w == "आना" && someoneBefore(toks, i)) && i > 0 && (hasPlaceBefore(toks, i) && !participles.has(at(i-1)) || at(i-1) == "लिए" && at(i-2) == "के") && journeyEnds(toks, i):
			// "मॉस्को गए थे", "ताज महल देखने के लिए जाना था", "नौ सितंबर
			// को भारत आना था", "चीन के वुहान शहर गए थे"
			add(i, timeline.Visit, false)
		}
	}
	if slices.ContainsFunc(out, func(h hit) bool { return h.kind == timeline.Summit || h.kind == timeline.MultilateralMeeting }) {
		// "… SCO की बैठक में हिस्सा लेने के लिए रूस में हैं": there for the
		// gathering told, on a visit under way; "पुतिन से मुलाकात के लिए
		// मॉस्को में हैं" tells the talks. (हैं starts no hit: too common a
		// word to look up in every sentence.)
		for i := 4; i < len(toks); i++ {
			// Not for a gathering dated in the clause ("शुक्रवार से शुरू हो
			// रहे … शिखर सम्मेलन में … प्रतिनिधित्व करने के लिए कंपाला में
			// हैं"): the gathering is the news, as editors draft it.
			if thereFor(toks, i) && (i+1 == len(toks) || hindi.IsClauseWord(toks[i+1].text) || at(i+1) == "और") && !slices.ContainsFunc(toks[:i], dateWord) {
				add(i, timeline.Visit, false)
				break
			}
		}
	}
	if len(out) == 0 {
		// "छह-सात जुलाई को मोदी उज्बेकिस्तान में होंगे": one who will be
		// in a country is on a visit there, a leg of a tour; only in a
		// clause that tells no other event ("बैठक भारत में होगी").
		for i := 3; i < len(toks); i++ {
			if _, ok := stayWithin(toks, i); ok {
				add(i, timeline.Visit, false)
				out[len(out)-1].pastStay = toks[i].key == "थे" || toks[i].key == "थीं"
				break
			}
		}
	}
	// "ग्रुप सात देशों के शिखर सम्मेलन की बैठक": a meeting of a summit is
	// the summit.
	for j := len(out) - 1; j >= 1; j-- {
		s, m := out[j-1], out[j]
		if s.kind == timeline.Summit && (m.kind == timeline.BilateralMeeting || m.kind == timeline.MultilateralMeeting) && m.generic && m.i == s.last+2 && (at(m.i-1) == "की" || at(m.i-1) == "का") {
			out = slices.Delete(out, j, j+1)
		}
	}
	// A phone word makes the talk beside it a call ("फोन पर बातचीत");
	// a video word a video conference, which the model keeps as a call.
	// Only the calls by their own word: a talk made a call here makes no
	// other one.
	var calls []hit
	for _, h := range out {
		if h.kind == timeline.PhoneCall && (len(calls) == 0 || calls[len(calls)-1].i+1 != h.i) {
			calls = append(calls, h) // "फोन कॉल", "वीडियो कॉल": one call word
		}
	}
	for _, h := range calls {
		for j := range out {
			// "भारत-ऑस्ट्रेलिया आभासी सम्मेलन": two countries' conference by
			// video is their video call; any other ("वॉयस ऑफ ग्लोबल साउथ के
			// वर्चुअल सम्मेलन") stays a meeting of many.
			videoConference := out[j].kind == timeline.MultilateralMeeting && out[j].i == h.i+1 && h.i >= 2 && isCountry(toks[h.i-1]) && isCountry(toks[h.i-2])
			if out[j].i > h.i && (out[j].i-h.i <= 12 || out[j].i-h.i <= 20 && oneClauseGap(toks[h.i+1:out[j].i])) && (out[j].generic || out[j].kind == timeline.Summit || videoConference || summitTalks(toks, out[j])) {
				out[j].kind, out[j].generic = timeline.PhoneCall, false
				// Only the talk the word qualifies: "यह वर्चुअल बैठक … टू
				// प्लस टू वार्ता से पहले होगी" is not a call of the 2+2.
				break
			}
		}
	}
	for j := range out {
		i := out[j].last
		if at(i+1) == "शुरू" && at(i+2) == "होने" && at(i+3) == "से" {
			i += 2 // "शिखर सम्मेलन शुरू होने से एक दिन पहले": before it begins
		}
		next, next2 := at(i+1), at(i+2)
		switch {
		case j > 0 && agreedToHold(toks, i):
			// "एक फोन कॉल पर … ने … अगले दौर की वार्ता आयोजित करने पर
			// सहमति व्यक्त की": the talks agreed on are what the call
			// settled, not the clause's event.
			out[j].frame, out[j].agreed = true, true
		case duringWords.has(next) || duringWords.has(next2) || next == "के" && next2 == "अवसर":
			// "शिखर सम्मेलन के अवसर पर" is "के मौके पर"; "मुलाकात का अवसर"
			// is a chance to meet.
			out[j].frame = true
			out[j].aside = next2 == "इतर" || next == "इतर"
			out[j].groupDuring = !out[j].aside && out[j].kind == timeline.Summit && groupBefore(toks, out[j].i)
		case next == "के" && next2 == "लिए":
			out[j].frame, out[j].purpose = true, true
			out[j].aside = out[j].kind == timeline.Summit || out[j].kind == timeline.MultilateralMeeting
		case next == "में" && (next2 == "शामिल" || next2 == "हिस्सा" || next2 == "भाग") && at(i+4) == "के" && at(i+5) == "लिए":
			out[j].frame, out[j].purpose = true, true
			out[j].aside = out[j].kind == timeline.Summit || out[j].kind == timeline.MultilateralMeeting
		case next == "में" && (next2 == "शामिल" || next2 == "हिस्सा" || next2 == "भाग") && purposeInfinitives.has(at(i+3)) && journeyWithin(toks, i+4, 5),
			next == "में" && onBehalfAt(toks, i+2) && purposeInfinitives.has(at(i+7)) && journeyWithin(toks, i+8, 8):
			// "… बैठक में भाग लेने आए हैं", "… समिट में भारत की ओर से
			// हिस्सा लेने … जाएंगे": what the journey is for.
			out[j].frame, out[j].purpose = true, true
			out[j].aside = out[j].kind == timeline.Summit || out[j].kind == timeline.MultilateralMeeting
		case next == "में" && out[j].kind != timeline.AgreementSigning && next2 != "शामिल" && next2 != "हिस्सा" && next2 != "भाग" && next2 != "शिरकत":
			out[j].frame = true
		case next == "से" && next2 == "अलग":
			out[j].frame, out[j].aside = true, true
		case out[j].kind == timeline.Visit && arrivalParticiple(toks, out, j):
			out[j].frame, out[j].arrived = true, true
		case out[j].kind == timeline.Visit && next == "के" && at(i+3) == "दिन" && dayOrdinalWord(next2) && !refersBack(toks, out[j].i):
			// Not "इस यात्रा के दूसरे दिन", the visit told before.
			out[j].frame, out[j].dayOf = true, true
		case next == "में" && (next2 == "हिस्सा" || next2 == "भाग" || next2 == "शामिल") && (at(i+3) == "लेने" || at(i+3) == "होने") &&
			(at(i+4) == "के" || at(i+4) == "से") && (at(i+5) == "बाद" || at(i+5) == "पहले"):
			// "थाईलैंड में बिम्सटेक सम्मेलन में हिस्सा लेने के बाद पीएम
			// मोदी … श्रीलंका में होंगे": the gathering attended before or
			// after the main event, an event of its own.
			out[j].frame, out[j].after, out[j].aside, out[j].attended = true, true, true, true
			out[j].later = at(i+5) == "पहले"
		case next == "के" && next2 == "पहले" && legAt(toks, i+3):
			// "यात्रा के पहले चरण में", "दौरे के पहले ही दिन": a part of
			// the visit, not the time before it ("यात्रा के पहले ही …",
			// even before the visit, is).
			out[j].frame = true
		case (next == "के" || next == "से") && (next2 == "बाद" || next2 == "पहले" || gapUnits.has(at(i+3)) && (at(i+4) == "बाद" || at(i+4) == "पहले")):
			// "… के बाद", "… के एक दिन बाद"
			out[j].frame, out[j].after = true, true
			out[j].later = next2 == "पहले" || at(i+4) == "पहले"
			// "वुहान शहर में अनौपचारिक सम्मेलन के बाद", "आभासी शिखर
			// सम्मेलन के बाद": a summit or a call before or after the main
			// event is an event of its own.
			out[j].aside = out[j].kind == timeline.Summit || out[j].kind == timeline.MultilateralMeeting || out[j].kind == timeline.PhoneCall
		}
	}
	if len(out) > 0 && !slices.ContainsFunc(out, func(h hit) bool { return !h.frame }) {
		// "… सम्मेलन में हिस्सा लेने के बाद पीएम मोदी चार से छह अप्रैल को
		// श्रीलंका में होंगे": beside the frames, the stay is the clause's
		// event.
		for i := out[len(out)-1].last + 1; i < len(toks); i++ {
			if _, ok := stayWithin(toks, i); ok && !used[i] {
				used[i] = true
				out = append(out, hit{i: i, last: i, kind: timeline.Visit, word: toks[i].text})
				break
			}
		}
	}
	return out
}

// agreedToHold reports talks at toks[i] followed by "(आयोजित) करने पर
// सहमति/सहमत/राजी": talks the clause's sides agreed to hold.
func agreedToHold(toks []token, i int) bool {
	k := i + 1
	for k < len(toks) && k <= i+2 && (toks[k].key == "आयोजित" || toks[k].key == "शुरू" || toks[k].key == "फिर") {
		k++ // "वार्ता फिर शुरू करने पर सहमत"
	}
	if k+2 >= len(toks) || toks[k].key != "करने" && toks[k].key != "कराने" || toks[k+1].key != "पर" {
		return false
	}
	return agreeWords.has(toks[k+2].key)
}

// agreedOn reports talks at toks[i] that the clause's sides agreed to
// hold: "मिलने के लिए सहमत", "वार्ता पर सहमति", "वार्ता फिर शुरू करने
// पर राजी".
func agreedOn(toks []token, i int) bool {
	k := i + 1
	for k < len(toks) && k <= i+2 && (toks[k].key == "आयोजित" || toks[k].key == "शुरू" || toks[k].key == "फिर") {
		k++
	}
	if k < len(toks) && (toks[k].key == "करने" || toks[k].key == "कराने") {
		k++
	}
	switch {
	case k < len(toks) && toks[k].key == "पर":
		k++
	case k+1 < len(toks) && toks[k].key == "के" && toks[k+1].key == "लिए":
		k += 2
	default:
		return false
	}
	return k < len(toks) && agreeWords.has(toks[k].key)
}

// dealDoneEnd reports the word after "… डील की गई" that ends the
// clause, as a finite verb does: not a noun the participle qualifies
// ("इस डील की गई आलोचना").
func dealDoneEnd(w string) bool {
	switch w {
	case "", "है", "हैं", "थी", "थीं", "और", "तथा", "एवं", "जिसमें", "जिसके":
		return true
	}
	return false
}

var agreeWords = setOf("सहमति", "सहमत", "राजी", "रजामंदी")

// doneWithout reports an event word that is the object of "बिना" or
// "बगैर" (without): "… सौदे पर हस्ताक्षर किए बिना … चले गए", "बिना मिले
// लौट गए", "मुलाकात के बगैर". The event did not take place, whatever the
// tense of the clause. "बिना किसी शर्त के बातचीत" is talks without
// conditions: बिना belongs to another noun there.
func doneWithout(toks []token, h hit) bool {
	if h.i > 0 && withoutWords.has(toks[h.i-1].key) && meetVerbs.has(toks[h.i].key) {
		return true // "बिना मिले लौट गए"
	}
	k := h.last + 1
	if k >= len(toks) || !doneWords.has(toks[k].key) && toks[k].key != "के" {
		// "वार्ता बिना किसी समझौते के ही समाप्त हो गयी": the talks
		// are the subject, and took place.
		return false
	}
	return k+1 < len(toks) && withoutWords.has(toks[k+1].key) || h.i > 0 && withoutWords.has(toks[h.i-1].key)
}

var (
	withoutWords = setOf("बिना", "बगैर", "बग़ैर")
	doneWords    = setOf("किए", "किये", "करे") // not "कर": "बैठक कर बिना देरी के …" met, then acted
)

// matterAt reports a word before "बात" that makes it "this matter", not
// talks: "इस बात की जानकारी विदेश मंत्रालय ने दी", "इसी बात की चर्चा",
// "पूरी बात की जानकारी रखने वाले सूत्रों".
func matterAt(w string) bool {
	switch w {
	case "इस", "इसी", "उस", "उसी", "किस", "किसी", "ऐसी", "जिस", "पूरी", "सारी":
		return true
	}
	return false
}

// topicOnly reports "X की बात" with no one spoken with: "ट्रंप ने कश्मीर
// पर मध्यस्थता की बात की", "ट्रंप ने भारत और पाकिस्तान के बीच मध्यस्थता
// की बात की" speak of mediation, to no one in particular. "शी से व्यापार
// की बात की" speaks with someone, "मोदी और पुतिन ने ऊर्जा सहयोग की बात
// की" with each other, and "दोनों देशों के बीच व्यापार की बात हुई" tells
// talks between them.
func topicOnly(toks []token, i int) bool {
	if i == 0 || toks[i-1].key != "की" {
		return false
	}
	between, agent, joint := false, false, false
	for j := i - 2; j >= max(0, i-12); j-- {
		if hindi.IsClauseWord(toks[j].text) && !joinWords.has(toks[j].key) {
			break // "X और Y ने": a list, not another clause
		}
		switch toks[j].key {
		case "से":
			if j == 0 || !adverbsWithSe.has(toks[j-1].key) {
				return false // not "फिर से", "पहले से"
			}
		case "साथ", "आपस", "आपसी":
			return false
		case "बीच":
			between = true
		case "ने":
			agent = true
		case "और", "दोनों", "व", "एवं", "तथा":
			joint = joint || agent // before the agent's ने: a joint subject
		}
	}
	return !joint && (agent || !between)
}

var adverbsWithSe = setOf("फिर", "पहले", "अब", "तब", "जल्दी", "शुरू", "लंबे", "काफी", "कब")

// agreedUnder reports "… समझौते के तहत … पर सहमत" or "समझौते पर सहमत"
// before सहमत at toks[i]: the agreement is what the sides agreed, not
// talks about one ("व्यापार समझौते पर बातचीत को जल्द पूरा करने पर सहमत").
func agreedUnder(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-16); j-- {
		k := toks[j].key
		if talkWords.has(k) || dialogueWords.has(k) {
			return false
		}
		if !agreementWords.has(k) {
			continue
		}
		under := j+2 < i && toks[j+1].key == "के" && toks[j+2].key == "तहत"
		return under || j+2 == i && toks[j+1].key == "पर"
	}
	return false
}

// gapUnits measure a gap between two events: "के एक दिन बाद".
var gapUnits = setOf("दिन", "दिनों", "घंटे", "घंटों", "सप्ताह", "सप्ताहों", "हफ्ते", "हफ़्ते", "हफ्तों", "महीने", "महीनों", "माह", "साल", "सालों", "वर्ष", "वर्षों", "बरस")

// journeyWithin reports a word of coming or going among the n tokens from
// toks[i]: "भाग लेने आए हैं", "हिस्सा लेने ब्राजील की राजधानी पहुंचे".
func journeyWithin(toks []token, i, n int) bool {
	for j := i; j < len(toks) && j < i+n; j++ {
		if k := toks[j].key; cameWords.has(k) || goWords.has(k) || visitVerbs.has(k) || reachWords.has(k) {
			return true
		}
	}
	return false
}

// mainHit returns the clause's main event: the last event word that is not
// a frame (Hindi puts the event next to the verb), or the last frame.
func mainHit(hs []hit, toks []token) (hit, bool) {
	for j := len(hs) - 1; j >= 0; j-- {
		if !hs[j].frame && !refersBack(toks, hs[j].i) {
			return hs[j], true
		}
	}
	for j := len(hs) - 1; j >= 0; j-- {
		if !hs[j].frame {
			return hs[j], true
		}
	}
	if len(hs) > 0 {
		return hs[len(hs)-1], true
	}
	return hit{}, false
}

// hasSideline reports a frame that makes a meeting a sideline one: "से
// इतर", "से अलग", "के हाशिये पर", or a summit or conference frame.
func sidelineFrame(toks []token, hs []hit) bool {
	if _, ok := hasAny(toks, sidelineWords); ok {
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].key == "से" && toks[i+1].key == "अलग" {
			for _, h := range hs {
				if h.kind == timeline.Summit && h.i < i {
					return true
				}
			}
		}
	}
	for _, h := range hs {
		if h.frame && !h.after && h.kind == timeline.Summit {
			return true // "सम्मेलन के दौरान"; "सम्मेलन से पहले" is no sideline
		}
	}
	return false
}

var sidelineWords = setOf("इतर", "हाशिये", "हाशिए", "sidelines")

// talksAreTheSummit reports talks held during a summit that names no
// group, in a text that names none: "वियतनाम में होने वाले दो दिवसीय शिखर
// सम्मेलन के दौरान … किम जोंग उन से मुलाकात करेंगे" is the two leaders'
// summit, not a meeting on the sidelines of another. The clause's one
// summit is a frame with no name before its word (unnamedSummitBefore),
// the talks have one counterpart at most, and nothing calls them
// bilateral or on the sidelines; groupNamed reports a text that names a
// group, a meeting of many or many countries' leaders. A summit named
// bilateral ("द्विपक्षीय शिखर सम्मेलन") is the two leaders' whatever stands
// before its name.
func talksAreTheSummit(toks []token, hs []hit, people []person, groupNamed bool) bool {
	if groupNamed {
		return false
	}
	counterparts := 0
	for _, p := range people {
		if p.counterpart {
			counterparts++
		}
	}
	if counterparts > 1 {
		return false // "… स्टार्मर और … मैक्रों से अलग-अलग मुलाकात करेंगे": meetings beside it
	}
	if _, ok := hasAny(toks, sidelineWords); ok {
		return false
	}
	// "19वें भारत-रूस वार्षिक द्विपक्षीय शिखर सम्मेलन के अवसर पर … बातचीत
	// की": a summit named bilateral is the two countries' own.
	pairSummit := func(h hit) bool {
		return h.i > 0 && bilateralWord.has(toks[h.i-1].key)
	}
	for i, t := range toks {
		if bilateralWord.has(t.key) && !slices.ContainsFunc(hs, func(h hit) bool { return h.kind == timeline.Summit && pairSummit(h) && h.i == i+1 }) {
			return false // "… शिखर सम्मेलन में … बाइडेन के साथ द्विपक्षीय वार्ता": beside a summit of more
		}
	}
	frames := 0
	for _, h := range hs {
		if h.kind == timeline.Summit {
			if !h.frame || h.after || !pairSummit(h) && (summitLabel(toks, h.i) != "" || h.i > 0 && !unnamedSummitBefore.has(toks[h.i-1].key)) {
				return false
			}
			frames++
		}
	}
	return frames == 1
}

// talksAtVenue reports an arrival at toks[i] told with talks it is for
// (the hit before it: "मुलाकात करने", "बैठक के लिए") at a building of
// talks (venueWords, "ऑफिस") reached: the word right before the arrival
// ("… से मुलाकात करने व्हाइट हाउस के ओवल ऑफिस पहुंचे"), or the place of
// the talks ("हैदराबाद हाउस में बैठक के लिए पहुंचे") with no other place
// reached ("… व्हाइट हाउस में ट्रंप से मुलाकात करने के लिए … अमेरिका
// पहुंचे" reaches America).
func talksAtVenue(toks []token, out []hit, i int) bool {
	if len(out) == 0 {
		return false
	}
	t := out[len(out)-1].i
	if !talkWords.has(toks[t].key) || i-t > 8 || t+1 >= i {
		return false
	}
	if !(toks[t+1].key == "करने" || t+2 < i && toks[t+1].key == "के" && toks[t+2].key == "लिए") {
		return false
	}
	venue := func(k int) bool { return k >= 0 && (venueWords.has(toks[k].key) || toks[k].key == "ऑफिस") }
	if venue(i - 1) {
		return true
	}
	for k := t + 1; k < i; k++ {
		if isPlaceWord(toks[k].text) || isCountry(toks[k]) {
			return false
		}
	}
	return t >= 2 && toks[t-1].key == "में" && venue(t-2)
}

// unnamedSummitBefore may stand just before the summit word of a summit
// that has no name: "होने वाले दो दिवसीय शिखर सम्मेलन", "दूसरे शिखर
// सम्मेलन"; not "गाजा शांति शिखर सम्मेलन", one named by its cause.
// Not "इस शिखर सम्मेलन", one told before, nor "… देशों के शिखर सम्मेलन".
var unnamedSummitBefore = setOf("दिवसीय", "वाले", "वाली", "वाला", "दूसरे", "तीसरे", "अगले", "आगामी", "प्रस्तावित", "में")

var kindLabels = map[timeline.Kind]string{
	timeline.BilateralMeeting: "बैठक", timeline.Summit: "शिखर सम्मेलन", timeline.MultilateralMeeting: "बहुपक्षीय बैठक",
	timeline.Visit: "यात्रा", timeline.SidelineMeeting: "इतर बैठक", timeline.PhoneCall: "फ़ोन वार्ता",
	timeline.Statement: "बयान", timeline.AgreementSigning: "समझौते पर हस्ताक्षर", timeline.PressConference: "प्रेस कॉन्फ्रेंस",
}

// compatible reports whether a mention of kind k (generic when its noun is
// one of talks) may refer to an event of kind e.
func compatible(k timeline.Kind, generic bool, e timeline.Kind) bool {
	if k == e {
		return true
	}
	if !generic {
		return false
	}
	switch e {
	case timeline.BilateralMeeting, timeline.SidelineMeeting, timeline.PhoneCall, timeline.MultilateralMeeting, timeline.Summit:
		return true
	}
	return false
}

// bareConference reports a conference word at toks[i] with no name of its
// own: first in its clause, or after a postposition, a pronoun, a particle
// or "मुख्य" ("मोदी ने मुख्य सम्मेलन से अलग …", "वे सम्मेलन के पहले सत्र
// में …", "इसके अलावा सम्मेलन के …").
// "भूमध्यसागरीय सम्मेलन", "जलवायु सम्मेलन" name another.
func bareConference(toks []token, i int) bool {
	return i == 0 || bareBefore(toks[i-1])
}

// bareBefore reports a word p after which a conference word names no
// conference of its own: see bareConference.
func bareBefore(p token) bool {
	return p.key == "मुख्य" || barePrefixes.has(p.key) || pronouns.has(p.key) || hindi.IsPostposition(p.text)
}

// barePrefixes are particles and adverbs that may stand before a
// conference word told again: "भी सम्मेलन", "फिर सम्मेलन", "इसके अलावा
// सम्मेलन".
var barePrefixes = setOf("भी", "ही", "तो", "फिर", "अलावा", "अब", "वहां", "वहाँ", "साथ")

// numberedGroupBefore reports a group named by a letter and a number
// ("जी-20", "जी 20", "G7") among the three words before toks[i]: the
// scanner splits the number off, so groupWords never sees the name whole.
func numberedGroupBefore(toks []token, i int) bool {
	for j := max(0, i-3); j+1 < i; j++ {
		if numberedGroupAt(toks, j) {
			return true
		}
	}
	return false
}

// numberedGroupAt reports the letter of a numbered group at toks[j] with
// its number after it: "जी" "20", "G" "7".
func numberedGroupAt(toks []token, j int) bool {
	return (toks[j].key == "जी" || toks[j].key == "g") && j+1 < len(toks) && groupNumbers.has(toks[j+1].key)
}

// withOne reports "X के साथ" within the six words before the event word
// at toks[i], X a single person or country ("किम जोंग उन के साथ 12 जून की
// अपनी प्रस्तावित शिखर बैठक"), not a list joined by और, a plural or a
// group.
func withOne(toks []token, i int) bool {
	for j := i - 1; j >= max(1, i-6); j-- {
		switch {
		case toks[j].key == "और" || toks[j].key == "एवं" || toks[j].key == "तथा" || toks[j].key == "बीच":
			return false
		case toks[j].key == "साथ" && toks[j-1].key == "के" && j >= 2:
			if w := toks[j-2].key; manyWords.has(w) || groupWords.has(w) {
				return false // "मध्य एशियाई देशों के साथ", "यूरोपीय संघ के साथ": many
			}
			for k := j - 2; k >= max(0, j-5); k-- {
				if toks[k].key == "और" || toks[k].key == "एवं" || toks[k].key == "तथा" || toks[k].key == "नेताओं" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// summitTalks reports two leaders' "शिखर वार्ता" or "शिखर बैठक", a
// summit in name that the kinds above make a bilateral meeting.
func summitTalks(toks []token, h hit) bool {
	return h.kind == timeline.BilateralMeeting && summitHeads.has(toks[h.i].key)
}

// betweenTwo reports "के बीच" a few words before the event word at toks[i]
// with two parties before it: "दोनों नेताओं के बीच", "मोदी और हसीना के
// बीच". Not three countries or more ("भारत, अमेरिका, जापान और
// ऑस्ट्रेलिया के बीच"), nor "के बीच" of amid ("इजराइल और ईरान के बीच
// जारी संघर्ष के बीच").
func betweenTwo(toks []token, i int) bool {
	for j := i - 1; j >= max(2, i-6); j-- {
		if toks[j].key != "बीच" || toks[j-1].key != "के" {
			continue
		}
		if w := toks[j-2].key; manyWords.has(w) && j >= 3 && toks[j-3].key == "दोनों" {
			return true // "दोनों नेताओं के बीच", "दोनों देशों के बीच"
		}
		joins, countries := 0, 0
	left:
		for k := j - 2; k >= max(0, j-8); k-- {
			switch w := toks[k].key; {
			case w == "बीच":
				break left // an earlier "के बीच" is another phrase's
			case w == "और" || w == "एवं" || w == "तथा":
				joins++
			case manyWords.has(w) || groupWords.has(w):
				return false
			case isCountry(toks[k]):
				countries++
			}
		}
		return joins == 1 && countries <= 2
	}
	return false
}

// summitMarked reports a word among the three before the summit word at
// toks[i] that makes it a summit whoever holds it ("वार्षिक", "नेताओं");
// "दोनों नेताओं के बीच" names two leaders and marks nothing.
func summitMarked(toks []token, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if summitMarks.has(toks[j].key) && !(toks[j].key == "नेताओं" && j > 0 && toks[j-1].key == "दोनों") {
			return true
		}
	}
	return false
}

// manyWords before "के साथ" name many parties: "देशों के साथ", "यूरोपीय
// संघ के साथ". (A name may end like a plural: "मैक्रों के साथ".)
var manyWords = setOf("देशों", "राष्ट्रों", "सदस्यों", "नेताओं", "सरकारों", "देशो", "संघ")

// refersBack reports a demonstrative or an ordinal just before the event
// word at toks[i]: "यह बातचीत", "इस यात्रा", "पांचवीं मुलाकात".
func refersBack(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-2); j-- {
		if demonstratives.has(toks[j].key) || ordinals.has(toks[j].key) {
			return true
		}
	}
	return planeArrived(toks, i)
}

// planeArrived reports an arrival at toks[i] told of someone's plane
// named before ("दिल्ली हवाई अड्डे पर उनका विमान पहुंचा"): the arrival of
// the visit told, told again.
func planeArrived(toks []token, i int) bool {
	if !arrivedWords.has(toks[i].key) && toks[i].key != "उतरा" {
		return false
	}
	for j := i - 1; j >= max(1, i-6); j-- {
		if planeWords.has(toks[j].key) {
			return possessives.has(toks[j-1].key) || j >= 2 && possessives.has(toks[j-2].key)
		}
	}
	return false
}

var (
	planeWords  = setOf("विमान", "प्लेन", "जहाज", "जहाज़")
	possessives = setOf("उनका", "उनके", "उसका", "उनकी", "इनका", "जिनका")
)

// counted reports an ordinal just before the event word at toks[i].
func counted(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-2); j-- {
		if ordinals.has(toks[j].key) {
			return true
		}
	}
	return false
}

// mealForMany reports a meal at toks[i] given for many unnamed ("नेताओं
// के लिए रात्रिभोज", "सभी मेहमानों के लिए भोज"): a host's reception.
func mealForMany(toks []token, i int) bool {
	if i < 3 || toks[i-1].key != "लिए" && toks[i-1].key != "लिये" || toks[i-2].key != "के" {
		return false
	}
	return manyGuests.has(toks[i-3].key)
}

var manyGuests = setOf("नेताओं", "मेहमानों", "अतिथियों", "प्रतिनिधियों", "प्रतिनिधिमंडलों", "मंत्रियों", "राष्ट्राध्यक्षों", "शासनाध्यक्षों", "सदस्यों")

// passive reports a participle before the form of जाना at toks[i]: "किए
// जाएंगे", "मानी जा रही है" — a passive, not a journey. A place before it
// ("दिल्ली जा रहे हैं") is a journey.
func passive(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if participles.has(p.key) || p.key == "हो" {
		return true // "किए जाएंगे"; "शुरू हो जाएगी": becomes, no journey
	}
	if isPlaceWord(p.text) || p.key == "भी" || p.key == "ही" || p.key == "नहीं" || hasPlaceBefore(toks, i) {
		return false // "अबू धाबी जाएंगी": a place of two words
	}
	// "लाई जाएगी", "बनाई जाएंगी": a feminine participle of a verb in
	// आ ends in आ's sign and the vowel letter ई; a name such as हनोई or
	// लुई ("… हनोई जाएंगे") is a place one goes to.
	return strings.HasSuffix(p.text, "ा") || strings.HasSuffix(p.text, "ी") || strings.HasSuffix(p.text, "े") || strings.HasSuffix(p.text, "ए") ||
		strings.HasSuffix(p.text, "ाई") || strings.HasSuffix(p.text, "ाईं")
}

// nearWords after "के" before a verb of coming or going: closeness.
var nearWords = setOf("करीब", "क़रीब", "नजदीक", "नज़दीक", "पास")

// timeOfDayWords before "के करीब" make it "about" a time.
var timeOfDayWords = setOf("बजे", "रात", "दोपहर", "शाम", "सुबह", "घंटे", "मिनट", "आधीरात")

// planWords after "X आने/जाने की" make a plan of the journey.
var planWords = setOf("योजना", "कार्यक्रम") // not "आने की उम्मीद": of tourists as well

// fromPlace reports a place one sets out from just before toks[end], the
// airport or house one leaves for: "<place> से <city> हवाई अड्डे".
func fromPlace(toks []token, end int) bool {
	// "<place> से <city> [हवाई] अड्डे": the से a word or two before the
	// airport word, a place on either side of it.
	for j := max(1, end-3); j < end; j++ {
		if toks[j].key == "से" && j+1 < len(toks) {
			p, ok := lookupPlace(toks[j-1].text)
			q, ok2 := lookupPlace(toks[j+1].text)
			if ok && ok2 && p.country != "" && q.country != "" {
				return true
			}
		}
	}
	return false
}

// localEnds are where one leaves for within a trip: an airport, a house,
// a hotel.
var localEnds = setOf("एयरपोर्ट", "एअरपोर्ट", "हवाईअड्डे", "अड्डे", "घर", "आवास", "होटल")

// homewardWords name home as a journey's end: "स्वदेश रवाना".
var homewardWords = setOf("स्वदेश", "वतन")

// homeward reports home named as where the journey at toks[i] ends:
// "स्वदेश रवाना होंगे", "स्वदेश रवाना हो जाएंगे", "वतन लौट जाएंगे", "स्वदेश
// के लिए रवाना".
func homeward(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-4); j-- {
		switch k := toks[j].key; {
		case homewardWords.has(k):
			return true
		case k == "रवाना" || k == "हो" || k == "लौट" || k == "के" || k == "लिए" || k == "वापस":
		default:
			return false
		}
	}
	return false
}

// dayOrdinalWord reports the ordinal of a day: "पहले", "दूसरे", "आखिरी".
func dayOrdinalWord(w string) bool {
	_, ok := dayOrdinals[w]
	return ok || w == "पहले" || w == "आखिरी" || w == "अंतिम"
}

// headOffices are the offices whose group meetings are summits.
var headOffices = setOf("प्रधानमंत्री", "पीएम", "राष्ट्रपति", "चांसलर")

// attendsGroup reports a group named at toks[i] as what is attended: "X
// में भाग लेने/हिस्सा लेंगे", past a parenthesis or a name of the group in
// Latin letters ("संगठन(SCO) में"); "ब्रिक्स सम्मेलन" is read by the
// summit words.
func attendsGroup(toks []token, i int) bool {
	j := i + 1
	for j < len(toks) && j <= i+2 && (groupWords.has(toks[j].key) || hindi.IsLatin(toks[j].key)) {
		j++
	}
	if j+2 >= len(toks) || toks[j].key != "में" {
		return false
	}
	// Taking part, once: not "शामिल होगा" (a country joins the group) nor
	// "भाग लेता रहा है" (a habit).
	switch toks[j+1].key {
	case "भाग", "हिस्सा":
		n := toks[j+2].key
		return (strings.HasPrefix(n, "ले") || strings.HasPrefix(n, "लि")) && !habitualTake.has(n)
	case "शामिल":
		// "मोदी 5 दिसंबर को एससीओ में शामिल होंगे": a leader or an
		// office attends, in the honorific plural; a country that
		// "शामिल होगा" joins the group.
		switch toks[j+2].key {
		case "होंगे", "होंगी", "हुए", "हुईं":
			return subjectBefore(toks, max(0, i-8), i)
		case "होने":
			// "मोदी ने … बिम्सटेक में शामिल होने की पुष्टि की": the one
			// who confirms attending is its agent.
			return subjectBefore(toks, max(0, i-8), i) || slices.ContainsFunc(toks[max(0, i-8):i], func(t token) bool { return leaderCountry(t.text) != "" })
		}
	}
	return false
}

// habitualTake are the habitual forms of लेना: "भाग लेता रहा है".
var habitualTake = setOf("लेता", "लेती", "लेते", "लेतीं")

// twoWords spell the digit two, for "2+2" and "टू प्लस टू".
var twoWords = setOf("2", "२", "टू")

// pairDialogue reports two countries just before the dialogue word at
// toks[i], and no third, or a "2+2": "भारत अमेरिका 2+2 डायलॉग",
// "भारत-जापान संवाद".
func pairDialogue(toks []token, i int) bool {
	if i >= 3 && twoWords.has(toks[i-1].key) && (twoWords.has(toks[i-2].key) || twoWords.has(toks[i-3].key)) {
		return true // "2+2 डायलॉग": two ministers of each of two countries
	}
	n := 0
	for j := i - 1; j >= max(0, i-5); j-- {
		switch {
		case isCountry(toks[j]):
			n++
		case n > 0 && toks[j].key != "और" && toks[j].key != "-":
			return n == 2
		}
	}
	return n == 2
}

// eventWord reports whether w alone is an event word of any kind.
func eventWord(w string) bool { return eventWords.has(w) }

// eventWords are the sets eventWord reads, in one: one lookup a word.
var eventWords = unionOf(phoneWords, signWords, summitWords, conferenceNoun, dialogueWords, talkWords, meetVerbs, visitNouns, visitVerbs)

// seBeforeDate reports "से" before toks[i] with only a date between: "…
// तोबगे से 20 नवंबर को मिलेंगे", "… से कल सुबह मिले".
func seBeforeDate(toks []token, i int) bool {
	if i+1 < len(toks) && !finiteAfterMeet.has(toks[i+1].key) && !hindi.IsClauseWord(toks[i+1].text) {
		return false // "रूस से 5 दिसंबर को मिले एस-400", "… से मिली आर्थिक मदद": received, a thing
	}
	dated := false
	for j := i - 1; j >= max(0, i-7); j-- {
		switch t := toks[j]; {
		case t.key == "से":
			return dated && (j == 0 || !dateWord(toks[j-1])) // not "17 नवंबर से 20 नवंबर को …", a span
		case dateWord(t) || t.key == "को" || t.key == "भी" || dayParts.has(t.key):
			dated = dated || dateWord(t)
		default:
			return false
		}
	}
	return false
}

// finiteAfterMeet may follow a verb of meeting that ends its clause: "मिले
// थे", "मिलेंगे और …".
var finiteAfterMeet = setOf("थे", "थी", "थीं", "था", "हैं", "है", "और", "तथा", "एवं", "व", "भी",
	"वाले", "वाली", "वाला", "जा", "रहे", "रही", "रहा", "सकते", "सकती", "सकता", "चुके", "चुकी", "चुका") // "मिलने वाले हैं", "मिल सकते हैं"

// dayParts name parts of a day, which a date may carry: "कल सुबह".
var dayParts = setOf("सुबह", "दोपहर", "शाम", "रात", "देर", "तड़के")

// dateWord reports a word that dates: a digit, a month's or a weekday's
// name, "आज", "कल".
func dateWord(t token) bool {
	_, month := hindi.LookupMonth(t.text)
	return month || hasDigit(t.text) || isWeekdayName(t.text) || t.key == "आज" || t.key == "कल"
}

// sealedAt reports "पर मुहर लगेगी" or "पर लगेगी मुहर" after the
// agreement word at toks[i], with no body before it in its clause that
// approves an agreement made ("मंत्रिमंडल ने … समझौते पर मुहर लगा दी"):
// a cabinet, a parliament or a court approves, and signs nothing.
func sealedAt(toks []token, i int) bool {
	at := func(j int) string {
		if j < len(toks) {
			return toks[j].key
		}
		return ""
	}
	if at(i+1) != "पर" || !(at(i+2) == "मुहर" && sealWords.has(at(i+3)) || sealWords.has(at(i+2)) && at(i+3) == "मुहर") {
		return false
	}
	for j := i - 1; j >= 0 && !hindi.IsClauseWord(toks[j].text); j-- {
		if approvingBodies.has(toks[j].key) {
			return false
		}
	}
	return true
}

// approvingBodies approve agreements at home: "मंत्रिमंडल ने … समझौते पर
// मुहर लगा दी".
var approvingBodies = setOf("मंत्रिमंडल", "कैबिनेट", "संसद", "अदालत", "कोर्ट", "न्यायालय", "विधानसभा", "सदन")

// handWords are the forms of सौंपना (to hand over).
var handWords = setOf("सौंप", "सौंपा", "सौंपी", "सौंपे", "सौंपेंगे", "सौंपेंगी", "सौंपेगा", "सौंपेगी", "सौंपने", "सौंपना")

// letterNouns are what an envoy hands over in person: an invitation or
// a message. (Not any "पत्र": a resignation, credentials or a protest
// note handed over is no call.)
var letterNouns = setOf("निमंत्रण", "निमंत्रण-पत्र", "आमंत्रण", "न्योता", "न्यौता", "संदेश", "निमंत्रणपत्र")

// handedTo reports a letter noun in the three words before toks[i] and,
// before it in the clause, an office or a known leader followed by को:
// "प्रधानमंत्री ओली को … निमंत्रण सौंप".
func handedTo(toks []token, i int) bool {
	j := -1
	for k := i - 1; k >= max(0, i-3); k-- {
		if letterNouns.has(toks[k].key) {
			j = k
			break
		}
	}
	if j <= 0 {
		return false
	}
	for k := j - 1; k >= max(1, j-12); k-- {
		if hindi.IsClauseWord(toks[k].text) {
			return false
		}
		if toks[k].key != "को" {
			continue
		}
		for m := k - 1; m >= max(0, k-4); m-- {
			if o, _ := officeAt(toks, m); o != "" || leaderCountry(toks[m].text) != "" {
				return true
			}
		}
	}
	return false
}

// guestArrives reports आगमन or a form of पधारना at toks[i] told of a
// guest: right after a country ("भारत आगमन", "भारत पधारे"), or after a
// place ("दिल्ली", "नई दिल्ली में", यहां) in a clause that names a leader
// or an office ("पुतिन का 4 दिसंबर को नई दिल्ली में आगमन होगा").
func guestArrives(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	if isCountry(toks[i-1]) {
		return true
	}
	j := i - 1
	if toks[j].key == "में" && j > 0 {
		j--
	}
	if !isPlaceWord(toks[j].text) && !hereWords.has(toks[j].key) {
		return false
	}
	return slices.ContainsFunc(toks[:i], namesSomeone)
}

// hitStart holds every word eventHits can start a hit at.
var hitStart = unionOf(setOf("बात", "चर्चा", "आने", "जाने", "आना", "सहमत", "मिल"), ceremonyNouns, guestWords, pressWords, phoneWords, videoWords, signWords, agreementWords, statementWords, declWords, releaseWords,
	summitHeads, summitWords, conferenceNoun, conferenceLoans, setOf("मीट", "अध्यक्षता"), handWords, dialogueWords, talkWords, meetVerbs, visitNouns, visitVerbs, reachWords, reachedAt, comeWords, goWords, cameWords, groupWords)

// ceremonyNouns name a state's ceremony that guests attend: "विक्ट्री डे
// परेड", "शपथ ग्रहण समारोह".
var ceremonyNouns = setOf("समारोह", "परेड")

// attendedAt reports, from the word at k, attending: "शामिल होंगे", "भाग
// लेंगे", "हिस्सा लेंगे" (negated too: "शामिल नहीं होंगे"), or "भारत का
// प्रतिनिधित्व करेंगे".
func attendedAt(at func(int) string, k int) bool {
	switch at(k) {
	case "शामिल", "भाग", "हिस्सा", "शिरकत":
		// Not "… समारोह में भाग लेने के लिए आमंत्रित किया गया था": the
		// infinitive's purpose; the invitation or the journey tells the
		// visit.
		if at(k+2) == "की" && (at(k+3) == "संभावना" || at(k+3) == "उम्मीद") {
			return true // "… परेड में शामिल होने की संभावना है": likely to attend
		}
		if at(k+2) == "में" && (at(k+3) == "असमर्थ" || at(k+3) == "असमर्थता" || at(k+3) == "अपनी" && at(k+4) == "असमर्थता") {
			return true // "… समारोह में भाग लेने में असमर्थ": the visit to it is off (unableToAttend)
		}
		return !strings.HasSuffix(at(k+1), "ने") && !strings.HasSuffix(at(k+1), "ना")
	}
	return (at(k+1) == "का" || at(k+1) == "की") && at(k+2) == "प्रतिनिधित्व" && !strings.HasSuffix(at(k+3), "ने")
}

// hasPlaceBefore reports a place named right before toks[i] (placeBefore).
func hasPlaceBefore(toks []token, i int) bool {
	j, _ := placeBefore(toks, i)
	return j >= 0
}

// placeBefore returns the index of the place named right before toks[i],
// in one word or two ("तेल अवीव गए थे"), a city's "शहर" or "नगर" after its
// name allowed ("वुहान शहर गए"), and its name; or -1.
func placeBefore(toks []token, i int) (int, string) {
	j := i - 1
	if j >= 1 && (toks[j].key == "शहर" || toks[j].key == "नगर") {
		j--
	}
	if j < 0 {
		return -1, ""
	}
	if isPlaceWord(toks[j].text) {
		return j, toks[j].text
	}
	if j >= 1 && toks[j-1].end+1 == toks[j].start && !venueWords.has(toks[j].key) { // a building reached is read as a venue
		if name := toks[j-1].text + " " + toks[j].text; isPlaceWord(name) {
			return j - 1, name
		}
	}
	return -1, ""
}

// journeyEnds reports a verb of going or coming at toks[i] that ends its
// predicate ("मॉस्को गए थे", "न्यूयार्क गई हुई हैं", "दिल्ली आए और …"), not
// a participle before a noun ("अमेरिका गए भारतीय छात्रों", "भारत आए
// पर्यटक").
func journeyEnds(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	k := toks[i+1].key
	return predicateAux.has(k) || perfectAux.has(k) || k == "और" || k == "तो" || hindi.IsClauseWord(toks[i+1].text) || hindi.IsPostposition(toks[i+1].text) ||
		(toks[i].key == "आना" || toks[i].key == "जाना") && (callsOff(toks[i+1].text) && !offDenied(toks, i+1) || settled(toks, i+1)) // "… उनका भारत आना रद्द हो गया है": the coming called off
}

// settled reports "तय" at toks[k], or after "अब", "भी", "पूरी तरह", not
// denied nor hedged: "मोदी का जापान जाना (अब) तय है", the going decided;
// not "… जाना तय नहीं है", nor "… आना लगभग तय माना जा रहा है", a
// guess.
func settled(toks []token, k int) bool {
	for k < len(toks) && (toks[k].key == "अब" || toks[k].key == "भी" || toks[k].key == "पूरी" || toks[k].key == "तरह") {
		k++
	}
	if k >= len(toks) || toks[k].key != "तय" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if negationWords.has(toks[j].key) || toks[j].key == "माना" {
			return false
		}
	}
	return true
}

// offDenied reports a calling-off at toks[k] denied or only rumoured: "रद्द
// नहीं किया गया है", "रद्द होने की खबरें गलत हैं", "… की अटकलें हैं".
func offDenied(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if negationWords.has(toks[j].key) || toks[j].key == "होने" && j+1 < len(toks) && toks[j+1].key == "की" {
			return true
		}
	}
	return false
}

// callsOff reports a word the Hindi layer reads as calling off or putting
// off: "रद्द", "स्थगित", "टल", "कैंसिल" … ("भारत आना रद्द").
func callsOff(w string) bool {
	return slices.ContainsFunc(hindi.StatusCues(w, 0, len(w)), func(c hindi.Cue) bool {
		return c.Status == hindi.Cancelled || c.Status == hindi.Postponed
	})
}

// groupBefore reports a group of countries named within seven words
// before toks[i]: "ब्रिक्स", "एससीओ", or "जी-7"/"G20" (the tokenizer
// splits the number off) before "देशों", a summit or its leaders.
func groupBefore(toks []token, i int) bool {
	for j := max(0, i-7); j < i; j++ {
		group := groupWords.has(toks[j].key) && j >= i-5 ||
			(toks[j].key == "जी" || toks[j].key == "g" || toks[j].key == "ग्रुप") && j+2 < len(toks) && (hasDigit(toks[j+1].text) || groupNumberOf[toks[j+1].key] != "") && groupNouns.has(toks[j+2].key)
		if group && !framedBetween(toks, j+1, i) {
			return true
		}
	}
	return false
}

// framedBetween reports a frame's postposition in toks[from:to]: "जी-20
// शिखर सम्मेलन से पहले मुलाकात" meets before the group's summit, not the
// group.
func framedBetween(toks []token, from, to int) bool {
	for k := from; k+1 < to; k++ {
		switch a, b := toks[k].key, toks[k+1].key; {
		case a == "से" && (b == "पहले" || b == "इतर" || b == "अलग"):
			return true
		case a == "के" && (b == "बाद" || b == "दौरान" || b == "मौके" || b == "इतर" || b == "हाशिए" || b == "हाशिये"):
			return true
		case (a == "सम्मेलन" || a == "शिखर" || a == "समिट") && b == "में" && (slices.ContainsFunc(toks[k+2:to], func(t token) bool { return t.key == "से" }) ||
			twoBetween(toks[:from])):
			// "जी20 शिखर सम्मेलन में बाइडेन से मुलाकात की", "दोनों नेताओं के
			// बीच … जी7 समिट में मुलाकात हुई थी": met someone at the group's
			// summit, no meeting of the group.
			return true
		}
	}
	return false
}

// groupNouns follow a group's name: "जी-7 देशों", "जी-20 शिखर सम्मेलन".
var groupNouns = setOf("देशों", "देश", "समूह", "शिखर", "सम्मेलन", "समिट", "बैठक", "वार्ता", "नेताओं", "के", "की")

// stayIn reads "<someone> X में होंगे" ending the clause at toks[i], X a
// country: "छह-सात जुलाई को मोदी उज्बेकिस्तान में होंगे", "… वह
// कजाखिस्तान में होंगे, जिसके बाद …". A date or a noun around it is no
// one's stay: "15 मार्च को भारत में होंगे लोकसभा चुनाव".
func stayIn(toks []token, i int) (string, bool) { return stayOf(toks, i, false) }

// stayWithin is stayIn, reading a span of days too: "पुतिन 4 से 5
// दिसंबर तक भारत में रहेंगे", "9-11 सितंबर से आइसलैंड में रहेंगे" is a
// stay of its own; where a visit is to, it is left to the visit's words
// ("दौरे के पहले पड़ाव पर प्रधानमंत्री 20 से 22 अक्टूबर तक रूस में रहेंगे"
// names the prime minister of neither). A limit or a start alone ("राजदूत
// 2027 तक जापान में रहेंगे", "राजदूत 24 नवंबर से …") is no stay.
func stayWithin(toks []token, i int) (string, bool) { return stayOf(toks, i, true) }

// daysUntil reports "… से … <month or number> तक" ending at toks[k], the
// तक: a span of days, not a limit.
func daysUntil(toks []token, k int) bool {
	if k < 3 || toks[k].key != "तक" {
		return false
	}
	if _, ok := hindi.LookupMonth(toks[k-1].text); !ok && !hasDigit(toks[k-1].text) {
		return false
	}
	for j := k - 2; j >= max(0, k-5); j-- {
		if toks[j].key == "से" {
			return true
		}
	}
	return false
}

// dayFrom reports "<days> <month> से" ending at toks[k], the से: the
// days of a stay ("कोविंद 9-11 सितंबर से आइसलैंड में रहेंगे"); not a
// place one comes from, nor one day alone, a start with no end ("राजदूत
// 24 नवंबर से जापान में रहेंगे" is a posting, "… 9 नवंबर से अमेरिका में
// थे" a since).
func dayFrom(toks []token, k int) bool {
	if k < 3 || toks[k].key != "से" {
		return false
	}
	_, month := hindi.LookupMonth(toks[k-1].text)
	return month && hasDigit(toks[k-2].text) && hasDigit(toks[k-3].text)
}

func stayOf(toks []token, i int, until bool) (string, bool) {
	if i < 3 || !stayVerbs.has(toks[i].key) || toks[i-1].key != "में" {
		return "", false
	}
	if i+1 < len(toks) && !hindi.IsClauseWord(toks[i+1].text) && toks[i+1].key != "और" && toks[i+1].key != "तथा" {
		return "", false
	}
	// "दक्षिण अफ्रीका में रहेंगे": a country's name of two words.
	before := i - 3
	twoWord := ""
	if i >= 4 {
		if c, ok := countryCode(toks[i-3].text + " " + toks[i-2].text); ok {
			twoWord, before = c, i-4
		}
	}
	if w := toks[before]; !isNameWord(w) && w.key != "वह" && w.key != "वे" && !((w.key == "को" || w.key == "दोनों" || until && (daysUntil(toks, before) || dayFrom(toks, before))) && subjectBefore(toks, max(0, i-10), before)) {
		// "पुतिन 4 और 5 दिसंबर को भारत में होंगे", "राष्ट्रपति और पीएम
		// दोनों भारत में थे": a leader or an office as the subject, then
		// the days or "both", is a stay too; "नतीजे 4 जून को भारत में
		// होंगे" and "राष्ट्रपति के अनुसार चुनाव … होंगे" are not.
		return "", false
	}
	if twoWord != "" {
		return twoWord, true
	}
	if c, ok := countryCode(toks[i-2].text); ok {
		return c, true
	}
	// "चीनी राष्ट्रपति 11-12 अक्टूबर को चेन्नई में होंगे": a city, when
	// the one who will be there is told of another country.
	p, ok := lookupPlace(toks[i-2].text)
	if !ok || p.city == "" || p.country == "" {
		return "", false
	}
	for k := max(0, i-10); k < i-2; k++ {
		c := demonyms[toks[k].text]
		if c == "" {
			c = leaderCountry(toks[k].text)
		}
		if c != "" {
			return p.country, c != p.country
		}
	}
	return "", false
}

// namesSomeone reports a leader's name or an office: "पुतिन",
// "राष्ट्रपति".
func namesSomeone(t token) bool { return leaderCountry(t.text) != "" || offices.has(t.text) }

// subjectBefore reports a leader or an office in toks[from:to] that is
// no genitive's or agent's ("राष्ट्रपति के अनुसार", "मोदी ने"): one who may
// be the subject of the verb after.
func subjectBefore(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if k+1 < to && offices.has(toks[k].text+" "+toks[k+1].text) {
			k++ // "विदेश मंत्री": an office of two words
		} else if !namesSomeone(toks[k]) {
			continue
		}
		if k+1 < len(toks) {
			switch toks[k+1].key {
			case "के", "की", "का", "ने", "से", "को":
				continue
			}
		}
		return true
	}
	return false
}

// sentenceCues are the words without which a sentence tells no event:
// hitStart's, and the stayVerbs of "X में होंगे".
var sentenceCues = unionOf(hitStart, stayVerbs)

// twoCountries reports "X और Y के" shortly before toks[i]: the ministers
// of two countries meeting are a bilateral meeting.
func twoCountries(toks []token, i int) bool {
	subject, with := "", ""
	adj := 0
	if i > 0 && (toks[i-1].key == "अहम" || toks[i-1].key == "महत्वपूर्ण") {
		adj = 1 // "… विदेश मंत्रियों की अहम बैठक"
	}
	for j := max(0, i-14); j+2 < i; j++ {
		c, ok := countryCode(toks[j].text)
		if !ok {
			continue
		}
		if j >= i-7-adj && (toks[j+1].key == "और" || toks[j+1].key == "एवं") && !countryAt(toks, j-1) && countryAt(toks, j+2) {
			return true // not the last two of a list ("भारत, अमेरिका, जापान और ऑस्ट्रेलिया")
		}
		if pairBetween(toks, c, j, i) || j >= i-6-adj && pairName(toks, j) {
			return true
		}
		switch {
		case toks[j+1].key == "ने":
			subject = c
		case toks[j+1].key == "से" || toks[j+1].key == "के" && toks[j+2].key == "साथ":
			with = c
		}
	}
	// "भारत ने पाकिस्तान से 25 अगस्त को होने वाली विदेश सचिवों की बैठक":
	// one country's meeting with another.
	return subject != "" && with != "" && subject != with
}

// pairName reports two countries side by side at toks[j], and no third
// beside them: "भारत-अमेरिका मंत्रिस्तरीय वार्ता" (the hyphen is no token)
// is the talks of two, "भारत अमेरिका जापान और ऑस्ट्रेलिया के …" of four.
func pairName(toks []token, j int) bool {
	if !countryAt(toks, j+1) || countryAt(toks, j-1) || countryAt(toks, j+2) {
		return false
	}
	if j+2 < len(toks) && conflictWords.has(toks[j+2].key) {
		return false // "इजरायल-ईरान युद्धविराम पर … वार्ता": a war the talks are about
	}
	return j+2 >= len(toks) || toks[j+2].key != "और" && toks[j+2].key != "एवं" && toks[j+2].key != "तथा"
}

// conflictWords after a pair make it the talks' subject, not their sides.
var conflictWords = setOf("युद्ध", "संघर्ष", "युद्धविराम", "जंग", "लड़ाई", "टकराव")

// countryAt reports a country's name at toks[k], if there is a toks[k].
func countryAt(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	_, ok := countryCode(toks[k].text)
	return ok
}

// pairBetween reports two countries "X और Y के बीच" or "X Y के बीच" from
// toks[j] (X, of country c), ending before toks[i]: "अमेरिका भारत के बीच टू
// प्लस टू मंत्रिस्तरीय वार्ता" is the talks of two.
func pairBetween(toks []token, c string, j, i int) bool {
	k := j + 1
	if k < i && (toks[k].key == "और" || toks[k].key == "एवं") {
		k++
	}
	if k+2 >= i || toks[k+1].key != "के" || toks[k+2].key != "बीच" || !talksRightAfter(toks, k+3, i) {
		return false
	}
	d, ok := countryCode(toks[k].text)
	return ok && d != c
}

// talksRightAfter reports only words that qualify talks from toks[from] to
// the talk word toks[i]: "… के बीच टू प्लस टू मंत्रिस्तरीय वार्ता", not "…
// के बीच युद्धविराम पर … विदेश मंत्रियों की बैठक", whose pair is its topic.
func talksRightAfter(toks []token, from, i int) bool {
	if i-from > 5 {
		return false
	}
	for _, t := range toks[from:i] {
		if !talkQualifiers.has(t.key) && !hindi.IsLatin(t.text) {
			return false
		}
	}
	return true
}

// talkQualifiers may stand between "X और Y के बीच" and the talks' noun.
var talkQualifiers = setOf("टू", "प्लस", "मंत्रिस्तरीय", "मंत्री", "स्तरीय", "स्तर", "की", "होने", "वाली", "वाले", "द्विपक्षीय", "उच्चस्तरीय", "शिखर", "अहम", "महत्वपूर्ण")

// groupMinisters reports "G देशों के विदेश मंत्रियों की (दो दिवसीय)
// बैठक" before the talk word at toks[i]: the ministers of a group of
// countries meeting together.
func groupMinisters(toks []token, i int) bool {
	for j := max(0, i-8); j+1 < i; j++ {
		if groupWords.has(toks[j].key) && toks[j+1].key == "देशों" {
			for k := j + 2; k < i; k++ {
				if ministersWords.has(toks[k].key) {
					return true
				}
			}
		}
	}
	return false
}

// metEach reports ministers met one by one: "कई विदेश मंत्रियों से
// मुलाकात", "मंत्रियों से (अलग-अलग) मिले" — the ministers word and then से
// before the talk word at toks[i]. A meeting of ministers together is
// told "मंत्रियों की बैठक" or "मंत्रियों के साथ बैठक".
func metEach(toks []token, i int) bool {
	for j := max(0, i-4); j+1 < i; j++ {
		if ministersWords.has(toks[j].key) && toks[j+1].key == "से" {
			return true
		}
	}
	return false
}

// meansWords say by what means: "के माध्यम से", "के जरिए", "द्वारा".
var meansWords = setOf("माध्यम", "जरिए", "जरिये", "ज़रिए", "ज़रिये", "ज़रिया")

// byMeans reports a "के माध्यम से"/"के जरिए"/"द्वारा" within three words
// after word i: the video word names a means, as in "वीडियो
// कॉन्फ्रेंसिंग के माध्यम से".
func byMeans(at func(int) string, i int) bool {
	for j := i + 1; j <= i+3; j++ {
		// "वर्चुअल रूप से", "वर्चुअल माध्यम से": in that way.
		if at(j) == "द्वारा" || at(j) == "के" && meansWords.has(at(j+1)) || at(j) == "से" && j == i+2 && (at(j-1) == "रूप" || meansWords.has(at(j-1))) {
			return true
		}
	}
	return false
}

// sendWords make "रवाना" transitive: "रवाना किया" (sent off), not "रवाना
// हुए" (set off).
var sendWords = setOf("किया", "किए", "किये", "की", "करेंगे", "करेंगी", "करेगा", "करेगी", "कर", "करने", "करते", "करती", "करके")

// countryPairEnds reports two countries ending at toks[k], joined by और,
// व or तथा, or a hyphen ("भारत और पाकिस्तान", "भारत-पाकिस्तान").
func countryPairEnds(toks []token, k int) bool {
	if k < 1 || !isCountry(toks[k]) {
		return false
	}
	if isCountry(toks[k-1]) {
		return true
	}
	return k >= 2 && (toks[k-1].key == "और" || toks[k-1].key == "व" || toks[k-1].key == "तथा") && isCountry(toks[k-2])
}

// placeOrHereBefore reports a place or "यहां" right before toks[i], or
// before a date told between ("यहां 5 दिसंबर को आने").
func placeOrHereBefore(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-5); j-- {
		t := toks[j]
		if isPlaceWord(t.text) && !participles.has(t.key) || hereWords.has(t.key) {
			return true
		}
		if _, ok := hindi.LookupMonth(t.text); ok || t.key == "को" || hasDigit(t.text) {
			continue
		}
		return false
	}
	return false
}

// isCountry reports a token that names a country by itself.
func isCountry(t token) bool {
	_, ok := countryCode(t.text)
	return ok
}

// draftWords before an agreement make it one not yet signed: "मसौदा
// समझौते का आदान-प्रदान", texts exchanged to be signed later.
var draftWords = setOf("मसौदा", "प्रारूप", "प्रस्तावित", "मसौदे")

// exchanged reports "का आदान-प्रदान" (in any spelling of the compound)
// within the four words after the agreement word at i: "समझौतों और
// सहमति पत्रों का आदान-प्रदान".
func exchanged(at func(int) string, i int) bool {
	for j := i + 1; j <= i+4; j++ {
		if at(j) == "का" {
			return at(j+1) == "आदान-प्रदान" || at(j+1) == "आदान" && at(j+2) == "प्रदान"
		}
		if hindi.IsPostposition(at(j)) {
			return false
		}
	}
	return false
}

// receivedThings are what "मिली"/"मिले" before them says was received
// ("से मिली जानकारी", "से मिले निमंत्रण पर"), not whom one met.
var receivedThings = setOf("जानकारी", "जानकारियों", "खबर", "खबरों", "सूचना", "सूचनाओं", "इनपुट", "रिपोर्ट", "मदद", "सहायता",
	"मंजूरी", "स्वीकृति", "अनुमति", "संकेत", "संकेतों", "धमकी", "धमकियों", "जवाब", "प्रतिक्रिया", "राशि", "हथियार", "हथियारों",
	"सफलता", "समर्थन", "न्योता", "न्योते", "निमंत्रण", "आमंत्रण", "बधाई", "उपहार", "तोहफे", "सम्मान", "पुरस्कार", "कर्ज", "ऋण", "सबूत", "सबूतों", "दस्तावेज", "दस्तावेजों")

// pairMeetVerbs are the finite plural forms of मिलना that two people
// meeting each other take ("मिलने की उम्मीद" is no meeting).
var pairMeetVerbs = setOf("मिलेंगे", "मिले", "मिलीं", "मिलेंगी")

// pairBefore reports two people, the subject of toks[i], just before it in
// its clause: "दोनों नेता", or a leader or office on each side of और ("मोदी
// और अमेरिकी राष्ट्रपति ट्रंप"), not followed by a case ending.
func pairBefore(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].key == "या" || slices.ContainsFunc(toks[max(0, i-12):i], func(t token) bool { return t.key == "कब" || t.key == "क्या" }) {
		return false // "मोदी और ट्रंप कब मिलेंगे", "मिलेंगे या नहीं": a question
	}
	for j := i - 1; j >= max(0, i-12); j-- {
		k := toks[j].key
		if k == "नेता" && j > 0 && (toks[j-1].key == "दोनों" || toks[j-1].key == "तीनों") {
			return true
		}
		if _, n := officeAt(toks, j); n > 0 && j+n <= i && j >= 2 && (toks[j-1].key == "के" || toks[j-1].key == "की") && countryPairEnds(toks, j-2) {
			// "भारत और पाकिस्तान के विदेश सचिव … मिलेंगे": an office of each
			// side; not "… सचिवों को पुरस्कार मिले" (got). ("दोनों देशों
			// के विदेश मंत्री मिले" names no side to draft.)
			next := toks[j+n].key
			return next != "को" && next != "की" && next != "के" && next != "का"
		}
		if (k == "और" || k == "व" || k == "तथा") && j > 0 && namesPerson(toks[j-1]) {
			for r := j + 1; r < min(i, j+4); r++ {
				if namesPerson(toks[r]) {
					// "मोदी और पुतिन को उपहार मिले": got, not met.
					next := toks[r+1].key
					return next != "को" && next != "की" && next != "के" && next != "का"
				}
			}
		}
		if hindi.IsClauseWord(toks[j].text) || k == "से" || k == "ने" {
			return false
		}
	}
	return false
}

// oneClauseGap reports words between a phone word and a talk that join no
// other clause: no conjunction of clauses or auxiliary, and no verb
// followed by a day or a place of the talks' own ("और" joins nouns as
// often as clauses, so a verb before it is what tells). "टेलीफोन पर करीब दस मिनट
// दोनों देशों के नेताओं के बीच कई सामरिक मुद्दों पर वार्ता हुई" is one call,
// however long the way to its noun.
func oneClauseGap(gap []token) bool {
	for k, t := range gap {
		switch t.key {
		case "लेकिन", "कि", "जबकि", "तथा", "फिर", "है", "हैं", "था", "थी", "थे", "गया", "गई", "गए":
			return false
		}
		if (t.key != "की" && participles.has(t.key) || t.key == "पूछा" || t.key == "जताया") && ownDayOrPlace(gap[k+1:]) {
			return false // "… हालचाल पूछा और बुधवार को लंदन में … वार्ता होगी": a verb, then talks of their own day or place
		}
		if k+1 < len(gap) && gap[k+1].key == "में" && isPlaceWord(t.text) {
			return false // "… लंदन में … वार्ता होगी": talks placed somewhere
		}
	}
	return true
}

// appeal reports "कॉल" at toks[i] as a call for something: "… के लिए"
// shortly before it, with no verb between ("निंदा करने के लिए पश्चिमी कॉल",
// "युद्धविराम के लिए संयुक्त राष्ट्र महासचिव की कॉल"), and कॉल not made
// ("… बधाई देने के लिए कॉल किया" is a phone call).
func appeal(toks []token, i int) bool {
	if i+1 < len(toks) && (doWords.has(toks[i+1].key) && toks[i+1].key != "की" || toks[i+1].key == "किया" || toks[i+1].key == "किए") {
		return false
	}
	if i+1 < len(toks) && toks[i+1].key == "की" && (i+2 >= len(toks) || isAux(toks[i+2].key) || toks[i+2].key == "गई") {
		return false // "… के लिए कॉल की गई", "… कॉल की।": made; "अपनी कॉल की अनदेखी": its genitive
	}
	for j := i - 1; j >= max(1, i-6); j-- {
		if toks[j].key == "लिए" && toks[j-1].key == "के" {
			return true
		}
		if participles.has(toks[j].key) && toks[j].key != "की" {
			return false
		}
	}
	return false
}

// appealFor reports the talk word at toks[i] as what an appeal is for:
// "शांति वार्ता के लिए यूक्रेन की कॉल को खारिज कर दिया".
func appealFor(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].key != "के" || toks[i+2].key != "लिए" {
		return false
	}
	for k := i + 3; k < len(toks) && k <= i+7; k++ {
		if (toks[k].key == "कॉल" || toks[k].key == "call") && appeal(toks, k) {
			return true
		}
	}
	return false
}

// manyBodies are bodies of many countries whose meetings two may
// co-chair: "ग्लोबल काउंटर टेररिज्म फोरम", "… कार्य समूह", "… मंच".
var manyBodies = setOf("फोरम", "समूह", "मंच", "परिषद")

// forumMeeting reports the meeting at toks[i] of a forum or council:
// "पूर्वी आर्थिक मंच की बैठक", "ईस्टर्न इकोनॉमिक फोरम की बैठक", "सुरक्षा
// परिषद की बैठक" gather many; not one of two countries ("भारत-अमेरिका
// सीईओ फोरम की बैठक").
func forumMeeting(toks []token, i int) bool {
	if i < 2 || toks[i-1].key != "की" && toks[i-1].key != "के" || !manyBodies.has(toks[i-2].key) || toks[i-2].key == "समूह" {
		return false
	}
	countries := 0
	for _, t := range toks[max(0, i-6) : i-2] {
		if _, ok := countryCode(t.text); ok { // the tokens of "भारत-अमेरिका" are its two names
			countries++
		}
	}
	return countries < 2 && !twoCountries(toks, i)
}

// calledFor reports a gathering at toks[i] that someone asks to be held:
// "… कॉन्फ्रेंस आयोजित करने का आह्वान / की मांग / का प्रस्ताव".
func calledFor(toks []token, i int) bool {
	switch {
	case i+4 < len(toks) && toks[i+1].key == "आयोजित" && toks[i+2].key == "करने":
		i += 2
	case i+3 < len(toks) && (toks[i+1].key == "बुलाने" || toks[i+1].key == "कराने" || toks[i+1].key == "करने"):
		i++ // "… कॉन्फ्रेंस बुलाने का आह्वान किया", "… बुलाने की अपील की"
	default:
		return false
	}
	return (toks[i+1].key == "का" || toks[i+1].key == "की") && appealNouns.has(toks[i+2].key)
}

// appealNouns ask for something: "… करने का आह्वान".
var appealNouns = setOf("आह्वान", "मांग", "माँग", "प्रस्ताव", "सुझाव", "अपील")

// reachedNotPlace are what one reaches that is no place: "समझौते पर
// पहुंचे", "नतीजे पर पहुंचना".
var reachedNotPlace = setOf("समझौते", "सहमति", "नतीजे", "निष्कर्ष", "फैसले", "मुकाम", "स्तर", "ऊंचाई", "ऊंचाइयों", "सहमती", "करार")

// newsNouns come without travelling: "यह बयान उस वक्त आ रहा है जब …",
// "नतीजे सामने आ रहे हैं".
var newsNouns = setOf("बयान", "खबर", "खबरें", "फैसला", "निर्णय", "रिपोर्ट", "प्रतिक्रिया", "टिप्पणी", "सामने", "नतीजा", "नतीजे", "मामला", "मामले")

// wayWords after "पहुंचने का", "जाने की" name a way or a leave to go,
// not a journey: "पहुंचने का रास्ता", "आने की अनुमति".
var wayWords = setOf("रास्ता", "रास्ते", "मार्ग", "सुविधा", "इजाजत", "अनुमति", "वीजा", "वीज़ा", "खर्च")

// beginWords say something begins: "शुरू होगी", "आरंभ हुई".
var beginWords = setOf("शुरू", "शुरु", "आरंभ", "आरम्भ", "प्रारंभ")

// reporters are the press told as people ("पत्रकारों से बातचीत") or by
// name.
var reporters = setOf("पत्रकारों", "संवाददाताओं", "मीडियाकर्मियों", "रिपोर्टरों",
	// "न्यूज एजेंसी एएनआई से बातचीत में": an agency or a paper.
	"एजेंसी", "एएनआई", "पीटीआई", "आईएएनएस", "रॉयटर्स", "एएफपी", "चैनल", "अखबार", "ani", "pti", "ians", "reuters", "afp")

// talkPaths after "बातचीत का/के" name a way to talks or by them: "बातचीत
// का मार्ग प्रशस्त", "वार्ता की राह", "बातचीत के रास्ते".
var talkPaths = setOf("मार्ग", "रास्ता", "रास्ते", "राह")

// delegationWords name a delegation, someone all the same: "कोलंबो पहुंचे
// उच्चस्तरीय प्रतिनिधिमंडल ने".
var delegationWords = setOf("प्रतिनिधिमंडल", "शिष्टमंडल")

// partyWords name a party that will come, as a delegation does: "… का एक
// विशेष दूत … भारत आएगा", "… का एक उच्चस्तरीय दल …", "… की एक व्यापारिक
// टीम …" (comingOf); not "एनडीआरएफ का दल … घटनास्थल पर पहुंचा", a team
// at work.
var partyWords = setOf("दूत", "दल", "टीम", "मिशन", "समिति", "प्रतिनिधि")

// arrivedWords are the past participles of arriving.
var arrivedWords = setOf("पहुंचे", "पहुँचे", "पहुंचा", "पहुँचा", "पहुंचीं", "पहुंची", "आए", "आये", "पहुचे", "पहुचा", "पहुची", "पहुचीं")

// arrivalParticiple reports out[j] as an arrival told as a participle of
// the subject ("… नई दिल्ली पहुंचे चीनी विदेश मंत्री वांग यी ने …
// मुलाकात की"): a participle of arriving, the subject's ने within a few
// words after it with no event word between, and an event word after that.
func arrivalParticiple(toks []token, out []hit, j int) bool {
	h := out[j]
	if j+1 >= len(out) {
		return false
	}
	at := h.i
	switch {
	case h.i == h.last && arrivedWords.has(toks[h.i].key):
	case visitNouns.has(toks[h.last].key) && h.last+1 < len(toks) && toks[h.last+1].key == "पर":
		// "चार दिवसीय राजकीय दौरे पर (भारत) आए मुइज्जू ने": the visit
		// noun, then who came on it.
		if at = cameOnAt(toks, h.last+2); at < 0 {
			return false
		}
	default:
		return false
	}
	for k := at + 1; k < len(toks) && k <= at+10; k++ {
		if k >= out[j+1].i {
			return false
		}
		if toks[k].key == "ने" {
			return k > h.i+1
		}
		if hindi.IsClauseWord(toks[k].text) || toks[k].key == "और" {
			return false
		}
	}
	return false
}

// onBehalfAt reports "X की ओर से हिस्सा" (or भाग, शामिल) from toks[k]:
// one taking part for a country.
func onBehalfAt(toks []token, k int) bool {
	if k+4 >= len(toks) {
		return false
	}
	w := toks[k+4].key
	return toks[k+1].key == "की" && toks[k+2].key == "ओर" && toks[k+3].key == "से" && (w == "शामिल" || w == "हिस्सा" || w == "भाग")
}

// madeWords are the perfective forms of करना after an agreement noun.
var madeWords = setOf("किया", "किए", "किये")

// cameOnAt returns the index of a participle of coming or going among
// the three words from toks[from] ("दौरे पर भारत आए", "यात्रा पर गए"), or
// -1.
func cameOnAt(toks []token, from int) int {
	for k := from; k < len(toks) && k < from+3; k++ {
		if arrivedWords.has(toks[k].key) || cameWords.has(toks[k].key) || wentWords.has(toks[k].key) {
			return k
		}
	}
	return -1
}

// guestWords are the noun of "मुख्य अतिथि", "चीफ गेस्ट", "विदेशी मेहमान".
var guestWords = setOf("अतिथि", "अतिथी", "गेस्ट", "मेहमान")

// dayEvents are what a chief guest of 26 January attends.
var dayEvents = setOf("परेड", "समारोह", "समारोहों", "जश्न", "उत्सव")

// chiefGuestOf reports a chief guest at toks[i] of a day a country
// celebrates ("गणतंत्र दिवस", "स्वतंत्रता दिवस") told in the words
// before it, and a verb of being or joining after it: the guest's visit.
func chiefGuestOf(toks []token, i int) bool {
	day := false
	for k := max(0, i-20); k < i; k++ {
		if (toks[k].key == "गणतंत्र" || toks[k].key == "स्वतंत्रता") && k+1 < len(toks) && toks[k+1].key == "दिवस" || toks[k].key == "republic" {
			day = true
		}
		// "26 जनवरी के परेड के चीफ गेस्ट": the day named by its date and
		// its parade or celebration (not "26 जनवरी पर … का न्योता").
		if k+3 < len(toks) && (toks[k].key == "26" || toks[k].key == "२६") && toks[k+1].key == "जनवरी" &&
			(toks[k+2].key == "के" || toks[k+2].key == "की") && dayEvents.has(toks[k+3].key) {
			day = true
		}
	}
	if !day {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		switch toks[k].key {
		case "होंगे", "होंगी", "होगा", "होगी", "थे", "थीं", "था", "बनेंगे", "बनेंगी":
			return true
		}
		if hindi.IsClauseWord(toks[k].text) {
			break
		}
	}
	return false
}

// personPronouns stand for someone told before: "उन्हें … भारत आना था".
var personPronouns = setOf("उन्हें", "उनको", "वे", "वह", "दोनों")

// inPartyOf reports an arrival participle at toks[i] before a delegation
// named in a phrase of "में": "भारत पहुंचे अमेरिकी प्रतिनिधि मंडल में".
func inPartyOf(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].start-toks[i].end != 1 {
		return false // "… नई दिल्ली पहुंचे - प्रतिनिधि मंडल में …": a verb, then another sentence
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if hindi.IsPostposition(toks[k].text) {
			party := func(t token) bool { return delegationWords.has(t.key) || t.key == "मंडल" || t.key == "दल" } // "प्रतिनिधि मंडल", "प्रतिनिधि दल"
			return toks[k].key == "में" && k > i+1 && party(toks[k-1])
		}
		if hindi.IsClauseWord(toks[k].text) || predicateAux.has(toks[k].key) {
			return false
		}
	}
	return false
}

// someoneBefore reports a person named by office or name (or a
// delegation, or a pronoun standing for someone) among the ten words
// before toks[i]. Not a दल: a rescue team or a party's arrives too.
func someoneBefore(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-10); k-- {
		if toks[k].key == "उनका" || toks[k].key == "इनका" {
			return true // "… उनका भारत आना रद्द हो गया है": his coming
		}
		// A name of two words ends at k too: "किम जोंग उन चीन पहुंचा".
		leader2 := k > 0 && twoWordLeader(toks[k-1], toks[k])
		if !namesSomeone(toks[k]) && !leader2 && !delegationWords.has(toks[k].key) && !(partyWords.has(toks[k].key) && comingOf(toks[i].key)) && !personPronouns.has(toks[k].key) {
			continue
		}
		if toks[i].key == "आना" {
			return true // "ट्रंप का फरवरी में भारत आना था": the coming's subject takes का
		}
		// "जयशंकर के बयान का मामला … पहुंचा", "शरीफ का पत्र … पहुंचा": one
		// who owns what arrives does not arrive; nor does one पर makes
		// the topic ("किम जोंग उन पर प्रतिबंध का प्रस्ताव रूस पहुंचा").
		owner := false
		for n := k + 1; n < i && n <= k+3; n++ {
			if w := toks[n].key; w == "का" || w == "के" || w == "की" || w == "पर" {
				owner = true
				break
			}
			if !namesSomeone(toks[n]) && !isNameWord(toks[n]) && !twoWordLeader(toks[n-1], toks[n]) {
				break
			}
		}
		if !owner {
			return true
		}
	}
	return false
}

// comingOf reports the singular futures of coming, आएगा and आएगी.
func comingOf(w string) bool { return w == "आएगा" || w == "आएगी" }

// twoWordLeader reports a leader's name of two words written a, b, one
// space apart: "किम जोंग", "जोंग उन".
func twoWordLeader(a, b token) bool {
	return b.start == a.end+1 && leaderCountry(a.text+" "+b.text) != ""
}

// arrivalOfNoOne reports an arrival participle at toks[i] whose subject,
// up to its ने, names no office, leader or country: "दिल्ली पहुंचे
// किसानों ने".
func arrivalOfNoOne(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if t.key == "ने" {
			return k > i+1
		}
		if namesSomeone(t) || demonyms[t.text] != "" || isCountry(t) || delegationWords.has(t.key) || hindi.IsClauseWord(t.text) {
			return false
		}
	}
	return false
}

// venueWords end the name of a building one reaches within a city:
// "व्हाइट हाउस", "राष्ट्रपति भवन", "संयुक्त राष्ट्र मुख्यालय" (not an
// airport, which one reaches from abroad).
var venueWords = setOf("हाउस", "भवन", "मुख्यालय", "निवास", "महल", "सचिवालय", "होटल")

// reachedAgreement reports a finite form of पहुंचना after "समझौते पर":
// "पहुंचे", "पहुंच गया", "पहुंच चुके"; not "पहुंचने की कोशिश", an
// infinitive of what is still sought.
func reachedAgreement(w, next string) bool {
	switch w {
	case "पहुंचे", "पहुँचे", "पहुंचा", "पहुँचा", "पहुंची", "पहुँची":
		return true
	case "पहुंच", "पहुँच":
		return reachedWords.has(next) || next == "गया" || next == "चुका"
	}
	return false
}

// recipientBefore reports "X को" in toks with X a place or a leader: one
// who receives ("पाकिस्तान को चीन से मिल सकते हैं विमान"), not the day of
// "20 दिसंबर को".
func recipientBefore(toks []token) bool {
	for j := 1; j < len(toks); j++ {
		if toks[j].key == "को" && (isPlaceWord(toks[j-1].text) || leaderCountry(toks[j-1].text) != "") {
			return true
		}
	}
	return false
}

// placeRightBefore reports a place right before toks[i], or before at most
// two adverbs there: "जापान जा पाएंगे", "जापान नहीं जा पाएंगे", "भारत जरूर
// आऊंगा", "भारत दोबारा आऊंगा".
func placeRightBefore(toks []token, i int) bool {
	for n := 0; n < 2 && i > 1 && verbAdverbs.has(toks[i-1].key); n++ {
		i--
	}
	return hasPlaceBefore(toks, i)
}

// verbAdverbs stand between a place and the verb of going there.
var verbAdverbs = setOf("नहीं", "जरूर", "ज़रूर", "अवश्य", "दोबारा", "फिर", "भी", "जल्द", "ही", "शीघ्र")

// namesPerson reports a leader's name or an office at t.
func namesPerson(t token) bool { return leaderCountry(t.text) != "" || offices.has(t.text) }

// personIn reports a leader named or an office among toks: one who
// travels ("मोदी … जापान नहीं जा पाएंगे"), not "पर्यटक" or "उड़ानें".
func personIn(toks []token) bool { return slices.ContainsFunc(toks, namesPerson) }

// venueNouns end the name of a venue within a city: "एक्सपो सेंटर",
// "कन्वेंशन सेंटर", "ताज होटल".
var venueNouns = setOf("सेंटर", "सेन्टर", "होटल", "स्टेडियम", "हॉल", "ऑडिटोरियम")

// cityOfVenue reports "X के" in the four words before the venue noun at
// toks[v]: "टोक्यो के इंपीरियल होटल", the city the journey goes to.
func cityOfVenue(toks []token, v int) bool {
	for j := v - 1; j >= max(1, v-4); j-- {
		if toks[j].key == "के" && isPlaceWord(toks[j-1].text) {
			return true
		}
	}
	return false
}

// homeVenue reports the two words before an arrival as a venue of talks in
// New Delhi: reaching it is a move within a visit, not a journey.
func homeVenue(a, b string) bool {
	switch a + " " + b {
	case "हैदराबाद हाउस", "राष्ट्रपति भवन", "साउथ ब्लॉक", "सुषमा स्वराज भवन", "जवाहरलाल नेहरू भवन":
		return true
	}
	return false
}

// withOffice reports "से" or "के साथ" in the ten words before toks[i],
// in its clause, after an office in the six words before that:
// "राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल से … चर्चा का कार्यक्रम".
func withOffice(toks []token, i int) bool {
	for j := i - 1; j >= max(1, i-10); j-- {
		if hindi.IsClauseWord(toks[j].text) {
			return false
		}
		if k, with := withAt(toks, j); with {
			// The person ends right before से: an office, then a name
			// at most; not "प्रधानमंत्री के बयान पर सोमवार से" (from).
			for m := k; m >= max(0, k-6); m-- {
				if o, _ := officeAt(toks, m); o != "" {
					return true
				}
				if hindi.IsPostposition(toks[m].text) || dateWord(toks[m]) {
					return false
				}
			}
			return false
		}
	}
	return false
}

// leadersBetween reports "X और Y के बीच" in the few words before toks[i]
// and in its clause, X and Y leaders of two countries by name:
// "मोदी और हसीना के बीच … चर्चा होगी"; not "दोनों देशों के बीच", nor a
// topic ("व्यापार और निवेश के बीच").
func leadersBetween(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	if next := toks[min(i+1, len(toks)-1)].key; toks[i-1].key == "की" && !strings.HasPrefix(next, "होग") && !strings.HasPrefix(next, "करें") {
		// "… के बीच … खटास की चर्चा हो रही है": talk of something in the
		// air; "… के बीच तीस्ता जल बंटवारे की चर्चा होगी" is talks.
		return false
	}
	for j := i - 1; j >= max(2, i-6); j-- {
		if hindi.IsClauseWord(toks[j].text) {
			return false
		}
		if toks[j].key != "बीच" || toks[j-1].key != "के" {
			continue
		}
		// The two leaders of the phrase right before the nearest "के बीच"
		// ("प्रधानमंत्री मोदी और राष्ट्रपति पुतिन के बीच"), joined; not past a
		// postposition or another बीच ("… के बीच बढ़ते तनाव के बीच": amid).
		before, after, joined := "", "", false
		for k := j - 2; k >= max(0, j-9); k-- {
			w := toks[k].key
			if w == "बीच" || hindi.IsPostposition(toks[k].text) || hindi.IsClauseWord(toks[k].text) && !joinWords.has(w) {
				break
			}
			if joinWords.has(w) {
				joined = true
				continue
			}
			if c := leaderCountry(toks[k].text); c != "" {
				if !joined {
					after = c
				} else if before == "" {
					before = c
				}
			}
		}
		return before != "" && after != "" && before != after
	}
	return false
}

// withCounterparts reports "… समकक्षों के साथ" or "समकक्ष से" within the
// dozen words before toks[i] and in its clause: "दोनों देशों के समकक्षों के
// साथ … चर्चा करेंगे", talks with one's counterparts abroad.
func withCounterparts(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if stateOffices.has(toks[k].key) && slices.ContainsFunc(toks[k+1:min(i, k+5)], func(t token) bool { return t.key == "ने" }) {
			return false // "मुख्यमंत्री … ने अपने समकक्षों के साथ … चर्चा की": a state's, no country's
		}
	}
	for j := i - 1; j >= max(1, i-12); j-- {
		if hindi.IsClauseWord(toks[j].text) && !joinWords.has(toks[j].key) {
			return false // not "द्विपक्षीय एवं अंतरराष्ट्रीय मसलों पर", the topic's words joined
		}
		if k, with := withAt(toks, j); with && k >= 0 && (toks[k].key == "समकक्षों" || toks[k].key == "समकक्ष") {
			return true
		}
	}
	return false
}

// stateOffices are the offices of a state of a country, whose
// counterparts are other states'.
var stateOffices = setOf("मुख्यमंत्री", "उपमुख्यमंत्री", "राज्यपाल", "सीएम")

// withSomeone reports "के साथ" or "से" within the dozen words before
// toks[i] and in its clause, after a country or a demonym in the few words
// before it: "… सिरिसेना और श्रीलंका सरकार के अन्य शीर्ष अधिकारियों के साथ
// कई मामलों पर चर्चा". Talks of home's own ("गृह मंत्री अमित शाह के साथ")
// and "से पहले" (before) are not.
func withSomeone(toks []token, i int) bool {
	for j := i - 1; j >= max(1, i-12); j-- {
		if hindi.IsClauseWord(toks[j].text) {
			return false
		}
		k, with := withAt(toks, j)
		if !with || toks[j].key == "से" && sequenceAfter(toks, j) {
			continue
		}
		country := func(t token) bool {
			_, ok := countryCode(t.text)
			return ok || demonyms[t.text] != ""
		}
		for m := k; m >= max(0, j-8); m-- {
			if country(toks[m]) {
				return true
			}
		}
		// "सऊदी अरब के क्राउन प्रिंस … ने … प्रधानमंत्री नरेंद्र मोदी के साथ
		// … चर्चा की": a leader named, whose country the name says, with
		// a subject of another country. Not "भारतीय सेना प्रमुख ने … रक्षा
		// मंत्री राजनाथ सिंह के साथ", one country's own.
		theirs := ""
		for m := k; m >= max(0, k-3) && theirs == ""; m-- {
			theirs = leaderCountry(toks[m].text)
		}
		for m := k; theirs != "" && m > 0; m-- {
			if toks[m].key == "ने" {
				for n := m - 1; n >= max(0, m-8) && !hindi.IsClauseWord(toks[n].text); n-- {
					c, ok := countryCode(toks[n].text)
					if !ok {
						c = demonyms[toks[n].text]
					}
					if c != "" {
						return c != theirs
					}
				}
				break
			}
		}
		return false
	}
	return false
}

// pluralEvents are the plural forms of event nouns.
var pluralEvents = setOf("दौरे", "दौरों", "यात्राएं", "यात्राएँ", "यात्राओं", "बैठकें", "बैठकों", "मुलाकातें", "वार्ताएं", "वार्ताओं")

// manyOf reports a plural event noun at toks[i] counted as many, with no
// number: "कई उच्च-स्तरीय वार्ता और दौरे", "अनेक यात्राएं".
func manyOf(toks []token, i int) bool {
	if !pluralEvents.has(toks[i].key) {
		return false
	}
	for j := i - 1; j >= max(0, i-6); j-- {
		switch k := toks[j].key; k {
		case "कई", "अनेक", "विभिन्न", "तमाम":
			return true
		case "के", "की", "का", "में", "से", "को", "पर", "बाद", "ने":
			return false // "कई साल बाद राष्ट्रपति के भारत दौरे की घोषणा": the many are of something else
		}
	}
	return false
}

// ownDayOrPlace reports a day or a place among words: a number, a weekday,
// or "X में" of a place.
func ownDayOrPlace(ws []token) bool {
	for k, t := range ws {
		if hasDigit(t.text) || weekdayWords.has(t.key) || k+1 < len(ws) && ws[k+1].key == "में" && isPlaceWord(t.text) {
			return true
		}
	}
	return false
}

// weekdayWords are the days of the week.
var weekdayWords = setOf("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार")

// twoBetween reports "दोनों (नेताओं/देशों) के बीच" among toks: talks
// between two, not "तनाव के बीच" (amid).
func twoBetween(toks []token) bool {
	for i := 2; i < len(toks); i++ {
		if toks[i].key == "बीच" && toks[i-1].key == "के" && (toks[i-2].key == "दोनों" || i >= 3 && toks[i-3].key == "दोनों") {
			return true
		}
	}
	return false
}
