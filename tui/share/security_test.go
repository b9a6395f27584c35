package share

import (
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// lyingSigner offers one public key and signs with another key.
type lyingSigner struct {
	gossh.AlgorithmSigner
	pub gossh.PublicKey
}

func (l lyingSigner) PublicKey() gossh.PublicKey { return l.pub }

func onlySession(t *testing.T, h *Host) SessionInfo {
	t.Helper()
	var list []SessionInfo
	waitUntil(t, 5*time.Second, "one session", func() bool {
		list = h.Sessions()
		return len(list) == 1
	})
	return list[0]
}

func TestIdentityComesFromTheKeyThatSigned(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	mustDo(t, live, "arrive sian", "chair sian")
	h := startHost(t, live, nil)
	// Offers the chair's public key, signs with Mair's: the SSH layer
	// drops the connection at the bad signature, before any session.
	liar := lyingSigner{AlgorithmSigner: keys["mair"].(gossh.AlgorithmSigner), pub: keys["sian"].PublicKey()}
	if c, err := dial(h.Addr(), dialOpt{user: "sian", signers: []gossh.Signer{liar, keys["mair"]}}); err == nil {
		c.Close()
		t.Fatal("a client that signed with another key than it offered got in")
	}
	// Proving Mair's key gives Mair, with a member's rights, whatever
	// the user name.
	c := connect(t, h, dialOpt{user: "sian", signers: []gossh.Signer{keys["mair"]}})
	if got := onlySession(t, h).Person; got != "mair" {
		t.Fatalf("identity %q, want mair", got)
	}
	c.out.waitFor(t, "you: Mair Jones, member", 5*time.Second)
	if _, err := h.session(onlySession(t, h).ID).Do("next"); err == nil {
		t.Fatal("Mair, a member, moved the agenda on")
	}
}

func TestUserNameChangesNothing(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	mustDo(t, live, "arrive sian", "chair sian")
	h := startHost(t, live, nil)
	for _, user := range []string{"sian", "root", "", "chair", "sian\x1b[2J", strings.Repeat("x", 5000)} {
		c, err := dial(h.Addr(), dialOpt{user: user, signers: []gossh.Signer{keys["rhys"]}})
		if err != nil {
			t.Fatalf("user %q: %v", user, err)
		}
		cl, err := openTerminal(c, 80, 24)
		if err != nil {
			t.Fatal(err)
		}
		if got := onlySession(t, h).Person; got != "rhys" {
			t.Errorf("user %q: identity %q, want rhys", user, got)
		}
		cl.Close()
		waitUntil(t, 5*time.Second, "the session to end", func() bool { return len(h.Sessions()) == 0 })
	}
	// The wrong user name with no roster key gets nowhere.
	if _, err := dial(h.Addr(), dialOpt{user: "rhys", signers: []gossh.Signer{newSigner(t)}}); err == nil {
		t.Fatal("an unknown key got in by calling itself rhys")
	}
}

func TestPasscodeAfterAFailedKeyIsAGuest(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	// An unknown key is refused; the passcode then makes a guest, whatever
	// the user name says.
	c := connect(t, h, dialOpt{user: "rhys", signers: []gossh.Signer{newSigner(t)}, passcode: "123 456 789"})
	if got := onlySession(t, h).Person; got != "" {
		t.Fatalf("identity %q, want a guest", got)
	}
	c.out.waitFor(t, "you: Guest 1, observer", 5*time.Second)
	s := h.session(onlySession(t, h).ID)
	if _, err := s.Do("hand rhys"); err == nil {
		t.Fatal("a guest raised Rhys's hand")
	}
	c.Close()
	waitUntil(t, 5*time.Second, "the guest to go", func() bool { return len(h.Sessions()) == 0 })
	// Rhys's key offered but not proven, then the passcode: never Rhys.
	liar := lyingSigner{AlgorithmSigner: newSigner(t).(gossh.AlgorithmSigner), pub: keys["rhys"].PublicKey()}
	if cl, err := dial(h.Addr(), dialOpt{user: "rhys", signers: []gossh.Signer{liar}, passcode: "123-456-789"}); err == nil {
		cl2, err := openTerminal(cl, 80, 24)
		if err != nil {
			t.Fatal(err)
		}
		defer cl2.Close()
		if got := onlySession(t, h).Person; got != "" {
			t.Fatalf("identity %q after an unproven key and the passcode, want a guest", got)
		}
	}
	if live.Snapshot(meeting.ConsoleActor()).State.IsPresent("rhys") {
		t.Fatal("Rhys was recorded as arriving")
	}
}

func TestUnknownKeysAndWrongPasscodesAreRefused(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Limits.FailBackoff = 300 * time.Millisecond })
	if _, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{newSigner(t)}}); err == nil {
		t.Fatal("an unknown key got in")
	}
	if _, err := dial(h.Addr(), dialOpt{passcode: "000-000-000"}); err == nil {
		t.Fatal("a wrong passcode got in")
	}
	// Straight after a wrong passcode, the right one is held for its turn,
	// then let in.
	start := time.Now()
	c, err := dial(h.Addr(), dialOpt{passcode: "123-456-789"})
	if err != nil {
		t.Fatalf("the right passcode after a wrong one: %v", err)
	}
	c.Close()
	if waited := time.Since(start); waited < 200*time.Millisecond {
		t.Fatalf("no back-off after a wrong passcode (waited %s)", waited)
	}
}

func TestNoPasscodeNoGuests(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Passcode = "" })
	if _, err := dial(h.Addr(), dialOpt{passcode: "123-456-789"}); err == nil {
		t.Fatal("a guest got in with no passcode set")
	}
}

func TestAuthTriesAreCapped(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Limits.MaxAuthTries = 3 })
	var signers []gossh.Signer
	for range 5 {
		liar := lyingSigner{AlgorithmSigner: newSigner(t).(gossh.AlgorithmSigner), pub: keys["rhys"].PublicKey()}
		signers = append(signers, liar)
	}
	signers = append(signers, keys["rhys"]) // the right key, too late
	if _, err := dial(h.Addr(), dialOpt{signers: signers}); err == nil {
		t.Fatal("got in after more failed tries than allowed")
	}
}

func TestExecSubsystemsForwardingAndAgentAreRefused(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	conn := func() *gossh.Client {
		c, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{keys["rhys"]}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	session := func() *gossh.Session {
		s, err := conn().NewSession()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if out, err := session().CombinedOutput("cat /etc/passwd"); err == nil || strings.Contains(string(out), "root") {
		t.Fatalf("exec ran: %q %v", out, err)
	}
	if err := session().RequestSubsystem("sftp"); err == nil {
		t.Fatal("the sftp subsystem was accepted")
	}
	if c, err := conn().Dial("tcp", h.Addr().String()); err == nil {
		c.Close()
		t.Fatal("local port forwarding (-L) was accepted")
	}
	if ln, err := conn().Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Fatal("remote port forwarding (-R) was accepted")
	}
	if err := agent.RequestAgentForwarding(session()); err == nil {
		t.Fatal("agent forwarding was accepted")
	}
	x11 := struct {
		Single        bool
		Proto, Cookie string
		Screen        uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0}
	if ok, _ := session().SendRequest("x11-req", true, gossh.Marshal(x11)); ok {
		t.Fatal("X11 forwarding was accepted")
	}
	// A shell still works: nothing above broke the host.
	cl := connect(t, h, dialOpt{signers: []gossh.Signer{keys["mair"]}})
	cl.out.waitFor(t, "you: Mair Jones", 5*time.Second)
}

func TestOneSessionPerConnection(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	c, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := openTerminal(c, 80, 24); err != nil {
		t.Fatal(err)
	}
	onlySession(t, h)
	if _, err := c.NewSession(); err == nil {
		t.Fatal("a second session on one connection was accepted")
	}
}

// TestConnectionCaps: guests are capped per address and in all, and
// told why; the places kept for roster keys stay free for them however
// many guests come; a place is given back when its connection closes.
func TestConnectionCaps(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Limits.MaxSessions, c.Limits.MaxPerAddr = 20, 2 })
	var open []*gossh.Client
	defer func() {
		for _, c := range open {
			c.Close()
		}
	}()
	for i := range 2 {
		c, err := dial(h.Addr(), dialOpt{passcode: "123-456-789"})
		if err != nil {
			t.Fatalf("guest %d: %v", i+1, err)
		}
		open = append(open, c)
	}
	var x told
	if c, err := dial(h.Addr(), dialOpt{passcode: "123-456-789", told: x.add}); err == nil {
		c.Close()
		t.Fatal("a third guest from one address was let in (cap 2)")
	}
	if !strings.Contains(x.text(), meetingFull) {
		t.Errorf("the third guest was told:\n%s", x.text())
	}
	// Members with keys are not guests: they still get in.
	for _, id := range []string{"rhys", "sian"} {
		c, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{keys[id]}})
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		open = append(open, c)
	}
	open[0].Close()
	waitUntil(t, 5*time.Second, "the place to be given back", func() bool { return h.Connections() == 3 })
	c, err := dial(h.Addr(), dialOpt{passcode: "123-456-789"})
	if err != nil {
		t.Fatalf("after one closed: %v", err)
	}
	open = append(open, c)
}

func TestHandshakeDeadline(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) {
		c.Limits.HandshakeTimeout = 300 * time.Millisecond
		c.Limits.FirstWordTimeout = time.Minute // only the handshake's deadline can hang up
	})
	conn, err := net.Dial("tcp", h.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Say nothing; the host must hang up. Its deadline is 300 ms; the
	// read gives up after 10 s, so a host
	// that ignored the limit fails here, however busy the machine.
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	start := time.Now()
	_, err = io.Copy(io.Discard, conn)
	if err != nil {
		t.Fatalf("the host did not hang up: %v", err)
	}
	t.Logf("the host hung up after %s", time.Since(start).Round(time.Millisecond))
	waitUntil(t, 10*time.Second, "the connection to be counted out", func() bool { return h.Connections() == 0 })
}

func TestHostKeyIsStableAndPrivate(t *testing.T) {
	dir := t.TempDir()
	path := HostKeyPath(dir)
	k1, err := LoadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %v, want 0600", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(filepath.Dir(path)); fi.Mode().Perm() != 0o700 {
		t.Errorf("host key folder mode %v, want 0700", fi.Mode().Perm())
	}
	os.Chmod(path, 0o644)
	k2, err := LoadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if Fingerprint(k1.PublicKey()) != Fingerprint(k2.PublicKey()) {
		t.Fatal("the fingerprint changed between starts")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("a readable host key was not made private again: %v", fi.Mode().Perm())
	}
	if !strings.HasPrefix(Fingerprint(k1.PublicKey()), "SHA256:") {
		t.Errorf("fingerprint %q", Fingerprint(k1.PublicKey()))
	}
	// Two hosts, one after the other, present the same key to clients.
	live, _, keys := sampleMeeting(t)
	var seen []string
	for range 2 {
		h := startHost(t, live, func(c *Config) { c.HostKey = k2 })
		c, err := gossh.Dial("tcp", h.Addr().String(), &gossh.ClientConfig{User: "x",
			Auth: []gossh.AuthMethod{gossh.PublicKeys(keys["rhys"])},
			HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error {
				seen = append(seen, Fingerprint(k))
				return nil
			}})
		if err != nil {
			t.Fatal(err)
		}
		c.Close()
		h.Close()
	}
	if len(seen) != 2 || seen[0] != seen[1] || seen[0] != Fingerprint(k1.PublicKey()) {
		t.Fatalf("fingerprints seen %v, want %s twice", seen, Fingerprint(k1.PublicKey()))
	}
}

func TestBadRosterKeysAreWarnedNotFatal(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	people := live.Snapshot(meeting.ConsoleActor()).State.Roster.People()
	shared := string(gossh.MarshalAuthorizedKey(newSigner(t).PublicKey()))
	for i := range people {
		switch people[i].ID {
		case "john":
			people[i].SSHKeys = []string{"ssh-ed25519 not-a-key"}
		case "aled", "tom":
			people[i].SSHKeys = []string{shared}
		}
	}
	h := startHost(t, live, func(c *Config) { c.People = people })
	w := strings.Join(h.Warnings(), "\n")
	for _, want := range []string{"John Williams is not a public key", "aled and tom have the same SSH key"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
}

func TestLinesAndCommandsAreLimited(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Limits.CommandRate, c.Limits.CommandBurst = 0.5, 3 })
	connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	s := h.session(onlySession(t, h).ID)
	var le *LimitError
	if _, err := s.Do("reflect " + strings.Repeat("a", 1200)); !errors.As(err, &le) {
		t.Fatalf("a 1200-character line: %v, want a limit", err)
	}
	refused := 0
	for range 10 {
		if _, err := s.Do("quorum"); errors.As(err, &le) {
			refused++
		}
	}
	if refused < 6 {
		t.Fatalf("only %d of 10 quick commands were held back", refused)
	}
}

func mustDo(t testing.TB, live *meeting.Live, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if _, err := live.Do(meeting.ConsoleActor(), l); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
	}
}

func TestIdleAndMaximumTimeouts(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Limits.IdleTimeout = 300 * time.Millisecond })
	// Signed in, but never asking for a session: cut when idle.
	c, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("an idle connection was not closed")
	}

	// Long enough for the first screen to arrive on a loaded machine
	// under the race detector (700 ms left little room), short enough to
	// wait for: these timers are the host's, on the real clock.
	h2 := startHost(t, live, func(c *Config) { c.Limits.MaxTimeout = 2 * time.Second })
	cl := connect(t, h2, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	cl.out.waitFor(t, "you: Rhys", 5*time.Second)
	go func() { done <- cl.c.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a connection outlived its maximum time")
	}
	waitUntil(t, 5*time.Second, "the session to go", func() bool { return len(h2.Sessions()) == 0 })
}
