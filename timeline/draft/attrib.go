package draft

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
)

// announceWords announce an event named before them ("… बैठक की घोषणा की").
var announceWords = setOf("घोषणा", "ऐलान")

// announcesEvent reports an event named right before the announce word at
// toks[j] and its "की"/"का": "दूसरी बैठक की घोषणा", "जापान यात्रा के
// कार्यक्रम की घोषणा"; not "… सैन्य सहायता की घोषणा", whatever event the
// words before told.
func announcesEvent(toks []token, j int) bool {
	if j < 2 {
		return false
	}
	if eventWord(toks[j-2].key) {
		return true
	}
	return j >= 4 && scheduleWords.has(toks[j-2].key) && (toks[j-3].key == "के" || toks[j-3].key == "की") && eventWord(toks[j-4].key)
}

// scheduleWords are an event's plan: "यात्रा के कार्यक्रम", "बैठक की तारीख".
var scheduleWords = setOf("कार्यक्रम", "तारीख", "तारीखों", "तिथि", "तिथियों", "विवरण", "ब्योरे")

// sayWords end an attribution clause: "X ने (शुक्रवार को) (एक बयान में)
// कहा", "X ने यह जानकारी दी", "X ने इसकी सूचना दी", "X की ओर से बताया गया",
// "X ने घोषणा की".
var sayWords = setOf("कहा", "बताया", "कही", "बताई", "जानकारी", "सूचना", "घोषणा", "ऐलान", "पुष्टि", "जारी")

// writtenThings are what one writes that is no saying: "पत्र लिखा".
var writtenThings = setOf("पत्र", "चिट्ठी", "खत", "ख़त", "लेख", "किताब", "पुस्तक")

// claimAt reports a signal, claim or post made at toks[j], which the Hindi
// layer reads only right after ने: "X ने सोमवार को संकेत दिया", "X ने एक
// बयान में दावा किया", "X ने सोशल मीडिया पर लिखा कि" (not "पत्र लिखा",
// a letter written).
func claimAt(text string, toks []token, j int) bool {
	if toks[j].key == "लिखा" {
		if j > 0 && writtenThings.has(toks[j-1].key) {
			return false // "पुतिन को पत्र लिखा, जिसके बाद …": a letter written
		}
		return j+1 < len(toks) && toks[j+1].key == "कि" ||
			strings.ContainsAny(x0(text, toks[j].end, min(len(text), toks[j].end+4)), ":,\"“")
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].key {
	case "संकेत":
		return toks[j+1].key == "दिया" || toks[j+1].key == "दिए" || toks[j+1].key == "दिये"
	case "दावा":
		return toks[j+1].key == "किया"
	}
	return false
}

// An attribution may open with when it was said, not who said it:
// "इसके बाद ह्वाइट हाउस के अधिकारियों ने कहा", "इससे पहले …", "इसी बीच
// …", "उसी समय …", "तब …". trimThen moves past those words.
var (
	thenAlone     = setOf("फिर", "तब", "अब", "पहले", "बाद")
	thenPronouns  = setOf("इसके", "उसके", "इससे", "उससे", "इसी", "उसी", "इस", "उस")
	thenTimeNouns = setOf("बाद", "पहले", "बीच", "समय", "दौरान", "वक्त")
)

// trimThen moves the start of an attribution phrase and its source past
// the words of time that open them ("इस बात की जानकारी …" keeps its
// "इस"). The phrases are compared untrimmed, so which one a sentence
// gives does not depend on the trim.
func trimThen(text string, phrase, source span) (span, span) {
	word := func(t hindi.Token) string { return hindi.Fold(t.Text(text)) }
	for {
		t := hindi.Next(text[:phrase.end], phrase.start)
		u := hindi.Next(text[:phrase.end], t.End)
		var end int
		switch {
		case t.Kind != hindi.Word:
			return phrase, source
		case u.Kind == hindi.Word && (word(t) == "बाद" && word(u) == "में" || thenPronouns.has(word(t)) && thenTimeNouns.has(word(u))):
			end = u.End // "बाद में …", "इसी बीच …"
		case thenAlone.has(word(t)):
			end = t.End
		default:
			return phrase, source
		}
		next := hindi.Next(text[:phrase.end], end)
		if next.Kind == hindi.EOF || next.Start >= source.end {
			return phrase, source
		}
		phrase.start = next.Start
		source.start = max(source.start, next.Start)
	}
}

// attributionSpan is an attribution phrase of a sentence, with the source.
type attributionSpan struct {
	span
	source span
}

// saidBy finds "X ने … कहा/बताया/जानकारी दी" and "X की ओर से … बताया
// गया" in text[c.start:c.end]: a source of at most five words before ने
// (or "की ओर से"), the say-word at most seven words after it. These are the
// attributions the Hindi layer's phrase list leaves out when a date or "एक
// बयान में" stands between the source and its verb.
func saidBy(text string, c span, toks []token) (attributionSpan, bool) {
	for i, t := range toks {
		var src int
		switch {
		case t.key == "में" && i >= 1 && saidInAt(toks, i+1) > 0:
			// "वाइट हाउस की इस विज्ञप्ति में बताया गया", "… एक बयान में
			// आज यह बात बताई गई है"
			v := saidInAt(toks, i+1)
			first := i - 1
			for first > 0 && i-first < 6 && !hindi.IsClauseWord(toks[first-1].text) && !joinedByPunct(text, toks[first-1], toks[first]) {
				first--
			}
			if releaseWords.has(toks[i-1].key) || statementWords.has(toks[i-1].key) || toks[i-1].key == "रिपोर्ट" {
				end := toks[v+1].end
				if v+2 < len(toks) && isAux(toks[v+2].key) && joined(text, toks[v+1], toks[v+2]) {
					end = toks[v+2].end // "बयान में कहा गया है"
				}
				return attributionSpan{span: span{toks[first].start, end}, source: span{toks[first].start, toks[i-1].end}}, true
			}
			continue
		case t.key == "ने":
			src = i
		case t.key == "से" && i >= 2 && toks[i-1].key == "ओर" && toks[i-2].key == "की":
			src = i - 2
		default:
			continue
		}
		if src == 0 {
			continue
		}
		if a, ok := toldFirst(text, toks, src); ok {
			return a, true
		}
		// The source: back to a clause boundary, at most five words; a
		// name given again in brackets just before ने ("विदेश मंत्री एस
		// जयशंकर (S. Jaishankar) ने") is passed over.
		anchor := src
		if strings.Contains(x0(text, toks[src-1].end, toks[src].start), ")") {
			for k := src - 1; k > 0 && src-k < 6; k-- {
				if strings.Contains(x0(text, toks[k-1].end, toks[k].start), "(") {
					anchor = k
					break
				}
			}
		}
		first := anchor - 1
		for first > 0 && anchor-first < 5 && !hindi.IsClauseWord(toks[first-1].text) && !joinedByPunct(text, toks[first-1], toks[first]) {
			first--
		}
		// "विदेश मंत्रालय के प्रवक्ता रवीश कुमार ने": five words end
		// inside the office's name, which is the source's.
		for first > 0 && anchor-first < 9 && !joinedByPunct(text, toks[first-1], toks[first]) && officeGoesBack(toks, first) {
			first--
		}
		for first < anchor-1 && hindi.IsPostposition(toks[first].text) {
			first++ // "(पूरी बात) की जानकारी रखने वाले सूत्रों": a source begins with no postposition
		}
		if toks[first].key == "उन्होंने" || src-first == 0 {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+26; j++ {
			if hindi.IsClauseWord(toks[j].text) || toks[j].key == "ने" && t.key == "ने" {
				break // "मेहमान ने … तारीफ की मोदी ने कहा": the later ने is the speaker's
			}
			if j > i+8 {
				if announceWords.has(toks[j].key) && (toks[j-1].key == "की" || toks[j-1].key == "का") && t.key == "ने" && announcesEvent(toks, j) {
					// Far from the source, an event's announcement: "व्हाइट
					// हाउस ने … दोनों नेताओं के बीच दूसरी बैठक की घोषणा की
					// थी". The event is told between; the phrase is the
					// source that announced it.
					return attributionSpan{span: span{toks[first].start, toks[src].end}, source: span{toks[first].start, toks[src-1].end}}, true
				}
				continue
			}
			if claimAt(text, toks, j) && t.key == "ने" || sayWords.has(toks[j].key) && (toks[j].key != "जारी" || j > 1 && (releaseWords.has(toks[j-1].key) || statementWords.has(toks[j-1].key)) && toks[j-2].key != "संयुक्त") &&
				(toks[j].key != "सूचना" || j+1 < len(toks) && (toks[j+1].key == "दी" || toks[j+1].key == "दे")) { // "सूचना दी", not "सूचना प्रौद्योगिकी"
				end := toks[j].end
				if j+2 < len(toks) && (toks[j+1].key == "करते" || toks[j+1].key == "देते") && toks[j+2].key == "हुए" {
					// "ने यात्रा की घोषणा करते हुए शुक्रवार को कहा": the
					// participle leads to the verb of saying.
					for k := j + 3; k < len(toks) && k <= j+6 && !hindi.IsClauseWord(toks[k].text); k++ {
						if toks[k].key == "कहा" || toks[k].key == "बताया" {
							j = k
							end = toks[k].end
							break
						}
					}
				}
				if j+1 < len(toks) && toks[j+1].key == "साझा" {
					j++ // "जानकारी साझा की": shared
				}
				// Take in the verb group: "जानकारी दी है", "बताया गया".
				if v, ok := hindi.LastVerb(text, toks[j].start, min(c.end, toks[j].end+40)); ok && v.Start <= toks[j].end+12 {
					end = max(end, v.End)
				}
				for k := j + 1; k < len(toks) && k <= j+3 && toks[k].start < end+2; k++ {
					if toks[k].end > end && toks[k].start <= end+1 && isAux(toks[k].key) {
						end = toks[k].end
					}
				}
				return attributionSpan{span: span{toks[first].start, end}, source: span{toks[first].start, toks[src-1].end}}, true
			}
		}
	}
	return attributionSpan{}, false
}

// saidInAt returns the index of the verb of "कहा/बताया गया" (or "कही/
// बताई गई") at toks[k], after at most three words of when and what ("आज
// यह बात बताई गई"), or 0.
func saidInAt(toks []token, k int) int {
	for j := k; j < len(toks)-1 && j <= k+3; j++ {
		switch toks[j].key {
		case "कहा", "बताया":
			if toks[j+1].key == "गया" {
				return j
			}
			return 0
		case "कही", "बताई":
			if toks[j+1].key == "गई" || toks[j+1].key == "गयी" {
				return j
			}
			return 0
		case "आज", "कल", "यह", "ये", "बात", "भी", "इस", "बारे":
		default:
			return 0
		}
	}
	return 0
}

// toldFirst reads "इसकी जानकारी X ने दी", "इस बातचीत की जानकारी X ने
// दी", "इसकी पुष्टि X ने की", "ये जानकारी X ने सामने रखी है": the news
// named before its source, whose ने
// is toks[n]. The phrase runs from the news ("इसकी जानकारी", "बातचीत की
// जानकारी") to the verb.
func toldFirst(text string, toks []token, n int) (attributionSpan, bool) {
	if n+1 >= len(toks) {
		return attributionSpan{}, false
	}
	verbAt := n + 1
	// "… ने शुक्रवार को दी", "… ने शुक्रवार 18 अगस्त को दी है", "… ने आज
	// दी": the day it was given between.
	for j := n + 1; j < len(toks) && j <= n+5; j++ {
		if toks[j].key == "को" && j > n+1 && j+1 < len(toks) {
			verbAt = j + 1
			break
		}
		if !dateWord(toks[j]) {
			if j > n+1 {
				verbAt = j
			}
			break
		}
	}
	verb := toks[verbAt].key
	if verb == "सामने" && verbAt+1 < len(toks) && (toks[verbAt+1].key == "रखी" || toks[verbAt+1].key == "रखा") {
		verb, verbAt = "दी", verbAt+1 // "ये जानकारी … प्रवक्ता … ने सामने रखी है"
	}
	for k := n - 2; k >= max(0, n-9); k-- {
		w := toks[k].key
		if hindi.IsClauseWord(toks[k].text) || joinedByPunct(text, toks[k], toks[k+1]) {
			break
		}
		if !(w == "जानकारी" || w == "सूचना") || verb != "दी" {
			if w != "पुष्टि" || verb != "की" {
				continue
			}
		}
		first := k
		if k >= 1 && (toks[k-1].key == "इसकी" || toks[k-1].key == "उसकी" || demonstratives.has(toks[k-1].key)) {
			first = k - 1
		} else if k >= 2 && toks[k-1].key == "की" && eventWord(toks[k-2].key) {
			first = k - 2 // "बातचीत की जानकारी"
		} else if k >= 3 && toks[k-1].key == "की" && toks[k-2].key == "बात" && (toks[k-3].key == "इस" || toks[k-3].key == "उस") {
			first = k - 3 // "इस बात की जानकारी"
		} else {
			return attributionSpan{}, false // "… को जानकारी X ने दी": news given to someone, of no event told
		}
		end := toks[verbAt].end
		if verbAt+1 < len(toks) && isAux(toks[verbAt+1].key) && joined(text, toks[verbAt], toks[verbAt+1]) {
			end = toks[verbAt+1].end // "जानकारी … ने दी है"
		}
		return attributionSpan{span: span{toks[first].start, end}, source: span{toks[k+1].start, toks[n-1].end}}, true
	}
	return attributionSpan{}, false
}

func isAux(w string) bool {
	switch w {
	case "दी", "गया", "गई", "है", "हैं", "थी", "था", "की":
		return true
	}
	return false
}

// officeGoesBack reports whether the word before toks[k] is of the
// office's name that toks[k] stands in: "विदेश मंत्री", "विदेश
// मंत्रालय", "मंत्रालय के प्रवक्ता".
func officeGoesBack(toks []token, k int) bool {
	prev, cur := toks[k-1], toks[k]
	_, n := officeAt(toks, k-1)
	switch {
	case n >= 2:
		return true
	case cur.key == "के" || cur.key == "की":
		return n == 1 || ministryHeads.has(prev.key)
	default:
		return ministryHeads.has(cur.key) && officeFirst.has(prev.text)
	}
}

// ministryHeads are the last words of an office's name that need the
// word before: "विदेश मंत्रालय", "प्रधानमंत्री कार्यालय".
var ministryHeads = setOf("मंत्रालय", "कार्यालय", "विभाग")

// joinedByPunct reports punctuation between two tokens.
func joinedByPunct(text string, a, b token) bool {
	if joinedByHyphen(text, a, b) {
		return false // a hyphen inside a word: "को-ऑर्डिनेटर"
	}
	for i := a.end; i < b.start && i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '.': // a full stop inside a sentence closes an initial: "डॉ. एस. जयशंकर"
		default:
			return true
		}
	}
	return false
}

// sentenceAttribution returns the attribution of sentence s: the Hindi
// layer's phrase, or a "X ने … कहा" of saidBy, whichever comes first.
func sentenceAttribution(text string, s span, toks []token) (phrase, outlet string, at span, ok bool) {
	a, aok := saidBy(text, s, toks)
	for _, h := range hindi.Attributions(text, s.start, s.end) {
		if src := text[h.Source.Start:h.Source.End]; strings.HasSuffix(src, "कार्यक्रम") || strings.HasSuffix(src, "योजना") || strings.HasSuffix(src, "समय") {
			continue // "तय कार्यक्रम के अनुसार", "अमेरिका के समय के अनुसार": per the schedule or a clock, no source
		}
		if h.Source.End > h.Source.Start && privateSpeaker(text[wordBefore(toks, h.Start):h.End]) {
			continue // "भारतीय नागरिक रमेश सिंह के मुताबिक": the layer's source starts at the name
		}
		if h.Source.End > h.Source.Start {
			if !aok || h.Start < a.start {
				ph, src := trimThen(text, span{h.Start, h.End}, span{h.Source.Start, h.Source.End})
				return text[ph.start:ph.end], text[src.start:src.end], ph, true
			}
			break
		}
	}
	if aok && !privateSpeaker(text[a.start:a.end]) {
		ph, src := trimThen(text, a.span, a.source)
		return text[ph.start:ph.end], text[src.start:src.end], ph, true
	}
	return "", "", span{}, false
}

// privateWords name people who speak for no one: "भारतीय मूल के घानाई
// नागरिक पुष्पेंद्र सिंह ने कहा" gives a citizen's words, no source of the
// visit.
var privateWords = setOf("नागरिक", "नागरिकों", "निवासी", "निवासियों", "छात्र", "छात्रों", "समर्थक", "समर्थकों", "प्रवासी", "प्रवासियों", "श्रद्धालु", "श्रद्धालुओं", "ग्रामीण", "ग्रामीणों", "दुकानदार")

// wordBefore returns the start of the token of toks right before byte at,
// or at.
func wordBefore(toks []token, at int) int {
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= at })
	if k < 0 {
		k = len(toks)
	}
	if k > 0 {
		return min(at, toks[k-1].start)
	}
	return at
}

// privateSpeaker reports an attribution phrase whose speaker is a private
// person: a word of privateWords followed by a full name ("घानाई नागरिक
// पुष्पेंद्र सिंह ने कहा", "भारतीय नागरिक रमेश सिंह के मुताबिक"), or a
// plural of them before its postposition ("स्थानीय ग्रामीणों का कहना है");
// not "ट्रंप समर्थक सांसद ने कहा" nor "प्रवासी भारतीय दिवस के आयोजकों ने
// बताया", whose speakers hold a role, and never a phrase that names an
// office or a briefer.
func privateSpeaker(phrase string) bool {
	toks := tokenize(phrase, 0, len(phrase))
	if slices.ContainsFunc(toks, func(t token) bool { return isBriefer(t) || offices.has(t.text) }) {
		return false
	}
	for i, t := range toks {
		if !privateWords.has(t.key) {
			continue
		}
		j := i + 1
		for j < len(toks) && isNameWord(toks[j]) {
			j++
		}
		next := ""
		if j < len(toks) {
			next = toks[j].key
		}
		named := j-i-1 >= 2
		plural := j == i+1 && (strings.HasSuffix(t.key, "ों") || strings.HasSuffix(t.key, "ओं"))
		if (named || plural) && (next == "" || next == "ने" || hindi.IsPostposition(toks[j].text)) {
			return true
		}
	}
	return false
}

// collectiveSpeakers are the last words of a source that is the event's
// sides together: "दोनों पक्षों ने", "तीनों देशों ने एक संयुक्त बयान में".
var collectiveSpeakers = setOf("पक्षों", "देशों", "नेताओं")

// briefers are the offices that brief on others' events: "विदेश सचिव …
// ने कहा", "मंत्रालय के प्रवक्ता" are sources even when the draft names
// them among those present.
var briefers = setOf("प्रवक्ता", "सचिव", "अधिकारी", "अधिकारियों", "मंत्रालय", "कार्यालय", "सूत्रों", "सूत्र")

// ownWords reports an attribution phrase whose source is one of the event's
// participants, by the word of their name it ends in ("पीएम मोदी" of
// "नरेंद्र मोदी"), or its sides together ("दोनों पक्षों"), and names no
// briefing office.
func ownWords(phrase, source string, parts []timeline.Participant) bool {
	if slices.ContainsFunc(tokenize(phrase, 0, len(phrase)), isBriefer) {
		return false
	}
	words := tokenize(source, 0, len(source))
	for len(words) > 1 && hindi.IsLatin(words[len(words)-1].text) {
		words = words[:len(words)-1] // "एस जयशंकर (S. Jaishankar)": the name in Latin letters again
	}
	if len(words) == 0 {
		return false
	}
	// "पीएम ने कहा" of Modi, the prime minister drafted: a source that is
	// an office alone held by one of the participants named.
	if src := strings.TrimSpace(source); offices.has(src) && slices.ContainsFunc(parts, func(p timeline.Participant) bool {
		return p.Name.Hi != "" && p.Title.Hi != "" && officeKey(p.Title.Hi) == officeKey(src)
	}) {
		return true
	}
	// The speaker is the source's head, its last word: "पुतिन के सहयोगी
	// यूरी उशाकोव" is an aide, not Putin.
	head := words[len(words)-1]
	if collectiveSpeakers.has(head.key) && (len(words) == 1 || slices.Contains([]string{"दोनों", "तीनों", "चारों", "सभी"}, words[len(words)-2].key)) {
		return true
	}
	if utf8.RuneCountInString(head.text) < 3 || honorifics.has(head.key) {
		return false
	}
	// "रक्षा मंत्री राजनाथ सिंह" is not "मनमोहन सिंह": a name word before
	// the head that the participant's name lacks.
	var given string
	if len(words) >= 2 {
		// An initial ("एस जयशंकर") is no given name to tell people apart.
		if prev := words[len(words)-2]; isNameWord(prev) && !officeFirst.has(prev.text) && !offices.has(prev.text) && !roleWords.has(prev.key) && utf8.RuneCountInString(prev.text) > 2 {
			given = prev.text
		}
	}
	for _, p := range parts {
		if slices.ContainsFunc(tokenize(p.Title.Hi, 0, len(p.Title.Hi)), isBriefer) {
			continue // "विदेश सचिव हर्षवर्धन शृंगला के अनुसार": he briefs
		}
		name := strings.Fields(p.Name.Hi)
		// "बाइडेन ने कहा" of "जो बाइडन": one name in two spellings.
		has := func(w string) bool {
			return slices.ContainsFunc(name, func(n string) bool { return n == w || sameSpelling(n, w) })
		}
		if has(head.text) && (given == "" || has(given)) {
			return true
		}
	}
	return false
}

// roleWords before a speaker's name say the part he plays, no given name:
// "मेज़बान ट्रम्प ने कहा" is the host, Donald Trump.
var roleWords = setOf("मेज़बान", "मेजबान", "मेहमान", "अतिथि")

// isBriefer reports a word of an office that briefs.
func isBriefer(t token) bool { return briefers.has(t.key) }

// firstPersonSpeaker puts the speaker of "X ने … कहा कि मैंने …" among the
// people of each telling of got his words tell in the first person:
// "जेलेंस्की ने अपने ट्वीट में कहा कि मैंने … नरेंद्र मोदी से फोन पर बात की"
// is Zelensky's call; his words are then his own, no source.
func (x *extractor) firstPersonSpeaker(s span, got []*mention) {
	var ps []person
	for _, m := range got {
		if m.attrib == "" || m.outlet == "" || !strings.Contains(x.text[m.clause.start:m.clause.end], "मैं") || !firstPerson(tokenize(x.text, m.clause.start, m.clause.end)) {
			continue
		}
		// The first person is the event's subject only when everyone else
		// named is whom he meets or calls ("मैंने … मोदी से फोन पर बात की"):
		// not in "मैं उम्मीद करता हूं पुतिन और जेलेंस्की … मिलेंगे", "मैं …
		// मोदी की … यात्रा का स्वागत करता हूं".
		if len(m.people) == 0 || slices.ContainsFunc(m.people, func(q person) bool { return !q.counterpart }) {
			continue
		}
		if ps == nil {
			ps = people(x.text, x.tokens(s.start, s.end), x.known, x.home, "")
		}
		for _, p := range ps {
			if p.Name.Hi == "" || !strings.Contains(m.outlet, p.Name.Hi) {
				continue
			}
			if !slices.ContainsFunc(m.people, func(q person) bool { return samePerson(q.Participant, p.Participant) }) {
				p.counterpart = false
				m.people = append([]person{p}, m.people...)
			}
			break
		}
	}
}

// firstPerson reports a subject in the first person singular: "मैंने",
// "मैं".
func firstPerson(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return t.key == "मैंने" || t.key == "मैं" })
}
