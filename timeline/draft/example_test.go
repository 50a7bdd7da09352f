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
	// The second sentence names no event and gives no draft; the last has
	// no date of its own and is dated by the visit it happens during.
	article := "रिपोर्ट्स के अनुसार, पुतिन का भारत दौरा 5 दिसंबर के आसपास प्रस्तावित है। " +
		"दोनों देशों के बीच व्यापार पर चर्चा हुई। " +
		"जयशंकर ने मंगलवार को मॉस्को में पुतिन से मुलाकात की। " +
		"इस दौरे के दौरान कई समझौतों पर हस्ताक्षर होंगे।"
	dateline := time.Date(2025, time.November, 18, 20, 0, 0, 0, ist)

	events, err := draft.Extract(article, dateline, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		fmt.Println(e.ID, e.Kind, e.When, e.Status(), "inferred:", e.Draft.DateInferred)
		fmt.Printf("  [%d:%d] %s\n", e.Draft.Start, e.Draft.End, article[e.Draft.Start:e.Draft.End])
		for _, n := range e.Draft.Notes {
			fmt.Println("  -", n)
		}
	}
	// Output:
	// draft-01-2025-12-05 visit 2025-12-05~2d[Asia/Kolkata] proposed inferred: false
	//   [0:188] रिपोर्ट्स के अनुसार, पुतिन का भारत दौरा 5 दिसंबर के आसपास प्रस्तावित है।
	//   - date "5 दिसंबर के आसपास" read as 2025-12-05~2d[Asia/Kolkata]
	//   - approximate: taken as ±2 days
	//   - year 2025 taken from the dateline
	//   - kind "visit" guessed from "दौरा"
	//   - attributed: "रिपोर्ट्स के अनुसार"
	//   - status "proposed" guessed from "प्रस्तावित"
	//   - told 2 times in the text: one draft, with every telling in draft.also
	// draft-02-2025-11-18 bilateral_meeting 2025-11-18[Asia/Kolkata] held inferred: false
	//   [296:434] जयशंकर ने मंगलवार को मॉस्को में पुतिन से मुलाकात की।
	//   - date "मंगलवार" read as 2025-11-18[Asia/Kolkata]
	//   - relative date resolved against the dateline, Tuesday 2025-11-18
	//   - kind "bilateral_meeting" guessed from "मुलाकात"
	//   - status "held" guessed from the past tense "की"
	//   - place from "मॉस्को"
	// draft-03-2025-12-05 agreement_signing 2025-12-05~2d[Asia/Kolkata] announced inferred: true
	//   [435:560] इस दौरे के दौरान कई समझौतों पर हस्ताक्षर होंगे।
	//   - date inferred from the visit it happens during ("पुतिन का भारत दौरा 5 दिसंबर के आसपास …"); check it
	//   - kind "agreement_signing" guessed from "हस्ताक्षर"
	//   - status "announced" (planned) guessed from the future tense "होंगे"; check who announced it
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

func ExampleFindDateline() {
	for _, article := range []string{
		"नई दिल्ली, 23 दिसंबर 2024 (Udaipur Kiran) । विदेश मंत्री एस. जयशंकर मंगलवार से अमेरिका जाएंगे।",
		"नई दिल्ली, 27 अप्रैल (हि.स.)। विदेश राज्य मंत्री 28 अप्रैल से यात्रा पर होंगी।",
		"टोक्यो। विदेश मंत्री एस. जयशंकर यहां पहुंचे।",
	} {
		d, ok := draft.FindDateline(article)
		if day, full := d.Date(); full {
			fmt.Printf("%v %q %q: %s\n", ok, d.Place, d.Text, day)
		} else {
			fmt.Printf("%v %q %q: no full date, ask for one\n", ok, d.Place, d.Text)
		}
	}
	// Output:
	// true "नई दिल्ली" "23 दिसंबर 2024": 2024-12-23
	// true "नई दिल्ली" "27 अप्रैल": no full date, ask for one
	// true "टोक्यो" "": no full date, ask for one
}
