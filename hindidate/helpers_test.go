package hindidate

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests need Asia/Kolkata and Europe/Moscow everywhere
)

// ref is the dateline of the seed article: Tuesday 18 November 2025, 20:00
// IST. Every table below is written against it.
func testRef(t testing.TB) time.Time {
	t.Helper()
	ref := time.Date(2025, time.November, 18, 20, 0, 0, 0, mustLoad(t, "Asia/Kolkata"))
	if ref.Weekday() != time.Tuesday {
		t.Fatalf("ref %v is a %v, the tables assume Tuesday", ref, ref.Weekday())
	}
	return ref
}

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// show renders a Date compactly for tables: "2025-12-05/2025-12-06 day",
// with times as "2025-11-18T17:00" when they are not midnight, an offset
// when it is not IST, then " approx" and " alt <span>" when set.
func show(d Date) string {
	var b strings.Builder
	b.WriteString(span(d.Start, d.End))
	b.WriteString(" ")
	b.WriteString(d.Granularity.String())
	if d.Approximate {
		b.WriteString(" approx")
	}
	if d.Ambiguous {
		b.WriteString(" alt ")
		b.WriteString(span(d.AltStart, d.AltEnd))
	}
	return b.String()
}

func span(a, b time.Time) string { return stamp(a) + "/" + stamp(b) }

func stamp(t time.Time) string {
	s := t.Format("2006-01-02")
	if h, m, sec := t.Clock(); h != 0 || m != 0 || sec != 0 {
		s = t.Format("2006-01-02T15:04")
	}
	if _, off := t.Zone(); off != 5*3600+1800 {
		s += t.Format("Z07:00")
	}
	return s
}

// parseCase is one row of a Parse table.
type parseCase struct {
	in     string
	want   string // show(date)
	reason string // why the row is subtle, if it is
}

func runParseTable(t *testing.T, p Parser, ref time.Time, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			d, err := p.Parse(tc.in, ref)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v (%s)", tc.in, err, tc.reason)
			}
			if got := show(d); got != tc.want {
				t.Errorf("Parse(%q) = %s, want %s (%s)", tc.in, got, tc.want, tc.reason)
			}
		})
	}
}

// findCase is one row of a FindAll table: the matched texts and dates.
type findCase struct {
	name, text string
	want       []string // "matched text => show(date)"
	reason     string
}

func runFindTable(t *testing.T, ref time.Time, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := FindAll(tc.text, ref)
			var got []string
			for _, m := range ms {
				got = append(got, m.Text+" => "+show(m.Date))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("FindAll(%q) =\n\t%s\nwant\n\t%s\n(%s)", tc.text,
					strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"), tc.reason)
			}
		})
	}
}

// seedArticlePath is the project's seed article, kept once in the
// repository (internal/seed embeds it); hindidate's tests read that copy.
const seedArticlePath = "../internal/seed/article-hi.txt"
