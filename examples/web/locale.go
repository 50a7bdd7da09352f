package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline"
)

// dayFirst are TimelineJS date formats in the order Indian newsrooms write
// dates, "20 नवंबर 2025" and "20 November 2025", on a 24-hour clock.
// TimelineJS's own locales say "नवंबर 20, 2025" and "8:00 PM"; the slides
// already carry their own display dates, so these only change the time
// axis and the markers.
var dayFirst = map[string]string{
	"year":                       "yyyy",
	"month_short":                "mmm",
	"month":                      "mmmm yyyy",
	"full_short":                 "d mmm",
	"full":                       "d mmmm yyyy",
	"time":                       "HH:MM:ss'<small> 'd mmmm yyyy'</small>'",
	"time_short":                 "HH:MM:ss",
	"time_no_seconds_short":      "HH:MM",
	"time_no_minutes_short":      "HH':00'",
	"time_no_seconds_small_date": "HH:MM'<br/><small>'d mmmm yyyy'</small>'",
	"time_milliseconds":          "l",
	"full_long":                  "d mmm yyyy',' HH:MM",
	"full_long_small_date":       "HH:MM'<br/><small>'d mmm yyyy'</small>'",
}

// localeFile returns TimelineJS's locale file for lang from its dist
// directory, with the date formats replaced by dayFirst.
func localeFile(assets string, lang timeline.Lang) ([]byte, error) {
	path := filepath.Join(assets, "js", "locale", string(lang)+".json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("TimelineJS locale (run `npm ci --prefix examples/web`): %w", err)
	}
	var loc map[string]any
	if err := json.Unmarshal(b, &loc); err != nil {
		return nil, fmt.Errorf("TimelineJS locale %s: %w", path, err)
	}
	loc["dateformats"] = dayFirst
	if lang == timeline.Hindi {
		// The names Hindi newsrooms print (सितंबर, not TimelineJS's सितम्बर),
		// the same as the slides' display dates.
		date, _ := loc["date"].(map[string]any)
		if date == nil {
			date = map[string]any{}
			loc["date"] = date
		}
		months := make([]string, 12)
		for m := time.January; m <= time.December; m++ {
			months[m-1] = hindidate.MonthName(m)
		}
		days := make([]string, 7)
		for d := time.Sunday; d <= time.Saturday; d++ {
			days[d] = hindidate.WeekdayName(d)
		}
		date["month"], date["month_abbr"], date["day"] = months, months, days
	}
	return json.MarshalIndent(loc, "", "  ")
}
