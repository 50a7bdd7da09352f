package hindidate

import (
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// The scanner (internal/hindi) reads the original bytes directly; it never
// rewrites or normalises the text, so every offset it reports points into
// the input. Devanagari digits are converted to values while scanning.

// The token kinds, by their old short names.
const (
	tEOF   = hindi.EOF
	tNum   = hindi.Number // a run of ASCII and/or Devanagari digits
	tWord  = hindi.Word   // a run of letters and combining marks
	tPunct = hindi.Punct  // any other single rune (or invalid byte); newline included
)

// token is a token of the Hindi layer with its lexicon entry. Embedding
// the layer's token (rather than copying its fields into one of our own)
// keeps the hot loop of FindAll as fast as when hindidate had a scanner of
// its own.
type token struct {
	hindi.Token
	lx *lexEntry // known word, or nil
}

// isFW reports whether t is the function word w.
func (t token) isFW(w int8) bool { return t.lx != nil && t.lx.fw == w }

// next returns the token that begins at or after byte pos of s, skipping
// spaces, with its lexicon entry. At the end of s it returns a tEOF token
// with start == end == len(s). The scanning itself is the Hindi layer's
// (internal/hindi), shared with timeline/draft and timeline/lint.
func next(s string, pos int) token {
	t := token{Token: hindi.Next(s, pos)}
	if t.Kind == hindi.Word {
		t.lx = lookup(s[t.Start:t.End])
	}
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
