package journal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAppend appends one event per call; each call waits for fsync,
// so this measures the disk, as a live meeting does.
func BenchmarkAppend(b *testing.B) {
	j, _ := newJournal(b)
	defer j.Close()
	ev := event(1)
	b.SetBytes(int64(len(appendRecord(nil, 1, ev))))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := j.Append(ev); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAppendBatch appends 100 events per call: one write, one fsync.
func BenchmarkAppendBatch(b *testing.B) {
	j, _ := newJournal(b)
	defer j.Close()
	batch := make([]json.RawMessage, 100)
	size := 0
	for i := range batch {
		batch[i] = event(i)
		size += len(appendRecord(nil, 1, batch[i]))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := j.Append(batch...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReplay100k reads and verifies a journal of 100,000 records,
// as resuming a very long meeting or writing its minutes would.
func BenchmarkReplay100k(b *testing.B) {
	const n = 100_000
	path := filepath.Join(b.TempDir(), "journal.jsonl")
	j, err := Create(path, json.RawMessage(testMeta))
	if err != nil {
		b.Fatal(err)
	}
	batch := make([]json.RawMessage, 0, 1000)
	for i := 1; i <= n; i++ {
		batch = append(batch, event(i))
		if len(batch) == cap(batch) {
			if _, err := j.Append(batch...); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := j.Close(); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		_, recs, err := Read(path)
		if err != nil || len(recs) != n {
			b.Fatalf("Read = %d records, %v", len(recs), err)
		}
	}
}
