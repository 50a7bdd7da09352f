package hindidate

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestFindAllSeed runs FindAll over the seed article (written on Tuesday 18
// November 2025 in India) and asserts the full list of matches.
func TestFindAllSeed(t *testing.T) {
	text, err := os.ReadFile(seedArticlePath)
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	type want struct {
		start, end int
		text, date string
	}
	wants := []want{
		{315, 362, "मंगलवार (18 नवंबर 2025)", "2025-11-18/2025-11-19 day"},
		{2138, 2144, "आज", "2025-11-18/2025-11-19 day"},
		{4289, 4323, "आगामी दिसंबर", "2025-12-01/2026-01-01 month"},
		{4489, 4532, "5 दिसंबर के आसपास", "2025-12-05/2025-12-06 day approx"},
	}
	got := FindAll(s, testRef(t))
	if len(got) != len(wants) {
		for _, m := range got {
			t.Logf("got %d-%d %q %s", m.Start, m.End, m.Text, show(m.Date))
		}
		t.Fatalf("FindAll(seed) found %d matches, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		m := got[i]
		if m.Start != w.start || m.End != w.end || m.Text != w.text || s[m.Start:m.End] != m.Text || show(m.Date) != w.date {
			t.Errorf("match %d = %d-%d %q %s, want %d-%d %q %s", i,
				m.Start, m.End, m.Text, show(m.Date), w.start, w.end, w.text, w.date)
		}
	}
	if !strings.Contains(s, "कुल मिलाकर") {
		t.Error("the seed should hold the false friend कुल")
	}
}

func TestFindMustNotMatch(t *testing.T) {
	var cases []findCase
	for _, s := range []string{
		"", "कुल मिलाकर", "जन सभा", "1920 लोग", "42", "बजट 2.5 करोड़", "जमईयत", "मईया",
		"किसानों का मार्च", "G-20 सम्मेलन", "COVID-19 से", "इस बैठक में", "अगले कदम", "दो लोग",
		"पहले भी", "नव वर्ष की बधाई", "अग्रिम", "सितंबर", "करीब 1000 लोग", "सन", "वर्ष भर",
		"समय पर", "भारतीय टीम", "रात को", "5", "१९२०", "मैंने कल्पना की", "कलम",
	} {
		cases = append(cases, findCase{name: s, text: s})
	}
	runFindTable(t, testRef(t), cases)
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in      string
		offset  int
		wantErr error
	}{
		{"", 0, ErrNoDate},
		{"   ", 3, ErrNoDate},
		{"कुल", 0, ErrNoDate},
		{"1920 लोग", 0, ErrNoDate},
		{"18 नवंबर 2025 xyz", len("18 नवंबर 2025 "), ErrTrailingText},
		{"31 नवंबर", 0, ErrInvalidDate},
		{"18-13-2025", 0, ErrInvalidDate},
		{"29 फरवरी 2025", 0, ErrInvalidDate},
		{"नवंबर 31, 2025", len("नवंबर "), ErrInvalidDate},
		{"\xff\xfe", 0, ErrNoDate},
		{"साढ़े निन्यानवे हज़ार सदी बाद", 0, ErrNoDate},   // review: 99,500 centuries is past any count read (9999 units)
		{"साढ़े तीन हज़ार पांच सौ साल बाद", 0, ErrNoDate}, // review: no fraction of "तीन हज़ार पांच सौ"
	} {
		_, err := Parse(tc.in, testRef(t))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error = %v, want a *ParseError", tc.in, err)
			continue
		}
		if !errors.Is(err, tc.wantErr) || pe.Offset != tc.offset || pe.Input != tc.in {
			t.Errorf("Parse(%q) = %v (offset %d), want %v at offset %d", tc.in, err, pe.Offset, tc.wantErr, tc.offset)
		}
		if !strings.Contains(err.Error(), "hindidate: parsing ") {
			t.Errorf("Parse(%q) error %q does not quote its input", tc.in, err)
		}
	}
	_, err := Parse("31 नवंबर", testRef(t))
	if want := `hindidate: parsing "31 नवंबर": at byte 0 ("31 नवंबर"): invalid date: no such day in the month`; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
}

func TestParseTrailingPostposition(t *testing.T) {
	ref := testRef(t)
	for _, s := range []string{"दिसंबर में", "मंगलवार को", "2025 तक", "5 दिसंबर से", "18 नवंबर 2025।", "18 नवंबर 2025 को."} {
		if _, err := Parse(s, ref); err != nil {
			t.Errorf("Parse(%q): %v", s, err)
		}
	}
}

func TestGranularityString(t *testing.T) {
	for g, want := range map[Granularity]string{
		Minute: "minute", Hour: "hour", Day: "day", Week: "week", Month: "month", Year: "year",
		0: "%!Granularity(0)", 42: "%!Granularity(42)",
	} {
		if got := g.String(); got != want {
			t.Errorf("Granularity(%d).String() = %q, want %q", g, got, want)
		}
	}
}

func TestDateAlternative(t *testing.T) {
	d, err := Parse("कल", testRef(t))
	if err != nil {
		t.Fatal(err)
	}
	alt, ok := d.Alternative()
	if !ok || !alt.Start.Equal(d.AltStart) || !alt.AltStart.Equal(d.Start) {
		t.Errorf("Alternative() = %v, %v", alt, ok)
	}
	d, _ = Parse("आज", testRef(t))
	if _, ok := d.Alternative(); ok {
		t.Error("Alternative() of आज reports a second reading")
	}
	if !(Date{}).IsZero() || d.IsZero() {
		t.Error("IsZero is wrong")
	}
}

// TestConcurrent runs one Parser from many goroutines; run it with -race.
func TestConcurrent(t *testing.T) {
	ref := testRef(t)
	p := Parser{LocalZone: time.UTC}
	text, _ := os.ReadFile(seedArticlePath)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if n := len(p.FindAll(string(text), ref)); n != 4 {
					t.Errorf("FindAll found %d matches, want 4", n)
					return
				}
				if _, err := p.Parse("मॉस्को समयानुसार शाम 5 बजे", ref); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestFindAllHostile feeds FindAll large degenerate inputs; each must finish
// (the work is linear in the input) and keep the span invariants.
func TestFindAllHostile(t *testing.T) {
	ref := testRef(t)
	years := make([]string, 0, 3000)
	for y := 1000; y < 2999; y++ {
		years = append(years, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"))
	}
	for name, text := range map[string]string{
		"कल":          strings.Repeat("कल ", 50000),
		"digits":      strings.Repeat("1", 1<<20),
		"invalid":     strings.Repeat("\xff\xe0\xa4", 1<<16),
		"day list":    strings.Repeat("5 से ", 50000) + "दिसंबर",
		"hedges":      strings.Repeat("लगभग ", 50000),
		"year chain":  strings.Join(years, " से "),
		"marks":       strings.Repeat("\u093C\u0902", 1<<16),
		"parentheses": strings.Repeat("मंगलवार (", 30000),
	} {
		ms := FindAll(text, ref)
		checkMatches(t, text, ms)
		t.Logf("%s: %d bytes, %d matches", name, len(text), len(ms))
	}
}
