package hindidate

import (
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
