package main

import "fmt"

// Example runs the README tour; go test checks what it prints, and
// TestREADMEShowsTheTour checks that the README shows the same output.
func Example() {
	if err := tour(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 5 Dec 2025 day true
	// 2025-12-05~2d[Asia/Kolkata] proposed
	// true true
	// अद्यतन: 18 नवंबर 2025
	//
	// ## दिसंबर 2025
	//
	// ### पुतिन का भारत दौरा
	//
	// - **तारीख:** 5 दिसंबर 2025 के आसपास (±2 दिन)
	// - **प्रकार:** यात्रा
	// - **स्थिति:** प्रस्तावित — रिपोर्ट्स के अनुसार (18 नवंबर 2025 की सूचना)
	// - **स्रोत:**
	//   - रिपोर्ट्स के अनुसार — Media reports, 18 नवंबर 2025
}
