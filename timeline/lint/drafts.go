package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// FarYears is how many years from the day an event was reported its date
// may lie before [FarFromReport] asks whether it was misread (a gap such
// as "15 साल बाद" taken for a date).
const FarYears = 3

// checkHeldEarly reports a draft "held" on a day before the event's own
// date: a plan drafted from a past tense, or a misread date. An editor's
// own events are not checked: a timeline may record a correction that way.
func checkHeldEarly(e *timeline.Event, add addFunc) {
	if e.Draft == nil || e.When.IsZero() {
		return
	}
	start, _ := e.When.Days()
	if start.IsZero() {
		return
	}
	for i, h := range e.History {
		if h.Status == timeline.Held && !h.On.IsZero() && h.On.Before(start) {
			add(fmt.Sprintf("history[%d]", i), HeldEarly,
				fmt.Sprintf("\"संपन्न\" %s को दर्ज है, जबकि घटना की तारीख %s है; क्या यह योजना थी, या तारीख गलत पढ़ी गई?", formatDate(h.On, timeline.Hindi), formatDate(start, timeline.Hindi)),
				fmt.Sprintf("recorded as held on %s, before the event's own date %s: was it a plan, or is the date misread?", h.On, start))
			return
		}
	}
}

// reportedOn returns the day an event was first reported: its earliest
// source or status change.
func reportedOn(e *timeline.Event) date.Date {
	var first date.Date
	for _, s := range e.Sources {
		if !s.Reported.IsZero() && (first.IsZero() || s.Reported.Before(first)) {
			first = s.Reported
		}
	}
	for _, h := range e.History {
		if !h.On.IsZero() && (first.IsZero() || h.On.Before(first)) {
			first = h.On
		}
	}
	return first
}

// checkFar reports a draft dated more than FarYears from the day it was
// reported.
func checkFar(e *timeline.Event, add addFunc) {
	if e.Draft == nil || e.When.IsZero() {
		return
	}
	rep := reportedOn(e)
	if rep.IsZero() {
		return
	}
	start, end := e.When.Window()
	if !start.IsZero() && start.After(rep.AddDays(365*FarYears)) || !end.IsZero() && end.Before(rep.AddDays(-365*FarYears)) {
		add("when", FarFromReport,
			fmt.Sprintf("तारीख %s रिपोर्ट (%s) से %d साल से अधिक दूर है; क्या यह \"N साल बाद\" जैसा अंतराल था?", e.When, formatDate(rep, timeline.Hindi), FarYears),
			fmt.Sprintf("the date %s is more than %d years from the report (%s): was it a gap such as \"N साल बाद\" read as a date?", e.When, FarYears, rep))
	}
}

// checkInferred reports a draft whose date its own sentence does not give.
func checkInferred(e *timeline.Event, add addFunc) {
	if e.Draft == nil || !e.Draft.DateInferred {
		return
	}
	add("draft.date_inferred", InferredDate,
		fmt.Sprintf("तारीख %s घटना के अपने वाक्य में नहीं है, संदर्भ से अनुमानित है; जाँचें", e.When),
		fmt.Sprintf("the date %s is not in the event's own sentence but inferred from the text around it; check it", e.When))
}

// checkDuplicateDrafts reports a draft that looks like another draft of
// the same event: the same kind, overlapping days, and no participant's
// country that the other lacks; unless both come from the same sentence
// under different titles, which the drafter split on purpose.
func checkDuplicateDrafts(t *timeline.Timeline, i int, add addFunc) {
	e := &t.Events[i]
	if e.Draft == nil || e.When.IsZero() {
		return
	}
	for j := range i {
		o := &t.Events[j]
		if o.Draft == nil || o.Kind != e.Kind || o.When.IsZero() || !daysOverlap(e.When, o.When) || !sameCountries(e, o) {
			continue
		}
		if o.Draft.From == e.Draft.From && o.Draft.Start == e.Draft.Start && o.Draft.End == e.Draft.End && (o.Title != e.Title || namesOthers(e, o)) {
			// One sentence split on purpose: into events of other names
			// ("… शिखर सम्मेलन और … शिखर सम्मेलन"), or one meeting with
			// each counterpart ("… मोदी और जयशंकर से मुलाकात करेंगे").
			continue
		}
		add("", DuplicateDraft,
			fmt.Sprintf("यह मसौदा %s जैसा लगता है (वही प्रकार, तारीखें मिलती हैं); एक ही घटना हो तो मिलाएँ", o.ID),
			fmt.Sprintf("this draft looks like %s (same kind, overlapping dates): merge them if they are one event", o.ID))
		return
	}
}

func daysOverlap(a, b date.When) bool {
	as, ae := a.Window()
	bs, be := b.Window()
	if as.IsZero() || bs.IsZero() || ae.IsZero() || be.IsZero() {
		return false
	}
	return as.Before(be) && bs.Before(ae)
}

// sameCountries reports whether two events name the same participant
// countries, or one names none.
func sameCountries(a, b *timeline.Event) bool {
	ca, cb := participantCountries(a), participantCountries(b)
	if len(ca) == 0 || len(cb) == 0 {
		return true
	}
	for c := range ca {
		if !cb[c] {
			return false
		}
	}
	return len(ca) == len(cb)
}

// namesOthers reports two events that each name someone the other does
// not: "… मोदी और जयशंकर से मुलाकात करेंगे" split into a meeting with each.
// Names are the same when one holds the other ("मोदी", "नरेंद्र मोदी"); a
// name in one language cannot be told apart from one in the other, nor
// from an office alone, so those never make two events.
func namesOthers(a, b *timeline.Event) bool {
	return namesOneMore(a, b) && namesOneMore(b, a)
}

// namesOneMore reports a named participant of a whom b names nowhere.
func namesOneMore(a, b *timeline.Event) bool {
	for _, p := range a.Participants {
		if p.Name.Hi == "" && p.Name.En == "" {
			continue
		}
		if !slices.ContainsFunc(b.Participants, func(q timeline.Participant) bool { return maySamePerson(p, q) }) {
			return true
		}
	}
	return false
}

// maySamePerson reports two participants that may be one person: their
// names in a language both give hold one another, or no language lets
// them be told apart.
func maySamePerson(p, q timeline.Participant) bool {
	holds := func(a, b string) bool { return strings.Contains(a, b) || strings.Contains(b, a) }
	switch {
	case p.Name.Hi != "" && q.Name.Hi != "":
		return holds(p.Name.Hi, q.Name.Hi)
	case p.Name.En != "" && q.Name.En != "":
		return holds(strings.ToLower(p.Name.En), strings.ToLower(q.Name.En))
	}
	return true
}

func participantCountries(e *timeline.Event) map[string]bool {
	out := map[string]bool{}
	for _, p := range e.Participants {
		if p.Country != "" {
			out[p.Country] = true
		}
	}
	return out
}
