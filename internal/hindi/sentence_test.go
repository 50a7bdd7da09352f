package hindi

import (
	"strings"
	"testing"
)

// sentencesOf returns the text of each sentence of s.
func sentencesOf(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		reason     string
	}{
		{"danda", "बैठक हुई। दोनों नेता मिले।", []string{"बैठक हुई।", "दोनों नेता मिले।"},
			"। ends a sentence"},
		{"double danda", "पहला भाग॥ दूसरा भाग", []string{"पहला भाग॥", "दूसरा भाग"}, "॥ ends one too"},
		{"pipe for danda", "बैठक हुई | अब वार्ता होगी", []string{"बैठक हुई |", "अब वार्ता होगी"},
			"many Hindi sites type | for the danda"},
		{"question and exclamation", "क्या वे आएंगे? हां! जरूर।", []string{"क्या वे आएंगे?", "हां!", "जरूर।"}, "? and ! end a sentence outside a web address"},
		{"full stop after a short word", "बैठक 18 नवंबर को हुई थी. 5 दिसंबर को पुतिन आएंगे।",
			[]string{"बैठक 18 नवंबर को हुई थी.", "5 दिसंबर को पुतिन आएंगे।"},
			"issue 12: थी is a word of two letters, yet its full stop ends the sentence"},
		{"full stop with no space after it", "वह बुधवार को मुलाकात करेंगे.अमेरिकी विदेश विभाग ने एक बयान में कहा।",
			[]string{"वह बुधवार को मुलाकात करेंगे.", "अमेरिकी विदेश विभाग ने एक बयान में कहा।"},
			"heldout34 07: sites print the next sentence right after the full stop; the source's sentence is another"},
		{"a verb, a full stop and a date with no space", "वे श्रीलंका के लिए रवाना हो चुके हैं.22 अप्रैल से शुरू हुए दौरे में वे लाहौर गए। इसका समय 5.30 था।",
			[]string{"वे श्रीलंका के लिए रवाना हो चुके हैं.", "22 अप्रैल से शुरू हुए दौरे में वे लाहौर गए।", "इसका समय 5.30 था।"},
			"heldout41 13: the next sentence may begin with its date; a number's own full stop still ends nothing"},
		{"abbreviation with no space after it", "डॉ.मनमोहन सिंह और एस.जयशंकर आए।", []string{"डॉ.मनमोहन सिंह और एस.जयशंकर आए।"},
			"an abbreviation or an initial keeps the word after it"},
		{"agency initials", "लखनऊ, 4 फरवरी (हि.स.)। भा.ज.पा.ने कहा।", []string{"लखनऊ, 4 फरवरी (हि.स.)।", "भा.ज.पा.ने कहा।"},
			"हि.स. (Hindusthan Samachar), भा.ज.पा.: a letter of an acronym before or after a full stop ends nothing"},
		{"short forms glued to the next word", "मोदी 5 दिसं.को द.कोरिया और प.बंगाल होते हुए उ.कोरिया के नेता से मिलेंगे। पं.जवाहरलाल नेहरू और मा.प्रधानमंत्री का नाम लिया।",
			[]string{"मोदी 5 दिसं.को द.कोरिया और प.बंगाल होते हुए उ.कोरिया के नेता से मिलेंगे।", "पं.जवाहरलाल नेहरू और मा.प्रधानमंत्री का नाम लिया।"},
			"review 23: द., उ., प., पं., मा., दिसं. are no verbs, so their full stop ends nothing"},
		{"a verb, a full stop and an initial", "वह बुधवार को मुलाकात करेंगे.एस.जयशंकर ने कहा। घोषणा की.डॉ.जयशंकर ने बताया।",
			[]string{"वह बुधवार को मुलाकात करेंगे.", "एस.जयशंकर ने कहा।", "घोषणा की.", "डॉ.जयशंकर ने बताया।"},
			"review 23: after a verb the next sentence may begin with an initial or a title"},
		{"the last letter of an acronym", "अमेरिकी रा.प. ट्रंप और उ.प्र. के मुख्यमंत्री मिले। बैठक में आई.एस.आई.प्रमुख और आई.आई.टी. दिल्ली के लोग थे।",
			[]string{"अमेरिकी रा.प. ट्रंप और उ.प्र. के मुख्यमंत्री मिले।", "बैठक में आई.एस.आई.प्रमुख और आई.आई.टी. दिल्ली के लोग थे।"},
			"review 24: a letter after a full stop and before another is part of an acronym, आई too"},
		{"a dotted date ends its sentence", "बैठक 12.03.2026. अगले दिन वे लौटे।", []string{"बैठक 12.03.2026.", "अगले दिन वे लौटे।"},
			"a number is no acronym's letter"},
		{"doctor and initial", "डॉ. एस. जयशंकर ने कहा।", []string{"डॉ. एस. जयशंकर ने कहा।"},
			"डॉ. and एस. are abbreviations"},
		{"professor, number, shri", "प्रो. राम, मकान नं. 5 और श्री. शर्मा आए।", []string{"प्रो. राम, मकान नं. 5 और श्री. शर्मा आए।"}, "प्रो., नं., श्री. are titles and abbreviations"},
		{"mister", "मि. वर्मा ने कहा।", []string{"मि. वर्मा ने कहा।"}, "मि. is मिस्टर"},
		{"Devanagari initials chain", "जे.पी. नड्डा और के. सी. वेणुगोपाल मिले।", []string{"जे.पी. नड्डा और के. सी. वेणुगोपाल मिले।"},
			"letter names with a full stop are initials"},
		{"आई as initial", "आई. के. गुजराल प्रधानमंत्री थे।", []string{"आई. के. गुजराल प्रधानमंत्री थे।"},
			"आई is an initial before another initial"},
		{"आई as verb", "वह कल दिल्ली आई. फिर लौट गई।", []string{"वह कल दिल्ली आई.", "फिर लौट गई।"},
			"आई is also the verb came"},
		{"Latin initial and titles", "Dr. S. Jaishankar met Mr. Lavrov. Talks followed.",
			[]string{"Dr. S. Jaishankar met Mr. Lavrov.", "Talks followed."}, "English text in a Hindi report: Dr., Mr. and a single letter are abbreviations; Lavrov. ends"},
		{"abbreviated months", "बैठक 5 जन. 2026, 3 फ़र. और 12 सित. को होगी।", []string{"बैठक 5 जन. 2026, 3 फ़र. और 12 सित. को होगी।"},
			"जन. फ़र. सित. are months"},
		{"abbreviated months 2", "4 अक्टू. और 9 दिस. को।", []string{"4 अक्टू. और 9 दिस. को।"}, "अक्टू. and दिस. are never words of their own"},
		{"abbreviation sign", "5 जन॰ 2026 को डॉ॰ शर्मा आएंगे।", []string{"5 जन॰ 2026 को डॉ॰ शर्मा आएंगे।"},
			"॰ marks an abbreviation and never ends a sentence"},
		{"जन as a word", "यह बात आम जन. अब सब जानते हैं।", []string{"यह बात आम जन.", "अब सब जानते हैं।"},
			"जन without a number beside it is people, not January"},
		{"time", "बैठक सुबह 5.30 बजे होगी।", []string{"बैठक सुबह 5.30 बजे होगी।"}, "a full stop inside a number"},
		{"numeric date", "12.03.2026 को बैठक होगी।", []string{"12.03.2026 को बैठक होगी।"}, "a full stop between digits is inside a number"},
		{"percent", "दर 7.25 प्रतिशत रही।", []string{"दर 7.25 प्रतिशत रही।"}, "a decimal point is no full stop"},
		{"year then stop", "यह बात 2025. अगले साल फिर।", []string{"यह बात 2025.", "अगले साल फिर।"},
			"a full stop after a number ends the sentence"},
		{"list number", "1. पहली बैठक\n2. दूसरी बैठक", []string{"1. पहली बैठक", "2. दूसरी बैठक"},
			"a number opening a line is a list marker"},
		{"URL", "देखें https://mea.gov.in/press?id=5! यहां सूचना है।", []string{"देखें https://mea.gov.in/press?id=5!", "यहां सूचना है।"},
			"the ? and dots of a web address end nothing"},
		{"domain", "विवरण pib.gov.in पर है। बस।", []string{"विवरण pib.gov.in पर है।", "बस।"}, "a full stop with a letter right after it is inside a name"},
		{"headline line", "मोदी जापान जाएंगे\n\nनई दिल्ली। प्रधानमंत्री 8 दिसंबर को जाएंगे।",
			[]string{"मोदी जापान जाएंगे", "नई दिल्ली।", "प्रधानमंत्री 8 दिसंबर को जाएंगे।"},
			"a line break after a headline ends it"},
		{"closing quote", "उन्होंने कहा, “हम आएंगे।” फिर वे चले गए।", []string{"उन्होंने कहा, “हम आएंगे।”", "फिर वे चले गए।"},
			"the closing quote belongs to the sentence it closes"},
		{"ellipsis", "इंतजार... अब खत्म हुआ।", []string{"इंतजार... अब खत्म हुआ।"}, "an ellipsis is a pause"},
		{"punctuation only", "।।। , ;", nil, "no words, no sentence"},
		{"crasher", "1फर. 0बजे", []string{"1फर. 0बजे"}, "issue 12: फर. is February, so the date does not cross a sentence end"},
		{"agency dateline", "लखनऊ, 4 फरवरी (हि.स.)। प्रधानमंत्री की यात्रा स्थगित कर दी गई है।",
			[]string{"लखनऊ, 4 फरवरी (हि.स.)।", "प्रधानमंत्री की यात्रा स्थगित कर दी गई है।"},
			"as news agencies print a dateline: the agency's initials, a bracket and the danda stay together"},
		{"no terminator", "बिना विराम का वाक्य", []string{"बिना विराम का वाक्य"}, "the text's end ends the last sentence"},
		{"spaces around", "  बैठक हुई।  ", []string{"बैठक हुई।"}, "spans hold no outer spaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q) =\n\t%q\nwant\n\t%q\n(%s)", tt.text, got, tt.want, tt.reason)
			}
			checkSentences(t, tt.text, Sentences(tt.text))
		})
	}
}

// checkSentences asserts the invariants of Sentences: spans in bounds,
// ordered, not overlapping, without outer spaces, and every word and
// number of the text inside exactly one sentence.
func checkSentences(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("sentence %d span %v out of order or bounds (prev end %d, len %d)", i, sp, prev, len(text))
		}
		if first := Next(text, sp.Start); first.Start != sp.Start {
			t.Fatalf("sentence %d %v does not begin at a token", i, sp)
		}
		prev = sp.End
	}
	k := 0
	for pos := 0; ; {
		tok := Next(text, pos)
		if tok.Kind == EOF {
			break
		}
		pos = tok.End
		if tok.Kind == Punct {
			continue
		}
		for k < len(spans) && spans[k].End <= tok.Start {
			k++
		}
		if k == len(spans) || tok.Start < spans[k].Start || tok.End > spans[k].End {
			t.Fatalf("token %q at %d is in no sentence", tok.Text(text), tok.Start)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		name, text string
		at         string // the text before the rune asked about
		want       bool
		reason     string
	}{
		{"danda", "हुई। फिर", "हुई", true, "। always ends"},
		{"full stop after verb", "थी. फिर", "थी", true, "a full stop after a word that is no abbreviation ends"},
		{"initial", "एस. जयशंकर", "एस", false, "a letter name with a full stop is an initial"},
		{"decimal", "5.30 बजे", "5", false, "a digit after the full stop: a number"},
		{"comma", "हुई, फिर", "हुई", false, "a comma ends a clause, not a sentence"},
		{"out of range", "abc", "abcdef", false, "no panic beyond the text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EndsSentence(tt.text, len(tt.at)); got != tt.want {
				t.Errorf("EndsSentence(%q, %d) = %v, want %v (%s)", tt.text, len(tt.at), got, tt.want, tt.reason)
			}
		})
	}
}
