package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	j, path := newJournal(t)
	if j.Path() != path {
		t.Errorf("Path() = %q, want %q", j.Path(), path)
	}
	if j.LastSeq() != 0 {
		t.Errorf("new journal LastSeq() = %d", j.LastSeq())
	}
	for i := 1; i <= 3; i++ {
		seq, err := j.Append(event(i))
		if err != nil || seq != uint64(i) {
			t.Fatalf("Append %d = %d, %v", i, seq, err)
		}
	}
	seq, err := j.Append(event(4), event(5), event(6))
	if err != nil || seq != 4 {
		t.Fatalf("batch Append = %d, %v; want 4", seq, err)
	}
	if j.LastSeq() != 6 {
		t.Errorf("LastSeq() = %d, want 6", j.LastSeq())
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	var wantMeta bytes.Buffer
	if err := json.Compact(&wantMeta, []byte(testMeta)); err != nil {
		t.Fatal(err)
	}
	data := readFile(t, path)
	wantHeader := fmt.Sprintf(`{"schema":"gyda.journal","version":2,"crc":%d,"meta":`, checksum(wantMeta.Bytes())) + wantMeta.String() + "}\n"
	if !strings.HasPrefix(string(data), wantHeader) {
		t.Errorf("file starts %q, want header %q", data, wantHeader)
	}
	if !strings.Contains(string(data), "Co-production <Group>") {
		t.Errorf("meta was HTML-escaped: %q", data)
	}

	j, h, recs, rep, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if rep != nil {
		t.Errorf("Open repaired a clean journal: %+v", rep)
	}
	if h.Schema != Schema || h.Version != Version || !bytes.Equal(h.Meta, wantMeta.Bytes()) {
		t.Errorf("header = %+v, meta %s", h, h.Meta)
	}
	checkRecords(t, recs, 6)
	if j.LastSeq() != 6 {
		t.Errorf("LastSeq() after Open = %d", j.LastSeq())
	}
	if seq, err := j.Append(event(7)); err != nil || seq != 7 {
		t.Fatalf("Append after Open = %d, %v; want 7", seq, err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	h2, recs2, err := Read(path)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if !bytes.Equal(h2.Meta, wantMeta.Bytes()) {
		t.Errorf("Read meta = %s", h2.Meta)
	}
	checkRecords(t, recs2, 7)
	if _, err := os.Stat(lockPath(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("lock file left after Close: %v", err)
	}
}

func TestCreateMeta(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		meta json.RawMessage
		want string // stored meta, or "" for an error
	}{
		{"nil", nil, "null"},
		{"empty", json.RawMessage{}, "null"},
		{"object", json.RawMessage("{\n \"a\" : [1, 2]\n}"), `{"a":[1,2]}`},
		{"string", json.RawMessage(`"x"`), `"x"`},
		{"invalid", json.RawMessage(`{"a":`), ""},
		{"two values", json.RawMessage(`{} {}`), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".jsonl")
			j, err := Create(path, tc.meta)
			if tc.want == "" {
				if err == nil {
					t.Fatal("Create accepted invalid meta")
				}
				if _, serr := os.Stat(path); !errors.Is(serr, fs.ErrNotExist) {
					t.Errorf("Create with invalid meta left a file: %v", serr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			j.Close()
			h, _, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(h.Meta) != tc.want {
				t.Errorf("meta = %s, want %s", h.Meta, tc.want)
			}
		})
	}
}

func TestCreateExisting(t *testing.T) {
	path, before := writeJournal(t, 2)
	if _, err := Create(path, nil); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("Create over a journal: %v, want fs.ErrExist", err)
	}
	if !bytes.Equal(readFile(t, path), before) {
		t.Error("Create changed an existing journal")
	}
	j, _, _, _, err := Open(path)
	if err != nil {
		t.Fatalf("Open after failed Create: %v", err)
	}
	j.Close()
}

func TestOpenMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	if _, _, _, _, err := Open(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing journal: %v", err)
	}
	if _, _, err := Read(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Read of a missing journal: %v", err)
	}
	if _, err := os.Stat(lockPath(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("lock file left after failed Open: %v", err)
	}
}

func TestAppendEvents(t *testing.T) {
	j, path := newJournal(t)
	defer j.Close()

	if seq, err := j.Append(); err != nil || seq != 1 {
		t.Errorf("empty Append = %d, %v; want 1, nil", seq, err)
	}
	for _, bad := range []json.RawMessage{nil, {}, json.RawMessage(`{"a":`), json.RawMessage(`{} x`), json.RawMessage("\"a\nb\"")} {
		if _, err := j.Append(event(1), bad); err == nil {
			t.Errorf("Append accepted %q", bad)
		}
	}
	if seq, err := j.Append(json.RawMessage("{\n  \"text\": \"line one\\nline two <b>\",\n  \"n\": [1, 2]\n}\n")); err != nil || seq != 1 {
		t.Fatalf("Append after refused events = %d, %v; want 1", seq, err)
	}
	_, recs, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || string(recs[0].Event) != `{"text":"line one\nline two <b>","n":[1,2]}` {
		t.Errorf("records = %+v", recs)
	}
	if got := strings.Count(string(readFile(t, path)), "\n"); got != 2 {
		t.Errorf("file has %d lines, want 2", got)
	}
}

func TestClosed(t *testing.T) {
	j, _ := newJournal(t)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := j.Append(event(1)); !errors.Is(err, ErrClosed) {
		t.Errorf("Append after Close: %v, want ErrClosed", err)
	}
}

func TestConcurrentAppend(t *testing.T) {
	j, path := newJournal(t)
	const workers, each = 8, 10
	var wg sync.WaitGroup
	firsts := make(chan uint64, workers*each)
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				seq, err := j.Append(event(w*each+i), event(1000+w*each+i))
				if err != nil {
					t.Error(err)
					return
				}
				firsts <- seq
				_ = j.LastSeq()
			}
		})
	}
	wg.Wait()
	close(firsts)
	seen := map[uint64]bool{}
	for s := range firsts {
		if seen[s] || s%2 != 1 {
			t.Errorf("first seq %d repeated or not at a batch boundary", s)
		}
		seen[s] = true
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	_, recs, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2*workers*each {
		t.Fatalf("%d records, want %d", len(recs), 2*workers*each)
	}
	for i, r := range recs {
		if r.Seq != uint64(i+1) {
			t.Fatalf("record %d has seq %d", i, r.Seq)
		}
	}
}
