package hindidate

import (
	"os"
	"slices"
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

// newFamilyExprs are expressions of the families of issue 11, one or more
// per family; BenchmarkParse and the fuzz targets use them too.
var newFamilyExprs = []string{
	"चार घंटे पहले",
	"ढाई घंटे बाद",
	"अगले 48 घंटों में",
	"दो हफ्तों के भीतर",
	"1 साल 3 महीने बाद",
	"कल से चार दिन बाद",
	"तीन साल पहले",
	"1980 के दशक में",
	"बीसवीं सदी",
	"गणतंत्र दिवस",
	"दिवाली",
	"अगले साल होली",
	"ईद",
	"गुड फ्राइडे",
	"12 अक्टू॰ 2025",
	"इक्कीस मार्च",
	"पहली अप्रैल",
	"सन उन्नीस सौ सैंतालीस",
	"सात बजकर पंद्रह मिनट",
	"अगले सप्ताह शुक्रवार को",
	"अगले महीने के तीसरे गुरुवार",
	"पिछले साल की चौथी तिमाही",
	"वित्त वर्ष 2025-26",
	"12 मार्च 2026, 14:30",
	"कल शाम 6",
	"दोपहर 2 से 4 बजे तक",
	"12 से 14 मार्च के बीच",
	"कल से परसों तक",
	"जून या जुलाई में",
	"12-03-2026",
	"इस महीने की 5 तारीख को",
	"इस वक्त",
	"गत माह",
	"विक्रम संवत 2082",
	"कार्तिक शुक्ल पंचमी",
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
	exprs := append(append([]string(nil), benchExprs...), newFamilyExprs...)
	for _, s := range exprs {
		if _, err := Parse(s, ref); err != nil { // also fills the festival and tithi caches
			b.Fatalf("Parse(%q): %v", s, err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		_, _ = Parse(exprs[i], ref)
		i++
		if i == len(exprs) {
			i = 0
		}
	}
}

// BenchmarkParseMedian times every expression of the table separately
// and reports the median and the slowest, in ns per Parse: the issue asks
// for a median under a microsecond. b.N rounds of the table are run.
func BenchmarkParseMedian(b *testing.B) {
	ref := benchRef(b)
	exprs := append(append([]string(nil), benchExprs...), newFamilyExprs...)
	for _, s := range exprs {
		if _, err := Parse(s, ref); err != nil {
			b.Fatalf("Parse(%q): %v", s, err)
		}
	}
	per := make([]time.Duration, len(exprs))
	const reps = 64
	b.ResetTimer()
	for b.Loop() {
		for i, s := range exprs {
			start := time.Now()
			for range reps {
				_, _ = Parse(s, ref)
			}
			per[i] += time.Since(start)
		}
	}
	b.StopTimer()
	ns := make([]float64, len(per))
	for i, d := range per {
		ns[i] = float64(d.Nanoseconds()) / float64(reps*b.N)
	}
	slices.Sort(ns)
	b.ReportMetric(ns[len(ns)/2], "median-ns/parse")
	b.ReportMetric(ns[len(ns)-1], "max-ns/parse")
	b.ReportMetric(0, "ns/op")
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
