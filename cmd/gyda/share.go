package main

import (
	"fmt"
	"io"
	"net"
	"path/filepath"
	"sync"

	"github.com/gyda/gyda/tui/share"
)

// startSharing shares the meeting over SSH when --share is given: it
// starts the host, says how to join (lines beginning "address:",
// "fingerprint:" and "passcode:", a contract scripts rely on), and returns
// the env to run the meeting with (its output is safe to share with the
// host's notices) and a function that stops sharing. Without --share it
// changes nothing.
func startSharing(s *session, f meetingFlags, e env) (env, func(), error) {
	if f.share == "" {
		return e, func() {}, nil
	}
	out := &lockedWriter{w: e.stdout}
	e.stdout = out
	h, err := shareMeeting(s, f.share, noticePrinter(out))
	if err != nil {
		return e, nil, err
	}
	fmt.Fprintln(out, "Sharing the meeting over SSH. People whose keys are in the roster join as themselves; guests give the passcode and watch.")
	fmt.Fprintf(out, "address: %s\n", h.host.Addr())
	fmt.Fprintf(out, "fingerprint: %s\n", h.host.Fingerprint())
	fmt.Fprintf(out, "passcode: %s\n", h.host.Passcode())
	_, port, _ := net.SplitHostPort(h.host.Addr().String())
	fmt.Fprintf(out, "To join: ssh -p %s HOST (HOST is this laptop's address). Check the fingerprint above when ssh asks.\n", port)
	for _, w := range h.host.Warnings() {
		fmt.Fprintln(out, "warning: "+w)
	}
	return e, h.stop, nil
}

// sharing is a running host and what stops it.
type sharing struct {
	host *share.Host
	stop func()
}

// shareMeeting starts the host for a session: the group's host key (kept
// in GROUP/.gyda), a fresh passcode, the group's grace period and theme,
// and limits for the address it listens on.
func shareMeeting(s *session, addr string, notify *printer) (*sharing, error) {
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
		Factory:  remoteScreen,
		Limits:   lim,
		Notify:   notify.notice,
	})
	if err != nil {
		notify.close()
		return nil, usagef("--share %s: %v", addr, err)
	}
	return &sharing{host: h, stop: func() {
		h.Close()
		notify.close()
	}}, nil
}

// shareLimits are the host's limits for an address: the defaults, except
// that on a loopback address, where everyone comes from this machine,
// only the total number of sessions counts.
func shareLimits(addr string) share.Limits {
	lim := share.DefaultLimits()
	if host, _, err := net.SplitHostPort(addr); err == nil {
		if ip := net.ParseIP(host); (ip != nil && ip.IsLoopback()) || host == "localhost" {
			lim.MaxPerAddr = lim.MaxSessions
		}
	}
	return lim
}

// remoteScreen is what a remote attendee sees.
var remoteScreen share.ModelFactory = share.MemberView

// lockedWriter lets the meeting's output and the host's notices take
// turns, a whole line at a time.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// printer prints the host's notices for the chair, in order, without ever
// holding up a remote session: if the chair's output cannot keep up, some
// notices are dropped and that is said.
type printer struct {
	ch      chan share.Notice
	done    chan struct{}
	once    sync.Once
	mu      sync.Mutex
	dropped int
	closed  bool
}

func noticePrinter(out io.Writer) *printer {
	p := &printer{ch: make(chan share.Notice, 256), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		for n := range p.ch {
			p.mu.Lock()
			dropped := p.dropped
			p.dropped = 0
			p.mu.Unlock()
			if dropped > 0 {
				fmt.Fprintf(out, "(%d remote notices were not shown: too many at once)\n", dropped)
			}
			for _, l := range n.Lines {
				fmt.Fprintln(out, l)
			}
		}
	}()
	return p
}

func (p *printer) notice(n share.Notice) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	select {
	case p.ch <- n:
	default:
		p.dropped++
	}
}

func (p *printer) close() {
	p.once.Do(func() {
		p.mu.Lock()
		p.closed = true
		close(p.ch)
		p.mu.Unlock()
		<-p.done
	})
}
