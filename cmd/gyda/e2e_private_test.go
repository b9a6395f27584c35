package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Private stays private over SSH: a guest and a member, each in a real
// terminal (tmux) with the real OpenSSH client, watch a meeting that holds
// an off-the-record note, a confidential item's note and people's access
// needs, with the chair on the full screen and with the chair in --plain.
// They see the meeting, never what they may not see.

// privateOnScreen is what neither may ever see; kindOnScreen says
// someone's kind, which the member may see and the guest may not.
var (
	privateOnScreen = []string{"OFFREC-STORY", "CONF-CARE", "easy read", "large print"}
	kindOnScreen    = regexp.MustCompile(`Lived experience|\bStaff( \d+)?:|Not counted|\bcarer\b|uses services|\[authority\]`)
)

// confidentialGroup is the sample group with item 5 confidential.
func confidentialGroup(t *testing.T) string {
	t.Helper()
	group := sampleGroup(t)
	p := filepath.Join(group, "agendas", "next.toml")
	data := readFile(t, p)
	anchor := `title = "Transport to hospital appointments"` + "\n"
	if !strings.Contains(data, anchor) {
		t.Fatalf("the sample agenda has no %s", anchor)
	}
	writeFile(t, p, strings.Replace(data, anchor, anchor+"confidential = true\n", 1))
	return group
}

// watchers opens a guest (with the passcode) and Rhys, a member (with his
// key), each in a tmux window of their own.
func watchers(t *testing.T, x *tmuxServer, port, passcode, rhysKey string) {
	t.Helper()
	askpass := filepath.Join(t.TempDir(), "askpass.sh")
	writeFile(t, askpass, "#!/bin/sh\necho '"+passcode+"'\n")
	if err := os.Chmod(askpass, 0o700); err != nil {
		t.Fatal(err)
	}
	guest := fmt.Sprintf("ssh -t -p %s -F /dev/null -e none -o PreferredAuthentications=keyboard-interactive "+
		"-o NumberOfPasswordPrompts=1 -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no -o LogLevel=ERROR "+
		"-l visitor 127.0.0.1; sleep 600", port)
	x.run("new-window", "-d", "-t", "gyda", "-n", "guest", "-e", "TERM=xterm-256color", "-e", "SSH_ASKPASS="+askpass,
		"-e", "SSH_ASKPASS_REQUIRE=force", "-e", "DISPLAY=:0", "sh", "-c", guest)
	x.sshWindow("member", port, rhysKey)
	x.waitIn("gyda:guest", "you: Guest 1, observer")
	x.waitIn("gyda:member", "you: Rhys Evans, member")
}

// checkPrivate runs the meeting with the chair typing through chair, and
// checks the guest's and the member's screens.
func checkPrivate(t *testing.T, x *tmuxServer, chair func(line string)) {
	t.Helper()
	for _, line := range []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire",
		"minutes dafydd", "item 4", "declare aled item 4: DECL-RESPITE", "note ORDINARY-NOTE",
		"offrecord OFFREC-STORY about her family"} {
		chair(line)
	}
	look := func(who, target string, want []string, kinds bool) {
		t.Helper()
		s := x.waitIn(target, want...)
		for _, p := range privateOnScreen {
			if strings.Contains(s, p) {
				t.Errorf("%s sees %q:\n%s", who, p, s)
			}
		}
		if k := kindOnScreen.FindString(s); (k != "") != kinds {
			t.Errorf("%s sees each person's kind: %q, want %v:\n%s", who, k, kinds, s)
		}
	}
	look("the guest", "gyda:guest", []string{"ORDINARY-NOTE", "DECL-RESPITE", "Mair Jones"}, false)
	look("the member", "gyda:member", []string{"ORDINARY-NOTE", "DECL-RESPITE", "Mair Jones", "Lived experience"}, true)
	chair("item 5")
	chair("note CONF-CARE about someone's care")
	chair("decide CONF-DECIDED")
	for who, target := range map[string]string{"the guest": "gyda:guest", "the member": "gyda:member"} {
		look(who, target, []string{"CONF-DECIDED", "This item is confidential"}, who == "the member")
	}
}

// privateGroup is the confidential group with a key for Rhys, a member.
func privateGroup(t *testing.T) (group, rhysKey string) {
	t.Helper()
	needSSH(t)
	group = confidentialGroup(t)
	rhys, rhysPub := sshKey(t, t.TempDir(), "rhys")
	giveKey(t, group, "rhys", rhysPub)
	return group, rhys
}

// TestSSHPrivateStaysPrivateWithTheChairsScreen has the chair on the full
// screen, in tmux too.
func TestSSHPrivateStaysPrivateWithTheChairsScreen(t *testing.T) {
	group, rhys := privateGroup(t)
	x, port, passcode := chairsScreenShared(t, group)
	watchers(t, x, port, passcode, rhys)
	checkPrivate(t, x, x.command)
	// The chair's own screen shows the confidential note.
	x.waitFor("CONF-CARE")
}

// TestSSHPrivateStaysPrivateWithTheChairInPlainMode has the chair typing
// lines on gyda --plain.
func TestSSHPrivateStaysPrivateWithTheChairInPlainMode(t *testing.T) {
	group, rhys := privateGroup(t)
	m := startShared(t, group)
	passcode := regexp.MustCompile(`(?m)^passcode: (\S+)$`).FindStringSubmatch(m.out.String())[1]
	x := roomTmux(t, "private")
	x.run("new-session", "-d", "-s", "gyda", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8", "sh", "-c", "sleep 600")
	watchers(t, x, m.port, passcode, rhys)
	checkPrivate(t, x, func(line string) { m.typeLine(t, line) })
	m.out.waitFor(t, "the chair's output", "added to item 5.")
}
