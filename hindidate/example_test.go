package hindidate_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
)

// The dateline of the examples: Tuesday 18 November 2025, 20:00 IST.
var ref = time.Date(2025, time.November, 18, 20, 0, 0, 0, time.FixedZone("IST", 5*3600+1800))

func ExampleParse() {
	for _, s := range []string{
		"18 नवंबर 2025",
		"५ से ७ दिसंबर",
		"अगले सप्ताह",
		"5 दिसंबर को शाम 5 बजे",
		"लगभग 5 दिसंबर",
	} {
		d, err := hindidate.Parse(s, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s .. %s %v approx=%v\n", s,
			d.Start.Format("2006-01-02 15:04"), d.End.Format("2006-01-02 15:04"), d.Granularity, d.Approximate)
	}
	_, err := hindidate.Parse("31 नवंबर", ref)
	fmt.Println(err, errors.Is(err, hindidate.ErrInvalidDate))
	// Output:
	// 18 नवंबर 2025: 2025-11-18 00:00 .. 2025-11-19 00:00 day approx=false
	// ५ से ७ दिसंबर: 2025-12-05 00:00 .. 2025-12-08 00:00 day approx=false
	// अगले सप्ताह: 2025-11-24 00:00 .. 2025-12-01 00:00 week approx=false
	// 5 दिसंबर को शाम 5 बजे: 2025-12-05 17:00 .. 2025-12-05 18:00 hour approx=false
	// लगभग 5 दिसंबर: 2025-12-05 00:00 .. 2025-12-06 00:00 day approx=true
	// hindidate: parsing "31 नवंबर": at byte 0 ("31 नवंबर"): invalid date: no such day in the month true
}

func ExampleParse_ambiguous() {
	d, _ := hindidate.Parse("कल", ref)
	fmt.Println(d.Ambiguous, d.Start.Format("2 Jan"), "or", d.AltStart.Format("2 Jan"))
	// Output:
	// true 17 Nov or 19 Nov
}

func ExampleFindAll() {
	text := "विदेश मंत्री ने मंगलवार (18 नवंबर 2025) को पुतिन से मुलाकात की। " +
		"कल मुलाकात होगी। उनका दौरा 5 दिसंबर के आसपास प्रस्तावित है। कुल मिलाकर 1920 लोग आए।"
	for _, m := range hindidate.FindAll(text, ref) {
		fmt.Printf("%d-%d %q %s %v approx=%v\n", m.Start, m.End, m.Text,
			m.Date.Start.Format("2006-01-02"), m.Date.Granularity, m.Date.Approximate)
	}
	// Output:
	// 42-89 "मंगलवार (18 नवंबर 2025)" 2025-11-18 day approx=false
	// 152-158 "कल" 2025-11-19 day approx=false
	// 223-266 "5 दिसंबर के आसपास" 2025-12-05 day approx=true
}

func ExampleFormat() {
	t := time.Date(2025, time.November, 18, 17, 0, 0, 0, ref.Location())
	fmt.Println(hindidate.Format(t, "2 January 2006, Monday"))
	fmt.Println(hindidate.Format(t, "Monday को PM 3 बजे"))
	fmt.Println(hindidate.FormatWith(t, "2 January 2006", hindidate.FormatOptions{Digits: hindidate.DevanagariDigits}))
	// Output:
	// 18 नवंबर 2025, मंगलवार
	// मंगलवार को शाम 5 बजे
	// १८ नवंबर २०२५
}

func ExampleParser() {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		fmt.Println(err)
		return
	}
	p := hindidate.Parser{LocalZone: london}
	d, _ := p.Parse("स्थानीय समयानुसार सुबह 9 बजे", ref)
	fmt.Println(d.Start.Format(time.RFC3339))
	d, _ = p.Parse("मॉस्को समयानुसार शाम 5 बजे", ref)
	fmt.Println(d.Start.Format(time.RFC3339))
	// Output:
	// 2025-11-18T09:00:00Z
	// 2025-11-18T17:00:00+03:00
}

// FindAll keeps a date whose weekday contradicts it, and says so on the
// match, with both readings; Parse refuses it.
func ExampleMatch_weekday() {
	text := "जयशंकर ने गुरुवार (18 नवंबर 2025) को पुतिन से मुलाकात की।"
	for _, m := range hindidate.FindAll(text, ref) {
		w := m.Weekday
		fmt.Printf("%s: %s, written %v, contradicts=%v\n", m.Text, m.Date.Start.Format("Mon 2 Jan 2006"), w.Weekday, w.Contradicts)
		fmt.Println("by the date:", w.ByDate.Start.Format("Mon 2 Jan"), "by the weekday:", w.ByWeekday.Start.Format("Mon 2 Jan"))
	}
	_, err := hindidate.Parse("गुरुवार (18 नवंबर 2025)", ref)
	fmt.Println(err)
	// Output:
	// गुरुवार (18 नवंबर 2025): Tue 18 Nov 2025, written Thursday, contradicts=true
	// by the date: Tue 18 Nov by the weekday: Thu 20 Nov
	// hindidate: parsing "गुरुवार (18 नवंबर 2025)": at byte 0 ("गुरुवार (18 नवंब…"): invalid date: weekday contradicts the date
}
