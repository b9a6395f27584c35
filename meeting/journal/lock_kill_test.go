//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package journal

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"
)

// helperEnv names the journal a re-executed test binary should hold open.
const helperEnv = "GYDA_JOURNAL_TEST_HOLD"

// TestLockHolderHelper is not a test: run by TestLockKilledHolder in a
// child process, it opens the journal, says "ready" and waits to be killed.
func TestLockHolderHelper(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		t.Skip("helper process for TestLockKilledHolder")
	}
	j, _, _, _, err := Open(path)
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(2)
	}
	defer j.Close()
	os.Stdout.WriteString("ready\n")
	time.Sleep(time.Minute) // holds the lock until the test kills it; the minute only bounds a helper left behind
	os.Exit(3)
}

// TestLockKilledHolder checks that a lock held by a gyda that is killed
// with SIGKILL does not block the next Open.
func TestLockKilledHolder(t *testing.T) {
	path, _ := writeJournal(t, 3)

	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHolderHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("child said %q, %v", line, err)
	}

	_, _, _, _, err = Open(path)
	var le *LockedError
	if !errors.As(err, &le) || le.PID != cmd.Process.Pid {
		t.Fatalf("Open while the child holds the lock = %v, want a *LockedError naming pid %d", err, cmd.Process.Pid)
	}

	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no deferred Close runs
		t.Fatal(err)
	}
	cmd.Wait()
	if _, err := os.Stat(lockPath(path)); err != nil {
		t.Fatalf("the killed child's lock file should still be there: %v", err)
	}

	j, _, recs, rep, err := Open(path)
	if err != nil {
		t.Fatalf("Open after the holder was killed: %v", err)
	}
	defer j.Close()
	checkRecords(t, recs, 3)
	if rep != nil {
		t.Errorf("unexpected repair %+v", rep)
	}
	if seq, err := j.Append(event(4)); err != nil || seq != 4 {
		t.Errorf("Append = %d, %v", seq, err)
	}
}
