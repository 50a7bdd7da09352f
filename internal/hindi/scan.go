package hindi

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a [Token].
type Kind uint8

// The kinds of token.
const (
	EOF    Kind = iota // the end of the text
	Number             // a run of ASCII and/or Devanagari digits
	Word               // a run of letters, combining marks and zero-width joiners
	Punct              // any other single rune (or invalid byte), newline included
)

// Token is one word, number or punctuation mark of a text, with its byte
// span. The scanner never copies or rewrites the text: the token's text is
// text[Start:End].
//
// Token is a small value type; pass it by value.
type Token struct {
	Start, End int
	// Value is the value of a Number of at most 9 digits, and -1 for a
	// longer one; 0 for other kinds.
	Value int
	// Rune is the rune of a Punct token: utf8.RuneError for a byte that is
	// not valid UTF-8.
	Rune rune
	// Digits is the number of digits of a Number, saturating at 65535.
	Digits uint16
	Kind   Kind
	// Nukta reports a Word that holds a nukta, alone (U+093C) or in a
	// letter that carries one (U+0958-U+095F): the web prints मुलाक़ात
	// and मुलाकात alike, and a caller that folds them need not scan
	// every word again to find the few that have one.
	Nukta bool
}

// Text returns the text of t in s, the text it was scanned from.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Is reports whether t is the punctuation rune r.
func (t Token) Is(r rune) bool { return t.Kind == Punct && t.Rune == r }

// IsDash reports whether t is a hyphen or dash, as used in ranges.
func (t Token) IsDash() bool {
	return t.Kind == Punct && (t.Rune == '-' || t.Rune == '–' || t.Rune == '—' || t.Rune == '‐' || t.Rune == '‑')
}

// IsSpace reports whether r separates tokens without being one: spaces and
// tabs of every width. A newline is not a space but a [Punct] token,
// because a date or a headline does not continue over a line break.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x3000:
		return true
	}
	return false
}

// IsWordRune reports whether r continues a word: letters, combining marks
// (Devanagari vowel signs, anusvara, chandrabindu, nukta, virama) and the
// zero-width non-joiner and joiner that Devanagari text uses inside words.
// The dandas, Devanagari digits and the abbreviation sign ॰ are not.
func IsWordRune(r rune) bool {
	if r >= 0x0900 && r <= 0x097F {
		return r < 0x0964 || r > 0x0970
	}
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return r == 0x200C || r == 0x200D || unicode.IsLetter(r) || unicode.IsMark(r)
}

// DigitValue returns the value of an ASCII or Devanagari digit, or -1.
func DigitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r >= '०' && r <= '९' {
		return int(r - '०')
	}
	return -1
}

// Decode is [utf8.DecodeRuneInString](s[i:]) with fast paths for ASCII and
// for the Devanagari block (U+0900-U+097F: E0 A4 xx and E0 A5 xx).
func Decode(s string, i int) (rune, int) {
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

// Next returns the token that begins at or after byte pos of s, skipping
// spaces. At the end of s it returns an [EOF] token with Start == End ==
// len(s). Scanning a whole text with Next takes time linear in its length
// and does not allocate.
func Next(s string, pos int) Token {
	t, _ := (*Lexicon[struct{}])(nil).Next(s, pos) // the one scanner; see lexicon.go
	return t
}

// Tokens returns every token of s[from:to], in order, with spans into s.
// It is a convenience for callers that look at a sentence or a clause
// several times; a hot loop calls [Next] instead.
func Tokens(s string, from, to int) []Token {
	from, to = clampSpan(s, from, to)
	s = s[:to]
	var out []Token
	for pos := from; ; {
		t := Next(s, pos)
		if t.Kind == EOF {
			return out
		}
		out = append(out, t)
		pos = t.End
	}
}

// clampSpan keeps from and to within s and in order.
func clampSpan(s string, from, to int) (int, int) {
	to = min(max(to, 0), len(s))
	from = min(max(from, 0), to)
	return from, to
}

// IsLatin reports whether w is written in ASCII letters only.
func IsLatin(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
