package webpage

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
)

// assetsDir returns TimelineJS's installed dist directory, or skips the test
// (fails it when CI is set) when `npm ci --prefix internal/webpage` has not run.
func assetsDir(t *testing.T) string {
	t.Helper()
	dir, err := FindAssets()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return dir
}

// TestHindiLocale checks that the Hindi locale has every message, era and
// period label of the installed TimelineJS's English one, in Hindi: no
// Latin letter outside HTML tags (issue 14: "Zoom in", "Go to the last
// slide" and "Swipe to Navigate" were English on the Hindi page).
func TestHindiLocale(t *testing.T) {
	assets := assetsDir(t)
	var en, hi map[string]any
	b, err := os.ReadFile(filepath.Join(assets, "js", "locale", "en.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &en); err != nil {
		t.Fatal(err)
	}
	b, err = localeFile(assets, timeline.Hindi)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &hi); err != nil {
		t.Fatal(err)
	}
	tags := regexp.MustCompile(`<[^>]*>|%[.0-9]*f`) // markup and printf verbs
	latin := regexp.MustCompile(`[A-Za-z]`)
	var walk func(path string, en, hi any)
	walk = func(path string, en, hi any) {
		switch e := en.(type) {
		case map[string]any:
			h, ok := hi.(map[string]any)
			if !ok {
				t.Errorf("%s: missing in the Hindi locale", path)
				return
			}
			for k, v := range e {
				walk(path+"."+k, v, h[k])
			}
		case []any:
			h, ok := hi.([]any)
			if !ok || len(h) != len(e) {
				t.Errorf("%s: Hindi has %v, want %d entries", path, hi, len(e))
				return
			}
			for i := range e {
				walk(fmt.Sprintf("%s[%d]", path, i), e[i], h[i])
			}
		case string:
			h, ok := hi.(string)
			if !ok {
				t.Errorf("%s: missing in the Hindi locale (English: %q)", path, e)
				return
			}
			if strings.HasPrefix(path, ".dateformats") || path == ".lang" || strings.HasPrefix(path, ".api") || path == ".name" {
				return // formats and codes, not words
			}
			if latin.MatchString(tags.ReplaceAllString(h, "")) {
				t.Errorf("%s = %q: English in the Hindi locale", path, h)
			}
		}
	}
	for _, section := range []string{"messages", "date", "era_labels", "period_labels", "bigdateformats"} {
		walk("."+section, en[section], hi[section])
	}
	// Messages only TimelineJS's built-in English has (not en.json): the
	// accessible names of the timeline's parts and the zoom buttons'
	// descriptions, with their ${start} and ${end}.
	msgs, _ := hi["messages"].(map[string]any)
	for _, k := range []string{"aria_label_timeline", "aria_label_timeline_navigation", "aria_label_timeline_content", "aria_label_zoomin", "aria_label_zoomout"} {
		v, _ := msgs[k].(string)
		if v == "" || latin.MatchString(regexp.MustCompile(`\$\{(start|end)\}`).ReplaceAllString(v, "")) {
			t.Errorf("messages.%s = %q, want Hindi", k, v)
		}
	}
}
