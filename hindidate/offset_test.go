package hindidate

import (
	"testing"
	"time"
)

// Offsets (issue 11, forms 1-5), against Tuesday 18 November 2025, 20:00 IST.
func TestParseOffset(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		// 1. Hours, minutes, seconds: the reference time moved, to the minute.
		{in: "चार घंटे पहले", want: "2025-11-18T16:00/2025-11-18T16:01 minute", reason: "an offset in hours is exact, to the minute"},
		{in: "ढाई घंटे बाद", want: "2025-11-18T22:30/2025-11-18T22:31 minute", reason: "ढाई is two and a half"},
		{in: "सवा घंटे बाद", want: "2025-11-18T21:15/2025-11-18T21:16 minute", reason: "सवा before a unit is one and a quarter"},
		{in: "पौने घंटे बाद", want: "2025-11-18T20:45/2025-11-18T20:46 minute", reason: "पौने before a unit is three quarters"},
		{in: "सवा साल पहले", want: "2024-08-18/2024-08-19 day approx"},
		{in: "अब से 2 घंटे बाद", want: "2025-11-18T22:00/2025-11-18T22:01 minute", reason: "counted from now"},
		{in: "सवा सौ साल बाद", want: "2150-11-18/2150-11-19 day approx", reason: "a hundred and a quarter of it: 125 years, not 100¼"},
		{in: "साढ़े तीन सौ साल बाद", want: "2375-11-18/2375-11-19 day approx", reason: "350 years, not 300½"},
		{in: "डेढ़ सौ साल बाद", want: "2175-11-18/2175-11-19 day approx", reason: "150 years"},
		{in: "सवा 3 साल पहले", want: "2022-08-18/2022-08-19 day approx", reason: "no hundreds: 3¼ years"},
		{in: "डेढ़ घंटे पहले", want: "2025-11-18T18:30/2025-11-18T18:31 minute", reason: "डेढ़ is one and a half"},
		{in: "साढ़े तीन घंटे बाद", want: "2025-11-18T23:30/2025-11-18T23:31 minute", reason: "साढ़े N is N and a half, here as a count"},
		{in: "आधे घंटे बाद", want: "2025-11-18T20:30/2025-11-18T20:31 minute", reason: "आधे is a half"},
		{in: "45 मिनट में", want: "2025-11-18T20:45/2025-11-18T20:46 minute", reason: "में after a count is 'in', a future offset"},
		{in: "पंद्रह मिनट पहले", want: "2025-11-18T19:45/2025-11-18T19:46 minute", reason: "a count in words"},
		{in: "90 सेकंड बाद", want: "2025-11-18T20:01/2025-11-18T20:02 minute", reason: "seconds round down to the minute"},
		{in: "अगले 48 घंटों में", want: "2025-11-18T20:00/2025-11-20T20:00 minute", reason: "a rolling window from the reference time"},
		{in: "पिछले 24 घंटों में", want: "2025-11-17T20:00/2025-11-18T20:00 minute", reason: "the window that ends now"},
		{in: "अगले 24 से 48 घंटे", want: "2025-11-18T20:00/2025-11-20T20:00 minute approx", reason: "the longer window, since the writer gave a range"},
		// 2. Future offsets with में, windows with के भीतर/के अंदर.
		{in: "तीन दिन में", want: "2025-11-21/2025-11-22 day", reason: "in three days: an exact day"},
		{in: "छह महीने में", want: "2026-05-18/2026-05-19 day approx", reason: "in six months: the same day, approximately"},
		{in: "दो हफ्तों के भीतर", want: "2025-11-18/2025-12-02 day", reason: "within two weeks: from today up to the point"},
		{in: "तीन दिन के अंदर", want: "2025-11-18/2025-11-21 day", reason: "के अंदर is के भीतर"},
		{in: "दो घंटे के भीतर", want: "2025-11-18T20:00/2025-11-18T22:00 minute", reason: "a window in hours runs from the reference time"},
		// 3. Compound offsets add up; the finest unit decides.
		{in: "1 साल 3 महीने बाद", want: "2027-02-18/2027-02-19 day approx", reason: "months are the finest unit: approximate"},
		{in: "2 हफ्ते और 3 दिन पहले", want: "2025-11-01/2025-11-02 day", reason: "17 days; days are exact"},
		{in: "एक साल, दो महीने और पांच दिन बाद", want: "2027-01-23/2027-01-24 day", reason: "three parts, with a comma and और"},
		{in: "डेढ़ साल पहले", want: "2024-05-18/2024-05-19 day approx", reason: "a year and a half is 18 months"},
		// 4. Counted from a named day: one exact day.
		{in: "कल से चार दिन बाद", want: "2025-11-21/2025-11-22 day alt 2025-11-23/2025-11-24", reason: "कल is yesterday or tomorrow; Parse sees no tense"},
		{in: "परसों से दो दिन पहले", want: "2025-11-14/2025-11-15 day alt 2025-11-18/2025-11-19", reason: "from the day before yesterday, or after tomorrow"},
		{in: "आज से एक हफ्ते बाद", want: "2025-11-25/2025-11-26 day approx", reason: "a week from today: seven days, approximately"},
		{in: "आज से 10 दिन बाद", want: "2025-11-28/2025-11-29 day", reason: "days are exact"},
		{in: "15 अगस्त से दो दिन पहले", want: "2025-08-13/2025-08-14 day", reason: "from a date without a year: the nearest 15 August"},
		{in: "दिवाली से एक दिन पहले", want: "2025-10-19/2025-10-20 day", reason: "from a festival: Diwali 2025 is 20 October"},
		// 5. Days exact; weeks, months and years the exact day, approximate.
		{in: "दो दिन पहले", want: "2025-11-16/2025-11-17 day", reason: "an offset in days is exact"},
		{in: "दो हफ्ते पहले", want: "2025-11-04/2025-11-05 day approx", reason: "14 days before, approximately"},
		{in: "तीन साल पहले", want: "2022-11-18/2022-11-19 day approx", reason: "the same calendar day three years before"},
		{in: "एक महीने बाद", want: "2025-12-18/2025-12-19 day approx", reason: "the same day of the next month"},
		{in: "दो दशक पहले", want: "2005-11-18/2005-11-19 day approx", reason: "decades too"},
		{in: "सौ साल पहले", want: "1925-11-18/1925-11-19 day approx", reason: "सौ alone is a hundred"},
	})
}

// TestParseOffsetMonthEnd checks that a month offset from a day its target
// month lacks lands on that month's last day, not in the month after.
func TestParseOffsetMonthEnd(t *testing.T) {
	ref := time.Date(2026, time.March, 31, 12, 0, 0, 0, mustLoad(t, "Asia/Kolkata"))
	d, err := Parse("एक महीने पहले", ref)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := show(d), "2026-02-28/2026-03-01 day approx"; got != want {
		t.Errorf("Parse(%q) on 31 March = %s, want %s (February has no 31st)", "एक महीने पहले", got, want)
	}
}

// In running text an offset must be a date, not a gap, a duration or an
// offset from some event (issue 11, "What must not become a date").
func TestFindOffset(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "future in", text: "रिपोर्ट तीन दिन में सौंपी जाएगी।", want: []string{"तीन दिन में => 2025-11-21/2025-11-22 day"},
			reason: "the clause points ahead: a deadline"},
		{name: "request in", text: "दो हफ्तों के भीतर जवाब दीजिए।", want: []string{"दो हफ्तों के भीतर => 2025-11-18/2025-12-02 day"},
			reason: "a request points ahead too (form 19)"},
		{name: "from now", text: "अब से दो साल बाद चुनाव होंगे।", want: []string{"अब से दो साल बाद => 2027-11-18/2027-11-19 day approx"},
			reason: "अब से counts from ref, as आज से does"},
		{name: "till now", text: "अब से पहले ऐसा नहीं हुआ।", want: nil, reason: "no count: not a date"},
		{name: "gap of years, first time", text: "12 साल बाद पहली बार टीम जीती।", want: nil,
			reason: "a gap, not twelve years ahead"},
		{name: "gap of years, present", text: "15 साल बाद किसी भारतीय प्रधानमंत्री का यह पहला ईरान दौरा है।", want: nil,
			reason: "the present says it is happening now, after a gap"},
		{name: "gap, progressive", text: "पुतिन 4 साल बाद भारत का दौरा करने आ रहे हैं।", want: nil, reason: "after four years, coming now"},
		{name: "gap, past", text: "6 माह बाद कार्यक्रम तैयार हुआ है।", want: nil, reason: "a past clause"},
		{name: "future after", text: "तीन साल बाद चुनाव होंगे।", want: []string{"तीन साल बाद => 2028-11-18/2028-11-19 day approx"},
			reason: "a future clause: three years ahead"},
		{name: "long wait", text: "20 साल के लंबे इंतजार के बाद जीत मिली।", want: nil, reason: "a wait, not an offset"},
		{name: "duration with तक", text: "मैच तीन दिन तक चला।", want: nil, reason: "a duration"},
		{name: "duration before a count", text: "23 दिनों में 17 बैठकें होंगी।", want: nil, reason: "a quantity follows: a duration, though the clause points ahead"},
		{name: "duration in the past", text: "3 साल में व्यापार में बढ़ोतरी हुई है।", want: nil, reason: "a period already over"},
		{name: "within, past", text: "2 साल के अंदर 6 फिल्में कर डालीं।", want: nil, reason: "a quantity follows"},
		{name: "before an event", text: "परीक्षा से दस मिनट पहले पहुंचें।", want: nil, reason: "counted from the exam, not from the dateline"},
		{name: "at least before", text: "कम से कम दस मिनट पहले पहुंचना होगा।", want: nil, reason: "counted from some event"},
		{name: "after an event", text: "परीक्षा शुरू होने के एक घंटे बाद बाहर जा सकेंगे।", want: nil, reason: "counted from the start of the exam"},
		{name: "vague count", text: "कुछ दिन पहले और कई साल पहले की बात है।", want: nil, reason: "refused on purpose: how many is not said"},
		{name: "ago in the past", text: "दो दिन पहले बैठक हुई थी।", want: []string{"दो दिन पहले => 2025-11-16/2025-11-17 day"}, reason: "ago"},
		{name: "anchored, tense", text: "कल से चार दिन बाद बैठक होगी।", want: []string{"कल से चार दिन बाद => 2025-11-23/2025-11-24 day"},
			reason: "the future settles कल as tomorrow"},
		{name: "duration of a visit", text: "वह तीन दिन के दौरे पर आए।", want: nil, reason: "no direction word"},
		{name: "next round", text: "वार्ता का अगला दौर 25 नवंबर को होगा।", want: []string{"25 नवंबर => 2025-11-25/2025-11-26 day"},
			reason: "दौर after अगला is a round of talks, not a decade (it is one only after its number: 90 के दौर में)"},
		{name: "next decade", text: "अगले दशक में भारत की अर्थव्यवस्था दोगुनी होगी।", want: []string{"अगले दशक => 2030-01-01/2040-01-01 year"},
			reason: "the guard: दशक stays a decade"},
		{name: "first in years", text: "यह 30 वर्षों में संयुक्त राष्ट्र महासचिव की पूर्वोत्तर भारत की पहली यात्रा होगी।", want: nil,
			reason: "the first in 30 years: a gap, though the clause points ahead"},
		{name: "the first meeting in years", text: "यह चार साल में पहली अमेरिका-रूस राष्ट्रपति बैठक होगी।", want: nil,
			reason: "heldout47 15: 'चार साल में पहली … बैठक होगी' was read as a meeting four years ahead"},
		{name: "the first visit in years", text: "यह 10 साल में पहला भारत दौरा होगा।", want: nil,
			reason: "the masculine first, as 'की पहली' and 'का पहला' are read"},
		{name: "first time in years", text: "प्रधानमंत्री 10 साल में पहली बार पड़ोसी देश जाएंगे।", want: nil,
			reason: "the first time in ten years: a gap"},
		{name: "first meeting in years", text: "यह पांच साल में दोनों नेताओं के बीच पहली मुलाकात होगी।", want: nil,
			reason: "the first meeting between them in five years: a gap"},
		{name: "in months, then a first of another clause", text: "दो महीने में प्रधानमंत्री वाशिंगटन जाएंगे, जहां वे पहली बार राष्ट्रपति से मिलेंगे।", want: []string{"दो महीने में => 2026-01-18/2026-01-19 day approx"},
			reason: "the first is of the meeting in the next clause, not of the two months"},
		{name: "in years, one's own first", text: "दो साल में भारत अपना पहला मानवयुक्त अंतरिक्ष मिशन भेजेगा।", want: []string{"दो साल में => 2027-11-18/2027-11-19 day approx"},
			reason: "अपना पहला: a first of one's own, due in two years"},
		{name: "rounds counted", text: "तीन दौर पहले दोनों देशों ने सीमा पर सहमति जताई थी।", want: nil,
			reason: "दौर counted is rounds of talks, not decades"},
		{name: "in years, no first", text: "पांच साल में नया हवाई अड्डा बनेगा।", want: []string{"पांच साल में => 2030-11-18/2030-11-19 day approx"},
			reason: "a deadline ahead, no first after it"},
	})
}
