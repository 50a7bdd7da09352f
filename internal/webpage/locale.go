package webpage

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

// hindiMessages is TimelineJS's whole message set in Hindi: its own hi
// locale translates six of the 37 messages, and TimelineJS shows English
// for the rest ("Zoom in", "Go to the last slide", the "Swipe to Navigate"
// overlay on phones). TestHindiLocale checks that every message of the
// installed TimelineJS's English locale has a Hindi one here.
var hindiMessages = map[string]string{
	"loading":                         "लोड हो रहा है",
	"wikipedia":                       "विकिपीडिया, मुक्त विश्वकोश से",
	"error":                           "त्रुटि",
	"return_to_title":                 "शीर्षक पर लौटें",
	"go_to_end":                       "अंतिम स्लाइड पर जाएँ",
	"loading_content":                 "सामग्री लोड हो रही है",
	"loading_timeline":                "टाइमलाइन लोड हो रही है… ",
	"read_more":                       "और पढ़ें",
	"swipe_to_navigate":               "आगे-पीछे जाने के लिए स्वाइप करें<br><span class='tl-button'>ठीक है</span>",
	"zoom_in":                         "ज़ूम इन करें",
	"zoom_out":                        "ज़ूम आउट करें",
	"unknown_read_err":                "स्प्रेडशीट का डेटा पढ़ते समय एक अनपेक्षित त्रुटि हुई",
	"invalid_url_err":                 "टाइमलाइन का डेटा पढ़ा नहीं जा सका। देखें कि पता किसी गूगल स्प्रेडशीट या टाइमलाइन की जेसन फ़ाइल का है।",
	"network_err":                     "गूगल स्प्रेडशीट पढ़ी नहीं जा सकी। देखें कि वह वेब पर प्रकाशित है।",
	"missing_start_date_err":          "आरंभ की तारीख नहीं दी गई",
	"invalid_start_time_without_date": "अमान्य विन्यास: तारीख के बिना समय नहीं दिया जा सकता।",
	"invalid_end_time_without_date":   "अमान्य विन्यास: अंत की तारीख के बिना अंत का समय नहीं दिया जा सकता।",
	"date_compare_err":                "अलग-अलग पैमानों की तारीखों की तुलना नहीं हो सकती",
	"invalid_scale_err":               "अमान्य पैमाना",
	"invalid_date_err":                "अमान्य तारीख: महीना, दिन और वर्ष संख्याएँ होने चाहिए।",
	"invalid_separator_error":         "अमान्य समय: : या . विभाजक का गलत प्रयोग।",
	"invalid_hour_err":                "अमान्य समय (घंटा)",
	"invalid_minute_err":              "अमान्य समय (मिनट)",
	"invalid_second_err":              "अमान्य समय (सेकंड)",
	"invalid_fractional_err":          "अमान्य समय (सेकंड का अंश)",
	"invalid_second_fractional_err":   "अमान्य समय (सेकंड और सेकंड का अंश)",
	"invalid_year_err":                "अमान्य वर्ष",
	"flickr_notfound_err":             "फ़ोटो नहीं मिली या निजी है",
	"flickr_invalidurl_err":           "फ़्लिकर का अमान्य पता",
	"imgur_invalidurl_err":            "इमगुर का अमान्य पता",
	"twitter_load_err":                "ट्वीट लोड नहीं हो सका",
	"twitterembed_invalidurl_err":     "ट्विटर एम्बेड का अमान्य पता",
	"tiktok_invalidurl_err":           "टिकटॉक का अमान्य पता",
	"bluesky_invalidurl_err":          "ब्लूस्काई का अमान्य पता",
	"wikipedia_load_err":              "विकिपीडिया की प्रविष्टि लोड नहीं हो सकी",
	"spotify_invalid_url":             "स्पॉटिफ़ाई का अमान्य पता",
	"invalid_rgb_err":                 "अमान्य रंग मान",
	"time_scale_scale_err":            "इस पैमाने पर समय से तारीख निकालना संभव नहीं",
	"axis_helper_no_options_err":      "अक्ष सहायक के लिए विकल्प देने होंगे",
	"axis_helper_scale_err":           "इस पैमाने के लिए कोई अक्ष सहायक नहीं है",
	"invalid_integer_option":          "अमान्य विकल्प मान—पूर्ण संख्या होनी चाहिए।",
	"instagram_bad_request":           "इंस्टाग्राम का अमान्य या निजी पता",
	// Not in en.json, only in TimelineJS's built-in English: the
	// accessible names of the timeline, its navigation and its content,
	// and the descriptions of the zoom buttons.
	"aria_label_timeline":            "टाइमलाइन",
	"aria_label_timeline_navigation": "टाइमलाइन की घटनाएँ",
	"aria_label_timeline_content":    "टाइमलाइन की सामग्री",
	"aria_label_zoomin":              "${start} से ${end} से कम दिखाएँ",
	"aria_label_zoomout":             "${start} से ${end} से अधिक दिखाएँ",
}

// hindiExtras are the other words of TimelineJS's locale, which its hi
// locale leaves in English: the era of years before the common era, the
// twelve-hour clock's periods (unused by dayFirst's 24-hour formats, but
// complete) and the cosmological scale's "years ago".
var hindiExtras = map[string]any{
	"era_labels": map[string]any{
		"positive_year": map[string]string{"prefix": "", "suffix": ""},
		"negative_year": map[string]string{"prefix": "", "suffix": "ईसा पूर्व"},
	},
	"period_labels": map[string][]string{
		"t":  {"पू", "अ"},
		"tt": {"पूर्वाह्न", "अपराह्न"},
		"T":  {"पू", "अ"},
		"TT": {"पूर्वाह्न", "अपराह्न"},
	},
	"bigdateformats": map[string][][2]any{
		"fallback": {{1000000000, "%.2f अरब वर्ष पहले"}, {1000000, "%.1f दस लाख वर्ष पहले"}, {1000, "%.1f हज़ार वर्ष पहले"}, {1, "%f वर्ष पहले"}},
		"compact":  {{1000000000, "%.2f अरब वर्ष पहले"}, {1000000, "%.1f दस लाख वर्ष पहले"}, {1000, "%.1f हज़ार वर्ष पहले"}, {1, "%f वर्ष पहले"}},
		"verbose":  {{1000000000, "%.2f अरब वर्ष पहले"}, {1000000, "%.1f दस लाख वर्ष पहले"}, {1000, "%.1f हज़ार वर्ष पहले"}, {1, "%f वर्ष पहले"}},
	},
}

// localeFile returns TimelineJS's locale file for lang from its dist
// directory, with the date formats replaced by dayFirst and, for Hindi,
// every message and label in Hindi.
func localeFile(assets string, lang timeline.Lang) ([]byte, error) {
	path := filepath.Join(assets, "js", "locale", string(lang)+".json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("TimelineJS locale (run `npm ci --prefix internal/webpage`): %w", err)
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
		loc["messages"] = hindiMessages
		for k, v := range hindiExtras {
			loc[k] = v
		}
	}
	return json.MarshalIndent(loc, "", "  ")
}
