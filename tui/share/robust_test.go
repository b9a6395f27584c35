package share

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/gyda/gyda/meeting"
	gossh "golang.org/x/crypto/ssh"
)

// Text from people that tries to take over other screens. Each is tagged so
// a test can tell it from the host's own escape codes.
var injections = []string{
	"MARKa\x1b[2J\x1b[Hcleared",
	"MARKb\x1b]52;c;aGVsbG8=\x07clipboard",
	"MARKc\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\",
	"MARKd\u009b31mcsi",
	"MARKe\x9b31mraw",
	"MARKf\abell",
	"MARKg\roverwrite",
	"MARKh\u202eevil\u202c",
	"MARKi\u200bzero",
}

// forbidden are byte strings no screen may ever receive from people's text.
func forbidden(raw string) []string {
	var bad []string
	for _, tag := range []string{"MARKa\x1b", "MARKb\x1b", "MARKc\x1b", "MARKd\u009b", "MARKd\x9b", "MARKe\x9b", "MARKf\a", "MARKg\r", "MARKh\u202e", "MARKi\u200b"} {
		if strings.Contains(raw, tag) {
			bad = append(bad, fmt.Sprintf("%q", tag))
		}
	}
	for _, seq := range []string{"\x1b]52", "\x1b]8;", "\a", "\u202e", "\u200b"} {
		if strings.Contains(raw, seq) {
			bad = append(bad, fmt.Sprintf("%q", seq))
		}
	}
	if strings.Contains(raw, strings.Repeat("A", 1100)) {
		bad = append(bad, "a run of 1,100 pasted characters")
	}
	return bad
}

func TestInjectedTextReachesNoScreenRaw(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	mustDo(t, live, "arrive dafydd remote", "minutes dafydd")
	var told notices
	h := startHost(t, live, func(c *Config) {
		c.Notify = told.add
		c.Limits.CommandRate, c.Limits.CommandBurst = 100, 100
	})
	member := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	guest := connect(t, h, dialOpt{user: "evil\x1b]52;c;x\x07\x1b[2J", passcode: "123-456-789"})
	minutes := connect(t, h, dialOpt{signers: []gossh.Signer{keys["dafydd"]}})
	minutes.out.waitFor(t, "minute-taker", 5*time.Second)
	member.out.waitFor(t, "you: Rhys", 5*time.Second)
	guest.out.waitFor(t, "you: Guest", 5*time.Second)

	var ms *Session
	for _, si := range h.Sessions() {
		if si.Person == "dafydd" {
			ms = h.session(si.ID)
		}
	}
	for _, inj := range injections {
		// Typed over SSH, inside a bracketed paste so the bytes reach the
		// command line as they are...
		minutes.typeText(t, ":note \x1b[200~"+inj+"\x1b[201~\r")
		// ...and as a line handed straight to the session.
		if _, err := ms.Do("note " + inj); err != nil {
			t.Fatalf("note %q: %v", inj, err)
		}
		// And from the chair's own console.
		mustDo(t, live, "note "+inj)
	}
	// A 1 MB paste from a member, and a long line from the minute-taker.
	go member.in.Write([]byte("\x1b[200~" + strings.Repeat("A", 1<<20) + "\x1b[201~\r"))
	ms.Do("note " + strings.Repeat("A", 1500))
	mustDo(t, live, "next", "note MARKz\x1b[2J\x1b]0;title\x07end")
	for _, c := range []*client{member, guest} {
		c.out.waitFor(t, "MARKzend", 10*time.Second)
		if bad := forbidden(c.out.raw()); len(bad) > 0 {
			t.Errorf("a screen received %s", strings.Join(bad, ", "))
		}
	}
	if bad := forbidden(told.text()); len(bad) > 0 || strings.Contains(told.text(), "\x1b") {
		t.Errorf("the chair's notices carried %v", bad)
	}
	if !strings.Contains(told.text(), `(ssh user name "evil`) {
		t.Errorf("the guest's user name was not shown, cleaned:\n%s", told.text())
	}
}

func TestZeroAndHugeWindows(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	c, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := c.NewSession()
	out := newScreenBuf()
	s.Stdout = out
	in, _ := s.StdinPipe()
	if err := s.RequestPty("xterm", 0, 0, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out.waitFor(t, "you: Rhys Evans", 5*time.Second)
	for _, lines := range strings.Split(out.text(), "\x1b") {
		_ = lines
	}
	// Huge: clamped, and the screen still works.
	for _, size := range [][2]uint32{{1 << 20, 1 << 20}, {0xffffffff, 0xffffffff}, {1, 1}, {0, 0}, {100000, 3}} {
		req := struct{ W, H, PW, PH uint32 }{size[0], size[1], 0, 0}
		if _, err := s.SendRequest("window-change", false, gossh.Marshal(req)); err != nil {
			t.Fatal(err)
		}
	}
	in.Write([]byte("h"))
	waitUntil(t, 5*time.Second, "the hand", func() bool { return len(live.Snapshot(meeting.ConsoleActor()).State.Queue) == 1 })
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	if mem.HeapInuse > 512<<20 {
		t.Fatalf("heap %d MiB after huge windows", mem.HeapInuse>>20)
	}
	// Rows are never addressed beyond the clamp.
	if strings.Contains(out.raw(), fmt.Sprintf("\x1b[%d;1H", DefaultLimits().MaxHeight+1)) {
		t.Error("a row beyond the height limit was drawn")
	}
}

// freezer is a connection that stops reading when frozen, like a laptop
// whose network went away.
type freezer struct {
	net.Conn
	mu     sync.Mutex
	frozen chan struct{}
}

func (f *freezer) Read(p []byte) (int, error) {
	f.mu.Lock()
	ch := f.frozen
	f.mu.Unlock()
	if ch != nil {
		<-ch
	}
	return f.Conn.Read(p)
}

func (f *freezer) freeze() {
	f.mu.Lock()
	f.frozen = make(chan struct{})
	f.mu.Unlock()
}

func (f *freezer) thaw() {
	f.mu.Lock()
	if f.frozen != nil {
		close(f.frozen)
		f.frozen = nil
	}
	f.mu.Unlock()
}

// seenScreen records when each token first reaches a screen.
type seenScreen struct {
	mu   sync.Mutex
	tail []byte
	seen map[string]time.Time
	want map[string]bool
}

func (s *seenScreen) Write(p []byte) (int, error) {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tail = append(s.tail, p...)
	for tok := range s.want {
		if bytes.Contains(s.tail, []byte(tok)) {
			s.seen[tok] = now
			delete(s.want, tok)
		}
	}
	if len(s.tail) > 4096 {
		s.tail = append(s.tail[:0], s.tail[len(s.tail)-64:]...)
	}
	return len(p), nil
}

func (s *seenScreen) expect(tok string) {
	s.mu.Lock()
	s.want[tok] = true
	s.mu.Unlock()
}

func (s *seenScreen) at(tok string) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.seen[tok]
	return t, ok
}

func TestAStalledClientDelaysNobody(t *testing.T) {
	run := 5 * time.Second
	if testing.Short() {
		run = 2 * time.Second
	}
	if os.Getenv("GYDA_LONG") != "" {
		run = 60 * time.Second
	}
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) {
		c.Limits.KeepAlive = 300 * time.Millisecond
		c.Limits.StallTimeout = time.Second
	})
	// The stalled one: connects, gets its first screen, then stops reading.
	raw, err := net.Dial("tcp", h.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	fz := &freezer{Conn: raw}
	defer fz.thaw()
	cc, chans, reqs, err := gossh.NewClientConn(fz, h.Addr().String(), &gossh.ClientConfig{User: "x",
		Auth:            []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return []string{"123456789"}, nil })},
		HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		t.Fatal(err)
	}
	stalled, err := openTerminal(gossh.NewClient(cc, chans, reqs), 120, 40)
	if err != nil {
		t.Fatal(err)
	}
	defer stalled.Close()
	stalled.out.waitFor(t, "you: Guest", 5*time.Second)
	fz.freeze()

	const n = 20
	screens := make([]*seenScreen, n)
	for i := range screens {
		c, err := dial(h.Addr(), dialOpt{passcode: "123-456-789"})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		s, _ := c.NewSession()
		screens[i] = &seenScreen{seen: map[string]time.Time{}, want: map[string]bool{}}
		s.Stdout = screens[i]
		in, _ := s.StdinPipe() // kept open: an input that ends ends the session
		defer in.Close()
		s.RequestPty("xterm", 40, 120, nil)
		if err := s.Shell(); err != nil {
			t.Fatal(err)
		}
	}
	waitUntil(t, 10*time.Second, "everyone connected", func() bool { return len(h.Sessions()) == n+1 })

	type sent struct {
		tok string
		at  time.Time
	}
	var sends []sent
	deadline := time.Now().Add(run)
	loc := live.Snapshot(meeting.ConsoleActor()).State.Location()
	for i := 0; time.Now().Before(deadline); i++ {
		// Each update moves the rehearsal clock on a minute: the time at
		// the top of every screen is the token.
		tok := live.Now().Add(time.Minute).In(loc).Format("Mon 2 Jan · 15:04")
		for _, s := range screens {
			s.expect(tok)
		}
		at := time.Now()
		mustDo(t, live, "wait 1m")
		sends = append(sends, sent{tok, at})
		time.Sleep(20 * time.Millisecond) // the pace of the updates: fifty a second
	}
	// Latest-only mailboxes may skip a snapshot under load, but the last
	// one always arrives.
	last := sends[len(sends)-1].tok
	waitUntil(t, 10*time.Second, "every screen to show the last update", func() bool {
		for _, s := range screens {
			if _, ok := s.at(last); !ok {
				return false
			}
		}
		return true
	})
	var lat []time.Duration
	missed := 0
	for _, sd := range sends {
		for _, s := range screens {
			if at, ok := s.at(sd.tok); ok {
				lat = append(lat, at.Sub(sd.at))
			} else {
				missed++
			}
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	t.Logf("%d updates to %d screens over %s, one client stalled: p50 %s p99 %s max %s; %d missed (a later snapshot replaced them)",
		len(sends), n, run, p(0.5), p(0.99), p(1), missed)
	limit := 100 * time.Millisecond
	if raceEnabled {
		// The race detector slows everything several times over, and
		// this machine is shared: here the bound is loose, and the figure
		// is in the log.
		limit = time.Second
	}
	if p(0.99) > limit {
		t.Errorf("p99 %s, want under %s", p(0.99), limit)
	}
	// Almost every update arrives (under the race detector, which slows
	// every screen several times over, the figure is in the log).
	if missed > len(sends)*n/20 && !raceEnabled {
		t.Errorf("%d of %d deliveries missed", missed, len(sends)*n)
	}
	waitUntil(t, 5*time.Second, "the stalled client to be dropped", func() bool { return len(h.Sessions()) == n })
}

func TestConnectAndDropReturnsToBaseline(t *testing.T) {
	cycles := 1000
	if testing.Short() {
		cycles = 200
	}
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	cycle := func(i int) {
		o := dialOpt{passcode: "123-456-789"}
		if i%2 == 0 {
			o = dialOpt{signers: []gossh.Signer{keys["rhys"]}}
		}
		c, err := dial(h.Addr(), o)
		if err != nil {
			t.Fatalf("cycle %d: %v", i, err)
		}
		// Some drop before a session, some after their first screen
		// (some of those while resizing their window: the ssh package
		// blocks on a size nobody reads). Never resized before the first
		// screen: the ssh package's Session.Pty races with a resize.
		if i%3 != 0 {
			cl, err := openTerminal(c, 80, 24)
			if err != nil {
				t.Fatalf("cycle %d: %v", i, err)
			}
			if i%3 == 1 {
				cl.out.waitFor(t, "you:", 5*time.Second)
			}
			if i%6 == 1 {
				for w := range uint32(4) {
					size := struct{ W, H, PW, PH uint32 }{81 + w, 24, 0, 0}
					_, _ = cl.s.SendRequest("window-change", false, gossh.Marshal(size))
				}
			}
		}
		c.Close()
	}
	settle := func() {
		waitUntil(t, 10*time.Second, "sessions to end", func() bool { return len(h.Sessions()) == 0 && h.Connections() == 0 })
	}
	for i := range 10 {
		cycle(i)
	}
	settle()
	runtime.GC()
	// The warm-up's goroutines may still be on their way out, and would
	// raise the baseline and hide a leak: a pause before counting makes
	// the check stricter, and cannot fail a good run.
	time.Sleep(200 * time.Millisecond)
	base := runtime.NumGoroutine()
	for i := range cycles {
		cycle(i)
	}
	settle()
	var now int
	deadline := time.Now().Add(10 * time.Second)
	for {
		now = runtime.NumGoroutine()
		if now <= base+3 || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if now > base+3 {
		buf := make([]byte, 1<<20)
		t.Fatalf("goroutines: %d before %d cycles, %d after\n%s", base, cycles, now, buf[:runtime.Stack(buf, true)])
	}
	t.Logf("%d connect-and-drop cycles: goroutines %d before, %d after; sessions %d, connections %d", cycles, base, now, len(h.Sessions()), h.Connections())
}

// boom is a screen that panics when told to: in Update on "p", in View
// after "v", in a command after "c" (inside a batch).
type boom struct {
	w    *watcher
	view bool
	last string
}

func (b *boom) Init() tea.Cmd { return b.w.next() }
func (b *boom) Close()        { b.w.Close() }
func (b *boom) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case snapMsg:
		if n := len(msg.State.Notes); n > 0 {
			b.last = msg.State.Notes[n-1].Text
		}
		return b, b.w.next()
	case tea.KeyMsg:
		switch msg.String() {
		case "p":
			panic("boom in Update")
		case "v":
			b.view = true
		case "c":
			return b, tea.Batch(nil, tea.Sequence(func() tea.Msg { panic("boom in a command") }))
		case "z":
			return b, tea.Suspend
		case "ctrl+z":
			return b, tea.Suspend
		}
	}
	return b, nil
}
func (b *boom) View() string {
	if b.view {
		panic("boom in View")
	}
	return "last note: " + b.last
}

func TestAPanicInOneSessionLeavesTheOthersRunning(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	var told notices
	h := startHost(t, live, func(c *Config) {
		c.Factory = func(s *Session) tea.Model { return &boom{w: watch(s)} }
		c.Notify = told.add
	})
	bystander := connect(t, h, dialOpt{passcode: "123-456-789"})
	bystander.out.waitFor(t, "last note:", 5*time.Second)
	for i, k := range []string{"p", "v", "c"} {
		c := connect(t, h, dialOpt{passcode: "123-456-789"})
		c.out.waitFor(t, "last note:", 5*time.Second)
		c.typeText(t, k)
		c.out.waitFor(t, "this screen hit a problem", 5*time.Second)
		mustDo(t, live, fmt.Sprintf("note still here %d", i))
		bystander.out.waitFor(t, fmt.Sprintf("last note: still here %d", i), 5*time.Second)
	}
	waitUntil(t, 5*time.Second, "the broken sessions to end", func() bool { return len(h.Sessions()) == 1 })
	if strings.Count(told.text(), "hit a problem") != 3 {
		t.Errorf("the chair was not told of each problem:\n%s", told.text())
	}
}

func TestSuspendNeverReachesTheHost(t *testing.T) {
	stops := make(chan os.Signal, 4)
	signal.Notify(stops, syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU)
	defer signal.Stop(stops)
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Factory = func(s *Session) tea.Model { return &boom{w: watch(s)} } })
	c := connect(t, h, dialOpt{passcode: "123-456-789"})
	c.out.waitFor(t, "last note:", 5*time.Second)
	c.typeText(t, "\x1a") // ctrl+z
	c.typeText(t, "z")
	mustDo(t, live, "note after suspend")
	c.out.waitFor(t, "last note: after suspend", 5*time.Second)
	// A signal that is never sent cannot be waited for: look for one a
	// little longer. On a slow machine this may miss one; it never fails
	// a good run.
	select {
	case s := <-stops:
		t.Fatalf("the host process was sent %v", s)
	case <-time.After(200 * time.Millisecond):
	}
	if len(h.Sessions()) != 1 {
		t.Fatal("the session ended")
	}
}

func TestTypingFloodIsDropped(t *testing.T) {
	rr := newRateReader(strings.NewReader(strings.Repeat("x", 1<<20)), 100, 1000, nil)
	var got bytes.Buffer
	buf := make([]byte, 256)
	for {
		n, err := rr.Read(buf)
		got.Write(buf[:n])
		if err != nil {
			break
		}
	}
	if got.Len() > 1300 || got.Len() < 1000 {
		t.Fatalf("a 1 MiB flood let through %d bytes, want about the burst (1000)", got.Len())
	}
	if rr.dropped.Load() < 1<<20-1300 {
		t.Fatalf("dropped %d", rr.dropped.Load())
	}
}

func TestAStalledWriteIsNoticed(t *testing.T) {
	block := make(chan struct{})
	ww := &watchedWriter{w: writerFunc(func(p []byte) (int, error) { <-block; return len(p), nil })}
	go ww.Write([]byte("x"))
	waitUntil(t, time.Second, "the write to start", func() bool { return ww.stalled(time.Now()) > 0 })
	if d := ww.stalled(time.Now().Add(time.Minute)); d < time.Minute {
		t.Fatalf("stalled %s", d)
	}
	close(block)
	waitUntil(t, time.Second, "the write to finish", func() bool { return ww.stalled(time.Now()) == 0 })
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

var _ = meeting.Clean

func TestInputThatEndsEndsTheSession(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	c, err := dial(h.Addr(), dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, _ := c.NewSession()
	out := newScreenBuf()
	s.Stdout = out // no Stdin: the client sends EOF at once
	s.RequestPty("xterm", 24, 80, nil)
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the session did not end when its input did")
	}
	waitUntil(t, 5*time.Second, "the registry to empty", func() bool { return len(h.Sessions()) == 0 })
}
