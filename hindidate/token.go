package hindidate

import (
	"github.com/samayrekha/samayrekha/internal/hindi"
)

// The scanner is the Hindi layer's (internal/hindi), shared with
// timeline/draft and timeline/lint; with hindidate's lexicon
// (hindi.Lexicon) it looks every word up as it reads it, in one call per
// token. It reads the original bytes directly and never rewrites or
// normalises the text, so every offset it reports points into the input.
// Devanagari digits are converted to values while scanning.

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

// tokCacheSize is the number of tokens a ctx remembers. Rules look at the
// same few tokens again and again; the cache makes the second look free.
const tokCacheSize = 8

type tokCache struct {
	key [tokCacheSize]int // pos+1 of the cached token; 0 means empty
	tok [tokCacheSize]token
}

// next returns the token that begins at or after byte pos of c.s,
// skipping spaces, with its lexicon entry; at the end of c.s, a tEOF token
// with Start == End == len(c.s). It remembers the last few.
func (c *ctx) next(pos int) token {
	k := pos & (tokCacheSize - 1)
	if c.cache.key[k] == pos+1 {
		return c.cache.tok[k]
	}
	h, lx := lexicon.Next(c.s, pos)
	t := token{h, lx}
	c.cache.key[k], c.cache.tok[k] = pos+1, t
	return t
}
