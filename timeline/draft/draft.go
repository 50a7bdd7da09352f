package draft

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Options says where an article comes from. The zero value (and a nil
// pointer) names nothing.
type Options struct {
	// From names the text (a file name or URL); it is copied to each
	// event's Draft.From, and a URL also to the article source.
	From string
	// Outlet is the publication, for the source every draft cites;
	// "" means "article".
	Outlet string
	// Home is the ISO code of the country whose officials the article
	// names without a country ("विदेश मंत्री एस. जयशंकर" in an Indian
	// paper); "" means "IN". Lower case and retired codes are
	// accepted ("uk" is GB); anything else is an error.
	Home string
}

// ErrNoDateline is returned for a zero dateline: without it "आज" and
// "5 दिसंबर" have no year, and a guessed one would be silently wrong.
var ErrNoDateline = errors.New("draft: a dateline is required")

// Extract proposes draft events from a Hindi article written at dateline,
// in the zone of its dateline (an IANA zone such as Asia/Kolkata, so that a
// time of day can be kept). Relative dates ("आज", "अगले सप्ताह",
// "शुक्रवार") and missing years are resolved against the dateline; it is
// also the day each drafted status is recorded as reported.
//
// It reads the article as an editor does:
//
//   - a dateline ("नई दिल्ली, 27 अप्रैल (हि.स.)।", "टोक्यो।"; see
//     [FindDateline]) is the article's, never an event, and neither is a
//     dated line that names no event (a byline, "Updated: …");
//   - an event is a clause with an event word: a meeting (मुलाकात, बैठक,
//     वार्ता, भेंट, मिले), a visit (यात्रा, दौरा, रवाना, पहुंचे, आएंगे), a
//     call or video conference (फोन पर बात, वीडियो कॉन्फ्रेंस, आभासी), an
//     agreement signing (समझौते पर हस्ताक्षर), a joint statement, a press
//     conference, a summit (शिखर सम्मेलन, "नेताओं की बैठक") or a multilateral
//     meeting (a Quad or SCO बैठक, "विदेश मंत्रियों की बैठक"); a meeting "से
//     इतर" a summit is a sideline meeting. A condition, a habit ("नियमित रूप
//     से बात करते हैं") or a negated meeting ("वार्ता नहीं होगी") is none;
//   - the same event told again — in the headline, a highlight box and the
//     body, or as "यह बातचीत" — is one draft, with every telling's span in
//     Draft.Also;
//   - an event whose sentence has no date takes the date of the event it
//     happens during ("इस दौरान", "यात्रा के दौरान", "से इतर"), else of the
//     nearest dated sentence before it, else the dateline for a report in
//     the past or present tense (the dateline's month for a plan called
//     off, which was due about then, not on the report's day);
//     Draft.DateInferred is set and a note says from where, for the editor
//     to check;
//   - the status is the story's: a status word wins over tense (प्रस्तावित,
//     संभावना: proposed; स्थगित, टल गई: postponed; रद्द, "नहीं जाएंगे":
//     cancelled; तय, पुष्टि …), a future is a plan (drafted as announced), a
//     past held, a plan told in the past ("जाना था") a plan; and a
//     cancellation or postponement anywhere in the story ends the history of
//     the event it names, and of the legs of a visit it puts off;
//   - participants are the people the event's clause names with their
//     office and country ("रूसी राष्ट्रपति व्लादिमीर पुतिन", "कतर के
//     प्रधानमंत्री"; an office with no country is Options.Home's), a later
//     bare name ("पुतिन") being the person named before; in a visit the
//     people of the visited country are hosts and the others guests; the
//     place is the first "X में" that names a known city (CLDR's exemplar
//     cities and a small table of our own) or country, with its IANA zone;
//   - the attribution is whom the report relies on for the event, a source
//     of its own beside the article: an agency, ministry, office, official,
//     spokesman or "sources" telling of it ("TASS के अनुसार", "सूत्रों ने
//     बताया"), in the event's sentence, in a sentence that points back at
//     it ("… ने यह जानकारी दी"), or going on in "उन्होंने बताया कि" after
//     such a source; a source told in a sentence of its own comes first,
//     and one that tells the event is off comes before one that told the
//     plan, which is kept as a second source ("attributed-plan") cited by
//     the plan's step of the history. A participant's own words ("मोदी ने
//     कहा", what a joint statement says) are the event's telling, not a
//     source: noted, not attributed;
//   - Draft.Notes say in plain words everything that was guessed.
//
// A sentence that corrects an earlier report ("… 15 दिसंबर बताई गई थी, जो
// गलत थी; सही तारीख 4 दिसंबर है") gives one draft with the corrected date
// and a note of the wrong one.
//
// The events are marked as drafts (Event.Draft is set) and validate as a
// timeline; IDs are "draft-01-2025-11-18" and so on, in text order.
// Extract never panics and never reads the clock; text need not be valid
// UTF-8, and spans always lie within it. The only errors are
// [ErrNoDateline] and an Options.Home that is no country code; a text
// without events gives no events and no error.
func Extract(text string, dateline time.Time, opts *Options) ([]timeline.Event, error) {
	if dateline.IsZero() {
		return nil, ErrNoDateline
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Home == "" {
		o.Home = "IN"
	}
	home, err := language.ParseRegion(o.Home)
	if err != nil || !home.IsCountry() || len(o.Home) != 2 {
		return nil, fmt.Errorf("draft: Options.Home %q: want an ISO 3166-1 alpha-2 country code such as IN", o.Home)
	}
	o.Home = home.Canonicalize().String()
	x := &extractor{text: text, dateline: dateline, opts: o, reported: date.FromTime(dateline),
		known: map[string]timeline.Participant{}, offices: map[string]timeline.Participant{}, officeAt: map[string]int{}, guessedOffices: map[string]bool{}, writtenOffices: map[string]bool{}, home: o.Home, namesCall: namesCall(text)}
	x.noGathering = !x.namesCall && namesNoGathering(text)
	x.groupNamed = namesGroup(text) || strings.Contains(text, "बहुपक्षीय") || namesCountries(text)
	lines := x.datelines()
	found := hindidate.FindAll(text, dateline)
	matches := make([]hindidate.Match, 0, len(found))
	for _, m := range found {
		if isGap(text, m) || inAny(lines, m.Start) || namesAnAttack(text, m) || datesTakingOffice(text, m) {
			continue
		}
		if m.Text == "अभी" {
			// "इस समझौते पर अभी हस्ताक्षर किए जाने हैं" (yet), "अभी जापान
			// नहीं जाएंगे" (for now): अभी dates no event to the minute;
			// the tense and the dateline say when.
			continue
		}
		m = yearsEnd(text, roundOffset(m))
		if m.Date.Granularity == hindidate.Minute && (m.Text == "इस समय" || m.Text == "इस वक्त") && m.Date.Start.Equal(dateline) {
			// "शी जिनपिंग जो इस समय भारत की यात्रा पर हैं": "now" dates
			// what is under way by the day, not to the minute the
			// dateline was taken at. (Not अभी: "अभी तक", "अभी हाल ही में",
			// "अभी … नहीं जाएंगे" tell no day.)
			y, mo, d := dateline.Date()
			day := time.Date(y, mo, d, 0, 0, 0, 0, dateline.Location())
			m.Date = hindidate.Date{Start: day, End: day.AddDate(0, 0, 1), Granularity: hindidate.Day}
		}
		if w := m.Weekday; w != nil && !w.Contradicts && !w.ByDate.Start.Equal(w.ByWeekday.Start) && m.Date.Granularity == hindidate.Day && nearDays(w.ByDate.Start, dateline, weekdaySlip) && !tenseFits(text, m.End, w.ByWeekday.Start, w.ByDate.Start, dateline) {
			// "मंगलवार (17 जून)" in a report of Monday 17 June 2024: the
			// weekday would move the day a year on, to the Tuesday of
			// 2025; so near the dateline the writer slipped on the
			// weekday. The date stays as its numbers say, noted.
			note := *w
			note.Contradicts = true
			m.Date, m.Weekday = w.ByDate, &note
		}
		if strings.HasSuffix(m.Text, "बाद") && m.Date.Start.After(dateline.AddDate(farYears, 0, 0)) {
			// "पुतिन लगभग 24 वर्षों के बाद इस सप्ताह उत्तर कोरिया का दौरा
			// करेंगे", "एक दशक बाद": the first visit in 24 years, not
			// one in 2048.
			continue
		}
		if m.Date.Start.AddDate(50, 0, 0).Before(m.Date.End) {
			continue // "18वीं सदी के स्विस विला में …": a century dates a building, no event
		}
		matches = append(matches, m)
	}
	matches, x.anaphors, x.anaphorRefs = anaphoricDays(text, matches)
	x.matches = matches // for clauses: a comma inside a date cuts none
	var ms []*mention
	mi := 0
	for _, s := range sentences(text, matches) {
		s = cutDatelines(s, lines)
		var in []hindidate.Match
		for mi < len(matches) && matches[mi].Start < s.end {
			if matches[mi].Start >= s.start {
				in = append(in, matches[mi])
			}
			mi++
		}
		if s.end <= s.start || teaser(text, s) {
			continue
		}
		got := x.mentions(s, in)
		x.firstPersonSpeaker(s, got)
		if x.rescheduling(s) {
			x.reschedules = append(x.reschedules, s)
			// "नई तारीखों के लिए … राजनयिक … बातचीत करेंगे": talks to set
			// the new dates, no event of their own.
			// "बैठक अब स्थगित कर दी गई है और इसकी नई तारीख की घोषणा बाद
			// में होगी" tells the meeting put off.
			got = slices.DeleteFunc(got, func(m *mention) bool {
				return m.generic && m.date == nil && m.status != timeline.Cancelled && m.status != timeline.Postponed
			})
		}
		if len(got) > 0 {
			x.welcomeAhead(s, got) // a welcome told just before, of no event of its own
		}
		if len(got) == 0 {
			x.attributeBack(s, ms)
			x.delegationBack(s, ms)
			x.welcomeBack(s, ms, nil)
			if m := x.calledOffBack(s, ms); m != nil {
				got = append(got, m)
			}
		} else if onlyVisits(got) {
			// "… घाना पहुंचे, जहां … ने उनका स्वागत किया", "… का स्वागत करने
			// प्रधानमंत्री मोदी हवाई अड्डे पहुंचे": a welcome told with a
			// journey names the host of the visit told, there or before.
			x.welcomeBack(s, ms, got)
		}
		ms = append(ms, got...)
		for _, m := range got {
			if m.kind == timeline.Visit {
				if x.toldVisits == nil {
					x.toldVisits = map[string]bool{}
				}
				for _, c := range append([]string{m.visited}, m.visitedAll...) {
					if c != "" {
						x.toldVisits[c] = true
					}
				}
			}
		}
	}
	ms = x.priorLegs(ms)
	x.headEnd = len(text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		x.headEnd = i // the headline: its events are told again below
	}
	if n := len(hindi.Sentences(text[:x.headEnd])); n > 1 {
		// "… ने बताया कि ट्रंप ने फोन करके मोदी को बधाई दी. ट्रंप ने …
		// मैर्केल को भी फोन किया …": a first line of sentences is the
		// report's first paragraph, no headline told again below.
		x.headEnd = 0
	}
	stories := x.build(ms)
	x.lengthsTold(stories)
	x.spanDays(stories) // before infer: "इस दौरान" takes the visit's days
	x.summitVisits(stories)
	x.infer(stories, matches)
	x.inferUnderWay(stories) // once infer has dated the clauses' main events
	x.spanDays(stories)
	for _, s := range stories {
		if s.duringTrip {
			s.when = s.parent.when // the trip's days, now that spanDays has read them
		}
	}
	x.sinceArrival(stories)
	x.onTripToldAfter(stories) // once sinceArrival has given trips under way their days
	stories = x.mergeSameTalks(stories)
	stories = mergeTripsOff(stories)
	stories = summitTalksAreTheSummit(stories)
	stories = x.headlineTalksAreTheGathering(stories)
	stories = x.oneGroupGathering(stories)
	x.putOff(stories)
	x.spreadCancellation(stories)
	x.spreadToTrip(stories)
	x.spreadToPlans(stories)
	x.sidelines(stories)
	x.stories = stories
	for _, s := range stories {
		x.draft(s)
	}
	nameVisitHosts(x.events)
	x.nameOfficesToldLater()
	counterpartOffices(x.events)
	return x.events, nil
}

// nameOfficesToldLater names a participant drafted by office alone
// ("राष्ट्रपति", of the United States) after the holder the article names
// later: a headline or a first sentence often gives the office, the body
// the name. Not:
//   - an office only ever home's by guess, in a report filed from abroad
//     ("इस्लामाबाद: प्रधानमंत्री … चीन जाएंगे" is not India's);
//   - after a holder named in a sentence of another time (notNowIn): "2015
//     में अमेरिका के राष्ट्रपति भारत आए थे। अब … डोनाल्ड ट्रंप की यात्रा
//     …", "… बराक ओबामा भी भारत आए थे";
//   - in a draft that names a compatriot, whom the office may be told of.
func (x *extractor) nameOfficesToldLater() {
	var sentences []hindi.Span
	for i := range x.events {
		e := &x.events[i]
		named := slices.Clone(e.Participants) // as drafted: the compatriots the text named
		for k, p := range e.Participants {
			if p.Name.Hi != "" || p.Title.Hi == "" || p.Country == "" {
				continue
			}
			key := officeKey(p.Title.Hi) + "|" + p.Country
			q, ok := x.offices[key]
			if !ok || q.Name.Hi == "" || x.guessedOffices[key] && !x.writtenOffices[key] && x.hereCountry() != x.home || slices.ContainsFunc(named, func(o timeline.Participant) bool {
				return o.Country == p.Country && o.Name.Hi != ""
			}) {
				continue
			}
			if sentences == nil {
				sentences = hindi.Sentences(x.text)
			}
			if x.notNowIn(sentences, x.officeAt[key], e.When) {
				continue
			}
			e.Participants[k].Name = q.Name
		}
	}
}

// notNowIn reports whether the sentence that holds the byte at offset is
// of another time than the event w: it tells an occasion of its own in the
// pluperfect ("… बराक ओबामा भी भारत आए थे"; not words said then, "… ने
// कहा था कि …"); it has a date of another year than w's; or it has none
// and w ended more than a year before the dateline ("2015 में … आए थे"
// names no president of now).
func (x *extractor) notNowIn(sentences []hindi.Span, at int, w date.When) bool {
	k := slices.IndexFunc(sentences, func(s hindi.Span) bool { return at >= s.Start && at < s.End })
	if k < 0 {
		return false
	}
	s := sentences[k]
	if vs := hindi.Verbs(x.text, s.Start, s.End); pluperfect(x.text, vs) && !slices.ContainsFunc(vs, x.toldThen) {
		return true
	}
	dated := false
	for _, m := range x.matches {
		if m.Start >= s.Start && m.End <= s.End {
			dated = true
			if m.Date.Start.Year() != w.Start().Year() {
				return true
			}
		}
	}
	_, last := w.Days()
	return !dated && !last.IsZero() && last.Before(x.reported.AddDays(-365))
}

// toldThen reports a verb of saying or of wishing ("कहा था", "इच्छा जताई
// थी"): words said before, no occasion of their own.
func (x *extractor) toldThen(v hindi.Verb) bool {
	w, _, _ := strings.Cut(x.text[v.Start:v.End], " ")
	return saidVerbs.has(w)
}

// saidVerbs tell words said: "कहा था", "… की इच्छा जताई थी".
var saidVerbs = setOf("कहा", "कही", "कहे", "बताया", "बताई", "जताई", "जताया", "जताए", "दोहराया", "दोहराई")

// onlyVisits reports tellings that are all of visits.
func onlyVisits(ms []*mention) bool {
	return !slices.ContainsFunc(ms, func(m *mention) bool { return m.kind != timeline.Visit })
}

// farYears is how many years from the dateline "N साल बाद" may date an
// event; further on, it counts a gap since the last one.
const farYears = 5

// datelines returns the spans of the lines' datelines.
func (x *extractor) datelines() []span {
	var out []span
	for off := 0; off < len(x.text); {
		end := strings.IndexByte(x.text[off:], '\n')
		if end < 0 {
			end = len(x.text)
		} else {
			end += off
		}
		if d, ok := datelineAt(x.text, off, end); ok {
			out = append(out, span{d.Start, d.End})
		}
		off = end + 1
	}
	return out
}

// inAny reports whether offset i lies in one of the spans ss, which are
// in text order and do not overlap.
func inAny(ss []span, i int) bool {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].end > i })
	return k < len(ss) && ss[k].start <= i
}

// insertSpan inserts sp into ss, kept in order of start for inAny.
func insertSpan(ss []span, sp span) []span {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].start > sp.start })
	return slices.Insert(ss, k, sp)
}

// cutDatelines moves a sentence's start past a dateline it opens with.
func cutDatelines(s span, lines []span) span {
	k := sort.Search(len(lines), func(k int) bool { return lines[k].end > s.start })
	if k < len(lines) && lines[k].start <= s.start {
		s.start = min(lines[k].end, s.end)
	}
	return s
}

// Timeline wraps the drafts of [Extract] in a timeline titled after the
// article's first line.
func Timeline(text string, dateline time.Time, opts *Options) (*timeline.Timeline, error) {
	events, err := Extract(text, dateline, opts)
	if err != nil {
		return nil, err
	}
	title := strings.TrimSpace(firstLine(text))
	if utf8.RuneCountInString(title) > 120 || !utf8.ValidString(title) {
		title = ""
	}
	return &timeline.Timeline{Title: timeline.Text{Hi: title}, Events: events}, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

type span struct{ start, end int }

// weekdaySlip is how near the dateline, in days, a day and month whose
// written weekday falls on it only in another year is kept in the
// dateline's year.
const weekdaySlip = 45

// tenseFits reports the verb after a date siding with the weekday's
// reading against the numbers': "गुरुवार 2 जनवरी को जापान गए थे" told on
// 20 December 2025 is 2 January 2025, a Thursday, as the past tense says.
func tenseFits(text string, end int, byWeekday, byDate, ref time.Time) bool {
	day := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, byDate.Location())
	past := func(t time.Time) bool { return t.Before(day) } // the dateline's day is no past
	switch hindi.TenseAfter(text, end, 16).Tense {
	case hindi.Past:
		return past(byWeekday) && !past(byDate)
	case hindi.Future:
		return !past(byWeekday) && past(byDate)
	}
	return false
}

// nearDays reports whether t is within n days of ref either way.
func nearDays(t, ref time.Time, n int) bool {
	d := t.Sub(ref)
	return d < time.Duration(n)*24*time.Hour && d > -time.Duration(n)*24*time.Hour
}

// unit is the text one draft comes from: a sentence or a clause, the match
// that dates it, and the other matches in it.
type unit struct {
	span
	date     hindidate.Match
	others   []hindidate.Match
	replaced []hindidate.Match // dates the sentence says were wrong
}

type extractor struct {
	firstLegs map[string]bool // countries told as a tour's first stop (toldFirstLeg), read once
	heads     map[string]head // onlyHeadOf's answer by country, while known does not grow
	// formerNames are the names remembered as a former holder's ("पूर्व
	// प्रधानमंत्री …", "तत्कालीन राष्ट्रपति …").
	formerNames map[string]bool
	// fullIndex holds the full names known, by the folded spelling and by
	// the consonants of each of their words (fullNames), built when
	// fullKnown, the size of known it was built from, differs.
	fullIndex map[string][]timeline.Participant
	fullKnown int
	text      string
	// purposeFrames holds, by clause, a gathering a journey is for that
	// drafted no event of its own (build): "आसियान शिखर सम्मेलन के लिए
	// मलेशिया नहीं जाएंगे" before the sentence that dates the summit.
	purposeFrames map[span]*mention
	purposeList   []*mention      // the same, in the order build reads them
	journeys      map[span]*story // visit stories by the clauses that tell them (journeyOf)
	dateline      time.Time
	opts          Options
	reported      date.Date
	// toldVisits holds the countries a visit was told to in the sentences
	// read so far.
	toldVisits map[string]bool
	events     []timeline.Event
	known      map[string]timeline.Participant // people named so far, by each word of their names
	// surnameOf is the full name of the one person named so far whose
	// last word is a name many share ("राजनाथ सिंह" for "श्री सिंह"), or ""
	// once two have it; known holds such a word only while one has.
	surnameOf map[string]string
	home      string
	offices   map[string]timeline.Participant // the first named holder of each office, by office and country
	officeAt  map[string]int                  // where each holder of offices is named
	// guessedOffices holds the offices, by office and country, that a
	// telling gave with no name and a country guessed as home's, and
	// writtenOffices those it gave with their country written.
	guessedOffices, writtenOffices map[string]bool
	matches                        []hindidate.Match // the dates of the story
	stories                        []*story          // the events being drafted
	headEnd                        int               // the end of the first line
	sentAttr                       sentAttr
	tokBuf                         []token
	// unitBuf and pendBuf are mentions' buffers, reused from sentence to
	// sentence: nothing keeps them past it.
	unitBuf []unit
	pendBuf []pending
	// byLast is build's buffer for the recent stories in the order of their
	// latest telling.
	byLast []*story
	abroad string // the country the story was last set in
	// cur is the sentence being read and curToks its tokens.
	cur     span
	curToks []token
	// anaphors are the days anaphoricDays read ("इसके अगले दिन"), in
	// text order: dates by reference, drafted as inferred; anaphorRefs
	// what each refers to, and settled the date each mention's date
	// settled on (by its tense), by its start.
	anaphors    []hindidate.Match
	anaphorRefs []dayRef
	settled     map[int]hindidate.Date
	// here is hereCountry's answer, once asked.
	here string
	// attrSpans are the attribution phrases read so far: their dates
	// ("ने रविवार को बताया") date no event.
	attrSpans []span
	// reschedules are the sentences that speak of new dates ("नई
	// तारीखों के लिए"): a trip called off there is put off.
	reschedules []span
	// prevAttr and prevOutlet are the attribution of the sentence before
	// ("इसके अनुसार" refers to it); lastPeople the last people named.
	prevAttr, prevOutlet string
	lastPeople           []person
	homeNamed            []person // the home side's people named by name, in text order
	sides                map[sidesKey]sidesResult
	sideToks             []token // readSides' buffer of tokens
	// prevSpeech reports that the sentence before opened a quote with its
	// attribution ("X ने कहा, …"), ending at prevEnd: the next sentence of
	// the paragraph goes on quoting.
	prevSpeech bool
	prevEnd    int
	// offAt is the end of the last clause that tells a visit put off or
	// called off ("… दौरे को अगले महीने तक के लिए टाल दिया है"), and
	// offVisited the country it went to; offOftenAt that of one put off
	// again and again ("… की भारत यात्रा कई बार टल चुकी है"); 0 if none.
	// The plans the paragraph then reports as told before ("पहले
	// जानकारी दी गई थी कि …", "… ने पिछले सप्ताह कहा कि …"; after one put
	// off again and again, "फिर बताया गया कि …" too) are the plans put
	// off.
	offAt, offOftenAt int
	// welcomed is a welcome told in a sentence of no event, which the
	// visit of the sentence right after it may be (welcomeAhead).
	welcomed    *welcome
	offVisited  string
	namesCall   bool // the text names a phone call somewhere (namesCall)
	noGathering bool // the text names no call and tells no gathering (namesNoGathering)
	groupNamed  bool // the text names a group of countries (namesGroup, namesCountries) or a meeting of many
}

// sentences returns the sentences of text as the Hindi layer splits them
// (internal/hindi.Sentences: the danda, ? and !, line breaks, and a full
// stop after a word, but not after an abbreviation or initial such as
// "डॉ." or "एस.", nor inside a number), trimmed of stray quotes. A date that
// runs over a sentence end joins the sentences it touches, so that a
// sentence always holds its dates whole.
func sentences(text string, ms []hindidate.Match) []span {
	var out []span
	for _, sp := range hindi.Sentences(text) {
		s, e := trimSpan(text, sp.Start, sp.End)
		if e > s {
			out = append(out, span{s, e})
		}
	}
	var merged []span
	mi := 0
	for _, sp := range out {
		if n := len(merged); n > 0 && sp.start < merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, sp.end)
		} else {
			merged = append(merged, sp)
		}
		cur := &merged[len(merged)-1]
		for ; mi < len(ms) && ms[mi].Start < cur.end; mi++ {
			if ms[mi].Start >= cur.start && ms[mi].End > cur.end {
				cur.end = ms[mi].End
			}
		}
	}
	return merged
}

// trimSpan trims spaces and quotation marks at both ends of text[s:e],
// keeping the end punctuation.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune("“”\"'‘’", r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// offsetThenDay reports a count of days from now ("एक दिन बाद", "दो दिन
// पहले") right before a day the text names in full ("27 जनवरी"): the day
// is told twice, and the named one is sure.
func offsetThenDay(text string, offset, day hindidate.Match) bool {
	if day.Start < offset.End {
		return false
	}
	if between := strings.TrimSpace(strings.Trim(strings.TrimSpace(text[offset.End:day.Start]), ",")); between != "" && between != "यानी" {
		return false // "एक दिन बाद, 20 नवंबर को", "दो दिन बाद यानी 20 नवंबर को" are the same day told twice
	}
	if !strings.HasSuffix(offset.Text, "बाद") && !strings.HasSuffix(offset.Text, "पहले") || !strings.Contains(offset.Text, "दिन") {
		return false // days only: "तीन साल पहले 15 अगस्त को" keeps the count's year
	}
	if rest := strings.TrimSpace(text[day.End:min(len(text), day.End+40)]); strings.HasPrefix(rest, "को होने वाल") || strings.HasPrefix(rest, "होने वाल") {
		return false // "दो दिन बाद 25 नवंबर को होने वाले सम्मेलन के लिए …": the named day is the gathering's
	}
	return day.Date.Granularity == hindidate.Day && hasDigitOrMonth(day.Text)
}

// units splits a sentence with several dates into clauses, one per date,
// where clause punctuation or a conjunction lies between them; dates with
// nothing between them stay in one unit, and a correcting sentence stays
// whole, dated by its corrected date.
func (x *extractor) units(s span, ms []hindidate.Match) []unit {
	if len(ms) == 1 {
		return []unit{{span: s, date: ms[0]}}
	}
	toks := x.tokens(s.start, s.end)
	if _, ok := hasAny(toks, correctionWords); ok {
		right := len(ms) - 1
		for i, m := range ms {
			c := x.clause(s, m)
			if _, ok := hasAny(x.tokens(c.start, c.end), rightWords); ok {
				right = i
			}
		}
		u := unit{span: s, date: ms[right]}
		for i, m := range ms {
			if i != right {
				u.replaced = append(u.replaced, m)
			}
		}
		return []unit{u}
	}
	var out []unit
	cur := unit{span: span{s.start, s.end}, date: ms[0]}
	for i := 1; i < len(ms); i++ {
		if cur.date.Start == ms[i-1].Start && len(cur.others) == 0 {
			if d, ok := x.dayPair(ms[i-1], ms[i]); ok {
				// "मंगलवार (17 जून) और बुधवार (18 जून) को … दौरा
				// करेंगे": two days running of one event.
				cur.date = d
				continue
			}
		}
		cut := x.lastBoundary(ms[i-1].End, ms[i].Start)
		if cut < 0 {
			cur.others = append(cur.others, ms[i])
			continue
		}
		cur.end = cut
		out = append(out, cur)
		cur = unit{span: span{cut, s.end}, date: ms[i]}
	}
	out = append(out, cur)
	for i := range out {
		out[i].start, out[i].end = trimClause(x.text, out[i].start, out[i].end)
		u := &out[i]
		for j, o := range u.others {
			if d, ok := x.finerWithin(o, u.date); ok {
				// "इस साल उन्होंने 3-4 मार्च को … दौरा किया था": the year
				// only places the days, and picks their reading.
				o.Date = d
				u.date, u.others[j] = o, u.date
				break
			}
		}
		for j, o := range u.others {
			if startsSpan(o.Date, u.date.Date) {
				// "(आज से) 21 अप्रैल से 26 अप्रैल तक … दौरा करेंगी": the
				// days begun on the day told are the event's.
				u.date, u.others[j] = o, u.date
				break
			}
		}
		if len(u.others) > 0 && x.datesANoun(u.date, u.others[0], u.end) {
			// "20 अगस्त को होने वाली बैठक के लिए 19 अगस्त को रूस जाएंगे",
			// "20 अगस्त को निर्धारित … सत्र की … के लिए 19-21 अगस्त तक …
			// यात्रा करेंगे": the first date is of a gathering the
			// participle names; the next is the event's own.
			u.date, u.others[0] = u.others[0], u.date
		}
		if len(u.others) > 0 && offsetThenDay(x.text, u.date, u.others[0]) {
			// "एक दिन बाद 27 जनवरी को … मेजबानी करेंगे": the count of days
			// is from what was told before (Republic Day); the day named
			// right after it is the event's.
			u.date, u.others[0] = u.others[0], u.date
		}
		if len(u.others) > 0 {
			// "मार्च में प्रधानमंत्री पद संभालने के बाद ली इसी माह … भारत
			// आने वाले हैं": a date before "के बाद" is of what the event
			// follows; the date after it is the event's.
			// So is a date "से पहले" (before) names: "स्वतंत्रता दिवस से
			// पहले 13 अगस्त को …".
			if o := u.others[0]; o.Start > u.date.End && (afterBetween(x.tokens(u.date.End, o.Start), u.date.End, o.Start) || boundBefore(x.tokens(u.date.End, o.Start))) {
				u.date, u.others[0] = o, u.date
			}
			// "दौरे को … 5 अक्टूबर तक टाल दिया है, जो 5 जून को होना
			// था": the date put off to is the new one; the event's is the
			// other.
			if x.putOffTo(u.date) && eventPutOff(x.tokens(u.start, u.date.Start), u.date.Start) {
				u.date, u.others[0] = u.others[0], u.date
			}
		}
		if len(u.others) == 0 || x.ofEvent(u.date) || !x.adverbial(u.date) || !calledOff(x.text, u.span) {
			continue
		}
		for j, o := range u.others {
			if x.ofEvent(o) || x.placesEventNoun(o) {
				// "ट्रंप ने गुरुवार को … 12 जून की प्रस्तावित शिखर बैठक को
				// स्थगित कर दिया": the date the event noun takes is the
				// event's; the day "को" is the day of the news that calls
				// it off.
				u.date, u.others[j] = o, u.date
				break
			}
		}
	}
	return out
}

// datesANoun reports a date d followed by an attributive participle and a
// noun ("को होने वाली बैठक के लिए", "को निर्धारित … सत्र की सह-अध्यक्षता
// करने के लिए", "… बैठक में भाग लेने") that a trip told after the next
// date of its clause, next, and before end, is for: d is the noun's date,
// next the trip's. Without a purpose and a trip the noun is the event
// itself, and the next date is of its telling, its preparation or its
// calling off ("5 दिसंबर को होने वाली भारत यात्रा की घोषणा … 17 नवंबर को
// की").
func (x *extractor) datesANoun(d, next hindidate.Match, end int) bool {
	toks := tokenize(x.text, d.End, next.Start)
	i := pastDateCase(toks)
	purpose := false
	if j := participleEnd(toks, i); j >= 0 && j < len(toks) {
		i = j
	} else if j := partakingEnd(toks, i); j >= 0 {
		// "गणतंत्र दिवस समारोह में भाग लेने के लिए गुरुवार को … पहुंचे":
		// the day is of the ceremony a trip is for.
		i, purpose = j-1, true
	} else {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		switch {
		case toks[k].key == "पहले" || toks[k].key == "बाद" || toks[k].key == "दौरान" || toks[k].key == "इतर":
			return false // a frame ("… सम्मेलन से पहले") keeps its date, which frameDates gives it
		case toks[k].key == "लिए" && toks[k-1].key == "के" || toks[k].key == "लेने" && (toks[k-1].key == "भाग" || toks[k-1].key == "हिस्सा"):
			purpose = true
		}
	}
	// … and a trip for it: "… यात्रा के लिए तैयारियां 17 नवंबर को शुरू हो
	// गईं" prepares the event itself.
	return purpose && slices.ContainsFunc(eventHits(tokenize(x.text, next.Start, end)), func(h hit) bool { return h.kind == timeline.Visit })
}

// pastDateCase returns the index of the first of toks, the words after a
// date, past its case word ("को", "में"), if any.
func pastDateCase(toks []token) int {
	if len(toks) > 0 && (toks[0].key == "को" || toks[0].key == "में") {
		return 1
	}
	return 0
}

// partakingEnd returns the index after a phrase of taking part, "…
// भाग/हिस्सा लेने के लिए" or "… शामिल होने के लिए", whose verb comes
// within eight words of toks[i] (the words after a date) with no clause
// word, "और" or auxiliary before it; or -1. What the phrase names
// ("… समारोह में") is the date's: the event told after it is for that.
func partakingEnd(toks []token, i int) int {
	for k := i; k+3 < len(toks) && k <= i+8; k++ {
		t := toks[k]
		if hindi.IsClauseWord(t.text) || t.key == "और" || predicateAux.has(t.key) {
			return -1
		}
		if (t.key == "भाग" || t.key == "हिस्सा") && toks[k+1].key == "लेने" || t.key == "शामिल" && toks[k+1].key == "होने" {
			if toks[k+2].key == "के" && toks[k+3].key == "लिए" {
				return k + 4
			}
			return -1
		}
	}
	return -1
}

// scheduledWords are participles that set a gathering for a day:
// "20 अगस्त को निर्धारित सत्र".
// participleEnd returns the index after an attributive participle at
// toks[i] ("होने वाली/वाले/वाला", "निर्धारित", "प्रस्तावित"), or -1.
func participleEnd(toks []token, i int) int {
	switch {
	case i+1 < len(toks) && toks[i].key == "होने" && (toks[i+1].key == "वाली" || toks[i+1].key == "वाले" || toks[i+1].key == "वाला"):
		return i + 2
	case i < len(toks) && scheduledWords.has(toks[i].key):
		return i + 1
	}
	return -1
}

var scheduledWords = setOf("निर्धारित", "प्रस्तावित", "नियोजित")

// startsSpan reports a span of days that begins on the single day d.
func startsSpan(span, d hindidate.Date) bool {
	return span.Granularity == hindidate.Day && d.Granularity == hindidate.Day && !span.Approximate && !d.Approximate &&
		span.Start.Equal(d.Start) && span.End.After(d.End) && !span.Ambiguous && !d.Ambiguous
}

// eventPutOff reports an event word among toks, before byte at where a
// date put off to stands, as what is put off: its object ("दौरे को
// कथित तौर पर अक्टूबर तक टाल दिया") or its subject right before the date
// ("ब्रिटेन दौरा अक्टूबर तक टल गया"); "संसद सत्र को 5 दिसंबर तक स्थगित कर
// दिया गया और … जाएंगे" puts off something else.
func eventPutOff(toks []token, at int) bool {
	for i, t := range toks {
		if t.end > at {
			break
		}
		if eventWord(t.key) && (i+1 == len(toks) || toks[i+1].start >= at || toks[i+1].key == "को") {
			return true
		}
	}
	return false
}

// putOffTo reports a date followed by "तक" and a postponement: "अक्टूबर
// तक टाल दिया", "अगले साल तक स्थगित".
func (x *extractor) putOffTo(m hindidate.Match) bool {
	t := hindi.Next(x.text, m.End)
	if t.Kind != hindi.Word || t.Text(x.text) != "तक" {
		return false
	}
	qs := hindi.StatusCues(x.text, t.End, min(len(x.text), t.End+40))
	return len(qs) > 0 && qs[0].Status == hindi.Postponed && !qs[0].Negated && qs[0].Start-t.End <= 2
}

// dayPair joins two days running told as "A और B" (weekdays and brackets
// aside) into one match of both: "17 और 18 जून" hindidate reads already;
// "मंगलवार (17 जून) और बुधवार (18 जून)" it reads as two.
func (x *extractor) dayPair(a, b hindidate.Match) (hindidate.Match, bool) {
	if a.Date.Granularity != hindidate.Day || b.Date.Granularity != hindidate.Day || !a.Date.End.Equal(b.Date.Start) || a.End > b.Start {
		return hindidate.Match{}, false
	}
	conj := false
	for _, t := range tokenize(x.text, a.End, b.Start) {
		switch {
		case !conj && (t.key == "और" || t.key == "व" || t.key == "एवं" || t.key == "तथा"):
			conj = true
		case isWeekdayName(t.key):
		default:
			return hindidate.Match{}, false
		}
	}
	if !conj {
		return hindidate.Match{}, false
	}
	d := a
	d.End, d.Text = b.End, x.text[a.Start:b.End]
	d.Date.End = b.Date.End
	d.Weekday = nil
	return d, true
}

// teaserReach is how far after a cut-off line teaser looks for the
// sentence it begins: a teaser stands just before its story.
const teaserReach = 4096

// teaser reports a line cut off mid-sentence (no full stop, danda, ? or
// ! at its end) that the text goes on to print in full within a few
// kilobytes: a page's teaser of the story below ("… अपना दौरा रद्द"
// before "… अपना दौरा रद्द करने के लिए खेद प्रकट किया।"). Its events are
// the full sentence's.
func teaser(text string, s span) bool {
	end := s.end
	for end < len(text) && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r') {
		end++
	}
	if end < len(text) && text[end] != '\n' {
		return false // the line goes on: no line of its own
	}
	line := text[s.start:s.end]
	if cut, ok := strings.CutSuffix(line, "..."); ok {
		line = cut
	} else if cut, ok := strings.CutSuffix(line, "…"); ok {
		line = cut
	} else if r, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune("।॥.?!", r) {
		return false // a whole sentence
	}
	if utf8.RuneCountInString(line) < minTeaser || end >= len(text) {
		return false
	}
	rest := text[end:min(len(text), end+len(line)+teaserReach)]
	for from := 0; ; {
		i := strings.Index(rest[from:], line)
		if i < 0 {
			return false
		}
		i += from
		after, _ := utf8.DecodeRuneInString(rest[i+len(line):])
		if after == ' ' && sentenceStart(rest, i) {
			return true // the full sentence goes on where the teaser stopped
		}
		from = i + len(line)
	}
}

// minTeaser is the fewest letters a teaser line has: a short line is a
// headline or a label, which a sentence below may well repeat.
const minTeaser = 20

// sentenceStart reports that s[i:] starts a sentence: at a line start or
// after a sentence end and spaces ("… कर दिया है। अधिकारियों ने …").
func sentenceStart(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 || s[j-1] == '\n' {
		return true
	}
	_, size := utf8.DecodeLastRuneInString(s[:j])
	return j < i && hindi.EndsSentence(s, j-size)
}

// finerWithin reports a date of days or hours that lies inside a month
// or a year, which then only places it: of an ambiguous date, the reading
// that lies inside is returned, as the only one, and a day printed
// without its year is moved into the year ("पिछले साल … 3 मार्च को").
//
// A year a participle makes another event's ("पिछले साल हुए समझौते के
// तहत … 3 मार्च को जाएंगे") yields the day as read; a year the writer
// counted back ("दो साल पहले", approximate) keeps it.
func (x *extractor) finerWithin(m, c hindidate.Match) (hindidate.Date, bool) {
	fine, coarse := m.Date, c.Date
	if coarse.Granularity != hindidate.Month && coarse.Granularity != hindidate.Year || coarse.Ambiguous {
		return fine, false
	}
	if fine.Granularity != hindidate.Day && fine.Granularity != hindidate.Hour && fine.Granularity != hindidate.Minute {
		return fine, false
	}
	for t, n := hindi.Next(x.text, c.End), 0; t.Kind == hindi.Word && n < 3; t, n = hindi.Next(x.text, t.End), n+1 {
		if perfectParticiples.has(t.Text(x.text)) {
			return fine, true // the day is the clause's, as read
		}
	}
	if coarse.Approximate {
		return fine, false
	}
	inside := func(d hindidate.Date) (hindidate.Date, bool) {
		if d.Start.Before(coarse.Start) || d.End.After(coarse.End) {
			return fine, false
		}
		d.Ambiguous, d.AltStart, d.AltEnd = false, time.Time{}, time.Time{} // the other reading lies outside
		return d, true
	}
	if d, ok := inside(fine); ok {
		return d, true
	}
	if alt, ok := fine.Alternative(); ok {
		if d, ok := inside(alt); ok {
			return d, true
		}
	}
	if coarse.Granularity == hindidate.Year && hasDigit(m.Text) && !hasYear(m.Text) { // a day of a month, not a weekday
		years := coarse.Start.Year() - fine.Start.Year()
		moved := fine
		moved.Start, moved.End = fine.Start.AddDate(years, 0, 0), fine.End.AddDate(years, 0, 0)
		if moved.Start.Day() == fine.Start.Day() { // not 29 February moved to a year without one
			return inside(moved)
		}
	}
	return fine, false
}

// ofEvent reports a date the event noun after it takes by की, के or का,
// with at most three words of description between: "12 जून की (अपनी
// प्रस्तावित) शिखर बैठक", "5 दिसंबर के दौरे"; not "पिछले साल की तरह …
// बैठक" nor "इस साल की दूसरी यात्रा".
func (x *extractor) ofEvent(m hindidate.Match) bool {
	t := hindi.Next(x.text, m.End)
	if t.Kind != hindi.Word {
		return false
	}
	if w := t.Text(x.text); w != "की" && w != "के" && w != "का" {
		return false
	}
	for n := 0; n < 4; n++ {
		t = hindi.Next(x.text, t.End)
		if t.Kind != hindi.Word {
			return false
		}
		w := t.Text(x.text)
		if eventWord(w) || summitHeads.has(w) {
			return !visitVerbs.has(w) && !meetVerbs.has(w)
		}
		if hindi.IsPostposition(w) || notDescribing.has(w) {
			return false
		}
	}
	return false
}

// placesEventNoun reports a date m that places the event noun after it,
// with no verb of its own between: "… ने मंगलवार को इस महीने के आखिर में
// भारत की अपनी यात्रा रद्द कर दी", "… अगले हफ्ते होने वाली अपनी भारत
// यात्रा रद्द कर दी". The noun phrase may hold its country, a possessive and
// a participle of planning; anything else (a verb, a subject's ने, a
// comma) ends it.
func (x *extractor) placesEventNoun(m hindidate.Match) bool {
	pos := m.End
	for n := 0; n < 7; n++ {
		t := hindi.Next(x.text, pos)
		if t.Kind != hindi.Word {
			return false
		}
		pos = t.End
		w := t.Text(x.text)
		switch {
		case eventWord(w) || summitHeads.has(w):
			return n > 0 && !visitVerbs.has(w) && !meetVerbs.has(w)
		case n == 0 && w == "में", // not को: "बुधवार को भारत यात्रा रद्द कर दी" is the day of calling off
			w == "होने" || w == "वाली" || w == "वाले" || w == "वाला",
			w == "की" || w == "के" || w == "का" || w == "अपनी" || w == "अपने" || w == "अपना",
			scheduledWords.has(w), isCountrySpelling(w):
		default:
			return false
		}
	}
	return false
}

// notDescribing end the words that may describe an event noun after a
// date: a comparison or an ordinal says which of several, not when.
var notDescribing = setOf("तरह", "भांति", "भाँति", "तुलना", "समान", "पहली", "पहला", "दूसरी", "दूसरा", "तीसरी", "तीसरा", "आखिरी", "अंतिम", "पिछली", "पिछला")

// adverbial reports a date followed by को: the day of the clause's act.
func (x *extractor) adverbial(m hindidate.Match) bool {
	t := hindi.Next(x.text, m.End)
	return t.Kind == hindi.Word && t.Text(x.text) == "को"
}

// calledOff reports a cancellation or postponement cue in text[s.start:s.end].
func calledOff(text string, s span) bool {
	for _, q := range hindi.StatusCues(text, s.start, s.end) {
		if !q.Negated && (q.Status == hindi.Cancelled || q.Status == hindi.Postponed) {
			return true
		}
	}
	return false
}

// trimClause trims spaces, quotes and clause punctuation from both ends of
// a clause, and a leading conjunction.
func trimClause(text string, s, e int) (int, int) {
	s, e = trimSpan(text, s, e)
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !strings.ContainsRune(",;:—– ", r) {
			break
		}
		s += size
	}
	if first, second, ok := firstTwoWords(text, s, e); ok && hindi.IsClauseWord(text[first.Start:first.End]) {
		s, e = trimSpan(text, second.Start, e)
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !strings.ContainsRune(",;:—– ", r) {
			break
		}
		e -= size
	}
	return s, e
}

// firstTwoWords returns the first two word or number tokens of
// text[s:e], and false if it has fewer.
func firstTwoWords(text string, s, e int) (a, b hindi.Token, ok bool) {
	e = min(max(e, 0), len(text))
	sub := text[:e]
	n := 0
	for pos := min(max(s, 0), e); ; {
		t := hindi.Next(sub, pos)
		if t.Kind == hindi.EOF {
			return a, b, false
		}
		pos = t.End
		if t.Kind == hindi.Punct {
			continue
		}
		if n == 0 {
			a = t
		} else {
			return a, t, true
		}
		n++
	}
}

// lastBoundary returns the byte offset of the last clause boundary in
// text[from:to] (punctuation, or the start of a conjunction), or -1. Its
// work is linear in to-from.
func (x *extractor) lastBoundary(from, to int) int {
	if from < 0 || to > len(x.text) || from >= to {
		return -1
	}
	cut := -1
	seg := x.text[:to]
	for i := from; i < to; i++ {
		if n := clausePunct(seg, i); n > 0 {
			cut = i + n
		}
	}
	for _, t := range x.tokens(from, to) {
		if hindi.IsClauseWord(t.text) && t.start > cut {
			cut = t.start
		}
	}
	return cut
}

// clausePunct returns the length of the clause punctuation (",", ";",
// ":" or "—") at byte i of s, or 0. It reads bytes: the scans that call
// it pass over every byte of a sentence, and need not decode the
// Devanagari between. Those bytes never continue a rune, so a match is
// where decoding rune by rune would find one.
func clausePunct(s string, i int) int {
	switch s[i] {
	case ',', ':':
		if digitBefore(s, i) && digitAfter(s, i+1) {
			return 0 // "शाम 4:30 बजे", "४:३०", "1,000": inside a number
		}
		return 1
	case ';':
		return 1
	case "—"[0]:
		if strings.HasPrefix(s[i:], "—") {
			return len("—")
		}
	}
	return 0
}

// namesCountries reports a gathering or leaders of more countries than
// the two sides: "20 से अधिक देशों के नेता", "दक्षिण एशियाई देशों के शिखर
// सम्मेलन"; not "दोनों देशों के नेता" nor "पश्चिमी देशों ने".
func namesCountries(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "देशों के ")
		if i < 0 {
			return false
		}
		before := strings.TrimRight(rest[:i], " ")
		rest = rest[i+len("देशों के "):]
		next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ") // the word after, not a slice of all the rest
		if !strings.HasSuffix(before, "दोनों") && !strings.HasSuffix(before, "दोनो") && manyCountriesOf.has(strings.TrimRight(next, "।,.")) {
			return true
		}
	}
}

// manyCountriesOf follow "N देशों के" when many countries gather: their
// leaders or their summit.
var manyCountriesOf = setOf("नेता", "नेताओं", "राष्ट्राध्यक्ष", "राष्ट्राध्यक्षों", "प्रमुख", "प्रमुखों", "शिखर", "सम्मेलन", "प्रतिनिधि", "प्रतिनिधियों")

// digitBefore and digitAfter report a digit, ASCII or Devanagari, ending
// at byte i of s or starting there. They decode only when the byte is no
// ASCII one: most bytes clausePunct asks about are Devanagari letters.
func digitBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if s[i-1] < utf8.RuneSelf {
		return s[i-1] >= '0' && s[i-1] <= '9'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r >= '०' && r <= '९'
}

func digitAfter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return s[i] >= '0' && s[i] <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= '०' && r <= '९'
}

// clauseWindow bounds how far clause looks either side of a date, so that
// a sentence with thousands of dates costs no more than one per date.
const clauseWindow = 400

// clause returns the clause of sentence s around m: from the last
// boundary before it to the first after it, within clauseWindow bytes.
func (x *extractor) clause(s span, m hindidate.Match) span {
	c := span{max(s.start, m.Start-clauseWindow), min(s.end, m.End+clauseWindow)}
	for c.start < m.Start && !utf8.RuneStart(x.text[c.start]) {
		c.start++
	}
	for c.end > m.End && c.end < len(x.text) && !utf8.RuneStart(x.text[c.end]) {
		c.end--
	}
	// A date never lies outside its sentence (sentences joins those a
	// date runs over), but the clause must hold it whatever the input.
	c.start, c.end = min(c.start, m.Start), max(c.end, min(m.End, len(x.text)))
	if b := x.lastBoundary(c.start, m.Start); b >= 0 {
		c.start = b
	}
	seg := x.text[:c.end]
	for i := m.End; i < c.end; i++ {
		if clausePunct(seg, i) > 0 {
			c.end = i
			break
		}
	}
	for _, t := range x.tokens(m.End, c.end) {
		if hindi.IsClauseWord(t.text) {
			c.end = t.start
			break
		}
	}
	return c
}

// hasDigit reports whether s holds an ASCII or Devanagari digit.
func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '०' && r <= '९' {
			return true
		}
	}
	return false
}

// hasYear reports whether s holds a number of four digits (ASCII or
// Devanagari).
func hasYear(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '०' && r <= '९' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// monthParts end a part of a month that tells no days: "इस महीने के अंत",
// "अक्टूबर के आखिर", "अगले महीने की शुरुआत", "इस माह के मध्य".
var monthParts = []string{"के अंत", "के आखिर", "के आख़िर", "के आखिरी", "के आख़िरी", "की शुरुआत", "के शुरू", "की शुरूआत", "के मध्य", "के आरंभ", "के प्रारंभ"}

// monthPart reports a part of a month, within one month: hindidate reads
// "इस महीने के अंत" as its last ten or so days, but the text names no
// days. A part of a week ("इस सप्ताह की शुरुआत") is not one, nor a week
// told ("आखिरी सप्ताह").
func monthPart(m hindidate.Match) bool {
	if m.Date.Granularity != hindidate.Day {
		return false
	}
	i := slices.IndexFunc(monthParts, func(p string) bool { return strings.HasSuffix(m.Text, p) })
	if i < 0 {
		return false
	}
	// Of a month: the word before is महीने, माह or a month's name, with
	// its year ("जनवरी 2026 के मध्य").
	before := strings.Fields(strings.TrimSuffix(m.Text, monthParts[i]))
	if n := len(before); n > 1 && hasDigit(before[n-1]) {
		before = before[:n-1]
	}
	if len(before) == 0 {
		return false
	}
	if w := before[len(before)-1]; w != "महीने" && w != "माह" {
		if _, ok := hindi.LookupMonth(w); !ok {
			return false
		}
	}
	oneMonth := func(a, b time.Time) bool {
		b = b.Add(-time.Nanosecond)
		return a.Year() == b.Year() && a.Month() == b.Month()
	}
	return oneMonth(m.Date.Start, m.Date.End) && (!m.Date.Ambiguous || oneMonth(m.Date.AltStart, m.Date.AltEnd))
}

// sameDayOfYear reports a and b on the same month and day.
func sameDayOfYear(a, b date.Date) bool { return a.Month() == b.Month() && a.Day() == b.Day() }

// asMonth returns the month of s's days when they are the days of a part
// of a month (monthPart) that dates it, its own or the event's it happens
// during ("इस महीने के अंत में": the 21st to the 30th): the text tells no
// days, and editors draft the month ("2021-04"), as the writer knew no
// more. It is asked when the draft is written, so that joining and
// spreading still see the days the words cover: "इस महीने की शुरुआत में
// जापान … इस महीने के अंत में चीन" are two visits. Days told ("21 से 30
// नवंबर तक") stay days, whatever else the text tells.
func asMonth(s *story) (date.When, bool) {
	w := s.when
	if w.Bound() != date.NoBound || !w.IsSpan() || w.IsTimed() {
		return w, false
	}
	dater := s
	for n := 0; dater != nil && dater.inferred != "" && n < 8; n++ { // (n: a bound, should parents ever loop)
		dater = dater.parent // dated as the event it happens during, if any
	}
	if dater == nil || dater.dated == nil || dater.dated.date == nil || !monthPart(*dater.dated.date) {
		return w, false
	}
	// (The year may differ: a month gone by in the text's reading is the
	// next year's when told as still to come.)
	first, end := w.Days()
	d := dater.dated.date.Date
	a, b := date.FromTime(d.Start), date.FromTime(d.End)
	if !sameDayOfYear(first, a) || !sameDayOfYear(end, b) || end.Year()-first.Year() != b.Year()-a.Year() {
		return w, false
	}
	return date.InMonth(first.Year(), first.Month()).WithZone(w.Zone()), true
}
