// Package atomicfile writes files so that a reader (a server watching a
// folder, nginx serving an export, an editor's sync tool) sees either the
// old file or the new one, never a part of it: the bytes go to a
// temporary file in the same directory, which is synced and then renamed
// over the old name (rename is atomic within a file system on POSIX).
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// WriteFile writes data to name atomically, with permissions perm (the
// umask is not applied: reading it would mean changing it for every
// goroutine of the process) and, when modTime is not zero, that
// modification time, which is set before the rename so that no reader
// sees the new bytes with another time. The directory must exist. On
// error the old file, if any, is left as it was and no temporary file is
// left behind.
func WriteFile(name string, data []byte, perm os.FileMode, modTime time.Time) (err error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	// A leading dot keeps the temporary file out of "*.json" scans and
	// static listings.
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600: readable by a web server's user
	// only if perm says so.
	if err = os.Chmod(tmp, perm); err != nil {
		return err
	}
	if !modTime.IsZero() {
		if err = os.Chtimes(tmp, modTime, modTime); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, name); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	// Make the rename itself durable; a directory that cannot be synced
	// (some file systems refuse) does not undo a completed rename.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
