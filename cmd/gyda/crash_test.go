package main

import (
	"bufio"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

// crashScript is a meeting in which every command records exactly one
// event, so the journal can be checked command by command.
var crashScript = []struct {
	line string
	ev   meeting.EventType
}{
	{"arrive sian", meeting.EvArrived}, {"arrive dafydd", meeting.EvArrived}, {"arrive mair remote", meeting.EvArrived},
	{"arrive aled", meeting.EvArrived}, {"arrive claire", meeting.EvArrived}, {"arrive rhys", meeting.EvArrived},
	{"chair sian", meeting.EvRole}, {"minutes dafydd", meeting.EvRole}, {"apologies bethan", meeting.EvApologies},
	{"next", meeting.EvItem}, {"declare aled item 2: manages the service", meeting.EvDeclared}, {"next", meeting.EvItem},
	{"note Last minutes agreed.", meeting.EvNote}, {"next", meeting.EvItem}, {"hand mair", meeting.EvHand},
	{"hand claire", meeting.EvHand}, {"speak mair", meeting.EvSpeaking}, {"speak claire", meeting.EvSpeaking},
	{"done", meeting.EvTurnEnded}, {"decide Fund weekend respite.", meeting.EvDecided},
	{"action aled by 2026-12-20: share the results", meeting.EvAction}, {"offrecord a private story", meeting.EvOffRecord},
	{"break 5m", meeting.EvBreakStarted}, {"resume", meeting.EvResumedAfter}, {"card mair yellow", meeting.EvCard},
	{"next", meeting.EvItem}, {"leave claire", meeting.EvLeft}, {"decide Invite the bus company.", meeting.EvDecided},
	{"reflect Good meeting.", meeting.EvReflected},
}

const ackLine = "help quorum"               // asks, records nothing, answers one known line
const ackAnswer = "quorum: say who is here" // the start of that answer

// TestCrashLosesNothing kills a real gyda with SIGKILL at random points of
// a scripted meeting, then resumes it: every acknowledged event is in the
// journal, the journal replays, and the minutes mention the interruption.
func TestCrashLosesNothing(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 42))
	const killPoints = 24
	for i := 0; i < killPoints; i++ {
		acked := rng.IntN(len(crashScript) + 1)
		racing := rng.IntN(2) == 0 // kill while the next command is being written
		group := sampleGroup(t)
		got := runAndKill(t, group, acked, racing)
		if got != acked {
			t.Fatalf("kill point %d: %d commands acknowledged; want %d", i, got, acked)
		}
		path := onlyJournal(t, group)
		_, recs, err := journal.Read(path)
		if err != nil {
			t.Fatalf("kill point %d: read journal after kill: %v", i, err)
		}
		events := decodeEvents(t, recs)
		// opened, then one event per acknowledged command, and perhaps one
		// more if the kill came after the next write but before its answer.
		if len(events) < 1+acked || len(events) > 2+acked {
			t.Fatalf("kill point %d after %d commands: %d events in the journal", i, acked, len(events))
		}
		for k := 0; k < len(events)-1; k++ {
			if events[k+1].Type != crashScript[k].ev {
				t.Fatalf("kill point %d: event %d is %s; want %s (from %q)", i, k+1, events[k+1].Type, crashScript[k].ev, crashScript[k].line)
			}
		}
		// Resume, finish the meeting, and check the minutes.
		rest := []string{}
		for _, c := range crashScript[len(events)-1:] {
			rest = append(rest, c.line)
		}
		out, errs, code := gyda(t, group, strings.Join(append(rest, "end", "end"), "\n")+"\n", "run", "--plain")
		if code != 0 {
			t.Fatalf("kill point %d: resume exit %d\n%s\n%s", i, code, out, errs)
		}
		if !strings.Contains(out, "Resuming the unfinished meeting") {
			t.Fatalf("kill point %d: not resumed:\n%s", i, out)
		}
		_, recs, err = journal.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		final := decodeEvents(t, recs)
		if n := countType(final, meeting.EvDecided); n != 2 {
			t.Fatalf("kill point %d: %d decisions after resume; want 2", i, n)
		}
		md := readFile(t, filepath.Join(filepath.Dir(path), "minutes.md"))
		if !strings.Contains(md, "The meeting was interrupted") {
			t.Fatalf("kill point %d: minutes do not mention the interruption", i)
		}
		if strings.Contains(md, "private story") {
			t.Fatalf("kill point %d: off-the-record note in the minutes", i)
		}
	}
}

// runAndKill starts gyda, feeds it acked commands one at a time, waiting
// for each to be answered, then kills it with SIGKILL; with racing, it
// first writes one more command and kills without waiting.
func runAndKill(t *testing.T, group string, acked int, racing bool) int {
	t.Helper()
	cmd := exec.Command(gydaBin, "run", "--plain", "--clock", "sim")
	cmd.Dir = group
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	waitFor := func(prefix string) bool {
		for lines.Scan() {
			if strings.HasPrefix(lines.Text(), prefix) {
				return true
			}
		}
		return false
	}
	if !waitFor("Meeting folder:") { // the meeting has opened and said so
		t.Fatal("gyda did not open the meeting")
	}
	done := 0
	for ; done < acked; done++ {
		if _, err := io.WriteString(stdin, crashScript[done].line+"\n"+ackLine+"\n"); err != nil {
			t.Fatal(err)
		}
		if !waitFor(ackAnswer) {
			t.Fatalf("gyda stopped answering after %d commands", done)
		}
	}
	if racing && acked < len(crashScript) {
		io.WriteString(stdin, crashScript[acked].line+"\n")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, stdout)
	_ = cmd.Wait()
	return done
}

func onlyJournal(t *testing.T, group string) string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", journalName))
	if len(paths) != 1 {
		t.Fatalf("journals %v; want one", paths)
	}
	return paths[0]
}

func decodeEvents(t *testing.T, recs []journal.Record) []meeting.Event {
	t.Helper()
	out := make([]meeting.Event, len(recs))
	for i, r := range recs {
		if err := json.Unmarshal(r.Event, &out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func countType(events []meeting.Event, t meeting.EventType) int {
	n := 0
	for _, e := range events {
		if e.Type == t {
			n++
		}
	}
	return n
}
