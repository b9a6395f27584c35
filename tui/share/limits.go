package share

import (
	"net"
	"time"
)

// Limits bound what any one connection, address or the whole host may
// cost. A zero field takes its default (see DefaultLimits).
type Limits struct {
	// MaxSessions is the most logged-in connections the host holds at
	// once. Guests may take all but one place for each roster person with
	// a key (see budget).
	MaxSessions int
	// MaxPerAddr is the most guest connections from one network address.
	// When the host listens only on a loopback address everyone comes from
	// the same address, so cmd/gyda sets it to MaxSessions there (and
	// MaxHandshakesPerAddr to MaxHandshakes).
	MaxPerAddr int
	// PerPerson is the most connections one roster person may hold.
	PerPerson int
	// SessionsPerConn is the most interactive sessions on one connection.
	SessionsPerConn int

	// MaxHandshakes and MaxHandshakesPerAddr are the places for
	// connections that have not logged in yet, in all and from one
	// address. They are never full: a new connection takes the place of
	// the one that has got least far (see budget).
	MaxHandshakes, MaxHandshakesPerAddr int
	// MaxSilent is the most connections that may wait at once for their
	// first word, each at most FirstWordTimeout; the oldest makes way.
	MaxSilent        int
	FirstWordTimeout time.Duration
	// HandshakeTimeout is how long a new connection has to finish the SSH
	// handshake and authenticate.
	HandshakeTimeout time.Duration
	// SessionTimeout is how long a connection that has logged in has to
	// open its terminal session.
	SessionTimeout time.Duration
	// MaxAuthTries is the most authentication attempts on one connection.
	MaxAuthTries int
	// IdleTimeout closes a connection with no traffic either way.
	IdleTimeout time.Duration
	// MaxTimeout is the longest a connection may last.
	MaxTimeout time.Duration
	// KeepAlive is how often the host checks that a quiet client is still
	// there; a client that does not answer within StallTimeout is dropped.
	KeepAlive time.Duration
	// StallTimeout is how long a write to a client may block (it stopped
	// reading) before the session is dropped.
	StallTimeout time.Duration

	// InputRate and InputBurst bound typing, in bytes per second and bytes;
	// more is dropped.
	InputRate  int
	InputBurst int
	// CommandRate and CommandBurst bound commands, per second and at once.
	CommandRate  float64
	CommandBurst int
	// MaxLine is the longest command line, in bytes.
	MaxLine int
	// MaxName is the longest name taken from a connection (the SSH user
	// name, the terminal type), in bytes.
	MaxName int
	// MaxWidth and MaxHeight clamp a terminal's size; a zero size is read
	// as 80x24.
	MaxWidth, MaxHeight int

	// FailBackoff is how long an address waits after a wrong passcode; it
	// doubles with each wrong one in a row up to MaxFailBackoff. A right
	// passcode from the address forgives it.
	FailBackoff, MaxFailBackoff time.Duration
	// WrongPasscodeRate and WrongPasscodeBurst bound wrong passcodes from
	// all addresses together, per second and at once: beyond them, every
	// check waits its turn.
	WrongPasscodeRate  float64
	WrongPasscodeBurst int
}

// DefaultLimits are the limits for a meeting of a few hundred people.
func DefaultLimits() Limits {
	return Limits{
		MaxSessions:          512,
		MaxPerAddr:           32,
		PerPerson:            8,
		SessionsPerConn:      1,
		MaxHandshakes:        512,
		MaxHandshakesPerAddr: 32,
		MaxSilent:            1024,
		FirstWordTimeout:     5 * time.Second,
		HandshakeTimeout:     20 * time.Second,
		SessionTimeout:       10 * time.Second,
		MaxAuthTries:         6,
		IdleTimeout:          30 * time.Minute,
		MaxTimeout:           12 * time.Hour,
		KeepAlive:            15 * time.Second,
		StallTimeout:         30 * time.Second,
		InputRate:            1 << 10,
		InputBurst:           16 << 10,
		CommandRate:          2,
		CommandBurst:         8,
		MaxLine:              1000,
		MaxName:              32,
		MaxWidth:             400,
		MaxHeight:            200,
		FailBackoff:          time.Second,
		MaxFailBackoff:       30 * time.Second,

		WrongPasscodeRate:  2,
		WrongPasscodeBurst: 100,
	}
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	setInt := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	setDur := func(v *time.Duration, def time.Duration) {
		if *v <= 0 {
			*v = def
		}
	}
	setInt(&l.MaxSessions, d.MaxSessions)
	setInt(&l.MaxPerAddr, d.MaxPerAddr)
	setInt(&l.PerPerson, d.PerPerson)
	setInt(&l.SessionsPerConn, d.SessionsPerConn)
	setInt(&l.MaxHandshakes, d.MaxHandshakes)
	setInt(&l.MaxHandshakesPerAddr, d.MaxHandshakesPerAddr)
	setInt(&l.MaxSilent, d.MaxSilent)
	setDur(&l.FirstWordTimeout, d.FirstWordTimeout)
	setDur(&l.HandshakeTimeout, d.HandshakeTimeout)
	setDur(&l.SessionTimeout, d.SessionTimeout)
	setInt(&l.MaxAuthTries, d.MaxAuthTries)
	setDur(&l.IdleTimeout, d.IdleTimeout)
	setDur(&l.MaxTimeout, d.MaxTimeout)
	setDur(&l.KeepAlive, d.KeepAlive)
	setDur(&l.StallTimeout, d.StallTimeout)
	setInt(&l.InputRate, d.InputRate)
	setInt(&l.InputBurst, d.InputBurst)
	if l.CommandRate <= 0 {
		l.CommandRate = d.CommandRate
	}
	setInt(&l.CommandBurst, d.CommandBurst)
	setInt(&l.MaxLine, d.MaxLine)
	setInt(&l.MaxName, d.MaxName)
	setInt(&l.MaxWidth, d.MaxWidth)
	setInt(&l.MaxHeight, d.MaxHeight)
	setDur(&l.FailBackoff, d.FailBackoff)
	setDur(&l.MaxFailBackoff, d.MaxFailBackoff)
	if l.WrongPasscodeRate <= 0 {
		l.WrongPasscodeRate = d.WrongPasscodeRate
	}
	setInt(&l.WrongPasscodeBurst, d.WrongPasscodeBurst)
	return l
}

// clampSize turns a window size from a client into one the screen can
// use: zero means unknown (80x24), and nothing is larger than the limits.
func (l Limits) clampSize(w, h int) (int, int) {
	if w <= 0 {
		w = 80
	}
	if h <= 0 {
		h = 24
	}
	w = min(max(w, 20), l.MaxWidth)
	h = min(max(h, 5), l.MaxHeight)
	return w, h
}

// addrKey is the part of a remote address that limits count by: the IP.
func addrKey(a net.Addr) string {
	if a == nil {
		return "?"
	}
	if ta, ok := a.(*net.TCPAddr); ok {
		return ta.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}
