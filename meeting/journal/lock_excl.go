//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// acquireLock creates PATH.lock exclusively. Without flock(2) the lock
// survives a crash of its holder, so a LockedError from here says the lock
// may be stale and which file to delete.
func acquireLock(path string) (*lock, error) {
	lp := lockPath(path)
	f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		pid := 0
		if g, err := os.Open(lp); err == nil {
			pid = readPID(g)
			g.Close()
		}
		return nil, &LockedError{Path: path, LockPath: lp, PID: pid, MayBeStale: true}
	}
	if err != nil {
		return nil, fmt.Errorf("lock journal %s: %w", path, err)
	}
	writePID(f)
	return &lock{path: lp, f: f}, nil
}

// release closes and removes the lock file.
func (l *lock) release() error {
	err := l.f.Close()
	if rerr := os.Remove(l.path); err == nil {
		err = rerr
	}
	return err
}
