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
func WriteFile(name string, data []byte, perm os.FileMode, modTime time.Time) error {
	return write(name, data, perm, modTime, true)
}

// WriteFileNoSync is WriteFile without the syncs: readers still see the
// old bytes or the new ones, never a part, but after a crash the file may
// be empty or old. It is for a tool that writes thousands of files (a
// static export) and syncs once at the end (syscall.Sync), where a sync
// per file would cost more than the writing.
func WriteFileNoSync(name string, data []byte, perm os.FileMode, modTime time.Time) error {
	return write(name, data, perm, modTime, false)
}

func write(name string, data []byte, perm os.FileMode, modTime time.Time, sync bool) error {
	f, err := Create(name, perm, sync)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit(modTime)
}

// File is a file being written atomically: write to it, then Commit to put
// it in place or Abort to leave the old file as it was. Create one with
// [Create].
type File struct {
	*os.File
	name string
	perm os.FileMode
	sync bool
}

// Create starts writing name atomically (see [WriteFile]; sync false as
// in [WriteFileNoSync]), for bytes that come in pieces, such as a hundred
// megabytes of a calendar that should not be held in memory twice.
func Create(name string, perm os.FileMode, sync bool) (*File, error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	// A leading dot keeps the temporary file out of "*.json" scans and
	// static listings.
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &File{File: f, name: name, perm: perm, sync: sync}, nil
}

// Abort closes and removes the temporary file; the old file stays.
func (f *File) Abort() {
	f.File.Close()
	os.Remove(f.File.Name())
}

// Commit puts the written bytes in place, with the modification time
// modTime unless it is zero. On error the old file stays and the
// temporary file is removed.
func (f *File) Commit(modTime time.Time) (err error) {
	tmp := f.File.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if f.sync {
		if err = f.File.Sync(); err != nil {
			f.File.Close()
			return err
		}
	}
	if err = f.File.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600: readable by a web server's user
	// only if perm says so.
	if err = os.Chmod(tmp, f.perm); err != nil {
		return err
	}
	if !modTime.IsZero() {
		if err = os.Chtimes(tmp, modTime, modTime); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, f.name); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	if !f.sync {
		return nil
	}
	// Make the rename itself durable; a directory that cannot be synced
	// (some file systems refuse) does not undo a completed rename.
	if d, derr := os.Open(filepath.Dir(f.name)); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
