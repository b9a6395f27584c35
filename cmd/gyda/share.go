package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/tui"
	"github.com/gyda/gyda/tui/room"
	"github.com/gyda/gyda/tui/share"
)

// startSharing shares the meeting over SSH when --share is given: it
// starts the host and says how to join, in lines beginning "address:",
// "fingerprint:" and "passcode:" (a contract scripts rely on). In plain
// mode they are printed, with the host's notices as they come, on an
// output the meeting shares safely with the host (the env returned); on
// the full screen they are the screen's first lines, and the notices come
// through sharing.notices. Without --share nothing changes.
func startSharing(s *session, f meetingFlags, e env, screen bool) (env, *sharing, error) {
	if f.share == "" {
		_ = room.RemoveJoining(s.group, filepath.Base(s.dir)) // left by a gyda that stopped while sharing
		return e, &sharing{live: s.live, stop: func() {}}, nil
	}
	var n *notifier
	if screen {
		n = screenNotifier()
	} else {
		out := &lockedWriter{w: e.stdout}
		e.stdout = out
		n = noticePrinter(out)
		n.ended = func() []string { return minutesAfterRemoteEnd(s) }
	}
	sh, err := shareMeeting(s, f.share, n)
	if err != nil {
		return e, nil, err
	}
	h := sh.host
	_, port, _ := net.SplitHostPort(h.Addr().String())
	lines := []string{
		"Sharing the meeting over SSH. People whose keys are in the roster join as themselves; guests give the passcode and watch, and the chair can let a guest take part as someone in the roster with: admit N NAME.",
		fmt.Sprintf("address: %s", h.Addr()),
		fmt.Sprintf("fingerprint: %s", h.Fingerprint()),
		fmt.Sprintf("passcode: %s", h.Passcode()),
		fmt.Sprintf("To join: ssh -p %s HOST (HOST is this laptop's address). Check the fingerprint above when ssh asks.", port),
	}
	for _, w := range h.Warnings() {
		lines = append(lines, "warning: "+w)
	}
	if err := tellTheRoom(s, sh); err != nil {
		lines = append(lines, "warning: the room screen (gyda room) cannot show how to join: "+err.Error())
	}
	if screen {
		// First, and short: the screen's status line shows two lines.
		first := []string{
			fmt.Sprintf("Sharing: ssh -p %s HOST · passcode: %s", port, h.Passcode()),
			fmt.Sprintf("address: %s · fingerprint: %s", h.Addr(), h.Fingerprint()),
		}
		s.opening = append(append(first, s.opening...), lines[5:]...)
		sh.notices = n.lines
	} else {
		for _, l := range lines {
			fmt.Fprintln(e.stdout, l)
		}
	}
	return e, sh, nil
}

// tellTheRoom says how to join, for gyda room, while the meeting is
// shared (GROUP/.gyda/sharing.json), and makes stopping the sharing
// remove it. The passcode is written only when group.toml's [room]
// show_passcode lets the room screen show it.
func tellTheRoom(s *session, sh *sharing) error {
	id := filepath.Base(s.dir)
	j := room.Joining{Meeting: id, Address: sh.host.Addr().String(), Fingerprint: sh.host.Fingerprint()}
	if s.setup.Group.Room.ShowPasscode {
		j.Passcode = sh.host.Passcode()
	}
	if err := room.WriteJoining(s.group, j); err != nil {
		return err
	}
	stop := sh.stop
	sh.stop = func() {
		_ = room.RemoveJoining(s.group, id)
		stop()
	}
	return nil
}

// sharing is a running host, the notices for the chair's screen (nil in
// plain mode), and what stops it.
type sharing struct {
	live    *meeting.Live
	host    *share.Host // nil without --share
	notices <-chan []string
	stop    func()
}

// do carries out a line the chair typed on the laptop (the console):
// through the host while sharing (it knows "admit N NAME"), else straight
// to the meeting.
func (sh *sharing) do(line string) (meeting.Result, error) {
	if sh.host == nil {
		return sh.live.Do(meeting.ConsoleActor(), line)
	}
	return sh.host.Do(meeting.ConsoleActor(), line)
}

// console is how lines typed on the laptop reach the meeting while
// sharing (through the host, which also knows "admit N NAME"); nil when not
// sharing, so they go straight to the session's own meeting (which may
// move to another folder after a failure to save).
func (sh *sharing) console() func(line string) (meeting.Result, error) {
	if sh.host == nil {
		return nil
	}
	return sh.do
}

// details are how to join, for the header of the chair's screen; nil when
// not sharing.
func (sh *sharing) details() *tui.Sharing {
	if sh.host == nil {
		return nil
	}
	return &tui.Sharing{Address: sh.host.Addr().String(), Passcode: sh.host.Passcode(), Fingerprint: sh.host.Fingerprint()}
}

// presence is whose connection is lost, for the chair's screen; nil when
// not sharing.
func (sh *sharing) presence() tui.Presence {
	if sh.host == nil {
		return nil
	}
	return sh.host.Presence()
}

// commands are the host's own commands, for the chair's screen; none
// when not sharing.
func (sh *sharing) commands() []meeting.VerbInfo {
	if sh.host == nil {
		return nil
	}
	return share.Commands()
}

// shareMeeting starts the host for a session: the group's host key (kept
// in GROUP/.gyda), a fresh passcode, the group's grace period and theme,
// and limits for the address it listens on. Every attendee gets the one
// screen (share.Screen), whatever the chair's laptop runs.
func shareMeeting(s *session, addr string, notify *notifier) (*sharing, error) {
	group := filepath.Dir(filepath.Dir(s.dir)) // GROUP/meetings/DATE-slug
	key, err := share.LoadHostKey(share.HostKeyPath(group))
	if err != nil {
		return nil, err
	}
	code, err := share.NewPasscode()
	if err != nil {
		return nil, err
	}
	lim := shareLimits(addr)
	h, err := share.Start(share.Config{
		Addr:     addr,
		Live:     s.live,
		People:   s.setup.People,
		HostKey:  key,
		Passcode: code,
		Grace:    s.setup.Group.Share.Grace.Duration,
		Theme:    s.setup.Group.Theme,
		Limits:   lim,
		Notify:   notify.notice,
	})
	if err != nil {
		notify.close()
		return nil, shareError(addr, err)
	}
	return &sharing{live: s.live, host: h, stop: func() {
		h.Close()
		notify.close()
	}}, nil
}

// shareError says why the host could not start. An address gyda cannot
// read is a mistake in how it was called (exit 2); an address it cannot
// listen on (the port is taken, or needs rights, or the address is not
// this laptop's) is a problem with this laptop (exit 1), with what to do
// instead.
func shareError(addr string, err error) error {
	host, port, serr := net.SplitHostPort(addr)
	if serr != nil {
		return usagef("--share %s: %v; give an address and a port, such as 0.0.0.0:2222 (every network) or 127.0.0.1:2222 (this laptop only)", addr, serr)
	}
	var dnsErr *net.DNSError
	var addrErr *net.AddrError
	if errors.As(err, &dnsErr) || errors.As(err, &addrErr) {
		return usagef("--share %s: %v; give this laptop's address and a port, such as 0.0.0.0:2222 (every network) or 127.0.0.1:2222 (this laptop only)", addr, err)
	}
	var errno syscall.Errno
	isErrno := errors.As(err, &errno)
	other := "another port"
	if n, perr := strconv.Atoi(port); perr == nil && n > 0 && n < 65535 {
		other = fmt.Sprintf("another port, such as --share %s", net.JoinHostPort(host, strconv.Itoa(n+1)))
	}
	switch {
	case errors.Is(err, syscall.EADDRINUSE) || isErrno && errno == wsaeaddrinuse:
		return fmt.Errorf("--share %s: port %s is already in use on this laptop (another gyda, or another program, is listening there); share on %s", addr, port, other)
	case errors.Is(err, syscall.EACCES) || errors.Is(err, os.ErrPermission):
		return fmt.Errorf("--share %s: this laptop does not allow gyda to listen on port %s (ports below 1024 need administrator rights); share on a port above 1024, such as --share %s", addr, port, net.JoinHostPort(host, "2222"))
	case errors.Is(err, syscall.EADDRNOTAVAIL) || isErrno && errno == wsaeaddrnotavail:
		return fmt.Errorf("--share %s: %s is not an address of this laptop; use --share 0.0.0.0:%s to share on every network it is on, or 127.0.0.1:%s for this laptop only", addr, host, port, port)
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "listen" {
		return fmt.Errorf("--share %s: cannot listen there: %v; try %s", addr, err, other)
	}
	return usagef("--share %s: %v", addr, err)
}

// The Windows socket errors for "in use" and "not an address here", which
// syscall does not map to EADDRINUSE and EADDRNOTAVAIL.
const (
	wsaeaddrinuse    syscall.Errno = 10048
	wsaeaddrnotavail syscall.Errno = 10049
)

// shareLimits are the host's limits for an address: the defaults, except
// that on a loopback address, where everyone comes from this machine,
// only the total number of sessions counts.
func shareLimits(addr string) share.Limits {
	lim := share.DefaultLimits()
	if host, _, err := net.SplitHostPort(addr); err == nil {
		if ip := net.ParseIP(host); (ip != nil && ip.IsLoopback()) || host == "localhost" {
			lim.MaxPerAddr = lim.MaxSessions
			lim.MaxHandshakesPerAddr = lim.MaxHandshakes
		}
	}
	return lim
}

// lockedWriter lets the meeting's output and the host's notices take
// turns, a whole line at a time.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

var _ io.Writer = (*lockedWriter)(nil)

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// minutesAfterRemoteEnd writes the minutes of a meeting a remote chair
// ended, when the chair's laptop runs in plain mode (the full screen does
// this itself), and says where they are.
func minutesAfterRemoteEnd(s *session) []string {
	paths, err := s.writeMinutes()
	if err != nil {
		return []string{"error: the meeting is saved, but its minutes could not be written: " + err.Error(),
			"Write them later with: gyda minutes " + s.journal.Path()}
	}
	lines := []string{"The meeting was ended remotely; its minutes are written."}
	for _, p := range paths {
		lines = append(lines, "Minutes written: "+p)
	}
	return append(lines, "Close the input (Ctrl+D) to leave gyda.")
}

// notifier passes the host's notices to the chair, in order, without
// ever holding up a remote session: if the chair's output or screen cannot
// keep up, some notices are dropped and that is said.
type notifier struct {
	ended   func() []string // in plain mode: the meeting was ended remotely
	ch      chan share.Notice
	lines   chan []string // to the chair's screen, when there is one
	done    chan struct{}
	once    sync.Once
	mu      sync.Mutex
	dropped int
	closed  bool
}

// noticePrinter prints notices on the chair's plain output.
func noticePrinter(out io.Writer) *notifier {
	return newNotifier(func(lines []string) {
		for _, l := range lines {
			fmt.Fprintln(out, l)
		}
	}, nil)
}

// screenNotifier passes notices to the chair's screen (Config.Notices).
func screenNotifier() *notifier {
	lines := make(chan []string, 64)
	return newNotifier(func(ls []string) { lines <- ls }, lines)
}

func newNotifier(show func([]string), lines chan []string) *notifier {
	n := &notifier{ch: make(chan share.Notice, 256), lines: lines, done: make(chan struct{})}
	go func() {
		defer close(n.done)
		if lines != nil {
			defer close(lines)
		}
		for x := range n.ch {
			n.mu.Lock()
			dropped := n.dropped
			n.dropped = 0
			n.mu.Unlock()
			if dropped > 0 {
				show([]string{fmt.Sprintf("(%d remote notices were not shown: too many at once)", dropped)})
			}
			show(x.Lines)
			for _, e := range x.Events {
				if e.Type == meeting.EvEnded && n.ended != nil {
					show(n.ended())
				}
			}
		}
	}()
	return n
}

func (n *notifier) notice(x share.Notice) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return
	}
	select {
	case n.ch <- x:
	default:
		n.dropped++
	}
}

// close stops passing notices. On a screen that is no longer reading them
// the last few may be lost; nothing waits for ever.
func (n *notifier) close() {
	n.once.Do(func() {
		n.mu.Lock()
		n.closed = true
		close(n.ch)
		n.mu.Unlock()
		if n.lines != nil {
			// The screen may have gone: drain, so the sender can finish.
			go func() {
				for range n.lines {
				}
			}()
		}
		<-n.done
	})
}
