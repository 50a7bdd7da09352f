package hindidate

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseRange(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "5 से 7 दिसंबर", want: "2025-12-05/2025-12-08 day", reason: "half-open: ends on 8 December"},
		{in: "5-7 दिसंबर", want: "2025-12-05/2025-12-08 day"},
		{in: "5–7 दिसंबर", want: "2025-12-05/2025-12-08 day", reason: "en dash"},
		{in: "५ से ७ दिसंबर", want: "2025-12-05/2025-12-08 day"},
		{in: "5 और 6 दिसंबर", want: "2025-12-05/2025-12-07 day"},
		{in: "1, 2 और 3 दिसंबर", want: "2025-12-01/2025-12-04 day"},
		{in: "5 से 7 दिसंबर 2026", want: "2026-12-05/2026-12-08 day"},
		{in: "30 नवंबर से 2 दिसंबर तक", want: "2025-11-30/2025-12-03 day"},
		{in: "30 नवंबर से 2 दिसंबर 2026 तक", want: "2026-11-30/2026-12-03 day", reason: "the second date's year applies to the first"},
		{in: "30 दिसंबर से 2 जनवरी 2026 तक", want: "2025-12-30/2026-01-03 day", reason: "stepping back a year"},
		{in: "28 दिसंबर से 3 जनवरी तक", want: "2025-12-28/2026-01-04 day"},
		{in: "2024 से 2026 तक", want: "2024-01-01/2027-01-01 year"},
		{in: "दिसंबर 2025 से मार्च 2026 तक", want: "2025-12-01/2026-04-01 month"},
		{in: "30 दिसंबर से 2 जनवरी तक", want: "2025-12-30/2026-01-03 day", reason: "crosses New Year"},
		{in: "15 दिसंबर से 14 फ़रवरी तक", want: "2025-12-15/2026-02-15 day", reason: "62 days: still a short wrap"},
		{in: "लगभग 5 से 7 दिसंबर", want: "2025-12-05/2025-12-08 day approx"},
		// "से लेकर" is से: heldout45 14's "25 अगस्त से लेकर 29 अगस्त तक" was two days.
		{in: "25 अगस्त से लेकर 29 अगस्त तक", want: "2025-08-25/2025-08-30 day"},
		{in: "5 से लेकर 7 दिसंबर", want: "2025-12-05/2025-12-08 day"},
		{in: "30 नवंबर से लेकर 2 दिसंबर तक", want: "2025-11-30/2025-12-03 day"},
		{in: "दिसंबर 2025 से लेकर मार्च 2026 तक", want: "2025-12-01/2026-04-01 month"},
		{in: "2024 से लेकर 2026 तक", want: "2024-01-01/2027-01-01 year"},
	})
}

func TestFindRange(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "gap in a list", text: "मतदान 6 और 11 नवंबर को हुआ था", want: []string{
			"6 => 2025-11-06/2025-11-07 day", "11 नवंबर => 2025-11-11/2025-11-12 day"},
			reason: "a list with a gap is not a range: each day is a date of its own"},
		{name: "fiscal year", text: "वित्त वर्ष 2025-26 में", want: []string{"वित्त वर्ष 2025-26 => 2025-04-01/2026-04-01 month"},
			reason: "India's fiscal year, April to March, not the calendar year 2025 (issue 11)"},
		{name: "backwards", text: "7 से 5 दिसंबर", want: []string{"5 दिसंबर => 2025-12-05/2025-12-06 day"}},
		{name: "numbers", text: "1 से 10 तक गिनती", want: nil},
		{name: "से लेकर in running text", text: "बैठक दिल्ली में 25 अगस्त से लेकर 29 अगस्त तक होनी थी", want: []string{"25 अगस्त से लेकर 29 अगस्त तक => 2025-08-25/2025-08-30 day"}},
		{name: "लेकर of a topic is no range", text: "इस मुद्दे को लेकर 25 अगस्त को बैठक होगी", want: []string{"25 अगस्त => 2025-08-25/2025-08-26 day alt 2026-08-25/2026-08-26"},
			reason: "guard: लेकर joins a range only after से"},
		{name: "से लेकर अब तक", text: "25 अगस्त से लेकर अब तक कुछ नहीं बदला", want: []string{"25 अगस्त => 2025-08-25/2025-08-26 day"},
			reason: "guard: a range needs a date after लेकर"},
		{name: "fiscal year", text: "2024-25 का बजट", want: nil},
		{name: "months across a dash", text: "सम्मेलन 30 नवंबर-2 दिसंबर को होगा", want: []string{"30 नवंबर-2 दिसंबर => 2025-11-30/2025-12-03 day"},
			reason: "two dates with their months joined by a dash are a range, as with से"},
		{name: "spaced en dash and a year", text: "दौरा 28 फरवरी – 2 मार्च 2026 तक", want: []string{"28 फरवरी – 2 मार्च 2026 तक => 2026-02-28/2026-03-03 day"}},
		{name: "dates backwards across a dash", text: "2 दिसंबर - 30 नवंबर", want: []string{
			"2 दिसंबर => 2025-12-02/2025-12-03 day", "30 नवंबर => 2025-11-30/2025-12-01 day"},
			reason: "not a range that runs backwards: two dates"},
		{name: "a dash before a number that is no date", text: "18 नवंबर - 25 लोग पहुंचे", want: []string{"18 नवंबर => 2025-11-18/2025-11-19 day"}},
		{name: "a dateline's dash is no range", text: "नई दिल्ली, 18 नवंबर- 25 नवंबर को होने वाली बैठक टल गई।", want: []string{
			"18 नवंबर => 2025-11-18/2025-11-19 day", "25 नवंबर => 2025-11-25/2025-11-26 day"},
			reason: "review: a place and a comma before it: the date is a dateline"},
		{name: "a dateline's dash spaced alike is no range either", text: "नई दिल्ली, 18 नवंबर - 25 नवंबर को बैठक होगी।", want: []string{
			"18 नवंबर => 2025-11-18/2025-11-19 day", "25 नवंबर => 2025-11-25/2025-11-26 day"}, reason: "review s49"},
		{name: "a range's dash spaced unlike", text: "पुतिन 4 दिसंबर- 5 दिसंबर तक भारत दौरे पर रहेंगे।", want: []string{"4 दिसंबर- 5 दिसंबर तक => 2025-12-04/2025-12-06 day"},
			reason: "review s49: a range in a sentence, not a dateline"},
	})
}

// TestRangeBackwards: a range whose end comes before its start is rejected,
// not read as a span of almost a year.
func TestRangeBackwards(t *testing.T) {
	for _, tc := range []struct {
		in     string
		offset int
	}{
		{"2 दिसंबर से 30 नवंबर तक", len("2 दिसंबर से ")},
		{"2 दिसंबर से 30 नवंबर 2025 तक", len("2 दिसंबर से ")},
		{"2 दिसंबर 2025 से 30 नवंबर 2025 तक", len("2 दिसंबर 2025 से ")},
		{"15 दिसंबर से 15 फ़रवरी 2026 तक", len("15 दिसंबर से ")}, // 63 days
		{"2026 से 2024 तक", len("2026 से ")},
		{"दिसंबर से नवंबर तक", len("दिसंबर से ")},
		{"अक्टूबर से अप्रैल तक", len("अक्टूबर से ")}, // seven months across New Year
		{"मार्च 2026 से जनवरी 2026 तक", len("मार्च 2026 से ")},
	} {
		_, err := Parse(tc.in, testRef(t))
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidDate) || pe.Offset != tc.offset ||
			!strings.Contains(err.Error(), "the range ends before it starts") {
			t.Errorf("Parse(%q) error = %v, want ErrInvalidDate at offset %d: the range ends before it starts", tc.in, err, tc.offset)
		}
	}
	july := time.Date(2025, time.July, 1, 12, 0, 0, 0, testRef(t).Location())
	runParseTable(t, Parser{}, july, []parseCase{
		{in: "30 दिसंबर से 2 जनवरी", want: "2025-12-30/2026-01-03 day", reason: "2 January nearest to July is 2025; the range wraps"},
		{in: "15 दिसंबर से 14 फ़रवरी 2026 तक", want: "2025-12-15/2026-02-15 day", reason: "62 days"},
	})
	if d, err := Parse("30 दिसंबर से 2 मार्च", july); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("Parse(%q) = %v, %v; want ErrInvalidDate: a wrap of 63 days", "30 दिसंबर से 2 मार्च", show(d), err)
	}
	runFindTable(t, testRef(t), []findCase{
		{name: "backwards", text: "सत्र 2 दिसंबर से 30 नवंबर तक चलेगा।", want: nil, reason: "not 364 days, and not two separate dates"},
		{name: "new year", text: "सत्र 30 दिसंबर से 2 जनवरी तक चलेगा।", want: []string{"30 दिसंबर से 2 जनवरी तक => 2025-12-30/2026-01-03 day"}},
		{name: "after a backwards one", text: "2 दिसंबर से 30 नवंबर नहीं, 5 दिसंबर को।", want: []string{"5 दिसंबर => 2025-12-05/2025-12-06 day"}},
	})
}

func TestParseMonthRange(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "अक्टूबर-नवंबर", want: "2025-10-01/2025-12-01 month"},
		{in: "नवंबर-दिसंबर 2025", want: "2025-11-01/2026-01-01 month"},
		{in: "दिसंबर-जनवरी 2026", want: "2025-12-01/2026-02-01 month", reason: "the year after the second month; the first steps back"},
		{in: "दिसंबर-जनवरी में", want: "2025-12-01/2026-02-01 month"},
		{in: "अक्टूबर से दिसंबर तक", want: "2025-10-01/2026-01-01 month"},
		{in: "जनवरी से दिसंबर तक", want: "2026-01-01/2027-01-01 month", reason: "the nearest January, and the December after it"},
		{in: "जनवरी से अप्रैल तक", want: "2026-01-01/2026-05-01 month"},
		{in: "मई से जुलाई तक", want: "2025-05-01/2025-08-01 month", reason: "May: a tie between 2025 and 2026 takes the earlier year"},
		{in: "नवंबर से जनवरी तक", want: "2025-11-01/2026-02-01 month", reason: "a short wrap across New Year"},
		{in: "अक्टूबर से दिसंबर 2026 तक", want: "2026-10-01/2027-01-01 month", reason: "the written year applies to the first month"},
		{in: "नवंबर से जनवरी 2026 तक", want: "2025-11-01/2026-02-01 month"},
		{in: "दिसंबर 2025 से फ़रवरी तक", want: "2025-12-01/2026-03-01 month"},
	})
}

// Date ranges and lists (issue 11, form 14).
func TestParseRangeForms(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "अगले महीने 3 से 9 तक", want: "2025-12-03/2025-12-10 day", reason: "days of next month"},
		{in: "12 से 14 मार्च के बीच", want: "2026-03-12/2026-03-15 day", reason: "के बीच inside the match"},
		{in: "कल से परसों तक", want: "2025-11-19/2025-11-21 day", reason: "a range runs forward: tomorrow and the day after"},
		{in: "आज से परसों तक", want: "2025-11-18/2025-11-21 day"},
		{in: "14 और 15 जून को", want: "2025-06-14/2025-06-16 day", reason: "two consecutive days: one range"},
		{in: "21 एवं 22 मार्च को", want: "2026-03-21/2026-03-23 day", reason: "एवं is and"},
		{in: "जून या जुलाई में", want: "2025-06-01/2025-08-01 month approx", reason: "either month: their span, approximate"},
		{in: "जून और जुलाई में", want: "2025-06-01/2025-08-01 month", reason: "both months: their span"},
		{in: "आगामी मई और जून माह में", want: "2026-05-01/2026-07-01 month", reason: "after a modifier"},
		{in: "18-22 जनवरीः", want: "2026-01-18/2026-01-23 day", reason: "a visarga typed for a colon"},
		{in: "01 – 03 मई तक", want: "2026-05-01/2026-05-04 day", reason: "an en dash with spaces, zero-padded days; May 2026 is nearer"},
	})
}
