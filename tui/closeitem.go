package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// CloseKeys are the keys of the question asked before an item closes.
type CloseKeys struct {
	GoRound, MoveOn, Stay key.Binding
}

// DefaultCloseKeys are the keys of the item-closing question.
func DefaultCloseKeys() CloseKeys {
	return CloseKeys{
		GoRound: key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "go-round: queue them")),
		MoveOn:  key.NewBinding(key.WithKeys("n", "y"), key.WithHelp("n", "move on")),
		Stay:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stay on this item")),
	}
}

// ShortHelp is the help line while the question is open.
func (k CloseKeys) ShortHelp() []key.Binding { return []key.Binding{k.GoRound, k.MoveOn, k.Stay} }

// FullHelp is the same keys in one column.
func (k CloseKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// closeItem is asked when the chair moves on from an item on which some
// people have not been heard, or hands are still up: it names them and
// offers a go-round (when someone has not been heard).
type closeItem struct {
	keys     CloseKeys
	open     bool
	item     int
	notHeard []string // ids
	waiting  []string // ids with a hand up, lowered if the chair moves on
}

// ask opens the question for item n, or reports false when there is
// nothing to ask: everyone has been heard and no hand is up.
func (c *closeItem) ask(n int, notHeard, waiting []string) bool {
	if len(notHeard) == 0 && len(waiting) == 0 {
		return false
	}
	c.open, c.item, c.notHeard, c.waiting = true, n, notHeard, waiting
	c.keys.GoRound.SetEnabled(len(notHeard) > 0)
	return true
}

type closeChoice int

const (
	closeNothing closeChoice = iota
	closeGoRound
	closeMoveOn
	closeStay
)

func (c *closeItem) update(msg tea.KeyMsg) closeChoice {
	switch {
	case key.Matches(msg, c.keys.GoRound):
		c.open = false
		return closeGoRound
	case key.Matches(msg, c.keys.MoveOn):
		c.open = false
		return closeMoveOn
	case key.Matches(msg, c.keys.Stay):
		c.open = false
		return closeStay
	}
	return closeNothing
}

func (c *closeItem) view(f frame, w int) []string {
	s := f.s
	inner := max(w-4, 10)
	st := f.st
	title := ""
	if c.item >= 1 && c.item <= len(st.Setup.Agenda.Items) {
		title = st.Setup.Agenda.Items[c.item-1].Title
	}
	lines := []string{s.Bold.Render(trunc("Before moving on from item "+itoa(c.item)+": "+title, inner))}
	names := make([]string, len(c.notHeard))
	for i, id := range c.notHeard {
		names[i] = f.name(id) + remoteMark(f, id)
	}
	if len(names) > 0 {
		lines = append(lines, listWrap("Not heard on this item: ", names, inner)...)
	}
	if len(c.waiting) > 0 {
		hands := make([]string, len(c.waiting))
		for i, id := range c.waiting {
			hands[i] = f.name(id) + remoteMark(f, id)
		}
		lines = append(lines, listWrap("Hands still up, lowered if you move on: ", hands, inner)...)
	}
	lines = append(lines, "")
	next := "move on"
	if c.item < len(st.Items) {
		next = "move on to item " + itoa(c.item+1) + ": " + st.Setup.Agenda.Items[c.item].Title
	}
	rows := [][2]string{{"n", next}, {"esc", "stay on this item"}}
	if c.keys.GoRound.Enabled() {
		rows = append([][2]string{{"g", "go-round: put them in the speaking queue"}}, rows...)
	}
	for _, row := range rows {
		lines = append(lines, trunc("  "+s.HelpKey.Render(pad(row[0], 5))+row[1], inner))
	}
	for i := range lines {
		lines[i] = pad(lines[i], inner)
	}
	return strings.Split(s.Dialog.Render(strings.Join(lines, "\n")), "\n")
}
