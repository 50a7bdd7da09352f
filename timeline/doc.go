// Package timeline models timelines of diplomatic events as a newsroom keeps
// them: bilateral meetings, summits, multilateral meetings, visits, calls
// and statements, with their participants and roles, places and venue time
// zones, sources and attributions ("TASS के अनुसार"), a dated status history
// (proposed, announced, confirmed, held, postponed, rescheduled, cancelled),
// and Hindi and English text side by side.
//
// Dates are honest: an [Event]'s When is a date.When (package
// timeline/date), as precise as the sources, from an exact time in the
// venue's zone to "around 5 December" or "before 18 November".
// [Timeline.Sort] orders fuzzy dates sensibly and deterministically.
//
// # JSON
//
// [Marshal] and [Unmarshal] (and [Encode] and [Decode] on streams) read and
// write a documented, versioned JSON format; its JSON Schema is
// [JSONSchema], timeline.schema.json in this directory. The model's types
// carry JSON tags, so encoding/json reads and writes an [Event] or a whole
// [Timeline] in the same format. Output is deterministic, round trips are
// lossless, and [Unmarshal] is strict: every problem is reported with its
// path ("events[2].when.zone") and its line and column.
//
// # Queries and views
//
// [Timeline.Filter] with [InRange], [HasParticipant], [InCountry],
// [OfKind], [WithStatus] and [All] selects events; [Timeline.AsOf] shows
// what was known on a given day; [Timeline.Clone] copies deeply.
//
// # Vocabulary
//
// Kinds, statuses, roles, places and countries have their words in Hindi
// and English in one table each ([Kind.Label], [Status.Label],
// [Role.Label], [Place.Label], [CountryName]), which every output shares.
//
// # The packages around it
//
// Formats and editorial tools sit in packages above this one, each with the
// same verbs Encode(w, t, opts) and Marshal(t, opts): timeline/markdown
// (Markdown and Mermaid, correction notes), timeline/timelinejs
// (TimelineJS 3), timeline/jsonld (schema.org JSON-LD), and ical (RFC 5545
// and subscribable feeds). timeline/phrase writes dates in words,
// timeline/lint checks a timeline as an editor would, timeline/changelog
// lists what changed between two versions, and timeline/draft proposes
// events from a Hindi article.
package timeline
