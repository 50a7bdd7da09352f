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
var dayAnaphors = []struct {
	words string
	after int
}{
	{"अगले दिन", 1}, {"अगले रोज", 1}, {"उसी दिन", 0},
}

// anaphoricDays adds to matches (hindidate's, in text order) a match for
// each day named by the day told last before it, which hindidate leaves
// unread as it knows no day before: "6 जुलाई को … रवाना होंगे। इसके अगले
// दिन वह कजाकिस्तान पहुंचेंगे" is 7 July. A phrase with no day told before
// it in its paragraph, or after a date that is no single day or span of
// days, is left unread; so is "अगले दिनों" (the coming days).
func anaphoricDays(text string, matches []hindidate.Match) (all, added []hindidate.Match) {
	type phrase struct {
		start, end, after int
		words             string
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
			if !hindi.IsWordRune(before) && !hindi.IsWordRune(after) {
				found = append(found, phrase{i, end, a.after, a.words})
			}
		}
	}
	if len(found) == 0 {
		return matches, nil
	}
	sort.Slice(found, func(p, q int) bool { return found[p].start < found[q].start })
	for _, f := range found {
		// The day told last before the phrase: hindidate's, or one this
		// loop read ("उसी दिन … अगले दिन").
		k := sort.Search(len(matches), func(k int) bool { return matches[k].Start >= f.start })
		if k < len(matches) && matches[k].Start < f.end {
			continue // hindidate read a date here ("उसी दिन शाम …")
		}
		var prev *hindidate.Match
		if k > 0 {
			prev = &matches[k-1]
		}
		if n := len(added); n > 0 && (prev == nil || added[n-1].Start > prev.Start) {
			prev = &added[n-1]
		}
		if prev == nil || prev.End > f.start || prev.Date.Granularity != hindidate.Day || strings.Contains(text[prev.End:f.start], "\n\n") {
			continue // no day before, inside another date, after one that is no day, or in another paragraph
		}
		d := prev.Date
		if f.after > 0 {
			d.Start = d.End.AddDate(0, 0, f.after-1) // the day after the last day told
		}
		d.End = d.Start.AddDate(0, 0, 1)
		d.Approximate, d.Ambiguous, d.AltStart, d.AltEnd = false, false, time.Time{}, time.Time{}
		added = append(added, hindidate.Match{Start: f.start, End: f.end, Text: f.words, Date: d})
	}
	if len(added) == 0 {
		return matches, nil
	}
	all = append(matches, added...)
	sort.SliceStable(all, func(p, q int) bool { return all[p].Start < all[q].Start })
	return all, added
}

// anaphorAt returns the day anaphor read at byte start, if any: a date
// that is the text's own only by reference to another.
func (x *extractor) anaphorAt(start int) (hindidate.Match, bool) {
	k := sort.Search(len(x.anaphors), func(k int) bool { return x.anaphors[k].Start >= start })
	if k < len(x.anaphors) && x.anaphors[k].Start == start {
		return x.anaphors[k], true
	}
	return hindidate.Match{}, false
}
