package share

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/gyda/gyda/meeting"
)

// memberFor is the member view for a person ("" for a guest), without SSH.
func memberFor(t *testing.T, live *meeting.Live, person string, w, h int) *member {
	t.Helper()
	r, _ := newRenderer([]string{"TERM=xterm-256color"}, "auto")
	name := "Guest"
	if person != "" {
		name = live.Snapshot(meeting.ConsoleActor()).State.Name(person)
	}
	s := &Session{Actor: meeting.Actor{Person: person}, Name: name, Renderer: r, Width: w, Height: h, Live: live}
	return MemberView(s).(*member)
}

func press(m *member, keys ...string) {
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "up":
			msg = tea.KeyMsg{Type: tea.KeyUp}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		case "backspace":
			msg = tea.KeyMsg{Type: tea.KeyBackspace}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m.Update(msg)
	}
}

// refresh gives the model the latest snapshot, as its mailbox would.
func refresh(m *member) {
	m.Update(SnapshotMsg{m.s.Live.Snapshot(meeting.ConsoleActor())})
}

func screenText(m *member) string { return ansi.Strip(m.View()) }

func enabledKeys(m *member) []string {
	var out []string
	for _, b := range m.keys.all() {
		if b.Enabled() {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

func TestKeysFollowTheRole(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	mustDo(t, live, "arrive sian", "arrive dafydd", "arrive rhys remote", "chair sian", "minutes dafydd", "hand sian")
	cases := []struct {
		person string
		want   string
	}{
		{"", ": ? T q"},
		{"rhys", "h y g r b : ? T q"},
		{"dafydd", "h y g r b n D a : ? T q"},
		{"sian", "l y g r b s N n D a : ? T q"},
	}
	for _, c := range cases {
		m := memberFor(t, live, c.person, 120, 40)
		if got := strings.Join(enabledKeys(m), " "); got != c.want {
			t.Errorf("%q: keys %q, want %q", c.person, got, c.want)
		}
		// The help line offers exactly those keys.
		text := screenText(m)
		if c.person == "" && strings.Contains(text, "raise hand") {
			t.Errorf("a guest is offered raising a hand:\n%s", text)
		}
	}
	// Handing the minutes to Rhys changes his keys with the next snapshot.
	m := memberFor(t, live, "rhys", 120, 40)
	mustDo(t, live, "minutes rhys")
	refresh(m)
	if got := strings.Join(enabledKeys(m), " "); got != "h y g r b n D a : ? T q" {
		t.Errorf("after the hand-over: keys %q", got)
	}
	if !strings.Contains(screenText(m), "You are now taking part as a minute-taker") {
		t.Error("the hand-over was not said")
	}
}

func TestHandAndRedCard(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	mustDo(t, live, "arrive rhys remote")
	m := memberFor(t, live, "rhys", 100, 30)
	press(m, "h")
	refresh(m)
	if len(live.Snapshot(meeting.ConsoleActor()).State.Queue) != 1 {
		t.Fatal("h did not raise the hand")
	}
	if !m.keys.Lower.Enabled() || m.keys.Hand.Enabled() {
		t.Error("with a hand up, l should lower it and h be off")
	}
	press(m, "r")
	if !strings.Contains(screenText(m), "Show a red card?") {
		t.Fatal("a red card was not confirmed first")
	}
	press(m, "x")
	if live.Snapshot(meeting.ConsoleActor()).State.Pause != nil {
		t.Fatal("a red card was shown without confirming")
	}
	press(m, "r", "r")
	refresh(m)
	if p := live.Snapshot(meeting.ConsoleActor()).State.Pause; p == nil || p.Kind != meeting.PauseRedCard {
		t.Fatal("r r did not show a red card")
	}
	if !strings.Contains(screenText(m), "RED CARD from Rhys Evans") {
		t.Errorf("the red card is not on the screen:\n%s", screenText(m))
	}
}

func TestCommandLine(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	mustDo(t, live, "arrive dafydd", "minutes dafydd", "arrive rhys remote")
	m := memberFor(t, live, "dafydd", 100, 30)
	press(m, ":", "dec", "tab")
	if got := string(m.line); got != "dec" {
		// decide and declare both fit: no change, and both are offered.
		t.Errorf("line %q after tab on an ambiguous verb", got)
	}
	if !strings.Contains(strings.Join(m.msg, " "), "decide, declare") {
		t.Errorf("candidates not shown: %v", m.msg)
	}
	press(m, "i", "tab", "We agree", "enter")
	if n := len(live.Snapshot(meeting.ConsoleActor()).State.Decisions); n != 1 {
		t.Fatalf("decisions %d after the command line", n)
	}
	if m.mode != modeNormal {
		t.Error("the command line stayed open")
	}
	// History, and names completed from the roster.
	press(m, ":", "up")
	if string(m.line) != "decide We agree" {
		t.Errorf("history: %q", string(m.line))
	}
	press(m, "esc", ":", "action rh", "tab")
	if string(m.line) != "action rhys " {
		t.Errorf("name completion: %q", string(m.line))
	}
	press(m, "esc")

	// A member is told at once that decide is not theirs.
	r := memberFor(t, live, "rhys", 100, 30)
	press(r, ":", "decide x")
	if !strings.Contains(screenText(r), "As a member you cannot use decide.") {
		t.Errorf("no warning while typing:\n%s", screenText(r))
	}
	press(r, "enter")
	if !strings.Contains(screenText(r), "Not done: only the chair and the minute-taker can use decide") {
		t.Errorf("the refusal does not say why:\n%s", screenText(r))
	}

	// Typed faster than read: ":note x" arrives as one message.
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(":note quick")})
	press(m, "enter")
	st := live.Snapshot(meeting.ConsoleActor()).State
	if n := len(st.Notes); n != 1 || st.Notes[0].Text != "quick" {
		t.Fatalf("notes %+v", st.Notes)
	}
	// A paste opens the command line, on one line.
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("note pasted\nsecond line"), Paste: true})
	if m.mode != modeCommand || string(m.line) != "note pasted second line" {
		t.Errorf("paste: mode %v line %q", m.mode, string(m.line))
	}
}

func TestViewFitsEverySize(t *testing.T) {
	live := busyMeeting(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {20, 5}, {200, 60}, {45, 12}} {
		for _, person := range []string{"", "rhys", "sian"} {
			m := memberFor(t, live, person, size[0], size[1])
			for _, mode := range []string{"", ":", "?"} {
				if mode != "" {
					press(m, mode)
				}
				lines := strings.Split(m.View(), "\n")
				if len(lines) > size[1] {
					t.Errorf("%dx%d %q %q: %d lines", size[0], size[1], person, mode, len(lines))
				}
				if size[0] >= 80 && mode == "" {
					if len(lines) != size[1] {
						t.Errorf("%dx%d %q: %d lines, want the whole window", size[0], size[1], person, len(lines))
					}
					for _, l := range lines {
						if w := ansi.StringWidth(l); w > size[0] {
							t.Errorf("%dx%d %q: a line %d wide: %q", size[0], size[1], person, w, ansi.Strip(l))
						}
					}
				}
				press(m, "esc")
			}
		}
	}
	m := memberFor(t, live, "rhys", 120, 40)
	text := screenText(m)
	for _, want := range []string{
		"West Glamorgan Co-production Group (sample)", "You: Rhys Evans (member, remote)",
		"Item 4 of 7: Carers' respite survey", "Quorum: 7 present",
		"Speaking: Mair Jones", "Waiting to speak (2):", "Decision 3", "Action 1: Aled Price",
		"Here (7):", "▶ 4.", "h raise hand",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the 120x40 screen lacks %q:\n%s", want, text)
		}
	}
}

func TestWhatEachRoleMaySee(t *testing.T) {
	live, _, _ := sampleMeetingWith(t, func(s *meeting.Setup) { s.Agenda.Items[4].Confidential = true })
	mustDo(t, live, "arrive dafydd", "minutes dafydd", "arrive rhys remote", "note on the record", "offrecord a personal story")
	if got := screenText(memberFor(t, live, "rhys", 120, 40)); strings.Contains(got, "personal story") || !strings.Contains(got, "on the record") {
		t.Errorf("a member's screen:\n%s", got)
	}
	if got := screenText(memberFor(t, live, "dafydd", 120, 40)); !strings.Contains(got, "Off the record: a personal story") {
		t.Errorf("the minute-taker's screen lacks the off-the-record note:\n%s", got)
	}
	// On a confidential item, guests see that there are notes, not what
	// they say.
	mustDo(t, live, "item 5", "note about someone's care")
	guest := screenText(memberFor(t, live, "", 120, 40))
	if strings.Contains(guest, "someone's care") || !strings.Contains(guest, "not shown here") {
		t.Errorf("a guest's screen on a confidential item:\n%s", guest)
	}
}

func TestTheEndIsSaid(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	mustDo(t, live, "arrive rhys remote", "end")
	m := memberFor(t, live, "rhys", 100, 30)
	if got := screenText(m); !strings.Contains(got, "The meeting ended at 10:00") {
		t.Errorf("the end is not said:\n%s", got)
	}
	if got := strings.Join(enabledKeys(m), " "); got != ": ? T q" {
		t.Errorf("keys after the end: %q", got)
	}
}
