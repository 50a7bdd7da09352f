package lint

import (
	"fmt"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/changelog"
)

// Changes checks a change log against the SEQUENCE rule of [changelog.Diff]
// and reports, with code [Unrecorded], every event whose Revision does
// not move with its material changes: re-dated or with a new status but no
// new history entry (calendars keep showing the old date), or with a
// Revision that moved or fell back without a material change (history
// rewritten). Paths are "events[i].history" in the new timeline.
func Changes(old, new *timeline.Timeline, changes []changelog.Change) []Finding {
	material := map[string]bool{}
	for _, c := range changes {
		if c.Material() {
			material[c.ID] = true
		}
	}
	var out []Finding
	for i := range new.Events {
		n := &new.Events[i]
		o := old.Event(n.ID)
		if o == nil {
			continue
		}
		id := n.ID
		path := fmt.Sprintf("events[%d].history", i)
		moved := n.Revision() > o.Revision()
		switch {
		case material[id] && !moved:
			what, whatHi := "its status changed", "स्थिति बदली"
			if o.When != n.When {
				what, whatHi = fmt.Sprintf("it was re-dated from %s to %s", o.When, n.When), fmt.Sprintf("तारीख %s से %s हुई", o.When, n.When)
			}
			out = append(out, Finding{Path: path, Code: Unrecorded, Message: timeline.Text{
				Hi: fmt.Sprintf("%q: %s, पर इतिहास में नई प्रविष्टि नहीं (संशोधन %d ही रहा), इसलिए कैलेंडर पुरानी जानकारी दिखाते रहेंगे; पिछली तारीख के साथ स्थिति-परिवर्तन जोड़ें", id, whatHi, n.Revision()),
				En: fmt.Sprintf("%q: %s without a new history entry (revision stays %d), so calendars keep the old version; append a status change with the previous date", id, what, n.Revision()),
			}})
		case n.Revision() < o.Revision() || !material[id] && n.Revision() != o.Revision():
			out = append(out, Finding{Path: path, Code: Unrecorded, Message: timeline.Text{
				Hi: fmt.Sprintf("%q: इतिहास फिर से लिखा गया है (संशोधन %d से %d हुआ); कैलेंडर पीछे गया संशोधन नहीं मानते, पुरानी प्रविष्टियाँ वापस रखें", id, o.Revision(), n.Revision()),
				En: fmt.Sprintf("%q: the history was rewritten (revision %d to %d); calendars ignore a revision that does not grow, so keep the old entries", id, o.Revision(), n.Revision()),
			}})
		}
	}
	return out
}
