package hindi

import (
	"strings"
	"testing"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"", "1फर. 0बजे", "डॉ. एस. जयशंकर ने 18 नवंबर को बैठक की थी. 5 दिसंबर को पुतिन आएंगे।",
		"देखें https://mea.gov.in/press?id=5! यहां", "1. पहली\n2. दूसरी", "5.30 12.03.2026 7.25",
		"\xe0\xa4", "क\xffख।।", "मुलाक़ात \u095Bेलेंस्की", "…... .. . ।”", "आई. के. गुजराल", "जन. नव. 5 जन॰ 2026",
		"विदेश मंत्रालय के मुताबिक, बैठक रद्द कर दी गई।", "According to TASS, officials said.",
		"बैठक को आगे बढ़ा दिया गया", "के अनुसार ने कहा में कहा गया",
	} {
		f.Add(s)
	}
}

// FuzzScan checks the scanner: tokens in order, covering every byte that
// is not a space, with numbers whose value is that of their digits.
func FuzzScan(f *testing.F) {
	fuzzSeeds(f)
	f.Add("10-11 अक्टूबरको सोमवारसे दिसंबरमेंतक")
	// A lexicon that reads postpositions glued to month names splits the
	// scanner's words, and only them: its tokens tile each word.
	names := map[string]MonthName{}
	for w, m := range MonthSpellings() {
		names[w] = m
	}
	glued := NewLexicon(names).Glued([]string{"को", "में", "से", "तक"}, func(MonthName) bool { return true })
	f.Fuzz(func(t *testing.T, text string) {
		for pos := 0; ; {
			tok := Next(text, pos)
			if tok.Kind == EOF {
				break
			}
			if want := tok.Kind == Word && strings.ContainsFunc(tok.Text(text), isNuktaRune); tok.Nukta != want {
				t.Fatalf("token %+v of %q: Nukta %v, want %v", tok, tok.Text(text), tok.Nukta, want)
			}
			for p := tok.Start; p < tok.End; {
				lt, _ := glued.Next(text, p)
				if lt.Start != p || lt.End <= p || lt.End > tok.End || lt.End < tok.End && tok.Kind != Word {
					t.Fatalf("glued lexicon token %+v does not tile %+v", lt, tok)
				}
				p = lt.End
			}
			pos = tok.End
		}
		prev := 0
		for pos := 0; ; {
			tok := Next(text, pos)
			if tok.Start < prev || tok.End < tok.Start || tok.End > len(text) {
				t.Fatalf("token %+v out of order or bounds (prev %d, len %d)", tok, prev, len(text))
			}
			for i := prev; i < tok.Start; {
				r, n := Decode(text, i)
				if !IsSpace(r) {
					t.Fatalf("byte %d (%q) skipped between tokens", i, r)
				}
				i += n
			}
			if tok.Kind == EOF {
				if tok.Start != len(text) {
					t.Fatalf("EOF at %d, len %d", tok.Start, len(text))
				}
				break
			}
			if tok.End == tok.Start {
				t.Fatalf("empty token %+v", tok)
			}
			if tok.Kind == Number {
				v, nd := 0, 0
				for i := tok.Start; i < tok.End; {
					r, n := Decode(text, i)
					d := DigitValue(r)
					if d < 0 {
						t.Fatalf("number %q holds %q", tok.Text(text), r)
					}
					if nd < 9 {
						v = v*10 + d
					}
					nd++
					i += n
				}
				if nd > 9 {
					v = -1
				}
				if v != tok.Value || int(tok.Digits) != min(nd, 1<<16-1) {
					t.Fatalf("number %q: Value %d Digits %d, want %d %d", tok.Text(text), tok.Value, tok.Digits, v, nd)
				}
			}
			prev, pos = tok.End, tok.End
		}
	})
}

// FuzzSentences checks the sentence splitter and the readers built on it:
// no panic; spans in bounds, ordered, not overlapping; every word in one
// sentence; and the same sentences when a sentence is split on its own.
func FuzzSentences(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		checkSentences(t, text, spans)
		for _, sp := range spans {
			inner := Sentences(text[sp.Start:sp.End])
			if len(inner) == 0 {
				t.Fatalf("sentence %q has no sentence", text[sp.Start:sp.End])
			}
			for _, c := range StatusCues(text, sp.Start, sp.End) {
				if c.Start < sp.Start || c.End > sp.End || c.End <= c.Start || c.Status == NoStatus {
					t.Fatalf("cue %+v outside sentence %v", c, sp)
				}
			}
			for _, a := range Attributions(text, sp.Start, sp.End) {
				if a.Start < sp.Start || a.End > sp.End || a.Source.Start < a.Start || a.Source.End > a.End || a.Source.End < a.Source.Start {
					t.Fatalf("attribution %+v outside sentence %v", a, sp)
				}
			}
			prev := sp.Start
			for _, v := range Verbs(text, sp.Start, sp.End) {
				if v.Start < prev || v.End > sp.End || v.End <= v.Start || v.Tense == NoTense {
					t.Fatalf("verb %+v out of order or outside sentence %v", v, sp)
				}
				prev = v.End
			}
		}
		for i := range min(len(text), 64) {
			_ = EndsSentence(text, i)
			_ = TenseAfter(text, i, 48)
		}
	})
}
