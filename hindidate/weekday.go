package hindidate

import (
	"strings"
	"time"
	"unicode/utf8"
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
	return atom{start: t.start, end: t.end, kind: akWeekday, wd: time.Weekday(t.lx.weekday - 1)}, true
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
// tense cue after the word decides, since the verb of the clause that holds
// कल or a weekday is the first verb after it ("कल बैठक हुई थी, जिसमें तय
// हुआ कि … होगी" is yesterday; "जो कल हुआ था उस पर चर्चा होगी" is
// yesterday too). "होने वाला" and "जाने वाला" (with वाली, वाले) — "about to
// be" — are future cues: "कल होने वाली बैठक रद्द कर दी गई है" is tomorrow's
// meeting, though the cancelling is past. The search stops at the end of
// the sentence. Parse has no context and always gets tenseNone.
func (c *ctx) tense(pos int) int {
	if !c.findAll {
		return tenseNone
	}
	for i := 0; i < maxTenseTokens; i++ {
		u := c.next(pos)
		if u.kind == tEOF {
			break
		}
		if u.kind == tPunct {
			switch u.r {
			case '।', '॥', '.', '?', '!', '\n', '|':
				return tenseNone
			}
		}
		if u.kind == tWord {
			w := c.s[u.start:u.end]
			if w == "होने" || w == "जाने" {
				if v := c.next(u.end); v.kind == tWord {
					switch c.s[v.start:v.end] {
					case "वाला", "वाली", "वाले", "वालों", "वालीं":
						return tenseFuture
					}
				}
			}
			if x := tenseOf(w); x != tenseNone {
				return x
			}
		}
		pos = u.end
	}
	return tenseNone
}

// tenseOf returns the tense a word marks. Past: forms of था, गया, हुआ, चुका
// and common perfective verbs. Future: a vowel, vowel sign or nasal
// followed by गा, गी, गे, गीं (होगा, करेंगे, जाएगी, जाऊँगा).
func tenseOf(w string) int {
	switch w {
	case "था", "थी", "थे", "थीं",
		"गया", "गई", "गए", "गयी", "गये", "गईं",
		"हुआ", "हुई", "हुए", "हुईं", "हुये",
		"चुका", "चुकी", "चुके", "चुकीं",
		"किया", "किए", "किये", "कहा", "दिया", "दिए", "दिये", "लिया",
		"बताया", "आया", "आई", "आए", "पहुंचे", "पहुँचे", "मिले", "मिला", "मिली":
		return tensePast
	}
	for _, suf := range [...]string{"गा", "गी", "गे", "गीं"} {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		stem := w[:len(w)-len(suf)]
		if strings.HasSuffix(stem, "यो") || strings.HasSuffix(stem, "रो") || strings.HasSuffix(stem, "भो") {
			return tenseNone // योगी, रोगी, भोगी, सहयोगी, उपयोगी
		}
		r, _ := utf8.DecodeLastRuneInString(stem)
		switch r {
		case 'े', 'ं', 'ँ', 'ो', 'ू', 'ए', 'ऊ', 'ओ':
			return tenseFuture
		}
		return tenseNone
	}
	return tenseNone
}
