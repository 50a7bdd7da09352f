package hindi

import (
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span struct{ Start, End int }

// Sentences returns the sentences of text, in order, as byte spans into
// it. A sentence runs from its first token to its terminator (and the
// closing quotes or brackets that touch it), so spaces between sentences
// belong to none; spans never overlap. A stretch of punctuation with no
// word or number in it is no sentence.
//
// A sentence ends:
//
//   - at ।, ॥ and at | typed for a danda;
//   - at ? and !, except inside a web address;
//   - at a line break, so that a headline without a full stop is a
//     sentence of its own;
//   - at a full stop after a word or number ("हुई थी. 5 दिसंबर को …" is
//     two sentences), except the cases of [EndsSentence]: abbreviations
//     (डॉ., प्रो., नं., श्री., जन., सित., Dr., Mr.), initials (एस., S.),
//     a full stop with a letter or digit right after it (5.30, 12.03.2026,
//     pib.gov.in, U.S.), an ellipsis, and a list number at the start of a
//     line ("1. ").
//
// Sentences takes time linear in len(text) and never panics, whether or
// not text is valid UTF-8.
func Sentences(text string) []Span {
	var out []Span
	start, last := -1, 0
	content := false
	flush := func() {
		if content {
			out = append(out, Span{start, last})
		}
		start, content = -1, false
	}
	for pos := 0; ; {
		t := Next(text, pos)
		if t.Kind == EOF {
			break
		}
		pos = t.End
		if t.Kind == Punct && t.Rune == '\n' {
			flush()
			continue
		}
		if start < 0 {
			start = t.Start
		}
		last = t.End
		if t.Kind != Punct {
			content = true
			continue
		}
		if !EndsSentence(text, t.Start) {
			continue
		}
		// Take the closing quotes and brackets, and further terminators
		// ("?!", "।”"), that touch the terminator.
		for {
			u := Next(text, pos)
			if u.Kind != Punct || u.Start != last || !isCloser(u.Rune) {
				break
			}
			last, pos = u.End, u.End
		}
		flush()
	}
	flush()
	return out
}

// isCloser reports whether r, touching a sentence's terminator, belongs to
// that sentence.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '"', '\'', ')', ']', '»', '।', '॥', '?', '!', '|':
		return true
	}
	return false
}

// EndsSentence reports whether the punctuation rune at byte i of text ends
// a sentence, by the rules of [Sentences]. It looks at the word before it
// and the text after it, a bounded distance either way, so it is cheap
// enough to call for every punctuation token of a text.
func EndsSentence(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	r, n := Decode(text, i)
	switch r {
	case '।', '॥', '|', '\n':
		return true
	case '?', '!':
		// Inside a web address (a ? before its query) nothing ends; at its
		// end, before a space, the sentence does.
		if i+n < len(text) {
			if next, _ := Decode(text, i+n); !IsSpace(next) && next != '\n' && inURL(text, i) {
				return false
			}
		}
		return true
	case '.':
		return dotEnds(text, i, n)
	}
	return false
}

// urlLookBack bounds how far inURL looks back for the start of an address.
const urlLookBack = 256

// inURL reports whether byte i of text lies inside a web address: a run
// without spaces that begins with http:// , https:// or www. .
func inURL(text string, i int) bool {
	j := i
	for j > 0 && i-j < urlLookBack {
		c := text[j-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '<' || c == '"' {
			break
		}
		j--
	}
	w := text[j:i]
	return hasPrefixFold(w, "http://") || hasPrefixFold(w, "https://") || hasPrefixFold(w, "www.")
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// dotEnds decides whether the full stop at byte i (n bytes long) of text
// ends a sentence.
func dotEnds(text string, i, n int) bool {
	if i > 0 && text[i-1] == '.' || i+n < len(text) && text[i+n] == '.' {
		return false // an ellipsis
	}
	ws, we := wordBefore(text, i)
	if i+n < len(text) {
		// The last letter of a dotted acronym ends nothing: "रा.प. ट्रंप",
		// "भा.ज.पा. ने", "आई.एस.आई.प्रमुख". (Not a number: "12.03.2026.
		// अगले" ends.)
		if r, _ := Decode(text, ws); ws > 0 && text[ws-1] == '.' && DigitValue(r) < 0 {
			return false
		}
		// 5.30, 12.03.2026, pib.gov.in, U.S.A, द.कोरिया, पं.जवाहरलाल,
		// हि.स.: a letter or digit right after the full stop keeps the
		// sentence open. But Hindi ends a sentence with its verb, so a
		// verb, a full stop and the next sentence's first word printed
		// without a space ("मुलाकात करेंगे.अमेरिकी विदेश विभाग ने …", "…
		// की घोषणा की.विदेश मंत्रालय ने …") are two sentences, a date
		// first too ("… रवाना हो चुके हैं.22 अप्रैल से …").
		if r, _ := Decode(text, i+n); (DigitValue(r) >= 0 || IsWordRune(r)) && !finiteVerb(text[ws:we]) {
			return false
		}
	}
	if ws == we {
		return true // after a quote, a bracket or a space
	}
	if r, _ := Decode(text, ws); DigitValue(r) >= 0 {
		// "1. " opening a line is a list number; "2025. अगले" ends.
		return !lineStart(text, ws)
	}
	return !isAbbreviation(text, ws, we, i+n)
}

// wordBefore returns the span of the word or number that ends at byte i of
// text, or (i, i) when none does.
func wordBefore(text string, i int) (int, int) {
	j := i
	digits := false
	for j > 0 && i-j < 64 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		d := DigitValue(r) >= 0
		if !(IsWordRune(r) || d) || j < i && d != digits {
			break
		}
		digits = d
		j -= size
	}
	return j, i
}

// lineStart reports whether only spaces stand between the start of text's
// line and byte i.
func lineStart(text string, i int) bool {
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if r == '\n' {
			return true
		}
		if !IsSpace(r) {
			return false
		}
		j -= size
	}
	return true
}

// Abbreviations that a full stop (or ॰) follows without ending the
// sentence: titles, units and the like, and the letter names Hindi writes
// initials with (एस. जयशंकर, जे.पी. नड्डा, के.सी. वेणुगोपाल).
var (
	abbreviations = setOf(
		"डॉ", "डा", "प्रो", "नं", "श्री", "श्रीमती", "सुश्री", "मि", "स्व", "कु", "सं", "पृ", "रु", "लि", "प्रा",
		"कि", "मी", "ले", "जन", "ई", "पू", "मो", "डॉक्टर",
		"dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "gov", "sen",
		"rep", "inc", "ltd", "co", "corp", "vs", "no", "rs", "fig", "vol", "approx", "dept", "govt",
	)
	initials = setOf(
		"ए", "बी", "सी", "डी", "एफ", "जी", "एच", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू",
		"आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड", "ज़ेड", "जैड",
	)
	// initialsOrVerbs are letter names that are also words that end
	// sentences (आई: "came"); they are initials only before another one.
	initialsOrVerbs = setOf("आई")
)

// isAbbreviation reports whether the word text[ws:we], followed by the mark
// that ends at after, is an abbreviation rather than a sentence's last word.
func isAbbreviation(text string, ws, we, after int) bool {
	w := text[ws:we]
	if IsLatin(w) && len(w) == 1 {
		return true // S. Jaishankar
	}
	if initials.has(w) || abbreviations.has(w) && !shortMonthWords.has(w) {
		return true
	}
	if m, ok := LookupMonth(w); ok && m.Short {
		if !shortMonthWords.has(w) && !m.Latin || m.Latin && len(w) <= 4 {
			return true
		}
		// जन., नव. are months only next to a number: "5 जन. 2026".
		if numberBefore(text, ws) || Next(text, after).Kind == Number {
			return true
		}
		return false
	}
	if initialsOrVerbs.has(w) {
		u := Next(text, after)
		if u.Kind == Word && (initials.has(u.Text(text)) || initialsOrVerbs.has(u.Text(text))) {
			if v := Next(text, u.End); v.Start == u.End && v.Kind == Punct && IsAbbreviationMark(v.Rune) {
				return true // आई. के. गुजराल
			}
		}
	}
	return false
}

// numberBefore reports whether the token before byte i of text is a
// number, with only spaces between.
func numberBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !IsSpace(r) {
			return DigitValue(r) >= 0
		}
		j -= size
	}
	return false
}

// finiteVerb reports a word that can end a clause as its verb: a future,
// a perfective, an auxiliary (है, था); not the stem
// of a compound (कर, पा), which is also a letter of acronyms (भा.ज.पा.).
func finiteVerb(w string) bool {
	return classify(w)&(wCue|wPerfCtx) != 0
}
