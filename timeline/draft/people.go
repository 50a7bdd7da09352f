package draft

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
)

// offices are the titles of the people diplomatic news names, one or two
// words, as printed.
var offices = setOf(
	"प्रधानमंत्री", "प्रधान मंत्री", "पीएम", "राष्ट्रपति", "उपराष्ट्रपति", "विदेश मंत्री", "विदेशमंत्री", "रक्षा मंत्री",
	"रक्षामंत्री", "गृहमंत्री", "गृह मंत्री", "वाणिज्य मंत्री", "वित्त मंत्री", "विदेश सचिव", "विदेश राज्य मंत्री",
	"राज्य मंत्री", "एनएसए", "समकक्ष", "समकक्षों", "चांसलर", "राजदूत", "मंत्री", "संस्कृति मंत्री", "महासचिव", "नेताओं",
	"नेता", "प्रतिनिधि", "विशेष प्रतिनिधि", "प्रतिनिधियों", "अधिकारियों", "मंत्रियों", "विदेश मंत्रियों", "रक्षा मंत्रियों", "विदेश सचिवों",
	"राष्ट्राध्यक्षों", "पत्नी", "पति",
	// Heads of state and government by other titles, their deputies, and
	// the other offices diplomatic news names most: "कतर के अमीर", "सऊदी
	// अरब के क्राउन प्रिंस", "ईरान के सर्वोच्च नेता", "बांग्लादेश की
	// अंतरिम सरकार के मुख्य सलाहकार", "मोजाम्बिक के संसद अध्यक्ष".
	"उप राष्ट्रपति", "उपप्रधानमंत्री", "उप प्रधानमंत्री", "उप प्रधान मंत्री", "क्राउन प्रिंस", "युवराज",
	"शहजादे", "शहज़ादे", "राजा", "महाराजा", "सम्राट", "सुल्तान", "अमीर", "शासक", "सर्वोच्च नेता", "राष्ट्राध्यक्ष",
	"शासनाध्यक्ष", "मुख्य सलाहकार", "गवर्नर जनरल", "प्रेसिडेंट", "प्राइम मिनिस्टर", "संसद अध्यक्ष",
	"उच्चायुक्त", "राष्ट्रीय सुरक्षा सलाहकार", "सुरक्षा सलाहकार", "उप विदेश मंत्री", "उपविदेश मंत्री",
	"व्यापार मंत्री", "ऊर्जा मंत्री", "पेट्रोलियम मंत्री", "सेना प्रमुख", "सेनाध्यक्ष", "फील्ड मार्शल",
	// "फ्रांस के विदेश मामलों के मंत्री जीन यवेस लेड्रियन": the full title.
	"विदेश मामलों के मंत्री", "विदेश मामलों की मंत्री",
	// A chief minister a visitor meets: "… मुख्यमंत्री से होगी वार्ता".
	"सीएम", "मुख्यमंत्री",
	// Monarchs: "डेनमार्क की महारानी मार्ग्रेट द्वितीय", "स्वाजीलैंड के नरेश
	// एमस्वाती तृतीय", "ब्रिटेन के किंग चार्ल्स".
	"महारानी", "रानी", "नरेश", "किंग", "क्वीन",
	// "यूरोपीय आयोग की अध्यक्ष", "यूरोपीय परिषद के अध्यक्ष", "बांग्लादेशी
	// संसद की स्पीकर".
	"अध्यक्ष", "स्पीकर",
	// English and Urdu titles news prints too: "पाकिस्तान के वज़ीर-ए-आज़म".
	"फॉरेन मिनिस्टर", "डिफेंस मिनिस्टर", "रक्षा सचिव", "शहजादा", "वजीरे आजम", "वजीर ए आजम", "वजीर ऐ आजम")

// aideAt returns the index of an aide's title at toks[k], or after at
// most three words of its field ("विदेश मामलों के सलाहकार"), or -1.
func aideAt(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if _, n := officeAt(toks, j); n > 0 {
			if j == k && aides.has(toks[j+n-1].key) {
				return j + n - 1 // "राष्ट्रपति के राष्ट्रीय सुरक्षा सलाहकार": an aide's office
			}
			return -1 // "प्रधानमंत्री के साथ राष्ट्रीय सुरक्षा सलाहकार": another's office
		}
		if aides.has(toks[j].key) {
			return j
		}
		if hindi.IsClauseWord(toks[j].text) {
			return -1
		}
	}
	return -1
}

// aides serve an office: "प्रधानमंत्री के (मीडिया) सलाहकार", "राष्ट्रपति
// के प्रवक्ता", "राष्ट्रपति के विशेष दूत". (Not सहयोगी, सहायक: "सहयोगी
// देशों" are allies.)
var aides = setOf("सलाहकार", "प्रवक्ता", "दूत")

// arabicName reports a name joined by बिन or अल ("शेख तमीम बिन हमद अल
// थानी", "फैसल बिन फरहान अल सऊद"): such names run past four words.
func arabicName(name []string) bool {
	for _, w := range name {
		if w == "बिन" || w == "बिंत" || w == "अल" || strings.HasPrefix(w, "अल-") {
			return true
		}
	}
	return false
}

// bodyCountry reads the country of a body named before the के or की at
// toks[j] that an office is of: a demonym or "X के/की" at most four
// words back ("बांग्लादेशी संसद की", "नेपाल की संसद के", "ब्रिटेन के
// हाउस ऑफ कॉमन्स के"). It returns the code and where its name starts.
func bodyCountry(text string, toks []token, j int) (string, int, bool) {
	for k := j - 1; k >= max(0, j-5); k-- {
		if hindi.IsClauseWord(toks[k].text) || eventWord(toks[k].key) || offices.has(toks[k].text) || joinedByPunct(text, toks[k], toks[k+1]) {
			break
		}
		if c := demonyms[toks[k].text]; c != "" {
			return c, k, true
		}
		if (toks[k].key == "के" || toks[k].key == "की") && k >= 1 {
			if c, at, ok := countryBefore(text, toks, k); ok {
				return c, at, true
			}
		}
	}
	return "", 0, false
}

// wordTitles are offices that are also words or names of their own
// ("अमीर" is rich, and a given name; "युवराज सिंह", "सम्राट चौधरी", "नरेश
// गोयल", "रानी मुखर्जी", "किंग खान"):
// officeAt reads them only after के or की ("कतर के अमीर").
var wordTitles = setOf("अमीर", "राजा", "युवराज", "सम्राट", "महाराजा", "महारानी", "रानी", "नरेश", "किंग", "क्वीन", "अध्यक्ष", "स्पीकर")

// institutionWords after an office make it the name of a body or a
// building: "राष्ट्रपति भवन", "प्रधानमंत्री कार्यालय", "राष्ट्रपति पैलेस".
var institutionWords = setOf("सचिवालय", "भवन", "कार्यालय", "निवास", "आवास", "दफ्तर", "दफ़्तर", "पद", "चुनाव", "पैलेस", "महल",
	"तंत्र", "प्रणाली") // "विशेष प्रतिनिधि तंत्र के तहत": a mechanism of talks

// takingOffice after an office make it the office someone took: "प्रधानमंत्री
// बनने के बाद".
var takingOffice = setOf("बनने", "बने", "बनी", "बनीं", "बनकर", "बनते", "बनना", "बन", "बना", "बनेंगे", "बनेंगी", "बनेगा", "बनेगी") // "राष्ट्राध्यक्ष बन गए"

// spouses travel with the one named before them, of the same country:
// "बराक ओबामा को पत्नी मिशेल के साथ".
var spouses = setOf("पत्नी", "पति")

// orgNames are international bodies whose officers belong to no country
// (the European Union's institutions are a side of their own: places.go).
var orgNames = setOf("संयुक्त राष्ट्र", "संयुक्त राष्ट्र महासभा", "संयुक्त राष्ट्र सुरक्षा परिषद", "यूएन", "नाटो", "आसियान", "अफ्रीकी संघ", "अरब लीग", "विश्व बैंक", "आईएमएफ",
	"अंतरराष्ट्रीय मुद्रा कोष", "अंतर्राष्ट्रीय मुद्रा कोष", "डब्ल्यूएचओ", "विश्व स्वास्थ्य संगठन", "डब्ल्यूटीओ", "विश्व व्यापार संगठन",
	"राष्ट्रमंडल", "ओपेक", "सार्क", "बिम्सटेक", "शंघाई सहयोग संगठन", "एससीओ", "ब्रिक्स", "जी20", "जी-20", "यूनेस्को", "यूनिसेफ", "इंटरपोल", "आईएईए")

// orgBefore reports the name of an international body among the words
// right before toks[i] (an office), across "के"/"की"/"का". The name is
// read as the text prints it, hyphens and all ("जी-20").
func orgBefore(text string, toks []token, i int) bool {
	end := i
	if end > 0 && genitives.has(toks[end-1].key) {
		end--
	}
	for start := end - 1; start >= max(0, end-4); start-- {
		if orgNames.has(text[toks[start].start:toks[end-1].end]) {
			return true
		}
	}
	return false
}

// groupOffices name people only with a country: "चीन के नेताओं", not
// "दोनों नेता".
var groupOffices = map[string]bool{"नेताओं": true, "नेता": true, "प्रतिनिधि": true, "प्रतिनिधियों": true, "अधिकारियों": true, "समकक्ष": true, "समकक्षों": true,
	"मंत्रियों": true, "विदेश मंत्रियों": true, "रक्षा मंत्रियों": true, "विदेश सचिवों": true, "राष्ट्राध्यक्षों": true}

// officeKey is an office as the registry of names keys it: one spelling
// for "प्रधान मंत्री", "प्रधानमंत्री" and "पीएम", and for an office and its
// abbreviation ("एनएसए").
func officeKey(o string) string {
	o = strings.ReplaceAll(o, " ", "")
	switch o {
	case "पीएम":
		return "प्रधानमंत्री"
	case "सीएम":
		return "मुख्यमंत्री"
	case "एनएसए":
		return "राष्ट्रीयसुरक्षासलाहकार"
	case "विदेशमामलोंकेमंत्री", "विदेशमामलोंकीमंत्री":
		return "विदेशमंत्री" // the full title of the same office
	}
	return o
}

// officeFirst holds the first word of every office, so that officeAt
// looks at most words once.
var officeFirst = func() wordSet {
	s := setOf()
	for o := range offices.words {
		s.add(strings.Fields(o)[0])
	}
	return s
}()

// honorifics stand before a name and are not part of it.
var honorifics = setOf("श्री", "श्रीमती", "डॉ", "डॉक्टर", "अपने", "अपनी", "उनके", "उनकी", "प्रिंस", // "विदेश मंत्री प्रिंस फैसल"
	"महामहिम", "माननीय") // "प्रधानमंत्री महामहिम नरेंद्र मोदी"

// asOffice follow "के"/"की" after an office held by the name before it:
// "के तौर पर", "के रूप में".
var asOffice = setOf("तौर", "रूप", "रुप")

// person is a participant found in the text, with the span of its mention.
type person struct {
	timeline.Participant
	start, end int
	// counterpart reports one whom the subject meets: "… से", "… के साथ".
	counterpart bool
	// homeGuess reports an office whose country the text does not say
	// (no demonym, "X के", name or list): home, by default.
	homeGuess bool
}

// namelessOffices are offices of people the news does not name after
// them: "रूस और यूक्रेन के प्रतिनिधि".
var namelessOffices = setOf("प्रतिनिधि")

// nameStop are words that end a name: postpositions, clause words and the
// like; verbs and event words end it too (see isNameWord).
var nameStop = setOf("जी", "ने", "से", "को", "का", "की", "के", "में", "पर", "तक", "और", "व", "एवं", "तथा", "भी", "ही", "आज", "कल",
	"साथ", "बीच", "द्वारा", "यहां", "वहां", "इस", "उस", "यह", "वह", "जो", "शनिवार", "रविवार", "सोमवार", "मंगलवार", "बुधवार",
	"गुरुवार", "बृहस्पतिवार", "शुक्रवार", "अब", "फिर", "सहित", "समेत", "लिए", "लेकर", "नहीं", "एक", "दो", "तीन",
	"चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस", // "प्रचंड चार दिवसीय भारत दौरे पर": a count opens the next phrase
	"उर्फ", // "पुष्प कमल दहल उर्फ प्रचंड": the name, then another it goes by
	// A possessive opens the next phrase: "जापानी विदेश मंत्री इसके लिए …".
	"इसके", "उसके", "इसकी", "उसकी", "इसका", "उसका", "इनके", "उनके", "इनकी", "उनकी")

// sequenceWords after "X के" order events, and say nothing of whose
// office follows: "अफगानिस्तान के बाद अचानक पीएम मोदी पाकिस्तान पहुंचे".
var sequenceWords = setOf("बाद", "पश्चात", "दौरान", "अलावा", "बजाय") // not पहले, पूर्व: "मालदीव के पूर्व राष्ट्रपति", "अफगानिस्तान के पहले उपराष्ट्रपति"

// mannerWords before से say how people met ("गर्मजोशी से", "विस्तार से"),
// and are no name there; some are given names elsewhere ("प्रेम", "खुशी").
var mannerWords = setOf("गर्मजोशी", "उत्साह", "खुशी", "प्रेम", "आत्मीयता", "संक्षेप", "विस्तार")

// notName are words that open the predicate or the next phrase after a
// name, and so end it: "पुतिन आगामी दिसंबर में", "मोदी अचानक तय हुई", "मोदी
// कई देशों", "विदेश मंत्री शामिल होंगे".
var notName = setOf("दोनों", "आगामी", "अगले", "अगली", "पिछले", "पिछली", "गत", "विगत", "बीते", "अचानक", "तय", "कई", "अनेक", "सभी", "कुछ",
	"शामिल", "मौजूद", "उपस्थित", "सपरिवार", "हाल", "हालिया", // "टोबगे हाल में … आए थे": recently
	"जल्द", "जल्दी", "शीघ्र", // "दोनों देशों के राष्ट्रपति जल्द ही बातचीत कर सकते हैं": soon
	"भाग", "हिस्सा", "शिरकत", // "… के नेता भाग लेंगे": taking part, no name
	"मुख्य", "चीफ", // "राष्ट्रपति मुख्य अतिथि के तौर पर": a role, no name
	// "भारतीय प्रधानमंत्री हैं, जो", "राष्ट्रपति बने तो": a verb of being.
	"है", "हैं", "था", "थे", "थी", "थीं", "हो", "बना", "बने", "बनी", "बनीं", "रहे", "रहीं",
	// "उपराष्ट्रपति अमरुल्लाह सालेह आए": a verb of coming or going.
	"आए", "आईं", "आई", "आया", "गए", "गईं", "गई", "गया",
	// "पीएम कहां-कहां जाएंगे": a question word.
	"कहां", "कहाँ", "कहां-कहां", "कहाँ-कहाँ", "कब", "क्यों", "कैसे", "क्या", "किस", "किस-किस", "किससे", "किन", "किन-किन",
	// "मोदी पांचवें विदेशी", "स्वराज दस दिवसीय", "जयशंकर इन दिनों": the next phrase.
	"इन", "उन", "दिनों", "वार्षिक", "दिवसीय", "पहले", "पहली", "दूसरे", "दूसरी", "तीसरे", "चौथे", "पांचवें", "शिखर",
	// "औपचारिक रूप से": how they met (see mannerWords); "एर्दोग़ान
	// अधिकारिक दौरे पर", "… राजकीय यात्रा पर": the kind of visit.
	"औपचारिक", "अनौपचारिक", "आधिकारिक", "अधिकारिक", "राजकीय", "निजी",
	// "शिंजो अबे खुद मोदी का स्वागत करेंगे": himself, after the name.
	"खुद", "ख़ुद", "स्वयं",
	// "सुल्तान हैथम बिन तारिक अपनी …", "बोलसोनारो गणतंत्र दिवस", "भारत
	// गणराज्य के प्रधानमंत्री": the next phrase.
	"अपनी", "अपने", "अपना", "गणतंत्र", "गणराज्य", "सहयोग", "संगठन", "कानून", "परमाणु",
	// "प्रतिपक्ष (के नेता) महिंदा राजपक्षे": the opposition, no name.
	"प्रतिपक्ष", "विपक्ष",
	// "अमेरिका और चीन के राष्ट्रपति तनावपूर्ण रिश्ते के बावजूद": relations, no name.
	"रिश्ते", "रिश्तों", "संबंध", "संबंधों",
	// "प्रधानमंत्री उनसे मुलाकात करेंगे": a pronoun, the one met.
	"उनसे", "उन्हें", "उनको", "इनसे", "इन्हें", "इनको",
	// "फ्रांस के विदेश मंत्री कोविड-19 के चलते …": the pandemic, no name.
	"कोविड", "कोरोना", "महामारी",
	// Nepali spellings of weekdays, which hindidate does not read: "भट्टराई शुक्रबार".
	"आइतबार", "सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार")

// people returns the participants named in text[c.start:c.end] (toks are
// its tokens): an office with its country (a demonym before it, "X के/की"
// before it, or home when neither) and the name after it, "रूसी राष्ट्रपति
// व्लादिमीर पुतिन", "पाकिस्तान के प्रधानमंत्री नवाज़ शरीफ़", "विदेश मंत्री
// एस. जयशंकर"; and names alone that an earlier mention introduced (known,
// by each word of the name).
//
// abroad is the foreign country the sentence is set in, or "": an office
// without a country that a home official meets ("राष्ट्रपति हसन रूहानी के
// साथ", "विदेश मंत्री एरिका मौयनेस … से") is that country's.
func people(text string, toks []token, known map[string]timeline.Participant, home, abroad string) []person {
	// The people are gathered in a working slice reused from call to
	// call; the result, deduped, is a slice of its own.
	buf := peopleBufs.Get().(*[]person)
	defer peopleBufs.Put(buf)
	out := (*buf)[:0]
	defer func() { clear(out); *buf = out[:0] }()
	for i := 0; i < len(toks) && len(out) < maxPeople; i++ {
		office, n := officeAt(toks, i)
		if n == 0 {
			if nameStop.has(toks[i].key) {
				continue // "के", "से": no one's name, and the commonest words
			}
			if p, ok := known[toks[i].text]; ok {
				if sharedSurnames.has(toks[i].key) && (i+1 < len(toks) && (toks[i+1].key == "दरबार" || toks[i+1].key == "द्वार") || i > 0 && strings.TrimSuffix(toks[i-1].key, ".") == "डॉ" && !strings.Contains(p.Title.Hi, "डॉ")) {
					continue // "सिंह दरबार" is Kathmandu's seat of government; "डॉ. सिंह" is most often Manmohan Singh
				}
				if !sequenceAfter(toks, i+1) {
					out = append(out, person{Participant: p, start: toks[i].start, end: toks[i].end, counterpart: counterpartAfter(text, toks, i+1)})
				}
			} else if name, c, m := leaderNameAt(text, toks, i); m > 0 {
				if sequenceAfter(toks, i+m) {
					i += m - 1
					continue
				}
				// "पुतिन", "शी जिनपिंग": a leader's name alone says the country.
				p := person{start: toks[i].start, end: toks[i+m-1].end}
				p.Name, p.Country = timeline.Text{Hi: name}, c
				p.counterpart = counterpartAfter(text, toks, i+m)
				out = append(out, p)
				i += m - 1
			}
			continue
		}
		after := i + n // the word after the office, past an abbreviation in parentheses ("विशेष प्रतिनिधि (एसआर) तंत्र")
		if after+1 < len(toks) && inParens(text, toks[after-1], toks[after]) {
			after++
		}
		if after < len(toks) && office == "विशेष प्रतिनिधि" && (eventWord(toks[after].key) || dialogueWords.has(toks[after].key) || toks[after].key == "स्तर") {
			i = after - 1 // "विशेष प्रतिनिधि वार्ता": the talks' name, no one
			continue
		}
		if after < len(toks) && (institutionWords.has(toks[after].key) || takingOffice.has(toks[after].key)) {
			// "राष्ट्रपति सचिवालय", "प्रधानमंत्री कार्यालय": a place or a
			// body, no one; "प्रधानमंत्री बनने के बाद": the office one
			// took, no one else.
			i = after
			continue
		}
		abbrev := false // the office's abbreviation in parentheses after it
		if i+n < len(toks) && inParens(text, toks[i+n-1], toks[i+n]) {
			if _, m := officeAt(toks, i+n); m == 1 {
				n, abbrev = n+1, true // "राष्ट्रीय सुरक्षा सलाहकार (एनएसए) अजीत डोभाल": then the name
			}
		}
		p := person{start: toks[i].start}
		p.Title = timeline.Text{Hi: office}
		// The country: "रूसी राष्ट्रपति", "चीन के (अपने) राष्ट्रपति".
		j := i - 1
		for j >= 0 && honorifics.has(toks[j].key) {
			j--
		}
		namedCountry, named := "", false
		if j == i-1 && j >= 0 && wordTitles.has(toks[i].key) && joined(text, toks[j], toks[i]) {
			namedCountry, named = countryOfWords(toks[j:i])
		}
		if j >= 1 && demonyms[toks[j].text] == "" && demonyms[toks[j-1].text] != "" && !nameStop.has(toks[j].key) && !hindi.IsPostposition(toks[j].text) && !offices.has(toks[j].text) {
			j-- // "रूसी महिला मंत्री"; not "नेपाली प्रधानमंत्री उपराष्ट्रपति …", another's office
		}
		for skip := 0; skip < 3 && j >= 2 && toks[j].key != "के" && toks[j].key != "की" && demonyms[toks[j].text] == "" &&
			!hindi.IsPostposition(toks[j].text) && !hindi.IsClauseWord(toks[j].text) && !nameStop.has(toks[j].key) && !isNameLike(known, toks[j].text) &&
			!offices.has(toks[j].text) && !officeFirst.has(toks[j].text) && !joinedByPunct(text, toks[j-1], toks[j]) && !sequenceWords.has(toks[j].key) &&
			!eventWord(toks[j].key); skip++ { // "यूक्रेन की राजधानी कीव पहुंचे पीएम मोदी": the journey's place, not his country
			j-- // "ईरान के सबसे बड़े धार्मिक नेता": adjectives between
		}
		if named {
			p.Country, p.start = namedCountry, toks[i-1].start // "भूटान नरेश", "नेपाल नरेश": the country's name before the title
		} else if j >= 0 {
			if c, ok := demonyms[toks[j].text]; ok {
				p.Country = c
				p.start = toks[j].start
				if c == "KR" && j >= 1 && toks[j-1].key == "उत्तर" {
					p.Country, p.start = "KP", toks[j-1].start // "उत्तर कोरियाई नेता"
				}
			} else if (toks[j].key == "के" || toks[j].key == "की") && j >= 2 && (toks[j-1].key == "प्रशासन" || toks[j-1].key == "सरकार") {
				// "… जो बाइडन प्रशासन के रक्षा मंत्री", "भारत सरकार के
				// विदेश सचिव": the government's country.
				if k := len(out) - 1; k >= 0 && out[k].end == toks[j-2].end && out[k].Country != "" {
					p.Country = out[k].Country
				} else if c, _, ok := countryEndingAt(text, toks, j-2); ok {
					p.Country = c
				}
			} else if (toks[j].key == "के" || toks[j].key == "की") && j >= 1 {
				if c, at, ok := countryBefore(text, toks, j); ok {
					p.Country = c
					p.start = toks[at].start
				} else if c, at, ok := cityBefore(text, toks, j); ok {
					p.Country = c // "दुबई के शासक": the city's country
					p.start = toks[at].start
				} else if last, ok := includingBefore(toks, j-1); ok {
					// "भारत, रूस और चीन समेत 10 आसियान देशों के नेता": the
					// countries named, each (below).
					if cs := countryList(text, toks, last); len(cs) > 0 {
						p.Country, p.start = cs[len(cs)-1], toks[last].start
					}
				} else if office == "स्पीकर" || office == "अध्यक्ष" || office == "मुख्यमंत्री" || office == "सीएम" {
					// "बांग्लादेशी संसद की स्पीकर", "नेपाल की संसद के स्पीकर",
					// "ब्रिटेन के हाउस ऑफ कॉमन्स के स्पीकर": the body's
					// country.
					if c, at, ok := bodyCountry(text, toks, j); ok {
						p.Country, p.start = c, toks[at].start
					}
				}
			}
		}
		if i+n+1 < len(toks) && (toks[i+n].key == "के" || toks[i+n].key == "की") {
			if a := aideAt(toks, i+n+1); a > 0 {
				// "पाकिस्तान के प्रधानमंत्री के (विदेश मामलों के) सलाहकार
				// सरताज अजीज", "अमेरिकी राष्ट्रपति के विशेष दूत": the one
				// named is the office's aide, of its country.
				p.Title = timeline.Text{Hi: text[toks[i].start:toks[a].end]}
				n = a + 1 - i
			}
		}
		k := i + n
		// Honorifics and initials between the office and the name.
		var name []string
		var wordEnd []int // the token after each word of name
		first := -1
		// "भारत और पाकिस्तान के प्रतिनिधि सिंधु जल संधि पर …": the sides'
		// representatives go unnamed; the words after are the next phrase.
		for ; k < len(toks) && (len(name) < 4 || len(name) < 7 && arabicName(name)) && !namelessOffices.has(office); k++ {
			closed := abbrev && k == i+n && strings.TrimSpace(text[toks[k-1].end:toks[k].start]) == ")"
			// "प्रधानमंत्री, महामहिम श्री जेम्स मारापे": a comma, then an
			// honorific, goes on to the name.
			styled := k == i+n && strings.TrimSpace(text[toks[k-1].end:toks[k].start]) == "," && honorifics.has(toks[k].key)
			if !joined(text, toks[k-1], toks[k]) && !closed && !styled && !(len(name) > 0 && joinedByHyphen(text, toks[k-1], toks[k])) {
				break // "राष्ट्रपति, रक्षा मंत्री": a comma ends the office, no name follows
			}
			t := toks[k]
			if honorifics.has(t.key) && len(name) == 0 {
				continue
			}
			lead := len(name) == 0 && k+1 < len(toks) && isNameWord(toks[k+1]) && joined(text, t, toks[k+1])
			if lead && isPlaceWord(t.text) {
				if _, m := officeAt(toks, k+1); m > 0 {
					break // "प्रधानमंत्री भूटान नरेश जिग्मे …से": another's office, of the place
				}
			}
			// "एनरिक पेना नितो": inside a name, a word that ends like an
			// infinitive is a name when a name word follows it.
			inner := len(name) > 0 && strings.HasSuffix(t.text, "ना") && k+1 < len(toks) && isNameWord(toks[k+1]) && joined(text, t, toks[k+1]) &&
				!nameStop.has(t.key) && !notName.has(t.key) && !eventWord(t.key)
			if mannerWords.has(t.key) && k+1 < len(toks) && toks[k+1].key == "से" {
				break // "प्रधानमंत्री गर्मजोशी से मिले": how they met; "प्रेम आले" is a name
			}
			// "विदेश सचिव विक्रम मिस्री": after a given name, a demonym with
			// no office after it is a surname (मिस्री, Egyptian).
			surname := len(name) > 0 && demonyms[t.text] != "" && !(k+1 < len(toks) && (offices.has(toks[k+1].text) || officeFirst.has(toks[k+1].text)))
			// "किम जोंग उन": उन (them) ends a Korean name.
			un := len(name) > 0 && t.key == "उन" && (name[len(name)-1] == "जोंग" || name[len(name)-1] == "जॉन्ग" || name[len(name)-1] == "जोन्ग")
			if !isNameWord(t) && !inner && !surname && !un && !(lead && (isPlaceWord(t.text) || t.key == "जो")) {
				// "भारत राज पौडयाल", "जो बाइडन": a name may begin with a place or with जो
				break
			}
			if first < 0 {
				first = k
			}
			if len(name) > 0 && joinedByHyphen(text, toks[k-1], t) {
				if leaderCountry(name[len(name)-1]) != "" || leaderCountry(t.text) != "" {
					break // "मोदी-पुतिन की मुलाकात": two leaders, not one name
				}
				name[len(name)-1] += "-" + t.text
				wordEnd[len(wordEnd)-1] = k + 1
				continue
			}
			name = append(name, t.text)
			wordEnd = append(wordEnd, k+1)
		}
		if n := knownLeaderPrefix(name); n > 0 && n < len(name) {
			// "मोदी यूएस के दौरे पर", "नरेंद्र मोदी मध्य एशिया", "एस जयशंकर इन
			// दिनों": a leader's name is complete; what follows it is the
			// next phrase.
			name, k = name[:n], wordEnd[n-1]
		}
		if _, place := lookupPlace(strings.Join(name, " ")); place {
			name, k = nil, first // "प्रधानमंत्री दक्षिण कोरिया की यात्रा": a place, not a name
			if k < 0 {
				k = i + n
			}
		}
		if len(name) == 0 && i+n+1 < len(toks) && (toks[i+n].key == "के" || toks[i+n].key == "की") && asOffice.has(toks[i+n+1].key) {
			// "राजनाथ सिंह रक्षा मंत्री के तौर पर", "मोदी प्रधानमंत्री के
			// रूप में": the name stands before an office held "as".
			b := i
			for b > 0 && i-b < 3 && isNameWord(toks[b-1]) && !honorifics.has(toks[b-1].key) && !joinedByPunct(text, toks[b-1], toks[b]) {
				b--
			}
			if b < i {
				var before []string
				for _, t := range toks[b:i] {
					before = append(before, t.text)
				}
				if _, place := lookupPlace(strings.Join(before, " ")); !place {
					p.Name = timeline.Text{Hi: strings.Join(before, " ")}
					p.start = toks[b].start
				}
			}
		}
		if len(name) > 0 {
			p.Name = timeline.Text{Hi: strings.Join(name, " ")}
			p.end = toks[k-1].end
		} else {
			p.end = toks[i+n-1].end
		}
		if p.Country == "" {
			// A name introduced earlier carries its country.
			for _, w := range name {
				if q, ok := known[w]; ok && q.Country != "" {
					p.Country = q.Country
				}
			}
		}
		if p.Country == "" && len(name) > 0 {
			// "राष्ट्रपति बाइडन": the leader's country, not home.
			p.Country = leaderCountry(strings.Join(name, " "))
			for k := 0; k < len(name) && p.Country == ""; k++ {
				p.Country = leaderCountry(name[k])
			}
		}
		if p.Country == "" && spouses.has(office) && len(out) > 0 {
			p.Country = out[len(out)-1].Country
		}
		if p.Country == "" && len(out) > 0 {
			prev := out[len(out)-1]
			gap := x0(text, prev.end, p.start)
			if gap == "," || gap == "और" || gap == "एवं" || gap == "तथा" || gap == ", और" {
				p.Country, p.counterpart = prev.Country, prev.counterpart // "अमेरिकी विदेश मंत्री … और रक्षा मंत्री …", "मोजाम्बिक के राष्ट्रपति, रक्षा मंत्री"
			}
		}
		if k+1 < len(toks) && pluralOffice(office) && toks[k].key == "की" && (toks[k+1].key == "मौजूदगी" || toks[k+1].key == "उपस्थिति") &&
			metAfterIn(toks[k+2:]) {
			i = max(i, k-1)
			continue // "सऊदी और अमीराती नेताओं की मौजूदगी में … से मुलाकात की": present, no side of who is met
		}
		if counterpartAfter(text, toks, k) {
			p.counterpart = true
			if p.Country == "" && abroad != "" && abroad != home {
				p.Country = abroad
			}
		}
		if p.Country == "" && groupOffices[office] {
			continue // "दोनों नेता": no one in particular
		}
		if sequenceAfter(toks, k) {
			i = max(i, k-1)
			continue
		}
		if p.Country == "" && i >= 2 && joinedByHyphen(text, toks[i-2], toks[i-1]) && isCountry(toks[i-2]) && isCountry(toks[i-1]) {
			i = max(i, k-1)
			continue // "अमेरिका-रूस राष्ट्रपति बैठक": the presidents of a pair, no one of home
		}
		if p.Country == "" && orgBefore(text, toks, i) {
			// "संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस": an international
			// body's officer is of no country, not home's.
		} else if p.Country == "" {
			p.Country, p.homeGuess = home, true
		}
		// "भारत, अमेरिका, ऑस्ट्रेलिया और जापान के विदेश मंत्री": one for
		// each country of the list.
		if j >= 2 && demonyms[toks[j].text] != "" && pluralOffice(office) {
			// "अपने रूसी और ईरानी समकक्षों के साथ": one for each demonym.
			listed := len(out)
			for next := j; next >= 1; {
				at := next - 1 // "अमेरिकी, जापानी": a comma between the two words
				if listJoins.has(toks[next-1].key) && next >= 2 {
					at = next - 2
				} else if x0(text, toks[next-1].end, toks[next].start) != "," {
					break
				}
				c := demonyms[toks[at].text]
				if c == "" {
					break
				}
				if c != p.Country {
					q := p
					q.Country, q.Name, q.start = c, timeline.Text{}, toks[at].start
					out = append(out, q)
				}
				next = at
			}
			slices.Reverse(out[listed:]) // in the order of the text
		}
		if j >= 1 && (toks[j].key == "के" || toks[j].key == "की") {
			last := j - 1
			if k, ok := includingBefore(toks, j-1); ok {
				last = k // "भारत, रूस और चीन समेत 10 आसियान देशों के नेता"
			}
			for _, c := range countryList(text, toks, last) {
				if c != p.Country {
					q := p
					q.Country, q.Name = c, timeline.Text{}
					out = append(out, q)
				}
			}
		}
		out = append(out, p)
		i = max(i, k-1)
	}
	for k := range out {
		if out[k].Country != "" && governmentAfter(text, out[k].end) && (out[k].Title.Hi == "" || !withOwnGovernment(text, out[k].end)) {
			// "ट्रंप प्रशासन के अधिकारी", "मोदी सरकार ने": a government
			// named by its head alone; the head takes no part, the
			// country may. With an office too ("राष्ट्रपति जो बाइडन प्रशासन
			// के रक्षा मंत्री लॉयड ऑस्टिन", "राष्ट्रपति ट्रंप प्रशासन के
			// वरिष्ठ अधिकारी"), but for a head who comes with his
			// government's people: "प्रधानमंत्री मोदी सरकार के मंत्रियों के
			// साथ …", who stays the one acting.
			out[k].Name, out[k].Title, out[k].counterpart = timeline.Text{}, timeline.Text{}, false
		}
	}
	// "… इमरान खान को छोड़कर सभी नेताओं से बात की": the one excepted
	// takes no part.
	out = slices.DeleteFunc(out, func(p person) bool { return exceptedAfter(text, p.end) })
	// A bare name that an office mention in the same list repeats ("मोदी"
	// after "प्रधानमंत्री नरेंद्र मोदी") is one person.
	return dedupePeople(out)
}

// exceptedAfter reports "को छोड़कर" or "को छोड़ कर" (except) right after
// byte end of text, the word ending there.
func exceptedAfter(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	after, ok := strings.CutPrefix(strings.TrimLeft(text[end:], " "), "को ")
	if !ok {
		return false
	}
	// ड़ is printed precomposed (U+095C) or as ड with a nukta; "छोड़ने",
	// "छोड़ दिया" (seeing off, leaving) are other words.
	for _, stem := range [...]string{"छो\u095C", "छोड\u093C"} {
		if rest, ok := strings.CutPrefix(after, stem); ok {
			rest = strings.TrimPrefix(rest, " ")
			if rest, ok := strings.CutPrefix(rest, "कर"); ok {
				r, _ := utf8.DecodeRuneInString(rest)
				return rest == "" || !hindi.IsWordRune(r)
			}
		}
	}
	return false
}

// sequenceAfter reports "से पहले", "से पूर्व" or "के बाद" at toks[k], right
// after a name: "पुतिन से पहले मोदी ने जेलेंस्की से बात की" orders two
// events, and the one named before it takes no part in this one. ("के
// पहले" is left out: "पुतिन के पहले भारत दौरे" is his first visit; and
// "पुतिन से पहले मुलाकात की", an event word right after, met him first.)
func sequenceAfter(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	// "पुतिन से पहले मुलाकात की और फिर मैक्रों से मिले", "पोप से पहले
	// व्यक्तिगत रूप से मुलाकात करेंगे": met him first.
	for j := k + 2; j+1 < len(toks) && j <= k+5; j++ {
		if eventWord(toks[j].key) && (toks[j+1].key == "की" || toks[j+1].key == "किया" || toks[j+1].key == "हुई" || toks[j+1].key == "करेंगे" || toks[j+1].key == "करेंगी") {
			return false
		}
		if !mannerFillers.has(toks[j].key) {
			break
		}
	}
	switch toks[k].key {
	case "से":
		return toks[k+1].key == "पहले" || toks[k+1].key == "पूर्व"
	case "के":
		return toks[k+1].key == "बाद" || toks[k+1].key == "पश्चात"
	}
	return false
}

// mannerFillers say how one meets: "व्यक्तिगत रूप से", "अलग से".
var mannerFillers = setOf("व्यक्तिगत", "रूप", "से", "अलग", "औपचारिक", "अनौपचारिक", "आमने-सामने", "आमने", "सामने", "भी")

// peopleBufs holds people's working slices.
var peopleBufs = sync.Pool{New: func() any { return new([]person) }}

// counterpartAfter reports "से", "के साथ", "की ओर से" or "को फोन" right
// after a name ending before toks[k], or after a list of names joined by
// और.
func counterpartAfter(text string, toks []token, k int) bool {
	for k > 0 && k < len(toks) && latinWord(toks[k].text) && !hindi.IsLatin(toks[k-1].text) {
		// "सर्गेई लावरोव Antony Blinken and … Sergei Lavrov से": a name
		// given again in Latin letters; not "प्रधानमंत्री 20 से 22
		// अक्टूबर तक", digits.
		for k < len(toks) && latinWord(toks[k].text) {
			k++
		}
	}
	if k >= len(toks) {
		return false
	}
	// "विदेश मंत्री एरिका मौयनेस और संस्कृति मंत्री गिजेल … से",
	// "अमेरिकी राष्ट्रपति और बांग्लादेशी प्रधानमंत्री के साथ": more
	// offices and names joined by और or a comma, then the postposition.
	for n := 0; n < 12 && k > 0 && k < len(toks); n++ {
		conj := toks[k].key == "और" || toks[k].key == "व" || toks[k].key == "एवं" || toks[k].key == "तथा"
		if !conj && strings.TrimSpace(strings.TrimLeft(x0(text, toks[k-1].end, toks[k].start), ")")) != "," {
			break // "डुडा (President Andrzej Duda), वहां के …": a gloss, then the list goes on
		}
		j := k
		if conj {
			j++
		}
		from := j
		for j < len(toks) && j-from < 8 && (officeFirst.has(toks[j].text) || offices.has(toks[j].text) || isNameWord(toks[j]) || ofCountry(toks, j) || listQuantifiers.has(toks[j].key) || demonyms[toks[j].text] != "" ||
			compassWords.has(toks[j].key) && j+1 < len(toks) && demonyms[toks[j+1].text] != "") &&
			(j == from || !joinedByPunct(text, toks[j-1], toks[j]) || joinedByHyphen(text, toks[j-1], toks[j])) { // "उप-राष्ट्रपति": one office
			j++
			// "… और दक्षिण अमेरिकी देशों के प्रमुखों से": countries named
			// as a group, then their office.
			if j+2 < len(toks) && (toks[j].key == "देशों" || toks[j].key == "देश") && toks[j+1].key == "के" && (offices.has(toks[j+2].text) || groupOffices[toks[j+2].text] || toks[j+2].key == "प्रमुखों") {
				j += 3
			}
		}
		if j == from || j >= len(toks) {
			break
		}
		k = j
	}
	switch toks[k].key {
	case "से":
		return true
	case "के", "की":
		return k+1 < len(toks) && toks[k+1].key == "साथ"
	case "को":
		// "मैर्केल को (भी) फोन किया": the one phoned.
		if k+1 < len(toks) && toks[k+1].key == "भी" {
			k++
		}
		return k+1 < len(toks) && toks[k+1].key == "फोन" // keys carry no nukta: फ़ोन too
	}
	return false
}

// latinWord reports a word in Latin letters: ASCII with a letter in it,
// not a number.
func latinWord(w string) bool {
	return hindi.IsLatin(w) && strings.ContainsFunc(w, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' })
}

// compassWords before a demonym name a region of countries: "दक्षिण
// अमेरिकी देशों के प्रमुखों".
var compassWords = setOf("दक्षिण", "उत्तर", "पूर्वी", "पश्चिमी", "मध्य", "लैटिन")

// listQuantifiers open the last item of a list of counterparts: "X के
// राष्ट्रपति और कुछ अन्य नेताओं के साथ".
var listQuantifiers = setOf("कुछ", "अन्य", "कई", "दूसरे", "अनेक")

// countryBefore finds the country named just before toks[j] ("के"): a
// name of one to three words ("फ्रांस", "दक्षिण अफ्रीका", "संयुक्त अरब
// अमीरात"), past its abbreviation in brackets or Latin letters
// ("संयुक्त अरब अमीरात (UAE) के"). It returns the code and the index of the
// name's first word.
func countryBefore(text string, toks []token, j int) (string, int, bool) {
	e := j - 1
	if e >= 1 && (hindi.IsLatin(toks[e].text) || strings.Contains(text[toks[e].end:toks[j].start], ")")) {
		if _, ok := countryCode(toks[e].text); !ok {
			e-- // "(UAE)", "(यूएई)": the abbreviation of the name before it
		}
	}
	// The longest name first: "पापुआ न्यू गिनी के प्रधानमंत्री" is Papua New
	// Guinea's, not Guinea's.
	var spans [4]bool // whether the name of n+1 words has a hyphen
	longest := 0
	dashed := false
	for n := 1; n <= 4 && e-n+1 >= 0; n++ {
		k := e - n + 1
		if n > 1 && joinedByHyphen(text, toks[k], toks[k+1]) {
			dashed = true // "बोस्निया-हर्जेगोविना"
		} else if n > 1 && joinedByPunct(text, toks[k], toks[k+1]) {
			break
		}
		spans[n-1], longest = dashed, n
	}
	for n := longest; n >= 1; n-- {
		k, dashed := e-n+1, spans[n-1]
		var c string
		var ok bool
		if dashed {
			// The name as written, hyphens and all; built only for a
			// hyphenated name, which few words are part of.
			c, ok = countryCode(text[toks[k].start:toks[e].end])
		} else {
			c, ok = countryOfWords(toks[k : e+1]) // no string built: most words are no country
		}
		if ok {
			return c, k, true
		}
	}
	return "", 0, false
}

// cityBefore finds a city of one or two words named just before toks[j]
// ("के"), as in "दुबई के शासक" or "अबु धाबी के युवराज", and returns its
// country and the index of its first word.
func cityBefore(text string, toks []token, j int) (string, int, bool) {
	for n := 2; n >= 1; n-- {
		k := j - n
		if k < 0 || n == 2 && !joined(text, toks[k], toks[k+1]) {
			continue
		}
		if p, ok := lookupPlace(text[toks[k].start:toks[j-1].end]); ok && p.city != "" && p.country != "" {
			return p.country, k, true
		}
	}
	return "", 0, false
}

// ofCountry reports "X के"/"X की" at toks[j] (X a country) or its के/की,
// before an office in a list of counterparts: "फ्रांस के राष्ट्रपति".
func ofCountry(toks []token, j int) bool {
	if toks[j].key == "के" || toks[j].key == "की" {
		_, ok := countryCode(toks[max(j-1, 0)].text)
		return j > 0 && (ok || thereWords.has(toks[j-1].key))
	}
	_, ok := countryCode(toks[j].text)
	return (ok || thereWords.has(toks[j].key)) && j+1 < len(toks) && (toks[j+1].key == "के" || toks[j+1].key == "की")
}

// thereWords before के/की name the country the sentence is set in: "यहां
// की महारानी", "वहां के प्रधानमंत्री".
var thereWords = setOf("यहां", "यहाँ", "वहां", "वहाँ")

// x0 returns the words and commas between two offsets, trimmed.
func x0(text string, a, b int) string {
	if a < 0 || b > len(text) || a >= b {
		return ""
	}
	return strings.TrimSpace(text[a:b])
}

// metAfterIn reports someone met in toks: से or साथ right before a word
// of meeting or talks ("… से मुलाकात की", "… के साथ बैठक"), not "लंबे
// समय से लंबित".
func metAfterIn(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].key == "से" || toks[i].key == "साथ") && (talkWords.has(toks[i+1].key) || meetVerbs.has(toks[i+1].key) || toks[i+1].key == "बात") {
			return true
		}
	}
	return false
}

// listJoins join the last two items of a list: और, एवं, तथा, व.
var listJoins = setOf("और", "एवं", "तथा", "व")

// pluralOffice reports an office in the plural, held by several:
// "समकक्षों", "मंत्रियों", "नेताओं".
func pluralOffice(office string) bool {
	return strings.HasSuffix(office, "ों") || strings.HasSuffix(office, "ओं") // "नेताओं"
}

// countryList returns the countries of a list that ends at toks[last]:
// "भारत, अमेरिका, ऑस्ट्रेलिया और जापान", "सऊदी अरब, ब्राजील … सान
// मारिनो और मोल्दोवा" (a name of up to three words).
func countryList(text string, toks []token, last int) []string {
	var out []string
	for k := last; k >= 0; {
		c, first, ok := countryEndingAt(text, toks, k)
		if !ok {
			break
		}
		out = append(out, c)
		k = first
		if k == 0 {
			break
		}
		if toks[k-1].key == "और" || toks[k-1].key == "एवं" || toks[k-1].key == "तथा" || toks[k-1].key == "व" {
			k -= 2
			continue
		}
		if x0(text, toks[k-1].end, toks[k].start) == "," {
			k--
			continue
		}
		if _, _, ok := countryEndingAt(text, toks, k-1); ok && len(out) >= 2 && x0(text, toks[k-1].end, toks[k].start) == "" {
			k-- // "मिस्र मालदीव, अंगोला और बेलारूस": a comma left out in a list
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil
	}
	slices.Reverse(out) // in the order of the text
	return out
}

// includingBefore reads "X समेत N G देशों" backwards from "देशों" at
// toks[k] (a count and a group's name may stand between) and returns the
// index of the word before समेत or सहित, where the list of countries
// named ends: "भारत, रूस और चीन समेत 10 आसियान देशों के नेता".
func includingBefore(toks []token, k int) (int, bool) {
	if k < 2 || toks[k].key != "देशों" {
		return 0, false
	}
	for j := k - 1; j >= max(1, k-4); j-- {
		switch {
		case toks[j].key == "समेत" || toks[j].key == "सहित":
			return j - 1, true
		case hasDigit(toks[j].text) || numberOf(toks[j].text) > 0 || groupWords.has(toks[j].key) || hindi.IsLatin(toks[j].text):
		default:
			return 0, false
		}
	}
	return 0, false
}

// countryEndingAt reads a country name of one to three words that ends at
// toks[k], the longest first ("उत्तर कोरिया", not "कोरिया"): its code and
// the index of its first word.
func countryEndingAt(text string, toks []token, k int) (string, int, bool) {
	if k < 0 || k >= len(toks) {
		return "", 0, false
	}
	if !mayEndCountry(toks[k].text) {
		return "", 0, false
	}
	for n := 4; n >= 1; n-- {
		f := k - n + 1
		if f < 0 {
			continue
		}
		split := false
		for g := f; g < k; g++ {
			split = split || joinedByPunct(text, toks[g], toks[g+1])
		}
		if split {
			continue
		}
		if c, ok := countryOfWords(toks[f : k+1]); ok {
			return c, f, true
		}
		if raw := text[toks[f].start:toks[k].end]; f < k && strings.Contains(raw, "-") {
			// "त्रिनिदाद-टोबैगो", "बोस्निया-हर्जेगोविना": a name the table
			// spells with its hyphen, which the tokens lose.
			if c, ok := countryCode(raw); ok {
				return c, f, true
			}
		}
	}
	return "", 0, false
}

// countryActors returns the countries a clause names as parties: "X के
// साथ", "X और Y के बीच", "X और Y ने", "X ने", and the pair of a
// hyphenated name, "भारत-रूस शिखर सम्मेलन", "भारत-अमेरिका वार्ता".
func countryActors(text string, words []token) []string {
	// toks has the names of two or three words as one token; the readers
	// of lists below read such names themselves, in words (at orig[i]).
	toks, orig := joinCountryNames(text, words)
	var out []string
	add := func(c string) {
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	}
	for i := 0; i+1 < len(toks); i++ {
		c, ok := countryCode(toks[i].text)
		if !ok {
			// "नयी दिल्ली और ढाका के बीच": two cities of two countries,
			// between which talks are held, stand for their countries.
			if a, b, ok := citiesBetween(toks, i); ok {
				add(a)
				add(b)
				i += 4
			}
			continue
		}
		next, next2 := toks[i+1].key, ""
		if i+2 < len(toks) {
			next2 = toks[i+2].key
		}
		if d, ok := countryCode(toks[i+1].text); ok && d != c && (hyphened(text, toks[i], toks[i+1]) && !pairTopic(toks, i+2) || i+3 < len(toks) && toks[i+2].key == "के" && toks[i+3].key == "बीच" && talksAhead(toks, i+4)) {
			// "भारत-रूस वार्ता"; "अमेरिका भारत के बीच … वार्ता", the pair
			// without और, of the talks right after.
			add(c)
			add(d)
			i++
			continue
		}
		switch {
		case next == "के" && next2 == "साथ":
			with := withCountries(text, words, orig(i))
			if with == nil {
				// "इजरायल ने संयुक्त अरब अमीरात (यूएई) और बहरीन के साथ …
				// संबंध सामान्य बनाने के लिए … समझौते पर हस्ताक्षर किए": the
				// list's countries, as its last one.
				with = countryList(text, words, orig(i))
			}
			for _, d := range with {
				add(d)
			}
			add(c)
		case next == "ने", next == "के" && next2 == "बीच":
			add(c)
		case listJoins.has(next) && i+3 < len(toks): // "भारत व बांग्लादेश के बीच"
			if d, ok := countryCode(toks[i+2].text); ok && (toks[i+3].key == "ने" || toks[i+3].key == "के" && i+4 < len(toks) && toks[i+4].key == "बीच" ||
				i == 0 && !hindi.IsPostposition(toks[i+3].key) && !pairTopic(toks, i+3) || // "भारत और रूस 15 दस्तावेजों पर हस्ताक्षर करेंगे": the pair opens the clause, its subject
				toks[i+3].key == "में" && !heldIn(toks, i+4) && eventSoonAfter(toks, i+4)) { // "अमेरिका और यूक्रेन में खनिज समझौता", between them
				// "भारत, जापान और अमेरिका के बीच": the whole list, not its
				// last two.
				for _, e := range countryList(text, words, orig(i+2)) {
					add(e)
				}
				add(c)
				add(d)
				i += 2
			}
		}
	}
	return out
}

// joinCountryNames returns toks with each country's name of two or three
// words ("दक्षिण अफ्रीका", "सऊदी अरब", "संयुक्त अरब अमीरात") as one token,
// so that who acts is read as for a name of one word (toks itself when
// there is none), and the index in toks of the last word of each token.
func joinCountryNames(text string, toks []token) ([]token, func(int) int) {
	var out []token
	var last []int
	firsts := multiwordCountryFirsts()
	for i := 0; i < len(toks); i++ {
		n := 0
		var buf [96]byte
		if !firsts[string(hindi.AppendSkeleton(buf[:0], toks[i].text))] {
			// Most words begin no country's name of several words: one
			// lookup, not two more of countryCode.
			if out != nil {
				out, last = append(out, toks[i]), append(last, i)
			}
			continue
		}
		for m := 3; m >= 2 && n == 0; m-- {
			if i+m > len(toks) {
				continue
			}
			if _, ok := countryCode(text[toks[i].start:toks[i+m-1].end]); ok && !strings.ContainsAny(text[toks[i].start:toks[i+m-1].end], "-,।") {
				n = m
			}
		}
		if n == 0 {
			if out != nil {
				out, last = append(out, toks[i]), append(last, i)
			}
			continue
		}
		if out == nil {
			out = append(make([]token, 0, len(toks)), toks[:i]...)
			for k := range i {
				last = append(last, k)
			}
		}
		name := text[toks[i].start:toks[i+n-1].end]
		out = append(out, token{start: toks[i].start, end: toks[i+n-1].end, text: name, key: name})
		last = append(last, i+n-1)
		i += n - 1
	}
	if out == nil {
		return toks, func(i int) int { return i }
	}
	return out, func(i int) int { return last[i] }
}

// multiwordCountryFirsts holds the skeleton of the first word of every
// country's name of several words ("दक्षिण" of "दक्षिण अफ्रीका").
var multiwordCountryFirsts = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for k := range skeletonCountries() {
		if first, _, ok := strings.Cut(k, " "); ok {
			out[first] = true
		}
	}
	return out
})

// pairTopic reports words after a pair of countries at toks[k] that make
// it a topic or an example, not the clause's subject: "रूस और यूक्रेन
// युद्ध के बीच" (amid their war), "भारत और रूस सहित दस देशों".
func pairTopic(toks []token, k int) bool {
	if k < len(toks) && pairExamples.has(toks[k].key) {
		return true
	}
	for j := k + 1; j+1 < len(toks) && j <= k+3; j++ {
		if toks[j-1].key == "दोनों" || toks[j-1].key == "आपसी" || toks[j-2].key == "दोनों" || toks[j-2].key == "आपसी" {
			return false // "भारत और रूस दोनों देशों के बीच …": the pair again, the subject
		}
		if toks[j].key == "के" && toks[j+1].key == "बीच" {
			return true
		}
	}
	return false
}

var pairExamples = setOf("सहित", "समेत", "जैसे", "जैसी")

// eventSoonAfter reports an event word (talks, an agreement) among the
// nine words from toks[from], before any clause word, told as happening:
// "… में 20 नवंबर को परमाणु समझौता हुआ".
func eventSoonAfter(toks []token, from int) bool {
	for k := from; k < len(toks) && k <= from+8; k++ {
		if eventWord(toks[k].key) || agreementWords.has(toks[k].key) {
			// Told as happening between them ("समझौता हुआ", "… होने की
			// उम्मीद", "बातचीत चल रही है"), not done by someone in both
			// ("मोदी … जापान और चीन में द्विपक्षीय वार्ता करेंगे").
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if becomeWords.has(toks[j].key) || toks[j].key == "चल" {
					return true
				}
			}
			if !agreementWords.has(toks[k].key) {
				return false
			}
			continue // "व्यापार समझौते को लेकर बातचीत …": the talks are after
		}
		if hindi.IsClauseWord(toks[k].text) {
			return false
		}
	}
	return false
}

// talksAhead reports a talk word among the few words from toks[from],
// with only qualifiers before it (talksRightAfter).
func talksAhead(toks []token, from int) bool {
	for i := from; i < len(toks) && i <= from+5; i++ {
		if talkWords.has(toks[i].key) || dialogueWords.has(toks[i].key) {
			return talksRightAfter(toks, from, i)
		}
	}
	return false
}

// withCountries returns the countries of "X, Y और Z के साथ" whose last
// name ends at toks[i], before "के साथ": those talks are held with.
// ("रूस, दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात").
func withCountries(text string, toks []token, i int) []string {
	j := i + 1
	if j < len(toks) && (toks[j].key == "नेताओं" || toks[j].key == "समकक्षों") {
		j++ // "ब्रिटेन, जापान, जर्मनी और इटली नेताओं के साथ": the के dropped
	}
	if j+1 >= len(toks) || toks[j].key != "के" || toks[j+1].key != "साथ" {
		return nil
	}
	// The talks right after "के साथ": "… के साथ द्विपक्षीय मुलाकात"; not
	// "… के साथ व्यापार बढ़ाने पर चर्चा", a topic.
	talks := false
	for k := j + 2; k < len(toks) && k <= j+6; k++ {
		if eventWord(toks[k].key) {
			talks = true
			break
		}
		if !withFillers.has(toks[k].key) {
			break
		}
	}
	if !talks {
		return nil
	}
	if l := countryList(text, toks, i); l != nil {
		return l
	}
	if c, _, ok := countryEndingAt(text, toks, i); ok {
		return []string{c}
	}
	return nil
}

// withFillers may stand between "के साथ" and the talks: "के साथ भी
// उनकी द्विपक्षीय मुलाकात".
var withFillers = setOf("द्विपक्षीय", "भी", "कोई", "उनकी", "उनका", "उनके", "अपनी", "अपना", "अलग-अलग", "अलग", "-", "शीर्ष", "स्तरीय", "शीर्ष-स्तरीय", "उच्च", "उच्च-स्तरीय", "औपचारिक", "अनौपचारिक", "अहम", "महत्वपूर्ण")

// citiesBetween reads "X और Y के बीच" at toks[i], X and Y cities of two
// countries, and returns the countries.
func citiesBetween(toks []token, i int) (string, string, bool) {
	if i+4 >= len(toks) || !listJoins.has(toks[i+1].key) || toks[i+3].key != "के" || toks[i+4].key != "बीच" {
		return "", "", false
	}
	a, ok1 := lookupPlace(toks[i].text)
	b, ok2 := lookupPlace(toks[i+2].text)
	if !ok1 || !ok2 || a.city == "" || b.city == "" || a.country == "" || b.country == "" || a.country == b.country {
		return "", "", false
	}
	return a.country, b.country, true
}

// hyphened reports a hyphen or a dash, and nothing else, between two
// tokens: "भारत-रूस", "भारत–चीन".
func hyphened(text string, a, b token) bool {
	if a.end >= b.start || b.start > len(text) {
		return false
	}
	gap := strings.TrimSpace(text[a.end:b.start])
	return gap == "-" || gap == "–" || gap == "—"
}

// titleOfCountryAt reports a word at toks[i] that is a title only of a
// country's ruler (wordTitles) standing where it is one: after के or की
// ("कतर के अमीर"), after an ordinal after them ("भूटान के चौथे नरेश"), or,
// for countryRulers, right after the country's name or demonym ("भूटान
// नरेश", "जापानी सम्राट").
func titleOfCountryAt(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	of := func(k int) bool { return k >= 0 && (toks[k].key == "के" || toks[k].key == "की") }
	prev := toks[i-1].key
	if of(i-1) || of(i-2) && (ordinals.has(prev) || dayOrdinals[prev] > 0 || ordinal(prev)) {
		return true
	}
	if !countryRulers.has(toks[i].key) {
		return false // "अमेरिकी अमीर एलन मस्क", "अमेरिकी राजा कृष्णमूर्ति": rich, a given name
	}
	if demonyms[toks[i-1].text] != "" {
		return true // "जापानी सम्राट नारुहितो", "सऊदी किंग सलमान"
	}
	_, ok := countryOfWords(toks[i-1 : i])
	return ok
}

// countryRulers are the titles read right after a country's name or
// demonym ("भूटान नरेश", "जापानी सम्राट"); not अमीर (rich) nor राजा and
// रानी (given names): "अमेरिकी अमीर एलन मस्क".
var countryRulers = setOf("नरेश", "महाराजा", "सम्राट", "महारानी", "युवराज", "किंग", "क्वीन")

// officeAt returns the office that starts at token i (the longest of one
// to three words) and its length in tokens, or 0. It reads the words'
// keys: "प्रधानमन्त्री" is the office "प्रधानमंत्री", as the table spells
// it.
func officeAt(toks []token, i int) (string, int) {
	if !officeFirst.has(toks[i].key) {
		return "", 0
	}
	if wordTitles.has(toks[i].key) && !titleOfCountryAt(toks, i) {
		return "", 0 // "अमीर खान मुत्तकी", "अमीर देशों": a title only as "कतर के अमीर"
	}
	for n := 4; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		// The words joined in a buffer on the stack: a string only for
		// an office found.
		var buf [96]byte
		w := append(buf[:0], toks[i].key...)
		for _, t := range toks[i+1 : i+n] {
			w = append(append(w, ' '), t.key...)
		}
		if mayBeKey(offices.f, w) && offices.words[string(w)] {
			if i+n < len(toks) && (toks[i+n].key == "स्तरीय" || toks[i+n].key == "स्तर") {
				return "", 0 // "मंत्री स्तरीय वार्ता": a level of talks, not a person
			}
			if n == 1 {
				return toks[i].key, 1
			}
			return string(w), n
		}
	}
	return "", 0
}

// joined reports whether only spaces and at most one full stop (an
// initial: "एस.", or "एस०" with the zero typed for the stop) lie between
// two tokens; a hyphen is joinedByHyphen's.
func joined(text string, a, b token) bool {
	if a.end > b.start || b.start > len(text) {
		return false
	}
	gap := text[a.end:b.start]
	if rest, ok := strings.CutPrefix(gap, "०"); ok && utf8.RuneCountInString(a.text) <= 2 && !hindi.IsLatin(a.text) {
		gap = "." + rest
	}
	return strings.Trim(gap, " .") == "" && strings.Count(gap, ".") <= 1
}

// joinedByHyphen reports two words written as one with a hyphen and no
// space: "फ्रैंक-वाल्टर", "बोस्निया-हर्जेगोविना". (hyphened also takes
// "भारत - रूस", a dash between two countries, which is no one name.)
func joinedByHyphen(text string, a, b token) bool {
	return a.end < b.start && b.start <= len(text) && text[a.end:b.start] == "-"
}

// isNameWord reports whether a token may be part of a person's name: a
// Devanagari or Latin word that is no function word, office, verb or
// event word.
func isNameWord(t token) bool {
	if nameStop.has(t.key) || notName.has(t.key) || utf8.RuneCountInString(t.text) < 2 && t.text != "जे" {
		return false
	}
	if hindi.IsPostposition(t.text) || hindi.IsClauseWord(t.text) || hindi.IsLatin(t.text) {
		return false
	}
	if offices.has(t.text) && !wordTitles.has(t.key) || demonyms[t.text] != "" || groupWords.has(t.key) || isPlaceWord(t.text) || isCountrySpelling(t.text) {
		return false
	}
	if eventWord(t.key) {
		return false
	}
	if _, ok := hindi.LookupMonth(t.text); ok {
		return false
	}
	if leaderCountry(t.text) != "" {
		return true // "हसीना" ends like an infinitive and is a name
	}
	if strings.HasSuffix(t.text, "पूर्ण") && utf8.RuneCountInString(t.text) > 6 {
		return false // "तनावपूर्ण", "महत्वपूर्ण": an adjective; not "पूर्ण बहादुर खड़का"
	}
	for _, suffix := range []string{"ेंगे", "ेंगी", "ेगा", "ेगी", "ोंगे", "ोंगी", "ोगा", "ोगी", "ाएं", "ना", "ने"} {
		if strings.HasSuffix(t.text, suffix) && utf8.RuneCountInString(t.text) > 3 && !strings.HasSuffix(t.text, "्ने") {
			return false
		}
	}
	return t.start < t.end
}

// nameSuffixes go on a leader's name and make it another name: a son's, or
// the full one.
var nameSuffixes = setOf("जूनियर", "सीनियर", "वाजेद")

// knownLeaderPrefix returns the length in words of the longest start of
// name that ends in a known leader's name (one or two words: "मोदी",
// "एस जयशंकर", "शेख हसीना"), or 0; one word more when the leader's word
// is a first name whose surname may be spelt otherwise ("शिंज़ो अबे"), and
// the whole name when a suffix such as जूनियर follows.
func knownLeaderPrefix(name []string) int {
	for n := len(name); n >= 1; n-- {
		if n >= 2 && leaderCountry(name[n-2]+" "+name[n-1]) != "" {
			return n
		}
		if n < len(name) && nameSuffixes.has(name[n]) {
			return len(name) // "डोनाल्ड ट्रंप जूनियर", "शेख हसीना वाजेद": another person, or the full name
		}
		if c := leaderCountry(name[n-1]); c != "" {
			if n >= 2 {
				if b := leaderCountry(name[n-2]); b != "" && b != c {
					continue // "प्रधानमंत्री मोदी पोप से …": two leaders of two countries, not one name
				}
			}
			if two, _ := leaderStarts().get(hindi.Fold(name[n-1])); n < len(name) && two {
				return n + 1 // "शिंज़ो अबे": a first name, its surname in another spelling
			}
			return n
		}
	}
	return 0
}

// isNameLike reports a word known as part of a name.
func isNameLike(known map[string]timeline.Participant, w string) bool {
	_, ok := known[w]
	return ok
}

// inParens reports the token b alone in parentheses right after a: "a
// (b)".
func inParens(text string, a, b token) bool {
	if a.end > b.start || b.end > len(text) {
		return false
	}
	return strings.TrimSpace(text[a.end:b.start]) == "(" && strings.HasPrefix(strings.TrimLeft(text[b.end:], " "), ")")
}

// governmentAfter reports "प्रशासन" or "सरकार" as the word at byte
// pos of text: a name before it names a government.
func governmentAfter(text string, pos int) bool {
	rest := strings.TrimLeft(text[min(pos, len(text)):], " ")
	for _, w := range [...]string{"प्रशासन", "सरकार"} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			r, _ := utf8.DecodeRuneInString(after)
			return after == "" || !unicode.Is(unicode.Devanagari, r) || r == '।'
		}
	}
	return false
}

// withOwnGovernment reports "प्रशासन/सरकार के … के साथ", within a few
// words, at byte pos of text: the head comes with his government's people
// ("प्रधानमंत्री मोदी सरकार के वरिष्ठ मंत्रियों के साथ …").
func withOwnGovernment(text string, pos int) bool {
	rest := strings.TrimLeft(text[min(pos, len(text)):], " ")
	for _, w := range [...]string{"प्रशासन के ", "सरकार के "} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			// A few words only: reading the rest of the text for every
			// head before a government made Extract quadratic.
			prev, k := "", 0
			for word := range strings.FieldsSeq(after) {
				if prev == "के" && word == "साथ" {
					return true
				}
				if k++; k > 6 {
					break
				}
				prev = word
			}
		}
	}
	return false
}

// maxPeople bounds the people read from one clause or sentence and kept
// for one event: an event has a handful, and a bound keeps a hostile text
// from costing time quadratic in its length.
const maxPeople = 32

// dedupePeople returns ps without repeats (see samePerson), in a new
// slice.
func dedupePeople(ps []person) []person {
	out := make([]person, 0, min(len(ps), maxPeople))
	for _, p := range ps {
		if len(out) >= maxPeople {
			break
		}
		dup := false
		for i, q := range out {
			if samePerson(p.Participant, q.Participant) {
				dup = true
				if len(q.Name.Hi) < len(p.Name.Hi) || q.Title.Hi == "" && p.Title.Hi != "" {
					out[i].Participant = merged(q.Participant, p.Participant)
				}
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	// "भारत-जापान वार्षिक शिखर सम्मेलन … जापानी प्रधान मंत्री शिगेरु इशिबा":
	// a country told bare is the side a person of it is told by.
	bare := func(p person) bool { return p.Name.Hi == "" && p.Title.Hi == "" && p.Country != "" }
	told := map[string]bool{}
	for _, p := range out {
		if !bare(p) && p.Country != "" {
			told[p.Country] = true
		}
	}
	return slices.DeleteFunc(out, func(p person) bool { return bare(p) && told[p.Country] })
}

// samePerson reports whether two mentions are one person: a word of their
// names in common, or the same office of the same country with no name.
func samePerson(a, b timeline.Participant) bool {
	if a.Name.Hi != "" && b.Name.Hi != "" {
		if kin(a, b) {
			return false
		}
		for w := range strings.FieldsSeq(a.Name.Hi) {
			if utf8.RuneCountInString(w) < 2 {
				continue
			}
			for v := range strings.FieldsSeq(b.Name.Hi) {
				if v == w || a.Country == b.Country && sameSpelling(v, w) {
					return true // "जो बाइडेन" and "बिडेन"
				}
			}
		}
		return false
	}
	return a.Country == b.Country && a.Title.Hi == b.Title.Hi && (a.Name.Hi == "" || b.Name.Hi == "")
}

// kin reports two full names with different given names in different
// offices, which samePerson asks of names that share a word:
// "राष्ट्रपति गोटबाया राजपक्षे और प्रधानमंत्री महिंदा राजपक्षे" share a
// surname, not a person.
func kin(a, b timeline.Participant) bool {
	// The given names, without splitting the names into words: samePerson
	// is asked often.
	af, arest, aok := strings.Cut(strings.TrimSpace(a.Name.Hi), " ")
	bf, brest, bok := strings.Cut(strings.TrimSpace(b.Name.Hi), " ")
	given := func(w string) bool { return utf8.RuneCountInString(w) >= 4 && !strings.HasSuffix(w, ".") } // not an initial: "एस जयशंकर"
	office := func(t string) bool { return t != "" && t != "समकक्ष" }
	return aok && bok && strings.TrimSpace(arest) != "" && strings.TrimSpace(brest) != "" && af != bf && given(af) && given(bf) && !sameSpelling(af, bf) &&
		office(a.Title.Hi) && office(b.Title.Hi) && officeKey(a.Title.Hi) != officeKey(b.Title.Hi)
}

func merged(a, b timeline.Participant) timeline.Participant {
	if a.Name.Hi == "" || len(b.Name.Hi) > len(a.Name.Hi) {
		a.Name = b.Name
	}
	if a.Title.Hi == "" {
		a.Title = b.Title
	}
	if a.Country == "" {
		a.Country = b.Country
	}
	return a
}
