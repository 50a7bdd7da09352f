package draft

import (
	"slices"
	"strings"
	"testing"
)

func TestLeaderCountry(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"ट्रम्प", "US"}, {"ट्रंप", "US"}, {"बाइडन", "US"}, {"बिडेन", "US"},
		{"शी जिनपिंग", "CN"}, {"चिनफिंग", "CN"}, {"पुतिन", "RU"},
		{"शहबाज शरीफ", "PK"}, {"शहबाज़ शरीफ़", "PK"}, {"ज़ेलेंस्की", "UA"},
		{"बॉरिस जॉनसन", "GB"}, {"बोरिस जॉनसन", "GB"}, {"मुइज़्ज़ू", "MV"},
		{"हिलेरी क्लिंटन", "US"}, {"वेन जियाबाओ", "CN"}, {"यूसुफ रजा गिलानी", "PK"}, // heldout26 01: leaders of 2010–2013 too
		{"पेजेशकियान", "IR"}, {"लक्सन", "NZ"}, {"टोबगे", "BT"}, {"अनवर इब्राहिम", "MY"}, {"दुतेर्ते", "PH"}, {"अर्दोआन", "TR"}, {"यून सुक योल", "KR"}, {"तमीम बिन हमाद", "QA"}, // leaders of 2016–2025 the table lacked; Yoon without his hyphen
		{"अनवर", ""}, {"तमीम", ""}, // first names alone are many people's
		{"गिलानी", ""}, // review 9: a Kashmiri leader too
		{"जॉनसन", ""}, {"खान", ""}, {"प्रचंड", ""}, {"", ""},
	} {
		if got := leaderCountry(tt.name); got != tt.want {
			t.Errorf("leaderCountry(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPeopleLeaders(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // countries, in order
	}{
		{"बैठक में पुतिन और शी जिनपिंग ने हिस्सा लिया", []string{"RU", "CN"}},
		{"मोदी-बाइडन वार्ता", []string{"IN", "US"}},
		{"राष्ट्रपति ट्रम्प ने फोन किया", []string{"US"}},    // an office without a country: the leader's, not home
		{"अमेरिकी राष्ट्रपति ओबामा आए", []string{"US"}},      // the demonym still says it
		{"राष्ट्रपति जी20 शिखर सम्मेलन में", []string{"IN"}}, // जी20 is no name
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		var got []string
		for _, p := range people(tt.text, toks, nil, "IN", "") {
			got = append(got, p.Country)
			if p.Name.Hi == "जी" {
				t.Errorf("people(%q): a name जी", tt.text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("people(%q) countries %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCounterpartLists(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // countries of the counterparts
	}{
		{"मंत्री ने जापान के राष्ट्रपति और कुछ अन्य नेताओं के साथ बैठक की", []string{"JP"}},
		{"मोदी ने फ्रांस के राष्ट्रपति और मेजबान देश जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की", []string{"FR", "JP"}},
		{"मंत्री ने जापान के प्रधानमंत्री, फ्रांस के राष्ट्रपति और कनाडा के प्रधानमंत्री से मुलाकात की", []string{"JP", "FR", "CA"}},
		{"मंत्री ने ब्राजील, मिस्र और केन्या के समकक्षों के साथ बैठकें कीं", []string{"BR", "EG", "KE"}},
		{"मंत्री ने मिस्र मालदीव, अंगोला और बेलारूस के समकक्षों से मुलाकात की", []string{"EG", "MV", "AO", "BY"}},
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		var got []string
		for _, p := range people(tt.text, toks, nil, "IN", "") {
			if p.counterpart {
				got = append(got, p.Country)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("people(%q) counterparts %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCountryCodeGB(t *testing.T) {
	for _, w := range []string{"ब्रिटेन", "यूनाइटेड किंगडम", "फ़्रांस"} {
		if c, ok := countryCode(w); !ok || c == "UK" || c == "FX" {
			t.Errorf("countryCode(%q) = %q, %v; want an ISO alpha-2 code", w, c, ok)
		}
	}
	if c, _ := countryCode("यूनाइटेड किंगडम"); c != "GB" {
		t.Errorf("यूनाइटेड किंगडम = %q, want GB", c)
	}
}

// TestPeopleNameEndsAtTheNextPhrase checks that a count after a name
// ("प्रचंड चार दिवसीय", "बोलसोनारो पांच दिन"), a possessive ("अपनी"), a
// Nepali weekday or a festival ("गणतंत्र दिवस") opens the next phrase, not
// the name; that how people met ("गर्मजोशी से") is no name; and that an
// honorific ("महामहिम") is left out.
func TestPeopleNameEndsAtTheNextPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"नेपाल के प्रधानमंत्री प्रचंड चार दिवसीय भारत दौरे पर हैं":       "प्रचंड",
		"ब्राजील के राष्ट्रपति जायर बोलसोनारो पांच दिन के दौरे पर आएंगे": "जायर बोलसोनारो",
		"पाकिस्तान के प्रधानमंत्री गर्मजोशी से मिले":                     "",
		"review: नेपाल के पर्यटन मंत्री प्रेम आले से मिले":               "प्रेम आले",
		"review: मालदीव के पूर्व राष्ट्रपति मोहम्मद नशीद आए":             "मोहम्मद नशीद",
		"भारत के प्रधानमंत्री महामहिम नरेंद्र मोदी आए":                   "नरेंद्र मोदी",
		"ओमान के सुल्तान हैथम बिन तारिक अपनी पहली भारत यात्रा पर आए":     "हैथम बिन तारिक",
		"नेपाल के प्रधानमंत्री बाबूराम भट्टराई शुक्रबार को आए":           "बाबूराम भट्टराई",
		"ब्राजील के राष्ट्रपति जेयर बोलसोनारो गणतंत्र दिवस पर आएंगे":     "जेयर बोलसोनारो",
	} {
		text = strings.TrimPrefix(text, "review: ")
		toks := tokenize(text, 0, len(text))
		ps := people(text, toks, nil, "IN", "")
		if len(ps) != 1 || ps[0].Name.Hi != want {
			t.Errorf("people(%q) = %+v, want one named %q", text, ps, want)
		}
	}
}
