package share

import (
	"fmt"
	"maps"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gyda/gyda/meeting"
)

// Link is how a roster person's connection stands.
type Link struct {
	Sessions  int       // connected sessions now
	LostSince time.Time // when the last session dropped, while in the grace period
	LeaveAt   time.Time // when they will be recorded as leaving, unless they come back
}

// presence records roster people arriving when they connect and leaving
// when their connection has been gone for the grace period. The timers are
// here, on the host, not in the meeting: the meeting only sees "arrive ...
// remote" and "leave ..." from the chair's console, like any other command.
//
// Every screen reads the presence after each snapshot, three hundred at
// once, so reading takes no lock: the writers (who hold mu) publish what
// screens read as one immutable watch behind an atomic pointer.
type presence struct {
	mu     sync.Mutex
	live   *meeting.Live
	grace  time.Duration
	after  afterFunc
	people map[string]*link
	notify func(Notice)
	closed bool
	watch  atomic.Pointer[linkWatch] // what screens read; replaced, never changed
}

// linkWatch is the presence as screens see it at one moment.
type linkWatch struct {
	lost    map[string]bool // who has lost their connection: shared, read only
	lostVer uint64          // counts changes of lost
	change  chan struct{}   // closed when the next watch is published
}

type link struct {
	Link
	timer stopper
	gen   int
}

// afterFunc starts a timer that calls f once d has passed, as
// time.AfterFunc does (tests pass one whose timers they fire themselves).
type afterFunc func(d time.Duration, f func()) stopper

// stopper is a timer that can be stopped, as a *time.Timer can.
type stopper interface{ Stop() bool }

// realTimers starts timers on the real clock.
func realTimers(d time.Duration, f func()) stopper { return time.AfterFunc(d, f) }

// newPresence keeps track of who is connected; after starts the grace
// timers (realTimers when nil).
func newPresence(live *meeting.Live, grace time.Duration, notify func(Notice), after afterFunc) *presence {
	if after == nil {
		after = realTimers
	}
	p := &presence{live: live, grace: grace, after: after, people: map[string]*link{}, notify: notify}
	p.watch.Store(&linkWatch{lost: map[string]bool{}, change: make(chan struct{})})
	return p
}

// connected records a session for a roster person; the first one records
// their arrival if they are not already here, and a reconnection within
// the grace period cancels their leaving. The chair is told.
func (p *presence) connected(id string) { p.send(p.connect(id)) }

// connect is connected, returning what the chair should be told.
func (p *presence) connect(id string) []Notice {
	var notes []Notice
	p.mu.Lock()
	l := p.people[id]
	if l == nil {
		l = &link{}
		p.people[id] = l
	}
	l.Sessions++
	st := p.live.Snapshot(meeting.ConsoleActor()).State
	name := st.Name(id)
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
		l.gen++
		l.LostSince, l.LeaveAt = time.Time{}, time.Time{}
		notes = append(notes, Notice{Person: id, Lines: []string{fmt.Sprintf("%s reconnected.", name)}})
	}
	if l.Sessions == 1 && !st.IsPresent(id) && st.IsOpen() {
		res, err := p.live.Exec(meeting.ConsoleActor(), meeting.Command{Verb: meeting.VerbArrive, Name: id, Remote: true})
		if err == nil {
			notes = append(notes, Notice{Person: id, Lines: res.Lines, Events: res.Events})
		} else {
			notes = append(notes, Notice{Person: id, Lines: []string{fmt.Sprintf("%s joined, but their arrival could not be recorded: %v", name, err)}})
		}
	} else if l.Sessions == 1 && len(notes) == 0 {
		notes = append(notes, Notice{Person: id, Lines: []string{fmt.Sprintf("%s joined remotely.", name)}})
	}
	p.changed()
	p.mu.Unlock()
	return notes
}

// sessions is how many sessions a roster person has connected now.
func (p *presence) sessions(id string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if l := p.people[id]; l != nil {
		return l.Sessions
	}
	return 0
}

// disconnected records a session ending. When someone's last session ends
// and the meeting has them as remote, they are shown as "connection lost"
// and recorded as leaving only if they have not come back within the grace
// period.
func (p *presence) disconnected(id string) {
	var notes []Notice
	p.mu.Lock()
	l := p.people[id]
	if l == nil || l.Sessions == 0 {
		p.mu.Unlock()
		return
	}
	l.Sessions--
	st := p.live.Snapshot(meeting.ConsoleActor()).State
	if l.Sessions == 0 {
		if !p.closed && st.IsOpen() && st.IsPresent(id) && st.IsRemote(id) {
			now := time.Now()
			l.gen++
			gen := l.gen
			l.LostSince, l.LeaveAt = now, now.Add(p.grace)
			l.timer = p.after(p.grace, func() { p.expire(id, gen) })
			notes = append(notes, Notice{Person: id, Lines: []string{fmt.Sprintf("%s: connection lost. They will be recorded as leaving in %s unless they reconnect.",
				st.Name(id), meeting.Span(p.grace))}})
		} else {
			delete(p.people, id)
		}
	}
	p.changed()
	p.mu.Unlock()
	p.send(notes)
}

// expire records the leaving of someone whose grace period ran out.
func (p *presence) expire(id string, gen int) {
	var notes []Notice
	p.mu.Lock()
	l := p.people[id]
	if l == nil || l.gen != gen || l.Sessions > 0 || p.closed {
		p.mu.Unlock()
		return
	}
	delete(p.people, id)
	p.changed()
	st := p.live.Snapshot(meeting.ConsoleActor()).State
	if st.IsOpen() && st.IsPresent(id) && st.IsRemote(id) {
		res, err := p.live.Exec(meeting.ConsoleActor(), meeting.Command{Verb: meeting.VerbLeave, Name: id})
		lines := []string{fmt.Sprintf("%s did not reconnect within %s.", st.Name(id), meeting.Span(p.grace))}
		if err != nil {
			lines = append(lines, fmt.Sprintf("Their leaving could not be recorded: %v", err))
		}
		notes = append(notes, Notice{Person: id, Lines: append(lines, res.Lines...)})
	}
	p.mu.Unlock()
	p.send(notes)
}

// close stops every grace timer without recording anything: when sharing
// stops, the meeting has ended or will be resumed, and nobody has left.
func (p *presence) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, l := range p.people {
		if l.timer != nil {
			l.timer.Stop()
			l.timer = nil
		}
	}
}

// Lost is who has lost their connection and may yet come back, and a
// number that changes only when that does (tui.Presence). The map is
// shared by every screen: read it, never change it.
func (p *presence) Lost() (map[string]bool, uint64) {
	w := p.watch.Load()
	return w.lost, w.lostVer
}

// Changed is closed at the next change of anyone's link, so screens can
// show "connection lost" at once (tui.Presence).
func (p *presence) Changed() <-chan struct{} { return p.watch.Load().change }

// changed publishes a new watch and wakes whoever waits on the old one.
// The lost map is kept, and its number, when who is lost is the same.
// The caller holds mu.
func (p *presence) changed() {
	old := p.watch.Load()
	lost := map[string]bool{}
	for id, l := range p.people {
		if l.Sessions == 0 && !l.LostSince.IsZero() {
			lost[id] = true
		}
	}
	w := &linkWatch{lost: old.lost, lostVer: old.lostVer, change: make(chan struct{})}
	if !maps.Equal(lost, old.lost) {
		w.lost, w.lostVer = lost, old.lostVer+1
	}
	p.watch.Store(w) // before waking anyone, so they read the new one
	close(old.change)
}

func (p *presence) send(notes []Notice) {
	if p.notify == nil {
		return
	}
	for _, n := range notes {
		n.At = time.Now()
		p.notify(n)
	}
}
