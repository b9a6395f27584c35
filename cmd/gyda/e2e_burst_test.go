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

// TestInitAnsweredInOneBurstInTmux answers gyda init's form the way a
// quick typist (or a paste of remembered keys) does: every answer and
// every Enter in one go, before the screen has caught up. A huh form
// moves to its next field by a message that comes after the keys already
// read, so the keys for the next field once landed in the one before
// (the quorum's "3" in the group's name); the form's host now holds them
// until the move is made.
func TestInitAnsweredInOneBurstInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed")
		}
		t.Fatal("tmux is needed for this test in CI")
	}
	dir := t.TempDir()
	x := &tmuxServer{t: t, sock: fmt.Sprintf("gyda-burst-%d-%d", os.Getpid(), time.Now().UnixNano())}
	defer exec.Command("tmux", "-L", x.sock, "kill-server").Run()
	x.run("new-session", "-d", "-s", "gyda", "-x", "100", "-y", "40", "-c", dir,
		"-e", "LANG=C.UTF-8", "-e", "TZ=UTC", "-e", "TERM=xterm-256color", "-e", "PS1=$ ", "sh")
	x.shell(1, fmt.Sprintf("%q init burst", gydaBin))
	x.waitFor("What is the group called?")

	// One tmux command line: the keys reach the terminal together.
	send := func(args ...string) []string { return append([]string{"send-keys", "-t", "gyda"}, args...) }
	var line []string
	for i, step := range [][]string{
		send("-l", "Cwm Taf Carers"), send("Enter"),
		send("C-u"), send("-l", "3"), send("Enter"),
		send("C-u"), send("-l", "1"), send("Enter"),
		send("Enter"),          // remote attendees count, as by default
		send("Enter", "Enter"), // the breaks, as by default
		send("Enter"),          // Markdown
		send("Enter"),          // English
	} {
		if i > 0 {
			line = append(line, ";")
		}
		line = append(line, step...)
	}
	x.run(line...)
	x.waitFor("Made a group folder for Cwm Taf Carers in burst:", "step-1-0")
	g, err := config.LoadGroup(filepath.Join(dir, "burst", "group.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Name != "Cwm Taf Carers" || g.Quorum.MinPresent != 3 || g.Quorum.MinLivedExperience != 1 || strings.Join(g.Minutes.Formats, ",") != "md" {
		t.Fatalf("group.toml holds name %q, quorum %d with %d lived experience, formats %v; want Cwm Taf Carers, 3, 1, md",
			g.Name, g.Quorum.MinPresent, g.Quorum.MinLivedExperience, g.Minutes.Formats)
	}
}
