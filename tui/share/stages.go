package share

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"
)

// A session is let in through named stages, each of which may end it,
// chained in one place (handler) where their order can be read, as
// soft-serve chains its SSH middleware. What a stage learns is kept in
// the admission for the stages after it.
type (
	// stageFunc runs one session from a stage on.
	stageFunc func(s ssh.Session, a *admission)
	// stageStep is one stage: it does its part and calls next, or ends
	// the session.
	stageStep func(next stageFunc) stageFunc
)

// admission is what the stages have learnt about a session.
type admission struct {
	pty    ssh.Pty
	winch  <-chan ssh.Window
	actor  meeting.Actor
	name   string
	sess   *Session
	ctx    context.Context // ends with the session
	cancel context.CancelFunc
}

// handler is every session's way in, stage by stage.
func (h *Host) handler() ssh.Handler {
	run := chain(
		h.recoverStage,      // a panic ends this session only, and the chair is told
		h.needTerminalStage, // no terminal, no meeting: ssh -t
		h.identifyStage,     // who: the roster key proved, or a passcode guest
		h.registerStage,     // counted, numbered, their arrival recorded or told
	)(h.runScreen) // the screen, until the session ends
	return func(s ssh.Session) { run(s, &admission{}) }
}

// chain runs steps in order, the first outermost, and then last.
func chain(steps ...stageStep) func(last stageFunc) stageFunc {
	return func(last stageFunc) stageFunc {
		for i := len(steps) - 1; i >= 0; i-- {
			last = steps[i](last)
		}
		return last
	}
}

// turnAway ends a session before its screen starts, saying why.
func turnAway(s ssh.Session, why string) {
	fmt.Fprint(s.Stderr(), why+"\r\n")
	_ = s.Exit(1)
}

// recoverStage keeps a panic in a session's setting up inside it, and
// tells the chair.
func (h *Host) recoverStage(next stageFunc) stageFunc {
	return func(s ssh.Session, a *admission) {
		defer func() {
			if r := recover(); r != nil {
				h.notify(Notice{Lines: []string{"A remote session hit a problem and was closed: " + panicText(r)}})
			}
		}()
		next(s, a)
	}
}

// needTerminalStage ends a session that asked for no terminal. A session
// has now been opened, so the connection's deadline to open one stops.
func (h *Host) needTerminalStage(next stageFunc) stageFunc {
	return func(s ssh.Session, a *admission) {
		if tc := tracked(s.Context()); tc != nil {
			tc.sessionOpened()
		}
		pty, winch, isPty := s.Pty()
		if !isPty {
			turnAway(s, "The meeting needs a terminal: connect with ssh -t.")
			return
		}
		a.pty, a.winch = pty, winch
		defer drain(winch)
		next(s, a)
	}
}

// drain reads window sizes nobody wants any more until the ssh package
// closes the channel, when the session's requests end. The package sends
// each size a client asks for and blocks until it is read: a client that
// resized as its screen ended would otherwise hold a goroutine and its
// session for as long as the host runs.
func drain(winch <-chan ssh.Window) {
	go func() {
		for range winch {
		}
	}()
}

// identifyStage says who the session is (see identify), or ends it.
func (h *Host) identifyStage(next stageFunc) stageFunc {
	return func(s ssh.Session, a *admission) {
		actor, name, ok := h.identify(s)
		if !ok {
			turnAway(s, "This key is not in the group's roster, so it cannot join the meeting.")
			return
		}
		a.actor, a.name = actor, name
		next(s, a)
	}
}

// registerStage makes the Session, counts it among the host's, and
// records a roster person's arrival or tells the chair of a guest; when
// the session ends it does the reverse.
func (h *Host) registerStage(next stageFunc) stageFunc {
	return func(s ssh.Session, a *admission) {
		ctx, cancel := context.WithCancel(s.Context())
		defer cancel()
		a.ctx, a.cancel = ctx, cancel
		w, ht := h.lim.clampSize(a.pty.Window.Width, a.pty.Window.Height)
		env := termEnv(s.Environ(), a.pty.Term, h.lim.MaxName)
		renderer, _ := newRenderer(env, h.cfg.Theme)
		conn, _ := s.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn)
		sess := &Session{
			Actor: a.actor, Name: a.name, Renderer: renderer, Theme: h.cfg.Theme,
			Width: w, Height: ht, Live: h.cfg.Live, Done: ctx.Done(), Fingerprint: h.fp,
			host: h, addr: addrKey(s.RemoteAddr()), since: time.Now(),
			cmds: rate.NewLimiter(rate.Limit(h.lim.CommandRate), h.lim.CommandBurst),
			out:  &watchedWriter{w: s}, conn: conn, closeC: make(chan string, 1), rebuild: make(chan struct{}, 1), lastPing: time.Now(),
			who: a.actor, whoName: a.name,
		}
		if !h.register(sess) {
			turnAway(s, "The meeting is no longer being shared.")
			return
		}
		a.sess = sess
		if a.actor.Person != "" {
			h.pres.connected(a.actor.Person)
		} else if h.comings.tell(true) {
			h.notify(Notice{Lines: []string{fmt.Sprintf("Guest %d joined with the passcode from %s%s; admit them with: admit %d NAME. %s.",
				sess.Guest, sess.addr, typedName(s, h.lim.MaxName), sess.Guest, prose.UpperFirst(h.guestsWatching()))}})
		}
		defer func() {
			h.unregister(sess) // so the count below leaves this session out
			// Who it is now: a guest the chair admitted leaves as that
			// person, after the grace period, like a key login.
			if who := sess.end(); who.Person != "" {
				h.pres.disconnected(who.Person)
			} else if h.comings.tell(false) {
				h.notify(Notice{Lines: []string{fmt.Sprintf("Guest %d left; %s.", sess.Guest, h.guestsWatching())}})
			}
		}()
		next(s, a)
	}
}

// runScreen runs the session's screen (one tea.Program behind a guard)
// until the session ends.
func (h *Host) runScreen(s ssh.Session, a *admission) {
	sess, ctx := a.sess, a.ctx
	scr := newScreen(sess.out, sess.Width, sess.Height)
	g := &guard{scr: scr, lim: h.lim, sess: sess, factory: h.cfg.Factory, onPanic: func(r any, _ []byte) {
		who, name := sess.identity()
		h.notify(Notice{Person: who.Person, Lines: []string{fmt.Sprintf("The screen of %s hit a problem and was closed (%s); everyone else carries on.", name, panicText(r))}})
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
		tea.WithEnvironment(termEnv(s.Environ(), a.pty.Term, h.lim.MaxName)),
	)
	go func() {
		for {
			select {
			case win, ok := <-a.winch:
				if !ok {
					return
				}
				p.Send(resizeMsg{win.Width, win.Height})
			case why := <-sess.closeC:
				p.Send(closingMsg{why})
			case <-sess.rebuild:
				p.Send(rebuildMsg{})
			case <-ctx.Done():
				return
			}
		}
	}()
	_, err := p.Run()
	a.cancel()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, tea.ErrInterrupted) && g.last == "" {
		g.last = "The session ended: " + err.Error()
	}
	_ = scr.stop(g.last)
	if closer, ok := g.inner.(interface{ Close() }); ok {
		g.protect(closer.Close)
	}
}
