package hindi

import "testing"

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
