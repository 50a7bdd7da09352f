package hindidate

import "testing"

// TestParseCLDRForms reads the shapes of CLDR's Hindi data (cldr-dates-full
// 48: relative fields, date and time formats, eras, quarters), written
// here with values of our own, against Tuesday 18 November 2025, 20:00 IST.
func TestParseCLDRForms(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "पिछला वर्ष", want: "2024-01-01/2025-01-01 year", reason: "relative year, -1"},
		{in: "अगला माह", want: "2025-12-01/2026-01-01 month"},
		{in: "3 वर्ष में", want: "2028-11-18/2028-11-19 day approx", reason: "{0} वर्ष में: a future offset"},
		{in: "अंतिम तिमाही", want: "2025-07-01/2025-10-01 month", reason: "CLDR's previous quarter"},
		{in: "2 तिमाहियों में", want: "2026-05-18/2026-05-19 day approx", reason: "plural form of the quarter unit"},
		{in: "2 ति॰ में", want: "2026-05-18/2026-05-19 day approx", reason: "narrow quarter with the abbreviation sign"},
		{in: "बीता कल", want: "2025-11-17/2025-11-18 day", reason: "yesterday, unambiguous"},
		{in: "आने वाला कल", want: "2025-11-19/2025-11-20 day", reason: "tomorrow, unambiguous"},
		{in: "पिछला रविवार", want: "2025-11-16/2025-11-17 day"},
		{in: "इस सोमवार", want: "2025-11-17/2025-11-18 day", reason: "the one in the reference's week"},
		{in: "3 सोमवार में", want: "2025-12-08/2025-12-09 day", reason: "the third Monday from now"},
		{in: "2 रविवार पूर्व", want: "2025-11-09/2025-11-10 day", reason: "two Sundays ago"},
		{in: "अगला मंगल॰", want: "2025-11-25/2025-11-26 day", reason: "an abbreviated weekday with its mark"},
		{in: "2 सोम॰ में", want: "2025-12-01/2025-12-02 day"},
		{in: "यह घंटा", want: "2025-11-18T20:00/2025-11-18T21:00 hour", reason: "this hour"},
		{in: "यह मिनट", want: "2025-11-18T20:00/2025-11-18T20:01 minute"},
		{in: "3 घं॰ पहले", want: "2025-11-18T17:00/2025-11-18T17:01 minute", reason: "abbreviated hours"},
		{in: "5 मि॰ में", want: "2025-11-18T20:05/2025-11-18T20:06 minute"},
		{in: "120 से॰ पहले", want: "2025-11-18T19:58/2025-11-18T19:59 minute", reason: "से॰ is seconds, not the postposition"},
		{in: "अब", want: "2025-11-18T20:00/2025-11-18T20:01 minute", reason: "now, in Parse only"},
		{in: "18 नव॰ 2025", want: "2025-11-18/2025-11-19 day", reason: "medium date"},
		{in: "18/11/25", want: "2025-11-18/2025-11-19 day", reason: "short date"},
		{in: "मंगल, 18 नव॰ 2025", want: "2025-11-18/2025-11-19 day", reason: "an abbreviated weekday before a date"},
		{in: "18 नवंबर 2025, 8:00 pm", want: "2025-11-18T20:00/2025-11-18T20:01 minute", reason: "{1}, {0} with h:mm a"},
		{in: "8:00:00 pm भारतीय मानक समय", want: "2025-11-18T20:00/2025-11-18T20:01 minute", reason: "h:mm:ss a zzzz"},
		{in: "8 pm", want: "2025-11-18T20:00/2025-11-18T21:00 hour", reason: "h a"},
		{in: "20:00", want: "2025-11-18T20:00/2025-11-18T20:01 minute", reason: "HH:mm, in Parse"},
		{in: "08:30", want: "2025-11-18T08:30/2025-11-18T08:31 minute", reason: "a leading zero: the 24-hour clock"},
		{in: "रात 8", want: "2025-11-18T20:00/2025-11-18T21:00 hour", reason: "B h"},
		{in: "18/11", want: "2025-11-18/2025-11-19 day", reason: "d/M, in Parse only"},
		{in: "11/2025", want: "2025-11-01/2025-12-01 month", reason: "M/y, in Parse only"},
		{in: "नवंबर का सप्ताह 3", want: "2025-11-09/2025-11-16 week", reason: "week 3 of the month, weeks from Sunday"},
		{in: "2025 का सप्ताह 47", want: "2025-11-16/2025-11-23 week", reason: "week 47 of the year"},
		{in: "ति4 2025", want: "2025-10-01/2026-01-01 month", reason: "abbreviated quarter"},
		{in: "पहली तिमाही 2025", want: "2025-01-01/2025-04-01 month", reason: "wide quarter and year"},
		{in: "57 ईसा-पूर्व", want: "-0056-01-01+05:53/-0055-01-01+05:53 year", reason: "57 BC is year -56"},
		{in: "78 ईसवी", want: "0078-01-01+05:53/0079-01-01+05:53 year"},
		{in: "18 नव॰ 2025 ईस्वी", want: "2025-11-18/2025-11-19 day", reason: "an era after the year"},
	})
}

// The same words in running text are mostly no dates.
func TestFindCLDRWords(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "मंगल is Mars", text: "मंगल ग्रह पर जीवन की खोज।", want: nil},
		{name: "गुरु is a teacher", text: "गुरु का आशीर्वाद मिला।", want: nil},
		{name: "अब is a discourse word", text: "अब सरकार ने कहा कि काम होगा।", want: nil},
		{name: "यह is this", text: "यह फैसला सही है और यह जनवरी-मार्च 2025 की दर है।",
			want: []string{"जनवरी-मार्च 2025 => 2025-01-01/2025-04-01 month"}, reason: "यह only before a unit"},
		{name: "fraction", text: "3/4 हिस्सा और 11/2025 नंबर का केस", want: nil, reason: "d/M and M/y only in Parse"},
		{name: "final", text: "अंतिम संस्कार आज होगा।", want: []string{"आज => 2025-11-18/2025-11-19 day"}},
	})
}
