package timeline

import (
	"slices"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// AsOf returns the timeline as it was known at the end of day d, so that a
// page can show what the newsroom said on 1 December:
//
//   - status changes reported after d are dropped, so an event's status is
//     the one it had on d;
//   - sources reported after d are dropped; a source with no Reported day
//     is kept, since nothing says it is new;
//   - an event whose date was changed after d gets its earlier date back
//     from the Previous date of the first dropped change that has one;
//   - an event with no status change and no source left is dropped, and
//     PartOf and Related references to dropped events are cleared.
//
// Titles, descriptions, places and participants are kept as they are now:
// the model does not date them. Events keep their order in t (a restored
// date may call for [Timeline.Sort]). The result is a new timeline sharing
// no slices with t; t is not changed.
func (t *Timeline) AsOf(d date.Date) *Timeline {
	out := &Timeline{Title: t.Title, Description: t.Description}
	for i := range t.Events {
		e := t.Events[i]
		var history []StatusChange
		restored := false
		for _, h := range e.History {
			if !h.On.After(d) {
				history = append(history, h)
				continue
			}
			if !restored && !h.Previous.IsZero() {
				e.When, restored = h.Previous, true
			}
		}
		var sources []Source
		for _, s := range e.Sources {
			if s.Reported.IsZero() || !s.Reported.After(d) {
				sources = append(sources, s)
			}
		}
		if len(history) == 0 && len(sources) == 0 {
			continue
		}
		// A change may cite a source reported later than the change
		// itself; keep the reference valid by keeping that source.
		for _, h := range history {
			if h.Source == "" || slices.ContainsFunc(sources, func(s Source) bool { return s.ID == h.Source }) {
				continue
			}
			if s, ok := e.Source(h.Source); ok {
				sources = append(sources, s)
			}
		}
		e.History, e.Sources = history, sources
		e.Participants = slices.Clone(e.Participants)
		e.Related = slices.Clone(e.Related)
		if e.Draft != nil {
			dr := *e.Draft
			dr.Notes = slices.Clone(dr.Notes)
			e.Draft = &dr
		}
		if e.Place.Coords != nil {
			c := *e.Place.Coords
			e.Place.Coords = &c
		}
		out.Events = append(out.Events, e)
	}
	kept := make(map[string]bool, len(out.Events))
	for i := range out.Events {
		kept[out.Events[i].ID] = true
	}
	for i := range out.Events {
		e := &out.Events[i]
		if e.PartOf != "" && !kept[e.PartOf] {
			e.PartOf = ""
		}
		e.Related = slices.DeleteFunc(e.Related, func(id string) bool { return !kept[id] })
		if len(e.Related) == 0 {
			e.Related = nil
		}
	}
	return out
}
