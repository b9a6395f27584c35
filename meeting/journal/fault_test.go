package journal

import (
	"errors"
	"os"
	"syscall"
	"testing"
)

// TestWriteFailure makes the disk fill up (a short write with ENOSPC) or
// fsync fail part-way through a two-event Append after two acknowledged
// events. The Append must fail, every later Append must return the same
// error, and a later Open must keep every acknowledged event.
func TestWriteFailure(t *testing.T) {
	const acked = 2
	line := len(appendRecord(nil, 3, event(3)))
	for _, tc := range []struct {
		name     string
		budget   int // bytes the disk still takes
		failSync bool
		want     error
		reopened int  // records on disk after the failure
		repaired bool // whether Open must cut a torn line
	}{
		{"disk already full", 0, false, syscall.ENOSPC, acked, false},
		{"full in the first line", line / 2, false, syscall.ENOSPC, acked, true},
		{"full after the first line", line, false, syscall.ENOSPC, acked + 1, false},
		{"full in the second line", line + 7, false, syscall.ENOSPC, acked + 1, true},
		{"fsync fails after a whole write", 1 << 20, true, syscall.EIO, acked + 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j, path := newJournal(t)
			for i := 1; i <= acked; i++ {
				if _, err := j.Append(event(i)); err != nil {
					t.Fatal(err)
				}
			}
			ff := &faultyFile{f: j.f.(*os.File), budget: tc.budget, failSync: tc.failSync}
			j.f = ff

			_, err := j.Append(event(3), event(4))
			if !errors.Is(err, tc.want) {
				t.Fatalf("Append = %v, want %v", err, tc.want)
			}
			var we *WriteError
			if !errors.As(err, &we) || we.Safe != acked || we.Path != path {
				t.Errorf("error %#v, want a *WriteError with Safe %d", err, acked)
			}
			if j.LastSeq() != acked {
				t.Errorf("LastSeq() = %d after a failed Append", j.LastSeq())
			}
			if j.Err() != err {
				t.Errorf("Err() = %v", j.Err())
			}
			ff.budget, ff.failSync = 1<<20, false // the disk recovers: no matter
			writes := ff.writes
			for range 2 {
				if _, err2 := j.Append(event(5)); err2 != err {
					t.Errorf("later Append = %v, want the same error %v", err2, err)
				}
			}
			if ff.writes != writes {
				t.Error("a failed journal wrote again")
			}
			if err := j.Close(); err != nil {
				t.Fatal(err)
			}

			j, _, recs, rep, err := Open(path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer j.Close()
			checkRecords(t, recs, tc.reopened)
			if (rep != nil) != tc.repaired {
				t.Errorf("repair = %+v, want repaired %v", rep, tc.repaired)
			}
			next := uint64(tc.reopened + 1)
			if seq, err := j.Append(event(int(next))); err != nil || seq != next {
				t.Errorf("Append after reopen = %d, %v; want %d", seq, err, next)
			}
		})
	}
}

func TestWriteErrorMessage(t *testing.T) {
	err := &WriteError{Path: "m/journal.jsonl", Op: "fsync", Safe: 12, Err: syscall.EIO}
	want := "append to journal m/journal.jsonl: fsync: input/output error (events 1 to 12 are safely on disk; the events being saved may be missing or partly written; this journal accepts no more events)"
	if err.Error() != want {
		t.Errorf("got  %s\nwant %s", err, want)
	}
}
