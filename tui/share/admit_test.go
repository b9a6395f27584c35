package share

import (
	"errors"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/gyda/gyda/meeting"
	gossh "golang.org/x/crypto/ssh"
)

func TestTheChairAdmitsAGuest(t *testing.T) {
	live, rec, _ := sampleMeeting(t)
	var told notices
	h := startHost(t, live, func(c *Config) {
		c.Grace = 300 * time.Millisecond
		c.Notify = told.add
	})
	// A guest whose ssh user name claims to be Siân: it names nobody.
	g := connect(t, h, dialOpt{user: "sian", passcode: "123-456-789"})
	g.out.waitFor(t, "you: Guest 1, observer", 5*time.Second)
	g.out.waitFor(t, "If the chair knows you", 5*time.Second)
	waitUntil(t, 5*time.Second, "the chair to be told", func() bool {
		return strings.Contains(told.text(), `Guest 1 joined with the passcode from 127.0.0.1 (ssh user name "sian"); admit them with: admit 1 NAME. 1 guest is watching.`)
	})
	if live.Snapshot(meeting.ConsoleActor()).State.IsPresent("sian") {
		t.Fatal("a guest's user name recorded someone arriving")
	}

	res, err := h.Do(meeting.ConsoleActor(), "admit 1 rhys")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(res.Lines, "\n")
	for _, want := range []string{
		"Guest 1 (from 127.0.0.1) is now Rhys Evans, taking part as a member; their screen has changed to match.",
		"Rhys Evans arrived (carer, remote).",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the chair was told:\n%s\nwant %q", text, want)
		}
	}
	if len(res.Events) != 1 || res.Events[0].Type != meeting.EvArrived || res.Events[0].By != "" || res.Events[0].Person != "rhys" || !res.Events[0].Remote {
		t.Errorf("events %+v, want one arrival recorded from the console", res.Events)
	}
	st := live.Snapshot(meeting.ConsoleActor()).State
	if !st.IsPresent("rhys") || !st.IsRemote("rhys") || countEvents(t, rec, meeting.EvArrived) != 1 {
		t.Fatal("Rhys was not recorded as arriving remote, once")
	}
	// The guest's screen changes at once to Rhys's, with his keys.
	g.out.waitFor(t, "you: Rhys Evans, member", 5*time.Second)
	g.out.waitFor(t, "The chair has admitted you: you are taking part as a member", 5*time.Second)
	g.out.waitFor(t, "h raise my hand", 5*time.Second)
	if si := onlySession(t, h); si.Person != "rhys" || si.Guest != 1 {
		t.Fatalf("session %+v, want Guest 1 as rhys", si)
	}
	g.typeText(t, "h")
	waitUntil(t, 5*time.Second, "Rhys's hand", func() bool {
		q := live.Snapshot(meeting.ConsoleActor()).State.Queue
		return len(q) == 1 && q[0].Person == "rhys"
	})

	// Dropped: connection lost, then recorded as leaving after the grace
	// period, as a key login is.
	g.Close()
	waitUntil(t, 5*time.Second, "connection lost", func() bool { return strings.Contains(told.text(), "Rhys Evans: connection lost") })
	waitUntil(t, 5*time.Second, "the leaving", func() bool { return countEvents(t, rec, meeting.EvLeft) == 1 })
	if strings.Contains(told.text(), "Guest 1 left") {
		t.Errorf("an admitted guest was still counted a guest when they left:\n%s", told.text())
	}
}

func TestAdmittingIsRefusedClearly(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	rhys := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	rhys.out.waitFor(t, "you: Rhys Evans", 5*time.Second)
	g1 := connect(t, h, dialOpt{passcode: "123-456-789"})
	g1.out.waitFor(t, "you: Guest 1", 5*time.Second)

	refused := func(actor meeting.Actor, line, want string) {
		t.Helper()
		res, err := h.Do(actor, line)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: %v %v, want an error saying %q", line, res.Lines, err, want)
		}
	}
	console := meeting.ConsoleActor()
	// Someone connected by key cannot be admitted again.
	refused(console, "admit 1 rhys", "Rhys Evans is already connected (with their own SSH key, or admitted from another guest), so Guest 1 cannot be admitted as them")
	refused(console, "admit 7 mair", "there is no Guest 7 connected now; the guest waiting is Guest 1")
	refused(console, "admit 1 nobody-at-all", `no one called "nobody-at-all" in the roster`)
	refused(console, "admit 1", "admit needs a guest number and a name: admit N NAME")
	refused(console, "admit one mair", "admit needs a guest number and a name")
	// Only the chair.
	mustDo(t, live, "arrive mair")
	var pe *meeting.PermissionError
	if _, err := h.Do(meeting.Actor{Person: "rhys"}, "admit 1 mair"); !errors.As(err, &pe) || !strings.Contains(err.Error(), "only the chair can use admit") {
		t.Fatalf("a member admitted a guest: %v", err)
	}
	if _, err := h.Do(meeting.Actor{}, "ADMIT 1 mair"); !errors.As(err, &pe) {
		t.Fatalf("a guest admitted a guest: %v", err)
	}
	// Handed the chair, a person may.
	mustDo(t, live, "chair mair")
	if _, err := h.Do(meeting.Actor{Person: "mair"}, "admit guest 1 Dafydd"); err != nil {
		t.Fatal(err)
	}
	g1.out.waitFor(t, "you: Dafydd ap Gwilym", 5*time.Second)
	refused(console, "admit 1 sian", "Guest 1 has already been admitted, as Dafydd ap Gwilym")
	// A second guest cannot be admitted as someone already admitted.
	g2 := connect(t, h, dialOpt{passcode: "123-456-789"})
	g2.out.waitFor(t, "you: Guest 2", 5*time.Second)
	refused(console, "admit 2 dafydd", "Dafydd ap Gwilym is already connected")
	if _, err := h.Do(console, "admit #2 sian"); err != nil {
		t.Fatal(err)
	}
	g2.out.waitFor(t, "you: Siân Davies", 5*time.Second)
	mustDo(t, live, "end")
	refused(console, "admit 2 mair", "the meeting has ended")
}

func TestARemoteChairAdmitsFromTheirScreen(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	var told notices
	h := startHost(t, live, func(c *Config) { c.Notify = told.add })
	sian := connect(t, h, dialOpt{signers: []gossh.Signer{keys["sian"]}})
	sian.out.waitFor(t, "you: Siân Davies", 5*time.Second)
	rhys := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	rhys.out.waitFor(t, "you: Rhys Evans", 5*time.Second)
	g := connect(t, h, dialOpt{passcode: "123-456-789"})
	g.out.waitFor(t, "you: Guest 1", 5*time.Second)

	// A member may not; the screen says why.
	rhys.typeText(t, ":admit 1 mair\r")
	rhys.out.waitFor(t, "only the chair can use admit", 5*time.Second)

	mustDo(t, live, "chair sian")
	sian.out.waitFor(t, "You are now taking part as a chair", 5*time.Second)
	sian.typeText(t, ":adm\t1 mair\r") // completed, as other verbs are
	sian.out.waitFor(t, "Guest 1 (from 127.0.0.1) is now Mair Jones", 5*time.Second)
	g.out.waitFor(t, "you: Mair Jones, member", 5*time.Second)
	waitUntil(t, 5*time.Second, "the laptop to be told", func() bool {
		return strings.Contains(told.text(), "From Siân Davies (remote): admit 1 mair")
	})
	if countEvents(t, rec, meeting.EvArrived) != 3 { // Siân, Rhys and Mair
		t.Fatalf("arrivals %d, want 3", countEvents(t, rec, meeting.EvArrived))
	}
	// The help says so, to the chair only.
	sian.typeText(t, "?")
	sian.out.waitFor(t, "admit N NAME", 5*time.Second)
}

// probe is a screen that records how it was made, and whether it was
// closed, and whose commands' messages reach it.
type probe struct {
	s      *Session
	w      *watcher
	actor  meeting.Actor
	closed *atomic.Bool
	seen   chan string
	late   chan struct{} // releases a command that returns after the rebuild
	back   chan struct{} // closed as that command returns its message
}

type lateMsg struct{}

func (p *probe) Init() tea.Cmd {
	late, back := p.late, p.back
	return tea.Batch(p.w.next(), func() tea.Msg {
		if late == nil {
			return nil
		}
		<-late
		close(back)
		return lateMsg{}
	})
}

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case lateMsg:
		p.seen <- "late message reached the screen of " + p.actor.Person
	case snapMsg:
		if p.actor.Person != "" {
			select {
			case p.seen <- "snapshot":
			default:
			}
		}
		return p, p.w.next()
	case tea.WindowSizeMsg:
		p.seen <- "size of [" + p.actor.Person + "]"
	}
	return p, nil
}

func (p *probe) View() string { return "screen of [" + p.actor.Person + "]" }
func (p *probe) Close() {
	p.w.Close()
	p.closed.Store(true)
}

func TestAdmissionMakesTheScreenAgain(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	var mu sync.Mutex
	var made []*probe
	seen := make(chan string, 16)
	late, back := make(chan struct{}), make(chan struct{})
	h := startHost(t, live, func(c *Config) {
		c.Factory = func(s *Session) tea.Model {
			mu.Lock()
			defer mu.Unlock()
			p := &probe{s: s, w: watch(s), actor: s.Actor, closed: new(atomic.Bool), seen: seen}
			if len(made) == 0 {
				p.late, p.back = late, back
			}
			made = append(made, p)
			return p
		}
	})
	g := connect(t, h, dialOpt{passcode: "123-456-789"})
	g.out.waitFor(t, "screen of []", 5*time.Second)
	if _, err := h.Admit(1, "rhys"); err != nil {
		t.Fatal(err)
	}
	g.out.waitFor(t, "screen of [rhys]", 5*time.Second)
	mu.Lock()
	if len(made) != 2 || made[1].actor.Person != "rhys" || made[1].s.Name != "Rhys Evans" || !made[0].closed.Load() {
		t.Fatalf("screens made: %d; the new one for %q; the old one closed: %v", len(made), made[1].actor.Person, made[0].closed.Load())
	}
	mu.Unlock()
	// The new screen is told its size.
	deadline := time.After(10 * time.Second)
	watch := func(want string) {
		t.Helper()
		for {
			select {
			case s := <-seen:
				if strings.HasPrefix(s, "late") {
					t.Fatal(s)
				}
				if s == want {
					return
				}
			case <-deadline:
				t.Fatalf("the new screen never saw %q", want)
			}
		}
	}
	watch("size of [rhys]")
	// The old screen's command returns now, and its message must reach
	// nobody. That nothing comes cannot be waited for as a condition can:
	// a stray message would reach the new screen moments after its
	// command returned, so look for half a second after that, and until
	// the new screen has had the meeting's news (it still gets it). On a
	// slow machine this may miss a stray; it never fails a good run.
	close(late)
	select {
	case <-back:
	case <-deadline:
		t.Fatal("the old screen's command did not return")
	}
	looked := time.After(500 * time.Millisecond)
	mustDo(t, live, "note after the admission")
	watch("snapshot")
	for {
		select {
		case s := <-seen:
			if strings.HasPrefix(s, "late") {
				t.Fatal(s)
			}
		case <-looked:
			return
		}
	}
}

// guestNumber finds a guest's own number on their screen.
var guestNumberOnScreen = regexp.MustCompile(`you: Guest (\d+), observer`)

func TestGuestsEachSeeTheirOwnNumberFromOneDrawing(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, nil)
	var gs []*client
	for i := range 3 {
		gs = append(gs, connect(t, h, dialOpt{passcode: "123-456-789", w: 100, h: 30}))
		// Numbered in the order their sessions start, which on a busy
		// machine need not be the order ssh returned in: wait for each.
		waitUntil(t, 5*time.Second, "the guest to be numbered", func() bool { return len(h.Sessions()) == i+1 })
	}
	// Guests are numbered in the order their sessions start, which need
	// not be the order the clients dialled: each has its own number.
	numbers, own := map[string]bool{}, make([]string, len(gs))
	for i, g := range gs {
		g.out.waitFor(t, ", observer", 5*time.Second)
		n := guestNumberOnScreen.FindStringSubmatch(g.out.text())
		if n == nil {
			t.Fatalf("a guest's screen has no number:\n%s", g.out.text())
		}
		numbers[n[1]], own[i] = true, n[1]
	}
	if len(numbers) != 3 || !numbers["1"] || !numbers["2"] || !numbers["3"] {
		t.Fatalf("the guests' numbers are %v, want 1, 2 and 3", numbers)
	}
	mustDo(t, live, "note MARK-shared")
	for _, g := range gs {
		g.out.waitFor(t, "MARK-shared", 5*time.Second)
	}
	// One drawing for the three of them, left as it was drawn: each
	// guest's number is in its own copy of the list of lines.
	h.frames.mu.Lock()
	n := len(h.frames.frames)
	for _, f := range h.frames.frames {
		if l := ansi.Strip(f.drawn.Lines()[0]); !strings.Contains(l, "you: Guest, observer ·") {
			t.Errorf("the shared drawing's header was changed: %q", l)
		}
	}
	h.frames.mu.Unlock()
	if n != 1 {
		t.Fatalf("%d drawings of the same screen for three guests, want 1", n)
	}
	for i, g := range gs {
		for j := range gs {
			if j != i && strings.Contains(g.out.text(), "you: Guest "+own[j]+",") {
				t.Fatalf("Guest %s was shown Guest %s's number", own[i], own[j])
			}
		}
	}
}
