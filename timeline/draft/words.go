package draft

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

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
	// A Hindi word and its space take some ten bytes: room for the
	// tokens up front spares the slice its doublings.
	to = min(max(to, 0), len(text))
	from = min(max(from, 0), to)
	return appendTokens(make([]token, 0, (to-from)/10+1), text, from, to)
}

// appendTokens appends the tokens of text[from:to] to toks.
func appendTokens(toks []token, text string, from, to int) []token {
	for t := range tokensOf(text, from, to) {
		toks = append(toks, t)
	}
	return toks
}

// tokensOf yields the tokens of text[from:to] one by one, as tokenize
// returns them: a test that reads each word once need not allocate them.
func tokensOf(text string, from, to int) iter.Seq[token] {
	return func(yield func(token) bool) {
		to := min(max(to, 0), len(text))
		s := text[:to]
		for pos := min(max(from, 0), to); ; {
			t := hindi.Next(s, pos)
			if t.Kind == hindi.EOF {
				return
			}
			pos = t.End
			if t.Kind == hindi.Punct {
				continue
			}
			if t.End < len(s) && s[t.End] == '.' {
				if tk, end, ok := dottedAbbreviation(s, t); ok {
					// "यू.के.", "पी.एम.": one word, read as "यूके", "पीएम".
					pos = end
					if !yield(tk) {
						return
					}
					continue
				}
			}
			tk := token{start: t.Start, end: t.End, text: t.Text(s)}
			if tk.text == "०" && initialBefore(s, t.Start) {
				continue // "एस० जयशंकर": the zero typed for the initial's stop (joined reads the gap)
			}
			latin := hindi.IsLatin(tk.text)
			if latin && nameGloss(s, tk.start, tk.end) {
				// "विदेश मंत्री डॉ. एस जयशंकर (Dr. S Jaishankar) के साथ": a name
				// spelled again in Latin letters; read without it.
				continue
			}
			tk.key = tk.text
			if latin {
				tk.key = strings.ToLower(tk.text) // Devanagari has no case
			} else if t.Nukta {
				tk.key = withoutNukta(tk.text) // "मुलाक़ात" and "मुलाकात": the web prints either
			} else if rest, ok := strings.CutPrefix(tk.text, "पंहुच"); ok {
				tk.key = "पहुंच" + rest // "ईरान पंहुचे": the anusvara misplaced, as the web often prints it
			} else if misspeltArrival(text, tk.start, tk.end) {
				tk.key = "पहुंचे" // "गुरुवार को उज्बेकिस्तान पहुचें हैं", a headline's "… उज्बेकिस्तान पहुँचें,"
			} else if strings.Contains(tk.text, "मन्त्र") {
				tk.key = strings.ReplaceAll(tk.text, "मन्त्र", "मंत्र") // "प्रधानमन्त्री": the half न for the anusvara
			} else if tk.text == "दिनी" {
				tk.key = "दिवसीय" // "छह दिनी दौरे": the spoken form of "छह दिवसीय"
			} else if key, ok := standardFuture(tk.text); ok {
				tk.key = key // "मिलेंगें", "जाऐंगे", "जायँगे": a future verb misspelt, as the web often prints it
			} else if strings.Contains(tk.text, "\u0902\u0901") {
				tk.key = strings.ReplaceAll(tk.text, "\u0902\u0901", "\u0902") // "नई दिल्ली पहुंँच चुके हैं": both nasal marks, one meant
			}
			if stem, wale, ok := joinedWale(tk.text); ok {
				// "पाकिस्तान जानेवाले थे" is "जाने वाले थे", printed as one word;
				// the stem keeps its key ("पंहुचनेवाले").
				if !yield(token{start: tk.start, end: tk.start + len(stem), text: stem, key: tk.key[:len(tk.key)-len(wale)]}) ||
					!yield(token{start: tk.start + len(stem), end: tk.end, text: wale, key: wale}) {
					return
				}
				continue
			}
			if !yield(tk) {
				return
			}
		}
	}
}

// initialBefore reports a Devanagari word of one or two letters ending
// right at byte at of s: an initial such as "एस" in "एस० जयशंकर".
func initialBefore(s string, at int) bool {
	start := at
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if r < 0x0900 || r > 0x097F || hindi.DigitValue(r) >= 0 || !hindi.IsWordRune(r) {
			break
		}
		start -= n
	}
	return start < at && utf8.RuneCountInString(s[start:at]) <= 2
}

// standardFuture returns the usual spelling of a future verb printed with
// a nasal on its ending too ("मिलेंगें"), with ऐ for ए ("जाऐंगे") or in
// the older "जायँगे", so that the verb tables know it.
func standardFuture(w string) (string, bool) {
	if !strings.HasSuffix(w, "गें") && !strings.Contains(w, "ऐं") && !strings.Contains(w, "ायँग") || !hindi.IsFutureVerb(w) {
		return "", false
	}
	fixed := w
	if stem, ok := strings.CutSuffix(fixed, "गें"); ok {
		fixed = stem + "गे"
	}
	fixed = strings.Replace(fixed, "ऐं", "एं", 1)
	fixed = strings.Replace(fixed, "ायँग", "ाएंग", 1)
	return fixed, fixed != w
}

// dottedAbbreviation reads an abbreviation of Devanagari letters, each
// with a full stop and no space ("यू.के.", "यू.एस.ए.", "पी.एम."), that
// starts at the word t: one token, its text and key the letters without
// the stops ("यूके"), its span from the first letter to the last (the
// last stop is left to end a sentence, or not, as the Hindi layer
// decides). A letter is a consonant with at most one vowel sign, each
// with its stop but the last, which may have none ("यू.एस.ए"); a
// postposition glued after two or more letters is no letter of them
// ("यू.के.की"). "डॉ.", "डॉ.एस." (a title, then an initial) and "एस.
// जयशंकर" are not such runs.
func dottedAbbreviation(s string, t hindi.Token) (token, int, bool) {
	// tokensOf calls it only for a token with a stop right after it.
	letter := func(t hindi.Token) bool {
		w := t.Text(s)
		return t.Kind == hindi.Word && !hindi.IsLatin(w) && utf8.RuneCountInString(w) <= 2
	}
	if !letter(t) || honorifics.has(t.Text(s)) {
		return token{}, 0, false // "डॉ.एस जयशंकर": a title and an initial
	}
	var b strings.Builder
	b.WriteString(t.Text(s))
	end, n := t.End, 1
	for end+1 < len(s) && s[end] == '.' {
		next := hindi.Next(s, end+1)
		if next.Start != end+1 || !letter(next) {
			break
		}
		stop := next.End < len(s) && s[next.End] == '.'
		if !stop && n >= 2 && hindi.IsPostposition(next.Text(s)) {
			break // "यू.के.की यात्रा": यू.के. and की, glued
		}
		b.WriteString(next.Text(s)) // with no stop ("यू.एस.ए जाएंगे"), the last
		end, n = next.End, n+1
	}
	if n < 2 {
		return token{}, 0, false
	}
	w := b.String()
	return token{start: t.Start, end: end, text: w, key: w}, end, true
}

// nameGloss reports a word at s[start:end] inside parentheses that spell
// a name again in Latin letters: "(Dr. S Jaishankar)", "(Joe Biden)". A
// gloss with an event, an office, a group's initials or a number
// ("(India Visit)", "(US President Joe Biden)", "(SCO)", "(G20 Summit
// 2022)") is read as it stands: its words may tell what the Hindi does
// not.
func nameGloss(s string, start, end int) bool {
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	gloss := func(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '\'' || letter(c) }
	// A name's gloss is short: the scan stops at maxGloss bytes, so a long
	// run of English costs no more than its words.
	i := start - 1
	for i >= 0 && start-i <= maxGloss && gloss(s[i]) {
		i--
	}
	j := end
	for j < len(s) && j-end <= maxGloss && gloss(s[j]) {
		j++
	}
	if i < 0 || s[i] != '(' || j >= len(s) || s[j] != ')' {
		return false
	}
	for _, w := range strings.FieldsFunc(s[i+1:j], func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimRight(w, ".")
		key := strings.ToLower(w)
		if len(w) >= 2 && strings.ToUpper(w) == w || eventWord(key) || glossOffices.has(key) {
			return false
		}
	}
	return true
}

// maxGloss is how far, in bytes, nameGloss looks for the parentheses
// around a word: "(Luvsannamsrain Oyun-Erdene)" fits.
const maxGloss = 64

// glossOffices are the Latin words of an office or a body in a gloss.
var glossOffices = setOf("president", "minister", "pm", "prime", "secretary", "chancellor", "king", "prince", "ministry", "foreign", "house", "summit", "leader", "premier", "ambassador", "spokesperson", "spokesman")

// joinedWale splits an infinitive joined to वाला ("जानेवाले", "होनेवाली")
// into its two words.
func joinedWale(w string) (stem, wale string, ok bool) {
	for _, suffix := range [...]string{"वाले", "वाली", "वाला", "वालों", "वालीं"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && strings.HasSuffix(stem, "ने") && utf8.RuneCountInString(stem) > utf8.RuneCountInString("ने") {
			return stem, suffix, true
		}
	}
	return "", "", false
}

var (
	negationWords = setOf("नहीं", "न")
	lastWords     = setOf("पिछली", "पिछले", "पिछला")
	upcomingWords = setOf("आगामी", "अगामी", "वाले", "वाली", "वाला")
	aheadWords    = setOf("आगामी", "अगामी") // upcomingWords that qualify no one noun
	seWord        = setOf("से")
	metWords      = setOf("मिलकर")
	rightWords    = setOf("सही", "अब") // the corrected part of a correction
)

// tokens returns the tokens of text[from:to]: a slice of the current
// sentence's tokens when the range lies within it (each sentence is
// scanned once), or a fresh scan.
func (x *extractor) tokens(from, to int) []token {
	c := x.cur
	if from < c.start || to > c.end || c.end == 0 {
		return tokenize(x.text, from, to)
	}
	i := sort.Search(len(x.curToks), func(i int) bool { return x.curToks[i].start >= from })
	j := sort.Search(len(x.curToks), func(j int) bool { return x.curToks[j].end > to })
	if j < i {
		j = i
	}
	return x.curToks[i:j:j]
}

// eagerWords say one looks forward to an event: "मिलने के लिए उत्सुक
// हूं".
var eagerWords = setOf("उत्सुक", "आतुर")

// correctionWords mark a sentence that corrects an earlier report.
var correctionWords = setOf("सुधार", "गलत", "ग़लत", "सही", "बजाय", "जगह")

// wordFilter rules out most words that are no key of a table by their
// first letter, last byte and length, before the table hashes them: the
// tables are read once or more for every word of a text, and most words
// are in none. For each key it sets a bit for its length in bytes (63 for
// 63 or more) in the row of its first letter and in that of its last
// byte; a word with a bit missing from either row is no key.
type wordFilter struct {
	first [128]uint64 // by firstKey
	last  [64]uint64  // by the low six bits of the last byte
}

// firstKey is the row of a word's first letter: a Devanagari letter
// (E0 A4 xx or E0 A5 xx) by its last six bits and the bit that tells the
// two apart, any other by its first byte's low seven bits. Rows shared
// by two letters only let more words by.
func firstKey[S string | []byte](w S) int {
	if len(w) >= 3 && w[0] == 0xE0 {
		return int(w[1]&1)<<6 | int(w[2]&63)
	}
	return int(w[0] & 127)
}

func (f *wordFilter) add(w string) {
	if w != "" {
		bit := uint64(1) << min(len(w), 63)
		f.first[firstKey(w)] |= bit
		f.last[w[len(w)-1]&63] |= bit
	}
}

// mayBeKey reports whether w may be a key of f: false only if it is none.
// It takes a key built in a buffer as well, which string(w) would copy.
func mayBeKey[S string | []byte](f *wordFilter, w S) bool {
	if len(w) == 0 {
		return true
	}
	bit := uint64(1) << min(len(w), 63)
	return f.last[w[len(w)-1]&63]&bit != 0 && f.first[firstKey(w)]&bit != 0
}

// wordMap is a map of words behind a wordFilter.
type wordMap[V any] struct {
	m map[string]V
	f *wordFilter
}

func wordMapOf[V any](m map[string]V) wordMap[V] {
	f := new(wordFilter)
	for w := range m {
		f.add(w)
	}
	return wordMap[V]{m, f}
}

// get returns the value of w, as m[w] would.
func (t wordMap[V]) get(w string) (V, bool) {
	if !mayBeKey(t.f, w) {
		var zero V
		return zero, false
	}
	v, ok := t.m[w]
	return v, ok
}

// wordSet is a set of lower-case words, behind a wordFilter.
type wordSet struct {
	words map[string]bool
	f     *wordFilter
}

func setOf(words ...string) wordSet {
	s := wordSet{make(map[string]bool, len(words)), new(wordFilter)}
	for _, w := range words {
		s.add(strings.ToLower(w))
	}
	return s
}

func (s wordSet) add(w string) {
	s.words[w] = true // as printed, for callers that look raw text up
	s.f.add(w)
	if f := withoutNukta(w); f != w {
		s.words[f] = true // as token keys are
		s.f.add(f)
	}
}

// misspeltArrival reports the word text[start:end] as पहुंचे with the
// vowel sign of the subjunctive, as the web often prints it: "पहुचें"
// anywhere, "पहुंचें" or "पहुँचें" before है or हैं ("… उज्बेकिस्तान पहुचें
// हैं"), at a line's end, or before a comma in a headline ("…
// उज्बेकिस्तान पहुँचें, पुतिन से करेंगे मुलाकात"). Elsewhere "पहुंचें" is
// the subjunctive ("ताकि वे समय पर पहुंचें", "… चाहता है कि प्रतिनिधिमंडल
// सोमवार को ढाका पहुंचें, ताकि …").
func misspeltArrival(text string, start, end int) bool {
	switch text[start:end] {
	case "पहुचें":
		return true
	case "पहुंचें", "पहुँचें":
		after := text[end:]
		next, _, _ := strings.Cut(strings.TrimPrefix(after[:min(len(after), 24)], " "), " ") // a word of है's length: no scan of the rest
		next = strings.TrimRight(next, "।.,")
		if next == "है" || next == "हैं" || after == "" || after[0] == '\n' {
			return true
		}
		// A headline is short: its first bytes are all that is searched
		// for its line's ends.
		const headline = 400
		if !strings.HasPrefix(after, ",") || start >= headline || strings.IndexByte(strings.TrimLeft(text[:start], " \t\r\n"), '\n') >= 0 {
			return false
		}
		// The rest of the line ends it with no danda: a headline's.
		rest, _, found := strings.Cut(after[:min(len(after), headline)], "\n")
		return found && !strings.Contains(rest, "।")
	}
	return false
}

// withoutNukta returns w with every nukta dropped, alone (U+093C) or in
// a letter that carries one (U+0958-U+095F): a token's key and the words
// of a set meet whether or not the writer typed it.
func withoutNukta(w string) string {
	if !hasNukta(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r == '\u093C': // the nukta alone
			continue
		case r >= '\u0958' && r <= '\u095F': // क़ … य़, precomposed
			r = nuktaBase[r-'\u0958']
		}
		b.WriteRune(r)
	}
	return b.String()
}

// has reports whether w is in s.
func (s wordSet) has(w string) bool {
	return mayBeKey(s.f, w) && s.words[w]
}

// unionOf returns the words of all the sets, in one set: a word read
// against several sets costs one lookup.
func unionOf(sets ...wordSet) wordSet {
	out := setOf()
	for _, s := range sets {
		for w := range s.words {
			out.add(w)
		}
	}
	return out
}

// hasAny returns the first token of toks that is in words.
func hasAny(toks []token, words wordSet) (string, bool) {
	t, ok := firstOf(toks, words)
	return t.text, ok
}

// firstOf returns the first token of toks that is one of words.
func firstOf(toks []token, words wordSet) (token, bool) {
	for _, t := range toks {
		if words.has(t.key) {
			return t, true
		}
	}
	return token{}, false
}

// hopeVoiced reports "उम्मीद (भी) जताई/व्यक्त की" at offset at, a hope
// voiced, of no event or journey among the six words before it: "… फोन पर बात करते
// हुए ट्रंप ने … रिश्ते को नई ऊंचाई पर ले जाने की उम्मीद भी जताई" hopes
// for relations; the call was held.
func hopeVoiced(toks []token, at int) bool {
	i := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
	if i < 0 || toks[i].key != "उम्मीद" {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].key == "भी" {
		j++
	}
	if j >= len(toks) || !voicedWords.has(toks[j].key) {
		return false
	}
	// Not a hope of the event: an event word, or a journey or a meeting
	// told by its verb ("मोदी के 25 नवंबर को जापान जाने की उम्मीद जताई"),
	// but "ले जाने" is taking something, no journey.
	before := toks[max(0, i-6):i]
	for k, t := range before {
		if eventWord(t.key) || t.key == "मिलने" || goInfinitives.has(t.key) && !(k > 0 && before[k-1].key == "ले") {
			return false
		}
	}
	return true
}

var voicedWords = setOf("जताई", "जताया", "जताते", "जताती", "जताए", "जताये", "व्यक्त")

// likelyOther reports "संभावित" (likely) at byte at of a word of toks
// that qualifies no event still to come: neither one of the words after
// it up to a postposition other than का, के, की ("संभावित अमेरिकी
// राष्ट्रपति ट्रंप की यात्रा") names one, nor the word right after it is
// the event's date or plan ("… यात्रा की संभावित तिथि"), nor the word
// before it names one ("यात्रा संभावित है"), nor does a verb of being
// follow it; and "संभावित रूप से" (likely) hedges a verb not in the past
// ("… संभावित रूप से … मुलाकात करेंगे", not "… समझौता हुआ"). "संभावित शांति
// रणनीतियों पर चर्चा" is such.
func likelyOther(toks []token, at int, verbs []hindi.Verb) bool {
	i := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
	if i < 0 || toks[i].key != "संभावित" && toks[i].key != "सम्भावित" {
		return false
	}
	if i+1 < len(toks) && toks[i+1].key == "रूप" {
		// The verb hedged is the first after "रूप से"; a verbal noun
		// before it ("… बैठक होने की खबर आई") is what is likely.
		for _, v := range verbs {
			if v.Start < toks[i+1].end {
				continue
			}
			for k := i + 1; k < len(toks) && toks[k].start < v.Start; k++ {
				if verbalNoun(toks, k) {
					return false
				}
			}
			return v.Tense == hindi.Past
		}
		return false
	}
	next := i + 1
	if next+1 < len(toks) && newWords.has(toks[next].key) {
		next++ // "संभावित नई तिथि"
	}
	if i > 0 && eventWord(toks[i-1].key) || next < len(toks) && (toks[next].key == "है" || toks[next].key == "हैं" || toks[next].key == "था" || toks[next].key == "थी" || eventDetailNouns.has(toks[next].key)) {
		return false // "… संभावित है", "… की संभावित तिथि 20 दिसंबर": the event is likely
	}
	for _, t := range toks[i+1 : min(len(toks), i+8)] {
		if eventWord(t.key) {
			return false
		}
		if hindi.IsPostposition(t.text) && t.key != "का" && t.key != "के" && t.key != "की" {
			break
		}
	}
	return true
}

// verbalNoun reports toks[i] as a verbal noun in -ने before a
// postposition: "होने की", "करने के". Not उन्होंने, अपने, महीने.
func verbalNoun(toks []token, i int) bool {
	w := toks[i].key
	if !strings.HasSuffix(w, "ने") || utf8.RuneCountInString(w) <= 2 || notVerbalNouns.has(w) {
		return false
	}
	return i+1 < len(toks) && afterVerbalNoun.has(toks[i+1].key)
}

var (
	notVerbalNouns  = setOf("उन्होंने", "इन्होंने", "जिन्होंने", "किन्होंने", "अपने", "महीने", "सामने", "पुराने", "नए", "घराने")
	afterVerbalNoun = setOf("की", "के", "का", "से", "में", "पर")
)

// eventDetailNouns are an event's date or plan: what is likely of them is
// likely of it ("यात्रा की संभावित तिथि", "संभावित कार्यक्रम").
var eventDetailNouns = setOf("तिथि", "तिथियां", "तारीख", "तारीखें", "तारीखों", "समय", "कार्यक्रम", "दिन")

// newWords stand between संभावित and the date it hedges: "संभावित नई तिथि".
var newWords = setOf("नई", "नया", "नए", "अगली", "अगला")

// guessStatus returns the status the words of text[c.start:c.end] (a
// clause, or a sentence, whose words are toks) state or its verb's tense
// implies, the words that decided, and whether it came from the tense (a
// weaker guess). The words and verbs are the Hindi layer's
// (internal/hindi); verbs are hindi.Verbs(text, c.start, c.end), which
// the caller has read already.
//
// Status words win over tense, in this order: cancelled, postponed,
// rescheduled, proposed (also "may": आ सकते हैं), confirmed, announced or
// planned (a plan is drafted as announced), held (संपन्न). The news is the
// strongest word: "पहले प्रस्तावित बैठक स्थगित" is postponed. Without one,
// the clause's main verb decides: Hindi is verb-final, so it is the last
// verb group if it ends within the clause's last three words — a future
// (or a request) is planned, drafted as announced; a past is held.
func guessStatus(text string, c span, toks []token, verbs []hindi.Verb) (timeline.Status, string, bool) {
	cues := hindi.StatusCues(text, c.start, c.end)
	// "… वार्ता रद्द हो सकती है", "बहुत संभव है कि … वार्ता रद्द कर दी
	// जाए": a calling off that may come is no news of one; the event keeps
	// what the rest of the clause says of it.
	var mayOff []span // the verb groups of those cues
	cues = slices.DeleteFunc(cues, func(q hindi.Cue) bool {
		if q.Status != hindi.Cancelled && q.Status != hindi.Postponed || q.Negated {
			return false
		}
		end, ok := mayComeOff(text, c, toks, q)
		if ok {
			mayOff = append(mayOff, span{q.Word.End, end})
		}
		return ok
	})
	// "… यूक्रेन के युद्ध और संभावित शांति रणनीतियों पर चर्चा होगी": a
	// likely thing that is no event says nothing of the event's status.
	cues = slices.DeleteFunc(cues, func(q hindi.Cue) bool {
		return q.Status == hindi.Proposed && (likelyOther(toks, q.Word.Start, verbs) || hopeVoiced(toks, q.Word.Start))
	})
	// "… से बातचीत की और दोनों देशों ने रणनीतिक साझेदारी की घोषणा की":
	// an announcement in a clause of its own, joined after the event's
	// finished verb, that names no event, is not the event's.
	cues = slices.DeleteFunc(cues, func(q hindi.Cue) bool {
		return (q.Status == hindi.Announced || q.Status == hindi.Planned || q.Status == hindi.Confirmed) && !q.Negated && announcesOther(toks, verbs, q)
	})
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
		if v.Mood == hindi.Potential && v.Tense != hindi.Past && !slices.ContainsFunc(mayOff, func(g span) bool { return v.Start < g.end && v.End > g.start }) {
			// (Not the "may" of a calling off: "वार्ता रद्द हो सकती है"
			// leaves the talks as planned.)
			return timeline.Proposed, text[v.Start:v.End], false
		}
	}
	// A plan or an announcement told as an attribute ("अचानक तय हुई …
	// यात्रा पर … पहुंच चुके हैं") gives way to a completed main verb.
	if len(verbs) > 0 && len(toks) > 0 {
		v := verbs[len(verbs)-1]
		if v.Tense == hindi.Past && !v.Negated && v.End > toks[max(len(toks)-3, 0)].start {
			for _, q := range cues {
				if (q.Status == hindi.Planned || q.Status == hindi.Announced) && q.End < v.Start && !q.Negated {
					vt := text[v.Start:v.End]
					if strings.Contains(vt, "चुके") || strings.Contains(vt, "गए") || strings.Contains(vt, "गई") || strings.Contains(vt, "गया") {
						return timeline.Held, vt, true
					}
				}
			}
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
	for i := 1; i+1 < len(toks); i++ {
		// "उनका 10 जुलाई को एससीओ की बैठक में हिस्सा लेने का कार्यक्रम
		// है": on the programme, planned.
		if toks[i].key == "कार्यक्रम" && toks[i-1].key == "का" && (toks[i+1].key == "है" || toks[i+1].key == "हैं") && i >= 2 && strings.HasSuffix(toks[i-2].key, "ने") {
			return timeline.Announced, toks[i].text, false
		}
	}
	return "", "", false
}

// announcesOther reports cue q after "और" (or तथा, एवं) that follows a
// finished verb of the clause, with no event word between the
// conjunction and the cue: another clause's announcement of no event.
func announcesOther(toks []token, verbs []hindi.Verb, q hindi.Cue) bool {
	conj := -1
	for i, t := range toks {
		if t.start >= q.Word.Start {
			break
		}
		if t.key == "और" || t.key == "तथा" || t.key == "एवं" {
			conj = i
		}
	}
	if conj < 1 {
		return false
	}
	finished := slices.ContainsFunc(verbs, func(v hindi.Verb) bool {
		return v.End <= toks[conj].start && v.End >= toks[conj-1].end && (v.Tense == hindi.Past || v.Ahead())
	})
	if !finished {
		return false
	}
	between := toks[conj+1:]
	for k, t := range between {
		if t.start >= q.Word.Start {
			break
		}
		next := ""
		if k+1 < len(between) {
			next = between[k+1].key
		}
		if eventWords.has(t.key) || backWords.has(t.key) && !linkAfterBack.has(next) || (t.key == "इस" || t.key == "उस") && next == "बात" {
			// "… आएंगे और क्रेमलिन ने इसकी (इस बात की) पुष्टि की": the
			// event's own; not "और इसके अलावा/बाद … ने तेल सौदे की पुष्टि
			// की", a connective.
			return false
		}
	}
	return true
}

// backWords point an announcement back at what the clause told.
var backWords = setOf("इसकी", "इसका", "इसके", "इसे", "इसको", "इनकी", "उसकी", "उसका", "उसके", "जिसकी", "जिसका", "जिसके")

// linkAfterBack make "इसके", "उसके" a connective ("इसके अलावा", "उसके
// बाद", "इसके साथ ही"), not the object of the announcement.
var linkAfterBack = setOf("अलावा", "बाद", "साथ", "पहले", "पूर्व", "बावजूद", "लिए", "तहत", "चलते", "अतिरिक्त", "बजाय")

// mayComeOff reports a cue of calling off or putting off told as what may
// come, and where its verb group ends: the group in the mood of "may"
// ("रद्द हो सकती है", "टाली जा सकती है"), or a subjunctive "जाए" after "संभव
// है कि" or "आशंका है कि" ("बहुत संभव है कि … रद्द कर दी जाए"). toks are
// the clause's.
func mayComeOff(text string, c span, toks []token, q hindi.Cue) (int, bool) {
	j := slices.IndexFunc(toks, func(t token) bool { return t.start >= q.Word.End })
	if j < 0 {
		return 0, false
	}
	for k, t := range toks[j:min(len(toks), j+4)] {
		switch {
		case mayWords.has(t.key):
			return t.end, true
		case t.key == "जाए" || t.key == "जाएं" || t.key == "जाये":
			// The clause may begin after कि: a few words before it too.
			before := text[max(0, c.start-40):q.Word.Start]
			ok := strings.Contains(before, "संभव है कि") || strings.Contains(before, "आशंका है कि") || strings.Contains(before, "संभावना है कि")
			return t.end, ok
		case k > 0 && hindi.IsClauseWord(t.text):
			return 0, false
		}
	}
	return 0, false
}

var mayWords = setOf("सकता", "सकती", "सकते", "सकतीं", "सकेगा", "सकेगी", "सकेंगे", "सकेंगी")
