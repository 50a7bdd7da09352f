package hindi

import "sync"

// Attribution is a phrase that says whom a claim comes from: "विदेश
// मंत्रालय के मुताबिक", "TASS के अनुसार", "सूत्रों ने बताया", "रिपोर्ट
// में कहा गया", "according to TASS".
type Attribution struct {
	// Span is the whole phrase.
	Span
	// Source is the span of the words that name the source ("विदेश
	// मंत्रालय", "सूत्रों", "TASS"). It is empty (Start == End) for a
	// phrase that names none: "बताया जा रहा है" (it is being said).
	Source Span
}

// Words of the attribution phrases.
var (
	anusar     = setOf("अनुसार", "मुताबिक", "मुताबिक़")
	havale     = setOf("हवाले")
	kahaBataya = setOf("कहा", "बताया")
	postWords  = setOf("ट्वीट", "पोस्ट") // said on social media
	// habitualSay is what a source keeps saying: "सूत्र बताते हैं कि".
	habitualSay = setOf("बताते", "बताती", "कहते", "कहती")
	// sayers are who keep saying: "सूत्र बताते हैं", "अधिकारी कहते हैं".
	sayers = setOf("सूत्र", "अधिकारी", "विशेषज्ञ", "जानकार", "विश्लेषक", "राजनयिक", "प्रवक्ता", "सरकार", "मंत्रालय",
		"रिपोर्ट", "रिपोर्ट्स", "रिपोर्टें", "खबरें", "मीडिया")
	reportWord = setOf("रिपोर्ट", "रिपोर्ट्स", "रिपोर्टों", "खबर", "खबरों", "ख़बर", "ख़बरों", "बयान", "विज्ञप्ति", "मीडिया")
	// sourceStops end a source when walking back from its phrase, as
	// clause words and verbs do: postpositions that belong to another part
	// of the clause ("5 दिसंबर को TASS ने बताया"). The genitive (का, की,
	// के) may stand inside a source ("मंत्रालय के प्रवक्ता").
	sourceStops = setOf("को", "में", "से", "पर", "तक", "ने")
	genitive    = setOf("के", "की", "का")
	latinSaid   = setOf("said", "says", "say", "told", "reported", "reports")
)

// maxSourceWords is how many words a source may have when it runs back to
// the start of its clause; a longer stretch is cut to the last two words,
// or to a name in Latin letters ("रूसी समाचार एजेंसी TASS के अनुसार").
const maxSourceWords = 3

// wordBuf holds the words of one call of Attributions.
type wordBuf struct {
	ws  []Token
	brk []bool
}

var wordBufs = sync.Pool{New: func() any { return new(wordBuf) }}

// Attributions returns the attribution phrases of text[from:to], in order:
//
//   - "X के अनुसार", "X के मुताबिक", "X के हवाले से", "X की मानें तो";
//   - "X ने कहा", "X ने बताया" (so "सूत्रों ने बताया"), "X ने जानकारी/खबर दी",
//     "X ने दावा किया (है)", "X ने संकेत दिया",
//     "X का कहना है", "X बताते/कहते हैं कि", "X ने ट्वीट किया", "X ने ट्वीट कर कहा";
//   - reports: "रिपोर्ट्स के अनुसार", "रिपोर्ट/खबरों/बयान में कहा गया",
//     and, without a source, "बताया जा रहा है", "कहा जा रहा है";
//   - in English: "according to X", "X said", "reports say".
//
// The source X runs back from the phrase to the start of its clause
// (punctuation, a conjunction, a postposition or a verb) if that is at most
// three words; otherwise it is a name in Latin letters just before the
// phrase, or the last two words.
func Attributions(text string, from, to int) []Attribution {
	from, to = clampSpan(text, from, to)
	s := text[:to]
	// The words of the range, and whether clause punctuation stands
	// before each, in buffers reused across calls: draft asks this of
	// every sentence of an article.
	buf := wordBufs.Get().(*wordBuf)
	defer wordBufs.Put(buf)
	ws, brk := buf.ws[:0], buf.brk[:0]
	defer func() { buf.ws, buf.brk = ws, brk }()
	cut := true
	for pos := from; ; {
		t := Next(s, pos)
		if t.Kind == EOF {
			break
		}
		pos = t.End
		if t.Kind == Punct {
			if t.Rune != '-' && t.Rune != '/' && t.Rune != '॰' && (t.Rune != '.' || EndsSentence(s, t.Start)) {
				cut = true
			}
			continue
		}
		ws = append(ws, t)
		brk = append(brk, cut)
		cut = false
	}
	word := func(i int) string {
		if i < 0 || i >= len(ws) || ws[i].Kind != Word {
			return ""
		}
		return ws[i].Text(s)
	}
	// joined reports that words i and i+1 stand in one clause.
	joined := func(i int) bool { return i+1 < len(ws) && !brk[i+1] }
	var out []Attribution
	for k := 0; k < len(ws); k++ {
		w := word(k)
		last, sourced := -1, true
		switch {
		case w == "के" && joined(k) && anusar.has(word(k+1)):
			last = k + 1
		case w == "के" && joined(k) && havale.has(word(k+1)):
			last = k + 1
			if joined(last) && word(last+1) == "से" {
				last++
			}
		case w == "की" && joined(k) && (word(k+1) == "मानें" || word(k+1) == "माने") && joined(k+1) && word(k+2) == "तो":
			// "सूत्रों की मानें तो", often printed "माने".
			last = k + 2
		case w == "ने" && joined(k) && kahaBataya.has(word(k+1)):
			last = k + 1
		case w == "ने" && joined(k) && (word(k+1) == "जानकारी" || word(k+1) == "खबर" || word(k+1) == "ख़बर") && joined(k+1) && word(k+2) == "दी":
			// "न्यूज एजेंसी पीटीआई ने खबर दी है कि …": reported.
			last = k + 2
		case w == "ने" && joined(k) && word(k+1) == "संकेत" && joined(k+1) && (word(k+2) == "दिया" || word(k+2) == "दिए" || word(k+2) == "दिये"):
			// "चीन ने सोमवार को संकेत दिया कि …": signalled.
			last = k + 2
		case w == "ने" && joined(k) && word(k+1) == "दावा" && joined(k+1) && word(k+2) == "किया":
			// "तुर्की ने दावा किया है कि …": claimed.
			last = k + 2
			if joined(last) && word(last+1) == "है" {
				last++
			}
		case w == "ने" && joined(k) && postWords.has(word(k+1)) && joined(k+1) && (word(k+2) == "किया" || word(k+2) == "कर"):
			// "प्रवक्ता ने ट्वीट किया", "मंत्री ने ट्वीट कर कहा"
			last = k + 2
			if word(last) == "कर" && joined(last) && kahaBataya.has(word(last+1)) {
				last++
			}
		case habitualSay.has(w) && k > 0 && !brk[k] && sayers.has(word(k-1)) && joined(k) && (word(k+1) == "हैं" || word(k+1) == "है") && joined(k+1) && word(k+2) == "कि":
			// "सूत्र बताते हैं कि …": what a source keeps saying. Only one
			// who speaks: "संकेत साफ बताते हैं कि", "आंकड़े बताते हैं कि"
			// (signals, figures show) tell of no source.
			last = k + 1
		case w == "का" && joined(k) && word(k+1) == "कहना":
			last = k + 1
			if joined(last) && (word(last+1) == "है" || word(last+1) == "था") {
				last++
			}
		case w == "में" && k > 0 && !brk[k] && reportWord.has(word(k-1)) && joined(k) && kahaBataya.has(word(k+1)) &&
			joined(k+1) && diyaGaya.has(word(k+2)):
			last = k + 2
		case kahaBataya.has(w) && word(k-1) != "ने" && joined(k) && word(k+1) == "जा" && joined(k+1) && word(k+2) == "रहा":
			last, sourced = k+2, false
			if joined(last) && word(last+1) == "है" {
				last++
			}
		case IsLatin(w):
			if a, next, ok := latinAttribution(s, ws, brk, k); ok {
				out = append(out, a)
				k = next - 1
			}
			continue
		default:
			continue
		}
		if !sourced {
			out = append(out, Attribution{Span: Span{ws[k].Start, ws[last].End}, Source: Span{ws[k].Start, ws[k].Start}})
			k = last
			continue
		}
		if k == 0 || brk[k] || ws[k-1].Kind != Word || stopsSource(s, ws[k-1]) {
			continue // no source before the phrase
		}
		first := sourceStart(s, ws, brk, k)
		src := Span{ws[first].Start, ws[k-1].End}
		if by := issuedBy(s, ws, brk, k-1); by >= 0 {
			// "सूत्रों से मिली जानकारी के अनुसार": the source is who gave
			// the information, not the information.
			agent := sourceStart(s, ws, brk, by)
			first, src = agent, Span{ws[agent].Start, ws[by-1].End}
		}
		out = append(out, Attribution{Span: Span{ws[first].Start, ws[last].End}, Source: src})
		k = last
	}
	return out
}

func stopsSource(s string, t Token) bool {
	w := t.Text(s)
	return sourceStops.has(w) || clauseWords.has(w) || classify(w)&wCue != 0
}

// sourceStart returns the index of the first word of the source that ends
// with word k-1.
func sourceStart(s string, ws []Token, brk []bool, k int) int {
	open := func(i int) bool { return i > 0 && !brk[i] && !stopsSource(s, ws[i-1]) }
	first := k - 1
	for open(first) && k-first <= maxSourceWords {
		first--
	}
	if k-first > maxSourceWords || open(first) {
		first = k - 1
		if !IsLatin(ws[k-1].Text(s)) && open(k-1) {
			first = k - 2
			// "मंत्रालय के प्रवक्ता": a genitive does not open a source.
			if genitive.has(ws[first].Text(s)) && first > 0 && !brk[first] {
				first--
			}
		}
	}
	return first
}

// Words of "X से मिली जानकारी", "X द्वारा जारी बयान", "X की ओर से जारी
// विज्ञप्ति": what was given, how, and by what postposition.
var (
	givenThings = setOf("जानकारी", "सूचना", "खबर", "खबरों", "ख़बर", "बयान", "विज्ञप्ति", "रिपोर्ट", "रिपोर्ट्स", "रिपोर्टों")
	givenHow    = setOf("मिली", "मिले", "मिलीं", "जारी", "प्राप्त", "दी")
	givenBy     = setOf("से", "द्वारा")
	// givenAdjectives may stand between how and what: "जारी संयुक्त बयान".
	givenAdjectives = setOf("संयुक्त", "साझा", "एक", "आधिकारिक", "ताजा")
	passiveAux      = setOf("गई", "गए", "गया", "गयी")
	passiveDo       = setOf("किए", "किये", "की", "किया")
)

// issuedBy returns the index of the postposition after the agent when the
// words up to noun are "<agent> से/द्वारा मिली/जारी <information>", or -1.
// The agent must itself be a source: a word that opens no clause.
func issuedBy(s string, ws []Token, brk []bool, noun int) int {
	text := func(i int) string { return ws[i].Text(s) }
	joined := func(i int) bool { return i > 0 && !brk[i] }
	if !givenThings.has(text(noun)) || !joined(noun) {
		return -1
	}
	how := noun - 1
	if how > 0 && givenAdjectives.has(text(how)) && joined(how) {
		how-- // "द्वारा जारी संयुक्त बयान", "की ओर से जारी एक बयान"
	}
	if how > 0 && passiveAux.has(text(how)) && joined(how) {
		how-- // "द्वारा दी गई जानकारी"
		if how > 0 && passiveDo.has(text(how)) && joined(how) {
			how-- // "द्वारा जारी किए गए बयान"
		}
	}
	if how < 1 || !givenHow.has(text(how)) || !joined(how) {
		return -1
	}
	by := how - 1
	if by < 1 || !givenBy.has(text(by)) || !joined(by) {
		return -1
	}
	if text(by) == "से" && text(by-1) == "ओर" && by >= 3 && joined(by-1) && text(by-2) == "की" && joined(by-2) {
		by -= 2 // "मंत्रालय की ओर से जारी बयान"
	}
	if ws[by-1].Kind != Word || stopsSource(s, ws[by-1]) {
		return -1
	}
	return by
}

// latinAttribution reads "according to X" and "X said" at word k.
func latinAttribution(s string, ws []Token, brk []bool, k int) (Attribution, int, bool) {
	w := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return ws[i].Text(s)
	}
	if equalFold(w(k), "according") && k+2 < len(ws) && !brk[k+1] && equalFold(w(k+1), "to") && !brk[k+2] {
		last := k + 2
		for last+1 < len(ws) && !brk[last+1] && last-k < 4 && IsLatin(w(last+1)) && w(last + 1)[0] >= 'A' && w(last + 1)[0] <= 'Z' {
			last++
		}
		return Attribution{Span: Span{ws[k].Start, ws[last].End}, Source: Span{ws[k+2].Start, ws[last].End}}, last + 1, true
	}
	if k+1 < len(ws) && !brk[k+1] && latinSaid.has(w(k+1)) {
		first := k
		for first > 0 && !brk[first] && k-first < maxSourceWords-1 && IsLatin(w(first-1)) && w(first - 1)[0] >= 'A' && w(first - 1)[0] <= 'Z' {
			first--
		}
		if w(k)[0] >= 'A' && w(k)[0] <= 'Z' || equalFold(w(k), "reports") || equalFold(w(k), "sources") {
			return Attribution{Span: Span{ws[first].Start, ws[k+1].End}, Source: Span{ws[first].Start, ws[k].End}}, k + 2, true
		}
	}
	return Attribution{}, k + 1, false
}

func equalFold(a, b string) bool {
	return len(a) == len(b) && hasPrefixFold(a, b)
}
