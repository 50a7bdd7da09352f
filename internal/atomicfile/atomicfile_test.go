package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteFile(t *testing.T) {
	mod := time.Date(2025, time.December, 5, 12, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		old     []byte // nil: no file before
		data    []byte
		modTime time.Time
	}{
		"new file":             {data: []byte("new")},
		"replaces a file":      {old: []byte("old and longer"), data: []byte("new")},
		"sets the modify time": {data: []byte("{}"), modTime: mod},
		"empty":                {old: []byte("x"), data: []byte{}},
		"no sync":              {old: []byte("old"), data: []byte("new"), modTime: mod},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "story.json")
			if tc.old != nil {
				if err := os.WriteFile(p, tc.old, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			write := WriteFile
			if strings.Contains(name, "no sync") {
				write = WriteFileNoSync
			}
			if err := write(p, tc.data, 0o644, tc.modTime); err != nil {
				t.Fatalf("WriteFile: %v", err)
			}
			got, err := os.ReadFile(p)
			if err != nil || string(got) != string(tc.data) {
				t.Fatalf("read back %q, %v; want %q", got, err, tc.data)
			}
			fi, _ := os.Stat(p)
			if fi.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want 0644", fi.Mode().Perm())
			}
			if !tc.modTime.IsZero() && !fi.ModTime().Equal(tc.modTime) {
				t.Errorf("modification time %v, want %v", fi.ModTime(), tc.modTime)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("the directory holds %d entries, want the file alone (no temporary left)", len(entries))
			}
		})
	}
}

func TestWriteFileErrorLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	// A directory where the file should go: the rename fails.
	p := filepath.Join(dir, "taken")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(p, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("data"), 0o644, time.Time{}); err == nil {
		t.Fatal("WriteFile over a non-empty directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the directory holds %d entries after the failure, want 1 (no temporary left)", len(entries))
	}
	if err := WriteFile(filepath.Join(dir, "missing", "f"), nil, 0o644, time.Time{}); err == nil {
		t.Error("WriteFile into a missing directory succeeded")
	}
}
