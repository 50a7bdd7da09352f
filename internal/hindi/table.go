package hindi

import (
	"strings"
	"unicode/utf8"
)

// The word tables of this package are maps built once, when the package
// is initialised, and never written afterwards, so they are safe to read
// from any goroutine.

// nuktaPairs lists the precomposed nukta letters and their decomposed forms.
// Text may use either (फ़ is U+095E or U+092B U+093C), so every table
// stores both; the text itself is never normalised.
var nuktaPairs = [...][2]string{
	{"\u0958", "\u0915\u093C"}, {"\u0959", "\u0916\u093C"}, {"\u095A", "\u0917\u093C"},
	{"\u095B", "\u091C\u093C"}, {"\u095C", "\u0921\u093C"}, {"\u095D", "\u0922\u093C"},
	{"\u095E", "\u092B\u093C"}, {"\u095F", "\u092F\u093C"},
}

// Spellings returns w with its nukta letters precomposed and decomposed:
// one, two or three strings (w itself first), without duplicates. Latin
// words are returned in lower case.
func Spellings(w string) []string {
	if IsLatin(w) {
		return []string{strings.ToLower(w)}
	}
	composed, decomposed := w, w
	for _, p := range nuktaPairs {
		composed = strings.ReplaceAll(composed, p[1], p[0])
		decomposed = strings.ReplaceAll(decomposed, p[0], p[1])
	}
	out := []string{w}
	for _, v := range []string{composed, decomposed} {
		if v != out[0] && (len(out) == 1 || v != out[1]) {
			out = append(out, v)
		}
	}
	return out
}

// table maps words to values. Latin keys are lower case; lookups fold the
// case of Latin words without allocating.
type table[V any] map[string]V

// add stores every spelling of each space-separated word of words.
func (t table[V]) add(words string, v V) {
	for _, w := range strings.Fields(words) {
		for _, s := range Spellings(w) {
			t[s] = v
		}
	}
}

// shortLatin is the longest word starting with an ASCII byte that get
// lowers in a buffer of its own, byte by byte.
const shortLatin = 24

// get returns the value of w.
func (t table[V]) get(w string) (V, bool) {
	if w != "" && w[0] < utf8.RuneSelf {
		var buf [shortLatin]byte
		if len(w) <= len(buf) {
			for i := 0; i < len(w); i++ {
				c := w[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[i] = c
			}
			v, ok := t[string(buf[:len(w)])]
			return v, ok
		}
		w = strings.ToLower(w)
	}
	v, ok := t[w]
	return v, ok
}

// set is a table of words without values. Most words of a text are in
// none of the sets, and a set rules most of them out by their length and
// last byte before it hashes them.
type set struct {
	t table[struct{}]
	// last holds, for the low six bits of each word's last byte, a bit
	// for its length in bytes (63 for 63 or more).
	last *[64]uint64
}

func setOf(words ...string) set {
	s := set{table[struct{}]{}, new([64]uint64)}
	for _, w := range words {
		s.t.add(w, struct{}{})
	}
	for w := range s.t {
		if w != "" {
			s.last[w[len(w)-1]&63] |= 1 << min(len(w), 63)
		}
	}
	return s
}

func (s set) has(w string) bool {
	// The filter reads the word get looks up: w, or w with its ASCII
	// letters in lower case when it starts with one (its length and
	// the place of its last byte unchanged). A longer such word get
	// lowers with strings.ToLower, which may change both: no filter.
	if w != "" && (w[0] >= utf8.RuneSelf || len(w) <= shortLatin) {
		c := w[len(w)-1]
		if w[0] < utf8.RuneSelf && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if s.last[c&63]&(1<<min(len(w), 63)) == 0 {
			return false
		}
	}
	_, ok := s.t.get(w)
	return ok
}
