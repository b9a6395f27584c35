package journal

import (
	"bytes"
	"errors"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// fakeSyncer is a file or directory whose fsync and close fail as told.
type fakeSyncer struct {
	syncErr, closeErr error
	synced, closed    bool
}

func (s *fakeSyncer) Sync() error  { s.synced = true; return s.syncErr }
func (s *fakeSyncer) Close() error { s.closed = true; return s.closeErr }

// An fsync that fails is reported even when the close after it works:
// the file or folder may not survive a crash, and the caller must know.
// Whatever fails, the file is closed.
func TestSyncCloseReportsTheFirstFailure(t *testing.T) {
	for _, tc := range []struct {
		name              string
		syncErr, closeErr error
		want              error
	}{
		{"both work", nil, nil, nil},
		{"fsync fails", syscall.EIO, nil, syscall.EIO},
		{"close fails", nil, syscall.EBADF, syscall.EBADF},
		{"both fail: the fsync's failure", syscall.EIO, syscall.EBADF, syscall.EIO},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &fakeSyncer{syncErr: tc.syncErr, closeErr: tc.closeErr}
			if err := syncClose(s); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("syncClose = %v, want %v", err, tc.want)
			}
			if !s.synced || !s.closed {
				t.Errorf("synced %v, closed %v; want both", s.synced, s.closed)
			}
		})
	}
}

// A copy aside never overwrites an earlier copy made in the same
// nanosecond: it takes the next free name.
func TestTornCopyTakesTheNextFreeName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	const stamp = 1764950400000000000
	var names []string
	for i := range 3 {
		data := []byte("copy " + strconv.Itoa(i) + "\n")
		name, err := writeCopy(path, data, stamp)
		if err != nil {
			t.Fatal(err)
		}
		if want := path + ".torn-" + strconv.FormatInt(stamp+int64(i), 10); name != want {
			t.Errorf("copy %d at %s, want %s", i, name, want)
		}
		names = append(names, name)
	}
	for i, name := range names {
		if got, want := readFile(t, name), []byte("copy "+strconv.Itoa(i)+"\n"); !bytes.Equal(got, want) {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
}
