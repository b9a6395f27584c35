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

	"github.com/gyda/gyda/tui/share"
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

func TestShareErrorsSayWhatToDo(t *testing.T) {
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
