package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEShowsTheTour keeps the README's tour compiling: the Go block in
// the README must be the tour function of this file, byte for byte.
func TestREADMEShowsTheTour(t *testing.T) {
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(src), "// tour begins\n")
	body, _, ok2 := strings.Cut(body, "\n// tour ends")
	if !ok || !ok2 {
		t.Fatal("main.go lost its '// tour begins' and '// tour ends' markers")
	}
	if !strings.Contains(string(readme), "```go\n"+body+"```\n") {
		t.Errorf("README.md does not show the tour function of examples/tour/main.go; copy it into the README's Go block:\n%s", body)
	}
}
