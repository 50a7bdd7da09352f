// Package draft proposes timeline events from a Hindi news article, for an
// editor to finish: the reports a newsroom reads all day become entries
// that are marked as drafts, say what was guessed, and point back at the
// sentence they came from.
//
// [Extract] reads an article as a story: it finds the date expressions
// with [hindidate.FindAll] and the event words of each clause, makes one
// draft per event however often the article tells it (headline, highlight
// box and body), dates an event whose sentence has no date by the event
// it happens during, the nearest dated sentence before or the dateline
// (and says so), converts each date with [WhenOf] (keeping its precision
// and approximation), and guesses a kind, participants, a place, a status
// from the whole story and an attribution as samayrekha's Hindi language
// layer (internal/hindi, shared with hindidate and timeline/lint) reads
// the sentences: where they end, their status words, the tense and mood
// of their verbs, and their attribution phrases. Every guess is written
// down in Draft.Notes; timeline/lint's Check reports every draft until an
// editor removes its draft mark. [Extract]'s documentation lists the
// rules.
//
// The package never reads the clock: the article's dateline is an argument
// of [Extract].
package draft
