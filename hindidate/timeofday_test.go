package hindidate

import "testing"

func TestParseTimeOfDay(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "शाम 5 बजे", want: "2025-11-18T17:00/2025-11-18T18:00 hour", reason: "a time alone is on ref's day"},
		{in: "सुबह 10:30 बजे", want: "2025-11-18T10:30/2025-11-18T10:31 minute"},
		{in: "सुबह 10.30 बजे", want: "2025-11-18T10:30/2025-11-18T10:31 minute"},
		{in: "सुबह 10:30", want: "2025-11-18T10:30/2025-11-18T10:31 minute"},
		{in: "दोपहर 2 बजे", want: "2025-11-18T14:00/2025-11-18T15:00 hour"},
		{in: "दोपहर 12 बजे", want: "2025-11-18T12:00/2025-11-18T13:00 hour"},
		{in: "रात 9 बजे", want: "2025-11-18T21:00/2025-11-18T22:00 hour"},
		{in: "रात के 9 बजे", want: "2025-11-18T21:00/2025-11-18T22:00 hour"},
		{in: "रात 12 बजे", want: "2025-11-19/2025-11-19T01:00 hour", reason: "the midnight that ends the day"},
		{in: "रात 12:30 बजे", want: "2025-11-19T00:30/2025-11-19T00:31 minute", reason: "half an hour after the midnight that ends the day"},
		{in: "रात साढ़े 12 बजे", want: "2025-11-19T00:30/2025-11-19T00:31 minute"},
		{in: "रात 12:59 बजे", want: "2025-11-19T00:59/2025-11-19T01:00 minute"},
		{in: "20 नवंबर 2025 रात 12 बजे", want: "2025-11-21/2025-11-21T01:00 hour"},
		{in: "20 नवंबर 2025 रात 12:30 बजे", want: "2025-11-21T00:30/2025-11-21T00:31 minute", reason: "as Format writes 21 Nov 00:30"},
		{in: "रात 2 बजे", want: "2025-11-18T02:00/2025-11-18T03:00 hour", reason: "early hours stay on the date written"},
		{in: "तड़के 4 बजे", want: "2025-11-18T04:00/2025-11-18T05:00 hour"},
		{in: "5 बजे", want: "2025-11-18T05:00/2025-11-18T06:00 hour alt 2025-11-18T17:00/2025-11-18T18:00", reason: "no part of the day"},
		{in: "17:30 बजे", want: "2025-11-18T17:30/2025-11-18T17:31 minute"},
		{in: "5 बजकर 20 मिनट", want: "2025-11-18T05:20/2025-11-18T05:21 minute alt 2025-11-18T17:20/2025-11-18T17:21"},
		{in: "साढ़े पांच बजे", want: "2025-11-18T05:30/2025-11-18T05:31 minute alt 2025-11-18T17:30/2025-11-18T17:31"},
		{in: "शाम साढ़े पांच बजे", want: "2025-11-18T17:30/2025-11-18T17:31 minute"},
		{in: "सुबह करीब 11 बजे", want: "2025-11-18T11:00/2025-11-18T12:00 hour approx", reason: "a hedge between the part of the day and the hour keeps the part: not 23:00"},
		{in: "शाम लगभग 5 बजे", want: "2025-11-18T17:00/2025-11-18T18:00 hour approx"},
		{in: "सुबह के करीब 9 बजे", want: "2025-11-18T09:00/2025-11-18T10:00 hour approx"},
		{in: "सुबह सवा दस बजे", want: "2025-11-18T10:15/2025-11-18T10:16 minute"},
		{in: "शाम पौने सात बजे", want: "2025-11-18T18:45/2025-11-18T18:46 minute"},
		{in: "दोपहर डेढ़ बजे", want: "2025-11-18T13:30/2025-11-18T13:31 minute"},
		{in: "दोपहर ढाई बजे", want: "2025-11-18T14:30/2025-11-18T14:31 minute"},
		{in: "शाम ५ बजे", want: "2025-11-18T17:00/2025-11-18T18:00 hour"},
		{in: "शाम पांच बजे", want: "2025-11-18T17:00/2025-11-18T18:00 hour"},
		{in: "भारतीय समयानुसार शाम 5 बजे", want: "2025-11-18T17:00/2025-11-18T18:00 hour"},
		{in: "मॉस्को समयानुसार शाम 5 बजे", want: "2025-11-18T17:00+03:00/2025-11-18T18:00+03:00 hour"},
		{in: "शाम 5 बजे (मॉस्को समयानुसार)", want: "2025-11-18T17:00+03:00/2025-11-18T18:00+03:00 hour"},
		{in: "सुबह 10 बजे मास्को समय के अनुसार", want: "2025-11-18T10:00+03:00/2025-11-18T11:00+03:00 hour"},
		{in: "स्थानीय समयानुसार सुबह 9 बजे", want: "2025-11-18T09:00/2025-11-18T10:00 hour", reason: "no LocalZone: ref's zone"},
		{in: "5 दिसंबर को शाम 5 बजे", want: "2025-12-05T17:00/2025-12-05T18:00 hour"},
		{in: "5 दिसंबर की शाम 5 बजे", want: "2025-12-05T17:00/2025-12-05T18:00 hour"},
		{in: "5 दिसंबर को मॉस्को समयानुसार शाम 5 बजे", want: "2025-12-05T17:00+03:00/2025-12-05T18:00+03:00 hour"},
		{in: "आज शाम 7 बजे", want: "2025-11-18T19:00/2025-11-18T20:00 hour"},
		{in: "कल सुबह 9 बजे", want: "2025-11-17T09:00/2025-11-17T10:00 hour alt 2025-11-19T09:00/2025-11-19T10:00"},
		{in: "कल रात", want: "2025-11-17T20:00/2025-11-18T04:00 hour alt 2025-11-19T20:00/2025-11-20T04:00"},
		{in: "पिछली रात", want: "2025-11-17T20:00/2025-11-18T04:00 hour", reason: "last night: the night before ref's day, no other reading"},
		{in: "बीती रात 10 बजे", want: "2025-11-17T22:00/2025-11-17T23:00 hour"},
		{in: "5 दिसंबर की शाम", want: "2025-12-05T16:00/2025-12-05T20:00 hour"},
		{in: "मंगलवार (18 नवंबर 2025) को शाम 5 बजे", want: "2025-11-18T17:00/2025-11-18T18:00 hour"},
	})
}

func TestLocalZone(t *testing.T) {
	p := Parser{LocalZone: mustLoad(t, "Europe/London")}
	runParseTable(t, p, testRef(t), []parseCase{
		{in: "स्थानीय समयानुसार सुबह 9 बजे", want: "2025-11-18T09:00Z/2025-11-18T10:00Z hour"},
		{in: "सुबह 9 बजे (स्थानीय समय)", want: "2025-11-18T09:00Z/2025-11-18T10:00Z hour"},
		{in: "सुबह 9 बजे", want: "2025-11-18T09:00/2025-11-18T10:00 hour", reason: "unnamed zone: ref's"},
	})
}

func TestFindTimeOfDay(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "half of a crore", text: "साढ़े पांच करोड़ रुपये", want: nil},
		{name: "score", text: "स्कोर 10:30 रहा", want: nil},
		{name: "evening alone", text: "शाम को बारिश हुई", want: nil, reason: "a part of the day alone is not a date"},
		{name: "half past midnight", text: "बैठक 20 नवंबर को रात 12:30 बजे होगी।", want: []string{"20 नवंबर को रात 12:30 बजे => 2025-11-21T00:30/2025-11-21T00:31 minute"}, reason: "not noon"},
		{name: "date then time", text: "बैठक 5 दिसंबर को शाम 5 बजे होगी।", want: []string{"5 दिसंबर को शाम 5 बजे => 2025-12-05T17:00/2025-12-05T18:00 hour"}},
	})
}

func TestParseTimeExtras(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "शाम 5 बजे IST", want: "2025-11-18T17:00/2025-11-18T18:00 hour"},
		{in: "सुबह 10 बजे (MSK)", want: "2025-11-18T10:00+03:00/2025-11-18T11:00+03:00 hour"},
		{in: "शुक्रवार देर रात", want: "2025-11-14T20:00/2025-11-15T04:00 hour alt 2025-11-21T20:00/2025-11-22T04:00"},
		{in: "देर रात 2 बजे", want: "2025-11-18T02:00/2025-11-18T03:00 hour"},
		{in: "आज देर शाम", want: "2025-11-18T16:00/2025-11-18T20:00 hour", reason: "late in the evening: the evening, as देर रात is the night"},
		{in: "11 बजे पूर्वाह्न", want: "2025-11-18T11:00/2025-11-18T12:00 hour", reason: "पूर्वाह्न after बजे settles the hour"},
		{in: "3 बजे अपराह्न", want: "2025-11-18T15:00/2025-11-18T16:00 hour"},
	})
	runFindTable(t, testRef(t), []findCase{
		{name: "late is not a date", text: "कल देर से पहुंचे थे।", want: []string{"कल => 2025-11-17/2025-11-18 day"}},
	})
}

// TestFindZoneBeforeDate: a zone phrase may open the whole expression, before
// the date it belongs with (issue: the time was read in the dateline's zone).
func TestFindZoneBeforeDate(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{
			name: "Moscow zone before date and time",
			text: "मॉस्को समयानुसार 19 नवंबर को शाम 7 बजे बैठक होगी।",
			want: []string{"मॉस्को समयानुसार 19 नवंबर को शाम 7 बजे => 2025-11-19T19:00+03:00/2025-11-19T20:00+03:00 hour"},
		},
		{
			name:   "zone before a date without a time is not part of it",
			text:   "भारतीय समयानुसार 19 नवंबर को बैठक होगी।",
			want:   []string{"19 नवंबर => 2025-11-19/2025-11-20 day"},
			reason: "a day has no zone to take",
		},
		{
			name:   "a zone named twice keeps the one next to the time",
			text:   "मॉस्को समयानुसार 19 नवंबर को भारतीय समयानुसार शाम 7 बजे",
			want:   []string{"19 नवंबर को भारतीय समयानुसार शाम 7 बजे => 2025-11-19T19:00/2025-11-19T20:00 hour"},
			reason: "the inner phrase is explicit; the outer one is left out of the match",
		},
	})
}

// Dates with clock times and parts of the day in every order, AM/PM marks
// and time ranges (issue 11, forms 12 and 13).
func TestParseClockForms(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "12 मार्च 2026, 14:30", want: "2026-03-12T14:30/2026-03-12T14:31 minute", reason: "a bare HH:MM after a date is a time"},
		{in: "2026-03-12 14:30", want: "2026-03-12T14:30/2026-03-12T14:31 minute", reason: "ISO date and time"},
		{in: "रात को 10 बजे", want: "2025-11-18T22:00/2025-11-18T23:00 hour", reason: "को between the part and the time"},
		{in: "सुबह के 9 बजे", want: "2025-11-18T09:00/2025-11-18T10:00 hour"},
		{in: "कल शाम 6", want: "2025-11-17T18:00/2025-11-17T19:00 hour alt 2025-11-19T18:00/2025-11-19T19:00", reason: "a bare hour after a part of the day ends the phrase"},
		{in: "रात 9 बजकर 10 मिनट", want: "2025-11-18T21:10/2025-11-18T21:11 minute"},
		{in: "आधी रात", want: "2025-11-19/2025-11-19T01:00 hour", reason: "midnight ends the day, as रात 12 बजे does"},
		{in: "15 अगस्त 1947 को मध्यरात्रि", want: "1947-08-16/1947-08-16T01:00 hour", reason: "CLDR's midnight"},
		{in: "3 बजे दोपहर", want: "2025-11-18T15:00/2025-11-18T16:00 hour", reason: "the part of the day after the time"},
		{in: "शाम 5 बजे, 12 मार्च को", want: "2026-03-12T17:00/2026-03-12T18:00 hour", reason: "the time before the date"},
		{in: "5:54 अपराह्न", want: "2025-11-18T17:54/2025-11-18T17:55 minute", reason: "अपराह्न is p.m."},
		{in: "11:14 AM", want: "2025-11-18T11:14/2025-11-18T11:15 minute"},
		{in: "12:05 am", want: "2025-11-18T00:05/2025-11-18T00:06 minute", reason: "12 a.m. is midnight"},
		{in: "अगस्त 29, 2025 5:54 अपराह्न", want: "2025-08-29T17:54/2025-08-29T17:55 minute", reason: "month first, then the time"},
		{in: "Sep 29, 2023 03:18:40 pm", want: "2023-09-29T15:18/2023-09-29T15:19 minute", reason: "seconds are dropped"},
		{in: "प्रातः 10.59 पर", want: "2025-11-18T10:59/2025-11-18T11:00 minute", reason: "a dot for the colon, after a part of the day"},
		{in: "दोपहर 1:40 मिनट पर", want: "2025-11-18T13:40/2025-11-18T13:41 minute", reason: "मिनट after a clock time, as papers print it"},
		// Time ranges end where the second time begins.
		{in: "दोपहर 2 से 4 बजे तक", want: "2025-11-18T14:00/2025-11-18T16:00 hour", reason: "बजे once, after the second hour"},
		{in: "सुबह 10 से 11", want: "2025-11-18T10:00/2025-11-18T11:00 hour", reason: "no बजे at all: the part of the day makes it a time"},
		{in: "शाम 4-6 बजे", want: "2025-11-18T16:00/2025-11-18T18:00 hour", reason: "a dash"},
		{in: "सुबह 10 बजे से शाम 4 बजे तक", want: "2025-11-18T10:00/2025-11-18T16:00 hour", reason: "each time its own part"},
		{in: "सुबह 11 से 1 बजे तक", want: "2025-11-18T11:00/2025-11-18T13:00 hour", reason: "the second hour runs past noon"},
		{in: "1.30 से 4.30 बजे तक", want: "2025-11-18T01:30/2025-11-18T04:30 minute alt 2025-11-18T13:30/2025-11-18T16:30", reason: "no part: both readings"},
		{in: "5 दिसंबर को दोपहर 2 से 4 बजे तक", want: "2025-12-05T14:00/2025-12-05T16:00 hour", reason: "a date and a time range"},
		{in: "सायं 05.32 से 06.32 के बीच", want: "2025-11-18T17:32/2025-11-18T18:32 minute", reason: "के बीच belongs to the range"},
		{in: "सुबह 10: 30 बजे से 11: 30 बजे के बीच", want: "2025-11-18T10:30/2025-11-18T11:30 minute", reason: "a space after the colon, with बजे"},
		{in: "2022-12-06 10:00 GMT", want: "2022-12-06T10:00Z/2022-12-06T10:01Z minute", reason: "GMT is UTC; after a numeric date, the 24-hour clock"},
		{in: "17 Nov 2024 2:16 AM GMT", want: "2024-11-17T02:16Z/2024-11-17T02:17Z minute"},
	})
}

func TestFindClockForms(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "request", text: "परसों दोपहर 3 बजे कॉल शेड्यूल कीजिए।", want: []string{"परसों दोपहर 3 बजे => 2025-11-20T15:00/2025-11-20T16:00 hour"},
			reason: "form 19: a request points to the future"},
		{name: "polite plural", text: "कल सुबह 10 बजे रिपोर्ट भेजें।", want: []string{"कल सुबह 10 बजे => 2025-11-19T10:00/2025-11-19T11:00 hour"}},
		{name: "score", text: "भारत ने 10:30 से मैच जीता।", want: nil, reason: "HH:MM alone may be a score"},
		{name: "duration of hours", text: "बिजली 2 से 4 घंटे तक गुल रहेगी।", want: nil, reason: "hours as a duration"},
		{name: "habit hours", text: "लोग सभी कार्य दिवसों में रोज सुबह 7 बजे से रात 8 बजे तक कॉल कर सकते हैं।", want: nil, reason: "रोज: every day"},
	})
}
