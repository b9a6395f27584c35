package share

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	gossh "golang.org/x/crypto/ssh"
)

// notices collects what the chair is told.
type notices struct {
	mu    sync.Mutex
	lines []string
}

func (n *notices) add(x Notice) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.lines = append(n.lines, x.Lines...)
}

func (n *notices) text() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return strings.Join(n.lines, "\n")
}

// graceTimers stands in for the clock of the grace period: it keeps the
// timers the host starts, for a test to fire when it says the time has
// come, so no test waits for a grace period to pass or hopes that a
// reconnection beats one.
type graceTimers struct {
	mu      sync.Mutex
	started []*graceTimer
}

// graceTimer is one timer the host started.
type graceTimer struct {
	d       time.Duration
	f       func()
	stopped atomic.Bool
}

// Stop stops the timer, as (*time.Timer).Stop does.
func (g *graceTimer) Stop() bool { return !g.stopped.Swap(true) }

// fire calls the timer's function, as the clock would when its time
// came, stopped or not: a stopped timer fired is one that ran out just as
// it was stopped.
func (g *graceTimer) fire() { g.f() }

func (gt *graceTimers) after(d time.Duration, f func()) stopper {
	gt.mu.Lock()
	defer gt.mu.Unlock()
	g := &graceTimer{d: d, f: f}
	gt.started = append(gt.started, g)
	return g
}

func (gt *graceTimers) count() int {
	gt.mu.Lock()
	defer gt.mu.Unlock()
	return len(gt.started)
}

// nth waits for the nth timer (from 1) to be started, and returns it.
func (gt *graceTimers) nth(t testing.TB, n int) *graceTimer {
	t.Helper()
	waitUntil(t, 10*time.Second, fmt.Sprintf("grace timer %d to start", n), func() bool { return gt.count() >= n })
	gt.mu.Lock()
	defer gt.mu.Unlock()
	return gt.started[n-1]
}

// fireAll fires every timer started so far.
func (gt *graceTimers) fireAll() {
	gt.mu.Lock()
	started := slices.Clone(gt.started)
	gt.mu.Unlock()
	for _, g := range started {
		g.fire()
	}
}

// disconnected waits until the host has dealt with the end of every
// session of person (and so has started a grace timer, or not).
func disconnected(t testing.TB, h *Host, person string) {
	t.Helper()
	waitUntil(t, 10*time.Second, person+"'s sessions to end", func() bool { return h.pres.sessions(person) == 0 })
}

func TestDroppedConnectionLeavesOnlyAfterTheGracePeriod(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	var told notices
	var timers graceTimers
	h := startHost(t, live, func(c *Config) {
		c.Grace = 2 * time.Minute
		c.graceTimers = timers.after
		c.Notify = told.add
	})
	watcher := connect(t, h, dialOpt{signers: []gossh.Signer{keys["mair"]}})
	watcher.out.waitFor(t, "you: Mair Jones", 5*time.Second)

	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans, member", 5*time.Second)
	c.Close()
	waitUntil(t, 5*time.Second, "connection lost", func() bool { return strings.Contains(told.text(), "Rhys Evans: connection lost") })
	watcher.out.waitFor(t, "[remote] [connection lost]", 8*time.Second)
	first := timers.nth(t, 1)
	if first.d != 2*time.Minute {
		t.Errorf("the grace timer was started for %s, want the grace period, 2m", first.d)
	}
	// Back within the grace period: nothing recorded.
	c = connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans", 5*time.Second)
	waitUntil(t, 5*time.Second, "the reconnection", func() bool { return strings.Contains(told.text(), "Rhys Evans reconnected.") })
	if !first.stopped.Load() {
		t.Error("the reconnection did not stop the grace timer")
	}
	first.fire() // ran out just as he came back
	if n := countEvents(t, rec, meeting.EvLeft); n != 0 {
		t.Fatalf("a reconnection within the grace period still recorded %d leaving", n)
	}
	if n := countEvents(t, rec, meeting.EvArrived); n != 2 {
		t.Fatalf("arrivals %d, want 2 (Mair, Rhys once)", n)
	}
	// Gone for longer: recorded as leaving, once.
	c.Close()
	second := timers.nth(t, 2)
	first.fire() // the first timer, late, does not cut the second period short
	if n := countEvents(t, rec, meeting.EvLeft); n != 0 {
		t.Fatalf("the first grace timer, running out late, recorded %d leaving", n)
	}
	second.fire()
	if n := countEvents(t, rec, meeting.EvLeft); n != 1 {
		t.Fatalf("leavings %d when the grace period ran out, want 1", n)
	}
	if live.Snapshot(meeting.ConsoleActor()).State.IsPresent("rhys") {
		t.Fatal("Rhys is still recorded as here")
	}
	if !strings.Contains(told.text(), "Rhys Evans did not reconnect within 2m.") {
		t.Errorf("the chair was not told:\n%s", told.text())
	}
	timers.fireAll()
	if n := countEvents(t, rec, meeting.EvLeft); n != 1 {
		t.Fatalf("leavings %d after every timer ran out, want 1", n)
	}
}

// TestTheGracePeriodRunsOnTheClock: without a test's timers, the host's
// own run on the real clock and record the leaving.
func TestTheGracePeriodRunsOnTheClock(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Grace = 50 * time.Millisecond })
	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans, member", 5*time.Second)
	c.Close()
	waitUntil(t, 10*time.Second, "the leaving", func() bool { return countEvents(t, rec, meeting.EvLeft) == 1 })
}

func TestSomeoneInTheRoomIsNotRecordedAsLeaving(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	mustDo(t, live, "arrive dafydd", "minutes dafydd")
	var timers graceTimers
	h := startHost(t, live, func(c *Config) { c.graceTimers = timers.after })
	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["dafydd"]}})
	c.out.waitFor(t, "you: Dafydd ap Gwilym, minute-taker", 5*time.Second)
	c.Close()
	disconnected(t, h, "dafydd")
	if n := timers.count(); n != 0 {
		t.Fatalf("%d grace timers started for the minute-taker, in the room, when their laptop disconnected", n)
	}
	if countEvents(t, rec, meeting.EvLeft) != 0 || !live.Snapshot(meeting.ConsoleActor()).State.IsPresent("dafydd") {
		t.Fatal("the minute-taker, in the room, was recorded as leaving when their laptop disconnected")
	}
	if countEvents(t, rec, meeting.EvArrived) != 1 {
		t.Fatal("the minute-taker's arrival was recorded twice")
	}
}

func TestClosingTheHostRecordsNobodyLeaving(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	var timers graceTimers
	h := startHost(t, live, func(c *Config) { c.graceTimers = timers.after })
	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans", 5*time.Second)
	h.Close()
	c.out.waitFor(t, "The chair has stopped sharing the meeting", 5*time.Second)
	disconnected(t, h, "rhys")
	timers.fireAll() // whatever was started runs out
	if countEvents(t, rec, meeting.EvLeft) != 0 {
		t.Fatal("stopping sharing recorded someone leaving")
	}
	if len(h.Sessions()) != 0 {
		t.Fatal("sessions left after Close")
	}
}

func TestRoleChangesTakeEffectAtOnce(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans, member", 5*time.Second)
	c.typeText(t, ":decide Buy biscuits\r")
	c.out.waitFor(t, "only the chair and the minute-taker can use decide", 5*time.Second)
	if countEvents(t, rec, meeting.EvDecided) != 0 {
		t.Fatal("a member's decision was recorded")
	}
	mustDo(t, live, "minutes rhys")
	c.out.waitFor(t, "You are now taking part as a minute-taker", 5*time.Second)
	// The refused line was kept, as typed: : opens it again and enter
	// carries it out now, and the keys of a minute-taker show.
	c.typeText(t, ":\r")
	c.out.waitFor(t, "Decision 1 recorded as PROVISIONAL", 5*time.Second)
	c.out.waitFor(t, "d decide", 5*time.Second)
	if countEvents(t, rec, meeting.EvDecided) != 1 {
		t.Fatal("the minute-taker's decision was not recorded")
	}
	mustDo(t, live, "arrive dafydd", "minutes dafydd")
	c.out.waitFor(t, "You are now taking part as a member", 5*time.Second)
	c.typeText(t, ":decide Buy cake\r")
	waitUntil(t, 5*time.Second, "the refusal", func() bool {
		return strings.Count(c.out.text(), "only the chair and the minute-taker can use decide") >= 2
	})
	if countEvents(t, rec, meeting.EvDecided) != 1 {
		t.Fatal("a decision was recorded after the role was taken back")
	}
	// Handed the chair, Rhys can move the agenda on from his own laptop.
	mustDo(t, live, "chair rhys")
	c.out.waitFor(t, "n next item", 5*time.Second)
	c.typeText(t, "n")
	waitUntil(t, 5*time.Second, "the next item", func() bool { return live.Snapshot(meeting.ConsoleActor()).State.Item == 2 })
}

func TestEveryCommandAgainstEveryRole(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	mustDo(t, live, "arrive sian", "chair sian", "arrive dafydd", "minutes dafydd")
	h := startHost(t, live, func(c *Config) { c.Limits.CommandRate, c.Limits.CommandBurst = 1000, 1000 })
	who := map[string]dialOpt{
		"chair":        {signers: []gossh.Signer{keys["sian"]}},
		"minute-taker": {signers: []gossh.Signer{keys["dafydd"]}},
		"member":       {signers: []gossh.Signer{keys["rhys"]}},
		"observer":     {passcode: "123-456-789"},
	}
	sessions := map[meeting.Role]*Session{}
	for role, o := range who {
		connect(t, h, o)
		waitUntil(t, 5*time.Second, role, func() bool { return len(h.Sessions()) == len(sessions)+1 })
		list := h.Sessions()
		s := h.session(list[len(list)-1].ID)
		if got := live.Snapshot(meeting.ConsoleActor()).State.RoleOf(s.Actor); string(got) != role {
			t.Fatalf("%s connected as %s", role, got)
		}
		sessions[meeting.Role(role)] = s
	}
	lines := map[meeting.Verb]string{
		meeting.VerbArrive: "arrive mair", meeting.VerbLeave: "leave mair", meeting.VerbApologies: "apologies john",
		meeting.VerbQuorum: "quorum", meeting.VerbChair: "chair bethan", meeting.VerbMinutes: "minutes bethan",
		meeting.VerbNext: "next", meeting.VerbItem: "item 3", meeting.VerbBreak: "break", meeting.VerbResume: "resume",
		meeting.VerbHand: "hand mair", meeting.VerbLower: "lower mair", meeting.VerbSpeak: "speak mair",
		meeting.VerbDone: "done", meeting.VerbCard: "card mair green", meeting.VerbNote: "note a note",
		meeting.VerbOffRecord: "offrecord a secret", meeting.VerbDecide: "decide a decision",
		meeting.VerbDeclare: "declare mair: an interest", meeting.VerbAction: "action mair by 2030-01-01: a thing",
		meeting.VerbReflect: "reflect it went well", meeting.VerbWait: "wait 1m", meeting.VerbEnd: "end", meeting.VerbHelp: "help",
	}
	for _, v := range meeting.Verbs() {
		line, ok := lines[v.Verb]
		if !ok {
			line = lineFromUsage(v.Usage) // a verb added since this test was written
		}
		for _, role := range []meeting.Role{meeting.RoleObserver, meeting.RoleMember, meeting.RoleMinuteTaker} {
			before := rec.Len()
			_, err := sessions[role].Do(line)
			var pe *meeting.PermissionError
			refused := errors.As(err, &pe)
			switch {
			case !meeting.Allowed(role, v.Verb) && err == nil:
				t.Errorf("%s: %q was done, but the role may not use %s", role, line, v.Verb)
			case !meeting.Allowed(role, v.Verb) && rec.Len() != before:
				t.Errorf("%s: %q was refused (%v) but recorded something", role, line, err)
			case meeting.Allowed(role, v.Verb) && refused && !strings.Contains(pe.Msg, "only for yourself"):
				t.Errorf("%s: %q refused: %v", role, line, err)
			}
		}
	}
}

// lineFromUsage fills in a verb's usage line with sample values.
func lineFromUsage(usage string) string {
	var out []string
	for _, w := range strings.Fields(usage) {
		if strings.HasPrefix(w, "[") || strings.HasSuffix(w, "]") || w == "|" {
			continue
		}
		w, _, _ = strings.Cut(w, "|")
		switch strings.TrimSuffix(w, ":") {
		case "NAME":
			w = strings.Replace(w, "NAME", "mair", 1)
		case "TEXT", "NOTE", "WHAT":
			w = "something"
		case "N":
			w = "1"
		case "DURATION":
			w = "5m"
		case "YYYY-MM-DD":
			w = strings.Replace(w, "YYYY-MM-DD", "2030-01-01", 1)
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// The chair is told what a remote member's vote and ballot recorded, as
// the record says it: never who a secret ballot was for, nor what the
// member alone was told ("Your vote: for ...", "Your ballot is in").
func TestTheChairIsToldWhatARemoteVoteRecorded(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	var told notices
	h := startHost(t, live, func(c *Config) { c.Notify = told.add })
	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans, member", 5*time.Second)
	mustDo(t, live, "arrive sian", "arrive mair", "vote Fund weekend respite?")
	c.typeText(t, ":for\r")
	c.out.waitFor(t, "Your vote: for", 5*time.Second)
	waitUntil(t, 5*time.Second, "the vote's notice", func() bool { return strings.Contains(told.text(), "Rhys Evans: for.") })
	mustDo(t, live, "vote close", "elect chair: sian, mair")
	c.typeText(t, ":ballot sian\r")
	c.out.waitFor(t, "Your ballot is in", 5*time.Second)
	waitUntil(t, 5*time.Second, "the ballot's notice", func() bool {
		return strings.Contains(told.text(), "From Rhys Evans (remote): ballot (secret: who for is not shown)\nRhys Evans has voted on their screen.")
	})
	text := told.text()
	if strings.Contains(text, "sian") || strings.Contains(text, "Siân") {
		t.Errorf("the chair was told who Rhys voted for:\n%s", text)
	}
	if strings.Contains(text, "Your") || strings.Contains(text, "You can change") {
		t.Errorf("the chair was told what only Rhys was told:\n%s", text)
	}
}
