package journal

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorrupt damages a 6-record journal (lines 1 to 7) before its last
// line, or in its header. Read and Open must fail with a *CorruptError
// naming the first bad line, and change nothing on disk.
func TestCorrupt(t *testing.T) {
	const n = 6
	for _, tc := range []struct {
		name   string
		damage func(data []byte) []byte
		line   int
		reason string // a fragment of the reason
	}{
		{"bit flipped in a middle event", func(d []byte) []byte { d[lineStart(d, 4)+40] ^= 0x10; return d }, 4, "checksum does not match"},
		{"bit flipped in a middle checksum", func(d []byte) []byte { d[lineStart(d, 3)+len(`{"seq":2,"crc":`)+1] ^= 0x01; return d }, 3, "checksum does not match"},
		{"bit flipped in first record", func(d []byte) []byte { d[lineStart(d, 2)+50] ^= 0x01; return d }, 2, ""},
		{"bit flipped in second-last line", func(d []byte) []byte { d[lineStart(d, n)+60] ^= 0x02; return d }, n, ""},
		{"middle line deleted", func(d []byte) []byte {
			return append(d[:lineStart(d, 3):lineStart(d, 3)], d[lineStart(d, 4):]...)
		}, 3, "sequence number 3 skips records (expected 2)"},
		{"middle line repeated", func(d []byte) []byte {
			dup := bytes.Clone(d[lineStart(d, 3):lineStart(d, 4)])
			return append(d[:lineStart(d, 4):lineStart(d, 4)], append(dup, d[lineStart(d, 4):]...)...)
		}, 4, "sequence number 2 repeats"},
		{"garbage line in the middle", func(d []byte) []byte {
			return append(d[:lineStart(d, 3):lineStart(d, 3)], append([]byte("garbage\n"), d[lineStart(d, 3):]...)...)
		}, 3, "not a journal record"},
		{"empty line in the middle", func(d []byte) []byte {
			return append(d[:lineStart(d, 3):lineStart(d, 3)], append([]byte("\n"), d[lineStart(d, 3):]...)...)
		}, 3, "empty"},
		{"two garbage lines at the end", func(d []byte) []byte { return append(d, "x\ny\n"...) }, n + 2, "not a journal record"},
		{"windows line endings", func(d []byte) []byte { return bytes.ReplaceAll(d, []byte("\n"), []byte("\r\n")) }, 2, "not a journal record"},
		{"empty file", func(d []byte) []byte { return nil }, 1, "empty"},
		{"torn header", func(d []byte) []byte { return d[:20] }, 1, "header line is incomplete"},
		{"header only, torn", func(d []byte) []byte { return d[:lineStart(d, 2)-1] }, 1, "incomplete"},
		{"header not JSON", func(d []byte) []byte { d[0] = '['; return d }, 1, "header line is not valid"},
		{"unknown schema", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"gyda.journal"`), []byte(`"gyda.journey"`), 1)
		}, 1, "not a gyda journal"},
		{"newer version", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"version":1`), []byte(`"version":2`), 1)
		}, 1, "newer gyda"},
		{"version zero", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"version":1`), []byte(`"version":0`), 1)
		}, 1, "version 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, good := writeJournal(t, n)
			damaged := tc.damage(bytes.Clone(good))
			writeFile(t, path, damaged)
			before, err := os.ReadDir(filepath.Dir(path))
			if err != nil {
				t.Fatal(err)
			}

			check := func(op string, err error) {
				t.Helper()
				var ce *CorruptError
				if !errors.As(err, &ce) {
					t.Fatalf("%s: %v, want a *CorruptError", op, err)
				}
				if ce.Path != path || ce.Line != tc.line || !strings.Contains(ce.Reason, tc.reason) {
					t.Errorf("%s: %+v, want line %d and reason containing %q", op, ce, tc.line, tc.reason)
				}
				if !strings.Contains(err.Error(), "gyda has not changed it") {
					t.Errorf("%s: message %q", op, err)
				}
			}
			_, _, err = Read(path)
			check("Read", err)
			_, _, _, err = Inspect(path)
			check("Inspect", err)
			j, _, _, _, err := Open(path)
			if j != nil {
				t.Fatal("Open returned a journal with an error")
			}
			check("Open", err)

			if !bytes.Equal(readFile(t, path), damaged) {
				t.Error("the file changed")
			}
			after, err := os.ReadDir(filepath.Dir(path))
			if err != nil {
				t.Fatal(err)
			}
			if len(after) != len(before) {
				t.Errorf("files before %v, after %v", before, after)
			}
		})
	}
}

func TestCorruptErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		line int
		want string
	}{
		{57, "journal.jsonl line 57: checksum does not match: the file was changed or damaged; gyda has not changed it. Keep a copy of the file and ask for help: lines 1 to 56 are intact."},
		{2, "journal.jsonl line 2: checksum does not match: the file was changed or damaged; gyda has not changed it. Keep a copy of the file and ask for help: only the header line is intact."},
		{1, "journal.jsonl line 1: checksum does not match: the file was changed or damaged; gyda has not changed it. Keep a copy of the file and ask for help."},
	} {
		err := &CorruptError{Path: "journal.jsonl", Line: tc.line, Reason: "checksum does not match: the file was changed or damaged"}
		if err.Error() != tc.want {
			t.Errorf("got  %s\nwant %s", err, tc.want)
		}
	}
}
