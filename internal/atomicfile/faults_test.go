package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// errFault is the error a step made to fail returns.
var errFault = errors.New("injected fault")

// failingFile is a real temporary file whose step fails (chmod, write,
// sync or close) returns errFault instead of doing its work.
type failingFile struct {
	*os.File
	fails string
}

func (f failingFile) Chmod(mode fs.FileMode) error {
	if f.fails == "chmod" {
		return errFault
	}
	return f.File.Chmod(mode)
}

func (f failingFile) Write(b []byte) (int, error) {
	if f.fails == "write" {
		return 0, errFault
	}
	return f.File.Write(b)
}

func (f failingFile) Sync() error {
	if f.fails == "sync" {
		return errFault
	}
	return f.File.Sync()
}

func (f failingFile) Close() error {
	err := f.File.Close()
	if f.fails == "close" {
		return errFault
	}
	return err
}

// A step of writing the temporary file that fails is an error naming the
// step, and the temporary file is removed.
func TestFillTempFailsAtEachStepAndLeavesNothing(t *testing.T) {
	for _, tt := range []struct {
		fails, want string
	}{
		{"", ""},
		{"chmod", "set its permissions"},
		{"write", "write the temporary file"},
		{"sync", "flush it to disk"},
		{"close", "close the temporary file"},
	} {
		t.Run("fails "+tt.fails, func(t *testing.T) {
			if tt.fails == "chmod" && runtime.GOOS == "windows" {
				t.Skip("Windows has no permissions to set")
			}
			dir := t.TempDir()
			f, err := os.CreateTemp(dir, ".a.toml.tmp-*")
			if err != nil {
				t.Fatal(err)
			}
			err = fillTemp(failingFile{f, tt.fails}, filepath.Join(dir, "a.toml"), []byte("new"), 0o640)
			if tt.want == "" {
				checkErr(t, err, nil)
				checkFile(t, f.Name(), "new", 0o640)
				return
			}
			checkErr(t, err, errFault)
			if !strings.Contains(err.Error(), "a.toml: "+tt.want+": ") {
				t.Errorf("err = %v; want it to say %q", err, tt.want)
			}
			checkNoTemp(t, dir)
		})
	}
}

// fakeFolder is an open folder whose Sync and Close return what it is
// given, and which notes whether it was closed.
type fakeFolder struct {
	sync, close error
	closed      bool
}

func (d *fakeFolder) Sync() error  { return d.sync }
func (d *fakeFolder) Close() error { d.closed = true; return d.close }

// Flushing a folder: the first error counts, a file system that cannot
// flush folders is no error, and the folder is closed whatever happens.
func TestSyncCloseReportsTheFirstErrorAndAlwaysCloses(t *testing.T) {
	errSync, errClose := errors.New("sync failed"), errors.New("close failed")
	unsupported := fmt.Errorf("fsync: %w", errors.ErrUnsupported)
	for _, tt := range []struct {
		name        string
		sync, close error
		want        error
	}{
		{"both work", nil, nil, nil},
		{"sync fails", errSync, nil, errSync},
		{"close fails", nil, errClose, errClose},
		{"both fail: the sync's error", errSync, errClose, errSync},
		{"the file system cannot flush folders", unsupported, nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := &fakeFolder{sync: tt.sync, close: tt.close}
			if err := syncClose(d); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("syncClose = %v; want %v", err, tt.want)
			}
			if !d.closed {
				t.Error("the folder was left open")
			}
		})
	}
}

// errNoHardLinks is what linking returns on a file system without hard
// links (Linux says EPERM).
var errNoHardLinks = &os.LinkError{Op: "link", Err: errors.New("operation not permitted")}

// On a file system without hard links, WriteNew renames instead, and
// still never replaces a file another writer put there first.
func TestWriteNewWithoutHardLinks(t *testing.T) {
	for _, tt := range []struct {
		name     string
		theirs   string // what another writer puts at path while we link; "": nothing
		wantErr  error
		wantData string
	}{
		{name: "renames into place", wantData: "new"},
		{name: "another writer got there first", theirs: "theirs", wantErr: fs.ErrExist, wantData: "theirs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "host_ed25519")
			link := func(_, newname string) error {
				if tt.theirs != "" {
					if err := os.WriteFile(newname, []byte(tt.theirs), 0o600); err != nil {
						t.Fatal(err)
					}
				}
				return errNoHardLinks
			}
			err := writeNew(path, []byte("new"), 0o600, link)
			checkErr(t, err, tt.wantErr)
			checkFile(t, path, tt.wantData, 0o600)
			checkNoTemp(t, dir)
		})
	}
}
