package hindidate

import (
	"sync"
	"time"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

// Parser parses Hindi date expressions with options. The zero Parser is
// ready to use and is what [Parse] and [FindAll] use.
//
// A Parser holds no state that changes during parsing: it is a small value
// that may be copied, and one Parser may be used by many goroutines at once.
type Parser struct {
	// LocalZone is the zone meant by "स्थानीय समय" / "स्थानीय समयानुसार"
	// ("local time": the time at the place the article reports from).
	// When nil, local time is taken to be the reference time's location.
	LocalZone *time.Location
}

// Parse parses one Hindi date expression, such as "18 नवंबर 2025",
// "मंगलवार (18 नवंबर 2025)", "अगले सप्ताह" or "5 दिसंबर को शाम 5 बजे",
// using the zero [Parser]. See [Parser.Parse].
func Parse(s string, ref time.Time) (Date, error) {
	return Parser{}.Parse(s, ref)
}

// FindAll returns every date expression in text, using the zero [Parser].
// See [Parser.FindAll].
func FindAll(text string, ref time.Time) []Match {
	return Parser{}.FindAll(text, ref)
}

// Parse parses s, which must hold exactly one date expression, optionally
// followed by a postposition (को, में, तक, से, पर) and final punctuation.
// Since s is known to be a date expression, a year alone ("1947",
// "उन्नीस सौ सैंतालीस") is read as that year, and every offset as an
// offset from ref; FindAll asks more of both.
//
// ref is the moment the text was written (its dateline). Relative words
// (आज, कल, अगले सप्ताह) are resolved against it, missing years are
// inferred from it, and the result is in ref's location unless the text
// names a zone. Parse never reads the clock.
//
// Parse sees no context around s, so कल, परसों, नरसों and a bare weekday
// other than ref's own come back with Ambiguous set: Start/End hold the past
// reading and AltStart/AltEnd the future one. [Parser.FindAll] resolves such
// words from the tense of their sentence.
//
// On failure the error is a *[ParseError] that wraps [ErrNoDate],
// [ErrTrailingText] or [ErrInvalidDate].
func (p Parser) Parse(s string, ref time.Time) (Date, error) {
	c := newCtx(p, s, ref, false)
	t := c.next(0)
	if t.Kind == tEOF || !canStart(t) {
		return Date{}, &ParseError{Input: s, Offset: t.Start, Err: ErrNoDate}
	}
	g, ok := c.group(t)
	if !ok {
		if c.failSet {
			return Date{}, &ParseError{Input: s, Offset: c.failOff, Msg: c.failMsg, Err: ErrInvalidDate}
		}
		return Date{}, &ParseError{Input: s, Offset: t.Start, Err: ErrNoDate}
	}
	for pos := g.end; ; {
		u := c.next(pos)
		if u.Kind == tEOF {
			break
		}
		if u.lx != nil && (u.lx.fw == fwKo || u.lx.fw == fwMein || u.lx.fw == fwTak || u.lx.fw == fwSe) ||
			u.Kind == tWord && s[u.Start:u.End] == "पर" ||
			u.Is('.') || u.Is(',') || u.Is('।') || u.Is('!') || u.Is('?') || u.Is('\n') {
			pos = u.End
			continue
		}
		if c.failSet && c.failOff >= u.Start {
			return Date{}, &ParseError{Input: s, Offset: c.failOff, Msg: c.failMsg, Err: ErrInvalidDate}
		}
		return Date{}, &ParseError{Input: s, Offset: u.Start, Err: ErrTrailingText}
	}
	return c.finalize(&g), nil
}

// FindAll returns every date expression in text, in order, with byte
// offsets into text: for each match, text[m.Start:m.End] == m.Text. Matches
// never overlap. Adjacent pieces that make one date are merged into one
// match ("मंगलवार (18 नवंबर 2025)", "5 दिसंबर को शाम 5 बजे"); a postposition
// after a date (को, में) is not part of the match, but a hedge is
// ("5 दिसंबर के आसपास").
//
// कल, परसों, नरसों and a bare weekday are resolved by the tense of the rest
// of their sentence: past verbs of any person, number and gender (था, थीं,
// गया, हुईं, किया, "मुलाकात की", मिले …) give the past reading; futures
// (…गा, …गी, …गे, …एंगी, …ऊंगा, …ओगे), "होने वाला/वाली/वाले", "जाने
// वाला/वाली/वाले" and requests (कीजिए, करें, बताइए) the future one. The
// first such verb group after the word, up to the end of its sentence,
// decides, since that is usually the verb of the clause that holds the
// word; sentences end as samayrekha's Hindi layer ends them, so a full stop
// after डॉ. or एस. does not. When the sentence has no past or future, a
// present that is not a habit points ahead ("कल बैठक है", "गुरुवार को
// परीक्षा शुरू हो रही है"), unless से follows the word ("कल से बारिश हो
// रही है": since yesterday, or from tomorrow). Without a cue the match is
// marked Ambiguous as in [Parser.Parse].
//
// A weekday written next to a one-day date is reported in Match.Weekday,
// and one that contradicts its date does not lose the match: "गुरुवार (18
// नवंबर 2025)" (a Tuesday) is found with the date as its numbers say and
// Weekday.Contradicts set, so that an editor can be asked which is wrong.
// [Parser.Parse] refuses such an expression.
//
// Words that merely look like dates are not matched: a bare number, "1920
// लोग", "कुल", "जन सभा", or a month name used as an ordinary word ("का
// मार्च", a march). Nor are gaps and durations ("12 साल बाद पहली बार",
// "23 दिनों में 17 बैठकें होंगी": see offset.go) and habits: a date
// within four words after हर/प्रत्येक before a unit of time, a weekday, a
// month or a named day ("हर साल मार्च में"), after आमतौर, अक्सर, प्रायः,
// हमेशा, रोज़ or नियमित ("आमतौर पर 1 मार्च को"), or a date without a year
// followed in its clause by a habitual verb ("15 अगस्त को मनाया जाता
// है"). FindAll returns nil when text has no date. It never panics, and its work and memory are linear in len(text),
// whether or not text is valid UTF-8.
func (p Parser) FindAll(text string, ref time.Time) []Match {
	c := newCtx(p, text, ref, true)
	var out []Match
	habit := -1 // end of the last habit word ("हर साल", "आमतौर पर") in this clause
	ntok := 0   // tokens read since it
	for pos := 0; pos < len(text); {
		h, lx := lexicon.Next(text, pos) // not c.next: most tokens are seen once
		t := token{h, lx}
		if t.Kind == tEOF {
			break
		}
		ntok++
		switch {
		case t.Kind == tPunct && t.Rune != '(' && t.Rune != ')':
			habit = -1
		case lx != nil && lx.habit && c.isHabit(t):
			habit, ntok = t.End, 0
		case t.Kind == tWord && lx == nil && text[t.Start:t.End] == "तरह": // "हर साल की तरह इस बार"
			habit = -1
		}
		if canStart(t) {
			c.failSet = false
			if g, ok := c.group(t); ok {
				if habit >= 0 && ntok <= 4 || c.habitual(&g) {
					// "हर साल मार्च में", "आमतौर पर 1 मार्च को", "15 अगस्त को
					// मनाया जाता है": a habit, no date.
					pos = g.end
					continue
				}
				m := Match{Start: g.start, End: g.end, Text: text[g.start:g.end], Date: c.finalize(&g)}
				if g.wd.set {
					m.Weekday = &WeekdayNote{
						Start: g.wd.start, End: g.wd.end, Weekday: g.wd.wd, Contradicts: g.wd.contradicts,
						ByDate: c.days(g.wd.byDate, 1, Day), ByWeekday: c.days(g.wd.byWeekday, 1, Day),
					}
				}
				out = append(out, m)
				pos = g.end
				continue
			}
			// "31 नवंबर 2025" is not a date; do not go on to find
			// "नवंबर 2025" inside it.
			if c.failSet && c.failFrom == t.Start && c.failEnd > t.End {
				pos = c.failEnd
				continue
			}
		}
		pos = t.End
	}
	return out
}

// isHabit reports whether the habit word t makes what follows a habit: हर,
// प्रत्येक and प्रति only before a unit of time, a weekday, a month, a
// named day or बार ("हर साल", "हर मंगलवार", "हर बार दिवाली"; not "हर
// व्यक्ति").
func (c *ctx) isHabit(t token) bool {
	switch c.s[t.Start:t.End] {
	case "हर", "प्रत्येक", "प्रति":
		u := c.next(t.End)
		return u.lx != nil && (u.lx.unit != 0 || u.lx.weekday != 0 || u.lx.month != 0 || u.lx.named != 0 || u.lx.fw == fwBar)
	}
	return true
}

// habitual reports whether a group without a year or a relative word is
// followed by a habitual verb: "कार्तिक अमावस्या को दिवाली मनाई जाती है",
// "सोमवार को सुनवाई होती है" state a rule.
func (c *ctx) habitual(g *group) bool {
	generic := g.hasDay && g.day.generic || !g.hasDay && g.hasTime
	if !generic {
		return false
	}
	v, _ := c.verbsAfter(g.end)
	if !v.Habitual {
		return false
	}
	for pos := g.end; pos < v.Start; {
		u := c.next(pos)
		if u.Kind == tPunct || u.Kind == tEOF || u.Start >= v.Start {
			return u.Start >= v.Start // "अगस्त 8 -- … मनाया जाता है": another clause
		}
		pos = u.End
	}
	return true
}

// canStart reports whether a date expression may begin at t. This is the
// cheap pre-filter that keeps FindAll fast: most words are rejected here.
func canStart(t token) bool {
	return t.Kind == tNum && t.Value >= 0 || t.lx != nil && t.lx.canStart
}

// ctx is the state of one call to Parse or FindAll. It lives on the stack.
type ctx struct {
	s        string
	ref      time.Time
	loc      *time.Location // ref's location
	local    *time.Location // the zone of "स्थानीय समय"
	ry, rm   int            // ref's year and month in loc
	rday     int            // ref's day number in loc
	findAll  bool           // tense cues from the surrounding text may be used
	failSet  bool
	failOff  int
	failFrom int // start of the shape that failed
	failEnd  int // end of the shape that failed
	failMsg  string
	afterDay bool // the atom being read follows a one-day date: "14:30" may be a time
	// afterNumeric: that date is written in digits ("2022-12-06 10:00"):
	// an HH:MM after it is on the 24-hour clock.
	afterNumeric bool
	// The verbs after vpos, for tense and the habit check (verbsAfter).
	vset         bool
	vpos         int
	vfirst, vdec hindi.Verb
	cache        tokCache
}

func newCtx(p Parser, s string, ref time.Time, findAll bool) ctx {
	y, m, d := ref.Date()
	c := ctx{s: s, ref: ref, loc: ref.Location(), ry: y, rm: int(m), rday: daysFromCivil(y, int(m), d), findAll: findAll}
	c.local = p.LocalZone
	if c.local == nil {
		c.local = c.loc
	}
	return c
}

// fail records why a recognised shape did not make a date, for Parse's
// error. The failure furthest into the input wins.
func (c *ctx) fail(off, end int, msg string) {
	c.failSpan(off, off, end, msg)
}

// failSpan is fail for a shape that begins at from, before the offset off
// that the error names.
func (c *ctx) failSpan(from, off, end int, msg string) {
	if !c.failSet || off >= c.failOff {
		c.failSet, c.failFrom, c.failOff, c.failEnd, c.failMsg = true, from, off, end, msg
	}
}

// Zones named in text. They are loaded once, on first use; when the system
// has no zone database the fixed offsets (which have not changed since 1945
// and 2014) are used.
var (
	kolkata = sync.OnceValue(func() *time.Location { return loadZone("Asia/Kolkata", "IST", 5*3600+1800) })
	moscow  = sync.OnceValue(func() *time.Location { return loadZone("Europe/Moscow", "MSK", 3*3600) })
)

func loadZone(name, abbr string, offset int) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.FixedZone(abbr, offset)
}

func (c *ctx) zone(z int8) *time.Location {
	switch z {
	case zoneIndia:
		return kolkata()
	case zoneMoscow:
		return moscow()
	case zoneLocal:
		return c.local
	case zoneUTC:
		return time.UTC
	}
	return c.loc
}
