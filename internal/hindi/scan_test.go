package hindi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestNext(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind text" (and "=value" for numbers)
		reason     string
	}{
		{"words keep their marks", "मंगलवार को जून", []string{"word मंगलवार", "word को", "word जून"},
			"vowel signs and anusvara stay in the word: जून is never जन"},
		{"Devanagari digits", "१८ नवंबर २०२५", []string{"number १८=18", "word नवंबर", "number २०२५=2025"}, ""},
		{"mixed digits", "1८", []string{"number 1८=18"}, "ASCII and Devanagari digits make one number"},
		{"long number", "12345678901", []string{"number 12345678901=-1"}, "more than nine digits has no value"},
		{"zero width joiners", "क्\u200dष", []string{"word क्\u200dष"}, "ZWJ continues a word"},
		{"danda and abbreviation sign", "जन॰ हुई।", []string{"word जन", "punct ॰", "word हुई", "punct ।"}, ""},
		{"newline is a token", "क\nख", []string{"word क", "punct \n", "word ख"}, "a date does not run over a line break"},
		{"invalid byte", "क\xffख", []string{"word क", "punct \xff", "word ख"}, "an invalid byte is punctuation of its own"},
		{"Latin", "G20 summit", []string{"word G", "number 20=20", "word summit"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokens(tt.text, 0, len(tt.text)) {
				s := []string{"eof", "number", "word", "punct"}[tok.Kind] + " " + tok.Text(tt.text)
				if tok.Kind == Number {
					s += "=" + itoa(tok.Value)
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Tokens(%q) = %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func TestNextNukta(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"मुलाक\u093Cात", true},  // the nukta alone, after क
		{"\u095Bेलेंस्की", true}, // ज़ as one letter, first
		{"फ\u093Cोन", true},
		{"मुलाकात", false},
		{"बड़े", true}, // ड़ is ड and the nukta
		{"G7", false},
	} {
		if got := Next(tt.text, 0); got.Nukta != tt.want {
			t.Errorf("Next(%q).Nukta = %v, want %v", tt.text, got.Nukta, tt.want)
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestLookupMonth(t *testing.T) {
	tests := []struct {
		word   string
		want   MonthName
		ok     bool
		reason string
	}{
		{"सितंबर", MonthName{Month: time.September}, true, "CLDR"},
		{"सितम्बर", MonthName{Month: time.September}, true, "half nasal"},
		{"फ़रवरी", MonthName{Month: time.February}, true, "nukta decomposed, as CLDR writes it"},
		{"\u095eरवरी", MonthName{Month: time.February}, true, "nukta precomposed"},
		{"फरवरी", MonthName{Month: time.February}, true, "without nukta"},
		{"अक्तूबर", MonthName{Month: time.October}, true, ""},
		{"जन", MonthName{Month: time.January, Short: true}, true, "CLDR's जन॰ without its sign"},
		{"फ़र", MonthName{Month: time.February, Short: true}, true, ""},
		{"फर", MonthName{Month: time.February, Short: true}, true, ""},
		{"सित", MonthName{Month: time.September, Short: true}, true, ""},
		{"अक्टू", MonthName{Month: time.October, Short: true}, true, "CLDR 48"},
		{"जुल", MonthName{Month: time.July, Short: true}, true, ""},
		{"दिस", MonthName{Month: time.December, Short: true}, true, ""},
		{"December", MonthName{Month: time.December, Latin: true}, true, "any case"},
		{"Sept", MonthName{Month: time.September, Short: true, Latin: true}, true, ""},
		{"May", MonthName{Month: time.May, Latin: true}, true, "May is no abbreviation"},
		{"जनता", MonthName{}, false, ""},
		{"मगलवार", MonthName{}, false, ""},
	}
	for _, tt := range tests {
		got, ok := LookupMonth(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LookupMonth(%q) = %+v, %v; want %+v, %v (%s)", tt.word, got, ok, tt.want, tt.ok, tt.reason)
		}
	}
}

func TestLookupWeekday(t *testing.T) {
	tests := []struct {
		word string
		want WeekdayName
		ok   bool
	}{
		{"मंगलवार", WeekdayName{Weekday: time.Tuesday}, true},
		{"गुरूवार", WeekdayName{Weekday: time.Thursday}, true},
		{"बृहस्पतिवार", WeekdayName{Weekday: time.Thursday}, true},
		{"वीरवार", WeekdayName{Weekday: time.Thursday}, true},
		{"इतवार", WeekdayName{Weekday: time.Sunday}, true},
		{"मंगल", WeekdayName{Weekday: time.Tuesday, Short: true}, true},
		{"Thursday", WeekdayName{Weekday: time.Thursday, Latin: true}, true},
		{"thu", WeekdayName{Weekday: time.Thursday, Short: true, Latin: true}, true},
		{"सोमवारी", WeekdayName{}, false},
	}
	for _, tt := range tests {
		got, ok := LookupWeekday(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LookupWeekday(%q) = %+v, %v; want %+v, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
	if MonthNameOf(time.March) != "मार्च" || MonthNameOf(13) != "" || WeekdayNameOf(time.Friday) != "शुक्रवार" || WeekdayNameOf(8) != "" {
		t.Error("MonthNameOf or WeekdayNameOf is wrong")
	}
}

// TestCLDRUpToDate checks cldr_gen.go against the CLDR data that
// cldr/package-lock.json pins (npm ci --prefix internal/hindi/cldr). CI
// installs it; elsewhere the test skips unless CI is set.
func TestCLDRUpToDate(t *testing.T) {
	dir := filepath.Join("cldr", "node_modules", "cldr-dates-full")
	b, err := os.ReadFile(filepath.Join(dir, "main", "hi", "ca-gregorian.json"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CLDR data missing (run npm ci in internal/hindi/cldr): %v", err)
		}
		t.Skipf("CLDR data not installed (npm ci --prefix internal/hindi/cldr): %v", err)
	}
	var doc struct {
		Main map[string]struct {
			Dates struct {
				Calendars struct {
					Gregorian struct {
						Months map[string]map[string]map[string]string
						Days   map[string]map[string]map[string]string
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	g := doc.Main["hi"].Dates.Calendars.Gregorian
	for i := range 12 {
		k := itoa(i + 1)
		if g.Months["format"]["wide"][k] != cldrMonthsWide[i] || g.Months["format"]["abbreviated"][k] != cldrMonthsAbbreviated[i] {
			t.Errorf("month %d: CLDR has %q/%q, cldr_gen.go %q/%q: run go generate ./internal/hindi", i+1,
				g.Months["format"]["wide"][k], g.Months["format"]["abbreviated"][k], cldrMonthsWide[i], cldrMonthsAbbreviated[i])
		}
	}
	for i, d := range []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		if g.Days["format"]["wide"][d] != cldrWeekdaysWide[i] || g.Days["format"]["abbreviated"][d] != cldrWeekdaysAbbreviated[i] {
			t.Errorf("weekday %s differs from CLDR: run go generate ./internal/hindi", d)
		}
	}
}

func TestLexicon(t *testing.T) {
	lex := NewLexicon(map[string]int{"नवंबर": 11, "december": 12, "को": 1})
	tests := []struct {
		word   string
		want   int
		ok     bool
		reason string
	}{
		{"नवंबर", 11, true, "a Devanagari word as written"},
		{"December", 12, true, "a Latin word in any case"},
		{"DECEMBER", 12, true, ""},
		{"को", 1, true, "two letters"},
		{"नवम्बर", 0, false, "the lexicon holds the spellings it was given; see Spellings"},
		{"क", 0, false, "one byte or letter shorter than any word"},
		{"नवंबरों", 0, false, "longer than the longest word of its letter"},
		{strings.Repeat("x", 40), 0, false, "a long Latin word"},
	}
	for _, tt := range tests {
		got, ok := lex.Lookup(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Lookup(%q) = %d, %v; want %d, %v (%s)", tt.word, got, ok, tt.want, tt.ok, tt.reason)
		}
	}
	text := "18 नवंबर को"
	var got []int
	for pos := 0; ; {
		tok, v := lex.Next(text, pos)
		if tok.Kind == EOF {
			break
		}
		if tok != Next(text, pos) {
			t.Errorf("Lexicon.Next and Next disagree at %d: %+v", pos, tok)
		}
		got = append(got, v)
		pos = tok.End
	}
	if fmt.Sprint(got) != "[0 11 1]" {
		t.Errorf("Lexicon.Next values = %v, want [0 11 1]", got)
	}
}

// TestLexiconGlued: a postposition printed glued to a known word is read
// as a token of its own, only off the words the predicate allows.
func TestLexiconGlued(t *testing.T) {
	lex := NewLexicon(map[string]int{"नवंबर": 11, "अब": 100, "को": 1}).
		Glued([]string{"को", "तक"}, func(v int) bool { return v <= 12 })
	tests := []struct {
		text   string
		want   string // the tokens read, by "|", with the values of known ones after "="
		reason string
	}{
		{"18 नवंबरको", "18|नवंबर=11|को=1", "heldout16 13: \"10-11 अक्टूबरको\""},
		{"नवंबरतक", "नवंबर=11|तक", "a suffix the lexicon does not know is still cut off"},
		{"अबतक", "अबतक", "a word the predicate does not allow keeps its suffix"},
		{"नवंबरों", "नवंबरों", "no suffix of the list"},
		{"को", "को=1", "a suffix alone is no glued word"},
	}
	for _, tt := range tests {
		var got []string
		for pos := 0; ; {
			tok, v := lex.Next(tt.text, pos)
			if tok.Kind == EOF {
				break
			}
			w := tt.text[tok.Start:tok.End]
			if v != 0 {
				w += fmt.Sprintf("=%d", v)
			}
			got = append(got, w)
			pos = tok.End
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokens of %q = %s; want %s (%s)", tt.text, g, tt.want, tt.reason)
		}
	}
	whole := NewLexicon(map[string]int{"नवंबर": 11, "नवंबरको": 7}).Glued([]string{"को"}, func(int) bool { return true })
	if tok, v := whole.Next("नवंबरको", 0); tok.End != len("नवंबरको") || v != 7 {
		t.Errorf("a word known whole is read whole: got %+v, %d", tok, v)
	}
}
