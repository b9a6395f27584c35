package meeting

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// Recorder is where Live makes events durable: the meeting's journal. An
// Append returns only once the events are safely on disk.
type Recorder interface {
	Append(events ...json.RawMessage) (firstSeq uint64, err error)
}

// Hinter gives a gentle plain-English hint about a text, or "" (the
// plain-English checker; optional).
type Hinter interface {
	Hint(text string) string
}

// Snapshot is the meeting at one moment: an immutable state and its
// version. Views are functions of a snapshot; nobody may change its State.
type Snapshot struct {
	Version uint64
	State   *State
}

// Result is what a command did: its events and the plain lines that say so.
type Result struct {
	Events []Event
	Lines  []string
	// Record is what the events did, as the meeting's own record says it
	// (what the chair is told of a remote person's command): never what
	// was said to the actor alone ("Your vote: for", a hint on their
	// wording). Nil when nothing was recorded.
	Record []string
}

// Live is the running meeting: the one owner of the state. It checks every
// command, records its events durably before anyone sees them, applies them
// and publishes a new snapshot to every subscriber's mailbox. It is safe
// for use from many goroutines (the chair's screen, each remote session).
type Live struct {
	mu       sync.Mutex
	state    *State
	clock    Clock
	recorder Recorder
	hinter   Hinter
	failed   error
	version  uint64
	snap     *Snapshot
	// views are the latest snapshot as each sight sees it, made once:
	// every mailbox, Snapshot and Subscribe for that sight shares it.
	views map[Sight]*Snapshot
	subs  map[*Mailbox]struct{}
	box   ballotBox // the open election's screen ballots: never journalled, never in a snapshot
}

// Options are the optional parts of a live meeting.
type Options struct {
	// Hinter, if set, adds plain-English hints to decisions, actions and
	// notes. It never refuses anything.
	Hinter Hinter
}

// Start runs a meeting: a new one when past is empty (recording that it
// opened), or a resumed one (replaying past and recording the gap). The
// opening lines say what happened.
func Start(setup *Setup, past []Event, rec Recorder, clock Clock, opt Options) (*Live, []string, error) {
	st, err := Replay(setup, past)
	if err != nil {
		return nil, nil, err
	}
	l := &Live{state: st, clock: clock, recorder: rec, hinter: opt.Hinter, subs: map[*Mailbox]struct{}{}}
	now := clock.Now()
	var first Event
	switch {
	case len(past) == 0:
		first = Event{Type: EvOpened, At: now}
	case !st.Ended.IsZero():
		l.publish()
		return l, []string{fmt.Sprintf("This meeting ended at %s; nothing more can be recorded.", st.LocalTime(st.Ended))}, nil
	default:
		if sim, ok := clock.(*SimClock); ok {
			sim.Set(st.Last)
			now = sim.Now()
		}
		if now.Before(st.Last) {
			now = st.Last
		}
		first = Event{Type: EvResumed, At: now, Since: st.Last}
	}
	lines, err := l.record([]Event{first})
	if err != nil {
		return nil, nil, err
	}
	return l, lines, nil
}

// Do parses a typed line and carries it out for the actor.
func (l *Live) Do(actor Actor, line string) (Result, error) {
	c, err := Parse(Clean(line))
	if err != nil {
		return Result{}, err
	}
	return l.Exec(actor, c)
}

// Exec carries out a command for the actor. A refused command returns an
// error and changes nothing. If the journal cannot be written the error
// says so, and every later command is refused with the same error: nothing
// is ever recorded that is not on disk.
func (l *Live) Exec(actor Actor, c Command) (Result, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.failed != nil {
		return Result{}, l.failed
	}
	now := l.clock.Now()
	switch c.Verb {
	case VerbHelp:
		return Result{Lines: helpLines(l.state.RoleOf(actor), c.Text, l.state.Setup.Clock == "sim")}, nil
	case VerbQuorum:
		return Result{Lines: l.state.SeenBy(actor).Summary(now)}, nil
	case VerbArising:
		return Result{Lines: l.state.SeenBy(actor).ArisingLines()}, nil
	case VerbWait:
		if l.state.RoleOf(actor) != RoleChair {
			return Result{}, refuse(l.state.RoleOf(actor), c.Verb, "only the chair can move the rehearsal clock")
		}
		sim, ok := l.clock.(*SimClock)
		if !ok {
			return Result{}, cannot(c.Verb, "wait works only in a rehearsal on the simulated clock (--clock sim)")
		}
		sim.Advance(c.Duration)
		l.publish()
		return Result{Lines: []string{fmt.Sprintf("The clock is now %s.", l.state.LocalTime(sim.Now()))}}, nil
	}
	events, err := l.decide(actor, c, now)
	if err != nil {
		return Result{}, err
	}
	lines, err := l.record(events)
	if err != nil {
		return Result{}, err
	}
	l.seal(c, events)
	record := lines
	if g := l.state.SightOf(actor); !g.Full() {
		// Say what happened as the actor may see it.
		seen := l.state.seenWith(g)
		lines = nil
		for _, e := range events {
			lines = append(lines, seen.Describe(e)...)
		}
	}
	lines = append(lines, l.afterVoting(actor, c.Verb)...)
	lines = append(lines, l.hints(c)...)
	return Result{Events: events, Lines: lines, Record: record}, nil
}

// record makes events durable, then applies and publishes them. The caller
// holds the lock (or is the constructor).
func (l *Live) record(events []Event) ([]string, error) {
	raw := make([]json.RawMessage, len(events))
	for i, e := range events {
		b, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("encode %s event: %w", e.Type, err)
		}
		raw[i] = b
	}
	if _, err := l.recorder.Append(raw...); err != nil {
		l.failed = &SaveError{Err: err, Last: l.state.Last, Loc: l.state.Location()}
		return nil, l.failed
	}
	var lines []string
	for _, e := range events {
		if err := l.state.Apply(e); err != nil {
			// Decide produced an event Apply refuses: a bug. The journal
			// has it, so stop rather than diverge from it.
			l.failed = fmt.Errorf("apply %s event: %w (the journal is kept; report this)", e.Type, err)
			return nil, l.failed
		}
		lines = append(lines, l.state.Describe(e)...)
	}
	l.publish()
	return lines, nil
}

func (l *Live) hints(c Command) []string {
	if l.hinter == nil {
		return nil
	}
	switch c.Verb {
	case VerbDecide, VerbAction, VerbNote, VerbCorrect, VerbDeclare, VerbReflect:
		if h := l.hinter.Hint(c.Text); h != "" {
			return []string{"hint: " + h}
		}
	}
	return nil
}

// SaveError says the journal could not be written: what is safe, and what
// to do.
type SaveError struct {
	Err  error
	Last time.Time
	Loc  *time.Location
}

func (e *SaveError) Error() string {
	return fmt.Sprintf("the meeting could not be saved (%v). Everything up to %s is safe on disk; nothing after that was recorded. "+
		"Free some space or copy the meeting folder to another disk, then run gyda run again there to resume.", e.Err, e.Last.In(e.Loc).Format("15:04:05"))
}

func (e *SaveError) Unwrap() error { return e.Err }

// publish makes a new snapshot and drops into every mailbox the meeting
// as its viewer may see it. Viewers who may see the same share one view.
// The caller holds the lock.
func (l *Live) publish() {
	l.version++
	l.snap = &Snapshot{Version: l.version, State: l.state.Clone()}
	l.views = map[Sight]*Snapshot{}
	for m := range l.subs {
		m.put(l.snap.seenBy(m.viewer, l.views))
	}
}

// seenBy is the snapshot as the viewer may see it, made once for each
// sight in views.
func (s *Snapshot) seenBy(viewer Actor, views map[Sight]*Snapshot) *Snapshot {
	g := s.State.SightOf(viewer)
	if g.Full() {
		return s
	}
	v, ok := views[g]
	if !ok {
		v = &Snapshot{Version: s.Version, State: s.State.sharedView(g)}
		views[g] = v
	}
	return v
}

// Snapshot returns the latest snapshot as the viewer may see it (see
// State.SeenBy). The host console sees everything.
func (l *Live) Snapshot(viewer Actor) *Snapshot {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.snap.seenBy(viewer, l.views)
}

// Now is the meeting's clock.
func (l *Live) Now() time.Time { return l.clock.Now() }

// Subscribe returns a mailbox that always holds the latest snapshot as the
// viewer may see it, starting with the current one, so a late joiner sees
// the meeting at once. What the viewer may see follows their role from
// snapshot to snapshot.
func (l *Live) Subscribe(viewer Actor) *Mailbox {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := &Mailbox{ch: make(chan *Snapshot, 1), viewer: viewer}
	m.put(l.snap.seenBy(viewer, l.views))
	l.subs[m] = struct{}{}
	return m
}

// Unsubscribe stops delivering to a mailbox.
func (l *Live) Unsubscribe(m *Mailbox) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.subs, m)
}

// Mailbox holds only the latest snapshot: a slow reader misses the
// snapshots in between and never holds up the meeting or anyone else.
type Mailbox struct {
	ch     chan *Snapshot
	viewer Actor
}

// C delivers the latest snapshot whenever there is a new one.
func (m *Mailbox) C() <-chan *Snapshot { return m.ch }

// put replaces whatever is waiting with s. Only Live calls it, under its
// lock, so there is one writer.
func (m *Mailbox) put(s *Snapshot) {
	for {
		select {
		case m.ch <- s:
			return
		default:
		}
		select {
		case <-m.ch:
		default:
		}
	}
}

// HelpLines is the help for a role: every verb it may use, or one verb.
func HelpLines(role Role, verb string) []string { return helpLines(role, verb, true) }

// helpLines is HelpLines for a meeting: wait is listed only on the
// simulated clock, where it works.
func helpLines(role Role, verb string, sim bool) []string {
	verb = strings.TrimSpace(strings.ToLower(verb))
	var out []string
	for _, v := range Verbs() {
		if verb != "" {
			if string(v.Verb) != verb && !contains(v.Aliases, verb) {
				continue
			}
			return []string{fmt.Sprintf("%s: %s.", v.Usage, v.Summary)}
		}
		if Allowed(role, v.Verb) && (sim || v.Verb != VerbWait) {
			out = append(out, fmt.Sprintf("  %-34s %s", v.Usage, v.Summary))
		}
	}
	if verb != "" {
		return []string{fmt.Sprintf("%q is not a command; type help for the list", verb)}
	}
	return append([]string{fmt.Sprintf("Commands you can use as %s:", prose.Article(string(role)))}, out...)
}
