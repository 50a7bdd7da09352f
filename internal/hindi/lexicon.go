package hindi

import (
	"strings"
	"unicode/utf8"
)

// Lexicon is a read-only table of words for a scanner that looks every
// word up as it reads it, as hindidate's does: [Lexicon.Next] is [Next]
// and the lookup in one step. A filter on the first letter and the length
// of the known words spares most words of running text a map lookup.
// Latin words are looked up in lower case without allocating; Devanagari
// words as written (store every nukta spelling: see [Spellings]).
//
// Build it once with [NewLexicon]; it is then safe for concurrent use.
type Lexicon[V any] struct {
	words  map[string]V
	filter [128 + 26]uint64 // per first letter, a bit per byte length
	last   [64]uint64       // per last byte (its low six bits), a bit per byte length
	maxLen int
	// glued are postpositions a known word may carry glued to its end,
	// and gluedStem the words that may carry them: see [Lexicon.Glued].
	glued     []string
	gluedStem func(V) bool
	stemLens  [128]uint64 // per first Devanagari letter, a bit per byte length of a word that may carry one
	gluedLens [128]uint64 // the same, of such a word with a suffix glued on: a first test, inline
	gluedLast uint64      // a bit per lastKey of the suffixes: a second one
}

// Glued makes l read a postposition written glued to a word it knows
// ("10-11 अक्टूबरको", "सोमवारसे", as the web often prints them) as two
// tokens, the word and the postposition, when stem holds for the word's
// value; "अक्टूबरको" is then "अक्टूबर" followed by "को". Only Devanagari
// suffixes are read, only off a word the lexicon does not know whole, and
// only off words that begin with a letter of U+0900–U+093F (every month
// and weekday name does). It returns l; call it before l is shared.
//
// The test is cheap for the words it leaves whole, which are nearly all:
// a bit for the word's first letter and length, and one for its last
// byte, before any suffix is compared.
func (l *Lexicon[V]) Glued(suffixes []string, stem func(V) bool) *Lexicon[V] {
	l.glued, l.gluedStem = suffixes, stem
	for w, v := range l.words {
		if k := filterKey(w); k >= 0 && k < len(l.stemLens) && stem(v) {
			l.stemLens[k] |= 1 << min(len(w), 63)
			for _, suf := range suffixes {
				l.gluedLens[k] |= 1 << min(len(w)+len(suf), 63)
				l.gluedLast |= 1 << lastKey(suf)
			}
		}
	}
	return l
}

// NewLexicon returns a lexicon of words, which it keeps: the map must not
// change afterwards. Latin keys must be lower case; words shorter than two
// bytes are never found.
func NewLexicon[V any](words map[string]V) *Lexicon[V] {
	l := &Lexicon[V]{words: words}
	for w := range words {
		if w == "" {
			continue
		}
		if k := filterKey(w); k >= 0 {
			l.filter[k] |= 1 << min(len(w), 63)
		}
		l.last[lastKey(w)] |= 1 << min(len(w), 63)
		l.maxLen = max(l.maxLen, len(w))
	}
	return l
}

// filterKey returns the filter slot of word w: its first letter
// (Devanagari, or Latin folded to lower case), or -1 for other scripts.
func filterKey(w string) int {
	switch c := w[0]; {
	case c == 0xE0 && len(w) >= 3 && (w[1] == 0xA4 || w[1] == 0xA5):
		return int(w[1]-0xA4)<<6 | int(w[2]&0x3F)
	case c|0x20 >= 'a' && c|0x20 <= 'z':
		return 128 + int(c|0x20-'a')
	}
	return -1
}

// lastKey returns the slot of word w in the second filter: the low six
// bits of its last byte, a Latin letter folded to lower case.
func lastKey(w string) int {
	c := w[len(w)-1]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return int(c & 63)
}

// Lookup returns the value of word w, and whether it is known.
func (l *Lexicon[V]) Lookup(w string) (V, bool) {
	var zero V
	if len(w) > l.maxLen || len(w) < 2 {
		return zero, false
	}
	if k := filterKey(w); k >= 0 && l.filter[k]&(1<<min(len(w), 63)) == 0 {
		return zero, false
	}
	if l.last[lastKey(w)]&(1<<min(len(w), 63)) == 0 {
		return zero, false // a second filter, on the last byte: as cheap, and it halves the misses that reach the map
	}
	if w[0] < utf8.RuneSelf {
		var buf [32]byte
		if len(w) > len(buf) {
			v, ok := l.words[strings.ToLower(w)]
			return v, ok
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		v, ok := l.words[string(buf[:len(w)])]
		return v, ok
	}
	v, ok := l.words[w]
	return v, ok
}

// Next is [Next] that also looks a word up: it returns the token at or
// after byte pos of s and, for a known word, its value. The scanner and
// the lookup are one function, so that a hot loop pays one call a token.
// A nil Lexicon looks nothing up.
func (l *Lexicon[V]) Next(s string, pos int) (t Token, v V) {
	i := pos
	var r rune
	var n int
	for {
		if i >= len(s) {
			t.Start, t.End = len(s), len(s)
			return t, v
		}
		r, n = Decode(s, i)
		if !IsSpace(r) {
			break
		}
		i += n
	}
	t.Start = i
	if d := DigitValue(r); d >= 0 {
		t.Kind = Number
		val, nd := 0, 0
		for i < len(s) {
			r, n = Decode(s, i)
			d := DigitValue(r)
			if d < 0 {
				break
			}
			if nd < 9 {
				val = val*10 + d
			}
			nd++
			i += n
		}
		t.End, t.Digits, t.Value = i, uint16(min(nd, 1<<16-1)), val
		if nd > 9 {
			t.Value = -1
		}
		return t, v
	}
	if IsWordRune(r) {
		t.Kind = Word
		t.Nukta = isNuktaRune(r)
		i += n
		for i < len(s) {
			// Fast path: Devanagari letters and signs (U+0900-U+0963,
			// U+0971-U+097F) without decoding.
			if i+2 < len(s) && s[i] == 0xE0 {
				c1, c2 := s[i+1], s[i+2]
				if c1 == 0xA4 && c2&0xC0 == 0x80 || c1 == 0xA5 && (c2 >= 0x80 && c2 <= 0xA3 || c2 >= 0xB1 && c2 <= 0xBF) {
					t.Nukta = t.Nukta || c1 == 0xA4 && c2 == 0xBC || c1 == 0xA5 && c2-0x98 <= 7
					i += 3
					continue
				}
			}
			r, n = Decode(s, i)
			if !IsWordRune(r) {
				break
			}
			t.Nukta = t.Nukta || isNuktaRune(r)
			i += n
		}
		t.End = i
		if l != nil {
			var ok bool
			if v, ok = l.Lookup(s[t.Start:i]); !ok && l.glued != nil && i-t.Start > 3 && s[t.Start] == 0xE0 && s[t.Start+1] == 0xA4 &&
				l.gluedLens[s[t.Start+2]&0x3F]&(1<<min(i-t.Start, 63)) != 0 && l.gluedLast&(1<<(s[i-1]&63)) != 0 {
				t.End, v = l.unglue(s[t.Start:i], t.Start, v)
			}
		}
		return t, v
	}
	t.Kind, t.Rune, t.End = Punct, r, i+n
	return t, v
}

// unglue returns the end of the known word w (at byte start) carries
// before a glued postposition, and its value; or start+len(w) and zero
// when w is no such word.
//
// Next calls it only past gluedLens's test, on a word of U+0900–U+093F,
// so k is a valid index.
func (l *Lexicon[V]) unglue(w string, start int, zero V) (int, V) {
	k := filterKey(w)
	for _, suf := range l.glued {
		if n := len(w) - len(suf); n <= 0 || n >= 64 || l.stemLens[k]&(1<<n) == 0 || !strings.HasSuffix(w, suf) {
			continue
		}
		if v, ok := l.Lookup(w[:len(w)-len(suf)]); ok && l.gluedStem(v) {
			return start + len(w) - len(suf), v
		}
	}
	return start + len(w), zero
}

// isNuktaRune reports the nukta sign or a letter that carries one.
func isNuktaRune(r rune) bool { return r == '\u093C' || r >= '\u0958' && r <= '\u095F' }
