package draft

import (
	"strings"
	"sync"
	"unicode"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// leaders are the heads of state and government and the foreign ministers
// that Hindi news of India's diplomacy names most often, 2010–2026, by
// country (ISO 3166-1 alpha-2): a name alone ("पुतिन", "शी जिनपिंग",
// "ट्रंप") says whose side the person is on when no office or demonym
// does. Each entry is a surname or a full name (a name read after an
// office is looked up whole; a bare name in running text by its first
// one or two words), in the
// spellings newsrooms print; hindi.Fold makes nukta, chandrabindu,
// anusvara-or-nasal-conjunct (ट्रम्प/ट्रंप) and ॉ/ो variants meet, so only
// other differences (बाइडन/बाइडेन/बिडेन) are listed. A surname that is
// also a common word or a common Indian name (हैरिस, मे, मर्ज, खान, प्रचंड, जुमा,
// जगन्नाथ) is listed only with the first name.
var leaders = map[string]string{
	"US": "ओबामा|बराक ओबामा|हिलेरी क्लिंटन|हिलेरी|क्लिंटन|ट्रंप|ट्रैंप|डोनाल्ड ट्रंप|बाइडन|बाइडेन|बिडेन|बायडन|बायडेन|जो बाइडन|जो बाइडेन|कमला हैरिस|जॉन केरी|टिलरसन|पोम्पियो|पोंपियो|पोम्पिओ|ब्लिंकन|ब्लिंकेन|एंटनी ब्लिंकन|रुबियो|रूबियो|मार्को रुबियो",
	"CN": "शी|शी जिनपिंग|हू जिंताओ|जिंताओ|वेन जियाबाओ|जियाबाओ|यांग जिएची|जिनपिंग|चिनफिंग|शी चिनफिंग|ली केकियांग|केकियांग|ली क्यांग|ली कियांग|वांग यी|वांग यि|किन गांग",
	"RU": "पुतिन|व्लादिमीर पुतिन|मेदवेदेव|लावरोव|सर्गेई लावरोव|मिशुस्टिन",
	"PK": "नवाज शरीफ|यूसुफ रजा गिलानी|शहबाज शरीफ|शाहबाज शरीफ|शरीफ|इमरान खान|कुरैशी|शाह महमूद कुरैशी|बिलावल|बिलावल भुट्टो|इशाक डार|जरदारी|सरताज अजीज|हिना रब्बानी",
	"GB": "कैमरन|डेविड कैमरन|थेरेसा|बोरिस जॉनसन|लिज ट्रस|ट्रस|सुनक|ऋषि सुनक|स्टार्मर|कीर स्टार्मर|लैमी|डेविड लैमी|जेम्स क्लेवरली",
	"FR": "ओलांद|ओलांदे|मैक्रों|मैक्रोन|मैंक्रो|इमैनुएल मैक्रों",
	"DE": "मर्केल|एंजेला मर्केल|शोल्ज|शोल्ज़|ओलाफ शोल्ज|फ्रेडरिक मर्ज|बेयरबॉक",
	"IT": "मेलोनी|जॉर्जिया मेलोनी|द्राघी|ड्रैगी|मारियो ड्रैगी",
	"VA": "पोप|पोप फ्रांसिस|पोप लियो",
	"JP": "आबे|शिंजो आबे|शिंजो|सुगा|योशिहिदे सुगा|किशिदा|फुमियो किशिदा|इशिबा|शिगेरु इशिबा|ताकाइची",
	"AU": "टर्नबुल|मॉरिसन|स्कॉट मॉरिसन|अल्बनीज|अल्बानीज|एंथनी अल्बनीज|पेनी वोंग|मारिस पायने",
	"CA": "ट्रूडो|जस्टिन ट्रूडो|मार्क कार्नी|कार्नी",
	"BD": "शेख हसीना|हसीना|यूनुस|मोहम्मद यूनुस|एके अब्दुल मोमेन",
	"NP": "पुष्प कमल दहल|ओली|केपी शर्मा ओली|देउबा|शेर बहादुर देउबा|देउवा|शेर बहादुर देउवा|सुशीला कार्की",
	"LK": "राजपक्षे|सिरिसेना|विक्रमसिंघे|रानिल विक्रमसिंघे|दिसानायके|अनुरा कुमारा दिसानायके|मारापना|तिलक मारापना|अली साबरी",
	"MV": "मुइज्जू|मोहम्मद मुइज्जू|सोलिह|इब्राहिम सोलिह|अब्दुल्ला शाहिद|मूसा जमीर|यामीन",
	"AF": "अशरफ गनी|गनी|करजई|हामिद करजई|मुत्तकी|मुत्ताकी|अमीर खान मुत्तकी|आमिर खान मुत्ताकी",
	"IR": "रूहानी|हसन रूहानी|रईसी|इब्राहिम रईसी|पेजेशकियन|जरीफ|जावेद जरीफ|अराघची|अब्बास अराघची|पेजेशकियान|मसूद पेजेशकियान|खामेनेई",
	"IL": "नेतन्याहू|बेंजामिन नेतन्याहू|नफ्ताली बेनेट",
	"SA": "बिन सलमान|मोहम्मद बिन सलमान",
	"AE": "बिन जायद|नाहयान",
	"UA": "जेलेंस्की|जेलेन्स्की|ज़ेलेंस्की|कुलेबा",
	"ID": "विडोडो|जोको विडोडो|जोकोवी|प्रबोवो|प्रबोवो सुबियांतो",
	"MU": "प्रविंद जगन्नाथ|रामगुलाम|नवीन रामगुलाम",
	"BR": "बोल्सोनारो|लूला",
	"ZA": "रामाफोसा|रामफोसा|सिरिल रामाफोसा",
	"SG": "ली सीन लूंग|लॉरेंस वोंग|विवियन बालाकृष्णन",
	"EG": "अल-सीसी|अल सीसी|सिसी",
	"TR": "एर्दोगन|एर्दोआन|एर्डोगन|अर्दोआन|एर्दोगान",
	"KR": "यून सुक-योल|मून जे-इन|ली जे-म्योंग",
	"KP": "किम जोंग|किम जोंग उन|जोंग उन",
	"UZ": "मिर्जियोयेव|मिर्जियोएव|शवकत मिर्जियोयेव",
	"KZ": "तोकायेव",
	"NL": "मार्क रूटे",
	"BT": "शेरिंग तोबगे|त्शेरिंग तोबगे|लोटे शेरिंग|लोटे त्शेरिंग|त्शेरिंग|टोबगे|शेरिंग टोबगे",
	"MM": "सू ची|आंग सान सू ची",
	"AR": "मिलेई|माक्री",
	"MX": "लोपेज ओब्रेडोर",
	"NZ": "लक्सन|क्रिस्टोफर लक्सन|अर्डर्न|जैसिंडा अर्डर्न",
	"QA": "तमीम बिन हमाद|शेख तमीम|अल थानी", // a name of three words after an office ("कतर के अमीर …")
	"OM": "हैथम बिन तारिक",
	"PS": "महमूद अब्बास",
	"MY": "अनवर इब्राहिम|महातिर|महातिर मोहम्मद",
	"PH": "दुतेर्ते|रोड्रिगो दुतेर्ते|बोंगबोंग मार्कोस",
	"GR": "मित्सोताकिस",
	"IN": "मोदी|नरेंद्र मोदी|नरेन्द्र मोदी|जयशंकर|सुषमा|सुषमा स्वराज|राजनाथ|राजनाथ सिंह|डोभाल|अजीत डोभाल|मनमोहन|मनमोहन सिंह|मुर्मू|द्रौपदी मुर्मू|कोविंद|रामनाथ कोविंद|प्रणब मुखर्जी|प्रतिभा पाटिल|धनखड़|जगदीप धनखड़|वेंकैया नायडू|हामिद अंसारी|सीतारमण|निर्मला सीतारमण|विक्रम मिस्री",
}

// leaderIndex is leaders by folded name.
var leaderIndex = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for c, names := range leaders {
		for _, n := range strings.Split(names, "|") {
			out[foldName(n)] = c
		}
	}
	return out
})

// foldName folds each word of a name of one or more words.
func foldName(n string) string {
	if !strings.ContainsRune(n, '-') && strings.IndexFunc(n, unicode.IsSpace) < 0 {
		return hindi.Fold(n) // one word, the commonest lookup: no words to split and join
	}
	ws := strings.Fields(strings.ReplaceAll(n, "-", " "))
	for i, w := range ws {
		ws[i] = hindi.Fold(w)
	}
	return strings.Join(ws, " ")
}

// leaderStarts holds every word (folded) a leader's name starts with:
// true if a name of two words starts with it, so that a two-word lookup
// is tried only then. Most words of a text are in no name, and this one
// lookup rules them out.
var leaderStarts = sync.OnceValue(func() wordMap[bool] {
	out := map[string]bool{}
	for name := range leaderIndex() {
		first, _, two := strings.Cut(name, " ")
		out[first] = out[first] || two
	}
	return wordMapOf(out)
})

// leaderCountry returns the country of a leader named name (one or two
// words), or "".
func leaderCountry(name string) string {
	if name == "" {
		return ""
	}
	return leaderIndex()[foldName(name)]
}

// leaderNameAt returns the leader whose name starts at toks[i] (two words
// tried first, then one) and its length in tokens, or 0.
func leaderNameAt(text string, toks []token, i int) (string, string, int) {
	// The folded words are built in a buffer on the stack: most words
	// start no name, and looking them up must not allocate.
	var buf [96]byte
	first := hindi.AppendFold(buf[:0], toks[i].text)
	starts := leaderStarts()
	if !mayBeKey(starts.f, first) {
		return "", "", 0
	}
	two, ok := starts.m[string(first)]
	if !ok {
		return "", "", 0
	}
	if two && i+1 < len(toks) && joined(text, toks[i], toks[i+1]) {
		both := hindi.AppendFold(append(first, ' '), toks[i+1].text)
		if c := leaderIndex()[string(both)]; c != "" {
			if i+2 < len(toks) && joined(text, toks[i+1], toks[i+2]) {
				// "किम जोंग उन": a third word that completes the name.
				if c3 := leaderIndex()[string(hindi.AppendFold(append(both, ' '), toks[i+2].text))]; c3 != "" {
					return toks[i].text + " " + toks[i+1].text + " " + toks[i+2].text, c3, 3
				}
			}
			return toks[i].text + " " + toks[i+1].text, c, 2
		}
	}
	if c := leaderIndex()[string(first)]; c != "" {
		return toks[i].text, c, 1
	}
	return "", "", 0
}
