package webpage

import (
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// HostileTitle is an event title that runs script if a page puts it into
// HTML unescaped: the image fails to load and its onerror handler runs, or
// the script element runs.
const HostileTitle = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`

// HostileID is the ID of the event AddHostile adds.
const HostileID = "2025-11-hostile-title-test"

// AddHostile adds to t an event whose title, in both languages, is
// HostileTitle, and sorts t.
func AddHostile(t *timeline.Timeline) {
	t.Events = append(t.Events, timeline.Event{
		ID:    HostileID,
		Kind:  timeline.Statement,
		Title: timeline.Text{Hi: HostileTitle, En: HostileTitle},
		Description: timeline.Text{
			Hi: "यह घटना जाँचती है कि शीर्षक पाठ के रूप में दिखता है और कोई स्क्रिप्ट नहीं चलती।",
			En: "This event checks that the title shows as text and runs no script.",
		},
		When: date.OnDay(date.Of(2025, time.November, 20)),
	})
	t.Sort()
}
