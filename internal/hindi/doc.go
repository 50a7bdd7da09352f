// Package hindi is the one Hindi language layer of samayrekha: the word
// and sentence knowledge that hindidate, timeline/draft and timeline/lint
// share, so that they cannot disagree about what a text says.
//
// It provides
//
//   - a scanner ([Next], [Tokens]) over the original bytes: words (letters,
//     combining marks, ZWJ and ZWNJ), numbers (runs of ASCII and Devanagari
//     digits, with their value) and punctuation, each with its byte span.
//     Nothing is rewritten, normalised or stripped: जून stays जून, never जन.
//     A [Lexicon] looks each word up as it is scanned, in the same call,
//     for a caller's hot loop (hindidate's);
//   - sentence splitting ([Sentences], [EndsSentence]): ।, ॥, ?, !, line
//     breaks, and a full stop after a word, but not after abbreviations
//     and initials (डॉ., एस., जन., Dr.), inside numbers (12.03.2026) or in
//     web addresses;
//   - month and weekday names ([LookupMonth], [LookupWeekday]): CLDR's
//     Hindi names and abbreviations (generated into cldr_gen.go from the
//     npm package cldr-dates-full at build time) and the variants
//     newsrooms print (सितम्बर, फरवरी, अक्तूबर, बृहस्पतिवार);
//   - the tense and mood of verb groups ([Verbs], [LastVerb], [TenseAfter])
//     in every person, number and gender, with negation;
//   - status cues ([StatusCues]): held, planned, announced, proposed,
//     confirmed, postponed, cancelled, rescheduled;
//   - attribution phrases ([Attributions]): "X के अनुसार", "सूत्रों ने
//     बताया", "according to X".
//
// Every span is a pair of byte offsets into the text the caller passed in.
// The package uses only the standard library, holds no mutable state (its
// tables are built once at initialisation), and never panics, whatever the
// input, valid UTF-8 or not.
package hindi
