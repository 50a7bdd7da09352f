package draft

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
)

// onlyMatch returns the one date hindidate finds in text, or reports that
// it found none or several.
func onlyMatch(t *testing.T, text string, ref time.Time) (hindidate.Match, bool) {
	t.Helper()
	ms := hindidate.FindAll(text, ref)
	if len(ms) != 1 {
		t.Errorf("FindAll(%q): %d matches, want 1", text, len(ms))
		return hindidate.Match{}, false
	}
	return ms[0], true
}

func TestRoundOffset(t *testing.T) {
	ref := time.Date(2019, 2, 28, 12, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"आठ महीने पहले", "2018-06"},
		{"दो साल पहले", "2017"},
		{"1 साल 3 महीने बाद वे आएंगे", "2020-05"},
		{"तीन दिन पहले", "2019-02-25"},
		{"दो हफ्ते बाद वे आएंगे", "2019-03-14~2d"},
		{"1 साल 2 हफ्ते बाद वे आएंगे", "2020-03-13~2d"},
		{"28 फरवरी को", "2019-02-28"},
	}
	for _, tt := range tests {
		m, ok := onlyMatch(t, tt.text, ref)
		if !ok {
			continue
		}
		w, _ := WhenOf(roundOffset(m).Date)
		if got := w.WithZone("").String(); got != tt.want {
			t.Errorf("roundOffset(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestYearsEnd(t *testing.T) {
	ref := time.Date(2025, 6, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"इस साल के अंत में वे भारत आएंगे", "2025-12"},
		{"साल 2020 के आखिर में दौरा प्रस्तावित था", "2020-12"},
		{"अगले वर्ष के अंत तक समझौता होगा", "2026-12"},
		// Before the end of the year: the bound is the whole part.
		{"वे साल के अंत से पहले भारत आ सकते हैं", "2025-09/2025-12"},
		{"वे साल के अंत से पूर्व भारत आ सकते हैं", "2025-09/2025-12"},
		{"वे साल के अंत के पहले भारत आ सकते हैं", "2025-09/2025-12"},
		// Months named are no end of a year.
		{"सितंबर से दिसंबर तक", "2025-09/2025-12"},
		{"अगले साल की शुरुआत में", "2026-01/2026-04"},
		{"जून के अंत में", "2025-06-21/2025-06-30"},
		{"दिसंबर के अंत में", "2024-12-21/2024-12-31"},
		// The end of a decade is years.
		{"नब्बे के दशक के अंत में", "1996/1999"},
		{"2020 के दशक के अंत में", "2026/2029"},
	}
	for _, tt := range tests {
		found, ok := onlyMatch(t, tt.text, ref)
		if !ok {
			continue
		}
		m := yearsEnd(tt.text, found)
		w, notes := WhenOf(m.Date)
		if got := w.WithZone("").String(); got != tt.want {
			t.Errorf("yearsEnd(%q) = %s, want %s", tt.text, got, tt.want)
		}
		// A year's end read as December says in the draft that it is
		// approximate.
		if m.Date != found.Date && !slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, "approximate") }) {
			t.Errorf("yearsEnd(%q): notes %q, want one that the month is approximate", tt.text, notes)
		}
	}
}
