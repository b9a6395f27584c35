package journal

import (
	"io"
	"os"
	"strconv"
	"strings"
)

// lockPath is the lock file that guards the journal at path.
func lockPath(path string) string { return path + ".lock" }

// lock is a held journal lock.
type lock struct {
	path string
	f    *os.File
}

// writePID records this process's id in the held lock file, so that a
// second gyda can say who holds the lock. It is only a courtesy: the lock
// itself does not depend on it, and errors are ignored.
func writePID(f *os.File) {
	if err := f.Truncate(0); err != nil {
		return
	}
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
}

// readPID returns the process id recorded in a lock file, or 0.
func readPID(f *os.File) int {
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 32))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}

// Held is a lock taken with Lock.
type Held struct{ l *lock }

// Lock takes the lock a journal's writer takes, on PATH.lock, for another
// file that one gyda at a time may act for: cmd/gyda takes it on a group
// folder, so that only one meeting of a group runs at once. Another
// holder is a *LockedError (its Path is path), with the holder's process
// id when known. Like a journal's lock, it goes when its holder exits.
func Lock(path string) (*Held, error) {
	l, err := acquireLock(path)
	if err != nil {
		return nil, err
	}
	return &Held{l: l}, nil
}

// Release gives the lock up.
func (h *Held) Release() error { return h.l.release() }
