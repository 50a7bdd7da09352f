// Package timeline models timelines of diplomatic events as a newsroom keeps
// them: bilateral meetings, summits, multilateral meetings, visits, calls
// and statements, with their participants and roles, places and venue time
// zones, sources and attributions ("TASS के अनुसार"), a dated status history
// (proposed, announced, confirmed, held, postponed, rescheduled, cancelled),
// and Hindi and English text side by side.
//
// # Honest dates
//
// A [When] is as precise as the sources: an exact time with the venue's
// IANA zone, a day, an approximate day ("around 5 December", with its window
// of days), a week, a month, a year, or only a bound ("before 18 November").
// A day is a civil [Date], never an instant at midnight UTC. [When.Compare]
// and [Timeline.Sort] order fuzzy dates sensibly and deterministically.
//
// # JSON
//
// [Marshal] and [Unmarshal] read and write a documented, versioned JSON
// format (its JSON Schema is [JSONSchema], timeline.schema.json in this
// directory). Output is deterministic, round trips are lossless, and
// decoding is strict: every problem is reported with its path
// ("events[2].when.zone") and its line and column.
//
// # Markdown
//
// [Timeline.WriteMarkdown] writes a timeline a newsroom can paste, in Hindi
// or English, with an optional Mermaid timeline block. Kinds, statuses,
// roles and dates read the same in every output ([Kind.Label],
// [When.Phrase]).
//
// # Editorial tools
//
// [Lint] checks a timeline the way an editor would, [Timeline.AsOf] shows
// what was known on a given day, and [Changes] lists what changed between
// two versions, for a correction note.
package timeline
