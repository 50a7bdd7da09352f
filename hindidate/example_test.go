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

// Offsets in hours are exact to the minute; in days, an exact day; in
// weeks, months and years, the exact day marked approximate, since the
// writer rounds. में and के भीतर point ahead.
func ExampleParse_offsets() {
	for _, s := range []string{"चार घंटे पहले", "तीन दिन में", "1 साल 3 महीने बाद", "दो हफ्तों के भीतर", "कल से चार दिन बाद"} {
		d, _ := hindidate.Parse(s, ref)
		fmt.Printf("%s: %s .. %s %v approx=%v ambiguous=%v\n", s,
			d.Start.Format("2006-01-02 15:04"), d.End.Format("2006-01-02 15:04"), d.Granularity, d.Approximate, d.Ambiguous)
	}
	// Output:
	// चार घंटे पहले: 2025-11-18 16:00 .. 2025-11-18 16:01 minute approx=false ambiguous=false
	// तीन दिन में: 2025-11-21 00:00 .. 2025-11-22 00:00 day approx=false ambiguous=false
	// 1 साल 3 महीने बाद: 2027-02-18 00:00 .. 2027-02-19 00:00 day approx=true ambiguous=false
	// दो हफ्तों के भीतर: 2025-11-18 00:00 .. 2025-12-02 00:00 day approx=false ambiguous=false
	// कल से चार दिन बाद: 2025-11-21 00:00 .. 2025-11-22 00:00 day approx=false ambiguous=true
}

// Festivals are computed from the Sun and the Moon; where calendars keep
// two days the date is ambiguous, and Islamic festivals are approximate.
func ExampleParse_festivals() {
	for _, s := range []string{"गणतंत्र दिवस", "दिवाली 2024", "रक्षाबंधन", "ईद", "अगले साल होली", "77वां स्वतंत्रता दिवस"} {
		d, err := hindidate.Parse(s, ref)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s", s, d.Start.Format("2006-01-02"))
		if alt, ok := d.Alternative(); ok {
			fmt.Printf(" or %s", alt.Start.Format("2006-01-02"))
		}
		if d.Approximate {
			fmt.Print(" (approximately)")
		}
		fmt.Println()
	}
	// Output:
	// गणतंत्र दिवस: 2026-01-26
	// दिवाली 2024: 2024-10-31 or 2024-11-01
	// रक्षाबंधन: 2025-08-09
	// ईद: 2026-03-21 (approximately)
	// अगले साल होली: 2026-03-04 or 2026-03-03
	// 77वां स्वतंत्रता दिवस: 2023-08-15
}

// Samvat years and tithis as Hindi papers print them.
func ExampleParse_hinduCalendar() {
	for _, s := range []string{"विक्रम संवत 2082", "कार्तिक शुक्ल पंचमी", "माघ पूर्णिमा, विक्रम संवत 2081"} {
		d, _ := hindidate.Parse(s, ref)
		fmt.Printf("%s: %s .. %s\n", s, d.Start.Format("2006-01-02"), d.End.Format("2006-01-02"))
	}
	// Output:
	// विक्रम संवत 2082: 2025-03-30 .. 2026-03-19
	// कार्तिक शुक्ल पंचमी: 2025-10-26 .. 2025-10-27
	// माघ पूर्णिमा, विक्रम संवत 2081: 2025-02-12 .. 2025-02-13
}

// Periods: fiscal years run April to March; quarters of a fiscal year are
// fiscal quarters; decades and centuries are whole years.
func ExampleParse_periods() {
	for _, s := range []string{"वित्त वर्ष 2025-26", "वित्त वर्ष 2026 की पहली तिमाही", "पिछले साल की चौथी तिमाही", "1980 के दशक में", "अगले महीने के तीसरे गुरुवार"} {
		d, _ := hindidate.Parse(s, ref)
		fmt.Printf("%s: %s .. %s %v\n", s, d.Start.Format("2006-01-02"), d.End.Format("2006-01-02"), d.Granularity)
	}
	// Output:
	// वित्त वर्ष 2025-26: 2025-04-01 .. 2026-04-01 month
	// वित्त वर्ष 2026 की पहली तिमाही: 2025-04-01 .. 2025-07-01 month
	// पिछले साल की चौथी तिमाही: 2024-10-01 .. 2025-01-01 month
	// 1980 के दशक में: 1980-01-01 .. 1990-01-01 year
	// अगले महीने के तीसरे गुरुवार: 2025-12-18 .. 2025-12-19 day
}

// A time range ends where its last time begins.
func ExampleParse_timeRange() {
	d, _ := hindidate.Parse("5 दिसंबर को दोपहर 2 से 4 बजे तक", ref)
	fmt.Println(d.Start.Format("2006-01-02 15:04"), "..", d.End.Format("15:04"), d.Granularity)
	// Output:
	// 2025-12-05 14:00 .. 16:00 hour
}

// FindAll reads no date in a gap, a duration or a habit, and reads the
// tense of a request as the future.
func ExampleFindAll_notDates() {
	text := "12 साल बाद पहली बार टीम जीती। हर साल मार्च में मेला लगता है। 23 दिनों में 17 बैठकें होंगी। " +
		"ब्याज दर 7.25 प्रतिशत रही। परसों दोपहर 3 बजे कॉल शेड्यूल कीजिए।"
	for _, m := range hindidate.FindAll(text, ref) {
		fmt.Printf("%q %s\n", m.Text, m.Date.Start.Format("2006-01-02 15:04"))
	}
	// Output:
	// "परसों दोपहर 3 बजे" 2025-11-20 15:00
}
