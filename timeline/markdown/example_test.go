package markdown_test

import (
	"fmt"
	"os"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/markdown"
)

// exampleTimeline is a small timeline: an evening meeting in Moscow, which
// is already night in India, and a visit proposed for around 5 December.
func exampleTimeline() *timeline.Timeline {
	return &timeline.Timeline{
		Title: timeline.Text{Hi: "भारत–रूस", En: "India–Russia"},
		Events: []timeline.Event{
			{
				ID:    "putin-visit",
				Kind:  timeline.Visit,
				Title: timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
				When:  date.AroundDay(date.Of(2025, time.December, 5), 2),
				History: []timeline.StatusChange{
					{Status: timeline.Proposed, On: date.Of(2025, time.November, 18), Source: "reports"},
				},
				Sources: []timeline.Source{{
					ID: "reports", Outlet: "Media reports",
					Attribution: timeline.Text{Hi: "रिपोर्ट्स के अनुसार", En: "according to reports"},
				}},
			},
			{
				ID:    "jaishankar-putin",
				Kind:  timeline.BilateralMeeting,
				Title: timeline.Text{Hi: "जयशंकर–पुतिन मुलाकात", En: "Jaishankar meets Putin"},
				When:  date.AtClock(date.Of(2025, time.November, 18), 19, 0, "Europe/Moscow"),
				Place: timeline.Place{City: timeline.Text{Hi: "मॉस्को", En: "Moscow"}, Country: "RU", TimeZone: "Europe/Moscow"},
			},
		},
	}
}

func ExampleEncode() {
	if err := markdown.Encode(os.Stdout, exampleTimeline(), nil); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # भारत–रूस
	//
	// अद्यतन: 18 नवंबर 2025
	//
	// ## नवंबर 2025
	//
	// ### जयशंकर–पुतिन मुलाकात
	//
	// - **तारीख:** 18 नवंबर 2025, मंगलवार, शाम 7:00 बजे (मॉस्को समय, UTC+3) · रात 9:30 बजे (भारतीय समय)
	// - **प्रकार:** द्विपक्षीय बैठक
	// - **स्थान:** मॉस्को, रूस
	//
	// ## दिसंबर 2025
	//
	// ### पुतिन का भारत दौरा
	//
	// - **तारीख:** 5 दिसंबर 2025 के आसपास (±2 दिन)
	// - **प्रकार:** यात्रा
	// - **स्थिति:** प्रस्तावित — रिपोर्ट्स के अनुसार (18 नवंबर 2025 की सूचना)
	// - **स्रोत:**
	//   - रिपोर्ट्स के अनुसार — Media reports
}

func ExampleEncode_english() {
	opts := &markdown.Options{Lang: timeline.English}
	if err := markdown.Encode(os.Stdout, exampleTimeline(), opts); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # India–Russia
	//
	// Updated: 18 November 2025
	//
	// ## November 2025
	//
	// ### Jaishankar meets Putin
	//
	// - **Date:** Tuesday, 18 November 2025, 7:00 pm (Moscow time, UTC+3) · 9:30 pm (India time, IST)
	// - **Kind:** bilateral meeting
	// - **Place:** Moscow, Russia
	//
	// ## December 2025
	//
	// ### Putin's visit to India
	//
	// - **Date:** around 5 December 2025 (±2 days)
	// - **Kind:** visit
	// - **Status:** proposed — according to reports (reported 18 November 2025)
	// - **Sources:**
	//   - according to reports — Media reports
}

func ExampleEncode_mermaid() {
	tl := exampleTimeline()
	tl.Events = tl.Events[:1]
	opts := &markdown.Options{Mermaid: true, Digits: hindidate.DevanagariDigits}
	if err := markdown.Encode(os.Stdout, tl, opts); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # भारत–रूस
	//
	// अद्यतन: १८ नवंबर २०२५
	//
	// ```mermaid
	// timeline
	//     title भारत–रूस
	//     section दिसंबर २०२५
	//         ५ दिसंबर २०२५ के आसपास (±२ दिन) : पुतिन का भारत दौरा (प्रस्तावित)
	// ```
	//
	// ## दिसंबर २०२५
	//
	// ### पुतिन का भारत दौरा
	//
	// - **तारीख:** ५ दिसंबर २०२५ के आसपास (±२ दिन)
	// - **प्रकार:** यात्रा
	// - **स्थिति:** प्रस्तावित — रिपोर्ट्स के अनुसार (१८ नवंबर २०२५ की सूचना)
	// - **स्रोत:**
	//   - रिपोर्ट्स के अनुसार — Media reports
}
