package hindi_test

import (
	"fmt"

	"github.com/samayrekha/samayrekha/internal/hindi"
)

func Example() {
	text := "डॉ. एस. जयशंकर ने 18 नवंबर को पुतिन से मुलाकात की थी. विदेश मंत्रालय के मुताबिक, 5 दिसंबर का दौरा टल गया है। दोनों मंत्री अगले साल मिलेंगी।"
	for _, s := range hindi.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
		if v, ok := hindi.LastVerb(text, s.Start, s.End); ok {
			fmt.Printf("  verb %q: %v\n", text[v.Start:v.End], v.Tense)
		}
		for _, c := range hindi.StatusCues(text, s.Start, s.End) {
			fmt.Printf("  status %q: %v\n", text[c.Start:c.End], c.Status)
		}
		for _, a := range hindi.Attributions(text, s.Start, s.End) {
			fmt.Printf("  source %q\n", text[a.Source.Start:a.Source.End])
		}
	}
	// Output:
	// डॉ. एस. जयशंकर ने 18 नवंबर को पुतिन से मुलाकात की थी.
	//   verb "की थी": past
	// विदेश मंत्रालय के मुताबिक, 5 दिसंबर का दौरा टल गया है।
	//   verb "गया है": past
	//   status "टल गया है": postponed
	//   source "विदेश मंत्रालय"
	// दोनों मंत्री अगले साल मिलेंगी।
	//   verb "मिलेंगी": future
}
