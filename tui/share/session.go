package share

import (
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
	"golang.org/x/time/rate"
)

// ModelFactory makes the screen for one session (Screen, by default). The
// model subscribes to s.Live as s.Actor, acts through s.Do, styles itself
// only with s.Renderer, and stops listening when it is closed (a Close
// method, called when the session ends or its screen is made again).
type ModelFactory func(s *Session) tea.Model

// Session is one attendee's connection, as their screen sees it.
type Session struct {
	// ID numbers sessions in the order they connected.
	ID int
	// Guest numbers the sessions that joined with the passcode, in the
	// order they connected ("Guest 3"); 0 for a roster key. The chair
	// admits a guest by this number (see Host.Admit), and it stays after.
	Guest int
	// Actor is who this is: a roster person, identified only by the SSH
	// key they proved they hold or admitted by the chair, or a guest (no
	// person) who gave the passcode. What they may do comes from the
	// meeting, per command. It is fixed for the life of a screen: when the
	// chair admits a guest, the session's screen is made again by the
	// ModelFactory, with Actor and Name of the person admitted.
	Actor meeting.Actor
	// Name is their name from the roster, or "Guest 3".
	Name string
	// Renderer styles this terminal only. Light or dark was decided from
	// the theme without asking the terminal.
	Renderer *lipgloss.Renderer
	// Theme is the group's theme setting (auto, dark, light,
	// high-contrast).
	Theme string
	// Width and Height are the window when the screen was made, clamped.
	Width, Height int
	// Live is the meeting. Watch it as Actor (Live.Subscribe); act
	// through Do.
	Live *meeting.Live
	// Done is closed when the session ends.
	Done <-chan struct{}
	// Fingerprint is the host key's fingerprint.
	Fingerprint string

	host    *Host
	addr    string
	since   time.Time
	cmds    *rate.Limiter
	out     *watchedWriter
	conn    *gossh.ServerConn
	closeC  chan string
	rebuild chan struct{} // the identity changed: make the screen again

	// who is who the session is now, as the host sees it: the same as
	// Actor and Name except between an admission and the new screen. It
	// changes at most once, guest to person, never after ended.
	idMu    sync.Mutex
	who     meeting.Actor
	whoName string
	ended   bool

	mu       sync.Mutex
	pingSent time.Time // a keepalive is waiting for its answer
	lastPing time.Time
	dropped  bool
}

// identity is who the session is now.
func (s *Session) identity() (meeting.Actor, string) {
	if s.host == nil {
		return s.Actor, s.Name // a screen made without the host (tests)
	}
	s.idMu.Lock()
	defer s.idMu.Unlock()
	return s.who, s.whoName
}

// end marks the session as ending, so nobody can admit it any more, and
// says who it was.
func (s *Session) end() meeting.Actor {
	s.idMu.Lock()
	defer s.idMu.Unlock()
	s.ended = true
	return s.who
}

// renew readies the session for a new screen: Actor and Name as the
// host now has them, and the window size. Only the session's program
// calls it.
func (s *Session) renew(w, h int) {
	s.Actor, s.Name = s.identity()
	s.Width, s.Height = w, h
}

// LimitError says a command was not tried because of a limit.
type LimitError struct{ Msg string }

func (e *LimitError) Error() string { return e.Msg }

// Do runs a typed command line for this attendee: cleaned, length-capped
// and rate-limited, then checked by the meeting against their role as it
// is now (the chair's "admit N NAME" is the host's own, see Host.Do).
// What a command did is passed to the chair.
func (s *Session) Do(line string) (meeting.Result, error) {
	line = strings.TrimSpace(meeting.Clean(line))
	actor, name := s.identity()
	if s.host == nil {
		return s.Live.Do(actor, line)
	}
	lim := s.host.lim
	if len(line) > lim.MaxLine {
		return meeting.Result{}, &LimitError{fmt.Sprintf("that line is %d characters long; the most is %d", len(line), lim.MaxLine)}
	}
	if !s.cmds.Allow() {
		return meeting.Result{}, &LimitError{"that was too many commands at once; wait a moment and try again"}
	}
	res, err := s.host.Do(actor, line)
	if err == nil && (len(res.Events) > 0 || isAdmit(line)) {
		// The chair is told what the command recorded, as the record says
		// it: what the attendee alone was told ("Your vote: for") is theirs.
		told := res.Record
		if isAdmit(line) {
			told = res.Lines // the chair's own command, from a remote screen
		}
		lines := append([]string{fmt.Sprintf("From %s (remote): %s", name, meeting.Heard(line))}, told...)
		s.host.notify(Notice{Person: actor.Person, Lines: lines, Events: res.Events})
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
	ctxConn          ctxKey = "gyda-conn"           // the budget's *trackedConn
	ctxKeyPerson     ctxKey = "gyda-key-person"     // whose roster key the client offered
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
		return meeting.Actor{Person: id}, h.cfg.Live.Snapshot(meeting.ConsoleActor()).State.Name(id), true
	}
	if h.cfg.Passcode == "" {
		return meeting.Actor{}, "", false
	}
	return meeting.Actor{}, "Guest", true
}

// typedName is the user name a guest gave ssh, for the chair's notice
// (cleaned, capped): a hint to who they may be, never their identity.
func typedName(s ssh.Session, max int) string {
	user := cleanName(s.User(), max)
	if user == "" {
		return ""
	}
	return fmt.Sprintf(" (ssh user name %q)", user)
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
