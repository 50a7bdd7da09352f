package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/timeline"
)

// token is a run of letters, marks and digits, with its byte span. A
// Devanagari word keeps its vowel signs; punctuation is not a token.
type token struct {
	start, end int
	text       string
	key        string // text in lower case, for lexicon lookups
}

func tokenize(s string, offset int) []token {
	var toks []token
	start := -1
	for i, r := range s {
		word := isWordRune(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, newToken(s, start, i, offset))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, newToken(s, start, len(s), offset))
	}
	return toks
}

// isWordRune reports whether r is a letter, mark or digit, with fast paths
// for ASCII and the Devanagari block (where only the dandas and the
// abbreviation sign are not).
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0x0900 <= r && r <= 0x097F:
		return r != '।' && r != '॥' && r != '॰'
	case r == utf8.RuneError:
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func newToken(s string, start, end, offset int) token {
	t := token{start: offset + start, end: offset + end, text: s[start:end]}
	t.key = t.text
	if t.text[0] < utf8.RuneSelf {
		t.key = strings.ToLower(t.text) // Devanagari has no case
	}
	return t
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return s != ""
}

// statusWords state a status outright, wherever they stand in the clause.
// The first rule that matches wins, so the order matters: "स्थगित" beats
// the "प्रस्तावित" of "पहले प्रस्तावित बैठक स्थगित".
var statusWords = []struct {
	status timeline.Status
	words  wordSet
}{
	{timeline.Cancelled, setOf("रद्द", "cancelled", "canceled")},
	{timeline.Postponed, setOf("स्थगित", "टल", "टली", "टला", "टाल", "postponed")},
	{timeline.Rescheduled, setOf("पुनर्निर्धारित", "rescheduled")},
	{timeline.Proposed, setOf("प्रस्तावित", "संभावित", "प्रस्ताव", "संभावना", "उम्मीद", "सकते", "सकती", "सकता", "proposed")},
	{timeline.Confirmed, setOf("पुष्टि", "confirmed")},
	{timeline.Announced, setOf("घोषणा", "घोषित", "announced")},
}

// futureEndings mark the future tense of a Hindi verb: करेंगे, होगी,
// जाएंगे, पहुँचेंगे. "Planned" is not a status of the model; a plain
// future is drafted as announced, and the note says so.
var futureEndings = []string{"ेंगे", "ेंगी", "ेगा", "ेगी", "ेगे", "ोगा", "ोगी", "ोंगे", "ूंगा", "ूँगा", "एगा", "एगी", "एंगे", "एँगे", "ेँगे", "ंगे"}

// pastWords mark a past verb: मुलाकात की, चर्चा हुई, मिले, बैठक हुई थी.
var pastWords = map[string]bool{
	"की": true, "किया": true, "किए": true, "किये": true, "हुई": true, "हुआ": true, "हुए": true,
	"थी": true, "था": true, "थे": true, "मिले": true, "मिली": true, "मिला": true, "गई": true, "गया": true,
	"गए": true, "गये": true, "लिया": true, "दिया": true, "दी": true, "ली": true, "संपन्न": true, "पहुँचे": true, "पहुंचे": true,
}

// hedgeWords make a claim second-hand: "माना जा रहा है", "कथित".
var hedgeWords = setOf("माना", "कथित", "अटकलें", "अटकल", "अनुमान")

// correctionWords mark a sentence that corrects an earlier report.
var correctionWords = setOf("सुधार", "गलत", "ग़लत", "सही", "बजाय", "जगह")

// kindWords name what sort of event a clause is about. The word nearest
// the end of the clause wins (Hindi puts the event noun next to the verb:
// "… बैठक करेंगे", "… जानकारी देंगे"); summits and sideline meetings are
// checked first.
var kindWords = map[string]timeline.Kind{
	"मुलाकात": timeline.BilateralMeeting, "बैठक": timeline.BilateralMeeting, "वार्ता": timeline.BilateralMeeting,
	"भेंट": timeline.BilateralMeeting, "मिलकर": timeline.BilateralMeeting, "मिले": timeline.BilateralMeeting,
	"द्विपक्षीय": timeline.BilateralMeeting, "बातचीत": timeline.BilateralMeeting,
	"यात्रा": timeline.Visit, "दौरा": timeline.Visit, "दौरे": timeline.Visit, "पहुँचेंगे": timeline.Visit,
	"पहुंचेंगे": timeline.Visit, "पहुँचे": timeline.Visit, "पहुंचे": timeline.Visit, "आएंगे": timeline.Visit,
	"आएँगे": timeline.Visit, "आ": timeline.Visit, "आने": timeline.Visit, "जाएंगे": timeline.Visit, "जाएँगे": timeline.Visit, "रहेंगे": timeline.Visit,
	"फ़ोन": timeline.PhoneCall, "फोन": timeline.PhoneCall, "टेलीफोन": timeline.PhoneCall, "कॉल": timeline.PhoneCall,
	"बयान": timeline.Statement, "घोषणा": timeline.Statement, "संबोधित": timeline.Statement, "जानकारी": timeline.Statement,
	"पुष्टि": timeline.Statement, "वक्तव्य": timeline.Statement,
}

var summitWords = setOf("शिखर", "समिट", "summit")

var sidelineWords = setOf("इतर", "हाशिये", "हाशिए", "sidelines")

var multilateralWords = setOf("एससीओ", "SCO", "जी20", "G20", "ब्रिक्स", "BRICS", "आसियान", "ASEAN", "क्वाड", "Quad", "बहुपक्षीय", "सामूहिक")

// leaderWords name a head of state or government, whose visit to the
// country of a summit usually is that summit.
var leaderWords = setOf("राष्ट्रपति", "प्रधानमंत्री")

var (
	metWords       = setOf("मिलकर")
	bilateralWords = setOf("द्विपक्षीय")
	rightWords     = setOf("सही", "अब") // the corrected part of a correction
)

// boundaryWords start a new clause.
var boundaryWords = map[string]bool{
	"और": true, "जबकि": true, "लेकिन": true, "तथा": true, "वहीं": true, "क्योंकि": true,
	"कि": true, "जो": true, "परंतु": true, "किंतु": true, "बल्कि": true,
}

var kindLabels = map[timeline.Kind]string{
	timeline.BilateralMeeting: "बैठक", timeline.Summit: "शिखर सम्मेलन", timeline.MultilateralMeeting: "बहुपक्षीय बैठक",
	timeline.Visit: "यात्रा", timeline.SidelineMeeting: "इतर बैठक", timeline.PhoneCall: "फ़ोन वार्ता",
	timeline.Statement: "बयान",
}

// unknownKind is the kind of a draft whose words name no kind; it is an
// "x-" extension so that the draft validates, and an editor must replace it.
const unknownKind timeline.Kind = "x-unknown"

// wordSet is a set of lower-case words.
type wordSet map[string]bool

func setOf(words ...string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[strings.ToLower(w)] = true
	}
	return s
}

// hasAny returns the first token of toks that is in words.
func hasAny(toks []token, words wordSet) (string, bool) {
	for _, t := range toks {
		if words[t.key] {
			return t.text, true
		}
	}
	return "", false
}

// guessStatus returns the status the words of a clause state or its
// verb's tense implies, the word that decided, and whether it came from
// the tense (a weaker guess).
func guessStatus(toks []token) (timeline.Status, string, bool) {
	for _, rule := range statusWords {
		if w, ok := hasAny(toks, rule.words); ok {
			return rule.status, w, false
		}
	}
	// Hindi is verb-final: the tense is in the last few words.
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-3; i-- {
		w := toks[i].text
		for _, end := range futureEndings {
			if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > utf8.RuneCountInString(end) {
				return timeline.Announced, w, true
			}
		}
		if pastWords[w] {
			return timeline.Held, w, true
		}
	}
	if w, ok := hasAny(toks, metWords); ok {
		return timeline.Held, w, true
	}
	return "", "", false
}

// guessKind returns the kind a clause is about and the word that decided.
func guessKind(toks []token) (timeline.Kind, string) {
	if w, ok := hasAny(toks, sidelineWords); ok {
		for _, t := range toks {
			if k := kindWords[t.text]; k == timeline.BilateralMeeting {
				return timeline.SidelineMeeting, w
			}
		}
	}
	if w, ok := hasAny(toks, summitWords); ok {
		return timeline.Summit, w
	}
	for i := len(toks) - 1; i >= 0; i-- {
		k, ok := kindWords[toks[i].text]
		if !ok {
			continue
		}
		if k == timeline.BilateralMeeting {
			if _, bi := hasAny(toks, bilateralWords); !bi {
				if w, multi := hasAny(toks, multilateralWords); multi {
					return timeline.MultilateralMeeting, w
				}
			}
		}
		return k, toks[i].text
	}
	return "", ""
}

// attribution finds "X के अनुसार", "X के मुताबिक", "X के हवाले से" or
// "X ने बताया/कहा" in toks (a sentence of text) and returns the phrase and
// the outlet X as printed.
func attribution(text string, toks []token) (phrase, outlet string, ok bool) {
	for k := 1; k < len(toks); k++ {
		var last int
		switch {
		case toks[k].text == "के" && k+1 < len(toks) && (toks[k+1].text == "अनुसार" || toks[k+1].text == "मुताबिक" || toks[k+1].text == "हवाले"):
			last = k + 1
		case toks[k].text == "ने" && k+1 < len(toks) && (toks[k+1].text == "बताया" || toks[k+1].text == "कहा"):
			last = k + 1
		default:
			continue
		}
		// The outlet runs back to the start of the clause if that is
		// short; otherwise it is the acronym before the postposition
		// ("… एजेंसी TASS के अनुसार") or the last two words.
		first := k - 1
		for first > 0 && k-first < 4 && !gapHasBoundary(text, toks[first-1].end, toks[first].start) && !boundaryWords[toks[first-1].text] {
			first--
		}
		if k-first >= 4 || (first > 0 && !gapHasBoundary(text, toks[first-1].end, toks[first].start) && !boundaryWords[toks[first-1].text]) {
			first = k - 1
			if !isLatin(toks[k-1].text) && k >= 2 && !gapHasBoundary(text, toks[k-2].end, toks[k-1].start) && !boundaryWords[toks[k-2].text] {
				first = k - 2
			}
		}
		return text[toks[first].start:toks[last].end], text[toks[first].start:toks[k-1].end], true
	}
	return "", "", false
}

// gapHasBoundary reports whether the text between two tokens holds clause
// punctuation.
func gapHasBoundary(text string, from, to int) bool {
	return strings.ContainsAny(text[from:to], ",;:—–()“”\"")
}
