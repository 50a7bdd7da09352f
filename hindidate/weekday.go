package hindidate

import (
	"time"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Weekdays alone ("मंगलवार को") and the tense cues that resolve them and
// the relative days कल, परसों, नरसों.
//
// A bare weekday is the nearest such day in the direction of the tense,
// counting ref's own day: "मंगलवार को मुलाकात हुई" written on a Tuesday is
// that day, written on a Thursday is two days before. Without a tense cue a
// weekday equal to ref's is ref's day; any other is Ambiguous between the
// last such day (Start/End) and the next one (AltStart/AltEnd).

const (
	tenseNone   = 0
	tensePast   = -1
	tenseFuture = 1
)

// weekday parses a weekday name.
func (c *ctx) weekday(t token) (atom, bool) {
	return atom{start: t.Start, end: t.End, kind: akWeekday, wd: time.Weekday(t.lx.weekday - 1)}, true
}

// weekdayDays resolves weekday wd of a group ending at pos.
func (c *ctx) weekdayDays(wd time.Weekday, pos int) (day, alt int, amb bool) {
	rw := weekdayOf(c.rday)
	back := (int(rw) - int(wd) + 7) % 7
	fwd := (int(wd) - int(rw) + 7) % 7
	switch c.tense(pos) {
	case tensePast:
		return c.rday - back, 0, false
	case tenseFuture:
		return c.rday + fwd, 0, false
	}
	if back == 0 {
		return c.rday, 0, false
	}
	return c.rday - back, c.rday + fwd, true
}

// maxTenseTokens bounds the look-ahead for a tense cue, so that FindAll stays
// linear however the text is built.
const maxTenseTokens = 48

// tense returns the tense of the clause that continues at pos: the first
// verb group after the word that points to the past or the future decides,
// since the verb of the clause that holds कल or a weekday is the first verb
// after it ("कल बैठक हुई थी, जिसमें तय हुआ कि … होगी" is yesterday; "जो कल
// हुआ था उस पर चर्चा होगी" is yesterday too). The verb groups are read by
// the Hindi layer (internal/hindi.TenseAfter): past forms of every person,
// number and gender (था, गया, हुईं, की, मिले …), futures (होगा, करेंगी,
// आएंगी, जाऊंगा, करोगे …), "about to" — "होने वाला" and "जाने वाला" (with
// वाली, वाले): "कल होने वाली बैठक रद्द कर दी गई है" is tomorrow's meeting,
// though the cancelling is past — and requests (कीजिए, करें, बताइए), which
// point ahead. Present groups do not decide. The search stops at the end of
// the sentence. Parse has no context and always gets tenseNone.
func (c *ctx) tense(pos int) int {
	if !c.findAll {
		return tenseNone
	}
	switch v := hindi.TenseAfter(c.s, pos, maxTenseTokens); v.Tense {
	case hindi.Past:
		return tensePast
	case hindi.Future:
		return tenseFuture
	}
	return tenseNone
}
