package hindidate

import "testing"

// Periods (issue 11, forms 6, 10, 11, 16, 17, 18), against Tuesday 18
// November 2025.
func TestParsePeriod(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		// 6. Decades and centuries.
		{in: "1980 के दशक में", want: "1980-01-01/1990-01-01 year"},
		{in: "80 के दशक", want: "1980-01-01/1990-01-01 year", reason: "two digits: the latest such decade that has begun"},
		{in: "20 के दशक में", want: "2020-01-01/2030-01-01 year", reason: "the 2020s have begun, so not the 1920s"},
		{in: "अस्सी के दशक", want: "1980-01-01/1990-01-01 year", reason: "the decade in words"},
		{in: "90 का दशक", want: "1990-01-01/2000-01-01 year", reason: "का दशक as well as के दशक"},
		{in: "पिछले दशक", want: "2010-01-01/2020-01-01 year", reason: "the calendar decade before the current one"},
		{in: "इस दशक", want: "2020-01-01/2030-01-01 year"},
		{in: "बीसवीं सदी", want: "1900-01-01+05:21/2000-01-01 year", reason: "popular usage, 1900-1999 (+05:21 is Kolkata's mean time then)"},
		{in: "21वीं सदी", want: "2000-01-01/2100-01-01 year", reason: "an ordinal in digits"},
		{in: "19वीं सदी के अंत में", want: "1866-01-01+05:53/1900-01-01+05:21 year approx", reason: "the last third, approximately"},
		{in: "इस सदी", want: "2000-01-01/2100-01-01 year"},
		// 11. Weeks, quarters, halves by number; fiscal years.
		{in: "2027 का आखिरी सप्ताह", want: "2027-12-25/2028-01-01 week", reason: "the last seven days of the year"},
		{in: "साल का पहला सप्ताह", want: "2025-01-01/2025-01-08 week"},
		{in: "2025 की पहली तिमाही", want: "2025-01-01/2025-04-01 month"},
		{in: "पिछले साल की चौथी तिमाही", want: "2024-10-01/2025-01-01 month"},
		{in: "पहली छमाही", want: "2025-01-01/2025-07-01 month", reason: "of the reference's year"},
		{in: "अगले साल की दूसरी छमाही", want: "2026-07-01/2027-01-01 month"},
		{in: "इस तिमाही", want: "2025-10-01/2026-01-01 month"},
		{in: "पिछली तिमाही", want: "2025-07-01/2025-10-01 month"},
		{in: "अगले महीने के दूसरे हफ्ते", want: "2025-12-08/2025-12-15 week"},
		{in: "वित्त वर्ष 2025-26", want: "2025-04-01/2026-04-01 month", reason: "India's April-March year"},
		{in: "वित्तीय वर्ष 2025-2026", want: "2025-04-01/2026-04-01 month", reason: "both years in full"},
		{in: "वित्त वर्ष 2026", want: "2025-04-01/2026-04-01 month", reason: "named by the year it ends in"},
		{in: "वित्त वर्ष 2026 की पहली तिमाही", want: "2025-04-01/2025-07-01 month", reason: "fiscal quarters begin in April"},
		{in: "चालू वित्त वर्ष", want: "2025-04-01/2026-04-01 month"},
		{in: "पिछले वित्त वर्ष की चौथी तिमाही", want: "2025-01-01/2025-04-01 month", reason: "Q4 of FY 2024-25"},
		{in: "2025-26 की पहली तिमाही", want: "2025-04-01/2025-07-01 month", reason: "a year pair before a quarter is a fiscal year"},
		{in: "वित्त वर्ष 2025-26 की अप्रैल-जून तिमाही", want: "2025-04-01/2025-07-01 month", reason: "a quarter named by its months"},
		// 10. Weekdays of a month by ordinal.
		{in: "अगले महीने के तीसरे गुरुवार", want: "2025-12-18/2025-12-19 day"},
		{in: "इस महीने का आखिरी शुक्रवार", want: "2025-11-28/2025-11-29 day"},
		{in: "मार्च के दूसरे रविवार", want: "2026-03-08/2026-03-09 day", reason: "a month name: the nearest March"},
		{in: "दिसंबर 2025 का पहला सोमवार", want: "2025-12-01/2025-12-02 day"},
		// 16. Days of a month.
		{in: "इस महीने की 5 तारीख को", want: "2025-11-05/2025-11-06 day"},
		{in: "अगले महीने की 20 तारीख", want: "2025-12-20/2025-12-21 day"},
		{in: "अगले महीने 3 से 9 तक", want: "2025-12-03/2025-12-10 day", reason: "days of the month the modifier names"},
		{in: "5 तारीख को", want: "2025-11-05/2025-11-06 day alt 2025-12-05/2025-12-06", reason: "the nearest 5th, 13 days back (17 ahead); Parse sees no tense, so the other is the alternative"},
		{in: "पच्चीस तारीख", want: "2025-11-25/2025-11-26 day alt 2025-10-25/2025-10-26", reason: "in words; the nearest is ahead"},
		{in: "अगस्त के महीने में", want: "2025-08-01/2025-09-01 month"},
		// 17. Now and named periods.
		{in: "अभी", want: "2025-11-18T20:00/2025-11-18T20:01 minute", reason: "the reference moment, to the minute"},
		{in: "इस वक्त", want: "2025-11-18T20:00/2025-11-18T20:01 minute"},
		{in: "इस समय", want: "2025-11-18T20:00/2025-11-18T20:01 minute"},
		{in: "मौजूदा सप्ताह", want: "2025-11-17/2025-11-24 week", reason: "मौजूदा is this"},
		{in: "चालू माह", want: "2025-11-01/2025-12-01 month"},
		{in: "बीते हफ्ते", want: "2025-11-10/2025-11-17 week"},
		{in: "गत माह", want: "2025-10-01/2025-11-01 month"},
		{in: "विगत वर्ष", want: "2024-01-01/2025-01-01 year"},
		{in: "वर्तमान वर्ष", want: "2025-01-01/2026-01-01 year"},
		{in: "इस सप्ताहांत", want: "2025-11-22/2025-11-24 day", reason: "Saturday and Sunday of this week"},
		{in: "अगले वीकेंड", want: "2025-11-29/2025-12-01 day"},
		{in: "सप्ताह के अंत तक", want: "2025-11-21/2025-11-24 day approx", reason: "the end of a week: Friday to Sunday, approximately"},
		{in: "मध्य दिसंबर", want: "2025-12-11/2025-12-21 day", reason: "the same days as दिसंबर के मध्य"},
		{in: "मध्य-जनवरी 2027", want: "2027-01-11/2027-01-21 day"},
		{in: "नवंबर के अंतिम दिनों", want: "2025-11-21/2025-12-01 day", reason: "its last days: the last third, as के अंत"},
		{in: "नवंबर के शुरुआती दिनों", want: "2025-11-01/2025-11-11 day"},
		{in: "नवंबर के आखिरी दिन", want: "2025-11-30/2025-12-01 day", reason: "one last day, not the last third"},
		{in: "फरवरी 2024 के अंतिम दिन", want: "2024-02-29/2024-03-01 day"},
		{in: "दिसंबर के पहले पखवाड़े", want: "2025-12-01/2025-12-16 day", reason: "the first fortnight: days 1-15"},
		{in: "फरवरी 2024 के दूसरे पखवाड़े", want: "2024-02-16/2024-03-01 day", reason: "the second: the rest of the month"},
		{in: "नवंबर के आखिरी पखवाड़े", want: "2025-11-16/2025-12-01 day"},
		{in: "सितंबर के पहले 10 दिन", want: "2025-09-01/2025-09-11 day", reason: "its first ten days (from a real report)"},
		{in: "दिसंबर के आखिरी पांच दिनों", want: "2025-12-27/2026-01-01 day"},
		{in: "2015 के पहले तीन महीने", want: "2015-01-01/2015-04-01 month"},
		{in: "2016 के आखिरी दो महीनों", want: "2016-11-01/2017-01-01 month"},
	})
}

// Vague periods are refused on purpose: they name no span a reader could
// put on a calendar (documented in relative.go).
func TestFindVague(t *testing.T) {
	var cases []findCase
	for _, s := range []string{
		"आने वाले दिनों में बारिश होगी।", "इन दिनों बाजार सुस्त है।", "हाल ही में बैठक हुई।",
		"पिछले कई दिनों से बारिश हो रही है।", "फिलहाल कोई फैसला नहीं हुआ।", "वर्तमान में सरकार विचार कर रही है।",
		"पिछले दिनों उन्होंने कहा।", "बीते सालों में बदलाव हुआ।", "अभी तक कोई जवाब नहीं आया।", "अभी भी इंतजार है।",
		"इस समय सीमा में काम होगा।",
		"मध्य प्रदेश में मध्य एशिया के नेता पहुंचे।",
		"भारत और चीन के मध्य 5 देशों की बैठक होगी।",
	} {
		cases = append(cases, findCase{name: s, text: s, reason: "vague: no date on purpose"})
	}
	runFindTable(t, testRef(t), cases)
}
