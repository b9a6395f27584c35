package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"testing"
	"time"
)

// more calls f.More and fails the test on an error.
func more(t *testing.T, f *Follower) []Record {
	t.Helper()
	recs, err := f.More()
	if err != nil {
		t.Fatalf("More: %v", err)
	}
	return recs
}

func TestFollowerSeesEachRecordOnceInOrder(t *testing.T) {
	j, path := newJournal(t)
	defer j.Close()
	f := NewFollower(path)
	if recs := more(t, f); len(recs) != 0 {
		t.Fatalf("a new journal gave %d records", len(recs))
	}
	if h, ok := f.Header(); !ok || h.Schema != Schema {
		t.Fatalf("header %+v, %v", h, ok)
	}
	for i := 1; i <= 3; i++ {
		if _, err := j.Append(event(i)); err != nil {
			t.Fatal(err)
		}
	}
	checkRecords(t, more(t, f), 3)
	if recs := more(t, f); len(recs) != 0 {
		t.Fatalf("nothing was appended, but More gave %d records", len(recs))
	}
	if _, err := j.Append(event(4), event(5)); err != nil {
		t.Fatal(err)
	}
	recs := more(t, f)
	if len(recs) != 2 || recs[0].Seq != 4 || !bytes.Equal(recs[1].Event, event(5)) {
		t.Fatalf("after two more appends: %+v", recs)
	}
	if f.Pending() != "" {
		t.Fatalf("pending %q with every line whole", f.Pending())
	}
}

// Every way of stopping part way through the header or a record (a write
// seen mid-way) gives nothing of that line; each line is handed over
// once, when it is whole.
func TestFollowerNeverHandsOverHalfALine(t *testing.T) {
	path, full := writeJournal(t, 3)
	header := lineStart(full, 2)
	f := NewFollower(path)
	var got []Record
	for k := 0; k <= len(full); k++ {
		writeFile(t, path, full[:k])
		got = append(got, more(t, f)...)
		whole := 0
		if k >= header {
			whole = bytes.Count(full[header:k], []byte{'\n'})
		}
		if len(got) != whole {
			t.Fatalf("%d bytes of %d: %d records handed over, want the %d whole ones", k, len(full), len(got), whole)
		}
		if atEnd := k > 0 && full[k-1] == '\n'; atEnd != (f.Pending() == "") {
			t.Fatalf("%d bytes: pending %q", k, f.Pending())
		}
	}
	checkRecords(t, got, 3)
}

// A last line that is whole but damaged (a crash, a bad sector) is not
// handed over; when the next gyda opens the journal it cuts that line and
// appends, and the follower goes on from the last good record.
func TestFollowerWaitsOutATornTailUntilItIsRepaired(t *testing.T) {
	path, good := writeJournal(t, 3)
	damaged := append(bytes.Clone(good), `{"seq":4,"crc":1,"event":{"type":"note"}}`+"\n"...)
	writeFile(t, path, damaged)
	f := NewFollower(path)
	checkRecords(t, more(t, f), 3)
	if f.Pending() == "" {
		t.Fatal("the damaged last line is not reported as pending")
	}
	j, _, _, rep, err := Open(path)
	if err != nil || rep == nil {
		t.Fatalf("Open: %v, repair %v", err, rep)
	}
	defer os.Remove(rep.CopyPath)
	if recs := more(t, f); len(recs) != 0 {
		t.Fatalf("after the repair alone: %d records", len(recs))
	}
	if _, err := j.Append(event(4)); err != nil {
		t.Fatal(err)
	}
	j.Close()
	recs := more(t, f)
	if len(recs) != 1 || recs[0].Seq != 4 || !bytes.Equal(recs[0].Event, event(4)) {
		t.Fatalf("after the repair and an append: %+v", recs)
	}
}

func TestFollowerReportsDamageAndAShorterFile(t *testing.T) {
	path, good := writeJournal(t, 3)
	f := NewFollower(path)
	checkRecords(t, more(t, f), 3)
	writeFile(t, path, good[:lineStart(good, 3)])
	if _, err := f.More(); !errors.Is(err, ErrShrank) {
		t.Fatalf("a cut file: %v, want ErrShrank", err)
	}

	damaged := bytes.Clone(good)
	damaged[lineStart(damaged, 3)+len(`{"seq":2,"crc":`)] ^= 0x01
	writeFile(t, path, damaged)
	var ce *CorruptError
	if _, err := NewFollower(path).More(); !errors.As(err, &ce) || ce.Line != 3 {
		t.Fatalf("damage before the last line: %v, want a CorruptError at line 3", err)
	}
	// Reading again reports it again: an error is never taken as read.
	g := NewFollower(path)
	for range 2 {
		if _, err := g.More(); !errors.As(err, &ce) {
			t.Fatalf("damage read twice: %v", err)
		}
	}
}

// A writer appends records in pieces of random sizes (as a reader may see
// one write part way) while a follower reads: every record arrives whole,
// once, in order.
func TestFollowerWhileAJournalGrows(t *testing.T) {
	const n = 300
	path, all := writeJournal(t, n)
	header := lineStart(all, 2)
	writeFile(t, path, all[:header])
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		rng := rand.New(rand.NewPCG(1, 2))
		for off := header; off < len(all); {
			k := min(len(all)-off, 1+rng.IntN(90))
			if _, err := file.Write(all[off : off+k]); err != nil {
				done <- err
				return
			}
			off += k
		}
		done <- file.Close()
	}()
	f := NewFollower(path)
	var got []Record
	for len(got) < n {
		recs, err := f.More()
		if err != nil {
			t.Fatalf("More after %d records: %v", len(got), err)
		}
		for _, r := range recs {
			if want := uint64(len(got) + 1); r.Seq != want || !json.Valid(r.Event) || !bytes.Equal(r.Event, event(int(want))) {
				t.Fatalf("record %d: seq %d, event %q", want, r.Seq, r.Event)
			}
			got = append(got, r)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A follower takes a change of size as a change, even when the file's
// time did not move: two appends within one tick of the file system's
// clock are both seen.
func TestFollowerSeesAnAppendWithinTheSameModTime(t *testing.T) {
	j, path := newJournal(t)
	defer j.Close()
	if _, err := j.Append(event(1)); err != nil {
		t.Fatal(err)
	}
	f := NewFollower(path)
	checkRecords(t, more(t, f), 1)
	was, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.Append(event(2)); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, was.ModTime(), was.ModTime()); err != nil {
		t.Fatal(err)
	}
	recs := more(t, f)
	if len(recs) != 1 || recs[0].Seq != 2 {
		t.Fatalf("an append within the same time: %+v, want record 2", recs)
	}
}

// While a file keeps its size and time, More costs one stat and reads
// nothing: bytes changed in place behind it are not looked at until the
// time moves.
func TestFollowerReadsNothingWhileSizeAndTimeStay(t *testing.T) {
	path, good := writeJournal(t, 2)
	next := appendRecord(nil, 3, event(3))
	half := append(bytes.Clone(good), next...)
	half[len(half)-1] = ' ' // record 3 without its newline: not whole yet
	writeFile(t, path, half)
	f := NewFollower(path)
	checkRecords(t, more(t, f), 2)
	if f.Pending() == "" {
		t.Fatal("a line without its newline is not pending")
	}
	was, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	whole := append(bytes.Clone(good), next...)
	writeFile(t, path, whole)
	if err := os.Chtimes(path, was.ModTime(), was.ModTime()); err != nil {
		t.Fatal(err)
	}
	if recs := more(t, f); len(recs) != 0 {
		t.Fatalf("the same size and time were read again: %+v", recs)
	}
	later := was.ModTime().Add(time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if recs := more(t, f); len(recs) != 1 || recs[0].Seq != 3 {
		t.Fatalf("after the time moved: %+v, want record 3", recs)
	}
}

// A journal whose first line is empty has a damaged header, not a
// header still being written.
func TestFollowerTakesAnEmptyFirstLineAsDamage(t *testing.T) {
	path, good := writeJournal(t, 1)
	writeFile(t, path, append([]byte("\n"), good...))
	var ce *CorruptError
	if _, err := NewFollower(path).More(); !errors.As(err, &ce) || ce.Line != 1 {
		t.Fatalf("an empty first line: %v, want a CorruptError at line 1", err)
	}
}
