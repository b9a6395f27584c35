package meeting

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting/meetingtest"
)

func TestReplayGivesTheSameState(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled remote", "arrive mair", "chair sian", "minutes mair", "hand aled", "speak")
	r.wait(3 * time.Minute)
	r.do("done", "decide Run the survey again", "action aled by 2026-12-20: book the room", "offrecord private", "next", "break")
	r.wait(12 * time.Minute)
	r.do("resume", "card mair yellow", "reflect Good", "end")
	replayed, err := Replay(testSetup(), meetingtest.Events[Event](t, r.rec))
	if err != nil {
		t.Fatal(err)
	}
	live := r.state()
	replayed.Setup, replayed.Roster, replayed.loc = live.Setup, live.Roster, live.loc
	if !reflect.DeepEqual(replayed, live) {
		t.Fatalf("replayed state differs from the live one\nreplayed %+v\nlive     %+v", replayed, live)
	}
}

func TestResumeRecordsTheGap(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "speak sian")
	r.wait(5 * time.Minute)
	r.do("note before the crash")
	past := meetingtest.Events[Event](t, r.rec)

	clock := NewSimClock(testStart.Add(time.Hour))
	rec := &meetingtest.Recorder{}
	live, lines, err := Start(testSetup(), past, rec, RealClockAt(clock), Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := live.Snapshot(ConsoleActor()).State
	if len(st.Interruptions) != 1 || !st.Interruptions[0].From.Equal(testStart.Add(5*time.Minute)) || !st.Interruptions[0].To.Equal(testStart.Add(time.Hour)) {
		t.Fatalf("interruptions %+v", st.Interruptions)
	}
	if !strings.Contains(lines[0], "nothing was recorded from 10:05") {
		t.Fatalf("resume line %q", lines[0])
	}
	if st.Speaker != nil || st.SpokenFor("sian", 0, clock.Now()) != 5*time.Minute {
		t.Fatalf("the turn should end when the record stopped: speaker %+v", st.Speaker)
	}
	if got := st.ItemElapsed(1, clock.Now()); got != 5*time.Minute {
		t.Fatalf("item clock %v; the gap must not count", got)
	}
	if !st.IsPresent("sian") {
		t.Fatal("attendance lost on resume")
	}
}

// RealClockAt hides a SimClock's type, so Start treats it as a wall clock.
func RealClockAt(c *SimClock) Clock { return struct{ Clock }{c} }

func TestSaveFailureRefusesEverythingAfter(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian")
	r.rec.Fail(errDiskFull)
	_, err := r.live.Do(ConsoleActor(), "arrive mair")
	var se *SaveError
	if !errors.As(err, &se) || !errors.Is(err, errDiskFull) {
		t.Fatalf("err %v; want a SaveError wrapping disk full", err)
	}
	if !strings.Contains(err.Error(), "Everything up to 10:00:00 is safe") {
		t.Fatalf("the error should say what is safe: %v", err)
	}
	if r.state().IsPresent("mair") {
		t.Fatal("an event that was not saved must not be applied")
	}
	r.rec.Fail(nil)
	if _, err := r.live.Do(ConsoleActor(), "arrive mair"); !errors.As(err, &se) {
		t.Fatalf("after a failure every command must be refused, got %v", err)
	}
}

func TestEndedMeetingRecordsNothingMore(t *testing.T) {
	r := newRig(t)
	r.do("end")
	r.fails("arrive sian", "the meeting has ended")
	if _, err := r.live.Do(ConsoleActor(), "quorum"); err != nil {
		t.Fatalf("quorum after the end: %v", err)
	}
}

func TestWaitOnlyOnTheSimulatedClock(t *testing.T) {
	r := newRig(t)
	if lines := r.do("wait 45m"); lines[0] != "The clock is now 10:45." {
		t.Fatalf("wait line %q", lines[0])
	}
	live, _, err := Start(testSetup(), nil, &meetingtest.Recorder{}, RealClockAt(NewSimClock(testStart)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := live.Do(ConsoleActor(), "wait 5m"); err == nil || !strings.Contains(err.Error(), "--clock sim") {
		t.Fatalf("wait on a real clock: %v", err)
	}
}

func TestMailboxKeepsOnlyTheLatest(t *testing.T) {
	r := newRig(t)
	m := r.live.Subscribe(ConsoleActor())
	first := <-m.C()
	if first.Version != r.live.Snapshot(ConsoleActor()).Version {
		t.Fatal("a new subscriber should get the current snapshot at once")
	}
	for _, name := range []string{"sian", "mair", "aled", "rhys"} {
		r.do("arrive " + name) // nobody reads the mailbox meanwhile
	}
	got := <-m.C()
	if got.Version != r.live.Snapshot(ConsoleActor()).Version || len(got.State.Present()) != 4 {
		t.Fatalf("mailbox gave version %d; want the latest %d", got.Version, r.live.Snapshot(ConsoleActor()).Version)
	}
	select {
	case s := <-m.C():
		t.Fatalf("stale snapshot %d left in the mailbox", s.Version)
	default:
	}
	r.live.Unsubscribe(m)
}

func TestSnapshotsAreImmutable(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian")
	snap := r.live.Snapshot(ConsoleActor())
	r.do("leave sian", "arrive mair")
	if !snap.State.IsPresent("sian") || snap.State.IsPresent("mair") {
		t.Fatal("a published snapshot changed after later events")
	}
}

func TestConcurrentCommandsAndReaders(t *testing.T) {
	r := newRig(t)
	names := []string{"sian", "dafydd", "mair", "rhys", "aled", "claire", "tom"}
	var wg sync.WaitGroup
	m := r.live.Subscribe(ConsoleActor())
	done := make(chan struct{})
	go func() {
		for {
			select {
			case s := <-m.C():
				_ = s.State.Status().String()
			case <-done:
				return
			}
		}
	}()
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				_, _ = r.live.Do(ConsoleActor(), "arrive "+n)
				_, _ = r.live.Do(ConsoleActor(), "leave "+n)
			}
		}()
	}
	wg.Wait()
	close(done)
	if got := len(r.state().Present()); got != 0 {
		t.Fatalf("%d present after everyone left", got)
	}
}
