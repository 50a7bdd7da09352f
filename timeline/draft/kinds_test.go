package draft

import (
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
)

// TestEventHitsCallWord checks which talk a phone or video word makes a
// call: the talk it qualifies, not every talk after it in the sentence.
func TestEventHitsCallWord(t *testing.T) {
	tests := []struct {
		text string
		word string // the hit checked
		call bool   // whether it is a call
	}{
		{"दोनों नेताओं ने फोन पर बातचीत की।", "बातचीत", true},
		{"यह वर्चुअल बैठक दोनों देशों के वाणिज्य मंत्रियों की वार्ता से पहले होगी।", "बैठक", true},
		// Before the fix the second talk, a dozen words on, became a call too.
		{"यह वर्चुअल बैठक दोनों देशों के वाणिज्य मंत्रियों की वार्ता से पहले होगी।", "वार्ता", false},
		{"यह बैठक वर्चुअल रूप से आयोजित की जाएगी।", "बैठक", true},
		{"यह बैठक वर्चुअल माध्यम से होगी।", "बैठक", true},
		{"फोन कॉल पर बातचीत और विदेश मंत्रियों की बैठक हुई।", "बैठक", false},
	}
	for _, tt := range tests {
		toks := appendTokens(nil, tt.text, 0, len(tt.text))
		found := false
		for _, h := range eventHits(toks) {
			if toks[h.i].text != tt.word {
				continue
			}
			found = true
			if call := h.kind == timeline.PhoneCall; call != tt.call {
				t.Errorf("%q: %q is a %s; want a call: %v", tt.text, tt.word, h.kind, tt.call)
			}
		}
		if !found {
			t.Errorf("%q: no hit at %q", tt.text, tt.word)
		}
	}
}

// TestEventHitsComeAfterACall checks that a verb of coming is the call's
// when a phone word comes just before it ("यह फोन रात 11.30 बजे आएगा"),
// but a visit when it comes to a place ("फोन के बाद पुतिन कल भारत आएंगे").
func TestEventHitsComeAfterACall(t *testing.T) {
	for text, visit := range map[string]bool{
		"भारतीय समयानुसार यह फोन रात 11.30 बजे आएगा।": false,
		"मोदी के फोन के बाद पुतिन कल भारत आएंगे।":     true, // review
	} {
		toks := appendTokens(nil, text, 0, len(text))
		got := false
		for _, h := range eventHits(toks) {
			got = got || h.kind == timeline.Visit
		}
		if got != visit {
			t.Errorf("%q: a visit hit = %v, want %v", text, got, visit)
		}
	}
}

// TestClausesCapsRunOns checks that a run-on sentence, its finite verbs
// followed by "इसके बाद" and "साथ ही" thousands of times, is cut into a
// bounded number of clauses: each clause reads the whole sentence, so
// unbounded cuts made Extract quadratic in the sentence's length.
func TestClausesCapsRunOns(t *testing.T) {
	text := strings.Repeat("मोदी ट्रंप से मिलेंगे इसके बाद पुतिन से मिलेंगे साथ ही ", 500)
	x := &extractor{text: text}
	got := x.clauses(span{0, len(text)})
	if max := 2*maxJoinCuts + 1; len(got) > max {
		t.Errorf("clauses of a run-on sentence: %d, want at most %d", len(got), max)
	}
	if len(got) < 2 {
		t.Errorf("clauses of a run-on sentence: %d, want it cut after its first verbs", len(got))
	}
}

// TestRepresentativesTalkReadsItsOwnWord checks that whether talks are
// the representatives' is read before the telling's own event word, not
// the first word of its spelling in the clause (review 14).
func TestRepresentativesTalkReadsItsOwnWord(t *testing.T) {
	text := "पुतिन ने बातचीत की इच्छा जताई और रूस और अमेरिका के प्रतिनिधि बातचीत करेंगे"
	first := strings.Index(text, "बातचीत")
	second := first + len("बातचीत") + strings.Index(text[first+len("बातचीत"):], "बातचीत")
	for _, tt := range []struct {
		at   int
		want bool
	}{{first, false}, {second, true}} {
		m := &mention{text: text, word: "बातचीत", wordAt: tt.at, clause: span{0, len(text)}}
		if got := representativesTalk(m); got != tt.want {
			t.Errorf("representativesTalk at byte %d of %q = %v, want %v", tt.at, text, got, tt.want)
		}
	}
}

// TestOffPluperfect checks which pluperfects tell a calling off done
// before the news (review 15: any pluperfect in the rest of the sentence
// moved a plan a year back).
func TestOffPluperfect(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"लेकिन अपनी यात्रा उन्होंने रद्द कर दी थी।", true},
		{"लेकिन दौरा पहले ही टल गया था।", true},
		{"लेकिन यात्रा टल गई है, जिसकी जानकारी विदेश मंत्रालय ने सोमवार को दी थी।", false},
		{"वे 25 दिसंबर को जापान जाने वाले थे।", false},
	} {
		if got := offPluperfect(tt.text, hindi.Verbs(tt.text, 0, len(tt.text))); got != tt.want {
			t.Errorf("offPluperfect(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestReadyToHost checks that only readiness to host tells a plan:
// readiness for talks is a willingness (review s54).
func TestReadyToHost(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"भारत शिखर सम्मेलन की मेजबानी करने के लिए पूरा तैयार है।", true},
		{"नई दिल्ली जी20 की मेजबानी के लिए पूरी तरह तैयार है।", true},
		{"भारत पाकिस्तान के साथ बातचीत के लिए तैयार है, बशर्ते वह आतंकवाद बंद करे।", false},
		{"रूस ने कहा कि वह यूक्रेन के साथ शांति वार्ता के लिए तैयार है।", false},
		{"शिखर सम्मेलन का स्थल तैयार है।", false},
	}
	for _, tt := range tests {
		if got := readyToHost(appendTokens(nil, tt.text, 0, len(tt.text))); got != tt.want {
			t.Errorf("readyToHost(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
