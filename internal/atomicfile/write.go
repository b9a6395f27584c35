package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Write replaces path with data, or creates it, atomically (see the package
// comment). A new file gets perm; an existing file keeps its permissions.
func Write(path string, data []byte, perm fs.FileMode) error {
	if info, err := os.Stat(path); err == nil {
		perm = info.Mode().Perm()
	}
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: put the new file in place: %w; the old file, if any, is unchanged", path, err)
	}
	return syncAfter(path)
}

// WriteNew creates path holding data, with permissions perm, atomically
// (see the package comment); it never replaces a file. If path exists,
// WriteNew changes nothing and returns an error that wraps fs.ErrExist, so
// that of two processes writing the same new file at once, the first one
// wins and the second can read what the first wrote.
//
// It links the temporary file into place, which fails when path exists. On
// a file system without hard links it checks that path does not exist and
// renames instead; there, two writers at the very same moment may both
// succeed, the later one's file kept whole.
func WriteNew(path string, data []byte, perm fs.FileMode) error {
	return writeNew(path, data, perm, os.Link)
}

// writeNew is WriteNew with link for os.Link, so that a test can be a file
// system without hard links.
func writeNew(path string, data []byte, perm fs.FileMode, link func(oldname, newname string) error) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("write %s: %w", path, fs.ErrExist)
	}
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("write %s: %w", path, fs.ErrExist)
		}
		if _, serr := os.Lstat(path); serr == nil {
			return fmt.Errorf("write %s: %w", path, fs.ErrExist)
		}
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("write %s: put the new file in place: %w", path, err)
		}
	}
	return syncAfter(path)
}

// SyncDir flushes a folder to disk, so that a file just created, renamed or
// removed in it survives a power cut. A folder that cannot be opened is an
// error (one wrapping fs.ErrNotExist when it is not there). Windows cannot
// open a folder to flush it and needs no such step (NTFS journals folder
// changes itself), and a file system that cannot flush folders is not an
// error either.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return syncClose(d)
}

// syncCloser is an open folder or file: an *os.File, or in a test one
// whose Sync or Close fails.
type syncCloser interface {
	Sync() error
	Close() error
}

// syncClose flushes an open folder to disk and closes it. The first
// error counts, unless it says the file system cannot flush folders.
func syncClose(d syncCloser) error {
	err := d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, errors.ErrUnsupported) {
		return nil
	}
	return err
}

// writeTemp writes data to a new temporary file beside path, with
// permissions perm, flushed to disk and closed, and returns its name. On
// failure it removes the file.
func writeTemp(path string, data []byte, perm fs.FileMode) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write %s: make a temporary file beside it: %w", path, err)
	}
	if err := fillTemp(tmp, path, data, perm); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

// tempFile is a temporary file being written: an *os.File, or in a test
// one whose steps fail.
type tempFile interface {
	syncCloser
	Name() string
	Chmod(mode fs.FileMode) error
	Write(b []byte) (int, error)
}

// fillTemp gives tmp permissions perm, writes data to it, flushes it to
// disk and closes it; on failure it removes it and says which step failed
// for path, the file tmp was to become.
func fillTemp(tmp tempFile, path string, data []byte, perm fs.FileMode) error {
	fail := func(step string, err error) error {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %s: %w; the old file, if any, is unchanged", path, step, err)
	}
	if err := tmp.Chmod(perm); err != nil && runtime.GOOS != "windows" {
		return fail("set its permissions", err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail("write the temporary file", err)
	}
	if err := tmp.Sync(); err != nil {
		return fail("flush it to disk", err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: close the temporary file: %w; the old file, if any, is unchanged", path, err)
	}
	return nil
}

// syncAfter flushes path's folder once the file is in place.
func syncAfter(path string) error {
	if err := SyncDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("write %s: the file is written but its folder could not be flushed to disk: %w", path, err)
	}
	return nil
}
