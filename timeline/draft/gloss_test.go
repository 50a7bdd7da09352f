package draft

import (
	"strings"
	"testing"
)

// TestNameGloss: a name spelled again in Latin letters is read past; a
// gloss that may tell more than the Hindi is kept.
func TestNameGloss(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"विदेश मंत्री डॉ. एस जयशंकर (Dr. S Jaishankar) के साथ", "Jaishankar", true},
		{"राष्ट्रपति जो बाइडन (Joe Biden) ने", "Biden", true},
		{"ऑस्ट्रेलिया (Australia) और", "Australia", true},
		{"रूसी विदेश मंत्री (Sergey Lavrov India Visit) की", "Lavrov", false}, // an event word
		{"अमेरिकी राष्ट्रपति (US President Joe Biden) ने", "Biden", false},    // an office, initials
		{"शंघाई सहयोग संगठन (SCO) की बैठक", "SCO", false},                     // a group's initials
		{"(G20 Summit 2022) के लिए", "Summit", false},                         // a number
		{"मोदी (Narendra Modi ने कहा", "Modi", false},                         // not closed
		{"अमेरिकी राष्ट्रपति (President Joe Biden) ने", "Biden", false},       // an office word alone
		{"दिल्ली (Delhi 2022) में", "Delhi", false},                           // a number alone
		{"Joe Biden ने", "Biden", false},                                      // no parentheses
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.word, tt.text)
		}
		if got := nameGloss(tt.text, i, i+len(tt.word)); got != tt.want {
			t.Errorf("nameGloss(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
