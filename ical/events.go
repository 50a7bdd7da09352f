package ical

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/teambition/rrule-go"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// builder turns the VEVENTs read into timeline events: it groups them by
// UID, keeps the latest version of each, expands recurring ones and puts
// moved occurrences in place of the ones they move.
type builder struct {
	d        *decoder
	from, to time.Time
	events   []timeline.Event
	// lines holds the line of the VEVENT each event comes from.
	lines  []int
	series int
	// single maps a UID to the index of its one event, for RELATED-TO;
	// recurring holds the UIDs of recurring events, which no RELATED-TO
	// can name (they are many events).
	single    map[string]int
	recurring map[string]bool
	relations []relation
	full      bool // MaxEvents reached
}

// relation is a RELATED-TO of events[event], to be resolved once every
// event is read.
type relation struct {
	event   int
	uid     string
	reltype string
	line    int
}

// group holds the VEVENTs of one UID.
type group struct {
	uid       string
	masters   []*vevent
	overrides map[string][]*vevent // by the key of their RECURRENCE-ID
	order     []string             // keys of overrides in file order
}

func (b *builder) build(evs []*vevent) {
	b.single = map[string]int{}
	b.recurring = map[string]bool{}
	groups := map[string]*group{}
	var order []*group
	for _, v := range evs {
		g := groups[v.uid]
		if g == nil {
			g = &group{uid: v.uid, overrides: map[string][]*vevent{}}
			groups[v.uid] = g
			order = append(order, g)
		}
		if v.rid == nil {
			g.masters = append(g.masters, v)
			continue
		}
		k := v.rid.key()
		if len(g.overrides[k]) == 0 {
			g.order = append(g.order, k)
		}
		g.overrides[k] = append(g.overrides[k], v)
	}
	b.events = make([]timeline.Event, 0, len(order))
	for _, g := range order {
		b.group(g)
		// What the group's VEVENTs hold is in its events now.
		for _, v := range g.masters {
			v.release()
		}
		for _, vs := range g.overrides {
			for _, v := range vs {
				v.release()
			}
		}
	}
}

// latest returns the version of an event to keep among vs: the highest
// SEQUENCE, then the latest LAST-MODIFIED or DTSTAMP, then the last in the
// file, as calendar programs do; it notes the others.
func (b *builder) latest(vs []*vevent) *vevent {
	best := vs[0]
	for _, v := range vs[1:] {
		if v.seq > best.seq || v.seq == best.seq && !v.stamp.Before(best.stamp) {
			best = v
		}
	}
	for _, v := range vs {
		if v != best {
			b.d.note(Dropped, v.c.line, "VEVENT", "", v.uid, "an older version of an event that appears again at line "+strconv.Itoa(best.c.line)+" (same UID"+ridWords(v)+"); the newer one is kept")
		}
	}
	return best
}

func ridWords(v *vevent) string {
	if v.rid == nil {
		return ""
	}
	return " and RECURRENCE-ID"
}

func (b *builder) group(g *group) {
	overrides := map[string]*vevent{}
	for _, k := range g.order {
		overrides[k] = b.latest(g.overrides[k])
	}
	used := map[string]bool{}
	if len(g.masters) > 0 {
		m := b.latest(g.masters)
		if m.recurs() {
			b.series++
			b.recurring[g.uid] = true
			b.expandSeries(m, overrides, used)
		} else {
			// A single event; an override of its one occurrence replaces it.
			src, rid := m, ""
			if o := overrides[m.start.key()]; o != nil {
				src, rid = o, b.ridText(*o.rid, o)
				used[m.start.key()] = true
			}
			start, end := src.start, src.endFor(src.start)
			if i := b.add(src, start, end, rid); i >= 0 && rid == "" {
				b.single[g.uid] = i
			}
		}
	}
	// Overrides that move no occurrence read: events of their own.
	for _, k := range g.order {
		if used[k] {
			continue
		}
		o := overrides[k]
		if len(g.masters) > 0 && g.masters[0].recurs() && !b.inWindow(*o.rid) && !b.inWindow(o.start) {
			b.d.note(Limited, o.c.line, "VEVENT", "RECURRENCE-ID", o.uid, "moved occurrence outside the window; left out")
			continue
		}
		b.add(o, o.start, o.endFor(o.start), b.ridText(*o.rid, o))
	}
}

// endFor returns the end of the occurrence of v that starts at start: v's
// own DTEND for its DTSTART, else start plus v's length.
func (v *vevent) endFor(start tval) *tval {
	if v.end == nil && v.dur == nil {
		return nil
	}
	if start.key() == v.start.key() && v.end != nil {
		return v.end
	}
	if start.date {
		days := 0
		switch {
		case v.dur != nil:
			days = v.dur.days
		case v.end.date:
			days = int(v.end.day.In(time.UTC).Sub(v.start.day.In(time.UTC)).Hours() / 24)
		default:
			return nil
		}
		e := tval{date: true, day: start.day.AddDays(days)}
		e.wall = e.day.In(time.UTC)
		return &e
	}
	var length time.Duration
	switch {
	case v.dur != nil:
		// Days are nominal: the same time of day, days later.
		e := start
		if v.dur.days != 0 {
			if start.z != nil {
				e.t, e.clk = start.z.instant(start.wall.AddDate(0, 0, v.dur.days))
			} else {
				e.t = start.t.AddDate(0, 0, v.dur.days)
			}
		}
		e.t = e.t.Add(v.dur.d)
		return &e
	case v.end.date:
		return nil
	default:
		length = v.end.t.Sub(v.start.t)
	}
	e := start
	e.t = start.t.Add(length)
	if v.end.z != start.z {
		e.z, e.utc, e.floating = v.end.z, v.end.utc, v.end.floating
	}
	return &e
}

// inWindow reports whether the value falls in [from, to).
func (b *builder) inWindow(v tval) bool {
	if v.date {
		from, to := date.Date{}, date.Date{}
		if !b.from.IsZero() {
			from = date.FromTime(b.from.UTC())
		}
		if !b.to.IsZero() {
			to = date.FromTime(b.to.UTC())
		}
		return (from.IsZero() || !v.day.Before(from)) && (to.IsZero() || v.day.Before(to))
	}
	return (b.from.IsZero() || !v.t.Before(b.from)) && (b.to.IsZero() || v.t.Before(b.to))
}

// frameWall returns the wall clock of instant t in the frame of value v:
// its zone's wall clock, or UTC for a UTC time or a date.
func frameWall(v tval, t time.Time) time.Time {
	if v.z != nil {
		return v.z.wall(t)
	}
	return t.UTC()
}

// occurrence is one start of a recurring event: its value, the key of
// that value, and the RDATE it comes from, if any.
type occurrence struct {
	start tval
	key   string
	rdate *rdate
}

// expandSeries adds the occurrences of m in the window, each replaced by
// the override that moves it, if any.
func (b *builder) expandSeries(m *vevent, overrides map[string]*vevent, used map[string]bool) {
	d := b.d
	s := m.start
	limit := d.opts.MaxOccurrences
	var occ []occurrence
	before, later, stepsOut := 0, false, false
	// DTSTART is an occurrence of an RDATE-only event, and of an RRULE
	// event when the rule gives it: a DTSTART that is not one of the
	// rule's dates is not (RFC 5545 calls that set undefined; libical,
	// ical.js and dateutil read it so).
	dtstartToo := m.rule == nil
	if m.rule != nil {
		opt := m.rule.opt
		opt.Dtstart = frameWall(s, s.instant())
		if s.date {
			opt.Dtstart = s.day.In(time.UTC)
		} else if s.z != nil {
			opt.Dtstart = s.wall
		}
		if m.rule.until != "" {
			u, err := b.until(m, m.rule.until)
			if err != nil {
				d.note(Skipped, m.ruleLine, "VEVENT", "RRULE", m.uid, "UNTIL not read, so the rule is read without it: "+err.Error())
			} else {
				opt.Until = u
			}
			if m.rule.count != 0 {
				d.note(Changed, m.ruleLine, "VEVENT", "RRULE", m.uid, "both COUNT and UNTIL (RFC 5545 allows one); the rule stops at whichever comes first")
			}
		}
		lo, hi := time.Time{}, frameWall(s, b.to).AddDate(0, 0, 2)
		if !b.from.IsZero() {
			lo = frameWall(s, b.from).AddDate(0, 0, -2)
		}
		opt.Dtstart = opt.Dtstart.Truncate(time.Second)
		x, err := expand(opt, lo, hi, limit+2, &d.steps)
		switch {
		case err != nil:
			dtstartToo = true
			d.note(Skipped, m.ruleLine, "VEVENT", "RRULE", m.uid, "rule not expanded, so only DTSTART (and RDATEs) are occurrences: "+err.Error())
		case x.never || len(x.occ) == 0 && x.before == 0 && !x.later && !x.capped:
			d.note(Dropped, m.ruleLine, "VEVENT", "RRULE", m.uid, "the rule has no occurrence, and DTSTART is none unless the rule gives it; only RDATEs remain")
		default:
			if !ruleGives(opt, &d.steps) {
				d.note(Changed, m.ruleLine, "VEVENT", "DTSTART", m.uid, "DTSTART is not one of the rule's dates, so not an occurrence (RFC 5545 leaves it undefined; libical, ical.js and dateutil read it so)")
			}
			before, later, stepsOut = x.before, x.later, x.capped && len(x.occ) < limit+2
		}
		for _, w := range x.occ {
			o := s
			o.wall = w
			switch {
			case s.date:
				o.day = date.FromTime(w)
			case s.z != nil:
				o.t, o.clk = s.z.instant(w)
			default:
				o.t = w
			}
			occ = append(occ, occurrence{start: o, key: o.key()})
		}
	}
	if dtstartToo {
		occ = append(occ, occurrence{start: s, key: s.key()})
	}
	for i := range m.rdates {
		r := &m.rdates[i]
		occ = append(occ, occurrence{start: r.start, key: r.start.key(), rdate: r})
	}
	ex := map[string]bool{}
	for _, x := range m.exdates {
		ex[x.key()] = true
		if x.date {
			ex[x.dayKey()] = true
		}
	}
	slices.SortStableFunc(occ, func(a, c occurrence) int { return a.start.instant().Compare(c.start.instant()) })
	occ = slices.CompactFunc(occ, func(a, c occurrence) bool { return a.key == c.key })
	kept, capped := 0, false
	for _, o := range occ {
		if ex[o.key] || ex[o.start.dayKey()] {
			continue
		}
		ov := overrides[o.key]
		if ov == nil && !o.start.date {
			ov = overrides[o.start.dayKey()]
		}
		if !b.inWindow(o.start) && (ov == nil || !b.inWindow(ov.start)) {
			if !b.from.IsZero() && o.start.instant().Before(b.from) {
				before++
			} else {
				later = true
			}
			continue
		}
		if kept >= limit {
			capped = true
			break
		}
		kept++
		if ov != nil {
			used[ov.rid.key()] = true
			b.add(ov, ov.start, ov.endFor(ov.start), b.ridText(*ov.rid, ov))
			continue
		}
		end := m.endFor(o.start)
		if r := o.rdate; r != nil && (r.end != nil || r.dur != nil) {
			v := *m
			v.start, v.end, v.dur = r.start, r.end, r.dur
			end = v.endFor(r.start)
		}
		b.add(m, o.start, end, b.ridText(o.start, m))
	}
	line := m.c.line
	if m.rule != nil {
		line = m.ruleLine
	}
	if before > 0 {
		d.note(Limited, line, "VEVENT", "RRULE", m.uid, fmt.Sprintf("%d occurrences before the window start %s left out", before, b.from.UTC().Format(time.RFC3339)))
	}
	switch {
	case capped:
		d.note(Limited, line, "VEVENT", "RRULE", m.uid, fmt.Sprintf("more than %d occurrences in the window (DecodeOptions.MaxOccurrences); the first %d are kept", limit, limit))
	case stepsOut:
		d.note(Limited, line, "VEVENT", "RRULE", m.uid, "the rule's occurrences cost more steps than a rule may take; the first are kept")
	case later:
		d.note(Limited, line, "VEVENT", "RRULE", m.uid, "goes on after the window end "+b.to.UTC().Format(time.RFC3339)+"; later occurrences left out")
	}
}

// ruleGives reports whether the rule opt gives its own DTSTART.
func ruleGives(opt rrule.ROption, steps *int) bool {
	first := opt
	first.Count = 1
	x, err := expand(first, time.Time{}, opt.Dtstart.Add(time.Second), 1, steps)
	return err == nil && len(x.occ) == 1 && x.occ[0].Equal(opt.Dtstart)
}

// until reads a rule's UNTIL in the frame of m's start.
func (b *builder) until(m *vevent, s string) (time.Time, error) {
	st := m.start
	if len(s) == 8 {
		t, err := time.Parse("20060102", s)
		if err != nil {
			return t, fmt.Errorf("UNTIL=%s is not a date", clip(s))
		}
		if st.date {
			return t, nil
		}
		return t.Add(24*time.Hour - time.Second), nil // the whole day
	}
	utc := strings.HasSuffix(s, "Z")
	w, err := parseDateTime(strings.TrimSuffix(s, "Z"))
	if err != nil {
		return w, fmt.Errorf("UNTIL=%s: %w", clip(s), err)
	}
	switch {
	case st.date:
		if utc && st.z == nil {
			return w, nil
		}
		return time.Date(w.Year(), w.Month(), w.Day(), 0, 0, 0, 0, time.UTC), nil
	case utc:
		return frameWall(st, w), nil
	}
	return w, nil
}

// ridText returns the recurrence ID text of an occurrence that starts at
// (or, for an override, was moved from) rid, of an event read from v: a
// date; a local time when the event is written in rid's zone and that
// zone gives rid's wall clock back; else UTC. Encode writes each back as a
// RECURRENCE-ID of the same instant.
func (b *builder) ridText(rid tval, v *vevent) string {
	if rid.date {
		return strings.ReplaceAll(rid.day.String(), "-", "")
	}
	if z := rid.z; z != nil && !rid.floating && rid.clk == clockOnce && v.start.z == z && z.loc != nil && z.zone != "UTC" {
		const layout = "20060102T150405"
		if w := rid.t.In(z.loc); w.Format(layout) == rid.wall.Format(layout) {
			return strings.ToLower(rid.wall.Format(layout))
		}
	}
	return strings.ToLower(rid.t.UTC().Format("20060102T150405")) + "z"
}

// add appends the event v gives for one occurrence (or its one event),
// and returns its index, or -1 when the event cannot be added.
func (b *builder) add(v *vevent, start tval, end *tval, rid string) int {
	if len(b.events) >= b.d.opts.MaxEvents {
		if !b.full {
			b.full = true
		}
		b.d.note(Limited, v.c.line, "VEVENT", "", "", fmt.Sprintf("over %d events (DecodeOptions.MaxEvents); left out", b.d.opts.MaxEvents))
		return -1
	}
	w, ok := b.d.when(v, start, end)
	if !ok {
		return -1
	}
	e := b.d.fields(v).clone()
	e.When = w
	e.ID = b.d.eventID(v, rid)
	b.events = append(b.events, e)
	b.lines = append(b.lines, v.c.line)
	for _, r := range b.d.relatedTo(v) {
		r.event = len(b.events) - 1
		b.relations = append(b.relations, r)
	}
	return len(b.events) - 1
}

// eventID returns the timeline ID of v's event with recurrence ID text
// rid: ours for our own UIDs, else the UID spelled as a slug.
func (d *decoder) eventID(v *vevent, rid string) string {
	if id, ok := strings.CutSuffix(v.uid, uidSuffix); ok && rid == "" && isSlug(id) && !strings.HasPrefix(id, foreignPrefix) {
		return id
	}
	return foreignID(v.uid, rid)
}

// isSlug reports whether s is a timeline ID as timeline.Validate wants one.
func isSlug(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

// when returns the date of an event that starts at start and ends at end
// (nil for none), noting what it changes; ok is false when there is none.
func (d *decoder) when(v *vevent, start tval, end *tval) (date.When, bool) {
	line := v.c.line
	if p := v.c.first("DTSTART"); p != nil {
		line = p.line
	}
	if v.ours && !v.recurs() && v.rid == nil {
		if p := v.c.first(xWhen); p != nil {
			w, err := parseWhen(unescapeText(p.value))
			if err == nil && w.Check() == nil {
				return w, true
			}
			if err == nil {
				err = w.Check()
			}
			d.note(Changed, p.line, "VEVENT", xWhen, "", "not read, so the date comes from DTSTART and DTEND: "+err.Error())
		}
	}
	if start.date {
		w := date.OnDay(start.day)
		if end != nil {
			switch {
			case !end.date:
				d.note(Dropped, line, "VEVENT", "DTEND", "", "DATE-TIME end of an all-day event (RFC 5545 wants both of one type); the event is its first day")
			case end.day.After(start.day.AddDays(1)):
				if s, err := w.Until(date.OnDay(end.day.AddDays(-1))); err == nil {
					w = s
				}
			case end.day.Before(start.day):
				d.note(Dropped, line, "VEVENT", "DTEND", "", "end before the start; the event is its first day")
			}
		}
		return w, true
	}
	zone, loc := "UTC", time.UTC
	if start.z != nil {
		zone, loc = start.z.zone, start.z.loc
	}
	if loc == nil {
		zone, loc = "UTC", time.UTC
	}
	st := start.t.In(loc)
	if st.Second() != 0 {
		d.note(Changed, line, "VEVENT", "DTSTART", "", "seconds dropped: the timeline keeps times to the minute")
	}
	switch start.clk {
	case clockTwice:
		d.note(Changed, line, "VEVENT", "DTSTART", "", "a local time that occurs twice (the clocks go back) read as the first of the two, as RFC 5545 says; libical reads the second")
	case clockGap:
		d.note(Changed, line, "VEVENT", "DTSTART", "", "a local time the clocks skip read with the offset before the gap, as RFC 5545 says ("+st.Format("15:04")+"); libical reads it an hour earlier")
	default:
		if start.z != nil && !start.z.carrier && (st.Hour() != start.wall.Hour() || st.Minute() != start.wall.Minute()) && start.z.vt != nil {
			d.note(Changed, line, "VEVENT", "DTSTART", "", "the file's VTIMEZONE for "+start.z.tzid+" disagrees with the tz database for "+start.z.zone+"; the file's instant is kept")
		}
	}
	w := date.AtClock(date.FromTime(st), st.Hour(), st.Minute(), zone)
	if end == nil {
		return w, true
	}
	if end.date {
		d.note(Dropped, line, "VEVENT", "DTEND", "", "DATE end of a timed event (RFC 5545 wants both of one type); the event has no end")
		return w, true
	}
	et := end.t.In(loc)
	if end.z != start.z || end.utc != start.utc {
		d.note(Changed, line, "VEVENT", "DTEND", "", "end in another zone than the start (or in UTC); the same instant is kept in the start's zone")
	}
	et = et.Truncate(time.Minute)
	switch {
	case et.Before(st.Truncate(time.Minute)):
		d.note(Dropped, line, "VEVENT", "DTEND", "", "end before the start; the event has no end")
	case et.Equal(st.Truncate(time.Minute)):
	default:
		if s, err := w.Until(date.AtClock(date.FromTime(et), et.Hour(), et.Minute(), zone)); err == nil {
			w = s
		} else {
			d.note(Dropped, line, "VEVENT", "DTEND", "", "end not kept: "+err.Error())
		}
	}
	return w, true
}

// relatedTo returns v's RELATED-TO properties, to resolve once all events
// are read.
func (d *decoder) relatedTo(v *vevent) []relation {
	var out []relation
	for _, p := range v.c.all("RELATED-TO") {
		out = append(out, relation{uid: uidAsWritten(unescapeText(p.value)), reltype: strings.ToUpper(p.param("RELTYPE")), line: p.line})
	}
	return out
}

// relate turns the RELATED-TO of the events read into PartOf and Related,
// noting those that name no single event of the file.
func (d *decoder) relate(t *timeline.Timeline, b *builder) {
	for _, r := range b.relations {
		e := &t.Events[r.event]
		target, ok := b.single[r.uid]
		switch {
		case b.recurring[r.uid]:
			d.note(Dropped, r.line, "VEVENT", "RELATED-TO", "", "names a recurring event, which is many events in the timeline; not kept")
			continue
		case !ok:
			d.note(Dropped, r.line, "VEVENT", "RELATED-TO", "", "names an event that is not in the file; not kept")
			continue
		case target == r.event:
			d.note(Dropped, r.line, "VEVENT", "RELATED-TO", "", "names the event itself; not kept")
			continue
		}
		id := t.Events[target].ID
		switch r.reltype {
		case "", "PARENT":
			if e.PartOf != "" && e.PartOf != id {
				d.note(Dropped, r.line, "VEVENT", "RELATED-TO", "", "a second parent; the timeline keeps one")
				continue
			}
			e.PartOf = id
		case "SIBLING":
			if !slices.Contains(e.Related, id) {
				e.Related = append(e.Related, id)
			}
		default:
			d.note(Dropped, r.line, "VEVENT", "RELATED-TO", "", "RELTYPE="+r.reltype+" has no place in the timeline")
		}
	}
}

// validate checks the timeline read. A relation that makes a cycle is
// dropped and noted; any other problem is a bug in the decoder, reported
// as an error at the event's line rather than a timeline that does not
// validate.
func (d *decoder) validate(t *timeline.Timeline, b *builder) error {
	for range 3 {
		err := t.Validate()
		if err == nil {
			return nil
		}
		ve, ok := err.(*timeline.ValidationError)
		if !ok {
			return fmt.Errorf("ical: %w", err)
		}
		fixed := false
		for _, p := range ve.Problems {
			i, field, ok := eventIndex(p.Path)
			if !ok || i >= len(t.Events) {
				continue
			}
			e := &t.Events[i]
			switch {
			case field == "part_of":
				d.note(Dropped, b.lines[i], "VEVENT", "RELATED-TO", "", "parent relation not kept: "+p.Message)
				e.PartOf, fixed = "", true
			case strings.HasPrefix(field, "related"):
				d.note(Dropped, b.lines[i], "VEVENT", "RELATED-TO", "", "relation not kept: "+p.Message)
				e.Related, fixed = nil, true
			}
		}
		if !fixed {
			i, _, _ := eventIndex(ve.Problems[0].Path)
			line := 0
			if i < len(b.lines) {
				line = b.lines[i]
			}
			return &DecodeError{Line: line, Err: err}
		}
	}
	return t.Validate()
}

// eventIndex splits "events[3].when.start" into 3 and "when.start".
func eventIndex(path string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, "events[")
	if !ok {
		return 0, "", false
	}
	n, rest, ok := strings.Cut(rest, "]")
	i, err := strconv.Atoi(n)
	if !ok || err != nil {
		return 0, "", false
	}
	return i, strings.TrimPrefix(rest, "."), true
}
