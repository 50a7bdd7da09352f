package hindidate

import (
	"strings"
	"sync"

	"github.com/samayrekha/samayrekha/internal/almanac"
	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Named days: "गणतंत्र दिवस", "गांधी जयंती", "क्रिसमस", "दिवाली", "होली
// 2027", "अगले साल रक्षाबंधन", "इस साल की दिवाली", "2027 की होली",
// "77वां स्वतंत्रता दिवस".
//
//   - Fixed national and international days are the same day every year
//     (Republic Day is 26 January); Mother's, Father's and Friendship Day
//     are the second Sunday of May, the third of June and the first of
//     August.
//   - Easter and Good Friday follow the Gregorian computus.
//   - Lunisolar festivals (दिवाली, होली, दशहरा, रक्षाबंधन, जन्माष्टमी,
//     छठ, गुरु नानक जयंती, बुद्ध पूर्णिमा, मकर संक्रांति …) are computed by
//     internal/almanac from the Sun and the Moon, on the day the Government
//     of India's holiday list keeps; where calendars disagree (a tithi
//     current at two sunrises, Janmashtami's smarta and vaishnava days) the
//     date is Ambiguous, with the other day as the alternative.
//   - Islamic festivals (ईद, बकरीद, मुहर्रम, मिलाद-उन-नबी) depend on
//     sighting the Moon: the predicted day is marked Approximate (±1 day).
//   - नवरात्रि is the nine days from its first; दुर्गा पूजा the four days
//     from Maha Saptami to Vijayadashami.
//
// A named day without a year is the occurrence nearest to ref; in FindAll
// the tense of the sentence may keep the other one as the alternative, as
// for dates without a year. A year, a modifier or an ordinal anniversary
// chooses it: "दिवाली 2027", "2027 की दिवाली", "अगले साल होली", "पिछली
// दिवाली", "77वां स्वतंत्रता दिवस" (the 77th since 1947: 2023).
//
// नया साल and नव वर्ष are New Year's Day only with a cue ("नए साल पर", "नए
// साल के दिन", "नव वर्ष 2026"): "नव वर्ष की बधाई" greets the year. A name
// followed by a noun that makes it a place or a thing ("दशहरा मैदान",
// "दिवाली स्पेशल ट्रेन") is no date. Festivals are computed for
// 1950–2100 only.
//
// Festival days are computed once per festival and year and kept in a
// cache shared by all Parsers (safe for concurrent use), so that Parse and
// FindAll cost the same afterwards.

type namedDay struct {
	phrase string           // words; alternatives with "/", optional words with a leading "?"
	mon    int8             // a fixed day: month and day
	day    int8             //
	nth    int8             // the nth weekday wd of mon
	wd     int8             //
	fest   almanac.Festival // a computed day
	span   int8             // days the name covers, from its first (नवरात्रि: 9)
	before int8             // the span begins this many days before the festival's day
	cue    bool             // needs a cue after it (नया साल)
	anniv  int16            // the year before the first: "77वां स्वतंत्रता दिवस" is anniv+77
}

var namedDays = []namedDay{
	{phrase: "गणतंत्र दिवस", mon: 1, day: 26, anniv: 1949},
	{phrase: "स्वतंत्रता/स्वाधीनता/आज़ादी दिवस", mon: 8, day: 15, anniv: 1946},
	{phrase: "गांधी/गाँधी/बापू जयंती", mon: 10, day: 2},
	{phrase: "शास्त्री जयंती", mon: 10, day: 2},
	{phrase: "क्रिसमस ?डे/दिवस", mon: 12, day: 25},
	{phrase: "बड़ा दिन", mon: 12, day: 25, cue: true},
	{phrase: "क्रिसमस ईव", mon: 12, day: 24},
	{phrase: "बॉक्सिंग डे", mon: 12, day: 26},
	{phrase: "नया/नए/नये साल", mon: 1, day: 1, cue: true},
	{phrase: "नव/नूतन वर्ष", mon: 1, day: 1, cue: true},
	{phrase: "नववर्ष", mon: 1, day: 1, cue: true},
	{phrase: "न्यू ईयर", mon: 1, day: 1},
	{phrase: "नए/नये साल की पूर्व संध्या", mon: 12, day: 31},
	{phrase: "वेलेंटाइन/वैलेंटाइन/वेलेंटाइंस डे", mon: 2, day: 14},
	{phrase: "?अंतरराष्ट्रीय/अंतर्राष्ट्रीय/विश्व महिला दिवस", mon: 3, day: 8},
	{phrase: "?अंतरराष्ट्रीय/अंतर्राष्ट्रीय/विश्व योग दिवस", mon: 6, day: 21},
	{phrase: "बाल दिवस", mon: 11, day: 14},
	{phrase: "नेहरू जयंती", mon: 11, day: 14},
	{phrase: "शिक्षक दिवस", mon: 9, day: 5},
	{phrase: "हिंदी/हिन्दी दिवस", mon: 9, day: 14},
	{phrase: "विश्व हिंदी/हिन्दी दिवस", mon: 1, day: 10},
	{phrase: "?थल सेना दिवस", mon: 1, day: 15},
	{phrase: "वायु सेना दिवस", mon: 10, day: 8},
	{phrase: "वायुसेना दिवस", mon: 10, day: 8},
	{phrase: "नौसेना दिवस", mon: 12, day: 4},
	{phrase: "?विश्व पर्यावरण दिवस", mon: 6, day: 5},
	{phrase: "?अंतरराष्ट्रीय/अंतर्राष्ट्रीय मजदूर/मज़दूर/श्रमिक/श्रम दिवस", mon: 5, day: 1},
	{phrase: "मई दिवस", mon: 5, day: 1},
	{phrase: "?विश्व एड्स दिवस", mon: 12, day: 1},
	{phrase: "?विश्व/अंतरराष्ट्रीय मानवाधिकार दिवस", mon: 12, day: 10},
	{phrase: "संविधान दिवस", mon: 11, day: 26},
	{phrase: "?राष्ट्रीय खेल दिवस", mon: 8, day: 29},
	{phrase: "अंबेडकर/आंबेडकर/अम्बेडकर जयंती", mon: 4, day: 14},
	{phrase: "हैलोवीन", mon: 10, day: 31},
	{phrase: "?राष्ट्रीय एकता दिवस", mon: 10, day: 31},
	{phrase: "पटेल जयंती", mon: 10, day: 31},
	{phrase: "?विश्व जल दिवस", mon: 3, day: 22},
	{phrase: "?विश्व पृथ्वी दिवस", mon: 4, day: 22},
	{phrase: "?राष्ट्रीय किसान दिवस", mon: 12, day: 23},
	{phrase: "?राष्ट्रीय युवा दिवस", mon: 1, day: 12},
	{phrase: "?राष्ट्रीय विज्ञान दिवस", mon: 2, day: 28},
	{phrase: "पराक्रम दिवस", mon: 1, day: 23},
	{phrase: "कारगिल विजय दिवस", mon: 7, day: 26},
	{phrase: "?राष्ट्रीय मतदाता दिवस", mon: 1, day: 25},
	{phrase: "डॉक्टर्स डे", mon: 7, day: 1},
	{phrase: "मदर्स डे", mon: 5, nth: 2, wd: 0},
	{phrase: "मातृ दिवस", mon: 5, nth: 2, wd: 0},
	{phrase: "फादर्स डे", mon: 6, nth: 3, wd: 0},
	{phrase: "पितृ दिवस", mon: 6, nth: 3, wd: 0},
	{phrase: "फ्रेंडशिप डे", mon: 8, nth: 1, wd: 0},
	{phrase: "मित्रता दिवस", mon: 8, nth: 1, wd: 0},

	{phrase: "दिवाली/दीवाली/दीपावली/दिपावली/दीपोत्सव", fest: almanac.Diwali},
	{phrase: "लक्ष्मी पूजा/पूजन", fest: almanac.Diwali},
	{phrase: "धनतेरस", fest: almanac.Dhanteras},
	{phrase: "छोटी दिवाली/दीवाली/दीपावली", fest: almanac.NarakaChaturdashi},
	{phrase: "नरक चतुर्दशी/चौदस", fest: almanac.NarakaChaturdashi},
	{phrase: "रूप चौदस/चतुर्दशी", fest: almanac.NarakaChaturdashi},
	{phrase: "गोवर्धन पूजा", fest: almanac.GovardhanPuja},
	{phrase: "भाई/भैया दूज", fest: almanac.BhaiDooj},
	{phrase: "भाईदूज/भैयादूज", fest: almanac.BhaiDooj},
	{phrase: "छठ ?पूजा/महापर्व/पर्व", fest: almanac.Chhath},
	{phrase: "देवउठनी/देवोत्थान/प्रबोधिनी/देवोत्थानी एकादशी", fest: almanac.DevUthaniEkadashi},
	{phrase: "गुरु/गुरू नानक ?देव जयंती", fest: almanac.GuruNanakJayanti},
	{phrase: "गुरुपर्व/गुरपुरब", fest: almanac.GuruNanakJayanti},
	{phrase: "प्रकाश पर्व", fest: almanac.GuruNanakJayanti},
	{phrase: "?शारदीय नवरात्रि/नवरात्र/नवरात्रे", fest: almanac.NavratriStart, span: 9},
	{phrase: "दुर्गा/महा अष्टमी", fest: almanac.DurgaAshtami},
	{phrase: "महाअष्टमी/दुर्गाष्टमी", fest: almanac.DurgaAshtami},
	{phrase: "महानवमी", fest: almanac.MahaNavami},
	{phrase: "महा नवमी", fest: almanac.MahaNavami},
	{phrase: "दुर्गा पूजा", fest: almanac.Dussehra, before: 3, span: 4},
	{phrase: "दशहरा/दशहरे/विजयादशमी", fest: almanac.Dussehra},
	{phrase: "विजय दशमी", fest: almanac.Dussehra},
	{phrase: "शरद पूर्णिमा", fest: almanac.SharadPurnima},
	{phrase: "वाल्मीकि जयंती", fest: almanac.ValmikiJayanti},
	{phrase: "करवा चौथ", fest: almanac.KarvaChauth},
	{phrase: "करवाचौथ", fest: almanac.KarvaChauth},
	{phrase: "होलिका दहन", fest: almanac.HolikaDahan},
	{phrase: "छोटी होली", fest: almanac.HolikaDahan},
	{phrase: "होली/धुलंडी/धुलेंडी/धुलेंडी", fest: almanac.Holi},
	{phrase: "रंगवाली होली", fest: almanac.Holi},
	{phrase: "महाशिवरात्रि/महाशिवरात्री/शिवरात्रि", fest: almanac.MahaShivaratri},
	{phrase: "महा शिवरात्रि", fest: almanac.MahaShivaratri},
	{phrase: "वसंत/बसंत पंचमी", fest: almanac.VasantPanchami},
	{phrase: "सरस्वती पूजा", fest: almanac.VasantPanchami},
	{phrase: "?गुरु/गुरू/संत रविदास जयंती", fest: almanac.GuruRavidasJayanti},
	{phrase: "?स्वामी दयानंद ?सरस्वती जयंती", fest: almanac.DayanandJayanti},
	{phrase: "गुरु/गुरू गोबिंद/गोविंद सिंह जयंती", fest: almanac.GuruGobindSinghJayanti},
	{phrase: "गुड़ी/गुडी पड़वा/पाडवा/पाड़वा", fest: almanac.ChaitraNavratri},
	{phrase: "उगादी/युगादि/उगादि", fest: almanac.ChaitraNavratri},
	{phrase: "चेटीचंड", fest: almanac.ChaitraNavratri},
	{phrase: "चेटी चंड", fest: almanac.ChaitraNavratri},
	{phrase: "हिंदू/हिन्दू/भारतीय नववर्ष", fest: almanac.ChaitraNavratri},
	{phrase: "हिंदू/हिन्दू/भारतीय नव वर्ष", fest: almanac.ChaitraNavratri},
	{phrase: "चैत्र/चैती नवरात्रि/नवरात्र/नवरात्रे", fest: almanac.ChaitraNavratri, span: 9},
	{phrase: "राम/श्रीराम नवमी", fest: almanac.RamNavami},
	{phrase: "रामनवमी", fest: almanac.RamNavami},
	{phrase: "महावीर जयंती", fest: almanac.MahavirJayanti},
	{phrase: "हनुमान जयंती", fest: almanac.HanumanJayanti},
	{phrase: "अक्षय तृतीया", fest: almanac.AkshayaTritiya},
	{phrase: "आखा तीज", fest: almanac.AkshayaTritiya},
	{phrase: "बुद्ध पूर्णिमा/जयंती", fest: almanac.BuddhaPurnima},
	{phrase: "?जगन्नाथ रथ यात्रा", fest: almanac.RathYatra},
	{phrase: "रथयात्रा", fest: almanac.RathYatra},
	{phrase: "गुरु/गुरू पूर्णिमा", fest: almanac.GuruPurnima},
	{phrase: "हरियाली तीज", fest: almanac.HariyaliTeej},
	{phrase: "नाग पंचमी", fest: almanac.NagPanchami},
	{phrase: "नागपंचमी", fest: almanac.NagPanchami},
	{phrase: "रक्षाबंधन/रक्षाबन्धन", fest: almanac.RakshaBandhan},
	{phrase: "रक्षा बंधन/बन्धन", fest: almanac.RakshaBandhan},
	{phrase: "?कृष्ण/श्रीकृष्ण जन्माष्टमी", fest: almanac.Janmashtami},
	{phrase: "हरतालिका तीज", fest: almanac.HartalikaTeej},
	{phrase: "गणेश/विनायक चतुर्थी", fest: almanac.GaneshChaturthi},
	{phrase: "अनंत चतुर्दशी", fest: almanac.AnantChaturdashi},
	{phrase: "मकर संक्रांति/संक्रान्ति", fest: almanac.MakarSankranti},
	{phrase: "मकर सक्रांति", fest: almanac.MakarSankranti},
	{phrase: "पोंगल", fest: almanac.Pongal},
	{phrase: "लोहड़ी/लोहडी", fest: almanac.Lohri},
	{phrase: "बैसाखी/वैसाखी/बैशाखी", fest: almanac.Vaisakhi},
	{phrase: "गुड फ्राइडे", fest: almanac.GoodFriday},
	{phrase: "ईस्टर", fest: almanac.Easter},
	{phrase: "ईद ?उल/उल्ल फितर/फ़ितर/फित्र", fest: almanac.EidUlFitr},
	{phrase: "ईदुल फितर/फ़ितर", fest: almanac.EidUlFitr},
	{phrase: "ईद", fest: almanac.EidUlFitr},
	{phrase: "मीठी ईद", fest: almanac.EidUlFitr},
	{phrase: "बकरीद/बक़रीद", fest: almanac.EidUlAdha},
	{phrase: "ईद उल/उल्ल अज़हा/अजहा/अदहा/जुहा/ज़ुहा", fest: almanac.EidUlAdha},
	{phrase: "ईदुल अज़हा/अजहा/जुहा", fest: almanac.EidUlAdha},
	{phrase: "मुहर्रम/मोहर्रम", fest: almanac.Muharram},
	{phrase: "मिलाद उन नबी", fest: almanac.MiladUnNabi},
	{phrase: "ईद ए मिलाद", fest: almanac.MiladUnNabi},
	{phrase: "बारावफात/बारावफ़ात", fest: almanac.MiladUnNabi},
}

// namedPhrase is one concrete spelling of a named day: its words after
// the first, each a set of spellings.
type namedPhrase struct {
	idx   int
	words [][]string
}

// namedHeads holds, for each first word of a named day, the phrases that
// begin with it; the lexicon's named field is 1 + the index here.
var namedHeads [][]namedPhrase

// namedHeadWords maps a first word to its index in namedHeads, while the
// lexicon is built.
var namedHeadWords = map[string]int{}

// namedRows expands the phrases of namedDays (optional words, spellings)
// into namedHeads and returns the lexicon rows of their first words.
func namedRows() []lexRow {
	var rows []lexRow
	for i, nd := range namedDays {
		var positions [][]string
		var optional []bool
		for _, w := range strings.Fields(nd.phrase) {
			opt := strings.HasPrefix(w, "?")
			w = strings.TrimPrefix(w, "?")
			var alts []string
			for _, a := range strings.Split(w, "/") {
				alts = append(alts, hindi.Spellings(a)...)
			}
			positions = append(positions, alts)
			optional = append(optional, opt)
		}
		// Every choice of the optional words is a phrase of its own.
		n := 0
		for _, o := range optional {
			if o {
				n++
			}
		}
		for mask := 0; mask < 1<<n; mask++ {
			var words [][]string
			bit := 0
			for j, p := range positions {
				if optional[j] {
					keep := mask&(1<<bit) != 0
					bit++
					if !keep {
						continue
					}
				}
				words = append(words, p)
			}
			for _, head := range words[0] {
				h, ok := namedHeadWords[head]
				if !ok {
					h = len(namedHeads)
					namedHeadWords[head] = h
					namedHeads = append(namedHeads, nil)
					rows = append(rows, lexRow{head, lexEntry{named: int16(h + 1)}})
				}
				namedHeads[h] = append(namedHeads[h], namedPhrase{idx: i, words: words[1:]})
			}
		}
	}
	return rows
}

// notAfterName are nouns that make a festival's name part of a place or a
// thing: "दशहरा मैदान", "दिवाली स्पेशल ट्रेन", "होली मेला".
var notAfterName = map[string]bool{}

func init() {
	for _, w := range strings.Fields("मैदान मंदिर मेला मेले बाजार बाज़ार स्पेशल ट्रेन ट्रेनें ट्रेनों गीत गाने गाना चौक नगर मार्ग रोड " +
		"पार्क कॉलोनी समिति पंडाल सेल ऑफर बोनस गिफ्ट मिठाई मिठाइयां बधाई बधाइयां शुभकामना शुभकामनाएं शुभकामनाएँ संदेश कार्ड पटाखे पटाखों") {
		for _, s := range hindi.Spellings(w) {
			notAfterName[s] = true
		}
	}
}

// matchNamed returns the longest named day that begins at t, and its end.
func (c *ctx) matchNamed(t token) (nd *namedDay, end int, ok bool) {
	best := -1
	for _, p := range namedHeads[t.lx.named-1] {
		pos, matched := t.End, true
		for _, alts := range p.words {
			u := c.next(pos)
			if u.IsDash() && u.Start == pos { // "ईद-उल-फितर"
				u = c.next(u.End)
			}
			if u.Kind != tWord || !contains(alts, c.s[u.Start:u.End]) {
				matched = false
				break
			}
			pos = u.End
		}
		if matched && pos > best {
			best, nd = pos, &namedDays[p.idx]
		}
	}
	if best < 0 {
		return nil, 0, false
	}
	if u := c.next(best); u.Kind == tWord && notAfterName[c.s[u.Start:u.End]] {
		return nil, 0, false
	}
	return nd, best, true
}

func contains(list []string, w string) bool {
	for _, s := range list {
		if s == w {
			return true
		}
	}
	return false
}

// namedIndex returns the index of nd in namedDays.
func namedIndex(nd *namedDay) int {
	for i := range namedDays {
		if &namedDays[i] == nd {
			return i
		}
	}
	return -1
}

// named parses a named day at t, with an optional year after it ("दिवाली
// 2027", "गणतंत्र दिवस, 2026").
func (c *ctx) named(t token) (atom, bool) {
	nd, end, ok := c.matchNamed(t)
	if !ok {
		return atom{}, false
	}
	u := c.next(end)
	if u.Is(',') {
		if v := c.next(u.End); isYear(v) {
			u = v
		}
	}
	if y, yend, ok := c.yearAt(u); ok {
		a, ok := c.namedIn(t.Start, yend, nd, y)
		return a, ok
	}
	if nd.cue && !c.namedCue(end) {
		return atom{}, false
	}
	return c.namedNearest(t.Start, end, nd, 0)
}

// namedCue reports whether the words after a name that needs a cue make
// it a day: "नए साल पर", "नए साल के दिन", "नव वर्ष के मौके पर".
func (c *ctx) namedCue(pos int) bool {
	u := c.next(pos)
	switch {
	case u.isFW(fwPar):
		return true
	case u.isFW(fwKe):
		v := c.next(u.End)
		if v.lx != nil && v.lx.unit == uDay {
			return true
		}
		w := c.s[v.Start:v.End]
		return w == "मौके" || w == "अवसर" || w == "उपलक्ष्य"
	case u.Is('('):
		return true
	}
	return false
}

// namedOccurrences returns the days (day numbers) on which nd falls in
// Gregorian year y: at most two, with the alternative day of each (or -1)
// and whether it is approximate.
func namedOccurrences(nd *namedDay, y int) (days, alts [2]int, n int, approx bool) {
	alts = [2]int{-1, -1}
	switch {
	case nd.fest != 0:
		obs := observances(nd.fest, y)
		for _, o := range obs {
			if n == len(days) {
				break
			}
			days[n] = daysFromCivil(o.Date.Year, int(o.Date.Month), o.Date.Day)
			if !o.Alt.IsZero() {
				alts[n] = daysFromCivil(o.Alt.Year, int(o.Alt.Month), o.Alt.Day)
			}
			approx = approx || o.Approximate
			n++
		}
	case nd.nth != 0:
		first := daysFromCivil(y, int(nd.mon), 1)
		off := (int(nd.wd) - int(weekdayOf(first)) + 7) % 7
		days[0], n = first+off+7*int(nd.nth-1), 1
	default:
		if validDate(y, int(nd.mon), int(nd.day)) {
			days[0], n = daysFromCivil(y, int(nd.mon), int(nd.day)), 1
		}
	}
	return days, alts, n, approx
}

// namedAtom builds the atom of named day nd on day z (alt: the other day
// authorities keep, or -1).
func (c *ctx) namedAtom(start, end int, nd *namedDay, z, alt int, approx bool) atom {
	n := int(nd.span)
	if n == 0 {
		n = 1
	}
	z -= int(nd.before)
	a := atom{start: start, end: end, kind: akDate, d: c.days(z, n, Day), single: n == 1}
	if alt >= 0 {
		o := c.days(alt-int(nd.before), n, Day)
		a.d.Ambiguous, a.d.AltStart, a.d.AltEnd = true, o.Start, o.End
	}
	a.d.Approximate = approx
	_, a.mon, a.day = civilFromDays(z)
	a.named = int16(namedIndex(nd) + 1)
	return a
}

// namedIn returns nd in year y (the first occurrence, for a lunar festival
// that falls twice in it).
func (c *ctx) namedIn(start, end int, nd *namedDay, y int) (atom, bool) {
	days, alts, n, approx := namedOccurrences(nd, y)
	if n == 0 {
		c.fail(start, end, "the day is not computed for that year")
		return atom{}, false
	}
	return c.namedAtom(start, end, nd, days[0], alts[0], approx), true
}

// namedNearest returns the occurrence of nd nearest to ref (dir 0), the
// first after ref's day (dir +1) or the last before it (dir -1). The
// atom is marked inferred when dir is 0, so that the tense may keep the
// other occurrence as an alternative.
func (c *ctx) namedNearest(start, end int, nd *namedDay, dir int) (atom, bool) {
	best, bestAlt, bestDist := 0, -1, -1
	bestApprox := false
	for y := c.ry - 1; y <= c.ry+1; y++ {
		days, alts, n, approx := namedOccurrences(nd, y)
		for i := 0; i < n; i++ {
			z := days[i] - int(nd.before)
			if dir > 0 && z <= c.rday || dir < 0 && z >= c.rday {
				continue
			}
			if dist := abs(z - c.rday); bestDist < 0 || dist < bestDist {
				best, bestAlt, bestDist, bestApprox = days[i], alts[i], dist, approx
			}
		}
	}
	if bestDist < 0 {
		return atom{}, false
	}
	a := c.namedAtom(start, end, nd, best, bestAlt, bestApprox)
	a.inferred, a.generic = dir == 0, dir == 0
	return a, true
}

// namedByTense is yearByTense for a named day whose year was inferred:
// when the tense points the other way, the occurrence in that direction
// is kept as the alternative.
func (c *ctx) namedByTense(a atom, end int) Date {
	d := a.d
	if d.Ambiguous {
		return d // authorities disagree already; that is the alternative
	}
	first := daysFromCivil(d.Start.Year(), int(d.Start.Month()), d.Start.Day())
	dir := 0
	switch c.tense(end) {
	case tensePast:
		if first > c.rday {
			dir = -1
		}
	case tenseFuture:
		if first < c.rday {
			dir = +1
		}
	}
	if dir == 0 {
		return d
	}
	b, ok := c.namedNearest(a.start, a.end, &namedDays[a.named-1], dir)
	if !ok {
		return d
	}
	d.Ambiguous, d.AltStart, d.AltEnd = true, b.d.Start, b.d.End
	return d
}

// The cache of festival days: one entry per festival and year, filled on
// first use. Reads take a shared lock and do not allocate.
var festCache = struct {
	sync.RWMutex
	m map[int32][]almanac.Observance
}{m: map[int32][]almanac.Observance{}}

// observances returns almanac.Observances(f, y), computed once; none for
// a year outside the almanac's range.
func observances(f almanac.Festival, y int) []almanac.Observance {
	if y < almanac.MinYear || y > almanac.MaxYear {
		return nil
	}
	key := int32(f)<<16 | int32(y)
	festCache.RLock()
	obs, ok := festCache.m[key]
	festCache.RUnlock()
	if ok {
		return obs
	}
	obs, err := almanac.Observances(f, y)
	if err != nil {
		obs = nil
	}
	festCache.Lock()
	festCache.m[key] = obs
	festCache.Unlock()
	return obs
}
