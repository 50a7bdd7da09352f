// Package draft proposes timeline events from a Hindi news article, for an
// editor to finish: the reports a newsroom reads all day become entries
// that are marked as drafts, say what was guessed, and point back at the
// sentence they came from.
//
// [Extract] finds the date expressions of an article with
// [hindidate.FindAll], makes one draft event per dated sentence or clause,
// converts each date with [WhenOf] (keeping its precision and
// approximation), guesses a kind from a small list of event nouns, and
// guesses a status and an attribution as samayrekha's Hindi language
// layer (internal/hindi, shared with hindidate and timeline/lint) reads
// the sentence: where it ends, its status words, the tense and mood of its
// verbs, and its attribution phrases. The guesses are deliberately simple
// and always written down in Draft.Notes; timeline/lint's Check reports
// every draft until an editor removes its draft mark.
//
// The package never reads the clock: the article's dateline is an argument
// of [Extract].
package draft
