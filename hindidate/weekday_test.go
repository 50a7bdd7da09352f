package hindidate

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseWeekday(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "मंगलवार को", want: "2025-11-18/2025-11-19 day", reason: "ref is a Tuesday: that day"},
		{in: "गुरुवार", want: "2025-11-13/2025-11-14 day alt 2025-11-20/2025-11-21"},
		{in: "बृहस्पतिवार", want: "2025-11-13/2025-11-14 day alt 2025-11-20/2025-11-21"},
		{in: "वीरवार", want: "2025-11-13/2025-11-14 day alt 2025-11-20/2025-11-21"},
		{in: "गुरूवार", want: "2025-11-13/2025-11-14 day alt 2025-11-20/2025-11-21"},
		{in: "रविवार", want: "2025-11-16/2025-11-17 day alt 2025-11-23/2025-11-24"},
		{in: "इतवार", want: "2025-11-16/2025-11-17 day alt 2025-11-23/2025-11-24"},
		{in: "सोमवार", want: "2025-11-17/2025-11-18 day alt 2025-11-24/2025-11-25"},
		{in: "बुधवार", want: "2025-11-12/2025-11-13 day alt 2025-11-19/2025-11-20"},
		{in: "शुक्रवार", want: "2025-11-14/2025-11-15 day alt 2025-11-21/2025-11-22"},
		{in: "शनिवार", want: "2025-11-15/2025-11-16 day alt 2025-11-22/2025-11-23"},
		{in: "सोमवार से बुधवार तक", want: "2025-11-17/2025-11-20 day alt 2025-11-24/2025-11-27",
			reason: "a range of weekdays runs forward from the first, either way"},
		{in: "शुक्रवार-सोमवार", want: "2025-11-14/2025-11-18 day alt 2025-11-21/2025-11-25", reason: "over the weekend"},
	})
}

func TestFindWeekday(t *testing.T) {
	runFindTable(t, testRef(t), []findCase{
		{name: "past", text: "गुरुवार को बैठक हुई थी।", want: []string{"गुरुवार => 2025-11-13/2025-11-14 day"}},
		{name: "future", text: "गुरुवार को बैठक होगी।", want: []string{"गुरुवार => 2025-11-20/2025-11-21 day"}},
		{name: "today past", text: "उन्होंने मंगलवार को मुलाकात की थी।", want: []string{"मंगलवार => 2025-11-18/2025-11-19 day"}},
		{name: "today future", text: "मंगलवार को मुलाकात होगी।", want: []string{"मंगलवार => 2025-11-18/2025-11-19 day"},
			reason: "ref's own weekday counts as the nearest in either direction"},
		{name: "with time", text: "सोमवार शाम 5 बजे बैठक हुई।", want: []string{"सोमवार शाम 5 बजे => 2025-11-17T17:00/2025-11-17T18:00 hour"}},
		{name: "about to be held", text: "कल होने वाली बैठक रद्द कर दी गई है।", want: []string{"कल => 2025-11-19/2025-11-20 day"},
			reason: "होने वाली is future; the cancelling is past but the meeting is ahead"},
		{name: "about to go", text: "गुरुवार को जाने वाले प्रतिनिधिमंडल की सूची जारी की गई।", want: []string{"गुरुवार => 2025-11-20/2025-11-21 day"}},
		{name: "first cue decides", text: "कल बैठक हुई थी, जिसमें तय हुआ कि अगली बैठक होगी।", want: []string{"कल => 2025-11-17/2025-11-18 day"},
			reason: "the first verb after कल, not the last of the sentence"},
		{name: "feminine plural future", text: "गुरुवार को दोनों मंत्री दिल्ली पहुंचेंगी।", want: []string{"गुरुवार => 2025-11-20/2025-11-21 day"},
			reason: "issue 12: every person, number and gender of the future"},
		{name: "weekday range ahead", text: "राष्ट्रपति गुरुवार से शनिवार तक दौरे पर रहेंगे।", want: []string{"गुरुवार से शनिवार तक => 2025-11-20/2025-11-23 day"},
			reason: "two weekdays joined by से … तक are one range, not two days"},
		{name: "weekday range with a dash", text: "वे रविवार-सोमवार को पाकिस्तान जाएंगे।", want: []string{"रविवार-सोमवार => 2025-11-23/2025-11-25 day"}},
		{name: "weekday range past", text: "शनिवार–रविवार के बीच दोनों पक्षों की बैठकें हुईं।", want: []string{"शनिवार–रविवार के बीच => 2025-11-15/2025-11-17 day"}},
		{name: "a time after a range of weekdays is not each day's", text: "सोमवार से बुधवार तक शाम 5 बजे बैठकें होंगी।", want: []string{"सोमवार से बुधवार तक => 2025-11-24/2025-11-27 day", "शाम 5 बजे => 2025-11-18T17:00/2025-11-18T18:00 hour"},
			reason: "as after a range of dates, the time is not merged into the range"},
		{name: "the night between two weekdays is no range of both days", text: "सोमवार-मंगलवार की दरम्यानी रात दोनों नेताओं की फोन पर बात हुई।", want: []string{"सोमवार => 2025-11-17/2025-11-18 day", "मंगलवार => 2025-11-18/2025-11-19 day"},
			reason: "review 8: 'X-Y की दरम्यानी रात' is one night; each name is read alone"},
		{name: "a day to a weekday after it", text: "वे अगले सोमवार से बुधवार तक दौरे पर रहेंगे।", want: []string{"अगले सोमवार से बुधवार तक => 2025-11-24/2025-11-27 day"},
			reason: "review 8: the Wednesday after that Monday, not the Wednesday of this week read alone"},
		{name: "today to a weekday", text: "वे आज से शुक्रवार तक दिल्ली में रहेंगे।", want: []string{"आज से शुक्रवार तक => 2025-11-18/2025-11-22 day"}},
		{name: "a day and a weekday with no तक are two dates", text: "आज से शुक्रवार को होने वाली बैठक की तैयारी शुरू हुई।", want: []string{"आज => 2025-11-18/2025-11-19 day", "शुक्रवार => 2025-11-21/2025-11-22 day"},
			reason: "review 9: Friday is the meeting's"},
		{name: "a range told as gone by does not run past ref", text: "पिछले सोमवार से बुधवार तक बैठकें हुईं।", want: []string{"पिछले सोमवार => 2025-11-17/2025-11-18 day", "बुधवार => 2025-11-12/2025-11-13 day"},
			reason: "review 9: 17 to 20 November would end after the dateline; each is read alone"},
		{name: "between two weekdays (दरम्यान) is a range still", text: "सोमवार-मंगलवार के दरम्यान बैठकें हुईं।", want: []string{"सोमवार-मंगलवार => 2025-11-17/2025-11-19 day"},
			reason: "review 9: only 'दरम्यानी रात' is the night between"},
		{name: "weekday range with a spaced dash", text: "वे गुरुवार - शुक्रवार को दौरे पर रहेंगे।", want: []string{"गुरुवार - शुक्रवार => 2025-11-20/2025-11-22 day"}},
		{name: "one weekday twice is no range", text: "सोमवार से सोमवार तक बैठकें हुईं।", want: []string{"सोमवार => 2025-11-17/2025-11-18 day", "सोमवार => 2025-11-17/2025-11-18 day"}},
		{name: "weekdays joined by और stay two days", text: "सोमवार और बुधवार को बैठकें हुईं।", want: []string{"सोमवार => 2025-11-17/2025-11-18 day", "बुधवार => 2025-11-12/2025-11-13 day"}},
		{name: "feminine plural past", text: "गुरुवार को दो बैठकें हुईं।", want: []string{"गुरुवार => 2025-11-13/2025-11-14 day"}},
		{name: "past की", text: "कल दोनों नेताओं ने मुलाकात की।", want: []string{"कल => 2025-11-17/2025-11-18 day"},
			reason: "की ending the clause is the verb"},
		{name: "genitive की", text: "कल की बैठक में फैसला होगा।", want: []string{"कल => 2025-11-19/2025-11-20 day"},
			reason: "की before a noun is the postposition; होगा decides"},
		{name: "request", text: "परसों दोपहर 3 बजे कॉल शेड्यूल कीजिए।", want: []string{"परसों दोपहर 3 बजे => 2025-11-20T15:00/2025-11-20T16:00 hour"},
			reason: "issue 11: a request points to the future"},
		{name: "गंगा is no future", text: "कल गंगा घाट पर सफाई अभियान चला।", want: []string{"कल => 2025-11-17/2025-11-18 day"},
			reason: "गंगा ends like होगा, but a nasal after a consonant makes no future; चला decides"},
		{name: "abbreviation inside the sentence", text: "कल डॉ. शर्मा दिल्ली आएंगे।", want: []string{"कल => 2025-11-19/2025-11-20 day"},
			reason: "डॉ. does not end the sentence, so आएंगे is found"},
		{name: "के जरिए is no request", text: "सोमवार को वीडियो कॉन्फ्रेंस के जरिए बात की।", want: []string{"सोमवार => 2025-11-17/2025-11-18 day"},
			reason: "जरिए ends like बताइए but is a postposition; की decides"},
		{name: "a participle of another date decides nothing", text: "सोमवार को फोन पर अगले महीने होने वाले सम्मेलन पर चर्चा की।",
			want:   []string{"सोमवार => 2025-11-17/2025-11-18 day", "अगले महीने => 2025-12-01/2026-01-01 month"},
			reason: "review 5: होने वाले is of अगले महीने, told between; the talks' की decides"},
		{name: "past a participle of another date, a present still points ahead", text: "सोमवार को अगले महीने होने वाले सम्मेलन पर चर्चा हो रही है।",
			want:   []string{"सोमवार => 2025-11-24/2025-11-25 day", "अगले महीने => 2025-12-01/2026-01-01 month"},
			reason: "review 7: the first verb group after the participle is the clause's, a present that is no habit"},
		{name: "a number that is no date leaves the participle its weekday", text: "शुक्रवार को 15 देशों के विदेश मंत्रियों की होने वाली बैठक रद्द कर दी गई है।",
			want: []string{"शुक्रवार => 2025-11-21/2025-11-22 day"}, reason: "review 6: only a month's name or अगले/पिछले + a unit is a date of its own"},
		{name: "weekday and date", text: "मंगलवार (18 नवंबर 2025) को", want: []string{"मंगलवार (18 नवंबर 2025) => 2025-11-18/2025-11-19 day"}},
	})
}

func TestWeekdayOf(t *testing.T) {
	for z := -800000; z < 800000; z += 997 {
		y, m, d := civilFromDays(z)
		tt := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if got := daysFromCivil(y, m, d); got != z {
			t.Fatalf("daysFromCivil(civilFromDays(%d)) = %d", z, got)
		}
		if tt.Unix()/86400 != int64(z) || weekdayOf(z) != tt.Weekday() {
			t.Fatalf("day %d: %v, weekdayOf = %v", z, tt, weekdayOf(z))
		}
	}
}

// TestWeekdayContradictsDate: a weekday written next to a date with its year
// must be that date's weekday; 18 November 2025 is a Tuesday.
func TestWeekdayContradictsDate(t *testing.T) {
	for _, tc := range []struct {
		in     string
		offset int
	}{
		{"गुरुवार (18 नवंबर 2025)", 0},
		{"गुरुवार, 18 नवंबर 2025 को", 0},
		{"18 नवंबर 2025, गुरुवार", len("18 नवंबर 2025, ")},
		{"18-11-2025 (गुरुवार)", len("18-11-2025 (")},
		{"गुरुवार (18 नवंबर 2025) को शाम 5 बजे", 0},
		{"रविवार, 20 नवंबर", 0}, // 20 November is no Sunday in 2024-2026
	} {
		_, err := Parse(tc.in, testRef(t))
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidDate) || pe.Offset != tc.offset ||
			!strings.Contains(err.Error(), "weekday contradicts the date") {
			t.Errorf("Parse(%q) error = %v, want ErrInvalidDate at offset %d: weekday contradicts the date", tc.in, err, tc.offset)
		}
	}
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "गुरुवार, 20 नवंबर", want: "2025-11-20/2025-11-21 day"},
		{in: "शुक्रवार, 20 नवंबर", want: "2026-11-20/2026-11-21 day", reason: "the weekday chooses the year"},
		{in: "बुधवार, 20 नवंबर", want: "2024-11-20/2024-11-21 day", reason: "the weekday chooses the year"},
		{in: "20 नवंबर (शुक्रवार) को शाम 5 बजे", want: "2026-11-20T17:00/2026-11-20T18:00 hour"},
	})
	// FindAll keeps these matches and reports the contradiction on them:
	// see TestFindWeekdayNote.
}

// TestFindWeekdayNote: FindAll reports a weekday written next to a date on
// the match, with both readings, and keeps a match whose weekday contradicts
// its date (issue 11: an editor's lint reads FindAll, and a dropped match
// told it nothing).
func TestFindWeekdayNote(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "match => date | weekday span, weekday, verdict, by date, by weekday"
		reason     string
	}{
		{name: "weekday first contradicts", text: "गुरुवार (18 नवंबर 2025) को बैठक हुई।",
			want:   []string{"गुरुवार (18 नवंबर 2025) => 2025-11-18/2025-11-19 day | गुरुवार Thursday contradicts 2025-11-18/2025-11-19 day 2025-11-20/2025-11-21 day"},
			reason: "18 November 2025 is a Tuesday; the nearest Thursday is the 20th. FindAll used to drop the match"},
		{name: "weekday after contradicts, with time", text: "बैठक 18 नवंबर 2025, गुरुवार को शाम 5 बजे होगी।",
			want:   []string{"18 नवंबर 2025, गुरुवार को शाम 5 बजे => 2025-11-18T17:00/2025-11-18T18:00 hour | गुरुवार Thursday contradicts 2025-11-18/2025-11-19 day 2025-11-20/2025-11-21 day"},
			reason: "the time still attaches to the date"},
		{name: "next one still found", text: "गुरुवार (18 नवंबर 2025) नहीं, 19 नवंबर 2025 को।",
			want: []string{
				"गुरुवार (18 नवंबर 2025) => 2025-11-18/2025-11-19 day | गुरुवार Thursday contradicts 2025-11-18/2025-11-19 day 2025-11-20/2025-11-21 day",
				"19 नवंबर 2025 => 2025-11-19/2025-11-20 day",
			}},
		{name: "agrees", text: "मंगलवार (18 नवंबर 2025) को बैठक हुई।",
			want: []string{"मंगलवार (18 नवंबर 2025) => 2025-11-18/2025-11-19 day | मंगलवार Tuesday agrees 2025-11-18/2025-11-19 day 2025-11-18/2025-11-19 day"}},
		{name: "weekday picks year", text: "बैठक शुक्रवार, 20 नवंबर को होगी।",
			want:   []string{"शुक्रवार, 20 नवंबर => 2026-11-20/2026-11-21 day | शुक्रवार Friday agrees 2025-11-20/2025-11-21 day 2026-11-20/2026-11-21 day"},
			reason: "no year written: the weekday chose 2026; the nearest year's 20 November is a Thursday"},
		{name: "no year fits", text: "रविवार, 20 नवंबर को बैठक होगी।",
			want:   []string{"रविवार, 20 नवंबर => 2025-11-20/2025-11-21 day | रविवार Sunday contradicts 2025-11-20/2025-11-21 day 2025-11-23/2025-11-24 day"},
			reason: "20 November is no Sunday in 2024-2026: the nearest year, and the nearest Sunday"},
		{name: "Devanagari digits, weekday after", text: "१८ नवम्बर, बुधवार को",
			want:   []string{"१८ नवम्बर, बुधवार => 2026-11-18/2026-11-19 day | बुधवार Wednesday agrees 2025-11-18/2025-11-19 day 2026-11-18/2026-11-19 day"},
			reason: "18 November 2026 is a Wednesday"},
		{name: "bare weekday has no note", text: "गुरुवार को बैठक होगी।", want: []string{"गुरुवार => 2025-11-20/2025-11-21 day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range FindAll(tt.text, testRef(t)) {
				s := m.Text + " => " + show(m.Date)
				if w := m.Weekday; w != nil {
					verdict := "agrees"
					if w.Contradicts {
						verdict = "contradicts"
					}
					s += fmt.Sprintf(" | %s %v %s %s %s", tt.text[w.Start:w.End], w.Weekday, verdict, show(w.ByDate), show(w.ByWeekday))
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("FindAll(%q) =\n\t%s\nwant\n\t%s\n(%s)", tt.text, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"), tt.reason)
			}
		})
	}
}

// Weekdays with a week, a month, an ordinal or a day number (issue 11,
// form 10), against Tuesday 18 November 2025.
func TestParseWeekdayForms(t *testing.T) {
	runParseTable(t, Parser{}, testRef(t), []parseCase{
		{in: "अगले सप्ताह शुक्रवार को", want: "2025-11-28/2025-11-29 day", reason: "Friday of next week (Monday to Sunday)"},
		{in: "अगले हफ्ते के सोमवार", want: "2025-11-24/2025-11-25 day", reason: "with के"},
		{in: "बीते सप्ताह मंगलवार को", want: "2025-11-11/2025-11-12 day"},
		{in: "इस सप्ताह रविवार", want: "2025-11-23/2025-11-24 day", reason: "weeks end on Sunday"},
		{in: "शुक्रवार 12", want: "2025-12-12/2025-12-13 day", reason: "the nearest 12th that is a Friday"},
		{in: "शुक्रवार, 12 दिसंबर", want: "2025-12-12/2025-12-13 day"},
		{in: "15 अगस्त यानी शुक्रवार को", want: "2025-08-15/2025-08-16 day", reason: "यानी (that is) joins them"},
		{in: "आज (मंगलवार)", want: "2025-11-18/2025-11-19 day"},
	})
}
