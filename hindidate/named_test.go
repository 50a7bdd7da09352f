package hindidate

import (
	"sync"
	"testing"

	"github.com/samayrekha/samayrekha/internal/almanac"
)

// Named days (issue 11, form 7), against Tuesday 18 November 2025. The
// lunisolar days are those internal/almanac computes, which its own tests
// check against the Government of India's holiday lists.
func TestParseNamed(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		// Fixed days: the occurrence nearest to the reference.
		{in: "गणतंत्र दिवस", want: "2026-01-26/2026-01-27 day", reason: "69 days ahead beats 296 back"},
		{in: "स्वतंत्रता दिवस", want: "2025-08-15/2025-08-16 day", reason: "95 days back beats 270 ahead"},
		{in: "गांधी जयंती", want: "2025-10-02/2025-10-03 day"},
		{in: "गाँधी जयंती", want: "2025-10-02/2025-10-03 day", reason: "chandrabindu spelling"},
		{in: "क्रिसमस", want: "2025-12-25/2025-12-26 day"},
		{in: "नए साल पर", want: "2026-01-01/2026-01-02 day", reason: "नया साल needs a cue; पर is one"},
		{in: "नए साल की पूर्व संध्या", want: "2025-12-31/2026-01-01 day", reason: "New Year's Eve"},
		{in: "अंतरराष्ट्रीय योग दिवस", want: "2025-06-21/2025-06-22 day", reason: "an optional first word; 150 days back beats 215 ahead"},
		{in: "योग दिवस 2025", want: "2025-06-21/2025-06-22 day", reason: "a year after the name chooses it"},
		{in: "बाल दिवस", want: "2025-11-14/2025-11-15 day"},
		{in: "मदर्स डे 2026", want: "2026-05-10/2026-05-11 day", reason: "the second Sunday of May"},
		{in: "अगले साल गणतंत्र दिवस", want: "2026-01-26/2026-01-27 day", reason: "a modifier and a year"},
		{in: "पिछले साल गांधी जयंती", want: "2024-10-02/2024-10-03 day"},
		{in: "2027 की होली", want: "2027-03-22/2027-03-23 day alt 2027-03-23/2027-03-24", reason: "a year before the name, with की; the almanac keeps two days"},
		{in: "77वां स्वतंत्रता दिवस", want: "2023-08-15/2023-08-16 day", reason: "the 77th since 1947, as the government counted 2023"},
		{in: "76वां गणतंत्र दिवस", want: "2025-01-26/2025-01-27 day", reason: "the first was 1950"},
		// Christian movable feasts: the computus.
		{in: "ईस्टर", want: "2026-04-05/2026-04-06 day"},
		{in: "गुड फ्राइडे", want: "2026-04-03/2026-04-04 day"},
		{in: "ईस्टर 2025", want: "2025-04-20/2025-04-21 day"},
		// Lunisolar festivals through internal/almanac; its Alt is the alternative.
		{in: "दिवाली", want: "2025-10-20/2025-10-21 day", reason: "Diwali 2025 (DoPT: 20 October)"},
		{in: "दीपावली 2024", want: "2024-10-31/2024-11-01 day alt 2024-11-01/2024-11-02", reason: "amavasya over two evenings: authorities disagreed"},
		{in: "दिवाली 2026", want: "2026-11-08/2026-11-09 day"},
		{in: "होली", want: "2026-03-04/2026-03-05 day alt 2026-03-03/2026-03-04", reason: "Bhadra decides Holika Dahan; the almanac keeps both days"},
		{in: "दशहरा", want: "2025-10-02/2025-10-03 day"},
		{in: "विजयादशमी", want: "2025-10-02/2025-10-03 day", reason: "another name of Dussehra"},
		{in: "रक्षाबंधन", want: "2025-08-09/2025-08-10 day"},
		{in: "रक्षा बंधन 2026", want: "2026-08-28/2026-08-29 day"},
		{in: "जन्माष्टमी", want: "2025-08-16/2025-08-17 day alt 2025-08-15/2025-08-16", reason: "vaishnava day first, smarta day as the alternative"},
		{in: "महाशिवरात्रि", want: "2026-02-15/2026-02-16 day"},
		{in: "छठ पूजा", want: "2025-10-27/2025-10-28 day alt 2025-10-28/2025-10-29"},
		{in: "गुरु नानक जयंती", want: "2025-11-05/2025-11-06 day"},
		{in: "बुद्ध पूर्णिमा", want: "2026-05-01/2026-05-02 day"},
		{in: "मकर संक्रांति", want: "2026-01-14/2026-01-15 day"},
		{in: "नवरात्रि", want: "2025-09-22/2025-10-01 day", reason: "nine days from the first"},
		{in: "अगली दिवाली", want: "2026-11-08/2026-11-09 day", reason: "the first after the reference"},
		{in: "पिछली होली", want: "2025-03-14/2025-03-15 day", reason: "the last before it"},
		{in: "इस साल दिवाली", want: "2025-10-20/2025-10-21 day", reason: "the one in the reference's year"},
		{in: "इस बार दिवाली", want: "2025-10-20/2025-10-21 day", reason: "this time: the nearest"},
		// Islamic festivals: predicted, approximate (±1 day).
		{in: "ईद", want: "2026-03-21/2026-03-22 day approx", reason: "Eid ul-Fitr depends on sighting the moon"},
		{in: "ईद-उल-अज़हा", want: "2025-06-07/2025-06-08 day approx", reason: "hyphenated name"},
		{in: "बकरीद 2026", want: "2026-05-28/2026-05-29 day approx", reason: "the predicted day; the holiday list kept 27 May, within the ±1 that Approximate means"},
		{in: "मुहर्रम", want: "2025-07-06/2025-07-07 day approx"},
	})
}

// A festival's name is no date where it names a place or a thing, or in a
// greeting; a festival glossed with its date takes the date written.
func TestFindNamed(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "place", text: "दशहरा मैदान में रैली हुई।", want: nil, reason: "a ground named after the festival"},
		{name: "special train", text: "दिवाली स्पेशल ट्रेन चलेगी।", want: nil, reason: "a thing named after it"},
		{name: "greeting", text: "नव वर्ष की बधाई।", want: nil, reason: "नव वर्ष needs a cue: this greets the year"},
		{name: "new year with a cue", text: "नए साल के दिन बाजार बंद रहेंगे।", want: []string{"नए साल => 2026-01-01/2026-01-02 day"}},
		{name: "glossed with its date", text: "दुर्गा पूजा (9 अक्टूबर) से त्योहार शुरू होंगे।", want: []string{"दुर्गा पूजा (9 अक्टूबर) => 2025-10-09/2025-10-10 day alt 2026-10-09/2026-10-10"},
			reason: "the date in parentheses wins; the future verb keeps next year's 9 October as the alternative"},
		{name: "festival by tense", text: "दिवाली पर मिठाई बांटी जाएगी।", want: []string{"दिवाली => 2025-10-20/2025-10-21 day alt 2026-11-08/2026-11-09"},
			reason: "the nearest Diwali has passed, the verb points ahead: next year's is the alternative"},
		{name: "habit", text: "हर बार दिवाली और छठ पर भीड़ होती है।", want: nil, reason: "every time: a habit"},
		{name: "a speaker's tenth", text: "यह लगातार दसवां स्वतंत्रता दिवस संबोधन होगा।",
			want:   []string{"स्वतंत्रता दिवस => 2025-08-15/2025-08-16 day alt 2026-08-15/2026-08-16"},
			reason: "an ordinal below 50 counts the speaker's speeches, not the days since 1947: only the day is read"},
		{name: "offset from a festival", text: "दिवाली से दो दिन पहले बाजार सजेंगे।", want: []string{"दिवाली से दो दिन पहले => 2025-10-18/2025-10-19 day alt 2026-11-06/2026-11-07"},
			reason: "the anchor's year is read by the tense as the festival alone is: next year's, two days earlier, is the alternative"},
		{name: "offset from a festival, past", text: "दिवाली से दो दिन पहले बाजार सजे थे।", want: []string{"दिवाली से दो दिन पहले => 2025-10-18/2025-10-19 day"},
			reason: "the tense agrees with the nearest Diwali: no alternative"},
		{name: "offset from a yearless day, future", text: "15 अगस्त से दो दिन पहले मोदी पुतिन से मिलेंगे।", want: []string{"15 अगस्त से दो दिन पहले => 2025-08-13/2025-08-14 day alt 2026-08-13/2026-08-14"},
			reason: "s53: the offset dropped the year's alternative, and a meeting to come was drafted as held a year early"},
	})
}

// TestNamedCacheConcurrent reads festivals from many goroutines at once,
// so that -race sees the cache's locking.
func TestNamedCacheConcurrent(t *testing.T) {
	ref := testRef(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := 1990 + i; y < 2100; y += 8 {
				d, err := Parse("दिवाली "+itoa(y), ref)
				if err != nil {
					t.Error(err)
					return
				}
				obs, _ := almanac.Observances(almanac.Diwali, y)
				if d.Start.Year() != y || d.Start.Day() != obs[0].Date.Day {
					t.Errorf("दिवाली %d = %v, want %v", y, d, obs[0].Date)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func itoa(n int) string {
	return string([]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}
