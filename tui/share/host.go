package share

import (
	"errors"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
	"github.com/gyda/gyda/tui"
	gossh "golang.org/x/crypto/ssh"
)

// Config is what a host needs.
type Config struct {
	// Addr is where to listen, such as "0.0.0.0:2222" or "127.0.0.1:0".
	Addr string
	// Live is the meeting to share.
	Live *meeting.Live
	// People are those whose roster ssh_keys may join; by default, the
	// meeting's own roster.
	People []roster.Person
	// HostKey is the host's key (see LoadHostKey).
	HostKey gossh.Signer
	// Passcode lets guests join as observers with keyboard-interactive
	// authentication; empty means no guests.
	Passcode string
	// Grace is how long a dropped connection waits before the person is
	// recorded as leaving (group.toml [share] grace; 2 minutes by default).
	Grace time.Duration
	// Theme is the group's theme setting: auto, dark, light or
	// high-contrast. Light or dark is decided without asking the terminal.
	Theme string
	// Factory makes each session's screen; Screen by default.
	Factory ModelFactory
	// Limits bound what connections may cost; zero fields take defaults.
	Limits Limits
	// Notify, if set, tells the chair what happens remotely: people joining
	// and losing their connection, and what their commands did. It is
	// called from the host's goroutines and must not block.
	Notify func(Notice)

	// graceTimers, if set, starts the grace period's timers in place of
	// the real clock: tests fire them themselves.
	graceTimers afterFunc
}

// Notice is something the chair should know about a remote session, in
// plain lines (already cleaned).
type Notice struct {
	At     time.Time
	Person string // roster id, or "" for a guest
	Lines  []string
	// Events are what was recorded: by a remote command, or a remote
	// person's arrival (none for other joining and leaving notices).
	Events []meeting.Event
}

// Host shares a live meeting over SSH: one Bubble Tea program per session,
// each fed by its own latest-only mailbox.
type Host struct {
	cfg      Config
	lim      Limits
	srv      *ssh.Server
	ln       net.Listener
	keys     *keyring
	warnings []string
	conns    *budget
	refused  *refusals
	comings  *comings
	guesses  *guesses
	pres     *presence
	fp       string
	frames   *frameCache
	styles   *styleBook
	drafts   draftBook

	mu        sync.Mutex
	sessions  map[*Session]struct{}
	nextID    int
	nextGuest int
	closed    bool

	admitMu sync.Mutex // one admission at a time

	summaryMu   sync.Mutex
	lastSummary time.Time // when the chair was last told what the limits turned away

	wg      sync.WaitGroup // session handlers
	serveWG sync.WaitGroup
	stop    chan struct{}
}

// Start listens on cfg.Addr and serves attendees until Close.
func Start(cfg Config) (*Host, error) {
	if cfg.Live == nil {
		return nil, errors.New("share: no meeting to share")
	}
	if cfg.HostKey == nil {
		return nil, errors.New("share: no host key")
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 2 * time.Minute
	}
	if cfg.Factory == nil {
		cfg.Factory = Screen
	}
	people := cfg.People
	if people == nil {
		people = cfg.Live.Snapshot(meeting.ConsoleActor()).State.Roster.People()
	}
	h := &Host{
		cfg:      cfg,
		lim:      cfg.Limits.withDefaults(),
		sessions: map[*Session]struct{}{},
		stop:     make(chan struct{}),
		fp:       Fingerprint(cfg.HostKey.PublicKey()),
		frames:   newFrameCache(),
		styles:   newStyleBook(),
	}
	h.keys, h.warnings = newKeyring(people)
	h.refused, h.comings = newRefusals(), newComings()
	h.conns = newBudget(h.lim, h.keys.people(), h.refused)
	h.guesses = newGuesses(h.lim.FailBackoff, h.lim.MaxFailBackoff, h.lim.WrongPasscodeRate, h.lim.WrongPasscodeBurst)
	h.pres = newPresence(cfg.Live, cfg.Grace, h.notify, cfg.graceTimers)

	srv, err := h.newServer()
	if err != nil {
		return nil, err
	}
	h.srv = srv
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("share the meeting on %s: %w", cfg.Addr, err)
	}
	h.ln = ln
	h.serveWG.Add(2)
	go func() {
		defer h.serveWG.Done()
		_ = srv.Serve(ln)
	}()
	go func() {
		defer h.serveWG.Done()
		h.watch()
	}()
	return h, nil
}

func (h *Host) newServer() (*ssh.Server, error) {
	opts := []ssh.Option{
		wish.WithPublicKeyAuth(h.publicKeyAuth),
		wish.WithIdleTimeout(h.lim.IdleTimeout),
		wish.WithMaxTimeout(h.lim.MaxTimeout),
		wish.WithVersion("gyda"),
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler { return h.handler() }),
	}
	if h.cfg.Passcode != "" {
		opts = append(opts, wish.WithKeyboardInteractiveAuth(h.passcodeAuth))
	}
	srv := &ssh.Server{}
	for _, o := range opts {
		if err := srv.SetOption(o); err != nil {
			return nil, fmt.Errorf("share: %w", err)
		}
	}
	srv.AddHostKey(h.cfg.HostKey)
	srv.ConnCallback = h.accept
	srv.ServerConfigCallback = func(ctx ssh.Context) *gossh.ServerConfig {
		return &gossh.ServerConfig{MaxAuthTries: h.lim.MaxAuthTries, AuthLogCallback: func(_ gossh.ConnMetadata, method string, err error) {
			if err == nil {
				h.loggedIn(ctx, method)
			}
		}}
	}
	// Only interactive sessions, through our own filter; no port
	// forwarding either way, no subsystems (sftp), no exec.
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": h.sessionChannel}
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
	srv.LocalPortForwardingCallback = func(ssh.Context, string, uint32) bool { return false }
	srv.ReversePortForwardingCallback = func(ssh.Context, string, uint32) bool { return false }
	srv.SessionRequestCallback = func(_ ssh.Session, kind string) bool { return kind == "shell" }
	return srv, nil
}

// accept waits for a new connection's first word, then gives it a
// handshake place in the budget (see budget), with its deadline to log in.
func (h *Host) accept(ctx ssh.Context, c net.Conn) net.Conn {
	if h.isClosed() {
		return nil // the server closes it
	}
	addr := addrKey(c.RemoteAddr())
	first, ok := h.conns.firstWord(c, addr, time.Now())
	if !ok {
		return nil
	}
	now := time.Now()
	ctx.SetValue(ctxAccepted, now)
	tc := h.conns.admit(c, addr, first, now)
	ctx.SetValue(ctxConn, tc)
	return tc
}

// tracked is the budget's record of the connection ctx belongs to.
func tracked(ctx ssh.Context) *trackedConn {
	tc, _ := ctx.Value(ctxConn).(*trackedConn)
	return tc
}

// loggedIn moves a connection that has just authenticated from its
// handshake place to a place for a person, or cuts it if there is none
// (the passcode check has already told a guest the meeting is full).
func (h *Host) loggedIn(ctx ssh.Context, method string) {
	tc := tracked(ctx)
	if tc == nil {
		return
	}
	person := ""
	if method == "publickey" {
		person, _ = ctx.Value(ctxKeyPerson).(string)
		if person == "" {
			person = "?" // cannot happen: the key was checked; count it as someone
		}
	}
	if !h.conns.login(tc, person) {
		h.refused.add(tc.addr, "found no room")
		go tc.Close()
	}
}

// publicKeyAuth lets in keys from the roster. It is only the gate: who the
// session belongs to is decided again in the session handler, from the key
// the client proved it holds.
func (h *Host) publicKeyAuth(ctx ssh.Context, key ssh.PublicKey) bool {
	if tc := tracked(ctx); tc != nil {
		tc.reached(stageAuthing)
	}
	id, ok := h.keys.person(key)
	if ok {
		ctx.SetValue(ctxKeyPerson, id)
	}
	return ok
}

// passcodeAuth lets in guests with the meeting passcode, as observers.
//
// It says why when it refuses: after a wrong passcode the client is told
// so (an information request with no questions, which ssh prints) before
// it asks again. A guess that must wait its turn (see guesses) is held and
// checked when the turn comes, and the guest is told how long that is; if
// the turn would come after the handshake deadline, they are told how long
// to wait before connecting again.
func (h *Host) passcodeAuth(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	if tc := tracked(ctx); tc != nil {
		tc.reached(stageAuthing)
	}
	addr := guessKey(ctx.RemoteAddr())
	instruction := askPasscode
	if wrong, _ := ctx.Value(ctxWrongPasscode).(bool); wrong {
		instruction = "" // the client was told at the time
	}
	answers, err := challenge("", instruction, []string{"Meeting passcode: "}, []bool{false})
	if err != nil || len(answers) != 1 {
		return false
	}
	if passcodeDigits(answers[0]) == "" {
		tell(challenge, "Nothing was typed. "+askPasscode)
		return false
	}
	if !h.waitTurn(ctx, challenge, addr) {
		return false
	}
	if !passcodeMatches(h.cfg.Passcode, answers[0]) {
		h.guesses.failed(addr, time.Now())
		h.refused.add(addr, "gave a wrong passcode")
		ctx.SetValue(ctxWrongPasscode, true)
		tell(challenge, wrongPasscode)
		return false
	}
	h.guesses.succeeded(addr)
	if !h.conns.guestRoom(addrKey(ctx.RemoteAddr())) {
		h.refused.add(addr, "found no room")
		tell(challenge, meetingFull)
		return false
	}
	return true
}

const (
	askPasscode   = "Ask the chair for the meeting passcode."
	wrongPasscode = "That passcode is not right; ask the chair for today's passcode."
	meetingFull   = "The passcode is right, but the meeting has no room for more guests just now; ask the chair."
)

// waitTurn waits until addr may have a passcode checked, telling the
// client how long that is. It reports false, having told the client how
// long to wait before connecting again, when the turn would come too late
// for this connection.
func (h *Host) waitTurn(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge, addr string) bool {
	accepted, _ := ctx.Value(ctxAccepted).(time.Time)
	if accepted.IsZero() {
		accepted = time.Now()
	}
	deadline := accepted.Add(h.lim.HandshakeTimeout - time.Second)
	told := false
	for {
		now := time.Now()
		wait, why := h.guesses.turn(addr, now)
		if wait <= 0 {
			return true
		}
		if now.Add(wait).After(deadline) {
			if why == waitEveryone {
				tell(challenge, fmt.Sprintf("A wrong passcode came from your network, and many wrong passcodes are being tried at the moment, so the next from your network can be checked only in %s: wait, then connect again. %s", seconds(wait), askPasscode))
			} else {
				tell(challenge, fmt.Sprintf("Wrong passcodes have come from your network, so the next can be checked only in %s: wait, then connect again. %s", seconds(wait), askPasscode))
			}
			return false
		}
		if !told {
			if why == waitEveryone {
				tell(challenge, fmt.Sprintf("A wrong passcode came from your network, and many wrong passcodes are being tried at the moment, so yours will be checked in %s.", seconds(wait)))
			} else {
				tell(challenge, fmt.Sprintf("A wrong passcode came from your network just now, so yours will be checked in %s.", seconds(wait)))
			}
			told = true
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-h.stop:
			t.Stop()
			return false
		}
	}
}

// tell shows the client a line during authentication: an information
// request with no questions, whose instruction ssh prints.
func tell(challenge gossh.KeyboardInteractiveChallenge, text string) {
	_, _ = challenge("", text, nil, nil)
}

// seconds says a wait in whole seconds, rounded up: "1 second", "8 seconds".
func seconds(d time.Duration) string {
	n := int((d + time.Second - 1) / time.Second)
	if n <= 1 {
		return "1 second"
	}
	return fmt.Sprintf("%d seconds", n)
}

// Addr is where the host listens (with the real port when asked for :0).
func (h *Host) Addr() net.Addr { return h.ln.Addr() }

// Fingerprint is the host key's fingerprint, "SHA256:...".
func (h *Host) Fingerprint() string { return h.fp }

// Passcode is the guests' passcode ("" if guests may not join).
func (h *Host) Passcode() string { return h.cfg.Passcode }

// Warnings are problems found in the roster's ssh_keys.
func (h *Host) Warnings() []string { return append([]string(nil), h.warnings...) }

// Presence is whose connection is lost, for the chair's screen
// (tui.Config.Presence).
func (h *Host) Presence() tui.Presence { return h.pres }

// SessionInfo describes one connected session.
type SessionInfo struct {
	ID     int
	Guest  int    // the guest number, if they joined with the passcode
	Person string // "" for a guest not (yet) admitted
	Addr   string
	Since  time.Time
}

// Sessions lists the connected sessions, oldest first.
func (h *Host) Sessions() []SessionInfo {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]SessionInfo, 0, len(h.sessions))
	for s := range h.sessions {
		who, _ := s.identity()
		out = append(out, SessionInfo{ID: s.ID, Guest: s.Guest, Person: who.Person, Addr: s.addr, Since: s.since})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Connections is how many connections are open, authenticated or not.
func (h *Host) Connections() int { return h.conns.open() }

func (h *Host) isClosed() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.closed
}

func (h *Host) register(s *Session) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.nextID++
	s.ID = h.nextID
	if s.who.Person == "" {
		h.nextGuest++
		s.Guest = h.nextGuest
		s.Name = fmt.Sprintf("Guest %d", s.Guest)
		s.whoName = s.Name
	}
	h.sessions[s] = struct{}{}
	h.wg.Add(1)
	return true
}

func (h *Host) unregister(s *Session) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.sessions[s]; ok {
		delete(h.sessions, s)
		h.wg.Done()
	}
}

func (h *Host) notify(n Notice) {
	if h.cfg.Notify == nil {
		return
	}
	for i, l := range n.Lines {
		n.Lines[i] = meeting.Clean(l)
	}
	if n.At.IsZero() {
		n.At = time.Now()
	}
	h.cfg.Notify(n)
}

// watch drops sessions whose client stopped reading, and checks that quiet
// clients are still there, once a second.
func (h *Host) watch() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-h.stop:
			return
		case now := <-t.C:
			h.mu.Lock()
			list := make([]*Session, 0, len(h.sessions))
			for s := range h.sessions {
				list = append(list, s)
			}
			h.mu.Unlock()
			for _, s := range list {
				s.check(now, h.lim)
			}
			h.summarise(now, false)
		}
	}
}

// Close stops sharing: no new connections; every session is told the
// meeting has closed and ends; grace timers stop without recording anyone
// as leaving. It waits a few seconds at most.
func (h *Host) Close() error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil
	}
	h.closed = true
	list := make([]*Session, 0, len(h.sessions))
	for s := range h.sessions {
		list = append(list, s)
	}
	h.mu.Unlock()
	close(h.stop)
	h.pres.close()
	err := h.ln.Close()
	why := "The chair has stopped sharing the meeting. Thank you for taking part."
	if st := h.cfg.Live.Snapshot(meeting.ConsoleActor()).State; !st.Ended.IsZero() {
		why = "The meeting has ended. Thank you for taking part."
	}
	for _, s := range list {
		s.close(why)
	}
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	// Cut what is left: connections with sessions that did not end, and
	// connections still in their handshake. (Not Server.Shutdown: it
	// waits on a WaitGroup that new handshakes still Add to.)
	_ = h.srv.Close()
	h.conns.closeAll()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	h.serveWG.Wait()
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	return err
}

// cleanName cleans a name that came from a connection and caps its length.
func cleanName(s string, max int) string {
	s = strings.TrimSpace(meeting.Clean(s))
	if len(s) > max {
		s = s[:max]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// session returns a connected session by its ID, or nil.
func (h *Host) session(id int) *Session {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.sessions {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// guestsWatching says how many guests are connected, in words.
func (h *Host) guestsWatching() string {
	h.mu.Lock()
	n := 0
	for s := range h.sessions {
		if who, _ := s.identity(); who.Person == "" {
			n++
		}
	}
	h.mu.Unlock()
	switch n {
	case 0:
		return "no guests are watching"
	case 1:
		return "1 guest is watching"
	}
	return fmt.Sprintf("%d guests are watching", n)
}
