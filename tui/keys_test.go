package tui

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/tui/internal/cmdtest"
)

// Direct Update tests: one per key binding, each checking what it did to
// the meeting or the screen.

func (r *rig) state() *meeting.State { return r.live.Snapshot(meeting.ConsoleActor()).State }

func (r *rig) lastEvent() meeting.EventType {
	r.t.Helper()
	events := meetingtest.Events[meeting.Event](r.t, r.rec)
	if len(events) == 0 {
		return ""
	}
	return events[len(events)-1].Type
}

func meetingRig(t *testing.T, edit ...func(*Config)) *rig {
	r := newRig(t, edit...)
	arriveAll(r)
	r.keys("enter")
	return r
}

func TestKeyBeginLeavesStartScreen(t *testing.T) {
	r := newRig(t)
	r.contains("Before we start", "enter to the meeting")
	r.keys("enter")
	r.lacks("Before we start")
	r.contains("Speaking queue")
	if r.m.keys.Begin.Enabled() {
		t.Fatal("enter still begins on the main screen")
	}
}

func TestKeySpeakAndDone(t *testing.T) {
	r := meetingRig(t)
	if r.m.keys.Speak.Enabled() {
		t.Fatal("s is offered with nobody waiting")
	}
	r.do("hand mair", "hand tom")
	r.keys("s")
	if sp := r.state().Speaker; sp == nil || sp.Person != "mair" {
		t.Fatalf("s: speaker %+v; want mair", sp)
	}
	r.contains("Speaking now: Mair Jones")
	r.clock.Advance(time.Minute)
	r.keys("f")
	if r.state().Speaker != nil || r.lastEvent() != meeting.EvTurnEnded {
		t.Fatalf("f did not end the turn: %+v", r.state().Speaker)
	}
	r.contains("Mair Jones finished (1m).")
}

func TestKeyHandOpensCommandLineForTheChair(t *testing.T) {
	r := meetingRig(t)
	r.keys("h")
	if !r.m.cmd.open || r.m.cmd.value() != "hand " {
		t.Fatalf("h: command line %v %q; want open with %q", r.m.cmd.open, r.m.cmd.value(), "hand ")
	}
	r.keys("mai", "tab", "enter")
	if q := r.state().Queue; len(q) != 1 || q[0].Person != "mair" {
		t.Fatalf("queue %+v; want mair", q)
	}
	r.contains("▶ next  Mair Jones")
}

func TestKeyArrive(t *testing.T) {
	r := meetingRig(t)
	r.keys("i")
	if r.m.cmd.value() != "arrive " {
		t.Fatalf("i: %q", r.m.cmd.value())
	}
	r.keys("gar", "tab", "enter")
	if !r.state().IsPresent("gareth") {
		t.Fatal("gareth did not arrive")
	}
}

func TestKeyBreakAndResume(t *testing.T) {
	r := meetingRig(t)
	if r.m.keys.Resume.Enabled() {
		t.Fatal("r is offered when nothing is paused")
	}
	r.keys("b")
	if p := r.state().Pause; p == nil || p.Kind != meeting.PauseBreak {
		t.Fatalf("b: pause %+v", p)
	}
	r.contains("ON A BREAK", "Back at 10:10")
	if r.m.keys.Break.Enabled() {
		t.Fatal("b is offered during a break")
	}
	r.keys("r")
	if r.state().Pause != nil {
		t.Fatal("r did not resume")
	}
	r.lacks("ON A BREAK")
}

func TestKeyNextItemOffersGoRound(t *testing.T) {
	r := meetingRig(t)
	r.do("hand mair", "speak")
	r.keys("n")
	r.contains("Before moving on from item 1", "Not heard on this item: Siân Davies")
	r.keys("g")
	if got := len(r.state().Queue); got != 7 {
		t.Fatalf("go-round queued %d; want the 7 counted members not heard", got)
	}
	r.contains("Go-round: Siân Davies")
	if r.state().Item != 1 {
		t.Fatal("go-round moved on")
	}
	r.keys("n", "n")
	if r.state().Item != 2 {
		t.Fatalf("n, n: item %d; want 2", r.state().Item)
	}
	// esc stays.
	r.do("speak mair", "done")
	r.keys("n", "esc")
	if r.state().Item != 2 || r.m.closing.open {
		t.Fatal("esc did not stay on the item")
	}
	// Where nobody had the floor (a welcome, a break), nobody was left
	// out: n moves on without asking.
	r.do("item 3")
	r.keys("n")
	if r.state().Item != 4 || r.m.closing.open {
		t.Fatalf("after an item nobody spoke on: item %d, asked %v", r.state().Item, r.m.closing.open)
	}
}

// A hand still up is someone waiting to speak: n does not lower it
// unasked, even on an item nobody has spoken on yet.
func TestKeyNextItemAsksWhileHandsAreUp(t *testing.T) {
	r := meetingRig(t)
	r.do("item 2", "hand aled", "hand rhys")
	r.keys("n")
	if r.state().Item != 2 || !r.m.closing.open {
		t.Fatalf("n with hands up: item %d, asked %v", r.state().Item, r.m.closing.open)
	}
	r.contains("Before moving on from item 2", "Hands still up, lowered if you move on: Aled Price, Rhys Evans [remote]")
	r.lacks("Not heard on this item", "go-round")
	r.keys("g") // nobody to go round: g is not offered and does nothing
	if r.state().Item != 2 || !r.m.closing.open || len(r.state().Queue) != 2 {
		t.Fatalf("g without anyone not heard: item %d, open %v, queue %d", r.state().Item, r.m.closing.open, len(r.state().Queue))
	}
	r.keys("esc")
	if r.state().Item != 2 || len(r.state().Queue) != 2 {
		t.Fatal("esc did not stay with the hands up")
	}
	r.keys("n", "n")
	if r.state().Item != 3 || len(r.state().Queue) != 0 {
		t.Fatalf("n, n: item %d, queue %d; want item 3 and the hands lowered", r.state().Item, len(r.state().Queue))
	}
}

func TestKeyNextItemOnTheLastItem(t *testing.T) {
	r := meetingRig(t)
	r.do("item 7")
	r.keys("n")
	r.contains("This is the last item: press e to end the meeting.")
}

func TestKeyDecideNoteOffRecord(t *testing.T) {
	r := meetingRig(t)
	for _, c := range []struct{ key, prefill, text string }{
		{"d", "decide ", "Fund weekend respite."},
		{"t", "note ", "Carers spoke about weekends."},
		{"p", "offrecord ", "A private story."},
	} {
		r.keys(c.key)
		if got := r.m.cmd.value(); got != c.prefill {
			t.Fatalf("%s: line %q; want %q", c.key, got, c.prefill)
		}
		r.keys(c.text, "enter")
		if r.m.cmd.open {
			t.Fatalf("%s: the line stayed open after it worked: %q", c.key, r.m.cmd.err)
		}
	}
	st := r.state()
	if len(st.Decisions) != 1 || len(st.Notes) != 2 || !st.Notes[1].OffRecord {
		t.Fatalf("decisions %d, notes %+v", len(st.Decisions), st.Notes)
	}
	r.contains("Decision 1", "Off record", "(kept out of every minutes file) A private story.")
}

func TestKeyActionForm(t *testing.T) {
	r := meetingRig(t)
	r.keys("a")
	// The next meeting is offered as a placeholder: typing replaces it.
	r.contains("New action for item 1", "Who will do it", "By when", "next meeting (14 January 2027)")
	if got := r.m.form.fields[fieldDue].Value(); got != "" {
		t.Fatalf("the due date is typed text %q, not a placeholder", got)
	}
	// An empty owner is refused, with the field kept.
	r.keys("enter")
	r.contains("Who will do it? Type a name")
	// "gwil" only starts Dafydd ap Gwilym's surname: asked, and enter
	// says yes.
	r.keys("gwil", "enter")
	r.contains("did you mean Dafydd ap Gwilym? Press enter for Dafydd ap")
	r.keys("enter")
	if got := r.m.form.fields[fieldOwner].Value(); got != "dafydd" || r.m.form.focus != fieldDue {
		t.Fatalf("owner %q, focus %d", got, r.m.form.focus)
	}
	r.keys("shift+tab", "ctrl+u", "al", "tab")
	if got := r.m.form.fields[fieldOwner].Value(); got != "aled" {
		t.Fatalf("owner completed to %q", got)
	}
	r.keys("enter")
	// UK dates: typed over the placeholder, never added to it.
	r.keys("31/12/2026", "enter")
	if got := r.m.form.fields[fieldDue].Value(); got != "31/12/2026" || r.m.form.focus != fieldText {
		t.Fatalf("due %q, focus %d", got, r.m.form.focus)
	}
	// A date without a year is asked about.
	r.keys("shift+tab", "ctrl+u", "20 Dec", "enter")
	r.contains(`"20 Dec" has no year; did you mean 20 December 2026?`)
	r.keys("enter", "share the survey results", "enter")
	if r.m.form.open {
		t.Fatalf("the form stayed open: %s", r.m.form.err)
	}
	a := r.state().Actions
	if len(a) != 1 || a[0].Owner != "aled" || a[0].Due != "2026-12-20" || a[0].Text != "share the survey results" {
		t.Fatalf("actions %+v", a)
	}
	r.contains("Action 1", "Aled Price, by 20 December 2026: share the survey results")
	// Left empty, the due date is the next meeting's.
	r.keys("a", "mair", "enter", "enter", "ring the bus company", "enter")
	if a := r.state().Actions; len(a) != 2 || a[1].Due != "2027-01-14" {
		t.Fatalf("actions %+v", a)
	}
}

func TestKeyActionFormEscapeCancels(t *testing.T) {
	r := meetingRig(t)
	r.keys("a", "esc")
	if r.m.form.open {
		t.Fatal("esc left the form open")
	}
}

func TestKeyCardForTheChairNamesSomeone(t *testing.T) {
	r := meetingRig(t)
	r.keys("c")
	if r.m.cmd.value() != "card " {
		t.Fatalf("c: %q", r.m.cmd.value())
	}
	r.keys("dafydd red", "enter")
	if p := r.state().Pause; p == nil || p.Kind != meeting.PauseRedCard {
		t.Fatalf("red card: pause %+v", p)
	}
	r.contains("RED CARD from Dafydd ap Gwilym", "meeting is paused", "press r to resume")
}

func TestKeyEndFlow(t *testing.T) {
	var wrote int
	r := meetingRig(t, func(c *Config) {
		c.WriteMinutes = func() ([]string, error) { wrote++; return []string{"/m/minutes.md"}, nil }
	})
	r.keys("e")
	r.contains("Closing reflection (optional)")
	r.keys("esc")
	if r.m.end.step != endNone {
		t.Fatal("esc did not leave the end flow")
	}
	r.do("hand mair", "hand tom")
	r.keys("e", "Good meeting.", "enter", "enter")
	// Ending at item 1 of 7 with hands up: what is left is listed first.
	r.contains("Items not reached (6 of 7): 2. Declarations of interest,", "Hands still up (2): Mair Jones and Tom Hughes.",
		"End the meeting now, with these left as they are?", "1 reflection noted.")
	r.keys("esc")
	r.contains("Closing reflection")
	r.keys("tab", "y")
	if r.state().Ended.IsZero() || wrote != 1 {
		t.Fatalf("ended %v, minutes written %d times", r.state().Ended, wrote)
	}
	r.contains("Minutes written:", "/m/minutes.md")
	if len(r.state().Reflections) != 1 {
		t.Fatalf("reflections %+v", r.state().Reflections)
	}
}

func TestKeyQuitAsksWhileTheMeetingRuns(t *testing.T) {
	r := meetingRig(t)
	if cmd := r.send(key1("ctrl+c")); r.quits(cmd) {
		t.Fatal("ctrl+c left at once")
	}
	r.contains("Leave gyda? The meeting has not ended.", "gyda run")
	r.keys("n")
	r.lacks("Leave gyda?")
	r.send(key1("ctrl+c"))
	if cmd := r.send(key1("y")); !r.quits(cmd) {
		t.Fatal("y did not leave")
	}
	// A second ctrl+c leaves too.
	r.keys("n")
	r.send(key1("ctrl+c"))
	if cmd := r.send(key1("ctrl+c")); !r.quits(cmd) {
		t.Fatal("ctrl+c twice did not leave")
	}
}

func TestKeyQuitAfterTheEndDoesNotAsk(t *testing.T) {
	r := meetingRig(t, func(c *Config) { c.WriteMinutes = func() ([]string, error) { return nil, nil } })
	r.do("end")
	if cmd := r.send(key1("ctrl+c")); !r.quits(cmd) {
		t.Fatal("ctrl+c after the end asked")
	}
	if cmd := r.send(key1("q")); !r.quits(cmd) {
		t.Fatal("q after the end did not leave")
	}
}

func TestKeyHelpShowsEveryEnabledBinding(t *testing.T) {
	r := meetingRig(t)
	r.do("hand mair")
	r.keys("?")
	v := r.screen()
	shown := func(k, desc string) bool {
		for _, l := range strings.Split(v, "\n") {
			if i := strings.Index(l, " "+k+" "); i >= 0 && strings.HasPrefix(strings.TrimLeft(l[i+len(k)+1:], " "), desc) {
				return true
			}
		}
		return false
	}
	for _, group := range r.m.keys.FullHelp() {
		for _, b := range group {
			if b.Enabled() && !shown(b.Help().Key, b.Help().Desc) {
				t.Errorf("full help lacks %q %q", b.Help().Key, b.Help().Desc)
			}
		}
	}
	if strings.Contains(v, "later record") || strings.Contains(v, "q leave") {
		t.Error("full help shows a disabled binding")
	}
	r.contains("Commands: press :", "arrive NAME [remote]", "action NAME by DATE: TEXT")
	r.keys("esc")
	r.lacks("Commands: press :")
}

func TestKeyScrollRecord(t *testing.T) {
	r := meetingRig(t)
	for i := 0; i < 30; i++ {
		r.do("note Note number " + itoa(i+1) + " about the survey.")
	}
	r.contains("more lines (] to scroll)")
	r.lacks("Note number 30")
	r.keys("]", "]", "]", "]", "]", "]")
	r.contains("Note number 30", "earlier lines")
	r.keys("[", "[", "[", "[", "[", "[")
	r.contains("Note number 1 ")
}

func TestKeysFollowTheRole(t *testing.T) {
	live, _, _ := newLive(t)
	for _, id := range []string{"sian", "dafydd", "mair", "aled", "claire", "rhys", "priya"} {
		if _, err := live.Do(meeting.ConsoleActor(), "arrive "+id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := live.Do(meeting.ConsoleActor(), "minutes dafydd"); err != nil {
		t.Fatal(err)
	}
	for _, a := range []meeting.Actor{
		meeting.ConsoleActor(), {Person: "dafydd"}, {Person: "mair"}, {Person: "priya"}, {},
	} {
		m := New(Config{Live: live, Actor: a, Remote: !a.Console})
		defer m.Close()
		role := m.role
		bindings := map[string]key.Binding{
			"speak": m.keys.Speak, "arrive": m.keys.Arrive, "break": m.keys.Break,
			"next": m.keys.NextItem, "decide": m.keys.Decide, "action": m.keys.Action,
			"note": m.keys.Note, "offrecord": m.keys.OffRecord, "end": m.keys.End, "hand": m.keys.Hand,
		}
		for verb, b := range bindings {
			if b.Enabled() && !meeting.Allowed(role, meeting.Verb(verb)) {
				t.Errorf("%s (%s): key for %s enabled but not allowed", a.Person, role, verb)
			}
		}
		if role == meeting.RoleChair && !m.keys.Decide.Enabled() {
			t.Errorf("the chair has no decide key")
		}
		if role == meeting.RoleMinuteTaker && (!m.keys.Note.Enabled() || m.keys.NextItem.Enabled()) {
			t.Errorf("minute-taker: note %v, next item %v", m.keys.Note.Enabled(), m.keys.NextItem.Enabled())
		}
	}
}

func TestMemberKeys(t *testing.T) {
	r := newRig(t, func(c *Config) { c.Actor = meeting.Actor{Person: "mair"}; c.Remote = true })
	r.do("arrive mair remote", "arrive sian", "chair sian")
	r.contains("you: Mair Jones, member")
	if r.m.screen == screenStart {
		t.Fatal("a remote member sees the start screen")
	}
	r.keys("h")
	if q := r.state().Queue; len(q) != 1 || q[0].Person != "mair" {
		t.Fatalf("h: queue %+v", q)
	}
	r.contains("h lower my hand")
	r.keys("h")
	if len(r.state().Queue) != 0 {
		t.Fatal("h again did not lower the hand")
	}
	r.keys("b")
	if reqs := r.state().BreakRequests; len(reqs) != 1 || r.state().Pause != nil {
		t.Fatalf("b: requests %+v, pause %+v", reqs, r.state().Pause)
	}
	r.contains("BREAK ASKED FOR by Mair Jones", "The chair has been told.")
	r.keys("c")
	r.contains("Show a card", "yellow: slow down")
	r.keys("y")
	if c := r.state().Cards; len(c) != 1 || c[0].Person != "mair" || c[0].Card != meeting.CardYellow {
		t.Fatalf("cards %+v", c)
	}
	r.contains("YELLOW CARD from Mair Jones")
	for _, k := range []string{"n", "d", "a", "i", "e", "s"} {
		before := r.state().Events
		r.keys(k)
		if r.state().Events != before || r.m.cmd.open || r.m.form.open {
			t.Fatalf("a member's %q did something", k)
		}
	}
	// The chair is handed to Mair: her keys change at once.
	r.do("chair mair")
	r.contains("You are now taking part as a chair")
	if !r.m.keys.Decide.Enabled() || !r.m.keys.NextItem.Enabled() {
		t.Fatal("the new chair has no chair keys")
	}
	// A remote chair can end the meeting; the chair's laptop writes the
	// minutes.
	r.keys("e", "tab", "y")
	if r.state().Ended.IsZero() {
		t.Fatal("the remote chair could not end the meeting")
	}
	r.contains("The minutes are written on the laptop running the meeting.", "Press q or enter to leave.")
	if cmd := r.send(key1("q")); !r.quits(cmd) {
		t.Fatal("q did not leave")
	}
}

func TestObserverCommandLineOffersOnlyWhatIsAllowed(t *testing.T) {
	r := newRig(t, func(c *Config) { c.Actor = meeting.Actor{}; c.Remote = true })
	r.keys(":", "tab")
	hint := r.m.cmd.hint
	if !strings.Contains(hint, "quorum") || strings.Contains(hint, "arrive") {
		t.Fatalf("an observer is offered %q", hint)
	}
	r.keys("esc", ":", "arrive sian", "enter")
	if r.state().IsPresent("sian") || !strings.Contains(statusText(r), "only") {
		t.Fatalf("an observer recorded an arrival, or was not told why not: %q", statusText(r))
	}
}

func TestPastedTextNeverPressesKeys(t *testing.T) {
	r := meetingRig(t)
	before := r.state().Events
	r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("bnnne"), Paste: true})
	if r.state().Events != before || r.m.end.step != endNone {
		t.Fatal("pasted text acted as keys")
	}
	// Fast typing does: ":" opens the line and the rest goes in it.
	r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(":quorum")})
	if r.m.cmd.value() != "quorum" {
		t.Fatalf("line %q", r.m.cmd.value())
	}
}

func key1(k string) tea.KeyMsg {
	if msg, ok := namedKey(k); ok {
		return msg
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// quits reports whether a command (or a batch of them) quits. tea.Quit
// is known as itself, not by running it against a timer: a loaded machine
// (go test -race -count=3 beside other work) can take longer than any
// short window to schedule the goroutine, and "y did not leave" failed so.
// Any other command is run to the end, as the rig runs them, except one
// that waits (a timer, a listener), which is not a quit.
func (r *rig) quits(cmd tea.Cmd) bool {
	if cmd == nil || cmdtest.Waits(cmd) || listens(cmd) {
		return false
	}
	if isQuitItself(cmd) {
		return true
	}
	switch msg := cmdtest.Finish(r.t, cmd).(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		return slices.ContainsFunc(msg, r.quits)
	}
	return false
}

// isQuitItself reports whether cmd is tea.Quit.
func isQuitItself(cmd tea.Cmd) bool {
	return cmd != nil && reflect.ValueOf(cmd).Pointer() == reflect.ValueOf(tea.Quit).Pointer()
}

// A key for a verb the viewer's role may never use is answered as the
// typed command is, saying who may, and changes nothing; a key that is
// only off for now says nothing.
func TestAKeyTheRoleMayNotUseSaysWhoMay(t *testing.T) {
	tests := []struct {
		name  string
		actor meeting.Actor
		key   string
		want  string // in the status line; "" for nothing said
	}{
		{"a guest's hand", meeting.Actor{}, "h", "only the chair, or the minute-taker and members for themselves, can use hand; you are taking part as an observer"},
		{"a guest's break", meeting.Actor{}, "b", "you are taking part as an observer"},
		{"a guest's card", meeting.Actor{}, "c", "you are taking part as an observer"},
		{"a member's next item", meeting.Actor{Person: "mair"}, "n", "only the chair can use next; you are taking part as a member"},
		{"a member's decision", meeting.Actor{Person: "mair"}, "d", "you are taking part as a member"},
		{"a member's hand, which they may use", meeting.Actor{Person: "mair"}, "h", ""},
		{"a guest's key that is no verb's", meeting.Actor{}, "z", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, func(c *Config) { c.Actor = tt.actor; c.Remote = true })
			r.do("arrive sian", "arrive mair remote", "chair sian")
			r.sync()
			before := r.state().Events
			r.keys(tt.key)
			got := statusText(r)
			if tt.want == "" && strings.Contains(got, "you are taking part as") {
				t.Errorf("%s was refused: %q", tt.name, got)
			}
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("%s: the status line says %q, want %q", tt.name, got, tt.want)
			}
			if tt.want != "" && r.state().Events != before {
				t.Errorf("%s changed the meeting", tt.name)
			}
		})
	}
}
