package share

import (
	"net"
	"sync"
	"time"
)

// budget decides which connections the host holds, in two parts, so that
// connections that never log in cannot keep members out.
//
// A new connection first waits, holding no place, for the client's first
// word (an SSH client says its version at once): connections that say
// nothing are cut after a few seconds, and while MaxSilent of them wait,
// the oldest is cut to make way, so however fast they are opened they
// never reach a handshake place.
//
// Handshakes (connections that have not authenticated) have their own
// places: MaxHandshakes in all and MaxHandshakesPerAddr from one address.
// A new connection is never refused for want of a handshake place: it
// takes the place of the handshake that has got least far (it has sent
// nothing, then it has not reached authentication), oldest first, from its
// own address when that address is at its cap, or else from the address
// holding the most. A real client gets through its handshake in
// milliseconds, so half-open connections, however many are opened, only
// push out each other. Each handshake has HandshakeTimeout to
// authenticate, and then SessionTimeout to open its terminal session.
//
// Places for people (authenticated connections) are MaxSessions in all.
// Guests (the passcode) may take all but the reserved places, one for
// each roster person with a key, and at most MaxPerAddr from one address;
// a roster person may hold PerPerson connections at once. So however many
// guests come, every member with a key finds room.
type budget struct {
	lim      Limits
	reserved int // places only roster keys may take

	mu         sync.Mutex
	handshakes map[*trackedConn]struct{}
	perAddr    map[string]int // handshakes per address
	all        map[*trackedConn]struct{}
	guests     int
	guestsAt   map[string]int
	members    int
	perPerson  map[string]int
	silent     map[net.Conn]silentConn // connections waiting for their first word
	silentAt   map[string]int          // of them, per address

	refusals *refusals
}

func newBudget(lim Limits, rosterKeys int, ref *refusals) *budget {
	return &budget{
		lim:        lim,
		reserved:   min(rosterKeys, lim.MaxSessions/2),
		handshakes: map[*trackedConn]struct{}{},
		perAddr:    map[string]int{},
		all:        map[*trackedConn]struct{}{},
		guestsAt:   map[string]int{},
		perPerson:  map[string]int{},
		silent:     map[net.Conn]silentConn{},
		silentAt:   map[string]int{},
		refusals:   ref,
	}
}

// stage is how far a connection has got.
type stage int

const (
	stageTalking stage = iota // the client has said something (an SSH hello)
	stageKex                  // it has said more: its key exchange has begun
	stageAuthing
	// the key exchange is done: it is logging in
	stageIn // logged in: it holds a place for a person
)

// trackedConn is one connection the budget holds. It gives its place back
// when it closes.
type trackedConn struct {
	net.Conn
	b        *budget
	addr     string
	accepted time.Time

	pending []byte // what firstWord read, for the SSH layer to read again

	mu       sync.Mutex
	got      int       // bytes heard before logging in
	heard    time.Time // when it was last heard from
	stage    stage
	person   string // the roster person, once in by key; "" for a guest
	deadline *time.Timer
	once     sync.Once
}

// firstWord waits for the client on c to say something, at most
// FirstWordTimeout (or HandshakeTimeout, if shorter), and returns what it
// said first; false if it said nothing (c is then closed and counted).
// Waiting connections make way for new ones as handshakes do: the oldest
// from the same address when that address has MaxHandshakesPerAddr
// waiting, or else, when MaxSilent wait, the oldest from the address with
// the most.
func (b *budget) firstWord(c net.Conn, addr string, now time.Time) ([]byte, bool) {
	b.mu.Lock()
	var cut net.Conn
	switch {
	case b.silentAt[addr] >= b.lim.MaxHandshakesPerAddr:
		cut = b.oldestSilent(addr)
	case len(b.silent) >= b.lim.MaxSilent:
		cut = b.oldestSilent(busiest(b.silentAt))
	}
	if cut != nil {
		b.dropSilent(cut)
	}
	b.silent[c] = silentConn{addr: addr, at: now}
	b.silentAt[addr]++
	b.mu.Unlock()
	if cut != nil {
		cut.Close() // its own firstWord returns false and counts it
	}
	_ = c.SetReadDeadline(now.Add(min(b.lim.FirstWordTimeout, b.lim.HandshakeTimeout)))
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	_ = c.SetReadDeadline(time.Time{})
	b.mu.Lock()
	b.dropSilent(c)
	b.mu.Unlock()
	if n == 0 {
		b.refusals.add(addr, "said nothing")
		c.Close()
		return nil, false
	}
	return buf[:n], true
}

// silentConn is a connection waiting for its first word.
type silentConn struct {
	addr string
	at   time.Time
}

// oldestSilent is the connection from addr that has waited longest. The
// caller holds mu.
func (b *budget) oldestSilent(addr string) net.Conn {
	var pick net.Conn
	var at time.Time
	for c, sc := range b.silent {
		if sc.addr == addr && (pick == nil || sc.at.Before(at)) {
			pick, at = c, sc.at
		}
	}
	return pick
}

// dropSilent forgets a waiting connection. The caller holds mu.
func (b *budget) dropSilent(c net.Conn) {
	sc, ok := b.silent[c]
	if !ok {
		return
	}
	delete(b.silent, c)
	if b.silentAt[sc.addr]--; b.silentAt[sc.addr] <= 0 {
		delete(b.silentAt, sc.addr)
	}
}

// admit takes a handshake place for a new connection from addr, making
// room by cutting the handshake that has got least far if need be, and
// gives it until HandshakeTimeout to log in.
func (b *budget) admit(c net.Conn, addr string, first []byte, now time.Time) *trackedConn {
	tc := &trackedConn{Conn: c, b: b, addr: addr, accepted: now, pending: first, stage: stageTalking, heard: now}
	var cut []*trackedConn
	b.mu.Lock()
	if b.perAddr[addr] >= b.lim.MaxHandshakesPerAddr {
		cut = append(cut, b.leastFar(addr))
	} else if len(b.handshakes) >= b.lim.MaxHandshakes {
		cut = append(cut, b.leastFar(busiest(b.perAddr)))
	}
	for _, old := range cut {
		b.dropHandshake(old)
	}
	b.handshakes[tc] = struct{}{}
	b.perAddr[addr]++
	b.all[tc] = struct{}{}
	b.mu.Unlock()
	tc.mu.Lock()
	tc.deadline = time.AfterFunc(b.lim.HandshakeTimeout, func() { tc.expire("did not log in in time") })
	tc.mu.Unlock()
	for _, old := range cut {
		if old != nil {
			b.refusals.add(old.addr, "made way for newer connections before logging in")
			old.Close()
		}
	}
	return tc
}

// leastFar is the handshake from addr that has got least far, and of
// those the one heard from least recently: a real client in the middle
// of its handshake is never quiet for long. The caller holds mu.
func (b *budget) leastFar(addr string) *trackedConn {
	var pick *trackedConn
	var pickStage stage
	var pickHeard time.Time
	for tc := range b.handshakes {
		if tc.addr != addr {
			continue
		}
		st, heard := tc.progress()
		if pick == nil || st < pickStage || st == pickStage && heard.Before(pickHeard) {
			pick, pickStage, pickHeard = tc, st, heard
		}
	}
	return pick
}

// busiest is the address with the most in count (the lowest, for a
// tie), or "".
func busiest(count map[string]int) string {
	best := ""
	for a, n := range count {
		if best == "" || n > count[best] || n == count[best] && a < best {
			best = a
		}
	}
	return best
}

// dropHandshake gives back tc's handshake place. The caller holds mu.
func (b *budget) dropHandshake(tc *trackedConn) {
	if tc == nil {
		return
	}
	if _, ok := b.handshakes[tc]; !ok {
		return
	}
	delete(b.handshakes, tc)
	if b.perAddr[tc.addr]--; b.perAddr[tc.addr] <= 0 {
		delete(b.perAddr, tc.addr)
	}
}

// guestRoom says whether a guest from addr would find a place now (the
// passcode check asks before it says yes, so a guest is told why).
func (b *budget) guestRoom(addr string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.guests+b.members < b.lim.MaxSessions-b.reserved && b.guestsAt[addr] < b.lim.MaxPerAddr
}

// login moves tc from its handshake place to a place for a person (person
// "" for a guest), or reports that there is none. Its handshake deadline
// gives way to SessionTimeout, to open its terminal.
func (b *budget) login(tc *trackedConn, person string) bool {
	b.mu.Lock()
	ok := false
	if _, shaking := b.handshakes[tc]; shaking {
		switch {
		case person == "":
			ok = b.guests+b.members < b.lim.MaxSessions-b.reserved && b.guestsAt[tc.addr] < b.lim.MaxPerAddr
			if ok {
				b.guests++
				b.guestsAt[tc.addr]++
			}
		default:
			ok = b.guests+b.members < b.lim.MaxSessions && b.perPerson[person] < b.lim.PerPerson
			if ok {
				b.members++
				b.perPerson[person]++
			}
		}
		if ok {
			b.dropHandshake(tc)
		}
	}
	b.mu.Unlock()
	if !ok {
		return false
	}
	tc.mu.Lock()
	tc.stage, tc.person = stageIn, person
	if tc.deadline != nil {
		tc.deadline.Stop()
	}
	tc.deadline = time.AfterFunc(b.lim.SessionTimeout, func() { tc.expire("logged in but opened no terminal in time") })
	tc.mu.Unlock()
	return true
}

// sessionOpened stops tc's deadline: its terminal is open.
func (tc *trackedConn) sessionOpened() {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if tc.deadline != nil {
		tc.deadline.Stop()
	}
}

// expire cuts a connection whose deadline passed.
func (tc *trackedConn) expire(why string) {
	tc.b.refusals.add(tc.addr, why)
	tc.Close()
}

// release gives back whatever place tc holds. Only Close calls it.
func (b *budget) release(tc *trackedConn) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.all, tc)
	if _, shaking := b.handshakes[tc]; shaking {
		b.dropHandshake(tc)
		return
	}
	tc.mu.Lock()
	in, person := tc.stage == stageIn, tc.person
	tc.mu.Unlock()
	switch {
	case !in:
	case person == "":
		b.guests--
		if b.guestsAt[tc.addr]--; b.guestsAt[tc.addr] <= 0 {
			delete(b.guestsAt, tc.addr)
		}
	default:
		b.members--
		if b.perPerson[person]--; b.perPerson[person] <= 0 {
			delete(b.perPerson, person)
		}
	}
}

// open is how many connections are held, logged in or not.
func (b *budget) open() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.all)
}

// closeAll cuts every connection still open.
func (b *budget) closeAll() {
	b.mu.Lock()
	list := make([]*trackedConn, 0, len(b.all))
	for tc := range b.all {
		list = append(list, tc)
	}
	b.mu.Unlock()
	for _, tc := range list {
		tc.Close()
	}
}

// progress is how far tc has got, and when it was last heard from.
func (tc *trackedConn) progress() (stage, time.Time) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	return tc.stage, tc.heard
}

// kexBytes is how much a client has said once its key exchange has begun:
// more than an SSH hello (a version line, at most 255 bytes).
const kexBytes = 256

// reached records that tc got as far as s (it never goes back).
func (tc *trackedConn) reached(s stage) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	tc.stage = max(tc.stage, s)
}

// Read gives what firstWord read first, then the connection's own, and
// notes, until it logs in, how far the client has got. (Only the SSH
// layer's one reading goroutine reads.)
func (tc *trackedConn) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(tc.pending) > 0 {
		n = copy(p, tc.pending)
		tc.pending = tc.pending[n:]
	} else {
		n, err = tc.Conn.Read(p)
	}
	if n > 0 {
		tc.mu.Lock()
		if tc.stage < stageAuthing {
			tc.got += n
			tc.heard = time.Now()
			if tc.got >= kexBytes {
				tc.stage = max(tc.stage, stageKex)
			}
		}
		tc.mu.Unlock()
	}
	return n, err
}

// Close closes the connection and gives its place back, once.
func (tc *trackedConn) Close() error {
	err := tc.Conn.Close()
	tc.once.Do(func() {
		tc.mu.Lock()
		if tc.deadline != nil {
			tc.deadline.Stop()
		}
		tc.mu.Unlock()
		tc.b.release(tc)
	})
	return err
}
