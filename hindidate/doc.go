// Package hindidate reads the dates that Hindi news text writes: it parses
// one expression exactly with [Parse], finds every expression in a whole
// article with exact byte spans with [FindAll], and writes dates in Hindi
// with [Format].
//
// # Reference time
//
// Every call takes ref, the moment the text was written (its dateline).
// Relative words (आज, कल, अगले सप्ताह) are resolved against it, a missing
// year is the one that puts the date nearest to ref, and results are in
// ref's location unless the text names a zone. The package never reads the
// clock and holds no mutable global state; a [Parser] is an immutable value
// that is safe for concurrent use.
//
// # Results
//
// A [Date] is a half-open range [Start, End) with a [Granularity]:
// "18 नवंबर 2025" is the whole day, "दिसंबर 2025" the whole month, "5 से 7
// दिसंबर" ends on 8 December 00:00. Approximate marks hedged dates ("के
// आसपास", "लगभग", "करीब", "तकरीबन") and dates approximate by nature (an
// offset in years, an Islamic festival). Ambiguous marks expressions with two
// readings that the text does not settle (कल without a tense cue, "5 बजे"
// without a part of the day); the second reading is in AltStart/AltEnd and
// [Date.Alternative].
//
// # What is read
//
// Each family is documented in the file that holds its rules; the words are
// in lexicon.go.
//
//   - Dates (absolute.go): day, month and year in the orders newsrooms
//     print: "18 नवंबर 2025", "18 नवंबर, 2025", "नवंबर 18, 2025", "मार्च
//     12", "मार्च, 2026", "2026 मार्च", "18-11-2025", "18/11/2025",
//     "18.11.2025", "12/03/26", a stamp "(19.09.18)", "2025-11-18". A numeric date that could be
//     day-month or month-day is read day first, as India writes, and is
//     Ambiguous with the other reading when both are valid. With a weekday:
//     "मंगलवार, 18 नवंबर", "मंगलवार (18 नवंबर 2025)", "15 अगस्त यानी
//     मंगलवार को". The weekday must agree with the date: Parse rejects
//     "गुरुवार (18 नवंबर 2025)" (a Tuesday) with [ErrInvalidDate]; FindAll
//     keeps the match and reports the contradiction, with both readings,
//     in [Match].Weekday. Without a written year the weekday chooses it:
//     "शुक्रवार, 20 नवंबर" is the nearest 20 November that is a Friday.
//   - Month names with their variants (फ़रवरी/फरवरी with either nukta
//     encoding, नवंबर/नवम्बर, सितंबर/सितम्बर, अक्टूबर/अक्तूबर), CLDR's
//     abbreviations with a full stop or the sign ॰ ("5 जन॰ 2026", "सित.
//     2025", "अक्टू॰ 2025", "5 दिसं. 2025"), or without a mark between a day and a year
//     ("18 नव 2025"), from the one table of samayrekha's Hindi language
//     layer, and English names in Latin letters ("18 November 2025", "Dec
//     2025"). A visarga typed for a colon ("18-22 जनवरीः") is read too.
//   - Devanagari digits (०-९) wherever ASCII digits may stand, mixed too,
//     and numbers as words (numword.go): days ("इक्कीस मार्च", "पहली
//     अप्रैल"), counts ("चार घंटे पहले"), ordinals ("बीसवीं सदी", "दूसरे
//     हफ्ते"), years ("उन्नीस सौ सैंतालीस", "दो हज़ार पच्चीस") and clock
//     times ("सात बजकर पंद्रह मिनट", "सुबह सात पैंतीस").
//   - Relative days and periods (relative.go): आज, कल, परसों, नरसों; "अगले
//     सप्ताह", "पिछले महीने", "इस साल", "मौजूदा सप्ताह", "गत माह", "विगत
//     वर्ष", "अगले मंगलवार", "आगामी दिसंबर", "पिछले साल दिसंबर में", "नए
//     साल की शुरुआत" (the year to come when told from October on, unless
//     told as done),
//     rolling windows ("पिछले 8 महीनों में", "अगले 48 घंटों में") and the
//     reference moment itself (अभी, "इस वक्त", "इस समय"), weekends ("इस
//     सप्ताहांत") and CLDR's relative forms ("पिछला माह", "2 ति॰ में",
//     "बीता कल", "3 सोमवार में", "यह घंटा").
//   - Offsets (offset.go): "दो दिन पहले", "चार घंटे पहले", "45 मिनट में",
//     "तीन दिन में", "दो हफ्तों के भीतर", "1 साल 3 महीने बाद", "कल से चार
//     दिन बाद". An offset in days is an exact day; in hours and minutes
//     the reference time moved, to the minute; in weeks, months and years
//     the exact offset day, marked Approximate.
//   - Weekdays (weekday.go): alone ("मंगलवार को", resolved by tense), in a
//     week ("अगले सप्ताह शुक्रवार को"), with a day number ("शुक्रवार 12").
//   - Periods (period.go): weeks, quarters and halves by number ("2027 का
//     आखिरी सप्ताह", "पिछले साल की चौथी तिमाही", "पहली छमाही"), weekdays
//     of a month by ordinal ("अगले महीने के तीसरे गुरुवार"), days of a
//     month ("इस महीने की 5 तारीख", "5 तारीख को"), India's fiscal year,
//     April to March ("वित्त वर्ष 2025-26", "चालू वित्त वर्ष"), decades
//     and centuries ("1980 के दशक में", "पिछले दशक", "बीसवीं सदी"), and
//     parts of months and years ("दिसंबर के पहले सप्ताह", "दिसंबर की
//     शुरुआत", "मध्य दिसंबर", "नवंबर के अंतिम दिनों", "2025 के अंत").
//   - Named days (named.go): fixed national and international days
//     (गणतंत्र दिवस, गांधी जयंती, क्रिसमस, "नए साल पर"), Easter and Good
//     Friday, and lunisolar and Islamic festivals (दिवाली, होली, दशहरा,
//     रक्षाबंधन, जन्माष्टमी, छठ, ईद, मुहर्रम …) computed by samayrekha's
//     almanac (internal/almanac) from the Sun and the Moon, with "दिवाली
//     2027", "अगले साल होली", "पिछली दिवाली", "77वां स्वतंत्रता दिवस".
//     Where calendars keep two days the date is Ambiguous; Islamic
//     festivals, which depend on sighting the Moon, are Approximate.
//   - The Hindu calendar (hindu.go): "विक्रम संवत 2082", "शक संवत 1947",
//     and tithis ("कार्तिक शुक्ल पंचमी", "माघ पूर्णिमा"), the civil day at
//     whose sunrise in New Delhi the tithi prevails.
//   - Ranges and lists (range.go, absolute.go): "5 से 7 दिसंबर", "5-7
//     दिसंबर", "12 से 14 मार्च के बीच", "14 और 15 जून", "21 एवं 22 मार्च",
//     "30 नवंबर से 2 दिसंबर तक", "30 नवंबर-2 दिसंबर", "अगले महीने 3 से 9 तक", "कल से परसों तक",
//     month first ("जुलाई 27-28, 2017", "दिसंबर 4 से 6 तक"),
//     "जनवरी से दिसंबर तक", "अप्रैल-जून 2025", "जून और जुलाई में" and "जून
//     या जुलाई में" (either month: their span, Approximate); one that ends
//     before it starts is rejected. Hedges: "5 दिसंबर के आसपास", "लगभग 5
//     दिसंबर".
//   - Times of day (timeofday.go): "शाम 5 बजे", "रात को 10 बजे", "सुबह
//     10:30 बजे", "साढ़े पांच बजे" (सवा, पौने, डेढ़, ढाई), "5:54 अपराह्न",
//     "11 बजे पूर्वाह्न", "11:14 AM", "कल शाम 6", "12 मार्च 2026, 14:30"; time ranges
//     ("दोपहर 2 से 4 बजे तक", "सुबह 10 से 11", "शाम 4-6 बजे"), which end
//     where their last time begins; and zones ("भारतीय समयानुसार", "मॉस्को
//     समयानुसार", "स्थानीय समय" with [Parser.LocalZone], GMT).
//
// # What is not matched
//
// No match is better than a wrong date. A bare number, "1920 लोग", "कुल",
// "कलम", "जन सभा", "मई" inside another word, मार्च after का (a march),
// "साढ़े पांच करोड़", "10:30" without बजे or a date, "7.25 प्रतिशत", "3-1"
// (a score), phone numbers, "25 वर्षीय", "अगले दिन" (relative to the
// story, not the dateline) and impossible dates ("31 नवंबर") are not
// matched. In running text ([Parser.FindAll]) neither are gaps and
// durations ("12 साल बाद पहली बार", "20 साल के लंबे इंतजार के बाद", "तीन
// दिन तक चली", "23 दिनों में 17 बैठकें होंगी"), habits ("हर साल मार्च
// में", "आमतौर पर 1 मार्च को", "15 अगस्त को मनाया जाता है") and vague
// periods, which are refused on purpose: "आने वाले दिनों में", "इन दिनों",
// "हाल ही में", "पिछले दिनों", "कुछ दिन पहले", "फिलहाल", "वर्तमान में",
// and seasons ("गर्मियों में", "सर्दियों में"), whose bounds depend on the
// reader.
// Where the reading is uncertain, the date is Ambiguous with the
// alternative.
//
// # Implementation
//
// A hand-written scanner (samayrekha's Hindi language layer, which draft
// and lint share) walks the original bytes, decoding Devanagari directly
// and looking words up in a table built once at start-up. It never
// rewrites the text and never strips combining marks (जून is not जन), so
// spans always point at the input. Atoms (a date, a relative day, a
// weekday, a time) join into one match when at most two connector tokens
// separate them; distance is counted in tokens, not bytes. Parse takes well
// under a microsecond without allocating, and FindAll scans Hindi text at
// well over 100 MB/s (see BenchmarkParse, BenchmarkParseMedian and
// BenchmarkFindAll). Festival and tithi days are computed once per
// festival and year by internal/almanac and kept in a cache that all
// Parsers share (safe for concurrent use), so they cost no more than other
// dates after the first.
package hindidate
