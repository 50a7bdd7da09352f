package timeline_test

import (
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
)

func TestCountryName(t *testing.T) {
	for _, tc := range []struct {
		code   string
		hi, en string
	}{
		{"IN", "भारत", "India"},
		{"RU", "रूस", "Russia"},
		{"QA", "क़तर", "Qatar"},
		{"ZZ", "ZZ", "ZZ"}, // unknown region: the code itself
		{"in", "भारत", "India"},
		{"", "", ""},
	} {
		if got := timeline.CountryName(tc.code, timeline.Hindi); got != tc.hi {
			t.Errorf("CountryName(%q, hi) = %q, want %q", tc.code, got, tc.hi)
		}
		if got := timeline.CountryName(tc.code, timeline.English); got != tc.en {
			t.Errorf("CountryName(%q, en) = %q, want %q", tc.code, got, tc.en)
		}
	}
}

func TestPlaceLabel(t *testing.T) {
	kremlin := timeline.Place{
		Venue: timeline.Text{Hi: "सीनेट पैलेस, क्रेमलिन", En: "Senate Palace, Kremlin"},
		City:  timeline.Text{Hi: "मॉस्को", En: "Moscow"}, Country: "RU",
	}
	for _, tc := range []struct {
		name   string
		p      timeline.Place
		hi, en string
	}{
		{"venue, city and country", kremlin, "सीनेट पैलेस, क्रेमलिन, मॉस्को, रूस", "Senate Palace, Kremlin, Moscow, Russia"},
		{"country only", timeline.Place{Country: "IN"}, "भारत", "India"},
		{"English city only falls back", timeline.Place{City: timeline.Text{En: "Doha"}}, "Doha", "Doha"},
		{"nothing", timeline.Place{TimeZone: "Asia/Kolkata"}, "", ""},
	} {
		if got := tc.p.Label(timeline.Hindi); got != tc.hi {
			t.Errorf("%s: Label(hi) = %q, want %q", tc.name, got, tc.hi)
		}
		if got := tc.p.Label(timeline.English); got != tc.en {
			t.Errorf("%s: Label(en) = %q, want %q", tc.name, got, tc.en)
		}
	}
}
