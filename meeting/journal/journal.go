package journal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/gyda/gyda/internal/atomicfile"
)

// Journal is a journal open for appending. It holds the journal's lock
// until Close. Its methods may be called from several goroutines.
type Journal struct {
	path string

	mu      sync.Mutex
	f       file
	lock    *lock
	lastSeq uint64
	err     error // the first write or fsync failure, returned for ever after
	closed  bool
	buf     []byte       // the lines of one Append, reused
	scratch bytes.Buffer // compact events of one Append, reused
}

// Create makes a new journal at path, which must not exist, and holds its
// lock. It writes the header with meta (any JSON value, stored compacted;
// nil or empty is stored as null) and fsyncs the file and its directory
// before returning, so the journal survives a crash from then on. The file is readable only by its
// owner (mode 0600), as meetings record personal information.
func Create(path string, meta json.RawMessage) (*Journal, error) {
	var m bytes.Buffer
	if len(meta) == 0 {
		m.WriteString("null")
	} else if err := compactJSON(&m, meta); err != nil {
		return nil, fmt.Errorf("create journal %s: meta is not valid JSON: %w", path, err)
	}
	l, err := acquireLock(path)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o600)
	if err != nil {
		l.release()
		return nil, fmt.Errorf("create journal %s: %w", path, err)
	}
	fail := func(op string, err error) (*Journal, error) {
		f.Close()
		os.Remove(path) // it holds no events yet
		l.release()
		return nil, fmt.Errorf("create journal %s: %s: %w", path, op, err)
	}
	if _, err := f.Write(appendHeader(nil, m.Bytes())); err != nil {
		return fail("write header", err)
	}
	if err := f.Sync(); err != nil {
		return fail("fsync", err)
	}
	if err := atomicfile.SyncDir(filepath.Dir(path)); err != nil {
		return fail("fsync directory", err)
	}
	return &Journal{path: path, f: f, lock: l}, nil
}

// Open opens an existing journal for appending and holds its lock. It reads
// and verifies every line and returns the header and the records.
//
// If the last line is torn (see the package documentation), Open first
// copies the whole file aside, then cuts the torn line, fsyncs, and
// describes what it did in the returned *Repair; otherwise the *Repair is
// nil. Appending continues from the last good record.
//
// Damage before the last line is a *CorruptError, and another gyda holding
// the lock is a *LockedError; in both cases nothing on disk is changed.
func Open(path string) (*Journal, Header, []Record, *Repair, error) {
	l, err := acquireLock(path)
	if err != nil {
		return nil, Header{}, nil, nil, err
	}
	j, h, recs, rep, err := openLocked(path)
	if err != nil {
		l.release()
		return nil, Header{}, nil, nil, err
	}
	j.lock = l
	return j, h, recs, rep, nil
}

// openLocked is Open once the lock is held.
func openLocked(path string) (*Journal, Header, []Record, *Repair, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return nil, Header{}, nil, nil, fmt.Errorf("open journal %s: %w", path, err)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		f.Close()
		return nil, Header{}, nil, nil, fmt.Errorf("open journal %s: read: %w", path, err)
	}
	p, err := parse(path, data)
	if err != nil {
		f.Close()
		return nil, Header{}, nil, nil, err
	}
	var rep *Repair
	if p.tail != nil {
		if rep, err = repair(path, f, data, p.tail); err != nil {
			f.Close()
			return nil, Header{}, nil, nil, err
		}
	}
	j := &Journal{path: path, f: f, lastSeq: uint64(len(p.records))}
	return j, p.header, p.records, rep, nil
}

// Append adds events to the journal as records LastSeq()+1, LastSeq()+2,
// ... and returns the first of those sequence numbers. Each event must be
// one valid JSON value; it is stored compacted. All the lines are written
// with one write and fsynced; Append returns only after the fsync, and only
// then are the events safe. An Append with no events writes nothing and
// returns LastSeq()+1.
//
// An event that is not valid JSON is refused before anything is written,
// and the journal stays usable.
//
// If the write or the fsync fails, Append returns a *WriteError and the
// journal is failed: every later Append returns that same error, and
// nothing is retried. What is safe then: every event up to LastSeq() (the
// WriteError's Safe) is on disk. The events of the failed call may be
// missing, a prefix of them may be there, the last line may be torn, or all
// may be there (after a failed fsync nobody can tell). Close the journal;
// once the disk has room again, Open repairs a torn line and returns what
// is on disk, which includes every acknowledged event. Or Create a new
// journal elsewhere.
func (j *Journal) Append(events ...json.RawMessage) (firstSeq uint64, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return 0, fmt.Errorf("append to journal %s: %w", j.path, ErrClosed)
	}
	if j.err != nil {
		return 0, j.err
	}
	first := j.lastSeq + 1
	if len(events) == 0 {
		return first, nil
	}
	j.buf = j.buf[:0]
	for i, ev := range events {
		j.scratch.Reset()
		if err := compactJSON(&j.scratch, ev); err != nil {
			return 0, fmt.Errorf("append to journal %s: event %d of %d is not valid JSON (nothing was written): %w", j.path, i+1, len(events), err)
		}
		j.buf = appendRecord(j.buf, first+uint64(i), j.scratch.Bytes())
	}
	n, err := j.f.Write(j.buf)
	if err == nil && n < len(j.buf) {
		err = io.ErrShortWrite
	}
	if err != nil {
		j.err = &WriteError{Path: j.path, Op: "write", Safe: j.lastSeq, Err: err}
		return 0, j.err
	}
	if err := j.f.Sync(); err != nil {
		j.err = &WriteError{Path: j.path, Op: "fsync", Safe: j.lastSeq, Err: err}
		return 0, j.err
	}
	j.lastSeq += uint64(len(events))
	if cap(j.buf) > 1<<20 {
		j.buf = nil // do not keep a huge batch's buffer
	}
	return first, nil
}

// LastSeq returns the sequence number of the last acknowledged record, or
// 0 if there is none.
func (j *Journal) LastSeq() uint64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.lastSeq
}

// Path returns the journal's path, as given to Create or Open.
func (j *Journal) Path() string { return j.path }

// Err returns the *WriteError that failed the journal, or nil.
func (j *Journal) Err() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.err
}

// Close closes the file and releases the lock. Every acknowledged event
// was already fsynced, so Close does not sync. Calling Close again does
// nothing and returns nil.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return nil
	}
	j.closed = true
	err := j.f.Close()
	if lerr := j.lock.release(); err == nil {
		err = lerr
	}
	if err != nil {
		return fmt.Errorf("close journal %s: %w", j.path, err)
	}
	return nil
}
