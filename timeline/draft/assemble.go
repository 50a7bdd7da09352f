package draft

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// spreadCancellation puts off the legs of a visit that is put off: a
// visit whose days lie within a cancelled or postponed visit ("12 मई को
// ज़गरेब, 14 मई को ओस्लो … पहुंचना था" in a story of a trip that "टल गई")
// gets the same news, unless it has news of its own.
func (x *extractor) spreadCancellation(ss []*story) {
	for si, s := range ss {
		_, final := storyStatus(s)
		if final == nil || s.when.IsZero() || s.inferred != "" {
			continue // a date no text gave the trip called off tells no one event of it
		}
		for _, o := range ss[max(0, si-backWindow):min(len(ss), si+backWindow)] {
			if o == s || o.kind != s.kind || o.when.IsZero() || o.inferred != "" {
				continue // a date inferred, maybe from s itself, places no leg inside it
			}
			if _, f := storyStatus(o); f != nil {
				continue
			}
			if within(o.when, s.when) && !slices.ContainsFunc(o.ms, func(m *mention) bool { return otherTraveller(final, m) }) {
				// (Not a trip of another of the country's people: "मोदी …
				// समारोह में शामिल नहीं होंगे" leaves "राजनाथ सिंह … परेड में
				// भारत का प्रतिनिधित्व करेंगे", who goes in his place.)
				o.ms = append(o.ms, final)
			}
		}
	}
}

// spreadToPlans calls off with a trip the talks that were to be held on
// it, told in the very next sentence with no date or news of their own:
// "… सुलिवान ने इस सप्ताह अपने भारत दौरे को स्थगित कर दिया। … अपने
// भारतीय समकक्ष अजीत डोभाल के साथ … बैठक करने वाले थे".
func (x *extractor) spreadToPlans(ss []*story) {
	for si, v := range ss {
		_, final := storyStatus(v)
		if final == nil || v.kind != timeline.Visit {
			continue
		}
		for _, o := range ss[si+1 : min(len(ss), si+backWindow)] {
			m := o.first
			if o.kind == timeline.Visit || !m.unfulfilled || m.dateOwn || m.headline || m.status == timeline.Cancelled || m.status == timeline.Postponed {
				continue
			}
			if _, f := storyStatus(o); f != nil {
				continue
			}
			if !plannedBy(v, m, x.home) {
				continue // "राजनाथ सिंह इसके बजाय जापानी रक्षा मंत्री के साथ बैठक करने वाले थे": other people's talks
			}
			// The news told in the sentence right before the plan, or
			// the trip's plan told there ("… रविवार को … भारत पहुंचने
			// वाले थे. … मोदी से उनकी मुलाक़ात का कार्यक्रम था").
			i := slices.IndexFunc(v.ms, func(n *mention) bool {
				return (n.status == timeline.Cancelled || n.status == timeline.Postponed || n.unfulfilled) && !n.headline &&
					n.sent.end <= m.sent.start && strings.TrimSpace(x.text[n.sent.end:m.sent.start]) == ""
			})
			if i < 0 {
				continue
			}
			off := *v.ms[i]
			if off.status != timeline.Cancelled && off.status != timeline.Postponed {
				off = *final // the plan told there: the news is the trip's
			}
			off.kind = o.kind // the plan's telling now, so that its status counts
			o.ms = append(o.ms, &off)
		}
	}
}

// plannedBy reports talks m that the traveller of visit v was to hold:
// m names no one, or someone of the traveller's country.
func plannedBy(v *story, m *mention, home string) bool {
	if len(m.people) == 0 {
		return true
	}
	var visited []string
	for _, n := range v.ms {
		if n.visited != "" {
			visited = append(visited, n.visited)
		}
	}
	for _, p := range m.people {
		if p.Country == "" || slices.Contains(visited, p.Country) {
			continue
		}
		for _, n := range v.ms {
			if slices.ContainsFunc(n.people, func(q person) bool { return q.Country == p.Country }) {
				return true
			}
		}
	}
	return false
}

// toldApart reports a summit of many countries a trip is for that the
// text also tells on its own: "ट्रंप ने … क्वॉड शिखर सम्मेलन के लिए अपनी
// यात्रा रद्द कर दी है … भारत इस साल नवंबर में … क्वाड शिखर सम्मेलन की
// मेजबानी करने वाला है": one guest's trip called off does not call off
// the summit. Two countries' summit is the trip's, and goes with it.
func (x *extractor) toldApart(s *story) bool {
	return slices.ContainsFunc(s.ms, func(m *mention) bool { return m.purpose }) && manyCountries(x.text, s) &&
		slices.ContainsFunc(s.ms, func(m *mention) bool { return !m.frame && !m.headline })
}

// forWhich reports a clause that opens with "जिसके लिए" (for which): a
// purpose told just before it.
func forWhich(clause string) bool {
	c := strings.TrimLeft(clause, " ,")
	return strings.HasPrefix(c, "जिसके लिए ") || strings.HasPrefix(c, "जिसके लिये ")
}

// spreadToTrip calls off a trip with what it is for: "… 2+2 डायलॉग के
// लिए वाशिंगटन दौरा करने वाली थी लेकिन अब यह वार्ता … टल गयी है" puts
// the trip off with the dialogue, unless the trip has news of its own.
func (x *extractor) spreadToTrip(ss []*story) {
	for si, s := range ss {
		_, final := storyStatus(s)
		if final == nil || s.kind == timeline.Visit {
			continue
		}
		for _, m := range s.ms {
			// "… कैंप डेविड में … मिलने वाले थे, जिसके लिए वे … अमेरिका
			// पहुंचने वाले थे, लेकिन अब वह बैठक नहीं करेंगे": the trip for
			// the talks told just before, in a clause of its own. Only a
			// trip still a plan ("पहुंचने वाले थे"), not one made ("पहुंच
			// गए थे"), and only for the talks of the clause right before
			// ("… रद्द कर दी, पर वे एपेक सम्मेलन में शामिल होंगे, जिसके लिए
			// …" is the summit's trip).
			forIt := func(v *mention) bool {
				return v.sent == m.sent && m.clause.end <= v.clause.start && strings.Trim(x.text[m.clause.end:v.clause.start], " ,") == "" &&
					v.status != timeline.Held && forWhich(x.text[v.clause.start:v.clause.end])
			}
			for _, o := range ss[max(0, si-backWindow):min(len(ss), si+backWindow)] {
				if o == s || o.kind != timeline.Visit {
					continue
				}
				if _, f := storyStatus(o); f != nil {
					continue
				}
				if m.purpose && slices.ContainsFunc(o.ms, func(v *mention) bool { return v.clause == m.clause }) || slices.ContainsFunc(o.ms, forIt) {
					o.ms = append(o.ms, final)
				}
			}
		}
	}
	// "… 15-17 दिसंबर को होने वाली ‘भारत-जापान वार्षिक शिखर बैठक’ … आबे
	// ने इस बैठक के लिए अपने भारत दौरे को टाल दिया है": two countries'
	// summit goes with the guest's trip for it.
	for si, v := range ss {
		_, final := storyStatus(v)
		if final == nil || v.kind != timeline.Visit || !leaderVisit(v) {
			continue // a minister's trip put off leaves the leaders' summit
		}
		for _, o := range ss[max(0, si-backWindow):min(len(ss), si+backWindow)] {
			if o.kind != timeline.Summit || !pairSummit(o) || x.toldApart(o) {
				continue
			}
			if _, f := storyStatus(o); f != nil {
				continue
			}
			if slices.ContainsFunc(o.ms, func(m *mention) bool {
				return m.purpose && slices.ContainsFunc(v.ms, func(w *mention) bool { return w.clause == m.clause })
			}) {
				off := *final
				off.kind = o.kind // the summit's telling now, so that its status counts
				o.ms = append(o.ms, &off)
			}
		}
	}
}

// putOff makes a trip called off ("रद्द कर दी गई") put off when a sentence
// after its cancellation, before the next event is told, speaks of new
// dates ("अब … नई तारीखों के लिए काम कर रहे हैं"): the editor drafts it
// postponed. An event to be rescheduled to no date told ("इस समिट की
// तारीख को फिर पुनर्निर्धारित किया जाएगा") is put off too.
func (x *extractor) putOff(ss []*story) {
	for _, s := range ss {
		for _, m := range s.ms {
			if m.status != timeline.Rescheduled {
				continue
			}
			// "… पुनर्निर्धारित कर दी गई है और अब यह यात्रा 5 दिसंबर को
			// होगी": moved to a day told with it or after it.
			if !slices.ContainsFunc(s.ms, func(o *mention) bool { return o.sent.start >= m.sent.start && (o.date != nil || o.putOffTo != nil) }) {
				m.status = timeline.Postponed
			}
		}
	}
	if len(x.reschedules) == 0 {
		return
	}
	for si, s := range ss {
		for _, m := range s.ms {
			if m.status != timeline.Cancelled {
				continue
			}
			next := len(x.text)
			if si+1 < len(ss) {
				next = ss[si+1].pos
			}
			k := sort.Search(len(x.reschedules), func(k int) bool { return x.reschedules[k].start >= m.sent.start })
			if k < len(x.reschedules) && x.reschedules[k].start < max(next, m.sent.end+1) {
				m.status = timeline.Postponed
			}
		}
	}
}

// rescheduling reports a sentence that speaks of new dates being set:
// "नई तारीखों के लिए काम कर रहे हैं", "नई तिथि की घोषणा बाद में होगी"; not
// "कोई नई तारीख तय नहीं की गई".
func (x *extractor) rescheduling(s span) bool {
	t := x.text[s.start:s.end]
	if !strings.Contains(t, "तारीख") && !strings.Contains(t, "तिथि") && !strings.Contains(t, "डेट") {
		return false // most sentences name no date at all
	}
	for _, w := range newDates {
		if strings.Contains(t, w) {
			return !containsWord(t, "नहीं") && !containsWord(t, "न")
		}
	}
	return false
}

// newDates are "new date(s)" as newsrooms print them, and the date "set
// again" ("तारीख फिर से निर्धारित करने का फैसला", "तारीख को फिर
// पुनर्निर्धारित किया जाएगा").
var newDates = []string{"नई तारीख", "नयी तारीख", "नई तिथि", "नयी तिथि", "नई डेट", "नयी डेट", "अगली तारीख", "अगली तिथि",
	"फिर से निर्धारित", "फिर निर्धारित", "दोबारा निर्धारित", "पुनः निर्धारित", "पुनर्निर्धारित"}

// dayOfVisit returns which day of a visit (one of visits in the text) the story's tellings say the
// day it is dated by is: k for "दौरे के दूसरे दिन", -1 for "यात्रा के
// आखिरी दिन", 0 if none says. A day still to come ("यात्रा के आखिरी दिन
// वह … संबोधित करेंगे") is another day than the one told, and an arrival
// ("सोमवार को … पहुंचे") is the first day whatever later days bring.
func (x *extractor) dayOfVisit(s *story, visits int) int {
	if s.dated != nil {
		if k, _, _ := visitDayIn(x.text, s.dated.clause); k != 0 {
			return k // "इस यात्रा के दूसरे दिन यानी आज … पहुंचे": said of the day itself
		}
		if arrived(x.text, s.dated.clause) {
			return 0
		}
	}
	for _, m := range s.ms {
		if m.status == timeline.Announced || m.status == timeline.Proposed {
			continue
		}
		if k, _, _ := visitDayIn(x.text, m.clause); k != 0 {
			return k
		}
	}
	// "दौरे के आखिरी दिन … गार्ड ऑफ ऑनर दिया गया" tells no visit of its
	// own: with one visit of several days in the text, it is that one's,
	// if told as done.
	if visits > 1 {
		return 0
	}
	k, at, _ := visitDayIn(x.text, span{s.pos, len(x.text)})
	if k == 0 {
		return 0
	}
	end := len(x.text)
	if i := strings.IndexAny(x.text[at:], "।.\n"); i >= 0 {
		end = at + i
	}
	for _, v := range hindi.Verbs(x.text, at, end) {
		if v.Ahead() {
			return 0
		}
	}
	return k
}

// visitDayIn reads "यात्रा/दौरे के/का <ordinal> दिन", "दौरे के समापन पर"
// or "N दिवसीय यात्रा संपन्न होने के बाद" in text[c.start:c.end]: the
// ordinal (-1 for the last day), the byte offset of the visit noun, and
// whether the last day was told as the visit's end ("समापन/आखिर/अंत
// पर/में", "संपन्न/समाप्त/पूरी होने/कर").
func visitDayIn(text string, c span) (k, at int, end bool) {
	if t := text[c.start:c.end]; !strings.Contains(t, "दिन") && !strings.Contains(t, "समापन") && !strings.Contains(t, "अंत") && !strings.Contains(t, "आखिर") && !strings.Contains(t, "आख़िर") &&
		!strings.Contains(t, "संपन्न") && !strings.Contains(t, "समाप्त") && !strings.Contains(t, "पूरी") && !strings.Contains(t, "पूरा") && !strings.Contains(t, "पूर्ण") {
		return 0, 0, false
	}
	toks := tokenize(text, c.start, c.end)
	for i := 0; i+2 < len(toks); i++ {
		// "दो दिवसीय यात्रा (के) संपन्न होने के बाद बृहस्पतिवार को स्वदेश
		// लौट आए", "दौरा समाप्त कर …": the day told is the visit's last.
		j := i + 1
		if toks[j].key == "के" && j+2 < len(toks) {
			j++
		}
		if visitNouns.has(toks[i].key) && visitDoneWords.has(toks[j].key) && doneVerbs.has(toks[j+1].key) &&
			slices.ContainsFunc(toks[max(0, i-3):i], func(t token) bool { return t.key == "दिवसीय" }) &&
			!(j+3 < len(toks) && toks[j+2].key == "से" && toks[j+3].key == "पहले") { // "पूरी होने से पहले …": before its end
			// (Only the visit whose days are told: "अमेरिकी यात्रा समाप्त
			// करने के बाद मिस्र के लिए रवाना हुए" sets off on another.)
			return -1, toks[i].start, true
		}
	}
	for i := 2; i+1 < len(toks); i++ {
		// "अपने तीन दिवसीय अमेरिका दौरे के समापन पर मंगलवार की शाम …
		// कहा": the day told is the visit's last.
		if visitEndWords.has(toks[i].key) && (toks[i+1].key == "पर" || toks[i+1].key == "में") && toks[i-1].key == "के" && visitNouns.has(toks[i-2].key) {
			return -1, toks[i-2].start, true
		}
	}
	for i := 3; i < len(toks); i++ {
		if toks[i].key != "दिन" || !visitNouns.has(toks[i-3].key) || toks[i-2].key != "के" && toks[i-2].key != "का" {
			continue
		}
		switch w := toks[i-1].key; {
		case w == "आखिरी" || w == "अंतिम": // keys carry no nukta
			return -1, toks[i-3].start, false
		case dayOrdinals[w] > 0:
			return dayOrdinals[w], toks[i-3].start, false
		}
	}
	return 0, 0, false
}

// visitDoneWords after a visit noun, then one of doneVerbs, tell it
// completed: "यात्रा संपन्न होने के बाद", "दौरा समाप्त कर", "यात्रा पूरी
// करने के बाद".
var (
	visitDoneWords = setOf("संपन्न", "सम्पन्न", "समाप्त", "पूरी", "पूरा", "पूर्ण")
	doneVerbs      = setOf("होने", "कर", "करके", "करने", "करते", "होते")
)

// visitEndWords name a visit's end: "दौरे के समापन पर", "यात्रा के अंत में".
var visitEndWords = setOf("समापन", "आखिर", "आख़िर", "अंत")

// visitEndIn reports "दौरे के समापन/आखिर/अंत पर/में" in text[c.start:c.end].
func visitEndIn(text string, c span) bool {
	_, _, end := visitDayIn(text, c)
	return end
}

// arrived reports a finite verb of arriving in text[c.start:c.end]:
// "पहुंचे", "पहुंच गए" (not "पहुंचने पर", on arriving somewhere).
func arrived(text string, c span) bool {
	t := text[c.start:c.end]
	for _, w := range arrivals {
		if containsWord(t, w) {
			return true
		}
	}
	return false
}

var arrivals = []string{"पहुंचे", "पहुँचे", "पहुंची", "पहुँची", "पहुंचा", "पहुंच गए", "पहुंच गई", "पहुंच चुके"}

// datedByDayWord reports a story dated by a day word with no digits
// ("आज", "इस यात्रा के दूसरे दिन यानी आज"), not a date the text prints.
func datedByDayWord(s *story) bool {
	return s.dated != nil && s.dated.date != nil && s.dated.date.Date.Granularity == hindidate.Day && !hasDigit(s.dated.date.Text)
}

// nameVisitHosts names a visit's host by whom the visitor meets on it:
// "पुतिन भारत पहुंचे … पुतिन ने प्रधानमंत्री मोदी से मुलाकात की" is a
// visit Modi hosts. A visit whose host country has no one named or
// titled takes the named people of that country of every other draft of
// two countries within its days that the visitor is of, by name or by
// the country alone ("भारत-ईरान ने संयुक्त बयान दिया") — a meeting, a
// summit, a signing; not a call, which needs no one there.
func nameVisitHosts(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		if v.Kind != timeline.Visit {
			continue
		}
		host := -1
		var guest timeline.Participant
		for k, p := range v.Participants {
			switch {
			case p.Role == timeline.Guest && (p.Name.Hi != "" || p.Title.Hi != ""):
				guest = p
			case p.Role == timeline.Host && p.Name.Hi == "" && p.Title.Hi == "":
				host = k
			}
		}
		if guest.Country == "" || host < 0 || countries(v.Participants) != 2 {
			continue
		}
		hostCountry := v.Participants[host].Country
		var named []timeline.Participant
		for _, m := range events {
			if m.Kind == timeline.Visit || m.Kind == timeline.PhoneCall || !onVisit(m.When, v.When) || countries(m.Participants) != 2 ||
				!slices.ContainsFunc(m.Participants, func(p timeline.Participant) bool {
					return p.Country == guest.Country && (samePerson(p, guest) || p.Name.Hi == "" && p.Title.Hi == "")
				}) {
				continue
			}
			for _, p := range m.Participants {
				if p.Country == hostCountry && p.Name.Hi != "" && !slices.ContainsFunc(named, func(q timeline.Participant) bool { return q.Name.Hi == p.Name.Hi }) {
					named = append(named, timeline.Participant{Name: p.Name, Title: p.Title, Country: hostCountry, Role: timeline.Host})
				}
			}
		}
		if len(named) > 0 {
			v.Participants = slices.Concat(v.Participants[:host:host], named, v.Participants[host+1:])
			dropOwnWords(v)
		}
	}
}

// dropOwnWords drops the attribution of an event whose participants,
// named since it was drafted, include its speaker: "मोदी ने कहा- …
// डोनाल्ड ट्रम्प सपरिवार यहां आए" is the host's own words once Modi is
// the visit's host.
func dropOwnWords(e *timeline.Event) {
	i := slices.IndexFunc(e.Sources, func(s timeline.Source) bool { return s.ID == "attributed" })
	if i < 0 || !ownWords(e.Sources[i].Attribution.Hi, e.Sources[i].Outlet, e.Participants) {
		return
	}
	said := e.Sources[i].Attribution.Hi
	e.Sources = slices.Delete(slices.Clone(e.Sources), i, i+1)
	for k := range e.History {
		if e.History[k].Source == "attributed" {
			e.History[k].Source = "article"
		}
	}
	if e.Draft != nil {
		e.Draft.Notes = slices.DeleteFunc(slices.Clone(e.Draft.Notes), func(n string) bool { return n == fmt.Sprintf("attributed: %q", said) })
		e.Draft.Notes = append(e.Draft.Notes, ownWordsNote(said))
	}
}

// ownWordsNote is the note of an attribution dropped as a participant's
// own words.
func ownWordsNote(said string) string {
	return fmt.Sprintf("told in a participant's own words (%q): not drafted as a source", said)
}

// datelineMonth dates a plan called off that nothing dates by the
// dateline's month: "… सुझाव दिया कि यात्रा वर्तमान में नहीं होनी चाहिए"
// was due about when the report was written, not on its very day.
func (x *extractor) datelineMonth(s *story) {
	if s.inferred != datedByDateline {
		return
	}
	_, final := storyStatus(s)
	if p := s.parent; final == nil && p != nil {
		_, final = storyStatus(p) // "इस यात्रा के दौरान … मुलाकात करनी थी": off with the trip
	}
	if final != nil {
		s.when = x.inDatelineZone(date.InMonth(x.reported.Year(), x.reported.Month()))
		s.inferred = calledOffByMonth
	}
}

// calledOffByMonth is the note of a plan called off dated by the
// dateline's month.
const calledOffByMonth = "no date in the text: a plan called off, dated by the dateline's month; check it"

// onVisit reports whether the days of m lie within the visit's, a visit
// drafted on one day taken to last into the next: "पुतिन 4 दिसंबर को
// दिल्ली पहुंचे … 5 दिसंबर को शिखर वार्ता" is the visit's next day.
func onVisit(m, visit date.When) bool {
	ms, me := m.Days()
	vs, ve := visit.Days()
	if ve == vs.AddDays(1) {
		ve = ve.AddDays(1)
	}
	return !ms.IsZero() && !vs.IsZero() && !ms.Before(vs) && !me.After(ve)
}

// counterpartOffices gives one titled "समकक्ष" (a counterpart: "अपने
// ब्रिटिश समकक्ष ऋषि सुनक") the office of the one whose counterpart they
// are: the one office the participants of the other countries hold. With
// none, or several ("मोदी के साथ गए विदेश मंत्री … अपने जापानी समकक्ष"),
// the title is left empty: समकक्ष is a relation, not an office.
func counterpartOffices(events []timeline.Event) {
	counterpart := func(t string) bool { return t == "समकक्ष" || t == "समकक्षों" }
	for i := range events {
		parts := events[i].Participants
		for k, p := range parts {
			if !counterpart(p.Title.Hi) {
				continue
			}
			var titles []string
			for _, q := range parts {
				if q.Country != p.Country && q.Title.Hi != "" && !counterpart(q.Title.Hi) && !slices.Contains(titles, officeKey(q.Title.Hi)) {
					titles = append(titles, officeKey(q.Title.Hi))
				}
			}
			parts[k].Title = timeline.Text{}
			if len(titles) == 1 {
				j := slices.IndexFunc(parts, func(q timeline.Participant) bool { return q.Country != p.Country && officeKey(q.Title.Hi) == titles[0] })
				parts[k].Title = parts[j].Title
			}
		}
	}
}

// hostOfVisitBy returns the country of the visit that a visitor of
// country c makes on the days of s, told in the text, or "".
func (x *extractor) hostOfVisitBy(c string, s *story) string {
	if c == "" {
		return ""
	}
	for _, v := range x.stories {
		if v == s || v.kind != timeline.Visit || !onVisit(s.when, v.when) {
			continue
		}
		for _, m := range v.ms {
			if m.visited != "" && m.visited != c && slices.ContainsFunc(m.people, func(p person) bool { return p.Country == c }) {
				return m.visited
			}
		}
	}
	return ""
}

// within reports whether a's days lie inside b's.
func within(a, b date.When) bool {
	as, ae := a.Days()
	bs, be := b.Days()
	return !as.IsZero() && !bs.IsZero() && !as.Before(bs) && !ae.After(be)
}

// draft writes the event a story makes.
func (x *extractor) draft(s *story) {
	if s.when.IsZero() {
		return
	}
	if s.kind == timeline.Visit && !slices.ContainsFunc(s.ms, func(m *mention) bool { return m.status != "" || !m.refers || m.visited != "" || m.date != nil }) {
		// "माना जा रहा है कि प्रधानमंत्री … का यह दौरा … काफी महत्वपूर्ण
		// है": a visit only ever referred back to, as no event of its
		// own was told, never told as done or to come, nor where to or
		// when, is what the report says about a trip, not a draft. ("…
		// का ये पहला ईरान दौरा है" names where: the news.)
		return
	}
	x.datelineMonth(s) // called off by a telling read after infer
	if w, ok := asMonth(s); ok {
		s.when = w
	}
	lead := s.dated
	if lead == nil {
		lead = s.first
	}
	if lead.date != nil && s.inferred == "" {
		if a, ok := x.anaphorAt(lead.date.Start); ok {
			// "इसके अगले दिन": the day is the text's only by reference.
			s.inferred = fmt.Sprintf("date inferred from %q, read by the day told before it; check it", a.Text)
		}
	}
	var notes []string
	if lead.date != nil && s.inferred == "" {
		m := lead.date
		notes = append(notes, fmt.Sprintf("date %q read as %s", m.Text, s.when))
		if w := m.Weekday; w != nil && w.Contradicts {
			notes = append(notes, fmt.Sprintf("the weekday written, %s, does not fall on %d-%02d-%02d: the date is read as its numbers say; check it", w.Weekday, w.ByDate.Start.Year(), w.ByDate.Start.Month(), w.ByDate.Start.Day()))
		}
		notes = append(notes, s.wnotes...)
		switch {
		case !hasDigit(m.Text):
			notes = append(notes, fmt.Sprintf("relative date resolved against the dateline, %s %s", x.dateline.Weekday(), x.reported))
		case !hasYear(m.Text) && m.Date.Granularity >= 3: // a day or longer
			notes = append(notes, fmt.Sprintf("year %d taken from the dateline", s.when.Start().Year()))
		}
		if s.when.IsTimed() && s.when.Zone() == x.dateline.Location().String() {
			notes = append(notes, fmt.Sprintf("time of day read in the dateline's zone %s; check the venue's", s.when.Zone()))
		}
		for _, o := range lead.others {
			notes = append(notes, fmt.Sprintf("the sentence also names %q; one draft was made for both", o.Text))
		}
		if lead.nextDay {
			notes = append(notes, fmt.Sprintf("the day after %q: the sentence says अगले दिन", m.Text))
		}
		if lead.daysEarlier > 0 {
			notes = append(notes, fmt.Sprintf("%d day(s) before %q, the date of the event it came before (\"के … दिन बाद\"); check it", lead.daysEarlier, m.Text))
		}
		if lead.daysLater > 0 {
			notes = append(notes, fmt.Sprintf("%d day(s) after %q, the date of the event it comes after (\"से … दिन पहले\"); check it", lead.daysLater, m.Text))
		}
		for _, o := range lead.replaced {
			notes = append(notes, fmt.Sprintf("correction: the sentence says the earlier date %q was wrong", o.Text))
		}
		if lead.clause != lead.sent && !inSpan(lead.clause, m.Start) {
			notes = append(notes, fmt.Sprintf("the date %q is in another clause of the sentence", m.Text))
		}
	} else {
		notes = append(notes, s.inferred)
	}
	notes = append(notes, fmt.Sprintf("kind %q guessed from %q", s.kind, s.first.word))

	first, final := storyStatus(s)
	var history []timeline.StatusChange
	cite := "article"
	att := lead
	if commentOn(att.attrib) {
		att = &mention{}
	}
	if att.attrib == "" || att.attribGoesOn {
		for _, m := range s.ms {
			if m == lead || m.attribGoesOn && att.attrib != "" {
				continue // a source told in its own sentence comes first
			}
			own := m.dateOwn && m.date != nil && lead.date != nil && m.date.Text == lead.date.Text
			news := m.status == timeline.Cancelled || m.status == timeline.Postponed
			// "तास की रिपोर्ट के अनुसार … जिनमें श्री मोदी के साथ भी बैठक
			// शामिल हैं। श्री पुतिन … श्री मोदी से भेंट करेंगे": a meeting
			// with someone named, told by the source before the lead tells
			// it; a quote after the lead ("ट्रम्प ने कहा- मोदी के साथ
			// बातचीत में …") speaks of the meeting, it does not source it.
			// A lead that is the headline tells it first only in print:
			// "विदेश मंत्रालय के अनुसार, … मोदी और मर्केल की मुलाकात …
			// होगी" below "मर्केल से मिले मोदी" sources it.
			named := m.generic && !m.refers && len(m.people) > 0 && !m.frame && (m.clause.start < lead.clause.start || lead.headline)
			// A frame of another event ("… शिखर सम्मेलन में भाग लेने के
			// लिए … यात्रा करेंगे", "… सम्मेलन के इतर … मुलाकात की"): the
			// attribution is its main event's, not the frame's.
			// "जानकारी के मुताबिक इस कॉल का आग्रह ट्रंप की तरफ से किया गया
			// था": what a source says of "this call" tells the call, which
			// a quote of it does not.
			// Not a view of what came of it ("विशेषज्ञों के मुताबिक इस मुलाकात
			// से … संबंध सुधरेंगे").
			according := m.refers && !m.frame && (strings.Contains(m.attrib, "मुताबिक") || strings.Contains(m.attrib, "अनुसार")) &&
				!containsAny(m.attrib, pundits) && !strings.Contains(m.text, m.word+" से ")
			if m.attrib != "" && !commentOn(m.attrib) && (!m.generic && !m.refers && !m.frame && !m.framing || own || news || m.headline || named || according) {
				att = m // a telling of its own, not "यह बातचीत" in a quote
				break
			}
		}
	}
	off := func(m *mention) bool { return m.status == timeline.Cancelled || m.status == timeline.Postponed }
	var planAtt *mention // who told the plan, when another tells that it is off
	if !off(att) {
		// "… के मुताबिक दौरा स्थगित कर दिया गया है" after a plan told by
		// another source: the news is that it is off, and whom the report
		// relies on for that is the source; the plan keeps its own.
		for _, m := range s.ms {
			if off(m) && m.attrib != "" && !m.frame && !commentOn(m.attrib) {
				if att.attrib != "" && att.attrib != m.attrib {
					planAtt = att
				}
				att = m
				break
			}
		}
	}
	parts, place := x.participants(s, lead)
	if i := slices.IndexFunc(parts, func(p timeline.Participant) bool { return p.Country != "" }); s.kind == timeline.BilateralMeeting && countries(parts) == 1 && i >= 0 {
		if c := x.hostOfVisitBy(parts[i].Country, s); c != "" {
			// "… जेलेंस्की ह्वाइट हाउस पहुंचे … फिर द्विपक्षीय वार्ता के लिए
			// अंदर ले गए": talks of one side during its visit are with
			// the host.
			parts = append(parts, timeline.Participant{Country: c})
			notes = append(notes, fmt.Sprintf("the other side is the country the %s side is visiting then (%s)", parts[i].Country, c))
		}
	}
	if att.attrib != "" && (ownWords(att.attrib, att.outlet, parts) || x.sideLeader(att.outlet, parts) || s.kind == timeline.Statement && jointStatementSaid(att.attrib)) {
		// "मोदी ने कहा", "दोनों पक्षों ने संयुक्त बयान में कहा": a
		// participant telling of their own event is the event's telling,
		// no source the report relies on; a spokesman or a ministry is.
		notes = append(notes, ownWordsNote(att.attrib))
		att = &mention{}
	}
	article := timeline.Source{ID: "article", Outlet: x.opts.Outlet, Reported: x.reported}
	if article.Outlet == "" {
		article.Outlet = "article"
	}
	if strings.HasPrefix(x.opts.From, "http://") || strings.HasPrefix(x.opts.From, "https://") {
		article.URL = x.opts.From
	}
	sources := []timeline.Source{article}
	if att.attrib != "" {
		sources = append(sources, timeline.Source{ID: "attributed", Outlet: valid(att.outlet), Reported: x.reported, Attribution: timeline.Text{Hi: valid(att.attrib)}})
		cite = "attributed"
		notes = append(notes, fmt.Sprintf("attributed: %q", att.attrib))
	}
	planCite := cite
	if planAtt != nil && att.attrib != "" {
		if ownWords(planAtt.attrib, planAtt.outlet, parts) {
			planCite = "article" // the plan in a participant's own words
		} else {
			sources = append(sources, timeline.Source{ID: "attributed-plan", Outlet: valid(planAtt.outlet), Reported: x.reported, Attribution: timeline.Text{Hi: valid(planAtt.attrib)}})
			planCite = "attributed-plan"
			notes = append(notes, fmt.Sprintf("the plan attributed: %q; that it is off: %q", planAtt.attrib, att.attrib))
		}
	}
	if before := putOffBefore(s); before != nil {
		// "… का भारत दौरा पहले टल गया था। अब वे बुधवार को नई दिल्ली
		// पहुंचे": put off before, made at last.
		history = append(history, timeline.StatusChange{Status: before.status, On: x.reported, Source: cite})
		notes = append(notes, fmt.Sprintf("status %q told as before (%q); the event took place after", before.status, before.statusWord))
	}
	for _, m := range []*mention{first, final} {
		if m == nil {
			continue
		}
		c := cite
		if !off(m) && first != nil && final != nil && off(final) {
			// A plan, then that it is off: the plan cites its own telling.
			c = planCite
			if m.attrib == "" && planAtt == nil {
				c = "article"
			}
		}
		if first, _ := s.when.Days(); m.status == timeline.Held && m.fromTense && s.inferred == "" && !first.IsZero() && first.After(x.reported) {
			// "… और दोनों नेता अगले सप्ताह … शिखर सम्मेलन से इतर मिलने के
			// लिए सहमत हो गए": the past tense is the telling's; what its
			// own date puts after the day of the report is still to come.
			// (An inferred date yields to the tense.)
			history = append(history, timeline.StatusChange{Status: timeline.Announced, On: x.reported, Source: c})
			notes = append(notes, fmt.Sprintf("status %q: told in the past (%q) but dated after the report", timeline.Announced, m.statusWord))
			continue
		}
		if start, end := s.when.Days(); s.kind != timeline.Visit && m.status == timeline.Announced && m.fromTense && m.present && progressive(m.statusWord) && !containsWord(m.text, "शुरू") && s.inferred == "" && s.when.Bound() == date.NoBound &&
			!start.IsZero() && !start.After(x.reported) && end.After(x.reported) && end.After(start.AddDays(1)) && (final == nil || !off(final)) {
			// "एससीओ समिट … समरकंद में आयोजित हो रहा है" on the first of its
			// days: going on, not to come. (A visit "आ रहे हैं" is coming;
			// a meeting of one day told so may be later that day; "आज से
			// शुरू हो रहा है" begins, as heldout27 13's editor drafts it,
			// to come.)
			history = append(history, timeline.StatusChange{Status: timeline.Held, On: x.reported, Source: c})
			notes = append(notes, fmt.Sprintf("status %q: told as going on (%q) on a day of its own dates", timeline.Held, m.statusWord))
			continue
		}
		if _, end := s.when.Days(); planned(m.status) && !m.unfulfilled && !planToldThen(m) && s.inferred == "" && !end.IsZero() && !end.After(x.reported.AddDays(-pastPlan)) && (final == nil || !off(final)) {
			// "… मोदी के पिछले वर्ष जून में हुए नीदरलैंड दौरे के एक वर्ष
			// से कम समय में यहां आ रहे हैं": the future tense is the
			// telling's; what its own date puts more than a month before
			// the report took place, as editors draft it.
			history = append(history, timeline.StatusChange{Status: timeline.Held, On: x.reported, Source: c})
			notes = append(notes, fmt.Sprintf("status %q: told as planned (%q) but dated more than %d days before the report", timeline.Held, m.statusWord, pastPlan))
			continue
		}
		history = append(history, timeline.StatusChange{Status: m.status, On: x.reported, Source: c})
		switch {
		case m.fromTense && m.status == timeline.Announced && m.unfulfilled:
			notes = append(notes, fmt.Sprintf("status %q: a plan told in the past (%q); check whether it took place", m.status, m.statusWord))
		case m.fromTense && m.status == timeline.Announced:
			notes = append(notes, fmt.Sprintf("status %q (planned) guessed from the future tense %q; check who announced it", m.status, m.statusWord))
		case m.fromTense:
			notes = append(notes, fmt.Sprintf("status %q guessed from the past tense %q", m.status, m.statusWord))
		case m == final && first != nil:
			notes = append(notes, fmt.Sprintf("status %q guessed from %q later in the story; it overrides %q", m.status, m.statusWord, first.status))
		default:
			notes = append(notes, fmt.Sprintf("status %q guessed from %q", m.status, m.statusWord))
		}
	}
	if p := s.parent; final == nil && p != nil && (first == nil || planned(first.status)) && !x.toldApart(s) && !slices.ContainsFunc(s.ms, func(m *mention) bool { return m.offLifted }) && !x.attendedOnline(s) {
		// "यह दौरा 15 दिसंबर से … चलना था. जिसमे … वार्ता करने वाले थे"
		// and the visit is called off: what was to happen during it is
		// called off with it, if the one who calls it off is of it;
		// not a frame the calling off was told by (offLifted), nor a
		// gathering the traveller is told to join online.
		if _, pf := storyStatus(p); pf != nil && sharesCountry(pf.people, parts) {
			history = append(history, timeline.StatusChange{Status: pf.status, On: x.reported, Source: cite})
			notes = append(notes, fmt.Sprintf("status %q: the %s it was part of is %s (%q)", pf.status, p.kind, pf.status, pf.statusWord))
			first = pf
		}
	}
	if first == nil && final == nil {
		notes = append(notes, "status not guessed: no status word or tense found")
	}
	if lead.hedge != "" {
		notes = append(notes, fmt.Sprintf("hedged (%q): the claim is second-hand", lead.hedge))
	}

	// Spans: the telling that dated it first, then the others.
	primary := lead.sent
	var also []timeline.Span
	seen := map[span]bool{primary: true}
	for _, m := range s.ms {
		if !seen[m.sent] {
			seen[m.sent] = true
			also = append(also, timeline.Span{Start: m.sent.start, End: m.sent.end})
		}
	}
	if len(also) > 0 {
		notes = append(notes, fmt.Sprintf("told %d times in the text: one draft, with every telling in draft.also", len(also)+1))
	}

	if !place.IsZero() {
		notes = append(notes, fmt.Sprintf("place from %q", firstPlaceName(s)))
	}

	n := len(x.events) + 1
	id := draftID(n, s.when.Start())
	label := kindLabels[s.kind]
	if label == "" {
		label = "घटना"
	}
	title := label
	if lead.listed && lead.label != "" {
		title = lead.label + " " + label // "पूर्वी एशिया शिखर सम्मेलन": one of two the sentence names
		notes = append(notes, fmt.Sprintf("one of the summits the sentence names in a list: this one is %q", lead.label))
	}
	if lead.date != nil && s.inferred == "" {
		title += " — " + lead.date.Text
		if lead.nextDay {
			title += " के अगले दिन"
		}
		if lead.daysEarlier > 0 {
			title += fmt.Sprintf(" से %d दिन पहले", lead.daysEarlier)
		}
		if lead.daysLater > 0 {
			title += fmt.Sprintf(" के %d दिन बाद", lead.daysLater)
		}
	}
	kind := s.kind
	if kind == timeline.MultilateralMeeting && leadersOnly(parts) && !x.ofOthers(s) {
		// "… वर्चुअल तरीके से आयोजित इस महीने का तीसरा सम्मेलन है,
		// जिसमें प्रधानमंत्री … राष्ट्रपति … शामिल हुए", "क्वाड की बैठक"
		// of its leaders: a meeting of heads is a summit.
		kind = timeline.Summit
		title = strings.Replace(title, kindLabels[s.kind], kindLabels[kind], 1)
		notes = append(notes, "a meeting of heads of state or government only: a summit")
	}
	parts = x.fullNames(parts)
	e := timeline.Event{
		ID:           id,
		Kind:         kind,
		Title:        timeline.Text{Hi: valid(title)},
		Description:  timeline.Text{Hi: valid(x.text[primary.start:primary.end])},
		When:         s.when,
		Place:        place,
		Participants: parts,
		History:      history,
		Sources:      sources,
		Draft: &timeline.Draft{From: x.opts.From, Start: primary.start, End: primary.end, Also: also,
			DateInferred: s.inferred != "", Notes: notes},
	}
	if legs := x.tourLegs(s, lead, e); legs != nil {
		x.events = append(x.events, legs...)
		return
	}
	if years := x.yearsListed(lead); years != nil && s.inferred == "" {
		x.events = append(x.events, x.byTraveller(x.eachYear(e, years), lead)...)
		return
	}
	if days := eachDayOf(e.When, lead.times); days != nil && s.inferred == "" {
		x.events = append(x.events, x.byTraveller(x.eachDay(e, days), lead)...)
		return
	}
	if each := x.byTraveller([]timeline.Event{e}, lead); len(each) > 1 {
		x.events = append(x.events, each...)
		return
	}
	sides, group := x.separateSides(s, lead)
	counterparts := sides // before any is found drafted elsewhere; sidesOf's cache is never written through
	if group {
		// The counterparts of a group met together: one meeting of the
		// group, with every member named; by video, one call of them all.
		if e.Kind != timeline.PhoneCall {
			e.Kind = timeline.MultilateralMeeting
			e.Title.Hi = strings.Replace(e.Title.Hi, kindLabels[s.kind], kindLabels[e.Kind], 1)
		}
		e.Draft.Notes = append(e.Draft.Notes, "the counterparts are named as a group of countries: one multilateral meeting")
		for _, p := range sides {
			e.Participants = withSide(e.Participants, p)
		}
		sides = nil
	}
	if len(sides) >= 2 {
		// A side that another telling drafts as a meeting of its own
		// ("… मालदीव के विदेश मंत्री … के साथ बातचीत की") is that one.
		all := len(sides)
		// One country's office holders are told apart by person: "… मोदी
		// से मिलेंगे। … वह राष्ट्रपति, उप-राष्ट्रपति और … से भी मिलेंगे"
		// meets three more.
		byPerson := !slices.ContainsFunc(sides, func(p person) bool { return p.Country != sides[0].Country })
		sides = slices.DeleteFunc(slices.Clone(sides), func(p person) bool { return x.meetsElsewhere(s, p, byPerson) })
		if len(sides) == 1 && all > 1 {
			gone := slices.DeleteFunc(slices.Clone(counterparts), func(p person) bool { return p.Country == sides[0].Country })
			e.Participants = slices.DeleteFunc(e.Participants, func(p timeline.Participant) bool {
				// The subject's side stays, home or not ("ट्रंप ने …").
				return p.Country != "" && slices.ContainsFunc(gone, func(q person) bool { return q.Country == p.Country })
			})
			e.Participants = withSide(e.Participants, sides[0])
		}
	}
	if len(sides) > 3 && e.Status() == timeline.Proposed {
		// "… ऑस्ट्रेलिया, जापान, लाओस, मलेशिया, न्यूजीलैंड, फिलीपींस, कोरिया
		// गणराज्य और अमेरिका के रक्षा मंत्रियों के साथ द्विपक्षीय बैठकें होने
		// की संभावना है": talks only likely, with many, are one plan to
		// an editor, naming them all.
		for _, p := range sides {
			e.Participants = withSide(e.Participants, p)
		}
		if !slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Country == x.home }) {
			if q, ok := x.homeBefore(lead); ok {
				e.Participants = append(e.Participants, q) // "उनकी … के साथ बैठकें होने की संभावना है"
			}
		}
		e.Draft.Notes = append(e.Draft.Notes, fmt.Sprintf("talks only likely with counterparts of %d countries: one draft naming them all", len(sides)))
		sides = nil
	}
	if len(sides) < 2 {
		x.events = append(x.events, e)
		return
	}
	// "X ने A, B और C से मुलाकात की": one meeting with each counterpart's
	// side, as an editor drafts them.
	oneCountry := !slices.ContainsFunc(sides, func(p person) bool { return p.Country != sides[0].Country })
	for _, side := range sides {
		c := side.Country
		f := e
		f.ID = draftID(len(x.events)+1, s.when.Start())
		f.Participants = nil
		for _, p := range e.Participants {
			// The subject's side stays, home or not ("ट्रंप ने A और B के
			// नेताओं से बात की"); the other counterparts go.
			var other bool
			if oneCountry {
				// Counterparts of one country by their offices: the
				// others of it go, and another named holder of the same
				// office ("विपक्ष के नेता … और माओवादी नेता …").
				other = p.Country == c && !samePerson(p, side.Participant) && (officeKey(p.Title.Hi) != officeKey(side.Title.Hi) || p.Name.Hi != "" && side.Name.Hi != "")
			} else {
				other = p.Country != c && slices.ContainsFunc(counterparts, func(q person) bool { return q.Country == p.Country })
			}
			if !other {
				f.Participants = append(f.Participants, p)
			}
		}
		if oneCountry && !slices.ContainsFunc(f.Participants, func(p timeline.Participant) bool {
			return samePerson(p, side.Participant) || officeKey(p.Title.Hi) == officeKey(side.Title.Hi) && p.Country == c
		}) {
			f.Participants = append(f.Participants, validParticipant(side.Participant))
		}
		f.Participants = withSide(f.Participants, side)
		if !oneCountry {
			f.Participants = oneUnnamedCounterpart(f.Participants, c, x.home)
		}
		if oneForeignSide(f.Participants, x.home) {
			if q, ok := x.homeBefore(lead); ok {
				f.Participants = append(f.Participants, q) // "उन्होंने A, B और C के समकक्षों से …"
			}
		}
		d := *e.Draft
		note := fmt.Sprintf("one of %d meetings the sentence tells with counterparts of different countries: this one with %s", len(sides), c)
		if oneCountry {
			note = fmt.Sprintf("one of %d meetings the sentence tells with counterparts of %s by their offices: this one with the %s", len(sides), c, side.Title.Hi)
		}
		d.Notes = append(slices.Clip(e.Draft.Notes), note)
		f.Draft = &d
		x.events = append(x.events, f)
	}
}

// homeBefore returns the home side's person named last before the end of
// lead's sentence, within homeReach.
func (x *extractor) homeBefore(lead *mention) (timeline.Participant, bool) {
	i := sort.Search(len(x.homeNamed), func(i int) bool { return x.homeNamed[i].start >= lead.sent.end })
	if i == 0 || x.homeNamed[i-1].start < lead.sent.start-homeReach {
		return timeline.Participant{}, false
	}
	q := x.homeNamed[i-1].Participant
	q.Name.Hi, q.Title.Hi = valid(q.Name.Hi), valid(q.Title.Hi)
	return q, true
}

// storyBefore returns the story told last before offset at, within
// homeReach bytes, or nil.
func (x *extractor) storyBefore(at int) *story {
	var best *story
	bestEnd := -1
	for _, o := range x.stories {
		for _, m := range o.ms {
			if m.clause.end <= at && at-m.clause.end <= homeReach && m.clause.end > bestEnd {
				best, bestEnd = o, m.clause.end
			}
		}
	}
	return best
}

// namesIssuer reports a clause that says who issued its statement, though
// no person: an agent with "ने" ("जी7 देशों ने", "विपक्षी दलों ने"), a
// country or a demonym ("भारत और अमेरिका का संयुक्त बयान"), or a group
// ("क्वाड का संयुक्त बयान").
// A country or a group the statement is about ("यूक्रेन पर", "क्वाड पर",
// "पाकिस्तान से … की मांग") is no issuer.
func (x *extractor) namesIssuer(c span) bool {
	toks := x.tokens(c.start, c.end)
	for k, t := range toks {
		_, country := countryCode(t.text)
		if t.key == "ने" {
			return true
		}
		if !country && demonyms[t.text] == "" && !groupWords.has(t.key) {
			continue
		}
		if k+1 < len(toks) && hindi.IsPostposition(toks[k+1].text) && !genitives.has(toks[k+1].key) {
			continue // the topic, not the issuer
		}
		return true
	}
	return false
}

var genitives = setOf("का", "की", "के")

// jointWords make a statement or a press conference both sides' one.
var jointWords = setOf("संयुक्त", "साझा")

// homeReach is how far before a meeting's sentence, in bytes, the home
// side's person it is given may be named: two or three sentences.
const homeReach = 1200

// sideLeader reports a source that is the head of state or government of
// a side the draft names by its country, or by that office: "भूटान के
// प्रधानमंत्री शेरिंग टोबगे ने कहा" of Modi's visit to Bhutan, hosted by
// Bhutan, is the host's own words, no source the report relies on.
func (x *extractor) sideLeader(source string, parts []timeline.Participant) bool {
	if source == "" {
		return false
	}
	ps := people(source, tokenize(source, 0, len(source)), nil, x.home, "")
	if len(ps) != 1 || ps[0].homeGuess || ps[0].Country == "" || !headOffices.has(officeKey(ps[0].Title.Hi)) || strings.TrimSpace(source[min(ps[0].end, len(source)):]) != "" {
		return false // "ब्रिटेन के प्रधानमंत्री के प्रवक्ता": his staff, a source
	}
	return slices.ContainsFunc(parts, func(p timeline.Participant) bool {
		return p.Country == ps[0].Country && (p.Title.Hi == "" || officeKey(p.Title.Hi) == officeKey(ps[0].Title.Hi))
	})
}

// oneForeignSide reports participants all of one foreign country, none of
// home.
func oneForeignSide(ps []timeline.Participant, home string) bool {
	c := ""
	for _, p := range ps {
		switch {
		case p.Country == home:
			return false
		case p.Country == "":
		case c == "":
			c = p.Country
		case c != p.Country:
			return false
		}
	}
	return c != ""
}

// withSide adds counterpart p to ps unless someone of p's country is
// there already.
func withSide(ps []timeline.Participant, p person) []timeline.Participant {
	if slices.ContainsFunc(ps, func(q timeline.Participant) bool { return q.Country == p.Country }) {
		return ps
	}
	return append(slices.Clip(ps), validParticipant(p.Participant))
}

// oneUnnamedCounterpart drops an unnamed "समकक्ष" of country c when
// another unnamed participant of c holds the home side's office: "घाना और
// केन्या के अपने समकक्षों से" and "घाना और केन्या के विदेश मंत्रियों से",
// said of the foreign minister and split one side each, tell one minister
// of each, not two. A minister of another office ("जापान के विदेश मंत्री
// और अपने जापानी समकक्ष से", said of the defence minister) is another.
func oneUnnamedCounterpart(ps []timeline.Participant, c, home string) []timeline.Participant {
	unnamed := func(p timeline.Participant) bool { return p.Country == c && p.Name.Hi == "" }
	counterpart := func(p timeline.Participant) bool { return strings.HasPrefix(p.Title.Hi, "समकक्ष") }
	sameOffice := slices.ContainsFunc(ps, func(p timeline.Participant) bool {
		return unnamed(p) && !counterpart(p) && slices.ContainsFunc(ps, func(h timeline.Participant) bool {
			return h.Country == home && h.Title.Hi != "" && officeKey(singularOffice(h.Title.Hi)) == officeKey(singularOffice(p.Title.Hi))
		})
	})
	if !sameOffice {
		return ps
	}
	return slices.DeleteFunc(slices.Clone(ps), func(p timeline.Participant) bool { return unnamed(p) && counterpart(p) })
}

// singularOffice folds the plural of an office to its singular:
// "विदेश मंत्रियों" to "विदेश मंत्री", "विदेश सचिवों" to "विदेश सचिव".
func singularOffice(o string) string {
	if rest, ok := strings.CutSuffix(o, "मंत्रियों"); ok {
		return rest + "मंत्री"
	}
	if rest, ok := strings.CutSuffix(o, "सचिवों"); ok {
		return rest + "सचिव"
	}
	return o
}

// fullNames gives a participant named by one word the other words of the
// full name the text gives that person elsewhere: "राष्ट्रपति जेलेंस्की"
// after "यूक्रेन के राष्ट्रपति वलोडिमिर ज़ेलेंस्की" is "वलोडिमिर
// जेलेंस्की", the word kept as this telling spells it. Only a name the
// text gives one person of that country: of two full names that share the
// word ("राष्ट्रपति गोटबाया राजपक्षे", "प्रधानमंत्री महिंदा राजपक्षे"),
// the one of the participant's office, or none; never a former holder's
// name, nor one told with another office. It returns ps, changed in
// place.
func (x *extractor) fullNames(ps []timeline.Participant) []timeline.Participant {
	for i, p := range ps {
		short := p.Name.Hi
		if short == "" || p.Country == "" || strings.Contains(short, " ") {
			continue
		}
		// The full names that fit (known holds each under every word of
		// it), and those of them of this office.
		var fits, inOffice []string
		for _, q := range slices.Concat(x.fullNamesOf("f:"+hindi.Fold(short)), x.fullNamesOf("c:"+consonantKey(short))) {
			if q.Country != p.Country || !strings.Contains(q.Name.Hi, " ") || slices.Contains(fits, q.Name.Hi) || x.formerNames[q.Name.Hi] ||
				p.Title.Hi != "" && q.Title.Hi != "" && officeKey(p.Title.Hi) != officeKey(q.Title.Hi) && !genericTitles.has(p.Title.Hi) && !genericTitles.has(q.Title.Hi) ||
				!slices.ContainsFunc(strings.Fields(q.Name.Hi), func(w string) bool { return sameSpelling(w, short) }) {
				continue // not a former holder, nor one of another office ("विदेश मंत्री क्लिंटन", "बिल क्लिंटन")
			}
			fits = append(fits, q.Name.Hi)
			if p.Title.Hi != "" && q.Title.Hi == p.Title.Hi {
				inOffice = append(inOffice, q.Name.Hi)
			}
		}
		full := ""
		switch {
		case len(fits) == 1:
			full = fits[0]
		case len(inOffice) == 1:
			full = inOffice[0] // "प्रधानमंत्री राजपक्षे": the prime minister of the two
		}
		if full != "" {
			words := strings.Fields(full)
			for k, w := range words {
				if sameSpelling(w, short) {
					words[k] = short
				}
			}
			ps[i].Name.Hi = strings.Join(words, " ")
		}
	}
	return ps
}

// fullNamesOf returns the full names known under key (fullIndex), the
// index built anew when known has grown: looking each short name up there,
// rather than reading all of known, keeps fullNames linear in the text.
func (x *extractor) fullNamesOf(key string) []timeline.Participant {
	if x.fullIndex == nil || x.fullKnown != len(x.known) {
		x.fullIndex, x.fullKnown = map[string][]timeline.Participant{}, len(x.known)
		seen := map[string]bool{}
		for _, q := range x.known {
			if !strings.Contains(q.Name.Hi, " ") || seen[q.Name.Hi+"|"+q.Country] {
				continue
			}
			seen[q.Name.Hi+"|"+q.Country] = true
			for w := range strings.FieldsSeq(q.Name.Hi) {
				for _, k := range [...]string{"f:" + hindi.Fold(w), "c:" + consonantKey(w)} {
					x.fullIndex[k] = append(x.fullIndex[k], q)
				}
			}
		}
	}
	return x.fullIndex[key]
}

// consonantKey is the consonants of a Devanagari word in order, as
// consonantOf reads them and sameConsonants compares them.
func consonantKey(w string) string {
	var b strings.Builder
	for _, r := range w {
		if c, ok := consonantOf(r); ok {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// genericTitles name an office loosely, so that they never contradict
// another: "चीनी नेता शी" is "राष्ट्रपति शी जिनपिंग".
var genericTitles = setOf("नेता", "मंत्री", "केंद्रीय मंत्री", "समकक्ष", "प्रतिनिधि")

// validParticipant returns p with its name and title made valid UTF-8.
func validParticipant(p timeline.Participant) timeline.Participant {
	p.Name.Hi, p.Title.Hi = valid(p.Name.Hi), valid(p.Title.Hi)
	return p
}

// meetsElsewhere reports another meeting story (another call, for a
// call), on days that overlap s's, whose lead names a counterpart of
// side's country, or side itself when byPerson.
func (x *extractor) meetsElsewhere(s *story, side person, byPerson bool) bool {
	same := func(p person) bool {
		if byPerson {
			return p.counterpart && samePerson(p.Participant, side.Participant)
		}
		// "मोदी और … पुतिन के बीच … वार्ता हुई": a foreigner named in
		// talks is met there, counterpart or not.
		return p.Country == side.Country && (p.counterpart || side.Name.Hi == "" && p.Name.Hi != "" && p.Country != x.home)
	}
	for _, o := range x.stories {
		// (A summit framing the talks, "… मैक्रों से जी-7 शिखर सम्मेलन से
		// इतर मुलाकात की", has the clause's people for its own: they are
		// met in the talks, not in it.)
		if o != s && o.first.frame && o.first.sent == s.first.sent && o.kind != timeline.Summit && o.kind != timeline.MultilateralMeeting && slices.ContainsFunc(o.first.people, same) {
			return true // "ज़ेलेंस्की से मुलाकात के एक दिन बाद पुतिन से फोन पर बात की": the frame's counterpart, any day
		}
		talks := o.kind == timeline.BilateralMeeting || o.kind == timeline.SidelineMeeting
		if s.kind == timeline.PhoneCall {
			talks = o.kind == timeline.PhoneCall // "पुतिन से फोन पर बात की और … जेलेंस्की को भी फोन किया": two calls
		}
		if o == s || !talks {
			continue
		}
		if !o.when.IsZero() && !s.when.IsZero() && !overlaps(o.when, s.when) && !(s.inferred != "" && x.daysBefore(o.when, s.when, 7)) {
			continue // a meeting on another day is another meeting; but a list told undated may sum up the week
		}
		lead := o.dated
		if lead == nil {
			lead = o.first
		}
		if _, group := x.sidesOf(lead); group {
			continue // "जी-4 के देशों ब्राजील, जर्मनी और जापान के समकक्षों के साथ": met together, not one by one
		}
		if slices.ContainsFunc(lead.people, same) {
			return true
		}
	}
	return false
}

// assemblyPhrases name the UN General Assembly, a gathering whose session
// foreign ministers attend for days, meeting counterparts between its
// sittings; महासभा alone is any assembly ("हिंदू महासभा").
var assemblyPhrases = []string{"संयुक्त राष्ट्र आम सभा", "यूएन महासभा", "संरा महासभा", "UN महासभा"}

// aboutAssembly reports a report of a UN General Assembly session. It
// is asked once per text.
func (x *extractor) aboutAssembly() bool {
	for _, w := range [...]string{"UNGA", "Unga", "unga"} {
		if containsWord(x.text, w) { // "#UNGA79", not "Hungary"
			return true
		}
	}
	if strings.Contains(x.text, "यूएनजीए") {
		return true
	}
	for _, p := range assemblyPhrases {
		if strings.Contains(x.text, p) {
			return true
		}
	}
	// "महासभा के सत्र से अलग", the UN named elsewhere
	return strings.Contains(x.text, "महासभा") && (strings.Contains(x.text, "संयुक्त राष्ट्र") || strings.Contains(x.text, "महासभा के सत्र") || strings.Contains(x.text, "महासभा सत्र"))
}

// namesCall reports a text that names a phone call somewhere, by a phone
// word of its own: "फोन", "टेलीफोन", "कॉल", not "स्मार्टफोन" or "कॉलेज".
func namesCall(text string) bool {
	for w := range phoneWords.words {
		if containsWord(text, w) {
			return true
		}
	}
	return false
}

// namesNoGathering reports a text that tells no summit, meeting, visit,
// arrival, venue or press conference anywhere, by a word that starts with
// one of gatheringStems or is one of gatheringWords: leaders who "spoke"
// in it did not meet.
func namesNoGathering(text string) bool {
	for _, stem := range gatheringStems {
		if indexWordStart(text, stem, notGathering) >= 0 {
			return false
		}
	}
	for _, w := range gatheringWords {
		if indexWord(text, w, notGathering) >= 0 {
			return false
		}
	}
	return true
}

// notGathering reports the word at text[i:j] as part of a phrase that
// tells no gathering: "मिलकर काम करने पर सहमत हुए", "मिलकर कार्य" is
// working together (not "मिलकर कार्यक्रम स्थल पर गए"), "डॉक्टरों के
// यहां" at someone's place.
func notGathering(text string, i, j int) bool {
	switch w := text[i:j]; {
	case w == "मिलकर":
		rest := text[j:]
		return strings.HasPrefix(rest, " काम ") || strings.HasPrefix(rest, " कार्य ")
	case strings.HasPrefix(w, "यहां") || strings.HasPrefix(w, "यहाँ"):
		return strings.HasSuffix(text[:i], "के ")
	}
	return false
}

// gatheringStems start the words that tell people together: "सम्मेलन",
// "यात्रा", "मुलाकात", "यहां", "हैदराबाद हाउस", "प्रेस वार्ता".
// Each is listed in every nukta encoding too ("मुलाक़ात" named no
// gathering, and a meeting so spelt became a call).
var gatheringStems = withSpellings("सम्मेलन", "शिखर", "यात्र", "मुलाकात", "मुलाक़ात", "मुलकात", "भेंट", "बैठक", "पहुं", "पहुँ", "पंहु",
	"प्रतिनिधिमंडल", "शिष्टमंडल", "मेजबान", "मेज़बान", "स्वागत", "यहां", "यहाँ", "वहां", "वहाँ", "हाउस", "भवन", "मुख्यालय", "प्रेस",
	"संवाददाता", "आमने-सामने")

// withSpellings returns ws with every nukta encoding of each
// (hindi.Spellings).
func withSpellings(ws ...string) []string {
	var out []string
	for _, w := range ws {
		for _, v := range hindi.Spellings(w) {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// gatheringWords are whole words: the forms of मिलना that tell a meeting,
// not a getting ("मिलेगा अवसर"), and दौरा, not दौरान.
var gatheringWords = []string{"मिले", "मिलीं", "मिलकर", "मिलेंगे", "मिलेंगी", "दौरा", "दौरे", "दौरों"} // not दौरान

// containsWordStart reports stem in text at the start of a word: no
// letter or mark (as the tokenizer reads them) right before it.
func containsWordStart(text, stem string) bool {
	return indexWordStart(text, stem, nil) >= 0
}

// indexWordStart returns the offset of stem in text at the start of a
// word whose occurrence skip (if not nil) does not rule out, or -1.
func indexWordStart(text, stem string, skip func(text string, i, j int) bool) int {
	for off := 0; ; {
		i := strings.Index(text[off:], stem)
		if i < 0 {
			return -1
		}
		i += off
		if before, _ := utf8.DecodeLastRuneInString(text[:i]); !hindi.IsWordRune(before) && (skip == nil || !skip(text, i, i+len(stem))) {
			return i
		}
		off = i + len(stem)
	}
}

// containsWord reports w in text as a word of its own: no letter or mark
// (as the tokenizer reads them) right before or after it.
func containsWord(text, w string) bool {
	return indexWord(text, w, nil) >= 0
}

// indexWord returns the offset of w in text as a word of its own whose
// occurrence skip (if not nil) does not rule out, or -1.
func indexWord(text, w string, skip func(text string, i, j int) bool) int {
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if !hindi.IsWordRune(before) && !hindi.IsWordRune(after) && (skip == nil || !skip(text, i, i+len(w))) {
			return i
		}
		off = i + len(w)
	}
}

// sidelines makes a bilateral meeting abroad a sideline one when the
// report is about a session of the UN General Assembly ("… महासभा के सत्र
// में भाग लेने के लिए अमेरिका में हैं। … ने शुक्रवार को सिंगापुर के अपने
// समकक्ष से मुलाकात की"). A meeting during a summit is left bilateral
// unless its sentence says "से इतर": editors draft a visit's talks with
// the host, or talks "before the conference", as bilateral meetings.
func (x *extractor) sidelines(ss []*story) {
	x.summitSidelines(ss)
	if !x.aboutAssembly() {
		return
	}
	for _, s := range ss {
		if s.kind != timeline.BilateralMeeting || s.when.IsZero() || !x.nearDateline(s.when, 10) {
			continue
		}
		lead := s.dated
		if lead == nil {
			lead = s.first
		}
		where := lead.place.Country
		if where == "" {
			where = lead.abroad
		}
		if where == x.home {
			continue // at home: a guest's call on the host is no sideline
		}
		// Nowhere said: in a report of the session, at the session
		// (heldout3 03 and 04 name New York once, in another sentence).
		s.kind = timeline.SidelineMeeting
		s.wnotes = append(s.wnotes, "a sideline meeting: the report is about a session of the UN General Assembly")
	}
}

// summitSidelines makes sideline meetings of the meetings held on a day
// of a summit of many countries the article tells ("ये नेता यहां
// भारत-अफ्रीका शिखर सम्मेलन में हिस्सा लेने आये हुए हैं … प्रधानमंत्री ने
// … राष्ट्रपति … से मुलाकात की"), unless the counterpart's country is on a
// visit of its own the article tells: a state visit's talks are no
// sideline.
func (x *extractor) summitSidelines(ss []*story) {
	for _, s := range ss {
		// "जी-20 शिखर सम्मेलन से पहले … बाइडन और जिनपिंग के बीच
		// मुलाकात": two guests of a group's summit, neither of them
		// home, meet at its venue; a talk with the host or with home
		// "before the conference" stays bilateral.
		if s.kind != timeline.BilateralMeeting {
			continue
		}
		sides := talkSides(s)
		if _, home := sides[x.home]; home || len(sides) < 2 {
			continue
		}
		if slices.ContainsFunc(s.ms, func(m *mention) bool {
			return m.after && (m.afterKind == timeline.Summit || m.afterKind == timeline.MultilateralMeeting) && groupNamedAt(x.text, m.afterAt) && justAround(x.text, m.afterAt)
		}) {
			s.kind = timeline.SidelineMeeting
			s.wnotes = append(s.wnotes, "a sideline meeting: two guests of a group's summit meet just before or after it")
		}
	}
	var summits []*story
	for _, s := range ss {
		if s.kind == timeline.Summit && !s.when.IsZero() && !s.when.IsApprox() && manyCountries(x.text, s) {
			summits = append(summits, s)
		}
	}
	if len(summits) == 0 {
		return
	}
	for _, s := range ss {
		if s.kind != timeline.BilateralMeeting || s.when.IsZero() {
			continue
		}
		if slices.ContainsFunc(s.ms, func(m *mention) bool {
			return m.after && (m.afterKind == timeline.Summit || m.afterKind == timeline.MultilateralMeeting)
		}) {
			continue // "शिखर सम्मेलन से पहले/के बाद … मुलाकात": not at it
		}
		if !slices.ContainsFunc(summits, func(t *story) bool { return within(s.when, t.when) && !elsewhere(s, t) }) {
			continue
		}
		visiting := false
		for c := range talkSides(s) {
			for _, v := range ss {
				if v.kind == timeline.Visit && v != s && slices.Contains(visitCountries(v), c) && c != x.home {
					visiting = true
				}
			}
		}
		if !visiting {
			s.kind = timeline.SidelineMeeting
			s.wnotes = append(s.wnotes, "a sideline meeting: held on a day of the summit the article tells")
		}
	}
}

// elsewhere reports a meeting and a summit the text places in different
// cities or countries: "आसियान शिखर सम्मेलन … कुआलालंपुर में … नई दिल्ली
// में … मुलाकात की".
func elsewhere(meeting, summit *story) bool {
	where := func(s *story) (city, country string) {
		for _, m := range s.ms {
			if city == "" {
				city = m.city
			}
			if country == "" {
				country = m.place.Country
			}
		}
		return city, country
	}
	mc, mk := where(meeting)
	sc, sk := where(summit)
	return mc != "" && sc != "" && mc != sc || mk != "" && sk != "" && mk != sk
}

// manyCountries reports a summit named as one of a group or a region
// ("भारत-अफ्रीका शिखर सम्मेलन", "आसियान शिखर सम्मेलन", "जी-20"), not
// the annual summit of two countries.
func manyCountries(text string, s *story) bool {
	for _, m := range s.ms {
		toks := tokenize(text, m.clause.start, m.clause.end)
		if len(countryActors(text, toks)) == 2 {
			return false // "भारत-दक्षिण अफ्रीका शिखर सम्मेलन": two countries'
		}
		if groupBefore(toks, len(toks)) || slices.ContainsFunc(toks, func(t token) bool { return groupWords.has(t.key) }) {
			return true
		}
		for i, t := range toks {
			if regionWords.has(t.key) && (i == 0 || !regionPrefixes.has(toks[i-1].key)) {
				return true
			}
		}
	}
	return false
}

// justAround reports "… से पहले" or "… के बाद" right after the frame word
// at byte at, with no gap of more than a day measured between: not "शिखर
// सम्मेलन से दो महीने पहले", "… के तीन हफ्ते बाद"; but "कुछ घंटे पहले",
// "एक दिन पहले" are just before.
func justAround(text string, at int) bool {
	toks := tokenize(text, at, min(len(text), at+200))
	for i, t := range toks {
		if t.key == "पहले" || t.key == "बाद" {
			return true
		}
		hours := t.key == "घंटे" || t.key == "घंटों"
		oneDay := t.key == "दिन" && i > 0 && toks[i-1].key == "एक"
		if gapUnits.has(t.key) && !hours && !oneDay {
			return false
		}
	}
	return false
}

// groupNamedAt reports a group's name ("जी-20", "एससीओ") before the
// summit word at byte at.
func groupNamedAt(text string, at int) bool {
	from := max(0, at-300)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	toks := tokenize(text, from, min(len(text), at+40))
	i := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
	return i > 0 && groupBefore(toks, i)
}

// regionPrefixes before a region word make it a country: "दक्षिण
// अफ्रीका", "मध्य अफ्रीकी गणराज्य".
var regionPrefixes = setOf("दक्षिण", "मध्य")

// regionWords name regions whose summits meet many countries.
var regionWords = setOf("अफ्रीका", "भारत-अफ्रीका", "अफ्रीकी", "नॉर्डिक", "भारत-नॉर्डिक", "यूरोपीय", "एशिया", "प्रशांत", "खाड़ी", "इस्लामिक", "राष्ट्रमंडल")

// nearDateline reports a date within n days of the dateline.
func (x *extractor) nearDateline(w date.When, n int) bool {
	ws, we := w.Days()
	return !ws.Before(x.reported.AddDays(-n)) && !we.After(x.reported.AddDays(n+1))
}

// daysBefore reports a date a that ends no later than b and starts at
// most n days before b starts: the same stay, told once with a date.
func (x *extractor) daysBefore(a, b date.When, n int) bool {
	as, ae := a.Days()
	bs, be := b.Days()
	return !ae.After(be) && !as.Before(bs.AddDays(-n))
}

// allGuessed reports people whose countries are all home by default.
func allGuessed(ps []person) bool {
	for _, p := range ps {
		if !p.homeGuess {
			return false
		}
	}
	return true
}

// togetherWords mark a meeting of several sides at once, one event:
// "त्रिपक्षीय बैठक", "संयुक्त बैठक", "एक साथ".
var togetherWords = setOf("त्रिपक्षीय", "बहुपक्षीय", "चतुष्पक्षीय", "संयुक्त", "सामूहिक", "साथ-साथ")

// separateSides returns the foreign countries of a meeting that its lead
// telling names as counterparts of two or more countries ("मोदी ने A के
// राष्ट्रपति और B के प्रधानमंत्री से मुलाकात की", "A, B और C के अपने
// समकक्षों के साथ द्विपक्षीय बैठकें कीं"): separate meetings, one each.
// A meeting of several sides together ("त्रिपक्षीय", "संयुक्त", "एक
// साथ") is one event, and so is any other kind.
func (x *extractor) separateSides(s *story, lead *mention) (sides []person, group bool) {
	if s.kind != timeline.BilateralMeeting && s.kind != timeline.SidelineMeeting && s.kind != timeline.PhoneCall || lead.generic && lead.refers {
		return nil, false
	}
	if lead.frame && s.first.frame && len(lead.people) > 0 {
		// "ज़ेलेंस्की से मुलाकात के एक दिन बाद … पुतिन से फोन पर बात
		// की": a frame drafted as an event has its own sides, not the
		// sentence's.
		return nil, false
	}
	// "… ने द्विपक्षीय बैठकें कीं। … ने A के विदेश मंत्री …, B के … से
	// मुलाकात की": the list may be in another telling than the lead.
	// But a lead that names its one counterpart by name keeps it: a
	// headline's list ("… शिनवात्रा से द्विपक्षीय बातचीत करेंगे, … यूनुस
	// से भी मिल सकते हैं") may join other clauses.
	if subjects := x.separately(lead); len(subjects) >= 2 {
		return subjects, false
	}
	ownOne := x.namesOneCounterpart(lead)
	seen := map[span]bool{}
	for _, m := range append([]*mention{lead}, s.ms...) {
		if m != lead && (m.frame || m.refers || ownOne) || seen[m.sent] {
			continue
		}
		seen[m.sent] = true // the sides are the sentence's: one look per sentence
		if out, group := x.sidesOf(m); len(out) >= 2 {
			if !group && !lead.frame && groupNamedAt(x.text, lead.wordAt) && !containsAny(x.text[m.clause.start:m.clause.end], bilateralWord) && !m.after && !strings.Contains(m.text, "इसके बाद") {
				// "मोदी आज क्वाड लीडर्स की वर्चुअल मीटिंग में हिस्सा लेंगे।
				// वह … बिडेन, … मॉरिसन और … किशिदा के साथ बैठक में भाग
				// लेंगे": the group's meeting, its members met together; not
				// talks told as bilateral, or as after it ("इसके बाद वह …
				// बाइडन और … किशिदा के साथ द्विपक्षीय बैठक करेंगे").
				group = true
			}
			if m.after && m.afterAt > m.clause.start {
				// "ज़ेलेंस्की से मुलाकात के एक महीने बाद पुतिन से फोन पर
				// बात की": the one met before is the frame's, not a side.
				out = slices.DeleteFunc(slices.Clone(out), func(p person) bool { return p.start >= m.clause.start && p.start < m.afterAt })
				if len(out) < 2 {
					return nil, false
				}
			}
			return out, group
		}
	}
	return nil, false
}

// separately returns the people of two or more countries who each meet
// the one counterpart of m "अलग-अलग" (separately): "तालिबान के प्रमुख
// नेता और अफगानिस्तान के राष्ट्रपति … उनसे अलग-अलग बैठक में मिलने वाले
// थे" are two meetings, each with one of them.
func (x *extractor) separately(m *mention) []person {
	// Separately met, not "अलग-अलग ट्वीट में … मुलाकात" (in separate tweets).
	if c := x.text[m.clause.start:m.clause.end]; !strings.Contains(c, "अलग-अलग "+m.word) && !strings.Contains(c, "अलग अलग "+m.word) {
		return nil
	}
	var met string // the counterpart's country
	var out []person
	for _, p := range m.people {
		switch {
		case p.Country == "":
		case p.counterpart:
			if met != "" && met != p.Country {
				return nil // counterparts of two countries: the list is theirs
			}
			met = p.Country
		case !slices.ContainsFunc(out, func(q person) bool { return q.Country == p.Country }):
			out = append(out, p)
		}
	}
	out = slices.DeleteFunc(out, func(p person) bool { return p.Country == met })
	if met == "" || len(out) < 2 {
		return nil
	}
	return out
}

// namesOneCounterpart reports a telling that names by name counterparts
// of one foreign country only.
func (x *extractor) namesOneCounterpart(m *mention) bool {
	country := ""
	for _, p := range m.people {
		if !p.counterpart || p.Country == "" || p.Country == x.home {
			continue
		}
		if p.Name.Hi == "" || country != "" && p.Country != country {
			return false
		}
		country = p.Country
	}
	return country != ""
}

// sidesOf returns the first counterpart of each foreign country a
// telling's sentence names, when they are of two countries or more and
// not met together; or that they are a group met together ("जी-4 के
// देशों …").
func (x *extractor) sidesOf(m *mention) ([]person, bool) {
	key := sidesKey{m.sent, m.clause, m.abroad}
	if r, ok := x.sides[key]; ok {
		return r.sides, r.group // a long sentence's stories ask again: read it once
	}
	sides, group := x.readSides(m)
	if x.sides == nil {
		x.sides = map[sidesKey]sidesResult{}
	}
	x.sides[key] = sidesResult{sides, group}
	return sides, group
}

// sidesKey and sidesResult cache sidesOf.
type (
	sidesKey struct {
		sent, clause span
		abroad       string
	}
	sidesResult struct {
		sides []person
		group bool
	}
)

func (x *extractor) readSides(m *mention) ([]person, bool) {
	// The sentence's people: a list of counterparts runs across commas
	// that end clauses ("A के प्रधानमंत्री, B के राष्ट्रपति और C के … से").
	// One buffer for the tokens read here: nothing keeps them.
	x.sideToks = appendTokens(x.sideToks[:0], x.text, m.sent.start, m.sent.end)
	toks := x.sideToks
	ps := people(x.text, toks, x.known, x.home, m.abroad)
	for k := range toks {
		// "रूस, दक्षिण अफ्रीका और चीन के साथ द्विपक्षीय मुलाकात": the
		// countries stand for their sides.
		if l := withCountries(x.text, toks, k); len(l) >= 2 {
			for _, c := range l {
				if !slices.ContainsFunc(ps, func(q person) bool { return q.Country == c }) {
					ps = append(ps, person{Participant: timeline.Participant{Country: c}, counterpart: true, start: toks[k].start, end: toks[k].end})
				}
			}
		}
	}
	// "स्वराज ने A के विदेश मंत्री N1, EU की … प्रतिनिधि N2, … और B के
	// विदेश मंत्री N9 से मुलाकात की": only the last of a long list has से
	// after it; the others between the subject's ने and it are
	// counterparts too.
	from, to := -1, -1
	for _, t := range toks {
		if t.key == "ने" {
			from = t.end
			break
		}
	}
	if from < 0 {
		// "सुषमा राष्ट्रपति …, विपक्ष के नेता … और माओवादी नेता … से भी
		// मुलाकात करेंगी": with no ने, the list runs from the subject
		// that opens the clause.
		from = x.subjectEnd(toks, ps)
	}
	byName := false // only those named by name are met
	if from < 0 {
		// "इस दौरान वे चीन के राष्ट्रपति शी जिनपिंग और प्रधानमंत्री ली क्विंग
		// सहित कई अधिकारियों से मुलाकात करेंगे": the subject told before,
		// by its pronoun; a list of bare offices after it ("वह मोजाम्बिक
		// के राष्ट्रपति, रक्षा मंत्री, विदेश मंत्री …") stays one meeting.
		if k := slices.IndexFunc(toks, func(t token) bool { return t.key == "वे" || t.key == "वह" }); k >= 0 && len(ps) > 0 && toks[k].end <= ps[0].start {
			from, byName = toks[k].end, true
		}
	}
	for _, p := range ps {
		if p.counterpart && p.start > from {
			to = p.end
		}
	}
	var out, cps []person
	for _, p := range ps {
		// "A के निमंत्रण पर B से": A invites; "इटली, नॉर्वे और पुर्तगाल के
		// नेताओं सहित कई देशों के नेताओं से": those named are met.
		counterpart := p.counterpart || from >= 0 && p.start > from && p.end <= to && !p.homeGuess && !inviterAt(toks, p.end) && (!byName || p.Name.Hi != "") ||
			from >= 0 && p.start > from && p.Country != "" && includedAt(toks, p.end)
		if counterpart && p.Country != "" {
			cps = append(cps, p)
		}
		if counterpart && p.Country != "" && p.Country != x.home && !slices.ContainsFunc(out, func(q person) bool { return q.Country == p.Country }) {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		// One country's office holders are never a group met together.
		if out = x.officeSides(m, cps); len(out) >= 2 {
			return out, false
		}
		return nil, false
	}
	if groupNamed(x.text, toks) {
		return out, true // "जी-4 के देशों A, B और C के समकक्षों के साथ": the group met
	}
	x.sideToks = appendTokens(x.sideToks[:0], x.text, m.clause.start, m.clause.end) // "बहुपक्षीय मंचों पर" in another clause is no meeting together
	toks = x.sideToks
	if _, ok := hasAny(toks, togetherWords); ok {
		return nil, false
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].key == "एक" && toks[i+1].key == "साथ" {
			return nil, false
		}
	}
	return out, false
}

// subjectEnd returns the end of the person who opens a sentence whose
// tokens are toks, the subject of a sentence without ने, or -1 if the
// sentence opens otherwise. The list may cross commas that cut clauses.
func (x *extractor) subjectEnd(toks []token, ps []person) int {
	if len(toks) == 0 || len(ps) == 0 {
		return -1
	}
	if p := ps[0]; p.start == toks[0].start && !p.counterpart && p.Country == x.home && !p.homeGuess {
		return p.end
	}
	return -1
}

// officeSides returns the counterparts of one country that a telling
// names by different offices ("बांग्लादेश के राष्ट्रपति … और प्रधानमंत्री
// …", "वे राष्ट्रपति …, उप राष्ट्रपति … और विदेश मंत्री … से मिलेंगे"): one
// meeting with each, as an editor drafts them. The subject's own country
// has no counterpart, and a 2+2 dialogue meets its two ministers at once.
func (x *extractor) officeSides(m *mention, cps []person) []person {
	if sent := x.text[m.sent.start:m.sent.end]; strings.Contains(sent, "प्लस") || strings.Contains(sent, "2+2") {
		return nil
	}
	var subject []string
	for _, p := range m.people {
		if !p.counterpart && p.Country != "" && !slices.ContainsFunc(cps, func(q person) bool { return q.start == p.start }) {
			subject = append(subject, p.Country)
		}
	}
	if len(subject) == 0 {
		// "वे पोलैंड के प्रधानमंत्री और राष्ट्रपति से मिलेंगे": no subject
		// named (a pronoun, or none); foreign counterparts are met from
		// home.
		subject = []string{x.home}
	}
	if t := x.text[m.clause.start:m.clause.end]; strings.Contains(t, "एक साथ") || strings.Contains(t, "संयुक्त रूप से") {
		return nil // "विदेश मंत्री और रक्षा मंत्री से एक साथ मुलाकात की": one meeting
	}
	var out []person
	for _, p := range cps {
		// A nameless office next to a named one may be the same person
		// ("क्राउन प्रिंस और प्रधानमंत्री मोहम्मद बिन सलमान"), and a
		// spouse comes along.
		office := officeKey(p.Title.Hi)
		// "पोलैंड के प्रधानमंत्री और राष्ट्रपति से": offices none of
		// which is named are as many people.
		// But home's own offices listed with commas are held by
		// different people, as a home newsroom knows ("वह राष्ट्रपति,
		// उप-राष्ट्रपति और विदेश मंत्री सुषमा स्वराज से मिलेंगे": three
		// meetings); two joined by और alone may be one minister's
		// portfolios ("वित्त मंत्री और कॉरपोरेट कार्य मंत्री निर्मला
		// सीतारमण").
		listed := p.Country == x.home && x.inCommaList(p)
		nameless := p.Name.Hi == "" && !listed && slices.ContainsFunc(cps, func(q person) bool { return q.Country == p.Country && q.Name.Hi != "" })
		// "देउबा, …, विपक्ष के नेता … ओली, माओवादी नेता … दहल से": a
		// name is a person, whatever office goes with it.
		if (office == "" || groupOffices[p.Title.Hi]) && p.Name.Hi == "" || nameless || spouses.has(p.Title.Hi) || slices.Contains(subject, p.Country) {
			continue
		}
		if len(out) > 0 && out[0].Country != p.Country {
			return nil // of several countries: readSides's sides
		}
		if slices.ContainsFunc(out, func(q person) bool {
			// "विपक्ष के नेता … ओली और माओवादी नेता … दहल": two named
			// people of one office are two people.
			return officeKey(q.Title.Hi) == office && (q.Name.Hi == "" || p.Name.Hi == "") || samePerson(q.Participant, p.Participant)
		}) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// inCommaList reports a person told as an item of a list with commas: a
// comma right before or right after them.
func (x *extractor) inCommaList(p person) bool {
	before := strings.TrimRight(x.text[:max(0, min(p.start, len(x.text)))], " ")
	after := strings.TrimLeft(x.text[min(max(p.end, 0), len(x.text)):], " ")
	return strings.HasSuffix(before, ",") || strings.HasPrefix(after, ",")
}

// groupNamed reports a group of countries named as such right before its
// members: "जी-4 के देशों ब्राजील, जर्मनी और जापान के समकक्षों",
// "ब्रिक्स देशों चीन और रूस के". "अलग-अलग" says they were met one by one.
func groupNamed(text string, toks []token) bool {
	for i, t := range toks {
		if t.key == "अलग-अलग" || t.key == "अलग" && i+1 < len(toks) && toks[i+1].key == "अलग" {
			return false
		}
	}
	for i, t := range toks {
		n := 0
		switch {
		case groupWords.has(t.key):
			n = 1
		case (t.key == "जी" || t.key == "g") && i+1 < len(toks) && hasDigit(toks[i+1].text) && x0(text, t.end, toks[i+1].start) == "-":
			n = 2 // "जी-4": the tokenizer splits the number off; "मोदी जी 3 देशों" is no group
		case (t.key == "जी" || t.key == "g") && i+1 < len(toks) && hasDigit(toks[i+1].text) && t.end == toks[i+1].start:
			n = 2 // "G4"
		default:
			continue
		}
		j := i + n
		if j < len(toks) && toks[j].key == "के" {
			j++
		}
		if j+1 < len(toks) && (toks[j].key == "देशों" || toks[j].key == "देश") {
			if _, ok := countryCode(toks[j+1].text); ok {
				return true
			}
			if j+2 < len(toks) {
				if _, ok := countryCode(toks[j+1].text + " " + toks[j+2].text); ok {
					return true
				}
			}
		}
	}
	return false
}

func inSpan(s span, i int) bool { return i >= s.start && i < s.end }

// valid makes s valid UTF-8 for JSON; spans still point at the bytes.
func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

func firstPlaceName(s *story) string {
	for _, m := range s.ms {
		if m.placeName != "" {
			return m.placeName
		}
	}
	return ""
}

// hostWords say that someone invites or welcomes a guest: the host.
var hostWords = setOf("न्योता", "न्यौता", "निमंत्रण", "आमंत्रण", "स्वागत", "मेजबानी", "आमंत्रित", "अगवानी")

// attendedOnline reports a summit or meeting of many told as joined from
// afar ("… आसियान शिखर सम्मेलन में वर्चुअल रूप से शामिल होंगे"): it goes
// on whatever becomes of the trip to it.
func (x *extractor) attendedOnline(s *story) bool {
	if s.kind != timeline.Summit && s.kind != timeline.MultilateralMeeting {
		return false
	}
	return slices.ContainsFunc(s.ms, func(m *mention) bool {
		c := x.text[m.clause.start:m.clause.end]
		return containsAny(c, onlineWords) && !containsWord(c, "नहीं") // not "वर्चुअल रूप से भी शामिल नहीं होंगे"
	})
}

// containsAny reports whether text contains one of the words as a
// substring: a cheap test before tokenizing.
func containsAny(text string, words wordSet) bool {
	for w := range words.words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// inviteNouns are the nouns of an invitation: "X के निमंत्रण पर".
var inviteNouns = setOf("निमंत्रण", "आमंत्रण", "न्योते", "न्यौते", "बुलावे", "न्योता", "न्यौता")

// inviterAt reports a genitive invitation after offset end: "के
// निमंत्रण पर", "की विशेष आमंत्रण पर", "के बुलावे पर" — the one named
// before it invites.
func inviterAt(toks []token, end int) bool {
	k := -1
	for i, t := range toks {
		if t.start >= end && !hindi.IsLatin(t.text) {
			k = i
			break
		}
	}
	if k < 0 || k+2 >= len(toks) || toks[k].key != "के" && toks[k].key != "की" {
		return false
	}
	for j := k + 1; j <= k+2 && j+1 < len(toks); j++ {
		if inviteNouns.has(toks[j].key) && toks[j+1].key == "पर" {
			return true
		}
	}
	return false
}

// agentAt reports "ने" as the first word at or after offset end (past a
// name in Latin letters: "जो बाइडन (Joe Biden) ने").
func agentAt(toks []token, end int) bool {
	for _, t := range toks {
		if t.start < end {
			continue
		}
		if hindi.IsLatin(t.text) {
			continue
		}
		return t.key == "ने"
	}
	return false
}

// participants returns the event's participants and place: the people its
// leading telling names, with host and guest roles for a visit (the
// visited country's people host it), or — for an event with no one named,
// such as the MoUs of a visit — the countries of the event it happens
// during.
func (x *extractor) participants(s *story, lead *mention) ([]timeline.Participant, timeline.Place) {
	var place timeline.Place
	for _, m := range s.ms {
		if !m.place.IsZero() {
			place = m.place
			break
		}
	}
	var ps []person
	for pass := 0; pass < 2 && ps == nil; pass++ {
		for _, m := range append([]*mention{lead}, s.ms...) {
			if len(m.people) > 0 && (!m.frame || lead.frame) && (pass == 1 || !allGuessed(m.people)) {
				// A frame's people are its main event's; a telling that
				// says whose "राष्ट्रपति" it is beats one that does not.
				ps = m.people
				break
			}
		}
	}
	if s.kind != timeline.Visit {
		// A meeting or a call names its sides across its tellings: the
		// counterpart in one, the minister in another.
		for _, m := range s.ms {
			if m.generic && m.refers || m.frame && !lead.frame && !m.aside {
				continue // an aside frame ("X से … मुलाकात के दौरान") tells the event itself
			}
			if len(ps) >= 2*maxPeople {
				break
			}
			ps = append(ps, m.people...)
		}
	}
	if len(ps) == 0 && (s.kind == timeline.Summit || s.kind == timeline.MultilateralMeeting) {
		ps = x.travellersFor(s)
	}
	visited, visitedAll := x.tourCountries(s, lead)
	if s.kind == timeline.Visit && visited != "" && place.Country != "" && place.Country != visited && !slices.Contains(visitedAll, place.Country) {
		// "प्योंगयांग की यात्रा पर पुतिन ने यूक्रेन में … युद्ध का समर्थन
		// करने के लिए …": a place in another country than the one visited
		// is what a telling speaks of, not where the visit is.
		place = timeline.Place{}
		for _, m := range s.ms {
			if !m.place.IsZero() && (m.place.Country == "" || m.place.Country == visited || slices.Contains(visitedAll, m.place.Country)) {
				place = m.place
				break
			}
		}
	}
	if s.kind == timeline.Visit && visited != "" && visited != x.home {
		// "पाकिस्तान के प्रधानमंत्री नवाज़ शरीफ़ ने … मोदी का स्वागत किया",
		// "इटली की प्रधानमंत्री … ने पीएम मोदी को … आने का न्योता भेजा है":
		// who invites or welcomes the guest to the visited country (the
		// agent, with ने) hosts the visit.
		for _, m := range s.ms {
			if m == lead || m.frame || len(ps) >= 2*maxPeople {
				continue
			}
			if !containsAny(x.text[m.clause.start:m.clause.end], hostWords) {
				continue // most tellings: no tokens needed
			}
			toks := x.tokens(m.clause.start, m.clause.end)
			if _, ok := hasAny(toks, hostWords); !ok {
				continue
			}
			for _, p := range m.people {
				if p.Country == visited && agentAt(toks, p.end) {
					ps = append(ps, p)
				}
			}
		}
	}
	if s.kind == timeline.Visit && visited != "" {
		for _, m := range s.ms {
			for _, p := range m.welcomedBy {
				if p.Country == visited && len(ps) < 2*maxPeople {
					// Who welcomed the guest on arrival hosts the visit
					// (welcomeBack). ps may still share a telling's
					// people: append to a copy.
					ps = append(slices.Clip(ps), p)
				}
			}
		}
	}
	if s.kind == timeline.Visit && visited != "" && len(ps) > 0 {
		// "यह यात्रा श्रीलंका के विदेश सचिव के बुलावे पर हो रही है": a
		// telling that names only the visited side leaves the visitor to
		// another telling.
		hostsOnly := true
		for _, p := range ps {
			hostsOnly = hostsOnly && p.Country == visited
		}
		for _, m := range append([]*mention{lead}, s.ms...) {
			if !hostsOnly || m.frame && !lead.frame {
				break
			}
			for _, p := range m.people {
				if p.Country != "" && p.Country != visited {
					ps = append(ps, p)
					hostsOnly = false
				}
			}
		}
	}
	if s.kind == timeline.Visit && visited != "" {
		// "नेपाल के विदेश सचिव अमृत बहादुर राय के निमंत्रण पर",
		// "प्रधानमंत्री नरेंद्र मोदी के विशेष निमंत्रण पर": one at whose
		// invitation a visit is made hosts it, abroad or at home, in any
		// of its tellings.
		for _, m := range append([]*mention{lead}, s.ms...) {
			if len(ps) >= 2*maxPeople {
				break
			}
			if !containsAny(x.text[m.clause.start:m.clause.end], inviteNouns) {
				continue
			}
			toks := x.tokens(m.clause.start, m.clause.end)
			for _, p := range m.people {
				if p.Country == visited && inviterAt(toks, p.end) {
					ps = append(ps, p)
				}
			}
		}
	}
	// "चीन के विदेश मंत्रियों", "अमेरिकी अधिकारियों": many of a country,
	// no one person; the country is the side.
	// A named person of that country takes its place; otherwise the
	// office is kept until the sides are settled (twoSides, onlyHeadOf
	// read a titled side as told) and dropped at the end.
	ps = slices.DeleteFunc(slices.Clone(ps), func(p person) bool {
		return manyOfACountry(p.Participant) && slices.ContainsFunc(ps, func(q person) bool {
			return q.Country == p.Country && !manyOfACountry(q.Participant) && (q.Name.Hi != "" || q.Title.Hi != "")
		})
	})
	ps = dedupePeople(ps)
	if len(visitedAll) > 1 {
		// "मोदी … भारत, नेपाल और भूटान की यात्रा पर": the visitor's own
		// country in the list is no host.
		visitedAll = slices.DeleteFunc(slices.Clone(visitedAll), func(c string) bool {
			return c != visited && slices.ContainsFunc(ps, func(p person) bool { return p.Country == c })
		})
	}
	var out []timeline.Participant
	for _, p := range ps {
		q := p.Participant
		q.Name.Hi, q.Title.Hi = valid(q.Name.Hi), valid(q.Title.Hi)
		if s.kind == timeline.Visit && visited != "" && q.Country != "" {
			if q.Country == visited || slices.Contains(visitedAll, q.Country) {
				q.Role = timeline.Host
			} else {
				q.Role = timeline.Guest
			}
		}
		out = append(out, q)
	}
	if s.kind == timeline.Visit && visited != "" {
		// "मोदी जापान की यात्रा पर जाएंगे": a country visited is the
		// visit's other side, its host, even when no one of it is named
		// (and when no traveller is: "एक प्रतिनिधिमंडल … लाओस की यात्रा पर");
		// a tour has one in each country ("साइप्रस, बल्गेरिया और चेक
		// गणराज्य की यात्रा").
		for _, c := range append(slices.Clone(visitedAll), visited) {
			if !slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.Country == c }) {
				out = append(out, timeline.Participant{Country: c, Role: timeline.Host})
			}
		}
	}
	if (s.kind == timeline.BilateralMeeting || s.kind == timeline.SidelineMeeting || s.kind == timeline.PhoneCall) && oneForeignSide(out, x.home) {
		// "दोनों नेताओं की इस मुलाकात", "उन्होंने … से मुलाकात की": a
		// meeting that names only the foreign side is with the home
		// side's person named last before it, close by (the report's
		// own paragraph, roughly); "ट्रंप ने पुतिन से फोन पर बात की"
		// names two sides and is left alone.
		if q, ok := x.homeBefore(lead); ok {
			out = append(out, q)
		}
	}
	if s.kind == timeline.Summit || s.kind == timeline.MultilateralMeeting {
		// "जापान की मेजबानी में जी-7 शिखर सम्मेलन", "सऊदी अरब की
		// अध्यक्षता में … जी-20 शिखर सम्मेलन": the country named as host
		// or chair hosts it.
		if c := x.hostNamed(lead.clause); c != "" && !slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.Country == c }) {
			out = append(out, timeline.Participant{Country: c, Role: timeline.Host})
		}
	}
	if (s.kind == timeline.Summit || s.kind == timeline.MultilateralMeeting) && place.Country != "" && place.Country == x.home {
		have := false
		for _, p := range out {
			have = have || p.Country == place.Country
		}
		if !have {
			// "भारत में क्वाड नेताओं की बैठक": the country it meets in hosts it.
			out = append(out, timeline.Participant{Country: place.Country, Role: timeline.Host})
		}
	}
	if (s.kind == timeline.Summit || s.kind == timeline.MultilateralMeeting) && x.namesQuad(lead) {
		// "क्वाड विदेश मंत्रियों की बैठक": the Quad is four countries, and
		// editors list them all, named or not.
		for _, c := range quadMembers {
			if !slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.Country == c }) {
				out = append(out, timeline.Participant{Country: c})
			}
		}
	}
	onlyHome := len(out) > 0
	for _, p := range out {
		onlyHome = onlyHome && p.Country == x.home
	}
	if len(out) > 0 && s.kind == timeline.AgreementSigning || onlyHome && s.kind == timeline.BilateralMeeting {
		// "इस यात्रा के दौरान राजनाथ सिंह … समझौते पर हस्ताक्षर करेंगे":
		// an agreement signed on a visit abroad is with the country the
		// visit is in; so is a bilateral meeting abroad that names only
		// the home side ("श्रीलंका यात्रा के दौरान द्विपक्षीय बैठकें
		// होंगी").
		pv := lead.abroad
		have := false
		for _, p := range out {
			have = have || p.Country == pv
		}
		if pv != "" && pv != x.home && !have {
			out = append(out, timeline.Participant{Country: pv, Role: timeline.Host})
		}
	}
	if len(out) == 0 && s.parent == nil && s.kind == timeline.BilateralMeeting && place.Country != "" && place.Country != x.home {
		// "वार्ता का दूसरा संस्करण पिछले साल दिसंबर में वाशिंगटन में हुआ
		// था": a bilateral meeting abroad with no side named is the home
		// side's, hosted where it meets.
		out = append(out, timeline.Participant{Country: x.home, Role: timeline.Guest}, timeline.Participant{Country: place.Country, Role: timeline.Host})
	}
	if s.kind == timeline.BilateralMeeting && s.parent != nil && s.parent.kind == timeline.Visit && countries(out) == 1 {
		// "जापान के प्रधानमंत्री का भारत दौरा … इस दौरान दोनों
		// प्रधानमंत्रियों के बीच वार्ता होनी थी": talks during a visit that
		// name one side are with the visit's other side.
		for _, c := range visitCountries(s.parent) {
			if !slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.Country == c }) {
				out = append(out, timeline.Participant{Country: c})
			}
		}
	}
	if s.kind == timeline.Visit && visited != "" && s.parent != nil && s.parent.kind == timeline.Visit && len(out) > 0 &&
		!slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.Role != timeline.Host }) {
		// "मुर्मू … अंगोला जाएंगे। इस यात्रा के बाद … बोत्सवाना का दौरा
		// होगा": the tour's next leg, told with its country alone, is of
		// the tour's travellers.
		pv, _ := visitedBy(s.parent.first, s.parent.ms)
		for _, m := range s.parent.ms {
			for _, p := range m.people {
				if p.Country != "" && p.Country != pv && p.Country != visited && !slices.ContainsFunc(out, func(q timeline.Participant) bool { return q.Country == p.Country }) {
					out = append(out, timeline.Participant{Country: p.Country, Role: timeline.Guest})
				}
			}
		}
	}
	if len(out) == 0 && s.parent != nil {
		// "इस दौरान … समझौते होंगे": the countries of the visit.
		have := map[string]bool{}
		pv, _ := visitedBy(s.parent.first, s.parent.ms)
		for _, m := range s.parent.ms {
			for _, p := range m.people {
				if p.Country != "" && !have[p.Country] {
					have[p.Country] = true
					// The sides of a visit are guest and host; of talks,
					// and of what a statement says, none.
					var role timeline.Role
					switch {
					case s.kind == timeline.Statement || pv == "":
					case p.Country == pv:
						role = timeline.Host
					default:
						role = timeline.Guest
					}
					out = append(out, timeline.Participant{Country: p.Country, Role: role})
				}
			}
			if len(out) > 0 {
				break
			}
		}
		if pv != "" && !have[pv] {
			role := timeline.Host
			if s.kind == timeline.Statement {
				role = ""
			}
			out = append(out, timeline.Participant{Country: pv, Role: role})
		}
	}
	if len(out) == 0 && s.parent == nil && s.kind == timeline.Statement && containsAny(x.text[lead.clause.start:lead.clause.end], jointWords) && !x.namesIssuer(lead.clause) {
		// "… जयशंकर और वांग यी के बीच … बैठक हुई … इस संबंध में एक
		// संयुक्त बयान भी जारी किया गया है": a joint statement that names
		// no one is of the sides of the event told just before it, one
		// person a country.
		if o := x.storyBefore(lead.clause.start); o != nil {
			for _, m := range o.ms {
				for _, p := range m.people {
					q := p.Participant
					q.Name.Hi, q.Title.Hi, q.Role = valid(q.Name.Hi), valid(q.Title.Hi), ""
					switch i := slices.IndexFunc(out, func(o timeline.Participant) bool { return o.Country == q.Country }); {
					case q.Country == "":
					case i < 0:
						out = append(out, q)
					case out[i].Name.Hi == "" && q.Name.Hi != "":
						out[i] = q // one named beats an office alone ("विदेश मंत्रियों")
					}
				}
				if len(out) > 0 {
					break
				}
			}
			if countries(out) < 2 {
				out = nil // one side is no joint statement's
			}
		}
	}
	if s.kind == timeline.Visit && place.Country != "" && countries(out) == 1 && out[0].Country != place.Country {
		// "लावरोव पहले ही गोवा पहुंच चुके हैं": a visitor who comes to a
		// city of another country is that country's guest.
		for i := range out {
			if out[i].Role == "" {
				out[i].Role = timeline.Guest
			}
		}
		out = append(out, timeline.Participant{Country: place.Country, Role: timeline.Host})
	}
	if s.kind != timeline.Visit && s.kind != timeline.MultilateralMeeting && !(s.kind == timeline.Summit && slices.ContainsFunc(x.tokens(lead.sent.start, lead.sent.end), func(t token) bool { return groupWords.has(t.key) })) && countries(out) == 1 && bothSidesSaid(x.text[lead.sent.start:lead.sent.end]) {
		// "दोनों देशों के बीच … समझौतों पर हस्ताक्षर हुए", "दोनों नेताओं ने
		// …": both sides, one named; the other is the other side of the
		// two the events drafted just before were between. The sentence
		// is read, not the clause: "… ने कहा कि दोनों देशों …" splits it.
		// A gathering of many is no pair's.
		if q, ok := x.otherOfPair(out[0].Country); ok {
			out = append(out, q)
		}
	}
	if s.kind == timeline.BilateralMeeting || s.kind == timeline.SidelineMeeting || s.kind == timeline.PhoneCall {
		out = twoSides(out)
	}
	talks := s.kind == timeline.BilateralMeeting || s.kind == timeline.SidelineMeeting || s.kind == timeline.PhoneCall
	if s.kind == timeline.Summit || talks && slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.Name.Hi != "" || p.Title.Hi != "" }) {
		// "भारत-जापान समिट में …", "… जापान के प्रधानमंत्री शिगेरु इशिबा के
		// निमंत्रण पर": a foreign side named only by its country, at a
		// summit or at talks someone is named in, is the one head of that
		// country the text names; not at talks of two countries alone,
		// where a head may be told in passing ("… व्यापार वार्ता … ट्रंप
		// द्वारा लगाए गए टैरिफ के बाद"), nor by a list of fields or words
		// of leaders, which reviews found never complete. (An agreement is
		// signed by whom the text says, often ministers; a visit is hosted
		// by who the text says hosts it, see
		// TestExtractWelcomerHostsTheVisit.)
		for i, p := range out {
			if p.Country != "" && p.Country != x.home && p.Name.Hi == "" && p.Title.Hi == "" {
				if q, ok := x.onlyHeadOf(p.Country); ok {
					out[i].Name, out[i].Title = q.Name, q.Title
				}
			}
		}
	}
	for i, p := range out {
		if manyOfACountry(p) {
			out[i].Title.Hi = "" // "चीन के विदेश मंत्रियों": the country is the side
		}
	}
	bareSide := func(p timeline.Participant) bool { return p.Name.Hi == "" && p.Title.Hi == "" && p.Country != "" }
	for i := 0; i < len(out); i++ {
		c := out[i].Country
		if bareSide(out[i]) && (slices.ContainsFunc(out[:i], func(q timeline.Participant) bool { return q.Country == c }) ||
			slices.ContainsFunc(out, func(q timeline.Participant) bool { return q.Country == c && !bareSide(q) })) {
			out = slices.Delete(out, i, i+1)
			i--
		}
	}
	return out, place
}

// onlyHeadOf returns the one head of state or government of country c
// (a प्रधानमंत्री, राष्ट्रपति, चांसलर) the text names by name, if it
// names exactly one.
// Of the spellings of that one head ("शिंजो आबे", "अबे"), the shortest:
// a long one may have taken a word too many.
func (x *extractor) onlyHeadOf(c string) (timeline.Participant, bool) {
	// Every event asks again; the answer holds while no one new is known.
	if h, ok := x.heads[c]; ok && h.known == len(x.known) && h.former == len(x.formerNames) {
		return h.p, h.ok
	}
	p, ok := x.findOnlyHeadOf(c)
	if x.heads == nil {
		x.heads = map[string]head{}
	}
	x.heads[c] = head{p, ok, len(x.known), len(x.formerNames)}
	return p, ok
}

// head is onlyHeadOf's answer for a country, with the number of people
// known, and of names known as former holders', when it was found.
type head struct {
	p      timeline.Participant
	ok     bool
	known  int
	former int
}

func (x *extractor) findOnlyHeadOf(c string) (timeline.Participant, bool) {
	var heads []timeline.Participant
	for _, q := range x.known {
		if q.Country == c && q.Name.Hi != "" && headOffices.has(q.Title.Hi) && !x.formerNames[q.Name.Hi] {
			heads = append(heads, q)
		}
	}
	if len(heads) == 0 {
		return timeline.Participant{}, false
	}
	// known is a map: sort, so that the result does not depend on its order.
	slices.SortFunc(heads, func(a, b timeline.Participant) int {
		if d := len(a.Name.Hi) - len(b.Name.Hi); d != 0 {
			return d
		}
		return strings.Compare(a.Name.Hi, b.Name.Hi)
	})
	for _, q := range heads[1:] {
		if !samePerson(q, heads[0]) {
			return timeline.Participant{}, false // two heads: which one, the text does not say
		}
	}
	return heads[0], true
}

// bothSidesSaid reports "दोनों देशों", "दोनों नेताओं" and the like in a
// sentence: the two sides of an event, whoever they are.
func bothSidesSaid(sentence string) bool {
	for _, w := range [...]string{"देश", "देशों", "नेता", "नेताओं", "पक्ष", "पक्षों", "प्रधानमंत्रियों", "राष्ट्रपतियों", "पीएम"} {
		if containsWord(sentence, "दोनों "+w) {
			return true
		}
	}
	return false
}

// otherOfPair returns the first participant of the other side of the
// last event drafted between exactly two countries, one of them c,
// within backWindow events: a long text costs time linear in its length.
func (x *extractor) otherOfPair(c string) (timeline.Participant, bool) {
	for i := len(x.events) - 1; i >= max(0, len(x.events)-backWindow); i-- {
		ps := x.events[i].Participants
		if countries(ps) != 2 || !slices.ContainsFunc(ps, func(p timeline.Participant) bool { return p.Country == c }) {
			continue
		}
		for _, p := range ps {
			if p.Country != "" && p.Country != c {
				p.Role = ""
				return p, true
			}
		}
	}
	return timeline.Participant{}, false
}

// quadMembers are the Quad's four countries.
var quadMembers = []string{"AU", "IN", "JP", "US"}

// namesQuad reports a gathering named after the Quad: the group's name
// within the seven words before the mention's event word, none of them a
// clause's ("क्वाड देशों के विदेश मंत्रियों की बैठक"; not "ब्रिक्स बैठक में
// क्वाड की आलोचना की").
func (x *extractor) namesQuad(m *mention) bool {
	toks := x.tokens(m.clause.start, m.clause.end)
	for i, t := range toks {
		if groupNames[t.key] != "क्वाड" && t.key != "क्वाड" && t.key != "क्वॉड" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+7; j++ {
			if toks[j].text == m.word {
				return true
			}
			if hindi.IsClauseWord(toks[j].text) || eventWord(toks[j].key) {
				break
			}
		}
	}
	return false
}

// hostNamed returns the country a clause names as host or chair of what
// it tells: "X की मेजबानी में", "X की अध्यक्षता में".
func (x *extractor) hostNamed(c span) string {
	toks := x.tokens(c.start, c.end)
	for i := 2; i+1 < len(toks); i++ {
		if (toks[i].key == "मेजबानी" || toks[i].key == "अध्यक्षता") && toks[i+1].key == "में" && toks[i-1].key == "की" {
			if code, _, ok := countryBefore(x.text, toks, i-1); ok {
				return code
			}
		}
	}
	return ""
}

// jointStatementSaid reports an attribution to a joint statement ("…
// ने संयुक्त बयान में कहा"): of the statement itself, its sides' own
// words, whoever of them the phrase names.
func jointStatementSaid(attrib string) bool {
	return strings.Contains(attrib, "संयुक्त बयान") || strings.Contains(attrib, "साझा बयान")
}

// commentOn reports an attribution said after or during the event it
// tells of: "… टेलीफोन पर वार्ता के बाद जयशंकर ने कहा", "यात्रा के दौरान
// पीएम मोदी ने कहा". It is the participant's comment, not the source of
// the news.
//
// A statement or release issued after the talks ("बैठक के बाद जारी संयुक्त
// बयान में कहा गया") is their record, and sources them.
func commentOn(attrib string) bool {
	if strings.Contains(attrib, "बयान") || strings.Contains(attrib, "विज्ञप्ति") {
		return false
	}
	return strings.Contains(attrib, " के बाद ") || strings.Contains(attrib, " के दौरान ") ||
		strings.HasPrefix(attrib, "के बाद ") || strings.HasPrefix(attrib, "के दौरान ")
}

// pundits give views, not news: "विशेषज्ञों के मुताबिक".
var pundits = setOf("विशेषज्ञों", "विशेषज्ञ", "जानकारों", "विश्लेषकों", "विश्लेषक", "एक्सपर्ट्स")

// twoSides drops from a meeting or call of two sides, each with someone
// named or titled, a third country no one of which is named: "अमेरिका और
// ईरान के बीच जारी तनाव के बीच मोदी ने ट्रंप से फोन पर बात की", "यूक्रेन
// युद्ध पर ट्रंप और पुतिन की बैठक" name a country the talks are about.
// manyOfACountry reports a participant told by an office in the plural
// and its country alone ("चीन के विदेश मंत्रियों", "अमेरिकी अधिकारियों"):
// many of a country, no one person. Not "समकक्ष" (one counterpart).
func manyOfACountry(p timeline.Participant) bool {
	return p.Name.Hi == "" && groupOffices[p.Title.Hi] && strings.HasSuffix(p.Title.Hi, "ों") && p.Country != ""
}

func twoSides(ps []timeline.Participant) []timeline.Participant {
	// Sides told by a person first ("… नेपाल और भारत के विदेश मंत्रियों
	// … तेहरान …" names Iran's ministers in passing), then by an office
	// of many ("अमेरिका और ईरान के बीच तनाव … भारत और जापान के
	// अधिकारियों").
	for _, told := range []func(timeline.Participant) bool{
		func(p timeline.Participant) bool { return p.Name.Hi != "" || p.Title.Hi != "" && !manyOfACountry(p) },
		func(p timeline.Participant) bool { return p.Name.Hi != "" || p.Title.Hi != "" },
	} {
		var named []string
		for _, p := range ps {
			if told(p) && p.Country != "" && !slices.Contains(named, p.Country) {
				named = append(named, p.Country)
			}
		}
		if len(named) == 2 {
			return slices.DeleteFunc(ps, func(p timeline.Participant) bool {
				return !told(p) && !slices.Contains(named, p.Country)
			})
		}
	}
	return ps
}

// sharesCountry reports whether the people of a telling name a country of
// parts, or name no one ("दौरा रद्द कर दिया गया": the event's own people).
func sharesCountry(ps []person, parts []timeline.Participant) bool {
	named := false
	for _, p := range ps {
		if p.Country == "" {
			continue
		}
		named = true
		if slices.ContainsFunc(parts, func(q timeline.Participant) bool { return q.Country == p.Country }) {
			return true
		}
	}
	return !named
}

// countries returns how many countries ps name.
func countries(ps []timeline.Participant) int {
	var seen []string
	for _, p := range ps {
		if p.Country != "" && !slices.Contains(seen, p.Country) {
			seen = append(seen, p.Country)
		}
	}
	return len(seen)
}

// visitCountries returns the countries of a visit: its visitors' and the
// one it goes to.
func visitCountries(v *story) []string {
	var out []string
	for _, m := range v.ms {
		for _, p := range m.people {
			if p.Country != "" && !slices.Contains(out, p.Country) {
				out = append(out, p.Country)
			}
		}
		if m.visited != "" && !slices.Contains(out, m.visited) {
			out = append(out, m.visited)
		}
	}
	return out
}

// planToldThen reports a plan told as it stood then: its status word in
// the past ("मार्च 2025 में तय थी") or in words reported from then ("…
// ने जनवरी 2025 में कहा था कि … होगा"). Whether it took place is not
// told.
func planToldThen(m *mention) bool {
	for _, aux := range [...]string{" था", " थी", " थे", " थीं"} {
		if m.statusWord != "" && strings.Contains(m.text, m.statusWord+aux) || strings.HasSuffix(m.attrib, aux) {
			return true
		}
	}
	return false
}

// pastPlan is how many days before the report an event's own date must
// end for a plan told of it to be drafted as held: no editor of the
// test sets drafted a plan dated more than a month before the report.
const pastPlan = 30

// planned reports a status of an event still to come.
func planned(st timeline.Status) bool {
	return st == timeline.Announced || st == timeline.Proposed || st == timeline.Confirmed
}

// spanDays makes a one-day visit a span of the days its sentence gives:
// "चार दिसंबर से भारत की दो दिवसीय यात्रा" is 4 and 5 December.
// ownDays reports a summit or conference that "N दिवसीय" qualifies
// itself: "दो-दिवसीय शिखर सम्मेलन", "तीन दिवसीय सम्मेलन".
// ownDaysStops end the words between "N दिवसीय" and the summit it
// qualifies: postpositions belong to another phrase.
var ownDaysStops = setOf("के", "की", "का", "में", "को", "से", "पर", "ने", "और")

func (x *extractor) ownDays(s *story) bool {
	if s.kind != timeline.Summit && s.kind != timeline.MultilateralMeeting {
		return false
	}
	for _, m := range s.ms {
		if m.days < 2 || m.word == "" {
			continue
		}
		toks := tokenize(x.text, m.clause.start, m.clause.end)
		first := strings.Fields(m.word)[0]
		for i := 1; i < len(toks); i++ {
			if toks[i].text != first {
				continue
			}
			// "दो दिवसीय शिखर सम्मेलन", and with the group's name
			// between: "दो दिवसीय जी-20 शिखर सम्मेलन", "तीन दिवसीय
			// ब्रिक्स सम्मेलन".
			for j := i - 1; j >= max(0, i-4); j-- {
				if toks[j].key == "दिवसीय" {
					return true
				}
				if ownDaysStops.has(toks[j].key) || hindi.IsClauseWord(toks[j].text) {
					break
				}
			}
		}
	}
	return false
}

func (x *extractor) spanDays(ss []*story) {
	visits := 0 // for dayOfVisit
	for _, s := range ss {
		if s.kind == timeline.Visit {
			visits++
		}
	}
	for _, s := range ss {
		// A visit, or the summit it is for ("शिखर बैठक के लिए … दो दिवसीय
		// यात्रा"), lasts the days its sentence gives.
		if s.kind != timeline.Visit && !s.first.frame && !x.ownDays(s) || s.when.IsZero() || s.when.IsApprox() {
			continue
		}
		if s.first.underWay && s.dated == nil {
			continue // a day the visit was under way on, not its first
		}
		if s.dated != nil && guestWords.has(s.dated.word) {
			continue // "गणतंत्र दिवस … के मुख्य अतिथि": the day is the guest's parade, one day of the visit, not its first
		}
		// "दो दिवसीय यात्रा पर आज शाम 4.30 बजे … पहुंचे": a time of day is
		// when a visit starts (one arrives), on the first of its days.
		timed := s.when.IsTimed() && s.kind == timeline.Visit
		if !timed && (s.when.IsSpan() || s.when.Precision() != date.Day) {
			continue
		}
		if timed {
			if a, b := s.when.Days(); b != a.AddDays(1) {
				continue // "रात" into the next day: no one day to start from
			}
		}
		n := 0
		for _, m := range s.ms {
			if m.days > 1 {
				n = m.days
				break
			}
		}
		if n == 0 {
			continue
		}
		start := s.when.Start()
		from := s.when
		if timed {
			from = date.OnDay(start)
		}
		k := x.dayOfVisit(s, visits)
		if k == -1 && timed && s.dated != nil && visitEndIn(x.text, s.dated.clause) {
			// "… दौरे के समापन पर मंगलवार की शाम … कहा": the hour is the
			// visit's last day, not when it starts.
			timed = false
		}
		if k != 0 && !timed && (s.dated == nil || !s.dated.dateOwn || datedByDayWord(s) || visitEndIn(x.text, s.dated.clause)) {
			// "7 दिनों के भारत दौरे पर आए … दौरे के आखिरी दिन": the day
			// told is the visit's last (or its k-th), not its first.
			if k < 0 || k > n {
				k = n
			}
			start = start.AddDays(-(k - 1))
			from = date.OnDay(start)
		}
		end := date.OnDay(start.AddDays(n - 1))
		if z := s.when.Zone(); z != "" {
			from, end = from.WithZone(z), end.WithZone(z)
		}
		if w, err := from.Until(end); err == nil {
			if timed {
				s.wnotes = append(s.wnotes, fmt.Sprintf("the time of day (%s) is when the visit starts; the visit is its days", s.when))
			}
			s.when = w
			s.wnotes = append(s.wnotes, fmt.Sprintf("a visit of %d days (\"दिवसीय\"): %s", n, w))
		}
	}
}

// progressive reports a status word of the present progressive: "हो रहा
// है", "आयोजित हो रही हैं".
func progressive(w string) bool {
	for _, r := range [...]string{"रहा", "रही", "रहे", "रहीं"} {
		if containsWord(w, r) {
			return true
		}
	}
	return false
}

// visitedBy returns the country a story's visit goes to and every country
// of its list, from the first of its tellings that names one.
func visitedBy(lead *mention, ms []*mention) (string, []string) {
	if lead.visited != "" {
		return lead.visited, lead.visitedAll
	}
	for _, m := range ms {
		if m.visited != "" {
			return m.visited, m.visitedAll
		}
	}
	return "", nil
}

// tourCountries returns the country story s visits and every country of
// its tour: those its lead names, widened to a later telling that names
// more when no other story tells those legs: "… ने स्थगित किया
// ऑस्ट्रेलियाई दौरा" told again as "… ऑस्ट्रेलिया और पापुआ न्यू गिनी का
// दौरा" is a tour of both.
func (x *extractor) tourCountries(s *story, lead *mention) (string, []string) {
	visited, all := visitedBy(lead, s.ms)
	if visited == "" || lead.visited == "" || s.kind != timeline.Visit {
		return visited, all
	}
	for _, m := range s.ms {
		if len(m.visitedAll) <= len(all) || !slices.Contains(m.visitedAll, visited) || m.frame || m.refers {
			continue
		}
		if !slices.ContainsFunc(m.visitedAll, func(c string) bool { return c != visited && x.legElsewhere(s, c) != nil }) {
			all = m.visitedAll
		}
	}
	return visited, all
}

// arrivalTold reports a telling of an arrival made, on tour s or in its
// country c: "… सोमवार रात अबुजा पहुंच गए" after the tour set off.
func (x *extractor) arrivalTold(tour *story, c string) bool {
	for _, s := range x.stories {
		for _, m := range s.ms {
			if m.kind == timeline.Visit && m.status == timeline.Held && (reachWords.has(m.word) || arrivedWords.has(m.word)) && (s == tour || m.visited == c || m.place.Country == c) {
				return true
			}
		}
	}
	return false
}

// toldFirstLeg reports a sentence that tells the stop in country c as a
// tour's first: "सबसे पहले घाना पहुंचेंगे", "यात्रा के पहले चरण में …
// नाइजीरिया जाएंगे", "पहले पड़ाव में …", by the first country or place
// named in the words after it ("सबसे पहले ब्राजील पहुंचेंगे और फिर घाना
// जाएंगे" is Brazil's). The text is read for it once.
func (x *extractor) toldFirstLeg(c string) bool {
	if x.firstLegs == nil {
		x.firstLegs = map[string]bool{}
		for _, sp := range hindi.Sentences(x.text) {
			toks := tokenize(x.text, sp.Start, sp.End)
			for i := 0; i+1 < len(toks); i++ {
				if !(toks[i].key == "सबसे" && toks[i+1].key == "पहले" || toks[i].key == "पहले" && (toks[i+1].key == "चरण" || toks[i+1].key == "पडाव")) {
					continue
				}
				for j := i + 2; j < min(len(toks), i+10); j++ {
					if code, ok := countryCode(toks[j].text); ok {
						x.firstLegs[code] = true
						break
					}
					if p, ok := lookupPlace(toks[j].text); ok && p.country != "" {
						x.firstLegs[p.country] = true
						break
					}
				}
			}
		}
	}
	return x.firstLegs[c]
}

// tourLegs splits the draft e of a tour through several countries ("26
// फरवरी से 7 मार्च तक भारत, ऑस्ट्रेलिया और जापान की आधिकारिक यात्रा",
// "सर्बिया, जमैका और सेंट विंसेंट … के अपने तीन देशों के दौरे को रद्द कर
// दिया") into one visit per country, as an editor drafts them, each with
// the tour's status and its visitors; nil if e is no such tour, or if a
// leg is told on its own (the tour then stays one draft). A leg whose
// days the text does not tell takes the tour's days, as most editors
// date it; but a tour told by the day it began, or with a leg on days of
// its own, starts its first leg on that day and dates the later ones by
// the month the tour ends in; a tour called off has each leg in its
// month. Each says so in its notes.
func (x *extractor) tourLegs(s *story, lead *mention, e timeline.Event) []timeline.Event {
	if e.Kind != timeline.Visit || lead.background {
		// "आपको बता दें कि … तीन देशों … की यात्रा पर थे": a tour told as
		// what came before is one piece of background, not three.
		return nil
	}
	_, all := x.tourCountries(s, lead)
	var hosts []string
	for _, c := range all {
		if slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Country == c && p.Role == timeline.Host }) && !slices.Contains(hosts, c) {
			hosts = append(hosts, c)
		}
	}
	guests := slices.ContainsFunc(e.Participants, func(p timeline.Participant) bool { return p.Role == timeline.Guest && p.Country != "" })
	if len(hosts) < 2 || !guests {
		return nil
	}
	told := map[string]*story{}
	for _, c := range hosts {
		if o := x.legElsewhere(s, c); o != nil {
			told[c] = o
		}
	}
	if len(told) > 0 {
		// "मालदीव और श्रीलंका की पांच दिवसीय यात्रा … श्रीलंका में …":
		// legs told on their own are drafted there; the tour stays one
		// draft, its span and every country, as the editor keeps it.
		if s.inferred == "" {
			// "नाइजीरिया और माली के पांच दिवसीय दौरे पर रवाना … 29 सितंबर
			// को माली जाएंगे": the legs told nowhere else fill the tour's
			// days before and after those told.
			return x.legsAround(e, hosts, told)
		}
		// A tour whose days are inferred, as one under way at the
		// dateline ("इन दिनों … छह दिवसीय यात्रा पर हैं"), whose first
		// leg is told with its days
		// ("पहले चरण में 12 जून को … घाना … पहुंचे"): the other legs
		// follow it, to the tour's end.
		return x.untoldLegs(e, hosts, told)
	}
	first, later := e.When, e.When
	var firstNote, laterNote string
	// "मई के पहले हफ्ते में … तीन दिवसीय दौरे में … जर्मनी, डेनमार्क और
	// फ्रांस": a week is when the tour falls, not its days; every leg
	// keeps it.
	week := s.dated != nil && s.dated.date != nil && s.dated.date.Date.Granularity == hindidate.Week
	if start, end := e.When.Days(); s.inferred == "" && !week && e.When.Bound() == date.NoBound && e.When.Precision() == date.Day && !e.When.IsApprox() && !start.IsZero() {
		last := end.AddDays(-1)
		switch st := e.Status(); {
		case st == timeline.Postponed || st == timeline.Cancelled:
			// "… 13 से 17 मई तक … नॉर्वे, क्रोएशिया और नीदरलैंड की यात्रा
			// स्थगित": no leg will be on the days once planned; each was
			// to be in their month.
			first = date.InMonth(start.Year(), start.Month()).WithZone(e.When.Zone())
			later = date.InMonth(last.Year(), last.Month()).WithZone(e.When.Zone())
			firstNote = fmt.Sprintf("a leg of a tour called off (%s): dated by the month it was to begin in", e.When)
			laterNote = fmt.Sprintf("a later leg of a tour called off (%s): dated by the month it was to end in", e.When)
		case end == start.AddDays(1) ||
			slices.ContainsFunc(hosts[1:], func(c string) bool { _, ok := x.dayIn(c, s, e); return ok }) ||
			slices.ContainsFunc(hosts, func(c string) bool { w, _ := x.legDays(s, c); return !w.IsZero() }):
			// "2 नवंबर को जापान, चीन और दक्षिण कोरिया की यात्रा पर रवाना
			// हुए": the day the tour began. "8-9 जून को … मालदीव और
			// श्रीलंका के दौरे पर रहेंगे। 9 जून को श्रीलंका में …": a later
			// leg on its own day leaves the first the tour's first day;
			// "… पहले पड़ाव पर … 20 से 22 नवंबर तक रूस में रहेंगे" leaves
			// the others their month.
			first = date.OnDay(start).WithZone(e.When.Zone())
			firstNote = fmt.Sprintf("the first leg of the tour (%s): dated by the tour's first day", e.When)
			later = date.InMonth(last.Year(), last.Month()).WithZone(e.When.Zone())
			laterNote = fmt.Sprintf("a later leg of the tour (%s): its days are not told; dated by the month the tour ends in", e.When)
		default:
			// "19 मई से 24 मई तक जापान, पापुआ न्यू गिनी और ऑस्ट्रेलिया के
			// दौरे पर": the legs' days are not told; each is somewhere in
			// the tour's, as editors draft them.
			firstNote = fmt.Sprintf("a leg of the tour (%s): its days are not told; dated by the tour's days; check it", e.When)
			laterNote = firstNote
		}
	}
	// "… जो वर्तमान में साइप्रस, कनाडा और क्रोएशिया की चार दिवसीय … यात्रा
	// पर हैं, … कनाडा पहुंचे": a tour under way whose days are not told, at
	// the leg just reached. The legs listed before it are done, the ones
	// after it to come.
	now := -1
	var reached date.When
	if start, end := e.When.Days(); s.inferred != "" && !start.IsZero() && e.When.Bound() == date.NoBound && e.Status() == timeline.Held {
		if c, ok := x.arrivedIn(lead); ok {
			now = slices.Index(hosts, c)
		}
		if now >= 0 {
			first = date.Before(start).WithZone(e.When.Zone())
			reached = date.OnDay(start).WithZone(e.When.Zone())
			last := end.AddDays(-1)
			later = date.InMonth(last.Year(), last.Month()).WithZone(e.When.Zone())
		}
	}
	// "प्रधानमंत्री … अपने तीन देशों के दौरे पर रवाना हो चुके हैं" on the
	// dateline, the legs' days not told: the tour begins today; each leg
	// is on the day something is told in its country, or in the month.
	departed := false
	if start, end := e.When.Days(); now < 0 && s.inferred != "" && !start.IsZero() && end == start.AddDays(1) && start == x.reported && e.Status() == timeline.Held && lead.word == "रवाना" {
		departed = true
		later = date.InMonth(start.Year(), start.Month()).WithZone(e.When.Zone())
		laterNote = fmt.Sprintf("a leg of a tour begun at the dateline (%s): its days are not told; dated by the month; check it", e.When)
	}
	window := e // where a leg's day is looked for
	if departed {
		window.When = later
	}
	out := make([]timeline.Event, 0, len(hosts))
	for i, c := range hosts {
		// "26 जून को अमेरिका के राष्ट्रपति … से मिलेंगे": on a tour begun at
		// the dateline, the first leg too is dated by its day.
		firstByDay := false
		if departed && i == 0 {
			day, ok := x.dayIn(c, s, window)
			firstByDay = ok && day != e.When
		}
		f := legTo(e, c)
		d := *e.Draft
		d.Notes = append(slices.Clip(e.Draft.Notes), fmt.Sprintf("one of %d legs of a tour the sentence tells through %s: this one to %s", len(hosts), strings.Join(hosts, ", "), c))
		own, ownAt := x.legDays(s, c)
		switch {
		case now < 0 && !own.IsZero():
			// "… 20 अक्टूबर से दोनों देशों का दौरा करेंगे। दौरे के पहले
			// पड़ाव पर प्रधानमंत्री 20 से 22 अक्टूबर तक रूस में रहेंगे":
			// a telling of the tour set in the leg's country gives its days.
			f.When = own
			d.Notes = append(d.Notes, fmt.Sprintf("the leg's days, told in %q", ownAt))
		case now >= 0:
			switch {
			case i < now:
				f.When = first
				d.Notes = append(d.Notes, fmt.Sprintf("a leg listed before %s, where the tour has arrived: done before %s; check it", hosts[now], e.When))
			case i == now:
				f.When = reached
				d.Notes = append(d.Notes, "the leg the tour has just arrived at")
			default:
				f.When = later
				f.History = slices.Clone(f.History)
				f.History[len(f.History)-1].Status = timeline.Announced
				d.Notes = append(d.Notes, fmt.Sprintf("a leg listed after %s, where the tour has arrived: still to come, dated by the month the tour ends in; check it", hosts[now]))
			}
		case c == hosts[0] && !firstByDay:
			f.When = first
			start, end := e.When.Days()
			// (Not when the days are too few for the stops: "2-4 सितंबर को
			// … यात्रा" of three countries may be the first stop's own.)
			toldFirst := firstNote != "" && first == e.When && end.After(start.AddDays(len(hosts))) && x.toldFirstLeg(c)
			if toldFirst {
				// "2 से 9 जुलाई तक … घाना, … और नामीबिया की … यात्रा पर …
				// प्रधानमंत्री सबसे पहले घाना पहुंचेंगे": the stop told
				// first begins on the tour's first day.
				f.When = date.OnDay(start).WithZone(e.When.Zone())
			}
			if start, _ := e.When.Days(); lead.word == "रवाना" && !start.Before(x.reported.AddDays(-1)) && !x.arrivalTold(s, c) {
				// "शनिवार को नाइजीरिया, ब्राजील और गुयाना की … यात्रा पर रवाना
				// हो गए हैं": set off, not arrived; the first leg is still
				// to come as well.
				legToCome(&f, &d, "status \"announced\": the first leg of a tour set off at the dateline, not yet reached")
			}
			if toldFirst {
				d.Notes = append(d.Notes, fmt.Sprintf("told as the tour's first stop: dated by the tour's first day (%s); check it", e.When))
				d.DateInferred = true
			} else if firstNote != "" {
				d.Notes = append(d.Notes, firstNote)
				d.DateInferred = d.DateInferred || first == later // the tour's days, not the leg's
			}
		case laterNote != "":
			f.When = later
			d.DateInferred = true
			note := laterNote
			if w, ok := x.restOfTour(s, hosts, i, e.When); ok {
				// "आठ दिवसीय … यात्रा … साइप्रस, बुल्गारिया और चेक रिपब्लिक
				// … 2-4 सितंबर को अपनी साइप्रस यात्रा में …": the legs after
				// Cyprus fill the rest of the eight days.
				f.When = w
				note = fmt.Sprintf("a later leg of a tour of the length told: the days after the legs before it end, to the tour's last day (%s); check it", w)
			}
			if day, ok := x.dayIn(c, s, window); ok {
				// "8-9 जून को … मालदीव और श्रीलंका के दौरे पर रहेंगे। 9 जून
				// को श्रीलंका में मोदी … चर्चा कर सकते है": the leg is on
				// the day something is told in its country.
				f.When = day
				note = fmt.Sprintf("a later leg of the tour (%s): dated by the day of an event told in %s; check it", e.When, c)
			}
			d.Notes = append(d.Notes, note)
			if start, _ := e.When.Days(); !start.Before(x.reported.AddDays(-1)) {
				// "आज से चार देशों की यात्रा पर रवाना हो चुके हैं": the
				// tour has begun; its later legs are still to come.
				legToCome(&f, &d, "status \"announced\": a later leg of a tour that begins at the dateline is still to come")
			}
		}
		f.ID = draftID(len(x.events)+len(out)+1, f.When.Start())
		f.Draft = &d
		out = append(out, f)
	}
	return out
}

// eachTraveller splits a visit to one country whose guests are of two or
// more countries into one visit of each, as editors draft them: "चीन और
// पाकिस्तान के विदेश मंत्री … गोवा पहुंचे" is the Chinese minister's
// visit and the Pakistani's. Each guest country must have a traveller of
// its own named in the lead telling's sentence (not one a pronoun stands
// for), not a counterpart ("… अपने अमेरिकी समकक्ष जो बाइडेन के साथ
// शिखर वार्ता के लिए … जिनेवा पहुंचे" is Putin's visit alone), nor one
// named as an owner ("वांग यी के बयान के … बाद"). Each keeps the hosts
// and the date; nil when e is no such visit.
func (x *extractor) eachTraveller(e timeline.Event, lead *mention) []timeline.Event {
	if e.Kind != timeline.Visit {
		return nil
	}
	var guests []string
	for _, p := range e.Participants {
		switch {
		case p.Country == "":
		case p.Role == timeline.Guest && !slices.Contains(guests, p.Country) && slices.ContainsFunc(lead.people, func(q person) bool {
			return q.Country == p.Country && !q.counterpart && q.start >= lead.sent.start && q.end <= lead.sent.end && !possessed(x.text, q.end) && (q.Name.Hi != "" || q.Title.Hi != "" && !strings.HasSuffix(q.Title.Hi, "ओं"))
		}):
			// A traveller named, or by an office: not a country alone,
			// nor "… के नेताओं", whom a clause's talks name.
			guests = append(guests, p.Country)
		}
	}
	if len(guests) < 2 {
		return nil
	}
	out := make([]timeline.Event, 0, len(guests))
	for _, c := range guests {
		f := x.copyOn(e, e.When, len(out))
		f.Participants = slices.DeleteFunc(f.Participants, func(p timeline.Participant) bool { return p.Role == timeline.Guest && p.Country != c })
		f.Draft.Notes = append(f.Draft.Notes, fmt.Sprintf("one of %d visits: the sentence tells travellers of %s; this one of %s", len(guests), strings.Join(guests, ", "), c))
		out = append(out, f)
	}
	return out
}

// byTraveller returns evs with each visit of several travellers split
// by eachTraveller, numbered after the events drafted so far: a visit
// told for two years ("… 2019 और 2023 में भारत आए") is split by year
// first, then by traveller.
func (x *extractor) byTraveller(evs []timeline.Event, lead *mention) []timeline.Event {
	var out []timeline.Event
	for _, e := range evs {
		if each := x.eachTraveller(e, lead); each != nil {
			out = append(out, each...)
		} else {
			out = append(out, e)
		}
	}
	if len(out) > len(evs) {
		for k := range out {
			out[k].ID = draftID(len(x.events)+k+1, out[k].When.Start())
		}
	}
	return out
}

// legDays returns the days a telling of the tour s set in country c gives
// with a date of its own, and its first words; the zero When if none
// does.
func (x *extractor) legDays(s *story, c string) (date.When, string) {
	for _, m := range s.ms {
		// Set in the leg's country ("… 20 से 22 नवंबर तक रूस में
		// रहेंगे"), or a visit to it alone ("2-4 सितंबर को अपनी साइप्रस
		// यात्रा में …").
		if m.date == nil || !m.dateOwn || m.place.Country != c && (m.visited != c || len(m.visitedAll) > 1) || m.frame {
			continue
		}
		if w, _ := WhenOf(m.date.Date); !w.IsZero() && w.Precision() == date.Day {
			return x.inDatelineZone(w), firstWords(x.text, m.clause, 8)
		}
	}
	return date.When{}, ""
}

// restOfTour returns the days of leg i of a tour through hosts whose
// length is told ("आठ दिवसीय", by a telling of s with several countries
// or none) when a leg before it has days of its own (legDays) within the
// tour's, from its first day: from the day those end to the tour's last
// day.
func (x *extractor) restOfTour(s *story, hosts []string, i int, tour date.When) (date.When, bool) {
	n := 0
	for _, m := range s.ms {
		if m.days > n && (len(m.visitedAll) > 1 || m.visited == "" || m.visited == x.home) {
			n = m.days
		}
	}
	start, _ := tour.Days()
	if n < 2 || start.IsZero() {
		return date.When{}, false
	}
	var ended date.Date // the last day of the legs before i with days of their own
	for _, c := range hosts[:i] {
		w, _ := x.legDays(s, c)
		if w.IsZero() {
			continue
		}
		if ws, we := w.Days(); !ws.Before(start) && we.After(ended) {
			ended = we.AddDays(-1)
		}
	}
	last := start.AddDays(n - 1)
	if ended.IsZero() || !ended.Before(last) {
		return date.When{}, false
	}
	return dayRange(ended, last, tour.Zone())
}

// yearsListed returns the years a telling lists as its date, "प्रधान मंत्री
// ने 2015, 2018 और 2019 में यूएई का दौरा किया": events of those years, one
// each, as an editor drafts them; nil unless its date is the last year of
// such a list and the event is told as held. (A list of days is a span:
// "4 और 5 दिसंबर को".) The years before the last split the sentence into
// clauses of their own, with no event: they are read back from the text.
func (x *extractor) yearsListed(m *mention) []int {
	if m.date == nil || m.date.Date.Granularity != hindidate.Year || m.date.Date.Approximate || m.status != timeline.Held || m.date.Start < m.sent.start {
		return nil
	}
	evAt := m.sent.end // the event word, after the date
	if i := strings.Index(x.text[m.date.End:m.sent.end], m.word); m.word != "" && i >= 0 {
		evAt = m.date.End + i
	}
	for _, t := range x.tokens(m.date.End, evAt) {
		if _, ok := yearNumber(t.text); ok {
			return nil // "2014, 2019 और 2024 में चुनाव जीता और 2024 में इटली का दौरा किया": the list is of another clause
		}
	}
	years := []int{m.date.Date.Start.Year()}
	toks := x.tokens(m.sent.start, m.date.Start)
	next := m.date.Start
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if conj := t.key == "और" || t.key == "व" || t.key == "तथा" || t.key == "एवं"; conj && listGap(x.text[t.end:next]) {
			next = t.start
			continue
		}
		y, ok := yearNumber(t.text)
		if !ok || !listGap(x.text[t.end:next]) || x.text[t.end:next] == "" {
			break
		}
		if i > 0 && yearOf(toks[i-1].text) {
			break // "जून 2018 और 2019", "वर्ष 2017, …": a date of its own, which another draft may tell
		}
		years = slices.Insert(years, 0, y)
		next = t.start
	}
	if len(years) < 2 || len(years) > 12 {
		return nil // more than a dozen is a record, not events to draft one by one
	}
	return years
}

// yearOf reports a word that makes the year after it a date of its own: a
// month ("जून 2018") or "वर्ष", "साल", "सन".
func yearOf(w string) bool {
	if _, ok := hindi.LookupMonth(w); ok {
		return true
	}
	switch w {
	case "वर्ष", "साल", "सन":
		return true
	}
	return false
}

// yearNumber reads a year of four digits, Latin or Devanagari.
func yearNumber(w string) (int, bool) {
	n := numberOf(w)
	return n, utf8.RuneCountInString(w) == 4 && n >= 1900 && n <= 2100
}

// listGap reports the gap between two items of a list, or between an
// item and its conjunction: spaces and at most one comma.
func listGap(gap string) bool {
	gap = strings.TrimSpace(gap)
	return gap == "" || gap == ","
}

// eachYear returns the draft e once for each of years, the first
// numbered as e.
func (x *extractor) eachYear(e timeline.Event, years []int) []timeline.Event {
	out := make([]timeline.Event, 0, len(years))
	list := make([]string, len(years))
	for i, y := range years {
		list[i] = strconv.Itoa(y)
	}
	last := list[len(list)-1]
	for i, y := range years {
		f := x.copyOn(e, date.InYear(y), i)
		for j, n := range f.Draft.Notes {
			f.Draft.Notes[j] = strings.ReplaceAll(n, last, list[i]) // "date \"2019\" read as 2019"
		}
		f.Draft.Notes = append(f.Draft.Notes, fmt.Sprintf("one of %d events the sentence tells by year (%s): this one in %d", len(years), strings.Join(list, ", "), y))
		f.Title.Hi = strings.ReplaceAll(e.Title.Hi, last, list[i])
		out = append(out, f)
	}
	return out
}

// eachDayOf returns the days of w when it is a span of exactly n days
// (n > 1) read to the day: "29 और 30 सितंबर को दो बार मुलाकात होगी".
func eachDayOf(w date.When, n int) []date.Date {
	if n < 2 || !w.IsSpan() || w.Precision() != date.Day || w.IsApprox() {
		return nil
	}
	first, end := w.Days()
	var days []date.Date
	for d := first; d.Before(end) && len(days) <= n; d = d.AddDays(1) {
		days = append(days, d)
	}
	if len(days) != n {
		return nil
	}
	return days
}

// eachDay makes one event of e on each of days: the meetings a count
// tells over so many days, one a day.
func (x *extractor) eachDay(e timeline.Event, days []date.Date) []timeline.Event {
	out := make([]timeline.Event, 0, len(days))
	for i, d := range days {
		f := x.copyOn(e, date.OnDay(d), i)
		f.Draft.Notes = append(f.Draft.Notes, fmt.Sprintf("one of %d events the sentence counts over the days %s–%s: this one on %s; check it", len(days), days[0], days[len(days)-1], d))
		out = append(out, f)
	}
	return out
}

// copyOn returns e dated w (in e's zone) and numbered as the i-th event
// after those drafted so far, with slices of its own: later passes write
// participants and notes in place.
func (x *extractor) copyOn(e timeline.Event, w date.When, i int) timeline.Event {
	f := e
	f.When = w.WithZone(e.When.Zone())
	f.Participants, f.History, f.Sources = slices.Clone(e.Participants), slices.Clone(e.History), slices.Clone(e.Sources)
	d := *e.Draft
	d.Also, d.Notes = slices.Clone(e.Draft.Also), slices.Clone(e.Draft.Notes)
	f.Draft = &d
	f.ID = draftID(len(x.events)+i+1, f.When.Start())
	return f
}

// draftID names the n-th draft event, dated d.
func draftID(n int, d date.Date) string {
	return fmt.Sprintf("draft-%02d-%s", n, d)
}

// dayIn returns the day of another story than the tour s (drafted as e),
// told as set in country c on one day within the tour's days, with one of
// the tour's visitors' side in it (not "… जर्मनी में रूस और यूक्रेन के
// विदेश मंत्रियों की बैठक").
func (x *extractor) dayIn(c string, s *story, e timeline.Event) (date.When, bool) {
	tour := e.When
	var guests []string
	for _, p := range e.Participants {
		if p.Role == timeline.Guest && p.Country != "" {
			guests = append(guests, p.Country)
		}
	}
	for _, o := range x.stories {
		if o == s || o.when.Precision() != date.Day || o.when.Bound() != date.NoBound || !within(o.when, tour) {
			continue
		}
		if start, end := o.when.Days(); end.Compare(start.AddDays(1)) > 0 {
			continue // a span, not a day
		}
		lead := o.dated
		if lead == nil {
			lead = o.first
		}
		// Told in c, or talks with c's side while touring it ("वह 26 जून को
		// अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप से पहली बार मिलेंगे").
		inC := slices.ContainsFunc(o.ms, func(m *mention) bool { return m.place.Country == c || m.abroad == c }) ||
			(o.kind == timeline.BilateralMeeting || o.kind == timeline.SidelineMeeting) && slices.ContainsFunc(lead.people, func(p person) bool { return p.counterpart && p.Country == c })
		if inC && slices.ContainsFunc(lead.people, func(p person) bool { return slices.Contains(guests, p.Country) }) {
			return o.when, true
		}
	}
	return date.When{}, false
}

// arrivedIn returns the country a sentence tells its visitor has just
// reached: "… कनाडा पहुंचे".
func (x *extractor) arrivedIn(m *mention) (string, bool) {
	toks := x.tokens(m.sent.start, m.sent.end)
	for i, t := range toks {
		if i == 0 || !arrivedWords.has(t.key) && !(reachWords.has(t.key) && i+1 < len(toks) && reachedWords.has(toks[i+1].key)) {
			continue // "पहुंच मजबूत होगी" is access, no arrival
		}
		if negationWords.has(toks[i-1].key) || i+1 < len(toks) && negationWords.has(toks[i+1].key) {
			continue // "ब्राजील नहीं पहुंच पाए"
		}
		if c, ok := countryCode(toks[i-1].text); ok {
			return c, true
		}
	}
	return "", false
}

// legTo returns the tour e as its leg to country c: the other hosts and a
// place elsewhere left out.
func legTo(e timeline.Event, c string) timeline.Event {
	f := e
	f.Participants = nil
	for _, p := range e.Participants {
		if p.Role != timeline.Host || p.Country == c {
			f.Participants = append(f.Participants, p)
		}
	}
	if f.Place.Country != c {
		f.Place = timeline.Place{}
	}
	return f
}

// untoldLegs returns, for a tour whose days are inferred some of whose legs
// are told on their own with days (told, by country), the tour begun on
// the first of those days and a visit to each country told nowhere else,
// from the day after the legs told end to the tour's last day; or nil when
// the days do not allow it, and the tour stays one draft.
func (x *extractor) untoldLegs(e timeline.Event, hosts []string, told map[string]*story) []timeline.Event {
	start, end := e.When.Days()
	if e.When.Precision() != date.Day || e.When.Bound() != date.NoBound || e.When.IsApprox() || start.IsZero() || !e.When.IsSpan() {
		return nil
	}
	days := int(end.In(time.UTC).Sub(start.In(time.UTC)).Hours() / 24)
	var toldStart, toldEnd date.Date
	for _, o := range told {
		os, oe := o.when.Days()
		if o.when.Precision() != date.Day || o.when.Bound() != date.NoBound || os.IsZero() {
			return nil
		}
		if toldStart.IsZero() || os.Before(toldStart) {
			toldStart = os
		}
		if oe.After(toldEnd) {
			toldEnd = oe
		}
	}
	if toldStart.After(start) || toldStart.Before(start.AddDays(-7)) {
		return nil // a leg told before the tour's days, or long after: no shared days
	}
	start, end = toldStart, toldStart.AddDays(days)
	if !toldEnd.Before(end) {
		return nil
	}
	tour, ok1 := dayRange(start, end.AddDays(-1), e.When.Zone())
	rest, ok2 := dayRange(toldEnd, end.AddDays(-1), e.When.Zone())
	if !ok1 || !ok2 {
		return nil
	}
	d := *e.Draft
	d.Notes = append(slices.Clip(d.Notes), fmt.Sprintf("the tour begins on the day of its first leg told: %s", tour))
	e.When, e.Draft = tour, &d
	e.ID = draftID(len(x.events)+1, e.When.Start())
	out := []timeline.Event{e}
	for _, c := range hosts {
		if told[c] != nil {
			continue
		}
		f := legTo(e, c)
		f.When = rest
		fd := *e.Draft
		fd.DateInferred = true
		fd.Notes = append(slices.Clip(e.Draft.Notes), fmt.Sprintf("a leg of the tour to %s told nowhere else: dated %s, from after the legs told to the tour's end", c, rest))
		if toldEnd.After(x.reported) {
			legToCome(&f, &fd, "status \"announced\": the leg's days are still to come")
		}
		f.ID = draftID(len(x.events)+len(out)+1, f.When.Start())
		f.Draft = &fd
		out = append(out, f)
	}
	return out
}

// legsAround returns, for a tour with days of its own (e) some of whose
// legs are told on their own with days inside them (told, by country), a
// visit to each country told nowhere else: those listed before the legs
// told from the tour's first day to the day before the first of them,
// those after from the day the last of them ends to the tour's last day
// (a day of travel is in both). Nil when the days do not allow it, and
// the tour stays one draft of every country.
func (x *extractor) legsAround(e timeline.Event, hosts []string, told map[string]*story) []timeline.Event {
	start, end := e.When.Days()
	if e.When.Precision() != date.Day || e.When.Bound() != date.NoBound || e.When.IsApprox() || start.IsZero() || !e.When.IsSpan() {
		return nil
	}
	last := end.AddDays(-1)
	var toldStart, toldLast date.Date
	firstTold, lastTold := len(hosts), -1
	for i, c := range hosts {
		o := told[c]
		if o == nil {
			continue
		}
		os, oe := o.when.Days()
		if o.when.Precision() != date.Day || o.when.Bound() != date.NoBound || o.when.IsApprox() || os.Before(start) || oe.After(end) {
			return nil
		}
		if toldStart.IsZero() || os.Before(toldStart) {
			toldStart = os
		}
		if ol := oe.AddDays(-1); ol.After(toldLast) {
			toldLast = ol
		}
		firstTold, lastTold = min(firstTold, i), max(lastTold, i)
	}
	var out []timeline.Event
	for i, c := range hosts {
		if told[c] != nil {
			continue
		}
		var w date.When
		var ok bool
		switch {
		case i < firstTold:
			w, ok = dayRange(start, toldStart.AddDays(-1), e.When.Zone())
		case i > lastTold:
			w, ok = dayRange(toldLast, last, e.When.Zone())
		}
		if !ok {
			return nil // a leg between legs told, or no days left for it
		}
		f := legTo(e, c)
		f.When = w
		fd := *e.Draft
		fd.DateInferred = true
		fd.Notes = append(slices.Clip(e.Draft.Notes), fmt.Sprintf("a leg of the tour (%s) to %s told nowhere else: dated %s, the tour's days %s the legs told on their own", e.When, c, w, map[bool]string{true: "before", false: "after"}[i < firstTold]))
		if ws, _ := w.Days(); ws.After(x.reported) {
			legToCome(&f, &fd, "status \"announced\": the leg's days are still to come")
		}
		f.ID = draftID(len(x.events)+len(out)+1, f.When.Start())
		f.Draft = &fd
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// dayRange returns the days from first to last, both within, in zone;
// false when last comes before first.
func dayRange(first, last date.Date, zone string) (date.When, bool) {
	if last.Before(first) {
		return date.When{}, false
	}
	w := date.OnDay(first)
	if first.Before(last) {
		var err error
		if w, err = w.Until(date.OnDay(last)); err != nil {
			return date.When{}, false
		}
	}
	return w.WithZone(zone), true
}

// legToCome makes a leg f drafted as held still to come (announced),
// with note in d saying why; a leg of any other status keeps it.
func legToCome(f *timeline.Event, d *timeline.Draft, note string) {
	n := len(f.History)
	if n == 0 || f.History[n-1].Status != timeline.Held {
		return
	}
	f.History = slices.Clone(f.History)
	f.History[n-1].Status = timeline.Announced
	d.Notes = append(d.Notes, note)
}

// legElsewhere returns another visit story that goes to country c alone,
// undated or within a week of s: that leg, told on its own. Or nil.
func (x *extractor) legElsewhere(s *story, c string) *story {
	for _, o := range x.stories {
		if o == s || o.kind != timeline.Visit {
			continue
		}
		lead := o.dated
		if lead == nil {
			lead = o.first
		}
		v, all := visitedBy(lead, o.ms)
		if v != c || len(all) > 1 || otherVisitor(x.text, s, lead) {
			continue // not "बोरिस जॉनसन का भारत दौरा रद्द" beside Suga's India and Philippines trip
		}
		if o.when.IsZero() || s.when.IsZero() || overlaps(o.when, s.when) || x.daysBefore(o.when, s.when, 7) || x.daysBefore(s.when, o.when, 7) {
			return o
		}
	}
	return nil
}

// ofOthers reports a gathering its tellings say is of ministers,
// secretaries or officials, or has a former head ("क्वाड विदेश मंत्रियों की
// बैठक में प्रधानमंत्री मोदी … के संदेश पढ़े गए", "पूर्व प्रधानमंत्री"):
// no summit, whoever else it names.
func (x *extractor) ofOthers(s *story) bool {
	for _, m := range s.ms {
		for _, t := range x.tokens(m.clause.start, m.clause.end) {
			if ministersWords.has(t.key) || officialWords.has(t.key) || t.key == "पूर्व" || t.key == "संदेश" {
				return true
			}
		}
	}
	return false
}

var officialWords = setOf("अधिकारियों", "अधिकारी", "अफसरों", "राजदूतों", "प्रतिनिधियों")

// leadersOnly reports the heads of two countries or more, and no one else
// but countries named without a person ("क्वाड देशों"). A head's
// counterpart ("रूस के उनके समकक्ष व्लादिमीर पुतिन") is a head.
func leadersOnly(parts []timeline.Participant) bool {
	heads, peers := map[string]bool{}, map[string]bool{}
	for _, p := range parts {
		switch {
		case headOffices.has(p.Title.Hi):
			heads[p.Country] = true
		case p.Title.Hi == "समकक्ष":
			peers[p.Country] = true
		case p.Title.Hi != "" || p.Name.Hi != "":
			return false
		}
	}
	if len(heads) > 0 {
		maps.Copy(heads, peers)
	}
	return len(heads) >= 2
}

// possessed reports "का", "की" or "के" right after the byte end: a person
// named as an owner ("वांग यी के बयान"), no subject.
func possessed(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	for _, w := range [...]string{"का ", "की ", "के "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
