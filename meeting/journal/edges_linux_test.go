//go:build linux

package journal

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"
)

// A torn journal whose copy aside cannot be written is left as it was,
// and Open says why. The copy fails for real: the test runs itself again
// with a limit on the size of files it may write (RLIMIT_FSIZE) smaller
// than the journal, so writing the copy fails with EFBIG.
func TestRepairLeavesTheJournalWhenTheCopyFails(t *testing.T) {
	if os.Getenv("GYDA_JOURNAL_FSIZE_CHILD") != "" {
		repairWithSmallFiles(t)
		return
	}
	path, good := writeJournal(t, 3)
	torn := append(bytes.Clone(good), `{"seq":4,"crc":1`...)
	writeFile(t, path, torn)
	cmd := testCommand(t, "TestRepairLeavesTheJournalWhenTheCopyFails")
	cmd.Env = append(os.Environ(), "GYDA_JOURNAL_FSIZE_CHILD="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the child failed: %v\n%s", err, out)
	}
	if !bytes.Equal(readFile(t, path), torn) {
		t.Error("the journal was cut though its copy could not be written")
	}
	if copies := tornCopies(t, path); len(copies) != 0 {
		t.Errorf("a failed copy was left: %v", copies)
	}
}

// testCommand runs this test binary again, for one test only.
func testCommand(t *testing.T, test string) *exec.Cmd {
	t.Helper()
	return exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
}

// repairWithSmallFiles is the child of TestRepairLeavesTheJournalWhenTheCopyFails:
// it may write no file bigger than the journal less a byte, and opens it.
func repairWithSmallFiles(t *testing.T) {
	path := os.Getenv("GYDA_JOURNAL_FSIZE_CHILD")
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	signal.Ignore(syscall.SIGXFSZ)
	var was syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &was); err != nil {
		t.Fatal(err)
	}
	small := syscall.Rlimit{Cur: uint64(info.Size() - 1), Max: was.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &small); err != nil {
		t.Fatal(err)
	}
	j, _, _, _, err := Open(path)
	// Lift the limit again, so the test binary can write its own files
	// (a coverage profile) as it ends.
	if lerr := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &was); lerr != nil {
		t.Fatal(lerr)
	}
	if j != nil {
		j.Close()
	}
	if err == nil || !errors.Is(err, syscall.EFBIG) || !strings.Contains(err.Error(), "copy it aside before cutting its torn last line") {
		t.Fatalf("Open: %v; want the copy's failure", err)
	}
}
