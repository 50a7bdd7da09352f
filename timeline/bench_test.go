package timeline_test

import (
	"fmt"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/timeline"
)

// bigTimeline returns a valid timeline of n events: copies of the seed's
// events and of every shape of date, with unique IDs and references kept
// inside each copy.
func bigTimeline(n int) *timeline.Timeline {
	s := seed.Timeline()
	whens := everyWhen()
	out := &timeline.Timeline{Title: s.Title, Description: s.Description}
	for i := 0; len(out.Events) < n; i++ {
		suffix := fmt.Sprintf("-%d", i)
		for _, e := range s.Events {
			if len(out.Events) == n {
				break
			}
			e.ID += suffix
			if e.PartOf != "" {
				e.PartOf += suffix
			}
			var rel []string
			for _, r := range e.Related {
				rel = append(rel, r+suffix)
			}
			e.Related = rel
			e.When = whens[len(out.Events)%len(whens)].when
			out.Events = append(out.Events, e)
		}
	}
	out.Sort()
	return out
}

func TestBigTimelineIsValid(t *testing.T) {
	tl := bigTimeline(1000)
	if len(tl.Events) != 1000 {
		t.Fatalf("bigTimeline(1000) has %d events", len(tl.Events))
	}
	if err := tl.Validate(); err != nil {
		t.Fatalf("bigTimeline(1000).Validate() = %v", err)
	}
}

// BenchmarkMarshal encodes a 1 000-event timeline (validation included).
func BenchmarkMarshal(b *testing.B) {
	tl := bigTimeline(1000)
	data, err := timeline.Marshal(tl)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := timeline.Marshal(tl); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshal decodes a 1 000-event timeline strictly (shape walk,
// decoding, validation).
func BenchmarkUnmarshal(b *testing.B) {
	data, err := timeline.Marshal(bigTimeline(1000))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := timeline.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSort sorts a shuffled-by-construction 1 000-event timeline.
func BenchmarkSort(b *testing.B) {
	tl := bigTimeline(1000)
	evs := make([]timeline.Event, len(tl.Events))
	b.ReportAllocs()
	for b.Loop() {
		for i := range evs {
			evs[i] = tl.Events[(i*7919)%len(evs)]
		}
		(&timeline.Timeline{Events: evs}).Sort()
	}
}
