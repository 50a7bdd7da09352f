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
// आसपास", "लगभग", "करीब", "तकरीबन"). Ambiguous marks expressions with two
// readings that the text does not settle (कल without a tense cue, "5 बजे"
// without a part of the day); the second reading is in AltStart/AltEnd and
// [Date.Alternative].
//
// # What is read
//
//   - Day, month and year in the orders newsrooms print: "18 नवंबर 2025",
//     "18 नवंबर, 2025", "नवंबर 18, 2025", "18-11-2025", "18/11/2025",
//     "18.11.2025" (day first), "2025-11-18"; with a weekday: "मंगलवार, 18
//     नवंबर", "मंगलवार (18 नवंबर 2025)". The weekday must agree with the
//     date: Parse rejects "गुरुवार (18 नवंबर 2025)" (a Tuesday) with
//     [ErrInvalidDate]; FindAll keeps the match and reports the
//     contradiction, with both readings, in [Match].Weekday. Without a
//     written year the weekday chooses it: "शुक्रवार, 20 नवंबर" is the
//     nearest 20 November that is a Friday.
//   - Devanagari digits (०-९) wherever ASCII digits may stand, mixed too.
//   - Month names with their variants and CLDR's abbreviations ("5 जन॰
//     2026", "12 अक्टू॰"), from the one table of samayrekha's Hindi
//     language layer, which also gives the scanner and the tense of verbs
//     that timeline/draft and timeline/lint use;
//   - Month names with their variants (फ़रवरी/फरवरी with either nukta
//     encoding, नवंबर/नवम्बर, सितंबर/सितम्बर, दिसंबर/दिसम्बर,
//     अक्टूबर/अक्तूबर), short forms with a dot after a day ("18 नव. 2025"),
//     and English names in Latin letters ("18 November 2025", "Dec 2025").
//   - Weekdays (गुरुवार/बृहस्पतिवार/वीरवार, रविवार/इतवार), relative days
//     (आज, कल, परसों, नरसों), offsets ("दो दिन पहले", "3 दिन बाद"),
//     modified units, weekdays and months ("अगले सप्ताह", "पिछले महीने",
//     "इस साल", "अगले मंगलवार", "आगामी दिसंबर", "पिछले साल दिसंबर में"),
//     with number words from एक to इकतीस (and चालीस, पचास, साठ).
//   - Months and years alone ("दिसंबर में", "दिसंबर 2025", "2025 में",
//     "सन् 2025", "वर्ष 2025") and parts of them ("दिसंबर के पहले सप्ताह",
//     "दिसंबर की शुरुआत/मध्य/अंत में", "महीने के अंत तक", "2025 के अंत").
//   - Ranges ("5 से 7 दिसंबर", "5-7 दिसंबर", "5 और 6 दिसंबर", "30 नवंबर से
//     2 दिसंबर तक", "30 दिसंबर से 2 जनवरी", "जनवरी से दिसंबर तक"; one that
//     ends before it starts, such as "2 दिसंबर से 30 नवंबर", is rejected)
//     and hedges ("5 दिसंबर के आसपास", "लगभग 5 दिसंबर",
//     "करीब दो सप्ताह बाद").
//   - Times of day ("शाम 5 बजे", "सुबह 10:30 बजे", "साढ़े पांच बजे", सवा,
//     पौने, डेढ़, ढाई) and zones ("भारतीय समयानुसार", "मॉस्को समयानुसार",
//     "स्थानीय समय" with [Parser.LocalZone]).
//
// The rules for each family are documented in the source file that holds
// them: absolute.go, relative.go, weekday.go, timeofday.go and range.go; the
// words are in lexicon.go.
//
// # What is not matched
//
// No match is better than a wrong date. A bare number, "1920 लोग", "कुल",
// "जन सभा", "मई" inside another word, मार्च alone (also "a march"), "साढ़े
// पांच करोड़", "10:30" without बजे, "अगले दिन" (relative to the story, not
// the dateline) and impossible dates ("31 नवंबर") are not matched.
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
// well over 100 MB/s (see BenchmarkParse and BenchmarkFindAll).
package hindidate
