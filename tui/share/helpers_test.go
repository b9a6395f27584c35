package share

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
	gossh "golang.org/x/crypto/ssh"
)

// countEvents is how many events of type typ rec has recorded.
func countEvents(t testing.TB, rec *meetingtest.Recorder, typ meeting.EventType) int {
	t.Helper()
	n := 0
	for _, e := range meetingtest.Events[meeting.Event](t, rec) {
		if e.Type == typ {
			n++
		}
	}
	return n
}

// testKeys are the keys of some sample people.
type testKeys map[string]gossh.Signer

func newSigner(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sampleMeeting is the sample group's meeting, with keys for sian,
// dafydd, mair and rhys, on a simulated clock, journalled in memory.
func sampleMeeting(t testing.TB) (*meeting.Live, *meetingtest.Recorder, testKeys) {
	t.Helper()
	return sampleMeetingWith(t, nil)
}

// sampleMeetingWith is sampleMeeting with a change to its setup.
func sampleMeetingWith(t testing.TB, change func(*meeting.Setup)) (*meeting.Live, *meetingtest.Recorder, testKeys) {
	t.Helper()
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	keys := testKeys{}
	people := folder.Roster.People()
	for i, p := range people {
		switch p.ID {
		case "sian", "dafydd", "mair", "rhys", "priya":
			k := newSigner(t)
			keys[p.ID] = k
			people[i].SSHKeys = []string{string(gossh.MarshalAuthorizedKey(k.PublicKey()))}
		}
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: people, Clock: "sim"}
	if change != nil {
		change(setup)
	}
	rec := &meetingtest.Recorder{}
	live, _, err := meeting.Start(setup, nil, rec, meeting.NewSimClock(agenda.Start), meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return live, rec, keys
}

// startHost shares a meeting on a free loopback port.
func startHost(t testing.TB, live *meeting.Live, mod func(*Config)) *Host {
	t.Helper()
	hk, err := LoadHostKey(filepath.Join(t.TempDir(), "host_ed25519"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Addr: "127.0.0.1:0", Live: live, HostKey: hk, Passcode: "123-456-789", Grace: time.Minute}
	if mod != nil {
		mod(&cfg)
	}
	h, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// screenBuf collects what a client's terminal receives.
type screenBuf struct {
	mu  sync.Mutex
	buf bytes.Buffer
	ch  chan struct{}
}

func newScreenBuf() *screenBuf { return &screenBuf{ch: make(chan struct{}, 1)} }

func (b *screenBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	b.buf.Write(p)
	b.mu.Unlock()
	select {
	case b.ch <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (b *screenBuf) raw() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *screenBuf) text() string { return ansi.Strip(b.raw()) }

// waitFor waits until the screen shows want.
func (b *screenBuf) waitFor(t testing.TB, want string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !strings.Contains(b.text(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q; it shows:\n%s", want, tail(b.text(), 3000))
		}
		select {
		case <-b.ch:
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// client is an in-process SSH client with a terminal.
type client struct {
	c     *gossh.Client
	s     *gossh.Session
	in    io.WriteCloser
	out   *screenBuf
	close sync.Once
}

type dialOpt struct {
	user     string
	signers  []gossh.Signer
	passcode string
	w, h     int
	// told, if set, gets the instructions the host sends during
	// keyboard-interactive authentication.
	told func(instruction string)
}

// passcodeAnswers answers every keyboard-interactive question with
// o.passcode, passing on what the host says to o.told.
func passcodeAnswers(o dialOpt) gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(_, instruction string, qs []string, _ []bool) ([]string, error) {
		if o.told != nil && instruction != "" {
			o.told(instruction)
		}
		a := make([]string, len(qs))
		for i := range a {
			a[i] = o.passcode
		}
		return a, nil
	})
}

func dial(addr net.Addr, o dialOpt) (*gossh.Client, error) {
	var auth []gossh.AuthMethod
	if len(o.signers) > 0 {
		auth = append(auth, gossh.PublicKeys(o.signers...))
	}
	if o.passcode != "" {
		auth = append(auth, passcodeAnswers(o))
	}
	user := o.user
	if user == "" {
		user = "someone"
	}
	return gossh.Dial("tcp", addr.String(), &gossh.ClientConfig{
		User: user, Auth: auth, Timeout: 10 * time.Second,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
}

// connect opens a terminal session and waits for the first screen.
func connect(t testing.TB, h *Host, o dialOpt) *client {
	t.Helper()
	c, err := dial(h.Addr(), o)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	cl, err := openTerminal(c, o.w, o.h)
	if err != nil {
		c.Close()
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

func openTerminal(c *gossh.Client, w, h int) (*client, error) {
	s, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	out := newScreenBuf()
	s.Stdout, s.Stderr = out, out
	in, err := s.StdinPipe()
	if err != nil {
		return nil, err
	}
	if w == 0 && h == 0 {
		w, h = 120, 40
	}
	if err := s.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	if err := s.Shell(); err != nil {
		return nil, err
	}
	return &client{c: c, s: s, in: in, out: out}, nil
}

func (c *client) Close() {
	c.close.Do(func() {
		c.s.Close()
		c.c.Close()
	})
}

func (c *client) typeText(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(c.in, s); err != nil {
		t.Fatalf("type %q: %v", s, err)
	}
}

// waitUntil polls cond.
func waitUntil(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// watcher is a test screen's subscription to the meeting, as the
// session's actor, as a screen made by a ModelFactory keeps its own.
type watcher struct {
	live *meeting.Live
	mb   *meeting.Mailbox
	stop chan struct{}
	once sync.Once
}

// snapMsg is a new snapshot for a test screen.
type snapMsg struct{ *meeting.Snapshot }

func watch(s *Session) *watcher {
	return &watcher{live: s.Live, mb: s.Live.Subscribe(s.Actor), stop: make(chan struct{})}
}

// next waits for the next snapshot; issue it again after each.
func (w *watcher) next() tea.Cmd {
	return func() tea.Msg {
		select {
		case snap := <-w.mb.C():
			return snapMsg{snap}
		case <-w.stop:
			return nil
		}
	}
}

// Close stops watching.
func (w *watcher) Close() {
	w.once.Do(func() {
		close(w.stop)
		w.live.Unsubscribe(w.mb)
	})
}
