package hindidate

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

var updateMisses = flag.Bool("update-misses", false, "rewrite testdata/corpus-misses.txt from this run")

// corpusRow is one line of testdata/corpus.jsonl: a date phrase from a
// real Hindi news page (or a phrase there that is no date), the sentence
// it stands in, the reference time to read it at, and the reading a
// careful reader gives it, in show's notation ("none" for no date).
//
// The rows come from /work/notes/corpus/dates.jsonl (630 phrases from 174
// pages, collected for issue 11 by a colleague, with the meaning in
// words); each meaning was normalised into want, and where the reader's
// meaning was changed (a convention of the package, a reference time that
// the page does not print) note says why.
type corpusRow struct {
	URL      string `json:"url"`
	Ref      string `json:"ref"`
	Family   string `json:"family"`
	Sentence string `json:"sentence"`
	Phrase   string `json:"phrase"`
	Meaning  string `json:"meaning"`
	Want     string `json:"want"`
	Note     string `json:"note,omitempty"`
}

func readCorpus(t *testing.T) []corpusRow {
	t.Helper()
	f, err := os.Open("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []corpusRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r corpusRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", len(rows)+1, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// corpusResult reads one row and says whether it is read as want, and
// what was read.
func corpusResult(t *testing.T, r corpusRow, kolkata *time.Location) (ok, extraAlt bool, got string) {
	t.Helper()
	ref, err := time.Parse(time.RFC3339, r.Ref)
	if err != nil {
		t.Fatalf("%s: ref %q: %v", r.URL, r.Ref, err)
	}
	ref = ref.In(kolkata)
	ps := strings.Index(r.Sentence, r.Phrase)
	if ps < 0 {
		t.Fatalf("phrase %q is not in its sentence %q", r.Phrase, r.Sentence)
	}
	pe := ps + len(r.Phrase)
	var best *Match
	bestOver := 0
	ms := FindAll(r.Sentence, ref)
	for i := range ms {
		m := &ms[i]
		if over := min(m.End, pe) - max(m.Start, ps); over > bestOver {
			best, bestOver = m, over
		}
	}
	if r.Want == "none" {
		if best != nil {
			return false, false, best.Text + " => " + show(best.Date)
		}
		return true, false, "none"
	}
	if best == nil {
		return false, false, "none"
	}
	got = show(best.Date)
	if got == r.Want {
		return true, false, got
	}
	if i := strings.Index(got, " alt "); i >= 0 && !strings.Contains(r.Want, " alt ") && got[:i] == r.Want {
		return true, true, got // the right reading, with an alternative the reader did not name
	}
	return false, false, best.Text + " => " + got
}

// TestCorpus reads every phrase of testdata/corpus.jsonl in its sentence
// with FindAll and reports, per family, how many are read as a careful
// reader reads them; run it with -v to see the table:
//
//	go test ./hindidate -run TestCorpus -v
//
// The rows the package misses today are listed, each with what it reads,
// in testdata/corpus-misses.txt; the test fails when another row misses
// (a regression) or a listed row is read right (the list must shrink).
// Rewrite the list with -update-misses after an intended change.
func TestCorpus(t *testing.T) {
	kolkata := mustLoad(t, "Asia/Kolkata")
	rows := readCorpus(t)
	type tally struct{ n, ok, extra int }
	fam := map[string]*tally{}
	var misses []string
	for i, r := range rows {
		ok, extra, got := corpusResult(t, r, kolkata)
		tl := fam[r.Family]
		if tl == nil {
			tl = &tally{}
			fam[r.Family] = tl
		}
		tl.n++
		if ok {
			tl.ok++
			if extra {
				tl.extra++
			}
			continue
		}
		misses = append(misses, fmt.Sprintf("%d\t%s\t%s\twant %s\tgot %s", i+1, r.Family, r.Phrase, r.Want, got))
	}
	names := make([]string, 0, len(fam))
	for k := range fam {
		names = append(names, k)
	}
	slices.Sort(names)
	var total tally
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s %5s %5s %7s %s\n", "family", "rows", "right", "percent", "(with an extra alternative)")
	for _, k := range names {
		tl := fam[k]
		total.n += tl.n
		total.ok += tl.ok
		total.extra += tl.extra
		fmt.Fprintf(&b, "%-26s %5d %5d %6.1f%% (%d)\n", k, tl.n, tl.ok, 100*float64(tl.ok)/float64(tl.n), tl.extra)
	}
	fmt.Fprintf(&b, "%-26s %5d %5d %6.1f%% (%d)\n", "all", total.n, total.ok, 100*float64(total.ok)/float64(total.n), total.extra)
	t.Logf("corpus coverage (go test ./hindidate -run TestCorpus -v):\n%s", b.String())

	const missesPath = "testdata/corpus-misses.txt"
	if *updateMisses {
		body := "# Rows of corpus.jsonl (line number) that hindidate reads differently from the reader today.\n" +
			"# Rewritten by: go test ./hindidate -run TestCorpus -update-misses\n" + strings.Join(misses, "\n") + "\n"
		if err := os.WriteFile(missesPath, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(missesPath)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		n, _, _ := strings.Cut(line, "\t")
		known[n] = line
	}
	for _, m := range misses {
		n, _, _ := strings.Cut(m, "\t")
		if _, ok := known[n]; !ok {
			t.Errorf("corpus row %s is no longer read right:\n\t%s", n, m)
		}
		delete(known, n)
	}
	for n, line := range known {
		t.Errorf("corpus row %s is read right now; remove it from %s (or run with -update-misses):\n\t%s", n, missesPath, line)
	}
}

// TestCorpusDevanagariDigits reads every corpus sentence and the table
// expressions again with Devanagari digits: the matches must be the same.
func TestCorpusDevanagariDigits(t *testing.T) {
	ref := testRef(t)
	texts := append(append([]string(nil), benchExprs...), newFamilyExprs...)
	for _, r := range readCorpus(t) {
		texts = append(texts, r.Sentence)
	}
	for _, s := range texts {
		dv := toDevanagari(s)
		m1, m2 := FindAll(s, ref), FindAll(dv, ref)
		if len(m1) != len(m2) {
			t.Errorf("FindAll(%q) has %d matches, with Devanagari digits %d", s, len(m1), len(m2))
			continue
		}
		for i := range m1 {
			if toDevanagari(m1[i].Text) != m2[i].Text || show(m1[i].Date) != show(m2[i].Date) {
				t.Errorf("match %d of %q: %q %s versus %q %s", i, s, m1[i].Text, show(m1[i].Date), m2[i].Text, show(m2[i].Date))
			}
		}
		d1, err1 := Parse(s, ref)
		d2, err2 := Parse(dv, ref)
		if (err1 == nil) != (err2 == nil) || err1 == nil && show(d1) != show(d2) {
			t.Errorf("Parse(%q) = %v, %v; with Devanagari digits %v, %v", s, d1, err1, d2, err2)
		}
	}
}
