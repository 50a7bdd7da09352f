package hindidate

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// fuzzSeeds are the inputs every fuzz target starts from: the benchmark
// table, tricky rows of the tests and the seed article.
func fuzzSeeds(f *testing.F) {
	for _, s := range benchExprs {
		f.Add(s)
	}
	for _, s := range []string{
		"", "कुल", "31 नवंबर 2025", "18-13-2025", "5 और 8 दिसंबर", "कल (बुधवार) बैठक है।",
		"30 दिसंबर से 2 जनवरी 2026 तक", "शाम 5 बजे (मॉस्को समयानुसार)", "5 दिसंबर के आस-पास",
		"\xe0\xa4", "18 नव. 2025", "गुरुवार (18 नवंबर 2025) को शाम 5 बजे", "5 जन॰ 2026", "1फर. 0बजे", "१८/११/२०२५", "रात 12 बजे", "2024 से 2026 तक",
	} {
		f.Add(s)
	}
	// The families of issue 11.
	for _, s := range newFamilyExprs {
		f.Add(s)
	}
	for _, s := range []string{
		"12 साल बाद पहली बार टीम जीती।", "23 दिनों में 17 बैठकें होंगी।", "हर साल मार्च में मेला लगता है।",
		"आमतौर पर 1 मार्च को बजट आता है।", "दशहरा मैदान में रैली", "कल से परसों तक बारिश होगी।",
		"दिवाली (1 नवंबर 2024) और छठ पूजा (7 और 8 नवंबर)", "वित्त वर्ष 2025-26 की अप्रैल-जून तिमाही में",
		"उन्नीस सौ सैंतालीस में", "सन २०८२", "99वीं सदी", "0 के दशक", "31 तारीख को", "शुक्रवार 31",
		"अगले 9999 घंटों में", "9999 साल बाद होगा", "माघ कृष्ण अमावस्या, विक्रम संवत 2157", "ईद 2100", "होली 1949",
		"30 नवंबर-2 दिसंबर", "31 दिसंबर - 2 जनवरी", "2 दिसंबर – 30 नवंबर", "मध्य-फरवरी 2100", "फरवरी 2100 के अंतिम दिन",
		"नवंबर के शुरुआती दिनों", "गुज़रे हफ्ते", "सोमवार देर शाम", "5 दिसं. 2025", "फरवरी 2100 के दूसरे पखवाड़े", "बीती शाम 12 बजे अपराह्न", "अब से सवा साल बाद", "पौने घंटे में", "साढ़े नौ हज़ार साल पहले", "डेढ़ हज़ार साल बाद", "सवा 3 साल पहले", "30 दिसंबर से 2 जनवरी तक होगा", "21 मई से 6 जून तक हुईं", "फरवरी 2100 के आखिरी 29 दिनों", "2100 के पहले 12 महीने", "2/10 को",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile(seedArticlePath); err == nil {
		f.Add(string(b))
	}
}

// checkMatches asserts the invariants of FindAll's result.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("match %d span %d-%d out of order or bounds (prev end %d, len %d)", i, m.Start, m.End, prev, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("match %d: text[%d:%d] = %q, Text = %q", i, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		checkDate(t, m.Date)
		if w := m.Weekday; w != nil {
			if w.Start < m.Start || w.End > m.End || w.End <= w.Start {
				t.Fatalf("match %d: weekday span %d-%d outside %d-%d", i, w.Start, w.End, m.Start, m.End)
			}
			checkDate(t, w.ByDate)
			checkDate(t, w.ByWeekday)
			// The weekday's reading falls on it; a contradiction is a date
			// that does not; otherwise the match is the weekday's day.
			if w.ByWeekday.Start.Weekday() != w.Weekday || w.Contradicts && w.ByDate.Start.Weekday() == w.Weekday ||
				!w.Contradicts && !sameDay(w.ByWeekday.Start, m.Date.Start) {
				t.Fatalf("match %d: weekday note %+v is inconsistent", i, w)
			}
		}
		prev = m.End
	}
}

func checkDate(t *testing.T, d Date) {
	t.Helper()
	if !d.End.After(d.Start) || d.Granularity < Minute || d.Granularity > Year {
		t.Fatalf("bad date %v", d)
	}
	if d.Ambiguous && !d.AltEnd.After(d.AltStart) {
		t.Fatalf("bad alternative in %v", d)
	}
}

func FuzzFindAll(f *testing.F) {
	fuzzSeeds(f)
	ref := testRef(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, text, FindAll(text, ref))
	})
}

func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	ref := testRef(f)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s, ref)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %v is not a *ParseError", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) || pe.Input != s || pe.Error() == "" {
				t.Fatalf("Parse(%q): bad error %#v", s, pe)
			}
			if !errors.Is(err, ErrNoDate) && !errors.Is(err, ErrTrailingText) && !errors.Is(err, ErrInvalidDate) {
				t.Fatalf("Parse(%q): error %v wraps no sentinel", s, err)
			}
			return
		}
		checkDate(t, d)
	})
}

// toDevanagari rewrites every ASCII digit of s as a Devanagari digit.
func toDevanagari(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			b.WriteRune('०' + rune(c-'0'))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FuzzDevanagariDigits checks that Devanagari digits parse exactly like
// ASCII ones, in Parse and in FindAll.
func FuzzDevanagariDigits(f *testing.F) {
	fuzzSeeds(f)
	ref := testRef(f)
	f.Fuzz(func(t *testing.T, s string) {
		dv := toDevanagari(s)
		d1, err1 := Parse(s, ref)
		d2, err2 := Parse(dv, ref)
		if (err1 == nil) != (err2 == nil) || err1 == nil && show(d1) != show(d2) {
			t.Fatalf("Parse(%q) = %v, %v but Parse(%q) = %v, %v", s, d1, err1, dv, d2, err2)
		}
		for _, e := range []error{ErrNoDate, ErrTrailingText, ErrInvalidDate} {
			if errors.Is(err1, e) != errors.Is(err2, e) {
				t.Fatalf("Parse(%q) error %v, Parse(%q) error %v", s, err1, dv, err2)
			}
		}
		m1, m2 := FindAll(s, ref), FindAll(dv, ref)
		if len(m1) != len(m2) {
			t.Fatalf("FindAll(%q) has %d matches, FindAll(%q) has %d", s, len(m1), dv, len(m2))
		}
		for i := range m1 {
			if toDevanagari(m1[i].Text) != m2[i].Text || show(m1[i].Date) != show(m2[i].Date) {
				t.Fatalf("match %d: %q %v versus %q %v", i, m1[i].Text, m1[i].Date, m2[i].Text, m2[i].Date)
			}
		}
	})
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// FuzzFormatRoundTrip formats an instant with the layouts Format can
// write and Parse reads back, and checks that Parse(Format(x)) is x: the
// day, or the hour or minute with a part of the day.
func FuzzFormatRoundTrip(f *testing.F) {
	for _, s := range []int64{0, 1763476200, 1735669800, 946684800, -86400, 4102444799} {
		f.Add(s, uint8(0), false)
	}
	ref := testRef(f)
	loc := ref.Location()
	f.Fuzz(func(t *testing.T, sec int64, layout uint8, devanagari bool) {
		at := time.Unix(sec%(200*365*86400), 0).In(loc)
		if y := at.Year(); y < 1950 || y > 2100 {
			return
		}
		layouts := []struct {
			layout string
			gran   Granularity
		}{
			{"2 January 2006", Day},
			{"Monday, 2 January 2006", Day},
			{"2 January 2006 को PM 3 बजे", Hour},
			{"2 January 2006 को PM 3:04 बजे", Minute},
			{"January 2, 2006", Day},
			{"02-01-2006", Day},
			{"2006-01-02", Day},
			{"January 2006", Month},
		}
		l := layouts[int(layout)%len(layouts)]
		opts := FormatOptions{}
		if devanagari {
			opts.Digits = DevanagariDigits
		}
		s := FormatWith(at, l.layout, opts)
		d, err := Parse(s, ref)
		if err != nil {
			t.Fatalf("Parse(Format(%v, %q) = %q): %v", at, l.layout, s, err)
		}
		var start time.Time
		y, m, dd := at.Date()
		switch l.gran {
		case Day:
			start = time.Date(y, m, dd, 0, 0, 0, 0, loc)
		case Hour:
			start = time.Date(y, m, dd, at.Hour(), 0, 0, 0, loc)
		case Minute:
			start = time.Date(y, m, dd, at.Hour(), at.Minute(), 0, 0, loc)
		case Month:
			start = time.Date(y, m, 1, 0, 0, 0, 0, loc)
		}
		if !d.Start.Equal(start) || d.Granularity != l.gran {
			t.Fatalf("Parse(%q) = %s, want %v %v", s, show(d), start, l.gran)
		}
	})
}
