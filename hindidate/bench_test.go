package hindidate

import (
	"os"
	"strings"
	"testing"
	"time"
)

// benchExprs is a varied table of expressions for BenchmarkParse: every rule
// family, Devanagari and Latin digits, short and long.
var benchExprs = []string{
	"18 नवंबर 2025",
	"मंगलवार (18 नवंबर 2025)",
	"18-11-2025",
	"2025-11-18",
	"१८ नवंबर २०२५",
	"नवंबर 18, 2025",
	"दिसंबर में",
	"आगामी दिसंबर",
	"पिछले साल दिसंबर में",
	"कल",
	"दो दिन पहले",
	"अगले सप्ताह",
	"अगले मंगलवार",
	"5 दिसंबर के आसपास",
	"लगभग 5 दिसंबर",
	"5 से 7 दिसंबर",
	"30 नवंबर से 2 दिसंबर तक",
	"शाम 5 बजे",
	"सुबह 10:30 बजे",
	"साढ़े पांच बजे",
	"5 दिसंबर को शाम 5 बजे",
	"दिसंबर के पहले सप्ताह",
	"सन् 2025",
	"मॉस्को समयानुसार शाम 5 बजे",
}

func benchRef(b *testing.B) time.Time {
	b.Helper()
	loc, err := time.LoadLocation("Asia/Kolkata")
	if err != nil {
		b.Fatal(err)
	}
	return time.Date(2025, time.November, 18, 20, 0, 0, 0, loc)
}

// BenchmarkParse reports the cost of one Parse call, averaged over the
// table (each op parses one expression).
func BenchmarkParse(b *testing.B) {
	ref := benchRef(b)
	for _, s := range benchExprs {
		if _, err := Parse(s, ref); err != nil {
			b.Fatalf("Parse(%q): %v", s, err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		_, _ = Parse(benchExprs[i], ref)
		i++
		if i == len(benchExprs) {
			i = 0
		}
	}
}

// BenchmarkFindAll scans the seed article (about 7.7 KB of Hindi news).
func BenchmarkFindAll(b *testing.B) {
	ref := benchRef(b)
	text, err := os.ReadFile(seedArticlePath)
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = FindAll(s, ref)
	}
}

// BenchmarkFindAllDense scans a date-dense news paragraph (about 2 KB with
// 20 date expressions) repeated to about 8 KB: the worst case for FindAll.
func BenchmarkFindAllDense(b *testing.B) {
	ref := benchRef(b)
	text, err := os.ReadFile("testdata/dense-hi.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat(string(text), 4)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = FindAll(s, ref)
	}
}
