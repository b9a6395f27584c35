package journal

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLock(t *testing.T) {
	j, path := newJournal(t)

	_, _, _, _, err := Open(path)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open = %v, want ErrLocked", err)
	}
	var le *LockedError
	if !errors.As(err, &le) || le.PID != os.Getpid() {
		t.Errorf("error %#v, want a *LockedError with pid %d", err, os.Getpid())
	}
	want := fmt.Sprintf("meeting journal %s is already open in another gyda (pid %d)", path, os.Getpid())
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want %q", err, want)
	}
	if _, err := Create(path, nil); !errors.Is(err, ErrLocked) {
		t.Errorf("Create of a locked journal = %v, want ErrLocked", err)
	}
	if _, err := j.Append(event(1)); err != nil {
		t.Errorf("Append by the holder after a refused Open: %v", err)
	}

	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	j2, _, recs, _, err := Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	checkRecords(t, recs, 1)
	if err := j2.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestLockFailedOpen checks that an Open that fails on a damaged journal
// does not keep the lock.
func TestLockFailedOpen(t *testing.T) {
	path, good := writeJournal(t, 3)
	writeFile(t, path, []byte("damaged\n"))
	if _, _, _, _, err := Open(path); err == nil {
		t.Fatal("Open of a damaged journal succeeded")
	}
	writeFile(t, path, good)
	j, _, _, _, err := Open(path)
	if err != nil {
		t.Fatalf("Open after a failed Open: %v", err)
	}
	j.Close()
}

func TestLockedErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		err  LockedError
		want string
	}{
		{LockedError{Path: "j.jsonl", PID: 42}, "meeting journal j.jsonl is already open in another gyda (pid 42)"},
		{LockedError{Path: "j.jsonl"}, "meeting journal j.jsonl is already open in another gyda"},
		{LockedError{Path: "j.jsonl", LockPath: "j.jsonl.lock", PID: 7, MayBeStale: true},
			"meeting journal j.jsonl is already open in another gyda (pid 7); if no other gyda is running, delete j.jsonl.lock and try again"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}

// Lock guards any file as a journal's writer guards its journal (cmd/gyda
// locks a group folder with it): a second holder is refused, naming the
// path and this process, until the first releases it.
func TestLockGuardsAnyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "group")
	h, err := Lock(path)
	if err != nil {
		t.Fatalf("Lock: %v", err)
	}
	var le *LockedError
	if _, err := Lock(path); !errors.As(err, &le) || le.Path != path || le.PID != os.Getpid() {
		t.Fatalf("second Lock = %v, want a *LockedError for %s with pid %d", err, path, os.Getpid())
	}
	if err := h.Release(); err != nil {
		t.Fatalf("Release: %v", err)
	}
	h, err = Lock(path)
	if err != nil {
		t.Fatalf("Lock after Release: %v", err)
	}
	if err := h.Release(); err != nil {
		t.Fatal(err)
	}
}
