// Package draft proposes timeline events from a Hindi news article, for an
// editor to finish: the reports a newsroom reads all day become entries
// that are marked as drafts, say what was guessed, and point back at the
// sentence they came from.
//
// [Extract] finds the date expressions of an article with
// [hindidate.FindAll], makes one draft event per dated sentence or clause,
// converts each date with [WhenOf] (keeping its precision and
// approximation), and guesses a kind, a status and an attribution from a
// small list of words. The guesses are deliberately simple and always
// written down in Draft.Notes; [timeline.Lint] reports every draft until an
// editor removes its draft mark.
//
// The package never reads the clock: the article's dateline is passed in
// [Options].
package draft
