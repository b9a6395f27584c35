package journal

import (
	"errors"
	"fmt"
)

// ErrLocked is matched (with errors.Is) by the error Create and Open return
// when another gyda already has the journal open for writing.
var ErrLocked = errors.New("journal is locked by another gyda")

// ErrClosed is matched by the error Append returns after Close.
var ErrClosed = errors.New("journal is closed")

// LockedError reports that another process holds a journal's lock.
type LockedError struct {
	// Path is the journal's path.
	Path string
	// LockPath is the lock file's path.
	LockPath string
	// PID is the process id of the holder as it recorded it, or 0 if
	// unknown.
	PID int
	// MayBeStale is true on systems without flock(2), where a lock left by
	// a gyda that crashed is not released by the kernel: the lock file then
	// has to be removed by hand, and the message says so.
	MayBeStale bool
}

// Error says which journal is locked and, when known, by which process.
func (e *LockedError) Error() string {
	msg := fmt.Sprintf("meeting journal %s is already open in another gyda", e.Path)
	if e.PID > 0 {
		msg += fmt.Sprintf(" (pid %d)", e.PID)
	}
	if e.MayBeStale {
		msg += fmt.Sprintf("; if no other gyda is running, delete %s and try again", e.LockPath)
	}
	return msg
}

// Is reports whether target is ErrLocked.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// CorruptError reports damage that gyda will not repair by itself: anything
// wrong before the last line, or a journal this gyda cannot read. The
// function that returns it has not changed the file.
type CorruptError struct {
	// Path is the journal's path.
	Path string
	// Line is the 1-based line number of the first bad line (1 is the
	// header).
	Line int
	// Reason says what is wrong with that line.
	Reason string
}

// Error names the file and line, says what is wrong, and that the file was
// left as it was.
func (e *CorruptError) Error() string {
	msg := fmt.Sprintf("%s line %d: %s; gyda has not changed it.", e.Path, e.Line, e.Reason)
	switch {
	case e.Line > 2:
		msg += fmt.Sprintf(" Keep a copy of the file and ask for help: lines 1 to %d are intact.", e.Line-1)
	case e.Line == 2:
		msg += " Keep a copy of the file and ask for help: only the header line is intact."
	default:
		msg += " Keep a copy of the file and ask for help."
	}
	return msg
}

// WriteError reports that Append could not make events durable. Once an
// Append has failed, the journal keeps returning the same *WriteError.
type WriteError struct {
	// Path is the journal's path.
	Path string
	// Op is the step that failed: "write" or "fsync".
	Op string
	// Safe is the sequence number of the last event known to be on disk:
	// events 1 to Safe were acknowledged after fsync. Events after Safe
	// may be missing, partly written or wholly written.
	Safe uint64
	// Err is the underlying error (for example syscall.ENOSPC).
	Err error
}

// Error says what failed, what is safe, and that the journal takes no more
// events.
func (e *WriteError) Error() string {
	safe := "no events were saved before it"
	if e.Safe > 0 {
		safe = fmt.Sprintf("events 1 to %d are safely on disk", e.Safe)
	}
	return fmt.Sprintf("append to journal %s: %s: %v (%s; the events being saved may be missing or partly written; this journal accepts no more events)",
		e.Path, e.Op, e.Err, safe)
}

// Unwrap returns the underlying error.
func (e *WriteError) Unwrap() error { return e.Err }
