package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/meeting/journal"
)

// lockGroup takes the group folder's lock, held while a meeting of the
// group runs: starting or resuming a meeting takes it first, so two gyda
// started together on one group never open two meetings, and a second
// one is told who holds it (process, since when) and how to carry on. It
// returns the function that gives the lock up.
//
// A group folder that does not exist is not made here: loading it says
// what is wrong.
func lockGroup(group string) (func(), error) {
	if fi, err := os.Stat(group); err != nil || !fi.IsDir() {
		return func() {}, nil
	}
	dir := filepath.Join(group, ".gyda")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("lock the group folder %s: %w", group, err)
	}
	path := filepath.Join(dir, "meeting")
	held, err := journal.Lock(path)
	var le *journal.LockedError
	if errors.As(err, &le) {
		who := "another gyda"
		pid := le.PID
		for try := 0; pid == 0 && try < 20; try++ {
			// It has the lock but may not have written its id yet.
			time.Sleep(10 * time.Millisecond)
			if b, rerr := os.ReadFile(le.LockPath); rerr == nil {
				pid, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
		}
		if abs, aerr := filepath.Abs(group); aerr == nil {
			group = abs
		}
		if pid > 0 {
			who += fmt.Sprintf(" (process %d", pid)
			if fi, serr := os.Stat(le.LockPath); serr == nil {
				who += ", since " + fi.ModTime().Local().Format("15:04 on 2 January 2006")
			}
			who += ")"
		}
		msg := fmt.Sprintf("%s is already running a meeting of the group in %s; only one may run at a time. "+
			"Carry on in that one; when it has ended (or been closed), run gyda run again here to start the next or resume it", who, group)
		if le.MayBeStale {
			msg += fmt.Sprintf(". If no other gyda is running, delete %s and try again", le.LockPath)
		}
		return nil, errors.New(msg)
	}
	if err != nil {
		return nil, fmt.Errorf("lock the group folder %s: %w", group, err)
	}
	return func() { _ = held.Release() }, nil
}
