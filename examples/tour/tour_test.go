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

	// The README's output block is the Example's // Output: lines.
	ex, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	_, comment, ok := strings.Cut(string(ex), "\t// Output:\n")
	if !ok {
		t.Fatal("example_test.go lost its // Output: block")
	}
	var printed strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(comment, "}\n"), "\n") {
		line = strings.TrimPrefix(strings.TrimPrefix(line, "\t//"), " ")
		if line != "" || printed.Len() > 0 {
			printed.WriteString(line + "\n")
		}
	}
	want := "```text\n" + strings.TrimRight(printed.String(), "\n") + "\n```\n"
	if !strings.Contains(string(readme), want) {
		t.Errorf("README.md does not show what the tour prints; its text block should be:\n%s", want)
	}
}
