package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/samayrekha/samayrekha/internal/seed"
	"github.com/samayrekha/samayrekha/internal/webpage/browsertest"
	"github.com/samayrekha/samayrekha/timeline"
)

func artifacts(t *testing.T) string {
	if dir := os.Getenv("ARTIFACTS_DIR"); dir != "" {
		return filepath.Join(dir, "desk")
	}
	return t.TempDir()
}

// TestBrowser opens a story's page on the desk, under /stories/SLUG/, with
// the same browser test as examples/web (internal/webpage/browsertest):
// every slide's headline and date, no clipped Devanagari, no overlapping
// axis labels, axe-core at WCAG 2.2 AA, event links and the language
// switch, at 1366×900 and 390×844 in Hindi and English. Then it opens the
// index of stories the same way. Screenshots go to $ARTIFACTS_DIR/desk.
func TestBrowser(t *testing.T) {
	d := startDesk(t, newFolder(t))
	out := artifacts(t)
	want := map[string]map[string]browsertest.Slide{
		"hi": {
			seed.MeetingID:    {Headline: "मॉस्को में जयशंकर–पुतिन मुलाकात", Date: "18 नवंबर 2025"},
			seed.LavrovID:     {Headline: "जयशंकर–लावरोव बैठक", Date: "18 नवंबर 2025 से पहले"},
			seed.SCOID:        {Headline: "एससीओ शासनाध्यक्ष परिषद की बैठक, मॉस्को", Date: "नवंबर 2025"},
			seed.MongoliaID:   {Headline: "जयशंकर–ज़ंडानशातर मुलाकात (एससीओ बैठक के दौरान)", Date: "नवंबर 2025"},
			seed.QatarID:      {Headline: "जयशंकर–अल सानी मुलाकात (एससीओ बैठक के दौरान)", Date: "नवंबर 2025"},
			seed.SummitID:     {Headline: "23वाँ भारत-रूस वार्षिक शिखर सम्मेलन", Date: "5 दिसंबर 2025"},
			seed.PutinVisitID: {Headline: "पुतिन का भारत दौरा", Date: "4–5 दिसंबर 2025"},
		},
		"en": {
			seed.MeetingID:    {Headline: "Jaishankar meets Putin in Moscow", Date: "18 November 2025"},
			seed.LavrovID:     {Headline: "Jaishankar holds talks with Lavrov", Date: "before 18 November 2025"},
			seed.SCOID:        {Headline: "SCO Council of Heads of Government meeting, Moscow", Date: "November 2025"},
			seed.MongoliaID:   {Headline: "Jaishankar meets Mongolian PM Zandanshatar on the SCO sidelines", Date: "November 2025"},
			seed.QatarID:      {Headline: "Jaishankar meets Qatar's PM Al Thani on the SCO sidelines", Date: "November 2025"},
			seed.SummitID:     {Headline: "23rd India–Russia annual summit", Date: "5 December 2025"},
			seed.PutinVisitID: {Headline: "Putin's visit to India", Date: "4–5 December 2025"},
		},
	}
	t.Run("story page", func(t *testing.T) {
		browsertest.Run(t, d.url, browsertest.Options{
			Prefix: "/stories/jaishankar-moscow",
			Want:   want,
			// All but the event known only by a bound.
			JSONLDItems: len(want["hi"]) - 1,
			Screenshots: filepath.Join(out, "story"),
		})
	})
	t.Run("index", func(t *testing.T) {
		views := browsertest.RunIndex(t, d.url, filepath.Join(out, "index"))
		for _, v := range views {
			var ids []string
			for _, s := range v.Stories {
				ids = append(ids, s.ID)
			}
			// Newest change first: the seed story (5 December 2025), then
			// the synthetic ones.
			assert.Equal(t, []string{"story-jaishankar-moscow", "story-story-0001", "story-story-0000"}, ids, "%s %s: the stories in order", v.Lang, v.Size)
			want := map[string]string{"hi": "/en/", "en": "/hi/"}[v.Lang]
			assert.Equal(t, want, v.Links["lang-switch"], "%s %s: the language switch", v.Lang, v.Size)
			assert.Equal(t, "/stories/jaishankar-moscow/"+v.Lang+"/", v.Stories[0].Href)
			assert.Contains(t, v.Stories[0].Latest, timeline.Held.Label(timeline.Lang(v.Lang)))
		}
	})
}
