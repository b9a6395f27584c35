package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// before is what a folder holds before a write: a file's contents and mode,
// by name; a mode of 0 means a folder.
type before map[string]struct {
	data string
	mode fs.FileMode
}

func (b before) make(t *testing.T, dir string) {
	t.Helper()
	for name, f := range b {
		p := filepath.Join(dir, name)
		if f.mode == 0 {
			if err := os.MkdirAll(filepath.Join(p, "inside"), 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte(f.data), f.mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, f.mode); err != nil {
			t.Fatal(err)
		}
	}
}

// writeCase is one write into a fresh folder holding before.
type writeCase struct {
	name     string
	before   before
	path     string // relative to the test's folder
	perm     fs.FileMode
	wantErr  error  // nil: success
	wantData string // "": the file is not checked
	wantMode fs.FileMode
}

func TestWrite(t *testing.T) {
	runWrites(t, Write, []writeCase{
		{name: "a new file gets perm", path: "a.toml", perm: 0o644, wantData: "new", wantMode: 0o644},
		{name: "a new private file", path: "draft.json", perm: 0o600, wantData: "new", wantMode: 0o600},
		{name: "an existing file is replaced and keeps its mode",
			before: before{"a.toml": {"old", 0o600}}, path: "a.toml", perm: 0o644, wantData: "new", wantMode: 0o600},
		{name: "an existing file others may read keeps that too",
			before: before{"a.toml": {"old", 0o664}}, path: "a.toml", perm: 0o600, wantData: "new", wantMode: 0o664},
		{name: "no such folder", path: "no/such/a.toml", perm: 0o644, wantErr: fs.ErrNotExist},
		{name: "a folder in the way is left as it was",
			before: before{"a.toml": {mode: 0}}, path: "a.toml", perm: 0o644, wantErr: errAny},
	})
}

func TestWriteNew(t *testing.T) {
	runWrites(t, WriteNew, []writeCase{
		{name: "a new key is private", path: "host_ed25519", perm: 0o600, wantData: "new", wantMode: 0o600},
		{name: "a new file gets perm", path: "a.toml", perm: 0o644, wantData: "new", wantMode: 0o644},
		{name: "an existing file is refused and unchanged",
			before: before{"host_ed25519": {"old", 0o600}}, path: "host_ed25519", perm: 0o600, wantErr: fs.ErrExist,
			wantData: "old", wantMode: 0o600},
		{name: "a folder in the way is refused",
			before: before{"a.toml": {mode: 0}}, path: "a.toml", perm: 0o644, wantErr: fs.ErrExist},
		{name: "no such folder", path: "no/such/a.toml", perm: 0o644, wantErr: fs.ErrNotExist},
	})
}

// runWrites writes "new" with write for each case, and checks the error,
// the file and that no temporary file is left.
func runWrites(t *testing.T, write func(string, []byte, fs.FileMode) error, tests []writeCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.before.make(t, dir)
			path := filepath.Join(dir, tt.path)
			err := write(path, []byte("new"), tt.perm)
			checkErr(t, err, tt.wantErr)
			checkNoTemp(t, dir)
			if tt.wantData != "" {
				checkFile(t, path, tt.wantData, tt.wantMode)
			}
		})
	}
}

// Of many writers of one new file at once, exactly one succeeds and its
// file is whole.
func TestWriteNewRace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "host_ed25519")
	const writers = 8
	errs := make(chan error, writers)
	for i := range writers {
		go func() { errs <- WriteNew(path, []byte(strings.Repeat(string(rune('a'+i)), 4096)), 0o600) }()
	}
	won := 0
	for range writers {
		err := <-errs
		switch {
		case err == nil:
			won++
		case !errors.Is(err, fs.ErrExist):
			t.Errorf("a writer that lost: %v; want fs.ErrExist", err)
		}
	}
	if won != 1 {
		t.Errorf("%d writers created the file; want 1", won)
	}
	got, _ := os.ReadFile(path)
	if len(got) != 4096 || strings.Count(string(got), string(got[:1])) != 4096 {
		t.Errorf("the file is not one writer's whole data (%d bytes)", len(got))
	}
	checkNoTemp(t, dir)
}

func TestSyncDir(t *testing.T) {
	if err := SyncDir(t.TempDir()); err != nil {
		t.Errorf("SyncDir of a folder: %v", err)
	}
	if err := SyncDir(filepath.Join(t.TempDir(), "gone")); runtime.GOOS != "windows" && !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("SyncDir of no folder: %v; want it not to exist", err)
	}
}

// errAny stands for "some error" in a table.
var errAny = errors.New("any error")

func checkErr(t *testing.T, err, want error) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Fatalf("err = %v; want none", err)
	case want != nil && err == nil:
		t.Fatalf("no error; want %v", want)
	case want != nil && want != errAny && !errors.Is(err, want):
		t.Fatalf("err = %v; want one wrapping %v", err, want)
	}
}

func checkFile(t *testing.T, path, data string, mode fs.FileMode) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != data {
		t.Errorf("%s holds %q; want %q", filepath.Base(path), got, data)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != mode {
		t.Errorf("%s has mode %v; want %v", filepath.Base(path), info.Mode().Perm(), mode)
	}
}

// checkNoTemp fails if a temporary file is left anywhere under dir.
func checkNoTemp(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", p)
		}
		return nil
	})
}
