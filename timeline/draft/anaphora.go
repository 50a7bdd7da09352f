package draft

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/internal/hindi"
)

// dayAnaphors name a day by the one told before: "इसके अगले दिन वह
// कजाकिस्तान पहुंचेंगे", "उसी दिन वह तुर्कमेनिस्तान रवाना हो जाएंगे". The
// number is the days after it.
// "पहले दिन" is the first day of the span told before ("4 और 5 दिसंबर को
// भारत में होंगे। पहले दिन … बातचीत होगी"): nth counts the days of that
// span, not after it.
var dayAnaphors = []struct {
	words      string
	after, nth int
}{
	{"अगले दिन", 1, 0}, {"अगले रोज", 1, 0}, {"उसी दिन", 0, 0}, {"पहले दिन", 0, 1},
}

// dayRef is what a day anaphor refers to: where the day it counts from
// starts, and how many days after it it is, or which day of it (nth, from
// 1) when it names a day of a span.
type dayRef struct{ at, after, nth int }

// anaphoricDays adds to matches (hindidate's, in text order) a match for
// each day named by the day told last before it, which hindidate leaves
// unread as it knows no day before: "6 जुलाई को … रवाना होंगे। इसके अगले
// दिन वह कजाकिस्तान पहुंचेंगे" is 7 July. The day an attribution gives
// ("मंत्रालय ने सोमवार को यह जानकारी दी") is passed over. A phrase with no
// day told before it in its paragraph and within two sentences, after a
// date that is no single day or span of days, or after "के" ("यात्रा के
// अगले दिन": the day after something else) is left unread; so is "अगले
// दिनों" (the coming days). It returns the matches with the days read,
// those days, and what each refers to; reread later
// follows each to the year its mention settled on.
func anaphoricDays(text string, matches []hindidate.Match) (all, added []hindidate.Match, refs []dayRef) {
	type phrase struct {
		start, end, after, nth int
		words                  string
	}
	var found []phrase
	for _, a := range dayAnaphors {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], a.words)
			if i < 0 {
				break
			}
			i += off
			end := i + len(a.words)
			off = end
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[end:])
			if !hindi.IsWordRune(before) && !hindi.IsWordRune(after) && !(a.nth > 0 && startsWord(strings.TrimLeft(text[end:], " "), "से")) {
				found = append(found, phrase{i, end, a.after, a.nth, a.words}) // not "पहले दिन से" (from day one)
			}
		}
	}
	if len(found) == 0 {
		return matches, nil, nil
	}
	sort.Slice(found, func(p, q int) bool { return found[p].start < found[q].start })
	for _, f := range found {
		k := sort.Search(len(matches), func(k int) bool { return matches[k].Start >= f.start })
		if k < len(matches) && matches[k].Start < f.end {
			continue // hindidate read a date here ("उसी दिन शाम …")
		}
		if before := strings.TrimRight(text[:f.start], " "); strings.HasSuffix(before, " के") || before == "के" {
			continue // "यात्रा के अगले दिन": the day after the trip's start, not after the date told last
		}
		// The day told last before the phrase, hindidate's or one this
		// loop read ("उसी दिन … अगले दिन"), past the days of attributions
		// ("मंत्रालय ने सोमवार को यह जानकारी दी").
		var prev *hindidate.Match
		for kk := k - 1; kk >= 0; kk-- {
			if !attributionDay(text, matches[kk]) {
				prev = &matches[kk]
				break
			}
		}
		if n := len(added); n > 0 && (prev == nil || added[n-1].Start > prev.Start) {
			prev = &added[n-1]
		}
		if prev == nil || prev.End > f.start || prev.Date.Granularity != hindidate.Day || strings.Contains(text[prev.End:f.start], "\n\n") || sentencesBetween(text[prev.End:f.start]) > 2 {
			continue // no day before, inside another date, after one that is no day, in another paragraph or sentences away
		}
		d := prev.Date
		if f.nth > 0 && !d.End.After(d.Start.AddDate(0, 0, f.nth)) {
			continue // "पहले दिन" after a single day: no span to count in
		}
		if f.after > 0 {
			d.Start = d.End.AddDate(0, 0, f.after-1) // the day after the last day told
		}
		if f.nth > 0 {
			d.Start = d.Start.AddDate(0, 0, f.nth-1) // that day of the span told
		}
		d.End = d.Start.AddDate(0, 0, 1)
		d.Approximate, d.Ambiguous, d.AltStart, d.AltEnd = false, false, time.Time{}, time.Time{}
		added = append(added, hindidate.Match{Start: f.start, End: f.end, Text: f.words, Date: d})
		refs = append(refs, dayRef{prev.Start, f.after, f.nth})
	}
	if len(added) == 0 {
		return matches, nil, nil
	}
	all = append(matches, added...)
	sort.SliceStable(all, func(p, q int) bool { return all[p].Start < all[q].Start })
	return all, added, refs
}

// attributionDay reports a date said of the telling, not of an event:
// "विदेश मंत्रालय ने सोमवार को यह जानकारी दी" ("ने" shortly before it, a
// verb of saying shortly after).
func attributionDay(text string, m hindidate.Match) bool {
	before := text[max(0, m.Start-40):m.Start]
	after := text[m.End:min(len(text), m.End+80)]
	if !strings.Contains(before, " ने ") && !strings.HasPrefix(strings.TrimLeft(after, " "), "को यह जानकारी") {
		return false
	}
	for _, w := range []string{"जानकारी", "कहा", "बताया", "घोषणा"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// sentencesBetween counts the sentence ends in s.
func sentencesBetween(s string) int {
	return strings.Count(s, "।") + strings.Count(s, "? ") + strings.Count(s, "! ") + strings.Count(s, ". ")
}

// anaphorAt returns the day anaphor read at byte start, if any: a date
// that is the text's own only by reference to another.
func (x *extractor) anaphorAt(start int) (hindidate.Match, bool) {
	if k := x.anaphorIndex(start); k >= 0 {
		return x.anaphors[k], true
	}
	return hindidate.Match{}, false
}

// anaphorIndex returns the index in x.anaphors of the day anaphor read at
// byte start, or -1.
func (x *extractor) anaphorIndex(start int) int {
	k := sort.Search(len(x.anaphors), func(k int) bool { return x.anaphors[k].Start >= start })
	if k < len(x.anaphors) && x.anaphors[k].Start == start {
		return k
	}
	return -1
}

// reread moves a day anaphor's date m to follow the date it refers to as
// the mention that told it settled it, by its tense ("10 नवंबर को जापान
// जाएंगे" read in December is next year's 10 November, and "इसके अगले
// दिन" next year's 11th); and records the date any mention settled on,
// for the anaphors after it.
func (x *extractor) reread(m *hindidate.Match) {
	if k := x.anaphorIndex(m.Start); k >= 0 {
		ref := x.anaphorRefs[k]
		if ant, ok := x.settled[ref.at]; ok {
			d := ant
			if ref.after > 0 {
				d.Start = d.End.AddDate(0, 0, ref.after-1)
			}
			if ref.nth > 0 {
				d.Start = d.Start.AddDate(0, 0, ref.nth-1)
			}
			d.End = d.Start.AddDate(0, 0, 1)
			d.Granularity, d.Approximate, d.Ambiguous, d.AltStart, d.AltEnd = hindidate.Day, false, false, time.Time{}, time.Time{}
			m.Date = d
		}
	}
	if x.settled == nil {
		x.settled = map[int]hindidate.Date{}
	}
	x.settled[m.Start] = m.Date
}

// startsWord reports s starting with the word w, no letter or mark after
// it: "से ही", not "सेशेल्स".
func startsWord(s, w string) bool {
	rest, ok := strings.CutPrefix(s, w)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !hindi.IsWordRune(r)
}
