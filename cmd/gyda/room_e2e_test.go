package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// chairInPlain is gyda run --plain --clock sim, driven a line at a time
// from the test as from a script, its output read as it comes.
type chairInPlain struct {
	t   *testing.T
	in  io.WriteCloser
	out *lockedBuffer
	cmd *exec.Cmd
}

func startChair(t *testing.T, group string) *chairInPlain {
	t.Helper()
	cmd := exec.Command(gydaBin, "run", "--plain", "--clock", "sim")
	cmd.Dir = group
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TZ=UTC")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &chairInPlain{t: t, in: in, out: &lockedBuffer{}, cmd: cmd}
	cmd.Stdout, cmd.Stderr = c.out, c.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		in.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	return c
}

// say types a line and waits until the chair is told ack: the events are
// then in the journal, flushed to disk. It returns when that was.
func (c *chairInPlain) say(line, ack string) time.Time {
	c.t.Helper()
	before := len(c.out.String())
	if _, err := io.WriteString(c.in, line+"\n"); err != nil {
		c.t.Fatalf("type %q: %v", line, err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(c.out.String()[before:], ack) {
		if time.Now().After(deadline) {
			c.t.Fatalf("after %q the chair was never told %q:\n%s", line, ack, c.out.String()[before:])
		}
		time.Sleep(5 * time.Millisecond)
	}
	return time.Now()
}

// roomTmux is a private tmux server for a test (skipped without tmux,
// except in CI), killed when the test ends.
func roomTmux(t *testing.T, name string) *tmuxServer {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed")
		}
		t.Fatal("tmux is needed for this test in CI")
	}
	x := &tmuxServer{t: t, sock: fmt.Sprintf("gyda-e2e-%s-%d-%d", name, os.Getpid(), time.Now().UnixNano())}
	t.Cleanup(func() { exec.Command("tmux", "-L", x.sock, "kill-server").Run() })
	return x
}

// shownWithin polls the room's pane until it shows every one of want,
// failing if that takes more than limit from since.
func (x *tmuxServer) shownWithin(since time.Time, limit time.Duration, what string, want ...string) {
	x.t.Helper()
	for {
		s := x.screen()
		missing := ""
		for _, w := range want {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			x.t.Logf("%s: the room showed it %v after the chair was told", what, time.Since(since).Round(time.Millisecond))
			return
		}
		if time.Since(since) > limit {
			x.t.Fatalf("%s: the room did not show %q within %v; it shows:\n%s", what, missing, limit, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A meeting runs in plain mode, from a script, while gyda room runs in a
// terminal of its own: after each next, hand, break and end the room
// screen shows the change: at once when the kernel says the journal
// changed, and at the latest at the room's next one-second look. The
// test allows five of those looks (roomFollows), so that a loaded
// machine does not fail it, while a room that read only on a key, or
// once a minute, would. The time each took is logged.
// roomFollows is how long after the chair is told the room must show a
// change: five of its once-a-second looks at the journal.
const roomFollows = 5 * time.Second

func TestTheRoomFollowsAMeetingInTmux(t *testing.T) {
	x := roomTmux(t, "room")
	group := sampleGroup(t)
	x.run("new-session", "-d", "-s", "gyda", "-x", "100", "-y", "32",
		"-e", "LANG=C.UTF-8", "-e", "TZ=UTC", "-e", "TERM=xterm-256color",
		"sh", "-c", fmt.Sprintf("cd %q && %q room; echo room-exit-$?; sleep 600", group, gydaBin))
	x.waitFor("No meeting is running in this group yet.")

	chair := startChair(t, group)
	x.waitFor("The meeting will start soon", "Agenda")
	for _, name := range []string{"sian", "dafydd", "mair", "rhys", "aled", "claire"} {
		chair.say("arrive "+name, "arrived")
	}
	x.waitFor("✓ Quorate", "6 present: 4 lived experience, 2 staff")

	at := chair.say("next", "Item 2 of 7: Declarations of interest")
	x.shownWithin(at, roomFollows, "next", "Item 2 of 7", "5 minutes left of 5 minutes")

	at = chair.say("hand mair", "Mair Jones has a hand up.")
	x.shownWithin(at, roomFollows, "hand", "Next: M a i r   J o n e s")

	at = chair.say("break", "Break started at")
	x.shownWithin(at, roomFollows, "break", "Back at 10:10 (in 10 minutes)", "After the break: item 2")

	chair.say("resume", "Resumed at")
	x.waitFor("Item 2 of 7")
	chair.say("end", "Type end again") // items are left: the first end lists them and asks
	at = chair.say("end", "Meeting ended at")
	x.shownWithin(at, roomFollows, "end", "The meeting ended at 10:00.")

	// Without colour the same screen is words alone.
	x.key("q")
	x.waitFor("room-exit-0")
	x.run("respawn-pane", "-k", "-t", "gyda", "sh", "-c", fmt.Sprintf("cd %q && NO_COLOR=1 %q room; sleep 600", group, gydaBin))
	x.waitFor("No meeting is running in this group yet.")
	if esc := x.run("capture-pane", "-p", "-e", "-t", "gyda"); strings.Contains(esc, "\x1b[38") || strings.Contains(esc, "\x1b[48") || strings.Contains(esc, ";48;") {
		t.Errorf("with NO_COLOR the room screen has colours:\n%q", esc)
	}
}

// The room screen is light on the laptop: following a meeting on the
// real clock (its countdown redrawn every second) for a minute, it uses
// well under 1% of a core. It takes a minute, so it runs with
// GYDA_LONG=1; the figure is in the test's log.
func TestTheRoomIsLightOnTheLaptop(t *testing.T) {
	if os.Getenv("GYDA_LONG") == "" {
		t.Skip("takes a minute: set GYDA_LONG=1")
	}
	x := roomTmux(t, "roomcpu")
	if raceEnabled {
		t.Skip("the race detector makes every program slower: measure without it")
	}
	group := sampleGroup(t)
	chair := exec.Command(gydaBin, "run", "--plain")
	chair.Dir = group
	in, _ := chair.StdinPipe()
	chair.Stdout, chair.Stderr = io.Discard, io.Discard
	if err := chair.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { in.Close(); chair.Wait() }()
	io.WriteString(in, "arrive sian\narrive mair\nnext\nhand mair\nspeak\n")

	x.run("new-session", "-d", "-s", "gyda", "-x", "200", "-y", "60", "-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color",
		"sh", "-c", fmt.Sprintf("cd %q && exec %q room", group, gydaBin))
	x.waitFor("Item 2 of 7", "Speaking")
	pid, err := strconv.Atoi(strings.TrimSpace(x.run("display-message", "-p", "-t", "gyda", "#{pane_pid}")))
	if err != nil {
		t.Fatal(err)
	}
	const window = time.Minute
	before, start := cpuTime(t, pid), time.Now()
	time.Sleep(window) // measuring over a minute: not an assertion about time
	used, took := cpuTime(t, pid)-before, time.Since(start)
	share := float64(used) / float64(took) * 100
	t.Logf("gyda room at 200x60, following a running meeting: %v of CPU in %v = %.3f%% of a core", used, took.Round(time.Millisecond), share)
	if share >= 1 {
		t.Errorf("the room screen used %.2f%% of a core; want well under 1%%", share)
	}
}

// cpuTime is the CPU time a process has used (user and system), from
// /proc/PID/stat.
func cpuTime(t *testing.T, pid int) time.Duration {
	t.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	fields := strings.Fields(line[strings.LastIndexByte(line, ')')+2:])
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	const hz = 100 // USER_HZ, 100 on Linux
	return time.Duration(utime+stime) * time.Second / hz
}
