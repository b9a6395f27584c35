package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
)

func TestCommandLineCompletesVerbs(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "arr", "tab")
	if got := r.m.cmd.value(); got != "arrive " {
		t.Fatalf("arr<tab> = %q", got)
	}
	r.keys("ctrl+u", "n", "tab")
	if got := r.m.cmd.value(); got != "next" && got != "note " {
		t.Fatalf("n<tab> = %q", got)
	}
	if !strings.Contains(r.m.cmd.hint, "next") || !strings.Contains(r.m.cmd.hint, "note TEXT") {
		t.Fatalf("hint %q does not list next and note", r.m.cmd.hint)
	}
	first := r.m.cmd.value()
	r.keys("tab")
	if r.m.cmd.value() == first {
		t.Fatal("a second tab did not move to the next candidate")
	}
	r.keys("shift+tab")
	if r.m.cmd.value() != first {
		t.Fatal("shift+tab did not go back")
	}
}

func TestCommandLineCompletesNamesIgnoringAccents(t *testing.T) {
	r := newRig(t)
	r.keys(":", "arrive si", "tab")
	if got := r.m.cmd.value(); got != "arrive sian" {
		t.Fatalf("arrive si<tab> = %q; want Siân's id", got)
	}
	if !strings.Contains(r.m.cmd.hint, "Siân Davies") {
		t.Fatalf("hint %q does not name Siân", r.m.cmd.hint)
	}
	// Typed with the accent, or in capitals, it still finds her.
	r.keys("ctrl+u", "arrive SIÂ", "tab")
	if got := r.m.cmd.value(); got != "arrive sian" {
		t.Fatalf("arrive SIÂ<tab> = %q", got)
	}
	// By a later word of the name.
	r.keys("ctrl+u", "arrive gwil", "tab")
	if got := r.m.cmd.value(); got != "arrive dafydd" {
		t.Fatalf("arrive gwil<tab> = %q", got)
	}
	r.keys("enter")
	// leave offers only who is here; arrive only who is not.
	r.keys(":", "leave ", "tab")
	if got := r.m.cmd.value(); got != "leave dafydd" {
		t.Fatalf("leave <tab> = %q", got)
	}
	r.keys("ctrl+u", "arrive dafy", "tab")
	if r.m.cmd.hint != "nothing to complete here" {
		t.Fatalf("arrive offered someone already here: %q", r.m.cmd.value())
	}
}

func TestCommandLineCompletesAfterTheName(t *testing.T) {
	r := meetingRig(t)
	for _, c := range []struct{ typed, want string }{
		{"declare ale", "declare aled: "},
		{"action cla", "action claire by "},
		{"card mair y", "card mair yellow"},
		{"help decl", "help declare "},
	} {
		r.keys(":", "ctrl+u", c.typed, "tab")
		if got := r.m.cmd.value(); got != c.want && !strings.HasPrefix(got, strings.TrimSpace(c.want)) {
			t.Errorf("%q<tab> = %q; want %q", c.typed, got, c.want)
		}
		r.keys("esc")
	}
}

func TestCommandLineSeveralNamesCycle(t *testing.T) {
	r := newRig(t)
	// "m" starts Mair (id) and Bethan Morgan (a word of her name).
	r.keys(":", "apologies m", "tab")
	first := r.m.cmd.value()
	r.keys("tab")
	second := r.m.cmd.value()
	if first == second || !strings.Contains(r.m.cmd.hint, "Mair Jones") || !strings.Contains(r.m.cmd.hint, "Bethan Morgan") {
		t.Fatalf("m<tab><tab>: %q then %q, hint %q", first, second, r.m.cmd.hint)
	}
}

func TestCommandLineHistory(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "note first", "enter", ":", "note second", "enter")
	r.keys(":", "half typed", "up")
	if got := r.m.cmd.value(); got != "note second" {
		t.Fatalf("up = %q", got)
	}
	r.keys("up")
	if got := r.m.cmd.value(); got != "note first" {
		t.Fatalf("up up = %q", got)
	}
	r.keys("up")
	if got := r.m.cmd.value(); got != "note first" {
		t.Fatalf("up past the oldest = %q", got)
	}
	r.keys("down", "down")
	if got := r.m.cmd.value(); got != "half typed" {
		t.Fatalf("down back to the line being typed = %q", got)
	}
}

// A refused line closes, so the next key is a key again (not more text),
// and is kept as typed: ":" brings it back to be fixed.
func TestCommandLineErrorKeepsTheLine(t *testing.T) {
	r := meetingRig(t)
	before := r.state().Events
	r.keys(":", "arrive nonsense", "enter")
	if r.m.cmd.open || r.m.cmd.value() != "arrive nonsense" {
		t.Fatalf("after an error the line is open %v, %q; want it closed and kept", r.m.cmd.open, r.m.cmd.value())
	}
	r.contains(`✗ arrive: no one called "nonsense"`, "Press : to fix the line")
	if r.state().Events != before {
		t.Fatal("a refused line changed the meeting")
	}
	// The next key is a key: h starts a line of its own.
	r.keys("h")
	if got := r.m.cmd.value(); got != "hand " {
		t.Fatalf("h after a refused line: %q", got)
	}
	r.keys("esc", "up")
	// Brought back with ":" (from the history here), fixed, it works.
	r.keys(":", "ctrl+u", "arrive gareth", "enter")
	if !r.state().IsPresent("gareth") || r.m.cmd.open {
		t.Fatal("the corrected line did not work")
	}
	// A line that does not parse is an error too, kept for next time.
	r.keys(":", "frobnicate", "enter")
	r.contains(`"frobnicate" is not a command`)
	if r.m.cmd.open {
		t.Fatal("the refused line stayed open")
	}
	r.keys(":")
	if r.m.cmd.value() != "frobnicate" {
		t.Fatalf("reopened with %q", r.m.cmd.value())
	}
}

// h after a refused "hand tom" starts afresh: "hand " and then the new
// name, never "hand tommair".
func TestKeyPrefillStartsAfresh(t *testing.T) {
	r := meetingRig(t)
	r.keys("h", "nobody", "enter", "h", "mair")
	if got := r.m.cmd.value(); got != "hand mair" {
		t.Fatalf("h after a refused hand: %q", got)
	}
	r.keys("up")
	if got := r.m.cmd.value(); got != "hand nobody" {
		t.Fatalf("the refused line is not in the history: %q", got)
	}
}

func TestCommandLineResultGoesToTheStatusLine(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "decide Fund weekend respite.", "enter")
	r.contains("Decision 1 recorded: Fund weekend respite.")
	r.keys(":", "quorum", "enter")
	r.contains("Now 10:00. Item 1 of 7")
}

func TestCompleteUnit(t *testing.T) {
	live, _, _ := newLive(t)
	st := live.Snapshot(meeting.ConsoleActor()).State
	for _, c := range []struct {
		line string
		role meeting.Role
		want []string // candidate texts
	}{
		{"qu", meeting.RoleObserver, []string{"quorum"}},
		{"arr", meeting.RoleObserver, nil},
		{"arrive rh", meeting.RoleChair, []string{"rhys"}},
		{"arrive  nia", meeting.RoleChair, []string{"nia"}},
		{"arrive sian, rh", meeting.RoleChair, []string{"rhys"}},
		{"arrive sian,rh", meeting.RoleChair, []string{"rhys"}},
		{"apologies tom, ni", meeting.RoleChair, []string{"nia"}},
		{"card r", meeting.RoleMember, []string{"red"}},
		{"note some", meeting.RoleChair, nil},
		{"action aled by 2026", meeting.RoleChair, nil},
	} {
		comp := complete(c.line, st, c.role, nil)
		var got []string
		for _, it := range comp.items {
			got = append(got, strings.TrimSpace(it.text))
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("complete(%q, %s) = %v; want %v", c.line, c.role, got, c.want)
		}
	}
}

// The SSH host passes its own Do (line caps, rate limit, notices to the
// chair): the screen must send every command through it.
func TestCommandsGoThroughConfigDo(t *testing.T) {
	var got []string
	r := newRig(t, func(c *Config) {
		live, actor := c.Live, c.Actor
		c.Start = new(bool)
		c.Do = func(line string) (meeting.Result, error) {
			got = append(got, line)
			if strings.HasPrefix(line, "note") {
				return meeting.Result{}, errors.New("that was too many commands at once")
			}
			return live.Do(actor, line)
		}
	})
	r.keys(":", "arrive gareth", "enter")
	if !r.live.Snapshot(meeting.ConsoleActor()).State.IsPresent("gareth") {
		t.Fatal("the command did not reach the meeting through Config.Do")
	}
	r.keys(":", "note hello", "enter")
	r.contains("too many commands at once")
	if len(got) != 2 || got[0] != "arrive gareth" || got[1] != "note hello" {
		t.Fatalf("Config.Do saw %q", got)
	}
}

// ":" is how the line opens: typed again at the start of the open line it
// is ignored, so ":" ":quorum" is "quorum", not ": :quorum".
func TestCommandLineIgnoresALeadingColon(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", ":")
	if got := r.m.cmd.value(); got != "" {
		t.Fatalf("a second colon went into the line: %q", got)
	}
	r.keys(":quorum")
	if got := r.m.cmd.value(); got != "quorum" {
		t.Fatalf("line %q", got)
	}
	// Pasted with its colon, it goes in without it.
	r.keys("ctrl+u")
	r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("::note pasted"), Paste: true})
	if got := r.m.cmd.value(); got != "note pasted" {
		t.Fatalf("pasted line %q", got)
	}
	// A colon inside a command stays.
	r.keys("ctrl+u", "declare aled: manages the service")
	if got := r.m.cmd.value(); got != "declare aled: manages the service" {
		t.Fatalf("line %q", got)
	}
}

// After an error the status says why and how to bring the line back;
// opened again with ":", it comes back as it was, with no colon added,
// and says it was kept.
func TestCommandLineErrorStateIsClear(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "card red", "enter")
	r.contains("✗ card", "Press : to fix the line (it is kept as you typed it)")
	r.keys(":")
	if got := r.m.cmd.value(); got != "card red" {
		t.Fatalf("reopened with %q", got)
	}
	r.contains("kept from before: enter does it, typing replaces it")
	r.keys("ctrl+u", "card mair yellow", "enter")
	if r.m.cmd.open || len(r.state().Cards) != 1 {
		t.Fatalf("the new line did not work: open %v, cards %+v", r.m.cmd.open, r.state().Cards)
	}
	// Opened again, the line is empty: nothing was kept.
	r.keys(":")
	if got := r.m.cmd.value(); got != "" || r.m.cmd.hint != "" {
		t.Fatalf("after a line that worked: %q, hint %q", got, r.m.cmd.hint)
	}
}

// A line kept from before comes back when the line opens again; a new
// command typed over it replaces it (↑ brings it back), rather than being
// added to its end.
func TestCommandLineTypingReplacesAKeptLine(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "card bogus purple", "enter")
	r.send(key1(":hand tom"))
	if got := r.m.cmd.value(); got != "hand tom" {
		t.Fatalf("typed over the kept line: %q", got)
	}
	r.keys("up")
	if got := r.m.cmd.value(); got != "card bogus purple" {
		t.Fatalf("up: %q; want the kept line back", got)
	}
	r.keys("esc", ":", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "yellow")
	if got := r.m.cmd.value(); got != "card bogus yellow" {
		t.Fatalf("edited kept line: %q", got)
	}
	r.keys("esc", ":", "enter")
	if got := statusText(r); !strings.Contains(got, "bogus") {
		t.Fatalf("enter on the kept line did not carry it out: %q", got)
	}
}
