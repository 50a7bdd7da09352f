package hindi

// clauseWords open a new clause: conjunctions and relatives.
var clauseWords = setOf("और", "जबकि", "लेकिन", "तथा", "एवं", "वहीं", "क्योंकि", "कि", "जो", "परंतु", "किंतु", "मगर", "बल्कि")

// postpositions mark the case of the noun before them.
var postpositions = setOf("का", "की", "के", "में", "से", "को", "ने", "पर", "तक")

// hedges make a claim second-hand: "माना जा रहा है", "कथित", "अटकलें".
var hedges = setOf("माना", "कथित", "अटकलें", "अटकल", "अनुमान")

// IsClauseWord reports whether the word w opens a new clause: a
// conjunction or a relative (और, लेकिन, जबकि, क्योंकि, कि, जो …).
func IsClauseWord(w string) bool { return clauseWords.has(w) }

// IsPostposition reports whether the word w is a postposition (का, की,
// के, में, से, को, ने, पर, तक). की is also a verb ("मुलाकात की"); see
// [Verbs] for the reading in context.
func IsPostposition(w string) bool { return postpositions.has(w) }

// IsHedge reports whether the word w makes a claim second-hand: माना (as
// in "माना जा रहा है"), कथित (alleged), अटकलें (speculation), अनुमान.
func IsHedge(w string) bool { return hedges.has(w) }
