package hindi

import (
	"strings"
	"unicode/utf8"
)

// Fold returns a loose key for a proper name, under which the spellings
// Hindi newsrooms print for one foreign name meet: without nukta (ज़ेलेंस्की,
// जेलेंस्की), with anusvara for chandrabindu and for a nasal consonant with
// virama before a consonant (ट्रम्प, ट्रंप), and ो for the borrowed ॉ
// (बॉरिस, बोरिस). It is for looking names up in a table, not for display;
// Latin words are returned in lower case.
func Fold(w string) string {
	if IsLatin(w) {
		return strings.ToLower(w)
	}
	if !foldable(w) {
		return w
	}
	var buf [64]byte
	return string(appendFolded(buf[:0], w))
}

// AppendFold appends [Fold](w) to dst: a hot loop looks the key up in a
// map with string(key), and so allocates nothing.
func AppendFold(dst []byte, w string) []byte {
	if IsLatin(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	if !foldable(w) {
		return append(dst, w...)
	}
	return appendFolded(dst, w)
}

// appendFolded appends w folded rune by rune, an invalid byte as
// U+FFFD; w is not Latin.
func appendFolded(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		r, n := decodeAt(w, i)
		i += n
		switch {
		case r == '\u093C': // nukta
			continue
		case r >= '\u0958' && r <= '\u095F':
			r = nuktaBase[r-'\u0958']
		case r == '\u0901': // chandrabindu
			r = '\u0902'
		case r == '\u0949': // ॉ
			r = '\u094B'
		case r == '\u0919' || r == '\u091E' || r == '\u0923' || r == '\u0928' || r == '\u092E':
			// ङ ञ ण न म with virama before a consonant: anusvara.
			if v, m := decodeAt(w, i); v == '\u094D' {
				if c, _ := decodeAt(w, i+m); c >= '\u0915' && c <= '\u0939' {
					r = '\u0902'
					i += m
				}
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// nuktaBase are the letters of the precomposed nukta letters
// U+0958-U+095F without their nukta.
var nuktaBase = [...]rune{'क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'}

// decodeAt is [Decode] that returns (utf8.RuneError, 0) at the end of s,
// as utf8.DecodeRuneInString(s[i:]) does.
func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return Decode(s, i)
}

// foldable reports whether Fold changes w, so that the common word costs
// no allocation.
//
// It compares bytes: every rune it looks for is E0 A4 xx or E0 A5 xx in
// UTF-8, and E0 never continues a rune, so decoding rune by rune would
// find the same ones.
func foldable(w string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != 0xE0 {
			continue
		}
		switch c := w[i+2]; w[i+1] {
		case 0xA4:
			if c == 0xBC || c == 0x81 { // nukta, chandrabindu
				return true
			}
		case 0xA5:
			if c >= 0x98 && c <= 0x9F || c == 0x89 { // a letter with nukta, ॉ
				return true
			}
			// A virama after ङ ञ ण न or म and before a consonant
			// (U+0915-U+0939).
			if c == 0x8D && i >= 3 && w[i-3] == 0xE0 && w[i-2] == 0xA4 && isNasal(w[i-1]) &&
				i+5 < len(w) && w[i+3] == 0xE0 && w[i+4] == 0xA4 && w[i+5] >= 0x95 && w[i+5] <= 0xB9 {
				return true
			}
		}
	}
	return false
}

// isNasal reports whether E0 A4 c is ङ, ञ, ण, न or म.
func isNasal(c byte) bool { return c == 0x99 || c == 0x9E || c == 0xA3 || c == 0xA8 || c == 0xAE }

// Skeleton returns a looser key than Fold, for names looked up in a small
// closed table such as the world's countries, where transliterations of
// one foreign name differ in more than marks: मॉल्डोवा and मोल्दोवा,
// मैक्सिको and मेक्सिको, उज़्बेकिस्तान and उजबेकिस्तान. Over Fold it merges
// long and short vowels, ै with े and ौ with ो, retroflex and dental
// stops, the three sibilants, ण and न, and it drops the virama. Distinct
// common words meet under it too, so a caller checks a table of names
// with it only after the exact and folded spellings fail, and only for
// longer words.
func Skeleton(w string) string {
	w = Fold(w)
	if IsLatin(w) {
		return w
	}
	return strings.Map(skeletonRune, w)
}

// AppendSkeleton appends [Skeleton](w) to dst, as [AppendFold] does
// [Fold].
func AppendSkeleton(dst []byte, w string) []byte {
	var buf [64]byte
	f := AppendFold(buf[:0], w)
	// Skeleton maps rune by rune as strings.Map does: an invalid byte
	// becomes U+FFFD, and Latin letters are kept. A Devanagari rune is
	// read from its three bytes, and kept as they are when it maps to
	// itself.
	for i := 0; i < len(f); {
		if c := f[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		if f[i] == 0xE0 && i+2 < len(f) && (f[i+1] == 0xA4 || f[i+1] == 0xA5) && f[i+2]&0xC0 == 0x80 {
			r := 0x900 + rune(f[i+1]-0xA4)<<6 + rune(f[i+2]&0x3F)
			switch m := skeletonRune(r); {
			case m == r:
				dst = append(dst, f[i:i+3]...)
			case m >= 0:
				dst = utf8.AppendRune(dst, m)
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(f[i:])
		i += n
		if r = skeletonRune(r); r >= 0 {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// skeletonRune is Skeleton's map of one rune; -1 drops it.
func skeletonRune(r rune) rune {
	switch r {
	case 'ी':
		return 'ि'
	case 'ै':
		return 'े'
	case 'ौ':
		return 'ो'
	case 'ऐ':
		return 'ए'
	case 'औ':
		return 'ओ'
	case 'ू':
		return 'ु'
	case 'ई':
		return 'इ'
	case 'ऊ':
		return 'उ'
	case 'ट':
		return 'त'
	case 'ठ':
		return 'थ'
	case 'ड':
		return 'द'
	case 'ढ':
		return 'ध'
	case 'ण':
		return 'न'
	case 'श', 'ष':
		return 'स'
	case '\u094D': // virama: "उज़्बेकिस्तान", "उजबेकिस्तान"
		return -1
	}
	return r
}
