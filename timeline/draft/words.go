package draft

import (
	"strings"

	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
)

// token is a word or number of the text (from the Hindi layer's scanner),
// with its byte span. A Devanagari word keeps its vowel signs; punctuation
// is not a token here.
type token struct {
	start, end int
	text       string
	key        string // text in lower case, for lexicon lookups
}

// tokenize returns the words and numbers of text[from:to], with spans into
// text.
func tokenize(text string, from, to int) []token {
	to = min(max(to, 0), len(text))
	s := text[:to]
	var toks []token
	for pos := min(max(from, 0), to); ; {
		t := hindi.Next(s, pos)
		if t.Kind == hindi.EOF {
			return toks
		}
		pos = t.End
		if t.Kind == hindi.Punct {
			continue
		}
		tk := token{start: t.Start, end: t.End, text: t.Text(s)}
		tk.key = tk.text
		if hindi.IsLatin(tk.text) {
			tk.key = strings.ToLower(tk.text) // Devanagari has no case
		}
		toks = append(toks, tk)
	}
}

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

// guessStatus returns the status the words of text[c.start:c.end] (a
// clause, or a sentence, whose words are toks) state or its verb's tense implies, the words that
// decided, and whether it came from the tense (a weaker guess). The words
// and verbs are the Hindi layer's (internal/hindi).
//
// Status words win over tense, in this order: cancelled, postponed,
// rescheduled, proposed (also "may": आ सकते हैं), confirmed, announced or
// planned (a plan is drafted as announced), held (संपन्न). The news is the
// strongest word: "पहले प्रस्तावित बैठक स्थगित" is postponed. Without one,
// the clause's main verb decides: Hindi is verb-final, so it is the last
// verb group if it ends within the clause's last three words — a future
// (or a request) is planned, drafted as announced; a past is held.
func guessStatus(text string, c span, toks []token) (timeline.Status, string, bool) {
	cues := hindi.StatusCues(text, c.start, c.end)
	verbs := hindi.Verbs(text, c.start, c.end)
	first := func(want hindi.Status) (string, bool) {
		for _, q := range cues {
			if q.Status == want {
				return text[q.Word.Start:q.Word.End], true
			}
		}
		return "", false
	}
	for _, r := range []struct {
		cue    hindi.Status
		status timeline.Status
	}{
		{hindi.Cancelled, timeline.Cancelled},
		{hindi.Postponed, timeline.Postponed},
		{hindi.Rescheduled, timeline.Rescheduled},
		{hindi.Proposed, timeline.Proposed},
	} {
		if w, ok := first(r.cue); ok {
			return r.status, w, false
		}
	}
	for _, v := range verbs {
		if v.Mood == hindi.Potential && v.Tense != hindi.Past {
			return timeline.Proposed, text[v.Start:v.End], false
		}
	}
	for _, r := range []struct {
		cue    hindi.Status
		status timeline.Status
	}{
		{hindi.Confirmed, timeline.Confirmed},
		{hindi.Announced, timeline.Announced},
		{hindi.Planned, timeline.Announced},
		{hindi.Held, timeline.Held},
	} {
		if w, ok := first(r.cue); ok {
			return r.status, w, false
		}
	}
	if len(verbs) > 0 && len(toks) > 0 {
		v := verbs[len(verbs)-1]
		if v.End > toks[max(len(toks)-3, 0)].start {
			switch {
			case v.Ahead():
				return timeline.Announced, text[v.Start:v.End], true
			case v.Tense == hindi.Past:
				return timeline.Held, text[v.Start:v.End], true
			}
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

// attribution returns the first attribution phrase of text[c.start:c.end]
// that names its source ("TASS के अनुसार", "सूत्रों ने बताया"), as the Hindi
// layer reads it, and the source as printed.
func attribution(text string, c span) (phrase, outlet string, ok bool) {
	for _, a := range hindi.Attributions(text, c.start, c.end) {
		if a.Source.End > a.Source.Start {
			return text[a.Start:a.End], text[a.Source.Start:a.Source.End], true
		}
	}
	return "", "", false
}
