//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package journal

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// acquireLock takes an exclusive flock(2) on PATH.lock without waiting.
// The kernel drops the lock when the holder exits, however it exits, so a
// killed gyda never leaves a lock behind. release removes the lock file
// while still holding the lock; to stay correct when that happens between
// our open and our flock, the lock only counts if the path still names the
// file we locked.
func acquireLock(path string) (*lock, error) {
	lp := lockPath(path)
	for range 100 {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return nil, fmt.Errorf("lock journal %s: %w", path, err)
		}
		if err := flock(f, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			pid := readPID(f)
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, &LockedError{Path: path, LockPath: lp, PID: pid}
			}
			return nil, fmt.Errorf("lock journal %s: flock %s: %w", path, lp, err)
		}
		held, herr := f.Stat()
		now, nerr := os.Stat(lp)
		if herr == nil && nerr == nil && os.SameFile(held, now) {
			writePID(f)
			return &lock{path: lp, f: f}, nil
		}
		f.Close() // removed or replaced by its last holder: try again
	}
	return nil, fmt.Errorf("lock journal %s: the lock file %s keeps changing", path, lp)
}

// release removes the lock file and then drops the lock.
func (l *lock) release() error {
	os.Remove(l.path)
	return l.f.Close()
}

// flock applies flock(2) to f, retrying on EINTR.
func flock(f *os.File, how int) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) {
		for {
			ferr = syscall.Flock(int(fd), how)
			if ferr != syscall.EINTR {
				return
			}
		}
	}); err != nil {
		return err
	}
	return ferr
}
