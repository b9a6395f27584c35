package main

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/tui/share"
	gossh "golang.org/x/crypto/ssh"
)

func TestSharePrintsTheContractLines(t *testing.T) {
	out, errs, code := gyda(t, t.TempDir(), "quorum\n", "demo", "--plain", "--share", "127.0.0.1:0")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	for _, re := range []string{
		`(?m)^address: 127\.0\.0\.1:[1-9][0-9]*$`,
		`(?m)^fingerprint: SHA256:[A-Za-z0-9+/]{43}$`,
		`(?m)^passcode: [0-9]{3}-[0-9]{3}-[0-9]{3}$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output lacks a line matching %s:\n%s", re, out)
		}
	}
	if !strings.Contains(out, "Quorum: 0 present") {
		t.Errorf("the meeting did not run:\n%s", out)
	}
}

func TestShareWithoutTheFlagChangesNothing(t *testing.T) {
	out, _, code := gyda(t, t.TempDir(), "quorum\n", "demo", "--plain")
	if code != 0 || strings.Contains(out, "address:") || strings.Contains(out, "passcode:") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}

func TestShareOnABadAddressIsAUsageError(t *testing.T) {
	_, errs, code := gyda(t, t.TempDir(), "", "demo", "--plain", "--share", "no-port-here")
	if code != 2 || !strings.Contains(errs, "--share no-port-here") {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
}

func TestShareLimitsByAddress(t *testing.T) {
	def := share.DefaultLimits()
	for addr, per := range map[string]int{
		"127.0.0.1:2222": def.MaxSessions,
		"[::1]:2222":     def.MaxSessions,
		"localhost:2222": def.MaxSessions,
		"0.0.0.0:2222":   def.MaxPerAddr,
		"10.0.0.5:2222":  def.MaxPerAddr,
	} {
		if got := shareLimits(addr).MaxPerAddr; got != per {
			t.Errorf("%s: per-address cap %d, want %d", addr, got, per)
		}
	}
}

func TestNoticesArePrintedInOrderAndNeverBlock(t *testing.T) {
	var out lockedWriter
	var buf bytes.Buffer
	out.w = &buf
	p := noticePrinter(&out)
	for i := range 10 {
		p.notice(share.Notice{Lines: []string{fmt.Sprintf("notice %d", i)}})
	}
	p.close()
	p.close()
	p.notice(share.Notice{Lines: []string{"after close"}}) // ignored, no panic
	want := ""
	for i := range 10 {
		want += fmt.Sprintf("notice %d\n", i)
	}
	if buf.String() != want {
		t.Fatalf("printed:\n%s", buf.String())
	}

	// A chair's output that does not keep up: notices are dropped, counted,
	// and the senders never wait.
	block := make(chan struct{})
	slow := &blockingWriter{release: block}
	p = noticePrinter(slow)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 1000 {
			p.notice(share.Notice{Lines: []string{fmt.Sprintf("n%d", i)}})
		}
	}()
	wg.Wait() // returns although nothing could be printed
	close(block)
	p.close()
	if !strings.Contains(slow.String(), "remote notices were not shown") {
		t.Errorf("dropped notices were not counted:\n%.300s", slow.String())
	}
}

type blockingWriter struct {
	release chan struct{}
	mu      sync.Mutex
	b       bytes.Buffer
}

func (w *blockingWriter) Write(p []byte) (int, error) {
	<-w.release
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *blockingWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func TestShareOnAPortInUseIsAnEnvironmentFailure(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	_, port, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(port)
	_, errs, code := gyda(t, t.TempDir(), "quorum\n", "demo", "--plain", "--share", addr)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (not a usage error); stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		"--share " + addr + ": port " + port + " is already in use on this laptop",
		fmt.Sprintf("share on another port, such as --share 127.0.0.1:%d", n+1),
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "gyda help") {
		t.Errorf("a port in use is not a mistake in how gyda was called:\n%s", errs)
	}
}

func TestShareErrorsSayWhatToTry(t *testing.T) {
	for _, c := range []struct {
		addr  string
		err   error
		usage bool
		want  string
	}{
		{"no-port-here", errors.New("x"), true, "give an address and a port"},
		{"nosuchhost.invalid:2222", &net.OpError{Op: "listen", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "nosuchhost.invalid"}}, true, "give this laptop's address"},
		{"10.9.9.9:2222", &net.OpError{Op: "listen", Net: "tcp", Err: os.NewSyscallError("bind", syscall.EADDRNOTAVAIL)}, false, "10.9.9.9 is not an address of this laptop; use --share 0.0.0.0:2222"},
		{"0.0.0.0:22", &net.OpError{Op: "listen", Net: "tcp", Err: os.NewSyscallError("bind", syscall.EACCES)}, false, "ports below 1024 need administrator rights"},
		{"0.0.0.0:2222", &net.OpError{Op: "listen", Net: "tcp", Err: os.NewSyscallError("bind", wsaeaddrinuse)}, false, "port 2222 is already in use"},
	} {
		err := shareError(c.addr, c.err)
		var ue *usageError
		if errors.As(err, &ue) != c.usage || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v (usage error: %v), want %q (usage error: %v)", c.addr, err, errors.As(err, &ue), c.want, c.usage)
		}
	}
}

// sharedSession is a meeting of the sample group on a simulated clock,
// shared on a free loopback port with screen for remote attendees; told
// collects the notices for the chair.
func sharedSession(t *testing.T) (*session, *sharing, *lockedBuffer) {
	t.Helper()
	dir := t.TempDir()
	folder, agenda, err := demo.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim", Demo: true}
	clock, err := newClock("sim", agenda.Start)
	if err != nil {
		t.Fatal(err)
	}
	s, err := startSession(dir, setup, clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.close() })
	told := &lockedBuffer{}
	sh, err := shareMeeting(s, "127.0.0.1:0", noticePrinter(told))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sh.stop)
	return s, sh, told
}

// guestTerminal joins as a guest with the passcode (x/crypto's client, in
// this process) and returns what its terminal shows.
func guestTerminal(t *testing.T, h *share.Host) *lockedBuffer {
	t.Helper()
	c, err := gossh.Dial("tcp", h.Addr().String(), &gossh.ClientConfig{
		User: "visitor",
		Auth: []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
			a := make([]string, len(qs))
			for i := range a {
				a[i] = h.Passcode()
			}
			return a, nil
		})},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out := &lockedBuffer{}
	sess.Stdout, sess.Stderr = out, out
	if _, err := sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return out
}

// The chair, on the laptop, admits a guest by the number in the notice;
// the guest's screen is made again as that person's.
func TestTheChairAdmitsAGuestFromTheLaptop(t *testing.T) {
	s, sh, told := sharedSession(t)
	guest := guestTerminal(t, sh.host)
	told.waitFor(t, "the chair's notices", "Guest 1 joined with the passcode from 127.0.0.1 (ssh user name \"visitor\"); admit them with: admit 1 NAME.")
	guest.waitFor(t, "the guest's screen", "observer")

	res, err := sh.do("admit 1 rhys")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(res.Lines, "\n"); !strings.Contains(got, "Guest 1 (from 127.0.0.1) is now Rhys Evans, taking part as a member") ||
		!strings.Contains(got, "Rhys Evans arrived (carer, remote).") {
		t.Fatalf("the chair was told:\n%s", got)
	}
	if st := s.live.Snapshot(meeting.ConsoleActor()).State; !st.IsPresent("rhys") || !st.IsRemote("rhys") {
		t.Fatal("Rhys was not recorded as arriving remote")
	}
	guest.waitFor(t, "the guest's screen", "Rhys Evans, member")
	if _, err := sh.do("admit 1 mair"); err == nil || !strings.Contains(err.Error(), "Guest 1 has already been admitted, as Rhys Evans") {
		t.Fatalf("admitting twice: %v", err)
	}
	// Other lines reach the meeting as before; help lists admit.
	res, err = sh.do("help")
	if err != nil || !strings.Contains(strings.Join(res.Lines, "\n"), "admit N NAME") {
		t.Fatalf("help: %v\n%s", err, strings.Join(res.Lines, "\n"))
	}
	res, err = sh.do("help admit")
	if err != nil || !strings.HasPrefix(res.Lines[0], "admit N NAME: let Guest N") {
		t.Fatalf("help admit: %v %v", err, res.Lines)
	}
	if _, err := sh.do("arrive mair"); err != nil || !s.live.Snapshot(meeting.ConsoleActor()).State.IsPresent("mair") {
		t.Fatalf("arrive through the sharing: %v", err)
	}
}

func TestWithoutSharingLinesGoToTheMeeting(t *testing.T) {
	dir := t.TempDir()
	folder, agenda, err := demo.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim", Demo: true}
	clock, _ := newClock("sim", agenda.Start)
	s, err := startSession(dir, setup, clock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	_, sh, err := startSharing(s, meetingFlags{}, env{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sh.do("arrive mair"); err != nil || !s.live.Snapshot(meeting.ConsoleActor()).State.IsPresent("mair") {
		t.Fatalf("arrive without sharing: %v", err)
	}
	if _, err := sh.do("admit 1 rhys"); err == nil || !strings.Contains(err.Error(), `"admit" is not a command`) {
		t.Fatalf("admit without sharing: %v", err)
	}
}
