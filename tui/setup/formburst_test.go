package setup

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// burst delivers msgs as a terminal read does when keys come faster than
// the screen: all of them are queued before any message a command of
// theirs makes, which comes after.
func (d *driver) burst(msgs ...tea.Msg) {
	d.t.Helper()
	queue := append([]tea.Msg(nil), msgs...)
	for n := 0; len(queue) > 0; n++ {
		if n > 500 {
			d.t.Fatal("messages kept coming")
		}
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(queue[0])
		queue = append(queue[1:], d.run(cmd)...)
	}
}

// keys makes the messages of text typed a key at a time, with named keys
// (enter, tab) between: "Siân", "enter", "Carers".
func keys(parts ...string) []tea.Msg {
	named := map[string]tea.KeyType{"enter": tea.KeyEnter, "tab": tea.KeyTab, "down": tea.KeyDown, "shift+tab": tea.KeyShiftTab}
	var out []tea.Msg
	for _, p := range parts {
		if kt, ok := named[p]; ok {
			out = append(out, tea.KeyMsg{Type: kt})
			continue
		}
		for _, r := range p {
			out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
	}
	return out
}

// A chair who types ahead (or tmux, or a slow link, handing over many
// keys at once) loses nothing: huh moves to the next field by a command
// whose message comes after the keys already typed, and those keys
// belong to the next field, not the one left.
func TestKeysTypedAheadOfAFormGoToTheFieldTheyWereTypedFor(t *testing.T) {
	d, dir := peopleScreen(t, "")
	d.key("a")
	d.burst(keys("Siân Davies", "enter", "enter", "Carers Trust", "enter")...)
	d.wantView("Trained as chair")
	for range 5 {
		d.key("enter")
	}
	d.key("enter") // no SSH key
	d.wantView("Siân Davies")
	people := loadPeople(t, dir)
	if len(people) != 1 || people[0].Name != "Siân Davies" || people[0].Organisation != "Carers Trust" {
		t.Fatalf("saved %+v; want Siân Davies of Carers Trust", people)
	}
}

// An answer the field refuses (no name yet) does not move, and the keys
// typed after it are not held back waiting for a move: they go in the
// field, as the chair sees it, and on.
func TestKeysTypedAheadOfARefusedAnswerStayInItsField(t *testing.T) {
	d, dir := peopleScreen(t, "")
	d.key("a")
	d.burst(keys("enter", "Mair", "enter", "enter", "Cwm Taf", "enter")...)
	d.wantView("Trained as chair")
	for range 6 {
		d.key("enter")
	}
	people := loadPeople(t, dir)
	if len(people) != 1 || people[0].Name != "Mair" || people[0].Organisation != "Cwm Taf" {
		t.Fatalf("saved %+v; want Mair of Cwm Taf", people)
	}
}
