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
