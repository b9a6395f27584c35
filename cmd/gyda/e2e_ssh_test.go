package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/tui/share"
	gossh "golang.org/x/crypto/ssh"
)

// End-to-end tests of gyda --share with the real OpenSSH client, as
// attendees will use it.

// sshKey writes a new ed25519 key pair into dir and returns the private
// key's path and the public key's authorized_keys line.
func sshKey(t *testing.T, dir, name string) (path, pub string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, name)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(dir, name)
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	pub = strings.TrimSpace(string(gossh.MarshalAuthorizedKey(signer.PublicKey())))
	if err := os.WriteFile(path+".pub", []byte(pub+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, pub
}

// giveKey adds an ssh_keys line to a person in the group's roster.toml.
func giveKey(t *testing.T, group, id, pub string) {
	t.Helper()
	p := filepath.Join(group, "roster.toml")
	data := readFile(t, p)
	anchor := "id = \"" + id + "\"\n"
	if !strings.Contains(data, anchor) {
		t.Fatalf("roster.toml has no %s", anchor)
	}
	writeFile(t, p, strings.Replace(data, anchor, anchor+"ssh_keys = [\""+pub+"\"]\n", 1))
}

// rosterKeys gives each person a new key in the group's roster, and
// returns the private keys' paths by id.
func rosterKeys(t *testing.T, group string, ids ...string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for _, id := range ids {
		path, pub := sshKey(t, dir, id)
		giveKey(t, group, id, pub)
		paths[id] = path
	}
	return paths
}

// sharedMeeting is gyda run --plain --share on a free loopback port.
type sharedMeeting struct {
	cmd         *exec.Cmd
	in          io.WriteCloser
	out         *lockedBuffer
	group       string
	port        string
	fingerprint string
}

func startShared(t *testing.T, group string) *sharedMeeting {
	t.Helper()
	cmd := exec.Command(gydaBin, "run", "--plain", "--clock", "sim", "--share", "127.0.0.1:0")
	cmd.Dir = group
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TZ=UTC")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	m := &sharedMeeting{cmd: cmd, in: in, out: out, group: group}
	t.Cleanup(func() {
		in.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	out.waitFor(t, "gyda", "passcode: ")
	for _, l := range strings.Split(out.String(), "\n") {
		switch {
		case strings.HasPrefix(l, "address: "):
			m.port = l[strings.LastIndexByte(l, ':')+1:]
		case strings.HasPrefix(l, "fingerprint: "):
			m.fingerprint = strings.TrimPrefix(l, "fingerprint: ")
		}
	}
	if m.port == "" || m.port == "0" {
		t.Fatalf("no address line with a port:\n%s", out.String())
	}
	return m
}

func (m *sharedMeeting) typeLine(t *testing.T, line string) {
	t.Helper()
	if _, err := io.WriteString(m.in, line+"\n"); err != nil {
		t.Fatal(err)
	}
}

func (m *sharedMeeting) journal(t *testing.T) string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(m.group, "meetings", "*", "journal.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals: %v", paths)
	}
	return readFile(t, paths[0])
}

// sshSession is the real ssh client with a terminal (-tt).
type sshSession struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *lockedBuffer
	done chan struct{} // closed when ssh has exited, with err set
	err  error
}

func sshArgs(port string, keys ...string) []string {
	args := []string{"-tt", "-p", port, "-F", "/dev/null", "-e", "none",
		"-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "PreferredAuthentications=publickey",
		"-o", "UserKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "LogLevel=ERROR"}
	for _, k := range keys {
		args = append(args, "-i", k)
	}
	return append(args, "127.0.0.1")
}

func startSSH(t *testing.T, port string, keys ...string) *sshSession {
	t.Helper()
	cmd := exec.Command("ssh", sshArgs(port, keys...)...)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &sshSession{cmd: cmd, in: in, out: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = s.out, s.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.err = cmd.Wait(); close(s.done) }()
	t.Cleanup(func() {
		in.Close()
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
		}
	})
	return s
}

func (s *sshSession) typeKeys(t *testing.T, keys string) {
	t.Helper()
	if _, err := io.WriteString(s.in, keys); err != nil {
		t.Fatal(err)
	}
}

func needSSH(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("ssh"); err != nil {
		t.Skip("the OpenSSH client (ssh) is not installed")
	}
}

func TestSSHRosterKeyJoinsAndUnknownKeyIsRefused(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	keys := t.TempDir()
	rhys, rhysPub := sshKey(t, keys, "rhys")
	stranger, _ := sshKey(t, keys, "stranger")
	giveKey(t, group, "rhys", rhysPub)
	m := startShared(t, group)

	// The fingerprint shown is the host key kept in the group folder,
	// private to its owner.
	key, err := share.LoadHostKey(share.HostKeyPath(group))
	if err != nil {
		t.Fatal(err)
	}
	if got := share.Fingerprint(key.PublicKey()); got != m.fingerprint || !strings.HasPrefix(got, "SHA256:") {
		t.Errorf("fingerprint line %q, host key %q", m.fingerprint, got)
	}
	if fi, err := os.Stat(share.HostKeyPath(group)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("host key file: %v %v", fi.Mode(), err)
	}
	if !regexp.MustCompile(`(?m)^passcode: \d{3}-\d{3}-\d{3}$`).MatchString(m.out.String()) {
		t.Errorf("no passcode line:\n%s", m.out.String())
	}

	s := startSSH(t, m.port, rhys)
	s.out.waitFor(t, "Rhys's screen", "you: Rhys Evans, member")
	s.out.waitFor(t, "Rhys's screen", "Item 1 of")
	m.out.waitFor(t, "the chair's output", "Rhys Evans arrived (carer, remote).")
	s.typeKeys(t, "h")
	m.out.waitFor(t, "the chair's output", "Rhys Evans has a hand up.")

	bad := startSSH(t, m.port, stranger)
	select {
	case <-bad.done:
		if bad.err == nil {
			t.Fatal("ssh with a key not in the roster succeeded")
		}
	case <-time.After(15 * time.Second):
		t.Fatal("ssh with a key not in the roster did not end")
	}
	if out := bad.out.String(); !strings.Contains(out, "Permission denied") {
		t.Errorf("the stranger was not told permission was denied:\n%s", out)
	}
}

func TestSSHDecideByRole(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	keys := t.TempDir()
	rhys, rhysPub := sshKey(t, keys, "rhys")
	dafydd, dafyddPub := sshKey(t, keys, "dafydd")
	sian, sianPub := sshKey(t, keys, "sian")
	giveKey(t, group, "rhys", rhysPub)
	giveKey(t, group, "dafydd", dafyddPub)
	giveKey(t, group, "sian", sianPub)
	m := startShared(t, group)
	m.typeLine(t, "arrive sian")
	m.typeLine(t, "chair sian")

	// A member's decision is refused, says why, and is not journaled.
	member := startSSH(t, m.port, rhys)
	member.out.waitFor(t, "Rhys's screen", "you: Rhys Evans, member")
	member.typeKeys(t, ":decide The member decides\r")
	member.out.waitFor(t, "Rhys's screen", "only the chair and the minute-taker can use decide")
	if strings.Contains(m.journal(t), `"decided"`) {
		t.Fatal("a member's decision reached the journal")
	}

	// The minute-taker, on their own laptop, records one: journaled, and
	// shown on the chair's side.
	minutes := startSSH(t, m.port, dafydd)
	minutes.out.waitFor(t, "Dafydd's screen", "you: Dafydd ap Gwilym, member")
	m.typeLine(t, "minutes dafydd")
	minutes.out.waitFor(t, "Dafydd's screen", "You are now taking part as a minute-taker")
	minutes.typeKeys(t, ":decide Weekend respite goes to the RPB\r")
	m.out.waitFor(t, "the chair's output", "From Dafydd ap Gwilym (remote): decide Weekend respite goes to the RPB")
	m.out.waitFor(t, "the chair's output", "Weekend respite goes to the RPB")
	if j := m.journal(t); !strings.Contains(j, `"decided"`) || !strings.Contains(j, "Weekend respite goes to the RPB") || !strings.Contains(j, `"by":"dafydd"`) {
		t.Fatal("the minute-taker's decision is not in the journal, by dafydd")
	}
	member.out.waitFor(t, "Rhys's screen", "PROVISIONAL (3 more people needed for quorum): Weekend respite")

	// Offering the chair's public key without its private key, then
	// proving Rhys's: Rhys, a member, not the chair.
	pubOnly := filepath.Join(t.TempDir(), "sian.pub")
	writeFile(t, pubOnly, readFile(t, sian+".pub"))
	os.Chmod(pubOnly, 0o600)
	liar := startSSH(t, m.port, pubOnly, rhys)
	liar.out.waitFor(t, "the second screen", "you: Rhys Evans, member")
	liar.typeKeys(t, ":next\r")
	liar.out.waitFor(t, "the second screen", "only the chair can use next")
}

// TestSSHWithTheChairsScreen runs the chair's full screen in a terminal
// (tmux) with --share: remote attendees get the same screen over ssh, with
// their role's keys; the minute-taker's decision appears on the chair's
// screen and in the journal.
func TestSSHWithTheChairsScreen(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	keys := rosterKeys(t, group, "dafydd", "rhys")
	dafydd, rhys := keys["dafydd"], keys["rhys"]
	x, port, _ := chairsScreenShared(t, group)

	member := startSSH(t, port, rhys)
	member.out.waitFor(t, "Rhys's screen", "you: Rhys Evans, member")
	minutes := startSSH(t, port, dafydd)
	minutes.out.waitFor(t, "Dafydd's screen", "you: Dafydd ap Gwilym, member")
	x.waitFor("Dafydd ap Gwilym arrived (carer, remote).")
	x.command("arrive sian")
	x.command("chair sian")
	x.command("minutes dafydd")
	minutes.out.waitFor(t, "Dafydd's screen", "you: Dafydd ap Gwilym, minute-taker")
	x.key("Enter") // leave the start screen
	x.waitFor("Speaking queue")

	// The member may not decide; the screen says why.
	member.typeKeys(t, ":decide The member decides\r")
	member.out.waitFor(t, "Rhys's screen", "only the chair and the minute-taker can use decide")

	minutes.typeKeys(t, ":decide Respite4all\r")
	x.waitFor("Decision 1", "Respite4all")
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "journal.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals: %v", paths)
	}
	j := readFile(t, paths[0])
	if !strings.Contains(j, "Respite4all") || strings.Contains(j, "The member decides") {
		t.Fatalf("the journal has the wrong decisions:\n%s", j)
	}
	member.out.waitFor(t, "Rhys's screen", "Respite4all")
}

// chairsScreenShared runs gyda run --share on the chair's full screen in a
// tmux session "gyda" of 120x40, and reads the port and passcode from it.
func chairsScreenShared(t *testing.T, group string) (x *tmuxServer, port, passcode string) {
	t.Helper()
	x = roomTmux(t, "share")
	script := fmt.Sprintf("cd %q && %q run --clock sim --share 127.0.0.1:0; echo gyda-exit-$?; sleep 600", group, gydaBin)
	x.run("new-session", "-d", "-s", "gyda", "-x", "120", "-y", "40",
		"-e", "LANG=C.UTF-8", "-e", "TZ=UTC", "-e", "TERM=xterm-256color", "sh", "-c", script)
	screen := x.waitFor("address: 127.0.0.1:", "passcode: ")
	p := regexp.MustCompile(`address: 127\.0\.0\.1:(\d+)`).FindStringSubmatch(screen)
	c := regexp.MustCompile(`passcode: (\d{3}-\d{3}-\d{3})`).FindStringSubmatch(screen)
	if p == nil || c == nil {
		t.Fatalf("no address or passcode on the screen:\n%s", screen)
	}
	return x, p[1], c[1]
}

// A remote chair ends the meeting; the laptop, in plain mode, writes the
// minutes and says where they are.
func TestSSHRemoteChairEndsTheMeeting(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	rhys, rhysPub := sshKey(t, t.TempDir(), "rhys")
	giveKey(t, group, "rhys", rhysPub)
	m := startShared(t, group)
	s := startSSH(t, m.port, rhys)
	s.out.waitFor(t, "Rhys's screen", "you: Rhys Evans, member")
	m.typeLine(t, "chair rhys")
	s.out.waitFor(t, "Rhys's screen", "You are now taking part as a chair")
	// e, as on the laptop: the reflection (none: enter goes on), then y.
	s.typeKeys(t, "e")
	s.out.waitFor(t, "Rhys's screen", "Closing reflection")
	s.typeKeys(t, "\r")
	s.out.waitFor(t, "Rhys's screen", "End the meeting now")
	s.typeKeys(t, "y")
	m.out.waitFor(t, "the chair's output", "The meeting was ended remotely; its minutes are written.")
	m.out.waitFor(t, "the chair's output", "Minutes written: ")
	s.out.waitFor(t, "Rhys's screen", "The meeting ended at 10:00")
	if paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "minutes.md")); len(paths) != 1 {
		t.Fatalf("minutes files: %v", paths)
	}
}

// startGuestSSH is the real ssh client joining with the passcode, typed
// by an askpass program (ssh reads a passcode from the terminal, which a
// test does not have). At most tries passcodes are asked for.
func startGuestSSH(t *testing.T, port, passcode string, tries int) *sshSession {
	t.Helper()
	askpass := filepath.Join(t.TempDir(), "askpass.sh")
	writeFile(t, askpass, "#!/bin/sh\necho '"+passcode+"'\n")
	if err := os.Chmod(askpass, 0o700); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("ssh", "-tt", "-p", port, "-F", "/dev/null", "-e", "none",
		"-o", "PreferredAuthentications=keyboard-interactive", "-o", fmt.Sprintf("NumberOfPasswordPrompts=%d", tries),
		"-o", "UserKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=no",
		"-l", "visitor", "127.0.0.1")
	cmd.Env = append(os.Environ(), "SSH_ASKPASS="+askpass, "SSH_ASKPASS_REQUIRE=force", "DISPLAY=:0")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &sshSession{cmd: cmd, in: in, out: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = s.out, s.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.err = cmd.Wait(); close(s.done) }()
	t.Cleanup(func() {
		in.Close()
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
		}
	})
	return s
}

// A wrong passcode is explained by the real ssh client; a guest with the
// right one is numbered, the chair is told how to admit them, and a
// remote chair does: the guest's screen becomes Rhys's, and Rhys is
// journaled as arriving remote.
func TestSSHGuestIsExplainedNumberedAndAdmitted(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	sian, sianPub := sshKey(t, t.TempDir(), "sian")
	giveKey(t, group, "sian", sianPub)
	m := startShared(t, group)
	passcode := regexp.MustCompile(`(?m)^passcode: (\S+)$`).FindStringSubmatch(m.out.String())[1]

	bad := startGuestSSH(t, m.port, "000-000-000", 1)
	select {
	case <-bad.done:
	case <-time.After(20 * time.Second):
		t.Fatal("ssh with a wrong passcode did not end")
	}
	for _, want := range []string{"Ask the chair for the meeting passcode.", "That passcode is not right; ask the chair for today's passcode.", "Permission denied"} {
		if !strings.Contains(bad.out.String(), want) {
			t.Errorf("ssh with a wrong passcode did not say %q:\n%s", want, bad.out.String())
		}
	}

	guest := startGuestSSH(t, m.port, passcode, 1)
	guest.out.waitFor(t, "the guest's screen", "you: Guest 1, observer")
	m.out.waitFor(t, "the chair's output", `Guest 1 joined with the passcode from 127.0.0.1 (ssh user name "visitor"); admit them with: admit 1 NAME.`)
	// Straight after someone's typo on the same network, the right
	// passcode is held a second, said, and let in.
	if !strings.Contains(guest.out.String(), "A wrong passcode came from your network just now, so yours will be checked in 1 second.") {
		t.Errorf("the guest was not told of the pause:\n%s", guest.out.String())
	}
	// A guest's h, the key for a hand, says who may raise one, and
	// records nothing.
	guest.typeKeys(t, "h")
	guest.out.waitFor(t, "the guest's screen", "can use hand")

	chair := startSSH(t, m.port, sian)
	chair.out.waitFor(t, "Siân's screen", "you: Siân Davies, member")
	m.typeLine(t, "chair sian")
	chair.out.waitFor(t, "Siân's screen", "You are now taking part as a chair")
	chair.typeKeys(t, ":admit 1 rhys\r")
	chair.out.waitFor(t, "Siân's screen", "Guest 1 (from 127.0.0.1) is now Rhys Evans")
	guest.out.waitFor(t, "the guest's screen", "you: Rhys Evans, member")
	m.out.waitFor(t, "the chair's output", "From Siân Davies (remote): admit 1 rhys")
	m.out.waitFor(t, "the chair's output", "Rhys Evans arrived (carer, remote).")
	if j := m.journal(t); !strings.Contains(j, `"type":"arrived","at":`) || !regexp.MustCompile(`"person":"rhys","remote":true`).MatchString(j) {
		t.Fatalf("Rhys's remote arrival is not in the journal:\n%s", j)
	}
	guest.typeKeys(t, "h")
	m.out.waitFor(t, "the chair's output", "From Rhys Evans (remote): hand")
	if strings.Count(m.journal(t), `"type":"hand"`) != 1 {
		t.Fatalf("the guest's h before being admitted was recorded:\n%s", m.journal(t))
	}
}

// The chair types admit on the laptop, in plain mode: the line reaches
// the host, not the meeting's parser.
func TestSSHLaptopChairAdmitsAGuest(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	m := startShared(t, group)
	passcode := regexp.MustCompile(`(?m)^passcode: (\S+)$`).FindStringSubmatch(m.out.String())[1]
	guest := startGuestSSH(t, m.port, passcode, 1)
	guest.out.waitFor(t, "the guest's screen", "you: Guest 1, observer")
	m.out.waitFor(t, "the chair's output", "admit them with: admit 1 NAME.")
	m.typeLine(t, "admit 1 mair")
	guest.out.waitFor(t, "the guest's screen", "you: Mair Jones, member")
	m.out.waitFor(t, "the chair's output", "Mair Jones arrived (person using services, remote).")
	if j := m.journal(t); !regexp.MustCompile(`"person":"mair","remote":true`).MatchString(j) {
		t.Fatalf("Mair's remote arrival is not in the journal:\n%s", j)
	}
}
