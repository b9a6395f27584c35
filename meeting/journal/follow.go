package journal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// ErrShrank is matched (with errors.Is) by the error Follower.More returns
// when the journal is now shorter than what the follower has already read:
// it was replaced or cut by something other than a gyda appending to it.
// Start again with a new Follower.
var ErrShrank = errors.New("the journal is shorter than what was already read from it")

// Follower reads a journal while another gyda writes it, for a screen
// that follows a meeting live. Like Read it never writes, repairs or
// locks. Each call to More reads only what was appended since the last
// and hands over only whole lines whose checksum and sequence number are
// good. A last line that is not whole or not good yet (being written at
// this moment, or torn by a crash, which the next gyda to open the
// journal repairs) counts as not yet written: nothing of it is handed
// over, and it is read again next time. So a follower never sees half a
// record, and sees every record once, in order.
//
// A Follower is for one goroutine at a time.
type Follower struct {
	path    string
	header  *Header
	line    int    // the number of the next line to read (the header is 1)
	seq     uint64 // the sequence number expected next
	off     int64  // the end of the last whole, good line read
	size    int64  // the file's size and time when last read
	mod     time.Time
	pending string // why the bytes after off are not records yet, or ""
}

// NewFollower follows the journal at path. It reads nothing until More.
func NewFollower(path string) *Follower {
	return &Follower{path: path, line: 1, seq: 1, size: -1}
}

// Path is the journal's path.
func (f *Follower) Path() string { return f.path }

// Header is the journal's header, once More has read it.
func (f *Follower) Header() (Header, bool) {
	if f.header == nil {
		return Header{}, false
	}
	return *f.header, true
}

// Pending says why the end of the file is not yet a record (a line being
// written), or "" when every byte read so far was a whole record.
func (f *Follower) Pending() string { return f.pending }

// More returns the records appended since the last call (the first call:
// all of them so far). When the file has not changed since the last call
// it costs one stat and reads nothing.
//
// Damage before the last line is a *CorruptError, as for Read; a file
// shorter than what was read is ErrShrank.
func (f *Follower) More() ([]Record, error) {
	fi, err := os.Stat(f.path)
	if err != nil {
		return nil, fmt.Errorf("follow journal %s: %w", f.path, err)
	}
	if fi.Size() == f.size && fi.ModTime().Equal(f.mod) {
		return nil, nil
	}
	if fi.Size() < f.off {
		return nil, fmt.Errorf("follow journal %s: %w (%d bytes now, %d read)", f.path, ErrShrank, fi.Size(), f.off)
	}
	data, err := readFrom(f.path, f.off)
	if err != nil {
		return nil, fmt.Errorf("follow journal %s: %w", f.path, err)
	}
	size := f.off + int64(len(data))
	header, line, start := f.header, f.line, 0
	if header == nil {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			f.size, f.mod = size, fi.ModTime()
			f.pending = "the header line is not written yet"
			return nil, nil
		}
		h, reason := parseHeader(data[:nl])
		if reason != "" {
			return nil, &CorruptError{Path: f.path, Line: 1, Reason: reason}
		}
		header, line, start = &h, 2, nl+1
	}
	s, err := scan(f.path, data, start, line, f.seq)
	if err != nil {
		return nil, err
	}
	f.size, f.mod = size, fi.ModTime()
	f.header, f.line = header, line
	f.off += int64(s.good)
	f.line += len(s.records)
	f.seq += uint64(len(s.records))
	f.pending = ""
	if s.tail != nil {
		f.pending = s.tail.Reason
	}
	return s.records, nil
}

// readFrom reads the file at path from offset off to its end.
func readFrom(path string, off int64) ([]byte, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	if _, err := file.Seek(off, io.SeekStart); err != nil {
		return nil, err
	}
	return io.ReadAll(file)
}
