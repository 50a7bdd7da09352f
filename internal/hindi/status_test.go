package hindi

import (
	"strings"
	"testing"
)

func TestStatusCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "span status"
		reason     string
	}{
		{"held", "शिखर सम्मेलन सफलतापूर्वक संपन्न हुआ।", []string{"संपन्न हुआ held"}, "the cue takes in its verb"},
		{"rich in energy", "मोदी कल ऊर्जा संपन्न कतर जाएंगे।", nil, "संपन्न before a noun is an adjective (heldout12 04)"},
		{"held, headline", "भारत-जापान शिखर सम्मेलन संपन्न।", []string{"संपन्न held"}, "at a clause's end it is the verb's"},
		{"held, made to", "चुनाव शांतिपूर्ण ढंग से संपन्न कराया गया।", []string{"संपन्न held"}, "कराना after it keeps the cue"},
		{"called off for now", "शिखर सम्मेलन की बैठक फ़िलहाल रद्द कर दी गई है।", []string{"रद्द कर दी गई है postponed"}, "फ़िलहाल रद्द: off for now, put off (heldout26 06)"},
		{"called off, now", "अब बैठक रद्द कर दी गई है।", []string{"रद्द कर दी गई है cancelled"}, "अब is no 'for now'"},
		{"planned", "बैठक 5 दिसंबर को निर्धारित है।", []string{"निर्धारित है planned"}, "निर्धारित: scheduled"},
		{"decided", "तय हुआ कि बैठक होगी।", []string{"तय हुआ planned"}, "तय हुआ: it was settled"},
		{"announced", "विदेश मंत्रालय ने यात्रा की घोषणा की।", []string{"घोषणा की announced"}, "घोषणा की: announced, with its verb"},
		{"aelaan", "सरकार ने दौरे का ऐलान किया।", []string{"ऐलान किया announced"}, "ऐलान: the Urdu-origin word for announcement"},
		{"proposed", "पुतिन का दौरा प्रस्तावित है।", []string{"प्रस्तावित है proposed"}, "प्रस्तावित: proposed"},
		{"likely", "संभावित यात्रा पर चर्चा।", []string{"संभावित proposed"}, "संभावित: likely, drafted as proposed"},
		{"probably", "वे संभवतः अगले साल जापान जाएंगे।", []string{"संभवतः proposed"}, "संभवतः: probably; the visit is proposed, not announced"},
		{"perhaps", "दोनों नेता शायद मिलें।", []string{"शायद मिलें proposed"}, "शायद: perhaps"},
		{"proposal", "बैठक का प्रस्ताव रखा गया।", []string{"प्रस्ताव रखा गया proposed"}, "the verb that completes the cue is part of it"},
		{"considering", "मैं आपको आमंत्रित करने के बारे में सोच रहा था।", []string{"सोच रहा था proposed"}, "सोच रहा: being thought of, a proposal"},
		{"being considered", "दौरे पर सोचा जा रहा है।", []string{"सोचा जा रहा है proposed"}, "सोचा जा रहा: the passive"},
		{"mindset", "उनकी सोच अलग है।", nil, "सोच the noun (mindset) is no cue"},
		{"confirmed", "मंत्रालय ने दौरे की पुष्टि की।", []string{"पुष्टि की confirmed"}, "पुष्टि की: confirmed"},
		{"confirmed adj", "तारीख अभी पुष्ट नहीं है।", []string{"पुष्ट नहीं है confirmed neg"},
			"the cue is reported with its negation; the caller weighs it"},
		{"not cancelled", "दौरा नहीं रद्द हुआ।", []string{"रद्द हुआ cancelled neg"}, "नहीं before the cue"},
		{"postponed sthagit", "बैठक स्थगित कर दी गई है।", []string{"स्थगित कर दी गई है postponed"}, "स्थगित: the formal word"},
		{"postponed tal gayi", "यात्रा टल गई।", []string{"टल गई postponed"}, "issue 12: one stack knew टल and another did not"},
		{"postponed tali", "बैठक फिलहाल टली।", []string{"टली postponed"}, "टली: intransitive, feminine"},
		{"postponed multavi", "बैठक मुल्तवी कर दी गई है।", []string{"मुल्तवी कर दी गई है postponed"}, "मुल्तवी: the Urdu word news prints beside स्थगित"},
		{"postponed, in English", "दौरा पोस्टपोन हो गया।", []string{"पोस्टपोन हो गया postponed"}, "पोस्टपोन: the English word in Devanagari"},
		{"rescheduled, in English", "बैठक रीशेड्यूल की गई।", []string{"रीशेड्यूल की गई rescheduled"}, "रीशेड्यूल: as पुनर्निर्धारित"},
		{"postponed tala", "दौरा टला।", []string{"टला postponed"}, "टला: intransitive, masculine"},
		{"postponed tale", "दोनों दौरे टले।", []string{"टले postponed"}, "टले: intransitive, plural"},
		{"postponed taal", "उन्होंने दौरा टाल दिया।", []string{"टाल दिया postponed"}, "टाल दिया: transitive, with its verb"},
		{"halted plan", "शिखर सम्मेलन की योजनाओं को रोक दिया गया है।", []string{"रोक दिया गया है postponed"}, "heldout35 14: plans halted, put off"},
		{"halted agreement", "बैठक के बाद इस समझौते को रोक दिया गया था।", nil, "heldout31 14: an agreement halted is no meeting put off"},
		{"stopping", "दोनों देश युद्ध को रोकने पर सहमत हुए।", nil, "रोकने: to stop, no cue"},
		{"a programme stopped", "ईरान ने अपने परमाणु कार्यक्रम को रोक दिया।", nil, "review 25: a programme halted puts no talks off"},
		{"a ban", "सरकार ने दौरे पर रोक लगा दी।", nil, "रोक लगा दी: a ban, no cue"},
		{"halted, the noun", "दौरे को रोक का सामना करना पड़ा।", nil, "रोक not followed by दिया/गया is no halting"},
		{"postponed taalna", "दौरा टालना पड़ा।", []string{"टालना postponed"}, "टालना: the infinitive"},
		{"postponed taalne", "दौरा टालने का फैसला।", []string{"टालने postponed"}, "टालने: the oblique infinitive"},
		{"mutually convenient date", "दोनों पक्षों ने पारस्परिक रूप से सुविधाजनक तिथि पर दौरा रखने का फैसला किया।", []string{"पारस्परिक रूप से सुविधाजनक तिथि postponed"}, "the formula of a visit put off without a new date"},
		{"convenient date, short", "बैठक परस्पर सुविधाजनक तारीखों पर होगी।", []string{"परस्पर सुविधाजनक तारीखों postponed"}, "परस्पर, and the plural"},
		{"convenient time", "दोनों नेता आपसी सुविधाजनक समय पर मिलेंगे।", nil, "a time that suits both is no date put off"},
		{"convenient alone", "यह तिथि सुविधाजनक है।", nil, "सुविधाजनक without mutual is no cue"},
		{"convenient date invited", "मोदी ने उन्हें पारस्परिक रूप से सुविधाजनक तिथि पर भारत की यात्रा करने का न्योता दिया।", nil, "an invitation for a date that suits both puts nothing off"},
		{"convenient date of the next meeting", "संयुक्त आयोग की अगली बैठक पारस्परिक रूप से सुविधाजनक तिथि पर होगी।", nil, "the next meeting's date, set as usual"},
		{"invitation in the next sentence", "दौरा पारस्परिक रूप से सुविधाजनक तिथि पर होगा। उन्होंने न्योता भी दिया।", []string{"पारस्परिक रूप से सुविधाजनक तिथि postponed"}, "an invitation told after the sentence's end is another matter"},
		{"moved ahead", "बैठक को आगे बढ़ा दिया गया।", []string{"आगे बढ़ा दिया गया postponed"}, "moved ahead in time"},
		{"carry forward", "संबंधों को आगे बढ़ाने पर सहमति।", nil, "carrying relations forward is no postponement"},
		{"cancelled", "दौरा रद्द कर दिया गया।", []string{"रद्द कर दिया गया cancelled"}, "रद्द: cancelled, with the verb that completes it"},
		{"cancelled, misspelt", "प्रधानमंत्री ने भारत का दौरा रद् कर दिया है।", []string{"रद् कर दिया है cancelled"}, "रद्द typed without its second द (heldout50 07)"},
		{"postponed, misspelt", "शिखर सम्मेलन स्थगीत कर दिया गया।", []string{"स्थगीत कर दिया गया postponed"}, "स्थगीत: स्थगित with a long ई"},
		{"postponed, मुलतवी", "बैठक मुलतवी कर दी गई।", []string{"मुलतवी कर दी गई postponed"}, "मुलतवी: मुल्तवी without its half ल"},
		{"cancelled, कैन्सल", "बैठक कैन्सल हो गई।", []string{"कैन्सल हो गई cancelled"}, "कैन्सल: कैंसल with a half न"},
		{"niras", "कार्यक्रम निरस्त हो गया।", []string{"निरस्त हो गया cancelled"}, "निरस्त: the formal word for cancelled"},
		{"cancel loanword", "फ्लाइट कैंसिल हुई।", []string{"कैंसिल हुई cancelled"}, "कैंसिल: English loanword in Devanagari"},
		{"rescheduled", "बैठक पुनर्निर्धारित की गई।", []string{"पुनर्निर्धारित की गई rescheduled"}, "पुनर्निर्धारित: moved to another date"},
		{"postponed beats nothing", "पहले प्रस्तावित बैठक अब स्थगित कर दी गई है।",
			[]string{"प्रस्तावित proposed", "स्थगित कर दी गई है postponed"}, "both cues, in order; the caller ranks them"},
		{"English", "The visit was postponed, then called off. It will be held later; it was held.",
			[]string{"postponed postponed", "called off cancelled", "held planned", "held held"},
			"will be held is a plan"},
		{"nukta composed", "बैठक को आगे ब\u095Dा दिया गया।", []string{"आगे ब\u095Dा दिया गया postponed"}, "ढ़ precomposed (U+095D)"},
		{"nukta decomposed", "बैठक को आगे ब\u0922\u093Cा दिया गया।", []string{"आगे ब\u0922\u093Cा दिया गया postponed"}, "ढ़ decomposed (U+0922 U+093C)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range StatusCues(tt.text, 0, len(tt.text)) {
				s := tt.text[c.Start:c.End] + " " + c.Status.String()
				if c.Negated {
					s += " neg"
				}
				got = append(got, s)
				if c.Word.Start != c.Start || c.Word.End > c.End || c.Word.End <= c.Word.Start {
					t.Errorf("cue %+v: word span outside the cue", c)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("StatusCues(%q) = %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func TestAttributions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "phrase / source"
		reason     string
	}{
		{"anusar", "TASS के अनुसार, पुतिन 5 दिसंबर को आएंगे।", []string{"TASS के अनुसार / TASS"}, "के अनुसार, the comma ends nothing before it"},
		{"mutabik with comma", "विदेश मंत्रालय के मुताबिक, बैठक 9 दिसंबर को होगी।", []string{"विदेश मंत्रालय के मुताबिक / विदेश मंत्रालय"},
			"issue 12: the phrase before the comma is kept"},
		{"mutabik nukta", "सूत्रों के मुताबिक़ दौरा टल गया।", []string{"सूत्रों के मुताबिक़ / सूत्रों"}, "मुताबिक़ with nukta"},
		{"havale se", "समाचार एजेंसी रॉयटर्स के हवाले से बताया गया।", []string{"समाचार एजेंसी रॉयटर्स के हवाले से / समाचार एजेंसी रॉयटर्स"}, "के हवाले से: quoting"},
		{"long description, Latin name", "रूसी राज्य समाचार एजेंसी TASS के अनुसार दोनों नेता मिलेंगे।", []string{"TASS के अनुसार / TASS"},
			"a long stretch is cut to the name in Latin letters"},
		{"long description", "भारत के विदेश मंत्रालय के प्रवक्ता के अनुसार बैठक होगी।", []string{"मंत्रालय के प्रवक्ता के अनुसार / मंत्रालय के प्रवक्ता"},
			"more than three words: the last two"},
		{"sources said", "सरकारी सूत्रों ने बताया कि मोदी रविवार को बैठक करेंगे।", []string{"सरकारी सूत्रों ने बताया / सरकारी सूत्रों"}, "सूत्रों ने बताया: sources said"},
		{"said", "प्रवक्ता ने कहा कि दौरा होगा।", []string{"प्रवक्ता ने कहा / प्रवक्ता"}, "ने कहा"},
		{"informed", "मंत्रालय ने जानकारी दी कि बैठक होगी।", []string{"मंत्रालय ने जानकारी दी / मंत्रालय"}, "ने जानकारी दी: informed"},
		{"reported", "समाचार एजेंसी ने खबर दी है कि बैठक होगी।", []string{"समाचार एजेंसी ने खबर दी / समाचार एजेंसी"}, "ने खबर दी: reported"},
		{"tweeted", "विदेश मंत्रालय के प्रवक्ता ने ट्वीट किया कि बैठक अच्छी रही।", []string{"मंत्रालय के प्रवक्ता ने ट्वीट किया / मंत्रालय के प्रवक्ता"}, "ने ट्वीट किया: said on social media"},
		{"tweeted and said", "प्रधानमंत्री कार्यालय ने ट्वीट कर कहा कि दौरा होगा।", []string{"प्रधानमंत्री कार्यालय ने ट्वीट कर कहा / प्रधानमंत्री कार्यालय"}, "ने ट्वीट कर कहा"},
		{"claimed", "जापान ने दावा किया है कि दोनों नेता मिलेंगे।", []string{"जापान ने दावा किया है / जापान"}, "ने दावा किया: claimed, with its auxiliary"},
		{"posted", "दूतावास ने पोस्ट किया कि राजदूत पहुंचे।", []string{"दूतावास ने पोस्ट किया / दूतावास"}, "ने पोस्ट किया"},
		{"release says", "मंत्रालय की विज्ञप्ति में बताया गया है कि वे जाएंगे।", []string{"मंत्रालय की विज्ञप्ति में बताया गया / मंत्रालय की विज्ञप्ति"}, "a release as source, passive verb"},
		{"keeps saying", "सूत्र बताते हैं कि पुतिन दिसंबर में आएंगे।", []string{"सूत्र बताते हैं / सूत्र"}, "बताते हैं कि: what a source keeps saying"},
		{"keeps saying, feminine", "सरकार कहती है कि दौरा तय है।", []string{"सरकार कहती है / सरकार"}, "कहती है कि"},
		{"says without कि", "लोग कहते हैं वह आएंगे।", nil, "guard: no कि, no attribution"},
		{"signals clearly show", "मॉस्को से मिलने वाले संकेत साफ बताते हैं कि दौरा अहम है।", nil, "heldout15 14: signals that show are no source"},
		{"figures show", "आंकड़े बताते हैं कि व्यापार बढ़ा है।", nil, "review s53: figures that show are no source"},
		{"reports say", "मीडिया रिपोर्ट्स बताती हैं कि पुतिन दिसंबर में आएंगे।", []string{"मीडिया रिपोर्ट्स बताती हैं / मीडिया रिपोर्ट्स"}, "reports keep saying: a source"},
		{"kahna hai", "अधिकारियों का कहना है कि तारीख तय नहीं है।", []string{"अधिकारियों का कहना है / अधिकारियों"}, "का कहना है: according to"},
		{"maanen to", "सूत्रों की मानें तो बैठक टलेगी।", []string{"सूत्रों की मानें तो / सूत्रों"}, "की मानें तो: if X is to be believed"},
		{"report says", "रिपोर्ट में कहा गया है कि दौरा होगा।", []string{"रिपोर्ट में कहा गया / रिपोर्ट"}, "a report as source, passive verb"},
		{"reports", "मीडिया रिपोर्ट्स के अनुसार बैठक हुई।", []string{"मीडिया रिपोर्ट्स के अनुसार / मीडिया रिपोर्ट्स"}, "रिपोर्ट्स: reports say"},
		{"without source", "बताया जा रहा है कि वे आएंगे।", []string{"बताया जा रहा है / "}, "a hedge names no source"},
		{"stops at a postposition", "5 दिसंबर को TASS ने बताया।", []string{"TASS ने बताया / TASS"}, "को belongs to the date"},
		{"stops at a verb", "बैठक हुई TASS के अनुसार।", []string{"TASS के अनुसार / TASS"}, "the verb हुई ends the clause before the source"},
		{"maane to", "सूत्रों की माने तो बैठक टलेगी।", []string{"सूत्रों की माने तो / सूत्रों"}, "मानें printed without its nasal"},
		{"signalled", "चीन ने संकेत दिया कि वांग यी आएंगे।", []string{"चीन ने संकेत दिया / चीन"}, "ने संकेत दिया: signalled"},
		{"information from sources", "सूत्रों से मिली जानकारी के अनुसार, मोदी जापान जाएंगे।", []string{"सूत्रों से मिली जानकारी के अनुसार / सूत्रों"},
			"who gave the information is the source, not 'जानकारी'"},
		{"statement issued by", "पीएमओ द्वारा जारी बयान के अनुसार प्रधानमंत्री भूटान जाएंगे।", []string{"पीएमओ द्वारा जारी बयान के अनुसार / पीएमओ"}, "द्वारा जारी बयान: a statement issued by"},
		{"release on behalf of", "विदेश मंत्रालय की ओर से जारी विज्ञप्ति के मुताबिक बैठक होगी।", []string{"विदेश मंत्रालय की ओर से जारी विज्ञप्ति के मुताबिक / विदेश मंत्रालय"}, "की ओर से जारी: issued on behalf of"},
		{"statement issued, passive", "विदेश मंत्रालय द्वारा जारी किए गए बयान के अनुसार बैठक होगी।", []string{"विदेश मंत्रालय द्वारा जारी किए गए बयान के अनुसार / विदेश मंत्रालय"}, "review 1 s52: the source stopped at बयान"},
		{"joint statement issued", "दोनों देशों द्वारा जारी संयुक्त बयान के मुताबिक बैठक होगी।", []string{"दोनों देशों द्वारा जारी संयुक्त बयान के मुताबिक / दोनों देशों"}, "an adjective between how and what"},
		{"information alone", "मिली जानकारी के अनुसार बैठक होगी।", []string{"जानकारी के अनुसार / जानकारी"}, "guard: no agent, the phrase as before"},
		{"initials in the source", "डॉ. एस. जयशंकर ने कहा।", []string{"डॉ. एस. जयशंकर ने कहा / डॉ. एस. जयशंकर"}, "initials do not cut the source"},
		{"no source before", "के अनुसार बैठक होगी।", nil, "a phrase with nothing before it names no one"},
		{"according to", "According to TASS, Putin will visit.", []string{"According to TASS / TASS"}, "English: the source follows"},
		{"English said", "Officials said the visit was off. Reports say it is on.", []string{"Officials said / Officials", "Reports say / Reports"}, "English: X said, reports say"},
		{"no attribution", "बैठक 5 दिसंबर को होगी।", nil, "a date alone names no source"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Attributions(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[a.Start:a.End]+" / "+tt.text[a.Source.Start:a.Source.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Attributions(%q) = %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func TestIsDateNoun(t *testing.T) {
	for w, want := range map[string]bool{"तारीख": true, "तारीखें": true, "तिथि": true, "डेट": true, "तारीफ": false, "दिन": false, "": false} {
		if got := IsDateNoun(w); got != want {
			t.Errorf("IsDateNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
