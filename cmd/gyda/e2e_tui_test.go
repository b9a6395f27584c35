package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxServer is a private tmux server (its own socket) holding a session
// "gyda", driven with send-keys and read with capture-pane.
type tmuxServer struct {
	t    *testing.T
	sock string
}

func (x *tmuxServer) run(args ...string) string {
	x.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-u", "-L", x.sock}, args...)...).CombinedOutput()
	if err != nil {
		x.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (x *tmuxServer) screen() string {
	x.t.Helper()
	return x.screenOf("gyda")
}

// screenOf is what a window ("gyda:guest") shows now.
func (x *tmuxServer) screenOf(target string) string {
	x.t.Helper()
	return x.run("capture-pane", "-p", "-t", target)
}

// waitFor polls the screen until it shows every one of want (bounded).
func (x *tmuxServer) waitFor(want ...string) string {
	x.t.Helper()
	return x.waitIn("gyda", want...)
}

// waitIn is waitFor for a window.
func (x *tmuxServer) waitIn(target string, want ...string) string {
	x.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var s string
	for time.Now().Before(deadline) {
		s = x.screenOf(target)
		ok := true
		for _, w := range want {
			if !strings.Contains(s, w) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	x.t.Fatalf("%s never showed %q; it shows:\n%s", target, want, s)
	return ""
}

// typeText types text literally.
func (x *tmuxServer) typeText(text string) { x.run("send-keys", "-t", "gyda", "-l", text) }

// key presses named keys (Enter, Tab, Escape, C-c).
func (x *tmuxServer) key(keys ...string) {
	x.run(append([]string{"send-keys", "-t", "gyda"}, keys...)...)
}

// startTmux starts "gyda run ARGS" (in group, on the simulated clock) in a
// private tmux server of w columns and h lines; it skips the test where
// tmux is missing, except in CI. The server is killed when the test ends.
func startTmux(t *testing.T, name, group string, w, h int) *tmuxServer {
	t.Helper()
	x := roomTmux(t, name)
	script := fmt.Sprintf("cd %q && %q run --clock sim; echo gyda-exit-$?; sleep 600", group, gydaBin)
	x.run("new-session", "-d", "-s", "gyda", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"-e", "LANG=C.UTF-8", "-e", "TZ=UTC", "-e", "TERM=xterm-256color", "sh", "-c", script)
	return x
}

// command types a command on the command line and carries it out.
func (x *tmuxServer) command(line string) {
	x.typeText(":" + line)
	x.key("Enter")
}

// TestChairScreenInTmux runs the real gyda in a terminal (tmux), types keys
// and commands as a chair would, reads the screen, and ends the meeting:
// the minutes are written and their path is shown.
func TestChairScreenInTmux(t *testing.T) {
	group := sampleGroup(t)
	x := startTmux(t, "chair", group, 120, 40)

	x.waitFor("Before we start", "Suggested roles for today", "enter to the meeting")

	// Completion of a name, typed without its accent.
	x.typeText(":arrive si")
	x.key("Tab")
	x.waitFor(": arrive sian")
	x.key("Enter")
	x.waitFor("Davies arrived (person using services, in the room).")

	// An unknown name is refused: the line closes, kept for ":".
	x.command("arrive nobody")
	x.waitFor(`no one called "nobody"`, "Press : to fix the line")

	for _, line := range []string{"arrive dafydd", "arrive mair", "arrive rhys remote", "arrive aled", "arrive claire", "chair sian", "minutes dafydd"} {
		x.command(line)
	}
	x.waitFor("Quorate", "6 present: 4 lived experience, 2 staff (1 remote)", "[chair]")
	x.key("Enter")
	x.waitFor("Speaking queue")

	x.command("hand mair")
	x.command("hand claire")
	x.waitFor("▶ next  Mair Jones")
	x.typeText("s")
	x.waitFor("Speaking now: Mair Jones")
	x.command("wait 3m")
	x.typeText("f")
	x.waitFor("Mair Jones finished (3m).")

	x.typeText("d")
	x.waitFor(": decide")
	x.typeText("Fund weekend respite for carers.")
	x.key("Enter")
	x.waitFor("Decision 1", "Fund weekend respite for carers.")

	x.typeText("b")
	x.waitFor("ON A BREAK", "Back at 10:13")
	x.typeText("r")
	x.waitFor("Resumed at 10:03.")

	x.typeText("e")
	x.waitFor("Closing reflection")
	x.typeText("Everyone had a say.")
	x.key("Enter")
	x.waitFor("Noted so far")
	x.key("Enter")
	x.waitFor("Items not reached (6 of 7)", "End the meeting now")
	x.typeText("y")
	x.waitFor("Minutes written:", "minutes.md", "Press q or enter to leave gyda.")
	x.typeText("q")
	s := x.waitFor("gyda-exit-0")
	if !strings.Contains(s, "Minutes written: ") {
		t.Fatalf("after the screen closed, no minutes path:\n%s", s)
	}
	found, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "minutes.md"))
	if len(found) != 1 {
		t.Fatalf("minutes files: %v", found)
	}
	if md := readFile(t, found[0]); !strings.Contains(md, "Fund weekend respite for carers.") {
		t.Fatalf("the minutes lack the decision:\n%s", md)
	}
	if drafts, _ := filepath.Glob(filepath.Join(group, "meetings", "*", draftName)); len(drafts) != 0 {
		t.Fatalf("a draft was left behind: %v", drafts)
	}
}

// TestChairScreenCtrlCAsks checks ctrl+c asks before leaving a meeting
// that has not ended, and that leaving says how to resume.
func TestChairScreenCtrlCAsks(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed")
		}
		t.Fatal("tmux is needed for this test in CI")
	}
	group := sampleGroup(t)
	x := &tmuxServer{t: t, sock: fmt.Sprintf("gyda-e2e-q-%d-%d", os.Getpid(), time.Now().UnixNano())}
	defer exec.Command("tmux", "-L", x.sock, "kill-server").Run()
	script := fmt.Sprintf("cd %q && NO_COLOR=1 %q run --clock sim --theme high-contrast; echo gyda-exit-$?; sleep 600", group, gydaBin)
	x.run("new-session", "-d", "-s", "gyda", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", "sh", "-c", script)
	x.waitFor("Before we start")
	x.typeText(":note half typed")
	draftSaved(t, group, "note half typed") // once typing pauses
	x.key("C-c")
	x.waitFor("Leave gyda? The meeting has not ended.")
	x.typeText("n") // keys are taken in order: this ctrl+c asks again
	x.key("C-c")
	x.waitFor("Leave gyda?")
	x.typeText("y")
	x.waitFor("gyda-exit-0", "Run gyda run again in the group folder to carry on.")

	// Resumed, the half-typed line is back.
	x.run("respawn-pane", "-k", "-t", "gyda", "sh", "-c", fmt.Sprintf("cd %q && %q run --clock sim; echo gyda-exit-$?; sleep 600", group, gydaBin))
	x.waitFor(": note half typed", "Resuming the unfinished meeting")
}

// From the start screen, before anything is recorded, the chair changes
// the group's people and comes back to a fresh meeting that has them.
func TestStartScreenPeopleThenMeetingInTmux(t *testing.T) {
	group := sampleGroup(t)
	x := startTmux(t, "people", group, 120, 40)
	x.waitFor("enter to the meeting", "P people")
	x.key("P")
	x.waitFor("The group's people", "Priya Shah")
	x.key("r") // retire the first person, Siân Davies
	x.waitFor("Retire Siân Davies?")
	x.key("y")
	x.waitFor("1 retired")
	x.key("q")
	x.waitFor("enter to the meeting")
	if paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*")); len(paths) != 1 {
		t.Fatalf("meeting folders %v; want the one fresh meeting", paths)
	}
	if roster := readFile(t, filepath.Join(group, "roster.toml")); !strings.Contains(roster, "retired = true") {
		t.Fatal("the people screen did not write the change")
	}
	x.command("arrive dafydd")
	x.waitFor("Dafydd ap Gwilym arrived")
}

// draftSaved waits (bounded) until the draft in the group's meeting folder
// holds want.
func draftSaved(t *testing.T, group, want string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "draft.json"))
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), want) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no draft holding %q was saved in %v", want, paths)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
