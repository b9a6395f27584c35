package journal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// testMeta is a header meta like the meeting's, with spaces to compact.
const testMeta = `{ "group": "West Glamorgan", "agenda": {"title": "Co-production <Group>"}, "roster": ["sian", "dai"] }`

// event returns a small meeting-like event numbered i.
func event(i int) json.RawMessage {
	return json.RawMessage(fmt.Sprintf(`{"type":"note","at":"2026-12-03T10:%02d:00Z","actor":"sian","item":%d,"text":"Note number %d about the Regional Partnership Board"}`, i%60, i%9, i))
}

// newJournal creates a journal in a fresh temporary directory.
func newJournal(t testing.TB) (*Journal, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	j, err := Create(path, json.RawMessage(testMeta))
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return j, path
}

// writeJournal makes a closed journal with n records and returns its path
// and bytes.
func writeJournal(t testing.TB, n int) (string, []byte) {
	t.Helper()
	j, path := newJournal(t)
	for i := 1; i <= n; i++ {
		if _, err := j.Append(event(i)); err != nil {
			t.Fatalf("Append %d: %v", i, err)
		}
	}
	if err := j.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return path, readFile(t, path)
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// lineStart returns the offset of 1-based line n in data.
func lineStart(data []byte, n int) int {
	off := 0
	for range n - 1 {
		off += bytes.IndexByte(data[off:], '\n') + 1
	}
	return off
}

// checkRecords checks that recs are records 1..n with event(i) contents.
func checkRecords(t *testing.T, recs []Record, n int) {
	t.Helper()
	if len(recs) != n {
		t.Fatalf("got %d records, want %d", len(recs), n)
	}
	for i, r := range recs {
		if r.Seq != uint64(i+1) {
			t.Fatalf("record %d has seq %d", i, r.Seq)
		}
		if !bytes.Equal(r.Event, event(i+1)) {
			t.Fatalf("record %d event = %s, want %s", i+1, r.Event, event(i+1))
		}
	}
}

// tornCopies lists the torn-copy files next to path.
func tornCopies(t *testing.T, path string) []string {
	t.Helper()
	m, err := filepath.Glob(path + ".torn-*")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// faultyFile passes writes to an *os.File until budget bytes have been
// written, then writes what fits and fails with ENOSPC, like a full disk.
// With failSync, Sync fails with EIO without syncing.
type faultyFile struct {
	f        *os.File
	budget   int
	failSync bool
	writes   int
}

func (ff *faultyFile) Write(p []byte) (int, error) {
	ff.writes++
	if len(p) <= ff.budget {
		ff.budget -= len(p)
		return ff.f.Write(p)
	}
	n, err := ff.f.Write(p[:ff.budget])
	ff.budget -= n
	if err == nil {
		err = syscall.ENOSPC
	}
	return n, err
}

func (ff *faultyFile) Sync() error {
	if ff.failSync {
		return syscall.EIO
	}
	return ff.f.Sync()
}

func (ff *faultyFile) Close() error { return ff.f.Close() }
