package hindidate

import (
	"unicode"
	"unicode/utf8"
)

// The scanner reads the original bytes directly; it never rewrites or
// normalises the text, so every offset it reports points into the input.
// Devanagari digits are converted to values while scanning.

type tokKind uint8

const (
	tEOF   tokKind = iota
	tNum           // a run of ASCII and/or Devanagari digits
	tWord          // a run of letters and combining marks
	tPunct         // any other single rune (or invalid byte); newline included
)

type token struct {
	start, end int
	num        int       // value of a number of at most 9 digits, else -1
	lx         *lexEntry // known word, or nil
	r          rune      // the rune of a punctuation token
	ndig       uint16    // digits in a number, saturating
	kind       tokKind
}

// is reports whether t is the punctuation rune r.
func (t token) is(r rune) bool { return t.kind == tPunct && t.r == r }

// isFW reports whether t is the function word w.
func (t token) isFW(w int8) bool { return t.lx != nil && t.lx.fw == w }

// isDash reports whether t is a hyphen or dash used in ranges.
func (t token) isDash() bool {
	return t.kind == tPunct && (t.r == '-' || t.r == '–' || t.r == '—' || t.r == '‐' || t.r == '‑')
}

// isSpace reports whether r separates tokens without being one. Newlines are
// tokens, because a date does not continue over a line break.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x3000:
		return true
	}
	return false
}

// isWordRune reports whether r continues a word: letters, combining marks
// (Devanagari vowel signs, anusvara, nukta, virama) and the zero-width
// joiners that Devanagari text uses inside words.
func isWordRune(r rune) bool {
	if r >= 0x0900 && r <= 0x097F {
		return !(r >= 0x0964 && r <= 0x0970) // danda, double danda, digits, abbreviation sign
	}
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return r == 0x200C || r == 0x200D || unicode.IsLetter(r) || unicode.IsMark(r)
}

// digitValue returns the value of an ASCII or Devanagari digit, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r >= '०' && r <= '९' {
		return int(r - '०')
	}
	return -1
}

// decode is utf8.DecodeRuneInString with fast paths for ASCII and for the
// Devanagari block (U+0900-U+097F: E0 A4 xx and E0 A5 xx).
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xE0 && i+2 < len(s) {
		if c1, c2 := s[i+1], s[i+2]; (c1 == 0xA4 || c1 == 0xA5) && c2&0xC0 == 0x80 {
			return 0x900 + rune(c1-0xA4)<<6 + rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// next returns the token that begins at or after byte pos of s, skipping
// spaces. At the end of s it returns a tEOF token with start == end == len(s).
func next(s string, pos int) token {
	i := pos
	var r rune
	var n int
	for {
		if i >= len(s) {
			return token{start: len(s), end: len(s)}
		}
		r, n = decode(s, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	t := token{start: i}
	if d := digitValue(r); d >= 0 {
		t.kind = tNum
		v, nd := 0, 0
		for i < len(s) {
			r, n = decode(s, i)
			d := digitValue(r)
			if d < 0 {
				break
			}
			if nd < 9 {
				v = v*10 + d
			}
			nd++
			i += n
		}
		t.end, t.ndig, t.num = i, uint16(min(nd, 1<<16-1)), v
		if nd > 9 {
			t.num = -1
		}
		return t
	}
	if isWordRune(r) {
		t.kind = tWord
		i += n
		for i < len(s) {
			// Fast path: Devanagari letters and signs (U+0900-U+0963,
			// U+0971-U+097F) without decoding.
			if i+2 < len(s) && s[i] == 0xE0 {
				c1, c2 := s[i+1], s[i+2]
				if c1 == 0xA4 && c2&0xC0 == 0x80 || c1 == 0xA5 && (c2 >= 0x80 && c2 <= 0xA3 || c2 >= 0xB1 && c2 <= 0xBF) {
					i += 3
					continue
				}
			}
			r, n = decode(s, i)
			if !isWordRune(r) {
				break
			}
			i += n
		}
		t.end = i
		t.lx = lookup(s[t.start:i])
		return t
	}
	t.kind, t.r, t.end = tPunct, r, i+n
	return t
}

// tokCacheSize is the number of tokens a ctx remembers. Rules look at the
// same few tokens again and again; the cache makes the second look free.
const tokCacheSize = 8

type tokCache struct {
	key [tokCacheSize]int // pos+1 of the cached token; 0 means empty
	tok [tokCacheSize]token
}

// next is next(c.s, pos), remembered.
func (c *ctx) next(pos int) token {
	k := pos & (tokCacheSize - 1)
	if c.cache.key[k] == pos+1 {
		return c.cache.tok[k]
	}
	t := next(c.s, pos)
	c.cache.key[k], c.cache.tok[k] = pos+1, t
	return t
}

// filterKey returns the lexFilter slot of word w: its first letter
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

// lookup returns the lexicon entry of word w, or nil.
func lookup(w string) *lexEntry {
	if len(w) > maxLexLen || len(w) < 2 {
		return nil
	}
	if k := filterKey(w); k >= 0 && lexFilter[k]&(1<<min(len(w), 63)) == 0 {
		return nil // no known word begins with this letter and has this length
	}
	if w[0] < utf8.RuneSelf {
		// Latin: compare in lower case without allocating.
		var buf [16]byte
		if len(w) > len(buf) {
			return nil
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return lexicon[string(buf[:len(w)])]
	}
	return lexicon[w]
}
