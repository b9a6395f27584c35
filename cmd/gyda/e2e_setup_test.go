package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
)

// press sends keys to a form one at a time, each once the screen shows
// what the one before did. A huh form moves to the next field (on enter,
// and on y or n at a yes-or-no question) by a message of its own, and a
// key that arrived before that message would land in the field before:
// after those keys it waits until another field has the keys (or the
// form has gone). Every key these tests press changes the screen.
func (x *tmuxServer) press(keys ...string) {
	x.t.Helper()
	for _, k := range keys {
		before := x.screen()
		x.key(k)
		moves := k == "Enter" || k == "y" || k == "n"
		x.waitUntil(k, func(s string) bool {
			return s != before && (!moves || focusedField(s) != focusedField(before))
		})
	}
}

// focusedField is the field of a form that has the keys: the lines its
// border (┃) marks.
func focusedField(screen string) string {
	var field []string
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "┃") {
			field = append(field, l)
		}
	}
	return strings.Join(field, "\n")
}

// typeSlowly types text into a form, then waits until the screen shows it.
func (x *tmuxServer) typeSlowly(text string) {
	x.t.Helper()
	before := x.screen()
	x.typeText(text)
	x.waitUntil(text, func(s string) bool { return s != before && strings.Contains(s, text) })
}

// waitUntil polls the screen (bounded) until done says so; what names
// what was pressed or typed.
func (x *tmuxServer) waitUntil(what string, done func(screen string) bool) {
	x.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := x.screen()
		if done(s) {
			return
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("the screen did not show what %q did; it shows:\n%s", what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// shell types a command line at the shell and presses Enter; the line
// echoes "step-N-EXIT" when the command ends.
func (x *tmuxServer) shell(n int, line string) {
	x.typeText(fmt.Sprintf("%s; echo step-%d-$?", line, n))
	x.key("Enter")
}

// TestSetUpAndMeetInTmux sets up a group from nothing the way a support
// officer would, on a real terminal (tmux): gyda init's form, three people
// added on the people screen, an agenda built on the agenda screen; then
// runs a short meeting on it with gyda run --plain and reads the minutes.
func TestSetUpAndMeetInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed")
		}
		t.Fatal("tmux is needed for this test in CI")
	}
	dir := t.TempDir()
	x := &tmuxServer{t: t, sock: fmt.Sprintf("gyda-setup-%d-%d", os.Getpid(), time.Now().UnixNano())}
	defer exec.Command("tmux", "-L", x.sock, "kill-server").Run()
	x.run("new-session", "-d", "-s", "gyda", "-x", "120", "-y", "45", "-c", dir,
		"-e", "LANG=C.UTF-8", "-e", "TZ=UTC", "-e", "TERM=xterm-256color", "-e", "PS1=$ ", "sh")
	bin := fmt.Sprintf("%q", gydaBin)

	// 1. gyda init: the short form.
	x.shell(1, bin+" init westglam")
	x.waitFor("What is the group called?")
	x.typeSlowly("West Glamorgan Co-production Group")
	x.press("Enter")
	x.waitFor("Quorum: how many members must be present")
	x.key("C-u") // clears the field, if it holds anything
	x.typeSlowly("3")
	x.press("Enter")
	x.key("C-u")
	x.typeSlowly("1")
	x.press("Enter", "Enter") // remote attendees count, as they do by default
	x.waitFor("How often is a break due?")
	x.press("Enter", "Enter")
	x.waitFor("Which files should the minutes be written as?")
	x.press("Down", "Down", "Down", "x", "Enter") // Word as well as Markdown
	x.press("Enter")                              // English
	x.waitFor("Made a group folder for West Glamorgan Co-production Group in westglam:", "step-1-0")
	group := filepath.Join(dir, "westglam")
	if g, err := config.LoadGroup(filepath.Join(group, "group.toml")); err != nil || g.Quorum.MinPresent != 3 || strings.Join(g.Minutes.Formats, ",") != "md,docx" {
		t.Fatalf("group.toml: %+v, %v", g, err)
	}

	// 2. gyda people: three people on the people screen.
	x.run("send-keys", "-t", "gyda", "clear", "Enter")
	x.shell(2, bin+" people --group westglam")
	x.waitFor("No members yet. Press a to add someone.")

	x.press("a")
	x.waitFor("A new person", "Full name")
	x.typeSlowly("Siân Davies")
	x.press("Enter", "Enter") // uses services
	x.waitFor("Organisation, if any")
	x.press("Enter", "x", "Enter", "Down", "Enter", "x", "Enter", "Enter") // trained as chair; Welsh; large print
	x.waitFor("Paste an SSH public key")
	x.press("Enter")
	x.waitFor("Added Siân Davies (typed in meetings as sian) to roster.toml.")

	x.press("a")
	x.waitFor("A new person")
	x.typeSlowly("Dafydd ap Gwilym")
	x.press("Enter", "Down", "Enter") // carer
	x.waitFor("Organisation, if any")
	x.press("Enter", "Down", "x", "Enter", "Enter", "Enter", "Enter") // trained to take minutes
	x.waitFor("Paste an SSH public key")
	x.press("Enter")
	x.waitFor("Added Dafydd ap Gwilym (typed in meetings as dafydd)")

	x.press("a")
	x.waitFor("A new person")
	x.typeSlowly("Aled Price")
	x.press("Enter", "Down", "Down", "Enter") // staff
	x.waitFor("Which organisation do they represent?")
	x.typeSlowly("Swansea Bay University Health Board")
	x.press("Enter", "y", "Enter", "Enter", "Enter", "Enter") // decision authority
	x.waitFor("Paste an SSH public key")
	x.press("Enter")
	x.waitFor("Added Aled Price (typed in meetings as aled)", "3 members; 0 retired.")
	x.press("q")
	x.waitFor("has 3 members.", "step-2-0")

	// 3. gyda agenda new: the next meeting's agenda.
	x.run("send-keys", "-t", "gyda", "clear", "Enter")
	x.shell(3, bin+" agenda new --group westglam")
	x.waitFor("The next meeting", "Starts at")
	x.press("Enter")
	x.key("C-u")
	x.typeSlowly("14 January 2027")
	x.press("Enter", "Enter", "Enter")
	x.typeSlowly("Neath Civic Centre")
	x.press("Enter", "y")
	x.waitFor("West Glamorgan Co-production Group: Thursday 14 January 2027, 10:00 to 12:00, Neath Civic Centre, and online")
	x.press("a")
	x.waitFor("Item title, in plain words")
	x.typeSlowly("Carers' respite survey")
	x.press("Enter")
	x.typeSlowly("30")
	x.press("Enter", "Down", "Down", "Down", "Enter", "Down", "Down", "Down", "Enter", "n") // led by Aled; doing with
	x.waitFor("Carers' respite survey, 30 min, led by Aled Price, doing with")
	x.press("s")
	x.waitFor("Wrote westglam/agendas/next.toml: the agenda for Thursday 14 January 2027.")
	x.press("q")
	x.waitFor("step-3-0")

	// 4. A short meeting on it, in plain mode.
	x.run("send-keys", "-t", "gyda", "clear", "Enter")
	x.shell(4, bin+" run --group westglam --plain --clock sim")
	x.waitFor("Meeting opened at 10:00")
	for _, line := range []string{
		"arrive sian", "arrive dafydd", "arrive aled remote", "chair sian", "minutes dafydd", "quorum",
		"item 4", "note 40 carers answered the survey.", "wait 20m",
		"decide Ask the health board to fund weekend respite.",
		"action aled by 2027-02-01: share the survey results with the carers' centre",
		"reflect Everyone had a say.", "end", "end",
	} {
		x.typeText(line)
		x.key("Enter") // plain mode reads lines, in order
	}
	x.waitFor("Minutes written:", "step-4-0")

	// 5. Read the minutes.
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "minutes.md"))
	if len(paths) != 1 {
		t.Fatalf("minutes files: %v", paths)
	}
	x.run("send-keys", "-t", "gyda", "clear", "Enter")
	x.shell(5, "head -n 8 "+filepath.Join("westglam", "meetings", filepath.Base(filepath.Dir(paths[0])), "minutes.md"))
	x.waitFor("West Glamorgan Co-production Group", "step-5-0")
	md := readFile(t, paths[0])
	for _, want := range []string{
		"Siân Davies | person using services | in person",
		"Dafydd ap Gwilym | carer | in person",
		"Aled Price | staff, Swansea Bay University Health Board | remote",
		"Chair: Siân Davies.",
		"Minutes taken by: Dafydd ap Gwilym.",
		"Carers' respite survey",
		"Ask the health board to fund weekend respite.",
		"Aled Price will share the survey results with the carers' centre",
		"Everyone had a say.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	if t.Failed() {
		t.Logf("minutes:\n%s", md)
	}
	if _, err := os.Stat(strings.TrimSuffix(paths[0], ".md") + ".docx"); err != nil {
		t.Errorf("no Word minutes, though init asked for them: %v", err)
	}

	// 6. On a terminal that cannot draw (TERM=dumb), the same forms ask
	// one plain question a line, as for a screen reader.
	x.run("send-keys", "-t", "gyda", "clear", "Enter")
	x.shell(6, "TERM=dumb "+bin+" people --group westglam")
	x.waitFor("3. Aled Price (staff, Swansea Bay University Health Board; decision authority), id aled", "What next? [Enter: Finish]", "Enter a number between 1 and 4:")
	x.typeText("3")
	x.key("Enter") // one plain question a line: read in order
	x.waitFor("Who is retiring, or coming back?", "2. Dafydd ap Gwilym")
	x.typeText("2")
	x.key("Enter")
	x.waitFor("Retire Dafydd ap Gwilym?")
	x.typeText("y")
	x.key("Enter")
	x.waitFor("Dafydd ap Gwilym has retired")
	x.key("Enter") // Finish
	x.waitFor("step-6-0")
	if s := x.screen(); strings.Contains(s, "┃") {
		t.Errorf("TERM=dumb drew a full-screen form:\n%s", s)
	}
}
