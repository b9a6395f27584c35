package journal

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// regexpCRC finds the header's checksum field.
var regexpCRC = regexp.MustCompile(`,"crc":[0-9]+(,"meta")`)

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
		{"windows line endings", func(d []byte) []byte { return bytes.ReplaceAll(d, []byte("\n"), []byte("\r\n")) }, 1, "not in the shape gyda writes"},
		{"empty file", func(d []byte) []byte { return nil }, 1, "empty"},
		{"torn header", func(d []byte) []byte { return d[:20] }, 1, "header line is incomplete"},
		{"header only, torn", func(d []byte) []byte { return d[:lineStart(d, 2)-1] }, 1, "incomplete"},
		{"header not JSON", func(d []byte) []byte { d[0] = '['; return d }, 1, "header line is not valid"},
		{"unknown schema", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"gyda.journal"`), []byte(`"gyda.journey"`), 1)
		}, 1, "not a gyda journal"},
		{"newer version", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"version":2`), []byte(`"version":3`), 1)
		}, 1, "newer gyda"},
		{"version zero", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"version":2`), []byte(`"version":0`), 1)
		}, 1, "version 0"},
		{"a value in the setup changed", func(d []byte) []byte {
			return bytes.Replace(d, []byte(`"West Glamorgan"`), []byte(`"West Glamorgam"`), 1)
		}, 1, "header's checksum does not match"},
		{"the header's checksum changed", func(d []byte) []byte { d[len(`{"schema":"gyda.journal","version":2,"crc":`)] ^= 0x01; return d }, 1, "header's checksum does not match"},
		{"the header's checksum taken out", func(d []byte) []byte {
			return regexpCRC.ReplaceAll(d, []byte("$1"))
		}, 1, "not in the shape gyda writes"},
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

// TestHeaderBitFlips flips every bit of the header line, one at a time:
// no flipped header is ever read as a good one. (Before the header had a
// checksum, 92 of 149 random flips there were read without a word.)
func TestHeaderBitFlips(t *testing.T) {
	path, good := writeJournal(t, 2)
	end := lineStart(good, 2) - 1 // the header's newline
	rng := rand.New(rand.NewPCG(1, 2))
	flips := 0
	for i := 0; i < end; i++ {
		for _, bit := range []byte{0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80} {
			if rng.IntN(4) != 0 { // a quarter of them, to stay quick
				continue
			}
			d := bytes.Clone(good)
			d[i] ^= bit
			writeFile(t, path, d)
			flips++
			if _, _, err := Read(path); err == nil {
				t.Errorf("byte %d bit %#x flipped: read as good: %q", i, bit, d[:end])
			}
		}
	}
	if flips < 100 {
		t.Fatalf("only %d flips tried", flips)
	}
	t.Logf("%d flips in the header, each refused", flips)
}

// TestVersionOneHeaderIsRead: a journal an older gyda wrote (version 1,
// no checksum in its header) is still read.
func TestVersionOneHeaderIsRead(t *testing.T) {
	path, good := writeJournal(t, 3)
	old := regexpCRC.ReplaceAll(bytes.Replace(good, []byte(`"version":2`), []byte(`"version":1`), 1), []byte("$1"))
	writeFile(t, path, old)
	h, recs, err := Read(path)
	if err != nil || h.Version != 1 || len(recs) != 3 {
		t.Fatalf("Read: %+v, %d records, %v", h, len(recs), err)
	}
}
