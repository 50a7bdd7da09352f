package timeline_test

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The golden-file tests of this package are rewritten with
//
//	go test ./timeline -update
//
// Several test files may want the flag; this file's name sorts after theirs,
// so it defines "update" only if no other file has, and every file reads the
// flag through flag.Lookup.
var _ = defineUpdateFlag()

func defineUpdateFlag() bool {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata/")
	}
	return true
}

// updatingGolden reports whether the test run was asked to rewrite golden files.
func updatingGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with the golden file at path, or rewrites the
// file when -update is given.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if updatingGolden() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s\nRun go test -update if the change is intended.", path, diff)
	}
}
