package draft_test

import (
	"fmt"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/timeline/draft"
)

func ExampleExtract() {
	ist, err := time.LoadLocation("Asia/Kolkata")
	if err != nil {
		fmt.Println(err)
		return
	}
	// The second sentence has no date and gives no draft.
	article := "रिपोर्ट्स के अनुसार, पुतिन का भारत दौरा 5 दिसंबर के आसपास प्रस्तावित है। " +
		"दोनों देशों के बीच व्यापार पर चर्चा हुई। " +
		"जयशंकर ने मंगलवार को मॉस्को में पुतिन से मुलाकात की।"
	dateline := time.Date(2025, time.November, 18, 20, 0, 0, 0, ist)

	events, err := draft.Extract(article, dateline, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		fmt.Println(e.ID, e.Kind, e.When, e.Status())
		fmt.Printf("  [%d:%d] %s\n", e.Draft.Start, e.Draft.End, article[e.Draft.Start:e.Draft.End])
		for _, n := range e.Draft.Notes {
			fmt.Println("  -", n)
		}
	}
	// Output:
	// draft-01-2025-12-05 visit 2025-12-05~2d[Asia/Kolkata] proposed
	//   [0:188] रिपोर्ट्स के अनुसार, पुतिन का भारत दौरा 5 दिसंबर के आसपास प्रस्तावित है।
	//   - date "5 दिसंबर के आसपास" read as 2025-12-05~2d[Asia/Kolkata]
	//   - approximate: taken as ±2 days
	//   - year 2025 taken from the dateline
	//   - kind "visit" guessed from "दौरा"
	//   - status "proposed" guessed from "प्रस्तावित"
	//   - attributed: "रिपोर्ट्स के अनुसार"
	// draft-02-2025-11-18 bilateral_meeting 2025-11-18[Asia/Kolkata] held
	//   [296:434] जयशंकर ने मंगलवार को मॉस्को में पुतिन से मुलाकात की।
	//   - date "मंगलवार" read as 2025-11-18[Asia/Kolkata]
	//   - relative date resolved against the dateline, Tuesday 2025-11-18
	//   - kind "bilateral_meeting" guessed from "मुलाकात"
	//   - status "held" guessed from the past tense "की"
}

func ExampleWhenOf() {
	ist, err := time.LoadLocation("Asia/Kolkata")
	if err != nil {
		fmt.Println(err)
		return
	}
	ref := time.Date(2025, time.November, 18, 20, 0, 0, 0, ist)
	for _, m := range draftMatches("रूसी राष्ट्रपति आगामी दिसंबर में, शायद 5 दिसंबर के आसपास, भारत आएंगे", ref) {
		w, notes := draft.WhenOf(m.Date)
		fmt.Printf("%s → %s %q\n", m.Text, w, notes)
	}
	// Output:
	// आगामी दिसंबर → 2025-12[Asia/Kolkata] []
	// 5 दिसंबर के आसपास → 2025-12-05~2d[Asia/Kolkata] ["approximate: taken as ±2 days"]
}

var draftMatches = hindidate.FindAll
