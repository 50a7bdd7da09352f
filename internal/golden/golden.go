// Package golden compares test output with golden files and rewrites them
// when the tests run with -update:
//
//	go test ./timeline -run Markdown -update
//
// It registers the -update flag for every test binary that imports it, so
// the packages' tests share one flag and one way to compare.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ instead of comparing with them")

// Updating reports whether the tests were asked to rewrite golden files.
func Updating() bool { return *update }

// Check compares got with the golden file at path; with -update it writes
// got to path (creating its folder) instead. A difference is reported as a
// diff, with the command that accepts it.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with: %s)", err, updateCommand(t))
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s\nIf the change is intended: %s", path, diff, updateCommand(t))
	}
}

// updateCommand is the command that rewrites t's golden files, runnable from
// the module's root: go test ./timeline -run '^TestX$' -update. (Not every
// package defines -update, so go test ./... -update would fail.)
func updateCommand(t testing.TB) string {
	pkg := "."
	if dir, err := os.Getwd(); err == nil {
		for root := dir; ; {
			if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
				if rel, err := filepath.Rel(root, dir); err == nil {
					pkg = "./" + filepath.ToSlash(rel)
				}
				break
			}
			parent := filepath.Dir(root)
			if parent == root {
				break
			}
			root = parent
		}
	}
	test, _, _ := strings.Cut(t.Name(), "/")
	return "go test " + pkg + " -run '^" + test + "$' -update"
}
