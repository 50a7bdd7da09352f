package hindidate

import "testing"

// Numbers as words wherever digits may stand (issue 11, form 9).
func TestParseNumberWords(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "इक्कीस मार्च", want: "2026-03-21/2026-03-22 day", reason: "a day in words"},
		{in: "पहली अप्रैल", want: "2026-04-01/2026-04-02 day", reason: "a feminine ordinal is a day of the month"},
		{in: "पहली जुलाई से", want: "2025-07-01/2025-07-02 day"},
		{in: "चार से पांच दिसंबर तक", want: "2025-12-04/2025-12-06 day", reason: "a range in words"},
		{in: "31 अगस्त से एक सितंबर तक", want: "2025-08-31/2025-09-02 day", reason: "digits and a word"},
		{in: "पचपन दिन पहले", want: "2025-09-24/2025-09-25 day", reason: "counts to ninety-nine"},
		{in: "निन्यानवे साल पहले", want: "1926-11-18/1926-11-19 day approx"},
		{in: "सन उन्नीस सौ सैंतालीस", want: "1947-01-01/1948-01-01 year", reason: "a year in words, with सौ"},
		{in: "उन्नीस सौ सैंतालीस में", want: "1947-01-01/1948-01-01 year"},
		{in: "दो हज़ार पच्चीस में", want: "2025-01-01/2026-01-01 year", reason: "with हज़ार"},
		{in: "15 अगस्त उन्नीस सौ सैंतालीस", want: "1947-08-15/1947-08-16 day", reason: "a day, a month and a year in words"},
		{in: "दो हजार चौबीस की पहली तिमाही", want: "2024-01-01/2024-04-01 month"},
		{in: "सात बजकर पंद्रह मिनट", want: "2025-11-18T07:15/2025-11-18T07:16 minute alt 2025-11-18T19:15/2025-11-18T19:16", reason: "no part of the day: morning or evening"},
		{in: "सुबह सात पैंतीस", want: "2025-11-18T07:35/2025-11-18T07:36 minute", reason: "hour and minutes in words after a part of the day"},
		{in: "शाम छह बजे", want: "2025-11-18T18:00/2025-11-18T19:00 hour"},
	})
}

func TestFindNumberWords(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "percent in words", text: "सात दशमलव आठ प्रतिशत की दर", want: nil, reason: "सात … आठ is no 7 August"},
		{name: "temperature in words", text: "तापमान सात डिग्री तक पहुंचा।", want: nil},
		{name: "ordinal count", text: "वे 13वीं बार और लगातार सातवीं बार जीते।", want: nil, reason: "ordinals that count"},
		{name: "class ordinals", text: "10वीं और 12वीं की परीक्षा", want: nil},
		{name: "match minute", text: "उन्होंने 71वें मिनट में गोल किया।", want: nil, reason: "an ordinal minute, no offset"},
		{name: "hours count", text: "सुबह 6 लोगों की मौत हुई।", want: nil, reason: "a count after a part of the day is no hour"},
	})
}
