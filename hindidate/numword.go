package hindidate

// Numbers written as words, wherever a digit may stand: days ("इक्कीस
// मार्च"), counts ("चार घंटे पहले"), ordinals ("पहली अप्रैल", "दूसरे
// सोमवार", "बीसवीं सदी"), years ("उन्नीस सौ सैंतालीस", "दो हज़ार
// पच्चीस") and clock times ("सात बजकर पंद्रह मिनट", "सुबह सात पैंतीस").
//
// Hindi has a word of its own for every number from one to ninety-nine;
// सौ (hundred) and हज़ार (thousand) build larger ones. Ordinals add वां,
// वीं or वें (feminine वीं: "बीसवीं सदी"), except the first four and six:
// पहला, दूसरा, तीसरा, चौथा, छठा, with their -ी and -े forms, and the
// Sanskrit प्रथम, द्वितीय, तृतीय, चतुर्थ. A number in digits takes the
// same endings: "19वीं", "21वें".

// numberWords lists the words for 1..99, index = value; several spellings
// are separated by spaces.
var numberWords = [100]string{
	"",
	"एक", "दो", "तीन", "चार", "पांच पाँच", "छह छः छै छ", "सात", "आठ", "नौ", "दस",
	"ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह पन्द्रह", "सोलह", "सत्रह", "अठारह अट्ठारह", "उन्नीस", "बीस",
	"इक्कीस", "बाईस बाइस", "तेईस तेइस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस सत्ताइस", "अट्ठाईस अठाईस अट्ठाइस", "उनतीस उन्तीस", "तीस",
	"इकतीस इकत्तीस", "बत्तीस", "तैंतीस तेंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस उन्तालीस", "चालीस",
	"इकतालीस", "बयालीस", "तैंतालीस", "चवालीस चौवालीस", "पैंतालीस", "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास", "पचास",
	"इक्यावन", "बावन", "तिरेपन तिरपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन अठावन", "उनसठ", "साठ",
	"इकसठ", "बासठ", "तिरसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ सरसठ", "अड़सठ", "उनहत्तर", "सत्तर",
	"इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उन्यासी उनासी", "अस्सी",
	"इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी", "नब्बे",
	"इक्यानवे", "बानवे", "तिरानवे", "चौरानवे", "पंचानवे", "छियानवे", "सत्तानवे", "अट्ठानवे", "निन्यानवे",
}

// irregularOrdinals are the ordinals that are not a number word with वां:
// masculine (-ा), oblique (-े) and feminine (-ी) forms.
var irregularOrdinals = [...]struct {
	n                 int8
	masc, obl, fem    string
	sanskrit, sansFem string
}{
	{1, "पहला", "पहले", "पहली", "प्रथम", ""},
	{2, "दूसरा", "दूसरे", "दूसरी", "द्वितीय", ""},
	{3, "तीसरा", "तीसरे", "तीसरी", "तृतीय", ""},
	{4, "चौथा", "चौथे", "चौथी", "चतुर्थ", ""},
	{6, "छठा छठवां छठवाँ", "छठे छठवें", "छठी छठवीं", "", ""},
	{9, "नौवां नवां नौवाँ", "नौवें नवें", "नौवीं नवीं", "", ""},
}

// numberRows returns the lexicon rows of number words and ordinals.
func numberRows() []lexRow {
	var rows []lexRow
	for n := 1; n < len(numberWords); n++ {
		rows = append(rows, lexRow{numberWords[n], lexEntry{num: int8(n)}})
	}
	irregular := map[int8]bool{}
	for _, o := range irregularOrdinals {
		irregular[o.n] = true
		rows = append(rows,
			lexRow{o.masc + " " + o.obl + " " + o.sanskrit, lexEntry{ord: o.n}},
			lexRow{o.fem, lexEntry{ord: o.n, ordFem: true}})
	}
	for n := 5; n < len(numberWords); n++ {
		if irregular[int8(n)] {
			continue
		}
		w := firstField(numberWords[n])
		rows = append(rows,
			lexRow{w + "वां " + w + "वाँ " + w + "वें " + w + "वा", lexEntry{ord: int8(n)}},
			lexRow{w + "वीं " + w + "वीँ", lexEntry{ord: int8(n), ordFem: true}})
	}
	return rows
}

func firstField(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

// numWords reads a number written in words from token t on: a word for
// 1..99, optionally built up with सौ and हज़ार ("उन्नीस सौ सैंतालीस" is
// 1947, "दो हज़ार पच्चीस" 2025, "दो हजार" 2000). It returns the value and
// the end of the last word, and the number of words read.
func (c *ctx) numWords(t token) (val, end, words int) {
	total, cur := 0, 0
	end = t.Start
	for u := t; u.Kind == tWord && u.lx != nil; u = c.next(u.End) {
		switch {
		case u.lx.num != 0:
			if cur%100 != 0 {
				return total + cur, end, words
			}
			cur += int(u.lx.num)
		case u.lx.mult == 100:
			if cur == 0 {
				cur = 1 // "सौ साल": a hundred
			}
			if cur >= 100 {
				return total + cur, end, words
			}
			cur *= 100
		case u.lx.mult == 1000:
			if cur == 0 {
				cur = 1
			}
			if total != 0 || cur >= 1000 {
				return total + cur, end, words
			}
			total, cur = cur*1000, 0
		default:
			return total + cur, end, words
		}
		end = u.End
		words++
		if words > 6 {
			break
		}
	}
	return total + cur, end, words
}

// countAt reads a count at t: digits (at most four), a number word, or
// number words with सौ/हज़ार. It returns the value and the end.
func (c *ctx) countAt(t token) (n, end int, ok bool) {
	if t.Kind == tNum {
		if t.Value >= 0 && t.Digits <= 4 {
			return t.Value, t.End, true
		}
		return 0, 0, false
	}
	if t.lx == nil || t.lx.num == 0 && t.lx.mult == 0 {
		return 0, 0, false
	}
	n, end, w := c.numWords(t)
	if w == 0 || n == 0 {
		return 0, 0, false
	}
	return n, end, true
}

// ordinalAt reads an ordinal at t: an ordinal word ("तीसरे", "बीसवीं") or
// digits with an ending touching them ("19वीं", "21वें"). It returns the
// value, whether the form is feminine, and the end.
func (c *ctx) ordinalAt(t token) (n int, fem bool, end int, ok bool) {
	if t.lx != nil && t.lx.ord != 0 {
		return int(t.lx.ord), t.lx.ordFem, t.End, true
	}
	if t.Kind == tNum && t.Digits <= 3 && t.Value > 0 {
		u := c.next(t.End)
		if u.Start == t.End && u.isFW(fwOrdSuf) {
			w := c.s[u.Start:u.End]
			return t.Value, w == "वीं" || w == "वीँ" || w == "वी", u.End, true
		}
	}
	return 0, false, 0, false
}

// yearWords reads a year written in words at t ("उन्नीस सौ सैंतालीस",
// "दो हज़ार पच्चीस"): at least two words, with सौ or हज़ार.
func (c *ctx) yearWords(t token) (y, end int, ok bool) {
	if t.lx == nil || t.lx.num == 0 {
		return 0, 0, false
	}
	v, end, w := c.numWords(t)
	if w < 2 || v < minYear || v > maxYear {
		return 0, 0, false
	}
	return v, end, true
}
