package share

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/gyda/gyda/meeting"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"
)

// ModelFactory makes the screen for one session. The model reads the
// meeting from s.Mailbox (see Session.Next), acts through s.Do, and styles
// itself only with s.Renderer.
type ModelFactory func(s *Session) tea.Model

// Session is one attendee's connection, as their screen sees it.
type Session struct {
	// ID numbers sessions in the order they connected.
	ID int
	// Actor is who this is: a roster person, identified only by the SSH
	// key they proved they hold, or a guest (no person) who gave the
	// passcode. What they may do comes from the meeting, per command.
	Actor meeting.Actor
	// Name is their name from the roster, or "Guest".
	Name string
	// Renderer styles this terminal only. Light or dark was decided from
	// the theme without asking the terminal.
	Renderer *lipgloss.Renderer
	// Theme is the group's theme setting (auto, dark, light,
	// high-contrast).
	Theme string
	// Width and Height are the window when the session began, clamped.
	Width, Height int
	// Live is the meeting. Read it through Mailbox and Next; act through
	// Do.
	Live *meeting.Live
	// Done is closed when the session ends.
	Done <-chan struct{}
	// Fingerprint is the host key's fingerprint.
	Fingerprint string

	host   *Host
	addr   string
	since  time.Time
	cmds   *bucket
	out    *watchedWriter
	conn   *gossh.ServerConn
	closeC chan string

	mbOnce sync.Once
	mb     *meeting.Mailbox

	mu       sync.Mutex
	pingSent time.Time // a keepalive is waiting for its answer
	lastPing time.Time
	dropped  bool
}

// SnapshotMsg is a new snapshot of the meeting.
type SnapshotMsg struct{ *meeting.Snapshot }

// TickMsg is the clock moving on (for times shown on screen).
type TickMsg time.Time

// Mailbox is this session's latest-only mailbox, subscribed on first use
// and unsubscribed when the session ends. It starts with the current
// snapshot, so a late joiner sees the meeting at once, and always holds
// only the latest one, so a slow screen skips snapshots rather than holds
// anyone up.
func (s *Session) Mailbox() *meeting.Mailbox {
	s.mbOnce.Do(func() { s.mb = s.Live.Subscribe() })
	return s.mb
}

// unsubscribe stops the mailbox, if there is one.
func (s *Session) unsubscribe() {
	s.mbOnce.Do(func() {})
	if s.mb != nil {
		s.Live.Unsubscribe(s.mb)
	}
}

// Next waits for the next snapshot, or for tick to pass (if tick > 0), or
// for someone's connection to change (a TickMsg too), whichever comes
// first. A model issues it once at the start and again
// after each SnapshotMsg or TickMsg; it costs one waiting goroutine.
func (s *Session) Next(tick time.Duration) tea.Cmd {
	mb := s.Mailbox()
	var links <-chan struct{}
	if s.host != nil {
		links = s.host.pres.changes()
	}
	return func() tea.Msg {
		var tc <-chan time.Time
		if tick > 0 {
			t := time.NewTimer(tick)
			defer t.Stop()
			tc = t.C
		}
		select {
		case snap := <-mb.C():
			return SnapshotMsg{snap}
		case now := <-tc:
			return TickMsg(now)
		case <-links:
			return TickMsg(time.Now())
		case <-s.Done:
			return nil
		}
	}
}

// Now is the meeting's clock.
func (s *Session) Now() time.Time { return s.Live.Now() }

// Presence is how each roster person's connection stands, and a number
// that changes whenever it does. The map is shared: do not change it.
func (s *Session) Presence() (map[string]Link, uint64) {
	if s.host == nil {
		return nil, 0
	}
	return s.host.pres.links()
}

// LimitError says a command was not tried because of a limit.
type LimitError struct{ Msg string }

func (e *LimitError) Error() string { return e.Msg }

// Do runs a typed command line for this attendee: cleaned, length-capped
// and rate-limited, then checked by the meeting against their role as it
// is now. What a command did is passed to the chair.
func (s *Session) Do(line string) (meeting.Result, error) {
	line = strings.TrimSpace(meeting.Clean(line))
	if s.host != nil {
		lim := s.host.lim
		if len(line) > lim.MaxLine {
			return meeting.Result{}, &LimitError{fmt.Sprintf("that line is %d characters long; the most is %d", len(line), lim.MaxLine)}
		}
		if !s.cmds.take(time.Now(), 1) {
			return meeting.Result{}, &LimitError{"that was too many commands at once; wait a moment and try again"}
		}
	}
	res, err := s.Live.Do(s.Actor, line)
	if err == nil && len(res.Events) > 0 && s.host != nil {
		lines := append([]string{fmt.Sprintf("From %s (remote): %s", s.Name, line)}, res.Lines...)
		s.host.notify(Notice{Person: s.Actor.Person, Lines: lines, Events: res.Events})
	}
	return res, err
}

// check drops the session if its client stopped reading, and checks that
// a quiet client is still there. The host's watcher calls it every second.
func (s *Session) check(now time.Time, lim Limits) {
	if d := s.out.stalled(now); d > lim.StallTimeout {
		s.drop()
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dropped || s.conn == nil {
		return
	}
	if !s.pingSent.IsZero() {
		if now.Sub(s.pingSent) > lim.StallTimeout {
			s.dropped = true
			go s.conn.Close()
		}
		return
	}
	if now.Sub(s.lastPing) < lim.KeepAlive {
		return
	}
	s.pingSent = now
	go func() {
		_, _, err := s.conn.SendRequest("keepalive@openssh.com", true, nil)
		s.mu.Lock()
		s.pingSent, s.lastPing = time.Time{}, time.Now()
		s.mu.Unlock()
		if err != nil {
			s.drop()
		}
	}()
}

func (s *Session) drop() {
	s.mu.Lock()
	already := s.dropped
	s.dropped = true
	s.mu.Unlock()
	if !already && s.conn != nil {
		s.conn.Close()
	}
}

// close asks the session to end with a last message.
func (s *Session) close(why string) {
	select {
	case s.closeC <- why:
	default:
	}
}

// sessionChannel accepts a session channel: at most SessionsPerConn per
// connection, with agent and X11 forwarding, exec and subsystems refused
// and environment variables capped.
func (h *Host) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	ctx.Lock()
	n, _ := ctx.Value(ctxSessions).(int)
	if n >= h.lim.SessionsPerConn {
		ctx.Unlock()
		_ = nc.Reject(gossh.ResourceShortage, "one session per connection")
		return
	}
	ctx.SetValue(ctxSessions, n+1)
	ctx.Unlock()
	defer func() {
		ctx.Lock()
		n, _ := ctx.Value(ctxSessions).(int)
		ctx.SetValue(ctxSessions, n-1)
		ctx.Unlock()
	}()
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{nc}, ctx)
}

type ctxKey string

const (
	ctxSessions      ctxKey = "gyda-sessions"
	ctxAccepted      ctxKey = "gyda-accepted"       // when the connection was accepted
	ctxWrongPasscode ctxKey = "gyda-wrong-passcode" // a wrong passcode was given on this connection
)

// filteredChannel refuses the requests on a session channel that the
// ssh package would otherwise accept.
type filteredChannel struct{ gossh.NewChannel }

const maxEnv = 32

func (f filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		env := 0
		for req := range reqs {
			refuse := false
			switch req.Type {
			case "auth-agent-req@openssh.com", "x11-req", "exec", "subsystem":
				refuse = true
			case "env":
				env++
				refuse = env > maxEnv || len(req.Payload) > 1024
			}
			if refuse {
				if req.WantReply {
					_ = req.Reply(false, nil)
				}
				continue
			}
			out <- req
		}
	}()
	return ch, out, nil
}

// handle runs one attendee's session.
func (h *Host) handle(s ssh.Session) {
	defer func() {
		if r := recover(); r != nil {
			h.notify(Notice{Lines: []string{"A remote session hit a problem and was closed: " + panicText(r)}})
		}
	}()
	actor, name, ok := h.identify(s)
	if !ok {
		fmt.Fprint(s.Stderr(), "This key is not in the group's roster, so it cannot join the meeting.\r\n")
		_ = s.Exit(1)
		return
	}
	pty, winch, isPty := s.Pty()
	if !isPty {
		fmt.Fprint(s.Stderr(), "The meeting needs a terminal: connect with ssh -t.\r\n")
		_ = s.Exit(1)
		return
	}
	ctx, cancel := context.WithCancel(s.Context())
	defer cancel()

	w, ht := h.lim.clampSize(pty.Window.Width, pty.Window.Height)
	env := termEnv(s.Environ(), pty.Term, h.lim.MaxName)
	renderer, _ := newRenderer(env, h.cfg.Theme)
	out := &watchedWriter{w: s}
	conn, _ := s.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn)
	sess := &Session{
		Actor: actor, Name: name, Renderer: renderer, Theme: h.cfg.Theme,
		Width: w, Height: ht, Live: h.cfg.Live, Done: ctx.Done(), Fingerprint: h.fp,
		host: h, addr: addrKey(s.RemoteAddr()), since: time.Now(),
		cmds: newBucket(h.lim.CommandRate, h.lim.CommandBurst),
		out:  out, conn: conn, closeC: make(chan string, 1), lastPing: time.Now(),
	}
	if !h.register(sess) {
		fmt.Fprint(s.Stderr(), "The meeting is no longer being shared.\r\n")
		_ = s.Exit(1)
		return
	}
	defer h.unregister(sess)
	defer sess.unsubscribe()
	if actor.Person != "" {
		h.pres.connected(actor.Person)
		defer h.pres.disconnected(actor.Person)
	} else {
		h.notify(Notice{Lines: []string{fmt.Sprintf("A guest joined as an observer (%s); %s.", guestLabel(s, h.lim.MaxName), h.guestsWatching())}})
		defer func() {
			h.unregister(sess) // so the count below leaves this guest out
			h.notify(Notice{Lines: []string{"A guest left; " + h.guestsWatching() + "."}})
		}()
	}

	scr := newScreen(out, w, ht)
	g := &guard{scr: scr, lim: h.lim, onPanic: func(r any, _ []byte) {
		h.notify(Notice{Person: actor.Person, Lines: []string{fmt.Sprintf("The screen of %s hit a problem and was closed (%s); everyone else carries on.", name, panicText(r))}})
	}}
	var model tea.Model
	g.protect(func() { model = h.cfg.Factory(sess) })
	if g.failed || model == nil {
		_ = scr.stop(crashText)
		return
	}
	g.inner = model
	if err := scr.start(); err != nil {
		return
	}
	p := tea.NewProgram(g,
		tea.WithInput(newRateReader(s, h.lim.InputRate, h.lim.InputBurst, func() { sess.close("") })),
		tea.WithOutput(io.Discard),
		tea.WithoutRenderer(),
		tea.WithoutSignalHandler(),
		tea.WithoutCatchPanics(),
		tea.WithContext(ctx),
		tea.WithFilter(filter),
		tea.WithEnvironment(env),
	)
	go func() {
		for {
			select {
			case win, ok := <-winch:
				if !ok {
					return
				}
				p.Send(resizeMsg{win.Width, win.Height})
			case why := <-sess.closeC:
				p.Send(closingMsg{why})
			case <-ctx.Done():
				return
			}
		}
	}()
	_, err := p.Run()
	cancel()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, tea.ErrInterrupted) && g.last == "" {
		g.last = "The session ended: " + err.Error()
	}
	_ = scr.stop(g.last)
	if closer, ok := g.inner.(interface{ Close() }); ok {
		g.protect(closer.Close)
	}
}

// identify says who a session is: the roster person whose key the client
// proved it holds (the key checked during authentication, as recorded by
// the SSH layer), or a guest who gave the passcode. The user name plays no
// part.
func (h *Host) identify(s ssh.Session) (meeting.Actor, string, bool) {
	if pk := s.PublicKey(); pk != nil {
		id, ok := h.keys.person(pk)
		if !ok {
			return meeting.Actor{}, "", false
		}
		return meeting.Actor{Person: id}, h.cfg.Live.Snapshot().State.Name(id), true
	}
	if h.cfg.Passcode == "" {
		return meeting.Actor{}, "", false
	}
	return meeting.Actor{}, "Guest", true
}

// guestLabel is how the chair sees a guest: the name they typed in ssh
// (cleaned, capped) and their address.
func guestLabel(s ssh.Session, max int) string {
	user := cleanName(s.User(), max)
	if user == "" {
		user = "no name"
	}
	return fmt.Sprintf("signed in as %q from %s", user, addrKey(s.RemoteAddr()))
}

// termEnv keeps only the environment that decides colours, cleaned and
// capped.
func termEnv(environ []string, term string, max int) []string {
	env := []string{"TERM=" + cleanName(term, max)}
	for _, kv := range environ {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		switch k {
		case "COLORTERM", "NO_COLOR", "COLORFGBG", "CLICOLOR", "CLICOLOR_FORCE":
			env = append(env, k+"="+cleanName(v, max))
		}
	}
	return env
}

// newRenderer makes a session's renderer: its colour profile from the
// terminal type the client sent, and light or dark decided now, from the
// theme (or COLORFGBG when the client sends it), never by asking the
// terminal: a terminal that does not answer must not delay anyone.
func newRenderer(env []string, theme string) (*lipgloss.Renderer, bool) {
	r := lipgloss.NewRenderer(io.Discard, termenv.WithEnvironment(sshEnviron(env)), termenv.WithUnsafe())
	dark := true
	switch theme {
	case "light":
		dark = false
	case "dark", "high-contrast":
	default:
		if v := sshEnviron(env).Getenv("COLORFGBG"); v != "" {
			i := strings.LastIndexByte(v, ';')
			switch v[i+1:] {
			case "7", "15":
				dark = false
			}
		}
	}
	r.SetHasDarkBackground(dark)
	return r, dark
}

type sshEnviron []string

func (e sshEnviron) Environ() []string { return e }

func (e sshEnviron) Getenv(k string) string {
	for _, kv := range e {
		if v, ok := strings.CutPrefix(kv, k+"="); ok {
			return v
		}
	}
	return ""
}
