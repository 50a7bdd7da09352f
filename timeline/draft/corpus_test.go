package draft_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/internal/golden"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/draft"
)

// corpusArticle is one file of testdata/corpus or testdata/heldout: a real
// Hindi news report (a short verbatim excerpt, with its URL) and the events
// a careful editor drafted from it before any tool ran (issue 12, "How it
// is judged"). See testdata/corpus/README.md and testdata/heldout/README.md.
type corpusArticle struct {
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Reference string          `json:"reference_date"` // the dateline to pass (YYYY-MM-DD)
	Excerpt   string          `json:"excerpt"`
	Expected  []corpusEvent   `json:"expected"`
	NotEvents json.RawMessage `json:"not_events"`
}

type corpusEvent struct {
	What         string `json:"what"`
	Kind         string `json:"kind"`
	Date         string `json:"date"` // YYYY-MM-DD, YYYY-MM, YYYY, A/B, ~X, <X, <=X, or "" for none printed
	DateSource   string `json:"date_source"`
	Status       string `json:"status"`
	Attribution  string `json:"attribution"`
	Participants []struct {
		Name    string `json:"name"`
		Office  string `json:"office"`
		Country string `json:"country"`
		Role    string `json:"role"`
	} `json:"participants"`
	Place    string `json:"place"`
	Evidence string `json:"evidence"` // verbatim pieces joined by " … "
}

// corpusKinds maps the corpus's kinds onto the model's where the model
// already has a home for them: a video conference is a call (PhoneCall:
// "a call or video call") and a joint statement a statement.
var corpusKinds = map[string]timeline.Kind{
	"video_conference": timeline.PhoneCall,
	"joint_statement":  timeline.Statement,
	"agreement":        timeline.AgreementSigning, // heldout4's word for it
}

// articleScore is what the scorer counts for one article.
type articleScore struct {
	name                  string
	expected, found       int
	foundOwn, foundInfer  int // found events whose date the editor read from their own sentence, or inferred
	allRight              int // date, status, kind and attribution all right
	allRightStrict        int // the same, with an editor's "planned" never right
	planned               int // expected events whose status the editor wrote "planned"
	drafts, noise         int
	cancelledAsHeld       int // cancelled or postponed events drafted as held, announced, confirmed or proposed
	participantsRight     int
	wrong                 []string // why found events were not all right, for the report
	missed                []string
	noiseDrafts           []string
	dateR, statR, kindR   int
	attrR                 int
	partsWrong            []string
	expectedCancelledLike int
}

// TestCorpus drafts every article of testdata/corpus and scores the drafts
// against the editor's expectations, per article and in total. The table
// is kept in testdata/corpus-scores.txt (rewritten with -update), so that a
// change to the rules shows what it wins and loses; the test fails if a
// total falls below the floors below. Run
//
//	go test ./timeline/draft -run TestCorpus -v
//
// to see the misses and the noise drafts too.
func TestCorpus(t *testing.T) {
	tot := scoreFolder(t, "corpus", "corpus-scores.txt")

	// Floors: what the rules reach now. A change that lowers one must say
	// why; one that raises it raises the floor.
	floors := []struct {
		name      string
		got, want float64
		less      bool
	}{
		{"found %", pct(tot.found, tot.expected), corpusFloorFound, false},
		{"all right %", pct(tot.allRight, tot.expected), corpusFloorRight, false},
		{"noise %", pct(tot.noise, tot.drafts), corpusCeilNoise, true},
		{"participants right %", pct(tot.participantsRight, tot.found), corpusFloorParts, false},
	}
	for _, f := range floors {
		if f.less && f.got > f.want || !f.less && f.got < f.want {
			t.Errorf("%s = %.1f, floor %.1f", f.name, f.got, f.want)
		}
	}
	if tot.cancelledAsHeld != 0 {
		t.Errorf("%d cancelled or postponed events drafted as held or planned; want 0", tot.cancelledAsHeld)
	}
}

// TestHeldOut scores more folders the same way, with no floors: the
// numbers are recorded in their tables, not enforced. Each was collected,
// and its expectations written, by someone who neither ran the drafter on
// it nor read its rules, and each was first scored after the rules then
// current; each README gives that first score.
//
//   - testdata/heldout (10 reports), heldout2 (12), heldout3 (12),
//     heldout4 (14), heldout5 (14), heldout6 (14), heldout7 (14),
//     heldout8 (14), heldout9 (14), heldout10 (14), heldout11 (14),
//     heldout12 (14), heldout13 (14) and heldout14 (14): rules for the
//     families of phrasing they missed were written after their first
//     scores, so they are development material now.
//   - testdata/heldout15 (14 reports): scored first after the last rule
//     change of the round that wrote rules from heldout14; its README
//     gives that score, the fair estimate of the rules until the next
//     blind set was scored. Rules were written from its misses since, so
//     it is development material too.
//   - testdata/heldout16 (14 reports): scored first after the last rule
//     change of the same session; its README gives that score, the fair
//     estimate of the rules until the next blind set is scored. Rules were
//     written from its misses in the next session, so it is development
//     material too.
//   - testdata/heldout17 (14 reports): scored first mid-session, after
//     the rules written from heldout16; its README gives that score, the
//     fair estimate of those rules. Rules were written from its misses
//     since, so it is development material too.
//   - testdata/heldout18 (14 reports): scored first after the rules
//     written from heldout17; its README gives that score. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout19 (14 reports): scored first mid-session, after
//     the rules written from the families heldout2 to heldout18 share;
//     its README gave that score, the fair estimate of the rules until
//     heldout20 was scored. Rules were written from its misses since, so
//     it is development material too.
//   - testdata/heldout20 (14 reports): scored first mid-session, after
//     the rules written from the families the earlier sets share; its
//     README gave that score, the fair estimate of the rules until
//     heldout21 was scored. Rules were written from its misses since, so
//     it is development material too.
//   - testdata/heldout21 (14 reports): scored first early in a session,
//     after two rules written from the families the earlier sets share;
//     its README gave that score, the fair estimate of the rules until
//     heldout22 was scored. Rules were written from its misses since, so
//     it is development material too.
//   - testdata/heldout22 (14 reports): scored first mid-session, after
//     the rules written that session from the families the earlier sets
//     share; its README gave that score, the fair estimate of the rules
//     until heldout23 was scored. Rules were written from its misses
//     since, so it is development material too.
//   - testdata/heldout23 (15 reports): scored first early in a session,
//     after the rules written that session from the families the earlier
//     sets share, which moved nothing on it; its README gave that score,
//     the fair estimate of the rules until heldout24 was scored. Rules
//     were written from its misses since, so it is development material
//     too.
//   - testdata/heldout24 (15 reports): scored first late in the session
//     that wrote rules from heldout23, after those rules; its README
//     gave that score, the fair estimate of the rules until heldout25 was
//     scored. Rules were written from its misses since, so it is
//     development material too.
//   - testdata/heldout25 (14 reports): scored first in the session that
//     wrote rules from heldout24's misses, after those rules; its README
//     gave that score, the fair estimate of the rules until heldout26 was
//     scored. Rules were written from its misses since, so it is
//     development material too.
//   - testdata/heldout26 (13 reports): scored first early in a session,
//     after the rules written from heldout25's misses and that session's
//     first four; its README gave that score, the fair estimate of the
//     rules until heldout27 was scored. Rules were written from its
//     misses since, so it is development material too.
//   - testdata/heldout27 (15 reports): scored first at the end of that
//     session, after every rule of it; its README gave that score, the
//     fair estimate of the rules until heldout28 was scored. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout28 (15 reports): scored first at the end of the
//     session that wrote rules from heldout27's misses, after every rule
//     of it; its README gives that score, the fair estimate of the rules
//     until heldout29 was scored. Rules were written from its misses
//     since, so it is development material too.
//   - testdata/heldout29 (15 reports): scored first at the end of the
//     session that wrote rules from heldout28's misses, after every rule
//     of it and its review's fixes; its README gives that score, the fair
//     estimate of the rules until heldout30 was scored. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout30 (15 reports): scored first at the end of the
//     session that wrote rules from heldout29's misses, after every rule
//     of it and its reviews' fixes; its README gives that score, the fair
//     estimate of the rules until heldout31 was scored. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout31 (15 reports): scored first at the end of the
//     session that wrote rules from heldout30's misses, after every rule
//     of it and its reviews' fixes; its README gives that score, the fair
//     estimate of the rules until heldout32 was scored. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout32 (15 reports): scored first at the end of the
//     session that wrote rules from the families all earlier sets share
//     and from heldout31's misses, after every rule of it and its
//     review's fixes; its README gives that score, the fair estimate of
//     the rules until heldout33 was scored. Rules were written from its
//     misses since, so it is development material too.
//   - testdata/heldout33 (15 reports): scored first at the start of the
//     session after the one that wrote rules from heldout32's misses, on
//     those rules (c5b967a); its README gives that score, the fair
//     estimate of those rules. Rules were written from its misses since,
//     so it is development material too.
//   - testdata/heldout34 (15 reports): scored first mid-session, on the
//     rules of 53250ee, before any rule was written from it; its README
//     gives that score, the fair estimate of those rules. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout35 (15 reports): scored first mid-session, on the
//     rules of 2d3e75b, before any rule was written from it; its README
//     gives that score, the fair estimate of those rules. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout36 (15 reports): scored first at the end of the
//     session that wrote rules from heldout35 and two bug hunts, on the
//     rules of bb59f17; its README gives that score, the fair estimate of
//     those rules. Rules were written from its misses since, so it is
//     development material too.
//   - testdata/heldout37 (15 reports): scored first mid-session, on the
//     rules of 77046ec, before any rule was written from it; its README
//     gives that score, the fair estimate of those rules. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout38 (15 reports): scored first at the end of that
//     session, on the rules of 6fb2949, before any rule was written from
//     it; its README gives that score, the fair estimate of those rules.
//     Rules were written from its misses since, so it is development
//     material too.
//   - testdata/heldout39 (15 reports): scored first mid-session, on the
//     rules of 5a91629, before any rule was written from it; its README
//     gives that score, the fair estimate of those rules. Rules were
//     written from its misses since, so it is development material too.
//   - testdata/heldout40 (15 reports): scored first late in the same
//     session, on the rules of 70d52ef, before any rule was written from
//     it; its README gives that score, the fair estimate of those rules.
//     Rules were written from its misses since.
//   - testdata/heldout41 (15 reports): collected blind in session 47 and
//     scored first on the rules of a9d8b69, before any rule was written
//     from it; its README gives that score. Rules were written from its
//     misses since.
//   - testdata/heldout42 (15 reports): collected blind in the same
//     session and scored first at its end, on the rules of 7ca4ff9; its
//     README gives that score. Rules were written from its misses since.
//   - testdata/heldout43 (15 reports): collected blind in session 48 and
//     scored first near its end, on the rules of 120573d, before any rule
//     was written from it; its README gives that score. 12 shares most of
//     its text with heldout3 09 (one agency's copy). Rules were written
//     from its misses since.
//   - testdata/heldout44 (15 reports): collected blind in session 49 and
//     scored first early in it, on the rules of 92a432e, before any rule
//     was written from it; its README gives that score. 08 shares half
//     its text with heldout32 08 (one agency's copy). Rules were written
//     from its misses since.
//   - testdata/heldout45 (15 reports): collected blind in session 49 and
//     scored first at its end, on the rules of da41e62, before any rule
//     was written from it; its README gives that score. 10 shares a
//     quarter of its text with heldout41 12. Rules were written from its
//     misses since (session 50).
//   - testdata/heldout46 (15 reports): collected blind in session 50 and
//     scored first on the rules of 4179c25, frozen for it, before any rule
//     was written from it; its README gives that score. 11 shares 163
//     characters with heldout23 11 (one agency's copy). Rules were
//     written from its misses since.
//   - testdata/heldout47 (15 reports, 29 events): collected blind in the
//     same session and scored first on the rules of 0859fcd, before any
//     rule was written from it; its README gives that score. Two fixes
//     were written from its 15 since (a date read where a gap was told).
//   - testdata/heldout48 (15 reports, 40 events): collected blind in
//     session 51 and scored first on the rules of 7125759, before any
//     rule was written from it; its README gives that score. 14 shares
//     280 characters with heldout37 13 (one agency's copy). Rules were
//     written from its misses since.
//   - testdata/heldout49 (15 reports, 41 events): collected blind in the
//     same session and scored first on the rules of 6718b93, before any
//     rule was written from it; its README gives that score. Fixes were
//     written from its 09 since (a decision not to attend) and, in session
//     52, from its 05 (a trilateral meeting).
//   - testdata/heldout50 (15 reports, 48 events): collected blind in
//     session 52 and scored first at its end, on the rules of 630c0db,
//     before any rule was written from it; its README gives that score.
//     Rules were written from its misses since.
//   - testdata/heldout51 (15 reports, 40 events): collected blind in
//     session 53 and scored first on the rules of 3d9e422, before any
//     rule was written from it; its README gives that score. Rules were
//     written from its misses since.
//   - testdata/heldout52 (15 reports, 45 events): collected blind in
//     session 54 and scored first on the rules of 7153260, before any
//     rule was written from it; its README gives that score.
func TestHeldOut(t *testing.T) {
	for _, folder := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52"} {
		t.Run(folder, func(t *testing.T) {
			tot := scoreFolder(t, folder, folder+"-scores.txt")
			if tot.cancelledAsHeld != 0 {
				t.Logf("%d cancelled or postponed events drafted as held or planned (target 0; recorded, not enforced)", tot.cancelledAsHeld)
			}
		})
	}
}

// scoreFolder drafts every article of testdata/<folder>, scores the drafts,
// checks the table against testdata/<goldenFile> and returns the totals.
func scoreFolder(t *testing.T, folder, goldenFile string) articleScore {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", folder, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/%s: %v", folder, err)
	}
	ist := mustZone(t, "Asia/Kolkata")
	var scores []articleScore
	for _, f := range files {
		a := readCorpusArticle(t, f)
		ref, err := time.ParseInLocation("2006-01-02 15:04", a.Reference+" 12:00", ist)
		if err != nil {
			t.Fatalf("%s: reference date: %v", f, err)
		}
		events, err := draft.Extract(a.Excerpt, ref, &draft.Options{From: a.URL})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := (&timeline.Timeline{Events: events}).Validate(); err != nil {
			t.Errorf("%s: drafts do not validate: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		if i := strings.IndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		scores = append(scores, scoreArticle(t, name, a, events))
	}

	report, tot := scoreTable(scores)
	if testing.Verbose() {
		logScores(t, scores)
	}
	t.Log("\n" + report)
	golden.Check(t, filepath.Join("testdata", goldenFile), []byte(report))
	return tot
}

// scoreTable sums per-article scores into the table the golden files keep
// and returns it with the totals.
func scoreTable(scores []articleScore) (string, articleScore) {
	var tot articleScore
	tot.name = "total"
	var report strings.Builder
	fmt.Fprintf(&report, "%-5s %4s %5s %5s %5s %5s %5s %5s %5s %6s %5s %5s\n",
		"art", "exp", "found", "own", "infer", "right", "parts", "dft", "noise", "c→held", "date", "stat")
	line := func(s articleScore) {
		fmt.Fprintf(&report, "%-5s %4d %5d %5d %5d %5d %5d %5d %5d %6d %5d %5d\n",
			s.name, s.expected, s.found, s.foundOwn, s.foundInfer, s.allRight, s.participantsRight, s.drafts, s.noise, s.cancelledAsHeld, s.dateR, s.statR)
	}
	for _, s := range scores {
		line(s)
		tot.expected += s.expected
		tot.found += s.found
		tot.foundOwn += s.foundOwn
		tot.foundInfer += s.foundInfer
		tot.allRight += s.allRight
		tot.allRightStrict += s.allRightStrict
		tot.planned += s.planned
		tot.participantsRight += s.participantsRight
		tot.drafts += s.drafts
		tot.noise += s.noise
		tot.cancelledAsHeld += s.cancelledAsHeld
		tot.dateR += s.dateR
		tot.statR += s.statR
		tot.kindR += s.kindR
		tot.attrR += s.attrR
	}
	line(tot)
	fmt.Fprintf(&report, "\nfound %.1f%% (target ≥ 90%%); all right %.1f%% of expected (target ≥ 85%%); noise %.1f%% of drafts (target ≤ 10%%);\n",
		pct(tot.found, tot.expected), pct(tot.allRight, tot.expected), pct(tot.noise, tot.drafts))
	fmt.Fprintf(&report, "cancelled or postponed drafted as held or planned: %d (target 0); participants right %.1f%% of found (target ≥ 80%%)\n",
		tot.cancelledAsHeld, pct(tot.participantsRight, tot.found))
	fmt.Fprintf(&report, "of found events: date right %d, status right %d, kind right %d, attribution right %d\n",
		tot.dateR, tot.statR, tot.kindR, tot.attrR)
	if tot.planned > 0 {
		fmt.Fprintf(&report, "%d expected events are \"planned\", read as announced; counting them never right, all right is %.1f%%\n",
			tot.planned, pct(tot.allRightStrict, tot.expected))
	}
	return report.String(), tot
}

// logScores logs why each found event was not all right, each miss and
// each noise draft.
func logScores(t *testing.T, scores []articleScore) {
	t.Helper()
	for _, s := range scores {
		for _, m := range s.missed {
			t.Logf("%s missed: %s", s.name, m)
		}
		for _, w := range s.wrong {
			t.Logf("%s wrong: %s", s.name, w)
		}
		for _, p := range s.partsWrong {
			t.Logf("%s participants: %s", s.name, p)
		}
		for _, n := range s.noiseDrafts {
			t.Logf("%s noise: %s", s.name, n)
		}
	}
}

// readCorpusArticle reads one article file of testdata/corpus or a
// held-out folder.
func readCorpusArticle(t testing.TB, file string) corpusArticle {
	t.Helper()
	return readJSONFile[corpusArticle](t, file)
}

// readJSONFile decodes one JSON test file, failing the test with the
// file's name if it cannot.
func readJSONFile[T any](t testing.TB, file string) T {
	t.Helper()
	var v T
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return v
}

// pct is a as a percentage of b (0 when b is 0).
func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// The floors TestCorpus holds the totals to.
const (
	corpusFloorFound = 94
	corpusFloorRight = 82
	corpusCeilNoise  = 6
	corpusFloorParts = 80
)

// span is a byte range of an article.
type span struct{ start, end int }

func (s span) overlap(o span) int { return max(0, min(s.end, o.end)-max(s.start, o.start)) }

// evidenceSpans returns every occurrence in text of every piece of an
// expected event's evidence.
func evidenceSpans(text, evidence string) []span {
	var out []span
	for _, piece := range strings.Split(evidence, " … ") {
		piece = strings.TrimSpace(piece)
		if piece == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(text[off:], piece)
			if i < 0 {
				break
			}
			out = append(out, span{off + i, off + i + len(piece)})
			off += i + len(piece)
		}
	}
	return out
}

func draftSpans(e *timeline.Event) []span {
	out := []span{{e.Draft.Start, e.Draft.End}}
	for _, s := range e.Draft.Also {
		out = append(out, span{s.Start, s.End})
	}
	return out
}

func overlapOf(a, b []span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			n += x.overlap(y)
		}
	}
	return n
}

func scoreArticle(t *testing.T, name string, a corpusArticle, events []timeline.Event) articleScore {
	s := articleScore{name: name, expected: len(a.Expected), drafts: len(events)}
	type pair struct {
		ei, di         int
		kindOK, dateOK bool
		sharedSides    int // foreign countries both name
		overlap        int
	}
	var pairs []pair
	for ei, x := range a.Expected {
		ev := evidenceSpans(a.Excerpt, x.Evidence)
		if len(ev) == 0 {
			t.Errorf("%s: evidence of %q not in the excerpt", name, x.What)
		}
		for di := range events {
			e := &events[di]
			ov := overlapOf(ev, draftSpans(e))
			if ov == 0 {
				continue
			}
			pairs = append(pairs, pair{ei, di, kindMatches(x.Kind, e.Kind), dateMatches(t, x.Date, e.When), sharedCountries(x, e), ov})
		}
	}
	// The best pairs first: the right kind, then the right date, then the
	// most shared text, then the most countries in common (one sentence
	// may tell a meeting with each of several counterparts); each event
	// and each draft is used once.
	slices.SortStableFunc(pairs, func(p, q pair) int {
		rank := func(p pair) int {
			r := 0
			if p.kindOK {
				r += 2
			}
			if p.dateOK {
				r++
			}
			return r
		}
		if c := rank(q) - rank(p); c != 0 {
			return c
		}
		if c := q.overlap - p.overlap; c != 0 {
			return c
		}
		return q.sharedSides - p.sharedSides
	})
	usedE := make([]bool, len(a.Expected))
	usedD := make([]bool, len(events))
	match := make([]int, len(a.Expected))
	for i := range match {
		match[i] = -1
	}
	for _, p := range pairs {
		if usedE[p.ei] || usedD[p.di] {
			continue
		}
		usedE[p.ei], usedD[p.di] = true, true
		match[p.ei] = p.di
	}
	for ei, x := range a.Expected {
		cancelledLike := x.Status == "cancelled" || x.Status == "postponed"
		if cancelledLike {
			s.expectedCancelledLike++
		}
		di := match[ei]
		if di < 0 {
			s.missed = append(s.missed, fmt.Sprintf("%s %s %s — %s", x.Kind, x.Date, x.Status, x.What))
			continue
		}
		e := &events[di]
		s.found++
		if strings.HasPrefix(x.DateSource, "inferred") {
			s.foundInfer++
		} else {
			s.foundOwn++
		}
		dateOK := dateMatches(t, x.Date, e.When)
		statOK := statusMatches(x.Status, e.Status())
		kindOK := kindMatches(x.Kind, e.Kind)
		attr := ""
		if src, ok := e.Source("attributed"); ok {
			attr = src.Attribution.Hi
		}
		attrOK := attributionMatches(x.Attribution, attr)
		if cancelledLike && !(e.Status() == timeline.Cancelled || e.Status() == timeline.Postponed) {
			s.cancelledAsHeld++
		}
		for _, c := range []struct {
			ok bool
			n  *int
		}{{dateOK, &s.dateR}, {statOK, &s.statR}, {kindOK, &s.kindR}, {attrOK, &s.attrR}} {
			if c.ok {
				*c.n++
			}
		}
		if x.Status == "planned" {
			s.planned++
		}
		if dateOK && statOK && kindOK && attrOK && x.Status != "planned" {
			s.allRightStrict++
		}
		if dateOK && statOK && kindOK && attrOK {
			s.allRight++
		} else {
			var why []string
			if !kindOK {
				why = append(why, fmt.Sprintf("kind %s want %s", e.Kind, x.Kind))
			}
			if !dateOK {
				why = append(why, fmt.Sprintf("date %s want %s", e.When, x.Date))
			}
			if !statOK {
				why = append(why, fmt.Sprintf("status %q want %q", e.Status(), x.Status))
			}
			if !attrOK {
				why = append(why, fmt.Sprintf("attribution %q want %q", attr, x.Attribution))
			}
			s.wrong = append(s.wrong, fmt.Sprintf("%s: %s — %s", e.ID, strings.Join(why, "; "), x.What))
		}
		if ok, why := participantsMatch(x, e); ok {
			s.participantsRight++
		} else {
			s.partsWrong = append(s.partsWrong, fmt.Sprintf("%s: %s", e.ID, why))
		}
	}
	for di := range events {
		if !usedD[di] {
			s.noise++
			e := &events[di]
			s.noiseDrafts = append(s.noiseDrafts, fmt.Sprintf("%s %s %s %s: %s", e.ID, e.Kind, e.When, e.Status(), e.Description.Hi))
		}
	}
	return s
}

// statusMatches reports whether a draft's status is the editor's.
// heldout4's editor wrote "planned" (a word of the list of status
// cues) for events to come that the text states as arranged; the model has
// no such status, and a plan told as arranged is what Announced means
// ("officially announced, details may be open").
func statusMatches(want string, got timeline.Status) bool {
	if want == "planned" {
		return got == timeline.Announced
	}
	return string(got) == want
}

// kindMatches reports whether a draft's kind is the editor's. heldout4's
// editor wrote "meeting" for every meeting of two sides, without telling
// a sideline meeting from another: either kind is that.
func kindMatches(want string, got timeline.Kind) bool {
	if want == "meeting" {
		return got == timeline.BilateralMeeting || got == timeline.SidelineMeeting
	}
	return kindOf(want) == got
}

func kindOf(k string) timeline.Kind {
	if m, ok := corpusKinds[k]; ok {
		return m
	}
	return timeline.Kind(k)
}

// dateMatches reports whether a draft's date names the days the editor's
// does: the same range of days ("~" approximate is not required to be
// marked), or for "<D" and "<=D" a bound or a day before D (on D too for
// "<="; D may be a month or a year: "<=2019-04" is on or before its last
// day). "" (no date printed) accepts any.
func dateMatches(t *testing.T, want string, w date.When) bool {
	if want == "" {
		return true
	}
	want = strings.TrimPrefix(want, "~")
	gs, ge := w.Days()
	for _, op := range []string{"<=", "<"} {
		if rest, ok := strings.CutPrefix(want, op); ok {
			ds, de, err := corpusDays(rest)
			if err != nil {
				t.Errorf("corpus date %q: %v", want, err)
				return false
			}
			limit := ds
			if op == "<=" {
				limit = de
			}
			return !ge.IsZero() && !ge.After(limit) && (w.Bound() == date.BeforeBound || ge == gs.AddDays(1))
		}
	}
	first, last, _ := strings.Cut(want, "/")
	if last == "" {
		last = first
	}
	fs, _, err1 := corpusDays(first)
	_, le, err2 := corpusDays(last)
	if err1 != nil || err2 != nil {
		t.Errorf("corpus date %q: %v %v", want, err1, err2)
		return false
	}
	return gs == fs && ge == le
}

// corpusDays returns the days [start, end) of "YYYY", "YYYY-MM" or
// "YYYY-MM-DD".
func corpusDays(s string) (date.Date, date.Date, error) {
	var w date.When
	switch len(s) {
	case 4:
		var y int
		if _, err := fmt.Sscanf(s, "%d", &y); err != nil {
			return date.Date{}, date.Date{}, err
		}
		w = date.InYear(y)
	case 7:
		var y, m int
		if _, err := fmt.Sscanf(s, "%d-%d", &y, &m); err != nil {
			return date.Date{}, date.Date{}, err
		}
		w = date.InMonth(y, time.Month(m))
	default:
		d, err := date.Parse(s)
		if err != nil {
			return date.Date{}, date.Date{}, err
		}
		w = date.OnDay(d)
	}
	a, b := w.Days()
	return a, b, nil
}

// attributionMatches reports whether the draft's attribution phrase is the
// editor's: both none, or one holds the other, or they name the same
// source (the same first two words).
func attributionMatches(want, got string) bool {
	want, got = strings.TrimSpace(want), strings.TrimSpace(got)
	if want == "" || got == "" {
		return want == got
	}
	if strings.Contains(want, got) || strings.Contains(got, want) {
		return true
	}
	w, g := strings.Fields(want), strings.Fields(got)
	return len(w) >= 2 && len(g) >= 2 && w[0] == g[0] && w[1] == g[1]
}

// sharedCountries counts the countries, and the people by name, that both
// the editor's event and the draft name.
func sharedCountries(x corpusEvent, e *timeline.Event) int {
	n := 0
	for _, p := range x.Participants {
		if p.Country != "" && slices.ContainsFunc(e.Participants, func(q timeline.Participant) bool { return q.Country == p.Country }) {
			n++
		}
		if p.Name != "" && slices.ContainsFunc(e.Participants, func(q timeline.Participant) bool { return q.Name.Hi != "" && sharesWord(p.Name, q.Name.Hi) }) {
			n++
		}
	}
	return n
}

// participantsMatch reports whether a draft names the editor's
// participants: the same set of countries, every person the editor names
// (a word in common with the draft's name and title: the editor wrote
// "प्रधानमंत्री" as a name where the text names only the office), and no
// host or guest role that contradicts the editor's for a country.
func participantsMatch(x corpusEvent, e *timeline.Event) (bool, string) {
	var want, got []string
	for _, p := range x.Participants {
		if p.Country != "" && !slices.Contains(want, p.Country) {
			want = append(want, p.Country)
		}
	}
	for _, p := range e.Participants {
		if p.Country != "" && !slices.Contains(got, p.Country) {
			got = append(got, p.Country)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(want, got) {
		return false, fmt.Sprintf("countries %v want %v", got, want)
	}
	for _, p := range x.Participants {
		if p.Name == "" {
			continue
		}
		found := false
		for _, q := range e.Participants {
			if sharesWord(p.Name, q.Name.Hi+" "+q.Title.Hi) {
				found = true
				if (p.Role == "host" || p.Role == "guest") && (q.Role == timeline.Host || q.Role == timeline.Guest) && string(q.Role) != p.Role {
					return false, fmt.Sprintf("%s is %s, want %s", p.Name, q.Role, p.Role)
				}
			}
		}
		if !found {
			return false, fmt.Sprintf("no %q among %v", p.Name, names(e.Participants))
		}
	}
	return true, ""
}

func names(ps []timeline.Participant) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Title.Hi+" "+p.Name.Hi+" "+p.Country+" "+string(p.Role))
	}
	return out
}

// sharesWord reports a word of four bytes or more that a and b share,
// words split at spaces and full stops: "एस.एम.कृष्णा" is "एस एम कृष्णा".
func sharesWord(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	}
	for _, w := range split(a) {
		if len(w) < 4 {
			continue
		}
		if slices.Contains(split(b), w) {
			return true
		}
	}
	return false
}
