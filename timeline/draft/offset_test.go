package draft

import (
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
)

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
		ms := hindidate.FindAll(tt.text, ref)
		if len(ms) != 1 {
			t.Errorf("FindAll(%q): %d matches, want 1", tt.text, len(ms))
			continue
		}
		w, _ := WhenOf(roundOffset(ms[0]).Date)
		if got := w.WithZone("").String(); got != tt.want {
			t.Errorf("roundOffset(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}
