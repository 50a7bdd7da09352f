package hindidate

import "testing"

// Hindu calendar dates (issue 11, form 18), against Tuesday 18 November 2025.
// Tithis are the civil days internal/almanac names (sunrise at New Delhi,
// purnimanta months as Hindi papers name them).
func TestParseHindu(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "विक्रम संवत 2082", want: "2025-03-30/2026-03-19 day", reason: "Chaitra Shukla Pratipada to the next"},
		{in: "विक्रम संवत् 2082", want: "2025-03-30/2026-03-19 day", reason: "संवत् with virama"},
		{in: "संवत 2081", want: "2024-04-09/2025-03-30 day", reason: "संवत alone is Vikram, as North India counts"},
		{in: "शक संवत 1947", want: "2025-03-30/2026-03-19 day", reason: "Shaka 1947 is Vikram 2082"},
		{in: "कार्तिक शुक्ल पंचमी", want: "2025-10-26/2025-10-27 day", reason: "the nearest occurrence"},
		{in: "माघ पूर्णिमा", want: "2026-02-01/2026-02-02 day", reason: "पूर्णिमा implies the bright fortnight"},
		{in: "चैत्र शुक्ल प्रतिपदा", want: "2026-03-19/2026-03-20 day", reason: "the first day of VS 2083"},
		{in: "भाद्रपद कृष्ण अष्टमी", want: "2025-08-16/2025-08-17 day", reason: "purnimanta Bhadrapada krishna 8: Janmashtami"},
		{in: "कार्तिक अमावस्या", want: "2025-10-21/2025-10-22 day", reason: "purnimanta Kartika amavasya, at sunrise (Diwali is kept on its evening before)"},
		{in: "चैत्र मास की शुक्ल प्रतिपदा", want: "2026-03-19/2026-03-20 day", reason: "with मास and की"},
		{in: "माघ पूर्णिमा, विक्रम संवत 2081", want: "2025-02-12/2025-02-13 day", reason: "a samvat year written after it chooses the year"},
	})
}

func TestFindHindu(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "a name", text: "कार्तिक आर्यन की फिल्म आई।", want: nil, reason: "कार्तिक alone is a name, not a month"},
		{name: "no fortnight", text: "कार्तिक पंचमी पर मेला", want: nil, reason: "which fortnight is not said"},
		{name: "a rule", text: "रक्षाबंधन श्रावण शुक्ल पूर्णिमा को मनाया जाता है।", want: nil, reason: "a habitual verb: the rule, not one day"},
		{name: "a year", text: "नया विक्रम संवत 2082 शुरू हुआ।", want: []string{"विक्रम संवत 2082 => 2025-03-30/2026-03-19 day"}},
	})
}
