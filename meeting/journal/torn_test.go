package journal

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestTornTail damages only the last line of a 5-record journal in the
// ways a crash (or a bad last sector) can. Read must leave the torn line
// out without changing anything; Open must copy the file aside, cut the
// line, keep every earlier record and continue the sequence.
func TestTornTail(t *testing.T) {
	const n = 5
	for _, tc := range []struct {
		name   string
		damage func(data []byte) []byte
		keep   int // records that survive
	}{
		{"cut mid-line", func(d []byte) []byte { return d[:len(d)-20] }, n - 1},
		{"cut after seq", func(d []byte) []byte { return d[:lineStart(d, n+1)+len(`{"seq":5`)] }, n - 1},
		{"missing newline", func(d []byte) []byte { return d[:len(d)-1] }, n - 1},
		{"garbage appended", func(d []byte) []byte { return append(d, "\x00\x00garbage"...) }, n},
		{"garbage line appended", func(d []byte) []byte { return append(d, "not json\n"...) }, n},
		{"half a record appended", func(d []byte) []byte { return append(d, `{"seq":6,"crc":12`...) }, n},
		{"empty line appended", func(d []byte) []byte { return append(d, '\n') }, n},
		{"bit flipped in last event", func(d []byte) []byte { d[len(d)-10] ^= 0x04; return d }, n - 1},
		{"bit flipped in last checksum", func(d []byte) []byte { d[lineStart(d, n+1)+len(`{"seq":5,"crc":`)] ^= 0x01; return d }, n - 1},
		{"bit flipped in last seq", func(d []byte) []byte { d[lineStart(d, n+1)+len(`{"seq":`)] ^= 0x01; return d }, n - 1},
		{"record with wrong seq appended", func(d []byte) []byte {
			return appendRecord(d, 9, event(9))
		}, n},
		{"all records torn but header", func(d []byte) []byte { return d[:lineStart(d, 2)+3] }, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, good := writeJournal(t, n)
			damaged := tc.damage(bytes.Clone(good))
			writeFile(t, path, damaged)

			_, recs, tail, err := Inspect(path)
			if err != nil {
				t.Fatalf("Inspect: %v", err)
			}
			checkRecords(t, recs, tc.keep)
			if tail == nil || tail.Line != tc.keep+2 || int(tail.Offset)+tail.Bytes != len(damaged) || tail.Reason == "" {
				t.Fatalf("tail = %+v, want line %d ending at %d", tail, tc.keep+2, len(damaged))
			}
			if _, recs, err := Read(path); err != nil || len(recs) != tc.keep {
				t.Fatalf("Read = %d records, %v", len(recs), err)
			}
			if !bytes.Equal(readFile(t, path), damaged) {
				t.Fatal("Read changed the file")
			}

			j, _, recs, rep, err := Open(path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			checkRecords(t, recs, tc.keep)
			if rep == nil {
				t.Fatal("Open did not report a repair")
			}
			if rep.TornBytes != tail.Bytes || rep.Line != tail.Line || rep.Reason != tail.Reason {
				t.Errorf("repair %+v does not match tail %+v", rep, tail)
			}
			if !strings.HasPrefix(rep.CopyPath, path+".torn-") {
				t.Errorf("copy path %q", rep.CopyPath)
			}
			if got := readFile(t, rep.CopyPath); !bytes.Equal(got, damaged) {
				t.Errorf("copy aside differs from the damaged file")
			}
			if copies := tornCopies(t, path); len(copies) != 1 {
				t.Errorf("torn copies: %v", copies)
			}
			if got, want := readFile(t, path), damaged[:tail.Offset]; !bytes.Equal(got, want) {
				t.Errorf("after repair the file is %q, want %q", got, want)
			}
			if seq, err := j.Append(event(tc.keep + 1)); err != nil || seq != uint64(tc.keep+1) {
				t.Fatalf("Append after repair = %d, %v; want %d", seq, err, tc.keep+1)
			}
			if err := j.Close(); err != nil {
				t.Fatal(err)
			}

			j, _, recs, rep, err = Open(path)
			if err != nil {
				t.Fatalf("second Open: %v", err)
			}
			defer j.Close()
			if rep != nil {
				t.Errorf("second Open repaired again: %+v", rep)
			}
			checkRecords(t, recs, tc.keep+1)
		})
	}
}

// TestTornCopyNames checks that two repairs in a row keep both copies.
func TestTornCopyNames(t *testing.T) {
	path, good := writeJournal(t, 2)
	for range 2 {
		writeFile(t, path, append(bytes.Clone(good), "torn"...))
		j, _, _, rep, err := Open(path)
		if err != nil || rep == nil {
			t.Fatalf("Open = %+v, %v", rep, err)
		}
		j.Close()
	}
	copies := tornCopies(t, path)
	if len(copies) != 2 {
		t.Fatalf("torn copies: %v", copies)
	}
	for _, c := range copies {
		if fi, err := os.Stat(c); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("copy %s: %v, %v", c, fi.Mode(), err)
		}
	}
}
