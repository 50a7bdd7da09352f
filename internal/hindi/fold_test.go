package hindi

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for _, tt := range [][2]string{
		{"ट्रम्प", "ट्रंप"},
		{"ज़ेलेंस्की", "जेलेंस्की"},
		{"ज\u093Cेलेंस्की", "जेलेंस्की"},
		{"बॉरिस", "बोरिस"},
		{"सुनाँ", "सुनां"},
		{"अल्बनीज़", "अल्बनीज"},
		{"चिन्फिंग", "चिंफिंग"},
		{"सम्राट", "संराट"}, // म् before a consonant
		{"जन्म", "जंम"},     // न् before म
		{"Putin", "putin"},
		{"न्", "न्"}, // a virama at the end stays
	} {
		if got, want := Fold(tt[0]), Fold(tt[1]); got != want {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tt[0], got, tt[1], want)
		}
	}
	if Fold("पुतिन") == Fold("पुतीन") {
		t.Error("Fold must not merge vowel lengths")
	}
}

func TestSkeleton(t *testing.T) {
	for _, tt := range [][2]string{
		{"मॉल्डोवा", "मोल्दोवा"},
		{"इंडोनेशिया", "इण्डोनेशिया"},
		{"मैक्सिको", "मैक्सीको"},
		{"उज़्बेकिस्तान", "उज्बेकिस्तान"},
	} {
		if got, want := Skeleton(tt[0]), Skeleton(tt[1]); got != want {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q; want equal", tt[0], got, tt[1], want)
		}
	}
	// Apart: what Skeleton keeps — ा against none, aspiration, ो against
	// ौ's neighbour ा.
	for _, tt := range [][2]string{{"काम", "कम"}, {"भारत", "बारत"}, {"मालदीव", "मलदीव"}, {"खान", "कान"}} {
		if Skeleton(tt[0]) == Skeleton(tt[1]) {
			t.Errorf("Skeleton(%q) == Skeleton(%q); want different", tt[0], tt[1])
		}
	}
}

// foldWant and skeletonWant are Fold and Skeleton as first written, with
// strings.Builder and strings.Map: the fast versions must agree with them
// byte for byte, invalid UTF-8 included.
func foldWant(w string) string {
	if IsLatin(w) {
		return strings.ToLower(w)
	}
	if !foldableWant(w) {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch {
		case r == '\u093C':
			continue
		case r >= '\u0958' && r <= '\u095F':
			r = []rune("कखगजडढफय")[r-'\u0958']
		case r == '\u0901':
			r = '\u0902'
		case r == '\u0949':
			r = '\u094B'
		case r == '\u0919' || r == '\u091E' || r == '\u0923' || r == '\u0928' || r == '\u092E':
			if v, m := utf8.DecodeRuneInString(w[i:]); v == '\u094D' {
				if c, _ := utf8.DecodeRuneInString(w[i+m:]); c >= '\u0915' && c <= '\u0939' {
					r = '\u0902'
					i += m
				}
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func foldableWant(w string) bool {
	prevNasal := false
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch {
		case r == '\u093C', r >= '\u0958' && r <= '\u095F', r == '\u0901', r == '\u0949':
			return true
		case r == '\u094D' && prevNasal:
			if c, _ := utf8.DecodeRuneInString(w[i:]); c >= '\u0915' && c <= '\u0939' {
				return true
			}
		}
		prevNasal = r == '\u0919' || r == '\u091E' || r == '\u0923' || r == '\u0928' || r == '\u092E'
	}
	return false
}

func skeletonWant(w string) string {
	w = foldWant(w)
	if IsLatin(w) {
		return w
	}
	return strings.Map(skeletonRune, w)
}

var foldSamples = []string{
	"", "a", "Putin", "PUTIN ji", "ट्रम्प", "ज़ेलेंस्की", "ज\u093Cेलेंस्की", "बॉरिस", "सुनाँ", "न्", "म्", "न्क", "ऩ्क",
	"उज़्बेकिस्तान", "मॉल्डोवा", "\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F", "क\xffख़", "\xe0\xa4", "ज़\xe0\xa4",
	"न्\xe0", "न्क", "ङ्ह", "ञ्ज़", "ण्\xe0\xa4", "न\xff्क", "म्ऽ", "नन्न्क", "a़", "़", "Ab ज़ेड", "�ज़", "ईऊऐऔ ट ठ ड ढ ण श ष", strings.Repeat("उज़्बेकिस्तान", 5),
}

func TestAppendFold(t *testing.T) {
	for _, w := range foldSamples {
		checkFold(t, w)
	}
	// Every string of up to four pieces of an alphabet of the runes and
	// bytes Fold and Skeleton treat apart.
	alphabet := []string{"न", "म", "ङ", "्", "क", "ह", "़", "ज़", "ँ", "ॉ", "ी", "ष", "a", "B", " ", "\xe0", "\xa4", "\xe0\xa4", "�"}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		checkFold(t, prefix)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			all(prefix+a, n-1)
		}
	}
	all("", 4)
}

func FuzzFold(f *testing.F) {
	for _, w := range foldSamples {
		f.Add(w)
	}
	f.Fuzz(checkFold)
}

func checkFold(t *testing.T, w string) {
	if got, want := foldable(w), foldableWant(w); got != want {
		t.Errorf("foldable(%q) = %v, want %v", w, got, want)
	}
	if got, want := Fold(w), foldWant(w); got != want {
		t.Errorf("Fold(%q) = %q, want %q", w, got, want)
	}
	if got, want := string(AppendFold([]byte("x"), w)), "x"+foldWant(w); got != want {
		t.Errorf("AppendFold(x, %q) = %q, want %q", w, got, want)
	}
	if got, want := Skeleton(w), skeletonWant(w); got != want {
		t.Errorf("Skeleton(%q) = %q, want %q", w, got, want)
	}
	if got, want := string(AppendSkeleton([]byte("x"), w)), "x"+skeletonWant(w); got != want {
		t.Errorf("AppendSkeleton(x, %q) = %q, want %q", w, got, want)
	}
}
