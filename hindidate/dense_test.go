package hindidate

import (
	"os"
	"testing"
)

// TestFindAllDense runs FindAll over a date-dense news paragraph written for
// these tests (testdata/dense-hi.txt, the text of BenchmarkFindAllDense)
// and asserts every match.
func TestFindAllDense(t *testing.T) {
	text, err := os.ReadFile("testdata/dense-hi.txt")
	if err != nil {
		t.Fatal(err)
	}
	runFindTable(t, testRef(t), []findCase{{
		name: "dense",
		text: string(text),
		want: []string{
			"18 नवंबर 2025 => 2025-11-18/2025-11-19 day",
			"मंगलवार => 2025-11-18/2025-11-19 day",
			"5 से 7 दिसंबर के बीच => 2025-12-05/2025-12-08 day", // के बीच belongs to the range (issue 11)
			"25 नवंबर => 2025-11-25/2025-11-26 day",
			"10 दिसंबर को सुबह 8 बजे => 2025-12-10T08:00/2025-12-10T09:00 hour",
			"पिछले साल दिसंबर => 2024-12-01/2025-01-01 month",
			"कल => 2025-11-17/2025-11-18 day",
			"अगले सप्ताह => 2025-11-24/2025-12-01 week",
			"परसों => 2025-11-20/2025-11-21 day",
			"30 नवंबर से 2 दिसंबर तक => 2025-11-30/2025-12-03 day",
			"5 दिसंबर को शाम 5 बजे => 2025-12-05T17:00/2025-12-05T18:00 hour",
			// "चेतावनी दी है": दी is the feminine of दिया, which was always
			// read as past; the year stays the nearest, with the other one
			// kept as yearByTense documents.
			"6 दिसंबर के आसपास => 2025-12-06/2025-12-07 day approx alt 2024-12-06/2024-12-07",
			"गत वर्ष 2024 => 2024-01-01/2025-01-01 year",
			"इस साल के अंत => 2025-09-01/2026-01-01 month",
			"दो दिन पहले => 2025-11-16/2025-11-17 day",
			"18/11/2025 => 2025-11-18/2025-11-19 day",
			"भारतीय समयानुसार रात 9 बजे => 2025-11-18T21:00/2025-11-18T22:00 hour",
			"आगामी जनवरी => 2026-01-01/2026-02-01 month",
		},
		reason: "मंगलवार stands apart from the dateline; कल takes the tense of its own clause",
	}})
}
