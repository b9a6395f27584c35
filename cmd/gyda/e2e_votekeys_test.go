package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Voting with keys over SSH: the chair runs the full screen with --share;
// Rhys and Claire join with their keys through the real OpenSSH client,
// each in a tmux window of their own. In an open vote they vote with + and
// -, Claire changes hers, the chair records the room and closes the vote:
// the result is on every screen and in the minutes. Then, in a secret
// ballot for chair, they vote by number and y; the chair adds the paper
// ballots and closes it. The journal holds that they gave a ballot, never
// who for, and the chair was never told what only they were.
func TestSSHVotingWithKeys(t *testing.T) {
	needSSH(t)
	start := time.Now()
	group := sampleGroup(t)
	keys := rosterKeys(t, group, "rhys", "claire")
	x, port, _ := chairsScreenShared(t, group)
	x.sshWindow("rhys", port, keys["rhys"])
	x.sshWindow("claire", port, keys["claire"])
	x.waitIn("gyda:rhys", "you: Rhys Evans, member")
	x.waitIn("gyda:claire", "you: Claire Thomas, member")
	for _, line := range []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "chair sian", "minutes dafydd"} {
		x.command(line)
	}
	x.key("Enter") // leave the start screen
	x.waitFor("Speaking queue", "Aled Price")

	x.command("vote Shall we fund weekend respite?")
	x.waitIn("gyda:rhys", "You have not voted", "+ for")
	x.pressIn("gyda:rhys", "+", "Your vote: for.")
	x.pressIn("gyda:claire", "-", "Your vote: against.")
	x.pressIn("gyda:claire", "+", "Your vote: for.")
	chair := x.waitFor("From Claire Thomas (remote): for", "Claire Thomas: for (was against).", "So far: 2 for, 0 against")
	if strings.Contains(chair, "Your vote") {
		t.Errorf("the chair's screen shows a member's own message:\n%s", chair)
	}
	x.key("+")
	x.waitFor(": for ")
	x.typeText("sian, mair")
	x.key("Enter")
	x.command("against aled")
	x.waitFor("So far: 4 for, 1 against, 0 abstained")
	x.command("vote close")
	result := []string{"Carried: 4 for, 1 against, 0 abstained.", "Present and did not vote: Dafydd ap Gwilym."}
	everyone(x, result...)

	x.command("elect chair: sian, mair")
	x.waitIn("gyda:rhys", "1  Siân Davies", "2  Mair Jones")
	x.pressIn("gyda:rhys", "1", "Vote for Siân Davies?")
	x.pressIn("gyda:rhys", "y", "Your ballot is in; it is secret.")
	x.waitIn("gyda:claire", "1  Siân Davies", "2  Mair Jones")
	x.pressIn("gyda:claire", "2", "Vote for Mair Jones?")
	x.pressIn("gyda:claire", "n", "Nothing was changed.")
	x.pressIn("gyda:claire", "2", "Vote for Mair Jones?")
	x.pressIn("gyda:claire", "y", "Your ballot is in; it is secret.")
	if s := x.screenOf("gyda:claire"); strings.Contains(s, "2  Mair Jones") {
		t.Errorf("Claire's numbers are still on after voting:\n%s", s)
	}
	chair = x.waitFor("Voted on screen: 2 (Rhys Evans and Claire Thomas)")
	if strings.Contains(chair, "Your ballot") {
		t.Errorf("the chair's screen shows a member's own message:\n%s", chair)
	}
	x.command("tally sian 2")
	x.command("tally mair 1")
	x.command("elect close")
	elected := "Siân Davies was elected chair, 3 votes to 2."
	everyone(x, elected)

	x.key("e")
	x.waitFor("Closing reflection")
	x.key("Tab")
	x.typeText("y")
	x.waitFor("Minutes written:")

	md := readFile(t, meetingFile(t, group, "minutes.md"))
	for _, want := range []string{"Shall we fund weekend respite?", "Carried: 4 for, 1 against, 0 abstained.", elected} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q:\n%s", want, md)
		}
	}
	casts := 0
	journal := strings.Split(readFile(t, meetingFile(t, group, "journal.jsonl")), "\n")
	for _, line := range journal[1:] { // after the header (the roster)
		voter := strings.Contains(line, `"rhys"`) || strings.Contains(line, `"claire"`)
		candidate := strings.Contains(line, `"sian"`) || strings.Contains(line, `"mair"`)
		if strings.Contains(line, `"ballot-cast"`) {
			casts++
		}
		if voter && candidate {
			t.Errorf("a journal line joins a voter to a candidate: %s", line)
		}
	}
	if casts != 2 {
		t.Errorf("%d ballot-cast events, want 2", casts)
	}
	t.Logf("voting over SSH took %s", time.Since(start).Round(time.Millisecond))
}

// everyone waits until the chair's, Rhys's and Claire's screens show want.
func everyone(x *tmuxServer, want ...string) {
	x.t.Helper()
	for _, w := range []string{"gyda", "gyda:rhys", "gyda:claire"} {
		x.waitIn(w, want...)
	}
}

// sshWindow opens a tmux window named name in which the real ssh client
// joins the shared meeting on port with the key.
func (x *tmuxServer) sshWindow(name, port, key string) {
	x.t.Helper()
	member := "ssh " + strings.Join(sshArgs(port, key), " ") + "; sleep 600"
	x.run("new-window", "-d", "-t", "gyda", "-n", name, "-e", "TERM=xterm-256color", "sh", "-c", member)
}

// typeIn types text literally into a window ("gyda:rhys").
func (x *tmuxServer) typeIn(target, text string) { x.run("send-keys", "-t", target, "-l", text) }

// pressIn types text into a window and waits until it shows want.
func (x *tmuxServer) pressIn(target, text string, want ...string) string {
	x.t.Helper()
	x.typeIn(target, text)
	return x.waitIn(target, want...)
}

// meetingFile is the path of a file of the group's one meeting.
func meetingFile(t *testing.T, group, name string) string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", name))
	if len(paths) != 1 {
		t.Fatalf("%s files: %v", name, paths)
	}
	return paths[0]
}
