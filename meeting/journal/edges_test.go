package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"syscall"
	"testing"
)

// Damage whose reason depends on one character: each line's reason, for
// the cases on both sides.
func TestDamageReasons(t *testing.T) {
	const n = 3
	middle := func(line string) func(d []byte) []byte {
		return func(d []byte) []byte {
			at := lineStart(d, 3)
			return append(d[:at:at], append([]byte(line+"\n"), d[at:]...)...)
		}
	}
	tests := []struct {
		name   string
		damage func(d []byte) []byte
		line   int
		reason string
	}{
		{"sequence number 0", middle(`{"seq":0,"crc":1,"event":{}}`), 3, "checksum does not match"},
		{"sequence number 0 with its checksum", middle(string(appendRecord(nil, 0, event(2))[:len(appendRecord(nil, 0, event(2)))-1])), 3,
			"sequence number 0 repeats an earlier record (expected 2)"},
		{"a sequence number with a leading zero", middle(`{"seq":02,"crc":1,"event":{}}`), 3, "the record's sequence number is not valid"},
		{"a sequence number and nothing after it", middle(`{"seq":2`), 3, "the line is not a journal record (no checksum)"},
		{"a sequence number of 10", middle(string(appendRecord(nil, 10, event(2))[:len(appendRecord(nil, 10, event(2)))-1])), 3,
			"sequence number 10 skips records (expected 2): records are missing"},
		{"an empty header line", func(d []byte) []byte { return append([]byte("\n"), d...) }, 1, "the header line is not valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, good := writeJournal(t, n)
			writeFile(t, path, tt.damage(bytes.Clone(good)))
			_, _, err := Read(path)
			var ce *CorruptError
			if !errors.As(err, &ce) || ce.Line != tt.line || !strings.HasPrefix(ce.Reason, tt.reason) {
				t.Fatalf("Read: %v; want line %d: %s", err, tt.line, tt.reason)
			}
		})
	}
	t.Run("half a record with its newline, last", func(t *testing.T) {
		path, good := writeJournal(t, n)
		writeFile(t, path, append(bytes.Clone(good), `{"seq":4`+"\n"...))
		_, recs, tail, err := Inspect(path)
		if err != nil || tail == nil || len(recs) != n || tail.Reason != "the last line is damaged: the line is not a journal record (no checksum)" {
			t.Fatalf("Inspect: %d records, tail %+v, %v", len(recs), tail, err)
		}
	})
}

// Records numbered 10 and on read back like the first nine.
func TestTwoDigitSequenceNumbers(t *testing.T) {
	path, _ := writeJournal(t, 12)
	_, recs, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	checkRecords(t, recs, 12)
}

func TestWriteErrorSaysWhatIsSafe(t *testing.T) {
	for safe, want := range map[uint64]string{
		0: "(no events were saved before it;",
		1: "(events 1 to 1 are safely on disk;",
		2: "(events 1 to 2 are safely on disk;",
	} {
		err := &WriteError{Path: "j", Op: "write", Safe: safe, Err: syscall.ENOSPC}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Safe %d: %q; want it to say %q", safe, err, want)
		}
	}
}

func TestAppendNamesTheEventThatIsNotJSON(t *testing.T) {
	j, _ := newJournal(t)
	defer j.Close()
	_, err := j.Append(event(1), json.RawMessage(`{"type":`), event(3))
	if err == nil || !strings.Contains(err.Error(), "event 2 of 3 is not valid JSON (nothing was written)") {
		t.Fatalf("Append: %v", err)
	}
	if j.LastSeq() != 0 || j.Err() != nil {
		t.Errorf("a refused batch changed the journal: last %d, err %v", j.LastSeq(), j.Err())
	}
	if seq, err := j.Append(event(1)); err != nil || seq != 1 {
		t.Errorf("Append after a refused batch = %d, %v", seq, err)
	}
}

// A huge batch's buffer is let go; an ordinary one's is kept for the next.
func TestAppendLetsAHugeBufferGo(t *testing.T) {
	j, _ := newJournal(t)
	defer j.Close()
	if _, err := j.Append(event(1)); err != nil {
		t.Fatal(err)
	}
	if j.buf == nil {
		t.Error("an ordinary batch's buffer was let go")
	}
	huge := json.RawMessage(`{"text":"` + strings.Repeat("x", 1<<20) + `"}`)
	if _, err := j.Append(huge); err != nil {
		t.Fatal(err)
	}
	if j.buf != nil {
		t.Errorf("a batch of over a megabyte kept its buffer (%d bytes)", cap(j.buf))
	}
}

// Close says when the file would not close, and still releases the lock.
func TestCloseReportsTheFileFailing(t *testing.T) {
	j, path := newJournal(t)
	if err := j.f.Close(); err != nil { // closed behind the journal's back
		t.Fatal(err)
	}
	if err := j.Close(); err == nil || !strings.HasPrefix(err.Error(), "close journal "+path+": ") {
		t.Fatalf("Close: %v; want the file's error", err)
	}
	j2, _, _, _, err := Open(path)
	if err != nil {
		t.Fatalf("the lock was not released: %v", err)
	}
	j2.Close()
}
