package draft_test

import (
	"testing"

	"github.com/samayrekha/samayrekha/timeline/draft"
)

func TestFindDateline(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantOK   bool
		place    string
		printed  string // the date as printed
		full     bool   // a day with its year
		wantSpan string // text[Start:End]
		reason   string
	}{
		{name: "agency dateline without a year", text: "नई दिल्ली, 27 अप्रैल (हि.स.)। विदेश राज्य मंत्री यात्रा पर होंगी।",
			wantOK: true, place: "नई दिल्ली", printed: "27 अप्रैल", wantSpan: "नई दिल्ली, 27 अप्रैल (हि.स.)। ",
			reason: "the year is not printed, so a program must ask for it"},
		{name: "agency without a stop", text: "नयी दिल्ली, 25 मार्च (भाषा) विदेश मंत्री एस. जयशंकर ने वार्ता की।",
			wantOK: true, place: "नयी दिल्ली", printed: "25 मार्च", wantSpan: "नयी दिल्ली, 25 मार्च (भाषा) "},
		{name: "full date", text: "नई दिल्ली, 23 दिसंबर 2024 (Udaipur Kiran) । विदेश मंत्री मंगलवार से अमेरिका जाएंगे।",
			wantOK: true, place: "नई दिल्ली", printed: "23 दिसंबर 2024", full: true, wantSpan: "नई दिल्ली, 23 दिसंबर 2024 (Udaipur Kiran) । "},
		{name: "month first, wire copy", text: "नई दिल्ली, नवम्बर 28 -- रूसी राष्ट्रपति आ रहे हैं।",
			wantOK: true, place: "नई दिल्ली", printed: "नवम्बर 28", wantSpan: "नई दिल्ली, नवम्बर 28 -- ",
			reason: "hindidate does not read a month before its day without a year; the dateline reader does"},
		{name: "place only", text: "टोक्यो। विदेश मंत्री यहां पहुंचे।", wantOK: true, place: "टोक्यो", wantSpan: "टोक्यो। "},
		{name: "place with a colon", text: "काठमांडू:नेपाल और भारत ने घोषणा की।", wantOK: true, place: "काठमांडू", wantSpan: "काठमांडू:"},
		{name: "after a headline", text: "पुतिन भारत आएंगे\n\nमॉस्को। रूस के राष्ट्रपति आएंगे।", wantOK: true, place: "मॉस्को", wantSpan: "मॉस्को। "},
		{name: "a visarga typed for the colon", text: "दिल्लीः बांग्लादेश की प्रधानमंत्री भारत आएंगी।", wantOK: true, place: "दिल्ली", wantSpan: "दिल्लीः ",
			reason: "heldout27 08: 'दिल्लीः' (ः, U+0903) was read as the first word of the sentence"},
		{name: "an adverb in visarga is no dateline", text: "अतः बैठक रद्द कर दी गई।", reason: "अतः is no place"},
		{name: "a sentence is no dateline", text: "बैठक हुई। मोदी लौटे।", reason: "its words have a verb"},
		{name: "an abbreviation is no stop", text: "डॉ. एस. जयशंकर ने बताया कि वे मॉस्को जाएंगे।", reason: "डॉ. is an abbreviation"},
		{name: "a headline alone on its line", text: "भारत-रूस शिखर सम्मेलन।\nबाकी खबर"},
		{name: "a place and a colon alone on their line", text: "मॉस्को:\nविदेश मंत्री सोमवार को यहां पहुंचे।", wantOK: true, place: "मॉस्को", wantSpan: "मॉस्को:",
			reason: "bug hunt 2: 'वाशिंगटन:' on a line of its own, then '… यहां पहुंचे', drafted no visit"},
		{name: "a word that is no place and a colon alone on their line", text: "मुख्य बातें:\nबैठक हुई।", reason: "a heading, no dateline"},
		{name: "no text", text: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := draft.FindDateline(tt.text)
			if ok != tt.wantOK {
				t.Fatalf("FindDateline(%q) ok = %v, want %v (%s)", tt.text, ok, tt.wantOK, tt.reason)
			}
			if !ok {
				return
			}
			_, full := d.Date()
			if d.Place != tt.place || d.Text != tt.printed || full != tt.full || tt.text[d.Start:d.End] != tt.wantSpan {
				t.Errorf("FindDateline(%q) = place %q, date %q (full %v), span %q; want %q, %q (%v), %q (%s)",
					tt.text, d.Place, d.Text, full, tt.text[d.Start:d.End], tt.place, tt.printed, tt.full, tt.wantSpan, tt.reason)
			}
		})
	}
}
